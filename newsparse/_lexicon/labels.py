"""Lead labels, note labels and related-link labels.

Sources: Axios's "Smart Brevity" labels as printed in its stories, the
correction and editor's-note lead-ins of the AP Stylebook and of major papers'
standards pages, and the "read more" link lead-ins common on news sites; the
home-link, photo-credit and sign-up labels that site templates print in the
languages of the shared evaluation corpora, written down as ordinary words.
Entries are case-folded, without the colon.
"""

from typing import FrozenSet, Tuple

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


#: The home link that opens a breadcrumb trail: "Home › Section", "Accueil / Monde".
HOME_LINKS: Tuple[str, ...] = (
    "home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "início", "inizio",
    "strona główna", "главная",
)

#: A label opening a photo credit line: "Foto: Agency", "Bild: Name/Agency".
CREDIT_LABELS: Tuple[str, ...] = (
    "photo", "photos", "photograph", "photographs", "foto", "fotos", "bild", "bilder", "image", "credit",
    "credits", "source", "quelle", "fuente", "fonte", "crédit", "crédits", "illustration",
)

#: The verbs and the nouns of a site's pitch for membership: "Join Over 1 Million Premium
#: Members", "Subscribe to our newsletter", "Log in to your account".
SIGN_UP_VERBS: Tuple[str, ...] = ("join", "subscribe", "sign up", "sign-up", "signup", "sign in", "sign-in", "signin",
                                  "log in", "log-in", "login", "register")
MEMBERSHIP_WORDS: Tuple[str, ...] = ("member", "members", "membership", "subscriber", "subscribers", "subscription",
                                     "premium", "newsletter", "newsletters", "account", "accounts")

#: The label of an article's reading time, which templates print in the story's header
#: beside the byline or the date: "Reading time: 4 minutes", "Lesezeit: 3 Min.".
READING_TIME_LABELS: Tuple[str, ...] = (
    "reading time", "read time", "lesezeit", "lesedauer", "temps de lecture", "tempo di lettura",
    "tiempo de lectura", "tempo de leitura", "leestijd", "czas czytania", "läsetid", "læsetid", "lesetid",
)
#: The word after a count of minutes that makes it a reading time: "5 min read", "7 min Lesezeit".
READING_TIME_WORDS: Tuple[str, ...] = (
    "read", "reading", "lesezeit", "lesedauer", "de lecture", "di lettura", "de lectura", "de leitura",
    "leestijd", "czytania", "läsning", "läsetid", "læsetid", "lesetid",
)
