"""A title in a list of links under "Related articles" or "Read more" is not the page's headline."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import headline
from newsparse._text import fold
from newsparse.blocks import split_lines

_BODY = (
    "A tidal lagoon is a power station that traps the rising tide behind a long sea wall and lets it "
    "out through turbines when the tide falls, a design first drawn up in the nineteen-seventies.\n\n"
    "Engineers say a lagoon gives power at set hours each day, unlike wind or sun, and that the "
    "wall may also shelter the coast from storms.\n\n"
    "Critics point to the cost of the wall and to the harm the still water may do to fish and birds "
    "that feed on the mudflats.\n"
)


def _wiki_page(heading: str) -> str:
    return (
        "Tidal lagoon power station\n"
        "From the Coastal Wiki, the open encyclopedia\n"
        "Jump to navigation Jump to search\n\n"
        "Contents\nDesign\nHistory\nProjects\nCriticism\nSee also\nReferences\n\n"
        f"{heading}\n"
        "List of tidal power stations in northern Europe\n"
        "Outline of marine renewable energy\n"
        "View\nTalk\nEdit\n\n" + _BODY
    )


def test_a_link_under_a_related_heading_is_no_headline() -> None:
    for heading in ("Related articles", "Read more", "Lire aussi", "Most read"):
        hl = newsparse.parse(_wiki_page(heading)).headline
        assert hl is not None and hl.text == "Tidal lagoon power station", (heading, hl)


def test_the_list_is_over_at_a_menu_item_or_running_text() -> None:
    def under(text: str, i: int) -> bool:
        lines, _ = split_lines(text)
        return headline._under_list_heading(lines, i, lambda k: fold(lines[k].text))

    assert under("Related articles\nFerry fares rise\nPort reopens after the storm", 2)
    assert not under("Related articles\nNews\nPort reopens after the storm", 2)  # a menu item between
    assert not under("Read more\nThe port reopened on Monday after a week of storms, officials said.\nPort reopens", 2)
    assert not under("More\nPort reopens after the storm", 1)  # one word alone heads menus too
    assert not under("Port reopens after the storm", 0)  # nothing above


def test_the_title_right_above_the_byline_ends_the_list() -> None:
    # a list of teasers running straight into the story's header: the last line is the story's title
    dump = (
        "Most read\n"
        "Council votes to close two libraries\n"
        "Fishing fleet stays in port as gales return\n"
        "Ferry to resume island service in May\n"
        "By Ann Lee\n"
        "March 4, 2024\n\n"
        "The ferry to the island will sail again from May, the operator said on Monday, after a winter "
        "of repairs to the harbour wall.\n\n"
        "Islanders had relied on a small launch since the storms of November damaged the pier.\n"
    )
    hl = newsparse.parse(dump).headline
    assert hl is not None and hl.text == "Ferry to resume island service in May"


def test_one_line_under_a_stray_heading_is_no_list() -> None:
    # a heading whose list the page left out, right over the story's title and its kicker
    dump = (
        "Lakeside Courier\nNews\nSport\nMost read\n"
        "Reed beds shelter more herons than ever\n"
        "Analysis\nBy Ann Lee\nApril 12, 2025 9:40 am\n"
        "Volunteers hope to keep up the yearly survey\n"
        "Birdwatchers at the lake counted more heron nests in the reed beds this spring than in any "
        "year since the count began, the county nature centre said on Monday.\n\n"
        "The centre put the rise down to a mild winter and to the new rules on boats near the shore.\n"
    )
    hl = newsparse.parse(dump).headline
    assert hl is not None and hl.text == "Reed beds shelter more herons than ever"


# A list printed above the story (a sidebar that the page's text puts first) must not
# swallow the story's own title, and teaser cards signed "by NAME on DATE" are no byline
# (review findings, each case once gave a teaser link or a caption as the headline).
_TEASERS = [
    "Council votes on new bus lanes for the high street",
    "Storm warning issued for the weekend",
    "Schools to close early on Friday",
]
_TITLE = "Riverside library reopens after two-year rebuild"
_STORY = "\n\n".join(
    [
        "The riverside library opened its doors again on Saturday morning, two years after a flood filled "
        "its ground floor with mud and ruined thousands of books.",
        "Hundreds of people queued along the embankment before the doors opened, and staff handed out "
        "coffee to those who had waited since dawn.",
        "The rebuild cost more than the council had planned, partly because the new floor was raised by a "
        "metre to keep future floods out of the reading rooms.",
    ]
) + "\n"


@pytest.mark.parametrize(
    "top",
    [
        ["Related articles", *_TEASERS, _TITLE,
         "The building now stands a metre higher, and the council hopes the river will never reach the books again.",
         "By Daniel Okafor", "April 9, 2025"],
        ["Most read", *_TEASERS, _TITLE],
        ["Most read", *_TEASERS, _TITLE, "Readers queue along the embankment on Saturday morning.",
         "By Daniel Okafor", "April 9, 2025"],
    ],
    ids=["deck-under-title", "story-under-title", "caption-under-title"],
)
def test_a_list_above_the_story_leaves_its_title(top: list) -> None:
    article = newsparse.parse("\n\n".join(top) + "\n\n" + _STORY)
    assert article.headline is not None and article.headline.text == _TITLE


def test_teaser_cards_signed_by_name_on_date_do_not_anchor_the_title() -> None:
    text = "\n\n".join(
        ["Latest", "Museum closes for two years", "by paul on March 2, 2025",
         "Bridge reopens to traffic", "by anne on March 1, 2025", _TITLE, "April 9, 2025", _STORY]
    )
    article = newsparse.parse(text)
    assert article.headline is not None and article.headline.text == _TITLE
