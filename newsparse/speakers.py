"""The people an article names, and what a speaker mention refers to.

:func:`build_people` makes the people table of one article. The table is a set
of dictionaries filled on first use and kept for the rest of the article: the
first question about "Sullivan" reads every place the text writes that word,
finds the full name printed before one of them ("US National Security
Adviser Jake Sullivan") and the roles printed beside it, and every later
question is a dictionary look-up. So the cost follows the number of distinct
speakers, not the length of the text. :func:`resolve` maps one mention to a
:class:`~newsparse.model.Speaker`:

* a surname, or a name with a title ("Mr. Trump"), goes to the full name;
* a pronoun goes to the subject of the nearest sentence before it that names a
  person of a compatible gender, outside quotations, following a chain of
  "he … he" back, and to nobody when an unnamed person ("A deckhand …") opens
  that sentence; with no subject, to the nearest such person, one after a
  preposition only when nobody else fits;
* "the national security adviser" goes to the person printed with that role
  whose role shares most words with the mention ("US National Security
  Adviser Jake Sullivan" rather than "National Security Adviser Tzachi
  Hanegbi" for "the US national security adviser");
* an unnamed description ("a senior US official") and an institution ("the
  statement", "the UN") stay descriptions.

>>> text = "US National Security Adviser Jake Sullivan spoke. Later, Sullivan said no."
>>> people = build_people(text)
>>> i = text.index("Sullivan said")
>>> s = resolve(people, text, i, i + 8)
>>> s.name, s.descriptor
('Jake Sullivan', 'US National Security Adviser')
"""

from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Sequence, Tuple

import attrs
import regex

from ._lexicon import given_names as glex
from ._lexicon import speech as slex
from ._lexicon import titles as tlex
from ._quote_words import ends_here, sentence_end_at
from .model import Span, Speaker

__all__ = ["People", "Person", "build_people", "name_tokens", "person", "proper_word", "resolve"]

_PATTERNS = {
    # a capitalised word, with inner apostrophes, dots and hyphens ("O'Brien", "U.S.", "Jean-Luc")
    "cap": regex.compile(r"(?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*"),
    # any word (same shape, any case)
    "word": regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*"),
    # a third-person pronoun that tells a gender; not "him", which after a name is
    # mostly someone else ("McCaskill scolded him")
    "gendered": regex.compile(r"\b(?:he|his|she|her|hers)\b", regex.I),
    # a role printed after a name: ", the campaign's press secretary," / ", a spokesman for X."
    "apposition": regex.compile(r",\s(?P<role>(?:the\s|a\s|an\s)?[^,.;:()\[\]“”\"\n]{3,70}?)(?=[,.;:)])"),
    # "he" or "she", the subject of a clause
    "nominative": regex.compile(r"\b(?:[Hh]e|[Ss]he|HE|SHE)\b"),
}
_caps = _PATTERNS["cap"].finditer
_words = _PATTERNS["word"].findall
_gendered = _PATTERNS["gendered"].findall
_apposition = _PATTERNS["apposition"].match
_nominatives = _PATTERNS["nominative"].finditer

_POSSESSIVE = ("'s", "’s", "'", "’")
_PREPOSITIONS = frozenset(
    {
        "to", "with", "from", "for", "by", "about", "against", "of", "at", "on", "in", "into", "toward",
        "towards", "than", "like", "between", "among", "over", "under", "alongside", "behind", "beside",
        "including", "upon", "via", "without",
    }
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_INDEFINITE = frozenset(
    {
        "a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "many", "other",
        "others", "any", "few", "most",
    }
)
_NOT_A_PERSON = tlex.PLACE_ORG_WORDS | tlex.ORG_HEADS | tlex.NOT_NAMES | tlex.TITLE_WORDS
_NOT_A_NAME = tlex.PLACE_ORG_WORDS | tlex.ORG_HEADS | tlex.NOT_NAMES
_ROLE_OR_PARTICLE = tlex.TITLE_WORDS | tlex.SPECIFIC_ROLES | tlex.NAME_PARTICLES
_PREFIX_REACH = 90  # characters read before a surname for a given name and a title
_PRONOUN_REACH = 600  # characters read back from a pronoun for its antecedent
_OCCURRENCES = 10  # places of a surname read at most
_RUN_MARGIN = 40  # a run this far inside the pronoun window is read once and remembered
_RUNS_READ = 12  # capitalised runs read back from a pronoun at most
_CHAIN_HOPS = 6  # pronouns followed back through a chain of "he … he … he" at most
_TITLE_REACH = 8  # words of a title printed before a name ("NASA Goddard Institute for Space Studies climatologist")
_BLOCK = 1024  # characters of the text read at a time for its sentence starts
_SENTENCE_BACK = 200  # characters read before the pronoun window for the start of its first sentence
# words that may open a sentence before its subject: "But Roe said", "Then she added"
_SUBJECT_OPENERS = frozenset({"but", "and", "so", "yet", "still", "then", "now", "also", "later", "instead"})
# words that, right after a name, show it is no subject: a list, a relative clause, a phrase
_NOT_A_VERB = frozenset({"and", "or", "nor", "the", "a", "an", "who", "whom", "which", "whose", "that", "as"})
# endings of nouns for what a person does, printed in lower case before a name ("defenseman Ann Roe")
_ROLE_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ian", "ent", "ant", "ee")
# what opens an unnamed subject: "A deckhand …", "My father …"
_UNNAMED_OPENERS = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "one"})
# endings of nouns for a person that no list holds: "deckhand", "fisherman", "florist"
_PERSON_ENDINGS = ("hand", "man", "woman", "person", "ist", "ian")
_CLOSING_MARKS = frozenset("”\"'’»")
# abbreviations and variants under which a role word is printed: "senator" as "Sen."
_VARIANTS: Dict[str, Tuple[str, ...]] = {}
for _abbr, _full in tlex.TITLE_EXPANSIONS.items():
    _VARIANTS.setdefault(_full, ())
    _VARIANTS[_full] += (_abbr,)


@attrs.frozen
class Person:
    """One person the article names.

    ``names`` holds ``(position, full name)`` for each place the full name is
    printed; ``roles`` the roles printed beside the name, case-folded.
    """

    surname: str
    names: Tuple[Tuple[int, str], ...] = ()
    roles: Tuple[str, ...] = ()
    gender: str = ""
    titled: bool = False  # printed with a title or an honorific at least once
    title: str = ""  # the title printed before the first full name, as printed

    def name_at(self, pos: int) -> str:
        """The full name printed last before *pos* (else the first one, else the surname)."""
        best = ""
        for at, full in self.names:
            if at < pos or not best:
                best = full
        return best or self.surname

    @property
    def known(self) -> bool:
        """True when the text shows this word to be a person's name."""
        return bool(self.names) or self.titled


