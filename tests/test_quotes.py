"""Quotations: mark pairing, attribution, and the invariants every quote keeps.

The golden cases for each family of issue 3 live in ``fixtures/*/quotes_*`` and
run in ``tests/test_fixtures.py``; the tests here reach the pure functions
directly, check the invariants on generated text, and compare the seeds with
their gold.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, Dict, List, Optional, Sequence, Tuple

import pytest
import strategies
from _fixtures import SEEDS
from hypothesis import event, given, settings
from hypothesis import strategies as st

from newsparse import parse, to_dict
from newsparse.model import Paragraph, Quote, Span
from newsparse.quotes import find_quotes, pair_marks


def paragraphs_of(text: str) -> Tuple[Paragraph, ...]:
    """Blank-line separated blocks of *text* as paragraphs (no layout stage involved)."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Paragraph(text=text[s:e], kind="paragraph", span=Span(s, e), text_span=Span(s, e)))
    return tuple(out)


def quotes_of(text: str) -> Tuple[Quote, ...]:
    return find_quotes(text, paragraphs_of(text))


def texts(text: str) -> List[str]:
    return [text[a:b] for a, b, _ in pair_marks(text)]


# ------------------------------------------------------------------ marks --
@pytest.mark.parametrize(
    "text, expected",
    [
        ("“He said ‘no’ twice,” she said.", ["“He said ‘no’ twice,”"]),
        ("Hamas' position and the Jones' house stay apostrophes.", []),
        ("Don't, can't and O'Brien's are words.", []),
        ("Back in the '90s they played rock 'n' roll.", []),
        ('"One," he said. "Two," she said.', ['"One,"', '"Two,"']),
        ("« Bonjour à tous », a-t-il dit.", ["« Bonjour à tous »"]),
        ("Er sagte: „Wir kommen morgen.“ Dann ging er.", ["„Wir kommen morgen.“"]),
        ("»Wir kommen«, sagte sie.", ["»Wir kommen«"]),
        ("‹Non› dit-il.", ["‹Non›"]),
        ("''Old style,'' he said.", ["''Old style,''"]),
        ('A 12" pipe and "a real quote" here.', ['"a real quote"']),
    ],
)
def test_pair_marks(text: str, expected: List[str]) -> None:
    assert texts(text) == expected


def test_unclosed_mark_reports_open_then_inner_pairs() -> None:
    t = 'He called it "a mess and said "no" twice.'
    found = pair_marks(t)
    assert found[0] == (13, len(t), "open")
    assert [t[a:b] for a, b, st_ in found if st_ == "inner"] == ['"no"']


def test_parity_error_does_not_spill_into_next_paragraph() -> None:
    t = 'One trader called it "the best night ever.\n\n"We sold out," said Ana Ruiz, a baker.'
    qs = quotes_of(t)
    assert [q.text for q in qs] == ["We sold out,"]
    assert qs[0].speaker is not None and qs[0].speaker.name == "Ana Ruiz"


# ----------------------------------------------------------- attribution --
def test_attribution_after_and_verb_first() -> None:
    t = "“The bridge is safe,” Mayor Ana Ruiz said.\n\n“It is not,” said Tom Oduya, a union spokesman."
    qs = quotes_of(t)
    got = [(q.speaker and q.speaker.name, q.verb) for q in qs]
    assert got == [("Ana Ruiz", "said"), ("Tom Oduya", "said")]
    assert qs[0].speaker is not None and qs[0].speaker.text == "Mayor Ana Ruiz"


def test_attribution_before_with_addressee() -> None:
    t = "Defense Minister Yoav Kessel met Ambassador Lina Park.\n\nKessel told Park: “We will keep it open.”"
    (q,) = quotes_of(t)
    assert q.speaker is not None and q.speaker.name == "Yoav Kessel"
    assert q.addressee is not None and q.addressee.name == "Lina Park" and q.addressee.text == "Park"
    assert (q.verb, q.kind) == ("told", "direct")


