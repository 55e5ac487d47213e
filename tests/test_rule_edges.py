"""Edges of this round's rules, found in review: each case once went wrong."""

from __future__ import annotations

import newsparse

_STORY = "The council met on Monday and voted to delay the harbour plan until the spring, officials said on Tuesday evening."
_BODY = "\n\n".join([_STORY] * 3)


def _authors(article: newsparse.Article) -> list[str]:
    return [a.name for a in article.byline.authors] if article.byline else []


def test_brand_names_are_not_glued_links() -> None:
    """Names written with an inner capital are words of a headline, not a glued menu."""
    text = f"WhatsApp and YouTube outages hit PlayStation users\nBy Ann Lee\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "WhatsApp and YouTube outages hit PlayStation users"


def test_slideshow_heading_never_takes_the_title_or_byline() -> None:
    slides = "".join(f"{k}/6 Waves over the wall {k}\nThe sea wall on day {k}, as the storm went on.\n" for k in range(1, 7))
    article = newsparse.parse(f"Storm batters the harbour\nBy Ann Lee\n{slides}")
    assert article.headline is not None and article.headline.text == "Storm batters the harbour"
    assert _authors(article) == ["Ann Lee"]


def test_numbered_list_after_a_colon_line_keeps_the_story_whole() -> None:
    items = "1) Cheap ferry\nLink one\n2) Night boat\nLink two\n3) Island pass\nLink three\n"
    text = f"{_STORY}\nHere are the offers:\n{items}{_STORY}\n{_STORY}\n"
    texts = [p.text for p in newsparse.parse(text).paragraphs]
    assert texts[0] == _STORY and texts[-1] == _STORY and len(texts) == 10


def test_particle_names_outside_german_nouns_are_names() -> None:
    for name in ("Sjoerd de Jong", "Kees van Dijk"):
        article = newsparse.parse(f"Harbour plan delayed again\n{name}\nStaff Writer\n\n{_BODY}\n")
        assert _authors(article) == [name]
    article = newsparse.parse(f"Harbour plan delayed again\nOffenlegung von Werbung\nStaff Writer\n\n{_BODY}\n")
    assert _authors(article) == []


def test_name_before_furniture_keeps_its_own_spaces() -> None:
    for name in ("Ana\u00a0Ruiz", "Jane  Roe"):
        text = f"Harbour plan delayed\nBy {name} Reiterwelt International\n\n{_BODY}\n"
        article = newsparse.parse(text)
        author = article.byline.authors[0] if article.byline else None
        assert author is not None and author.name == name
        assert text[author.span.start : author.span.end] == name


def test_publication_label_in_capitals_is_a_timestamp() -> None:
    from newsparse.headline import text_features

    assert "meta" in text_features("TIME OF PUBLICATION: 5:30 AM")
    assert "meta" in text_features("Time of Publication: 5:30 am")


def test_name_and_role_keep_their_non_breaking_spaces() -> None:
    """Found by the nightly property run: a role after a name, both spelt with NBSP."""
    text = f"Harbour plan delayed\n\n{_BODY}\n\nAna\u00a0Ruiz\u00a0Staff\u00a0Writer"
    article = newsparse.parse(text)
    assert article.byline is not None
    author = article.byline.authors[0]
    assert text[author.span.start : author.span.end] == author.name == "Ana\u00a0Ruiz"
    assert author.role_span is not None
    assert text[author.role_span.start : author.role_span.end] == author.role == "Staff\u00a0Writer"


def test_a_date_inside_a_byline_line_parts_the_names_around_it() -> None:
    """Found by the nightly property run: a name piece ran over a blanked-out date."""
    text = f"Harbour plan delayed\n\n{_BODY}\n\nBy\nAna Ruiz and Jo Lee, Reuters 0/0/1890 Port Desk"
    article = newsparse.parse(text)
    assert article.byline is not None
    for author in article.byline.authors:
        assert text[author.span.start : author.span.end] == author.name
        assert "  " not in author.name
