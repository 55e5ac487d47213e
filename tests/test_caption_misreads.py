"""Lines that look like a caption's neighbours but are the story's own text.

Each case is a made-up page: a gallery counter over an ordinary paragraph, a
lone labelled credit under the lead paragraph, a breadcrumb trail with slashes.
"""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Ferry service returns to the island\n\nBy Mara Quill\n\n3 June 2024\n\n"
LEAD = (
    "The first ferry in six weeks crossed to the island on Monday morning, the operator said, "
    "after engineers finished repairs to the landing stage."
)
SECOND = "Islanders had relied on a small launch for food and post while the landing stage was closed to larger boats."
THIRD = "The operator said the timetable would be back to normal by the end of the month if the weather held."


def _page(*middle: str) -> str:
    return HEAD + "\n\n".join([LEAD, *middle, SECOND, THIRD]) + "\n"


def _captions(text: str) -> list[tuple[str, object]]:
    return [(c["text"], c["credit"]) for c in newsparse.to_dict(newsparse.parse(text))["captions"]]


def _paragraphs(text: str) -> list[str]:
    return [p["text"] for p in newsparse.to_dict(newsparse.parse(text))["paragraphs"]]


def test_counter_over_a_story_paragraph_takes_no_caption() -> None:
    para = "The harbour master told reporters that the new pier would stand for decades to come."
    text = _page("Picture 2 of 6", para)
    assert _captions(text) == []
    assert para in _paragraphs(text)


def test_counter_over_a_short_caption_still_takes_it() -> None:
    assert _captions(_page("Picture 2 of 6", "The repaired landing stage at low tide")) == [
        ("The repaired landing stage at low tide", None)
    ]


def test_counter_over_a_sentence_before_another_counter_is_a_caption() -> None:
    text = HEAD + "Image 1 of 3\nThe ferry leaves the mainland harbour on Monday morning.\n\nImage 2 of 3\nA crowd waits on the pier.\n\n" + "\n\n".join([LEAD, SECOND]) + "\n"
    assert ("The ferry leaves the mainland harbour on Monday morning.", None) in _captions(text)


def test_lone_labelled_credit_under_the_lead_paragraph_takes_no_caption() -> None:
    for credit in ("Photo: Lena Hart", "Image source: Lena Hart"):
        text = _page(credit)
        assert all(t != LEAD for t, _ in _captions(text)), credit
        assert LEAD in _paragraphs(text), credit


def test_lone_credit_under_a_lead_caption_still_takes_it() -> None:
    caption = "Passengers board the first ferry to the island in six weeks."
    text = HEAD + "\n\n".join([caption, "Photo: Lena Hart", LEAD, SECOND]) + "\n"
    assert _captions(text) == [(caption, "Lena Hart")] or _captions(text) == [(caption, "Photo: Lena Hart")]


def test_breadcrumb_trail_opened_by_a_home_link_is_no_credit() -> None:
    for trail in ("Inicio / Cultura / Cine", "Startseite / Kultur / Kino", "Home / Culture / Film", "Accueil/Culture/Cinéma"):
        text = (
            trail + "\nEl festival de cine vuelve al puerto\nPor Lena Hart\n3 jun 2024\n"
            "El festival de cine regresa este verano al puerto con cuarenta películas y una sección nueva dedicada a los cortometrajes locales.\n"
            "Las entradas salen a la venta el lunes en la taquilla del teatro y en la web del festival.\n"
        )
        assert _captions(text) == [], trail


def test_slash_credit_of_a_person_and_agency_is_still_read() -> None:
    text = HEAD + "Passengers board the ferry on Monday.\nLena Hart/Reuters\n\n" + "\n\n".join([LEAD, SECOND]) + "\n"
    assert _captions(text) == [("Passengers board the ferry on Monday.", "Lena Hart/Reuters")]


def test_counter_right_over_a_caption_sentence_takes_it_with_the_story_below() -> None:
    caption = "The ferry leaves the mainland harbour on Monday morning after six weeks."
    text = HEAD + "Image 1 of 4\n" + caption + "\n\n" + "\n\n".join([LEAD, SECOND]) + "\n"
    assert (caption, None) in _captions(text)


