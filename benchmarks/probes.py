"""Probes of the boundary: one kind of identifier put into many sentence frames, written as a
clinician would and in lower case as speech to text writes it. Each probe counts the texts in
which any word of the identifier is left uncovered.

    python benchmarks/probes.py

The frames and values were written to find systematic gaps, not drawn from any corpus; a gap a
probe finds is fixed by a general rule, and the probe then shows what is still missed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

WORD = re.compile(r"\w+")

WORD_NAMES = """Hope Will Summer Grace Bliss Chance Sky Autumn Ivy Dawn Robin Mercy Patience Faith
Joy Honor River Rain Storm Justice Royal King Major Sunny Star Angel Destiny Harmony Unique
Precious Melody Trinity Journey Miracle Serenity Brook Heaven Sage Wren Lark Jade Amber Ruby
Pearl Crystal Rose Lily Daisy Holly Iris Violet June April May Frank Bob Bill Pat Sue Mark Art
Dean Drew Cash Colt Gunner Ace Blaze Bear""".split()
WORD_NAME_FRAMES = ["{v} {deed}", "Session 4. {v} {deed}", "Check-in with {v} today; she {deed}",
                    "Today {v} {deed}", "her sister {v} {deed}", "saw {v} and her mom today"]
DEEDS = ["met her mother for lunch.", "cried when talking about the move.",
         "arrived late to session.", "was tearful today.", "feels stuck at work.",
         "wants to quit drinking.", "practiced the skill twice.", "has been sleeping poorly.",
         "identified three triggers.", "missed last week.", "brought her journal."]

FIRST_NAMES = """maria jose tyler brianna kevin destiny dante keisha miguel ashley jamal priya
dmitri siobhan nguyen tran olu ximena ezra marisol devon aaliyah luca ines bao kwame yusuf fatima
colleen rory wyatt skye harper mason logan hunter chase paige brooke hope faith will grace
summer rose jack frank june mark bill""".split()
LOWER_NAME_FRAMES = [
    "her brother {n} got arrested last week", "talked about her boyfriend {n} and the fight",
    "her daughter {n} is doing better in school", "client and {n} argued again",
    "met with {n} and her mom", "{n} reported feeling more anxious", "she says {n} hit her",
    "his friend {n} offered him pills", "ex husband {n} has the kids this weekend",
    "spoke with {n} by phone", "{n} and her sister came in together",
    "session with {n} today, worked on sleep"]

TOWNS = """Fall River|New Bedford|Worcester|Springfield|Lowell|Brockton|Quincy|Lynn|Newton|
Somerville|Framingham|Haverhill|Waltham|Malden|Medford|Taunton|Chicopee|Weymouth|Revere|Peabody|
Methuen|Barnstable|Pittsfield|Attleboro|Arlington|Everett|Salem|Westfield|Leominster|Fitchburg|
Beverly|Holyoke|Marlborough|Woburn|Chelsea|Braintree|Shrewsbury|Dartmouth|Natick|Randolph|
Falmouth|Dedham|Wellesley|Needham|Milton|Norwood|Sharon|Hope Valley|Warren|Bristol|Westerly|
Narragansett|Little Compton|Mystic|Essex|Orange|Athol|Ware|Hull|Canton|Dover|Reading|Wakefield|
Franklin|Douglas|Holden|Auburn|Grafton|Sutton|Paris|Berlin|Lincoln|Clinton|Washington|Jackson|
Madison|Marion|Mansfield|Harvard|Concord|Bedford|Lexington""".replace("\n", "").split("|")
TOWN_FRAMES = ["She lives in {t}.", "He moved to {t} last year.", "grew up in {t} with her aunt",
               "Client from {t}, MA.", "drove to {t} yesterday", "her mom in {t} is sick",
               "the apartment in {t} flooded"]

EMPLOYERS = """Market Basket|Ocean State Job Lot|Bristol County Savings Bank|Fidelity|Raytheon|
Hasbro|Titleist|Acushnet Company|Home Depot|Price Chopper|Big Y|Sysco|State Street|
Boston Scientific|Liberty Mutual|Dana-Farber|Brown University|UMass Dartmouth|Bridgewater State|
Durfee High|Tufts|Stonehill|Brockton Hospital|Southcoast|Verizon|Comcast|FedEx|UPS|Whole Foods|
Trader Joe's|Dunkin|Marshalls|TJX|Wayfair|Moderna|Biogen|General Dynamics|Electric Boat|
Pratt & Whitney|Sikorsky|Cumberland Farms|Stop & Shop|Papa Gino's|Legal Sea Foods|Friendly's|
Lowe's|Kohl's|Staples|BJ's|Planet Fitness""".replace("\n", "").split("|")
EMPLOYER_FRAMES = ["She works at {o} as a cashier.", "He got a job at {o} last month.",
                   "Her husband was laid off from {o}.", "works nights at {o}",
                   "She is a manager at {o}.", "He started at {o} in June.",
                   "stress at work ({o})", "employer: {o}"]

