"""Stage: photo captions, their credits, the alt text printed beside them.

A caption is recognised by its credit: a parenthesised agency or photographer
at the end ("(AP Photo/Evan Vucci)"), a labelled credit ("Photo: …",
"Credit: …", "Image source, …"), a photo agency glued to the end
("…easy.Kathrin Ziegler/Getty"), or a credit alone on the next line
("REUTERS"). The line just before a caption that repeats its opening words is
the image's alt text and is merged into it; a caption printed twice in a row
is collapsed into one.

>>> c = split_credit("Rescuers search the rubble on Monday. (AP Photo/Ana Ruiz)")
>>> c.text, c.credit
('Rescuers search the rubble on Monday.', 'AP Photo/Ana Ruiz')
>>> split_credit("The singer was diagnosed in 2017Credit: Getty").credit
'Getty'
>>> split_credit("Officials said the port would reopen (on Monday).") is None
True
"""

from __future__ import annotations

import re as _re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import attrs
import regex

from ._draft import FREE, Draft, Line, claim, evolve, whole
from ._lexicon import agencies as alex
from ._lexicon import bylines as blex
from ._lexicon import figures as flex
from ._lexicon import given_names as glex
from ._lexicon import labels as llex
from ._lexicon.speech import SPEECH_FORMS
from ._text import alternation, cjk_count, ends_sentence, fold, has_digit, word_count
from .dateline import match_dateline
from .dates import find_dates, has_date
from .model import Block, Caption, Span

__all__ = ["CreditSplit", "find", "is_credit_only", "split_credit"]

_LEADS_ALT = "|".join(sorted((regex.escape(x).replace(r"\ ", r"\s") for x in blex.LEADS), key=len, reverse=True))
#: the credit labels of other languages ("Фото", "Źródło"), longest first
_INTL_LABELS_ALT = alternation(alex.CREDIT_LABELS_INTL)
_SOURCES_ALT = "|".join(
    sorted((regex.escape(s).replace(r"\ ", r"\s") for s in alex.PHOTO_SOURCES if len(s) > 2), key=len, reverse=True)
)

_PATTERNS = {
    # "… text. (Credit Name/AFP)" — a parenthesised credit closing the line
    "paren_credit": regex.compile(r"[(\[]\s*(?P<credit>[^()\[\]]{1,90}?)\s*[)\]]$"),
    # "Photo: Name/Agency" closing the line, possibly glued to the caption before it
    "label_credit": regex.compile(
        r"""
        [(\[]?\s*
        (?P<lead>
            (?:Photo(?:graph)?s?|PHOTOS?|Credits?|CREDIT|Image\s(?:source|credit)|Images?|Pictures?|Pic|Fotos?
              |Illustration|Source|Bild(?:quelle)?|Photographer|"""
        + _INTL_LABELS_ALT
        + r""")
            \s*(?:[:,]|\.{3}|…)\s*                                # "Credit:", "Credit..." (NYT), "Bild:"
          | (?:Photo(?:graph)?s?|Pictures?|Images?|Illustration)\s(?:by|via|courtesy(?:\sof)?)\s  # "Photograph by Jane Roe/AFP"
          | ©\s*                                                   # "© Imago"
        )
        (?P<credit>[^()\[\]:©\s][^()\[\]:©]{0,99}?)\s*[)\]]?$     # the credit, to the end
        """,
        regex.VERBOSE,
    ),
    # "Name Surname/Getty" or "Getty Images" glued to the end of the caption
    "glued_credit": regex.compile(
        r"""
        (?P<credit>
            (?:[\p{Lu}][\p{L}.'’-]*+\s?){1,4}/\s?(?:[\p{Lu}][\p{L}.-]*+\s?){1,4}   # Name Surname/Agency (possessive:
                                                                    # "ABCD" splits 4 ways otherwise, O(n^4))
          | (?:[\p{Lu}][\p{L}.'’-]*\s){0,3}(?:via\s)?Getty\sImages           # … Getty Images
          | (?:AFP|AP|Reuters|REUTERS|EPA|Shutterstock|Alamy|PA)(?:\s(?:via\s)?Getty\sImages)?
        )$
        """,
        regex.VERBOSE,
    ),
    # BBC style: "Image source, Getty Images" / "Image caption, …"
    # (and the older "Image copyright Getty Images")
    "image_source": regex.compile(
        r"^(?:Image|Photo|Video|Media)\s+(?:source|copyright)\s*[,:]?\s+(?P<credit>\S.*)$", regex.I
    ),
    # (also glued to its label by innerText: "Media captionWho is …", the text opening on a capital)
    "image_caption": regex.compile(
        r"^(?:Image|Photo|Video|Media)\s+caption(?:\s*[,:]?\s+|(?-i:(?=\p{Lu})))(?P<text>\S.*)$"
        r"|^Caption\s*:\s*(?P<text2>\S.*)$",
        regex.I,
    ),
    # a line that is only a credit: "REUTERS", "AP Photo/Jane Roe", "Photo: Getty Images"
    "credit_line": regex.compile(
        r"""
        ^(?:
            (?:Photo(?:graph)?|Credit|Image(?:\s(?:source|credit))?|Picture|Foto|Source|Bild(?:quelle)?|Photographer)s?\s*[:,]\s*\S.{0,80}  # labelled
          | (?:"""
        + _INTL_LABELS_ALT
        + r""")\s*:\s*\S.{0,80}                                       # "Фото: …", "Źródło: …"
          | (?:Credit|Courtesy(?:\sof)?|Screenshot\sby|Illustration\sby|(?:Photo(?:graph)?|Picture|Image)s?\s(?:by|via|courtesy(?:\sof)?))\s\S.{0,80}  # "Credit X"
          | (?i:photo(?:graph)?|picture|image)s?\s(?i:by|courtesy(?:\sof)?)\s\S.{0,80}  # "PHOTOGRAPH COURTESY OF X"
          | Credit\p{Lu}.{0,80}                                                   # NYT "CreditJane Roe", glued
          | ©\s*\S.{0,80}                                                         # "© Jane Roe / Agency"
          | [(\[]\s*[^()\[\]]{1,80}\s*[)\]]                                        # parenthesised
          | (?:[\p{L}.'’-]+\s){0,4}[\p{L}.'’-]+\s?/\s?[\p{L}][\p{L} .'’/-]{0,60}    # Name/Agency[/Agency]
          | (?:[\p{L}.'’-]+\s){0,5}via\s\p{Lu}[\p{L} .'’-]{0,40}                 # X via Y
        )$
        """,
        regex.VERBOSE,
    ),
    # a photo source closing the text; searched right to left (REVERSE), since a forward
    # search tries the whole alternation at every position of the text
    "sources": regex.compile(rf"(?:{_SOURCES_ALT})$", regex.I | regex.REVERSE),
    "caps": regex.compile(r"^[\p{Lu}][\p{Lu}\s./&'’-]{1,40}$"),
    "words": regex.compile(r"[\p{L}\p{N}]+"),
    # a byline lead and a capitalised name: "Von Jan Kupitz | …", "Words: Ana Ruiz Photos: …"
    "byline_open": regex.compile(rf"(?i:{_LEADS_ALT})\s*:?\s+\p{{Lu}}[\p{{L}}.'’-]*\s+\p{{Lu}}"),
}
_paren_credit = _PATTERNS["paren_credit"].search
_label_credit = _PATTERNS["label_credit"].search
_glued_credit = _PATTERNS["glued_credit"].search
#: how far from the end of a line a credit may start
_TAIL = 140
_label_hint = _re.compile(
    r"Photo|PHOTO|Credit|CREDIT|Image|Picture|Pic|Foto|Illustration|Source|Bild|©|" + alternation(alex.CREDIT_LABELS_INTL)
).search
_image_source = _PATTERNS["image_source"].match
_image_caption = _PATTERNS["image_caption"].match
_credit_line = _PATTERNS["credit_line"].match
#: the first characters of a "credit_line" with neither "/" nor "via" in it (its labels, "©", brackets)
_CREDIT_LINE_INITIALS = frozenset("PCIFSB©([") | {w[0] for w in alex.CREDIT_LABELS_INTL}
_sources_at_end = _PATTERNS["sources"].match
_sources_search = _PATTERNS["sources"].search


