"""Body rules found on the pages in other languages and on stories cut early: where a
story ends, and what inside it is not a paragraph, each with a case where the rule must
*not* fire."""

from __future__ import annotations

from typing import List

from _stories import HEAD, STORY
from _stories import paragraphs_of as _paragraphs


def test_a_ticker_with_its_times_on_lines_of_their_own_ends_the_body() -> None:
    # the entries of a running feed under the story: a time alone, then a title and a text
    feed: List[str] = []
    for stamp, title in [("16:40", "Ferry fares rise"), ("15:05", "School roof mended"), ("12:30", "Bridge shut for repairs")]:
        feed += [stamp, title, "A short report on this that runs to one sentence of its own, told by the desk."]
    assert _paragraphs(HEAD + STORY + ["Key points"] + feed) == STORY


def test_times_alone_from_the_start_are_a_live_blog_and_stay() -> None:
    lines = HEAD[:2]
    for stamp, text in zip(["16:40", "15:05", "12:30", "11:10", "10:45"], STORY):
        lines += [stamp, text]
    assert _paragraphs(lines) == STORY


def test_a_lead_printed_twice_is_kept_once() -> None:
    # a preview of the lead, glued to the next sentence, over the lead and the story
    preview = STORY[0] + STORY[1]
    assert _paragraphs([*HEAD, preview, *STORY]) == STORY


def test_a_paragraph_that_opens_with_a_shorter_next_one_further_down_stays() -> None:
    lines = HEAD + STORY[:3] + [STORY[3] + " It will be the first such barrier on this coast.", STORY[3]]
    assert _paragraphs(lines) == lines[3:]


def test_the_author_box_ends_the_body() -> None:
    box = [
        "About the author",
        "Marta Lindqvist",
        "Marta Lindqvist has covered the coast and its towns for the paper since 2009, and writes on farming too.",
        "She grew up on an island in the north and studied history at the university in the capital city.",
        "Ferry company cuts winter timetable",
        "Marta Lindqvist",
    ]
    assert _paragraphs(HEAD + STORY + box) == STORY


def test_an_author_heading_in_the_header_ends_nothing() -> None:
    assert _paragraphs([*HEAD[:2], "About the author", "Marta Lindqvist", *STORY]) == STORY


def test_share_bars_in_any_language() -> None:
    from newsparse.boilerplate import is_boilerplate

    assert is_boilerplate("Delen via Whatsapp Delen via Facebook Delen via Twitter Delen via email")
    assert is_boilerplate("Facebook X WhatsApp Telegram Teilen via E-Mail Drucken")
    assert is_boilerplate("Twitter | Facebook | Pinterest | Instagram")
    assert not is_boilerplate("Follow the harbour desk on Instagram, Facebook, Twitter and YouTube.")
    assert not is_boilerplate("The ferry company posts its timetable on Facebook, Twitter and WhatsApp groups")


def test_the_story_resumes_after_a_box_with_its_last_long_paragraph() -> None:
    last = (
        "Back in the summer the council had already said it was tired of waiting for the court, and that it would "
        "not pay the builder another cent until the gates had been tested in a real storm tide, the mayor said; "
        "the builder has not answered the letters the town sent it since."
    )
    box = ["You might also like", "Ferry fares rise for the winter", "School roof mended at last"]
    lines = HEAD + STORY + box + [last, "Latest news", "Bridge shut for repairs", "Harbour walk reopens"]
    assert _paragraphs(lines) == [*STORY, last]


def test_a_teaser_blurb_under_a_trailer_heading_is_no_resumed_story() -> None:
    box = ["You might also like", "Ferry fares rise", "The ferry company will raise its winter fares by a tenth, it said."]
    assert _paragraphs(HEAD + STORY + box) == STORY


def test_the_story_resumes_after_a_box_of_links_with_one_long_paragraph() -> None:
    last = (
        "Back in the summer the council had already said it was tired of waiting for the court, and that it would "
        "not pay the builder another cent until the gates had been tested in a real storm tide, the mayor said; "
        "the builder has not answered the letters the town sent it since."
    )
    box = ["Around the town", "How the ferry fares will rise this winter", "Why the school roof took a year to mend", "Next week"]
    lines = HEAD + STORY + box + [last, "Related searches"]
    # the story's last paragraph is kept (the box's link titles, short lines, are kept with it)
    assert _paragraphs(lines)[-1] == last


def test_a_story_of_recurring_parts_is_no_box_of_links() -> None:
    # a day's plan printed for two weeks: the second week's short lines repeat the first's
    week = [
        "Breakfast",
        "Eat within an hour of waking",
        "Two slices of rye bread with a boiled egg, a handful of walnuts and a cup of black coffee or tea.",
        "Lunch",
        "Eat around noon",
        "A bowl of lentil soup with carrots, onion and a little cumin, with a slice of bread and an apple.",
        "Snack",
        "Eat when hungry",
        "A pear with some almonds and a glass of water to drink alongside it, and nothing else until dinner.",
        "Dinner",
        "Eat two hours before bed",
        "Baked cod with potatoes and green beans, a spoon of olive oil and lemon, and a glass of water.",
    ]
    second = [line.replace("rye", "spelt").replace("cod", "hake").replace("lentil", "pea") for line in week]
    second[8] = "Plain yoghurt"  # a short line: with the headings around it, a run of five short lines
    tail = [
        "Drink water through the day, at least six glasses of it, and keep coffee to the morning if you can manage it.",
        "The plan is a guide, not a rule: swap any meal for another of the same week when the shops are out of something.",
    ]
    lines = HEAD + STORY + ["Week one", *week, "Week two", *second, "Water", tail[0], "Swaps", tail[1]]
    assert _paragraphs(lines)[-1] == tail[-1]


def test_the_story_resumes_in_lines_the_weights_count_as_running_text() -> None:
    from newsparse._draft import Draft
    from newsparse.blocks import split
    from newsparse.layout import _story_resumes

    d = split(Draft(text="Most read\nFerry fares rise\nthe harbour said that the fares\nwould rise by a tenth in winter\n"))
    assert not _story_resumes(d.lines, 1, 4)
    assert _story_resumes(d.lines, 1, 4, [False, False, True, True])


def test_a_photo_credit_with_the_copyright_sign_inside_the_story_ends_nothing() -> None:
    more = [
        "Fishermen on the quay said they welcomed the plan but feared the gates would slow boats at high tide.",
        "The council said the gates would stay open in calm weather and shut only for a few hours at a time.",
        "A public meeting on the design will be held in the town hall next month, the mayor's office said.",
        "Drawings of the barrier will be on show in the town library until then, with a box for written comments on it.",
    ]
    lines = HEAD + STORY + ["© Harbour Photo Agency", *more, "© 2024 Harbour News. All rights reserved."]
    assert _paragraphs(lines)[-1] == more[-1]


def test_a_recommendation_heading_in_german_opens_a_box_of_links() -> None:
    box = ["Diese Artikel könnten Sie ebenfalls interessieren", "Ferry fares rise", "School roof mended"]
    lines = HEAD + STORY[:3] + box + STORY[3:]
    assert _paragraphs(lines) == STORY


def test_a_comment_form_heading_in_spanish_ends_the_body() -> None:
    form = ["Enviá tu comentario", "Los comentarios publicados son responsabilidad de sus autores y pueden ser retirados."]
    assert _paragraphs(HEAD + STORY + form) == STORY
