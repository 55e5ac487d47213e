#!/usr/bin/env python3
"""Parsing speed on one core: articles/s and MB/s over the shared corpora.

Reads every dump of ``shared/corpus/*.jsonl`` (article and whole-page variants)
and the seeds, parses each in this process (one core, no pool), and prints the
throughput per corpus and variant, and for articles of about 5 KB (4-6 KB), the
size the target of >= 2,000 articles/s is stated for. It prints figures; it
never asserts them.

    python benchmarks/bench_parse.py                # all corpora, best of 3 rounds
    python benchmarks/bench_parse.py --rounds 1 --limit 20   # a smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

import newsparse  # noqa: E402  (the checkout's own, whatever is installed)


def load(shared: Path, limit: Optional[int]) -> Dict[str, List[str]]:
    """Dumps grouped by ``corpus:variant``."""
    groups: Dict[str, List[str]] = {}
    for path in sorted((shared / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if limit is not None and i >= limit:
                    break
                record = json.loads(line)
                for variant in ("article", "full"):
                    text = record.get(f"dump_{variant}")
                    if text:
                        groups.setdefault(f"{path.stem}:{variant}", []).append(text)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    if seeds:
        groups["seeds"] = seeds
    return groups


ERRORS: Dict[str, int] = {}


def clear_caches() -> None:
    """Empty the package's bounded caches (of folded lines, dates, Title Case ratios), so
    that every round parses its dumps as never seen before: a later round would
    otherwise find every line of the first in the caches."""
    for name, module in list(sys.modules.items()):
        if name == "newsparse" or name.startswith("newsparse."):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def _parse(text: str) -> None:
    try:
        newsparse.parse(text)
    except Exception as exc:  # a crash is reported, and the timing goes on
        key = f"{type(exc).__name__}: {exc}"
        ERRORS[key] = ERRORS.get(key, 0) + 1


def timed(texts: Sequence[str], rounds: int) -> Tuple[float, float]:
    """Best wall time and best CPU time of *rounds* passes over *texts* (after a short warm-up),
    each pass with empty caches.

    CPU time (this process only) is what one core costs; wall time also counts
    waiting for the core when other programs compete for it.
    """
    for t in texts[: min(len(texts), 20)]:
        _parse(t)
    wall = cpu = float("inf")
    for _ in range(rounds):
        clear_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        for t in texts:
            _parse(t)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def row(name: str, texts: Sequence[str], rounds: int) -> Tuple[str, int, float, float, float, float]:
    """``(name, dumps, average kchars, articles/s by CPU, MB/s by CPU, articles/s by wall clock)``."""
    wall, cpu = timed(texts, rounds)
    chars = sum(len(t) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    n = len(texts)
    return name, n, chars / max(n, 1) / 1000, n / cpu, size / 1e6 / cpu, n / wall


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared/ folder (default: ../shared)")
    ap.add_argument("--rounds", type=int, default=3, help="passes per group; the best is kept (default 3)")
    ap.add_argument("--limit", type=int, default=None, help="read at most this many records per corpus")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args(argv)

    groups = load(args.shared, args.limit)
    if not groups:
        ap.error(f"no corpus or seeds under {args.shared}")
    everything = [t for texts in groups.values() for t in texts]
    five_kb = [t for t in everything if 4000 <= len(t.encode("utf-8")) <= 6000]
    rows = [row(name, texts, args.rounds) for name, texts in groups.items()]
    rows.append(row("all", everything, args.rounds))
    if five_kb:
        rows.append(row("~5 KB (4-6 KB)", five_kb, args.rounds))

    if args.json:
        keys = ("n", "kchars", "articles_per_cpu_s", "mb_per_cpu_s", "articles_per_wall_s")
        print(json.dumps({r[0]: dict(zip(keys, r[1:])) for r in rows}))
        return 0
    py = platform.python_version()
    print(f"newsparse {newsparse.__version__} on Python {py}, one core, best of {args.rounds}")
    print(f"{'group':22} {'dumps':>6} {'avg kchars':>10} {'articles/s':>11} {'MB/s':>6} {'(wall) art/s':>13}")
    for name, n, kchars, rate, mbs, wall_rate in rows:
        print(f"{name:22} {n:6d} {kchars:10.1f} {rate:11,.0f} {mbs:6.2f} {wall_rate:13,.0f}")
    print("articles/s and MB/s are per CPU-second of this process; the last column is by the wall clock")
    for error, count in sorted(ERRORS.items()):
        print(f"parse raised {count}x: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
