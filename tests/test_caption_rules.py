"""Focused tests of the caption rules: menus, job titles, lead photos, short captions.

Each dump is written for this test; names and places are invented.
"""

from __future__ import annotations

import time

from _stories import CAPTION_BODY as _BODY
from _stories import captions_of as _captions

import newsparse
from newsparse.captions import is_credit_only, split_credit


def test_menu_entries_with_slashes_are_not_credits() -> None:
    text = "News\nSport\nBoxing / MMA\nHelp/Support\nWeather\n\nLibrary plan approved\n\n" + _BODY
    assert _captions(text) == []


def test_platform_names_in_a_follow_bar_are_not_credits() -> None:
    text = "Library plan approved\n\n" + _BODY + "\nFollow us\nFacebook\nInstagram\nYouTube\nRSS\n"
    assert _captions(text) == []


def test_a_labelled_credit_in_a_run_of_short_lines_is_kept() -> None:
    text = "Library plan approved\n\nShare\nPhoto: Ana Ruiz/AFP\nPrint\n\n" + _BODY
    assert _captions(text) == [("Photo: Ana Ruiz/AFP", "Photo: Ana Ruiz/AFP")]


def test_a_credit_under_a_share_bar_is_kept() -> None:
    text = "Library plan approved\n\nShare\nTweet\nJan Vogel/Reuters\n\n" + _BODY
    assert _captions(text) == [("Jan Vogel/Reuters", "Jan Vogel/Reuters")]


def test_gender_marker_of_a_job_title_is_not_a_credit() -> None:
    text = "Library plan approved\n\n" + _BODY + "\nJobs\n\nSenior librarian for the new town library in Eastbrook (m/w/d)\n\n"
    assert _captions(text) == []


def test_lead_photo_caption_above_its_credit_after_a_blank_line() -> None:
    text = (
        "Library plan approved\n\nBy Ada Fenn\n\n"
        "Councillors look at a model of the new library in the town hall on Tuesday.\n\n"
        "Jan Vogel/Reuters\n\n" + _BODY
    )
    assert _captions(text)[0] == (
        "Councillors look at a model of the new library in the town hall on Tuesday.",
        "Jan Vogel/Reuters",
    )


def test_a_credit_after_a_long_paragraph_stays_alone() -> None:
    long_para = " ".join(["The plan was first put forward in 2019 and has changed many times since then."] * 3)
    text = (
        "Library plan approved\n\nBy Ada Fenn\n\n" + long_para + "\n\n"
        "It was approved by nine votes to four after the debate.\n\nJan Vogel/Reuters\n\n" + _BODY
    )
    assert ("Jan Vogel/Reuters", "Jan Vogel/Reuters") in _captions(text)
    assert all(not t.startswith("It was approved") for t, _ in _captions(text))


def test_a_gallery_credit_takes_no_caption() -> None:
    text = (
        "Library plan approved\n\nBy Ada Fenn\n\n"
        "Which of the three designs for the library do you like best?\n\n"
        "Photos: Eastbrook Council\n\n" + _BODY
    )
    assert ("Photos: Eastbrook Council", "Photos: Eastbrook Council") in _captions(text)


def test_a_name_over_a_labelled_credit_is_a_caption() -> None:
    text = "Library plan approved\n\nAda Brenner\nPhoto: Jan Vogel/Eastbrook Times\n\nBy Ada Fenn\n\n" + _BODY
    assert _captions(text) == [("Ada Brenner", "Jan Vogel/Eastbrook Times")]


def test_a_name_over_a_bare_agency_is_not_a_caption() -> None:
    text = "Library plan approved\n\nAda Fenn\nReuters\n\n" + _BODY
    assert all(t != "Ada Fenn" for t, _ in _captions(text))


def test_many_short_lines_stay_fast() -> None:
    text = "\n".join(["Boxing / MMA", "Photo: Ana Ruiz/AFP", "Ada", "Jan Vogel/Reuters"] * 25_000)
    t0 = time.perf_counter()
    newsparse.parse(text)
    assert time.perf_counter() - t0 < 20


def test_a_two_sentence_lede_above_a_credit_stays_in_the_body() -> None:
    text = (
        "Library plan approved\n\nBy Ada Fenn\n\n"
        "The council approved the library on Tuesday. Building starts in May.\n\n"
        "Фото: Ivan Petrov\n\n" + _BODY
    )
    assert _captions(text)[0] == ("Фото: Ivan Petrov", "Фото: Ivan Petrov")


def test_credit_labels_of_other_languages() -> None:
    split = split_credit("Magazyn w porcie o świcie, zdjęcie ilustracyjne / Źródło: Jan Nowak")
    assert split is not None
    assert (split.text, split.credit) == ("Magazyn w porcie o świcie, zdjęcie ilustracyjne", "Jan Nowak")


def test_a_dash_parts_a_caption_from_its_name_and_agency() -> None:
    split = split_credit("Des arbres couchés par la tempête sur la route du port. — Jeanne Roux/AFP")
    assert split is not None
    assert (split.text, split.credit) == ("Des arbres couchés par la tempête sur la route du port.", "Jeanne Roux/AFP")
    assert split_credit("The minister said the port would reopen on Monday — AP") is None


def test_a_source_line_after_the_story_is_not_a_photo_credit() -> None:
    text = "Library plan approved\n\nBy Ada Fenn\n\n" + _BODY + "\nSource: Eastbrook Council\n"
    assert _captions(text) == []


