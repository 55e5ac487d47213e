"""Stage: dates (being written)."""

from __future__ import annotations

from ._draft import Draft


def find(draft: Draft) -> Draft:
    """Pipeline stage."""
    return draft
