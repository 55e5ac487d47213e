"""Stage: the headline, and around it the kicker, a pull quote, the deck and a section.

The headline is the best-scoring line above the byline/date cluster (or above
the body when there is none): headline-shaped (a few words, Title Case or a
sentence without an end stop) and close to where the article starts. The line
just above it may be a kicker or a section; the lines between it and the
byline are the deck.

>>> split_kicker_quote("Inside story'This isn't just us saying it'")
('Inside story', "'This isn't just us saying it'")
>>> score_line("Blinken to Bibi: U.S. very concerned about possible Israeli ground operation in Rafah", 0) > 0
True
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re as _re
from itertools import accumulate, repeat
from operator import mul
from typing import Callable, Collection, Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Set, Tuple

import regex

from ._draft import FREE, Draft, Line, claim, evolve, whole
from ._draft import fold_of as line_fold
from ._lexicon import boilerplate as blex
from ._lexicon import labels as llex
from ._lexicon import sections as slex
from ._text import (
    alternation,
    cjk_count,
    ends_sentence,
    fold,
    has_digit,
    is_prose,
    is_titlelike,
    word_count,
)
from .captions import is_credit_only
from .dates import find_dates
from .model import Block, Caption, Field, Span
from .paragraphs import note_kind

__all__ = ["find", "score_line", "split_kicker_quote"]

_PATTERNS = {
    # "Inside story'This isn't…'" — a kicker glued to a quoted pull quote
    # (the quote opens on a capital: in "It's time to …'" the mark is an apostrophe)
    "kicker_quote": regex.compile(
        r"^(?P<kicker>[^'\"‘’“”«»]{1,39}[\p{L}\p{N}])(?P<quote>['\"‘“«](?=[\p{Lu}\p{N}])[^\n]{8,}['\"’”»])$"
    ),
    # "OH NO-LAN Linda Nolan reveals …" — a kicker in capitals glued to the headline
    "caps_kicker": regex.compile(r"^(?P<kicker>(?:[\p{Lu}\d][\p{Lu}\d'’!?&-]*\s){1,4})(?=[\p{Lu}][\p{Ll}])"),
    # "… has only fuelled the crisis. It is up to …" — one sentence ends inside the line and
    # another opens (a word of three small letters before the stop: not "U.S. Open", "Mr. Roe")
    "sentence_break": regex.compile(r"\p{Ll}{3}[.!?] [\"“‘']?\p{Lu}"),
}
_match_kicker_quote = _PATTERNS["kicker_quote"].match
_match_caps_kicker = _PATTERNS["caps_kicker"].match
_sentence_break = _PATTERNS["sentence_break"].search
_has_word = regex.compile(r"\p{L}{3}").search
_has_letter = regex.compile(r"\p{L}").search
#: what a line that is a kicker glued to a pull quote ends with (the cheap test before the pattern)
_QUOTE_ENDS = "'\"’”»"
#: a breadcrumb trail: "Home » Garden » Vines", "News › World › Europe"
_crumbs = _re.compile(r"\s(?:»|›|>)\s").findall


def _caseless(source: str, anchored: bool = False) -> Callable[[str, Optional[str]], bool]:
    """A test of whether the pattern *source* matches a line (at its start when *anchored*)
    ignoring case, called with the line and, for an ASCII line, its ``str.lower()`` (else None).

    An ASCII line is read in lower case by the pattern compiled without ``re.IGNORECASE``,
    several times quicker and with the same answer when the letters of *source* are in
    lower case (the word lists are lowered for it); any other line is read as it is.

    >>> test = _caseless(r"\\bsign up\\b")
    >>> test("Sign Up now", "sign up now"), test("SIGN UP, Überall", None), test("Signup", "signup")
    (True, True, False)
    """
    exact, caseless = _re.compile(source), _re.compile(source, _re.I)
    find, find_caseless = (exact.match, caseless.match) if anchored else (exact.search, caseless.search)

    def test(text: str, low: Optional[str]) -> bool:
        return (find(low) if low is not None else find_caseless(text)) is not None

    return test


def _lower(words: Collection[str]) -> str:
    """:func:`alternation` of *words* in lower case, for :func:`_caseless`."""
    return alternation(w.lower() for w in words)


#: a trail opened by the home link, with one separator: "Home › Silver Society", "Accueil / Monde"
_home_crumb = _caseless(rf"^(?:{_lower(llex.HOME_LINKS)})\s*[»›>/|→]\s*\S", anchored=True)
#: a separator of either kind of trail (:data:`_crumbs`, :data:`_home_crumb`): the cheap test before them
_trail_char = _re.compile("[»›>/|→]").search
#: a line opened by the home link as a word of its own, followed by anything but a small letter:
#: a trail whose items the page glues together ("Home News Ferry to resume …", "HomeTravelFerry
#: …"), not "Homeowners face …"
_home_opening = regex.compile(rf"(?i:{_lower(llex.HOME_LINKS)})(?!\p{{Ll}})").match
#: a photo credit label opening the line: "Foto: Agency", "Bild: Name/Agency", "Source: …"
_credit_label = _caseless(rf"^(?:{_lower(llex.CREDIT_LABELS)})\s*:", anchored=True)
#: a label of the publication time: "Time of Publication: 5:30 am", "Hora de publicación del artículo"
_publication_label = _re.compile(
    r"\b(?:date|time|hora|fecha|data|heure|datum)\s+(?:of|de|da|do|der)\s+(?:la\s+)?publica", _re.I
).search
#: a site's pitch for membership: a sign-up verb and a word of membership in one line
#: ("Join Over 1 Million Premium Members", "Subscribe to our newsletter", "Log in to your account")
_sign_up = _caseless(rf"\b(?:{_lower(llex.SIGN_UP_VERBS)})\b")
_membership = _caseless(rf"\b(?:{_lower(llex.MEMBERSHIP_WORDS)})\b")
#: an article's reading time: "5 min read", "7 Minuten Lesezeit", "Reading time: 4 minutes" (read
#: only in lines of up to :data:`_READING_CHARS` characters); the label needs its count right
#: after it, and the word after the minutes must end there ("reading time down", "5 min
#: read-through" are a story's words)
_reading_time = _caseless(
    rf"\b\d{{1,3}}\s?(?:min|mins|minute|minutes|minuten|minuti|minutos|minute\(n\))\.?\s(?:{_lower(llex.READING_TIME_WORDS)})(?![\w-])"
    rf"|\b(?:{_lower(llex.READING_TIME_LABELS)})\s?[:：]?\s?(?:ca\.\s?|~\s?)?\d"
)
_READING_CHARS = 60
#: a line that is only a story's age: "2 hours ago", "vor 3 Stunden", "il y a 5 heures",
#: "hace 2 horas", "1 時間前" (at most :data:`_AGE_CHARS` characters)
_age_only = _re.compile(
    r"""^(?:
        \d{1,2}\s?(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago            # English
      | vor\s+\d{1,2}\s+(?:Minuten|Stunden|Tagen)                      # German
      | il\s+y\s+a\s+\d{1,2}\s+(?:min|minutes?|heures?|jours?)         # French
      | hace\s+\d{1,2}\s+(?:minutos|horas|días)                        # Spanish
      | \d{1,2}\s?(?:分|時間|日)前                                      # Japanese
    )$""",
    _re.I | _re.X,
).match
_AGE_CHARS = 25
#: a tag list: four or more comma-separated items and no other punctuation ("Berlin, Demo, Polizei, Verkehr")
_tag_list = _re.compile(r"^[^,.;:!?]{1,30}(?:, [^,.;:!?]{1,30}){3,}$").match
#: a whole line that is one quoted sentence, closed by a full stop inside the marks
_quoted_sentence = _re.compile(r"^[\"“‘'«„].*\.[\"”’'»]$").match
#: a CJK line shorter than this many characters is more often a menu item or a button
#: ("購読申し込み", "ログイン・登録") than a headline, and takes half the shape weight
_CJK_SHORT = 14
#: the full stops that end a sentence rather than a headline: the Latin one, and the ideographic
#: and full-width ones of Chinese and Japanese
_FULL_STOPS = (".", "。", "．")
#: how a line cut short ends, and the fewest characters of its kept opening that
#: :func:`_cut_copy` compares with the lines below
_ELLIPSES = ("...", "…")
#: how a teaser's text cut short ends (two stops or more, or an ellipsis)
_CUT_ENDS = ("..", "…")
_CUT_MIN = 12
#: what parts the items of a breadcrumb trail, and how many lines below it :func:`_crumb_tail`
#: looks for the title it ends with
_CRUMB_SEPARATORS = "»›>→/"
_CRUMB_REACH = 3
#: the most words glued before a title printed below, with not even a space, that make the
#: line a trail or a kicker glued to its copy ("NewsSite.czYour newsFerry to resume …")
_GLUED_WORDS = 4
#: how many lines below a candidate :func:`_title_opening` looks for the whole title it opens
_OPENING_REACH = 12
#: the most words a line of a share bar or a menu run has (see :func:`_in_button_run`)
_BUTTON_WORDS = 4
#: the most words an item of a tag list has
_TAG_WORDS = 3

#: the headings of a list of links to other stories ("Related articles", "Read more",
#: "Most read"), the most words they have, and how many lines under one a link may stand
#: (one word alone, "More", "Latest", "Comments", heads menus and counters as well: only
#: "Related" is kept of those; a heading of comments or sharing heads no links)
_LIST_HEADINGS = frozenset(
    h for h in llex.RELATED_LABELS | blex.TRAILER_STARTS | blex.ARTICLE_ENDS
    if (" " in h or h == "related") and "comment" not in h and "share" not in h
)
_LIST_HEADING_WORDS = 6
_LIST_REACH = 8
#: the most words of a link in such a list (the fewest are three: a menu item is shorter)
_LIST_LINK_WORDS = 25

#: how many lines above the anchor a headline is looked for
_REACH = 40
#: how many lines into the body a headline is still looked for
_INTO_BODY = 8
_HEADER_ROLES = frozenset({"byline", "date", "author_bio"})
#: the roles of a byline's lines: a header line that anchors the headline wherever it stands
_BYLINE_ROLES = frozenset({"byline", "author_bio"})
_TITLE_LENGTHS = frozenset({"words_5", "words_6_20", "words_21_25"})
#: the fewest words of a line in sentence case that, holding two sentences, reads as a
#: standfirst rather than a headline (a headline of two sentences is short or Title Case:
#: "Stocks fall. Should you worry?")
_SENTENCES_WORDS = 14
#: the length feature by word count (lines of 6 to 20 words are "words_6_20")
_SHAPE = {2: "words_2", 3: "words_3", 4: "words_4", 5: "words_5", 21: "words_21_25", 22: "words_21_25",
          23: "words_21_25", 24: "words_21_25", 25: "words_21_25"}
_digits = _re.compile(r"\d").findall
#: a character of one of the tokens :func:`_looks_code` counts (the cheap test before counting)
_code_char = _re.compile(r"[{}=$/;\\]").search
#: (a literal escape sequence, "\\n" or "\\t", is a string of source code printed as text)
_CODE_TOKENS = ("{", "}", "=>", "==", "();", "= ", "$", "//", "\\n", "\\t")
# words of four letters or more, for the overlap between a candidate and the body's opening,
# each cut to its first six letters (the group); the ASCII pattern is the same on ASCII text, faster
_stems = _re.compile(r"([^\W\d_]{4,6})[^\W\d_]*").findall
_ascii_stems = _re.compile(r"([a-z]{4,6})[a-z]*").findall
#: four letters in a row: whether a text has a content word at all
_four_letters = _re.compile(r"[^\W\d_]{4}").search
#: how much of the body's opening the overlap reads, in characters
_OPENING = 1500
#: the most lines the headline search reads below the first byline or date
_MAX_SPAN = 200
#: how much of the input is searched for a second printing of a candidate headline
_COUNT_REACH = 300_000
#: running-text lines inside the body after which no headline is looked for
_PROSE_ABOVE = 3
#: how deep into the body a byline or date still marks the article's start
_MARK_DEPTH = 30
#: how deep into the body a byline still anchors the headline, and how many lines of
#: running text (at least, at most) may stand above it there (a list of teaser headlines
#: the body was started at may run fifteen lines or more above the story's byline)
_DEEP_BYLINE = 20
_DEEP_PROSE = (2, 3)
#: the longest first line of a dump that may be a headline even when it reads as a sentence
_FIRST_LINE_WORDS = 18
#: how many lines at the very top of the dump are headline candidates wherever the anchor is
_TOP_LINES = 3
#: distances beyond this many content lines all count the same
_FAR = 12

#: Feature weights. Hand-set first, then tuned by coordinate ascent on the
#: development corpora (``tools/tune_headline.py``); "threshold" is the
#: score a line must beat. "captioned" is set by :func:`_choose` and hand-set
#: (any weight from -1 to -3 gives the same choices on the development data).
#: "under_header" (a title printed right under a byline/date cluster that a short label
#: tops, see :func:`_label_above`) is hand-set too: from 2 to 2.5 it gives the same choices.
#: So is "below_crumbs" (a line right under a breadcrumb trail, see :func:`_is_trail`): as
#: much as a full overlap with the body; any weight from 2 to 10 loses no page. And so is
#: "related" (a link in a list under "Related articles", see :func:`_under_list_heading`):
#: any weight from -4 to -10 gives the same choices on the development data.
WEIGHTS: Dict[str, float] = {
    "abridged": 2.0,
    "after_mark": -0.2,
    "below_mark": 0.0,
    "below_prose": -5.0,
    "below_crumbs": 6.0,
    "below_section": 2.0,
    "below_title": -1.5,
    "captioned": -2.0,
    "caps": -8.5,
    "cjk_shape": 6.0,
    "code": -3.0,
    "colon_end": -6.0,
    "distance": -0.35,
    "distance_near": 0.0,
    "first": 0.25,
    "furniture": -5.0,
    "gap": -1.5,
    "inside": 1.75,
    "kicker_quote": -3.0,
    "long": -4.0,
    "meta": -9.0,
    "near_mark": 2.0,
    "overlap": 6.0,
    "period_end": -7.0,
    "prose": 0.25,
    "related": -8.0,
    "repeated": 0.75,
    "second": 0.0,
    "sentences": -4.0,
    "separators": -1.5,
    "short": -5.0,
    "teaser": -1.25,
    "threshold": -3.5,
    "title": 0.25,
    "top": 2.0,
    "under_header": 2.25,
    "words_2": -3.5,
    "words_21_25": 1.0,
    "words_3": -2.75,
    "words_4": -0.75,
    "words_5": 2.9,
    "words_6_20": 4.25,
}


def split_kicker_quote(text: str) -> Optional[Tuple[str, str]]:
    """Split a kicker glued to a pull quote; None when the line is not one."""
    if text.rstrip("\n")[-1:] not in _QUOTE_ENDS:
        return None  # the pattern ends on a closing quote mark
    m = _match_kicker_quote(text)
    if not m or word_count(m.group("kicker")) > 4:
        return None
    return m.group("kicker").strip(), m.group("quote")


def text_features(text: str) -> Dict[str, float]:
    """The features of a candidate line that depend on its text alone."""
    wc = word_count(text)
    cjk = 0 if text.isascii() else cjk_count(text)
    shape = _shape_features(text, wc, cjk)
    return _text_features(text, wc, is_prose(text, wc), is_titlelike(text, wc), fold(text), shape, cjk)


def _text_features(
    text: str, wc: int, prose: bool, titled: bool, folded: str, shape: Dict[str, float], cjk: int
) -> Dict[str, float]:
    """:func:`text_features`, given the line's word count, whether it is running text
    (:func:`is_prose`) and Title Case (:func:`is_titlelike`), its :func:`fold`, its
    :func:`_shape_features` (copied, not changed) and its count of CJK characters."""
    is_ascii = text.isascii()
    f = dict(shape)
    if titled:
        f["title"] = 1.0
    if text.endswith(":"):
        f["colon_end"] = 1.0
    elif text.endswith(_FULL_STOPS) and not text.endswith("..."):
        f["period_end"] = 1.0  # (the full stop of Chinese and Japanese too: "…を発表した。")
    elif text[-1:] in _QUOTE_ENDS and _quoted_sentence(text):
        f["period_end"] = 1.0  # a pull quote or a claim: “$5 a week is what it costs.”
    if folded in slex.SECTIONS or folded in blex.EXACT or _is_tag_list(text):
        f["furniture"] = 1.0
    if prose and not titled:
        f["prose"] = 2.0 if wc > 25 else 1.0
    if not titled and wc >= _SENTENCES_WORDS and _sentence_break(text):
        f["sentences"] = 1.0  # two sentences in sentence case: a standfirst
    if text.isupper() and wc > 2 and cjk < 6:
        f["caps"] = 1.0  # (a CJK line with a Latin acronym is "upper" too: it has no lower case)
    if "|" in text or " • " in text or " > " in text or " » " in text or " / " in text:
        f["separators"] = 1.0
    if "  " in text:
        f["furniture"] = 1.0  # toolbar items printed side by side: "Listen  Print  Comments"
    low = text.lower() if is_ascii else None  # (what the caseless patterns read)
    if "furniture" not in f and wc >= 3 and _sign_up(text, low) and _membership(text, low):
        f["furniture"] = 1.0  # the site's pitch: "Join Over 1 Million Premium Members"
    if (
        _looks_meta(text) or _credit_label(text, low) or (("ublica" in text or "UBLICA" in text) and _publication_label(text))
        or _home_crumb(text, low) or is_credit_only(text) or (len(text) <= _READING_CHARS and _reading_time(text, low))
    ):
        f["meta"] = 1.0
    if split_kicker_quote(text) is not None:
        f["kicker_quote"] = 1.0
    if _looks_code(text):
        f["code"] = 1.0
    return f


def _shape_features(text: str, wc: int, cjk: int) -> Dict[str, float]:
    """The first of :func:`_text_features`: the line's length (in words, or its shape when it
    has *cjk* CJK characters), given its word count *wc*.

    >>> _shape_features("Storms close the port", 4, 0), _shape_features("x" * 300, 1, 0)
    ({'words_4': 1.0}, {'short': 1.0, 'long': 1.0})
    """
    f: Dict[str, float] = {}
    if cjk >= 6:
        f["cjk_shape"] = (1.0 if len(text) >= _CJK_SHORT else 0.5) if len(text) <= 80 else -1.0
    elif wc < 2:
        f["short"] = 1.0
    elif wc <= 25:
        f[_SHAPE.get(wc, "words_6_20")] = 1.0
    elif wc > 32:
        f["long"] = 1.0
    if len(text) > 220:
        f["long"] = 1.0
    return f


def _is_tag_list(text: str) -> bool:
    """A list of tags: four or more short comma-separated items and no other punctuation.

    >>> _is_tag_list("Berlin, Demo, Polizei, Verkehr"), _is_tag_list("Rain, wind and snow close roads, schools, ports")
    (True, False)
    """
    return ", " in text and _tag_list(text) is not None and all(word_count(p) <= _TAG_WORDS for p in text.split(", "))


def _content_words(text: str) -> FrozenSet[str]:
    """Lower-cased words of four letters or more (stems cut at six), for overlap.

    >>> sorted(_content_words("Storms close the PORT, reopening Monday"))
    ['close', 'monday', 'port', 'reopen', 'storms']
    """
    low = text[:_OPENING].casefold()
    return frozenset(_ascii_stems(low) if low.isascii() else _stems(low))


def _opening_text(lines: Sequence[Line], start: int) -> str:
    """The body's opening that a candidate's words are looked for in: the running-text lines
    among the six from *start*, joined by spaces (no word spans two lines), cut at
    ``_OPENING`` characters and case-folded.

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Port reopens\\nThe port reopened on Monday after a week of storms, officials said.")
    >>> _opening_text(lines, 0)
    'the port reopened on monday after a week of storms, officials said.'
    """
    return " ".join([ln.text for ln in lines[start : start + 6] if ln.prose])[:_OPENING].casefold()


def _stem_in(stem: str, low: str) -> bool:
    """Is *stem* one of the :func:`_content_words` of *low*, a case-folded text? A stem of six
    letters opens a run of letters there; a shorter one is a whole run. (A letter is what
    ``[^\\W\\d_]`` matches: a character that is alphanumeric and no decimal digit.)

    >>> _stem_in("reopen", "the port reopened"), _stem_in("port", "ports reopen"), _stem_in("port", "airport, port")
    (True, False, True)
    >>> _stem_in("café", "le café²"), _stem_in("café", "le café—ouvert")
    (False, True)
    """
    n = len(stem)
    at = low.find(stem)
    while at >= 0:
        if at == 0 or not _is_letter(low[at - 1]):
            after = low[at + n : at + n + 1]
            if n == 6 or not _is_letter(after):
                return True
        at = low.find(stem, at + 1)
    return False


def _is_letter(c: str) -> bool:
    """Is *c* (one character, or none) a letter of a content word (``[^\\W\\d_]``)?

    >>> _is_letter("é"), _is_letter("²"), _is_letter("7"), _is_letter("_"), _is_letter("")
    (True, True, False, False, False)
    """
    return c.isalnum() and not c.isdecimal()


def _looks_code(text: str) -> bool:
    """Source code printed in the page: braces, arrows, assignments, escape sequences.

    >>> _looks_code("if (x == 1) { go(); }"), _looks_code(r"roses are red\\n violets are blue\\n"), _looks_code("Why $5 buys less")
    (True, True, False)
    """
    return _code_char(text) is not None and sum(map(text.count, _CODE_TOKENS)) >= 2


def score(features: Dict[str, float]) -> float:
    """The weighted sum of *features* under :data:`WEIGHTS`.

    >>> score({"title": 1.0, "no such feature": 5.0}) == WEIGHTS["title"]
    True
    """
    return _weighted_sum(features, WEIGHTS.get)


def _weighted_sum(features: Dict[str, float], weight: Callable[[str, float], float]) -> float:
    """``sum([weight(k, 0.0) * v for k, v in features.items()])``, added up in the same order
    (so to the same float), with no bytecode run per feature."""
    total: float = sum(map(mul, map(weight, features, repeat(0.0)), features.values()))
    return total


def score_line(text: str, distance: int) -> float:
    """How headline-like *text* is, *distance* content lines above the anchor."""
    f = text_features(text)
    f["distance"] = float(min(distance, _FAR))
    return score(f)


#: how a byline, a credit or a timestamp opens, and the longest of those openings
_META_OPENINGS = ("by ", "by:", "photo", "credit", "image", "courtesy", "posted", "updated", "published")
_META_PREFIX = max(map(len, _META_OPENINGS))


def _looks_meta(text: str) -> bool:
    """A byline, a timestamp, a credit or a breadcrumb trail rather than a title.

    >>> _looks_meta("Home » Garden » Vines » Bougainvilleas"), _looks_meta("Why vines climb")
    (True, False)
    """
    # the cheap tests first; only the line's opening is folded for the prefixes
    if "@" in text or text[:_META_PREFIX].casefold().startswith(_META_OPENINGS) or note_kind(text):
        return True
    if ("»" in text or "›" in text or ">" in text) and len(_crumbs(text)) >= 2:
        return True  # a breadcrumb trail
    if has_digit(text) is None:
        return False
    if len(_digits(text)) * 3 > len(text):
        return True
    dates = find_dates(text)
    return bool(dates) and sum(m.end - m.start for m in dates) * 3 >= len(text)


def _is_trail(text: str) -> bool:
    """A breadcrumb trail: two crumb separators or more, or the home link and one.

    >>> _is_trail("Home › News › Tech"), _is_trail("Accueil / Monde"), _is_trail("Rain > snow on Sunday")
    (True, True, False)
    """
    if _trail_char(text) is None:
        return False  # (the cheap test: both kinds of trail need a separator)
    if ("»" in text or "›" in text or ">" in text) and len(_crumbs(text)) >= 2:
        return True
    return _home_crumb(text, text.lower() if text.isascii() else None)


def _marks(draft: Draft) -> List[int]:
    """Header lines (byline, dates) that anchor the headline.

    A byline anywhere above the body counts, and so does one printed in the body's
    first lines under two or three lines of running text (the body was started at
    comments or a teaser above the story); a date line counts when it stands next
    to a byline or close to the body, not when it is a lone site-header date.
    """
    b0, b1 = draft.body
    roles = draft.roles
    hi = min(len(roles), b0 + 4) if b1 > b0 else len(roles)
    if b1 > b0:
        prose = 0
        for i in range(b0, min(b1, b0 + _DEEP_BYLINE)):
            if roles[i] in ("byline", "author_bio"):
                if i >= hi and prose >= _DEEP_PROSE[0]:
                    hi = i + 1
                break
            if draft.lines[i].prose:
                prose += 1
                if prose > _DEEP_PROSE[1]:
                    break
    bylines = [i for i, role in enumerate(roles[:hi]) if role in _BYLINE_ROLES]
    stamp = _timestamp_line(draft)
    lines = draft.lines
    out = []
    ages = []
    dated: List[int] = []
    for i, role in enumerate(roles[:hi]):
        if role in _BYLINE_ROLES or (
            role == "date" and (any(abs(i - j) <= 3 for j in bylines) or b0 - i <= 8 or i == stamp)
        ):
            out.append(i)
        elif role == FREE or role == "boilerplate" or role == "date":
            text = lines[i].text
            if len(text) > _READING_CHARS or has_digit(text) is None:
                continue  # both give a number
            if _is_reading_time(text):
                out.append(i)  # "5 min read": printed in the story's header, by the byline or the date
            elif role == FREE and _dated_byline(text):
                dated.append(i)  # "by jo on May 3, 2024": a byline the byline stage left, with its date
            elif len(text) <= _AGE_CHARS and _age_only(text):
                ages.append(i)
    if len(dated) == 1 and not any(
        roles[j] == "byline" and j != dated[0] and len(lines[j].text) <= _READING_CHARS and _dated_byline(lines[j].text) for j in range(hi)
    ):
        out = sorted(out + dated)  # (a run of them signs a list of teaser cards)
    if len(ages) == 1:
        # one line giving an age ("2 hours ago") is the story's; a run of them dates a teaser list
        out = sorted(out + ages)
    return out


#: the most words between "by" and the date of a :func:`_dated_byline` ("by Jo Roe on")
_BYLINE_NAME_WORDS = 5


def _dated_byline(text: str) -> bool:
    """A short line opened by "by" that gives a date: a blog's "by NAME on DATE" header line.

    A name stands between "by" and the date: "By March 3 the port will close" is a sentence.

    >>> _dated_byline("by oz on December 4, 2006"), _dated_byline("By Jo Roe, May 3, 2024")
    (True, True)
    >>> _dated_byline("By March 3, 2024 the port will close"), _dated_byline("By 2030 the port will close")
    (False, False)
    """
    if text[:3].lower() != "by ":
        return False
    dates = find_dates(text)
    if not dates:
        return False
    name = text[3 : dates[0].start].split()
    return 1 <= len(name) <= _BYLINE_NAME_WORDS and _has_letter(name[0]) is not None


def _is_reading_time(text: str) -> bool:
    """A short line giving the article's reading time.

    >>> _is_reading_time("Oct 19, 2016 · 10 min read"), _is_reading_time("Lesezeit: 3 Min."), _is_reading_time("Read more")
    (True, True, False)
    """
    return len(text) <= _READING_CHARS and _reading_time(text, text.lower() if text.isascii() else None)


def _timestamp_line(draft: Draft) -> int:
    """The line of the published date when it gives a time of day, else -1.

    A masthead prints today's date bare ("Tuesday, 3 March 2020"); the time of
    day ("3 March 2020, 17:29") belongs to the story's own timestamp, printed in
    its header under the title however far the page's menus and teasers push
    the body down.
    """
    pub = draft.article.published
    if pub is None or not isinstance(pub.value, _dt.datetime):
        return -1
    i = _line_at(draft.lines, pub.span.start)
    return i if i >= 0 and draft.roles[i] == "date" else -1


def _line_at(lines: Sequence[Line], offset: int) -> int:
    """The index of the last line that starts at or before *offset* (-1 when none).

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Rain ends drought\\nBy Li Wei")
    >>> _line_at(lines, 0), _line_at(lines, 20), _line_at(lines, 99)
    (0, 1, 1)
    """
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if lines[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


class _Candidate(NamedTuple):
    """A headline candidate as the first pass of :func:`_survey` leaves it: what its place
    among the other lines gives (read from line to line), and its cheap features."""

    line: int
    inside: bool
    #: the features of its place, in the order :func:`candidates` gives them ("distance" … "near_mark")
    placed: Dict[str, float]
    #: every feature known before the costly ones: its length, *placed*, and the flags "gap",
    #: "below_section", "below_title", "abridged" and "related" read from the lines around it
    cheap: Dict[str, float]
    #: its length features (:func:`_shape_features`), worked out once for both passes
    shape: Dict[str, float]
    #: how many CJK characters it has (0 for an ASCII line)
    cjk: int


#: the features the second pass of :func:`_survey` adds (its text's other features, then
#: those read from the lines around it and from the body), and the largest value each takes
#: (1.0 when not listed): a line's score is at most its cheap features' plus the largest
#: positive contribution of each of these under :data:`WEIGHTS`
_COSTLY = ("title", "colon_end", "period_end", "furniture", "prose", "sentences", "caps", "separators",
           "meta", "code", "teaser", "repeated", "overlap")
_MAX_VALUE = {"prose": 2.0}
#: how far below the best score found a bound must be for its line to be passed over (far
#: more than the rounding of a sum of a few dozen features in another order)
_SLACK = 1e-6


def _costly_bound() -> float:
    """The most the features of :data:`_COSTLY` can add to a line's score under :data:`WEIGHTS`."""
    return sum(max(0.0, WEIGHTS.get(k, 0.0) * _MAX_VALUE.get(k, 1.0)) for k in _COSTLY)


