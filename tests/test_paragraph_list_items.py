"""Lines of a list the story introduces with a colon, printed without bullets, are list items."""

from __future__ import annotations

from typing import List, Tuple

import newsparse

HEAD = "Easy lemon cake for a rainy Sunday\n\nBy Lucy Hart\n\nJune 2, 2024\n\n"
INTRO = "This cake takes ten minutes to put together and fills the kitchen with the smell of lemons while it bakes."
METHOD = "Mix the dry ingredients in a large bowl, then beat in the eggs one at a time until the batter is smooth."
LAST = "Bake for forty minutes in a medium oven, and leave the cake to cool in the tin before you slice it."


def _kinds(*middle: str) -> List[Tuple[str, str]]:
    text = HEAD + "\n\n".join([INTRO, *middle, METHOD, LAST]) + "\n"
    return [(p.kind, p.text) for p in newsparse.parse(text).paragraphs]


def test_the_items_under_a_colon_are_list_items() -> None:
    items = ["200g flour", "150g sugar", "2 eggs", "Zest of one lemon"]
    kinds = _kinds("You will need:", *items)
    assert [k for k, t in kinds if t in items] == ["list_item"] * 4
    assert ("paragraph", "You will need:") in kinds


def test_one_short_line_under_a_colon_is_no_list() -> None:
    kinds = _kinds("Here is what the baker said about it:", "Patience")
    assert ("list_item", "Patience") not in kinds


def test_code_under_a_colon_is_no_list() -> None:
    kinds = _kinds("Scale the recipe with this query:", "SELECT *", "FROM recipes", "WHERE cake = 'lemon';")
    assert not any(k == "list_item" for k, _ in kinds)


def test_a_sentence_ends_the_list() -> None:
    kinds = _kinds("You will need:", "200g flour", "2 eggs", "Everything else is already in your cupboard.")
    assert ("paragraph", "Everything else is already in your cupboard.") in kinds


def test_a_capitalised_subheading_after_lower_case_items_ends_the_list() -> None:
    kinds = _kinds("The bakers gave three reasons for the rise:", "cost", "weather", "staff", "Reaction from customers")
    assert [k for k, t in kinds if t in ("cost", "weather", "staff")] == ["list_item"] * 3
    assert ("list_item", "Reaction from customers") not in kinds


def test_the_short_lines_of_a_quote_after_said_are_no_list() -> None:
    kinds = _kinds("Asked whether the bakery would ever close, the owner said:", "Not while I am here", "Never again")
    assert not any(k == "list_item" for k, _ in kinds)
