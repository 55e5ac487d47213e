"""Stage: find where the article body runs.

Each free line gets a weight: running text weighs its length, anything else
(short labels, menus, teasers) a small penalty, boilerplate a larger one. The
body is the run of lines with the greatest total weight (Kadane's maximum
subarray), which crosses captions and short paragraphs inside an article but
stops at menus, teaser lists and footers around it.

>>> weights = (-5, 120, -20, 300, -50, -50, 40)
>>> densest_run(weights)
(1, 4)
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import attrs
import regex

from ._draft import FREE, Draft
from ._lexicon import boilerplate as blex
from ._text import fold

__all__ = ["densest_run", "line_weights", "zone"]

#: weight of a free line that is not running text
SHORT_PENALTY = -45
#: a free line of at least this many words that is not running text …
MID_WORDS = 5
#: … weighs this much: a short sentence, a tweet, a subheading
MID_WEIGHT = 5
# "© 2019 CBS Interactive Inc. All Rights Reserved.": the page footer
_copyright = regex.compile(r"^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)|all rights reserved", regex.I).search
#: running text that must stand above an end marker before it ends the body
_MIN_ARTICLE_CHARS = 400
#: weight of a line already set aside as boilerplate
BOILERPLATE_PENALTY = -60


def densest_run(weights: Sequence[int]) -> Tuple[int, int]:
    """The half-open index range with the largest sum; ``(0, 0)`` when all are ≤ 0."""
    best, best_range = 0, (0, 0)
    run, run_start = 0, 0
    for i, w in enumerate(weights):
        if run <= 0:
            run, run_start = w, i
        else:
            run += w
        if run > best:
            best, best_range = run, (run_start, i + 1)
    return best_range


def line_weights(draft: Draft) -> List[int]:
    """One weight per line, as described in the module docstring."""
    out: List[int] = []
    for ln, role in zip(draft.lines, draft.roles):
        if role != FREE:
            out.append(BOILERPLATE_PENALTY)
        elif ln.prose:
            out.append(len(ln.text))
        elif ln.words >= MID_WORDS:
            out.append(MID_WEIGHT)
        else:
            out.append(SHORT_PENALTY)
    return out


def cut_at_end_marker(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body at a heading such as "Comments" or "More from …" inside it,
    once enough running text stands above the heading."""
    b0, b1 = body
    prose_chars = 0
    for ln in draft.lines[b0:b1]:
        if prose_chars >= _MIN_ARTICLE_CHARS and (
            (ln.words <= 6 and fold(ln.text) in blex.ARTICLE_ENDS) or _copyright(ln.text)
        ):
            return b0, ln.index
        if ln.prose:
            prose_chars += len(ln.text)
    return body


def zone(draft: Draft) -> Draft:
    """Pipeline stage: set ``body`` to the densest run of running text."""
    body = cut_at_end_marker(draft, densest_run(line_weights(draft)))
    return attrs.evolve(draft, body=body, header_end=body[0])
