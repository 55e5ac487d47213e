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


# Review of the rules above: a related story's row under a short story is no byline, and a
# byline of two names, or a name over a reading time, under a hero caption stays one.
_FR_BODY = [
    "La bibliothèque a rouvert ses portes samedi matin, deux ans après une crue qui avait rempli son "
    "rez-de-chaussée de boue et détruit des milliers de livres.",
    "La reconstruction a coûté plus que ce que la mairie avait prévu, notamment parce que le nouveau "
    "plancher a été surélevé d'un mètre.",
    "Les bibliothécaires disent que l'espace jeunesse est déjà réservé tous les week-ends jusqu'à l'automne.",
]


@pytest.mark.parametrize(
    "row",
    [
        "Par Paul Durand | Publié le 2 mars 2025 à 09h00 | Mis à jour le 3 mars 2025 à 11h15",
        "Von Karl Braun | Veröffentlicht am 2. März 2025 | Aktualisiert am 3. März 2025",
        "By Paul Durand | Published March 2, 2025 at 9:00 am | Updated March 3, 2025",
    ],
)
def test_a_teaser_row_under_a_short_story_is_no_byline(row: str) -> None:
    title = "La bibliothèque du quai rouvre après deux ans de travaux"
    teaser = "Le musée des beaux-arts ferme ses portes pour deux ans de travaux"
    text = title + "\n\n9 avril 2025\n\n" + "\n\n".join([*_FR_BODY, "À lire aussi", teaser, row]) + "\n"
    record = newsparse.to_dict(newsparse.parse(text))
    assert record["headline"] == title
    assert record["byline"] is None
    assert (record["published"] or "")[:10] == "2025-04-09"
    assert [p["text"] for p in record["paragraphs"]][:3] == _FR_BODY


_CAPTION = "Readers queue along the embankment before the doors open on Saturday. Photo: Maya Lind/City Press"
_STORY_EN = (
    "The riverside library opened its doors again on Saturday morning, two years after a flood filled its "
    "ground floor with mud and ruined thousands of books.\n\n"
    "Hundreds of people queued along the embankment before the doors opened, and staff handed out coffee "
    "to those who had waited since dawn.\n"
)


@pytest.mark.parametrize(
    ("under", "names"),
    [
        ("Daniel Okafor and Grace Miller", ["Daniel Okafor", "Grace Miller"]),
        ("Daniel Okafor\n4 min read", ["Daniel Okafor"]),
    ],
)
def test_a_byline_under_a_hero_caption_stays(under: str, names: List[str]) -> None:
    text = "Riverside library reopens after two-year rebuild\n\nApril 9, 2025\n\n" + _CAPTION + "\n" + under + "\n\n" + _STORY_EN
    assert authors(text) == names


def test_a_header_row_under_a_deck_and_a_caption_stays_the_byline() -> None:
    # one line of running text above the row is the deck, not a story the row follows
    text = (
        "Les ferries ajoutent des traversées pour l'été\n\n"
        "Le nouveau bâtiment est surélevé d'un mètre pour protéger les livres des prochaines crues.\n\n"
        "Des habitants assistent au premier jour des travaux lundi.\n\nClaire Martin / AFP\n\n"
        "Par Anne Roux | Publié le 09/04/2025 à 10h12 | Mis à jour le 09/04/2025 à 14h30\n\n"
        "Les opposants estiment que cet argent aurait pu être consacré aux écoles, qui ont selon eux "
        "davantage besoin de travaux.\n\n"
        "Les commerçants ont salué la décision, estimant qu'elle attirera davantage de visiteurs en soirée.\n"
    )
    assert authors(text) == ["Anne Roux"]
