"""Write two more held-out corpora, each written before it was first measured.

    benchmarks/data/december_therapy_notes.jsonl  therapy notes in the structured formats
                                                  clinicians sign (DAP, BIRP, GIRP, SOAP) and
                                                  free dictation, written after the winter
                                                  sets' rules were changed
    benchmarks/data/december_records.jsonl        nursing, discharge and consult notes in
                                                  hospital shorthand, with the numbers and
                                                  codes records carry

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py.
Provider names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

DECEMBER_THERAPY_NOTES = [
    "D: {NAME:Coralie} reported her sister {NAME:Annick} moved back from {LOCATION:Quebec "
    "City} and is staying on her couch. A: Boundaries strained; GAD-7 13. P: Assertiveness "
    "script; next session {DATE:12/8}.",
    "B: Client ({NAME:Thaddeus O'Rourke}, 52) arrived 10 min late, smelled of alcohol. I: MI, "
    "decisional balance. R: Agreed to call {ORGANIZATION:Gosnold} intake at "
    "{PHONE:508-555-0175}. P: Follow up {DATE:Thursday, Dec 10}.",
    "G: reduce panic. I: interoceptive exposure (spinning chair). R: {NAME:Mireille} rated "
    "SUDS 60 -> 25. P: practice daily; her husband {NAME:Guy} will coach.",
    "S: \"I can't stop thinking about the crash.\" {NAME:Desmond} was driving his employer's "
    "van for {ORGANIZATION:Sunrise Linen Supply} when it was hit on {LOCATION:Route 128} on "
    "{DATE:Nov 14}. O: startle, tearful. A: acute stress disorder. P: CPT.",
    "{NAME:Yusra Al-Khatib} brought her son {NAME:Omar} (9). School ({ORGANIZATION:Lincoln "
    "Elementary}) reports hitting peers. PCIT coaching; teacher {NAME:Mrs. Gallagher} will "
    "send a daily card.",
    "Session with {NAME:A.J. McAllister} via telehealth (he was at his brother's in "
    "{LOCATION:Scranton}). Working on grief after his dad {NAME:Seamus} died "
    "{DATE:October 2}. Continuing bonds work.",
    "{NAME:Lark} (she/they) disclosed a sexual assault at a party at {ORGANIZATION:Bard} in "
    "{DATE:March}. Declined reporting. Gave RAINN info and {ORGANIZATION:Family Services of "
    "Dutchess County} number.",
    "Couples: {NAME:Ingrid} and {NAME:Tobias van der Berg}. Pursue-withdraw cycle. {NAME:Tobias}'s "
    "mother {NAME:Hanneke} visits from {LOCATION:Utrecht} on {DATE:the 18th}; both dread it.",
    "{NAME:Mr. Okonkwo-Reyes} reports his employer, {ORGANIZATION:Harbor Freight Logistics}, "
    "cut his hours. Financial stress, insomnia. His wife {NAME:Nkem} works at "
    "{ORGANIZATION:Stop & Shop}.",
    "Teen session: {NAME:Bexley} (15) shared screenshots from her ex's account "
    "{OTHER_ID:@jaxx.on.ice}. Mom {NAME:Carmen Ruiz} aware. Safety plan, school counselor "
    "{NAME:Mr. Pham} looped in.",
    "{NAME:Gwendolyn} (\"{NAME:Wendy}\") {NAME:Ashby-Frost}, 67, widowed, reports loneliness "
    "since moving to {ORGANIZATION:Brookdale Senior Living} in {LOCATION:Sarasota}. BA plan: "
    "bridge club Tuesdays.",
    "EMDR reprocessing: the flood at her grandmother's house in {LOCATION:Grand Isle} "
    "({DATE:Aug 2021}). {NAME:Delphine} SUD 7 -> 1, VOC 6. Installed 'I survived'.",
    "{NAME:Malachi} says his PO, {NAME:Officer Brandt}, wants proof of attendance. ROI signed "
    "for {ORGANIZATION:Essex County Probation}. 12 sessions completed as of {DATE:11/30/2026}.",
    "IFS session with {NAME:Rosalind}. Protector: the 'manager' who plans every minute. She "
    "linked it to caring for her mother {NAME:Edith} after the stroke in {DATE:2009}.",
    "{NAME:Quentin} called from a new number, {PHONE:(617) 555-0129 ext 4}, to move Monday's "
    "appointment. Emailed confirmation to {EMAIL:q.harlow@protonmail.com}.",
    "Grief group: {NAME:Mabel}, {NAME:Ignatius}, {NAME:Fern} and {NAME:Dorothea}. "
    "{NAME:Ignatius} brought a photo of his late wife {NAME:Clementine} at "
    "{LOCATION:Lake Winnipesaukee}.",
    "DBT skills group. {NAME:Kit} used opposite action when her roommate {NAME:Saoirse} "
    "borrowed her car without asking. Diary card: urges 2/5.",
    "{NAME:Ebenezer} (\"{NAME:Eb}\") is a welder at {ORGANIZATION:Electric Boat} in "
    "{LOCATION:Groton}. Hearing loss and irritability; wife {NAME:Patrice} concerned.",
    "{NAME:Noor} asked that her father {NAME:Tariq} not be told about therapy. Confidentiality "
    "reviewed; she is 19 and a student at {ORGANIZATION:UMass Lowell}.",
    "{NAME:Wilfred Augustin} ({AGE_OVER_89:ninety-two}) and his daughter {NAME:Rose} attended. "
    "Adjustment after losing his license; he used to drive to {LOCATION:Lowell} daily.",
]

DECEMBER_RECORDS = [
    "Nursing 1900-0700: Pt {NAME:Ferreira, Adelino} resting. VSS. Wife {NAME:Graça} at "
    "bedside overnight. Pt asking for {NAME:Dr. Lindgren} re d/c plan. Son {NAME:Paulo} to "
    "call {PHONE:774-555-0133}.",
    "D/C SUMMARY\nAdm {DATE:11/18/2026}  D/C {DATE:11/24/2026}\nAttending: {NAME:Rashida "
    "Okafor-Bell}, MD\n71 y/o F from {LOCATION:Swansea} admitted with CHF exacerbation. "
    "Discharged to {ORGANIZATION:Fall River Jewish Home} for rehab.",
    "Consult: {NAME:Mr. Haddad} ({AGE_OVER_89:96}) with delirium. Lives with niece "
    "{NAME:Samira} at {LOCATION:88 Bedford St, Apt 2R}. Capacity eval requested by "
    "{NAME:Dr. Yoon}.",
    "ED: 34M BIBA from {LOCATION:Kennedy Park} after found down. Narcan x2. ID card: "
    "{NAME:Jarrell Whitfield}, DOB {DATE:7/21/1992}. MRN {MRN:002318845}. Pt left AMA 0430.",
    "Pharmacy note: pt's MassHealth ID {HEALTH_PLAN:100382774619} verified; refill sent to "
    "{ORGANIZATION:CVS} #{OTHER_ID:2219} on {LOCATION:Ashley Blvd}. Prescriber DEA "
    "{LICENSE:BW4417823}.",
    "PT eval {DATE:11/20}: {NAME:Ms. Baptiste} ambulates 150 ft w/ RW. Home: 2-story, 12 "
    "steps, lives w/ husband {NAME:Jean-Claude}. Works as a CNA at {ORGANIZATION:Hathaway "
    "Manor}.",
    "Wound care: pt {NAME:Ezra Blumenthal} seen with wife {NAME:Miriam}. Photos uploaded to "
    "chart (image {PHOTO:IMG_4471.jpg}). Pressure injury sacrum stage 3.",
    "Call log {DATE:11/22/26} 14:10: {NAME:Leona} from {ORGANIZATION:Bristol Elder "
    "Services} (fax {FAX:508-555-0147}) requesting PT notes for {NAME:Mr. Correia}.",
    "Pt {NAME:Thibault, Margaux} DOB {DATE:03/09/1944}, acct {ACCOUNT:V00284417733}, seen in "
    "{ORGANIZATION:Charlton Memorial} ED for fall. CT head neg. PCP {NAME:Dr. Sylvia Mendes}.",
    "OB: {NAME:Keiko Tanabe-Ross} 31 y/o G2P1 at 36w. Partner {NAME:Declan}. Delivering at "
    "{ORGANIZATION:St. Luke's}. Doula {NAME:Amara} ({EMAIL:amara.births@gmail.com}).",
    "Resp therapy: CPAP 12/8 via FFM. Device serial {DEVICE:RS2-90044718}. Pt {NAME:Mr. "
    "Delgado} states mask leaks at home in {LOCATION:Westport}.",
    "SW: pt {NAME:Lorraine Pacheco} homeless since eviction from {LOCATION:410 Rodman St} in "
    "{DATE:September}. Referred to {ORGANIZATION:Steppingstone}. Contact sister "
    "{NAME:Dina} {PHONE:508.555.0166}.",
    "Cardiology f/u: {NAME:Barnaby Whitlock}, 58, s/p PCI {DATE:10/3/2026} at "
    "{ORGANIZATION:Rhode Island Hospital}. Works at {ORGANIZATION:Hasbro} in "
    "{LOCATION:Pawtucket}. Plavix x12 mo.",
    "Peds: {NAME:Zuri} 6 y/o here w/ grandma {NAME:Odessa} (legal guardian). Attends "
    "{ORGANIZATION:Carney Academy}. Asthma; uses spacer. Next visit {DATE:Jan 12}.",
    "Psych NP note: {NAME:Cedric Fontaine} on lithium 900 mg; level 0.8 on {DATE:11/19}. "
    "Plates on his truck ({VEHICLE:8RT-443}) came up in the collateral from his brother "
    "{NAME:Luc}.",
    "ICU: {NAME:Mrs. Arruda} intubated. Family meeting w/ daughters {NAME:Fatima} and "
    "{NAME:Ines}, {NAME:Dr. Kowalski} (ICU), chaplain {NAME:Rev. Tillman}. Full code for now.",
    "Lab interface: specimen {OTHER_ID:MB-26-44107} from {NAME:Souza, Joaquim}; HIV-1 RNA "
    "undetectable. Reported to {NAME:Bettina Crowe}, RN.",
    "Telehealth (video) with {NAME:Hollis Trent} from his home in {LOCATION:Tiverton}, IP "
    "{IP:73.142.18.206} logged. Discussed sleep; trazodone 50 mg.",
]


def main() -> None:
    write("december_therapy_notes.jsonl", "dtn", DECEMBER_THERAPY_NOTES)
    write("december_records.jsonl", "drc", DECEMBER_RECORDS)


if __name__ == "__main__":
    main()
