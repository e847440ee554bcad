"""Organisations by their names' own shape: care facilities and firms ending in their kind
("Lakeside Family Therapy", "Dearborn Truck Plant"), venues after "at", hospital units, and
firms run together in capitals (HaysMed). Employers and schools told by a client's work or study
are in employers.py."""

from __future__ import annotations

import re
from typing import ClassVar

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import (
    CARE_SETTINGS,
    EPONYMS,
    HOLIDAYS,
    MEDICAL_ENDING,
    NOT_IDENTIFIERS,
    is_clinical_word,
)
from sealnote.boundary.recognizers.base import Cue, Recognizer, alternation
from sealnote.boundary.recognizers.dates import NUMBER_WORD, WEEKDAY
from sealnote.boundary.recognizers.names import (
    DETERMINERS,
    PERSONAL_PRONOUNS,
    ROLE_ACRONYMS,
    TITLES,
    TRIBAL_NAMES,
    is_demonym,
    is_word,
)
from sealnote.boundary.recognizers.places import (
    PLAIN_AFTER_AT,
    STATE_NAMES,
    STATES,
    STATES_IN_LOWER_CASE,
    STREET_SUFFIXES,
    is_month,
)
from sealnote.boundary.spans import Label

FACILITY_WORDS: tuple[str, ...] = (
    "Hospital", "Hosp.", "Clinic", "Medical Center", "Medical Centre", "Med Ctr", "Med Center",
    "Health Center", "Health System", "Health Care", "Healthcare", "Health", "General",
    "Health Plan", "Health Plans", "HealthPlan",
    "Medical", "Med", "Infirmary", "Hospice", "Rehab", "Rehabilitation Center",
    "Nursing Home", "Care Center", "Treatment Center", "Recovery Center", "Behavioral Health",
    "Medical Group", "Pharmacy", "Urgent Care", "Behavioral Care", "Memorial", "Sanatorium",
    "Psychiatric Center",
    # a community mental-health centre named for its region: "Kentucky River Community Care"
    "Care",
    "Children's", "Institute", "Center", "Centre", "Centers", "Clinics", "Hospitals", "Nursing",
    "Assisted Living", "Senior Living",
    # A practice named for its place and specialty: "North Shore Endocrine"
    "Endocrine", "Endocrinology", "Cardiology", "Oncology", "Orthopedics", "Dermatology",
    "Neurology", "Urology", "Gastroenterology", "Psychiatry", "Pulmonology", "Rheumatology",
    "Nephrology", "Behavioral",
)
# Letterheads and headers shout: "GREEN VALLEY HOSPITAL", "KINGS COUNTY MEDICAL CENTER"
FACILITY_WORDS += tuple(w.upper() for w in FACILITY_WORDS if len(w) > 4 and "'" not in w)
# A firm of lawyers, named by a word no dictionary has ("Feld Immigration Law"), not a field
LAW_KINDS = ("Law", "Law Group", "Law Office", "Law Offices", "Law Firm", "Legal Services")
ORG_WORDS = (
    "University", "College", "College Prep", "School", "High School", "Middle School", "Elementary",
    "Elementary School", "Academy", "Library", "Nails", "Museum", "Zoo", "Aquarium", "Arboretum",
    "Botanical Garden", "Botanical Gardens", "Church", "Synagogue", "Mosque", "Temple", "Bank",
    "Inc", "Inc.", "LLC", "LLP", "PLLC", "P.C.", "Ltd", "Corp", "Corporation", "Company", "Co.",
    "Co", "Group", "Partners", "Associates", "Foundation", "Department", "Dept.",
    "Police Department", "Fire Department", "High", "Restaurant", "Cafe", "Café", "Bakery",
    "Market", "Store", "Boatworks", "Works", "Factory", "Farm", "Studio", "Gym", "Salon", "Agency",
    "Firm", "Bureau", "Office", "Shelter", "Prison", "Jail", "Daycare", "Preschool", "Parish",
    "House", "Mall", "Services", "Probation", "Court", "Family Medicine", "Internal Medicine",
    "Pediatrics", "Physicians", "Dental", "Manor", "Ministries", "Network", "Society",
    "Council", "Union", "Club", "Auto Body", "Body Shop", "Garage", "Diagnostics",
    "Laboratories", "Imaging", "Home Health", "VNA", "Motors", "Energy", "Electric", "Airlines",
    "Logistics", "Freight", "Trucking", "Construction", "Industries", "Technologies",
    "Recovery", "FD", "EMS", "Sheriff's Office", "Supply", "Supplies", "Home",
    "PD", "Mutual", "Tabernacle", "Chapel", "Cathedral", "Lodge", "Fellowship", "Hall",
    "Transit", "United", "Charities", "Connections",
    "Agency on Aging", "Council on Aging", "Commission on Aging", "Middle", "Regional", "Voc",
    "Charter", "Tavern", "Pub", "Grill", "Inn", "Diner", "Pizzeria", "Lounge", "Brewery",
    "Bistro", "Courthouse", "Penitentiary", "Fire Rescue", "Fire & Rescue", "Fire and Rescue",
    "Paramedics", "Ambulance",
    "Enterprises", "Holdings", "Investments", "Solutions", "Systems", "Consulting", "Staffing",
    "Transport", "Transportation", "Express", "Manufacturing", "Builders", "Landscaping",
    "Plumbing", "Roofing", "Realty", "Properties", "Pharmaceuticals", "Labs", "Bancorp",
    "Credit Union", "Plant", "Refinery", "Shipyard", "Mill", "Depot", "Collective", "Cooperative",
    "Casino", "Resort", "Racetrack", "Raceway", "Speedway",
    "Collaborative", "Coalition", "Alliance", "Initiative", "Project", "Management", "Tech",
    "Baptist", "Methodist", "AME", "AME Zion", "CME", "Property Trust", "Land Trust",
    "Housing Trust",
    # "Weirton Steel", "Peabody Western Coal", "McGee Timber": the last words of industries' firms
    "Steel", "Coal", "Mining", "Timber", "Lumber", "Foods", "Farms", "Seafood", "Seafoods",
    "Fisheries", "Railroad", "Railway", "Aviation", "Airways", "Towing", "Paving", "Excavating",
    # "last worked Sal's Pizza": a restaurant by what it sells
    "Pizza", "Tacos", "Burgers", "BBQ", "Donuts", "Bagels",
    *LAW_KINDS, "Schools", "Public Schools", "Community Schools", "School District",
    # A therapy practice named for its place or an image: "Lakeside Family Therapy", "Seaside
    # Counseling"; a kind of therapy before the word is no name ("Structural Family Therapy")
    "Therapy", "Counseling", "Counselling", "Psychotherapy", "Psychology",
    # on letterheads
    "ASSOCIATES", "PARTNERS", "CORPORATION", "COMPANY", "FOUNDATION", "UNIVERSITY", "COLLEGE",
    "ACADEMY",
)
KINDS_OF_SCHOOL = frozenset("""
High Middle Elementary Junior Senior Public Private Charter Catholic Grade Summer Night Sunday
Graduate Medical Nursing Law Trade Boarding Online
""".split())
# What kind of care a phrase ending in "Care" names, which no provider's name is made of alone
KINDS_OF_CARE = frozenset("""
primary urgent home managed intensive foster memory comfort palliative respite day self health
behavioral behavioural mental community continuing critical acute hospice child elder adult
senior skilled personal dental eye vision wound diabetic diabetes medical nursing residential
inpatient outpatient transitional supportive custodial kinship group long-term post-acute
aftercare integrated coordinated collaborative patient-centered person-centered quality
continuity transitions transition standard plan level coordination episode team usual
preventive preventative prenatal postnatal postpartum maternity newborn pediatric emergency
specialty total whole holistic spiritual pastoral respiratory neonatal trauma-informed
""".split())
# Words after a dictated "children's" that end the phrase rather than name the hospital
NOT_A_HOSPITALS_NAME = frozenset(
    "now today tonight again and or for with in on at since then there here right yet".split())