def test_broken_quotation_continues() -> None:
    t = "“We accept the ruling,” Mina Laurent said, “and we will appeal it.”"
    a, b = quotes_of(t)
    assert b.continues == 0 and b.speaker == a.speaker and b.verb == "said"


def test_according_to_and_statement_that() -> None:
    t = (
        "Turnout fell by a third, according to the electoral board.\n\n"
        "“Most polling stations were empty by noon,” according to the board.\n\n"
        "The union said in a statement that the plan was “a betrayal of every nurse in the region.”"
    )
    a, b = quotes_of(t)
    assert (a.verb, a.speaker and a.speaker.text) == ("according to", "the board")
    assert (b.verb, b.kind, b.speaker and b.speaker.text) == ("said", "partial", "The union")


def test_previous_sentence_and_floating_paragraph() -> None:
    t = (
        "Prices will rise again in spring, the energy minister Olga Brandt said. “Nobody likes it.”\n\n"
        "“But the grid has to be paid for.”"
    )
    a, b = quotes_of(t)
    assert a.speaker is not None and a.speaker.name == "Olga Brandt" and a.continues is None
    assert b.speaker == a.speaker and b.continues == 0


def test_multi_paragraph_runs() -> None:
    t = '"First part of the story.\n\n"Second part of it.\n\n"And the end," Rhea Salo said.'
    qs = quotes_of(t)
    assert [q.continues for q in qs] == [None, 0, 1]
    assert {q.speaker.name for q in qs if q.speaker} == {"Rhea Salo"}
    assert all(q.speaker is not None for q in qs)


def test_kind_partial_and_direct() -> None:
    t = 'Ruiz called the plan "a serious risk to the town." Then she added: "We will fight it in court."'
    a, b = quotes_of(t)
    assert (a.kind, b.kind) == ("partial", "direct")


@pytest.mark.parametrize(
    "text",
    [
        'The "temporary" bridge is still there.',
        'She appeared on "Meet the Press" on Sunday.',
        'Jimmy "The Hammer" Doyle retired.',
        'It was, critics said, "frankly alarming."',
        'They called it a "nothing burger" again.',
    ],
)
def test_not_quotations(text: str) -> None:
    assert quotes_of(text) == ()


def test_title_case_line_and_show_title_are_not_quotations() -> None:
    t = "The mayor spoke for an hour, Ruiz said.\n\n'Nobody Saw It Coming.'\n\nThe ferry left at noon."
    assert quotes_of(t) == ()
    t = 'Pence said it on CNN\'s "State of the Union." He then left.'
    assert quotes_of(t) == ()


def test_infinitive_is_no_cue_and_negation_is_skipped() -> None:
    t = 'Asked to describe the device, Ruiz said, "Not going to go into that."'
    (q,) = quotes_of(t)
    assert q.speaker.text == "Ruiz"
    t = 'Ruiz spoke on Monday. She didn\'t suggest a date. "We will decide when the board meets again."'
    (q,) = quotes_of(t)
    assert (q.speaker.text, q.verb) == ("She", "suggest")


def test_partial_after_prepositional_tail_has_no_speaker() -> None:
    t = 'The board stripped out "a call for new ferries" to Ukraine and replacing it with vague language calling for "a review of the timetable".'
    assert all(q.speaker is None or q.speaker.text[:1].isupper() for q in quotes_of(t))


