"""Lists inside a story that the zoning must keep (a list the story announces) or set
aside (a box of teaser links), each with a case where the rule must *not* fire."""

from __future__ import annotations

from _stories import HEAD, STORY
from _stories import paragraphs_of as _paragraphs

#: four titles as long as a headline's, Title Case: a box of teasers by their shape alone
TITLES = [
    "The Lighthouse Keeper And Her Seven Daughters",
    "A Winter Journey Across The Northern Lakes",
    "The Clockmaker Who Forgot How To Count",
    "Letters From A Garden At The Edge Of Town",
]


def test_titles_announced_by_the_last_sentence_of_a_paragraph_stay() -> None:
    # the paragraph's last sentence says how many titles follow, and the story goes on after them
    intro = STORY[3] + " These are the four books readers borrowed most often this year."
    lines = HEAD + STORY[:3] + [intro] + TITLES + STORY[4:]
    assert _paragraphs(lines) == [*STORY[:3], intro, *TITLES, *STORY[4:]]


def test_titles_announced_with_a_figure_stay() -> None:
    intro = STORY[3] + " Die 4 meistgelesenen Bücher des Jahres waren diese."
    lines = HEAD + STORY[:3] + [intro] + TITLES + STORY[4:]
    assert all(t in _paragraphs(lines) for t in TITLES)


def test_titles_under_a_paragraph_that_announces_nothing_are_a_box() -> None:
    # a short last sentence that names no count of the titles below: a box of teasers
    lines = HEAD + STORY[:3] + [STORY[3] + " He declined to comment."] + TITLES + STORY[4:]
    assert not any(t in _paragraphs(lines) for t in TITLES)


def test_titles_announced_with_another_count_are_a_box() -> None:
    # the count named is not the number of titles below it
    lines = HEAD + STORY[:3] + [STORY[3] + " Two of the houses were later sold."] + TITLES + STORY[4:]
    assert not any(t in _paragraphs(lines) for t in TITLES)


def test_announced_titles_that_end_the_page_are_a_box() -> None:
    # no story paragraph after the titles: they close the page like a box of links
    lines = HEAD + STORY + [STORY[0] + " These are the four stories read most this week."] + TITLES
    assert not any(t in _paragraphs(lines) for t in TITLES)


def test_furniture_under_a_box_of_links_is_no_story_resuming() -> None:
    # a line of furniture shaped like a sentence (a cookie notice) and a long line of two
    # links under a "Most read" box: no two lines of the story in a row, the box ends it
    tail = [
        "Most read",
        "Ferry Fares Rise Again For Winter",
        "Old Lighthouse Opens To Summer Visitors",
        "Fishing Fleet Comes Back Into Port",
        "We use cookies to give you the best experience on our website.",
        "The text service brings the main stories of the day to your phone | The post service brings them to readers abroad.",
        "© 2024 Harbour News. All rights reserved.",
    ]
    assert _paragraphs(HEAD + STORY + tail) == STORY


def test_furniture_under_a_box_that_closes_the_story_is_no_story_resuming() -> None:
    # four link lines with no heading, then a subscription notice set aside as furniture
    # and the outlet's own blurb: the box ends the story, the footer does not carry it on
    tail = [
        "Ferry fares rise again for the winter season",
        "The old lighthouse opens to summer visitors",
        "Fishing fleet comes back into port early",
        "How the tides shape the town's working year",
        "We use cookies to give you the best experience on our website.",
        "Harbour News subscriptions bring you the paper wherever and whenever you like it, on paper, on the web and on a tablet.",
    ]
    assert _paragraphs(HEAD + STORY + tail) == STORY


def test_calls_above_a_newsletter_form_go_with_it() -> None:
    # a call to write to the author, then a sign-up form with its blurb and privacy note:
    # once the form is cut, the calls above it are looked at too
    tail = [
        "Write to Marta Lindqvist at marta@harbour.example or follow her for more stories from the quay.",
        "SIGN UP FOR OUR NEWSLETTER",
        "Get the harbour news and the tide tables in your inbox every morning!",
        "We will never share your address, and you can leave the list at any time you like.",
    ]
    assert _paragraphs(HEAD + STORY + tail) == STORY


def test_a_closing_paragraph_above_a_newsletter_form_stays() -> None:
    # the story's last paragraph is no call: the cut stops under it
    tail = [
        "SIGN UP FOR OUR NEWSLETTER",
        "Get the harbour news and the tide tables in your inbox every morning!",
        "We will never share your address, and you can leave the list at any time you like.",
    ]
    assert _paragraphs(HEAD + STORY + tail) == STORY


def test_a_title_over_a_read_more_button_inside_the_story_is_a_teaser() -> None:
    # the link to another story, printed between paragraphs with its button under it
    teaser = "Ferry company orders two larger boats for the winter crossings"
    for button in ("Read more", "Leer más", "Weiterlesen"):
        lines = HEAD + STORY[:3] + [teaser, button] + STORY[3:]
        assert _paragraphs(lines) == STORY, button


def test_a_paragraph_over_a_read_more_button_stays() -> None:
    # a paragraph that ends its sentence is the story's (an excerpt over its "Read more")
    lines = HEAD + STORY[:3] + ["Read more"] + STORY[3:]
    assert _paragraphs(lines) == STORY
    # nor is a short title over a button at the story's very end taken: no story below it
    lines = HEAD + STORY + ["Ferry company orders two larger boats for the winter crossings", "Read more"]
    assert _paragraphs(lines)[: len(STORY)] == STORY


