"""Lines that are page furniture, not article text.

Sources: the share bars, navigation, newsletter pitches, cookie banners and
trailers of the pages rendered in the shared evaluation corpora, written down
as generic phrases (no site names), together with the stop-phrases lists of the
boilerplate-removal literature (jusText's and Boilerpipe's), and the
advertising labels, share buttons and "related" / "most read" / "comments"
headings that news sites print in a dozen languages, written down as the
ordinary words of each language. Entries are case-folded with trailing
punctuation and counts removed.
"""

from typing import FrozenSet, Tuple

#: A whole line equal to one of these (after folding) is boilerplate.
EXACT: FrozenSet[str] = frozenset(
    """
    share
    share this
    share this article
    share this story
    share on facebook
    share on twitter
    share all sharing options
    share via email
    share article
    sharing options
    tweet
    email
    e-mail
    print
    facebook
    twitter
    linkedin
    whatsapp
    whats app
    reddit
    pinterest
    flipboard
    telegram
    messenger
    pocket
    copy link
    copy url
    link copied
    comments
    comment
    view comments
    view/post comments
    post a comment
    leave a comment
    add a comment
    show comments
    join the conversation
    advertisement
    advertising
    ad
    sponsored
    sponsored content
    paid content
    story continues below
    story continues below advertisement
    continue reading
    continue reading below
    article continues below
    article continues below this ad
    scroll to continue with content
    skip to content
    skip to main content
    skip navigation
    menu
    close
    close menu
    open menu
    search
    home
    log in
    login
    sign in
    sign up
    register
    subscribe
    subscribe now
    newsletter
    newsletters
    most popular
    most read
    most viewed
    trending
    trending now
    recommended
    recommended for you
    related
    related articles
    related stories
    related content
    related posts
    related topics
    related coverage
    more from
    more stories
    more on this story
    more on this
    more news
    more like this
    you may also like
    you might also like
    read more
    read next
    read this next
    see also
    topics
    tags
    filed under
    explore more
    up next
    watch
    watch now
    watch live
    listen
    listen to this article
    play
    video
    video loading
    video unavailable
    click to play
    click to playtap to play
    tap to play
    replay video
    back to top
    top
    next article
    previous article
    next
    previous
    loading
    loading...
    like
    like this
    like loading
    follow
    follow us
    accept
    accept all
    accept cookies
    reject all
    manage cookies
    cookie settings
    privacy policy
    terms of use
    terms of service
    terms and conditions
    do not sell my personal information
    do not sell or share my personal information
    contact us
    about us
    all rights reserved
    sections
    news
    more
    opens in new window
    gift this article
    save
    save article
    bookmark
    listen to article
    image
    photo
    enlarge this image
    view full size image
    view full size
    view full image
    view larger image
    view larger
    click to enlarge
    click image to enlarge
    enlarge image
    toggle caption
    hide caption
    expand
    fullscreen
    view gallery
    view image
    view all
    loading photo gallery
    photo gallery
    show transcript
    hide transcript
    show transcript hide transcript
    next slide
    previous slide
    next slide previous slide
    table of contents
    newsletter sign up
    min read
    minute read
    mins read
    minutes read
    read time
    print this page
    text size
    font size
    a a a
    listen to this story
    audio
    view this post on instagram
    a post shared by
    sign up for our newsletter
    follow the author
    open in app
    skip ad
    ad feedback
    leave a reply
    post comment
    submit comment
    cancel reply
    explore more on these topics
    share or comment on this article
    manage preferences
    manage cookies
    cookie preferences
    privacy settings
    our standards
    our standards: the trust principles
    the trust principles
    key events
    show key events only
    related topics
    topics
    more on this story
    advert
    hide ad
    video ad feedback
    caption
    back to gallery
    read later
    read now
    get short url
    shares
    sharing is caring
    this slideshow requires javascript
    tell us what you think
    get the app
    more videos
    quick links
    loading related articles
    print this article
    email this article
    """.strip().splitlines()
)
#: The same furniture in other languages: advertising labels, share and print
#: buttons, reading times ("5 Minuten Lesezeit"), "read more" links (German, French, Spanish, Italian, Portuguese,
#: Dutch, Polish, Czech, Russian, Turkish, Japanese, Chinese), and the buttons of a
#: dialog ("Cancel", "Cancel Done", "Completed") in Japanese, Chinese and Korean.
EXACT_INTL: FrozenSet[str] = frozenset(
    """
    anzeige
    werbung
    teilen
    artikel teilen
    drucken
    feedback geben
    weiterlesen
    mehr lesen
    publicité
    partager
    imprimer
    lire la suite
    publicidad
    compartir
    imprimir
    leer más
    seguir leyendo
    pubblicità
    condividi
    stampa
    continua a leggere
    publicidade
    compartilhar
    partilhar
    leia mais
    advertentie
    delen
    lees meer
    reklama
    udostępnij
    czytaj więcej
    sdílet
    tisk
    реклама
    поделиться
    читать далее
    reklam
    paylaş
    ツイート
    シェア
    シェアする
    広告
    分享
    广告
    キャンセル
    キャンセル 完了
    完了しました
    取消
    取消 确定
    취소
    취소 확인
    lesezeit
    min lesezeit
    minuten lesezeit
    minute(n) lesezeit
    min de lectura
    minutos de lectura
    min de lecture
    minutes de lecture
    min di lettura
    minuti di lettura
    min leestijd
    minuten leestijd
    """.strip().splitlines()
)
EXACT = EXACT | frozenset(x.strip() for x in EXACT_INTL if x.strip())
EXACT = frozenset(x.strip() for x in EXACT if x.strip())

