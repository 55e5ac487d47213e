"""The shortcuts of the quote stage read text exactly as the plain code they stand in for."""

from __future__ import annotations

import random
from typing import List

from newsparse import _quote_words as qw
from newsparse import speakers

_ASCII = [chr(c) for c in range(128)]
_PIECES = [*_ASCII, "Sen.", "U.S.", "said.", "Mr. ", "Roes'", "(D-Mo.)", "’", "“", "”", "\u00a0", "\u2009", "é", ". ", "\n"]


def _texts(pieces: List[str], count: int, longest: int, seed: int) -> List[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_ascii_tokens_match_the_token_pattern() -> None:
    """On ASCII text the ``re`` token pattern finds what the ``regex`` one finds."""
    for text in _texts(_ASCII, 3000, 40, 1):
        assert qw._ascii_tokens(text) == qw._tokens(text), text


def test_word_to_matches_a_scan_back() -> None:
    """``_word_to`` gives the word a character-by-character scan back gives."""
    for text in [*_texts(_PIECES, 1000, 30, 2), "x" * 50 + ".", "a " + "y" * 40 + "."]:
        for k in range(len(text)):
            if text[k].isspace():
                continue
            for lo in (0, k // 2, k):
                j = k
                while j > lo and not text[j - 1].isspace():
                    j -= 1
                assert qw._word_to(text, lo, k) == text[j : k + 1], (text, lo, k)


def test_block_starts_match_a_scan_of_the_pattern() -> None:
    """Trying the sentence-end pattern at each . ! ? finds what one scan of it finds."""
    for text in _texts([*_PIECES, ". ", "? ", "! ", '." ', ".” A", " B", "1"], 1000, 60, 3):
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) + 5), (2, len(text) // 2)):
            floor = max(0, lo - 40)
            want = [
                m.end()
                for m in qw.sentence_ends(text, lo, min(len(text), hi + 8))
                if m.start() < hi and (text[m.start()] != "." or qw.ends_here(text, floor, m.start()))
            ]
            want += [i + 1 for i, c in enumerate(text[:hi]) if c == "\n" and i >= lo]
            assert speakers._block_starts(text, lo, hi) == sorted(want), (text, lo, hi)
