"""The words around quotation marks: tokens, speech cues and sentence bounds.

The lowest layer of the quote stage (:mod:`newsparse.quotes`). Cue words are
found in a stretch with one split and a set look-up (:func:`find_cues`); the
few dozen characters around a cue are then cut into :class:`Tok` tokens
(:func:`tokenize`), where a sentence-final dot is a token of its own and the
dot of an abbreviation ("Sen.", "U.S.", "(D-Mo.)") is not. :func:`sentence_start`
finds where the sentence holding a position starts, past abbreviations.

>>> t = "Mr. Roe spoke. Then U.S. officials said, according to aides"
>>> t[sentence_start(t, 0, len(t)):]
'Then U.S. officials said, according to aides'
>>> [t[a:b] for a, b in find_cues(t, 0, len(t))]
['said', 'according to']
"""

from __future__ import annotations

import functools
import re
from typing import Dict, List, NamedTuple, Sequence, Tuple

import regex

from ._lexicon import speech as slex
from ._lexicon import titles as tlex

__all__ = ["BE", "CUE_LOW", "DASHES", "DETERMINERS", "PREPOSITIONS", "SENTENCE_END", "TITLE_WORDS", "Tok", "chunk_words", "cue_comma", "cue_len", "ends_here", "ends_sentence", "find_cues", "full_stop", "opens_phrase", "sentence_end_at", "sentence_ends", "sentence_start", "title_like", "tok_span", "tokenize", "unpossessive"]

_PATTERNS = {
    # a word (letters or digits, with inner apostrophes, dots, hyphens) or one other non-space character
    "token": regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*|[^\s\p{L}\p{N}]"),
    # a sentence end: terminal punctuation, closing marks, space, then a capital or an opening mark
    "sentence_end": regex.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[\p{Lu}\p{N}])"),
    # a sentence-final mark
    "full_stop": regex.compile(r"[.!?]"),
}
# cue words, and the phrases each first word may open ("according" → "according to")
_CUE_FIRST = frozenset(slex.SPEECH_FORMS) | {p[0] for p in slex.PHRASE_CUES} | {"According"}

_CUE_PHRASES: Dict[str, Tuple[str, ...]] = {}

for _p in sorted((" ".join(p) for p in slex.PHRASE_CUES), key=len, reverse=True):
    _CUE_PHRASES[_p.split()[0]] = (*_CUE_PHRASES.get(_p.split()[0], ()), _p)

_CUE_PHRASES["According"] = ("According to",)

# the phrase cues by their first word, in the lexicon's order; every lower-case first word of a cue
_PHRASES_BY_FIRST: Dict[str, Tuple[Tuple[str, ...], ...]] = {}

for _t in slex.PHRASE_CUES:
    _PHRASES_BY_FIRST[_t[0]] = (*_PHRASES_BY_FIRST.get(_t[0], ()), _t)

CUE_LOW = frozenset(slex.SPEECH_FORMS) | frozenset(_PHRASES_BY_FIRST)

# the words of a chunk, split at spaces and at the punctuation around words, to look for cues;
# ``re`` because its ``\s`` is exactly ``str.isspace``
chunk_words = re.compile(r"[^\s,.;:!?\"“”‘’()\[\]{}—–―…]+").findall

_tokens = _PATTERNS["token"].findall

# the "token" pattern on ASCII text, where it means exactly this (``\s`` there is [\t\n\v\f\r ],
# ``\p{L}`` and ``\p{N}`` are [A-Za-z0-9], no ``\p{M}`` is ASCII); ``re`` because it costs
# less than half as much per token, and most stretches read around a cue are plain ASCII
_ascii_tokens = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.\-]*|[^\t\n\v\f\r A-Za-z0-9]").findall

sentence_ends = _PATTERNS["sentence_end"].finditer

sentence_end_at = _PATTERNS["sentence_end"].match

full_stop = _PATTERNS["full_stop"].search

SENTENCE_END = frozenset(".!?")

DASHES = frozenset("—―–-")

PREPOSITIONS = frozenset(
    {
        "in", "on", "at", "during", "for", "with", "to", "from", "by", "about", "into", "over", "under",
        "after", "before", "through", "via", "per", "of", "against",
    }
)

DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    }
)

_SMALL = frozenset(
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
        "the", "to", "with", "vs", "vs.", "de", "la", "du",
    }
)

_ABBREVIATIONS = frozenset(
    {
        "jr.", "sr.", "st.", "no.", "inc.", "co.", "corp.", "ltd.", "vs.", "etc.", "sept.", "aug.", "oct.",
        "nov.", "dec.", "jan.", "feb.",
    }
)

TITLE_WORDS = 9  # a title-case quotation longer than this is a sentence, not a title

_SENTENCE_REACH = 600  # characters read back for the start of a sentence

_BACKWARD_TRIES = 8  # sentence-final marks tried one by one from the quotation back, before one pass over them all