# Words after a kind word that make it the start of something else: "BRIEF HOSPITAL COURSE:" is a
# heading; "In United States", "United Way", "United Methodist" are no club
COURSE_HEADING = re.compile(r" (?:COURSE|Course)\b")
KIND_BEGINS = {
    "HOSPITAL": COURSE_HEADING, "Hospital": COURSE_HEADING,
    "United": re.compile(r" (?:States|Kingdom|Nations|Arab|Airlines|Way|Methodist|Church|"
                         r"Parcel)\b"),
}
# Named natural places and venues: "Gooseberry Island", "Horseneck Beach", "Buttonwood Park"
GEO_WORDS = ("Island", "Beach", "Park", "Lake", "Pond", "Harbor", "Harbour", "Marina", "Pier",
             "Wharf", "Cove", "Reservoir", "State Park", "State Forest", "Mall", "Heights",
             "Apartments", "Apts", "AFB", "Air Force Base", "SFB", "Space Force Base",
             # public housing: "Red Hook Houses"
             "Houses",
             # "panic on the Liberty Tubes", "the Fort Pitt Tunnel", "the Hot Metal Bridge"
             "Tunnel", "Tubes", "Bridge")
# (an abbreviation's full stop, "J.", "Co." or "Inc.", not a sentence's: "…District Court.
# Probation", "since the DUI. Court date…")
# (a street's abbreviation is no part of a firm's name: "shot on Sullivant Ave. Group
# processed grief")
NAME_PART = (r"(?:(?:St|Mt|Ft|ST|MT|FT)\.\s?|Saint\s|SAINT\s|Mount\s|MOUNT\s)?[A-Z][\w'’&-]*"
             r"(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])(?<!\b(?:Rd|Ln|Ct|Pl))\.|"
             r"(?<=\b[A-Z][a-z]{2})(?<!\b(?:Ave|Hwy|Ter|Cir))\.)?")
# Within one line: a heading above a letterhead ("CARDIOLOGY\nGREEN VALLEY HOSPITAL") is not
# part of the name.
CONNECTOR = r"(?:[ \t]+(?:of|the|and|&|for|de|la)[ \t]+|[ \t]+)"


VENUE = re.compile(r"(?:(?<=\s)@|\b(?:at|from|outside|off|near|behind|inside|across from|"
                   # "f/u Ozark Guidance 12/15": where the follow-up is
                   r"f/u(?:\s+(?:with|at))?|[Ff]ollow[- ]?up\s+(?:with|at)|"
                   r"[Rr]eferral to|"
                   r"[Rr]efer(?:red)? to|linked to|linked with|connected with))\s+(?:the\s+)?"
                   r"(?P<id>[A-Z][\w'’&-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&-]*){1,4})")


# One capitalised word mid-sentence after "at" or "from": "a surgeon at Cedars", "back from
# Hillside", where no dictionary has the word
VENUE_WORD = re.compile(r"(?:(?<=[a-z,] )(?:at|from|@)|\b(?P<referral>[Rr]eferred to|"
                        r"[Rr]eferral to|[Aa]dmitted to|[Dd]ischarged from|"
                        r"[Tt]ransferred (?:to|from)|(?:IOP|PHP|detox|rehab) at|"
                        # "applying to Brown": a college, whatever the word means
                        r"(?:applying|applied|accepted|admitted) (?:to|at)|got into))"
                        r"\s+(?P<id>[A-Z][a-z][\w'’&-]++)(?<![-'’])"
                        r"(?!\s+(?:(?:to|of|and|for)\s+)?[A-Z])")

DENOMINATION_KINDS = frozenset({"Baptist", "Methodist", "AME", "AME Zion", "CME"})
# Words that with "Baptist" or "Methodist" name a denomination, not one church
DENOMINATION_WORDS = frozenset("""
southern american united independent missionary primitive free will reformed general national
african free-will world global conservative fundamental fundamentalist evangelical
""".split())
# Technicians' trades, so that "Pharmacy Tech" or "Vet Tech" names no school
TECHNICIANS = frozenset("""
pharmacy vet veterinary surgical lab laboratory radiology radiologic x-ray xray ultrasound nail
ekg eeg ecg patient psych psychiatric behavioral mental health care dental emergency medical
sterile processing dialysis cardiac mri ct respiratory ophthalmic optical orthopedic ortho
computer it auto hvac tech senior junior lead
""".split())
# What is managed in care, so that "Anger Management" names no firm
MANAGED = frozenset("""
anger pain stress weight case care medication medications disease behavior behaviour time
crisis risk symptom symptoms diabetes utilization money emotion emotions conflict contingency
""".split())
# A children's hospital named for its state or city after the kind: "Children's Hospital
# Colorado", "Children's Mercy Kansas City", "Children's Hospital of Philadelphia"
CHILDRENS_OF_A_PLACE = re.compile(r"\b(?P<id>Children['’]s[ \t]+(?:Hospital|Medical[ \t]+Center|"
                                  r"Mercy|Healthcare|Health)[ \t]+(?:of[ \t]+)?"
                                  r"(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))\b")
# Whom an officer serves, by its initials, dictated: "a deputy with jso", "a trooper for msp"
OFFICER_WITH = re.compile(r"\b(?:deputy|deputies|officer|officers|trooper|detective|sergeant|"
                          r"dispatcher|cop|cops)[ \t]+(?:with|for|at|from)[ \t]+(?:the[ \t]+)?"
                          r"(?P<id>[a-z]{2,5})\b(?!['’-])")
# A police precinct by its number, said or written: "out of the four six precinct", "the 75
# precinct"
PRECINCT_NUMBERED = re.compile(rf"\b(?P<id>(?:(?:{NUMBER_WORD}[ \t-]){{1,3}}|"
                               r"\d{1,3}(?:st|nd|rd|th)?[ \t]+)precinct)\b", re.IGNORECASE)
# A fire company by its number: "return to duty at FDNY Engine 54", "Ladder 3"
# (with its department's initials, and rescue and medic units: "FDNY Ladder 10", "Rescue 15")
FIRE_COMPANY = re.compile(r"\b(?P<id>(?:[A-Z]{2,5}[ \t]+)?(?:Engine|Ladder|Squad|Rescue|Medic|"
                          r"Battalion)[ \t]+\d{1,3})\b(?![./-]\d)")
# A program named "Project" and what it does: "PPB and Project Respond en route", "referred to
# Project Hope" (not a project's manager or plan)
PROJECT_NAMED = re.compile(r"\b(?P<id>Project[ \t]+(?!(?:Manager|Management|Lead|Leader|"
                           r"Coordinator|Director|Plan|Team|Schedule|Deadline|Update)\b)"
                           r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")
# "Called The Road Home", "a bed at The Haven": "The" capitalised mid-sentence begins a name
NAMED_WITH_THE = re.compile(r"(?<=[a-z,] )(?P<id>The(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&-]*){1,4})")


def _lower_case_sentence(text: str, start: int) -> bool:
    """The three words before `start` are in lower case: running text, not a heading in title
    case ("Stress at Work")."""
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 40):start])[-3:]
    return len(words) == 3 and all(w.islower() for w in words)


# A hospital named by its initials where care is said to happen: "followed at BMC", "seen at
# EH ED", "transferred from LGH"
CARE_AT_ACRONYM = re.compile(r"\b(?i:admitted\s+to|transferred\s+(?:to|from)|seen\s+at|followed\s+"
                             r"at|treated\s+at|presented\s+to|procedure\s+at|surgery\s+at|"
                             r"cath\s+at|records\s+from|delivered\s+at|born\s+at|"
                             # "attends IOP at CODA": a program, where it is held
                             r"(?-i:IOP|PHP|MAT|OTP)\s+at|(?:detox|rehab|residential|"
                             r"methadone|suboxone)\s+at|"
                             # "transport by AMR", "brought in by REMSA": who carried them
                             r"transport(?:ed)?\s+by|brought(?:\s+in)?\s+by|"
                             r"refer(?:red)?\s+to|referral\s+to)\s+(?:the\s+)?"
                             r"(?P<id>[A-Z]{2,5})\b(?![-'’/])"
                             # "PPB notified", "BPD dispatched": a police or rescue service
                             r"|(?<![\w/-])(?P<agency>[A-Z]{3,5})(?=\s+(?:notified|dispatched|"
                             r"en\s+route|on\s+scene|responded)\b)")
