"""Titles, roles, unnamed-source words, organisations and pronouns for speaker resolution.

Sources: the courtesy and professional titles of the AP Stylebook ("titles",
"legislative titles", "military titles" and its abbreviation table: Sen.,
Rep., Gov., Lt. Gov., Gen., Adm.…), the office titles of national
governments and international bodies as printed in English-language wire copy
("prime minister", "secretary of state", "national security adviser"…), the
unnamed-source wording catalogued in studies of anonymous sourcing (Duffy and
Freeman 2011; the "senior official", "a person familiar with" family), and
the usual speaking institutions of news copy (ministries, offices, campaigns,
statements). Entries are case-folded.
"""

from typing import Dict, FrozenSet

#: Courtesy titles and their grammatical gender ("m", "f" or "" for either).
HONORIFICS: Dict[str, str] = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m", "messrs.": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f", "madam": "f",
    "dr": "", "dr.": "", "prof": "", "prof.": "", "rev": "", "rev.": "", "hon.": "",
}

_TITLE_WORDS_TEXT = """
    president vice-president vice prime premier minister ministers secretary secretary-general
    undersecretary under-secretary senator sen. sens. representative rep. reps. congressman congresswoman
    congressmember assemblyman assemblywoman delegate del. gov. governor lt. lieutenant mayor
    judge justice magistrate chief commander general gen. col. colonel maj. major capt. captain
    adm. admiral sgt. sergeant cpl. corporal pvt. private officer commissioner ambassador envoy
    consul chancellor king queen prince princess emperor empress sultan emir sheikh shaikh crown
    pope cardinal archbishop bishop rabbi imam pastor father reverend speaker leader
    chairman chairwoman chairperson chair director spokesman spokeswoman spokesperson spokespeople
    adviser advisor counselor counsellor counsel attorney attorney-general prosecutor
    candidate nominee founder co-founder ceo cfo coo cto executive manager superintendent
    head coordinator administrator analyst strategist pollster aide deputy staff
    mp mep whip marshal sheriff inspector superintendent principal provost dean professor
    trustee treasurer comptroller auditor clerk registrar ombudsman czar tsar
    councillor councilor councilman councilwoman alderman alderwoman
    """
#: Words that make up an office title printed before a name ("Prime Minister",
#: "Sen.", "Secretary of State"). The last title word before the name ends the role.
TITLE_WORDS: FrozenSet[str] = frozenset(_TITLE_WORDS_TEXT.split())

_SPECIFIC_ROLES_TEXT = """
    president vice-president premier minister secretary secretary-general undersecretary
    senator representative congressman congresswoman governor mayor judge justice chief
    commander general colonel admiral captain ambassador envoy chancellor king queen prince princess
    emperor pope cardinal archbishop bishop speaker leader chairman chairwoman chairperson chair
    director spokesman spokeswoman spokesperson adviser advisor counselor attorney prosecutor
    candidate nominee founder co-founder ceo executive manager superintendent coordinator
    administrator strategist pollster sheriff dean professor treasurer ombudsman czar tsar
    mogul billionaire businessman businesswoman host anchor commentator
    """
#: Role heads that single out one person in an article: "the prime minister",
#: "the US national security adviser" resolves to the named holder.
SPECIFIC_ROLES: FrozenSet[str] = frozenset(_SPECIFIC_ROLES_TEXT.split())

#: Abbreviated titles and the role word they stand for.
TITLE_EXPANSIONS: Dict[str, str] = {
    "sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative",
    "gov.": "governor", "gen.": "general", "col.": "colonel", "maj.": "major", "capt.": "captain",
    "adm.": "admiral", "sgt.": "sergeant", "lt.": "lieutenant", "cpl.": "corporal", "pvt.": "private",
    "del.": "delegate", "congressmember": "representative", "advisor": "adviser", "counsellor": "counselor",
    "spokeswoman": "spokesperson", "spokesman": "spokesperson", "chairwoman": "chairman",
    "chairperson": "chairman", "chair": "chairman", "congresswoman": "representative",
    "congressman": "representative", "premier": "prime minister",
}

_UNNAMED_HEADS_TEXT = """
    official officials source sources aide aides staffer staffers person people persons
    expert experts analyst analysts diplomat diplomats lawmaker lawmakers legislator legislators
    member members insider insiders observer observers witness witnesses resident residents
    supporter supporters voter voters critic critics someone somebody one man woman men women
    officer officers employee employees worker workers activist activists protester protesters
    participant participants attendee attendees adviser advisers advisors operative operatives
    strategist strategists pollster pollsters economist economists scientist scientists researcher
    researchers doctor doctors physician physicians lawyer lawyers attorneys friend friends
    relative relatives neighbor neighbors neighbour neighbours spokespeople representatives
    student students parent parents mother father veteran veterans candidate candidates
    leader leaders republican republicans democrat democrats conservative conservatives
    liberal liberals senator senators reader readers viewer viewers fan fans customer customers
    """
