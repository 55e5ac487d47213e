"""Stage: body paragraphs, list items and subheadings; notes and related links.

The body runs from the end of the header (headline, deck, byline, dates) to the
end of the densest run of running text found by :mod:`newsparse.layout`,
stretched over short sentences at either end. Inside it every free line is a
paragraph, a list item (a bullet glyph), a subheading, a note ("Editor's note:
…") or a related link ("Go deeper: …"), but the headline or deck printed again at its top.
A lead label such as "Why it matters:" and a bullet are kept out of the
paragraph text.

>>> split_label("Why it matters: More than 1 million people are in Rafah.")
('Why it matters', 16)
>>> split_bullet("  • The U.S. is concerned.")
('The U.S. is concerned.', 4)
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import regex

from ._draft import FREE, Draft, Line, claim, fold_of, whole
from ._lexicon import boilerplate as blex
from ._lexicon import labels as llex
from ._lexicon.speech import SPEECH_FORMS
from ._text import ends_sentence, fold, has_digit, is_titlelike, word_count
from .layout import is_call_to_reader
from .model import Block, Field, Paragraph, Span

__all__ = ["build", "note_kind", "related_title", "split_bullet", "split_label"]

_PATTERNS = {
    # "Why it matters: …" — up to five words, then a colon and the text
    "label": regex.compile(r"^(?P<label>[^:：\n]{1,40}?)\s*[:：]\s+(?P<text>\S.*)$"),
    # "• text", "- text", "1. text", "(a) text"
    "bullet": regex.compile(r"^\s*(?P<bullet>[•·▪◦●■□►▶▸‣⁃✓✔☐☑→*+]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\([a-z0-9]\))\s*(?P<text>\S.*)$"),
    # "X contributed to this report." closing a short line
    "contributed": regex.compile(r"\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?$"),
    # an entry time alone on a line: "4:10 p.m. ET", "15.40 BST", "09:12"
    "timestamp": regex.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", regex.I),
    # a line that opens a note
    "note_open": regex.compile(
        r"^(?:editor[’']?s[’']?\s+notes?|correction|corrections|clarification|update|updated|note|disclosure)\s*[:：(—-]"
        r"|^(?:an\s+earlier\s+version\s+of\s+this|this\s+(?:story|article|post|report)\s+(?:has\s+been|was)\s+"
        r"(?:updated|corrected|amended|originally\s+published|first\s+published|published)|this\s+(?:story|article)\s+"
        r"originally\s+appeared|a\s+version\s+of\s+this\s+(?:story|article)|this\s+is\s+a\s+developing\s+story"
        r"|this\s+(?:interview|conversation|transcript)\s+has\s+been\s+(?:edited|condensed))",
        regex.I,
    ),
}
_match_label = _PATTERNS["label"].match
_match_bullet = _PATTERNS["bullet"].match
_match_note = _PATTERNS["note_open"].match
_search_contributed = _PATTERNS["contributed"].search
_match_timestamp = _PATTERNS["timestamp"].match
#: a teaser's blurb, cut off and followed by its link: "… over the last few… Read more"
_blurb_link = regex.compile(
    r"(?:…|\.\.\.)\s*(?:read\s+more|continue\s+reading|keep\s+reading|read\s+full\s+story|lire\s+la\s+suite"
    r"|weiterlesen|leer\s+más|leia\s+mais|leggi\s+tutto)\b",
    regex.I,
).search
#: the words such a link may repeat after itself
_LINK_WORDS = frozenset({"read", "more", "reading", "continue"})
#: how much of a line's end is searched for that link
_BLURB_TAIL = 60
#: a publication stamp: "First published on Nov 20, 2019 01:38 pm", "First Published: Tuesday, …":
#: the words, "on" or a colon, then a figure or a capitalised month or weekday (not "First
#: published in 1851, the paper …"); :func:`is_publication_stamp` reads the rest
_first_published = regex.compile(r"(?i:first\s+published)(?:\s+(?i:on)\b|\s*:)?\s*(?:\d|[A-Z][a-z]{2})").match
#: a lower-case word of three letters or more, which no stamp holds after its opening
_stamp_word = regex.compile(r"\b\p{Ll}{3,}\b").search

#: ASCII whitespace as ``\s`` reads it
_ASCII_SPACES = [chr(c) for c in range(128) if regex.match(r"\s", chr(c))]
#: what a note opens with, lowered ("an earlier version", "a version of this"): an ASCII line
#: opening otherwise cannot match "note_open" (only "İ", "ı", "ſ" and the Kelvin sign match
#: ASCII letters without case, and they are not ASCII)
_NOTE_OPENINGS = (
    "editor", "correction", "clarification", "update", "note", "disclosure", "this",
    *("an" + c for c in _ASCII_SPACES),
    *("a" + c for c in _ASCII_SPACES),
)
_NOTE_REACH = max(map(len, _NOTE_OPENINGS))
#: their first two characters, looked at first
_NOTE_FIRSTS = frozenset(w[:2] for w in _NOTE_OPENINGS)
_HEADER_ROLES = frozenset({"headline", "deck", "byline", "date", "author_bio", "kicker", "section"})
#: an inline box of links inside the body has at least this many lines, each of at most this many words
_BOX_RUN = 8
_BOX_WORDS = 10
#: a line that repeats the headline or the deck among this many first paragraphs is printed again
_TITLE_AGAIN_REACH = 2
#: a preview of the lead over the lead itself opens with the whole of it, at least this long
_LEAD_AGAIN_CHARS = 60
#: a title printed again and again on one line: the fewest words of the line, and the copies
_TITLE_COPY_WORDS = 6
_TITLE_COPIES = (2, 3, 4)
#: the marks that end a sentence (and so no title)
_SENTENCE_END = frozenset(".!?…")
#: how much of the line's start is looked for again, for the cheap test
_TITLE_HEAD = 12
#: a link to a story on the publisher's site, its address as the label: "On HarbourNews.com: Title",
#: "Also on harbour.tv Title" (without "also", only with a colon)
_site_link = regex.compile(
    r"""
    (?:also\s+(?:on|at|from)\s+[\w-]+(?:\.[\w-]+){0,3}\.\p{L}{2,6}\b\s*:?   # "Also on site.com", colon or not
    |(?:more\s+)?(?:on|at|from)\s+[\w-]+(?:\.[\w-]+){0,3}\.\p{L}{2,6}\b\s*:)  # "On site.com:"
    \s+(?=\S)
    """,
    regex.I | regex.VERBOSE,
).match
#: what such a line opens with, and how much of it is read
_SITE_LINK_FIRSTS = frozenset("aAoOmMfF")
#: the words it opens with, lowered, for the cheap test of an ASCII opening (only "ſ" and the
#: Kelvin sign match ASCII letters without case, and they are not ASCII)
_SITE_WORDS = ("also", "more", "on", "at", "from")
_SITE_WORD_REACH = max(map(len, _SITE_WORDS))
_SITE_LINK_REACH = 100
#: how far into a line the colon after a related-link label may stand
_LABEL_REACH = 40
#: the first characters of a line that related_title() reads further without a colon
_RELATED_FIRSTS = _SITE_LINK_FIRSTS | {"["}
#: the longest bracketed label before a teaser ("[Most read] …"), closing bracket included
_BRACKET_LABEL_CHARS = 32
#: related links listed under a bare "Read more:" label, at most
_MAX_RELATED_RUN = 10


def split_label(text: str) -> Optional[Tuple[str, int]]:
    """``(label, text_offset)`` when *text* opens with a known lead label."""
    head = text[:45]
    if ":" not in head and "：" not in head:
        return None
    m = _match_label(text)
    if m is None or fold(m.group("label")) not in llex.LEAD_LABELS:
        return None
    return m.group("label"), m.start("text")


def split_bullet(text: str) -> Optional[Tuple[str, int]]:
    """``(text, offset)`` of a list item's text after its bullet, or None."""
    if text[:1].isalpha():
        return None
    m = _match_bullet(text)
    if m is None:
        return None
    return m.group("text"), m.start("text")


