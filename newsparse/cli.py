"""The ``newsparse`` command: parse files, folders, stdin or JSON Lines shards.

Everything here is a plain function; :func:`main` takes the argument list and
returns the exit code, so tests call it in-process.

>>> main(["--version"])  # doctest: +ELLIPSIS
newsparse ...
0
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import datetime as _dt
import fnmatch
import functools
import gzip
import io
import itertools
import json
import os
import stat
import sys
import time
from importlib import resources
from pathlib import PurePath
from typing import IO, Any, Container, Dict, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple, cast

from ._schema import json_schema, record_json_schema
from ._version import __version__
from .batch import imap_ordered, resolve_jobs
from .model import Article
from .pipeline import parse
from .serialize import to_dict

__all__ = ["build_parser", "main", "sample_text"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
#: as a shell reports a process ended by SIGINT (128 + 2)
EXIT_INTERRUPTED = 130

#: Show a progress bar only for runs with at least this many inputs (when known).
_PROGRESS_MIN_INPUTS = 20

_EXAMPLES = """\
examples:
  newsparse parse story.txt                       one article as pretty JSON
  newsparse parse dumps/ -o out.jsonl             a folder (recursive, *.txt), one JSON record a line
  newsparse parse dumps/ --glob '*.text' --jobs 0 another pattern, on every core
  cat story.txt | newsparse parse - --format text a human summary of stdin
  newsparse parse shard-*.jsonl --input-format jsonl --text-field body --id-field url
  newsparse example | newsparse parse -           try it on the bundled example
  newsparse schema > article.schema.json          the JSON Schema of the output
"""

_PARSE_EXAMPLES = """\
output:
  json   one article, pretty-printed (the default for a single file or stdin)
  jsonl  one record a line: {"id", "path", "line", "error", "article"}
         (the default for folders, several files and JSON Lines input)
  text   a human summary: headline, byline, date, counts, quotes and speakers

errors:
  An unreadable file, invalid UTF-8 (decoded with U+FFFD and flagged), a JSON
  Lines record that is not JSON or lacks the text field, and a folder with no
  matching file each give an error record naming the input; the batch goes on.
  A summary line on stderr gives the counts; the exit code is 1 if any record
  failed or the output could not be written, 2 for a usage error, 130 when
  interrupted, 0 otherwise.

examples:
  newsparse parse story.txt
  newsparse parse dumps/ --jobs 2 -o out.jsonl
  newsparse parse - --format text < story.txt
  newsparse parse shards/ --input-format jsonl --text-field text --id-field id
  newsparse parse story.txt --reference-date 2024-02-07
"""


# ------------------------------------------------------------------ inputs --
class Item(NamedTuple):
    """One unit of work, small enough to send to a worker process.

    ``data`` is ``None`` for a text file the worker reads itself; ``error`` is
    set when the input already failed while it was being listed.
    """

    path: str
    line: Optional[int] = None
    data: Optional[bytes] = None
    error: Optional[Tuple[str, str]] = None


class Options(NamedTuple):
    """What a worker needs to know; picklable."""

    fmt: str
    input_format: str
    text_field: str
    id_field: str
    reference_date: Optional[_dt.date]


class Outcome(NamedTuple):
    """What a worker sends back: the formatted output and the error code, if any."""

    output: str
    error: Optional[str]
    message: str


def sample_text() -> str:
    """The example dump bundled with the package (``newsparse example`` prints it).

    >>> sample_text().splitlines()[2]
    'Harbor city reopens its port after three-day storm closure'
    """
    return resources.files("newsparse").joinpath("_data").joinpath("sample.txt").read_text(encoding="utf-8")


def _open_binary(path: str) -> IO[bytes]:
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"


def _matches(rel: str, name: str, pattern: str) -> bool:
    if "/" in pattern:
        return PurePath(rel).match(pattern)
    return fnmatch.fnmatch(name, pattern)


def _walk(root: str, pattern: str, exclude: Container[Tuple[int, int]] = ()) -> Iterator[Tuple[str, Optional[str]]]:
    """``(path, None)`` for each file under *root* whose name matches *pattern*,
    in sorted order, lazily; ``(path, why)`` for a folder that cannot be listed
    and for a matching entry that is no file (a pipe, a socket, a device).
    Files whose ``(st_dev, st_ino)`` is in *exclude* (the output being
    written) are passed over.

    Only the listings of the folders on the current path are held, so memory
    follows the size of the largest folder, not the size of the tree.
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield folder, _describe(exc)
            continue
        subdirs = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)  # no loops through linked folders
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(entry.path)
            elif _matches(os.path.relpath(entry.path, root), entry.name, pattern):
                st = _stat(entry)
                if exclude and st is not None and (st.st_dev, st.st_ino) in exclude:
                    continue  # our own output: reading it while it grows would never end
                yield entry.path, _not_a_file(st)
        stack.extend(reversed(subdirs))


