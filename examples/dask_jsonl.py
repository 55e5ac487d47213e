#!/usr/bin/env python3
"""Parse JSON Lines shards of news dumps with dask.bag; write JSON Lines or Parquet.

    pip install 'newsparse[dask]'                       # dask.bag
    python examples/dask_jsonl.py 'crawl/*.jsonl' parsed/
    python examples/dask_jsonl.py 'crawl/*.jsonl.gz' parsed/ --text-field content --id-field url
    python examples/dask_jsonl.py 'crawl/*.jsonl' parsed/ --format parquet   # also needs pandas + pyarrow

Each input line is a JSON object holding a dump under ``--text-field``. Each
output record is ``{"id", "error", "article"}``, as in ``newsparse parse
--format jsonl``: a line that is not JSON or has no text gives an error record
instead of failing the job. With ``--format parquet`` the article is kept as a
JSON string column beside a few flat columns (headline, published, authors…).

``newsparse.parse`` is a pure function of its input: it reads no files, keeps
no state between calls and holds no locks, so dask may run it on any worker,
in any order, any number of times. The local multi-process scheduler is the
default here; point ``--scheduler`` at a distributed cluster's address to run
the same code on many machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import dask
import dask.bag as db

import newsparse


def parse_lines(
    lines: Iterable[str], text_field: str, id_field: str, reference_date: Optional[dt.date]
) -> Iterator[Dict[str, Any]]:
    """One output record per non-blank input line; never raises for bad input."""
    for line in lines:
        if not line.strip():
            continue
        ident: Any = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"a JSON {type(record).__name__}, not an object")
        except ValueError as exc:
            yield {"id": None, "error": {"code": "invalid_json", "message": str(exc)}, "article": None}
            continue
        ident = record.get(id_field)
        text = record.get(text_field)
        if not isinstance(text, str):
            error = {"code": "missing_text", "message": f"no string field {text_field!r}"}
            yield {"id": ident, "error": error, "article": None}
            continue
        try:
            article = newsparse.to_dict(newsparse.parse(text, reference_date=reference_date))
        except Exception as exc:  # a parser bug must not kill the whole job
            yield {"id": ident, "error": {"code": "parse_error", "message": repr(exc)}, "article": None}
            continue
        yield {"id": ident, "error": None, "article": article}


def flat(record: Dict[str, Any]) -> Dict[str, Any]:
    """A Parquet row: a few flat columns and the whole article as JSON."""
    a = record["article"] or {}
    authors = [x["name"] for x in ((a.get("byline") or {}).get("authors") or [])]
    return {
        "id": None if record["id"] is None else str(record["id"]),
        "error": None if record["error"] is None else record["error"]["code"],
        "headline": a.get("headline"),
        "published": a.get("published"),
        "authors": "; ".join(authors) or None,
        "paragraphs": len(a.get("paragraphs") or []),
        "quotes": len(a.get("quotes") or []),
        "article_json": json.dumps(a, ensure_ascii=False) if a else None,
    }


def count_partition(lines: Iterable[str]) -> List[Tuple[int, int]]:
    """``[(records, failed)]`` of one partition of written JSON Lines."""
    n = failed = 0
    for line in lines:
        n += 1
        failed += json.loads(line)["error"] is not None
    return [(n, failed)]


def write_parquet(rows: db.Bag, output: Path) -> Tuple[int, int]:
    """Write *rows* (from :func:`flat`) as Parquet under *output*; return ``(records, failed)``."""
    try:
        import dask.dataframe as dd
        import pandas as pd
        import pyarrow as pa
    except ImportError:
        raise SystemExit(
            "--format parquet needs pandas and pyarrow: pip install 'dask[dataframe]' pyarrow"
        ) from None
    text, count = pa.string(), pa.int64()
    columns = ["id", "error", "headline", "published", "authors", "paragraphs", "quotes", "article_json"]
    schema = pa.schema([(c, count if c in ("paragraphs", "quotes") else text) for c in columns])
    meta = pd.DataFrame({f.name: pd.Series(dtype="int64" if f.type == count else "string") for f in schema})
    rows.to_dataframe(meta=meta).to_parquet(str(output), schema=schema, write_index=False)
    errors = dd.read_parquet(str(output), columns=["error"])["error"]
    total, failed = dask.compute(errors.size, errors.count())
    return int(total), int(failed)


_COMPRESSED = (".gz", ".bz2", ".xz", ".zst", ".lz4")


def to_json(record: Dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def build(
    pattern: str,
    text_field: str,
    id_field: str,
    reference_date: Optional[dt.date],
    blocksize: Optional[str],
    shape: Callable[[Dict[str, Any]], Any],
) -> db.Bag:
    """A bag of ``shape(record)``, one per input line.

    *shape* is applied inside the partition's generator, so what a partition
    holds at once is compact (a JSON line or a flat row), never the nested
    article dictionaries.
    """
    if blocksize is not None and (blocksize.lower() == "none" or pattern.endswith(_COMPRESSED)):
        blocksize = None  # compressed files cannot be split
    lines = db.read_text(pattern, blocksize=blocksize, encoding="utf-8", compression="infer")

    def parse_partition(part: Iterable[str]) -> Iterator[Any]:
        return map(shape, parse_lines(part, text_field, id_field, reference_date))

    return lines.map_partitions(parse_partition)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="input shards, a glob such as 'crawl/*.jsonl' (.gz is read as gzip)")
    ap.add_argument("output", type=Path, help="output folder (created)")
    ap.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    ap.add_argument("--reference-date", type=dt.date.fromisoformat, default=None)
    ap.add_argument(
        "--scheduler", default="processes", help="processes (default), threads, sync, or an address"
    )
    ap.add_argument("--workers", type=int, default=None, help="local worker processes (default: one per CPU)")
    ap.add_argument(
        "--blocksize",
        default="16MiB",
        help="partition size: a partition is held in memory by a worker (default 16MiB; 'none' for one "
        "partition per file; compressed shards always give one partition per file)",
    )
    args = ap.parse_args(argv)

    start = time.perf_counter()
    shape = to_json if args.format == "jsonl" else flat
    records = build(args.pattern, args.text_field, args.id_field, args.reference_date, args.blocksize, shape)
    args.output.mkdir(parents=True, exist_ok=True)
    if args.scheduler in ("processes", "threads", "sync", "synchronous", "single-threaded"):
        config: Dict[str, Any] = {"scheduler": args.scheduler}
        if args.workers:
            config["num_workers"] = args.workers
    else:  # a dask.distributed scheduler address
        from dask.distributed import Client

        client = Client(args.scheduler)
        config = {"scheduler": client.get}
    with dask.config.set(config):
        # Each shard is read, parsed and written by one fused task, so records never travel back to
        # the client; the counts are then read back from the (small) output.
        if args.format == "jsonl":
            records.to_textfiles(str(args.output / "part-*.jsonl"), encoding="utf-8", last_endline=True)
            written = db.read_text(str(args.output / "part-*.jsonl"), encoding="utf-8")
            per_part = written.map_partitions(count_partition).compute()
            total, failed = sum(n for n, _ in per_part), sum(f for _, f in per_part)
        else:
            total, failed = write_parquet(records, args.output)
    seconds = time.perf_counter() - start
    files: List[Path] = sorted(p for p in args.output.iterdir() if p.is_file())
    print(
        f"dask_jsonl: {total} records, {failed} failed, {len(files)} files in {args.output} "
        f"({args.format}, scheduler {args.scheduler}) in {seconds:.1f}s"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
