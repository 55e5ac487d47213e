"""Stage: set aside page furniture by lexicon, before any layout decision.

Share bars, "Advertisement", counters, cookie banners, newsletter pitches and
"Most Popular" trailers are recognised line by line from
:mod:`newsparse._lexicon.boilerplate`; lines of HTML, link titles glued together
by innerText and "click here" promos are recognised by their shape.

>>> is_boilerplate("Share this article")
True
>>> is_boilerplate("  12 ")
True
>>> is_boilerplate("Mehr zum Thema")
True
>>> is_boilerplate("Most read in World News")
True
>>> is_boilerplate("Officials said the port would reopen.")
False
"""

from __future__ import annotations

import functools
import re as _re
from typing import Callable, Dict, List, Literal, Optional, Sequence, Tuple

import regex

from ._draft import Draft, Line, claim, fold_of, whole
from ._lexicon import boilerplate as lex
from ._lexicon import bylines as bylex
from ._lexicon.furniture_intl import PREFIXES_INTL
from ._text import ends_sentence, fold, has_digit, title_ratio
from .model import Block

__all__ = ["announces_list", "is_boilerplate", "is_button_row", "is_menu_row", "is_share_bar", "mark", "slideshows", "video_players"]

_PATTERNS = {
    # nothing but digits, punctuation, symbols and spaces: counters, separators, icons
    "no_letters": regex.compile(r"^[^\p{L}]*$"),
    # a date in figures, which the dates stage reads: "2020-01-16", "13.11.2019, 23:06"
    "numeric_date": regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"),
    # a teaser's age: "32M ago", "2H ago", "5 hours ago", "updated 16M ago"
    "age": regex.compile(
        r"^(?:updated\s+)?\d{1,3}\s?(?:s|m|h|d|w|sec|secs|min|mins|minutes?|hrs?|hours?|days?|weeks?)\s+ago$", regex.I
    ),
    # comment counters: "0 comments", "New, 15 comments", "Comments (12)"
    "comment_count": regex.compile(r"^(?:new,\s*)?\d[\d,.]*\s*(?:comments?|responses?|replies)$|^comments?\s*\(\d+\)$", regex.I),
    # "Image 3 of 12", "1/12", "Photo 2 of 5", and "Image 1 of / 5" (a counter whose
    # "of" and "/ 5" stood on two lines)
    "gallery_count": regex.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+(?:of\s+/|of|/)\s+\d+$", regex.I),
    # one HTML tag or comment opening, left in the text by a script or an ad slot (possessive
    # runs, so a "<" before a long run without ">" is read once)
    "tag": regex.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]*+|!--)[^<>]{0,2000}+>"),
    # two words glued by innerText where a link list had no spaces: "NewsSport", "ReadTown"
    "glue": regex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}{2}"),
    # a promo that sends the reader elsewhere: "… by clicking here", "Click here to subscribe"
    "click_here": regex.compile(r"\bby\s+clicking\s+here\b|\bclick\s+here\s+(?:to|for)\b", regex.I),
}
_no_letters = _PATTERNS["no_letters"].match
_has_letter = _re.compile(r"[^\W\d_]").search
#: longer lines are never furniture by the exact list (the longest entry, with room for counts and marks)
_FURNITURE = lex.EXACT | lex.ARTICLE_ENDS
_LONGEST_EXACT = max(len(x) for x in _FURNITURE) + 12
#: a box heading ("More in Science") has at most this many words
_HEADING_WORDS = 6
#: the prefixes by their first character, so that a line is held only against those that can match
#: the openings of sentence-shaped furniture: English ones, then those of other languages
_ALL_PREFIXES = lex.PREFIXES + PREFIXES_INTL
_PREFIXES = {c: tuple(p for p in _ALL_PREFIXES if p[0] == c) for c in {p[0] for p in _ALL_PREFIXES}}
_HEADING_PREFIXES = {c: tuple(p for p in lex.HEADING_PREFIXES if p[0] == c) for c in {p[0] for p in lex.HEADING_PREFIXES}}
_TAG_LIST_PREFIXES = {c: tuple(p for p in lex.TAG_LIST_PREFIXES if p[0] == c) for c in {p[0] for p in lex.TAG_LIST_PREFIXES}}
#: how much of a line's start is case-folded to test the prefixes (case-folding goes
#: character by character and never shortens one, so this start folds to at least as many)
_PREFIX_LEN = max(map(len, _ALL_PREFIXES + lex.TAG_LIST_PREFIXES))
_numeric_date = _PATTERNS["numeric_date"].search
_comment_count = _PATTERNS["comment_count"].match
_gallery_count = _PATTERNS["gallery_count"].match
_age = _PATTERNS["age"].match
_tags = _PATTERNS["tag"].findall
_glue = _PATTERNS["glue"].search
_glues = _PATTERNS["glue"].findall
#: the same pattern for ASCII text, where it means the same and the standard library is faster
_ASCII_GLUE = _re.compile(r"[a-z]{2}[A-Z][a-z]{2}")
_ascii_glue = _ASCII_GLUE.search
_ascii_glues = _ASCII_GLUE.findall
_click_here = _PATTERNS["click_here"].search
#: what is stripped from a token's ends before it is looked up as a camel-case name
_EDGES = "\"'“”‘’()[],;:!?.«»"
#: a token holding one of these is a handle, a link, code or a hashtag, not glued words
_NOT_GLUED = _re.compile(r"[#@/(_=.]").search
#: glued word pairs that make a line a run of link titles, and the fewest characters
#: that can hold them ("abCdeFghIjkLm")
_GLUED = 3
_GLUED_CHARS = 13
#: the most words a "click here" promo has
_PROMO_WORDS = 30
#: a slide counter opening a line ("3/50 Title"); the fewest slides of a slideshow, and the
#: most lines from one counter to the next
_slide_counter = _re.compile(r"(\d{1,3}) ?/ ?(\d{1,3}) \S").match
_SLIDES = 5
_SLIDE_GAP = 6
_SLIDE_HEADING = 2
#: a video player: the fewest lines of its controls, the most words of one, and how its
#: settings dialog opens
_PLAYER_LINES = 8
_PLAYER_WORDS = 12
_PLAYER_DIALOG = "this is a modal window"
#: a share bar: the names of the networks it shares to (case-folded), the fewest of them, the
#: most words of the line, and the most other words (its "share via" and "print", repeated)
_NETWORKS = lex.SHARE_NETWORKS
_SHARE_NETWORKS = 3
_SHARE_WORDS = 24
_SHARE_OTHER = 3
_word = regex.compile(r"[\w-]+").findall
#: the one-word byline leads ("By", "Von", "Por"), which a slideshow's heading never opens with
_BYLINE_WORDS = frozenset(w for w in bylex.LEADS if " " not in w)
#: what ends a sentence or introduces one: a line ending so is not a list of link titles
_SENTENCE_ENDS = ".?!:;"
#: a row of menu links: the separators printed between them besides " | " (with a space on
#: each side; read as " | "), the fewest links, and the most words of each link between the first and the last (the
#: first may carry the menu's label, the last may be cut short)
_MENU_SEPARATORS = (" ▪ ", " • ", " · ")
_MENU_LINKS = 6
_MENU_LINK_WORDS = 4
#: the fewest words of a line ending with a colon that introduces a list of the story's
_INTRO_WORDS = 4
#: a row of buttons: the one-word labels a button may carry (the one-word furniture of the
#: lexicon, the share networks, and Pinterest's "Pin"), and the fewest and most of them
_BUTTON_WORDS = frozenset(x for x in lex.EXACT if " " not in x) | lex.SHARE_NETWORKS | {"pin"}
_BUTTON_EDGES = ".,:;|·•"
_BUTTONS = (3, 12)


