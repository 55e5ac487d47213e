"""Time-zone abbreviations printed in news timestamps, with their UTC offsets.

Sources: the abbreviations of the IANA tz database as printed by news sites
(US zones, UK, Central/Eastern Europe, India, East Asia, Australia). "ET", "PT",
"CT" and "MT" are generic: they name an IANA zone, resolved per date for DST.
Offsets are in minutes east of UTC.
"""

from typing import Dict, FrozenSet

FIXED: Dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600, "ast": -240, "adt": -180,
    "nst": -210, "ndt": -150,
    "bst": 60, "ist": 330, "cet": 60, "cest": 120, "met": 60, "mest": 120, "west": 60,
    "eet": 120, "eest": 180, "msk": 180, "trt": 180, "gst": 240, "pkt": 300, "npt": 345,
    "ict": 420, "wib": 420, "sgt": 480, "hkt": 480, "pht": 480, "awst": 480, "jst": 540, "kst": 540,
    "acst": 570, "acdt": 630, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
}

#: Generic US zone names: resolved with the IANA database for the date.
GENERIC: Dict[str, str] = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}

#: The zones of the United States and Canada, which write the month before the day
#: ("04/05/2024 14:30 ET" is April 5 even on the 24-hour clock).
NORTH_AMERICAN: FrozenSet[str] = frozenset({
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst",
    "et", "ct", "mt", "pt",
})
