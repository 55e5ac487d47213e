"""Properties that hold for every ``str`` input, checked with hypothesis.

- ``parse`` returns an :class:`~newsparse.Article` and never raises;
- every span is ``0 <= start <= end <= len(text)``, and each value that comes
  with a span is the text at that span (found by walking ``to_dict`` output);
- nothing is lost: every non-whitespace character lies in exactly one block,
  and the blocks re-assemble into the input's non-whitespace text;
- the output is deterministic: twice in a row, across threads, and across
  processes with different ``PYTHONHASHSEED`` values;
- cross references hold: a quote's ``paragraph`` holds it, ``continues``
  names an earlier quote, a caption's and a paragraph's inner spans lie
  inside their ``span``, and a dateline opens a paragraph.

Inputs come from ``tests/strategies.py``: news-like dumps with scraper damage,
short strings over an alphabet of tricky pieces, and plain random unicode.
The number of examples comes from the hypothesis profile (``tests/conftest.py``):
``ci`` by default, ``--hypothesis-profile=nightly`` for a long run. A failure
found here is kept as a fixture under ``fixtures/regressions/``.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator, List, Mapping, Optional, Sequence, Tuple

import attrs
import pytest
import strategies
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.model import BLOCK_KINDS

ROOT = Path(__file__).resolve().parents[1]

#: the inputs every property runs over, by test id
SOURCES = {
    "news": strategies.news_dumps(),
    # prose that mostly holds quotations, so the quote spans and references get checked too
    "quotes": strategies.mutate(strategies.quoted_text(), max_mutations=3),
    "tricky": strategies.tricky_text(),
    "unicode": strategies.any_text(),
}
SOURCE_IDS = sorted(SOURCES)


def _scaled(divisor: int, floor: int = 2) -> settings:
    """Settings with the current profile's example count divided by *divisor*."""
    return settings(max_examples=max(floor, settings().max_examples // divisor))


# ------------------------------------------------------------------ helpers --
def _value_for(node: Mapping[str, Any], key: str) -> Tuple[bool, Optional[str]]:
    """Which value the span under *key* must reproduce: ``(checked, value)``.

    ``span`` goes with ``text`` (or ``raw``, or ``name``) unless the object also
    has a ``text_span``, in which case ``span`` covers the whole block and only
    its range is checked. ``X_span`` goes with ``X`` (``X_raw`` for the dates,
    ``alt_text`` for ``alt_span``). Roles and organisations may be normalised,
    and a warning's span points at text its message describes, so only their
    ranges are checked.
    """
    if key == "span":
        if "text_span" in node or "message" in node or ("kind" in node and "text" not in node):
            return False, None
        for name in ("text", "raw", "name"):
            if name in node:
                return True, node[name]
        return False, None
    base = key[: -len("_span")]
    if base in ("role", "organization"):
        return False, None
    for name in (f"{base}_raw", f"{base}_text", base):
        if name in node:
            return True, node[name]
    return False, None


def spans(node: Any, path: str = "") -> Iterator[Tuple[str, Any, bool, Optional[str], Mapping[str, Any]]]:
    """``(path, span, checked, value, owner)`` for every span anywhere in ``to_dict`` output."""
    if isinstance(node, dict):
        for key, value in node.items():
            p = f"{path}.{key}" if path else key
            if (key == "span" or key.endswith("_span")) and value is not None:
                checked, expected = _value_for(node, key)
                yield p, value, checked, expected, node
            else:
                yield from spans(value, p)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from spans(value, f"{path}[{i}]")


def span_problems(text: str, d: Mapping[str, Any]) -> List[str]:
    """Spans out of range, and values that differ from the text at their span."""
    problems: List[str] = []
    n = len(text)
    for path, span, checked, expected, _owner in spans(d):
        start, end = span
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            problems.append(f"{path} = {span} is not within [0, {n}]")
            continue
        if not checked or expected is None:
            continue
        at = text[start:end]
        if path.startswith("quotes[") and path.count(".") == 1:
            # a quote's span covers its marks; its text is what stands between them
            if expected not in at:
                problems.append(f"{path}: quote text {expected!r} is not inside {at!r}")
        elif at != expected:
            problems.append(f"{path}: {expected!r} but the text at {span} is {at!r}")
    return problems


def coverage_problems(text: str, article: newsparse.Article) -> List[str]:
    """Blocks in order, not overlapping, of known kinds, each non-space character in exactly one."""
    problems: List[str] = []
    owners = [0] * len(text)
    prev = 0
    for i, b in enumerate(article.blocks):
        if b.kind not in BLOCK_KINDS:
            problems.append(f"blocks[{i}] has unknown kind {b.kind!r}")
        if b.span.start < prev:
            problems.append(f"blocks[{i}] {b.span} overlaps or precedes the block before it")
        prev = max(prev, b.span.end)
        for j in range(b.span.start, min(b.span.end, len(text))):
            owners[j] += 1
    for j, c in enumerate(text):
        if not c.isspace() and owners[j] != 1:
            problems.append(f"character {j} ({c!r}) lies in {owners[j]} blocks")
            break
    return problems


def reference_problems(article: newsparse.Article) -> List[str]:
    """Indices point at what they name, and the spans that docs/model.md says nest do nest."""
    problems: List[str] = []

    def inside(inner: Optional[newsparse.Span], outer: newsparse.Span) -> bool:
        return inner is None or (outer.start <= inner.start and inner.end <= outer.end)

    paragraphs = article.paragraphs
    for i, q in enumerate(article.quotes):
        if q.paragraph is not None:
            if not 0 <= q.paragraph < len(paragraphs):
                problems.append(f"quotes[{i}].paragraph = {q.paragraph}, but there are {len(paragraphs)}")
            elif not inside(q.span, paragraphs[q.paragraph].span):
                problems.append(f"quotes[{i}] {q.span} is not inside paragraphs[{q.paragraph}]")
        if q.continues is not None and not 0 <= q.continues < i:
            problems.append(f"quotes[{i}].continues = {q.continues} is not an earlier quote")
    for i, c in enumerate(article.captions):
        for name in ("text_span", "credit_span", "alt_span"):
            if not inside(getattr(c, name), c.span):
                problems.append(f"captions[{i}].{name} is not inside its span")
    for i, p in enumerate(paragraphs):
        if not (inside(p.text_span, p.span) and inside(p.label_span, p.span)):
            problems.append(f"paragraphs[{i}]: text_span or label_span is not inside its span")
    dl = article.dateline
    if dl is not None:
        if not any(p.text_span.start == dl.span.start for p in paragraphs):
            problems.append(f"the dateline {dl.raw!r} opens no paragraph")
        if not (inside(dl.location_span, dl.span) and inside(dl.agency_span, dl.span)):
            problems.append("the dateline's location or agency is not inside it")
    return problems


def reassemble(text: str, article: newsparse.Article) -> str:
    """The non-whitespace text of the blocks, in order: must equal the input's."""
    return "".join(c for b in article.blocks for c in text[b.span.slice] if not c.isspace())


def _dump(text: str) -> str:
    return json.dumps(newsparse.to_dict(newsparse.parse(text)), sort_keys=True)


# --------------------------------------------------------------- properties --
@pytest.mark.parametrize("source", SOURCE_IDS)
@given(data=st.data())
def test_parse_returns_an_article(source: str, data: st.DataObject) -> None:
    text = data.draw(SOURCES[source], label="text")
    article = newsparse.parse(text)
    assert isinstance(article, newsparse.Article)
    assert all(isinstance(w, newsparse.Warning) for w in article.warnings)


@pytest.mark.parametrize("source", SOURCE_IDS)
@given(data=st.data())
def test_spans_are_in_range_and_match_the_text(source: str, data: st.DataObject) -> None:
    text = data.draw(SOURCES[source], label="text")
    d = newsparse.to_dict(newsparse.parse(text))
    problems = span_problems(text, d)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source", SOURCE_IDS)
@given(data=st.data())
def test_nothing_lost(source: str, data: st.DataObject) -> None:
    text = data.draw(SOURCES[source], label="text")
    article = newsparse.parse(text)
    problems = coverage_problems(text, article)
    assert not problems, "\n".join(problems)
    assert reassemble(text, article) == "".join(c for c in text if not c.isspace())


@given(text=strategies.news_dumps())
def test_cross_references_hold(text: str) -> None:
    problems = reference_problems(newsparse.parse(text))
    assert not problems, "\n".join(problems)


@given(text=strategies.news_dumps())
def test_same_output_twice(text: str) -> None:
    assert _dump(text) == _dump(text)


@_scaled(30)
@given(texts=st.lists(strategies.news_dumps(), min_size=6, max_size=6))
def test_same_output_across_threads(texts: List[str]) -> None:
    expected = [_dump(t) for t in texts]
    work = [i for i in range(len(texts)) for _ in range(4)]
    random.Random(len(texts)).shuffle(work)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda i: (i, _dump(texts[i])), work))
    for i, out in got:
        assert out == expected[i], f"thread result differs for input {i}: {texts[i]!r}"


