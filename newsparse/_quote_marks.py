"""Quotation marks: pairing them, and the quoted segments of the body.

:func:`pair_marks` pairs the marks of one paragraph by direction (“ with ”,
‘ with ’, « with », „ with “) and straight marks by the shape of the text
around them, skipping apostrophes. :func:`split_units` cuts paragraphs into
units (a block of one-line paragraphs reads line by line), and
:func:`segments` pairs the marks of every unit and links a quotation left open
at a unit's end to the one that opens the next unit (a multi-paragraph
quotation), dropping it as a parity error otherwise.

>>> t = "“We will rebuild,” Ruiz said of Hamas' plan. 'Rock 'n' roll'"
>>> [t[a:b] for a, b, _ in pair_marks(t)]
['“We will rebuild,”', "'Rock 'n' roll'"]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import List, NamedTuple, Optional, Sequence, Tuple

import regex

from ._lexicon import titles as tlex
from ._quote_words import SENTENCE_END, cue_comma, ends_sentence
from .model import Paragraph

__all__ = ["Seg", "inner_span", "pair_marks", "quote_ends_sentence", "segments", "split_units"]

_PATTERNS = {
    # elisions that open with an apostrophe: 'em, 'til, 'cause, 'n', 'tis, 'twas, 'bout, 'round
    "elision": regex.compile(r"(?:em|til|cause|n|tis|twas|bout|round|nother|kay|cos|coz)\b", regex.I),
}
_MARK_CHARS = "\"'“”‘’«»„‚‹›"  # the characters of the "mark" pattern

_elision = _PATTERNS["elision"].match

_DOUBLE = frozenset("\"“”„«»")

_OPENERS = frozenset("“„«‹‘‚")

# an opening mark that closes what another opened: German „…“ and »…«, Swiss ›…‹, ‚…‘
_REVERSED_PAIRS = frozenset({("„", "“"), ("»", "«"), ("›", "‹"), ("‚", "‘")})

_CLOSERS = frozenset("”»›’")

# characters after which a mark opens: space, brackets, dashes, an opening mark
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–―-/“‘«„‚‹…")

# characters before which a mark closes: space, punctuation, brackets, another mark
_CLOSE_AFTER = frozenset(" \t\n\r\u00a0.,;:!?)]}—–―-/\"'“”‘’«»„‚‹›…")

class Seg(NamedTuple):
    """One quotation found by the mark pass."""

    start: int  # the opening mark
    end: int  # after the closing mark (or the unit end for an open run)
    para: int  # index of the paragraph
    unit: int  # index of the unit (a paragraph, or one line of a paragraph of lines)
    closed: bool
    prev_run: int  # index of the run this one continues, or -1

def pair_marks(text: str, start: int = 0, end: Optional[int] = None) -> Tuple[Tuple[int, int, str], ...]:
    """Pair the quotation marks of ``text[start:end]`` (one paragraph).

    Returns ``(start, end, state)`` triples, marks included, in order. ``state`` is
    ``"closed"`` for an outermost pair; ``"open"`` for a quotation still open at
    the end (its *end* is the paragraph end), followed by the ``"inner"`` pairs
    found inside it, which stand in for it when no next paragraph continues it.

    >>> t = "“He said ‘no’,” Ruiz said of Hamas' plan. \\"Don't,\\" she wrote. 'Rock 'n' roll'"
    >>> [t[a:b] for a, b, _ in pair_marks(t)]
    ['“He said ‘no’,”', '"Don\\'t,"', "'Rock 'n' roll'"]
    >>> pair_marks('"Open and never closed')
    ((0, 22, 'open'),)
    >>> t = "''It is old style,'' he said."
    >>> [t[a:b] for a, b, _ in pair_marks(t)]
    ["''It is old style,''"]
    """
    stop = len(text) if end is None else end
    return _pair(text, _mark_positions(text, start, stop), start, stop)

def _mark_positions(text: str, lo: int, hi: int) -> List[int]:
    """Where the quotation marks and apostrophes of ``text[lo:hi]`` stand, in order.

    One ``str.find`` run per mark character present: far cheaper than a match
    object per mark, as apostrophes are most of the marks of English copy.
    """
    out: List[int] = []
    add = out.append
    find = text.find
    for c in _MARK_CHARS:
        i = find(c, lo, hi)
        while i >= 0:
            add(i)
            i = find(c, i + 1, hi)
    out.sort()
    return out

def _pair(text: str, marks: Sequence[int], start: int, stop: int) -> Tuple[Tuple[int, int, str], ...]:
    """:func:`pair_marks` over the mark positions *marks* of ``text[start:stop]``."""
    stack: List[Tuple[bool, str, int]] = []  # (double?, mark, position)
    out: List[Tuple[int, int, str]] = []
    inner: List[Tuple[int, int, str]] = []
    skip_to = -1
    opened = [0, 0]  # open single and double marks on the stack
    for i in marks:
        if i < skip_to:
            continue
        c = text[i]
        prev = text[i - 1] if i > start else " "
        if prev.isalnum() and i + 1 < stop and text[i + 1].isalnum() and c not in _DOUBLE:
            continue  # don't, O'Brien: most marks of English copy, told first
        width = 1
        if c == "'" and i + 1 < stop and text[i + 1] == "'":
            c, width = '"', 2  # two apostrophes stand for a double mark in older copy
            skip_to = i + 2
        nxt = text[i + width] if i + width < stop else " "
        lf = prev in _OPEN_BEFORE or prev.isspace()
        rf = nxt in _CLOSE_AFTER or nxt.isspace()
        double = c in _DOUBLE
        if not double:
            if prev.isalnum() and nxt.isalnum():
                continue  # don't, O'Brien
            if lf and (nxt.isdigit() or _elision(text, i + 1)):
                if nxt in "nN" and i + 2 < stop and text[i + 2] in "'’‘":
                    skip_to = i + 3  # rock 'n' roll
                continue
        has_open = opened[double] > 0
        if c in _OPENERS:
            opening = True
            if stack and (stack[-1][1], c) in _REVERSED_PAIRS:
                opening = False  # „…“, »…«, ›…‹
            elif c in "“‘" and has_open and rf and not lf:
                opening = False
        elif c in _CLOSERS:
            if c == "’" and not has_open:
                continue
            opening = not has_open and lf and not rf
        else:  # straight marks decide by the text around them
            if lf and not rf:
                opening = True
            elif (rf and not lf) or (double and has_open):
                opening = False
            elif double and not lf and not rf:
                opening = True
            else:
                continue
            if not double and not opening and not has_open:
                continue  # Hamas' — an apostrophe
        if opening:
            stack.append((double, c, i))
            opened[double] += 1
            continue
        if not has_open:
            continue  # a stray closing mark
        k = len(stack) - 1
        while stack[k][0] != double:
            k -= 1
        if k == 0:
            out.append((stack[0][2], i + width, "closed"))
            inner = []
        elif k == 1:
            inner.append((stack[1][2], i + width, "inner"))
        for d, _, _ in stack[k:]:
            opened[d] -= 1
        del stack[k:]
    if stack:
        out.append((stack[0][2], stop, "open"))
        out.extend(inner)
    return tuple(out)

def _opens_direct(text: str, pos: int, floor: int) -> bool:
    """True when a quotation opening at *pos* starts a sentence (or follows a colon or `said,`).

    Only such a quotation runs on into the next paragraph; a fragment left open
    at a paragraph end is a missing closing mark.
    """
    return ends_sentence(text, pos, floor) or cue_comma(text, floor, pos)

def split_units(text: str, paragraphs: Sequence[Paragraph]) -> List[Tuple[int, int, int]]:
    """Split paragraphs at line breaks that end a sentence: ``(paragraph, start, end)``.

    A block of one-line paragraphs ("“…” ― Name" lines) then reads line by line,
    while a sentence broken over two lines stays whole.
    """
    out: List[Tuple[int, int, int]] = []
    for pi, p in enumerate(paragraphs):
        a, b = p.text_span.start, p.text_span.end
        s = a
        nl = text.find("\n", a, b)
        while nl >= 0:
            k = nl - 1
            while k > s and text[k] in " \t\r\u00a0":
                k -= 1
            j = nl + 1
            while j < b and text[j].isspace():
                j += 1
            ends = k >= s and text[k] in ".!?:…”\"’»)]"
            if ends and j < b and (text[j].isupper() or text[j] in "“\"‘'«„(—―•-"):
                out.append((pi, s, k + 1))
                s = j
            nl = text.find("\n", j, b)
        out.append((pi, s, b))
    return out

def segments(text: str, units: Sequence[Tuple[int, int, int]]) -> List[Seg]:
    """The quotations of every unit, with multi-paragraph runs linked."""
    segs: List[Seg] = []
    pending_open = -1  # index of an open run waiting for the next unit
    pending_inner: List[Seg] = []
    lo = units[0][1] if units else 0
    hi = units[-1][2] if units else 0
    marks = _mark_positions(text, lo, hi)
    k = 0
    for ui, (pi, a, b) in enumerate(units):
        k = bisect_left(marks, a, k)  # the unit's marks: marks[k:j]
        j = bisect_left(marks, b, k)
        if j == k and pending_open < 0:
            continue  # no mark, and no open run to close: nothing to do
        found = _pair(text, marks[k:j], a, b) if j > k else ()
        first = found[0] if found else None
        continues = (
            pending_open >= 0
            and first is not None
            and first[0] == a
            and first[2] in ("open", "closed")
            and _opens_direct(text, segs[pending_open].start, units[ui - 1][1])
            and _style(text, a) == _style(text, segs[pending_open].start)
        )
        if pending_open >= 0 and not continues:
            # the open run was a parity error: drop it, keep what was paired inside it
            segs[pending_open:] = pending_inner
        pending_open = -1
        pending_inner = []
        has_open = bool(found) and found[-1][2] != "closed"  # an open run comes last, then its inner pairs
        for s, e, st in found:
            if st != "open" and _nickname(text, s, e, a, b):
                continue  # Walter "The Walrus" Penhaligon: part of a name, and no boundary for attribution
            if st == "inner":
                if has_open:
                    pending_inner.append(Seg(s, e, pi, ui, True, -1))
                continue
            prev_run = len(segs) - 1 if continues and s == a else -1
            if st == "open":
                while e > s + 1 and text[e - 1].isspace():
                    e -= 1
                pending_open = len(segs)
            segs.append(Seg(s, e, pi, ui, st == "closed", prev_run))
    if pending_open >= 0:
        segs[pending_open:] = pending_inner
    return segs

def _style(text: str, pos: int) -> str:
    """The opening mark at *pos*, with two apostrophes read as one straight double mark.

    A multi-paragraph quotation opens every paragraph with the same mark; a
    straight mark after a curly one is another quotation (often a quoted
    source text set off with marks that are never closed).

    >>> _style("''Old''", 0), _style("“New”", 0)
    ('"', '“')
    """
    return '"' if text.startswith("''", pos) else text[pos]

def _nickname(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """True for a nickname in marks between the words of a name: Mary "Mo" Roe.

    >>> t = 'Del. Mary "Mo" Roe spoke.'
    >>> _nickname(t, 10, 14, 0, len(t)), _nickname('He said "Mo" twice.', 8, 12, 0, 19)
    (True, False)
    """
    if s - 2 < lo or e + 1 >= hi or text[s - 1] != " " or text[e] != " ":
        return False
    if not text[e + 1].isupper() or not text[s - 2].isalpha():
        return False
    words = text[s + 1 : e - 1].split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    j = text.rfind(" ", max(lo, s - 30), s - 1)
    before = text[j + 1 : s - 1]
    return before[:1].isupper() and before.casefold() not in tlex.NOT_NAMES

def inner_span(text: str, seg: Seg) -> Tuple[int, int]:
    """The span of the words inside the marks of *seg*."""
    a = seg.start + (2 if text[seg.start : seg.start + 2] == "''" else 1)
    b = seg.end
    if seg.closed:
        b -= 2 if text[seg.end - 2 : seg.end] == "''" and b - 2 >= a else 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b

def quote_ends_sentence(text: str, seg: Seg, inner: Tuple[int, int], upto: int) -> bool:
    """True when *seg* (its words at *inner*) ends with a full stop and a new sentence follows before *upto*."""
    ia, ib = inner
    if ib <= ia or text[ib - 1] not in SENTENCE_END:
        return False
    k = seg.end
    while k < upto and text[k].isspace():
        k += 1
    return k >= upto or text[k].isupper()
