"""Attribution with no speech cue: colon lead-ins, views and opening participles.

When no cue attributes a quotation, a few sentence shapes still name who
speaks: the subject of the clause ending on the colon before it (`Ruiz put it
plainly: “…”`, :func:`colon_subject`), a previous paragraph that ends on
`X said:` (:func:`colon_lead`), `to her, “…”` giving someone's view
(:func:`in_view`), and an opening adverbial with a speech participle
(`After saying …, she …`, :func:`lead_participle`). :func:`colon_named` checks
that a colon's subject is someone the article names, not a place or a thing.

>>> t = "At the pier, Mayor Ana Ruiz put the choice plainly: "
>>> a = colon_subject(t, 0, len(t))
>>> t[slice(*a.speaker)], t[slice(*a.verb)]
('Mayor Ana Ruiz', ':')
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

from ._lexicon import titles as tlex
from ._lexicon.given_names import GIVEN_NAMES
from ._quote_cues import GERUND_AFTER, Attr, sentence_cue
from ._quote_phrases import SUBJECT_REACH, np_right, speaking_head, subject_at_start
from ._quote_words import (
    BE,
    DETERMINERS,
    TITLE_WORDS,
    cue_len,
    find_cues,
    opens_phrase,
    sentence_start,
    title_like,
    tok_span,
    tokenize,
    unpossessive,
)
from .speakers import People, proper_word, resolve

__all__ = ["colon_lead", "colon_named", "colon_subject", "in_view", "lead_participle"]

_COLON_CLAUSE_OPENERS = frozenset({"and", "but", "so", "that", "then", "yet"})  # "…, but she put it this way:"

# what may stand before the "to" of a view: "because to her, “…”"
# ("as to X" is "regarding X", no view)
_VIEW_BEFORE = frozenset({"because", "and", "but", "yet", "so", "for", "that", "while", "although", "though"})

def colon_subject(text: str, lo: int, hi: int) -> Optional[Attr]:
    """The subject of the clause that ends a sentence ``text[lo:hi]`` on the colon that
    introduces the quotation, when the sentence has no cue: `Here, Ruiz put the choice
    plainly: “…”`, or a bare `Ruiz: “…”` as in a headline.

    The clause is read from the last comma before the colon (past an "and", "but",
    "so" or "that" opening it), and it must not hold a "that" after its subject
    nor end on a copula ("His motto is:" names a motto, not a speaker). The verb
    is the colon. Whether the subject is a person the article names is checked
    by the caller.

    >>> t = "At the pier, Mayor Ana Ruiz put the choice plainly: "
    >>> a = colon_subject(t, 0, len(t))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('Mayor Ana Ruiz', ':')
    >>> colon_subject("Her motto is: ", 0, 14) is None
    True
    """
    colon = hi - 1
    while colon > lo and text[colon].isspace():
        colon -= 1
    if colon <= lo or text[colon] != ":":
        return None
    start = max(lo, colon - SUBJECT_REACH)
    comma = max(text.rfind(",", start, colon), text.rfind(";", start, colon))
    if comma >= 0:
        start = comma + 1
    elif start > lo:
        return None  # a long sentence with no comma in reach: no clause to tell
    toks = tokenize(text, start, colon)
    k = 0
    if toks and toks[0].low in _COLON_CLAUSE_OPENERS:
        k = 1
    subj = subject_at_start(text, toks, k, len(toks))
    if subj is None or toks[subj[1] - 1].low.endswith(("'s", "’s")):
        return None  # "Ruiz's favourite film is …:": the subject is a thing of hers
    if subj[1] == subj[0] + 1 and toks[subj[0]].low in DETERMINERS:
        e = speaking_head(toks, subj[1], len(toks))  # "The piece used …": not "The" alone
        if e < 0:
            return None
        subj = (subj[0], e)
    rest = toks[subj[1] :]
    if rest and (rest[-1].low in BE or any(t.low in ("that", "—", "–") for t in rest)):
        return None
    return Attr(tok_span(toks, *subj), (colon, colon + 1))

def in_view(text: str, lo: int, qs: int) -> Optional[Attr]:
    """`to her, “…”` / `To Ruiz, “…”` right before a quotation in a sentence with no cue:
    the words are that person's view.

    >>> t = "The vote mattered because to her, “nothing is more important.”"
    >>> a = in_view(t, 0, t.index("“"))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('her', 'to')
    """
    k = qs - 1
    while k > lo and text[k].isspace():
        k -= 1
    if k <= lo or text[k] != ",":
        return None
    toks = tokenize(text, max(lo, k - 40), k)
    if len(toks) < 2 or toks[-2].low != "to":
        return None
    who = toks[-1]
    if not who.word or not (who.low in ("him", "her", "them") or (who.cap and who.low not in tlex.NOT_NAMES)):
        return None
    if len(toks) > 2 and toks[-3].word and toks[-3].low not in _VIEW_BEFORE:
        return None  # "said to her, “…”", "in a letter to Ruiz, “…”": not a view
    return Attr((who.start, who.end), (toks[-2].start, toks[-2].end))

def lead_participle(text: str, lo: int, qs: int, qe: int, hi: int) -> Optional[Attr]:
    """A quotation inside an opening adverbial with a speech participle goes to the
    subject of the main clause right after it: `After saying her foot was “so
    swollen I could not walk,” she was taken to hospital` goes to "she".

    ``text[lo:qs]`` is the sentence before the quotation, ``text[qs:qe]`` the
    quotation (its comma inside or right after it), and *hi* bounds the clause after.

    >>> t = 'After saying the pier was “not safe for anyone,” Ruiz closed it.'
    >>> a = lead_participle(t, 0, t.index("“"), t.index("”") + 1, len(t))
    >>> t[slice(*a.speaker)], t[slice(*a.verb)]
    ('Ruiz', 'saying')
    """
    if qs - lo > SUBJECT_REACH or text.find(",", lo, qs) >= 0:
        return None  # the adverbial ends before the quotation, or is too long to read
    space = text.find(" ", lo, qs)
    if space < 0 or text[lo:space].casefold() not in GERUND_AFTER:
        return None  # cheap test first: the sentence opens on "After", "Before", "While" …
    toks = tokenize(text, lo, qs)
    if len(toks) < 2 or toks[0].low not in GERUND_AFTER or not toks[0].cap:
        return None
    cue = next((x for x in range(1, len(toks)) if toks[x].low.endswith("ing") and cue_len(toks, x)), -1)
    if cue < 0:
        return None
    k = qe if text[qe - 2 : qe - 1] == "," else (qe + 1 if text[qe : qe + 1] == "," else -1)
    if k < 0:
        return None  # no comma closes the adverbial at the quotation
    if title_like(text[qs + 1 : qe - 1].split(None, TITLE_WORDS)):
        return None  # "After reading “The Long Way Home,” Ruiz wept": a title, read
    after = tokenize(text, k, min(hi, k + SUBJECT_REACH), stop_at_end=True)
    if len(after) < 2:
        return None
    e = np_right(after, 0, len(after))
    if e == 0 or e >= len(after) or not opens_phrase(after[0]) or not after[e].word or after[e].cap:
        return None  # the main clause opens on its subject and a verb in lower case
    return Attr(tok_span(after, 0, e), tok_span(toks, cue, cue + cue_len(toks, cue)))

def colon_named(people: People, text: str, attr: Attr) -> bool:
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
    head = unpossessive(who.text.rsplit(None, 1)[-1]).casefold()
    if who.text[:1].islower() or who.text.split(None, 1)[0].casefold() in DETERMINERS:
        # "The piece used … as its headline:", "A senior official put it bluntly:"
        return head in tlex.ORG_HEADS or head in tlex.UNNAMED_HEADS
    if who.name is None:
        return False
    words = [unpossessive(w) for w in who.text.split()]
    if any(w.casefold() in tlex.TITLE_WORDS or w.casefold() in GIVEN_NAMES for w in words + who.name.split()):
        return True  # "Council leader Ines Kalnins", "Mayor Ruiz", "Ruiz" named "Ana Ruiz" before
    return len(words[0]) > 2 and proper_word(people, words[0])

def colon_lead(text: str, units: Sequence[Tuple[int, int, int]], unit: int) -> Optional[Attr]:
    """A previous unit that ends `X said:` or `X reports:` introduces this quotation; one
    with no cue (`X made the following comment:`) gives the subject of its last clause,
    with the colon as the verb, for the caller to check."""
    if unit == 0:
        return None
    _pi, a, b = units[unit - 1]
    if b <= a or text[b - 1] != ":":
        return None
    lo = sentence_start(text, a, b - 1)
    got = sentence_cue(text, [(lo, b - 1)], same=False)
    if got is None and not find_cues(text, lo, b - 1):
        got = colon_subject(text, lo, b)
    return got
