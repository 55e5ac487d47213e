"""Stage: quotations and their speakers (filled in by the quotes work)."""

from __future__ import annotations

from ._draft import Draft


def attribute(draft: Draft) -> Draft:
    """Pipeline stage: find quotes in the body paragraphs (not yet implemented)."""
    return draft
