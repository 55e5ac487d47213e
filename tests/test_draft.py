"""The draft helpers: evolve() is attrs.evolve, and fold_of() is fold()."""

from __future__ import annotations

import attrs
import pytest

import newsparse
from newsparse._draft import Draft, Line, evolve, fold_of
from newsparse.model import Article, Block, Field, Span


def test_evolve_copies_like_attrs_evolve() -> None:
    text = "Rain ends drought\n\nBy Li Wei\n\nIt rained at last on Tuesday, officials said."
    article = newsparse.parse(text)
    changes = {"headline": Field("Rain", Span(0, 4)), "paragraphs": ()}
    assert evolve(article, **changes) == attrs.evolve(article, **changes)
    draft = Draft(text=text, article=article)
    assert evolve(draft, blocks=(Block("headline", Span(0, 4)),)) == attrs.evolve(draft, blocks=(Block("headline", Span(0, 4)),))
    assert evolve(Article()) == Article()
    assert evolve(Span(1, 2), start=0) == Span(0, 2)


def test_evolve_refuses_an_unknown_field_and_runs_the_checks() -> None:
    with pytest.raises(TypeError):
        evolve(Article(), title=None)
    with pytest.raises(ValueError):
        evolve(Span(1, 2), start=5)  # Span checks start <= end


def test_fold_of_falls_back_to_fold() -> None:
    assert fold_of(Line(0, 0, 12, "  Read MORE:", True, 2)) == "read more"
    assert fold_of(Line(0, 0, 12, "Read more:", True, 2, False, "read more")) == "read more"
