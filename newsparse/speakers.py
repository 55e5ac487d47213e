"""The people an article names, and what a speaker mention refers to.

:func:`build_people` reads the whole text once and returns a :class:`People`
table: every person named with at least a given name and a surname (or with a
title, "Prime Minister Netanyahu"), their surname, first name, the roles
printed beside them ("US National Security Adviser Jake Sullivan" gives
"us national security adviser"; "Brian Fallon, the campaign's press
secretary," gives "the campaign's press secretary"), a likely gender, and
every place they are mentioned. :func:`resolve` then maps one mention to a
:class:`~newsparse.model.Speaker`:

* a full name or a surname goes to the person's full name;
* a pronoun goes to the nearest person mentioned before it outside quotes,
  of a compatible gender, preferring one that is not the object of a
  preposition;
* "the national security adviser" goes to the holder of that role whose role
  shares most words with the mention;
* an unnamed descriptor ("a senior US official") or an institution ("the
  statement", "the UN") stays a descriptor.

>>> text = "US National Security Adviser Jake Sullivan spoke. Later, Sullivan said no."
>>> people = build_people(text)
>>> people.persons[0].name, people.persons[0].roles
('Jake Sullivan', ('us national security adviser',))
>>> i = text.index("Sullivan said")
>>> resolve(people, text, i, i + 8).name
'Jake Sullivan'
"""

from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Sequence, Tuple

import attrs
import regex

from ._lexicon import titles as tlex
from .model import Span, Speaker

__all__ = ["Person", "People", "build_people", "resolve", "name_tokens"]

_PATTERNS = {
    # a capitalised word, with inner apostrophes, dots and hyphens ("O'Brien", "U.S.", "Jean-Luc")
    "cap": regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*"),
    # a capitalised word followed by another one: every word of a name but the last
    "run_word": regex.compile(
        r"(?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*"
        r"(?=[ ](?:of[ ]|bin[ ]|ibn[ ]|ben[ ]|bar[ ]|abu[ ]|de[ ]|da[ ]|del[ ]|di[ ]|du[ ]|van[ ]|von[ ]|al-|el-)?\p{Lu})"
    ),
    # what joins two words of a name: a space, maybe a particle
    "join": regex.compile(r"[ ](?:of[ ]|bin[ ]|ibn[ ]|ben[ ]|bar[ ]|abu[ ]|de[ ]|da[ ]|del[ ]|di[ ]|du[ ]|van[ ]|von[ ]|al-|el-)?"),
    # any word (same shape, any case)
    "word": regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*"),
    # a third-person pronoun that tells a gender
    "gendered": regex.compile(r"\b(?:he|him|his|she|her|hers)\b", regex.I),
    # a role printed after a name: ", the campaign's press secretary," / ", a spokesman for X."
    "apposition": regex.compile(r",\s(?P<role>(?:the\s|a\s|an\s)?[^,.;:()\[\]“”\"\n]{3,70}?)(?=[,.;:)])"),
    # the few words before a name that may hold a lower-case role: "IDF chief of staff "
    "before_name": regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*"),
}
_cap_word = _PATTERNS["cap"].match
_run_words = _PATTERNS["run_word"].finditer
_join = _PATTERNS["join"].match
_words = _PATTERNS["word"].findall
_word_iter = _PATTERNS["word"].finditer
_gendered = _PATTERNS["gendered"].finditer
_apposition = _PATTERNS["apposition"].match

_POSSESSIVE = ("'s", "’s", "'", "’")
_PREPOSITIONS = frozenset(
    "to with from for by about against of at on in into toward towards than like between among over".split()
)
_DETERMINERS = frozenset("the a an this that these those".split())
_INDEFINITE = frozenset(
    "a an one another two three four five several some many other others any few most".split()
)
# how far back (in mentions) a pronoun looks for its antecedent
_PRONOUN_REACH = 8


@attrs.frozen
class Person:
    """One person the article names."""

    name: str
    surname: str
    first: str
    roles: Tuple[str, ...] = ()
    gender: str = ""


@attrs.frozen(eq=False)
class People:
    """The people table of one article, with its look-up dictionaries.

    ``mentions`` holds ``(start, end, person, quoted, prep)`` for every mention of a
    person by full name or surname, in text order; ``quoted`` is true inside a
    quotation, ``prep`` when the mention follows a preposition.
    """

    persons: Tuple[Person, ...]
    by_name: Dict[str, int]
    by_surname: Dict[str, Tuple[int, ...]]
    by_first: Dict[str, Tuple[int, ...]]
    by_role: Dict[str, Tuple[int, ...]]
    mention_starts: Tuple[int, ...]
    mentions: Tuple[Tuple[int, int, int, bool, bool], ...]


