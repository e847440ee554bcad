"""Places smaller than a state: street addresses, ZIP codes, cities, counties, facilities;
and the organisations (employers, schools) a client can be found through."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import ClassVar

import ahocorasick

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import (
    EPONYM_NOUNS,
    EPONYMS,
    EVERYDAY_NAMES,
    HOLIDAYS,
    is_care_word,
    is_clinical_word,
)
from sealnote.boundary.recognizers.base import Cue, Recognizer, alternation
from sealnote.boundary.recognizers.dates import (
    MONTHS,
    NUMBER_WORD,
    ONES,
    ORDINAL_WORDS,
    TEENS,
    TENS,
)
from sealnote.boundary.recognizers.names import (
    AGE_BESIDE,
    DETERMINERS,
    JOB_WORDS,
    NUMBERS,
    OWNERS,
    PEOPLES,
    RELATIONS,
    ROLES,
    SPANISH_WEEKDAYS,
    SPANISH_WORDS,
    TRIBAL_NAMES,
    folded,
    is_demonym,
    is_word,
    person_verb,
)
from sealnote.boundary.spans import Label, Span

STREET_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Boulevard",
    "Blvd", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Close",
    "Parkway", "Pkwy", "Highway", "Hwy", "Square", "Sq", "Trail", "Trl", "Loop", "Row", "Alley",
    "Crescent", "Grove", "Path", "Pike", "Plaza", "Run", "Walk", "Turnpike", "Route", "Rte",
    "Expressway", "Freeway",
)
ABBREVIATED = ("St", "Ave", "Rd", "Ln", "Dr", "Blvd", "Ct", "Pl", "Ter", "Cir", "Pkwy", "Hwy",
               "Sq", "Trl", "Rte")
UNIT_CORE = (r"(?:(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Floor|Fl\.?|Room|Rm\.?|#)\s*[\w-]+|"
             r"\d{1,2}(?:st|nd|rd|th)\s+(?i:floor))")
UNIT = rf"(?:,?\s*{UNIT_CORE})"
STATES = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
""".split()
STATE_NAMES = [*"""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split(), "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]
CITY_STATES = frozenset({"New York", "Washington"})
CAP = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)?)"


STREET_ENDINGS = ("katu|tie|kuja|polku|gata|gatan|vägen|väg|vej|vænget|veien|vegen|gade|straße|"
                  "strasse|weg|gasse|platz|laan|straat|gracht|utca|allee|damm|ufer|steig|"
                  "torget|torv|stræde")
# Elsewhere: "Koskikatu 25", "Brucker Bundesstrasse 31" (the word's ending is checked in
# `validate`, which is quicker than asking the pattern to try every ending in every word)
STREET_ENDING_NUMBER = re.compile(rf"\b(?:\d{{1,6}}\s+){{0,2}}(?:[A-ZÀ-Þ][\w'’-]*\s+)?"
                                  rf"(?P<street>[A-ZÀ-Þ][\w'’-]*)\s+\d{{1,5}}[A-Za-z]?\b\.?"
                                  rf"{UNIT}?")
STREET_WORDS = ("Rua|Rúa|Via|Viale|Piazza|Calle|C/|Avenida|Avda\\.|Av\\.|Rue|Largo|Travessa|Praça|"
                "Paseo|Carrer|Ulica|ul\\.|Strada|Corso|Camino|Estrada|Rambla")
HOUSE_NUMBER_FIRST = re.compile(
    r"(?<![\w.,/:-])(?:\d{1,6}\s+)?\d{1,6}\s+(?P<words>(?:[^\W\d_][\w'’.-]*\s+){1,4})\d{1,5}[A-Za-z]?\b\.?"
    r"(?=\s*(?:$|\n|,|/|(?:Apt|Suite|Unit|Ste)\b))", re.MULTILINE)
# Written in lower case, an address shows itself by its unit: "2613 avenida praia 1 suite 463",
# "0605 πεντέλης 210 apt. 999"; or by a street word no English sentence has: "26 rue des
# lieutemants", "688 rue du centre 320"
LOWER_ADDRESS = re.compile(
    r"(?<![\w.,/:-])\d{1,6}(?:[ \t]+\d{1,6})?[ \t]+(?P<words>(?:[^\W\d_][\w'’.-]*[ \t]+){1,4})"
    r"(?:\d{1,5}[ \t]+)?(?i:apt\.?|suite|unit)[ \t]*#?\d{1,5}\b"
    r"|(?<![\w.,/:-])\d{1,5}(?:[ \t]+\d{1,5})?[ \t]+(?:rue|calle|avenida|rua|avda\.|ul\.|strada|"
    r"carrer)[ \t]+(?P<street>(?:[^\W\d_][\w'’-]*[ \t]?){1,4})(?:[ \t]*\d{1,5}\b)?")
# A town's own offices, as dictation names them after the town
TOWN_OFFICES = (r"police(?: department)?|pd|fire department|sheriff['’]?s office|public schools|"
                r"housing authority|superior court|superior|district court|probate court|"
                r"family court|juvenile court")
# The kinds of street, as dictation writes them
LOWER_STREET_KINDS = ("street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr",
                      "boulevard", "blvd", "court", "ct", "place", "pl", "terrace", "ter",
                      "circle", "cir", "parkway", "pkwy", "plaza", "square", "sq", "way",
                      "highway", "pike", "concourse")
# Dictated in lower case, a house number, a street's name and its kind: "mail goes to 8 elm ct",
# "100 n. main st", "12-14 grove st"
LOWER_STREET = re.compile(
    r"(?<![\w.,/:-])\d{1,6}(?:-\d{1,6})?[ \t]+(?:[nsew]\.?[ \t]+)?"
    # ("1520 e 4th st": a numbered street)
    rf"(?P<words>(?:(?:[a-z][a-z'’-]*|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,3}})"
    rf"(?P<kind>{alternation(LOWER_STREET_KINDS)})"
    r"\b\.?")
# A form's address field holding only the street: "Address: Pleasant Street", "address: kempton st"
ADDRESS_FIELD_STREET = re.compile(
    r"\b(?i:address)[ \t]*:[ \t]*(?P<id>(?:[A-Za-z][a-z'’-]*[ \t]+){1,3}(?i:street|st|avenue|"
    r"ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|ter|circle|cir|"
    r"parkway|pkwy|way)\b\.?)")
# Scans and readings written like a street: "2 head ct", "3 chest ct"
SCANNED = frozenset("head chest abdomen abd pelvis brain sinus neck spine cardiac lung".split())
# Words of a sentence or a measure, never of a street's name
NOT_STREET_WORDS = frozenset("""
the a an to of in on at for from by and or with his her their my our miles mile blocks block
steps minutes hours days weeks times mg tabs pills doses feet yards am pm per
""".split())
# A street named without a kind word, then its number, ending the sentence: "lives on Peter
# Zuidhove 188.", "the bus station is on Pod Floriánem 1677"
STREET_THEN_NUMBER = re.compile(r"\b(?:on|of)\s+(?P<id>(?:[A-ZÀ-Þ][\w'’-]*\s+){1,3}\d{1,5})"
                                r"(?=[ \t]*(?:$|\n|[.,;?!](?:\s|$)))")
# A street word of another language between the street's name and its number:
# "Trenerys gate 232", "Kálmán Imre u. 12.", "Luite tee 87", "Villacher Strasse 89"
NAMED_STREET_NUMBER = re.compile(
    r"\b(?P<words>(?:[A-ZÀ-Þ][\w'’-]*\s+)?[^\W\d_][\w'’-]*\s+)(?i:strasse|straße|weg|gasse|platz|allee|gata|"
    r"gatan|gate|vej|veien|vei|tie|katu|laan|straat|utca|u\.|út|útja|tér|tee|põik|sokak|"
    r"caddesi)\s+\d{1,5}[A-Za-z]?\b\.?")
# ("lot 14" of a mobile home park, "hut 9" of a village of huts)
UNIT_ALONE = re.compile(r"(?<!\w)(?:Apt\.?|Apartment|Unit|Suite|Ste\.?)\s*#?\s*[\w-]*\d[\w-]*"
                        # (by its number only: not a vaccine's "lot UK4471A")
                        r"|(?<!\w)(?<!\ba )(?:Lot|Space|Hut)[ \t]*#?[ \t]*\d{1,4}\b(?![\w/-]|\.\d)",
                        re.IGNORECASE)
# A corner named by a numbered street and another: "from 16th and Mission", "at 3rd & Pine"
NUMBERED_CORNER = re.compile(r"\b(?:at|on|from|near|of|to|off|by)[ \t]+"
                             # ("killed on sixteenth and pulaski": the number said)
                             rf"(?P<id>(?:\d{{1,3}}(?:st|nd|rd|th)|(?P<said>{ORDINAL_WORDS}))"
                             r"[ \t]+(?:and|&)[ \t]+"
                             # ("at 63rd and halsted": dictated, a word no dictionary has)
                             r"(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)|(?P<lower>[a-z]{3,})))\b")
# ... or a named street first, written with "&": "Duane Reade Broadway & 168th"
NAMED_THEN_NUMBERED_CORNER = re.compile(r"\b[A-Z][a-z]+[ \t]+&[ \t]+\d{1,3}(?:st|nd|rd|th)\b")
# "My unit is 4B.", "our apartment number is 12": one's own unit, said in a sentence
OWN_UNIT_SAID = re.compile(r"\b(?i:my|our|his|her|their)[ \t]+(?i:unit|apartment|apt\.?|room)"
                           r"(?:[ \t]+(?i:number|no\.?|#))?[ \t]+(?i:is|was)[ \t]+#?"
                           r"(?P<id>\d{1,4}[A-Za-z]?|[A-Za-z]-?\d{1,4})(?=[ \t]*(?:[.,;!?]|$))",
                           re.MULTILINE)


# The lines after an address: "Suite 282", "Domoszló", "KNIVSTA, 18237", "Cyprus 36903", ", CO"
# (the last may end its sentence: "… Cyprus 91815. I now live in …")
NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(?:>[ \t]*)?(?P<line>,?[ \t]*(?:(?:[^\W_]|∆)[\w'’.∆()-]*)"
                       r"(?:[ \t,]+[\w'’.∆()-]+){0,4})[ \t]*(?=\n|$|[.?!;,](?:\s|$))")


def is_month(word: str) -> bool:
    """A capitalised month or its abbreviation ("March", "Sept.")."""
    bare = word.strip(".")
    return bare[:1].isupper() and bare.lower() in MONTHS


def _sentence_word(word: str) -> bool:
    """A word of running text, never of an address: a clinical term or weekday, a month, or a
    lower-case English word."""
    bare = word.strip(".")
    # An eponym is a surname first, and so a town's name too ("Barre", "Addison").
    return (is_clinical_word(bare) and bare.lower() not in EPONYMS) or is_month(bare) or (
        bare.islower() and bare in gazetteers.common_words())


# The rest of an address on its line: "Apt. 597 MÜLLNERN KA", ", Danmarkshavn, Greenland 87967"
# The small words inside towns' names: "Ostrov nad Ohří", "Saint-Martin-de-la-Mer",
# "Velká Bukovina u Děčína" ("nad" is also NAD, "no acute distress").
TOWN_PARTICLES = frozenset("nad pod u v z na de la le les del di da do du des van von der den am "
                           "im an sur sous".split())
# A part of an address's rest: a unit, a capitalised word, a postcode, a comma, a town's small
# word before a capitalised one, or a word after a comma in any case (", mohács, hungary").
TAIL_PART = re.compile(rf"{UNIT}|,?[ \t]+(?P<word>[A-ZÀ-ÞΑ-Ω][\w'’.()-]*)|"
                       r",?[ \t]+\d{3,6}(?:[ -]\d{2,4})?\b|,[ \t]*(?P<lower>[^\W\d_][\w'’-]*)|,|"
                       r"[ \t]+(?:" + "|".join(sorted(TOWN_PARTICLES)) + r")(?=[ \t]+[A-ZÀ-Þ])")


LOWER_TOWN_AFTER_COMMA = re.compile(r",[ \t]*([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?")


def leading_place(words: Sequence[str]) -> int:
    """How many of `words`, from the first, make the longest place's name they begin with (0
    for none): ["fall", "river", "has"] -> 2."""
    for count in range(len(words), 0, -1):
        if " ".join(words[:count]).lower() in gazetteers.places_lower():
            return count
    return 0


def _lower_town_after_comma(text: str, end: int) -> int | None:
    """Where a town dictated after an address's comma ends ("210 county st., fall river"): its
    words, if they are a place's and not one plain word ("…st., reading is hard")."""
    town = LOWER_TOWN_AFTER_COMMA.match(text, end)
    if town is None:
        return None
    count = leading_place([w for w in town.groups() if w])
    if count == 0 or (count == 1 and town.group(1) in gazetteers.common_words()):
        return None
    return town.end(count)
