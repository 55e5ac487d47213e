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
3. Each quotation is attributed from the text around it, in this order: the
   clause right after it (“…,” X said), the quotation it continues (“…,” X
   said. “…”), the sentence it stands in (X told Y: “…”; X said in a statement
   that … “…”; according to X), the previous sentence, and the quotation or
   the "X said:" that ends the previous paragraph.
4. :mod:`newsparse.speakers` maps the mention to a canonical name.

Cue words are found with one compiled pattern; words are split into tokens
only in the few dozen characters around a cue, so the pass stays linear and
cheap. Short fragments and title-like strings that nobody is said to have said
(scare quotes, titles of works, nicknames) are not reported.

>>> from newsparse.model import Paragraph, Span
>>> text = "“We will rebuild,” Mayor Ana Ruiz said. “It starts today.”"
>>> para = Paragraph(text=text, kind="paragraph", span=Span(0, len(text)), text_span=Span(0, len(text)))
>>> for q in find_quotes(text, (para,)):
...     print(q.text, q.kind, q.speaker.name, q.verb, q.continues, sep=" | ")
We will rebuild, | direct | Ana Ruiz | said | None
It starts today. | direct | Ana Ruiz | said | 0
"""

from __future__ import annotations

import re
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

import attrs
import regex

from ._draft import Draft
from ._lexicon import speech as slex
from ._lexicon import titles as tlex
from ._lexicon.given_names import GIVEN_NAMES
from .model import Paragraph, Quote, Span, Speaker
from .speakers import People, build_people, proper_word, resolve

__all__ = ["attribute", "find_quotes", "pair_marks"]

# cue words, and the phrases each first word may open ("according" → "according to")
_CUE_FIRST = frozenset(slex.SPEECH_FORMS) | {p[0] for p in slex.PHRASE_CUES} | {"According"}
_CUE_PHRASES: Dict[str, Tuple[str, ...]] = {}
for _p in sorted((" ".join(p) for p in slex.PHRASE_CUES), key=len, reverse=True):
    _CUE_PHRASES[_p.split()[0]] = (*_CUE_PHRASES.get(_p.split()[0], ()), _p)
_CUE_PHRASES["According"] = ("According to",)
# the phrase cues by their first word, in the lexicon's order; every lower-case first word of a cue
_PHRASES_BY_FIRST: Dict[str, Tuple[Tuple[str, ...], ...]] = {}
for _t in slex.PHRASE_CUES:
    _PHRASES_BY_FIRST[_t[0]] = (*_PHRASES_BY_FIRST.get(_t[0], ()), _t)
_CUE_LOW = frozenset(slex.SPEECH_FORMS) | frozenset(_PHRASES_BY_FIRST)
# the words of a chunk, split at spaces and at the punctuation around words, to look for cues;
# ``re`` because its ``\s`` is exactly ``str.isspace``
_chunk_words = re.compile(r"[^\s,.;:!?\"“”‘’()\[\]{}—–―…]+").findall

_PATTERNS = {
    # a word (letters or digits, with inner apostrophes, dots, hyphens) or one other non-space character
    "token": regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*|[^\s\p{L}\p{N}]"),
    # elisions that open with an apostrophe: 'em, 'til, 'cause, 'n', 'tis, 'twas, 'bout, 'round
    "elision": regex.compile(r"(?:em|til|cause|n|tis|twas|bout|round|nother|kay|cos|coz)\b", regex.I),
    # a sentence end: terminal punctuation, closing marks, space, then a capital or an opening mark
    "sentence_end": regex.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[\p{Lu}\p{N}])"),
    # a cue noun after a possessive name: "Trump’s claim", "Miller's statement"
    "possessive_cue": regex.compile(
        r"(?P<who>[\p{Lu}][\p{L}\p{M}'’.\-]*)(?:'s|’s|') (?P<cue>\L<nouns>)\b", nouns=sorted(slex.CUE_NOUNS)
    ),
    # a sentence-final mark
    "full_stop": regex.compile(r"[.!?]"),
    # a clause of its own inside a sentence: ", although Stephen King …", ", but she …"
    "clause_open": regex.compile(
        r",[ ](?:although|though|while|whereas|but|as|because|since|when)[ ](?=\p{Lu}|(?:he|she|they|we|I)\b)"
    ),
    # a transcript speaker that opens a quotation: "WALLACE: …", "MIKE PENCE: …"
    "transcript": regex.compile(
        r"[\p{Lu}][\p{Lu}.'’\-]+(?=:\s)|[\p{Lu}][\p{Lu}.'’\-]+ [\p{Lu}][\p{Lu}.'’\-]+(?=:\s)"
    ),
}
_MARK_CHARS = "\"'“”‘’«»„‚‹›"  # the characters of the "mark" pattern
_tokens = _PATTERNS["token"].findall
_elision = _PATTERNS["elision"].match
_sentence_ends = _PATTERNS["sentence_end"].finditer
_sentence_end_at = _PATTERNS["sentence_end"].match
_transcript = _PATTERNS["transcript"].match
_possessive_cues = _PATTERNS["possessive_cue"].finditer
_full_stop = _PATTERNS["full_stop"].search
_clause_opens = _PATTERNS["clause_open"].finditer

_OPEN_MARKS = frozenset("\"'“‘«„‚‹")
_DOUBLE = frozenset("\"“”„«»")
_OPENERS = frozenset("“„«‹‘‚")
# an opening mark that closes what another opened: German „…“ and »…«, Swiss ›…‹, ‚…‘
_REVERSED_PAIRS = frozenset({("„", "“"), ("»", "«"), ("›", "‹"), ("‚", "‘")})
_CLOSERS = frozenset("”»›’")
# characters after which a mark opens: space, brackets, dashes, an opening mark
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–―-/“‘«„‚‹…")
# characters before which a mark closes: space, punctuation, brackets, another mark
_CLOSE_AFTER = frozenset(" \t\n\r\u00a0.,;:!?)]}—–―-/\"'“”‘’«»„‚‹›…")
_SENTENCE_END = frozenset(".!?")
_DASHES = frozenset("—―–-")
_CLAUSE = frozenset(
    {
        "that", "which", "who", "whom", "whose", "when", "while", "because", "if", "whether", "although",
        "though", "since",
    }
)
_PREPOSITIONS = frozenset(
    {
        "in", "on", "at", "during", "for", "with", "to", "from", "by", "about", "into", "over", "under",
        "after", "before", "through", "via", "per", "of", "against",
    }
)
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    }
)
# words that take "of" into a speaker phrase: "one of the officials", "52 percent of voters"
_PARTITIVES = frozenset(
    {"one", "some", "many", "each", "all", "none", "most", "several", "percent", "%", "half", "majority"}
    | {"third", "quarter", "plurality", "dozens", "hundreds", "thousands", "millions", "number", "group"}
)
_COLON_CLAUSE_OPENERS = frozenset({"and", "but", "so", "that", "then", "yet"})  # "…, but she put it this way:"
# cues whose active voice puts the object before "to": "X likened Y to …"; "likened to" is passive
_OBJECT_FIRST = frozenset({"compared", "likened", "compares", "likens"})
# what may stand before the "to" of a view: "because to her, “…”"
# ("as to X" is "regarding X", no view)
_VIEW_BEFORE = frozenset({"because", "and", "but", "yet", "so", "for", "that", "while", "although", "though"})
# what may follow "went on" as a cue: a colon or comma before the quotation, or the quotation
_AFTER_WENT_ON = frozenset({":", ",", "“", '"', "‘", "«", "„"})
#: "ruled" as a cue: "ruled that …", "ruled: “…”"
_ruled_that = regex.compile(r"\s*(?:that\b|[:,])").match
#: "went after X as “…”": an "as" before the first quotation mark (read within _AS_REACH)
_as_before_quote = regex.compile(r"[^\"“”‘’«»„.!?]*?\bas\b").match
_AS_REACH = 60
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_PER_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})  # "per the bylaws"
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})
_SMALL = frozenset(
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
        "the", "to", "with", "vs", "vs.", "de", "la", "du",
    }
)
_ABBREVIATIONS = frozenset(
    {
        "jr.", "sr.", "st.", "no.", "inc.", "co.", "corp.", "ltd.", "vs.", "etc.", "sept.", "aug.", "oct.",
        "nov.", "dec.", "jan.", "feb.",
    }
)
_TITLE_WORDS = 9  # a title-case quotation longer than this is a sentence, not a title
_MIN_WORDS = 3  # a fragment shorter than this is a scare quote unless someone is said to have said it
_AFTER_REACH = 120  # characters read after a quotation for its attribution
_APPOSITION_REACH = 400  # … when the speaker carries a long apposition ("X, the …, said")
_SENTENCE_REACH = 600  # characters read back for the start of a sentence
_BACKWARD_TRIES = 8  # sentence-final marks tried one by one from the quotation back, before one pass over them all
_CUE_REACH = 90  # characters read before a cue for its subject
_RIGHT_REACH = 80  # … and after "told" or "according to" for the person named
# "It's the calm ones who say": a subject that stands for what follows
_EXPLETIVES = frozenset({"it's", "it’s", "there's", "there’s", "that's", "that’s", "here's", "here’s"})
_NEGATIONS = frozenset(
    {"not", "n't", "never", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t"}
    | {"wouldn't", "wouldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "can't", "can’t"}
    | {"couldn't", "couldn’t", "wasn't", "wasn’t", "weren't", "weren’t"}
)
_BE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_SUBJECT_REACH = 160  # characters read at a sentence start for its subject
_ADVERBIAL_WORDS = 16  # tokens an opening adverbial may take before its comma
# words before an -ing cue that leave its subject to the sentence: "for saying", "despite admitting"
_GERUND_AFTER = frozenset(
    {"for", "by", "after", "before", "despite", "without", "while", "when", "since", "upon", "in", "about"}
)
# words that open an adverbial before the subject: a cue inside it is not the sentence's cue
_LEAD_WORDS = frozenset(
    {
        "in", "on", "at", "during", "after", "before", "following", "amid", "despite", "since", "when",
        "while", "once", "if", "although", "though", "because", "until", "with", "without", "upon",
    }
)


class _Seg(NamedTuple):
    """One quotation found by the mark pass."""

    start: int  # the opening mark
    end: int  # after the closing mark (or the unit end for an open run)
    para: int  # index of the paragraph
    unit: int  # index of the unit (a paragraph, or one line of a paragraph of lines)
    closed: bool
    prev_run: int  # index of the run this one continues, or -1


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


_NONE = _Attr(None, None)


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
    return _ends_sentence(text, pos, floor) or _cue_comma(text, floor, pos)


def _units(text: str, paragraphs: Sequence[Paragraph]) -> List[Tuple[int, int, int]]:
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


def _segments(text: str, units: Sequence[Tuple[int, int, int]]) -> List[_Seg]:
    """The quotations of every unit, with multi-paragraph runs linked."""
    segs: List[_Seg] = []
    pending_open = -1  # index of an open run waiting for the next unit
    pending_inner: List[_Seg] = []
    lo = units[0][1] if units else 0
    hi = units[-1][2] if units else 0
    marks = _mark_positions(text, lo, hi)
    k = 0
    for ui, (pi, a, b) in enumerate(units):
        while k < len(marks) and marks[k] < a:
            k += 1
        j = k
        while j < len(marks) and marks[j] < b:
            j += 1
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
                    pending_inner.append(_Seg(s, e, pi, ui, True, -1))
                continue
            prev_run = len(segs) - 1 if continues and s == a else -1
            if st == "open":
                while e > s + 1 and text[e - 1].isspace():
                    e -= 1
                pending_open = len(segs)
            segs.append(_Seg(s, e, pi, ui, st == "closed", prev_run))
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


# ------------------------------------------------------------------- cues --
def _find_cues(text: str, lo: int, hi: int) -> List[Tuple[int, int]]:
    """The spans of the speech cues in ``text[lo:hi]``, in order.

    The words of the chunk are matched against the cue set first, so a chunk
    without a cue costs one split.

    >>> t = "Sullivan said, according to aides, that Blinken told him."
    >>> [t[a:b] for a, b in _find_cues(t, 0, len(t))]
    ['said', 'according to', 'told']
    """
    found = _CUE_FIRST.intersection(_chunk_words(text, lo, hi))
    if not found:
        return []
    chunk = text[lo:hi]
    out: List[Tuple[int, int]] = []
    for w in found:
        i = chunk.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not (chunk[i - 1].isalnum() or chunk[i - 1] in "'’-")) and (
                j == len(chunk) or not (chunk[j].isalnum() or chunk[j] == "-")
            ):
                end = j if w in slex.SPEECH_FORMS else -1
                for phrase in _CUE_PHRASES.get(w, ()):
                    k = i + len(phrase)
                    if chunk.startswith(phrase, i) and (k == len(chunk) or not chunk[k].isalnum()):
                        end = k
                        break
                if end > 0:
                    out.append((lo + i, lo + end))
            i = chunk.find(w, j)
    out.sort()
    return out


# ----------------------------------------------------------------- tokens --
def _abbrev(low: str) -> bool:
    """True when the dot of *low* does not end a sentence ("u.s.", "sen.", "j.", "d-mo.").

    >>> _abbrev("u.s."), _abbrev("gen."), _abbrev("r-tenn."), _abbrev("said.")
    (True, True, True, False)
    """
    if len(low) <= 2 or "." in low[:-1] or ("-" in low and len(low) <= 8):
        return True
    return low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in _ABBREVIATIONS


def _tokenize(text: str, start: int, end: int, stop_at_end: bool = False) -> List[_Tok]:
    """Words and punctuation of ``text[start:end]``; a sentence-final dot is its own token.

    With *stop_at_end*, reading stops after the first sentence end.

    >>> [t.low for t in _tokenize("Sen. Ann Roe (D-Mo.) said.", 0, 26)]
    ['sen.', 'ann', 'roe', '(', 'd-mo.', ')', 'said', '.']
    """
    out: List[_Tok] = []
    add = out.append
    new = tuple.__new__
    find = text.find
    s = start
    # tokens tile the non-space characters, so each is found from the end of the last one
    for w in _tokens(text, start, end):
        s = find(w, s)
        c0 = w[0]
        if not c0.isalnum():
            add(new(_Tok, (s, s + 1, w, False, False)))
            s += 1
            if stop_at_end and w in _SENTENCE_END:
                break
            continue
        after = s + len(w)
        last = w[-1]
        if last in "-'’":
            while len(w) > 1 and w[-1] in "-'’" and not (w[-1] in "'’" and w[-2] in "sS"):
                w = w[:-1]
            last = w[-1]
        low = w.lower()
        e = s + len(w)
        if last == "." and not _abbrev(low):
            add(new(_Tok, (s, e - 1, low[:-1], c0.isupper(), True)))
            add(new(_Tok, (e - 1, e, ".", False, False)))
            if stop_at_end:
                break
        else:
            add(new(_Tok, (s, e, low, c0.isupper(), True)))
        s = after
    return out


def _cue_len(toks: Sequence[_Tok], k: int) -> int:
    """How many tokens the speech cue starting at ``toks[k]`` covers (0 if none)."""
    t = toks[k]
    low = t.low
    if low not in _CUE_LOW or not t.word or (t.cap and low != "according"):
        return 0
    for phrase in _PHRASES_BY_FIRST.get(low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + j].low == phrase[j] for j in range(1, n)):
            return n
    return 1 if low in slex.SPEECH_FORMS else 0


def _span(toks: Sequence[_Tok], a: int, b: int) -> Tuple[int, int]:
    return (toks[a].start, toks[b - 1].end)


def _opener(t: _Tok) -> bool:
    """True for a word that may open a speaker phrase: a name, a determiner, a pronoun."""
    return t.word and (t.cap or t.low in slex.SPEAKER_OPENERS or _base(t.low) in tlex.PRONOUNS)


def _base(low: str) -> str:
    """*low* without a possessive ending."""
    if low.endswith("'s") or low.endswith("’s"):
        return low[:-2]
    return low


# ---------------------------------------------------------------- phrases --
def _np_right(toks: Sequence[_Tok], k: int, limit: int) -> int:
    """End (exclusive) of the speaker or addressee phrase starting at ``toks[k]``.

    A phrase that opens on a name takes lower-case words only when they are
    roles ("State Department spokesperson Matthew Miller"); one that opens on a
    determiner takes a few ("the US national security adviser").
    """
    if toks[k].low in tlex.PRONOUNS:
        return k + 1  # "they", "he": never "they turned"
    j = k
    lower_run = 0
    named = toks[k].cap
    while j < limit and j - k < 10:
        t = toks[j]
        if t.word:
            if t.cap:
                lower_run = 0
            elif _past_verb(toks, j, k, limit):
                break  # "several groups granted Mr. Roe …": a verb ends the phrase
            elif t.low in ("of", "and", "&") and j > k:
                joined = j + 1 < limit and toks[j + 1].cap  # "Secretary of State", "Affairs and Defense"
                if not joined and toks[j - 1].low not in _PARTITIVES:
                    break
            elif (
                t.low in slex.PHRASE_STOPS
                or t.low in slex.SPEECH_FORMS
                or (named and t.low not in tlex.TITLE_WORDS and t.low not in tlex.SPECIFIC_ROLES)
            ):
                break
            else:
                lower_run += 1
                if lower_run > 4:
                    break
        elif t.low == "/" and j > k and j + 1 < limit and toks[j - 1].low.isdigit() and toks[j + 1].low.isdigit():
            j += 2  # "9/11 widow Jane Roe"
            continue
        elif t.low == "(" and j > k:
            # "(R-Tenn.)" after a name belongs to it
            close = j + 1
            while close < limit and close - j < 8 and toks[close].low != ")":
                close += 1
            if close < limit and toks[close].low == ")":
                j = close + 1
                continue
            break
        else:
            break
        j += 1
    return j


def _past_verb(toks: Sequence[_Tok], j: int, k: int, limit: int) -> bool:
    """True when the lower-case ``toks[j]`` of a phrase opened at ``toks[k]`` is a verb: it
    follows a word that is no adverb, and an article follows it, or it ends in -ed and a
    name or a determiner follows it.

    "the newly elected Mayor Roe" keeps "elected"; "three groups granted Mr. Roe" stops there.
    """
    low = toks[j].low
    if j < k + 2 or low in tlex.TITLE_WORDS or low in tlex.SPECIFIC_ROLES or toks[j - 1].low.endswith("ly"):
        return False
    nxt = toks[j + 1] if j + 1 < limit else None
    if nxt is None or not nxt.word:
        return False
    if nxt.low in ("a", "an", "the"):
        return True  # "two groups gave the firm": any verb before an article
    return low.endswith("ed") and (nxt.cap or nxt.low in _DETERMINERS)


def _np_left(toks: Sequence[_Tok], k: int, floor: int) -> int:
    """Start of the speaker phrase that ends just before ``toks[k]`` (``k`` if none)."""
    j = k
    while j > floor and k - j < 9:
        t = toks[j - 1]
        if t.word:
            if t.low in slex.PHRASE_STOPS and not (t.low in ("of", "and") and j < k and toks[j].cap):
                if t.low == "of" and j - 2 >= floor and toks[j - 2].low in _PARTITIVES:
                    j -= 1
                    continue
                break
            if t.low in slex.SPEECH_FORMS and not t.cap:
                break
        elif t.low == ")":
            o = j - 2
            while o > floor and j - o < 8 and toks[o].low != "(":
                o -= 1
            if o >= floor and toks[o].low == "(":
                j = o
                continue
            break
        else:
            break
        j -= 1
    # a phrase opens on a name, a determiner or a pronoun, not on a stray lower-case word
    while j < k and not _opener(toks[j]):
        j += 1
    return j


def _named_soon(toks: Sequence[_Tok], k: int, limit: int) -> bool:
    """True for a lower-case role right before a name: "said trader Benedikt Ahlgren"."""
    j = k
    while j < limit and j - k < 5 and (toks[j].word or toks[j].low == "/") and not toks[j].cap:
        if toks[j].low in slex.PHRASE_STOPS:
            return False
        j += 1
    return j < limit and toks[j].cap


def _skip_between(toks: Sequence[_Tok], k: int, floor: int) -> int:
    """Move left from the cue at ``toks[k]`` over "also", "has", "went on to", "last week"…"""
    j = k
    while j > floor and toks[j - 1].word and (
        (toks[j - 1].low in slex.BETWEEN_SUBJECT_AND_CUE and not toks[j - 1].cap)  # "Long said": a name
        or toks[j - 1].low in slex.TIME_WORDS
        or (toks[j - 1].low.endswith("ly") and not toks[j - 1].cap and len(toks[j - 1].low) > 4)
    ):
        j -= 1
    return j


def _subject_at_start(text: str, toks: Sequence[_Tok], lo: int, hi: int) -> Optional[Tuple[int, int]]:
    """The subject that opens the sentence ``toks[lo:hi]``: "Blinken reiterated … and stressed".

    A dateline or a heading in capitals before a dash ("WASHINGTON --") and an
    opening adverbial ("In an August speech, ") are skipped.
    """
    k = lo
    while k < hi and not toks[k].word:
        if toks[k].low in _OPEN_MARKS:
            return None  # a sentence that opens on a quotation or a title in marks
        k += 1
    j = k
    while j < hi and j - k < 6 and toks[j].word and text[toks[j].start : toks[j].end].isupper():
        j += 1
    if k < j < hi and toks[j].low in _DASHES:
        k = j
        while k < hi and not toks[k].word:
            k += 1
    opener = toks[k] if k < hi else None
    if (
        opener
        and (not opener.cap or opener.low in tlex.NOT_NAMES or opener.low in _LEAD_WORDS)
        and _base(opener.low) not in tlex.PRONOUNS
    ):
        for c in range(k, min(hi, k + _ADVERBIAL_WORDS)):
            if toks[c].low == ",":
                k = c + 1
                break
        else:
            if opener.low in _LEAD_WORDS:
                return None  # "In a long talk in Boston" with no comma in reach: no subject to tell
    if k >= hi or not _opener(toks[k]) or toks[k].low in _EXPLETIVES:
        return None
    e = _np_right(toks, k, hi)
    return (k, e) if e > k else None


def _addressee(toks: Sequence[_Tok], c: int, n: int) -> Optional[Tuple[int, int]]:
    """The person spoken to after "told", "asked", "warned"…, if named."""
    k = c + n
    if toks[c].low not in slex.ADDRESSEE_VERBS or k >= len(toks) or not toks[k].word:
        return None
    if not _opener(toks[k]):
        # "told reporters", "told islanders": one plain noun
        if toks[k].low in slex.PHRASE_STOPS or toks[k].low in _DETERMINERS or _cue_len(toks, k):
            return None
        return _span(toks, k, k + 1)
    e = _np_right(toks, k, len(toks))
    return _span(toks, k, e) if e > k else None


# ------------------------------------------------------------ attribution --
def _after(text: str, a: int, b: int, ends_sentence: bool) -> Optional[_Attr]:
    """Attribution in the clause right after a quotation: `,” X said` / `,” said X` / `” ― X`.

    A quotation that ends its sentence with a full stop takes only a dash cue:
    the words after it start a new sentence.
    """
    stop = min(b, a + _AFTER_REACH)
    if ends_sentence and not _dash_lead(text, a, stop):
        return None  # only a dash cue could follow: none is there
    dash = not _DASHES.isdisjoint(text[a : a + 4])
    # “…,” per the party's bylaws: the Latin "per" after the comma of a quotation is "according to"
    per = text.startswith(" per ", a + (text[a : a + 1] == ",")) and text[a - 2 : a + 1].find(",") >= 0
    if not (dash or per or (b > stop and "," in text[a:stop])) and not _find_cues(text, a, stop):
        head = _chunk_words(text[a : min(stop, a + 60)])[:4]
        if not head or (head[0] not in slex.INVERTED_CUES and slex.AFTER_CUES.isdisjoint(head)):
            return None  # no cue and no dash: no attribution here
    toks = _tokenize(text, a, stop, stop_at_end=True)
    k = 0
    while k < len(toks) and toks[k].low in (",", ";", "’", "'", "”", '"'):
        k += 1
    if k + 1 < len(toks) and toks[k].low in _DASHES and toks[k + 1].cap:
        e = _np_right(toks, k + 1, len(toks))
        return _Attr(_span(toks, k + 1, e), _span(toks, k, k + 1))
    if ends_sentence:
        return None
    if k < len(toks) and toks[k].low == "as":
        k += 1  # “…,” as the memo put it
    if per and k + 1 < len(toks) and toks[k].low == "per" and (toks[k + 1].cap or toks[k + 1].low in _PER_OPENERS):
        e = _np_right(toks, k + 1, len(toks))
        return _Attr(_span(toks, k + 1, e), _span(toks, k, k + 1))
    first = k
    limit = len(toks)
    for j in range(first, len(toks)):
        # marks before *b* open no quotation (a nickname, a stray mark): only a sentence end or a colon stops
        if toks[j].low in _SENTENCE_END or toks[j].low == ":":
            limit = j
            break
    for c in range(first, min(limit, first + 12)):
        n = _cue_len(toks, c)
        if not n and c == first and toks[c].low in slex.INVERTED_CUES and c + 1 < limit and toks[c + 1].cap:
            n = 1  # “…,” notes Jones: a form left out as mostly a noun is a verb before the name
        if not n and c > first and not toks[c].cap and toks[c].low in slex.AFTER_CUES and _subject_end(toks[c - 1]):
            n = 1  # “…,” she shared with The List (not “…” mutually shared by)
        if not n:
            continue
        if c > first and toks[c - 1].low in ("who", "which"):
            continue  # “…,” Ann Roe, a resident who tweeted about it, said: the apposition's own verb
        verb = _span(toks, c, c + n)
        if c == first:  # “…,” said Jane Roe, … (not “…,” comparing him to …)
            participle = toks[c].low.endswith("ing") and n == 1
            if participle or (c + n < limit and toks[c + n].low in _OBJECT_PRONOUNS):
                return None
            if c + n < limit and (_opener(toks[c + n]) or _named_soon(toks, c + n, limit)):
                e = _np_right(toks, c + n, limit)
                if e > c + n:
                    return _Attr(_span(toks, c + n, e), verb)
            return None
        if toks[c - 1].low == ",":  # “…,” Jane Roe, a spokeswoman, said
            comma = next(x for x in range(first, c) if toks[x].low == ",")
            subj = _lead_phrase(toks, first, comma)
            return _Attr(subj, verb, _addressee(toks, c, n)) if subj else None
        s = _skip_between(toks, c, first)
        if _past(toks[c].low) and any(t.low in _BE for t in toks[s:c]):
            return None  # “…,” reporters were told: the subject of a passive cue was spoken to
        commas = [x for x in range(first, s) if toks[x].low == ","]
        lo = commas[-1] + 1 if commas else first  # “…” is held accountable, Warren said
        if s == lo or s - lo > 10 or any(t.low in _CLAUSE or t.low in _SENTENCE_END for t in toks[lo:s]):
            return None
        if s == lo + 1 and lo == first and _bare_noun(toks[lo]):
            return _Attr(_span(toks, lo, s), verb, _addressee(toks, c, n))  # “…,” investigators said
        if not _opener(toks[lo]):
            # "lead researcher and NASA scientist Ann Roe said"; not “…” sponsored by NBC and said
            cap = next((x for x in range(lo, s) if toks[x].cap), s)
            if cap == s or any(toks[x].low in _PREPOSITIONS for x in range(lo, cap)):
                return None
        if toks[s - 1].low in ("and", "or"):
            return None
        if toks[lo].low in slex.PHRASE_STOPS and not toks[lo].cap:
            return None  # “…” to Ukraine and replacing it with … calling for: a preposition opens no speaker
        return _Attr(_span(toks, lo, s), verb, _addressee(toks, c, n))
    # “…,” Jane Roe, the long description of who she is, said.
    if limit - first > 2 and _opener(toks[first]) and any(t.low == "," for t in toks[first:limit]):
        if b > a + _AFTER_REACH and toks[-1].low not in _SENTENCE_END:
            wide = _tokenize(text, a, min(b, a + _APPOSITION_REACH), stop_at_end=True)
            comma = next((x for x in range(first, len(wide)) if wide[x].low == ","), -1)
            return _cue_after_apposition(wide, first, comma, len(wide), stop_at_sentence=True)
        comma = next(x for x in range(first, limit) if toks[x].low == ",")
        return _cue_after_apposition(toks, first, comma, limit, stop_at_sentence=False)
    return None


def _dash_lead(text: str, a: int, stop: int) -> bool:
    """True when ``text[a:stop]`` may open, after closing marks and commas, on a dash and a
    capital: `” ― Jane Roe`. A cheap test of the characters that never says False when the
    tokens of :func:`_after` would show a dash cue (their spaces are all ``str.isspace``).

    >>> _dash_lead("” ― Jane Roe", 0, 12), _dash_lead(". She said", 0, 10)
    (True, False)
    """
    k = a
    while k < stop and (text[k] in ",;’'”\"" or text[k].isspace()):
        k += 1
    if k >= stop or text[k] not in _DASHES:
        return False
    k += 1
    while k < stop and text[k].isspace():
        k += 1
    return k < stop and text[k].isupper()


def _cue_after_apposition(
    toks: Sequence[_Tok], first: int, comma: int, limit: int, *, stop_at_sentence: bool
) -> Optional[_Attr]:
    """The first cue after *comma* that follows a comma, with the speaker phrase from *first* to *comma*.

    “…,” Jane Roe, the long description of who she is, said: the name before
    the first comma speaks. With *stop_at_sentence* the search ends at a
    sentence end.
    """
    for c in range(comma + 1, limit):
        if stop_at_sentence and toks[c].low in _SENTENCE_END:
            return None
        n = _cue_len(toks, c)
        if n and toks[c - 1].low == ",":
            subj = _lead_phrase(toks, first, comma)
            return _Attr(subj, _span(toks, c, c + n), _addressee(toks, c, n)) if subj else None
    return None


def _lead_phrase(toks: Sequence[_Tok], first: int, comma: int) -> Optional[Tuple[int, int]]:
    """The speaker that opens the clause ``toks[first:comma]`` after a quotation:
    all of it when it is one phrase ("Jane Roe"), else a name with its affiliation
    ("Ann Grim of the University of Otago" in "… of Otago in Dunedin")."""
    if comma <= first:
        return None
    if _np_left(toks, comma, first) == first:
        return _span(toks, first, comma)
    if not toks[first].cap or toks[first].low in tlex.NOT_NAMES:
        return None
    e = _np_right(toks, first, comma)
    if e < comma and toks[e].low in _PREPOSITIONS and e > first:
        return _span(toks, first, e)
    return None


def _clause_at(text: str, lo: int, cs: int, ce: int, same: bool = True) -> Tuple[Optional[_Attr], str, bool]:
    """Read the cue ``text[cs:ce]`` of a sentence that starts at *lo*; *same* when the
    quotation stands in that sentence (a negated cue then names no speaker).

    Returns the attribution (or None), the word before its speaker phrase (or
    before the cue when it has none), and whether the speaker phrase stands
    right before the cue (rather than being the subject of the whole sentence).
    """
    a = max(lo, cs - _CUE_REACH)
    if a > lo:
        a = text.find(" ", a, cs) + 1 or a  # start on a whole word
    toks = _tokenize(text, a, ce)
    c = len(toks) - 1
    while c >= 0 and toks[c].start > cs:
        c -= 1
    if c < 0 or toks[c].start != cs:
        return None, "", False
    if toks[c].low == "according" or toks[c].low in slex.ADDRESSEE_VERBS:
        toks += _tokenize(text, ce, min(len(text), ce + _RIGHT_REACH), stop_at_end=True)
    n = _cue_len(toks, c)
    if not n:
        return None, "", False
    if toks[c].low in _OBJECT_FIRST and ce + 1 < len(text) and text.startswith(" to ", ce):
        return None, "", False  # "Talk compared to “…”": an active "compare" takes its object first
    if n == 2 and toks[c].low == "went" and text[ce : ce + 3].strip()[:1] not in _AFTER_WENT_ON:
        return None, "", False  # "went on to win", "the strike went on for weeks": only "went on: “…”"
    if toks[c].low == "ruled" and not _ruled_that(text[ce : ce + 8]):
        return None, "", False  # "he ruled the island with “…”": a ruling is read from "ruled that"
    verb = _span(toks, c, c + n)
    # the right edge of the phrase after the cue: the quotation, the sentence end
    hi = len(toks)
    for x in range(c + n, len(toks)):
        if toks[x].low in _SENTENCE_END or toks[x].low in ('"', "“", "”", "‘", "’", "'", ":", ";"):
            hi = x
            break
    if n == 2 and toks[c + 1].low == "after" and not _as_before_quote(text[ce : ce + _AS_REACH]):
        return None, "", False  # "police went after the “ringleaders”": an attack in words names it "as …"
    if toks[c].low == "according":
        e = _np_right(toks, c + n, hi)
        return (_Attr(_span(toks, c + n, e), verb) if e > c + n else None), "according", True
    floor = 0
    while floor < c and toks[floor].start < lo:
        floor += 1
    b = _skip_between(toks, c, floor)
    if b < c and toks[b].low == "to":
        return None, "", False  # "Asked to describe", "declined to say": an infinitive, not a cue
    ing = toks[c].low.endswith("ing")
    if b == c and b > floor and _gerund(toks[b - 1]):
        return None, "", False  # "taking calls", "making claims": a noun after a gerund, not a cue
    addressee = _addressee(toks[:hi], c, n)
    participle = ing and b > floor and toks[b - 1].low == ","
    s = _np_left(toks, b, floor)
    if not ing and any(toks[x].low in _BE for x in range(b, c)):
        return None, "", False  # "areas that are commonly called “…”": a passive names no speaker
    if same and any(toks[x].low in _NEGATIONS for x in range(b, c)):
        return None, "", False  # "they did not respond to … “…”": nobody said it
    if _idiom(toks, floor, b, c, n):
        return None, "", False  # "That said, …": an idiom, not a cue
    if s < b and all(toks[x].low in _DETERMINERS for x in range(s, b)):
        s = b  # "a call", "the call": a determiner alone is no speaker
    if s < b and not participle:
        before = toks[s - 1].low if s > floor else ""
        if before in _PREPOSITIONS and not ing and not any(t.cap for t in toks[s:b]):
            return None, before, False  # "during the call": a noun, not a speaker
        if not _past(toks[c].low) and any(t.low == "of" for t in toks[s:b]):
            # "a flurry of late-night tweets": the "cue" is a noun after "of"
            # (a past tense is a verb: "52 percent of registered voters agreed")
            o = max(x for x in range(s, b) if toks[x].low == "of")
            if o + 1 < b and not _opener(toks[o + 1]):
                return None, before, False
        if ing and toks[b - 1].low in slex.CUE_NOUNS:
            # "the council issued a statement calling …": the one who issued it
            v = _issuer_verb(toks, s, b)
            if v > s:
                return _Attr(_span(toks, s, v), verb, addressee), before, True
        return _Attr(_span(toks, s, b), verb, addressee), before, True
    before = toks[b - 1].low if b > floor else ""
    if before in ("who", "which", "that") and b - 1 > floor:
        # "the police department, which reported …": the noun the clause hangs on
        k = b - 2 if toks[b - 2].low == "," else b - 1
        while k > floor + 1 and toks[k - 1].low in slex.TIME_WORDS:
            k -= 1  # "a letter from his doctor Friday afternoon that says"
        r = _np_left(toks, k, floor)
        for x in range(k - 1, r, -1):
            if toks[x].low == "and" and toks[x + 1].cap:
                r = x + 1  # "Ann Roe and Lee Park, who joked": the last one named
                break
            if toks[x].low in ("a", "an", "the") and toks[x - 1].word and not toks[x - 1].cap:
                r = x  # "I saw a post that said": the noun phrase, not the clause before it
                break
        if r < k and _clause_inside(toks, r, k):
            r = k  # "Children hung banners that say": a clause, not a noun phrase
        if r < k:
            return _Attr(_span(toks, r, k), verb, addressee), before, True
        if before == "that":
            return None, before, False  # "decals that say “…”": a thing, nobody named
    if before == "," and b - 1 > floor:
        appo = _apposition_subject(toks, b - 1, floor)
        if appo is not None:
            return _Attr(appo, verb, addressee), before, True
    if before == "and" and b - 2 > floor and toks[b - 2].word and not toks[b - 2].cap:
        # "I laughed and said": the subject of the verb before "and"
        r = _np_left(toks, b - 2, floor)
        if r < b - 2 and _base(toks[r].low) in tlex.PRONOUNS and r + 1 == b - 2:
            return _Attr(_span(toks, r, r + 1), verb, addressee), before, True
    gerund = ing and before in _GERUND_AFTER  # "for saying", "despite admitting"
    if before in ("and", "but", ",", "who", "which", "then", "also", "") or participle or gerund:
        subj = _subject_of(text, lo, toks, floor, b)
        if subj is not None:
            return _Attr(subj, verb, addressee), before, participle
        return _Attr(None, verb, addressee), before, False
    return None, before, False


def _apposition_subject(toks: Sequence[_Tok], comma: int, floor: int) -> Optional[Tuple[int, int]]:
    """The subject of `A, B, said` when ``toks[comma]`` is the comma after B: B when only B
    ends on a name ("Apple's chief executive, Tim Cook, called"), else A ("Ann Roe, the
    mayor, said")."""
    r = _np_left(toks, comma, floor)
    if r >= comma or r - 1 <= floor or toks[r - 1].low != ",":
        return None
    q = _np_left(toks, r - 1, floor)
    if q >= r - 1 or (q > floor and toks[q - 1].low in _PREPOSITIONS):
        return None  # "in Dunedin, New Zealand, said": a place, not the speaker
    if toks[comma - 1].cap and not toks[r - 2].cap:
        return _span(toks, r, comma)  # "my friend, the organizer Dan Roe, said": the phrase that ends on a name
    return _span(toks, q, r - 1)


def _clause_inside(toks: Sequence[_Tok], r: int, k: int) -> bool:
    """True when ``toks[r:k]`` holds a lower-case word right after a name that is not a
    role ("Children hung banners"), so it is a clause rather than one noun phrase."""
    for x in range(r + 1, k):
        t, p = toks[x], toks[x - 1]
        if not t.word or t.cap or not p.cap or p.low.endswith(("'s", "’s")):
            continue
        if t.low not in tlex.TITLE_WORDS and t.low not in tlex.SPECIFIC_ROLES and t.low not in ("of", "and"):
            return True
    return False


def _idiom(toks: Sequence[_Tok], floor: int, b: int, c: int, n: int) -> bool:
    """True for "That said," and "This said," opening a clause: no one says anything."""
    if b != c or b <= floor or toks[b - 1].low not in ("that", "this"):
        return False
    if c + n >= len(toks) or toks[c + n].low != ",":
        return False
    return b - 1 == floor or not toks[b - 2].word


def _subject_end(t: _Tok) -> bool:
    """True for a word that may end the subject of a cue: a name, "she", "the report"."""
    return t.cap or t.low in _SUBJECT_PRONOUNS or t.low in tlex.ORG_HEADS or t.low in tlex.UNNAMED_HEADS


def _bare_noun(t: _Tok) -> bool:
    """True for a lower-case word that may speak alone: "police", "investigators", "officials".

    >>> [_bare_noun(t) for t in _tokenize("investigators police quickly during", 0, 35)]
    [True, True, False, False]
    """
    low = t.low
    if not t.word or t.cap or low in slex.PHRASE_STOPS or low in slex.SPEECH_FORMS:
        return False
    return low in tlex.UNNAMED_HEADS or low in tlex.ORG_HEADS or (low.endswith(("ers", "ors", "ists", "ians")))


def _past(low: str) -> bool:
    """True for a past-tense cue, which is never a noun: "agreed", "said", "wrote"."""
    return low.endswith("ed") or low in ("said", "told", "wrote", "sang", "pled")


def _gerund(t: _Tok) -> bool:
    """True for a lower-case -ing word that makes the next word its object: "taking", "making"."""
    return t.word and not t.cap and len(t.low) > 5 and t.low.endswith("ing") and t.low not in _CUE_LOW


def _issuer_verb(toks: Sequence[_Tok], s: int, b: int) -> int:
    """In ``toks[s:b]`` ("the council issued a statement"), where the verb before the
    determiner of the cue noun stands (``s`` if there is none)."""
    d = b - 2
    while d > s + 1 and d > b - 5 and toks[d].low not in _DETERMINERS:
        d -= 1
    v = d - 1
    if d <= s + 1 or toks[d].low not in _DETERMINERS or not toks[v].word or toks[v].cap:
        return s
    return v if toks[v].low not in tlex.TITLE_WORDS else s


def _subject_of(text: str, lo: int, toks: Sequence[_Tok], floor: int, b: int) -> Optional[Tuple[int, int]]:
    """The subject that opens the sentence starting at *lo*, as a span ending before ``toks[b]``.

    *toks* may start after *lo* (a long sentence read near its cue); the opening
    words are then read afresh.
    """
    for m in _clause_opens(text, lo, toks[b].start):
        lo = m.end()  # ", although Stephen King was …, writing": the nearest clause's subject
    if floor < len(toks) and toks[floor].start > lo:
        head = _tokenize(text, lo, min(toks[b].start, lo + _SUBJECT_REACH))
        subj = _subject_at_start(text, head, 0, len(head))
        return _span(head, *subj) if subj is not None else None
    while floor < b and toks[floor].start < lo:
        floor += 1
    subj = _subject_at_start(text, toks, floor, b)
    return _span(toks, *subj) if subj is not None and subj[1] <= b else None


def _sentence(
    text: str, gaps: Sequence[Tuple[int, int]], same: bool = True, taken: int = -1
) -> Optional[_Attr]:
    """Attribution of a quotation from the sentence before it.

    *gaps* are the stretches of the sentence outside quotations, left to right.
    The outermost cue wins ("Flynn said Trump was “…” when he said “…”" goes to
    Flynn); a later verb that shares its subject only changes the verb
    ("Blinken reiterated … and stressed “…”"); a later clause with its own
    subject after "and", "but" or a preposition takes over. A cue inside an
    opening adverbial ("In a message posted Friday, Cruz said …") is skipped, and
    a cue that leads straight into the quotation with a comma or a colon ("When
    Roe noted …, Lee boasted, “…”") wins over the outermost one. The cue at
    *taken*, printed after the quotation before this one and attributing it
    (`“…?” she asked, as Lee went on about “…”`), is that quotation's and yields
    to any other cue.
    """
    first = gaps[0][0]
    inverted = _inverted(text, first, gaps[0][1]) if len(gaps) == 1 else None
    if inverted is not None:
        return inverted
    cues = [c for lo, hi in gaps for c in _find_cues(text, lo, hi)]
    if taken >= 0 and len(cues) > 1:
        cues = [c for c in cues if c[0] != taken]
    if cues:
        lead = _lead_end(text, first, gaps[0][1])
        if lead > first and cues[-1][0] >= lead:
            cues = [c for c in cues if c[0] >= lead]
    best: Optional[_Attr] = None
    last: Optional[_Attr] = None
    last_end = -1
    for cs, ce in cues:
        # a full stop between the cue and the quotation: the cue's sentence is another one
        here = same and _full_stop(text, ce, gaps[-1][1]) is None
        attr, before, own = _clause_at(text, first, cs, ce, here)
        if attr is None:
            continue
        last, last_end = (attr if own else None), ce
        ing = text[cs:ce].endswith("ing")
        if best is None or best.speaker is None:
            if attr.speaker is not None:
                best = attr
            continue
        if own:
            if before in ("and", "but", ";", "of", "with", "by", "from", "according"):
                best = attr
        elif not ing and before in ("and", "but"):
            best = _Attr(best.speaker, attr.verb, attr.addressee or best.addressee)
    if last is not None and last is not best and last.speaker is not None and _leads_in(text, last, last_end, gaps):
        best = last
    if best is None and same:
        return _possessive(text, gaps[-1][0], gaps[-1][1])
    return best


def _leads_in(text: str, attr: _Attr, cue_end: int, gaps: Sequence[Tuple[int, int]]) -> bool:
    """True when the cue ending at *cue_end* (or its addressee) runs into the quotation
    after the last gap with only a comma or a colon: "Lee boasted, “…"."""
    hi = gaps[-1][1]
    if not gaps[-1][0] <= cue_end <= hi:
        return False
    end = max(cue_end, attr.addressee[1] if attr.addressee else 0)
    return text[end:hi].strip() in (",", ":")


def _lead_end(text: str, lo: int, hi: int) -> int:
    """End of an opening adverbial of ``text[lo:hi]`` ("In a message posted Friday,"), else *lo*.

    >>> t = "In a message posted Friday, Cruz said"
    >>> t[:_lead_end(t, 0, len(t))]
    'In a message posted Friday,'
    >>> _lead_end("Cruz said in a message, posted", 0, 30)
    0
    """
    k = lo
    while k < hi and not text[k].isalpha():
        k += 1
    j = k
    while j < hi and text[j].isalpha():
        j += 1
    if text[k:j].casefold() not in _LEAD_WORDS:
        return lo
    comma = text.find(",", j, hi)
    return comma + 1 if comma >= 0 else lo


def _inverted(text: str, lo: int, hi: int) -> Optional[_Attr]:
    """A sentence that opens on its cue, the speaker after it: `Said Ellis: “…”`, `Added Roe, “…”`.

    >>> t = "Said Ann Ellis: "
    >>> a = _inverted(t, 0, len(t))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('Ann Ellis', 'Said')
    """
    k = lo
    while k < hi and text[k] in " \t\"“‘'(":
        k += 1
    if k >= hi or not text[k].isupper():
        return None
    end = text.find(" ", k, hi)
    word = text[k:end].casefold()
    if end < 0 or word not in slex.SPEECH_FORMS or not word.endswith(("ed", "s", "said", "wrote", "told")):
        return None  # "Said", "Added", "Asks"; not "Call Super:" nor "Saying"
    tail = text[end:hi].rstrip()
    if not tail or tail[-1] not in ",:":
        return None
    toks = _tokenize(text, k, end + len(tail))
    if len(toks) < 3 or toks[-1].low not in (",", ":"):
        return None
    if not _opener(toks[1]) and not _named_soon(toks, 1, len(toks) - 1):
        return None  # "Said board chair Ann Roe:" opens on a role
    e = _np_right(toks, 1, len(toks) - 1)
    if e != len(toks) - 1:
        return None
    return _Attr(_span(toks, 1, e), _span(toks, 0, 1))


def _possessive(text: str, lo: int, hi: int) -> Optional[_Attr]:
    """A cue noun after a possessive name: "Trump’s claim that “…”"."""
    if text.find("’", lo, hi) < 0 and text.find("'", lo, hi) < 0:
        return None  # no apostrophe, no possessive
    last = None
    for m in _possessive_cues(text, lo, hi):
        last = m
    if last is None:
        return None
    # the name may have a given name before it: "Donald Trump’s claim"
    s = last.start("who")
    prev = text.rfind(" ", max(lo, s - 30), s - 1)
    if prev >= lo and s > 1 and text[s - 1] == " " and text[prev + 1 : s - 1][:1].isupper():
        word = text[prev + 1 : s - 1]
        if word.casefold() not in tlex.NOT_NAMES:
            s = prev + 1
    return _Attr((s, last.end("who")), last.span("cue"))


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding *pos* starts, not before *lo*.

    The nearest few sentence-final marks are tried one by one from *pos*
    backwards, as the nearest is most often the end of the sentence before;
    past them, one pass of the pattern reads the whole window.

    >>> t = "Mr. Roe spoke. Then U.S. officials said"
    >>> t[_sentence_start(t, 0, len(t)):]
    'Then U.S. officials said'
    """
    floor = max(lo, pos - _SENTENCE_REACH)
    # the nearest full stop, exclamation mark and question mark not yet tried
    dot, bang, ask = text.rfind(".", floor, pos), text.rfind("!", floor, pos), text.rfind("?", floor, pos)
    for _ in range(_BACKWARD_TRIES):
        k = max(dot, bang, ask)
        if k < 0:
            return lo
        m = _sentence_end_at(text, k, pos)
        if m is not None and _ends_here(text, lo, k):
            return m.end()
        if k == dot:
            dot = text.rfind(".", floor, k)
        elif k == bang:
            bang = text.rfind("!", floor, k)
        else:
            ask = text.rfind("?", floor, k)
    # many marks that end nothing ("...", "U.S.", "?!?!"): the last sentence end of the window
    start = lo
    for m in _sentence_ends(text, floor, pos):
        if _ends_here(text, lo, m.start()):
            start = m.end()
    return start


def _ends_here(text: str, lo: int, k: int) -> bool:
    """False for the dot at *k* of an abbreviation ("Mr. Smith", "U.S. President"): it ends nothing."""
    if text[k] != ".":
        return True
    j = k
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return not _abbrev(text[j : k + 1].casefold().lstrip("(\"'“‘"))


def _ends_sentence(text: str, pos: int, floor: int) -> bool:
    """True when the text just before *pos* ends a sentence or leads into a quotation."""
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    if k < floor:
        return True
    c = text[k]
    if c in ":”\"’“!?" or c in _DASHES or c == "'":
        return True
    if c == ".":
        j = k
        while j > floor and not text[j - 1].isspace():
            j -= 1
        return not _abbrev(text[j : k + 1].casefold().lstrip("(\"'“‘"))
    return False


# ------------------------------------------------------------------ main --
def _inner(text: str, seg: _Seg) -> Tuple[int, int]:
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


def _title_like(words: Sequence[str]) -> bool:
    """True for the name of a work, a show or a slogan: "Justice Against Sponsors of Terrorism Act".

    >>> _title_like("Fox News Sunday,".split()), _title_like("Face the Nation.".split())
    (True, True)
    >>> _title_like("We will win".split()), _title_like("Most of them said no".split())
    (False, False)
    """
    caps = 0
    for w in words:
        if w[:1].isupper():
            caps += 1
        elif w.casefold() not in _SMALL:
            return False
    return caps >= 2 and len(words) <= _TITLE_WORDS and caps * 2 >= len(words) - (words[0] == "I")


def _names_a_work(text: str, pos: int) -> bool:
    """True when the words before *pos* introduce a title: "on CBS's “…”", "an episode of “…”".

    >>> t = "said on Fox News’s “Fox and Friends.”"
    >>> _names_a_work(t, t.index("“"))
    True
    """
    word = _word_before(text, pos)
    return word.endswith(("'s", "’s")) or word in ("on", "of", "in", "titled", "entitled", "called", "dubbed")


def _word_before(text: str, pos: int) -> str:
    """The case-folded word before *pos*, past spaces (at most 40 characters are read).

    >>> _word_before("an essay titled “", 16)
    'titled'
    """
    k = pos
    floor = max(0, pos - 40)
    while k > floor and text[k - 1].isspace():
        k -= 1
    j = k
    while j > floor and not text[j - 1].isspace():
        j -= 1
    return text[j:k].casefold()


def _speaker(people: People, text: str, span: Optional[Tuple[int, int]]) -> Optional[Speaker]:
    if span is None:
        return None
    a, b = span
    while b > a and text[b - 1] in ",;:":
        b -= 1
    return resolve(people, text, a, b)


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> Tuple[Quote, ...]:
    """Find and attribute every quotation of the *paragraphs* of *text*.

    Spans are into *text*; each quotation lies inside its paragraph's span.

    >>> from newsparse.model import Paragraph, Span
    >>> t = 'Gallant told Blinken: "We will go on." The plan, she said, was "a serious risk to everyone."'
    >>> p = Paragraph(text=t, kind="paragraph", span=Span(0, len(t)), text_span=Span(0, len(t)))
    >>> for q in find_quotes(t, (p,)):
    ...     print(q.text, q.kind, q.speaker.text, q.verb, q.addressee and q.addressee.text, sep=" | ")
    We will go on. | direct | Gallant | told | Blinken
    a serious risk to everyone. | partial | she | said | None
    """
    units = _units(text, paragraphs)
    segs = _segments(text, units)
    if not segs:
        return ()
    inner = [_inner(text, seg) for seg in segs]  # the words inside the marks, per segment
    results: List[Tuple[_Attr, int, str]] = []  # (attribution, continues, kind) per segment
    sentence_gaps: List[Tuple[int, int]] = []  # the current sentence, outside quotations
    taken = -1  # the cue after the sentence's first quotation that attributed it
    last_of_unit: Dict[int, int] = {}
    people: Optional[People] = None  # the people table, built on first use
    for i, seg in enumerate(segs):
        _pi, ua, ub = units[seg.unit]
        prev_i = i - 1 if i > 0 and segs[i - 1].unit == seg.unit else -1
        next_start = segs[i + 1].start if i + 1 < len(segs) and segs[i + 1].unit == seg.unit else ub
        left = segs[prev_i].end if prev_i >= 0 else ua
        ia, ib = inner[i]
        # the sentence so far: reset at a sentence end in the gap or at the previous quotation's end
        start = _sentence_start(text, left, seg.start)
        if prev_i < 0 or start > left or _quote_ends_sentence(text, segs[prev_i], inner[prev_i], seg.start):
            sentence_gaps = []
            taken = -1
        sentence_gaps.append((start, seg.start))
        direct = _ends_sentence(text, seg.start, ua) or _cue_comma(text, left, seg.start)
        kind = "direct" if direct else "partial"
        attr: Optional[_Attr] = None
        cont = -1
        who = _transcript(text, ia, ib) if text.find(":", ia, ib) >= 0 else None
        if who is not None:  # "HOST: …" — a transcript names its speaker, run or not
            attr = _Attr(who.span(), (who.end(), who.end() + 1))
        elif seg.prev_run >= 0:
            cont = seg.prev_run
        else:
            if seg.closed:
                attr = _after(text, seg.end, next_start, text[ib - 1 : ib] == "." if ib > ia else False)
                if attr is not None and attr.verb is not None and taken < 0:
                    taken = attr.verb[0]  # the cue after a quotation is that quotation's
            if attr is None and prev_i >= 0 and _continues(text, results[prev_i][0], left, seg.start):
                cont = prev_i
            if attr is None and cont < 0:
                attr = _sentence(text, sentence_gaps, taken=taken)
                if attr is None and len(sentence_gaps) == 1:
                    attr = _colon_subject(text, *sentence_gaps[0])
                    if attr is not None:
                        if people is None:
                            people = build_people(text, [(s.start, s.end) for s in segs])
                        if not _colon_named(people, text, attr):
                            attr = None
            if attr is None and cont < 0 and len(sentence_gaps) == 1:
                attr = _in_view(text, sentence_gaps[0][0], seg.start)
                if attr is not None and attr.speaker is not None and text[attr.speaker[0]].isupper():
                    if people is None:
                        people = build_people(text, [(s.start, s.end) for s in segs])
                    if not _colon_named(people, text, attr):
                        attr = None  # "To Paris, “the city of light”": a place, no one's view
            if attr is None and cont < 0 and len(sentence_gaps) == 1 and seg.closed:
                attr = _lead_participle(text, sentence_gaps[0][0], seg.start, seg.end, next_start)
            if attr is None and cont < 0 and prev_i >= 0 and len(sentence_gaps) > 1:
                cont = prev_i  # “…” and “…” in one sentence: one speaker
            if attr is None and cont < 0 and direct and start > left:
                attr = _sentence(text, [(_sentence_start(text, left, start - 1), start)], same=False)
            if attr is None and cont < 0 and direct and prev_i < 0 and start == ua:
                cont = _floating(text, segs, results, units, seg.unit, last_of_unit)
                if cont < 0:
                    attr = _colon_lead(text, units, seg.unit)
                    if attr is not None and attr.verb is not None and text[attr.verb[0]] == ":":
                        if people is None:
                            people = build_people(text, [(s.start, s.end) for s in segs])
                        if not _colon_named(people, text, attr):
                            attr = None
        if cont >= 0:
            parent = results[cont][0]
            if parent.speaker is not None:
                attr = parent
                if seg.prev_run >= 0:
                    kind = results[cont][2]
            elif seg.prev_run >= 0 and seg.closed:
                # an open run attributed at its end: “… / “…,” X said.
                attr = _after(text, seg.end, next_start, False)
        if attr is None or attr.speaker is None:
            attr = _NONE
            if seg.prev_run < 0:
                cont = -1
        elif who is not None:
            cont = -1
        results.append((attr, cont, kind))
        last_of_unit[seg.unit] = i
        if seg.prev_run >= 0 and attr.speaker is not None:
            # a run attributed only at its end lends the speaker back to its first runs
            j = seg.prev_run
            while j >= 0 and results[j][0].speaker is None:
                results[j] = (attr, results[j][1], results[j][2])
                j = segs[j].prev_run
    return _emit(text, segs, inner, results, units, people)


def _emit(
    text: str,
    segs: Sequence[_Seg],
    inner: Sequence[Tuple[int, int]],
    results: Sequence[Tuple[_Attr, int, str]],
    units: Sequence[Tuple[int, int, int]],
    people: Optional[People] = None,
) -> Tuple[Quote, ...]:
    """Build the :class:`Quote` objects of the quotations someone said; renumber the links."""
    out: List[Quote] = []
    new_index: Dict[int, int] = {}
    resolved: Dict[Optional[Tuple[int, int]], Optional[Speaker]] = {None: None}
    for i, seg in enumerate(segs):
        attr, cont, kind = results[i]
        if attr.speaker is None and kind == "partial":
            continue  # a fragment nobody is said to have said: a scare quote
        ia, ib = inner[i]
        qtext = text[ia:ib]
        # the first words are enough: a longer quotation is no title (its last piece holds the rest)
        words = qtext.split(None, _TITLE_WORDS)
        if len(words) < _MIN_WORDS:
            continue  # "true", "deeply concerned", “No,”: too short to tell a quotation from a term
        if _word_before(text, seg.start) in ("titled", "entitled", "headlined"):
            continue  # an article titled ‘The EU is cheating …’: a title in any case
        if _title_like(words) and (
            attr.speaker is None
            or _names_a_work(text, seg.start)
            or (attr.verb is not None and text[attr.verb[0]] == ":")  # "named her boat after a song: “…”"
            or (seg.start == units[seg.unit][1] and seg.end >= units[seg.unit][2])
        ):
            continue  # on CBS’s “Face the Nation”, or a line that is all 'Title Case.': a title, not a quotation
        if people is None:
            people = build_people(text, [(s.start, s.end) for s in segs])
        if attr.speaker not in resolved:  # a run and its continuations share one mention
            resolved[attr.speaker] = _speaker(people, text, attr.speaker)
        q = Quote(
            text=qtext,
            span=Span(seg.start, seg.end),
            kind=kind,
            speaker=resolved[attr.speaker],
            verb=text[attr.verb[0] : attr.verb[1]] if attr.verb else None,
            verb_span=Span(*attr.verb) if attr.verb else None,
            addressee=_speaker(people, text, attr.addressee) if attr.addressee else None,
            paragraph=seg.para,
            continues=new_index.get(cont) if cont >= 0 else None,
        )
        new_index[i] = len(out)
        out.append(q)
    return tuple(out)


def _quote_ends_sentence(text: str, seg: _Seg, inner: Tuple[int, int], upto: int) -> bool:
    """True when *seg* (its words at *inner*) ends with a full stop and a new sentence follows before *upto*."""
    ia, ib = inner
    if ib <= ia or text[ib - 1] not in _SENTENCE_END:
        return False
    k = seg.end
    while k < upto and text[k].isspace():
        k += 1
    return k >= upto or text[k].isupper()


def _cue_comma(text: str, left: int, pos: int) -> bool:
    """True for `Sullivan said, “…` — a cue and a comma right before the quotation."""
    k = pos - 1
    while k > left and text[k].isspace():
        k -= 1
    if k <= left or text[k] != ",":
        return False
    return bool(_find_cues(text, max(left, k - 40), k))


#: the words alone between an attribution's verb and a later cue that shares its subject
#: ("“…,” Roe said, then added “…”", "…, and later told reporters that “…”")
_SHARED_SUBJECT = frozenset({"and", "then", "later", "also", "but", "again", "finally", "soon"})
#: the runs of word characters of a stretch
_word_runs = re.compile(r"\w+").findall


def _continues(text: str, prev: _Attr, left: int, pos: int) -> bool:
    """True when the text between the previous quotation and this one is its attribution, or nothing.

    >>> t = "“Is it on?” she asked, as Lee went on about “the strike at the docks.”"
    >>> prev = _Attr((12, 15), (16, 21))
    >>> _continues(t, prev, 11, t.index("“the")), _continues(t, prev, 11, 12)
    (False, True)
    """
    if prev.speaker is None:
        return False
    gap = text[left:pos]
    if not gap.strip(" \t\n\u00a0,;:—–-"):
        return True
    if prev.verb is None or not left <= prev.verb[0] < pos:
        return False
    # “…,” X said, “…” / “…,” X said. “…”: a cue in a later sentence of the gap starts a new attribution
    end = _full_stop(text, prev.verb[1], pos)
    if end is not None:
        return not _find_cues(text, end.end(), pos)
    # and so does a finite cue after a comma ("“…?” she asked, as Lee went on about “…”");
    # a participle, an infinitive or a verb after only "and", "then" shares the subject
    # ("“…,” Roe said, going on to say that “…”", "“…,” Roe said, then added “…”")
    return all(
        text[a:b].split(" ")[0].endswith("ing")
        or text[max(0, a - 3) : a] == "to "
        or set(_word_runs(text[prev.verb[1] : a].casefold())) <= _SHARED_SUBJECT
        for a, b in _find_cues(text, prev.verb[1], pos)
    )


def _floating(
    text: str,
    segs: Sequence[_Seg],
    results: Sequence[Tuple[_Attr, int, str]],
    units: Sequence[Tuple[int, int, int]],
    unit: int,
    last_of_unit: Dict[int, int],
) -> int:
    """The quotation of the previous unit that a unit opening on a quote continues.

    Only when that quotation is attributed and its sentence ends the previous unit.
    """
    j = last_of_unit.get(unit - 1, -1)
    if j < 0 or results[j][0].speaker is None:
        return -1
    tail_end = units[unit - 1][2]
    if any(True for _ in _sentence_ends(text, segs[j].end, tail_end)):
        return -1
    return j


def _colon_subject(text: str, lo: int, hi: int) -> Optional[_Attr]:
    """The subject of the clause that ends a sentence ``text[lo:hi]`` on the colon that
    introduces the quotation, when the sentence has no cue: `Here, Ruiz put the choice
    plainly: “…”`, or a bare `Ruiz: “…”` as in a headline.

    The clause is read from the last comma before the colon (past an "and", "but",
    "so" or "that" opening it), and it must not hold a "that" after its subject
    nor end on a copula ("His motto is:" names a motto, not a speaker). The verb
    is the colon. Whether the subject is a person the article names is checked
    by the caller.

    >>> t = "At the pier, Mayor Ana Ruiz put the choice plainly: "
    >>> a = _colon_subject(t, 0, len(t))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('Mayor Ana Ruiz', ':')
    >>> _colon_subject("Her motto is: ", 0, 14) is None
    True
    """
    colon = hi - 1
    while colon > lo and text[colon].isspace():
        colon -= 1
    if colon <= lo or text[colon] != ":":
        return None
    start = max(lo, colon - _SUBJECT_REACH)
    comma = max(text.rfind(",", start, colon), text.rfind(";", start, colon))
    if comma >= 0:
        start = comma + 1
    elif start > lo:
        return None  # a long sentence with no comma in reach: no clause to tell
    toks = _tokenize(text, start, colon)
    k = 0
    if toks and toks[0].low in _COLON_CLAUSE_OPENERS:
        k = 1
    subj = _subject_at_start(text, toks, k, len(toks))
    if subj is None or toks[subj[1] - 1].low.endswith(("'s", "’s")):
        return None  # "Ruiz's favourite film is …:": the subject is a thing of hers
    if subj[1] == subj[0] + 1 and toks[subj[0]].low in _DETERMINERS:
        e = _speaking_head(toks, subj[1], len(toks))  # "The piece used …": not "The" alone
        if e < 0:
            return None
        subj = (subj[0], e)
    rest = toks[subj[1] :]
    if rest and (rest[-1].low in _BE or any(t.low in ("that", "—", "–") for t in rest)):
        return None
    return _Attr(_span(toks, *subj), (colon, colon + 1))


def _in_view(text: str, lo: int, qs: int) -> Optional[_Attr]:
    """`to her, “…”` / `To Ruiz, “…”` right before a quotation in a sentence with no cue:
    the words are that person's view.

    >>> t = "The vote mattered because to her, “nothing is more important.”"
    >>> a = _in_view(t, 0, t.index("“"))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('her', 'to')
    """
    k = qs - 1
    while k > lo and text[k].isspace():
        k -= 1
    if k <= lo or text[k] != ",":
        return None
    toks = _tokenize(text, max(lo, k - 40), k)
    if len(toks) < 2 or toks[-2].low != "to":
        return None
    who = toks[-1]
    if not who.word or not (who.low in ("him", "her", "them") or (who.cap and who.low not in tlex.NOT_NAMES)):
        return None
    if len(toks) > 2 and toks[-3].word and toks[-3].low not in _VIEW_BEFORE:
        return None  # "said to her, “…”", "in a letter to Ruiz, “…”": not a view
    return _Attr((who.start, who.end), (toks[-2].start, toks[-2].end))


def _lead_participle(text: str, lo: int, qs: int, qe: int, hi: int) -> Optional[_Attr]:
    """A quotation inside an opening adverbial with a speech participle goes to the
    subject of the main clause right after it: `After saying her foot was “so
    swollen I could not walk,” she was taken to hospital` goes to "she".

    ``text[lo:qs]`` is the sentence before the quotation, ``text[qs:qe]`` the
    quotation (its comma inside or right after it), and *hi* bounds the clause after.

    >>> t = 'After saying the pier was “not safe for anyone,” Ruiz closed it.'
    >>> a = _lead_participle(t, 0, t.index("“"), t.index("”") + 1, len(t))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('Ruiz', 'saying')
    """
    if qs - lo > _SUBJECT_REACH or text.find(",", lo, qs) >= 0:
        return None  # the adverbial ends before the quotation, or is too long to read
    space = text.find(" ", lo, qs)
    if space < 0 or text[lo:space].casefold() not in _GERUND_AFTER:
        return None  # cheap test first: the sentence opens on "After", "Before", "While" …
    toks = _tokenize(text, lo, qs)
    if len(toks) < 2 or toks[0].low not in _GERUND_AFTER or not toks[0].cap:
        return None
    cue = next((x for x in range(1, len(toks)) if toks[x].low.endswith("ing") and _cue_len(toks, x)), -1)
    if cue < 0:
        return None
    k = qe if text[qe - 2 : qe - 1] == "," else (qe + 1 if text[qe : qe + 1] == "," else -1)
    if k < 0:
        return None  # no comma closes the adverbial at the quotation
    if _title_like(text[qs + 1 : qe - 1].split(None, _TITLE_WORDS)):
        return None  # "After reading “The Long Way Home,” Ruiz wept": a title, read
    after = _tokenize(text, k, min(hi, k + _SUBJECT_REACH), stop_at_end=True)
    if len(after) < 2:
        return None
    e = _np_right(after, 0, len(after))
    if e == 0 or e >= len(after) or not _opener(after[0]) or not after[e].word or after[e].cap:
        return None  # the main clause opens on its subject and a verb in lower case
    return _Attr(_span(after, 0, e), _span(toks, cue, cue + _cue_len(toks, cue)))


def _speaking_head(toks: Sequence[_Tok], k: int, limit: int) -> int:
    """End of the lower-case words from ``toks[k]`` after a determiner up to the head of a
    speaker ("senior official", "piece"), or -1 when none comes before a plural word
    or a name ("The workshops help …" names no speaker).

    >>> t = _tokenize("A senior official put it", 0, 24)
    >>> _speaking_head(t, 1, len(t))
    3
    """
    for j in range(k, min(limit, k + 4)):
        t = toks[j]
        if not t.word or t.cap:
            return -1
        w = _base(t.low)
        if w in tlex.ORG_HEADS or w in tlex.UNNAMED_HEADS:
            return j + 1
        if w.endswith("s") and w == t.low:
            return -1
    return -1


def _colon_named(people: People, text: str, attr: _Attr) -> bool:
    """True when the subject of a colon lead-in is someone the article names: a "he"
    or "she" that resolves to a name, or a name that holds a title or a common
    given name, or whose first word (three letters or more) the article also
    prints capitalised in mid-sentence (a proper name: "Durante su diatriba …:"
    or "Der Minister begründet das so:" names no one)."""
    if attr.speaker is None:
        return False
    who = resolve(people, text, *attr.speaker)
    if who.text.casefold() in ("he", "she"):
        return who.name is not None
    head = _base(who.text.rsplit(None, 1)[-1]).casefold()
    if who.text[:1].islower() or who.text.split(None, 1)[0].casefold() in _DETERMINERS:
        # "The piece used … as its headline:", "A senior official put it bluntly:"
        return head in tlex.ORG_HEADS or head in tlex.UNNAMED_HEADS
    if who.name is None:
        return False
    words = [_base(w) for w in who.text.split()]
    if any(w.casefold() in tlex.TITLE_WORDS or w.casefold() in GIVEN_NAMES for w in words + who.name.split()):
        return True  # "Council leader Ines Kalnins", "Mayor Ruiz", "Ruiz" named "Ana Ruiz" before
    return len(words[0]) > 2 and proper_word(people, words[0])


def _colon_lead(text: str, units: Sequence[Tuple[int, int, int]], unit: int) -> Optional[_Attr]:
    """A previous unit that ends `X said:` or `X reports:` introduces this quotation; one
    with no cue (`X made the following comment:`) gives the subject of its last clause,
    with the colon as the verb, for the caller to check."""
    if unit == 0:
        return None
    _pi, a, b = units[unit - 1]
    if b <= a or text[b - 1] != ":":
        return None
    lo = _sentence_start(text, a, b - 1)
    got = _sentence(text, [(lo, b - 1)], same=False)
    if got is None and not _find_cues(text, lo, b - 1):
        got = _colon_subject(text, lo, b)
    return got


def attribute(draft: Draft) -> Draft:
    """Pipeline stage: fill ``article.quotes`` from the body paragraphs."""
    quotes = find_quotes(draft.text, draft.article.paragraphs)
    if quotes == draft.article.quotes:
        return draft  # nothing found (the common "no quotation" case): the draft stands as it is
    return attrs.evolve(draft, article=attrs.evolve(draft.article, quotes=quotes))
