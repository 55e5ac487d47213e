"""Figure captions printed without a photo credit: a caption over its source, a chart
announced by the paragraph above it, a numbered figure; and the look-alikes that must
stay paragraphs (made-up pages)."""

from __future__ import annotations

import newsparse

HEAD = "Readers write about the harbour plan\n\nBy Mara Quill\n\n3 June 2024\n\n"
FIRST = "The council's plan to rebuild the harbour wall drew more letters this week than any other subject, and most of them were against it."
LAST = "The council will hear the public on the plan at its meeting next Thursday, and a vote is expected before the summer break."


def _captions(text: str) -> list[tuple[str, object]]:
    return [(c["text"], c["credit"]) for c in newsparse.to_dict(newsparse.parse(text))["captions"]]


def _page(*middle: str) -> str:
    return HEAD + "\n\n".join([FIRST, *middle, LAST]) + "\n"


def test_letter_signed_by_its_writer_is_no_caption() -> None:
    letter = "The wall has stood for a hundred years and can stand for another twenty with repairs.\nMargaret Hale"
    assert _captions(_page(letter)) == []


def test_sentence_over_an_organisation_is_a_figure_and_its_source() -> None:
    fig = "This chart shows sea levels at the harbour gauge rising by a hand's width since 1990.\nCoastal Survey Office"
    assert _captions(_page(fig)) == [("This chart shows sea levels at the harbour gauge rising by a hand's width since 1990.", "Coastal Survey Office")]


def test_first_person_quote_over_a_name_is_no_caption() -> None:
    quote = "We will fight this plan in every meeting until it is dropped.\nHarbour Users Group"
    assert _captions(_page(quote)) == []


def test_question_over_a_name_is_no_caption() -> None:
    assert _captions(_page("Who will pay for the new wall, and when?\nHarbour Users Group")) == []


def test_colon_announcing_a_list_takes_no_caption() -> None:
    text = _page("Readers raised three points, listed here:", "the cost of the wall", LAST)
    assert _captions(text) == []


def test_colon_naming_a_chart_over_a_list_takes_no_caption() -> None:
    text = _page("The chart below shows three options:", "repair the old wall\nbuild a new wall\ndo nothing")
    assert _captions(text) == []


def test_colon_naming_a_chart_over_code_takes_no_caption() -> None:
    text = _page("To draw the chart, run this command:", "plot --input levels.csv > chart.png")
    assert _captions(text) == []


def test_chart_caption_at_the_end_of_the_dump() -> None:
    text = HEAD + FIRST + "\n\nHere is a chart of the letters received each week:\n\nletters per week, January to May"
    assert _captions(text) == [("letters per week, January to May", None)]


def test_figure_number_cited_in_a_sentence_stays_a_paragraph() -> None:
    assert _captions(_page("Figure 2 shows how the wall would look from the beach.")) == []
    assert _captions(_page("Figure 2: the wall seen from the beach")) == [("Figure 2: the wall seen from the beach", None)]


def test_crlf_and_nbsp_pages() -> None:
    fig = "This chart shows sea levels at the harbour gauge rising by a hand's width since 1990.\nCoastal\u00a0Survey Office"
    text = _page(fig).replace("\n", "\r\n")
    assert [c for c, _ in _captions(text)] == ["This chart shows sea levels at the harbour gauge rising by a hand's width since 1990."]


def test_colon_naming_a_photo_over_a_quote_or_a_link_takes_no_caption() -> None:
    assert _captions(_page("The mayor posted a photo of the wall with these words:", "“Proud of the people who built it”")) == []
    assert _captions(_page("The mayor posted a picture of the wall on her page:", "See the post at www.example.org/wall")) == []


def test_colon_before_the_latest_figures_takes_no_caption() -> None:
    assert _captions(_page("The council gave out the latest figures for the harbour:", "Boats moored in May 212")) == []


def test_place_and_date_over_a_labelled_credit_is_a_caption() -> None:
    text = HEAD + "Harbour wall, Mar. 3, 2024.\nPhoto: Lena Hart\n\n" + FIRST + "\n\n" + LAST + "\n"
    assert _captions(text) == [("Harbour wall, Mar. 3, 2024.", "Lena Hart")]


def test_date_line_over_a_labelled_credit_is_no_caption() -> None:
    for line in ("Published Mar. 3, 2024", "Published, Mar. 3, 2024.", "Mar. 3, 2024", "EASTBROOK, Mar. 3, 2024."):
        text = HEAD + line + "\nPhoto: Lena Hart\n\n" + FIRST + "\n\n" + LAST + "\n"
        assert all(t != line for t, _ in _captions(text)), line


def test_figure_rules_on_tiny_and_odd_inputs() -> None:
    for text in (
        "",
        "Figure 1:",
        "Figure 1: x",
        "Here is a chart of the levels:",
        "Here is a chart of the levels:\n\nlevels by year",
        "A sentence about the harbour wall and the sea.\nCoastal Survey Office",
        "\n\nCoastal Survey Office\n\n",
        "Photo 1 of 5",
        "Photo 1 of 5\n\nThe harbour master said the wall would hold.",
        "Inicio / Sociedad",
        "Inicio /",
        "/ / /",
        "Figure 1: " + "word " * 50_000,
    ):
        newsparse.to_dict(newsparse.parse(text))  # no crash


def test_source_pair_at_the_very_start_or_end_is_not_taken() -> None:
    pair = "This chart shows sea levels at the harbour gauge rising by a hand's width since 1990.\nCoastal Survey Office"
    assert _captions(pair + "\n\n" + FIRST + "\n") == []
    assert _captions(HEAD + FIRST + "\n\n" + pair + "\n") == []


def test_a_header_place_and_date_over_the_hero_credit_stays_the_date() -> None:
    # with no other date near it, "Place, date." over a photo's credit is the header's date line
    for page in (
        "Riverside library reopens after two-year rebuild\n\nBy Daniel Okafor\n\nRiverton, April 9, 2025.\nPhoto: Maya Lind\n\n",
        "Bibliothek am Fluss öffnet wieder\n\nVon Jonas Weber\n\nHamburg, 9. April 2025.\nFoto: dpa\n\n",
    ):
        record = newsparse.to_dict(newsparse.parse(page + FIRST + "\n\n" + LAST + "\n"))
        assert (record["published"] or "")[:10] == "2025-04-09", page[:20]
        assert not any("2025" in c["text"] for c in record["captions"])
