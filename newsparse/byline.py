"""Stage: the byline: authors with roles and organisations, and an author bio.

>>> [(a.name, a.organization) for a in parse_authors("By Jane Roe and John Doe, Associated Press", 0)]
[('Jane Roe', 'Associated Press'), ('John Doe', 'Associated Press')]
>>> [(a.name, a.role) for a in parse_authors("Reporting by Ana Ruiz; Editing by Tom Hale", 0)]
[('Ana Ruiz', 'reporting'), ('Tom Hale', 'editing')]
>>> [a.name for a in parse_authors("By Harry Bullmore @HarryBullmore Reporter", 0)]
['Harry Bullmore']
>>> is_name("Jacob Magid"), is_name("Most Popular"), is_name("Breaking News")
(True, False, False)
"""

from __future__ import annotations

import functools
from itertools import chain, islice
from typing import Callable, Container, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

import regex

from ._draft import FREE, Draft, Line, claim, evolve, whole
from ._lexicon import agencies as alex
from ._lexicon import bylines as blex
from ._lexicon import given_names as glex
from ._lexicon import titles as tlex
from ._text import alternation, fold, has_digit, post_signature, word_count
from .dates import blank_dates, find_dates, has_date, short_pieces, word_trie
from .model import Author, Block, Byline, Field, Span

__all__ = ["find", "is_name", "parse_authors"]

_LEADS_ALT = alternation(blex.LEADS)
_LABELS_ALT = alternation(blex.LABELS)
_CREDIT_ALT = "|".join(regex.escape(a) for a, _ in blex.CREDIT_ROLES)

_PATTERNS = {
    # "By Jane Roe", "BY JANE ROE", "Written by: …", "Author: …"
    # ("ByJane Roe": "by" glued to the name that follows it, as a link's text runs on)
    "lead": regex.compile(
        rf"^(?P<lead>(?:{_LEADS_ALT}))(?:\b|(?-i:(?<=[Yy])(?=\p{{Lu}}\p{{Ll}})))\s*[:：]?\s*(?P<rest>.*)$", regex.I
    ),
    # "Redaktor:", "About the author", "责任编辑：孔德明": a label alone, or before a colon
    "label": regex.compile(rf"^(?P<lead>(?:{_LABELS_ALT}))\s*(?:[:：]\s*(?P<rest>.*))?$", regex.I),
    # "Reporting by …; Editing by …" — wire credit lines
    "credit": regex.compile(rf"(?P<lead>{_CREDIT_ALT})\s+(?P<names>[^;]+)", regex.I),
    "credit_line": regex.compile(rf"^\(?\s*(?:{_CREDIT_ALT})\s", regex.I),
    # one name token: "Jane", "O'Brien", "Jean-Luc", "J.", "McAllister", "al-Thani"
    "token": regex.compile(r"^(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|(?:al|el|bin|van|von|de|da|di|du|le|la|ibn)-?[\p{Lu}]?[\p{L}'’\-]*\.?)$"),
    # one name token in a script without capitals: "ضحى", "शुभायन", "孔德明"
    "uncased": regex.compile(r"^[\p{Lo}][\p{Lo}\p{M}\p{Lm}]*$"),
    # pieces to drop from a byline: e-mails, @handles, URLs. An e-mail starts where its run of
    # word characters starts (or where the search resumes, \G): retrying inside a long run is quadratic
    "noise": regex.compile(r"(?:(?<![\w.+-])|\G)[\w.+-]+@[\w-]+\.[\w.]+|@\w+|https?://\S+|www\.\S+"),
    # separators between authors ("and" in English, German, French, Spanish, Portuguese/Italian,
    # Dutch, Danish/Norwegian, Swedish, Turkish, Hungarian and Russian); tried only where a run
    # of spaces starts (or the search resumes, \G),
    # as retrying inside a long run of spaces is quadratic
    "sep": regex.compile(
        r"(?:(?<!\s)|\G)\s*(?:,\s*(?:and|&)\s+|,|;|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b"
        r"|\bve\b|\bés\b|\bи\b|\|)\s*"
    ),
    # "Jane Roe for The Daily Planet": the organisation after "for"
    "for_org": regex.compile(r"\s+for\s+(?P<org>\p{Lu}.*)$"),
    # a title glued to a name: "HalperStaff", "ItalieThe", "GarberFOXBusiness"; group 1 is the glued word
    "glued": regex.compile(r"(?<=\p{Ll}{2})(\p{Lu}[\p{L}]*)"),
    # a word in capitals in a line in capitals: "RITCHIESTAFF" in "LOGAN C. RITCHIESTAFF WRITER"
    "caps_word": regex.compile(r"(?<!\p{Lu})\p{Lu}{6,40}(?!\p{Lu})"),
    # where the names end: a separator, or furniture words after them
    "cut": regex.compile(
        r"\s[/·•–—-]\s|\||\sin\s(?=\p{Lu}\p{Ll})"
        # a full stop after a word (not an initial): "Patrick ANGEVIN. Publié le …"
        + r"|(?<=\p{L}{3})\.(?=\s)"
        # (the furniture words as a trie, tried fast at each space; only where the cut starts is read)
        + r"|\s(?:" + word_trie(blex.TAIL_NOISE) + r")\b",
        regex.I,
    ),
    # a connector left hanging once a date was cut: "Jane Roe on", "Jane Roe, updated"
    "dangling": regex.compile(r"[\s,;:.|/-]*\b(?:on|at|and|in|de|le|am|um|el)?[\s,;:.|/-]*$", regex.I),
    # "Jane Roe is …": a bio opening with the author's name
    "bio_verb": regex.compile(r"^\s*(?:is|was|has been|covers|writes|reports|serves|joined|leads|edits)\b"),
    # the opening of a contributor bio at the end of an op-ed
    "bio_open": regex.compile(
        r"^(?P<name>[\p{Lu}][\p{L}'’.\-]+(?:\s+[\p{Lu}][\p{L}'’.\-]+){1,3})\s+"
        r"(?:\((?:she|he|they)/(?:her|him|them|they)(?:/\w+)?\)\s+)?"  # pronouns: "Jane Roe (she/her) is …"
        r"(?:(?:is|was|has\sbeen|serves\sas)\s(?:a|an|the|professor|director|author|senior|former|president|chief"
        r"|executive|founder|co-founder|editor|(?-i:\p{Lu}{2,4})\s(?:of|at))\b|covers\s|writes\sabout\s|reports\son\s)"
    ),
}
_finditer_credit = _PATTERNS["credit"].finditer


#: ASCII whitespace as ``\s`` reads it, which may open a credit line after its bracket
_ASCII_SPACES = "".join(chr(c) for c in range(128) if regex.match(r"\s", chr(c)))
Matcher = Callable[[str], Optional["regex.Match[str]"]]


def _openings(words: Iterable[str]) -> Tuple[Tuple[str, ...], int, FrozenSet[str], int]:
    """``(openings, reach, firsts, k)`` for a quick test that an ASCII string opens with one
    of *words* without case: lowered, its first *k* characters are among *firsts* (the
    set is looked at first) and it starts with one of *openings*; *reach* is the longest.

    No ASCII character matches a non-ASCII one without case except "İ", "ı", "ſ" and the
    Kelvin sign, which no word holds: an ASCII line can only match a word it opens with.
    """
    openings = tuple(sorted({w.lower() for w in words}))
    k = min([2, *(len(w) for w in openings if w[:1].isascii())])
    return openings, max(map(len, openings)), frozenset(w[:k] for w in openings), k


def _gated(words: Iterable[str], match: Matcher, *, bracket: bool = False) -> Matcher:
    """*match* (an anchored case-blind pattern of *words*), skipped for an ASCII line that
    opens with none of *words*; with *bracket*, a bracket and spaces may come first."""
    openings, reach, firsts, k = _openings(words)

    def gated_match(s: str) -> Optional[regex.Match[str]]:
        head = (s[1:] if s[:1] == "(" else s).lstrip(_ASCII_SPACES)[:reach] if bracket else s[:reach]
        if head.isascii():
            low = head.lower()
            if low[:k] not in firsts or not low.startswith(openings):
                return None
        return match(s)

    return gated_match


#: the longest line whose lead and credit matches are kept (a longer one seldom recurs, and is not held)
_CACHED_CHARS = 250
_match_lead_any = _gated(blex.LEADS, _PATTERNS["lead"].match)
_match_credit_any = _gated((a for a, _ in blex.CREDIT_ROLES), _PATTERNS["credit_line"].match, bracket=True)
#: (the steps of the stage ask about the same lines again: the answers are kept, in bounded caches)
_match_lead_cached = functools.lru_cache(maxsize=1024)(_match_lead_any)
_match_credit_cached = functools.lru_cache(maxsize=1024)(_match_credit_any)
_match_label = _gated(blex.LABELS, _PATTERNS["label"].match)


def _match_lead(s: str) -> Optional[regex.Match[str]]:
    """A byline word opening *s* ("By", "Written by:", "Par"), as the "lead" pattern reads it."""
    return _match_lead_cached(s) if len(s) <= _CACHED_CHARS else _match_lead_any(s)


def _match_credit_line(s: str) -> Optional[regex.Match[str]]:
    """A wire credit opening *s* ("Reporting by", "(Editing by"), as the "credit_line" pattern reads it."""
    return _match_credit_cached(s) if len(s) <= _CACHED_CHARS else _match_credit_any(s)
#: what a lead, a label or a credit opens with
_OPENINGS, _OPENINGS_REACH, _OPENINGS_FIRSTS, _OPENINGS_K = _openings(
    [*blex.LEADS, *blex.LABELS, *(a for a, _ in blex.CREDIT_ROLES)]
)


def _may_open(text: str) -> bool:
    """False when none of the lead, label and credit patterns can match *text* (see :func:`_gated`)."""
    head = text[:_OPENINGS_REACH]
    if not head.isascii() or head[:1] == "(" or head[:1] in _ASCII_SPACES:
        return True
    low = head.lower()
    return low[:_OPENINGS_K] in _OPENINGS_FIRSTS and low.startswith(_OPENINGS)


