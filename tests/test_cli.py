"""The newsparse command, called in-process through main(argv), and its worker pool."""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator, List, Optional

import pytest

import newsparse
from newsparse import cli, parse_many, to_dict
from newsparse.batch import imap_ordered
from newsparse.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample.txt"
SAMPLE_HEADLINE = "Harbor city reopens its port after three-day storm closure"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _records(out: str) -> List[Any]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    _write(tmp_path, "b.txt", "Second story\n\nBy Li Wei\n\nIt rained.")
    _write(tmp_path, "a.txt", "First story\n\nBy Ana Ruiz\n\nThe port reopened.")
    _write(tmp_path, "sub/c.txt", "Third story\n\nBody three.")
    _write(tmp_path, "sub/notes.md", "not a dump")
    return tmp_path


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


# ------------------------------------------------------------- basics ----
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newsparse {newsparse.__version__}"


@pytest.mark.parametrize("argv", [["--help"], ["parse", "--help"]])
def test_help_shows_examples(argv: List[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "newsparse parse" in out


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "parse" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["parse"], ["parse", "x", "--format", "xml"], ["parse", "x", "--jobs", "-1"], ["bogus"]],
)
def test_usage_errors_exit_2(argv: List[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_example_command_prints_the_bundled_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example"]) == 0
    assert capsys.readouterr().out == SAMPLE.read_text(encoding="utf-8")


def test_packaged_example_is_the_same_file() -> None:
    packaged = ROOT / "newsparse" / "_data" / "sample.txt"
    assert packaged.read_bytes() == SAMPLE.read_bytes()


def test_python_dash_m() -> None:
    # from the checkout's root, so that it is this checkout's newsparse that runs
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "--version"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert done.returncode == 0 and done.stdout.strip() == f"newsparse {newsparse.__version__}"


# ------------------------------------------------------------- inputs ----
def test_one_file_gives_one_pretty_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{\n")
    assert json.loads(out) == to_dict(newsparse.parse(SAMPLE.read_text(encoding="utf-8")))
    assert "1 input: 1 parsed, 0 failed" in err


def test_bundled_example_headline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == SAMPLE_HEADLINE


def test_folder_is_walked_recursively_in_sorted_order(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree)]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    assert [Path(r["path"]).relative_to(tree).as_posix() for r in records] == ["a.txt", "b.txt", "sub/c.txt"]
    assert all(r["error"] is None and r["id"] is None and r["line"] is None for r in records)
    assert records[0]["article"] == to_dict(newsparse.parse((tree / "a.txt").read_text(encoding="utf-8")))
    assert "3 inputs: 3 parsed, 0 failed" in err


def test_glob_picks_other_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree), "--glob", "*.md"]) == 0
    assert [Path(r["path"]).name for r in _records(capsys.readouterr().out)] == ["notes.md"]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = SAMPLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == to_dict(newsparse.parse(data.decode("utf-8")))


def test_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"url": "u1", "body": "First story\n\nBody one."},
        {"url": "u2"},
        {"url": "u3", "body": 42},
        {"url": "u4", "body": "Fourth story\n\nBody four."},
    ]
    shard = tmp_path / "shard.jsonl"
    lines = [json.dumps(r) for r in rows]
    lines.insert(2, "")  # a blank line is not a record
    lines.append("{not json")
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["parse", str(shard), "--input-format", "jsonl", "--text-field", "body", "--id-field", "url"]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [(r["id"], r["line"], r["error"] and r["error"]["code"]) for r in records] == [
        ("u1", 1, None),
        ("u2", 2, "missing_text"),
        ("u3", 4, "missing_text"),
        ("u4", 5, None),
        (None, 6, "invalid_json"),
    ]
    assert records[0]["article"] == to_dict(newsparse.parse(rows[0]["body"]))
    assert records[1]["article"] is None
    assert f"{shard}:2" in records[1]["error"]["message"]
    assert "5 inputs: 2 parsed, 3 failed (invalid_json 1, missing_text 2)" in err


