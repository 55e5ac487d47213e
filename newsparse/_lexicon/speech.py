"""Speech and cue verbs, with their inflections, for quote attribution.

Sources: the reporting-verb lists of English grammars (Quirk et al., *A
Comprehensive Grammar of the English Language*, §16.33 on reporting clauses;
the Longman grammar's "speech act" verbs), the cue verbs annotated in the
PARC 3.0 and PolNeAR attribution guidelines (Pareti 2016; Newell et al. 2018),
and the attribution advice of the AP Stylebook ("said" first, then "told",
"added", "wrote"…). Each verb is listed with the forms that stand as a finite
or -ing verb; base and plural forms that are mostly nouns in news copy
("note", "notes", "comment", "answer", "report") are left out on purpose.
Entries are lower case; cues are matched on lower-case words only, so the
capitalised "Post" or "Reads" of a name is never taken for a verb.
"""

from typing import FrozenSet, Tuple

#: One row per verb: the forms that count as a speech cue.
SPEECH_VERBS: Tuple[Tuple[str, ...], ...] = (
    ("say", "says", "said", "saying"),
    ("tell", "tells", "told", "telling"),
    ("add", "adds", "added", "adding"),
    ("write", "writes", "wrote", "writing"),
    ("ask", "asks", "asked", "asking"),
    ("noted", "noting"),
    ("explain", "explains", "explained", "explaining"),
    ("continued",),
    ("recall", "recalls", "recalled", "recalling"),
    ("claim", "claims", "claimed", "claiming"),
    ("argue", "argues", "argued", "arguing"),
    ("insist", "insists", "insisted", "insisting"),
    ("warn", "warns", "warned", "warning"),
    ("declare", "declares", "declared", "declaring"),
    ("stated", "stating"),
    ("announce", "announces", "announced", "announcing"),
    ("assert", "asserts", "asserted", "asserting"),
    ("clarify", "clarifies", "clarified", "clarifying"),
    ("stress", "stresses", "stressed", "stressing"),
    ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ("admit", "admits", "admitted", "admitting"),
    ("observe", "observes", "observed", "observing"),
    ("remark", "remarked", "remarking"),
    ("commented", "commenting"),
    ("reply", "replies", "replied", "replying"),
    ("respond", "responds", "responded", "responding"),
    ("answered", "answering"),
    ("tweet", "tweets", "tweeted", "tweeting"),
    ("posted", "posting"),
    ("reports", "reported", "reporting"),
    ("testify", "testifies", "testified", "testifying"),
    ("call", "calls", "called", "calling"),
    ("characterize", "characterizes", "characterized", "characterizing"),
    ("condemn", "condemns", "condemned", "condemning"),
    ("denounce", "denounces", "denounced", "denouncing"),
    ("decry", "decries", "decried", "decrying"),
    ("exhort", "exhorts", "exhorted", "exhorting"),
    ("deride", "derides", "derided", "deriding"),
    ("describe", "describes", "described", "describing"),
    ("dub", "dubs", "dubbed", "dubbing"),
    ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
    ("brand", "brands", "branded", "branding"),
    ("complain", "complains", "complained", "complaining"),
    ("concede", "concedes", "conceded", "conceding"),
    ("confirm", "confirms", "confirmed", "confirming"),
    ("deny", "denies", "denied", "denying"),
    ("emphasize", "emphasizes", "emphasized", "emphasizing"),
    ("emphasise", "emphasises", "emphasised", "emphasising"),
    ("suggest", "suggests", "suggested", "suggesting"),
    ("predict", "predicts", "predicted", "predicting"),
    ("promise", "promises", "promised", "promising"),
    ("vow", "vows", "vowed", "vowing"),
    ("pledge", "pledges", "pledged", "pledging"),
    ("boast", "boasts", "boasted", "boasting"),
    ("brag", "brags", "bragged", "bragging"),
    ("joke", "jokes", "joked", "joking"),
    ("quip", "quips", "quipped", "quipping"),
    ("shout", "shouts", "shouted", "shouting"),
    ("barked", "barking"),
    ("snapped",),
    ("yell", "yells", "yelled", "yelling"),
    ("scream", "screams", "screamed", "screaming"),
    ("chant", "chants", "chanted", "chanting"),
    ("cry", "cries", "cried", "crying"),
    ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    ("mutter", "mutters", "muttered", "muttering"),
    ("whisper", "whispers", "whispered", "whispering"),
    ("sing", "sings", "sang", "singing"),
    ("reads", "read", "reading"),
    ("conclude", "concludes", "concluded", "concluding"),
    ("contend", "contends", "contended", "contending"),
    ("maintain", "maintains", "maintained", "maintaining"),
    ("urge", "urges", "urged", "urging"),
    ("plead", "pleads", "pleaded", "pled", "pleading"),
    ("lament", "laments", "lamented", "lamenting"),
    ("mock", "mocks", "mocked", "mocking"),
    ("charged", "charging"),
    ("accuse", "accuses", "accused", "accusing"),
    ("allege", "alleges", "alleged", "alleging"),
    ("assure", "assures", "assured", "assuring"),
    ("agree", "agrees", "agreed", "agreeing"),
    ("echo", "echoes", "echoed", "echoing"),
    ("elaborate", "elaborates", "elaborated", "elaborating"),
    ("reiterate", "reiterates", "reiterated", "reiterating"),
    ("repeat", "repeats", "repeated", "repeating"),
    ("recount", "recounts", "recounted", "recounting"),
    ("reveal", "reveals", "revealed", "revealing"),
    ("muse", "muses", "mused", "musing"),
    ("speculate", "speculates", "speculated", "speculating"),
    ("wonder", "wonders", "wondered", "wondering"),
    ("caution", "cautions", "cautioned", "cautioning"),
    ("counter", "counters", "countered", "countering"),
    ("retort", "retorts", "retorted", "retorting"),
    ("interject", "interjects", "interjected", "interjecting"),
    ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    ("criticize", "criticizes", "criticized", "criticizing"),
    ("criticise", "criticises", "criticised", "criticising"),
    ("attacked", "attacking"),
    ("slam", "slams", "slammed", "slamming"),
    ("blast", "blasts", "blasted", "blasting"),
    ("praise", "praises", "praised", "praising"),
    ("tout", "touts", "touted", "touting"),
    ("demand", "demanded", "demanding"),
    ("inquire", "inquires", "inquired", "inquiring"),
    ("challenged", "challenging"),
    ("insinuate", "insinuates", "insinuated", "insinuating"),
    ("mention", "mentions", "mentioned", "mentioning"),
    ("concur", "concurs", "concurred", "concurring"),
    ("advise", "advises", "advised", "advising"),
    ("inform", "informs", "informed", "informing"),
    ("remind", "reminds", "reminded", "reminding"),
    ("threaten", "threatens", "threatened", "threatening"),
    ("thank", "thanked", "thanking"),
    ("apologize", "apologizes", "apologized", "apologizing"),
    ("apologise", "apologises", "apologised", "apologising"),
    ("emailed", "emailing"),
    ("texted", "texting"),
    ("blog", "blogs", "blogged", "blogging"),
    ("quoted", "quoting"),
    ("cite", "cites", "cited", "citing"),
    ("liken", "likens", "likened", "likening"),
    ("compare", "compares", "compared", "comparing"),
    ("laud", "lauds", "lauded", "lauding"),
    ("hail", "hails", "hailed", "hailing"),
    ("dismiss", "dismisses", "dismissed", "dismissing"),
    ("question", "questioned", "questioning"),
    ("encourage", "encourages", "encouraged", "encouraging"),
    ("ruled",),
)

