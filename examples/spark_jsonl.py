#!/usr/bin/env python3
"""Parse JSON Lines shards of news dumps with PySpark (``mapPartitions``).

    pip install newsparse pyspark          # pyspark is not a newsparse dependency
    python examples/spark_jsonl.py 'crawl/*.jsonl' parsed/                 # local[*]
    python examples/spark_jsonl.py 'crawl/*.jsonl' parsed/ --format parquet
    spark-submit --master yarn examples/spark_jsonl.py 's3a://bucket/crawl/*.jsonl.gz' s3a://bucket/parsed/

Each input line is a JSON object holding a dump under ``--text-field``; each
output line is ``{"id", "error", "article"}`` as in ``newsparse parse --format
jsonl`` (a bad line gives an error record, it does not fail the job). With
``--format parquet`` the output has flat columns (headline, published, authors,
counts) and the whole article as a JSON string.

Why ``mapPartitions``: the function receives an iterator over one partition's
lines and yields records lazily, so a partition is never held in memory, and
``newsparse`` is imported once per Python worker, not once per line. ``parse``
is pure (no I/O, no global state, no locks) and everything it needs is
importable on the executors once newsparse is installed there (or shipped with
``--py-files`` as a wheel).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, Dict, Iterable, Iterator, Optional, Sequence


def parse_partition(lines: Iterable[str], text_field: str, id_field: str) -> Iterator[Dict[str, Any]]:
    """Runs on the executors: one record per non-blank line, never raising for bad input."""
    import newsparse  # imported on the executor, once per worker process

    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"a JSON {type(record).__name__}, not an object")
        except ValueError as exc:
            yield {"id": None, "error": {"code": "invalid_json", "message": str(exc)}, "article": None}
            continue
        ident, text = record.get(id_field), record.get(text_field)
        if not isinstance(text, str):
            error = {"code": "missing_text", "message": f"no string field {text_field!r}"}
            yield {"id": ident, "error": error, "article": None}
            continue
        try:
            article = newsparse.to_dict(newsparse.parse(text))
        except Exception as exc:  # a parser bug must not kill the whole job
            yield {"id": ident, "error": {"code": "parse_error", "message": repr(exc)}, "article": None}
            continue
        yield {"id": ident, "error": None, "article": article}


def flat(record: Dict[str, Any]) -> Dict[str, Any]:
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


def main(argv: Optional[Sequence[str]] = None) -> int:
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="input shards (any path Spark reads; .gz is decompressed)")
    ap.add_argument("output", help="output folder (must not exist)")
    ap.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    ap.add_argument(
        "--master", default=None, help="Spark master (default: local[*] unless spark-submit sets one)"
    )
    ap.add_argument("--partitions", type=int, default=None, help="repartition the input lines to this many")
    args = ap.parse_args(argv)

    builder = SparkSession.builder.appName("newsparse")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # a plain `python` run, not spark-submit: local mode
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    start = time.perf_counter()
    lines = spark.sparkContext.textFile(args.pattern)
    if args.partitions:
        lines = lines.repartition(args.partitions)
    text_field, id_field = args.text_field, args.id_field
    # counted on the way through, so the data is read and parsed once (a retried task may count twice)
    seen, failed = spark.sparkContext.accumulator(0), spark.sparkContext.accumulator(0)

    def parse_and_count(it: Iterable[str]) -> Iterator[Dict[str, Any]]:
        for record in parse_partition(it, text_field, id_field):
            seen.add(1)
            if record["error"] is not None:
                failed.add(1)
            yield record

    records = lines.mapPartitions(parse_and_count)
    if args.format == "jsonl":
        records.map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile(args.output)
    else:
        string, count = T.StringType(), T.LongType()
        columns = ["id", "error", "headline", "published", "authors", "paragraphs", "quotes", "article_json"]
        schema = T.StructType(
            [T.StructField(c, count if c in ("paragraphs", "quotes") else string) for c in columns]
        )
        spark.createDataFrame(records.map(flat), schema=schema).write.parquet(args.output)
    total, errors = seen.value, failed.value
    seconds = time.perf_counter() - start
    parallelism = spark.sparkContext.defaultParallelism
    spark.stop()
    print(
        f"spark_jsonl: {total} records, {errors} failed, written to {args.output} ({args.format}) "
        f"in {seconds:.1f}s ({total / seconds:,.0f} records/s, default parallelism {parallelism})"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