SCHOOLS = """Keith Middle School|Durfee High|Normandin Middle|Hathaway Elementary|Bishop Stang|
New Bedford High|Whaling City Junior|Alma del Mar|Roosevelt Middle|Dartmouth High|UMass Amherst|
Bristol Community College|Bridgewater State University|Stonehill College|Mass Maritime|Wheaton|
Brown|Tufts|Northeastern|Boston College|Becker College|Tabor Academy|Old Colony Regional|
Greater New Bedford Voc""".replace("\n", "").split("|")
SCHOOL_FRAMES = ["Her son attends {o} and is in 6th grade.", "She goes to {o} now.",
                 "He was suspended from {o}.", "a sophomore at {o}",
                 "IEP meeting at {o} on Thursday", "transferred from {o} last year"]
FACILITIES = """Morton Hospital|St. Luke's|Charlton Memorial|Arbour-Fuller|McLean|Butler Hospital|
Bradley Hospital|Gosnold|AdCare|High Point|Steppingstone|Women's Center|Seven Hills|
Child and Family Services|Fairhaven Family Health|Greater New Bedford Community Health Center|
Hawthorn Medical|Southcoast Behavioral|Pembroke Hospital|Bournewood""".replace("\n", "").split("|")
FACILITY_FRAMES = ["He was admitted to {o} last week.", "discharged from {o} yesterday",
                   "referred to {o} for detox", "IOP at {o} three days a week", "seen at {o} ED",
                   "her therapist at {o} left"]

ADDRESSES = """12 Oak St|12 Oak Street, Apt 3|1450 Acushnet Ave #2|PO Box 771|P.O. Box 12|
44 Fayette Street Apt 2|Route 6|Rt. 18|I-195|77 Harbor View Rd, Unit 5B|8 Elm Ct|
210 County St., Fall River|55 Main St., 2nd floor|3 Bayview Terrace|19 Rockdale Ave Apt 1R|
400 Washington St, Suite 210|Pleasant Street|Kempton St|Route 140|100 N. Main St|12-14 Grove St|
1 Center Plaza|5 Pine Hill Dr""".replace("\n", "").split("|")
ADDRESS_FRAMES = ["She lives at {a}.", "moved to {a} last month", "mail goes to {a}",
                  "the apartment at {a} has mold", "Address: {a}",
                  "was staying on {a} with friends"]
OLD_AGES = ["93", "94 yo", "95-year-old", "age 96", "ninety-one", "in her 90s", "101 year old",
            "92F", "aged 97", "ninety two year old", "99 y/o"]
OLD_AGE_FRAMES = ["Her mother is {a}.", "Pt is {a} and lives alone.", "grandmother ({a}) is sick",
                  "dad, {a}, fell", "Client's aunt, who is {a}, visits"]

# People's names in the shapes notes give them: (text, the name in it)
NAMED = [
    ("Per Ana, the meds help.", "Ana"), ("cc: Luis Ortega", "Luis Ortega"),
    ("Ana and I discussed the plan.", "Ana"), ("Seen w/ Marco today.", "Marco"),
    ("Couple (Ana/Luis) attended.", "Ana/Luis"), ("Jean-Luc called.", "Jean-Luc"),
    ("Mrs. McAllister-Byrne called.", "McAllister-Byrne"),
    ("Rosa de la Cruz attended.", "Rosa de la Cruz"),
    ("Omar bin Rashid attended.", "Omar bin Rashid"),
    ("Mr. Brown called.", "Brown"), ("Ms. Young is tearful.", "Young"),
    ("Dr. Hope saw her.", "Hope"),
    ("Jamie Long attended group.", "Jamie Long"), ("Chris Wood attended group.", "Chris Wood"),
    ("Pat Hill attended group.", "Pat Hill"), ("Her counselor Kim Lee called.", "Kim Lee"),
    ("Sam Black and Ben White attended.", "Sam Black"),
    ("Sam Black and Ben White attended.", "Ben White"),
    ("Client's PO, Dana Fox, called.", "Dana Fox"),
    ("Spoke to Tom Baker re: housing.", "Tom Baker"),
    ("Attendees: Ann Little, Joe Sharp", "Ann Little"),
    ("Attendees: Ann Little, Joe Sharp", "Joe Sharp"),
    ("Her brother, Rocky Stone, visited.", "Rocky Stone"), ("O'Brien arrived late.", "O'Brien"),
    ("Nguyen Van Minh attended.", "Nguyen Van Minh"), ("Tran Thi Lan called.", "Tran Thi Lan"),
    ("Li Wei attended.", "Li Wei"), ("Oluwaseun Adeyemi called.", "Oluwaseun Adeyemi"),
    ("Mohammed Al-Sayed called.", "Mohammed Al-Sayed"), ("Fatou Diop called.", "Fatou Diop"),
    ("Thanh called.", "Thanh"), ("Ngozi called.", "Ngozi"), ("Ayşe Yılmaz called.", "Ayşe Yılmaz"),
    ("Zoë called.", "Zoë"), ("José Ángel Núñez called.", "José Ángel Núñez"),
]

