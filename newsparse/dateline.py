"""Stage: the wire dateline opening the first paragraph.

>>> m = match_dateline("GAZA CITY (Reuters) — Israeli strikes hit the city overnight.")
>>> m.group("location"), m.group("agency")
('GAZA CITY', 'Reuters')
>>> match_dateline("GREEN BAY, Wis. -- Here we go again.").group("location")
'GREEN BAY, Wis.'
>>> match_dateline("LONDON, Feb 7 (Reuters) - Shares fell.").group("agency")
'Reuters'
>>> match_dateline("The US will present plans.") is None
True
"""

from __future__ import annotations

from typing import Optional

import regex

from ._draft import Draft, evolve
from ._lexicon import agencies as alex
from .model import Dateline, Span

__all__ = ["find", "match_dateline"]

_PATTERNS = {
    "dateline": regex.compile(
        r"""
        ^(?P<raw>
          (?P<location>
            [\p{Lu}][\p{Lu}\p{M}.'’\-]*(?:\s[\p{Lu}][\p{Lu}\p{M}.'’\-]*){0,3}     # GAZA CITY, NEW ORLEANS
            (?:,\s[\p{Lu}][\p{L}.'’\-]*(?:\s[\p{Lu}][\p{L}.'’\-]*){0,2}){0,2}     # , Wis. / , Alabama
          |
            [\p{Lu}][\p{Ll}\p{M}'’\-]+(?:\s[\p{Lu}][\p{Ll}\p{M}'’\-]+){0,2}         # London (mixed case,
            (?=,?\s[^()]{0,20}\()                                                   #   only with an agency)
          )
          (?:,\s(?P<date>[\p{L}]{3,9}\.?\s\d{1,2}))?                              # , Feb 7
          (?:\s*\((?P<agency>[^()]{1,40})\))?                                    # (Reuters)
          \s*\.?(?P<dash>\s[-–—]{1,2}|[-–—]{1,2}|:)                              # the dash
        )\s+(?=\S)
        """,
        regex.VERBOSE,
    ),
}
_match = _PATTERNS["dateline"].match


def match_dateline(text: str) -> Optional[regex.Match[str]]:
    """The dateline match at the start of *text*, or None."""
    m = _match(text)
    if m is None:
        return None
    loc = m.group("location")
    agency = m.group("agency")
    if agency is not None and agency.casefold() not in alex.AGENCIES and len(agency.split()) > 3:
        return None
    letters = [c for c in loc.split(",")[0] if c.isalpha()]
    if len(letters) < 2:
        return None
    if not loc.split(",")[0].isupper() and agency is None:
        return None
    if m.group("dash") == ":" and agency is None:
        return None
    return m


def find(draft: Draft) -> Draft:
    """Pipeline stage: read a dateline from the first body paragraph."""
    paragraphs = draft.article.paragraphs
    for p in paragraphs[:2]:
        if p.kind != "paragraph":
            continue
        m = match_dateline(p.text)
        if m is None:
            continue
        base = p.text_span.start
        loc_s, loc_e = m.span("location")
        ag = m.group("agency")
        raw = m.group("raw").rstrip()
        dl = Dateline(
            location=m.group("location"),
            agency=ag,
            raw=raw,
            span=Span(base, base + len(raw)),
            location_span=Span(base + loc_s, base + loc_e),
            agency_span=Span(base + m.start("agency"), base + m.end("agency")) if ag else None,
        )
        return evolve(draft, article=evolve(draft.article, dateline=dl))
    return draft
