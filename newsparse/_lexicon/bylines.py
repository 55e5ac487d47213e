"""Byline words: lead-ins, author roles, and name particles.

Sources: the byline conventions of the AP Stylebook and of wire services
("By …, Associated Press"; "Reporting by …; Editing by …"), the staff titles
printed under names on news sites, and the surname particles of the
Library of Congress name authority rules (van, von, de, bin, al-…).
Entries are case-folded.
"""

from typing import FrozenSet, Tuple

#: Words that open a byline.
LEADS: Tuple[str, ...] = (
    "by",
    "written by",
    "words by",
    "story by",
    "text by",
    "author",
    "authors",
    "reporter",
    "reporting by",
    "reported by",
    "posted by",
    "words",
    "recueilli par",
    "propos recueillis par",
    "artikel von",
    "ein beitrag von",
    "autor",
    "autorin",
    "auteur",
    "escrito por",
    "redacción",
    "كتب",
    "curator",
    "curated by",
    "analysis by",
    "opinion by",
    "commentary by",
    "review by",
    "interview by",
    "text by",
    "column by",
    "published by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    # German forms for any gender, with a star, a colon or an underscore: "Autor*in: …"
    "autor*in",
    "autor:in",
    "autor_in",
    "autor*innen",
    "autor:innen",
    "autor_innen",
)

#: Labels printed alone on the line above an author's name, at the top of a story or in the
#: author box after it: "Redaktor:", "Авторы:", "About the author". Case-folded.
LABELS: Tuple[str, ...] = (
    "about the author",
    "about the authors",
    "über den autor",
    "über die autorin",
    "sobre el autor",
    "sobre o autor",
    "à propos de l'auteur",
    "l'auteur",
    "mitwirkende",
    "redakteur",
    "redakteurin",
    "redaktor",
    "redaktør",
    "redactor",
    "redactie",
    "toimittaja",
    "kirjoittaja",
    "autore",
    "autora",
    "autorzy",
    "tekst",
    "texto",
    "testo",
    "texte",
    "автор",
    "авторы",
    "автори",
    "редактор",
    "γράφει",
    "συντάκτης",
    "责任编辑",
    "作者",
    "記者",
    "글",
    "기자",
    "yazar",
    "yazan",
    "muhabir",
    # Russian "Text:", Ukrainian "Text:"/"Author:", Hungarian, Indonesian/Malay, Polish,
    # Swedish, Danish/Norwegian, Czech/Slovak, Romanian and Vietnamese bylines
    "текст",
    "автор текста",
    "szerző",
    "írta",
    "oleh",
    "penulis",
    "napisał",
    "napisała",
    "autorka",
    "författare",
    "skribent",
    "forfatter",
    "skrevet af",
    "skrevet av",
    "napsal",
    "napsala",
    "autor článku",
    "tác giả",
    "लेखक",
    "מאת",
    # German columnists and editors, in the forms for any gender too: "Kolumnist*in:", "Redakteur:in:"
    "kolumnist",
    "kolumnistin",
    "kolumnist*in",
    "kolumnist:in",
    "kolumnist_in",
    "redakteur*in",
    "redakteur:in",
    "redakteur_in",
)