#: what a capitalised run says (see :func:`_read_run`): the person, whether a preposition
#: or a possessive makes it an object, the full name printed, the courtesy title's
#: gender, and whether it is a given name alone
_Run = Tuple[Person, bool, str, str, bool]


@attrs.frozen(eq=False)
class People:
    """The people table of one article: the text and the dictionaries filled on use."""

    text: str
    quoted: Tuple[Tuple[int, int], ...] = ()
    persons: Dict[str, Person] = attrs.field(factory=dict)
    holders: Dict[str, Tuple[Tuple[int, str, Tuple[str, ...]], ...]] = attrs.field(factory=dict)
    genders: Dict[str, str] = attrs.field(factory=dict)
    #: where each word stands as a whole word, read once per word
    places: Dict[str, List[int]] = attrs.field(factory=dict)
    #: what a capitalised run before a pronoun says (see :func:`_read_run`)
    runs: Dict[Tuple[int, int], Optional[_Run]] = attrs.field(factory=dict)
    #: the words of a mention: (words, folded words, name words)
    mentions: Dict[str, Tuple[List[str], List[str], List[str]]] = attrs.field(factory=dict)
    #: where the sentences start, per block of the text read (see :func:`_sentence_starts`)
    starts: Dict[int, List[int]] = attrs.field(factory=dict)
    #: whether the sentence at a position opens on an unnamed person, per gender
    unnamed: Dict[Tuple[int, str], bool] = attrs.field(factory=dict)
    #: the antecedent of the "he" or "she" at a position (see :func:`_antecedent`)
    antecedents: Dict[Tuple[int, str], Optional[Tuple[Person, str]]] = attrs.field(factory=dict)


def build_people(text: str, quoted: Sequence[Tuple[int, int]] = ()) -> People:
    """The people table of *text*; *quoted* lists the ``(start, end)`` of quotations, in order.

    A pronoun never resolves to a name that appears only inside a quotation.

    >>> p = build_people("Defense Minister Yoav Gallant met Mr. Smith. Gallant spoke.")
    >>> g = person(p, "Gallant")
    >>> g.name_at(50), g.roles
    ('Yoav Gallant', ('defense minister',))
    >>> person(p, "Smith").gender
    'm'
    """
    return People(text=text, quoted=tuple(quoted))


def _fold(word: str) -> str:
    """Case-fold *word* and drop a possessive ending.

    >>> _fold("Netanyahu’s"), _fold("Hamas'")
    ('netanyahu', 'hamas')
    """
    return _unpossess(word.casefold())


def _unpossess(w: str) -> str:
    """The case-folded word *w* without a possessive ending."""
    if w[-1:] not in ("s", "'", "’") or len(w) < 3:
        return w
    for p in _POSSESSIVE:
        if w.endswith(p) and len(w) > len(p) + 1:
            return w[: -len(p)]
    return w


def _is_abbrev(low: str) -> bool:
    """True for "sen.", "u.s.", "j.", "jr." — dots that do not end a sentence.

    >>> _is_abbrev("u.s."), _is_abbrev("sen."), _is_abbrev("said.")
    (True, True, False)
    """
    if len(low) <= 2 or "." in low[:-1]:
        return True
    return low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in tlex.NAME_SUFFIXES


def _cut_possessive(word: str) -> str:
    """*word* without a possessive ending, case kept."""
    low = word.casefold()
    if not low.endswith(_POSSESSIVE):
        return word  # most words: one test
    for p in _POSSESSIVE:
        if low.endswith(p) and len(low) > len(p) + 1:
            return word[: -len(p)]
    return word


def name_tokens(phrase: str) -> List[str]:
    """The capitalised words of *phrase* that may belong to a personal name.

    Titles, honorifics and sentence openers are dropped; possessives are cut.

    >>> name_tokens("Prime Minister Benjamin Netanyahu’s")
    ['Benjamin', 'Netanyahu']
    >>> name_tokens("the UN")
    ['UN']
    """
    words = _words(phrase)
    return _name_words(words, [_fold(w) for w in words])


def _name_words(words: Sequence[str], lows: Sequence[str]) -> List[str]:
    """:func:`name_tokens` over the *words* of a phrase, with their :func:`_fold` forms *lows*."""
    out: List[str] = []
    for w, low in zip(words, lows):
        if not w[:1].isupper():
            if low in tlex.NAME_PARTICLES and out:
                out.append(w)
                continue
            out = []
            continue
        if low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in tlex.NOT_NAMES:
            out = []
            continue
        core = _cut_possessive(w)
        if core.endswith(".") and not _is_abbrev(core.casefold()):
            core = core[:-1]
        out.append(core)
    return out


def _split_title(words: Sequence[str]) -> Tuple[List[str], List[str], str]:
    """Split the words before a surname into (title words, given names, gender).

    >>> _split_title(["US", "National", "Security", "Adviser", "Jake"])
    (['US', 'National', 'Security', 'Adviser'], ['Jake'], '')
    >>> _split_title(["Secretary", "of", "State", "Tony"])
    (['Secretary', 'of', 'State'], ['Tony'], '')
    >>> _split_title(["Mrs."])
    (['Mrs.'], [], 'f')
    """
    cut = 0
    gender = ""
    for k, w in enumerate(words):
        low = w.casefold()
        if low in tlex.HONORIFICS:
            cut = k + 1
            gender = tlex.HONORIFICS[low] or gender
        elif (
            low in tlex.TITLE_WORDS
            or low in tlex.NOT_NAMES
            or low in tlex.SPECIFIC_ROLES
            or (not w[:1].isupper() and low not in tlex.NAME_PARTICLES)  # "chief of staff"
            or (len(w) > 1 and w.isupper() and "." not in w)  # "US", "IDF": an acronym belongs to the title
        ):
            cut = k + 1
    if 0 < cut < len(words) and words[cut - 1].casefold() == "of":
        cut += 1  # "Secretary of State Tony": one word after "of" belongs to the title
    return list(words[:cut]), list(words[cut:]), gender


