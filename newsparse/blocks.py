"""Stage 1: split the raw text into stripped lines with spans into the original string.

Every line break of the wild is honoured: ``\\n``, ``\\r\\n``, a lone ``\\r``,
the Unicode line and paragraph separators, and the rest of what
:meth:`str.splitlines` breaks on. A line holding only whitespace is blank.

>>> from newsparse._draft import Draft
>>> d = split(Draft(text="Title\\r\\n\\r\\n  Body\\u00a0text. \\nMore"))
>>> [(ln.text, ln.start, ln.end, ln.gap) for ln in d.lines]
[('Title', 0, 5, True), ('Body\\xa0text.', 11, 21, True), ('More', 23, 27, False)]

Only the first :data:`~newsparse._lexicon.warnings.MAX_LINES` non-blank lines
are split out. No news page comes near that many (the longest page in the
development corpora has about 1,100), and every later stage does a little
work per line, so the limit bounds the cost of inputs made of tiny lines.
The text past it is kept whole in ``Draft.rest``: the last stage turns it
into one boilerplate block, and the diagnostics stage warns about it.
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional, Tuple

from ._draft import FOLDED_LEN, FREE, Draft, Line, evolve
from ._lexicon.warnings import MAX_LINES
from ._text import line_measures
from .model import Span

__all__ = ["split", "split_lines"]

#: one line break, as :meth:`str.splitlines` knows them (``\r\n`` is one break)
_BREAK = re.compile("\r\n|[\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029]")
#: characters read per call of :meth:`str.splitlines`, so a huge input is never listed whole
_CHUNK = 1 << 20
#: ``Line(...)`` without the keyword handling of the named tuple's ``__new__``
_new_line = tuple.__new__


def raw_lines(text: str, chunk: int = _CHUNK) -> Iterator[str]:
    """The lines of *text* with their breaks, as ``text.splitlines(True)`` gives them, lazily.

    The text is split a *chunk* of characters (a million by default) at a
    time, each chunk running on to the next line break, so the memory taken
    does not grow with the input.

    >>> list(raw_lines("a\\r\\nb\\rc\\u2028d"))
    ['a\\r\\n', 'b\\r', 'c\\u2028', 'd']
    """
    pos, n = 0, len(text)
    while pos < n:
        end = n
        if n - pos > chunk:
            m = _BREAK.search(text, pos + chunk)
            if m is not None:
                end = m.end()
        yield from (text if pos == 0 and end == n else text[pos:end]).splitlines(True)
        pos = end


def split_lines(text: str, limit: int = MAX_LINES) -> Tuple[Tuple[Line, ...], Optional[Span]]:
    """The first *limit* non-blank lines of *text*, each stripped, with its span; and the rest.

    The rest is the span from the next non-blank line to the end of the last
    one, or ``None`` when the text has no more than *limit* non-blank lines.

    >>> lines, rest = split_lines("a\\n\\n b \\r c")
    >>> [ln.text for ln in lines], rest
    (['a', 'b', 'c'], None)
    >>> lines, rest = split_lines("a\\nb\\n c \\nd\\n", limit=2)
    >>> [ln.text for ln in lines], rest
    (['a', 'b'], Span(start=5, end=9))
    """
    out: List[Line] = []
    pos = 0
    blank = True  # the start of input counts as a gap
    for raw in raw_lines(text) if len(text) > _CHUNK else text.splitlines(True):  # (one chunk: at once)
        seg_start = pos
        pos += len(raw)
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        # a line that opens with its text has nothing to skip (the common case)
        start = seg_start if raw[0] == stripped[0] else seg_start + (len(raw) - len(raw.lstrip()))
        index = len(out)
        if index >= limit:
            end = len(text)
            while text[end - 1].isspace():  # stops at the latest at this line's first character
                end -= 1
            return tuple(out), Span(start, end)
        wc, prose, folded = line_measures(stripped, FOLDED_LEN)
        out.append(_new_line(Line, (index, start, start + len(stripped), stripped, blank, wc, prose, folded)))
        blank = False
    return tuple(out), None


def split(draft: Draft) -> Draft:
    """Pipeline stage: fill ``lines``, an all-free ``roles`` tuple, and ``rest``."""
    lines, rest = split_lines(draft.text)
    return evolve(draft, lines=lines, roles=(FREE,) * len(lines), body=(0, len(lines)), rest=rest)
