"""The shortcuts of the captions and headline stages' third speed pass give what the plain
forms give.

Each shortcut (a short line's fold taken from the blocks stage rather than worked out again,
a two-character set for a line's first and second characters, a weighted sum added up in C)
is checked against the form it replaces, on random text rich in what the shortcut looks at.
"""

from __future__ import annotations

from typing import Dict

from hypothesis import given
from hypothesis import strategies as st

from newsparse import captions, headline
from newsparse._text import fold, word_count

WORD = st.one_of(
    st.sampled_from(
        ["Reuters", "REUTERS", "AP", "Photo:", "Getty Images", "Jane", "Roe/AFP", "via", "©", "(AFP)", "Image", "source,",
         "Media", "caption", "İmage", "ımage", "Фото:", "Kuva", "Ana", "Ruiz,", "ASSOCIATED", "PRESS", "—", "12"]
    ),
    st.text(alphabet="abcdefgimoprstACDIMPRS'’-.,:;/()[]©0é İıΣß\u0301", min_size=1, max_size=9),
)
LINE = st.lists(WORD, max_size=12).map(" ".join)


@given(LINE)
def test_credit_only_with_the_fold_given(line: str) -> None:
    words = word_count(line)
    assert captions._credit_only(line, words, fold(line)) == captions._credit_only(line, words)


@given(st.text(alphabet="IiPpVvMmCcHhEeAaİıXx \u017f", max_size=3))
def test_bbc_openings_are_the_two_character_test(text: str) -> None:
    plain = text[:1] in captions._BBC_INITIALS and text[1:2] in captions._BBC_SECONDS
    assert (text[:2] in captions._BBC_OPENINGS) == plain


FEATURES = st.dictionaries(
    st.one_of(st.sampled_from(sorted(headline.WEIGHTS)), st.text(max_size=5)),
    st.one_of(st.floats(allow_nan=False, allow_infinity=False, width=32), st.sampled_from([1.0, 0.5, 2.0, -1.0])),
    max_size=20,
)


@given(FEATURES)
def test_weighted_sum_is_the_plain_sum(features: Dict[str, float]) -> None:
    weight = headline.WEIGHTS.get
    plain = sum([weight(k, 0.0) * v for k, v in features.items()])
    assert headline._weighted_sum(features, weight) == plain
    assert headline.score(features) == plain
