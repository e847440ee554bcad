"""Employers, schools and businesses named where a client's work, study or errands are told:
"works at Market Basket as a cashier", "a sophomore at tufts", "drinking at the rusty nail
after work", "the alano club", "employer: fidelity"; in capitals or dictated in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import (
    EVERYDAY_NAMES,
    HOLIDAYS,
    SCALES,
    is_care_word,
    is_clinical_word,
)
from sealnote.boundary.recognizers.base import Cue, Recognizer, alternation
from sealnote.boundary.recognizers.dates import NUMBER_WORD, WEEKDAY
from sealnote.boundary.recognizers.names import (
    DETERMINERS,
    FAITHS,
    JOB_NOUNS,
    JOB_WORDS,
    NUMBERS,
    OWNERS,
    PERSONAL_PRONOUNS,
    RELATIONS,
    SPEECH_VERBS,
    TITLES,
    in_list,
    is_demonym,
    is_word,
    person_verb,
)
from sealnote.boundary.recognizers.organizations import (
    ADJECTIVE_ENDINGS,
    SHOP_KINDS,
    is_camel_case_name,
    is_care_department,
    is_clinical_not_firm,
    is_state_transit,
)
from sealnote.boundary.recognizers.places import (
    AGE_SAID,
    PLAIN_AFTER_AT,
    STATE_NAMES,
    STATES,
    STATES_IN_LOWER_CASE,
    STILL_AND_SUCH,
    is_month,
    leading_place,
)
from sealnote.boundary.spans import Label, Span

# A pronoun and its verb said as one word, which no business's name holds
CONTRACTED_PRONOUNS = frozenset(f"{p}{a}{v}" for p, v in (
    ("he", "s"), ("she", "s"), ("they", "re"), ("i", "m"), ("we", "re"), ("it", "s"),
    ("you", "re")) for a in ("'", "’"))
# When one works, said after where: "drives for the mta nights"
WORK_TIMES = frozenset("night nights day days morning mornings evening evenings weekend weekends "
                       "overnight overnights".split())
# Counts, which start no business's name ("two jobs", "several places")
QUANTITY_WORDS = frozenset("two three four several different various multiple many few".split())


def _gerund(word: str) -> bool:
    """A verb's "-ing" form: "making", "driving" (not "king", "ring")."""
    return word.endswith("ing") and (is_word(word[:-3]) or is_word(word[:-3] + "e"))


def _lower_business_name(words: list[str]) -> bool:
    """Words in lower case that may be a business's name ("market basket", "general dynamics"),
    not a kind of place, a time or a doing: "home most days", "the same place", "last year",
    "part time", "family business", "being present"."""
    first = words[0]
    if " ".join(words) in WELL_KNOWN_FIRMS:
        return True
    if " ".join(words[-2:]) in KINDS_OF_BUSINESS or any(
            w in DETERMINERS and w not in ("a", "an") for w in words[1:]):
        return False  # (nor "outside pella and the bank": a town, then a sentence; "chick fil
        # a" is a name)
    gerund = _gerund(first)
    # ("chick fil a", but not "nucor and", "burning coal" or "more energy")
    if first not in STOP_WORDS and first not in WHICH_ONE and (
            words[-1] not in STOP_WORDS or len(words[-1]) == 1) and (
            (words[-1] in BUSINESS_ENDINGS and not gerund and first not in QUANTITY_WORDS and
             # ("note for dale he's a coal miner": a person, then what he is)
             not any(w in STOP_WORDS or w in CONTRACTED_PRONOUNS for w in words[:-1]))
            or any(not is_word(w) and not is_clinical_word(w) for w in words)) and \
            words[-1] not in WORK_TIMES:
        return True  # "home depot", "peoples bank", "acushnet company", "alliance coal"; not
        # "the mta nights"
    return not (first in STOP_WORDS or first in GENERIC_PLACES or first in QUANTITY_WORDS or
                first in WHICH_ONE or
                bool(NUMBER.fullmatch(first)) or
                first in NOT_A_BUSINESS or gerund or words[-1] in GENERIC_PLACES or
                is_month(words[-1]) or all(is_clinical_word(w) for w in words) or
                any(w in STOP_WORDS or w in NOT_A_BUSINESS or w.isdigit() for w in words))


# Words that make "… hospital" a kind of hospital, not one hospital's name
PLAIN_FACILITY_WORDS = frozenset("""
state county community psychiatric psych general local private public mental children's
veterans city regional university medical behavioral rehab family women's good bad new old big
small nice best nearest closest other same different another teaching military army navy
dog skate water trailer amusement theme ball car industrial office business mobile national
trampoline bark ballpark
""".split())
KINDS_OF_BUSINESS = frozenset({"food bank", "blood bank", "sperm bank", "piggy bank",
                               "river bank", "milk bank", "bus depot", "train depot",
                               "nail salon", "hair salon", "beauty salon", "tanning salon"})
# Trades and kinds of work, which follow a job as a firm's name does
TRADES = frozenset("""
construction retail sales hospitality landscaping roofing manufacturing security maintenance
housekeeping dietary transport transportation trucking delivery daycare childcare banking
catering cleaning plumbing painting nursing teaching
""".split())
# Times, selves and kinds of business that a lower-case employer's name never has
NOT_A_BUSINESS = WORK_TIMES | frozenset("""
work herself himself themselves myself yourself self least year years month months week weeks
time times today
business company firm shop agency present home random party game wedding funeral reunion
cookout barbecue bbq concert show bar club
""".split())
# Words that say which one of a kind, not its name: "the local bakery", "the other bank"
WHICH_ONE = frozenset("""
local little corner neighborhood nearby favorite usual old other another same different
only first last next this that closest nearest best
""".split())
NUMBER = re.compile(NUMBER_WORD)


# Chains whose names are plain words ("circle k", "dollar general"): alone they name nobody's
# place, but with the street or town they stand on they name one shop
PLAIN_WORD_CHAINS = frozenset(line.strip() for line in """
circle k
hampton inn
la quinta
quality inn
econo lodge
extended stay
extended stay america
studio 6
travelodge
knights inn
sleep inn
microtel
ramada
baymont
wingate
wingate by wyndham
rodeway inn
candlewood suites
homewood suites
fairfield inn
residence inn
kum & go
kum and go
fleet farm
hy vee
hy-vee
racetrac
bucees
buc-ees
seven eleven
in n out
cracker barrel
super 8
motel 6
h-e-b
heb
dollar general
family dollar
dollar tree
tractor supply
home depot
rite aid
burger king
taco bell
pizza hut
waffle house
olive garden
red lobster
golden corral
cracker barrel
piggly wiggly
city market
big y
smart and final
food 4 less
grocery outlet
sprouts
rouses
food lion
winn dixie
stop and shop
market basket
whole foods
trader joes
best buy
big lots
bass pro
planet fitness
anytime fitness
jack in the box
dairy queen
little caesars
panda express
buffalo wild wings
red roof inn
motel six
super eight
days inn
holiday inn
comfort inn
best western
loves
pilot
petro
flying j
quik trip
speedway
sheetz
wawa
kwik trip
caseys
sonic
texas roadhouse
dennys
five guys
jersey mikes
subway
sams club
old navy
harbor freight
auto zone
jiffy lube
discount tire
family fare
price chopper
save a lot
food four less
giant eagle
king soopers
fred meyer
shell
exxon
chevron
sunoco
citgo
marathon
valero
kroger
publix
safeway
walgreens
lowes
menards
ace hardware
goodwill
salvation army
jewel
jewel osco
harris teeter
shoprite
star market
hannaford
price rite
food maxx
stater bros
winco
ralphs
vons
albertsons
cub foods
pick n save
hy vee
aldi
save mart
ingles
cvs
food city
red lion
qt
""".strip().splitlines())
# The kind of business a name ends with ("waffle house", "shell station", "grand hotel"), and
# the words that say only what kind it is ("the gas station", "a halfway house")
BUSINESS_KINDS = frozenset("""
house station hotel motel lodge inn care club bar grill grille diner cafe market mart shop store
tavern pub lounge plaza saloon buffet kitchen bakery pizzeria cantina garage hall center
""".split())
KIND_MODIFIERS = frozenset("""
gas bus train police fire post coffee liquor grocery convenience corner pawn thrift pizza donut
tattoo nail barber hair laundry truck rest sports dive strip smoke vape gun pet book video shoe
car auto tire repair body halfway group sober boarding frat crack trap drug safe public country
night apartment town court guard ranch farm beach lake dog day child senior youth foster
treatment recovery mental health dental medical urgent animal chinese mexican italian thai
indian korean japanese greek soul fast food sandwich burger taco hot steak yellow white red
blue green brown gray grey pink purple orange black big little small dance music pool union
church bingo concert dining study meeting community rec recreation crisis detention counseling
wellness cancer dialysis infusion surgery surgical distribution call shopping fitness aquatic
aquatics nature visitor visitors student learning career job resource resources family birth
transfer service services daycare care
""".split())
# What a chain's shop is called after the chain's name: "pilot truck stop", "shell station"
SHOP_WORDS = frozenset("truck stop gas station store plaza location".split())


def is_chains_shop(words: list[str]) -> bool:
    """Words that are a chain named by plain words, maybe with the kind of its shop after it:
    "circle k", "pilot truck stop", "shell station"."""
    plain = [w.replace("'", "").replace("’", "") for w in words]
    return any(" ".join(plain[:k]) in PLAIN_WORD_CHAINS and set(plain[k:]) <= SHOP_WORDS
               for k in range(1, len(plain) + 1))


def is_named_by_its_kind(words: list[str]) -> bool:
    """Lower-case words before a kind of business that name it ("waffle house", "kinder care"),
    not words that only say what kind it is ("gas station", "the yellow house")."""
    return len(words) > 1 and words[-1] in BUSINESS_KINDS and not any(
        w in KIND_MODIFIERS or w in GENERIC_PLACES or w in STOP_WORDS or w in WHICH_ONE
        for w in words[:-1])


# Kinds of place that plain words also come before ("book club", "mental health", "new
# apartments"): dictated in lower case, only a word no dictionary has makes one a name
NAMED_BY_A_NAME = ("club", "health", "energy", "apartments", "apts", "towers", "estates",
                   "houses", *(LIVED_IN := ("hall", "halls", "circle", "commons", "crossing",
                                            "landing", "pointe")))
