"""The byline rules for stacked author cards, connector lines, e-mail bars, times beside a
bare name, particles between nouns, name segments on a date line, "more by" links in other
languages, a paper's author list, a late "By" line and the search order near the body.

All names and texts here are invented.
"""

from __future__ import annotations

from typing import List

import newsparse


def authors(text: str) -> List[str]:
    byline = newsparse.to_dict(newsparse.parse(text))["byline"]
    return [a["name"] for a in byline["authors"]] if byline else []


STORY = (
    "The council voted on Tuesday to close the old pool at the end of the summer season, after a long debate.\n"
    "Members said the building needed repairs that the town could not afford this year or the next.\n"
    "A new pool is planned for the east side, but no date has been set for the start of the work.\n"
)


def test_email_bars_after_a_byline_word() -> None:
    text = "Pool to close\nBy ANA VOSS | avoss@paper.example | Town Press Group, LEO MARR | lmarr@paper.example | Town Press Group\n" + STORY
    assert authors(text) == ["ANA VOSS", "LEO MARR"]


def test_bars_without_emails_still_end_the_names() -> None:
    text = "Pool to close\nBy Ana Voss | Town Paper | Leo Marr Sports\n" + STORY
    assert authors(text) == ["Ana Voss"]


def test_connector_line_between_name_lines() -> None:
    text = "Pool to close\nBy\nAna Voss\nand\nLeo Marr\nMay 3, 2024\n" + STORY
    assert authors(text) == ["Ana Voss", "Leo Marr"]


def test_stacked_cards() -> None:
    text = "Pool to close\n" + STORY + "Ana Voss\nStaff Writer, Town Paper\nLeo Marr\nSports Reporter, Town Paper\n"
    assert authors(text) == ["Ana Voss", "Leo Marr"]


def test_age_beside_a_bare_name() -> None:
    assert authors("Pool to close\nANA VOSS\n2 DAYS AGO\n" + STORY) == ["ANA VOSS"]


def test_bare_clock_time_does_not_vouch() -> None:
    # a video chapter mark under a line of capitalised words is not a dated byline
    assert authors("Pool to close\nBlue Water Swim\n0:06\n" + STORY) == []


def test_particle_between_nouns_is_not_a_name() -> None:
    text = "Pool to close\nHinweis von Redaktion\n12. März 2024\n" + STORY
    assert authors(text) == []


def test_particle_after_a_given_name_is_a_name() -> None:
    text = "Pool to close\nMaria von Hagen\n12. März 2024\n" + STORY
    assert authors(text) == ["Maria von Hagen"]


def test_name_segment_between_bullets_on_a_date_line() -> None:
    assert authors("Pool to close\n4 May 2024, 10:15 • Ana Voss • 2841\n" + STORY) == ["Ana Voss"]


def test_more_by_link_in_german() -> None:
    text = "Pool to close\n" + STORY + "Ana Voss\nWeitere Beiträge\n"
    assert authors(text) == ["Ana Voss"]


def test_paper_author_list_before_doi() -> None:
    text = "Pool study\nAna Voss, Leo Marr, Kim R. Ode\ndoi: https://doi.org/10.0000/1\n" + STORY
    assert authors(text) == ["Ana Voss", "Leo Marr", "Kim R. Ode"]


def test_keyword_list_before_doi_is_not_a_byline() -> None:
    text = "Pool study\nSoil microbes, alpine meadows, spring thaw, snowmelt\ndoi: https://doi.org/10.0000/1\n" + STORY
    assert authors(text) == []


def test_surname_in_capitals() -> None:
    text = "Pool to close\n" + STORY + "Ana VOSSEN\nStaff Writer, Town Paper\n"
    assert authors(text) == ["Ana VOSSEN"]


def test_share_bar_is_not_a_name() -> None:
    """A line made only of the names of networks and share buttons is never a byline."""
    text = "POOLS\nTOWN POOL TO CLOSE AT THE END OF SUMMER\n4 June, 2023, 9:15 am\nFacebook WhatsApp Twitter Email Print\n\n" + STORY
    assert authors(text) == []
    text = "Pool to close\n4 June 2023\nLinkedIn Pinterest Reddit Telegram\n\n" + STORY
    assert authors(text) == []


def test_gender_neutral_german_labels() -> None:
    """German writes a role for any gender with a star, a colon or an underscore ("Autor*in",
    "Kolumnist:in"): such a label before a colon opens the byline like "Autor:"."""
    for label in ("Kolumnist*in", "Autor*in", "Autor:in", "Redakteur_in", "Kolumnistin"):
        text = f"Das Freibad schließt\n\nDie Stadt spart beim Schwimmen.\n\n{label}: Ana Voss\n\n" + STORY
        assert authors(text) == ["Ana Voss"], label