def is_markup(line: str) -> bool:
    """A line of HTML left in the text: it opens with a tag and tags make up half of it.

    >>> is_markup('<div class="ad"><img src="x.gif" width="1"></div>'), is_markup("<3 the new ferry")
    (True, False)
    >>> is_markup("<b>Note:</b> the bridge stays closed to lorries until the inspection in June is done.")
    False
    """
    if not line.startswith("<"):
        return False
    return sum(map(len, _tags(line))) * 2 >= len(line)


def is_glued_links(line: str) -> bool:
    """Link titles run together without spaces, as innerText renders a menu or a teaser box.

    >>> is_glued_links("Most ReadTown Hall VoteSchool Run ChaosWeather Warning")
    True
    >>> is_glued_links("Our picks: iPhone, eBay and MacBook deals #LoveThisTownToo @HarbourNewsDesk")
    False
    >>> is_glued_links("WhatsApp and YouTube outages hit PlayStation users")
    False
    """
    if line[-1:] in _SENTENCE_ENDS:
        return False
    search, findall = (_ascii_glue, _ascii_glues) if line.isascii() else (_glue, _glues)
    if search(line) is None or ends_sentence(line):
        return False
    glued = 0
    for token in line.split():
        if _NOT_GLUED(token) is None and token.strip(_EDGES).casefold() not in lex.CAMEL_CASE_WORDS:
            glued += len(findall(token))
    return glued >= _GLUED


