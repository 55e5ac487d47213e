"""Headline rules: guillemets, breadcrumb trails, glued trails and CJK full stops;
written in our own words, each failing before its rule."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import newsparse
from newsparse import headline
from newsparse._draft import Draft, Line
from newsparse.blocks import split_lines
from newsparse.pipeline import STAGES


def _headline(dump: str) -> Optional[str]:
    hl = newsparse.parse(dump).headline
    return None if hl is None else hl.text


def test_guillemets_quote_words_and_part_no_crumbs() -> None:
    # « » are quotation marks in French, Russian, Arabic and more; only a spaced » parts a trail
    assert "separators" not in headline.text_features("Le maire promet «des bus gratuits» dès l’été")
    assert "separators" not in headline.text_features("«Хроника». Депутаты спорят о бюджете города")
    assert "separators" in headline.text_features("Accueil » Monde » Europe")
    dump = (
        "Accueil\n"
        "Le maire promet «des bus gratuits» dès l’été\n"
        "Les bus de la ville seront gratuits pour les habitants dès juillet\n"
        "Par Claire Dumas\n"
        "12 mars 2024\n\n"
        "Le maire a annoncé mardi que les bus de la ville seraient gratuits pour tous les habitants à partir "
        "du mois de juillet, une mesure attendue depuis longtemps par les associations.\n\n"
        "La mesure coûtera environ quatre millions d’euros par an, selon les services de la mairie, qui "
        "comptent sur une hausse de la fréquentation.\n\n"
        "Les commerçants du centre-ville saluent une décision qui devrait ramener des clients dans les rues.\n"
    )
    assert _headline(dump) == "Le maire promet «des bus gratuits» dès l’été"


def test_teasers_cut_short_are_no_running_text_above_the_title() -> None:
    # a rail of teasers cut short ("… the union is wor..") is not the story's running text: the
    # title under it is still looked for
    dump = (
        "Columns\nCulture\nLatest news\n\n"
        "Ferry crews say the new timetable leaves them too little rest between crossings, and the union is wor..\n"
        "Town hall votes to keep the library open on Sundays after a long campaign by readers who said the s..\n"
        "Schools in the valley will open an hour later in winter, the council said, citing the dark mornings o..\n"
        "Harbour pilots walk out over night shifts\n"
        "Posted: [ 2024-03-05 14:20 ]\n\n"
        "Harbour pilots stopped work on Tuesday in a dispute over night shifts, leaving six cargo ships "
        "waiting outside the port as the tide turned.\n\n"
        "The pilots' union said its members had worked more than sixty nights in a row without a proper "
        "break since the new rota began in January.\n\n"
        "The port authority said it would meet union officials on Wednesday and hoped to reach an agreement.\n"
    )
    assert _headline(dump) == "Harbour pilots walk out over night shifts"


def test_the_line_under_a_breadcrumb_trail_is_the_title() -> None:
    # the trail ("Home › Rail › Article") stands right above the page's title, however far the
    # title is from the byline; the teasers printed between them are not the story's
    dump = (
        "Home › Rail › Article\n"
        "Night trains return to the valley line after ten years\n"
        "Latest stories\n"
        "Bus fares in the county rise by ten pence from April\n"
        "Cyclists ask for a lane on the old harbour bridge\n"
        "By Mark Hale\n"
        "2024-03-05 08:15\n\n"
        "Sleeper services will run between the city and the coast again from June, the operator said on Tuesday.\n\n"
        "Three departures a week will leave after ten in the evening and reach the harbour at dawn, with seats "
        "and cabins for up to two hundred people.\n\n"
        "Campaigners said it would bring walkers and climbers back to the hill towns, and asked for a stop at "
        "the old bridge for cyclists.\n"
    )
    assert _headline(dump) == "Night trains return to the valley line after ten years"
    # a sentence with one ">" is no trail, and a trail is no title above the line under it
    assert not headline._is_trail("Rain > snow on Sunday")
    assert "below_title" not in dict(_candidates(dump))[1]


def _candidates(dump: str) -> List[Tuple[int, Dict[str, float]]]:
    draft = Draft(text=dump)
    for name, stage in STAGES:
        if name == "headline":
            break
        draft = stage(draft)
    marks = headline._marks(draft)
    stop = headline.body_start(draft, marks)
    return headline.candidates(draft.lines, draft.roles, marks, stop, draft.text.count)


def test_a_trail_glued_without_separators_ends_in_the_title() -> None:
    # "Home News Business <title>" over the title: the page glues its trail's items together;
    # the home link at its start makes it a trail, and the title under it counts as stronger evidence
    dump = (
        "Home News Business Ferry company to resume island service in May\n"
        "Ferry company to resume island service in May\n"
        "By Jo Roe\nMarch 4, 2024\n\n"
        "The ferry company that runs boats to the island said on Monday it would resume its service in May "
        "after a winter of repairs to the harbour.\n\n"
        "Islanders have relied on a smaller boat since November, and bookings for the summer are up.\n"
    )
    found = dict(_candidates(dump))
    assert 0 not in found and "abridged" in found[1]
    assert _headline(dump) == "Ferry company to resume island service in May"
    for glued in ("HomeTravelFerry company to resume island service in May", "Startseite Panorama Ferry company to resume island service in May"):
        lines = [glued, "Ferry company to resume island service in May"]
        assert headline._crumb_tail(glued, _lines(lines), 0) == 1, glued
    # a few words glued before a copy of the title are a trail or a kicker, whatever they say
    assert headline._crumb_tail("News.czYour newsFerry company to resume island service in May",
                                _lines(["x x x", "Ferry company to resume island service in May"]), 0) == 1
    # a title that merely opens with the word is not a trail, even over a line that is its end
    assert headline._crumb_tail("Homeowners face new tax on empty flats", _lines(["x", "face new tax on empty flats"]), 0) is None
    assert headline._crumb_tail("Homeowners face new tax on empty flats", _lines(["Homeowners face new tax on empty flats", "Tax on empty flats"]), 0) is None


def _lines(texts: List[str]) -> List[Line]:
    return list(split_lines("\n".join(texts))[0])


_STORY = (
    "The council voted on Tuesday to keep the harbour ferry running through the winter months, after a "
    "campaign by islanders.\n\n"
    "Officials said the service would cost about two million pounds a year, paid for by a new levy on "
    "summer visitors.\n\n"
    "The ferry company welcomed the decision and said it would publish a new timetable next week.\n"
)


def test_probes_of_the_trail_and_glue_rules() -> None:
    title = "Council keeps the winter ferry running"
    header = "By Ann Lee\nMarch 4, 2024\n\n"
    # a run of trails: none is a title for standing under another
    assert _headline(("a > b > c\n" * 200) + _STORY) is None
    assert _headline(f"Home › News › Local\r\n{title}\r\nBy Ann Lee\r\nMarch 4, 2024\r\n\r\n" + _STORY.replace("\n", "\r\n")) == title
    assert _headline(f"Home › News › Local\nPolitics\n{title}\n{header}" + _STORY) == title
    assert _headline("Home › " + "x › " * 20_000 + f"end\n{title}\n{header}" + _STORY) == title
    assert _headline("Home › News › Local\n" + _STORY) is None
    assert _headline(_STORY + "\nHome › News › Local") is None
    assert _headline(f"Rates > inflation for the first time in years, data show\n{title}\n{header}" + _STORY) == title
    # a trail glued to the title, and a long one opened by the home link
    assert _headline(f"Local news{title}\n{title}\n{header}" + _STORY) == title
    assert _headline(f"Home News Business Markets World Sport Culture Opinion {title}\n{title}\n{header}" + _STORY) == title
    assert _headline(f"Homeowners face a new tax on empty flats\n{header}" + _STORY) == "Homeowners face a new tax on empty flats"
    # guillemets in a caseless script, and a dump of teasers cut short only
    arabic = "المجلس يبقي «العبارة الشتوية» في الخدمة"
    assert _headline(f"الرئيسية › أخبار › محلية\n{arabic}\nبقلم آن لي\n4 مارس 2024\n\n" + _STORY) == arabic
    newsparse.parse("Ferry crews say the new timetable leaves them too little rest between crossings..\n" * 5)
    newsparse.parse("..\n…\n" * 1000)


def test_a_line_ending_in_an_ideographic_full_stop_is_a_sentence() -> None:
    # Chinese and Japanese sentences end in 。 (or a full-width ．); headlines do not
    assert "period_end" in headline.text_features("市は新しいフェリーの運航を来月から始めると発表した。")
    assert "period_end" in headline.text_features("港のフェリーが来月から再開する見通しとなりました．")
    assert "period_end" not in headline.text_features("市が新フェリー運航へ　来月から再開")
    assert "period_end" not in headline.text_features("港のフェリー、来月再開へ…")
