#!/usr/bin/env python3
"""Instructions per article: a speed figure that does not move with the machine's load.

Wall and CPU time on a shared machine wander by about ten percent from run to
run, which hides the effect of most single changes. Valgrind's callgrind tool
counts the machine instructions a process executes instead, and that count is
the same from run to run for the same code, input and interpreter, whatever
else the machine is doing.

The script runs itself twice under ``valgrind --tool=callgrind``: once parsing
nothing and once parsing the dumps of about 5 KB (4-6 KB) of the shared
corpora. Both runs load the same data and parse the same warm-up dumps, so the
difference is the cost of the parses alone. It prints instructions per article
and per KB. It prints figures; it never asserts them. Compare two checkouts by
running it in each: the ratio of their figures is the speed-up.

    python benchmarks/bench_instructions.py                 # 80 dumps, about 40 s
    python benchmarks/bench_instructions.py --articles 200

Needs valgrind on the PATH (Debian: ``apt install valgrind``). A slowdown of
about 50x under valgrind is normal.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_parse import DEFAULT_SHARED, clear_caches, load  # noqa: E402

_WARM_UP = 10  # dumps parsed by both runs first: imports, compiled patterns, first calls
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _texts(shared: Path, count: int) -> List[str]:
    """The first *count* dumps of 4-6 KB, after the warm-up ones."""
    groups = load(shared, None)
    sized = [t for ts in groups.values() for t in ts if 4000 <= len(t.encode("utf-8")) <= 6000]
    return sized[: _WARM_UP + count]


def _inner(shared: Path, count: int, parse: bool) -> int:
    """The measured process: load, warm up, then parse *count* dumps or none."""
    import newsparse

    texts = _texts(shared, count)
    for text in texts[:_WARM_UP]:
        newsparse.parse(text)
    clear_caches()  # the measured dumps are parsed as never seen before
    if parse:
        for text in texts[_WARM_UP:]:
            newsparse.parse(text)
    return 0


def _count(valgrind: str, shared: Path, count: int, parse: bool) -> int:
    """Instructions executed by one run of :func:`_inner` under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            valgrind,
            "--tool=callgrind",
            f"--callgrind-out-file={os.path.join(tmp, 'callgrind.out')}",
            sys.executable,
            __file__,
            "--inner",
            "parse" if parse else "load",
            "--articles",
            str(count),
            "--shared",
            str(shared),
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same string hashes, set orders and probes each run
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared/ folder (default: ../shared)")
    ap.add_argument("--articles", type=int, default=80, help="dumps of 4-6 KB to parse (default 80)")
    ap.add_argument("--inner", choices=("load", "parse"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.inner:
        return _inner(args.shared, args.articles, args.inner == "parse")

    texts = _texts(args.shared, args.articles)[_WARM_UP:]
    if not texts:
        ap.error(f"no 4-6 KB dumps under {args.shared} beyond the {_WARM_UP} warm-up ones")
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not on the PATH: no instruction count (apt install valgrind)")
        return 0
    base = _count(valgrind, args.shared, len(texts), parse=False)
    total = _count(valgrind, args.shared, len(texts), parse=True)
    spent = total - base
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1000
    print(f"{len(texts)} dumps of 4-6 KB ({kb:,.0f} KB), callgrind instruction counts")
    print(f"per article  {spent / len(texts) / 1e6:8.2f} M instructions")
    print(f"per KB       {spent / kb / 1e6:8.2f} M instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
