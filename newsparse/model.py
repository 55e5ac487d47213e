"""The typed result of a parse: frozen attrs classes with tuple fields.

Every value carries a :class:`Span` into the *original* input string, so any
field can be traced back to the characters it came from::

    >>> from newsparse import parse
    >>> text = "Storm shuts port\\n\\nBy Ana Ruiz\\n\\nThe port closed on Monday, officials said."
    >>> article = parse(text)
    >>> article.headline.text
    'Storm shuts port'
    >>> span = article.byline.authors[0].span
    >>> text[span.start:span.end]
    'Ana Ruiz'

Objects are immutable; use :func:`attrs.evolve` to derive a changed copy.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable, Literal, Optional, Tuple, Union

import attrs

__all__ = [
    "BLOCK_KINDS",
    "PARAGRAPH_KINDS",
    "QUOTE_KINDS",
    "Article",
    "Author",
    "Block",
    "Byline",
    "Caption",
    "DateInfo",
    "Dateline",
    "Field",
    "Paragraph",
    "Quote",
    "Span",
    "Speaker",
    "Warning",
]

ParagraphKind = Literal["paragraph", "list_item", "subheading"]
QuoteKind = Literal["direct", "partial"]

PARAGRAPH_KINDS: Tuple[str, ...] = ("paragraph", "list_item", "subheading")
QUOTE_KINDS: Tuple[str, ...] = ("direct", "partial")

#: The kinds of top-level :class:`Block`; every non-whitespace character of
#: the input lies in exactly one block of one of these kinds.
BLOCK_KINDS: Tuple[str, ...] = (
    "kicker",
    "pull_quote",
    "headline",
    "deck",
    "section",
    "byline",
    "author_bio",
    "date",
    "caption",
    "paragraph",
    "note",
    "related",
    "boilerplate",
)


# Span, Block, Field and Paragraph are made by the dozen in every parse, so their
# ``__init__`` is written out (``init=False``) instead of generated: it sets each slot
# through the slot's own descriptor (the ``_set_*`` functions bound below each class),
# which costs about two thirds of the generated one. Everything else (fields, equality, hashing,
# ``repr``, ordering, pickling, ``attrs.evolve``, immutability) is still attrs's.


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open character range ``[start, end)`` into the original input.

    >>> s = Span(4, 9)
    >>> "The storm hit".__getitem__(s.slice)
    'storm'
    >>> len(s), s.contains(Span(5, 6))
    (5, True)
    >>> Span(5, 4)
    Traceback (most recent call last):
    ...
    ValueError: bad span [5, 4]
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end}]")
        _set_start(self, start)
        _set_end(self, end)

    @property
    def slice(self) -> slice:
        return slice(self.start, self.end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


_set_start: Callable[[Span, int], None] = Span.__dict__["start"].__set__
_set_end: Callable[[Span, int], None] = Span.__dict__["end"].__set__


@attrs.frozen(init=False)
class Field:
    """A piece of text and where it stands: headline, deck, note, related link…"""

    text: str
    span: Span

    def __init__(self, text: str, span: Span) -> None:
        _set_field_text(self, text)
        _set_field_span(self, span)


_set_field_text: Callable[[Field, str], None] = Field.__dict__["text"].__set__
_set_field_span: Callable[[Field, Span], None] = Field.__dict__["span"].__set__


@attrs.frozen
class Author:
    """One person (or desk) credited in the byline.

    ``name`` and ``organization`` are exact slices of the input at their spans.
    ``role`` may be lower-cased ("staff writer" for "(Staff Writer)"); a role
    read from a credit's lead-in ("Reporting by A and B") is shared by the
    names it introduces and has no ``role_span``.
    """

    name: str
    span: Span
    role: Optional[str] = None
    role_span: Optional[Span] = None
    organization: Optional[str] = None
    organization_span: Optional[Span] = None


@attrs.frozen
class Byline:
    """The byline: its authors, the raw line(s) and an optional author bio.

    ``contributors`` are people credited for other work on the story: "Editing
    by …", "Additional reporting by …", graphics and research credits.
    """

    authors: Tuple[Author, ...]
    raw: str
    span: Span
    bio: Optional[Field] = None
    contributors: Tuple[Author, ...] = ()


@attrs.frozen
class DateInfo:
    """A date or timestamp found in the text.

    ``value`` is a timezone-aware :class:`datetime.datetime` when the text gives
    a time and a zone, a naive one when it gives a time only, and a
    :class:`datetime.date` when it gives only a calendar date.
    """

    value: Union[_dt.datetime, _dt.date]
    raw: str
    span: Span

    def isoformat(self) -> str:
        return self.value.isoformat()


@attrs.frozen
class Dateline:
    """A wire dateline such as ``GAZA CITY (Reuters) —``.

    It opens a body paragraph and stays inside that paragraph's text; its
    spans point into it.
    """

    location: Optional[str]
    agency: Optional[str]
    raw: str
    span: Span
    location_span: Optional[Span] = None
    agency_span: Optional[Span] = None


@attrs.frozen
class Caption:
    """A photo caption, its credit, and the image alt text printed beside it.

    ``span`` covers every line that belongs to the caption: the alt-text line,
    the caption and any verbatim repeat printed right after it.
    """

    text: str
    span: Span
    text_span: Span
    credit: Optional[str] = None
    credit_span: Optional[Span] = None
    alt_text: Optional[str] = None
    alt_span: Optional[Span] = None


@attrs.frozen(init=False)
class Paragraph:
    """A body paragraph, list item or subheading.

    ``text`` excludes a bullet glyph and a lead label ("Why it matters:");
    ``span`` covers the whole block, ``text_span`` only ``text``.
    """

    text: str
    kind: str
    span: Span
    text_span: Span
    label: Optional[str] = None
    label_span: Optional[Span] = None

    def __init__(
        self,
        text: str,
        kind: str,
        span: Span,
        text_span: Span,
        label: Optional[str] = None,
        label_span: Optional[Span] = None,
    ) -> None:
        _set_paragraph_text(self, text)
        _set_paragraph_kind(self, kind)
        _set_paragraph_span(self, span)
        _set_paragraph_text_span(self, text_span)
        _set_paragraph_label(self, label)
        _set_paragraph_label_span(self, label_span)


_set_paragraph_text: Callable[[Paragraph, str], None] = Paragraph.__dict__["text"].__set__
_set_paragraph_kind: Callable[[Paragraph, str], None] = Paragraph.__dict__["kind"].__set__
_set_paragraph_span: Callable[[Paragraph, Span], None] = Paragraph.__dict__["span"].__set__
_set_paragraph_text_span: Callable[[Paragraph, Span], None] = Paragraph.__dict__["text_span"].__set__
_set_paragraph_label: Callable[[Paragraph, Optional[str]], None] = Paragraph.__dict__["label"].__set__
_set_paragraph_label_span: Callable[[Paragraph, Optional[Span]], None] = Paragraph.__dict__["label_span"].__set__


@attrs.frozen
class Speaker:
    """Who a quote is attributed to, or to whom it was said.

    ``text``/``span`` are the mention in the text ("Sullivan", "he", "the US
    national security adviser"); ``name`` is the canonical full name when the
    article gives one; ``descriptor`` is a role or description.
    """

    text: str
    span: Span
    name: Optional[str] = None
    descriptor: Optional[str] = None


@attrs.frozen
class Quote:
    """One quoted segment: one pair of marks, or one run of a multi-paragraph quote.

    ``span`` covers the quotation marks and ``text`` is what stands between
    them; ``paragraph`` indexes :attr:`Article.paragraphs` and ``continues``
    an earlier quote of :attr:`Article.quotes`.
    """

    text: str
    span: Span
    kind: str
    speaker: Optional[Speaker] = None
    verb: Optional[str] = None
    verb_span: Optional[Span] = None
    addressee: Optional[Speaker] = None
    paragraph: Optional[int] = None
    continues: Optional[int] = None


@attrs.frozen
class Warning:
    """Something about the input worth knowing, pointing at the text concerned."""

    code: str
    message: str
    span: Optional[Span] = None


@attrs.frozen(init=False)
class Block:
    """A top-level region of the input and the role it was given."""

    kind: str
    span: Span

    def __init__(self, kind: str, span: Span) -> None:
        _set_block_kind(self, kind)
        _set_block_span(self, span)


_set_block_kind: Callable[[Block, str], None] = Block.__dict__["kind"].__set__
_set_block_span: Callable[[Block, Span], None] = Block.__dict__["span"].__set__


@attrs.frozen
class Article:
    """Everything newsparse found in one dump.

    ``blocks`` partitions the input: every non-whitespace character lies in
    exactly one block, so nothing is silently dropped.
    """

    kicker: Optional[Field] = None
    pull_quote: Optional[Field] = None
    headline: Optional[Field] = None
    deck: Optional[Field] = None
    section: Optional[Field] = None
    byline: Optional[Byline] = None
    published: Optional[DateInfo] = None
    updated: Optional[DateInfo] = None
    dateline: Optional[Dateline] = None
    captions: Tuple[Caption, ...] = ()
    paragraphs: Tuple[Paragraph, ...] = ()
    notes: Tuple[Field, ...] = ()
    related: Tuple[Field, ...] = ()
    boilerplate: Tuple[Field, ...] = ()
    quotes: Tuple[Quote, ...] = ()
    warnings: Tuple[Warning, ...] = ()
    blocks: Tuple[Block, ...] = ()
