"""The value passed from stage to stage: the input, its lines, and what is decided so far.

A :class:`Draft` is frozen. A stage returns a new draft made with
:func:`attrs.evolve` (usually through :func:`claim`), so no stage can change
what an earlier one decided behind its back.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Mapping, NamedTuple, Optional, Tuple

import attrs

from .model import Article, Block, Span


class Line(NamedTuple):
    """One non-blank line of the input, stripped of surrounding whitespace."""

    index: int  # type: ignore[assignment]  # the field shadows tuple.index on purpose
    start: int
    end: int
    text: str
    gap: bool  # a blank line (or the start of input) precedes it
    words: int = 0  # word_count(text)
    prose: bool = False  # is_prose(text)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


FREE = ""


@attrs.frozen
class Draft:
    """What a stage receives and returns."""

    text: str
    reference_date: Optional[_dt.date] = None
    lines: Tuple[Line, ...] = ()
    #: one role per line; ``FREE`` until a stage claims it
    roles: Tuple[str, ...] = ()
    #: top-level blocks claimed so far (sorted at the end)
    blocks: Tuple[Block, ...] = ()
    #: the body region as a half-open range of line indices
    body: Tuple[int, int] = (0, 0)
    #: the text past the line limit (``MAX_LINES`` non-blank lines), which no
    #: stage reads; ``None`` when every line was split out
    rest: Optional[Span] = None
    article: Article = attrs.field(factory=Article)


def claim(draft: Draft, claims: Mapping[int, Tuple[str, Iterable[Block]]], **article_changes: Any) -> Draft:
    """Mark lines as taken with a role, record their blocks, and update the article.

    *claims* maps a line index to ``(role, blocks)``. A line that is already
    claimed raises ``ValueError``: two stages may never take the same text.
    """
    roles = list(draft.roles)
    new_blocks = list(draft.blocks)
    for i, (role, blocks) in claims.items():
        if roles[i] != FREE:
            raise ValueError(f"line {i} already claimed as {roles[i]!r}, not {role!r}")
        roles[i] = role
        new_blocks.extend(blocks)
    article = attrs.evolve(draft.article, **article_changes) if article_changes else draft.article
    return attrs.evolve(draft, roles=tuple(roles), blocks=tuple(new_blocks), article=article)


def whole(kind: str, line: Line) -> Tuple[str, Tuple[Block, ...]]:
    """A claim of *line* as one block of *kind*."""
    return kind, (Block(kind, Span(line.start, line.end)),)