BE = frozenset({"is", "was", "were", "are", "be", "been", "being"})

_WORD_BACK = 32  # characters read back at first for the word before a position (most are shorter)

_CACHE_SIZE = 4096  # distinct words remembered by the word caches below

class Tok(NamedTuple):
    start: int
    end: int
    low: str  # case-folded
    cap: bool  # starts with a capital letter
    word: bool

def find_cues(text: str, lo: int, hi: int) -> List[Tuple[int, int]]:
    """The spans of the speech cues in ``text[lo:hi]``, in order.

    The words of the chunk are matched against the cue set first, so a chunk
    without a cue costs one split.

    >>> t = "Sullivan said, according to aides, that Blinken told him."
    >>> [t[a:b] for a, b in find_cues(t, 0, len(t))]
    ['said', 'according to', 'told']
    """
    found = _CUE_FIRST.intersection(chunk_words(text, lo, hi))
    if not found:
        return []
    chunk = text[lo:hi]
    out: List[Tuple[int, int]] = []
    for w in found:
        i = chunk.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not (chunk[i - 1].isalnum() or chunk[i - 1] in "'’-")) and (
                j == len(chunk) or not (chunk[j].isalnum() or chunk[j] == "-")
            ):
                end = j if w in slex.SPEECH_FORMS else -1
                for phrase in _CUE_PHRASES.get(w, ()):
                    k = i + len(phrase)
                    if chunk.startswith(phrase, i) and (k == len(chunk) or not chunk[k].isalnum()):
                        end = k
                        break
                if end > 0:
                    out.append((lo + i, lo + end))
            i = chunk.find(w, j)
    out.sort()
    return out

def _abbrev(low: str) -> bool:
    """True when the dot of *low* does not end a sentence ("u.s.", "sen.", "j.", "d-mo.").

    >>> _abbrev("u.s."), _abbrev("gen."), _abbrev("r-tenn."), _abbrev("said.")
    (True, True, True, False)
    """
    if len(low) <= 2 or "." in low[:-1] or ("-" in low and len(low) <= 8):
        return True
    return low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in _ABBREVIATIONS

def tokenize(text: str, start: int, end: int, stop_at_end: bool = False) -> List[Tok]:
    """Words and punctuation of ``text[start:end]``; a sentence-final dot is its own token.

    With *stop_at_end*, reading stops after the first sentence end.

    >>> [t.low for t in tokenize("Sen. Ann Roe (D-Mo.) said.", 0, 26)]
    ['sen.', 'ann', 'roe', '(', 'd-mo.', ')', 'said', '.']
    """
    out: List[Tok] = []
    add = out.append
    new = tuple.__new__
    find = text.find
    shape = _word_shape
    s = start
    words = _ascii_tokens if text[start:end].isascii() else _tokens
    # tokens tile the non-space characters, so each is found from the end of the last one
    for w in words(text, start, end):
        s = find(w, s)
        n, low, cap, dot = shape(w)
        if not n:  # one mark or punctuation character
            add(new(Tok, (s, s + 1, w, False, False)))
            s += 1
            if stop_at_end and w in SENTENCE_END:
                break
        elif dot:  # "said.": the word, then its sentence-final dot
            add(new(Tok, (s, s + n - 1, low, cap, True)))
            add(new(Tok, (s + n - 1, s + n, ".", False, False)))
            if stop_at_end:
                break
            s += len(w)
        else:
            add(new(Tok, (s, s + n, low, cap, True)))
            s += len(w)
    return out


def _shape(w: str) -> Tuple[int, str, bool, bool]:
    """How :func:`tokenize` reads the token *w*: its length once trailing hyphens and
    apostrophes (not a plural possessive's) are cut, its lower-case form (without a
    sentence-final dot), whether it is capitalised and whether it ends on a
    sentence-final dot. A token that is no word has length 0.

    >>> _shape("said."), _shape("Sen."), _shape("Roes'"), _shape("well-"), _shape("(")
    ((5, 'said', False, True), (4, 'sen.', True, False), (5, "roes'", True, False), (4, 'well', False, False), (0, '(', False, False))
    """
    c0 = w[0]
    if not c0.isalnum():
        return 0, w, False, False
    if w[-1] in "-'’":
        while len(w) > 1 and w[-1] in "-'’" and not (w[-1] in "'’" and w[-2] in "sS"):
            w = w[:-1]
    low = w.lower()
    if w[-1] == "." and not _abbrev(low):
        return len(w), low[:-1], c0.isupper(), True
    return len(w), low, c0.isupper(), False


# the words of news copy recur ("the", "said", names): each is read once
_word_shape = functools.lru_cache(maxsize=_CACHE_SIZE)(_shape)


def cue_len(toks: Sequence[Tok], k: int) -> int:
    """How many tokens the speech cue starting at ``toks[k]`` covers (0 if none)."""
    t = toks[k]
    low = t.low
    if low not in CUE_LOW or not t.word or (t.cap and low != "according"):
        return 0
    for phrase in _PHRASES_BY_FIRST.get(low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + j].low == phrase[j] for j in range(1, n)):
            return n
    return 1 if low in slex.SPEECH_FORMS else 0