def test_a_credit_printed_apart_joins_the_caption_above_it() -> None:
    text = (
        "Library plan approved\n\nBy Ada Fenn\n\n" + _BODY + "\nView Images\n\n"
        "A model of the new library stands in the town hall.\n\nPhotograph by Jan Vogel, Eastbrook Times\n\n"
        "The library will hold 80,000 books and a small cinema, the council said.\n"
    )
    assert _captions(text) == [
        ("A model of the new library stands in the town hall.", "Photograph by Jan Vogel, Eastbrook Times")
    ]


def test_a_writers_initials_and_a_reporting_line_are_not_credits() -> None:
    assert split_credit("The library will open in the spring of next year, the council said on Tuesday. (AF)") is None
    assert split_credit("Aid reached the town on Monday, officials said. – Additional reporting from Reuters") is None
    assert split_credit("Le maire inaugure la bibliothèque de la ville nouvelle. (DR)") is not None


def test_single_letters_parted_by_a_slash_are_no_credit() -> None:
    assert not is_credit_only("Gardener m/w/x parks department in Eastbrook")
    assert not is_credit_only("Alphen a/d Rijn")


def test_the_same_caption_twice_is_one_caption() -> None:
    text = (
        "Library plan approved\n\nBy Ada Fenn\n\n" + _BODY + "\n" + _BODY + "\nCourtesy of Eastbrook Council\n\n"
        "The reading room will face the river, the plans show.\n\nCourtesy of Eastbrook Council\n\n"
        "The council expects the first visitors in the spring of 2026.\n"
    )
    assert _captions(text) == [("Courtesy of Eastbrook Council", "Courtesy of Eastbrook Council")]


def test_a_credit_after_the_paragraphs_of_a_short_story_takes_no_caption() -> None:
    text = "Library plan approved\n\nBy Ada Fenn\n\n" + _BODY + "\nJan Vogel/Reuters\n"
    assert _captions(text) == [("Jan Vogel/Reuters", "Jan Vogel/Reuters")]


def test_captions_of_teasers_far_below_the_story_are_not_its_captions() -> None:
    teasers = "".join(
        f"Related news\n\nThe team trains at the harbour ground ahead of match {k}. (Picture by Jan Vogel)\n\n"
        f"Sport\n\nTeam {k} keen to test new coach\n\n"
        for k in range(1, 7)
    )
    text = "Library plan approved\n\nBy Ada Fenn\n\n" + _BODY + _BODY + "\nShare this story\n\n" + teasers
    found = [t for t, _ in _captions(text)]
    # the first teasers, right under the story, still read as its photos: a known limit
    assert not any("match 4" in t or "match 5" in t or "match 6" in t for t in found)


def test_two_places_parted_by_a_slash_are_no_credit() -> None:
    title = "Boat show and food market among the big events next week in Eastbrook/Marsh County"
    assert split_credit(title) is None
    assert split_credit("A crowd fills the square after the count on Sunday.Jane Roe/Eastbrook Gazette") is not None
    assert split_credit("Boats wait outside the harbour on Monday.JANE ROE/GETTY IMAGES") is not None


def test_a_numbered_post_is_no_credit() -> None:
    assert split_credit("The west pier is closed to all traffic until further notice (1/2)") is None
    assert split_credit("The west pier is closed to all traffic until further notice [2/3]") is None


def test_an_agency_over_the_time_stamp_is_the_byline_not_a_credit() -> None:
    text = (
        "Port to reopen\n\nThe harbour board will spend two million on new cranes over the next five years\n\n"
        "Reuters\nUpdated: March 4, 2021\n\n" + _BODY
    )
    assert _captions(text) == []


def test_a_lead_caption_cut_short_may_hold_two_sentences() -> None:
    text = (
        "Port to reopen\n\nBy Ada Fenn\n\n"
        "Dock workers unload a container ship at the east pier at dawn. Eastbrook ... [+]\n\n"
        "JANE ROE/GETTY IMAGES\n\n" + _BODY
    )
    assert [c for c, _ in _captions(text)] == [
        "Dock workers unload a container ship at the east pier at dawn. Eastbrook ... [+]"
    ]


def test_a_sentence_after_a_credit_label_is_story_text() -> None:
    # found in review: a label of another language, or any label, opening a sentence of
    # running words ("Fuente: el ayuntamiento dijo …") is no credit line
    from newsparse.captions import is_credit_only

    for line in ("Fuente: el ayuntamiento dijo que sí.", "Fonte, il comune ha detto di sì",
                 "Source: the council said the plan would wait."):
        assert not is_credit_only(line), line
    for line in ("Fuente: Ministerio de Sanidad", "Foto: dpa/Jane Roe", "Crédit photo : AFP", "Photo: iStock"):
        assert is_credit_only(line), line


def test_two_place_names_of_two_words_after_a_small_word_are_no_credit() -> None:
    # found in review: "X/Y" after "in" or "of" and a space is the sentence's own, however
    # many capitalised words each side has; a photographer's name still counts after a
    # sentence's end or with an agency
    from newsparse.captions import split_credit

    for line in ("Ferry service to resume next month in New York/New Jersey",
                 "Port strike spreads along the coast of Los Angeles/Orange County"):
        assert split_credit(line) is None, line
    for line, credit in (("Crowds gather outside the court on Monday. Jane Roe/Eastbrook Gazette", "Jane Roe/Eastbrook Gazette"),
                         ("Crowds gather outside the court on Monday Jane Roe/AFP", "Jane Roe/AFP")):
        got = split_credit(line)
        assert got is not None and got.credit is not None and got.credit.endswith(credit), line