_CHILD = (
    "import json, sys, newsparse\n"
    "texts = json.load(sys.stdin)\n"
    "print(json.dumps([json.dumps(newsparse.to_dict(newsparse.parse(t)), sort_keys=True) for t in texts]))\n"
)


def _in_child(texts: Sequence[str], hashseed: str) -> List[str]:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(list(texts)),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    result: List[str] = json.loads(done.stdout)
    return result


@_scaled(100)
@given(texts=st.lists(st.one_of(strategies.news_dumps(), strategies.tricky_text()), min_size=25, max_size=25))
def test_same_output_across_processes(texts: List[str]) -> None:
    expected = [_dump(t) for t in texts]
    for seed in ("0", "4242"):
        got = _in_child(texts, seed)
        for i, (want, have) in enumerate(zip(expected, got)):
            assert have == want, f"PYTHONHASHSEED={seed} changes the output for {texts[i]!r}"


# ------------------------------------------------------- bad input, clearly --
@pytest.mark.parametrize(
    "value, name",
    [(b"Port reopens", "bytes"), (bytearray(b"x"), "bytearray"), (None, "NoneType"), (42, "int"),
     (4.2, "float"), (["Port reopens"], "list")],
)
def test_non_str_input_raises_type_error_naming_the_type(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=rf"expects str, not {name}\b") as info:
        newsparse.parse(value)  # type: ignore[arg-type]
    decode_hint = "decode" in str(info.value)
    assert decode_hint == (name in ("bytes", "bytearray")), str(info.value)