@pytest.mark.parametrize(
    "text, speaker, verb",
    [
        ('Said Ann Ellis: "I do not see any reason to wait."', "Ann Ellis", "Said"),
        ('Added the harbour master, "The tide will not wait for us."', "the harbour master", "Added"),
        ('In a letter posted Sunday, Roe said the plan was "a waste of public money."', "Roe", "said"),
        (
            'When Roe noted that the fund was empty, Lee boasted, "That makes me the careful one."',
            "Lee",
            "boasted",
        ),
        ('They turned to the water board, which reported "a loss of nine million litres."', "the water board", "reported"),
        (
            'Kim Lo and Ada Park, who ran the stall, joked, "We sold the last pie at noon today."',
            "Kim Lo and Ada Park",
            "joked",
        ),
        ('The board issued a statement calling the vote "a sad day for the town."', "The board", "calling"),
        (
            'In May, two tenant groups gave the firm more time on the repairs, saying its offer was "fair for now at least."',
            "two tenant groups",
            "saying",
        ),
        ('The fund\'s chief, Ida Ruiz, told staff, "We will not sell the building."', "Ida Ruiz", "told"),
        ('As the night went on, I smiled and said, "We should all go home now."', "I", "said"),
        ('Members may not vote by proxy "to choose a treasurer in mid-term," per the club\'s rules.', "the club's rules", "per"),
        ('The tribunal ruled that the notice was "void from the day it was served."', "The tribunal", "ruled"),
        ('"The boats will run all winter," Long said.', "Long", "said"),
        ('"Someone fired through the door," investigators said.', "investigators", "said"),
        ('"The timetable was never realistic," the report states.', "the report", "states"),
        ('"The smoke filled every street," Ana Ruiz, a resident who tweeted about it, said.', "Ana Ruiz", "said"),
        ('"The boats will run all winter," notes Jones, the harbour master.', "Jones", "notes"),
        ('"The boats will run all winter," she went on.', "she", "went on"),
        ('"The boats will run all winter," she shared with the paper.', "she", "shared"),
        ('Ruiz backs the ferry because to her, "nothing matters more than the crossing."', "her", "to"),
        ('Ruiz compared the fare rise to "a tax on island life" on Monday.', "Ruiz", "compared"),
        ('In recent weeks, Ruiz has gone after the board as "a club that never sails."', "Ruiz", "gone after"),
        (
            'Only 40 percent of registered voters agreed that the plan was "a waste of good money."',
            "Only 40 percent of registered voters",
            "agreed",
        ),
    ],
)
def test_speaker_from_clause_structure(text: str, speaker: str, verb: str) -> None:
    (q,) = quotes_of(text)
    assert q.speaker is not None
    assert (q.speaker.text, q.verb) == (speaker, verb)


@pytest.mark.parametrize(
    "text",
    [
        'The firm did not respond to questions about the "summer of broken lifts in the tower."',
        'Streets like these are often called "the forgotten end of the town" by the people there.',
        'Pupils carried signs that say "Save the pool for all of us" through the square.',
        'Fare rise compared to "a tax on island life" in a heated debate.',
        'Ruiz went on to win "the island\'s longest race" twice.',
        'She wrote an essay titled "the island is sinking under all of us," Ruiz said.',
        'The goals were "never written down anywhere" mutually shared by both boards.',
    ],
)
def test_clauses_that_name_no_speaker(text: str) -> None:
    assert quotes_of(text) == ()


@pytest.mark.parametrize(
    "text, speaker, name",
    [
        ('At the pier, Mayor Ana Ruiz put the choice plainly: "We sail or we sink tonight."', "Mayor Ana Ruiz", "Ana Ruiz"),
        ('Ana Ruiz did not hide her anger, but she kept it short: "This is a bad deal for us."', "she", "Ana Ruiz"),
        ('Ferry news in brief\n\nRuiz: "We will not sell the boats."\n\nThe board met with Ruiz today.', "Ruiz", "Ruiz"),
        ('At the hearing, Ana Ruiz made the following comment:\n\n"We cannot keep the winter boats running."', "Ana Ruiz", "Ana Ruiz"),
        ('A senior official was blunter: "The deal is dead for this year."', "A senior official", None),
        ('The report ends on a warning: "The harbour wall will not last the winter."', "The report", None),
    ],
)
def test_colon_lead_in_names_its_subject(text: str, speaker: str, name: Optional[str]) -> None:
    (q,) = quotes_of(text)
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.verb) == (speaker, name, ":")


