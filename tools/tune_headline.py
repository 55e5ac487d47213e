"""Tune the headline feature weights on the shared development corpora.

Runs the stages before ``headline`` once per page, keeps each candidate line's
features, then does coordinate ascent on :data:`newsparse.headline.WEIGHTS`
to maximise the number of pages whose best candidate is the gold headline
line. With ``--folds 2`` it also reports a held-out figure (tune on one half of
the pages, score on the other), which is the honest estimate.

    python tools/tune_headline.py ../shared/corpus/pages_en.jsonl ../shared/corpus/pages_intl.jsonl

The corpora stay outside the repository; only the resulting weights are kept.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from typing import Callable, Dict, List, Sequence, Set, Tuple

from newsparse import headline
from newsparse._draft import Draft
from newsparse.pipeline import STAGES

#: weights set by hand for rare layouts the corpora hardly show (the seeds' glued kicker)
FIXED = frozenset({"kicker_quote", "below_section"})

Case = Tuple[List[Tuple[int, Dict[str, float]]], Set[int]]


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).replace("’", "'").replace("‘", "'").split())


def _counter(text: str) -> Callable[[str], int]:
    """Counts of a string in *text*, as the headline stage takes them."""
    return lambda s: text.count(s, 0, headline._COUNT_REACH)


def load(paths: Sequence[str]) -> List[Case]:
    cases: List[Case] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for raw in fh:
                rec = json.loads(raw)
                for variant, gkey in (("article", "gold"), ("full", "gold_full")):
                    text = rec.get("dump_" + variant)
                    gold = (rec.get(gkey) or {}).get("headline")
                    if not text or not gold:
                        continue
                    d = Draft(text=text)
                    for name, stage in STAGES:
                        if name == "headline":
                            break
                        d = stage(d)
                    want = {ln.index for ln in d.lines if _norm(ln.text) == _norm(gold)}
                    if not want:
                        continue
                    marks = headline._marks(d)
                    stop = headline.body_start(d, marks)
                    cases.append((headline.candidates(d.lines, d.roles, marks, stop, _counter(text)), want))
    return cases


def load_fixtures(folder: str, weight: int = 3) -> List[Case]:
    """Cases from the project's own fixtures (each counted *weight* times)."""
    import pathlib

    cases: List[Case] = []
    for meta in sorted(pathlib.Path(folder).glob("*/*.json")):
        expect = json.loads(meta.read_text(encoding="utf-8")).get("expect", {})
        gold = expect.get("headline")
        if not isinstance(gold, str):
            continue
        text = meta.with_suffix(".txt").read_bytes().decode("utf-8")
        d = Draft(text=text)
        for name, stage in STAGES:
            if name == "headline":
                break
            d = stage(d)
        want = {ln.index for ln in d.lines if ln.text == gold or ln.text.endswith(gold)}
        if want:
            marks = headline._marks(d)
            stop = headline.body_start(d, marks)
            cases += [(headline.candidates(d.lines, d.roles, marks, stop, _counter(text)), want)] * weight
    return cases


def load_seeds(folder: str, weight: int = 5) -> List[Case]:
    """Cases from the seed dumps beside their gold (each counted *weight* times)."""
    import pathlib

    cases: List[Case] = []
    for gold_path in sorted(pathlib.Path(folder).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("headline")
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        d = Draft(text=text)
        for name, stage in STAGES:
            if name == "headline":
                break
            d = stage(d)
        want = {ln.index for ln in d.lines if gold and _norm(ln.text) == _norm(gold)}
        if want:
            marks = headline._marks(d)
            stop = headline.body_start(d, marks)
            cases += [(headline.candidates(d.lines, d.roles, marks, stop, _counter(text)), want)] * weight
    return cases


def hits(cases: Sequence[Case], w: Dict[str, float]) -> int:
    n = 0
    for cands, want in cases:
        best, best_s = None, w["threshold"]
        for i, f in cands:
            s = sum(w.get(k, 0.0) * v for k, v in f.items())
            if s > best_s:
                best, best_s = i, s
        n += best in want
    return n


def tune(cases: Sequence[Case], w: Dict[str, float], rounds: int = 4) -> Dict[str, float]:
    w = dict(w)
    best = hits(cases, w)
    steps = (-2.0, -1.0, -0.5, -0.25, 0.25, 0.5, 1.0, 2.0)
    for _ in range(rounds):
        improved = False
        for k in sorted(set(w) - FIXED):
            for step in steps:
                trial = dict(w, **{k: round(w[k] + step, 2)})
                h = hits(cases, trial)
                if h > best:
                    best, w, improved = h, trial, True
        if not improved:
            break
    return w


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--fixtures", default="fixtures", help="the project's fixture folder (weighted 3x)")
    ap.add_argument("--seeds", default="../shared/seeds", help="the seed dumps with gold (weighted 5x)")
    ap.add_argument("--write", action="store_true", help="write the tuned weights into newsparse/headline.py")
    args = ap.parse_args(argv)
    cases = load(args.corpora) + load_fixtures(args.fixtures) + load_seeds(args.seeds)
    base = dict(headline.WEIGHTS)
    print(f"{len(cases)} reachable cases; current weights hit {hits(cases, base)}")
    if args.folds > 1:
        idx = list(range(len(cases)))
        random.Random(0).shuffle(idx)
        for k in range(args.folds):
            test = [cases[i] for i in idx[k :: args.folds]]
            train = [cases[i] for i in idx if i % args.folds != k]
            w = tune(train, base)
            print(f"fold {k}: held-out {hits(test, base)} -> {hits(test, w)} of {len(test)}")
    w = tune(cases, base)
    print(f"all: {hits(cases, w)} of {len(cases)}")
    print(json.dumps(w, indent=4, sort_keys=True))
    if args.write:
        _write(w)
    return 0


def _write(w: Dict[str, float]) -> None:
    path = headline.__file__
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    start = src.index("WEIGHTS: Dict[str, float] = {")
    end = src.index("}", start) + 1
    table = "WEIGHTS: Dict[str, float] = {\n" + "".join(f'    "{k}": {v},\n' for k, v in sorted(w.items())) + "}"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(src[:start] + table + src[end:])


if __name__ == "__main__":
    sys.exit(main())
