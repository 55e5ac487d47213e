"""The dates stage on drafts built by the earlier stages."""

from __future__ import annotations

import datetime as dt

import attrs

import newsparse
from newsparse import dates
from newsparse._draft import Draft
from newsparse.pipeline import STAGES

_BODY = "\n\n".join(
    f"Le conseil municipal a examiné le point numéro {n} de l'ordre du jour, consacré aux travaux du marché couvert."
    for n in range(1, 31)
)
_PAGE = f"La rénovation du marché couvert est votée\n\nPar Claire Vautrin\n\n{_BODY}\n\n05/03/2022\n"


def _before_dates(text: str) -> Draft:
    draft = Draft(text=text)
    for name, stage in STAGES:
        if name == "dates":
            return draft
        draft = stage(draft)
    raise AssertionError("no dates stage")


def test_date_below_body_reads_the_page_language() -> None:
    """A slashed date set aside as furniture below a French body is read day first."""
    draft = _before_dates(_PAGE)
    last = draft.lines[-1]
    assert last.text == "05/03/2022"
    roles = list(draft.roles)
    roles[last.index] = "boilerplate"  # as a trailer rule would mark it
    found = dates.find(attrs.evolve(draft, roles=tuple(roles)))
    assert found.article.published is not None
    assert found.article.published.value == dt.date(2022, 3, 5)


def test_word_trie_matches_like_the_plain_alternation() -> None:
    """The trie of month names matches what the alternation sorted longest first matches, at every position."""
    import random

    import regex

    from newsparse._lexicon import months as mlex

    words = [*mlex.MONTHS, *mlex.WEEKDAYS]
    plain = "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))
    patterns = [regex.compile(rf"(?:{alt})(?P<after>\.?\s*\d*)", regex.I) for alt in (plain, dates.word_trie(words))]
    rnd = random.Random(0)
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), " ", "1", "12", ".", "ı", "İ", "ſ", "K", "x"]
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        found = [[(m.span(), m.group("after")) for m in p.finditer(s)] for p in patterns]
        assert found[0] == found[1], s


def test_cjk_time_of_day_joins_its_date() -> None:
    """A time written with the CJK hour and minute signs ("10時00分", "15시 24분") is the date's time of day;
    a Korean or Japanese afternoon mark ("오후", "午後") before it adds twelve hours."""
    cases = {
        "2021年3月4日 10時05分": dt.datetime(2021, 3, 4, 10, 5),
        "Staff Desk 2021年03月04日 08時00分": dt.datetime(2021, 3, 4, 8, 0),
        "2021年3月4日(木) 9時": dt.datetime(2021, 3, 4, 9, 0),
        "2021년 3월 4일 15시 24분": dt.datetime(2021, 3, 4, 15, 24),
        "2021년 3월 4일 오후 3시 5분": dt.datetime(2021, 3, 4, 15, 5),
        "2021年3月4日 午前11時30分": dt.datetime(2021, 3, 4, 11, 30),
        "2021年3月4日 下午3时": dt.datetime(2021, 3, 4, 15, 0),
    }
    for text, value in cases.items():
        found = dates.find_date(text)
        assert found is not None and found.value == value, (text, found)
    # a count of hours is not a time of day
    assert dates.find_date("2021年3月4日 24時間営業").value == dt.date(2021, 3, 4)


def test_month_names_and_labels_in_more_languages() -> None:
    """Greek genitive and Indonesian month names; the Polish labels of the publication
    and update dates ("Publikacja:", "Aktualizacja:")."""
    assert dates.find_date("7 Μαΐου 2021 10:15").value == dt.datetime(2021, 5, 7, 10, 15)
    assert dates.find_date("Diposting pada Maret 30, 2015 oleh Redaksi").value == dt.date(2015, 3, 30)
    assert dates.find_date("12 Nopember 2019").value == dt.date(2019, 11, 12)
    page = (
        "Rada uchwaliła budżet\n\nAktualizacja: 08.06.2021, 06:10\n\nPublikacja: 07.06.2021\n\n"
        + "\n\n".join(f"Radni przegłosowali punkt {n} porządku obrad po długiej dyskusji o finansach miasta." for n in range(1, 12))
    )
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.date(2021, 6, 7)
    assert art.updated is not None and art.updated.value == dt.datetime(2021, 6, 8, 6, 10)


