#!/usr/bin/env python3
"""Regenerate docs/evaluation.md from the shared scorer.

Runs ``../shared/eval/score.py --json`` over the seeds and over each corpus
(article and whole-page variants), against the newsparse of this checkout, and
writes the figures as Markdown tables. The page is generated, never edited by
hand: rerun this after a change to the parser and commit the result.

    python benchmarks/evaluate.py                  # writes docs/evaluation.md
    python benchmarks/evaluate.py --output -       # prints it instead
    python benchmarks/evaluate.py --shared DIR     # where shared/ lives
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or ROOT.parent / "shared")

#: (label, score.py option, path under shared/, variant, what is judged)
RUNS: Sequence[Tuple[str, str, str, str, str]] = (
    ("seeds", "--seeds", "seeds", "article", "2 hand-annotated dumps (Times of Israel, Axios)"),
    ("pages_en, article", "--corpus", "corpus/pages_en.jsonl", "article", "374 English pages"),
    ("pages_en, full page", "--corpus", "corpus/pages_en.jsonl", "full", "the same, whole page"),
    ("pages_intl, article", "--corpus", "corpus/pages_intl.jsonl", "article", "192 pages, 40+ languages"),
    ("pages_intl, full page", "--corpus", "corpus/pages_intl.jsonl", "full", "the same, whole page"),
    ("polnear_dev", "--corpus", "corpus/polnear_dev.jsonl", "article", "84 articles, 644 gold quotes"),
)

LAYOUT = (
    ("headline_exact", "headline exact"),
    ("authors_f1", "authors F1"),
    ("published_date", "published date"),
    ("captions_f1", "captions F1"),
    ("caption_credit", "caption credit"),
    ("body_token_f1", "body token F1"),
    ("paragraphs_f1", "paragraphs F1"),
    ("paragraph_kind", "paragraph kind"),
)
QUOTES = (
    ("quotes_p", "quotes P"),
    ("quotes_r", "quotes R"),
    ("quotes_f1", "quotes F1"),
    ("speaker_given_match", "speaker if matched"),
    ("speaker_strict", "speaker strict"),
    ("speaker_lenient", "speaker lenient"),
)
RUN_INFO = (("cases", "cases"), ("errors", "errors"), ("articles_per_s", "articles/s"), ("mb_per_s", "MB/s"))

#: The thresholds of the core issue, shown beside the figures.
TARGETS: Dict[str, Dict[str, float]] = {
    "seeds": {
        "headline_exact": 1.0,
        "authors_f1": 1.0,
        "published_date": 1.0,
        "captions_f1": 1.0,
        "caption_credit": 1.0,
        "paragraphs_f1": 1.0,
        "paragraph_kind": 1.0,
    },
    "pages_en, article": {
        "headline_exact": 0.95,
        "authors_f1": 0.90,
        "published_date": 0.95,
        "captions_f1": 0.85,
        "body_token_f1": 0.96,
    },
    "pages_en, full page": {"headline_exact": 0.90, "body_token_f1": 0.92},
}


def score(shared: Path, option: str, path: Path, variant: str) -> Dict[str, float]:
    """Run the scorer in a subprocess that imports the newsparse of this checkout."""
    cmd = [
        sys.executable,
        str(shared / "eval" / "score.py"),
        "--json",
        option,
        str(path),
        "--variant",
        variant,
    ]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"score.py failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    result: Dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if "error" in result:
        raise SystemExit(f"score.py: {result['error']}")
    return result


def _cell(run: str, key: str, results: Dict[str, float]) -> str:
    value = results.get(key)
    if value is None:
        return "–"
    text = (
        f"{value:.3f}"
        if isinstance(value, float) and key not in ("articles_per_s", "mb_per_s")
        else f"{value}"
    )
    n = results.get(key + "_n")
    if n is not None:
        text += f" <small>({n})</small>"
    target = TARGETS.get(run, {}).get(key)
    if target is not None:
        text += " ✅" if value >= target else f" ❌ <small>≥ {target}</small>"
    return text


def _table(title: str, metrics: Sequence[Tuple[str, str]], results: Dict[str, Dict[str, float]]) -> List[str]:
    used = [(k, label) for k, label in metrics if any(k in r for r in results.values())]
    if not used:
        return []
    out = [f"## {title}", "", "| run | " + " | ".join(label for _, label in used) + " |"]
    out.append("| --- " * (len(used) + 1) + "|")
    for run, r in results.items():
        if any(k in r for k, _ in used):
            out.append(f"| {run} | " + " | ".join(_cell(run, k, r) for k, _ in used) + " |")
    return [*out, ""]


def _commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "--", "newsparse"],
        capture_output=True,
        text=True,
        check=False,
    )
    commit = done.stdout.strip() or "unknown"
    return commit + (" with uncommitted parser changes" if dirty.stdout.strip() else "")


def render(results: Dict[str, Dict[str, float]], described: Dict[str, str]) -> str:
    sys.path.insert(0, str(ROOT))
    import newsparse  # the checkout's own

    lines = [
        "# Evaluation",
        "",
        "<!-- Generated by benchmarks/evaluate.py: do not edit by hand, rerun it. -->",
        "",
        "These figures come from the shared scorer (`shared/eval/score.py`) run over",
        "gold-annotated real text, regenerated by `python benchmarks/evaluate.py`.",
        f"newsparse {newsparse.__version__}, commit {_commit()}, "
        f"{dt.date.today().isoformat()}, Python {platform.python_version()}.",
        "",
        "A small number in brackets is how many cases the metric was scored on (a",
        "null gold field is not scored). ✅ / ❌ compare with the targets of the core",
        "work where there is one. The *full page* variant is the whole page's text,",
        "with menus, footers and teasers; *article* is the article element only.",
        "See `shared/corpus/README.md` for where the pages come from and the known",
        "noise in their gold (a few SEO headlines, related-story authors).",
        "",
        "| run | what |",
        "| --- | --- |",
        *[f"| {run} | {described[run]} |" for run in results],
        "",
    ]
    lines += _table("Layout fields", LAYOUT, results)
    lines += _table("Quotes and speakers", QUOTES, results)
    lines += _table("Runs", RUN_INFO, results)
    lines += [
        "The speed figures here include the scorer's own work and run on whatever",
        "machine generated the page; see [Performance](performance.md) for the",
        "benchmark proper.",
        "",
        "## Metrics",
        "",
        "- **headline exact**: the headline equals the gold after Unicode and whitespace normalisation.",
        "- **authors F1**: author names as a set, over all pages.",
        "- **published date**: the calendar day (first 10 characters of `published`) equals the gold.",
        "- **captions F1**: a caption matches a gold one at token F1 ≥ 0.8; **caption credit**: its credit",
        "  then equals the gold credit.",
        "- **body token F1**: bag-of-words F1 between all paragraphs (labels included) and the gold body.",
        "- **paragraphs F1 / paragraph kind**: exact paragraph texts, and the kind of those that match.",
        "- **quotes P/R/F1**: a predicted quote matches a gold one when it covers ≥ 80% of the gold span,",
        "  one to one; **speaker if matched**: the speaker is right for a matched quote; **strict** and",
        "  **lenient** count unmatched gold quotes as wrong (lenient also accepts a surname match).",
        "",
    ]
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder (default: ../shared)"
    )
    ap.add_argument(
        "--output", default=str(ROOT / "docs" / "evaluation.md"), help="file to write, or - for stdout"
    )
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "score.py").is_file():
        ap.error(f"no eval/score.py under {args.shared}")
    results: Dict[str, Dict[str, float]] = {}
    described: Dict[str, str] = {}
    for label, option, rel, variant, what in RUNS:
        target = args.shared / rel
        if not target.exists():
            print(f"skip {label}: {target} not found", file=sys.stderr)
            continue
        print(f"scoring {label} …", file=sys.stderr)
        results[label] = score(args.shared, option, target, variant)
        described[label] = what
    page = render(results, described)
    if args.output == "-":
        sys.stdout.write(page)
    else:
        Path(args.output).write_text(page, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