def _prefix(text: str, i: int) -> List[str]:
    """The words printed right before ``text[i]``, joined by single spaces, that may be
    a title or given names: "US National Security Adviser Jake " before "Sullivan".

    >>> t = "with Shin Bet director Ronen Bar."
    >>> _prefix(t, t.index("Bar"))
    ['Shin', 'Bet', 'director', 'Ronen']
    >>> t = 'Retired postman Walter "The Walrus" Penhaligon'
    >>> _prefix(t, t.index("Penhaligon"))
    ['Walter']
    """
    if i < 2 or text[i - 1] != " ":
        return []
    # most places have a plain word, a clause end or nothing before them: one word tells
    j = text.rfind(" ", max(0, i - _PREFIX_REACH), i - 1)
    if j >= 0:
        w = text[j + 1 : i - 1]
        if not w:
            return []
        last = w[-1]
        if last in "\"”":
            if not (w[:1].isupper() or w[1:2].isupper()):
                return []  # the end of a quotation, not a nickname
        elif "\n" not in w and "\t" not in w and "\u00a0" not in w:
            if last in ",;:)(“" or (last == "." and not _is_abbrev(w.casefold())):
                return []
            if not w[0].isupper():
                low = _fold(w)
                if low != "of" and low not in _ROLE_OR_PARTICLE:
                    return []
    window = text[max(0, i - _PREFIX_REACH) : i - 1]
    parts = window.split(" ")
    out: List[str] = []
    words = (parts[1:] if len(parts) > 1 and i - _PREFIX_REACH > 0 else parts)[::-1]
    # a word may hold a line break, a tab or a no-break space (the name starts after it);
    # the first *plain* words, those after the last one of them, hold none
    brk = max(window.rfind("\n"), window.rfind("\t"), window.rfind("\u00a0"))
    plain = window.count(" ", brk + 1) if brk >= 0 else len(words)
    skip = 0
    if words and words[0][-1:] in ("\"", "”"):
        # a nickname in quote marks before the surname is skipped: Walter "The Walrus" Penhaligon
        k = next((x for x in range(min(3, len(words))) if words[x][:1] in ("\"", "“")), -1)
        if k < 0 or not all(w[:1].isupper() or w[1:2].isupper() for w in words[: k + 1]):
            return []
        skip = k + 1
    for x in range(skip, len(words)):
        w = words[x]
        if not w or len(out) >= 7:
            break
        cut = -1 if x < plain else max(w.rfind("\n"), w.rfind("\t"), w.rfind("\u00a0"))
        if cut >= 0:
            w = w[cut + 1 :]
            if not w:
                break
        folded = w.casefold()
        if w[-1] in ",;:)(\"“”" or (w[-1] == "." and not _is_abbrev(folded)):
            break
        low = _unpossess(folded)
        if w[0].isupper():
            if low in _DETERMINERS or (low in tlex.NOT_NAMES and low not in tlex.HONORIFICS):
                break
            if low != folded:
                break  # a possessive: "Netanyahu’s Sullivan" is no name
        elif low != "of" and low not in _ROLE_OR_PARTICLE:
            break
        out.append(w)
        if cut >= 0:
            break
    out.reverse()
    while out and not out[0][0].isupper():
        out.pop(0)  # a title opens on a capital or an acronym: "IDF chief of staff"
    return out


def _role_after(text: str, end: int) -> str:
    """A role in apposition after a name: ", the campaign’s press secretary,".

    >>> t = "Brian Fallon, the campaign’s press secretary, noted"
    >>> _role_after(t, 12)
    'the campaign’s press secretary'
    """
    if text[end : end + 1] != ",":
        return ""  # the pattern opens on a comma
    m = _apposition(text, end)
    if m is None:
        return ""
    role = m.group("role")
    printed = _words(role)
    words = [_fold(w) for w in printed]
    if not words or len(words) > 9:
        return ""
    # "Matthew Miller, State Department spokesperson," opens on a capital too;
    # a list of names ("…, Prime Minister Dana Roth and Mrs.") does not end on a role
    named = printed[0][:1].isupper() and printed[0].casefold() not in _DETERMINERS
    if named and (printed[-1][:1].isupper() or words[-1] not in _ROLE_OR_PARTICLE):
        return ""
    if not any(w in tlex.SPECIFIC_ROLES or w in tlex.TITLE_WORDS for w in words):
        return ""
    return role.casefold()


def _occurrences(text: str, word: str) -> List[int]:
    """Where *word* stands as a whole word in *text* (a possessive may follow)."""
    out: List[int] = []
    i = text.find(word)
    n = len(word)
    while i >= 0 and len(out) < _OCCURRENCES:
        j = i + n
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append(i)
        i = text.find(word, j)
    return out


def _places(people: People, word: str) -> List[int]:
    """:func:`_occurrences` of *word* in the article, read once."""
    got = people.places.get(word)
    if got is None:
        got = people.places[word] = _occurrences(people.text, word)
    return got


def proper_word(people: People, word: str) -> bool:
    """True when *word* stands at least once right after a lower-case word or a comma:
    a capitalised word in mid-sentence is a proper name (only its first places are read).
    A word after a capitalised word ("To Paris", "Der Minister") tells nothing.

    >>> p = build_people("Der Hund bellt. Sie sah der Katze zu. Wir lasen Ruiz. To Paris.")
    >>> proper_word(p, "Der"), proper_word(p, "Ruiz"), proper_word(p, "Paris")
    (False, True, False)
    """
    text = people.text
    for i in _places(people, word):
        if i >= 2 and text[i - 1] == " ":
            if text[i - 2] == ",":
                return True
            k = i - 1
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            if text[k].islower():
                return True
    return False


def person(people: People, surname: str) -> Person:
    """What the text says about the person called *surname*, read once and remembered.

    >>> t = "Prime Minister Benjamin Netanyahu said no. Netanyahu’s office agreed."
    >>> p = person(build_people(t), "Netanyahu")
    >>> p.name_at(40), p.roles, p.known
    ('Benjamin Netanyahu', ('prime minister',), True)
    >>> person(build_people("Rafah is a city. Rafah is crowded."), "Rafah").known
    False
    """
    word = _cut_possessive(surname)
    key = word.casefold()
    got = people.persons.get(key)
    if got is not None:
        return got
    text = people.text
    names: List[Tuple[int, str]] = []
    roles: List[str] = []
    gender = ""
    titled = False
    printed = ""
    for i in _places(people, word):
        before = _prefix(text, i)
        if not before:
            continue  # most places: nothing printed before the name tells anything
        if people.quoted and _quoted(people, i):
            continue  # a name printed inside a quotation is the speaker's wording ("Crooked Jane Roe")
        title, given, g = _split_title(before)
        if given and _not_given(given[-1]):
            given = []  # "University of California", "Kent County Republican": a place, not a name
        given = _trim_given(given)
        if given and _common_word(people, given[0], i - len(" ".join(given)) - 1):
            given = given[1:]  # "Hosting Cook said", "Investor Icahn": a word that opens the sentence
        gender = gender or g
        if title and given and not printed:
            printed = " ".join(title)
        if any(_fold(w) in _ROLE_OR_PARTICLE or _fold(w) in tlex.HONORIFICS for w in title):
            titled = True  # not "University of California": no title word
            role = " ".join(w.casefold() for w in title if w.casefold() not in tlex.HONORIFICS)
            if role and role not in roles:
                roles.append(role)
        if given:
            full = " ".join((*given, word))
            names.append((i - len(full) + len(word), full))
            after = _role_after(text, i + len(word))
            if after and after not in roles:
                roles.append(after)
    got = Person(
        surname=word, names=tuple(names), roles=tuple(roles), gender=gender, titled=titled, title=printed
    )
    people.persons[key] = got
    return got


