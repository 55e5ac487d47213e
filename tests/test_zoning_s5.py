"""Body zoning rules for whole-page dumps (the s5 zoning work): where the story starts and
ends among a page's furniture, each with a case where the rule must *not* fire."""

from __future__ import annotations

from _stories import HEAD, STORY
from _stories import paragraphs_of as _paragraphs


def test_a_story_printed_twice_is_kept_once() -> None:
    # a page that prints the story again under a box of links (a second layout of the same page)
    box = ["Related Articles:", "Harbour walk reopens after the storms", "Ferry timetable changes for winter"]
    assert _paragraphs(HEAD + STORY + box + STORY) == STORY


def test_paragraphs_that_recur_in_a_story_of_recurring_parts_stay() -> None:
    # a weekly plan: each day opens with the same two lines, then a line of its own
    days = []
    for day in ("Monday", "Tuesday"):
        days += [STORY[0], STORY[1], f"On {day} the walk goes along the dunes to the lighthouse and back again by the beach."]
    assert _paragraphs(HEAD + days) == days