# The first words of regions' names: "Upper Austria", "North Holland", "Western Cape"
REGION_WORDS = frozenset("Upper Lower North South East West Northern Southern Eastern Western "
                         "Central".split())


@cache
def _country_words() -> frozenset[str]:
    """The capitalised words of countries' names ("Kingdom", "Republic"): an address's last
    line may carry its country."""
    return frozenset(w for c in gazetteers.countries() for w in c.split() if w[:1].isupper())


def address_tail(text: str, end: int) -> int:
    """Where an address that has reached `end` stops on its own line."""
    for _ in range(12):
        town_end = _lower_town_after_comma(text, end)
        if town_end is not None:
            end = town_end
            continue
        part = TAIL_PART.match(text, end)
        if part is None:
            break
        if part.group("lower") and _sentence_word(part.group("lower")):
            break  # ", and then…": the sentence goes on
        word = part.group("word")
        if word and text[end - 1:end] == "." and not part.group(0).startswith(",") and \
                word.strip(".").lower() not in gazetteers.places_lower() and \
                word not in _country_words():
            break  # "…on Ashley Blvd. Prescriber DEA…": a new sentence, not a town
        # A town that is also a word ("Boulder") when it ends the address: "…, Suite 210,
        # Boulder."
        last_town = word is not None and word.strip(".").lower() in gazetteers.places_lower() \
            and re.match(r"\.?(?:[,\n]|$|\s+[A-Z0-9])", text[part.end() - word.endswith("."):])
        if word and word not in _country_words() and word not in REGION_WORDS and (
                _sentence_word(word) or (
                not word.isupper() and word.lower().strip(".") in gazetteers.common_words()
                and not last_town)):
            break
        end = part.end()
    while text[end - 1:end] == ",":
        end -= 1
    # A full stop after a town ends the sentence; after "St" or "19" it is part of the address.
    if text[end - 1:end] == "." and re.search(r"[^\W\d_]{5,}\.$", text[max(0, end - 8):end]):
        end -= 1
    return end


# The label that starts a form's next field: "HOME PHONE:", "CITY/STATE/ZIP:"
FORM_LABEL = re.compile(r"[ \t]*[A-Za-z][A-Za-z /#&-]{1,30}:")




def address_lines_after(text: str, end: int) -> int:
    """Where an address block that has reached `end` stops: up to four short lines of unit,
    town, region, country and postcode, each with no lower-case word of a sentence."""
    for _ in range(4):
        line = NEXT_LINE.match(text, end)
        if line is None:
            break
        # A sentence may start on the address's last line: "Cyprus 91815. I now live…"
        value = re.split(r"(?<=\w)[.?!](?=\s)", line.group("line"), maxsplit=1)[0]
        words = re.findall(r"[^\W\d_][\w'’.-]*", value)
        if value.lstrip().startswith(","):
            words = [w for w in words if not (w.isupper() and len(w) <= 3)]  # ", PE": a region
        if len(value) > 40 or any(_sentence_word(w) for w in words if w not in TOWN_PARTICLES) or \
                FORM_LABEL.match(value):
            break  # "HOME PHONE: …" starts the form's next field, not the address's next line
        end = line.start("line") + len(value)
        if len(value) < len(line.group("line")):
            break
    return end


NUMBER_WORDS = rf"(?:{NUMBER_WORD}[\s-]+)"
# An interstate's number said aloud: "ten", "eighty five", "two ninety five", "four oh five"
INTERSTATE_SAID = (rf"(?:{ONES})\s+(?:oh\s+(?:{ONES})|{TENS}(?:[\s-](?:{ONES}))?)|ten|"
                   rf"{TENS}(?:[\s-](?:{ONES}))?")
# Speech-to-text writes streets in lower case and house numbers in words.
SPOKEN_STREET = re.compile(
    r"\b(?:on|off|at|from|to|near|onto|up|down|along|past)\s+(?P<id>(?:\d{1,6}[a-z]?\s+|"
    + NUMBER_WORDS
    + r"*)(?P<first>[a-z]+)"
    # (no preposition among the words: "robbed at gunpoint on international boulevard")
    r"(?P<rest>(?:\s(?!(?:on|at|in|off|to|from|near|onto)\b)[a-z]+){0,2})"
    r"\s(?:street|avenue|road|lane|drive|boulevard|court|terrace|"
    r"circle|highway|pike|trail|concourse|"
    r"parkway|turnpike|st|ave|rd|ln|blvd)\b"
    # "apartment four", "unit two b": a unit said aloud
    r"(?:,?\s(?:apartment|apt|unit|suite)\s(?:number\s)?(?:\d{1,5}[a-z]?|" + NUMBER_WORDS
    + r"*" + NUMBER_WORD + r"(?:\s[a-z]\b)?))?)")
# A Spanish street's name dictated after "on": "their place on del playa", "on el camino"
SPANISH_STREET_SAID = re.compile(r"(?<=\bon )(?P<id>(?:del|de la|las|los|el)\s+[a-z]{3,})\b")
# A numbered street dictated as New York numbers them, with its house's number or after "on":
# "at four ten east one forty ninth", "on west forty second street"
ORDINAL_ONES = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
ORDINAL_SAID = (rf"(?:(?:one|two)\s+(?:hundred\s+(?:and\s+)?)?)?(?:{TENS}[\s-](?:{ORDINAL_ONES})|"
                r"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|tenth|eleventh|twelfth|"
                rf"(?:thir|four|fif|six|seven|eigh|nine)teenth|{ORDINAL_ONES})")
NUMBERED_STREET_SAID = re.compile(
    rf"\b(?P<id>{NUMBER_WORDS}{{1,3}}(?:east|west|north|south)\s+{ORDINAL_SAID}"
    rf"(?:\s+street)?|(?<=\bon )(?:east|west)\s+{ORDINAL_SAID}(?:\s+street)?"
    # "st. vincent's on eighty sixth": a street of two words' number, even without its side
    # ("lives on one seventy fifth": a hundreds digit first)
    rf"|(?<=\bon )(?:(?:one|two)\s)?{TENS}[\s-](?:{ORDINAL_ONES})"
    r"(?!\s+(?:floor|grade|birthday|time|of)\b)"
    rf"(?:\s+street)?)\b")
# A street by its side of town, dictated without its kind: "her landlord on east colfax", "the
# walmart lot on south broadway"
# ("their place on southeast fifty second": a quarter's numbered street, Portland's way)
SIDED_STREET = re.compile(r"\b(?:on|off|onto|(?P<at>at))\s+(?P<id>(?P<number>(?:\d{1,6}\s+|"
                          + NUMBER_WORDS + r"+))?(?:north|south|east|west)(?:east|west)?\s+"
                          rf"(?P<street>(?P<ordinal>{ORDINAL_SAID})|[a-z]+))\b(?!['’-])")
# A street said by its name alone after a business on it: "meetings at the alano club on
# westheimer", "the bar on bergenline"
STREET_AFTER_BUSINESS = re.compile(r"\b(?i:club|bar|station|store|shop|church|house|restaurant|"
                                   r"diner|motel|hotel|inn|lodge|hall|center|salon|nails|market|"
                                   r"eleven|mart|gym|pub|grill|cafe|café|tavern|lounge|bakery|"
                                   r"barbershop|laundromat|firehouse)\s+on\s+"
                                   r"(?P<id>[A-Za-z][a-z'’-]+)\b"
                                   rf"(?!['’-]|\s+(?i:{alternation(LOWER_STREET_KINDS)})\b)")
# A street said alone after "on", dictated where a place is spoken of: "a party on magnolia",
# "got shot on troost", "behind the smith's on flamingo": a word seldom written otherwise
STREET_SAID_ALONE = re.compile(
    r"(?<=\bon )(?P<id>[a-z]{4,})\b(?!['’-])(?= (?:and|in|at|near|by|where|when|after|since|"
    r"with|last|this|the|he|she|they|i|we|but|so|for|to|before|every|tonight|yesterday|now|"
    r"again|anymore|right|because|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"[,.;!?]|$)")
PLACE_SPOKEN_OF = re.compile(r"\b(?:party|parties|shot|lives|living|live|house|apartment|place|"
                             r"hanging|hangs|corner|store|shop|shelter|church|behind|outside|"
                             r"jumped|stabbed|robbed|sleeping|parked|crash|crashed|wreck|"
                             r"accident|job|works|bar|club|station|school|motel|hotel)\b")
# Streets' names that are words, said alone after a business on them: "the firehouse on elm",
# "the bar on main"
WORD_STREETS = frozenset("""
main broad elm oak maple pine cedar birch walnut chestnut spruce willow high union water market
church center front mill spring washington lincoln jefferson franklin madison jackson central
""".split())
# A town's exit off a highway: "broke down on rt 24 by the raynham exit"
TOWN_EXIT = re.compile(r"\bthe\s+(?P<id>[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+)?)\s+(?i:exit)\b")
# A street said by its name alone between "on" and its town: "the quiktrip on memorial in
# tulsa", "the laundromat on Main in Holyoke"
STREET_BEFORE_TOWN = re.compile(r"\bon\s+(?P<id>[A-Za-z][a-z]+(?:[ \t][A-Za-z][a-z]+)?)\s+in\s+"
                                r"(?P<town>[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+)?)\b")
