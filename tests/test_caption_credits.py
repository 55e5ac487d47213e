"""Caption rules: credits after a full stop, a dash or "＝", image counters, lone separators.

Each dump is written for this test; names, places and agencies' photographers are invented.
"""

from __future__ import annotations

from _stories import CAPTION_BODY as _BODY
from _stories import captions_of as _captions

import newsparse
from newsparse.captions import is_credit_only, split_credit


def _split(line: str) -> tuple[str, str | None] | None:
    s = split_credit(line)
    return None if s is None else (s.text, s.credit)


def test_a_labelled_credit_in_brackets_before_a_full_stop() -> None:
    line = "Ana Ruiz and Tomas Berg, on 3 May, at the town hall (Foto: Lia Moreno/Pool via AFP)."
    assert _split(line) == ("Ana Ruiz and Tomas Berg, on 3 May, at the town hall", "Lia Moreno/Pool via AFP")
    # a sentence closing on an aside in brackets is no caption
    assert split_credit("The mayor spoke to reporters later (on Monday).") is None
    assert split_credit("The figures were published on Friday (Eastbrook Council).") is None


def test_two_agencies_parted_by_a_dash_after_the_photographer() -> None:
    line = "Crowds fill the square in Eastbrook on Sunday.Jan Vogel / AFP - Getty Images"
    assert _split(line) == ("Crowds fill the square in Eastbrook on Sunday.", "Jan Vogel / AFP - Getty Images")


def test_a_sentence_end_is_not_part_of_a_glued_name() -> None:
    line = "Volunteers clear the beach near the harbour on Friday. Mira Olsen / Getty Images"
    assert _split(line) == ("Volunteers clear the beach near the harbour on Friday.", "Mira Olsen / Getty Images")


def test_a_place_after_a_small_word_stays_in_the_caption() -> None:
    line = "The old cinema on the main square in Eastbrook Jan Vogel/Reuters"
    assert _split(line) == ("The old cinema on the main square in Eastbrook", "Jan Vogel/Reuters")


def test_a_stock_source_after_the_last_sentence() -> None:
    assert _split("How tumours grow in the lung.\u00a0 istockphoto.com") == ("How tumours grow in the lung.", "istockphoto.com")
    # a news service after a sentence signs a paragraph off
    assert split_credit("The talks will resume next week, the ministry said. Bloomberg") is None


def test_a_japanese_caption_with_its_credit_after_the_equals_sign() -> None:
    assert _split("試合後に喜ぶ選手たち（左）＝ロイター") == ("試合後に喜ぶ選手たち（左）", "ロイター")
    assert split_credit("【東京＝山田】試合が行われた。") is None


def test_a_labelled_sentence_is_no_credit() -> None:
    assert split_credit("Storm damage in pictures: Eastbrook has taken a battering after the rain") is None


def test_a_list_item_with_a_slash_is_no_credit() -> None:
    assert not is_credit_only("No editor/post specific to the web")
    assert not is_credit_only("Sign in / Join")
    assert is_credit_only("Jane Roe/courtesy of the Eastbrook family trust")


def test_a_caption_after_an_image_counter() -> None:
    text = "Library plan approved\n\n" + _BODY + "\nThe new reading room\nBild 1 von 4\nThe new reading room\n\nMore text follows here about the plan.\n"
    assert _captions(text) == [("The new reading room", None)]


def test_a_date_over_an_image_is_no_image_counter() -> None:
    text = "Library plan approved\n\n" + _BODY + "\n31/10\nCouncil meets again on the budget\n\n"
    assert _captions(text) == []


def test_a_label_closed_on_no_credit() -> None:
    text = "Library plan approved\n\n" + _BODY + "\nThe reading room in June 2019\n\n(Bild:  )\n\nMore text follows here.\n"
    assert _captions(text) == [("The reading room in June 2019", None)]


def test_a_separator_alone_between_caption_and_credit() -> None:
    text = "A new library opens its doors in the old town hall of Eastbrook.\n|\nImago/Jan Vogel\nLibrary plan approved\n\n" + _BODY
    assert _captions(text) == [("A new library opens its doors in the old town hall of Eastbrook.", "Imago/Jan Vogel")]


def test_labels_of_words_and_a_labelled_credit_closing_a_name() -> None:
    assert _split("Ada and Jon Brenner at home. Photo courtesy Ada Brenner") == ("Ada and Jon Brenner at home.", "Ada Brenner")
    assert _split("The team won the cup in May. Photo via Eastbrook Rowing Club") == (
        "The team won the cup in May.",
        "Eastbrook Rowing Club",
    )
    assert _split("Tomas Berg\u00a0(Photo: Eastbrook Police)") == ("Tomas Berg", "Photo: Eastbrook Police")
    assert is_credit_only("Image source: Getty Images.")
    # a photo sent "via" an app inside a sentence is no credit
    assert split_credit("He sent a Photo via WhatsApp to his friends") is None


def test_a_photo_source_glued_to_the_last_sentence() -> None:
    assert _split("Jane Roe in an undated picture.Facebook") == ("Jane Roe in an undated picture.", "Facebook")
    assert split_credit("Read the full story. Follow us. Twitter") is None


# --- probes: made-up inputs the rules above could misfire on -------------------------


