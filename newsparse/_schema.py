"""The JSON Schema (draft 2020-12) of :func:`~newsparse.to_dict` output.

It mirrors ``serialize.py`` key for key: every object lists all of its keys as
``required`` and forbids others, so a key added to one and not the other fails
the schema tests at once. ``newsparse schema`` prints it.

>>> from newsparse import json_schema, parse, to_dict
>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> sorted(schema["properties"]) == sorted(to_dict(parse("Title\\n\\nBody.")))
True
"""

from __future__ import annotations

from typing import Any, Dict, List

from .model import BLOCK_KINDS, PARAGRAPH_KINDS, QUOTE_KINDS
from .serialize import SCHEMA_VERSION

__all__ = ["ISO_DATE_PATTERN", "RECORD_ERROR_CODES", "json_schema", "record_json_schema"]

JSON = Dict[str, Any]

#: What ``date.isoformat()`` and ``datetime.isoformat()`` print: a calendar
#: date, or a date and time with optional fraction and UTC offset.
ISO_DATE_PATTERN = (
    r"^\d{4}-\d{2}-\d{2}"
    r"(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
    r"([+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?|Z)?)?$"
)

#: The ``error.code`` values of a ``newsparse parse --format jsonl`` record (see docs/cli.md).
RECORD_ERROR_CODES = ("unreadable", "invalid_utf8", "invalid_json", "missing_text", "no_match", "parse_error")

_ID = "https://example.invalid/newsparse/schema/article-{version}.json"
_RECORD_ID = "https://example.invalid/newsparse/schema/record-{version}.json"


def _ref(name: str) -> JSON:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(schema: JSON) -> JSON:
    return {"anyOf": [schema, {"type": "null"}]}


def _str(description: str = "") -> JSON:
    out: JSON = {"type": "string"}
    if description:
        out["description"] = description
    return out


def _opt_str(description: str) -> JSON:
    return {"type": ["string", "null"], "description": description}


def _opt_span(description: str) -> JSON:
    return {"anyOf": [_ref("span"), {"type": "null"}], "description": description}


def _obj(properties: JSON, description: str) -> JSON:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _array(item: JSON, description: str) -> JSON:
    return {"type": "array", "items": item, "description": description}


def _defs() -> JSON:
    speaker = _obj(
        {
            "name": _opt_str("Canonical full name, when the article gives one."),
            "text": _str("The mention as written: a name, a pronoun or a descriptor."),
            "span": _ref("span"),
            "descriptor": _opt_str("A role or description of the speaker."),
        },
        "Who a quote is attributed to, or to whom it was said.",
    )
    return {
        "span": {
            "type": "array",
            "description": "Half-open character range [start, end) into the original input string.",
            "prefixItems": [
                {"type": "integer", "minimum": 0},
                {"type": "integer", "minimum": 0},
            ],
            "minItems": 2,
            "maxItems": 2,
        },
        "field": _obj({"text": _str(), "span": _ref("span")}, "A piece of text and where it stands."),
        "author": _obj(
            {
                "name": _str("The person or desk credited."),
                "role": _opt_str('A role such as "Editing" or "Senior correspondent".'),
                "organization": _opt_str('An organization such as "Reuters".'),
                "span": _ref("span"),
                "role_span": _opt_span("Where the role stands."),
                "organization_span": _opt_span("Where the organization stands."),
            },
            "One person credited in the byline.",
        ),
        "byline": _obj(
            {
                "authors": _array(_ref("author"), "The people credited, in order."),
                "contributors": _array(
                    _ref("author"),
                    'People credited for other work: "Editing by …", "Additional reporting by …".',
                ),
                "bio": _opt_str("An author bio line, when printed near the byline."),
                "bio_span": _opt_span("Where the bio stands."),
                "raw": _str("The byline as printed."),
                "span": _ref("span"),
            },
            "The byline.",
        ),
        "dateline": _obj(
            {
                "location": _opt_str('The place, e.g. "GAZA CITY".'),
                "agency": _opt_str('The agency, e.g. "Reuters".'),
                "raw": _str("The dateline as printed."),
                "span": _ref("span"),
                "location_span": _opt_span("Where the location stands."),
                "agency_span": _opt_span("Where the agency stands."),
            },
            "A wire dateline such as 'WASHINGTON (AP) --'.",
        ),
        "caption": _obj(
            {
                "text": _str("The caption without its credit."),
                "credit": _opt_str("The photo credit."),
                "span": _ref("span"),
                "text_span": _ref("span"),
                "credit_span": _opt_span("Where the credit stands."),
                "alt_text": _opt_str("Image alt text printed beside the caption."),
                "alt_span": _opt_span("Where the alt text stands."),
            },
            "A photo caption; span covers the alt-text line, the caption and any repeat.",
        ),
        "paragraph": _obj(
            {
                "text": _str("The text without bullet glyph or lead label."),
                "kind": {"enum": list(PARAGRAPH_KINDS)},
                "label": _opt_str('A lead label such as "Why it matters".'),
                "span": _ref("span"),
                "text_span": _ref("span"),
                "label_span": _opt_span("Where the label stands."),
            },
            "A body paragraph, list item or subheading.",
        ),
        "speaker": speaker,
        "quote": _obj(
            {
                "text": _str("The words inside the quotation marks."),
                "span": _ref("span"),
                "kind": {"enum": list(QUOTE_KINDS)},
                "speaker": {"anyOf": [_ref("speaker"), {"type": "null"}]},
                "verb": _opt_str('The speech verb, e.g. "said".'),
                "verb_span": _opt_span("Where the verb stands."),
                "addressee": {"anyOf": [_ref("speaker"), {"type": "null"}]},
                "paragraph": {
                    "type": ["integer", "null"],
                    "minimum": 0,
                    "description": "Index into paragraphs of the paragraph holding the quote.",
                },
                "continues": {
                    "type": ["integer", "null"],
                    "minimum": 0,
                    "description": "Index into quotes of the segment this one continues.",
                },
            },
            "One quoted segment.",
        ),
        "warning": _obj(
            {
                "code": _str("A stable machine-readable code."),
                "message": _str("A human explanation."),
                "span": _opt_span("The text concerned, if any."),
            },
            "Something about the input worth knowing.",
        ),
        "block": _obj(
            {"kind": {"enum": list(BLOCK_KINDS)}, "span": _ref("span")},
            "A top-level region of the input and the role it was given.",
        ),
    }


