"""Body zoning rules for whole-page dumps: where the story starts and
ends among a page's furniture, each with a case where the rule must *not* fire."""

from __future__ import annotations

from _stories import HEAD, STORY
from _stories import paragraphs_of as _paragraphs


def test_a_story_printed_twice_is_kept_once() -> None:
    # a page that prints the story again under a box of links (a second layout of the same page)
    box = ["Related Articles:", "Harbour walk reopens after the storms", "Ferry timetable changes for winter"]
    assert _paragraphs(HEAD + STORY + box + STORY) == STORY


def test_paragraphs_that_recur_in_a_story_of_recurring_parts_stay() -> None:
    # a weekly plan: each day opens with the same two lines, then a line of its own
    days = []
    for day in ("Monday", "Tuesday"):
        days += [STORY[0], STORY[1], f"On {day} the walk goes along the dunes to the lighthouse and back again by the beach."]
    assert _paragraphs(HEAD + days) == days


def test_a_run_of_title_case_teasers_inside_the_story_is_not_kept() -> None:
    teasers = ["Harbour Walk Reopens After Winter Storms", "Why The Old Lighthouse Keeps Its Lamp", "Ferry Company Plans Bigger Boats For Summer"]
    assert _paragraphs(HEAD + STORY[:4] + teasers + STORY[4:]) == STORY


def test_a_table_of_contents_whose_entries_head_the_sections_stays() -> None:
    sections = ["How The Gates Will Work", "What The Barrier Will Cost", "When The Building Work Starts"]
    lines = HEAD + STORY[:3] + sections + [sections[0], STORY[3], sections[1], STORY[4], sections[2], STORY[0]]
    kept = _paragraphs(lines)
    assert all(s in kept for s in sections) and kept.count(sections[0]) == 2


def test_a_list_of_titles_introduced_by_the_story_stays() -> None:
    titles = ["The Long Night On The Quay", "A Harbour In Winter Light", "Songs Of The Old Fishing Fleet"]
    lines = HEAD + STORY[:3] + ["The library lent out these three books most often this year:"] + titles + STORY[3:]
    assert all(t in _paragraphs(lines) for t in titles)


def test_a_wide_row_of_menu_links_is_boilerplate() -> None:
    from newsparse.boilerplate import is_boilerplate

    assert is_boilerplate("Sections News | Sport | Business | Culture | Travel | Weather | Puzzles")
    assert is_boilerplate("Harbour ▪ Ferries ▪ Fishing fleet ▪ Lighthouse ▪ Old town ▪ Beaches ▪ Events")
    # fewer links, a figure, or long parts: a tag list, a date line, a sentence
    assert not is_boilerplate("harbour | ferries | fishing | weather | tides")
    assert not is_boilerplate("You will need: flour · sugar · eggs · butter · milk · salt · a pinch of pepper")
    assert not is_boilerplate("Home | News | Sport | 12 March 2024 | 09:41 | Updated 10:02")
    assert not is_boilerplate(
        "The council met on Monday | the mayor spoke first about the gates | then the board | and the residents"
        " | and the fishermen | and at last the press"
    )


def test_an_author_box_of_a_name_and_a_bio_ends_the_body() -> None:
    # HEAD's byline names the author the box names again
    box = ["Marta Lindqvist", "Follow", "Marta Lindqvist covers the coast and its towns, and writes on farming for the paper."]
    assert _paragraphs(HEAD + STORY + box) == STORY
    # the first name alone, over a bio that opens with it
    box = ["Marta", "Marta is a reporter on the coast desk who grew up on an island in the north of the country."]
    assert _paragraphs(HEAD + STORY + box) == STORY


def test_the_last_profile_of_a_list_of_people_is_no_author_box() -> None:
    # each section is a name heading over a paragraph about that person, named nowhere above
    from newsparse._draft import Draft
    from newsparse.blocks import split
    from newsparse.layout import cut_at_author_box

    lines = [*HEAD[:2], *STORY[:4], "Ines Berg", "Ines Berg is the harbour master and has run the port for eleven years."]
    d = split(Draft(text="\n".join(lines)))
    assert cut_at_author_box(d, (2, len(d.lines))) == (2, len(d.lines))
    # named in the byline above the body, the same name and bio are the author box
    d = split(Draft(text="\n".join([*lines[:2], "By Ines Berg", *lines[2:]])))
    assert cut_at_author_box(d, (3, len(d.lines))) == (3, len(d.lines) - 2)


def test_a_last_paragraph_under_a_subheading_that_is_no_name_stays() -> None:
    # a subheading whose words the last paragraph repeats, not a name over a bio
    lines = HEAD + STORY[:4] + ["Flood Barrier", "Flood barrier gates like these already guard two other ports on the coast."]
    assert _paragraphs(lines)[-1] == lines[-1]


def test_a_story_of_one_part_printed_over_and_over_stays_whole() -> None:
    lines = HEAD + STORY * 3
    assert _paragraphs(lines) == STORY * 3


