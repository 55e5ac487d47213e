"""The value passed from stage to stage: the input, its lines, and what is decided so far.

A :class:`Draft` is frozen. A stage returns a new draft made with
:func:`evolve` (usually through :func:`claim`), so no stage can change
what an earlier one decided behind its back.
"""

from __future__ import annotations

import datetime as _dt
import functools
import operator
from typing import Any, Callable, Dict, Iterable, Mapping, NamedTuple, Optional, Tuple, TypeVar

import attrs

from ._text import fold
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
    #: fold(text) for a line of at most FOLDED_LEN characters (None for a longer one, or a
    #: line made by hand): read it through fold_of(line)
    folded: Optional[str] = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


#: the longest line whose fold the blocks stage works out: the stages fold short lines
#: (furniture, labels, credits, headings), seldom a paragraph
FOLDED_LEN = 90


def fold_of(line: Line) -> str:
    """``fold(line.text)``: the one worked out by the blocks stage, or a fresh one.

    >>> fold_of(Line(0, 0, 10, "Read more:", True, 2, False, "read more")), fold_of(Line(0, 0, 10, "Read more:", True, 2))
    ('read more', 'read more')
    """
    f = line.folded
    return fold(line.text) if f is None else f


FREE = ""

_T = TypeVar("_T")


@functools.lru_cache(maxsize=64)
def _layout(cls: type) -> Tuple[Callable[[Any], Tuple[Any, ...]], Dict[str, int]]:
    """The fields of the attrs class *cls*: a getter of all their values, and each name's place."""
    fields = attrs.fields(cls)
    if any(not f.init or f.alias != f.name for f in fields):
        raise TypeError(f"{cls.__name__} has fields that evolve() cannot pass by position")
    names = [f.name for f in fields]
    getter = operator.attrgetter(*names) if len(names) > 1 else (lambda inst: (getattr(inst, names[0]),))
    return getter, {name: i for i, name in enumerate(names)}


def evolve(inst: _T, **changes: Any) -> _T:
    """A copy of the frozen attrs instance *inst* with *changes*: :func:`attrs.evolve`,
    at about half the cost (the values are read by one C getter and passed by position),
    for classes whose fields are all public and set by ``__init__``, as the package's are.

    >>> from newsparse.model import Span
    >>> evolve(Span(1, 4), end=9)
    Span(start=1, end=9)
    >>> evolve(Span(1, 4), stop=9)
    Traceback (most recent call last):
    ...
    TypeError: Span has no field 'stop'
    """
    cls: Any = type(inst)
    getter, place = _layout(cls)
    values = list(getter(inst))
    for name, value in changes.items():
        i = place.get(name)
        if i is None:
            raise TypeError(f"{cls.__name__} has no field {name!r}")
        values[i] = value
    new: _T = cls(*values)
    return new


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
    article = evolve(draft.article, **article_changes) if article_changes else draft.article
    return evolve(draft, roles=tuple(roles), blocks=tuple(new_blocks), article=article)


def whole(kind: str, line: Line) -> Tuple[str, Tuple[Block, ...]]:
    """A claim of *line* as one block of *kind*."""
    return kind, (Block(kind, Span(line.start, line.end)),)
