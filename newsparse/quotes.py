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

The pieces live in private modules of pure functions: :mod:`._quote_marks`
(marks, units, segments), :mod:`._quote_words` (tokens, cues, sentence
bounds), :mod:`._quote_phrases` (speaker and addressee phrases),
:mod:`._quote_cues` (attribution by a cue) and :mod:`._quote_leads`
(attribution with no cue); this module runs them over the paragraphs.

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

from typing import Dict, List, Optional, Sequence, Tuple

import regex

from ._draft import Draft, evolve
from ._quote_cues import NO_ATTR, Attr, after_quote, continues_previous, sentence_cue
from ._quote_leads import colon_lead, colon_named, colon_subject, in_view, lead_participle
from ._quote_marks import Seg, inner_span, pair_marks, quote_ends_sentence, segments, split_units
from ._quote_words import TITLE_WORDS, cue_comma, ends_sentence, sentence_ends, sentence_start, title_like
from .model import Paragraph, Quote, Span, Speaker
from .speakers import People, build_people, resolve

__all__ = ["attribute", "find_quotes", "pair_marks"]

_PATTERNS = {
    # a transcript speaker that opens a quotation: "WALLACE: …", "MIKE PENCE: …"
    "transcript": regex.compile(
        r"[\p{Lu}][\p{Lu}.'’\-]+(?=:\s)|[\p{Lu}][\p{Lu}.'’\-]+ [\p{Lu}][\p{Lu}.'’\-]+(?=:\s)"
    ),
}
_transcript = _PATTERNS["transcript"].match

_MIN_WORDS = 3  # a fragment shorter than this is a scare quote unless someone is said to have said it

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
    words = text[max(0, pos - 40) : pos].rsplit(None, 1)  # ``None`` splits where ``str.isspace`` is true
    return words[-1].casefold() if words else ""

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
    units = split_units(text, paragraphs)
    segs = segments(text, units)
    if not segs:
        return ()
    inner = [inner_span(text, seg) for seg in segs]  # the words inside the marks, per segment
    results: List[Tuple[Attr, int, str]] = []  # (attribution, continues, kind) per segment
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
        start = sentence_start(text, left, seg.start)
        if prev_i < 0 or start > left or quote_ends_sentence(text, segs[prev_i], inner[prev_i], seg.start):
            sentence_gaps = []
            taken = -1
        sentence_gaps.append((start, seg.start))
        direct = ends_sentence(text, seg.start, ua) or cue_comma(text, left, seg.start)
        kind = "direct" if direct else "partial"
        attr: Optional[Attr] = None
        cont = -1
        who = _transcript(text, ia, ib) if text.find(":", ia, ib) >= 0 else None
        if who is not None:  # "HOST: …" — a transcript names its speaker, run or not
            attr = Attr(who.span(), (who.end(), who.end() + 1))
        elif seg.prev_run >= 0:
            cont = seg.prev_run
        else:
            if seg.closed:
                attr = after_quote(text, seg.end, next_start, text[ib - 1 : ib] == "." if ib > ia else False)
                if attr is not None and attr.verb is not None and taken < 0:
                    taken = attr.verb[0]  # the cue after a quotation is that quotation's
            if attr is None and prev_i >= 0 and continues_previous(text, results[prev_i][0], left, seg.start):
                cont = prev_i
            if attr is None and cont < 0:
                attr = sentence_cue(text, sentence_gaps, taken=taken)
                if attr is None and len(sentence_gaps) == 1:
                    attr = colon_subject(text, *sentence_gaps[0])
                    if attr is not None:
                        if people is None:
                            people = build_people(text, [(s.start, s.end) for s in segs])
                        if not colon_named(people, text, attr):
                            attr = None
            if attr is None and cont < 0 and len(sentence_gaps) == 1:
                attr = in_view(text, sentence_gaps[0][0], seg.start)
                if attr is not None and attr.speaker is not None and text[attr.speaker[0]].isupper():
                    if people is None:
                        people = build_people(text, [(s.start, s.end) for s in segs])
                    if not colon_named(people, text, attr):
                        attr = None  # "To Paris, “the city of light”": a place, no one's view
            if attr is None and cont < 0 and len(sentence_gaps) == 1 and seg.closed:
                attr = lead_participle(text, sentence_gaps[0][0], seg.start, seg.end, next_start)
            if attr is None and cont < 0 and prev_i >= 0 and len(sentence_gaps) > 1:
                cont = prev_i  # “…” and “…” in one sentence: one speaker
            if attr is None and cont < 0 and direct and start > left:
                attr = sentence_cue(text, [(sentence_start(text, left, start - 1), start)], same=False)
            if attr is None and cont < 0 and direct and prev_i < 0 and start == ua:
                cont = _floating(text, segs, results, units, seg.unit, last_of_unit)
                if cont < 0:
                    attr = colon_lead(text, units, seg.unit)
                    if attr is not None and attr.verb is not None and text[attr.verb[0]] == ":":
                        if people is None:
                            people = build_people(text, [(s.start, s.end) for s in segs])
                        if not colon_named(people, text, attr):
                            attr = None
        if cont >= 0:
            parent = results[cont][0]
            if parent.speaker is not None:
                attr = parent
                if seg.prev_run >= 0:
                    kind = results[cont][2]
            elif seg.prev_run >= 0 and seg.closed:
                # an open run attributed at its end: “… / “…,” X said.
                attr = after_quote(text, seg.end, next_start, False)
        if attr is None or attr.speaker is None:
            attr = NO_ATTR
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
    segs: Sequence[Seg],
    inner: Sequence[Tuple[int, int]],
    results: Sequence[Tuple[Attr, int, str]],
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
        words = qtext.split(None, TITLE_WORDS)
        if len(words) < _MIN_WORDS:
            continue  # "true", "deeply concerned", “No,”: too short to tell a quotation from a term
        if _word_before(text, seg.start) in ("titled", "entitled", "headlined"):
            continue  # an article titled ‘The EU is cheating …’: a title in any case
        if title_like(words) and (
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

def _floating(
    text: str,
    segs: Sequence[Seg],
    results: Sequence[Tuple[Attr, int, str]],
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
    if any(True for _ in sentence_ends(text, segs[j].end, tail_end)):
        return -1
    return j

def attribute(draft: Draft) -> Draft:
    """Pipeline stage: fill ``article.quotes`` from the body paragraphs."""
    quotes = find_quotes(draft.text, draft.article.paragraphs)
    if quotes == draft.article.quotes:
        return draft  # nothing found (the common "no quotation" case): the draft stands as it is
    return evolve(draft, article=evolve(draft.article, quotes=quotes))
