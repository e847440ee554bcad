"""Recognizers plus the chart's known identifiers -> one set of non-overlapping spans."""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import cache
from threading import Lock

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import HOLIDAYS, is_care_word, is_clinical_word
from sealnote.boundary.gazetteers import common_words, first_names, surnames, word_frequency
from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.recognizers import Recognizer, default_recognizers
from sealnote.boundary.recognizers.base import alternation
from sealnote.boundary.recognizers.dates import AGE_IN_WORDS, MONTHS, NUMBER_WORD, WEEKDAY
from sealnote.boundary.recognizers.employers import (
    BUSINESS_KINDS,
    GENERIC_PLACES,
    KIND_OF_PLACE,
    NOT_A_BUSINESS,
    STOP_WORDS,
    WORKSITES,
    is_chains_shop,
    is_named_by_its_kind,
)
from sealnote.boundary.recognizers.names import (
    AGE_RIGHT_AFTER,
    FAITHS,
    RELATIONS,
    TITLES,
    is_demonym,
)
from sealnote.boundary.recognizers.organizations import NO_ONE_PLACE, WING
from sealnote.boundary.recognizers.places import (
    LANDMARK_KINDS,
    LOWER_STREET_KINDS,
    STATE_NAMES,
    STATES,
    STREET_SUFFIXES,
    TOWN_OFFICES,
    WATER_KINDS,
    leading_place,
)
from sealnote.boundary.recognizers.signatures import FAITH_NEARBY, RELIGIOUS_TITLES
from sealnote.boundary.spans import Label, Span

PLACE_LIKE = frozenset({Label.LOCATION, Label.ORGANIZATION})
ADDRESS_SOURCES = frozenset({"StreetAddressRecognizer", "IntroducedAddressRecognizer"})
# "Mayo Clinic in Rochester": one place, said in two parts.
# ("Superior Court of California, County of Fresno": one court)
PLACE_BRIDGE = re.compile(r"\s+(?:in|at|of|on)\s+|,\s*(?:(?:County|City|Town) of\s+)?")
# (not "Tufts Health Plan ID THP0044918273": Idaho's code before a number other than a ZIP code
# is the number's label)
TRAILING_STATE = re.compile(r",?\s+(?:" + "|".join(STATES) + "|(?i:"
                            + "|".join(re.escape(n) for n in STATE_NAMES) + r"))\b(?!-)"
                            r"(?!\s*(?:[:#]\s*)?(?:[A-Z]+\d|\d{6,}|\d{1,4}\b))")
ID_LIKE = frozenset({Label.MRN, Label.OTHER_ID, Label.HEALTH_PLAN, Label.ACCOUNT, Label.SSN,
                     Label.LICENSE})
# "patient ID: 8812", "case #JH-99", "Medicare #AB-98": the label travels with the number, so no
# half of the phrase is left behind (only these explicit forms; "policy number" stays).
ID_PREFIX = re.compile(r"\b(?:(?:patient|site|member|case)\s+(?:ID\b|#)|case\b|medicare|"
                       r"medicaid)\s*[:#]?\s*$", re.IGNORECASE)
# "the Walmart on Route 6", "the Shell station off Exit 12": the business at that place (not
# "from Goma staying at…")
BUSINESS_AT = re.compile(r"\b(?:the|at|is|from)\s+((?:[A-Z][\w'’&-]*\s+){1,3}"
                         rf"(?:(?:{'|'.join(sorted(BUSINESS_KINDS | {'lot'}))})\s+|\d{{1,2}}\s+)?)"
                         r"(?:on|off|at|(?<=lot )in)\s+$"
                         # "a coworker at Fidelity in Merrimack": a firm's branch in its town
                         r"|\b(?:at|from|via|through|outside|behind|near)\s+(?:the\s+)?"
                         r"((?:[A-Z][\w'’&-]*\s+){1,3}(?:\d{1,2}\s+)?)"
                         # "called from the Motel 6 in Seekonk"
                         r"in\s+$")
# Dictated: "the costco in daly city", "the walmart lot on route 44", "the stop and shop in
# somerset", "the parking lot of harkins in scottsdale": the business at that place, whatever
# its words mean.
LOWER_BUSINESS_AT = re.compile(r"\b(?:(?:at|outside|behind|near|into|lot\s+of)\s+the|the|at|"
                               r"outside|behind|near|out\s+of|into|lot\s+of)\s+"
                               # ("the super 8 in corbin": a chain's number is its name)
                               r"((?:[a-z][a-z'’&-]*\s+){1,3}?(?:\d{1,2}\s+)?)"
                               r"(?:(?:parking\s+)?lot\s+|store\s+)?(?:on|in|off)\s+$")
# Words that put a business or a home, not a gathering, before the place: "her job at target in
# …"
WORKPLACE_CUE = re.compile(r"\b(?:works?|working|worked|job|shift|employed|hired|shopping|shops|"
                           # "she tends bar at the blue moose in springfield"
                           r"tends\s+bar|bartends|waits\s+tables|waitresses|cooks|"
                           # "she deals cards at the golden nugget in laughlin"
                           r"deals(?:\s+cards)?|dealer|dances|cleans|bouncer|valet|gambles|"
                           r"gambling|"
                           # "moved into shady acres in tupelo": a home named before its town
                           r"parked|manager|cashier|moved\s+(?:\w+\s+)?into|lives\s+at|"
                           r"living\s+at|"
                           # "has dementia and is at the birches in scranton"
                           r"is\s+at|(?:she|he|they)['’](?:s|re)\s+at|staying\s+at|"
                           r"stays\s+at)\b")
# "in vivo at Walmart Dartmouth": a chain's branch, named by its town.
BRANCH_OF = re.compile(r"\b(?:at|the)\s+([A-Z][\w'’&-]*\s+)$")
# "last December"; "Tuesday the 9th" and "tomorrow, 12/3" (the weekday or the day the note was
# written, next to a date, would give away its month and year).
RELATIVE = re.compile(r"\b(?:last|next|this|early|late|mid-?|(?:mon|tues|wednes|thurs|fri|satur|"
                      r"sun)day,?|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?|today,?|"
                      r"tomorrow,?|yesterday,?|the\s+(?:end|beginning|start|middle)\s+of)\s*$",
                      re.IGNORECASE)
