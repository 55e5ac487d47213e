"""Stage: quotations, their kind, cue, speaker and addressee.

The pass reads each body paragraph once, from left to right:

1. :func:`pair_marks` pairs the quotation marks of one paragraph by direction
   (“ with ”, ‘ with ’, « with », „ with “ or ”) and straight marks by the
   shape of the text around them; apostrophes (Hamas', don't, '90s, rock 'n'
   roll, O'Brien) are skipped, and an unmatched mark never leaks into the next
   paragraph. Only the outermost pair of a nest is a quotation.
2. A paragraph that ends inside a quotation, followed by one that opens
   again, makes one multi-paragraph quotation: one :class:`~newsparse.model.Quote`
   per run, each run ``continues`` the one before.
3. Each quotation is attributed from the text between it and its neighbours:
   the clause right after it (“…,” X said), the clause before it in the same
   sentence (X told Y: “…”), the quotation it continues, the previous sentence,
   or the quotation of the previous paragraph (a paragraph that is all quote).
4. :mod:`newsparse.speakers` maps the mention to a canonical name.

Short fragments and title-like strings that nobody is said to have said (scare
quotes, titles of works, nicknames) are not reported.

>>> from newsparse.model import Paragraph, Span
>>> text = "“We will rebuild,” Mayor Ana Ruiz said. “It starts today.”"
>>> para = Paragraph(text=text, kind="paragraph", span=Span(0, len(text)), text_span=Span(0, len(text)))
>>> [(q.text, q.kind, q.speaker.name, q.verb, q.continues) for q in find_quotes(text, (para,))]
[('We will rebuild,', 'direct', 'Ana Ruiz', 'said', None), ('It starts today.', 'direct', 'Ana Ruiz', 'said', 0)]
"""

from __future__ import annotations

from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

import attrs
import regex

from ._draft import Draft
from ._lexicon import speech as slex
from ._lexicon import titles as tlex
from .model import Paragraph, Quote, Span, Speaker
from .speakers import People, build_people, resolve

__all__ = ["attribute", "find_quotes", "pair_marks"]

_PATTERNS = {
    # any quotation mark or apostrophe
    "mark": regex.compile(r"[\"'“”‘’«»„‚‹›]"),
    # a word (letters or digits, with inner apostrophes, dots, hyphens) or one other non-space character
    "token": regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*|[^\s\p{L}\p{N}]"),
    # elisions that open with an apostrophe: 'em, 'til, 'cause, 'n', 'tis, 'twas, 'bout, 'round, 'nother
    "elision": regex.compile(r"(?:em|til|cause|n|tis|twas|bout|round|nother|kay|cos|coz)\b", regex.I),
}
_marks = _PATTERNS["mark"].finditer
_tokens = _PATTERNS["token"].finditer
_elision = _PATTERNS["elision"].match

_DOUBLE = frozenset("\"“”„«»")
_OPENERS = frozenset("“„«‹‘‚")
_CLOSERS = frozenset("”»›’")
# characters after which a mark opens: space, brackets, dashes, another mark
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–―-/\"'“”‘’«»„‚‹›…")
# characters before which a mark closes: space, punctuation, brackets, another mark
_CLOSE_AFTER = frozenset(" \t\n\r\u00a0.,;:!?)]}—–―-/\"'“”‘’«»„‚‹›…")
_SENTENCE_END = frozenset(".!?")
_DASHES = frozenset("—―–-")
_MIN_WORDS = 3  # a fragment shorter than this without an attribution is a scare quote


class _Seg(NamedTuple):
    """One quotation found by the mark pass."""

    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph end for an open run)
    para: int
    closed: bool
    prev_run: int  # index in the segment list of the run this one continues, or -1


class _Tok(NamedTuple):
    start: int
    end: int
    low: str  # case-folded
    cap: bool  # starts with a capital letter
    word: bool


class _Attr(NamedTuple):
    """An attribution: the speaker mention, the cue and the addressee, as spans."""

    speaker: Optional[Tuple[int, int]]
    verb: Optional[Tuple[int, int]]
    addressee: Optional[Tuple[int, int]] = None


