"""Names of people: the client, relatives, anyone else named in a dictation.

Evidence is weighed token by token. A first or last name from the Census lists that is not also
an English word is a name wherever it stands, in any case ("talked to jessica"). One that is
also a word (Hope, Will, Summer, Grace) is a name only where a name is expected: after a title,
a relation ("her daughter Grace"), "named", a preposition mid-sentence, before a surname, or
as the subject of "said", "reports"… A capitalised word that no dictionary knows, mid-sentence,
is taken for a name too: failing closed costs a little precision and protects the client.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import EPONYM_NOUNS, HOLIDAYS, NUMBERED_THINGS, is_clinical_word
from sealnote.boundary.recognizers.base import Recognizer
from sealnote.boundary.spans import Label, Span

# (Not the letters of "2R", "3rd", "1SG" or "PO2": part of a number or a code, never a name.)
WORD = re.compile(r"(?<![^\W_])[^\W\d_]++(?:['’.-][^\W\d_]+)*+(?:['’]s\b)?(?!\d)")
TITLES = frozenset("""
dr mr mrs ms miss mx prof professor doctor rev fr sr sra pastor rabbi judge officer det
detective sgt coach nurse dean mister missus esq atty capt lt col maj cpl pvt ssgt msgt sfc
spc cpt ssg 1sg sgm csm pfc lcpl tsgt smsgt cmsgt ltc cdr lcdr imam deacon bishop sheikh
reverend rebbe cantor attorney sheriff deputy trooper sergeant corporal lieutenant captain
colonel alj principal cmdr ens adm cwo amn cpo scpo mcpo specialist padre
""".split())
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
# Roles written in capitals before a surname, as titles are: "NP Holloway", "SW Dunne".
ROLE_TITLES = frozenset({"np", "rn", "pa", "sw", "lpn", "cna", "lcsw", "licsw", "po", "dpo"})
# Capitals that name a role, an office or a country, not a person: "PCP said", "US said".
ROLE_ACRONYMS = ROLE_TITLES | frozenset("""
md ot slp pcp bcba ed er ems pd dcf dss dta ssa va cps aps dys dmh dds hr ceo ta id us uk dcs dhs
dhhs dcfs dcyf dfps
""".split())
DETERMINERS = frozenset("the a an his her their my our your its this that these those".split())
OWNERS = frozenset("his her their my our your".split())
RELATIONS = frozenset("""
wife husband spouse partner boyfriend girlfriend fiance fiancé fiancee fiancée ex son daughter
child kid baby mother father mom dad mum mama momma mommy daddy stepmother stepfather stepmom
stepdad stepson stepdaughter stepbrother stepsister half-brother half-sister brother sister
sibling twin grandmother grandfather grandma grandpa grandson
granddaughter aunt uncle niece nephew cousin friend bestie roommate neighbor neighbour boss
coworker co-worker colleague manager supervisor teacher coach pastor sponsor therapist
psychiatrist doctor lawyer attorney caseworker tutor classmate babysitter nanny doula midwife
chaplain advocate guardian landlord cat dog puppy vovo vovó vovô avó avô bubbe zayde tutu tūtū
abuela abuelo abuelita abuelito yiayia halmoni bff homie prima primo hermana hermano
kitten pet horse parents kids children sons daughters sisters brothers grandparents cousins
friends roommates rabbit bunny hamster parrot bird lizard ferret pony mare foreman sternman
bookie cellmate bunkmate teammate crewmate shipmate landlady deckhand crewman housemate
godmother godfather godson goddaughter caregiver
auntie aunty gramma grammy granny nana mamaw papaw meemaw pawpaw grampa tita tito
""".split())
INTRODUCERS = ("named", "called", "name is", "name's", "name:", "goes by", "call me", "calls me",
               "calls him", "calls her", "known as", "nicknamed", "i'm", "this is")
SPEECH_VERBS = frozenset("""
said says told tells reports reported stated states asked asks texted called yelled screamed
cried laughed wants wanted feels felt thinks thought agreed refused
""".split())
AFTER_VERBS = frozenset("""
said says told tells reports reported stated states felt feels asked asks wants wanted called
calls texted texts came comes went goes is was has had and who whom thinks thought believes
yelled screamed hit left moved died passed cried laughed agreed refused arrived lives lived
talked talks spoke speaks met meets shared shares described describes admitted admits denied
denies explained explains noticed notices tried tries struggled struggles slept spent spends
began begins became becomes started starts works worked lives lost loses got gets drove
drives brought brings needs needed dreamed dreams misses missed uses used wants joined
worries worried fears feared hopes hoped loves loved hates hated writes wrote sleeps drinks
drank smokes smoked helps helped plays played stays stayed keeps kept seems seemed arrives saw
sees smiled smiles walked walks leaves sits sat stands stood runs ran
""".split())
# "Client Faisal asked", "patient Moreau": the word after a role is who holds it.
ROLES = frozenset("""
client patient pt member resident participant veteran student inmate caller interpreter
facilitator co-facilitator cofacilitator guardian
""".split())
CONTRACTION = re.compile(r"(?i)^([a-z]+)(?:['’](?:ll|re|ve|d|m)|n['’]t)$")
SPOKE = frozenset("said told asked texted called yelled screamed cried laughed agreed refused "
                  "reported stated".split())
# What only a person does, so that even a word before it is a name ("Felicity talked about her
# father", "mason talked about his grandfather").
HUMAN_VERBS = SPOKE | frozenset("""
says tells talked talks spoke speaks shared shares admitted admits denied denies described
describes explained explains reports states noted notes recalled recalls disclosed discloses
asks texts smiled realized realised remembered remembers decided practiced completed
met hugged apologized apologised wept sobbed prayed feels felt wants wanted identified
identifies brought missed arrived attended cancelled canceled struggles struggled worries worried
endorses endorsed processed reflected expressed expresses acknowledged participated engaged returned
teaches taught preaches preached yells yelled screams prescribes prescribed supervises
supervised
""".split())
# Words for a friend that are first names too ("Buddy Holloway"), after "his" or "my" a friend
FRIEND_WORDS = frozenset({"buddy", "pal"})
MODALS = frozenset(["will", "would", "can", "could", "should", "must", "might", "may", "shall"])
# What is done to a person, before a name found elsewhere in the text: "legend hit royal"
DONE_TO = frozenset("hit pushed kicked bit hugged slapped punched choked grabbed hurt".split())
# A child's age said after the name: "nova age 11 disclosed", "Saint is 8."
AGE_SAID_AFTER = re.compile(r"(?:,? (?:age|aged) (?:[1-9]|1[0-7])\b| (?:is|was|just turned|turned|"
                            r"turns) (?:[1-9]|1[0-7])(?=[.,;]| years| and\b|$)| (?:is|was|turned|"
                            # "savannah is fourteen and in foster care"
                            r"turns) (?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                            r"fourteen|fifteen|sixteen|seventeen)(?=[.,;]| years| and\b|$)"
                            r"| (?:is|was|turned|"
                            r"turns) (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                            r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?\b"
                            # "gunner fourteen got caught…": an age said right after the name
                            r"|,? (?:[1-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                            r"nineteen),? (?:got|was|is|has|had|says|said|reports|reported|came|"
                            r"went|ran|told|wants|started|uses|lives|goes|attends)\b)")
# A subject's verb that no modal comes before: after "will" or "may", the word is a name
SAYS_OR_DOES = frozenset(w for w in AFTER_VERBS | HUMAN_VERBS
                         if w.endswith("s") and w not in ("is", "has", "was", "does", "goes"))
# What only a person follows: "get custody back of lily"
CUSTODY_OF = re.compile(r"\bcustody(?:\s+back)?\s+of\s+$")
BEFORE_WORDS = frozenset("""
with to from for by about and or told asked called texted saw met visited thanked blamed
married divorced dating
""".split())
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)
# A degree written straight after a name, with no comma: part of how the name is written
DEGREE_AFTER = re.compile(r" (?:MD|DDS|DMD|DO|PhD|PsyD|DVM|RN|NP|LCSW|LICSW)\b(?![-'’])")
# Clergy are named with a family word as a title: "the chaplain, Father Okonjo".
CLERGY = frozenset({"Father", "Brother", "Sister", "Mother"})
# Ranks written with a number, which no word of a name has: "PO2 Hale", "1SG Ortiz", "HM3 Diaz"
NUMBERED_RANK_BEFORE = re.compile(r"(?<![\w-])(?:1SG|PO[123]|HM[123]|CW[2-5]|CWO[2-5]|WO1|"
                                  r"E-?[1-9])\.? \Z")
# Military ranks, which may take two words ("Lt. Cmdr.", "Master Sgt.")
RANKS = frozenset("""
lt col maj capt cpt cmdr lcdr cdr gen adm sgt ssgt msgt sfc spc cpl pvt pfc lcpl tsgt smsgt
cmsgt ltc sgm csm ens cwo amn cpo scpo mcpo master staff chief
""".split())
# Words before a client named by a word no dictionary has: "client sarge is a vet"
SUBJECT_LEADS = frozenset("client patient pt".split())
# Spanish honorifics before a first name: "the owner don chuy" (capitalised, "Don" is a name)
HONORIFICS = frozenset({"don", "doña", "dona"})
# An uncle or aunt said in Spanish before the name: "tio beto is watching the kids". (Not among
# the relatives: capitalised, "Tío Beto" is how the family names him, and one name.)
# ("mi hijo beto": in Spanish, the relative's word; "la mamá de kevin" names the child by
# "de", which belongs to no name there)
SPANISH_KIN = frozenset("""
tio tia tío tía hijo hija esposo esposa novio novia mamá papá padrastro madrastra sobrino sobrina
nieto nieta suegro suegra cuñado cuñada compadre comadre
""".split())
# Words before a priest's title said in lower case; after a determiner "father" is a parent.
ADDRESSED = frozenset("is to from by saw called asked told per".split())
# "divorced from jimmy", "married to dana": a partner, named in any case.
PARTNERED = re.compile(r"\b(?:married\s+to|divorced?\s+from|separated\s+from|engaged\s+to|"
                       r"dating|broke\s+up\s+with|split\s+from|(?:spoke|talked|met|session|"
                       r"call|meeting|visit|check-in|check\s+in|appt|appointment|argued|fought|"
                       r"lives)\s+"
                       r"with)\s+$")
# Words that follow "mr." or "dr." without being a surname
STOP_AFTER_TITLE = frozenset("""
and or the a an of to in on at for with from by is was said says his her their who
""".split())
# Words of time before a sentence's subject: "today sky practiced…"
TIME_WORDS = frozenset("today yesterday tonight then now later earlier also again".split())
# "client and mark argued": someone beside the client, doing what the client does
BESIDE_CLIENT = re.compile(r"\b(?:client|pt|patient|she|he|they|i)\s+and\s+$")
# Months that are also given names, and the words that make one a time ("since june"; dates.py
# reads a lower-case month after these, but for "of" and "this")
NAMED_MONTHS = frozenset({"june", "april", "august"})
TIME_LEADS = frozenset("""
in since until till by last next early late mid of this before after during through from
""".split())
# Who a clinician meets or speaks with: "session with olu today", "spoke with oksana"
MET_WITH = re.compile(r"\b(?:spoke|speaking|talked|talking|met|meeting|session|visit|check-in|"
                      r"call|called|appointment|appt|consult|consulted|"
                      r"follow(?:ed|ing|s)?[\s-]+up)\s+with\s+$|"
                      r"\b(?:spoke|speaking|talked|talking)\s+to\s+$|"
                      # "reverend toussaint referred manno from little haiti"
                      r"\breferred\s+$")
VOWEL = re.compile(r"[aeiouy]")
PREFERRED_AFTER = re.compile(r" \((?:the )?(?:client['’]s |her |his |their )?(?:preferred|chosen) "
                             r"name\)")
SPANISH_WEEKDAYS = frozenset("lunes martes miércoles miercoles jueves viernes sábado sabado "
                             "domingo".split())
# Numbers in words, which are no one's name ("GAD seven is twelve"), in Spanish too ("noventa y
# dos años")
NUMBERS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta
sesenta setenta ochenta noventa cien años""".split())
# Words before a list of who came: "group present were", "family session with"
ROLL_CALL = re.compile(r"\b(?:group|present|attended|attending|attendees|members|"
                       r"(?:family|couples) session)\b")
