"""Write two more held-out corpora, each written before it was first measured.

    benchmarks/data/intake_histories.jsonl     the psychosocial history of an intake: family,
                                               schooling, work, legal and trauma history, long
                                               and dense with people and places
    benchmarks/data/dictated_by_phone.jsonl    notes dictated into a phone after a session, as
                                               speech to text writes them: lower case, little
                                               punctuation, numbers in words

Both were written after the practice-message sets' rules were changed. Every text is fictional
and written for Sealnote; mark-up as in make_therapy_set.py. Provider names count as NAME, as
in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

INTAKE_HISTORIES = [
    "Family history: {NAME:Marisol} was born in {LOCATION:Ponce} and moved to "
    "{LOCATION:Holyoke} at age 8 with her mother {NAME:Carmen} and brothers {NAME:Javier} and "
    "{NAME:Luis}. Father ({NAME:Hector Vega}) stayed behind; no contact since {DATE:2009}. "
    "She finished {ORGANIZATION:Dean Technical High School} and works as a CNA at "
    "{ORGANIZATION:Loomis House}.",
    "Education: {NAME:Graham} repeated 3rd grade at {ORGANIZATION:Hawthorne Elementary}, "
    "then had an IEP for dyslexia through {ORGANIZATION:Westfield High}. Attended "
    "{ORGANIZATION:Holyoke Community College} for one semester. Currently employed at "
    "{ORGANIZATION:Big Y} in the deli.",
    "Legal: arrested {DATE:March 3, 2021} for OUI in {LOCATION:Chicopee}; case "
    "{OTHER_ID:2123CR001774} continued without a finding. Attorney {NAME:Nadia Farouk}, "
    "{PHONE:413-555-0161}. Completed the 24D program at {ORGANIZATION:Behavioral Health "
    "Network}.",
    "Trauma history: {NAME:Tobiah} was in a house fire at age 6 at his grandparents' home on "
    "{LOCATION:Elm Street} in {LOCATION:Ware}. His cousin {NAME:Deshawn} died of an overdose "
    "in {DATE:August 2023}; {NAME:Tobiah} found him.",
    "Relationships: married 11 years to {NAME:Priya Raman}, a pharmacist at "
    "{ORGANIZATION:Baystate Medical Center}. Two children, {NAME:Anika} (9) and {NAME:Dev} "
    "(6), both at {ORGANIZATION:Mountain View School}. In-laws live in {LOCATION:Chennai} and "
    "visit each {DATE:December}.",
    "Substance use: {NAME:Mr. Kowalczyk} began drinking at 14 with his uncle {NAME:Stan}. "
    "Detoxed at {ORGANIZATION:AdCare Hospital} in {LOCATION:Worcester} ({DATE:Jan 2024}) and "
    "attends AA at {ORGANIZATION:St. Stanislaus} Tuesday nights. Sponsor {NAME:Ray}.",
    "Work history: 22 years at {ORGANIZATION:Milton Bradley} until the plant closed, then "
    "custodian for {ORGANIZATION:Springfield Public Schools}. Injured his back "
    "{DATE:10/14/2025}; workers' comp claim {OTHER_ID:WC-25-338104}, adjuster {NAME:Kim "
    "Latour}.",
    "Medical: PCP is {NAME:Dr. Anjali Bhatt} at {ORGANIZATION:Valley Health Associates}. "
    "Type 2 diabetes, A1c 8.1. Endocrinologist {NAME:Dr. Ruiz}. Insulin pump serial "
    "{DEVICE:TSP-448102}.",
    "Cultural: {NAME:Thanh} identifies as Vietnamese-American; parents ({NAME:Minh} and "
    "{NAME:Lan}) run a nail salon, {ORGANIZATION:Lotus Nails}, in {LOCATION:Dorchester}. "
    "Family expects her to take it over after she graduates from {ORGANIZATION:Suffolk} in "
    "{DATE:May}.",
    "Military: {NAME:Sgt. Reynaldo Cruz} served two tours in Iraq with the 1st Battalion, "
    "now at {ORGANIZATION:Fort Drum} for reserve drills. VA file {OTHER_ID:C-29 448 113}. "
    "Wife {NAME:Yesenia}, son {NAME:Mateo}.",
    "Spiritual: {NAME:Ruth Ann} belongs to {ORGANIZATION:First Congregational Church} of "
    "{LOCATION:Amherst}; {NAME:Reverend Holt} visits monthly. She is {AGE_OVER_89:ninety-three} "
    "and her daughter {NAME:Joan} holds health care proxy.",
    "Social: lives alone at {LOCATION:12 Prospect Terrace, Apt 3} since her partner "
    "{NAME:Frankie} moved to {LOCATION:Tucson}. Best friend {NAME:Lourdes} checks in daily. "
    "Instagram {OTHER_ID:@lulu_bakes_413}.",
]

DICTATED_BY_PHONE = [
    "session with {NAME:jolene} today she said her ex {NAME:dwayne} showed up at her work at "
    "the {ORGANIZATION:dunkin} on {LOCATION:boston road} on {DATE:tuesday the twenty fourth} "
    "and she called the police",
    "{NAME:marcus} reports sleeping better since starting trazodone fifty milligrams he and "
    "his girlfriend {NAME:tasha} are moving to {LOCATION:east longmeadow} next month",
    "okay this is for {NAME:harold bettencourt} date of birth {DATE:march twelfth nineteen "
    "fifty one} he is grieving his wife {NAME:doreen} who passed on {DATE:november second}",
    "client {NAME:ava} is fourteen came in with her dad {NAME:pete} she is failing math at "
    "{ORGANIZATION:chicopee comprehensive} and says a girl named {NAME:kayleigh} is posting "
    "about her",
    "new phone number for {NAME:ms. tran} is {PHONE:four one three five five five zero one "
    "three eight} please update the chart",
    "{NAME:benny} said his probation officer {NAME:mr. quinlan} wants a letter by "
    "{DATE:friday} he has been going to the meetings at the {ORGANIZATION:mustard seed} "
    "every day",
    "EMDR with {NAME:rosa} today target was the car crash on {LOCATION:route ninety one} in "
    "{DATE:twenty nineteen} her SUD went from eight to two",
    "{NAME:dominique} says her mom {NAME:celestine} is {AGE_OVER_89:ninety six} and "
    "still lives alone in {LOCATION:springfield} she is thinking about moving her into "
    "{ORGANIZATION:ingleside}",
    "couple session {NAME:kevin} and {NAME:aaron} argued about money again {NAME:kevin} lost "
    "his job at {ORGANIZATION:mass mutual} in {DATE:september} gottman repair work",
    "{NAME:lily} texted me from a new account {OTHER_ID:lily dot moon two two} on "
    "snapchat i reminded her about the social media policy",
    "hi this is a note for {NAME:eduardo} he is worried about his immigration hearing on "
    "{DATE:january fifteenth} in {LOCATION:hartford} his lawyer is {NAME:attorney delgado}",
    "{NAME:shannon} did the thought record about her boss {NAME:linda} at "
    "{ORGANIZATION:peoples bank} she rated the belief i am going to get fired at ninety "
    "percent down to fifty",
    "kids group today {NAME:jayden} {NAME:mia} {NAME:omar} and {NAME:brooklyn} worked on "
    "feelings charades {NAME:omar} left early with his grandma",
    "{NAME:frank} is a retired {ORGANIZATION:springfield} firefighter seventy two talking "
    "about the warehouse fire in {DATE:nineteen ninety nine} that killed two of his guys",
    "called {NAME:mrs. abernathy} at {PHONE:four one three five five five zero one seven "
    "nine} to reschedule left voicemail",
]


def main() -> None:
    write("intake_histories.jsonl", "ihx", INTAKE_HISTORIES)
    write("dictated_by_phone.jsonl", "dbp", DICTATED_BY_PHONE)


if __name__ == "__main__":
    main()