# ------------------------------------------------------------------ marks --
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
    """
    stop = len(text) if end is None else end
    stack: List[Tuple[bool, str, int]] = []  # (double?, mark, position)
    out: List[Tuple[int, int, str]] = []
    inner: List[Tuple[int, int, str]] = []
    skip_to = -1
    for m in _marks(text, start, stop):
        i = m.start()
        if i < skip_to:
            continue
        c = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < stop else " "
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
        has_open = any(d == double for d, _, _ in stack)
        if c in _OPENERS:
            opening = True
            if c == "“" and stack and stack[-1][1] == "„":
                opening = False
            elif c in "“‘" and has_open and rf and not lf:
                opening = False
        elif c in _CLOSERS:
            opening = not has_open and lf and not rf and c != "’"
            if c == "’" and not has_open:
                continue
        else:  # straight marks decide by the text around them
            if lf and not rf:
                opening = True
            elif rf and not lf:
                opening = False
            elif double and not (lf and rf):
                opening = not has_open
            else:
                continue
            if not double and not opening and not has_open:
                continue  # Hamas' — an apostrophe
        if opening:
            stack.append((double, c, i))
            continue
        k = len(stack) - 1
        while k >= 0 and stack[k][0] != double:
            k -= 1
        if k < 0:
            continue  # a stray closing mark
        if k == 0:
            out.append((stack[0][2], i + 1, "closed"))
            inner = []
        elif k == 1:
            inner.append((stack[1][2], i + 1, "inner"))
        del stack[k:]
    if stack:
        out.append((stack[0][2], stop, "open"))
        out.extend(inner)
    return tuple(out)


# ----------------------------------------------------------------- tokens --
def _tokenize(text: str, start: int, end: int) -> List[_Tok]:
    """Words and punctuation of ``text[start:end]``; a sentence-final dot is its own token."""
    out: List[_Tok] = []
    for m in _tokens(text, start, end):
        s, e = m.span()
        w = m.group()
        if not w[0].isalnum():
            out.append(_Tok(s, e, w, False, False))
            continue
        while len(w) > 1 and w[-1] in "-'’" and not (w[-1] in "'’" and w[-2] in "sS"):
            w = w[:-1]
            e -= 1
        low = w.casefold()
        if low.endswith(".") and not _abbrev(low):
            out.append(_Tok(s, e - 1, low[:-1], w[0].isupper(), True))
            out.append(_Tok(e - 1, e, ".", False, False))
            continue
        out.append(_Tok(s, e, low, w[0].isupper(), True))
    return out


def _abbrev(low: str) -> bool:
    """True when the dot of *low* does not end a sentence ("u.s.", "sen.", "j.").

    >>> _abbrev("u.s."), _abbrev("gen."), _abbrev("said.")
    (True, True, False)
    """
    return len(low) <= 2 or "." in low[:-1] or low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in (
        "jr.",
        "sr.",
        "st.",
        "no.",
        "inc.",
        "co.",
        "corp.",
        "ltd.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "aug.",
        "sept.",
        "sep.",
        "oct.",
        "nov.",
        "dec.",
        "vs.",
        "etc.",
    )


def _base(low: str) -> str:
    """*low* without a possessive ending."""
    if low.endswith("'s") or low.endswith("’s"):
        return low[:-2]
    return low


def _cue_at(toks: Sequence[_Tok], k: int) -> int:
    """How many tokens the speech cue starting at ``toks[k]`` covers (0 if none)."""
    t = toks[k]
    if not t.word:
        return 0
    for phrase in slex.PHRASE_CUES:
        n = len(phrase)
        if t.low == phrase[0] and k + n <= len(toks) and all(toks[k + j].low == phrase[j] for j in range(1, n)):
            if phrase[0] == "according" and t.cap and k > 0 and toks[k - 1].word:
                continue
            return n
    if t.low in slex.SPEECH_FORMS and not t.cap:
        return 1
    return 0


# ---------------------------------------------------------------- phrases --
def _np_right(toks: Sequence[_Tok], k: int, limit: int) -> int:
    """End (exclusive) of the speaker or addressee phrase starting at ``toks[k]``.

    A phrase that opens on a name takes lower-case words only when they are
    roles ("State Department spokesperson Matthew Miller"); one that opens on a
    determiner takes a few ("the US national security adviser").
    """
    j = k
    lower_run = 0
    named = toks[k].cap
    while j < limit and j - k < 10:
        t = toks[j]
        if t.word:
            if t.cap:
                lower_run = 0
            elif t.low in ("of", "and", "&") and j > k:
                if not (j + 1 < limit and toks[j + 1].cap) and toks[j - 1].low not in ("one", "some", "many", "each"):
                    break
            elif t.low in slex.PHRASE_STOPS or t.low in slex.SPEECH_FORMS:
                break
            elif named and t.low not in tlex.TITLE_WORDS and t.low not in tlex.SPECIFIC_ROLES:
                break
            else:
                lower_run += 1
                if lower_run > 4:
                    break
        elif t.low == "(" and j > k:
            # "(R-Tenn.)" after a name belongs to it
            close = j + 1
            while close < limit and close - j < 8 and toks[close].low != ")":
                close += 1
            if close < limit and toks[close].low == ")":
                j = close + 1
                continue
            break
        elif t.low in ("-", "–") and j > k and j + 1 < limit and toks[j + 1].word and toks[j].start == toks[j - 1].end:
            j += 1
            continue
        else:
            break
        j += 1
    while j > k and not toks[j - 1].word and toks[j - 1].low != ")":
        j -= 1
    return j


def _np_left(toks: Sequence[_Tok], k: int, floor: int) -> int:
    """Start of the speaker phrase that ends just before ``toks[k]`` (``k`` if none)."""
    j = k
    while j > floor and j - k > -9:
        t = toks[j - 1]
        if t.word:
            if t.low in slex.PHRASE_STOPS and not (t.low in ("of", "and") and j < k and toks[j].cap):
                if t.low == "of" and j - 2 >= floor and toks[j - 2].low in ("one", "some", "many", "each", "all"):
                    j -= 1
                    continue
                break
            if t.low in slex.SPEECH_FORMS and not t.cap:
                break
        elif t.low == ")" :
            o = j - 2
            while o > floor and j - o < 8 and toks[o].low != "(":
                o -= 1
            if o >= floor and toks[o].low == "(":
                j = o
                continue
            break
        elif t.low in ("-", "–") and j - 2 >= floor and toks[j - 2].end == t.start:
            j -= 1
            continue
        else:
            break
        j -= 1
    # a phrase opens on a name, a determiner or a pronoun, not on a stray lower-case word
    while j < k and not toks[j].cap and toks[j].low not in slex.SPEAKER_OPENERS and toks[j].low not in tlex.PRONOUNS:
        if any(toks[x].cap or toks[x].low in slex.SPEAKER_OPENERS for x in range(j + 1, k)):
            j += 1
        else:
            break
    return j


def _skip_between(toks: Sequence[_Tok], k: int, floor: int) -> int:
    """Move left from the cue at ``toks[k]`` over "also", "has", "went on to", "last week"…"""
    j = k
    while j > floor and toks[j - 1].word and (
        toks[j - 1].low in slex.BETWEEN_SUBJECT_AND_CUE or toks[j - 1].low in slex.TIME_WORDS
    ):
        j -= 1
    return j


def _subject_at_start(toks: Sequence[_Tok], lo: int, hi: int) -> Optional[Tuple[int, int]]:
    """The subject that opens the sentence ``toks[lo:hi]``: "Blinken reiterated … and stressed"."""
    k = lo
    # an opening adverbial ("In an August speech, ") is skipped
    for c in range(lo, min(hi, lo + 8)):
        if toks[c].low == ",":
            if not toks[lo].cap or toks[lo].low in tlex.NOT_NAMES:
                k = c + 1
            break
    if k >= hi:
        return None
    t = toks[k]
    if t.word and (t.low in ("he", "she") or (t.cap and t.low not in tlex.NOT_NAMES) or t.low == "the"):
        e = _np_right(toks, k, hi)
        if e > k:
            return (k, e)
    return None


def _span(toks: Sequence[_Tok], a: int, b: int) -> Tuple[int, int]:
    return (toks[a].start, toks[b - 1].end)


# ------------------------------------------------------------ attribution --
def _after(toks: Sequence[_Tok]) -> Optional[_Attr]:
    """Attribution in the clause right after a quotation: `,” X said` / `,” said X` / `” ― X`."""
    limit = len(toks)
    for j, t in enumerate(toks):
        if t.low in _SENTENCE_END or t.low in ("“", "\"", "‘") or j >= 18:
            limit = j
            break
    k = 0
    while k < limit and toks[k].low in (",", ";", ":", "’", "'", "”", "\""):
        k += 1
    if k < limit and toks[k].low in _DASHES and k + 1 < limit and toks[k + 1].cap:
        e = _np_right(toks, k + 1, limit)
        if e > k + 1:
            return _Attr(_span(toks, k + 1, e), _span(toks, k, k + 1))
    first = k
    for c in range(first, limit):
        n = _cue_at(toks, c)
        if not n:
            continue
        verb = _span(toks, c, c + n)
        if c == first or toks[c - 1].low == ",":
            if c > first and toks[c - 1].low == ",":
                # "“…,” X, a spokesman, said": the phrase before the first comma
                commas = [x for x in range(first, c) if toks[x].low == ","]
                s = _np_left(toks, commas[0], first)
                if s < commas[0] and s == first:
                    return _Attr(_span(toks, s, commas[0]), verb)
                return None
            e = _np_right(toks, c + n, limit)
            if e == c + n:
                return None
            if toks[c + n].low not in slex.SPEAKER_OPENERS and not toks[c + n].cap:
                return None
            return _Attr(_span(toks, c + n, e), verb)
        b = _skip_between(toks, c, first)
        s = _np_left(toks, b, first)
        if s == b:
            return None
        # the speaker phrase must follow the quotation or a comma
        if s != first and toks[s - 1].low != ",":
            return None
        return _Attr(_span(toks, s, b), verb, _addressee(toks, c, n, limit))
    return None


def _addressee(toks: Sequence[_Tok], c: int, n: int, limit: int) -> Optional[Tuple[int, int]]:
    """The person spoken to after "told", "asked", "warned"…, if named."""
    if toks[c].low not in slex.ADDRESSEE_VERBS or c + n >= limit:
        return None
    t = toks[c + n]
    if not t.word or t.low in ("that", "to", "about", "for", "if", "whether"):
        return None
    e = _np_right(toks, c + n, limit)
    return _span(toks, c + n, e) if e > c + n else None


def _before(toks: Sequence[_Tok], lo: int) -> Optional[_Attr]:
    """Attribution in the sentence part ``toks[lo:]`` before a quotation: `X said: “…”`."""
    hi = len(toks)
    c = hi
    while c > lo:
        c -= 1
        n = _cue_at(toks, c)
        if not n:
            continue
        verb = _span(toks, c, c + n)
        if toks[c].low == "according":
            e = _np_right(toks, c + n, hi)
            if e > c + n:
                return _Attr(_span(toks, c + n, e), verb)
            continue
        b = _skip_between(toks, c, lo)
        if toks[c].low.endswith("ing") and b > lo and toks[b - 1].low == ",":
            # "…, Sullivan noted, lamenting that …": the finite cue before the participle
            earlier = _before(toks[: b - 1], lo)
            if earlier is not None:
                return earlier
        s = _np_left(toks, b, lo)
        if s < b and toks[b - 1].word:
            if s > lo and toks[s - 1].word and toks[s - 1].low in _PREPOSITIONS:
                continue  # "during the call": a noun, not a speaker
            return _Attr(_span(toks, s, b), verb, _addressee(toks, c, n, hi))
        if b > lo and toks[b - 1].low in ("and", "but", ",", "who"):
            subj = _subject_at_start(toks, lo, b)
            if subj is not None:
                return _Attr(_span(toks, *subj), verb, _addressee(toks, c, n, hi))
        if b == lo or toks[b - 1].low in (",", ":", ";"):
            subj = _subject_at_start(toks, lo, b)
            if subj is not None and subj[1] <= b:
                return _Attr(_span(toks, *subj), verb, _addressee(toks, c, n, hi))
        return None
    return None


_PREPOSITIONS = frozenset(
    "in on at during for with to from by about into over under after before through via per of against".split()
)


def _sentence_start(toks: Sequence[_Tok], hi: int, floor: int = 0) -> int:
    """Index of the first token of the sentence that holds ``toks[hi - 1]``."""
    k = hi
    while k > floor and toks[k - 1].low not in _SENTENCE_END:
        k -= 1
    return k


def _ends_sentence(text: str, pos: int, floor: int) -> bool:
    """True when the text just before *pos* ends a sentence or opens a quotation (`said.`, `said:`)."""
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    if k < floor:
        return True
    c = text[k]
    if c in ":”\"’“" or c in _DASHES:
        return True
    if c in "!?":
        return True
    if c == ".":
        j = k
        while j > floor and not text[j - 1].isspace():
            j -= 1
        return not _abbrev(text[j : k + 1].casefold().lstrip("(\"'“‘"))
    return False


# ------------------------------------------------------------------ main --
def _segments(text: str, paragraphs: Sequence[Paragraph]) -> List[_Seg]:
    """The quotations of every paragraph, with multi-paragraph runs linked."""
    segs: List[_Seg] = []
    pending_open: Optional[int] = None  # index of an open run waiting for the next paragraph
    pending_inner: List[_Seg] = []
    for pi, p in enumerate(paragraphs):
        a, b = p.text_span.start, p.text_span.end
        found = pair_marks(text, a, b)
        first = found[0] if found else None
        continues = (
            pending_open is not None
            and first is not None
            and first[0] == a
            and first[2] in ("open", "closed")
            and (text[first[0]] in _DOUBLE) == (text[segs[pending_open].start] in _DOUBLE)
        )
        if pending_open is not None and not continues:
            # the open run was a parity error: drop it, keep what was paired inside it
            del segs[pending_open]
            segs[pending_open:pending_open] = pending_inner
        pending_open = None
        pending_inner = []
        has_open = any(st == "open" for _, _, st in found)
        for s, e, st in found:
            if st == "inner":
                if has_open:
                    pending_inner.append(_Seg(s, e, pi, True, -1))
                continue
            prev_run = len(segs) - 1 if continues and s == a else -1
            if st == "open":
                e = _trim_end(text, s, e)
                pending_open = len(segs)
            segs.append(_Seg(s, e, pi, st == "closed", prev_run))
    if pending_open is not None:
        del segs[pending_open]
        segs[pending_open:pending_open] = pending_inner
    return segs


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _inner(text: str, seg: _Seg) -> Tuple[int, int]:
    """The span of the words inside the marks of *seg*."""
    a = seg.start + 1
    b = seg.end - 1 if seg.closed else seg.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _title_like(words: Sequence[str]) -> bool:
    """True for a capitalised name of a work or a nickname: "Justice Against Sponsors of Terrorism Act"."""
    caps = [w for w in words if w[:1].isupper()]
    small = [w for w in words if not w[:1].isupper()]
    return len(caps) >= 2 and all(w.casefold() in _SMALL for w in small)


_SMALL = frozenset("a an and as at but by for from in into nor of on or the to with vs vs. de la du".split())


def _speaker(people: People, text: str, span: Optional[Tuple[int, int]]) -> Optional[Speaker]:
    if span is None:
        return None
    a, b = span
    # a leading "the" of an institution or role stays in the mention; a trailing comma does not
    while b > a and text[b - 1] in ",;:":
        b -= 1
    return resolve(people, text, a, b)


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> Tuple[Quote, ...]:
    """Find and attribute every quotation of the *paragraphs* of *text*.

    Spans are into *text*; each quotation lies inside its paragraph's span.

    >>> from newsparse.model import Paragraph, Span
    >>> t = 'Gallant told Blinken: "We will go on." The plan, she said, was "a serious risk to everyone."'
    >>> p = Paragraph(text=t, kind="paragraph", span=Span(0, len(t)), text_span=Span(0, len(t)))
    >>> [(q.text, q.kind, q.speaker.text, q.verb, q.addressee and q.addressee.text) for q in find_quotes(t, (p,))]
    [('We will go on.', 'direct', 'Gallant', 'told', 'Blinken'), ('a serious risk to everyone.', 'partial', 'she', 'said', None)]
    """
    segs = _segments(text, paragraphs)
    if not segs:
        return ()
    people = build_people(text, [(s.start, s.end) for s in segs])
    results: List[Optional[Tuple[_Attr, int, str]]] = []  # (attribution, continues, kind) per segment
    gap_cache: Dict[Tuple[int, int], List[_Tok]] = {}

    def gap(a: int, b: int) -> List[_Tok]:
        key = (a, b)
        got = gap_cache.get(key)
        if got is None:
            got = _tokenize(text, a, b)
            gap_cache[key] = got
        return got

    last_in_para: Dict[int, int] = {}
    for i, seg in enumerate(segs):
        para = paragraphs[seg.para]
        pa, pb = para.text_span.start, para.text_span.end
        prev_i = i - 1 if i > 0 and segs[i - 1].para == seg.para else -1
        next_i = i + 1 if i + 1 < len(segs) and segs[i + 1].para == seg.para else -1
        left = segs[prev_i].end if prev_i >= 0 else pa
        right = segs[next_i].start if next_i >= 0 else pb
        before = gap(left, seg.start)
        after = gap(seg.end, right) if seg.closed else []
        ia, ib = _inner(text, seg)
        words = text[ia:ib].split()
        direct = _ends_sentence(text, seg.start, pa) or (bool(words) and words[0][:1].isupper() and before
                                                          and before[-1].low == "," and _cue_before(before))
        kind = "direct" if direct else "partial"
        attr: Optional[_Attr] = None
        cont = -1
        prev_res = results[prev_i] if prev_i >= 0 else None
        sent_lo = _sentence_start(before, len(before))
        if seg.prev_run >= 0:
            cont = seg.prev_run
        elif prev_res is not None and _continues(before, prev_res[0], sent_lo):
            cont = prev_i
        if cont < 0:
            attr = _after(after) if after else None
            if attr is None:
                attr = _before(before, sent_lo)
            if attr is None and prev_res is not None and prev_res[0].speaker is not None and direct:
                if not any(_cue_at(before, k) for k in range(len(before))):
                    cont = prev_i
            if attr is None and cont < 0 and direct:
                attr = _previous_sentence(before, sent_lo)
            if attr is None and cont < 0 and direct and prev_i < 0 and not before:
                cont = _floating(segs, results, paragraphs, text, gap, seg.para, last_in_para)
                if cont < 0:
                    attr = _colon_lead(text, paragraphs, seg.para, gap)
        if cont >= 0:
            parent = results[cont]
            if parent is not None:
                attr = parent[0]
                if seg.prev_run >= 0 or not direct:
                    kind = parent[2]
            elif seg.prev_run >= 0:
                # an open run attributed later: “… / “…,” X said.
                attr = _after(after) if after else None
            if attr is None:
                cont = -1
        if attr is None:
            attr = _Attr(None, None)
        results.append((attr, cont, kind))
        last_in_para[seg.para] = i
        # a run attributed only at its end lends the speaker back to its first runs
        if seg.prev_run >= 0 and attr.speaker is not None:
            j = seg.prev_run
            while j >= 0 and results[j] is not None and results[j][0].speaker is None:  # type: ignore[index]
                r = results[j]
                assert r is not None
                results[j] = (attr, r[1], r[2])
                j = segs[j].prev_run

    # keep the quotations someone said; renumber the links
    out: List[Quote] = []
    new_index: Dict[int, int] = {}
    for i, seg in enumerate(segs):
        res = results[i]
        assert res is not None
        attr, cont, kind = res
        ia, ib = _inner(text, seg)
        qtext = text[ia:ib]
        words = qtext.split()
        if attr.speaker is None and cont < 0 and (kind == "partial" or len(words) < _MIN_WORDS):
            continue
        if len(words) < _MIN_WORDS and kind == "partial" and cont < 0:
            continue
        if attr.verb is None and cont < 0 and _title_like(words):
            continue
        if not words:
            continue
        verb_text = text[attr.verb[0] : attr.verb[1]] if attr.verb else None
        q = Quote(
            text=qtext,
            span=Span(seg.start, seg.end),
            kind=kind,
            speaker=_speaker(people, text, attr.speaker),
            verb=verb_text,
            verb_span=Span(*attr.verb) if attr.verb else None,
            addressee=_speaker(people, text, attr.addressee),
            paragraph=seg.para,
            continues=new_index.get(cont) if cont >= 0 else None,
        )
        new_index[i] = len(out)
        out.append(q)
    return tuple(out)


def _cue_before(toks: Sequence[_Tok]) -> bool:
    """True when the tokens end with a cue and a comma: `Sullivan said, “…`."""
    k = len(toks) - 1
    if k < 1 or toks[k].low != ",":
        return False
    return any(_cue_at(toks, j) for j in range(max(0, k - 3), k))


def _continues(before: Sequence[_Tok], prev: _Attr, sent_lo: int) -> bool:
    """True when the text since the previous quotation is its attribution or nothing."""
    if prev.speaker is None:
        return False
    words = [t for t in before if t.word]
    if not words:
        return True
    if prev.verb is not None and before and before[0].start <= prev.verb[0] < before[-1].end:
        # “…,” X said, “…” / “…,” X said. “…”: the gap is the attribution clause only;
        # a cue in a later sentence of the gap starts a new attribution
        k = 0
        while k < len(before) and before[k].start <= prev.verb[0]:
            k += 1
        while k < len(before) and before[k].low not in _SENTENCE_END:
            k += 1
        return not any(_cue_at(before, j) for j in range(k, len(before)))
    return False


def _previous_sentence(before: Sequence[_Tok], sent_lo: int) -> Optional[_Attr]:
    """Attribution from the sentence before the quotation: `…, the official said. “…”`."""
    if sent_lo == 0:
        return None
    lo = _sentence_start(before, sent_lo - 1)
    return _before(before[: sent_lo - 1], lo) or _after_tail(before, lo, sent_lo - 1)


def _after_tail(toks: Sequence[_Tok], lo: int, hi: int) -> Optional[_Attr]:
    """A sentence that ends `…, X said.`: the cue's subject."""
    if hi - lo < 2:
        return None
    c = hi - 1
    n = _cue_at(toks, c)
    if not n:
        return None
    b = _skip_between(toks, c, lo)
    s = _np_left(toks, b, lo)
    if s < b:
        return _Attr(_span(toks, s, b), _span(toks, c, c + n))
    return None


