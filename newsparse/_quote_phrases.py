"""Speaker and addressee phrases, read from the tokens around a speech cue.

Pure functions over a token list (:class:`~newsparse._quote_words.Tok`):
where a name or a description that speaks starts and ends (:func:`np_left`,
:func:`np_right`), the subject that opens a sentence past a dateline and an
opening adverbial (:func:`subject_at_start`), the person spoken to after
"told" (:func:`addressee_of`), and the small word tests the attribution rules
share (a past tense, a gerund, a bare plural noun that may speak alone).

>>> from newsparse._quote_words import tok_span, tokenize
>>> t = "In a long talk, Mayor Ann Roe told reporters"
>>> toks = tokenize(t, 0, len(t))
>>> t[slice(*tok_span(toks, *subject_at_start(t, toks, 0, len(toks))))]
'Mayor Ann Roe'
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import regex

from ._lexicon import speech as slex
from ._lexicon import titles as tlex
from ._quote_words import (
    CUE_LOW,
    DASHES,
    DETERMINERS,
    PREPOSITIONS,
    Tok,
    cue_len,
    opens_phrase,
    tok_span,
    tokenize,
    unpossessive,
)

__all__ = ["LEAD_WORDS", "SUBJECT_REACH", "addressee_of", "apposition_subject", "bare_noun", "clause_inside", "is_gerund", "is_past", "issuer_verb", "lead_phrase", "named_soon", "np_left", "np_right", "skip_between", "speaking_head", "subject_at_start", "subject_end", "subject_of"]

_PATTERNS = {
    # a clause of its own inside a sentence: ", although Stephen King …", ", but she …"
    "clause_open": regex.compile(
        r",[ ](?:although|though|while|whereas|but|as|because|since|when)[ ](?=\p{Lu}|(?:he|she|they|we|I)\b)"
    ),
}
_clause_opens = _PATTERNS["clause_open"].finditer

_OPEN_MARKS = frozenset("\"'“‘«„‚‹")

# words that take "of" into a speaker phrase: "one of the officials", "52 percent of voters"
_PARTITIVES = frozenset(
    {"one", "some", "many", "each", "all", "none", "most", "several", "percent", "%", "half", "majority"}
    | {"third", "quarter", "plurality", "dozens", "hundreds", "thousands", "millions", "number", "group"}
)

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

# "It's the calm ones who say": a subject that stands for what follows
_EXPLETIVES = frozenset({"it's", "it’s", "there's", "there’s", "that's", "that’s", "here's", "here’s"})

SUBJECT_REACH = 160  # characters read at a sentence start for its subject

_ADVERBIAL_WORDS = 16  # tokens an opening adverbial may take before its comma

# words that open an adverbial before the subject: a cue inside it is not the sentence's cue
LEAD_WORDS = frozenset(
    {
        "in", "on", "at", "during", "after", "before", "following", "amid", "despite", "since", "when",
        "while", "once", "if", "although", "though", "because", "until", "with", "without", "upon",
    }
)

def np_right(toks: Sequence[Tok], k: int, limit: int) -> int:
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

def _past_verb(toks: Sequence[Tok], j: int, k: int, limit: int) -> bool:
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
    return low.endswith("ed") and (nxt.cap or nxt.low in DETERMINERS)

def np_left(toks: Sequence[Tok], k: int, floor: int) -> int:
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
    while j < k and not opens_phrase(toks[j]):
        j += 1
    return j

def named_soon(toks: Sequence[Tok], k: int, limit: int) -> bool:
    """True for a lower-case role right before a name: "said trader Benedikt Ahlgren"."""
    j = k
    while j < limit and j - k < 5 and (toks[j].word or toks[j].low == "/") and not toks[j].cap:
        if toks[j].low in slex.PHRASE_STOPS:
            return False
        j += 1
    return j < limit and toks[j].cap

def skip_between(toks: Sequence[Tok], k: int, floor: int) -> int:
    """Move left from the cue at ``toks[k]`` over "also", "has", "went on to", "last week"…"""
    j = k
    while j > floor and toks[j - 1].word and (
        (toks[j - 1].low in slex.BETWEEN_SUBJECT_AND_CUE and not toks[j - 1].cap)  # "Long said": a name
        or toks[j - 1].low in slex.TIME_WORDS
        or (toks[j - 1].low.endswith("ly") and not toks[j - 1].cap and len(toks[j - 1].low) > 4)
    ):
        j -= 1
    return j

def subject_at_start(text: str, toks: Sequence[Tok], lo: int, hi: int) -> Optional[Tuple[int, int]]:
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
    if k < j < hi and toks[j].low in DASHES:
        k = j
        while k < hi and not toks[k].word:
            k += 1
    opener = toks[k] if k < hi else None
    if (
        opener
        and (not opener.cap or opener.low in tlex.NOT_NAMES or opener.low in LEAD_WORDS)
        and unpossessive(opener.low) not in tlex.PRONOUNS
    ):
        for c in range(k, min(hi, k + _ADVERBIAL_WORDS)):
            if toks[c].low == ",":
                k = c + 1
                break
        else:
            if opener.low in LEAD_WORDS:
                return None  # "In a long talk in Boston" with no comma in reach: no subject to tell
    if k >= hi or not opens_phrase(toks[k]) or toks[k].low in _EXPLETIVES:
        return None
    e = np_right(toks, k, hi)
    return (k, e) if e > k else None

def addressee_of(toks: Sequence[Tok], c: int, n: int) -> Optional[Tuple[int, int]]:
    """The person spoken to after "told", "asked", "warned"…, if named."""
    k = c + n
    if toks[c].low not in slex.ADDRESSEE_VERBS or k >= len(toks) or not toks[k].word:
        return None
    if not opens_phrase(toks[k]):
        # "told reporters", "told islanders": one plain noun
        if toks[k].low in slex.PHRASE_STOPS or toks[k].low in DETERMINERS or cue_len(toks, k):
            return None
        return tok_span(toks, k, k + 1)
    e = np_right(toks, k, len(toks))
    return tok_span(toks, k, e) if e > k else None

def lead_phrase(toks: Sequence[Tok], first: int, comma: int) -> Optional[Tuple[int, int]]:
    """The speaker that opens the clause ``toks[first:comma]`` after a quotation:
    all of it when it is one phrase ("Jane Roe"), else a name with its affiliation
    ("Ann Grim of the University of Otago" in "… of Otago in Dunedin")."""
    if comma <= first:
        return None
    if np_left(toks, comma, first) == first:
        return tok_span(toks, first, comma)
    if not toks[first].cap or toks[first].low in tlex.NOT_NAMES:
        return None
    e = np_right(toks, first, comma)
    if e < comma and toks[e].low in PREPOSITIONS and e > first:
        return tok_span(toks, first, e)
    return None

def apposition_subject(toks: Sequence[Tok], comma: int, floor: int) -> Optional[Tuple[int, int]]:
    """The subject of `A, B, said` when ``toks[comma]`` is the comma after B: B when only B
    ends on a name ("Apple's chief executive, Tim Cook, called"), else A ("Ann Roe, the
    mayor, said")."""
    r = np_left(toks, comma, floor)
    if r >= comma or r - 1 <= floor or toks[r - 1].low != ",":
        return None
    q = np_left(toks, r - 1, floor)
    if q >= r - 1 or (q > floor and toks[q - 1].low in PREPOSITIONS):
        return None  # "in Dunedin, New Zealand, said": a place, not the speaker
    if toks[comma - 1].cap and not toks[r - 2].cap:
        return tok_span(toks, r, comma)  # "my friend, the organizer Dan Roe, said": the phrase that ends on a name
    return tok_span(toks, q, r - 1)

def clause_inside(toks: Sequence[Tok], r: int, k: int) -> bool:
    """True when ``toks[r:k]`` holds a lower-case word right after a name that is not a
    role ("Children hung banners"), so it is a clause rather than one noun phrase."""
    for x in range(r + 1, k):
        t, p = toks[x], toks[x - 1]
        if not t.word or t.cap or not p.cap or p.low.endswith(("'s", "’s")):
            continue
        if t.low not in tlex.TITLE_WORDS and t.low not in tlex.SPECIFIC_ROLES and t.low not in ("of", "and"):
            return True
    return False

def subject_end(t: Tok) -> bool:
    """True for a word that may end the subject of a cue: a name, "she", "the report"."""
    return t.cap or t.low in _SUBJECT_PRONOUNS or t.low in tlex.ORG_HEADS or t.low in tlex.UNNAMED_HEADS

def bare_noun(t: Tok) -> bool:
    """True for a lower-case word that may speak alone: "police", "investigators", "officials".

    >>> [bare_noun(t) for t in tokenize("investigators police quickly during", 0, 35)]
    [True, True, False, False]
    """
    low = t.low
    if not t.word or t.cap or low in slex.PHRASE_STOPS or low in slex.SPEECH_FORMS:
        return False
    return low in tlex.UNNAMED_HEADS or low in tlex.ORG_HEADS or (low.endswith(("ers", "ors", "ists", "ians")))

def is_past(low: str) -> bool:
    """True for a past-tense cue, which is never a noun: "agreed", "said", "wrote"."""
    return low.endswith("ed") or low in ("said", "told", "wrote", "sang", "pled")

def is_gerund(t: Tok) -> bool:
    """True for a lower-case -ing word that makes the next word its object: "taking", "making"."""
    return t.word and not t.cap and len(t.low) > 5 and t.low.endswith("ing") and t.low not in CUE_LOW

def issuer_verb(toks: Sequence[Tok], s: int, b: int) -> int:
    """In ``toks[s:b]`` ("the council issued a statement"), where the verb before the
    determiner of the cue noun stands (``s`` if there is none)."""
    d = b - 2
    while d > s + 1 and d > b - 5 and toks[d].low not in DETERMINERS:
        d -= 1
    v = d - 1
    if d <= s + 1 or toks[d].low not in DETERMINERS or not toks[v].word or toks[v].cap:
        return s
    return v if toks[v].low not in tlex.TITLE_WORDS else s

def subject_of(text: str, lo: int, toks: Sequence[Tok], floor: int, b: int) -> Optional[Tuple[int, int]]:
    """The subject that opens the sentence starting at *lo*, as a span ending before ``toks[b]``.

    *toks* may start after *lo* (a long sentence read near its cue); the opening
    words are then read afresh.
    """
    for m in _clause_opens(text, lo, toks[b].start):
        lo = m.end()  # ", although Stephen King was …, writing": the nearest clause's subject
    if floor < len(toks) and toks[floor].start > lo:
        head = tokenize(text, lo, min(toks[b].start, lo + SUBJECT_REACH))
        subj = subject_at_start(text, head, 0, len(head))
        return tok_span(head, *subj) if subj is not None else None
    while floor < b and toks[floor].start < lo:
        floor += 1
    subj = subject_at_start(text, toks, floor, b)
    return tok_span(toks, *subj) if subj is not None and subj[1] <= b else None

def speaking_head(toks: Sequence[Tok], k: int, limit: int) -> int:
    """End of the lower-case words from ``toks[k]`` after a determiner up to the head of a
    speaker ("senior official", "piece"), or -1 when none comes before a plural word
    or a name ("The workshops help …" names no speaker).

    >>> t = tokenize("A senior official put it", 0, 24)
    >>> speaking_head(t, 1, len(t))
    3
    """
    for j in range(k, min(limit, k + 4)):
        t = toks[j]
        if not t.word or t.cap:
            return -1
        w = unpossessive(t.low)
        if w in tlex.ORG_HEADS or w in tlex.UNNAMED_HEADS:
            return j + 1
        if w.endswith("s") and w == t.low:
            return -1
    return -1
