"""Dates (every element but the year), ages over 89, and birth years that imply them."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import ClassVar

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import NUMBERED_THINGS, is_clinical_word
from sealnote.boundary.recognizers.base import Cue, Recognizer, alternation
from sealnote.boundary.recognizers.names import RELATIONS, TIME_LEADS
from sealnote.boundary.spans import Label

MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
MONTH = MONTH_WORD + r"\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)?"
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9


def _plausible(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = calendar.monthrange(year if year and year > 0 else 2000, month)[1]
    return 1 <= day <= last


ORDINAL_WORDS = (r"(?:(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|"
                 r"seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|"
                 r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPANISH_ONES = r"(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
# A year said aloud: "nineteen eighty eight", "nineteen oh five", "two thousand nine",
# "twenty fourteen"
SPOKEN_YEAR = (rf"(?:(?:nineteen|twenty)[\s-](?:oh[\s-]{ONES}|{TEENS}|{TENS}"
               rf"(?:[\s-]{ONES})?|hundred)|two\s+thousand(?:\s+(?:and\s+)?"
               rf"(?:{TEENS}|{TENS}(?:[\s-]{ONES})?|{ONES}))?)")
# Words that may follow a day of the month without making it something else ("on the ninth
# for fighting"; not "the ninth floor").
AFTER_DAY = (r"(?!\s+(?!(?:and|at|she|he|they|we|i|when|but|so|for|to|in|with|because|after|"
             r"before|or|then|until|while|was|is|his|her|their|our|my|period|comma|colon|"
             r"semicolon)\b)[a-z])")
# Holidays on a fixed day, or one that a year pins down: each gives away a month and day.
HOLIDAYS_ON_A_DAY = ("christmas", "xmas", "thanksgiving", "halloween", "new year's", "valentine's",
                     "easter", "independence day", "the fourth of july", "july fourth",
                     "memorial day", "labor day", "mother's day", "father's day", "hanukkah",
                     "passover", "ramadan", "eid", "diwali", "kwanzaa", "black friday",
                     "cyber monday", "good friday", "veterans day", "juneteenth", "mardi gras",
                     "all souls day", "all saints day", "day of the dead", "dia de los muertos",
                     "dia de muertos", "homecoming", "derby day")
HOLIDAY_NAMES = "|".join(name.replace("'s", "'?s") for name in HOLIDAYS_ON_A_DAY)
# What every holiday's name holds, its apostrophe aside: the cue of a pattern that needs one
HOLIDAY_WORDS = tuple(name.split("'")[0] for name in HOLIDAYS_ON_A_DAY)
PAST_EVENT = re.compile(r"\b(?:\w+ed|was|were|had|came|went|found|got|said|told|left|died|saw|"
                        r"took|fell|broke|drove|ran|met|began|hit|lost|gave|seen|drank|"
                        # ("beat her on christmas eve": pasts without "-ed")
                        r"beat|shot|stole|threw|bit|cut|hurt|caught|fought|brought|sold|quit|"
                        r"swore|woke|felt|kept|spent|slept)\b"
                        r"[^.;!?\n]*$",
                        re.IGNORECASE)
# Words right before a bare m/d that make it a date, or a machine setting or score.
DATE_CUE = re.compile(r"\b(?:admitted|discharged|seen|started|stopped|died|born|married|divorced|"
                      r"since|until|through|thru|on|dated|due|week\s+of|appt|appointment|"
                      r"scheduled|rescheduled|rtc|labs?|recheck|drawn|collected|f/u|"
                      r"follow[- ]?up|"
                      # "209A hearing 12/10 at": an event booked for the day (not "session 4/12",
                      # the fourth of twelve)
                      r"hearing|court|trial|arraignment|surgery|procedure|eval|evaluation|"
                      r"meeting|deadline|birthday|anniversary|"
                      # "husband Walt d. 8/9": a death
                      r"d(?=\.)|dod|effective|eff|expires?|expired|exp|"
                      r"approved\s+(?:to|thru|through|until)|valid\s+(?:to|thru|through|until)|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu|thurs?|"
                      r"fri|sat|sun)"
                      r"\.?,?\s+$", re.IGNORECASE)
# What is rated out of ten: "Pain 7/10 at 3 pm" is a score, "Dr. Petrov 12/10 9:00" a visit
RATED_BEFORE = re.compile(r"\b(?:pain|mood|anxiety|stress|cravings?|urges?|sleep|energy|suds|"
                          r"rated?|rating|scale|level|intensity|distress)\s*[:=]?\s*$",
                          re.IGNORECASE)
# A date listed before another: "missed 11/3 and 11/10" (not a score's "4/10 and 6/10")
DATE_LISTED_BEFORE = re.compile(r"\b\d{1,2}/(?!10\b)\d{1,2}\s*(?:,|and|or|&)\s*$")
# A time of day after m/d makes it an appointment's date: "9/4 2 pm", "10/3 at 14:30"
CLOCK_AFTER = re.compile(r"\s*(?:,\s*|at\s+|@\s*)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|"
                         r"(?:[01]?\d|2[0-3]):[0-5]\d\b)", re.IGNORECASE)
EVENT_CUE = re.compile(r"\b(?:admitted|discharged|born|died|married|divorced|since|until)\s+$",
                       re.IGNORECASE)
SETTING_BEFORE = re.compile(r"\b(?:c?pap|bipap|peep|ps|ipap|epap|bp|strength|motor|power|"
                            # "last dose 11/21" is when it was taken
                            r"ratio|(?<!last )(?<!next )(?<!first )(?<!final )(?:dose|dosing))"
                            r"\s*:?\s*$", re.IGNORECASE)


# Spanish and Portuguese: "el 5 de diciembre", "12 de março de 2024"
SPANISH_DATE = re.compile(
    r"\b(?:el\s+)?(?P<d8>[12]\d|3[01]|0?[1-9])\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|sept?iembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|"
    r"julho|setembro|outubro|novembro|dezembro)(?:\s+de\s+\d{4})?\b", re.IGNORECASE)
# 09/2024, 3/2025, 2023-08: a month with its year; "cath in 3/92", "mammogram 12/89", "Oct 92": with
# two digits too, when they cannot be a day (32 and over)
MONTH_YEAR = re.compile(r"(?<![\w/.-])(?P<mm>\d{1,2})/(?:(?:19|20)\d\d|[3-9]\d)(?![\w/%-]|\.\d)"
                        rf"|\b{MONTH}\s+'?[3-9]\d\b(?![\w/%-]|\.\d)"
                        # "fled in 2023-08": a month as ISO writes it
                        r"|(?<![\w/.-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\w/-]|\.\d)")
# Dictated: "january ninth", "the sixteenth of march", "saturday the sixteenth", "on the fifth"
SPOKEN_DATE = re.compile(
    rf"\b{MONTH}\s+(?:the\s+)?{ORDINAL_WORDS}(?:,?\s+{SPOKEN_YEAR})?\b"
    rf"|\bthe\s+{ORDINAL_WORDS}\s+of\s+{MONTH}(?:,?\s+{SPOKEN_YEAR})?\b"
    # (a weekday before it makes it a day, whatever follows: "called on friday the fourth
    # worried…", but not "the fourth grade")
    rf"|\b{WEEKDAY}\s+the\s+{ORDINAL_WORDS}\b(?!\s+(?:grade|graders?|floor|period|quarter|"
    rf"place|round|inning|street|avenue|time)\b)"
    rf"|\b(?:(?:on|by|until|till|since|before|after|from|to|"
    # "next session the fourteenth", "court is the ninth": when something is booked
    rf"(?:session|appointment|appt|court|hearing|due|scheduled|visit|visitation|meeting|"
    # "the visit with her mom is the twentieth"
    rf"surgery|trial|eval|evaluation|procedure)(?:\s+with\s+(?:her|his|their|the)\s+[a-z]+|"
    # "an appointment at bellevue the twenty third"
    rf"\s+(?:at|with)\s+[a-z]+)?"
    rf"(?:\s+(?:date\s+)?is)?)"
    rf"\s+(?P<id>the\s+{ORDINAL_WORDS}))\b{AFTER_DAY}", re.IGNORECASE)
# A number's word as speech to text writes it
NUMBER_WORD = rf"(?:oh|{ONES}|{TEENS}|{TENS}|hundred)"
# A date of birth said as numbers: "date of birth is four twelve nineteen ninety", "d o b oh
# four twelve ninety"
SPOKEN_BIRTH_DATE = re.compile(
    rf"\b(?:date\s+of\s+birth|dob|d\.?\s?o\.?\s?b\.?|birthday|born(?:\s+on)?)\s*(?:is\s+|:\s*)?"
    rf"(?P<id>{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD}){{2,6}})\b", re.IGNORECASE)
# "since march", "march of last year": a month in lower case where a time is expected
MONTH_AFTER_CUE = re.compile(
    rf"\b(?:{alternation(TIME_LEADS - {'of', 'this'})})"
    rf"\s+(?P<id>{MONTH}(?:\s+of\s+(?:last|this|next)\s+year)?)\b", re.IGNORECASE)
EVENTS_BEFORE_A_HOLIDAY = ("died", "passed", "relapsed", "overdosed", "moved", "left",
                           "arrested", "admitted", "discharged", "hospitalized")
HOLIDAY_DATE = re.compile(
    rf"\b(?:on|since|until|till|through|thru|before|after|over|by|during|last|this past|at|"
    # (or an event, the holiday right after it: "since wife Doris died Thanksgiving")
    rf"for|from|{'|'.join(EVENTS_BEFORE_A_HOLIDAY)})\s+"
    rf"(?P<id>(?:{HOLIDAY_NAMES})(?:\s+(?:day|eve|weekend|night|morning))?)\b", re.IGNORECASE)

# "will visit her parents over Christmas": a plan dated by the holiday
PLANNED_EVENT = re.compile(r"\b(?:will|going\s+to|plans?\s+to|planning\s+to)\b[^.;!?\n]*$",
                           re.IGNORECASE)
SINCE_EVENT = re.compile(r"\bsince\s+(?:the|her|his|their|my)\s+[a-z]+\s+$", re.IGNORECASE)
# "relapsed Thanksgiving weekend", "left Christmas Eve": one holiday's days, after an event
HOLIDAY_OCCASION = re.compile(rf"\b(?:{HOLIDAY_NAMES})\s+(?:weekend|eve|night|morning)\b",
                              re.IGNORECASE)


DAY_RANGE = re.compile(r"(?<![\w/.-])(?P<ra>\d{1,2})/(?P<rb>\d{1,2})(?:/(?:\d{4}|\d{2}))?[-–]"
                       r"(?:\d{1,2}/)?\d{1,2}(?:/(?:\d{4}|\d{2}))?(?![\w/-]|\.\d)")


# "last Tuesday", "next Thursday": one day, fixed by the note's date (a weekday alone is not);
# not "the last Sunday before Lent"
RELATIVE_WEEKDAY = re.compile(rf"(?<!\bthe\s)\b(?:last|next|this\s+past|this\s+coming)\s+"
                              rf"{WEEKDAY}\b(?!\s+(?:of|before|after|in)\b)", re.IGNORECASE)


BIRTH_LABEL_BEFORE = re.compile(r"\b(?i:dob|d\.o\.b\.|date of birth|born)[ \t]*:?[ \t]*$")


class DateRecognizer(Recognizer):
    label = Label.DATE
    priority = 75
    patterns = (
        # April 12, 2023 / Sept 10th 2023 / March 3rd / May 30th, 2022 / Oct 5-6, 2026
        re.compile(rf"\b{MONTH}\s+(?P<d1>{DAY})\b(?:[-–]{DAY}\b)?(?:,?\s*(?P<y1>{YEAR})\b)?",
                   re.IGNORECASE),
        # 12 April 2023 / the 3rd of March / 14-Mar-2025
        re.compile(rf"\b(?P<d2>{DAY})(?:\s+(?:of\s+)?|-(?=\w+-)){MONTH}(?:(?:,?\s*|-)"
                   rf"(?P<y2>{YEAR})\b)?",
                   re.IGNORECASE),
        # March 2023 / March of 2025 / in March (a month alone is a date element; "May" needs a
        # year)
        re.compile(rf"\b(?P<m3>{MONTH})(?:(?:,?\s+|\s+of\s+)(?P<y3>{YEAR}))?\b"),
        # 10/23/1951, 3/14/79, 08/22, 3-14-1979
        re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})(?:\2(?P<c>\d{4}|\d{2}))?"
                   r"(?![\w/-]|\.\d)"),
        # "3/14-3/21", "3/14-16": a range of days, each end a date
        DAY_RANGE,
        # "Mar-14", "Sept-9": a month and a day joined as a form's field writes them
        re.compile(rf"(?<![\w-]){MONTH_WORD}-{DAY}(?![\w-])",
                   re.IGNORECASE),
        # 2023-01-15, 1992-11-12 07:04:41, 2024/11/19
        re.compile(rf"(?<![\w/-])(?P<iy>\d{{4}})([-/])(?P<im>\d{{1,2}})\2(?P<id_>\d{{1,2}}){TIME}"
                   rf"(?![\w/-])"),
        # "Monday the 9th", "on the 23rd": a day of the month (not "the 5th session", nor a unit
        # named by its number: "the 1st Battalion")
        re.compile(r"\bthe (?P<d5>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+[A-Z][a-z])" +
                   AFTER_DAY +
                   r"|(?<=day )the (?P<d6>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"),
        SPANISH_DATE, MONTH_YEAR, SPOKEN_DATE, MONTH_AFTER_CUE, HOLIDAY_DATE, HOLIDAY_OCCASION,
        RELATIVE_WEEKDAY, SPOKEN_BIRTH_DATE,
    )

    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        SPOKEN_DATE: ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth", "eleventh", "twelfth", "teenth", "twentieth",
                      "thirtieth"),
        HOLIDAY_DATE: HOLIDAY_WORDS, HOLIDAY_OCCASION: HOLIDAY_WORDS,
        SPOKEN_BIRTH_DATE: ("birth", "dob", "d o b", "born"),
        RELATIVE_WEEKDAY: ("last ", "next ", "this past", "this coming"),
        DAY_RANGE: ("/",),
    }

    def validate(self, match: re.Match[str], text: str) -> bool:
        groups = match.groupdict()
        if match.re is self.patterns[2]:
            word = groups["m3"].rstrip(".")
            if word.lower() in ("may", "mar", "jan", "jun", "jul", "aug", "dec") and \
                    not groups["y3"]:
                return False  # "may", "Jan" (a name), "march" as a verb: need a year
            return word[0].isupper()
        if match.re is self.patterns[3]:
            first, second, year = int(groups["a"]), int(groups["b"]), groups["c"]
            if year is None:
                # m/d alone only with a slash, and not a rating or score such as 3/10 or 4/5,
                # nor a setting ("CPAP 10/5"); "admitted 3/2", "Saturday 3/9" are dates.
                before = text[max(0, match.start() - 12):match.start()]
                cued = bool(DATE_CUE.search(before) or DATE_LISTED_BEFORE.search(before))
                timed = bool(CLOCK_AFTER.match(text, match.end()))
                # With a dash ("married 6-14") only after an event: "on 3-5 L" is a range.
                if (match.group(2) != "/" and not EVENT_CUE.search(before)) or \
                        SETTING_BEFORE.search(before):
                    return False
                # ("f/u 12/10": more than ten is no score out of ten)
                return (cued or timed or len(groups["a"]) + len(groups["b"]) >= 3) and (
                    groups["b"] != "10" or cued or first > 10 or (
                        timed and not RATED_BEFORE.search(before))) and \
                    _plausible(None, first, second)
            full_year = int(year) if len(year) == 4 else 2000 + int(year)
            # (after "DOB", a date whatever its day: a record's mistyped "02/29/2006" still
            # says when someone was born)
            return _plausible(full_year, first, second) or _plausible(
                full_year, second, first) or BIRTH_LABEL_BEFORE.search(
                text, max(0, match.start() - 16), match.start()) is not None
        if match.re is DAY_RANGE:
            # "3/14-3/21"; not a score's range ("4/10-6/10") or a setting's
            before = text[max(0, match.start() - 12):match.start()]
            return match.group("rb") != "10" and not SETTING_BEFORE.search(before) and \
                _plausible(None, int(match.group("ra")), int(match.group("rb")))
        if match.re is self.patterns[4]:
            return _plausible(int(groups["iy"]), int(groups["im"]), int(groups["id_"]))
        if match.re is MONTH_YEAR:
            before = text[max(0, match.start() - 12):match.start()]
            return groups["mm"] is None or (1 <= int(groups["mm"]) <= 12 and not (
                len(match.group(0)) < 6 and SETTING_BEFORE.search(before)))
        if match.re is HOLIDAY_OCCASION:
            return bool(PAST_EVENT.search(text, max(0, match.start() - 40), match.start()))
        if match.re is HOLIDAY_DATE:
            # "found out on Thanksgiving" dates an event; "grief is worse on New Year's Day"
            # names a time of year, which identifies nobody.
            before = text[max(0, match.start() - 80):match.start()]
            # "since the fight at thanksgiving": an event dated by the holiday
            if match.group(0).lower().startswith("at"):
                return bool(SINCE_EVENT.search(before))  # not "we met at Easter in Lowell"
            return bool(PAST_EVENT.search(before) or PLANNED_EVENT.search(before)) or \
                match.group(0).lower().startswith(
                ("since", "last", "this past", "until", "till", "through", "thru", "for",
                 "from", *EVENTS_BEFORE_A_HOLIDAY))  # "the call from christmas eve…"
        if match.re in (SPANISH_DATE, SPOKEN_DATE, MONTH_AFTER_CUE, RELATIVE_WEEKDAY,
                        SPOKEN_BIRTH_DATE):
            return True
        day = groups.get("d1") or groups.get("d2")
        return day is None or _plausible(None, 1, int(re.sub(r"\D", "", day)))


AGE = re.compile(
    r"\b(?P<age>\d{2,3})(?:\s*|-)(?:years?|yrs?|y/?o|y\.o\.)(?:[\s-]*old)?(?:\b|(?<=\.))"
    r"|\b(?:age[ds]?|aged)\s*:?\s*(?P<age2>\d{2,3})\b"
    r"|\bin\s+(?:his|her|their)\s+(?P<decade>9\d|1[01]\d)s\b"
    r"|\b(?P<age3>\d{2,3})(?:M|F)\b"
    # "Mother died at 94", "at the age of 91"
    r"|\b(?:died|passed(?:\s+away)?|deceased)\s+at\s+(?:age\s+)?(?P<age5>9\d|1[01]\d)\b"
    r"|\bat\s+the\s+age\s+of\s+(?P<age6>9\d|1[01]\d)\b"
    # an age said, then put right: "Ms. Tran, 82... no, 92", "Agnes, 93, no wait, 94"
    r"|\b\d{2,3}(?:\.{2,3}|…|,)?\s+(?:no|sorry|I\s+mean|actually|correction)(?:,?\s+wait)?"
    r"[,.:…]*\s+(?P<age7>9\d|1[01]\d)\b(?!\s*(?:%|/|bpm|mg|kg|lbs?|pounds|minutes|percent))"
    # "she is 94", "Grandma is 91 and…": a person's age said plainly
    # ("I am 91 you know!": one's own age)
    r"|\b(?:(?:she|he|they|who|client|patient|pt|grand(?:mother|father|ma|pa)|mother|father|mom|"
    r"dad|wife|husband)\s+(?:is|was|turned|turns)|i\s+am|i['’]m)\s+(?P<age4>9\d|1[01]\d)\b"
    r"(?!\s*(?:%|/|bpm|mg|"
    r"kg|lbs?|pounds|minutes|percent))"
    # "(my dad, Joe Luna) turned 92 yesterday": whoever it is, one turns an age, not a number
    r"|\b(?:turned|turns|turning)\s+(?P<age8>9\d|1[01]\d)\b(?![.,]?\d|\s*(?:%|°|/|degrees|"
    r"percent|mph|miles|dollars|bucks|cents|points|times|minutes|pages|feet|yards))",
    re.IGNORECASE)
# "ninety-one", "a hundred and two": an age said in words, as people dictate it
# (and in Spanish, as families say it: "noventa y dos")
AGE_IN_WORDS = (rf"(?:ninety(?:[\s-]{ONES})?|(?:a|one)\s+hundred(?:\s+and)?(?:[\s-](?:{ONES}|ten|"
                rf"eleven|twelve))?|noventa(?:\s+y\s+{SPANISH_ONES})?)")
SPELLED_AGE = re.compile(
    # a filler or a correction may come between: "is, um, ninety-one, sorry, ninety-two"
    # ("my mom's ninety-one": a relative is an age)
    rf"\b(?:(?:is|was|turned|turns|turning|aged?|at|(?:he|she|who)['’]?s|tiene|cumplió|cumple|"
    rf"(?:mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather|nana|gram|"
    rf"aunt|uncle|husband|wife)['’]s)"
    rf"(?:[\s,]+(?:um|uh|er|like))?[\s,]+|"
    rf"(?:sorry|I\s+mean|rather),?\s+)(?P<age>{AGE_IN_WORDS})\b"
    rf"(?!\s*(?:%|percent|minutes|dollars|pounds|days|times|of\b|mg|miles))"
    rf"|\b(?P<age2>{AGE_IN_WORDS})[\s-]+(?:years?|años)\b", re.IGNORECASE)
# "her mother's 100th birthday"
AGE_BIRTHDAY = re.compile(r"\b(?P<age>9\d|1[01]\d)(?:st|nd|rd|th)\s+birthday\b", re.IGNORECASE)
# "Carmen (97) died", "Mr. Cyril Ashworth, 101, pronounced", "his grandfather (92)", "(Violet
# Hensley, 93)": an age set beside a name or a relative
AGE_BESIDE_NAME = re.compile(r"\b(?P<word>[A-Z][a-z]+|(?:great-)?(?:"
                             + "|".join(sorted(RELATIONS, key=len, reverse=True))
                             # "(client is a retired physician, 90)": a person by what they are
                             + r")|widow(?:er)?|man|woman|gentleman|lady|veteran|physician|doctor|"
                             r"teacher|nurse|farmer|client|patient|resident)"
                             rf"(?:\s*\((?P<age>9\d|1[01]\d|(?i:{AGE_IN_WORDS}))\)"
                             rf"|,\s+(?P<age2>9\d|1[01]\d|(?i:{AGE_IN_WORDS}))(?:[,);]|\.(?!\d)))")
AGE_UNIT = re.compile(r"(?:\s*|-)(?:years?|yrs?|y/?o|y\.o\.|años)(?:[\s-]*old)?(?:\b|(?<=\.))",
                      re.IGNORECASE)
# "Bea is 94 and…": a capitalised first name as the subject
NAMED_AGE = re.compile(r"\b(?P<title>(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+)\s+"
                       r"(?:is|was|turned|turns)\s+(?P<age>9\d|1[01]\d)\b"
                       r"(?=\s*(?:,|\.|;|and\b|years|yo\b|today|now\b|this|next|last|on\b))")


OLD_AGE_NUMBER = re.compile(r"(?<!\d)(?:9\d|1[0-2]\d|130)(?!\d)|ninety|hundred|noventa",
                            re.IGNORECASE)


class AgeOver89Recognizer(Recognizer):
    """Ages of 90 and over; younger ages are not identifiers under Safe Harbor."""

    label = Label.AGE_OVER_89
    priority = 80
    patterns = (AGE, NAMED_AGE, SPELLED_AGE, AGE_BESIDE_NAME, AGE_BIRTHDAY)
    # Every pattern needs a number from 90 to 130 or one said in words.
    cues: ClassVar[dict[re.Pattern[str], Cue]] = dict.fromkeys(patterns, OLD_AGE_NUMBER)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re in (SPELLED_AGE, AGE_BIRTHDAY):
            return True
        if match.re is AGE_BESIDE_NAME:
            word = match.group("word")
            # "Dad" is a clinical word too (not an identifier), but his age beside him is one
            return word.lower() not in NUMBERED_THINGS and word.lower() not in MONTHS and (
                word.lower() in RELATIONS or not is_clinical_word(word))
        if match.re is NAMED_AGE:
            # "Bea is 94", "Ms. Villanueva-Park is 91": a first name, or a surname after a title
            name = match.group("title").split()
            return (len(name) > 1 or name[0].lower() in gazetteers.first_names()) and \
                90 <= int(match.group("age")) <= 130
        value = match.group("age") or match.group("age2") or match.group("decade") or \
            match.group("age3") or match.group("age4") or match.group("age5") or \
            match.group("age6") or match.group("age7") or match.group("age8")
        return value is not None and 90 <= int(value) <= 130

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re in (SPELLED_AGE, AGE_BESIDE_NAME):
            start, end = match.span("age") if match.group("age") else match.span("age2")
            unit = AGE_UNIT.match(match.string, end)
            return start, unit.end() if unit else end
        if match.re is AGE_BIRTHDAY:
            return match.start("age"), match.end("age") + 2
        group = "age" if match.re is NAMED_AGE else next(
            (g for g in ("age4", "age5", "age6", "age7", "age8") if match.group(g)), None)
        if group is None:
            return match.span()
        unit = AGE_UNIT.match(match.string, match.end(group))
        return match.start(group), unit.end() if unit else match.end(group)


class BirthYearRecognizer(Recognizer):
    """A year of birth that puts someone at 90 or older goes too (164.514(b)(2)(i)(C))."""

    label = Label.DATE
    priority = 80
    patterns = (re.compile(r"\b(?:born|b\.|dob|date of birth|birth year)\s*(?:in|:)?\s*"
                           r"(?P<id>1[89]\d\d)\b", re.IGNORECASE),)

    def validate(self, match: re.Match[str], text: str) -> bool:
        return date.today().year - int(match.group("id")) >= 90