def test_sentence_shaped_furniture_in_other_languages_is_boilerplate() -> None:
    from newsparse.boilerplate import is_boilerplate

    for line in (
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Abonnez-vous à notre lettre du matin",
        "Tutti i diritti riservati",
        "Tempo de leitura: 3 minutos",
    ):
        assert is_boilerplate(line), line
    # a story's sentences that merely speak of the same things
    for line in (
        "Die Verbraucherzentrale warnt, dass viele Seiten Cookies ohne Zustimmung setzen.",
        "Abbonati in calo per il terzo anno, ha detto l'editore.",
        "Abbonati a teatro e biblioteca potranno usare la stessa tessera, ha spiegato l'assessore.",
        "Los abonados podrán suscribirse desde el lunes en la oficina del puerto.",
    ):
        assert not is_boilerplate(line), line


def test_a_spanish_cookie_banner_under_the_story_is_not_kept() -> None:
    banner = ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.", "Aceptar"]
    assert _paragraphs(HEAD + STORY + banner) == STORY


def test_probes_of_the_list_and_button_rules() -> None:
    # an announced list in a dump with CRLF line ends, and one whose count is a figure
    intro = STORY[3] + " These are the 4 books lent most."
    assert all(t in _paragraphs(HEAD + STORY[:3] + [intro] + TITLES + STORY[4:]) for t in TITLES)
    import newsparse

    crlf = "\r\n".join([*HEAD, *STORY[:3], STORY[3] + " These are the four books lent most.", *TITLES, *STORY[4:]]) + "\r\n"
    assert all(t in [p.text for p in newsparse.parse(crlf).paragraphs] for t in TITLES)
    # a count too long to be one, and a title over a button at the dump's very start
    huge = STORY[3] + " These are the 99999999999999999999 books."
    assert not any(t in _paragraphs(HEAD + STORY[:3] + [huge] + TITLES + STORY[4:]) for t in TITLES)
    assert _paragraphs(["Ferry company orders two larger boats", "Read more", *STORY]) == STORY
    # a lone button under the story's last paragraph takes nothing with it
    assert _paragraphs([*HEAD, *STORY, "Read more"]) == STORY


def test_a_box_between_its_heading_and_the_wire_story_is_not_read_as_the_story() -> None:
    # the page's "Most popular" box stands between the byline and the story's dateline
    # paragraph: its titles are the box's, not the story's first lines
    lead = "HARBOURTON, Norway — " + STORY[0]
    box = [
        "MOST POPULAR",
        "Ferry fares rise again for the winter season",
        "Old lighthouse opens to summer visitors",
        "Tide tables change this winter. These maps show where and by how much.",
        "Fishing fleet back in port",
    ]
    assert _paragraphs(HEAD + box + [lead, *STORY[1:]]) == [lead, *STORY[1:]]


def test_a_header_under_a_box_heading_is_no_box() -> None:
    # a menu entry shaped like a box heading over the story's own title, byline and date
    import newsparse

    lead = "HARBOURTON, Norway — " + STORY[0]
    lines = ["Most popular", "Town council approves new flood barrier", "By Marta Lindqvist", "March 3, 2024", lead, *STORY[1:]]
    article = newsparse.parse("\n".join(lines) + "\n")
    assert article.headline is not None and article.headline.text == "Town council approves new flood barrier"


def test_a_closing_line_between_furniture_stays() -> None:
    # the story's short last paragraph under an advertisement and over the page's footer
    closing = "We will update this story as more information becomes available."
    lines = [*HEAD, *STORY, "Advertisement", closing, "Terms of use", "© 2024 Harbour News"]
    assert _paragraphs(lines) == [*STORY, closing]


def test_a_closing_line_giving_an_address_stays() -> None:
    closing = "Questions about the works can be sent by e-mail to the harbour office."
    lines = [*HEAD, *STORY, "Advertisement", closing, "Terms of use"]
    assert _paragraphs(lines) == [*STORY, closing]


def test_a_box_of_titles_cut_short_inside_the_story_is_not_kept() -> None:
    box = [
        "Most Popular",
        "Storm damage mapped along the coast of the bay an...",
        "News",
        "Ferry company orders two larger boats for the win...",
        "News",
    ]
    more = "The harbour master said the gates would be tested twice a year, each spring and autumn."
    assert _paragraphs([*HEAD, *STORY[:4], *box, *STORY[4:], more]) == [*STORY, more]


def test_a_paragraph_trailing_off_under_a_heading_stays() -> None:
    # one line ending in an ellipsis under a heading that may end stories is no box
    trailing = "And then, said the harbour master, the water simply kept on rising..."
    more = "The harbour master said the gates would be tested twice a year, each spring and autumn."
    lines = [*HEAD, *STORY[:4], "Most Popular", trailing, *STORY[4:], more]
    assert trailing in _paragraphs(lines)


def test_a_story_list_of_prices_and_amounts_stays() -> None:
    # a price at a shop or money from a giver has the shape of a shop's button, but a story
    # lists them too (review of a withdrawn rule that set such lines aside by their shape)
    amounts = ["$5,000 from Riverside Council", "$2,500 from Grace Miller", "$3.49 at Walmart", "$3.99 at Target"]
    kept = _paragraphs([*HEAD, *STORY[:3], "The appeal raised money from across the town:", *amounts, *STORY[3:]])
    assert all(a in kept for a in amounts)


def test_a_wire_title_under_a_box_over_its_dateline_stays_the_headline() -> None:
    import newsparse

    title = "Harbour gates close as storm surge nears the coast"
    story = ["VALMORA (Reuters) - " + STORY[0], *STORY[1:]]
    for sep in ("\n\n", "\n"):
        text = sep.join(["MOST POPULAR", "Storm warning issued for the weekend", "Schools to close early on Friday", title, *story]) + "\n"
        article = newsparse.parse(text)
        assert article.headline is not None and article.headline.text == title, repr(sep)