def _fold(word: str) -> str:
    """Case-fold *word* and drop a possessive ending.

    >>> _fold("Netanyahu’s"), _fold("Hamas'")
    ('netanyahu', 'hamas')
    """
    w = word.casefold()
    for p in _POSSESSIVE:
        if w.endswith(p) and len(w) > len(p) + 1:
            return w[: -len(p)]
    return w


def _strip_token(text: str, start: int, end: int) -> int:
    """Return *end* moved back over a possessive ending or a sentence-final dot.

    >>> t = "Sullivan's plan. Sen. Bob"
    >>> t[:_strip_token(t, 0, 10)], _strip_token(t, 11, 16) - 11, _strip_token(t, 17, 21) - 17
    ('Sullivan', 4, 4)
    """
    word = text[start:end]
    low = word.casefold()
    for p in _POSSESSIVE:
        if low.endswith(p) and len(low) > len(p) + 1:
            return end - len(p)
    if word.endswith(".") and not _is_abbrev(low):
        return end - 1
    while end > start + 1 and text[end - 1] in "-'’":
        end -= 1
    return end


def _is_abbrev(low: str) -> bool:
    """True for "sen.", "u.s.", "j.", "jr." — dots that do not end a sentence.

    >>> _is_abbrev("u.s."), _is_abbrev("sen."), _is_abbrev("said.")
    (True, True, False)
    """
    if len(low) <= 2 or "." in low[:-1]:
        return True
    return low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in tlex.NAME_SUFFIXES


def name_tokens(phrase: str) -> List[str]:
    """The capitalised words of *phrase* that may belong to a personal name.

    Titles, honorifics and sentence openers are dropped; possessives are cut.

    >>> name_tokens("Prime Minister Benjamin Netanyahu’s")
    ['Benjamin', 'Netanyahu']
    >>> name_tokens("the UN")
    ['UN']
    """
    out: List[str] = []
    for w in _words(phrase):
        low = _fold(w)
        core = w[: len(low)] if low != w.casefold() else w
        if not w[:1].isupper():
            if low in tlex.NAME_PARTICLES and out:
                out.append(core)
                continue
            out = []
            continue
        if low in tlex.TITLE_WORDS or low in tlex.HONORIFICS or low in tlex.NOT_NAMES:
            out = []
            continue
        if core.endswith(".") and not _is_abbrev(low):
            core = core[:-1]
        out.append(core)
    return out


def _runs(text: str) -> List[List[Tuple[int, int]]]:
    """The runs of two or more adjacent capitalised words of *text*.

    Words are adjacent when one space, or a particle such as "of", "bin" or
    "al-", stands between them; a possessive or a sentence-final dot ends a run.
    Only words that have a capitalised neighbour are visited, so a text of
    lone capitals ("The", "Rafah") costs one regex scan.

    >>> t = "Secretary of State Tony Blinken met Sheikh Mohammed bin Abdulrahman al-Thani. Then"
    >>> [t[r[0][0]:r[-1][1]] for r in _runs(t)]
    ['Secretary of State Tony Blinken', 'Sheikh Mohammed bin Abdulrahman al-Thani']
    """
    runs: List[List[Tuple[int, int]]] = []
    cur: List[Tuple[int, int]] = []
    expect = -1
    for m in _run_words(text):
        s, e = m.span()
        if s != expect and cur:
            _close_run(text, cur, expect, runs)
            cur = []
        cur.append((s, e))
        j = _join(text, e)
        expect = j.end() if j is not None else e + 1
    if cur:
        _close_run(text, cur, expect, runs)
    return runs


def _close_run(text: str, cur: List[Tuple[int, int]], last: int, runs: List[List[Tuple[int, int]]]) -> None:
    """Add the last word of a run, then cut it at possessives and sentence ends."""
    m = _cap_word(text, last)
    if m is not None:
        cur.append(m.span())
    piece: List[Tuple[int, int]] = []
    for s, e in cur:
        e2 = _strip_token(text, s, e)
        piece.append((s, e2))
        if e2 != e and text[e - 1] != "-":
            if len(piece) > 1:
                runs.append(piece)
            piece = []
    if len(piece) > 1:
        runs.append(piece)