# Initials of offices and services that name no one place: federal and state agencies, a
# shift's officer on duty, a school's resource officer
NO_ONE_PLACE = frozenset("FBI DEA ATF ICE CBP USCIS HHS IRS USPS TSA FEMA DOJ IHS CHP DPS DMV DOR "
                         "DOC MOD AOD NOD SRO RRT CIT EMT EMS "
                         # state troopers: "AST notified" (Alaska's), "MSP", "NYSP"
                         "AST MSP PSP NYSP OSP WSP ISP KSP VSP NHSP CSP GSP DSP FHP THP OHP "
                         "SHP NHP".split())
# Units and kinds of care written as initials, which no hospital's name is
CARE_ACRONYMS = frozenset("OR GI ALS BLS CSU ER ED ICU CCU MICU SICU CVICU NICU PICU PACU ACU OBS "
                          "ICN VA AA NA CA GA OA ACA".split())


# The site a record's heading names: "ED NOTE, UMMC: Jerome…", "ED TRIAGE, LVHN Cedar Crest."
# (and a message's sender by its initials: "From UMC: Lani Kahale discharged…")
HEADED_SITE = re.compile(r"(?m)^[ \t]*(?:(?:[A-Z&/]+[ \t]+){0,3}(?:NOTE|TRIAGE|CONSULT|ADMISSION|"
                         r"ADMIT|DISCHARGE|TRANSFER|SUMMARY|EVALUATION|EVAL)[ \t]*,|From)[ \t]*"
                         r"(?P<id>[A-Z][\w&'’-]*(?:[ \t][A-Z][\w&'’-]*){0,3})[ \t]*[:.;]")


class VenueRecognizer(Recognizer):
    """Two or more capitalised words after "at", "outside", "off": a named business or place
    ("outside Market Basket", "at Davy's Locker", "off Gooseberry Island"); one word no
    dictionary has after "at" or "from"; a name begun by "The" mid-sentence; a service by its
    initials where care is given, someone is carried or it is notified ("PPB notified"); a
    "Project" program, a children's hospital named for its place, a fire company, the
    initials an officer serves with."""

    label = Label.ORGANIZATION
    priority = 58
    patterns = (VENUE, VENUE_WORD, CARE_AT_ACRONYM, NAMED_WITH_THE, PROJECT_NAMED,
                CHILDRENS_OF_A_PLACE, FIRE_COMPANY, OFFICER_WITH, PRECINCT_NUMBERED, HEADED_SITE)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {PROJECT_NAMED: ("project ",),
                                                  CHILDRENS_OF_A_PLACE: ("children",),
                                                  FIRE_COMPANY: ("engine ", "ladder ", "squad ",
                                                                 "rescue ", "medic ", "battalion "),
                                                  PRECINCT_NUMBERED: ("precinct",),
                                                  HEADED_SITE: re.compile(r"[A-Z], [A-Z]|From "),
                                                  OFFICER_WITH: ("deput", "officer", "trooper",
                                                                 "detective", "sergeant",
                                                                 "dispatcher", "cop")}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is CARE_AT_ACRONYM and match.group("agency"):
            return match.span("agency")
        if match.re is HEADED_SITE:
            # the site's words up to a role's initials ("From Harborview SW Ana:": the site,
            # then who writes)
            words = match.group("id").split()
            kept = next((k for k, w in enumerate(words) if k and w.lower() in ROLE_ACRONYMS),
                        len(words))
            start = match.start("id")
            return start, start + len(" ".join(words[:kept]))
        if match.re is CHILDRENS_OF_A_PLACE:
            place = match.group("place")
            # the place's words only as far as they name a place ("Colorado", not "Colorado
            # Springs" unless that is the place)
            if place.lower() not in gazetteers.places_lower() and \
                    place.lower() not in STATES_IN_LOWER_CASE:
                return match.start("id"), match.start("place") + len(place.split()[0])
        return super().bounds(match)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re in (PROJECT_NAMED, FIRE_COMPANY, PRECINCT_NUMBERED):
            return True
        if match.re is HEADED_SITE:
            # a site's initials or a name no dictionary has ("UMMC", "LVHN Cedar Crest"); not
            # the heading's own words ("NURSING NOTE, Night Shift:", "ED NOTE, PSYCH:")
            words = match.group("id").split()
            return any((w.isupper() and len(w) > 1 and w not in CARE_ACRONYMS and
                        w.lower() not in ROLE_ACRONYMS and not is_clinical_word(w)) or
                       (not w.isupper() and w.lower() not in gazetteers.common_words())
                       for w in words) and not any(
                is_month(w) or w in HOLIDAYS or re.fullmatch(WEEKDAY, w.lower()) for w in words)
        if match.re is OFFICER_WITH:
            # the initials of a sheriff's office or a city's police, not a word, a state's
            # troopers or a federal agency ("a deputy with jso"; not "an officer at the")
            initials = match.group("id")
            return not (is_word(initials) or is_clinical_word(initials) or
                        initials.upper() in NO_ONE_PLACE or initials.upper() in STATES or
                        initials in ROLE_ACRONYMS)
        if match.re is CHILDRENS_OF_A_PLACE:
            first = match.group("place").split()[0].lower()
            return any(place in gazetteers.places_lower() or place in STATES_IN_LOWER_CASE
                       for place in (match.group("place").lower(), first))
        if match.re is CARE_AT_ACRONYM:
            initials = match.group("id") or match.group("agency")
            return not (initials in CARE_ACRONYMS or initials in STATES or
                        initials in NO_ONE_PLACE or
                        initials.lower() in ROLE_ACRONYMS or (
                            # (a diagnosis is never notified: "BPD notified" is the police)
                            is_clinical_word(initials) and not match.group("agency")))
        if match.re is VENUE_WORD:
            word = match.group("id")
            lower = word.lower()
            # "at Peace", "from Vacation", "at Christmas", "from Spanish": words, not places;
            # but a word capitalised in a lower-case sentence is a name ("a party at Bard")
            known_word = (lower in gazetteers.common_words() and (
                lower in PLAIN_AFTER_AT or not (match.group("referral") or (
                    match.group(0).startswith(("at", "@")) and _lower_case_sentence(
                        text, match.start()))))) or (
                lower in gazetteers.proper_words() and lower not in gazetteers.surnames())
            return not (known_word or is_clinical_not_firm(word) or
                        word in HOLIDAYS or is_month(word) or lower in TITLES or
                        is_care_department(word))
        if match.re is NAMED_WITH_THE and any(
                w.lower() in PERSONAL_PRONOUNS or w.lower() in DETERMINERS or (
                    w.lower().endswith("ed") and is_word(w.lower()))
                for w in match.group("id").split()[1:]):
            return False  # "The Big Three Killed My Baby": a work's title, not a place
        if match.group("id") in gazetteers.countries():
            return False  # "moved here from New Zealand": Safe Harbor lets a country stay
        words = [w.removesuffix("'s").removesuffix("’s") for w in match.group("id").split()
                 if w[:1].isupper()]
        if re.match(r"(?i)f/u|follow", match.group(0)) and all(
                w.lower() in gazetteers.common_words() for w in words):
            return False  # "f/u Sleep Study results": what is followed up, not where
        return not any(is_clinical_word(w) and w.lower() not in EPONYMS for w in words) and \
            not any(w in HOLIDAYS or is_month(w) or w.lower().rstrip(".") in TITLES
                    for w in words) \
            and not all(w.isupper() for w in words) and not all(  # "to Physical Therapy"
                w.lower() in CARE_SETTINGS or w.lower() in DEPARTMENTS for w in words)

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        if match.re is CARE_AT_ACRONYM and match.group("agency"):
            return self.label
        last = match.group("id").split()[-1]
        town = re.sub(r"\s+(?:City|Town|County|Township|Village)$", "", match.group("id"))
        place = last in GEO_WORDS or last in STREET_SUFFIXES or match.re is CARE_AT_ACRONYM or \
            town.lower() in gazetteers.places_lower()  # "from Quebec City"
        return Label.LOCATION if place else self.label


# "transfer to Farr 7", "back to Ellison 10": hospital units are named after people or
# buildings, with a floor number
# A room's number, where someone is: "called from the Motel 6 in Seekonk, room 112", "rm 4127"
# (a short number too, in running text where no count or time follows: "placed in seclusion
# room 2", not "in his room 2 hours"; a heading's "Room 2" is mostly the practice's own)
ROOM_NUMBER = re.compile(r"\b(?i:room|rm\.?)[ \t]*#?[ \t]*(?P<id>\d{3,4}[A-Za-z]?)\b(?![/.,]\d)"
                         r"|\b(?<=[a-z] )room[ \t]+(?P<short>\d{1,2}[A-Za-z]?"
                         r"(?![ \t]*(?i:%|x\b|times|hours?|hrs?|h\b|days?|d\b|minutes?|mins?|"
                         r"weeks?|wks?|months?|years?|yrs?|nights?|people|kids|of|or|to|-)))\b"
                         r"(?![/.,]\d)")