def _stat(entry: os.DirEntry[str]) -> Optional[os.stat_result]:
    """The entry's status (links followed), or ``None`` when it cannot be
    examined (opening it then says why)."""
    try:
        return entry.stat()
    except OSError:
        return None


def _not_a_file(st: Optional[os.stat_result]) -> Optional[str]:
    """Why a folder entry is not read: a pipe, socket or device would block or
    never end. ``None`` for a file, a link to one, or what cannot be examined.

    >>> _not_a_file(None) is None
    True
    >>> _not_a_file(os.stat_result((stat.S_IFIFO, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
    'not a regular file (a pipe, socket or device); not read'
    """
    if st is None or stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return None
    return "not a regular file (a pipe, socket or device); not read"


def _jsonl_items(path: str, stream: IO[bytes]) -> Iterator[Item]:
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield Item(path, number, raw)


def _file_items(path: str, input_format: str) -> Iterator[Item]:
    if input_format == "text":
        yield Item(path)
        return
    try:
        stream = _open_binary(path)
    except OSError as exc:
        yield Item(path, error=("unreadable", f"{path}: {_describe(exc)}"))
        return
    with stream:
        try:
            yield from _jsonl_items(path, stream)
        except (OSError, EOFError) as exc:
            yield Item(path, error=("unreadable", f"{path}: {_describe(exc)}"))


def _stdin_bytes() -> Optional[IO[bytes]]:
    """Standard input as bytes, or ``None`` when the process has none (it was closed)."""
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return None
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(stdin.read().encode("utf-8"))


def _stdin_items(input_format: str) -> Iterator[Item]:
    """The items of standard input; an ``unreadable`` item when it is closed or fails."""
    try:
        stdin = _stdin_bytes()
        if stdin is None:
            yield Item("-", error=("unreadable", "-: standard input is closed"))
        elif input_format == "text":
            yield Item("-", data=stdin.read())
        else:
            yield from _jsonl_items("-", stdin)
    except (OSError, ValueError) as exc:  # ValueError: a read on a file closed meanwhile
        yield Item("-", error=("unreadable", f"-: {_describe(exc)}"))


def iter_items(
    paths: Sequence[str], *, input_format: str, pattern: str, exclude: Container[Tuple[int, int]] = ()
) -> Iterator[Item]:
    """Every input named by *paths*, lazily: files, folders (recursive), ``-``.

    Files inside folders whose ``(st_dev, st_ino)`` is in *exclude* are left out.
    """
    for path in paths:
        if path == "-":
            yield from _stdin_items(input_format)
        elif os.path.isdir(path):
            found = False
            for name, why in _walk(path, pattern, exclude):
                if why is not None:
                    found = found or not os.path.isdir(name)  # a pipe matched; a folder failed to list
                    yield Item(name, error=("unreadable", f"{name}: {why}"))
                    continue
                found = True
                yield from _file_items(name, input_format)
            if not found:
                yield Item(path, error=("no_match", f"{path}: no file matching {pattern!r}"))
        else:
            yield from _file_items(path, input_format)