_match_token = _PATTERNS["token"].match
#: capitals inside a word, as in brand names: "ConnectWiseHP", "iPhone" is not a name either
_inner_caps = regex.compile(r"\p{Ll}\p{Lu}{2}").search
#: "Jane Roe (photography)": a role in brackets after a name
_match_paren_role = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]{2,40})\)?$").match
_match_uncased = _PATTERNS["uncased"].match
#: a surname in capitals, "FERRANDOU", "LE-GALL"; and a word in title case, "Lucien", "Anne-Marie"
_match_caps_surname = regex.compile(r"^\p{Lu}{4,}(?:[-'’]\p{Lu}{2,})?$").match
_match_title_word = regex.compile(r"^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$").match
#: the byline word closing a short line, the names below it: "Written on Mar 17 by"
_LEADS_AT_END = frozenset({"by", "von", "par", "por", "door", "av", "af"})
_caps_words = _PATTERNS["caps_word"].finditer
_noise = _PATTERNS["noise"]
_sep = _PATTERNS["sep"]
#: what every separator holds: a mark, or one of the joining words
_may_sep = regex.compile(r"[,;&|]|\b(?:and|und|et|y|e|en|og|och|ve|és|и)\b").search
_match_bio_verb = _PATTERNS["bio_verb"].match
_match_bio_open = _PATTERNS["bio_open"].match
_domain = regex.compile(r"\.(?:com|org|net|co\.uk|co|news|tv|io|de|fr|es|it|in|au|ca)\b", regex.I).search
_for_org = _PATTERNS["for_org"].search
#: first letters of the wire credit lines ("Reporting by", "(Writing by", "Editing by", "Additional…")
_CREDIT_INITIALS = frozenset("(RrWwEeAaCcGgPp")
_date_label = regex.compile(r"^(?:posted|published|updated|last\s+updated|first\s+published)\b", regex.I).match
_inner_lead = regex.compile(
    r"(?:^|(?<=[\s|·,]))(?:by|posted\s+by|written\s+by|von|par|por|door|av|af)\s*:?\s+(?=\p{Lu})", regex.I
).search
_glued = _PATTERNS["glued"].finditer
#: a clock time or an age beside a name: "1:39 PM ET", "7 DAYS AGO", "vor 4 Stunden", "před 2 hodinami"
_time_or_age = regex.compile(
    # runs are possessive and the unit opens with a letter: "\d+\s*\w+" retried every way
    # in a long run of digits ("1111…1x") is quadratic
    r"\b\d{1,2}[:h]\d{2}\b|\b\d++\s*+[^\W\d]\w*+\s+ago\b|\b(?:vor|il\s+y\s+a|hace|há|před|fa)\s+\d", regex.I
).search
#: an e-mail address or a handle: "jane@example.com", "@janeroe" (not "@ 5:00 PM")
_search_handle = regex.compile(r"\w@\w|(?<!\S)@\w").search


def _handle(s: str) -> bool:
    """An e-mail address or a handle in *s* (searched only when an @ stands in it)."""
    return "@" in s and _search_handle(s) is not None


#: a date in figures that the dates stage may not read: "21/06/2014", "1.11.23"
_numeric_dates = regex.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.])").finditer
#: a line under an author's name that points to more of their work
_author_links = regex.compile(
    r"^(?:more\s+(?:(?:stories|articles|posts)\s+)?(?:by|from)|(?:view|see)\s+(?:all|more)\s+(?:posts|articles|stories)"
    r"|all\s+(?:posts|articles|stories)\s+by|follow(?!\s+us\b)|mehr\s+von|plus\s+de)\b"
    # an author widget: "Profile", "ProfileFollowUnfollow", "View profile"
    r"|(?:view\s+)?profile(?:\b|(?=follow))"
    # the same links in other languages: "Weitere Beiträge", "Tous les articles"
    + r"|(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in blex.MORE_BY_LINKS) + r")\b",
    regex.I,
).match
_cut = _PATTERNS["cut"].search
#: a dash right after the names on a line: "Jane Roe — …"
_dash_after_names = regex.compile(r"\s*[—–-]\s").match
#: "by rikki on …": a user name in lower case between "by" and "on" (a blog's byline)
_match_handle_on = regex.compile(r"^(?i:by)\s+(?P<handle>\p{Ll}[\p{Ll}\p{N}_.\-]{1,23})\s+(?i:on)\s+").match
#: an e-mail address; tried only where a run of address characters starts, and the runs are
#: possessive (the class holds neither "@" nor "."), so a long run is read once
_email_in = regex.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.\w").search
#: a word beside a clock time or an age: "Today 9:44", "7 DAYS AGO", not a bare "0:06" (a video chapter)
_worded = regex.compile(r"\p{L}{2}").search
#: a bullet or a bar beside a space, cutting a date line into segments: "3 May 2020, 18:47 • Jane Roe • 3375"
_bullet = regex.compile(r"\s[•|·]|[•|·]\s").search
#: the segments between bullets and bars
_segments = regex.compile(r"[^•|·]+").finditer
#: the words after a paragraph's last full stop, when they are two or three capitalised
#: words closing it with no mark: "Jane Roe" in "… the rain. Jane Roe" (a word holds no space,
#: so the match is read once)
_match_signature = regex.compile(r"\p{Lu}[\p{L}'’-]++(?:\s\p{Lu}[\p{L}'’-]++){1,2}").fullmatch
#: how many characters at the end of the last paragraph are read for a signature
_SIGNATURE_REACH = 80
#: the longest piece read for a label glued before a name
_UNGLUE_CHARS = 80
#: a capital right after a small letter: where a label may be glued to a name
_glue_points = regex.compile(r"(?<=\p{Ll})\p{Lu}").finditer
#: a CJK byline: brackets, a lead word, a separator (a mark or a space: "记者会见" is a
#: "press conference"), then one to four names of two to five
#: characters; or one name, a space and a word for "reporter" ("本报记者", "our reporter", is no name)
_cjk_led = regex.compile(
    r"^[（(\[【]?\s*(?:(?:" + "|".join(map(regex.escape, (w for w in blex.CJK_LEADS if len(w) > 1))) + r")(?:\s*[/／:：|｜]\s*|\s+)"
    # (a lead of one character, "文", only before a mark: "文 化学" is no byline)
    + r"|(?:" + "|".join(map(regex.escape, (w for w in blex.CJK_LEADS if len(w) == 1))) + r")\s*[/／:：|｜]\s*)"
    r"(?P<names>[\p{Lo}\p{Lm}]{2,5}(?:[ \u3000、，,][\p{Lo}\p{Lm}]{2,5}){0,3})\s*[）)\]】]?$"
).match
_cjk_tailed = regex.compile(
    # (a place and an equals sign may come first: "워싱턴=홍길동 특파원")
    r"^[（(\[【]?\s*(?:(?P<place>[\p{Lo}\p{Lm}]{1,8})\s*[=＝]\s*)?"
    r"(?P<names>[\p{Lo}\p{Lm}]{2,5})\s+(?P<tail>" + "|".join(map(regex.escape, blex.CJK_TAILS)) + r")\s*[）)\]】]?$"
).match
_CJK_BYLINE_CHARS = 40
_cjk_names = regex.compile(r"[\p{Lo}\p{Lm}]{2,5}").finditer
#: a DOI under a paper's author list: "doi: 10.1101/…", "https://doi.org/…"
_doi = regex.compile(r"\bdoi\b|doi\.org/", regex.I).search
_dangling = _PATTERNS["dangling"].search

_ORG_TAILS = frozenset(
    ["news", "times", "post", "press", "insider", "journal", "magazine", "network", "media", "herald", "tribune", "guardian", "telegraph", "daily", "reuters", "bloomberg", "wire", "service", "chronicle", "gazette", "observer", "review", "star", "sun", "mail", "express", "today", "weekly", "radio", "tv", "television", "broadcasting", "agency", "bureau", "online", "digital", "group", "staff", "correspondent"]
)
#: how many lines into the body a byline is still looked for
_INTO_BODY = 14
#: how many lines from the top a byline is looked for when the dump has no running text
_NO_BODY_REACH = 200
#: how many lines above the near window, and at the top of the dump, a name line is looked for
_FAR_REACH = 30
#: how far after the body an explicit closing byline ("By …", "Par : …") is looked for
_CLOSING_REACH = 20
#: how far after the body an author box is looked for
_AUTHOR_BOX_REACH = 20
#: the longest line read as a byline naming an outlet ("Por Agência O Globo | <date>")
_AGENCY_LINE_CHARS = 160
#: how many caption lines may stand between a date line and the name line under them
_CAPTION_SKIP = 3
#: how far before the body start a bare name line may stand, in lines not set aside
_BARE_NAME_REACH = 12
_MAX_NAME_TOKENS = 5
#: how far below a bare name line its author bio is looked for
_BIO_REACH = 400
#: the longest date line read for a byline printed inside it ("… | Par Jane Roe (avec …)")
_DATE_LINE_WORDS = 30
#: how far from the body start a "By …" line is still looked for while no running text has begun
_LATE_LEAD_REACH = 40
#: the most words of a piece opening with a byline word in a header's run of facts
_LEAD_PIECE_WORDS = 14
#: how many lines from the top a paper's author list is looked for, and its longest line in words
_NAME_LIST_REACH = 200
_NAME_LIST_WORDS = 120


def is_name(s: str) -> bool:
    """True when *s* reads as one personal name (two to five capitalised tokens).

    >>> is_name("Laura June Whitfield"), is_name("June Whitfield Report"), is_name("Scott A. Whitfield")
    (True, False, True)
    >>> is_name("Kate Weekly"), is_name("Weekly Address"), is_name("Publishers Weekly")
    (True, False, False)
    """
    tokens = s.split()
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS:
        return False
    if len(tokens) == 2 and tokens[0][:1].isupper() and tokens[0].casefold() in blex.NAME_ARTICLES:
        return False  # "El Deporte", "La Tienda": an article and one word names a section or an outlet
    if _match_uncased(tokens[0]):
        # a script without capitals: every token must be in it, and there are no more than four
        return len(tokens) <= 4 and all(_match_uncased(t) for t in tokens)
    if not s.isupper() and any(len(t) > 1 and t.isupper() and t.isalpha() for t in tokens):
        return _caps_surname(tokens)  # an acronym inside a mixed-case line: "AMP Project Marketing"
    caps = 0
    for k, t in enumerate(tokens):
        low = t.casefold().strip(".,")
        if low in blex.NAME_PARTICLES and (k > 0 or t[:1].islower()):
            continue  # "van", "bin", "de" inside a name; "Ben Ashford" opens with a given name
        middle = 0 < k < len(tokens) - 1
        if len(t) == 2 and t[1] == "." and t[0].isupper() and middle:
            caps += 1
            continue  # an initial inside a name, "A." in "Scott A. Celinski", is no word "a"
        if low in blex.SURNAME_WORDS and k == len(tokens) - 1 and tokens[0].casefold() in glex.GIVEN_NAMES:
            caps += 1
            continue  # "Kate Weekly": a surname after a given name
        if (low in blex.NOT_NAMES and (low not in glex.GIVEN_NAMES or k == len(tokens) - 1) and not (middle and low in blex.MIDDLE_NAMES)) or not _match_token(t) or (not t.isalpha() and any(ch.isdigit() for ch in t)) or _inner_caps(t):
            return False
        caps += 1
    if caps < 2 and len(tokens) > 1:
        return False
    # a line in capitals is a name only when short ("JANE ROE"), not a shouted headline
    return not (s.isupper() and len(tokens) > 3)


