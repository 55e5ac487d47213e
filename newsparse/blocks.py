"""Stage 1: split the raw text into stripped lines with spans into the original string.

Every line break of the wild is honoured: ``\\n``, ``\\r\\n``, a lone ``\\r``,
the Unicode line and paragraph separators, and the rest of what
:meth:`str.splitlines` breaks on. A line holding only whitespace is blank.

>>> from newsparse._draft import Draft
>>> d = split(Draft(text="Title\\r\\n\\r\\n  Body\\u00a0text. \\nMore"))
>>> [(ln.text, ln.start, ln.end, ln.gap) for ln in d.lines]
[('Title', 0, 5, True), ('Body\\xa0text.', 11, 21, True), ('More', 23, 27, False)]
"""

from __future__ import annotations

from typing import List, Tuple

import attrs

from ._draft import FREE, Draft, Line
from ._text import is_prose, word_count


def split_lines(text: str) -> Tuple[Line, ...]:
    """Return the non-blank lines of *text*, each stripped, with its span.

    >>> [ln.text for ln in split_lines("a\\n\\n b \\r c")]
    ['a', 'b', 'c']
    """
    out: List[Line] = []
    pos = 0
    blank = True  # the start of input counts as a gap
    for raw in text.splitlines(True):
        seg_start = pos
        pos += len(raw)
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        start = seg_start + (len(raw) - len(raw.lstrip()))
        wc = word_count(stripped)
        out.append(Line(len(out), start, start + len(stripped), stripped, blank, wc, is_prose(stripped, wc)))
        blank = False
    return tuple(out)


def split(draft: Draft) -> Draft:
    """Pipeline stage: fill ``lines`` and an all-free ``roles`` tuple."""
    lines = split_lines(draft.text)
    return attrs.evolve(draft, lines=lines, roles=(FREE,) * len(lines), body=(0, len(lines)))
