"""Stage: find where the article body runs.

Each free line gets a weight: running text weighs its length, anything else
(short labels, menus, teasers) a small penalty, boilerplate a larger one, and a
line without letters (a chart's tick labels, a counter) a small one again, so a
chart between two parts of a story does not split it; a short line cut off with an
ellipsis (a teaser title) weighs like a short sentence. The
body is the run of lines with the greatest total weight (Kadane's maximum
subarray), which crosses captions and short paragraphs inside an article but
stops at menus, teaser lists and footers around it.

>>> weights = (-5, 120, -20, 300, -50, -50, 40)
>>> densest_run(weights)
(1, 4)
"""

from __future__ import annotations

import re as _re
from collections import Counter
from typing import Callable, Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

import regex

from ._draft import FREE, Draft, Line, claim, evolve, fold_of, whole
from ._lexicon import boilerplate as blex
from ._lexicon import bylines as bylex
from ._lexicon import labels as llex
from ._lexicon.counts import COUNTS
from ._lexicon.list_intros import FORM_TEXT_WORDS, FURNITURE_LABEL_WORDS
from ._lexicon.read_more import READ_MORE
from ._text import (
    alternation,
    cjk_count,
    ends_sentence,
    fold,
    has_digit,
    is_prose,
    may_open_titled,
    title_ratio,
    word_count,
)
from .boilerplate import announces_list, slideshows, video_players
from .dateline import match_dateline
from .dates import find_dates

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
#: headings that end a story (:func:`is_end_heading`): the article ends, and the trailer
#: openings but those that also head a box inside a story ("Read more", "Related")
_END_HEADINGS = blex.ARTICLE_ENDS | (blex.TRAILER_STARTS - blex.INLINE_BOX_HEADINGS)
#: the most words such a heading has
_END_HEADING_WORDS = 6
#: trailer openings that also title a part of a story ("In other news", "Latest"): running
#: text right under them is the story going on, not a teaser (:func:`_resumes`)
_STORY_SUBHEADINGS = frozenset({"latest", "popular", "trending", "recommended", "in other news"})
#: a box-heading prefix that also opens a story's subheading ("More in store for the harbour")
_STORY_PREFIXES = ("more in ",)
#: the most words of a teaser's title and blurb on one line; a longer line is the story's paragraph
_TEASER_LINE_WORDS = 40
#: how far from a heading :func:`_printed_again` looks for its copy
_REPEAT_REACH = 60
#: the heading a blog prints over its comments: "6 thoughts on “Title”", "One response to
#: “Title”", "12 comments on “Title”" (the title in quotes follows)
_comment_thread = regex.compile(
    r"(?:\d{1,5}|one|no)\s(?:thoughts?|comments?|responses?|replies|reactions?)\s(?:on|to)\s[\"“‘'„«]", regex.I
).match
#: what such a heading opens with (the cheap test), and ends with: the title's closing mark
#: ("One response to “the crisis” has been …" is a sentence of the story)
_THREAD_FIRSTS = frozenset("0123456789oOnN")
_THREAD_LASTS = frozenset("\"”’'»“")
#: free lines without running text in a row that make a box of links
_BOX_LINES = 4
#: the fewest words of a line ending with a colon that announces a list of the story's
_BOX_INTRO_WORDS = 4
#: the fewest words of a line ending with a colon that introduces a numbered list ("Here are the offers:")
_LIST_INTRO_WORDS = 3
#: the most words of a box's heading looked for at the start of such a line
_BOX_HEAD_WORDS = 3
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
_BULLETS = frozenset("•▪◦‣*+·")  # the first characters _bulleted can match
#: a copyright footer names a year or reserves the rights; a bare "© Agency" is a photo credit
_footer_year = regex.compile(r"\b(?:19|20)\d\d\b|rights\s+reserved", regex.I).search
#: a teaser card whose title innerText glued to its blurb: a word ending in lower case
#: (or in a closing mark) run into a capitalised word: "… In CourtThe mayor said …"
_teaser_glue = regex.compile(
    r"""
    (?<![@\#\w])[\p{L}'’-]*            # a word, not a handle or hashtag (read within _TEASER_REACH)
    (?:\p{Ll}{3}|\p{Ll}[)?!'’"”])        # ending in three small letters, or a letter and a closing mark
    (?=\p{Lu}(?:\p{Ll}|\s))               # and glued to a capitalised word
    """,
    regex.VERBOSE,
)
#: a line of source code or of a console table holds a tag, an operator, a variable, a
#: comment, a table row between rules or an assignment …
_code_inside = _re.compile(r"</?[a-z][^<>]*>|=>|->|::|\$\w|//|/\*|\*/|[│┃|]\s*\S.*[│┃|]|\w\s?=\s?\S").search
#: … or opens with a keyword, a directive or a decorator …
_code_opening = _re.compile(
    r"(?:(?:SELECT|FROM|WHERE|GROUP\ BY|ORDER\ BY|LIMIT|JOIN|WITH|AND|OR|UNION|CREATE|INSERT|UPDATE|def|class"
    r"|import|return|if|for|while|var|let|const|function|public|private)\b|\#include|[@#]\w+\s*\()"
).match
#: … or ends in an opening bracket or a separator, or opens with a closing bracket
_CODE_ENDS = frozenset("{};([,")
_CODE_OPENS = frozenset("})]")
_any_glue = regex.compile(r"\p{Ll}[)?!'’\"”]?\p{Lu}").search
_ascii_any_glue = _re.compile(r"[a-z][)?!'\"]?[A-Z]").search  # the same, for ASCII text
#: the characters a line of code or of a console table holds one of, and the keywords
#: such a line may open with instead (the cheap tests of :func:`_looks_code`)
_code_char = _re.compile(r"[{};(\[,)\]<>=:$/*|│┃#@]").search
_CODE_KEYWORDS = frozenset(
    "SELECT FROM WHERE GROUP ORDER LIMIT JOIN WITH AND OR UNION CREATE INSERT UPDATE def class import return if "
    "for while var let const function public private".split()
)
#: how far into a line a teaser's glued title is looked for, and how much of the blurb is read
_TEASER_REACH = 160
_BLURB_READ = 600
#: the headings of a box of links inside a story (:func:`_is_box_heading`)
_BOX_HEADINGS = blex.TRAILER_STARTS | blex.ARTICLE_ENDS | blex.INLINE_BOX_HEADINGS
#: the fewest words a glued teaser title has
_TEASER_WORDS = 5
#: a run of lines that are not running text is a code listing when it has at least this
#: many lines and at least this share of them look like code
_CODE_LINES = 4
_CODE_SHARE = 0.5
#: the longest teaser title cut off with an ellipsis
_CUT_TITLE_CHARS = 90
#: the width of a line of hard-wrapped text, and the fewest words of its first line
_WRAP_WIDTH = (40, 80)
_WRAP_WORDS = 5
#: a numbered list item: "1) Text", "2. Text"; the fewest items of a list, and the most
#: lines from one item to the next
_list_item = _re.compile(r"(\d{1,2})[.)] +\S").match
_LIST_ITEMS = 3
_LIST_GAP = 3
#: the weight of a line below an item (its link): a little above nothing, so the last one stays in
_LIST_FOLLOW_WEIGHT = 1
#: a clock time opening a line ("14:44", "9.05", "10h30"), and one followed by a title on the same line
_clock = _re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\b").match
_clock_title = regex.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s+(?![aApP]\.?\s?[mM]\b)\p{L}").match
#: a line that is a clock time and nothing else ("16:48", "9.05 am"): an entry's stamp over its title
_clock_alone = _re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\ ?[aApP]\.?\ ?[mM]\.?)?").fullmatch
#: the hour, the minutes and the half of the day ("a", "p") of a clock time opening a line
_clock_parts = _re.compile(r"([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\ ?([aApP])\.?\ ?[mM])?").match
#: what the lines of a text open with, as far as the rules below care (:func:`_openings_of`):
#: the first characters looked at
_OPENING_FIRSTS = frozenset("0123456789")
#: the story resumes under a box's heading with one paragraph this long (a teaser's blurb is
#: shorter), standing within this many lines of the heading
_LONE_PARAGRAPH_CHARS = 250
_LONE_REACH = 5
#: the longest line read as a teaser card's date line
_CARD_DATE_CHARS = 40
#: the fewest timed titles of a ticker, and the most short lines of its heading
_TICKER_LINES = 3
_TICKER_HEADING = 4
#: the word that opens a teaser card's byline ("by Ann Lee", "Por Ana Ruiz", "von Eva Roth") and
#: the small words a list of names may hold (defined here: they serve this rule only)
_CARD_BY = bylex.CARD_LEADS
_CARD_INITIALS = frozenset(w[0] for w in _CARD_BY) | frozenset(w[0].upper() for w in _CARD_BY)
_NAME_JOINS = bylex.CARD_NAME_JOINS
#: the longest card byline, in characters and in name words
_CARD_BYLINE_CHARS = 60
_CARD_NAME_WORDS = 6
#: the most lines from one card byline to the next
_CARD_PERIOD = 8


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
    """One weight per line, as described in the module docstring, then corrected by
    :data:`CORRECTIONS` in order (see :func:`weights_and_openings`)."""
    return weights_and_openings(draft)[0]