def _ends_with_source(text: str) -> Optional[regex.Match[str]]:
    """A photo source closing *text* ("… Getty Images"), or None.

    A match of the REVERSE pattern starts at the end, where a search would go on
    to try every position before it; the two differ only when *text* ends with a
    newline, before which "$" matches too.

    >>> _ends_with_source("Jane Roe/Getty Images").group(), _ends_with_source("AFP\\n").group()
    ('Getty Images', 'AFP')
    """
    return _sources_at_end(text) if text[-1:] != "\n" else _sources_search(text)


_caps = _PATTERNS["caps"].match
_byline_open = _PATTERNS["byline_open"].match
_credit_lead = regex.compile(
    r"""(?:photo(?:graph)?s?|credits?|image|picture|foto|source|courtesy|screenshot|illustration|bild(?:quelle)?
         |photographer|"""
    + _INTL_LABELS_ALT
    + r""")\b|©|(?-i:Credit\p{Lu})""",
    regex.I | regex.VERBOSE,
).match
#: every character ``_credit_lead`` can match first (case-insensitive "ı", "İ" and "ſ" too)
_CREDIT_LEAD_INITIALS = frozenset("BCFIPSbcfips\u0130\u0131\u017f©") | {
    c for w in alex.CREDIT_LABELS_INTL for c in (w[0].lower(), w[0].upper())
}
#: the first two letters, in lower case, of every label ``_credit_lead`` reads: an ASCII line
#: that opens with a label opens with one of them (no label opens with a letter that matches
#: an ASCII one in another case, as "ſ" does "s": tests/test_captions_speed2.py checks it)
_LEAD_PAIRS = frozenset(["ph", "cr", "im", "pi", "fo", "so", "co", "sc", "il", "bi"]) | {
    w[:2].lower() for w in alex.CREDIT_LABELS_INTL
}


def _may_lead(text: str) -> bool:
    """Can *text* open with a credit label (the cheap test before ``_credit_lead``)? An ASCII
    line needs the first two letters of a label, any other line the first character of one.

    >>> _may_lead("Photo: AFP"), _may_lead("Sign in"), _may_lead("© AFP"), _may_lead("ſign in")
    (True, False, True, True)
    """
    if text.isascii():
        return text[:2].lower() in _LEAD_PAIRS
    return text[:1] in _CREDIT_LEAD_INITIALS
#: a unit: a word, a slash and one letter closing it ("km/h", "MBit/s")
_unit_slash = regex.compile(r"\p{L}/\p{L}$").search
#: single letters parted by slashes inside a line: "m/w/x", "a/d", "C/V" (not a Name/Agency credit)
_single_letters = regex.compile(r"(?<![\p{L}/])\p{L}/\p{L}(?![\p{L}])").search
#: two to four capitals alone: a writer's initials signing a paragraph off
_initials = regex.compile(r"\p{Lu}{2,4}").fullmatch
#: single letters parted by slashes: the "(m/w/d)" or "(m/f/d)" of a job title, not a credit
_letters_only = regex.compile(r"\p{L}(?:\s?/\s?\p{L}){1,3}").fullmatch
_via_credit = regex.compile(r"\svia\s\p{Lu}").search
_image_marker = alex.IMAGE_MARKERS.__contains__
_MARKER_LEN = max(map(len, alex.IMAGE_MARKERS))


def _copyright(text: str) -> bool:
    """A copyright notice ("© 2020 Example Media. All rights reserved."), not a credit."""
    return not _COPYRIGHT_WORDS.isdisjoint(_words(text.casefold()))
_words = _PATTERNS["words"].findall
_COPYRIGHT_WORDS = frozenset(alex.COPYRIGHT_WORDS)
_NOT_CREDIT_WORDS = frozenset(alex.NOT_CREDIT_WORDS)
_CREDIT_SMALL_WORDS = alex.CREDIT_SMALL_WORDS

_CREDIT_WORDS = frozenset(
    {"photo", "photos", "photograph", "picture", "image", "credit", "courtesy", "file", "handout", "illustration",
     "supplied", "foto", "bild", "screenshot"}
)
_NOT_CREDITS = frozenset({"video", "videos", "photos", "photo", "watch", "updated", "opinion", "analysis", "live", "pictured"})
#: the folded lines that are credits by name alone ("Reuters", "Getty Images")
_SOURCE_NAMES = (alex.PHOTO_SOURCES | alex.AGENCIES) - _NOT_CREDITS - {""}
#: the longest line that can be a caption, in words
_MAX_CAPTION_WORDS = 90
#: the longest line a credit on the next line, or a weak credit at its end, may belong to
_MAX_CREDITED_WORDS = 60


@attrs.frozen
class CreditSplit:
    """Where a caption's text and credit stand inside one line."""

    text: str
    text_start: int
    text_end: int
    credit: Optional[str]
    credit_start: int
    credit_end: int


def _credit_like(credit: str, text: str) -> bool:
    """Does a parenthesised tail read as a photo credit?

    >>> _credit_like("Jane Roe/AFP", ""), _credit_like("m/w/d", "Senior planner for water and soil")
    (True, False)
    >>> _credit_like("bis zu 300 MBit/s", "Datenvolumen"), _credit_like("Getty Images/iStock", "")
    (False, True)
    """
    c = credit.strip()
    f = fold(c)
    if not c or f in _NOT_CREDITS or len(c) > 90 or _letters_only(c):
        return False
    if not any(ch.isalpha() for ch in c):
        return False  # "(1/2)": a numbered post of a thread, a page count
    if "/" in c and _unit_slash(c):
        return False  # "(up to 300 MBit/s)": a unit
    if "/" in c or f in alex.PHOTO_SOURCES or f in alex.AGENCIES or _ends_with_source(c):
        return True
    first = f.split(" ", 1)[0].rstrip(":") if f else ""  # "(Photo: Police)" closing a name
    if first in _CREDIT_WORDS:
        return True
    if _initials(c) and f not in alex.CREDIT_ABBREVIATIONS:
        return False  # "(BA)" closing a paragraph: the writer's initials
    words = _words(c)
    if not 1 <= len(words) <= 5 or not all(w[0].isupper() or w.isdigit() for w in words):
        return False
    # A capitalised name or organisation closing a complete sentence.
    t = text.rstrip()
    return word_count(t) >= 5 and (ends_sentence(t) or t[-1:].isdigit())


def split_credit(line: str) -> Optional[CreditSplit]:
    """Split a caption line into text and credit; None when it carries no credit."""
    return _split_credit(line, word_count(line))