# "in ARENDAL 4844", "Bjert 6091": a town's postcode after it (a year is not one).
POSTCODE_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)(?:\d{4,5}|\d{3} \d{2})\b(?![.,/:-]?\d)")
# "Coffee Obsession in Woods Hole": the town a named business or site is in.
TOWN_AFTER = re.compile(r"\s+in\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b(?![-'’])")
# "Safe Haven of Tulsa", "Catholic Charities of Tulsa", "family health center of worcester",
# "the children's hospital of philadelphia": an organisation named by its town.
NAMED_FOR_TOWN = re.compile(r"(?<![\w'’&-])((?:[A-Z][\w'’&-]*\s+){1,4}|(?:(?!(?:at|in|to|from|"
                            r"the|with|by|for|on|and|or|of|is|was|her|his|their)\s)[a-z][a-z'’]*\s+"
                            r"){0,3}"
                            r"(?:health\s+center|medical\s+center|hospital|clinic|counseling\s+"
                            r"center|community\s+center|food\s+bank|shelter)\s+)of\s+(?:the\s+)?$")
# An address given as a corner or beside a name: "the corner of ul. Cicha 86 and Leokadia
# Trail", "Maarit and Hersnapvej 75"; and a second house number before it ("770 26 rue …").
CORNER_AFTER = re.compile(r"\.?\s+and\s+(?:[A-ZÀ-Þ][\w'’-]*\s+){1,3}(?:" + "|".join(
    (*STREET_SUFFIXES, "Bypass", "Pass", "Gateway", "Summit", "Crossing", "Points?")) + r")\b\.?")
PAIRED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÞĀ-ſ][\w'’-]+\s+and\s+$|"
                           r"(?<![\w.,/:-])(?:\d{1,6}[ \t]+){1,2}$")
# "Unionville (Orange)", "Springfield (Hampden County)": the county or district beside a town
DISTRICT_AFTER = re.compile(r" \((?:[A-ZÀ-ÞΑ-Ω][\w'’-]*)(?: [A-ZÀ-ÞΑ-Ω][\w'’-]*)?\)")
# "in Bjert 6091", "in København K 1421": a postcode after a town named only once
TOWN_POSTCODE_BEFORE = re.compile(r"\bin\s+$")
TOWN_POSTCODE_AFTER = re.compile(r"(?: [A-Z])?\s+(?!(?:19|20)\d\d\b)\d{4,5}\b(?![.,/:-]?\d)")
# A town of two words, one of them known: "to Port Paien", "in Den Haag", "Tokoza Ext"
PLACE_WORD_BEFORE = re.compile(r"\b(?:in|from|to|near|on|city|town|village|Where:)\s+"
                               r"([A-ZÀ-Þ][\w'’-]*)\s+$")
PLACE_WORD_AFTER = re.compile(r"\s+([A-ZÀ-Þ][\w'’-]*)\b(?![-'’])")
# "Quebec City", "Colorado Springs", "Sioux Falls": a town's own last word after its name
TOWN_WORD_AFTER = re.compile(r" (?:City|Town|Township|Village|Springs|Falls|Heights|Junction|"
                             r"Square|Plaza|Commons|Nation|Reservation)\b")
# "stopped by cops in jamaica queens", "Bay Ridge, Brooklyn": a neighbourhood and its borough
BOROUGH_AFTER = re.compile(r",? (?i:queens|brooklyn|the bronx|bronx|manhattan|staten island)\b")
# A school named by its town and side, dictated: "got jumped outside raytown south after…"
SIDE_AFTER_TOWN = re.compile(r" (?:north|south|east|west|central)\b(?! (?:of|side|end|bound|on|in|"
                             r"to|from)\b)")
SCHOOL_PLACE_BEFORE = re.compile(r"\b(?:at|outside|from|attends|attended)\s+$")
# The number of a terminal, gate or pier after its name: "cleaning at JFK Terminal 4", a police
# zone's: "Pittsburgh Bureau of Police Zone 5"
NUMBERED_KINDS = ("Terminal", "Gate", "Pier", "Hangar", "Building", "Dock", "Zone")
NUMBER_AFTER_KIND = re.compile(r" \d{1,3}[A-Z]?\b(?![.,:/-]?\d)")
# An id's letters written apart from its digits, after what names it: "member id HPX 44810277"
LETTERS_BEFORE_ID = re.compile(r"\b(?i:id|number|no\.?|policy|member|group|licen[cs]e|lic\.?|"
                               r"cdl|dl)[:#]?[ \t]+"
                               # ("A-number A 214-558-907": one letter too; not a
                               # credential, "license RN 712904")
                               r"(?!(?:ID|NO|RN|LPN|LVN|CNA|MD|DO|NP|PA)\b)([A-Z]{1,4})[ \t]$")
# "frankford terminal", "lolo pass", "Millcreek Canyon": a place's own station or landform
LANDMARK_AFTER = re.compile(rf" (?i:{alternation((*WATER_KINDS, *LANDMARK_KINDS))}|terminal|"
                            r"station|junction|trailhead|pass|beach|island|landing|crossing|"
                            r"cemetery|viaduct|overpass|underpass|"
                            r"(?:motor )?speedway|raceway)\b(?![-'’])")
LOWER_KIND_AFTER = re.compile(r" (?:care center|regional center|nursing home|"
                              r"rehab(?:ilitation)? center|"
                              r"children['’]?s(?: hospital)?|"
                              r"medical center|health center|hospital|clinic|manor|"
                              r"assisted living|senior living|apartments|gardens|towers|estates|"
                              r"commons|high school|township|borough|village|tower|garage|"
                              # "a para at berkeley unified", "glendale adventist"
                              r"unified(?: school district)?|school district|adventist|"
                              # "her son is at boston latin": a school named for its town
                              r"latin(?: school| academy)?|prep|"
                              # "drives a bus for cherokee county schools"
                              r"(?:public )?schools|"
                              # "a logger for mcdonald county sawmill"
                              r"sawmill|mill|"
                              # "goes to the wilkes barre va": the VA's hospital of a town
                              r"va(?: medical center| hospital| clinic)?|"
                              r"middle school|elementary(?: school)?|"
                              # "dorchester county dss": a county's or town's own office
                              r"dss|dcfs|dfcs|dcs|cps|cys|cyf|dcyf|dhr|dhs|dhhs|social services|"
                              rf"health (?:department|dept)|{TOWN_OFFICES}|sheriff|jail|"
                              r"detention (?:center|facility)|juvenile(?: hall| center)?|"
                              # "the maricopa county drug court program"
                              r"probation|(?:drug |family |juvenile |probate |treatment |"
                              r"mental health |veterans |housing )?court|senior center|mission|"
                              r"rescue mission|"
                              # "her son is at cuyahoga hills", "kanawha city", "manoa
                              # marketplace", "king county metro"
                              r"hills|heights|falls|springs|woods|meadows|ridge|valley|pointe|"
                              r"acres|city|green|square|terrace|marketplace|plaza|mall|center|"
                              r"metro|transit|holding center|corrections|courthouse|"
                              r"correctional (?:facility|center))\b")
