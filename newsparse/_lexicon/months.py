"""Month and weekday names, with abbreviations, in the languages newsparse reads.

Sources: the CLDR month and day names (abbreviated and wide forms) for English,
German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
Norwegian, Polish, Czech, Romanian, Turkish, Indonesian, Finnish, Greek, Russian,
Ukrainian, Bulgarian and Arabic (Egyptian, Levantine and Maghreb names), written out
by hand in lower case, with the dotted and undotted forms seen in news datelines
("Sept.", "Feb.") added. Keys are case-folded; values are month numbers 1–12.

CLOCK_WORDS: the word for "at" between a date and its clock time, in the languages where
it has four letters or more (Italian "alle", Finnish "kello", Polish "godz." for
"godzina", Turkish "saat"), from the CLDR date-time patterns and common news usage.
"""

from typing import Dict, FrozenSet

MONTHS: Dict[str, int] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "jän": 1, "februar": 2, "märz": 3, "mär": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fevrier": 2, "mars": 3, "avril": 4, "avr": 4,
    "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
    # Italian
    "gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6,
    "luglio": 7, "lug": 7, "settembre": 9, "set": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "oktober_nl": 10,
    # Swedish, Danish, Norwegian
    "januari_sv": 1, "februari_sv": 2, "mars_sv": 3, "maj": 5, "augusti": 8, "desember": 12,
    # Polish (nominative and genitive)
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4,
    "kwietnia": 4, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8,
    "sierpnia": 8, "wrzesień": 9, "września": 9, "październik": 10, "października": 10,
    "listopad": 11, "listopada": 11, "grudzień": 12, "grudnia": 12,
    # Czech (genitive)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Indonesian
    "januari_id": 1, "pebruari": 2, "agustus_id": 8, "desember_id": 12,
    # Finnish (partitive, as in "7. helmikuuta 2024")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Indonesian (the forms missing above, and the older spelling of November)
    "maret": 3, "nopember": 11,
    # Greek (genitive, as in "19 Αυγούστου 2020")
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
    "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Russian (genitive, as in "5 марта 2019", and the abbreviations)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    # Ukrainian (genitive, as in "3 травня 2019")
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Bulgarian (one form, as in "15 октомври 2020")
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Arabic: the Egyptian and Gulf forms (with and without the hamza), the Levantine
    # names and the Maghreb forms, as in "07 أكتوبر 2020", "8 فيفري 2019"
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}
# Keys with a ``_xx`` suffix only disambiguate duplicates in the literal above.
MONTHS = {k.split("_")[0]: v for k, v in MONTHS.items()}

WEEKDAYS: Dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
    # German, French, Spanish, Italian, Portuguese, Dutch (full forms)
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6,
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
}

#: Words that lead a date and say which date it is.
PUBLISHED_WORDS: FrozenSet[str] = frozenset(
    """published posted first published publication date publish date date released issued
    created veröffentlicht publié publicado pubblicato publicat opublikowano gepubliceerd on""".split()
)
UPDATED_WORDS: FrozenSet[str] = frozenset(
    """updated last updated modified last modified aktualisiert mis à jour actualizado
    aggiornato atualizado zaktualizowano bijgewerkt""".split()
)

#: the word for "at" before a clock time, when it has four letters or more: "3 giugno 2024 alle 09:10"
CLOCK_WORDS: FrozenSet[str] = frozenset({"alle", "kello", "godz", "godzina", "saat"})
