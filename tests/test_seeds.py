"""The two real seed dumps in ``../shared/seeds`` against their gold annotations.

The seeds live beside the repository (``Path(__file__).parents[2] / "shared" /
"seeds"``), not in it. Without that folder every test here is skipped, with a
reason saying where it was looked for. Each (seed, field) pair is its own
test, e.g. ``test_seed_field[004_98136c7881f3f894-captions]``, so progress on
one field shows up on its own. The gold format is described in the seeds'
README.md; ``published`` gold is a date, so only the first ten characters of
the parsed value are compared.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any, Callable, Dict, List, Tuple

import pytest
from _fixtures import SEEDS, _list_problems, check_invariants, read_dump

import newsparse

ABSENT = f"the seed dumps are not there: {SEEDS} (they live in ../shared beside the repository, or in $NEWSPARSE_SHARED)"

Record = Dict[str, Any]


def _names() -> List[str]:
    if not SEEDS.is_dir():
        return []
    return sorted(p.name[: -len(".gold.json")] for p in SEEDS.glob("*.gold.json"))


@functools.cache
def _load(name: str) -> Tuple[str, Record, Record]:
    """``(text, gold, to_dict(parse(text)))`` for one seed, parsed once."""
    text = read_dump(SEEDS / f"{name}.txt")
    gold: Record = json.loads((SEEDS / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold, newsparse.to_dict(newsparse.parse(text))


def _scalar(gold_key: str, key: str) -> Callable[[Record, Record], List[str]]:
    def check(gold: Record, d: Record) -> List[str]:
        want, got = gold.get(gold_key), d.get(key)
        return [] if want == got else [f"{key}: expected {want!r}, got {got!r}"]

    return check


def _authors(gold: Record, d: Record) -> List[str]:
    got = [a["name"] for a in (d.get("byline") or {}).get("authors") or ()]
    return _list_problems("authors", gold.get("authors") or [], got)


def _bio(gold: Record, d: Record) -> List[str]:
    want, got = gold.get("author_bio"), (d.get("byline") or {}).get("bio")
    return [] if want == got else [f"byline.bio: expected {want!r}, got {got!r}"]


def _published(gold: Record, d: Record) -> List[str]:
    want, got = gold.get("published"), d.get("published")
    if want is None:
        return [] if got is None else [f"published: expected null, got {got!r}"]
    return [] if (got or "")[:10] == want[:10] else [f"published: expected {want[:10]!r}, got {got!r}"]


def _dateline(gold: Record, d: Record) -> List[str]:
    want, got = gold.get("dateline"), d.get("dateline")
    if want is None or got is None:
        return [] if want == got else [f"dateline: expected {want!r}, got {got!r}"]
    view = {k: got.get(k) for k in want} if isinstance(want, dict) else got.get("raw")
    return [] if view == want else [f"dateline: expected {want!r}, got {view!r}"]


def _captions(gold: Record, d: Record) -> List[str]:
    want = [{"text": c["text"], "credit": c.get("credit")} for c in gold.get("captions") or ()]
    got = [{"text": c["text"], "credit": c.get("credit")} for c in d.get("captions") or ()]
    return _list_problems("captions", want, got)


def _alt_lines(gold: Record, d: Record) -> List[str]:
    got = [c["alt_text"] for c in d.get("captions") or () if c.get("alt_text")]
    return _list_problems("captions[].alt_text", gold.get("image_alt_lines") or [], got)


def _paragraphs(gold: Record, d: Record) -> List[str]:
    keys = ("text", "kind", "label")
    want = [{k: p.get(k) for k in keys} for p in gold.get("paragraphs") or ()]
    got = [{k: p.get(k) for k in keys} for p in d.get("paragraphs") or ()]
    return _list_problems("paragraphs", want, got)


def _texts(key: str) -> Callable[[Record, Record], List[str]]:
    def check(gold: Record, d: Record) -> List[str]:
        return _list_problems(key, gold.get(key) or [], [x["text"] for x in d.get(key) or ()])

    return check


#: field name (as in the test id) -> check(gold, parsed) returning problems
FIELDS: Dict[str, Callable[[Record, Record], List[str]]] = {
    "headline": _scalar("headline", "headline"),
    "kicker": _scalar("kicker", "kicker"),
    "pull_quote": _scalar("pull_quote", "pull_quote"),
    "deck": _scalar("deck", "deck"),
    "section": _scalar("section", "section"),
    "authors": _authors,
    "bio": _bio,
    "published": _published,
    "dateline": _dateline,
    "captions": _captions,
    "image_alt_lines": _alt_lines,
    "paragraphs": _paragraphs,
    "notes": _texts("notes"),
    "related": _texts("related"),
}


def _params(per_field: bool) -> List[Any]:
    names = _names()
    if not names:
        return [pytest.param(None, None, id="seeds-absent", marks=pytest.mark.skip(reason=ABSENT))]
    if not per_field:
        return [pytest.param(n, None, id=n) for n in names]
    return [pytest.param(n, f, id=f"{n}-{f}") for n in names for f in FIELDS]


@pytest.mark.parametrize(("name", "field"), _params(per_field=True))
def test_seed_field(name: str, field: str) -> None:
    _, gold, d = _load(name)
    # A key missing from a gold file (pull_quote in one, image_alt_lines in the
    # other) means the seed has none: null, or an empty list.
    problems = FIELDS[field](gold, d)
    if problems:
        pytest.fail(f"{name} {field}:\n" + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize(("name", "field"), _params(per_field=False))
def test_seed_invariants(name: str, field: None) -> None:
    text, _, d = _load(name)
    problems = check_invariants(text, d)
    if problems:
        pytest.fail(f"{name}:\n" + "\n".join(problems), pytrace=False)


def test_seeds_are_found_where_the_shared_folder_is_named() -> None:
    """Where ``NEWSPARSE_SHARED`` names the shared folder (CI does), the seed tests run, never skip."""
    if os.environ.get("NEWSPARSE_SHARED"):
        assert _names(), ABSENT