def _split_credit(line: str, words: int) -> Optional[CreditSplit]:
    """``split_credit(line)``, given ``word_count(line)`` as *words*."""
    if line[-2:] in _BRACKET_STOPS:
        # "… (Photo: Jane Roe/AFP)." : a full stop after a labelled credit in brackets (a
        # sentence may close on its source in brackets: "… on Tuesday (Roe/Dale Research).")
        opening = max(line.rfind("(", 0, -2), line.rfind("[", 0, -2))
        inner = line[opening + 1 :].lstrip()
        if opening < 0 or not _credit_lead(inner) or _SOURCE_LABEL(inner):
            return None  # (a sentence may close on its source: "… in March (Source: Eurostat).")
        return _split_credit(line[:-1], words)
    # A labelled credit needs three words before it and a glued one four. The
    # start of a line never holds more words than the line when they are counted
    # between spaces (not so with CJK, counted by characters).
    few = words < 4 and (line.isascii() or not cjk_count(line))
    if few and words < 3 and line[-1:] not in ")]":
        return None  # no room for a labelled or glued credit, and no parenthesised one
    tail = len(line) - _TAIL
    if tail < 0:  # (quicker than max())
        tail = 0
    hint = None if few and words < 3 else _label_hint(line, tail)
    if hint:
        at = hint.start()  # the label starts at the first hint, or at the bracket or spaces before it
        while at > tail and line[at - 1] in " ([\u00a0":
            at -= 1
        m = _label_credit(line, at)
        if (
            m
            and word_count(line[: m.start()]) >= 3
            and not _mid_sentence(line, m.start(), m.group("lead"))
            and not _copyright(m.group("credit"))
            and not _running_words(m.group("credit"))
        ):
            return _split(line, m.start(), m)
    if line[-1:] in ")]":
        m = _paren_credit(line, tail)
        if m and m.start() and _credit_like(m.group("credit"), line[: m.start()]) and not _paragraph_source(line, m):
            return _split(line, m.start(), m)
    if few:
        return None  # (a glued credit needs four words before it)
    if "/" not in line[-45:]:
        closing = line[-1:]
        if closing != "." and not closing.isalnum():
            return None  # (a glued agency's name ends on a letter or its full stop; see below)
        last = line[-16:].rsplit(None, 1)[-1]
        if last.strip(".") not in _GLUE_TAILS:
            if not closing.isalnum():
                return None  # (most lines end with a sentence's end; a source name with a letter)
            return _source_after_stop(line) or _cjk_credit(line)
    end = len(line)
    head = _before_dash_source(line)
    m = _glued_credit(head, max(0, len(head) - 70)) if head and _may_glue(head) else None  # "Jane Roe / AFP - Getty Images"
    if m is None and _may_glue(line):
        m = _glued_credit(line, max(0, end - 70))
    before = line[: m.start()].rstrip()[-1:] if m else ""
    if m and _in_sentence(line, m):
        return None  # "… additional reporting from Reuters"
    if m and word_count(line[: m.start()]) >= 4 and (before in _GLUE_BEFORE or (before in _DASHES and "/" in m.group("credit"))):
        # a name before the slash counts only glued to the text or after a sentence's end:
        # after a small word and a space it is the sentence's own ("… ferries in New York/New Jersey")
        credit = m.group("credit")
        in_words = (
            before.islower()
            and line[m.start() - 1 : m.start()].isspace()
            and not any(c in ".!?" for c in credit.split("/", 1)[0])  # no sentence end inside: "Sunday.Jane Roe/…"
        )
        if "/" in credit and not _signed_slash(credit, names=not in_words):
            return None  # "… next month in Eastbrook/Marsh County": two places
        cut = m.start()
        stop = _glued_stop(credit.split("/", 1)[0])
        if stop is not None:
            cut += stop.end()  # "… on Thursday.Jane Roe/AFP": the sentence ends before the name
        elif in_words and "/" in credit:
            # "… cabaret in Paris Jane Roe/Reuters": the sentence keeps its place name,
            # the credit the photographer's first and last name
            name = credit.split("/", 1)[0].split()
            if len(name) >= 3:
                cut = m.start() + credit.index(name[len(name) - 2])
        return _split_at(line, cut, cut, end)
    return None


#: a sentence's end before the name of a glued credit ("Thursday.Jane", "Friday. Jane"; not "J.R.")
_glued_stop = regex.compile(r"(?<=\p{Ll}[.!?])\s?(?=\p{Lu})").search
#: a full stop after the closing bracket of a credit
_BRACKET_STOPS = frozenset({").", "]."})
#: the dashes parting two agencies of a credit ("Jane Roe / AFP - Getty Images")
_CREDIT_DASHES = frozenset("-–—")
#: the photo sources that close a caption after its last sentence ("… in lung cancer. istockphoto.com");
#: a news agency there signs a paragraph off
_PICTURE_SOURCES = alex.PHOTO_SOURCES - alex.AGENCIES
#: a credit after the "＝" closing a Japanese caption ("…＝ロイター", "…＝共同"), or after the
#: "圖／" (picture) of a Chinese one ("… 圖／新華社"); no sentence in it
_cjk_credit_tail = regex.compile(r"(?:＝|[圖图][／/])(?P<credit>[^\s＝。、】)／/]{1,15})$").search
#: the glyphs that open an item of a Japanese or Chinese list ("▽日時＝…", "■場所＝…")
_LIST_GLYPHS = frozenset("▽▼△▲■□●○◆◇◎・※★☆•")


def _before_dash_source(line: str) -> str:
    """The line before a photo source it ends with after a dash, or "".

    >>> _before_dash_source("Rain on Monday.Jane Roe / AFP - Getty Images")
    'Rain on Monday.Jane Roe / AFP'
    >>> _before_dash_source("Rain on Monday - Getty Images"), _before_dash_source("Rain on Monday.")
    ('', '')
    """
    if not line[-1:].isalpha():
        return ""
    src = _ends_with_source(line)
    if src is None:
        return ""
    head = line[: src.start()].rstrip()
    if head[-1:] not in _CREDIT_DASHES or head[-2:-1] not in (" ", "\u00a0"):
        return ""
    head = head[:-1].rstrip()
    return head if "/" in head[-45:] else ""


def _source_after_stop(line: str) -> Optional[CreditSplit]:
    """A photo source alone after the caption's last sentence: "… in lung cancer. istockphoto.com".

    >>> _source_after_stop("Gene changes in lung cancer.\u00a0 istockphoto.com").credit
    'istockphoto.com'
    >>> _source_after_stop("Jane Roe in an undated picture.Facebook").credit
    'Facebook'
    >>> _source_after_stop("Rain fell, the ministry said. AFP"), _source_after_stop("Read our story. Follow us. Twitter")
    (None, None)
    """
    if not line[-1:].isalnum():
        return None  # (most lines end with a sentence; a source name with a letter)
    near = line[-45:-1]
    if "." not in near and "!" not in near and "?" not in near:
        return None  # no sentence ends near the end of the line
    src = _ends_with_source(line)
    if src is None or src.start() < 1:
        return None
    glued = line[src.start() - 1] in ".!?"  # "… in an undated picture.Facebook"
    if not glued and not line[src.start() - 1].isspace():
        return None
    source = fold(src.group())
    if source not in _PICTURE_SOURCES or (not glued and source in alex.SOCIAL_SOURCES):
        return None
    text = line[: src.start()].rstrip()
    if text[-1:] not in ".!?" or word_count(text) < 3:
        return None
    return CreditSplit(text, 0, len(text), src.group(), src.start(), len(line))


def _cjk_credit(line: str) -> Optional[CreditSplit]:
    """A Japanese caption's credit after "＝" ("…スアレス＝ロイター"), a Chinese one's after "圖／".

    >>> _cjk_credit("喜ぶメッシ（左）とスアレス＝ロイター").credit
    'ロイター'
    >>> _cjk_credit("索尼已申請繼續為華為提供設備。 圖／騰訊科技").text
    '索尼已申請繼續為華為提供設備。'
    >>> _cjk_credit("【ロンドン＝岡田】試合が行われた。") is None
    True

    A list item or an item and its value is no caption: the part before "＝" must
    describe a picture (ten characters or more), and a credit holds no figure.

    >>> _cjk_credit("▽住宅の被害件数＝１２０棟"), _cjk_credit("説明会の開催場所＝市民会館大ホール")
    (None, None)
    >>> _cjk_credit("住民向けの説明会が開かれる会場の場所＝市民会館大ホール") is None
    True
    >>> _cjk_credit("記者会見で説明する町長と副町長＝町役場で").credit
    '町役場で'

    """
    near = line[-18:]
    if ("＝" not in near and "／" not in near and "/" not in near) or not cjk_count(line):
        return None
    m = _cjk_credit_tail(line, max(0, len(line) - 18))
    if m is None or m.start() < 10 or line[0] in _LIST_GLYPHS or has_digit(m.group("credit")):
        return None  # "▽被害件数＝120棟", "開催場所＝市民会館": an item and its value, no credit
    credit = m.group("credit")
    if line[m.start()] == "＝" and not (
        credit.endswith(alex.JA_CREDIT_ENDINGS) or credit in alex.JA_CREDIT_SOURCES or fold(credit) in alex.AGENCIES
    ):
        return None  # "…の場所＝市民会館大ホール": an item and its value; a credit is a place "…で", "…撮影" or an agency
    text = line[: m.start()].rstrip()
    return CreditSplit(text, 0, len(text), m.group("credit"), m.start("credit"), len(line))


def _running_words(credit: str) -> bool:
    """Does a credit read as a sentence ("Hampshire has taken a battering …")?

    It opens on a capital (a name, as a sentence's subject) and holds three or more
    words in lower case, half of its words or more, not counting the small words and
    the photo words a credit holds ("for the", "courtesy of"): a credit names people,
    agencies and places. A credit opening in lower case describes its source ("still
    from a video posted on social media").

    >>> _running_words("Hampshire has taken a battering fo..."), _running_words("No editor/post specific to the web")
    (True, True)
    >>> _running_words("Jane Roe for the Daily News"), _running_words("Handout photo courtesy of the police department")
    (False, False)
    >>> _running_words("Getty Images/iStockphoto/jane.roe"), _running_words("still from a video posted on social media")
    (False, False)
    """
    tokens = credit.split()
    if not tokens or not tokens[0][:1].isupper():
        return False
    lower = 0
    for t in tokens:
        if t.isalpha() and t.islower() and t not in _CREDIT_SMALL_WORDS and t not in _CREDIT_WORDS:
            lower += 1
    return lower >= 3 and 2 * lower >= len(tokens)