def _header_field(name: str, what: str) -> JSON:
    return {name: _opt_str(what), name + "_span": _opt_span(f"Where the {name.replace('_', ' ')} stands.")}


def _date_field(name: str, what: str) -> JSON:
    return {
        name: {
            "type": ["string", "null"],
            "pattern": ISO_DATE_PATTERN,
            "description": f"{what}: ISO 8601 date, or date-time with offset when the text gives a zone.",
        },
        name + "_raw": _opt_str(f"The {name} date as printed."),
        name + "_span": _opt_span(f"Where the {name} date stands."),
    }


def json_schema() -> JSON:
    """Return the JSON Schema of one :func:`~newsparse.to_dict` result.

    A fresh dictionary each call, so callers may change it freely.
    """
    properties: JSON = {"schema_version": {"const": SCHEMA_VERSION}}
    properties.update(_header_field("kicker", "A short label above the headline."))
    properties.update(_header_field("pull_quote", "A quotation printed above the headline."))
    properties.update(_header_field("headline", "The headline."))
    properties.update(_header_field("deck", "The standfirst or sub-headline."))
    properties.update(_header_field("section", "The section, e.g. 'World'."))
    properties["byline"] = {"anyOf": [_ref("byline"), {"type": "null"}]}
    properties.update(_date_field("published", "When the article was published"))
    properties.update(_date_field("updated", "When the article was last updated"))
    properties["dateline"] = {"anyOf": [_ref("dateline"), {"type": "null"}]}
    lists: List[tuple[str, str, str]] = [
        ("captions", "caption", "Photo captions, in order."),
        ("paragraphs", "paragraph", "Body paragraphs, list items and subheadings, in order."),
        ("notes", "field", "Editor's notes, corrections and update notices."),
        ("related", "field", "Related-link titles such as 'Go deeper: ...'."),
        ("boilerplate", "field", "Text set aside: share bars, menus, newsletter pitches..."),
        ("quotes", "quote", "Quoted segments, in order."),
        ("warnings", "warning", "Things about the input worth knowing."),
        ("blocks", "block", "Top-level regions; together they cover every non-whitespace character."),
    ]
    for key, item, description in lists:
        properties[key] = _array(_ref(item), description)
    schema = _obj(properties, "One news article parsed by newsparse (newsparse.to_dict output).")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _ID.format(version=SCHEMA_VERSION),
        "title": "newsparse Article",
        **schema,
        "$defs": _defs(),
    }


def record_json_schema() -> JSON:
    """Return the JSON Schema of one line of ``newsparse parse --format jsonl``.

    A record names its input (``path``, plus ``line`` and ``id`` for JSON Lines
    input), holds the ``article`` (null when nothing could be parsed) and an
    ``error`` (null when the input was read cleanly).
    """
    article = json_schema()
    defs = article.pop("$defs")
    article.pop("$schema")
    article.pop("$id")
    defs["article"] = article
    defs["error"] = _obj(
        {
            "code": {"enum": list(RECORD_ERROR_CODES)},
            "message": _str("What went wrong, naming the input."),
        },
        "Why the record failed.",
    )
    properties: JSON = {
        "id": {
            "description": "The --id-field value of a JSON Lines record, copied as it is (a string, a number...), "
            "else null."
        },
        "path": _str("The file the input came from ('-' for standard input)."),
        "line": {
            "type": ["integer", "null"],
            "minimum": 1,
            "description": "1-based line of a JSON Lines record.",
        },
        "error": {"anyOf": [_ref("error"), {"type": "null"}]},
        "article": {"anyOf": [_ref("article"), {"type": "null"}]},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _RECORD_ID.format(version=SCHEMA_VERSION),
        "title": "newsparse parse --format jsonl record",
        **_obj(properties, "One input and its outcome."),
        "$defs": defs,
    }
