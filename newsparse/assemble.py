"""Stage: the last one. Whatever no stage claimed becomes boilerplate, and the
blocks are put in text order, so the article accounts for every character.
"""

from __future__ import annotations

from typing import Dict, Tuple

import attrs

from ._draft import FREE, Draft, claim, whole
from .model import Block, Field

__all__ = ["finish"]


def finish(draft: Draft) -> Draft:
    """Pipeline stage: leftovers to ``boilerplate``; ``blocks`` sorted by position."""
    leftovers: Dict[int, Tuple[str, Tuple[Block, ...]]] = {
        ln.index: whole("boilerplate", ln) for ln, role in zip(draft.lines, draft.roles) if role == FREE
    }
    if leftovers:
        draft = claim(draft, leftovers)
    blocks = tuple(sorted(draft.blocks, key=lambda b: (b.span.start, b.span.end)))
    extra = tuple(
        Field(draft.text[b.span.start : b.span.end], b.span) for b in blocks if b.kind == "boilerplate"
    )
    article = attrs.evolve(draft.article, boilerplate=extra, blocks=blocks)
    return attrs.evolve(draft, blocks=blocks, article=article)