def _may_glue(line: str) -> bool:
    """Can a glued credit close *line*: one to four capitalised words after its last
    slash, or a photo agency as its last word? (A cheap test before the glued pattern,
    whose failing search is slow on a long run of capitals before a slash.)

    >>> _may_glue("Rain on Monday.Jane Roe/AFP"), _may_glue("Rain on Monday. Getty Images")
    (True, True)
    >>> _may_glue("Rain fell AAAAAAAAAAAA/"), _may_glue("in Eastbrook/the marsh")
    (False, False)
    """
    last = line[-16:].rsplit(None, 1)[-1] if line else ""
    if last.strip(".") in _GLUE_TAILS:
        return True
    k = line.rfind("/", max(0, len(line) - 70))
    if k < 0:
        return False
    right = line[k + 1 :].split()
    return 1 <= len(right) <= 4 and all(w[:1].isupper() for w in right)


def _signed_slash(credit: str, names: bool = True) -> bool:
    """Does a "X/Y" glued to a caption show that a side is a photographer or an agency?

    A side is, opens or ends with an agency or a photo source ("REUTERS/Jane Roe",
    "Miami.JANE ROE/GETTY IMAGES") or a photo word ("Photo VM/Jane Roe"), or, when
    *names* is true, the left side is a person's name of two to four words ("Jane
    Roe/Eastbrook Gazette"). One word on each side of the slash, or a single place
    before it, is no credit.

    >>> _signed_slash("Jane Roe/Eastbrook Gazette"), _signed_slash("Sunday. JANE ROE/AFP")
    (True, True)
    >>> _signed_slash("Eastbrook/Marsh County"), _signed_slash("Veranstalter / Gemeinden")
    (False, False)
    """
    parts = credit.split("/")
    for part in parts:
        g = fold(part)
        f = g.split()
        if f and (
            g in _SOURCE_NAMES
            or f[0] in _SOURCE_NAMES
            or f[-1] in _SOURCE_NAMES
            or " ".join(f[-2:]) in _SOURCE_NAMES
            or f[0] in _CREDIT_WORDS
        ):
            return True
    name = parts[0].split()
    return names and 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name)


_BBC_INITIALS = frozenset("IiPpVvMmCc")  # Image/Photo/Video/Media source, Caption
#: the second letters of those words, and what matches them case-insensitively
_BBC_SECONDS = frozenset("MmHhIiEeAa\u0130\u0131")
#: the first two characters of a line that may open with one of those words: ``text[:2] in
#: _BBC_OPENINGS`` is ``text[:1] in _BBC_INITIALS and text[1:2] in _BBC_SECONDS``
_BBC_OPENINGS = frozenset(a + b for a in _BBC_INITIALS for b in _BBC_SECONDS)
_GLUE_TAILS = frozenset({"Images", "AFP", "AP", "Reuters", "REUTERS", "EPA", "Shutterstock", "Alamy", "PA", "Getty"})
_GLUE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz.!?”\"’)")
#: a dash parting a caption from its "Name/Agency" credit ("… on Monday. — Jane Roe/AP")
_DASHES = frozenset("—–")
#: what may part a caption from the credit after it, left out of the caption's text
_SEPARATORS = " /|—–\u00a0"


def _in_sentence(line: str, m: regex.Match[str]) -> bool:
    """A bare agency name after a space and a word in lower case ends a sentence, not a caption.

    >>> line = "Aid arrived, with reporting from Reuters"
    >>> _in_sentence(line, _glued_credit(line)), _in_sentence("A sign outside the registry via AP", _glued_credit("A sign outside the registry via AP"))
    (True, False)
    """
    credit = m.group("credit")
    if "/" in credit or "Getty" in credit or m.start() < 2:
        return False
    if line[: m.start()].rstrip().endswith(" via"):
        return False  # "Registry via AP" is a credit
    return line[m.start() - 1].isspace() and line[m.start() - 2].islower()


#: the ends of a label of words ("Photo by ", "Photo via ", "Photo courtesy of ")
_WORD_LEADS = ("by ", "via ", "courtesy ", "of ")


def _mid_sentence(line: str, at: int, lead: str = "") -> bool:
    """True for "… a photo: …" or "… a photograph by …" where the label is part of the sentence.

    >>> _mid_sentence("It shows a photo: rain", 9), _mid_sentence("It shows Photos by Ana Ruiz", 8, "Photos by ")
    (True, True)
    """
    if line[at : at + 1] in "([":
        return False
    before = line[:at].rstrip()[-1:]
    if lead.endswith(_WORD_LEADS):  # "Photo by X" needs a sentence end before it
        return before.isalpha() or before == ","
    return before.islower() and line[at - 1 : at] == " "


def _split(line: str, cut: int, m: regex.Match[str]) -> CreditSplit:
    return _split_at(line, cut, *m.span("credit"))


def _paragraph_source(line: str, m: regex.Match[str]) -> bool:
    """Is a bracketed "(Source: X)" the source of a paragraph of several sentences?

    >>> line = "The line was closed. Repairs will take a week (Quelle: SWR)"
    >>> _paragraph_source(line, _paren_credit(line))
    True
    >>> line = "The closed line near Eastbrook (Quelle: SWR)"
    >>> _paragraph_source(line, _paren_credit(line))
    False
    """
    return _SOURCE_LABEL(m.group("credit")) is not None and _second_sentence(line, 0, m.start()) is not None


def _split_at(line: str, cut: int, cs: int, ce: int) -> CreditSplit:
    """The caption text before *cut* and the credit at ``line[cs:ce]``, both stripped."""
    text = line[:cut].rstrip(_SEPARATORS)
    credit = line[cs:ce].strip()
    cs += len(line[cs:ce]) - len(line[cs:ce].lstrip())
    return CreditSplit(text, 0, len(text), credit, cs, cs + len(credit))


def _strong_credit(credit: str) -> bool:
    """A credit no paragraph would end with: an agency with a slash, "Photo: …", "Getty Images"."""
    return "/" in credit or _credit_lead(credit) is not None or "getty" in credit.casefold()


def is_credit_only(line: str) -> bool:
    """A line that is nothing but a photo credit.

    >>> is_credit_only("REUTERS"), is_credit_only("AP Photo/Jane Roe"), is_credit_only("Rain fell.")
    (True, True, False)
    >>> is_credit_only("© Ana Ruiz / Agency"), is_credit_only("CreditAna Ruiz"), is_credit_only("View PDF/Print")
    (True, True, False)
    >>> is_credit_only("Gardener m/w/d in Eastbrook"), is_credit_only("Alphen a/d Rijn")
    (False, False)
    """
    return len(line) <= 90 and _credit_only(line, word_count(line))


def _credit_only(line: str, words: int, folded: Optional[str] = None) -> bool:
    """``is_credit_only(line)``, given ``word_count(line)`` as *words* (and ``fold(line)`` as
    *folded*, when known: the blocks stage folds every short line)."""
    if len(line) > 90:  # longer than any credit or source name
        return False
    f = fold(line) if folded is None else folded
    if not (
        "/" in line
        or line[:1] in "([©"
        or " via " in line
        or line.isupper()
        or (_may_lead(line) and _credit_lead(line))
    ):
        # only a bare source name ("Reuters") or a name and an agency in capitals is left
        return f in _SOURCE_NAMES or ("," in line and _name_caps_source(line))
    if not f or f in _NOT_CREDITS or _letters_only(line.strip("()[] ")) or _single_letters(line):
        return False
    if f in _SOURCE_NAMES:
        return True
    if words > 10:
        return False
    if "://" in line or ".com/" in line or "www." in line:
        return False  # a link
    if "/" in line and _home_trail(line):
        return False  # "Inicio / Sociedad / Educación": a breadcrumb trail
    folded_words = _words(line.casefold())
    if not _NOT_CREDIT_WORDS.isdisjoint(folded_words):
        return False  # a share bar, a form label
    if not _COPYRIGHT_WORDS.isdisjoint(folded_words) or _label_only(line):
        return False  # "© 2020 X. All rights reserved."; a bare "Photo:"
    if (line[:1] in _CREDIT_LINE_INITIALS or "/" in line or "via" in line) and _credit_line(line):
        if _sentence_after_label(line):
            return False  # "Source: the council said the plan would wait."
        lead = _credit_lead(line)
        if _running_words(line[lead.end() :].lstrip(" :,.…") if lead else line):
            return False  # "No editor/post specific to the web", "Fotos: Die Stadt hat heute beschlossen, …"
        inner = line.strip("()[] ")
        if not any(c.isalpha() for c in inner):
            return False
        return (
            _credit_like(inner, "")
            or _credit_lead(inner) is not None
            or "/" in inner
            or _via_credit(inner) is not None
        )
    return bool(_caps(line)) and _ends_with_source(line) is not None


