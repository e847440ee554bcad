"""Write a held-out corpus of names in every form the issue lists, written before it was first
measured.

    benchmarks/data/names_in_every_form.jsonl   therapy notes whose names come as nicknames,
                                                possessives, initials, hyphenated and
                                                multi-part names, words used as names, in
                                                lower-case dictation, with ages and birth
                                                years that give away a great age

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

NAMES_IN_EVERY_FORM = [
    "{NAME:Summer}'s mom {NAME:Dawn} says {NAME:Summer} hasn't left her room since the breakup "
    "with {NAME:Rocco}. We talked about summer plans and a part-time job.",
    "{NAME:J.T.} (goes by {NAME:Jay}) and his stepdad {NAME:Curtis Boyd-Lemaire} had a "
    "blowout on {DATE:Sunday 11/22}. {NAME:J.T.}'s probation officer is {NAME:Ms. Ng}.",
    "pt {NAME:will} says {NAME:grace} will pick him up. grace period on his rent ends friday. "
    "he hopes {NAME:hope} (his daughter) can visit",
    "{NAME:María José de la Fuente Ortiz}, 47, prefers {NAME:Majo}. Born in {LOCATION:Cali}, "
    "moved to {LOCATION:Elizabeth} in {DATE:2003}. Her son {NAME:Santi} is at "
    "{ORGANIZATION:Kean}.",
    "Client's grandfather, {NAME:Mr. Herschel Abramowitz}, born {DATE:1929}, lives with them. "
    "She is his caregiver and reports burnout. Respite options discussed.",
    "{NAME:A.M.} disclosed that {NAME:D.} (her uncle) touched her when she was eight. "
    "Mandated report filed with DCF, intake worker {NAME:Tomeka Hollis}, report "
    "{OTHER_ID:#2026-118734}.",
    "group: {NAME:sky}, {NAME:river} and {NAME:jade} present. {NAME:river} shared about her "
    "brother {NAME:ocean}'s arrest. {NAME:jade} was quiet. {NAME:sky} left at 7:40.",
    "{NAME:Bao-Ngoc Tran-Whitaker} (she/her) came with her wife {NAME:Lottie}. They're "
    "adopting through {ORGANIZATION:Wide Horizons for Children}. Home study {DATE:12/15}.",
    "{NAME:Mack}'s boss at {ORGANIZATION:Hendrick Honda} yelled at him again. {NAME:Mack} "
    "calls him 'the {NAME:Sarge}'. Assertiveness practice.",
    "{NAME:Ms. O'Sullivan-Reyes} called; her father {NAME:Padraig} is {AGE_OVER_89:97} and "
    "refusing to leave his home in {LOCATION:Milton}.",
    "session w {NAME:kiki} her real name is {NAME:keziah} but nobody uses it. her boyfriend "
    "{NAME:dre} is on house arrest. she works at {ORGANIZATION:chick fil a} on "
    "{LOCATION:route 9}",
    "{NAME:Dr. King}'s referral: {NAME:Royal Jefferson}, 16, at {ORGANIZATION:Jefferson High}. "
    "{NAME:Royal}'s mother {NAME:Precious} works nights at the VA.",
    "{NAME:Old Man Rivers} is what the kids call her neighbour, {NAME:Clement Rivers}, who "
    "gave her a ride to {ORGANIZATION:St. Vincent's} on {DATE:the 19th}.",
    "couples {NAME:lee} and {NAME:robin} — {NAME:robin} wants to move closer to her sister "
    "{NAME:april} in {LOCATION:tulsa}. lee won't leave his job at {ORGANIZATION:williams}",
    "Baby Girl {NAME:Okonkwo} born {DATE:11/18/2026} at {ORGANIZATION:Christiana Hospital}; "
    "mother {NAME:Chiamaka} (our client) screened positive on EPDS (15).",
    "{NAME:Van} (Vietnamese, 58) and his son {NAME:Khoa}. {NAME:Van} worked at "
    "{ORGANIZATION:Tyson} in {LOCATION:Garden City} for 22 years. Interpreter "
    "{NAME:Mrs. Pham}.",
    "intake for {NAME:mary-kate o'brien} dob {DATE:six twelve ninety one} she lives at "
    "{LOCATION:forty two maple avenue} in {LOCATION:quincy}",
    "{NAME:Bubba}, 31, is the name everyone uses; legal name {NAME:Lawrence E. Tolliver III}. "
    "Drives for {ORGANIZATION:Werner Enterprises}. CDL {LICENSE:T4490218}.",
    "{NAME:Christian} said he is not very Christian anymore. {NAME:Christian}'s father, "
    "{NAME:Pastor Glenn Haugen}, leads {ORGANIZATION:Bethel Lutheran}.",
    "Nana, her grandmother, raised her in {LOCATION:Opelousas}. Nana passed in "
    "{DATE:March}; she was born in {DATE:1925}.",
]


def main() -> None:
    write("names_in_every_form.jsonl", "nef", NAMES_IN_EVERY_FORM)


if __name__ == "__main__":
    main()
