"""Small pure helpers on strings shared by the stages.

>>> fold("  Share this article: ")
'share this article'
>>> word_count("Blinken to Bibi: U.S. very concerned")
6
>>> is_prose("The port reopened on Monday after a week of storms, officials said.")
True
>>> is_prose("Port reopens after storms")
False
"""

from __future__ import annotations

import functools
import re as _re
from typing import Iterable, List, Optional, Tuple

import regex

__all__ = ["alternation", "cjk_count", "ends_sentence", "fold", "has_digit", "is_prose", "is_titlelike", "line_measures", "may_open_titled", "post_signature", "title_ratio", "word_count", "words_and_prose"]

_PATTERNS = {
    # characters stripped from both ends of a folded line: punctuation, bullets, counts.
    # The tail is searched right to left (REVERSE): a forward "[…]+$" retries at every
    # position of a long run that is followed by a letter, which is quadratic.
    "fold_head": regex.compile(r"^[\s\p{P}\p{S}\d]+"),
    "fold_tail": regex.compile(r"[\s\p{P}\p{S}\d]+$", regex.REVERSE),
    "spaces": regex.compile(r"\s+"),
    # a word: letters or digits, with inner apostrophes, dots or hyphens
    "word": regex.compile(r"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*"),
    # scripts written without spaces between words
    "cjk": regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"),
    # a sentence end: terminal punctuation, maybe followed by closing quotes or brackets
}
_fold_head = _PATTERNS["fold_head"].sub
_fold_tail = _PATTERNS["fold_tail"].sub
_spaces = _PATTERNS["spaces"].sub
_words = _PATTERNS["word"].findall
#: "— Jane Roe (@janeroe) May 5, 2023": the signature line of an embedded post, which
#: names its author and date but is neither the article's byline nor its date
post_signature = regex.compile(r"^[—–-]\s*\S[^\n]{0,80}\(@\w+\)").match
#: the first digit in a string, or None: the cheap test before any date or count pattern
has_digit = _re.compile(r"\d").search
#: a line cut at its bars and bullets ("By Ana Ruiz | May 4, 2021 • 5 min read")
split_bars = _re.compile(r"[|•]").split
# The same scripts as "cjk", as code-point ranges for the standard library's fast search.
_has_cjk = _re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
).search
#: runs of the "cjk" characters: counting them by their runs makes a string per run, not per character
_cjk_runs = regex.compile(_PATTERNS["cjk"].pattern + "+").findall
#: the ASCII characters that "fold_head" and "fold_tail" strip, for a quicker str.strip()
_WIDE_EDGES = "".join(c for c in map(chr, range(128)) if _PATTERNS["fold_head"].match(c))
#: the characters str.split() parts words at and "\s" does not
_split_only = _re.compile("[\x1c-\x1f]").search

_EDGE_CHARS = "".join(chr(c) for c in range(128) if not chr(c).isalnum() or chr(c).isdigit())
_TOKEN_EDGES = "".join(chr(c) for c in range(128) if not chr(c).isalnum()) + "“”‘’«»—–…"
_END_CLOSERS = "\"'”’»)]"
_TERMINALS = frozenset(".!?…。！？؟।")

_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "up", "via", "vs", "vs.", "with", "is", "are", "be", "was", "de", "la", "le", "les", "des", "du", "el", "en", "y", "da", "do", "di", "der", "die", "das", "und", "von", "zu"]
)
_SMALL_LEN = max(map(len, _SMALL_WORDS))


#: Stages fold and weigh the same lines again and again (a line is folded about four
#: times in a parse), so the dearer answers (a fold of a non-ASCII string, a title
#: ratio) for strings up to this long are kept in small bounded caches; longer
#: strings seldom recur and are worked out afresh.
_CACHED_LEN = 250
_CACHE_SIZE = 1024


def fold(s: str) -> str:
    """Case-fold *s*, squeeze spaces, and strip punctuation, symbols and digits from its ends."""
    if s.isascii():  # (quicker to fold again than to look up)
        f = s.lower().strip(_EDGE_CHARS)
        # printable and no two spaces in a row: single spaces only, nothing to squeeze
        return f if f.isprintable() and "  " not in f else " ".join(f.split())
    return _fold_wide_cached(s) if len(s) <= _CACHED_LEN else _fold_wide(s)


