"""A story's own short lines (a list it introduces with a colon, the questions and short
answers of an interview, a recipe's ingredients) and the paragraphs around them stay in
the body, however the dump breaks its lines; menus, teaser lists and tag lists of the
same short-line shape stay out of it."""

from __future__ import annotations

from typing import List, Sequence

import pytest

import newsparse

#: a story of our own: a header and five paragraphs
HEAD = ["Riverside library opens its doors again", "By Hanna Kowal", "April 9, 2025"]
P = [
    "The riverside library opened its doors again on Saturday morning, two years after a flood filled its ground floor with mud.",
    "Hundreds of people queued along the embankment before the doors opened, and staff handed out coffee to those waiting.",
    "The rebuild cost more than the council had planned, partly because the new floor was raised by a metre above the old one.",
    "Librarians said the children's corner, which now has a small stage for readings, was booked every weekend until autumn.",
    "The council said it would publish a full account of the costs next month, once the last bills had been paid.",
]
#: the same story in German and in French
HEAD_DE = ["Stadtbibliothek am Fluss öffnet wieder", "Von Hanna Kowal", "9. April 2025"]
P_DE = [
    "Die Stadtbibliothek am Fluss hat am Samstagmorgen wieder geöffnet, zwei Jahre nachdem ein Hochwasser das Erdgeschoss verwüstet hatte.",
    "Hunderte Menschen standen vor der Öffnung am Ufer Schlange, und das Personal verteilte Kaffee an die Wartenden.",
    "Der Umbau kostete mehr als geplant, vor allem weil der neue Boden um einen Meter höher gelegt wurde als der alte.",
    "Die Leseecke für Kinder hat jetzt eine kleine Bühne und ist bis zum Herbst an jedem Wochenende ausgebucht.",
    "Die Stadt will im nächsten Monat eine genaue Abrechnung der Kosten vorlegen, sobald alle Rechnungen bezahlt sind.",
]
HEAD_FR = ["La bibliothèque du quai rouvre ses portes", "Par Hanna Kowal", "9 avril 2025"]
P_FR = [
    "La bibliothèque du quai a rouvert samedi matin, deux ans après une crue qui avait rempli de boue tout son rez-de-chaussée.",
    "Des centaines de personnes faisaient la queue sur la berge avant l'ouverture, et le personnel distribuait du café.",
    "Les travaux ont coûté plus cher que prévu, surtout parce que le nouveau plancher a été relevé d'un mètre.",
    "Le coin des enfants dispose désormais d'une petite scène pour les lectures et il est réservé chaque week-end.",
    "La mairie publiera le mois prochain le détail des dépenses, une fois les dernières factures réglées.",
]


def _page(lines: Sequence[str], sep: str = "\n\n", eol: str = "\n") -> str:
    return sep.replace("\n", eol).join(lines) + eol


def _paragraphs(text: str) -> List[str]:
    return [p.text for p in newsparse.parse(text).paragraphs]


SEPS = [("\n\n", "\n"), ("\n", "\n"), ("\n\n", "\r\n"), ("\n", "\r\n")]
SEP_IDS = ["double", "single", "crlf-double", "crlf-single"]


# 1. a list the story introduces with a colon, closed by a paragraph of the story


@pytest.mark.parametrize(("sep", "eol"), SEPS, ids=SEP_IDS)
@pytest.mark.parametrize(
    ("head", "story", "intro", "items"),
    [
        (HEAD, P, "What you can borrow now:", ["Books", "Films", "Board games", "Laptops"]),
        (HEAD_DE, P_DE, "Was man jetzt ausleihen kann:", ["Bücher", "Filme", "Brettspiele", "Laptops"]),
        (HEAD_FR, P_FR, "Ce que l'on peut emprunter :", ["Des livres", "Des films", "Des jeux", "Des ordinateurs"]),
        (HEAD, P, "On loan again:", ["Books", "Films", "Board games", "Laptops"]),
        (HEAD_DE, P_DE, "Neu im Angebot:", ["Bücher", "Filme", "Brettspiele", "Laptops"]),
    ],
    ids=["en", "de", "fr", "en-short-intro", "de-short-intro"],
)
def test_a_list_near_the_end_and_the_closing_paragraph_stay(
    head: List[str], story: List[str], intro: str, items: List[str], sep: str, eol: str
) -> None:
    text = _page(head + story[:4] + [intro, *items, story[4]], sep, eol)
    assert _paragraphs(text) == [*story[:4], intro, *items, story[4]]


