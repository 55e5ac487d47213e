"""Load the golden fixtures under ``fixtures/`` and compare a parse with them.

``fixtures/README.md`` documents the layout and the schema; this module is its
executable form. It is shared by ``test_fixtures.py`` and ``test_seeds.py``
and holds no expectations of its own.

Every check returns a list of human-readable problems (empty when all is
well), so a failing test reports every mismatch of a case at once:

>>> check_expect({"headline": "Port reopens"}, {"headline": "Port shuts"})
["headline: expected 'Port reopens', got 'Port shuts'"]
>>> check_invariants("ab", {"blocks": [{"kind": "headline", "span": [0, 2]}], "headline": "ab",
...                          "headline_span": [0, 2]})
[]
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import os
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from newsparse.model import BLOCK_KINDS, PARAGRAPH_KINDS, QUOTE_KINDS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
#: the shared data beside the repository; ``NEWSPARSE_SHARED`` names it elsewhere (CI sets it)
SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or ROOT.parent / "shared")
SEEDS = SHARED / "seeds"

#: Fixture folder -> the ``provenance`` its cases must declare, in load order.
PROVENANCE: Dict[str, str] = {
    "synthetic": "synthetic",
    "negative": "negative",
    "known-failures": "known-failure",
    "regressions": "regression",
}

#: Top-level keys of ``NAME.json``: key -> (type, required).
TOP_KEYS: Dict[str, Tuple[type, bool]] = {
    "description": (str, True),
    "style": (str, True),
    "provenance": (str, True),
    "expect": (dict, True),
    "reference_date": (str, False),
    "known_failure": (str, False),
}

#: ``expect`` keys compared with ``==`` against ``d[key]`` (a string or null).
SCALAR_KEYS: Tuple[str, ...] = ("kicker", "pull_quote", "headline", "deck", "section", "published", "updated")
#: ``expect`` keys holding a list of strings.
STRING_LIST_KEYS: Tuple[str, ...] = (
    "authors",
    "contributors",
    "paragraph_texts",
    "notes",
    "related",
    "boilerplate_contains",
    "warnings",
)
#: ``expect`` keys holding a list of objects, with the sub-keys each object may give.
OBJECT_LIST_KEYS: Dict[str, Tuple[str, ...]] = {
    "authors_full": ("name", "role", "organization"),
    "captions": ("text", "credit", "alt_text"),
    "paragraphs": ("text", "kind", "label"),
    "quotes": ("text", "kind", "verb", "speaker", "speaker_text", "addressee", "continues"),
}
DATELINE_KEYS: Tuple[str, ...] = ("location", "agency")
EXPECT_KEYS: Tuple[str, ...] = (
    SCALAR_KEYS + STRING_LIST_KEYS + tuple(OBJECT_LIST_KEYS) + ("bio", "dateline", "paragraph_count")
)


class Case(NamedTuple):
    """One fixture: ``fixtures/<folder>/<name>.txt`` and its ``.json``."""

    folder: str
    name: str
    txt_path: Path
    json_path: Path

    @property
    def id(self) -> str:
        """The readable test id, e.g. ``synthetic/wire_gaza_reuters``."""
        return f"{self.folder}/{self.name}"

    @property
    def text(self) -> str:
        """The dump, byte-exact: CRLF and lone CR are kept (no newline translation)."""
        return read_dump(self.txt_path)

    @property
    def spec(self) -> Dict[str, Any]:
        with self.json_path.open(encoding="utf-8") as fh:
            data: Dict[str, Any] = json.load(fh)
        return data

    @property
    def reference_date(self) -> Optional[dt.date]:
        value = self.spec.get("reference_date")
        return None if value is None else dt.date.fromisoformat(value)

    @property
    def xfail_reason(self) -> Optional[str]:
        """Why the case is expected to fail, or None when it must pass."""
        if not self.json_path.is_file():
            return None
        spec = self.spec
        if "known_failure" in spec:
            return str(spec["known_failure"])
        if self.folder == "known-failures":
            return str(spec.get("description", "listed under fixtures/known-failures"))
        return None


def read_dump(path: Path) -> str:
    """Read a dump exactly as stored (``Path.read_text`` would turn CRLF into LF)."""
    return path.read_bytes().decode("utf-8")


def discover(root: Path = FIXTURES) -> List[Case]:
    """Every case under *root*, folder by folder in :data:`PROVENANCE` order, then by name.

    A ``.txt`` without its ``.json`` (or the reverse) is still returned, so that
    :func:`validate` can report it instead of the case silently vanishing.
    Other files (README.md, .gitkeep) are ignored. Missing folders are skipped.
    """
    cases: List[Case] = []
    for folder in PROVENANCE:
        d = root / folder
        if not d.is_dir():
            continue
        stems = sorted({p.stem for p in d.iterdir() if p.suffix in (".txt", ".json") and p.is_file()})
        cases.extend(Case(folder, s, d / f"{s}.txt", d / f"{s}.json") for s in stems)
    return cases


# ------------------------------------------------------------------ schema --
def validate(case: Case) -> List[str]:
    """Problems with the fixture files themselves (not with the parser)."""
    if not case.txt_path.is_file():
        return [f"{case.txt_path.name} is missing (every NAME.json needs its NAME.txt)"]
    if not case.json_path.is_file():
        return [f"{case.json_path.name} is missing (every NAME.txt needs its NAME.json)"]
    try:
        text = case.text
    except UnicodeDecodeError as exc:
        return [f"{case.txt_path.name} is not UTF-8: {exc}"]
    try:
        spec = case.spec
    except ValueError as exc:
        return [f"{case.json_path.name} is not valid JSON: {exc}"]
    if not isinstance(spec, dict):
        return ["the JSON file must hold an object"]
    problems: List[str] = []
    for key, (typ, required) in TOP_KEYS.items():
        if key not in spec:
            if required:
                problems.append(f"missing top-level key {key!r}")
        elif not isinstance(spec[key], typ):
            problems.append(f"{key!r} must be a {typ.__name__}, not {type(spec[key]).__name__}")
    problems += [f"unknown top-level key {k!r}" for k in spec if k not in TOP_KEYS]
    want = PROVENANCE[case.folder]
    if spec.get("provenance") != want:
        problems.append(
            f"provenance is {spec.get('provenance')!r} but files in {case.folder}/ must say {want!r}"
        )
    if isinstance(spec.get("reference_date"), str):
        try:
            dt.date.fromisoformat(spec["reference_date"])
        except ValueError:
            problems.append(f"reference_date {spec['reference_date']!r} is not YYYY-MM-DD")
    expect = spec.get("expect")
    if isinstance(expect, dict):
        problems += _validate_expect(expect, text)
    return problems


def _validate_expect(expect: Mapping[str, Any], text: str) -> List[str]:
    problems: List[str] = [f"unknown expect key {k!r}" for k in expect if k not in EXPECT_KEYS]
    body_keys = [k for k in ("paragraphs", "paragraph_texts", "paragraph_count") if k in expect]
    if len(body_keys) > 1:
        problems.append(f"give only one of {body_keys}")
    for key in (*SCALAR_KEYS, "bio"):
        if key in expect and not (expect[key] is None or isinstance(expect[key], str)):
            problems.append(f"expect[{key!r}] must be a string or null")
    for key in ("published", "updated"):
        value = expect.get(key)
        if isinstance(value, str):
            try:
                (dt.datetime if "T" in value else dt.date).fromisoformat(value)
            except ValueError:
                problems.append(f"expect[{key!r}] = {value!r} is not an ISO 8601 date or datetime")
    for key in STRING_LIST_KEYS:
        if key in expect and not (
            isinstance(expect[key], list) and all(isinstance(x, str) for x in expect[key])
        ):
            problems.append(f"expect[{key!r}] must be a list of strings")
    for key, allowed in OBJECT_LIST_KEYS.items():
        if key not in expect:
            continue
        items = expect[key]
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            problems.append(f"expect[{key!r}] must be a list of objects")
            continue
        for i, item in enumerate(items):
            problems += [f"expect[{key!r}][{i}]: unknown key {k!r}" for k in item if k not in allowed]
        if key == "paragraphs":
            kinds = {x.get("kind") for x in items if "kind" in x}
            problems += [
                f"paragraph kind {k!r} is not one of {PARAGRAPH_KINDS}" for k in kinds - set(PARAGRAPH_KINDS)
            ]
        if key == "quotes":
            kinds = {x.get("kind") for x in items if "kind" in x}
            problems += [f"quote kind {k!r} is not one of {QUOTE_KINDS}" for k in kinds - set(QUOTE_KINDS)]
    if "dateline" in expect and expect["dateline"] is not None:
        if not isinstance(expect["dateline"], dict):
            problems.append("expect['dateline'] must be an object or null")
        else:
            problems += [
                f"expect['dateline']: unknown key {k!r}" for k in expect["dateline"] if k not in DATELINE_KEYS
            ]
    if "paragraph_count" in expect and not isinstance(expect["paragraph_count"], int):
        problems.append("expect['paragraph_count'] must be an integer")
    # Every text the parser is to find is an exact slice of the dump.
    for where, s in _expected_slices(expect):
        if s not in text:
            problems.append(f"{where} = {_short(s)} is not a substring of the dump")
    return problems


def _expected_slices(expect: Mapping[str, Any]) -> Iterator[Tuple[str, str]]:
    """``(where, text)`` for each expected string that must occur verbatim in the dump."""
    for key in ("kicker", "pull_quote", "headline", "deck", "section", "bio"):
        if isinstance(expect.get(key), str):
            yield key, expect[key]
    for key in ("authors", "contributors", "paragraph_texts", "notes", "related", "boilerplate_contains"):
        for i, s in enumerate(expect.get(key) or ()):
            if isinstance(s, str):
                yield f"{key}[{i}]", s
    for key, subkeys in (
        ("authors_full", ("name",)),
        ("captions", ("text", "credit", "alt_text")),
        ("paragraphs", ("text", "label")),
        ("quotes", ("text", "speaker_text")),
    ):
        for i, item in enumerate(expect.get(key) or ()):
            for sub in subkeys:
                if isinstance(item, dict) and isinstance(item.get(sub), str):
                    yield f"{key}[{i}].{sub}", item[sub]
    dateline = expect.get("dateline")
    if isinstance(dateline, dict):
        for sub in DATELINE_KEYS:
            if isinstance(dateline.get(sub), str):
                yield f"dateline.{sub}", dateline[sub]


# ------------------------------------------------------------- expectations --
def _short(value: Any, limit: int = 90) -> str:
    r = repr(value)
    return r if len(r) <= limit else r[: limit - 5] + "…" + r[-4:]


def _list_problems(name: str, expected: Sequence[Any], actual: Sequence[Any]) -> List[str]:
    """Compare two lists; report the lengths, then what is missing, surplus or different.

    The lists are aligned first (as ``difflib`` aligns lines), so one surplus
    paragraph is reported once instead of shifting every later position.

    >>> print("\\n".join(_list_problems("authors", ["Ana Ruiz", "Li Wei"], ["Ana Ruiz", "Kent", "Li Wei"])))
    authors: expected 2 item(s), got 3
      authors: surplus item at got[1]: 'Kent'
    """
    expected, actual = list(expected), list(actual)
    if expected == actual:
        return []
    out: List[str] = []
    if len(expected) != len(actual):
        out.append(f"{name}: expected {len(expected)} item(s), got {len(actual)}")
    key = functools.partial(json.dumps, sort_keys=True, default=str)
    matcher = difflib.SequenceMatcher(
        None, [key(x) for x in expected], [key(x) for x in actual], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(pairs):
            i, e, a = i1 + k, expected[i1 + k], actual[j1 + k]
            if isinstance(e, dict) and isinstance(a, dict):
                out += [
                    f"  {name}[{i}].{f}: expected {_short(e.get(f))}, got {_short(a.get(f))}"
                    for f in e
                    if e.get(f) != a.get(f)
                ]
            else:
                out.append(f"  {name}[{i}]: expected {_short(e)}, got {_short(a)}")
        out += [f"  {name}: missing item {name}[{i}]: {_short(expected[i])}" for i in range(i1 + pairs, i2)]
        out += [f"  {name}: surplus item at got[{j}]: {_short(actual[j])}" for j in range(j1 + pairs, j2)]
    return out


def _project(
    items: Iterable[Mapping[str, Any]], expected: Sequence[Mapping[str, Any]]
) -> List[Dict[str, Any]]:
    """Keep, for item *i*, only the keys that expected item *i* gives.

    Surplus items keep the keys of the last expected item (or all of theirs),
    so that a report shows them in the same shape.
    """
    out = []
    for i, item in enumerate(items):
        if i < len(expected):
            keys: Sequence[str] = tuple(expected[i])
        else:
            keys = tuple(expected[-1]) if expected else tuple(k for k in item if not k.endswith("span"))
        out.append({k: item.get(k) for k in keys})
    return out


def _authors(d: Mapping[str, Any]) -> List[Dict[str, Any]]:
    byline = d.get("byline")
    return list(byline.get("authors") or ()) if isinstance(byline, dict) else []


def _quote_view(q: Mapping[str, Any]) -> Dict[str, Any]:
    speaker = q.get("speaker")
    addressee = q.get("addressee")
    return {
        "text": q.get("text"),
        "kind": q.get("kind"),
        "verb": q.get("verb"),
        # null when there is no speaker; otherwise its canonical name (itself maybe null)
        "speaker": None if speaker is None else speaker.get("name"),
        "speaker_text": None if speaker is None else speaker.get("text"),
        "addressee": None if addressee is None else addressee.get("name"),
        "continues": q.get("continues"),
    }


def check_expect(expect: Mapping[str, Any], d: Mapping[str, Any]) -> List[str]:
    """Compare the partial expectation *expect* with ``d = newsparse.to_dict(article)``."""
    problems: List[str] = []
    for key in SCALAR_KEYS:
        if key in expect and d.get(key) != expect[key]:
            problems.append(f"{key}: expected {_short(expect[key])}, got {_short(d.get(key))}")
    if "authors" in expect:
        problems += _list_problems("authors", expect["authors"], [a.get("name") for a in _authors(d)])
    if "contributors" in expect:
        byline = d.get("byline")
        got = [a.get("name") for a in (byline.get("contributors") or ())] if isinstance(byline, dict) else []
        problems += _list_problems("contributors", expect["contributors"], got)
    if "authors_full" in expect:
        exp = expect["authors_full"]
        problems += _list_problems("authors_full", exp, _project(_authors(d), exp))
    if "bio" in expect:
        byline = d.get("byline")
        bio = byline.get("bio") if isinstance(byline, dict) else None
        if bio != expect["bio"]:
            problems.append(f"bio: expected {_short(expect['bio'])}, got {_short(bio)}")
    if "dateline" in expect:
        exp, act = expect["dateline"], d.get("dateline")
        if exp is None or act is None:
            if exp != act:
                problems.append(f"dateline: expected {_short(exp)}, got {_short(act)}")
        else:
            view = {k: act.get(k) for k in exp}
            if view != exp:
                problems.append(f"dateline: expected {_short(exp)}, got {_short(view)}")
    for key in ("captions", "paragraphs"):
        if key in expect:
            exp = expect[key]
            problems += _list_problems(key, exp, _project(d.get(key) or (), exp))
    if "paragraph_texts" in expect:
        problems += _list_problems(
            "paragraph_texts", expect["paragraph_texts"], [p.get("text") for p in d.get("paragraphs") or ()]
        )
    if "paragraph_count" in expect:
        n = len(d.get("paragraphs") or ())
        if n != expect["paragraph_count"]:
            problems.append(f"paragraph_count: expected {expect['paragraph_count']}, got {n}")
    for key in ("notes", "related"):
        if key in expect:
            problems += _list_problems(key, expect[key], [x.get("text") for x in d.get(key) or ()])
    if "boilerplate_contains" in expect:
        have = {x.get("text") for x in d.get("boilerplate") or ()}
        problems += [
            f"boilerplate: no entry equal to {_short(s)}"
            for s in expect["boilerplate_contains"]
            if s not in have
        ]
    if "quotes" in expect:
        exp = expect["quotes"]
        views = [_quote_view(q) for q in d.get("quotes") or ()]
        problems += _list_problems("quotes", exp, _project(views, exp))
    if "warnings" in expect:
        codes = {w.get("code") for w in d.get("warnings") or ()}
        problems += [
            f"warnings: no warning with code {c!r} (got {sorted(map(str, codes))})"
            for c in expect["warnings"]
            if c not in codes
        ]
    return problems


# --------------------------------------------------------------- invariants --
def _walk_spans(node: Any, path: str = "") -> Iterator[Tuple[str, Any]]:
    """Every value stored under a key named ``span`` or ``*_span``, with its path."""
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}" if path else k
            if (k == "span" or k.endswith("_span")) and v is not None:
                yield p, v
            else:
                yield from _walk_spans(v, p)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk_spans(v, f"{path}[{i}]")


def _text_span_pairs(d: Mapping[str, Any]) -> Iterator[Tuple[str, Any, Any]]:
    """``(where, text, span)`` for every value that must equal the input at its span."""
    for key in ("kicker", "pull_quote", "headline", "deck", "section"):
        yield key, d.get(key), d.get(key + "_span")
    for key in ("published", "updated"):
        if d.get(key) is not None:
            yield key + "_raw", d.get(key + "_raw"), d.get(key + "_span")
    byline = d.get("byline")
    if isinstance(byline, dict):
        yield "byline.raw", byline.get("raw"), byline.get("span")
        yield "byline.bio", byline.get("bio"), byline.get("bio_span")
        for key in ("authors", "contributors"):
            for i, a in enumerate(byline.get(key) or ()):
                yield f"byline.{key}[{i}].name", a.get("name"), a.get("span")
                yield f"byline.{key}[{i}].organization", a.get("organization"), a.get("organization_span")
    dateline = d.get("dateline")
    if isinstance(dateline, dict):
        yield "dateline.raw", dateline.get("raw"), dateline.get("span")
        yield "dateline.location", dateline.get("location"), dateline.get("location_span")
        yield "dateline.agency", dateline.get("agency"), dateline.get("agency_span")
    for i, c in enumerate(d.get("captions") or ()):
        yield f"captions[{i}].text", c.get("text"), c.get("text_span")
        yield f"captions[{i}].credit", c.get("credit"), c.get("credit_span")
        yield f"captions[{i}].alt_text", c.get("alt_text"), c.get("alt_span")
    for i, p in enumerate(d.get("paragraphs") or ()):
        yield f"paragraphs[{i}].text", p.get("text"), p.get("text_span")
        yield f"paragraphs[{i}].label", p.get("label"), p.get("label_span")
    for key in ("notes", "related", "boilerplate"):
        for i, f in enumerate(d.get(key) or ()):
            yield f"{key}[{i}]", f.get("text"), f.get("span")
    for i, q in enumerate(d.get("quotes") or ()):
        yield f"quotes[{i}].verb", q.get("verb"), q.get("verb_span")
        for role in ("speaker", "addressee"):
            s = q.get(role)
            if isinstance(s, dict):
                yield f"quotes[{i}].{role}.text", s.get("text"), s.get("span")


def check_invariants(text: str, d: Mapping[str, Any]) -> List[str]:
    """The properties every parse must have, whatever the input.

    - every span is a pair ``0 <= start <= end <= len(text)``;
    - blocks have known kinds, come in text order and do not overlap;
    - every non-whitespace character of *text* lies in exactly one block;
    - every text that comes with a span equals ``text[start:end]`` (the parser
      keeps exact slices): fields, notes, related, boilerplate, captions (text,
      credit, alt text), paragraphs (text, label), author names, dateline
      parts, raw date and byline text, contributors, organisations, quote
      verbs and speakers (a role may be lower-cased: only its span is checked);
    - a quote's text is non-empty and lies inside its span (which adds the marks);
    - paragraph and quote kinds are from the model's lists.
    """
    problems: List[str] = []
    n = len(text)
    for where, span in _walk_spans(d):
        ok = (
            isinstance(span, (list, tuple))
            and len(span) == 2
            and all(isinstance(x, int) for x in span)
            and 0 <= span[0] <= span[1] <= n
        )
        if not ok:
            problems.append(f"{where} = {_short(span)} is not a span within [0, {n}]")
    if problems:
        return problems  # the checks below would index out of range

    blocks = d.get("blocks") or []
    owners = [0] * n
    prev_end = 0
    for i, b in enumerate(blocks):
        start, end = b["span"]
        if b.get("kind") not in BLOCK_KINDS:
            problems.append(f"blocks[{i}] has unknown kind {b.get('kind')!r}")
        if start < prev_end:
            problems.append(
                f"blocks[{i}] {b['kind']} [{start}, {end}] overlaps or precedes the block before it"
            )
        prev_end = max(prev_end, end)
        for j in range(start, end):
            owners[j] += 1
    lost = [j for j in range(n) if not text[j].isspace() and owners[j] == 0]
    if lost:
        problems.append(
            f"{len(lost)} non-whitespace character(s) in no block, first at {lost[0]}: "
            f"{_short(text[lost[0] : lost[0] + 40])}"
        )
    doubled = [j for j in range(n) if not text[j].isspace() and owners[j] > 1]
    if doubled:
        problems.append(f"{len(doubled)} character(s) in more than one block, first at {doubled[0]}")

    for where, value, span in _text_span_pairs(d):
        if value is None and span is None:
            continue
        if value is None or span is None:
            problems.append(f"{where}: text {_short(value)} and span {span} must both be set or both null")
        elif text[span[0] : span[1]] != value:
            problems.append(
                f"{where} = {_short(value)} but the input at {span} is {_short(text[span[0] : span[1]])}"
            )

    for i, p in enumerate(d.get("paragraphs") or ()):
        if p.get("kind") not in PARAGRAPH_KINDS:
            problems.append(f"paragraphs[{i}].kind {p.get('kind')!r} is not one of {PARAGRAPH_KINDS}")
    for i, q in enumerate(d.get("quotes") or ()):
        if q.get("kind") not in QUOTE_KINDS:
            problems.append(f"quotes[{i}].kind {q.get('kind')!r} is not one of {QUOTE_KINDS}")
        start, end = q["span"]
        if not q.get("text") or q["text"] not in text[start:end]:
            problems.append(f"quotes[{i}].text = {_short(q.get('text'))} is not inside its span {q['span']}")
    return problems