def _role_before(text: str, start: int) -> str:
    """A lower-case role printed just before a name: "IDF chief of staff", "State Department spokesperson".

    >>> t = "with Shin Bet director Ronen Bar"
    >>> _role_before(t, t.index("Ronen"))
    'shin bet director'
    """
    lo = max(0, start - 60)
    words = [(m.start(), m.group()) for m in _word_iter(text, lo, start)]
    if not words or text[words[-1][0] + len(words[-1][1]) : start].strip():
        return ""
    last = _fold(words[-1][1])
    if last not in tlex.TITLE_WORDS and last not in tlex.SPECIFIC_ROLES:
        return ""
    k = len(words) - 1
    while k > 0 and len(words) - k < 5:
        w = words[k - 1][1]
        gap = text[words[k - 1][0] + len(w) : words[k][0]]
        if gap.strip():
            break
        low = _fold(w)
        if low in _DETERMINERS or low in tlex.NOT_NAMES and low != "of":
            break
        if not (w[:1].isupper() or low in tlex.TITLE_WORDS or low == "of" or low in tlex.SPECIFIC_ROLES):
            break
        k -= 1
    return " ".join(_fold(w) for _, w in words[k:])


def _role_after(text: str, end: int) -> str:
    """A role in apposition after a name: ", the campaign’s press secretary,".

    >>> t = "Brian Fallon, the campaign’s press secretary, noted"
    >>> _role_after(t, 12)
    'the campaign’s press secretary'
    """
    m = _apposition(text, end)
    if m is None:
        return ""
    role = m.group("role")
    words = [_fold(w) for w in _words(role)]
    if not words or len(words) > 9:
        return ""
    if not any(w in tlex.SPECIFIC_ROLES or w in tlex.TITLE_WORDS for w in words):
        return ""
    return role.casefold()


def _role_heads(role: str) -> List[str]:
    """The office words of a role phrase, abbreviations expanded.

    >>> _role_heads("us national security adviser"), _role_heads("sen.")
    (['adviser'], ['senator'])
    """
    out = []
    for w in _words(role):
        low = _fold(w)
        low = tlex.TITLE_EXPANSIONS.get(low, low)
        if low in tlex.SPECIFIC_ROLES or low in tlex.TITLE_WORDS and low not in tlex.HONORIFICS:
            out.append(low.split()[-1])
    return out[-1:] if out else []