# What one is "on" in a town that is no street: "on probation in taunton"
ON_WHAT = frozenset("""
time call duty foot leave vacation probation parole meds medication disability hold break board
site campus track schedule staff shift payroll camera video tape record line hospice dialysis
oxygen business tour strike welfare assistance unemployment trial bail arrest tv radio air
stage patrol paper file
""".split())
# Streets' names that are words, said after a side of town
SIDED_STREET_WORDS = frozenset("broadway main market state central grand".split())
# Capitalised words that number things other than houses: "on Ward 5", "of Grade 3".
TITLES_BEFORE_NUMBERS = frozenset("ward floor grade level step stage session week day room bed "
                                  "page chapter unit phase module lesson".split())
NOT_STREET_NAMES = frozenset("""
the a an his her my their our your its this that same other next wrong
""".split())


# The quarter of a city a street is in, dictated after it: "on twelfth avenue south" (not "main
# street south of the tracks")
QUARTER_SAID = re.compile(r" (?:north|south|east|west|northeast|northwest|southeast|southwest)\b"
                          r"(?! of\b| side\b| end\b)")


class StreetAddressRecognizer(Recognizer):
    label = Label.LOCATION
    priority = 80
    patterns = (
        # On one line: "November 20, 2026\n\nDear Dr. Velasquez" is a date and a letter.
        re.compile(rf"\b\d{{1,6}}(?:-\d{{1,6}})?[A-Za-z]?[ \t]+(?:[NSEW]\.?\s+)?(?:{CAP}\s+){{0,4}}"
                   rf"(?:{alternation(s for s in STREET_SUFFIXES if s not in ABBREVIATED)}|"
                   rf"(?:{alternation(ABBREVIATED)})\b\.?)(?!\w){UNIT}?"),
        re.compile(r"\b(?:P\.?\s?O\.?\s*Box|Post Office Box)\s+\d+\b", re.IGNORECASE),
        # A grid address, as Utah's towns number theirs: "812 S 900 W"
        re.compile(r"(?<![\w.,/:-])\d{1,5}[ \t]+[NSEW]\.?[ \t]+\d{1,5}[ \t]+[NSEW]\b\.?"),
        # A quadrant after the street's words: "2001 N Centro Familiar SW" (Albuquerque, D.C.)
        re.compile(r"(?<![\w.,/:-])\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?"
                   r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:NE|NW|SE|SW)\b"),
        # A quadrant says a street even without its kind: "2207 NW Quimby", "8812 SE Division"
        re.compile(r"(?<![\w.,/:-])\d{2,6}[ \t]+(?:NE|NW|SE|SW)\.?[ \t]+"
                   r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?\b"),
        # No house number, after "on", "off", "near": "lives on Maple Ave", "the encampment
        # under Admiral Wilson Blvd"
        re.compile(rf"\b(?:on|off|near|at|of|to|under|along|across|down|up|from)\s+(?:the\s+)?"
                   rf"(?P<id>(?:[A-Z][\w'’-]*\s+){{1,3}}"
                   rf"(?:{alternation(s for s in STREET_SUFFIXES if s not in ABBREVIATED)}|"
                   rf"(?:{alternation(ABBREVIATED)})\b\.?)(?!\w))"),
        UNIT_ALONE,
        OWN_UNIT_SAID,
        NUMBERED_CORNER,
        NAMED_THEN_NUMBERED_CORNER,
        STREET_ENDING_NUMBER,
        re.compile(rf"\b(?:\d{{1,6}}\s+){{0,2}}(?i:{STREET_WORDS})\s+"
                   rf"(?:(?:d[aeio]s?|dei|del|della|de la|du)\s+)?"
                   rf"(?:[A-ZÀ-Þ][\w'’-]*\s+){{1,3}}\d{{1,5}}[A-Za-z]?\b{UNIT}?"),
        # The house number first, as in France: "29 Rue de Tanger", "5 Via dei Mille"
        re.compile(rf"\b\d{{1,5}}(?:[ \t]+\d{{1,5}})?[ \t]+(?:{STREET_WORDS})[ \t]+"
                   rf"(?:(?:d[aeio]s?|dei|del|della|de la|du)[ \t]+)?"
                   rf"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{0,2}}{UNIT}?"),
        # Numbered roads: "Route 6", "Hwy 24", "I-95", "County Road 12"
        re.compile(r"\b(?:(?:US|State|County)\s+)?(?:Route|Rte\.?|Rt\.?|Highway|Hwy\.?|Interstate|"
                   r"Road|Loop|Beltway|route|rte\.?|rt\.?|highway|hwy\.?|beltway)\s*-?\s*"
                   r"\d{1,4}[A-Z]?\b|\b(?:[Ii]|US|SR)-\d{1,3}(?:/\d{1,3})?\b"
                   r"|\b[Ee]xit\s+\d{1,3}[A-Za-z]?\b"
                   # a numbered street without its house: "on 82nd Ave", "off 3rd Street"
                   r"|\b(?:(?:[NSEW]{1,2}|North|South|East|West)\s+)?\d{1,3}(?:st|nd|rd|th)\s+"
                   r"(?:Ave(?:nue)?|St(?:reet)?|Blvd|"
                   r"Rd|Road|Pl(?:ace)?|Ter(?:race)?|Dr(?:ive)?|Way|Ln|Lane)\b"
                   # a grid's street, as Utah numbers them: "on 9th South", "4th East"
                   r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:North|South|East|West)\b"
                   # Detroit's mile roads: "got shot on seven mile"
                   r"|(?:(?<=\bon )|(?<=\bat )|(?<=\boff ))(?:five|six|seven|eight|nine|ten|"
                   r"eleven|twelve|fifteen|\d{1,2})[ -]mile\b(?![ -](?:away|from|walk|run|hike|"
                   r"radius|long|loop|trip|drive|ride|swim|race))"
                   # "the cracker barrel off exit ninety nine"
                   rf"|\bexit\s+(?:{TENS}(?:[\s-]{ONES})?|{TEENS}|{ONES})\b"
                   # "a dui on i eighty five", "on i two ninety five"
                   rf"|\bi[\s-]+(?:{INTERSTATE_SAID})\b"
                   # ... or without its "i" where a crash or a stop is told: "died in a wreck
                   # on two ninety five"
                   r"|(?:(?<=\bwreck on )|(?<=\bcrash on )|(?<=\baccident on )|"
                   r"(?<=\bover on )|(?<=bound on ))"
                   rf"(?:{INTERSTATE_SAID})\b(?![\s-](?:mph|miles|dollars|bucks|pounds|percent)\b)"
                   # by its digits after the road's preposition: "a club off i 40", "broke
                   # down on us 31"
                   r"|(?:(?<=\bon )|(?<=\boff )|(?<=\bthe )|(?<=\btook )|(?<=\btake )|"
                   r"(?<=\bvia )|(?<=\bnear )|(?<=\bdown )|(?<=\balong ))(?:i|us)[ \t]\d{1,3}\b"
                   r"(?![ \t]+(?:times|minutes|hours|dollars|bucks|percent|of)\b)"
                   # Wisconsin's lettered county roads: "in the ditch on county road j"
                   r"|\b(?i:county)[ \t]+(?i:road|rd\.?|highway|hwy\.?|trunk)[ \t]+"
                   r"(?:[A-Za-z]|[A-Z]{2}|([a-z])\1)\b(?![ \t]+(?:mile|and|or)\b)"
                   # California's freeways said by their digits: "street racing on the one oh one"
                   r"|(?:(?<=\bon the )|(?<=\boff the )|(?<=\btook the )|(?<=\btake the ))"
                   rf"(?:{ONES})[\s-]oh[\s-](?:{ONES})\b(?![\s-](?:am|pm|a\.m|p\.m))"
                   # said aloud: "route forty four", "interstate ninety five", "county road
                   # twelve", "beltway eight"
                   rf"|\b(?:route|highway|interstate|beltway|(?:county|state|farm)\s+road)\s+"
                   # ("highway four ninety one": a hundreds digit, then the rest)
                   rf"(?:(?:{ONES})\s+(?:oh\s+{ONES}|{TENS}(?:[\s-]{ONES})?|{TEENS})|"
                   rf"{TENS}(?:[\s-]{ONES})?|{TEENS}|{ONES})\b"),
        # A house number and a street with its direction, before the town: "2240 W. Broadway,"
        re.compile(r"\b\d{1,6}[ \t]+(?:[NSEW]\.?|North|South|East|West)[ \t]+[A-Z][\w'’-]+"
                   # (or at its clause's end: "last known address 6200 S Halsted;")
                   r"(?:[ \t]+[A-Z][\w'’-]+)?(?=[ \t]*[,;]|\.(?!\w)|[ \t]*$)"),
        # A house number, a street written in any language, its number: "233 Erzsébet tér 19."
        HOUSE_NUMBER_FIRST,
        SPOKEN_STREET,
        SIDED_STREET,
        STREET_AFTER_BUSINESS,
        STREET_BEFORE_TOWN,
        STREET_SAID_ALONE,
        NAMED_STREET_NUMBER,
        STREET_THEN_NUMBER,
        LOWER_ADDRESS,
        LOWER_STREET,
        ADDRESS_FIELD_STREET,
        NUMBERED_STREET_SAID,
        TOWN_EXIT,
        SPANISH_STREET_SAID,
    )
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        NUMBERED_STREET_SAID: ("east", "west", "north", "south", "on twenty", "on thirty",
                               "on forty", "on fifty", "on sixty", "on seventy", "on eighty",
                               "on ninety", "on one ", "on two "),
        SPANISH_STREET_SAID: ("on del ", "on de la ", "on las ", "on los ", "on el "),
        OWN_UNIT_SAID: ("unit", "apartment", "apt", "room"),
        NUMBERED_CORNER: re.compile(r"(?:st|nd|rd|th) (?:and|&) ")}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = super().bounds(match)
        if match.re is OWN_UNIT_SAID:
            return match.span("id")
        if match.re is not UNIT_ALONE:
            end = address_tail(match.string, end)
            quarter = QUARTER_SAID.match(match.string, end)
            end = quarter.end() if quarter else end
        return start, address_lines_after(match.string, end)

    def validate(self, match: re.Match[str], text: str) -> bool:
        value = match.group(0)
        if match.re is NUMBERED_CORNER and match.group("said") and not match.group("lower"):
            return False  # "on second and third": no street said by its name
        if match.re is NUMBERED_CORNER and match.group("lower"):
            # dictated, the cross street a word no dictionary has ("63rd and halsted", not
            # "5th and then")
            return match.group("lower") not in gazetteers.common_words()
        if match.re is UNIT_ALONE:
            return value[:1].isalpha() and any(c.isdigit() for c in value)
        if match.re is STREET_BEFORE_TOWN:
            # ("the safeway on fourth plain in vancouver"; not "on second shift in lowell")
            street, town = match.group("id").lower(), match.group("town").lower()
            in_town = town in gazetteers.places_lower() or \
                town.split()[0] in gazetteers.places_lower()
            return in_town and street not in STATES_IN_LOWER_CASE and not any(
                w in ON_WHAT or w in NOT_STREET_WORDS or w in NOT_STREET_NAMES or
                is_clinical_word(w) or is_month(w) for w in street.split())
        if match.re is STREET_SAID_ALONE:
            # "a party on magnolia": a word seldom anything else, where a place is spoken of
            street = match.group("id")
            return gazetteers.word_frequency(street) < 3.6 and not (
                street in ON_WHAT or is_clinical_word(street)) and \
                PLACE_SPOKEN_OF.search(text, max(0, match.start() - 45), match.start()) is not None
        if match.re is STREET_AFTER_BUSINESS:
            street = match.group("id")
            lower = street.lower()
            if lower in WORD_STREETS:
                return True
            if street[0].isupper():  # "the Alano Club on Central", not "the bar on Friday"
                return not (is_clinical_word(street) or is_month(street) or
                            street in HOLIDAYS or lower in NOT_STREET_WORDS)
            return not (is_word(street) or is_clinical_word(street) or
                        street in NOT_STREET_WORDS or street in NOT_STREET_NAMES)
        if match.re is TOWN_EXIT:
            return match.group("id").lower() in gazetteers.places_lower()
        if match.re is SIDED_STREET:
            street = match.group("street")
            if match.group("ordinal") and " " in street:
                return True  # "on southeast fifty second": no word but a street's number
            if match.group("number"):  # "lives at four twenty two west mariposa"
                return street in SIDED_STREET_WORDS or not (
                    is_clinical_word(street) or street in NOT_STREET_WORDS or
                    gazetteers.word_frequency(street) >= 4.5)
            if match.group("at"):
                return False  # "at two west", "at west point": no house, no street
            return street in SIDED_STREET_WORDS or not (
                is_word(street) or is_clinical_word(street) or street in NOT_STREET_WORDS)
        if match.re is SPOKEN_STREET:
            # "on union street", "at forty two maple avenue", "on martin luther king drive"; not
            # "across the street" or "off the side of the road"
            return match.group("first") not in NOT_STREET_NAMES and not any(
                w in NOT_STREET_NAMES or w in NOT_STREET_WORDS for w in match.group("rest").split())
        if match.re is NAMED_STREET_NUMBER:
            words = match.group("words").split()
            return not any(_sentence_word(w) or w.lower() in gazetteers.common_words()
                           for w in words)
        if match.re is STREET_ENDING_NUMBER:
            return match.group("street").lower().endswith(tuple(STREET_ENDINGS.split("|")))
        if match.re is LOWER_STREET:
            # not "walked 2 miles to the street fair"
            words = match.group("words").split()
            return not any(is_clinical_word(w) or is_month(w) or w in SCANNED or
                           w in NOT_STREET_WORDS for w in words)
        if match.re is LOWER_ADDRESS:
            # No clinical word or month in the street, and not only English words ("2 tabs
            # daily unit 3" is a dose; an English street name has its kind word, found above).
            words = [w for w in (match.group("words") or match.group("street")).split()
                     if w.lower() not in TOWN_PARTICLES]
            return not any(is_clinical_word(w) or is_month(w) for w in words) and not all(
                w.lower().strip(".") in gazetteers.common_words() for w in words)
        if match.re is STREET_THEN_NUMBER:
            # Some word no dictionary has ("Zuidhove"), none clinical ("on Lexapro 10.")
            words = match.group("id").split()[:-1]
            return not any(_sentence_word(w) or w.lower() in TITLES_BEFORE_NUMBERS
                           for w in words) and any(
                w.lower() not in gazetteers.common_words() for w in words)
        if match.re is HOUSE_NUMBER_FIRST:
            # Every word a street could have ("Erzsébet tér", "rkp."), none a sentence would
            # ("scored 14 on PHQ 9,"): no clinical or lower-case English word.
            words = match.group("words").split()
            return not any(_sentence_word(w) for w in words if w not in TOWN_PARTICLES) and any(
                w[:1].isupper() for w in words)
        return True


