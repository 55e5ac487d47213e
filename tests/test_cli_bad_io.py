"""The command line tool on bad input and bad output: a clear record or message
and a documented exit code, never a traceback or a hang (each case once gave one)."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Iterator, List

import pytest

from newsparse import cli
from newsparse.batch import imap_ordered
from newsparse.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _records(out: str) -> List[Any]:
    return [json.loads(line) for line in out.splitlines()]


def _codes(out: str) -> List[Any]:
    return [r["error"] and r["error"]["code"] for r in _records(out)]


class FullDisk(io.StringIO):
    """A text stream whose every write fails as a full disk does."""

    def write(self, s: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _run(
    *argv: str, stdin: Any = subprocess.DEVNULL, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *argv],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


# ------------------------------------------------------------- inputs ----
def test_a_folder_of_awkward_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a_binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_latin1.txt").write_bytes("Café reopens\n\nThe café opened again.\n".encode("latin-1"))
    (tmp_path / "d_long.txt").write_text("word " * 1_000_000, encoding="utf-8")  # 5 MB, one line
    assert main(["parse", str(tmp_path), "-q"]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [Path(r["path"]).name for r in records] == [
        "a_binary.txt",
        "b_empty.txt",
        "c_latin1.txt",
        "d_long.txt",
    ]
    assert _codes(out) == ["invalid_utf8", None, "invalid_utf8", None]
    assert "c_latin1.txt: invalid UTF-8 at byte 3" in records[2]["error"]["message"]
    assert records[2]["article"] is not None  # parsed all the same, with U+FFFD
    assert [w["code"] for w in records[1]["article"]["warnings"]] == ["empty_input"]
    assert "Traceback" not in err


def test_jsonl_text_field_that_is_not_a_string(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shard = tmp_path / "s.jsonl"
    rows = [{"id": 1, "text": 5}, {"id": 2, "text": ["a"]}, {"id": 3, "text": None}, {"id": 4, "text": True}]
    shard.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["parse", str(shard), "--input-format", "jsonl", "-q"]) == 1
    records = _records(capsys.readouterr().out)
    assert [r["error"]["code"] for r in records] == ["missing_text"] * 4
    assert [r["article"] for r in records] == [None] * 4
    messages = [r["error"]["message"] for r in records]
    assert messages == [
        f"{shard}:1: a number in the text field 'text'",
        f"{shard}:2: a list in the text field 'text'",
        f"{shard}:3: no text field 'text'",
        f"{shard}:4: a boolean in the text field 'text'",
    ]


def test_a_record_id_that_is_a_number_is_kept_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shard = tmp_path / "s.jsonl"
    shard.write_text(
        '{"id": 42, "text": "Rain\\n\\nIt rained."}\n{"id": 4.5, "text": "x"}\n', encoding="utf-8"
    )
    assert main(["parse", str(shard), "--input-format", "jsonl", "-q"]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == [42, 4.5]
    assert main(["parse", str(shard), "--input-format", "jsonl", "-q", "--format", "text"]) == 0
    assert f"== {shard}:1 [42]" in capsys.readouterr().out


def test_jobs_2_with_one_bad_record_keeps_order_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({"id": i, "text": f"Story {i}\n\nIt rained {i} times."}) for i in range(40)]
    lines[17] = '{"id": 17, "text": '  # cut short
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["parse", str(tmp_path / "s.jsonl"), "--input-format", "jsonl", "--jobs", "2"]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["line"] for r in records] == list(range(1, 41))
    assert [r["id"] for r in records] == [None if i == 17 else i for i in range(40)]
    assert _codes(out).count("invalid_json") == 1 and records[17]["error"]["code"] == "invalid_json"
    assert "40 inputs: 39 parsed, 1 failed (invalid_json 1)" in err


@pytest.mark.parametrize("input_format", ["text", "jsonl"])
def test_closed_stdin_is_an_unreadable_record(
    input_format: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # what Python gives a process started with stdin closed
    assert main(["parse", "-", "--input-format", input_format, "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert _records(out) == [
        {
            "id": None,
            "path": "-",
            "line": None,
            "error": {"code": "unreadable", "message": "-: standard input is closed"},
            "article": None,
        }
    ]
    assert "newsparse: unreadable: -: standard input is closed" in err


def test_closed_stdin_in_a_real_process() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.close(0); from newsparse.cli import main; sys.exit(main(['parse', '-']))",
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------- output ----
@pytest.mark.parametrize(
    "argv", [["parse", "SAMPLE"], ["parse", "SAMPLE", "--jobs", "2"], ["schema"], ["example"]]
)
def test_a_full_disk_on_stdout_is_a_message_and_exit_1(
    argv: List[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(ROOT / "examples" / "sample.txt") if a == "SAMPLE" else a for a in argv]
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "newsparse: error: cannot write standard output: No space left on device" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [["parse", "examples/sample.txt"], ["schema"], ["example"]])
def test_dev_full(argv: List[str]) -> None:
    with open("/dev/full", "w") as full:
        result = _run(*[str(ROOT / a) if a.startswith("examples/") else a for a in argv], stdout=full)
    assert result.returncode == 1
    assert "cannot write standard output: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_dev_full_as_output_file() -> None:
    result = _run("parse", str(ROOT / "examples" / "sample.txt"), "-o", "/dev/full")
    assert result.returncode == 1
    assert "newsparse: error: cannot write /dev/full: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("where", ["missing/out.jsonl", "."])
def test_an_output_file_that_cannot_be_opened(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / where)
    assert main(["parse", str(ROOT / "examples" / "sample.txt"), "-o", target]) == 1
    err = capsys.readouterr().err
    assert f"newsparse: error: cannot write {target}: " in err


def test_a_closed_stdout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["example"]) == 1
    assert "cannot write standard output: it is closed" in capsys.readouterr().err


# ------------------------------------------------------- worker deaths ----
def _die_on_five(x: int) -> int:
    if x == 5:
        os._exit(3)  # as the kernel's OOM killer would end it: no exception, no clean-up
    return x


def test_a_dead_worker_raises_instead_of_hanging() -> None:
    results = imap_ordered(_die_on_five, range(40), jobs=2, chunksize=4)
    with pytest.raises(BrokenProcessPool):
        list(results)


def test_the_cli_reports_a_dead_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def dying(func: Any, items: Any, *, jobs: int = 1, chunksize: int = 16) -> Iterator[Any]:
        it = iter(items)
        yield func(next(it))
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Rain\n\nIt rained.", encoding="utf-8")
    monkeypatch.setattr(cli, "imap_ordered", dying)
    assert main(["parse", str(tmp_path), "--jobs", "2"]) == 1
    out, err = capsys.readouterr()
    assert len(_records(out)) == 1  # what was done before is kept
    assert "newsparse: error: a worker process died after 1 input (killed for memory?); stopped" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_a_folder_is_a_record_not_a_hang(tmp_path: Path) -> None:
    # in a child process with a time limit: opening the pipe would wait for a writer for ever
    (tmp_path / "a.txt").write_text("Rain\n\nIt rained.", encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    result = _run("parse", str(tmp_path), "-q")
    assert result.returncode == 1
    assert _codes(result.stdout) == [None, "unreadable"]
    message = _records(result.stdout)[1]["error"]["message"]
    assert message.endswith("b.txt: not a regular file (a pipe, socket or device); not read")
    only = tmp_path / "only"
    only.mkdir()
    os.mkfifo(only / "c.txt")
    result = _run("parse", str(only), "-q")
    assert _codes(result.stdout) == ["unreadable"]  # and no 'no_match' besides


def test_json_nested_too_deeply_is_invalid_json_not_a_parser_bug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shard = tmp_path / "deep.jsonl"
    shard.write_text("[" * 200_000 + "\n" + '{"id": 1, "text": ' + "[" * 200_000 + "}\n", encoding="utf-8")
    assert main(["parse", str(shard), "--input-format", "jsonl", "-q"]) == 1
    records = _records(capsys.readouterr().out)
    assert [r["error"]["code"] for r in records] == ["invalid_json", "invalid_json"]
    assert records[0]["error"]["message"] == f"{shard}:1: JSON nested too deeply to read"


def test_ctrl_c_is_a_message_and_exit_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Rain\n\nIt rained.", encoding="utf-8")

    def interrupted(text: str, *, reference_date: Any = None) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "parse", interrupted)
    assert main(["parse", str(tmp_path / "a.txt")]) == 130
    assert capsys.readouterr().err == "newsparse: interrupted\n"


# ------------------------------------------------- output among inputs ----
def _shard(path: Path, n: int) -> None:
    path.write_text(
        "".join(json.dumps({"id": i, "text": "Rain falls\n\nIt rained all day, officials said."}) + "\n" for i in range(n)),
        encoding="utf-8",
    )


def test_an_output_file_inside_the_folder_is_not_read_back(tmp_path: Path) -> None:
    # in a child process with a time limit: reading the output while it grows never ended
    _shard(tmp_path / "a.jsonl", 300)
    for jobs in ("1", "2"):
        result = _run("parse", str(tmp_path), "--input-format", "jsonl", "-o", str(tmp_path / "z.jsonl"), "--jobs", jobs)
        assert result.returncode == 0, result.stderr[-500:]
        assert len((tmp_path / "z.jsonl").read_text(encoding="utf-8").splitlines()) == 300
    with open(tmp_path / "y.jsonl", "w") as out:  # stdout sent to a file in the folder: the same
        result = _run("parse", str(tmp_path / "a.jsonl"), str(tmp_path), "--input-format", "jsonl", "-q", stdout=out)
    records = _records((tmp_path / "y.jsonl").read_text(encoding="utf-8"))
    assert {Path(r["path"]).name for r in records} == {"a.jsonl", "z.jsonl"}


def test_an_output_that_is_also_an_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _shard(tmp_path / "a.jsonl", 3)
    before = (tmp_path / "a.jsonl").read_bytes()
    assert main(["parse", str(tmp_path / "a.jsonl"), "--input-format", "jsonl", "-o", str(tmp_path / "a.jsonl")]) == 2
    assert "is also the input" in capsys.readouterr().err
    assert (tmp_path / "a.jsonl").read_bytes() == before