def test_probe_a_sentence_closing_on_its_source_in_brackets_and_a_full_stop() -> None:
    text = "Jobs figures out\n\n" + _BODY + "\nUnemployment rose to 6.1 percent in March (Source: Eastbrook Statistics Office).\n"
    assert _captions(text) == []
    assert split_credit("The agency confirmed the figures on Monday (Reuters).") is None


def test_probe_a_photo_label_in_brackets_before_a_full_stop_in_german() -> None:
    line = "Die Stadt plant einen Neubau am Marktplatz (Foto: Stadt Eastbrook)."
    assert _split(line) == ("Die Stadt plant einen Neubau am Marktplatz", "Stadt Eastbrook")


def test_probe_a_gallery_counter_over_the_first_paragraph() -> None:
    text = (
        "Library plan approved\n\nImage 1 of 5\n\n"
        "The council approved the plan on Tuesday. Work starts in the autumn and lasts two years.\n\n" + _BODY
    )
    assert _captions(text) == []


def test_probe_a_counter_or_a_separator_at_the_very_end() -> None:
    assert _captions("Library plan approved\n\n" + _BODY + "\nImage 1 of 5") == []
    assert _captions("Library plan approved\n\n" + _BODY + "\nThe new reading room in June\n|") == []
    assert _captions("(Bild:  )\n\n" + _BODY) == []


def test_probe_a_japanese_dateline_and_body_sentence() -> None:
    assert split_credit("【東京＝山田太郎】市議会は火曜日、新しい図書館の計画を承認した。") is None
    assert split_credit("市議会は計画を承認した＝") is None


def test_probe_a_labelled_sentence_in_german_is_no_credit() -> None:
    assert not is_credit_only("Fotos: Die Stadt hat heute beschlossen, das Bad zu schließen")
    assert is_credit_only("Photo: courtesy of the family")
    assert split_credit("Protesters outside the court on Friday. Image: still from a video posted online") is not None


def test_probe_crlf_and_nonbreaking_spaces() -> None:
    text = "A new library opens its doors in the old town hall of Eastbrook.\r\n|\r\nImago/Jan Vogel\r\nLibrary plan approved\r\n\r\n" + _BODY.replace("\n", "\r\n")
    assert _captions(text) == [("A new library opens its doors in the old town hall of Eastbrook.", "Imago/Jan Vogel")]
    assert _split("How tumours grow in the lung.\u00a0\u00a0istockphoto.com") == ("How tumours grow in the lung.", "istockphoto.com")


def test_probe_very_long_lines_end_quickly() -> None:
    import time

    for tail in (" - Getty Images", "＝ロイター", ". istockphoto.com", " (Foto: Jane Roe).", " Jan Vogel/Reuters"):
        line = "word " * 200_000 + tail
        started = time.perf_counter()
        split_credit(line)
        newsparse.parse(line)
        assert time.perf_counter() - started < 5


def test_credit_labels_of_more_languages_and_a_chinese_picture_credit() -> None:
    for line in ("Fotó: Kis Anna / MTI", "Beeld: ANP", "Zdroj: ČTK", "Crédits photos : Jean Roux", "Imagen: EFE"):
        assert is_credit_only(line), line
    assert _split("市長在新圖書館前致詞。 圖／東部日報") == ("市長在新圖書館前致詞。", "東部日報")
    # after the body, a source label of any of these languages names the story's source
    text = "Library plan approved\n\n" + _BODY + "\nZdroj: ČTK\n"
    assert _captions(text) == []


def test_a_unit_in_brackets_and_a_paragraph_source_are_no_credits() -> None:
    assert split_credit("50 GB of mobile data every month (at up to 300 MBit/s)") is None
    assert split_credit("Trains run at full speed again on the coast line (up to 160 km/h)") is None
    line = "The line was closed for a week. Repairs are now finished, the operator said. (Quelle: Eastbrook Radio)"
    assert split_credit(line) is None
    assert _split("The closed line near Eastbrook station. (Quelle: Eastbrook Radio)") == (
        "The closed line near Eastbrook station.",
        "Quelle: Eastbrook Radio",
    )


def test_a_credit_line_in_capitals_with_words_of_a_label() -> None:
    assert is_credit_only("PHOTOGRAPH COURTESY OF EASTBROOK MUSEUM")
    assert is_credit_only("IMAGE BY JANE ROE")


def test_probe_a_run_of_capitals_before_a_slash_ends_quickly() -> None:
    import time

    text = ("The port reopened on Monday after the storm " + "A" * 69 + "/\n") * 3000
    started = time.perf_counter()
    newsparse.parse(text)
    assert time.perf_counter() - started < 5
    assert _split("The port reopened on Monday after the storm. JANE ROE/AFP") == (
        "The port reopened on Monday after the storm.",
        "JANE ROE/AFP",
    )


def test_a_menu_entry_opening_on_a_photo_word_stays_a_menu_entry() -> None:
    text = "Library plan approved\n\n" + _BODY + "\nContest winners\nPhoto of the Day\nInstagram\nVideo\nNewsletters\n"
    assert _captions(text) == []
    # a labelled credit inside such a run is still taken
    text = "Library plan approved\n\nShare\nPhoto: Ana Ruiz/AFP\nPrint\n\n" + _BODY
    assert _captions(text) == [("Photo: Ana Ruiz/AFP", "Photo: Ana Ruiz/AFP")]
