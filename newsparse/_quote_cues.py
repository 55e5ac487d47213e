"""Attribution by a speech cue: who said a quotation, by which verb, to whom.

Each function reads one place around a quotation and returns an :class:`Attr`
(spans of the speaker mention, the cue and the addressee) or None:
:func:`after_quote` the clause right after the closing mark (`“…,” X said`,
`“…,” said X`, `” ― X`); :func:`sentence_cue` the sentence the quotation
stands in, or the one before it (`X told Y: “…”`, `according to X`, an
inverted `Said X: “…”`, a possessive `X's claim that “…”`); and
:func:`continues_previous` tells whether the text between two quotations
leaves the second to the speaker of the first.

>>> t = "“We will rebuild,” Mayor Ana Ruiz said. "
>>> a = after_quote(t, t.index("”") + 1, len(t), False)
>>> t[slice(*a.speaker)], t[slice(*a.verb)]
('Mayor Ana Ruiz', 'said')
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence, Tuple

import regex

from ._lexicon import speech as slex
from ._lexicon import titles as tlex
from ._quote_phrases import (
    LEAD_WORDS,
    addressee_of,
    apposition_subject,
    bare_noun,
    clause_inside,
    is_gerund,
    is_past,
    issuer_verb,
    lead_phrase,
    named_soon,
    np_left,
    np_right,
    skip_between,
    subject_end,
    subject_of,
)
from ._quote_words import (
    BE,
    DASHES,
    DETERMINERS,
    PREPOSITIONS,
    SENTENCE_END,
    Tok,
    chunk_words,
    cue_len,
    find_cues,
    full_stop,
    opens_phrase,
    tok_span,
    tokenize,
    unpossessive,
)

__all__ = ["GERUND_AFTER", "NO_ATTR", "Attr", "after_quote", "continues_previous", "sentence_cue"]

_PATTERNS = {
    # a cue noun after a possessive name: "Trump’s claim", "Miller's statement"
    "possessive_cue": regex.compile(
        r"(?P<who>[\p{Lu}][\p{L}\p{M}'’.\-]*)(?:'s|’s|') (?P<cue>\L<nouns>)\b", nouns=sorted(slex.CUE_NOUNS)
    ),
}
_possessive_cues = _PATTERNS["possessive_cue"].finditer

_CLAUSE = frozenset(
    {
        "that", "which", "who", "whom", "whose", "when", "while", "because", "if", "whether", "although",
        "though", "since",
    }
)

# cues whose active voice puts the object before "to": "X likened Y to …"; "likened to" is passive
_OBJECT_FIRST = frozenset({"compared", "likened", "compares", "likens"})

# what may follow "went on" as a cue: a colon or comma before the quotation, or the quotation
_AFTER_WENT_ON = frozenset({":", ",", "“", '"', "‘", "«", "„"})

#: "ruled" as a cue: "ruled that …", "ruled: “…”"
_ruled_that = regex.compile(r"\s*(?:that\b|[:,])").match

#: "went after X as “…”": an "as" before the first quotation mark (read within _AS_REACH)
_as_before_quote = regex.compile(r"[^\"“”‘’«»„.!?]*?\bas\b").match

_AS_REACH = 60

_PER_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})  # "per the bylaws"

_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})

_AFTER_REACH = 120  # characters read after a quotation for its attribution

_APPOSITION_REACH = 400  # … when the speaker carries a long apposition ("X, the …, said")

_CUE_REACH = 90  # characters read before a cue for its subject

_RIGHT_REACH = 80  # … and after "told" or "according to" for the person named

_NEGATIONS = frozenset(
    {"not", "n't", "never", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t"}
    | {"wouldn't", "wouldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "can't", "can’t"}
    | {"couldn't", "couldn’t", "wasn't", "wasn’t", "weren't", "weren’t"}
)

# words before an -ing cue that leave its subject to the sentence: "for saying", "despite admitting"
GERUND_AFTER = frozenset(
    {"for", "by", "after", "before", "despite", "without", "while", "when", "since", "upon", "in", "about"}
)

class Attr(NamedTuple):
    """An attribution: the speaker mention, the cue and the addressee, as spans."""

    speaker: Optional[Tuple[int, int]]
    verb: Optional[Tuple[int, int]]
    addressee: Optional[Tuple[int, int]] = None

NO_ATTR = Attr(None, None)

def after_quote(text: str, a: int, b: int, ends_sentence: bool) -> Optional[Attr]:
    """Attribution in the clause right after a quotation: `,” X said` / `,” said X` / `” ― X`.

    A quotation that ends its sentence with a full stop takes only a dash cue:
    the words after it start a new sentence.
    """
    stop = min(b, a + _AFTER_REACH)
    if ends_sentence and not _dash_lead(text, a, stop):
        return None  # only a dash cue could follow: none is there
    dash = not DASHES.isdisjoint(text[a : a + 4])
    # “…,” per the party's bylaws: the Latin "per" after the comma of a quotation is "according to"
    per = text.startswith(" per ", a + (text[a : a + 1] == ",")) and text[a - 2 : a + 1].find(",") >= 0
    if not (dash or per or (b > stop and "," in text[a:stop])) and not find_cues(text, a, stop):
        head = chunk_words(text[a : min(stop, a + 60)])[:4]
        if not head or (head[0] not in slex.INVERTED_CUES and slex.AFTER_CUES.isdisjoint(head)):
            return None  # no cue and no dash: no attribution here
    toks = tokenize(text, a, stop, stop_at_end=True)
    k = 0
    while k < len(toks) and toks[k].low in (",", ";", "’", "'", "”", '"'):
        k += 1
    if k + 1 < len(toks) and toks[k].low in DASHES and toks[k + 1].cap:
        e = np_right(toks, k + 1, len(toks))
        return Attr(tok_span(toks, k + 1, e), tok_span(toks, k, k + 1))
    if ends_sentence:
        return None
    if k < len(toks) and toks[k].low == "as":
        k += 1  # “…,” as the memo put it
    if per and k + 1 < len(toks) and toks[k].low == "per" and (toks[k + 1].cap or toks[k + 1].low in _PER_OPENERS):
        e = np_right(toks, k + 1, len(toks))
        return Attr(tok_span(toks, k + 1, e), tok_span(toks, k, k + 1))
    first = k
    limit = len(toks)
    for j in range(first, len(toks)):
        # marks before *b* open no quotation (a nickname, a stray mark): only a sentence end or a colon stops
        if toks[j].low in SENTENCE_END or toks[j].low == ":":
            limit = j
            break
    for c in range(first, min(limit, first + 12)):
        n = cue_len(toks, c)
        if not n and c == first and toks[c].low in slex.INVERTED_CUES and c + 1 < limit and toks[c + 1].cap:
            n = 1  # “…,” notes Jones: a form left out as mostly a noun is a verb before the name
        if not n and c > first and not toks[c].cap and toks[c].low in slex.AFTER_CUES and subject_end(toks[c - 1]):
            n = 1  # “…,” she shared with The List (not “…” mutually shared by)
        if not n:
            continue
        if c > first and toks[c - 1].low in ("who", "which"):
            continue  # “…,” Ann Roe, a resident who tweeted about it, said: the apposition's own verb
        verb = tok_span(toks, c, c + n)
        if c == first:  # “…,” said Jane Roe, … (not “…,” comparing him to …)
            participle = toks[c].low.endswith("ing") and n == 1
            if participle or (c + n < limit and toks[c + n].low in _OBJECT_PRONOUNS):
                return None
            if c + n < limit and (opens_phrase(toks[c + n]) or named_soon(toks, c + n, limit)):
                e = np_right(toks, c + n, limit)
                if e > c + n:
                    return Attr(tok_span(toks, c + n, e), verb)
            return None
        if toks[c - 1].low == ",":  # “…,” Jane Roe, a spokeswoman, said
            comma = next(x for x in range(first, c) if toks[x].low == ",")
            subj = lead_phrase(toks, first, comma)
            return Attr(subj, verb, addressee_of(toks, c, n)) if subj else None
        s = skip_between(toks, c, first)
        if is_past(toks[c].low) and any(t.low in BE for t in toks[s:c]):
            return None  # “…,” reporters were told: the subject of a passive cue was spoken to
        commas = [x for x in range(first, s) if toks[x].low == ","]
        lo = commas[-1] + 1 if commas else first  # “…” is held accountable, Warren said
        if s == lo or s - lo > 10 or any(t.low in _CLAUSE or t.low in SENTENCE_END for t in toks[lo:s]):
            return None
        if s == lo + 1 and lo == first and bare_noun(toks[lo]):
            return Attr(tok_span(toks, lo, s), verb, addressee_of(toks, c, n))  # “…,” investigators said
        if not opens_phrase(toks[lo]):
            # "lead researcher and NASA scientist Ann Roe said"; not “…” sponsored by NBC and said
            cap = next((x for x in range(lo, s) if toks[x].cap), s)
            if cap == s or any(toks[x].low in PREPOSITIONS for x in range(lo, cap)):
                return None
        if toks[s - 1].low in ("and", "or"):
            return None
        if toks[lo].low in slex.PHRASE_STOPS and not toks[lo].cap:
            return None  # “…” to Ukraine and replacing it with … calling for: a preposition opens no speaker
        return Attr(tok_span(toks, lo, s), verb, addressee_of(toks, c, n))
    # “…,” Jane Roe, the long description of who she is, said.
    if limit - first > 2 and opens_phrase(toks[first]) and any(t.low == "," for t in toks[first:limit]):
        if b > a + _AFTER_REACH and toks[-1].low not in SENTENCE_END:
            wide = tokenize(text, a, min(b, a + _APPOSITION_REACH), stop_at_end=True)
            comma = next((x for x in range(first, len(wide)) if wide[x].low == ","), -1)
            return _cue_after_apposition(wide, first, comma, len(wide), stop_at_sentence=True)
        comma = next(x for x in range(first, limit) if toks[x].low == ",")
        return _cue_after_apposition(toks, first, comma, limit, stop_at_sentence=False)
    return None

def _dash_lead(text: str, a: int, stop: int) -> bool:
    """True when ``text[a:stop]`` may open, after closing marks and commas, on a dash and a
    capital: `” ― Jane Roe`. A cheap test of the characters that never says False when the
    tokens of :func:`after_quote` would show a dash cue (their spaces are all ``str.isspace``).

    >>> _dash_lead("” ― Jane Roe", 0, 12), _dash_lead(". She said", 0, 10)
    (True, False)
    """
    k = a
    while k < stop and (text[k] in ",;’'”\"" or text[k].isspace()):
        k += 1
    if k >= stop or text[k] not in DASHES:
        return False
    k += 1
    while k < stop and text[k].isspace():
        k += 1
    return k < stop and text[k].isupper()

def _cue_after_apposition(
    toks: Sequence[Tok], first: int, comma: int, limit: int, *, stop_at_sentence: bool
) -> Optional[Attr]:
    """The first cue after *comma* that follows a comma, with the speaker phrase from *first* to *comma*.

    “…,” Jane Roe, the long description of who she is, said: the name before
    the first comma speaks. With *stop_at_sentence* the search ends at a
    sentence end.
    """
    for c in range(comma + 1, limit):
        if stop_at_sentence and toks[c].low in SENTENCE_END:
            return None
        n = cue_len(toks, c)
        if n and toks[c - 1].low == ",":
            subj = lead_phrase(toks, first, comma)
            return Attr(subj, tok_span(toks, c, c + n), addressee_of(toks, c, n)) if subj else None
    return None

def _clause_at(text: str, lo: int, cs: int, ce: int, same: bool = True) -> Tuple[Optional[Attr], str, bool]:
    """Read the cue ``text[cs:ce]`` of a sentence that starts at *lo*; *same* when the
    quotation stands in that sentence (a negated cue then names no speaker).

    Returns the attribution (or None), the word before its speaker phrase (or
    before the cue when it has none), and whether the speaker phrase stands
    right before the cue (rather than being the subject of the whole sentence).
    """
    a = max(lo, cs - _CUE_REACH)
    if a > lo:
        a = text.find(" ", a, cs) + 1 or a  # start on a whole word
    toks = tokenize(text, a, ce)
    c = len(toks) - 1
    while c >= 0 and toks[c].start > cs:
        c -= 1
    if c < 0 or toks[c].start != cs:
        return None, "", False
    if toks[c].low == "according" or toks[c].low in slex.ADDRESSEE_VERBS:
        toks += tokenize(text, ce, min(len(text), ce + _RIGHT_REACH), stop_at_end=True)
    n = cue_len(toks, c)
    if not n:
        return None, "", False
    if toks[c].low in _OBJECT_FIRST and ce + 1 < len(text) and text.startswith(" to ", ce):
        return None, "", False  # "Talk compared to “…”": an active "compare" takes its object first
    if n == 2 and toks[c].low == "went" and text[ce : ce + 3].strip()[:1] not in _AFTER_WENT_ON:
        return None, "", False  # "went on to win", "the strike went on for weeks": only "went on: “…”"
    if toks[c].low == "ruled" and not _ruled_that(text[ce : ce + 8]):
        return None, "", False  # "he ruled the island with “…”": a ruling is read from "ruled that"
    verb = tok_span(toks, c, c + n)
    # the right edge of the phrase after the cue: the quotation, the sentence end
    hi = len(toks)
    for x in range(c + n, len(toks)):
        if toks[x].low in SENTENCE_END or toks[x].low in ('"', "“", "”", "‘", "’", "'", ":", ";"):
            hi = x
            break
    if n == 2 and toks[c + 1].low == "after" and not _as_before_quote(text[ce : ce + _AS_REACH]):
        return None, "", False  # "police went after the “ringleaders”": an attack in words names it "as …"
    if toks[c].low == "according":
        e = np_right(toks, c + n, hi)
        return (Attr(tok_span(toks, c + n, e), verb) if e > c + n else None), "according", True
    floor = 0
    while floor < c and toks[floor].start < lo:
        floor += 1
    b = skip_between(toks, c, floor)
    if b < c and toks[b].low == "to":
        return None, "", False  # "Asked to describe", "declined to say": an infinitive, not a cue
    ing = toks[c].low.endswith("ing")
    if b == c and b > floor and is_gerund(toks[b - 1]):
        return None, "", False  # "taking calls", "making claims": a noun after a gerund, not a cue
    addressee = addressee_of(toks[:hi], c, n)
    participle = ing and b > floor and toks[b - 1].low == ","
    s = np_left(toks, b, floor)
    if not ing and any(toks[x].low in BE for x in range(b, c)):
        return None, "", False  # "areas that are commonly called “…”": a passive names no speaker
    if same and any(toks[x].low in _NEGATIONS for x in range(b, c)):
        return None, "", False  # "they did not respond to … “…”": nobody said it
    if _idiom(toks, floor, b, c, n):
        return None, "", False  # "That said, …": an idiom, not a cue
    if s < b and all(toks[x].low in DETERMINERS for x in range(s, b)):
        s = b  # "a call", "the call": a determiner alone is no speaker
    if s < b and not participle:
        before = toks[s - 1].low if s > floor else ""
        if before in PREPOSITIONS and not ing and not any(t.cap for t in toks[s:b]):
            return None, before, False  # "during the call": a noun, not a speaker
        if not is_past(toks[c].low) and any(t.low == "of" for t in toks[s:b]):
            # "a flurry of late-night tweets": the "cue" is a noun after "of"
            # (a past tense is a verb: "52 percent of registered voters agreed")
            o = max(x for x in range(s, b) if toks[x].low == "of")
            if o + 1 < b and not opens_phrase(toks[o + 1]):
                return None, before, False
        if ing and toks[b - 1].low in slex.CUE_NOUNS:
            # "the council issued a statement calling …": the one who issued it
            v = issuer_verb(toks, s, b)
            if v > s:
                return Attr(tok_span(toks, s, v), verb, addressee), before, True
        return Attr(tok_span(toks, s, b), verb, addressee), before, True
    before = toks[b - 1].low if b > floor else ""
    if before in ("who", "which", "that") and b - 1 > floor:
        # "the police department, which reported …": the noun the clause hangs on
        k = b - 2 if toks[b - 2].low == "," else b - 1
        while k > floor + 1 and toks[k - 1].low in slex.TIME_WORDS:
            k -= 1  # "a letter from his doctor Friday afternoon that says"
        r = np_left(toks, k, floor)
        for x in range(k - 1, r, -1):
            if toks[x].low == "and" and toks[x + 1].cap:
                r = x + 1  # "Ann Roe and Lee Park, who joked": the last one named
                break
            if toks[x].low in ("a", "an", "the") and toks[x - 1].word and not toks[x - 1].cap:
                r = x  # "I saw a post that said": the noun phrase, not the clause before it
                break
        if r < k and clause_inside(toks, r, k):
            r = k  # "Children hung banners that say": a clause, not a noun phrase
        if r < k:
            return Attr(tok_span(toks, r, k), verb, addressee), before, True
        if before == "that":
            return None, before, False  # "decals that say “…”": a thing, nobody named
    if before == "," and b - 1 > floor:
        appo = apposition_subject(toks, b - 1, floor)
        if appo is not None:
            return Attr(appo, verb, addressee), before, True
    if before == "and" and b - 2 > floor and toks[b - 2].word and not toks[b - 2].cap:
        # "I laughed and said": the subject of the verb before "and"
        r = np_left(toks, b - 2, floor)
        if r < b - 2 and unpossessive(toks[r].low) in tlex.PRONOUNS and r + 1 == b - 2:
            return Attr(tok_span(toks, r, r + 1), verb, addressee), before, True
    gerund = ing and before in GERUND_AFTER  # "for saying", "despite admitting"
    if before in ("and", "but", ",", "who", "which", "then", "also", "") or participle or gerund:
        subj = subject_of(text, lo, toks, floor, b)
        if subj is not None:
            return Attr(subj, verb, addressee), before, participle
        return Attr(None, verb, addressee), before, False
    return None, before, False

def _idiom(toks: Sequence[Tok], floor: int, b: int, c: int, n: int) -> bool:
    """True for "That said," and "This said," opening a clause: no one says anything."""
    if b != c or b <= floor or toks[b - 1].low not in ("that", "this"):
        return False
    if c + n >= len(toks) or toks[c + n].low != ",":
        return False
    return b - 1 == floor or not toks[b - 2].word

def sentence_cue(
    text: str, gaps: Sequence[Tuple[int, int]], same: bool = True, taken: int = -1
) -> Optional[Attr]:
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
    cues = [c for lo, hi in gaps for c in find_cues(text, lo, hi)]
    if taken >= 0 and len(cues) > 1:
        cues = [c for c in cues if c[0] != taken]
    if cues:
        lead = _lead_end(text, first, gaps[0][1])
        if lead > first and cues[-1][0] >= lead:
            cues = [c for c in cues if c[0] >= lead]
    best: Optional[Attr] = None
    last: Optional[Attr] = None
    last_end = -1
    for cs, ce in cues:
        # a full stop between the cue and the quotation: the cue's sentence is another one
        here = same and full_stop(text, ce, gaps[-1][1]) is None
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
            best = Attr(best.speaker, attr.verb, attr.addressee or best.addressee)
    if last is not None and last is not best and last.speaker is not None and _leads_in(text, last, last_end, gaps):
        best = last
    if best is None and same:
        return _possessive(text, gaps[-1][0], gaps[-1][1])
    return best

def _leads_in(text: str, attr: Attr, cue_end: int, gaps: Sequence[Tuple[int, int]]) -> bool:
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
    if text[k:j].casefold() not in LEAD_WORDS:
        return lo
    comma = text.find(",", j, hi)
    return comma + 1 if comma >= 0 else lo

def _inverted(text: str, lo: int, hi: int) -> Optional[Attr]:
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
    toks = tokenize(text, k, end + len(tail))
    if len(toks) < 3 or toks[-1].low not in (",", ":"):
        return None
    if not opens_phrase(toks[1]) and not named_soon(toks, 1, len(toks) - 1):
        return None  # "Said board chair Ann Roe:" opens on a role
    e = np_right(toks, 1, len(toks) - 1)
    if e != len(toks) - 1:
        return None
    return Attr(tok_span(toks, 1, e), tok_span(toks, 0, 1))

def _possessive(text: str, lo: int, hi: int) -> Optional[Attr]:
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
    return Attr((s, last.end("who")), last.span("cue"))

#: the words alone between an attribution's verb and a later cue that shares its subject
#: ("“…,” Roe said, then added “…”", "…, and later told reporters that “…”")
_SHARED_SUBJECT = frozenset({"and", "then", "later", "also", "but", "again", "finally", "soon"})

#: the runs of word characters of a stretch
_word_runs = re.compile(r"\w+").findall

def continues_previous(text: str, prev: Attr, left: int, pos: int) -> bool:
    """True when the text between the previous quotation and this one is its attribution, or nothing.

    >>> t = "“Is it on?” she asked, as Lee went on about “the strike at the docks.”"
    >>> prev = Attr((12, 15), (16, 21))
    >>> continues_previous(t, prev, 11, t.index("“the")), continues_previous(t, prev, 11, 12)
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
    end = full_stop(text, prev.verb[1], pos)
    if end is not None:
        return not find_cues(text, end.end(), pos)
    # and so does a finite cue after a comma ("“…?” she asked, as Lee went on about “…”");
    # a participle, an infinitive or a verb after only "and", "then" shares the subject
    # ("“…,” Roe said, going on to say that “…”", "“…,” Roe said, then added “…”")
    return all(
        text[a:b].split(" ")[0].endswith("ing")
        or text[max(0, a - 3) : a] == "to "
        or set(_word_runs(text[prev.verb[1] : a].casefold())) <= _SHARED_SUBJECT
        for a, b in find_cues(text, prev.verb[1], pos)
    )
