"""Stage: publication and update dates, and a section printed beside a date.

Dates are read with one table of compiled patterns (month names in many
languages, ISO, numeric, CJK) rather than a general-purpose date parser, which
keeps the stage fast and its decisions explainable.

>>> d = find_date("Updated 3:04 PM EST, Tue March 19, 2024")
>>> d.value.isoformat(), d.raw
('2024-03-19T15:04:00-05:00', '3:04 PM EST, Tue March 19, 2024')
>>> find_date("Feb 7, 2024 - World").value.isoformat()
'2024-02-07'
>>> find_date("Published: 7:49, 2 Nov 2023").value.isoformat()
'2023-11-02T07:49:00'
>>> find_date("13.11.2019, 23:06").value.isoformat()
'2019-11-13T23:06:00'
>>> import datetime
>>> find_date("2 hours ago", reference=datetime.date(2024, 3, 1)).value.isoformat()
'2024-03-01'
"""

from __future__ import annotations

import datetime as _dt
import functools
import re as _re
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import attrs
import regex
from dateutil import tz as _tz

from ._draft import Draft, Line, claim, whole
from ._lexicon import months as mlex
from ._lexicon import sections as slex
from ._lexicon import timezones as tzlex
from ._text import alternation, fold, has_digit, post_signature, split_bars, word_count
from .model import Block, DateInfo, Field, Span

__all__ = ["DateMatch", "blank_dates", "find", "find_date", "has_date", "short_pieces"]


