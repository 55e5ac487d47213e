"""The cheap test before a credit label (``captions._may_lead``) never turns a label away.

An ASCII line is let through to the label pattern only when it opens with the first two
letters of a label; that is sound when no label's first two letters match an ASCII letter
in another case (as "ſ" matches "s" and "K", the Kelvin sign, matches "k").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import captions
from newsparse._lexicon import agencies as alex

LABELS = ["photo", "photograph", "photographs", "photos", "credit", "credits", "image", "picture", "foto", "source",
          "courtesy", "screenshot", "illustration", "bild", "bildquelle", "photographer", *alex.CREDIT_LABELS_INTL]


def test_no_label_opens_on_a_letter_with_an_ascii_case() -> None:
    for label in alex.CREDIT_LABELS_INTL:
        assert len(label) >= 2
        for c in label[:2]:
            if not c.isascii():
                assert not any(x.isascii() for x in (c.lower(), c.upper(), c.casefold(), c.swapcase())), label


@given(st.sampled_from(LABELS), st.lists(st.booleans(), min_size=24, max_size=24), st.sampled_from(["", ":", " ", "s: X", " by Jo", "Jo"]))
def test_a_label_passes_the_cheap_test(label: str, upper: list, rest: str) -> None:
    line = "".join(c.upper() if up else c for c, up in zip(label, upper)) + rest
    if captions._credit_lead(line) is not None:
        assert captions._may_lead(line)


@given(st.text(alphabet="PpHhCcRrIiMmSsOoFfBbZzKkUu ©:ſıİ", max_size=12))
def test_the_cheap_test_keeps_every_match(line: str) -> None:
    if captions._credit_lead(line) is not None:
        assert captions._may_lead(line)
