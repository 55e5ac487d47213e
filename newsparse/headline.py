"""Stage: the headline, and around it the kicker, a pull quote, the deck and a section.

The headline is the best-scoring line above the byline/date cluster (or above
the body when there is none): headline-shaped (a few words, Title Case or a
sentence without an end stop) and close to where the article starts. The line
just above it may be a kicker or a section; the lines between it and the
byline are the deck.

>>> split_kicker_quote("Inside story'This isn't just us saying it'")
('Inside story', "'This isn't just us saying it'")
>>> score_line("Blinken to Bibi: U.S. very concerned about possible Israeli ground operation in Rafah", 0) > 0
True
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import regex

from ._draft import FREE, Draft, Line, claim, whole
from ._lexicon import boilerplate as blex
from ._lexicon import sections as slex
from ._text import cjk_count, ends_sentence, fold, is_prose, is_titlelike, title_ratio, word_count
from .byline import is_name
from .dates import find_dates
from .model import Block, Field, Span

__all__ = ["find", "score_line", "split_kicker_quote"]

_PATTERNS = {
    # "Inside story'This isn't…'" — a kicker glued to a quoted pull quote
    "kicker_quote": regex.compile(r"^(?P<kicker>[^'\"‘’“”«»]{2,40}?)\s?(?P<quote>['\"‘“«][^\n]{8,}['\"’”»])$"),
    # "OH NO-LAN Linda Nolan reveals …" — a kicker in capitals glued to the headline
    "caps_kicker": regex.compile(r"^(?P<kicker>(?:[\p{Lu}\d][\p{Lu}\d'’!?&-]*\s){1,4})(?=[\p{Lu}][\p{Ll}])"),
}
_match_kicker_quote = _PATTERNS["kicker_quote"].match
_match_caps_kicker = _PATTERNS["caps_kicker"].match

#: how many lines above the anchor a headline is looked for
_REACH = 25
_HEADER_ROLES = frozenset({"byline", "date", "author_bio"})
#: headline-shape score by word count; lines of 6 to 20 words score 2.5
_WORDS_SCORE = {3: 0.0, 4: 0.7, 5: 1.6, 21: 2.0, 22: 1.8, 23: 1.5, 24: 1.2, 25: 1.0}
#: a headline must score above this
_MIN_SCORE = -1.5


def split_kicker_quote(text: str) -> Optional[Tuple[str, str]]:
    """Split a kicker glued to a pull quote; None when the line is not one."""
    m = _match_kicker_quote(text)
    if not m or word_count(m.group("kicker")) > 4:
        return None
    return m.group("kicker").strip(), m.group("quote")


def score_line(text: str, distance: int) -> float:
    """How headline-like *text* is, *distance* content lines above the anchor."""
    wc = word_count(text)
    cjk = cjk_count(text)
    s = 0.0
    if cjk >= 6:
        s += 2.0 if 6 <= len(text) <= 80 else -2.0
    elif wc < 3:
        s -= 4.0 if wc < 2 else 2.5
    elif wc <= 25:
        s += _WORDS_SCORE.get(wc, 2.5)
    elif wc > 32:
        s -= 4.0
    if len(text) > 220:
        s -= 4.0
    if title_ratio(text) >= 0.75 and wc >= 3:
        s += 1.0
    if text.endswith(":"):
        s -= 4.0
    elif text.endswith(".") and not text.endswith("..."):
        s -= 1.0
    f = fold(text)
    if f in slex.SECTIONS or f in blex.EXACT:
        s -= 5.0
    if is_prose(text) and not is_titlelike(text):
        s -= 2.0 if wc > 25 else 1.0
    if text.isupper() and wc > 2:
        s -= 0.5
    if "|" in text or " • " in text or " > " in text or "»" in text or " / " in text:
        s -= 3.0
    if _looks_meta(text):
        s -= 5.0
    if split_kicker_quote(text) is not None:
        s -= 2.0  # a kicker glued to a pull quote sits above the headline
    return s - 0.35 * min(distance, 12)


def _looks_meta(text: str) -> bool:
    """A byline, a timestamp or a credit rather than a title."""
    low = text.casefold()
    if "@" in text or low.startswith(("by ", "by:", "photo", "credit", "image", "courtesy", "posted", "updated", "published")):
        return True
    if sum(c.isdigit() for c in text) * 3 > len(text):
        return True
    dates = find_dates(text)
    if dates and sum(m.end - m.start for m in dates) * 3 >= len(text):
        return True
    return word_count(text) <= 4 and is_name(text)


def _marks(draft: Draft) -> List[int]:
    """Header lines (byline, dates) that anchor the headline.

    A byline anywhere above the body counts; a date line counts when it stands
    next to a byline or close to the body, not when it is a lone site-header date.
    """
    b0, b1 = draft.body
    roles = draft.roles
    hi = min(len(roles), b0 + 4) if b1 > b0 else len(roles)
    bylines = [i for i in range(hi) if roles[i] in ("byline", "author_bio")]
    out = []
    for i in range(hi):
        if roles[i] in ("byline", "author_bio"):
            out.append(i)
        elif roles[i] == "date" and (any(abs(i - j) <= 3 for j in bylines) or b0 - i <= 8):
            out.append(i)
    return out


def _choose(lines: Sequence[Line], roles: Sequence[str], marks: Sequence[int], stop: int) -> Optional[int]:
    """The index of the best headline candidate above *stop* (the body start), or None."""
    n = len(lines)
    free_before = [0] * (n + 1)  # free lines before index k
    for k in range(n):
        free_before[k + 1] = free_before[k] + (roles[k] == FREE)
    top = min(marks) if marks else stop
    best, best_score = None, _MIN_SCORE
    for i in range(max(0, top - _REACH), min(n, stop + 2)):
        if roles[i] != FREE:
            continue
        text = lines[i].text
        inside = i >= stop
        if inside and not _may_open(lines[i], free_before[i]):
            break
        nxt = next((m for m in marks if m > i), stop if stop > i else n)
        distance = free_before[nxt] - free_before[i + 1]
        s = score_line(text, distance)
        if marks and i > min(marks):
            s -= 0.7
        if free_before[i] <= 1 and lines[i].words >= 4:
            s += 1.5 - free_before[i]  # the first lines with content
        if any(0 < m - i <= 3 for m in marks):
            s += 1.0  # right above the byline or the date
        if inside:
            s -= 1.0
        # a line in a run of similar teaser titles is a list, not the headline
        if i + 1 < n and roles[i + 1] == FREE and is_titlelike(lines[i + 1].text) and not is_prose(lines[i + 1].text):
            s -= 1.0
        if s > best_score:
            best, best_score = i, s
    return best


def _may_open(line: Line, free_above: int) -> bool:
    """May a line inside the body's first lines still be the headline?"""
    if not line.prose or is_titlelike(line.text):
        return True
    # a question or exclamation at the very top: "How does the brain …?"
    return free_above <= 1 and line.words <= 20 and not line.text.endswith(".")


