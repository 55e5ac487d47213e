"""to_dict / from_dict round-trip exactly, on parsed dumps and on arbitrary articles.

The strategies here (``dumps``, ``articles``) are also used by test_schema.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Iterator, List, Optional, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    Author,
    Block,
    Byline,
    Caption,
    DateInfo,
    Dateline,
    Field,
    Paragraph,
    Quote,
    Span,
    Speaker,
    Warning,
    from_dict,
    parse,
    to_dict,
)
from newsparse.model import BLOCK_KINDS, PARAGRAPH_KINDS, QUOTE_KINDS

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or ROOT.parent / "shared")

# ------------------------------------------------------ generated dumps ----
_WORDS = st.sampled_from(
    [
        "port",
        "storm",
        "city",
        "council",
        "vote",
        "budget",
        "talks",
        "rally",
        "court",
        "ruling",
        "fire",
        "crews",
        "rescue",
        "market",
        "prices",
        "school",
        "strike",
        "doctors",
        "border",
        "ferry",
        "bridge",
        "river",
        "drought",
        "harvest",
        "election",
        "mayor",
        "minister",
    ]
)
_NAMES = st.sampled_from(["Ana Ruiz", "Tom Becker", "Li Wei", "Sara O'Neil", "Jean-Luc Moreau", "Priya Nair"])
_AGENCIES = st.sampled_from(["Reuters", "AP", "AFP", "Associated Press"])
_PLACES = st.sampled_from(["VALMORA, Portugal", "LONDON", "NEW DELHI", "GAZA CITY", "WASHINGTON"])
_MONTHS = st.sampled_from(["January", "Feb", "March", "Aug.", "December"])


@st.composite
def _sentence(draw: st.DrawFn, min_words: int = 4, max_words: int = 18) -> str:
    words = draw(st.lists(_WORDS, min_size=min_words, max_size=max_words))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", ".", "!", "?"]))


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["plain", "quote", "partial", "bullet", "label"]))
    body = " ".join(draw(st.lists(_sentence(), min_size=1, max_size=3)))
    if kind == "quote":
        return f"“{body}” {draw(_NAMES)} {draw(st.sampled_from(['said', 'told reporters', 'added']))}."
    if kind == "partial":
        return f'{draw(_NAMES)} called it "{draw(_sentence())[:-1].lower()}" on Monday.'
    if kind == "bullet":
        return f"  • {body}"
    if kind == "label":
        return f"{draw(st.sampled_from(['Why it matters', 'The big picture', 'Zoom in']))}: {body}"
    return body


@st.composite
def dumps(draw: st.DrawFn) -> str:
    """A news-like dump in varied house styles, sometimes with noise."""
    parts: List[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["World", "Business", "Opinion", "LIVE", "Inside story"])))
    parts.append(" ".join(draw(st.lists(_WORDS, min_size=3, max_size=12))).title())
    if draw(st.booleans()):
        parts.append(draw(_sentence(8, 20)))
    if draw(st.booleans()):
        names = draw(st.lists(_NAMES, min_size=1, max_size=3, unique=True))
        agency = f", {draw(_AGENCIES)}" if draw(st.booleans()) else ""
        parts.append("By " + " and ".join(names) + agency)
    if draw(st.booleans()):
        y, d = draw(st.integers(1995, 2030)), draw(st.integers(1, 28))
        style = draw(
            st.sampled_from(["Published {m} {d}, {y}", "Updated {m} {d}, {y} 10:42 AM ET", "{y}-03-{d:02d}"])
        )
        parts.append(style.format(m=draw(_MONTHS), d=d, y=y))
    if draw(st.booleans()):
        credit = draw(
            st.sampled_from(["(AP Photo/Jo Lee)", "Photo: Kim Dae/Getty Images", "Credit: Reuters"])
        )
        parts.append(f"{draw(_sentence())} {credit}")
    paragraphs = draw(st.lists(_paragraph(), min_size=0, max_size=8))
    if paragraphs and draw(st.booleans()):
        paragraphs[0] = f"{draw(_PLACES)} ({draw(_AGENCIES)}) — {paragraphs[0]}"
    parts.extend(paragraphs)
    if draw(st.booleans()):
        parts.append("Editor's note: " + draw(_sentence()))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["Go deeper: ", "Read more: "])) + draw(_sentence())[:-1])
    if draw(st.booleans()):
        parts.append(
            draw(st.sampled_from(["Share this article", "Most Popular", "Sign up for our newsletter"]))
        )
    if draw(st.booleans()):  # noise: arbitrary text somewhere
        noise = draw(st.text(max_size=40))
        parts.insert(draw(st.integers(0, len(parts))), noise)
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\n\u00a0\n"]))
    return sep.join(parts)


# --------------------------------------------------- arbitrary articles ----
@st.composite
def _spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


_text = st.text(max_size=30)
_opt_text = st.none() | _text
_opt_span = st.none() | _spans()


def _fields() -> st.SearchStrategy[Field]:
    return st.builds(Field, text=_text, span=_spans())


_opt_field = st.none() | _fields()


@st.composite
def _dates(draw: st.DrawFn) -> DateInfo:
    day = draw(st.dates(min_value=dt.date(1, 1, 1)))
    kind = draw(st.sampled_from(["date", "naive", "aware"]))
    value: dt.date
    if kind == "date":
        value = day
    else:
        tz = None
        if kind == "aware":
            minutes = draw(st.integers(-14 * 60 + 1, 14 * 60 - 1))
            tz = dt.timezone(dt.timedelta(minutes=minutes))
        t = draw(st.times())
        value = dt.datetime.combine(day, t).replace(tzinfo=tz)
    return DateInfo(value=value, raw=draw(_text), span=draw(_spans()))


_speakers = st.builds(Speaker, text=_text, span=_spans(), name=_opt_text, descriptor=_opt_text)


@st.composite
def articles(draw: st.DrawFn, full: bool = False) -> Article:
    """Any Article the model allows; with ``full=True`` every optional part is set."""

    def opt(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(strategy) if full else draw(st.none() | strategy)

    def many(strategy: st.SearchStrategy[Any]) -> Tuple[Any, ...]:
        return tuple(draw(st.lists(strategy, min_size=1 if full else 0, max_size=3)))

    authors = st.builds(
        Author,
        name=_text,
        span=_spans(),
        role=st.just("Editing") if full else _opt_text,
        role_span=st.just(Span(1, 2)) if full else _opt_span,
        organization=st.just("Reuters") if full else _opt_text,
        organization_span=st.just(Span(3, 4)) if full else _opt_span,
    )
    byline = st.builds(
        Byline,
        authors=st.lists(authors, min_size=1 if full else 0, max_size=3).map(tuple),
        raw=_text,
        span=_spans(),
        bio=_fields() if full else _opt_field,
        contributors=st.lists(authors, min_size=1 if full else 0, max_size=2).map(tuple),
    )
    dateline = st.builds(
        Dateline,
        location=_text if full else _opt_text,
        agency=_text if full else _opt_text,
        raw=_text,
        span=_spans(),
        location_span=_spans() if full else _opt_span,
        agency_span=_spans() if full else _opt_span,
    )
    caption = st.builds(
        Caption,
        text=_text,
        span=_spans(),
        text_span=_spans(),
        credit=_text if full else _opt_text,
        credit_span=_spans() if full else _opt_span,
        alt_text=_text if full else _opt_text,
        alt_span=_spans() if full else _opt_span,
    )
    paragraph = st.builds(
        Paragraph,
        text=_text,
        kind=st.sampled_from(PARAGRAPH_KINDS),
        span=_spans(),
        text_span=_spans(),
        label=_text if full else _opt_text,
        label_span=_spans() if full else _opt_span,
    )
    index = st.integers(0, 50)
    quote = st.builds(
        Quote,
        text=_text,
        span=_spans(),
        kind=st.sampled_from(QUOTE_KINDS),
        speaker=_speakers if full else st.none() | _speakers,
        verb=_text if full else _opt_text,
        verb_span=_spans() if full else _opt_span,
        addressee=_speakers if full else st.none() | _speakers,
        paragraph=index if full else st.none() | index,
        continues=index if full else st.none() | index,
    )
    warning = st.builds(Warning, code=_text, message=_text, span=_spans() if full else _opt_span)
    block = st.builds(Block, kind=st.sampled_from(BLOCK_KINDS), span=_spans())
    return Article(
        kicker=opt(_fields()),
        pull_quote=opt(_fields()),
        headline=opt(_fields()),
        deck=opt(_fields()),
        section=opt(_fields()),
        byline=opt(byline),
        published=opt(_dates()),
        updated=opt(_dates()),
        dateline=opt(dateline),
        captions=many(caption),
        paragraphs=many(paragraph),
        notes=many(_fields()),
        related=many(_fields()),
        boilerplate=many(_fields()),
        quotes=many(quote),
        warnings=many(warning),
        blocks=many(block),
    )


# --------------------------------------------------------- real inputs ----
def real_dumps(limit_per_file: int = 25) -> Iterator[Tuple[str, str]]:
    """``(name, text)`` for the bundled example, the seeds and a slice of each corpus, when present."""
    yield "examples/sample.txt", (ROOT / "examples" / "sample.txt").read_text(encoding="utf-8")
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")
    for path in sorted((SHARED / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= limit_per_file:
                    break
                record = json.loads(line)
                for variant in ("dump_article", "dump_full"):
                    if record.get(variant):
                        yield f"{path.stem}:{record.get('id', i)}:{variant}", record[variant]


REAL = list(real_dumps())


# ----------------------------------------------------------------- tests ----
def _round_trip(article: Article) -> None:
    d = to_dict(article)
    assert from_dict(d) == article
    assert from_dict(json.loads(json.dumps(d))) == article
    assert to_dict(from_dict(d)) == d


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_round_trip_parsed_generated_dumps(text: str) -> None:
    _round_trip(parse(text))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_round_trip_parsed_arbitrary_text(text: str) -> None:
    _round_trip(parse(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_round_trip_arbitrary_articles(article: Article) -> None:
    _round_trip(article)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(full=True))
def test_round_trip_fully_populated_articles(article: Article) -> None:
    _round_trip(article)


@pytest.mark.parametrize(("name", "text"), REAL, ids=[name for name, _ in REAL])
def test_round_trip_real_dumps(name: str, text: str) -> None:
    _round_trip(parse(text))


def test_key_order_is_stable() -> None:
    keys = list(to_dict(parse("Title\n\nBody text here.")))
    assert keys[0] == "schema_version"
    assert keys == list(to_dict(Article()))


@pytest.mark.parametrize("bad", [None, "text", {"headline": "x"}, 3])
def test_to_dict_rejects_non_articles(bad: Optional[object]) -> None:
    with pytest.raises(TypeError, match="Article"):
        to_dict(bad)  # type: ignore[arg-type]


def test_from_dict_rejects_non_mappings() -> None:
    with pytest.raises(TypeError, match="mapping"):
        from_dict([1, 2])  # type: ignore[arg-type]


def test_public_names() -> None:
    assert newsparse.to_dict is to_dict and newsparse.from_dict is from_dict


def test_articles_and_parse_pickle() -> None:
    """What docs/scaling.md promises: parse pickles by reference, articles round-trip through pickle."""
    import pickle

    text = (ROOT / "examples" / "sample.txt").read_text(encoding="utf-8")
    article = parse(text)
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(parse)) is parse