# "Brother Anselm, 67, a monk", "Sister Wells from the relief society": a religious title, said
# as part of the name where faith is spoken of (not "Brother Gil lives in Providence", a relative
# at a sentence's start, nor "her Brother Kenneth")
RELIGIOUS_TITLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(?P<owner>(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|"
                                    r"[Tt]heir|[Yy]our|[Tt]he)\s+)?"
                                    rf"(?:{'|'.join(map(str.capitalize, RELIGIOUS_TITLES))})\s+$")
SAINTED = re.compile(r"(?:Saint|St\.?) [A-Z]")
# "at congregation beth el", "Temple Emanu-El": a synagogue or mosque, by its name
CONGREGATION_BEFORE = re.compile(r"\b(?i:congregation|temple|masjid|kehilat)\s+$")
# What names a VA's hospital or system after "VA": " Medical Center", " Coastal HCS"
VA_SYSTEM = re.compile(r"(?: [A-Z][a-z]+){0,3} (?:HCS|VAMC|CBOC|Medical Center|"
                       r"Health ?[Cc]are System|Clinic)\b")
# "Fall River Police", "Saugus Public Schools": a town's own office, named by the town
TOWN_OFFICE_AFTER = re.compile(r" (?:Police(?: Department)?|PD|Fire(?: Department)?|Public Schools|"
                               r"Division of (?:Police|Fire)|Police Division|"
                               r"Bureau of Police|Police Bureau|"
                               # "Fayetteville VA Medical Center": a town's VA
                               rf"VA(?:{VA_SYSTEM.pattern})?|"
                               r"Sheriff(?:['’]s (?:Office|Department))?|"
                               r"Housing Authority|Public Library|Senior Center|Town Hall|"
                               r"City Hall|Children, Youth and Families|Children and Youth(?: "
                               r"Services)?|Children and Family Services|Human Services|"
                               r"Job and Family Services|Social Services)\b")
# A county's office, which a name's words may have been taken for: "To: Allegheny County
# Children, Youth and Families"
COUNTY_OFFICE = re.compile(rf"(?:[A-Z][a-z]+ ){{1,2}}(?:County|Parish){TOWN_OFFICE_AFTER.pattern}")
# ... or any office whose capitalised name goes on after the county's
# ("Tulsa County DHS": the county's office of a state's agency)
# ("Tarrant County CSCD": any office by its initials, not a state's code)
COUNTY_OFFICE_NAMED = re.compile(r"(?:[ \t](?:and|of|for|&)(?=[ \t][A-Z][a-z])|[ \t][A-Z][a-z]+|"
                                 # ("Wood County 911": the county's dispatch)
                                 r"[ \t]911\b|"
                                 rf"[ \t](?!(?:{'|'.join(STATES)})\b)[A-Z]{{2,5}}\b(?![-'’&])|"
                                 # ("Utah County AP&P": initials joined by "&")
                                 r"[ \t][A-Z]{1,3}&[A-Z]{1,3}\b"
                                 r"){1,5}")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A police department's station, division or district after it: "SDPD Southeastern Division",
# "NYPD 75th Precinct", "Fresno PD Southwest District"
DIVISION_AFTER = re.compile(r" (?:[A-Z][a-z]+ |\d{1,3}(?:st|nd|rd|th) )?(?:Division|Precinct|"
                            r"Substation|District Station|District)\b")
# A health system's initials, then its site's name up to the clause's end: "UPMC Western
# Psychiatric:", "OSU Wexner,"
SYSTEM_INITIALS = re.compile(r"[A-Z]{2,5}")
SITE_AFTER_INITIALS = re.compile(r"(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3}(?=[,:;)]|\.(?!\w)|$)")
# A landmark named for a person: "the Eisenhower Tunnel"
NAMED_LANDMARK_AFTER = re.compile(r" (?:Tunnel|Bridge|Dam|Pass|Expressway|Parkway|Turnpike|"
                                  r"Memorial Bridge)\b(?![-'’])")
# The first of a couple's titles, before the second's name: "Mr. and Mrs. Lindqvist"
COUPLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+(?:and|&)\s+$")
TITLED = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr)\b")
# A rank of two words, dictated: "staff sergeant", "first lieutenant", "petty officer"
RANK_WORD = re.compile(r"(?i:sergeant|lieutenant|corporal|officer|airman|class)\b")
RANK_MODIFIER_BEFORE = re.compile(r"\b(?i:staff|first|master|gunnery|command|technical|tech|"
                                  r"senior|chief|lance|second|petty)[ \t]+$")
# A name's suffix, dictated: "al junior", not "a junior at", "junior year"
JUNIOR_AFTER = re.compile(r" (?:junior|jr)\b(?! (?:at|in|year|high|college|varsity|class|"
                          r"prom|from|and)\b)")
# A court's number before its name: "54-A District Court", "36th District Court"
COURT_NUMBER_BEFORE = re.compile(r"\b(?:\d{1,3}-|\d{1,3}(?:st|nd|rd|th) )$")
COURT_NUMBER_AFTER = re.compile(r" (?:No\.|Number|#) ?\d{1,3}\b")
# The end or side of a town: "from the north end of hartford"
END_OF_TOWN_BEFORE = re.compile(r"\b(?:north|south|east|west)[ \t]+(?:end|side)[ \t]+of[ \t]+$",
                                re.IGNORECASE)
# A hospital's campus after "at": "Doctors Hospital at Renaissance", "Children's Hospital at
# Montefiore"
SITE_KINDS = ("Hospital", "Medical Center", "Health Center")
UNIT_AFTER_SITE = re.compile(r" \d{1,2}[A-Z]{1,2}\b(?![-'’])")
# ... and a ward by its floor and wing after any hospital's name: "Admission, Parkland 4 West:"
WARD_AFTER_SITE = re.compile(rf" {WING}(?! (?:of|on)\b)")
CARE_SOURCES = frozenset({"FacilityRecognizer", "PlaceNameRecognizer"})
# A school that is two kinds at once, written with a slash: "Roland Park Elementary/Middle"
SCHOOL_KINDS = ("Elementary", "Middle", "High", "Academy", "School")
SCHOOL_KIND_JOINED = re.compile(rf"/(?:{'|'.join(SCHOOL_KINDS)})\b(?![-'’])")
# The quarters of a town by compass point ("Southwest Detroit", "Baptist Health South")
QUARTERS = "North|South|East|West|Northeast|Northwest|Southeast|Southwest"
# A health system's campus by its side of town, after the system's name: "Merit Health Central",
# "Baptist Health South"
HEALTH_CAMPUS_AFTER = re.compile(rf" (?:{QUARTERS}|Central|Downtown|Midtown|Uptown)\b(?![-'’])")
TIMES_OF_DAY = frozenset("noon midnight midday bedtime dawn dusk".split())
SITE_AT_AFTER = re.compile(r" at ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![-'’])")
# Dictated: an organisation named for a person or a saint ("bethany christian services",
# "kennedy krieger institute")
NAMED_FOR_PERSON_AFTER = re.compile(r" (?:services|ministries|foundation|institute|academy|"
                                    r"associates|center|clinic|church|hospital)"
                                    r"(?=[.,;:)]|$| (?:in|on|at|and|for|to|with|since|where|"
                                    r"who|because|until|after)\b)")
