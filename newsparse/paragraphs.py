"""Stage: paragraphs (being written)."""

from __future__ import annotations

from ._draft import Draft


def build(draft: Draft) -> Draft:
    """Pipeline stage."""
    return draft