# ----------------------------------------------------------------- workers --
def _decode(data: bytes, where: str) -> Tuple[str, Optional[str]]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return (
            text,
            f"{where}: invalid UTF-8 at byte {exc.start}; parsed with U+FFFD in place of the bad bytes",
        )


def _where(item: Item) -> str:
    return item.path if item.line is None else f"{item.path}:{item.line}"


def _record(
    item: Item, ident: Any, article: Optional[Article], error: Optional[Tuple[str, str]]
) -> Dict[str, Any]:
    return {
        "id": ident,
        "path": item.path,
        "line": item.line,
        "error": None if error is None else {"code": error[0], "message": error[1]},
        "article": None if article is None else to_dict(article),
    }


def _format(
    item: Item, ident: Any, article: Optional[Article], error: Optional[Tuple[str, str]], fmt: str
) -> str:
    if fmt == "jsonl":
        return json.dumps(_record(item, ident, article, error), ensure_ascii=False) + "\n"
    if fmt == "json":
        return "" if article is None else json.dumps(to_dict(article), ensure_ascii=False, indent=2) + "\n"
    return summarize(
        article, title=_where(item) if ident is None else f"{_where(item)} [{ident}]", error=error
    )


def process(item: Item, options: Options) -> Outcome:
    """Read, decode, parse and format one input; never raises for bad input."""
    ident: Any = None
    article: Optional[Article] = None
    error = item.error
    where = _where(item)
    if error is None:
        try:
            data = item.data
            if data is None:
                with _open_binary(item.path) as fh:
                    data = fh.read()
            text, bad_utf8 = _decode(data, where)
            if bad_utf8:
                error = ("invalid_utf8", bad_utf8)
            if options.input_format == "jsonl":
                record = _json_object(text, where)
                ident = record.get(options.id_field)
                text = _text_field(record, options.text_field, where)
            article = parse(text, reference_date=options.reference_date)
        except _RecordError as exc:
            error = (exc.code, str(exc))
        except (OSError, EOFError) as exc:
            error = ("unreadable", f"{where}: {_describe(exc)}")
        except Exception as exc:  # a parser bug must not stop the batch
            error = ("parse_error", f"{where}: {type(exc).__name__}: {exc}")
    output = _format(item, ident, article, error, options.fmt)
    return Outcome(output, None if error is None else error[0], "" if error is None else error[1])


class _RecordError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _json_object(line: str, where: str) -> Dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise _RecordError("invalid_json", f"{where}: not JSON: {exc}") from None
    except RecursionError:  # "[[[[…" nested deeper than the decoder goes
        raise _RecordError("invalid_json", f"{where}: JSON nested too deeply to read") from None
    if not isinstance(record, dict):
        raise _RecordError("invalid_json", f"{where}: a JSON {type(record).__name__}, not an object")
    return record


def _text_field(record: Dict[str, Any], field: str, where: str) -> str:
    text = record.get(field)
    if not isinstance(text, str):
        kind = {
            "int": "a number",
            "float": "a number",
            "bool": "a boolean",
            "list": "a list",
            "dict": "an object",
        }
        what = "no" if text is None else f"{kind.get(type(text).__name__, 'a non-string')} in the"
        raise _RecordError("missing_text", f"{where}: {what} text field {field!r}")
    return text


# ------------------------------------------------------------------ output --
def _speaker(article: Article, index: int) -> str:
    q = article.quotes[index]
    if q.speaker is None:
        return "(unattributed)"
    who = q.speaker.name or q.speaker.text
    if q.speaker.name and q.speaker.text != q.speaker.name:
        who += f' (as "{q.speaker.text}")'
    return who