#: A line that starts with one of these (after folding) is boilerplate.
PREFIXES: Tuple[str, ...] = (
    "filed under",
    "get unlimited access",
    "unlimited access",
    "start your free trial",
    "start your subscription",
    "subscribe to continue",
    "subscribe to read",
    "become a subscriber",
    "become a member",
    "subscribe for",
    "subscribe from",
    "get the biggest stories",
    "get the best of",
    "get the latest",
    "our standards",
    "ad feedback",
    "share or comment",
    "explore more on",
    "sign up for",
    "sign up to",
    "subscribe to",
    "click here to",
    "click here for",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to use",
    "by clicking",
    "©",
    "(c) ",
    "copyright ©",
    "copyright (c)",
    "copyright 20",
    "copyright 19",
    "all rights reserved",
    "share this on",
    "share on ",
    "share via ",
    "share this article via ",
    "share this story via ",
    "share all sharing options",
    "follow us on",
    "follow on twitter",
    "email the author",
    "get our ",
    "get the latest",
    "download the app",
    "download our app",
    "already a subscriber",
    "already have an account",
    "don't have an account",
    "create an account",
    "you will now receive",
    "you have been subscribed",
    "thank you for signing up",
    "thanks for signing up",
    "invalid email",
    "enter your email",
    "your email address",
    "please enable javascript",
    "this content is not available",
    "this video is not available",
    "the video will start in",
    "to continue reading",
    "support our journalism",
    "support independent journalism",
    "sponsored by",
    "advertisement -",
    "- advertisement",
    "story continues below",
    "article continues after",
    "continue reading the main story",
    "more stories by",
    "more articles by",
    "more from ",
    "listen to this article",
    "read our privacy",
    "privacy notice",
    "report an error",
    "send us a tip",
    "sign in to ",
    "log in to ",
    "want more ",
    "like this article",
    "comments are closed",
    "this article is more than",
    "the views expressed",
)

#: A line that starts with one of these (after folding) and ends no sentence is a tag or
#: topic list printed under a story ("Tags: Harbour, Storms, Council"); "Topics: the mayor
#: spoke about housing …." is a sentence of the story.
TAG_LIST_PREFIXES: Tuple[str, ...] = (
    "tags:",
    "tags :",
    "topics:",
    "keywords:",
    "related topics:",
    "in this article:",
    "categories:",
    "schlagwörter:",
    "mots-clés :",
    "mots-clés:",
    "etiquetas:",
    "tags #",
)