WARD = re.compile(r"\b(?i:transfer(?:red)?|admit(?:ted)?|moved|sent|back|return(?:ed)?|bed|seen|"
                  r"boarding)\s+"
                  r"(?:to|on)\s+(?:the\s+)?(?P<id>[A-Z][a-z]+\s\d{1,2}[A-Z]?)\b")

# A ward by its floor and wing: "4 West"
WING = r"\d{1,2}[ \t]?(?:North|South|East|West)\b"
# A record's unit field: "Unit: 4 North", "Ward: 7B", "unit 4 South"; a ward by its floor and
# wing: "Ward 7B"
# ... or by its floor and wing where a patient is or goes: "ambulating on 4 West", "transfer to
# 5 North"
UNIT_FIELD = re.compile(rf"\b(?i:unit|ward)[ \t]*:[ \t]*(?P<id>{WING}|\d{{1,2}}[ \t]?[A-Z]\b)"
                        # "CODE GRAY 12/04 2210, 4 East: pt combative": where, as a record heads it
                        rf"|(?<=, )(?P<headed>{WING})(?=:)"
                        rf"|\b(?i:unit|ward)[ \t]+{WING}"
                        r"|\b(?i:ward)[ \t]+\d{1,2}[A-Za-z]\b"
                        rf"|\b(?i:on|to|from|onto|off)[ \t]+(?P<wing>{WING})")

# A student's hall of residence by its name: "dorm Hale Aloha Ilima", "Dorm: Sproul Hall"
DORM = re.compile(r"\b(?i:dorm|dormitory|residence[ \t]+hall)[ \t]*:?[ \t]+"
                  r"(?P<id>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,3})")
NOT_A_DORMS_NAME = frozenset("room rooms life rules mate mates parties party".split())


class WardRecognizer(Recognizer):
    """A hospital unit named by a word and a floor, after the words that move a patient; a
    room's number; a dormitory's name."""

    label = Label.LOCATION
    priority = 62
    patterns = (WARD, ROOM_NUMBER, UNIT_FIELD, DORM)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {DORM: ("dorm", "residence hall")}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        for group in ("wing", "short", "headed"):
            if group in match.re.groupindex and match.group(group):
                return match.span(group)
        return super().bounds(match)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re in (ROOM_NUMBER, UNIT_FIELD):
            return True
        if match.re is DORM:
            first = match.group("id").split()[0].lower()
            return first not in NOT_A_DORMS_NAME and not is_clinical_word(first)
        word = match.group("id").split()[0]
        return not (word.lower() in gazetteers.common_words() or is_clinical_word(word)
                    or is_month(word))


# A public school by its number: "PS 54 in the Bronx", "a sixth grader at J.H.S. 22"; dictated,
# after a word that leads to a school ("at ps 161", not "ps 5 more minutes")
# ("MS 45" alone is as likely a lesion's count: "IS" and "MS" only after such a word)
# ("IS 318" in capitals too, but not inside a line of capitals: "THIS IS 4"; "MS 45" is as
# likely a lesion's count)
NUMBERED_SCHOOL = re.compile(r"\b(?P<id>(?:P\.S\.|PS|I\.S\.|J\.H\.S\.|JHS|M\.S\.|"
                             r"(?<![A-Z][ \t])IS)[ \t]?"
                             r"\d{1,3}[A-Z]?)\b(?![./-]\d)"
                             r"|\b(?:at|to|from|attends|attended|in)[ \t]+"
                             r"(?P<said>(?i:ps|jhs|is|ms)[ \t]\d{1,3})\b(?![./-]\d| ?(?:%|mg|"
                             r"percent|minutes|mins))")


class NumberedSchoolRecognizer(Recognizer):
    """A public school named by its number, as New York's are."""

    label = Label.ORGANIZATION
    priority = 62
    patterns = (NUMBERED_SCHOOL,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {NUMBERED_SCHOOL: re.compile(r"\d")}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        return match.span("id") if match.group("id") else match.span("said")


# A military installation dictated with its kind first: "at joint base charleston", "naval
# station norfolk", "mcas miramar" (written with capitals, the facility patterns find them)
BASE_SAID = re.compile(r"\b(?P<id>(?:joint base|naval (?:air )?station|naval base|navy base|"
                       r"air (?:force )?base|marine corps (?:air )?(?:base|station)|"
                       r"army airfield|nas|mcas|(?P<ship>uss|usns|uscgc))[ \t]+"
                       r"(?P<named>[a-z][a-z'’-]+(?:[ \t-](?!(?:and|or|in|on|at|for|with|since|now|"
                       r"last|this|next|his|her|their|my|the|a|to|from|until|where|when|but|so|"
                       r"is|was|out|of|off)\b)[a-z][a-z'’-]+)?))\b")


# ... and with its name first: "stationed at mountain home air force base", "out of malmstrom
# afb" (the name's first word a place's or one no dictionary has, as above)
BASE_NAMED_FIRST = re.compile(r"\b(?P<id>(?P<named>(?:(?!(?:at|in|on|to|from|the|a|an|his|her|"
                              r"their|my|our|of|near|by|off|out|and|or|is|was|old|new|same|"
                              r"nearest|local)\b)[a-z][a-z'’-]+[ \t]){1,2})(?:air[ \t]force"
                              r"[ \t]base|afb|army[ \t]airfield|naval[ \t]air[ \t]station|"
                              # ("a rigger at norfolk naval shipyard")
                              r"naval[ \t]shipyard|space[ \t]force[ \t]base))\b")
STOP_WORDS_OF_A_SHIP = frozenset("a an the and or is was to".split())


# ... and written by its initials before its place: "NAS Corpus Christi", "MCAS Miramar",
# "JBSA Lackland"
BASE_INITIALS = "NAS|MCAS|NAVSTA|NSA|NAF|NAWS|JBSA|MCB|CGAS"
BASE_WRITTEN = re.compile(rf"\b(?P<id>(?:{BASE_INITIALS})[ \t]+"
                          r"(?P<named>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))\b")


class MilitaryBaseRecognizer(Recognizer):
    """A military installation or ship said in lower case, its kind before its name, or written
    by its initials before its place's name."""

    label = Label.ORGANIZATION
    priority = 62
    patterns = (BASE_SAID, BASE_NAMED_FIRST, BASE_WRITTEN)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        BASE_SAID: ("base", "station", "airfield", "nas ", "mcas ", "uss ", "usns ", "uscgc "),
        BASE_NAMED_FIRST: ("base", "afb", "airfield", "station", "shipyard"),
        BASE_WRITTEN: re.compile(rf"\b(?:{BASE_INITIALS}) [A-Z]")}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is BASE_WRITTEN and " " in match.group("named") and \
                match.group("named").lower() not in gazetteers.places_lower():
            # the place is one word, and the next word goes on ("NAS Oceana Monday")
            return match.start("id"), match.start("named") + len(match.group("named").split()[0])
        return super().bounds(match)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is BASE_WRITTEN:
            named = match.group("named").lower()
            place = named.split()[0]
            return named in gazetteers.places_lower() or place in gazetteers.places_lower() or not (
                place in gazetteers.common_words() or is_clinical_word(place))
        # a place's name or a word no dictionary has ("charleston", "miramar"); not "a base
        # camp", "the naval station itself"
        named = match.group("named").split()
        if match.re is BASE_NAMED_FIRST:
            return " ".join(named) in gazetteers.places_lower() or not any(
                w in gazetteers.common_words() or is_clinical_word(w) for w in named[:1])
        first = named[0]
        if match.group("ship"):
            return first not in STOP_WORDS_OF_A_SHIP  # "on the uss ford", named for anyone
        return first in gazetteers.places_lower() or not (
            first in gazetteers.common_words() or is_clinical_word(first))