# Kinds of home that plain words name as often as not ("shady oaks mobile home park")
HOME_PARKS = ("mobile home park", "trailer park", "trailer court", "rv park", "mobile home court")
# (a hall or a circle too, where someone lives: "lives in newell hall", a dormitory; "lives in
# knights circle", a complex)
RESIDENCES = frozenset({"apartments", "apts", "towers", "estates", "houses", *LIVED_IN,
                        *HOME_PARKS})
# Words that name health systems as faiths do: "mercy health", "trinity health"
HEALTH_SYSTEM_WORDS = frozenset("mercy providence trinity ascension advocate covenant christus "
                                "bon secours".split())
# A hospital named by a faith or a health system's word alone, where care is had: "her husband
# died at presbyterian", "born at methodist", "admitted to mercy" (not "a baptist", "at peace")
HOSPITAL_FAITHS = ("baptist", "methodist", "lutheran", "presbyterian", "episcopal", "adventist")
HOSPITAL_WORDS = alternation((*HOSPITAL_FAITHS, *HEALTH_SYSTEM_WORDS))
CARED_AT_ONE_WORD = re.compile(r"\b(?:died|passed(?:[ \t]+away)?|born|delivered|admitted|"
                               r"transferred|discharged|intubated|hospitalized|hospitalised)"
                               r"[ \t]+(?:at|to|from|in)[ \t]+"
                               rf"(?P<id>(?:{HOSPITAL_WORDS})"
                               # ("died at baptist east": a campus by its side of town)
                               r"(?:[ \t](?:east|west|north|south|central|downtown))?)"
                               r"\b(?![ \t]+(?:church|chapel|faith|way|of)\b|['’-])", re.IGNORECASE)
# Where a home is spoken of as one's own: "pay rent at", "lives at", "moved into"
PAYS_RENT_AT = re.compile(r"\b(?:rent|lives|living|live|lived|moved|moving|staying|stays|evicted|"
                          r"landlord|lease)\b")
# What kind of homes, not which: "cheap apartments", "luxury apartments"
PLAIN_HOMES = frozenset("""
cheap luxury studio furnished subsidized affordable low-income income garden nearby empty vacant
public section housing these those
""".split())
DICTATED_NAMED_PLACE = re.compile(r"\b(?:at|from|for|with|in|to|on|near)\s+(?:the\s+)?"
                                  r"(?P<named>(?:[a-z][a-z'’&-]*\s){1,2})"
                                  rf"(?P<kind>{alternation((*NAMED_BY_A_NAME, *HOME_PARKS))})"
                                  r"\b(?!['’-])")


# A chain's shop in its town, dictated: "works the deli at giant eagle in butler", whatever the
# town's name means
CHAIN_IN_TOWN = re.compile(rf"\b(?P<chain>{alternation(PLAIN_WORD_CHAINS)})"
                           rf"(?:\s+(?:{alternation(SHOP_WORDS)}))?\s+in\s+"
                           r"(?P<town>[a-z]+)(?:\s(?P<more>[a-z]+))?\b")


# The best-known chains, whose names are no plain words' but which the chain lists leave out
BIG_CHAINS = r"Walmart|Target|Costco|Starbucks|McDonald['’]?s"
# A chain's shop on its street, dictated: "arrested outside the qt on admiral and…", "the
# safeway on fourth plain"; the street's words up to where the sentence goes on
CHAIN_ON_STREET = re.compile(rf"\b(?:the|from|at|outside|behind|near)\s+"
                             rf"(?P<chain>{alternation(PLAIN_WORD_CHAINS)}|{BIG_CHAINS.lower()})"
                             # ("the king soopers lot on academy": the shop's parking lot)
                             rf"(?:\s+(?:{alternation(SHOP_WORDS)}|lot|parking lot))?\s+on\s+"
                             r"(?P<street>[a-z]+(?:\s[a-z]+)??)"
                             r"(?=\s+(?:and|in|where|when|after|at|near|by|with|but|so|because|"
                             r"last|this|he|she|they|i|we|on|mr|mrs|ms|miss|dr|his|her|"
                             r"their|my|again|today|tonight|yesterday|now|every|for|to|from|"
                             r"until|since)\b|\s*[,.;!?]|\s*$)")
# ... and written with capitals: "an SI statement at Walmart on Ambassador Caffery."
# ("Walgreens on Coors Blvd: your prescription…", "pharmacy CVS on Montgomery Blvd;": a message's
# or a field's opening)
CHAIN_ON_NAMED_STREET = re.compile(rf"(?:\b(?:the|at|outside|behind|near|from|to|pharmacy)\s+|"
                                   r"\(|^)"
                                   rf"(?P<chain>(?i:{alternation(PLAIN_WORD_CHAINS)})|{BIG_CHAINS})"
                                   # ("on Ponce de Leon": a street's particles)
                                   r"\s+on\s+(?P<street>[A-Z][a-z]+(?:\s(?:de\s|del\s|la\s)?"
                                   r"[A-Z][a-z]+){0,2})"
                                   r"(?=\s*[,.;:!?)]|\s+[a-z]|\s*$)")
# ... and a chain written with its capital, its town right after: "pharmacy CVS Garner", "at
# Motel 6 Gastonia room 118"
CHAIN_THEN_TOWN = re.compile(rf"\b(?P<chain>(?=[A-Z])(?i:{alternation(PLAIN_WORD_CHAINS)})|"
                             rf"{BIG_CHAINS})"
                             # ("CVS pharmacy Durham store": its kind of shop between)
                             r"(?:[ \t](?i:pharmacy|store))?"
                             r"[ \t]+(?P<town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")
# What a shop is "on" that is no street: "the walmart on black friday", "the wawa on break"
NOT_ON_A_STREET = WORK_TIMES | frozenset("""
the a an my his her their our your way break lunch duty shift fire sale time weekdays black
""".split())


class ChainInTownRecognizer(Recognizer):
    """A chain named in lower case with the town or the street its shop is on: both are
    identifiers (the chain alone is not)."""

    label = Label.ORGANIZATION
    priority = 58

    def find(self, text: str) -> Iterator[Span]:
        if " on " in text:
            for match in (*CHAIN_ON_STREET.finditer(text), *CHAIN_ON_NAMED_STREET.finditer(text)):
                words = match.group("street").lower().split()
                if any(w in NOT_ON_A_STREET or is_month(w.capitalize()) or
                       re.fullmatch(WEEKDAY, w) or w.capitalize() in HOLIDAYS or
                       is_clinical_word(w) for w in words):
                    continue
                yield Span(*match.span("chain"), self.label, self.name, self.priority)
                yield Span(*match.span("street"), Label.LOCATION, self.name, self.priority)
        for match in CHAIN_THEN_TOWN.finditer(text):
            town = match.group("town")
            # the town's words only as far as they name a town ("Gastonia", not "Gastonia Room")
            words = town.split()
            if len(words) == 2 and town not in gazetteers.places():
                town = words[0]
            if town in gazetteers.places() and town not in STATE_NAMES:
                yield Span(*match.span("chain"), self.label, self.name, self.priority)
                yield Span(match.start("town"), match.start("town") + len(town),
                           Label.LOCATION, self.name, self.priority)
        if " in " not in text:
            return
        for match in CHAIN_IN_TOWN.finditer(text):
            town, more = match.group("town"), match.group("more")
            count = leading_place([town, more] if more else [town])
            if count == 0 or (count == 1 and gazetteers.word_frequency(town) >= 5.0):
                continue
            end = match.end("more" if count == 2 else "town")
            yield Span(*match.span("chain"), self.label, self.name, self.priority)
            yield Span(match.start("town"), end, Label.LOCATION, self.name, self.priority)


class DictatedNamedPlaceRecognizer(Recognizer):
    """A firm or a residence dictated in lower case, named by a word no dictionary has before
    its kind: "meetings at the alano club", "a cna at ochsner health", "the lakeview
    apartments"; a faith names a health system too ("baptist health"), and alone where care is
    had ("died at presbyterian")."""

    label = Label.ORGANIZATION
    priority = 57
    patterns = (DICTATED_NAMED_PLACE, CARED_AT_ONE_WORD)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        DICTATED_NAMED_PLACE: (*NAMED_BY_A_NAME, "park", "court"),
        CARED_AT_ONE_WORD: (*HOSPITAL_FAITHS, *HEALTH_SYSTEM_WORDS)}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is CARED_AT_ONE_WORD:
            return match.span("id")
        return match.start("named"), match.end("kind")

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is CARED_AT_ONE_WORD:
            return True
        named, kind = match.group("named").split(), match.group("kind")
        if any(w in STOP_WORDS for w in named):
            return False
        if kind in LIVED_IN and not PAYS_RENT_AT.search(
                text, max(0, match.start() - 24), match.end()):
            return False  # a hall is a name only where someone lives: "lives in newell hall"
        if kind in HOME_PARKS or (kind in RESIDENCES and PAYS_RENT_AT.search(
                text, max(0, match.start() - 24), match.end())):
            # "shady oaks mobile home park"; "rent at cedar high apartments": plain words name
            # the place where a home is
            return not any(w in WHICH_ONE or w in KIND_MODIFIERS or w in GENERIC_PLACES or
                           w in PLAIN_HOMES or is_clinical_word(w) for w in named)
        return any((not is_word(w) and not is_clinical_word(w)) or
                   (kind == "health" and (w in FAITHS or w in HEALTH_SYSTEM_WORDS))
                   for w in named)

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        if match.re is CARED_AT_ONE_WORD:
            return self.label
        return Label.LOCATION if match.group("kind") in RESIDENCES else self.label


