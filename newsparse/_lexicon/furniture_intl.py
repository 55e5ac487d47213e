"""The openings of sentence-shaped page furniture in languages other than English: cookie
banners, subscription and newsletter pitches, account prompts and rights notices, the
counterparts of the English openings in :data:`newsparse._lexicon.boilerplate.PREFIXES`.

Sources: the wording of cookie-consent banners (the templates of the common consent
managers in their German, French, Spanish, Italian, Portuguese, Dutch and Polish
translations), of subscription walls and newsletter forms on news sites in those
languages, the rights notices of their footers and the reading times printed over a
story; written out by hand, case-folded.
Only openings no story's sentence begins with are listed (imperatives addressed to the
reader, "we use cookies", "all rights reserved"); a word that also opens a story's
sentence or a headline ("Abbonati", subscribers; "Abbonati a teatro e biblioteca potranno
…") is listed only with a word after it that no such sentence has ("abbonati ora"). Used
by :mod:`newsparse.boilerplate` only.
"""

from typing import Tuple

PREFIXES_INTL: Tuple[str, ...] = (
    # German
    "wir verwenden cookies", "diese website verwendet cookies", "diese webseite verwendet cookies",
    "diese seite verwendet cookies", "jetzt abonnieren", "jetzt registrieren", "newsletter abonnieren",
    "zum newsletter anmelden", "mit der anmeldung zum newsletter", "alle rechte vorbehalten",
    # French
    "nous utilisons des cookies", "ce site utilise des cookies", "en poursuivant votre navigation",
    "abonnez-vous", "déjà abonné", "s'abonner au ", "s'abonner à ", "inscrivez-vous à notre newsletter",
    "recevez notre newsletter", "tous droits réservés",
    # Spanish
    "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies", "esta web utiliza cookies",
    "este sitio utiliza cookies", "si continúa navegando", "si continúas navegando", "suscríbete",
    "suscríbase", "ya eres suscriptor", "ya tienes una cuenta", "regístrate", "todos los derechos reservados",
    "recibe nuestro boletín",
    # Italian
    "utilizziamo i cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie",
    "questo sito usa i cookie", "abbonati ora", "sei già abbonato", "iscriviti alla newsletter",
    "iscriviti alla nostra newsletter", "tutti i diritti riservati", "riproduzione riservata",
    # Portuguese
    "este site utiliza cookies", "este site usa cookies", "assine já", "assine a nossa newsletter",
    "assine nossa newsletter", "já é assinante", "todos os direitos reservados", "cadastre-se",
    # Dutch
    "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "abonneer je",
    "al abonnee", "schrijf je in voor", "alle rechten voorbehouden",
    # Polish
    "używamy plików cookie", "ta strona używa plików cookie", "wszelkie prawa zastrzeżone",
    # reading times opening a line ("Tempo de leitura: 2 minutos"; "5 Minuten Lesezeit" is a
    # label of the boilerplate lexicon)
    "tempo de leitura", "tiempo de lectura", "temps de lecture", "tempo di lettura", "lesezeit:",
    "lesedauer:", "leestijd:", "czas czytania",
)
