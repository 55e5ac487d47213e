#!/usr/bin/env python3
"""Time every compiled pattern of the package on long runs, and flag the ones that grow faster than linearly.

Every module of ``newsparse`` is imported, and every compiled pattern found at
module level (directly, inside a dict, list or tuple, or behind a bound
``.match`` / ``.search`` / ``.finditer`` …) is run with ``finditer`` and with
``match`` on runs of many units (``a``, ``A``, a space, ``.``, ``“``, ``By ``,
``Mr. `` …) followed by nothing, ``!``, NUL or a letter, at two lengths. A
pattern is flagged when the input eight times as long takes more than
``--factor`` times as long (a linear pattern takes about 8×, a quadratic one
about 64×). A flag is a place to read, not a verdict: the caller may bound the
input (``docs/robustness.md`` lists those bounds). The script prints; it never
asserts.

    python benchmarks/regex_audit.py              # every pattern
    python benchmarks/regex_audit.py --short 100  # smaller runs, faster
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsparse  # noqa: E402  (the checkout's own, whatever is installed)

#: what a run is made of: letters, spaces, punctuation, marks, words that open bylines and dates
UNITS: Tuple[str, ...] = (
    "a", "A", " ", ".", "1", "1.", "“", "”", '"', "'", "‘", "’", "«", "(", ")", "-", "—", "/", "|", ":", ",", ", ",
    "Aa ", "AA ", "a ", "A. ", "By ", "by ", "and ", "said ", "Mr. ", "\u00a0", "é", "\t", "\n", "Ã", "&", "<a ",
    "© ", "Photo: ", "Jan 1, ", "@", "#", "…",
)
#: what follows the run: the end, a stop, a NUL, a letter
TAILS: Tuple[str, ...] = ("", "!", "\x00", "x")
Pattern = Any  # re.Pattern[str] | regex.Pattern[str]


def _patterns_in(value: Any, name: str, depth: int = 0) -> Iterator[Tuple[str, Pattern]]:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        if isinstance(value.pattern, str):
            yield name, value
    elif hasattr(value, "__self__") and isinstance(value.__self__, (re.Pattern, regex.Pattern)):
        yield from _patterns_in(value.__self__, name, depth)
    elif depth < 2 and isinstance(value, dict):
        for k, v in value.items():
            yield from _patterns_in(v, f"{name}[{k!r}]", depth + 1)
    elif depth < 2 and isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _patterns_in(v, f"{name}[{i}]", depth + 1)


def all_patterns() -> List[Tuple[str, Pattern]]:
    """(where, pattern) for every distinct compiled pattern at module level in the package."""
    seen: Dict[int, str] = {}
    out: List[Tuple[str, Pattern]] = []
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            for name, pat in _patterns_in(value, f"{info.name.removeprefix('newsparse.')}.{attr}"):
                if id(pat) not in seen:
                    seen[id(pat)] = name
                    out.append((name, pat))
    return out


def _seconds(pat: Pattern, text: str, how: str) -> float:
    start = time.perf_counter()
    if how == "finditer":
        for _ in pat.finditer(text):
            pass
    else:
        pat.match(text)
    return time.perf_counter() - start


def worst_growth(pat: Pattern, short: int, units: Sequence[str] = UNITS) -> Tuple[float, str, float]:
    """The largest time ratio (long over short input), with the input shape and the long input's seconds."""
    worst = (0.0, "", 0.0)
    for unit in units:
        for tail in TAILS:
            for how in ("finditer", "match"):
                small = _seconds(pat, unit * short + tail, how)
                if small < 2e-5:  # too fast to time well at the short length: time a longer pair
                    small = _seconds(pat, unit * (short * 4) + tail, how) / 4
                big = _seconds(pat, unit * (short * 8) + tail, how)
                ratio = big / max(small, 1e-7)
                if big > 2e-3 and ratio > worst[0]:
                    worst = (ratio, f"{how} {unit!r}×n+{tail!r}", big)
    return worst


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--short", type=int, default=250, help="units in the short run (the long one has 8x)")
    ap.add_argument("--factor", type=float, default=20.0, help="flag a pattern whose time grows more than this")
    args = ap.parse_args(argv)
    patterns = all_patterns()
    print(f"{len(patterns)} compiled patterns; runs of {args.short} and {args.short * 8} units; flag above {args.factor:g}x")
    flagged = 0
    for name, pat in patterns:
        ratio, shape, big = worst_growth(pat, args.short)
        if ratio > args.factor:
            flagged += 1
            print(f"FLAG {name:50} {ratio:6.1f}x  {big * 1000:8.1f} ms  {shape}")
    print(f"{flagged} flagged of {len(patterns)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
