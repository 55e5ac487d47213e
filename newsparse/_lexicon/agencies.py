"""News agencies, photo agencies and credit words.

Sources: the membership list of the European Alliance of News Agencies and the
agencies most often credited in English-language wire copy (AP, Reuters, AFP,
…); the photo agencies most often seen in caption credits; and the credit
lead-ins used by major publishers' style guides ("Photo:", "Photograph:",
"Image source,", "Credit:", "Picture:"). Entries are case-folded.
"""

from typing import FrozenSet

#: Agencies that appear in datelines: "WASHINGTON (AP) —", "LONDON (Reuters) -".
AGENCIES: FrozenSet[str] = frozenset(
    {
        "ap", "reuters", "afp", "upi", "dpa", "efe", "ansa", "xinhua", "kyodo", "yonhap", "tass",
        "ria novosti", "itar-tass", "anadolu", "aa", "pti", "ians", "ani", "cnn", "bloomberg", "bbc",
        "nyt", "cp", "aap", "pa", "efe-epa", "epa", "efe/epa", "sputnik", "wafa", "mena", "qna", "spa",
        "kuna", "wam", "irna", "apa", "bta", "hina", "mti", "ctk", "pap", "tanjug", "belga", "anp",
        "ntb", "tt", "ritzau", "stt", "lusa", "dpa-afx", "abc", "nbc", "cbs", "cnbc", "ndtv",
        "associated press", "the associated press", "agence france-presse", "canadian press",
        "the canadian press", "press association", "pa media", "cnn wire", "states news service",
        "city news service", "ap/reuters", "reuters/ap",
    }
)

#: Photo agencies and image sources seen at the end of captions.
PHOTO_SOURCES: FrozenSet[str] = frozenset(
    {
        "getty", "getty images", "gettyimages", "afp", "ap", "reuters", "epa", "shutterstock", "istock",
        "istockphoto", "alamy", "splash", "rex", "rex features", "rex/shutterstock", "pa", "pa images",
        "pa wire", "pa media", "ap photo", "afp via getty images", "afp/getty images", "bloomberg",
        "anadolu", "anadolu agency", "zuma", "zuma press", "zuma wire", "swns", "supplied", "handout",
        "file", "file photo", "courtesy", "sipa", "sipa usa", "imago", "dpa", "picture alliance",
        "corbis", "nurphoto", "sopa images", "lightrocket", "wireimage", "filmmagic", "wenn",
        "backgrid", "mega", "nasa", "instagram", "twitter", "facebook", "youtube", "tass",
        "xinhua", "efe", "ansa", "ap images", "the washington post", "the new york times",
        "unsplash", "pexels", "wikimedia commons", "wikimedia", "flickr", "stock image", "stock photo",
        # European and Latin American agencies and picture libraries
        "europa press", "agencia reforma", "agencia efe", "lehtikuva", "belga", "anp", "keystone",
        "keystone-sda", "scanpix", "ritzau scanpix", "ntb scanpix", "tt nyhetsbyrån", "lapresse",
        "cuartoscuro", "ddp", "ddp images", "photothek", "action press", "ullstein bild", "akg-images",
        "imago images", "picture-alliance", "adobe stock", "stock.adobe.com", "123rf", "eyeem",
        "dreamstime", "depositphotos", "istockphoto.com", "shutterstock.com", "ap foto", "dpa-bildfunk",
    }
)

#: The social networks among the photo sources: named after a caption's last sentence
#: with a space between, they are as often a link ("… follow us. Twitter").
SOCIAL_SOURCES: FrozenSet[str] = frozenset({"instagram", "twitter", "facebook", "youtube"})

#: Words of share bars, menus and forms: a short line holding one of them is not a
#: photo credit even when it has a slash or "via" ("View PDF/Print Mode",
#: "Share this article via email", "City / State", "Teilen via E-Mail").
NOT_CREDIT_WORDS: FrozenSet[str] = frozenset(
    {
        "share", "print", "pdf", "view", "email", "mail", "subscribe", "newsletter", "comment",
        "comments", "opinion", "commentary", "city", "state", "login", "teilen", "drucken",
        "partager", "imprimir", "compartir", "notify", "benachrichtige",
        # signing in: "Sign in / Join", "Log in / Register", "Me connecter / M'inscrire"
        "sign", "join", "register", "log", "logout", "anmelden", "registrieren", "connecter",
        "inscrire", "registrarse", "registrati",
    }
)