class MilitaryAddressRecognizer(Recognizer):
    """Military mail: "PSC 1234, Box 5678", "Unit 2050 Box 4190", "USNS Comfort", "APO AE 09012";
    a vessel by its prefix: "the F/V Lady Grace"."""

    label = Label.LOCATION
    priority = 82
    patterns = (
        re.compile(r"\b(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}|"
                   r"(?:USNS|USNV|USS|USCGC|(?-i:[FMS]/V))\s+[A-ZÀ-Þ][\w'’-]*"
                   r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)?)"
                   r"(?:\s*,?\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?", re.IGNORECASE),
        re.compile(r"\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b", re.IGNORECASE),
    )

    def validate(self, match: re.Match[str], text: str) -> bool:
        # "uss" and "unit" are words too: lower case counts only with the Box or the APO line.
        value = match.group(0)
        return not value[:3].islower() or bool(re.search(r"box|apo|fpo|dpo", value, re.I))


ADDRESS_INTRO = re.compile(
    r"\b(?:(?P<strict>moved\s+to|is\s+at|are\s+at|arrived\s+at|off\s+at|taxi\s+to|"
    r"stays?\s+at|staying\s+at|evicted\s+from|moved\s+out\s+of)|"
    r"address(?:es)?(?:\s+(?:given|provided|listed|confirmed|verified|reported))?"
    r"(?:\s+is|\s+to|\s+with|:|\s+are|\s+as)|"
    r"lives\s+(?:at|on)|living\s+(?:at|on)|live\s+(?:at|on)|located\s+at|sent\s+to|"
    r"send\s+(?:it|them|this|one|a\s+new\s+one)\s+to|deliver(?:ed)?\s+to|return(?:ed)?\s+to|"
    r"meet\s+(?:me|us|you)\s+at|here\s+they\s+are:|(?=the\s+corner\s+of\s))"
    r"[ \t]*\n?[ \t]*(?P<id>the\s+corner\s+of\s+\S|\d|[A-ZÀ-Þ])",
    re.IGNORECASE)