def _floating(
    segs: Sequence[_Seg],
    results: Sequence[Optional[Tuple[_Attr, int, str]]],
    paragraphs: Sequence[Paragraph],
    text: str,
    gap: object,
    para: int,
    last_in_para: Dict[int, int],
) -> int:
    """The quotation of the previous paragraph that a paragraph opening on a quote continues."""
    j = last_in_para.get(para - 1, -1)
    if j < 0:
        return -1
    res = results[j]
    if res is None or res[0].speaker is None:
        return -1
    # only when the previous paragraph ends with that quotation's sentence
    p = paragraphs[para - 1]
    tail = text[segs[j].end : p.text_span.end]
    if _SENTENCE_SPLIT.search(tail):
        return -1
    return j


_SENTENCE_SPLIT = regex.compile(r"[.!?][\"'”’)\]]*\s+[\"'“‘(\[]*\p{Lu}")


def _colon_lead(text: str, paragraphs: Sequence[Paragraph], para: int, gap: object) -> Optional[_Attr]:
    """A previous paragraph that ends `X said:` introduces the quotation of this one."""
    if para == 0:
        return None
    p = paragraphs[para - 1]
    a, b = p.text_span.start, p.text_span.end
    if b <= a or text[b - 1] != ":":
        return None
    toks = _tokenize(text, max(a, b - 300), b - 1)
    lo = _sentence_start(toks, len(toks))
    return _before(toks, lo) or _after_tail(toks, lo, len(toks))


def attribute(draft: Draft) -> Draft:
    """Pipeline stage: fill ``article.quotes`` from the body paragraphs."""
    quotes = find_quotes(draft.text, draft.article.paragraphs)
    return attrs.evolve(draft, article=attrs.evolve(draft.article, quotes=quotes))