# A greeting before a title: "hey ms rose its kenzie" (not "her ms flared")
GREETED = re.compile(r"\b(?:hi|hey|hello|dear|thanks|thank\s+you)[\s,]+$")
# Two initials people go by, dictated as one word
INITIALS_AS_NAMES = frozenset("aj bj cj dj ej jj pj rj tj jt jc kc jd jp jr".split())
# "harper who is four", "Liam who's 7": only a person has an age.
# What is said only of a person: a mood, or a habit kept up ("was tearful", "has been
# sleeping poorly")
PERSON_STATE = re.compile(r" (?:is|was|seemed|seems|appeared|appears|looked|looks|sounded|"
                          r"presented as|presents as|became|has been|had been) (?:very |more |"
                          r"less |quite |so |a bit |visibly |notably )?(?:tearful|anxious|"
                          r"depressed|irritable|agitated|guarded|withdrawn|angry|sad|upset|"
                          r"frustrated|overwhelmed|hopeless|nervous|restless|euthymic|dysphoric|"
                          r"cooperative|talkative|animated|labile|teary|distraught|defensive|"
                          r"sleeping|drinking|using|eating|crying|isolating|self-harming|cutting|"
                          r"vaping|smoking|skipping|avoiding|ruminating|journaling|exercising|pregnant|"
                          r"grieving|homeless|suicidal|hospitalized|incarcerated)\b")
# Where a person is from, then what they say: "okay hunter from rutland says…"
FROM_A_PLACE_SAYS = re.compile(r" from (?P<place>[a-z]+(?: [a-z]+)?) (?:says|said|reports|"
                               r"reported|called|texted|told|wants|came|is|was)\b")


def _from_a_place_says(lowered: str, end: int) -> bool:
    """What follows the word is "from <a town> says…": the word is someone from there."""
    said = FROM_A_PLACE_SAYS.match(lowered, end)
    return said is not None and said.group("place") in gazetteers.places_lower()
# What a person does in session, in two words: "worked" or "opened" alone may be a plan's
PERSON_ACTS = re.compile(r" (?:worked (?:with|on|through)|opened up|checked in|reached out|"
                         r"is back|came back|"
                         r"teared up|broke down|spoke up|calmed down|followed up|got (?:laid off|"
                         r"fired|hired|arrested|married|divorced|suspended|expelled|jumped|sober|"
                         r"evicted|deported|pregnant|promoted)) ")
WHO_AGE = re.compile(r",? who(?: is|'s| was| turned| turns) (?:\d{1,3}|one|two|three|four|five|"
                     r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                     r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                     r"seventy|eighty|ninety)\b")
# Part of a nickname ("Big Mike"); relation words ("Grandpa Joe") stay, as "Mom" does.
NICKNAME_WORDS = frozenset({"Big", "Little", "Lil", "Young", "Baby"})
# The same, dictated before a name found ("old joe", "big mike"; not "his old friend joe")
SAID_NICKNAME_WORDS = frozenset({"old", "big", "lil"})
FROM_A_PARISH = re.compile(r" (?:from|at|of) (?:st\.?|saint|our lady|holy|sacred|blessed|"
                           r"san|santa|santo|(?:[a-z]+ ){1,2}(?:cathedral|parish|basilica)\b)")
# Before "brother" or "sister", words that make it a clergyman's or nun's title
CLERGY_BEFORE_SIBLING = frozenset("pastor reverend rev deacon elder bishop minister".split())
PARTICLES = frozenset("""
de la del der van von da di le du bin al st ten ter den op dos das af zu
""".split())
ENDERS = ".!?\n"
OPENERS = frozenset(" \t\"'“‘([-*•")
# What speech to text keeps before a sentence: "okay", "so", "um"
FILLERS = frozenset("okay ok so um uh alright well and".split())
# Who is taken somewhere ("take mason to…", "pick up lily from…") or gone ("since barb left")
CARRIED = frozenset("take took taking takes drive drove driving".split())
# "Kayden 10, Paisley 7; mom…": a child listed with a bare age
AGE_IN_A_LIST = re.compile(r" (?:[1-9]|1[0-7])(?=[,;)]| and\b)")
# "Warm line: Frank, regular caller": who rang, named before what they are to the line
CALLER_AFTER = re.compile(r", (?:an? )?(?:(?:regular|repeat|frequent|first[- ]time|new|known|"
                          r"anonymous|returning) )?(?:caller|texter|chatter|visitor)\b")
# "call back deb at four one four…", "reached tony at 555-0101": whom a number reaches
CALLED = frozenset("call called calling text texted reach reached".split())
AT_A_NUMBER = re.compile(r" (?:back )?at (?:\(?\d|(?:zero|oh|one|two|three|four|five|six|seven|"
                         r"eight|nine)\b)")
PICKED = frozenset("pick picked picks picking drop dropped drops dropping".split())
GONE = frozenset("left died passed moved went".split())
# What a dictation opens on before the one it is about ("okay ray fifty eight…")
OPENERS_SAID = frozenset("okay ok alright".split())
# An adult's age said right after a name: "okay ray fifty eight…", "this is ivy thirty"
ADULT_AGE_AFTER = r" (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|[1-9]\d\b)"
# After a first name that is a word too, what makes it the person: an age, "he's", a verb
AFTER_AN_OPENED_NAME = re.compile(ADULT_AGE_AFTER + r"| (?:(?:he|she|they)['’]?(?:s|re)\b|"
                                  r"(?!(?:is|was|has|his|this|as|us|does|goes)\b)[a-z]{3,}s\b)")
# ... or a teenager's, which is no count of something ("okay precious seventeen at king
# college prep", not "okay so fifteen minutes")
# (an age, not a count: "forty minutes", "twenty five dollars", "12/3")
AGE_RIGHT_AFTER = re.compile(r"(?:" + ADULT_AGE_AFTER + r"| (?:thirteen|fourteen|fifteen|"
                             r"sixteen|seventeen|eighteen|nineteen)\b)"
                             r"(?!(?:[ -][a-z]+)? (?:minutes?|mins?|hours?|hrs?|days?|weeks?|"
                             r"months?|years?|times|percent|dollars|bucks|mg|pounds|lbs|miles)\b|"
                             r"[/.:-]\d)")
AGED_AFTER = re.compile(r"(?: (?:he|she|they)(?:['’]?(?:s|re)| is| are))?" + ADULT_AGE_AFTER)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    capitalised: bool
    acronym: bool
    sentence_start: bool
    initial: bool  # one capital letter: "J" of "J. Smith"


@lru_cache(maxsize=100_000)
def folded(lower: str) -> str:
    """The word without its accents, as the name lists write it: "maría" is "maria"."""
    return "".join(c for c in unicodedata.normalize("NFKD", lower)
                   if not unicodedata.combining(c))


def _tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in WORD.finditer(text):
        word = match.group(0)
        end = match.end()
        if word[-2:] in ("'s", "’s"):
            word, end = word[:-2], end - 2
        contraction = CONTRACTION.match(word) if "'" in word or "’" in word else None
        if contraction:
            word = contraction.group(1)  # "He'll", "txt'd", "Ahmed'll": judged without it
            end = match.start() + len(word)
        if not word:
            continue
        # The mark before the word, past spaces, quotes and brackets (within 40 characters)
        k, stop = match.start() - 1, max(-1, match.start() - 41)
        while k > stop and text[k] in OPENERS:
            k -= 1
        mark = text[k] if k > stop else ""
        at_text_start = not mark and match.start() < 40
        starts = at_text_start or (mark != "" and mark in ENDERS) or mark == ":"
        if not starts and tokens and tokens[-1].sentence_start and tokens[-1].lower in FILLERS \
                and text[tokens[-1].end:match.start()] in (" ", ", "):
            starts = True  # "okay sunshine is back", "so honey says": past the filler
        if starts and mark == "." and tokens and (
                tokens[-1].initial or _title_with_stop(tokens[-1])) and \
                tokens[-1].end >= match.start() - 2:
            starts = False  # the full stop of "D." or "Dr." does not end a sentence
        tokens.append(Token(
            start=match.start(), end=end, text=word, lower=word.lower(),
            capitalised=word[0].isupper(), acronym=len(word) > 1 and word.isupper(),
            # ("I'm": the pronoun, not an initial)
            sentence_start=starts, initial=len(word) == 1 and word.isupper() and not contraction))
    return tokens


# Words said twice for emphasis or as what a family calls a grandparent, not as a nickname
# ("his brother very very angry", "his grandfather pop pop")
NOT_DOUBLED = frozenset("""
very so really no yes bye ha far long more too much many fast slow again now there here
pop mom mum mam mama nana papa dad dada ma pa gram gran mommy daddy
""".split())


def _doubled_after_relative(tokens: list[Token], i: int, lowered: str) -> bool:
    """The word, in lower case, is one of a word said twice right after a relative's word:
    "his cousin man man", "her nephew boo boo"."""
    first = i - 1 if i > 0 and tokens[i - 1].lower == tokens[i].lower else i
    second = first + 1
    if first < 1 or second >= len(tokens) or tokens[first].lower != tokens[second].lower:
        return False
    word, relative = tokens[first], tokens[first - 1]
    return not word.capitalised and word.lower.isalpha() and word.lower not in NOT_DOUBLED and \
        relative.lower in RELATIONS and lowered[relative.end:word.start] == " " and \
        lowered[word.end:tokens[second].start] == " "


def _title_with_stop(token: Token) -> bool:
    """A title that a full stop may follow ("Dr.", "Capt."): not one in capitals that is also a
    clinical term ("sessions of CPT. Transferred care…": the therapy, not a captain)."""
    return token.lower in TITLES and not (token.acronym and is_clinical_word(token.text))


@lru_cache(maxsize=100_000)
def is_word(lower: str) -> bool:
    """Every part of the word ("well-known") is a lower-case English word, or one of the
    commonest Spanish words that a bilingual note quotes ("mi hijo no tiene a nadie"), or a
    Spanish verb in the past ("salió", "llegó": no name ends in a stressed o)."""
    parts = re.split(r"[-’'.]", lower)
    return all(p in gazetteers.common_words() or _spanish(p) for p in parts if p)


def _spanish_between(tokens: list[Token], k: int) -> bool:
    """The token is a Spanish word that no name holds, in lower case between names: "on
    hillcroft y su esposo beto" is a street, then "and her husband Beto"."""
    token = tokens[k]
    if token.capitalised:
        return False
    if token.lower == "y":
        return k + 1 < len(tokens) and (tokens[k + 1].lower in SPANISH_WORDS or
                                        tokens[k + 1].lower in SPANISH_KIN)
    return token.lower in SPANISH_WORDS or token.lower in SPANISH_KIN


def _spanish(lower: str) -> bool:
    """One of the commonest Spanish words, or a Spanish verb in the past ("salió")."""
    return lower in SPANISH_WORDS or (len(lower) > 3 and SPANISH_PAST.search(lower) is not None)


# The end of a Spanish verb in the past ("salió", "llegó"; not a town's "Chimayó")
SPANISH_PAST = re.compile(r"(?:i|[bcdgjlmprstvzñ])ó$")


# The commonest Spanish words that are nobody's name, so that a quoted sentence in Spanish is
# not read as a run of unknown names. Left out on purpose: names and surnames that are also
# words (Rosa, Paz, Luz, Cruz, Santos), the particles of names (de, la, del, los) and relatives'
# and titles' words, which belong to a name ("Abuela Carmen", "Tío Beto", "Doña Luz").
SPANISH_WORDS = frozenset("""
sesión sesion
un una unos unas mi mis tu tus su sus nuestro nuestra es son era fue está están estoy estamos
estaba soy eres somos hay tiene tienen tengo tenía quiere quiero puede puedo hace hizo dice dijo
dicen sabe sé va voy vamos ir viene vino que qué en por para con sin pero porque cuando donde
dónde como cómo muy más menos ya no sí también nada nadie nunca siempre todo todos toda todas
algo alguien aquí allá allí ahora hoy ayer mañana bien mal mucho mucha poco poca casa trabajo
familia miedo triste sola solo vida gracias le les me te se nos ella él ellos ellas yo usted
pega toma bebe llora duerme come habla sale trabaja vive cuida necesita ayuda
quinceañera quinceanera bautizo boda cumpleaños velorio novena
""".split())


@lru_cache(maxsize=100_000)
def _proper(lower: str) -> bool:
    """A capitalised dictionary word, or a compound of peoples ("Japanese-American")."""
    if lower in gazetteers.proper_words() or lower in PEOPLES:
        return True
    parts = [p for p in re.split(r"[-’']", lower) if p]
    return len(parts) > 1 and all(is_demonym(p) for p in parts)