# Departments of a hospital, which name no business before a town
CARE_DEPARTMENTS = frozenset("""Psychiatry Medicine Surgery Pediatrics Neurology Cardiology
Oncology Radiology Emergency Obstetrics Orthopedics Urology Dermatology""".split())
PLATE_STATE = re.compile(r"\b(?:" + "|".join(STATES) + r")\s+$")


@cache
def _recognizers() -> tuple[Recognizer, ...]:
    return tuple(default_recognizers())


def merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one covering both.

    The label comes from the span that covers more of the text (an e-mail address beats the
    name inside it), and between equals from the higher priority.
    """
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            span_key = (span.end - span.start, span.priority)
            last_key = (last.end - last.start, last.priority)
            winner = span if span_key > last_key else last
            merged[-1] = Span(last.start, max(last.end, span.end), winner.label, winner.source,
                              winner.priority)
        else:
            merged.append(span)
    return merged


def _widen(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    if span.label in ID_LIKE:
        letters = LETTERS_BEFORE_ID.search(text, max(0, start - 24), start)
        if letters:
            start = letters.start(1)  # "member id HPX 44810277": the plan's letters, spaced
        prefix = ID_PREFIX.search(text, max(0, start - 16), start)
        if prefix:
            start = prefix.start()
    elif span.label is Label.VEHICLE:
        state = PLATE_STATE.search(text, max(0, start - 4), start)
        if state:
            start = state.start()
    elif span.label is Label.DATE:
        before = RELATIVE.search(text, max(0, start - 11), start)
        if before:
            start = before.start()
    if span.label is Label.NAME and text[start].isupper():
        title = RELIGIOUS_TITLE_BEFORE.search(text, max(0, start - 16), start)
        if title and not title.group("owner") and \
                FAITH_NEARBY.search(text, max(0, start - 80), span.end + 80):
            start = title.start()
    if span.label is Label.NAME:
        rank = RANK_MODIFIER_BEFORE.search(text, max(0, start - 10), start) if RANK_WORD.match(
            text, start) else None
        start = rank.start() if rank else start  # "staff sergeant reyes": a rank of two words
        junior = JUNIOR_AFTER.match(text, end) if text[start:end].islower() else None
        end = junior.end() if junior else end  # "his son al junior is at": a name's suffix
        couple = COUPLE_BEFORE.search(text, max(0, start - 10), start)
        if couple and TITLED.match(text, start):
            start = couple.start()  # "Dear Mr. and Mrs. Lindqvist": one household, two titles
    if span.label is Label.NAME and text[start].isupper():
        landmark = NAMED_LANDMARK_AFTER.match(text, end)
        if landmark and text.endswith("the ", max(0, start - 4), start):
            end = landmark.end()  # "the Eisenhower Tunnel", "the Tappan Zee Bridge": a place
            span = Span(start, end, Label.LOCATION, span.source, span.priority)
    if span.label is Label.NAME and TOWN_POSTCODE_BEFORE.search(text, max(0, start - 4), start):
        postcode = TOWN_POSTCODE_AFTER.match(text, end)
        if postcode:
            end = postcode.end()
            span = Span(start, end, Label.LOCATION, span.source, span.priority)
    county_office = COUNTY_OFFICE.match(text, start) if span.label is Label.NAME else None
    if county_office and county_office.end() >= end:
        end = county_office.end()
        span = Span(start, end, Label.ORGANIZATION, span.source, span.priority)
    if span.label is Label.NAME and not text[start:end].islower() and \
            text[start:end].lower() in gazetteers.places_lower():
        office = TOWN_OFFICE_AFTER.match(text, end)  # "the Boston Housing Authority"
        if office:
            end = office.end()
            span = Span(start, end, Label.ORGANIZATION, span.source, span.priority)
    if span.label is Label.NAME and text[start:end].islower():
        kind = NAMED_FOR_PERSON_AFTER.match(text, end)  # "bethany christian services"
        if kind:
            end = kind.end()
            span = Span(start, end, Label.ORGANIZATION, span.source, span.priority)
    if span.label in (Label.NAME, Label.LOCATION):
        word_before = PLACE_WORD_BEFORE.search(text, max(0, start - 30), start)
        if word_before and _town_word(word_before.group(1)):
            start = word_before.start(1)
            span = Span(start, end, Label.LOCATION, span.source, span.priority)
    if span.label in PLACE_LIKE or span.label is Label.NAME:
        congregation = CONGREGATION_BEFORE.search(text, max(0, start - 14), start)
        if congregation:
            start = congregation.start()
            span = Span(start, end, Label.ORGANIZATION, span.source, span.priority)
    if span.label in PLACE_LIKE:
        end_of_town = END_OF_TOWN_BEFORE.search(text, max(0, start - 20), start) \
            if span.label is Label.LOCATION and \
            text[start:end].lower() in gazetteers.places_lower() else None
        if end_of_town:
            start = end_of_town.start()  # "the north end of hartford": a part of the town
        if text.endswith("Greater ", max(0, start - 8), start):
            start -= len("Greater ")  # "pastor of Greater Mount Olive"
        numbered = COURT_NUMBER_BEFORE.search(text, max(0, start - 5), start)
        if numbered and text.endswith("Court", start, end):
            start = numbered.start()  # "54-A District Court": a district court's number
        court_number = COURT_NUMBER_AFTER.match(text, end) if text.endswith(
            "Court", start, end) else None
        end = court_number.end() if court_number else end  # "Probate Court No. 3"
        ward = WARD_AFTER_SITE.match(text, end) if span.source in CARE_SOURCES else None
        end = ward.end() if ward else end  # "Parkland 4 West": a hospital's ward
        if text.endswith(SCHOOL_KINDS, start, end):
            joined = SCHOOL_KIND_JOINED.match(text, end)
            end = joined.end() if joined else end  # "Roland Park Elementary/Middle": one school
        if text.endswith(" Health", start, end):
            campus = HEALTH_CAMPUS_AFTER.match(text, end)
            end = campus.end() if campus else end  # "Merit Health Central": a system's campus
        if text.endswith(SITE_KINDS, start, end):
            unit = UNIT_AFTER_SITE.match(text, end)
            end = unit.end() if unit else end  # "Boston Medical Center 7E": the hospital's unit
            at_site = SITE_AT_AFTER.match(text, end)
            if at_site and not any(_time_or_term(w) or w.lower() in WEEKDAYS or
                                   w.lower() in TIMES_OF_DAY or word_frequency(w.lower()) >= 4.5
                                   for w in at_site.group(1).split()):
                end = at_site.end()  # "Doctors Hospital at Renaissance": a hospital's campus
        if text.startswith(("'s", "’s"), end) and SAINTED.match(text, start):
            end += 2  # "brought to Saint Anne's": the name is the saint's
        after = TRAILING_STATE.match(text, end)
        if after:
            end = after.end()
        postcode = POSTCODE_AFTER.match(text, end) if span.label is Label.LOCATION else None
        if postcode:
            end = postcode.end()
        end = _lower_town_after(text, span, end)
        office = COUNTY_OFFICE_NAMED.match(text, end) if text.endswith(
            (" County", " Parish"), start, end) else None
        if office and not any(w.lower() in MONTHS or w.lower() in WEEKDAYS
                              for w in office.group(0).split()):
            end = office.end()  # "Wake County Crisis and Assessment": the county's own office
            span = Span(start, end, Label.ORGANIZATION, span.source, span.priority)
        said = LOWER_KIND_AFTER.match(text, end) if span.label is Label.LOCATION and \
            text.endswith(" County", start, end) else None
        if said:
            end = said.end()  # "drives for king county metro", "in Clackamas County court"
            span = Span(start, end, Label.ORGANIZATION, span.source, span.priority)
        town = TOWN_AFTER.match(text, end)
        if town and not any(_time_or_term(word) for word in town.group(1).split()):
            end = town.end()
        if span.label is Label.LOCATION and span.source in ADDRESS_SOURCES:
            corner = CORNER_AFTER.match(text, end)
            end = corner.end() if corner else end
            paired = PAIRED_BEFORE.search(text, max(0, start - 30), start)
            start = paired.start() if paired else start
        town_word = (TOWN_WORD_AFTER.match(text, end) or LANDMARK_AFTER.match(text, end) or
                     BOROUGH_AFTER.match(text, end)) if span.label is Label.LOCATION else None
        end = town_word.end() if town_word else end
        numbered = NUMBER_AFTER_KIND.match(text, end) if text.endswith(NUMBERED_KINDS, start, end) \
            else None
        end = numbered.end() if numbered else end
        division = DIVISION_AFTER.match(text, end) if span.label is Label.ORGANIZATION else None
        end = division.end() if division else end
        site = SITE_AFTER_INITIALS.match(text, end) if SYSTEM_INITIALS.fullmatch(
            text, start, end) else None
        if site and not any(w.lower() in MONTHS or w.lower() in WEEKDAYS or w in HOLIDAYS or
                            w.lower() in TITLES for w in site.group(0).split()):
            end = site.end()  # "UPMC Western Psychiatric:": a health system's site, by name
        side = SIDE_AFTER_TOWN.match(text, end) if text[start:end].islower() and \
            SCHOOL_PLACE_BEFORE.search(text, max(0, start - 12), start) else None
        end = side.end() if side else end
        # "lives at prairie view care center": a place named for its town, dictated
        kind_after = LOWER_KIND_AFTER.match(text, end) if text[start:end].islower() else \
            TOWN_OFFICE_AFTER.match(text, end) if span.label is Label.LOCATION else None
        end = kind_after.end() if kind_after else end
        system = VA_SYSTEM.match(text, end) if text.endswith(" VA", start, end) else None
        end = system.end() if system else end  # "Fayetteville VA Coastal HCS", a town read as
        # one in Virginia
        district = DISTRICT_AFTER.match(text, end) if span.label is Label.LOCATION else None
        end = district.end() if district else end
        after_word = PLACE_WORD_AFTER.match(text, end)
        # (on the next line only an address's town or country goes on: "Ward 7B\nTamika
        # Reynolds" is a ward, then a name)
        next_line = after_word is not None and "\n" in after_word.group(0) and not (
            span.source in ADDRESS_SOURCES or after_word.group(1) in gazetteers.countries())
        if span.label is Label.LOCATION and after_word and _town_word(after_word.group(1)) and \
                after_word.group(1).lower() not in common_words() and not next_line:
            end = after_word.end()
        named_for = NAMED_FOR_TOWN.search(text, max(0, start - 48), start) \
            if span.label is Label.LOCATION else None
        if named_for and (named_for.group(1).islower() or _names_organisation(
                named_for.group(1).split())):
            start = named_for.start(1)
        business = BUSINESS_AT.search(text, max(0, start - 48), start) or BRANCH_OF.search(
            text, max(0, start - 24), start)
        group = 1 if business and business.group(1) else 2
        named = business.group(group).split() if business else []
        # "the Walmart on Route 6", "at Shields MRI in Brockton", "via Recovery Works in
        # Elizabethtown"; not "at Easter in Lowell", "at Psychiatry in Boston"
        if business and not all(is_care_word(w) or w in CARE_DEPARTMENTS for w in named) and \
                not any(w in HOLIDAYS or w.lower() in MONTHS or is_demonym(w.lower())
                        for w in named):
            start = business.start(group)
        elif span.label is Label.LOCATION and text[span.start:end].islower():
            start = _lower_business_at(text, start)
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, span.source, span.priority)


# "the casey's on fourth street in newton": a town after its street, whatever the word means
STREET_ENDS = re.compile(rf" (?:{alternation(LOWER_STREET_KINDS)})$")
# ... or after a house and its street: "lives at four twenty two west mariposa in phoenix"
HOUSE_NUMBER_FIRST = re.compile(rf"(?:\d{{1,6}}|{NUMBER_WORD}) ")
LOWER_WORDS_AFTER = re.compile(r" ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?")


def _lower_town_after(text: str, span: Span, end: int) -> int:
    """Where a place dictated in lower case ends when a town's name follows it: "at yale new
    haven" (not "at yale in the icu", nor a town that is also a word: "at dunkin on route")."""
    if not text[span.start:end].islower():
        return end
    # "trains at gracie barra in mesa": after a business and "in", even a town that is a word
    said_in = text.startswith(" in", end) and (
        span.label is Label.ORGANIZATION or STREET_ENDS.search(text, span.start, end) is not None
        or (span.label is Label.LOCATION and HOUSE_NUMBER_FIRST.match(text, span.start)))
    words = LOWER_WORDS_AFTER.match(text, end + 3 if said_in else end)
    if words is None:
        return end
    count = leading_place([w for w in words.groups() if w])
    town = words.group(1)
    if count == 0 or (count == 1 and town in common_words() and not (
            said_in and not _time_or_term(town) and word_frequency(town) < 5.0)):
        return end
    return words.end(count)