def test_bytes_message_says_how_to_decode() -> None:
    with pytest.raises(TypeError) as info:
        newsparse.parse(b"Port reopens")  # type: ignore[arg-type]
    assert 'data.decode("utf-8", errors="replace")' in str(info.value)


# ------------------------------------------------- the helpers, on themselves --
def test_span_walker_checks_values_and_skips_normalised_ones() -> None:
    text = "By Ana Ruiz, Staff Writer"
    d = {
        "headline": "Ana", "headline_span": [3, 6],
        "byline": {"raw": text, "span": [0, 25], "authors": [
            {"name": "Ana Ruiz", "span": [3, 11], "role": "staff writer", "role_span": [13, 25]}]},
        "warnings": [{"code": "x", "message": "m", "span": [0, 2]}],
        "blocks": [{"kind": "byline", "span": [0, 25]}],
    }
    assert span_problems(text, d) == []
    d["byline"]["authors"][0]["name"] = "Ana"  # type: ignore[index]
    assert span_problems(text, d) == ["byline.authors[0].span: 'Ana' but the text at [3, 11] is 'Ana Ruiz'"]
    d["headline_span"] = [3, 99]
    assert "headline_span = [3, 99] is not within [0, 25]" in span_problems(text, d)


def test_reference_checker_sees_bad_indices() -> None:
    text = "Port reopens\n\nBy Ana Ruiz\n\nVALMORA (Reuters) — “We are open,” said Rui Costa.\n\nMore ships came."
    article = newsparse.parse(text)
    assert article.quotes and article.dateline is not None and reference_problems(article) == []
    q = article.quotes[0]
    bad = attrs.evolve(article, quotes=(attrs.evolve(q, paragraph=9, continues=0),))
    assert reference_problems(bad) == [
        f"quotes[0].paragraph = 9, but there are {len(article.paragraphs)}",
        "quotes[0].continues = 0 is not an earlier quote",
    ]
    moved = attrs.evolve(article, paragraphs=article.paragraphs[1:])
    assert "the dateline 'VALMORA (Reuters) —' opens no paragraph" in reference_problems(moved)


# ------------------------------------------------------------ linear time --
#: inputs of shapes that were once quadratic or worse (see fixtures/regressions/ and
#: docs/robustness.md); at this size a linear parse takes well under a second, and a
#: quadratic one tens of seconds, which a CI run would show
HOSTILE = {
    "nested quote marks": "Talks\n\n" + "\u201c\u2018" * 40_000 + " we will " + "\u2019\u201d" * 40_000 + ", he said.",
    "By and a long word": "By " + "a" * 60_000,
    "By and a long run of spaces": "By Ana" + " " * 60_000 + "Ruiz!",
    "capitals and a slash closing lines": (
        "The port reopened on Monday after the storm " + "A" * 69 + "/\n"
    ) * 200,
    "one long line": "The port reopened, officials said, and " * 3_000,
    "a run of digits then a letter": "1" * 60_000 + "x",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_shapes_parse_whole(name: str) -> None:
    # their time per MB is measured, not asserted, by benchmarks/adversarial.py
    text = HOSTILE[name]
    article = newsparse.parse(text)
    assert not coverage_problems(text, article)
