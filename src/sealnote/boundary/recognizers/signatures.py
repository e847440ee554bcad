"""Names in forms, signatures and initials: "Patient: KOWALSKI, THEODORE J", "Read by: Gregory
Tan, MD", "ME/rk", "J.M. and K.T. attended group"; and the client a dictation opens with: "note
for sunny okafor"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import is_clinical_word
from sealnote.boundary.recognizers.base import Cue, Recognizer
from sealnote.boundary.recognizers.dates import NUMBER_WORD
from sealnote.boundary.recognizers.names import (
    AGE_RIGHT_AFTER,
    DETERMINERS,
    INITIALS_AS_NAMES,
    MODALS,
    MONTH_NAMES,
    NUMBERS,
    OWNERS,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    RANKS,
    RELATIONS,
    ROLE_ACRONYMS,
    ROLES,
    TITLES,
    in_list,
    is_word,
    person_verb,
)
from sealnote.boundary.recognizers.places import STATES
from sealnote.boundary.spans import Label, Span

FIELDS = (
    "patient", "patient name", "pt", "name", "client", "client name", "member", "member name",
    "subscriber", "insured", "guarantor", "attending", "attending physician", "surgeon",
    "assistant", "anesthesiologist", "referring physician", "referring provider",
    "referred by", "provider", "pcp", "primary care physician", "prescriber", "physician",
    "clinician", "therapist", "read by", "dictated by", "signed by", "electronically signed by",
    "cosigned by", "reviewed by", "author", "from", "to", "cc", "emergency contact",
    "next of kin", "parent", "guardian", "mother", "father", "spouse", "re", "primary care",
    "nurse practitioner", "social worker", "case manager", "interpreter", "witness",
)
NAME_WORD = r"[A-Z][A-Za-z'’-]+"
FIELD_VALUE = re.compile(
    r"(?im)^[ \t]*(?:" + "|".join(re.escape(f) for f in sorted(FIELDS, key=len, reverse=True))
    # Two spaces or more separate the columns of a header, so a name's parts are one apart.
    + r")[ \t]*[:#][ \t]*(?-i:(?P<id>" + NAME_WORD + r", ?" + NAME_WORD + r"(?: " + NAME_WORD
    + r")?(?: [A-Z]\b\.?)?"  # "KOWALSKI, THEODORE J"
    + r"|(?:(?:Dr|Mr|Mrs|Ms|Mx)\.? )?(?:[A-Z]\. ?)?" + NAME_WORD
    + r"(?: [A-Z]\b\.?)?(?: " + NAME_WORD + r"){0,2}))")


CREDENTIALS = (r"(?:M\.D\.|MD|D\.O\.|DO|N\.P\.|NP|P\.A\.(?:-C)?|PA-C|R\.N\.|RN|Ph\.D\.|PhD|"
               r"PsyD|LICSW|LCSW|LMHC|LMFT|LPC|APRN|CNM|PharmD|DDS|Esq\.?)")
# "MARCUS T. ELLINGTON, M.D.", "Lena Hoff, LICSW": a name signed with its credential
# ("K. Marsh, RN": a first name's initial before the surname)
SIGNED_NAME = re.compile(r"(?P<id>(?<![\w.])(?:" + NAME_WORD + r"(?: [A-Z]\.?)?(?: " + NAME_WORD
                         + r"){1,2}|[A-Z]\. ?" + NAME_WORD + r")),? " + CREDENTIALS + r"(?![\w])")
# "PORTER, HARLAN" in a record's header or a list, without a field's label: a surname and a
# first name from the Census and SSA lists, both in capitals
SURNAME_FIRST = re.compile(r"(?<![\w'’-])(?P<id>[A-Z][A-Z'’-]+, [A-Z][A-Z'’-]+(?: [A-Z]\b\.?)?)"
                           r"(?![\w'’-])")
# A system's user name in a signature line: "Electronically signed by ddwyer", "entered by: jsmith2"
USER_NAME = re.compile(r"\b(?i:signed\s+by|entered\s+by|user(?:name)?|login)[ \t]*:?[ \t]*"
                       r"(?P<id>[a-z][a-z0-9._]{3,15})\b(?![@'’-])")
# A message signed after its last sentence: "…parking at the Shaw's. -Summer", "Thanks! ~ Bo Li"
# "…check level 4/18. - MTF": a clinician's initials signed
SIGN_OFF = re.compile(r"(?m)(?<=[.!?)\"”])[ \t]*[-–—~][ \t]?"
                      r"(?P<id>[A-Z](?:[a-z'’-]+|[A-Z]{1,3})?(?: [A-Z][a-z'’-]+)?)[ \t]*$")
# A text signed in lower case: "…towed from the lot ugh - tiff"
LOWER_SIGN_OFF = re.compile(r"(?m)(?<=[a-z.!?)])[ \t]+[-–—~][ \t]?(?P<id>[a-z]{2,12})"
                            r"[ \t]*$")
# Whom a message is from, in a note's copy of it: "text from jj: sorry i missed it", "txt from
# jr: im at the waffle house"
# ("from sully: cant make it": a message's header, at its start)
MESSAGE_FROM = re.compile(r"(?:\b(?i:te?xt|msg|message|vm|voicemail|e-?mail)[ \t]+|^)"
                          r"(?i:from)[ \t]+"
                          # ("text from bishop hales:": a title, then whom)
                          r"(?P<id>(?:(?:pastor|bishop|coach|father|officer|deacon|elder|mr|"
                          r"mrs|ms|miss|dr)[ \t]+)?(?P<who>[a-z]{2,12}))(?=[ \t]*:)")
# What a text ends with that no one is called
TEXTING = frozenset("thx ty tyvm pls plz ttyl brb omg idk np kk ok lol lmk tmrw xo xoxo sry"
                    .split())
# Transcription codes at the foot of a dictation: "ME/rk", "PO:lt"
TRANSCRIPTION_CODE = re.compile(r"(?m)^[ \t]*(?P<id>[A-Z]{2,3}[/:][a-z]{2,3})[ \t]*$")
# The same in lower case, the dictator's initials too: "utn/ggh" (not "yes/no")
LOWER_TRANSCRIPTION_CODE = re.compile(r"(?m)^[ \t]*(?P<id>(?P<dictator>[a-z]{2,3})/"
                                      r"(?P<typist>[a-z]{2,3}))[ \t]*$")
# The typist's initials after the signature's credential: "P. Oyelaran, M.D. / jt"
TYPIST_AFTER_SIGNATURE = re.compile(r"(?m)" + CREDENTIALS + r"[ \t]*/[ \t]*(?P<id>[a-z]{2,3})"
                                    r"[ \t]*$")


# Who speaks, at the head of a line of a transcript, before the words in quotes: 'Heather:"I'm
# Daniel's daughter"'
SPEAKER = re.compile(r"(?m)^[ \t]*(?P<id>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?):[ \t]*[\"“]")


class FieldNameRecognizer(Recognizer):
    """The value of a form's name field ("Patient: KOWALSKI, THEODORE J", "Read by: Gregory
    Tan, MD"), a name signed with a credential, a transcriptionist's initials, a system's user
    name and a transcript's speaker: headers and signatures name people this way, often in
    capitals."""

    label = Label.NAME
    priority = 75
    patterns = (FIELD_VALUE, SIGNED_NAME, TRANSCRIPTION_CODE, SURNAME_FIRST, USER_NAME, SIGN_OFF,
                LOWER_SIGN_OFF, TYPIST_AFTER_SIGNATURE, LOWER_TRANSCRIPTION_CODE, MESSAGE_FROM,
                SPEAKER)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is SPEAKER:
            # a person's first name, whatever else the word means ("Heather", "Summer"); not
            # "Mom:", "Therapist:" or "Note:"
            first = match.group("id").split()[0].lower()
            return in_list(gazetteers.first_names(), first) and not (
                first in TITLES or first in RELATIONS or first in ROLES or
                is_clinical_word(first))
        if match.re in (TRANSCRIPTION_CODE, TYPIST_AFTER_SIGNATURE):
            return True
        if match.re is LOWER_TRANSCRIPTION_CODE:
            return not any(is_word(part) or is_clinical_word(part)
                           for part in match.group("dictator", "typist"))
        if match.re in (LOWER_SIGN_OFF, MESSAGE_FROM):
            word = match.group("who") if match.re is MESSAGE_FROM else match.group("id")
            return not (word in RELATIONS or word in ROLES or word in TEXTING or
                        is_clinical_word(word)) and (
                in_list(gazetteers.first_names(), word) or word in INITIALS_AS_NAMES or
                gazetteers.word_frequency(word) < 3.2)
        if match.re is SIGN_OFF:
            # Whoever signs is a person, whatever else the word means ("Summer", "Grace"); a
            # role, a clinical word or plain words are not ("-Mom", "- Front Desk").
            words = match.group("id").split()
            if words[0].isupper() and len(words) == 1:
                return not is_clinical_word(words[0]) and \
                    words[0] not in NOT_SIGNED_INITIALS  # "-D", "- MTF": initials, signed
            return not any(w.lower() in TITLES or w.lower() in RELATIONS or w.lower() in ROLES
                           or is_clinical_word(w) for w in words) and any(
                in_list(gazetteers.first_names(), w.lower()) or not is_word(w.lower())
                for w in words)
        if match.re is USER_NAME:
            # "signed by ddwyer", not "signed by mistake" or "entered by hand"
            return match.group("id") not in gazetteers.common_words()
        if match.re is SURNAME_FIRST:
            surname, first = (w.lower() for w in match.group("id").split(", ")[:2])
            first = first.split()[0]
            return in_list(gazetteers.surnames(), surname) and \
                in_list(gazetteers.first_names(), first) and not is_clinical_word(first)
        words = [w.rstrip(".") for w in re.findall(r"[A-Za-z][\w'’-]*\.?", match.group("id"))]
        words = [w for w in words if w.lower() not in TITLES]
        if not words or any(is_clinical_word(w) for w in words if len(w) > 1):
            return False
        if len(words) == 1 and words[0].isupper():
            # One word in capitals ("GETA") is as likely an abbreviation as a surname.
            return in_list(gazetteers.surnames(), words[0].lower())
        return any(len(w) > 1 and (not is_word(w.lower()) or (
            (in_list(gazetteers.first_names(), w.lower())
             or in_list(gazetteers.surnames(), w.lower()))
            and gazetteers.word_frequency(w.lower()) < 4.5)) for w in words)

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = super().bounds(match)
        role, _, rest = match.group(0).partition(" ")
        if match.re is SIGNED_NAME and rest and role.lower() in ROLES:
            start += len(role) + 1  # "Facilitator J. Moreno, LCSW": the role is no part of it
        return start, end


# Capitals that end a sentence's aside, not a signature: "- PRN", "- OK"
NOT_SIGNED_INITIALS = frozenset("OK NA TBD ASAP FYI PRN STAT AMA DNR".split())
# Abbreviations written like initials: places, degrees, times, roles, Latin.
NOT_INITIALS = frozenset("""
U.S. U.K. U.N. D.C. L.A. N.Y. A.M. P.M. B.A. M.A. B.S. M.S. M.D. D.O. R.N. N.P. P.A. J.D.
E.R. I.D. O.T. P.T. T.V. P.O. A.A. N.A. E.G. I.E. O.K. B.C. A.D. S.I. H.I. D.A. P.S. V.A.
C.O. G.P. M.P. P.E. R.V. S.A. U.S.A. B.S.N. M.S.W. L.C.S.W. L.M.H.C. P.H.D. E.M.T. C.N.A.
""".split())


class InitialsRecognizer(Recognizer):
    """A person named by initials ("J.M. and K.T. both attended group"), as group notes do."""

    label = Label.NAME
    priority = 66
    patterns = (re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}[A-Z]\.(?![\w.]|\s?[A-Z]\.)"),)

    def validate(self, match: re.Match[str], text: str) -> bool:
        return match.group(0).replace(" ", "").upper() not in NOT_INITIALS


# A first name and a surname in capitals: "prescription for DAVID TREVINO is ready"
SHOUTED_FULL_NAME = re.compile(r"(?<![\w.'’-])(?P<first>[A-Z]{2,})[ \t]+(?:[A-Z]\.?[ \t]+)?"
                               r"(?P<last>[A-Z]{2,}(?:[-'’][A-Z]{2,})?)(?![\w'’-]|\.\w)")
# What comes before a name in capitals whose words are words too ("for JOHN SMITH")
BEFORE_A_SHOUTED_NAME = re.compile(r"(?:\b(?i:for|to|of|from|re|pt|patient|name|client|dear|"
                                   r"mr|mrs|ms|dr)\.?|:)[ \t]*$")


class ShoutedNameRecognizer(Recognizer):
    """A first name in capitals with a surname's initial, as pharmacies' and portals' messages
    write it ("Your Rx for DANIEL R is ready"), or with the whole surname ("DAVID TREVINO");
    not capitals that are words ("PLAN B", "GRACE PERIOD")."""

    label = Label.NAME
    priority = 66
    patterns = (re.compile(r"(?<![\w.'’-])(?P<first>[A-Z]{3,})[ \t][A-Z]\.?(?![\w'’-]|\.\w)"),
                SHOUTED_FULL_NAME)

    def validate(self, match: re.Match[str], text: str) -> bool:
        first = match.group("first").lower()
        if match.re is SHOUTED_FULL_NAME:
            last = match.group("last").lower()
            if not (first in gazetteers.first_names() and last in gazetteers.surnames()) or \
                    is_clinical_word(first) or is_clinical_word(last) or \
                    last.upper() in STATES or last in ROLE_ACRONYMS:
                return False
            # both words are words ("MARK YOUNG", "JOHN SMITH"): a name only where one is named
            return not (first in gazetteers.common_words() and
                        last in gazetteers.common_words()) or \
                BEFORE_A_SHOUTED_NAME.search(text, max(0, match.start() - 12),
                                             match.start()) is not None
        return first in gazetteers.first_names() and first not in gazetteers.common_words() \
            and not is_clinical_word(first)


# A name spelled out letter by letter, as a scribe writes it: "that's K-A-Y-L-A"
SPELLED_OUT = re.compile(r"(?<![\w-])(?:[A-Z]-){2,}[A-Z](?![\w-])")
# Spelled labels and diagnoses, which name no one: "M-R-N", "D-O-B", "P-T-S-D"
SPELLED_LABELS = frozenset("mrn dob ssn id icd usa".split())


class SpelledNameRecognizer(Recognizer):
    """A name spelled out letter by letter, not a spelled label or abbreviation."""

    label = Label.NAME
    priority = 66
    patterns = (SPELLED_OUT,)

    def validate(self, match: re.Match[str], text: str) -> bool:
        word = match.group(0).replace("-", "").lower()
        return word not in SPELLED_LABELS and not is_clinical_word(word) and (
            in_list(gazetteers.first_names(), word) or in_list(gazetteers.surnames(), word)
            or not is_word(word))


# A sentence's start, with what speech to text keeps before it ("okay", "um", "so", "next")
SAID_FIRST = r"(?im)(?:^|[.!?]\s+)(?:(?:okay|ok|um+|uh+|so|alright|all right|and|next)[ ,]+)*"
# Who a dictation is about, said first: "note for sunny okafor", "okay dictating for bao tran",
# "progress note, Rocky Baca", "new client ezekiel bowman date of birth…"
DICTATION_OPENER = re.compile(
    SAID_FIRST +
    r"(?:this is (?:a |the |my )?)?(?:(?:(?:progress|session|intake|therapy|group|family|"
    r"couples|individual|follow[- ]up|telehealth|case|counselor|counseling|crisis|school|"
    r"nursing|psych) )?(?:note|dictation)s?(?: (?:for|on|re|"
    r"regarding|about))?|dictating (?:for|on|about)|(?:new|next) (?:client|patient)|"
    r"this is for|session with)[ ,:]+"
    r"(?P<id>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3})")
# "follow up tony eighteen at montwood": whom a follow-up is with, when an age comes next (not
# "follow up in two weeks", "follow up with PCP")
FOLLOW_UP_OPENER = re.compile(
    SAID_FIRST + r"follow[- ]up(?: with)?[ ,:]+(?P<id>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)?)"
    r"(?=,?" + AGE_RIGHT_AFTER.pattern + ")")
# "okay sokha fifty one cambodian": whom a dictation turns to, said with an age and nothing more
# (a word no dictionary has: not "okay great thirty")
OKAY_AGED = re.compile(r"(?im)(?:^|[.!?]\s+)(?:okay|ok|alright|all right)[ ,]+"
                       r"(?P<id>[a-z][a-z'’-]{2,})(?=,?" + AGE_RIGHT_AFTER.pattern + ")")
# "this is maria elena's note", "this is jolenes dictation": the client, owning the note
OWNED_NOTE = re.compile(r"(?i)\bthis is (?P<id>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)?)(?:['’]?s) "
                        r"(?:progress |session |intake )?(?:note|dictation|session)\b")
# Who a dictation turns to, said before what they are or where they are from: "okay this is
# autumn she's a ski instructor", "okay next sue ellen from ishpeming says…"
PRESENTED_PERSON = re.compile(
    r"(?im)(?:^|[.!?]\s+)(?:(?:okay|ok|um+|uh+|so|alright|all right|and)[ ,]+)*"
    r"(?:this is|next(?: up)?(?: is)?|up next is)[ ,]+"
    r"(?P<id>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2})"
    r"(?=[ ,]+(?:he['’]s|she['’]s|they['’]re|he is|she is|they are|from|says|said|who)\b)")
# Modal verbs that are also names, which a person's "he's" or "from" after them makes a name
MODAL_NAMES = frozenset({"will", "may"})
NOT_A_NAME = DETERMINERS | PRONOUNS | PERSONAL_PRONOUNS | MONTH_NAMES | RELATIONS | ROLES | \
    frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
    tonight this morning afternoon evening session client patient pt ct new intake week""".split())