def candidates(
    lines: Sequence[Line], roles: Sequence[str], marks: Sequence[int], stop: int, text_count: Callable[[str], int]
) -> List[Tuple[int, Dict[str, float]]]:
    """Every line that may be the headline, with its features.

    *text_count* counts a string's occurrences in the whole input (a headline
    is often printed twice: in a breadcrumb, a share link, a sticky header).
    """
    found, features = _survey(lines, roles, marks, stop, text_count)
    return [(c.line, features(c)) for c in found]


def _survey(
    lines: Sequence[Line], roles: Sequence[str], marks: Sequence[int], stop: int, text_count: Callable[[str], int]
) -> Tuple[List[_Candidate], Callable[[_Candidate], Dict[str, float]]]:
    """The headline candidates in two passes: the lines that may be the headline with what
    their place and length give (the state carried from line to line is read here), and
    the function that gives a candidate's every feature, in :func:`candidates`' order.
    The second pass is costly: :func:`_choose` runs it only on lines whose best possible
    score could still win."""
    n = len(lines)
    free_before = list(accumulate(map(FREE.__eq__, roles), initial=0))  # free lines before index k
    top = min(marks) if marks else stop
    first_mark = min(marks) if marks else None
    sorted_marks = sorted(marks)
    # a line's Title Case, fold and words are asked for more than once (as itself, and above,
    # below or in the body's opening under another candidate)
    titled: Dict[int, bool] = {}
    folded: Dict[int, str] = {}
    content: Dict[int, FrozenSet[str]] = {}
    ends: Dict[int, Tuple[str, str]] = {}

    def is_titled(k: int) -> bool:
        """``is_titlelike(lines[k].text, lines[k].words)``, computed once."""
        t = titled.get(k)
        if t is None:
            ln = lines[k]
            t = titled[k] = is_titlelike(ln.text, ln.words)
        return t

    def fold_of(k: int) -> str:
        """``fold(lines[k].text)``, computed once (by the blocks stage for a short line)."""
        t = folded.get(k)
        if t is None:
            t = folded[k] = line_fold(lines[k])
        return t

    def ends_of(k: int) -> Tuple[str, str]:
        """``_ends(lines[k].text)``, computed once."""
        t = ends.get(k)
        if t is None:
            t = ends[k] = _ends(lines[k].text)
        return t

    def words_of(k: int) -> FrozenSet[str]:
        """``_content_words(lines[k].text)``, computed once."""
        t = content.get(k)
        if t is None:
            t = content[k] = _content_words(lines[k].text)
        return t

    out: List[_Candidate] = []
    cased: Set[int] = set()  # titles in capitals whose own case a trail above prints
    last_long = False  # whether the last candidate has a title's length
    abridged = -1  # the line a breadcrumb above printed cut short
    prose_seen = 0  # running-text lines above, inside the body
    # the window is bounded, so a dump of a million short lines costs what a page does
    lo = max(0, top - _REACH)
    window = range(lo, min(n, stop + _INTO_BODY, top + _MAX_SPAN))
    # the first lines of the dump too, however far above the anchor: an article's dump often opens on its title
    for i in [*range(min(lo, _TOP_LINES)), *window]:
        if roles[i] != FREE:
            continue
        ln = lines[i]
        if ln.words >= 3:
            full = _crumb_tail(ln.text, lines, i)
            if full is not None:
                abridged = full
                continue  # a breadcrumb trail ending in the title printed below it
        inside = i >= stop
        above = 0
        if inside:
            if prose_seen >= _PROSE_ABOVE:
                break  # below the story's running text the headline is not looked for
            above = prose_seen
            if ln.prose and not ln.text.endswith(_CUT_ENDS) and not note_kind(ln.text):
                prose_seen += 1  # (a teaser cut short, "Storms close the port as ..", is no running text)
        if first_mark is not None and i > first_mark and ln.text.endswith(_FULL_STOPS):
            continue  # a sentence below the byline is body text, not a headline
        # may a line inside the body's first lines still be the headline? (a question or
        # exclamation may: "How does the brain …?")
        if inside and not (
            (free_before[i] == 0 and ln.words <= _FIRST_LINE_WORDS)
            or not ln.prose
            or (ln.words <= 20 and not ln.text.endswith(_FULL_STOPS))
            or is_titled(i)
        ):
            continue
        if ln.text[-1:] in _QUOTE_ENDS and split_kicker_quote(ln.text) is not None:
            continue  # a kicker glued to a pull quote stands above the headline
        if ln.text.endswith(_ELLIPSES):
            full = _cut_copy(ln.text, lines, i)
            if full is not None:
                abridged = full
                continue  # a breadcrumb cut short, above the whole title
        elif ln.words >= 3:
            full = _title_opening(ln.text, lines, i)
            if full is not None:
                abridged = full
                continue  # a sticky header or a crumb: the title's part before its colon
        k = bisect.bisect_right(sorted_marks, i)
        # the next byline or date below, else the body start; the dump's opening line, when the
        # body starts right under it, is as near the body as a line can be
        nxt = sorted_marks[k] if k < len(sorted_marks) else (stop if stop > i else (i + 1 if i == 0 else n))
        distance = free_before[nxt] - free_before[i + 1]
        f: Dict[str, float] = {"distance": float(min(distance, _FAR)), "distance_near": float(min(distance, 3))}
        if i < lo:
            f["top"] = 1.0
        if first_mark is not None and i > first_mark:
            f["after_mark"] = 1.0
            # under a byline the headline is counted from it ("By Jane Roe" / headline / deck)
            f["below_mark"] = float(min(free_before[i] - free_before[sorted_marks[k - 1] + 1], _FAR))
            if (
                inside and k == len(sorted_marks) and i == sorted_marks[k - 1] + 1
                and _label_above(lines, sorted_marks, k - 1)
            ):
                # right under the last line of a byline/date cluster that opens the body: the
                # header of a page that prints the byline and date first, then the title; the
                # line has no anchor below it to be near ("By Jo Roe" / "May 3" / the headline)
                f["under_header"] = 1.0
        if inside:
            f["inside"] = 1.0
            if above:
                f["below_prose"] = float(above)  # teaser text may stand above a page's headline
        if free_before[i] == 0 and ln.words >= 4:
            f["first"] = 1.0
        elif free_before[i] == 1 and ln.words >= 4:
            f["second"] = 1.0
        if k < len(sorted_marks) and sorted_marks[k] - i <= 3:
            f["near_mark"] = 1.0
        text = ln.text
        cjk = 0 if text.isascii() else cjk_count(text)
        shape = _shape_features(text, ln.words, cjk)
        cheap = {**shape, **f}
        if ln.gap and i > 0:
            cheap["gap"] = 1.0  # a blank line above (not the start of the input)
        if i > 0 and roles[i - 1] == FREE and fold_of(i - 1) in slex.SECTIONS:
            cheap["below_section"] = 1.0  # "Opinion" / the headline
        if (
            i > 0
            and _is_trail(lines[i - 1].text)
            and not _is_trail(ln.text)
            and not (
                i + 1 < n
                and roles[i + 1] == FREE
                and not lines[i + 1].prose
                and lines[i + 1].words >= 4
                and len(lines[i + 1].text) <= len(text)
            )
            and not _labelled(text)
        ):
            # (a title-shaped line no longer than it under it is the title, and this one a
            # caption or a teaser, as is a "Trending: …" line; a longer one is the deck)
            cheap["below_crumbs"] = 1.0  # "Home › News › Tech" / the headline (the trail is no title above it)
        elif last_long and out[-1].line == i - 1:
            cheap["below_title"] = 1.0  # the deck under a headline, rather than the headline
        if i == abridged:
            cheap["abridged"] = 1.0
        elif ln.words >= 3 and text.isupper() and _cased_trail_above(lines, roles, i) >= 0:
            # "Home › Garden › Pond lilies open early" / "POND LILIES OPEN EARLY": the page's
            # title, upper-cased by its template (the trail names it, and no capitals count)
            cheap["abridged"] = 1.0
            cased.add(i)
        if (
            i != stop
            and not (k < len(sorted_marks) and sorted_marks[k] == i + 1)
            and not (i + 1 < n and (lines[i + 1].prose or roles[i + 1] != FREE))  # (a deck, the story, a byline or caption under it: the title)
            and _under_list_heading(lines, i, fold_of)
        ):
            # "Related articles" / a teaser title (but a list ends where a story starts: the
            # line right above its byline or date, or the body's first, is the story's own)
            cheap["related"] = 1.0
        out.append(_Candidate(i, inside, f, cheap, shape, cjk))
        last_long = not _TITLE_LENGTHS.isdisjoint(shape)

    body_text: List[str] = []  # the body's opening (:func:`_opening_text`), read once asked for

    def overlap_of(i: int, low: str) -> Optional[float]:
        """The share of line *i*'s content words that the body's opening repeats, given the
        opening's :func:`_opening_text` *low*, or None: each of the line's words is looked for
        there (:func:`_stem_in`), rather than the opening's every word gathered first."""
        if _four_letters(low) is None:
            return None  # (the opening has no content word)
        words = words_of(i)
        if len(words) < 2:
            return None  # one word shared with the body says nothing ("Help", "Sport")
        return sum(1 for w in words if _stem_in(w, low)) / len(words)

    def features(c: _Candidate) -> Dict[str, float]:
        """Every feature of candidate *c*, in the order of :func:`candidates`."""
        i = c.line
        ln = lines[i]
        f = _text_features(ln.text, ln.words, ln.prose, is_titled(i), fold_of(i), c.shape, c.cjk)
        if i in cased:
            f.pop("caps", None)
        f.update(c.placed)
        if "furniture" not in f and _in_button_run(lines, i, ends_of):
            f["furniture"] = 1.0
        # a title line above another (a title printed twice is no teaser above its copy)
        if (
            i + 1 < n and roles[i + 1] == FREE and not lines[i + 1].prose and is_titled(i + 1)
            and lines[i + 1].text != ln.text
        ):
            f["teaser"] = 1.0
        cheap = c.cheap
        if "gap" in cheap:
            f["gap"] = 1.0  # a blank line above (not the start of the input)
        if "below_section" in cheap:
            f["below_section"] = 1.0  # "Opinion" / the headline
        if "below_crumbs" in cheap:
            f["below_crumbs"] = 1.0  # "Home › News › Tech" / the headline
        if "below_title" in cheap:
            f["below_title"] = 1.0  # the deck under a headline, rather than the headline
        if ln.words >= 3 and text_count(ln.text) >= 2:
            f["repeated"] = 1.0
        if "abridged" in cheap:
            f["abridged"] = 1.0
        if "related" in cheap:
            f["related"] = 1.0  # in a list of links under "Related articles"
        if c.inside:
            # the body's opening is what follows this line, not the line itself
            overlap = overlap_of(i, _opening_text(lines, i + 1))
        else:
            if not body_text:
                body_text.append(_opening_text(lines, stop))
            overlap = overlap_of(i, body_text[0])
        if overlap is not None:
            f["overlap"] = overlap
        return f

    return out, features


