"""newsparse: raw scraped news text in, a typed Article with spans out.

>>> import newsparse
>>> article = newsparse.parse("Port reopens\\n\\nBy Ana Ruiz\\n\\nThe port reopened on Monday.")
>>> article.headline.text, article.byline.authors[0].name
('Port reopens', 'Ana Ruiz')
"""

from ._schema import json_schema
from ._version import __version__
from .batch import parse_many
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
from .pipeline import STAGES, parse
from .serialize import from_dict, to_dict

__all__ = [
    "STAGES",
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
    "__version__",
    "from_dict",
    "json_schema",
    "parse",
    "parse_many",
    "to_dict",
]
