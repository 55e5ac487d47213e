"""Byline and date misfires found by review: each test failed before its fix."""

from __future__ import annotations

import newsparse

_PARAGRAPHS = [
    "The regional council agreed on Monday to keep the village school open for at least three more years, "
    "after parents handed in thousands of signatures.",
    "The decision undoes a plan made in the spring to merge the school with a larger one in the next town, "
    "which parents said was too far for young children.",
    "Council members said the cost of the building would be met by selling an empty depot, and that the "
    "question would be looked at again in three years.",
]
_BODY = "\n\n".join(_PARAGRAPHS) + "\n"
_HEAD = "Village school saved after parents' campaign\n\n"

_CJK_BODY = (
    "\n\n2024年5月12日\n\n冬季风暴给沿海小镇造成数百万元损失，镇议会周二表示，海堤修复工程已经开始。\n\n"
    "渔民说他们损失了数周的工作，一些渔船仍在等待从国外订购的零件。\n"
)


def _authors(text: str) -> list[str]:
    art = newsparse.parse(text)
    return [a.name for a in art.byline.authors] if art.byline else []


def test_place_before_the_correspondent_word_is_no_name() -> None:
    assert _authors("港口城市统计冬季风暴损失\n\n东京 特派员" + _CJK_BODY) == []
    assert _authors("港口城市统计冬季风暴损失\n\n（北京 记者）" + _CJK_BODY) == []
    korean = (
        "항구 도시 겨울 폭풍 피해 집계\n\n워싱턴 특파원\n\n2024.05.12\n\n"
        "겨울 폭풍으로 해안 마을이 수백만 원의 피해를 입었다고 마을 의회가 화요일 밝혔다.\n\n"
        "어민들은 몇 주 동안 일을 하지 못했다고 말했다.\n"
    )
    assert _authors(korean) == []


def test_named_cjk_reporters_still_read() -> None:
    assert _authors("港口城市统计冬季风暴损失\n\n记者 王小明" + _CJK_BODY) == ["王小明"]


def test_two_stacked_bylines_each_over_a_role_line() -> None:
    page = _HEAD + (
        "By Sarah Jones\nEducation Correspondent at The Herald\n"
        "By Tom Reed\nHealth and Social Affairs Reporter\n\n12 May 2024\n\n"
    ) + _BODY
    assert _authors(page) == ["Sarah Jones", "Tom Reed"]


def test_three_names_stacked_over_the_date() -> None:
    assert _authors(_HEAD + "Sarah Jones\nTom Reed\nAnn Lee\n12 May 2024\n\n" + _BODY) == [
        "Sarah Jones",
        "Tom Reed",
        "Ann Lee",
    ]
    assert _authors(_HEAD + "Sarah Jones\nTom Reed\nAnn Lee\n\n12 May 2024\n\n" + _BODY) == [
        "Sarah Jones",
        "Tom Reed",
        "Ann Lee",
    ]


def test_two_names_stacked_over_the_date() -> None:
    assert _authors(_HEAD + "Sarah Jones\nTom Reed\n12 May 2024\n\n" + _BODY) == ["Sarah Jones", "Tom Reed"]


def test_names_stacked_under_the_story_stay_a_list() -> None:
    page = _HEAD + _BODY + "\nMore from Education\nSarah Jones\nTom Reed\nAnn Lee\n12 May 2024\n"
    assert _authors(page) == []
    assert _authors(_HEAD + "Topics\nSarah Jones\nTom Reed\nAnn Lee\n12 May 2024\n\n" + _BODY) == []


def test_day_first_flip_not_beside_a_north_american_zone() -> None:
    art = newsparse.parse(_HEAD + "Published 04/05/2024 14:30 ET\n\nBy Sarah Jones\n\n" + _BODY)
    assert art.published is not None
    value = art.published.value
    assert (value.month, value.day) == (4, 5)


def test_release_word_as_a_surname_after_by() -> None:
    assert _authors(_HEAD + "By Kate Weekly\n\n12 May 2024\n\n" + _BODY) == ["Kate Weekly"]


def test_closing_three_word_name_with_a_place_word_surname() -> None:
    last = _PARAGRAPHS[2] + " Sarah Jane Hall"
    page = _HEAD + "12 May 2024\n\n" + "\n\n".join([*_PARAGRAPHS[:2], last]) + "\n"
    assert _authors(page) == ["Sarah Jane Hall"]


def test_closing_name_of_a_building_is_no_signature() -> None:
    last = _PARAGRAPHS[2] + " The meeting will take place in the main hall. Sarah Jones Hall"
    page = _HEAD + "12 May 2024\n\n" + "\n\n".join([*_PARAGRAPHS[:2], last]) + "\n"
    assert _authors(page) == []


def test_header_byline_beats_a_by_line_under_a_short_story() -> None:
    assert _authors(_HEAD + "By Sarah Jones\n\n12 May 2024\n\n" + _BODY + "\nBy Reuters\n") == ["Sarah Jones"]
    assert _authors(_HEAD + "By Sarah Jones\n\n12 May 2024\n\n" + _BODY + "\nBy Tom Reed\n") == ["Sarah Jones"]
    art = newsparse.parse(_HEAD + "12 May 2024\n\n" + _BODY + "\nBy Reuters\n")
    assert art.byline is not None and art.byline.raw == "By Reuters" and not art.byline.authors


def test_teaser_card_byline_under_the_story_is_no_author() -> None:
    footer = "\n".join(
        ["Share", "Facebook", "Twitter", "Email", "Print", "Tags", "Schools", "Council", "Education", "Comments", "Be the first to comment", "Most read", "Advertisement", "Related"]
    )
    cards = "\nFerry fares set to rise again in the autumn\nBy Tom Reed\nStorm warning issued for the coast\n"
    assert _authors(_HEAD + "12 May 2024\n\n" + _BODY + footer + cards) == []


def test_byline_closing_the_story_still_read() -> None:
    assert _authors(_HEAD + "12 May 2024\n\n" + _BODY + "By Tom Reed\n\nShare\nMost read\n") == ["Tom Reed"]
