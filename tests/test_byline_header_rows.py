"""Bylines in a header's row of facts between bars ("By Jane Roe | Published <date> |
Updated <date>") in several languages, and bare name lines under photo captions.

All names and texts here are invented.
"""

from __future__ import annotations

from typing import List

import pytest

import newsparse


def authors(text: str) -> List[str]:
    byline = newsparse.to_dict(newsparse.parse(text))["byline"]
    return [a["name"] for a in byline["authors"]] if byline else []


STORY = (
    "Le conseil municipal a voté mardi la fermeture de la vieille piscine à la fin de la saison, après un long débat.\n"
    "Les élus ont expliqué que le bâtiment demandait des travaux que la commune ne pouvait pas payer cette année.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Par Ana Voss | Publié le 3 juin 2024 à 09h10 | Mis à jour le 3 juin 2024 à 17h45",
        "Por Ana Voss | Publicado el 3 de junio de 2024 a las 09:10 | Actualizado el 3 de junio de 2024 a las 17:45",
        "Por Ana Voss | Publicado em 3 de junho de 2024 às 09h10 | Atualizado em 3 de junho de 2024 às 17h45",
        "Di Ana Voss | Pubblicato il 3 giugno 2024 alle 09:10 | Aggiornato il 3 giugno 2024 alle 17:45",
        "Door Ana Voss | Gepubliceerd op 3 juni 2024 om 09:10 | Bijgewerkt op 3 juni 2024 om 17:45",
        "Von Ana Voss | Veröffentlicht am 3. Juni 2024 um 09:10 Uhr | Aktualisiert am 3. Juni 2024 um 17:45 Uhr",
        "By Ana Voss | Published 3 June 2024, 09:10 | Updated 3 June 2024, 17:45",
    ],
)
def test_byline_before_long_labelled_dates(row: str) -> None:
    # the words spelling a date ("3 de junio de 2024 a las 17:45") are no running text
    assert authors("La piscine fermera en septembre\n" + row + "\n" + STORY) == ["Ana Voss"]


def test_sentence_between_bars_is_still_running_text() -> None:
    row = "Le maire a dit | que la piscine fermera le 3 juin 2024 après un très long débat au conseil | Ana Voss"
    assert authors("La piscine fermera en septembre\n" + row + "\n" + STORY) == []
