"""The first body paragraph of a wire story is the one its dateline opens, unless real
story text stands above it: image controls, gallery counters, reading times and photo
credits above the dateline are not paragraphs (written for this project; invented text)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.boilerplate import is_boilerplate
from newsparse.captions import is_credit_only

_STORY = (
    "Harbor board delays vote on ferry fares\n\n"
    "By Jane Roe\n\n"
    "{above}\n\n"
    "PORTVALE (AP) — The harbor board on Tuesday put off a vote on higher ferry fares "
    "after riders packed the meeting hall.\n\n"
    "Board members said they would take the matter up again next month, once the city "
    "had published its own figures.\n"
)


@pytest.mark.parametrize(
    "line",
    ["View full size image", "View larger image", "Click to enlarge", "Image 1 of / 5", "Photo 2 of / 12",
     "5 Minuten Lesezeit", "4 Minute(n) Lesezeit", "3 min de lectura"],
)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["Image of the week", "View from the harbor", "The view was larger than life.",
     "Five minutes of reading a day helps.", "Photo 2 of the series was lost."],
)
def test_not_furniture(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["Mara Quill, ASSOCIATED PRESS", "Tomas de la Vega, REUTERS", "Ana Ruiz, GETTY IMAGES"])
def test_name_agency_in_capitals_is_a_credit(line: str) -> None:
    assert is_credit_only(line)


@pytest.mark.parametrize(
    "line",
    ["Jane Roe, Associated Press", "Jane Roe, AP", "She worked for the Associated Press.",
     "Officials told REUTERS", "Mara Quill, ASSOCIATED PRESS said the fare would rise."],
)
def test_not_a_name_agency_credit(line: str) -> None:
    assert not is_credit_only(line)


@pytest.mark.parametrize(
    "above", ["View full size image", "Image 1 of / 5", "Mara Quill, ASSOCIATED PRESS", "5 Minuten Lesezeit"]
)
def test_dateline_opens_the_body(above: str) -> None:
    a = newsparse.parse(_STORY.format(above=above))
    assert a.dateline is not None
    assert a.paragraphs[0].text.startswith("PORTVALE (AP)")


def test_agency_sentence_above_dateline_stays_a_paragraph() -> None:
    above = "Mara Quill has covered the harbor for the Associated Press since the ferry strike."
    a = newsparse.parse(_STORY.format(above=above))
    assert a.paragraphs[0].text == above


@pytest.mark.parametrize(
    "above",
    [
        "FILE - In this Oct. 3, 2018, file photo, a ferry leaves the Portvale terminal in the fog.",
        "FILE – A ferry leaves the Portvale terminal in the fog on Oct. 3, 2018.",
        "In this Oct. 3, 2018, file photo, a ferry leaves the Portvale terminal in the fog.",
        "In this Sunday, Oct. 3, 2018 file photo, a ferry leaves the Portvale terminal in the fog.",
        "In this March 2018 file photo, a ferry leaves the Portvale terminal in the fog.",
    ],
)
def test_archive_photo_caption_above_dateline(above: str) -> None:
    a = newsparse.parse(_STORY.format(above=above))
    assert [c.text for c in a.captions] == [above]
    assert a.paragraphs[0].text.startswith("PORTVALE (AP)")


@pytest.mark.parametrize(
    "above",
    [
        "The file photo of the terminal, taken in 2018, shows the old ferry in the fog.",
        "In this city, a ferry has left the terminal every hour since 1921.",
        "Files were lost - the board said so on Monday.",
        "FILE - the board kept its minutes in a drawer, she said.",
        "In this case the board looked at every file photo it had, she said, and found none.",
    ],
)
def test_photo_words_in_running_text_stay_paragraphs(above: str) -> None:
    a = newsparse.parse(_STORY.format(above=above))
    assert a.captions == ()
    assert a.paragraphs[0].text == above


def test_credit_in_capitals_joins_the_caption_above() -> None:
    above = "Riders wait at the Portvale terminal on Tuesday.\nMara Quill, ASSOCIATED PRESS"
    a = newsparse.parse(_STORY.format(above=above))
    assert [(c.text, c.credit) for c in a.captions] == [("Riders wait at the Portvale terminal on Tuesday.", "Mara Quill, ASSOCIATED PRESS")]
    assert a.paragraphs[0].text.startswith("PORTVALE (AP)")