# A capitalised name and the words after it ("Kaplan & Hirsch", "Bank of America"); the caller
# says how many more words may follow.
# (a line break ends the name: "EMPLOYER NOTE\nKevin Tran was seen")
ORG_NAME = r"[A-Z][\w'’&-]*(?:[ \t](?:(?:of|the|and|&)[ \t])?[A-Z][\w'’&-]*)"
# When or where a job is worked, said between the job and its place: "works nights at", "working
# offshore for"
WHEN_WORKED = "nights|days|weekends|overnights|offshore|remotely|doubles|overtime|downtown"
# Cleaning work, said before the firm: "cleans offices for abm at night"
CLEANS_FOR = r"clean(?:s|ing)?\s+(?:offices|houses|homes|rooms|buildings)"
EMPLOYMENT = re.compile(
    r"\b(?:[Ww]orks?|[Ww]orking|[Ww]orked|[Ee]mployed|job|[Ll]aid\s+off|[Ll]ayoff|[Ff]ired|quit|"
    r"[Rr]etired|[Rr]esigned|"
    r"let\s+go|intern(?:ing|ed)?|volunteers?|volunteering|"
    r"teaches|teaching|manager|supervisor|boss|shifts?|nurse|teacher|student|studies|studying|"
    r"engineer|employee|clerk|cashier|driver|technician|mechanic|aide|analyst|lineman|"
    r"surgeon|physician|pharmacist|paralegal|receptionist|secretary|bartender|waitress|waiter|"
    r"janitor|custodian|firefighter|professor|researcher|accountant|electrician|plumber|"
    r"carpenter|welder|machinist|dispatcher|attendant|housekeeper|cook|deckhand|roofer|trucker|"
    r"stocker|server|barista|dishwasher|caregiver|hygienist|foreman|laborer|contractor|"
    r"coworker|co-worker|colleague|drives|drove|driving|cleans|cleaning|workers?|operator|"
    r"miner|guard|"
    r"enrolled|attends|attending|graduated|goes|went|transferred|finishes|finished|"
    r"finishing|starts|started|starting|accepted|admitted|applied|suspended|expelled|"
    r"sophomore|freshman|junior|senior)\s+"
    r"(?:as\s+an?\s+(?:\w+\s+){1,3})?"
    # "works in IT at Epic", "works nights cleaning at JFK", "works offshore for Vineyard Wind"
    # ("works from home for Subaru of America")
    rf"(?:(?:in\s+[A-Za-z]+|from\s+home|{WHEN_WORKED}|evenings|part[- ]time|full[- ]time|"
    r"overseas|"
    r"[a-z]{3,}ing|[a-z]{3,}ly|"
    # "worked 20 years for Union Pacific"
    r"(?:\d{1,2}|[a-z]+)\s+(?:years?|yrs|months?|decades?))\s+){0,2}"
    r"(?:[A-Z][a-z'’-]+\s+){0,2}"  # "her coworker Anjali at Hasbro"
    r"(?:at|@|for|with|from|to)\s+(?P<id>(?:the\s+)?" + ORG_NAME + r"{0,4})")


# Any job named by its doer, at a capitalised firm: "software tester at Intuit", "a baker at
# Panera" (not "her mother at Starbucks", "later at Christmas")
DOER_AT = re.compile(r"\b(?!(?:later|never|over|after|under|ever|either|neither|rather|together|"
                     r"whether|other|another|mother|father|sister|brother|daughter|partner|member|"
                     r"corner|door|floor|hour|letter|matter|water|winter|summer|number|paper|"
                     r"order|center|counter|shelter|dinner|supper|tender|power)\s)[a-z]{2,}(?:ter|ker|"
                     r"ner|per|ber|ger|ler|der|ver|ser|tor|sor|ist)\s+(?:at|@|with)\s+"
                     r"(?P<id>(?:the\s+)?" + ORG_NAME + r"{0,4})")
# "his employer, Amazon Robotics,", "her company is Acme Freight", "got into Tufts"
NAMED_EMPLOYER = re.compile(r"\b(?i:employer|company|workplace|got\s+into|attends|enrolled\s+in)"
                            r"(?:\s+is|,)?[ \t]+(?P<id>" + ORG_NAME + r"{0,3})")
# A form's employer or school field: "EMPLOYER: Acushnet Rubber Co", "SCHOOL: Normandin Middle"
ORG_FIELD = re.compile(r"(?im)(?:^[ \t]*|(?<=[.;] ))(?:employer|school|workplace|company|work|"
                       r"pharmacy|insurance|"
                       r"insurer|payer|payee|rep(?:resentative)?[ \t]+payee)[ \t]*:[ \t]*"
                       # one space between a name's words; two or more part a form's columns
                       # a sentence's full stop ends the name ("Employer: Wayfair. Insurance…")
                       r"(?P<id>(?-i:[A-Z][\w'’&.-]*(?:(?<![a-z]{3}\.) (?:of|the|and|&|"
                       r"[A-Z#0-9][\w'’&.#-]*)"
                       r")*))")
# The post one works, said before where: "works the line at volkswagen", "works the front desk
# at the marriott"
POST_WORKED = (r"the\s+(?:line|floor|door|desk|front\s+desk|register|counter|grill|dock|"
               r"(?:night|day|graveyard|overnight)\s+shift)")
# Dictated in lower case: "starts driving for sysco", "drives a truck for sysco", "works at
# raytheon"
SPOKEN_EMPLOYER = re.compile(r"\b(?:works?|working|worked|driving|drives|hauls|hauling|job|"
                             r"employed|hired|layoff|"
                             # after these, only a word no dictionary has ("started at
                             # baseline", "her therapist at school" name no firm)
                             r"(?P<strict>started|therapist|counselor|psychiatrist|caseworker)|"
                             rf"delivers|delivering|volunteers|volunteering|{CLEANS_FOR}|"
                             r"student|studies|studying|attendant|driver|cashier|manager|"
                             r"cook|mechanic|nurse|teacher|aide|clerk|laid\s+off|fired|shifts?|"
                             r"cna|lpn|receptionist|custodian|janitor|"
                             # "a trader at citadel", "oil field in hobbs for halliburton"
                             r"(?P<job>trader|analyst|engineer|guard|dealer|bartender|waitress|"
                             r"dancer|stripper|bouncer|dishwasher|"
                             r"server|housekeeper|dispatcher|pilot|welder|technician|operator|"
                             r"laborer|electrician|roofer|lineman|trucker|miner|machinist|"
                             r"carpenter|plumber|oil\s?field|"
                             # "picks grapes for gallo", "packs fish for trident"
                             r"(?:picks?|picking|picked|packs?|packing|packed)\s+[a-z]+))\s+"
                             rf"(?:{POST_WORKED}\s+)?"
                             r"(?:(?:a\s+)?(?:truck|bus|cab|van|forklift)\s+)?"
                             rf"(?:(?:{WHEN_WORKED})\s+)?"
                             rf"(?:(?:{alternation(TRADES)})\s+)?"  # "works security at…"
                             r"(?:(?:in|near|outside|out\s+of)\s+[a-z]+\s+)?"
                             r"(?:at|@|for|by|from|with)\s+(?P<id>[a-z][a-z'&-]{2,}|\d[a-z]{1,2})\b")
# Dictated in lower case, where a place or organisation is expected: "referred from
# vanderbilt", "her job at the shoprite", "her insurance is ambetter"
SPOKEN_ORG = re.compile(r"\b(?:at(?:\s+the)?|from(?:\s+the)?|insurance\s+is|medicaid\s+is|"
                        r"plan\s+is|admitted\s+to|referred\s+to|transferred\s+to)\s+"
                        r"(?P<id>[a-z][a-z'&-]{3,})\b(?!['’-])")
# A word that may begin or go on a name: no article, preposition, pronoun or conjunction
NOT_A_NAME_WORD = (r"(?!(?:at|in|to|from|the|with|by|for|on|and|or|of|is|was|are|a|an|her|his|"
                   r"my|their|our|your|its|into|near|out|up|outside|inside|behind|across|got|"
                   r"get|gets|jumped|went|goes|go|she|he|they|we|i|you|it|called|calls|says|"
                   r"said|told|left|leaving|leave|admitted|discharged|transferred|sent|took|"
                   r"taken|brought|visited|visiting|stays|staying|moved|moving|attends|attended|"
                   r"pastors|preaches|joined|serves|served)\b)")
# Written in lower case: "osh (morton hospital)", "pcp at raynham family practice"
SPOKEN_FACILITY = re.compile(rf"(?<!['’])\b(?P<id>(?:{NOT_A_NAME_WORD}[a-z][a-z'’-]+\s){{1,4}}"
                             r"(?:hospital|medical center|medical|med|behavioral health|behavioral|"
                             r"family health|family practice|health center|nursing home|"
                             r"rehab center|treatment center|recovery center|counseling center|"
                             r"institute|"
                             r"counseling|"
                             r"wellness center|crisis center|manor|funeral home|funeral chapel|"
                             r"mortuary|cathedral|basilica|parish|"
                             r"rehabilitation center|pediatrics|clinic|middle school|middle|"
                             r"memorial(?! day)|hospice|general|retreat|school|park|stadium|arena|"
                             r"elementary(?: school)?|high school|high|academy|prep|church|magnet|"
                             r"college prep|college|university|heights|plant|mill|factory|"
                             r"warehouse|terminal|shelter|hall|gospel mission|rescue mission|"
                             r"casino|mine|rehab|er|"
                             # ("at nationwide children's and…", not "about children's books")
                             r"children['’]?s(?=\s*(?:$|[,.;:!?]|(?:and|er|in|on|at|for|with|"
                             r"now|since|after|where|her|his|their|my)\b))|"
                             r"pd|police|police department|fire department|legal services))\b"
                             r"|\b(?P<fort>fort\s+[a-z]{4,})\b")
# Dictated in lower case: "bristol probate and family court", "housing assistance corp": a
# court named for its town, a company by its legal form
SPOKEN_COURT = re.compile(rf"\b(?P<id>(?:{NOT_A_NAME_WORD}[a-z][a-z'’-]+[ \t]){{1,2}}(?:(?:probate|"
                          r"district|superior|juvenile|family|housing|municipal|land|county)[ \t]"
                          r"(?:and[ \t](?:family|juvenile)[ \t])?court|regional[ \t]jail|"
                          r"county[ \t](?:courthouse|detention(?:[ \t](?:center|facility))?|"
                          r"juvenile[ \t](?:detention|hall)|"
                          r"juvie|jail|house[ \t]of[ \t]correction|sheriff['’]?s[ \t]office)))\b")
