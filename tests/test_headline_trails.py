"""A breadcrumb trail glued to the title, over the title printed in capitals, and the probes of
the headline rules of this change (list headings, dated bylines, glued trails) that must not misfire."""

from __future__ import annotations

import pytest
from _fixtures import check_invariants

import newsparse

_TITLE = "Pond lilies open early in a mild spring"
_BODY = (
    "Gardeners around North Bay noticed the first water lilies opening in late March, nearly a month ahead "
    "of the usual season, and botanists at the county nature centre say a soft winter is the main reason.\n\n"
    "The lake never froze over this year, the centre's records show, so its shallow margins warmed faster "
    "than in any spring since the records began in 1988.\n"
)


@pytest.mark.parametrize(
    "dump",
    [
        # a list heading at the very top, right over the story's title and header
        f"Read more\n{_TITLE}\nBy Ann Lee\nApril 12, 2025\n\n{_BODY}",
        # a list at the very end of the dump
        f"{_TITLE}\nBy Ann Lee\nApril 12, 2025\n\n{_BODY}\nRelated articles\nHerons return to the reed beds\nFerry fares rise again\n",
        # a list heading between the title and its deck
        f"{_TITLE}\nRead more\nWarm winter wakes the lake\nBy Ann Lee\nApril 12, 2025\n\n{_BODY}",
        # CRLF, a French list heading at the end
        (f"{_TITLE}\r\nBy Ann Lee\r\nApril 12, 2025\r\n\r\n" + _BODY.replace("\n", "\r\n")
         + "\r\nLire aussi\r\nLes hérons reviennent au lac\r\nLe prix du ferry augmente\r\n"),
        # a line opened by "by" with a date that is no byline, under the title
        f"{_TITLE}\nby the end of May 3, 2025\n\n{_BODY}",
    ],
)
def test_the_title_stays_the_headline(dump: str) -> None:
    hl = newsparse.parse(dump).headline
    assert hl is not None and hl.text == _TITLE


def test_a_trail_over_another_title_in_capitals_is_not_cut() -> None:
    dump = f"Home Gardening {_TITLE}\nHERONS RETURN TO THE REED BEDS\nApril 12, 2025\n\n{_BODY}"
    hl = newsparse.parse(dump).headline
    assert hl is None or not hl.text.startswith(_TITLE)


def test_a_sentence_ending_in_the_capitals_title_is_not_cut() -> None:
    dump = f"Why pond lilies open early in a mild spring\n{_TITLE.upper()}\nApril 12, 2025\n\n{_BODY}"
    hl = newsparse.parse(dump).headline
    assert hl is None or hl.text != _TITLE


def test_a_glued_trail_gives_the_title_in_its_own_case() -> None:
    dump = f"NEWS\nGARDENING\nHome Gardening {_TITLE}\nGARDENING\n{_TITLE.upper()}\n12 April, 2025, 9:40 am\n\n{_BODY}"
    d = newsparse.to_dict(newsparse.parse(dump))
    assert d["headline"] == _TITLE
    assert "Home Gardening" in [b["text"] for b in d["boilerplate"]]


@pytest.mark.parametrize(
    "header",
    [
        # a trail with separators over the title in capitals, with a deck under it
        f"News\nHome › Gardening › {_TITLE}\n{_TITLE.upper()}\nA warm winter wakes the lake weeks early\nBy Ann Lee\nApril 12, 2025\n",
        # a section label between the trail and the title in capitals
        f"News\nHome › Gardening › {_TITLE}\nGARDENING\n{_TITLE.upper()}\nBy Ann Lee\nApril 12, 2025\n",
    ],
)
def test_a_title_in_capitals_under_its_trail_is_the_headline_in_the_trails_case(header: str) -> None:
    d = newsparse.to_dict(newsparse.parse(header + "\n" + _BODY))
    assert d["headline"] == _TITLE
    assert _TITLE.upper() in [b["text"] for b in d["boilerplate"]]
    assert d["deck"] in (None, "A warm winter wakes the lake weeks early")


def test_the_capitals_rule_keeps_the_blocks_a_partition() -> None:
    for dump in (
        f"News\r\nHome › Gardening › {_TITLE}\r\nGARDENING\r\n{_TITLE.upper()}\r\nBy Ann Lee\r\nApril 12, 2025\r\n\r\n"
        + _BODY.replace("\n", "\r\n"),
        f"Home Gardening {_TITLE}\n{_TITLE.upper()}",  # nothing else in the dump
        f"Home › Gardening › {_TITLE}\n{_TITLE.upper()}\n{_TITLE.upper()}\n" + _BODY,  # the capitals twice
    ):
        d = newsparse.to_dict(newsparse.parse(dump))
        assert d["headline"] == _TITLE
        assert check_invariants(dump, d) == []
