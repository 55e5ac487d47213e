"""Regression probes for the zoning rules (review findings Z2 to Z7): made-up pages on
which a rule misfired on ordinary news text, each with the body the page should give."""

from __future__ import annotations

import time
from typing import List

import newsparse
from newsparse._draft import Draft
from newsparse.blocks import split
from newsparse.layout import teaser_boxes

INTRO = ["City Council Approves New Budget After Long Debate", "By Maria Lopez", "March 3, 2024"]
P = [
    "The city council voted late on Tuesday to approve a budget that raises spending on parks and libraries, ending weeks of argument between members.",
    "Supporters said the plan would bring long-delayed repairs to neighbourhood facilities, while critics warned that the costs would fall on homeowners.",
    "The mayor, who had pushed for the increase since the spring, called the vote a turning point for the city and thanked residents for their patience.",
    "Several members said they would revisit the numbers next year if tax receipts came in lower than expected, and asked staff for monthly reports.",
]


def _page(lines: List[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _body(lines: List[str]) -> List[str]:
    return [p.text for p in newsparse.parse(_page(lines)).paragraphs]


# Z5: the teaser-box rule counts the page's lines once, not once per candidate box


def test_teaser_boxes_take_linear_time_on_a_page_of_many_candidate_boxes() -> None:
    para = "The port reopened on Monday after a week of storms, officials said, and the ferries ran again. " * 5
    titles = ["Harbour Walk Reopens After The Winter Storms", "Why The Old Lighthouse Still Keeps Its Lamp", "Ferry Company Plans Bigger Boats For Summer"]
    draft = split(Draft(text="\n".join([para, *titles] * 4000)))
    start = time.perf_counter()
    teaser_boxes(draft, (0, len(draft.lines)))
    # (quadratic, this took over a second; counted once, a few hundredths)
    assert time.perf_counter() - start < 0.5


# Z6: a story's closing sentence on signing up for something is no call to the reader


def test_a_closing_paragraph_on_signing_up_at_the_town_hall_stays() -> None:
    last = "Residents who want a say can speak at the next meeting. Sign up at the town hall desk before noon on Friday."
    assert _body(INTRO + P[:3] + [last]) == [*P[:3], last]


def test_a_closing_paragraph_on_subscribing_through_an_app_or_on_prices_stays() -> None:
    for last in (
        "The library will add more audiobooks. Subscribe through the library app to borrow them for free.",
        "Streaming prices rose again this year. Subscribe now, analysts warned, and customers may pay twice as much by 2026.",
    ):
        assert _body(INTRO + P[:3] + [last]) == [*P[:3], last]


def test_a_closing_sign_up_sentence_after_a_question_stays() -> None:
    last = "Want a say? Sign up at the town hall before Friday."
    assert _body(INTRO + P[:3] + [last]) == [*P[:3], last]


def test_a_call_to_subscribe_to_the_outlets_newsletter_is_still_cut() -> None:
    from newsparse.layout import is_call_to_reader

    assert is_call_to_reader("Want more harbour news? Sign up for our daily newsletter.")
    assert is_call_to_reader("Stay up to date with the coast. Subscribe today!")
    assert is_call_to_reader("Not a member? Sign up")
    assert _body(INTRO + P[:3] + ["Want more council news? Subscribe to our weekly newsletter."]) == P[:3]


# Z3: a byline row with its links, and a story's own list printed as a row, are not menus


def test_a_byline_row_with_its_links_keeps_its_author() -> None:
    row = "By Maria Lopez | Staff Writer | City Hall | Politics | Email | Follow on X"
    article = newsparse.parse(_page([INTRO[0], row, INTRO[2], *P]))
    assert article.byline is not None and [a.name for a in article.byline.authors] == ["Maria Lopez"]
    row = "Par Marie Dupont | Journaliste | Politique | Paris | Suivre | Partager"
    article = newsparse.parse(_page(["Le conseil adopte le budget", row, "3 mars 2024", *P[:3]]))
    assert article.byline is not None and [a.name for a in article.byline.authors] == ["Marie Dupont"]


def test_a_line_up_the_story_introduces_stays_in_the_body() -> None:
    intro = "The festival line-up was announced on Friday:"
    row = "Ann Lee | The Harbour Band | Sam Ortiz | Kite Club | Mira Jones | The Low Tides | Ben Ford"
    assert _body(INTRO + P[:2] + [intro, row] + P[2:]) == [*P[:2], intro, row, *P[2:]]


def test_a_menu_row_under_a_label_is_still_boilerplate() -> None:
    row = "News | Sport | Business | Culture | Travel | Weather | Puzzles"
    assert row not in _body(INTRO + P[:2] + ["Sections:", row] + P[2:])


# Z4: a subheading or pull quote printed twice is the story's, and so is the paragraph under it


def test_a_subheading_printed_twice_keeps_the_paragraph_under_it() -> None:
    head = "What the council decided on parks"
    short = "Parks get a third more money next year."
    assert _body(INTRO + P[:3] + [head, head, short, P[3]]) == [*P[:3], head, short, P[3]]
    assert _body(INTRO + P[:3] + [head, head, P[3], P[1]]) == [*P[:3], head, P[3], P[1]]


def test_a_pull_quote_printed_twice_keeps_the_paragraph_under_it() -> None:
    quote = "We cannot keep the pools closed another summer"
    short = "Pools will reopen in June, the council said."
    assert _body(INTRO + P[:3] + [quote, quote, short, P[3]]) == [*P[:3], quote, short, P[3]]


def test_a_doubled_subheading_keeps_its_paragraph_beside_a_labelled_card() -> None:
    card = ["Business", "Ferry company orders two larger boats for summer"] * 2 + ["The boats will carry twice as many cars, the company said."]
    head, short, more = "What the council decided on parks", "Parks get a third more money next year.", P[0].replace("Tuesday", "Monday")
    kept = _body(INTRO + P[:3] + card + [P[3], head, head, short, more])
    assert card[1] not in kept and short in kept and more in kept


# Z2: a list of titles the story introduces, or a run of subheadings, is no box of teasers

BOOKS = [
    "The central library lent more books last year than in any year since it opened, the city said on Tuesday, crediting longer hours and a new card scheme.",
    "Staff said the rise was strongest among teenagers, who borrowed twice as many novels as the year before, and among older readers using the home service.",
    "The head librarian said the numbers proved that people still wanted printed books, even as the library added thousands of titles to its online shelf.",
    "The library also counted which books were taken out most, and the list held few surprises for the staff who shelve them every evening.",
]
AFTER = [
    "Several of the top titles were written by local authors, who will read from their work at a festival in the main hall next month.",
    "The city plans to open two smaller branches in the coming years, one near the harbour and one in the new housing estate to the north.",
]
LIBRARY = ["Readers Return To The Library In Record Numbers", "By Maria Lopez", "March 3, 2024"]


def test_a_list_of_book_titles_after_a_sentence_stays() -> None:
    intro = "These are the four titles readers borrowed most often this year."
    titles = ["The Garden Behind The Old Mill", "A History Of Small Rivers", "Winter Comes To Ashford Bay", "Letters From A Distant Island"]
    assert _body(LIBRARY + BOOKS + [intro] + titles + AFTER) == [*BOOKS, intro, *titles, *AFTER]
    page = "\n".join(LIBRARY + BOOKS + [intro] + titles + AFTER) + "\n"
    assert [p.text for p in newsparse.parse(page).paragraphs] == [*BOOKS, intro, *titles, *AFTER]


def test_a_list_of_films_after_a_question_and_of_winners_after_a_bare_sentence_stay() -> None:
    films = ["Which films did the club show most?", "Night Train To The Coast", "The Long Walk Home Again", "Summer Of The Blue Kites"]
    assert _body(LIBRARY + BOOKS + films + AFTER) == BOOKS + films + AFTER
    winners = [
        "The winners were announced on stage by the mayor",
        "Best Young Reader Award Winner Sofia Martins",
        "Best New Local Author Prize Winner James Okafor",
        "Volunteer Of The Year Award Ruth Hallam",
    ]
    assert _body(LIBRARY + BOOKS + winners + AFTER) == BOOKS + winners + AFTER


def test_a_list_of_titles_after_a_colon_stays_above_a_single_closing_paragraph() -> None:
    # (found probing: four short lines under the story ended the body as a box of links)
    intro = "These are the four titles readers borrowed most often:"
    titles = ["The Garden Behind The Old Mill", "A History Of Small Rivers", "Winter Comes To Ashford Bay"]
    assert _body(INTRO + P[:3] + [intro, *titles, P[3]]) == [*P[:3], intro, *titles, P[3]]


def test_three_subheadings_in_a_row_stay() -> None:
    heads = ["Part Two Of The Plan", "How The Money Is Spent", "Where The Cuts Fall Hardest"]
    assert _body(INTRO + P[:3] + heads + P[3:]) == P[:3] + heads + P[3:]


def test_a_labelled_run_of_teaser_titles_is_still_set_aside() -> None:
    box = ["Recent Council Coverage", "Mayor Opens The New Pool", "Bus Fares Rise Again In May", "School Roof Is Repaired At Last"]
    more = [P[0].replace("Tuesday", "Monday"), P[1].replace("homeowners", "renters")]
    kept = _body(INTRO + P[:3] + box + P[3:] + more)
    assert all(t not in kept for t in box[1:]) and all(p in kept for p in P + more)


# Z7: a roundup's intro stays when several wire stories follow, each under its heading

ROUNDUP = [
    "Here are the stories from around the world you may have missed this weekend, from floods in the south to a record harvest in the east.",
    "France",
    "PARIS (AP) — Farmers blocked roads around the capital on Sunday in a protest against new rules on water use, the police said.",
    "Germany",
    "BERLIN (AP) — The government agreed a plan to build more rail lines in the east, ending a long dispute between the coalition partners.",
    "Japan",
    "TOKYO (AP) — A record number of visitors came to the country last month, the tourism agency said on Monday, led by travellers from the region.",
]


def test_a_roundups_intro_stays_above_its_datelined_items() -> None:
    assert _body(["World news in brief", "By Maria Lopez", "March 3, 2024", *ROUNDUP]) == ROUNDUP


def test_a_teaser_above_a_roundups_byline_and_date_is_still_cut() -> None:
    teaser = "Farmers in the valley fear another dry summer, and ask for help."
    lines = ["World news in brief", teaser, "By Maria Lopez", "March 3, 2024", *ROUNDUP[2:]]
    assert teaser not in _body(lines)


# the headline helper's note: the US privacy footer link is furniture


def test_the_do_not_sell_link_is_boilerplate() -> None:
    from newsparse.boilerplate import is_boilerplate

    assert is_boilerplate("Do Not Sell My Personal Information")
    assert is_boilerplate("Do Not Sell or Share My Personal Information")