# A school named for its side of town, dictated: "at north side high", "from west middle",
# "central catholic"
SCHOOL_BY_SIDE = re.compile(r"\b(?:at|from|to|for)\s+(?P<id>(?:north|south|east|west|central|"
                            r"northeast|northwest|southeast|southwest)(?:[ -]?side)?[ \t]"
                            r"(?:high|middle|elementary|junior[ \t]high|catholic))\b"
                            r"(?![ \t]school)")
SPOKEN_COMPANY = re.compile(rf"\b(?P<id>(?:{NOT_A_NAME_WORD}[a-z][a-z'’&-]+[ \t]){{1,3}}"
                            r"(?:corp|inc|llc))\b(?!['’-])")
# Kinds of place, not a business's name: "the house in somerset", "the park on route 6"
GENERIC_PLACES = frozenset("""
house home apartment place park school hospital shelter church store office end corner stop
station library gym mall clinic beach bar restaurant motel hotel center building job farm
room car lot street road way highway bridge town city area side part middle back front top
bottom one same other old new first last next jail prison courthouse dentist doctor doctors
juvie motherhouse convent rectory parsonage
""".split())
# A site of work said alone names no business: "second shift at the mill in biddeford" (but "the
# amazon warehouse in fall river" does)
WORKSITES = frozenset("""
mill plant warehouse factory shipyard yard site depot refinery casino mine cannery quarry foundry
sawmill smelter dairy feedlot slaughterhouse rig
""".split())
STOP_WORDS = frozenset("""
the a an his her their my our your its this that to of in on at for with from by is was are
were be been and or but not no he she they we i it you me him them us so
""".split())
# Dictated in lower case after a job: "works at market basket as a cashier", "laid off from
# general dynamics": the words up to where the sentence goes on
JOB_LEADS = (*JOB_WORDS, *(f"{job}s" for job in JOB_WORDS), "cna", "cook", "chef", "server",
             "waitress", "waiter", "bartender", "housekeeper", "dishwasher", "receptionist",
             "stocker", "nanny", "caregiver", "barista", "coach", "principal")
# Verbs that go on from a workplace's name ("my shift at chipotle got moved")
VERBS_GOING_ON = ("keeps", "won't", "won’t", "wont", "doesn't", "doesn’t", "didn't", "didn’t",
                  "can't", "can’t", "will", "would", "took", "put", "wrote", "got", "gets")
SPOKEN_EMPLOYER_PHRASE = re.compile(
    r"\b(?:works?|working|worked|job|employed|hired|laid\s+off|let\s+go|layoff|fired|manager|"
    rf"supervisor|boss|retired|resigned|interning|interned|applied|{CLEANS_FOR}|"
    r"cashier|shifts?|pastor|priest|rabbi|imam|minister|started|starts|starting|therapist|"
    r"counselor|psychiatrist|prescriber|caseworker|drinking|drinks|drank|bartends|bartending|"
    r"volunteers|volunteering|promoted|hours(?:\s+(?:cut|reduced))?|resident|"
    # "drives for metro transit", "drives truck for central valley express", "hauls for pilot"
    # (not "drove from boston south to providence")
    r"(?:drives|drove|driving|hauls|hauled|hauling)(?:\s+(?:a\s+)?(?:truck|bus|cab|van|rig|semi))?"
    r"(?=\s+for\b)|community\s+service|"
    # "a welder at gulf island fabrication", "a cna at magnolia manor": the job, then where
    rf"{alternation(JOB_LEADS)})"
    rf"(?:\s+{POST_WORKED})?"
    # "his boss mr lyle at southern states": the boss's name between
    rf"(?:\s+(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+)?\s+(?:(?:{WHEN_WORKED}|part[- ]time|"
    r"full[- ]time|every\s+(?:night|day|weekend)|most\s+nights)\s+)?"
    rf"(?:(?:{alternation(TRADES)})\s+)?"  # "works construction for bradbury stamm"
    r"(?:at|@|for|from|by)\s+(?:the\s+)?"
    r"(?P<id>[a-z][a-z'’&-]*(?:\s(?:&\s)?[a-z][a-z'’&-]*){1,3}?)"
    r"(?=\s+(?:as|in|on|out\s+of|since|for|and|but|last|this|next|with|because|until|while|"
    r"where|part|"
    r"full|nights|days|weekends|after|before|again|now|today|yesterday|when|told|said|says|"
    r"called|wants|wanted|is|was|has|had|gave|made|who|she|he|they|i|we|so|mr|mrs|ms|miss|dr|"
    r"lives|lived|living|stays|stayed|starting|started|till|til|"
    r"coach|principal|every|years|months|weeks|"
    # "a waitress at cafe du monde her boyfriend…": the next clause's owner
    r"her|his|their|my|"
    # "her psychiatrist at bay cove started her on…": a verb, where the sentence goes on
    rf"[a-z]{{3,}}ed|{alternation(VERBS_GOING_ON)})"
    r"\b|\s*[,.;:)]|\s*$)")
GOES_ON = frozenset("in on at as since last this next with for now today yesterday tonight "
                    # "laid off from grumman years ago", "drinking at the nutty irishman every
                    # night": when, not more of the name
                    "again ago years months weeks every".split()) | frozenset(VERBS_GOING_ON)
# Dictated in lower case before the job: "showed up at the dollar general where she works"
WHERE_WORKS = re.compile(r"\b(?:at|from|outside|by|to|near|behind)\s+(?:the\s+)?"
                         r"(?P<id>[a-z][a-z'’&-]*(?:\s[a-z][a-z'’&-]*){0,2}?)\s+where\s+"
                         r"(?:she|he|they|i|we)\s+(?:works?|worked|working|is\s+working)\b")
# Dictated in lower case after going to school: "attends umass amherst", "suspended from whaling
# city junior"
SPOKEN_SCHOOL_PHRASE = re.compile(
    r"\b(?:attends|attending|goes\s+to|going\s+to|suspended\s+from|expelled\s+from|"
    r"accepted\s+(?:to|at|into)|(?:got|gets|get|getting)\s+into|"
    r"(?:iep|504|pta|parent[- ]teacher)\s+meeting\s+at|"
    r"transferred\s+(?:from|to)|enrolled\s+(?:at|in)|graduated\s+from|(?:sophomore|freshman|"
    r"junior|senior|student)\s+at)\s+"
    r"(?P<id>[a-z][a-z'’&-]*(?:\s[a-z][a-z'’&-]*){0,3}?)"
    r"(?=\s+(?:and|but|now|last|this|next|since|on|in|for|where|because|after|before|until|"
    # ("a sophomore at pitt studying nursing": what the student does there, not the name)
    r"with|studying|majoring|doing|living|playing|taking|failing|working|"
    # ("goes to bronx science her mom found…": the next clause's owner)
    r"her|his|their|my)\b|\s*[,.;:)]|\s*$)")
PLAIN_SCHOOL_WORDS = frozenset("""
summer night magnet charter public private catholic community state senior grad graduate medical
law nursing trade boarding online cyber home sunday bible language driving art beauty cosmetology
culinary technical regular new old another different same local special alternative therapeutic day
practice team class classes games sports duty play hebrew religious film dental music dance
ballet karate flight cooking acting pharmacy vet veterinary divinity business engineering
traffic police fire military barber massage swim surf ski dog
""".split())
FOLLOWING_WORD = re.compile(r" ([a-z]+)")
# Words after which a place's name has ended: "left cascade behavioral against advice"
PHRASE_GOES_ON = STOP_WORDS | GOES_ON | frozenset("""
against again after before until since because when where who which now today yesterday
tonight last next this every twice""".split())
# Kinds of place that plain words before them name, with no article: "admitted to butler
# hospital", "at centennial medical center", "bills funeral home" (longest first)
PLAINLY_NAMED_KINDS = ("behavioral health", "medical center", "health center", "funeral home",
                       "gospel mission", "rescue mission",
                       "treatment center", "recovery center", "counseling center",
                       "crisis center", "hospital", "memorial", "hospice", "medical", "manor",
                       "behavioral", "park", "stadium", "arena",
                       # "she went to genesis er": a hospital by its emergency room
                       "er", "children's", "childrens", "children’s")
# The kinds of school that plain words name after "at": "canyon middle", "oak hill elementary"
PLAIN_NAMED_SCHOOLS = (" middle", " middle school", " elementary", " elementary school",
                       " high", " high school", " academy", " school", " prep", " college prep",
                       " magnet")
# Words before "high" that say how high, not which school: "at peak high", "at record high"
LEVELS = frozenset({"peak", "record", "time", "alltime", "all-time"})
# What is said just before a school's name: "at", "from", "out of", "outside" (skyline high);
# not "so high" nor "feeling high"
BEFORE_A_SCHOOL = re.compile(r"(?:\b(?:at|from|to|attends|out of|outside)\s+"
                             r"(?P<the>the\s+)?)$")
SCHOOL_ONLY = re.compile(r"^(?:suspended|expelled|(?:sophomore|freshman|junior|senior|student)"
                         r"\s+at|enrolled\s+at|graduated\s+from)")
SCHOOL_ENDINGS = frozenset("""
high middle elementary academy college university regional voc vocational prep school charter
junior maritime tech state
""".split())
# One who works a trade, before the firm: "a roofer for sunshine roofing"
TRADE_WORKED_FOR = re.compile(r"\b(?:roofer|plumber|landscaper|laborer|foreman|works|worked|"
                              r"working)\s*$")
# Carmakers, whose names are everyday words for cars, but where one works, their plants
AUTOMAKERS = frozenset("""
honda toyota nissan subaru hyundai kia mazda volkswagen vw bmw mercedes audi jeep tesla ford gm
chrysler stellantis volvo rivian
""".split())
WORKS_THERE = re.compile(r"(?:works?|worked|working|job|employed|hired|laid\s+off|fired|retired|"
                         r"shifts?)\b")