SPOKEN_NUMBER = re.compile(NUMBER_WORD, re.IGNORECASE)


def _first_name_word(word: str) -> bool:
    """A word that can open a person's name here: a first name, a name that is a word ("sunny",
    "river"), or a word no dictionary has; not a time, a pronoun, a number or a role."""
    return word not in NOT_A_NAME and word not in TITLES and word not in MODALS and not \
        SPOKEN_NUMBER.fullmatch(word) and not is_clinical_word(word) and (
            in_list(gazetteers.first_names(), word) or word in gazetteers.word_names()
            or (not is_word(word) and gazetteers.word_frequency(word) < 3.5))


def _surname_word(word: str) -> bool:
    """A word that goes on a name already begun: a surname that is not a common word or a verb
    ("bowman", "bell"), or a word no dictionary has ("okafor")."""
    if word in NOT_A_NAME or SPOKEN_NUMBER.fullmatch(word) or word in NUMBERS or \
            is_clinical_word(word) or person_verb(word) or word in MODALS:
        return False
    if not is_word(word):
        return gazetteers.word_frequency(word) < 3.5 or in_list(gazetteers.surnames(), word) or \
            in_list(gazetteers.first_names(), word)
    return (in_list(gazetteers.surnames(), word) or in_list(gazetteers.first_names(), word)) \
        and gazetteers.word_frequency(word) < 4.7