def is_promo(line: str) -> bool:
    """A short line that sends the reader elsewhere "by clicking here".

    >>> is_promo("GET THE APP ON YOUR PHONE BY CLICKING HERE"), is_promo("Click here for the full list of winners")
    (True, True)
    >>> is_promo("Tickets sold out in an hour, the club said; to join the waiting list, click here.")
    False
    """
    return ("lick" in line or "LICK" in line) and _click_here(line) is not None and len(line.split()) <= _PROMO_WORDS


def is_share_bar(line: str) -> bool:
    """A row of share buttons, in any language: three or more network names (Facebook,
    Twitter or WhatsApp among them), and besides them no more than three other words,
    however often repeated ("Delen via", "Drucken"); no comma and no "and" joins them, as in
    a headline about the networks ("Facebook, Instagram and WhatsApp down").

    >>> is_share_bar("Delen via Whatsapp Delen via Facebook Delen via Twitter"), is_share_bar("Facebook X WhatsApp Telegram Drucken")
    (True, True)
    >>> is_share_bar("Follow us on Facebook, Twitter and Instagram."), is_share_bar("Post it on Facebook, Twitter or Telegram now")
    (False, False)
    """
    if len(line) > _SHARE_WORDS * 12 or line[-1:] in _SENTENCE_ENDS:
        return False  # the cheap tests first: most lines are sentences …
    if not (
        "acebook" in line or "witter" in line or "hatsApp" in line or "hatsapp" in line
        or "ACEBOOK" in line or "WITTER" in line or "HATSAPP" in line
    ):
        return False  # … and a share bar names Facebook, Twitter or WhatsApp among its networks
    if ends_sentence(line) or "," in line:
        return False  # a share bar prints buttons, not a list: "Facebook, Instagram and WhatsApp down"
    words = _word(line.casefold())
    if len(words) > _SHARE_WORDS:
        return False
    networks = {w for w in words if w in _NETWORKS}
    others = set(words) - networks
    return len(networks) >= _SHARE_NETWORKS and len(others) <= _SHARE_OTHER and others.isdisjoint(lex.LIST_JOINS)