# Trades that end a firm's name after a word no dictionary has: "roofs for yellowhammer
# roofing" (not "to come work roofing")
TRADE_ENDINGS = ("roofing", "plumbing", "landscaping")
# The last words of businesses' names
BUSINESS_ENDINGS = ("depot", "goods", "foods", "farms", "fitness", "bank", "mutual", "motors",
                    "hardware", "outlet", "outlets", "supply", "supplies", "tavern", "creamery",
                    "brewery", "winery", "bakery", "saloon", "logistics", "trucking", "freight",
                    "staffing", "nails", "mall", "coal", "mining", "steel", "lumber",
                    "industries", "airlines", "airways", "railroad", "railway", "aviation",
                    "seafoods", "seafood", "fisheries", "pizzeria", "deli", "barbershop",
                    "body shop", "grill", "cafe", "diner", "bistro", "taqueria", "auto body",
                    "auto repair", "salon", "iron works", "ironworks", "steel works",
                    "boat works", "glass works",
                    # "runs a tow truck for valley towing"
                    "towing", "excavating", "timber", *TRADE_ENDINGS)
# Large employers named by plain words that otherwise say a kind of place or a people ("state
# farm", "us steel", "union pacific"): after a job's words, the firm
WELL_KNOWN_FIRMS = frozenset(line.strip() for line in """
ups
fedex
state farm
us steel
u s steel
union pacific
norfolk southern
burlington northern
metro transit
american family
american express
american water
american red cross
general electric
national grid
pacific gas and electric
southern company
first data
progressive insurance
liberty mutual
mass mutual
new york life
northwestern mutual
principal financial
fifth third
key bank
citizens bank
td bank
us bank
pnc bank
bank of america
wells fargo
navy federal
3m
habitat for humanity
goodwill industries
catholic charities
lutheran social services
jewish family services
united way
boys and girls club
big brothers big sisters
planned parenthood
conocophillips
exxonmobil
exxon mobil
halliburton
schlumberger
baker hughes
hilcorp
boeing
lockheed martin
raytheon
northrop grumman
general dynamics
micron
tyson foods
cargill
smithfield
john deere
microsoft
nintendo of america
national beef
ibm
sas
sas institute
lenovo
cisco
red hat
""".strip().splitlines())
# The same firms wherever money or work is owed to or done at one: "they owe Navy Federal
# $14,000", "an account at Navy Federal", "two weeks on two off for conocophillips"
WELL_KNOWN_FIRM_WRITTEN = re.compile(r"\b(?:at|with|for|from|to|owes?|owed|by|through)[ \t]+"
                                     r"(?P<id>(?i:"
                                     + alternation(WELL_KNOWN_FIRMS) + r"))\b")
# Dictated in lower case, a business by its last word: "her boss at peoples bank", "a fight at
# cumberland farms"
SPOKEN_BUSINESS = re.compile(r"\b(?:at|from|for|with|to|near|outside|down|through|of|"
                             r"behind|owns|owned|runs|ran|manages|managed)\s+"
                             r"(?:the\s+)?"
                             r"(?P<id>[a-z][a-z'’&-]*(?:\s[a-z][a-z'’&-]*){0,2}\s"
                             rf"(?:{alternation(BUSINESS_ENDINGS)}))\b")
# "stress at work (Market Basket)", "her job (home depot)", "engineer (Lockheed)": the workplace
# in an aside
WORK_ASIDE = re.compile(r"\b(?:work|job|employer|workplace|school|"
                        # "a retired engineer (Lockheed)": the employer beside the job
                        rf"{JOB_NOUNS})\s*\((?:at\s+)?"
                        r"(?P<id>[A-Za-z][\w'’&-]*(?:\s(?:&\s)?[A-Za-z][\w'’&-]*){0,3})\)")
# A form's employer or school written in lower case: "employer: market basket"
LOWER_ORG_FIELD = re.compile(r"(?im)^[ \t]*(?:employer|school|workplace|company)[ \t]*:[ \t]*"
                             r"(?P<id>(?-i:[a-z][a-z'’&.-]*(?: (?:& )?[a-z][a-z'’&.-]*){0,3}))"
                             r"[ \t]*(?:$|[,;(]|  )")
# Words that say there is no employer, or how one works: "none", "retired", "work (remote)",
# "employer: not working", "stay at home mom"
NOT_AN_EMPLOYER = frozenset("""
none n/a na unemployed retired self self-employed disabled disability student homemaker
unknown ssi ssdi home remote hybrid onsite virtual part-time full-time seasonal temporary
not no currently between jobs looking working stay mom dad parent caregiver applicable
full part
""".split())
# Dictated in lower case after a student's year: "a sophomore at central connecticut state"
SPOKEN_SCHOOL = re.compile(r"\b(?:freshman|sophomore|junior|senior|student|enrolled|"
                           r"transferred|graduated)\s+(?:at|from|to|in)\s+(?:the\s+)?"
                           r"(?P<id>(?:[a-z][a-z'’-]+\s){1,3}(?:state|tech|u|cc|community "
                           r"college))\b")
# "the Amazon warehouse", "the Acushnet plant", "the Elks lodge": a business's site, named by
# the business
WORKSITE_NOUNS = (r"(?:warehouse|plant|factory|mill|distribution center|fulfillment center|"
                  r"call center|branch|store|dealership|depot|terminal|shipyard|lodge|club|"
                  r"diner|casino|hotel|motel|refinery|mine|quarry|cannery|foundry|smelter|"
                  r"sawmill)")
WORKSITE = re.compile(rf"(?:\b(?:the|at|his|her|their|after|from|near|outside|to|by)|,)\s+"
                      rf"(?P<id>(?:(?:[A-Z][\w'’&-]*|&)\s+){{1,3}}{WORKSITE_NOUNS})\b")
# "a retired MBTA bus driver", "a Sysco delivery driver": the employer named before the job
# ("Carlos Medina, 41, Intel technician": after a name and an age)
EMPLOYER_BEFORE_JOB = re.compile(r"(?:\b(?:(?:an?\s+)?(?:[Rr]etired|[Ff]ormer)|an?|[Aa]s\s+an?)|"
                                 r"(?<=\d,))\s+"
                                 r"(?P<id>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,2})"
                                 rf"\s+(?:[a-z]+\s)?{JOB_NOUNS}s?\b")
# Dictated in lower case: "a retired springfield firefighter", "an amtrak conductor"
SPOKEN_EMPLOYER_BEFORE_JOB = re.compile(r"\b(?:(?:an?\s+)?(?:retired|former)|an?)\s+"
                                        r"(?P<id>[a-z][a-z'’-]{2,})"
                                        rf"\s+(?:[a-z]+\s)?{JOB_NOUNS}s?\b")
# Kinds of firm, said before a firm's name: "her company, Acme Freight"
FIRM_KINDS = ("company", "firm", "garage", "agency", "business")
# "(hair salon, Shear Magic, Kempton St)", "her church, Grace Baptist,": a business, then its name
BUSINESS_NAMED = re.compile(r"\b(?:" + alternation((*SHOP_KINDS, *FIRM_KINDS, "employer",
                                                     "school")) + r")\b,[ \t]+"
                            r"(?P<id>[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w'’&-]*)"
                            r"{0,3})(?=[ \t]*[,;)])")
# Dictated: "her aunt's salon, shear elegance, in hattiesburg"
LOWER_BUSINESS_NAMED = re.compile(r"\b(?:" + alternation((*SHOP_KINDS, *FIRM_KINDS)) +
                                  r"),[ \t]+(?P<id>[a-z][a-z'’&-]*(?:[ \t]"
                                  r"[a-z][a-z'’&-]*){1,3})(?=[ \t]*[,;).])")
# A state's university by its state: "classes at montana state", "got into Ohio State"
STATE_UNIVERSITY = re.compile(r"\b(?:at|to|from|for|into|attends|attending)\s+(?P<id>(?i:"
                              + "|".join(sorted(STATE_NAMES, key=len, reverse=True))
                              + r")\s+(?i:state))\b(?!\s+(?i:line|law|laws|police|trooper|"
                              r"prison|hospital|park|of|troopers|worker|workers|benefits))")
# A university named for its town: "St. Cloud State", "Boise State", "Kent State"
# What a state's things are, after "State": "Ohio State Park", "Kent State University"
STATE_THINGS = ("park", "police", "prison", "hospital", "line", "forest", "beach", "trooper",
                "troopers", "road", "route", "highway", "street", "farm", "fair", "house",
                "senate", "representative", "board", "department", "court", "capitol", "patrol")
TOWN_STATE = re.compile(r"\b(?P<id>(?P<town>(?:(?:St|Mt|Ft)\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|"
                        r"[A-Z]{2})"
                        rf"\sState)\b(?!\s+(?i:{alternation(STATE_THINGS)})\b)")
# Dictated, after "at" or "to": "nineteen at boise state", "transferred to weber state"
LOWER_TOWN_STATE = re.compile(r"\b(?:at|to|from|into|attends|attending)[ \t]+"
                              r"(?P<id>(?P<town>[a-z]+(?:[ \t][a-z]+)?)[ \t](?P<kind>state|tech))\b"
                              rf"(?![ \t]+(?:{alternation(STATE_THINGS)}|university|college)\b)")
# Dictated, a union's local by its number: "an electrician with local 103", "ibew local 58"
# (written with its capitals, organizations.py finds it)
UNION_LOCAL = re.compile(r"\b(?P<id>(?:(?:ibew|uaw|seiu|ufcw|afscme|teamsters|usw|iuoe|laborers|"
                         r"carpenters|plumbers|pipefitters|steamfitters|ironworkers|roofers|"
                         r"painters|electricians|bricklayers|boilermakers|glaziers|millwrights|"
                         r"culinary|"
                         r"union)[ \t]+)?"
                         r"local[ \t]+(?:#[ \t]?)?\d{1,4})\b"
                         r"(?![ \t]*(?:%|percent|minutes?|hours?|miles?|am|pm|a\.m|p\.m|mg|"
                         r"units?)\b)")
# Words before a union's local said alone ("with local 103", "joined local 12")
UNION_MEMBERSHIP = frozenset("with from of in at joined through member".split()) | OWNERS
# A chain's own offices, where people work: "her dad travels for target corporate", "Walmart
# headquarters" (a chain's shop alone names no one's workplace)
CHAIN_OFFICES = re.compile(rf"\b(?P<id>(?P<chain>{NOT_A_NAME_WORD}[A-Za-z][a-z'’&-]+)"
                           r"[ \t]+(?i:corporate|headquarters|hq|home[ \t]+office|dc|"
                           # "amazon dtw1", "target dc": a warehouse by its code or kind
                           r"distribution[ \t]+center|fulfillment[ \t]+center|[a-z]{3}\d{1,2}))\b")
