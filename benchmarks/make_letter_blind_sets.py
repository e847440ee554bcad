"""Write one more held-out corpus, written before it was first measured.

    benchmarks/data/letters_and_reports.jsonl   what a practice writes and receives on
                                                letterhead: referral and school letters,
                                                court and disability reports, evaluations,
                                                discharge summaries and release forms

Written after the intake and phone-dictation sets' rules were changed. Every text is fictional
and written for Sealnote; mark-up as in make_therapy_set.py. Provider names count as NAME, as
in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

LETTERS_AND_REPORTS = [
    "{ORGANIZATION:RIVERBEND COUNSELING ASSOCIATES}\n{LOCATION:1180 Boston Post Road, Suite "
    "4}\n{LOCATION:Milford}, CT {LOCATION:06460}\nTel {PHONE:203-555-0139}  Fax "
    "{FAX:203-555-0140}\n\n{DATE:November 30, 2026}\n\nTo Whom It May Concern:\n\n"
    "{NAME:Ms. Odalys Ferrer} has been in weekly treatment with me since {DATE:April 2025} "
    "for PTSD. She is able to return to work at {ORGANIZATION:Sikorsky} with the "
    "accommodations below.",
    "RE: {NAME:Bartholomew \"Bart\" Lindqvist}\nDOB: {DATE:09/02/1988}\nClaim #: "
    "{OTHER_ID:SSD-771-20-4419}\n\nDear {NAME:Ms. Okafor},\nThank you for your request of "
    "{DATE:November 12}. {NAME:Mr. Lindqvist} has major depressive disorder, recurrent, "
    "severe, and has not worked since leaving {ORGANIZATION:Pratt & Whitney} in "
    "{DATE:June 2024}.",
    "School letter: {NAME:Amelia Sørensen} (grade 7, {ORGANIZATION:Thornton Middle School}) "
    "is seen in our office on Wednesdays at 3:30. Please excuse her from 7th period. "
    "Contact me at {EMAIL:jwalcott@riverbendca.org}. {NAME:Jasmine Walcott}, LICSW",
    "PSYCHOLOGICAL EVALUATION\nExaminee: {NAME:Cornelius Abara}\nAge: 34\nDates of testing: "
    "{DATE:10/20/2026} and {DATE:10/27/2026}\nReferral source: {NAME:Judge Patricia "
    "Hennessey}, {ORGANIZATION:New Haven Superior Court}\nDocket: {OTHER_ID:NNH-CR25-0284417}",
    "DISCHARGE SUMMARY\n{ORGANIZATION:Silver Hill Hospital}, {LOCATION:New Canaan}\nPatient: "
    "{NAME:Harriet Goldfarb}  MRN: {MRN:SH-20441}\nAdmitted {DATE:11/02/2026}, discharged "
    "{DATE:11/16/2026}.\nAftercare: IOP at {ORGANIZATION:Hartford HealthCare Behavioral "
    "Health Network}; therapist {NAME:Dr. Emeka Nwosu}.",
    "AUTHORIZATION TO RELEASE INFORMATION\nI, {NAME:Wendell Pryce}, authorize "
    "{ORGANIZATION:Riverbend Counseling Associates} to release records to "
    "{NAME:Dr. Laila Haddad} at {ORGANIZATION:Yale New Haven Hospital}, fax "
    "{FAX:(203) 555-0188}. This authorization expires {DATE:05/31/2027}.\nSignature: "
    "{NAME:W. Pryce}",
    "Dear {NAME:Dr. Feldstein},\nI am referring {NAME:Marguerite Aubin} (DOB "
    "{DATE:1/30/1961}) for a medication evaluation. She lives with her sister "
    "{NAME:Yvette} in {LOCATION:West Haven} and recently retired from the "
    "{ORGANIZATION:Connecticut Post} mall's management office.",
    "Court report for {ORGANIZATION:Bridgeport Juvenile Court}, case "
    "{OTHER_ID:JV-26-01139}: {NAME:Damari Reyes} (15) has attended 10 of 12 sessions. His "
    "mother, {NAME:Ms. Elena Reyes}, and grandmother, {NAME:Ms. Iris Colón}, attended "
    "family sessions.",
    "Letter of support: {NAME:Tamsin Achterberg} has been my client since {DATE:2023}. She "
    "is requesting an emotional support animal at {LOCATION:The Residences at Harbor "
    "Point}, {LOCATION:Stamford}. Landlord: {ORGANIZATION:Greystar}.",
    "Coordination of care: spoke with {NAME:Nicolette Brandt}, NP at {ORGANIZATION:Fair "
    "Haven Community Health Care}, on {DATE:11/25/2026} re: {NAME:Mr. Quiñones}'s "
    "lithium. Level {DATE:11/20} was 0.9. Her direct line {PHONE:475-555-0116}.",
    "FMLA certification for {NAME:Jorge Echeverría}, employee ID {OTHER_ID:E-0448213}, "
    "{ORGANIZATION:Stop & Shop} distribution center, {LOCATION:Windsor Locks}. Leave "
    "requested {DATE:12/1/2026} through {DATE:1/15/2027}.",
    "Neuropsychological screening: {NAME:Mrs. Philippa Osei-Bonsu}, "
    "{AGE_OVER_89:91}, widowed, retired teacher from {ORGANIZATION:Hillhouse High}. "
    "MoCA 19/30. Daughter {NAME:Akosua} reports getting lost driving home from "
    "{LOCATION:Hamden} in {DATE:October}.",
    "Consult note signed electronically by {NAME:Ravi Subramanian}, MD on {DATE:11/29/2026} "
    "14:22. cc: {NAME:Dr. Bianca Morrow}, {ORGANIZATION:Griffin Hospital}, {LOCATION:Derby}.",
    "Disability report: {NAME:Ms. Kessler} worked 19 years as a bus dispatcher for "
    "{ORGANIZATION:CTtransit} until {DATE:March 2026}. Panic attacks began after the "
    "assault at the {LOCATION:State Street} station on {DATE:January 9, 2026}.",
    "Release of information log {DATE:11/27/2026}: records for {NAME:Lucien Marchetti} "
    "(acct {ACCOUNT:RCA-00917}) faxed to {ORGANIZATION:Anthem} utilization review at "
    "{FAX:1-800-555-0171}, ref {OTHER_ID:UR-2611-7734}.",
    "Treatment summary for {NAME:Gideon Falk}: 16 sessions of CPT from {DATE:July 14} to "
    "{DATE:November 3}. PCL-5 58 -> 22. Lives in {LOCATION:Branford} with his husband "
    "{NAME:Theo}; works at {ORGANIZATION:Electric Boat}.",
]


def main() -> None:
    write("letters_and_reports.jsonl", "ltr", LETTERS_AND_REPORTS)


if __name__ == "__main__":
    main()