_ADDRESSEE_VERBS_TEXT = """
    tell tells told telling ask asks asked asking warn warns warned warning assure assures assured
    assuring remind reminds reminded reminding urge urges urged urging inform informs informed informing
    advise advises advised advising thank thanked thanking challenged
    """
#: Verbs whose object is the person spoken to: "Gallant told Blinken".
ADDRESSEE_VERBS: FrozenSet[str] = frozenset(_ADDRESSEE_VERBS_TEXT.split())

#: Cues made of more than one word, each a tuple of lower-case words.
PHRASE_CUES: Tuple[Tuple[str, ...], ...] = (
    ("according", "to"),
    ("went", "on", "to", "say"),
    ("went", "on", "to", "argue"),
    ("went", "on", "about"),
    ("went", "on"),
    ("pointed", "out"),
    ("points", "out"),
    ("pointing", "out"),
    ("put", "it"),
    ("puts", "it"),
    ("fired", "back"),
    ("hit", "back"),
    ("shot", "back"),
    ("lashed", "out"),
    ("went", "after"),
    ("gone", "after"),
    ("going", "after"),
    ("summed", "up"),
    ("spoke", "of"),
    ("spoke", "about"),
    ("wrote", "in"),
    ("weighed", "in"),
    ("found", "that"),
    ("finds", "that"),
    ("states", "that"),
    ("weighs", "in"),
)