def _under_list_heading(lines: Sequence[Line], i: int, fold_of: Callable[[int], str]) -> bool:
    """True when line *i* stands in a list of links under a heading such as "Related
    articles", "Read more" or "Most read" (*fold_of* a line's index gives its :func:`fold`):
    at most :data:`_LIST_REACH` lines below it, with no running text or menu item between,
    and another link above or right below it.

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Related articles\\nFerry fares rise\\nPort reopens after storm")
    >>> _under_list_heading(lines, 2, lambda k: fold(lines[k].text)), _under_list_heading(lines, 0, lambda k: fold(lines[k].text))
    (True, False)
    >>> lines, _ = split_lines("Most read\\nPort reopens after storm\\nAnalysis\\nBy Ann Roe")
    >>> _under_list_heading(lines, 1, lambda k: fold(lines[k].text))
    False
    """
    for k in range(i - 1, max(-1, i - 1 - _LIST_REACH), -1):
        ln = lines[k]
        if ln.words <= _LIST_HEADING_WORDS and fold_of(k) in _LIST_HEADINGS:
            # a list has two links or more: one line alone under the heading, with no link
            # under it either, is more likely the story's title under a stray heading
            return k < i - 1 or (i + 1 < len(lines) and _link_shaped(lines[i + 1]))
        if not _link_shaped(ln):
            return False  # running text, or a menu item: the list is over
    return False