#: the home links that open a breadcrumb trail
_TRAIL_HOMES = flex.TRAIL_HOMES | {fold(h) for h in llex.HOME_LINKS}


def _home_trail(line: str) -> bool:
    """A breadcrumb trail parted by slashes and opened by the site's home link, not a
    "Name/Agency" credit.

    >>> _home_trail("Inicio / Sociedad / Educación"), _home_trail("Startseite/Kultur"), _home_trail("Jane Roe/AFP")
    (True, True, False)
    """
    return fold(line.split("/", 1)[0]) in _TRAIL_HOMES


#: the fewest letters of an agency in capitals after a photographer's name ("REUTERS", not "AP":
#: a byline may sign "Jane Roe, AP" too)
_CAPS_SOURCE_LETTERS = 4
#: the most words of the photographer's name before it
_CREDIT_NAME_WORDS = 5


def _name_caps_source(line: str) -> bool:
    """A person's name, a comma and a news or photo agency spelled out in capitals: how a
    photographer's credit is set under a picture; a byline or a sentence writes the
    agency in ordinary case.

    >>> _name_caps_source("Mara Quill, ASSOCIATED PRESS"), _name_caps_source("Tomas de la Vega, REUTERS")
    (True, True)
    >>> _name_caps_source("Mara Quill, Associated Press"), _name_caps_source("Mara Quill, AP")
    (False, False)
    >>> _name_caps_source("Officials said so, REUTERS"), _name_caps_source("1999, REUTERS")
    (False, False)
    """
    name, _, source = line.rpartition(",")
    source = source.strip()
    if len(source) < _CAPS_SOURCE_LETTERS or not source.isupper() or fold(source) not in _SOURCE_NAMES:
        return False
    words = name.split()
    return (
        2 <= len(words) <= _CREDIT_NAME_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
        and not any(c.isdigit() or c in "!?:;\"“”" for c in name)
    )


#: a wire caption of an archive photo, credited or not: AP marks one "FILE - …" in capitals,
#: and writes "In this Oct. 3, 2018, file photo, …" (a date right before "file photo");
#: running text does neither
_archive_caption = regex.compile(
    r"""
    FILE\s?[-–—]\s+\p{Lu}                                # "FILE - In this …", "FILE – Jane Roe speaks …"
  | In\sthis\s(?:[\p{L}.,]+\s){0,3}(?:\d{1,2},?\s)?\d{4},?\sfile\sphoto\b   # "In this Sunday, Oct. 3, 2018, file photo"
  | In\sthis\sfile\sphoto\b
    """,
    regex.VERBOSE,
).match
_ARCHIVE_INITIALS = frozenset({"FI", "In"})


def _sentence_after_label(line: str) -> bool:
    """Does a sentence of running words follow the label of *line* (a colon or a comma
    within its first 20 characters)? A credit names a person or an agency.

    >>> _sentence_after_label("Source: the council said the plan would wait.")
    True
    >>> _sentence_after_label("Foto: dpa/Jane Roe"), _sentence_after_label("Photo: iStock.")
    (False, False)
    """
    cut = max(line.find(":", 0, 20), line.find(",", 0, 20))
    if cut < 0:
        return False
    rest = line[cut + 1 :].strip()
    words = rest.split()
    return len(words) >= 4 and rest[-1:] in ".!?" and words[0][:1].islower() and words[1][:1].islower()


def _date_line(text: str) -> bool:
    """A timestamp line ("Published 18 November 2019 / Source: X") is not a caption."""
    if not has_digit(text):
        return False
    dates = find_dates(text)
    return bool(dates) and word_count(text) - sum(word_count(d.raw) for d in dates) < 5


def _dated_nearby(lines: Sequence[Line], i: int, at: int) -> bool:
    """Does another line near the caption *i* (and its credit *at*) give a date? Then the
    page's own date is printed elsewhere, and a "Place, date." line over the credit is a
    caption, not the header's date line."""
    return any(
        k not in (i, at) and has_date(lines[k].text)
        for k in range(max(0, i - 6), min(len(lines), at + 7))
    )


def _place_and_date(text: str, credit: str) -> bool:
    """Is *text*, a line that is mostly a date, a caption naming a place and a date
    ("Harbour wall, Mar. 3, 2024.") over a labelled credit ("Photo: …")? The place
    comes first, in ordinary case (a dateline's is in capitals), with a comma before
    the date and a full stop after it.

    >>> _place_and_date("Harbour wall, Mar. 3, 2024.", "Photo: Lena Hart"), _place_and_date("Harbour wall, Mar. 3, 2024.", "Lena Hart")
    (True, False)
    >>> _place_and_date("Published, Mar. 3, 2024.", "Photo: X"), _place_and_date("EASTBROOK, Mar. 3, 2024.", "Photo: X")
    (False, False)
    """
    if text[-1:] != "." or not (_may_lead(credit) and _credit_lead(credit)):
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    place = text[: text.find(dates[0].raw)].rstrip()
    after = text[text.find(dates[0].raw) + len(dates[0].raw) :]
    return (
        after == "."
        and place[-1:] == ","
        and 1 <= word_count(place) <= 5
        and place[:1].isupper()
        and not place.isupper()
        and fold(place) not in flex.DATE_LABELS
    )


def _similar_start(a: str, b: str) -> bool:
    """True when *a* and *b* open with the same four words (alt text and its caption)."""
    wa, wb = _words(a.casefold()), _words(b.casefold())
    if len(wa) < 3 or len(wb) < 3:
        return False
    k = min(4, len(wa), len(wb))
    if wa[:k] == wb[:k]:
        return True
    sa, sb = set(wa), set(wb)
    overlap = len(sa & sb) / max(1, min(len(sa), len(sb)))
    return overlap >= 0.7 or (wa[0] == wb[0] and overlap >= 0.5)

_label_only = regex.compile(
    r"[(\[]?\s*(?:(?:Photo|Foto|Bild|Credit|Image|Picture|Source|Quelle)s?|" + _INTL_LABELS_ALT + r")\s*:\s*[)\]]?", regex.I
).fullmatch


def _credit_below(lines: Sequence[Line], taken: Sequence[bool], i: int, credit_only: Callable[[int], bool]) -> Optional[int]:
    """The index of the credit line that closes the caption on line *i*, if any.

    The credit stands alone on the next line ("REUTERS", "Jane Roe/AFP"), or after
    a label printed on a line of its own ("Foto:" then "Jane Roe").
    """
    j = i + 1
    if j >= len(lines) or lines[j].words > 10:
        return None
    nxt = lines[j].text
    if nxt in _LONE_SEPARATORS:  # "|" alone between the caption and its credit (maybe read as boilerplate)
        if lines[j].gap:
            return None
        k = j + 1
        return k if k < len(lines) and not taken[k] and not lines[k].gap and credit_only(k) else None
    if taken[j]:
        return None
    if ":" in nxt and _label_only(nxt):  # a label alone is sure enough to reach over blank lines
        if nxt[-1:] in ")]":
            return j  # "(Photo: )": a label closed on no credit
        k = j + 1
        if k < len(lines) and not taken[k] and lines[k].words <= 8 and not ends_sentence(lines[k].text):
            return k
        return None
    if lines[j].gap:
        return None  # after a blank line, a credit is as often that of a photo with no caption
    return j if credit_only(j) or _source_under_figure(lines, i) else None