@pytest.mark.parametrize(("sep", "eol"), SEPS, ids=SEP_IDS)
def test_a_list_introduced_by_a_sentence_ending_with_a_colon_stays(sep: str, eol: str) -> None:
    intro = P[3][:-1] + ", and these are the things readers can borrow from this week:"
    text = _page(HEAD + P[:3] + [intro, "Books", "Films", "Board games", P[4]], sep, eol)
    assert _paragraphs(text) == [*P[:3], intro, "Books", "Films", "Board games", P[4]]


# 2. an interview with short answers


QA_EN = [
    "We spoke to the head librarian an hour before the doors opened on Saturday.",
    "Are you nervous?",
    "A little.",
    "What are you most proud of?",
    "The children's stage.",
    "Will the river come back?",
    "One day, yes. But this time we are ready for it, and the books will be upstairs before the water reaches the door.",
]
QA_DE = [
    "Wir haben die Leiterin der Bibliothek eine Stunde vor der Öffnung am Samstag gesprochen.",
    "Sind Sie nervös?",
    "Ein bisschen.",
    "Worauf sind Sie am meisten stolz?",
    "Auf die Kinderbühne.",
    "Kommt der Fluss wieder?",
    "Eines Tages, ja. Aber diesmal sind wir vorbereitet, und die Bücher stehen oben, bevor das Wasser die Tür erreicht.",
]
QA_FR = [
    "Nous avons rencontré la directrice de la bibliothèque une heure avant l'ouverture, samedi.",
    "Vous êtes nerveuse ?",
    "Un peu.",
    "De quoi êtes-vous la plus fière ?",
    "De la scène des enfants.",
    "La rivière reviendra-t-elle ?",
    "Un jour, oui. Mais cette fois nous sommes prêts, et les livres seront à l'étage avant que l'eau n'atteigne la porte.",
]


@pytest.mark.parametrize(("sep", "eol"), SEPS, ids=SEP_IDS)
@pytest.mark.parametrize(("head", "qa"), [(HEAD, QA_EN), (HEAD_DE, QA_DE), (HEAD_FR, QA_FR)], ids=["en", "de", "fr"])
def test_an_interview_with_short_answers_keeps_its_intro_and_first_answer(
    head: List[str], qa: List[str], sep: str, eol: str
) -> None:
    assert _paragraphs(_page(head + qa, sep, eol)) == qa


# 3. a recipe: an intro paragraph, "You will need:", the ingredients, the method


RECIPE = [
    ("This cake takes ten minutes to put together and fills the kitchen with the smell of lemons while it bakes.",
     "You will need:", ["200g flour", "150g sugar", "2 eggs", "Zest of one lemon"],
     ["Mix the dry ingredients in a large bowl, then beat in the eggs one at a time until the batter is smooth.",
      "Bake for forty minutes in a medium oven, and leave the cake to cool in the tin."]),
    ("Dieser Kuchen ist in zehn Minuten angerührt, und beim Backen duftet die ganze Küche nach Zitronen.",
     "Sie brauchen:", ["200 g Mehl", "150 g Zucker", "2 Eier", "Abrieb einer Zitrone"],
     ["Die trockenen Zutaten in einer großen Schüssel mischen, dann die Eier einzeln unterrühren, bis der Teig glatt ist.",
      "Vierzig Minuten bei mittlerer Hitze backen und den Kuchen in der Form abkühlen lassen."]),
    ("Ce gâteau se prépare en dix minutes et remplit la cuisine d'une odeur de citron pendant la cuisson.",
     "Il vous faut :", ["200 g de farine", "150 g de sucre", "2 œufs", "Le zeste d'un citron"],
     ["Mélangez les ingrédients secs dans un grand saladier, puis ajoutez les œufs un à un jusqu'à obtenir une pâte lisse.",
      "Faites cuire quarante minutes à four moyen et laissez refroidir le gâteau dans son moule."]),
]


@pytest.mark.parametrize(("sep", "eol"), SEPS, ids=SEP_IDS)
@pytest.mark.parametrize("recipe", RECIPE, ids=["en", "de", "fr"])
def test_a_recipe_keeps_its_intro_and_ingredients(recipe: tuple, sep: str, eol: str) -> None:  # type: ignore[type-arg]
    intro, need, items, method = recipe
    lines = [intro, need, *items, *method]
    assert _paragraphs(_page(["Easy lemon cake", "By Lucy Hart", "June 2, 2024", *lines], sep, eol)) == lines