def _caps_surname(tokens: Sequence[str]) -> bool:
    """A name whose surname alone is printed in capitals: "Lucien FERRANDOU", "Anne M. DUPUIS".

    >>> _caps_surname(["Lucien", "FERRANDOU"]), _caps_surname(["AMP", "Project"]), _caps_surname(["Read", "MORE"])
    (True, False, False)
    """
    *given, last = tokens
    if len(tokens) > 3 or len(last) < 4 or not _match_caps_surname(last):
        return False
    if not all(_match_title_word(t) or (len(t) == 2 and t.endswith(".")) for t in given):
        return False
    return is_name(" ".join([*given, last[0] + last[1:].lower()]))


def _is_org(chunk: str) -> bool:
    f = fold(chunk)
    if not f:
        return False
    if "." in chunk and _domain(chunk):
        return True
    if f in alex.AGENCIES or f.startswith("the ") or f.startswith("for "):
        return True
    words = f.split()
    if chunk[:1].isupper() and len(words) <= 6 and any(w in blex.INSTITUTION_WORDS for w in words):
        return True  # "Bard College", "Gazeta Rynkowa", "Agencia EFE"
    return words[-1] in _ORG_TAILS and chunk[:1].isupper()


#: the articles that open outlet names in other languages ("El Sol", "La Stampa", "Die Zeit");
#: not "The", which opens photo agencies in credits as often ("Jane Roe | The Image Bank")
_OUTLET_ARTICLES = blex.NAME_ARTICLES - {"the"}


def _outlet_after_bar(line: Line, authors: List[Author]) -> List[Author]:
    """"Jane Roe | El Sol de la Tarde": an outlet after a bar closing a bare name line (a
    capitalised article and a capitalised word open it, as no person's name opens) is the
    authors' organisation; not in a photo credit, where a photo agency follows.

    >>> t = "Jane Roe | El Sol de la Tarde"
    >>> [(a.name, a.organization) for a in _outlet_after_bar(Line(0, 0, len(t), t, True, 8), parse_authors(t, 0))]
    [('Jane Roe', 'El Sol de la Tarde')]
    """
    tail = line.text[authors[-1].span.end - line.start :]
    bar = tail.find("|")
    if bar < 0 or tail[:bar].strip() or any(a.organization for a in authors):
        return authors
    parts = tail[bar + 1 :].split("|")
    if any(seg in alex.PHOTO_SOURCES or seg in alex.AGENCIES for seg in map(fold, parts)):
        return authors  # "Jane Roe | The Image Bank | Getty Images": a photo credit
    org = parts[0].strip().rstrip(".")
    words = org.split()
    if not 2 <= len(words) <= 8 or words[0].casefold() not in _OUTLET_ARTICLES or not words[1][:1].isupper():
        return authors
    at = line.start + len(line.text) - len(tail) + tail.index(org, bar)
    span = Span(at, at + len(org))
    return [evolve(a, organization=org, organization_span=span) for a in authors]


def _is_role(chunk: str) -> bool:
    """"Staff Writer", "BBC Wales business correspondent", "Contributor"; in the languages
    that put the head first, "Journaliste au Monde", "starszy analityk ds. bezpieczeństwa".

    >>> _is_role("Journaliste au Monde"), _is_role("starszy analityk ds. bezpieczeństwa"), _is_role("Jane Roe")
    (True, True, False)
    """
    f = fold(chunk)
    if f in blex.ROLES:
        return True
    words = f.split()
    if not 0 < len(words) <= 6:
        return False
    return words[-1] in blex.ROLE_HEADS or any(w in blex.ROLE_HEADS_FIRST for w in words[:2])


_word_spans = regex.compile(r"\S+").finditer


def _split_role_tail(chunk: str) -> Tuple[str, Optional[str]]:
    """"Harry Bullmore Reporter" → ("Harry Bullmore", "Reporter"); the longest role that leaves a name.

    >>> _split_role_tail("Ana\u00a0Ruiz\u00a0Staff\u00a0Writer")
    ('Ana\xa0Ruiz', 'Staff\xa0Writer')
    """
    found = list(_word_spans(chunk))
    words = [m.group() for m in found]
    for k in range(min(4, len(words) - 1), 0, -1):
        if _is_role(" ".join(words[-k:])) and is_name(" ".join(words[:-k])):
            # slices of the source, so that a non-breaking space stays where it was printed
            return chunk[: found[-k - 1].end()], chunk[found[-k].start() :]
    return chunk, None