def _source_under_figure(lines: Sequence[Line], i: int) -> bool:
    """Is line *i* a figure's caption over its source ("… three floods." / "Valley Water
    Board")? A CMS figure prints its caption, then the source in its own element with
    no blank line between, the two standing alone between paragraphs of the story.

    The caption is a sentence in the third person (a quote over its speaker's name,
    or a sign-off over the author's, speaks in the first); the source is one to five
    capitalised words, small words between them ("Harlow County Archive", "Centre for
    Sea Studies"), with no figure, colon or sentence end, no byline lead ("By"), and
    not a person's name (a letter signed by its writer ends the same way).
    """
    if i < 1 or i + 2 >= len(lines) or not lines[i].gap or not lines[i + 2].gap:
        return False
    ln = lines[i]
    if not (_MIN_FIGURE_WORDS <= ln.words <= _MAX_CREDITED_WORDS) or not ends_sentence(ln.text) or ln.text.endswith("?"):
        return False
    if not lines[i - 1].prose or not lines[i + 2].prose:
        return False  # not between two paragraphs
    if not _source_name(lines[i + 1].text) or not _FIRST_PERSON.isdisjoint(_words(ln.text)):
        return False
    # the caption speaks of its picture ("This satellite image shows …"), or the source is a
    # known agency or picture library: a subheading or a place name under a paragraph does neither
    return not flex.CAPTION_CUES.isdisjoint(_words(ln.text.casefold())) or _names_source(lines[i + 1].text)


#: the fewest words of a figure's caption over its source
_MIN_FIGURE_WORDS = 5
#: the one-word byline leads ("By", "Von", "Por")
_LEAD_WORDS = frozenset(w for w in blex.LEADS if " " not in w)
#: the words of a text in the first person ("I", "my", "we"): a quote or a sign-off, not a caption
_FIRST_PERSON = frozenset({"I", "me", "my", "we", "our", "us", "Me", "My", "We", "Our"})


def _announced_figure(lines: Sequence[Line], i: int) -> bool:
    """Is line *i* the caption of a picture that the paragraph above announces ("To see
    the trend, here is a chart of daily spend:" / "daily spend per service, 2023")?

    The picture prints nothing, so its caption stands right under the paragraph: a
    short line of two to twelve words, no sentence end, colon or code in it, with a
    blank line above and a paragraph or the end below. The paragraph ends with a colon
    and names a picture ("chart", "screenshot", "Grafik" …); a colon that names none
    announces a list, a quote or code as often.
    """
    ln = lines[i]
    if not ln.gap or not _MIN_ANNOUNCED_WORDS <= ln.words <= _MAX_ANNOUNCED_WORDS:
        return False
    text = ln.text
    if ends_sentence(text) or text[-1:] in ":;," or not text[:1].isalpha() or not _CODE_CHARS.isdisjoint(text):
        return False  # (a quote opens with its mark, code and links hold markup)
    if "www." in text or "://" in text:
        return False
    above = lines[i - 1]
    if above.words < _MIN_INTRO_WORDS or above.text[-1:] != ":":
        return False  # (a sentence ending in a colon is not prose to is_prose)
    if i + 1 < len(lines) and not (lines[i + 1].gap and lines[i + 1].prose):
        return False  # a list or a run of short lines under the colon
    folded = above.text.casefold()
    clause = _words(folded[max(folded.rfind(", "), folded.rfind(". "), folded.rfind("; ")) + 1 :])
    if not clause or clause[-1] in SPEECH_FORMS:
        return False  # "… held up a photo and said:" announces words said, not a picture
    return not _FIGURE_NOUNS.isdisjoint(clause)  # ("to get the full picture, consider …:": an idiom)


#: a numbered figure's label opening its caption: "Figure 1: …", "Fig. 3 – …", "Abb. 2. …"
_figure_label = regex.compile(
    rf"(?i:{alternation(flex.FIGURE_LABELS)})\s?\d{{1,3}}[a-z]?(?:\s?[:.]|\s[–—-])\s"
).match


def _dashed_aside(text: str) -> bool:
    """Does *text* hold a pair of spaced dashes, an aside in a sentence ("Figure 8 - the
    move she practised for years - won her the title")? A numbered figure's label is
    followed by one dash, or by none.

    >>> _dashed_aside("Exhibit 4 - a letter from the mayor - was shown to the jury.")
    True
    >>> _dashed_aside("Figure 2 – Daily requests per service, 2023")
    False
    """
    return sum(text.count(d) for d in (" - ", " – ", " — ")) >= 2


#: the first letters of those labels, in either case (the cheap test before the pattern)
_FIGURE_INITIALS = frozenset(c for w in flex.FIGURE_LABELS for c in (w[0], w[0].upper()))
#: the words of a picture's caption announced by the paragraph above it
_MIN_ANNOUNCED_WORDS, _MAX_ANNOUNCED_WORDS = 2, 12
#: the fewest words of the paragraph that announces a picture
_MIN_INTRO_WORDS = 6
#: the characters of code or markup, none of them in a caption
_CODE_CHARS = frozenset("{}[]$=<>|\\`#@;")
_FIGURE_NOUNS = flex.FIGURE_NOUNS


def _source_name(text: str) -> bool:
    """A figure's source printed under its caption: one to five capitalised words, small
    words between them, with no figure, colon or sentence end, and no byline lead.

    >>> _source_name("Harlow County Archive"), _source_name("Centre for Sea Studies"), _source_name("NASA")
    (True, True, True)
    >>> _source_name("By Jane Roe"), _source_name("Updated 2024"), _source_name("Read more:"), _source_name("the council")
    (False, False, False, False)
    >>> _source_name("Margaret Hale")  # a person's name signs letters and quotes as often
    False
    """
    words = text.split()
    if not 1 <= len(words) <= _CREDIT_NAME_WORDS or ends_sentence(text) or ":" in text or has_digit(text):
        return False
    if words[0].casefold() in _LEAD_WORDS:
        return False  # "By Jane Roe"
    if len(words) > 1 and words[0].casefold() in glex.GIVEN_NAMES:
        return False  # a person's name: a letter's or a quote's signature as often as a photographer
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _CREDIT_SMALL_WORDS for w in words)


#: a separator printed on a line of its own between a caption and its credit
_LONE_SEPARATORS = frozenset({"|", "/", "·", "•", "–", "—", "-"})


#: the longest line, in words, that counts as an entry of a menu or link list
_MENU_ENTRY_WORDS = 5


def _in_menu(lines: Sequence[Line], i: int) -> bool:
    """True when line *i* is one entry of a run of short lines: a menu or a list of links.

    A credit stands beside its photo's caption or alone between blank lines; a
    short line with short lines right above and below it, no blank line
    between, is a menu entry ("Sports on TV/Radio", "Instagram") however much
    it looks like a credit. The ends of a run are not asked about: a lead
    photo's credit often comes right under a share bar ("Share", "Tweet",
    "Jane Roe/Reuters"), or right above a "Related" list.

    >>> from newsparse._draft import Line
    >>> ls = [Line(k, 0, 0, t, False, len(t.split())) for k, t in enumerate(["Golf", "Boxing / MMA", "Olympics"])]
    >>> _in_menu(ls, 0), _in_menu(ls, 1), _in_menu(ls, 2)
    (False, True, False)
    """
    if not _menu_entry(lines[i]) or i == 0 or i + 1 >= len(lines) or lines[i].gap or lines[i + 1].gap:
        return False
    if _marks_image(lines[i - 1].text):
        return False  # "Photo" or "Image 1 of 9" printed by the image, then its caption or credit
    return _menu_entry(lines[i - 1]) and _menu_entry(lines[i + 1])


def _menu_entry(line: Line) -> bool:
    """A line short enough, and without a sentence end, to be an entry of a menu."""
    t = line.text
    return line.words <= _MENU_ENTRY_WORDS and not ends_sentence(t) and any(c.isalpha() for c in t)


def _is_marker(text: str) -> bool:
    """A line an image prints in place of itself ("Photo", "Enlarge this image")."""
    return len(text) <= _MARKER_LEN and _image_marker(text.casefold())


