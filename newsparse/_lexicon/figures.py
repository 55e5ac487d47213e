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

#: The nouns of a picture a paragraph announces before it ("here is a chart of …:", "the
#: screenshot below:"), in English, German, French, Spanish, Italian and Portuguese
#: (singular and plural): the short line under such a paragraph is the picture's caption.
#: ("figures" is left out: "the latest figures:" announces numbers.)
FIGURE_NOUNS: FrozenSet[str] = frozenset(
    {
        "chart", "charts", "graph", "graphs", "plot", "plots", "diagram", "diagrams", "figure",
        "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures",
        "screenshot", "screenshots", "map", "maps", "illustration", "illustrations", "infographic",
        "visualization", "visualisation", "sketch", "drawing", "histogram", "heatmap",
        "grafik", "grafiken", "diagramm", "abbildung", "schaubild", "karte", "bild", "bilder", "foto", "fotos",
        "graphique", "graphiques", "carte", "schéma", "gráfico", "gráficos", "mapa", "imagen", "imágenes",
        "grafico", "grafici", "immagine", "immagini", "imagem", "imagens",
    }
)

#: The words with which a caption speaks of its picture ("This satellite image shows …",
#: "… pictured on Friday"): the picture nouns above and a few verbs and kinds of picture. A
#: sentence over a short source name is that picture's caption only when it holds one.
CAPTION_CUES: FrozenSet[str] = FIGURE_NOUNS | frozenset(
    {"satellite", "graphic", "shows", "show", "pictured", "seen", "photographed", "captured"}
)

#: The labels that number a figure's caption ("Figure 1: …", "Fig. 3 – …", "Abb. 2: …"):
#: a line opening with one, a number and a colon, full stop or dash is a caption.
#: (Tables are left out: their captions are no figure's.)
FIGURE_LABELS: FrozenSet[str] = frozenset(
    {
        "figure", "fig.", "fig", "chart", "graph", "exhibit", "abbildung", "abb.", "grafik", "schaubild",
        "diagramm", "figura", "gráfico", "grafico", "graphique", "рисунок", "рис.", "ilustración",
    }
)

#: The labels of a date line ("Published, Mar. 3, 2024."): a caption naming a place and a
#: date opens with the place, never with one of them.
DATE_LABELS: FrozenSet[str] = frozenset(
    {
        "published", "updated", "posted", "date", "dated", "last updated", "modified", "veröffentlicht",
        "aktualisiert", "stand", "publié", "mis à jour", "publicado", "actualizado", "pubblicato", "aggiornato",
    }
)