# "Walgreens #10293", "Target #1187": a chain's store, told apart by its number
STORE_NUMBER = re.compile(r"\b(?P<id>[A-Z][\w'’&-]+(?:\s[A-Z][\w'’&-]+)?\s+"
                          r"(?:(?i:store|location|branch)\s+)?#\s?\d{3,6})\b")




# A chain's store or plant in a named town: "shifts at Nissan in Canton", "works at walmart in
# joplin". The chain alone names no one's workplace; with its town it names one.
# ("a job at Amazon fulfillment in Fall River", "drives for amazon out of moreno valley")
AT_A_TOWN = re.compile(r"\s+(?:(?i:fulfillment|warehouse|distribution|plant|store|location)\s+)?"
                       r"(?:in|out\s+of)\s+(?:[A-Z][a-z]|(?P<town>[a-z]+(?:\s[a-z]+)?)\b)")


# Apps people drive or deliver for: no site of theirs is in a town ("drives for uber out of…")
GIG_APPS = frozenset("uber lyft doordash grubhub instacart ubereats".split())


def _chain_in_a_town(match: re.Match[str], text: str) -> bool:
    """The employer is a chain everyone knows, named with the town of its site."""
    chain = match.group("id").lower().removeprefix("the ")
    if chain not in EVERYDAY_NAMES or chain in GIG_APPS or \
            not re.search(r"\b(?:at|from|for)(?:\s+the)?\s+$", text[:match.start("id")]):
        return False
    site = AT_A_TOWN.match(text, match.end("id"))
    return site is not None and (site.group("town") is None or any(
        town in gazetteers.places_lower() for town in (site.group("town"),
                                                       site.group("town").split()[0])))