def _lower_business_at(text: str, start: int) -> int:
    """Where a business named in lower case before a place begins ("the costco in daly city"),
    or `start` if the words before name a kind of place or are plain words of a sentence."""
    business = LOWER_BUSINESS_AT.search(text, max(0, start - 40), start)
    if business is None:
        return start
    words = business.group(1).split()
    if any((is_care_word(w) and w not in common_words()) or w in MONTHS for w in words):
        return start
    # "the methodist home on ames avenue", "scandinavian home in cranston": a home its church
    # or its people's society runs, named so
    faiths_home = len(words) == 2 and words[1] == "home" and (
        words[0] in FAITHS or words[0] in ("jewish", "catholic", "hebrew", "masonic") or
        is_demonym(words[0]))
    if is_chains_shop(words) or is_named_by_its_kind(words) or faiths_home:
        return business.start(1)  # "the circle k on airline highway", "the waffle house on…"
    inner = [w for w in words[1:-1] if w != "and"]
    if len(words) == 1 and words[0] in WORKSITES:
        return start
    if words[0] in STOP_WORDS or words[-1] in STOP_WORDS or words[-1] in GENERIC_PLACES or \
            any(w in STOP_WORDS or w in GENERIC_PLACES for w in inner):
        return start
    # Plain English words ("stop and shop", "target") name a business only at work or shopping.
    if all(w in common_words() for w in words) and not WORKPLACE_CUE.search(
            text, max(0, business.start() - 30), business.start() + 4):
        return start
    return business.start(1)