def _link_shaped(ln: Line) -> bool:
    """Could line *ln* be a link in a list of stories: three to :data:`_LIST_LINK_WORDS`
    words, no running text?"""
    return not ln.prose and 3 <= ln.words <= _LIST_LINK_WORDS


def _label_above(lines: Sequence[Line], marks: Sequence[int], k: int) -> bool:
    """True when the line above the run of header lines ending at ``marks[k]`` (a byline or date
    cluster, each line right under the last) is a short label, a section or a tag of at most
    :data:`_TAG_WORDS` words, rather than a title (or when nothing is above it), and the label
    is no kicker under a lone title (a title-shaped line over it with no other one above).

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Gardening\\nBy Ann Roe\\nMay 3, 2025\\nPond lilies open early")
    >>> _label_above(lines, [1, 2], 1), _label_above(lines[1:], [0, 1], 1)
    (True, True)
    >>> lines, _ = split_lines("Pond lilies open early\\nBy Ann Roe\\nMay 3, 2025\\nKit: waders")
    >>> _label_above(lines, [1, 2], 1)
    False
    >>> lines, _ = split_lines("Menu\\nPond lilies open early\\nAnalysis\\nBy Ann Roe\\nMay 3, 2025\\nA deck")
    >>> _label_above(lines, [3, 4], 1)
    False
    """
    top = marks[k]
    while k > 0 and marks[k - 1] == top - 1:
        k, top = k - 1, top - 1
    if top == 0:
        return True
    if lines[top - 1].words > _TAG_WORDS:
        return False
    # a label under a lone title is its kicker ("Pond lilies open early" / "Analysis" / "By …");
    # under a rail of teaser titles it is the page's section
    j = top - 1
    return not (j >= 1 and lines[j - 1].words > _TAG_WORDS and not (j >= 2 and lines[j - 2].words > _TAG_WORDS))


