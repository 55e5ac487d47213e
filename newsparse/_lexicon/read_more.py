"""The labels of the "read more" button a news page prints under the title of a link to
another story, in the languages newsparse reads best.

Sources: the wording of such buttons in the style guides and site templates of English,
German, French, Spanish, Italian, Portuguese, Dutch, Polish and Czech news publishers,
written out by hand, case-folded, without their arrows ("Read more »" folds to "read
more"). One-word labels ("More", "Mehr") are left out: they also open headings. Used by
:mod:`newsparse.layout` only.
"""

from typing import FrozenSet

READ_MORE: FrozenSet[str] = frozenset(
    {
        # English
        "read more", "continue reading", "keep reading", "read the full story", "read full story",
        # German
        "weiterlesen", "mehr lesen", "hier weiterlesen",
        # French
        "lire la suite", "lire plus",
        # Spanish
        "leer más", "seguir leyendo", "leer mas",
        # Italian
        "leggi di più", "continua a leggere", "leggi tutto",
        # Portuguese
        "leia mais", "continue lendo", "ler mais",
        # Dutch
        "lees meer", "verder lezen",
        # Polish, Czech
        "czytaj więcej", "czytaj dalej", "číst dále",
    }
)
