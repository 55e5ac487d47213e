"""Stage: warnings about the input (filled in by the robustness work)."""

from __future__ import annotations

from ._draft import Draft


def check(draft: Draft) -> Draft:
    """Pipeline stage: attach warnings about the input (not yet implemented)."""
    return draft