# Words for peoples that the dictionary lacks or spells otherwise.
PEOPLES = frozenset("""
latina latino latinx latine chicana chicano hispanic indigenous german irish dutch greek welsh
scottish swiss tagalog lao thai hmong khmer igbo yoruba tigrinya amharic swahili navajo cherokee
lakota apache ojibwe hopi wampanoag verdean kriolu azorean creole farsi diné dine yupik yup'ik
inupiaq tlingit zuni tewa samoan tongan chamorro marshallese chuukese ilocano kreyòl kreyol
""".split())


def is_demonym(lower: str) -> bool:
    """A dictionary's word for a people ("american", "japanese"), which no first name is, and
    no surname either unless it is one of the few peoples' words that are ("Brennan" and
    "Sullivan" end as "Russian" does)."""
    return lower in PEOPLES or lower in PEOPLES_AS_SURNAMES or (
        lower in gazetteers.proper_words() and lower.endswith(DEMONYM_ENDINGS)
        and lower not in gazetteers.first_names() and lower not in gazetteers.surnames()
        and not is_clinical_word(lower))  # ("MRI", an abbreviation the list writes in capitals)


# Words for peoples, faiths and regions the Census lists as surnames too.
PEOPLES_AS_SURNAMES = frozenset("""
american arabian catalan catholic cornish cyprian danish english hessian maltese parisian
russian sicilian spanish victorian
""".split())


def in_list(names: frozenset[str], lower: str) -> bool:
    """The word, or a part of a compound ("Alvarez-Ruiz"), is in the name list; accents aside,
    as the lists are written ("María" is "maria"), though "Bašić" is no word "basic"."""
    if not lower.isascii():
        lower = folded(lower)
    return lower in names or any(p in names for p in _parts(lower))


@lru_cache(maxsize=100_000)
def _parts(lower: str) -> tuple[str, ...]:
    return tuple(p for p in re.split(r"[-’'.]", lower) if len(p) > 1 and p not in PREFIXES) \
        if re.search(r"[-’'.]", lower) else ()


# The first halves of English compounds ("de-escalation", "re-entry"), which name no one.
PREFIXES = frozenset("de re co un ex bi pre non anti post semi self mid over under".split())


INTRODUCED = re.compile(r"(?:" + "|".join(re.escape(i) for i in INTRODUCERS) + r")\s*$")
# How a message opens with its writer's name: "hey its jay", "Hi, it's Bri", "this is kiki"
# ("heyyy its jay": a greeting drawn out)
SIGNING_ON = re.compile(r"(?:^|[.!?\n:]\s*)(?P<greeting>(?:hey+|hi+|hello+|hiya)[ ,!]+)?"
                        # "miss carla its jay": the one written to, greeted by name
                        r"(?:(?:miss|ms|mr|mrs|dr|coach)\.?\s+[a-z'’-]+[ ,!]+)?"
                        # ("its big mike": a nickname's first word between)
                        r"(?:it['’]?s|this is)\s+(?:(?:big|lil|little)\s+)?$")
# How speech runs words together, which no dictionary lists as words
SPOKEN_CONTRACTIONS = frozenset("gonna wanna gotta finna tryna kinda sorta lemme gimme dunno "
                                "aint ain't yall y'all".split())
CALLED_BY_INITIALS = re.compile(r"(?:goes by|go by|known as|name is|name's|nicknamed|call me|"
                                r"calls (?:him|her|them))\s*$")
# After these, even a word is a name ("her nickname is peanut", "goes by kj").
NAMING = re.compile(r"(?:\b(?:nick|real |legal )?name is|\b(?:nick)?name's|\bnicknamed|"
                    r"\breal name|\bgoes by|\bknown as|"
                    r"\bnamed|\b(?:who|whom)\s+(?:she|he|they|i|we)\s+calls?)\s+$")



def _names_it(tokens: list[Token], i: int, lowered: str) -> bool:
    """Words before the token say it is a name ("her nickname is peanut", "a dog named rex"),
    not that somebody listed it ("Sterling named values: …", "she named three triggers")."""
    if not NAMING.search(lowered, max(0, tokens[i].start - 14), tokens[i].start) or \
            lowered.startswith(" name", tokens[i].end):
        return False  # ("goes by real name juniper": "real" says which name follows)
    subject = tokens[i - 2] if i > 1 and tokens[i - 1].lower == "named" else None
    return subject is None or not (subject.capitalised or subject.lower in PERSONAL_PRONOUNS
                                   or subject.lower in ("client", "pt", "patient"))

# A name found only because no dictionary knows the word yields to a gazetteer place.
WEAK_PRIORITY = 54