def test_a_recipe_with_its_ingredients_between_blank_lines() -> None:
    # the reviewer's layout: the ingredients one per line, the parts between blank lines
    intro, need, items, method = RECIPE[0]
    text = "Easy lemon cake\n\nBy Lucy Hart\n\nJune 2, 2024\n\n" + intro + "\n\n" + need + "\n\n" + "\n".join(items)
    text += "\n\n" + "\n\n".join(method) + "\n"
    assert _paragraphs(text) == [intro, need, *items, *method]


# 4. a dump with single newlines: a list inside the story, then a box and a footer


def test_a_single_newline_dump_keeps_the_paragraph_over_a_list() -> None:
    lines = [*HEAD, P[0], "Among the changes:", "A raised floor", "Rolling shelves", "A flood gate", P[1], P[2],
             "More from Local", "Council votes on bus lanes", "Storm warning for weekend", "© 2025 The Riverside Courier"]
    assert _paragraphs("\n".join(lines) + "\n") == [P[0], "Among the changes:", "A raised floor", "Rolling shelves",
                                                     "A flood gate", P[1], P[2]]


# where the rules must not fire


def test_a_most_read_list_after_the_story_stays_out() -> None:
    tail = ["Most read:", "Bus lanes", "Storm warning", "Ferry fares",
            "The ferry company said on Friday that fares would rise by a tenth from the first of November."]
    paragraphs = _paragraphs(_page(HEAD + P + tail, "\n"))
    assert paragraphs[: len(P)] == P
    assert not {"Bus lanes", "Storm warning", "Ferry fares"} & set(paragraphs)


def test_a_menu_of_sections_above_the_title_stays_out() -> None:
    menu = ["Skip to content", "Browse our sections:", "News", "Sport", "Weather", "Culture"]
    for sep in ("\n", "\n\n"):
        assert _paragraphs(_page(menu + HEAD + P, sep)) == P


def test_a_tag_list_after_the_story_stays_out() -> None:
    for label in ("Topics in this story:", "More on:", "Themen in diesem Artikel:", "Temas relacionados:"):
        tail = [label, "Libraries", "Flooding", "Riverside", "Comments (3)",
                "I queued for an hour and it was worth it, the new reading room is lovely."]
        paragraphs = _paragraphs(_page(HEAD + P + tail, "\n"))
        assert paragraphs[: len(P)] == P, label
        assert not {"Libraries", "Flooding", "Riverside"} & set(paragraphs), label


def test_a_tag_list_over_a_teaser_blurb_stays_out() -> None:
    # the story does not resume under the tags: the prose there is another story's blurb
    for label in ("Topics in this story:", "More on:", "Related topics:", "Contact the author:"):
        tail = [label, "Libraries", "Flooding", "Riverside",
                "Ferry fares rise again as the company blames the price of fuel for the third increase this year."]
        paragraphs = _paragraphs(_page(HEAD + P + tail, "\n"))
        assert paragraphs[: len(P)] == P, label
        assert not {"Libraries", "Flooding", "Riverside"} & set(paragraphs), label


def test_a_list_of_questions_without_answers_is_not_an_interview() -> None:
    # a table of contents made of questions, above the story: no short answers under them
    toc = ["Contents", "What is it?", "Who pays?", "When is it built?"]
    paragraphs = _paragraphs(_page(HEAD + toc + P, "\n"))
    # (the paragraphs stage may take the question right over the story as its lead-in)
    assert paragraphs[-len(P) :] == P and not {"Contents", "What is it?", "Who pays?"} & set(paragraphs)


# probes of the rules (made-up pages a rule could misfire on)


def test_a_sign_up_form_with_its_options_after_the_story_stays_out() -> None:
    form = ["Pick what you want to get:", "Morning briefing", "Weekend reads",
            "We will send you an email every morning with the main stories of the day from the valley."]
    paragraphs = _paragraphs(_page(HEAD + P + form, "\n"))
    assert paragraphs[: len(P)] == P
    assert not {"Morning briefing", "Weekend reads", form[-1]} & set(paragraphs)


def test_a_recipe_whose_method_speaks_of_cookies_keeps_its_ingredients() -> None:
    lines = ["These biscuits are the ones my grandmother baked every winter, and they keep for a week in a tin.",
             "You will need:", "100g butter", "2 eggs", "Bake the cookies for ten minutes, until the edges turn golden."]
    assert _paragraphs(_page(["Winter biscuits", "By Lucy Hart", *lines], "\n")) == lines