#: an image counter: "Image 3 of 12", "Bild 1 von 9", "FOTO 1 DE 1", "Photo 2/8"
_image_counter = regex.compile(
    rf"(?i:{alternation(alex.IMAGE_NOUNS)})\s\d{{1,3}}\s?(?:(?i:{alternation(alex.COUNTER_OF)})\s|/\s?)\d{{1,3}}"
).fullmatch
#: the longest image counter or marker
_COUNTER_LEN = max(24, _MARKER_LEN)


#: a sentence this long under a counter, with more story under it, is the story's
_MIN_STORY_WORDS = 12


def _counted_caption(text: str, words: int, story_after: bool = False) -> bool:
    """Can the line under an image counter be its caption? A gallery's counter may stand
    over the story's first paragraph: a caption without a credit is one sentence of at
    most 30 words, and not a sentence of 12 words or more with more of the story right
    under it (*story_after*: the line is prose, parted from the counter by a blank line,
    and the next line is prose too), which is a paragraph of the story under a counter
    whose picture has no caption (a gallery prints its caption right under the counter).
    A shorter line there is still the picture's caption.

    >>> _counted_caption("The new reading room", 4), _counted_caption("Rain fell. The town flooded.", 5)
    (True, False)
    >>> _counted_caption("The harbour master said the sea wall would hold for years to come.", 13, story_after=True)
    False
    >>> _counted_caption("The new children's section with its small stage.", 8, story_after=True)
    True
    """
    if words <= _MAX_LEAD_WORDS and not _second_sentence(text) and not (story_after and words >= _MIN_STORY_WORDS):
        return True
    return _split_credit(text, words) is not None


def _marks_image(text: str) -> bool:
    """A line an image prints above its caption: a marker ("Photo", "View images") or a counter.

    >>> _marks_image("View Images"), _marks_image("Bild 1 von 9"), _marks_image("Image 3 of 12")
    (True, True, True)
    >>> _marks_image("31/10"), _marks_image("Page 1 of 3"), _marks_image("1 / 12")
    (False, False, False)
    """
    if text[-1:].isdigit():
        return len(text) <= _COUNTER_LEN and _image_counter(text) is not None
    return _is_marker(text)


#: the labels that name a story's source, not a photo's ("Source: …", "Fonte: …")
_SOURCE_LABEL = regex.compile(r"[(\[]?\s*(?:sources?|quellen?|fonte|fuente|źródło|zdroj)\s*:", regex.I).match


def _source_note(text: str) -> bool:
    """After the body, "Source: X" or a bare agency name is the story's source, not a photo credit.

    >>> _source_note("Source: Eastbrook Council"), _source_note("AFP"), _source_note("Jane Roe/AFP")
    (True, True, False)
    """
    return _SOURCE_LABEL(text) is not None or fold(text.strip("()[] ")) in alex.AGENCIES


#: a plural label ("Photos: …") credits a gallery, not the one photo a caption describes
_gallery_credit = regex.compile(r"(?:photo(?:graph)?s|fotos|images|pictures)\b", regex.I).match
#: a sentence end followed by the capital of another sentence
_second_sentence = regex.compile(r"[.!?][\"”’»)]?\s+[\"“„«]?\p{Lu}").search
#: how many lines past the end of the body a caption is still looked for
_PAST_BODY = 12
#: how many lines into the body the lead photo's caption may stand
_LEAD_LINES = 5
#: the shortest and longest caption of a lead photo read from its place alone, in words
_MIN_LEAD_WORDS, _MAX_LEAD_WORDS = 7, 30
#: a line this long above it is a paragraph of the body (a deck is shorter)
_PARAGRAPH_WORDS = 30
#: a sentence this long over a lone credit, with the story running on under the credit, is
#: the story's lead paragraph (a lead photo's caption is most often shorter)
_LEAD_PARAGRAPH_WORDS = 20


def _agency_byline(lines: Sequence[Line], i: int) -> bool:
    """Is line *i* a bare agency name right over a time stamp: the story's byline?

    >>> ls = [Line(k, 0, 0, t, False, len(t.split())) for k, t in enumerate(["Reuters", "Updated: May 4, 2021"])]
    >>> _agency_byline(ls, 0), _agency_byline(ls[:1], 0)
    (True, False)
    """
    if i + 1 >= len(lines) or lines[i + 1].gap or fold(lines[i].text) not in _SOURCE_NAMES:
        return False
    return _date_line(lines[i + 1].text)


def _lead_caption(lines: Sequence[Line], taken: Sequence[bool], k: int, body_start: int, lead_end: int) -> bool:
    """Is line *k*, above a credit standing alone after a blank line, the lead photo's caption?

    The photo at the top of an article prints its caption, then its credit
    apart; further down, or right after a paragraph, a credit after a blank
    line follows a paragraph and is the whole of its photo's caption.
    """
    if k < 0 or k >= lead_end or taken[k]:
        return False
    ln = lines[k]
    if not _MIN_LEAD_WORDS <= ln.words <= _MAX_LEAD_WORDS or ln.text.endswith(":"):
        return False
    if k > 0 and lines[k - 1].words >= _PARAGRAPH_WORDS:
        return False  # the lead photo sits under the headline, deck, byline or share bar
    if _second_sentence(ln.text) and not ln.text.endswith("[+]"):
        return False  # a caption is one sentence (or cut short, "… [+]"); the story's first paragraph often two
    if sum(lines[j].prose for j in range(max(0, body_start), k)) > 1:
        return False  # two paragraphs above it: the story has begun (a deck is one)
    if (
        ln.words >= _LEAD_PARAGRAPH_WORDS
        and ln.prose
        and not ln.text.endswith("[+]")
        and _story_runs_on(lines, k + 2)
        and not _names_source(lines[k + 1].text)  # (an agency or a photo word: a picture's credit)
        and not _similar_start(ln.text, lines[k + 2].text)  # (a caption the story's first paragraph repeats)
    ):
        return False  # a paragraph's length, with the story running on under the credit: its lead paragraph
    return not _byline_open(ln.text) and not _date_line(ln.text) and _split_credit(ln.text, ln.words) is None


def _names_source(text: str) -> bool:
    """Does *text* name a news agency or a picture library, as a photo's credit does?

    >>> _names_source("Maya Lind/Reuters"), _names_source("Getty Images"), _names_source("Riverside Public Library")
    (True, True, False)
    """
    return any(w in alex.AGENCIES or w in alex.PHOTO_SOURCES for w in _words(text.casefold()))


def _story_runs_on(lines: Sequence[Line], j: int) -> bool:
    """Does the story run on at line *j*: a paragraph, not one that opens the story with
    a dateline or a lead-in in capitals ("LONDON (Reuters) — …", "NEW YORK--…", "A
    HIGH-powered team …")? Under a lead photo's caption and credit the story often
    starts so; under the lead paragraph it goes on.

    >>> texts = ["LONDON (Reuters) - Prices rose on Monday, traders said.", "NEW YORK--Prices rose on Monday, traders said.", "Prices rose on Monday, traders said."]
    >>> ls = [Line(k, 0, 0, t, True, len(t.split()), True) for k, t in enumerate(texts)]
    >>> [_story_runs_on(ls, j) for j in range(4)]
    [False, False, True, False]
    """
    if j >= len(lines) or not lines[j].prose:
        return False
    text = lines[j].text
    if any(len(w) >= 3 and w.isupper() for w in _words(text[:40])[:2]):
        return False  # a dateline or a lead-in in capitals
    return match_dateline(text) is None


def _caption_from(lines: Sequence[Line], i: int, split: CreditSplit) -> Caption:
    ln = lines[i]
    return Caption(
        text=split.text,
        span=ln.span,
        text_span=Span(ln.start + split.text_start, ln.start + split.text_end),
        credit=split.credit,
        credit_span=Span(ln.start + split.credit_start, ln.start + split.credit_end) if split.credit else None,
    )


