"""The result classes whose ``__init__`` is written out for speed behave as attrs made them."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

from newsparse.model import Block, Field, Paragraph, Span


def test_span_keeps_its_check_and_keywords() -> None:
    assert Span(start=1, end=3) == Span(1, 3)
    with pytest.raises(ValueError, match=r"bad span \[5, 4\]"):
        Span(5, 4)
    with pytest.raises(ValueError):
        Span(-1, 2)
    with pytest.raises(TypeError):
        Span(1)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "value",
    [
        Span(2, 7),
        Block("paragraph", Span(2, 7)),
        Field("storm", Span(2, 7)),
        Paragraph("Why: storm", "paragraph", Span(2, 12), Span(7, 12), "Why", Span(2, 5)),
        Paragraph("storm", "list_item", Span(0, 7), Span(2, 7)),
    ],
    ids=["span", "block", "field", "paragraph", "paragraph-defaults"],
)
def test_written_out_init_keeps_the_attrs_behaviour(value: object) -> None:
    cls = type(value)
    names = [f.name for f in attrs.fields(cls)]
    assert all(f.init for f in attrs.fields(cls))
    again = cls(*(getattr(value, n) for n in names))
    assert again == value and hash(again) == hash(value) and repr(again) == repr(value)
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.copy(value) == value and copy.deepcopy(value) == value
    assert attrs.evolve(value) == value
    assert attrs.asdict(value) == attrs.asdict(again)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, names[0], None)
    with pytest.raises(AttributeError):
        value.other = 1  # type: ignore[attr-defined]  # slotted: no new attributes
    assert cls(**{n: getattr(value, n) for n in names}) == value


def test_span_orders_and_evolves() -> None:
    assert sorted([Span(3, 4), Span(1, 9), Span(1, 2)]) == [Span(1, 2), Span(1, 9), Span(3, 4)]
    assert attrs.evolve(Span(1, 4), end=9) == Span(1, 9)
    with pytest.raises(ValueError):
        attrs.evolve(Span(1, 4), start=5)
    assert repr(Block("note", Span(0, 1))) == "Block(kind='note', span=Span(start=0, end=1))"
    para = Paragraph(text="a", kind="paragraph", span=Span(0, 1), text_span=Span(0, 1))
    assert (para.label, para.label_span) == (None, None)
    assert attrs.evolve(para, label="L").label == "L"