def _ends(text: str) -> Tuple[str, str]:
    """The first and the last word of *text*, when it has two to :data:`_BUTTON_WORDS`
    words (runs between spaces); else empty."""
    words = text.split()
    return (words[0], words[-1]) if 2 <= len(words) <= _BUTTON_WORDS else ("", "")


def _in_button_run(lines: Sequence[Line], i: int, ends_of: Callable[[int], Tuple[str, str]]) -> bool:
    """True when line *i* stands in a run of three short lines that open or close on the
    same word (*ends_of* a line's index gives its :func:`_ends`): a share bar or a menu
    ("Facebook share" / "Twitter share" / "Email share").

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Share on Facebook\\nShare on X\\nShare by email\\nRain closes roads")
    >>> _in_button_run(lines, 2, lambda k: _ends(lines[k].text)), _in_button_run(lines, 3, lambda k: _ends(lines[k].text))
    (True, False)
    """
    ends = ends_of(i)
    if not ends[0]:
        return False
    n = len(lines)
    for side, mine in enumerate(ends):
        run, k = 1, i - 1
        while k >= 0 and run < 3 and ends_of(k)[side] == mine:
            run, k = run + 1, k - 1
        k = i + 1
        while k < n and run < 3 and ends_of(k)[side] == mine:
            run, k = run + 1, k + 1
        if run >= 3:
            return True
    return False