def is_menu_row(line: str) -> bool:
    """A row of menu links printed on one line: six or more short links (four words or
    fewer each, none opening in lower case, but the first and the last) between " | ",
    " • ", " ▪ " or " · ", and no figure (a date line "12 March 2024 | 09:41 | Updated
    10:02" is read by the dates stage; a recipe's "flour · sugar · eggs · …" is the story's),
    and not opening with a byline's word ("By Ann Lee | Staff Writer | Email | …" is the
    story's byline with its links). Such a row right under a line of the story that
    introduces it ("The line-up was announced on Friday:") is a list of the story's
    (:func:`mark`).

    >>> is_menu_row("Sections News | Sport | Business | Culture | Travel | Weather | Puzzles")
    True
    >>> is_menu_row("harbour | ferries | fishing | weather | tides"), is_menu_row("Home | News | 12 March 2024 | 09:41 | A | B")
    (False, False)
    >>> is_menu_row("By Ann Lee | Staff Writer | City Hall | Politics | Email | Follow")
    False
    """
    if not (" | " in line or "▪" in line or " • " in line or " · " in line) or has_digit(line) is not None:
        return False  # the cheap tests first
    row = line.strip(" |▪•·")
    for sep in _MENU_SEPARATORS:
        row = row.replace(sep, " | ")
    links = [x for x in row.split(" | ") if x.strip()]
    lead = links[0].split(None, 1)[0].casefold().rstrip(":") if links and links[0].strip() else ""
    if lead in _BYLINE_WORDS:
        return False  # "By Ann Lee | Staff Writer | Politics | Email | …": the story's byline, with its links
    return len(links) >= _MENU_LINKS and all(
        len(x.split()) <= _MENU_LINK_WORDS and not x.lstrip()[:1].islower() for x in links[1:-1]
    )


def is_button_row(line: str) -> bool:
    """A row of three to twelve buttons printed on one line, each a one-word label of the
    lexicon's furniture or a share network ("Share  Pin  Tweet  Email", "Print Email Share"):
    a share bar that names no network, or a toolbar.

    >>> is_button_row("Share  Pin  Tweet  Email"), is_button_row("Share the pie"), is_button_row("Share")
    (True, False, False)
    """
    low, high = _BUTTONS
    words = line.split(None, high)
    return low <= len(words) <= high and all(map(_button_word, words))


def is_boilerplate(line: str, *, menu_rows: bool = True, folded: Optional[str] = None) -> bool:
    """True when *line* is page furniture on its own, wherever it stands (a row of menu
    links, :func:`is_menu_row`, only when *menu_rows* is set). *folded* is ``fold(line)``
    when the caller has it (``Line.folded``)."""
    if not line[:1].isalpha() and _has_letter(line) is None:  # a letter first is the common case
        return not _numeric_date(line)
    head = line[:_PREFIX_LEN].casefold()
    c = head[:1]
    if head.startswith(_PREFIXES.get(c, ())):
        return True
    if head.startswith(_TAG_LIST_PREFIXES.get(c, ())) and not ends_sentence(line):
        return True
    if len(line) > _LONGEST_EXACT:
        return _by_shape(line, menu_rows)
    f = fold(line) if folded is None else folded
    if f in _FURNITURE:
        return True
    if (
        f.startswith(_HEADING_PREFIXES.get(f[:1], ()))
        and len(f.split()) <= _HEADING_WORDS
        and not ends_sentence(line)
    ):
        return True
    if _by_shape(line, menu_rows):
        return True
    if has_digit(line) is None:
        return False
    low = line.casefold()
    return bool(_comment_count(f) or _comment_count(low) or _gallery_count(low) or _age(low))


#: the verdicts on short lines (page furniture recurs from page to page of a site), at most so many
_SHORT_CACHE = 4096
_short_boilerplate = functools.lru_cache(maxsize=_SHORT_CACHE)(is_boilerplate)


def _line_is_boilerplate(line: Line) -> bool:
    """:func:`is_boilerplate` of *line*; a verdict on a short line is remembered."""
    text = line.text
    if len(text) > _LONGEST_EXACT:
        return is_boilerplate(text)
    return _short_boilerplate(text, folded=line.folded)


def _by_shape(line: str, menu_rows: bool = True) -> bool:
    """:func:`is_markup`, :func:`is_glued_links`, :func:`is_promo`, :func:`is_share_bar`,
    :func:`is_menu_row` (when *menu_rows* is set) or :func:`is_button_row`, each behind its
    cheap test (glued links and a share bar never end like a sentence)."""
    if line[:1] == "<" and is_markup(line):
        return True
    if line[-1:] not in _SENTENCE_ENDS and (
        (len(line) >= _GLUED_CHARS and is_glued_links(line)) or is_share_bar(line)
    ):
        return True
    if ("lick" in line or "LICK" in line) and is_promo(line):
        return True
    if menu_rows and (" | " in line or "▪" in line or " • " in line or " · " in line) and is_menu_row(line):
        return True
    return _button_word(line.split(None, 1)[0]) and is_button_row(line)


