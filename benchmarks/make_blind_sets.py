"""Write further held-out corpora, each written before it was first measured.

    benchmarks/data/therapy_dictations_third.jsonl   therapy dictations, a third hand
    benchmarks/data/clinic_notes.jsonl               clinical notes in the shapes hospitals and
                                                     clinics write them (headers, letterheads,
                                                     signatures, discharge summaries)
    benchmarks/data/ward_notes.jsonl                 nursing, consult and ward notes
    benchmarks/data/spoken_and_structured.jsonl      speech-to-text without capitals or
                                                     punctuation; structured progress notes
    benchmarks/data/word_names_and_codes.jsonl       names that are also words, families,
                                                     partial identifiers, unusual dates and codes
    benchmarks/data/transcribed_summaries.jsonl      discharge summaries and letters with
                                                     capitals, signature blocks, unit numbers
    benchmarks/data/many_names.jsonl                 clients and families from many
                                                     backgrounds; hyphenated and multi-part names
    benchmarks/data/every_kind.jsonl                 every Safe Harbor kind in therapy dictation
    benchmarks/data/forms_and_letters.jsonl          registration forms and letters with
                                                     labelled fields
    benchmarks/data/odd_formats.jsonl                identifiers in unusual formats, client
                                                     messages, typed shorthand
    benchmarks/data/full_notes.jsonl                 full progress notes with headings,
                                                     mental status and risk
    benchmarks/data/hard_names.jsonl                 lower case, nicknames, possessives,
                                                     initials, multi-part names, word-names
    benchmarks/data/child_and_family.jsonl           children, families, schools and custody
    benchmarks/data/hospital_shorthand.jsonl         hospital shorthand in lower case
    benchmarks/data/chosen_names.jsonl               chosen and old names, pets, faith, two
                                                     languages
    benchmarks/data/word_names_in_place.jsonl        word-names beside the same words as words
    benchmarks/data/therapy_questions.jsonl          questions a clinician types to an assistant
    benchmarks/data/transcribed_consults.jsonl       long transcribed consultations
    benchmarks/data/mixed_last.jsonl                 ordinary therapy dictations, mixed
    benchmarks/data/final_held_out.jsonl             measured only: no rule changed for it

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py.
Provider names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

THIRD_SET = [
    "pt {NAME:lorraine} reports her son {NAME:dmitri} was deployed again, she watches the news "
    "all night. sleep 3-4 hrs. we did worry postponement and a wind-down routine. she works "
    "weekends at the {ORGANIZATION:Dunkin} on {LOCATION:Ashley Blvd}.",
    "Met with {NAME:Chidi Okonkwo-Reyes} for session 6. He reports that his landlord "
    "{NAME:Mr. Baptiste} served a notice to quit on the {DATE:14th}. Problem-solving therapy; "
    "he will call {ORGANIZATION:South Coastal Counties Legal Services} at "
    "{PHONE:508.555.0177}. BDI-II 24.",
    "{NAME:Gracie} is 11, referred by the school adjustment counselor at {ORGANIZATION:Pulaski "
    "Elementary} after she stopped eating lunch with peers. Mom {NAME:Tamsin} says it started "
    "after the move from {LOCATION:Worcester} in {DATE:August}. Play therapy, feelings "
    "thermometer.",
    "Individual session. Client discussed the anniversary of the accident: the crash "
    "happened on {LOCATION:Route 140} on {DATE:March 9, 2019}. Trauma narrative chapter "
    "three. SUDS peak 85, end 40.",
    "Client {NAME:Faisal} asked me to write a letter for his lawyer, Attorney {NAME:Melendez}, "
    "about his asylum case, case number {OTHER_ID:A-208-551-903}. Discussed limits of what I "
    "can state. PCL-5 51. Grounding with 5-4-3-2-1.",
    "DBT skills group today, {NAME:Keisha} attended and shared a chain analysis about the "
    "argument with her girlfriend {NAME:Nat}. She used opposite action. Diary card: urges 2/5, "
    "no self-harm since {DATE:11/2}.",
    "{NAME:walt} is {AGE_OVER_89:ninety-one}, widower, lives at {ORGANIZATION:Brookhaven "
    "Assisted Living} in {LOCATION:Fairhaven}. Daughter {NAME:Bev} worries he's isolating. "
    "Life review, some tearfulness about the war. MoCA 24/30.",
    "Session moved to telehealth as client is at her mother's in {LOCATION:Providence}. "
    "{NAME:Yesenia} is struggling with postpartum mood, baby {NAME:Mateo} born "
    "{DATE:Oct 2}. EPDS 17. Coordinated with her OB, {NAME:Dr. Whitcombe}, by fax "
    "{FAX:401-555-0142}.",
    "EMDR reprocessing of the memory of the dog attack at age 7. {NAME:Colm} says the dog "
    "belonged to the neighbours on {LOCATION:Pope's Island}. VOC 3 to 6, SUD 7 to 1. Future "
    "template next week.",
    "Couples: {NAME:Ray} and {NAME:Ellen Szymanski}. Conflict over {NAME:Ellen}'s mother "
    "moving in. EFT, identified pursue/withdraw cycle. Next session Thursday the {DATE:5th}.",
    "ACT session w/ {NAME:Brendan}, he lost his job at {ORGANIZATION:Acushnet Company} "
    "{DATE:last Tuesday}. Values card sort: family, craft. Willingness exercise. He'll apply "
    "to the union hall on {LOCATION:Purchase St}.",
    "Abuela {NAME:Carmen} ({AGE_OVER_89:97}) died on {DATE:June 30}; client {NAME:Luz} is "
    "the one who found her. Grief work, continuing bonds letter. Client's cell "
    "{PHONE:774 555 0163}, ok to text.",
    "client shared that his probation officer {NAME:Ms. Dube} wants monthly attendance "
    "letters. Consent for release signed for {ORGANIZATION:Bristol County Probation}. "
    "{NAME:Jamal} is 60 days clean from opioids on buprenorphine 16 mg.",
    "Intake. Name: {NAME:Harriet Anne Pelletier}. DOB: {DATE:02-11-1958}. Address: "
    "{LOCATION:1207 Acushnet Ave}, {LOCATION:New Bedford} {LOCATION:02746}. Insurance: BCBS "
    "MA, member {HEALTH_PLAN:XKM884120337}. Emergency contact: husband {NAME:Lionel}, "
    "{PHONE:508-555-0108}.",
    "{NAME:Teddy} (goes by {NAME:T}) is a 16 y/o at {ORGANIZATION:Bishop Stang}, came out as "
    "bi to his parents last week. Dad took it hard. Affirming, family session planned with "
    "Mr. and Mrs. {NAME:Furtado}.",
    "IFS session. {NAME:Noor} met a young part she calls the 'little editor'. Unburdening not "
    "yet. She mentioned her ex, {NAME:Sebastian Kray}, messaged her on Instagram as "
    "{OTHER_ID:@sebkray.art}; she blocked him.",
    "Client arrived late, bus from {LOCATION:Wareham} was delayed. {NAME:Dolores} reports her "
    "diabetes is worse, A1c 9.1, sees {NAME:Dr. Nakamura} at {ORGANIZATION:Southcoast Health} "
    "on {DATE:12/3}. MI around insulin adherence.",
    "Psychodynamic session. {NAME:Anselm} talked about his father's funeral in "
    "{LOCATION:Gdansk} and the silence in the family. Transference: he apologised three times "
    "for being 'too much'.",
    "{NAME:Shay} reports being followed home from {ORGANIZATION:Bristol Community College} by "
    "a man in a grey Nissan Altima, plate {VEHICLE:4TRW19}. Police report filed, report no. "
    "{OTHER_ID:24-11873}. Safety planning.",
    "Session with {NAME:Ms. Odile Brassard}. She is applying for disability and needs records "
    "sent to DDS, claim {OTHER_ID:DDS-7740129}. Discussed fatigue and "
    "low mood. PHQ-9 19, no SI.",
    "{NAME:big mike} (client's name for his sponsor) has been calling daily. Client "
    "{NAME:Tomás} is 9 months sober, attends NA at the church on {LOCATION:County Street}. "
    "Relapse prevention, HALT.",
    "Teen session. {NAME:Avery}'s Snapchat is {OTHER_ID:avery.b.2009}, she showed me messages "
    "from a boy at {ORGANIZATION:Old Rochester Regional}. Discussed online safety; mandated "
    "report considered, not indicated.",
    "{NAME:Petra} talked about her job as a night nurse at {ORGANIZATION:Charlton Memorial}. "
    "Compassion fatigue. She wants to transfer to the VA clinic in "
    "{LOCATION:Brockton}. Self-compassion break.",
    "Phone check-in with {NAME:Augustin} after ER visit on {DATE:11/18/24}. He's staying with "
    "his cousin {NAME:Réjean} at {LOCATION:48 Nye Lane}, {LOCATION:Acushnet}. Safety plan "
    "updated, means restriction discussed.",
    "Client's daughter {NAME:Maeve} (MRN {MRN:0092271}) is also seen in our practice; no "
    "overlap discussed. {NAME:Siobhan} worked on assertiveness scripts for her boss, "
    "{NAME:Don}.",
    "{NAME:Hollis} brought his service dog, {NAME:Ranger}. Prolonged exposure imaginal, "
    "session 5, the convoy in {LOCATION:Kandahar}. SUDS 90 to 55. Homework: in vivo at "
    "{ORGANIZATION:Walmart} {LOCATION:Dartmouth}.",
    "pt states her new email is {EMAIL:june.bug.1962@example.org} and she's moved to "
    "{LOCATION:88 Grinnell St apt 2}. {NAME:June}'s GAD-7 is 9. Behavioral experiments on "
    "reassurance seeking.",
    "Group note: 6 members present. {NAME:Ivy} shared her relapse. {NAME:Ron} left early for "
    "his shift at {ORGANIZATION:Cape Cod Potato Chips}. Topic: managing triggers around the "
    "holidays.",
    "Collateral call with {NAME:Dr. Priyanka Sethi} (psychiatrist) re: lithium level 0.9 on "
    "{DATE:11/20}. Client {NAME:Oren} tolerating well. Next appointment "
    "{DATE:December 15th} at 2pm.",
    "{NAME:Marguerite} wants her records faxed to her new therapist in {LOCATION:Portland}, "
    "{NAME:Lena Hoff}, LICSW, fax {FAX:(207) 555-0186}. ROI signed {DATE:11/21/2024}.",
]

CLINIC_NOTES = [
    "DISCHARGE SUMMARY\nPatient: {NAME:KOWALSKI, THEODORE J}\nMRN: {MRN:004418273}\n"
    "Admission Date: {DATE:10/02/2024}   Discharge Date: {DATE:10/09/2024}\n"
    "Attending: {NAME:Miriam L. Achebe}, MD\n\nHOSPITAL COURSE: 67M with CHF (EF 30%) admitted "
    "for volume overload. Diuresed with IV furosemide, net -6 L. Creatinine peaked 1.8. "
    "Discharged home with his wife. Follow up with {NAME:Dr. Fenwick} in cardiology clinic "
    "in 1 week.\n\nDictated by: {NAME:M. Achebe}  DD: {DATE:10/09/2024}  DT: "
    "{DATE:10/10/2024}",
    "Record date: {DATE:2024-03-14}\n\nPSYCHIATRY FOLLOW-UP\n{NAME:Ms. Delacroix} is a 34yo "
    "woman with bipolar II, seen for med management. Mood stable on lamotrigine 200 mg. "
    "Works as a paralegal at {ORGANIZATION:Hinckley Allen}. Lives in {LOCATION:Cranston} "
    "with partner. Plan: continue, RTC 3 months.\n\n{NAME:Benjamin Osei-Tutu}, MD",
    "{ORGANIZATION:Harborview Family Medicine}\n{LOCATION:410 Main Street, Suite 2}\n"
    "{LOCATION:Falmouth, MA 02540}\nTel {PHONE:508-555-0170}  Fax {FAX:508-555-0171}\n\n"
    "{DATE:November 4, 2024}\n\nRe: {NAME:Eleanor Vance}, DOB {DATE:06/23/1950}\n\n"
    "Dear {NAME:Dr. Castellanos},\nThank you for seeing Mrs. {NAME:Vance} for evaluation of "
    "memory complaints. Her MoCA today was 21/30. B12 and TSH are normal.\n\n"
    "Sincerely,\n{NAME:Anita Raghunathan}, MD",
    "ED NOTE {DATE:07/04/24} 23:41\nCC: fall\nHPI: {AGE_OVER_89:92} y/o F BIBA from "
    "{ORGANIZATION:Sippican Healthcare Center} after unwitnessed fall. On apixaban. CT head "
    "neg. Daughter {NAME:Joanne} at bedside, phone {PHONE:508 555 0133}.\nDispo: admit to "
    "medicine, {NAME:Dr. Abernathy} aware.",
    "PROGRESS NOTE\nPt: {NAME:Rafael Quiñones}  Acct #: {ACCOUNT:88120045}  Room 4B\n"
    "S: Feeling better, ambulating in hall. Wants to go home to {LOCATION:Lawrence} to see his "
    "granddaughter's christening on Sunday, {DATE:Nov 10}.\nO: T 37.1, HR 82, BP 128/76.\n"
    "A/P: CAP improving on ceftriaxone/azithro. Switch to PO.\n-- {NAME:J. Whitlock}, PA-C",
    "RADIOLOGY REPORT\nName: {NAME:Hsu, Mei-Lin}   MRN: {MRN:7734019}   Exam date: "
    "{DATE:09/17/2024}\nAccession: {OTHER_ID:RAD24-0917-3321}\nEXAM: MRI brain w/wo contrast\n"
    "IMPRESSION: No acute intracranial abnormality. Scattered T2 hyperintensities, likely "
    "chronic small vessel ischemic change.\nRead by: {NAME:Gregory Tan}, MD",
    "Telephone encounter {DATE:8/12/2024}. Spoke with patient's husband {NAME:Walter "
    "Brennan} at {PHONE:(781) 555-0192}. He reports {NAME:Patricia} has had fevers to 101 "
    "since Friday. Advised ED if worse. Message routed to {NAME:Dr. Liang}.",
    "OPERATIVE NOTE\nDate of surgery: {DATE:May 6, 2024}\nSurgeon: {NAME:Oluwaseun Adeyemi}, "
    "MD\nAssistant: {NAME:K. Lindqvist}, PA\nProcedure: Dual-chamber pacemaker implantation.\n"
    "Device: Medtronic Azure XT DR, SN {DEVICE:RNB204417H}\nPatient tolerated the procedure "
    "well. Device card given to patient.",
    "Prior authorization request\nMember: {NAME:Jacqueline Moreau}\nMember ID: "
    "{HEALTH_PLAN:W2291048877}\nGroup #: {HEALTH_PLAN:0047721}\nPrescriber: {NAME:Dr. Samuel "
    "Okafor}, NPI {LICENSE:1457392018}\nMedication: adalimumab 40 mg q2wk for moderate to "
    "severe plaque psoriasis, failed methotrexate.",
    "Patient is a 45 year old male who presents with chest pain. He is a firefighter with "
    "{ORGANIZATION:Fall River Fire Department}. Lives with wife and 3 kids on "
    "{LOCATION:Eastern Avenue}. Troponin negative x2. Stress test scheduled "
    "{DATE:11/27}.",
    "NURSING NOTE {DATE:03/02/2024} 0700\nPt {NAME:Mr. Ferreira} slept well, pain 2/10. "
    "Wife {NAME:Conceição} called at 0630 asking for update, info given per HIPAA form on "
    "file. Plan for discharge to {ORGANIZATION:Hathaway Manor} rehab today.",
    "CONSULTATION\nReferring physician: {NAME:Dr. Ingrid Solberg}\nReason: elevated LFTs\n"
    "HPI: {NAME:Mr. Abdi Warsame} is a 52-year-old taxi driver from {LOCATION:Lewiston}, "
    "originally from Somalia, with AST 140, ALT 188. Hep B sAg positive. Will start "
    "tenofovir. Recheck labs in {DATE:December}.",
    "From: {NAME:Kyle Prentiss} <{EMAIL:kprentiss@example.com}>\nSent: Monday, "
    "{DATE:October 21, 2024} 9:14 AM\nSubject: refill\n\nHi, I need a refill of my sertraline. "
    "My pharmacy is {ORGANIZATION:CVS} on {LOCATION:Dartmouth St}. Thanks, {NAME:Kyle}",
    "PEDIATRIC WELL VISIT\n{NAME:Zoe Achterberg}, 4 yo, here with mother {NAME:Liesl}. "
    "Attends {ORGANIZATION:Little Sprouts Daycare} in {LOCATION:Somerset}. Immunizations "
    "given: DTaP, IPV, MMR, varicella. Next visit at 5 years. Growth 60th percentile.",
    "Labs {DATE:10/15/2024}: Na 138, K 4.1, Cr 0.9, Hgb 12.8, WBC 7.2, A1c 6.9%. "
    "Called pt {NAME:Norma Jean Pike} to review, left voicemail at {PHONE:508-555-0111}. "
    "Letter mailed to {LOCATION:22 Weld Street, Apt 1}, {LOCATION:Westport MA 02790}.",
    "HISTORY AND PHYSICAL\nCC: SOB\n{NAME:Arturo Benedetti} is a {AGE_OVER_89:94}-year-old "
    "retired fisherman from {LOCATION:Gloucester} with COPD on 2L home O2. SH: widowed, lives "
    "with son {NAME:Paolo}. Former smoker, 80 pk-yr. PCP {NAME:Dr. Ruth Engel} at "
    "{ORGANIZATION:Addison Gilbert Hospital}.",
    "Case management note: pt's SSN {SSN:078-05-1120} verified for MassHealth application. "
    "Application number {OTHER_ID:MH-4471902}. Pt {NAME:Darnell Goode} will stay at "
    "{ORGANIZATION:Pine Street Inn} until housing is found. Phone {PHONE:617-555-0159}.",
    "Follow-up note, {DATE:Sept 30 2024}. {NAME:Yuki Tanabe} returns after starting "
    "metformin. GI upset resolved. Diet: works nights at {ORGANIZATION:Logan Airport} "
    "security, eats at irregular times. A1c down from 8.2 to 7.4. Continue.",
    "Occupational health: {NAME:Miguel Santos}, employee ID {OTHER_ID:E-40718}, "
    "{ORGANIZATION:Cardinal Health} warehouse, {LOCATION:Mansfield}. Forklift injury to left "
    "hand {DATE:10/30}. X-ray neg. Light duty 2 weeks.",
    "Patient portal message, {DATE:11/11/2024}: 'This is {NAME:Beatriz}, my blood sugar was "
    "310 this morning. I'm at my sister's in {LOCATION:Pawtucket} until the {DATE:20th}, "
    "her number is {PHONE:401-555-0125}.'",
    "OB visit, G2P1 at 28w2d. {NAME:Mrs. Ngozi Eze}. Glucola 152, 3h GTT ordered. Partner "
    "{NAME:Chukwuma} present. EDD {DATE:01/19/2025}. Plans delivery at {ORGANIZATION:St. "
    "Luke's}. Rhogam today.",
    "Driver's license {LICENSE:S48193022} presented at registration; pt {NAME:Helen "
    "Marchetti} updated address to {LOCATION:9 Sconticut Neck Rd}, {LOCATION:Fairhaven}. "
    "Vehicle for handicap placard: 2012 Buick Enclave, MA {VEHICLE:2HLK77}.",
    "Telehealth visit via {URL:https://meet.example-health.org/r/8841-aa} from IP "
    "{IP:73.119.42.201}. Pt {NAME:Ivan Petrov} located at home in {LOCATION:Brookline}. "
    "Consent for video visit confirmed. Migraine frequency down to 2/month on propranolol.",
    "Death note: {NAME:Mr. Cyril Ashworth}, {AGE_OVER_89:101}, pronounced {DATE:11/02/2024} "
    "at 03:12. Family notified: niece {NAME:Rosalind Ashworth-Kemp}. Attending {NAME:Dr. "
    "Mbeki} notified. Autopsy declined.",
    "Physical therapy eval. {NAME:Gwen} is a 58 y/o teacher at {ORGANIZATION:Case High "
    "School} with R rotator cuff tendinopathy. Goals: reach overhead to write on the board. "
    "Seen 2x/wk x 6 wks at our {LOCATION:Swansea} clinic.",
]

# Written after the first two sets were measured and their misses fixed, to check the fixes on
# text they have not seen: ICU and ward nursing notes, transcribed letters and summaries.
WARD_NOTES = [
    "NPN 7p-7a\nNeuro: A+Ox3, MAE, denies pain. Ativan 1mg x1 for anxiety.\nCV: SR 70s-80s, "
    "SBP 100-120s. K 3.4, repleted.\nResp: 2L NC, sats 96%. LS diminished at bases.\nSocial: "
    "wife {NAME:Loretta} called x2, updated. Son {NAME:Greg} to visit in AM.\nPlan: possible "
    "transfer to {LOCATION:Farr 7} tomorrow.",
    "Pt is a {AGE_OVER_89:90} yo woman admitted "
    "{DATE:3/2} from {ORGANIZATION:Whittier Rehab} with urosepsis. Seen by {NAME:Dr. Halvorsen} "
    "(ID). Dtr {NAME:Sue Ellen} is HCP, reached at {PHONE:(617) 555-0148}.",
    "Resp care note: Pt remains on CPAP 10/5, FiO2 40%. ABG 7.38/42/88. Will wean as tolerated. "
    "Discussed with {NAME:Dr. Vasquez-Lund}, pager {PHONE:617-555-0139}.",
    "CARDIOLOGY CONSULT {DATE:12-Mar-2024}\nRequested by: {NAME:Dr. Olamide Bankole}\n"
    "{NAME:Mrs. Tran} is a 71F with new AF with RVR, HR 140s. Started dilt gtt. TTE: EF 55%. "
    "CHA2DS2-VASc 4, start apixaban. Will follow.\n{NAME:Henrik Dahl}, MD, pgr {PHONE:4-5521}",
    "Addendum: spoke with pt's niece {NAME:Marisol Ocampo} by phone; she lives in "
    "{LOCATION:Yonkers} and will come Saturday {DATE:3/9}. Pt's PCP is {NAME:Dr. Kessler} at "
    "{ORGANIZATION:Riverdale Medical Associates}.",
    "BRIEF OP NOTE\nPreop dx: acute cholecystitis\nProcedure: lap cholecystectomy\nSurgeon: "
    "{NAME:Tomasz Wrobel}, MD\nAnesthesia: GETA\nEBL: 20 mL\nFindings: gangrenous GB.\n"
    "Dispo: PACU then floor.",
    "Social work note. Met with pt {NAME:Mr. Lindqvist} and his partner {NAME:Aaron} re: "
    "discharge. Pt lives alone in a 3rd floor walk-up on {LOCATION:Bowdoin St} in "
    "{LOCATION:Dorchester}. Works as a line cook at {ORGANIZATION:The Blue Heron}. VNA "
    "referral to {ORGANIZATION:Boston Home Health}, intake # {OTHER_ID:BH-220981}.",
    "Transcribed letter, {DATE:January 8, 2025}\n\n{NAME:Dr. Ayesha Siddiqui}\n"
    "{ORGANIZATION:North Shore Endocrine}\n{LOCATION:75 Lynnfield St}\n"
    "{LOCATION:Peabody, MA 01960}\n\nDear {NAME:Ayesha},\nI saw our mutual patient "
    "{NAME:Roland Tibbetts} today. His TSH is now 2.1 on levothyroxine 88 mcg.\n\n"
    "Best,\n{NAME:Karen}",
    "DISCHARGE INSTRUCTIONS\nName: {NAME:Beaulieu, Agnes M}\nDOB: {DATE:01/30/1931}\n"
    "Follow up: {NAME:Dr. Grant}, {DATE:12/10/24} at 10:30 AM, {ORGANIZATION:Grant Internal "
    "Medicine}, {LOCATION:18 Church St, Suite 4}, call {PHONE:978-555-0102} to confirm.",
    "ED triage {DATE:11/29/24} 0214: 34M BIBEMS after MVC on {LOCATION:I-93 S} near exit 7. "
    "Restrained driver. GCS 15. C-collar in place. Pt states his name is {NAME:Jordan Kelleher} "
    "and his wife {NAME:Amy} is on the way.",
    "Pt seen in {ORGANIZATION:Haverhill Pediatrics} clinic. {NAME:Lila} (3 yo) here with "
    "grandmother {NAME:Rosemarie}, who has temporary guardianship per DCF "
    "case {OTHER_ID:2024-JV-00731}. Otitis media, amoxicillin 90 mg/kg/day.",
    "Hospice note: {NAME:Mr. Oduya} ({AGE_OVER_89:96}) comfortable, RR 14, no distress. "
    "Family at bedside incl. daughters {NAME:Grace} and {NAME:Patience}. Chaplain "
    "{NAME:Fr. Doyle} visited.",
    "Pharmacy note: vancomycin trough 17.2 on {DATE:11/21}. Dose continued 1250 mg q12h. "
    "Discussed with {NAME:R. Castellano}, PharmD.",
    "Interval history: {NAME:Dev} is a 29 y/o grad student at {ORGANIZATION:Tufts} with "
    "Crohn's on Humira. Flare after trip to {LOCATION:Hyderabad} in {DATE:October}. "
    "Calprotectin 890. Plan: steroid taper, scope in 2 wks.",
    "Message from patient: 'Hi {NAME:Dr Moyo}, it's {NAME:Fatima Bello}, my new number is "
    "{PHONE:857-555-0116}. Can I come in Wednesday the {DATE:4th}? I can't do mornings "
    "because of work at {ORGANIZATION:Logan Express}.'",
    "Physician note: {AGE_OVER_89:ninety-four} year old man with advanced dementia, now DNR/DNI "
    "per health care proxy (son, {NAME:Vincent Amato}, {PHONE:401-555-0177}).",
    "Wound care: sacral stage III, 4x3 cm. Mepilex applied. Discussed with wound nurse "
    "{NAME:Bridget Ng}, RN. Photo taken and uploaded to chart, file {OTHER_ID:IMG_20241122_0931}.",
    "Infectious disease f/u. {NAME:Mr. Haddad} has HIV, VL undetectable, CD4 612. Works at "
    "{ORGANIZATION:Market Basket} in {LOCATION:Chelsea}. Continue Biktarvy. RTC {DATE:3/2025}.",
    "Neurology: {NAME:Ms. Yolanda Pierce-Whitfield}, 52, with MS on ocrelizumab. MRI "
    "{DATE:09/2024} stable. Lives with sister in {LOCATION:Lowell}. Drives a school bus for "
    "{ORGANIZATION:Lowell Public Schools}.",
    "Anesthesia preop: airway Mallampati II. Hx PONV. Pt {NAME:Sokolova} requests her "
    "husband {NAME:Pavel} be called after surgery at {PHONE:+1 781 555 0194}.",
]

# A fourth hand, written after the fixes the sets above prompted: speech-to-text without
# capitals or punctuation, structured progress notes, psychosocial histories.
SPOKEN_AND_STRUCTURED = [
    "okay this is a note for {NAME:kayla brennan} session five she says her boyfriend "
    "{NAME:tyler} has been texting her ex {NAME:jordan} and she found out on "
    "{DATE:thanksgiving day} she wants to move back with her mom in {LOCATION:swansea} "
    "we worked on a pros and cons list phq nine is fourteen",
    "client {NAME:rosa} came in tearful her landlord at {LOCATION:forty two maple avenue} is "
    "raising the rent she works at the {ORGANIZATION:stop and shop} in {LOCATION:somerset} on "
    "second shift we did problem solving and I gave her the number for the housing authority",
    "note for {NAME:mister okafor} he reports his daughter {NAME:adaeze} is starting at "
    "{ORGANIZATION:boston university} in the fall and he is anxious about money gad seven "
    "is eleven cognitive restructuring next appointment {DATE:january ninth}",
    "Client: {NAME:Desmond Achterberg}\nDate of service: {DATE:11/19/2024}\nClinician: "
    "{NAME:Rachel Moss}, LMHC\nService: 90837 individual psychotherapy, 55 min\nSubjective: "
    "Reports improved sleep. Returned to work at {ORGANIZATION:Eversource} on "
    "{DATE:Monday 11/18}.\nPlan: continue weekly CBT-I.",
    "PROGRESS NOTE\nClient name: {NAME:Quinn Halloran}   DOB: {DATE:5/5/1999}   Client ID: "
    "{MRN:SN-10482}\nDx: F41.1 GAD\nIntervention: ACT defusion, values clarification.\n"
    "Response: {NAME:Quinn} identified 'I'm not good enough' as a sticky thought.",
    "PSYCHOSOCIAL HISTORY: Client was born in {LOCATION:San Juan}, Puerto Rico and moved to "
    "{LOCATION:Holyoke} at age 9. Parents {NAME:Edwin} and {NAME:Maritza Colón} divorced when "
    "she was 12. Graduated from {ORGANIZATION:Holyoke High School} in 2010. Currently "
    "employed as a CNA at {ORGANIZATION:Loomis House}. One child, {NAME:Yadiel}, age 6.",
    "Family history: maternal grandfather {NAME:Ignatius} had bipolar disorder and died by "
    "suicide in {LOCATION:Bangor} in 1978. Mother {NAME:Colleen} treated for depression by "
    "{NAME:Dr. Weintraub}.",
    "so {NAME:esperanza} told me that her husband {NAME:rigoberto} hit her again on "
    "{DATE:saturday the sixteenth} and the police came to their place on "
    "{LOCATION:union street} she doesn't want to press charges we did safety planning and "
    "I gave her the {ORGANIZATION:new hope} hotline",
    "dictation for {NAME:ms. abernathy} client reports that her son {NAME:caleb} was "
    "suspended from {ORGANIZATION:fairhaven high} for vaping she feels like a failure as a "
    "parent we explored self compassion and parenting stress",
    "Session note {DATE:12/2/2024}. {NAME:Wendell} is a 67-year-old retired postal worker. "
    "His wife {NAME:Marjorie} died {DATE:August 14}. Grief counseling, dual process model. "
    "He has started attending a widowers group at {ORGANIZATION:First Congregational Church} "
    "in {LOCATION:Mattapoisett}.",
    "Risk assessment: denies SI/HI. Access to firearms: husband {NAME:Clay} keeps a rifle, "
    "agreed to store it at his brother {NAME:Travis}'s house in {LOCATION:Rochester} until "
    "{DATE:the end of December}. C-SSRS screen negative.",
    "Client reported that on {DATE:November 2nd} her coworker {NAME:Anjali} at "
    "{ORGANIZATION:Hasbro} made comments about her weight. Processing shame, assertiveness "
    "rehearsal. HR contact is {NAME:Phil Dunbar}, {EMAIL:pdunbar@example.com}.",
    "Collateral contact: spoke with {NAME:Sgt. Whitaker} at {ORGANIZATION:Dartmouth Police} "
    "re: client's welfare check on {DATE:11/23}. Client {NAME:Nico} was safe at home.",
    "client says {NAME:june} is her middle name and she prefers {NAME:juniper} now. "
    "Pronouns they/them. Exploring identity and family rejection; their grandmother "
    "{NAME:nonna lucia} is the one supportive person.",
    "Telehealth: client in {LOCATION:Bar Harbor}, Maine for the week, confirmed location and "
    "emergency contact (partner {NAME:Ezra}, {PHONE:207-555-0181}). Session focused on "
    "panic during travel.",
    "Treatment plan review with {NAME:Malik Johnson-Pryce}. Goal 1: reduce panic attacks "
    "from 5/week to 1/week. Progress: 2/week. Target date {DATE:02/28/2025}. Signed by client "
    "and clinician {NAME:Dana Whitford}, LICSW.",
    "{NAME:Imani} asked whether I could talk to her school counselor {NAME:Mr. Lopes} at "
    "{ORGANIZATION:Keith Middle School}. ROI signed. Worked on test anxiety hierarchy.",
    "client {NAME:hector} said he got his CDL and starts driving for {ORGANIZATION:sysco} "
    "next week he is proud he has been sober since {DATE:march of last year}",
    "Intake call: caller {NAME:Bernadette Quigley} seeking services for her husband "
    "{NAME:Frank} ({AGE_OVER_89:90}) with new-onset paranoia. Callback {PHONE:508 555 0156}. "
    "Referred to geriatric psychiatry at {ORGANIZATION:Southcoast Behavioral Health}.",
    "EMDR session 4. Target: assault in {DATE:2019} at a party on {LOCATION:Cottage Street}. "
    "{NAME:Bryn} reports SUD 8 to 3. Installation of positive cognition 'I survived'.",
]

# A fifth hand: names that are also words, families and nicknames, partial identifiers,
# unusual dates and codes.
WORD_NAMES_AND_CODES = [
    "{NAME:Faith} and her sister {NAME:Joy} came together today. {NAME:Faith} says {NAME:Joy} "
    "drinks every night since their father {NAME:Art} died. Family systems lens; boundaries.",
    "{NAME:River} (they/them) brought a drawing of their dog {NAME:Pickles}. Art therapy, "
    "feelings map. Parent {NAME:Autumn Reyes-Blake} waited in the lobby.",
    "Client's grandmother, Nana {NAME:Pat}, is dying in hospice; Uncle {NAME:Ray} is handling "
    "the estate. {NAME:Jack} feels shut out. Anticipatory grief, empty chair.",
    "{NAME:Will} reports that {NAME:Chance}, his roommate, moved out {DATE:Oct 31st}. He is "
    "short on rent for the place at {LOCATION:12 Elm Terrace, apartment 3}.",
    "MassHealth ID {HEALTH_PLAN:100223344556}. The last four of her SSN are "
    "{SSN:4421}. Claim {OTHER_ID:CLM-0098817} was denied; she will appeal.",
    "DOB {DATE:3.4.88}. Client {NAME:Dawn Kilpatrick} reports her license was suspended "
    "after the OUI, license no. {LICENSE:S9931-2207}. Vehicle: VIN "
    "{VEHICLE:1HGCM82633A004352}.",
    "She celebrated her mother's {AGE_OVER_89:100th} birthday with the whole family in "
    "{LOCATION:Tiverton}. {NAME:Rose} felt overwhelmed by relatives. Social anxiety hierarchy.",
    "Client writes a blog at {URL:wanderingmind-rae.blogspot.com} about recovery and posts "
    "as {OTHER_ID:@raewrites} on TikTok. Discussed privacy and boundaries.",
    "Session at the client's home, the yellow house at {LOCATION:7 Pleasant St}, due to "
    "agoraphobia. In vivo exposure: walked to the mailbox and back. {NAME:Major} (dog) "
    "helped.",
    "{NAME:J.M.} and {NAME:K.T.} both attended group; {NAME:J.M.} shared about a relapse on "
    "{DATE:11/24}. Group: relapse prevention, urge surfing.",
    "{NAME:Summer} talked about {NAME:Grace}, her ex-wife, and custody of {NAME:Honor} "
    "(7). Court date is {DATE:December 12}. Probate case {OTHER_ID:BR24P1187GD}.",
    "Client {NAME:Bill} was born on the {DATE:4th of July}, 1950 and jokes about fireworks. "
    "Retired from the {ORGANIZATION:Navy Yard}. Reminiscence, meaning making.",
    "Neurofeedback: EEG cap fitted; client consented to storing a {BIOMETRIC:voiceprint} for "
    "the clinic's phone check-in. Photo of client's face taken for the chart "
    "({PHOTO:photo ID 4471}).",
    "{NAME:Mark} says his boss {NAME:Mr. Szabo} at {ORGANIZATION:Gillette Stadium} "
    "concessions yells at him. Assertiveness, DEAR MAN role play.",
    "Client lives with her partner {NAME:Sky} and their baby {NAME:Ocean} on "
    "{LOCATION:Bonney Street}. Postpartum check, sleep 5 hrs. EPDS 8.",
    "{NAME:Dr. Pham}'s office called: {NAME:Angel}'s lithium level is 1.3, hold tonight's "
    "dose. Called client at {PHONE:508-555-0147}, left a message.",
    "Bubbie {NAME:Ruth} ({AGE_OVER_89:92}) lives with the family now. Client {NAME:Avi} "
    "shares a room with her. Adolescent stress, ERP for contamination fears.",
    "Met client at {ORGANIZATION:Sacred Heart Church} food pantry for a walk-and-talk. "
    "{NAME:Patience} worries about her son {NAME:Kofi} at {ORGANIZATION:Roger Williams "
    "University}.",
    "{NAME:Royal} is 17 and works at his uncle's shop, {ORGANIZATION:Royal Auto Body}, "
    "on {LOCATION:Route 177}. Anger management, STOP skill.",
    "client's wife {NAME:hope} joined the last 15 minutes. they disagree about moving to "
    "north carolina. {NAME:hope} wants to be near her sister {NAME:candace} in "
    "{LOCATION:raleigh}.",
    "Therapist contacted DTA caseworker {NAME:Lucy Ferreira} at "
    "{PHONE:(508) 555-0166} x{PHONE:2241} about SNAP benefits for the client.",
    "{NAME:Nadia}'s mother's maiden name is {NAME:Haddad}; she uses it for security "
    "questions and worries her ex knows it. Discussed identity theft fears.",
    "Next session {DATE:Tue 12/10} at 4. {NAME:Ellis} will bring his mood chart. Continue "
    "IPT, role transition (retirement from {ORGANIZATION:Raytheon}).",
    "{NAME:Marigold} (goes by {NAME:Goldie}) is {AGE_OVER_89:one hundred and one} and "
    "sharp as a tack. Her great-grandson {NAME:Tobias} drives her to sessions from "
    "{LOCATION:Little Compton}.",
    "Couples session: {NAME:Dex} and {NAME:Marcy} met at {ORGANIZATION:Durfee High} in "
    "1998. Married {DATE:June 6, 2004}. Gottman repair attempts.",
]

# A sixth hand: discharge summaries and letters in the shapes of older hospital systems —
# capitals, signature blocks, transcription codes, unit numbers.
TRANSCRIBED_SUMMARIES = [
    "ADMISSION DATE: {DATE:03/14/2093}\nDISCHARGE DATE: {DATE:03/19/2093}\n\nHISTORY OF "
    "PRESENT ILLNESS: The patient is a 58-year-old gentleman with a history of CAD s/p CABG "
    "in 2085 who presents with unstable angina. He was seen in the {LOCATION:Lakeside} "
    "emergency room.\n\n______________________________\n{NAME:MARCUS T. ELLINGTON}, M.D.\n\n"
    "DD: {DATE:03/19/93}\nDT: {DATE:03/20/93}\n{NAME:ME}/{NAME:rk}",
    "Unit No: {MRN:482-19-07}\nBatch: {OTHER_ID:88213}\n\nREASON FOR ADMISSION: Syncope.\n"
    "The patient was found down at home by her neighbor, {NAME:Mrs. Oyelaran}, who called EMS. "
    "She lives alone in {LOCATION:Brighton}. Her daughter, {NAME:Lucinda}, lives in "
    "{LOCATION:Tucson} and was notified.",
    "CC: {NAME:Dr. Beatrice Whitlow}, {ORGANIZATION:Greenfield Medical Group}, "
    "{LOCATION:88 Federal St, Greenfield, MA 01301}\n\nDISCHARGE MEDICATIONS: Aspirin 81 mg, "
    "atorvastatin 80 mg, metoprolol 25 mg BID.\nFOLLOW-UP: {NAME:Dr. Whitlow} in 2 weeks.",
    "HISTORY: {NAME:Mr. Tanaka} is a 72 year old Japanese-American man, retired engineer "
    "from {ORGANIZATION:Pratt & Whitney}, with Parkinson's disease followed by "
    "{NAME:Dr. Feinberg} in our movement disorders clinic. Wife {NAME:Emiko} reports more "
    "falls since {DATE:January}.",
    "The patient was transferred from {ORGANIZATION:Cooley Dickinson Hospital} on "
    "{DATE:2/27} for cardiac catheterization. Cath showed 90% LAD lesion, stented. She "
    "tolerated the procedure well.\n\n{NAME:RACHEL B. OKONJO}, M.D.\nAttending Cardiologist",
    "SOCIAL HISTORY: Lives with husband {NAME:Dariusz} in a two-family house on "
    "{LOCATION:Chicopee Street}. Works as a bank teller at {ORGANIZATION:PeoplesBank}. "
    "Two adult children. No tobacco, occasional wine.",
    "LABORATORY DATA: On admission, sodium 131, potassium 5.2, BUN 44, creatinine 2.1. "
    "Troponin I 0.45. BNP 1,240. Chest x-ray on {DATE:12/02} showed bilateral effusions.\n"
    "Dictated by {NAME:Sanjay Mehta-Rao}, MD for {NAME:Dr. Costa}",
    "FAMILY MEETING NOTE {DATE:1/8/24}\nPresent: patient's son {NAME:Reginald}, daughter "
    "{NAME:Yvette}, Dr. {NAME:Abramowitz}, SW {NAME:Kelly Dunne}.\nDiscussed prognosis; "
    "family elected comfort measures. Patient is {AGE_OVER_89:93} and had said she did not "
    "want to be intubated.",
    "IDENTIFYING DATA: {NAME:Lorenzo Vitale} is a 44 yo married Italian-American male, "
    "employed as a union electrician (Local 103), referred by his PCP {NAME:Dr. Nguyen} for "
    "evaluation of depression. He lives in {LOCATION:Revere} with his wife and two sons.",
    "Pt called from {PHONE:413-555-0198} asking about test results. Verified identity with "
    "DOB {DATE:8/30/1962} and address {LOCATION:14 Mill Pond Rd}. Results reviewed with "
    "{NAME:NP Holloway}.",
    "OUTSIDE RECORDS: Reviewed records from {ORGANIZATION:Baystate Medical Center} dated "
    "{DATE:October 3, 2023}. Echo at that time: EF 45%. Prior cardiologist was "
    "{NAME:Dr. Emmanuel Kagame} ({PHONE:413-555-0121}).",
    "DISPOSITION: Discharged to {ORGANIZATION:Armistice Rehabilitation Center} in "
    "{LOCATION:Wilbraham}. Condition stable. Transport by {ORGANIZATION:AMR}.\n"
    "cc: {NAME:Dr. Pauline Ostrowski}\n{NAME:PO}:{NAME:lt}",
    "ADDENDUM {DATE:4/11/2093}: The patient's wife {NAME:Gloria Ellington} called to say "
    "the patient has been confused since returning home. Advised to bring him to the ED.",
    "HOSPITAL COURSE BY PROBLEM:\n1. Pneumonia: Treated with ceftriaxone and azithromycin. "
    "Sputum grew S. pneumoniae. Afebrile by hospital day 3.\n2. Delirium: Resolved. Daughter "
    "{NAME:Renata} stayed overnight, which helped.",
    "REFERRING PHYSICIAN: {NAME:ALVAREZ, JUAN CARLOS}, MD\nPRIMARY CARE: {NAME:SCHULTZ, "
    "HEIDI}, NP\nThank you for referring this pleasant {AGE_OVER_89:91} year old woman "
    "with aortic stenosis.",
    "Patient is a student at {ORGANIZATION:Smith College} who presented to health services "
    "with fever and rash after returning from {LOCATION:Cancun} on {DATE:March 16}. "
    "Dengue serologies sent.",
    "The patient's mother, {NAME:Tiffany Corcoran}, accompanied him. They drove from "
    "{LOCATION:Pittsfield} this morning. Mother's cell is {PHONE:413 555 0170}.",
    "Signed electronically by: {NAME:Olufemi Adebayo}, MD on {DATE:11/30/2024} at 4:45 PM",
    "Records request from attorney {NAME:Stuart Kaplan}, Esq., {ORGANIZATION:Kaplan & "
    "Hirsch LLP}, re: MVA of {DATE:6/12/2023}. Authorization on file.",
    "HPI: 36F G3P2 presents to L&D triage at 39w1d with contractions q4min. Her doula "
    "{NAME:Saoirse} is present. Partner {NAME:Liam} en route from {ORGANIZATION:Fort Devens}.",
]

# A seventh hand: clients and families from many backgrounds, hyphenated and multi-part names,
# possessives, and more lower-case speech.
MANY_NAMES = [
    "session with {NAME:priya venkataraman} she said her mother-in-law {NAME:lakshmi} "
    "criticizes her cooking every day since they moved in together in {DATE:june} we did "
    "cognitive defusion",
    "{NAME:Nguyen Thi Mai} came with her daughter {NAME:Linh} who interpreted. Somatic "
    "complaints, sleep 4 hours. Referred to {NAME:Dr. Tran Van Duc} for medication "
    "evaluation.",
    "client {NAME:oluwadamilare} goes by {NAME:dami} he is worried about his visa renewal "
    "and his uncle {NAME:babatunde} back in {LOCATION:ibadan} is sick",
    "{NAME:María José Gutiérrez-Olmos}'s son {NAME:Santi} got into {ORGANIZATION:Tufts} "
    "early decision. She cried from relief. Processing the empty nest ahead.",
    "{NAME:Yusuf}'s wife {NAME:Amira} called to cancel; he's at {ORGANIZATION:Rhode Island "
    "Hospital} after a fall at work. Will reschedule for {DATE:next Thursday}.",
    "spoke with {NAME:mrs. kowalczyk-barros} by phone she says {NAME:dorota} has not left "
    "her room in three days and refuses to eat safety check requested",
    "Couples: {NAME:Jae-won} and {NAME:Hye-jin Park}. Cultural expectations about caring for "
    "{NAME:Jae-won}'s parents in {LOCATION:Busan}. EFT cycle de-escalation.",
    "{NAME:Aleksandr} (goes by {NAME:Sasha}) reports nightmares about the war; his brother "
    "{NAME:Dmytro} is still in {LOCATION:Kharkiv}. Narrative exposure therapy.",
    "{NAME:Thandiwe Mokoena} attended with her partner {NAME:Lerato}. They are planning a "
    "wedding on {DATE:May 17} and family disapproval is the main stressor.",
    "{NAME:Fr. Ignatius O'Donnell-Reyes} referred the client from {ORGANIZATION:St. "
    "Kilian Parish}. Spiritual struggle, scrupulosity, ERP.",
    "client {NAME:guadalupe} said her abuela {NAME:chela} used to take her to the beach in "
    "{LOCATION:ensenada} every summer. grief, continuing bonds.",
    "{NAME:Kwame Asante-Boateng} is a 34 y/o nurse at {ORGANIZATION:Miriam Hospital}. "
    "Moral injury after COVID. {NAME:Kwame}'s wife {NAME:Efua} is supportive.",
    "{NAME:Ngozi}'s cousin {NAME:Chinedu} lives with them now on {LOCATION:Brayton Ave}. "
    "Crowding, conflict. Family meeting planned.",
    "{NAME:Mohammed Al-Rashid} requested a letter for his employer, "
    "{ORGANIZATION:Amazon Robotics}, about reduced hours. Letter drafted, reviewed with "
    "him {DATE:11/26}.",
    "{NAME:li wei} reports stress from her PhD at {ORGANIZATION:brown} and her advisor "
    "{NAME:professor hartmann}. perfectionism work.",
    "{NAME:Björn} and {NAME:Ingrid Lindqvist} are divorcing; their daughter {NAME:Saga} "
    "(9) is my client. Play therapy; {NAME:Saga} drew both houses.",
    "{NAME:Ahanu} shared about his grandmother {NAME:Winona}'s funeral on the "
    "{LOCATION:Mashpee} reservation. Cultural grief practices honored.",
    "{NAME:Esperanza Villalobos-Cruz} (DOB {DATE:9/9/1987}) intake: panic disorder, "
    "agoraphobia. Lives with her sister {NAME:Rocío} in {LOCATION:Central Falls}.",
    "per {NAME:nurse deb} the client {NAME:raymond} missed his injection on {DATE:tuesday "
    "the 19th} and was found wandering near {LOCATION:kennedy park}",
    "{NAME:Tomasz}'s AA sponsor {NAME:Big Stan} picked him up after the relapse. "
    "Shame-focused work. Sober date reset to {DATE:11/22}.",
]

# An eighth hand: every Safe Harbor kind once more, in therapy dictation, with the rarer
# kinds (counties, ZIP codes, accounts, licences, devices, plates, URLs) said plainly.
EVERY_KIND = [
    "client lives out in {LOCATION:plymouth county} now, zip {LOCATION:02360}, and the drive "
    "to session takes an hour. we'll switch to telehealth every other week.",
    "{NAME:Marta} asked me to fax the assessment to her lawyer at {FAX:508-555-0129}. ROI "
    "signed. Fax cover sheet has no diagnosis.",
    "She is behind on her electric bill, account {ACCOUNT:4431-998-2017}, and the shutoff "
    "notice is for {DATE:December 3}. Connected her with fuel assistance.",
    "{NAME:Jolene}'s nursing license {LICENSE:RN2238841} is under review by the board after "
    "the DUI; she fears losing her job at {ORGANIZATION:Hawthorn Medical}.",
    "his insulin pump (serial {DEVICE:PMP-5512-0093}) alarmed twice during session; he "
    "checked his sugar, 64, drank juice. continued after 10 minutes.",
    "client thinks her ex is following her in a black pickup, mass plate "
    "{VEHICLE:8ZK 331}. she has a restraining order, docket {OTHER_ID:2433RO000187}.",
    "Her sister set up a fundraiser at {URL:gofundme.com/f/help-for-maria-r} for the "
    "funeral costs. {NAME:Maria} feels ashamed to accept help.",
    "Telehealth note: client connected from IP {IP:24.61.198.33}, location verified as her "
    "home in {LOCATION:Acushnet}. Video stable.",
    "{NAME:Dennis} was fingerprinted for his new job; fingerprint card no. "
    "{BIOMETRIC:FBI-77213-K}. He worries the old record will show.",
    "Client emailed a photo of the bruise; image saved to chart as {PHOTO:bruise_1121.jpg}. "
    "Safety planning, DV hotline.",
    "Grandma {NAME:Edith} is {AGE_OVER_89:ninety-six} and moved into "
    "{ORGANIZATION:Bayview Nursing Home} on {DATE:the 2nd}. Client visits daily.",
    "{NAME:kevin}'s probation ends {DATE:march 31st}. case number "
    "{OTHER_ID:1933CR001145}. he wants a letter of completion from us.",
    "{NAME:Tasha} posts her art as {OTHER_ID:@tashadraws_nb} and got a hateful comment from "
    "a classmate at {ORGANIZATION:new bedford high}. Cyberbullying, school contacted.",
    "Medicaid ID {HEALTH_PLAN:100338812211}; prior auth for 26 sessions approved through "
    "{DATE:6/30/2025}.",
    "Client's SSN {SSN:034-52-8871} needed for the disability application; verified and "
    "not stored in the note body.",
    "{NAME:Bernard} (MRN {MRN:00418822}) brought his CPAP, serial {DEVICE:RS10-AX2291}, to show "
    "me the mask leak; sleep hygiene and CBT-I.",
    "Home visit at {LOCATION:44 Dover St, apt 2R, New Bedford}. Client's landlord {NAME:Mr. "
    "Costa} was present briefly.",
    "{NAME:will} said his mom {NAME:summer} is using again and his aunt {NAME:grace} took him "
    "in. he's 15. mandated report filed with DCF, report #{OTHER_ID:51A-20431}.",
    "Couple lives at {LOCATION:1 Rodney French Blvd}; {NAME:Hope} works nights at "
    "{ORGANIZATION:St. Luke's}, {NAME:Will} is home with the twins.",
    "Birth certificate number {LICENSE:114-2009-021877} needed for the name change; client "
    "{NAME:Jordan} (formerly {NAME:Julia}) is excited.",
]

# A ninth hand: registration forms and dictated letters with labelled fields of every kind.
FORMS_AND_LETTERS = [
    "PT NAME: {NAME:Delgado, Ramona}\nADDRESS: {LOCATION:77 Washburn St}\nCITY/STATE/ZIP: "
    "{LOCATION:New Bedford}, MA {LOCATION:02740}\nHOME PHONE: {PHONE:508-555-0193}\n"
    "EMPLOYER: {ORGANIZATION:Acushnet Rubber Co}\nEMERGENCY CONTACT: {NAME:Luis Delgado} "
    "(son)",
    "GUARANTOR: {NAME:Patrick Shea}\nINSURANCE: Tufts Health Plan  POLICY #: "
    "{HEALTH_PLAN:THP7730192}  GROUP #: {HEALTH_PLAN:88412}\nPHARMACY: {ORGANIZATION:Walgreens "
    "#10231}, {LOCATION:Rockdale Ave}",
    "SCHOOL: {ORGANIZATION:Normandin Middle School}\nGRADE: 7\nPARENT/GUARDIAN: "
    "{NAME:Aisha Rahman}\nCELL: {PHONE:774.555.0104}\nEMAIL: {EMAIL:aisha.r@example.net}",
    "Dear {NAME:Ms. Ferreira},\n\nThis letter confirms that your son, {NAME:Mateus}, attended "
    "counseling sessions at our practice from {DATE:September 5, 2024} through "
    "{DATE:November 21, 2024}.\n\nSincerely,\n{NAME:Ana Reyes}, LMHC",
    "To Whom It May Concern:\n{NAME:Harold Greene} (DOB {DATE:04/17/1949}) is under my care "
    "for major depressive disorder. Please excuse his absence from jury duty on "
    "{DATE:January 13, 2025}, juror number {OTHER_ID:J-2025-04471}.",
    "DATE OF SERVICE: {DATE:11/14/2024}\nPATIENT: {NAME:Okafor, Chiamaka}\nREFERRING: "
    "{NAME:Dr. L. Brandt}\nCHIEF COMPLAINT: anxiety\nHISTORY: {NAME:Ms. Okafor} is a "
    "28-year-old graduate student at {ORGANIZATION:UMass Dartmouth} who presents with "
    "worsening anxiety since her father's stroke in {DATE:August}.",
    "EMPLOYER: self-employed (hair salon, {ORGANIZATION:Shear Magic}, {LOCATION:Kempton St})\n"
    "OCCUPATION: stylist\nMARITAL STATUS: divorced\nCHILDREN: {NAME:Bella} (12), {NAME:Tony} (9)",
    "Re: {NAME:Gerald Bouchard}, MRN {MRN:6620193}\nDear {NAME:Dr. Amaral},\nThank you for "
    "referring {NAME:Mr. Bouchard}, a {AGE_OVER_89:91}-year-old retired fisherman, for "
    "evaluation of late-life depression following the death of his wife, {NAME:Yvonne}, on "
    "{DATE:October 2}.",
    "Patient portal registration: username {OTHER_ID:kwalsh1988}, recovery phone "
    "{PHONE:(401) 555-0137}, last login from {IP:98.116.4.220} on {DATE:11/20/2024} "
    "09:14.",
    "Vehicle accident report: client was a passenger in a 2019 Toyota Camry, VIN "
    "{VEHICLE:4T1B11HK5KU123456}, plate RI {VEHICLE:1AB-234}, driven by her cousin "
    "{NAME:Joaquín}.",
    "NEXT OF KIN: {NAME:Rosalie Amaral} (daughter), {LOCATION:12 Pine Hill Rd, Dartmouth, MA "
    "02747}, {PHONE:508-555-0161}\nADVANCE DIRECTIVE: HCP on file.",
    "Court letter: {NAME:Jamar Whitfield} has attended 14 of 16 sessions of the batterer "
    "intervention program. Docket {OTHER_ID:2233CR000512}. Probation officer: "
    "{NAME:Ms. Dana Lupo}, {ORGANIZATION:New Bedford District Court}.",
    "Device check: {NAME:Mrs. Ayala}'s VNS generator, model 106, serial "
    "SN {DEVICE:74129}, interrogated; settings unchanged. Next check {DATE:Feb 2025}.",
    "Release of information to {ORGANIZATION:Brightside Counseling Group}, attn: "
    "{NAME:Kerry-Ann Miles}, LICSW, fax {FAX:508-555-0177}, for {NAME:Tyrone Banks}, DOB "
    "{DATE:12/01/2001}.",
    "SOCIAL: lives with partner {NAME:Drew} and her {AGE_OVER_89:94}-year-old grandmother in "
    "{LOCATION:Westport}; works part-time at {ORGANIZATION:Lees Market}; volunteers at "
    "the {ORGANIZATION:Westport Free Public Library}.",
]

# A tenth hand: identifiers in unusual formats, client messages, typed shorthand.
ODD_FORMATS = [
    "S: pt reports 'better'; slept 6h. O: calm, euthymic. A: MDD improving. P: f/u "
    "{DATE:11.22.24} 3pm; call {PHONE:(508)5550142} if worse.",
    "Next appt {DATE:22/11/2024} (client uses UK dates; she moved from {LOCATION:Leeds} in "
    "{DATE:2019}). Ph: {PHONE:5085550177}.",
    "Message from client {DATE:Nov. 22}: 'hi its {NAME:jess} can we move to thurs? my number "
    "changed to {PHONE:774 555 0108 ext 12}, email {EMAIL:jess+therapy@example.com}'",
    "Referral received {DATE:2024/11/19} from {ORGANIZATION:Fall River Pediatrics} re: "
    "{NAME:Mason Oliveira}, DOB {DATE:22-Nov-14}.",
    "Group (DBT skills, 7 present): {NAME:A.B.}, {NAME:C.D.}, {NAME:Jen}, {NAME:Marco}, "
    "{NAME:Dee}, {NAME:Lou}, {NAME:Tam}. Module: distress tolerance. {NAME:Marco} left early.",
    "Client shared a link to her support group: {URL:http://bit.ly/3xYzQ9k}. Also her "
    "recovery blog {URL:https://sober-sunrise.example.org/about}.",
    "Anniversary reaction expected around {DATE:the twenty-second of November}, the day "
    "her son {NAME:Caleb} died.",
    "she got married {DATE:6-14} and her wedding was at {ORGANIZATION:Wamsutta Club} in "
    "{LOCATION:New Bedford}. {NAME:Cara} cried describing it.",
    "pt txt'd at 2am: 'cant sleep, {NAME:Mikey} is screaming again, were at my moms "
    "{LOCATION:22 Tinkham St}'. Called back 8am, safe.",
    "Intake: {NAME:R.J. Thibodeau} ({NAME:Robert James}), {AGE_OVER_89:89 + 1} — correction, "
    "age 60. Lives in {LOCATION:Swansea}. Referred by PCP {NAME:Dr. O'Hara-Singh}.",
    "{NAME:Ms. Lindgren-Yamamoto} asked that we only call her work line "
    "{PHONE:401-555-0155 x3310}; do not leave messages at home.",
    "Client's son {NAME:Eli} is in the NICU at {ORGANIZATION:Women & Infants} since "
    "{DATE:11/09}; born at 29 weeks. Supportive therapy, stress.",
    "{NAME:DeShawn}'s court date moved to {DATE:Jan 6}. His public defender "
    "{NAME:Atty. Brooks} will call me. Case {OTHER_ID:2432CR01178}.",
    "Billing: claim {OTHER_ID:7781-0042-19}, CPT 90834, DOS {DATE:11/18/2024}. Client "
    "copay $25 via card ending {ACCOUNT:4417}.",
    "client {NAME:o'brien} said her father {NAME:sean} drank every night and that she "
    "promised herself never to. AUDIT-C 7. MI.",
]

# An eleventh hand: full progress notes with headings, mental status and risk, where most
# capitalised words are clinical and a few are people and places.
FULL_NOTES = [
    "Identifying information: {NAME:Rhiannon Vasquez-Doyle}, 27, single, works as a barista "
    "at {ORGANIZATION:Coffee Obsession} in {LOCATION:Woods Hole}.\nPresenting problem: Panic "
    "attacks since {DATE:October}.\nMental status: Alert, oriented x3. Mood 'wired'. Affect "
    "anxious, congruent. Thought process linear. Denies SI/HI. Insight fair. Judgment good.\n"
    "Plan: CBT for panic, interoceptive exposure; consider SSRI via PCP {NAME:Dr. Halloran}.",
    "Risk assessment: Columbia screen positive for passive ideation, no plan or intent. "
    "Protective factors: daughter {NAME:Ainsley} (4), faith, job at {ORGANIZATION:Island "
    "Home Hardware}. Means: no firearms; medications locked by husband {NAME:Corey}.\n"
    "Safety plan reviewed and signed.",
    "Subjective: {NAME:Ms. Pemberton} reports that her supervisor at the "
    "{ORGANIZATION:Registry of Motor Vehicles} wrote her up. Objective: tearful, psychomotor "
    "slowing. Assessment: MDD, recurrent, moderate (F33.1). Plan: behavioral activation; "
    "follow up {DATE:Thursday 12/5} at 10 AM.",
    "Data: Client attended with her service animal. Discussed the anniversary of her "
    "brother {NAME:Terrence}'s overdose ({DATE:Dec 9, 2021}). Assessment: grief complicated "
    "by guilt. Response: engaged, cried. Plan: continue grief work; letter-writing.",
    "Behavior: Client arrived 15 minutes late, disheveled. Intervention: MI, decisional "
    "balance re: alcohol. Response: ambivalent; agreed to track drinks. Plan: next session "
    "{DATE:12/03}; coordinate with {NAME:Dr. Yoon} at {ORGANIZATION:High Point Treatment "
    "Center}.",
    "Goal 1 (reduce PTSD symptoms): PCL-5 from 58 to 41. Goal 2 (return to work): client "
    "started part-time at {ORGANIZATION:Cape Cod Healthcare} on {DATE:November 4}. Barriers: "
    "childcare; her mother {NAME:Loretta} helps on weekends.",
    "Mental Status Exam: Appearance: well groomed. Behavior: cooperative. Speech: normal "
    "rate. Mood: 'okay'. Affect: restricted. Thought content: preoccupied with ex-husband "
    "{NAME:Vince}. Perception: no AH/VH. Cognition: intact. Insight: good.",
    "Discharge summary: {NAME:Jasper Ng} completed 16 sessions of TF-CBT between "
    "{DATE:June 3} and {DATE:September 30}. Caregiver {NAME:Mrs. Ng} participated in "
    "conjoint sessions. Trauma narrative completed. Referred to school counselor "
    "{NAME:Ms. Duarte} at {ORGANIZATION:Mattapoisett Middle School} for follow-up.",
    "Collateral: Spoke with client's PO, {NAME:Officer Grady}, who confirmed compliance. "
    "Client lives with his grandfather ({AGE_OVER_89:92}) on {LOCATION:Shawmut Ave} and "
    "cares for him daily.",
    "Plan: 1) Continue weekly DBT individual. 2) Skills group Tuesdays at our "
    "{LOCATION:Hyannis} office. 3) Psychiatry f/u with {NAME:Dr. Adeleke} {DATE:12/16}. "
    "4) Crisis line and {NAME:Marisol} (sister) as supports.",
    "Interpretation: {NAME:Ezekiel}'s dream of the flooded house at {LOCATION:Onset Beach} "
    "seems to represent the loss of his childhood home. Transference: idealizing.",
    "Client disclosed that as a child she was abused by a neighbor, {NAME:Mr. Pruitt}, on "
    "{LOCATION:Sconticut Neck Road}. She was 8. She has never told her parents.",
    "Telehealth: verified location ({LOCATION:45 Bay View Ave}, {LOCATION:Falmouth}); "
    "emergency contact {NAME:Pete Ostrowski} {PHONE:508-555-0115}. Connection dropped twice.",
    "Closing summary: {NAME:Alma}'s depression remitted (PHQ-9 4). She starts nursing school "
    "at {ORGANIZATION:Cape Cod Community College} in {DATE:January}. Case closed "
    "{DATE:11/27/2024}.",
    "Family therapy: the {NAME:Medeiros} family ({NAME:Paulo}, {NAME:Fátima}, and teens "
    "{NAME:Rafael} and {NAME:Inês}). Structural: realigning the parental subsystem. "
    "Homework: weekly family meeting Sundays.",
]

# A twelfth hand, written last: the issue's own list of hard names (lower case, nicknames,
# possessives, initials, hyphenated and multi-part names, word-names) in fresh sentences.
HARD_NAMES = [
    "{NAME:mary-beth}'s husband {NAME:tj} works for the town of {LOCATION:marion} on the "
    "road crew. she says {NAME:tj}'s drinking is worse since his layoff notice.",
    "Client {NAME:Juan Carlos de la Vega} reports his daughter {NAME:Xiomara} was accepted at "
    "{ORGANIZATION:Wheaton College}. Pride mixed with fear of the cost.",
    "I told {NAME:Hope} we could meet {DATE:Friday the 13th} instead; {NAME:Hope}'s shift at "
    "the {ORGANIZATION:Stop & Shop} bakery ends at 2.",
    "Session with {NAME:Summer} and {NAME:Grace} (sisters). {NAME:Grace} carries the family's "
    "grief about {NAME:Will}'s suicide in {DATE:March}. Joint session, narrative.",
    "{NAME:T.J. McAllister} missed today; left voicemail at {PHONE:508-555-0140}. Second "
    "no-show this month.",
    "client's nickname is {NAME:peanut}, her grandma {NAME:birdie} raised her in "
    "{LOCATION:onset}. attachment themes, abandonment fears.",
    "{NAME:Van Nguyen-Pham} ({NAME:Van}) says his boss {NAME:Stella} at {ORGANIZATION:Pham "
    "Nails} is his aunt, which makes quitting hard.",
    "{NAME:Bob}'s wife {NAME:Joy} says he hasn't slept in the bedroom since {DATE:Labor Day}. "
    "Couples work, sensate focus discussed.",
    "{NAME:ms. o'connell-grady} reports her son {NAME:liam} started at the "
    "{ORGANIZATION:nativity prep} school and is being bullied.",
    "{NAME:Destiny} (15) came with her foster mom {NAME:Mrs. Baptiste}. {NAME:Destiny}'s "
    "caseworker {NAME:Ron Pires} will join next week.",
    "spoke to {NAME:dr. abdullahi}'s office about the lithium level, they faxed results to "
    "{FAX:508-555-0131}. level 0.7.",
    "{NAME:Mercedes} talked about her father {NAME:Reinaldo}'s deportation hearing on "
    "{DATE:December 18} in {LOCATION:Boston}. Anticipatory grief.",
    "{NAME:Rev. Cornelius Whitfield Jr.} referred {NAME:Shanice} after the church youth trip. "
    "Trauma screen positive.",
    "{NAME:king} is his real first name; he goes by {NAME:kj}. {NAME:kj} wants help with "
    "anger at school, {ORGANIZATION:roosevelt middle}.",
    "Client {NAME:Lê Thị Hồng} prefers {NAME:Hong}. Her son {NAME:Bao} translates at "
    "appointments; discussed using a professional interpreter instead.",
]

# A thirteenth hand: children, families, schools and custody, as child therapists dictate.
CHILD_AND_FAMILY = [
    "{NAME:Aiden} (7) drew his family: mom, stepdad {NAME:Rick}, baby sister {NAME:Nevaeh}, "
    "and left out his bio dad {NAME:Cody}, who lives in {LOCATION:Taunton} and has him every "
    "other weekend.",
    "IEP meeting at {ORGANIZATION:Carney Academy} on {DATE:12/6}; I will attend by phone. "
    "Teacher {NAME:Mrs. Souza} reports {NAME:Jaylen} elopes from class 2-3 times a week.",
    "custody evaluation ordered by judge {NAME:harrington}, {ORGANIZATION:bristol probate "
    "and family court}, docket {OTHER_ID:BR22D0419DR}. parents {NAME:amber} and {NAME:josh "
    "tavares} both want primary.",
    "{NAME:Sophia}'s mom says the pediatrician, {NAME:Dr. Kaur} at {ORGANIZATION:Hawthorn "
    "Pediatrics}, wants to start guanfacine. Behavior chart shows 4/5 good days.",
    "play therapy: {NAME:emmy} buried the baby doll in the sandtray and said 'that's "
    "{NAME:gigi}, she went to heaven'. {NAME:gigi} was her great-grandmother, died "
    "{DATE:october 30}.",
    "Parent session with Mr. and Mrs. {NAME:Kowalski}. Their son {NAME:Bartek} (14) is "
    "refusing school at {ORGANIZATION:Fairhaven High}. Exposure ladder for school "
    "attendance.",
    "{NAME:Zainab}, 10, came with her aunt {NAME:Fatou} who has guardianship. {NAME:Zainab}'s "
    "parents are in {LOCATION:Dakar}. Adjustment, homesickness, art.",
    "The school resource officer, {NAME:Officer Medeiros}, called about {NAME:Tyler}'s "
    "threat on Snapchat ({OTHER_ID:@tyler_b_2010}). Risk assessment completed, low risk.",
    "Family session: the {NAME:Almeidas}. Dad ({NAME:Fernando}) works two jobs, at "
    "{ORGANIZATION:Titleist} and Uber; mom ({NAME:Luciana}) is overwhelmed with "
    "the twins, {NAME:Davi} and {NAME:Enzo}.",
    "{NAME:Kenzie}'s dad emailed from {EMAIL:d.mcbride77@example.com} asking for records; he "
    "has joint legal custody per the {DATE:2022} order, so records released.",
    "Adolescent: {NAME:River Santos-Lima} (they/them), 16, junior at {ORGANIZATION:Bishop "
    "Connolly}. Dysphoria, family conflict with grandfather {NAME:Armando}.",
    "{NAME:Lily-Rose}'s babysitter {NAME:Kayleigh} saw the bruise and called DCF"
    " hotline. Case opened {DATE:11/15}, worker {NAME:Ms. Andrade}.",
    "{NAME:Noah} is in 3rd grade at {ORGANIZATION:Sippican School} in {LOCATION:Marion}. "
    "Reading specialist {NAME:Ms. Florentine} thinks dyslexia; eval scheduled "
    "{DATE:January 8}.",
    "{NAME:Brayden} asked if his dog {NAME:Moose} could come to session. Yes, next week. "
    "His mom's cell is {PHONE:774-555-0192}.",
    "{NAME:ava} said her dad's girlfriend {NAME:krystal} yells at her when dad works at "
    "the fire station. explored feelings, safety, who to tell.",
]

# A fourteenth hand: hospital shorthand in lower case, medication lists, vitals and labs, where
# nearly every word is clinical and a few are not.
HOSPITAL_SHORTHAND = [
    "67yo m w/ hx cad s/p cabg, htn, dm2 presented to osh ({ORGANIZATION:morton hospital}) "
    "w/ cp, trop 0.8, tx'd here {DATE:11/20}. wife {NAME:doris} at bedside. cards ({NAME:dr "
    "feeney}) following.",
    "meds: metoprolol succ 50 qd, atorva 80 qhs, asa 81, plavix 75, lisinopril 10, "
    "metformin 1000 bid, lantus 22u qhs. allergies: pcn (hives), sulfa.",
    "vitals: T 98.6 HR 88 BP 142/86 RR 18 SpO2 97% RA. labs: wbc 11.2, hgb 10.1, plt 245, "
    "na 134, k 5.1, cr 1.6 (baseline 1.2), bnp 890.",
    "pt lives w/ daughter {NAME:tina} in {LOCATION:raynham}, ambulates w/ walker, "
    "{NAME:tina} drives him to appts. pcp {NAME:dr. o'malley} at {ORGANIZATION:raynham "
    "family practice}.",
    "ID: {NAME:marguerite lebeau}, {AGE_OVER_89:93}F, nh resident at the "
    "{ORGANIZATION:landing at laurel lake}, sent for AMS, found to have uti. hcp is son "
    "{NAME:andre} ({PHONE:508-555-0117}).",
    "a/p: 1) nstemi - heparin gtt, cards recs, echo in am. 2) aki - ivf, hold acei. 3) dm - "
    "ssi, hold metformin. dispo: tele. dw {NAME:dr. patel-iyer}.",
    "sw note: pt's partner {NAME:keisha} reports pt was living in his car in the "
    "{ORGANIZATION:walmart} lot on {LOCATION:route 44} since {DATE:sept}. shelter list given, "
    "{ORGANIZATION:housing assistance corp} referral.",
    "consult: psych c/s for si. pt is 24yo f, grad student at {ORGANIZATION:brandeis}, "
    "overdose on tylenol (15 tabs) after breakup w/ {NAME:aaron}. apap level 110 at 4h. "
    "nac started. 1:1 sitter.",
    "discharge: f/u pcp {NAME:dr. nakashima} 1 wk, cards {NAME:dr. ferraro} 2 wks, labs "
    "{DATE:12/2}. script sent to {ORGANIZATION:cvs} {LOCATION:county st}. pt verbalized "
    "understanding.",
    "overnight: called by rn for hr 130s, pt anxious, asking for wife {NAME:bernadette}. "
    "ekg sinus tach. ativan 0.5 x1. calmed after {NAME:bernadette} called back.",
    "nursing: pt's dtr {NAME:gloria} brought in his hearing aids and glasses. belongings "
    "list signed. pt requests to be called {NAME:manny}.",
    "pt from cape verde, speaks kriolu, interpreter {NAME:jose lopes} (id "
    "{OTHER_ID:4471}) present for consent. procedure explained, questions answered.",
]

# A fifteenth hand: chosen names and old names, pets, faith communities, two languages.
CHOSEN_NAMES = [
    "Client uses the name {NAME:Rowan} (legal name {NAME:Rebecca Thornton}); please use "
    "{NAME:Rowan} in all notes. Gender-affirming care letter for {NAME:Dr. Esposito}.",
    "{NAME:Papi} (client's name for her father, {NAME:Héctor Ruiz}) had a stroke on "
    "{DATE:el 5 de diciembre}. She is flying to {LOCATION:Ponce} on {DATE:Dec 10}.",
    "{NAME:Mija}, as her mom calls her, is {NAME:Daniela}; she says her mom {NAME:Marisela} "
    "only speaks Spanish and doesn't understand therapy.",
    "Client's cat {NAME:Biscuit} died {DATE:last Sunday}; she also mentioned her rabbit "
    "{NAME:Clover}. Pet loss grief.",
    "{NAME:Ari} attends {ORGANIZATION:Temple Beth El} and is preparing for their bat "
    "mitzvah; rabbi {NAME:Stern} is supportive of the pronoun change.",
    "{NAME:Brother Kenneth} at {ORGANIZATION:Our Lady of Fatima Shrine} is the client's "
    "confidant. Discussed faith and sexuality without pressure.",
    "{NAME:Imam Yusuf Ali} from the {ORGANIZATION:Islamic Center of New England} visited "
    "client in hospital; client felt comforted.",
    "client said her deadname is {NAME:michael}, and her dad still uses it at family dinners "
    "in {LOCATION:somerset}. boundary setting, chosen family ({NAME:jess}, {NAME:mo}).",
    "{NAME:Nonna Rosa} ({AGE_OVER_89:98}) lives with the family; client ({NAME:Gianni}) "
    "feels stuck as caregiver. Respite at {ORGANIZATION:Coastline Elderly Services}.",
    "{NAME:Tío Beto} sends money from {LOCATION:Guadalajara}; client ashamed of needing it. "
    "Values work.",
    "Horse therapy at {ORGANIZATION:Sunny Acres Stables} in {LOCATION:Dighton}; client "
    "bonded with a mare named {NAME:Duchess}.",
    "{NAME:Pastor Greg Mello} of {ORGANIZATION:Calvary Chapel} asked for an update; no ROI "
    "on file, declined to share.",
]

# A sixteenth hand: word-names in every position a sentence has, beside the same words used as
# words, to measure both sides of the hardest judgement.
WORD_NAMES_IN_PLACE = [
    "I asked {NAME:Grace} about her sleep; she said grace before meals helps her slow down.",
    "{NAME:Will}'s mother called. She will bring him Thursday if the weather allows.",
    "We talked about hope. Her sister {NAME:Hope} has been sober for a year.",
    "Client and {NAME:Summer} (her wife) plan to move in the summer.",
    "She met {NAME:Joy} at church; there was little joy in her voice today.",
    "{NAME:Faith}, her daughter, is 12. Client's faith is a strong protective factor.",
    "He told {NAME:Rusty} he would stop drinking. The old truck is rusty and unsafe.",
    "{NAME:Dawn} arrives at dawn for her shift at the bakery and leaves at 2.",
    "The client's son {NAME:Chase} likes to chase the dog around the yard.",
    "His coworker {NAME:Frank} was frank with him about the layoffs.",
    "{NAME:Rose} brought a rose from her garden for her late husband's grave.",
    "Client's brother {NAME:Mark} left a mark on the wall when he punched it.",
    "{NAME:Sunny} said the day was sunny but she stayed in bed.",
    "She and {NAME:Autumn} fight about chores; autumn is always hard for her.",
    "{NAME:Bill} worries about the hospital bill; {NAME:Bill}'s wife handles the money.",
    "Her friend {NAME:Misty} drove her; it was misty and she was scared on the highway.",
    "{NAME:Jay} saw a blue jay and smiled for the first time in weeks.",
    "{NAME:Heather} walked through the heather on vacation and felt calm.",
    "{NAME:Ivy} (7) is afraid of poison ivy after the rash last year.",
    "{NAME:Destiny} says it is her destiny to be a nurse.",
]

# A seventeenth hand: questions a clinician might type to an assistant, with identifiers in.
THERAPY_QUESTIONS = [
    "What CBT interventions fit a 34yo client, {NAME:Jessica Morales}, with PTSD after the "
    "fire at her home on {LOCATION:12 Oak St}, {LOCATION:Fall River}?",
    "Draft a DAP note for {NAME:Kenji} (DOB {DATE:3/3/1990}) who discussed his divorce from "
    "{NAME:Aiko} and custody of {NAME:Ren}.",
    "How should I document a safety plan for {NAME:Mr. Abernathy}, MRN {MRN:558210}, seen "
    "{DATE:11/25/24} for SI without plan?",
    "Is it a Tarasoff situation if client {NAME:Dwayne Pickett} said he'd hurt his neighbor "
    "{NAME:Gus} on {LOCATION:Cove Road}?",
    "Summarize session for {NAME:Aaliyah} (goes by {NAME:Lee}), 16, at "
    "{ORGANIZATION:New Bedford High}: school avoidance, panic, mom {NAME:Tanya} supportive.",
    "Write a treatment plan for {NAME:Gerald Okoye}, {AGE_OVER_89:92}, living at "
    "{ORGANIZATION:Sippican Healthcare Center}, with late-life depression.",
    "Can you check my BIRP note for {NAME:Priya} — her husband {NAME:Anand} works at "
    "{ORGANIZATION:Boston Scientific} and travels weekly.",
    "ICD-10 for client {NAME:L.M.} with adjustment disorder after job loss at "
    "{ORGANIZATION:Gap distribution center} in {LOCATION:Fall River}?",
    "Letter to {NAME:Judge Kaplan} re: {NAME:Tomás Silva}'s attendance, docket "
    "{OTHER_ID:2233CR004917}, 12 of 12 sessions.",
    "Rewrite in SOAP: {NAME:maria} said her ex {NAME:jorge} showed up at her job at "
    "{ORGANIZATION:target} in {LOCATION:dartmouth} on {DATE:friday the 22nd}.",
    "What to say to {NAME:Hope}'s school about her IEP? Her counselor is {NAME:Mr. Botelho}, "
    "{EMAIL:jbotelho@example.org}.",
    "Billing question: {NAME:Keith Ramos}, member ID {HEALTH_PLAN:MA7731902245}, "
    "90837 on {DATE:11/14}, denied.",
]

# An eighteenth hand: long transcribed consultations in the manner of published sample notes,
# with identifiers put back in.
TRANSCRIBED_CONSULTS = [
    "CHIEF COMPLAINT: Headaches.\nHISTORY OF PRESENT ILLNESS: The patient is a 45-year-old "
    "right-handed woman referred by {NAME:Dr. Philomena Grady} for evaluation of daily "
    "headaches since a motor vehicle accident on {DATE:August 14, 2024} on {LOCATION:Route "
    "24} near {LOCATION:Brockton}. She was evaluated at {ORGANIZATION:Good Samaritan Medical "
    "Center} and released.",
    "SOCIAL HISTORY: He lives with his wife, {NAME:Donna}, in {LOCATION:Bedford}. He works "
    "as an accountant for {ORGANIZATION:Liberty Mutual}. He smokes one pack per day for 30 "
    "years. Drinks socially. No illicit drugs.",
    "FAMILY HISTORY: Mother died at {AGE_OVER_89:94} of stroke. Father had colon cancer. "
    "Sister {NAME:Claudette} has lupus.",
    "PAST SURGICAL HISTORY: Appendectomy 1998 at {ORGANIZATION:Lawrence General}. Right knee "
    "arthroscopy {DATE:March 2015} by {NAME:Dr. Whitmore}.",
    "IMPRESSION AND PLAN: Post-traumatic headache with features of migraine. Start "
    "nortriptyline 10 mg at bedtime. Follow up in six weeks with me or {NAME:Nurse "
    "Practitioner Colleen Shea}. Copy to {NAME:Dr. Grady}.",
    "PROCEDURE NOTE: After informed consent was obtained from the patient's daughter, "
    "{NAME:Mrs. Yvette Charles}, a lumbar puncture was performed at L3-L4. Opening pressure "
    "18 cm H2O. Specimens sent to {ORGANIZATION:Quest Diagnostics}, accession "
    "{OTHER_ID:QD-55120948}.",
    "HISTORY: This 8-year-old boy is brought by his father, {NAME:Mr. Dominic Ferreira}, "
    "because of bedwetting. He attends second grade at {ORGANIZATION:Hathaway Elementary "
    "School} and is doing well academically.",
    "DISPOSITION: The patient was discharged home in the care of his son, {NAME:Raymond}, "
    "with home health services through {ORGANIZATION:VNA of Southeastern Massachusetts}. "
    "Contact {PHONE:(508) 555-0174}.",
    "REVIEW OF SYSTEMS: Negative except as noted in the HPI. PHYSICAL EXAMINATION: Vital "
    "signs: Blood pressure 128/78, pulse 72, respirations 16. HEENT: Normocephalic, "
    "atraumatic. Neck: Supple. Lungs: Clear.",
    "The patient was seen in consultation at the request of {NAME:Dr. Sunil Mehra} of the "
    "{ORGANIZATION:Lahey Clinic} on {DATE:November 19, 2024}. I reviewed the MRI done at "
    "{ORGANIZATION:Shields MRI} in {LOCATION:Brockton}.",
    "ADDENDUM: Spoke with Attorney {NAME:Rebecca Lindholm} (representing the patient in the "
    "accident claim, claim number {OTHER_ID:LM-448-22190}); records released with signed "
    "authorization dated {DATE:11/22/2024}.",
    "OCCUPATIONAL HISTORY: Retired longshoreman, worked at the {ORGANIZATION:Port of "
    "New Bedford} for 31 years; asbestos exposure likely. Union: ILA {OTHER_ID:Local 1413}.",
]

# A nineteenth hand, the last written this round: ordinary therapy dictations, mixed.
MIXED_LAST = [
    "session 9 with {NAME:tamara}. she's been fighting with her boyfriend {NAME:dante} about "
    "his gambling, he lost rent money at {ORGANIZATION:twin river}. we did a cost-benefit "
    "analysis of staying. next week {DATE:dec 4th}.",
    "{NAME:Mr. Vo} reports that his son {NAME:Minh} moved back home after losing his job at "
    "{ORGANIZATION:CVS Health} in {LOCATION:Woonsocket}. Sleep poor. PHQ-9 17.",
    "{NAME:Annika} emailed me at work from {EMAIL:annika.b@example.net} to cancel; she is "
    "at her dad's in {LOCATION:Narragansett} until {DATE:the 2nd}.",
    "Client {NAME:Jerome} reports his landlord {NAME:Mr. Pires} at {LOCATION:17 County St, "
    "Apt 4} refuses to fix the heat. Referred to {ORGANIZATION:Legal Aid}. Phone "
    "{PHONE:401-555-0128}.",
    "{NAME:Paula}'s mother ({AGE_OVER_89:95}) fell at {ORGANIZATION:Hillside Rehab}. "
    "{NAME:Paula} is angry at staff. Validation, then problem solving for a family meeting "
    "on {DATE:Monday, December 9}.",
    "couples session {NAME:nate} and {NAME:jolie}. {NAME:jolie} found texts from a coworker "
    "named {NAME:brianna}. affair recovery, gottman trust revival. next {DATE:12/12}.",
    "{NAME:Deacon Tom Reilly} called asking about {NAME:Gabe}; told him I cannot confirm "
    "whether {NAME:Gabe} is a client without a release.",
    "{NAME:Sandra} Medicaid ID {HEALTH_PLAN:100447712093} lapsed {DATE:11/30}; she is "
    "reapplying at the {ORGANIZATION:MassHealth Enrollment Center} on {LOCATION:Purchase "
    "Street}.",
    "{NAME:Elliot} (he/him), 19, first year at {ORGANIZATION:Stonehill College}. Roommate "
    "{NAME:Devin} reported his self-harm to the RA. Safety plan, campus counseling "
    "coordination.",
    "{NAME:Mrs. Delacroix-Abernathy} is {AGE_OVER_89:ninety-two}, widowed, lives alone on "
    "{LOCATION:Rivet St}. Her niece {NAME:Colette} checks in Sundays. Loneliness, BA.",
]

# A twentieth hand, written after the last rule change of the session and measured only: no
# rule was changed for it, so its figures are a true held-out estimate.
FINAL_HELD_OUT = [
    "{NAME:Corinne} reports her ex-husband {NAME:Todd Arsenault} has stopped paying child "
    "support; court date {DATE:January 22}. She works nights at {ORGANIZATION:Stop & Shop} "
    "in {LOCATION:Seekonk}. PHQ-9 13.",
    "session with {NAME:jamal} today, he said his grandmother {NAME:miss odessa} passed on "
    "{DATE:sunday the 24th}. grief work, he wants to speak at the funeral at "
    "{ORGANIZATION:bethel ame church}.",
    "{NAME:Liang} (DOB {DATE:04/30/1996}) came with her partner {NAME:Mei}. Couples work "
    "on communication; {NAME:Mei}'s mother is visiting from {LOCATION:Shenzhen} until "
    "{DATE:February}.",
    "Client {NAME:Ahmad Nouri}, MRN {MRN:00981124}, reports nightmares since the break-in at "
    "{LOCATION:52 Mount Pleasant St}. Call back at {PHONE:508-555-0183}.",
    "{NAME:Nana Jo} ({AGE_OVER_89:96}) moved in with {NAME:Kelsey}'s family. {NAME:Kelsey} "
    "is burning out. Caregiver stress, respite options at {ORGANIZATION:Coastline Elderly "
    "Services}.",
    "{NAME:Benny} (goes by {NAME:B}) is 15, attends {ORGANIZATION:Apponequet Regional High}, "
    "and was suspended on {DATE:11/19}. Mom {NAME:Lorna}'s email {EMAIL:lorna.p@example.com}.",
    "{NAME:grace} and her husband {NAME:will} came in together. {NAME:will} drinks after his "
    "shifts at the {ORGANIZATION:Acushnet plant}. she hopes he will try AA.",
    "Telehealth from {LOCATION:Cuttyhunk} (client's summer house). {NAME:Dr. Sorensen} "
    "adjusted her sertraline to 150 mg. EMDR next week.",
    "{NAME:Tyrese}'s probation officer {NAME:Ms. Okafor} requested attendance; case "
    "{OTHER_ID:2133CR002210}. ROI on file.",
    "{NAME:Mrs. Vieira} reports that {NAME:Helena} ({AGE_OVER_89:91}), her mother-in-law, "
    "calls her 'useless'. Boundary setting. Next session {DATE:12/11} 10 am.",
    "{NAME:Summer Kowalczyk-Reyes} talked about her brother {NAME:Ash}'s arrest in "
    "{LOCATION:Providence} on {DATE:Nov 16}. Shame, family secrecy.",
    "client {NAME:deshawn} said his coach {NAME:mr. tavares} at {ORGANIZATION:new bedford "
    "high} benched him after the fight. anger, DBT skills.",
    "{NAME:Pia}'s therapist before me was {NAME:Dr. Ruth Ellison} at {ORGANIZATION:Harbor "
    "Counseling} in {LOCATION:Fairhaven}; records requested {DATE:11/20/2024}.",
    "{NAME:Ronan} brought his service dog {NAME:Scout}. PE session 6; imaginal of the "
    "crash on {LOCATION:I-195} near {LOCATION:exit 12}. SUDS 80 to 45.",
    "{NAME:Esther Mbeki-Lowe} is a nurse at {ORGANIZATION:St. Anne's}; her license "
    "{LICENSE:RN318842} is up for renewal; anxiety about the board complaint.",
]


def main() -> None:
    write("therapy_dictations_third.jsonl", "tdz", THIRD_SET)
    write("clinic_notes.jsonl", "cln", CLINIC_NOTES)
    write("ward_notes.jsonl", "wrd", WARD_NOTES)
    write("spoken_and_structured.jsonl", "sps", SPOKEN_AND_STRUCTURED)
    write("word_names_and_codes.jsonl", "wnc", WORD_NAMES_AND_CODES)
    write("transcribed_summaries.jsonl", "trs", TRANSCRIBED_SUMMARIES)
    write("many_names.jsonl", "mny", MANY_NAMES)
    write("every_kind.jsonl", "evk", EVERY_KIND)
    write("forms_and_letters.jsonl", "frm", FORMS_AND_LETTERS)
    write("odd_formats.jsonl", "odd", ODD_FORMATS)
    write("full_notes.jsonl", "ful", FULL_NOTES)
    write("hard_names.jsonl", "hrd", HARD_NAMES)
    write("child_and_family.jsonl", "chf", CHILD_AND_FAMILY)
    write("hospital_shorthand.jsonl", "hsp", HOSPITAL_SHORTHAND)
    write("chosen_names.jsonl", "chn", CHOSEN_NAMES)
    write("word_names_in_place.jsonl", "wnp", WORD_NAMES_IN_PLACE)
    write("therapy_questions.jsonl", "thq", THERAPY_QUESTIONS)
    write("transcribed_consults.jsonl", "tcn", TRANSCRIBED_CONSULTS)
    write("mixed_last.jsonl", "mxl", MIXED_LAST)
    write("final_held_out.jsonl", "fho", FINAL_HELD_OUT)


if __name__ == "__main__":
    main()