def test_bare_date_under_a_closing_byline() -> None:
    """A date line right under the byline is the story's date even when the page prints that
    block after the story; it is read only when nothing above dates the story."""
    story = "\n\n".join(
        f"The ferry crossing reopened on day {n} after the storm, and the harbour master said the pier was safe again."
        for n in range(1, 5)
    )
    page = f"Ferry crossing reopens\n\n{story}\n\nLeave a comment\n\nBy\nANA VOSS\n4 May 2021 9:02 | 3 comments\n"
    art = newsparse.parse(page)
    assert [a.name for a in art.byline.authors] == ["ANA VOSS"]
    assert art.published is not None and art.published.value.date() == dt.date(2021, 5, 4)
    dated = page.replace("Ferry crossing reopens\n\n", "Ferry crossing reopens\n\n2 May 2021\n\n")
    assert newsparse.parse(dated).published.value == dt.date(2021, 5, 2)


def test_header_run_of_facts_between_bars() -> None:
    """A header line of short facts between bars and bullets (outlet, date, update, authors)
    is a date line however many words it holds in all."""
    story = "\n\n".join(
        f"Les élus ont adopté le texte numéro {n} à une large majorité, après un long débat sur le budget de la ville."
        for n in range(1, 8)
    )
    page = (
        "Le budget de la ville adopté\n\n"
        "Le Journal | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Ana Voss (avec Leo Marr et Kim Ode)\n\n"
        + story
    )
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.datetime(2015, 5, 4, 13, 36)
    assert art.updated is not None and art.updated.value == dt.datetime(2015, 5, 5, 20, 13)


def test_date_on_a_byline_deep_in_the_body() -> None:
    """The date on the byline line is read wherever the byline stands, also deep in a long
    body (a "Written by … on …" line closing the story above its sources)."""
    story = "\n\n".join(
        f"Step {n} of the recipe asks for a little more flour and a slow hand, so that the dough stays soft and light."
        for n in range(1, 31)
    )
    sources = "\n\n".join(f"Source {n}: a study of bread dough and its rising times in cold kitchens and warm ones." for n in range(1, 4))
    page = f"How to bake soft bread\n\n{story}\n\nWritten by Ana Voss on April 29, 2018\n\n{sources}\n"
    art = newsparse.parse(page)
    assert [a.name for a in art.byline.authors] == ["Ana Voss"]
    assert art.published is not None and art.published.value == dt.date(2018, 4, 29)


def test_labelled_date_line_deep_in_the_body() -> None:
    """A short labelled date line ("Story published on …") deep in a long body dates the story
    when nothing above does."""
    story = "\n\n".join(
        f"Point {n} of the talk was about the way small teams plan their week and keep their promises." for n in range(1, 31)
    )
    page = f"How small teams plan\n\n{story}\n\nStory published on Oct 5, 2022.\n\nTeams\n\nPlanning\n"
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.date(2022, 10, 5)
    # a broken citation in a reference list is no date line
    cited = page.replace("Story published on Oct 5, 2022.", ". Original Town Times, Oct 5, 2022.")
    assert newsparse.parse(cited).published is None


def test_byline_opening_a_running_line_gives_its_date() -> None:
    """"By Jane Roe on <date>" opening a line dates the story even when running text follows
    on the same line; a date inside other running text does not."""
    story = "\n\n".join(f"Stir the batch number {n} slowly, and let it rest for ten minutes before you taste it." for n in range(1, 8))
    head = (
        "Soft Peanut Truffles\n\nBy Ana Voss on 3. May, 2021 | 18 Comments. This post may contain affiliate links, "
        "and we earn from some purchases.\n\n"
    )
    art = newsparse.parse(head + story)
    assert art.published is not None and art.published.value == dt.date(2021, 5, 3)
    plain = "Soft Peanut Truffles\n\nThe shop opened on 3. May, 2021, and as a partner of some farms it sells truffles made by hand.\n\n"
    assert newsparse.parse(plain + story).published is None


def test_schema_org_keys_in_a_dumped_script() -> None:
    """A page whose text holds its JSON-LD script: the schema.org keys "datePublished" and
    "dateModified" label the dates."""
    story = "\n\n".join(f"The shop on the corner sold its stock number {n} before the sale ended on Friday." for n in range(1, 8))
    script = '{\n  "@type": "NewsArticle",\n  "datePublished": "Tue, Sep 15 2020 10:01:41 EDT",\n  "dateModified": "Wed, Sep 16 2020 08:00:00 EDT"\n}'
    art = newsparse.parse(f"Corner shop sells out\n\n{story}\n\n{script}\n")
    assert art.published is not None and art.published.value.date() == dt.date(2020, 9, 15)
    assert art.updated is not None and art.updated.value.date() == dt.date(2020, 9, 16)
