"""Words of the captions stage that no other stage reads.

Sources: the home-link labels of news sites' breadcrumb trails in the languages of
the project's pages (the wording of the sites' navigation: "Inicio", "Startseite",
"Etusivu", "Главная" …), beside the shorter list in ``labels.HOME_LINKS``.
Entries are case-folded.
"""

from typing import FrozenSet

#: The home links that open a breadcrumb trail ("Forside / Kultur / Film"), besides those
#: of ``labels.HOME_LINKS`` ("Inicio", "Startseite"): a slash after one parts the trail's
#: steps, not a photographer from an agency.
TRAIL_HOMES: FrozenSet[str] = frozenset(
    {
        "portada", "página inicial", "pagina inicial", "hjem", "forside", "hem", "startsida",
        "etusivu", "kezdőlap", "domů", "úvod", "головна", "начало",
        "αρχική", "ana sayfa", "anasayfa", "beranda", "trang chủ", "trang chu", "pradžia", "sākums",
        "avaleht", "naslovnica", "početna", "naslovna", "acasă", "acasa",
    }
)
