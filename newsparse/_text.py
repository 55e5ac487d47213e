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

import regex

__all__ = ["fold", "word_count", "is_prose", "cjk_count", "title_ratio", "ends_sentence", "is_titlelike"]

_PATTERNS = {
    # characters stripped from both ends of a folded line: punctuation, bullets, counts
    "fold_edges": regex.compile(r"^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$"),
    "spaces": regex.compile(r"\s+"),
    # a word: letters or digits, with inner apostrophes, dots or hyphens
    "word": regex.compile(r"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*"),
    # scripts written without spaces between words
    "cjk": regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"),
    # a sentence end: terminal punctuation, maybe followed by closing quotes or brackets
    "sentence_end": regex.compile(r"[.!?…。！？؟।][\"'”’»)\]]*$"),
}
_fold_edges = _PATTERNS["fold_edges"].sub
_spaces = _PATTERNS["spaces"].sub
_words = _PATTERNS["word"].findall
_cjk = _PATTERNS["cjk"].findall
_sentence_end = _PATTERNS["sentence_end"].search

_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to up via vs vs. with is are be was "
    "de la le les des du el en y da do di der die das und von zu".split()
)


def fold(s: str) -> str:
    """Case-fold *s*, squeeze spaces, and strip punctuation, symbols and digits from its ends."""
    return _spaces(" ", _fold_edges("", s.casefold()))


def word_count(s: str) -> int:
    """Words in *s*; a CJK or Thai character counts as half a word."""
    n = len(_words(s))
    c = len(_cjk(s))
    return n + c // 2 if c else n


def cjk_count(s: str) -> int:
    return len(_cjk(s))


def ends_sentence(s: str) -> bool:
    """True when *s* ends with terminal punctuation (closing quotes allowed)."""
    return _sentence_end(s) is not None


def title_ratio(s: str) -> float:
    """The share of non-small words in *s* that start with a capital letter."""
    words = [w for w in _words(s) if w.casefold() not in _SMALL_WORDS and not w[0].isdigit()]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def is_titlelike(s: str) -> bool:
    """Headline-shaped: Title Case with several words, or a short line without an end stop."""
    wc = word_count(s)
    return wc >= 3 and title_ratio(s) >= 0.75


def is_prose(s: str) -> bool:
    """True for running text: enough words and a sentence shape."""
    wc = word_count(s)
    if cjk_count(s) >= 20:
        return wc >= 12
    if wc >= 20:
        return True
    return wc >= 7 and ends_sentence(s) and not is_titlelike(s)
