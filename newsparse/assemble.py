"""Stage: the last one. Whatever no stage claimed becomes boilerplate, and the
blocks are put in text order, so the article accounts for every character.

The text past the line limit (``Draft.rest``, see :mod:`newsparse.blocks`)
becomes one boilerplate block too.
"""

from __future__ import annotations

from typing import Tuple

from ._draft import FREE, Draft, evolve
from .model import Block, Field, Span

__all__ = ["finish"]


def _position(block: Block) -> Tuple[int, int]:
    return block.span.start, block.span.end


def finish(draft: Draft) -> Draft:
    """Pipeline stage: leftovers to ``boilerplate``; ``blocks`` sorted by position."""
    # unclaimed lines are free by definition, so they are taken without claim()'s checks
    leftovers = [
        Block("boilerplate", Span(ln.start, ln.end)) for ln, role in zip(draft.lines, draft.roles) if role == FREE
    ]
    roles = tuple("boilerplate" if role == FREE else role for role in draft.roles) if leftovers else draft.roles
    blocks = tuple(sorted(draft.blocks + tuple(leftovers), key=_position))
    if draft.rest is not None:
        blocks += (Block("boilerplate", draft.rest),)
    extra = tuple(
        Field(draft.text[b.span.start : b.span.end], b.span) for b in blocks if b.kind == "boilerplate"
    )
    article = evolve(draft.article, boilerplate=extra, blocks=blocks)
    return evolve(draft, roles=roles, blocks=blocks, article=article)
