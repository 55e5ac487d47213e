"""MkDocs hook: fill ``<!-- newsparse:... -->`` markers by running newsparse.

Markers (each alone on a line):

* ``<!-- newsparse:text PATH -->``: the file, in a fenced block;
* ``<!-- newsparse:json PATH -->``: ``to_dict(parse(file))``, pretty-printed;
* ``<!-- newsparse:blocks PATH -->``: a table of the top-level blocks and their spans;
* ``<!-- newsparse:help ARGS -->``: the output of ``newsparse ARGS --help``;
* ``<!-- newsparse:schema -->``: the JSON Schema of an article.

PATH is relative to the repository root. A marker may be indented (inside an
admonition); its output is indented the same.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import newsparse
from newsparse.cli import main

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^([ \t]*)<!-- newsparse:(\w+)\s*(.*?)\s*-->$", re.M)


def _fence(lang: str, body: str) -> str:
    return f"```{lang}\n{body.rstrip()}\n```"


def _excerpt(text: str, width: int = 60) -> str:
    flat = " ".join(text.split()).replace("|", "\\|").replace("`", "'")
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _render(kind: str, arg: str) -> str:
    if kind == "schema":
        return _fence("json", json.dumps(newsparse.json_schema(), indent=2, ensure_ascii=False))
    if kind == "help":
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main([*arg.split(), "--help"])
        return _fence("text", out.getvalue())
    text = (ROOT / arg).read_text(encoding="utf-8")
    if kind == "text":
        return _fence("text", text)
    article = newsparse.parse(text)
    if kind == "json":
        return _fence("json", json.dumps(newsparse.to_dict(article), indent=2, ensure_ascii=False))
    if kind == "blocks":
        rows = ["| kind | span | text[start:end] |", "| --- | --- | --- |"]
        for b in article.blocks:
            rows.append(f"| {b.kind} | [{b.span.start}, {b.span.end}] | {_excerpt(text[b.span.slice])} |")
        return "\n".join(rows)
    raise ValueError(f"unknown newsparse marker {kind!r}")


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    def fill(m: re.Match[str]) -> str:
        indent = m.group(1)
        return "\n".join(
            indent + line if line else line for line in _render(m.group(2), m.group(3)).split("\n")
        )

    return MARKER.sub(fill, markdown)
