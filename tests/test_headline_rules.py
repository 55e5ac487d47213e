"""Header lines that anchor the headline search, and the breadcrumb trail that names the title."""

from __future__ import annotations

import newsparse
from newsparse import headline
from newsparse._draft import Draft
from newsparse.pipeline import STAGES


def test_reading_time_lines() -> None:
    for text in ("5 min read", "Oct 19, 2016 · 10 min read", "Lesezeit: 3 Min.", "Estimated reading time: 6 minutes",
                 "7 Minuten Lesezeit", "Temps de lecture : 4 min"):
        assert headline._is_reading_time(text), text
    for text in ("Read more", "Time to read the small print again", "5 minutes of rain closed the match", "x" * 200):
        assert not headline._is_reading_time(text), text


def test_one_age_line_anchors_but_a_run_of_them_does_not() -> None:
    story = (
        "Rovers hold leaders to a draw in the rain\n2 hours ago\nShare\n"
        "Rovers held the league leaders to a goalless draw at a rain-soaked Mill Park on Saturday, "
        "with keeper Tom Hale making six saves.\n"
    )
    hl = newsparse.parse(story).headline
    assert hl is not None and hl.text == "Rovers hold leaders to a draw in the rain"
    teasers = "".join(f"Teaser title number {k} about the weekend\n{k} hours ago\n" for k in range(1, 4))
    draft = Draft(text=teasers + story)
    for name, stage in STAGES:
        if name == "headline":
            break
        draft = stage(draft)
    ages = [ln.index for ln in draft.lines if ln.text.endswith(" ago")]
    assert not set(ages) & set(headline._marks(draft))


def test_crumb_tail_needs_a_separator_before_the_whole_line() -> None:
    from newsparse.blocks import split_lines

    lines, _ = split_lines("News » Harbour » Ferry to resume service in May\nFerry to resume service in May\n")
    assert headline._crumb_tail(lines[0].text, lines, 0) == 1
    lines, _ = split_lines("Why the Ferry to resume service in May\nFerry to resume service in May\n")
    assert headline._crumb_tail(lines[0].text, lines, 0) is None