# Where an introduced address stops: the end of its sentence, a blank line, a form's next
# field, or the words after.
ADDRESS_END = re.compile(
    r"[?!;]|\.(?=\s*$)|\.(?=\s+(?!(?:Apt|Suite|Unit|Ste|Box|Floor)\b)[A-Za-z][a-z])|\n\s*\n|"
    r"\n(?=" + FORM_LABEL.pattern + r")|"  # the next field of a form
    # ("…12 main st., and then she left", "…st., reading is hard": the sentence goes on; not
    # "…, and 7878 Rahu 37", a second address in a list)
    r",\s(?:and|but|so|then)\s(?![\dA-Z]|the\s+corner\b)|\s(?:is|was|are|were|has|had)\s|"
    # (dictated: "612 and her mom is visiting")
    r"\s(?:last|for|with|please|because|which|but|since|when|where|"
    r"and\s+(?:I|we|she|he|they|her|his|their|my|our)\b|"
    r"after|in\s+case|next|this|tomorrow|tonight|today|yesterday|now|at\s+\d|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.MULTILINE)


CLOCK_TIME = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|o['’]clock|noon|h\b)|\d{1,2}:\d\d\b",
                        re.IGNORECASE)


class IntroducedAddressRecognizer(Recognizer):
    """An address after the words that announce one: "lives at 12 …", "new address is 4 …",
    "sent to 9 …": everything to the end of that address, in any country's form."""

    label = Label.LOCATION
    priority = 79
    patterns = (ADDRESS_INTRO,)

    def validate(self, match: re.Match[str], text: str) -> bool:
        # After "moved to", "is at"… only a house number starts an address; after "address is",
        # "lives at"… a street name may come first, with its number within a few words.
        value = match.group("id")
        if value[0].isdigit():
            # "the meeting is at 9 A.M.", "arrived at 10:30": a time, not a house's number
            return not CLOCK_TIME.match(match.string, match.start("id"))
        if value.lower().startswith("the"):
            return True
        if match.group("strict") or not value.isupper():
            return False
        start, end = self.bounds(match)
        return bool(re.match(r"(?:\S+\s+){0,3}\d", text[start:end]))

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        text = match.string
        start = match.start("id")
        stop = ADDRESS_END.search(text, start, min(len(text), start + 140))
        end = stop.start() if stop else min(len(text), start + 140)
        end = text.rfind(" ", start, end) if not stop and end < len(text) else end
        while end > start and text[end - 1] in " \t\n,.":
            end -= 1
        return start, end


# Apartments and senior homes named for where they stand: "the Village at Hamilton Pond", "the
# reserve at west lake", "The Lofts at 500 Main"
RESIDENCE_KINDS = ("village", "reserve", "landing", "residences", "lofts", "commons", "villas",
                   "pointe", "estates", "crossing", "meadows", "preserve", "towers", "flats",
                   "terraces", "glen", "enclave", "heights", "springs", "gardens", "courtyard",
                   "suites", "apartments", "residence")
NAMED_RESIDENCE = re.compile(rf"\b(?i:the)\s+(?P<id>(?i:{alternation(RESIDENCE_KINDS)})\s+"
                             r"(?i:at)\s+(?P<where>[A-Za-z0-9][\w'’-]*(?:[ \t]+[A-Za-z0-9][\w'’-]*)"
                             r"{0,2}))")
WORD_IN_NAME = re.compile(r"\S+")
# Where a residence's name stops, or what "at" begins that is no place: "the village at night"
NOT_A_RESIDENCE_WORD = frozenset("""
the a an his her their my our and or but in on at to for with by from since until when where who
which that is was are were be been has had have he she they we i it you this these those night
noon midnight dawn dusk sunset sunrise lunch dinner breakfast first last least once all times
home work school church christmas weekends
""".split())


class NamedResidenceRecognizer(Recognizer):
    """An apartment complex or senior home named for where it stands: "the Village at Hamilton
    Pond", "the reserve at west lake" (the words after "at" up to where the sentence goes on)."""

    label = Label.LOCATION
    priority = 66
    patterns = (NAMED_RESIDENCE,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {NAMED_RESIDENCE: RESIDENCE_KINDS}

    def find_with(self, text: str, patterns: Iterable[re.Pattern[str]]) -> Iterator[Span]:
        for pattern in patterns:
            for match in pattern.finditer(text):
                words = list(WORD_IN_NAME.finditer(match.group("where")))
                kept = 0
                while kept < len(words) and words[kept].group(0).lower() not in \
                        NOT_A_RESIDENCE_WORD:
                    kept += 1
                if kept == 0 or (kept == 1 and words[0].group(0).isdigit()):
                    continue  # "the village at the end of…", "the suites at 5"
                end = match.start("where") + words[kept - 1].end()
                yield Span(match.start("id"), end, self.label, self.name, self.priority)



class ZipCodeRecognizer(Recognizer):
    """ZIP codes next to a state, or named as such; a bare five-digit number is an id anyway."""

    label = Label.LOCATION
    priority = 78
    patterns = (
        re.compile(rf"\b(?:{'|'.join(STATES)}|{alternation(STATE_NAMES)}),?\s+(?P<id>\d{{5}}"
                   rf"(?:-\d{{4}})?)\b"),
        re.compile(r"\b(?:zip|zip code|postal code|postcode|zipcode)(?:\s+is)?[:#\s]*"
                   r"(?P<id>\d{3,6}(?:[ -]\d{2,4}|[ ]?(?-i:[A-Z]{2}))?)\b", re.IGNORECASE),
    )
    # Both patterns need three digits in a row.
    cues: ClassVar[dict[re.Pattern[str], Cue]] = dict.fromkeys(patterns, re.compile(r"\d{3}"))


@cache
def _place_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in gazetteers.places():
        automaton.add_word(name, (name, "place"))
    for name in gazetteers.facilities():
        if name.lower() not in gazetteers.common_words():  # "Mercy", "Rush": need "Hospital"
            automaton.add_word(name, (name, "facility"))
    for name in gazetteers.counties():
        for form in (f"{name} County", f"{name} county", f"{name} Parish",
                     f"{name.lower()} county"):
            automaton.add_word(form, (form, "county"))
    automaton.make_automaton()
    return automaton


# "the Dallas clinic", "Chicago downtown clinic", "Cedars-Sinai ER": the site, not just the city.
SITE_SUFFIX = re.compile(r"(?:\s+(?:downtown|main|north|south|east|west|central|community))?"
                         r"\s+(?:clinic|hospital|facility|center|centre|office|campus|ER|ED|ICU|"
                         r"VA|VAMC|medical center|med center|practice|branch|location|site|"
                         r"General|Memorial|Medical|Med|Presbyterian|Methodist|Baptist|"
                         r"university|college|high school|middle school|elementary|high|"
                         r"academy|police|fire department|library|public schools|comprehensive|"
                         r"regional|vocational|voc|tech)\b")
SITE_BEFORE = re.compile(r"\b(?:Hospital|Clinic|Center|Centre|School|College|University|Court|"
                         r"Office|Associates|Inc\.?|LLC),[ \t]*$")
# An office of a practice or firm named by its town: "completed the program at our Flint office"
OWNED_BEFORE = re.compile(r"\b(?:our|the|their|your|its|his|her|my)\s+$")
BRANCH_AFTER = re.compile(r"\s+(?:office|branch|location|campus|site)\b")
PLACE_THEN_COMMA = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}), $")
NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Za-z]+)")  # "Horner's syndrome" as "Lyme disease"
# "Atlanta, GA": the city and its state are one place expression.
# (not "W. Haines, PA-C", a credential)
STATE_AFTER = re.compile(r",\s*(?:" + "|".join(STATES) + r")\b(?!-)(?:\s+\d{5}(?:-\d{4})?)?")
# Two capitals after a comma, as a state's code is written: "Hope, AR"
STATE_CODE_AFTER = re.compile(r",\s*[A-Z]{2}\b")
STATE_AFTER_ANY_CASE = re.compile(r",\s*(?i:" + "|".join(STATES) + r")\b")
def _whole_word(text: str, start: int, end: int) -> bool:
    return not ((start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-")) or
                (end < len(text) and (text[end].isalnum() or text[end] == "-")))


@cache
def _lowercase_place_automaton() -> ahocorasick.Automaton:
    """Places in lower case, each with where it may be taken for a town: after any word that
    leads to a place ("in worcester", "in fall river"), only where someone lives for a town
    that is an English word ("lives in canton"), only before its state for a common word
    ("reading, ma")."""
    automaton = ahocorasick.Automaton()
    for name in gazetteers.places():
        lowered = name.lower()
        if len(lowered) <= 3 or lowered.startswith("the "):
            continue  # "the wharf", "the village": in lower case, a kind of place
        lead_in: re.Pattern[str] | None = LEAD_IN_OR_ON
        if all(w in gazetteers.common_words() for w in lowered.split()):
            # (a neighbourhood of plain words is named with "the": "in the outer sunset")
            lead_in = LEAD_IN if " " in lowered and lowered in \
                gazetteers.neighbourhoods_lower() else LEAD_IN_NO_ARTICLE
        if " " not in lowered and lowered in gazetteers.common_words():
            frequency = gazetteers.word_frequency(lowered)
            lead_in = RARE_WORD_TOWN_LEAD_IN if frequency < 4.2 and not \
                lowered.endswith("ing") else RESIDENCE_OR_AGE_LEAD_IN if frequency < 4.3 else \
                AGE_FROM_LEAD_IN if frequency < 5.3 and lowered not in PLAIN_AFTER_AT else None
        automaton.add_word(lowered, (lowered, lead_in))
        if "-" in lowered:  # speech to text writes "cap haitien", "winston salem"
            spoken = lowered.replace("-", " ")
            automaton.add_word(spoken, (spoken, lead_in))
    for name in gazetteers.facilities():
        # "her husband is in nyu langone", "flew to md anderson": a hospital's name of two
        # words or more says what it is wherever it stands (not "a good samaritan", "ohio
        # state" or "cook county", which say other things too, and keep their lead-ins)
        lowered = name.lower()
        if " " in lowered and lowered not in automaton:
            lead_in = LEAD_IN if lowered in SAY_OTHER_THINGS or all(
                w in gazetteers.common_words() or w in STATES_IN_LOWER_CASE
                for w in lowered.split()) else ANYWHERE
            automaton.add_word(lowered, (lowered, lead_in))
    automaton.make_automaton()
    return automaton


ANYWHERE = re.compile("")  # a lead-in every text has
# Hospitals' names that are said of other things as often
SAY_OTHER_THINGS = frozenset({"good samaritan", "ohio state", "cook county", "henry ford",
                              "betty ford", "walter reed"})


LEAD_IN_WORDS = (r"\b(?:in|from|at|near|to|of|around|outside|into|toward|towards|moved|lives|past|"
                 r"living|live|born|visiting|visited|grew up in|out of|"
                 # "out by sahuarita", "up by flagstaff": near a town, as people say it
                 r"(?:out|up|down|over) by)\s+")
LEAD_IN = re.compile(rf"(?:{LEAD_IN_WORDS}(?:the\s+)?)$", re.IGNORECASE)
TOWN_AFTER_PREPOSITION = re.compile(r"\b(?:in|from|near|to|into|outside)\s+$")
# An island is "on" it: "on mackinac island"; for a name no dictionary has, "on" leads there too
# ("plays rugby for east palo alto": a team by its town, dictated)
LEAD_IN_OR_ON = re.compile(rf"(?:(?:{LEAD_IN_WORDS}|\bon\s+|\bfor\s+)(?:the\s+)?)$",
                           re.IGNORECASE)
# A side of a town, dictated before it: "in south minneapolis" (not "north carolina", a state)
SIDE_OF_TOWN_BEFORE = re.compile(r"\b(south|north|east|west|northeast|northwest|southeast|"
                                 r"southwest|downtown)[ \t]+$")
# A town's name of plain words takes no article: "in fall river", not "to the union hall"
LEAD_IN_NO_ARTICLE = re.compile(rf"{LEAD_IN_WORDS}$", re.IGNORECASE)

RESIDENCE_LEAD_IN = re.compile(r"\b(?:(?:lives?|living|moved|moving|relocated|grew\s+up|born|"
                               r"raised|stays?|staying|resides?|drove|drives?|driving|commutes?|"
                               r"commuting)\s+(?:in|to|from|back\s+to|"
                               r"out\s+to|near)|(?:apartment|house|home|condo|trailer|duplex|"
                               # "fired from the mine in butte": a site of work, in its town
                               r"mill|plant|mine|warehouse|factory|shipyard|refinery|"
                               # "her mom in canton": where a relative lives
                               r"mom|dad|mother|father|sister|brother|aunt|uncle|grandma|"
                               r"grandmother|grandpa|grandfather|cousin|son|daughter|parents|"
                               r"folks|family)\s+(?:in|near))\s+$", re.IGNORECASE)
# A dictated age, then where the person is from: "forty eight from union", "thirty four from
# wheeling" (a town that is a common word, where a note says where someone is from)
# (an age said in words: "forty eight", "nineteen", "seven")
AGE_SAID = rf"\b(?:{TENS}|{TEENS}|{ONES})(?:[ \t-]{ONES})?"
AGE_THEN_FROM = rf"{AGE_SAID}[ \t]+from[ \t]+$"
AGE_FROM_LEAD_IN = re.compile(AGE_THEN_FROM, re.IGNORECASE)
# A town named by a word seldom said ("in hazard", "from auburn", "raised her in onset"): after
# "in" or "from" as well, though not before "of" ("a delay in onset of sleep")
# ("wants to go back to boulder", "a logger out of forks")
RARE_WORD_TOWN_LEAD_IN = re.compile(rf"(?:{RESIDENCE_LEAD_IN.pattern})|\b(?:in|from|near|"
                                    r"outside|back\s+to|out\s+of)\s+$", re.IGNORECASE)
# ... and a town that is an "-ing" word after where one lives or one's age: "thirty four from
# wheeling", "sixty eight from browning"
RESIDENCE_OR_AGE_LEAD_IN = re.compile(rf"(?:{RESIDENCE_LEAD_IN.pattern})|{AGE_THEN_FROM}",
                                      re.IGNORECASE)


# "flew to RYSSBY", "grew up in HELSINKI": a town in capitals where a place is expected.
# The town is looked at in a lookahead, so that "at Healthpocket Inc in SCHLAGLES" tries
# "SCHLAGLES" after "in" as well as "Healthpocket" after "at".
CAPITALS_AFTER_LEAD_IN = re.compile(
    r"\b(?:in|from|to|at|near|flew\s+to|based\s+in|grew\s+up\s+in|returned\s+to|where:|"
    r"(?:home\s+)?(?:city|town|village)|hometown)\s+"
    r"(?=(?P<id>[^\W\d_][\w'’∆-]{3,}(?:[ -][^\W\d_][\w'’∆-]+){0,3}))", re.IGNORECASE)


def _capital_town(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The words of a town written in capitals at `match`: each upper case, none an English
    word, a clinical term or a state code; None if the first is not."""
    start = end = match.start("id")
    for word in re.finditer(r"[^\W\d_][\w'’∆-]*", match.group("id")):
        value = word.group(0)
        if not value.isupper() or len(value) < 3 or value in STATES or \
                any(c.isdigit() for c in value) or \
                value.lower() in gazetteers.common_words() or is_clinical_word(value):
            break
        end = match.start("id") + word.end()
    return (start, end) if end > start and end - start >= 4 else None


CAPITALS = r"[A-ZÀ-ÞΑ-Ω][A-ZÀ-ÞΑ-Ω'’∆-]{2,}"
# A town in capitals before its country, on one line or the next: "ALFRICK United Kingdom",
# "EBEN Austria", "ANKARSRUM ??? Sweden" (the country is looked up after the match).
CAPITALS_THEN_WORD = re.compile(rf"(?<![\w'’-])(?P<id>{CAPITALS}(?:[ -]{CAPITALS}){{0,2}})"
                                r"(?:,?[ \t]+|[ \t]*\?{3}[ \t]*|[ \t]*\n(?:[ \t]*\?{3})?[ \t]*)"
                                r"(?=[A-Z])")


@cache
def _countries_by_first_word() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for country in gazetteers.countries():
        table.setdefault(country.split()[0], []).append(country)
    return {word: tuple(sorted(names, key=len, reverse=True)) for word, names in table.items()}


def _country_at(text: str, start: int) -> bool:
    """A country's name starts at `start` ("United Kingdom", "Sweden 67626")."""
    word = re.match(r"[\w'’-]+", text[start:start + 40])
    for country in _countries_by_first_word().get(word.group(0) if word else "", ()):
        end = start + len(country)
        if text.startswith(country, start) and not text[end:end + 1].isalpha():
            return True
    return False


# Words people capitalise after "at" without naming a place: "at Home", "at Work", "at Night"
PLAIN_AFTER_AT = frozenset("""
home work school church night noon midnight peace rest risk baseline times first last least
most best large present bedtime dinner lunch breakfast length ease war sea vacation camp
college university court mass service services
""".split())


# Greetings that are towns too ("Hola Sra. Beltrán", "Aloha, Oregon"): a town only where a place
# is expected
GREETINGS = frozenset("hola aloha ciao shalom salaam namaste bonjour".split())


class PlaceNameRecognizer(Recognizer):
    """Cities and counties from the gazetteer, written with capitals; a town in capitals
    before its country."""

    label = Label.LOCATION
    priority = 62

    def find(self, text: str) -> Iterator[Span]:
        for match in CAPITALS_AFTER_LEAD_IN.finditer(text):
            town = _capital_town(text, match)
            if town:
                yield Span(*town, self.label, self.name, 75)
        for match in CAPITALS_THEN_WORD.finditer(text):
            if not _country_at(text, match.end()):
                continue
            words = re.split(r"[ -]", match.group("id"))
            if not any(w in STATES or w.lower() in gazetteers.common_words() or
                       is_clinical_word(w) for w in words):
                yield Span(*match.span("id"), self.label, self.name, 75)
        for end_index, (name, kind) in _place_automaton().iter(text):
            start, end = end_index - len(name) + 1, end_index + 1
            if not _whole_word(text, start, end):
                continue
            # Lower case only for counties: "plymouth county" says what it is.
            if not (name[0].isupper() or kind == "county") or \
                    self._ambiguous(name, kind, text, start, end):
                continue
            yield self._span(text, start, end)
        # Dictated in lower case ("moved here from lowell"): only where a place is expected.
        lowered = text.lower()
        for end_index, (name, lead_in) in _lowercase_place_automaton().iter(lowered):
            start, end = end_index - len(name) + 1, end_index + 1
            if not (text[start].islower() and _whole_word(text, start, end)):
                continue
            if (lead_in and lead_in.search(text[max(0, start - 24):start]) and not (
                    lead_in is RARE_WORD_TOWN_LEAD_IN and text.startswith(" of ", end))) or \
                    STATE_AFTER_ANY_CASE.match(text, end):
                yield self._span(text, start, end)
                continue
            side = SIDE_OF_TOWN_BEFORE.search(text, max(0, start - 12), start)
            if side and lead_in is not None and \
                    f"{side.group(1)} {name}" not in STATES_IN_LOWER_CASE and \
                    lead_in.search(text[max(0, side.start() - 24):side.start()]):
                yield self._span(text, side.start(1), end)  # "lives in south minneapolis"

    def _span(self, text: str, start: int, end: int) -> Span:
        suffix = SITE_SUFFIX.match(text, end) or STATE_AFTER.match(text, end)
        # After "in", "from", "moved to"…, a word that is both a name and a town is the town.
        priority = 75 if LEAD_IN.search(text[max(0, start - 24):start]) else self.priority
        return Span(start, suffix.end() if suffix else end, self.label, self.name, priority)

    def _ambiguous(self, name: str, kind: str, text: str, start: int, end: int) -> bool:
        if kind in ("county", "facility"):
            return False
        following = NEXT_WORD.match(text, end)
        if following and following.group(1).lower() in EPONYM_NOUNS:
            return True  # "Columbia screen", "Lyme disease": named for a place, not one
        if name in HOLIDAYS or name.lower() in PLAIN_AFTER_AT:
            return True  # "at Christmas", "at Home": a time or a plain word, whatever towns
            # are called
        if name in CITY_STATES:
            return False  # "New York", "Washington": fail closed and treat them as the city
        if name in STATE_NAMES:
            return not SITE_SUFFIX.match(text, end)  # "Texas clinic" is a place, "Texas" not
        before = text[max(0, start - 24):start]
        state_after = STATE_CODE_AFTER.match(text[end:end + 5]) is not None  # "Hope, AR"
        if is_care_word(name):
            # "Framingham risk", "Lyme disease"; but "lives in Framingham", "a DUI in
            # Framingham." is the town (an eponym's noun after it was ruled out above)
            return not (RESIDENCE_LEAD_IN.search(before) or state_after or
                        TOWN_AFTER_PREPOSITION.search(before))
        # "English", "Latina": a language or a people before a town of the same name
        language = (name.lower().endswith(("ish", "ese", "ina", "ino")) and
                    is_demonym(name.lower())) or name.lower() in PEOPLES
        # A truck or a shop as often as a town ("Tacoma"): the town where a place is expected
        common = (name.lower() in gazetteers.common_words() or language or
                  name.lower() in EVERYDAY_NAMES or name.lower() in GREETINGS) and " " not in name
        if not common:
            return False
        # "Hope", "Mobile", "Normal": a place only where a place is expected, as after a
        # hospital's name ("Griffin Hospital, Derby").
        place_before = PLACE_THEN_COMMA.search(before)  # "Sunnyside, Queens"
        branch = OWNED_BEFORE.search(before) is not None and \
            BRANCH_AFTER.match(text, end) is not None  # "at our Flint office"
        # "988 call: Jesse, 34, Wheeling, on the bridge": after a name and an age, where a note
        # says where someone is from
        aged = NAME_AND_AGE_BEFORE.search(before) is not None and text[end:end + 1] in (",", ";")
        return not (LEAD_IN.search(before) or state_after or SITE_BEFORE.search(before) or
                    branch or aged or (
            place_before is not None and place_before.group(1) in gazetteers.places()))


NAME_AND_AGE_BEFORE = re.compile(r"[A-Z][a-z]+(?i:" + AGE_BESIDE.pattern + r"| \(\d{1,3}\),) $")


# Dictated in lower case: "fell through the ice on lake champlain", "won't drive by malletts
# bay", "swims at walden pond", "up millcreek canyon", "near island pond": a lake, river, canyon
# or ridge by its name
WATER_KINDS = ("lake", "pond", "bay", "river", "reservoir", "creek", "harbor", "harbour", "bend",
               "canyon", "valley", "ridge", "hollow", "mountain")
# The kinds that a plain word names too ("on pine ridge", "at twin river"), not "sick bay"
KINDS_NAMED_BY_WORDS = frozenset({"lake", "pond", "river", "reservoir", "creek", "canyon",
                                  "valley", "ridge", "hollow", "mountain"})
# Words that say what a lake or a hill is like, or whose it is, not which one it is
PLAIN_LANDFORM_WORDS = frozenset("""
big little small old same local nearby frozen dry muddy deep shallow icy cold warm dark quiet
main back front whole other private public family state county city town hotel apartment
community school swimming fishing duck fish beaver farm cow horse golf retention storm sharp
north south east west upper lower
""".split())
NAMED_WATER = re.compile(r"\b(?:on|at|by|to|near|into|in|from|off|across|past|around|up|down|"
                         r"along|out\s+of)\s+"
                         r"(?:the\s+)?(?P<id>lake\s+(?P<after>[a-z][a-z'’-]+)|"
                         rf"(?P<before>[a-z][a-z'’-]+)\s+(?:{alternation(WATER_KINDS)})"
                         # "wandered off to carr creek lake"
                         r"(?:\s(?:lake|reservoir|dam))?)\b(?!['’-])")
# ("the ohio river", "lake michigan" are larger than a state)
STATES_IN_LOWER_CASE = frozenset(s.lower() for s in STATE_NAMES)


class NamedWaterRecognizer(Recognizer):
    """A lake, river, canyon or ridge dictated in lower case, by a name no dictionary has, or by
    plain words that say which one it is ("on pine ridge", not "by the muddy creek")."""

    label = Label.LOCATION
    priority = 60
    patterns = (NAMED_WATER,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {NAMED_WATER: WATER_KINDS}

    def validate(self, match: re.Match[str], text: str) -> bool:
        said = match.group("after") or match.group("before")
        name = said.removesuffix("'s")
        if is_clinical_word(name) or name in STATES_IN_LOWER_CASE:
            return False
        if not is_word(name):
            return True
        kind = match.group("id").rsplit(" ", 1)[-1]
        # ("her brother's lake", "the swimming hole's creek", "a loading bay")
        return match.group("before") is not None and kind in KINDS_NAMED_BY_WORDS and \
            name == said and name not in PLAIN_LANDFORM_WORDS and name not in WATER_KINDS and \
            name not in DETERMINERS and not name.endswith("ing")


# A bridge, pier, fairground or ward named by its own words: "a tent under the burnside bridge",
# "found on the Hays Street Bridge", "grew up in the Fifth Ward", "works on the Mars platform"
LANDMARK_KINDS = ("bridge", "fairgrounds", "platform", "overpass", "underpass", "viaduct",
                  "boardwalk", "ward", "pier", "wharf", "marina", "trestle", "levee", "dam")
NAMED_LANDMARK = re.compile(r"\b(?:under|on|at|near|by|in|from|off|to|across|over)[ \t]+the[ \t]+"
                            r"(?P<id>[A-Za-z][a-z'’-]*(?:[ \t][A-Za-z][a-z'’-]*){0,2}[ \t]"
                            rf"(?i:{alternation(LANDMARK_KINDS)}))\b(?!['’-])")
# Words that say what kind of bridge or ward, not which one (and what a lake is like)
PLAIN_LANDMARK_WORDS = PLAIN_LANDFORM_WORDS | frozenset("""
new train highway foot railroad rail wooden covered toll pedestrian walking river creek bay psych
psychiatric locked maternity geriatric pediatric children's medical surgical loading cargo next
last first long high low boat ferry subway bus trolley metro shipping
""".split())


# A park, beach or hill said by its name with no article before it, as only a name is said:
# "coaches little league at veterans park", "sleeping in her car at ocean beach", "lives on
# munjoy hill"
PARK_KINDS = ("park", "beach", "field", "stadium", "plaza", "square", "pier", "playground",
              "hill", "heights", "island")
NAMED_PARK = re.compile(r"\b(?:at|in|on|near|by|from|to|behind|outside)[ \t]+"
                        r"(?P<id>(?P<named>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)[ \t]"
                        rf"(?:{alternation(PARK_KINDS)}))\b(?!['’-])")
# What kind of park, said without an article as a kind is: "at dog park", "in trailer park"
KINDS_OF_PARK = frozenset("""
state national city county dog skate water trailer ball amusement theme public local baseball
football soccer softball rv industrial office business sports nude private home mobile
practice training playing open battle steep big small little top high
""".split())
# A reservation by its name, where someone is on or from it: "her mom is on the white earth
# reservation", "grew up on the rosebud rez" (not "the dinner reservation")
NAMED_RESERVATION = re.compile(r"\b(?:on|off|from|near|to|at|in)[ \t]+the[ \t]+"
                               r"(?P<id>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)[ \t]+"
                               r"(?:reservation|rez)\b")
# A police precinct or district by its number, where something happened or someone works: "a
# sergeant in the eighth precinct", "in the 11th district", "a court date at 36th district"
NUMBERED_PRECINCT = re.compile(rf"\b(?:in|at|to|from)[ \t]+(?:the[ \t]+)?"
                               rf"(?P<id>(?:{ORDINAL_SAID}|\d{{1,3}}(?:st|nd|rd|th))"
                               r"[ \t]+(?:precinct|district))\b"
                               # written with capitals it names one wherever it stands:
                               # "Minneapolis PD 3rd Precinct"
                               r"|\b\d{1,3}(?:st|nd|rd|th)[ \t]+Precinct\b"
                               # ... and a police district after its department: "MPD 7th
                               # District"
                               r"|(?<=PD )\d{1,3}(?:st|nd|rd|th)[ \t]+District\b")
# A place named in Spanish that no list has, where a place is expected: "deported through san
# ysidro", "lives in barrio logan"
SPANISH_NAMED_PLACE = re.compile(r"\b(?:in|from|to|through|near|outside)[ \t]+"
                                 r"(?P<id>(?:san|santa|los|las|barrio)[ \t]+(?P<named>[a-z]{3,}))"
                                 r"\b(?!['’-])")
KINDS_OF_RESERVATION = frozenset("""
same other old new local nearby dinner hotel restaurant table flight camping campsite original
""".split())


class NamedLandmarkRecognizer(Recognizer):
    """A bridge, pier, fairground or ward named by its own words ("under the burnside bridge",
    "the Fifth Ward"), not by what kind it is ("the train platform", "the psych ward"); a park
    or beach said by its name ("at veterans park"); a reservation by its name; a precinct by
    its number; a place named in Spanish after a word that leads to one."""

    label = Label.LOCATION
    priority = 61
    patterns = (NAMED_LANDMARK, NAMED_PARK, NAMED_RESERVATION, NUMBERED_PRECINCT,
                SPANISH_NAMED_PLACE)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {NAMED_LANDMARK: LANDMARK_KINDS,
                                                  NAMED_PARK: PARK_KINDS,
                                                  NAMED_RESERVATION: ("reservation", "rez"),
                                                  NUMBERED_PRECINCT: ("precinct", "district",
                                                                      "Precinct"),
                                                  SPANISH_NAMED_PLACE: ("san ", "santa ", "los ",
                                                                        "las ", "barrio ")}

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is NUMBERED_PRECINCT:
            return True
        if match.re is SPANISH_NAMED_PLACE:
            # (not Spanish words: "in los dos meses")
            named = match.group("named")
            return not is_word(named) and not is_clinical_word(named)
        if match.re in (NAMED_PARK, NAMED_RESERVATION):
            named = (match.group("named") if match.re is NAMED_PARK else match.group("id"))
            if match.group("id") in STATES_IN_LOWER_CASE:
                return False  # "on rhode island": a state
            return not any(w in KINDS_OF_PARK or w in KINDS_OF_RESERVATION or
                           w in DETERMINERS or w in OWNERS or w == "its" or
                           w.endswith(("'s", "’s")) or is_clinical_word(w) or person_verb(w)
                           for w in named.split())
        words = match.group("id").split()
        if words[-1].lower() == "ward" and not words[0][0].isupper():
            return False  # "on the fourth ward": a hospital's; "the Fifth Ward": Houston's
        named = [w.lower() for w in words[:-1]]
        return not any(w in PLAIN_LANDMARK_WORDS or w in DETERMINERS or w.endswith("ing") or
                       is_clinical_word(w) for w in named)


# A place no list has, where someone lives, was raised or grew up, or where something happened
# to them: "is raising him in olneyville", "grew up in tchoupitoulas", "got arrested in
# frogtown" (a word no dictionary has: a neighbourhood, a village)
LIVES_IN_UNLISTED = re.compile(r"\b(?:[Ll]ives?|[Ll]iving|raised|"
                               r"(?:raising|raises)[ \t]+(?:him|her|them)|grew[ \t]+up|born|"
                               # "got arrested in frogtown": where it happened
                               r"staying|stays|relocated|arrested|shot|stabbed|jumped|robbed|"
                               # "sells on figueroa", "hangs out on dyckman": a street's name
                               r"killed|sells|selling|hangs[ \t]+out|hanging[ \t]+out)"
                               r"[ \t]+(?:in|from|on|"
                               r"out[ \t]+to|back[ \t]+to)[ \t]+(?P<id>[a-z]{4,}|"
                               # ("lives in Cedar-Riverside", "Lives in East Rock": two
                               # capitalised words)
                               r"(?P<joined>[A-Z][a-z]+[ \t-][A-Z][a-z]+))\b(?!['’-])")
# What a home is, capitalised on a form, not where it is: "Lives in Group Home"
KINDS_OF_HOME = frozenset("""
group home homes foster care assisted living senior housing public section supportive sober
transitional nursing shelter apartment apartments residential family own independent
""".split())


# A city's ward by its number, where one lives or comes from, as New Orleans names its parts:
# "from the seventh ward", "in 7th Ward" (not a hospital's "on the fourth ward")
NUMBERED_WARD = re.compile(r"\b(?i:in|from|of|to|near)[ \t]+(?:(?i:the)[ \t]+)?"
                           rf"(?P<id>(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{ORDINAL_WORDS}))[ \t]+"
                           r"(?i:ward))\b")
# A street named for a saint, dictated after "on" without its kind: "shot on st claude" (not
# "on st patrick's day")
SAINTS_STREET = re.compile(r"(?<=\bon )(?P<id>st\.? [a-z]{3,})\b(?!['’]| (?:day|eve|church|"
                           r"hospital|parish|school)\b)")
# ... or named as a neighbourhood: "she lives in the nicholtown neighborhood", "the Magnolia
# projects" (not "the old neighborhood")
NEIGHBOURHOOD_NAMED = re.compile(r"\bthe\s+(?P<id>[A-Za-z][a-z'’-]{2,})\s+(?:neighbou?rhood|"
                                 r"(?:housing\s+)?projects)\b")


# ... or after a dictated age, where someone is from: "mrs. kowalczyk seventy six from bay view
# her husband…", "dante twenty from the old west end works at…" (up to where the sentence goes
# on)
AGE_FROM_UNLISTED = re.compile(
    rf"{AGE_SAID}[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?P<id>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){0,2}?)"
    r"(?=[ \t]+(?:works?|worked|working|lives|lived|living|a|an|her|his|their|and|who|is|was|has|"
    r"had|she|he|they|with|says|said|came|comes|just|got|gets|moved|retired|now|since|but|so|"
    r"because|where|when|after|at|in|on|to|for)\b|[ \t]*[,.;]|[ \t]*$)")
# A neighbourhood written before its town, after a name and an age: "Yanira Colón, 38, Frog
# Hollow, Hartford" (its last word one that names a part of a town)
NEIGHBOURHOOD_BEFORE_TOWN = re.compile(r"(?<=\d, )(?P<id>[A-Z][a-z]+[ \t](?P<part>[A-Z][a-z]+)),"
                                       r"[ \t](?P<town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")
PARTS_OF_TOWN = frozenset("""
hollow hill hills park heights point square village end side valley ridge rock creek woods glen
harbor harbour beach springs commons corner corners terrace gardens manor acres meadows grove
flats bottom bottoms
""".split())
# Words that say how or when, which no place's name holds ("from hays still farms")
STILL_AND_SUCH = frozenset("still also just never always only even really usually sometimes "
                           "often".split())
# Words for a part of any town, not one place: "from the west side", "the jacobsville area"
SIDES = ("side", "area", "part")
# Where one is from that names no place: "twenty from home", "thirty from out of state"
NOT_WHERE_FROM = frozenset("""
home work school church jail prison rehab detox there here out back town overseas abroad nowhere
somewhere everywhere last next this now then today yesterday before after up down over around
across another other same different far away
""".split())


class UnlistedPlaceRecognizer(Recognizer):
    """A place no gazetteer lists, dictated where someone lives or grew up or was arrested, by
    a word no dictionary has ("raising him in olneyville"; not "lives in fear")."""

    label = Label.LOCATION
    priority = 55
    patterns = (LIVES_IN_UNLISTED, NEIGHBOURHOOD_NAMED, NUMBERED_WARD, SAINTS_STREET,
                AGE_FROM_UNLISTED, NEIGHBOURHOOD_BEFORE_TOWN)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        LIVES_IN_UNLISTED: ("live", "living", "raise", "raising", "grew", "born", "stay",
                            "relocated", "arrested", "shot", "stabbed", "jumped", "robbed",
                            "killed", "sell", "hang"),
        NEIGHBOURHOOD_NAMED: ("neighborhood", "neighbourhood", "projects"),
        NUMBERED_WARD: ("ward",), SAINTS_STREET: ("on st",), AGE_FROM_UNLISTED: (" from ",)}

    @staticmethod
    def _names_a_place(words: list[str]) -> bool:
        """Words that may name where one is from: no doing, being, people or side of town
        ("from lonsdale cleans rooms", "from browning blackfeet", "from the west side")."""
        place, last = " ".join(words), words[-1]
        # a verb after the place's words ("cleans", "stationed", "bartends": a bartender's
        # doing), not a plural that ends a name ("the heights"; "sparrows point")
        does = len(words) > 1 and len(last) > 3 and last.endswith(("s", "ed")) and (
            is_word(last[:-1]) or is_word(last[:-2]) or is_word(last[:-1] + "er"))
        return not (words[0] in NOT_WHERE_FROM or last in SIDES or does or any(
            w in DETERMINERS or w in OWNERS or person_verb(w) or w in NUMBERS or
            w in JOB_WORDS or w in RELATIONS or w in ROLES or w in STILL_AND_SUCH or
            w in ("priest", "deacon") or
            w in ("in", "on", "at", "of", "to", "for", "by") or
            is_clinical_word(w) or is_demonym(w) or w in PEOPLES or w in TRIBAL_NAMES
            for w in words) or place in STATES_IN_LOWER_CASE or
            place.title() in gazetteers.countries())

    def _where_from(self, match: re.Match[str]) -> list[str]:
        """The words after "from" that name the place: a town the lists know by a word no
        dictionary has, where more words follow it ("from espanola heroin since…"); else all of
        them; else, where they go on into the sentence, as many as a list of places knows."""
        words = match.group("id").split()
        if words[-1] in SIDES:
            return words  # "from the west side": no town's name (and not "west")
        known = [count for count in range(len(words) - 1, 0, -1)
                 if folded(" ".join(words[:count])) in gazetteers.places_lower()]
        for count in known:
            if not all(w in gazetteers.common_words() for w in words[:count]):
                return words[:count]
        return words if self._names_a_place(words) or not known else words[:known[0]]

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is AGE_FROM_UNLISTED:
            start = match.start("id")
            return start, start + len(" ".join(self._where_from(match)))
        return super().bounds(match)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is NEIGHBOURHOOD_BEFORE_TOWN:
            town = match.group("town")
            if town not in gazetteers.places() and town.split()[0] not in gazetteers.places():
                return False
            return match.group("part").lower() in PARTS_OF_TOWN and \
                match.group("id") not in gazetteers.places()  # (a town the lists know is found)
        if match.re is AGE_FROM_UNLISTED:
            return self._names_a_place(self._where_from(match))
        if match.re in (NUMBERED_WARD, SAINTS_STREET):
            return True
        if match.re is LIVES_IN_UNLISTED and match.group("joined"):
            parts = re.split(r"[ \t-]", match.group("joined"))
            return match.group("joined") not in gazetteers.countries() and not any(
                is_demonym(part.lower()) or part in gazetteers.countries() or
                part.lower() in KINDS_OF_HOME or part in STATE_NAMES or
                part.lower() in MONTHS or is_clinical_word(part) for part in parts)
        word = match.group("id").lower()
        return not (is_word(word) or is_clinical_word(word) or word in STATES_IN_LOWER_CASE)


# A town's own office, dictated: "she called mobile police", "the tyler fire department"
# ("barre city police": the city's own word between)
TOWN_OFFICE_SAID = re.compile(rf"\b(?P<id>(?P<town>[a-z]+(?: [a-z]+){{0,2}})"
                              rf"(?: (?P<kind>city|town|village|township))? (?:{TOWN_OFFICES}))\b")


def _office_town(match: re.Match[str]) -> str:
    """The words before a town's office that name the town: with "city" or "town" when that is
    part of its name ("salt lake city police"), else without ("barre city police")."""
    town, kind = match.group("town").lower(), match.group("kind")
    return f"{town} {kind}" if kind and _town_ending(f"{town} {kind}") is not None else town


def _town_ending(words: str) -> int | None:
    """Where, in `words`, the longest town's or county's name that ends them begins (as an
    offset), or None if none does: "by salt lake" -> 3 ("salt lake"), "mobile" -> 0, "at kern
    county" -> 3."""
    parts = words.split(" ")
    for count in range(len(parts), 0, -1):
        name = " ".join(parts[-count:])
        county = name.endswith(" county") and name[:-7].title() in gazetteers.counties()
        if name in gazetteers.places_lower() or county:
            return len(words) - len(name)
    return None
# Towns that are also kinds of police
NOT_A_POLICE_TOWN = frozenset("university airport harbor metro".split())


# A Latter-day Saints ward by its town and number: "the riverton fourth ward"
WARD_BY_TOWN = re.compile(r"\b(?P<id>(?P<town>[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+)?)\s+"
                          r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|"
                          r"[Ee]ighth|[Nn]inth|[Tt]enth|\d{1,2}(?:st|nd|rd|th))\s+[Ww]ard)\b")
# A prison by its town, as Pennsylvania's, Massachusetts' and the federal ones are called: "the
# father is at sci huntingdon", "MCI Norfolk", "FCI Danbury"
PRISON_BY_TOWN = re.compile(r"\b(?P<id>(?i:sci|mci|fci|usp)\s+(?P<town>[A-Za-z][a-z]+))"
                            r"(?:\s(?P<more>[A-Za-z][a-z]+))?\b")
# A union's local, said in words: "the union hall for local six twelve"
LOCAL_SAID = re.compile(rf"\bunion\b[^.;\n]{{0,20}}?\b(?P<id>local\s+(?:number\s+)?"
                        rf"(?:{NUMBER_WORD}[\s-]+){{0,3}}{NUMBER_WORD})\b")


# A town's government by its formal name: "plows for the city of marquette", "sued the Town of
# Plymouth" (the town's words only as far as they make a place)
TOWN_GOVERNMENT = re.compile(r"\b(?P<id>(?i:city|town|village|county|borough)[ \t]+(?i:of)[ \t]+"
                             r"(?P<town>[A-Za-z][a-z]+(?:[ \t][A-Za-z][a-z]+){0,2}))\b")


class TownOfficeRecognizer(Recognizer):
    """A town's police, fire department, schools or housing authority, dictated in lower case
    after the town's name, whatever else the name means ("mobile police"); a prison by its
    town ("sci huntingdon"); a union's local said in words."""

    label = Label.ORGANIZATION
    priority = 62
    patterns = (TOWN_OFFICE_SAID, PRISON_BY_TOWN, LOCAL_SAID, WARD_BY_TOWN, TOWN_GOVERNMENT)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        TOWN_OFFICE_SAID: ("police", " pd", "fire department", "sheriff", "public schools",
                           "housing authority"),
        PRISON_BY_TOWN: ("sci ", "mci ", "fci ", "usp "), LOCAL_SAID: ("union",),
        WARD_BY_TOWN: (" ward",),
        TOWN_GOVERNMENT: ("city of", "town of", "village of", "county of", "borough of")}

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is LOCAL_SAID:
            return True
        town = match.group("town").lower()
        if match.re is PRISON_BY_TOWN:
            return town in gazetteers.places_lower()
        if match.re is WARD_BY_TOWN:
            return _town_ending(town) is not None
        if match.re is TOWN_GOVERNMENT:
            return leading_place(town.split()) > 0
        return _town_ending(_office_town(match)) is not None and town not in NOT_A_POLICE_TOWN

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = super().bounds(match)
        if match.re in (TOWN_OFFICE_SAID, WARD_BY_TOWN):
            # "by salt lake city police": the town's own words, not those before it
            town = _office_town(match) if match.re is TOWN_OFFICE_SAID else \
                match.group("town").lower()
            return match.start("town") + (_town_ending(town) or 0), end
        if match.re is TOWN_GOVERNMENT:
            words = match.group("town").split()
            return start, match.start("town") + len(" ".join(words[:leading_place(words)]))
        if match.re is PRISON_BY_TOWN and match.group("more") and \
                leading_place(match.group("town", "more")) == 2:
            end = match.end("more")  # "FCI Terre Haute"
        return start, end


# Said in Spanish, where a place is expected: "estoy en tegucigalpa", "lo deportaron a ciudad
# juárez", "está en el hospital de harlingen", "vive en lodi"
SPANISH_PLACE_LEAD = re.compile(r"\b(?:en|desde|hasta|cerca\s+de|de|a)\s+"
                                r"(?P<id>[a-zñáéíóúü]{4,}(?:\s[a-zñáéíóúü]{3,})?)\b(?!['’-])")
# Words only Spanish has, so that the text is Spanish and "de" or "a" lead to a place (words
# English has too, "con", "casa", "hospital", would send every note through the pattern)
SPANISH_CUE = re.compile(r"\b(?:está|estoy|vive|viven|deportaron|deportado|deportada|hijo|"
                         r"hija|mamá|papá|esposo|esposa|hermana|hermano|porque|clínica|"
                         r"mensaje|nieto|nieta|abuela|también|cuando|señora)\b")


# A church or school named in Spanish, its kind first: "his church iglesia bautista emanuel is
# closing", "la parroquia de san judas" (the name's words up to where English goes on)
SPANISH_INSTITUTION = re.compile(r"(?i)\b(?P<id>(?:iglesia|parroquia|templo|capilla|escuela|"
                                 r"colegio)(?:[ \t]+[a-zñáéíóúü]+){1,4})")
SPANISH_PARTICLES = frozenset("de del la las los el y san santa santo".split())
# A Spanish name, by its article, where English expects a place: "this is maya fourteen at la
# cueva", "works at la michoacana", "from el cerrito"
SPANISH_NAMED_AT = re.compile(r"\b(?:at|from|to|near|outside|behind)[ \t]+"
                              r"(?P<id>(?:la|el|los|las)[ \t]+[a-zñáéíóúü]{3,}"
                              r"(?:[ \t][a-zñáéíóúü]{3,})?)\b(?!['’-])")


class SpanishPlaceRecognizer(Recognizer):
    """A town or city after the Spanish words that lead to a place, in a text that is Spanish:
    "estoy en tegucigalpa", "lo deportaron a ciudad juárez" (not a Spanish word that is also a
    town's name, nor a country or a US state); a church or school named in Spanish."""

    label = Label.LOCATION
    priority = 58
    patterns = (SPANISH_PLACE_LEAD, SPANISH_INSTITUTION, SPANISH_NAMED_AT)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        SPANISH_PLACE_LEAD: SPANISH_CUE, SPANISH_NAMED_AT: (" la ", " el ", " los ", " las "),
        SPANISH_INSTITUTION: ("iglesia", "parroquia", "templo", "capilla", "escuela", "colegio")}

    @staticmethod
    def _named(words: list[str]) -> list[str]:
        """The words of a Spanish institution's name after its kind, up to the first English
        one, without particles at its end."""
        named: list[str] = []
        for word in words[1:]:
            lower = word.lower()
            if lower not in SPANISH_PARTICLES and (lower in gazetteers.common_words() or
                                                   lower in SPANISH_WORDS or
                                                   lower.rstrip("s") in SPANISH_WEEKDAYS):
                break  # ("va a la iglesia los domingos": when, not which)
            named.append(word)
        while named and named[-1].lower() in SPANISH_PARTICLES:
            named.pop()
        return named

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        if match.re is SPANISH_NAMED_AT:
            start, end = self.bounds(match)
            return self.label if folded(text[start:end]) in gazetteers.places_lower() else \
                Label.ORGANIZATION
        return Label.ORGANIZATION if match.re is SPANISH_INSTITUTION else self.label

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re in (SPANISH_INSTITUTION, SPANISH_NAMED_AT):
            words = match.group("id").split()
            kept = " ".join(words[:1 + len(self._named(words))])
            start = match.start("id")
            if words[0].lower() in ("escuela", "colegio"):
                start += len(words[0]) + 1  # "la escuela Lincoln": the school is Lincoln
            return start, match.start("id") + len(kept)
        words = match.group("id").split()
        if len(words) == 2 and folded(match.group("id")) not in gazetteers.places_lower():
            return match.start("id"), match.start("id") + len(words[0])
        return match.span("id")

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re in (SPANISH_INSTITUTION, SPANISH_NAMED_AT):
            # ("la iglesia es grande": a word, not a name, after the kind; "went to la casa";
            # "from el salvador", a country)
            start, end = self.bounds(match)
            return bool(self._named(match.group("id").split())) and \
                text[start:end].title() not in gazetteers.countries()
        start, end = self.bounds(match)
        place = folded(text[start:end])
        return place in gazetteers.places_lower() and not (
            place in SPANISH_WORDS or place in gazetteers.common_words() or
            place in STATES_IN_LOWER_CASE or place.title() in gazetteers.countries() or
            gazetteers.word_frequency(place) >= 4.0)

