"""Institutions dictated in lower case, named by plain words before the kind of place they are
("new hope baptist", "pontiac correctional", "the holiday inn", "golden years adult day") or
after the care given there ("hospice at heartland"), and places named for a saint ("st lukes").
Plain words alone say nothing; beside these they are a name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import is_clinical_word
from sealnote.boundary.recognizers.base import Cue, Recognizer, alternation
from sealnote.boundary.recognizers.employers import (
    GENERIC_PLACES,
    KIND_MODIFIERS,
    NOT_A_NAME_WORD,
)
from sealnote.boundary.recognizers.names import (
    DETERMINERS,
    OWNERS,
    PERSONAL_PRONOUNS,
    RELATIONS,
    in_list,
    is_word,
    person_verb,
)
from sealnote.boundary.recognizers.places import STATES_IN_LOWER_CASE
from sealnote.boundary.spans import Label, Span

NAME_WORD = NOT_A_NAME_WORD + r"[a-z][a-z'’-]+"
DENOMINATIONS = ("baptist", "methodist", "lutheran", "presbyterian", "episcopal", "pentecostal",
                 "apostolic", "tabernacle", "ministries", "outreach", "fellowship",
                 "assembly of god",
                 "church of god", "church of christ", "worship center", "bible church",
                 # a denomination of more than one word: "piney grove free will baptist"
                 "free will baptist", "missionary baptist", "primitive baptist",
                 # the African Methodist churches by their initials: "mt pisgah cme"
                 "ame", "ame zion", "cme",
                 # "vm from pastor mike at southland christian"
                 "christian",
                 # "his church providence crc": the Christian Reformed Church's initials
                 "crc")
CORRECTIONAL = ("correctional", "correctional facility", "correctional center",
                "correctional institution", "penitentiary", "detention center",
                "juvenile center", "juvenile detention", "juvenile hall", "youth center",
                "training center", "youth camp", "jail",
                # a prison's unit, as Arkansas and Texas name them: "in cummins unit"
                "unit",
                "state prison", "prison")
LODGING = ("inn", "suites", "motor lodge")
DAY_PROGRAMS = ("adult day", "adult day care", "adult day center", "adult day health",
                "day program", "clubhouse")
KINDS = (*DENOMINATIONS, *CORRECTIONAL, *LODGING, *DAY_PROGRAMS)
NAMED_BY_KIND = re.compile(rf"\b(?P<id>(?:{NAME_WORD}[ \t]){{1,3}}(?:{alternation(KINDS)}))"
                           r"\b(?!['’-])")
# A home or centre of care dictated by its name before its kind, which is not part of the name:
# "moved him to delta health nursing home", "lives at prairie view care center"
CARE_HOMES = ("nursing home", "care center", "rehab center", "rehabilitation center",
              "assisted living", "senior living", "group home", "treatment center", "memory care",
              "retirement home", "skilled nursing", "halfway house", "sober house", "sober living",
              # California's centres for people with developmental disabilities
              "regional center")
# A congregation named after its clergy: "pastor reggie from new birth referred kendra", "pastor
# jimmy from first assembly referred darla"
CLERGY = ("pastor", "reverend", "rev", "father", "fr", "rabbi", "imam", "deacon", "bishop",
          "elder", "minister")
CLERGY_FROM = re.compile(rf"\b(?:{alternation(CLERGY)})[ \t]+[a-z]+[ \t]+(?:from|at|of)[ \t]+"
                         r"(?P<id>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){0,2}?)"
                         r"(?=[ \t]+(?:referred|called|says|said|asked|sent|wants|is|was|came|"
                         r"brought|and|who|told|in|on)\b|[,.;]|$)")
# What kind of centre, not which: "a tertiary care center", "a rural nursing home"
CARE_HOME_SORTS = frozenset("""
tertiary primary secondary quaternary academic large small rural urban major specialized
specialty long-term short-term licensed certified accredited
""".split())
CARE_HOME_NAMED = re.compile(rf"\b(?P<id>(?:{NAME_WORD}[ \t]){{0,2}}{NAME_WORD})[ \t]+"
                             rf"(?:{alternation(CARE_HOMES)})\b(?!['’-])")
# "admitted to st lukes", "mass at saint anne's", "from st joe's": a saint names a hospital,
# a church or a school
SAINT_NAMED = re.compile(r"\b(?:at|to|from|into|near|with|outside|of)\s+(?:the\s+)?"
                         r"(?P<id>(?:st\.?|saint)\s+(?P<saint>[a-z]+)(?:['’]?s)?)\b(?!['’-])")
# "hospice at heartland", "daycare at little sprouts", "doctor lim at ascension": where care is
# given, named after the care, whatever its words mean; the name ends where the sentence goes on
WHEN = r"(?:yesterday|today|tonight|tomorrow|last|next|this|again|now)"
CARE_PLACE = re.compile(r"\b(?:(?:hospice|daycare|day care|preschool|rehab|detox|inpatient|iop|"
                        r"php|er|emergency room|urgent care|(?:doctor|dr\.?)\s+[a-z]+)\s+"
                        r"(?:at|with)|admitted\s+to|"
                        r"discharged\s+from|"
                        # "the father is locked up at wallens ridge": a prison, by its name
                        r"(?:locked\s+up|incarcerated|serving\s+time|doing\s+time|an\s+inmate)"
                        r"\s+(?:at|in))\s+(?:the\s+)?"
                        rf"(?P<id>{NAME_WORD}(?:\s(?!{WHEN}\b){NAME_WORD})?)"
                        rf"(?=\s+(?:in|on|for|since|and|but|until|{WHEN}|when|where|"
                        r"because|with|after|before|who|which|twice|three|every)\b|\s*[,.;:)]|"
                        r"\s*$)")
# "died at our lady of the lake", "born at Our Lady of Lourdes": a Catholic hospital, church or
# school (not the saint prayed to)
OUR_LADY = re.compile(r"(?i)\b(?:at|from|into|near|outside|(?:admitted|transferred|taken|brought|"
                      r"referred|sent)\s+to)\s+(?P<id>our\s+lady\s+of\s+(?:the\s+)?"
                      rf"{NAME_WORD}(?:\s(?!{WHEN}\b|every\b){NAME_WORD})?)")
# "staying at the trevor house": a house named for a person, where someone lives or stays
STAYS_IN = (r"\b(?:staying|stays|stayed|living|lives|lived|sleeping|sleeps|placed|moved|"
            r"moving)\s+(?:at|in|into)\s+")
NAMED_HOUSE = re.compile(rf"{STAYS_IN}the\s+(?P<id>(?P<named>[a-z]+)\s+(?:house|home|place|"
                         r"center))\b")
# "mt zion has been bringing food", "admitted to mount sinai": a church, hospital or town named
# for a mountain ("mount" alone is a verb unless a place is expected)
MOUNT_NAMED = re.compile(r"(?:\b(?P<lead>at|to|from|into|near|outside|of)\s+(?:the\s+)?)?"
                         r"\b(?P<id>(?:(?P<abbr>mt)\.?|mount)\s+(?P<peak>[a-z][a-z'’-]+))\b"
                         r"(?!['’-])")
# "passed this morning at hospice of the valley": a place of care named "of the" something,
# dictated
OF_THE = re.compile(r"\b(?:at|to|from|with|into)\s+(?P<id>(?:hospice|hospital)\s+of"
                    r"\s+the\s+(?P<what>[a-z]+))\b(?!['’-])")
# "drives him to ivinson for rehab": a place of care by a name no dictionary has, before the care
CARE_FOR = re.compile(r"\b(?:to|at|from)\s+(?P<id>[a-z][a-z'’-]{3,})\s+for\s+(?:rehab|detox|"
                      r"treatment|dialysis|chemo|therapy|pt|physical\s+therapy|surgery|iop|php)\b")
# "reverend mitchell from greater new hope called": a church named "Greater" something, where
# its clergy or flock are spoken of (not "at greater risk")
GREATER_NAMED = re.compile(r"\b(?:at|from|of|to)\s+(?P<id>greater(?:\s+(?!(?:called|calls|said|"
                           r"says|told|and|is|was|on|in|for|to|who|that|since|because|last|this|"
                           r"next|with|where|when|but|has|had|about|after|before|every)\b)"
                           r"[a-z]+){1,3})\b")
FLOCK_BEFORE = re.compile(r"\b(?:reverend|rev|pastor|deacon|bishop|elder|minister|church|"
                          r"congregation|choir|usher|first lady)\b")
# "staying at the open door mission", "moved into the good samaritan center": where someone lives
# or stays, named by plain words before its kind (not "the homeless shelter", "the group home")
STAYS_AT_NAMED = re.compile(rf"{STAYS_IN}(?:the\s+)?"
                            r"(?P<id>(?P<named>(?:[a-z][a-z'’]*\s){1,2})(?:mission|center|ranch|"
                            r"village|landing|manor|commons|pointe|house|shelter|haven|lodge))"
                            r"\b(?!['’-])")
# A state's or a region's children's hospital, dictated: "the nicu at east tennessee children's"
STATE_CHILDRENS = re.compile(r"\b(?:at|to|from|in|into)[ \t]+(?P<id>(?:(?:north|south|east|west|"
                             r"central|middle|upstate)[ \t]+)?(?P<state>[a-z]+(?:[ \t][a-z]+)?)"
                             r"[ \t]+children['’]?s)\b")
# A place of care left against advice, whatever its words: "she left cedar springs against
# advice", "States he left Fellowship Hall AMA" (not "left the hospital AMA")
LEFT_AGAINST_ADVICE = re.compile(r"(?i)\b(?:left|leaving|eloped[ \t]+from|walked[ \t]+out[ \t]+of)"
                                 r"[ \t]+(?:the[ \t]+)?(?P<id>[a-z][a-z'’-]*(?:[ \t][a-z][a-z'’-]*)"
                                 r"{0,2}?)[ \t]+(?:against[ \t]+(?:medical[ \t]+)?advice|ama)\b")
# Words that say which kind of such a place, not its name
KIND_OF_STAY = frozenset("""
homeless women's womens men's mens emergency transitional domestic violence youth family
overnight warming cooling rescue detox treatment recovery rehab crisis community senior
retirement nursing care medical mental health assisted living group halfway sober boys girls
field guest tree dog bath light ware safe
""".split())
# "she was at methodist le bonheur", "born at baptist memorial": a hospital named by its faith
# and a word no dictionary has, or a particle then one
FAITH_NAMED = re.compile(r"\b(?:at|to|from|into)\s+(?P<id>(?:methodist|baptist|presbyterian|"
                         r"adventist|lutheran|episcopal)\s+(?P<rest>(?:(?:le|la|de|del|st)\s)?"
                         r"[a-z][a-z'’-]+))\b(?!['’-])")
# Parishes named for a devotion, capitalised: "Her church, Christ the King, has been bringing
# meals" (not "the Holy Spirit", said in prayer)
PARISH_NAMES = (r"Christ the King|Holy (?:Family|Cross|Name|Rosary|Redeemer|Innocents)|Sacred "
                r"Heart|Good Shepherd|Immaculate Conception|Blessed Sacrament|Precious Blood|"
                r"Most Holy Redeemer|Our Savior(?:['’]s)?")
# ... and dictated, after what leads to a place: "her son wants her at sacred heart"
PARISH = re.compile(rf"\b(?P<id>{PARISH_NAMES})\b(?!['’-])")
PARISH_SAID = re.compile(r"(?:(?<=\bat )|(?<=\bto )|(?<=\bfrom )|(?<=\binto ))"
                         rf"(?P<id>(?i:{PARISH_NAMES}))\b(?!['’-])")
OF_A_TOWN = re.compile(r" of ([a-z]+(?: [a-z]+)?)\b")
# A word after "christian" that makes it part of another kind of name
MORE_OF_A_NAME = re.compile(r"(?i) (?:services|academy|school|college|university|church|center|"
                            r"home|homes|care|counseling|fellowship|life)\b")
# "talk to pastor eddie at first african baptist": where a church is expected, an ordinal
# begins its name, whatever plain words follow (not "a first baptist service")
CHURCH_EXPECTED = re.compile(r"\b(?:at|to|from|attends|attended|joined)\s+$")
ORDINAL_CHURCH = frozenset("first second third greater".split())
# Not the name of a place of care: times, states, services and the like ("rehab at night",
# "admitted to medicine"); kinds of place and determiners are ruled out as well
NOT_A_CARE_PLACE = frozenset("""
night nights least all once times time risk baseline work noon midnight length most best worst
some services care treatment program therapy unit floor ward bed beds observation medicine
surgery county jail prison juvie juvenile state federal
""".split())
# Words that say what kind of church or prison, not which one: "a southern baptist", "the
# county jail", "raised pentecostal"
PLAIN_KIND_WORDS = frozenset("""
southern american independent free will primitive reformed evangelical united african
missionary first second roman greek orthodox conservative liberal devout strict practicing
former lapsed raised grew up born became converted attends attended attending goes went
federal state county city juvenile men's women's maximum minimum medium security max min
private public local new old same other another nearest closest cheap nice big small little
downtown nearby regional community the day senior adult program his her their outpatient
inpatient partial intensive residential treatment structured therapeutic recovery again good
bible-believing nondenominational non-denominational
""".split())


def _not_a_care_homes_name(word: str) -> bool:
    """A word that says what kind of home or whose, not which: "new", "her", "mom's", "the"."""
    owned = word.endswith(("'s", "’s")) and not word.startswith("st")
    return word in CARE_HOME_SORTS or word in DETERMINERS or word in PERSONAL_PRONOUNS or \
        word in OWNERS or word in RELATIONS or word in GENERIC_PLACES or \
        word in NOT_A_CARE_PLACE or owned or person_verb(word) or is_clinical_word(word) or \
        (word.endswith(("ed", "ing")) and is_word(word)) or word in ("at", "to", "for", "in")


class NamedInstitutionRecognizer(Recognizer):
    """A church, prison, inn or day program dictated in lower case by its name and kind ("new
    hope baptist", "lake county juvenile center"), a place named for a saint ("st lukes") or
    for a person where someone stays ("staying at the trevor house")."""

    label = Label.ORGANIZATION
    priority = 58
    patterns = (NAMED_BY_KIND, SAINT_NAMED, CARE_PLACE, OUR_LADY, NAMED_HOUSE, MOUNT_NAMED,
                PARISH, PARISH_SAID, LEFT_AGAINST_ADVICE, STATE_CHILDRENS, OF_THE, FAITH_NAMED,
                STAYS_AT_NAMED, GREATER_NAMED, CARE_FOR, CARE_HOME_NAMED, CLERGY_FROM)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        NAMED_BY_KIND: tuple(kind.split()[0] for kind in KINDS),
        SAINT_NAMED: ("st", "saint"), OUR_LADY: ("our lady",), NAMED_HOUSE: ("the ",),
        CARE_HOME_NAMED: tuple(kind.split()[-1] for kind in CARE_HOMES),
        CLERGY_FROM: CLERGY,
        OF_THE: (" of the ",), STAYS_AT_NAMED: ("stay", "liv", "sleep", "placed", "mov"),
        GREATER_NAMED: ("greater ",), CARE_FOR: (" for ",),
        FAITH_NAMED: ("methodist", "baptist", "presbyterian", "adventist", "lutheran",
                      "episcopal"),
        MOUNT_NAMED: ("mt", "mount "), PARISH: re.compile(r"Christ|Holy|Sacred|Good|Immaculate|"
                                                           r"Blessed|Precious|Our Savior"),
        PARISH_SAID: ("christ", "holy", "sacred", "good", "immaculate", "blessed", "precious",
                      "our savior"),
        LEFT_AGAINST_ADVICE: ("advice", "ama"), STATE_CHILDRENS: ("children's", "childrens"),
        CARE_PLACE: ("hospice", "daycare", "day care", "preschool", "rehab", "detox", "inpatient",
                     "iop", "php", "er ", "emergency room", "urgent care", "doctor", "dr",
                     "admitted", "discharged", "locked up", "incarcerated", "serving time",
                     "doing time", "inmate"),
    }

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re in (OUR_LADY, PARISH, PARISH_SAID):
            return True
        if match.re is CARE_FOR:
            name = match.group("id")
            return not (is_word(name) or is_clinical_word(name) or
                        in_list(gazetteers.first_names(), name))
        if match.re is GREATER_NAMED:
            return FLOCK_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
        if match.re is STATE_CHILDRENS:
            return match.group("state") in STATES_IN_LOWER_CASE
        if match.re is LEFT_AGAINST_ADVICE:
            return not any(w.lower() in KIND_OF_STAY or w.lower() in NOT_A_CARE_PLACE or
                           w.lower() in PLAIN_KIND_WORDS or w.lower() in GENERIC_PLACES or
                           w.lower() in DETERMINERS or w.lower() in OWNERS or
                           is_clinical_word(w) for w in match.group("id").split())
        if match.re is STAYS_AT_NAMED:
            named = match.group("named").split()
            # ("staying at hope house"; not "at her mom's house", "the yellow house")
            return not any(w in KIND_OF_STAY or w in PLAIN_KIND_WORDS or w in GENERIC_PLACES or
                           w in KIND_MODIFIERS or w in DETERMINERS or w in PERSONAL_PRONOUNS or
                           w in OWNERS or w in RELATIONS or w.endswith(("'s", "’s")) or
                           is_clinical_word(w) for w in named)
        if match.re is FAITH_NAMED:
            name = match.group("rest").split()[-1]
            return not (is_word(name) or is_clinical_word(name) or person_verb(name))
        if match.re is OF_THE:
            what = match.group("what")
            return not (what in NOT_A_CARE_PLACE or what in DETERMINERS or is_clinical_word(what)
                        or person_verb(what))
        if match.re is MOUNT_NAMED:
            peak = match.group("peak")
            return bool(match.group("abbr") or match.group("lead")) and not (
                peak in DETERMINERS or peak in PERSONAL_PRONOUNS or peak in GENERIC_PLACES or
                person_verb(peak) or is_clinical_word(peak) or peak in ("up", "on", "a", "an"))
        if match.re is NAMED_HOUSE:
            named = match.group("named")
            return not is_word(named) and (in_list(gazetteers.first_names(), named) or
                                           in_list(gazetteers.surnames(), named))
        if match.re is SAINT_NAMED:
            saint = match.group("saint")
            saint = saint[:-1] if saint.endswith("s") and not in_list(
                gazetteers.first_names(), saint) else saint
            # "at st. camillus": a saint no name list has is still no English word
            return (in_list(gazetteers.first_names(), saint) or not is_word(saint)) and \
                not is_clinical_word(saint)
        value = match.group("id")
        if match.re is CLERGY_FROM:
            # ("father fell at home": a parent, and a place that is no congregation's name)
            words = value.split()
            return not all(w in GENERIC_PLACES for w in words) and not any(
                w in DETERMINERS or w in OWNERS or w in PERSONAL_PRONOUNS or is_clinical_word(w)
                for w in words)
        if match.re is CARE_HOME_NAMED:
            # "st ignatius nursing home", not "a new nursing home", "her mom's group home" or
            # "wants to look at assisted living"
            named = value.split()
            if len(named) == 1 and gazetteers.word_frequency(named[0]) >= 5.0:
                return False  # "a good treatment center"
            return not all(w in PLAIN_KIND_WORDS for w in named) and \
                not any(_not_a_care_homes_name(w) for w in named)
        if match.re is CARE_PLACE:
            words = value.split()
            return not any(w in NOT_A_CARE_PLACE or w in GENERIC_PLACES or w in DETERMINERS
                           or w in PERSONAL_PRONOUNS or person_verb(w) or is_clinical_word(w)
                           or w.isdigit() for w in words)
        kind = next(k for k in sorted(KINDS, key=len, reverse=True) if value.endswith(k))
        named = value[:-len(kind)].split()
        if kind == "christian" and (
                not CHURCH_EXPECTED.search(text, max(0, match.start() - 12), match.start()) or
                MORE_OF_A_NAME.match(text, match.end())):
            return False  # "at southland christian", not "…through bethany christian services"
        if kind in ("prison", "training center") and not (
                " ".join(named) in gazetteers.places_lower() or all(not is_word(w)
                                                                    for w in named)):
            return False  # "walpole prison", "shelby training center", not "his first job
            # since prison" or "a job training center"
        if kind == "unit":
            # "cummins unit", not "the burn unit" or "step down unit"
            return bool(named) and all(not is_word(w) and not is_clinical_word(w)
                                       for w in named)
        of_a_town = OF_A_TOWN.match(text, match.end())
        if of_a_town and named and named[0] not in DETERMINERS and any(
                " ".join(of_a_town.group(1).split()[:count]) in gazetteers.places_lower()
                for count in (1, 2)):
            return True  # "first baptist of hendersonville": the church of that town
        ordinal = kind in DENOMINATIONS and bool(named) and named[0] in ORDINAL_CHURCH and \
            CHURCH_EXPECTED.search(text, max(0, match.start() - 12), match.start()) is not None
        # a name's words: not all plain, no verb or pronoun ("was raised baptist"), no
        # clinical word ("outpatient day program")
        plain = all(w in PLAIN_KIND_WORDS for w in named) and not ordinal
        return bool(named) and not plain and not any(
            w in DETERMINERS or w in PERSONAL_PRONOUNS or person_verb(w) or is_clinical_word(w)
            or (w.endswith(("ed", "ing")) and is_word(w)) for w in named)


# What is said of a college before its name: "her PhD at brown", "getting into rice", "her
# roommate hannah at drake", "she goes to Tufts"
ACADEMIC_CUE = re.compile(r"\b(?:phd|ph\.d|masters?|master's|degree|doctorate|dorms?|roommate|"
                          r"professor|class(?:es)?|semester|scholarship|appl(?:y|ying|ied)|"
                          r"accepted|admitted|admission|got|gets|getting|transferr?(?:ed|ing|s)?|"
                          r"major(?:ing)?|studies|studying|student|junior|senior|sophomore|"
                          r"freshman|graduated?|grad|college|university|campus|tuition|attends|"
                          r"attend|attending|goes|going|went|enrolled|waitlisted|deferred|rejected|"
                          r"adjunct|postdoc|researcher|teaches|plays|iep)\b", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?;]\s")
# A state university's campus by its town: "a freshman at uw eau claire", "SUNY New Paltz"
CAMPUS = re.compile(r"\b(?i:uw|uh|cu|ut|u[ \t]+of[ \t]+[a-z]+|suny|cuny|cal[ \t]+state|csu|uc|"
                    r"penn[ \t]+state)[ \t-]+(?P<town>[A-Za-z]+(?:[ \t][A-Za-z]+){0,2})")

# A university by its initials, which mostly end or begin in U: "Kyle Dunn, 19, WSU student",
# "a junior at UNM" (not "transferred to the ICU")
UNIVERSITY_INITIALS = re.compile(r"(?<![\w&'’-])(?P<id>[A-Z]{1,4}U|U[A-Z]{1,3})\b(?![-'’])")
STUDENT_WORDS = (r"(?:student|sophomore|freshman|junior|senior|grad|graduate|alum|alumna|"
                 r"alumnus|dropout|dorm|dorms|campus)\b")
STUDENT_AFTER = re.compile(r"[ \t]+" + STUDENT_WORDS)
AT_A_COLLEGE_BEFORE = re.compile(r"\b(?:at|from|attends?|attending|attended|to)\s+$")
# ... or, three letters or fewer, after "for", "at", "to" or "from", where no studying need be
# said: "moving to Flagstaff for NAU", "for UM" (not "ICU", a unit, nor "UA", a urine test)
SHORT_U_INITIALS = re.compile(r"[A-Z]{2}U|U[A-Z]{1,2}")
BEFORE_SHORT_U_INITIALS = re.compile(r"\b(?:for|at|to|from)\s+$")
NOT_A_UNIVERSITY = frozenset("CPU GPU EMU SKU IOU ECU PCU UA UDS UTI URI UC UE UK US USA UN UPS "
                             "UV UVA UVB UNOS UHC UPMC".split())
# "a student at the u of m": a state's university by its letter, dictated
UNIVERSITY_OF_LETTER = re.compile(r"\b(?:at|to|from|into|attends|attending)\s+(?:the\s+)?"
                                  r"(?P<id>[Uu]\s+of\s+[a-zA-Z]{1,2})\b(?!['’-])")
# ... dictated in lower case, where studying is said before or right after it: "she's at uaa
# studying nursing", "a junior at uwm"
LOWER_UNIVERSITY_INITIALS = re.compile(r"(?<![\w&'’-])(?P<id>[a-z]{1,3}u|u[a-z]{1,3})\b(?![-'’])")
STUDYING_AFTER = re.compile(r"[ \t]+(?:(?:studying|majoring|for[ \t]+(?:college|school|nursing|"
                            r"grad[ \t]+school)|on[ \t]+(?:a[ \t]+)?scholarship)\b|"
                            + STUDENT_WORDS + ")")


class CollegeRecognizer(Recognizer):
    """A college by the short name people say: one that is a word where what is said before
    it is about studying there ("a junior at brown", "got into Rice"), any other wherever it
    follows "at", "to" or "from" ("his daughter is at unc")."""

    label = Label.ORGANIZATION
    priority = 60

    @staticmethod
    @cache
    def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """The college after its preposition, one more listed after it, and one before the
        student it has ("a 19M Texas A&M student")."""
        names = alternation(gazetteers.colleges())
        return (re.compile(rf"(?i)\b(?:at|to|from|into|of|for|attends|attending|attended)\s+"
                           rf"(?P<id>{names})\b(?!['’-])"),
                re.compile(rf"(?i)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<id>{names})"
                           r"\b(?!['’-])"),
                re.compile(rf"(?<![\w&'’-])(?P<id>(?i:{names}))[ \t]+{STUDENT_WORDS}"))

    def find(self, text: str) -> Iterator[Span]:
        after_one, listed, before_student = self._patterns()
        for match in before_student.finditer(text):
            # ("a Brown student": the college's own capital; "a brown student" is not one)
            if match.group("id")[0].isupper():
                yield Span(*match.span("id"), self.label, self.name, self.priority)
        for match in after_one.finditer(text):
            before = text[max(0, match.start() - 50):match.start("id")]
            name = match.group("id").lower()
            # a name that is a word needs a word about studying before it ("at brown"); one
            # that is none does not ("his daughter is at unc")
            # (of several words, one no dictionary has makes the name: "at ole miss")
            plain = all(is_word(w) or is_clinical_word(w) for w in name.split())
            if plain and not ACADEMIC_CUE.search(SENTENCE_BREAK.split(before)[-1]):
                continue
            yield Span(*match.span("id"), self.label, self.name, self.priority)
            more = listed.match(text, match.end())
            while more is not None:  # "applying to Brown, Tufts and Rice"
                yield Span(*more.span("id"), self.label, self.name, self.priority)
                more = listed.match(text, more.end())
        for match in UNIVERSITY_INITIALS.finditer(text):
            if is_clinical_word(match.group("id")):
                continue  # "ICU", "PACU", "NICU": a unit of a hospital
            before = text[max(0, match.start() - 50):match.start()]
            short = SHORT_U_INITIALS.fullmatch(match.group("id")) is not None and \
                match.group("id") not in NOT_A_UNIVERSITY and \
                not text.startswith("/", match.end()) and \
                BEFORE_SHORT_U_INITIALS.search(before) is not None
            if short or STUDENT_AFTER.match(text, match.end()) or (
                    AT_A_COLLEGE_BEFORE.search(before) and
                    ACADEMIC_CUE.search(SENTENCE_BREAK.split(before)[-1])):
                yield Span(*match.span("id"), self.label, self.name, self.priority)
        for match in UNIVERSITY_OF_LETTER.finditer(text):
            yield Span(*match.span("id"), self.label, self.name, self.priority)
        for match in LOWER_UNIVERSITY_INITIALS.finditer(text):
            initials = match.group("id")
            if is_word(initials) or is_clinical_word(initials) or \
                    not AT_A_COLLEGE_BEFORE.search(text, max(0, match.start() - 12),
                                                   match.start()):
                continue
            before = text[max(0, match.start() - 50):match.start()]
            if STUDYING_AFTER.match(text, match.end()) or \
                    ACADEMIC_CUE.search(SENTENCE_BREAK.split(before)[-1]):
                yield Span(*match.span("id"), self.label, self.name, self.priority)
        for match in CAMPUS.finditer(text):
            before = text[max(0, match.start() - 50):match.start()]
            words = match.group("town").split()
            # ("Cameron, 20, UT Austin junior": the student word after the campus will do)
            student_after = any(re.fullmatch(STUDENT_WORDS, w.lower()) for w in words)
            if not (ACADEMIC_CUE.search(SENTENCE_BREAK.split(before)[-1]) or student_after):
                continue
            for count in range(len(words), 0, -1):
                if " ".join(words[:count]).lower() in gazetteers.places_lower():
                    end = match.start("town") + len(" ".join(words[:count]))
                    yield Span(match.start(), end, self.label, self.name, self.priority)
                    break