def word_trie(words: Iterable[str]) -> str:
    """An alternation of *words* (for a case-blind pattern) written as a trie of their
    characters, which the engine rejects at a position after one look at each branch
    instead of trying every word: "jan", "jun", "juni" give ``j(?:an|un(?:i)?)``.

    Of the words that match at a position, the longest is tried first, as in an
    alternation sorted longest first, so the matches are the same. When two branches of
    a node could match the same character without case ("i" and "ı"), that order is not
    assured, and the plain alternation sorted longest first is returned instead.

    >>> word_trie(["jan", "jun", "juni"])
    'j(?:an|un(?:i)?)'
    """
    words = list(words)
    root: Dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: Dict[str, Any]) -> Optional[str]:
        keys = sorted(k for k in node if k)
        if any(regex.fullmatch(regex.escape(a), b, regex.I) for i, a in enumerate(keys) for b in keys[i + 1 :]):
            return None
        alts = []
        for ch in keys:
            rest = emit(node[ch])
            if rest is None:
                return None
            alts.append(regex.escape(ch) + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    trie = emit(root)
    if trie is None:
        return alternation(words)
    return trie


_MONTH_ALT = word_trie(mlex.MONTHS)
_WEEKDAY_ALT = word_trie(mlex.WEEKDAYS)
_TZ_ALT = "|".join(sorted(list(tzlex.FIXED) + list(tzlex.GENERIC), key=len, reverse=True))

_TIME = rf"""
    (?P<hour>[01]?\d|2[0-3])                      # hour
    (?:[:.h](?P<minute>[0-5]\d))                  # minutes, "3:04" "15.35" "15h35"
    (?::(?P<second>[0-5]\d))?                     # seconds
    (?:\s*(?P<ampm>[ap])\.?\s?m\b\.?|\s?(?:Uhr|h|horas|hrs|heures)\b)?  # am / pm / a.m. / p.m. / "Uhr"
    (?:\s*(?P<tz>(?:{_TZ_ALT})(?-i:(?!\p{{Ll}}))|[+-]\d{{2}}:?\d{{2}}\b|(?:UTC|GMT)\s?[+-]\d{{1,2}}(?::?\d{{2}})?))?  # zone, maybe glued to a word
    |
    (?P<hour2>1[0-2]|0?[1-9])                     # "7 pm": hour only
    \s*(?P<ampm2>[ap])\.?\s?m\b\.?
    (?:\s*(?P<tz2>(?:{_TZ_ALT})\b))?
    |
    (?P<ampm3>午前|午後|오전|오후|上午|下午)?\s*     # CJK: "10時00分", "오후 3시 5분", "下午3时"
    (?<!\d)(?P<hour3>[01]?\d|2[0-3])\s*[時时시](?![間间간])  # hour sign, not a count of hours ("24時間")
    (?:\s*(?P<minute3>[0-5]?\d)\s*[分분])?
"""

_DATE = rf"""
    (?:(?P<wd>{_WEEKDAY_ALT})\.?,?\s+)?               # optional weekday
    (?:
        (?P<mon_a>{_MONTH_ALT})\.?                   # "Feb" "February" "Sept."
        (?:\s*(?P=mon_a)?)?                          # a doubled month, as in "Nov.November"
        \s+(?P<day_a>[0-3]?\d)(?:st|nd|rd|th)?       # day
        (?:,?\s+|,)(?P<year_a>(?:19|20)\d\d)(?:(?!\d)|(?=\d{{1,2}}:\d\d))  # year, maybe glued to a time
      |
        (?P<day_b>[0-3]?\d)(?:st|nd|rd|th|º|er)?\.?  # day first: "7 February 2024", "7. März 2024"
        \s*(?:de\s+)?(?P<mon_b>{_MONTH_ALT})\.?      # month, "de febrero"
        ,?\s*(?:de\s+|del\s+)?(?P<year_b>(?:19|20)\d\d)(?:(?!\d)|(?=\d{{1,2}}:\d\d))  # year
      |
        (?P<year_c>(?:19|20)\d\d)-(?P<mon_c>[01]\d)-(?P<day_c>[0-3]\d)  # ISO 2024-02-07
        (?:[T\s](?P<iso_time>[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)
           (?P<iso_tz>Z|[+-][0-2]\d:?[0-5]\d)?)?
      |
        (?P<year_d>(?:19|20)\d\d)\s*[年년.\/]\s*(?P<mon_d>[01]?\d)\s*[月월.\/]\s*(?P<day_d>[0-3]?\d)(?!\d)\s*[日일]?  # CJK / 2024.02.07
      |
        (?P<day_e>[0-3]?\d)\.(?P<mon_e>[01]?\d)\.(?P<year_e>(?:19|20)\d\d)\b  # 13.11.2019
      |
        (?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)/(?P<year_f>(?:19|20)\d\d|\d\d)\b  # 12/29/2014 or 29/12/2014
      |
        (?P<mon_g>{_MONTH_ALT})\.?\s+(?P<day_g>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*[:,]?\s*\d{{4}})  # "Feb 7": needs a reference date
    )
"""

#: the words of an "updated" label
_UPDATED_WORDS = (
    r"updated?|last\s+updated|modified|last\s+modified|aktualisiert|geändert|modifié|mis\s+à\s+jour"
    r"|actualizado|actualización|aggiornato|atualizado|bijgewerkt|zaktualizowano|aktualizacja|date_?modified"
    r"|обновлено|оновлено"
)

_PATTERNS = {
    # a date starts after a non-word, or glued to a word's end in CamelCase ("EditorJune 11"),
    # or to an acronym before a capitalised month ("CNNMarch 3, 2020"),
    # or with a digit right after letters ("Plautz2014-12-22")
    # (every date opens with a letter or a figure, the quick test at each position)
    "date": regex.compile(
        r"(?-i:(?<!\p{N})(?:(?<!\p{L})|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?=\p{N})))(?=[\p{L}\p{N}])(?:"
        + _DATE
        + r")",
        regex.I | regex.VERBOSE,
    ),
    # (every time opens with a figure, the quick test at each position)
    # (or with a CJK morning or afternoon mark: "午後", "오후", "下午")
    "time": regex.compile(r"(?<![:])(?=[\d午오上下])(?:" + _TIME + r")(?![\p{N}])", regex.I | regex.VERBOSE),
    # relative: "2 hours ago", "5 mins ago", "yesterday"
    "relative": regex.compile(
        r"\b(?P<n>\d{1,3}|an?|one)\s*(?P<unit>sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago\b"
        r"|\b(?P<word>yesterday|today)\b",
        regex.I,
    ),
    # words that say which date this is
    "updated": regex.compile(r"(?:\b|(?<=\d))(?:" + _UPDATED_WORDS + r")\b", regex.I),
    # the same words anywhere, in a word or not, and the CJK labels: what a line holds
    # whenever any piece of it holds an "updated" label
    "updated_anywhere": regex.compile(_UPDATED_WORDS + r"|更新|修改|수정|업데이트", regex.I),
    # the CJK labels, which have no word boundary inside a line ("更新日：", "수정 2019.03.06");
    # searched only in a line that is not all ASCII
    "updated_cjk": regex.compile(r"更新|修改|수정|업데이트"),
    "published_cjk": regex.compile(r"发布|發布|公開|配信|掲載|입력|등록|게재"),
    "published": regex.compile(
        r"(?:\b|(?<=\d))(?:published|posted|first\s+published|originally\s+(?:published|created|posted)|created|original"
        r"|publish(?:ed)?\s+date|veröffentlicht|publié|publicado|pubblicato|publikacja|opublikowano|date_?published"
        r"|опубликовано|опубліковано)\b",
        regex.I,
    ),
    # separators that may stand between a date and a section: "Feb 7, 2024 - World"
    "section_after": regex.compile(r"\s*[-–—|·•/]\s*(?P<section>[\p{L}][\p{L} &'’.-]{1,40})$"),
}
# a year, or a numeric date with a two-digit year: the cheap test before the full pattern
_has_year = _re.compile(r"(?<!\d)(?:19|20)\d\d|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d)").search
# figures around two slashes, two after the second: what every slashed date ("12/29/2014") holds
_has_slashed = regex.compile(r"\d/\d\d?/\d\d").search
# a word of four letters or more: a label such as "Updated" between a date and a time
_has_word = regex.compile(r"\p{L}{4,}").search
# what may stand between a date and its time all the same: the word for "at" ("alle ore 09:10")
_clock_word = regex.compile(r"\b(?:" + "|".join(sorted(mlex.CLOCK_WORDS, key=len, reverse=True)) + r")\b", regex.I).sub
_search_date = _PATTERNS["date"].search
_finditer_date = _PATTERNS["date"].finditer
_finditer_time = _PATTERNS["time"].finditer
_search_relative = _PATTERNS["relative"].search
_search_updated_word = _PATTERNS["updated"].search
_search_published_word = _PATTERNS["published"].search
_search_updated_cjk = _PATTERNS["updated_cjk"].search
_updated_anywhere = _PATTERNS["updated_anywhere"].search
_search_published_cjk = _PATTERNS["published_cjk"].search


def _search_updated(text: str) -> Optional[regex.Match[str]]:
    """The first "updated" label in *text* ("Updated", "aktualisiert", "更新"), or None."""
    m = _search_updated_word(text)
    if m is None and not text.isascii():
        m = _search_updated_cjk(text)
    return m


def _search_published(text: str) -> Optional[regex.Match[str]]:
    """The first "published" label in *text* ("Published", "publié", "发布"), or None."""
    m = _search_published_word(text)
    if m is None and not text.isascii():
        m = _search_published_cjk(text)
    return m


_match_section_after = _PATTERNS["section_after"].match

#: the CJK marks of the morning and the afternoon, as "a" and "p"
_CJK_HALVES = {"午前": "a", "오전": "a", "上午": "a", "午後": "p", "오후": "p", "下午": "p"}
#: how far a time may stand from its date, in characters
_TIME_REACH = 16
#: the opening of the text read to tell English from other languages
_LANGUAGE_SAMPLE = 3000
#: the share of English function words above which a text is read as English
_ENGLISH_SHARE = 0.06
_english_words = _re.compile(r"\b(?:the|and|of|to|in|is|that|with|for|was|said)\b").findall
#: how many lines into the body a date line is still looked for
_INTO_BODY = 25
#: how many lines below the body a bare date line is still taken, when none stands above
_BELOW_BODY = 6
#: "By Jane Roe on ", "Posted by Jane on ": a byline opening a line, right before its date
_byline_opening = regex.compile(
    r"^(?i:(?:posted|written)\s+)?(?i:by)\s+\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?:\s\p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,3},?\s+(?i:on)\s+$"
).match
#: what follows the date of "By Jane Roe on <date>" opening a line: the line's end, the end
#: of the byline's sentence, or a bar before the header's other facts ("| 18 Comments"), not
#: the rest of a sentence ("By Christmas on <date> the council …")
_AFTER_BYLINE_DATE = ("", ".", "|", "•", "·", "—", "–", "-")
#: the most words of a labelled date line read inside the body, past its first lines
_LABELLED_WORDS = 12
#: the longest line read as a date line
_MAX_DATE_LINE = 160


def _date_labelled(text: str) -> bool:
    """Does *text* hold a "published" or "updated" label (in any language the lists know)?"""
    return _search_published(text) is not None or _search_updated(text) is not None


@attrs.frozen
class DateMatch:
    """A date found in a string: its value and the ``[start, end)`` it covers there."""

    value: Union[_dt.datetime, _dt.date]
    start: int
    end: int
    raw: str


def _year(s: str) -> int:
    y = int(s)
    return y + 2000 if y < 100 else y


def _tzinfo(name: Optional[str], day: _dt.date) -> Optional[_dt.tzinfo]:
    if not name:
        return None
    key = name.casefold().replace(" ", "")
    if key in tzlex.FIXED:
        return _dt.timezone(_dt.timedelta(minutes=tzlex.FIXED[key]))
    if key in tzlex.GENERIC:
        return _tz.gettz(tzlex.GENERIC[key])
    m = regex.match(r"^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$", key)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return _dt.timezone(_dt.timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
    return None


def _month(name: str) -> int:
    """The number of the month *name*; in lower case when case-folding changes a letter the
    lexicon keeps (the Greek "ΐ" of "Μαΐου" folds to three characters). KeyError when unknown.

    >>> _month("Sept"), _month("Μαΐου")
    (9, 5)
    """
    month = mlex.MONTHS.get(name.casefold())
    return month if month is not None else mlex.MONTHS[name.lower()]


def _date_of(m: regex.Match[str], reference: Optional[_dt.date], day_first: bool = False) -> Optional[_dt.date]:
    g = m.groupdict()
    try:
        if g["mon_a"]:
            return _dt.date(int(g["year_a"]), _month(g["mon_a"]), int(g["day_a"]))
        if g["mon_b"]:
            return _dt.date(int(g["year_b"]), _month(g["mon_b"]), int(g["day_b"]))
        if g["year_c"]:
            return _dt.date(int(g["year_c"]), int(g["mon_c"]), int(g["day_c"]))
        if g["year_d"]:
            return _dt.date(int(g["year_d"]), int(g["mon_d"]), int(g["day_d"]))
        if g["year_e"]:
            return _dt.date(int(g["year_e"]), int(g["mon_e"]), int(g["day_e"]))
        if g["year_f"]:
            a, b = int(g["n1"]), int(g["n2"])
            if day_first:
                month, day = (a, b) if b > 12 else (b, a)
            else:
                month, day = (b, a) if a > 12 else (a, b)
            return _dt.date(_year(g["year_f"]), month, day)
        if g["mon_g"] and reference is not None:
            d = _dt.date(reference.year, _month(g["mon_g"]), int(g["day_g"]))
            return d if d <= reference + _dt.timedelta(days=1) else d.replace(year=reference.year - 1)
    except (ValueError, KeyError):
        return None
    return None


def _time_near(s: str, start: int, end: int, floor: int = 0) -> Optional[Tuple[int, int, regex.Match[str]]]:
    """The time nearest to ``s[start:end]`` within reach, not across a label word,
    and not before *floor* (where the previous date and its time ended)."""
    best: Optional[Tuple[int, int, regex.Match[str]]] = None
    best_gap = _TIME_REACH + 1
    lo, hi = max(floor, start - _TIME_REACH - 12), min(len(s), end + _TIME_REACH + 12)
    for t in _finditer_time(s, lo, hi):
        if t.start() >= end:
            gap, between = t.start() - end, s[end : t.start()]
        elif t.end() <= start:
            gap, between = start - t.end(), s[t.end() : start]
        else:
            continue
        if gap < best_gap and (not _has_word(between) or not _has_word(_clock_word(" ", between))):
            best, best_gap = (t.start(), t.end(), t), gap
    return best


def _on_24_hour_clock(t: regex.Match[str]) -> bool:
    """A time past noon written on the 24-hour clock ("20:26"), as the countries that
    write the day before the month do; an ambiguous slashed date beside it is read day first,
    unless a zone of the United States or Canada stands beside the time (those write the month first).

    >>> [d.value.isoformat() for d in find_dates("08/11/2023 | 20:26")], [d.value.isoformat() for d in find_dates("08/11/2023 | 8:26 PM")]
    (['2023-11-08T20:26:00'], ['2023-08-11T20:26:00'])
    >>> find_dates("04/05/2024 14:30 ET")[0].value.isoformat()
    '2024-04-05T14:30:00-04:00'
    """
    hour = t.group("hour")
    zone = t.group("tz")
    return hour is not None and int(hour) >= 13 and (zone is None or zone.casefold() not in tzlex.NORTH_AMERICAN)


def _combine(day: _dt.date, t: regex.Match[str]) -> Union[_dt.datetime, _dt.date]:
    g = t.groupdict()
    if g["hour"] is not None:
        hour, minute, second = int(g["hour"]), int(g["minute"] or 0), int(g["second"] or 0)
        ampm, zone = g["ampm"], g["tz"]
    elif g["hour2"] is not None:
        hour, minute, second = int(g["hour2"]), 0, 0
        ampm, zone = g["ampm2"], g["tz2"]
    else:
        hour, minute, second = int(g["hour3"]), int(g["minute3"] or 0), 0
        ampm, zone = _CJK_HALVES.get(g["ampm3"] or ""), None
    if ampm:
        if hour > 12:
            return day
        hour = hour % 12 + (12 if ampm.casefold() == "p" else 0)
    value = _dt.datetime(day.year, day.month, day.day, hour, minute, second)
    zone_info = _tzinfo(zone, day)
    return value.replace(tzinfo=zone_info) if zone_info is not None else value


def _iso_value(m: regex.Match[str], day: _dt.date) -> Union[_dt.datetime, _dt.date]:
    iso_time, iso_tz = m.group("iso_time"), m.group("iso_tz")
    if not iso_time:
        return day
    parts = [int(float(x)) for x in iso_time.split(":")]
    value = _dt.datetime(day.year, day.month, day.day, parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
    zone = _tzinfo("utc" if iso_tz == "Z" else iso_tz, day) if iso_tz else None
    return value.replace(tzinfo=zone) if zone is not None else value


def find_dates(s: str, reference: Optional[_dt.date] = None, day_first: bool = False) -> List[DateMatch]:
    """Every date in *s*, each joined with a time printed next to it.

    *day_first* reads an ambiguous slashed date such as ``03/05/2022`` as
    3 May (as outside the US) rather than March 5.
    Several stages ask about the same short lines; answers are cached (the
    function is pure, and the cache is bounded).

    >>> [d.raw for d in find_dates("Posted 03/05/2022 20:36", day_first=True)], str(find_dates("03/05/2022", day_first=True)[0].value)
    (['03/05/2022 20:36'], '2022-05-03')
    """
    if reference is None and not _has_year(s):
        return []  # every date form without a reference date carries a year
    return list(_find_dates_cached(s, reference, day_first))


@functools.lru_cache(maxsize=2048)
def _find_dates_cached(s: str, reference: Optional[_dt.date], day_first: bool) -> Tuple[DateMatch, ...]:
    return tuple(_find_dates(s, reference, day_first))


def _find_dates(s: str, reference: Optional[_dt.date], day_first: bool = False) -> List[DateMatch]:
    out: List[DateMatch] = []
    floor = 0
    for m in _finditer_date(s):
        day = _date_of(m, reference, day_first)
        if day is None:
            continue
        start, end = m.span()
        value: Union[_dt.datetime, _dt.date] = day
        if m.group("year_c"):
            value = _iso_value(m, day)
        if not isinstance(value, _dt.datetime):
            near = _time_near(s, start, end, floor)
            if near is not None:
                if not day_first and m.group("year_f") and _on_24_hour_clock(near[2]):
                    day = _date_of(m, reference, True) or day  # "08/11/2023 | 20:26": a day-first page
                value = _combine(day, near[2])
                start, end = min(start, near[0]), max(end, near[1])
        out.append(DateMatch(value, start, end, s[start:end]))
        floor = end
    if not out and reference is not None:
        rel = _search_relative(s)
        if rel is not None:
            day = reference
            if rel.group("word") and rel.group("word").casefold() == "yesterday":
                day = reference - _dt.timedelta(days=1)
            elif rel.group("unit") and rel.group("unit")[0].casefold() == "d":
                n = rel.group("n")
                k = 1 if not n[0].isdigit() else int(n)
                day = reference - _dt.timedelta(days=k)
            elif rel.group("unit") and rel.group("unit")[0].casefold() == "w":
                n = rel.group("n")
                k = 1 if not n[0].isdigit() else int(n)
                day = reference - _dt.timedelta(weeks=k)
            out.append(DateMatch(day, rel.start(), rel.end(), rel.group()))
    return out


def has_date(s: str) -> bool:
    """Does *s* hold a date with its year (what :func:`find_dates` finds without a reference
    date)? The quick test for a figure comes first, and no list is built.

    >>> has_date("By Jane Roe, 3 May 2021"), has_date("By Jane Roe"), has_date("May 3")
    (True, False, False)
    """
    return has_digit(s) is not None and _has_year(s) is not None and bool(_find_dates_cached(s, None, False))


def find_date(s: str, reference: Optional[_dt.date] = None) -> Optional[DateMatch]:
    """The first date in *s*, or None."""
    found = find_dates(s, reference)
    return found[0] if found else None


def looks_english(text: str) -> bool:
    """Does *text* read as English (for the order of day and month in ``03/05/2022``)?

    >>> looks_english("The mayor said the bridge will reopen in the spring and the port too.")
    True
    >>> looks_english("Le maire a déclaré que le pont rouvrira au printemps.")
    False
    """
    sample = text[:_LANGUAGE_SAMPLE].casefold()
    words = len(sample.split()) or 1
    return len(_english_words(sample)) / words >= _ENGLISH_SHARE


def blank_dates(text: str, matches: Sequence[DateMatch]) -> str:
    """*text* with each of its dates *matches* (in order, as :func:`find_dates` gives them)
    replaced by one space: what a line says besides its dates.

    >>> blank_dates("Outlet | 3 June 2024 | By Ana Voss", find_dates("Outlet | 3 June 2024 | By Ana Voss"))
    'Outlet |   | By Ana Voss'
    """
    for m in reversed(matches):
        text = text[: m.start] + " " + text[m.end :]
    return text


# ----------------------------------------------------------------- stage ----
def _is_date_line(line: Line, matches: List[DateMatch]) -> bool:
    """A line that is mostly dates, labels and separators, not running text."""
    if not matches or len(line.text) > _MAX_DATE_LINE:
        return False
    rest = blank_dates(line.text, matches)
    rest_words = word_count(rest)
    return rest_words <= 6 or short_pieces(rest, 10)


def short_pieces(text: str, most_words: int, longer: Optional[Callable[[str], bool]] = None) -> bool:
    """*text* is three or more pieces between bars or bullets, each of *most_words* words at
    most (or one that *longer* accepts): a header's run of facts, not running text. The
    dates stage reads a line with its dates blanked ("Outlet | <date> • Updated <date> | By
    Jane Roe (with John Doe)"), the byline stage a line as printed.

    >>> short_pieces("Le Journal |   • Mis à jour le   | Par Ana Voss (avec Leo Marr et Kim Ode)", 10)
    True
    >>> short_pieces("The mayor said on   that the bridge would reopen after repairs to the deck", 10)
    False
    >>> short_pieces("Jane Roe | Town news | the council said the bridge would reopen in May", 8, lambda p: "May" in p)
    True
    """
    if text.count("|") + text.count("•") < 2:
        return False  # (three pieces need two separators)
    pieces = [p for p in split_bars(text) if p.strip()]
    return len(pieces) >= 3 and all(word_count(p) <= most_words or (longer is not None and longer(p)) for p in pieces)


def _which(text: str, m: DateMatch) -> str:
    """'updated' or 'published', from the label nearest before the date."""
    before = text[max(0, m.start - 40) : m.start]
    up, pub = _search_updated(before), _search_published(before)
    if up and (not pub or up.start() > pub.start()):
        return "updated"
    return "published"


def _label_only(text: str) -> bool:
    """A label printed on the line above its date: "Updated:", "Original:", "Published"."""
    return len(text) <= 24 and text.rstrip(": ").count(" ") <= 2 and _date_labelled(text)


def _day_first(known: Optional[bool], draft: Draft, text: str) -> Optional[bool]:
    """Whether this page writes ``03/05/2022`` day first, read once and only when *text*
    may hold a slashed date (the only date form the answer changes)."""
    if known is None and "/" in text and _has_slashed(text):
        return not looks_english(draft.text)
    return known


def _date_below_body(draft: Draft, day_first: Optional[bool]) -> Optional[DateInfo]:
    """A line that is only a date, just below the body: the article's date when none stands above it.

    Some templates print the date at the foot of the story ("… last paragraph.",
    "Next page", "June 5, 2019"). Only the first few lines after the body are
    read, and only a line that holds a date and nothing else, so a teaser's date
    further down is not taken. The line may have been set aside as furniture;
    it is not claimed again.
    """
    lines, (b0, b1) = draft.lines, draft.body
    if b1 <= b0:
        return None
    for ln in lines[b1 : b1 + _BELOW_BODY]:
        if len(ln.text) > _MAX_DATE_LINE or not has_digit(ln.text):
            continue
        day_first = _day_first(day_first, draft, ln.text)
        matches = find_dates(ln.text, draft.reference_date, bool(day_first))
        if len(matches) == 1 and not fold(ln.text[: matches[0].start] + ln.text[matches[0].end :]):
            m = matches[0]
            return DateInfo(m.value, m.raw, Span(ln.start + m.start, ln.start + m.end))
    return None


def _may_update(lines: Sequence[Line], i: int) -> bool:
    """Line *i*, or the line above it (a label printed over its date), holds an "updated"
    label: without one, no date on line *i* reads as an update (see :func:`_which`).

    >>> rows = ["Published 3 May 2021", "Updated:", "4 May 2021"]
    >>> lines = [Line(k, 0, len(t), t, True, len(t.split())) for k, t in enumerate(rows)]
    >>> _may_update(lines, 0), _may_update(lines, 2)
    (False, True)
    """
    return _updated_anywhere(lines[i].text) is not None or (i > 0 and _updated_anywhere(lines[i - 1].text) is not None)


def _by_byline(roles: Sequence[str], i: int) -> bool:
    """Line *i* is a byline line, or stands right under one: a date printed with the byline
    ("By" / "JANE ROE" / "19 May 2020 9:02"), wherever the page puts that block."""
    return roles[i] == "byline" or (i > 0 and roles[i - 1] == "byline")


def _under_byline_only(roles: Sequence[str], ln: Line) -> bool:
    """A line that is not a byline and has no date label, right under a byline line."""
    return roles[ln.index] != "byline" and _by_byline(roles, ln.index) and not _date_labelled(ln.text)


def _may_date(lines: Iterable[Line], reference: Optional[_dt.date]) -> List[Line]:
    """The *lines* that may be read for a date: short, with a figure, and not the
    signature of an embedded post; with a *reference* date, any line of eight words
    or fewer too ("2 hours ago")."""
    return [
        ln
        for ln in lines
        if (reference is not None and ln.words <= 8)
        or (
            len(ln.text) <= _MAX_DATE_LINE
            and ln.words <= 25
            and has_digit(ln.text) is not None
            and not (ln.text[:1] in "—–-" and post_signature(ln.text))
        )
    ]


def find(draft: Draft) -> Draft:
    """Pipeline stage: claim date lines in the header; set ``published``/``updated``/``section``.

    Date lines are looked for before the body and in its first lines; a date
    inside running text (a caption, a paragraph) is never a publication date.
    """
    lines, roles = draft.lines, draft.roles
    b0, b1 = draft.body
    limit = min(len(lines), b0 + _INTO_BODY) if b1 > b0 else len(lines)
    # the language is read only when a slashed date needs it ("03/05/2022")
    day_first: Optional[bool] = None
    published: Optional[DateInfo] = None
    updated: Optional[DateInfo] = None
    section: Optional[Field] = None
    claims: Dict[int, Tuple[str, Tuple[Block, ...]]] = {}
    # Nearest the byline (or the body start) first: a lone date in a site header loses
    # to the date printed with the article.
    bylines = [i for i, role in enumerate(roles[:limit]) if role == "byline"]
    anchor = min(bylines, key=lambda i: abs(b0 - i)) if bylines else b0
    # Free lines and bylines are read; with a reference date, so are short lines set aside
    # as furniture ("2 hours ago" is a teaser's age on most pages, but the article's date here).
    reference = draft.reference_date
    readable = ("", "byline", "boilerplate") if reference is not None else ("", "byline")
    # (line i has index i, and its role is roles[i])
    head = _may_date(
        (ln for ln, role in zip(lines[:limit], roles) if role in readable and (role != "boilerplate" or ln.words <= 6)), reference
    )
    head.sort(key=lambda ln: abs(ln.index - anchor) + (0 if ln.index <= anchor + 4 else 6))
    # A labelled date after the body ("Published by … on …") comes last: after the body
    # only a labelled date is read, or the date on a closing byline.
    # (and the byline's own date, wherever in or after the body the byline was found)
    # (inside the body, only the byline and short lines opening with a word: "Story published
    # on Oct 5, 2022.", not a broken citation ". Original Times, May 2, 2020.")
    later = (
        ln
        for ln, role in zip(lines[limit:], roles[limit:])
        if role == "byline" or (role == "" and (ln.index >= b1 or (ln.words <= _LABELLED_WORDS and ln.text[:1].isalpha())))
    )
    tail = [
        ln
        for ln in _may_date(later, reference)
        if len(ln.text) <= _MAX_DATE_LINE
        and (
            roles[ln.index] == "byline"
            or _date_labelled(ln.text)
            or (ln.index >= b1 and _by_byline(roles, ln.index))
        )
    ]
    # a bare date line right under a closing byline is read last, when nothing else dates the story
    under = [ln for ln in head + tail if ln.index >= b1 and _under_byline_only(roles, ln)]
    late = {ln.index for ln in under}
    for ln in [*(ln for ln in head + tail if ln.index not in late), *under]:
        if published is not None and updated is not None:
            break
        if published is not None and not _may_update(lines, ln.index):
            continue  # what is left to find is an update, and no "updated" label stands here
        day_first = _day_first(day_first, draft, ln.text)
        matches = find_dates(ln.text, draft.reference_date, bool(day_first))
        if not matches:
            continue
        dated = _is_date_line(ln, matches)
        if not dated and ln.prose and roles[ln.index] != "byline":
            if not _byline_opening(ln.text[: matches[0].start]) or ln.text[matches[0].end :].lstrip()[:1] not in _AFTER_BYLINE_DATE:
                continue  # a date in running text; a long byline line may still carry its date
            matches = matches[:1]  # "By Jane Roe on 3 May 2021 | 18 Comments. This post …"
        if ln.index >= b1 and not (_by_byline(roles, ln.index) or _date_labelled(ln.text)):
            continue  # after the body only a labelled date, or the date on or under a closing byline
        if ln.index >= b1 and roles[ln.index] != "byline" and not dated:
            continue
        used = False
        for m in matches:
            info = DateInfo(m.value, m.raw, Span(ln.start + m.start, ln.start + m.end))
            kind = _which(ln.text, m)
            if m is matches[0] and ln.index > 0 and _label_only(lines[ln.index - 1].text):
                kind = _which(lines[ln.index - 1].text + " ", DateMatch(m.value, len(lines[ln.index - 1].text) + 1, 0, ""))
            if kind == "updated" and updated is None:
                updated, used = info, True
            elif kind == "published" and published is None:
                published, used = info, True
        if dated and used and roles[ln.index] == "":
            claims[ln.index] = whole("date", ln)
            last = matches[-1]
            sec = _match_section_after(ln.text, last.end)
            if sec and section is None and sec.group("section").strip():
                name = sec.group("section").strip()
                if fold(name) in slex.SECTIONS or word_count(name) <= 3:
                    s = ln.start + sec.start("section")
                    section = Field(name, Span(s, s + len(name)))
    if published is None and updated is None:
        published = _date_below_body(draft, day_first)
        if published is None:
            return draft
    if published is None:
        # Only an "Updated …" date is printed: it is the best date the text gives for
        # the article, and ``updated`` keeps it too (documented in docs/fields.md).
        published = updated
    return claim(draft, claims, published=published, updated=updated, section=section)
