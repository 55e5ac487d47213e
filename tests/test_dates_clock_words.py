"""A clock time joined to its date across the word for "at" in languages where that word
has four letters or more ("alle", "kello", "godz.", "saat"); other words still part them.

All texts here are invented.
"""

from __future__ import annotations

import pytest

from newsparse.dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Pubblicato il 3 giugno 2024 alle 09:10",
        "Julkaistu 3.6.2024 kello 09.10",
        "Opublikowano 3.06.2024 godz. 09:10",
        "3 Haziran 2024 saat 09:10",
    ],
)
def test_time_after_a_clock_word(text: str) -> None:
    found = find_dates(text)
    assert len(found) == 1 and str(found[0].value) == "2024-06-03 09:10:00"


def test_other_words_still_part_a_date_and_a_time() -> None:
    assert str(find_dates("3 June 2024 since 09:10")[0].value) == "2024-06-03"
    assert str(find_dates("3 June 2024 halle 09:10")[0].value) == "2024-06-03"


def test_clock_word_with_a_short_word_after_it() -> None:
    assert str(find_dates("Pubblicato il 3 giugno 2024, alle ore 09:10")[0].value) == "2024-06-03 09:10:00"
