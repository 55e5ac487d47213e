"""Lines of a story's header that anchor the headline search although no earlier stage claimed them."""

from __future__ import annotations

from newsparse import headline
from newsparse._draft import FREE, Draft, evolve
from newsparse.pipeline import STAGES


def _before_headline(text: str) -> Draft:
    d = Draft(text=text)
    for name, stage in STAGES:
        if name == "headline":
            break
        d = stage(d)
    return d


def test_dated_byline_lines() -> None:
    for text in ("by oz on December 4, 2006", "By Jo Roe, May 3, 2024", "by the desk on 3 May 2024"):
        assert headline._dated_byline(text), text
    for text in ("By March 3, 2024 the port will close", "By 2030 the port will close", "Bypass opens May 3, 2024",
                 "by jo", "Storm hits May 3, 2024", "by"):
        assert not headline._dated_byline(text), text


def test_a_dated_byline_left_free_anchors_the_search() -> None:
    text = (
        "Harbour Sounds - Folk Music Blog\n\nThe Fifty Best Fiddlers of the Decade\n\nby jo on March 4, 2011\n\n"
        "I have never played the fiddle, but I have spent many nights listening to those who do, and this "
        "list had me arguing with myself all week.\n\nHere is the whole list, from the latest issue.\n"
    )
    d = _before_headline(text)
    i = next(ln.index for ln in d.lines if ln.text.startswith("by jo"))
    roles = list(d.roles)
    roles[i] = FREE  # as when the byline stage leaves it (the body zoned far below, at comments)
    assert i in headline._marks(evolve(d, roles=tuple(roles)))
