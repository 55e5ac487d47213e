"""The fast paths of the headline and layout stages give what the plain definitions give.

Each shortcut (a cheap test before a pattern, words read once per line rather
than once per window) is checked against the straightforward form it replaces,
on random text rich in the characters the shortcuts look at.
"""

from __future__ import annotations

import random
import re
from typing import FrozenSet, List, Optional, Tuple

from hypothesis import given
from hypothesis import strategies as st

from newsparse import headline, layout
from newsparse._draft import Line
from newsparse._text import has_digit, word_count
from newsparse.dates import find_dates
from newsparse.paragraphs import note_kind

#: characters the shortcuts test for, mixed with letters of several scripts and cases
ALPHABET = st.sampled_from(
    [
        *"aAbBcCdDeEgGhHiIlLoOpPrRsStTvVyY ©()@»›>|/{}=$;.:!?'\"‘’“”«»\n\t\x1c0129",
        *("İ", "ı", "ſ", "K", "ß", "é", "Ж", "ж", "中", "。", "ー", "\u00a0"),
        *("by ", "Photo", "erved", "RESERVED", "all rights r", "ALL RİGHTS RE", "copyright", "(c) 2019", "Inside story", "This isn"),
    ]
)
TEXT = st.lists(ALPHABET, max_size=40).map("".join)
WORD = st.one_of(
    st.sampled_from(["port", "Storms", "reopened", "ﬁnal", "STRASSE", "straße", "naïve", "12", "—"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéßİ’-", min_size=1, max_size=9),
)
LINE = st.lists(WORD, max_size=150).map(" ".join)
#: a copyright footer, or something close to one, in any mix of cases
FOOTER = st.tuples(
    st.sampled_from(["", "x ", "(", "©"]),
    st.sampled_from(["all rights reserved", "copyright", "(c) 2019", "(c)2020", "reserved", "rights reserved"]),
    st.lists(st.booleans(), min_size=20, max_size=20),
    st.sampled_from(["", ".", " 2019", "s"]),
).map(lambda t: t[0] + "".join(c.upper() if up else c for c, up in zip(t[1], t[2] * 2)) + t[3])


def _content_words_plain(text: str) -> FrozenSet[str]:
    return frozenset(w[:6] for w in re.findall(r"[^\W\d_]{4,}", text[: headline._OPENING].casefold()))


def _looks_meta_plain(text: str) -> bool:
    low = text.casefold()
    if note_kind(text):
        return True
    if "@" in text or low.startswith(("by ", "by:", "photo", "credit", "image", "courtesy", "posted", "updated", "published")):
        return True
    if len(re.findall(r"\d", text)) * 3 > len(text):
        return True
    if len(re.findall(r"\s(?:»|›|>)\s", text)) >= 2:
        return True
    if has_digit(text) is None:
        return False
    dates = find_dates(text)
    return bool(dates) and sum(m.end - m.start for m in dates) * 3 >= len(text)


def _kicker_quote_plain(text: str) -> Optional[Tuple[str, str]]:
    m = headline._match_kicker_quote(text)
    if not m or word_count(m.group("kicker")) > 4:
        return None
    return m.group("kicker").strip(), m.group("quote")


@given(st.one_of(TEXT, LINE))
def test_content_words(text: str) -> None:
    assert headline._content_words(text) == _content_words_plain(text)


@given(TEXT)
def test_cheap_tests_before_patterns(text: str) -> None:
    assert headline._looks_meta(text) == _looks_meta_plain(text)
    assert headline.split_kicker_quote(text) == _kicker_quote_plain(text)
    assert headline._looks_code(text) == (sum(text.count(c) for c in ("{", "}", "=>", "==", "();", "= ", "$", "//")) >= 2)
    assert layout._is_copyright(text) == (layout._copyright(text) is not None)


@given(FOOTER)
def test_copyright_footer(text: str) -> None:
    assert layout._is_copyright(text) == (layout._copyright(text) is not None)


def test_kicker_quote_still_found() -> None:
    text = "Inside story'This isn't just us saying it'\n"
    expected = ("Inside story", "'This isn't just us saying it'")
    assert headline.split_kicker_quote(text) == expected
    assert _kicker_quote_plain(text) == expected


def _line(seed: int, size: int) -> str:
    """About *size* characters of random words (new words all the way, so a cut anywhere shows)."""
    rng = random.Random(seed)
    words: List[str] = []
    while sum(map(len, words)) + len(words) < size:
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyzéßİ’-") for _ in range(rng.randint(1, 9))))
    return " ".join(words)


@given(st.lists(st.tuples(st.integers(0, 2**32), st.integers(0, 900), st.booleans()), max_size=9), st.integers(0, 9))
def test_opening_words_join_the_lines(specs: List[Tuple[int, int, bool]], start: int) -> None:
    texts = [(_line(seed, size), prose) for seed, size, prose in specs]
    lines = [Line(k, 0, len(text), text, False, word_count(text), prose) for k, (text, prose) in enumerate(texts)]
    joined = " ".join(ln.text for ln in lines[start : start + 6] if ln.prose)
    low = headline._opening_text(lines, start)
    want = _content_words_plain(joined)
    # (the opening is cut before it is case-folded, which may lengthen it: it is not cut again)
    assert frozenset(w[:6] for w in re.findall(r"[^\W\d_]{4,}", low)) == want
    # a word is looked for in the opening rather than the opening's words gathered first
    for ln in lines:
        for w in headline._content_words(ln.text):
            assert headline._stem_in(w, low) == (w in want)
