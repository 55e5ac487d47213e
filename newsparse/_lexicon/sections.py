"""Section names printed above headlines or beside dates.

Source: the top-level navigation sections of general news sites (the IPTC
media-topic top level in plain English, plus the section words news sites
print as kickers). Entries are case-folded.
"""

from typing import FrozenSet

SECTIONS: FrozenSet[str] = frozenset(
    """
    news world us u.s. uk europe asia africa americas middle east australia canada india china
    politics business economy markets money finance tech technology science health wellness
    sport sports football soccer cricket rugby tennis golf nba nfl mlb nhl f1 formula 1
    entertainment culture arts books music movies film tv television celebrity showbiz
    lifestyle life style fashion beauty food travel home property real estate motoring cars autos
    opinion opinions comment analysis editorial editorials columns letters
    local national international nation metro region regional city
    education environment climate weather energy law crime justice
    media religion obituaries obituary features magazine weekend
    investigations video videos photos podcasts live breaking
    """.replace("\n", " ").split()
) | frozenset(
    {"middle east", "real estate", "formula 1", "u.s. news", "world news", "us news", "uk news",
     "breaking news", "local news", "national news", "top stories", "personal finance", "health & wellness",
     "arts & culture", "science & tech", "the world", "us politics", "uk politics"}
)