# Capitalised words run together, outside an address or handle: "HaysMed", "BronxCare",
# "ChristianaCare", "PeoplesBank". Health systems and firms are named so; people and drugs
# rarely are, and the name lists and the clinical lists claim those first.
CAMEL_CASE_WORD = re.compile(r"(?<![\w@.#/])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w@/-]|\.[a-z])")
# ("UofL", "UofM": a university of a place, written as students write it)
CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+|Uof[A-Z][A-Za-z]{0,3}")


class CamelCaseFirmRecognizer(Recognizer):
    """A firm or health system named by capitalised words run together."""

    label = Label.ORGANIZATION
    priority = 55
    patterns = (CAMEL_CASE_WORD,)

    def validate(self, match: re.Match[str], text: str) -> bool:
        lower = match.group(0).lower()
        # "McDonald's" is the chain everyone knows; "WiFi" and "MyChart" are things everyone uses
        return is_camel_case_name(match.group(0)) and lower + "s" not in NOT_IDENTIFIERS and \
            not MEDICAL_ENDING.search(lower)


SENTENCE_VERB = re.compile(r"(?:Attends|Attended|Works|Worked|Volunteers|Visits|Visited|Goes|"
                           r"Went|Lives|Lived|Starts|Started|Called|Contacted|Faxed|Emailed|Phoned|"
                           r"Left|Spoke|Drives|Drove|Graduated)\s+(?:for\s+|at\s+|to\s+|from\s+)?")


VERB_AFTER_STOP = re.compile(r"\.\s+" + SENTENCE_VERB.pattern)
# Kinds of shop and meeting place a client names: "her salon, Shear Elegance", "Seoul Garden
# restaurant"
SHOP_KINDS = ("salon", "barbershop", "restaurant", "bakery", "bar", "pub", "cafe", "café",
              "diner", "store", "shop", "boutique", "gym", "daycare", "church")
# A business's name before its kind in lower case: "runs Seoul Garden restaurant on Buford Hwy"
NAME_BEFORE_KIND = re.compile(r"\b(?P<id>[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,2})\s(?:"
                              # ("Union Pacific EAP": an employer's assistance program; "Silver
                              # Sky assisted living": a home of care, its kind said after it)
                              + alternation((*SHOP_KINDS, "grocery", "market", "EAP",
                                             "assisted living", "memory care", "nursing home",
                                             "senior living")) + r")\b")
CHILDRENS_NAMED = re.compile(r"\b(?:Children|Women)['’]s\s+(?P<name>[A-Z][a-z]+)\b"
                             # dictated: "is at children's mercy for her kidneys"
                             r"|(?<=\bat |\bto )(?:children|women)['’]?s\s+(?P<lower>[a-z]+)\b")
POLICE_INITIALS = re.compile(r"\b[A-Z]{1,3}PD\b(?![-'’])|"
                             # a campus's or a city's, its initials apart: "UAMS PD responded",
                             # "UMC Police"
                             r"\b(?P<apart>[A-Z]{2,5})[ \t](?:PD|Police)\b(?![-'’])|"
                             # a sheriff's office or a fire department: "arrested by JPSO",
                             # "via SFFD"
                             r"\b[A-Z]{2,3}(?:SO|FD)\b(?![-'’])|"
                             # dictated, before what its people are: "a retired hpd officer"
                             r"\b[a-z]{1,3}pd(?=[ \t]+(?:officers?|cops?|detectives?|sergeant|"
                             r"sgt|patrol|academy|badge)\b)|"
                             # ... or after one: "a sergeant with dpd"
                             r"\b(?:officer|sergeant|detective|cop|deputy|lieutenant|captain)[ \t]+"
                             r"(?:with|for|at|in)[ \t]+(?P<id>[a-z]{1,3}pd)\b|"
                             # ... or by what they did: "got arrested by cpd"
                             r"\b(?:arrested|picked[ \t]+up|stopped|detained|booked|cited|"
                             r"pulled[ \t]+over|questioned|shot)[ \t]+by[ \t]+"
                             r"(?P<by>[a-z]{1,3}pd)\b")


# A letterhead's name on a line of its own, in capitals: "BAYSTATE FRANKLIN" under "INTERNAL
# MEDICINE ASSOCIATES"
LETTERHEAD = re.compile(r"(?m)^[ \t]*(?P<id>[A-Z][A-Z'’&-]{3,}(?:[ \t][A-Z][A-Z'’&-]+){0,3})"
                        r"[ \t]*$")
# The endings of a specialty's or a study's name, which heads a note: "NEUROPSYCHOLOGY"
SPECIALTY_ENDING = re.compile(r"(?:ology|ological|ologic|iatry|iatric|ics|ation|ment)$")


def _letterhead_name(words: list[str]) -> bool:
    """Capitals that name a place: a word no dictionary, clinical list or specialty has among
    them ("BAYSTATE"), and none of a section's heading ("HPI", "PLAN", "SOCIAL HX",
    "PSYCHIATRY FOLLOW-UP")."""
    lowered = [w.lower() for w in words]
    return any(len(w) >= 5 and not is_word(w) and w not in gazetteers.proper_words() and
               not SPECIALTY_ENDING.search(w) for w in lowered) and not any(
        is_clinical_word(w) or w in STATES for w in words)


