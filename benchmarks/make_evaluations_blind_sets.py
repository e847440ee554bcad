"""Write a held-out corpus of evaluations and school-based notes, written before it was first
measured.

    benchmarks/data/evaluations_and_school_notes.jsonl   psychological and diagnostic
                                                         evaluations, school-based counseling
                                                         notes and treatment summaries, typed,
                                                         from practices and districts in every
                                                         region

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

EVALUATIONS_AND_SCHOOL_NOTES = [
    "PSYCHOLOGICAL EVALUATION\nExaminee: {NAME:Tobias Reinholt}\nDate of Birth: "
    "{DATE:02/17/2013}\nDates of Testing: {DATE:11/9/2026}, {DATE:11/16/2026}\nSchool: "
    "{ORGANIZATION:Prairie Ridge Middle School}, {LOCATION:Crystal Lake}, IL\nReferred by: "
    "{NAME:Mrs. Dana Kuehl}, school psychologist",
    "Background: {NAME:Tobias} lives with his mother, {NAME:Heidi Reinholt}, a dental "
    "hygienist at {ORGANIZATION:Lakeview Family Dental}, and his half-brother {NAME:Finn} (4). "
    "His father, {NAME:Josef}, lives in {LOCATION:Milwaukee} and has contact monthly.",
    "School counseling note, {DATE:12/1}: {NAME:Ximena} (gr. 7) came to the office crying "
    "after {NAME:Aubrey} and {NAME:Maci} posted about her on Snapchat. Parent contact: "
    "{NAME:Sra. Castillo}, {PHONE:(915) 555-0124}.",
    "Treatment summary for {NAME:Delphine Okeke-Ruiz}, seen {DATE:March 3, 2025} through "
    "{DATE:November 20, 2026} at {ORGANIZATION:Harbor Light Counseling}, {LOCATION:Portland}, "
    "ME. Diagnoses: F43.10, F33.1. Therapist: {NAME:Colin Marchetti}, LCPC.",
    "Autism evaluation: {NAME:Eliam}, age 3 years 2 months, brought by parents {NAME:Ruth} and "
    "{NAME:Abner Yoder}. ADOS-2 Module 1 administered {DATE:10/28/2026}. Lives on a farm "
    "outside {LOCATION:Shipshewana}.",
    "IEP meeting {DATE:11/19/2026} at {ORGANIZATION:Hoover Elementary}. Present: {NAME:Mr. "
    "Alvarado} (principal), {NAME:Ms. Greer} (SPED), mother {NAME:Lashonda Freeman}, counselor "
    "{NAME:Jill Stromberg}. Student: {NAME:Jaylen Freeman}, grade 4.",
    "Forensic evaluation ordered by {NAME:Judge Patricia Vang}, {ORGANIZATION:Ramsey County "
    "District Court}, case {OTHER_ID:62-CR-26-4471}. Defendant {NAME:Trevor Lindahl} (DOB "
    "{DATE:8/8/1990}) interviewed at {ORGANIZATION:Ramsey County ADC}.",
    "ADHD re-evaluation. {NAME:Sophia Marchetti-Lowe}, 19, sophomore at {ORGANIZATION:Oregon "
    "State University}, requests accommodations. Prior testing by {NAME:Dr. Hiroko Ames} at "
    "{ORGANIZATION:Corvallis Neuropsychology} in {DATE:2021}.",
    "Disability evaluation for {NAME:Mr. Clarence Dobbs}, 54, former welder at "
    "{ORGANIZATION:Ingalls Shipbuilding} in {LOCATION:Pascagoula}. Claim "
    "{OTHER_ID:DDS-4418-2291}. Wife {NAME:Wanda} accompanied him.",
    "School-based note: {NAME:Kai Nakoa} (gr. 10) at {ORGANIZATION:Kapolei High}. Suspension "
    "for fighting {DATE:11/30}. Father {NAME:Keoni} works for {ORGANIZATION:Hawaiian "
    "Electric}; mother {NAME:Malia} in {LOCATION:Waianae}.",
    "Psychodiagnostic summary: {NAME:Ms. Ingrid Solvang}, {AGE_OVER_89:91}, widow, living at "
    "{ORGANIZATION:Ebenezer Ridges Campus} in {LOCATION:Burnsville}. Daughter {NAME:Karin} "
    "requested evaluation of capacity.",
    "Intake for school refusal: {NAME:Hazel} (11) at {ORGANIZATION:Montessori Academy of "
    "Asheville}. Mom {NAME:Wren Calloway} is a nurse at {ORGANIZATION:Mission Hospital}. Dad "
    "{NAME:Tobiah} travels for work.",
    "Records reviewed: {ORGANIZATION:Children's Mercy} ED visit {DATE:9/14/2026}; "
    "{ORGANIZATION:Truman Medical Center} psych consult {DATE:9/15/2026}. Patient: "
    "{NAME:Jasmine Okafor}, MRN {MRN:CM-00819274}.",
    "Counseling note: {NAME:Luca} (gr. 2) drew his family; he left out stepfather "
    "{NAME:Brent}. Teacher {NAME:Mrs. Haugland} reports he hides under the desk. "
    "{ORGANIZATION:Roosevelt Elementary}, {LOCATION:Fargo}.",
    "Evaluation for gender-affirming care letter: {NAME:River Castellanos} (they/them), 22, "
    "works at {ORGANIZATION:REI} in {LOCATION:Boulder}. Referred by {NAME:Dr. Sam Whitfield} "
    "at {ORGANIZATION:Boulder Valley Health}.",
    "Vocational rehab report: client {NAME:Andre Baptiste}, seen at Louisiana Rehabilitation "
    "Services, {LOCATION:Baton Rouge}, on {DATE:10/2/2026}. Former deckhand with "
    "{ORGANIZATION:Kirby Inland Marine}.",
]


def main() -> None:
    write("evaluations_and_school_notes.jsonl", "esn", EVALUATIONS_AND_SCHOOL_NOTES)


if __name__ == "__main__":
    main()