def _fold_wide(s: str) -> str:
    f = s.casefold()
    g = f.strip(_WIDE_EDGES)
    # A letter is no space, punctuation, symbol or digit: at an end that is a letter once
    # the ASCII edges are gone, the patterns would strip nothing more.
    if not g[:1].isalpha():
        g = _fold_head("", g, count=1)
    if not g[-1:].isalpha():
        g = _fold_tail("", g, count=1)
    # Only U+001C to U+001F part words for str.split() and not for "\s".
    return _spaces(" ", g) if _split_only(g) else " ".join(g.split())


_fold_wide_cached = functools.lru_cache(maxsize=_CACHE_SIZE)(_fold_wide)


def word_count(s: str) -> int:
    """Words in *s* (runs between spaces); a CJK or Thai character counts as half a word."""
    if s.isascii() or not _has_cjk(s):
        return len(s.split())
    n = len(_words(s))
    c = sum(map(len, _cjk_runs(s)))
    return n + c // 2


def cjk_count(s: str) -> int:
    """How many characters of scripts written without spaces *s* holds."""
    if s.isascii() or not _has_cjk(s):
        return 0
    return sum(map(len, _cjk_runs(s)))


def ends_sentence(s: str) -> bool:
    """True when *s* ends with terminal punctuation (closing quotes allowed)."""
    return s.rstrip(_END_CLOSERS)[-1:] in _TERMINALS


def title_ratio(s: str) -> float:
    """The share of non-small words in *s* that start with a capital letter."""
    return _title_ratio_cached(s) if len(s) <= _CACHED_LEN else _title_ratio(s)


def _title_ratio(s: str) -> float:
    spaced = s.isascii() or not _has_cjk(s)
    words = [w.strip(_TOKEN_EDGES) for w in s.split()] if spaced else _words(s)
    n = caps = 0
    for w in words:
        # (case-folding never shortens a word, so a longer one is never small)
        if not w or w[0].isdigit() or (len(w) <= _SMALL_LEN and w.casefold() in _SMALL_WORDS):
            continue
        n += 1
        if w[0].isupper():
            caps += 1
    return caps / n if n else 0.0


_title_ratio_cached = functools.lru_cache(maxsize=_CACHE_SIZE)(_title_ratio)


def alternation(words: Iterable[str]) -> str:
    """*words* as the alternatives of a pattern, escaped, longest first (so that a word is
    never cut short by another that opens it).

    >>> print(alternation(["by", "by line", "a.m."]))
    by\\ line|a\\.m\\.|by
    """
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


def may_open_titled(s: str, words: int) -> bool:
    """False when the first *words* words of *s* already rule out Title Case throughout
    (``title_ratio == 1.0``) for any start of *s* that holds them: one of them opens in
    lower case and is too long to be a small word. A cheap test before :func:`title_ratio`.

    >>> may_open_titled("Mayor Vows To Fight Cuts", 4), may_open_titled("This week, Meta shared", 4)
    (True, False)
    """
    for w in s.split(None, words)[:words]:
        if w[:1].islower() and len(w.rstrip(_TOKEN_EDGES)) > _SMALL_LEN:
            return False
    return True


def is_titlelike(s: str, words: Optional[int] = None) -> bool:
    """Is *s* in Title Case: three words or more (*words*, its :func:`word_count` when the
    caller has it), three quarters of those that are no small words opening in a capital
    (:func:`title_ratio`)? A long ASCII line is ruled out as soon as enough of its words
    open in lower case (:func:`_surely_untitled`), without the ratio being worked out.

    >>> is_titlelike("Storms Close the Port for a Week"), is_titlelike("Storms close the port for a week", 7)
    (True, False)
    >>> is_titlelike("Port Reopens")
    False
    """
    wc = word_count(s) if words is None else words
    return wc >= 3 and not _surely_untitled(s, wc) and title_ratio(s) >= 0.75


#: the fewest words of a line whose Title Case :func:`_surely_untitled` may rule out first
_UNTITLED_WORDS = 20


def _surely_untitled(text: str, words: int) -> bool:
    """True when a long ASCII line of *words* words (runs between spaces) is sure to fall short
    of Title Case (a :func:`title_ratio` under 0.75): more than a quarter of its words open in
    lower case and are too long to be small words, which :func:`title_ratio` counts without a
    capital. The scan stops as soon as it is sure; a short line is left to the cached ratio.

    >>> _surely_untitled("the council said on Monday that the harbour would reopen after repairs " * 2, 24)
    True
    >>> _surely_untitled("The Council Said On Monday That The Harbour Would Reopen After Repairs " * 2, 24)
    False
    """
    if words < _UNTITLED_WORDS or not text.isascii():
        return False
    need = words // 4 + 1  # (more than a quarter of the words)
    for w in text.split():
        if w[:1].islower() and len(w.strip(_TOKEN_EDGES)) > _SMALL_LEN:
            need -= 1
            if not need:
                return True
    return False