def _town_word(word: str) -> bool:
    """A capitalised word that may be part of a town's name: no title, relative, month,
    holiday or clinical word (weekdays are among these): "Port", "Den", "Store"; not "Dr",
    "Aunt", "March"."""
    lower = word.lower().rstrip(".")
    return not (lower in TITLES or lower in RELATIONS or lower in MONTHS or word in HOLIDAYS or
                is_clinical_word(word) or word.isupper())


def _names_organisation(words: list[str]) -> bool:
    """Capitalised words that can name an organisation: two or more, or one no dictionary
    has, and none a person's name, title, month or clinical word ("Safe Haven", not "Sunil
    Mehra of the Lahey Clinic" or "March")."""
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in common_words():
        return False
    a_person = any(w in first_names() or (w in surnames() and w not in common_words())
                   for w in lowered)
    no_name = any(w.rstrip(".") in TITLES or w in MONTHS for w in lowered) or any(
        is_care_word(w) for w in words)
    return not (a_person or no_name)


def _time_or_term(word: str) -> bool:
    """A month, holiday, clinical term, language or a phrase's word after "in": "at Target in
    March", "in Psychiatry", "held in Spanish", "seen in Person", "in General"."""
    return word.lower() in MONTHS or word in HOLIDAYS or is_clinical_word(word) or \
        is_demonym(word.lower()) or word.lower() in IN_PHRASES


IN_PHRASES = frozenset({"person", "general", "total"})


def join_related(text: str, spans: list[Span]) -> list[Span]:
    """Widen spans over the words that belong to them (a place's state, the 'last' of 'last
    December') and join a place written in parts ("X Clinic in Town")."""
    joined: list[Span] = []
    for span in (_widen(text, s) for s in spans):
        if joined and span.label in PLACE_LIKE and joined[-1].label in PLACE_LIKE and \
                PLACE_BRIDGE.fullmatch(text, joined[-1].end, span.start):
            last = joined[-1]
            joined[-1] = Span(last.start, span.end, Label.LOCATION, last.source, last.priority)
        elif joined and span.label is Label.NAME and joined[-1].label is Label.NAME and \
                text[joined[-1].end - 1:span.start] == ". ":
            # "A.J. McAllister": initials and the surname after them are one name
            last = joined[-1]
            joined[-1] = Span(last.start, span.end, Label.NAME, last.source, last.priority)
        elif joined and span.start < joined[-1].end:
            # A widened span may reach back over more than one span ("patient ID: …" over a
            # name found in "ID"): they all become one, under the first one's label.
            first = joined.pop()
            end = max(first.end, span.end)
            while joined and span.start < joined[-1].end:
                first = joined.pop()
                end = max(end, first.end)
            # ("trains at gracie barra in mesa": a place reaching back over a word taken for a
            # name is the place)
            kept = span if span.label in PLACE_LIKE and first.label is Label.NAME and \
                span.start <= first.start else first
            joined.append(Span(min(first.start, span.start), end, kept.label, kept.source,
                               kept.priority))
        else:
            joined.append(span)
    return joined


CAPITALS_LINE = re.compile(r"[^\n]*[A-Z][^\n]*")
# ("INTAKE ASSESSMENT — RIVERBEND COUNSELING": a dash between the words too)
SHOUTING = re.compile(r"[A-Z]{2,}(?:[ \t]+(?:[—–-][ \t]+)?[A-Z]{2,}){3}")
BLANK = re.compile(r"[^\n]")


def _shouted_lines(text: str) -> list[tuple[int, int]]:
    """Lines written all in capitals ("LIVES WITH HIS DAUGHTER NOREEN"), where capitals say
    nothing about which words are names."""
    lines: list[tuple[int, int]] = []
    if not SHOUTING.search(text):
        return lines
    for line in CAPITALS_LINE.finditer(text):
        letters = [c for c in line.group(0) if c.isalpha()]
        if len(letters) >= 24 and sum(c.isupper() for c in letters) > 0.8 * len(letters) and \
                len(line.group(0).split()) >= 5:
            lines.append(line.span())
    return lines


def _lowered(text: str, lines: list[tuple[int, int]]) -> str | None:
    """Those lines of `text` in lower case and the rest blank (so that reading them again
    costs little), or None if lowering would move any offset."""
    parts, cursor = [], 0
    for start, end in lines:
        parts += [BLANK.sub(" ", text[cursor:start]), text[start:end].lower()]
        cursor = end
    lowered = "".join(parts) + BLANK.sub(" ", text[cursor:])
    return lowered if len(lowered) == len(text) else None


# Dictation that says its marks ("Agnes comma 93 comma no wait comma 94 comma lives at…",
# "on the 12th period"): read again with each mark written where its word was, so that the
# patterns that wait for a comma or a full stop see one and every offset stays.
SPOKEN_MARK = re.compile(r" (comma|period|colon|semicolon)\b")
WRITTEN_MARK = {"comma": ",", "period": ".", "colon": ":", "semicolon": ";"}


def _marks_written(text: str) -> str | None:
    """`text` with its spoken marks written, or None if it says fewer than two."""
    spoken = SPOKEN_MARK.finditer(text)
    if next(spoken, None) is None or next(spoken, None) is None:
        return None
    return SPOKEN_MARK.sub(lambda m: WRITTEN_MARK[m.group(1)] + " " * (len(m.group(0)) - 1),
                           text)