@pytest.mark.parametrize(
    "text",
    [
        'Her motto is: "Never sail on a Friday again."',  # a copula: the quotation is the motto
        'Durante la sesión el presidente continuó: "No los necesitamos aquí."',  # no name opens the clause
        'She got so angry that I had to change my answer: "Of course I will come."',  # the colon is not hers
        'The workshops help members face old fears: "I have nothing to say."',  # no speaking head
    ],
)
def test_colon_lead_in_without_a_named_subject(text: str) -> None:
    (q,) = quotes_of(text)
    assert q.speaker is None


def test_quote_in_an_opening_participle_goes_to_the_main_subject() -> None:
    t = 'Mayor Ana Ruiz spoke first. After saying the old pier was "not safe for anyone," she closed it.'
    (q,) = quotes_of(t)
    assert (q.speaker.text, q.speaker.name, q.verb) == ("she", "Ana Ruiz", "saying")


def test_per_is_a_cue_only_after_the_comma_of_a_quotation() -> None:
    assert quotes_of('Prices went up "more than anyone had planned for" per cent of the budget.') == ()


def test_that_said_is_no_cue() -> None:
    (q,) = quotes_of('That said, the agency says the road "will open in the spring as planned."')
    assert (q.speaker.text, q.verb) == ("the agency", "says")


def test_nickname_is_no_boundary_and_first_person_is_not_resolved() -> None:
    t = 'Mayor Jo Tan spoke. "We won!" Tan\'s aide, Paul "Red" Ames, said. "I was there," I said.'
    qs = quotes_of(t)
    assert [q.text for q in qs] == ["I was there,"]
    assert qs[0].speaker.text == "I" and qs[0].speaker.name is None
    t = 'Mayor Jo Tan spoke. "We won the whole thing!" Tan\'s aide, Paul "Red" Ames, said.'
    (q,) = quotes_of(t)
    assert q.speaker.text == "Tan's aide"


def test_straight_run_is_not_continued_by_a_curly_paragraph() -> None:
    t = 'The paper wrote:\n\n"Ruiz had never voted before.\n\n“It felt new,” she said to a friend.'
    (q,) = quotes_of(t)
    assert (q.text, q.speaker.text, q.continues) == ("It felt new,", "she", None)


def test_transcript_speaker() -> None:
    t = '"HOST: Are you running again?\n\n"MAYOR: I have not decided."'
    qs = quotes_of(t)
    assert [q.speaker.text for q in qs if q.speaker] == ["HOST", "MAYOR"]