def _button_word(word: str) -> bool:
    """Is *word* one a button may carry (:func:`is_button_row`)?"""
    return word.strip(_BUTTON_EDGES).casefold() in _BUTTON_WORDS


def _slide_heading(line: Line) -> bool:
    """A short line that may head a slideshow: not running text, and not a byline (the
    article's own title and "By" line may stand right above its slides).

    >>> from newsparse._draft import Line
    >>> _slide_heading(Line(0, 0, 20, "Business in pictures", True, 3)), _slide_heading(Line(0, 0, 10, "By Ann Lee", False, 3))
    (True, False)
    """
    if line.prose or line.words > _HEADING_WORDS:
        return False
    first = line.text.split(None, 1)[0].casefold().rstrip(":") if line.text.strip() else ""
    return first not in _BYLINE_WORDS


def slideshows(lines: Sequence[Line], text: str) -> List[Tuple[int, int]]:
    """The line ranges of slideshows printed as text: a slide counter and a title
    ("1/50 Title"), its caption and credit, then "2/50 …", at least ``_SLIDES`` slides of the
    same total in order, each within ``_SLIDE_GAP`` lines of the one before; the last slide
    keeps as many lines as the first, and up to two short lines above the first (its
    heading) go with it, but never the dump's first line or a byline. *text* is the dump the lines come from, for a cheap test first.

    >>> from newsparse.blocks import split
    >>> text = "The ferry company said on Monday that its new boats would arrive in May.\\n" + "".join(f"{k}/9 Slide title {k}\\nA caption for slide {k}.\\n" for k in range(1, 10))
    >>> slideshows(split(Draft(text=text)).lines, text)
    [(1, 19)]
    """
    out: List[Tuple[int, int]] = []
    if "1/" not in text and "1 /" not in text:  # the cheap test: no first slide
        return out
    n, i = len(lines), 0
    while i < n:
        t = lines[i].text
        m = _slide_counter(t) if t[:1] == "1" else None
        if m is None or m.group(1) != "1":
            i += 1
            continue
        total, last, k, second = m.group(2), i, 1, i + 1
        for j in range(i + 1, n):
            if j - last > _SLIDE_GAP:
                break
            t = lines[j].text
            m = _slide_counter(t) if t[:1].isdigit() else None
            if m is not None and m.group(2) == total and int(m.group(1)) == k + 1:
                if k == 1:
                    second = j
                last, k = j, k + 1
        if k >= _SLIDES:
            end = min(n, last + second - i)
            # its heading ("Business in pictures", "12 show all"): short lines right above it
            start = i
            while start > i - _SLIDE_HEADING and start > 1 and _slide_heading(lines[start - 1]):
                start -= 1
            out.append((start, end))
            i = end
        else:
            i += 1
    return out


def _player_line(line: Line) -> bool:
    """A line a video player prints: one of its controls, a read-out without letters, or the
    note that opens its settings dialog ("This is a modal window. This modal can be …")."""
    if _has_letter(line.text) is None:
        return True
    if line.words > _PLAYER_WORDS:
        return False
    f = fold_of(line)
    return f in lex.VIDEO_PLAYER_CONTROLS or f.startswith(_PLAYER_DIALOG)


def video_players(lines: Sequence[Line], text: str) -> List[Tuple[int, int]]:
    """The line ranges of video players printed as text: runs of at least ``_PLAYER_LINES``
    lines that are all player controls or read-outs ("Play Video", "Mute", "Current Time
    0:00", "Playback Rate", the caption dialog's "White", "Opaque", "Font Size" …), one of
    them a label only a player prints. *text* is the dump the lines come from, for a cheap
    test first.

    >>> from newsparse.blocks import split
    >>> player = ["Play Video", "Mute", "Current Time 0:00", "/", "Duration Time 0:00", "Loaded: 0%",
    ...           "Playback Rate", "Captions", "Fullscreen", "This is a modal window.", "Close"]
    >>> text = "The ferry company said on Monday that its new boats would arrive in May.\\n" + "\\n".join(player)
    >>> video_players(split(Draft(text=text)).lines, text)
    [(1, 12)]
    """
    out: List[Tuple[int, int]] = []
    if "layback" not in text and "odal window" not in text:  # the cheap test: no player's marks
        return out
    n, i = len(lines), 0
    while i < n:
        j, marked = i, False
        while j < n and _player_line(lines[j]):
            marked = marked or fold_of(lines[j]) in lex.VIDEO_PLAYER_MARKS
            j += 1
        if marked and j - i >= _PLAYER_LINES:
            out.append((i, j))
        i = max(j, i + 1)
    return out


