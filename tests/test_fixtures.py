"""The golden test: every dump under ``fixtures/`` against its expected JSON.

See ``fixtures/README.md`` for the layout and the schema. Ids read like
``synthetic/wire_gaza_reuters``; run one case with
``pytest tests/test_fixtures.py -k wire_gaza_reuters``. Cases in
``fixtures/known-failures/`` (or with a ``known_failure`` key) run as
``xfail(strict=True)``, so fixing one turns the suite red until it is moved.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, List

import pytest
from _fixtures import PROVENANCE, Case, check_expect, check_invariants, discover, validate

import newsparse

CASES = discover()


def _expect_param(case: Case) -> Any:
    reason = case.xfail_reason
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason is not None else []
    return pytest.param(case, id=case.id, marks=marks)


def _parse(case: Case) -> dict[str, Any]:
    article = newsparse.parse(case.text, reference_date=case.reference_date)
    return newsparse.to_dict(article)


def test_fixtures_were_found() -> None:
    assert any(c.folder == "synthetic" for c in CASES), "no fixtures found under fixtures/synthetic/"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_fixture_is_well_formed(case: Case) -> None:
    """The fixture files follow the schema (this never xfails: a broken fixture is a bug)."""
    problems = validate(case)
    assert not problems, f"{case.id}: " + "\n".join(problems)


@pytest.mark.parametrize("case", [_expect_param(c) for c in CASES])
def test_fixture(case: Case) -> None:
    """Parse the dump; check the invariants, then every key of ``expect``."""
    if validate(case):
        pytest.fail(
            f"{case.id}: the fixture itself is malformed; see test_fixture_is_well_formed", pytrace=False
        )
    d = _parse(case)
    problems: List[str] = [f"invariant: {p}" for p in check_invariants(case.text, d)]
    problems += check_expect(case.spec["expect"], d)
    if problems:
        pytest.fail(f"{case.id} ({case.spec['description']}):\n" + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES if not validate(c)])
def test_round_trip(case: Case) -> None:
    """``to_dict`` output is plain JSON and ``from_dict`` rebuilds the same Article."""
    article = newsparse.parse(case.text, reference_date=case.reference_date)
    d = newsparse.to_dict(article)
    assert json.loads(json.dumps(d)) == d
    rebuilt = newsparse.from_dict(d)
    assert rebuilt == article
    assert newsparse.to_dict(rebuilt) == d


# ------------------------------------------------- the harness, on itself --
def _write(folder: Path, name: str, text: str, spec: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (folder / f"{name}.json").write_text(json.dumps(spec), encoding="utf-8")


def test_loader_keeps_crlf_and_marks_known_failures(tmp_path: Path) -> None:
    spec = {"description": "d", "style": "wire", "provenance": "known-failure", "expect": {"headline": "A"}}
    _write(tmp_path / "known-failures", "crlf_case", "A\r\n\r\nB\u00a0c.", spec)
    _write(tmp_path / "synthetic", "plain", "A", dict(spec, provenance="synthetic"))
    (tmp_path / "synthetic" / "README.md").write_text("not a case", encoding="utf-8")
    cases = discover(tmp_path)
    assert [c.id for c in cases] == ["synthetic/plain", "known-failures/crlf_case"]
    plain, crlf = cases
    assert crlf.text == "A\r\n\r\nB\u00a0c."
    assert crlf.xfail_reason == "d" and plain.xfail_reason is None
    assert validate(plain) == [] and validate(crlf) == []


def test_validate_reports_schema_mistakes(tmp_path: Path) -> None:
    spec = {
        "description": "d",
        "style": "s",
        "provenance": "negative",
        "expect": {
            "headlin": "A",
            "published": "March 5",
            "captions": [{"txt": "x"}],
            "related": ["not in dump"],
        },
    }
    _write(tmp_path / "synthetic", "bad", "A", spec)
    (tmp_path / "synthetic" / "orphan.txt").write_text("x", encoding="utf-8")
    bad, orphan = discover(tmp_path)
    problems = "\n".join(validate(bad))
    for needle in ("provenance", "'headlin'", "ISO 8601", "'txt'", "not a substring"):
        assert needle in problems
    assert "missing" in validate(orphan)[0]


def test_checks_report_mismatches() -> None:
    d = {
        "headline": "H",
        "byline": {"authors": [{"name": "Ana Ruiz", "role": None, "organization": "AP"}], "bio": None},
        "paragraphs": [{"text": "One.", "kind": "paragraph", "label": None}],
        "quotes": [{"text": "q", "kind": "direct", "speaker": None, "addressee": None}],
        "dateline": None,
        "boilerplate": [{"text": "Share"}],
    }
    assert (
        check_expect(
            {
                "headline": "H",
                "authors_full": [{"name": "Ana Ruiz", "organization": "AP"}],
                "paragraphs": [{"text": "One."}],
                "dateline": None,
                "bio": None,
                "boilerplate_contains": ["Share"],
                "quotes": [{"text": "q", "speaker": None}],
            },
            d,
        )
        == []
    )
    assert check_expect({"authors": []}, {"byline": None}) == []
    assert check_expect({"paragraphs": [{"text": "One.", "kind": "list_item"}]}, d)
    assert check_expect({"quotes": [{"speaker": "Ana Ruiz"}]}, d)
    assert check_expect({"dateline": {"location": "X"}}, d)
    assert check_expect({"boilerplate_contains": ["Menu"]}, d)


def test_invariants_catch_lost_and_inexact_text() -> None:
    text = "Title\n\nBody text."
    good = {
        "headline": "Title",
        "headline_span": [0, 5],
        "blocks": [{"kind": "headline", "span": [0, 5]}, {"kind": "paragraph", "span": [7, 17]}],
    }
    assert check_invariants(text, good) == []
    lost = dict(good, blocks=good["blocks"][:1])
    assert "in no block" in check_invariants(text, lost)[0]
    inexact = dict(good, headline="Titel")
    assert any("headline" in p for p in check_invariants(text, inexact))
    overlapping = dict(
        good, blocks=[{"kind": "headline", "span": [0, 9]}, {"kind": "paragraph", "span": [7, 17]}]
    )
    assert check_invariants(text, overlapping)
    out_of_range = dict(good, headline_span=[0, 99])
    assert check_invariants(text, out_of_range)


def test_every_fixture_folder_is_known() -> None:
    root = Path(__file__).resolve().parents[1] / "fixtures"
    folders = {p.name for p in root.iterdir() if p.is_dir()}
    assert folders <= set(PROVENANCE), f"unknown fixture folder(s): {sorted(folders - set(PROVENANCE))}"