# Identifiers said aloud, as speech to text writes them: (text, the identifier in it)
SPOKEN = [
    ("her number is five oh eight five five five zero one two three",
     "five oh eight five five five zero one two three"),
    ("call her at five zero eight, five five five, zero one two three",
     "five zero eight, five five five, zero one two three"),
    ("email is jsmith at gmail dot com", "jsmith at gmail dot com"),
    ("her email is j dot smith two at yahoo dot com", "j dot smith two at yahoo dot com"),
    ("seen on the twenty third of march", "twenty third of march"),
    ("born march third nineteen eighty", "march third nineteen eighty"),
    ("next appointment december ninth at two", "december ninth"),
    ("she lives at forty two maple avenue", "forty two maple avenue"),
    ("lives at one twenty three elm street apartment four",
     "one twenty three elm street apartment four"),
    ("his date of birth is four twelve nineteen ninety", "four twelve nineteen ninety"),
    ("d o b is oh four twelve ninety", "oh four twelve ninety"),
    ("member id is x j h four four eight two one zero", "x j h four four eight two one zero"),
    ("mrn is zero zero one two three four five six", "zero zero one two three four five six"),
    ("social is one two three four five six seven eight nine",
     "one two three four five six seven eight nine"),
    ("grandma is ninety four", "ninety four"),
    ("since the fifteenth of october", "fifteenth of october"),
    ("on tuesday the ninth", "the ninth"),
    ("her instagram is lily underscore moon", "lily underscore moon"),
]

DATES = """3/14/2025|03/14/25|3-14-2025|2025-03-14|14 March 2025|March 14, 2025|Mar 14 2025|
Mar. 14th, 2025|the 14th of March|March 14th|3/14|14/3/2025|March of 2025|March 2025|Sept 9|
Sep. 9|9 Sept|Tues 3/4|Thursday, March 6th|march fourteenth|3.14.2025|14.03.2025|March the 14th|
14-Mar-2025|Mar-14|3/14/25 at 2pm|2025/03/14|3/14-3/21|3/14-16|Mar 14-16""".replace(
    "\n", "").split("|")
DATE_FRAMES = ["Seen on {d} for follow up.", "Last drink {d}."]


def word_name_texts() -> Iterator[tuple[str, str]]:
    for index, name in enumerate(WORD_NAMES):
        deed = DEEDS[index % len(DEEDS)]
        for frame in WORD_NAME_FRAMES:
            text = frame.format(v=name, deed=deed)
            yield text, name
            yield text.lower(), name.lower()


def filled(values: list[str], frames: list[str], key: str,
           lower: bool = True) -> Iterator[tuple[str, str]]:
    for value in values:
        for frame in frames:
            text = frame.format(**{key: value})
            yield text, value
            if lower:
                yield text.lower(), value.lower()


def missed(text: str, value: str) -> bool:
    """Some word of `value` in `text` lies outside every detected span."""
    from sealnote.boundary.detect import detect

    spans = detect(text)
    start = text.index(value)
    return any(not any(s.start < start + w.end() and start + w.start() < s.end for s in spans)
               for w in WORD.finditer(value))


PROBES = {
    "word-names beside what people do": word_name_texts,
    "lower-case first names in dictation": lambda: filled(FIRST_NAMES, LOWER_NAME_FRAMES, "n",
                                                          lower=False),
    "towns where a town is expected": lambda: filled(TOWNS, TOWN_FRAMES, "t"),
    "employers after a job": lambda: filled(EMPLOYERS, EMPLOYER_FRAMES, "o"),
    "schools": lambda: filled(SCHOOLS, SCHOOL_FRAMES, "o"),
    "care facilities": lambda: filled(FACILITIES, FACILITY_FRAMES, "o"),
    "street addresses": lambda: filled(ADDRESSES, ADDRESS_FRAMES, "a"),
    "ages over 89": lambda: filled(OLD_AGES, OLD_AGE_FRAMES, "a"),
    "date formats": lambda: filled(DATES, DATE_FRAMES, "d", lower=False),
    "identifiers said aloud": lambda: iter(SPOKEN),
    "full names, written and in lower case": lambda: (
        pair for text, name in NAMED for pair in ((text, name), (text.lower(), name.lower()))),
}


def main() -> int:
    print(f"{'probe':38} {'texts':>6} {'missed':>7} {'share':>7}")
    for name, texts in PROBES.items():
        cases = list(texts())
        misses = sum(missed(text, value) for text, value in cases)
        print(f"{name:38} {len(cases):6d} {misses:7d} {misses / len(cases):7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
