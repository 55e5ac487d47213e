"""The order of the stages, declared as data, and the public ``parse``.

Each stage is a pure function ``Draft -> Draft``. The table below is the only
place that knows their order; nothing else is shared between them.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable, Optional, Tuple

from . import (
    assemble,
    blocks,
    boilerplate,
    byline,
    captions,
    dateline,
    dates,
    diagnostics,
    headline,
    layout,
    paragraphs,
    quotes,
)
from ._draft import Draft
from .model import Article

__all__ = ["STAGES", "parse"]

Stage = Callable[[Draft], Draft]

#: ``(name, function)`` pairs, run in this order by :func:`parse`.
STAGES: Tuple[Tuple[str, Stage], ...] = (
    ("blocks", blocks.split),  # lines with spans
    ("boilerplate", boilerplate.mark),  # share bars, ads, menus, trailers by lexicon
    ("layout", layout.zone),  # where the body runs
    ("captions", captions.find),  # captions, credits, alt text
    ("byline", byline.find),  # authors, roles, bio
    ("dates", dates.find),  # published / updated lines, section beside a date
    ("headline", headline.find),  # headline, kicker, pull quote, deck, section
    ("paragraphs", paragraphs.build),  # body paragraphs, notes, related links
    ("dateline", dateline.find),  # "GAZA CITY (Reuters) —"
    ("quotes", quotes.attribute),  # quotations and their speakers
    ("diagnostics", diagnostics.check),  # warnings about the input
    ("assemble", assemble.finish),  # leftovers to boilerplate; blocks in order
)


def parse(text: str, *, reference_date: Optional[_dt.date] = None) -> Article:
    """Parse one raw news text dump into an :class:`~newsparse.model.Article`.

    *reference_date* anchors relative or year-less dates ("2 hours ago",
    "Tuesday", "Feb 7"); without it such dates are left unresolved.

    Raises :class:`TypeError` when *text* is not a ``str``.

    >>> parse("Rain ends drought\\n\\nBy Li Wei\\n\\nIt rained at last on Tuesday, officials said.").headline.text
    'Rain ends drought'
    >>> parse(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: parse() expects str, not bytes; decode it first, e.g. data.decode("utf-8", errors="replace")
    """
    if not isinstance(text, str):
        hint = ""
        if isinstance(text, (bytes, bytearray, memoryview)):
            hint = '; decode it first, e.g. data.decode("utf-8", errors="replace")'
        raise TypeError(f"parse() expects str, not {type(text).__name__}{hint}")
    if reference_date is not None and not isinstance(reference_date, _dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    if isinstance(reference_date, _dt.datetime):
        reference_date = reference_date.date()
    draft = Draft(text=text, reference_date=reference_date)
    for _name, stage in STAGES:
        draft = stage(draft)
    return draft.article