def build_people(text: str, quoted: Sequence[Tuple[int, int]] = ()) -> People:
    """Build the people table of *text* in one pass over its capitalised words.

    *quoted* lists ``(start, end)`` ranges of quotations, in order; mentions inside
    them are marked so that a pronoun never resolves to a name someone only spoke of.

    >>> p = build_people("Defense Minister Yoav Gallant met Mr. Smith. Gallant spoke.")
    >>> [(x.name, x.roles, x.gender) for x in p.persons]
    [('Yoav Gallant', ('defense minister',), ''), ('Smith', (), 'm')]
    >>> [text_start for text_start, *_ in p.mentions]
    [17, 38, 45]
    """
    persons: List[Person] = []
    by_name: Dict[str, int] = {}
    by_surname: Dict[str, List[int]] = {}
    by_first: Dict[str, List[int]] = {}
    pending: List[Tuple[int, int, int]] = []  # (start, end, person) of each mention

    for run in _runs(text):
        toks = [text[s:e] for s, e in run]
        lows = [_fold(t) for t in toks]
        # the role is everything up to the last title word (with "of State" after it)
        cut = 0
        gender = ""
        for k, low in enumerate(lows):
            if low in tlex.HONORIFICS:
                cut = k + 1
                gender = tlex.HONORIFICS[low] or gender
            elif low in tlex.TITLE_WORDS or low in tlex.NOT_NAMES:
                cut = k + 1
        while cut < len(toks) and text[run[cut - 1][1] : run[cut][0]].strip().casefold() == "of" and len(toks) - cut > 2:
            cut += 1
        if cut < len(toks) and cut > 0 and text[run[cut - 1][1] : run[cut][0]].strip().casefold() == "of":
            cut += 1  # "Secretary of State Tony Blinken": one word after "of" belongs to the title
        name_run = run[cut:]
        if not name_run:
            continue
        nlows = lows[cut:]
        # institutions and places are not people
        if nlows[-1] in tlex.PLACE_ORG_WORDS or any(
            len(t) > 1 and t.isupper() and "." not in t for t in toks[cut:]
        ):
            continue
        if any(low in tlex.NOT_NAMES for low in nlows):
            continue
        role_words = [lows[k] for k in range(cut) if lows[k] not in tlex.NOT_NAMES or lows[k] == "of"]
        role = ""
        if cut and any(w in tlex.TITLE_WORDS and w not in tlex.HONORIFICS for w in role_words):
            role = " ".join(role_words)
        elif cut and gender:
            role = " ".join(role_words)
        s0, e0 = name_run[0][0], name_run[-1][1]
        r0 = run[0][0]
        if not role and r0 > 2 and text[r0 - 1] == " " and text[r0 - 2].islower():
            role = _role_before(text, r0)
        after_role = _role_after(text, e0) if len(name_run) >= 2 and text[e0 : e0 + 1] == "," else ""
        surname_i = len(nlows) - 1
        while surname_i > 0 and nlows[surname_i] in tlex.NAME_SUFFIXES:
            surname_i -= 1
        surname = nlows[surname_i]
        if len(name_run) == 1 and not role and not gender:
            continue  # "But Sullivan": found again below as a surname mention
        full = text[s0:e0]
        key = full.casefold()
        pid = by_name.get(key)
        if pid is None and len(name_run) == 1:
            ids = by_surname.get(surname)
            pid = ids[-1] if ids else None
        if pid is None and len(name_run) >= 2:
            # a person first met by surname only ("Prime Minister Netanyahu") gains the full name
            for j in by_surname.get(surname, ()):
                if " " not in persons[j].name:
                    pid = j
                    persons[j] = attrs.evolve(persons[j], name=full, first=nlows[0])
                    by_first.setdefault(nlows[0], []).append(j)
                    by_name[key] = j
                    break
        if pid is None:
            pid = len(persons)
            persons.append(Person(name=full, surname=surname, first=nlows[0] if len(name_run) > 1 else ""))
            by_name[key] = pid
            by_surname.setdefault(surname, []).append(pid)
            if len(name_run) > 1:
                by_first.setdefault(nlows[0], []).append(pid)
        p = persons[pid]
        new_roles = tuple(r for r in (role, after_role) if r and r not in p.roles)
        if new_roles or (gender and not p.gender):
            persons[pid] = attrs.evolve(p, roles=p.roles + new_roles, gender=p.gender or gender)
        pending.append((s0, e0, pid))

    # every other mention of a surname: "Sullivan said", "Netanyahu’s office"
    seen = {m[1] for m in pending}
    for pid, p in enumerate(persons):
        word = p.name.split()[-1] if p.surname == _fold(p.name.split()[-1]) else ""
        if not word:
            continue
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if j not in seen and (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                ids = by_surname[p.surname]
                pending.append((i, j, pid if len(ids) == 1 else _nearest(pending, ids, i)))
                seen.add(j)
            i = text.find(word, j)
    pending.sort()

    # mark quoted mentions and mentions after a preposition
    mentions: List[Tuple[int, int, int, bool, bool]] = []
    qi = 0
    for s0, e0, pid in pending:
        while qi < len(quoted) and quoted[qi][1] <= s0:
            qi += 1
        inside = qi < len(quoted) and quoted[qi][0] <= s0
        k = s0 - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        j = k
        while j >= 0 and text[j].isalpha():
            j -= 1
        prep = text[j + 1 : k + 1].casefold() in _PREPOSITIONS
        mentions.append((s0, e0, pid, inside, prep))

    # genders from the pronouns that follow a person's mentions
    starts = [m[0] for m in mentions]
    votes: Dict[int, List[int]] = {}
    for m in _gendered(text):
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and (mentions[i][3] or mentions[i][4]):
            i -= 1
        if i < 0 or m.start() - mentions[i][1] > 250:
            continue
        v = votes.setdefault(mentions[i][2], [0, 0])
        v[0 if m.group()[0] in "hH" and m.group().casefold() in ("he", "him", "his") else 1] += 1
    for pid, (male, female) in votes.items():
        if not persons[pid].gender and male != female and max(male, female) >= 2 * min(male, female):
            persons[pid] = attrs.evolve(persons[pid], gender="m" if male > female else "f")

    by_role: Dict[str, List[int]] = {}
    for pid, p in enumerate(persons):
        for r in p.roles:
            for h in _role_heads(r):
                if pid not in by_role.setdefault(h, []):
                    by_role[h].append(pid)
    return People(
        persons=tuple(persons),
        by_name=by_name,
        by_surname={k: tuple(v) for k, v in by_surname.items()},
        by_first={k: tuple(v) for k, v in by_first.items()},
        by_role={k: tuple(v) for k, v in by_role.items()},
        mention_starts=tuple(starts),
        mentions=tuple(mentions),
    )


def _nearest(pending: Sequence[Tuple[int, int, int]], ids: Sequence[int], pos: int) -> int:
    """Of the people *ids*, the one mentioned last before *pos* (else the first)."""
    best, best_at = ids[0], -1
    wanted = set(ids)
    for s0, _e0, pid in pending:
        if pid in wanted and best_at < s0 < pos:
            best, best_at = pid, s0
    return best


def _last_before(people: People, ids: Sequence[int], pos: int) -> int:
    """Of the people *ids*, the one whose latest mention before *pos* is nearest.

    With no mention before *pos*, the first of *ids*.
    """
    if len(ids) == 1:
        return ids[0]
    i = bisect.bisect_left(people.mention_starts, pos) - 1
    wanted = set(ids)
    while i >= 0:
        pid = people.mentions[i][2]
        if pid in wanted:
            return pid
        i -= 1
    return ids[0]


def _descriptor(p: Person) -> Optional[str]:
    """The first role of *p* as printed, or None."""
    return p.roles[0] if p.roles else None


def _pronoun(people: People, word: str, pos: int) -> Optional[Person]:
    """The nearest person before *pos* that *word* ("he", "she") may stand for."""
    kind = tlex.PRONOUNS[word]
    gender = kind[0] if len(kind) == 2 else ""
    if gender == "n" or kind.endswith("p"):
        return None
    i = bisect.bisect_left(people.mention_starts, pos) - 1
    fallback: Optional[Person] = None
    seen = 0
    while i >= 0 and seen < _PRONOUN_REACH:
        _s, _e, pid, inside, prep = people.mentions[i]
        i -= 1
        if inside:
            continue
        seen += 1
        p = people.persons[pid]
        if gender and p.gender and p.gender != gender:
            continue
        if not prep:
            return p
        if fallback is None:
            fallback = p
    return fallback


def resolve(people: People, text: str, start: int, end: int) -> Speaker:
    """Map the mention ``text[start:end]`` to a :class:`Speaker`.

    >>> t = "Mayor Jane Roe spoke. The mayor said yes. A senior aide said no. She left."
    >>> p = build_people(t)
    >>> resolve(p, t, 22, 31).name
    'Jane Roe'
    >>> s = resolve(p, t, 42, 55)
    >>> s.name, s.descriptor
    (None, 'A senior aide')
    >>> resolve(p, t, 65, 68).name
    'Jane Roe'
    """
    mention = text[start:end]
    span = Span(start, end)
    words = _words(mention)
    if not words:
        return Speaker(text=mention, span=span)
    lows = [_fold(w) for w in words]
    if len(words) == 1 and lows[0] in tlex.PRONOUNS:
        p = _pronoun(people, lows[0], start)
        if p is None:
            return Speaker(text=mention, span=span)
        return Speaker(text=mention, span=span, name=p.name, descriptor=_descriptor(p))
    names = name_tokens(mention)
    head = lows[-1]
    proper = bool(names) and words[-1][:1].isupper()
    if proper:
        key = " ".join(names).casefold()
        key = key[:-2] if key.endswith("’s") or key.endswith("'s") else key
        pid = people.by_name.get(key)
        if pid is None:
            sur = _fold(names[-1])
            ids = people.by_surname.get(sur)
            if ids:
                pid = _last_before(people, ids, start)
            elif len(names) == 1:
                firsts = people.by_first.get(sur)
                if firsts and len(firsts) == 1:
                    pid = firsts[0]
        if pid is not None:
            p = people.persons[pid]
            desc = " ".join(words[: len(words) - len(names)]) or _descriptor(p)
            return Speaker(text=mention, span=span, name=p.name, descriptor=desc or None)
        title = [w for w, low in zip(words, lows) if low in tlex.TITLE_WORDS or low in tlex.HONORIFICS]
        name = " ".join(names)
        for p in _POSSESSIVE:
            if name.endswith(p):
                name = name[: -len(p)]
        return Speaker(text=mention, span=span, name=name, descriptor=" ".join(title) or None)
    # a description: unnamed, an institution, or a role held by a named person
    if lows[0] in _INDEFINITE or head in tlex.UNNAMED_HEADS and head not in tlex.SPECIFIC_ROLES:
        return Speaker(text=mention, span=span, descriptor=mention)
    heads = _role_heads(mention)
    if heads and lows[0] in ("the", "his", "her", "their") and heads[0] in people.by_role:
        want = set(lows) - _DETERMINERS
        best: Optional[Tuple[int, int, int]] = None
        order = {pid: k for k, pid in enumerate(people.by_role[heads[0]])}
        recent = _last_before(people, people.by_role[heads[0]], start)
        for pid in people.by_role[heads[0]]:
            have = {_fold(w) for r in people.persons[pid].roles for w in _words(r)}
            score = (len(want & have) - len(want - have), int(pid == recent), -order[pid])
            if best is None or score > best:
                best = score
                best_pid = pid
        if best is not None:
            return Speaker(text=mention, span=span, name=people.persons[best_pid].name, descriptor=mention)
    return Speaker(text=mention, span=span, descriptor=mention)