def _aged(text: str, end: int) -> bool:
    """An age is said right after `end`: "… fifty five" (not a count: "forty minutes")."""
    return AGE_RIGHT_AFTER.match(text.lower(), end) is not None


class DictatedSubjectRecognizer(Recognizer):
    """The person a dictation is about, named as it opens ("note for sunny okafor", "this is
    maria elena's note"), in whatever case and whatever the words also mean."""

    label = Label.NAME
    priority = 72
    patterns = (DICTATION_OPENER, OWNED_NOTE, PRESENTED_PERSON, FOLLOW_UP_OPENER, OKAY_AGED)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        DICTATION_OPENER: ("note", "dictat", "client", "patient", "this is for", "session with"),
        OWNED_NOTE: ("this is",), PRESENTED_PERSON: ("this is", "next"),
        FOLLOW_UP_OPENER: ("follow",), OKAY_AGED: ("ok", "alright", "all right")}

    def find_with(self, text: str, patterns: Iterable[re.Pattern[str]]) -> Iterator[Span]:
        for pattern in patterns:
            for match in pattern.finditer(text):
                start = match.start("id")
                words = match.group("id").split(" ")
                if pattern is OWNED_NOTE:
                    words[-1] = re.sub(r"['’]?s$", "", words[-1]) if len(words[-1]) > 3 \
                        else words[-1]
                lowered = [w.lower() for w in words]
                taken = 0
                # ("session with chief daniels": a rank said as a title)
                if (lowered[0] in TITLES or lowered[0] in RANKS) and len(words) > 1 and (
                        _first_name_word(lowered[1]) or _surname_word(lowered[1])):
                    taken = 2  # "note for mr jankowski"
                elif _first_name_word(lowered[0].removesuffix("'s").removesuffix("’s")) or (
                        pattern is PRESENTED_PERSON and lowered[0] in MODAL_NAMES):
                    taken = 1
                elif (pattern is not OKAY_AGED or not is_word(lowered[0])) and \
                        _aged(text, start + len(words[0])) and lowered[0] not in NOT_A_NAME and \
                        lowered[0] not in TITLES and (
                            # ("note for will forty four": after "for", no verb)
                            lowered[0] not in MODALS or lowered[0] in MODAL_NAMES) and \
                        not SPOKEN_NUMBER.fullmatch(lowered[0]) and \
                        not is_clinical_word(lowered[0]):
                    taken = 1  # "note for hawk fifty five lives in his van": whom the note is
                    # about, given an age, whatever else the word means
                while 0 < taken < len(words) and taken < 3 and _surname_word(lowered[taken]):
                    taken += 1
                if pattern is OWNED_NOTE and taken < len(words):
                    continue  # every word before "note" is the name, or none is
                if taken:
                    end = start + len(" ".join(words[:taken]))
                    yield Span(start, end, self.label, self.name, self.priority)