def announces_list(
    line: Line,
    *,
    colon_words: int = _INTRO_WORDS,
    running: Literal["no", "any", "short"] = "no",
    sentence_words: int = 0,
    unended_words: int = 0,
    label: Optional[Callable[[Line], bool]] = None,
) -> bool:
    """Does *line* announce a list of the story's under it? The one test behind every "a
    line of the story introduces this list" of the zoning stages; they differ in how much
    they take as an announcement, so each says it through the parameters:

    - a line of *colon_words* words or more ending with a colon ("These are the books
      lent most:"), unless *label* says it is a box's or the page's label ("Related
      coverage from Money:", "Tags:");
    - running text, with *running* ``"any"``; with ``"short"`` only a question ("Which
      films did the club show?") or a sentence of *sentence_words* words at most ("These
      are the books lent most this year.");
    - with *unended_words* set, a line of that many words or more that is no running text
      and not all Title Case: a sentence left without its stop ("The winners were
      announced on stage"), which a box's label ("More From Our Partners") is not.

    >>> from newsparse._draft import Line
    >>> announces_list(Line(0, 0, 30, "These are the books lent most:", False, 6))
    True
    >>> announces_list(Line(0, 0, 30, "Lent most:", False, 2)), announces_list(Line(0, 0, 30, "Lent most:", False, 2), colon_words=0)
    (False, True)
    >>> announces_list(Line(0, 0, 30, "Related coverage from the desk:", False, 5), label=lambda ln: ln.text.startswith("Related"))
    False
    >>> story = Line(0, 0, 40, "Which films did the club show most?", True, 7, prose=True)
    >>> announces_list(story), announces_list(story, running="any"), announces_list(story, running="short")
    (False, True, True)
    >>> long = Line(0, 0, 90, "The club showed many films this year and these are the ones the members liked best.", True, 17, True)
    >>> announces_list(long, running="short", sentence_words=12), announces_list(long, running="any")
    (False, True)
    >>> announces_list(Line(0, 0, 40, "The winners were announced on stage", False, 6), unended_words=5)
    True
    >>> announces_list(Line(0, 0, 40, "More From Our Partners Around Town", False, 6), unended_words=5)
    False
    """
    text = line.text
    if text.endswith(":") and line.words >= colon_words:
        return label is None or not label(line)
    if line.prose:
        if running == "any":
            return True
        if running == "short":
            end = text.rstrip()[-1:]
            return end == "?" or (end in ".!" and line.words <= sentence_words)
        return False
    return 0 < unended_words <= line.words and title_ratio(text) < 1.0


def mark(draft: Draft) -> Draft:
    """Pipeline stage: claim every line that is boilerplate on its own (but a row of menu
    links right under a line of the story that introduces it, four words or more ending with
    a colon that are no furniture themselves, :func:`announces_list`: the story's list),
    slideshows and video players."""
    lines = draft.lines
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {
        ln.index: whole("boilerplate", ln)
        for ln in lines
        if _line_is_boilerplate(ln)
        and not (
            ln.index > 0
            and announces_list(lines[ln.index - 1], label=_line_is_boilerplate)
            and not is_boilerplate(ln.text, menu_rows=False)
        )
    }
    for a, b in slideshows(draft.lines, draft.text) + video_players(draft.lines, draft.text):
        for ln in draft.lines[a:b]:
            if ln.index not in claims:
                claims[ln.index] = whole("boilerplate", ln)
    return claim(draft, claims) if claims else draft
