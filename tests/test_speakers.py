"""Speaker resolution: surnames, titles, roles, pronouns, unnamed sources and institutions."""

from __future__ import annotations

from typing import Optional, Tuple

import pytest

from newsparse.model import Speaker
from newsparse.speakers import build_people, name_tokens, person, resolve

STORY = (
    "US National Security Adviser Jake Doran met National Security Adviser Tomer Halevy, "
    "Prime Minister Dana Roth and Mrs. Ilse Brandt on Monday. "
    "Doran said the talks went well. Roth’s office agreed. "
    "The meeting was long, the US national security adviser said. "
    "A senior US official said nothing had been signed. "
    "Later, Brandt spoke to reporters. She said little. "
    "Then Doran spoke with Halevy. He said more. "
    "The statement said both sides would meet again. The UN welcomed it."
)


def mention(text: str, word: str, nth: int = 0) -> Tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


def who(word: str, nth: int = 0, text: str = STORY) -> Speaker:
    a, b = mention(text, word, nth)
    return resolve(build_people(text), text, a, b)


@pytest.mark.parametrize(
    "word, nth, name",
    [
        ("Doran", 1, "Jake Doran"),  # a surname goes to the full name
        ("Roth’s office", 0, None),  # an office is an institution: no person's name
        ("the US national security adviser", 0, "Jake Doran"),  # the qualifier "US" picks the holder
        ("She", 0, "Ilse Brandt"),  # a pronoun goes to the nearest person of its gender
        ("He", 0, "Jake Doran"),  # … skipping the one after a preposition ("with Halevy")
        ("A senior US official", 0, None),  # unnamed stays unnamed
        ("The statement", 0, None),
        ("The UN", 0, "UN"),
    ],
)
def test_resolution(word: str, nth: int, name: Optional[str]) -> None:
    s = who(word, nth)
    assert s.name == name
    assert STORY[s.span.start : s.span.end] == s.text == word


def test_descriptors() -> None:
    assert who("Doran", 1).descriptor == "US National Security Adviser"
    assert who("A senior US official").descriptor == "A senior US official"
    assert who("The statement").descriptor == "The statement"


def test_person_table_reads_titles_and_gender() -> None:
    people = build_people(STORY)
    brandt = person(people, "Brandt")
    assert brandt.name_at(len(STORY)) == "Ilse Brandt" and brandt.gender == "f"
    assert person(people, "Halevy").roles == ("national security adviser",)
    assert person(people, "Roth").roles == ("prime minister",)
    assert not person(people, "Monday").known


def test_apposition_role_and_nickname() -> None:
    t = 'Walter "The Walrus" Penhaligon won again. Brian Fallon, the club\'s press secretary, said so.'
    people = build_people(t)
    assert person(people, "Penhaligon").name_at(len(t)) == "Walter Penhaligon"
    assert person(people, "Fallon").roles == ("the club's press secretary",)


def test_role_holder_from_apposition() -> None:
    t = "Brian Fallon, the campaign's press secretary, spoke first. The press secretary said it was over."
    a, b = mention(t, "The press secretary")
    assert resolve(build_people(t), t, a, b).name == "Brian Fallon"


def test_pronoun_skips_names_inside_quotations() -> None:
    t = "Mayor Ana Ruiz arrived. “Tom Oduya is wrong,” she said."
    q = (t.index("“"), t.index("”") + 1)
    a, b = mention(t, "she")
    assert resolve(build_people(t, [q]), t, a, b).name == "Ana Ruiz"


def test_same_surname_goes_to_the_latest_full_name() -> None:
    t = "Bill Carver spoke first. Then Hillary Carver took the stage. Carver said she was ready."
    a, b = mention(t, "Carver", 2)
    assert resolve(build_people(t), t, a, b).name == "Hillary Carver"


def test_name_tokens() -> None:
    assert name_tokens("Sen. Bob Corker (R-Tenn.)") == ["Bob", "Corker", "R-Tenn"]
    assert name_tokens("Prime Minister Benjamin Netanyahu’s") == ["Benjamin", "Netanyahu"]
    assert name_tokens("the former secretary of state") == []


def pronoun_name(text: str, word: str, nth: int = 0) -> Optional[str]:
    """The name of the *nth* pronoun *word* in "*word* said" in *text*."""
    a = -1
    for _ in range(nth + 1):
        a = text.index(f" {word} said", a + 1)
    return resolve(build_people(text), text, a + 1, a + 1 + len(word)).name


@pytest.mark.parametrize(
    "text, word, nth, name",
    [
        # a given name tells the gender: "she" skips Mark Holt for Susan Ellery
        (
            "Susan Ellery spoke after Mark Holt left the stage. “We can do better,” she said.",
            "she", 0, "Susan Ellery",
        ),
        # ... and "he" skips Ana Ruiz, even with no pronoun after her name
        ("Tom Lamb sat down beside Ana Ruiz. “No comment,” he said.", "he", 0, "Tom Lamb"),
        # a bare surname two people share goes to the one the article names most so far
        (
            "Tom Ruiz opened the hall. Tom Ruiz thanked the crowd, with Ana Ruiz beside him. "
            "Ruiz then turned to the ferry. “We will fix it,” he said.",
            "he", 0, "Tom Ruiz",
        ),
        # ... and a "she" after that surname is not that man
        (
            "Tom Ruiz opened the hall. Tom Ruiz thanked the crowd. His wife Ana Ruiz stayed home. "
            "Ruiz then turned to the ferry. “We will fix it,” she said.",
            "she", 0, "Ana Ruiz",
        ),
        # a run after an article is a place or an organisation, not a person
        (
            "Mayor Ana Ruiz walked past the Kestrel Arch. “It needs repair,” she said.",
            "she", 0, "Ana Ruiz",
        ),
        (
            "Ed Lamb spoke at a Silver Veterans Forum event. “Thank you,” he said.",
            "he", 0, "Ed Lamb",
        ),
        # "under" is a preposition: its object is taken only when nobody else fits
        (
            "General Ed Lamb retired in May after years under President Tom Ruiz. “It was an honour,” he said.",
            "he", 0, "Ed Lamb",
        ),
        # a possessive modifies a noun: "Maria Lopez's plan" is not the speaker's antecedent
        (
            "Later the economist Ana Ruiz said Maria Lopez's plan fell short. “It does not add up,” she said.",
            "she", 0, "Ana Ruiz",
        ),
    ],
)
def test_pronoun_agreement(text: str, word: str, nth: int, name: Optional[str]) -> None:
    assert pronoun_name(text, word, nth) == name


def test_name_inside_quotation_is_not_a_full_name() -> None:
    # the wording of a quotation ("Lazy Tom Ruiz") is the speaker's, not the article's name for him
    text = "A flyer read “Vote out Lazy Tom Ruiz now.” Tom Ruiz laughed. Ruiz said he would not respond."
    q = (text.index("“"), text.index("”") + 1)
    a, b = mention(text, "Ruiz", 2)
    assert resolve(build_people(text, (q,)), text, a, b).name == "Tom Ruiz"
    text = "A flyer read “Vote out Lazy Tom Ruiz now.” Ruiz said he would not respond."
    q = (text.index("“"), text.index("”") + 1)
    a, b = mention(text, "Ruiz", 1)
    assert resolve(build_people(text, (q,)), text, a, b).name == "Ruiz"