def test_german_lead_paragraph_over_a_lone_credit_takes_no_caption() -> None:
    lead = (
        "Der Gemeinderat hat am Montagabend beschlossen, die Fähre zur Insel auch im Winter fahren zu lassen, "
        "nachdem mehr als zweitausend Bewohner eine Petition unterschrieben hatten."
    )
    rest = "Die Kosten von rund einer halben Million Euro im Jahr sollen sich Gemeinde und Land teilen, hieß es."
    text = "Fähre fährt auch im Winter\n\nVon Lena Hart\n\n3. Juni 2024\n\n" + "\n\n".join([lead, "Foto: Tom Berger", rest]) + "\n"
    assert all(t != lead for t, _ in _captions(text))
    assert lead in _paragraphs(text)


def test_german_counter_over_a_story_paragraph_takes_no_caption() -> None:
    para = "Der Hafenmeister sagte, das Schlimmste sei vorbei und die Mauer werde noch viele Jahre halten."
    assert _captions(_page("Bild 2 von 6", para)) == []


# Review of the figure and counter rules: each case once lost a caption or took a story line.
_HEAD = "Riverside library reopens after two-year rebuild\n\nBy Daniel Okafor\n\nApril 9, 2025\n\n"
_P1 = ("The riverside library opened its doors again on Saturday morning, two years after a flood "
       "filled its ground floor with mud and ruined thousands of books.")
_P2 = ("Hundreds of people queued along the embankment before the doors opened, and staff handed out "
       "coffee to those who had waited since dawn.")
_P3 = ("The rebuild cost more than the council had planned, partly because the new floor was raised by "
       "a metre to keep future floods out of the reading rooms.")


@pytest.mark.parametrize("credit", ["Maya Lind/Reuters", "AP Photo/Maya Lind", "Getty Images"])
def test_a_long_lead_caption_over_an_agency_credit_stays_a_caption(credit: str) -> None:
    cap = ("Head librarian Grace Miller, left, shows visitors the new children's section, which has a "
           "small stage for story readings, during the reopening of the riverside library on Saturday.")
    text = "Riverside library reopens after two-year rebuild\n\n" + cap + "\n\n" + credit + "\n\n" + "\n\n".join([_P1, _P2, _P3])
    article = newsparse.parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [(cap, credit)]
    assert article.paragraphs[0].text == _P1


def test_a_short_caption_under_a_counter_after_a_blank_line_is_a_caption() -> None:
    cap = "The new children's section with its small stage."
    article = newsparse.parse(_HEAD + _P1 + "\n\nImage 2 of 6\n\n" + cap + "\n\n" + _P2 + "\n")
    assert [c.text for c in article.captions] == [cap]


@pytest.mark.parametrize(
    "pair",
    [
        "The council has not said how much the rebuild cost in total.\nCosts And Delays",
        "The council has not said how much the rebuild cost in total.\nBackground",
        "Libraries are where a town keeps its memory.\nGrace Miller",
        "The library is open daily from nine in the morning to six in the evening.\nRiverside Public Library",
    ],
)
def test_a_sentence_over_a_subheading_or_a_name_is_no_figure_caption(pair: str) -> None:
    article = newsparse.parse(_HEAD + "\n\n".join([_P1, _P2, pair, _P3]) + "\n")
    assert article.captions == ()
    assert pair.split("\n")[0] in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "lines",
    [
        ("She held up a photo of the flooded hall and said:", "this is where the river came in"),
        ("To get the full picture, consider what the council was told in 2019:", "two floods in five years"),
        ("Exhibit 4 - a letter from the mayor to the builders - was shown to the jury on Tuesday, and the "
         "defence did not object.",),
        ("Figure 8 - the skating move she practised for years - won her the title on Saturday night.",),
    ],
    ids=["said-colon", "idiom", "exhibit-aside", "figure-aside"],
)
def test_story_lines_that_name_a_picture_or_a_figure_stay_paragraphs(lines: tuple) -> None:
    article = newsparse.parse(_HEAD + "\n\n".join([_P1, _P2, *lines, _P3]) + "\n")
    assert article.captions == ()
