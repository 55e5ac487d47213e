"""Stage: warnings about the input, each pointing at the text concerned.

The parser reads whatever it is given on a best-effort basis; this stage says
when the input looked damaged, so that a caller can count, filter or repair
such dumps. Each check is one pass of a compiled pattern (or one walk over the
lines) whose cost grows linearly with the input, and each code gives at most
one :class:`~newsparse.model.Warning`: its span is the first place found, and
its message says how many places there were. The codes and messages live in
:mod:`newsparse._lexicon.warnings`; ``docs/robustness.md`` lists them.

>>> from newsparse import parse
>>> text = "Port reopens after storm\\n\\nBy Ana Ruiz\\n\\nThe port reopened on Monday &amp; ships docked."
>>> [(w.code, text[w.span.slice]) for w in parse(text).warnings if w.span]
[('html_entities', '&amp;')]
>>> print(render_warning(text, parse(text).warnings[-1]))
html_entities: HTML character references such as &amp; or &#8217; are left undecoded; kept as written
  line 5, column 29:
    The port reopened on Monday &amp; ships docked.
                                ~~~~^
"""

from __future__ import annotations

import html.entities
import re
from typing import Iterator, List, Optional, Sequence, Tuple

from ._draft import Draft, Line, evolve
from ._lexicon import warnings as lex
from .model import Span, Warning

__all__ = ["check", "find_warnings", "render_warning"]

# UTF-8 continuation bytes 0x80-0xBF as Windows-1252 shows them (as Latin-1 for the five it leaves undefined)
_CONT = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# C0 and C1 controls, except tab and the line breaks (\n \x0b \x0c \r, and \x85 NEL)
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_SURROGATES = "\ud800-\udfff"
# zero-width space/joiners, LRM/RLM, bidi embeddings and isolates, word joiner, BOM
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"

_PATTERNS = {
    # an HTML tag or the start of a comment: "<p>", "</div>", "<br/>", '<a href="…">', "<!--";
    # the attribute run is bounded, so a stray "<b" costs at most 400 steps
    "html_markup": re.compile(r"<(?:!--|/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,400})?/?>)"),
    # a character reference: "&amp;", "&#8217;", "&#x2014;" (names are checked against the HTML5 list)
    "html_entities": re.compile(
        r"&(?:(?P<name>[A-Za-z][A-Za-z0-9]{1,31})|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
    ),
    # UTF-8 read as Windows-1252: a lead byte shown as Ã, Â or â€, then a continuation byte; or the BOM
    "mojibake": re.compile(f"Ã[{_CONT}]|Â[\xa0-\xbf]|â€[{_CONT}]|â„¢|ï»¿"),
    "control_characters": re.compile(f"[{_CONTROLS}]"),
    "lone_surrogates": re.compile(f"[{_SURROGATES}]"),
    "invisible_characters": re.compile(f"[{_INVISIBLE}]"),
    # a word cut short at the end of a paragraph: "reop…", "reop..."
    "cut_word": re.compile(r"\w(?:…|\.\.\.)\Z"),
    # a character that can start a match of the last three checks: rare in any text
    "unprintable": re.compile(f"[{_CONTROLS}{_SURROGATES}{_INVISIBLE}]"),
}
_search_unprintable = _PATTERNS["unprintable"].search
_search_cut_word = _PATTERNS["cut_word"].search
_HTML5_NAMES = frozenset(name.rstrip(";") for name in html.entities.html5)

#: the checks that are one pattern over the whole text, in the order of the lexicon
_TEXT_CHECKS = ("html_markup", "html_entities", "mojibake", "control_characters", "lone_surrogates",
                "invisible_characters")
#: the characters that each check's matches start with, for the checks that start on a plain one
#: (a ``str`` test for them is far cheaper than a pass of the pattern); the others start on an
#: "unprintable" character
_FIRST_CHARS = {"html_markup": "<", "html_entities": "&", "mojibake": "ÃÂâï"}
#: the only whitespace among the "unprintable" characters (every other one is part of a line)
_SPACE_CONTROLS = "\x1c\x1d\x1e\x1f"
#: the double quotation marks whose pairing is checked
_QUOTE_MARKS = "\"“”„«»"
#: marks that open a quotation, and what may close each
_OPENERS = {"“": "”", "„": "“”", "«": "»"}


def _message(code: str, count: int) -> str:
    text = lex.WARNINGS[code]["message"].format(limit=lex.VERY_LONG_LINE, max_lines=lex.MAX_LINES)
    return text if count <= 1 else f"{text} ({count:,} found)"


def _warning(code: str, count: int, first: Optional[Span]) -> Warning:
    return Warning(code, _message(code, count), first)


def _pattern_matches(code: str, text: str, pos: int = 0) -> Iterator[Tuple[int, int]]:
    for m in _PATTERNS[code].finditer(text, pos):
        if code == "html_entities" and m.group("name") and m.group("name") not in _HTML5_NAMES:
            continue
        yield m.span()


