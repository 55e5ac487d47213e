"""Warnings about the input: each code on a small dump, where it points, and how it reads."""

from __future__ import annotations

from typing import Dict, Optional

import pytest

import newsparse
from newsparse._lexicon import warnings as lex
from newsparse.diagnostics import render_warning
from newsparse.model import Span, Warning

CLEAN = (
    "Port reopens after storm\n\n"
    "By Ana Ruiz\n\n"
    "The port of Valmora reopened on Monday after a storm shut it for three days, officials said.\n\n"
    "\u201cWe have never closed the port for this long,\u201d harbor master Rui Costa told reporters.\n\n"
    "Freight forwarders said the backlog could take a week to clear, and prices would rise.\n"
)


def _warnings(text: str) -> Dict[str, Warning]:
    return {w.code: w for w in newsparse.parse(text).warnings}


def _at(text: str, w: Warning) -> Optional[str]:
    return None if w.span is None else text[w.span.slice]


def test_a_clean_article_has_no_warnings() -> None:
    assert _warnings(CLEAN) == {}


@pytest.mark.parametrize(
    "code, insert, points_at",
    [
        ("html_markup", "The port <b>reopened</b> on Monday.", "<b>"),
        ("html_markup", "A comment <!-- ad slot --> here.", "<!--"),
        ("html_entities", "Ships &amp; cranes were back.", "&amp;"),
        ("html_entities", "It was the crew&#8217;s first day.", "&#8217;"),
        ("mojibake", "The mayorâ€™s office said so.", "â€™"),
        ("mojibake", "The cafÃ© reopened too.", "Ã©"),
        ("control_characters", "A NUL\x00 sat in the text.", "\x00"),
        ("control_characters", "An escape \x1b[0m code.", "\x1b"),
        ("lone_surrogates", "A surrogate \ud800 too.", "\ud800"),
        ("invisible_characters", "Zero\u200bwidth space.", "\u200b"),
        ("invisible_characters", "A bidi \u202e override.", "\u202e"),
        ("unbalanced_quotes", "\u201cWe will reopen, the mayor said on Monday.", "\u201c"),
        ("unbalanced_quotes", 'Then "we will reopen, the mayor said on Monday.', '"'),
        ("unbalanced_quotes", "The mayor said it was over.\u201d Then she left.", "\u201d"),
        ("truncated_line", "Officials said the port would reop\u2026", "reop\u2026"),
        ("truncated_line", "Officials said the port would reop...", "reop..."),
    ],
)
def test_each_code_points_at_the_text(code: str, insert: str, points_at: str) -> None:
    text = CLEAN + "\n" + insert + "\n"
    found = _warnings(text)
    assert code in found, f"{code} not in {sorted(found)}"
    assert _at(text, found[code]) == points_at
    assert found[code].message.startswith(lex.WARNINGS[code]["message"].split("{")[0][:20])


def test_very_long_line() -> None:
    line = "word " * (lex.VERY_LONG_LINE // 5 + 10)
    text = CLEAN + "\n" + line
    w = _warnings(text)["very_long_line"]
    assert _at(text, w) == line.strip()
    assert f"{lex.VERY_LONG_LINE:,}" in w.message


@pytest.mark.parametrize(
    "text, code",
    [("", "empty_input"), (" \n\t\r\n ", "empty_input"), ("12\n\n|", "no_headline_found"),
     ("Port reopens after storm", "no_body_found")],
)
def test_codes_about_what_was_not_found(text: str, code: str) -> None:
    found = _warnings(text)
    assert code in found
    assert found[code].span is None


def test_one_warning_per_code_with_a_count() -> None:
    text = CLEAN + "\n" + "<p>Ships</p> " * 50 + "\n"
    ws = [w for w in newsparse.parse(text).warnings if w.code == "html_markup"]
    assert len(ws) == 1
    assert ws[0].message.endswith("(100 found)")
    assert _at(text, ws[0]) == "<p>"


@pytest.mark.parametrize(
    "text",
    [
        # a quote over several paragraphs: each reopens, only the last closes
        CLEAN + "\n\u201cFirst paragraph of a long quote.\n\n\u201cSecond one, which ends it,\u201d he said.\n",
        # a German quote, and one hard-wrapped over two lines
        CLEAN + "\n\u201eWir machen weiter\u201c, sagte sie.\n",
        CLEAN + "\n\u201cThis quote is wrapped\nover two lines,\u201d she said.\n",
        # Swedish quotes open and close with the same mark
        CLEAN + "\n\u201dVi \u00f6ppnar igen\u201d, sade hon.\n",
        # a guillemet used as an arrow at the end of a line
        CLEAN + "\nBack to top \u00ab\n",
        # an ellipsis after a space, or a short line
        CLEAN + "\nAnd then, officials said, the port would open again \u2026\n\nRead more\u2026\n",
        # an ampersand that is no entity, and a comparison that is no tag
        CLEAN + "\nAT&T said 3 < 4 and 5 > 2 were true &c.\n",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert _warnings(text) == {}


def test_render_warning_draws_under_the_span() -> None:
    text = "Title\n\nShips &amp; cranes"
    out = render_warning(text, Warning("html_entities", "undecoded", Span(13, 18)))
    assert out.splitlines() == [
        "html_entities: undecoded",
        "  line 3, column 7:",
        "    Ships &amp; cranes",
        "          ~~~~^",
    ]


def test_render_warning_windows_long_lines_and_hides_controls() -> None:
    text = "x" * 500 + "\x00<b>" + "y" * 500
    out = render_warning(text, Warning("html_markup", "tags", Span(501, 504))).splitlines()
    excerpt, marker = out[2], out[3]
    assert len(excerpt) < 120 and excerpt.lstrip().startswith("…") and excerpt.endswith("…")
    assert excerpt.index("<b>") == marker.index("~")
    assert "\ufffd" in excerpt and "\x00" not in excerpt


def test_render_warning_after_crlf_and_cr() -> None:
    text = "a\r\nb\rc <i>"
    out = render_warning(text, Warning("html_markup", "tags", Span(7, 10))).splitlines()
    assert out[1:] == ["  line 3, column 3:", "    c <i>", "      ~~^"]


def test_every_code_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "robustness.md").read_text(encoding="utf-8")
    missing = [code for code in lex.WARNINGS if f"`{code}`" not in doc]
    assert not missing, f"docs/robustness.md does not document {missing}"


def test_diagnostics_handle_runs_of_what_they_look_for() -> None:
    # runs of the characters each check looks for; their time per MB is measured
    # (not asserted) by benchmarks/adversarial.py
    from newsparse import diagnostics
    from newsparse._draft import Draft
    from newsparse.blocks import split

    expected = {"<a ": set(), "&": set(), "Ã": set(), "\u201c": {"unbalanced_quotes"}, "a\u2026": set()}
    for unit, codes in expected.items():
        chunk = unit * (60_000 // len(unit))
        draft = diagnostics.check(split(Draft(text=chunk + "\n" + chunk)))
        found = {w.code for w in draft.article.warnings} - {"very_long_line", "no_headline_found", "no_body_found"}
        assert found == codes, unit
