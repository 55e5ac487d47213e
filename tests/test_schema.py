"""The JSON Schema matches what to_dict emits: real outputs validate, and keys agree exactly."""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from test_serialize import REAL, ROOT, articles, dumps

import newsparse
from newsparse import Article, json_schema, parse, to_dict
from newsparse._schema import record_json_schema
from newsparse.cli import main

VALIDATOR = jsonschema.Draft202012Validator(json_schema())
RECORD_VALIDATOR = jsonschema.Draft202012Validator(record_json_schema())


def _validate(instance: Dict[str, Any], validator: jsonschema.Draft202012Validator = VALIDATOR) -> None:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_schemas_are_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    jsonschema.Draft202012Validator.check_schema(record_json_schema())
    assert json_schema()["$schema"].endswith("/draft/2020-12/schema")
    assert newsparse.json_schema is json_schema


def test_json_schema_returns_a_fresh_copy() -> None:
    json_schema()["properties"].clear()
    assert json_schema()["properties"]


@pytest.mark.parametrize(("name", "text"), REAL, ids=[name for name, _ in REAL])
def test_real_outputs_validate(name: str, text: str) -> None:
    _validate(to_dict(parse(text)))


@pytest.mark.parametrize(
    "text", ["", "   \n\t", "Only a headline", "a\r\nb\r\n\r\nc", "\u00a0x\u2028y", "\ufeffBOM"]
)
def test_edge_outputs_validate(text: str) -> None:
    _validate(to_dict(parse(text)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_generated_dumps_validate(text: str) -> None:
    _validate(to_dict(parse(text)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_article_validates(article: Article) -> None:
    _validate(to_dict(article))


def _key_paths(schema: Dict[str, Any], node: Dict[str, Any], prefix: str) -> List[str]:
    """Every object key the schema allows below *node*, as dotted paths (arrays as ``[]``)."""
    if "$ref" in node:
        return _key_paths(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[1]], prefix)
    out: List[str] = []
    for branch in node.get("anyOf", []):
        out += _key_paths(schema, branch, prefix)
    if node.get("type") == "array" and "items" in node:
        out += _key_paths(schema, node["items"], prefix + "[]")
    for key, sub in node.get("properties", {}).items():
        out.append(prefix + "." + key if prefix else key)
        out += _key_paths(schema, sub, prefix + "." + key if prefix else key)
    return out


def _data_paths(value: Any, prefix: str = "") -> List[str]:
    out: List[str] = []
    if isinstance(value, dict):
        for key, sub in value.items():
            path = prefix + "." + key if prefix else key
            out.append(path)
            out += _data_paths(sub, path)
    elif isinstance(value, list):
        for sub in value:
            out += _data_paths(sub, prefix + "[]")
    return out


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(full=True))
def test_schema_keys_are_exactly_the_emitted_keys(article: Article) -> None:
    """A fully populated article reaches every key: the schema names no more and no fewer."""
    schema = json_schema()
    assert sorted(set(_key_paths(schema, schema, ""))) == sorted(set(_data_paths(to_dict(article))))


def _objects(node: Any) -> List[Dict[str, Any]]:
    """Every object schema anywhere below *node*, inline ones included."""
    out: List[Dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            out.append(node)
        for sub in node.values():
            out += _objects(sub)
    elif isinstance(node, list):
        for sub in node:
            out += _objects(sub)
    return out


@pytest.mark.parametrize("schema", [json_schema(), record_json_schema()], ids=["article", "record"])
def test_every_object_forbids_unknown_keys(schema: Dict[str, Any]) -> None:
    objects = _objects(schema)
    assert len(objects) >= 10  # the article, byline, author, caption, paragraph, quote, speaker...
    for node in objects:
        assert node["type"] == "object"
        assert node["additionalProperties"] is False
        assert sorted(node["required"]) == sorted(node["properties"])


def test_schema_rejects_a_renamed_key() -> None:
    d = to_dict(parse("Title\n\nBody."))
    d["title"] = d.pop("headline")
    assert not VALIDATOR.is_valid(d)


def test_cli_schema_command_prints_the_schemas(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()
    assert main(["schema", "--record"]) == 0
    assert json.loads(capsys.readouterr().out) == record_json_schema()


def test_cli_records_validate(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.txt").write_text(
        (ROOT / "examples" / "sample.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_bytes(b"Title\n\nBody \xff here.")
    shard = tmp_path / "s.jsonl"
    shard.write_text('{"id": "a", "text": "T\\n\\nB."}\n{"id": 7}\nnope\n', encoding="utf-8")
    code = main(["parse", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl", "-q"])
    assert code == 1
    lines = capsys.readouterr().out.splitlines()
    code = main(["parse", str(shard), "--input-format", "jsonl", "-q"])
    assert code == 1
    lines += capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 6
    for record in records:
        _validate(record, RECORD_VALIDATOR)
    assert {r["error"]["code"] for r in records if r["error"]} == {
        "invalid_utf8",
        "unreadable",
        "missing_text",
        "invalid_json",
    }


def test_docs_name_every_key() -> None:
    """docs/model.md documents every key of the contract, and only real keys in its tables."""
    page = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    schema = json_schema()
    keys = {p.rsplit(".", 1)[-1] for p in _key_paths(schema, schema, "")}
    missing = sorted(k for k in keys if f"`{k}`" not in page)
    assert not missing, f"docs/model.md does not mention {missing}"
    table_keys = set(re.findall(r"^\| `([a-z_]+)` \|", page, flags=re.M))
    assert table_keys, "docs/model.md has no key tables"
    assert not table_keys - keys, (
        f"docs/model.md documents keys that do not exist: {sorted(table_keys - keys)}"
    )