class NameRecognizer(Recognizer):
    label = Label.NAME
    priority = 70

    def find(self, text: str) -> Iterator[Span]:
        tokens = _tokens(text)
        lowered = text.lower()
        seeds = [self._seed(tokens, i, lowered) for i in range(len(tokens))]
        # A word found to be somebody's name once is that name everywhere in the document.
        named = {tokens[i].text for i, seed in enumerate(seeds) if seed == "strong"}
        for i, token in enumerate(tokens):
            if seeds[i] is None and token.capitalised and token.text in named:
                seeds[i] = "strong"
            elif seeds[i] is None and token.text in named and (
                    _acts(tokens, i, lowered, phrase_end=False)
                    or lowered[token.end:token.end + 2] in ("'s", "’s")):
                seeds[i] = "strong"  # "hope wants…", "tj's drinking", once named
        marks = [seed is not None for seed in seeds]
        self._extend(text, tokens, marks)
        for _ in range(3):  # a name listed beside one may come again further on
            if not self._again(tokens, marks, lowered):
                break
            self._extend(text, tokens, marks)
        i = 0
        while i < len(tokens):
            if not marks[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and marks[j + 1] and self._adjacent(text, tokens[j],
                                                                         tokens[j + 1]) and \
                    not _spanish_between(tokens, j + 1):
                j += 1
            while i <= j and _spanish_between(tokens, i):
                i += 1  # "y su esposo beto": the Spanish before a name, and the relative's word
            if i > j:
                continue  # ("y", "su" alone: no name)
            while i < j and tokens[i].lower in PARTICLES and not tokens[i].capitalised and \
                    i > 0 and _spanish(tokens[i - 1].lower):
                i += 1  # "salió del Christus Spohn": the Spanish for "from the", not "Del Toro"
            start, end = tokens[i].start, tokens[j].end
            title = tokens[i - 1] if i > 0 else None
            if title and (title.lower in TITLES or title.lower in ROLE_TITLES or (
                    title.text in CLERGY and not title.sentence_start) or (
                    # "this is father dominic's referral", not "her father dominic"
                    title.lower == "father" and i > 1 and tokens[i - 2].lower in ADDRESSED) or (
                    # "his pastor brother hollis at freewill baptist": a clergyman's title
                    title.lower in ("brother", "sister") and i > 1 and
                    tokens[i - 2].lower in CLERGY_BEFORE_SIBLING) or (
                    # "father okonkwo from st. brigid's": a priest by his surname, or one from
                    # his parish ("father michael from st. casimir")
                    title.lower == "father" and (i < 2 or tokens[i - 2].lower not in
                                                 OWNERS | DETERMINERS) and (
                        (not is_word(tokens[i].lower) and
                         not in_list(gazetteers.first_names(), tokens[i].lower)) or
                        FROM_A_PARISH.match(lowered, tokens[j].end) is not None)) or (
                    title.lower in HONORIFICS and not title.capitalised) or (
                    title.text == "Hon" and text.startswith(".", title.end))) and \
                    text[title.end:tokens[i].start] in (" ", ". "):
                start = tokens[i - 1].start  # "Dr. Patel" is how this person is named
                if i > 1 and tokens[i - 2].lower in RANKS and title.lower in RANKS and \
                        text[tokens[i - 2].end:title.start] in (" ", ". "):
                    start = tokens[i - 2].start  # "Lt. Cmdr. Ruiz": a rank of two words
            else:
                rank = NUMBERED_RANK_BEFORE.search(text, max(0, start - 6), start)
                start = rank.start() if rank else start  # "PO2 Jessica Hale", "1SG Ortiz"
            if (tokens[j].initial or INITIALS.fullmatch(tokens[j].text)) and end < len(text) \
                    and text[end] == ".":
                end += 1
            degree = DEGREE_AFTER.match(text, end)
            end = degree.end() if degree else end  # "Giovanna Rodrigues MD", one name
            strong = any(seeds[k] == "strong" for k in range(i, j + 1))
            yield Span(start, end, self.label, self.name,
                       self.priority if strong else WEAK_PRIORITY)
            i = j + 1

    @staticmethod
    def _again(tokens: list[Token], marks: list[bool], lowered: str) -> bool:
        """Mark the words of names found so far where they come again acting or owning ("river
        shared…; jade was quiet" once "jade" is named), and first names listed beside a name
        ("sky, river and jade"). True when any mark was added."""
        named = {t.text for t, marked in zip(tokens, marks, strict=True)
                 if marked and len(t.text) > 2 and t.lower.isalpha() and t.lower not in MODALS}
        added = False
        for order in (range(len(tokens)), range(len(tokens) - 1, -1, -1)):
            for i in order:
                if marks[i]:
                    continue
                token = tokens[i]
                if token.text in named:
                    after = lowered[token.end:tokens[i + 1].start].strip() \
                        if i + 1 < len(tokens) else "."
                    before = tokens[i - 1].lower if i and \
                        lowered[tokens[i - 1].end:token.start] == " " else ""
                    if after in ("'s", "’s", ",", ".", ";", ")", "—", "–", "-") or \
                            before in BEFORE_WORDS or before in DONE_TO or \
                            _acts(tokens, i, lowered, phrase_end=False):
                        marks[i] = added = True
                        continue
                # "pegs mother": the name's possessive without its apostrophe
                owns_relative = token.text[:-1] in named and _owns_a_relative(tokens, i, lowered)
                if owns_relative or _listed_beside_a_name(tokens, i, marks, lowered):
                    marks[i] = added = True
        return added

    @staticmethod
    def _adjacent(text: str, left: Token, right: Token) -> bool:
        gap = text[left.end:right.start]
        if "." in gap:
            # "Anna S. Lee", "A.J. McAllister", "Dr. Lee": the full stop of an initial or title,
            # not a sentence's ("…in New Bedford. Cara cried").
            # "Delphine R. Absent:": the next field's label, not the surname
            return (len(left.text) == 1 or left.lower in TITLES or bool(
                INITIALS.fullmatch(left.text))) and gap.strip() == "." and \
                not text.startswith(":", right.end)
        if gap != " " and text.startswith(":", right.end):
            return False  # "Paisley Vance  Age: 15": the next field's label
        # a line break ends a name: the next line is another field ("R. Fontaine\nFacilitator:")
        return gap in (" ", "-", " '", "' ") or (gap.strip() == "" and "\n" not in gap)

    def _seed(self, tokens: list[Token], i: int, lowered: str) -> str | None:
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # Context words count only right before the token ("Dr. Um", "her son, Tom"), never
        # across other text (or across a placeholder blanked out for the release re-scan).
        if not token.capitalised and len(token.lower) > 1 and \
                gazetteers.word_frequency(token.lower) >= 6.5:
            return None  # "in", "the", "and": whatever baby was once named so (asked first,
            # as most words of a note are these)
        if not token.capitalised and token.lower in NUMBERS:
            return None  # "tiene noventa y cuatro años": a count, said in any language
        gap = lowered[tokens[i - 1].end:token.start] if i else ""
        prev = tokens[i - 1].lower if i and gap in (" ", ". ", ", ", ": ") else ""
        if token.lower in SPANISH_WEEKDAYS and prev in ("el", "los", "este", "próximo"):
            return None  # "desde el domingo": a day, though Domingo is a name too
        if lowered.startswith(("n't", "n’t"), token.end):
            return None  # "her dad won't": a verb's stem, no one's name
        if prev == "the" and nxt is not None and nxt.lower == "parking":
            return None  # "in the menards parking lot": a store's lot, no one's name
        if i and gap in (' "', " “") and lowered.startswith(('"', "”"), token.end) and (
                token.capitalised or not is_word(token.lower)) and (
                tokens[i - 1].lower in RELATIONS or tokens[i - 1].lower in ROLES or
                tokens[i - 1].lower in ("aka", "a.k.a.")):
            return "strong"  # 'with friend "Boo"': a nickname in quotes, after whose it is
            # (not 'the client "forgot"', a word in scare quotes)
        if prev in ("hurricane", "storm") and token.capitalised:
            return None  # "since Hurricane Ian": a storm's name, no one's
        if token.lower == "lil" and prev in DETERMINERS:
            return None  # "a lil better": little, not the start of a nickname
        if token.lower in FRIEND_WORDS and prev in OWNERS and not token.capitalised:
            return None  # "his buddy junior": a friend, then his name
        if prev in FRIEND_WORDS and i > 1 and tokens[i - 2].lower in OWNERS:
            prev = "friend"
        if PREFERRED_AFTER.match(lowered, token.end):
            return "strong"  # "Bishop (client's preferred name) is 17", whatever the word
        if token.initial and (prev in TITLES or INTRODUCED.search(
                lowered, max(0, token.start - 14), token.start)):
            return "strong"  # "Dr. A. Barnes", "Mr. W.", "goes by T"
        if len(token.text) == 1 and token.text.isalpha() and prev in ("dr", "mr", "mrs", "ms") \
                and gap in (" ", ". ") and (
                    nxt is None or lowered[token.end:nxt.start].strip(" ") in ("", ",", ".", "'s")):
            return "strong"  # "hey dr b its lorena", "ms. t its jaylin": named by an initial
        if _around_initial(tokens, i, lowered):
            return "strong"  # "Daniela C Capon", "benjamin a seiler", "hyuuma t. maida"
        if token.capitalised and not token.acronym and i and tokens[i - 1].initial and \
                gap == ". " and not tokens[i - 1].sentence_start and \
                in_list(gazetteers.surnames(), token.lower) and \
                gazetteers.word_frequency(token.lower) < 3.5 and not is_clinical_word(token.text):
            return "strong"  # "held for R. Lopes": an initial, then a surname that is a rare
            # word too
        if token.acronym and len(token.text) <= 3 and CALLED_BY_INITIALS.search(
                lowered, max(0, token.start - 14), token.start):
            return "strong"  # "goes by JJ", "known as KC": initials one is called by (not
            # "called EMS")
        if token.acronym and prev in TITLES and len(token.text) > 2 and not is_word(
                token.lower) and not is_clinical_word(token.text):
            return "strong"  # "Dr. ACHEBE": a surname in capitals after a title
        if prev in TITLES and token.capitalised and not token.acronym and len(token.text) > 1 \
                and (gap != ". " or _title_with_stop(tokens[i - 1])) \
                and token.lower not in TITLES:
            return "strong"  # "Dr. Beck", "Mr. Foley": after a title, a surname whatever it means
        if (token.acronym or token.initial) and len(token.text) <= 3 and \
                token.text not in ("I", "A") and not _sex_after_age(tokens, i, lowered) and \
                token.lower not in ROLE_ACRONYMS and not is_clinical_word(token.text) and (
                    ((prev in ROLES or prev in RELATIONS) and gap == " ")
                    or (nxt is not None and nxt.lower in HUMAN_VERBS and nxt.lower != "reported"
                        and lowered[token.end:nxt.start].strip(" .") == "")
                    or PERSON_ASIDE.match(lowered, token.end + lowered.startswith(".", token.end))):
            return "strong"  # "client JD reports", "his mom KM", "A.M. disclosed", "D. (her
            # uncle)": initials
        if prev == "of" and CUSTODY_OF.search(lowered, max(0, token.start - 20), token.start) \
                and in_list(gazetteers.first_names(), token.lower) and \
                token.lower not in RELATIONS and not is_clinical_word(token.text):
            return "strong"  # "custody back of lily and grace": only a child is in custody
        if token.sentence_start and token.lower in RELATIONS and nxt is not None and \
                nxt.capitalised and lowered[token.end:nxt.start] == " ":
            return None  # "Son Paulo to call": the relative, then the name
        if not token.acronym and (token.lower in NAMED_MONTHS or (
                token.lower in gazetteers.word_names() and is_clinical_word(token.text))) and \
                prev not in TIME_LEADS and prev not in DETERMINERS and nxt is not None and \
                lowered[token.end:nxt.start] == " " and (_acts(tokens, i, lowered, phrase_end=False)
                                                         or PERSON_STATE.match(lowered, token.end)):
            return "strong"  # "april identified three triggers", "Ace met her mother": a person
        if _doubled_after_relative(tokens, i, lowered):
            return "strong"  # "his cousin man man got shot": a nickname said twice
        if token.lower in TITLES and token.capitalised and CALLED_BY_INITIALS.search(
                lowered, max(0, token.start - 12), token.start):
            return "strong"  # "Marcus Bell (goes by Deacon)": a title he is called by
        if token.lower == "dean" and prev in TITLES and prev != "dean" and gap == " ":
            return "strong"  # "pastor dean preaches": after a title, a name that is one too
        if prev in RELATIONS and gap == " " and nxt is not None and not token.acronym and \
                lowered[token.end:nxt.start] == " " and person_verb(nxt.lower) and \
                nxt.lower != "and" and in_list(gazetteers.first_names(), token.lower):
            return "strong"  # "her daughter addison was cutting": a name, for all Addison's
        if token.capitalised and not token.acronym and gap == " " and \
                tokens[i - 1].capitalised and \
                in_list(gazetteers.first_names(), tokens[i - 1].lower) and \
                in_list(gazetteers.surnames(), token.lower) and \
                (AGE_BESIDE.match(lowered, token.end) or
                 NAME_ENDS_CLAUSE.match(lowered, token.end)):
            return "strong"  # "Lorna Beck, 76", "a letter for Lauren Beck, residing at": a
            # surname, though Beck names a scale too (not "Aaron Beck's model")
        # ("Christmas Eve" is a day, not Eve)
        if token.acronym or is_clinical_word(token.text) or len(token.lower) < 2 or \
                token.text in HOLIDAYS or ("-" in token.text and _proper(token.lower)) or \
                (i and tokens[i - 1].text in HOLIDAYS and gap == " ") or \
                token.lower in PEOPLES or token.lower in FAITHS or _country(token) or \
                (token.lower.endswith(("-born", "-raised", "-speaking", "-american")) and
                 is_demonym(token.lower.split("-")[0])) or \
                _in_country(token, lowered) or \
                token.lower in TITLES or _eponym(tokens, i):
            return None
        if token.lower in RELATIONS and (i + 1 >= len(tokens) or not tokens[i + 1].capitalised):
            return None  # "Son called from Tacoma": the relative, unnamed ("Nana Jo" is named)
        if not token.capitalised and gazetteers.word_frequency(token.lower) >= 6.5:
            return None  # "in", "the", "and": whatever baby was once named so
        first = in_list(gazetteers.first_names(), token.lower)
        last = in_list(gazetteers.surnames(), token.lower)
        word = is_word(token.lower)
        if PRONOUNS_GIVEN.match(lowered, token.end) and token.lower not in PERSONAL_PRONOUNS and \
                token.lower not in DETERMINERS and token.lower not in PRONOUN_LEADS and \
                not is_clinical_word(token.text):
            return "strong"  # "Follow-up: Sage, they/them": whose pronouns these are
        if not token.capitalised and len(token.lower) > 4 and \
                _owns_a_relative(tokens, i, lowered) and \
                in_list(gazetteers.first_names(), token.lower[:-1]) and \
                not in_list(gazetteers.first_names(), token.lower):
            return "strong"  # "this is pam jordans mom": a name's possessive, said
        if not token.capitalised and (
                (not word and not first and not last and _owner_without_apostrophe(token.lower))
                or (prev in RELATIONS and gap == " " and _owner_without_apostrophe(
                    token.lower, after_relative=True))):
            return "strong"  # "money for avas daycare", "at his aunt crystals": speech to text
            # drops the apostrophe
        if prev == "the" and gap == " " and _family_by_surname(
                token.lower, families_named=ROLL_CALL.search(
                    lowered, max(0, token.start - 48), token.start) is not None):
            return "strong"  # "family session with the pruitts": a household by its surname;
            # one no list has where families are named ("…with the okonkwos dad emeka")
        if GOES_BY_AFTER.match(lowered, token.end) and token.lower not in PRONOUNS and \
                token.lower not in DETERMINERS:
            return "strong"  # "rooster that's what he goes by": the nickname, said first
        if not token.capitalised and (first or token.lower in gazetteers.word_names()) and \
                (token.sentence_start or prev in SPEECH_VERBS) and \
                APPOSED_RELATIVE.match(lowered, token.end) and token.lower not in MODALS:
            return "strong"  # "says junior her husband got laid off"
        if NAMED_AS.match(lowered, token.end) and token.lower not in PRONOUNS:
            return "strong"  # "june is her middle name"
        if not token.capitalised and gap == " " and nxt is not None and \
                lowered[token.end:nxt.start] == " " and person_verb(nxt.lower) and \
                nxt.lower != "and" and token.lower not in RELATIONS and \
                not is_clinical_word(token.text) and \
                not is_clinical_word(token.text.removesuffix("s")) and (
                    (prev in RELATIONS and gazetteers.word_frequency(token.lower) < 3.5) or (
                        prev in SUBJECT_LEADS and not word and
                        gazetteers.word_frequency(token.lower) < 3.0)):
            return "strong"  # "their son nacho was picked up", "client sarge is a vet": a rare
            # word named as a relative, a word no dictionary has as the client (not "client
            # copay is")
        if not token.capitalised and token.sentence_start and word and not first and \
                nxt is not None and lowered[token.end:nxt.start] == " " and \
                nxt.lower in SPEECH_VERBS and gazetteers.word_frequency(token.lower) < 3.3 and \
                not is_clinical_word(token.text) and token.lower not in ROLES:
            return "strong"  # "sissy says her daddy passed": a rare word that speaks is a name
        if not token.capitalised and prev == "with" and token.lower not in RELATIONS and \
                token.lower not in ROLES and token.lower not in PRONOUNS and \
                token.lower not in PERSONAL_PRONOUNS and token.lower not in DETERMINERS and \
                AGED_AFTER.match(lowered, token.end) and \
                MET_WITH.search(lowered, max(0, token.start - 24), token.start):
            return "strong"  # "session with sully he's fifty one": whoever is met, aged
        if not token.capitalised and word and not first and prev not in TITLES and \
                prev not in RELATIONS and token.lower not in gazetteers.word_names():
            # A lower-case English word is a name only where the text names it so: most
            # words of a note end here.
            return "strong" if _names_it(tokens, i, lowered) \
                and token.lower not in DETERMINERS and token.lower not in PRONOUNS and \
                token.lower not in PERSONAL_PRONOUNS else None
        if prev in ROLE_TITLES and tokens[i - 1].acronym and token.capitalised and \
                not token.acronym and gap == " ":
            return "strong"  # "NP Holloway", "SW Dunne"
        if prev in TITLES and not tokens[i - 1].acronym and (token.capitalised or (
                not word and (first or last or gazetteers.word_frequency(token.lower) < 3.0))
                or (first and gazetteers.word_frequency(token.lower) < 4.5)
                # "percocet from dr shah": after a doctor's title, a surname that is a word
                or (prev == "dr" and last and gazetteers.word_frequency(token.lower) < 4.5)
                # "referred deacon moss who lost his wife": a surname that is a word, acting
                or (last and nxt is not None and lowered[token.end:nxt.start] == " " and
                    nxt.lower != "and" and (person_verb(nxt.lower) or nxt.lower == "who"))
                # "okay reverend sims seventy": ... or given an age
                or (last and AGE_RIGHT_AFTER.match(lowered, token.end) is not None)):
            return "strong"  # "nurse deb", "dr. patel", "ms whitcombe", "dr shah"
        greeted = i > 1 and GREETED.search(lowered, max(0, tokens[i - 1].start - 12),
                                           tokens[i - 1].start)
        if (prev in ("mr", "mrs", "mx") or (prev in ("ms", "dr", "miss") and (
                gap == ". " or greeted))) and \
                token.lower not in STOP_AFTER_TITLE and len(token.lower) > 1:
            return "strong"  # "mr. brown called", "dr. hope saw her": a surname, whatever it is
        if (not word or token.capitalised) and INTRODUCED.search(
                lowered, max(0, token.start - 14), token.start):
            return "strong"
        signing_on = SIGNING_ON.search(lowered, max(0, token.start - 40), token.start)
        # (a nickname no list has, once the message greets: "hey its kenz lol")
        signs_nickname = not word and signing_on is not None and \
            signing_on.group("greeting") is not None and token.text.isalpha() and \
            len(token.lower) > 2 and token.lower not in SPOKEN_CONTRACTIONS
        if (first or signs_nickname) and token.lower not in MODALS and signing_on and (
                signing_on.group("greeting") or lowered[token.end:token.end + 1] in (",", ".", "!")
                or lowered.startswith((" here", " he ", " she ", " they ", " my ", " i ", " im "),
                                      token.end)
                or AGE_RIGHT_AFTER.match(lowered, token.end)):
            return "strong"  # "its jay my mom said…", "this is dom, can't make it": who writes;
            # "this is rick he plows for the city", "this is ivy thirty": who the note is about
        if _names_it(tokens, i, lowered) and \
                token.lower not in DETERMINERS and token.lower not in PRONOUNS and \
                token.lower not in PERSONAL_PRONOUNS:
            return "strong"  # "her nickname is peanut"
        word_name = token.lower in gazetteers.word_names() and token.lower not in MODALS
        if prev in ("prefers", "preferred") and (first or word_name) and gap == " ":
            return "strong"  # "she prefers juniper now"
        if not token.capitalised and prev in RELATIONS and (first or word_name) and \
                _acts(tokens, i, lowered):
            return "strong"  # "his wife hope joined", "her brother justice is in prison"
        in_a_phrase = prev in DETERMINERS or (i > 1 and tokens[i - 2].lower in DETERMINERS
                                              and gap == " " and is_word(prev))
        if not token.capitalised and (first or word_name) and token.lower not in RELATIONS and \
                not in_a_phrase and (
                PERSON_ASIDE.match(lowered, token.end) or WITH_RELATIVE.match(lowered, token.end)
                or OWNS_RELATIVE.match(lowered, token.end)):
            return "strong"  # "king (her son) has…", "grace and her husband came in" (not "on
            # the night crew and his wife")
        if not token.capitalised and prev in RELATIONS and gap == " " and nxt is not None and \
                lowered[token.end:nxt.start] == " " and gazetteers.word_frequency(
                    token.lower) < (3.5 if last else 3.0) and len(token.lower) > 2 and (
                    nxt.lower in AFTER_VERBS or (nxt.lower.endswith(("s", "ed")) and
                                                 is_word(nxt.lower))):
            return "strong"  # "her baby's father marquise keeps…", "her son dieter is…"
        if not token.capitalised and not word and prev in RELATIONS and gap == " " and \
                i > 1 and tokens[i - 2].lower in OWNERS and nxt is not None and \
                lowered[token.end:nxt.start] == " " and person_verb(nxt.lower) and \
                len(token.lower) > 2 and gazetteers.word_frequency(token.lower) < 4.2:
            return "strong"  # "her son kobe got expelled": a name that is famous for more
        if not token.capitalised and word and gap == " " and nxt is not None and \
                lowered[token.end:nxt.start] == " " and person_verb(nxt.lower) and \
                not token.lower.endswith("ly") and not is_clinical_word(token.text) and (
                    (prev in SUBJECT_LEADS and (
                        token.lower in gazetteers.word_names() or
                        gazetteers.word_frequency(token.lower) < 3.3)) or
                    (prev in RELATIONS and i > 1 and tokens[i - 2].lower in OWNERS and
                     gazetteers.word_frequency(token.lower) < 3.8)):
            return "strong"  # "client ember reports", "her mom rainy is scared": a word as
            # the name (not "client reportedly is", "her mom also is")
        kin = prev in RELATIONS or prev in SPANISH_KIN
        if not token.capitalised and (kin or prev in ROLES) and token.lower not in PARTICLES and (
                (first and (not word or gazetteers.word_frequency(token.lower) < 5.0))
                or (not word and (gazetteers.word_frequency(token.lower) < (3.0 if kin else 1.5)
                                  or (kin and len(token.lower) <= 3)))):
            return "strong"  # "my wife sarah", "client hector", "his friend dmitri"
        if not token.capitalised and kin and gap == " " and AGE_RIGHT_AFTER.match(
                lowered, token.end) and gazetteers.word_frequency(token.lower) < 4.5 and \
                token.lower not in NUMBERS:
            return "strong"  # "aunty lei sixty two": a relative's name, given an age, whatever
            # else the word means
        if (token.sentence_start or prev in ROLES) and (first or word_name or (
                not word and gazetteers.word_frequency(token.lower) < 3.5)) and \
                _from_a_place_says(lowered, token.end):
            return "strong"  # "okay hunter from rutland says", "okay ammon from rexburg
            # says", "client nuna from bethel is staying": someone from there
        if (first or last) and not word and not is_demonym(token.lower):
            # An unambiguous name from the Census lists ("Spanish" and "English" are surnames
            # too, but mean a language first); in lower case, first names only, and a common
            # one ("chris", "sam") only beside a surname ("chris wood attended").
            if token.capitalised or (first and gazetteers.word_frequency(token.lower) < 4.6):
                return "strong"
            # ... or one doing what only people do ("daniel asked to meet", "kim said")
            acts = first and nxt is not None and lowered[token.end:nxt.start] == " " and \
                person_verb(nxt.lower)
            if (first and _beside_surname(tokens, i, lowered)) or MET_WITH.search(
                    lowered, max(0, token.start - 24), token.start) or acts:
                return "strong"
            # (otherwise what is said around it may still name it: "okay chris forty one…")
        if token.lower in MODALS and nxt is not None and (first or token.lower in
                                                         gazetteers.word_names()) and \
                lowered[token.end:nxt.start] == " " and nxt.lower in SAYS_OR_DOES:
            return "strong"  # "pt will says", "may reports": no modal comes before "says"
        if token.lower in MODALS and (prev in PRONOUNS or prev in PERSONAL_PRONOUNS):
            return None  # "To Whom It May Concern"
        if token.sentence_start and (first or word_name) and (
                _does_or_feels(tokens, i, lowered) or (
                    nxt is not None and nxt.lower in IRREGULAR_PAST and
                    lowered[token.end:nxt.start] == " " and token.lower not in MONTH_NAMES)):
            return "strong"  # "will said his mom…", "Felicity talked": a name, not a word
        if not token.capitalised and (first or word_name) and \
                token.lower not in PERSONAL_PRONOUNS and \
                token.lower not in RELATIONS and token.lower not in ROLES and \
                token.lower not in DETERMINERS and (
                WHO_AGE.match(lowered, token.end)
                or (prev in TIME_WORDS | {""} and _does_or_feels(tokens, i, lowered))
                or PARTNERED.search(lowered, max(0, token.start - 20), token.start)
                or _beside_surname(tokens, i, lowered)
                or _and_a_name_after(tokens, i, lowered)
                or _pair_acts(tokens, i, lowered)
                or (AGE_SAID_AFTER.match(lowered, token.end) and token.lower not in NUMBERS)
                or (token.sentence_start and (PERSON_WITH_JOB.match(lowered, token.end) or
                                              PERSON_STATE.match(lowered, token.end)))
                or (prev in SPEECH_VERBS | {"and"} and nxt is not None and (
                    nxt.lower.endswith("ed") or nxt.lower in AFTER_VERBS or
                    nxt.lower in MODALS) and
                    lowered[token.end:nxt.start] == " " and (
                        prev != "and" or BESIDE_CLIENT.search(
                            lowered, max(0, token.start - 16), token.start)))):
            return "strong"  # "harper who is four", "divorce from jimmy", "said hunter punched"
        if not token.capitalised and not word and not first and len(token.lower) > 2 and \
                VOWEL.search(token.lower) and gazetteers.word_frequency(token.lower) < 3.0 and \
                token.lower not in ROLES and token.lower not in RELATIONS and (
                    MET_WITH.search(lowered, max(0, token.start - 24), token.start) or (
                        BESIDE_CLIENT.search(lowered, max(0, token.start - 16), token.start)
                        and nxt is not None and lowered[token.end:nxt.start] == " " and (
                            person_verb(nxt.lower) or nxt.lower.endswith("ed")))):
            return "strong"  # "spoke with olu by phone", "client and olu argued": a person
        if not token.capitalised and token.sentence_start and first and word and \
                nxt is not None and lowered[token.end:nxt.start] == " " and \
                person_verb(nxt.lower) and nxt.lower != "and" and \
                gazetteers.word_frequency(token.lower) < 3.8:
            return "strong"  # "okay hector works nights": a first name that is a rare word
        if not token.capitalised and first and token.sentence_start and prev in OPENERS_SAID and \
                gap == " " and token.lower not in MONTH_NAMES and (
                    AGE_RIGHT_AFTER.match(lowered, token.end) or (
                        token.lower not in MODALS and (
                            not word or AFTER_AN_OPENED_NAME.match(lowered, token.end))) or (
                        nxt is not None and lowered[token.end:nxt.start] == " " and
                        in_list(gazetteers.first_names(), nxt.lower) and
                        AGE_RIGHT_AFTER.match(lowered, nxt.end))):
            return "strong"  # "okay ray fifty eight roughneck…", "okay dale farms soybeans",
            # "okay will thirty three", "okay billy ray fifty five": the word a dictation opens
            # on, after its "okay", is who it is about
        if not token.capitalised and first and gap == " " and nxt is not None and \
                token.lower not in MODALS and lowered[token.end:nxt.start] == " " and (
                    (prev in CARRIED and nxt.lower in ("to", "from")) or
                    (prev in ("up", "off") and i > 1 and tokens[i - 2].lower in PICKED and
                     nxt.lower in ("to", "from", "at")) or
                    (prev == "since" and nxt.lower in GONE)):
            return "strong"  # "take mason to the dentist", "pick up lily from daycare", "alone
            # since barb left": someone driven somewhere, or gone
        if token.capitalised and (first or token.lower in gazetteers.word_names()) and i and \
                tokens[i - 1].capitalised and \
                AGE_IN_A_LIST.match(lowered, token.end) and \
                AGE_IN_A_LIST.match(lowered, tokens[i - 1].end) and \
                re.fullmatch(r" \d{1,2}[,;] ", lowered[tokens[i - 1].end:token.start]) and \
                in_list(gazetteers.first_names(), tokens[i - 1].lower):
            return "strong"  # "Kayden 10, Paisley 7": listed as the child before was
        if token.capitalised and first and token.lower not in RELATIONS and \
                CALLER_AFTER.match(lowered, token.end):
            return "strong"  # "Frank, regular caller": whom the line heard from
        if first and gap == " " and token.lower not in RELATIONS and (
                prev in CALLED or (prev == "back" and i > 1 and tokens[i - 2].lower in CALLED)) \
                and AT_A_NUMBER.match(lowered, token.end):
            return "strong"  # "call back deb at four one four…": whom the number reaches
        if not token.capitalised and prev in ("big", "lil") and gap == " " and \
                in_list(gazetteers.first_names(), token.lower) and (
                    gazetteers.word_frequency(token.lower) < 5.0 or
                    AGE_RIGHT_AFTER.match(lowered, token.end)) and (
                    i < 2 or tokens[i - 2].lower not in DETERMINERS):
            return "strong"  # "his sponsor is big mike", "okay big john fifty nine"; not "a
            # big will"
        if token.lower in INITIALS_AS_NAMES and not token.capitalised and \
                prev not in DETERMINERS and (
                MET_WITH.search(lowered, max(0, token.start - 24), token.start) or (
                    prev in OPENERS_SAID and AGE_RIGHT_AFTER.match(lowered, token.end)) or (
                    nxt is not None and lowered[token.end:nxt.start] == " " and
                    person_verb(nxt.lower))):
            return "strong"  # "session with pj he says", "tj said", "okay tj nineteen": a man
            # called by initials
        if not token.capitalised:
            # "she says dorota has not left her room": a subject no dictionary knows, not a
            # thing someone has ("her quinceañera was", "client copay is")
            acting = nxt is not None and lowered[token.end:nxt.start] == " " and (
                nxt.lower in AFTER_VERBS or nxt.lower in SPEECH_VERBS or nxt.lower in MODALS)
            owned = i > 0 and (gap != " " or prev in DETERMINERS or prev in ROLES)
            return "weak" if acting and not owned and not word and len(token.lower) > 2 and \
                gazetteers.word_frequency(token.lower) < 2.5 and \
                token.lower not in gazetteers.places_lower() else None
        # Capitalised from here on.
        if token.sentence_start and i > 0 and i == len(tokens) - 1 and token.lower not in MODALS \
                and token.lower not in MONTH_NAMES and tokens[i - 1].lower not in TITLES and (
                    (first and not word and not lowered[token.end:].strip(" .!\n")) or
                    (word_name and not lowered[token.end:].strip())):
            return "strong"  # "…update before Dec 10? Sunny": a message signed by its writer
            # (a word that is a name only unstopped: "…trust. Hope." is a word)
        if prev in RELATIONS and not token.sentence_start:
            return "strong"  # "her son Will", "his dog Biscuit": a name, whatever else it means
        if prev in ROLES and not token.sentence_start and (first or not word or _acts(
                tokens, i, lowered, phrase_end=False) or (nxt is not None and nxt.lower.endswith(
                    "ed") and lowered[token.end:nxt.start] == " ")):
            return "strong"  # "client Hector", "Client Jubilee disclosed…"
        if first and token.sentence_start and nxt is not None and nxt.capitalised and \
                not nxt.acronym and lowered[token.end:nxt.start] == " " and \
                in_list(gazetteers.surnames(), nxt.lower) and not is_clinical_word(nxt.text) and \
                RUNNING_TEXT_AFTER.match(lowered, nxt.end) and token.lower not in MODALS:
            return "strong"  # "John Smith was seen": a surname capitalised mid-sentence, not a
            # heading's next word ("Grace Period" on a line of its own)
        followed_by_name = nxt is not None and nxt.capitalised and not nxt.acronym and (
            nxt.initial or (in_list(gazetteers.surnames(), nxt.lower) and not is_word(nxt.lower))
            or not is_word(nxt.lower))
        if first and (followed_by_name or (nxt is not None and nxt.lower in AFTER_VERBS
                                           and not token.sentence_start)):
            return "strong"
        if first and not token.sentence_start and (
                prev in BEFORE_WORDS or gazetteers.word_frequency(token.lower) < 6.0):
            return "strong"
        if word_name and not token.sentence_start and (
                prev in BEFORE_WORDS or _does_or_feels(tokens, i, lowered)):
            return "strong"  # "check-in with Sky today", "Today Sky practiced": capitalised
            # mid-sentence, beside what people do
        if prev in ("with", "and") and not token.sentence_start and (
                nxt is None or lowered[token.end:nxt.start].strip(" ") in (".", ",", "'s")):
            return "strong"  # "Session 12 with Wren.": a capitalised word ending the phrase
        if first and token.sentence_start and nxt is not None and (
                nxt.lower in SPEECH_VERBS or nxt.lower in AFTER_VERBS or nxt.lower in MODALS
                or (nxt.lower.endswith("ed") and nxt.lower not in gazetteers.first_names())):
            return "strong"
        if first and token.sentence_start and token.lower not in MONTH_NAMES and \
                token.lower not in RELATIONS and token.lower not in MODALS and \
                OWNS_A_THING.match(lowered, token.end):
            return "strong"  # "Rocky's methadone dose is…": a person's, first in a sentence
        if first and token.lower not in MODALS and token.lower not in MONTH_NAMES and \
                lowered.startswith(": ", token.end) and _starts_line(lowered, token.start) and \
                not ("-" in token.lower and all(is_word(p) for p in token.lower.split("-"))):
            return "strong"  # "John: You saved my life!": a speaker in a transcript (not a
            # heading, "Check-in:")
        if token.capitalised and prev == "the" and not token.sentence_start and \
                FAMILY_AFTER.match(lowered, token.end) and (first or last or not word) and \
                not is_clinical_word(token.text) and not is_demonym(token.lower):
            return "strong"  # "the Smith family": a household named by its surname
        if token.capitalised and (OWNS_RELATIVE.match(lowered, token.end)
                                  or IS_RELATIVE.match(lowered, token.end)) and \
                token.lower not in PRONOUNS and not is_clinical_word(token.text) and \
                (first or last or not word):
            return "strong"  # "Bob's wife says…", "Faith, her daughter, is 12"
        if PERSON_ASIDE.match(lowered, token.end) and token.lower not in PRONOUNS and \
                token.lower not in NUMBERED_THINGS:
            return "strong"  # "River (they/them)", "Honor (7)", "Major (dog)"
        named_end = nxt.end if nxt is not None and nxt.capitalised and \
            lowered[token.end:nxt.start] == " " else token.end
        if (AGE_BESIDE.match(lowered, named_end) and (first or word_name or (
                (last or not word or gazetteers.word_frequency(token.lower) < 3.0) and
                token.lower not in gazetteers.places_lower()))) or (
                    (first or word_name) and GRADE_BESIDE.match(lowered, named_end)):
            return "strong"  # "Ptolemy Graves, 71, retired…": an age given beside a name
        if token.sentence_start and (first or word_name) and token.lower not in MODALS and \
                AGE_SAID_AFTER.match(lowered, token.end):
            return "strong"  # "Legend is 6 and in kindergarten": only a person has an age
        if PERSON_WITH_AGE.match(lowered, token.end) and token.lower not in PRONOUNS:
            return "strong"  # "Dev is a 29 y/o grad student": only a person has an age
        if PERSON_WITH_JOB.match(lowered, token.end) and token.capitalised and \
                token.lower not in PRONOUNS and token.lower not in DETERMINERS and \
                token.lower not in RELATIONS and token.lower not in ROLES and \
                token.lower not in TITLES and not is_clinical_word(token.text):
            return "strong"  # "Caspian is a line worker": only a person holds a job
        if (first or last) and _arrives(tokens, i, lowered):
            return "strong"  # "Dash came in anxious": only a person comes in to a session
        if token.sentence_start and not word and nxt is not None and (
                nxt.lower in AFTER_VERBS or nxt.lower in HUMAN_VERBS) \
                and lowered[token.end:nxt.start] == " " and \
                token.lower not in gazetteers.proper_words() and \
                token.lower not in gazetteers.places_lower() and \
                gazetteers.word_frequency(token.lower) < 3.6:
            return "strong"  # "Asya spent a year…", "Sofie lives on…": a subject no one knows
        # A capitalised word no dictionary knows, mid-sentence: fail closed and call it a name,
        # unless it is given as a treatment ("continue Biktarvy", "Mepilex 10 cm").
        unknown = not word and not first and not _proper(token.lower) and \
            token.lower not in gazetteers.places_lower() and gazetteers.word_frequency(
                token.lower) < (2.0 if token.sentence_start else 3.0)
        if unknown and (prev in TREATMENT_VERBS or DOSE_AFTER.match(lowered, token.end)):
            return None
        return "weak" if unknown else None

    @staticmethod
    def _extend(text: str, tokens: list[Token], marks: list[bool]) -> None:
        """Grow each name over initials, particles and capitalised parts next to it."""
        changed = True
        while changed:
            changed = False
            for i, token in enumerate(tokens):
                left = i > 0 and marks[i - 1]
                right = i + 1 < len(tokens) and marks[i + 1]
                after_initial = i > 1 and marks[i - 2] and tokens[i - 1].initial
                if not (left or right or after_initial):
                    continue  # (most words have no name beside them: the cheap test first)
                if token.text == "I" and i + 1 < len(tokens) and not tokens[i + 1].capitalised:
                    continue  # "Wilhelmina, I got the job": the pronoun, not an initial
                # "his cousin Lil Man"; dictated, "lil man" once "lil" is found a name
                nicknamed = i > 0 and (
                    (tokens[i - 1].text in NICKNAME_WORDS and token.capitalised) or
                    (tokens[i - 1].text == "lil" and marks[i - 1] and not token.capitalised))
                if marks[i] or (token.acronym and token.text not in GENERATIONS) or \
                        (token.lower in NUMBERS and token.lower not in PARTICLES and
                         not token.capitalised) or \
                        (is_clinical_word(token.text) and not nicknamed) or \
                        token.lower in TITLES or (len(token.lower) > 3 and
                                                  token.lower not in FAITHS and
                                                  is_demonym(token.lower)) or \
                        (token.sentence_start and (token.lower in RELATIONS
                                                   or token.lower in ROLES)) or _eponym(tokens, i):
                    continue  # ("Son Paulo to call": the relative, then the name)
                if left and text[tokens[i - 1].end:token.start] != " " and \
                        text.startswith(":", token.end):
                    continue  # "Paisley Vance  Age: 15": the next field's label
                surname_like = token.capitalised and (
                    token.initial or not is_word(token.lower)
                    or in_list(gazetteers.surnames(), token.lower)
                    or in_list(gazetteers.first_names(), token.lower))
                if left and not token.capitalised and not tokens[i - 1].capitalised:
                    # "patricia desrosiers": a lower-case surname after a lower-case first name;
                    # "jamie long attended": one that is a word, where the name's phrase ends
                    surname_like = _lower_surname(token) or (
                        _word_surname(token) and text[tokens[i - 1].end:token.start] == " " and
                        _phrase_ends_after(tokens, i, text))
                if left and token.text in GENERATIONS:
                    surname_like = True
                if left and nicknamed and text[tokens[i - 1].end:token.start] == " ":
                    surname_like = True  # "his cousin Lil Man": the whole of what he is called
                if left and token.capitalised and tokens[i - 1].capitalised and \
                        text[tokens[i - 1].end:token.start] == " " and \
                        AGE_BESIDE.match(text, token.end):
                    surname_like = True  # "Nuna Active, 24,": a surname that is a word
                if left and not token.capitalised and not tokens[i - 1].capitalised and \
                        i + 1 < len(tokens) and text[token.end:tokens[i + 1].start] == " " and \
                        text[tokens[i - 1].end:token.start] == " " and (
                            (token.lower in gazetteers.first_names() and not is_word(token.lower))
                            or token.lower in gazetteers.word_names()) and \
                        _lower_surname(tokens[i + 1]):
                    marks[i] = marks[i + 1] = True  # "olivia grace thornbury": a middle name
                    changed = True
                    continue
                if left and not token.capitalised and len(token.lower) == 1 and \
                        token.lower not in ("a", "i") and not tokens[i - 1].capitalised and \
                        text[tokens[i - 1].end:token.start] == " " and i + 1 < len(tokens) and \
                        text[token.end:tokens[i + 1].start] == " " and \
                        person_verb(tokens[i + 1].lower):
                    marks[i] = changed = True  # "joe d says": a first name and an initial
                    continue
                if right and token.lower in SAID_NICKNAME_WORDS and not tokens[i + 1].capitalised \
                        and text[token.end:tokens[i + 1].start] == " " and (
                            i == 0 or tokens[i - 1].lower not in DETERMINERS):
                    marks[i] = changed = True  # "old joe that's what the guys call him"
                    continue
                if (left or right) and not token.capitalised and _double_first_name(
                        text, tokens, i, after=left):
                    marks[i] = changed = True  # "anna grace she's", "mary beth teaches"
                    continue
                following = tokens[i + 1:i + 3]
                # "Rosa de la Cruz", "omar bin rashid": between two parts of a name
                particle = token.lower in PARTICLES and left and bool(following) and (
                    following[0].capitalised or marks[i + 1] or (
                        following[0].lower in PARTICLES and len(following) > 1
                        and (following[1].capitalised or marks[i + 2])))
                if left and right and len(token.text) == 1 and \
                        text[tokens[i - 1].end:token.start] == " " and \
                        text[token.end:tokens[i + 1].start] in (" ", ". "):
                    marks[i] = True  # the middle initial of "benjamin a seiler"
                    changed = True
                    continue
                if token.capitalised and after_initial and not token.sentence_start and \
                        text[tokens[i - 1].end:token.start] in (" ", ". ") and \
                        not text.startswith(":", token.end):  # not "R. Absent:", a label
                    marks[i] = marks[i - 1] = True  # after "Daniela C", the surname
                    changed = True
                    continue
                if left and token.capitalised and not token.sentence_start and i > 1 and \
                        token.lower not in MODALS and tokens[i - 2].lower in TITLES and \
                        in_list(gazetteers.first_names(), tokens[i - 1].lower):
                    marks[i] = True  # "Dr. Justin Beet": after a title and a first name
                    changed = True
                    continue
                if left and tokens[i - 1].capitalised and _two_word_surname(text, tokens, i):
                    marks[i] = marks[i + 1] = True  # "Everett Two Bulls", "Ray Spotted Elk"
                    changed = True
                    continue
                if right and (token.text in NICKNAME_WORDS or (
                        token.text.lower().capitalize() in NICKNAME_WORDS and
                        not tokens[i + 1].capitalised)) and \
                        text[token.end:tokens[i + 1].start] == " ":
                    marks[i] = True  # "Big Mike": the whole of what he is called
                    changed = True
                    continue
                initial_before = right and token.initial and \
                    text[token.end:tokens[i + 1].start] in (" ", ". ")
                # "River Santos-Lima": a word-name before a surname is the first name
                first_before = right and token.capitalised and not token.initial and \
                    text[token.end:tokens[i + 1].start] in (" ", "-", ". ") and (
                    not is_word(token.lower) or (
                        token.lower in gazetteers.word_names()
                        and text[token.end:tokens[i + 1].start] == " "
                        and in_list(gazetteers.surnames(), tokens[i + 1].lower)))
                # joined by a space, a mark or a nickname's quotes, not across "…, 70M, …"
                gap_before = text[tokens[i - 1].end:token.start] if i else ""
                joined = left and len(gap_before.strip()) <= 2 and "\n" not in gap_before
                if (joined and surname_like and not token.sentence_start) or particle or \
                        initial_before or first_before:
                    marks[i] = True
                    changed = True
            for i in range(2, len(tokens)):
                a, link, b = tokens[i - 2], tokens[i - 1].lower, tokens[i]
                if link == "and" and marks[i - 2] and not marks[i] and not a.capitalised and \
                        not b.capitalised and in_list(gazetteers.first_names(), b.lower) and \
                        gazetteers.word_frequency(b.lower) < 4.5:
                    marks[i] = True  # "parents amber and josh": a first name listed with one
                    changed = True
                    continue
                # "Monjeau, Graves and Reed": a capitalised surname listed with a name
                if link in ("and", "or", "&") and marks[i - 2] != marks[i] and \
                        a.capitalised and b.capitalised and not (a.sentence_start and marks[i]):
                    other = b if marks[i - 2] else a
                    index = i if marks[i - 2] else i - 2
                    if not other.acronym and not is_clinical_word(other.text) and (
                            in_list(gazetteers.surnames(), other.lower)
                            or not is_word(other.lower)):
                        marks[index] = True
                        changed = True


TREATMENT_VERBS = frozenset("""
continue continued start started restart restarted stop stopped hold held increase increased
decrease decreased taper tapered resume resumed discontinue discontinued dc'd prescribe
prescribed given gave apply applied on
""".split())
DOSE_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|meq|%|tabs?|puffs?|cm)\b"
                        r"| (?:applied|given|started|held|gtt|drip|infusion|tablets?|"
                        r"dressing|patch)\b")
