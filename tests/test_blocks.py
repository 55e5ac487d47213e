"""Line splitting: every break :meth:`str.splitlines` knows, a chunk at a time, and the line limit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_properties import coverage_problems, reassemble

import newsparse
from newsparse import blocks
from newsparse._lexicon.warnings import MAX_LINES
from newsparse.model import Span

#: text made mostly of line breaks of every kind, so chunk edges fall next to them
_BREAKY = st.text(alphabet=st.sampled_from(list("ab \t\r\n\x0b\x0c\x1c\x85\u2028\u2029")), max_size=200)


@given(text=_BREAKY, chunk=st.integers(min_value=1, max_value=9))
def test_raw_lines_are_splitlines_at_any_chunk_size(text: str, chunk: int) -> None:
    assert list(blocks.raw_lines(text, chunk)) == text.splitlines(True)


@pytest.mark.parametrize("chunk", [1, 2, 3, 4, 5])
def test_a_crlf_pair_at_a_chunk_edge_stays_one_break(chunk: int) -> None:
    assert list(blocks.raw_lines("abc\r\nd\r\n\r\ne", chunk)) == ["abc\r\n", "d\r\n", "\r\n", "e"]


@given(text=_BREAKY, limit=st.integers(min_value=0, max_value=6))
def test_the_lines_and_the_rest_cover_every_character(text: str, limit: int) -> None:
    lines, rest = blocks.split_lines(text, limit)
    assert len(lines) <= limit
    covered = "".join(ln.text for ln in lines) + ("" if rest is None else text[rest.slice])
    assert "".join(covered.split()) == "".join(text.split())
    if rest is not None:
        assert not text[rest.start].isspace() and not text[rest.end - 1].isspace()
        assert not text[rest.end :].strip()


def test_past_the_limit_the_text_is_one_boilerplate_block_with_a_warning() -> None:
    body = "".join(f"Line {i} of a very long list\n" for i in range(MAX_LINES + 50))
    text = "Port reopens after storm\n\n" + body + "\n\n"
    article = newsparse.parse(text)
    first_unread = text.index(f"Line {MAX_LINES - 1} ")
    assert article.blocks[-1].kind == "boilerplate"
    assert article.blocks[-1].span == Span(first_unread, len(text) - 3)
    assert article.boilerplate[-1].text == text[first_unread:].rstrip()
    warning = {w.code: w for w in article.warnings}["too_many_lines"]
    assert warning.span == article.blocks[-1].span
    assert "10,000" in warning.message
    assert not coverage_problems(text, article)
    assert reassemble(text, article) == "".join(text.split())


def test_at_the_limit_nothing_is_set_aside() -> None:
    text = "\n".join(f"Line {i}" for i in range(MAX_LINES))
    article = newsparse.parse(text)
    assert "too_many_lines" not in {w.code for w in article.warnings}
    assert len(article.blocks) == MAX_LINES


@given(text=st.text(max_size=300))
def test_a_line_carries_its_fold_up_to_the_length_limit(text: str) -> None:
    from newsparse._draft import FOLDED_LEN, fold_of
    from newsparse._text import fold, is_prose, word_count

    for ln in blocks.split_lines(text)[0]:
        assert ln.folded == (fold(ln.text) if len(ln.text) <= FOLDED_LEN else None)
        assert fold_of(ln) == fold(ln.text)
        assert (ln.words, ln.prose) == (word_count(ln.text), is_prose(ln.text))
