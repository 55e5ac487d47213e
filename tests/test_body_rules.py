"""Edges of the body rules: where a story ends, and what inside it is not a paragraph.

Each rule that ends the body early or drops a line has a case here where it must
*not* fire: the story goes on after an inline box, a newsletter sentence inside
the story, a sentence that only looks like a comments heading, and so on.
"""

from __future__ import annotations

from _stories import HEAD, STORY
from _stories import paragraphs_of as _paragraphs

from newsparse._draft import Draft
from newsparse.blocks import split
from newsparse.boilerplate import video_players
from newsparse.layout import is_end_heading
from newsparse.paragraphs import is_teaser_line, related_title


def test_story_resumes_after_an_inline_box_of_links() -> None:
    # a box of short link titles under "Related articles", then the story goes on
    lines = HEAD + STORY[:3] + ["Related articles", "Ferry fares rise", "School roof mended"] + STORY[3:]
    assert _paragraphs(lines) == STORY


def test_story_resumes_after_a_box_of_cut_titles() -> None:
    # teaser titles cut off with an ellipsis right under the heading are links, not blurbs
    lines = HEAD + STORY[:3] + ["Most Popular", "Storm in pictures: the harbour wall took a battering fo...",
                                "News", "Ferry fares to rise again as the fuel bill climbs for the...", "News"] + STORY[3:]
    assert _paragraphs(lines)[-2:] == STORY[3:]


def test_a_newsletter_sentence_inside_the_story_keeps_the_paragraphs_below_it() -> None:
    lines = HEAD + STORY[:3] + ["Sign up for our morning newsletter to get the harbour news first."] + STORY[3:]
    assert _paragraphs(lines)[-2:] == STORY[3:]


def test_a_sentence_about_comments_is_no_comments_heading() -> None:
    lines = HEAD + STORY[:3] + ["12 comments on the plan were sent to the council before the vote, most of them in favour."] + STORY[3:]
    assert _paragraphs(lines)[-2:] == STORY[3:]


def test_a_first_line_close_to_the_headline_stays() -> None:
    lines = [*HEAD, "Town council approves new flood barrier for the old quay after a long debate", *STORY]
    assert _paragraphs(lines)[0].startswith("Town council approves new flood barrier for")


def test_end_headings() -> None:
    assert is_end_heading("Most Read") and is_end_heading("Next up in Science") and is_end_heading("More from Sport")
    assert not is_end_heading("Read more") and not is_end_heading("Related") and not is_end_heading("The vote")


def test_teaser_lines() -> None:
    assert is_teaser_line("Shops count the cost of the flood and some may not reopen this year… Read more")
    assert not is_teaser_line("He said the shops would reopen... Read more about it in the council's own report.")
    assert not is_teaser_line("Yes, yes, yes, yes, yes, yes")  # a sentence-like repeat of one word is short of a title
    assert not is_teaser_line("Stop. Stop. Stop. Stop. Stop. Stop.")


def test_bracketed_labels() -> None:
    assert related_title("[Most read] Ferry fares rise »") == 12
    assert related_title("[Photo] The quay at high tide") is None
    assert related_title("[1] Smith, J. (2020). Tides.") is None


def test_video_player_needs_a_mark_only_a_player_prints() -> None:
    # a colour list in a story is no player
    text = "\n".join(["The flags were in five colours:", "White", "Black", "Red", "Green", "Blue", "Yellow", "Magenta", "Cyan",
                      "Opaque", "Close"])
    assert video_players(split(Draft(text=text)).lines, text) == []
