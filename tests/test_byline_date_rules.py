"""Byline and date rules: multilingual labels, CJK bylines, head-first roles, stacked
name lines and dates in more scripts; each test failed before its rule."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import byline
from newsparse.dates import find_dates

_RUSSIAN_BODY = "\n\n".join(
    f"Городской совет обсудил вопрос номер {n} повестки дня, посвящённый ремонту крытого рынка на площади."
    for n in range(1, 8)
)


def _authors(text: str) -> list[str]:
    art = newsparse.parse(text)
    return [a.name for a in art.byline.authors] if art.byline else []


def test_russian_and_ukrainian_month_names() -> None:
    assert [d.value for d in find_dates("5 марта 2019 г., 12:30")] == [dt.datetime(2019, 3, 5, 12, 30)]
    assert [d.value for d in find_dates("Опубликовано 3 травня 2019")] == [dt.date(2019, 5, 3)]
    assert [d.value for d in find_dates("15 октомври 2020")] == [dt.date(2020, 10, 15)]


def test_russian_date_line_dates_the_story() -> None:
    page = f"Рынок откроется весной\n\nОпубликовано: 12 октября 2020, 14:05\n\n{_RUSSIAN_BODY}\n"
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.datetime(2020, 10, 12, 14, 5)

_FRENCH_BODY = "\n\n".join(
    f"Le conseil municipal a examiné le point numéro {n} de l'ordre du jour, consacré aux travaux du marché couvert, "
    "et la majorité a voté le budget après un long débat sur les loyers des commerçants."
    for n in range(1, 8)
)


def test_header_run_of_facts_with_a_long_byline_piece() -> None:
    header = "La Gazette | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Odile Marchand (avec Léon Petit et Anne Roux)"
    page = f"Le marché couvert rouvrira au printemps\n\n{header}\n\n{_FRENCH_BODY}\n"
    assert _authors(page)[:1] == ["Odile Marchand"]

_ENGLISH_BODY = "\n\n".join(
    f"The town council took up item {n} of the agenda on Tuesday night, the repair of the covered market, "
    "and members voted the budget after a long debate over the rents paid by the stallholders."
    for n in range(1, 8)
)


def test_month_borne_as_a_middle_name() -> None:
    page = f"The covered market reopens in spring\n\nby Nora June Whitfield March 3, 2021\n\n{_ENGLISH_BODY}\n"
    assert _authors(page) == ["Nora June Whitfield"]


def test_name_glued_to_a_more_by_link_beats_a_teaser_after_the_story() -> None:
    menu = "\n".join(f"Menu item {k}" for k in range(40))
    page = (
        "Town News\nThe covered market reopens in spring\nNora WhitfieldView More Articles\n"
        "Stallholders return after two years of repairs\n"
        f"{menu}\n\n{_ENGLISH_BODY}\n\n- Next Town News\nThe ferry timetable changes again\n"
        "Boats will leave earlier from the north pier\nOwen Castellan 2021-03-04 10:15:02\n"
    )
    assert _authors(page) == ["Nora Whitfield"]


def test_worded_byline_after_the_story_is_still_read() -> None:
    page = f"The covered market reopens in spring\n\n{_ENGLISH_BODY}\n\nMarch 3, 2021 at 08:01PM EST by Nora Whitfield\nRelated: Market, Town\n"
    assert _authors(page) == ["Nora Whitfield"]


def test_by_lines_of_teaser_cards_inside_the_body_are_not_the_byline() -> None:
    cards = (
        "Most Popular\nThe ferry timetable changes again from the north pier this spring\nBy Owen Castellan\n"
        "A new bakery opens its doors on the harbour front after years of waiting\nBy Ida Marlowe\n"
        "Storm warnings for the weekend as the river rises again near the bridge\nBy Owen Castellan\n"
    )
    page = f"The covered market reopens in spring\n\n{_ENGLISH_BODY}\n\n{cards}\n{_ENGLISH_BODY}\n\nTEXT BY NORA WHITFIELD\n"
    assert _authors(page) == ["NORA WHITFIELD"]


def test_outlet_by_line_over_a_date_does_not_make_a_card_run() -> None:
    page = (
        "Council votes the market budget\nBy EXAMPLE.COM\nPUBLISHED: April 24, 2020 at 9:11 a.m. | UPDATED: April 24, 2020 at 9:11 a.m.\n"
        f"By Nora Whitfield, Example News\n\n{_ENGLISH_BODY}\n"
    )
    assert _authors(page) == ["Nora Whitfield"]


def test_signature_closing_the_last_paragraph() -> None:
    page = f"The covered market reopens in spring\n\n{_ENGLISH_BODY}\n\nMaybe that is why the stallholders cheered on Tuesday. Peter Lindqvist\n"
    art = newsparse.parse(page)
    assert _authors(page) == ["Peter Lindqvist"]
    assert art.paragraphs[-1].text.endswith("Peter Lindqvist")  # the paragraph stays whole


def test_no_signature_when_the_last_paragraph_ends_with_a_mark_or_no_given_name() -> None:
    for last in ("The order was signed by U.S. Attorney Peter Lindqvist.", "Tickets go on sale on Monday. Market Hall Tours"):
        page = f"The covered market reopens in spring\n\n{_ENGLISH_BODY}\n\n{last}\n"
        assert _authors(page) == []


def test_closing_byline_after_a_list_that_ends_the_body() -> None:
    items = "\n".join(["masques", "blouses jetables", "gants", "lunettes de protection", "thermomètres", "tabliers"] * 3)
    page = (
        f"Le marché couvert lance un appel aux dons\n\n{_FRENCH_BODY}\n\n{items}\n\n"
        "Les dons peuvent être déposés à la mairie du lundi au vendredi, de neuf heures à midi, auprès de l'accueil.\n\n"
        "Par : Odile Marchand| +Actu Ville+Commerce\n"
    )
    assert _authors(page) == ["Odile Marchand"]


def test_name_under_a_photo_caption_that_stands_under_the_date() -> None:
    page = (
        "Ministers meet the forest industry\nThe talks on Wednesday were calm, both sides said afterwards to the press.\n"
        "Forest News 2.9.2020 klo 12.45\n"
        "Ministers and industry chiefs arrive for the talks on Wednesday morning at the government palace.\n"
        f"Ann Lee / Agency\nMarika Lindqvist\nShare article:\n\n{_ENGLISH_BODY}\n"
    )
    assert _authors(page) == ["Marika Lindqvist"]


def test_slashed_date_beside_a_24_hour_time_is_day_first() -> None:
    page = f"The covered market reopens in spring\n\n08/11/2023 | 20:26\n\n{_ENGLISH_BODY}\n"
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.datetime(2023, 11, 8, 20, 26)
    page = f"The covered market reopens in spring\n\n08/11/2023 | 8:26 PM\n\n{_ENGLISH_BODY}\n"
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.datetime(2023, 8, 11, 20, 26)


def test_furniture_words_of_official_pages_are_not_names() -> None:
    page = (
        "Office of the Mayor\nMarch 3, 2021\nMARKET ADDRESS: The covered market reopens in spring\n"
        f"{_ENGLISH_BODY}\nRemarks of the Mayor as Delivered\nWeekly Address\nThe Town Hall\nMarch 4, 2021\n{_ENGLISH_BODY}\n"
    )
    assert _authors(page) == []


def test_outlet_and_institution_bylines_name_no_person() -> None:
    for line in ("By REUTERS", "Por Agencia Nacional | 26/11/2020 20:02", "by European Space Agency", "Posted on March 30, 2015 by Admin"):
        page = f"The covered market reopens in spring\n\n{line}\n\n{_ENGLISH_BODY}\n"
        assert _authors(page) == [], line
    page = f"The covered market reopens in spring\n\nPor Agencia Nacional | 26/11/2020 20:02\n\n{_ENGLISH_BODY}\n"
    art = newsparse.parse(page)
    assert art.byline is not None and art.byline.raw.startswith("Por Agencia")  # the line is still the byline


def test_by_glued_to_the_name() -> None:
    page = f"The covered market reopens in spring\n\nByNora Whitfield | March 3, 2021\n\n{_ENGLISH_BODY}\n"
    assert _authors(page) == ["Nora Whitfield"]
    assert byline._match_lead("ByteDance Sells Stalls") is None  # a lower-case letter after "By"


def test_author_box_with_a_head_first_role_and_an_outlet_after_a_comma() -> None:
    polish_body = "\n\n".join(
        f"Rada miasta omówiła punkt numer {n} porządku obrad, poświęcony remontowi krytego targowiska na rynku, "
        "a radni przyjęli budżet po długiej debacie o czynszach kupców."
        for n in range(1, 8)
    )
    page = (
        "Kryte targowisko zostanie otwarte wiosną\n\n4 maja 2021\n\n"
        f"{polish_body}\n\nTargowisko\nRada miasta\nMarek Zieliński, Gazeta Rynkowa\nstarszy analityk ds. handlu\nWięcej na ten temat\n"
    )
    art = newsparse.parse(page)
    assert art.byline is not None
    assert [(a.name, a.organization) for a in art.byline.authors] == [("Marek Zieliński", "Gazeta Rynkowa")]


def test_last_name_of_a_tag_list_of_people_is_not_the_byline() -> None:
    page = (
        "Targowisko\nTematy\nBorys Malinowski\nGrzegorz Wysocki\nPaweł Zaleski\nAktualizacja: 05.05.2021, 05:53\n"
        "Publikacja: 04.05.2021\nKryte targowisko zostanie otwarte wiosną po dwóch latach remontu\n"
        f"{_ENGLISH_BODY}\n"
    )
    assert _authors(page) == []


def test_more_languages_join_and_label_bylines() -> None:
    body = f"\n\n{_ENGLISH_BODY}\n"
    cases = {
        "Door Jan de Vries en Piet Jansen": ["Jan de Vries", "Piet Jansen"],
        "Av Ola Nordmann og Kari Nordmann": ["Ola Nordmann", "Kari Nordmann"],
        "Av Anna Svensson och Erik Larsson": ["Anna Svensson", "Erik Larsson"],
        "Иван Петров и Мария Иванова": ["Иван Петров", "Мария Иванова"],
        "Текст: Иван Петров": ["Иван Петров"],
        "Szerző: Kiss Péter": ["Kiss Péter"],
        "Oleh: Budi Santoso": ["Budi Santoso"],
        "Napisał: Jan Kowalski": ["Jan Kowalski"],
        "Por Ana García en Madrid": ["Ana García"],
    }
    for line, names in cases.items():
        assert _authors(f"The covered market reopens in spring\n\n{line}{body}") == names, line


def test_paper_author_list_with_initials_and_glued_profile_links() -> None:
    names = "Ann Lee, Bo Park, View ORCID ProfileCy Dunn, Scott A. Whitfield, Di Wu"
    page = f"A study of covered markets\n\n{names}\n\ndoi: 10.1101/000000\n\n{_ENGLISH_BODY}\n"
    assert _authors(page) == ["Ann Lee", "Bo Park", "Cy Dunn", "Scott A. Whitfield", "Di Wu"]


def test_glued_label_search_is_bounded() -> None:
    page = "A study\n\n" + "Ann Lee, " + "aA" * 200_000 + ", Bo Park, Cy Dunn\n\ndoi: 10.1101/000000\n"
    newsparse.parse(page)  # returns at once


def test_arabic_month_names() -> None:
    assert [d.value for d in find_dates("الأربعاء، 07 أكتوبر 2020 - 12:09")] == [dt.datetime(2020, 10, 7, 12, 9)]
    assert [d.value for d in find_dates("الجمعة 8 فيفري 2019")] == [dt.date(2019, 2, 8)]
    assert [d.value for d in find_dates("3 تشرين الأول 2020")] == [dt.date(2020, 10, 3)]


# probes of the rules above on inputs they could misfire on


def test_probe_role_line_between_two_by_lines_is_no_card_run() -> None:
    page = f"Market reopens\n\nBy Jane Roe\nSenior Town Hall Reporter\nBy John Doe\n\n{_ENGLISH_BODY}"
    assert "Senior Town" not in _authors(page)


def test_probe_initials_alone_are_no_name() -> None:
    assert _authors(f"Market reopens\n\nA. B.\nMarch 3, 2021\n\n{_ENGLISH_BODY}") == []


def test_probe_signature_needs_a_given_name_and_no_mark() -> None:
    for last in ("See you all at the market next week. Happy New Year", "The stalls open at nine. Thank You."):
        assert _authors(f"Market reopens\n\n{_ENGLISH_BODY}\n\n{last}") == []


def test_probe_signature_on_crlf_and_one_line_dumps() -> None:
    crlf = f"Market reopens\r\n\r\n{_ENGLISH_BODY}\r\n\r\nMaybe that is why the stallholders cheered on Tuesday. Peter Lindqvist\r\n"
    art = newsparse.parse(crlf)
    assert art.byline is not None and [a.name for a in art.byline.authors] == ["Peter Lindqvist"]
    a = art.byline.authors[0]
    assert crlf[a.span.start : a.span.end] == "Peter Lindqvist"


def test_probe_agency_line_over_a_dated_name_gives_no_false_author() -> None:
    assert _authors(f"Market reopens\n\nBy Reuters\nJane Roe\nMarch 3, 2021\n\n{_ENGLISH_BODY}") in ([], ["Jane Roe"])


def test_probe_dates_in_running_russian_text_are_not_taken_inside_the_body() -> None:
    body = "\n\n".join([_RUSSIAN_BODY.replace("вопрос номер", f"5 марта 2019 года вопрос номер {n}") for n in range(2)])
    art = newsparse.parse(f"Рынок откроется весной\n\n{body}\n")
    assert art.published is None


def test_probe_24_hour_rule_leaves_unambiguous_and_am_pm_dates_alone() -> None:
    assert [d.value for d in find_dates("12/29/2023 20:15")] == [dt.datetime(2023, 12, 29, 20, 15)]
    assert [d.value for d in find_dates("08/11/2023 9:15 PM")] == [dt.datetime(2023, 8, 11, 21, 15)]
    assert [d.value for d in find_dates("08/11/2023 09:15")] == [dt.datetime(2023, 8, 11, 9, 15)]


def test_bare_name_with_an_outlet_after_a_bar() -> None:
    spanish_body = "\n\n".join(
        f"El ayuntamiento examinó el punto número {n} del orden del día, dedicado a las obras del mercado cubierto, "
        "y la mayoría votó el presupuesto tras un largo debate sobre los alquileres de los comerciantes."
        for n in range(1, 8)
    )
    page = (
        "Local\n/ viernes 25 de septiembre de 2020\nEl mercado cubierto reabrirá en primavera\n"
        "Buscan mejorar la venta en la plaza de la Constitución del barrio antiguo\n"
        f"Rosalía Montero | El Sol de la Sierra\n{spanish_body}\n"
    )
    art = newsparse.parse(page)
    assert art.byline is not None
    assert [(a.name, a.organization) for a in art.byline.authors] == [("Rosalía Montero", "El Sol de la Sierra")]
    credit = f"Market reopens\n\nJane Roe | The Image Bank | Getty Images\n\n{_ENGLISH_BODY}"
    art = newsparse.parse(credit)
    assert art.byline is None or all(a.organization is None for a in art.byline.authors)


def test_cjk_bylines_with_a_word_for_reporter() -> None:
    body = f"\n\n{_ENGLISH_BODY}\n"
    cases = {
        "记者 王小明 李华": ["王小明", "李华"],
        "文：王小明": ["王小明"],
        "（記者 佐々木一郎）": ["佐々木一郎"],
        "[홍길동 기자]": ["홍길동"],
        "记者会见": [],
        "本报记者 王小明": ["王小明"],
        "新华社记者 王小明 李华": ["王小明", "李华"],
        "文 化学": [],
    }
    for line, names in cases.items():
        assert _authors(f"The covered market reopens in spring\n\n{line}{body}") == names, line


def test_date_glued_to_an_acronym() -> None:
    assert [d.value for d in find_dates("CNNMarch 3, 2020")] == [dt.date(2020, 3, 3)]
    assert [d.raw for d in find_dates("NPRMarch 3, 2020 5:00 PM")] == ["March 3, 2020 5:00 PM"]


def test_cjk_published_and_updated_labels() -> None:
    page = f"The covered market reopens in spring\n\n发布时间：2019-03-05 08:15 更新时间：2019-03-06 09:00\n\n{_ENGLISH_BODY}\n"
    art = newsparse.parse(page)
    assert art.published is not None and art.published.value == dt.datetime(2019, 3, 5, 8, 15)
    assert art.updated is not None and art.updated.value == dt.datetime(2019, 3, 6, 9, 0)


def test_probe_cjk_newsroom_word_is_no_name() -> None:
    assert _authors(f"The covered market reopens in spring\n\n本报记者\n\n{_ENGLISH_BODY}\n") == []
