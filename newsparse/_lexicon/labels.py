"""Lead labels, note labels and related-link labels.

Sources: Axios's "Smart Brevity" labels as printed in its stories, the
correction and editor's-note lead-ins of the AP Stylebook and of major papers'
standards pages, and the "read more" link lead-ins common on news sites.
Entries are case-folded, without the colon.
"""

from typing import FrozenSet

#: "Why it matters: …" — the label is kept out of the paragraph text.
LEAD_LABELS: FrozenSet[str] = frozenset(
    """
    why it matters
    the big picture
    big picture
    driving the news
    zoom in
    zoom out
    between the lines
    what they're saying
    what they’re saying
    what we're watching
    what we’re watching
    what's next
    what’s next
    what to watch
    yes, but
    the bottom line
    bottom line
    the latest
    details
    context
    flashback
    by the numbers
    the other side
    reality check
    state of play
    catch up quick
    our thought bubble
    worth noting
    the intrigue
    the backdrop
    go deeper
    be smart
    the state of play
    where it stands
    what happened
    what's happening
    what’s happening
    how it works
    the bigger picture
    threat level
    follow the money
    between the lines
    the fine print
    the key takeaway
    key takeaways
    the catch
    the bottom line
    behind the scenes
    for the record
    meanwhile
    the backstory
    background
    fun fact
    q
    a
    """.strip().splitlines()
)
LEAD_LABELS = frozenset(x.strip() for x in LEAD_LABELS if x.strip())

#: Labels that make a line an editorial note rather than body text.
NOTE_LABELS: FrozenSet[str] = frozenset(
    """
    editor's note
    editor’s note
    editors' note
    editors’ note
    editor's notes
    note
    correction
    corrections
    clarification
    update
    updated
    an earlier version of this story
    an earlier version of this article
    this story has been updated
    this article has been updated
    this story has been corrected
    this article has been corrected
    this story was originally published
    this article was originally published
    this story originally appeared
    this article originally appeared
    a version of this story
    a version of this article
    this is a developing story
    this story is developing
    this is a breaking news story
    disclosure
    """.strip().splitlines()
)
NOTE_LABELS = frozenset(x.strip() for x in NOTE_LABELS if x.strip())

#: "Go deeper: <title>" — the title is a related link.
RELATED_LABELS: FrozenSet[str] = frozenset(
    """
    go deeper
    read more
    read also
    also read
    read next
    related
    see also
    more
    more on this
    more from
    also see
    watch
    listen
    recommended
    related story
    related article
    related coverage
    recommended reading
    keep reading
    don't miss
    further reading
    lire aussi
    à lire aussi
    a lire aussi
    lesen sie auch
    mehr zum thema
    leer más
    lee también
    leia também
    leggi anche
    """.strip().splitlines()
)
RELATED_LABELS = frozenset(x.strip() for x in RELATED_LABELS if x.strip())
