#!/usr/bin/env python3
"""``newsparse parse --jobs 1`` against ``--jobs 2`` on a folder of 10,000 dumps.

Writes the dumps into a temporary folder by repeating the shared corpora
(article and whole-page variants, cycled until there are enough), runs the
command once per job count with standard error on a pseudo-terminal (so the
progress bar is drawn as a user would see it), samples the resident memory of
the whole process tree every 0.2 s, and prints wall times, the speed-up, the
peak RSS and RSS at 10%, 50% and 90% of the run (flat memory means these stay
level however long the run is). It prints figures; it never asserts them.

    python benchmarks/bench_cli_jobs.py                 # 10,000 dumps, jobs 1 and 2
    python benchmarks/bench_cli_jobs.py --dumps 500     # a smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or ROOT.parent / "shared")
PAGE = os.sysconf("SC_PAGE_SIZE")


def corpus_texts(shared: Path) -> Iterator[str]:
    for path in sorted((shared / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                for variant in ("dump_article", "dump_full"):
                    if record.get(variant):
                        yield record[variant]


def write_dumps(folder: Path, count: int, shared: Path) -> int:
    """Write *count* dumps in folders of 1,000; return the total size in bytes."""
    texts = list(corpus_texts(shared))
    if not texts:
        raise SystemExit(f"no corpus under {shared}")
    total = 0
    for i in range(count):
        sub = folder / f"{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        data = texts[i % len(texts)].encode("utf-8")
        (sub / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def _children() -> Dict[int, List[int]]:
    kids: Dict[int, List[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root: int) -> Tuple[int, int]:
    """``(rss of root, rss of root and all its descendants)`` in bytes."""
    kids = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss(pid)
        stack.extend(kids.get(pid, []))
    return _rss(root), total


def run(folder: Path, out: Path, jobs: int, code: Path) -> Dict[str, object]:
    cmd = [sys.executable, "-m", "newsparse", "parse", str(folder), "--format", "jsonl", "-o", str(out)]
    cmd += ["--jobs", str(jobs)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(code), os.environ.get("PYTHONPATH", "")]))
    master, slave = pty.openpty()
    screen: List[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            screen.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    samples: List[Tuple[float, int, int]] = []
    load = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    while proc.poll() is None:
        main_rss, total_rss = tree_rss(proc.pid)
        if total_rss:
            samples.append((time.perf_counter() - start, main_rss, total_rss))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    reader.join(timeout=2)
    os.close(master)
    err = b"".join(screen).decode("utf-8", "replace").replace("\x1b[K", "")
    summary = [line for line in err.replace("\r", "\n").splitlines() if line.startswith("newsparse:")]

    def at(fraction: float) -> int:
        if not samples:
            return 0
        t = wall * fraction
        return min(samples, key=lambda s: abs(s[0] - t))[2]

    return {
        "jobs": jobs,
        "wall_s": wall,
        "cpu_s": cpu,
        "load_before": load,
        "exit": proc.returncode,
        "progress_updates": err.count("\r["),
        "summary": summary[-1] if summary else "",
        "peak_main_mb": max((s[1] for s in samples), default=0) / 2**20,
        "peak_tree_mb": max((s[2] for s in samples), default=0) / 2**20,
        "rss_10_50_90_mb": [at(f) / 2**20 for f in (0.1, 0.5, 0.9)],
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared/ folder (default: ../shared)")
    ap.add_argument("--dumps", type=int, default=10_000, help="how many dumps to generate (default 10,000)")
    ap.add_argument(
        "--jobs", type=int, nargs="+", default=[1, 2], help="job counts to compare (default: 1 2)"
    )
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as tmp:
        # a snapshot of the package, so every run measures the same code even if the tree changes meanwhile
        code = Path(tmp) / "code"
        shutil.copytree(ROOT / "newsparse", code / "newsparse", ignore=shutil.ignore_patterns("__pycache__"))
        folder = Path(tmp) / "dumps"
        size = write_dumps(folder, args.dumps, args.shared)
        print(f"{args.dumps:,} dumps, {size / 1e6:.1f} MB, in {folder}")
        results = []
        outputs = []
        for jobs in args.jobs:
            out = Path(tmp) / f"out-{jobs}.jsonl"
            r = run(folder, out, jobs, code)
            results.append(r)
            outputs.append(out)
            rss = ", ".join(f"{x:.0f}" for x in r["rss_10_50_90_mb"])  # type: ignore[attr-defined]
            rate = args.dumps / r["wall_s"]  # type: ignore[operator]
            print(
                f"--jobs {jobs}: wall {r['wall_s']:.1f} s ({rate:,.0f} dumps/s), CPU {r['cpu_s']:.1f} s, "
                f"exit {r['exit']}, load before {r['load_before']:.2f}\n"
                f"  peak RSS: main {r['peak_main_mb']:.0f} MB, whole tree {r['peak_tree_mb']:.0f} MB; "
                f"tree at 10/50/90% of the run: {rss} MB; progress bar redraws: {r['progress_updates']}"
            )
            print(f"  {r['summary']}")
        base = results[0]["wall_s"]
        for r in results[1:]:
            print(f"speed-up --jobs {r['jobs']} vs --jobs {results[0]['jobs']}: {base / r['wall_s']:.2f}x")  # type: ignore[operator]
        orders = {tuple(json.loads(line)["path"] for line in o.open(encoding="utf-8")) for o in outputs}
        print(f"records in input order for every job count: {len(orders) == 1}")
        print(f"outputs byte-identical across job counts: {len({o.read_bytes() for o in outputs}) == 1}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
