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


NEWS = (
    "The village pool will stay open for at least three more years, the county council decided on Monday after a campaign by swimmers.\n"
    "The plan to close it had angered families when it was announced in the spring, and a petition gathered two thousand names.\n"
    "Swimmers held a protest outside the town hall last month, and the council asked for a new study of the costs.\n"
)


def test_name_under_a_caption_with_its_credit_inline_is_no_byline() -> None:
    # the name under a caption's text is a person in the picture (or the photographer), not the author
    text = "Pool saved by swimmers\n3 June 2024\nThe lifeguard beside the pool on Friday. Photo: Leo Marr/Town Press\nKim Ode\n" + NEWS
    assert authors(text) == []


def test_name_under_a_caption_without_a_date_is_no_byline() -> None:
    text = "Pool saved by swimmers\nThe lifeguard beside the pool on Friday. Photo: Leo Marr/Town Press\nKim Ode\n" + NEWS
    assert authors(text) == []


def test_name_under_a_caption_closed_by_its_credit_line_is_the_byline() -> None:
    # the photo unit (caption, then its credit alone on a line) is closed: the header resumes under it
    text = "Pool saved by swimmers\nTownpaper 3.6.2024 at 12.45\nThe lifeguard beside the pool on Friday.\nLeo Marr / Town Press\nKim Ode\nShare\n" + NEWS
    assert authors(text) == ["Kim Ode"]


def test_name_under_a_title_and_date_is_still_the_byline() -> None:
    assert authors("Pool saved by swimmers\n3 June 2024\nKim Ode\n" + NEWS) == ["Kim Ode"]


ROW = "Par Ana Voss | Publié le 3 juin 2024 à 09h10 | Mis à jour le 3 juin 2024 à 17h45"


@pytest.mark.parametrize(
    "text",
    [
        ("Pool to close\n" + ROW + "\n" + STORY).replace("\n", "\r\n"),  # CRLF
        ROW + "\n" + STORY,  # the row opens the dump
        "Pool to close\n" + STORY + ROW,  # the row closes it
        ROW,  # the row alone
    ],
)
def test_row_wherever_it_stands(text: str) -> None:
    assert authors(text) == ["Ana Voss"]


def test_outlet_before_long_labelled_dates_is_no_author() -> None:
    assert authors("Pool to close\nLe Courrier Régional | Publié le 3 juin 2024 à 09h10 | Mis à jour le 3 juin 2024 à 17h45\n" + STORY) == []


def test_very_long_row_does_not_crash() -> None:
    authors("Pool to close\nPar Ana Voss | " + "Publié le 3 juin 2024 à 09h10 | " * 2000 + "\n" + STORY)


@pytest.mark.parametrize(
    "text",
    [
        "The lifeguard beside the pool. Photo: Leo Marr\nKim Ode\n" + NEWS,  # the caption opens the dump
        "Pool saved by swimmers\n3 June 2024\n" + NEWS + "The lifeguard beside the pool. Photo: Leo Marr\nKim Ode",  # at the end
    ],
)
def test_name_under_a_caption_anywhere_is_no_byline(text: str) -> None:
    assert authors(text) == []


def test_name_under_a_caption_with_a_role_under_it_is_the_byline() -> None:
    text = "Pool saved by swimmers\n3 June 2024\nThe lifeguard beside the pool. Photo: Leo Marr\nKim Ode\nSenior Reporter\n" + NEWS
    assert authors(text) == ["Kim Ode"]