def summarize(article: Optional[Article], *, title: str = "", error: Optional[Tuple[str, str]] = None) -> str:
    """A short human summary of *article* (``--format text``).

    >>> print(summarize(None, title="a.txt", error=("unreadable", "a.txt: No such file")), end="")
    == a.txt
    error: unreadable: a.txt: No such file
    <BLANKLINE>
    """
    out: List[str] = []
    if title:
        out.append(f"== {title}")
    if error is not None:
        out.append(f"error: {error[0]}: {error[1]}")
    if article is not None:
        a = article
        rows: List[Tuple[str, Optional[str]]] = [
            ("kicker", a.kicker.text if a.kicker else None),
            ("headline", a.headline.text if a.headline else "(none found)"),
            ("deck", a.deck.text if a.deck else None),
            ("section", a.section.text if a.section else None),
            (
                "byline",
                ("; ".join(_author(x) for x in a.byline.authors) or a.byline.raw) if a.byline else None,
            ),
            ("published", f"{a.published.isoformat()} ({a.published.raw})" if a.published else None),
            ("updated", f"{a.updated.isoformat()} ({a.updated.raw})" if a.updated else None),
            ("dateline", a.dateline.raw if a.dateline else None),
        ]
        out.extend(f"{k + ':':11}{v}" for k, v in rows if v is not None)
        counts = [
            (len(a.paragraphs), "paragraph"),
            (len(a.captions), "caption"),
            (len(a.quotes), "quote"),
            (len(a.notes), "note"),
            (len(a.related), "related link"),
            (len(a.boilerplate), "boilerplate block"),
            (len(a.warnings), "warning"),
        ]
        out.append(f"{'counts:':11}" + ", ".join(f"{n} {w}{'' if n == 1 else 's'}" for n, w in counts))
        for i, q in enumerate(a.quotes):
            verb = f" ({q.verb})" if q.verb else ""
            out.append(f"  “{_shorten(q.text, 90)}” — {_speaker(a, i)}{verb}")
        for w in a.warnings:
            out.append(f"  warning {w.code}: {w.message}")
    out.append("")
    return "\n".join(out) + "\n"


def _author(author: Any) -> str:
    extra = ", ".join(x for x in (author.role, author.organization) if x)
    return f"{author.name} ({extra})" if extra else str(author.name)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class Progress:
    """A one-line progress display on a terminal; silent when disabled."""

    def __init__(self, stream: IO[str], enabled: bool, total: Optional[int]) -> None:
        self.stream = stream
        self.enabled = enabled
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and (now - self.last < 0.1 or now - self.start < 0.3):
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        tail = f"{failed} failed, {rate:,.0f}/s"
        if self.total:
            frac = min(done / self.total, 1.0)
            filled = int(frac * 30)
            eta = (self.total - done) / rate if rate > 0 else 0.0
            bar = "#" * filled + "." * (30 - filled)
            line = f"[{bar}] {frac:4.0%}  {done}/{self.total}, {tail}, {eta:.0f}s left"
        else:  # an unknown total (JSON Lines, stdin): a moving marker and the count
            pos = (done // 20) % 30
            line = f"[{'.' * pos}#{'.' * (29 - pos)}] {done} done, {tail}"
        self.stream.write("\r" + line[:119] + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _count_inputs(paths: Sequence[str], pattern: str, input_format: str) -> Optional[int]:
    """How many records *paths* give, when that is cheap to know (text files only)."""
    if input_format != "text" or "-" in paths:
        return None
    n = 0
    for path in paths:
        n += sum(why is None for _, why in _walk(path, pattern)) if os.path.isdir(path) else 1
    return n


# --------------------------------------------------------------- commands --
def _reference_date(value: str) -> _dt.date:
    if value == "today":
        return _dt.date.today()
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newsparse`` (its subcommands are parse, schema and example)."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse raw scraped news text dumps into typed articles with spans.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse files, folders, stdin or JSON Lines shards",
        description="Parse news text dumps and write one article (or one record) per input.",
        epilog=_PARSE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="a file, a folder (searched recursively) or - for stdin"
    )
    p.add_argument(
        "--glob",
        default=None,
        metavar="PATTERN",
        help="file name pattern inside folders (default: *.txt, or *.jsonl with --input-format jsonl)",
    )
    p.add_argument(
        "--input-format",
        choices=("text", "jsonl"),
        default="text",
        help="text: each file is one dump (default); jsonl: each line is a JSON record holding a dump",
    )
    p.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSON Lines key of the dump (default: text)"
    )
    p.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="JSON Lines key copied to the record's id (default: id)",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default=None,
        help="output format (default: json for one file or stdin, jsonl otherwise)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes; 0 means one per CPU (default: 1). Output order is kept.",
    )
    p.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help='resolve relative and year-less dates ("Tuesday", "Feb 7") against this date, or "today"',
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary line (errors are still shown)",
    )

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema (draft 2020-12) of an article, or of a --format jsonl record.",
    )
    s.add_argument("--record", action="store_true", help="the schema of a --format jsonl record instead")

    sub.add_parser(
        "example",
        help="print the bundled example dump",
        description="Print the example dump bundled with newsparse, e.g. to pipe into 'newsparse parse -'.",
    )
    return parser