def words_and_prose(s: str) -> Tuple[int, bool]:
    """``(word_count(s), is_prose(s))``, worked out together, with the script looked up once.

    >>> words_and_prose("Port reopens after storms")
    (4, False)
    """
    if s.isascii() or not _has_cjk(s):
        words = s.split()
        return len(words), _spaced_prose(s, words)
    cjk = sum(map(len, _cjk_runs(s)))
    wc = len(_words(s)) + cjk // 2
    if cjk >= 20:
        return wc, wc >= 12
    return wc, wc >= 20 or (wc >= 7 and ends_sentence(s) and title_ratio(s) < 0.75)


def line_measures(s: str, fold_len: int) -> Tuple[int, bool, Optional[str]]:
    """``(word_count(s), is_prose(s), fold(s))``, worked out together; the fold only when *s*
    is at most *fold_len* characters long (else ``None``), as later stages fold short lines.

    >>> line_measures("Share this article:", 120), line_measures("Share this article:", 10)
    ((3, False, 'share this article'), (3, False, None))
    >>> line_measures("Share\tthis  article:", 120), line_measures("“Share this”", 120)
    ((3, False, 'share this article'), (2, False, 'share this'))
    """
    ascii = s.isascii()
    if s.isprintable() and "  " not in s and (ascii or not _has_cjk(s)):
        # Single spaces part the words (every character that str.split() parts words at is
        # unprintable, but the space), so they are counted without being listed; they are
        # listed only for the Title Case test of a line that may be prose, and the line
        # is its own squeezed form for the fold.
        wc = s.count(" ") + 1
        prose = wc >= 20 or (wc >= 7 and ends_sentence(s) and _under_title(s.split()))
        if len(s) > fold_len:
            return wc, prose, None
        return wc, prose, s.lower().strip(_EDGE_CHARS) if ascii else fold(s)
    if ascii:
        words = s.split()
        wc = len(words)
        prose = _spaced_prose(s, words)
        # (folding after the split: joined by single spaces, the edges strip the same)
        return wc, prose, " ".join(words).lower().strip(_EDGE_CHARS) if len(s) <= fold_len else None
    wc, prose = words_and_prose(s)
    # the cached fold: a stage that folds the line again finds it there
    return wc, prose, fold(s) if len(s) <= fold_len else None


def _spaced_prose(s: str, words: List[str]) -> bool:
    """``is_prose(s)`` for ``words = s.split()`` of a string *s* without CJK: twenty words,
    or seven that end a sentence and are not in Title Case.

    >>> _spaced_prose("The port reopened on Monday after the storms.", "The port reopened on Monday after the storms.".split())
    True
    """
    wc = len(words)
    return wc >= 20 or (wc >= 7 and ends_sentence(s) and _under_title(words))


def _under_title(words: List[str]) -> bool:
    """``title_ratio(s) < 0.75`` for ``words = s.split()`` of a string *s* without CJK or
    Thai, read only as far as needed: it stops once the words left, were they all
    capitalised, could not lift the ratio to 0.75. (``caps / n < 0.75`` is ``caps < 3 *
    lower`` in whole numbers, and an empty count gives a ratio of 0.0.)

    >>> _under_title("The port reopened on Monday.".split()), _under_title("Port Reopens On Monday".split())
    (True, False)
    """
    n = caps = 0
    left = len(words)
    for w in words:
        left -= 1
        w = w.strip(_TOKEN_EDGES)
        if not w or w[0].isdigit() or (len(w) <= _SMALL_LEN and w.casefold() in _SMALL_WORDS):
            continue
        n += 1
        if w[0].isupper():
            caps += 1
        elif caps + left < 3 * (n - caps):
            return True
    return n == 0 or caps < 3 * (n - caps)


def is_prose(s: str, wc: int = -1) -> bool:
    """True for running text: enough words and a sentence shape.

    *wc* is ``word_count(s)`` when the caller has it already.
    """
    if wc < 0:
        wc = word_count(s)
    if not s.isascii() and cjk_count(s) >= 20:
        return wc >= 12
    if wc >= 20:
        return True
    return wc >= 7 and ends_sentence(s) and title_ratio(s) < 0.75
