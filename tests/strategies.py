"""Hypothesis strategies that produce text dumps that look like scraped news, and then damage them.

A dump is built from *fragments* (headlines, kickers and pull quotes, dates
with a section, bylines, author bios, date lines, datelines, captions, quotes,
one running over two paragraphs too, bullets, labelled paragraphs, notes,
related links, boilerplate, prose), joined
the way scrapers join them, and then put through a few *mutations* of the
kind seen in the wild: quote marks dropped or added, lines truncated or run
together, doubled blank lines, CRLF and lone CR, tabs, non-breaking spaces,
zero-width and bidi marks, a BOM, HTML tags and entities left in, and mojibake
such as ``â€™``. :func:`any_text` adds plain random unicode, lone surrogates
included.  :func:`quoted_text` is prose that mostly holds quotations (with a
speech verb and a made-up name or role, partial, nested, over several
paragraphs, continental marks, apostrophe words, unbalanced marks) and
:func:`mark_soup` the same with marks dropped, added and swapped.

Every name, place and sentence here is invented.

>>> from hypothesis import find
>>> dump = find(news_dumps(), lambda s: "By " in s and "\\n" in s)
>>> isinstance(dump, str)
True
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Callable, List, Optional, Sequence

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

__all__ = [
    "FRAGMENTS",
    "MUTATIONS",
    "any_text",
    "dumps",
    "fragments",
    "mark_soup",
    "mutate",
    "news_dumps",
    "quoted_paragraph",
    "quoted_run",
    "quoted_text",
    "tricky_text",
]

# ----------------------------------------------------------------- words --
FIRST = ("Ana", "Tom", "Li", "Marta", "Rui", "Samir", "Jean-Luc", "Zoë", "O'Neil", "Kwame", "Ngozi", "Åsa")
LAST = (
    "Ruiz", "Becker", "Wei", "Pires", "Costa", "Aboud", "van der Berg", "Müller", "McAllister", "Østergaard",
)
PLACES = ("VALMORA, Portugal", "GAZA CITY", "NEW YORK", "Lisbon", "SÃO PAULO", "Duluth, Minn.", "KYIV")
AGENCIES = ("Reuters", "AP", "AFP", "The Associated Press", "Bloomberg", "dpa")
MONTHS = ("Jan", "Feb.", "March", "April", "Sept.", "November", "Dec", "März", "febrero")
WORDS = (
    "port", "storm", "officials", "said", "reopened", "Monday", "city", "council", "vote", "budget",
    "the", "a", "of", "and", "to", "in", "after", "before", "ships", "harbor", "minister", "police",
    "crowd", "market", "prices", "rose", "fell", "percent", "week", "year", "school", "bridge",
)
VERBS = ("said", "says", "told reporters", "added", "asked", "warned", "wrote", "according to")
BOILERPLATE = (
    "Share this article", "Advertisement", "Subscribe to our newsletter", "Most Popular", "Read more",
    "Sign up", "Comments (12)", "Image 3 of 12", "Share", "Tweet", "Email", "© 2024 The Valmora Post",
    "We use cookies to improve your experience.", "ADVERTISEMENT", "12", "•", "|", "Skip to content",
)
QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'"), ("「", "」"))
BULLETS = ("• ", "- ", "* ", "· ", "1. ", "— ", "▪ ")


@cache
def _name() -> st.SearchStrategy[str]:
    return st.builds(lambda first, last: f"{first} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))


@cache
def _words(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=lo, max_size=hi).map(" ".join)


def _sentence() -> st.SearchStrategy[str]:
    return st.builds(
        lambda w, end: (w[:1].upper() + w[1:]) + end,
        _words(4, 22),
        st.sampled_from((".", ".", "?", "!", "", "…")),
    )


def _prose() -> st.SearchStrategy[str]:
    return st.lists(_sentence(), min_size=1, max_size=4).map(" ".join)


def _headline() -> st.SearchStrategy[str]:
    return st.one_of(
        _words(3, 12).map(str.title),
        _words(3, 12).map(lambda s: s[:1].upper() + s[1:]),
        _words(2, 8).map(str.upper),
        st.builds(lambda a, b: f"{a}: {b}", _words(1, 3).map(str.title), _words(3, 8)),
    )


def _byline() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda n: f"By {n}", _name()),
        st.builds(lambda a, b, g: f"By {a} and {b}, {g}", _name(), _name(), st.sampled_from(AGENCIES)),
        st.builds(lambda n: f"By\n{n}", _name()),
        st.builds(lambda n: f"Author: {n}", _name()),
        st.builds(lambda n: f"{n}\nStaff Writer", _name()),
        st.builds(lambda a, b: f"Reporting by {a}; Editing by {b}", _name(), _name()),
        st.just("By"),
        st.just("By Thursday the port had reopened."),
    )


def _date_line() -> st.SearchStrategy[str]:
    day = st.integers(0, 39)
    year = st.integers(1890, 2099)
    hour = st.integers(0, 27)
    minute = st.integers(0, 65)
    return st.one_of(
        st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), day, year),
        st.builds(
            lambda m, d, y, h, mi, z: f"Updated {h}:{mi:02d} {z} EST, {m} {d}, {y}",
            st.sampled_from(MONTHS), day, year, hour, minute, st.sampled_from(("AM", "PM", "a.m.", "")),
        ),
        st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}T09:15:00Z", year, st.integers(0, 13), day),
        st.builds(lambda d, m, y: f"{d}.{m}.{y}, 23:06", day, st.integers(0, 13), year),
        st.builds(lambda n: f"{n} hours ago", st.integers(0, 999)),
        st.builds(lambda a, b, y: f"{a}/{b}/{y}", st.integers(0, 40), st.integers(0, 40), year),
        st.just("Published: 7:49, 2 Nov 2023"),
    )


def _dateline_paragraph() -> st.SearchStrategy[str]:
    return st.builds(
        lambda p, a, s, dash: f"{p} ({a}){dash}{s}",
        st.sampled_from(PLACES),
        st.sampled_from(AGENCIES),
        _prose(),
        st.sampled_from((" — ", " - ", " -- ", " – ", "—", ": ")),
    )


def _caption() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda s, n: f"{s} (AP Photo/{n})", _sentence(), _name()),
        st.builds(lambda s, n: f"{s} Photo: {n}/Getty Images", _sentence(), _name()),
        st.builds(lambda s, n: f"{s}Credit: {n}", _sentence(), _name()),
        st.builds(lambda n, s: f"Image source, {n}\nImage caption, {s}", _name(), _sentence()),
        st.builds(lambda s: f"{s}\nREUTERS", _sentence()),
    )


def _quote() -> st.SearchStrategy[str]:
    def build(pair: Sequence[str], inner: str, verb: str, who: str, order: int) -> str:
        o, c = pair
        if order == 0:
            return f"{o}{inner},{c} {verb} {who}."
        if order == 1:
            return f"{who} {verb}: {o}{inner}.{c}"
        return f"{o}{inner}{c}"

    return st.builds(
        build, st.sampled_from(QUOTE_PAIRS), _prose(), st.sampled_from(VERBS), _name(), st.integers(0, 2)
    )


def _bullets() -> st.SearchStrategy[str]:
    return st.builds(
        lambda b, items: "\n".join(b + i for i in items),
        st.sampled_from(BULLETS),
        st.lists(_words(2, 10), min_size=1, max_size=5),
    )


LABELS = ("Why it matters", "The big picture", "Between the lines", "What's next", "Yes, but", "Q", "A")
SECTIONS = ("Business", "World", "Politics", "Technology", "Sport")


def _labelled() -> st.SearchStrategy[str]:
    """An Axios-style paragraph with a lead label, or one line of a Q&A."""
    return st.builds(lambda label, s: f"{label}: {s}", st.sampled_from(LABELS), _prose())


def _bio() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda n, w: f"{n} is the Valmora Post's {w} reporter.", _name(), _words(1, 2)),
        st.builds(lambda n, w: f"{n} covers {w} for The Valmora Post.", _name(), _words(1, 3)),
    )


def _dated_section() -> st.SearchStrategy[str]:
    return st.builds(
        lambda m, d, y, sec: f"{m} {d}, {y} - {sec}",
        st.sampled_from(MONTHS), st.integers(1, 28), st.integers(2000, 2030), st.sampled_from(SECTIONS),
    )


def _kicker_pull_quote() -> st.SearchStrategy[str]:
    """A kicker glued to a pull quote, as some pages print them: ``Analysis'Words here'``."""
    return st.builds(
        lambda k, w, pair: f"{k}{pair[0]}{w[:1].upper() + w[1:]}{pair[1]}",
        st.sampled_from(("Analysis", "Opinion", "Exclusive", "")), _words(3, 8), st.sampled_from(QUOTE_PAIRS),
    )


def _long_quote() -> st.SearchStrategy[str]:
    """A quote that runs over two paragraphs: the first is left open, the second reopens it."""

    def build(pair: Sequence[str], first: str, last: str, verb: str, who: str) -> str:
        o, c = pair
        return f"{who} {verb}: {o}{first}\n\n{o}{last},{c} {who.split()[-1]} said."

    return st.builds(build, st.sampled_from(QUOTE_PAIRS[:3]), _prose(), _prose(), st.sampled_from(VERBS), _name())


#: The kinds of fragment a dump is built from.
FRAGMENTS = {
    "headline": _headline(),
    "byline": _byline(),
    "date": _date_line(),
    "dateline": _dateline_paragraph(),
    "prose": _prose(),
    "quote": _quote(),
    "caption": _caption(),
    "bullets": _bullets(),
    "boilerplate": st.sampled_from(BOILERPLATE),
    "note": st.builds(lambda s: f"Editor's note: {s}", _sentence()),
    "related": st.builds(lambda s: f"Read more: {s}", _headline()),
    "subheading": _words(2, 5).map(str.title),
    "email": st.builds(lambda f: f"{f.lower()}@example.com", st.sampled_from(FIRST)),
    "labelled": _labelled(),
    "long_quote": _long_quote(),
    "bio": _bio(),
}

#: Fragments that only make sense at the top of a dump, above or beside the headline.
HEADER_ONLY = {"section": _dated_section(), "kicker": _kicker_pull_quote()}


def fragments() -> st.SearchStrategy[str]:
    """One fragment of any kind."""
    return st.one_of(*FRAGMENTS.values())


@st.composite
def dumps(draw: DrawFn) -> str:
    """An undamaged dump: a header (headline, byline, date) and a body of fragments."""
    header: List[str] = []
    header_odds = (
        ("boilerplate", 0.3), ("section", 0.15), ("kicker", 0.15), ("headline", 0.9), ("byline", 0.7),
        ("date", 0.6), ("caption", 0.3),
    )
    for kind, p in header_odds:
        if draw(st.floats(0, 1)) < p:
            header.append(str(draw(HEADER_ONLY[kind] if kind in HEADER_ONLY else FRAGMENTS[kind])))
    body = [str(x) for x in draw(st.lists(fragments(), max_size=12))]
    if draw(st.booleans()):
        body.insert(0, str(draw(FRAGMENTS["dateline"])))
    parts = header + body
    seps = st.sampled_from(("\n\n", "\n", "\n\n", "\n\n\n", " ", "\n \n"))
    out = parts[0] if parts else ""
    for part in parts[1:]:
        out += str(draw(seps)) + part
    return out + str(draw(st.sampled_from(("", "\n", "\n\n"))))


# ---------------------------------------------------------------- mutations --
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
BIDI = ("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069")
MOJIBAKE = ("â€™", "â€œ", "â€\x9d", "Ã©", "Ã¨", "Ã¼", "â€”", "â€“", "Â ", "ï»¿", "â€¦", "Ã±")
HTML = ("<p>", "</p>", "<br>", "<br/>", '<a href="/x">', "</a>", "<div class=\"ad\">", "</div>", "<!-- x -->",
        "<script>var a = 1;</script>", "<em>", "</em>")
ENTITIES = ("&amp;", "&nbsp;", "&quot;", "&#8217;", "&#x2014;", "&lt;", "&gt;", "&hellip;", "&rsquo;")
QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", "「")


def _at(draw: DrawFn, s: str) -> int:
    return int(draw(st.integers(0, len(s)))) if s else 0


def _insert(pool: Sequence[str]) -> Callable[[DrawFn, str], str]:
    def insert(draw: DrawFn, s: str) -> str:
        i = _at(draw, s)
        return s[:i] + str(draw(st.sampled_from(pool))) + s[i:]

    return insert


def _replace_all(old: str, pool: Sequence[str]) -> Callable[[DrawFn, str], str]:
    def replace(draw: DrawFn, s: str) -> str:
        return s.replace(old, str(draw(st.sampled_from(pool))))

    return replace


def _mark_at(draw: DrawFn, s: str) -> Optional[int]:
    """The offset of one quote mark of *s*, drawn; None when it has none."""
    where = [i for i, c in enumerate(s) if c in QUOTE_MARKS]
    return int(draw(st.sampled_from(where))) if where else None


def _drop_quote(draw: DrawFn, s: str) -> str:
    i = _mark_at(draw, s)
    return s if i is None else s[:i] + s[i + 1 :]


def _truncate_line(draw: DrawFn, s: str) -> str:
    lines = s.split("\n")
    k = int(draw(st.integers(0, len(lines) - 1)))
    cut = _at(draw, lines[k])
    lines[k] = lines[k][:cut] + str(draw(st.sampled_from(("", "…", "...", " Read m"))))
    return "\n".join(lines)


def _merge_lines(draw: DrawFn, s: str) -> str:
    i = s.find("\n", _at(draw, s))
    if i < 0:
        return s
    j = i
    while j < len(s) and s[j] == "\n":
        j += 1
    return s[:i] + str(draw(st.sampled_from(("", " ")))) + s[j:]


def _double_blank(draw: DrawFn, s: str) -> str:
    return s.replace("\n\n", "\n\n\n\n") if draw(st.booleans()) else s.replace("\n", "\n\n")


def _crlf(draw: DrawFn, s: str) -> str:
    ends = ("\r\n", "\r", "\u2028", "\x0b", "\x0c", "\x85", "\r\r\n")
    return s.replace("\n", draw(st.sampled_from(ends)))


def _bom(draw: DrawFn, s: str) -> str:
    return "\ufeff" + s


def _truncate_dump(draw: DrawFn, s: str) -> str:
    return s[: _at(draw, s)]


def _duplicate(draw: DrawFn, s: str) -> str:
    i, j = sorted((_at(draw, s), _at(draw, s)))
    return s[:j] + s[i:j] + s[j:]


#: name -> a function ``(draw, text) -> text`` that damages a dump as scrapers do.
MUTATIONS = {
    "drop_quote_mark": _drop_quote,
    "extra_quote_mark": _insert(QUOTE_MARKS),
    "truncate_line": _truncate_line,
    "merge_lines": _merge_lines,
    "double_blank_lines": _double_blank,
    "line_ends": _crlf,
    "tab": _insert(("\t", "\t\t", " \t ")),
    "nbsp": _replace_all(" ", ("\u00a0", " ", " \u00a0", "\u2009", "\u3000")),
    "zero_width": _insert(ZERO_WIDTH),
    "bidi": _insert(BIDI),
    "bom": _bom,
    "html_tag": _insert(HTML),
    "html_entity": _insert(ENTITIES),
    "mojibake": _insert(MOJIBAKE),
    "control": _insert(("\x00", "\x07", "\x1b[0m", "\x7f", "\ufffd", "\ud800", "\udfff")),
    "truncate_dump": _truncate_dump,
    "duplicate_run": _duplicate,
}


@st.composite
def mutate(draw: DrawFn, base: st.SearchStrategy[str], max_mutations: int = 6) -> str:
    """*base* put through up to *max_mutations* mutations, drawn with repetition."""
    text = str(draw(base))
    names = draw(st.lists(st.sampled_from(sorted(MUTATIONS)), max_size=max_mutations))
    for name in names:
        text = MUTATIONS[name](draw, text)
    return text


def news_dumps() -> st.SearchStrategy[str]:
    """News-like dumps, damaged or not."""
    strategy: st.SearchStrategy[str] = mutate(dumps())
    return strategy


def tricky_text() -> st.SearchStrategy[str]:
    """Short random strings over an alphabet of the characters the stages care about."""
    pieces = st.sampled_from(
        ("By ", "By", "\n", "\n\n", "\r", " ", "\t", '"', "“", "”", "‘", "’", "«", "»", "(", ")", ":", ",",
         ".", "—", "-", "•", "|", "Reuters", "AP", "Photo", "Credit", "said", "Ana Ruiz", "2024", "12",
         ":30", "PM", "EST", "March", "Updated", "Editor's note", "Read more", "Share", "A", "a", "é",
         "\u00a0", "\u200b", "\u202e", "\ufeff", "<p>", "&amp;", "â€™", "\x00", "\ud800", "中文", "ب")
    )
    return st.lists(pieces, max_size=60).map("".join)


def any_text() -> st.SearchStrategy[str]:
    """Plain random unicode, lone surrogates and controls included."""
    return st.text(st.characters(exclude_categories=()), max_size=300)


# ------------------------------------------------------------ quotations --
SPEECH_VERBS = ("said", "says", "told reporters", "added", "warned", "wrote", "explained", "noted", "insisted")
ROLES = ("the minister", "a senior official", "the mayor", "a spokeswoman", "the harbour master", "police")
TITLES = ("", "", "Mayor ", "Dr. ", "Minister ")
#: opening and closing marks a quotation is written with, straight, curly and continental
QUOTE_STYLES = (('"', '"'), ("“", "”"), ("“", "”"), ("‘", "’"), ("«\u00a0", "\u00a0»"), ("« ", " »"),
                ("„", "“"), ("»", "«"), ("‹", "›"))
#: words with apostrophes that are not quotation marks
APOSTROPHES = ("don't", "can't", "'90s", "rock 'n' roll", "Hamas'", "the Jones' house", "O'Brien's", "it's")
#: a cached ``sampled_from``: the strategies below are drawn from thousands of times
_pick = lru_cache(maxsize=None)(st.sampled_from)
INNER = (("‘", "’"), ("'", "'"), ('"', '"'))


@cache
def _cheap_words(lo: int, hi: int) -> st.SearchStrategy[str]:
    """*lo* to *hi* words as two runs of :data:`WORDS` (four draws whatever the length: the tests stay fast)."""
    ring = WORDS + WORDS

    def build(i: int, n: int, j: int, m: int) -> str:
        return " ".join(ring[i : i + n] + ring[j : j + m])

    first = max(lo, hi // 2)
    return st.builds(build, st.integers(0, len(WORDS) - 1), st.integers(lo, first),
                     st.integers(0, len(WORDS) - 1), st.integers(0, hi - first))


@cache
def _quoted_sentence() -> st.SearchStrategy[str]:
    """A capitalised sentence of three to fourteen words, now and then with an apostrophe word in it."""
    return st.builds(
        lambda w, extra, end: (w[:1].upper() + w[1:]) + extra + end,
        _cheap_words(3, 14),
        _pick(("",) * 4 + tuple(" " + a for a in APOSTROPHES)),
        _pick(("", "", "", "!", "?", "…")),
    )


@st.composite
def _speaker(draw: DrawFn) -> str:
    if draw(st.integers(0, 3)) == 0:
        return str(draw(_pick(ROLES)))
    return str(draw(_pick(TITLES))) + str(draw(_name()))


@st.composite
def quoted_paragraph(draw: DrawFn) -> str:
    """One paragraph holding a quotation, in one of the shapes news prose writes them.

    The shapes: the quote before or after its attribution (speech verb and an
    invented name or role), a broken quotation, a partial quote in a reported
    clause, nested marks, an unattributed quote, an unclosed mark, the
    attribution in the sentence before, *according to*, and a title in marks.
    """
    o, c = draw(_pick(QUOTE_STYLES))
    inner = str(draw(_quoted_sentence()))
    who = str(draw(_SPEAKER))
    verb = str(draw(_pick(SPEECH_VERBS)))
    shape = draw(st.integers(0, 11))
    if shape == 0:  # “…,” X said.
        return f"{o}{inner},{c} {who} {verb}."
    if shape == 1:  # “…,” said X, a role.
        return f"{o}{inner},{c} {verb} {who}, {draw(_pick(ROLES))}."
    if shape == 2:  # X said: “…”
        return f"{who} {verb}: {o}{inner}.{c}"
    if shape == 3:  # X said, “…”
        return f"{who} {verb}, {o}{inner}.{c}"
    if shape == 4:  # broken: “…,” X said, “…”
        more = str(draw(_cheap_words(2, 8)))
        return f"{o}{inner},{c} {who} {verb}, {o}{more}.{c}"
    if shape == 5:  # partial quote inside a reported clause
        return f"{who} {verb} the plan was {o}{draw(_cheap_words(3, 9))}{c} and left."
    if shape == 6:  # nested marks
        i_o, i_c = draw(_pick(INNER))
        return f"{o}They called it {i_o}{draw(_cheap_words(1, 3))}{i_c} twice,{c} {who} {verb}."
    if shape == 7:  # a quotation with no attribution
        return f"{o}{inner}.{c}"
    if shape == 8:  # an unbalanced mark
        return f"{who} {verb} it was {o}{inner}. {draw(_cheap_words(3, 10))}."
    if shape == 9:  # attribution in the sentence before
        return f"{str(draw(_cheap_words(3, 10))).capitalize()}. {who} {verb}. {o}{inner}.{c}"
    if shape == 10:  # according to
        return f"{o}{inner},{c} according to {who}."
    # a name that merely sits near a title in marks
    return f"{who} appeared on {o}{str(draw(_cheap_words(1, 3))).title()}{c} on Sunday."


@st.composite
def quoted_run(draw: DrawFn) -> str:
    """A quotation over two or three paragraphs: each reopens the mark, only the last closes it."""
    o, c = draw(_pick(QUOTE_STYLES[:4]))
    parts = [str(draw(_quoted_sentence())) + "." for _ in range(draw(st.integers(2, 3)))]
    who, verb = str(draw(_SPEAKER)), str(draw(_pick(SPEECH_VERBS)))
    head = f"{who} {verb}:\n\n" if draw(st.booleans()) else ""
    body = "\n\n".join(o + p for p in parts[:-1])
    return f"{head}{body}\n\n{o}{parts[-1][:-1]},{c} {who} {verb}."


_EXTRA_MARK = _insert(QUOTE_MARKS)
_SPEAKER, _PARAGRAPH, _RUN = _speaker(), quoted_paragraph(), quoted_run()


@st.composite
def quoted_text(draw: DrawFn) -> str:
    """Prose paragraphs, most of them holding quotations, some damaged by a dropped or extra mark."""
    kinds = _pick(("quote", "quote", "quote", "quote", "run", "prose", "apostrophes"))
    paras: List[str] = []
    for kind in draw(st.lists(kinds, min_size=1, max_size=5)):
        if kind == "quote":
            paras.append(str(draw(_PARAGRAPH)))
        elif kind == "run":
            paras.append(str(draw(_RUN)))
        elif kind == "prose":
            paras.append(str(draw(_cheap_words(4, 16))) + '.')
        else:
            paras.append(f"{draw(_name())} {' '.join(draw(st.lists(_pick(APOSTROPHES), min_size=1, max_size=3)))}.")
    text = "\n\n".join(paras)
    if draw(st.integers(0, 4)) == 0:
        text = _drop_quote(draw, text)
    if draw(st.integers(0, 4)) == 0:
        text = _EXTRA_MARK(draw, text)
    return text


def _swap_mark(draw: DrawFn, s: str) -> str:
    i = _mark_at(draw, s)
    return s if i is None else s[:i] + str(draw(_pick(QUOTE_MARKS))) + s[i + 1 :]


_SOUP_OPS = st.lists(
    st.sampled_from((_drop_quote, _insert(QUOTE_MARKS), _swap_mark, _insert(("\n\n", "\n", " ", "'s", "don't")))),
    min_size=1,
    max_size=5,
)


@st.composite
def mark_soup(draw: DrawFn) -> str:
    """:func:`quoted_text` damaged one to five times: a quotation mark dropped, added or swapped for
    another kind, or a line break, a space or an apostrophe word put in anywhere."""
    text = str(draw(quoted_text()))
    for op in draw(_SOUP_OPS):
        text = op(draw, text)
    return text