def _cut_copy(text: str, lines: Sequence[Line], i: int) -> Optional[int]:
    """The index of the line that *text* (line *i*, ending in an ellipsis) is the opening
    of, cut short, among the next two ("Ferry to resume …" above "Ferry to resume
    service in May"), or None."""
    head = text.rstrip(".… ")
    if len(head) < _CUT_MIN:
        return None
    for ln in lines[i + 1 : i + 3]:
        if ln.text.startswith(head) and len(ln.text) > len(head) + 1:
            return ln.index
    return None


def _labelled(text: str) -> bool:
    """Does *text* open with a one-word label and a colon ("Trending: …", "Live: …")?

    >>> _labelled("Trending: Storm warning issued"), _labelled("Storm warning: what to do")
    (True, False)
    """
    colon = text.find(":", 0, 12)
    return colon > 0 and " " not in text[:colon]


def _crumb_tail(text: str, lines: Sequence[Line], i: int) -> Optional[int]:
    """The index of the line among the next :data:`_CRUMB_REACH` that *text* (line *i*, a
    breadcrumb trail) ends with, after a crumb separator ("Home » Rail » Ferry to resume
    service in May" above "Ferry to resume service in May"), or None: the trail's last
    item is the page's own title. A trail opened by the home link may be glued to the title
    with no separator ("Home News Ferry to resume …"), and so may at most :data:`_GLUED_WORDS`
    words with not even a space ("Your newsFerry to resume …": a trail or a kicker glued to
    a copy; "Why the Ferry to resume …" is a sentence).

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Home/Travel/Ferry to resume service in May\\nFerry to resume service in May")
    >>> _crumb_tail(lines[0].text, lines, 0), _crumb_tail("Kent/Ferry to resume service in May", lines, 1)
    (1, None)
    >>> _crumb_tail("Kent newsFerry to resume service in May", lines, 0)
    1
    >>> _crumb_tail("Islanders said on Monday that the Ferry to resume service in May", lines, 0) is None
    True
    """
    for ln in lines[i + 1 : i + 1 + _CRUMB_REACH]:
        tail = ln.text
        if ln.words >= 3 and len(text) > len(tail) and text.endswith(tail):
            head = text[: -len(tail)]
            glued = not head[-1].isspace() and len(head.split()) <= _GLUED_WORDS
            trail = head.rstrip(" \xa0")[-1:] in _CRUMB_SEPARATORS or _home_opening(head) is not None
            return ln.index if trail or glued else None
    return None