def _recognized(text: str, chosen: Sequence[Recognizer]) -> list[Span]:
    """What the recognizers find in `text`, its shouted lines and its spoken marks read a
    second time."""
    found: list[Span] = []
    for recognizer in chosen:
        found.extend(recognizer.find(text))
    marked = _marks_written(text)
    if marked is not None:
        for recognizer in chosen:
            found.extend(recognizer.find(marked))
    shouted = _shouted_lines(text)
    lowered = _lowered(text, shouted) if shouted else None
    if lowered is not None:
        # Read a shouted line again as dictation in lower case is read: by its cues.
        for recognizer in chosen:
            found.extend(s for s in recognizer.find(lowered)
                         if any(a <= s.start and s.end <= b for a, b in shouted)
                         and not is_clinical_word(text[s.start:s.end]))
    return found


# The same text is often scanned twice in a row: the boundary's own last check of what it made,
# then `release`'s. The recognizers' findings for the last few texts are kept, keyed by a digest
# (the text itself is not kept), so the second scan costs a lookup. Known identifiers, which
# differ between the two, are always matched afresh.
RECENT_SCANS = 8
_recent: OrderedDict[bytes, tuple[Span, ...]] = OrderedDict()
_recent_lock = Lock()


def _recognized_default(text: str) -> list[Span]:
    key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
    with _recent_lock:
        cached = _recent.get(key)
        if cached is not None:
            _recent.move_to_end(key)
            return list(cached)
    found = _recognized(text, _recognizers())
    with _recent_lock:
        _recent[key] = tuple(found)
        while len(_recent) > RECENT_SCANS:
            _recent.popitem(last=False)
    return found


def detect(text: str, *, known: KnownIdentifiers | None = None,
           recognizers: Sequence[Recognizer] | None = None) -> list[Span]:
    """Every identifier in `text`, as sorted, non-overlapping spans."""
    found = _recognized(text, recognizers) if recognizers is not None else \
        _recognized_default(text)
    if known is not None:
        found.extend(known.find(text))
    return _around_places(text, _ages_after_names(text, _places_after(text, _said_apart(
        text, join_related(text, merge(found))))))


# "shooting at Seven Mile and Gratiot", "on the corner of Main and Elm": two places joined by
# "and" there are the corner where two streets cross
CORNER_BEFORE = re.compile(r"\b(?i:at|near|corner of)\s+$")
# "31, Southwest Detroit": the quarter of a city written before it
QUARTER_BEFORE = re.compile(rf"\b(?:{QUARTERS}) $")


# "ED triage — UMC Las Vegas", "Dr. Rao, CAMC Charleston": a medical center's or hospital's
# initials before its city
HOSPITAL_INITIALS_BEFORE = re.compile(r"(?<![\w/-])[A-Z]{1,3}(?:MC|H|HS|MH) $")


# "wants her in mount alverna": dictated, the word before a name that makes it a place
MOUNT_BEFORE = re.compile(r"(?<![\w'’])(?:mount|mt|fort|ft)\.? $")


# "hes at trinity in minot", "works at sanford in fargo": dictated, the place someone is at or
# comes from, named right before its town
# (without "the": "at the refinery in pasadena" says only what kind of place)
NAMED_BEFORE_ITS_TOWN = re.compile(r"\b(?:at|from|to|into)\s+(?!the\b)(?P<id>[a-z][a-z-]+"
                                   r"(?:\s[a-z][a-z-]+)?)\s+in\s+$")
# What is said between "at" and a town that names no place: "at risk in", "at first in"
NOT_A_PLACES_NAME = frozenset("""
risk peace least first last all once rest ease war sea heart large home work school church
night nights noon times length best worst most odds fault play lunch dinner breakfast
""".split())
# "his arrest outside Dante's on Burnside": a business named for someone, where it stands
BUSINESS_OWNED_BEFORE = re.compile(r"\b(?:at|outside|behind|near|from|inside)\s+$")
BUSINESS_OWNED_AFTER = re.compile(rf"['’]s(?= (?:on|in) (?!(?i:{WEEKDAY}|the)\b)[A-Z])")


def _names_a_place(words: list[str]) -> bool:
    """Dictated words before a town that may be a place's name: not a kind of place, a time, a
    relative, a feeling or a common phrase ("at the hospital in", "at night in")."""
    return not any(
        w in STOP_WORDS or w in RELATIONS or w in GENERIC_PLACES or w in KIND_OF_PLACE or
        w in NOT_A_BUSINESS or w in NOT_A_PLACES_NAME or w in WORKSITES or
        w.upper() in NO_ONE_PLACE or w in MONTHS or
        re.fullmatch(WEEKDAY, w) is not None or is_clinical_word(w) or w.endswith(("ing", "ed"))
        or word_frequency(w) >= 5.0 for w in words)