#: Small words that a credit holds in lower case between its names ("Jane Roe for the
#: Daily News", "via", "courtesy of", "von", "de la"): not a sign of a sentence.
CREDIT_SMALL_WORDS: FrozenSet[str] = frozenset(
    {
        "of", "the", "via", "for", "and", "by", "from", "at", "in", "on", "de", "la", "del", "von",
        "der", "du", "des", "y", "e", "et", "und", "di", "da", "do", "van", "für", "per", "para",
    }
)

#: The nouns of an image counter printed above a photo or its caption ("Image 3 of
#: 12", "Bild 1 von 9", "Foto 1 de 5"), in the languages of the pages read most.
IMAGE_NOUNS: FrozenSet[str] = frozenset(
    {
        "image", "photo", "picture", "slide", "foto", "bild", "imagen", "immagine", "imagem",
        "fotografia", "zdjęcie", "фото", "kuva", "bilde", "billede", "afbeelding",
    }
)

#: The "of" of an image counter ("3 of 12", "1 von 9", "1 de 5", "2 sur 8").
COUNTER_OF: FrozenSet[str] = frozenset({"of", "von", "de", "di", "sur", "из", "z", "van", "av", "af", "da"})

#: What an image prints as text in a scraped page, alone on the line just above
#: its caption: a placeholder, a lightbox or gallery button, a pin button
#: (case-folded, without end punctuation).
IMAGE_MARKERS: FrozenSet[str] = frozenset(
    {
        "photo", "view photos", "view images", "view image", "view photo", "enlarge this image",
        "enlarge image", "click to enlarge", "expand image", "open gallery", "view gallery", "pin",
        "toggle caption", "hide caption", "show caption",
    }
)

#: Words of a copyright notice ("© 2020 Example Media. All rights reserved."),
#: which closes a page footer, not a caption.
COPYRIGHT_WORDS: FrozenSet[str] = frozenset(
    {"reserved", "reservados", "réservés", "riservati", "vorbehalten", "copyright"}
)

#: Words that open a credit: "Photo: …", "Credit: …", "Image source, …".
CREDIT_LEADS: FrozenSet[str] = frozenset(
    {
        "photo", "photos", "photograph", "photographs", "photo credit", "credit", "credits", "image",
        "image source", "image credit", "images", "picture", "pictures", "pic", "source", "illustration",
        "graphic", "video", "foto", "fotos", "bild", "crédit", "crédito", "créditos", "photo illustration",
        "courtesy", "courtesy of", "via",
    }
)

#: "Photo", "Source" and "Credit" as credit labels in other languages, as printed
#: before a colon ("Фото: …", "Źródło: …", "Fuente: …", "Crédit photo : …"); the
#: labels of the languages with the most pages in the scraped news this was
#: written for, taken from dictionaries (Russian, Ukrainian, Bulgarian, Serbian
#: "Фото"; Polish "Zdjęcie", "Źródło"; Spanish "Fuente", "Crédito", "Imagen";
#: Portuguese and Italian "Fonte"; Italian "Immagine"; French "Crédit", "Crédits
#: photos"; Dutch "Beeld"; Hungarian "Fotó"; Czech and Slovak "Zdroj"; Finnish
#: "Kuva"; Norwegian "Bilde"; Turkish "Fotoğraf").
CREDIT_LABELS_INTL: FrozenSet[str] = frozenset(
    {
        "Фото", "Zdjęcie", "Źródło", "Fuente", "Fonte", "Crédito", "Créditos", "Crédit", "Crédit photo",
        "Crédits", "Crédits photos", "Imagen", "Immagine", "Beeld", "Fotó", "Zdroj", "Kuva", "Bilde",
        "Fotoğraf",
    }
)

#: Abbreviations that are credits though they look like a writer's initials:
#: the French "DR" (droits réservés, rights reserved). Case-folded.
CREDIT_ABBREVIATIONS: FrozenSet[str] = frozenset({"dr"})

#: What follows "＝" at the end of a Japanese caption: the agencies and picture
#: sources written in Japanese (Kyodo, Jiji, Reuters, AP, AFP, EPA, Xinhua, Yonhap,
#: TASS, Getty), as Japanese papers print them ("…スアレス＝ロイター").
JA_CREDIT_SOURCES: FrozenSet[str] = frozenset(
    {"共同", "時事", "ロイター", "ＡＰ", "ＡＦＰ", "ＥＰＡ", "新華社", "聯合", "タス", "ゲッティ"}
)
#: How the place or photographer closing a Japanese caption ends: "…＝東京都内で",
#: "…＝山田太郎撮影", "…＝町役場提供", "…＝同社のサイトより".
JA_CREDIT_ENDINGS = ("で", "撮影", "提供", "より")