def _cased_title_cut(text: str, lines: Sequence[Line], i: int) -> Tuple[int, int]:
    """Where the page's title starts in *text* (line *i*), a breadcrumb trail glued to the
    title, when one of the next :data:`_CRUMB_REACH` lines is that title in capitals (a
    page that shows its title upper-cased prints it so in its text; the trail keeps the
    title's own case), and the index of that line; ``(0, -1)`` when it is not such a line.
    The part before the title is a trail as :func:`_crumb_tail` reads one: it ends with a
    crumb separator, opens with the home link, or is at most :data:`_GLUED_WORDS` words
    glued to the title with no space.

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Home Garden Pond lilies open early\\nGARDEN\\nPOND LILIES OPEN EARLY")
    >>> _cased_title_cut(lines[0].text, lines, 0)
    (12, 2)
    >>> lines, _ = split_lines("Why the pond lilies open early\\nPOND LILIES OPEN EARLY")
    >>> _cased_title_cut(lines[0].text, lines, 0)
    (0, -1)
    """
    for ln in lines[i + 1 : i + 1 + _CRUMB_REACH]:
        tail = ln.text
        if ln.words >= 3 and len(text) > len(tail) and tail.isupper():
            cut = len(text) - len(tail)
            title = text[cut:]
            if title.isupper() or title.upper() != tail:
                continue
            head = text[:cut]
            glued = not head[-1].isspace() and len(head.split()) <= _GLUED_WORDS
            trail = head.rstrip(" \xa0")[-1:] in _CRUMB_SEPARATORS or _home_opening(head) is not None
            return (cut, ln.index) if trail or glued else (0, -1)
    return 0, -1


def _cased_trail_above(lines: Sequence[Line], roles: Sequence[str], h: int) -> int:
    """The index of a free or boilerplate line among the :data:`_CRUMB_REACH` above line *h*,
    a title in capitals, that is a trail ending in that title in its own case
    (:func:`_cased_title_cut`), or -1.

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Home › Garden › Pond lilies open early\\nPOND LILIES OPEN EARLY")
    >>> _cased_trail_above(lines, ["boilerplate", FREE], 1), _cased_trail_above(lines, ["caption", FREE], 1)
    (0, -1)
    """
    for j in range(h - 1, max(-1, h - 1 - _CRUMB_REACH), -1):
        if roles[j] == FREE or roles[j] == "boilerplate":
            cut, k = _cased_title_cut(lines[j].text, lines, j)
            if cut and k == h:
                return j
    return -1


def _title_opening(text: str, lines: Sequence[Line], i: int) -> Optional[int]:
    """The index of the line among the next :data:`_OPENING_REACH` that *text* (line *i*) opens,
    followed by a colon ("Harbour Live, Ferries vs Storm" above "Harbour Live, Ferries vs
    Storm: Crossings cancelled until Friday"), or None.

    >>> from newsparse.blocks import split_lines
    >>> lines, _ = split_lines("Ferry Live, Port vs Storm\\nBy Jo Roe\\nFerry Live, Port vs Storm: crossings cancelled")
    >>> _title_opening(lines[0].text, lines, 0), _title_opening(lines[1].text, lines, 1)
    (2, None)
    """
    if len(text) < _CUT_MIN:
        return None
    head = text + ":"
    for ln in lines[i + 1 : i + 1 + _OPENING_REACH]:
        if ln.text.startswith(head) and len(ln.text) > len(head) + 1:
            return ln.index
    return None


def _choose(
    lines: Sequence[Line],
    roles: Sequence[str],
    marks: Sequence[int],
    stop: int,
    text_count: Callable[[str], int],
    captioned: Collection[int] = (),
) -> Optional[int]:
    """The index of the best headline candidate, or None; lines in *captioned* were
    taken as captions and carry the ``captioned`` feature."""
    found, features = _survey(lines, roles, marks, stop, text_count)
    # a line's score is at most its bound: the lines are scored best bound first, and once no
    # bound left can reach the best score found the rest are passed over (the choice is the one
    # scoring every line gives: the best score above the threshold, the first line of it on a tie)
    costly = _costly_bound()
    weight = WEIGHTS.get
    captioned_weight = weight("captioned", 0.0)
    # (:func:`score` of the cheap features: it runs on every candidate)
    bounds = [
        _weighted_sum(c.cheap, weight) + costly + (captioned_weight if c.line in captioned else 0.0)
        for c in found
    ]
    best, best_score = None, WEIGHTS["threshold"]
    for j in sorted(range(len(found)), key=bounds.__getitem__, reverse=True):
        if bounds[j] < best_score - _SLACK:
            break
        c = found[j]
        i = c.line
        f = features(c)
        if i in captioned:
            f["captioned"] = 1.0
        s = score(f)
        if s > best_score or (s == best_score and best is not None and i < best):
            best, best_score = i, s
    return best


def _captioned_titles(draft: Draft) -> Dict[int, int]:
    """Lines the captions stage took only because a photo credit stands alone on the next
    line ("<title>" / "Getty Images"), by line index, with their caption's index. An
    image between the headline and the byline puts its credit right under the headline;
    such a line stays a headline candidate, at the cost of the ``captioned`` feature.
    """
    out: Dict[int, int] = {}
    captions = draft.article.captions
    if not captions:
        return out
    lines = draft.lines
    by_start = {ln.start: ln for ln, role in zip(lines, draft.roles) if role == "caption"}
    for k, cap in enumerate(captions):
        ln = by_start.get(cap.span.start)
        if ln is None or cap.text_span != ln.span or cap.credit_span is None or cap.alt_text is not None:
            continue
        if ln.index + 1 >= len(lines) or ends_sentence(ln.text):
            continue
        nxt = lines[ln.index + 1]
        if nxt.start <= cap.credit_span.start <= nxt.end:
            out[ln.index] = k
    return out


def _caption_repeats(draft: Draft, top: int) -> FrozenSet[int]:
    """Lines above *top* (the first byline or date) set aside as a copy of a caption's
    text: when the lead image's caption or alt text is the headline, the headline
    itself is such a copy, so these stay headline candidates."""
    if not draft.article.captions:
        return frozenset()
    texts = {c.text for c in draft.article.captions}
    roles = draft.roles
    return frozenset(ln.index for ln in draft.lines[:top] if roles[ln.index] == "boilerplate" and ln.text in texts)