def test_lower_case_handle_before_on_date() -> None:
    """A blog's "by <handle> on <date>": a one-word user name in lower case is the author,
    but a site's generic account ("admin") is not."""
    text = "Pool to close\n\nby rikki on March 4, 2011\n\n" + STORY
    assert authors(text) == ["rikki"]
    text = "Pool to close\n\nby admin on March 4, 2011\n\n" + STORY
    assert authors(text) == []
    # a sentence opening with "by" is not a byline
    text = "Pool to close\n\nby noon on March 4, 2011 the gates were shut for good.\n\n" + STORY
    assert authors(text) == []


def test_title_with_a_dashed_subtitle_is_not_a_name() -> None:
    """"Two Words — a subtitle of four words or more" is a title, not a name and its furniture;
    a role or an outlet after the dash still leaves the name."""
    text = "Blog\n\nCrop Rotation — Plan Every Field Around One Idea\n\n6/13/2018\n\n" + STORY
    assert authors(text) == []
    text = "Pool to close\n\nAna Voss — Senior Town Hall Reporter\n\n6/13/2018\n\n" + STORY
    assert authors(text) == ["Ana Voss"]


def test_byline_in_a_long_run_of_facts() -> None:
    """A header line of short facts between bars (date and author, category, tags) holds the
    byline however many words it has in all."""
    head = "Pool to close\n3 May 2021 09:18 by Ana Voss | Category Town Life | Tags budget, taxes, schools, pools, summer, council, repairs\n"
    assert authors(head + STORY) == ["Ana Voss"]


def test_article_and_one_word_is_not_a_name() -> None:
    """A capitalised article and one word ("El Deporte", "La Tienda", "Das Wichtigste") names a
    section, an outlet or a place, not a person; the names on the line below are the author's."""
    from newsparse.byline import is_name

    assert not any(is_name(s) for s in ("El Deporte", "La Tienda", "Le Journal", "Das Wichtigste", "Los Angeles"))
    assert all(is_name(s) for s in ("Marine Le Pen", "El Hadji Diouf", "Ana de la Torre"))
    text = "Deportes\nEl Deporte martes, 22 de diciembre de 2020\nLas ligas de invierno\nHéctor J. Ruiz\nhruiz@example.com\n" + STORY
    assert authors(text) == ["Héctor J. Ruiz"]


def test_newsroom_word_is_not_a_name() -> None:
    """"Redaktion Example.de" (the newsroom: Redaktion, Rédaction, Redacción, Redazione,
    Redakcja) is not a person; the name above it is the author."""
    text = "Die Wand dämmen\nAna Voss\nRedaktion Hausblatt.de\n25.01.2022 14:47 Uhr\n" + STORY
    assert authors(text) == ["Ana Voss"]


def test_bare_name_above_body_before_teaser_card_inside_it() -> None:
    """A bare name with a time under it just above the body wins over a teaser card's
    "Title" / "Name" / "date" inside the body's first lines."""
    para = "The council voted on Tuesday to close the old pool at the end of the summer, after a long and heated debate."
    text = (
        "Why the old pool had to close\nAna Voss\n1:39 PM ET\n"
        + "\n".join([para] * 3)
        + "\nRecommended\nA short history of the town baths\nLeo Marr\nAug 23, 2017\n"
        + "\n".join([para] * 6)
        + "\n"
    )
    assert authors(text) == ["Ana Voss"]


def test_bare_name_with_its_bio_further_down() -> None:
    """A bare name line above the story is the byline when the same name opens an author bio
    further down the page ("Jane Roe is a …")."""
    bio = "\nTamsin Quarrell is a reporter who covers the town council and its budget.\n"
    comments = "".join(f"Reader {n} wrote that the pool had been the heart of the town for many summers.\n" for n in range(1, 6))
    text = "Why the old pool had to close\nShare\nTweet\nTamsin Quarrell\n" + STORY + bio + comments
    assert authors(text) == ["Tamsin Quarrell"]
    # without the bio, a bare name with no date, role or known given name is not taken
    text = "Why the old pool had to close\nShare\nTweet\nTamsin Quarrell\n" + STORY
    assert authors(text) == []


def test_labelled_byline_closing_a_long_story() -> None:
    """A label, a colon and a name closing the story ("Editor: …", "责任编辑：…") is the byline
    when none stands at the top, as a closing "By …" line is."""
    long_story = STORY * 6
    assert authors("Pool to close\n" + long_story + "Redaktor: Ana Voss\nShare\n") == ["Ana Voss"]


def test_teaser_bylines_opening_like_the_story_byline() -> None:
    """Under the story, teaser cards each with a "Written by …" line like the story's own are
    other stories' bylines, not more credits for this one."""
    text = (
        "Pool to close\nWritten by Ana Voss on April 29, 2018\n" + STORY
        + "Read this next\nThe best lakes for a summer swim\nWritten by Leo Marr, MS\n"
        + "Lakes are cooler than pools and free to use, says a guide to the region.\nRead more\n"
    )
    assert authors(text) == ["Ana Voss"]