#: Lines that open a trailer: what follows is links, teasers and furniture.
TRAILER_STARTS: FrozenSet[str] = frozenset(
    """
    most popular
    most read
    most viewed
    popular
    trending
    trending now
    read more
    read next
    related
    related articles
    related stories
    related content
    related posts
    related coverage
    recommended
    recommended for you
    more from
    more stories
    more on this story
    more news
    you may also like
    you might also like
    around the web
    from our partners
    sponsored stories
    promoted stories
    comments
    share this
    share this article
    share this story
    like this
    latest
    latest news
    top stories
    editor's picks
    editors' picks
    don't miss
    in other news
    what to read next
    other people are reading
    """.strip().splitlines()
)
TRAILER_STARTS = frozenset(x.strip() for x in TRAILER_STARTS if x.strip())

#: Headings after which the article is over: what follows is comments, teasers or
#: recommendations. Unlike ``TRAILER_STARTS`` these never stand inside a story.
ARTICLE_ENDS: FrozenSet[str] = frozenset(
    """
    comments
    most popular
    most read
    most viewed
    you may also like
    you might also like
    recommended for you
    more from
    more stories
    more news
    related articles
    related stories
    around the web
    from around the web
    trending now
    latest news
    top stories
    editor's picks
    editors' picks
    don't miss
    sponsored stories
    promoted stories
    what to read next
    join the conversation
    leave a comment
    post a comment
    add a comment
    show comments
    view comments
    more on this story
    more in this section
    popular now
    more to explore
    recommended stories
    recommended articles
    read these next
    further reading
    explore further
    related news
    trending news
    recent news
    recent posts
    latest stories
    we recommend
    editor's recommendations
    in case you missed it
    mehr zum thema
    das könnte sie auch interessieren
    das könnte dich auch interessieren
    auch interessant
    weitere artikel
    ähnliche artikel
    meistgelesen
    meistgelesene artikel
    kommentare
    leserkommentare
    sur le même sujet
    les plus lus
    articles similaires
    articles les plus lus
    commentaires
    dans la même rubrique
    te puede interesar
    también te puede interesar
    lo más leído
    lo más visto
    noticias relacionadas
    artículos relacionados
    comentarios
    te recomendamos
    ti potrebbe interessare
    potrebbe interessarti anche
    i più letti
    articoli correlati
    commenti
    leia também
    veja também
    mais lidas
    notícias relacionadas
    comentários
    lees ook
    meest gelezen
    gerelateerde artikelen
    reacties
    czytaj także
    czytaj też
    zobacz także
    najczęściej czytane
    komentarze
    související
    související články
    čtěte také
    nejčtenější
    читайте также
    похожие статьи
    комментарии
    самое читаемое
    ilgili haberler
    en çok okunanlar
    yorumlar
    関連記事
    関連ニュース
    アクセスランキング
    相关文章
    相关新闻
    热门文章
    you may also be interested in
    you might be interested in
    similar posts
    leave a reply
    vous aimerez aussi
    vous aimerez peut-être aussi
    laisser un commentaire
    schreibe einen kommentar
    kommentar schreiben
    quizás te interese
    deja un comentario
    deja tu comentario
    potrebbero interessarti
    lascia un commento
    você também pode gostar
    pode te interessar
    deixe um comentário
    deixe seu comentário
    dit vind je misschien ook interessant
    plaats een reactie
    może cię zainteresować
    może cię również zainteresować
    dodaj komentarz
    napisz komentarz
    вам также может быть интересно
    вам может быть интересно
    похожие записи
    похожие новости
    добавить комментарий
    оставить комментарий
    bunlar da ilginizi çekebilir
    las más leídas
    los más leídos
    más leídas
    más leídos
    noticias más leídas
    yorum yap
    lesen sie mehr
    الأكثر قراءة
    الأكثر تصفحاً
    الأكثر تصفحا
    الأكثر مشاهدة
    أخبار ذات صلة
    مواضيع ذات صلة
    مقالات ذات صلة
    """.strip().splitlines()
)
ARTICLE_ENDS = frozenset(x.strip() for x in ARTICLE_ENDS if x.strip())