NAMED_AS = re.compile(r" (?:is|was) (?:his|her|their|my|your|the) (?:(?:first|middle|last|"
                      r"preferred|given|legal|real|birth) )*(?:nick)?name\b")
# "Rocky's methadone": a possession, after a first name opening a sentence
OWNS_A_THING = re.compile(r"['’]s [a-z]")
# "rooster that's what he goes by": a nickname, said before it is introduced
# (whoever calls him so: "lil man that's what his grandma ruby calls him", "old joe that's what
# the guys at the shop call him")
GOES_BY_AFTER = re.compile(r",? (?:that['’]?s|thats) what (?:[a-z]+ ){1,6}?"
                           r"(?:goes|go|calls?|called) (?:by|him|her|them)\b")
# "Bob's wife", "Will's dad": whoever has a relative is a person; so is "Faith, her daughter".
OWNS_RELATIVE = re.compile(r"['’]s (?:" + "|".join(sorted(RELATIONS)) + r")\b")
# "junior her husband": a name, then who the person is, without the comma speech to text drops
APPOSED_RELATIVE = re.compile(r" (?:his|her|their) (?:" + "|".join(sorted(RELATIONS)) +
                              r") (?!(?:is|was|and|or)\b)[a-z]+")
IS_RELATIVE = re.compile(r", (?:his|her|their|my|our|the client's|client's) (?:"
                         + "|".join(sorted(RELATIONS)) + r")\b")