def _gender(people: People, p: Person) -> str:
    """The gender of *p*: from a courtesy title, else from a given name printed as the
    only name ("Prince Harry"), else from the pronouns right after its mentions."""
    if p.gender:
        return p.gender
    if not p.names:
        low = p.surname.casefold()
        if low in glex.FEMININE or low in glex.MASCULINE:
            return "f" if low in glex.FEMININE else "m"
    key = p.surname.casefold()
    got = people.genders.get(key)
    if got is not None:
        return got
    male = female = 0
    text = people.text
    for i in _places(people, p.surname)[:6]:
        for w in _gendered(text, i, min(len(text), i + 160)):
            if w.casefold() in ("he", "him", "his"):
                male += 1
            else:
                female += 1
    got = "m" if male > 2 * female else "f" if female > 2 * male else ""
    people.genders[key] = got
    return got


def _quoted(people: People, pos: int) -> bool:
    """True when *pos* lies inside a quotation."""
    k = bisect.bisect_right(people.quoted, (pos, len(people.text) + 1)) - 1
    return k >= 0 and people.quoted[k][0] <= pos < people.quoted[k][1]


def _given_gender(full: str) -> str:
    """The gender the given name right before the surname tells ("" when none does);
    initials and unlisted middle names are passed over, and so is a woman's name borne
    as a man's middle name right after a man's given name ("Jose Maria Aznar").

    >>> _given_gender("Hillary Clinton"), _given_gender("Robert C. Scott"), _given_gender("Kim Roe")
    ('f', 'm', '')
    >>> _given_gender("Jose Maria Aznar"), _given_gender("Tom Marsh Calls Susan Ellery")
    ('m', 'f')
    """
    words = [w.casefold() for w in full.split(" ")[:-1]]
    for i in range(len(words) - 1, -1, -1):
        low = words[i]
        if low in glex.FEMININE:
            if low in glex.MENS_MIDDLE and i > 0 and words[i - 1] in glex.MASCULINE:
                return "m"
            return "f"
        if low in glex.MASCULINE:
            return "m"
    return ""


def _agreeing_name(people: People, p: Person, pos: int, gender: str, full: str, told: str) -> str:
    """The full name under which *p*, named right before *pos*, agrees with *gender* ("" if none).

    *full* is the name as the run printed it when it gave given names, and *told* the
    gender its courtesy title gave; a titled run stands for the name it prints, or
    for the latest full name of that gender with its surname. A bare surname that two people of either gender
    share ("Clinton" after "Bill Clinton" and "Hillary Clinton") stands for the one
    whose full name the article printed most often so far (the first printed on a tie).
    """
    if told:
        if gender and told != gender:
            return ""
        if full and _given_gender(full) in ("", told):
            return full  # the run prints the name: "Mrs. Ann Roe" beside "Mr. Bob Roe"
        known = p.name_at(pos)
        if _given_gender(known) in ("", told):
            return known
        # "Mrs. Roe" after "Ann Roe" and "Bob Roe": the latest full name of that gender
        agreeing = [(at, n) for at, n in p.names if at < pos and _given_gender(n) == told]
        return max(agreeing)[1] if agreeing else p.surname
    g = _given_gender(full) if full else ""
    if g:
        if gender and g != gender:
            return ""
        known = p.name_at(pos)
        return known if _given_gender(known) == g else full
    if gender:
        counts: Dict[str, List[int]] = {}
        for at, name in p.names:
            if at < pos:
                counts.setdefault(name, []).append(at)
        genders = {name: _given_gender(name) for name in counts}
        seen = set(genders.values()) - {""}
        if full and full in counts:
            return full  # the run prints a name the article gives, of no listed gender
        if len(seen) > 1:
            top = max(counts, key=lambda n: (len(counts[n]), -counts[n][0]))
            g = genders[top]
            if g:
                return top if g == gender else ""
        elif seen and gender not in seen:
            return ""  # every full name printed with that surname is of the other gender
        elif seen:
            # several people of that gender share the surname: the one named most so far, then the latest
            return max((len(ats), max(ats), n) for n, ats in counts.items() if genders[n] == gender)[2]
        g = _gender(people, p)
        if g and g != gender:
            return ""
    return p.name_at(pos)


def _antecedent(people: People, pos: int, gender: str, word: str = "") -> Optional[Tuple[Person, str]]:
    """The person the pronoun *word* ("he", "she") at *pos* stands for, of a compatible
    *gender*, with the full name that person goes by there.

    The sentences before the pronoun are read from the nearest back, outside
    quotations. In each, the subject comes first: a name that opens the sentence
    or its main clause (see :func:`_subject_position`) wins over a nearer object
    or apposition ("Ham explained why he backs Trump over Clinton" gives Ham),
    and a "he" or "she" like the pronoun carries the chain back to its own
    antecedent ("She says Trump's tweets accusing Ann Roe are lies" gives whoever
    the first "she" is). With no subject to take, the nearest name of the
    sentence does; one after a preposition ("told Blinken", "with Smith") or in
    the possessive only when no sentence in reach gives another.
    """
    memo = people.antecedents
    chain: List[Tuple[int, str]] = []
    found: Optional[Tuple[Person, str]] = None
    for _ in range(_CHAIN_HOPS):
        key = (pos, word)
        if key in memo:
            found = memo[key]
            break
        chain.append(key)
        found, pos = _antecedent_here(people, pos, gender, word)
        if pos < 0:
            break
    else:
        found = None  # a chain too long to follow
    for key in chain:
        memo[key] = found
    return found