def weights_and_openings(
    draft: Draft, skip: FrozenSet[str] = frozenset(), fired: Optional[Set[str]] = None
) -> Tuple[List[int], FrozenSet[str]]:
    """The weights of :func:`line_weights`, and the openings (:func:`_openings_of`) of the
    free lines (and of set-aside lines opening with "1": a slide counter), found in the
    same pass. A correction with a gate
    in :data:`_CORRECTION_GATES` runs only when some such line has that opening; the
    corrections named in *skip* do not run, and the names of those that changed a weight
    are added to *fired* when it is given."""
    out: List[int] = []
    heads: List[str] = []  # free lines that may open as a rule needs
    for ln, role in zip(draft.lines, draft.roles):
        if role != FREE:
            out.append(BOILERPLATE_PENALTY if _has_letter(ln.text) else NO_LETTERS_PENALTY)
            if ln.text[:1] == "1" or (ln.text[:1] in _OPENING_FIRSTS and _clock_alone(ln.text)):
                heads.append(ln.text)  # a slide counter or a time alone may have been set aside as boilerplate
            continue
        if ln.text[:1] in _OPENING_FIRSTS:
            heads.append(ln.text)
        if ln.prose and (ln.text.isascii() or not _unstopped_cjk(ln.text)):
            n = len(ln.text)
            out.append(MID_WEIGHT if n <= _CUT_TITLE_CHARS and is_cut_title(ln.text) else n)
            continue
        if ln.words >= MID_WORDS or (ln.words >= 3 and ln.text[:1] in _BULLETS and _bulleted(ln.text)):
            out.append(MID_WEIGHT)
        else:
            out.append(SHORT_PENALTY)
    openings = _openings_of(heads)
    for name, correct in CORRECTIONS:
        if name in skip:
            continue
        gate = _CORRECTION_GATES.get(name)
        if gate is not None and gate not in openings:
            continue  # no line opens as the correction needs
        changes = correct(draft, out)
        for i, w in changes.items():
            out[i] = w
        if changes and fired is not None:
            fired.add(name)
    return out, openings


def is_footer(text: str) -> bool:
    """A copyright footer that names a year or reserves the rights.

    >>> is_footer("© 2021 Example Media Inc."), is_footer("All rights reserved"), is_footer("© Agency")
    (True, True, False)
    """
    return _is_copyright(text) and _footer_year(text) is not None