class OutputError(Exception):
    """The output could not be opened or written (a full disk, a bad ``-o`` path)."""


@contextlib.contextmanager
def _converted(where: str) -> Iterator[None]:
    """Turn an ``OSError`` (other than a broken pipe) into :class:`OutputError`."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {where}: {_describe(exc)}") from None


@contextlib.contextmanager
def _output(path: Optional[str]) -> Iterator[IO[str]]:
    """The stream to write to: *path*, or stdout; UTF-8 whatever the locale.

    Opening, flushing or closing it raises :class:`OutputError` on failure (a
    full disk, a bad ``-o`` path); the caller wraps its writes in
    :func:`_converted` the same way.
    """
    if path is not None and path != "-":
        with _converted(path):
            fh = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 (closed below, errors converted)
        try:
            yield fh
        finally:
            with _converted(path):
                fh.close()
        return
    out = sys.stdout
    if out is None:
        raise OutputError("cannot write standard output: it is closed")
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    if encoding in ("utf-8", "utf8") or not hasattr(out, "buffer"):
        yield out
        with _converted("standard output"):
            out.flush()
        return
    wrapper = io.TextIOWrapper(out.buffer, encoding="utf-8", write_through=True)
    try:
        yield wrapper
        with _converted("standard output"):
            wrapper.flush()
    finally:
        wrapper.detach()


def _quiet_stdout() -> None:
    """Point fd 1 at the null device, so that the interpreter's last flush of
    what is still buffered cannot fail again (and print a traceback) at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)


def _emit(text: str) -> int:
    """Write *text* to stdout (``schema``, ``example``); report a failure on stderr."""
    try:
        with _output(None) as out, _converted("standard output"):
            out.write(text)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_FAILED
    except OutputError as exc:
        _quiet_stdout()
        sys.stderr.write(f"newsparse: error: {exc}\n")
        return EXIT_FAILED
    return EXIT_OK


def _output_is_an_input(output: Optional[str], paths: Sequence[str]) -> Optional[str]:
    """The input file that ``-o`` names too, if any (opening it to write would empty it)."""
    if output is None or output == "-" or not os.path.exists(output):
        return None
    for path in paths:
        if path != "-" and not os.path.isdir(path):
            with contextlib.suppress(OSError):
                if os.path.samefile(path, output):
                    return path
    return None