# Where faith is spoken of, a title before a name is a religious one: "Brother Anselm, a monk",
# "sister wells from the relief society"
FAITH_NEARBY = re.compile(r"(?i)\b(?:monk|abbey|monastery|friary|convent|nun|priest|parish|"
                          r"church|shrine|chaplain|spiritual|relief society|ward|bishop|"
                          r"ministry|congregation|mission|missionary|order of|religious|baptist|"
                          r"methodist|"
                          r"pentecostal|lutheran|presbyterian|episcopal|catholic|mormon|"
                          r"latter-day|lds|tabernacle|chapel|pastor|rev|reverend|fellowship|"
                          r"deacon|motherhouse|sisters of|vows)\b")
# Dictated in lower case: "sister wells from the relief society brought emma", "her pastor
# brother dunn", "father tom he's the priest" (not "her sister wells", a relative)
RELIGIOUS_TITLES = ("brother", "sister", "elder", "friar", "father")
SPOKEN_RELIGIOUS_TITLE = re.compile(rf"(?<![\w'’])(?P<id>(?:{'|'.join(RELIGIOUS_TITLES)})[ \t]+"
                                    r"(?P<name>[a-z][a-z'’-]{2,}))\b(?!['’-])")


class ReligiousTitleRecognizer(Recognizer):
    """A person named by a religious title and a surname in lower case, where faith is spoken
    of ("sister wells from the relief society"); a relative's word after "her" or "my" is not
    a title."""

    label = Label.NAME
    priority = 60
    patterns = (SPOKEN_RELIGIOUS_TITLE,)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {SPOKEN_RELIGIOUS_TITLE: RELIGIOUS_TITLES}

    def validate(self, match: re.Match[str], text: str) -> bool:
        before = text[max(0, match.start() - 8):match.start()].split()
        name = match.group("name")
        # (a nun or a brother goes by a first name: "sister mary agnes")
        named = in_list(gazetteers.surnames(), name) or in_list(gazetteers.first_names(), name)
        return not (before and before[-1].lower() in OWNERS) and named and not (
                name in NOT_A_NAME or is_clinical_word(name) or person_verb(name)) and \
            FAITH_NEARBY.search(text, max(0, match.start() - 80), match.end() + 80) is not None