def note_kind(text: str) -> bool:
    """True for an editor's note, a correction or an update notice."""
    if "contributed" in text and len(text) <= 200 and _search_contributed(text) is not None:
        return True
    first = text[:2]
    if first.isascii() and first.lower() not in _NOTE_FIRSTS:
        return False  # the cheap test: no note opens with these two characters, whatever follows
    if len(text) <= 12 and text.rstrip(": ").casefold() in ("update", "updated", "note", "correction"):
        return False  # a bare label ("Updated:") belongs to the date below it
    head = text[:_NOTE_REACH]
    if head.isascii() and not head.lower().startswith(_NOTE_OPENINGS):
        return False
    return _match_note(text) is not None


def _link_word(word: str) -> bool:
    """A word that may close a teaser's link: the link's words again, a site's address, a mark."""
    return word.lower() in _LINK_WORDS or "." in word or not any(c.isalpha() for c in word)


def is_teaser_line(text: str) -> bool:
    """A line of a teaser card dropped into a story: a blurb cut off and followed by its
    "Read more" link, or a title printed two to four times over on one line (one copy
    for each screen size).

    >>> is_teaser_line("The ferry company said its new boats would arrive… Read more Read more")
    True
    >>> is_teaser_line("Ferry Fares Rise Again Ferry Fares Rise Again Ferry Fares Rise Again")
    True
    >>> is_teaser_line("The ferry left at noon... Read more about the timetable changes below.")
    False
    >>> is_teaser_line("The ferry left at noon. " * 3)
    False
    """
    tail = text[-_BLURB_TAIL:]
    m = _blurb_link(tail) if "…" in tail or "..." in tail else None
    if m is not None and all(_link_word(w) for w in tail[m.end() :].split()):
        return True
    head = text[:_TITLE_HEAD]
    if len(text) < 2 * _TITLE_HEAD or text.find(head, _TITLE_HEAD) < 0:  # the cheap test: no second copy
        return False
    words = text.split()
    n = len(words)
    return (
        n >= _TITLE_COPY_WORDS
        and words[-1][-1:] not in _SENTENCE_END  # a title ends no sentence
        and any(n % k == 0 and words == words[: n // k] * k for k in _TITLE_COPIES)
    )


def is_publication_stamp(text: str) -> bool:
    """A page's publication stamp printed inside the story, a date and a time after "First
    published", with no word of a sentence after them.

    >>> is_publication_stamp("First published on March 4, 2024 / 9:12 PM")
    True
    >>> is_publication_stamp("First published in 1851, the Gazette never missed an issue.")
    False
    >>> is_publication_stamp("First published on Monday, the report found the wall would fail.")
    False
    """
    m = _first_published(text)
    return m is not None and _stamp_word(text, m.end()) is None


def related_title(text: str) -> Optional[int]:
    """The offset of the linked title in "Go deeper: <title>", or in "[Most read] <title>"
    (a trailer heading in brackets before a teaser), or None.

    >>> related_title("Go deeper: Ferry fares rise"), related_title("[Most read] Ferry fares rise »")
    (11, 12)
    >>> related_title("[Updated] The ferry left at noon."), related_title("[Related: Ferry fares rise]")
    (None, 10)
    >>> related_title("On HarbourNews.com: Ferry fares rise"), related_title("Also on harbour.tv Ferry fares rise")
    (20, 19)
    >>> related_title("At Example.com the staff said the fares would rise.")
    """
    if text[:1] == "[":
        close = text.find("]", 1, _BRACKET_LABEL_CHARS)
        f = fold(text[1:close]) if close > 0 else ""
        if f in llex.RELATED_LABELS or f in blex.TRAILER_STARTS or f in blex.ARTICLE_ENDS:
            start = close + 1 + len(text[close + 1 :]) - len(text[close + 1 :].lstrip())
            return start if start < len(text) and word_count(text[start:]) <= 30 else None
    if text[:1] in _SITE_LINK_FIRSTS and _may_open_site_link(text[:_SITE_WORD_REACH]):
        site = _site_link(text[:_SITE_LINK_REACH])
        if site is not None and word_count(text[site.end() :]) <= 30:
            return site.end()
    if ":" not in text[:_LABEL_REACH]:
        return None
    m = _match_label(text)
    if m is None:
        return None
    label = fold(m.group("label"))
    if label not in llex.RELATED_LABELS and label not in blex.INLINE_LINK_LABELS:
        return None
    if word_count(m.group("text")) > 30:
        return None
    return m.start("text")


def _may_open_site_link(head: str) -> bool:
    """False when *head* (a line's first characters) rules out a link to the publisher's site.

    >>> _may_open_site_link("On H"), _may_open_site_link("Afte"), _may_open_site_link("Ał")
    (True, False, True)
    """
    return not head.isascii() or head.lower().startswith(_SITE_WORDS)


def _previews(text: str, following: str) -> bool:
    """Does *text* open with the whole of the line *following* it and run on past it? Then
    it is a preview of the story's lead (glued to the next sentence), printed over the lead.

    >>> lead = "The council voted on Monday to build a flood barrier across the old quay."
    >>> _previews(lead + "Work starts in May.", lead), _previews(lead, lead), _previews("Short.More", "Short.")
    (True, False, False)
    """
    return len(following) >= _LEAD_AGAIN_CHARS and len(text) > len(following) and text.startswith(following)


def _paragraph(
    ln: Line, span: Span, prev_kind: Optional[str], next_line: Optional[Line], listed: bool = False
) -> Paragraph:
    """The paragraph of body line *ln* (*span* is ``ln.span``); *listed*: the line is an
    item of a list the story introduced with a colon (:func:`_list_item`)."""
    text, start, kind = ln.text, ln.start, "paragraph"
    label: Optional[str] = None
    label_span: Optional[Span] = None
    bullet = split_bullet(text)
    if bullet is not None and (bullet[0][:1].isupper() or not bullet[0][:1].isalpha() or text[0] in "•·▪◦●■►▶"):
        text, start, kind = bullet[0], start + bullet[1], "list_item"
    lab = split_label(text)
    if lab is not None:
        label = lab[0]
        label_span = Span(start, start + len(label))
        text, start = text[lab[1] :], start + lab[1]
    elif kind == "paragraph" and listed:
        kind = "list_item"
    elif kind == "paragraph" and (_timestamp(text) or _subheading(text, prev_kind, next_line)):
        kind = "subheading"
    text_span = span if text is ln.text else Span(start, start + len(text))  # the whole line when nothing was cut off
    return Paragraph(text, kind, span, text_span, label, label_span)


def _list_item(ln: Line, after_colon: bool) -> bool:
    """Is body line *ln*, printed without a bullet under a line that ends with a colon (or
    under an item of the same list: *after_colon*), an item of the list that line
    introduces ("You will need:" / "200g flour" / "2 eggs")? A short line of at most eight
    words that is no sentence, holds no code characters and ends with no comma (the
    lines of a block of code under "… like this:").

    >>> from newsparse._draft import Line
    >>> _list_item(Line(0, 0, 10, "200g flour", True, 2), True), _list_item(Line(0, 0, 10, "200g flour", True, 2), False)
    (True, False)
    >>> _list_item(Line(0, 0, 24, "The rest was sold. Then", True, 5, True), True)
    False
    """
    return (
        after_colon
        and ln.words <= _LIST_ITEM_WORDS
        and not ln.prose
        and not ends_sentence(ln.text)
        and _CODE_CHARS.isdisjoint(ln.text)
        and ln.text[-1:] != ","
    )


def _last_word(text: str) -> str:
    """The last word of *text* before its closing colon, case-folded.

    >>> _last_word("Asked about it, the mayor said:"), _last_word("Foto :"), _last_word(":")
    ('said', 'foto', '')
    """
    words = text.rstrip(" :\u00a0").split()
    return words[-1].casefold() if words else ""


#: the last word of a colon line that introduces no list: a speech verb ("… the mayor said:"
#: over the short lines of a quote) or a photo credit's label ("Foto:" over its credit)
_NO_LIST_INTRO = SPEECH_FORMS | frozenset(llex.CREDIT_LABELS)

#: the most words of a list item printed without a bullet
_LIST_ITEM_WORDS = 8
#: characters of code or markup: a block of code under "… like this:" is no list
_CODE_CHARS = frozenset("{}[]();=<>$*\\`/")


def _timestamp(text: str) -> bool:
    """A live-blog entry time on its own line: "4:10 p.m. ET", "15.40 BST"."""
    return len(text) <= 24 and _match_timestamp(text) is not None


def _subheading(text: str, prev_kind: Optional[str], next_line: Optional[Line]) -> bool:
    if prev_kind is None or next_line is None:
        return False
    if text[-1:] in ".,;:!”\"’'…" or not text[:1].isupper():
        return False
    wc = word_count(text) if len(text) < 120 else 99
    if wc > 12 or wc < 1:
        return False
    return next_line.prose and (is_titlelike(text) or wc <= 8 or text.endswith("?"))


def _opens_links(ln: Line) -> bool:
    """A heading over a list of links: "Read more:", "Related articles", "Most popular"."""
    f = fold_of(ln)
    if "comment" in f or "conversation" in f:
        return False  # what follows a comments heading is a form or comments, not links
    return (
        f in llex.RELATED_LABELS
        or f in blex.TRAILER_STARTS
        or f in blex.ARTICLE_ENDS
        or f.startswith(blex.HEADING_PREFIXES)
    )


def _opens_body(ln: Line) -> bool:
    """A line just above the body that still belongs to it: a sentence, an entry time, an entry title."""
    return _sentence_like(ln) or _timestamp(ln.text) or (ln.words >= 4 and fold_of(ln) not in blex.EXACT)


def _sentence_like(ln: Line) -> bool:
    return ln.words >= 3 and ends_sentence(ln.text) and fold_of(ln) not in blex.EXACT


def _header_lines(draft: Draft) -> List[int]:
    """Lines of the header: header roles above the first running text after the headline.

    A bio or a credit line at the end of the article is not part of the header.
    """
    lines, roles = draft.lines, draft.roles
    h = roles.index("headline") if "headline" in roles else -1
    first_text = next((i for i in range(h + 1, len(lines)) if roles[i] == FREE and lines[i].prose), len(lines))
    return [i for i in range(first_text) if roles[i] in _HEADER_ROLES]


def _body_range(draft: Draft) -> Tuple[int, int]:
    lines, roles = draft.lines, draft.roles
    b0, b1 = draft.body
    header = _header_lines(draft)
    if b1 <= b0:
        # no running text: the sentences after the header (never menus)
        start = max(header) + 1 if header else 0
        sentences = [ln.index for ln in lines[start:] if roles[ln.index] == FREE and _sentence_like(ln) and ln.words >= 5]
        return (sentences[0], sentences[-1] + 1) if sentences else (len(lines), len(lines))
    start = b0
    if header and max(header) >= b0:
        start = max(header) + 1
    else:
        floor = max(header) + 1 if header else 0
        while start - 1 >= floor and (roles[start - 1] != FREE or _opens_body(lines[start - 1])):
            if roles[start - 1] == FREE or roles[start - 1] == "caption":
                start -= 1
            else:
                break
    end = b1
    while end < len(lines) and (
        roles[end] == "caption"
        or (roles[end] == FREE and _sentence_like(lines[end]) and not is_call_to_reader(lines[end].text))
    ):
        end += 1
    return start, end


def inline_boxes(draft: Draft, start: int, end: int) -> List[int]:
    """Lines of link boxes inside the body ("Our highlights", a carousel of teaser titles):
    runs of at least ``_BOX_RUN`` free lines that are not running text, between running
    text on both sides, none of them a sentence, a list item or longer than ``_BOX_WORDS``
    words, and mostly without figures (a table has them). A story's own lists and
    subheadings alternate with its paragraphs and never run so long.

    >>> from newsparse.blocks import split
    >>> para = "The library will stay open until ten in the evening, the board said on Wednesday."
    >>> titles = "\\n".join(["Our highlights", "Old maps go on show", "Story hour moves", "Archive",
    ...                      "Letters of a keeper", "Events", "Author talk sold out", "Winter book list"])
    >>> d = split(Draft(text=para + "\\n" + titles + "\\n" + para))
    >>> inline_boxes(d, 0, len(d.lines))
    [1, 2, 3, 4, 5, 6, 7, 8]
    """
    lines, roles = draft.lines, draft.roles
    out: List[int] = []
    i = start
    seen_text = False
    while i < end:
        if lines[i].prose or roles[i] != FREE:
            seen_text = seen_text or lines[i].prose
            i += 1
            continue
        j = i
        run: List[int] = []
        figures = 0
        boxy = True
        while j < end and not lines[j].prose:
            if roles[j] == FREE:
                t = lines[j].text
                if lines[j].words > _BOX_WORDS or t[-1:] in ".!?:;" or split_bullet(t) is not None:
                    boxy = False
                figures += has_digit(t) is not None
                run.append(j)
            j += 1
        if boxy and seen_text and j < end and len(run) >= _BOX_RUN and 4 * figures <= len(run):
            out.extend(run)
        i = j
    return out


def build(draft: Draft) -> Draft:
    """Pipeline stage: claim the body's lines as paragraphs, notes and related links."""
    lines, roles = draft.lines, draft.roles
    if not lines:
        return draft
    start, end = _body_range(draft)
    boxed = set(inline_boxes(draft, start, end))
    header_texts = {f.text.strip() for f in (draft.article.headline, draft.article.deck) if f is not None}
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {}
    paragraphs: List[Paragraph] = []
    notes: List[Field] = []
    related: List[Field] = []
    related_run = 0
    prev_kind: Optional[str] = None
    list_lower = False  # the current list's first item starts with a lower-case letter
    in_list = False  # the last paragraph ended with a colon, or was an item of the list it opened
    free = [ln for ln in lines if roles[ln.index] == FREE]
    n_free = 0  # free lines seen so far: free[n_free] is the next one
    for ln in lines:
        i = ln.index
        role = roles[i]
        if role != FREE:
            if role != "boilerplate":
                related_run = 0
            elif _opens_links(ln):
                related_run = _MAX_RELATED_RUN
            continue
        n_free += 1
        text = ln.text
        if note_kind(text):
            notes.append(Field(text, ln.span))
            claims[i] = whole("note", ln)
            related_run = 0
            continue
        # (related_title finds a title only after a bracket, a site's name or a colon near the start)
        off = related_title(text) if text[:1] in _RELATED_FIRSTS or ":" in text[:_LABEL_REACH] else None
        if off is not None:
            title = text[off:]
            related.append(Field(title, Span(ln.start + off, ln.end)))
            claims[i] = ("related", (Block("related", ln.span),))
            continue
        if text.endswith(":") and fold_of(ln) in llex.RELATED_LABELS:
            claims[i] = whole("boilerplate", ln)
            related_run = _MAX_RELATED_RUN
            continue
        if related_run and ln.words <= 25 and not ln.prose:
            title, toff = text, 0
            bullet = split_bullet(text)
            if bullet is not None:
                title, toff = bullet
            related.append(Field(title, Span(ln.start + toff, ln.end)))
            claims[i] = ("related", (Block("related", ln.span),))
            related_run -= 1
            continue
        related_run = 0
        if start <= i < end and i not in boxed:
            if len(paragraphs) < _TITLE_AGAIN_REACH and text.strip() in header_texts:
                continue  # the title or deck printed again over the story (an image's title, a share card)
            if len(paragraphs) < _TITLE_AGAIN_REACH and n_free < len(free) and _previews(text, free[n_free].text):
                continue  # the lead printed twice: first in a preview that runs on into the next sentence
            if text[:1] in "Ff" and is_publication_stamp(text):
                continue  # the page's publication stamp, left to the dates stage: not story text
            if is_teaser_line(text):
                continue  # a teaser card of another story printed inside this one
            span = ln.span
            nxt = free[n_free] if n_free < len(free) else None
            # a list's first item needs a second under it: one short line under a colon is as
            # often a subheading or a label
            listed = _list_item(ln, in_list) and (prev_kind == "list_item" or (nxt is not None and _list_item(nxt, True)))
            if listed and prev_kind == "list_item" and list_lower and text[:1].isupper():
                listed = False  # a capitalised line under lower-case items: a subheading, not the next item
            if listed and prev_kind != "list_item":
                list_lower = text[:1].islower()
            p = _paragraph(ln, span, prev_kind, nxt, listed)
            paragraphs.append(p)
            prev_kind = p.kind
            in_list = listed or (
                p.kind == "paragraph" and p.label is None and text[-1:] == ":" and _last_word(text) not in _NO_LIST_INTRO
            )
            claims[i] = ("paragraph", (Block("paragraph", span),))
    if not claims:
        return draft
    return claim(draft, claims, paragraphs=tuple(paragraphs), notes=tuple(notes), related=tuple(related))
