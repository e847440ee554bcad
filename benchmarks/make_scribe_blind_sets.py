"""Write a held-out corpus of dictation as a modern scribe transcribes it, written before it was
first measured.

    benchmarks/data/scribed_dictations.jsonl   therapy notes dictated after a session and
                                               transcribed with capitals and punctuation, but
                                               with the speaker's fillers, corrections,
                                               spelled-out names and numbers said both ways

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SCRIBED_DICTATIONS = [
    "Okay, so this is a progress note for, um, {NAME:Kayla Brennan}, that's {NAME:K-A-Y-L-A}. "
    "She came in today pretty upset because her ex, {NAME:Dustin}, um, posted photos of her on "
    "Facebook. We did some grounding.",
    "Note for {NAME:Mr. Abernathy}, first name {NAME:Cole}. He's sixty-one. He retired from "
    "{ORGANIZATION:Georgia-Pacific} in, uh, {DATE:March} and since then he's been drinking "
    "more. AUDIT is 16. Wife is {NAME:Sherry}.",
    "This is {NAME:Dr. Oduya} dictating on {NAME:Patricia Langford}, date of birth "
    "{DATE:April 9th, 1958}. She reports the panic attacks started after the car accident on "
    "{LOCATION:Highway 59} near {LOCATION:Humble}.",
    "Uh, session seven with {NAME:Tobias}. Sorry, {NAME:Toby}, he prefers {NAME:Toby}. He "
    "said his stepmom, {NAME:Charlene}, kicked him out, so he's at his buddy {NAME:Marcus}'s "
    "place on {LOCATION:Delmar}. Safety plan updated.",
    "Client is {NAME:Wren Abernethy-Cole}, they/them, twenty-four. Works as a barista at "
    "{ORGANIZATION:Blue Bottle} in {LOCATION:Oakland}. They called the crisis line Tuesday "
    "night. Number they gave is {PHONE:510-555-0133}.",
    "Family session. Mom {NAME:Yesenia}, dad {NAME:Hector}, and {NAME:Adrian}, who's "
    "twelve. {NAME:Adrian} was suspended from {ORGANIZATION:Harmony Middle School} on "
    "{DATE:the 18th} for fighting. We mapped the cycle.",
    "{NAME:Mrs. Delacroix} called back. Her husband {NAME:Armand} is, um, "
    "{AGE_OVER_89:ninety-one}, sorry, {AGE_OVER_89:ninety-two} as of last week, and she can't "
    "lift him anymore. Referred to {ORGANIZATION:Catholic Charities} in {LOCATION:Lafayette}.",
    "EMDR session with {NAME:Jessamyn}. Target memory: the fire at her grandmother's house "
    "on {LOCATION:Cherokee Street} when she was six. SUDS went from nine to two.",
    "Okay, {NAME:Rashid Haddad}. He, uh, lost his job at {ORGANIZATION:Ford}, the "
    "{ORGANIZATION:Dearborn Truck Plant}, on {DATE:October 30th}. His brother {NAME:Sami} "
    "lent him money. Mood low, no SI.",
    "Let me correct that: the client's name is {NAME:Bethanne}, not {NAME:Bethany}. "
    "{NAME:Bethanne} is a nurse at {ORGANIZATION:Sentara Norfolk General}. Compassion "
    "fatigue. We worked on boundaries.",
    "Couples, {NAME:Dev} and {NAME:Anjali Mehta}. They want to try again after {NAME:Dev}'s "
    "affair with a coworker, {NAME:Tessa}, at {ORGANIZATION:Deloitte}. Gottman repair work.",
    "{NAME:Lionel}'s daughter, {NAME:Simone}, called from {LOCATION:Atlanta}. Her number is "
    "{PHONE:four oh four, five five five, zero one nine two}. {NAME:Lionel} has missed two "
    "sessions.",
    "Intake. {NAME:Haley Jo Pritchett}, nineteen, from {LOCATION:Ardmore}. Lives with her "
    "boyfriend {NAME:Colt} in a trailer off {LOCATION:Route 77}. Pregnant, due in "
    "{DATE:February}. EPDS 14.",
    "Hi, this is a dictation for {NAME:Imani Okafor}. Her email changed, it's "
    "{EMAIL:imani dot okafor at outlook dot com}. She starts at {ORGANIZATION:Howard "
    "University} in {DATE:January}.",
    "So {NAME:Grant}, um, talked about his dad, {NAME:Grant Senior}, who was a cop in "
    "{LOCATION:Bakersfield}. Lots of shame. IFS, we met the manager part.",
    "Teen session with {NAME:Brooklyn}. Her, um, her friend {NAME:Nevaeh} sent her a "
    "screenshot. The account is {OTHER_ID:@xoxo.brooklyn.h}. School is aware, vice principal "
    "{NAME:Mr. Oduya-Banks}.",
    "Note for {NAME:Esperanza Villanueva}. Her mother, {NAME:Doña Luz}, passed away on "
    "{DATE:November 2nd}, Día de los Muertos, which makes it harder. Grief work.",
    "{NAME:Terrence} was late because of his probation check-in at the {ORGANIZATION:Shelby "
    "County} office. PO is {NAME:Ms. Whitley}. He's been clean since {DATE:August 4th}.",
    "Phone session with {NAME:Gwendolyn}. She's in {LOCATION:Duluth} with her sister "
    "{NAME:Ruth} through {DATE:Christmas}. She asked me to fax the letter to "
    "{FAX:218-555-0140}.",
    "{NAME:Archie Fontaine}, M-R-N {MRN:88 31 04 72}. He's eighty-nine, turns "
    "{AGE_OVER_89:ninety} on {DATE:the 14th}. Lives at The {ORGANIZATION:Glenview} in "
    "{LOCATION:Naples}. Adjustment disorder.",
]


def main() -> None:
    write("scribed_dictations.jsonl", "scr", SCRIBED_DICTATIONS)


if __name__ == "__main__":
    main()
