"""A short story of our own, shared by the tests of the body rules (``test_body_rules.py``,
``test_body_story_ends.py``): a header and five paragraphs to wrap boxes, headings and
teasers around, and the paragraphs the parser keeps of such a dump."""

from __future__ import annotations

from typing import List, Optional, Tuple

import newsparse

STORY = [
    "The town council voted on Monday evening to build a movable flood barrier across the mouth of the old quay.",
    "The barrier, a pair of steel gates that swing shut when storm tides are forecast, will cost about twelve million euros.",
    "Residents of the low streets behind the quay have been flooded four times since 2015, the council said.",
    "Work is due to start in the autumn, once the fishing season ends, and should be finished before next winter.",
    "The water board will pay most of the cost, and the town the rest from its reserves over the next five years.",
]
HEAD = ["Harbour News", "Town council approves new flood barrier", "By Marta Lindqvist"]


def paragraphs_of(lines: List[str]) -> List[str]:
    """The texts of the paragraphs parsed from *lines* printed one per line."""
    return [p.text for p in newsparse.parse("\n".join(lines) + "\n").paragraphs]


#: three short paragraphs for the caption tests (``test_caption_rules.py``, ``test_caption_credits.py``)
CAPTION_BODY = (
    "The council approved the plan on Tuesday after a long debate about costs.\n\n"
    "Work on the new library is due to start in the autumn and last two years.\n\n"
    "\"We have waited a long time for this,\" said councillor Ada Brenner.\n"
)


def captions_of(text: str) -> List[Tuple[str, Optional[str]]]:
    """The (text, credit) of each caption parsed from *text*."""
    return [(c.text, c.credit) for c in newsparse.parse(text).captions]