#: A short heading (a few words, no full stop) that starts with one of these
#: opens a box of links: "Most read in World News", "More in Science".
HEADING_PREFIXES: Tuple[str, ...] = (
    "most read in ",
    "most popular in ",
    "more in ",
    "more stories from ",
    "next up in ",
    "trending in ",
    "trending now in ",
    "latest in ",
    "read the latest from ",
    "more articles from ",
    "mehr aus ",
    "más en ",
    "más sobre ",
    "plus sur ",
    "altro da ",
    "more from ",
)

#: Words written with a capital inside them ("YouTube", "PlayStation"): brand and
#: product names of running text, not two link titles glued together by innerText.
#: Sources: common company, product and service names in English-language news,
#: case-folded.
CAMEL_CASE_WORDS: FrozenSet[str] = frozenset(
    """
    youtube whatsapp playstation javascript typescript tiktok paypal blackrock astrazeneca
    linkedin macbook powerpoint soundcloud github gitlab dreamworks fedex sharepoint
    facetime airpods airbnb doordash postgresql mysql mongodb openai chatgpt deepmind
    smartthings firefox bitcoin coinbase salesforce dropbox wordpress livejournal
    goldmansachs jpmorgan exxonmobil glaxosmithkline pricewaterhousecoopers sunpower
    autocad photoshop indesign lightroom onedrive skydrive xbox playstations
    mastercard wikileaks instagram snapchat
    """.split()
)

#: How a call to the reader opens, near the end of a story: "Sign up for …",
#: "Follow us on …", "Download the app". Matched case-insensitively at the line's
#: start, as whole words.
CALLS_TO_READER: Tuple[str, ...] = (
    "signup", "sign up", "sign-up", "subscribe", "by signing up", "join our", "join us", "like us on", "follow us",
    "get access", "listen to", "listen live", "download the", "download our", "want to get notified",
    "there's plenty more", "there’s plenty more", "this site is protected by",
)

#: Trailer openings (``TRAILER_STARTS``) that also head a box of links inside a story
#: ("Read more", "Related", a share bar): as a heading they do not end the story.
INLINE_BOX_HEADINGS: FrozenSet[str] = frozenset(
    {"read more", "related", "share this", "share this article", "share this story", "like this"}
)

#: What a web video player prints as text when its markup is rendered: the labels of the
#: common open-source players (video.js above all): buttons, time read-outs, and the
#: caption-settings dialog with its colour, opacity and font choices. Case-folded, with
#: the counts and times that follow some of them removed.
VIDEO_PLAYER_CONTROLS: FrozenSet[str] = frozenset(
    x.strip()
    for x in """
    play video
    play
    pause
    replay
    mute
    unmute
    current time
    duration time
    duration
    loaded
    progress
    stream type live
    stream typelive
    remaining time
    playback rate
    chapters
    descriptions
    descriptions off, selected
    subtitles
    subtitles off, selected
    subtitles settings, opens subtitles settings dialog
    captions
    captions off, selected
    captions settings, opens captions settings dialog
    audio track
    default, selected
    fullscreen
    non-fullscreen
    exit fullscreen
    picture-in-picture
    this is a modal window
    beginning of dialog window. escape will cancel and close the window
    end of dialog window
    close modal dialog
    foreground
    background
    window
    text
    white
    black
    red
    green
    blue
    yellow
    magenta
    cyan
    opaque
    semi-opaque
    semi-transparent
    transparent
    font size
    text edge style
    none
    raised
    depressed
    uniform
    dropshadow
    drop shadow
    font family
    default
    monospace serif
    proportional serif
    monospace sans-serif
    proportional sans-serif
    casual
    script
    small caps
    reset
    done
    defaults done
    reset done
    close
    share
    live
    """.strip().splitlines()
)
#: The labels among them that no other page part prints: a run of controls holding one is a player.
VIDEO_PLAYER_MARKS: FrozenSet[str] = frozenset(
    {"playback rate", "this is a modal window", "captions settings, opens captions settings dialog",
     "subtitles settings, opens subtitles settings dialog", "remaining time", "current time", "text edge style"}
)

#: Labels that put a link to another story inside a story ("See more: <title>"), besides the
#: related-link labels of :mod:`newsparse._lexicon.labels`.
INLINE_LINK_LABELS: FrozenSet[str] = frozenset({"see more", "also read", "read also", "must read", "don't miss"})