def test_the_list_rule_at_the_edges_of_the_dump() -> None:
    # a colon line as the dump's first line, a list that ends the dump, a very long colon line
    assert _paragraphs(_page(["You will need:", "Flour", "Sugar", *P], "\n")) == P
    assert _paragraphs(_page(HEAD + P + ["What you can borrow now:", "Books", "Films"], "\n"))[: len(P)] == P
    long_intro = "word " * 3000 + ":"
    assert _paragraphs(_page([*HEAD, P[0], long_intro, "Books", "Films", P[1]], "\n"))[0] == P[0]


def test_many_short_questions_and_colon_lines_parse_quickly() -> None:
    import time

    for lines in (["Why now?", "Yes."] * 5000, ["Among the changes:", "A"] * 5000, ["You will need:", *(["Flour"] * 30), P[0]] * 300):
        t0 = time.perf_counter()
        newsparse.parse(_page(HEAD + lines, "\n"))
        assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("need", ["Ingredients:", "Zutaten:", "Ingrédients :"])
def test_a_recipe_with_a_one_word_heading_over_its_ingredients(need: str) -> None:
    intro, _, items, method = RECIPE[0]
    lines = [intro, need, *items, *method]
    assert _paragraphs(_page(["Easy lemon cake", "By Lucy Hart", "June 2, 2024", *lines], "\n")) == lines


def test_a_photo_credit_label_over_its_names_is_no_list() -> None:
    # a caption, "Foto:" and the credit over the story: no list of the story's
    lines = [*HEAD_DE, P_DE[0], "Foto:", "Hafenarchiv", "Anna Berg", *P_DE[1:]]
    paragraphs = _paragraphs(_page(lines, "\n"))
    assert not {"Foto:", "Hafenarchiv", "Anna Berg"} & set(paragraphs)


def test_a_table_of_contents_under_the_first_paragraph_is_no_list_of_the_story() -> None:
    for label in ("Jump to:", "Contents:", "Inhaltsverzeichnis:"):
        lines = [*HEAD, P[0], label, "The flood", "The rebuild", "The reopening", *P[1:]]
        paragraphs = _paragraphs(_page(lines, "\n"))
        assert not {label, "The flood", "The rebuild", "The reopening"} & set(paragraphs), label


def test_a_list_in_the_story_does_not_pull_the_body_over_a_box_above_the_title() -> None:
    # "Related articles" over the title and its deck, and a short list under the first
    # paragraph: the list's weight must not move the body's start up past the byline and the
    # date into the box (its first link once became the headline)
    title = "Riverside library reopens after two-year rebuild"
    lead = "The mayor said the project showed that the town could still finish large projects on time and on budget."
    rest = [
        "The plan was first proposed in 2019 but was delayed twice, once by a lack of money and once by a legal challenge.",
        "A public meeting on the next stage of the plan will be held at the town hall on the first Thursday of next month.",
        "The regional government has promised to pay for half of the cost, and the rest will come from the town's reserves.",
        "Residents said they had waited years for the change, and several of them came to watch the first day of work.",
    ]
    lines = [
        "Related articles", "Bridge reopens to traffic after repairs", "Museum closes for two years of work",
        "Storm warning issued for the weekend", title,
        "Repairs to the sea wall will take most of the year, officials said on Tuesday.",
        "By Daniel Okafor and Grace Miller", "Published April 9, 2025", lead,
        "The plan includes:", "a new roof", "wider pavements", "two bus shelters", "a small park", *rest,
        "\u00a9 2025 The Riverside Courier. All rights reserved.", "Privacy Policy", "Terms of Use",
    ]
    article = newsparse.parse("\r\n\r\n".join(lines) + "\r\n")
    assert article.headline is not None and article.headline.text == title
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == lead and "Bridge reopens to traffic after repairs" not in texts


def test_a_site_box_under_a_colon_heading_after_the_story_is_no_story_list() -> None:
    # "Videos:" over teaser titles and one promo blurb has the shape of a list the story resumes under
    story = [
        "The riverside library opened its doors again on Saturday morning, two years after a flood filled its ground floor.",
        "Hundreds of people queued along the embankment before the doors opened, and staff handed out coffee at dawn.",
        "Librarians said the children's section, which now has a small stage, had been booked every weekend until autumn.",
    ]
    for head in ("Also in the news:", "Videos:", "Podcasts:", "Elsewhere on the site:"):
        box = [head, "Bridge closes for repairs", "New mayor sworn in", "Storm damages pier",
               "Readers have been sending us their memories of the old building all week, and we will print some on Sunday."]
        text = "Riverside library reopens after two-year rebuild\n\nBy Daniel Okafor\n\nApril 9, 2025\n\n" + "\n\n".join(story + box) + "\n"
        assert [p.text for p in newsparse.parse(text).paragraphs] == story, head
