"""Words that make a short line ending with a colon the label of a page's furniture, not
the words with which a story introduces its own list.

A story introduces a list in its own words ("What you can borrow now:", "You will need:",
"Among the changes:"); a page labels its tag lists, topic links, share and follow buttons
and author contacts with a few fixed nouns and verbs ("Topics in this story:", "More on:",
"Contact the author:", "Temas relacionados:"), and its tables of contents ("Jump to:",
"Contents:"). A short colon line holding one of these words introduces no list of the
story's.

Sources: the labels over tag lists, topic links, related links, share bars, author
contact boxes, tables of contents and the boxes that point to a site's other sections
("Also in the news:", "Videos:", "Podcasts:", "Elsewhere on the site:") printed by news site templates in English, German, French, Spanish,
Italian, Portuguese and Dutch, written down as ordinary words (case-folded), and the
words of the sign-up forms and consent notices that print their options as short lines. Used by
:mod:`newsparse.layout` only.
"""

from typing import FrozenSet, Tuple

FURNITURE_LABEL_WORDS: FrozenSet[str] = frozenset(
    """
    tags tag topics topic keywords categories category related more contact share follow
    subjects subject author authors newsletter newsletters jump contents skip navigation
    inhalt inhaltsverzeichnis sommaire índice indice inhoud
    themen thema schlagwörter stichwörter kategorien mehr kontakt teilen folgen autor autorin
    thèmes thème sujets sujet mots-clés catégories catégorie partager suivre suivez contacter auteur
    temas tema etiquetas categorías relacionados relacionadas compartir seguir síguenos contacto autor
    argomenti argomento correlati condividi seguici contatti autore
    assuntos assunto etiquetas relacionadas partilhar compartilhar siga contato
    onderwerpen trefwoorden gerelateerd delen volg
    news stories site video videos podcast podcasts listen watch explore services elsewhere touch
    nachrichten videos dienste meistgelesen actualités vidéos noticias además también vídeos notizie
    """.split()
)

#: What the text of a sign-up form or a consent notice speaks of ("We will send you an
#: email every morning", "you can unsubscribe at any time", "privacy"): running text
#: holding one of these (case-folded, read as a part of a word) under a list is no story
#: resuming, so the list is the form's options.
FORM_TEXT_WORDS: Tuple[str, ...] = (
    "newsletter", "inbox", "unsubscribe", "e-mail", "email", "privacy", "abmelden", "datenschutz",
    "désinscri", "confidentialité", "boletín", "privacidad", "iscriviti",
)
