"""Stage: find where the article body runs.

Each free line gets a weight: running text weighs its length, anything else
(short labels, menus, teasers) a small penalty, boilerplate a larger one, and a
line without letters (a chart's tick labels, a counter) a small one again, so a
chart between two parts of a story does not split it. The
body is the run of lines with the greatest total weight (Kadane's maximum
subarray), which crosses captions and short paragraphs inside an article but
stops at menus, teaser lists and footers around it.

>>> weights = (-5, 120, -20, 300, -50, -50, 40)
>>> densest_run(weights)
(1, 4)
"""

from __future__ import annotations

import re as _re
from typing import List, Sequence, Tuple

import attrs
import regex

from ._draft import FREE, Draft, Line
from ._lexicon import boilerplate as blex
from ._text import cjk_count, fold, has_digit

__all__ = ["densest_run", "line_weights", "zone"]

#: weight of a free line that is not running text
SHORT_PENALTY = -45
#: a free line of at least this many words that is not running text …
MID_WORDS = 5
#: … weighs this much: a short sentence, a tweet, a subheading
MID_WEIGHT = 5
# "© 2019 CBS Interactive Inc. All Rights Reserved.": the page footer
_copyright = regex.compile(r"^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)|all rights reserved", regex.I).search
#: the most lines an inline box (teasers, ads, "Most popular") may take inside a story
_WIDGET_LINES = 15
#: headings that open the comments: the story never resumes after them
_COMMENT_HEADINGS = frozenset(
    {"comments", "join the conversation", "leave a comment", "post a comment", "add a comment", "show comments",
     "view comments", "kommentare", "leserkommentare", "commentaires", "comentarios", "commenti", "comentários",
     "reacties", "komentarze", "комментарии", "yorumlar", "leave a reply", "laisser un commentaire",
     "schreibe einen kommentar", "kommentar schreiben", "deja un comentario", "deja tu comentario", "lascia un commento",
     "deixe um comentário", "deixe seu comentário", "plaats een reactie", "dodaj komentarz", "napisz komentarz",
     "добавить комментарий", "оставить комментарий", "yorum yap"}
)
#: free lines without running text in a row that make a box of links
_BOX_LINES = 4
#: running text that must stand above an end marker before it ends the body
_MIN_ARTICLE_CHARS = 400
#: characters of a script without spaces that make a line Chinese or Japanese running text
_CJK_CHARS = 20
#: weight of a line already set aside as boilerplate
BOILERPLATE_PENALTY = -60
#: … and of one without letters: a chart's tick label, a counter, a separator
NO_LETTERS_PENALTY = -10
_has_letter = _re.compile(r"[^\W\d_]").search
#: a list item typed out with its bullet ("• …", "+ Added …", "* Fixed …"): menus
#: rendered to text carry no bullet glyphs, lists written in a story do
_bulleted = regex.compile(r"[•▪◦‣*+·] \S").match


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


def _is_copyright(text: str) -> bool:
    """A copyright footer (:data:`_copyright`), with a cheap test before the pattern: the
    line opens on "©", "(c)" or "copyright", or holds the "erved" of "reserved" in some
    mix of cases (the pattern matches those letters only in their own two cases).

    >>> _is_copyright("© 2019 CBS Interactive Inc."), _is_copyright("ALL RIGHTS RESERVED"), _is_copyright("Reserved seats")
    (True, True, False)
    """
    return (text[:1] in "©(cC" or "erved" in text.lower()) and _copyright(text) is not None


def _unstopped_cjk(text: str) -> bool:
    """A line of Chinese or Japanese without a full stop inside: a teaser title, not a sentence.

    >>> _unstopped_cjk("米朝首脳直通電話　習氏に挑むトランプ戦術の成否を問う特集記事一覧")
    True
    >>> _unstopped_cjk("米朝首脳会談を巡って戦っていたのは、二人ばかりではなかった。習氏も陰の参戦者だった。")
    False
    """
    return "。" not in text and "！" not in text and "？" not in text and cjk_count(text) >= _CJK_CHARS


def line_weights(draft: Draft) -> List[int]:
    """One weight per line, as described in the module docstring."""
    out: List[int] = []
    for ln, role in zip(draft.lines, draft.roles):
        if role != FREE:
            out.append(BOILERPLATE_PENALTY if _has_letter(ln.text) else NO_LETTERS_PENALTY)
        elif ln.prose and (ln.text.isascii() or not _unstopped_cjk(ln.text)):
            out.append(len(ln.text))
        elif ln.words >= MID_WORDS or (ln.words >= 3 and _bulleted(ln.text)):
            out.append(MID_WEIGHT)
        else:
            out.append(SHORT_PENALTY)
    return out