class FacilityRecognizer(Recognizer):
    """Named hospitals, clinics, schools, employers: Capitalised words ending in a kind word."""

    label = Label.ORGANIZATION
    priority = 65
    patterns = (
        re.compile(rf"\b(?:{NAME_PART}{CONNECTOR}){{1,5}}(?P<kind>{alternation(FACILITY_WORDS)}"
                   rf"|{alternation(ORG_WORDS)}|{alternation(GEO_WORDS)})(?![\w])"),
        re.compile(rf"\b(?:{alternation(FACILITY_WORDS)}|{alternation(ORG_WORDS)})\s+(?:of|for)"
                   rf"\s+(?:the\s+)?(?:{NAME_PART}(?:[ \t](?:of|and|&)(?=[ \t][A-Z]))?[ \t]?)"
                   rf"{{1,4}}(?<![ \t])"),
        # ("St. Albert the Great", "St. John the Baptist": a saint by a name and an epithet)
        re.compile(r"\b(?:(?:St|Mt|Ft)\.\s?|Fort\s|Saint\s)[A-Z][\w'’-]+(?:\s+(?!(?i:" + WEEKDAY +
                   r")s?\b)[A-Z][\w'’-]+|\s+the\s+(?:Great|Baptist|Evangelist|Apostle|Martyr|"
                   r"Divine|Worker|Less|Elder|Younger))?|\b(?:st\.|saint)\s[a-z]+['’]s\b"),
        # "at the Stop & Shop", "for Kaplan & Hirsch": a firm's name joined by "&", where a
        # place or employer is expected (not "Action & Adventure" in a list of genres)
        # ("permit Family & Children's Services to share": a release's other party, its kind
        # after the "&")
        re.compile(r"\b(?:at|the|from|for|with|to|of|by|outside|near|behind|inside|permit|"
                   r"authorize|authorise)\s+"
                   r"(?P<id>[A-Z][a-z][\w'’-]*"
                   r"(?:\s[A-Z][a-z][\w'’-]*)?\s&\s[A-Z][a-z][\w'’-]*"
                   r"(?:\s(?:Services|Associates|Partners|Sons|Company|Co|Clinic|Counseling|"
                   r"Center|Agency|Group|Law))?)\b"),
        # A children's or women's hospital by its name alone: "Children's Mercy", "Children's
        # Wisconsin"
        CHILDRENS_NAMED,
        NAME_BEFORE_KIND,
        # A union's local: "ILA Local 1413", "Local 25"; a veterans' post: "VFW Post 1138"
        re.compile(r"\b(?:[A-Z]{2,6}\s+)?Local\s+\d{1,4}\b|\b(?:[A-Z]{2,6}|American\s+Legion)"
                   r"\s+Post\s+\d{1,4}\b(?!/)"),
        # A city's police by its initials: "NOPD", "LAPD" (not COPD, OCPD or ASPD)
        POLICE_INITIALS,
        LETTERHEAD,
        # A high school by its initials after its name: "Withrow HS", "Fossil Ridge HS" (not
        # an id's label before a code: "ID HS-998877")
        re.compile(r"\b(?:[A-Z][a-z]+[ \t-]){1,3}HS\b(?![-\w])"),
    )
    # (looked for inside the name: "care" alone would be found in "Daycare")
    CARE: ClassVar[frozenset[str]] = frozenset(w.lower() for w in FACILITY_WORDS if w != "Care")

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is LETTERHEAD:
            return _letterhead_name(match.group("id").split())
        words = re.findall(r"[A-Za-z][\w'’-]*", match.group(0))
        if match.re is self.patterns[3]:
            # "Mom & Dad" names no firm; "Stop & Shop" does, though DBT has a STOP skill.
            return not all(is_clinical_word(w) for w in words) and not any(
                is_month(w) for w in words)
        if match.re is self.patterns[0]:
            # "Huntington Hospital": an eponym before a facility word is the facility's name;
            # the kind's own words ("Family Medicine") name nothing, nor do words before a
            # sentence's end ("…at Raytheon. Behavioral activation").
            before_kind = text[match.start():match.start("kind")]
            before_kind = SENTENCE_END.split(before_kind)[-1]
            verb = SENTENCE_VERB.match(before_kind)  # "Graduated High School" names none
            before_kind = before_kind[verb.end():] if verb else before_kind
            words = re.findall(r"[A-Za-z][\w'’-]*", before_kind)
            named = [w for w in words if w[0].isupper()
                     and (not is_clinical_not_firm(w) or w.lower() in EPONYMS)
                     and w.lower() not in ("the", "a", "an", "my", "his", "her", "our", "their")
                     and w.lower() not in CARE_SETTINGS]
            if match.group("kind") in THERAPY_KINDS:
                named = [w for w in named if not _kind_of_therapy(w) and w not in THERAPY_KINDS]
            begins = KIND_BEGINS.get(match.group("kind"))
            if begins is not None and begins.match(text, match.end()):
                return False
            if is_state_transit(named, match.group("kind")):
                return False
            if match.group("kind") == "Hall" and named and \
                    named[-1].lower() in gazetteers.first_names():
                return False  # "Jennifer Hall" is a woman, "Fellowship Hall" a place
            if match.group("kind") in ("School", "Schools") and all(
                    w in KINDS_OF_SCHOOL for w in named):
                return False  # "Graduated High School", "Public Schools" name none
            if match.group("kind") in DENOMINATION_KINDS and all(
                    w.lower() in DENOMINATION_WORDS for w in named):
                return False  # "Wheeler Avenue Baptist"; not "Southern Baptist", a faith
            if match.group("kind") == "Tech" and (not named or any(
                    w.lower() in TECHNICIANS or is_clinical_word(w) for w in named)):
                return False  # "Cass Tech", "Georgia Tech"; not "Pharmacy Tech", a job
            if match.group("kind") == "Management" and (not named or any(
                    w.lower() in MANAGED for w in named)):
                return False  # "Guardian Management", not "Anger Management" or "Case
                # Management": what a person or a team manages
            if match.group("kind") == "Care":
                # "Kentucky River Community Care", not "Primary Care", "Level of Care" or a
                # sentence's verb before a kind of care ("Needs Home Care")
                own = [w for w in named if w.lower() not in KINDS_OF_CARE]
                return bool(own) and not (
                    len(own) == 1 and own[0] == named[0] and
                    own[0].lower() in gazetteers.common_words() and
                    _opens_sentence(text, text.index(own[0], match.start())))
            if match.group("kind") in LAW_KINDS:
                # "Feld Immigration Law", not "Criminal Law" or "Federal Law"
                return any(w.lower() not in gazetteers.common_words() for w in named)
            if match.group("kind") in ("Home", "PD", "FD", "Plant", "Mill", "Hall"):
                # "Fall River Jewish Home", "Brockton PD", "Dearborn Truck Plant", not
                # "Discharged Home", "Back Home", "Borderline PD" or "the Power Plant"
                return any(w.lower() not in gazetteers.common_words() and w[1:].islower()
                           for w in named) or " ".join(named).lower() in gazetteers.places_lower()
            return bool(named)
        if match.re is NAME_BEFORE_KIND:
            # "Seoul Garden restaurant", not "a Korean restaurant", "Sunday church" or a
            # sentence's first word ("Coffee shop visits helped")
            named = match.group("id").split()
            before = text[max(0, match.start() - 2):match.start()]
            first_of_sentence = (not before.strip(" ") and match.start() < 2) or \
                before.strip(" ")[-1:] in ".!?:\n"
            return not any(is_clinical_word(w) or is_demonym(w.lower()) or w in HOLIDAYS or
                           is_month(w) or w.lower() in DETERMINERS or w.lower() in TITLES
                           for w in named) and not (
                first_of_sentence and named[0].lower() in gazetteers.common_words())
        if match.re is CHILDRENS_NAMED:
            # "Children's Mercy", not "Children's Services" or "Children's Day"
            if match.group("lower") in NOT_A_HOSPITALS_NAME:
                return False  # "we're at childrens now"
            name = match.group("name") or match.group("lower").capitalize()
            return not (is_clinical_word(name) or is_care_department(name) or name in ORG_WORDS
                        or name in FACILITY_WORDS or name.lower() in ("day", "book", "books"))
        if match.re is POLICE_INITIALS:
            # ("COPD", "OCPD", "bpd": a diagnosis, which the clinical words hold; "ALSO" a word)
            initials = match.group("id") or match.group("by") or match.group("apart") or \
                match.group(0)
            if match.group("apart") and (initials.lower() in ROLE_ACRONYMS or
                                         initials in CARE_ACRONYMS):
                return False  # "ED PD", "ER PD": a unit's, not a police department
            return not (is_clinical_word(initials) or initials.lower() in gazetteers.common_words())
        if match.re is self.patterns[2]:
            # "St. Luke's", "St. Rose"; not the "St." of a street before "Her niece…"
            saint = words[1].lower().removesuffix("'s").removesuffix("’s") if len(words) > 1 \
                else ""
            # "Fort Hood", "Fort Bliss": a fort is named for a man, whatever the word means
            named_for = words[0] == "Fort" and saint in gazetteers.surnames()
            return saint not in gazetteers.common_words() or saint in gazetteers.first_names() \
                or named_for
        return True

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        value = match.group(0).lower()
        if value.endswith(("health plan", "health plans")):
            return Label.ORGANIZATION  # an insurer, where no care happens
        # Hospitals and clinics are places where care happened; the corpora and HHS treat
        # them as locations. Employers and schools are organisations.
        if any(word in value for word in self.CARE) or match.re is self.patterns[2] or \
                (match.re is self.patterns[0] and match.group("kind") in (*GEO_WORDS, "Care")):
            return Label.LOCATION
        return Label.ORGANIZATION

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is POLICE_INITIALS and match.group("by"):
            return match.span("by")
        start, end = super().bounds(match)
        value = match.string[start:end]
        for lead in ("The ", "the ", "To ", "From "):  # "To Carolina…" on a fax's cover
            if value.startswith(lead):
                start += len(lead)
        first = value.split(maxsplit=1)[0].rstrip(".").lower()
        if first in TITLES and " of " in value and match.re is self.patterns[0]:
            # "Pastor Greg Mello of Calvary Chapel": a person of the place, then the place
            start += value.index(" of ") + len(" of ")
        # A sentence's end inside the match: keep the side with the kind word ("Liesl. Attends
        # Little Sprouts Daycare" is the daycare; "VNA of … Massachusetts. Contact" the VNA).
        ends = list(SENTENCE_END.finditer(match.string[start:end]))
        if ends and match.re is self.patterns[0]:
            start += ends[-1].end()
        elif ends:
            end = start + ends[0].start()
        if match.re is self.patterns[1]:
            start = _words_naming_before(match.string, start)
        verb = SENTENCE_VERB.match(match.string, start) if match.re is self.patterns[0] else None
        if verb:
            start = verb.end()  # "Attends Little Sprouts Daycare": the daycare
        for verb in VERB_AFTER_STOP.finditer(match.string, start, end):
            start = verb.end()  # "…Tolliver III. Drives for Werner Enterprises": the firm
        while end > start and match.string[end - 1].isspace():
            end -= 1  # "Islamic Center of New England " ends at its last word
        if re.search(r"[a-z]{4}\.$", match.string[start:end]) and not \
                match.string[start:end].endswith(("Hosp.", "Dept.", "Corp.")):
            end -= 1  # "…Center for Victims of Torture." ends its sentence, not its name
        return start, end


ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ing", "ed", "ary", "ory", "ial", "ar")
THERAPY_KINDS = frozenset({"Therapy", "Counseling", "Counselling", "Psychotherapy", "Psychology"})
# What kind of therapy or counselling, not whose: "Grief Counseling", "Play Therapy",
# "Emotionally Focused Therapy", "Accelerated Resolution Therapy"
KINDS_OF_THERAPY = frozenset("""
family group couples couple marriage marital play art music dance drama grief trauma speech
occupational physical sex career crisis pastoral addiction substance abuse drug alcohol youth
child children adolescent teen adult individual brief schema solution systems behavior
behaviour acceptance commitment compassion resolution enhancement interaction parent
parent-child equine animal light water sand movement radiation hormone replacement school
""".split())