_CUE_NOUNS_TEXT = """
    claim claims statement statements remark remarks comment comments words assertion warning
    promise pledge description characterization charge accusation argument response reply answer
    message tweet tweets post posts letter testimony speech
    """
#: Nouns that stand for a cue after a possessive: "Trump's claim that “…”".
CUE_NOUNS: FrozenSet[str] = frozenset(_CUE_NOUNS_TEXT.split())

#: Forms left out of SPEECH_VERBS because they are mostly nouns in news copy, which
#: are cues in the inverted clause right after a quotation, before a name:
#: "“…,” notes Jones", "“…,” comments the mayor" (AP and wire style).
INVERTED_CUES: FrozenSet[str] = frozenset({"notes", "comments", "answers", "observes", "recalls"})

#: Verbs that are speech cues only in the clause right after a quotation, where
#: nothing else can be meant: "“…,” she shared with The List", "“…,” he penned".
#: Elsewhere they share prizes and pen books.
AFTER_CUES: FrozenSet[str] = frozenset({"shared", "penned", "states"})

#: Dashes that introduce a speaker after a quote: "“…” ― Jane Roe".
DASH_CUES: FrozenSet[str] = frozenset({"—", "―", "–", "-", "--"})

#: Every single-word form, for membership tests.
SPEECH_FORMS: FrozenSet[str] = frozenset(form for row in SPEECH_VERBS for form in row)

_BETWEEN_SUBJECT_AND_CUE_TEXT = """
    also has had have having is was were are be been being 's ’s then later reportedly previously
    once would will could should might may must can again recently publicly privately flatly
    repeatedly just even specifically quickly often never first further simply separately earlier
    subsequently still bluntly soon initially eventually finally frequently openly directly
    immediately angrily defiantly calmly quietly loudly simply only already not n't did does do
    went goes go going on to had previously long since herself himself themselves itself
    didn't doesn't don't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't
    didn’t doesn’t don’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t
    """
#: Words that may stand between a speaker and the cue: "Sullivan also said",
#: "he has repeatedly said", "the official went on to say".
BETWEEN_SUBJECT_AND_CUE: FrozenSet[str] = frozenset(_BETWEEN_SUBJECT_AND_CUE_TEXT.split())

_PHRASE_STOPS_TEXT = """
    that which who whom whose when while because as if after before since where whether than
    and but or so nor yet though although unless until in on at during for with to from by about
    into over under after through via per without within across against among between toward towards
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
    earlier later last this next recently late early afternoon morning evening
    january february march april may june july august september october november december
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    is was are were has had have will would said says told
    """
#: Words that end a speaker phrase: clause openers, prepositions and time words.
#: Walking out from a cue, a speaker mention stops at the first of these.
PHRASE_STOPS: FrozenSet[str] = frozenset(_PHRASE_STOPS_TEXT.split())

_SPEAKER_OPENERS_TEXT = """
    the a an one another two three four several some many both each his her their its our my
    he she they it i we someone somebody
    """
#: Words that may begin the speaker phrase of a verb-first attribution: "said the official".
SPEAKER_OPENERS: FrozenSet[str] = frozenset(_SPEAKER_OPENERS_TEXT.split())

_TIME_WORDS_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
    week month year weekend night morning afternoon evening day days weeks months years
    last this next earlier later on late early ago
    """
#: Time words that may stand between a speaker and the cue: "the UN last week described".
TIME_WORDS: FrozenSet[str] = frozenset(_TIME_WORDS_TEXT.split())