def test_jsonl_folder_and_gzip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g", "text": "Zipped\n\nBody."}) + "\n")
    _write(tmp_path, "a.jsonl", json.dumps({"id": "p", "text": "Plain\n\nBody."}) + "\n")
    assert main(["parse", str(tmp_path), "--input-format", "jsonl", "--glob", "*.jsonl*"]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == ["p", "g"]


# ------------------------------------------------------------- errors ----
def test_invalid_utf8_is_parsed_and_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 closes\n\nThe caf\xe9 closed on Monday.")
    assert main(["parse", str(bad), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    (record,) = _records(out)
    assert record["error"]["code"] == "invalid_utf8"
    assert str(bad) in record["error"]["message"]
    assert record["article"] is not None
    assert "\ufffd" in json.dumps(record["article"], ensure_ascii=False)
    assert "invalid_utf8" in err and "1 failed" in err


def test_missing_and_unreadable_inputs_are_records(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tree / "empty"
    empty.mkdir()
    argv = ["parse", str(tree / "a.txt"), str(tree / "nope.txt"), str(empty), str(tree / "b.txt")]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["error"] and r["error"]["code"] for r in records] == [None, "unreadable", "no_match", None]
    assert "nope.txt" in records[1]["error"]["message"]
    assert "4 inputs: 2 parsed, 2 failed (no_match 1, unreadable 1)" in err


def test_a_parser_crash_does_not_stop_the_batch(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_parse = cli.parse

    def flaky(text: str, *, reference_date: Optional[dt.date] = None) -> Any:
        if text.startswith("Second"):
            raise RuntimeError("boom")
        return real_parse(text, reference_date=reference_date)

    monkeypatch.setattr(cli, "parse", flaky)
    assert main(["parse", str(tree)]) == 1
    records = _records(capsys.readouterr().out)
    assert [r["error"] and r["error"]["code"] for r in records] == [None, "parse_error", None]
    assert "RuntimeError: boom" in records[1]["error"]["message"]


def test_format_json_refuses_many_inputs(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "--format jsonl" in err


def test_format_json_of_a_failed_input_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path / "gone.txt")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "unreadable" in err


# ------------------------------------------------------------- output ----
def test_text_format(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree / "a.txt"), str(tree / "missing.txt"), "--format", "text"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"== {tree / 'a.txt'}\n")
    assert "counts:" in out
    assert f"== {tree / 'missing.txt'}\nerror: unreadable:" in out


def test_text_summary_lists_quotes_with_speakers() -> None:
    article = newsparse.from_dict(
        {
            "headline": "Port reopens",
            "headline_span": [0, 12],
            "quotes": [
                {
                    "text": "We are open",
                    "span": [20, 33],
                    "kind": "direct",
                    "speaker": {"name": "Rui Costa", "text": "Costa", "span": [40, 45], "descriptor": None},
                    "verb": "said",
                }
            ],
        }
    )
    out = cli.summarize(article, title="x")
    assert "headline:  Port reopens" in out
    assert "1 quote," in out
    assert '“We are open” — Rui Costa (as "Costa") (said)' in out


def test_output_file(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["parse", str(tree), "-o", str(target), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_reference_date_reaches_the_parser(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: List[Optional[dt.date]] = []
    real_parse = cli.parse

    def spy(text: str, *, reference_date: Optional[dt.date] = None) -> Any:
        seen.append(reference_date)
        return real_parse(text, reference_date=reference_date)

    monkeypatch.setattr(cli, "parse", spy)
    assert main(["parse", str(tree / "a.txt"), "--reference-date", "2024-02-07"]) == 0
    assert main(["parse", str(tree / "a.txt")]) == 0
    assert seen == [dt.date(2024, 2, 7), None]
    assert main(["parse", str(tree / "a.txt"), "--reference-date", "07/02/2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_jobs_keep_order_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(45):
        _write(
            tmp_path,
            f"d{i:03d}.txt",
            f"Story number {i}\n\nBy Ana Ruiz\n\nBody of story {i}, officials said.",
        )
    assert main(["parse", str(tmp_path), "--jobs", "1", "-q"]) == 0
    serial = capsys.readouterr().out
    assert main(["parse", str(tmp_path), "--jobs", "2", "-q"]) == 0
    parallel = capsys.readouterr().out
    assert parallel == serial
    assert [Path(r["path"]).name for r in _records(parallel)] == [f"d{i:03d}.txt" for i in range(45)]


# ----------------------------------------------------------- progress ----
def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(30):
        _write(tmp_path, f"d{i:02d}.txt", f"Story {i}\n\nBody.")
    monkeypatch.setattr(cli.Progress, "update", _eager_update)
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["parse", str(tmp_path), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "\r[" in tty.getvalue() and "/30" in tty.getvalue()
    assert "30 inputs: 30 parsed" in tty.getvalue()

    quiet = FakeTTY()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["parse", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 0
    assert quiet.getvalue() == ""

    monkeypatch.undo()
    monkeypatch.setattr(cli.Progress, "update", _eager_update)
    assert main(["parse", str(tmp_path), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "\r" not in capsys.readouterr().err  # captured stderr is not a terminal


_real_update = cli.Progress.update


def _eager_update(self: cli.Progress, done: int, failed: int, *, force: bool = False) -> None:
    _real_update(self, done, failed, force=True)


# -------------------------------------------- parse_many and the pool ----
def test_parse_many_matches_parse() -> None:
    texts = [f"Story {i}\n\nBy Li Wei\n\nBody {i}." for i in range(40)]
    expected = [newsparse.parse(t) for t in texts]
    assert list(parse_many(texts)) == expected
    assert list(parse_many(texts, jobs=2, chunksize=3)) == expected


def test_parse_many_passes_reference_date() -> None:
    ref = dt.date(2024, 2, 7)
    text = "Story\n\nPublished Tuesday\n\nBody."
    assert list(parse_many([text], reference_date=ref)) == [newsparse.parse(text, reference_date=ref)]
    with pytest.raises(TypeError, match="reference_date"):
        parse_many([text], reference_date="2024-02-07")  # type: ignore[arg-type]


def test_parse_many_raises_the_error_of_a_bad_item() -> None:
    with pytest.raises(TypeError, match="bytes"):
        list(parse_many(["ok", b"bytes"], jobs=2))  # type: ignore[list-item]


def test_pool_reads_input_lazily_with_bounded_work_in_flight() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[int]:
        while True:
            next(pulled)
            yield 1

    results = imap_ordered(abs, endless(), jobs=2, chunksize=5)
    first = list(itertools.islice(results, 7))
    results.close()
    assert first == [1] * 7
    # at most 4 chunks per worker are ever in flight: 2 workers * 4 * 5 items (+1 chunk being cut)
    assert next(pulled) <= 2 * 4 * 5 + 5 + 1


def test_pool_rejects_a_bad_chunksize() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        imap_ordered(abs, [1], chunksize=0)


def test_docs_describe_every_option() -> None:
    """docs/cli.md mentions every long option of every subcommand."""
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = cli.build_parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    options = {o for a in parser._actions for o in a.option_strings if o.startswith("--")}
    for sub in subparsers:
        for name, p in sub.choices.items():
            assert f"newsparse {name}" in page
            options |= {o for a in p._actions for o in a.option_strings if o.startswith("--")}
    missing = sorted(o for o in options - {"--help"} if f"`{o}" not in page)
    assert not missing, f"docs/cli.md does not mention {missing}"