PERSON_ASIDE = re.compile(r"(?:['’]s)? ?\((?:\d{1,3}\)(?!\s?\d)|[\"“'][a-z][a-z'’-]+[\"”']\)|"
                          r"(?:(?:she|he|they)/(?:her|him|"
                          r"them|she|he|they|hers|his|theirs)|[xz]e/\w+|age \d|"
                          r"\d{1,3}, ?(?:she|he|they|[xz]e)/\w+|"
                          r"\d{1,3} ?(?:y/?o|yo|years?)|goes by|aka|nee|née|gr(?:ade)?\.? \d|"
                          r"client|peer|(?:(?:his|her|their|my|our|client's)\s+)?(?:"
                          + "|".join(sorted(RELATIONS, key=len, reverse=True)) + r"))\b)")
# Nations and tribes, by the names their own governments use (a fact each); the word alone is a
# people ("she is Navajo"), with "nation", "tribe" or "reservation" after it a government or a
# place ("works for the Navajo Nation", "the Yankton Sioux Tribe")
TRIBAL_NAMES = frozenset("""
navajo diné dine cherokee lakota dakota nakota oglala sicangu yankton sioux apache ojibwe chippewa
anishinaabe hopi wampanoag yupik inupiaq tlingit haida tsimshian zuni tewa choctaw chickasaw creek
muscogee seminole osage comanche kiowa pawnee cheyenne arapaho crow blackfeet shoshone paiute ute
mohawk oneida onondaga seneca cayuga tuscarora haudenosaunee menominee ho-chunk potawatomi
kickapoo shawnee lumbee pequot mashpee mohegan narragansett passamaquoddy penobscot miccosukee
tohono o'odham yakama colville tulalip puyallup lummi makah quinault klamath karuk yurok hoopa
pomo chumash cahuilla mescalero jicarilla acoma laguna taos cochiti isleta santo domingo omaha
winnebago ponca otoe sac fox meskwaki ottawa odawa wyandotte delaware lenape quapaw caddo wichita
""".split())
# Faiths, which name a person's religion, not the person ("She is Muslim"); "Christian" is a
# first name as often, and stays one
FAITHS = frozenset("""
muslim baptist methodist lutheran mormon amish hindu buddhist sikh evangelical
pentecostal orthodox episcopal presbyterian quaker adventist
""".split())
FAMILY_AFTER = re.compile(r" (?:family|household|kids|children|twins|boys|girls|brothers|"
                          r"sisters)\b")
