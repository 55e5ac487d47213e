"""Stage 1: split the raw text into stripped lines with spans into the original string.

Every line break of the wild is honoured: ``\\n``, ``\\r\\n``, a lone ``\\r``,
and the Unicode line and paragraph separators.

>>> from newsparse._draft import Draft
>>> d = split(Draft(text="Title\\r\\n\\r\\n  Body\\u00a0text. \\nMore"))
>>> [(ln.text, ln.start, ln.end, ln.gap) for ln in d.lines]
[('Title', 0, 5, True), ('Body\\xa0text.', 11, 21, True), ('More', 24, 28, False)]
"""

from __future__ import annotations

from typing import List, Tuple

import attrs
import regex

from ._draft import FREE, Draft, Line

# A run of characters that are not line breaks. ``\x0b`` and ``\x0c`` break
# lines for str.splitlines too; they are treated the same here.
_LINE = regex.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
# One line break; a CRLF pair is one break, not two.
_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def split_lines(text: str) -> Tuple[Line, ...]:
    """Return the non-blank lines of *text*, each stripped, with its span.

    >>> [ln.text for ln in split_lines("a\\n\\n b \\r c")]
    ['a', 'b', 'c']
    """
    out: List[Line] = []
    prev_end = 0
    for m in _LINE.finditer(text):
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        start = m.start() + (len(seg) - len(seg.lstrip()))
        end = start + len(stripped)
        gap = not out or _count_breaks(text, prev_end, start) >= 2
        out.append(Line(len(out), start, end, stripped, gap))
        prev_end = end
    return tuple(out)


def _count_breaks(text: str, start: int, end: int) -> int:
    """How many line breaks stand in ``text[start:end]`` (``\\r\\n`` counts once)."""
    return len(_BREAK.findall(text, start, end))


def split(draft: Draft) -> Draft:
    """Pipeline stage: fill ``lines`` and an all-free ``roles`` tuple."""
    lines = split_lines(draft.text)
    return attrs.evolve(draft, lines=lines, roles=(FREE,) * len(lines), body=(0, len(lines)))