def find(draft: Draft) -> Draft:
    """Pipeline stage: claim caption lines, with alt-text lines and repeats merged."""
    lines = draft.lines
    self_text = draft.text
    memo: List[Optional[bool]] = [None] * len(lines)

    def credit_only(k: int) -> bool:
        """``is_credit_only`` of line *k*, worked out once (a line is asked about twice)."""
        v = memo[k]
        if v is None:
            ln = lines[k]
            v = memo[k] = _credit_only(ln.text, ln.words, ln.folded)
        return v

    body_start = draft.body[0]
    lead_end = body_start + _LEAD_LINES
    body_end = draft.body[1]
    found: List[Tuple[int, int, Caption]] = []  # (first line, last line, caption)
    taken = list(map(FREE.__ne__, draft.roles))
    i = 0
    n = len(lines)
    if body_end > draft.body[0]:
        n = min(n, body_end + _PAST_BODY)  # far below the story, photos belong to teasers and the footer
    while i < n:
        if taken[i]:
            i += 1
            continue
        ln = lines[i]
        text, words = ln.text, ln.words
        cap: Optional[Caption] = None
        start = last = i
        lead = text[:2] in _BBC_OPENINGS
        src = _image_source(text) if lead else None
        if src and i + 1 < n and not taken[i + 1] and _image_caption(lines[i + 1].text):
            nxt = lines[i + 1]
            cm = _image_caption(nxt.text)
            assert cm is not None
            g = "text" if cm.group("text") else "text2"
            ts, te = cm.span(g)
            cs, ce = src.span("credit")
            cap = Caption(
                text=nxt.text[ts:te],
                span=Span(ln.start, nxt.end),
                text_span=Span(nxt.start + ts, nxt.start + te),
                credit=src.group("credit"),
                credit_span=Span(ln.start + cs, ln.start + ce),
            )
            last = i + 1
        elif lead and _image_caption(text):
            cm = _image_caption(text)
            assert cm is not None
            g = "text" if cm.group("text") else "text2"
            ts, te = cm.span(g)
            cap = Caption(text=text[ts:te], span=ln.span, text_span=Span(ln.start + ts, ln.start + te))
        elif (
            i > 0
            and len(lines[i - 1].text) <= _COUNTER_LEN
            and 2 <= words <= _MAX_CREDITED_WORDS
            and _marks_image(lines[i - 1].text)
            and (
                not lines[i - 1].text[-1:].isdigit()
                or _counted_caption(text, words, ln.gap and ln.prose and i + 1 < n and lines[i + 1].prose)
            )  # under a counter
            and " | " not in text  # a menu or a shop link
            and not _date_line(text)
            and not credit_only(i)
            and match_dateline(text) is None  # "PARIS (AP) — …" opens the story
        ):
            # "Photo", "View images": what the image printed, then its caption
            marked = _split_credit(text, words) or CreditSplit(text, 0, len(text), None, 0, 0)
            cap = _caption_from(lines, i, marked)
        elif (
            words <= 10
            and credit_only(i)
            and not (i >= body_end and _source_note(text))
            and not _agency_byline(lines, i)
        ):
            # a credit standing alone: the image's printed caption is its credit, so
            # text and credit are the same string
            inner = text.strip("()[] ")
            cs = ln.start + text.index(inner)
            span = Span(cs, cs + len(inner))
            cap = Caption(text=inner, span=ln.span, text_span=span, credit=inner, credit_span=span)
            if found and found[-1][1] == i - 1 and found[-1][2].credit is None:
                # the credit of the caption just above, printed apart ("View Images", caption, credit)
                first, _, above_cap = found[-1]
                found[-1] = (first, i, evolve(above_cap, span=Span(above_cap.span.start, ln.end), credit=inner, credit_span=span))
                taken[i] = True
                i += 1
                continue
            if ln.gap and not _gallery_credit(inner) and _lead_caption(lines, taken, i - 1, draft.body[0], lead_end):
                above = lines[i - 1]
                cap = Caption(text=above.text, span=Span(above.start, ln.end), text_span=above.span, credit=inner, credit_span=span)
                start = i - 1
        elif words <= _MAX_CAPTION_WORDS:
            split = _split_credit(text, words)
            if split is not None and (
                (words > _MAX_CREDITED_WORDS and not (split.credit and _strong_credit(split.credit)))
                or _date_line(text)
            ):
                split = None
            if split is not None:
                # a byline above an image credit is not that image's caption (asked last, as
                # the rarest way out and the dearest test)
                if not _byline_open(text):
                    cap = _caption_from(lines, i, split)
            else:
                at = None
                if 4 <= words <= _MAX_CREDITED_WORDS and i + 1 < n and lines[i + 1].words <= 10:
                    at = _credit_below(lines, taken, i, credit_only)
                elif (
                    1 <= words < 4
                    and i + 1 < n
                    and not taken[i + 1]
                    and not lines[i + 1].gap
                    and _may_lead(lines[i + 1].text)
                    and _credit_lead(lines[i + 1].text)
                    and not _gallery_credit(lines[i + 1].text)
                    and not ends_sentence(text)
                    and credit_only(i + 1)
                ):
                    at = i + 1  # "Jane Roe" over "Photo: Ana Ruiz/AFP": a short caption naming who is shown
                if at is not None:
                    if not _byline_open(text) and (
                        not _date_line(text) or (_place_and_date(text, lines[at].text) and _dated_nearby(lines, i, at))
                    ):
                        nxt = lines[at]
                        cs = nxt.start + (len(nxt.text) - len(nxt.text.lstrip("([ ")))
                        ce = nxt.end - (len(nxt.text) - len(nxt.text.rstrip(")] ")))
                        lm = _label_credit(nxt.text) if _label_hint(nxt.text, 0, 12) else None
                        if lm is not None and not nxt.text[: lm.start()].strip("([ "):
                            cs, ce = nxt.start + lm.start("credit"), nxt.start + lm.end("credit")  # "Photo: X" gives X
                        empty = ":" in nxt.text and _label_only(nxt.text) is not None  # "(Photo: )"
                        cap = Caption(
                            text=text,
                            span=Span(ln.start, nxt.end),
                            text_span=ln.span,
                            credit=None if empty else self_text[cs:ce],
                            credit_span=None if empty else Span(cs, ce),
                        )
                        last = at
                elif text[:2] in _ARCHIVE_INITIALS and _archive_caption(text):
                    cap = Caption(text=text, span=ln.span, text_span=ln.span)  # "FILE - In this … file photo, …"
                elif body_start < i < body_end and lines[i - 1].text[-1:] == ":" and _announced_figure(lines, i):
                    cap = Caption(text=text, span=ln.span, text_span=ln.span)  # "… a chart of X:" / "X by month"
                elif (
                    text[:1] in _FIGURE_INITIALS and has_digit(text, 2, 14)
                    and words >= 3 and _figure_label(text) and not _dashed_aside(text)
                ):
                    cap = Caption(text=text, span=ln.span, text_span=ln.span)  # "Figure 1: the files …"
        if cap is None or (
            start == i
            and words <= _MENU_ENTRY_WORDS
            and not (_may_lead(text) and _credit_lead(text) and credit_only(i))  # "Photo: …" is no menu entry
            and _in_menu(lines, i)
        ):
            i += 1
            continue
        first = start
        # a repeat printed right after
        while last + 1 < n and not taken[last + 1] and lines[last + 1].text == lines[i].text:
            last += 1
        # alt text printed right before
        if first > 0 and not taken[first - 1] and _similar_start(lines[first - 1].text, cap.text) and lines[first - 1].text != cap.text:
            alt = lines[first - 1]
            if not ends_sentence(alt.text) or len(alt.text) < len(cap.text):
                cap = evolve(cap, alt_text=alt.text, alt_span=alt.span)
                first -= 1
        cap = evolve(cap, span=Span(lines[first].start, lines[last].end))
        for k in range(first, last + 1):
            taken[k] = True
        found.append((first, last, cap))
        i = last + 1
    if not found:
        return draft
    # the same caption printed again elsewhere is set aside, not counted twice
    # (a caption read twice, under two photos or in a gallery and its lightbox, too)
    seen = {c.text for _, _, c in found}
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {}
    kept: List[Caption] = []
    told = set()
    for first, last, cap in found:
        if cap.text in told:
            for k in range(first, last + 1):
                if draft.roles[k] == FREE:
                    claims[k] = whole("boilerplate", lines[k])
            continue
        told.add(cap.text)
        kept.append(cap)
        claims[first] = ("caption", (Block("caption", cap.span),))
        for k in range(first + 1, last + 1):
            if draft.roles[k] == FREE:  # (a separator between caption and credit may be claimed)
                claims[k] = ("caption", ())
    for ln in lines:
        if ln.text in seen and not taken[ln.index]:
            claims[ln.index] = whole("boilerplate", ln)
    return claim(draft, claims, captions=tuple(kept))