def _antecedent_here(people: People, pos: int, gender: str, word: str) -> Tuple[Optional[Tuple[Person, str]], int]:
    """One step of :func:`_antecedent`: the person found before *pos*, or the position of
    an earlier pronoun to follow (then the person is None)."""
    text = people.text
    floor = max(0, pos - _PRONOUN_REACH - _SENTENCE_BACK)
    every = _sentence_starts(people, floor, pos)
    first = max(bisect.bisect_right(every, pos - _PRONOUN_REACH) - 1, 0)
    lo = every[first] if every else floor  # the window starts with a whole sentence, if not too long
    starts = every[first:] or [lo]
    fallback: Optional[Tuple[Person, str]] = None
    unnamed = people.unnamed
    cache = people.runs
    read = 0  # capitalised runs read so far
    # the sentences from the nearest back, each read only when the ones after it decide nothing
    for here in range(len(starts) - 1, -1, -1):
        s_lo = starts[here]
        s_hi = starts[here + 1] if here + 1 < len(starts) else pos
        runs: List[List[Tuple[int, int]]] = []
        for m in _caps(text, max(s_lo, lo), s_hi):
            s, e = m.span()
            if runs and text[runs[-1][-1][1] : s] == " " and not _full_stop_word(text, *runs[-1][-1]):
                runs[-1].append((s, e))
            else:
                runs.append([(s, e)])  # a new run, also after "Towels." that ends a sentence
        items = [(run[0][0], k) for k, run in enumerate(runs)]
        if word:  # the pronouns like this one, outside quotations
            items += [
                (m.start(), -1)
                for m in _nominatives(text, s_lo, s_hi)
                if m.group().casefold() == word and not _quoted(people, m.start())
            ]
        opens = (s_lo, gender)
        if opens not in unnamed:
            unnamed[opens] = not _quoted(people, s_lo) and _unnamed_subject(text, s_lo, len(text), gender)
        if unnamed[opens]:
            items.append((s_lo, -2))
        items.sort(reverse=True)
        other: Optional[Tuple[Person, str]] = None
        for at, k in items:
            if k == -2:
                return None, -1  # "A deckhand was more cautious.": someone the article does not name
            if k < 0:
                return None, at  # "he" again: the same person
            run = runs[k]
            read += 1
            key = (run[0][0], run[-1][1])
            # a run near the window's left edge may be cut short: read it afresh
            keep = key[0] - lo > _RUN_MARGIN
            if keep and key in cache:
                got = cache[key]
            else:
                got = _read_run(people, run, lo)
                if keep:
                    cache[key] = got
            if got is None:
                continue
            p, after_preposition, full, told, alone = got
            subject = _subject_position(people, run, s_lo)
            if alone:
                # a given name alone ("Melanie said"): a person only as a subject, of the name's gender
                g = "f" if p.surname.casefold() in glex.FEMININE else "m"
                name = _given_full(people, p.surname, at) if subject and (not gender or g == gender) else ""
            else:
                name = _agreeing_name(people, p, pos, gender, full, told)
            if not name:
                continue
            if subject:
                return (p, name), -1
            if not after_preposition:
                other = other or (p, name)
            elif alone or (told or _given_gender(name) or _gender(people, p)) == gender:
                fallback = fallback or (p, name)  # "for Foreign Affairs", "in California": no gender, no person
        if other is not None:
            return other, -1  # the nearest name of the sentence: no subject there
        if read >= _RUNS_READ:
            break
    return fallback, -1


def _full_stop_word(text: str, s: int, e: int) -> bool:
    """True when the word ``text[s:e]`` ends a sentence with its dot ("Towels." but not "Mr.").

    >>> _full_stop_word("Towels. Shower", 0, 7), _full_stop_word("Mr. Roe", 0, 3)
    (True, False)
    """
    return text[e - 1 : e] == "." and not _is_abbrev(text[s:e].casefold())


def _unnamed_subject(text: str, start: int, hi: int, gender: str) -> bool:
    """True when the sentence at *start* opens on an unnamed person of a compatible
    *gender*: a determiner or a possessive, then a person noun, then a lower-case
    word ("A deckhand interviewed on the quay was …", "My father often said …").

    >>> _unnamed_subject("A deckhand on the quay was wary.", 0, 32, "m")
    True
    >>> _unnamed_subject("Their mother Sharon agreed.", 0, 27, "f"), _unnamed_subject("My mother left.", 0, 15, "m")
    (False, False)
    >>> _unnamed_subject("A week later, Roe left.", 0, 23, "f")
    False
    >>> _unnamed_subject("A deckhand on the quay, Tom Roe, was wary.", 0, 42, "m")
    False
    """
    words = text[start : min(hi, start + 100)].split()[:12]
    if len(words) < 3 or _fold(words[0]) not in _UNNAMED_OPENERS:
        return False
    for k in range(1, min(len(words) - 1, 5)):
        w = words[k]
        if not w.isalpha() or not w.islower():
            return False  # a name, a comma, a number: "Their mother Sharon", "His wife, Ann,"
        if w in tlex.UNNAMED_HEADS or w in tlex.PERSON_GENDERS or w.endswith(_PERSON_ENDINGS):
            if not words[k + 1][:1].islower():
                return False  # "Their mother Sharon …"
            if any(a.endswith(",") and b[:1].isupper() for a, b in zip(words[k:], words[k + 1 :])):
                return False  # "A deckhand on the quay, Tom Roe, was …": named in apposition
            g = tlex.PERSON_GENDERS.get(w, "")
            return not (gender and g and g != gender)
    return False