def _first_unprintable(text: str, lines: Sequence[Line], whole: bool) -> Optional[int]:
    """Where the first "unprintable" character (a control, a lone surrogate, an invisible
    one) of *text* stands, or None. *whole* is true when *lines* hold the whole of the text
    but whitespace (no text was left past the line limit).

    Each of those characters is one that :meth:`str.isprintable` rejects, and only four of
    them (U+001C to U+001F) are whitespace: when the text holds none of the four, only the
    lines that are not printable (a few at most, mostly for a no-break space) are searched,
    instead of the whole text.

    >>> from newsparse.blocks import split_lines
    >>> text = "Title\\n\\nA\\u00a0line\\nA zero\\u200bwidth space"
    >>> _first_unprintable(text, split_lines(text)[0], True), text.index("\\u200b")
    (20, 20)
    >>> text = "Title\\n\\x1f\\nA line"
    >>> _first_unprintable(text, split_lines(text)[0], True)
    6
    """
    if not whole or any(c in text for c in _SPACE_CONTROLS):
        m = _search_unprintable(text)
        return None if m is None else m.start()
    for ln in lines:  # (in text order: the first found is the first)
        if not ln.text.isprintable():
            m = _search_unprintable(text, ln.start, ln.end)
            if m is not None:
                return m.start()
    return None


def _opens_word(text: str, p: int, line_end: int) -> bool:
    """A mark at *p* with a space (or the line start) before it and a word right after it."""
    return (p == 0 or text[p - 1].isspace()) and p + 1 < line_end and not text[p + 1].isspace()


def _quote_marks(text: str, lo: int, hi: int) -> List[int]:
    """Where the double quotation marks of ``text[lo:hi]`` stand, in order.

    One ``str.find`` run per mark character: far cheaper than a pattern pass.

    >>> _quote_marks('He said “no” and "yes".', 0, 23)
    [8, 11, 17, 21]
    """
    out: List[int] = []
    find = text.find
    for c in _QUOTE_MARKS:
        i = find(c, lo, hi)
        while i >= 0:
            out.append(i)
            i = find(c, i + 1, hi)
    out.sort()
    return out


def _unbalanced_quotes(text: str, lines: Sequence[Line]) -> Tuple[int, Optional[Span]]:
    """How many quotation marks have no partner, and where the first one is.

    Marks are paired within a paragraph (lines with no blank line between
    them). A mark still open at the end of a paragraph is fine when the next
    paragraph opens with a mark too: that is how a quote running over several
    paragraphs is printed.

    The marks of the whole text are found at once and read in one pass; a
    paragraph end matters only while a mark is open.
    """
    count, first = 0, None
    marks = _quote_marks(text, lines[0].start, lines[-1].end) if lines else []
    if not marks:
        return count, first
    stack: List[Tuple[int, str]] = []
    straight: Optional[int] = None
    n = len(lines)

    def report(pos: int) -> None:
        nonlocal count, first
        count += 1
        if first is None or pos < first.start:
            first = Span(pos, pos + 1)

    def paragraph_end(i: int) -> None:
        """Line *i* ends a paragraph with a mark still open."""
        nonlocal stack, straight
        reopened = i + 1 < n and lines[i + 1].text[:1] in '"“„«”'
        if not reopened:
            report(min([p for p, _ in stack] + ([straight] if straight is not None else [])))
        stack, straight = [], None

    li = 0
    ln = lines[0]
    for p in marks:
        while ln.end <= p:  # the lines before the mark's line are done
            if (stack or straight is not None) and (li + 1 == n or lines[li + 1].gap):
                paragraph_end(li)
            li += 1
            ln = lines[li]
        if p < ln.start:
            continue  # between two lines
        c = text[p]
        if c == '"':
            straight = p if straight is None else None
        elif c == "“" and stack and stack[-1][1] == "„":
            stack.pop()  # German „…“
        elif c in _OPENERS:
            if p + 1 < ln.end:  # a mark that ends a line ("Back to Top«") opens nothing
                stack.append((p, c))
        elif c == "”":
            if stack and stack[-1][1] in "“„":
                stack.pop()
            elif _opens_word(text, p, ln.end):
                stack.append((p, "“"))  # Swedish and Finnish open with ” too
            else:
                report(p)
        elif c == "»" and stack and stack[-1][1] == "«":
            stack.pop()  # a lone » may open a quote (Danish, German »…«): not counted
    if stack or straight is not None:
        while li + 1 < n and not lines[li + 1].gap:
            li += 1
        paragraph_end(li)
    return count, first