# -------------------------------------------------------------- invariants --
def check_invariants(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> None:
    """The promises every quote keeps, whatever the input; records how often there was anything to check."""
    event("quotes: " + ("none" if not quotes else "one" if len(quotes) == 1 else "several"))
    event("speaker: " + ("yes" if any(q.speaker for q in quotes) else "no"))
    event("continues: " + ("yes" if any(q.continues is not None for q in quotes) else "no"))
    words_of_text = set(re.findall(r"\w+", text))
    prev_end = -1
    for i, q in enumerate(quotes):
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert q.paragraph is not None and paragraphs[q.paragraph].span.contains(q.span)
        assert q.span.start >= prev_end, "quotes overlap or are out of order"
        prev_end = q.span.end
        assert q.text and q.text in text[q.span.start : q.span.end]
        assert q.kind in ("direct", "partial")
        for who in (q.speaker, q.addressee):
            if who is not None:
                assert who.text and who.text == who.text.strip(), "a mention is a trimmed piece of text"
                assert text[who.span.start : who.span.end] == who.text
                # the canonical name comes from the article: every word of it is written there
                assert who.name is None or set(re.findall(r"\w+", who.name)) <= words_of_text, who.name
        if q.verb_span is not None:
            assert text[q.verb_span.start : q.verb_span.end] == q.verb
        assert q.continues is None or 0 <= q.continues < i
        if q.continues is not None:
            before = quotes[q.continues].speaker
            assert (before and (before.name or before.text)) == (q.speaker and (q.speaker.name or q.speaker.text)), (
                "a quote continues one of the same speaker"
            )


# The example counts come from the hypothesis profile (``tests/conftest.py``): 300
# under ``ci``, twenty times as many under ``nightly``.  Run pytest with
# ``--hypothesis-show-statistics`` to see how often quotes and speakers occurred.
@given(strategies.quoted_text())
def test_invariants_on_generated_text(text: str) -> None:
    paras = paragraphs_of(text)
    check_invariants(text, paras, find_quotes(text, paras))


@given(st.one_of(strategies.quoted_text(), strategies.mutate(strategies.quoted_text(), max_mutations=3)))
def test_invariants_through_parse(text: str) -> None:
    full = "Headline of the day\n\n" + text
    article = parse(full)
    check_invariants(full, article.paragraphs, article.quotes)


@given(strategies.mark_soup())
def test_invariants_on_mark_soup(text: str) -> None:
    paras = paragraphs_of(text)
    check_invariants(text, paras, find_quotes(text, paras))


def test_generated_text_holds_quotes_and_speakers() -> None:
    """The strategies are worth running: most examples hold a quote and many a speaker."""
    counts = {"texts": 0, "quotes": 0, "speakers": 0}

    @settings(max_examples=100, derandomize=True, database=None)
    @given(strategies.quoted_text())
    def count(text: str) -> None:
        quotes = quotes_of(text)
        counts["texts"] += 1
        counts["quotes"] += bool(quotes)
        counts["speakers"] += any(q.speaker for q in quotes)

    count()
    assert counts["quotes"] >= 0.6 * counts["texts"] and counts["speakers"] >= 0.4 * counts["texts"], counts


# ------------------------------------------------------------------ seeds --
def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        s = s.replace(a, b)
    return " ".join(s.split()).strip(" ,.\"'").casefold()


def _seed_cases() -> List[Tuple[str, str, Dict[str, Any]]]:
    if not SEEDS.is_dir():
        return []
    out = []
    for gold in sorted(SEEDS.glob("*.gold.json")):
        text = (SEEDS / gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        out.append((gold.name, text, json.loads(gold.read_text(encoding="utf-8"))))
    return out


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the shared seeds folder {SEEDS} is not present")
@pytest.mark.parametrize("name, text, gold", _seed_cases() or [("none", "", {})])
def test_seed_quotes_match_gold(name: str, text: str, gold: Dict[str, Any]) -> None:
    got = to_dict(parse(text))["quotes"]
    by_text = {_norm(q["text"]): q for q in got}
    matched = []
    for g in gold["quotes"]:
        q = by_text.get(_norm(g["text"]))
        if g.get("optional"):
            continue
        assert q is not None, f"{name}: quote not found: {g['text'][:60]!r}"
        matched.append(q)
        assert q["verb"] == g["verb"], f"{name}: verb of {g['text'][:40]!r}"
        assert q["kind"] == g["kind"], f"{name}: kind of {g['text'][:40]!r}"
        speaker = q["speaker"] or {}
        if g["speaker"]:
            assert speaker.get("name") == g["speaker"], f"{name}: speaker of {g['text'][:40]!r}"
        else:
            said = " ".join(filter(None, (speaker.get(k) for k in ("name", "text", "descriptor"))))
            assert any(a.casefold() in said.casefold() for a in g.get("speaker_accept", ())), said
        want = g.get("addressee")
        assert (q["addressee"] or {}).get("name") == want, f"{name}: addressee of {g['text'][:40]!r}"
    # a second segment of the same sentence pair (“…,” X said. “…”) continues the first
    index = {id(q): i for i, q in enumerate(got)}
    for a, b in zip(matched, matched[1:]):
        same_speaker = (a["speaker"] or {}).get("name") == (b["speaker"] or {}).get("name")
        same = a["paragraph"] == b["paragraph"] and same_speaker
        if same and b["continues"] is not None:
            assert b["continues"] == index[id(a)]
    assert len(got) <= len(gold["quotes"]), f"{name}: more quotes than the gold lists"
