"""Cardinal numbers from two to twelve written as words, in the languages newsparse reads
best: the count a sentence of a story names when it announces the list under it ("These
are the four books lent most", "Die drei Sieger").

Sources: the cardinal numbers of English, German, French, Spanish, Italian, Portuguese
and Dutch grammars, written out by hand in lower case (with the feminine forms of
Portuguese, "duas", and the German "zwo"; a word two languages share is written once, and
the Spanish "once", an English word too, is left out). Keys are case-folded; values are
the numbers. Used by :mod:`newsparse.layout` only.
"""

from typing import Dict

COUNTS: Dict[str, int] = {
    # English
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
    # German
    "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    # French
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12,
    # Spanish
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "doce": 12,
    # Italian
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "undici": 11, "dodici": 12,
    # Portuguese
    "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "dez": 10,
    "doze": 12,
    # Dutch
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "twaalf": 12,
}