def test_a_teaser_card_whose_title_is_printed_twice_is_not_kept() -> None:
    # the card's picture and its text both link the title; its section label goes with each
    card = ["Business", "Ferry company orders two larger boats for the summer", "Business",
            "Ferry company orders two larger boats for the summer",
            "The new boats will carry twice as many cars as the old ones, the company said."]
    assert _paragraphs(HEAD + STORY[:4] + card + STORY[4:]) == STORY


def test_a_line_printed_twice_without_running_text_below_stays_out_of_this_rule() -> None:
    # a table's header printed twice, with figures in it, and a doubled line at the end
    lines = HEAD + STORY + ["Results of the vote in the council", "Results of the vote in the council"]
    assert _paragraphs(lines)[:5] == STORY


def test_a_wire_story_starts_at_its_dateline() -> None:
    # a photo's caption over the byline and the wire story's first paragraph
    lead = "HARBOURTON, Nordland — " + STORY[0]
    caption = "The old quay seen from the lighthouse on Monday morning, as the tide came in over the steps."
    lines = [*HEAD[:2], caption, "By Harbour News Staff | March 12, 2024 at 2:26 PM - Updated at 4:46 PM", lead, *STORY[1:]]
    kept = _paragraphs(lines)
    assert caption not in kept and kept[-5:] == [lead, *STORY[1:]]


def test_a_colon_after_a_name_is_no_dateline_to_start_at() -> None:
    # a results list: "Team (3-1): …" lines are not a wire story's dateline
    lines = HEAD + STORY[:2] + ["Harbourton (3-1): Lindqvist 2 goals. Berg 1 goal. Holm 4 saves in the second half."] + STORY[2:]
    assert _paragraphs(lines) == lines[3:]


def test_a_place_or_an_office_over_the_last_paragraph_is_no_author_box() -> None:
    for name, last in [
        ("New York", "New York officials said the plan would be reviewed again next month by the board."),
        ("Mayor Lindqvist", "Mayor Lindqvist said the town would not wait for the state to act before winter."),
    ]:
        assert _paragraphs(HEAD + STORY + [name, last])[-1] == last


def test_a_promo_whose_second_sentence_asks_to_subscribe_ends_the_body() -> None:
    promo = "Stay up to date with the harbour. Subscribe to our newsletter."
    assert _paragraphs(HEAD + STORY + [promo]) == STORY


def test_a_last_paragraph_about_subscribers_stays() -> None:
    last = "The paper closed in 2009. Subscribers were told their money would be paid back by the end of that year."
    assert _paragraphs(HEAD + STORY + [last])[-1] == last


def test_a_refrain_sung_twice_in_a_poem_is_no_teaser_card() -> None:
    from newsparse._draft import Draft
    from newsparse.blocks import split
    from newsparse.layout import teaser_cards

    verse = ["The boats come home across the bay", "The gulls go up and wheel away"]
    refrain = "And the tide comes in and the tide goes out"
    d = split(Draft(text="\n".join([*STORY, *verse, refrain, refrain, "Then the harbour sleeps till the morning comes."])))
    assert teaser_cards(d, (0, len(d.lines))) == []


def test_a_box_of_links_under_a_box_heading_inside_the_story_is_not_kept() -> None:
    # sentence-case titles of other stories, closed by the box's "More in …" link
    box = ["Watch: the ferry crosses in a storm", "Five things to know about the new gates",
           "Harbour master says the quay will stay open", "More in Harbour News"]
    more = "The council will publish the full plans for the gates on its website later this month, it said."
    assert _paragraphs(HEAD + STORY[:4] + box + STORY[4:] + [more]) == [*STORY, more]


def test_numbered_subheadings_next_to_a_box_stay() -> None:
    from newsparse._draft import Draft
    from newsparse.blocks import split
    from newsparse.layout import teaser_boxes

    lines = [*STORY[:4], "Related", "1. What the gates will cost", "2. When the work will start",
             "3. Who will pay for the barrier", STORY[4]]
    d = split(Draft(text="\n".join(lines)))
    assert teaser_boxes(d, (0, len(d.lines))) == []


def test_short_facts_under_a_latest_heading_stay() -> None:
    facts = ["Ferry services suspended until Friday", "Schools closed in three of the districts",
             "Power cut to two thousand homes overnight"]
    more = "The council will publish the full plans for the gates on its website later this month, it said."
    kept = _paragraphs(HEAD + STORY[:4] + ["Latest", *facts] + STORY[4:] + [more])
    assert all(f in kept for f in facts)


def test_a_row_of_share_buttons_without_network_names_is_boilerplate() -> None:
    from newsparse.boilerplate import is_boilerplate

    assert is_boilerplate("Share  Pin  Tweet  Email")
    assert is_boilerplate("Share this article via facebook")
    assert not is_boilerplate("Share the pie")
    assert not is_boilerplate("Email, share and print less, the council told its staff.")