#: Heads of a description that leaves the person unnamed: "a senior US official",
#: "sources familiar with the talks". Never resolved to a name.
UNNAMED_HEADS: FrozenSet[str] = frozenset(_UNNAMED_HEADS_TEXT.split())

_ORG_HEADS_TEXT = """
    statement statements report reports office ministry department agency campaign committee
    council government administration house senate congress parliament pentagon kremlin police
    army military navy court company firm group organization organisation party newspaper paper
    network union letter document memo release tweet post website site poll survey study
    analysis complaint lawsuit filing indictment ruling order bill legislation guidance spokesperson's
    team staff board commission bureau service services authority authorities embassy mission
    coalition alliance foundation institute center centre university school hospital association
    federation league club bank fund corporation inc. ltd. co. times journal magazine outlet
    channel station broadcaster program programme show podcast blog magazine newsletter
    email e-mail message note memo letter headline caption transcript account book article piece
    judgment verdict decision resolution declaration communique communiqué announcement notice
    un nato eu who imf fbi cia nsa doj dhs idf ocha unrwa unicef
    """
#: Heads of a speaking institution or document: "the statement said", "the
#: ministry said", "according to the report".
ORG_HEADS: FrozenSet[str] = frozenset(_ORG_HEADS_TEXT.split())

#: Personal pronouns that can stand as a speaker, with gender and number.
#: Gender "m"/"f"/"" (person, either), "n" (thing or institution); number "s"/"p".
PRONOUNS: Dict[str, str] = {
    "he": "ms", "she": "fs", "him": "ms", "her": "fs", "i": "s", "we": "p", "they": "p",
    "it": "ns", "you": "s", "them": "p", "us": "p", "me": "s",
}

#: First- and second-person pronouns: the writer, the reader or the one being
#: interviewed; never resolved to a third person named nearby.
FIRST_SECOND_PERSON: FrozenSet[str] = frozenset({"i", "me", "we", "us", "you"})

_NOT_NAMES_TEXT = """
    the a an and but or nor so yet for if when while as at by in on of to from with without into
    onto over under after before since until unless because although though however meanwhile
    also then there here this that these those it its it's he she they we you i his her their our
    my your who whom whose what which where why how yes no not all some any each every both
    many much more most other another such only just even still already again whether either neither
    perhaps maybe indeed instead now once thus hence besides nonetheless nevertheless otherwise
    certainly clearly obviously surely actually finally eventually initially ultimately
    unfortunately fortunately apparently notably similarly likewise sometimes often never always
    mr mr. mrs mrs. ms ms. dr dr. sir
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
    january february march april may june july august september october november december
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    according said says asked told earlier later last next first second third
    editor's editor’s update updated photo image video read watch share related advertisement
    """
#: Words that open a sentence in capitals without being part of a name.
NOT_NAMES: FrozenSet[str] = frozenset(_NOT_NAMES_TEXT.split())

_PLACE_ORG_WORDS_TEXT = """
    strip bank city town county state states province district street avenue road square
    corridor border crossing river sea ocean gulf bay island islands mountain mountains valley
    hospital house hall center centre building tower palace plaza park airport port station
    university college school institute academy foundation fund association union league council
    committee commission court department ministry office agency authority administration
    service services force forces army navy guard police party group company corporation inc.
    times post news journal tribune herald guardian telegraph daily weekly magazine press network
    tv radio channel review report act bill law treaty accord agreement plan program programme
    project summit conference forum convention war campaign movement coalition alliance front
    brigade brigades battalion battalions organization organisation council church mosque temple
    republic kingdom emirates federation union nations government congress senate parliament
    assembly cabinet bureau center club team fc inc co corp ltd llc group network times
    """
#: Capitalised words that end the name of a place or an institution, not a person:
#: "Gaza Strip", "White House", "Shifa Hospital", "New York Post".
PLACE_ORG_WORDS: FrozenSet[str] = frozenset(_PLACE_ORG_WORDS_TEXT.split())

#: Lower-case particles allowed inside a personal name: "Ludwig van Beethoven".
NAME_PARTICLES: FrozenSet[str] = frozenset(
    {"de", "da", "del", "della", "der", "di", "du", "dos", "das", "van", "von", "bin", "ibn", "al", "el"}
    | {"la", "le", "ben", "bar", "abu"}
)

#: Name suffixes kept with the name but never taken for the surname.
NAME_SUFFIXES: FrozenSet[str] = frozenset(("jr.", "jr", "sr.", "sr", "ii", "iii", "iv"))

#: Nouns for a person that tell a gender, for a pronoun that must agree with an
#: unnamed subject ("My mother often said …" is no antecedent of "he"). Common
#: English kinship and person nouns, written out by hand.
PERSON_GENDERS: Dict[str, str] = {
    **dict.fromkeys(
        "woman mother wife daughter sister girl grandmother aunt niece lady mom mum widow"
        " girlfriend businesswoman spokeswoman chairwoman congresswoman".split(),
        "f",
    ),
    **dict.fromkeys(
        "man father husband son brother boy grandfather uncle nephew gentleman dad widower"
        " boyfriend businessman spokesman chairman congressman".split(),
        "m",
    ),
}