def _footer_notes(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """A lone line of running text beside a copyright footer (a disclaimer, a contact
    note) weighs like a short sentence: a story's last paragraph has another above it."""
    lines = draft.lines
    out: Dict[int, int] = {}
    n = len(lines)
    for i, ln in enumerate(lines):
        if weights[i] <= MID_WEIGHT or not ln.prose:
            continue
        if (i > 0 and lines[i - 1].prose) or (i + 1 < n and lines[i + 1].prose):
            continue
        if (i > 0 and is_footer(lines[i - 1].text)) or (i + 1 < n and is_footer(lines[i + 1].text)):
            out[i] = MID_WEIGHT
    return out


def is_glued_teaser(text: str) -> bool:
    """A teaser card as innerText renders it: a title in Title Case glued to its blurb.

    >>> is_glued_teaser("Mayor Vows To Fight Bus Cuts In CourtThe mayor said on Monday that the city would sue.")
    True
    >>> is_glued_teaser("The mayor said on Monday that the city would sue the state over the bus cuts.")
    False
    """
    # the cheap tests: the opening words may be Title Case (a title with Chinese or
    # Japanese in it never is), and a small letter or a closing mark runs into a capital
    head = text[: _TEASER_REACH + 1]
    if not may_open_titled(head, _TEASER_WORDS - 1):
        return False
    if (_ascii_any_glue if head.isascii() else _any_glue)(head) is None:
        return False
    for m in _teaser_glue.finditer(head[:_TEASER_REACH]):  # bounded: the pattern backtracks within a word
        title = text[: m.end()]
        if (
            len(title.split()) >= _TEASER_WORDS
            and ". " not in title
            and title.count(",") <= 1
            and title_ratio(title) >= 1.0
            and is_prose(text[m.end() : m.end() + _BLURB_READ])
        ):
            return True
    return False


def _glued_teasers(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """Running text that is a glued teaser card weighs like a link."""
    return {
        ln.index: SHORT_PENALTY
        for ln, role in zip(draft.lines, draft.roles)
        if role == FREE and ln.prose and is_glued_teaser(ln.text)
    }


def is_cut_title(text: str) -> bool:
    """A short line cut off with an ellipsis: a teaser title shortened to fit its box, not a
    sentence, so it weighs like a short sentence however it reads.

    >>> is_cut_title("Harbour authority sued over alleged closed meeting on the new..."), is_cut_title("He paused...")
    (True, True)
    >>> is_cut_title("The harbour authority was sued on Monday over a meeting it held behind closed doors.")
    False
    """
    return text[-1:] in ".…" and len(text) <= _CUT_TITLE_CHARS and text.endswith(("...", "…"))


def _wrapped_text(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """Hard-wrapped text (a plain-text document, a mail, an RFC): a line of five or more
    words and 40-80 characters that ends no sentence, followed with no blank line by a
    line of at most 80 characters that opens in lower case. Both weigh as running text."""
    lines, roles = draft.lines, draft.roles
    out: Dict[int, int] = {}
    low, high = _WRAP_WIDTH
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if not (low <= len(a.text) <= high and len(b.text) <= high and b.text[:1].islower()):
            continue
        if roles[i] != FREE or roles[i + 1] != FREE or b.gap or a.words < _WRAP_WORDS or b.words < 3:
            continue
        if ends_sentence(a.text) or _looks_code(a.text) or _looks_code(b.text):
            continue
        for k, ln in ((i, a), (i + 1, b)):
            if not ln.prose and out.get(k, weights[k]) < len(ln.text):
                out[k] = len(ln.text)
    return out


def _openings_of(heads: Sequence[str]) -> FrozenSet[str]:
    """Which openings the rules below look for the lines *heads* have: ``item`` (a first
    list item, "1) "), ``slide`` (a first slide, "1/") and ``clock`` (a time and a word,
    "14:44 Vote", or a time alone).

    >>> sorted(_openings_of(["Story.", "1/9 The pier", "14:44 Vote delayed"]))
    ['clock', 'slide']
    """
    found = set()
    for t in heads:
        if t[:1].isdigit():
            if t[:3] in ("1. ", "1) "):
                found.add("item")
            elif t[:2] == "1/" or t[:3] == "1 /":
                found.add("slide")
            if (t[1:2] in ":.h" or t[2:3] in ":.h") and (_clock_title(t) or _clock_alone(t)) is not None:
                found.add("clock")
    return frozenset(found)


def _numbered_lists(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """A numbered list written in a story ("1) …", "2) …", each item perhaps followed by a
    link line) weighs like short sentences, so the story carries on through it: from an
    item numbered 1 right below a line that introduces it (running text, or three words or
    more ending with a colon: "Here are the offers:", :func:`~newsparse.boilerplate.announces_list`), at least
    three items numbered in order, each within a few lines of
    the one before, weigh like a short sentence each, and the free lines between and after
    them (as many after the last as after the first) a little above nothing."""
    lines, roles = draft.lines, draft.roles
    out: Dict[int, int] = {}
    n, i = len(lines), 0
    while i < n:
        # the list opens right after running text that introduces it ("Here are the offers:")
        m = _list_item(lines[i].text) if lines[i].text[:1] == "1" and i > 0 and announces_list(lines[i - 1], colon_words=_LIST_INTRO_WORDS, running="any") else None
        if m is None or m.group(1) != "1":
            i += 1
            continue
        items, j = [i], i + 1
        while j < n and j - items[-1] <= _LIST_GAP:
            t = lines[j].text
            m = _list_item(t) if t[:1].isdigit() else None
            if m is not None and int(m.group(1)) == len(items) + 1:
                items.append(j)
            j += 1
        if len(items) >= _LIST_ITEMS:
            is_item = set(items)
            # the last item keeps as many lines below it as the first had (its link)
            for k in range(items[0], min(n, items[-1] + items[1] - items[0])):
                if k in is_item and roles[k] == FREE and weights[k] < MID_WEIGHT:
                    out[k] = MID_WEIGHT
                elif k not in is_item and weights[k] < 0 and (roles[k] == FREE or not _has_letter(lines[k].text)):
                    out[k] = _LIST_FOLLOW_WEIGHT
        i = items[-1] + 1
    return out


#: a list of the story's (:func:`story_list_end`): the most words of one of its items, the
#: fewest and the most items, and the fewest words of a short line that introduces it
#: ("Ingredients:", "Zutaten:")
_STORY_ITEM_WORDS = 8
_STORY_ITEMS = (2, 25)
_STORY_INTRO_WORDS = 1
#: the labels of a photo credit ("Foto:", "Photos:"): no list's introduction
_CREDIT_LABELS = frozenset(llex.CREDIT_LABELS)
#: how much of the running text under such a list is read for the words of a form
_FORM_TEXT_READ = 300


def _list_intro(lines: Sequence[Line], roles: Sequence[str], k: int) -> bool:
    """Does line *k* introduce a list in the story's own words: running text ending with a
    colon ("…, and these are the things readers can borrow:"), or a short line ending with a
    colon right under running text ("What you can borrow now:", "You will need:",
    "Ingredients:", "Il vous faut :"), which is no label of the page's: not a box's heading or a
    related-link label ("Read more:", "Most read:"), and, for a short line, holding no word
    of a furniture label (:data:`~newsparse._lexicon.list_intros.FURNITURE_LABEL_WORDS`:
    "Topics in this story:", "More on:", "Contact the author:") or of a photo credit's
    label ("Foto:")?

    >>> from newsparse.blocks import split
    >>> para = "The library reopened on Saturday after two years."
    >>> [_list_intro(split(Draft(text=para + "\\n" + t)).lines, [FREE] * 2, 1) for t in ("You will need:", "More on:", "Most read:")]
    [True, False, False]
    """
    ln = lines[k]
    if roles[k] != FREE or ln.text.rstrip()[-1:] != ":":
        return False
    f = fold_of(ln)
    if f in llex.RELATED_LABELS or _is_box_label(ln) or (ln.words <= _END_HEADING_WORDS and is_end_heading(ln.text, ln.folded)):
        return False
    if ln.prose:
        return True
    if ln.words < _STORY_INTRO_WORDS or k == 0 or not lines[k - 1].prose or roles[k - 1] != FREE:
        return False
    words = f.split()
    return FURNITURE_LABEL_WORDS.isdisjoint(words) and _CREDIT_LABELS.isdisjoint(words)


def _story_item(ln: Line, role: str) -> bool:
    """A free short line that may be an item of a story's list ("Board games", "200g flour"):
    no running text, at most ``_STORY_ITEM_WORDS`` words with a letter among them, no colon
    (a label, or a title with its kicker: "Sport: Fans return"), and not shaped like the
    title of another story (:func:`_is_teaser_title`)."""
    t = ln.text
    return (
        role == FREE
        and not ln.prose
        and 0 < ln.words <= _STORY_ITEM_WORDS
        and ":" not in t
        and _has_letter(t) is not None
        and not _is_teaser_title(ln, role)
    )


def story_list_end(lines: Sequence[Line], roles: Sequence[str], k: int) -> int:
    """The end (exclusive) of the list of the story's that line *k* introduces, or -1: a
    line that introduces a list in the story's words (:func:`_list_intro`), or running text
    whose last short sentence names the count of the items (:func:`_counts_list`: "These are
    the four things you can borrow."), then two to 25 short items (:func:`_story_item`), and
    the story going on right under them with running text, which is no sign-up form's or
    consent notice's text (:data:`~newsparse._lexicon.list_intros.FORM_TEXT_WORDS`: "We
    will send you an email …"). A menu, a tag list or a box of teasers has none of these:
    no running text introduces it, its lines are link-shaped titles, or the story does not
    resume under it.

    >>> from newsparse.blocks import split
    >>> para = "The library reopened on Saturday after two years of work."
    >>> d = split(Draft(text="\\n".join([para, "Among the changes:", "A raised floor", "Rolling shelves", para])))
    >>> story_list_end(d.lines, [FREE] * 5, 1), story_list_end(d.lines, [FREE] * 4 + ["boilerplate"], 1)
    (4, -1)
    """
    n = len(lines)
    colon = _list_intro(lines, roles, k)
    if not colon and not (lines[k].prose and roles[k] == FREE):
        return -1
    fewest, most = _STORY_ITEMS
    j = k + 1
    while j < n and j - k <= most and _story_item(lines[j], roles[j]):
        j += 1
    count = j - k - 1
    if not fewest <= count <= most or j >= n or not lines[j].prose or roles[j] != FREE:
        return -1
    below = lines[j].text[:_FORM_TEXT_READ].casefold()
    if any(w in below for w in FORM_TEXT_WORDS):
        return -1  # a sign-up form's or a consent notice's text under its options
    return j if colon or _counts_list(lines[k], count) else -1


def _story_lists(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """A list the story introduces (:func:`story_list_end`: "You will need:" over the
    ingredients, the method under them) weighs like short sentences, its introduction and
    each item, so the story carries on through it: short lines of the same shape weigh as
    a menu's otherwise."""
    lines, roles = draft.lines, draft.roles
    out: Dict[int, int] = {}
    k, n = 0, len(lines) - 1
    while k < n:
        t = lines[k].text
        if t[-1:] != ":" and not (lines[k].prose and t[-1:] in ".!:"):
            k += 1
            continue
        end = story_list_end(lines, roles, k)
        if end < 0:
            k += 1
            continue
        for x in range(k, end):
            if weights[x] < MID_WEIGHT:
                out[x] = MID_WEIGHT
        k = end
    return out


#: an interview printed as short lines: the most lines from one question and its answer to
#: the next pair
_QA_REACH = 4


def _question(ln: Line, role: str) -> bool:
    """A free line of two words or more that asks a question ("Are you nervous?")."""
    return role == FREE and ln.text[-1:] == "?" and ln.words >= 2


def _answer(ln: Line, role: str) -> bool:
    """A free line that answers one: running text, or a short sentence ("A little.", "The
    children's stage."), not another question and no title cut off with an ellipsis."""
    t = ln.text
    if role != FREE or t[-1:] == "?" or _has_letter(t) is None:
        return False
    return ln.prose or (t[-1:] in ".!" and not t.endswith(("...", "…")))


def _interviews(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """The questions and short answers of an interview weigh like short sentences, so the
    body does not start at its first long answer: a question (:func:`_question`) with its
    answer on the next line (:func:`_answer`), when another such pair stands within
    ``_QA_REACH`` lines of it. A list of questions without answers (a table of contents)
    and a lone teaser title asking a question over its blurb are no interview."""
    lines, roles = draft.lines, draft.roles
    pairs = [
        i
        for i in range(len(lines) - 1)
        if lines[i].text[-1:] == "?" and _question(lines[i], roles[i]) and _answer(lines[i + 1], roles[i + 1])
    ]
    out: Dict[int, int] = {}
    for m, i in enumerate(pairs):
        if (m and i - pairs[m - 1] <= _QA_REACH) or (m + 1 < len(pairs) and pairs[m + 1] - i <= _QA_REACH):
            for k in (i, i + 1):
                if weights[k] < MID_WEIGHT:
                    out[k] = MID_WEIGHT
    return out


def _video_players(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """A video player printed inside the story (:func:`newsparse.boilerplate.video_players`, set
    aside as boilerplate) weighs nothing, so the story on both sides of it is one body."""
    return {k: 0 for a, b in video_players(draft.lines, draft.text) for k in range(a, b)}


def _slideshows(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """A slideshow printed inside the story (:func:`newsparse.boilerplate.slideshows`, set
    aside as boilerplate) weighs nothing, so the story on both sides of it is one body."""
    return {k: 0 for a, b in slideshows(draft.lines, draft.text) for k in range(a, b)}


def _looks_code(text: str) -> bool:
    """A line of source code or of a console table, the cheap tests first.

    >>> _looks_code("const total = items.length;"), _looks_code("return x"), _looks_code("Weather")
    (True, True, False)
    >>> _looks_code("| 404 | 12 |"), _looks_code("}"), _looks_code("Sport, Culture")
    (True, True, False)
    """
    if _code_char(text) is None:
        first = text.split(None, 1)
        if not first or first[0] not in _CODE_KEYWORDS:
            return False
    if text.rstrip()[-1:] in _CODE_ENDS or text.lstrip()[:1] in _CODE_OPENS:
        return True
    return _code_opening(text.lstrip()) is not None or _code_inside(text) is not None


def _code_listings(draft: Draft, weights: Sequence[int]) -> Dict[int, int]:
    """A code listing or console table inside a story weighs nothing, so it does not split
    the story around it: in a run of at least four lines that are not running text, half
    of them code-like, the lines from the first code line to the last weigh 0 (lines set
    aside as furniture keep their penalty unless they have no letters)."""
    lines, roles = draft.lines, draft.roles
    out: Dict[int, int] = {}
    n, i = len(lines), 0
    while i < n:
        if lines[i].prose:
            i += 1
            continue
        j = i
        while j < n and not lines[j].prose:
            j += 1
        if j - i >= _CODE_LINES:
            need = _CODE_SHARE * (j - i)
            code: List[int] = []
            for k in range(i, j):
                if len(code) + j - k < need:
                    break  # the lines left cannot make up the share: no listing
                if _looks_code(lines[k].text):
                    code.append(k)
            if len(code) >= need:
                is_code = set(code)
                for k in range(code[0], code[-1] + 1):
                    if (weights[k] < 0 or k in is_code) and (roles[k] == FREE or not _has_letter(lines[k].text)):
                        out[k] = 0
        i = j
    return out


#: corrections to the first weights, in order: each reads the draft and the weights so
#: far and returns new weights for some lines
CORRECTIONS: Tuple[Tuple[str, Callable[[Draft, Sequence[int]], Dict[int, int]]], ...] = (
    ("footer_notes", _footer_notes),
    ("glued_teasers", _glued_teasers),
    ("wrapped_text", _wrapped_text),
    ("code_listings", _code_listings),
    ("numbered_lists", _numbered_lists),
    ("story_lists", _story_lists),
    ("interviews", _interviews),
    ("slideshows", _slideshows),
    ("video_players", _video_players),
)
#: the line opening (:func:`_openings_of`) a correction needs before it can change anything
_CORRECTION_GATES = {"numbered_lists": "item", "slideshows": "slide"}


def is_end_heading(text: str, folded: Optional[str] = None) -> bool:
    """A short heading over the links, teasers or comments that follow a story: "Most
    read", "Related coverage", "More from Sport", "Next up in Science" (the article ends
    of :mod:`newsparse._lexicon.boilerplate`, its trailer openings but those that also
    head a box inside a story, and its box-heading prefixes). *folded* is ``fold(text)``
    when the caller has it (``Line.folded``).

    >>> is_end_heading("Related coverage"), is_end_heading("More From Harbour News"), is_end_heading("Read more")
    (True, True, False)
    """
    f = fold(text) if folded is None else folded
    return f in _END_HEADINGS or f.startswith(blex.HEADING_PREFIXES)


def _is_author_box_heading(text: str, folded: Optional[str] = None) -> bool:
    """The heading of the author box after a story: "About the author", "Mitwirkende:"
    (*folded* is ``fold(text)`` when the caller has it).

    >>> _is_author_box_heading("About the Author"), _is_author_box_heading("Über den Autor:")
    (True, True)
    >>> _is_author_box_heading("About the town")
    False
    """
    return (fold(text) if folded is None else folded) in blex.AUTHOR_BOX_HEADINGS


def _resumes(lines: Sequence[Line], start: int, stop: int, top: int = 0, roles: Optional[Sequence[str]] = None) -> bool:
    """Does the article's running text resume after a widget heading at *start*?

    Two running-text lines in a row within the next lines mean the heading
    opened an inline box ("Most popular", "Related articles") inside the story;
    teaser lists alternate a title with a one-line summary instead. Running text
    right under a heading of the lexicon's lists is the first teaser, its title
    and blurb on one line (unless it is a title cut off with an ellipsis, a
    box's link), and a second such heading before the story resumes means a
    trailer of boxes: in both cases the story does not resume. A heading that
    may title a part of a story ("In other news", "Latest", "Plus de 300
    blessés") has no first-line rule, nor has a heading printed again between
    *top* and *stop* (a widget dropped into the story every few paragraphs) or a
    line too long for a teaser (over ``_TEASER_LINE_WORDS`` words): only the
    pairs of running-text lines tell. The story also
    resumes with a single paragraph, its last, when the first running text under
    the box's few link lines (within ``_LONE_REACH`` lines of the heading) is
    longer than a teaser's blurb (``_LONE_PARAGRAPH_CHARS``) and ends a sentence,
    and no date line of a teaser card ("March 3, 2021") stands between. With *roles*, a line
    an earlier stage set aside as furniture (a cookie notice, a menu row shaped like a
    sentence) is no running text of the story here.
    """
    f = fold_of(lines[start])
    if start + 1 < stop and f not in _STORY_SUBHEADINGS and not f.startswith(_STORY_PREFIXES):
        first = lines[start + 1]
        if (
            first.prose
            and first.words <= _TEASER_LINE_WORDS
            and not is_cut_title(first.text)
            and not _printed_again(lines, start, top, stop)
        ):
            return False
    prev = False
    seen_prose = False
    for ln in lines[start + 1 : min(stop, start + 1 + _WIDGET_LINES)]:
        if ln.words <= _END_HEADING_WORDS and not ln.prose and is_end_heading(ln.text, ln.folded):
            return False
        running = ln.prose and (roles is None or roles[ln.index] == FREE)
        if running and prev:
            return True
        if running and not seen_prose:
            seen_prose = True
            if (
                ln.index - start <= _LONE_REACH
                and _last_paragraph(ln)
                and not any(_card_date(c.text) for c in lines[start + 1 : ln.index])
            ):
                return True
        prev = running
    return False


def _last_paragraph(ln: Line) -> bool:
    """A running-text line longer than a teaser's blurb that ends a sentence: the story's last
    paragraph, printed below a box inside it."""
    return ln.prose and len(ln.text) >= _LONE_PARAGRAPH_CHARS and ends_sentence(ln.text)


def _card_date(text: str) -> bool:
    """A short line that is a date, as a teaser card prints under its title.

    >>> _card_date("March 3, 2021"), _card_date("Ferry fares rise for the winter"), _card_date("3 ferries, 2 routes")
    (True, False, False)
    """
    if len(text) > _CARD_DATE_CHARS or has_digit(text) is None:
        return False
    found = find_dates(text)
    return bool(found) and word_count(text) - word_count(" ".join(text[m.start : m.end] for m in found)) <= 2


def _printed_again(lines: Sequence[Line], i: int, start: int, stop: int) -> bool:
    """Is the heading at *i* printed again on another line of ``lines[start:stop]``, within
    ``_REPEAT_REACH`` lines of it (so that a page of many headings costs linear time)? A
    widget the page drops into the story more than once ("YOU MIGHT BE INTERESTED IN…"
    every few paragraphs) stands inside it, however its lines read; a trailer's heading
    is printed once.

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Most read\\nStory text.\\nMost read\\nMore text.")
    >>> _printed_again(lines, 0, 0, 4), _printed_again(lines, 0, 0, 2)
    (True, False)
    """
    text = lines[i].text
    window = lines[max(start, i - _REPEAT_REACH) : min(stop, i + 1 + _REPEAT_REACH)]
    return any(ln.text == text for ln in window if ln.index != i)


def _paired_prose(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Two running-text lines in a row between *start* and *stop*: a story, not a lone blurb."""
    return any(lines[i].prose and lines[i - 1].prose for i in range(start + 1, stop))


def _credit_in_story(lines: Sequence[Line], roles: Sequence[str], i: int, stop: int) -> bool:
    """Is the copyright line *i* a photo credit inside the story ("© Agency", no year, with
    running text of an article's length within the next lines), not the page's footer? The
    running text is read from the lines no earlier stage took (a cookie notice under a
    footer is no story)."""
    if _footer_year(lines[i].text) is not None:
        return False
    below = lines[i + 1 : min(stop, i + 1 + _WIDGET_LINES)]
    return sum(len(ln.text) for ln in below if ln.prose and roles[ln.index] == FREE) >= _MIN_ARTICLE_CHARS


def cut_at_end_marker(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body at a heading such as "Comments" or "More from …" inside it,
    once enough running text stands above the heading, unless the story resumes
    right after it (an inline box). A blog's heading over its comments ("6 thoughts
    on “Title”") ends it too, and so does the heading of the author box ("About the
    author", "Mitwirkende").

    A copyright footer ends the body too, unless what stands above it is no
    story (no two running-text lines in a row) and a story follows it: then it
    closes a page part above the story, and the body starts after it."""
    b0, b1 = body
    lines = draft.lines
    prose_chars = 0
    for ln in lines[b0:b1]:
        if prose_chars >= _MIN_ARTICLE_CHARS and _is_copyright(ln.text) and not _credit_in_story(lines, draft.roles, ln.index, b1):
            if _paired_prose(lines, b0, ln.index) or not _paired_prose(lines, ln.index + 1, b1):
                return b0, ln.index
            # the footer of a page part above the story: the body starts after it
            b0, prose_chars = ln.index + 1, 0
            continue
        if (
            prose_chars >= _MIN_ARTICLE_CHARS
            and ln.words <= _END_HEADING_WORDS
            and is_end_heading(ln.text, ln.folded)
            and (fold_of(ln) in _COMMENT_HEADINGS or not _resumes(lines, ln.index, b1, b0, draft.roles))
        ):
            return b0, ln.index
        if (
            prose_chars >= _MIN_ARTICLE_CHARS
            and ln.text[:1] in _THREAD_FIRSTS
            and ln.text.rstrip()[-1:] in _THREAD_LASTS
            and _comment_thread(ln.text)
        ):
            return b0, ln.index  # a blog's comments: the story never resumes after them
        if prose_chars >= _MIN_ARTICLE_CHARS and ln.words <= _END_HEADING_WORDS and _is_author_box_heading(ln.text, ln.folded):
            return b0, ln.index  # the author box: the story never resumes after it
        if ln.prose:
            prose_chars += len(ln.text)
    return b0, b1


def _story_resumes(lines: Sequence[Line], start: int, stop: int, running: Optional[Sequence[bool]] = None) -> bool:
    """Two running-text lines in a row within ``_WIDGET_LINES`` lines from *start*, or a
    paragraph at *start* longer than a teaser's blurb that ends a sentence (the story's
    last paragraph, printed below a box). *running* says which lines are running text
    (by default, the sentence-shaped ones)."""
    if start < stop:
        first = lines[start]
        if _last_paragraph(first):
            return True
    prev = False
    for ln in lines[start : min(stop, start + _WIDGET_LINES)]:
        now = ln.prose if running is None else running[ln.index]
        if now and prev:
            return True
        prev = now
    return False


def _repeats_above(lines: Sequence[Line], b0: int, i: int, j: int) -> bool:
    """Do most lines of the run *i*..*j* repeat lines of the body above it (from *b0*)? Then
    the run is one more section of a story built of recurring parts (a meal plan, a
    timetable, a recipe's steps), not a box of links: teaser titles never repeat the story.

    >>> from newsparse.blocks import split
    >>> d = split(Draft(text="Meal\\nEat early\\nOats\\nMeal\\nEat early\\nRice"))
    >>> _repeats_above(d.lines, 0, 3, 6), _repeats_above(d.lines, 0, 1, 3)
    (True, False)
    """
    if i - b0 < j - i:
        return False  # cheap: too little above to hold the run
    seen = {ln.text for ln in lines[b0:i]}
    return 2 * sum(1 for ln in lines[i:j] if ln.text in seen) >= j - i


def _is_box_label(line: Line) -> bool:
    """Does *line* open with a box's heading ("Related coverage from Money:", "Most read:")?"""
    words = fold_of(line).split()
    return any(" ".join(words[:n]) in _BOX_HEADINGS for n in range(1, _BOX_HEAD_WORDS + 1))


def cut_at_box(draft: Draft, body: Tuple[int, int], weights: Optional[Sequence[int]] = None) -> Tuple[int, int]:
    """End the body at a box of links that closes the story.

    A box is a run of at least ``_BOX_LINES`` free lines that are not running
    text (titles of teasers, menu entries), mostly without figures (a table, a
    list of dates or a tour schedule has them), whose first line announces no
    list of the story's (four words or more ending with a colon, not opening with a box's
    heading: "These are the books lent most:", :func:`~newsparse.boilerplate.announces_list`),
    and under no paragraph whose last, short sentence names how many lines it holds
    (:func:`_counts_list`), nor is it a list the story introduces and goes on under
    (:func:`story_list_end`: "Among the changes:" under a paragraph). It ends the body when enough
    running text stands above it, the story does not resume right after it,
    and what follows holds less than half as much running text as the story.
    A line that *weights* count as running text (a line of hard-wrapped text,
    see :data:`CORRECTIONS`) is running text here too; a line shaped like a sentence that
    an earlier stage set aside as furniture (a cookie notice) is not.

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
    running = [ln.prose and r == FREE for ln, r in zip(lines, roles)] if weights is None else [(ln.prose and r == FREE) or w > MID_WEIGHT for ln, r, w in zip(lines, roles, weights)]
    above = 0
    i = b0
    while i < b1:
        if running[i]:
            above += len(lines[i].text)
            i += 1
            continue
        j = i
        free = figures = 0
        while j < b1 and not running[j]:
            if roles[j] == FREE:
                free += 1
                figures += has_digit(lines[j].text) is not None
            j += 1
        if (
            above >= _MIN_ARTICLE_CHARS
            and free >= _BOX_LINES
            and 2 * figures < free
            and not announces_list(lines[i], colon_words=_BOX_INTRO_WORDS, label=_is_box_label)
            and not _counts_list(lines[i - 1], j - i)
            and j not in (story_list_end(lines, roles, i), story_list_end(lines, roles, i - 1))
            and not _story_resumes(lines, j, b1, running)
        ):
            below = sum(len(ln.text) for ln in lines[j:b1] if running[ln.index])
            if 2 * below < above and not _repeats_above(lines, b0, i, j):
                return b0, i
        i = j
    return body


#: a closing call to the reader: to sign up, subscribe, follow, join or write to the author
#: (the words are defined here: they serve this rule only, at the end of a body)
_call_to_reader = regex.compile(
    r"^(?:nice!\s*)?(?:"
    + alternation(blex.CALLS_TO_READER)
    + r")\b"  # the openings of the lexicon, as whole words
    + r"|^(?:nice!\s*)?(?:write|contact|e-?mail|reach)\ \S+(?:\ \S+){0,4}?\ at\ \S+@",  # bounded: the line's start
    regex.I,
).match
#: where one sentence ends and the next opens (a capital after a full stop, "!" or "?"), how
#: much of a line is read for a later sentence that calls the reader, and what such a call
#: opens with: to subscribe or sign up, the calls no story's sentence makes
_sentence_break = regex.compile(r"(?<=[.!?])\s++(?=\p{Lu})")
_LATER_CALL_READ = 400
_LATER_CALL_OPENINGS = frozenset({"sub", "sig"})
#: what makes such a later call one for the outlet's own product ("Subscribe to our newsletter",
#: "Sign up here", "Subscribe now!", "Subscribe today", "… for a free trial"), not a sentence
#: of a story on signing up for something ("Sign up at the town hall desk before Friday",
#: "Subscribe now, analysts warned, …")
_outlet_call = regex.compile(
    r"\b(?:our|us|newsletters?|magazine|inbox|today|here|below|trial)\b|\bnow(?:[!.]|$|\ (?:for|and|to)\b)", regex.I
).search
#: … or the line is this short, the sentence before the call asks the reader a question and
#: the call is a button or a cry (:func:`_asked_button`: "Not a member? Sign up")
_ASKED_CALL_WORDS = 15
#: the most words of such a call that is a button ("Sign up", "Subscribe now")
_BUTTON_CALL_WORDS = 3
#: the most words of a call to the reader, and how many lines from the body's end one is looked for
_CALL_WORDS = 40
_CALL_REACH = 6
_CALL_HEAD = 120
#: the most lines of a sign-up form's own text below its heading, and the most words of each
_FORM_LINES = 3
_FORM_WORDS = 30
#: what a sign-up form's own text says to the reader ("in your inbox", "you can unsubscribe",
#: "No spam, we promise"), which a story's closing paragraphs do not
_to_reader = regex.compile(r"\b(?:you|your|we|our|us|inbox|e-?mail|newsletters?|unsubscribe|privacy|spam)\b|!", regex.I).search
#: the first three letters of every call (lowered), for the cheap test
_CALL_OPENINGS = frozenset(
    {"nic", "sig", "sub", "by ", "joi", "lik", "fol", "get", "lis", "dow", "wan", "the", "thi", "wri", "con", "e-m",
     "ema", "rea"}
)


def is_call_to_reader(text: str) -> bool:
    """A line that asks the reader to sign up, subscribe or write in, not part of the story:
    it opens with a call, or a later sentence of it asks to subscribe or sign up to the
    outlet's product (:data:`_outlet_call`: "Stay up to date with us. Sign up for our …",
    "Subscribe now!") or, on a short line, a button or a cry right after a question ("Not a
    member? Sign up").
    A story's sentence on signing up for something ("… Sign up at the town hall desk.") is
    no such call.

    >>> is_call_to_reader("Sign up for our daily newsletter to get the news first."), is_call_to_reader("Write to Ann Lee at ann@example.com")
    (True, True)
    >>> is_call_to_reader("Want more harbour news? Subscribe to our weekly newsletter.")
    True
    >>> is_call_to_reader("Subscribers were told the paper would close."), is_call_to_reader("Officials said the port would reopen.")
    (False, False)
    >>> is_call_to_reader("Residents can speak at the meeting. Sign up at the town hall desk before noon on Friday.")
    False
    """
    # the cheap test first: the line opens as one of the calls can
    opens = text[:3].lower() in _CALL_OPENINGS
    later = "ubscribe" in text or "ign" in text  # a later sentence may ask to subscribe or sign up
    if not (opens or later) or len(text.split()) > _CALL_WORDS:
        return False
    if opens and _call_to_reader(text[:_CALL_HEAD]) is not None:
        return True
    if not later:
        return False
    sentences = _sentence_break.split(text[:_LATER_CALL_READ])
    asked = len(text.split()) <= _ASKED_CALL_WORDS
    return any(
        s[:3].lower() in _LATER_CALL_OPENINGS
        and _call_to_reader(s[:_CALL_HEAD]) is not None
        and (_outlet_call(s.rstrip()) is not None or (asked and _asked_button(sentences[k - 1], s)))
        for k, s in enumerate(sentences)
        if k
    )


def _asked_button(before: str, call: str) -> bool:
    """Is *call* a button or a cry after a question ("Not a member? Sign up", "… yet? Sign Up,
    it unlocks many features!"), not a story's sentence ("Want a say? Sign up at the town
    hall.")?"""
    call = call.rstrip()
    return before.rstrip().endswith("?") and (len(call.split()) <= _BUTTON_CALL_WORDS or call.endswith("!"))


def trim_calls(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body before calls to the reader among its last lines ("Sign up for our
    newsletter", "Write to the author at …"): looking back from the end over lines that are
    calls, furniture or short, the body ends before the earliest call. A call printed as a
    heading ("SIGN UP FOR E-MAIL NEWSLETTERS": no sentence end, not running text) may have
    the sign-up form's own text below it (its blurb, its privacy note): up to
    ``_FORM_LINES`` short lines of running text, which go with it when one of them
    speaks to the reader ("in your inbox", "you can unsubscribe") or furniture stands
    between them and the call: the short paragraphs that close a story right under an
    inline promo heading do neither. Once a form goes with its call, the lines above the
    call are looked at afresh, so calls printed over a sign-up form go too.

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> form = "\\n".join(["SIGN UP FOR OUR NEWSLETTER", "Get the harbour news and the tide tables in your inbox every morning!",
    ...                   "We will never share your address, and you can leave the list at any time you like."])
    >>> d = split(Draft(text=story + "\\n" + story + "\\n" + form))
    >>> trim_calls(d, (0, len(d.lines)))
    (0, 2)
    """
    b0, b1 = body
    lines, roles = draft.lines, draft.roles
    cut = b1
    form = 0  # lines of running text below the calls: a sign-up form's text
    reader = False  # one of them speaks to the reader
    top = b1  # the first of them
    for i in range(b1 - 1, max(b0, b1 - _CALL_REACH - _FORM_LINES) - 1, -1):
        ln = lines[i]
        running = ln.prose and roles[i] == FREE
        if is_call_to_reader(ln.text):
            if form and (running or ends_sentence(ln.text) or (not reader and top == i + 1)):
                break  # a sentence above running text, or the story going on right under it: no form
            cut = i
            form, reader = 0, False  # the form's text went with the call: look on above it
        elif running:
            if cut < b1 or form >= _FORM_LINES or ln.words > _FORM_WORDS:
                break
            form += 1
            top = i
            reader = reader or _to_reader(ln.text) is not None
    return (b0, cut) if cut > b0 else body


def cut_at_ticker(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body where a news ticker follows the story: lines that open with a clock
    time and a title ("14:44 Storm closes the port"), or a time alone over a title line
    (the entries of a running feed under the story), at least ``_TICKER_LINES`` of them
    within ``_WIDGET_LINES`` lines, after enough running text in which no time stood
    (a live blog has its entry times from the start). Times alone that rise at every
    step down the lines are a timetable printed in the story, not a feed (which puts its
    newest entry first, and may pass midnight: "00:15" over "23:50"). The body ends before the first of
    them, and before the short lines just above it (the ticker's heading).

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> ticker = "\\n".join(["Live", "14:44 Vote on quotas delayed", "14:32 Strike called off", "14:10 Painting returned"])
    >>> d = split(Draft(text=story + "\\n" + story + "\\n" + ticker))
    >>> cut_at_ticker(d, (0, len(d.lines)))
    (0, 2)
    """
    b0, b1 = body
    lines = draft.lines

    def stamped(k: int) -> bool:
        """A clock time and a title on line *k*, or a time alone over a title."""
        t = lines[k].text
        if not t[:1].isdigit():
            return False
        if _clock_title(t) is not None:
            return True
        return _clock_alone(t) is not None and k + 1 < b1 and lines[k + 1].text[:1].isalpha()

    above = 0
    for i in range(b0, b1):
        t = lines[i].text
        timed = t[:1].isdigit() and _clock(t) is not None
        if not timed:
            if lines[i].prose:
                above += len(t)
            continue
        if above < _MIN_ARTICLE_CHARS or not stamped(i):
            return body  # times from the start: a live blog
        ks = [k for k in range(i, min(b1, i + _WIDGET_LINES)) if stamped(k)]
        if len(ks) < _TICKER_LINES:
            return body
        alone = [_minutes(lines[k].text) for k in ks if _clock_title(lines[k].text) is None]
        if _clock_title(t) is None and all(b > a for a, b in zip(alone, alone[1:])):
            return body  # times alone rising at every step: a timetable in the story; a feed puts its newest first
        cut = i
        while cut > b0 and i - cut < _TICKER_HEADING and not (lines[cut - 1].prose and ends_sentence(lines[cut - 1].text)):
            cut -= 1
        return b0, cut
    return body


def _minutes(t: str) -> int:
    """The minutes past midnight of the clock time opening *t* ("9.05 pm" is 21:05); 0 when
    none opens it.

    >>> _minutes("16:48"), _minutes("9.05 pm"), _minutes("12:30 am"), _minutes("Noon")
    (1008, 1265, 30, 0)
    """
    m = _clock_parts(t)
    if m is None:
        return 0
    hour, half = int(m.group(1)), (m.group(3) or "").casefold()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return 60 * hour + int(m.group(2))


def is_card_byline(text: str) -> bool:
    """A short line that names the author of a teaser card: "by" and a name, and no more.

    >>> is_card_byline("by Josh Rubin"), is_card_byline("Por Andrew E. Kramer y Tyler Hicks")
    (True, True)
    >>> is_card_byline("By the river, a new bridge"), is_card_byline("by 2025")
    (False, False)
    """
    if len(text) > _CARD_BYLINE_CHARS or has_digit(text) is not None:
        return False
    words = text.split()
    if not 2 <= len(words) <= _CARD_NAME_WORDS + 1 or words[0].lower() not in _CARD_BY:
        return False
    return all(w[:1].isupper() or w in _NAME_JOINS for w in words[1:]) and words[-1][:1].isupper()


def cut_at_cards(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body where a list of teaser cards, each with its own byline, follows the story.

    Two or more byline lines ("by Ann Lee") close together after enough running text, the
    first inside the body, with no two lines of running text in a row from the first of
    them to the end of the body, are cards (a title, a blurb and an author), not the
    story: the body ends before the first card, which starts up to one card's length
    above its byline, after the last line of running text that ends a sentence.

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> card = "Travel\\nA Week on the Coast\\nby Ann Lee\\nWe walked the cliffs for five days and ate far too much fish.\\n"
    >>> d = split(Draft(text=story + "\\n" + story + "\\n" + card + card))
    >>> cut_at_cards(d, (0, len(d.lines)))
    (0, 2)
    """
    b0, b1 = body
    lines = draft.lines
    # the tail of the body after its last two lines of running text in a row
    start = b1
    while start > b0 + 1 and not (lines[start - 1].prose and lines[start - 2].prose):
        start -= 1
    first = second = prev = -1
    # the next card may stand just below the body, outside it
    for i in range(start, min(len(lines), b1 + _CARD_PERIOD)):
        ln = lines[i]
        if ln.prose or ln.words > _CARD_NAME_WORDS + 1 or ln.text[:1] not in _CARD_INITIALS:
            continue
        if is_card_byline(ln.text):
            if first < 0:
                first = i
            elif i - prev > _CARD_PERIOD:
                return body
            elif second < 0:
                second = i
            prev = i
    if second < 0 or first >= b1:
        return body
    if sum(len(ln.text) for ln in lines[b0:first] if ln.prose) < _MIN_ARTICLE_CHARS:
        return body
    period = second - first
    cut = first
    while cut > b0 and first - cut < period - 1 and not (lines[cut - 1].prose and ends_sentence(lines[cut - 1].text)):
        cut -= 1
    return b0, cut


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


#: a story printed twice: the fewest characters of a paragraph compared, and how many of the
#: story's first paragraphs must come again, in order, to make a second copy
_COPY_CHARS = 80
_COPY_PARAGRAPHS = 3


def cut_at_copy(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body where the story is printed a second time (a page with a second layout of
    the same article, under a box of links): when the body's first three paragraphs (of
    ``_COPY_CHARS`` or more, all different) come again further down, one after the other,
    the body ends after the last line of running text above the copy, provided furniture
    stands between the copies and both end with the same paragraph (the whole story came
    again). Paragraphs that recur with others between them (a plan whose every day opens
    alike) are not a copy, nor is a run printed three times or more (a text built of one
    recurring part).

    >>> from newsparse.blocks import split
    >>> story = [f"Paragraph {k} of the story about the harbour and its new flood gates, told at length." for k in range(4)]
    >>> d = split(Draft(text="\\n".join(story + ["Related", "Ferry times change"] + story)))
    >>> cut_at_copy(d, (0, len(d.lines)))
    (0, 4)
    """
    b0, b1 = body
    lines = draft.lines
    long = [k for k in range(b0, b1) if lines[k].prose and len(lines[k].text) >= _COPY_CHARS]
    if len(long) < 2 * _COPY_PARAGRAPHS:
        return body
    head = [lines[k].text for k in long[:_COPY_PARAGRAPHS]]
    if len(set(head)) < _COPY_PARAGRAPHS:
        return body  # a caption printed twice over the story is no copy of it
    copies = [
        n
        for n in range(_COPY_PARAGRAPHS, len(long) - _COPY_PARAGRAPHS + 1)
        if lines[long[n]].text == head[0] and [lines[k].text for k in long[n : n + _COPY_PARAGRAPHS]] == head
    ]
    if len(copies) != 1:
        return body  # printed twice is a second layout; over and over, a text built of one part
    cut = long[copies[0]]
    while cut > b0 and not lines[cut - 1].prose:
        cut -= 1
    if cut == long[copies[0]] or lines[cut - 1].text != lines[long[-1]].text:
        return body  # no furniture between the copies, or the copies end apart: the story goes on
    return b0, cut


#: a box of teaser links inside a story: the fewest titles in a row, and the fewest words of each
_TEASER_RUN = 3
_TEASER_TITLE_WORDS = 4
#: what a teaser title never ends with (a sentence, a label, a question) or holds (a list's comma)
_TITLE_ENDS = frozenset(".:;,!?")
#: the fewest words a box's titles have on average when no label stands over them, and the
#: most words of a short paragraph that announces a list of titles under it
_TEASER_MEAN_WORDS = 6
_INTRO_WORDS = 12


def _link_shaped(line: Line, role: str) -> bool:
    """A free line of four or more words that is no running text and ends no sentence."""
    return role == FREE and not line.prose and line.words >= _TEASER_TITLE_WORDS and line.text[-1:] not in _TITLE_ENDS


def _is_teaser_title(line: Line, role: str) -> bool:
    """A free line shaped like the title of another story: four or more words, every one
    that is not a small word capitalised, with no figure, no comma and no sentence end."""
    t = line.text
    return _link_shaped(line, role) and "," not in t and has_digit(t) is None and title_ratio(t) >= 1.0


def _is_box_link(line: Line, role: str) -> bool:
    """A free line that may be a link in a box of teasers: four or more words that are no
    running text and end no sentence, and not a numbered item ("5. Mind the hairdryer")."""
    t = line.text
    return _link_shaped(line, role) and (t[:1] not in _OPENING_FIRSTS or _list_item(t) is None)


def _is_box_heading(line: Line) -> bool:
    """A short heading of a box of links ("Related coverage", "More in Politics", "Most
    read"): a trailer opening, an article end or an inline box heading of the lexicon, or
    one of its box-heading prefixes, but not one that may title a part of a story
    ("Latest", "In other news": :data:`_STORY_SUBHEADINGS`)."""
    if line.words > _END_HEADING_WORDS:
        return False
    f = fold_of(line)
    if f in _STORY_SUBHEADINGS:
        return False  # "Latest", "In other news": it may title a part of the story
    return f in _BOX_HEADINGS or f.startswith(blex.HEADING_PREFIXES)


def _boxed(above: Line, role: str, titles: Sequence[Line]) -> bool:
    """Is the run of Title Case *titles* under the line *above* a box of teasers, not a list
    the story introduces (a line ending with a colon, a question, a short sentence or a sentence
    left without its stop, :func:`~newsparse.boilerplate.announces_list`): either a label stands right above it
    (furniture, or a short Title Case line that is no running text: "Recent Energy
    Content"), or its titles are as long as a story's headline
    (``_TEASER_MEAN_WORDS`` words on average; the titles of books, films and a story's
    subheadings are shorter)."""
    if role == FREE and announces_list(
        above, colon_words=0, running="short", sentence_words=_INTRO_WORDS, unended_words=MID_WORDS
    ):
        return False
    label = role != FREE or (not above.prose and above.words <= _END_HEADING_WORDS and title_ratio(above.text) >= 1.0)
    return label or sum(ln.words for ln in titles) >= _TEASER_MEAN_WORDS * len(titles)


#: what ends a sentence inside a paragraph: a stop, perhaps closing a quotation, then a space
_SENTENCE_END = regex.compile(r"[.!?。！？][\"”’»)]?\s")
#: how far from a paragraph's end its last sentence is looked for (a short sentence is shorter)
_LAST_SENTENCE_CHARS = 200
_count_words = regex.compile(r"\w+").findall


def _counts_list(line: Line, n: int) -> bool:
    """Does the paragraph *line* end with a short sentence (``_INTRO_WORDS`` words at most)
    that names the count *n* of the items below it, in figures or in words ("These are the
    four books lent most this year.", "Die 4 Sieger:")? Such a sentence announces a list of
    the story's, even at the end of a long paragraph.

    >>> from newsparse._draft import Line
    >>> para = "The library lent more books than ever. These are the four lent most this year."
    >>> _counts_list(Line(0, 0, 80, para, False, 15, True), 4), _counts_list(Line(0, 0, 80, para, False, 15, True), 3)
    (True, False)
    >>> _counts_list(Line(0, 0, 80, "Four of the books were new, and the rest were old favourites of the town's readers.", False, 16, True), 4)
    False
    """
    t = line.text.rstrip()
    if not line.prose or t[-1:] not in ".!?:。！？":
        return False
    tail = t[-_LAST_SENTENCE_CHARS:]
    starts = [m.end() for m in _SENTENCE_END.finditer(tail, 0, len(tail) - 1)]
    if not starts and len(t) > len(tail):
        return False  # the last sentence is longer than a short one
    words = _count_words(tail[starts[-1] :] if starts else tail)
    if len(words) > _INTRO_WORDS:
        return False
    return any(COUNTS.get(w.casefold()) == n or (w.isdecimal() and len(w) <= 2 and int(w) == n) for w in words)


def teaser_boxes(draft: Draft, body: Tuple[int, int]) -> List[Tuple[int, int]]:
    """The line ranges of boxes of teaser links inside the body, after an article's length
    of running text: three or more Title Case titles in a row (:func:`_is_teaser_title`)
    under a label or as long as headlines, not introduced by a line of the story ("These
    books were lent most:", :func:`_boxed`; or a paragraph whose last, short sentence names
    how many titles follow, when the story goes on under them, :func:`_counts_list`) and printed nowhere else on the page (a table
    of contents' entries come again as the headings of the story's sections; a teaser's
    title does not); or three or more lines that may
    be links (:func:`_is_box_link`) right under or right over a box heading
    (:func:`_is_box_heading`: "Watch live: …" titles closed by "More in Politics").

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> box = "\\n".join(["Harbour Walk Reopens After The Storms", "Why The Old Lighthouse Keeps Its Lamp", "Ferry Company Plans Bigger Boats"])
    >>> d = split(Draft(text=story + "\\n" + story + "\\n" + box + "\\n" + story))
    >>> teaser_boxes(d, (0, len(d.lines)))
    [(2, 5)]
    """
    lines, roles = draft.lines, draft.roles
    out: List[Tuple[int, int]] = []
    printed: Optional[Counter[str]] = None  # how often each line's text is printed, counted once when needed
    for i, j in _runs_after_story(draft, body, _is_teaser_title):
        # a list the story announces by its count, with the story going on under it
        announced = roles[i - 1] == FREE and j < body[1] and lines[j].prose and _counts_list(lines[i - 1], j - i)
        if not announced and _boxed(lines[i - 1], roles[i - 1], lines[i:j]):
            if printed is None:
                printed = Counter(ln.text for ln in lines)
            if all(printed[lines[k].text] == 1 for k in range(i, j)):  # printed once each, nowhere else
                out.append((i, j))
    return out + _headed_boxes(draft, body, out)


#: the most words of a link's title printed over a "read more" button
_BUTTON_TITLE_WORDS = 30


def titles_over_buttons(draft: Draft, body: Tuple[int, int]) -> List[int]:
    """The lines inside the body that are the title of a link to another story, printed
    between the story's paragraphs with its "read more" button under it
    (:data:`~newsparse._lexicon.read_more.READ_MORE`): a free line of four to
    ``_BUTTON_TITLE_WORDS`` words that ends no sentence (a title; a paragraph over such a
    button is the story's excerpt), right over the button, with running text right above
    the title and the story going on under the button.

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said."
    >>> d = split(Draft(text="\\n".join([story, "Ferry company orders two larger boats", "Read more", story])))
    >>> titles_over_buttons(d, (0, 4))
    [1]
    """
    b0, b1 = body
    lines, roles = draft.lines, draft.roles
    out: List[int] = []
    for k in range(b0 + 1, b1 - 2):
        button = lines[k + 1]
        if button.words > 4 or fold_of(button) not in READ_MORE:
            continue
        ln = lines[k]
        if (
            roles[k] == FREE
            and 4 <= ln.words <= _BUTTON_TITLE_WORDS
            and not ends_sentence(ln.text)
            and lines[k - 1].prose
            and lines[k + 2].prose
        ):
            out.append(k)
    return out


def _runs_after_story(
    draft: Draft, body: Tuple[int, int], member: Callable[[Line, str], bool]
) -> Iterator[Tuple[int, int]]:
    """The runs ``(i, j)`` of ``_TEASER_RUN`` or more lines in a row inside *body* that are
    each a *member* (given the line and its role), once an article's length of running
    text stands above the run: the places a box of links can stand inside a story."""
    b0, b1 = body
    lines, roles = draft.lines, draft.roles
    above, i = 0, b0
    while i < b1:
        if lines[i].prose:
            above += len(lines[i].text)
            i += 1
            continue
        if not member(lines[i], roles[i]):
            i += 1
            continue
        j = i
        while j < b1 and member(lines[j], roles[j]):
            j += 1
        if j - i >= _TEASER_RUN and above >= _MIN_ARTICLE_CHARS:
            yield i, j
        i = j


def _headed_boxes(draft: Draft, body: Tuple[int, int], found: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The runs of three or more box links (:func:`_is_box_link`) right under or right over
    a box heading inside the body, after an article's length of running text, that are not
    among the boxes *found* already."""
    lines = draft.lines
    taken = {k for a, b in found for k in range(a, b)}
    return [
        (i, j)
        for i, j in _runs_after_story(draft, body, _is_box_link)
        if (_is_box_heading(lines[i - 1]) or (j < len(lines) and _is_box_heading(lines[j])))
        and taken.isdisjoint(range(i, j))
    ]


#: a wire story's dateline: how many lines from the body's start it is looked for, and the
#: most running text above it that is not the story (a deck, a caption, a teaser)
_DATELINE_REACH = 15
_ABOVE_DATELINE_CHARS = 400
#: how far into a line its dateline's dash is looked for, the cheap test before the pattern
_DATELINE_HEAD = 120
#: the longest line read as a date line of a story's header
_HEADER_DATE_CHARS = 120


def start_at_dateline(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """Start the body at a wire story's first paragraph, the one that opens with its
    dateline ("BUFFALO, N.Y. — …", "Rostow (Russland) - …"; not a name and a colon,
    "Harbourton (3-1): …", which is a results list): running text above it near the body's
    start, less than ``_ABOVE_DATELINE_CHARS`` of it, is a deck, a caption or a teaser of
    another story, when the line right above the dateline paragraph is no running text (the
    story's byline, its date, a credit), unless another paragraph of the body opens with a
    dateline and no byline or date line stands between the text above and the first one (a
    roundup of wire stories, each under its own heading: the text above introduces them).
    Sentences running straight into the dateline
    paragraph (a dump opening with its title and deck as sentences) are left alone: the
    headline is read from the lines above the body.

    >>> from newsparse.blocks import split
    >>> lead = "GAZA CITY (Reuters) — Israeli strikes hit the city overnight, officials said."
    >>> d = split(Draft(text="Rain is due. These maps show where.\\nBy Ann Lee\\n" + lead + "\\nMore followed on Monday."))
    >>> start_at_dateline(d, (0, len(d.lines)))
    (2, 4)
    """
    b0, b1 = body
    lines = draft.lines
    above = 0
    for k in range(b0, min(b1, b0 + _DATELINE_REACH)):
        ln = lines[k]
        if not ln.prose:
            continue
        if k > b0 and _opens_with_dateline(ln):
            if above >= _ABOVE_DATELINE_CHARS or lines[k - 1].prose:
                return body
            top = k - 1
            while top > b0 and not lines[top].prose:
                top -= 1
            if not any(_header_line(x.text) for x in lines[top + 1 : k]) and any(
                _opens_with_dateline(x) for x in lines[k + 1 : b1] if x.prose and x.text != ln.text
            ):
                return body  # a roundup of wire stories, each under its dateline: the text above introduces them
            return k, b1
        above += len(ln.text)
    return body


def _header_line(text: str) -> bool:
    """A line of a story's header: a byline ("By Ann Lee") or a short line holding a date.

    >>> _header_line("By Ann Lee"), _header_line("Updated March 3, 2024 at 9:41 am"), _header_line("France")
    (True, True, False)
    """
    if text[:3].casefold() == "by ":
        return True
    return len(text) <= _HEADER_DATE_CHARS and has_digit(text) is not None and bool(find_dates(text))


def _opens_with_dateline(ln: Line) -> bool:
    """Does the running-text line *ln* open with a wire story's dateline and its dash
    ("BUFFALO, N.Y. — …"; not a name and a colon), the cheap tests first?"""
    head = ln.text[:_DATELINE_HEAD]
    if not (head[:1].isupper() and ("-" in head or "—" in head or "–" in head)):
        return False  # a dateline opens with a capital and ends in a dash
    m = match_dateline(ln.text)
    return m is not None and m.group("dash").strip() != ":"


#: the fewest words of a teaser card's title printed twice
_CARD_TITLE_WORDS = 5


def teaser_cards(draft: Draft, body: Tuple[int, int]) -> List[int]:
    """The lines of teaser cards inside the body whose title is printed twice, as innerText
    renders a card whose picture and text both link the story: a free line of five or more
    words that is no running text, with no figure and no tab (a table's header), printed
    again on the line after next with the same short line (the card's section label) before
    each copy, or printed again on the next line when such a labelled card stands in the
    body too (a subheading or a pull quote printed twice, as innerText may render one, is
    the story's: only its second copy is returned), with running text right above the card
    and right under the second copy (a poem's refrain sung twice stands between verse
    lines). The copies and labels are the card; so is the line under them when it is
    shorter than a story's last paragraph (``_LONE_PARAGRAPH_CHARS``: the card's blurb),
    but under unlabelled copies only when no running text follows it (else it is the
    story going on under its doubled subheading).
    Only after an article's length of running text: a page's own title may be printed
    twice above the story.

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> card = "\\n".join(["Business", "Ferry company orders two larger boats", "Business", "Ferry company orders two larger boats",
    ...                   "The boats will carry twice as many cars, the company said."])
    >>> d = split(Draft(text=story + "\\n" + story + "\\n" + card + "\\n" + story))
    >>> teaser_cards(d, (0, len(d.lines)))
    [2, 3, 4, 5, 6]
    """
    b0, b1 = body
    lines, roles = draft.lines, draft.roles
    out: List[int] = []
    labelled = False  # a card with its label over each copy of its title was found
    seconds: List[int] = []  # the second copies of lines printed twice in a row
    above = 0
    for i in range(b0, b1):
        ln = lines[i]
        if ln.prose:
            above += len(ln.text)
            continue
        if above < _MIN_ARTICLE_CHARS or ln.words < _CARD_TITLE_WORDS or roles[i] != FREE or (out and i <= out[-1]):
            continue
        if "\t" in ln.text or has_digit(ln.text) is not None:
            continue
        for j in (i + 1, i + 2):
            if j + 1 >= b1 or lines[j].text != ln.text or roles[j] != FREE:
                continue
            if j == i + 2 and not (lines[i - 1].text == lines[i + 1].text and roles[i - 1] == roles[i + 1] == FREE):
                continue  # one line between the copies: the card's label, printed over each of them
            blurb, top = lines[j + 1], i - (j - i - 1)
            if not (blurb.prose and roles[j + 1] == FREE and lines[top - 1].prose):
                break  # a card stands between the story's paragraphs; a refrain sung twice between verses
            out.extend(range(top, j + 1))
            goes_on = j == i + 1 and j + 2 < b1 and lines[j + 2].prose  # unlabelled, with the story going on under it
            if len(blurb.text) < _LONE_PARAGRAPH_CHARS and not goes_on:
                out.append(j + 1)
            labelled = labelled or j == i + 2
            if j == i + 1:
                seconds.append(j)
            break
    return out if labelled else seconds


#: an author box under the story: the most words of the name over it, how many lines
#: (its links and buttons) may stand between the name and the bio, and how far into the
#: bio the name is looked for
_BOX_NAME_WORDS = 4
_BIO_REACH = 8
_BIO_HEAD_WORDS = 12


def _names_in_bio(name: str, bio: str) -> bool:
    """Does the paragraph *bio* speak of the person *name* printed above it: the whole name
    among its first words, or the first name opening it, with a bio's verb right after it
    (:data:`newsparse._lexicon.boilerplate.BIO_VERBS`: "Ann Lee covers …", "Ann is …")?
    "New York officials said …" under "New York" and "Mayor Lee said …" under "Mayor Lee"
    are the story's paragraphs.

    >>> _names_in_bio("Ann Lee", "Award-winning reporter Ann Lee covers the coast."), _names_in_bio("Ann Lee", "Ann is a reporter.")
    (True, True)
    >>> _names_in_bio("New York", "New York officials said so."), _names_in_bio("Ann Lee", "Officials said so.")
    (False, False)
    """
    words, head = name.split(), bio.split()[: _BIO_HEAD_WORDS + 1]
    n = len(words)
    for k in range(len(head) - n):
        if head[k : k + n] == words and head[k + n] in blex.BIO_VERBS:
            return True
    return len(head) > 1 and head[0] == words[0] and head[1] in blex.BIO_VERBS


def cut_at_author_box(draft: Draft, body: Tuple[int, int]) -> Tuple[int, int]:
    """End the body before an author box under the story: a short line that is a name
    (one to four capitalised words, no figure, no sentence end) over the body's last
    paragraph, only a few lines of links or buttons between them, when that paragraph
    speaks of the person (:func:`_names_in_bio`), the name is printed above the body too
    (the story's byline: a profile of several people, each under a name heading, names
    none of them there) and an article's length of running text stands above the name.

    >>> from newsparse.blocks import split
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> box = "\\nAnn Lee\\nFollow\\nAnn Lee covers the coast and its towns for the paper."
    >>> d = split(Draft(text="By Ann Lee\\n" + story + "\\n" + story + box))
    >>> cut_at_author_box(d, (1, len(d.lines)))
    (1, 3)
    """
    b0, b1 = body
    lines = draft.lines
    last = b1 - 1
    while last > b0 and not lines[last].prose:
        last -= 1
    for k in range(last - 1, max(b0, last - _BIO_REACH) - 1, -1):
        ln = lines[k]
        if ln.prose:
            break
        words = ln.text.split()
        if (
            0 < len(words) <= _BOX_NAME_WORDS
            and ln.text[-1:] not in _TITLE_ENDS
            and has_digit(ln.text) is None
            and all(w[:1].isupper() for w in words)
            and _names_in_bio(ln.text, lines[last].text)
            and _signed_above(lines, b0, ln.text)
        ):
            if sum(len(x.text) for x in lines[b0:k] if x.prose) >= _MIN_ARTICLE_CHARS:
                return b0, k
            break
    return body


def _signed_above(lines: Sequence[Line], b0: int, name: str) -> bool:
    """Is *name* printed above the body (lines before *b0*) as its byline: after a byline
    word ("By Ann Lee …", "Par Ann Lee | …") or a name join, or alone on its line (with
    only a bar, a comma, a role or a date after it), and not inside a title ("Ann Lee
    obituary")?

    >>> from newsparse._draft import Line
    >>> top = [Line(0, 0, 18, "Ann Lee obituary", True), Line(1, 19, 30, "By Ann Lee | 3 May", True)]
    >>> _signed_above(top[:1], 1, "Ann Lee"), _signed_above(top, 2, "Ann Lee")
    (False, True)
    """
    for ln in lines[:b0]:
        k = ln.text.find(name)
        if k < 0:
            continue
        head = ln.text[:k].strip(" |:·•-–—").casefold()
        tail = ln.text[k + len(name) :].strip()
        if head and (head.split()[-1] in _CARD_BY or head.split()[-1] in _NAME_JOINS or head[-1:] == ","):
            return True
        if not head and (
            not tail
            or tail[0] in "|,·•-–—("
            or tail.split()[0].casefold() in _NAME_JOINS
            or has_digit(tail) is not None
        ):
            return True
    return False


def cut_title_boxes(draft: Draft, body: Tuple[int, int]) -> List[int]:
    """The titles of a box of links inside the body whose titles the page cut short with an
    ellipsis (:func:`is_cut_title`: "Storm damage mapped along the coa..."): two or more of
    them right under a box heading set aside as furniture ("Most Popular",
    :func:`_is_box_heading`), each perhaps followed by a short label of furniture (its
    section, "News"), once an article's length of running text stands above the heading.
    A cut title reads like running text, so the other box rules, made for link lines,
    do not see such a box.

    >>> from newsparse.blocks import split
    >>> from newsparse.boilerplate import mark
    >>> story = "The port reopened on Monday after a week of storms, officials said. " * 4
    >>> box = "\\n".join(["Most Popular", "Storm damage mapped along the coast of the bay an...", "News",
    ...                    "Ferry company orders two larger boats for the win...", "News"])
    >>> d = mark(split(Draft(text=story + "\\n" + story + "\\n" + box + "\\n" + story)))
    >>> cut_title_boxes(d, (0, len(d.lines)))
    [3, 5]
    """
    b0, b1 = body
    lines, roles = draft.lines, draft.roles
    out: List[int] = []
    above = 0
    for h in range(b0, b1):
        ln = lines[h]
        if ln.prose and roles[h] == FREE:
            above += len(ln.text)
            continue
        if above < _MIN_ARTICLE_CHARS or roles[h] == FREE or ln.words > _END_HEADING_WORDS or not _is_box_heading(ln):
            continue
        titles: List[int] = []
        j = h + 1
        while j < b1 and j - h <= _WIDGET_LINES:
            x = lines[j]
            if roles[j] == FREE and x.words >= _TEASER_RUN and is_cut_title(x.text):
                titles.append(j)
            elif roles[j] == FREE or x.words > 2:
                break  # neither a cut title nor a label of furniture
            j += 1
        if len(titles) >= 2:
            out.extend(titles)
    return out


def _box_over_dateline(draft: Draft, top: int, start: int) -> List[int]:
    """The free lines right above the wire story's first paragraph and under a box heading
    (at most ``_WIDGET_LINES`` of them, none a byline or a date line of the story's header,
    :func:`_header_line`), when :func:`start_at_dateline` moved the body's
    start from *top* down to *start* past them ("MOST POPULAR" over teaser titles, then
    "BUFFALO, N.Y. — …"): they are the box's, set aside so that no later stage reads
    them as the story's first lines. Only when a title-shaped free line stands above the
    box heading: otherwise the lines under the box are the story's own title, deck and
    caption (a wire page that prints its title last, right over its dateline).

    >>> from newsparse.blocks import split
    >>> from newsparse.boilerplate import mark
    >>> page = "Snow closes the port\\nMost popular\\nFerry fares rise for winter\\nBUFFALO, N.Y. — It snowed."
    >>> d = mark(split(Draft(text=page)))
    >>> _box_over_dateline(d, 2, 3), _box_over_dateline(d, 3, 3)
    ([2], [])
    >>> d = mark(split(Draft(text="Most popular\\nSnow closes the port\\nBUFFALO, N.Y. — It snowed.")))
    >>> _box_over_dateline(d, 1, 2)
    []
    """
    lines, roles = draft.lines, draft.roles
    if start <= top:
        return []  # the body's start did not move
    h = start - 1
    while h > 0 and roles[h] == FREE and start - h <= _WIDGET_LINES:
        if _header_line(lines[h].text):
            return []  # the story's byline or date: its header, not a box, stands above it
        h -= 1
    if roles[h] != FREE and lines[h].words <= _END_HEADING_WORDS and _is_box_heading(lines[h]):
        titled_above = any(
            not ln.prose and ln.words >= 3 and roles[ln.index] == FREE for ln in lines[max(0, h - _WIDGET_LINES) : h]
        )
        return list(range(h + 1, start)) if titled_above else []
    return []


#: the corrections that weigh a story's own lists and interviews (:func:`_lists_keep_header_out`)
_LIST_CORRECTIONS = frozenset({"story_lists", "interviews"})


def _lists_keep_header_out(draft: Draft, weights: Sequence[int], body: Tuple[int, int]) -> Tuple[int, int]:
    """The story's lists and interviews may move the body's start up over the lines they
    weigh and what stands above them, but not over the story's byline or date line
    (:func:`_header_line`): past it are the title, the deck and any box of teasers over
    them. When the run found without these weights starts lower, the start climbs from
    there to the first such header line at most."""
    plain, _ = weights_and_openings(draft, _LIST_CORRECTIONS)
    b0 = densest_run(plain)[0]
    if not body[0] < b0 < body[1]:
        return body
    lines = draft.lines
    k = b0
    while k - 1 >= body[0]:
        ln = lines[k - 1]
        if not ln.prose and weights[k - 1] == plain[k - 1] and _header_line(ln.text):
            break  # a byline or date line: the header, above the story
        k -= 1
    return (k, body[1])


def zone(draft: Draft) -> Draft:
    """Pipeline stage: set ``body`` to the densest run of running text, and set aside the
    boxes of teaser links and the teaser cards inside it (:func:`teaser_boxes`,
    :func:`teaser_cards`) as boilerplate."""
    fired: Set[str] = set()
    weights, openings = weights_and_openings(draft, fired=fired)
    body = densest_run(weights)
    if body[1] > body[0] and not fired.isdisjoint(_LIST_CORRECTIONS):
        body = _lists_keep_header_out(draft, weights, body)
    if body[1] > body[0]:
        body = cut_at_box(draft, cut_at_end_marker(draft, extend_over_boxes(weights, draft.lines, body)), weights)
        body = cut_at_cards(draft, body)
        if "clock" in openings:
            body = cut_at_ticker(draft, body)
        top = body[0]
        body = start_at_dateline(draft, body)
        body = trim_calls(draft, cut_at_author_box(draft, cut_at_copy(draft, body)))
        teasers = [k for a, b in teaser_boxes(draft, body) for k in range(a, b)] + teaser_cards(draft, body)
        teasers += _box_over_dateline(draft, top, body[0])
        teasers += cut_title_boxes(draft, body)
        teasers += titles_over_buttons(draft, body)
        if teasers:
            draft = claim(draft, {k: whole("boilerplate", draft.lines[k]) for k in teasers})
    return evolve(draft, body=body)
