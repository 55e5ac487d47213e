"""Header lines that anchor the headline search, and the breadcrumb trail that names the title."""

from __future__ import annotations

import random
from pathlib import Path
from typing import FrozenSet, List, Optional

import pytest

import newsparse
from newsparse import headline
from newsparse._draft import Draft
from newsparse.pipeline import STAGES


def test_reading_time_lines() -> None:
    for text in ("5 min read", "Oct 19, 2016 · 10 min read", "Lesezeit: 3 Min.", "Estimated reading time: 6 minutes",
                 "7 Minuten Lesezeit", "Temps de lecture : 4 min"):
        assert headline._is_reading_time(text), text
    for text in ("Read more", "Time to read the small print again", "5 minutes of rain closed the match", "x" * 200,
                 "Screen time up, reading time down for teens", "Lesezeit für Kinder sinkt", "Why read time matters",
                 "Temps de lecture en baisse chez les jeunes", "Island ferry 5 min read-through set"):
        assert not headline._is_reading_time(text), text


def test_a_title_about_reading_time_is_still_the_title() -> None:
    # the label words alone, with no count of minutes, are a story's words, not the header's furniture
    body = (
        "Teenagers spend more of their evenings on screens and less with books, a survey of 2,000 "
        "families published on Monday found, the third year in a row the gap has grown.\n\n"
        "The council's libraries said loans to readers aged 13 to 17 fell by a fifth over the year, "
        "while visits to the reading rooms stayed about the same.\n\n"
        "Librarians plan a summer scheme of short books and audio stories to win them back.\n"
    )
    for title in ("Screen time up, reading time down for teens", "Lesezeit für Kinder sinkt",
                  "Why read time matters", "Island ferry 5 min read-through set"):
        dump = f"Harbour News\n{title}\nBy Ann Lee\nMarch 4, 2024\n\n{body}"
        hl = newsparse.parse(dump).headline
        assert hl is not None and hl.text == title, (title, hl)


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


def test_label_above_a_header_cluster() -> None:
    from newsparse.blocks import split_lines

    lines, _ = split_lines("Gardening\nBy Marta Olsen\nApril 12, 2025\nA mild winter wakes the pond flowers\n")
    assert headline._label_above(lines, [1, 2], 1)  # "Gardening" over byline and date
    lines, _ = split_lines("Pond flowers open weeks early\nBy Marta Olsen\nApril 12, 2025\nTested by: Ann Roe\n")
    assert not headline._label_above(lines, [1, 2], 1)  # a title over the cluster
    assert headline._label_above(lines, [0], 0)  # nothing above


def test_title_above_the_byline_beats_the_line_under_it() -> None:
    dump = (
        "Pond flowers open weeks early\n12/04/2025 Marta Olsen Gardening, Reviews\n\n"
        "Kit used: waders, a notebook and a camera, all from the club store\n\n"
        + "Gardeners around North Bay noticed the first water lilies opening in late March, "
        "botanists at the county nature centre said on Friday.\n" * 3
    )
    hl = newsparse.parse(dump).headline
    assert hl is not None and hl.text == "Pond flowers open weeks early"



def test_pruned_choice_is_the_choice_of_scoring_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # :func:`headline._choose` scores only the lines whose bound can still win; it must pick what
    # scoring every candidate in line order picks, ties included (whole-number weights tie often)
    dumps = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*/*.txt"))
    assert dumps
    drafts = []
    for path in dumps:
        draft = Draft(text=path.read_text(encoding="utf-8"))
        for name, stage in STAGES:
            if name == "headline":
                break
            draft = stage(draft)
        drafts.append(draft)

    def every_line(draft: Draft, marks: List[int], stop: int, captioned: FrozenSet[int]) -> Optional[int]:
        best, best_score = None, headline.WEIGHTS["threshold"]
        for i, f in headline.candidates(draft.lines, draft.roles, marks, stop, draft.text.count):
            if i in captioned:
                f["captioned"] = 1.0
            s = headline.score(f)
            if s > best_score:
                best, best_score = i, s
        return best

    rnd = random.Random(7)
    base = dict(headline.WEIGHTS)
    for trial in range(6):
        for key, weight in base.items():
            monkeypatch.setitem(headline.WEIGHTS, key, float(round(weight) + rnd.choice([-1, 0, 1])) if trial else weight)
        for draft in drafts:
            marks = headline._marks(draft)
            stop = headline.body_start(draft, marks)
            for captioned in (frozenset(), frozenset(range(0, len(draft.lines), 3))):
                got = headline._choose(draft.lines, draft.roles, marks, stop, draft.text.count, captioned)
                assert got == every_line(draft, marks, stop, captioned), (trial, draft.text[:40], captioned)