def _unclaim(draft: Draft, i: int) -> Draft:
    """*draft* with line *i*, set aside whole as boilerplate, free again."""
    span = draft.lines[i].span
    roles = list(draft.roles)
    roles[i] = FREE
    blocks = tuple(b for b in draft.blocks if not (b.kind == "boilerplate" and b.span == span))
    return evolve(draft, roles=tuple(roles), blocks=blocks)


def _uncaption(draft: Draft, k: int, i: int) -> Draft:
    """*draft* with line *i* freed from caption *k*, which keeps its credit line as a
    caption of its own (an image whose printed caption is only its credit).

    With :func:`_unclaim`, the one place where a stage revises an earlier stage's
    claim: only the headline search can tell a title above a photo credit from a
    caption. A new draft is built; nothing is changed in place."""
    cap = draft.article.captions[k]
    if cap.credit is None or cap.credit_span is None:
        return draft  # not a caption :func:`_captioned_titles` gives
    nxt = draft.lines[i + 1]
    credit_only = Caption(
        text=cap.credit, span=Span(nxt.start, cap.span.end), text_span=cap.credit_span,
        credit=cap.credit, credit_span=cap.credit_span,
    )
    roles = list(draft.roles)
    roles[i] = FREE
    blocks = [b for b in draft.blocks if not (b.kind == "caption" and b.span == cap.span)]
    blocks.append(Block("caption", credit_only.span))
    captions = list(draft.article.captions)
    captions[k] = credit_only
    article = evolve(draft.article, captions=tuple(captions))
    return evolve(draft, roles=tuple(roles), blocks=tuple(blocks), article=article)


def body_start(draft: Draft, marks: Sequence[int]) -> int:
    """Where the headline search stops: the body start, or a byline/date printed
    in the body's first lines (running text above it is teasers and menus)."""
    b0, b1 = draft.body
    if b1 <= b0:
        return len(draft.lines)
    inside = [m for m in marks if b0 <= m < min(b1, b0 + _MARK_DEPTH)]
    return inside[0] if inside else b0


def find(draft: Draft) -> Draft:
    """Pipeline stage: claim the headline and the kicker, pull quote, deck and section near it."""
    lines, roles = draft.lines, draft.roles
    if not lines:
        return draft
    marks = _marks(draft)
    stop = body_start(draft, marks)
    text = draft.text
    titled = _captioned_titles(draft)
    repeats = _caption_repeats(draft, min(marks) if marks else stop)
    choose_roles: Sequence[str] = roles
    if titled or repeats:
        choose_roles = [FREE if i in titled or i in repeats else r for i, r in enumerate(roles)]
    h = _choose(lines, choose_roles, marks, stop, lambda s: text.count(s, 0, _COUNT_REACH), titled)
    if h is None:
        return draft
    if h in titled:
        draft = _uncaption(draft, titled[h], h)
    elif h in repeats:
        draft = _unclaim(draft, h)
    lines, roles = draft.lines, draft.roles
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {}
    changes: Dict[str, object] = {}
    copy = -1  # a title in capitals whose own case the trail above it prints
    if lines[h].text.isupper():
        j = _cased_trail_above(lines, roles, h)
        # (a trail set aside as boilerplate is freed only when it was set aside whole)
        if j >= 0 and (roles[j] == FREE or any(b.kind == "boilerplate" and b.span == lines[j].span for b in draft.blocks)):
            if roles[j] == "boilerplate":
                draft = _unclaim(draft, j)
                roles = draft.roles
            claims[h] = whole("boilerplate", lines[h])
            copy, h = h, j
    hl = lines[h]
    htext, hstart = hl.text, hl.start
    blocks: List[Block] = []
    cut = _cased_title_cut(htext, lines, h)[0]
    if cut:
        # a breadcrumb trail glued to the title ("Home Garden Pond lilies …" over "POND LILIES …")
        crumbs = htext[:cut].rstrip()
        blocks.append(Block("boilerplate", Span(hstart, hstart + len(crumbs))))
        htext, hstart = htext[cut:], hstart + cut
    caps = _match_caps_kicker(htext)
    # the kicker has two words, not counting numbers ("IPL 2020 Live Score" is a title's opening)
    if caps and sum(1 for w in caps.group("kicker").split() if _has_letter(w)) >= 2 and word_count(htext) - len(caps.group("kicker").split()) >= 3:
        k = caps.group("kicker").strip()
        changes["kicker"] = Field(k, Span(hstart, hstart + len(k)))
        blocks.append(Block("kicker", Span(hstart, hstart + len(k))))
        cut = caps.end("kicker")
        htext, hstart = htext[cut:], hstart + cut
    changes["headline"] = Field(htext, Span(hstart, hl.end))
    blocks.append(Block("headline", Span(hstart, hl.end)))
    claims[h] = ("headline", tuple(blocks))
    # above: a kicker (maybe glued to a pull quote) or a section
    above = h - 1
    while above >= 0 and roles[above] != FREE and roles[above] == "boilerplate" and h - above <= 2:
        above -= 1
    if above >= 0 and roles[above] == FREE:
        al = lines[above]
        kq = split_kicker_quote(al.text)
        if kq is not None and "kicker" not in changes:
            k, q = kq
            ks = al.start + al.text.index(k)
            qs = al.start + al.text.rindex(q)
            changes["kicker"] = Field(k, Span(ks, ks + len(k)))
            changes["pull_quote"] = Field(q, Span(qs, qs + len(q)))
            claims[above] = ("kicker", (Block("kicker", Span(ks, ks + len(k))), Block("pull_quote", Span(qs, qs + len(q)))))
        elif fold(al.text) in slex.SECTIONS and draft.article.section is None:
            changes["section"] = Field(al.text, al.span)
            claims[above] = whole("section", al)
        elif (
            "kicker" not in changes
            and word_count(al.text) <= 5
            and not ends_sentence(al.text)
            and not al.text.endswith(":")
            and fold(al.text) not in blex.EXACT
            and al.gap is False
            and _has_word(al.text)
            and not _menu_tail(lines, roles, above)
        ):
            changes["kicker"] = Field(al.text, al.span)
            claims[above] = whole("kicker", al)
    # below: the deck, between the headline and the byline/date cluster or the body
    # (under the title in capitals, when the trail above it gave the headline)
    last = max(h, copy)
    anchor = next((m for m in marks if m > last), stop)
    for i in range(last + 1, min(len(lines), max(anchor, last + 1) + 1)):
        if roles[i] != FREE:
            continue
        text = lines[i].text
        if i >= anchor and not (i == last + 1 and _deck_shaped(text, lines, roles, i)):
            break
        if word_count(text) >= 5 and not text.endswith(":"):
            changes["deck"] = Field(text, lines[i].span)
            claims[i] = whole("deck", lines[i])
        break
    return claim(draft, claims, **changes)


def _menu_tail(lines: Sequence[Line], roles: Sequence[str], i: int) -> bool:
    """True when line *i* ends a run of short menu-like lines ("News", "Sport", "About")."""
    j = i - 1
    return j >= 0 and roles[j] in (FREE, "boilerplate") and not lines[i].gap and lines[j].words <= 3 and not lines[j].prose


def _deck_shaped(text: str, lines: Sequence[Line], roles: Sequence[str], i: int) -> bool:
    """A line right below the headline that reads as a standfirst, not a first paragraph."""
    if ends_sentence(text) or word_count(text) < 8:
        return False
    nxt = next((ln for ln in lines[i + 1 :] if roles[ln.index] == FREE), None)
    return nxt is not None and is_prose(nxt.text)