def _cmd_parse(args: argparse.Namespace) -> int:
    pattern = args.glob or ("*.jsonl" if args.input_format == "jsonl" else "*.txt")
    one_dump = args.input_format == "text" and len(args.paths) == 1 and not os.path.isdir(args.paths[0])
    fmt = args.format or ("json" if one_dump else "jsonl")
    clash = _output_is_an_input(args.output, args.paths)
    if clash is not None:
        sys.stderr.write(
            f"newsparse parse: error: the output {args.output} is also the input {clash}; "
            "writing it would destroy it\n"
        )
        return EXIT_USAGE
    exclude: Set[Tuple[int, int]] = set()  # filled once the output is open
    items: Iterator[Item] = iter_items(
        args.paths, input_format=args.input_format, pattern=pattern, exclude=exclude
    )
    if fmt == "json":
        # Look two items ahead (the stream stays lazy) to refuse a batch in a one-article format.
        head = list(itertools.islice(items, 2))
        if len(head) > 1:
            sys.stderr.write(
                "newsparse parse: error: --format json prints one article, but the inputs hold several; "
                "use --format jsonl (one record a line) or --format text\n"
            )
            return EXIT_USAGE
        items = iter(head)
    options = Options(fmt, args.input_format, args.text_field, args.id_field, args.reference_date)
    jobs = resolve_jobs(args.jobs)
    err = sys.stderr
    show_progress = not args.quiet and bool(getattr(err, "isatty", lambda: False)())
    total = _count_inputs(args.paths, pattern, args.input_format) if show_progress else None
    progress = Progress(err, show_progress and (total is None or total >= _PROGRESS_MIN_INPUTS), total)

    done = failed = 0
    by_code: Dict[str, int] = {}
    start = time.monotonic()
    work = functools.partial(process, options=options)
    where = "standard output" if args.output in (None, "-") else args.output
    try:
        with _output(args.output) as out, contextlib.closing(imap_ordered(work, items, jobs=jobs)) as results:
            with contextlib.suppress(OSError, ValueError, AttributeError):  # a file, or stdout sent to one
                st = os.fstat(out.fileno())
                if stat.S_ISREG(st.st_mode):
                    exclude.add((st.st_dev, st.st_ino))
            for outcome in results:
                with _converted(where):
                    out.write(outcome.output)
                done += 1
                if outcome.error is not None:
                    failed += 1
                    by_code[outcome.error] = by_code.get(outcome.error, 0) + 1
                    progress.close()
                    err.write(f"newsparse: {outcome.error}: {outcome.message}\n")
                progress.update(done, failed)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, like other Unix tools.
        _quiet_stdout()
        return EXIT_FAILED
    except concurrent.futures.BrokenExecutor:
        # A worker process died (killed for memory, say): what was written stays written.
        progress.close()
        err.write(
            f"newsparse: error: a worker process died after {done} input{'s' if done != 1 else ''}"
            " (killed for memory?); stopped\n"
        )
        return EXIT_FAILED
    except OutputError as exc:
        # A full disk or an unwritable -o: say so once and stop, as the rest would be lost too.
        _quiet_stdout()
        progress.close()
        err.write(f"newsparse: error: {exc}; stopped\n")
        return EXIT_FAILED
    finally:
        progress.close()
    if not args.quiet:
        elapsed = time.monotonic() - start
        detail = ", ".join(f"{code} {n}" for code, n in sorted(by_code.items()))
        err.write(
            f"newsparse: {done} input{'s' if done != 1 else ''}: {done - failed} parsed, {failed} failed"
            f"{f' ({detail})' if detail else ''} in {elapsed:.1f}s"
            f"{f' with {jobs} jobs' if jobs > 1 else ''}\n"
        )
    return EXIT_FAILED if failed else EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the ``newsparse`` command with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "parse":
        try:
            return _cmd_parse(args)
        except KeyboardInterrupt:  # Ctrl-C: what was written stays written
            sys.stderr.write("newsparse: interrupted\n")
            return EXIT_INTERRUPTED
    if args.command == "schema":
        schema = record_json_schema() if args.record else json_schema()
        return _emit(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    if args.command == "example":
        return _emit(sample_text())
    parser.print_help(sys.stderr)
    return EXIT_USAGE