#: The words of a CJK byline, before the names ("文／王小明", "记者 王小明", "（記者 山田太郎）")
#: or after the name ("山田太郎 記者", "홍길동 기자"): Chinese, Japanese and Korean
#: for "text", "reporter", "written by", "interview and text", "correspondent" (the longer
#: leads name the newsroom too: "本报记者 王小明", our paper's reporter).
CJK_LEADS: Tuple[str, ...] = (
    "文", "记者", "記者", "撰文", "作者", "采写", "取材・文", "기자",
    # "our paper's reporter", "Xinhua reporter", "special correspondent"
    "本报记者", "本報記者", "新华社记者", "新華社記者", "特约记者",
)
CJK_TAILS: Tuple[str, ...] = ("记者", "記者", "特派员", "特派員", "기자", "특파원")
#: The tails that name a post, not a person: "东京 特派员", "워싱턴 특파원" is the Tokyo or
#: Washington correspondent (a dateline); a name stands before them only after the place and
#: an equals sign ("워싱턴=홍길동 특파원").
CJK_POST_TAILS: FrozenSet[str] = frozenset({"特派员", "特派員", "특파원"})
#: Places that stand before the word for "reporter" or "correspondent" as a desk, not a
#: name ("（北京 记者）", "워싱턴 특파원"): capitals and the cities that host foreign desks,
#: in Simplified and Traditional Chinese, Japanese and Korean (the usual press spellings).
CJK_PLACES: FrozenSet[str] = frozenset({
    # Chinese (both scripts where they differ)
    "北京", "上海", "广州", "廣州", "深圳", "香港", "澳门", "澳門", "台北", "重庆", "重慶", "天津",
    "南京", "武汉", "武漢", "成都", "东京", "東京", "大阪", "首尔", "首爾", "平壤", "华盛顿", "華盛頓",
    "纽约", "紐約", "伦敦", "倫敦", "巴黎", "柏林", "莫斯科", "布鲁塞尔", "布魯塞爾", "日内瓦", "日內瓦",
    "罗马", "羅馬", "新德里", "曼谷", "河内", "河內", "新加坡", "悉尼", "雪梨", "开罗", "開羅",
    "耶路撒冷", "迪拜", "联合国", "聯合國", "洛杉矶", "洛杉磯", "旧金山", "舊金山", "渥太华", "渥太華",
    # Japanese
    "ソウル", "ワシントン", "ニューヨーク", "ロンドン", "パリ", "ベルリン", "モスクワ", "ブリュッセル",
    "ジュネーブ", "ローマ", "バンコク", "ハノイ", "シンガポール", "シドニー", "カイロ", "エルサレム",
    "ロサンゼルス", "名古屋", "福岡", "札幌", "北米", "欧州",
    # Korean
    "서울", "부산", "인천", "대구", "광주", "대전", "평양", "워싱턴", "뉴욕", "도쿄", "베이징", "상하이",
    "홍콩", "타이베이", "런던", "파리", "베를린", "모스크바", "브뤼셀", "제네바", "로마", "방콕",
    "하노이", "싱가포르", "시드니", "카이로", "예루살렘", "로스앤젤레스", "실리콘밸리", "오사카",
})

#: Byline leads that are also common words ("Von Risiken …", "Par 3", "Di tutto"): after them a
#: single word is never taken for a name.
AMBIGUOUS_LEADS: FrozenSet[str] = frozenset({"from", "von", "par", "por", "di", "door", "av", "af", "words"})

#: Roles printed with a name: "Jane Roe, Staff Writer".
ROLES: FrozenSet[str] = frozenset(
    """
    reporter
    senior reporter
    staff reporter
    political reporter
    chief political correspondent
    correspondent
    chief correspondent
    foreign correspondent
    senior correspondent
    white house correspondent
    washington correspondent
    political correspondent
    bureau chief
    staff writer
    senior writer
    writer
    contributing writer
    contributor
    contributing editor
    editor
    senior editor
    associate editor
    deputy editor
    managing editor
    executive editor
    editor-at-large
    political editor
    business editor
    science editor
    health editor
    technology editor
    tech editor
    sports editor
    columnist
    opinion columnist
    guest columnist
    analyst
    senior analyst
    political analyst
    critic
    film critic
    food critic
    photographer
    staff photographer
    producer
    news editor
    digital producer
    journalist
    freelance journalist
    special correspondent
    special to
    for
    editing
    reporting
    additional reporting
    writing
    graphics
    research
    investigations editor
    """.strip().splitlines()
)
ROLES = frozenset(x.strip() for x in ROLES if x.strip())

#: Role heads that open a role in the languages that put the head first ("Journaliste au
#: Monde", "starszy analityk ds. bezpieczeństwa", "Redakteur für Politik", "Periodista de …"):
#: a role may open with one of them, or with one word before it. Case-folded.
ROLE_HEADS_FIRST: FrozenSet[str] = frozenset(
    """redakteur redakteurin korrespondent korrespondentin journalistin autorin
    journaliste rédacteur rédactrice correspondant correspondante chroniqueur chroniqueuse
    periodista redactor redactora corresponsal columnista giornalista corrispondente inviato inviata
    jornalista repórter redacteur verslaggever toimittaja redaktør
    analityk dziennikarz dziennikarka redaktor redaktorka publicysta publicystka korespondent korespondentka
    novinář novinářka komentátor muhabir editör
    журналист журналистка корреспондент редактор обозреватель аналитик колумнист""".split()
)

