#!/usr/bin/env python3
"""Where the time goes: milliseconds per article in each pipeline stage.

Runs the stages of ``newsparse.pipeline.STAGES`` one by one over the dumps of
about 5 KB (4-6 KB) in the shared corpora and the seeds (the set that
``bench_parse.py`` reports as ``~5 KB``), and prints the CPU time of each stage
per article, with its share of the whole, and after them the CPU time of
``newsparse.to_dict`` on the finished article (the serialisation most callers
run next; it is not counted in the stages' total). It prints figures; it never
asserts them.

    python benchmarks/bench_stages.py               # best of 3 rounds
    python benchmarks/bench_stages.py --rounds 1 --limit 50
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_parse import DEFAULT_SHARED, clear_caches, load  # noqa: E402

from newsparse import to_dict  # noqa: E402
from newsparse._draft import Draft  # noqa: E402
from newsparse.pipeline import STAGES  # noqa: E402

#: the row of ``newsparse.to_dict`` in :func:`stage_times`
TO_DICT = "to_dict"


def stage_times(texts: Sequence[str]) -> Dict[str, float]:
    """CPU seconds spent in each stage over one pass of *texts*, and in ``to_dict`` (key ``TO_DICT``)."""
    spent = dict.fromkeys((name for name, _ in STAGES), 0.0)
    spent[TO_DICT] = 0.0
    clock = time.process_time
    for text in texts:
        draft = Draft(text=text)
        for name, stage in STAGES:
            start = clock()
            draft = stage(draft)
            spent[name] += clock() - start
        start = clock()
        to_dict(draft.article)
        spent[TO_DICT] += clock() - start
    return spent


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared/ folder (default: ../shared)")
    ap.add_argument("--rounds", type=int, default=3, help="passes; the best time of each stage is kept (default 3)")
    ap.add_argument("--limit", type=int, default=None, help="read at most this many records per corpus")
    args = ap.parse_args(argv)

    groups = load(args.shared, args.limit)
    texts: List[str] = [t for ts in groups.values() for t in ts if 4000 <= len(t.encode("utf-8")) <= 6000]
    if not texts:
        ap.error(f"no 4-6 KB dumps under {args.shared}")
    stage_times(texts[:20])  # warm-up: compiled patterns and caches
    best: Dict[str, float] = {}
    for _ in range(args.rounds):
        clear_caches()  # every round parses the dumps as never seen before
        for name, spent in stage_times(texts).items():
            best[name] = min(best.get(name, float("inf")), spent)
    serialised = best.pop(TO_DICT)
    total = sum(best.values())
    n = len(texts)
    print(f"{n} dumps of 4-6 KB, best of {args.rounds}, CPU ms per article")
    for name, spent in best.items():
        print(f"{name:12} {spent / n * 1000:7.3f} ms {spent / total:6.1%}")
    print(f"{'all stages':12} {total / n * 1000:7.3f} ms  = {n / total:,.0f} articles/s")
    print(f"{TO_DICT:12} {serialised / n * 1000:7.3f} ms  (after the stages, not in their total)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