# "grace and her husband", "Tomas and his mother": someone named beside their own relative
WITH_RELATIVE = re.compile(r" and (?:his|her|their) (?:" + "|".join(sorted(RELATIONS)) + r")\b")
# A person's pronouns said right after the name: ", they/them", " (she/her)"
PRONOUN_LEADS = frozenset("pronouns pronoun uses use prefers prefer identifies is are goes".split())
PRONOUNS_GIVEN = re.compile(r",? \(?(?:they/them|she/her|he/him|she/they|he/they|ze/zir|xe/xem)\b")
# A comma or the sentence's end right after a full name: the name is whole there
NAME_ENDS_CLAUSE = re.compile(r"(?:,|\.(?!\w)|;)")
AGE_BESIDE = re.compile(r", (?:[1-9]\d?|1[01]\d)(?: ?(?:y/?o|yo|m|f))?,")
# A school grade beside a first name: "Jasmine (gr 12) at Northside High"
GRADE_BESIDE = re.compile(r" \((?:gr\.?|grade) ?\d{1,2}\)|, (?:gr\.?|grade) \d{1,2}\b")
# What follows a name in a sentence (not a heading's end of line nor another capitalised word)
RUNNING_TEXT_AFTER = re.compile(r"(?:'s)?(?:[ \t]+[a-z#(\d]|[,;(]| ?\.(?!\w))")
PERSON_WITH_AGE = re.compile(r" (?:is|was) an? \d{1,3}[ -]?(?:y/?o|yo|year|yr|-year)")
# Jobs only a person holds: "Caspian is a line worker", "Ora was a night nurse"
JOB_WORDS = tuple("""
driver nurse teacher cashier mechanic technician engineer manager clerk aide janitor custodian
guard firefighter paramedic operator lineman welder electrician employee worker contractor
analyst supervisor dispatcher machinist conductor attendant courier carrier agent rep foreman
""".split())
JOB_NOUNS = "(?:" + "|".join(JOB_WORDS) + ")"
PERSON_WITH_JOB = re.compile(r" (?:is|was) an? (?:[a-z-]+ ){0,2}" + JOB_NOUNS + r"\b")
PRONOUNS = frozenset("this that he she it they who which there what patient".split())
# People as speaker, listener or object: "To Whom It May…", "named him Frank"
PERSONAL_PRONOUNS = frozenset("i you we she he him her them me us".split())
ARRIVAL = re.compile(r" (?:came|comes|walked|walks|showed|shows) (?:in|up)\b| arrived\b| "
                     r"(?:was|is) (?:late|early|on time|a no-show|tearful)\b")


def _does_or_feels(tokens: list[Token], i: int, lowered: str) -> bool:
    """The word is followed by what only a person does ("Sky practiced", "Sawyer worked with")
    or feels or keeps doing ("Heaven was tearful", "storm has been sleeping poorly")."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (nxt is not None and nxt.lower in HUMAN_VERBS and
            lowered[token.end:nxt.start] == " ") or bool(
        PERSON_STATE.match(lowered, token.end) or PERSON_ACTS.match(lowered, token.end))


# An age, after which "M" or "F" is the patient's sex: "71 y/o F admitted"
AGE_BEFORE = re.compile(r"(?:\d|y/?o|yo|old)[ ,]*$")


def _sex_after_age(tokens: list[Token], i: int, lowered: str) -> bool:
    """The token is "M" or "F" after an age: the patient's sex, not an initial."""
    start = tokens[i].start
    return tokens[i].text in ("M", "F") and bool(
        AGE_BEFORE.search(lowered, max(0, start - 12), start))


def person_verb(lower: str) -> bool:
    """A verb that follows its subject, a person (speech verbs are among these)."""
    return lower in AFTER_VERBS or lower in HUMAN_VERBS


def _beside_surname(tokens: list[Token], i: int, lowered: str) -> bool:
    """A lower-case surname follows the word and ends the name's phrase: "chris wood
    attended", "met with sam black and ben white"; the word is no function word or unit ("in
    place", "10 min late")."""
    token = tokens[i]
    if i + 1 >= len(tokens) or len(token.lower) < 3 or not token.lower.isalpha() or \
            token.lower in MODALS or gazetteers.word_frequency(token.lower) >= 5.0 or \
            lowered[max(0, token.start - 2):token.start].strip()[-1:].isdigit():
        return False
    nxt = tokens[i + 1]
    return lowered[token.end:nxt.start] == " " and not nxt.capitalised and \
        _word_surname(nxt) and _phrase_ends_after(tokens, i + 1, lowered, at_mark=False)


def _listed_beside_a_name(tokens: list[Token], i: int, marks: list[bool], lowered: str) -> bool:
    """A first name, in the same case as a name beside it in a list: "sky, river and jade",
    "Hope, Ava and Mia"; not a relative's word, a pronoun or the commonest words."""
    last = len(marks) - 1
    if not ((i > 1 and marks[i - 2]) or (i > 0 and marks[i - 1]) or (i < last and marks[i + 1])
            or (i + 1 < last and marks[i + 2])):
        return False  # (most words have no name beside them: the cheap test first)
    token = tokens[i]
    if not token.lower.isalpha() or len(token.lower) < 3 or token.lower in MODALS or \
            token.lower in RELATIONS or token.lower in ROLES or token.lower in PRONOUNS or \
            token.lower in PERSONAL_PRONOUNS or token.lower in DETERMINERS or \
            (gazetteers.word_frequency(token.lower) >= 5.0 and not token.capitalised) or \
            is_clinical_word(token.text) or not (
                in_list(gazetteers.first_names(), token.lower) or
                token.lower in gazetteers.word_names()):
        return False

    def link(a: int, b: int) -> str | None:
        """How tokens a < b are joined in a list: "," or "and", or not at all."""
        if a < 0 or b >= len(tokens):
            return None
        gap = lowered[tokens[a].end:tokens[b].start]
        if b == a + 1:
            return "," if gap == ", " else "and" if gap == " & " else None
        return "and" if b == a + 2 and tokens[a + 1].lower == "and" and gap == " and " else None

    for j in (i - 2, i - 1, i + 1, i + 2):
        if not (0 <= j < len(tokens) and marks[j] and tokens[j].capitalised == token.capitalised):
            continue
        joined = link(min(i, j), max(i, j))
        # joined by "and", or by a comma in a list that goes on ("sky, river and…"), not
        # "w/ walker, tina drives"
        if joined == "and" or (joined == "," and any(
                link(a, a + step) for a in (min(i, j) - 2, min(i, j) - 1, max(i, j))
                for step in (1, 2))):
            return True
        # dictated without commas, after who was there: "group tammy sheila jo and precious"
        if abs(i - j) == 1 and not token.capitalised and \
                lowered[tokens[min(i, j)].end:tokens[max(i, j)].start] == " " and \
                ROLL_CALL.search(lowered, max(0, token.start - 80), token.start):
            return True
    return False