# Where something happened to someone, named by plain words in lower case: "gambling at the
# island view every night", "overdosed at the red lion on december fourth", "jumped outside club
# vibe"; the name ends where the sentence goes on
EVENT_GOES_ON = (r"(?:on|in|every|last|after|before|and|at|near|off|by|with|since|when|tonight|"
                 r"yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
EVENT_AT_NAMED = re.compile(
    r"\b(?:gambl(?:ing|ed|es)|fight|fought|jumped|overdosed|shot|stabbed|arrested|"
    r"picked[ \t]+up|drinking|drinks|drank|partying|relapsed|robbed|beat[ \t]+up|passed[ \t]+out|"
    r"found)[ \t]+(?:at|outside|behind|in[ \t]+front[ \t]+of)[ \t]+(?:the[ \t]+)?"
    rf"(?P<id>[a-z][a-z'’&-]+(?:[ \t](?!{EVENT_GOES_ON}\b)[a-z][a-z'’&-]+)?)"
    rf"(?=[ \t]+{EVENT_GOES_ON}\b|[ \t]*[,.;:!?)]|[ \t]*$)")
# Places where things happen that are kinds, not names: "at the lake", "outside the casino"
KINDS_OF_EVENT_PLACE = frozenset("""
lake river creek pond casino track rodeo fair festival scene meet market alley gunpoint bus
truck train airport airbase base bowling laundromat gas swap flea dock docks pier beach woods
field stadium arena
""".split())
# The school one graduated, named right after the verb: "graduated Johnson Central 1998"
GRADUATED = re.compile(r"\b[Gg]raduated[ \t]+(?:from[ \t]+)?"
                       r"(?P<id>[A-Z][\w'’&-]+(?:[ \t]+[A-Z][\w'’&-]+){0,3})")
# What is said after "graduated" in capitals and names no school: "Graduated High School"
NOT_A_SCHOOLS_NAME = frozenset("""
High School College University Summa Magna Cum Laude With Honors GED Early Top In And Nursing
Law Medical Grad Graduate
""".split())


# A shelter or home called a house of something: "her mom is at house of mercy", "staying at
# the house of ruth" (not "the house of representatives", "a house of cards")
HOUSE_OF = re.compile(r"\b(?:at|to|from|in|into|left)\s+(?:the\s+)?(?P<id>house\s+of\s+"
                      r"(?!(?:representatives|cards|worship|commons|lords|god|prayer|pain|blues|"
                      r"horrors|mirrors|the)\b)[a-z]{3,})\b(?!['’-])")
# A business named for its owner, after owning or running it: "owns jun's okazuya in kaimuki",
# "runs Rosa's Kitchen" (not "owns her mom's house")
# (the words after which the sentence goes on, and no business's name)
OWNED_NAME_ENDS = (r"in|on|at|and|with|since|for|off|near|now|downtown|uptown|here|there|today|"
                   r"again")
OWNS_NAMED = re.compile(r"\b(?i:owns|owned|runs|ran)\s+(?P<id>(?P<owner>[A-Za-z][a-z]+)['’]s"
                        rf"(?:\s(?!(?i:{OWNED_NAME_ENDS}|house|home|place|car|truck)\b)"
                        rf"[A-Za-z][a-z'’]+){{1,2}}?)(?=\s+(?:{OWNED_NAME_ENDS})\b|\s*[,.;:!?]|\s*$)")


# Dictated, a person's age and then where they are, which for a child is a school and for a
# grown-up a workplace or a home: "this is jalen fifteen at savannah arts he's being bullied",
# "mrs oyelaran ninety five at beatitudes campus her son…" (up to where the sentence goes on)
AGED_AT = re.compile(
    rf"{AGE_SAID}[ \t]+at[ \t]+"
    r"(?P<id>[a-z][a-z'’&-]*(?:[ \t][a-z][a-z'’&-]*){0,2}?)"
    r"(?=[ \t]+(?:her|his|their|and|he['’]?s|she['’]?s|they['’]?re|he|she|they|where|with|who|is|"
    r"was|has|had|since|but|because|so|a|an|from|lives|living|works|working|got|gets|says|said|"
    r"plays|playing|studying|cutting|again|now)\b|[ \t]*[,.;]|[ \t]*$)")


class EmploymentRecognizer(Recognizer):
    """Employers and schools named after "works at", "attends", "graduated from"…"""

    label = Label.ORGANIZATION
    priority = 60
    patterns = (EMPLOYMENT, DOER_AT, SPOKEN_EMPLOYER, NAMED_EMPLOYER, ORG_FIELD, SPOKEN_FACILITY,
                WORKSITE, STORE_NUMBER, SPOKEN_ORG, SPOKEN_SCHOOL, EMPLOYER_BEFORE_JOB,
                BUSINESS_NAMED, SPOKEN_COURT, SPOKEN_COMPANY, SPOKEN_EMPLOYER_BEFORE_JOB,
                SPOKEN_EMPLOYER_PHRASE, WORK_ASIDE, LOWER_ORG_FIELD, SPOKEN_BUSINESS,
                SPOKEN_SCHOOL_PHRASE, SCHOOL_BY_SIDE, WHERE_WORKS, LOWER_BUSINESS_NAMED,
                STATE_UNIVERSITY, TOWN_STATE, LOWER_TOWN_STATE, UNION_LOCAL, CHAIN_OFFICES,
                GRADUATED, WELL_KNOWN_FIRM_WRITTEN, EVENT_AT_NAMED, OWNS_NAMED, HOUSE_OF, AGED_AT)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        GRADUATED: ("raduated",), OWNS_NAMED: ("owns ", "owned ", "runs ", "ran "),
        HOUSE_OF: ("house of",), AGED_AT: (" at ",),
        EVENT_AT_NAMED: ("gambl", "fight", "fought", "jumped", "overdosed", "shot", "stabbed",
                         "arrested", "picked up", "drink", "drank", "partying", "relapsed",
                         "robbed", "beat up", "passed out", "found"),
        SPOKEN_COURT: ("court", "county", "regional jail"), SPOKEN_COMPANY: ("corp", "inc", "llc"),
        WORK_ASIDE: ("(",), LOWER_ORG_FIELD: (":",), BUSINESS_NAMED: (",",),
        LOWER_BUSINESS_NAMED: (",",),
        SPOKEN_BUSINESS: BUSINESS_ENDINGS,
        SPOKEN_SCHOOL_PHRASE: ("attend", "goes to", "going to", "suspended", "expelled", "meeting",
                               "accepted", " into",
                               "transferred", "enrolled", "graduated", "sophomore", "freshman",
                               "junior", "senior", "student"),
        SPOKEN_EMPLOYER_PHRASE: ("work", "job", "employed", "hired", "laid off", "layoff", "fired",
                                 "let go",
                                 "manager", "supervisor", "boss", "cashier", "shift", "pastor",
                                 "priest", "rabbi", "imam", "minister", "start",
                                 "therapist", "counselor", "psychiatrist", "prescriber",
                                 "caseworker", "drink", "drank", "bartend", "volunteer",
                                 "promoted", "hours", "resident", "retired", "resigned",
                                 "intern", "applied", "clean", "driv", "drove", "haul",
                                 "community service", *JOB_LEADS),
        WHERE_WORKS: ("where",),
        EMPLOYER_BEFORE_JOB: JOB_WORDS, SPOKEN_EMPLOYER_BEFORE_JOB: JOB_WORDS,
        SCHOOL_BY_SIDE: ("high", "middle", "elementary", "catholic"), STATE_UNIVERSITY: ("state",),
        TOWN_STATE: ("state",), LOWER_TOWN_STATE: (" state", " tech"), UNION_LOCAL: ("local",),
        CHAIN_OFFICES: ("corporate", "headquarters", "hq", "home office", " dc", "center",
                        *map(str, range(10))),
    }

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        group = "fort" if match.re is SPOKEN_FACILITY and match.group("fort") else "id"
        start, end = match.span(group)
        value = match.group(group)
        if value.lower().startswith("the "):
            start += 4
        while end > start and match.string[end - 1] in " .,":
            end -= 1
        return start, end

    def validate(self, match: re.Match[str], text: str) -> bool:
        if "id" in match.re.groupindex and match.group("id") and _chain_in_a_town(match, text):
            return True
        if match.re is HOUSE_OF:
            return True
        if match.re is AGED_AT:
            # ("fifteen at savannah arts"; not "sixteen at the time", "forty at home", "twelve at
            # night", "twenty at a party")
            words = match.group("id").split()
            return not (words[0] in STOP_WORDS or words[0] in DETERMINERS or
                        words[0] in QUANTITY_WORDS or _gerund(words[0]) or any(
                            w in NOT_A_BUSINESS or w in GENERIC_PLACES or w in PLAIN_AFTER_AT or
                            w in KINDS_OF_EVENT_PLACE or w in PERSONAL_PRONOUNS or
                            w in OWNERS or is_clinical_word(w) or is_month(w.capitalize()) or
                            person_verb(w) or _gerund(w) or
                            re.fullmatch(WEEKDAY, w) is not None for w in words))
        if match.re is OWNS_NAMED:
            owner = match.group("owner").lower()
            return not (owner in RELATIONS or owner in PERSONAL_PRONOUNS or
                        owner in DETERMINERS or is_clinical_word(owner))
        if match.re is WELL_KNOWN_FIRM_WRITTEN:
            # (in lower case, not a firm whose name is one plain word: "for micron", not "to
            # 3m"… but "at progressive" is as likely the word)
            firm = match.group("id")
            return firm[0].isupper() or firm[0].isdigit() or " " in firm or not is_word(firm)
        if match.re is EVENT_AT_NAMED:
            # ("at the red lion", not "at the lake", "at her sister's", "at gunpoint")
            # (a kind word beside a name is part of it: "outside club vibe")
            words = match.group("id").split()
            return not all(w in KINDS_OF_EVENT_PLACE or w in GENERIC_PLACES or
                           w in NOT_A_BUSINESS for w in words) and not any(
                w in DETERMINERS or w in OWNERS or w in PERSONAL_PRONOUNS or w in RELATIONS or
                w.endswith(("'s", "’s")) or is_clinical_word(w) or is_month(w.capitalize())
                for w in words)
        if match.re is GRADUATED:
            return any(w not in NOT_A_SCHOOLS_NAME and not is_month(w) and
                       not is_clinical_word(w) for w in match.group("id").split())
        if match.re is SPOKEN_EMPLOYER:
            # "works at raytheon"; and a word that is a firm's name after a job ("works at
            # staples", "laid off from fidelity"), not a place, a time or a trade
            word = match.group("id")
            if word in WELL_KNOWN_FIRMS:
                return True  # "drives for ups", "works at 3m", whatever else the word says
            if word in AUTOMAKERS and WORKS_THERE.match(match.group(0)):
                return True  # "works at hyundai on the line": the plant (not "drives a honda")
            if is_clinical_word(word) or word[0].isdigit():
                return False  # (not "works at 5am")
            # "works for cash", "a nurse with experience"
            at_place = not re.search(r"\b(?:for|with)\s+\S+$", match.group(0))
            if match.group("strict"):
                return word not in gazetteers.common_words() and not is_care_department(word)
            if match.group("job"):
                # after a job's noun, a firm's word is rare ("a trader at citadel"; not "a
                # server at lunch", "the operator at dispatch")
                return not is_care_department(word) and word not in TRADES and \
                    gazetteers.word_frequency(word) < 3.5
            return word not in gazetteers.common_words() or (
                at_place and _lower_business_name([word]) and word not in TRADES and
                gazetteers.word_frequency(word) < 5.0)
        if match.re is SPOKEN_ORG:
            # A word no dictionary, name list or clinical list knows, rare in English, and not
            # shaped like an adjective ("from atrial", "at baseline" are medicine).
            word = match.group("id")
            # "at vanderbilt" is the university, whatever scale shares its name
            scale_as_place = match.group(0).startswith("at") and word in SCALES
            return not (word in gazetteers.common_words() or word in GENERIC_PLACES or (
                is_clinical_word(word) and not scale_as_place) or
                        word in gazetteers.first_names() or
                        # ("died at wakemed": a hospital's "-med", not an adjective's "-ed")
                        (word.endswith(ADJECTIVE_ENDINGS) and not word.endswith("med")) or
                        word in RELATIONS) and gazetteers.word_frequency(word) < 3.5
        if match.re is TOWN_STATE:
            town = match.group("town")
            if town.isupper():
                return town in STATES  # "NC State", a university by its state's code
            if town in STATE_NAMES:  # "Ohio State", not "the Ohio State line"
                return not re.search(r"\b[Tt]he\s+$", text[max(0, match.start() - 5):match.start()])
            return town in gazetteers.places()
        if match.re is CHAIN_OFFICES:
            chain = match.group("chain").lower().split()
            return " ".join(chain) in EVERYDAY_NAMES or is_chains_shop(chain)
        if match.re is UNION_LOCAL:
            # a union's, said as one belongs to or works through it ("with local 103", "IBEW
            # Local 58"); not "a local 24 hour store" nor "the local 5k"
            if not match.group("id").startswith("local"):
                return True
            before = text[max(0, match.start() - 12):match.start()].split()
            return bool(before) and before[-1].lower() in UNION_MEMBERSHIP
        if match.re is LOWER_TOWN_STATE:
            # ("at boise state", "to kent state"; a state's own name is said of the state, not
            # its university: "moved to washington state"; nor "at a state", "to the state")
            town = match.group("town")
            if match.group("kind") == "tech":
                return town in STATES_IN_LOWER_CASE  # "at texas tech", "to georgia tech"
            return town in gazetteers.places_lower() and town.title() not in STATE_NAMES and \
                not any(w in DETERMINERS or w in OWNERS or w in STOP_WORDS for w in town.split())
        if match.re in (SPOKEN_COMPANY, SCHOOL_BY_SIDE, STATE_UNIVERSITY):
            return True  # only a company is incorporated; a side of town names its school
        if match.re is ORG_FIELD:
            # "Employer: Raytheon", not "Employer: None", "Work: Full time", "Work: Retired"
            first = match.group("id").split()[0].lower().rstrip(".,;")
            return first not in NOT_AN_EMPLOYER
        if match.re is LOWER_ORG_FIELD:
            # The form says an employer or school is named here: any words but a lack of one
            # ("employer: fidelity", "employer: ocean state job lot"; not "none currently")
            words = match.group("id").split()
            return not any(w in NOT_AN_EMPLOYER for w in words) and not \
                all(is_clinical_word(w) for w in words)
        if match.re is WORK_ASIDE:
            # "work (Fidelity)", "job (home depot)"; not "work (remote)" or "none"
            value = match.group("id")
            if " " in value and value.islower():
                return _lower_business_name(value.split())
            # one word: capitalised and not clinical ("work (Fidelity)"), or no English word
            return value.lower() not in NOT_AN_EMPLOYER and not (
                " " not in value and ((is_word(value.lower()) and not value[0].isupper()) or
                                      is_clinical_not_firm(value)))
        if match.re is SPOKEN_SCHOOL_PHRASE:
            # a school's name, by its kind or a word no dictionary has ("umass amherst",
            # "alma del mar"); not "goes to bed" or "attends aa meetings"
            words = match.group("id").split()
            if any(w in PHRASE_GOES_ON or w in TITLES or w in SPEECH_VERBS or
                   re.fullmatch(WEEKDAY, w) for w in words):
                return False  # "goes to emanuel ame every sunday", "attending dr feldman told"
            if words[-1] in SCHOOL_ENDINGS:
                # "whaling city junior", not "high school" or "community college"
                return len(words) > 1 and not any(
                    w in NOT_A_BUSINESS or w in STOP_WORDS for w in words) and not all(
                    w in PLAIN_SCHOOL_WORDS or w in SCHOOL_ENDINGS for w in words[:-1])
            if len(words) == 1 and SCHOOL_ONLY.search(match.group(0)):
                # "suspended from brown", "a sophomore at tufts": after what only a school is
                # named for, even a word; not "transferred from upstairs"
                return _lower_business_name(words) and words[0] not in PLAIN_SCHOOL_WORDS and \
                    words[0] not in SCHOOL_ENDINGS and not is_clinical_word(words[0]) and \
                    not is_care_department(words[0]) and gazetteers.word_frequency(words[0]) < 5.2
            return _lower_business_name(words) and any(
                not is_word(w) and not is_clinical_word(w) for w in words)
        if match.re in (SPOKEN_EMPLOYER_PHRASE, SPOKEN_BUSINESS, WHERE_WORKS,
                        LOWER_BUSINESS_NAMED):
            words = match.group("id").split()
            # "started at verizon in june": the name ends where the sentence goes on, and
            # before a verb ("her shift at bmw ended")
            last = words[-1]
            verb = len(last) > 4 and last.endswith("ed") and (is_word(last[:-2]) or
                                                             is_word(last[:-1]))
            # a clause, a count or what one does there, after the name's end: "a resident at
            # elmhurst and hasn't slept", "drives for averitt and sleeps in his cab", "for
            # halliburton two weeks on", "at palermo's making pizzas", "at lakefront brewery
            # drinks after"
            clause = any("n't" in w or "n’t" in w or w in PERSONAL_PRONOUNS or w in NUMBERS or
                         w in STILL_AND_SUCH or
                         ((words[k] == "and" or words[k] in BUSINESS_ENDINGS) and person_verb(w))
                         # (the last word may be the firm's trade: "graphic packaging")
                         or (_gerund(w) and w not in BUSINESS_ENDINGS and k + 2 < len(words))
                         for k, w in enumerate(words[1:]))
            if " ".join(words) in WELL_KNOWN_FIRMS:
                return True  # ("habitat for humanity": "for" in the firm's name)
            if is_state_transit(words[:-1], words[-1]):
                return False  # "drives for nj transit"
            if last in TRADE_ENDINGS and all(is_word(w) for w in words[:-1]) and not \
                    TRADE_WORKED_FOR.search(text, max(0, match.start() - 16), match.start()):
                return False  # "to come work roofing": the trade, not a firm's name (but "a
                # roofer for sunshine roofing": the firm one works for)
            return _lower_business_name(words) and not any(w in GOES_ON for w in words[1:]) \
                and not (len(words) > 1 and verb) and not clause
        if match.re is SPOKEN_EMPLOYER_BEFORE_JOB:
            # a town or a name no dictionary has, not "a night nurse" or "a lyft driver"
            word = match.group("id")
            return not (is_word(word) or is_clinical_word(word) or
                        word in gazetteers.first_names() or is_demonym(word))
        if match.re in (SPOKEN_FACILITY, SPOKEN_SCHOOL, SPOKEN_COURT):
            # A name no dictionary has before the kind ("morton hospital", "fort campbell"),
            # not "the state hospital" or "her old clinic"
            fort = match.groupdict().get("fort")
            named = fort.split()[1:] if fort else match.group("id").split()[:-1]
            if not fort and match.group("id").endswith(" college prep"):
                named = named[:-1]  # "king college prep": the kind is two words
            plain_school = not fort and match.group("id").endswith(" school") and \
                not match.group("id").endswith(("high school", "middle school",
                                                "elementary school"))
            if not fort and match.group("id").endswith(" med"):
                # "maine med", "tufts med": a place's or a college's hospital; not "the er med
                # student", "her psych med" or "antihypertensive med"
                place = " ".join(named)
                return place in gazetteers.places_lower() or place in gazetteers.colleges() or \
                    place in STATES_IN_LOWER_CASE
            school_after = BEFORE_A_SCHOOL.search(text, max(0, match.start() - 16),
                                                  match.start())
            # after "the", a school's own words are rare: "at the pierce school", not "at the
            # art school"
            plain_after_the = school_after is not None and school_after.group("the") is not None \
                and any(gazetteers.word_frequency(w) >= 4.0 for w in named)
            if match.re is SPOKEN_FACILITY and plain_school and (
                    school_after is None or plain_after_the):
                return False  # "go to oliver partnership school"; not "mom tiffany about school"
            if not fort and match.group("id").endswith(" hall"):
                # "the roof of mertz hall": a hall is named only by words no dictionary has
                # (not "the pool hall", "the union hall")
                return all(not is_word(w) and gazetteers.word_frequency(w) < 3.0 and
                           w not in GENERIC_PLACES for w in named)
            if any(w.removesuffix("'s").removesuffix("’s") not in gazetteers.common_words() and
                   not is_care_word(w) for w in named):
                return True
            town = " ".join(w for w in named if w not in PLAIN_FACILITY_WORDS)
            if len(named) > 1 and " ".join(named) in gazetteers.places_lower():
                town = " ".join(named)  # "the garden city terminal": "city" in a town's name
            if not fort and town and town in gazetteers.places_lower() and \
                    not match.group("id").endswith((" park", " school", " general", " plant",
                                                    " mill", " pd", " police")):
                return True  # "she's at pueblo community college": a town names the place
            # "admitted to butler hospital": plain words, but with no article and no kind of
            # hospital among them, they are its name
            before = text[max(0, match.start() - 8):match.start()].split()
            if fort and not (before and (before[-1] in DETERMINERS or before[-1] in OWNERS)):
                # forts are named for people: "in fort sanders", "at fort hood"; not "a fort",
                # "his fort"
                return in_list(gazetteers.surnames(), named[0]) and \
                    gazetteers.word_frequency(named[0]) < 5.0
            after = FOLLOWING_WORD.match(text, match.end())
            goes_on = not fort and match.group("id").endswith("behavioral") and \
                after is not None and after.group(1) not in PHRASE_GOES_ON
            if goes_on or any(w in PERSONAL_PRONOUNS or w in PHRASE_GOES_ON or person_verb(w) or (
                    is_word(w) and w.endswith("ed")) for w in named):
                return False  # "is back she left cascade", "we did behavioral activation"
            if match.re is SPOKEN_FACILITY and not fort and bool(named) and school_after and \
                    match.group("id").endswith(PLAIN_NAMED_SCHOOLS):
                # "vape at canyon middle", "kicked out of skyline high", "at lone peak high":
                # plain words before a school's kind, after "at"; not "at her new school", "from
                # being high" or "at peak high"
                return not plain_after_the and not any(
                    w in PLAIN_SCHOOL_WORDS or w in PLAIN_FACILITY_WORDS or w in SCHOOL_ENDINGS or
                    w in STOP_WORDS or is_care_word(w) or w.endswith("ing") or
                    (len(named) == 1 and w in LEVELS) for w in named)
            if match.re is SPOKEN_COURT and match.group("id").endswith("regional jail"):
                # "southern regional jail": a region's jail, named by plain words
                return not any(w in STOP_WORDS for w in match.group("id").split()[:-2])
            kind = None if fort else next(
                (k for k in PLAINLY_NAMED_KINDS if match.group("id").endswith(" " + k)), None)
            before_kind = match.group("id")[:-len(kind)].split() if kind else []
            return match.re is SPOKEN_FACILITY and not fort and bool(before_kind) and \
                not (before and before[-1] in DETERMINERS) and \
                not any(w in PLAIN_FACILITY_WORDS or is_care_word(w) or w.endswith("ing")
                        for w in before_kind)  # ("they're talking hospice")
        words = [w for w in match.group("id").split() if w[:1].isupper()]
        if match.re is EMPLOYER_BEFORE_JOB:
            # "a Lyft driver", "an ICU nurse", "a Spanish teacher", "a Special Ed teacher" name
            # no one's employer
            return not any(is_clinical_word(w) or is_demonym(w.lower()) or is_month(w) or
                           (w.lower() in gazetteers.common_words() and not w.isupper())
                           for w in words)
        if match.re in (WORKSITE, STORE_NUMBER, BUSINESS_NAMED):
            # "Stop & Shop" has a word of DBT in it, but not only such words
            return not all(is_care_word(w) for w in words) and not any(
                is_month(w) or w in HOLIDAYS or w.lower().rstrip(".") in TITLES for w in words)
        # "works at Amazon" names no one's workplace; "Amazon Robotics" does, and so does
        # "FedEx", shaped like an abbreviation; "Stop & Shop" has a DBT skill in it, but not only.
        clinical = [is_care_word(w) and not is_camel_case_name(w) for w in words]
        return bool(words) and not (len(words) == 1 and (
            is_clinical_not_firm(words[0]) or
            is_care_department(words[0]))) and not all(clinical)