def _truncated(text: str, lines: Sequence[Line]) -> Tuple[int, Optional[Span]]:
    """Lines of a few words that end in a word cut short by an ellipsis; the first one's last word.

    A teaser cut at a character limit ("Officials said the port would reop…")
    is the common case. A line that merely stops without a full stop is not
    counted: headings, tweets and link lists do that all the time.
    """
    count, first = 0, None
    if not lines or ("…" not in text and "..." not in text):
        return count, first  # no ellipsis anywhere: no line to read
    for ln in lines:
        if not ln.text.endswith(("…", "...")):
            continue
        if not _search_cut_word(ln.text) or ln.words < lex.TRUNCATED_MIN_WORDS:
            continue
        count += 1
        if first is None:
            cut = max(ln.text.rfind(" "), ln.text.rfind("\u00a0")) + 1
            first = Span(ln.start + cut, ln.end)
    return count, first


def find_warnings(draft: Draft) -> Tuple[Warning, ...]:
    """The warnings for the input of *draft*, in the order of the lexicon."""
    text = draft.text
    article = draft.article
    found: dict[str, Tuple[int, Optional[Span]]] = {}
    if not draft.lines:
        found["empty_input"] = (1, None)
    else:
        if article.headline is None:
            found["no_headline_found"] = (1, None)
        if not article.paragraphs:
            found["no_body_found"] = (1, None)
    # No check can match before the first character its matches start with: each check
    # is read from there, and only when that character is in the text.
    unprintable = _first_unprintable(text, draft.lines, draft.rest is None)
    for code in _TEXT_CHECKS:
        chars = _FIRST_CHARS.get(code)
        if chars is None:
            at = unprintable
        else:
            found_at = [i for i in map(text.find, chars) if i >= 0]
            at = min(found_at) if found_at else None
        if at is None:
            continue
        count, first = 0, None
        for start, end in _pattern_matches(code, text, at):
            count += 1
            if first is None:
                first = Span(start, end)
        if count:
            found[code] = (count, first)
    quotes = _unbalanced_quotes(text, draft.lines)
    if quotes[0]:
        found["unbalanced_quotes"] = quotes
    cut = _truncated(text, draft.lines)
    if cut[0]:
        found["truncated_line"] = cut
    if draft.rest is not None:
        found["too_many_lines"] = (1, draft.rest)
    long_lines: List[Line] = []
    if len(text) > lex.VERY_LONG_LINE:  # else no line can be that long
        long_lines = [ln for ln in draft.lines if ln.end - ln.start > lex.VERY_LONG_LINE]
    if long_lines:
        found["very_long_line"] = (len(long_lines), long_lines[0].span)
    return tuple(_warning(code, *found[code]) for code in lex.WARNINGS if code in found)


def check(draft: Draft) -> Draft:
    """Pipeline stage: add the warnings about the input to ``article.warnings``."""
    new = find_warnings(draft)
    if not new:
        return draft
    article = evolve(draft.article, warnings=draft.article.warnings + new)
    return evolve(draft, article=article)


# --------------------------------------------------------------- rendering --
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: the widest excerpt of a line that :func:`render_warning` shows
_WINDOW = 100


def _visible(s: str) -> str:
    """*s* with one printable character in place of each unprintable one, so columns still line up."""
    return "".join(c if c.isprintable() else (" " if c == "\t" else "\ufffd") for c in s)


def render_warning(text: str, warning: Warning) -> str:
    """A warning as a person reads it: the code and message, then the line with ``~~~^`` under the span.

    Long lines are cut to a window around the span, and unprintable characters
    are shown as ``\ufffd`` so that the marker stays under the right column.

    >>> from newsparse.model import Span, Warning
    >>> text = "Headline\\n\\nShe said \\u201cwe will reopen, and left."
    >>> w = Warning("unbalanced_quotes", "a quotation mark has no partner", Span(19, 20))
    >>> print(render_warning(text, w))
    unbalanced_quotes: a quotation mark has no partner
      line 3, column 10:
        She said “we will reopen, and left.
                 ^
    >>> print(render_warning(text, Warning("no_headline_found", "no headline was found")))
    no_headline_found: no headline was found
    """
    head = f"{warning.code}: {warning.message}"
    span = warning.span
    if span is None or span.start > len(text):
        return head
    start = max(text.rfind(c, 0, span.start) for c in _LINE_BREAKS) + 1
    ends = [e for e in (text.find(c, span.start) for c in _LINE_BREAKS) if e >= 0]
    end = min(ends) if ends else len(text)
    line_no = len(text[:start].splitlines()) + 1
    column = span.start - start
    width = max(1, min(span.end, end) - span.start)
    lo = max(start, span.start - _WINDOW // 2)
    hi = min(end, max(span.start + min(width, _WINDOW // 2), lo + _WINDOW))
    excerpt = ("…" if lo > start else "") + _visible(text[lo:hi]) + ("…" if hi < end else "")
    offset = span.start - lo + (1 if lo > start else 0)
    shown = min(width, hi - span.start)
    marker = " " * offset + "~" * (max(1, shown) - 1) + "^"
    return f"{head}\n  line {line_no}, column {column + 1}:\n    {excerpt}\n    {marker}"