def _chunks(s: str, offset: int) -> List[Tuple[str, int]]:
    """Pieces of *s* between author separators, with their start offsets."""
    out: List[Tuple[str, int]] = []
    pos = 0
    for m in _sep.finditer(s) if _may_sep(s) else ():
        piece = s[pos : m.start()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((piece.strip(), offset + pos + lead))
        pos = m.end()
    piece = s[pos:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append((piece.strip(), offset + pos + lead))
    return out


def _blank_from(s: str, at: int) -> str:
    return s[:at] + " " * (len(s) - at)


def _clean_rest(rest: str, bars: bool = False) -> str:
    """Blank out e-mails, handles, glued titles and what follows a date or a separator, keeping offsets.

    With *bars* (after a byline word), a bar among names with e-mails parts each author's
    pieces ("JANE ROE | jroe@x.com | Org, JOHN DOE | …") rather than ending the names.

    >>> _clean_rest("Evan HalperStaff Writer").rstrip()
    'Evan Halper'
    >>> _clean_rest("Cheryl Baehr on Wed, Nov 8, 2023 at 1:02 pm").rstrip()
    'Cheryl Baehr'
    """
    if "@" in rest or "://" in rest or "www." in rest:  # what every piece of noise holds
        mailed = bars and "@" in rest and "|" in rest and _email_in(rest) is not None
        rest = _noise.sub(lambda m: " " * len(m.group()), rest)
        if mailed:
            rest = rest.replace("|", ",")
    for m in _glued(rest):
        word = m.group(1)
        if word.casefold() in blex.GLUED_TAILS or _is_role(word) or word[1:2].isupper():
            rest = _blank_from(rest, m.start())
            break
    if rest.isupper():
        rest = _unglue_caps_role(rest)
    dates = find_dates(rest) if has_digit(rest) else []
    if dates and dates[0].start > 0:
        rest = _blank_from(rest, dates[0].start)
    cut = _cut(rest)
    if cut is not None and cut.start() > 0:
        rest = _blank_from(rest, cut.start())
    dangling = _dangling(rest, _dangling_floor(rest))
    if dangling is not None:
        rest = _blank_from(rest, dangling.start())
    return rest


def _dangling_floor(rest: str) -> int:
    """Where the search for a dangling connector may start: that match holds marks, spaces
    and one connector of three letters at most, so it cannot hold four letters or figures.

    >>> s = "Cheryl Baehr on" + " " * 30
    >>> _dangling_floor(s), _dangling(s, _dangling_floor(s)).start() == _dangling(s).start()
    (3, True)
    """
    end = len(rest.rstrip(" ,;:.|/-"))  # past the spaces blanked at the end
    start = max(0, end - 12)
    return start if sum(map(str.isalnum, rest[start:end])) >= 4 else 0


def _unglue_caps_role(rest: str) -> str:
    """Cut a role glued to a name in a line in capitals, keeping offsets.

    >>> _unglue_caps_role("LOGAN C. RITCHIESTAFF WRITER").rstrip()
    'LOGAN C. RITCHIE'
    """
    for m in _caps_words(rest):
        word = m.group()
        for k in range(len(word) - 3, 2, -1):
            tail = word[k:]
            after = (tail + rest[m.end() :]).split()
            if tail.casefold() in blex.GLUED_TAILS and any(_is_role(" ".join(after[:n])) for n in (1, 2, 3)):
                return _blank_from(rest, m.start() + k)
    return rest


def parse_authors(s: str, offset: int, *, after_lead: bool = False, strict: bool = False) -> List[Author]:
    """Authors named in byline text *s*; spans are offset by *offset*.

    *after_lead* says a byline word ("By") preceded *s*, which allows a
    single-word name; *strict* asks that every piece of *s* be accounted for.
    """
    credits = list(_finditer_credit(s)) if _match_credit_line(s) or ";" in s else []  # "Reporting by …; Editing by …"
    if credits:
        out: List[Author] = []
        for m in credits:
            role = dict(blex.CREDIT_ROLES).get(m.group("lead").casefold(), m.group("lead").casefold())
            for a in _authors_in(_clean_rest(m.group("names")), offset + m.start("names"), True):
                out.append(evolve(a, role=role))
        return out
    lead = _match_lead(s) or _match_label(s)
    if lead is not None and lead.group("rest"):
        inner = _match_lead(lead.group("rest"))
        if inner is not None and inner.group("rest"):
            # "Artikel von: Von Britta Schultejans": the byline word printed twice
            found = _authors_in(
                _clean_rest(inner.group("rest")), offset + lead.start("rest") + inner.start("rest"), True, single=False
            )
            if found:
                return found
        single = lead.group("lead").casefold() not in blex.AMBIGUOUS_LEADS
        return _authors_in(_clean_rest(lead.group("rest"), bars=True), offset + lead.start("rest"), True, single=single)
    return _authors_in(_clean_rest(s), offset, after_lead, strict)


def _name_prefix(chunk: str) -> Optional[str]:
    """The name that opens *chunk* when furniture follows it in the same piece.

    >>> _name_prefix("Sarah Lindqvist Reiterwelt International")
    'Sarah Lindqvist'
    >>> _name_prefix("Jan de Vries Books"), _name_prefix("Breaking News Today") is None
    ('Jan de Vries', True)
    >>> _name_prefix("Jane\u00a0Roe Reiterwelt International")
    'Jane\xa0Roe'
    """
    found = list(islice(_word_spans(chunk), 5))  # a name takes at most four words, and one must follow
    words = [m.group() for m in found]
    # the shortest name, unless an initial or a particle asks for one more word: "Jane Q. Roe", "Jan de Vries"
    k = 2
    while k < len(words) - 1 and k < 4 and (words[k - 1].endswith(".") or words[k - 1].casefold() in blex.NAME_PARTICLES):
        k += 1
    if k >= len(words) or words[k].casefold() in blex.INSTITUTION_WORDS:
        return None  # "European Space Agency": an institution, not a name and furniture
    head = chunk[: found[k - 1].end()]  # a slice of the source: its spaces stay as printed
    if head.endswith(("'s", "’s")):
        head = head[:-2]  # "Jane Roe's Most Recent Stories"
    return head if is_name(head) else None


def _authors_in(s: str, offset: int, after_lead: bool, strict: bool = False, single: bool = True) -> List[Author]:
    """Authors in *s*; with *strict*, every piece must be a name, a role or an organisation.

    After a byline word (*after_lead*) the first piece may hold a name followed by
    furniture ("Jane Roe Reiterwelt International"); *single* allows a one-word name there.
    """
    authors: List[Author] = []
    pending_org: Optional[Tuple[str, int]] = None
    fo = _for_org(s)
    if fo is not None:
        org = fo.group("org").rstrip()
        pending_org = (org, offset + fo.start("org"))
        s = _blank_from(s, fo.start())
    for chunk, start in _chunks(s, offset):
        start += len(chunk) - len(chunk.lstrip(" .:()"))  # the span follows what is stripped
        chunk = chunk.strip(" .:()")
        if not chunk:
            continue
        if authors and _is_role(chunk):
            last = authors[-1]
            authors[-1] = evolve(last, role=chunk, role_span=Span(start, start + len(chunk)))
            continue
        if authors and _is_org(chunk):
            pending_org = (chunk, start)
            continue
        pr = _match_paren_role(chunk) if "(" in chunk else None
        if pr is not None and is_name(pr.group("name")):
            role_text = pr.group("role").strip()
            if fold(role_text) in blex.CONTRIBUTOR_ROLES or _is_role(role_text):
                name = pr.group("name")
                rs = start + pr.start("role")
                authors.append(
                    Author(name=name, span=Span(start, start + len(name)), role=fold(role_text), role_span=Span(rs, rs + len(role_text)))
                )
                continue
        name, role = _split_role_tail(chunk)
        if is_name(name) or (after_lead and not authors and _single_name_ok(name, single)):
            role_span = None
            if role:
                rs = start + chunk.rfind(role)
                role_span = Span(rs, rs + len(role))
            authors.append(Author(name=name, span=Span(start, start + len(name)), role=role, role_span=role_span))
            continue
        prefix = _name_prefix(chunk) if after_lead or authors else None
        if prefix is not None:
            # the names end here: "Jane Roe Reiterwelt International"
            authors.append(Author(name=prefix, span=Span(start, start + len(prefix))))
            break
        if strict and authors and len(chunk.split()) == 1 and chunk[:1].isupper() and _match_token(chunk):
            pending_org = pending_org or (chunk, start)  # "JANE ROE, FUTURISM": an unknown outlet
            break
        if strict:
            return []
        if authors:
            break
    if pending_org is not None and authors:
        org, start = pending_org
        span = Span(start, start + len(org))
        authors = [a if a.organization else evolve(a, organization=org, organization_span=span) for a in authors]
    return authors


def _single_name_ok(name: str, single: bool = True) -> bool:
    tokens = name.split()
    if len(tokens) == 1:
        t = tokens[0]
        if not single or t.casefold() in alex.AGENCIES:
            return False  # "By REUTERS": an agency, not a one-word name
        if _match_uncased(t):
            return 2 <= len(t) <= 8  # "深海", "孔德明"
        return bool(_match_token(t)) and t.casefold() not in blex.NOT_NAMES and len(t) > 2
    return is_name(name) or (len(tokens) <= _MAX_NAME_TOKENS and all(_match_token(t) or t.casefold() in blex.NAME_PARTICLES for t in tokens) and not any(t.casefold() in blex.NOT_NAMES for t in tokens))


def _two_words(text: str) -> str:
    """The first two words of *text*, case-folded: "written by".

    >>> _two_words("Written by Ana Voss, MS")
    'written by'
    """
    return " ".join(text.casefold().split(None, 2)[:2])


def _labelled(text: str) -> bool:
    """A byline label, a colon and more after it: "Redaktor: Jane Roe", "责任编辑：孔德明"."""
    if ":" not in text and "：" not in text:
        return False
    m = _match_label(text)
    return m is not None and bool(m.group("rest"))


def _bare_lead(line: Line) -> bool:
    """A line that is only a byline word: "By", "Author:", "Von", "Redaktor:", "Written on Mar 17 by"."""
    text = line.text
    m = _match_lead(text)
    if m is not None and not m.group("rest").strip():
        # "von", "par" alone in lower case are more often a broken sentence than a byline
        return m.group("lead").casefold() not in blex.AMBIGUOUS_LEADS or text[:1].isupper()
    if _lead_at_end(line):
        return True
    m = _match_label(text) if line.words <= 4 else None
    return m is not None and not m.group("rest")


def _lead_at_end(line: Line) -> bool:
    """A short line closing with a byline word, the names below it: "Written on Mar 17 by"."""
    if line.words > 8:
        return False
    last = line.text.rsplit(None, 1)
    return len(last) == 2 and last[1].rstrip(":").casefold() in _LEADS_AT_END


def _byline_text(line: Line) -> Optional[List[Author]]:
    """Authors when *line* is a byline line, else None."""
    found = _byline_in(line)
    if found is None:
        found = _name_segment(line)
    return found if found is not None else _cjk_byline(line)


def _cjk_byline(line: Line) -> Optional[List[Author]]:
    """A CJK byline: a word for "text" or "reporter" and names of two to five characters, with
    a slash, a colon or a space between, maybe in brackets ("文／王小明", "记者 王小明 李华",
    "（記者 山田太郎）"); or one name and the word for "reporter" after it ("홍길동 기자").

    >>> [a.name for a in _cjk_byline(Line(0, 0, 9, "记者 王小明 李华", True, 3)) or ()]
    ['王小明', '李华']
    >>> [a.name for a in _cjk_byline(Line(0, 0, 8, "[홍길동 기자]", True, 2)) or ()], _cjk_byline(Line(0, 0, 4, "记者会见", True, 1))
    (['홍길동'], None)
    >>> _cjk_byline(Line(0, 0, 6, "东京 特派员", True, 2)), _cjk_byline(Line(0, 0, 7, "（北京 记者）", True, 2))
    (None, None)
    >>> [a.name for a in _cjk_byline(Line(0, 0, 11, "워싱턴=홍길동 특파원", True, 2)) or ()]
    ['홍길동']
    """
    text = line.text
    if len(text) > _CJK_BYLINE_CHARS or (text[:1].isascii() and text[:1] not in "[("):
        return None  # (a CJK character counts as a word: the length is the test)
    m = _cjk_led(line.text)
    if m is None:
        m = _cjk_tailed(line.text)
        if m is None or (m.group("tail") in blex.CJK_POST_TAILS and m.group("place") is None):
            return None  # ("东京 特派员": the Tokyo correspondent, a post and no name)
    out: List[Author] = []
    for name in _cjk_names(m.group("names")):
        if name.group() in blex.CJK_PLACES:
            continue  # a desk ("（北京 记者）"), not a name
        at = line.start + m.start("names") + name.start()
        out.append(Author(name=name.group(), span=Span(at, name.end() - name.start() + at)))
    return out or None


def _name_segment(line: Line) -> Optional[List[Author]]:
    """The one name standing between bullets or bars on a short date line, in a script
    with capitals: "3 December 2020, 18:47 • Jane Roe • 3375".

    >>> [a.name for a in _name_segment(Line(0, 0, 35, "3 May 2020, 18:47 • Jane Roe • 3375", True, 8)) or ()]
    ['Jane Roe']
    """
    text = line.text
    if line.words > 20 or ("•" not in text and "|" not in text and "·" not in text) or not has_digit(text):
        return None
    if _bullet(text) is None:
        return None
    if not (find_dates(text) or _time_or_age(text) or any(True for _ in _numeric_dates(text))):
        return None
    names: List[Author] = []
    for m in _segments(text):
        seg = m.group()
        s = seg.strip()
        if s and _match_token(s.split()[0]) and is_name(s):
            at = line.start + m.start() + seg.index(s)
            names.append(Author(name=s, span=Span(at, at + len(s))))
            if len(names) > 1:
                return None
    return names or None


def _byline_in(line: Line) -> Optional[List[Author]]:
    """Authors when *line* is a byline line by its words or its date, else None."""
    text = line.text
    if line.words > 30 or (text[:1] in "—–-" and post_signature(text)):
        return None
    m = _match_lead(text)
    if line.prose and line.words > 14 and not (m is not None and m.group("rest")[:2].isupper()) and not _short_segments(text):
        return None  # running text, unless a lead opens names in capitals: "By JANE ROE | …"
    if m is not None and m.group("rest").strip():
        lead = m.group("lead").casefold()
        if lead in {"di", "door", "av", "af", "von", "par", "por"} and not text[:1].isupper():
            # "von Gabriela Keller": a lower-case lead only before a capitalised name
            rest = m.group("rest").lstrip(" :")
            if not rest[:1].isupper():
                return None
        authors = parse_authors(text, line.start)
        return authors or _handle_on_date(line)
    if _match_credit_line(text):
        authors = parse_authors(text, line.start)
        return authors or None
    m = _match_label(text) if ":" in text or "：" in text else None
    if m is not None and m.group("rest"):
        return parse_authors(text, line.start) or None
    if line.words > _DATE_LINE_WORDS or not has_digit(text):
        return None
    # "23/08/2018" is read day first when it cannot be read month first
    dates = [(d.start, d.end) for d in find_dates(text)]
    if not dates:
        figures = [m.span() for m in _numeric_dates(text)]
        dates = ([(d.start, d.end) for d in find_dates(text, day_first=True)] or figures) if figures else []
    if not dates and not _time_or_age(text):
        return None
    # a date line with the byline inside it: "Jan 18, 2017 10:44 am PST by Juli Clover",
    # "18/03/2019 | André Mindermann", "1.11.23 20:19 von Jane Roe"
    for start, end in reversed(dates):
        # blanked, offsets kept; the ";" parts the pieces on either side of the date
        text = text[:start] + ";" + " " * (end - start - 1) + text[end:]
    inner = _inner_lead(text)
    if inner is not None:
        authors = parse_authors(text[inner.end() :], line.start + inner.end(), after_lead=True)
        return authors or None
    if line.words > 20 or not dates:
        return None
    lead = len(text) - len(text.lstrip(" |·•,;:-–—./"))
    authors = parse_authors(text[lead:], line.start + lead, strict=True)
    if authors:
        return authors
    # "21/06/2014 Tom Gale Books, Reviews", "Tom Gale 23/08/2018 2 comments": a known given name
    # opens the words beside a date, and furniture follows the name
    for pos, seg in ((0, text[: dates[0][0]]), (dates[-1][1], text[dates[-1][1] :])):
        skip = len(seg) - len(seg.lstrip(" |·•,;:-–—./"))
        seg = seg[skip:].rstrip(" |·•,;:-–—./")
        name = seg if is_name(seg) else _name_prefix(seg)
        if name is not None and name.split()[0].casefold() in glex.GIVEN_NAMES:
            at = line.start + pos + skip
            return [Author(name=name, span=Span(at, at + len(name)))]
    return None


#: where a role line goes on to name its outlet: "Education Correspondent at The Herald",
#: "Chief reporter for the Herald", "Political Editor, The Herald", "Reporter | The Herald"
#: (a match starts only at the first space of a run: linear on any input)
_role_outlet_cut = regex.compile(r"(?<!\s)(?:\s++(?:at|for|with|of)\s|\s*+[,|•·]|\s++[–—-]\s)", regex.I).search


def _role_line(text: str) -> bool:
    """A role, maybe followed by its outlet.

    >>> _role_line("Education Correspondent at The Herald"), _role_line("Political Editor, The Herald")
    (True, True)
    >>> _role_line("The ferry timetable changes again")
    False
    """
    if len(text) > 120:
        return False  # a role line is short
    if _is_role(text):
        return True
    cut = _role_outlet_cut(text)
    return cut is not None and _is_role(text[: cut.start()])


def _card_run(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """The "By …" line *i* is one of a run of teaser cards: two lines above or below it
    stands another "By …" line naming other people, with a title (no date, no role) between them.

    >>> rows = ["Rain ends the long drought at last", "By Jane Roe", "The ferry timetable changes again", "By John Doe"]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> _card_run(lines, 1, [Author("Jane Roe", Span(0, 8))]), _card_run(lines, 3, [Author("John Doe", Span(0, 8))])
    (True, True)
    """
    if _match_lead(lines[i].text) is None:
        return False
    names = {a.name for a in authors}
    for j, k in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= j < len(lines) and lines[k].words >= 4 and lines[j].words <= 12 and _match_lead(lines[j].text) and not _role_line(lines[k].text):
            if has_date(lines[k].text):
                continue  # "By Outlet" / "<date>" / "By Jane Roe": one header
            below = max(i, j) + 1
            if below < len(lines) and lines[below].words <= 10 and has_date(lines[below].text):
                continue  # "By Jane Roe" / deck / "By John Doe" / "<date>": the story's header, the date under it
            other = parse_authors(lines[j].text, lines[j].start)
            if other and all(is_name(a.name) for a in other) and not names & {a.name for a in other}:
                return True
    return False


def _teaser_title_above(lines: Sequence[Line], b1: int, i: int) -> bool:
    """The "By …" line *i*, past the body's end (*b1*) and not right under it, stands under a
    title: a line of four words or more with no stop at its end ("Ferry fares rise again" /
    "By Jane Roe"), a teaser card's, not a byline closing the story.

    >>> rows = ["Last words of the story.", "Most read", "Ferry fares set to rise again", "By Jane Roe"]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> _teaser_title_above(lines, 1, 3), _teaser_title_above(lines, 1, 1)
    (True, False)
    """
    if i <= b1:
        return False
    above = lines[i - 1]
    text = above.text.rstrip()
    return 4 <= above.words <= 16 and text[-1:] not in ".!?:;,…\"'”’»)" and not has_date(text)


def _agency_byline(text: str) -> bool:
    """A byline word before the name of an agency or an institution, and no person:
    "By REUTERS", "Por Agência O Globo | 26/11/2020 20:02", "by European Space Agency".

    >>> _agency_byline("By REUTERS"), _agency_byline("Por Agência O Globo | 26/11/2020 20:02"), _agency_byline("By Jane Roe")
    (True, True, False)
    """
    m = _match_lead(text) if len(text) <= _AGENCY_LINE_CHARS else None
    if m is None:
        return False
    rest = _clean_rest(m.group("rest")).strip(" ,;:.|·•-–—")
    if not rest or not rest[:1].isupper() or word_count(rest) > 6:
        return False
    words = fold(rest).split()
    return fold(rest) in alex.AGENCIES or any(w in blex.INSTITUTION_WORDS for w in words)


def _worded_byline(text: str) -> bool:
    """*text* holds a byline word or a label before the names: "<date> by Jane Roe",
    "Author: Jane Roe", not "Jane Roe 2019-11-20 14:35" (a teaser card's facts).

    >>> _worded_byline("May 3, 2021 at 8:01PM by Jane Roe"), _worded_byline("Jane Roe 2021-05-03 14:35")
    (True, False)
    """
    return _match_lead(text) is not None or _inner_lead(text) is not None or _labelled(text)


def _handle_on_date(line: Line) -> Optional[List[Author]]:
    """A blog's "by rikki on March 4, 2011": a user name in lower case after "by", then "on"
    and a date closing the line (or furniture after a bar); not a generic account ("admin").

    >>> [a.name for a in _handle_on_date(Line(0, 0, 28, "by rikki on March 4, 2011 | 3 Comments", True, 8)) or ()]
    ['rikki']
    >>> _handle_on_date(Line(0, 0, 40, "by noon on March 4, 2011 the gates shut", True, 9)) is None
    True
    """
    m = _match_handle_on(line.text)
    if m is None or m.group("handle").casefold() in blex.GENERIC_HANDLES:
        return None
    rest = line.text[m.end() :]
    found = find_dates(rest) if has_digit(rest) else []
    if not found or found[0].start != 0 or rest[found[0].end :].strip()[:1] not in ("", "|", "·", "•", "-", "–", "—"):
        return None
    return [Author(name=m.group("handle"), span=Span(line.start + m.start("handle"), line.start + m.end("handle")))]


def _short_segments(text: str) -> bool:
    """A line of three or more short pieces between bars or bullets: a header's run of facts
    ("<date> by Jane Roe | Category News | Tags Budget, Tax"), not running text. The piece
    that opens with a byline word may be longer, as it names several people
    ("| Par Ana Voss (avec Leo Marr et Kim Ode)"); and the words spelling a date are not
    counted, as some languages spell it long ("| Actualizado el 3 de junio de 2024 a las 17:45").

    >>> _short_segments("3 May 2021 by Ana Voss | Category Town | Tags budget, taxes, schools")
    True
    >>> _short_segments("Le Journal | 4 May 2015 • Mis à jour le 5 May | Par Ana Voss (avec Leo Marr et Kim Ode)")
    True
    >>> _short_segments("Par Ana Voss | Publié le 3 juin 2024 à 09h10 | Mis à jour le 3 juin 2024 à 17h45")
    True
    >>> _short_segments("The mayor said | that the budget would pass after a long debate on taxes and schools")
    False
    """
    return short_pieces(text, 8, _long_piece)


def _long_piece(piece: str) -> bool:
    """A piece of more than eight words in a header's run of facts: one that opens with a
    byline word, or one of eight words or fewer besides the date it spells out.

    >>> _long_piece("Mis à jour le 3 juin 2024 à 17h45"), _long_piece("the budget would pass after a long debate on 3 June 2024")
    (True, False)
    """
    if word_count(piece) <= _LEAD_PIECE_WORDS and _match_lead(piece.strip()) is not None:
        return True
    dates = find_dates(piece) if has_digit(piece) else []
    return bool(dates) and word_count(blank_dates(piece, dates)) <= 8


def _bare_names(line: Line) -> Optional[List[Author]]:
    """Authors when *line* is nothing but names ("Jane Roe", "Jane Roe, Reuters")."""
    if line.words > 12 or line.prose:
        return None
    tokens = line.text.split(None, 3)
    if len(tokens) < 2 or not tokens[0][:1].isupper() or tokens[0].casefold() in blex.NOT_NAMES:
        return None
    if not tokens[1][:1].isupper() and not (
        len(tokens) > 2 and tokens[1] in blex.NAME_PARTICLES and tokens[2][:1].isupper()
    ):
        return None  # a name opens with two capitalised words ("Christoph von Ritter" too)
    if len(tokens) > 2 and tokens[1] in blex.NOUN_PARTICLES and tokens[0].casefold() not in glex.GIVEN_NAMES:
        return None  # "Offenlegung von Werbung": nouns around a particle, unless a known given name opens them
    authors = parse_authors(line.text, line.start, strict=True)
    if not authors:
        return None
    if _subtitled(line.text[authors[-1].span.end - line.start :]):
        return None  # "Crop Rotation — Plan Every Field Around One Idea": a title
    # the names must open the line
    return _outlet_after_bar(line, authors) if authors[0].span.start - line.start <= 1 else None


def _outlet_after_comma(line: Line, authors: List[Author]) -> List[Author]:
    """"Jane Roe, Polityka Insight" over a role line: the second of two names after a comma
    is the author's outlet when the first opens with a known given name and the second does
    not (an author box names one person, her outlet and her role; "Maya Goldberg, Theo Park"
    with no role under it stays two authors).

    >>> t = "Jane Roe, Polityka Insight"
    >>> [(a.name, a.organization) for a in _outlet_after_comma(Line(0, 0, len(t), t, True, 4), parse_authors(t, 0))]
    [('Jane Roe', 'Polityka Insight')]
    """
    if len(authors) != 2 or authors[0].organization or authors[1].organization:
        return authors
    first, second = authors
    between = line.text[first.span.end - line.start : second.span.start - line.start]
    if between.strip() != "," or second.name.split()[0].casefold() in glex.GIVEN_NAMES:
        return authors
    if first.name.split()[0].casefold() not in glex.GIVEN_NAMES:
        return authors
    return [evolve(first, organization=second.name, organization_span=second.span)]


def _subtitled(tail: str) -> bool:
    """What follows the names on a bare name line is a title's subtitle: four words or more
    after a dash that are neither a role nor an outlet (nor an e-mail address).

    >>> _subtitled(" — Plan Every Field Around One Idea"), _subtitled(" — Senior Town Hall Reporter"), _subtitled(" - Reuters")
    (True, False, False)
    """
    if _dash_after_names(tail) is None or word_count(tail) < 4:
        return False
    rest = tail.strip(" —–-")
    return not (_is_role(rest) or _is_org(rest) or "@" in rest)


def _uncased_name(line: Line) -> Optional[List[Author]]:
    """A line that is one name in a script without capitals ("孔德明"), under a byline word."""
    text = line.text
    if _match_uncased(text) and 2 <= len(text) <= 8:
        return [Author(name=text, span=line.span)]
    return parse_authors(text, line.start, after_lead=True) if " " in text and _match_uncased(text.split()[0]) else None


def _near_title(lines: Sequence[Line], i: int) -> bool:
    """The name line stands within a few lines of a title-shaped line above it."""
    return any(
        not lines[j].prose and 4 <= lines[j].words <= 30 and not lines[j].text.endswith(":") for j in range(max(0, i - 4), i)
    )


def _vouched(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """A bare name line is a byline only with support: a date or a bio beside it,
    or an organisation or role printed with the name."""
    if any(a.organization or a.role for a in authors):
        return True
    if has_date(lines[i].text):
        return True
    if any(_date_beside(lines, i, j) for j in (i - 2, i - 1, i + 1, i + 2)):
        return True
    return _vouched_anywhere(lines, i, authors) or _dated_given(lines, i, authors) or _bio_below(lines, i, authors)


def _vouched_below(lines: Sequence[Line], roles: Sequence[str], i: int, authors: Sequence[Author]) -> bool:
    """Support for a bare name line that stands under a photo caption, which a date or a
    title above the caption cannot give: two or more names joined on the line (a person
    in the picture is named in the caption's text, not as "A and B" under it), an
    organisation or a role with the names, a short line of furniture with a figure right
    under them ("4 min read", "12 comments"), or a date (in figures too: "Artikel vom
    31.10.23"), a role, a handle, a "More by" link or a bio under them."""
    if len(authors) >= 2 or any(a.organization or a.role for a in authors):
        return True
    if i + 1 < len(lines) and roles[i + 1] == "boilerplate" and lines[i + 1].words <= 4 and has_digit(lines[i + 1].text) is not None:
        return True
    for j in (i + 1, i + 2):
        if _date_beside(lines, i, j) or (j < len(lines) and lines[j].words <= 14 and any(True for _ in _numeric_dates(lines[j].text))):
            return True
    return _vouched_anywhere(lines, i, authors) or _bio_below(lines, i, authors)


def _date_beside(lines: Sequence[Line], i: int, j: int) -> bool:
    """Line *j*, beside the name line *i*, is a short line with a date, a date label, or
    a clock time or an age beside a word right next to the names."""
    if not 0 <= j < len(lines) or lines[j].words > 14:
        return False
    t = lines[j].text
    return _date_label(t) is not None or has_date(t) or (has_digit(t) is not None and _timed(lines, i, j))


def _dated_over_caption(lines: Sequence[Line], roles: Sequence[str], i: int) -> bool:
    """A short date line right above the photo caption (and its credit) that stands right
    above line *i*: "<date>" / caption / "Photo Agency" / "Jane Roe".

    >>> rows = ["Outlet 2.9.2020 klo 12.45", "Ministers met on Wednesday.", "Ann Lee / Agency", "Jane Roe"]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> _dated_over_caption(lines, ["", "caption", "caption", ""], 3), _dated_over_caption(lines, ["", "", "", ""], 3)
    (True, False)
    """
    j = i - 1
    while j >= 0 and i - j <= _CAPTION_SKIP and roles[j] == "caption":
        j -= 1
    if j == i - 1 or j < 0 or roles[j] == "caption" or lines[j].words > 14:
        return False
    return has_date(lines[j].text)


def _bio_below(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """The one name on line *i* opens an author bio further down the page, within
    ``_BIO_REACH`` lines (the author box under the story): "Jane Roe is a reporter who covers …".

    >>> rows = ["Jane Roe", "Rain ends the drought.", "Jane Roe is a reporter who covers the weather."]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> _bio_below(lines, 0, [Author(name="Jane Roe", span=Span(0, 8))])
    True
    """
    if len(authors) != 1:
        return False
    name = authors[0].name
    for ln in lines[i + 1 : i + 1 + _BIO_REACH]:
        if ln.text.startswith(name):
            m = _match_bio_open(ln.text)
            if m is not None and m.group("name") == name:
                return True
    return False


def _timed(lines: Sequence[Line], i: int, j: int) -> bool:
    """Line *j*, right above or below the name line *i*, holds a clock time or an age beside
    a word: "Today 9:44", "7 DAYS AGO", not a bare "0:06" (a video chapter)."""
    t = lines[j].text
    return abs(j - i) == 1 and _time_or_age(t) is not None and _worded(t) is not None


def _vouched_far(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """Support for names far above the body, among menus and teasers: a handle, a role
    or a bio with them, or a date beside names that open with known given names."""
    return _vouched_anywhere(lines, i, authors) or _dated_given(lines, i, authors)


def _vouched_weakly(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """Weaker support, for names just above the body: a known given name opening
    each name, and a title above or the story right below."""
    if not all(a.name.split()[0].casefold() in glex.GIVEN_NAMES for a in authors):
        return False
    if _near_title(lines, i):
        return True  # "Hazel Sheffield" under the title
    # right under the title at the top of the dump, with the story below
    return i <= 3 and i + 1 < len(lines) and lines[i + 1].prose


def _vouched_anywhere(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """Support for a bare name line that holds wherever it stands: a handle or an e-mail
    with the name, or under it a role, an e-mail, a "More by" link or a bio."""
    if _handle(lines[i].text) or _link_after(lines[i], authors):
        return True
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    head = nxt.text.split(",", 1)[0]
    if nxt.words <= 8 and (_is_role(head) or _is_role(nxt.text) or _handle(nxt.text) or _author_links(nxt.text)):
        return True
    names = [a.name for a in authors] + [p for a in authors for p in (a.name.split()[0], a.name.split()[-1])]
    return any(nxt.text.startswith(name) and _match_bio_verb(nxt.text[len(name) :]) for name in names)


def _link_after(line: Line, authors: Sequence[Author]) -> bool:
    """A "more by" link printed after the last name on its line, glued or after a bar:
    "Jane RoeView More Articles", "Jane Roe | All posts by Jane".

    >>> _link_after(Line(0, 0, 29, "Jane RoeView More Articles", True, 4), [Author("Jane Roe", Span(0, 8))])
    True
    >>> _link_after(Line(0, 0, 22, "Jane Roe Views the Sea", True, 5), [Author("Jane Roe", Span(0, 8))])
    False
    """
    if not authors:
        return False
    rest = line.text[authors[-1].span.end - line.start :].lstrip(" |·•-–—:")
    return bool(rest) and _author_links(rest) is not None


def _dated(lines: Sequence[Line], i: int) -> bool:
    """A date, a clock time or an age on a short line beside line *i*: "1:39 PM ET", "7 DAYS AGO"."""
    for j in (i - 1, i + 1, i + 2):
        if 0 <= j < len(lines) and lines[j].words <= 10:
            t = lines[j].text
            if _date_label(t) or (has_digit(t) and _time_or_age(t)) or has_date(t):
                return True
    return False


def _dated_given(lines: Sequence[Line], i: int, authors: Sequence[Author]) -> bool:
    """A date beside line *i*, and a known given name opening each name on it."""
    return all(a.name.split()[0].casefold() in glex.GIVEN_NAMES for a in authors) and _dated(lines, i)


def _bio_after(
    lines: Sequence[Line], roles: Sequence[str], claimed: Container[int], i: int, authors: Sequence[Author]
) -> Optional[Line]:
    """A bio line opening with an author's name, right after the byline (*claimed* lines are not free)."""
    names = [a.name for a in authors] + [a.name.split()[-1] for a in authors]
    for j in range(i + 1, min(len(lines), i + 3)):
        if roles[j] != FREE or j in claimed:
            continue
        t = lines[j].text
        for name in names:
            if t.startswith(name) and _match_bio_verb(t[len(name) :]) and word_count(t) <= 60:
                return lines[j]
        break
    return None


def _bare_name_line(
    lines: Sequence[Line],
    roles: Sequence[str],
    window: Sequence[int],
    vouch: Callable[[Sequence[Line], int, Sequence[Author]], bool],
    seen: Dict[int, Optional[List[Author]]],
    head: int,
    credits: Sequence[Span],
) -> Optional[Tuple[int, List[Author]]]:
    """The first free line of *window* that holds only names and has *vouch*'s support; with
    the names of the lines stacked with it at the date, above the body (which opens at *head*).
    Not a line right under a caption's text (*credits* are the spans of the captions' credits).

    *seen* keeps the names read on each line, for the next window.
    """
    for i in window:
        if roles[i] != FREE:
            continue
        found = _names_on(lines, i, seen)
        if not found or (i == 0 and not _dated_given(lines, i, found)):
            continue  # the first line is more often the title
        if i > 0 and roles[i - 1] == "caption" and not _credit_line(lines[i - 1], credits) and not _vouched_below(lines, roles, i, found):
            continue  # a name under a caption's text, with nothing under it, is someone in the picture or its photographer
        if vouch(lines, i, found):
            stack = _name_stack(lines, roles, i, seen) if i < head and len(found) == 1 else None
            if stack is not None and len(stack) > 1 and stack[-1] < head:
                # names stacked one a line at the date, above the body: every one is an author
                return i, [a for k in stack for a in (_names_on(lines, k, seen) or ())]
            if not _in_name_list(lines, roles, i, found, seen):
                return i, found  # (a name in a list of people, a tag list, an index, is no byline)
    return None


def _names_on(lines: Sequence[Line], k: int, seen: Dict[int, Optional[List[Author]]]) -> Optional[List[Author]]:
    """The names when line *k* is nothing but names (:func:`_bare_names`), read once: *seen* keeps them."""
    return seen[k] if k in seen else seen.setdefault(k, _bare_names(lines[k]))


def _one_name(lines: Sequence[Line], roles: Sequence[str], k: int, seen: Dict[int, Optional[List[Author]]]) -> Optional[str]:
    """The name when the free line *k* is one name and no more, in four words at most."""
    if roles[k] != FREE or lines[k].words > 4:
        return None
    found = _names_on(lines, k, seen)
    return found[0].name if found is not None and len(found) == 1 else None


def _credit_line(line: Line, credits: Sequence[Span]) -> bool:
    """*line* is nothing but a caption's credit ("Leo Marr / Town Press" under the caption's
    text), which closes the photo: the page's header may go on under it.

    >>> _credit_line(Line(3, 93, 114, "Leo Marr / Town Press", True, 5), [Span(93, 114)])
    True
    """
    return any(c.start <= line.start and line.end <= c.end for c in credits)


def _in_name_list(
    lines: Sequence[Line], roles: Sequence[str], i: int, authors: Sequence[Author], seen: Dict[int, Optional[List[Author]]]
) -> bool:
    """The one name on line *i* stands in a list of people, one a line: three free lines
    or more in a row, this one among them, each holding one other name (a tag list, an
    index of people: "Borys Budka" / "Anna Nowak" / "Jan Kowal").

    >>> rows = ["Topics", "Borys Budka", "Anna Nowak", "Jan Kowal", "4 May 2021"]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> [_in_name_list(lines, [""] * 5, k, [Author(rows[k], Span(0, 9))], {}) for k in (1, 2, 3)]
    [True, True, True]
    """
    if len(authors) != 1:
        return False
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and run < 3:
            other = _one_name(lines, roles, j, seen)
            if other is None or other == authors[0].name:
                break
            run += 1
            j += step
    return run >= 3


#: the most names stacked one a line that still make a byline (more are a list of people)
_NAME_STACK = 4


def _name_stack(lines: Sequence[Line], roles: Sequence[str], i: int, seen: Dict[int, Optional[List[Author]]]) -> Optional[List[int]]:
    """The lines of a short stack of one-name lines, line *i* among them, right above or right
    under a date line: the story's authors, one a line ("Jane Roe" / "John Doe" / "Ann Lee" /
    "12 May 2024"), not a list of people; None when the stack is longer than four lines, or
    opens under a short label ("Topics", "Tags", "People").

    >>> rows = ["Rain ends the long drought at last", "Jane Roe", "John Doe", "Ann Lee", "12 May 2024"]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> _name_stack(lines, [FREE] * 5, 2, {}), _name_stack(lines[:4], [FREE] * 4, 2, {})
    ([1, 2, 3], None)
    """
    n = len(lines)

    def date_line(k: int) -> bool:
        return 0 <= k < n and lines[k].words <= 10 and has_date(lines[k].text)

    top = bottom = i
    while top > 0 and bottom - top < _NAME_STACK and _one_name(lines, roles, top - 1, seen) is not None:
        top -= 1
    while bottom + 1 < n and bottom - top < _NAME_STACK and _one_name(lines, roles, bottom + 1, seen) is not None:
        bottom += 1
    if bottom - top + 1 > _NAME_STACK:
        return None
    if date_line(bottom + 1):
        label = top - 1
    elif top > 0 and date_line(top - 1):
        label = top - 2
    else:
        return None
    if label >= 0 and lines[label].words <= 2 and not has_digit(lines[label].text):
        return None  # "Topics" / "Jane Roe" / … : a tag list
    if label == top - 1 and (label < 0 or lines[label].words < 4 or lines[label].text.rstrip()[-1:] in ".!?"):
        return None  # the stack opens the page (its first name is the title) or sits under a caption (a credit)
    return list(range(top, bottom + 1))


def _new_names(authors: Sequence[Author], more: Sequence[Author]) -> List[Author]:
    known = {a.name for a in authors}
    return [a for a in more if a.name not in known]


def _stacked_cards(
    lines: Sequence[Line], roles: Sequence[str], claims: Dict[int, Tuple[str, Tuple[Block, ...]]], i: int, authors: List[Author]
) -> List[Author]:
    """Stacked author cards: "Jane Roe" / "Staff Writer" / "John Doe" / "Politics Reporter".

    While the names read so far have a role, a handle or a bio under them, a name line right
    under that line, with the same support, is one more author; and upwards, when the cards
    were first met from below. The name lines (and role lines) are added to *claims*.
    """
    n = len(lines)
    top, last = i, authors
    while i + 3 < n and _vouched_anywhere(lines, i, last):
        j = i + 2
        if roles[j] != FREE or j in claims or (roles[i + 1] != FREE and (i + 1) not in claims):
            break
        more = _bare_names(lines[j])
        if not more or not _vouched_anywhere(lines, j, more):
            break
        new = _new_names(authors, more)
        if not new:
            break
        authors = [*authors, *new]
        claims[j] = whole("byline", lines[j])
        if (i + 1) not in claims and lines[i + 1].words <= 8 and _is_role(lines[i + 1].text.split(",", 1)[0]):
            claims[i + 1] = whole("byline", lines[i + 1])
        i, last = j, more
    i = top
    while i >= 2 and roles[i - 2] == FREE and (i - 2) not in claims and roles[i - 1] == FREE and (i - 1) not in claims:
        more = _bare_names(lines[i - 2])
        if not more or not _vouched_anywhere(lines, i - 2, more):
            break
        new = _new_names(authors, more)
        if not new:
            break
        authors = [*new, *authors]
        claims[i - 2] = whole("byline", lines[i - 2])
        if lines[i - 1].words <= 8 and _is_role(lines[i - 1].text.split(",", 1)[0]):
            claims[i - 1] = whole("byline", lines[i - 1])
        i -= 2
    return authors


def _stacked_bylines(
    lines: Sequence[Line], roles: Sequence[str], claims: Dict[int, Tuple[str, Tuple[Block, ...]]], i: int, authors: List[Author]
) -> List[Author]:
    """Bylines stacked with a role line under each: "By Jane Roe" / "Education Correspondent at
    the Herald" / "By John Doe" / "Health Reporter". From the byline on line *i*, a "By …" line two
    lines above or below, with a role line between, names one more author (at most three more);
    the lines are added to *claims*.
    """
    n = len(lines)
    for step in (-2, 2):
        k = i
        for _ in range(3):
            j, r = k + step, (k - 1 if step < 0 else k + 1)
            if not (0 <= j < n) or j in claims or roles[j] != FREE or roles[r] != FREE:
                break
            if (r in claims and claims[r][0] != "byline") or lines[r].words > 10 or not _role_line(lines[r].text):
                break
            if _match_lead(lines[j].text) is None:
                break
            more = _byline_in(lines[j])
            if not more or not all(is_name(a.name) for a in more):
                break
            new = _new_names(authors, more)
            if not new:
                break
            claims[j] = whole("byline", lines[j])
            claims[r] = whole("byline", lines[r])
            # (a role line stands under its byline: the one between above, the next one below)
            under = r if step < 0 else j + 1
            free = under == r or (under < n and roles[under] == FREE and under not in claims)
            if free and new[-1].role is None and lines[under].words <= 10 and _role_line(lines[under].text):
                new[-1] = evolve(new[-1], role=lines[under].text, role_span=lines[under].span)
                claims[under] = whole("byline", lines[under])
            authors = [*new, *authors] if step < 0 else [*authors, *new]
            k = j
    return authors


def _connected_names(
    lines: Sequence[Line], roles: Sequence[str], claims: Dict[int, Tuple[str, Tuple[Block, ...]]], j: int, authors: List[Author]
) -> List[Author]:
    """Names broken over lines by a connector alone on its line: "By" / "Jane Roe" / "and" /
    "John Doe"; the connector and name lines are added to *claims*."""
    n = len(lines)
    while j + 2 < n and roles[j + 1] == FREE and roles[j + 2] == FREE and (j + 2) not in claims:
        if lines[j + 1].words > 1 or lines[j + 1].text.strip().casefold() not in blex.CONNECTOR_LINES:
            break
        more = _bare_names(lines[j + 2])
        if not more:
            break
        authors = [*authors, *_new_names(authors, more)]
        claims[j + 1] = whole("byline", lines[j + 1])
        claims[j + 2] = whole("byline", lines[j + 2])
        j += 2
    return authors


def _closing_signature(line: Line) -> Optional[Author]:
    """The author's name signing the story's last paragraph after its last full stop, with
    no mark after it, opening with a known given name: "… hates the rain. Jane Roe".

    >>> _closing_signature(Line(0, 0, 37, "Maybe this is why it rained. Jane Roe", True, 7, True)).name
    'Jane Roe'
    >>> _closing_signature(Line(0, 0, 41, "It was signed by U.S. Attorney Jane Roe.", True, 8, True)) is None
    True
    >>> _closing_signature(Line(0, 0, 42, "The talk is in the main hall. Jane Roe Hall", True, 9, True)) is None
    True
    """
    text = line.text.rstrip()
    if line.words < 6:
        return None
    stop = max(text.rfind(".", -_SIGNATURE_REACH), text.rfind("!", -_SIGNATURE_REACH), text.rfind("?", -_SIGNATURE_REACH))
    if stop < 2 or not (text[stop - 2 : stop].isalnum() and text[stop + 1 : stop + 2].isspace()):
        return None  # a stop after a word of two letters or more, then a space: not "U.S. Jane Roe"
    name = text[stop + 1 :].lstrip()
    if _match_signature(name) is None or not is_name(name) or name.split()[0].casefold() not in glex.GIVEN_NAMES:
        return None
    words = name.split()
    if len(words) == 3 and words[-1].casefold() in tlex.PLACE_ORG_WORDS and words[1].casefold() not in glex.GIVEN_NAMES:
        # "… in the main hall. Jane Roe Hall": a building named after someone ("Jane Hall",
        # "Sarah Jane Hall" stay names)
        return None
    at = line.start + len(text) - len(name)
    return Author(name=name, span=Span(at, at + len(name)))


def _name_list(line: Line) -> Optional[List[Author]]:
    """A paper's author list: three or more comma-separated pieces, at least four in five of them names.

    >>> [a.name for a in _name_list(Line(0, 0, 38, "Ann Lee, Bo Park, Cy Dunn, Di Wu, et al", True, 10)) or ()]
    ['Ann Lee', 'Bo Park', 'Cy Dunn', 'Di Wu']
    """
    if "," not in line.text or line.words > _NAME_LIST_WORDS:
        return None
    out: List[Author] = []
    pieces = pos = 0
    for piece in line.text.split(","):
        s = piece.strip()
        if s:
            pieces += 1
            if not is_name(s):
                s = _unglued_name(s)  # "View ORCID ProfileJane Roe": a link's label glued before the name
            if is_name(s):
                at = line.start + pos + piece.index(s)
                out.append(Author(name=s, span=Span(at, at + len(s))))
        pos += len(piece) + 1
    return out if len(out) >= 3 and len(out) >= 0.8 * pieces else None


def _unglued_name(s: str) -> str:
    """The name after a link's label glued before it, when what follows a small letter run
    into a capital reads as a name: "View ORCID ProfileJane Roe" gives "Jane Roe"; else *s*.

    >>> _unglued_name("View ORCID ProfileJane Roe"), _unglued_name("Jane Roe")
    ('Jane Roe', 'Jane Roe')
    """
    if len(s) > _UNGLUE_CHARS:
        return s
    for m in _glue_points(s):
        rest = s[m.start() :]
        if is_name(rest):
            return rest
    return s


def _name_list_line(lines: Sequence[Line], roles: Sequence[str]) -> Optional[Tuple[Line, List[Author]]]:
    """The first free line near the top that is a paper's author list with a DOI line
    within two lines under it."""
    n = len(lines)
    doi: Dict[int, bool] = {}  # (each line is read for a DOI once, not once for each of the two lines above it)
    for ln in lines[:_NAME_LIST_REACH]:
        i = ln.index
        if "," not in ln.text or roles[i] != FREE or ln.words > _NAME_LIST_WORDS:
            continue
        for j in range(i + 1, min(n, i + 3)):
            if j not in doi:
                doi[j] = _doi(lines[j].text) is not None
        if not (doi.get(i + 1) or doi.get(i + 2)):
            continue
        found = _name_list(ln)
        if found:
            return ln, found
    return None


def find(draft: Draft) -> Draft:
    """Pipeline stage: claim byline lines near the top, wire credit lines, and a bio."""
    lines, roles = draft.lines, draft.roles
    n = len(lines)
    b0, b1 = draft.body
    if n == 0:
        return draft
    # without running text the byline is still near the top: look no further than that
    hi = min(n, b0 + _INTO_BODY) if b1 > b0 else min(n, _NO_BODY_REACH)
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {}
    authors: List[Author] = []
    main: Optional[Line] = None
    # 1. a "By …" line (or "By" alone, names on the next line), the nearest to the body: first
    # the top of the body, then just above it, then deeper in the body, then further up (a
    # teaser's "By …" deep in an over-long body loses to the byline above it)
    order: Iterable[int] = range(hi - 1, -1, -1)
    if b1 > b0:
        # (the top of the body ends where the body does: a "By …" under a short story is no header byline)
        k4, r6 = min(hi, b0 + 4, b1), max(0, b0 - 6)
        order = chain(range(k4 - 1, b0 - 1, -1), range(b0 - 1, r6 - 1, -1), range(hi - 1, k4 - 1, -1), range(r6 - 1, -1, -1))
    late_agency: Optional[Line] = None
    for i in order:
        if roles[i] != FREE:
            continue
        ln = lines[i]
        if not _may_open(ln.text) and not has_digit(ln.text) and not _lead_at_end(ln):
            continue  # neither a byline word nor a figure: nothing below can find names here
        if _match_credit_line(ln.text):
            continue  # wire credit lines are read in step 3
        if b0 < b1 <= i and not (_worded_byline(ln.text) or (i > 0 and _bare_lead(lines[i - 1]))):
            continue  # past the story, a name beside a date with no byline word (on it or above it) is a teaser card's
        found = _byline_text(ln)
        if found and _card_run(lines, i, found):
            continue
        if found and b0 < i and _short_segments(ln.text) and sum(lines[j].prose and roles[j] == FREE for j in range(b0, i)) >= 2:
            continue  # a dated run of facts below running text (two paragraphs: one may be the deck) is a teaser card's row
        if not found and _agency_byline(ln.text):
            if b0 < b1 <= i:
                late_agency = late_agency if late_agency is not None else ln
                continue  # "By Reuters" under the story: the byline only when the header has none
            # "By Reuters", "Por Agência O Globo | <date>": the byline names an outlet, no person
            claims[i] = whole("byline", ln)
            authors, main = [], ln
            break
        if found is None and _bare_lead(ln) and i + 1 < n and roles[i + 1] == FREE:
            nxt = _bare_names(lines[i + 1]) or _uncased_name(lines[i + 1])
            if nxt and lines[i + 1].words <= 12:
                claims[i] = whole("byline", ln)
                claims[i + 1] = whole("byline", lines[i + 1])
                authors, main = list(nxt), lines[i + 1]
                break
        if found:
            claims[i] = whole("byline", ln)
            authors, main = list(found), ln
            break
    if main is None and late_agency is not None:
        claims[late_agency.index] = whole("byline", late_agency)
        main = late_agency
    # 1b. a "By …" line past the usual reach when the body opens with a run of short lines
    # (teasers, section labels) and the running text has not begun: the story starts further down
    if main is None and b1 > b0:
        prose_seen = sum(1 for ln in lines[b0:hi] if ln.prose)
        for i in range(hi, min(n, b0 + _LATE_LEAD_REACH, b1)):  # (not past the story's end)
            if prose_seen > 3 or prose_seen * 4 > i - b0:
                break  # the running text has begun: more than a quarter of the lines so far are prose
            ln = lines[i]
            if roles[i] == FREE and _match_lead(ln.text) and not _match_credit_line(ln.text):
                found = _byline_text(ln)
                if found:
                    claims[i] = whole("byline", ln)
                    authors, main = list(found), ln
                    break
            prose_seen += ln.prose
    # 2. otherwise a line of bare names: first one with a date, a role or a handle beside it
    # just above the body, then one with weaker support there, then one further up the page
    if main is None:
        # the reach counts the lines still free: furniture and captions set aside above the
        # body (a gallery counter, "View full size image") do not use it up
        lo, free = b0, 0
        while lo > 0 and free < _BARE_NAME_REACH:
            lo -= 1
            free += roles[lo] == FREE
        near: Sequence[int] = range(min(hi, n) - 1, lo - 1, -1)
        if b1 > b0:
            # the top of the body and the lines above it first, then deeper in the body
            # (where a teaser card's "Name" / "date" may stand)
            k4 = min(hi, n, b0 + 4)
            near = [*range(k4 - 1, b0 - 1, -1), *range(b0 - 1, lo - 1, -1), *range(min(hi, n) - 1, k4 - 1, -1)]
            # past the story, a name beside a date on its line is a teaser card's, as in step 1
            near = [i for i in near if i < b1 or not has_date(lines[i].text)]
        # further up: the lines above the near window, and the first lines of the dump
        top = min(hi, lo)
        far = [*range(top - 1, max(0, top - _FAR_REACH) - 1, -1), *range(min(_FAR_REACH, max(0, top - _FAR_REACH)) - 1, -1, -1)]
        seen: Dict[int, Optional[List[Author]]] = {}
        credits = [c.credit_span for c in draft.article.captions if c.credit_span is not None]
        def vouched(ls: Sequence[Line], i: int, found: Sequence[Author]) -> bool:
            return _vouched(ls, i, found) or _dated_over_caption(ls, roles, i)

        for window, vouch in ((near, vouched), (near, _vouched_weakly), (far, _vouched_far)):
            found_at = _bare_name_line(lines, roles, window, vouch, seen, b0 if b1 > b0 else n, credits)
            if found_at is not None:
                i, found = found_at
                claims[i] = whole("byline", lines[i])
                for k in range(max(0, i - _NAME_STACK), min(n, i + _NAME_STACK + 1)):
                    if any(lines[k].start <= a.span.start < lines[k].end for a in found):
                        claims[k] = whole("byline", lines[k])  # (names stacked one a line)
                authors, main = found, lines[i]
                break
    # a role printed on the line under the byline: "By Owain Pryce" / "BBC Wales business correspondent"
    if main is not None and authors and authors[-1].role is None:
        j = main.index + 1
        if j < n and roles[j] == FREE and j not in claims and lines[j].words <= 6 and _is_role(lines[j].text):
            role_line = lines[j]
            authors[-1] = evolve(authors[-1], role=role_line.text, role_span=role_line.span)
            claims[j] = whole("byline", role_line)
    # 2b. an explicit byline ("By …", "Posted by …") closing the article
    if main is None and b1 > b0:
        for ln in lines[b0 : min(n, b1 + _CLOSING_REACH)]:
            if roles[ln.index] != FREE or ln.index in claims or ln.words > 30 or not (_match_lead(ln.text) or _labelled(ln.text)):
                continue  # a byline word, or a label and its colon: "Editor: Jane Roe", "责任编辑：孔德明"
            found = _byline_text(ln)
            if found and _teaser_title_above(lines, b1, ln.index):
                continue
            if found and has_date(ln.text) and _teaser_title_above(lines, ln.index - 1, ln.index):
                continue  # a dated byline under a title: a teaser card's, even when the body runs past it
            if found and not _card_run(lines, ln.index, found):
                claims[ln.index] = whole("byline", ln)
                authors, main = list(found), ln
                break
    # 2c. the author box after the story: a label or a lead over the names ("About the author",
    # "Written on Mar 17 by"), or names with a role, a bio or a "More by" link under them
    if main is None and b1 > b0:
        for i in range(max(b0, b1 - 2), min(n - 1, b1 + _AUTHOR_BOX_REACH)):
            if roles[i] != FREE or i in claims:
                continue
            ln = lines[i]
            if _bare_lead(ln) and roles[i + 1] == FREE:
                found = _bare_names(lines[i + 1])
                if found:
                    claims[i] = whole("byline", ln)
                    claims[i + 1] = whole("byline", lines[i + 1])
                    authors, main = list(found), lines[i + 1]
                    break
            below = lines[i + 1]
            if not (below.words <= 8 or _handle(ln.text) or below.text.startswith(ln.text.split(None, 1)[0])):
                continue  # no support can follow: neither a short line, a handle nor a bio
            found = _bare_names(ln)
            if found and _vouched_anywhere(lines, i, found):
                claims[i] = whole("byline", ln)
                authors, main = list(found), ln
                break
    if main is not None and len(authors) == 2 and main.index + 1 < n:
        below = lines[main.index + 1]
        if below.words <= 6 and _is_role(below.text.split(",", 1)[0]):
            authors = _outlet_after_comma(main, authors)
    if main is not None and authors:
        if _match_lead(main.text) is not None:
            authors = _stacked_bylines(lines, roles, claims, main.index, authors)
        authors = _stacked_cards(lines, roles, claims, main.index, authors)
        authors = _connected_names(lines, roles, claims, main.index, authors)
    # the same byline printed again in the header (a sticky header, a mobile copy)
    if main is not None:
        for ln in lines[:hi]:
            if ln.text == main.text and roles[ln.index] == FREE and ln.index not in claims:
                claims[ln.index] = whole("byline", ln)
    bio: Optional[Field] = None
    if main is not None:
        bio_line = _bio_after(lines, roles, claims, main.index, authors)
        if bio_line is not None:
            claims[bio_line.index] = whole("author_bio", bio_line)
            bio = Field(bio_line.text, bio_line.span)
    # 3. wire credit lines anywhere after the top: "Reporting by …; Editing by …"; not a line
    # opening as the byline found above does ("Written by …" under each teaser further down)
    opening = _two_words(main.text) if main is not None and _match_credit_line(main.text) else None
    for ln in lines[b0:]:
        if (
            ln.text[:1] in _CREDIT_INITIALS
            and roles[ln.index] == FREE
            and ln.index not in claims
            and ln.words <= 40
            and _match_credit_line(ln.text)
            and (opening is None or _two_words(ln.text) != opening)
        ):
            extra = parse_authors(ln.text, ln.start)
            if extra:
                claims[ln.index] = whole("byline", ln)
                known = {a.name for a in authors}
                authors.extend(a for a in extra if a.name not in known)
                if main is None:
                    main = ln
    # 4. an op-ed's contributor bio closing the body names the author
    if b1 > b0:
        for ln in lines[max(b0, b1 - 3) : b1 + 2]:
            if roles[ln.index] != FREE or ln.index in claims or ln.words > 60:
                continue
            m = _match_bio_open(ln.text)
            if m and is_name(m.group("name")):
                known = {a.name for a in authors}
                if not authors or m.group("name") in known:
                    claims[ln.index] = whole("author_bio", ln)
                    bio = bio or Field(ln.text, ln.span)
                    if not authors:
                        s = ln.start + m.start("name")
                        authors = [Author(m.group("name"), Span(s, s + len(m.group("name"))))]
                        main = ln
                    break
    if main is None and b1 > b0:
        # 4b. a signature closing the story's last paragraph: "… hates the rain. Jane Roe"
        signed = _closing_signature(lines[b1 - 1])
        if signed is not None:
            # the paragraph stays in the body: only the name is the byline
            byline = Byline(authors=(signed,), raw=signed.name, span=signed.span)
            return claim(draft, {}, byline=byline)
    if main is None:
        # 5. a paper's author list, right above its DOI
        listed = _name_list_line(lines, roles)
        if listed is None:
            return draft
        main, authors = listed
        claims[main.index] = whole("byline", main)
    credited = [a for a in authors if a.role in blex.CONTRIBUTOR_ROLES]
    start, end = _run_around(lines, claims, main.index)
    byline = Byline(
        authors=tuple(a for a in authors if a.role not in blex.CONTRIBUTOR_ROLES),
        raw=draft.text[start:end],
        span=Span(start, end),
        bio=bio,
        contributors=tuple(credited),
    )
    return claim(draft, claims, byline=byline)


def _run_around(lines: Sequence[Line], claims: Dict[int, Tuple[str, Tuple[Block, ...]]], i: int) -> Tuple[int, int]:
    """The start and end of the run of byline lines around line *i*: a byline printed over
    several lines ("By" / "Jane Roe" / "and" / "John Doe") is one byline, whose span holds
    every name in it.

    >>> from newsparse._draft import Line, whole
    >>> lines = [Line(k, 3 * k, 3 * k + 2, t, True) for k, t in enumerate(["By", "Jo", "&", "Al", "Hi"])]
    >>> _run_around(lines, {k: whole("byline", lines[k]) for k in range(4)}, 1)
    (0, 11)
    >>> _run_around(lines, {1: whole("byline", lines[1])}, 1)
    (3, 5)
    """
    lo = hi = i
    while lo > 0 and claims.get(lo - 1, ("",))[0] == "byline":
        lo -= 1
    while hi + 1 < len(lines) and claims.get(hi + 1, ("",))[0] == "byline":
        hi += 1
    return lines[lo].start, lines[hi].end