def _and_a_name_after(tokens: list[Token], i: int, lowered: str) -> bool:
    """"and" and a first name no dictionary has follow the word: "couples session hunter and
    mackenzie", as the name before "and" is taken after one ("mackenzie and hunter")."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower != "and" or \
            gazetteers.word_frequency(tokens[i].lower) >= 5.0:  # "seven and harper"
        return False
    other = tokens[i + 2]
    return lowered[tokens[i].end:other.start] == " and " and other.lower.isalpha() and \
        in_list(gazetteers.first_names(), other.lower) and not is_word(other.lower) and \
        not is_clinical_word(other.text)


def _pair_acts(tokens: list[Token], i: int, lowered: str) -> bool:
    """The word is one of two first names joined by "and" that did what only people do
    together ("rose and mark argued", "dale and earl met"), though both names are words."""
    for first in (i, i - 2):
        if first < 0 or first + 3 >= len(tokens) or tokens[first + 1].lower != "and":
            continue
        pair = (tokens[first], tokens[first + 2])
        # "rose and mark argued"; "grace and hope the twins are nine": named, then who they are
        together = tokens[first + 3].lower in PAIR_VERBS or (
            tokens[first + 3].lower == "the" and first + 4 < len(tokens) and
            tokens[first + 4].lower in SIBLINGS_TOGETHER)
        if lowered[pair[0].end:pair[1].start] == " and " and together and all(
                    t.lower.isalpha() and in_list(gazetteers.first_names(), t.lower) and
                    not is_clinical_word(t.text) for t in pair):
            return True
    return False


# What two people do together, said after both their names
PAIR_VERBS = frozenset("met married divorced separated argued fought".split())
SIBLINGS_TOGETHER = frozenset("twins kids girls boys children sisters brothers".split())


def _two_word_surname(text: str, tokens: list[Token], i: int) -> bool:
    """Two capitalised words after a name, mid-sentence, before what a person does: a surname
    of two words ("Everett Two Bulls wants…"), whatever each word means."""
    if i + 1 >= len(tokens):
        return False
    pair = (tokens[i], tokens[i + 1])
    return all(t.capitalised and not t.acronym and not t.sentence_start and len(t.text) > 1 and
               not is_clinical_word(t.text) and t.lower not in MONTH_NAMES and
               t.text not in HOLIDAYS and t.lower not in gazetteers.places_lower()
               for t in pair) and text[tokens[i - 1].end:pair[0].start] == " " and \
        text[pair[0].end:pair[1].start] == " " and i + 2 < len(tokens) and \
        text[pair[1].end:tokens[i + 2].start] == " " and \
        person_verb(tokens[i + 2].lower) and tokens[i + 2].lower not in ("is", "was", "has", "had")


def _owns_a_relative(tokens: list[Token], i: int, lowered: str) -> bool:
    """The word ends in "s" with a relative's word right after it: a possessive said without its
    apostrophe ("pegs mother", "jordans mom")."""
    return tokens[i].lower.endswith("s") and i + 1 < len(tokens) and \
        tokens[i + 1].lower in RELATIONS and lowered[tokens[i].end:tokens[i + 1].start] == " "


def _family_by_surname(lower: str, *, families_named: bool = False) -> bool:
    """A surname made plural for a household ("pruitts", "kowalczyks"), where neither it nor
    the surname is an English word ("the smiths" may be smiths); where families are named, a
    surname no list has too ("…with the okonkwos dad emeka")."""
    stem = lower[:-2] if lower.endswith("es") and not lower.endswith("ies") and \
        in_list(gazetteers.surnames(), lower[:-2]) else lower[:-1]
    if not lower.endswith("s") or is_word(stem) or is_word(lower):
        return False
    if in_list(gazetteers.surnames(), stem):
        return len(stem) > 2 and gazetteers.word_frequency(lower) < 2.5
    return families_named and len(stem) > 3 and gazetteers.word_frequency(lower) < 2.0 and \
        gazetteers.word_frequency(stem) < 2.5 and not is_clinical_word(stem)


def _owner_without_apostrophe(lower: str, *, after_relative: bool = False) -> bool:
    """A first name and an "s", as speech to text writes a possessive ("avas", "kaylees"), where
    neither the whole nor the name is an English word ("yogas", "kids" are not names); after a
    relative's word, a name that is a word too ("his aunt crystals")."""
    stem = lower[:-1]
    if not lower.endswith("s") or len(stem) < 3 or person_verb(lower):
        return False
    if after_relative:
        return in_list(gazetteers.first_names(), stem) or stem in gazetteers.word_names()
    return in_list(gazetteers.first_names(), stem) and not is_word(stem) and \
        gazetteers.word_frequency(lower) < 2.0


def _word_surname(token: Token) -> bool:
    """A surname that is also a word, but not one of the commonest words nor a verb: "long",
    "wood", "baker"; not "in", "more", "found" or "will"."""
    lower = token.lower
    return in_list(gazetteers.surnames(), lower) and len(lower) >= 3 and lower.isalpha() and \
        gazetteers.word_frequency(lower) < 5.9 and lower not in PERSONAL_PRONOUNS and \
        not person_verb(lower) and lower not in MODALS and lower not in IRREGULAR_PAST and \
        not lower.endswith(("ed", "ing", "ly"))


# Past tenses without "-ed", which follow a name as its verb, not as its surname
IRREGULAR_PAST = frozenset("""
found made took got went came saw felt left lost ran told said gave kept sent spent put set met
hit brought bought thought caught taught held stood sat slept drove rode wrote spoke broke chose
wore tore fell grew knew threw drew flew ate began sang swam won
""".split())


def _phrase_ends_after(tokens: list[Token], i: int, text: str, *, at_mark: bool = True) -> bool:
    """The word at `i` ends a name's phrase: what follows is a verb or "and" ("jamie long
    attended", "sam black and ben white"), or, with `at_mark`, a mark of punctuation or the
    end; the word is no verb itself ("maria said.")."""
    token = tokens[i]
    if person_verb(token.lower) or token.lower in MODALS:
        return False
    if i + 1 >= len(tokens):
        return at_mark
    nxt, gap = tokens[i + 1], text[token.end:tokens[i + 1].start]
    if gap.strip(" ") and gap.strip(" ")[0] in ",.;:)":
        return at_mark
    return gap == " " and (person_verb(nxt.lower) or nxt.lower == "and" or
                           (nxt.lower.endswith("ed") and is_word(nxt.lower)))


# Words said between a subject and its verb: "earl now has…"
ADVERBS_BEFORE_A_VERB = frozenset("now still also never always just really finally often".split())


def _acts(tokens: list[Token], i: int, lowered: str, *, phrase_end: bool = True) -> bool:
    """True when the word is followed by what a person does ("hope joined", "grace said")
    or ends its phrase ("his wife, hope, …")."""
    if i + 1 >= len(tokens):
        return phrase_end
    nxt = tokens[i + 1]
    if nxt.lower in ADVERBS_BEFORE_A_VERB and i + 2 < len(tokens) and \
            person_verb(tokens[i + 2].lower):
        return True  # "earl now has dementia", "grace still says…"
    return person_verb(nxt.lower) or (
        nxt.lower.endswith("ed") and len(nxt.lower) > 4 and is_word(nxt.lower)) or (
        phrase_end and lowered[tokens[i].end:nxt.start].strip() in (",", ".", "'s")) or \
        lowered.startswith(("n't", "n’t"), nxt.end)  # "mason won't talk to his dad"


def _double_first_name(text: str, tokens: list[Token], i: int, *, after: bool) -> bool:
    """Dictated in lower case, the word is the second half of a double first name after a
    first name found ("anna grace she's", "billy ray said"), or the first half before one
    ("mary beth"): the South's names, said as one."""
    token = tokens[i]
    other = tokens[i - 1] if after else tokens[i + 1]
    gap = text[other.end:token.start] if after else text[token.end:other.start]
    if gap != " " or other.capitalised or token.lower in NUMBERS:
        return False  # ("her son jaxon seven": his age)
    first = in_list(gazetteers.first_names(), token.lower) and not is_word(token.lower)
    if not after:
        return first and in_list(gazetteers.first_names(), other.lower)
    ends = i + 1 >= len(tokens) or tokens[i + 1].lower in PERSONAL_PRONOUNS or \
        _phrase_ends_after(tokens, i, text)
    return (token.lower in SECOND_HALVES or ((first or token.lower in gazetteers.word_names())
                                             and ends)) and \
        in_list(gazetteers.first_names(), other.lower)


# Words that end double first names far more often than they mean anything after one: "jimmy
# ray", "bobby lee", "betty jo", "peggy sue"
SECOND_HALVES = frozenset("ray lee bob jo sue mae ann jean kay belle lynn".split())


def _lower_surname(token: Token) -> bool:
    """A lower-case word that reads as a surname after a first name: no dictionary has it and
    it is a surname or rare ("desrosiers"), or it is a rare surname ("jose lopes")."""
    if token.capitalised:
        return False
    surname = in_list(gazetteers.surnames(), token.lower)
    frequency = gazetteers.word_frequency(token.lower)
    return (not is_word(token.lower) and (surname or frequency < 2.5)) or (
        surname and frequency < 3.0)


def _country(token: Token) -> bool:
    """A country's name that is no one's first name ("Iraq"; not "Jordan" or "Chad")."""
    return token.text in gazetteers.countries() and not in_list(gazetteers.first_names(),
                                                                token.lower)


@cache
def _countries_by_word() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each word of a country's name of several words: the name, lower-cased, and where in it
    the word starts."""
    table: dict[str, list[tuple[str, int]]] = {}
    for country in gazetteers.countries():
        if " " in country:
            lower, offset = country.lower(), 0
            for word in lower.split(" "):
                table.setdefault(word, []).append((lower, offset))
                offset += len(word) + 1
    return {word: tuple(places) for word, places in table.items()}


def _in_country(token: Token, lowered: str) -> bool:
    """A word of a country's name of several words, written whole ("Cabo Verde", "Czech
    Republic", "Ivory Coast")."""
    for country, offset in _countries_by_word().get(token.lower, ()):
        start = token.start - offset
        end = start + len(country)
        if start >= 0 and lowered.startswith(country, start) and \
                not lowered[end:end + 1].isalpha() and not lowered[start - 1:start].isalpha():
            return True
    return False


def _starts_line(text: str, start: int) -> bool:
    """Nothing but blanks between the line's start and `start`."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _arrives(tokens: list[Token], i: int, lowered: str) -> bool:
    """True when the word is the subject of arriving at a session ("Dash came in", "Grace was
    late"), which only a person does."""
    return bool(ARRIVAL.match(lowered, tokens[i].end))


def _around_initial(tokens: list[Token], i: int, lowered: str) -> bool:
    """True for a word on either side of a middle initial, in matching case, where neither word
    is English, clinical or an acronym: the shape of a full name."""
    if not ((i > 0 and len(tokens[i - 1].text) == 1) or
            (i + 1 < len(tokens) and len(tokens[i + 1].text) == 1)):
        return False  # no initial beside the word
    for left, middle, right in ((i, i + 1, i + 2), (i - 2, i - 1, i)):
        if left < 0 or right >= len(tokens):
            continue
        a, m, b = tokens[left], tokens[middle], tokens[right]
        if len(m.text) != 1 or a.capitalised != b.capitalised or m.capitalised != a.capitalised:
            continue
        if lowered[a.end:m.start] != " " or lowered[m.end:b.start] not in (" ", ". "):
            continue
        if any(t.acronym or is_clinical_word(t.text) or len(t.text) < 2 or t.lower in ROLES
               for t in (a, b)):
            continue  # ("Facilitator J. Moreno": the role, then the name)
        if m.text in ("a", "i") and not (in_list(gazetteers.first_names(), a.lower) and
                                          not is_word(a.lower)):
            continue  # "needs a superbill": the article, unless a first name comes before it
        if m.text in ("a", "i") and (is_word(b.lower) or b.lower in ROLE_ACRONYMS):
            continue  # "hey its dani i start at…", "from benton a lineman", "from sanford a
            # cna": the pronoun and its verb, the article and its noun
        if all(in_list(gazetteers.first_names(), t.lower) or in_list(gazetteers.surnames(), t.lower)
               or not is_word(t.lower) for t in (a, b)) and not (
                is_word(a.lower) and is_word(b.lower)):
            return True
    return False


def _eponym(tokens: list[Token], i: int) -> bool:
    """A surname used for a disease or sign: "Graves' disease", "Wells score" (in one phrase:
    "Allan Björk" on one line and "Scale Unlimited" on the next are a person and a firm)."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.sentence_start:
        return False
    return nxt.lower in EPONYM_NOUNS or (
        i + 2 < len(tokens) and nxt.text[:1].isupper() and
        tokens[i + 2].lower in EPONYM_NOUNS and "-" in tokens[i].text + nxt.text)


