"""Write a held-out corpus of hospital and clinic records, written before it was first measured.

    benchmarks/data/hospital_and_clinic_records.jsonl   discharge summaries, consults, clinic
                                                        and psychiatry notes in the external
                                                        corpora's style, longer than a
                                                        therapy note, from hospitals in every
                                                        region

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

HOSPITAL_AND_CLINIC_RECORDS = [
    "Record date: {DATE:2026-10-14}\n\nPSYCHIATRY CONSULTATION\n{ORGANIZATION:Mercy Medical "
    "Center} - {LOCATION:Cedar Rapids}\n\nPatient: {NAME:VANDERWAAL, KRISTEN}  MRN: "
    "{MRN:00883412}\nReferring: {NAME:Dr. Paul Hatfield} (hospitalist)\n\nReason: passive SI "
    "after {DATE:10/11} overdose. Lives with husband {NAME:Jon} on a farm outside "
    "{LOCATION:Marion}. Works at {ORGANIZATION:Collins Aerospace}.",
    "DISCHARGE SUMMARY\nName: {NAME:Tyrese L. Whitfield}   Unit No: {MRN:712-40-88}\nAdmission "
    "Date: {DATE:09/28/2026}  Discharge Date: {DATE:10/03/2026}\nService: Psychiatry, "
    "{ORGANIZATION:Grady} 13B\nAttending: {NAME:Olamide Fashola}, MD\n\nFollow-up: "
    "{ORGANIZATION:Georgia Regional Hospital} outpatient clinic, {DATE:Oct 10} 2:00 PM. "
    "Call {PHONE:404-555-0163} with questions.",
    "CLINIC NOTE {DATE:3 Nov 2026}\n{NAME:Mr. Abdirahman Warsame} is a 41 yo Somali man seen "
    "with interpreter {NAME:Hodan} (ID {OTHER_ID:48812}). He drives for {ORGANIZATION:Metro "
    "Transit} in {LOCATION:Minneapolis}. Sleeps 3-4 h. PCL-5 52. Plan: prazosin 1 mg qhs, "
    "refer to {ORGANIZATION:Center for Victims of Torture}.",
    "ED PSYCH EVAL\nPt: {NAME:Lacey Dunagan}, 19F, DOB {DATE:5/2/2007}\nBIBA from "
    "{ORGANIZATION:Tulane} dorms after roommate {NAME:Kiara} found her with cuts. Mother "
    "{NAME:Renee Dunagan} ({PHONE:985-555-0121}) en route from {LOCATION:Hammond}. "
    "Medically cleared by {NAME:Dr. Thibodeaux}.",
    "Progress Note - Behavioral Health\nDate of service: {DATE:11/17/2026}\nClinician: "
    "{NAME:Sarah Goldfarb}, LCSW\nClient: {NAME:Emilio Rosales-Vega}\n\nS: Reports fight with "
    "stepfather {NAME:Hector} about money. Lost job at {ORGANIZATION:Fiesta Mart} on "
    "{LOCATION:Bissonnet}. O: tearful, linear. A: MDD, recurrent. P: continue CBT weekly.",
    "Neuropsychology Report\nExaminee: {NAME:Gertrude Amsel}  Age: {AGE_OVER_89:93}\nDate of "
    "exam: {DATE:10/22/2026}\nReferral: {NAME:Dr. Imani Crowder}, {ORGANIZATION:UCSF Memory "
    "and Aging Center}\nMrs. {NAME:Amsel} was a librarian at {ORGANIZATION:Berkeley Public "
    "Library} for 31 years. MoCA 17/30.",
    "Telepsychiatry note. Pt located at home, {LOCATION:1410 Ridgecrest Dr}, {LOCATION:Rapid "
    "City}, {LOCATION:SD 57701}. Provider located at {ORGANIZATION:Avera McKennan} in "
    "{LOCATION:Sioux Falls}. Pt {NAME:Wambli Red Cloud}, 36, reports improved mood on "
    "bupropion.",
    "H&P\nCC: 'I can't stop drinking'\nHPI: {NAME:Dale Eugene Marsh} is a 57 yo roofer from "
    "{LOCATION:Bakersfield} who last drank {DATE:11/19} AM. Prior detox at {ORGANIZATION:Kern "
    "Medical} {DATE:2024}. Wife {NAME:Linda} reports shakes. CIWA 14. SSN {SSN:562-44-1097} "
    "on face sheet.",
    "Social work note {DATE:Nov 20, 2026}: spoke with pt's daughter {NAME:Yolanda Pruitt} "
    "at {PHONE:(901) 555-0148}. Pt {NAME:Mr. Otis Pruitt} ({AGE_OVER_89:95}) cannot return "
    "to his home on {LOCATION:Lauderdale St}. Referral to {ORGANIZATION:Ave Maria Home} "
    "faxed to {FAX:901-555-0192}.",
    "CONSULT NOTE - Addiction Medicine\n{NAME:Cheyenne Marie Lopez} (MRN {MRN:E9904417}), "
    "28, on methadone 90 mg from {ORGANIZATION:CODAC} in {LOCATION:Tucson}. Counselor "
    "{NAME:Raul} confirmed last dose {DATE:11/21}. Boyfriend {NAME:Tanner} also in care.",
    "Outpatient psychiatry follow-up\n{NAME:Priya Raghunathan}, 33, software engineer at "
    "{ORGANIZATION:Microsoft} in {LOCATION:Redmond}. Panic improved. Sertraline 100 mg. "
    "Husband {NAME:Arjun} attended. Next visit {DATE:12/29/2026} with {NAME:Dr. Mei-Ling Zhou}.",
    "Admission note: {NAME:Jeremiah Stoltzfus}, 24, Amish, from {LOCATION:Gordonville}, brought "
    "by his brothers {NAME:Amos} and {NAME:Levi} after 5 days without sleep. Admit to "
    "{ORGANIZATION:Penn Medicine Lancaster General} 7 South.",
    "Letter: {DATE:November 23, 2026}\nSocial Security Administration, "
    "{LOCATION:Kansas City}, MO\nRe: {NAME:Bernadette Kowalski}, SSN "
    "{SSN:xxx-xx-4471}, claim {OTHER_ID:A-2281-55}\nMs. {NAME:Kowalski} has been under my care "
    "since {DATE:2019}. {NAME:Thomas Reiner}, PhD",
    "Nursing note 2300: pt {NAME:Iris} pacing, asking for her son {NAME:Bobby}. Redirected. "
    "Son called from {LOCATION:Tacoma} at {PHONE:253-555-0170}; visiting {DATE:Saturday "
    "11/28}. PRN given per {NAME:Dr. Asante}.",
    "Court-ordered evaluation. Defendant: {NAME:Marcus Dupree Harlan}. Case "
    "{OTHER_ID:CR-2026-004187}, {ORGANIZATION:Jefferson County District Court}, "
    "{LOCATION:Birmingham}. Evaluator: {NAME:Dr. Celeste Ambrose}. Interviewed at "
    "{ORGANIZATION:Jefferson County Jail} on {DATE:11/12/2026} and {DATE:11/16/2026}.",
]


def main() -> None:
    write("hospital_and_clinic_records.jsonl", "hcr", HOSPITAL_AND_CLINIC_RECORDS)


if __name__ == "__main__":
    main()