#: The last word of a role printed with a name: "… business correspondent"; every head
#: that may open a role (ROLE_HEADS_FIRST) may close one too.
ROLE_HEADS: FrozenSet[str] = (
    frozenset(
        """correspondent reporter editor writer columnist contributor analyst critic photographer producer
        journalist strategist anchor host commentator economist fellow intern blogger reviewer
        redaktion rédaction redacción redazione redactie""".split()
    )
    | ROLE_HEADS_FIRST
)

#: Roles introduced by the wire services' trailing credit lines.
CREDIT_ROLES: Tuple[Tuple[str, str], ...] = (
    ("additional reporting by", "additional reporting"),
    ("reporting by", "reporting"),
    ("reported by", "reporting"),
    ("writing by", "writing"),
    ("written by", "writing"),
    ("editing by", "editing"),
    ("edited by", "editing"),
    ("compiled by", "compiling"),
    ("graphics by", "graphics"),
    ("photos by", "photography"),
    ("research by", "research"),
)

#: Credit roles whose people are contributors, not authors of the story.
CONTRIBUTOR_ROLES = frozenset({"additional reporting", "editing", "compiling", "graphics", "photography", "research"})

#: Words printed glued to a name ("Evan HalperStaff Writer", "Hillel ItalieThe Associated Press"),
#: at which a name is cut. Case-folded.
GLUED_TAILS: FrozenSet[str] = frozenset(
    """the usa staff contributor contributing business columnist view leave follow fox reporter correspondent
    senior editor writer more associated published updated posted special chief opinion guest cnn bbc ap
    reuters bloomberg photo email twitter read news times post daily global sports tech""".split()
)

#: Words after which the rest of a byline line is furniture: "Follow @x", "Email", "View More Articles".
TAIL_NOISE: Tuple[str, ...] = (
    "follow", "email", "e-mail", "view more", "view all", "leave a comment", "more by", "more from", "more stories",
    "contact", "twitter", "facebook", "instagram", "linkedin", "published", "updated", "posted", "last updated",
    "share", "comments", "read more", "min read", "minute read", "see all",
    # the same furniture in other languages
    "publié", "mis à jour", "commentaires", "temps de lecture", "lire aussi", "suivre",
    "veröffentlicht", "aktualisiert", "zuletzt", "kommentare", "lesezeit", "folgen", "mehr von",
    "publicado", "actualizado", "comentarios", "comentários", "tempo de leitura", "leia mais", "seguir",
    "pubblicato", "aggiornato", "commenti", "tempo di lettura",
    "gepubliceerd", "bijgewerkt", "reacties", "leestijd",
)

#: Links under an author's name to more of their work, in languages other than English
#: ("Weitere Beiträge", "Tous les articles", "Más artículos"): they vouch for the name line
#: above them. Sources: the author boxes of German, French, Spanish, Italian, Dutch and
#: Portuguese news and blog templates. Case-folded; a space stands for any run of spaces.
MORE_BY_LINKS: Tuple[str, ...] = (
    # German
    "weitere beiträge", "weitere artikel", "weitere texte", "alle beiträge", "alle artikel", "alle texte",
    "mehr beiträge", "mehr artikel", "mehr texte",
    # French
    "tous les articles", "plus d'articles", "plus d’articles", "voir tous les articles", "voir les articles",
    "voir articles", "voir tous articles",
    # Spanish
    "más artículos", "más noticias", "todos los artículos", "todas las noticias",
    # Italian
    "altri articoli", "tutti gli articoli",
    # Dutch
    "meer artikelen", "meer berichten", "alle artikelen", "alle berichten",
    # Portuguese
    "mais artigos", "mais notícias", "todos os artigos", "todas as notícias",
)

#: A line that only joins two lines of names ("By" / "Jane Roe" / "and" / "John Doe"):
#: "and" and the comma, and the word for "and" in German, French, Spanish, Portuguese,
#: Italian, Dutch, Norwegian/Danish, Swedish, Polish/Czech/Slovak, Russian, Turkish, Hungarian.
CONNECTOR_LINES: FrozenSet[str] = frozenset({"and", "&", ",", "und", "et", "y", "e", "en", "og", "och", "i", "a", "и", "ve", "és"})

#: Lower-case particles that may stand inside a personal name.
NAME_PARTICLES: FrozenSet[str] = frozenset(
    "van von der den de del della di da dos das du la le bin bint ibn al el ben abu st. st y e".split()
)

#: The particles of NAME_PARTICLES that German also uses between two nouns
#: ("Offenlegung von Werbung", "Tipps zur Steuer"): a bare line shaped "Word particle
#: Word" with one of them is a name only when a known given name opens it.
NOUN_PARTICLES: FrozenSet[str] = frozenset({"von", "vom", "zu", "zum", "zur"})