def tok_span(toks: Sequence[Tok], a: int, b: int) -> Tuple[int, int]:
    return (toks[a].start, toks[b - 1].end)

def opens_phrase(t: Tok) -> bool:
    """True for a word that may open a speaker phrase: a name, a determiner, a pronoun."""
    return t.word and (t.cap or t.low in slex.SPEAKER_OPENERS or unpossessive(t.low) in tlex.PRONOUNS)

def unpossessive(low: str) -> str:
    """*low* without a possessive ending."""
    if low.endswith("'s") or low.endswith("’s"):
        return low[:-2]
    return low

def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding *pos* starts, not before *lo*.

    The nearest few sentence-final marks are tried one by one from *pos*
    backwards, as the nearest is most often the end of the sentence before;
    past them, one pass of the pattern reads the whole window.

    >>> t = "Mr. Roe spoke. Then U.S. officials said"
    >>> t[sentence_start(t, 0, len(t)):]
    'Then U.S. officials said'
    """
    floor = max(lo, pos - _SENTENCE_REACH)
    # the nearest full stop, exclamation mark and question mark not yet tried
    dot, bang, ask = text.rfind(".", floor, pos), text.rfind("!", floor, pos), text.rfind("?", floor, pos)
    for _ in range(_BACKWARD_TRIES):
        k = max(dot, bang, ask)
        if k < 0:
            return lo
        m = sentence_end_at(text, k, pos)
        if m is not None and ends_here(text, lo, k):
            return m.end()
        if k == dot:
            dot = text.rfind(".", floor, k)
        elif k == bang:
            bang = text.rfind("!", floor, k)
        else:
            ask = text.rfind("?", floor, k)
    # many marks that end nothing ("...", "U.S.", "?!?!"): the last sentence end of the window
    start = lo
    for m in sentence_ends(text, floor, pos):
        if ends_here(text, lo, m.start()):
            start = m.end()
    return start

def ends_here(text: str, lo: int, k: int) -> bool:
    """False for the dot at *k* of an abbreviation ("Mr. Smith", "U.S. President"): it ends nothing."""
    if text[k] != ".":
        return True
    return _dot_ends(_word_to(text, lo, k))


def _word_to(text: str, lo: int, k: int) -> str:
    """The word that ends with the non-space ``text[k]``, from the space before it (not before *lo*).

    >>> _word_to("Gov. Ann Roe (D-Mo.)", 0, 18), _word_to("U.S.", 2, 3)
    ('(D-Mo.', 'S.')
    """
    a = max(lo, k - _WORD_BACK)
    word = text[a : k + 1].rsplit(None, 1)[-1]  # ``None`` splits where ``str.isspace`` is true
    if a > lo and len(word) == k + 1 - a:  # no space in the window: the word may start further back
        j = a
        while j > lo and not text[j - 1].isspace():
            j -= 1
        word = text[j : k + 1]
    return word


def _ends_with_dot(word: str) -> bool:
    """True when the dot that ends *word* ends a sentence: "said." but not "(Sen." nor "U.S.".

    >>> _ends_with_dot("said."), _ends_with_dot("(Sen."), _ends_with_dot("U.S.")
    (True, False, False)
    """
    return not _abbrev(word.casefold().lstrip("(\"'“‘"))


_dot_ends = functools.lru_cache(maxsize=_CACHE_SIZE)(_ends_with_dot)


def ends_sentence(text: str, pos: int, floor: int) -> bool:
    """True when the text just before *pos* ends a sentence or leads into a quotation."""
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    if k < floor:
        return True
    c = text[k]
    if c in ":”\"’“!?" or c in DASHES or c == "'":
        return True
    if c == ".":
        return _dot_ends(_word_to(text, floor, k))
    return False

def title_like(words: Sequence[str]) -> bool:
    """True for the name of a work, a show or a slogan: "Justice Against Sponsors of Terrorism Act".

    >>> title_like("Fox News Sunday,".split()), title_like("Face the Nation.".split())
    (True, True)
    >>> title_like("We will win".split()), title_like("Most of them said no".split())
    (False, False)
    """
    caps = 0
    for w in words:
        if w[:1].isupper():
            caps += 1
        elif w.casefold() not in _SMALL:
            return False
    return caps >= 2 and len(words) <= TITLE_WORDS and caps * 2 >= len(words) - (words[0] == "I")

def cue_comma(text: str, left: int, pos: int) -> bool:
    """True for `Sullivan said, “…` — a cue and a comma right before the quotation."""
    k = pos - 1
    while k > left and text[k].isspace():
        k -= 1
    if k <= left or text[k] != ",":
        return False
    return bool(find_cues(text, max(left, k - 40), k))