#: Headings of the author box printed after a story ("About the author", "Mitwirkende"): the
#: story is over when one stands below it. Sources: the author-box headings of the pages in the
#: shared corpora, and the ordinary words for "about the author" / "contributors" in the
#: languages of :data:`EXACT_INTL` (case-folded, without a closing colon).
AUTHOR_BOX_HEADINGS: FrozenSet[str] = frozenset(
    {
        "about the author", "about the authors", "about the contributor", "contributors",
        "über den autor", "über die autorin", "über die autoren", "mitwirkende",
        "à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice", "à propos de l’autrice",
        "sobre el autor", "sobre la autora", "sobre los autores", "sobre o autor", "sobre a autora",
        "sull'autore", "sull’autore", "over de auteur", "o autorze", "об авторе", "yazar hakkında",
    }
)

#: The verbs an author box's bio puts right after the person's name ("Ann Lee is a reporter
#: …", "Ann writes about …"): what tells a bio under a name line from a story's paragraph
#: that opens with a place or an office ("New York officials said …"). Sources: the bios of
#: the author boxes of the pages in the shared corpora, and the ordinary verbs of a
#: one-line bio (to be, to have, to write, to cover, to report, to work, to live, to join)
#: in the languages of :data:`EXACT_INTL`, in the third person.
BIO_VERBS: FrozenSet[str] = frozenset(
    """
    is was has had writes wrote covers covered reports reported joined joins lives lived works worked
    edits edited teaches taught leads led serves served holds spent became studied specializes
    specialises produces hosts
    ist war schreibt schrieb arbeitet lebt leitet berichtet
    est était écrit travaille vit couvre dirige
    es era escribe trabaja vive cubre dirige
    è era scrive lavora vive
    é escreve trabalha vive
    schrijft werkt woont
    """.split()
)

#: The networks a share bar shares to, as their buttons are labelled (case-folded; "x" is
#: Twitter's later name, "e-mail"/"mail" the mail button). Source: the share bars of the pages
#: in the shared corpora and the share-button sets of common share plugins.
SHARE_NETWORKS: FrozenSet[str] = frozenset(
    """
    facebook twitter x whatsapp telegram linkedin pinterest reddit tumblr xing flipboard vk
    messenger email e-mail mail instagram youtube threads bluesky mastodon
    """.split()
)

#: The words that join the last items of a list ("Facebook, Instagram and WhatsApp"), in the
#: languages of :data:`EXACT_INTL`: a line naming networks with one of them is a sentence or a
#: headline about them, not a row of share buttons (case-folded). Source: the ordinary "and"
#: and "or" of each language, less those that are also the preposition of a share button
#: ("en": Spanish "Compartir en", "i": Swedish "Dela i"; "o", "of").
LIST_JOINS: FrozenSet[str] = frozenset(
    "and or und oder et ou y e och og eller lub oraz ve veya и или".split()
)

#: More headings over the teasers that close a story, in the wordings of "you may also be
#: interested in" that the list above lacks (German with "ebenfalls", "also"; French,
#: Spanish, Italian and Portuguese in the conditional). Source: the ordinary phrasings of each
#: language, as printed over recommendation boxes on the pages of the shared corpora.
ARTICLE_ENDS = ARTICLE_ENDS | frozenset(
    {
        "diese artikel könnten sie ebenfalls interessieren", "diese artikel könnten sie auch interessieren",
        "das könnte sie ebenfalls interessieren", "das könnte dich ebenfalls interessieren",
        "ces articles pourraient vous intéresser", "cela pourrait vous intéresser",
        "te podría interesar", "también te podría interesar", "le podría interesar",
        "potrebbe interessarti", "também pode te interessar", "também pode interessar",
    }
)

#: Headings over the comment form, in the Spanish wordings the list above lacks ("send",
#: "write" your comment, with the Rioplatense "enviá", "escribí"). Source: the ordinary
#: phrasings of the language, as printed over comment forms on the pages of the shared corpora.
ARTICLE_ENDS = ARTICLE_ENDS | frozenset(
    {"envía tu comentario", "enviá tu comentario", "escribe tu comentario", "escribí tu comentario", "envíanos tu comentario"}
)
