"""Warning codes and their messages, for :mod:`newsparse.diagnostics`.

Sources: the kinds of damage seen in scraped text dumps (HTML left in by a
careless extractor, UTF-8 read as Windows-1252, text cut off by a character
limit, control characters from binary junk), named after the checks that
Python's ``html`` module and ftfy's ``badness`` heuristics make, and the
project's own layout stages (no headline, no body). ``docs/robustness.md``
documents every code.

A message may hold ``{limit}``, the threshold its check uses. The warning's
span points at the first place found; when there are more, the stage adds how
many, as in ``"… (12 found)"``.
"""

from typing import Dict, TypedDict


class WarningText(TypedDict):
    """What a warning says (a template) and what the parser did about it."""

    message: str
    #: one line for the documentation: what triggers the code
    trigger: str


#: Lines longer than this many characters are reported as ``very_long_line``.
VERY_LONG_LINE = 10_000

#: Only this many non-blank lines are split out and analysed; the text past
#: them is kept as one boilerplate block and reported as ``too_many_lines``.
#: The longest page in the development corpora has about 1,100 non-blank
#: lines (a whole page with its menus); a live blog rarely passes 3,000.
MAX_LINES = 10_000

#: A line of at least this many words that ends in a word cut short by an
#: ellipsis ("… would reop…") is reported as ``truncated_line``.
TRUNCATED_MIN_WORDS = 5

#: Code -> what it says. Order is the order of the documentation.
WARNINGS: Dict[str, WarningText] = {
    "empty_input": {
        "message": "the input holds no text, only whitespace or nothing at all",
        "trigger": "the input is empty or whitespace only",
    },
    "no_headline_found": {
        "message": "no headline was found: no line near the top looked like one",
        "trigger": "the input has text but no line was taken as the headline",
    },
    "no_body_found": {
        "message": "no body was found: the text has no run of sentences to take as paragraphs",
        "trigger": "the input has text but no paragraph, list item or subheading",
    },
    "html_markup": {
        "message": "HTML tags are left in the text; they were parsed as plain text",
        "trigger": "a tag such as `<p>`, `</div>`, `<br/>`, `<a href=…>`, or an HTML comment `<!--`",
    },
    "html_entities": {
        "message": "HTML character references such as &amp; or &#8217; are left undecoded; kept as written",
        "trigger": "a named or numeric character reference: `&amp;`, `&nbsp;`, `&#8217;`, `&#x2014;`",
    },
    "mojibake": {
        "message": "UTF-8 text seems to have been decoded as Windows-1252 (â€™ for ’, Ã© for é); "
        "re-decode the source, or repair it with ftfy",
        "trigger": "a sequence such as `â€™`, `â€œ`, `Ã©`, `Ã¼`, `Â` before a symbol, or `ï»¿`: what "
        "UTF-8 becomes when it is read as Windows-1252 or Latin-1",
    },
    "unbalanced_quotes": {
        "message": "a quotation mark has no partner; a quote near here may be cut short or run on",
        "trigger": "an opening mark (`“`, `„`, `«`, or an odd `\"`) still open at the end of a paragraph "
        "that the next paragraph does not reopen, or a closing `”` with nothing open",
    },
    "truncated_line": {
        "message": "a line ends in a word cut short by an ellipsis, as if it was truncated",
        "trigger": "a line of at least 5 words whose last word runs straight into `…` or `...`, "
        "as in `officials said the port would reop…`",
    },
    "control_characters": {
        "message": "control characters (such as NUL or ESC) are in the text; kept as written",
        "trigger": "a C0 or C1 control character other than tab and the line breaks",
    },
    "lone_surrogates": {
        "message": "lone surrogate code points are in the text; it cannot be encoded as UTF-8 without "
        "errors='surrogatepass' or errors='replace'",
        "trigger": "a code point from U+D800 to U+DFFF, as left by `surrogateescape` decoding or broken JSON",
    },
    "invisible_characters": {
        "message": "invisible characters (zero-width spaces, bidi controls or a byte order mark) are in "
        "the text",
        "trigger": "U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, or U+FEFF anywhere",
    },
    "too_many_lines": {
        "message": "the input has more than {max_lines:,} non-blank lines; the text past them was not "
        "analysed and is kept as one boilerplate block",
        "trigger": "more than {max_lines:,} non-blank lines, far more than any news page has; "
        "the warning's span is the text that was not analysed",
    },
    "very_long_line": {
        "message": "a line is longer than {limit:,} characters; the text may have lost its line breaks",
        "trigger": "a line longer than {limit:,} characters",
    },
}