def _sentence_starts(people: People, lo: int, hi: int) -> List[int]:
    """Where the sentences in ``text[lo:hi]`` start, in order: after a sentence end or a
    line break, and *lo* itself. The text is read in blocks, each once.

    >>> p = build_people("Mr. Roe spoke. Then U.S. officials said\\nno")
    >>> [p.text[i:i + 4] for i in _sentence_starts(p, 0, len(p.text))]
    ['Mr. ', 'Then', 'no']
    """
    out = [lo]
    for block in range(lo // _BLOCK, (hi - 1) // _BLOCK + 1):
        got = people.starts.get(block)
        if got is None:
            got = people.starts[block] = _block_starts(people.text, block * _BLOCK, (block + 1) * _BLOCK)
        out.extend(got[bisect.bisect_right(got, lo) : bisect.bisect_left(got, hi)])  # ``got`` is sorted
    return out


def _block_starts(text: str, lo: int, hi: int) -> List[int]:
    """The sentence starts after a sentence end or a line break that lies in ``text[lo:hi]``.

    The sentence-end pattern is tried only where a full stop, an exclamation mark or a
    question mark stands (found with ``str.find``): a match holds just one of them, so
    these are the places where a scan of the pattern would match.
    """
    floor = max(0, lo - 40)
    endpos = min(len(text), hi + 8)
    out: List[int] = []
    for mark in ".!?":
        k = text.find(mark, lo, hi)
        while k >= 0:
            m = sentence_end_at(text, k, endpos)
            if m is not None and (mark != "." or ends_here(text, floor, k)):
                out.append(m.end())
            k = text.find(mark, k + 1, hi)
    nl = text.find("\n", lo, hi)
    while nl >= 0:
        out.append(nl + 1)
        nl = text.find("\n", nl + 1, hi)
    out.sort()
    return out


def _subject_position(people: People, run: Sequence[Tuple[int, int]], start: int) -> bool:
    """True when the capitalised *run* is the subject of a sentence that starts at *start*:
    it opens the sentence (past "But", "Then", an opening mark, or a title printed in
    lower case: "Clinton communication director Ann Roe said"), or follows the comma
    of an opening clause with a verb after it ("In a statement, Roe said"), or follows
    a quotation ("“…,” Roe said") or a speech verb after one ("“…,” said Roe").

    >>> t = "In a statement, Ann Roe said she met Bob Lee, the mayor."
    >>> p = build_people(t)
    >>> [_subject_position(p, [(m.start(), m.end())], 0) for m in _caps(t) if m.group() in ("Roe", "Lee")]
    [False, False]
    >>> _subject_position(p, [(16, 19), (20, 23)], 0), _subject_position(p, [(37, 40), (41, 44)], 0)
    (True, False)
    """
    text = people.text
    s, e = run[0][0], run[-1][1]
    for w in text[s:e].split():
        low = _fold(w)
        if low not in _SUBJECT_OPENERS:
            if (low in tlex.NOT_NAMES or low in _PREPOSITIONS) and low not in tlex.HONORIFICS:
                return False  # "For Roe, …", "While Roe …", "The Roe campaign"
            break
    k = s - 1
    while k > start and text[k] == " ":
        k -= 1
    if k >= start and text[k] == ",":
        k -= 1
    if k >= start and text[k] in _CLOSING_MARKS and _quoted(people, k):
        return True  # “…,” Roe said
    j = text.rfind(" ", max(start, k - 20), k)
    if j > start and text[j + 1 : k + 1] in slex.SPEECH_FORMS:
        if text[j - 1] in _CLOSING_MARKS:
            return True  # “…,” said Roe
        if text[j - 1] == "," and (text[e - 1] == "." or text[e : e + 1] in (",", ".", ";")) and text[e - 2 : e] not in ("'s", "’s"):
            return True  # …, noted the Times' Ann Roe. (not "…, said Roe's statement")
    words = text[start:s].split()
    while words and (_fold(words[0]).strip("\"“‘'(") in _SUBJECT_OPENERS or not any(c.isalnum() for c in words[0])):
        words.pop(0)
    nxt = text[e : e + 2]
    if not (nxt[:1] in (",", "(") or nxt == " (" or (nxt[:1] == " " and nxt[1:].islower())):
        return False  # a subject goes on with a verb or an apposition; "Live Updates:" is a heading
    if not words:
        return True
    if words[-1][-1] == ",":
        # an opening clause, then the subject and its verb: "In a statement, Roe said"
        after = text[e : e + 30].split(None, 2)
        return (
            text[e : e + 1] == " "
            and bool(after)
            and after[0][:1].islower()
            and after[0].rstrip(",.;:") == after[0]
            and after[0] not in _NOT_A_VERB
            and after[0] not in _PREPOSITIONS
        )
    # a title before the name: "Secretary of State John Roe", "Trump campaign spokesman Jason Roe"
    if len(words) > _TITLE_REACH or not words[0][:1].isupper() or _fold(words[0]) in _DETERMINERS:
        return False
    for x, w in enumerate(words):
        if w[-1] in ",;:.":
            return False
        low = _fold(w)
        if w[:1].isupper():
            if low in tlex.NOT_NAMES or low in _PREPOSITIONS:
                return False  # "While Obama …", "Like Roe …": a clause or a phrase opens the sentence
            continue
        if low in _ROLE_OR_PARTICLE or (low in ("of", "for") and x > 0):
            continue
        if x + 1 == len(words) and low.endswith(_ROLE_ENDINGS):
            continue  # "Wild defenseman Ryan Roe": a role the lexicon does not list
        nxt = _fold(words[x + 1]) if x + 1 < len(words) else ""
        if nxt not in _ROLE_OR_PARTICLE or low.endswith("ed") or low in _DETERMINERS or low in _PREPOSITIONS:
            return False
    return True


def _short_rest(text: str, pos: int) -> bool:
    """True when the line goes on for at most 40 characters after *pos* (", Reuters",
    " and Bob Roe"), as a byline's does; running text goes on ("By Roe's count, the …").

    >>> _short_rest("By Ann Lee\\nThe council", 10)
    True
    >>> _short_rest("By Roe's count, the ferry lost money in every month of the year", 8)
    False
    """
    end = text.find("\n", pos)
    return (len(text) if end < 0 else end) - pos <= 40


def _read_run(people: People, run: Sequence[Tuple[int, int]], lo: int) -> Optional[_Run]:
    """The person a run of capitalised words names, if any: the person, whether a
    preposition precedes the run, the full name the run prints ("" for a bare
    surname), the gender its courtesy title tells, and whether the run is a
    common given name alone ("Melanie"), which the caller takes only as a subject.

    A run that follows or opens on an article is no person: "the Washington
    Monument", "a Jane Roe Foundation event", "The Roe campaign"; nor is one
    after or before an ampersand ("Moore & Van Allen"), nor a photo credit in
    brackets ("(Ann Roe/The Herald)"). A title word is a
    surname when the article prints it after a common given name ("Dean" after
    "Howard Dean").
    """
    text = people.text
    last = _cut_possessive(text[run[-1][0] : run[-1][1]]).rstrip(".")
    low = last.casefold()
    if not last or (len(last) > 1 and last.isupper()):
        return None  # "IDF": cheap tests first
    if low in _NOT_A_PERSON and not (low in _ROLE_OR_PARTICLE and low not in _NOT_A_NAME and _given_before(people, last)):
        return None  # "Monday", "Strip", "Senator"; not "Dean" after "Howard Dean"
    if _quoted(people, run[0][0]):
        return None
    if text[max(0, run[0][0] - 2) : run[0][0]] == "& " or text[run[-1][1] : run[-1][1] + 2] == " &":
        return None  # "Moore & Van Allen", "Roe & Lee": a firm
    if text[run[0][0] - 1 : run[0][0]] == "(" and text[run[-1][1] : run[-1][1] + 1] == "/":
        return None  # "(Ann Roe/The Herald)": a photo credit
    names = name_tokens(" ".join(text[s:e] for s, e in run)) if len(run) > 1 else [last]
    if len(names) > 2:
        names = [*_trim_given(names[:-1]), names[-1]]
    if len(names) > 1 and text.startswith(names[0], run[0][0]) and _common_word(people, names[0], run[0][0]):
        names = names[1:]  # "Hosting Roe said": the word that opens the sentence is no given name
    if not names:
        return None
    last = names[-1]
    # the words before the run first: they rule a run out without reading the person
    k = run[0][0] - 1
    while k >= lo and text[k] == " ":
        k -= 1
    j = k
    while j >= lo and text[j].isalpha():
        j -= 1
    before = text[j + 1 : k + 1].casefold()
    first = text[run[0][0] : run[0][1]].casefold()
    if first in ("the", "a", "an") and len(run) > 1:
        before, first = first, text[run[1][0] : run[1][1]].casefold()  # "The Republican said"
    elif first in _PREPOSITIONS and len(run) > 1:
        if first == "by" and text[run[0][0] - 1 : run[0][0]] in ("\n", "") and _short_rest(text, run[-1][1]):
            return None  # the byline "By Ann Lee": the writer is no person of the story
        before, first = first, text[run[1][0] : run[1][1]].casefold()  # "For Roe, …"
    if before in ("the", "a", "an") and first not in tlex.TITLE_WORDS and first not in tlex.HONORIFICS:
        return None
    p = person(people, last)
    alone = False
    if len(names) < 2 and not p.known:
        if len(run) > 1 or not _given_alone(people, last):
            return None
        alone = True
    told = tlex.HONORIFICS.get(first, "")
    # a possessive ("Roe's statement") modifies a noun, like the object of a preposition
    owner = text[run[-1][1] - 2 : run[-1][1]] in ("'s", "’s")
    object_of = before in _PREPOSITIONS and not (before == "with" and _ing_after(text, run[-1][1]))
    return p, owner or object_of, " ".join(names) if len(names) > 1 else "", told, alone


def _ing_after(text: str, end: int) -> bool:
    """True when an -ing word follows the name that ends at *end*, past an aside between
    dashes: "with Ann Roe — who … — lambasting the plan" makes Roe the one doing it.

    >>> _ing_after("with Ann Roe leading the count", 12), _ing_after("with Ann Roe — a rival — saying no", 12)
    (True, True)
    >>> _ing_after("with Ann Roe on Monday", 12)
    False
    """
    k = end
    if text[k : k + 3] in (" — ", " – "):
        close = text.find(text[k + 1], k + 3, k + 120)
        if close < 0:
            return False
        k = close + 1
    word = text[k : k + 30].split(None, 1)
    return text[k : k + 1] == " " and bool(word) and word[0].islower() and word[0].endswith("ing")


def _common_word(people: People, word: str, start: int) -> bool:
    """True when *word*, printed at *start*, opens a sentence or a line and is a common
    word rather than a given name: no listed given name, and the article also prints it
    in lower case ("Whether Roe …" beside "whether", "Investor Roe" beside "investor"),
    or it has the ending of a verb or an adjective ("Hosting Roe …", "Devastated Roe …").

    >>> p = build_people("Investor Ann Roe spoke. Hosting Roe was hard, said an investor.")
    >>> _common_word(p, "Investor", 0), _common_word(p, "Hosting", 24), _common_word(p, "Ann", 9)
    (True, True, False)
    """
    text = people.text
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0\"'“‘(":
        k -= 1
    if k >= 0 and text[k] not in "\n.!?":
        return False  # inside a sentence: a capital there is a name
    low = word.casefold()
    if low in glex.GIVEN_NAMES or low == word:
        return False
    if len(low) > 5 and low.endswith(("ing", "ed", "ly", "able")):
        return True  # "Hosting Roe …", "Devastated Roe …", "Unpredictable Roe …"
    return bool(_places(people, low))


def _trim_given(given: Sequence[str]) -> List[str]:
    """The given names of a full name without a capitalised word printed before them that
    is no common given name ("Stallholder Ingrid" gives "Ingrid"; "Mary Ann" stays).

    >>> _trim_given(["Stallholder", "Ingrid"]), _trim_given(["Mary", "Ann"]), _trim_given(["Jose", "Maria"])
    (['Ingrid'], ['Mary', 'Ann'], ['Jose', 'Maria'])
    """
    if len(given) < 2 or given[0].casefold() in glex.GIVEN_NAMES:
        return list(given)
    k = next((x for x in range(1, len(given)) if given[x].casefold() in glex.GIVEN_NAMES), 0)
    return list(given[k:])


def _not_given(word: str) -> bool:
    """True for a word before a surname that cannot be a given name: a place or an
    organisation word that is no common given name, or a lower-case word that is no
    particle ("of" in "University of California").

    >>> [_not_given(w) for w in ("University", "of", "Bill", "van", "Ann")]
    [True, True, False, False, False]
    """
    low = _fold(word)
    if not word[:1].isupper():
        return low not in tlex.NAME_PARTICLES
    return low in _NOT_A_NAME and low not in glex.GIVEN_NAMES


def _given_before(people: People, word: str) -> bool:
    """True when the article prints *word* right after a common given name ("Howard Dean").

    >>> p = build_people("Howard Dean spoke. Dean said no.")
    >>> _given_before(p, "Dean"), _given_before(build_people("The Dean said no."), "Dean")
    (True, False)
    """
    return any(n.split()[-2].casefold() in glex.GIVEN_NAMES for _, n in person(people, word).names)


def _given_full(people: People, given: str, pos: int) -> str:
    """The full name that the given name *given*, printed alone at *pos*, stands for: the
    last "Given Surname" printed before it, else *given* itself.

    >>> t = "Her daughter, Sarah Gille, studied at Yale. Later, Sarah moved."
    >>> _given_full(build_people(t), "Sarah", t.rindex("Sarah")), _given_full(build_people(t), "Sarah", 5)
    ('Sarah Gille', 'Sarah')
    """
    text = people.text
    for i in reversed([i for i in _places(people, given) if i < pos]):
        j = i + len(given)
        nxt = text[j + 1 : j + 40].split(None, 1)
        if text[j : j + 1] != " " or not nxt:
            continue
        word = _cut_possessive(nxt[0].rstrip(",.;:!?)"))
        if word[:1].isupper() and word.isalpha() and _fold(word) not in _NOT_A_PERSON:
            return f"{given} {word}"
    return given


def _given_alone(people: People, word: str) -> bool:
    """True for a common given name that tells a gender, is not as often a place name
    ("Virginia"), and that the article never prints after "in", "at" or "from" (a
    place: "a bar in Ruby").

    >>> p = build_people("Melanie was up. She had a bar in Ruby. Virginia voted. Ruby slept.")
    >>> [_given_alone(p, w) for w in ("Melanie", "Ruby", "Virginia", "Roe")]
    [True, False, False, False]
    """
    low = word.casefold()
    if (low not in glex.FEMININE and low not in glex.MASCULINE) or low in glex.PLACE_NAMES:
        return False  # not a listed given name, or as often a place: "Virginia voted …"
    text = people.text
    for i in _places(people, word):
        if text[max(0, i - 5) : i].casefold().endswith((" in ", " at ", "from ")):
            return False
    return True


def _holders(people: People, head: str) -> Tuple[Tuple[int, str, Tuple[str, ...]], ...]:
    """Every named holder of the role *head*: ``(position, full name, role words)``.

    "US National Security Adviser Jake Sullivan" and "Brian Fallon, the
    campaign's press secretary," both count.
    """
    got = people.holders.get(head)
    if got is not None:
        return got
    text = people.text
    out: List[Tuple[int, str, Tuple[str, ...]]] = []
    forms = {head, head.capitalize(), *(v for v in _VARIANTS.get(head, ()))}
    forms |= {v.capitalize() for v in _VARIANTS.get(head, ())}
    for form in forms:
        for i in _occurrences(text, form):
            j = i + len(form)
            # a title before a name: "… Adviser Jake Sullivan"
            if text[j : j + 1] == " ":
                after = [w for w in text[j + 1 : j + 60].split(" ")[:6]]
                if after and after[0].casefold() == "of" and len(after) > 1:
                    after = after[2:]  # "Secretary of State Tony Blinken"
                names: List[str] = []
                for w in after:
                    core = _cut_possessive(w.rstrip(",.;:"))
                    if not core or not core[0].isupper() or core.casefold() in tlex.NOT_NAMES:
                        break
                    names.append(core)
                    if core != w:
                        break
                if names and names[-1].casefold() not in tlex.PLACE_ORG_WORDS:
                    p = person(people, names[-1])
                    role = (*(_fold(w) for w in _prefix(text, i)), head)
                    out.append((i, p.name_at(i + len(form) + 1) if len(names) < 2 else " ".join(names), role))
                    continue
            # a role after a name: "Brian Fallon, the campaign’s press secretary,"
            comma = text.rfind(", ", max(0, i - 60), i)
            if comma > 0 and "." not in text[comma:i]:
                before = name_tokens(text[max(0, comma - 40) : comma].split(".")[-1])
                if len(before) >= 2:
                    role = tuple(_fold(w) for w in _words(text[comma + 2 : j]))
                    out.append((i, " ".join(before), role))
    got = tuple(sorted(out))
    people.holders[head] = got
    return got


def _role_head(words: Sequence[str]) -> str:
    """The office word of a description, abbreviations expanded ("" if none).

    >>> _role_head(["the", "us", "national", "security", "adviser"]), _role_head(["sen."])
    ('adviser', 'senator')
    """
    for w in reversed(words):
        low = tlex.TITLE_EXPANSIONS.get(w, w)
        if low in tlex.SPECIFIC_ROLES:
            return low
    return ""


def resolve(people: People, text: str, start: int, end: int) -> Speaker:
    """Map the mention ``text[start:end]`` to a :class:`Speaker`.

    >>> t = "Mayor Jane Roe spoke. The mayor said yes. A senior aide said no. She left."
    >>> p = build_people(t)
    >>> resolve(p, t, 22, 31).name
    'Jane Roe'
    >>> s = resolve(p, t, 42, 55)
    >>> s.name, s.descriptor
    (None, 'A senior aide')
    >>> resolve(p, t, 65, 68).name is None  # "She" is the aide, whom the text does not name
    True
    >>> t = "Mayor Jane Roe spoke. Later she left."
    >>> resolve(build_people(t), t, 28, 31).name
    'Jane Roe'
    """
    mention = text[start:end]
    span = Span(start, end)
    seen = people.mentions.get(mention)
    if seen is None:
        got = _words(mention)
        folded = [_fold(w) for w in got]
        seen = people.mentions[mention] = (got, folded, _name_words(got, folded))
    words, lows, names = seen
    if not words:
        return Speaker(text=mention, span=span)
    if len(words) == 1 and lows[0] in tlex.PRONOUNS:
        kind = tlex.PRONOUNS[lows[0]]
        if kind[0] == "n" or kind.endswith("p") or lows[0] in tlex.FIRST_SECOND_PERSON:
            return Speaker(text=mention, span=span)  # "it", "they"; "I" and "you" are the writer and the reader
        found = _antecedent(people, start, kind[0] if len(kind) == 2 else "", lows[0])
        if found is None:
            return Speaker(text=mention, span=span)
        return Speaker(text=mention, span=span, name=found[1], descriptor=_descriptor(found[0]))
    if names and words[-1][:1].isupper():
        p = person(people, names[-1])
        title = " ".join(words[: len(words) - len(names)])
        full = " ".join(names)
        if len(names) >= 2:
            known = p.name_at(start)
            name = known if known.endswith(full) else full
        else:
            name = p.name_at(start)
        return Speaker(text=mention, span=span, name=name, descriptor=title or _descriptor(p))
    # a description: unnamed, an institution, or a role held by a named person
    head = lows[-1]
    if lows[0] in _INDEFINITE or (head in tlex.UNNAMED_HEADS and head not in tlex.SPECIFIC_ROLES):
        return Speaker(text=mention, span=span, descriptor=mention)
    role = _role_head(lows)
    if role and lows[0] in ("the", "his", "her", "their"):
        want = set(lows) - _DETERMINERS
        best: Optional[Tuple[int, int, int]] = None
        best_name = ""
        for at, name, rwords in _holders(people, role):
            have = set(rwords)
            score = (len(want & have) - len(want - have), int(at < start), at if at < start else -at)
            if best is None or score > best:
                best, best_name = score, name
        if best_name:
            return Speaker(text=mention, span=span, name=best_name, descriptor=mention)
    return Speaker(text=mention, span=span, descriptor=mention)


def _descriptor(p: Person) -> Optional[str]:
    """The title printed with *p*'s full name, else its first role, else None."""
    return p.title or (p.roles[0] if p.roles else None)
