"""Turn an :class:`~newsparse.model.Article` into JSON-ready data and back.

The layout of the dictionary is the public JSON contract documented in
``docs/model.md``. Key order is fixed, so ``json.dumps`` output is stable.

>>> from newsparse import parse, to_dict, from_dict
>>> article = parse("Storm shuts port\\n\\nBy Ana Ruiz\\n\\nThe port closed on Monday.")
>>> d = to_dict(article)
>>> d["headline"], d["byline"]["authors"][0]["name"], d["byline"]["authors"][0]["span"]
('Storm shuts port', 'Ana Ruiz', [21, 29])
>>> from_dict(d) == article
True
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .model import (
    Article,
    Author,
    Block,
    Byline,
    Caption,
    DateInfo,
    Dateline,
    Field,
    Paragraph,
    Quote,
    Span,
    Speaker,
    Warning,
)

__all__ = ["SCHEMA_VERSION", "from_dict", "to_dict"]

#: Bumped whenever a key is added, renamed or changes meaning.
SCHEMA_VERSION = "1.0"

JSON = Dict[str, Any]


def _span(s: Optional[Span]) -> Optional[List[int]]:
    return None if s is None else [s.start, s.end]


def _field_list(xs: Sequence[Field]) -> List[Dict[str, Any]]:
    """``[{text, span}]`` of a list of fields, the spans written in place (one call a list)."""
    return [{"text": x.text, "span": [s.start, s.end]} for x in xs for s in [x.span]]


def _field_text(f: Optional[Field]) -> Optional[str]:
    return None if f is None else f.text


def _speaker(s: Optional[Speaker]) -> Optional[JSON]:
    if s is None:
        return None
    return {"name": s.name, "text": s.text, "span": _span(s.span), "descriptor": s.descriptor}


def _author(x: Author) -> JSON:
    return {
        "name": x.name,
        "role": x.role,
        "organization": x.organization,
        "span": _span(x.span),
        "role_span": _span(x.role_span),
        "organization_span": _span(x.organization_span),
    }


def _iso(d: Optional[DateInfo]) -> Optional[str]:
    return None if d is None else d.value.isoformat()


def to_dict(article: Article) -> JSON:
    """Return the JSON-ready dictionary for *article* (the public contract)."""
    if not isinstance(article, Article):
        raise TypeError(f"to_dict() expects a newsparse Article, not {type(article).__name__}")
    a = article
    byline: Optional[JSON] = None
    if a.byline is not None:
        b = a.byline
        byline = {
            "authors": [_author(x) for x in b.authors],
            "contributors": [_author(x) for x in b.contributors],
            "bio": _field_text(b.bio),
            "bio_span": _span(b.bio.span) if b.bio else None,
            "raw": b.raw,
            "span": _span(b.span),
        }
    dateline: Optional[JSON] = None
    if a.dateline is not None:
        d = a.dateline
        dateline = {
            "location": d.location,
            "agency": d.agency,
            "raw": d.raw,
            "span": _span(d.span),
            "location_span": _span(d.location_span),
            "agency_span": _span(d.agency_span),
        }
    # The lists below hold most of the values (a block and a boilerplate line for every
    # line of a page), so their spans are written out in place rather than through _span.
    out: JSON = {
        "schema_version": SCHEMA_VERSION,
        "kicker": _field_text(a.kicker),
        "kicker_span": _span(a.kicker.span) if a.kicker else None,
        "pull_quote": _field_text(a.pull_quote),
        "pull_quote_span": _span(a.pull_quote.span) if a.pull_quote else None,
        "headline": _field_text(a.headline),
        "headline_span": _span(a.headline.span) if a.headline else None,
        "deck": _field_text(a.deck),
        "deck_span": _span(a.deck.span) if a.deck else None,
        "section": _field_text(a.section),
        "section_span": _span(a.section.span) if a.section else None,
        "byline": byline,
        "published": _iso(a.published),
        "published_raw": a.published.raw if a.published else None,
        "published_span": _span(a.published.span) if a.published else None,
        "updated": _iso(a.updated),
        "updated_raw": a.updated.raw if a.updated else None,
        "updated_span": _span(a.updated.span) if a.updated else None,
        "dateline": dateline,
        "captions": [
            {
                "text": c.text,
                "credit": c.credit,
                "span": _span(c.span),
                "text_span": _span(c.text_span),
                "credit_span": _span(c.credit_span),
                "alt_text": c.alt_text,
                "alt_span": _span(c.alt_span),
            }
            for c in a.captions
        ],
        "paragraphs": [
            {
                "text": p.text,
                "kind": p.kind,
                "label": p.label,
                "span": [s.start, s.end],
                "text_span": [t.start, t.end],
                "label_span": _span(p.label_span),
            }
            for p in a.paragraphs
            for s, t in [(p.span, p.text_span)]
        ],
        "notes": _field_list(a.notes),
        "related": _field_list(a.related),
        "boilerplate": _field_list(a.boilerplate),
        "quotes": [
            {
                "text": q.text,
                "span": _span(q.span),
                "kind": q.kind,
                "speaker": _speaker(q.speaker),
                "verb": q.verb,
                "verb_span": _span(q.verb_span),
                "addressee": _speaker(q.addressee),
                "paragraph": q.paragraph,
                "continues": q.continues,
            }
            for q in a.quotes
        ],
        "warnings": [{"code": w.code, "message": w.message, "span": _span(w.span)} for w in a.warnings],
        "blocks": [{"kind": b.kind, "span": [s.start, s.end]} for b in a.blocks for s in [b.span]],
    }
    return out


# --------------------------------------------------------------- from_dict --
def _to_span(v: Any) -> Optional[Span]:
    if v is None:
        return None
    if not isinstance(v, Sequence) or len(v) != 2:
        raise ValueError(f"a span is [start, end], not {v!r}")
    return Span(int(v[0]), int(v[1]))


def _req_span(v: Any) -> Span:
    s = _to_span(v)
    if s is None:
        raise ValueError("a required span is null")
    return s


def _opt_field(d: Mapping[str, Any], key: str) -> Optional[Field]:
    text = d.get(key)
    if text is None:
        return None
    return Field(text, _req_span(d.get(key + "_span")))


def _parse_iso(value: str) -> Union[_dt.datetime, _dt.date]:
    if "T" in value or len(value) > 10:
        return _dt.datetime.fromisoformat(value)
    return _dt.date.fromisoformat(value)


def _opt_date(d: Mapping[str, Any], key: str) -> Optional[DateInfo]:
    value = d.get(key)
    if value is None:
        return None
    return DateInfo(_parse_iso(value), d.get(key + "_raw") or "", _req_span(d.get(key + "_span")))


def _opt_speaker(d: Optional[Mapping[str, Any]]) -> Optional[Speaker]:
    if d is None:
        return None
    return Speaker(text=d["text"], span=_req_span(d["span"]), name=d.get("name"), descriptor=d.get("descriptor"))


def _fields(items: Sequence[Mapping[str, Any]]) -> Tuple[Field, ...]:
    return tuple(Field(x["text"], _req_span(x["span"])) for x in items)


def _from_author(x: Mapping[str, Any]) -> Author:
    return Author(
        name=x["name"],
        span=_req_span(x["span"]),
        role=x.get("role"),
        role_span=_to_span(x.get("role_span")),
        organization=x.get("organization"),
        organization_span=_to_span(x.get("organization_span")),
    )


def from_dict(d: Mapping[str, Any]) -> Article:
    """Rebuild the :class:`Article` that :func:`to_dict` produced.

    ``from_dict(to_dict(a)) == a`` for every article ``a``.
    """
    if not isinstance(d, Mapping):
        raise TypeError(f"from_dict() expects a mapping, not {type(d).__name__}")
    byline = None
    if d.get("byline") is not None:
        b = d["byline"]
        bio = Field(b["bio"], _req_span(b.get("bio_span"))) if b.get("bio") is not None else None
        byline = Byline(
            authors=tuple(_from_author(x) for x in b.get("authors", ())),
            raw=b.get("raw") or "",
            span=_req_span(b["span"]),
            bio=bio,
            contributors=tuple(_from_author(x) for x in b.get("contributors", ())),
        )
    dateline = None
    if d.get("dateline") is not None:
        x = d["dateline"]
        dateline = Dateline(
            location=x.get("location"),
            agency=x.get("agency"),
            raw=x.get("raw") or "",
            span=_req_span(x["span"]),
            location_span=_to_span(x.get("location_span")),
            agency_span=_to_span(x.get("agency_span")),
        )
    return Article(
        kicker=_opt_field(d, "kicker"),
        pull_quote=_opt_field(d, "pull_quote"),
        headline=_opt_field(d, "headline"),
        deck=_opt_field(d, "deck"),
        section=_opt_field(d, "section"),
        byline=byline,
        published=_opt_date(d, "published"),
        updated=_opt_date(d, "updated"),
        dateline=dateline,
        captions=tuple(
            Caption(
                text=c["text"],
                span=_req_span(c["span"]),
                text_span=_req_span(c.get("text_span") or c["span"]),
                credit=c.get("credit"),
                credit_span=_to_span(c.get("credit_span")),
                alt_text=c.get("alt_text"),
                alt_span=_to_span(c.get("alt_span")),
            )
            for c in d.get("captions", ())
        ),
        paragraphs=tuple(
            Paragraph(
                text=p["text"],
                kind=p["kind"],
                span=_req_span(p["span"]),
                text_span=_req_span(p.get("text_span") or p["span"]),
                label=p.get("label"),
                label_span=_to_span(p.get("label_span")),
            )
            for p in d.get("paragraphs", ())
        ),
        notes=_fields(d.get("notes", ())),
        related=_fields(d.get("related", ())),
        boilerplate=_fields(d.get("boilerplate", ())),
        quotes=tuple(
            Quote(
                text=q["text"],
                span=_req_span(q["span"]),
                kind=q["kind"],
                speaker=_opt_speaker(q.get("speaker")),
                verb=q.get("verb"),
                verb_span=_to_span(q.get("verb_span")),
                addressee=_opt_speaker(q.get("addressee")),
                paragraph=q.get("paragraph"),
                continues=q.get("continues"),
            )
            for q in d.get("quotes", ())
        ),
        warnings=tuple(
            Warning(code=w["code"], message=w["message"], span=_to_span(w.get("span"))) for w in d.get("warnings", ())
        ),
        blocks=tuple(Block(kind=b["kind"], span=_req_span(b["span"])) for b in d.get("blocks", ())),
    )