# A place dictated in lower case before its kind, after "at the", "from the"…: "staying at the
# trevor house", "at the harbor light shelter", "in the converse home", "the packers pro shop"
PLACE_KINDS = ("shelter", "packing house", "home", "garage", "market", "pro shop", "ranch",
               "house", "mission", "homes", "courts")
# (a house, shelter or mission without "the" too: "her mom is at odyssey house")
NAMED_BEFORE_KIND = re.compile(r"\b(?:at|from|to|in|into|outside|near|behind|out[ \t]+of)[ \t]+"
                               r"(?:the[ \t]+|(?=[a-z]+(?:[ \t][a-z]+)?[ \t](?:house|shelter|"
                               r"mission)\b))"
                               r"(?P<id>(?P<words>(?:[a-z][a-z'’-]+[ \t]){1,2})"
                               rf"(?:{alternation(PLACE_KINDS)}))\b(?!['’-])")
# Words that make "the … shelter" or "the … home" a kind of place, not one place's name (with
# the plain words of facilities: "family", "women's", "county"…)
KIND_OF_PLACE_WORDS = frozenset("""
homeless womens men's mens youth emergency domestic violence dv animal overnight nursing group
foster funeral halfway sober safe warm rescue parking
""".split())


class PlaceBeforeItsKindRecognizer(Recognizer):
    """A shelter, home, house or shop named in lower case before its kind, by a word that is
    rarely anything else: "the trevor house", "the harbor light shelter" (not "the homeless
    shelter", "the parking garage" or "the big house")."""

    label = Label.ORGANIZATION
    priority = 57
    patterns = (NAMED_BEFORE_KIND,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {NAMED_BEFORE_KIND: PLACE_KINDS}

    def validate(self, match: re.Match[str], text: str) -> bool:
        words = match.group("words").split()
        return not any(w in KIND_OF_PLACE_WORDS or w in PLAIN_FACILITY_WORDS or
                       w in DETERMINERS or w in PERSONAL_PRONOUNS or is_clinical_word(w) or
                       w in RELATIONS or w.endswith(("'s", "’s")) or w in STOP_WORDS or
                       (w.endswith(("ing", "ed")) and is_word(w)) for w in words) and \
            any(gazetteers.word_frequency(w) < 4.5 for w in words)


# A place named by plain words where a named street is said right after it: "he's at the healing
# place on market street", "a cook at the silver spoon on fern valley road" (not "the bus stop
# on main street", "her mom's house on elm street", "the blue house on oak st")
PLACE_ON_A_STREET = re.compile(
    r"\b(?:at|from|outside|behind|near|to|into|of)\s+the\s+"
    r"(?P<id>[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*)?)\s+on\s+[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*)?\s"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|pike|highway|parkway|"
    r"pkwy)\b")
# Words that say what kind of place, never which one
KIND_OF_PLACE = GENERIC_PLACES | KIND_MODIFIERS | BUSINESS_KINDS | WHICH_ONE | \
    PLAIN_FACILITY_WORDS | frozenset("""
stop lot corner spot building complex salon restaurant laundromat barbershop pharmacy bank
factory plant warehouse shop
""".split())


class PlaceOnAStreetRecognizer(Recognizer):
    """A place dictated by plain words with the named street it stands on after it: the
    words are the place's name, unless they only say what kind of place it is."""

    label = Label.ORGANIZATION
    priority = 56
    patterns = (PLACE_ON_A_STREET,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {PLACE_ON_A_STREET: (" on ",)}

    def validate(self, match: re.Match[str], text: str) -> bool:
        words = match.group("id").split()
        return not any(w in STOP_WORDS or w in DETERMINERS or w in PERSONAL_PRONOUNS or
                       w in RELATIONS or w.endswith(("'s", "’s")) or w in WORK_TIMES or
                       is_month(w.capitalize()) for w in words) and \
            " ".join(words) not in KINDS_OF_BUSINESS and \
            any(w not in KIND_OF_PLACE and not is_clinical_word(w) for w in words)