#: Words that make a run of capitalised words the name of an outlet or an institution, in
#: several languages ("Agencia EFE", "Jornal O Papel", "Bard College", "European Space
#: Agency"): never a word of a person's name. Case-folded.
INSTITUTION_WORDS: FrozenSet[str] = frozenset(
    """
    agency agencies agencia agência agenzia agentur jornal diario diário giornale zeitung gazeta
    información informação actu actualités noticias notícias notizie nachrichten nieuws
    college university universidad universidade université universität institute instituto institut
    association foundation fundación ministry ministerio department company corporation society committee
    commission digital
    """.split()
)

#: Capitalised words that look like names but never are, in a byline position; with the
#: social networks named on share bars ("Facebook WhatsApp Twitter Email Print"), the
#: word for the newsroom in other languages ("Redaktion Example.de"), the labels of official
#: releases ("Weekly Address"), the words that name an outlet or an institution in several
#: languages ("Agencia EFE", "Jornal O Papel", "Bard College"), and "Follow" in other languages.
NOT_NAMES: FrozenSet[str] = frozenset(
    """
    the a an and or of in on at for to with from by
    news staff editor editors team desk wire wires service services press reporter reporters
    updated published posted share comments comment advertisement video photo photos image images
    read more home menu search subscribe login sign opinion analysis sport sports world business
    politics local national international entertainment lifestyle culture science health tech
    technology travel food style weather markets money economy live breaking latest top stories
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday
    mr mrs ms dr prof sir
    most popular more less new old first last next previous all every our your my his her their its this that these
    those here there what when where why how who which about after before over under up down out off into than
    then now not no yes only just also very more much many some any each other same such own good great best
    big small high low long short full free open close closed live watch follow share print email save
    click view see show hide play listen related recommended trending featured sponsored promoted exclusive
    special report reports story stories article articles post posts page pages section sections topic topics
    tag tags category categories archive archives contact privacy policy terms cookie cookies settings
    account profile newsletter newsletters podcast podcasts gallery galleries photo video videos audio
    edition editions region local city state country global day week month year years hours minutes ago
    facebook whatsapp twitter linkedin pinterest reddit telegram instagram youtube tiktok flipboard tumblr
    messenger
    address addresses remarks statement statements briefing briefings transcript transcripts weekly monthly
    submissions submission ended index admin administrator webmaster moderator
    seguir suivre folgen volgen
    redaktion rédaction redacción redazione redakcja redaksjon redaktionen
    """.split()
) | INSTITUTION_WORDS

#: Words of NOT_NAMES that are also given names, read as such between two other name
#: words ("Laura June Whitfield", "Ann May Hollis"): the months borne as given names.
MIDDLE_NAMES: FrozenSet[str] = frozenset({"april", "may", "june", "august"})

#: Words of NOT_NAMES that are also surnames, read as such after a known given name
#: ("Kate Weekly"), while "Weekly Address" or "Publishers Weekly" stays no name.
SURNAME_WORDS: FrozenSet[str] = frozenset({"weekly", "monthly"})

#: The byline words of a teaser card's author line ("by Josh Rubin", "Por Ana Ruiz"), and
#: the small words that may stand between the names of such a line.
CARD_LEADS: FrozenSet[str] = frozenset({"by", "por", "von", "par", "di", "door", "av", "af"})
CARD_NAME_JOINS: FrozenSet[str] = frozenset(
    {"and", "y", "e", "und", "et", "&", "van", "de", "da", "del", "der", "von", "la", "le"}
)

#: The generic accounts that blog software posts under ("by admin on March 4, 2011"):
#: no person's name. Case-folded.
GENERIC_HANDLES: FrozenSet[str] = frozenset(
    {"admin", "administrator", "webmaster", "editor", "editors", "staff", "guest", "user", "author", "anonymous", "moderator", "root", "site"}
)

#: Articles that open the name of a section, an outlet or a place ("El Deporte", "La Tienda",
#: "Das Wichtigste", "Los Angeles"): capitalised and followed by one word, never a person's
#: name. Spanish, French, Italian, German and English. Case-folded.
NAME_ARTICLES: FrozenSet[str] = frozenset({"el", "la", "le", "los", "las", "les", "il", "lo", "der", "die", "das", "the"})