def _kind_of_therapy(word: str) -> bool:
    """A word that says what kind of therapy, shaped like an adjective or a kind's noun."""
    lower = word.lower()
    return lower in KINDS_OF_THERAPY or lower.endswith((*ADJECTIVE_ENDINGS, "ly"))




def is_care_department(word: str) -> bool:
    """A kind of care or a hospital's department, which names no place: "admitted to
    Medicine", "referred to Counseling", "discharged from Rehab"."""
    lower = word.lower()
    return lower in CARE_SETTINGS or lower in DEPARTMENTS or lower in FacilityRecognizer.CARE


DEPARTMENTS = frozenset("medicine rehab detox triage therapy hospice psych icu".split())


def is_clinical_not_firm(word: str) -> bool:
    """A clinical word, but not a firm's name that only looks like an abbreviation (AdCare)."""
    return is_clinical_word(word) and not is_camel_case_name(word)


def is_camel_case_name(word: str) -> bool:
    """Capitalised words run together ("AdCare", "MedStar") and no drug or service anyone
    lists: shaped like an abbreviation, but a firm's name."""
    return bool(CAMEL_CASE.fullmatch(word)) and word.lower() not in NOT_IDENTIFIERS


# A sentence's end inside a run of capitalised words, not an abbreviation's point ("St.")
SENTENCE_END = re.compile(r"(?<=[a-z]{4})\.\s+")
WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")



def is_state_transit(named: list[str], kind: str) -> bool:
    """A state's transit agency, named by the state's code ("NJ Transit", dictated "nj
    transit"): the same for everyone in that state, so no identifier."""
    return kind.lower() == "transit" and bool(named) and all(w.upper() in STATES for w in named)

def _opens_sentence(text: str, start: int, marks: str = ".!?\n:") -> bool:
    """Only spaces, quotes or brackets stand between `start` and the text's start or one of
    `marks` (a sentence's or a field's end, before which a capital says nothing)."""
    before = text[:start].rstrip(" \t\"'“(")
    return not before or before[-1] in marks


def _words_naming_before(text: str, start: int) -> int:
    """Where "Services of Dutchess County" really starts: over up to two capitalised words
    right before it ("Family Services of …"), but not a sentence's first word unless it is a
    kind of care or no dictionary has it ("Called Department of …" starts at Department)."""
    for _ in range(2):
        word = WORD_BEFORE.search(text, max(0, start - 30), start)
        if word is None or word.group(1).lower() in TITLES or word.group(1) in ("The", "A"):
            break
        sentence_start = _opens_sentence(text, word.start())
        lower = word.group(1).lower()
        if sentence_start and lower not in CARE_SETTINGS and lower in gazetteers.common_words():
            break
        start = word.start(1)
        if sentence_start:
            break
    return start


# ("band" is left out: "the omaha band" is as often one that plays)
TRIBAL_KINDS = ("nation", "nations", "tribe", "tribes", "reservation", "rancheria", "pueblo",
                "indian community", "tribal council", "tribal police", "tribal court")
TRIBAL_GOVERNMENT = re.compile(
    rf"(?i)\b(?P<id>(?:(?P<lead>[a-zé'’-]+)\s+)?(?P<tribe>{alternation(TRIBAL_NAMES)})"
    rf"(?:\s+(?:{alternation(TRIBAL_NAMES)}))?\s+(?:{alternation(TRIBAL_KINDS)}))\b")


