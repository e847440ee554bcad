"""Write two more held-out corpora, each written before it was first measured.

    benchmarks/data/practice_messages.jsonl       what a practice pastes besides notes: portal
                                                  messages, voicemail transcripts, e-mails from
                                                  schools and lawyers, fax cover sheets
    benchmarks/data/group_practice_notes.jsonl    notes from a group practice's clinicians,
                                                  each in their own habits (terse, lower-case,
                                                  long-hand), written after the December sets'
                                                  rules were changed

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py.
Provider names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

PRACTICE_MESSAGES = [
    "Voicemail {DATE:11/30} 4:12 pm: hi this is {NAME:marguerite dubois} calling for "
    "{NAME:dr. feeney}, um, I need to move my thursday appointment, my number is "
    "{PHONE:five oh eight, five five five, zero one nine four}. thanks.",
    "Portal message from {NAME:Hope Lindqvist}: \"Can we talk about my son {NAME:Will} at the "
    "next session? His school ({ORGANIZATION:Hanover Middle School}) called again.\"",
    "From: {EMAIL:counselor.rivas@wsd.k12.ma.us}\nTo: intake\nRe: {NAME:Dakota Fenwick}, "
    "grade 10\n{NAME:Dakota} has missed 14 days since {DATE:October 6}. Parent is {NAME:Shauna "
    "Fenwick}, cell {PHONE:413-555-0182}.",
    "FAX COVER\nTo: Sealnote Counseling  Fax: {FAX:781-555-0143}\nFrom: {ORGANIZATION:Law "
    "Office of Pritchard & Vance}\nRe: Estate of {NAME:Harold Mercer}, Docket "
    "{OTHER_ID:PR24-0719}\nPages: 6",
    "Text from client: running 10 min late, parking at the {ORGANIZATION:Shaw's} on "
    "{LOCATION:Main St}. -{NAME:Summer}",
    "VM from {NAME:Grace} at {ORGANIZATION:Beacon Pharmacy} re prior auth for Vraylar for "
    "{NAME:Mr. Ingersoll}, member ID {HEALTH_PLAN:XJH448210375}. Call back {PHONE:617 555 "
    "0150}.",
    "Hi {NAME:Dr. Ambrose}, my daughter {NAME:Rosalie} (DOB {DATE:5/14/2011}) needs a letter "
    "for her 504 plan at {ORGANIZATION:Nauset Regional}. Could you send it to "
    "{EMAIL:kbrightwater@comcast.net}? - {NAME:Kendra Brightwater}",
    "Referral received via Direct from {ORGANIZATION:Cape Cod Healthcare}: {NAME:Ulysses "
    "Papadakis}, 44, MRN {MRN:CCH-0081273}, dx MDD recurrent. Lives in {LOCATION:Hyannis}. "
    "Referring: {NAME:Jolene Marsh}, NP.",
    "Message left by {NAME:Officer Daniels} of {ORGANIZATION:Brockton PD}, case "
    "{OTHER_ID:26-114082}, asking to confirm whether {NAME:Travis Kimble} is a client. "
    "Did not confirm; PO aware.",
    "portal: hey its {NAME:jaylen}. my new insta is {OTHER_ID:@jaylen.draws}, i posted the "
    "drawing we talked about. also my moms new number is {PHONE:(508) 555-0107}",
    "Insurance EOB: patient {NAME:Faith Okwuosa}, claim {OTHER_ID:2611-48830-02} denied, "
    "service date {DATE:10/21/2026}, CPT 90837. Subscriber {NAME:Chidi Okwuosa}, group "
    "{HEALTH_PLAN:GRP 774031}.",
    "Email from {NAME:Wendell Ashgrove} ({EMAIL:wendell.ashgrove@outlook.com}): my mother "
    "{NAME:Opal} is {AGE_OVER_89:94} now and moved into {ORGANIZATION:Whitney Place} in "
    "{LOCATION:Sharon}. Can her sessions be by phone?",
    "Records request from {ORGANIZATION:Liberty Mutual} for claimant {NAME:Rocco Iannelli}, "
    "claim no. {OTHER_ID:LA-509-77312}, DOI {DATE:06/02/2025}. HIPAA authorization attached.",
    "Voicemail transcript: \"Yeah hi it's {NAME:Bobby} from the {ORGANIZATION:Elks lodge}, "
    "{NAME:Dennis} asked me to call, he's okay, he's staying with me on {LOCATION:Cranberry "
    "Lane} for now.\"",
    "Telehealth link for {NAME:Ms. Achterberg}: {URL:https://meet.sealnote-demo.org/r/"
    "k7q2-mx9}. Her Zoom name shows as {NAME:Nell A}.",
    "Secure message to {NAME:Octavia}: your appointment is confirmed for {DATE:Monday, "
    "December 7} at 3 pm at our {LOCATION:Dedham} office, {LOCATION:400 Washington St, "
    "Suite 210}.",
    "From the front desk: {NAME:Mr. Villanueva}'s card on file ending {ACCOUNT:4417} was "
    "declined; he'll bring a check. His wife {NAME:Luz} says he starts at {ORGANIZATION:Ocean "
    "Spray} next week.",
    "Collateral call with {NAME:Pastor Whitaker} of {ORGANIZATION:Greater Love Tabernacle}: "
    "{NAME:Deacon} ({NAME:Marcus Bell}) has been sleeping at the church since "
    "{DATE:Thanksgiving}.",
]

GROUP_PRACTICE_NOTES = [
    "pt {NAME:kezia} seen for session 6. reports her boyfriend {NAME:tavon} took her phone "
    "again. she went to her aunt {NAME:bernadette}'s in {LOCATION:mattapan} for the weekend. "
    "safety plan reviewed, DV hotline.",
    "Client: {NAME:Leopold Adeyemi-Strand}\nDOB: {DATE:02/28/1979}\nSession: {DATE:11/27/2026} "
    "(53 min)\nModality: CBT-I\nSleep diary shows SOL 45 min; started stimulus control.",
    "{NAME:Chance} (16, he/him) came with his grandmother {NAME:Merle}. He was suspended from "
    "{ORGANIZATION:Durfee High} after a fight. Anger thermometer, STOP skill.",
    "Couple session, {NAME:Ximena} and {NAME:Rob Castellano}. {NAME:Rob}'s job at "
    "{ORGANIZATION:Gillette Stadium} means weekend nights away. Gottman repair attempts; "
    "homework: daily stress-reducing conversation.",
    "Intake. {NAME:Mercy Adjei}, 38, nurse at {ORGANIZATION:Good Samaritan Medical Center}, "
    "presents with burnout and intrusive memories from COVID units. PCL-5 41. Lives in "
    "{LOCATION:Stoughton} with her two kids.",
    "psychodynamic. {NAME:augustin} talked about his father again, the restaurant in "
    "{LOCATION:new bedford} and the night it burned ({DATE:july 4th 1998}). transference: "
    "he apologised for being 'too much'.",
    "Risk assessment: {NAME:Mr. Tremblay} denies SI/HI. Guns removed to his brother "
    "{NAME:Gaetan}'s house in {LOCATION:Woonsocket} on {DATE:Nov 21}. C-SSRS low risk.",
    "EMDR phase 3. Target memory: car accident on {LOCATION:I-195} near {LOCATION:exit 12}, "
    "{DATE:February 2023}. {NAME:Shira} NC: 'I'm going to die'. PC: 'I'm safe now'. VOC 2.",
    "{NAME:Ms. Pennington-Osei} reports her mother, {AGE_OVER_89:91}, fell at home in "
    "{LOCATION:Foxborough}; she is her only caregiver. Caregiver strain, values work (ACT).",
    "ACT session. {NAME:Ivy} defused from 'I'm a fraud' using leaves on a stream. She starts "
    "a residency at {ORGANIZATION:Tufts Medical Center} in {DATE:July}. Willingness 7/10.",
    "family session: mom {NAME:lucinda}, stepdad {NAME:craig}, and {NAME:brayden} (12). "
    "{NAME:brayden} wants to see his dad {NAME:shane} more, who lives in {LOCATION:fall river}. "
    "structural work on the parental subsystem.",
    "DBT individual. Chain analysis of self-harm on {DATE:11/25}: trigger was a text from "
    "{NAME:Jordyn}'s ex, {NAME:Kyle Marchetti}. Skills used: TIPP (cold water), paced breathing.",
    "{NAME:Patience Nakamura-Hall} attended with her interpreter ({NAME:Ms. Sato}). Adjustment "
    "after moving from {LOCATION:Sapporo} for her husband's job at {ORGANIZATION:Raytheon}. "
    "Behavioral activation.",
    "Group note (men's anger management, week 8): {NAME:Dominic}, {NAME:Hector}, "
    "{NAME:Lyle} and {NAME:Pete} attended. {NAME:Lyle} reports a court date {DATE:Dec 14} at "
    "{ORGANIZATION:Taunton District Court}.",
    "IFS. {NAME:Bliss} met a young exile part, about 7, hiding in the closet at the house on "
    "{LOCATION:Pleasant Street}. Unburdening not yet; protector (critic) agreed to step back.",
    "Supervision note: reviewed case of {NAME:J.R.} (client initials) with {NAME:Dr. "
    "Oyelaran}. Discussed mandated report filed with {ORGANIZATION:DCF} on {DATE:11/23}, "
    "intake {OTHER_ID:#2026-88417}.",
    "{NAME:Dawn} says the holidays are hard since her son {NAME:Tristan} died on "
    "{DATE:December 19, 2022}. His birthday is {DATE:the 3rd}. Grief work; continuing bonds.",
    "Teletherapy: client {NAME:Robin Achebe} connected from her car outside {ORGANIZATION:Home "
    "Depot} in {LOCATION:Seekonk} (her break at work). Brief check-in; PHQ-9 11.",
    "{NAME:Mr. Halvorsen} (\"{NAME:Hal}\"), retired {ORGANIZATION:MBTA} bus driver, 74, "
    "grieving his wife {NAME:Ingeborg}. Still drives to her grave at {LOCATION:Oak Grove "
    "Cemetery} daily.",
    "Pt {NAME:Sky} reports work stress at {ORGANIZATION:Fidelity} (compliance team). Panic "
    "attacks in the elevator at {LOCATION:245 Summer St}. Interoceptive exposure planned.",
    "Motivational interviewing with {NAME:Chase Dupree}. Drinks 8-10 beers nightly; last "
    "DUI {DATE:3/2024}, license plate {VEHICLE:4KT 921} flagged. Court-ordered; PO "
    "{NAME:Ms. Albright}.",
    "{NAME:Autumn} brought her service dog Pickles. Reports flashbacks after the "
    "break-in at her apartment, {LOCATION:Unit 5B}, {LOCATION:77 Harbor View Rd}. Grounding "
    "5-4-3-2-1.",
]


def main() -> None:
    write("practice_messages.jsonl", "pmg", PRACTICE_MESSAGES)
    write("group_practice_notes.jsonl", "gpn", GROUP_PRACTICE_NOTES)


if __name__ == "__main__":
    main()
