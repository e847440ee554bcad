"""Write the held-out corpora of the South Coast practices, added one after another by the
stop before the sets from elsewhere (make_elsewhere_blind_sets.py). Each was written before it
was first measured, after the rules the set before it had prompted; its first figures are in
the commit that added it.

    practice_messages       portal messages, voicemail transcripts, e-mails from schools and
                            lawyers, fax cover sheets
    group_practice_notes    notes from a group practice's clinicians, each in their own habits
                            (terse, lower-case, long-hand)
    intake_histories        psychosocial histories: family, schooling, work, legal and trauma
    dictated_by_phone       notes dictated into a phone, as speech to text writes them
    letters_and_reports     referral and school letters, court and disability reports,
                            evaluations, discharge summaries and release forms
    crisis_and_care_notes   risk assessments, crisis calls, safety plans, hospital diversions
                            and the care coordination around them
    last_held_out           therapy notes of every kind a practice keeps, typed and dictated
    end_of_session_notes    notes, messages and letters written after every rule and probe of
                            that stop, to measure them as they stood

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
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
    "Oyelaran}. Discussed mandated report filed with DCF on {DATE:11/23}, "
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

CRISIS_AND_CARE_NOTES = [
    "Crisis call 02:40 from {NAME:Delphine Achebe-Moore}, {PHONE:857-555-0162}. Reports "
    "taking 12 of her mother's clonazepam. Called 911; {ORGANIZATION:Cambridge FD} arrived. "
    "Transported to {ORGANIZATION:Mount Auburn Hospital}.",
    "safety plan reviewed with {NAME:tobias}. warning signs: not sleeping, fighting with "
    "{NAME:kendra}. people to call: his cousin {NAME:reggie} and his coach {NAME:mr. "
    "alvarado}. means restriction: dad {NAME:ron} locked up the hunting rifles.",
    "C-SSRS screen positive. {NAME:Ms. Whitfield-Obi} endorses passive SI since her son "
    "{NAME:Isaiah} was deployed to {LOCATION:Fort Bragg} in {DATE:September}. No plan or "
    "intent. Will see {DATE:Thursday 12/3}.",
    "Hospital diversion: {NAME:Cyrus} (17) brought by his aunt {NAME:Farah Nazari} from "
    "{ORGANIZATION:Newton North High School} after a post on {OTHER_ID:@cy.rus.404}. "
    "Crisis team: {NAME:Bettina Lowe}, LICSW. Referred to {ORGANIZATION:Riverside CBAT}.",
    "Mandated report: {NAME:Kaylee} (8) disclosed her mom's boyfriend {NAME:Dustin} hit "
    "her with a belt. 51A filed with {ORGANIZATION:DCF Arlington Area Office} on "
    "{DATE:11/30/2026}, intake {OTHER_ID:#3318802}. Screener {NAME:Ms. Obuya}.",
    "Grief after suicide: {NAME:Pilar}'s brother {NAME:Nico} died {DATE:October 17} in "
    "{LOCATION:Lawrence}. She found him. Postvention; she is attending the {ORGANIZATION:"
    "Samaritans} survivors group Tuesdays.",
    "phone check in with {NAME:faith} she is staying at {ORGANIZATION:casa myrna} shelter "
    "since leaving {NAME:marcus} on {DATE:the 20th}. advocate is {NAME:yolanda}, her number "
    "is {PHONE:six one seven five five five zero one four four}",
    "Risk formulation: {NAME:Mr. Szymanski}, 68, widowed, recently lost his license, "
    "firearm at home in {LOCATION:Chelmsford}. Daughter {NAME:Renata} "
    "({PHONE:978-555-0127}) agreed to remove it to her house in {LOCATION:Dracut}.",
    "ED follow-up: {NAME:Jonah Feld} seen at {ORGANIZATION:Beverly Hospital} ED "
    "{DATE:11/28} after overdose. Narcan given by his roommate {NAME:Theo}. Now at "
    "{ORGANIZATION:Lahey Behavioral Health} detox; bed {OTHER_ID:3B-14}.",
    "{NAME:Willow} (they/them) called the Trevor Project on {DATE:Thanksgiving} night. "
    "Parents ({NAME:Gregory} and {NAME:Anne Castellano}) still misgender them. Safety plan "
    "updated; school counselor {NAME:Mr. Adeyemi} informed with consent.",
    "welfare check requested from {ORGANIZATION:lowell pd} for {NAME:dante ruiz} at "
    "{LOCATION:44 fayette street apt 2} after he texted goodbye to his ex "
    "{NAME:giselle}. officer {NAME:brennan} called back at 9 pm, he is safe.",
    "{NAME:Agnes Thorvaldsen} ({AGE_OVER_89:93}) lives alone in {LOCATION:Rockport}; "
    "neighbor {NAME:Walt} found her confused and without heat. Elder protective services "
    "report to {ORGANIZATION:SeniorCare Inc.}, ref {OTHER_ID:EPS-26-1187}.",
    "Couples crisis session: {NAME:Imani} and {NAME:Marcus Oduya}. {NAME:Imani} found texts "
    "from a coworker at {ORGANIZATION:Partners HealthCare}. {NAME:Marcus} moved to his "
    "brother's in {LOCATION:Randolph} for now.",
    "Teen {NAME:Jaxon} ran away {DATE:11/26}, found {DATE:11/27} at the {ORGANIZATION:Bridge "
    "Over Troubled Waters} drop-in in {LOCATION:Boston}. Mom {NAME:Crystal} "
    "({EMAIL:crystal.b.mom@yahoo.com}) wants him home; he wants to stay with his grandpa "
    "{NAME:Earl}.",
    "IPV: {NAME:Ms. Nguyen-Baptiste} has a 209A against {NAME:Terrence Baptiste}, docket "
    "{OTHER_ID:2611RO0447}, {ORGANIZATION:Malden District Court}. He drives a gray Altima, "
    "plate MA {VEHICLE:7JK 214}. Safety plan includes {ORGANIZATION:REACH} hotline.",
    "post-hospital visit with {NAME:sunny} discharged from {ORGANIZATION:mclean} on "
    "{DATE:november twenty fifth}. started lamotrigine. her partner {NAME:devin} will hold "
    "her meds. next appointment {DATE:december ninth}",
    "Collateral from {NAME:Pastor Eli Brandt} ({ORGANIZATION:New Covenant Church}, "
    "{LOCATION:Worcester}): {NAME:Ruthie} has been sleeping in the church van. Referred to "
    "{ORGANIZATION:Abby's House}.",
    "School threat assessment for {NAME:Mason Kiely}, grade 9, {ORGANIZATION:Wachusett "
    "Regional High}. Assistant principal {NAME:Dr. Lorraine Ebbs} present. Low risk; "
    "re-entry meeting {DATE:Dec 7}.",
    "{NAME:Ezekiel} says the voices got louder after his mother {NAME:Bernice} died at "
    "{ORGANIZATION:Baystate Franklin} on {DATE:11/14}. Outreach worker {NAME:Dion} from "
    "{ORGANIZATION:ServiceNet} will visit daily.",
    "Veteran {NAME:Luis Arroyo}, Marine Corps, VA PCP at {ORGANIZATION:Bedford VA}. "
    "Anniversary of {NAME:Cpl. Daniel Ortiz}'s death ({DATE:Nov 10, 2004}, {LOCATION:Fallujah}) "
    "triggers nightmares. Veterans Crisis Line card given.",
]

LAST_HELD_OUT = [
    "{NAME:Roisin} (34) reports the anniversary of her miscarriage is {DATE:December 14}. "
    "Her husband {NAME:Cathal} works offshore for {ORGANIZATION:Vineyard Wind} and is away "
    "until {DATE:the 20th}. Grief work, self-compassion letter.",
    "pt {NAME:delroy} came in with his daughter {NAME:shanice} who drove him from "
    "{LOCATION:mattapan}. he says his landlord {NAME:mr. petrakis} is trying to evict him "
    "from {LOCATION:31 wendover st}. referred to {ORGANIZATION:greater boston legal services}",
    "ACT. {NAME:Temperance} (\"{NAME:Tempe}\") noticed the thought 'I always ruin things' "
    "after her boss at {ORGANIZATION:Ocean State Job Lot} yelled. Values: her kids "
    "{NAME:Hazel} and {NAME:Finn}.",
    "Intake phone screen {DATE:12/1/2026}: caller {NAME:Bernadette Kowalski-Reyes}, DOB "
    "{DATE:6/3/1972}, cell {PHONE:774 555 0193}, insurance BCBS {HEALTH_PLAN:XJF884120937}. "
    "Referred by her PCP {NAME:Dr. Aarav Mehta}.",
    "{NAME:Justice} (he/they), 19, freshman at {ORGANIZATION:Bridgewater State}, panic "
    "attacks in the dining hall. Roommate {NAME:Keon} walked him to the "
    "{ORGANIZATION:Wellness Center}. Interoceptive exposure.",
    "couples: {NAME:marguerite} and {NAME:dev} fought about his mother {NAME:anjali} moving "
    "in from {LOCATION:edison} new jersey. {NAME:marguerite} feels like a guest in her own house. "
    "softened startup practice",
    "DBT. {NAME:Ivy} used TIPP after a fight with her sister {NAME:Rowan} on "
    "{DATE:Saturday 11/28}. Diary card: SI 1/5, urges to use 3/5. She has not been back to "
    "the {ORGANIZATION:Wharf Tavern} since {DATE:November 2}.",
    "Collateral: spoke with {NAME:Coach Whitlock} at {ORGANIZATION:Dighton-Rehoboth "
    "Regional} about {NAME:Brody}'s concussion and mood. Team trainer {NAME:Ms. Oyelaran} "
    "will watch for irritability.",
    "EMDR with {NAME:Wendell} today. target: the robbery at the {ORGANIZATION:Cumberland "
    "Farms} on {LOCATION:Acushnet Ave} where he worked nights ({DATE:March 2019}). SUD 9 to "
    "4.",
    "{NAME:Mrs. Fairweather} ({AGE_OVER_89:ninety-four}) attended with her son "
    "{NAME:Clive}. She still lives at {LOCATION:The Village at Hamilton Pond} but wants to "
    "go home to {LOCATION:Wareham}. Reminiscence.",
    "Telehealth: {NAME:Sunny} joined from her car outside {ORGANIZATION:Trader Joe's} in "
    "{LOCATION:Hingham}. Link {URL:https://doxy.me/drcallahan}. PHQ-9 9.",
    "Teen {NAME:Arlo} (15) showed me texts from {OTHER_ID:@kaydenxo_22} calling him names. "
    "School ({ORGANIZATION:Silver Lake Regional}) notified by mom {NAME:Jodie}. Safety "
    "planning.",
    "Psychodynamic. {NAME:Hugo} dreamed of the house on {LOCATION:Ocean Drive} in "
    "{LOCATION:Newport} where his father {NAME:Reginald} drank. Associations to me leaving "
    "for vacation {DATE:Dec 21}.",
    "Group (Seeking Safety): {NAME:Bree}, {NAME:Lena}, {NAME:Dolores} and {NAME:Kat}. "
    "{NAME:Dolores} shared that her ex {NAME:Raymond} was released from "
    "{ORGANIZATION:MCI-Norfolk} {DATE:last Tuesday}.",
    "IFS: {NAME:Moses} met a firefighter part that keeps him working doubles at "
    "{ORGANIZATION:Home Depot}. Part is 40 years old, from when his brother {NAME:Abe} died "
    "in {LOCATION:Roxbury}.",
    "note for {NAME:chantal} she says her new psychiatrist at {ORGANIZATION:bay cove} "
    "started her on seroquel fifty. her case manager {NAME:ms. lindqvist} is helping with "
    "the housing application. next session {DATE:december eighth}",
    "Release sent to {ORGANIZATION:Plymouth Probate and Family Court}, docket "
    "{OTHER_ID:PL24D0833DR}, at request of {NAME:Atty. Simone Gagnon} ({EMAIL:sgagnon@"
    "gagnonlaw.com}). Client {NAME:Dario Pimentel} signed {DATE:11/24/2026}.",
    "{NAME:Harmony} (8) brought her stuffed rabbit. Play therapy: the rabbit's house was "
    "flooded like grandma {NAME:Loretta}'s trailer in {LOCATION:Swansea}. Mom "
    "{NAME:Krystal} present last 10 min.",
    "CBT-I follow-up: {NAME:Mr. Oyelowo} works overnights as a security guard at "
    "{ORGANIZATION:South Shore Plaza}. Sleep window 0800-1430. ISI 18 -> 12.",
    "{NAME:Gideon} says his wife {NAME:Tamar} wants to move back to {LOCATION:Haifa} to be "
    "near her parents. He fears losing his job at {ORGANIZATION:Boston Scientific} "
    "if he goes.",
    "Crisis: {NAME:Jocelyn} called at 11 pm from {LOCATION:Nantasket Beach}, intoxicated. "
    "Stayed on the phone until {ORGANIZATION:Hull PD} arrived; taken to "
    "{ORGANIZATION:South Shore Hospital}.",
    "Parent session: {NAME:Luz Marina} and {NAME:Esteban}. Their son {NAME:Matías} was "
    "suspended from {ORGANIZATION:Brockton High} for vaping. Behavior chart; they will meet "
    "with assistant principal {NAME:Mr. Feeney} on {DATE:Dec 3}.",
]

END_OF_SESSION_NOTES = [
    "{NAME:Annaliese} reports her ex-husband {NAME:Corbin Whitt} skipped the custody exchange "
    "at the {ORGANIZATION:Raynham PD} lobby on {DATE:Sunday 11/29}. Attorney {NAME:Priya "
    "Venkataraman} ({PHONE:508-555-0186}) filed a motion.",
    "dictated. session with {NAME:nadia} she said her boss {NAME:gary} at {ORGANIZATION:bristol "
    "county savings bank} made a comment about her hijab. she cried. we practiced assertive "
    "responses",
    "Letter: To whom it may concern, {NAME:Mr. Ezekiel Fontenot} (DOB {DATE:02/14/1961}) has "
    "been in treatment at this office since {DATE:June 2024}. {NAME:Dr. Helena Strand}, "
    "PsyD, {ORGANIZATION:Seaside Psychological Services}, {LOCATION:15 Water Street, "
    "Plymouth}.",
    "{NAME:Kenji} (10) and his mom {NAME:Aiko Tanaka-Byrne}. {NAME:Kenji} is being bullied at "
    "{ORGANIZATION:Hanover Street Elementary}. Mom works nights at {ORGANIZATION:Brigham and "
    "Women's}. CBT for anxiety, worry box.",
    "Portal message from {NAME:Delia Ruiz}: my new address is {LOCATION:88 Sycamore Lane, "
    "Apt 3C}, {LOCATION:Taunton} {LOCATION:02780}. My phone is the same. Thank you! -{NAME:D}",
    "grief session {NAME:walter} talked about his wife {NAME:june} who died at "
    "{ORGANIZATION:hope hospice} on {DATE:november seventh}. he still sets two plates. "
    "continuing bonds",
    "{NAME:Precious} (she/her) disclosed a sexual assault by a coworker at "
    "Amazon {ORGANIZATION:BOS7} in {DATE:October}. Reported to HR; case "
    "{OTHER_ID:HR-2026-11893}. Declined police report.",
    "couples: {NAME:Rafael} and {NAME:Tomasz} argued about {NAME:Tomasz}'s mother "
    "{NAME:Grażyna} staying through {DATE:New Year's}. {NAME:Rafael}'s sister {NAME:Lucía} offered "
    "her place in {LOCATION:Pawtucket}.",
    "Teen {NAME:Serenity} (16) showed a TikTok from {OTHER_ID:@ghostgirl.508} threatening "
    "her. School: {ORGANIZATION:Bishop Connolly High}. Guidance counselor {NAME:Mrs. Amaral} "
    "notified; mom {NAME:Tiffany} aware.",
    "Intake: {NAME:Bartholomew Okeke}, 58, MassHealth ID {HEALTH_PLAN:100447281930}, lives "
    "with his brother {NAME:Chinedu} in {LOCATION:Brockton}. Retired {ORGANIZATION:UPS} "
    "driver. AUDIT-C 9.",
    "EMDR: target is the crash on {LOCATION:Route 24} near {LOCATION:exit 19} on "
    "{DATE:January 3, 2025}. {NAME:Harmony} saw the other driver, {NAME:Mr. Duarte}, die. "
    "SUD 10 -> 6.",
    "DBT group: {NAME:Ivy}, {NAME:Marisela}, {NAME:Quinn} and {NAME:Tatum}. {NAME:Quinn} "
    "used TIPP after a fight with her dad {NAME:Rick} about the car.",
    "Voicemail {DATE:12/1} 9:05 am: \"Hi it's {NAME:Opal Greenleaf}, {PHONE:774-555-0109}, "
    "my son {NAME:Jasper} won't get out of bed, can you call me back\"",
    "{NAME:Ms. Villanueva-Park} is {AGE_OVER_89:91}; her daughter {NAME:Grace} is her "
    "proxy. She wants to stay at {LOCATION:Wingate at Silver Lake} in {LOCATION:Kingston}.",
    "psychodynamic. {NAME:hollis} spoke about his father's bar, the {ORGANIZATION:anchor "
    "tap}, in {LOCATION:fairhaven}, and how his dad {NAME:vern} drank through the hurricane "
    "in {DATE:1991}.",
    "Care coordination: faxed treatment summary to {NAME:Dr. Benedetta Russo} at "
    "{ORGANIZATION:Southcoast Physicians Group}, fax {FAX:508-555-0164}, re {NAME:Alvin "
    "Souza}, MRN {MRN:SC-0044721}.",
    "{NAME:Destiny} says her boyfriend {NAME:Marquis} took her EBT card and her car keys. "
    "She is staying with her cousin {NAME:Kiana} on {LOCATION:Coggeshall Street}. DV "
    "advocate {NAME:Roberta} from {ORGANIZATION:Women's Center} to call her.",
    "ACT session with {NAME:Lachlan}, 29, who drives for {ORGANIZATION:Peter Pan Bus Lines}. "
    "Panic on the {LOCATION:I-93} stretch into {LOCATION:Boston}. Defusion and willingness.",
]


def main() -> None:
    write("practice_messages.jsonl", "pmg", PRACTICE_MESSAGES)
    write("group_practice_notes.jsonl", "gpn", GROUP_PRACTICE_NOTES)
    write("intake_histories.jsonl", "ihx", INTAKE_HISTORIES)
    write("dictated_by_phone.jsonl", "dbp", DICTATED_BY_PHONE)
    write("letters_and_reports.jsonl", "ltr", LETTERS_AND_REPORTS)
    write("crisis_and_care_notes.jsonl", "crc", CRISIS_AND_CARE_NOTES)
    write("last_held_out.jsonl", "lho2", LAST_HELD_OUT)
    write("end_of_session_notes.jsonl", "eos", END_OF_SESSION_NOTES)


if __name__ == "__main__":
    main()