def _resumes(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Does the article's running text resume after a widget heading at *start*?

    Two running-text lines in a row within the next lines mean the heading
    opened an inline box ("Most popular", "Related articles") inside the story;
    teaser lists alternate a title with a one-line summary instead.
    """
    prev = False
    for ln in lines[start + 1 : min(stop, start + 1 + _WIDGET_LINES)]:
        if ln.prose and prev:
            return True
        prev = ln.prose
    return False


def _paired_prose(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Two running-text lines in a row between *start* and *stop*: a story, not a lone blurb."""
    return any(lines[i].prose and lines[i - 1].prose for i in range(start + 1, stop))


def cut_at_end_marker(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body at a heading such as "Comments" or "More from …" inside it,
    once enough running text stands above the heading, unless the story resumes
    right after it (an inline box).

    A copyright footer ends the body too, unless what stands above it is no
    story (no two running-text lines in a row) and a story follows it: then it
    closes a page part above the story, and the body starts after it."""
    b0, b1 = body
    lines = draft.lines
    prose_chars = 0
    for ln in lines[b0:b1]:
        if prose_chars >= _MIN_ARTICLE_CHARS and _is_copyright(ln.text):
            if _paired_prose(lines, b0, ln.index) or not _paired_prose(lines, ln.index + 1, b1):
                return b0, ln.index
            # the footer of a page part above the story: the body starts after it
            b0, prose_chars = ln.index + 1, 0
            continue
        if prose_chars >= _MIN_ARTICLE_CHARS and ln.words <= 6:
            f = fold(ln.text)
            if f in blex.ARTICLE_ENDS and (f in _COMMENT_HEADINGS or not _resumes(lines, ln.index, b1)):
                return b0, ln.index
        if ln.prose:
            prose_chars += len(ln.text)
    return b0, b1


def _story_resumes(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Two running-text lines in a row within ``_WIDGET_LINES`` lines from *start*."""
    prev = False
    for ln in lines[start : min(stop, start + _WIDGET_LINES)]:
        if ln.prose and prev:
            return True
        prev = ln.prose
    return False


def cut_at_box(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body at a box of links that closes the story.

    A box is a run of at least ``_BOX_LINES`` free lines that are not running
    text (titles of teasers, menu entries), mostly without figures (a table, a
    list of dates or a tour schedule has them). It ends the body when enough
    running text stands above it, the story does not resume right after it,
    and what follows holds less than half as much running text as the story.

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> tail = "\\n".join(["Most Popular", "Storm Damage Mapped", "Ferry Times Change", "Port Chief Speaks",
    ...                   "Harbour Walk Reopens", "Why the tide matters for the town and its boats, a reader asks."])
    >>> d = split(Draft(text=story + "\\n" + story + "\\n" + tail))
    >>> cut_at_box(d, (0, len(d.lines)))
    (0, 2)
    """
    b0, b1 = body
    lines, roles = draft.lines, draft.roles
    above = 0
    i = b0
    while i < b1:
        if lines[i].prose:
            above += len(lines[i].text)
            i += 1
            continue
        j = i
        free = figures = 0
        while j < b1 and not lines[j].prose:
            if roles[j] == FREE:
                free += 1
                figures += has_digit(lines[j].text) is not None
            j += 1
        if above >= _MIN_ARTICLE_CHARS and free >= _BOX_LINES and 2 * figures < free and not _story_resumes(lines, j, b1):
            below = sum(len(ln.text) for ln in lines[j:b1] if ln.prose)
            if 2 * below < above:
                return b0, i
        i = j
    return body


def extend_over_boxes(weights: Sequence[int], lines: Sequence[Line], body: Tuple[int, int]) -> Tuple[int, int]:
    """Carry the body on past a short box of teasers or ads when the story resumes
    after it with more running text than the box weighs against it."""
    b0, b1 = body
    n = len(weights)
    while b1 < n:
        gap, k = 0, b1
        while k < n and not lines[k].prose and k - b1 <= _WIDGET_LINES:
            gap += weights[k]
            k += 1
        if k >= n or k - b1 > _WIDGET_LINES or not lines[k].prose:
            break
        # the run after the box: its best prefix
        run = best = 0
        end = k
        for j in range(k, n):
            run += weights[j]
            if run > best:
                best, end = run, j + 1
        if best < 2 * -gap or best <= 0:
            break
        b1 = end
    return b0, b1


def zone(draft: Draft) -> Draft:
    """Pipeline stage: set ``body`` to the densest run of running text."""
    weights = line_weights(draft)
    body = densest_run(weights)
    if body[1] > body[0]:
        body = cut_at_box(draft, cut_at_end_marker(draft, extend_over_boxes(weights, draft.lines, body)))
    return attrs.evolve(draft, body=body)