class TribalNationRecognizer(Recognizer):
    """A tribal nation's government or land, named with what it is: "the Cherokee Nation",
    "Yankton Sioux Tribe", "the navajo nation"."""

    label = Label.ORGANIZATION
    priority = 60
    patterns = (TRIBAL_GOVERNMENT,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {TRIBAL_GOVERNMENT: TRIBAL_KINDS}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        # The word before the tribe's name is part of it when it is no plain word ("Oglala
        # Lakota Nation"), not "the", "her" or "for"
        lead = match.group("lead")
        plain = lead is not None and lead.lower() not in TRIBAL_NAMES and (
            is_word(lead.lower()) or lead.lower() in DETERMINERS)
        return match.start("tribe") if plain else match.start("id"), match.end("id")


# What a program, line or agency gives, in lower case after its name: "Pathways intensive
# outpatient", "Thresholds case manager", "REACH hotline", "Samaritans survivors group"
SERVICES = ("intensive outpatient", "partial hospitalization", "day program", "case manager",
            "case management", "crisis line", "crisis team", "mobile crisis", "hotline",
            "helpline", "warmline", "survivors group", "support group", "behavioral health",
            "housing program", "food pantry", "advocate", "caseworker", "peer specialist",
            "supplement", "fulfillment center", "immigration program", "respite program")
NAMED_SERVICE = re.compile(r"(?P<id>(?:[A-Z][\w'’&-]*[a-z][\w'’&-]*|[A-Z]{3,})"
                           r"(?:[ \t](?:of[ \t]|for[ \t])?[A-Z][\w'’&-]+){0,3})[ \t]+"
                           rf"(?:{alternation(SERVICES)})\b")


class NamedServiceRecognizer(Recognizer):
    """A program, line or agency named before the service it gives: "referred to Pathways
    intensive outpatient", "her Thresholds case manager"."""

    label = Label.ORGANIZATION
    priority = 56
    patterns = (NAMED_SERVICE,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {NAMED_SERVICE: SERVICES}

    def validate(self, match: re.Match[str], text: str) -> bool:
        words = match.group("id").split()
        lowered = [w.lower() for w in words]
        if any(w in STATES for w in words) or any(
                is_clinical_word(w) or w in TITLES or w in ROLE_ACRONYMS or w in CARE_SETTINGS or
                is_month(w) or re.fullmatch(WEEKDAY, w) or is_demonym(w) for w in lowered):
            return False  # "DMH case manager", "Outpatient case manager", "Spanish hotline"
        if _opens_sentence(text, match.start(), marks=".!?:;\n•*-"):
            # a capital a sentence gives: only a word no dictionary has is a name there
            return not any(is_word(w) or w in gazetteers.first_names() for w in lowered)
        return True


# Fraternal and veterans' orders: each has a lodge, hall or post in most towns, and "the" before
# its name means the one the client goes to ("drinks at the legion in wausau", "the moose lodge")
LODGES = ("moose lodge", "moose club", "elks lodge", "elks club", "eagles club", "eagles aerie",
          "american legion", "legion hall", "legion post", "legion", "vfw post", "vfw hall",
          "vfw", "amvets", "knights of columbus", "masonic lodge", "masonic temple",
          "odd fellows hall", "odd fellows", "sons of italy", "polish club", "moose", "elks",
          "eagles")
LODGE = re.compile(rf"(?i)\b(?:at|from|to|outside|behind|near|in|into|by)[ \t]+the[ \t]+"
                   rf"(?P<id>{alternation(LODGES)})\b(?!['’-])")
# What goes on at a lodge, which tells "the eagles" (a lodge) from a team
LODGE_DOINGS = re.compile(r"\b(?:drinks?|drinking|drank|bar|dance|bingo|meeting|hall|member|"
                          r"lodge|club|fish fry)\b", re.IGNORECASE)


class LodgeRecognizer(Recognizer):
    """The lodge, hall or post of a fraternal or veterans' order a client goes to: "drinks at
    the legion in wausau", "met at the elks lodge dance"."""

    label = Label.ORGANIZATION
    priority = 57
    patterns = (LODGE,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {LODGE: ("moose", "elks", "eagles", "legion",
                                                          "vfw", "amvets", "knights of",
                                                          "masonic", "odd fellows", "sons of",
                                                          "polish club")}

    def validate(self, match: re.Match[str], text: str) -> bool:
        # "the eagles" and "the moose" alone are a team and an animal unless a drink, a dance or
        # a meeting is there; the rest name a lodge wherever they stand
        return match.group("id").lower() not in ("moose", "elks", "eagles") or bool(
            LODGE_DOINGS.search(text, max(0, match.start() - 40), match.end() + 30))


# An organisation named by capitalised words joined by "for", after what leads to one:
# "adopting through Wide Horizons for Children", "a caseworker from Action for Boston Community
# Development", "community service at Habitat for Humanity" ("and", "on" and "to" join two
# names as often: "Emerson and Berklee", "Ponce on Dec 10", "Pawtucket to Central Falls")
LINKED_NAME = re.compile(r"\b(?:through|with|at|from|to|by|for|via|into)[ \t]+"
                         r"(?P<id>(?P<head>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,3})[ \t]for[ \t]"
                         r"(?:the[ \t])?(?P<tail>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,3}))"
                         r"\b(?!['’-]|[ \t]on[ \t]Wheels)")
# Programs every town has, the same for everyone in them
EVERYWHERE_PROGRAMS = frozenset({"uniting for ukraine", "teach for america"})


class LinkedNameRecognizer(Recognizer):
    """An organisation whose name is words joined by "for": "Habitat for Humanity", "Wide
    Horizons for Children" (not "Vraylar for Mr. Ingersoll" nor "a letter from Social Security
    for Earl Jenkins")."""

    label = Label.ORGANIZATION
    priority = 54
    patterns = (LINKED_NAME,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        LINKED_NAME: re.compile(r"[A-Z][a-z]+ for (?:the )?[A-Z]")}

    def validate(self, match: re.Match[str], text: str) -> bool:
        head = match.group("head").split()
        tail = match.group("tail").split()
        lowered = [w.lower() for w in (*head, *tail)]
        if match.group("id").lower() in EVERYWHERE_PROGRAMS or any(
                is_clinical_word(w) or w in TITLES or is_month(w) or re.fullmatch(WEEKDAY, w) or
                w in STATES_IN_LOWER_CASE or re.fullmatch(NUMBER_WORD, w) for w in lowered):
            return False
        # ("Social Security Administration for Earl Jenkins": a letter for a person)
        return not (len(tail) >= 2 and tail[0].lower() in gazetteers.first_names() and
                    tail[-1].lower() in gazetteers.surnames())


# The plan a client is insured with, named after "my insurance is" or "changed to": "my insurance
# changed to quartz", "insurance is harvard pilgrim now member id…"
INSURER_SAID = re.compile(r"(?i)\binsurance[ \t]+(?:is|was|changed[ \t]+to|switched[ \t]+to|"
                          r"through|with|plan[ \t]+is|carrier[ \t]+is)[ \t]+(?:now[ \t]+)?"
                          r"(?P<id>[a-z][a-z'’&-]*(?:[ \t][a-z][a-z'’&-]*){0,2}?)"
                          r"(?=[ \t]+(?:now|and|but|member|id|so|since|which|plan|through|policy|"
                          r"group)\b|[.,;:!?)]|$)")
# ... or written as a field before its member id: "Insurance Anthem ID YRK882014563"
INSURER_FIELD = re.compile(r"\b[Ii]nsurance:?[ \t]+"
                           r"(?P<id>[A-Z][\w'’&-]*(?:[ \t][A-Z][\w'’&-]*){0,2}?)"
                           r"(?=[ \t]+(?:ID|Member|Policy|Group|member|id|policy|group|#)\b|"
                           r"[ \t]*[.,;)]|$)")
FIELD_WORDS_AFTER_INSURANCE = frozenset("""
id card number no policy member group plan information info company provider carrier type
name status verified verification on of
""".split())
# What insurance is or does, not whom it is with; and the public programs, the same for everyone
NOT_AN_INSURER = frozenset("""
expired cancelled canceled active inactive pending private public state same different new good
fine ok okay through the a an my his her their none denied approved lapsed terminated done gone
out up over still not medicaid medicare masshealth tricare chip medi-cal self-pay work going
""".split())


# Blue Cross by its state's plan: "BCBS MA", "BCBS of IL" (alone, the name of dozens of plans)
# ("BCBSIL", "BCBSTX": the state's letters joined on)
BLUE_CROSS_OF_A_STATE = re.compile(r"\b(?P<id>BCBS(?:[ \t]+(?:of[ \t]+)?)?(?P<state>[A-Z]{2}))\b")
# ... or written out, the state before or after: "Arkansas Blue Cross", "Blue Cross Blue Shield
# of Texas"
BLUE_CROSS_NAMED = re.compile(r"\b(?P<id>(?:(?P<before>(?:[A-Z][a-z]+[ \t]){1,2}))?Blue[ \t]+Cross"
                              r"(?:[ \t]+(?:and[ \t]+|&[ \t]+)?Blue[ \t]+Shield)?"
                              r"(?:[ \t]+of[ \t]+(?P<after>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?)")


class InsurerRecognizer(Recognizer):
    """The health plan a client's insurance is with, said in a message or a note: "my insurance
    changed to quartz", "BCBS MA" (not "my insurance is expired", nor Medicaid or Medicare)."""

    label = Label.ORGANIZATION
    priority = 56
    patterns = (INSURER_SAID, BLUE_CROSS_OF_A_STATE, INSURER_FIELD, BLUE_CROSS_NAMED)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {INSURER_SAID: ("insurance",),
                                                  INSURER_FIELD: ("insurance",),
                                                  BLUE_CROSS_OF_A_STATE: ("bcbs",),
                                                  BLUE_CROSS_NAMED: ("blue cross",)}

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is BLUE_CROSS_NAMED and match.group("before") and \
                match.group("before").strip() not in STATE_NAMES:
            # only a state's name before it is part of the plan's ("secondary Arkansas Blue
            # Cross"; not "Secondary Blue Cross")
            return match.start("before") + len(match.group("before")), match.end("id")
        return super().bounds(match)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is BLUE_CROSS_OF_A_STATE:
            return match.group("state") in STATES
        if match.re is BLUE_CROSS_NAMED:
            # one state's plan ("Arkansas Blue Cross", "…of Texas"), not the national name
            before = (match.group("before") or "").strip()
            return before in STATE_NAMES or match.group("after") in STATE_NAMES
        words = match.group("id").split()
        if match.re is INSURER_FIELD and (words[0].lower() in FIELD_WORDS_AFTER_INSURANCE or
                                          words == ["BCBS"] or
                                          any(c.isdigit() for c in "".join(words))):
            return False  # "Insurance ID AB-998877", "Insurance: BCBS member ID…"
        return not any(w.lower() in NOT_AN_INSURER for w in words)


# Hospitals asked for a bed, each with its answer: "Bed search: Butler declined, Fuller accepted
# 10/04", "McLean full; Arbour pending"
BED_ANSWER = re.compile(r"(?P<id>[A-Z][\w'’&-]*(?:[ \t][A-Z][\w'’&-]*){0,3})[ \t]+(?:declined|"
                        r"accepted|denied|full|at capacity|pending|waitlisted|has (?:a |no )?beds?|"
                        r"no beds)\b")
BED_SEARCH = re.compile(r"(?i)\bbeds?\b")
# Who declines or accepts besides a hospital
NOT_A_HOSPITAL = frozenset("client patient pt mother father mom dad family guardian insurance "
                           "request transfer he she they".split())


class BedSearchRecognizer(Recognizer):
    """The hospitals a bed search asked, named with their answers: "Bed search: Butler
    declined, Fuller accepted" (not "Client declined" nor "Dr. Ames accepted")."""

    label = Label.ORGANIZATION
    priority = 57
    patterns = (BED_ANSWER,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {BED_ANSWER: ("bed", "beds")}

    def validate(self, match: re.Match[str], text: str) -> bool:
        words = match.group("id").split()
        if any(is_clinical_word(w) or w.rstrip(".").lower() in TITLES or
               w.lower() in PERSONAL_PRONOUNS or w.lower() in DETERMINERS for w in words) or \
                words[0].lower() in NOT_A_HOSPITAL:
            return False
        return BED_SEARCH.search(text, max(0, match.start() - 120), match.start()) is not None