def _around_places(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with what is said around a place joined to it or added before it, and two places
    joined by "and" after "at" or "corner of" made one place (the corner where they cross)."""
    joined: list[Span] = []
    for span in spans:
        span = _widened_place(text, span, joined)
        joined.extend(_places_named_before(text, span, joined))
        last = joined[-1] if joined else None
        # ("near nineteenth avenue and camelback works…": a cross street taken for a name)
        crossing = span.label in PLACE_LIKE or (
            span.label is Label.NAME and last is not None and last.source in ADDRESS_SOURCES and
            text[span.start:span.end].islower())
        if last is not None and last.label in PLACE_LIKE and crossing and \
                text[last.end:span.start] in (" and ", " & ") and \
                CORNER_BEFORE.search(text, max(0, last.start - 12), last.start):
            joined[-1] = Span(last.start, span.end, Label.LOCATION, last.source, last.priority)
            continue
        joined.append(span)
    return joined


def _widened_place(text: str, span: Span, joined: list[Span]) -> Span:
    """`span` with the words around it that belong to it and no span before it holds: a
    business's possessive ("outside Dante's on Burnside"), a dictated place's "mount" ("mount
    alverna"), a city's quarter ("Southwest Detroit")."""
    owned = BUSINESS_OWNED_AFTER.match(text, span.end) if span.label is Label.NAME else None
    if owned is not None and BUSINESS_OWNED_BEFORE.search(text, max(0, span.start - 8),
                                                          span.start):
        span = Span(span.start, owned.end(), Label.ORGANIZATION, span.source, span.priority)
    if text[span.start:span.end].islower() and (span.label in PLACE_LIKE or
                                                 span.label is Label.NAME):
        mount = MOUNT_BEFORE.search(text, max(0, span.start - 6), span.start)
        if mount is not None and (not joined or joined[-1].end <= mount.start()):
            span = Span(mount.start(), span.end, Label.LOCATION, span.source, span.priority)
    quarter = QUARTER_BEFORE.search(text, max(0, span.start - 10), span.start) \
        if span.label is Label.LOCATION else None
    if quarter is not None and (not joined or joined[-1].end <= quarter.start()) and \
            text[quarter.start():span.end] not in STATE_NAMES:  # not "West Virginia"
        span = Span(quarter.start(), span.end, span.label, span.source, span.priority)
    return span


def _places_named_before(text: str, span: Span, joined: list[Span]) -> list[Span]:
    """The places said right before `span`, a town, that no recognizer found: a dictated
    place's name ("at trinity in minot"), a hospital's initials ("UMC Las Vegas")."""
    added: list[Span] = []
    end = joined[-1].end if joined else 0
    town = text[span.start:span.end]
    named = NAMED_BEFORE_ITS_TOWN.search(text, max(0, span.start - 40), span.start) \
        if span.label is Label.LOCATION and town.islower() and \
        town in gazetteers.places_lower() else None
    if named is not None and end <= named.start("id") and \
            _names_a_place(named.group("id").split()):
        added.append(Span(*named.span("id"), Label.ORGANIZATION, "NamedBeforeItsTown", 55))
        end = named.end("id")
    initials = HOSPITAL_INITIALS_BEFORE.search(text, max(0, span.start - 10), span.start) \
        if town[:1].isupper() and (span.label is Label.LOCATION or
                                   town.lower() in gazetteers.places_lower()) else None
    if initials is not None and end <= initials.start():
        added.append(Span(initials.start(), span.start - 1, Label.ORGANIZATION,
                          "HospitalInitials", 60))
    return added


# "okay gladys ninety one lives alone", "alright mrs harjo 96": an age of 90 or more said right
# after whom a dictation names, with no verb between (the age patterns wait for "is" or "she's")
AGE_AFTER_NAME = re.compile(rf",? (?P<age>{AGE_IN_WORDS}\b|(?:9\d|1[01]\d)(?!\d))"
                            r"(?! ?(?:%|percent|dollars|bucks|cents|times|days|hours|minutes|"
                            r"seconds|weeks|months|pounds|lbs?|kg|mg|miles|degrees|k\b|grand|"
                            r"thousand|hundred|million|[-/.:]\d))")


def _clear_until(spans: list[Span], index: int, end: int) -> bool:
    """No span after `spans[index]` starts before `end`."""
    return index + 1 == len(spans) or spans[index + 1].start >= end


# "session with hannah grace nineteen": a second first name, then the age, is still the name
SECOND_NAME_AGED = re.compile(r" (?P<second>[a-z]{2,}|[A-Z][a-z]+)(?=" + AGE_RIGHT_AFTER.pattern
                              + ")")


def _ages_after_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with a second first name before an age joined to the first, and an old age said
    right after a name added."""
    widened: list[Span] = []
    for index, span in enumerate(spans):
        second = SECOND_NAME_AGED.match(text, span.end) if span.label is Label.NAME else None
        if second is not None and _clear_until(spans, index, second.end()):
            word = second.group("second").lower()
            if word in first_names() and word not in STOP_WORDS and word not in RELATIONS:
                span = Span(span.start, second.end(), span.label, span.source, span.priority)
        widened.append(span)
    ages = [Span(m.start("age"), m.end("age"), Label.AGE_OVER_89, "AgeAfterName", 80)
            for index, span in enumerate(widened) if span.label is Label.NAME
            and (m := AGE_AFTER_NAME.match(text, span.end)) is not None
            and _clear_until(widened, index, m.end())]
    return sorted([*widened, *ages], key=lambda s: s.start) if ages else widened


# "trains at gracie barra in mesa.", "his dui on i thirty five near emporia": after a place or a
# name (a business taken for a person's; "staying at his sister wanda's in sulphur"), a town whose
# name is a rarer word, dictated. (After a business or a street the town widens the span
# instead: `_lower_town_after`.)
TOWN_AFTER_NAMED = re.compile(r"(?:['’]s)? (?:in|near|outside) (?P<place>[a-z]+)\b(?!['’-])")
# "at their place on colfax and york": the street a street found crosses, dictated
CROSS_STREET = re.compile(r" and (?P<place>[a-z]+)\b(?!['’-])")
ON_A_STREET = re.compile(r"\b(?:on|at|near|corner of) $")


def _places_after(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with the towns and cross streets said right after them added."""
    places: list[Span] = []
    for index, span in enumerate(spans):
        if span.label not in (Label.NAME, Label.LOCATION) or \
                not text[span.start:span.end].islower():
            continue
        town = TOWN_AFTER_NAMED.match(text, span.end)
        cross = CROSS_STREET.match(text, span.end) if span.label is Label.LOCATION and \
            ON_A_STREET.search(text, max(0, span.start - 10), span.start) else None
        after = town or cross
        if after is None or not _clear_until(spans, index, after.end()):
            continue
        place = after.group("place")
        if town is not None:
            found = place in gazetteers.places_lower() and word_frequency(place) < 4.0 and \
                not _time_or_term(place)
        else:
            found = place not in common_words() and place not in first_names() and \
                not _time_or_term(place)
        if found:
            places.append(Span(after.start("place"), after.end(), Label.LOCATION, "PlaceAfter",
                               60))
    return sorted([*spans, *places], key=lambda s: s.start) if places else spans


# "the kwik trip in kaukauna", "the alano club on westheimer", "oge out of enid": dictated, a
# business and the street or town it stands on are two places, and the words between them are
# no one's
SAID_BETWEEN = re.compile(r" (?:in|on|off|out of) ")
# A verb a place is said after, which ends no business's name
VERB_BEFORE_A_PLACE = re.compile(r" (?:lives|lived|living|stays|stayed|staying|works|worked|"
                                 r"working|moved|grew up|raised)$")


def _said_apart(text: str, spans: list[Span]) -> list[Span]:
    """Place spans in lower case split where "in", "on", "off" or "out of" joins their parts
    (capitalised, "Mayo Clinic in Rochester" stays one place, as the clinical corpora mark it)."""
    apart: list[Span] = []
    for span in spans:
        value = text[span.start:span.end]
        if span.label not in PLACE_LIKE or not value.islower() or not SAID_BETWEEN.search(value):
            apart.append(span)
            continue
        start, label = span.start, span.label
        for between in SAID_BETWEEN.finditer(value):
            end = span.start + between.start()
            verb = VERB_BEFORE_A_PLACE.search(text, start, end)
            # ("a bartender at mcsorley's lives in bay ridge": the firm, then where he lives)
            apart.append(Span(start, verb.start() if verb else end, label, span.source,
                              span.priority))
            start, label = span.start + between.end(), Label.LOCATION  # where it stands
        apart.append(Span(start, span.end, label, span.source, span.priority))
    return apart
