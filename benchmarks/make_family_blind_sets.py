"""Write a held-out corpus of family and child sessions, written before it was first measured.

    benchmarks/data/family_and_child_sessions.jsonl   family, couples and play-therapy notes,
                                                      typed and dictated, full of children's
                                                      names of this decade (many of them
                                                      words), step-relatives, custody
                                                      schedules and schools

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

FAMILY_AND_CHILD_SESSIONS = [
    "Play therapy with {NAME:Kaysen} (5). He buried the dad figure in the sand. Mom "
    "{NAME:Brittany} says {NAME:Kaysen}'s dad {NAME:Cody} has him every other weekend in "
    "{LOCATION:Kokomo}.",
    "family session: {NAME:legend} (9), {NAME:royal} (7) and their mom {NAME:keanna}. "
    "{NAME:legend} hit {NAME:royal} with a bat. mom's boyfriend {NAME:dre} moved in last "
    "month.",
    "{NAME:Oaklynn} (4) was referred by her pediatrician {NAME:Dr. Fairbanks} for tantrums. "
    "Her big sister {NAME:Paisley} (8) goes to {ORGANIZATION:Eastwood Elementary}. Parents "
    "divorcing.",
    "couples: {NAME:Jordan} and {NAME:Taylor Brooks-Nguyen}. {NAME:Taylor} wants a baby, "
    "{NAME:Jordan} isn't sure. IVF at {ORGANIZATION:Shady Grove Fertility} cost them $30k.",
    "{NAME:nova} age 11 disclosed her stepbrother {NAME:kash} shows her videos on his phone. "
    "mandated report to cps. mom {NAME:amber} was shocked",
    "Teen {NAME:Messiah Williams}, 14, at {ORGANIZATION:Lincoln Park Middle}. Grandmother "
    "{NAME:Bernice Williams} is guardian. He wants to see his mother {NAME:Keisha}, who is at "
    "{ORGANIZATION:Logansport Correctional}.",
    "{NAME:Bentley} (6) says Grandpa {NAME:Ray} yells. {NAME:Bentley}'s mom {NAME:Ashlyn} "
    "works at {ORGANIZATION:Dollar General} on {LOCATION:Main St}. PCIT session 3.",
    "{NAME:Saint} is 8. He goes by {NAME:Sainty} at home. Dad {NAME:Marcus} is deployed to "
    "{LOCATION:Fort Bliss}. Separation anxiety. Feelings thermometer.",
    "step-family session. {NAME:harmony} (12) refuses to call her stepdad {NAME:jeremy} by his "
    "name. her bio dad {NAME:shawn} lives in {LOCATION:fort wayne}. custody hearing {DATE:jan "
    "12}",
    "{NAME:Journey} (10) and {NAME:Kingston} (13) - sibling session. {NAME:Kingston} plays "
    "travel baseball with the {ORGANIZATION:Carmel Pride} and {NAME:Journey} feels left out.",
    "Parent consult with {NAME:Mr. Haddad} and {NAME:Mrs. Haddad}. Daughter {NAME:Layla} (15) "
    "was caught sexting a boy, {NAME:Ethan}, from {ORGANIZATION:Zionsville Community High}.",
    "{NAME:Brantley}'s foster mom {NAME:Sheila Curtis} brought him. DCS caseworker "
    "{NAME:Amanda Voss} ({PHONE:317-555-0166}) wants monthly updates. Visits with bio mom at "
    "{ORGANIZATION:Family Visitation Center of Marion County}.",
    "dictation. {NAME:everleigh} is seven, she wets the bed since dad {NAME:tyler} left. "
    "grandma {NAME:dot} watches her after school at {ORGANIZATION:kids kingdom daycare}",
    "{NAME:Rhett} (16) and his dad {NAME:Clint} fight about the farm. {NAME:Rhett} wants to go "
    "to {ORGANIZATION:Purdue} for engineering, not stay on the land near {LOCATION:Frankfort}.",
    "{NAME:Ava} and {NAME:Mia} are twins (9). {NAME:Mia} has ADHD; {NAME:Ava} is 'the easy "
    "one.' Parents {NAME:Luis} and {NAME:Daniela} argue about it. Family session.",
    "{NAME:Kinsley}, 3, nonverbal. Speech at {ORGANIZATION:Easterseals Crossroads}. Mom "
    "{NAME:Destiny} overwhelmed; dad {NAME:Trent} works nights at {ORGANIZATION:Subaru of "
    "Indiana Automotive} in {LOCATION:Lafayette}.",
    "{NAME:grayson} (8) told his teacher {NAME:mrs. pruitt} that mom's boyfriend hurts mom. dv "
    "screening with mom {NAME:kayla} alone. safety plan. shelter: the {ORGANIZATION:julian "
    "center}",
    "{NAME:Ezekiel} (goes by {NAME:Zeke}), 11, whose little brother {NAME:Gideon} died of SIDS "
    "on {DATE:4/18/2024}. Anniversary grief. Mom {NAME:Hannah} pregnant again, due "
    "{DATE:June}.",
]


def main() -> None:
    write("family_and_child_sessions.jsonl", "fcs", FAMILY_AND_CHILD_SESSIONS)


if __name__ == "__main__":
    main()