def find(draft: Draft) -> Draft:
    """Pipeline stage: claim the headline and the kicker, pull quote, deck and section near it."""
    lines, roles = draft.lines, draft.roles
    if not lines:
        return draft
    b0, b1 = draft.body
    marks = _marks(draft)
    stop = b0 if b1 > b0 else len(lines)
    h = _choose(lines, roles, marks, stop)
    if h is None:
        return draft
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {}
    changes: Dict[str, object] = {}
    hl = lines[h]
    htext, hstart = hl.text, hl.start
    caps = _match_caps_kicker(htext)
    blocks: List[Block] = []
    if caps and len(caps.group("kicker").split()) >= 2 and word_count(htext) - len(caps.group("kicker").split()) >= 3:
        k = caps.group("kicker").strip()
        changes["kicker"] = Field(k, Span(hstart, hstart + len(k)))
        blocks.append(Block("kicker", Span(hstart, hstart + len(k))))
        cut = caps.end("kicker")
        htext, hstart = htext[cut:], hstart + cut
    changes["headline"] = Field(htext, Span(hstart, hl.end))
    blocks.append(Block("headline", Span(hstart, hl.end)))
    claims[h] = ("headline", tuple(blocks))
    # above: a kicker (maybe glued to a pull quote) or a section
    above = h - 1
    while above >= 0 and roles[above] != FREE and roles[above] == "boilerplate" and h - above <= 2:
        above -= 1
    if above >= 0 and roles[above] == FREE:
        al = lines[above]
        kq = split_kicker_quote(al.text)
        if kq is not None and "kicker" not in changes:
            k, q = kq
            ks = al.start + al.text.index(k)
            qs = al.start + al.text.rindex(q)
            changes["kicker"] = Field(k, Span(ks, ks + len(k)))
            changes["pull_quote"] = Field(q, Span(qs, qs + len(q)))
            claims[above] = ("kicker", (Block("kicker", Span(ks, ks + len(k))), Block("pull_quote", Span(qs, qs + len(q)))))
        elif fold(al.text) in slex.SECTIONS and draft.article.section is None:
            changes["section"] = Field(al.text, al.span)
            claims[above] = whole("section", al)
        elif (
            "kicker" not in changes
            and word_count(al.text) <= 5
            and not ends_sentence(al.text)
            and not al.text.endswith(":")
            and fold(al.text) not in blex.EXACT
            and al.gap is False
        ):
            changes["kicker"] = Field(al.text, al.span)
            claims[above] = whole("kicker", al)
    # below: the deck, between the headline and the byline/date cluster or the body
    anchor = next((m for m in marks if m > h), stop)
    for i in range(h + 1, min(len(lines), max(anchor, h + 1) + 1)):
        if roles[i] != FREE:
            continue
        text = lines[i].text
        if i >= anchor and not (i == h + 1 and _deck_shaped(text, lines, roles, i)):
            break
        if word_count(text) >= 5 and not text.endswith(":"):
            changes["deck"] = Field(text, lines[i].span)
            claims[i] = whole("deck", lines[i])
        break
    return claim(draft, claims, **changes)


def _deck_shaped(text: str, lines: Sequence[Line], roles: Sequence[str], i: int) -> bool:
    """A line right below the headline that reads as a standfirst, not a first paragraph."""
    if ends_sentence(text) or word_count(text) < 8:
        return False
    nxt = next((ln for ln in lines[i + 1 :] if roles[ln.index] == FREE), None)
    return nxt is not None and is_prose(nxt.text)
