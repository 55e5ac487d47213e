"""The dates stage on drafts built by the earlier stages."""

from __future__ import annotations

import datetime as dt

import attrs

from newsparse import dates
from newsparse._draft import Draft
from newsparse.pipeline import STAGES

_BODY = "\n\n".join(
    f"Le conseil municipal a examiné le point numéro {n} de l'ordre du jour, consacré aux travaux du marché couvert."
    for n in range(1, 31)
)
_PAGE = f"La rénovation du marché couvert est votée\n\nPar Claire Vautrin\n\n{_BODY}\n\n05/03/2022\n"


def _before_dates(text: str) -> Draft:
    draft = Draft(text=text)
    for name, stage in STAGES:
        if name == "dates":
            return draft
        draft = stage(draft)
    raise AssertionError("no dates stage")


def test_date_below_body_reads_the_page_language() -> None:
    """A slashed date set aside as furniture below a French body is read day first."""
    draft = _before_dates(_PAGE)
    last = draft.lines[-1]
    assert last.text == "05/03/2022"
    roles = list(draft.roles)
    roles[last.index] = "boilerplate"  # as a trailer rule would mark it
    found = dates.find(attrs.evolve(draft, roles=tuple(roles)))
    assert found.article.published is not None
    assert found.article.published.value == dt.date(2022, 3, 5)
