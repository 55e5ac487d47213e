"""The shortcuts of the headline stage's second speed pass give what the plain forms give.

Each shortcut (a stem looked for in the body's opening rather than the opening's every
word gathered first, Title Case ruled out from a line's first words, a trail's separator
looked for before its patterns) is checked against the form it replaces, on random text
rich in what the shortcut looks at.
"""

from __future__ import annotations

import re
from typing import FrozenSet, List, Tuple

from hypothesis import given
from hypothesis import strategies as st

from newsparse import headline
from newsparse._draft import Line
from newsparse._text import _surely_untitled, title_ratio, word_count

WORD = st.one_of(
    st.sampled_from(["port", "ports", "Storms", "reopened", "reopen", "airport", "naïve", "STRASSE", "12", "—", "a", "the"]),
    st.text(alphabet="abcdefgoprstABCDPRS'’-.,:;!?0é²_İßΣ\u0301", min_size=1, max_size=9),
)
LINE = st.lists(WORD, max_size=60).map(" ".join)
TRAIL = st.lists(
    st.sampled_from(["Home", "home", "News", " » ", " › ", " > ", " / ", "/", "|", " → ", "Accueil", "Rain", ">", " "]), max_size=8
).map("".join)


@given(LINE, LINE)
def test_stem_in_is_membership(line: str, body: str) -> None:
    low = body.casefold()
    stems = headline._content_words(low)
    assert (headline._four_letters(low) is None) == (not stems)
    for w in headline._content_words(line) | headline._content_words(body[::-1]):
        assert headline._stem_in(w, low) == (w in stems)


@given(st.lists(st.tuples(LINE, st.booleans()), max_size=8), st.integers(0, 3))
def test_opening_text_holds_each_lines_words(specs: List[Tuple[str, bool]], start: int) -> None:
    lines = [Line(k, 0, len(text), text, False, word_count(text), prose) for k, (text, prose) in enumerate(specs)]
    low = headline._opening_text(lines, start)
    want: FrozenSet[str] = frozenset()
    used = -1  # (the lines are read up to the opening's length)
    for ln in lines[start : start + 6]:
        if ln.prose and used + 1 < headline._OPENING:
            want |= headline._content_words(ln.text[: headline._OPENING - used - 1])
            used += 1 + len(ln.text)
    # (the opening is cut before it is case-folded, which may lengthen it: it is not cut again)
    assert frozenset(w[:6] for w in re.findall(r"[^\W\d_]{4,}", low)) == want


@given(LINE)
def test_surely_untitled_only_when_not_titled(text: str) -> None:
    for t in (text, text.title(), text.lower(), text.upper()):
        if _surely_untitled(t, word_count(t)):
            assert title_ratio(t) < 0.75


@given(TRAIL)
def test_trail_needs_a_separator(text: str) -> None:
    if headline._trail_char(text) is None:
        assert len(headline._crumbs(text)) < 2
        assert not headline._home_crumb(text, text.lower() if text.isascii() else None)
