"""Write the held-out corpora of the sixteenth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    mountain_and_plains_sessions   therapy notes from the Plains, the Mountain West and tribal
                                   lands: ranches, mines, plants, word names
    spoken_notes_third_round       lower-case speech to text from the Midwest: numbers as
                                   words, no marks, names that are common words
    clinic_records_third_round     discharge summaries, consults, ED, nursing, lab and prior
                                   authorization notes in the external corpora's style
    typed_notes_fourth_round       typed therapy notes from cities on both coasts and the South,
                                   written after the stop's first rules, to measure them
    spoken_notes_fourth_round      lower-case speech to text from Texas and the Gulf South,
                                   written after the stop's lower-case rules, to measure them
    longitudinal_records           records in the i2b2 longitudinal style: record dates in far
                                   years, headers, signatures and transcription codes
    messages_and_groups_fourth_round  texts, voicemails, e-mails, faxes and group notes
    spoken_notes_fifth_round       lower-case speech to text from Appalachia and the Northwest,
                                   written after all the stop's rules, to measure them
    dragon_dictations              dictation as desktop speech recognition writes it:
                                   capitals, marks, "period", spelled names, "end of dictation"
    rarer_kinds_fourth_round       the rarer kinds Safe Harbor lists: URLs, IP addresses,
                                   devices, licences, vehicles, accounts, biometrics
    child_and_teen_notes           play therapy, school, foster care and teen notes: this
                                   decade's children's names, teachers, coaches and teams
    last_of_the_sixteenth_stop     every kind above, written after every rule of the stop, to
                                   measure them as they stand
    spoken_notes_sixth_round       lower-case speech to text from Tennessee and the Gulf, written
                                   after the last set's rules, to measure them

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

MOUNTAIN_AND_PLAINS_SESSIONS = [
    "{NAME:Tanner Velasquez}, 27, lineman for {ORGANIZATION:Black Hills Energy} out of "
    "{LOCATION:Rapid City}. Since the fall from the pole on {DATE:August 19} he startles at "
    "sirens. PCL-5 44. Wife {NAME:Shayla} is due in {DATE:February}.",
    "Session with {NAME:Wren} (she/they). Works the front desk at the {ORGANIZATION:Stanley "
    "Hotel} in {LOCATION:Estes Park}. Manager {NAME:Dale Kuykendall} makes comments about "
    "their binder. Values card sort; named courage and honesty.",
    "{NAME:Mr. Blackhorse} reports his daughter {NAME:Kimimila} was moved to "
    "{ORGANIZATION:Pine Ridge Hospital} after the overdose. He drove from {LOCATION:Kyle} "
    "overnight. Grief and anger; we used paced breathing. Follow up {DATE:Thursday the 11th}.",
    "Couples session, {NAME:Hope} and {NAME:Garrett Lindqvist}. {NAME:Hope} wants to sell the "
    "ranch outside {LOCATION:Miles City}; {NAME:Garrett} wants to keep running cattle with his "
    "brother {NAME:Leif}. Soft start-up practice.",
    "{NAME:Marisela} brought her son {NAME:Santi}, 9, who won't go to school at "
    "{ORGANIZATION:Lincoln Elementary} since the lockdown drill. Exposure ladder started: "
    "parking lot, front door, classroom. Teacher {NAME:Ms. Abernathy} agreed to meet him at "
    "the door.",
    "{NAME:Colt} says the layoff at the {ORGANIZATION:Peabody} mine in {LOCATION:Gillette} "
    "hit his whole crew. Drinking 8-10 beers nightly. AUDIT 21. Discussed referral to "
    "{ORGANIZATION:Campbell County Health} for outpatient.",
    "Telehealth with {NAME:Ruth Ann Pettibone}, {AGE_OVER_89:91}, from her apartment at "
    "{ORGANIZATION:Good Samaritan Society} in {LOCATION:Sioux Falls}. Her great-grandson "
    "{NAME:Brody} set up the tablet. Life review; she talked about the 1952 flood.",
    "{NAME:Jaxon}'s mother called: he ran away again and was found at the "
    "{ORGANIZATION:Love's} truck stop on {LOCATION:I-80} near {LOCATION:Ogallala}. DCS "
    "caseworker {NAME:Pam Striegel} ({PHONE:308-555-0119}) wants a safety plan by "
    "{DATE:Monday 12/7}.",
    "IFS session. {NAME:Summer} met the part that keeps her working doubles at "
    "{ORGANIZATION:Intermountain} in {LOCATION:St. George}. It fears that if she slows down "
    "her dad's voice comes back. Some unburdening.",
    "{NAME:Dr. Okonkwo-Reyes} from {ORGANIZATION:UCHealth} faxed the discharge: "
    "{NAME:Bryce Almanza}, admitted {DATE:11/2/2026} for SI with plan, discharged "
    "{DATE:11/9/2026} on sertraline 100 mg. MRN {MRN:UC44718203}.",
    "{NAME:Dawn} is sleeping in her car behind the {ORGANIZATION:Smith's} on "
    "{LOCATION:9th South}. Her boyfriend {NAME:Kade} took the apartment keys. Called "
    "{ORGANIZATION:The Road Home}; bed available tonight.",
    "DBT skills group: {NAME:Piper}, {NAME:Anneliese}, {NAME:Trey}, {NAME:Magnolia}. "
    "{NAME:Trey} shared a chain analysis about the fight at his cousin's in {LOCATION:Nampa}. "
    "Homework: PLEASE skills log.",
    "{NAME:Everett Two Bulls} wants to go back to {ORGANIZATION:Oglala Lakota College} in "
    "the spring. His uncle {NAME:Amos} offered his trailer in {LOCATION:Wanblee}. Motivational "
    "interviewing; change talk strong.",
    "Client {NAME:Karli Ferndale} says her coworker at {ORGANIZATION:Cabela's} in "
    "{LOCATION:Sidney} posted about her on Facebook as {OTHER_ID:@karli.f.is.crazy}. Shame "
    "spiral; opposite action planned.",
    "{NAME:Brother Anselm}, 67, a monk at {ORGANIZATION:Assumption Abbey} near "
    "{LOCATION:Richardton}, struggles with scrupulosity. ERP: writing imperfect prayers "
    "without re-checking.",
    "{NAME:Grace Whitebird} reports her husband {NAME:Vern} was arrested for DUI on "
    "{DATE:November 21} outside {LOCATION:Browning}. Court date {DATE:January 6}. She wants to "
    "leave but the house is in his mother's name.",
    "EMDR target: the rollover on {LOCATION:Highway 191} in {DATE:June 2019}. {NAME:Hunter} "
    "was driving; his friend {NAME:Tucker Scheel} died. Negative cognition: 'I killed him.' "
    "SUD 8 to 4.",
    "{NAME:Amira} started at {ORGANIZATION:Boise State} in {DATE:August}. Homesick for her "
    "family in {LOCATION:Twin Falls}. Her roommate {NAME:Kenzie} drinks every night. Problem "
    "solving around a room change.",
    "{NAME:Lorenzo Quintana} works the night shift at the {ORGANIZATION:JBS} plant in "
    "{LOCATION:Greeley}. Lost a finger on {DATE:10/28}. Workers' comp claim "
    "{OTHER_ID:WC-2026-118734}. Pain and low mood; behavioral activation.",
    "Family session with the {NAME:Haugens}: {NAME:Nils}, {NAME:Ingrid} and their daughter "
    "{NAME:Sunniva}, 16, who was caught vaping at {ORGANIZATION:Bismarck High}. Contract "
    "for phone use drafted.",
    "{NAME:Shiloh} reports the cattle buyer from {ORGANIZATION:Torrington Livestock} never "
    "paid for the calves. Farm debt and hopelessness; C-SSRS screened negative today. Wife "
    "{NAME:Rae} joins next time.",
    "Intake: {NAME:Yolanda Ahtone}, 44, lives at {LOCATION:1718 Bent Tree Lane}, "
    "{LOCATION:Lawton} {LOCATION:73505}. Cell {PHONE:580-555-0177}. Referred by "
    "{NAME:Dr. Farris} at {ORGANIZATION:Comanche County Memorial}. GAD-7 18.",
    "{NAME:Will} (client's brother) called to say {NAME:Skyler} didn't come home after his "
    "shift at {ORGANIZATION:Walmart Distribution} in {LOCATION:Cheyenne}. Welfare check "
    "requested.",
    "{NAME:Anneke}, 31, vet tech at {ORGANIZATION:Big Sky Animal Clinic} in "
    "{LOCATION:Bozeman}, euthanized twelve dogs after the hoarding case. Compassion fatigue; "
    "self-compassion break.",
    "Progress note {DATE:12/1/26}: {NAME:Rocky Baca}. Sober 90 days per his sponsor "
    "{NAME:Gilbert}. Attending AA at the {ORGANIZATION:Alano Club} on {LOCATION:Central}. "
    "Plans a visit to his kids in {LOCATION:Gallup} for Christmas.",
]


SPOKEN_NOTES_THIRD_ROUND = [
    "okay this is for {NAME:jolene marchetti} session on {DATE:december first} she says her "
    "son {NAME:dominic} got suspended from {ORGANIZATION:central catholic} for fighting and "
    "her ex {NAME:vince} blames her period",
    "client {NAME:will} reports he's been sleeping at his buddy {NAME:deshawn}'s place over on "
    "{LOCATION:grand river avenue} since the eviction he's still working at the "
    "{ORGANIZATION:meijer} on {LOCATION:saginaw street} nights",
    "um dictating for {NAME:bao tran} she was in tears about her mother who is "
    "{AGE_OVER_89:ninety two} and moved in with them in {DATE:october} her husband {NAME:khoa} "
    "doesn't help she works at the nail salon in {LOCATION:garden grove} all day",
    "note for {NAME:sunny okafor} he says the panic attacks started when he got promoted at "
    "{ORGANIZATION:state farm} in {LOCATION:bloomington} we did interoceptive exposure "
    "spinning in the chair suds went from sixty to twenty",
    "{NAME:destiny} is pregnant again due date is {DATE:april ninth} the father is "
    "{NAME:jamal} from her old job at {ORGANIZATION:amazon} in {LOCATION:joliet} she has not "
    "told her grandmother {NAME:miss pearl} yet",
    "family session the {NAME:kowalczyks} {NAME:stan} and {NAME:barb} and their son "
    "{NAME:tyler} who is back from the navy {NAME:tyler} wont talk about the deployment "
    "{NAME:barb} cried "
    "the whole time next session {DATE:the fourteenth} at four",
    "client {NAME:faith} says her pastor {NAME:brother dwayne} at {ORGANIZATION:new hope "
    "baptist} told her to stay with her husband {NAME:curtis} she has bruises on her arms "
    "safety plan done she has the number for the {ORGANIZATION:haven}",
    "this is {NAME:maria elena}s note she came in late because the bus from "
    "{LOCATION:cicero} broke down we talked about her daughter {NAME:yaretzi} who is at "
    "{ORGANIZATION:morton east} and cutting again",
    "{NAME:rashad} phone number changed it's {PHONE:three one two five five five zero one "
    "eight eight} he got a new job at {ORGANIZATION:ups} on {LOCATION:jefferson} and starts "
    "{DATE:monday the seventh}",
    "dictation for {NAME:gloria pfeiffer} who is {AGE_OVER_89:ninety six} and lives alone on "
    "{LOCATION:elm street} in {LOCATION:mankato} her nephew {NAME:duane} does her shopping she "
    "is grieving her sister {NAME:lorraine} who died {DATE:last tuesday}",
    "so {NAME:brooke} says her boss {NAME:kyle} at the {ORGANIZATION:olive garden} keeps "
    "texting her after her shifts she wants to quit but needs the money for {NAME:ava}s "
    "daycare at {ORGANIZATION:little sprouts}",
    "{NAME:mr jankowski} reports his wife {NAME:dorota} passed on {DATE:november ninth} at "
    "{ORGANIZATION:st lukes} he has not left the house since his daughter {NAME:kasia} "
    "brings food prolonged grief screening next visit",
    "note for {NAME:river} nineteen uses they them they got kicked out by their dad in "
    "{LOCATION:elkhart} and are staying at the {ORGANIZATION:trevor house} i gave them the "
    "number for the youth shelter",
    "client {NAME:chase} talked about his dad {NAME:ronnie} who is in {ORGANIZATION:pontiac "
    "correctional} for another six years {NAME:chase} wants to visit but his mom {NAME:tammy} says "
    "no",
    "{NAME:hannah} says the guy from church {NAME:pastor mike} keeps calling her sweetheart "
    "she works the front desk at {ORGANIZATION:anytime fitness} in {LOCATION:kokomo} "
    "assertiveness practice",
    "okay new client {NAME:ezekiel bowman} date of birth {DATE:march third nineteen eighty "
    "eight} referred by {NAME:doctor lim} at {ORGANIZATION:ascension} for depression phq nine "
    "is nineteen",
    "{NAME:ivy} told me her stepdad {NAME:gary} read her diary and posted parts of it on "
    "his facebook her aunt {NAME:renee} in {LOCATION:fort wayne} says {NAME:ivy} can live with her",
    "dictation {NAME:marcus bell} he said the sheriff came to the house on {LOCATION:county "
    "road twelve} about his brother {NAME:dale} and the meth lab he is scared he'll lose "
    "the farm",
    "{NAME:june} and her husband {NAME:earl} have been married sixty years she is "
    "{AGE_OVER_89:ninety one} and he has dementia and goes to {ORGANIZATION:golden years "
    "adult day} in {LOCATION:peoria} three days a week caregiver burnout",
    "client {NAME:nevaeh} fourteen was seen at the er at {ORGANIZATION:riley} on "
    "{DATE:the twentieth} after taking her moms pills her mom {NAME:crystal} wants her "
    "in a program",
    "{NAME:abdi} says the guys at {ORGANIZATION:jbs} in {LOCATION:worthington} make fun of "
    "his accent he wants to transfer his supervisor {NAME:lyle} won't sign it",
    "note for {NAME:kenny} he lost his license after the dui his plate was "
    "{VEHICLE:k t r four four nine} and his lawyer {NAME:mr feldman} says court is "
    "{DATE:january twelfth}",
    "{NAME:liberty} reports her grandpa {NAME:otis} who raised her is in hospice at "
    "{ORGANIZATION:heartland} in {LOCATION:evansville} she is driving down every weekend "
    "anticipatory grief",
    "{NAME:sergio} says the kids were taken by cps {DATE:last friday} and placed with his "
    "sister-in-law {NAME:veronica} in {LOCATION:hammond} he has a hearing on {DATE:the "
    "eighteenth} at the {ORGANIZATION:lake county juvenile center}",
    "client {NAME:autumn reyes} called the crisis line at two am her boyfriend {NAME:nick} "
    "threw her phone in the river near the {ORGANIZATION:holiday inn} in {LOCATION:dubuque}",
]


CLINIC_RECORDS_THIRD_ROUND = [
    "DISCHARGE SUMMARY\nPatient: {NAME:HOLLOWAY, DENISE M}\nMRN: {MRN:0048817362}\nAdmit: "
    "{DATE:10/30/2026}  Discharge: {DATE:11/06/2026}\nAttending: {NAME:R. Sandoval}, MD\n"
    "Brief course: 52 y/o F admitted from {ORGANIZATION:Mercy ED} with major depressive "
    "episode and SI. Started on mirtazapine 15 mg qhs. Discharged to home with husband.",
    "PSYCHIATRY CONSULT\nRequesting: {NAME:Dr. Feinberg} (Medicine)\nReason: agitation in "
    "{NAME:Mr. Ostrowski}, 78, POD 2 after hip repair. Hx of alcohol use; last drink per son "
    "{NAME:Paul} on {DATE:11/17}. CIWA 14. Recommend lorazepam taper. {NAME:Ileana Cruz}, MD",
    "Pt is a 34 yo G2P1 seen in {ORGANIZATION:Women's Health Clinic} for postpartum "
    "follow-up. EPDS 16. Partner {NAME:Marcus} present. Delivered {DATE:9/22/26} at "
    "{ORGANIZATION:Baptist Medical Center South}. Ref to {NAME:K. Adeyemi}, LCSW.",
    "Name: {NAME:Thaddeus R. Kimble}  DOB: {DATE:04/18/1961}  Acct #: "
    "{ACCOUNT:5502193847}\nInsurance: {ORGANIZATION:Medica}, ID {HEALTH_PLAN:MDC884120937}\n"
    "CC: 'I can't stop thinking about the crash.' 64M truck driver, MVC on "
    "{LOCATION:I-94} near {LOCATION:Moorhead} {DATE:10/2}.",
    "ED NOTE {DATE:11/29/2026} 0214\n19F brought by roommate ({NAME:Alexis Tran}) after "
    "ingestion of ~20 acetaminophen 500 mg. Pt attends {ORGANIZATION:Drake University}. "
    "APAP level 112 at 4h. Poison control case {OTHER_ID:PC-26-0491177}. Psych to see after "
    "medical clearance.",
    "Clinic: {ORGANIZATION:Northside Behavioral Health}, {LOCATION:2240 W. Broadway}, "
    "{LOCATION:Minneapolis}, MN {LOCATION:55411}. Tel {PHONE:(612) 555-0163} Fax "
    "{FAX:(612) 555-0164}\nRe: {NAME:Abdirahman Yusuf}\nDate of service: {DATE:11/24/26}\n"
    "Dx: F43.10 PTSD. Plan: continue prazosin 2 mg.",
    "HPI: {NAME:Mrs. Gertrude Vandersloot} is a {AGE_OVER_89:93}-year-old widow admitted "
    "from {ORGANIZATION:Sunrise of Edina} for confusion. Daughter {NAME:Carol Lindgren} "
    "(HCP) reachable at {PHONE:952-555-0188}. MoCA 17/30.",
    "Progress Note — Inpatient Psychiatry, 4 West\n{DATE:Nov 25, 2026}\n"
    "S: 'The voices are quieter.' O: calm, linear. A: schizophrenia, improving on "
    "clozapine 300 mg. ANC {DATE:11/24} 2.8. P: dispo to {ORGANIZATION:Hope House} group "
    "home next week.\n{NAME:Joaquin Ferreira}, PMHNP",
    "Referral: {NAME:Lakshmi Venkataraman}, 41, software engineer at "
    "{ORGANIZATION:Epic} in {LOCATION:Verona}. Burnout, insomnia. Self-referred via EAP "
    "({ORGANIZATION:ComPsych}), authorization {OTHER_ID:CP-77310264}.",
    "Lab: Lithium 1.1 ({DATE:11/20}). TSH 3.2. Cr 0.9. Pt {NAME:Ellery Maxwell} tolerating "
    "300 mg BID. Next level {DATE:12/18}. Seen by {NAME:Dr. Nakashima} at "
    "{ORGANIZATION:Kaiser Permanente Roseville}.",
    "SOCIAL WORK NOTE\nSW met with pt's mother {NAME:Ms. Latisha Greer} re: placement. Pt "
    "{NAME:Jordan Greer}, 15, cannot return to {ORGANIZATION:Harper Woods High} per "
    "expulsion letter dated {DATE:11/12/26}. Mother works at {ORGANIZATION:Henry Ford "
    "Hospital} as a CNA.",
    "Telepsychiatry visit. Pt located at home in {LOCATION:Escanaba}; provider at "
    "{ORGANIZATION:Pine Rest} {LOCATION:Grand Rapids}. Connection via {URL:https://pinerest."
    "doxy.me/drwhitford}. {NAME:Cody Lahti}, 29, ADHD f/u, Adderall XR 20 mg continued.",
    "Patient {NAME:Yesenia Barajas-Olmos} (MRN {MRN:7731049}) reports her husband's "
    "employer {ORGANIZATION:Driscoll's} in {LOCATION:Watsonville} cut his hours. Food "
    "insecurity; referred to {ORGANIZATION:Second Harvest}.",
    "OP NOTE (brief): ECT #6 under methohexital. Seizure 42 s. Pt {NAME:Winifred Asante} "
    "tolerated well. Ride home with nephew {NAME:Kwame}. Next treatment {DATE:Friday 12/4}. "
    "{NAME:M. Lindqvist}, MD",
    "{NAME:Ms. Pham} called the nurse line at {PHONE:503.555.0121} at 1600 on "
    "{DATE:11/27/2026}. Out of quetiapine; pharmacy ({ORGANIZATION:Fred Meyer} "
    "{LOCATION:Hollywood}) needs new Rx. Sent to {NAME:Dr. Osei} for refill.",
    "Discharge instructions for {NAME:Benedikt Sauer}: follow up with {NAME:Dr. Halima "
    "Farah} at {ORGANIZATION:Allina Mental Health - Coon Rapids} on {DATE:12/10/2026} at "
    "10:30. Bring your insurance card ({ORGANIZATION:HealthPartners} member "
    "{HEALTH_PLAN:HP-009917264}).",
    "Collateral from pt's employer: {NAME:Rick Dombrowski}, foreman at "
    "{ORGANIZATION:Mortenson Construction}, says pt {NAME:Luis} was found asleep on a "
    "crane on {DATE:Nov 18}. Concern for opioid use. UDS positive fentanyl.",
    "Neuropsych testing {DATE:11/3-11/5/2026}: {NAME:Priya Raman}, 11, grade 6 at "
    "{ORGANIZATION:Wayzata Middle School}. FSIQ 118, WM 86. Consistent with ADHD, "
    "inattentive. Results reviewed with parents {NAME:Arun} and {NAME:Deepa}.",
    "Nursing: pt {NAME:Carl-Henrik Ödegaard} refused 0900 meds, pacing. Wife "
    "{NAME:Solveig} called at {PHONE:+1 218 555 0102}. Room {LOCATION:312B}. PRN "
    "olanzapine 5 mg given 1015 with effect.",
    "Prior auth: {ORGANIZATION:UnitedHealthcare} ref {OTHER_ID:UHC-PA-4419027} approved 12 "
    "TMS sessions for {NAME:Darlene Stoltz} (DOB {DATE:7/9/1970}), {DATE:12/1/2026} - "
    "{DATE:2/28/2027}. Device serial {DEVICE:NS-TMS-00417}.",
]


TYPED_NOTES_FOURTH_ROUND = [
    "Client: {NAME:Odalys Ferrer-Quintero}\nDOB: {DATE:06/14/1983}\nSession date: "
    "{DATE:12/01/2026}\n{NAME:Odalys} reports increased panic since her landlord at "
    "{ORGANIZATION:Bay Terrace Apartments} served an eviction notice. Worked on cognitive "
    "restructuring.",
    "{NAME:Desmond} (pronouns he/him) arrived 10 min late; bus from {LOCATION:Roxbury} was "
    "delayed. Discussed conflict with his manager {NAME:Priyanka} at {ORGANIZATION:Boston "
    "Medical Center} where he works in environmental services.",
    "Met with Mr. and {NAME:Mrs. Abernathy-Cole} for couples session #6. {NAME:Lionel} "
    "disclosed gambling losses at {ORGANIZATION:Mohegan Sun} of about $8,000. "
    "{NAME:Felicia} tearful. Gottman repair attempts reviewed.",
    "Pt {NAME:Junie Batiste}, 17, brought in by her aunt {NAME:Claudette}. Lives in "
    "{LOCATION:Mattapan} since her mother was deported to {LOCATION:Port-au-Prince} in "
    "{DATE:September}. Attends {ORGANIZATION:Jeremiah E. Burke High School}.",
    "{NAME:Ximena} shared a poem she wrote about her abuela, who died at {AGE_OVER_89:97} in "
    "{LOCATION:Oaxaca}. Grief work; she wants to read it at the altar on "
    "{DATE:Día de Muertos}.",
    "Collateral call with {NAME:Sgt. Darnell Pruitt} of {ORGANIZATION:Fayetteville PD} re: "
    "client's stalking report. Case {OTHER_ID:FPD-26-038812}. Client consented (ROI signed "
    "{DATE:11/18/26}).",
    "{NAME:Thuy} says her son {NAME:Kevin} (12) is being bullied at {ORGANIZATION:Sharpstown "
    "Middle} and posted about it on TikTok as {OTHER_ID:@kev.nguyen.htx}. Safety planning "
    "with parent.",
    "Session 14. {NAME:Beatrix} practiced DEAR MAN for asking her roommate {NAME:Colleen} to "
    "move out of their place on {LOCATION:Division Street}. Homework: write the script "
    "before Friday's talk.",
    "{NAME:Augustin Mbeki-Laurent} is a 38 y/o French-speaking asylum seeker from "
    "{LOCATION:Goma} staying at {ORGANIZATION:Casa Marianella} in {LOCATION:Austin}. "
    "Interpreter {NAME:Mireille} present. PCL-5 58.",
    "{NAME:Hunter} says he wants to enlist; recruiter {NAME:SSgt. Vickers} at the "
    "Army recruiting station on {LOCATION:Jefferson Davis Hwy} told him the "
    "ADHD diagnosis might be a problem. Processed ambivalence.",
    "Late entry for {DATE:11/30}: {NAME:Pamela Ostrander} called crisis line at 0230 after "
    "her husband {NAME:Dwight} threatened her with a rifle. Police responded to "
    "{LOCATION:4417 Old Mill Rd}. She is staying with her sister {NAME:Joan} in "
    "{LOCATION:Lititz}.",
    "{NAME:Kiana} reports she is 16 weeks pregnant; OB at {ORGANIZATION:Kapiolani Medical "
    "Center} is {NAME:Dr. Nakamura}. Her partner {NAME:Makoa} works at {ORGANIZATION:Pearl "
    "Harbor Naval Shipyard}. EPDS 12.",
    "Client {NAME:Gideon Farkas} reports he was passed over for partner at "
    "{ORGANIZATION:Shearman & Sterling}. Perfectionism, all-or-nothing thinking. He "
    "billed 2,400 hours last year.",
    "{NAME:Precious} (goes by {NAME:Pressy}) reports her daughter {NAME:Amari} was "
    "placed with her grandmother after the DCFS investigation. Visits "
    "supervised at {ORGANIZATION:Family Connections} on Tuesdays.",
    "{NAME:Lorelei} says her girlfriend {NAME:Sasha} moved to {LOCATION:Asheville} and they "
    "are trying long distance. Values clarification. Next appt {DATE:12/15} at 4 pm.",
    "EMDR phase 4 for {NAME:Curtis Delacroix-Ware}, target: the shooting at the "
    "{ORGANIZATION:Kroger} on {LOCATION:Liberty Road} on {DATE:July 4th, 2024}. SUD 7 to 2. "
    "VoC 6.",
    "{NAME:Marguerite}, 58, lost her job at {ORGANIZATION:Sears Hometown} when it closed. "
    "Husband {NAME:Walt} drinks; she attends Al-Anon at {ORGANIZATION:St. Paul's "
    "Episcopal}. Behavioral activation plan.",
    "Called {NAME:Tamsin}'s school counselor {NAME:Ms. Okoro} at {PHONE:(206) 555-0149 ext. "
    "212} with parent's consent to coordinate the 504 plan at {ORGANIZATION:Garfield High}.",
    "{NAME:Bao} reports that the nail salon she owns on {LOCATION:Bellaire Blvd} was "
    "robbed. Her husband {NAME:Minh} wants to sell. Acute stress; grounding and sleep "
    "hygiene.",
    "IFS session with {NAME:Rosalind}: met the part that checks her ex's Instagram "
    "({OTHER_ID:@jaybird_1989}) every night. Protector fears being forgotten.",
    "{NAME:Mateo} says his tio {NAME:Rigoberto} was picked up by ICE at the "
    "{ORGANIZATION:Home Depot} on {LOCATION:Alemany}. He is caring for his cousins "
    "{NAME:Yoselin} and {NAME:Brayan}. Referred to {ORGANIZATION:Dolores Street Community "
    "Services}.",
    "Couples: {NAME:Ama} and {NAME:Kojo Boateng}. {NAME:Kojo} was laid off from "
    "{ORGANIZATION:Wells Fargo} on {DATE:November 3}. {NAME:Ama} now works doubles at "
    "{ORGANIZATION:Piedmont Atlanta}. Conflict over money.",
    "{NAME:Hollis} reports his father, {AGE_OVER_89:ninety-three}, is now in memory care at "
    "{ORGANIZATION:The Arbors of Hop Brook} in {LOCATION:Manchester}. Caregiver guilt.",
    "Discharge summary: {NAME:Serenity Cabrera} completed 16 sessions of TF-CBT ({DATE:June "
    "2} - {DATE:November 24, 2026}). Trauma narrative about the {DATE:2023} fire at her "
    "grandmother's house in {LOCATION:Lahaina} completed.",
    "{NAME:Fitzgerald 'Fitz' O'Rourke} reports he got a DUI on {LOCATION:Route 9} in "
    "{LOCATION:Framingham}. Plate {VEHICLE:8XK 442}. Court {DATE:Jan 8}. AUDIT 19; open to "
    "IOP at {ORGANIZATION:AdCare}.",
]


SPOKEN_NOTES_FOURTH_ROUND = [
    "okay note for {NAME:tanisha broadnax} she says her cousin {NAME:dre} got shot outside the "
    "{ORGANIZATION:circle k} on {LOCATION:airline highway} last weekend she hasn't slept "
    "grounding and safe place imagery",
    "client {NAME:wyatt} reports his dad {NAME:boone} kicked him out again he's sleeping in "
    "his truck behind the {ORGANIZATION:tractor supply} in {LOCATION:lufkin} phq nine is "
    "twenty one safety plan reviewed",
    "dictating for {NAME:consuelo ybarra} she is {AGE_OVER_89:ninety four} and her daughter "
    "{NAME:norma} brought her in from {LOCATION:edinburg} she keeps seeing her late husband "
    "{NAME:chuy} in the kitchen",
    "{NAME:kaylee} says the girls on her cheer team at {ORGANIZATION:katy high} started a "
    "group chat about her body she stopped eating lunch weight down six pounds referral to "
    "{NAME:doctor aguirre}",
    "new client {NAME:obadiah kessler} referred by his pastor at {ORGANIZATION:grace "
    "fellowship} for anger his wife {NAME:leah} filed for divorce on {DATE:november "
    "twentieth}",
    "{NAME:marisol} called to reschedule to {DATE:thursday the tenth} her number is "
    "{PHONE:eight three two five five five zero one seven three}",
    "session with {NAME:kwame} he's a line cook at {ORGANIZATION:pappadeaux} on "
    "{LOCATION:westheimer} and the sous chef {NAME:ricky} throws pans at people he wants to "
    "report it to hr",
    "note for {NAME:delphine} her son {NAME:jude} was admitted to {ORGANIZATION:texas "
    "childrens} on {DATE:the second} for a seizure she's exhausted husband {NAME:marc} is "
    "offshore until {DATE:the nineteenth}",
    "{NAME:hollis} came in with his service dog he talked about the ied in "
    "{LOCATION:kandahar} in {DATE:two thousand eleven} and his buddy {NAME:ramirez} who didn't "
    "make it pcl five is fifty two",
    "{NAME:bethany} says her husband {NAME:clint} took her car keys and her phone and she had "
    "to walk to the {ORGANIZATION:dollar general} on {LOCATION:farm road nine} to call her "
    "mom safety planning",
    "client {NAME:soledad} reports ice came to her job at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:shelbyville} and took her brother {NAME:ernesto} she is afraid to go back",
    "family session with the {NAME:pruitts} {NAME:gail} {NAME:ron} and their grandson "
    "{NAME:cayden} seven who they have custody of since his mom {NAME:brittany} went to "
    "{ORGANIZATION:lowell correctional}",
    "{NAME:tomás} talked about his daughter {NAME:luz} getting into {ORGANIZATION:rice} on a "
    "full scholarship he cried said he never thought it possible",
    "note for {NAME:amber nicole strickland} date of birth {DATE:august fourth nineteen "
    "ninety} she's a cna at {ORGANIZATION:magnolia manor} in {LOCATION:americus} burnout and "
    "panic",
    "so {NAME:jace} and {NAME:harmony} came together for couples they fought about his "
    "mother {NAME:deb} moving in from {LOCATION:pensacola} next month",
    "{NAME:pastor ellis} from {ORGANIZATION:mount zion ame} called about {NAME:deacon "
    "simmons} who has been isolating since his wife passed on {DATE:october third}",
    "{NAME:rosalie} reports her ex {NAME:trent} is posting about her on his tiktok "
    "{OTHER_ID:trentyboy_88} and showed up at her work at the {ORGANIZATION:bass pro} in "
    "{LOCATION:pearl}",
    "dictation for {NAME:ignacio pulido} he was released from {ORGANIZATION:bexar county "
    "jail} tuesday and is staying at {ORGANIZATION:haven for hope} wants to get his "
    "kids back cps case number {OTHER_ID:four four one nine two seven three}",
    "{NAME:noelle} says her grandmother {NAME:mawmaw} died {DATE:last friday} at "
    "{ORGANIZATION:our lady of the lake} and the funeral is at {ORGANIZATION:rabenhorst} on "
    "{DATE:saturday the fifth}",
    "client {NAME:dallas} is a welder at {ORGANIZATION:gulf island fabrication} in "
    "{LOCATION:houma} he drinks a fifth a day audit is thirty two referral to "
    "{ORGANIZATION:fairview treatment center}",
    "{NAME:kenji} reports his mom {NAME:emiko} who is {AGE_OVER_89:ninety one} had a fall at "
    "the {ORGANIZATION:waterford} and he is flying to {LOCATION:honolulu} sunday "
    "morning",
    "okay this is {NAME:summer}s note she got her ged and starts at {ORGANIZATION:tarrant "
    "county college} in {DATE:january} her boyfriend {NAME:coby} is jealous of her "
    "classmates",
    "{NAME:ms pearline} called the office says her grandson {NAME:dequan} ran away from "
    "{ORGANIZATION:boys ranch} and is at her house on {LOCATION:martin luther king drive}",
    "{NAME:gunner} fourteen got caught with a vape at {ORGANIZATION:canyon middle} and his "
    "dad {NAME:travis} took his door off the hinges we talked about shame",
    "client {NAME:ileana} said her landlord {NAME:mr castellanos} is threatening to call "
    "immigration if she reports the mold in her unit at {LOCATION:4410 gessner road}",
]


LONGITUDINAL_RECORDS = [
    "Record date: {DATE:2087-03-14}\n\nNAME: {NAME:Eckert, Lorraine}\nMRN: {MRN:4482019}\n\n"
    "{NAME:Lorraine} is a 61 yo woman with T2DM, HTN and depression who returns for f/u. She "
    "was seen by {NAME:Dr. Quon} in the {ORGANIZATION:Fairmont} ED on {DATE:2/27} for chest "
    "pain, r/o'd. Mood low since her husband {NAME:Walter} moved to {ORGANIZATION:Hebrew "
    "Rehab} in {DATE:January}. PHQ-9 16. Increase sertraline to 100 mg.\n\n{NAME:Yvette "
    "Marlowe}, MD",
    "Record date: {DATE:2091-11-02}\n\nPSYCHIATRY FOLLOW UP\n\n{NAME:Mr. Tobias Renner} is a "
    "44M with bipolar I, last admitted to {ORGANIZATION:McLean} {DATE:8/2091}. Lives with "
    "partner {NAME:Gil} in {LOCATION:Somerville}. Works at {ORGANIZATION:Boston Scientific}. "
    "Lithium level {DATE:10/28} 0.8. No mania. Plan: continue Li 900 mg qhs, RTC 6 weeks.\n"
    "{NAME:Nora Quintal}, NP\n{NAME:NQ}/{NAME:lm}",
    "Record date: {DATE:2079-06-21}\n\nCC: f/u anxiety\n\nHPI: {NAME:Mrs. Adaeze "
    "Okonjo-Haynes} is a 37 y/o Nigerian-American nurse at {ORGANIZATION:Lakeshore General} "
    "who presents with panic. Her mother ({NAME:Ngozi}, {AGE_OVER_89:92}) lives with her in "
    "{LOCATION:Evanston} after a CVA. Pt's cell {PHONE:847-555-0183}.\n\nA/P: Panic d/o. "
    "Start escitalopram 10 mg. Refer to {NAME:Dr. Lustig} for CBT.",
    "Record date: {DATE:2084-01-09}\n\n{ORGANIZATION:NORTHGATE COMMUNITY HEALTH CENTER}\n"
    "{LOCATION:1150 Ridgeway Avenue}, {LOCATION:Fresno}, CA {LOCATION:93706}\n\nPatient: "
    "{NAME:Rogelio Santillan}   DOB: {DATE:09/30/2041}\nReason for visit: insomnia, grief "
    "after brother {NAME:Ruben} died in a farm accident near {LOCATION:Selma} on "
    "{DATE:12/19/2083}.\nPlan: trazodone 50 mg; grief group at {ORGANIZATION:Hinds "
    "Hospice}.",
    "Record date: {DATE:2076-08-30}\n\nDISCHARGE SUMMARY\nAdmission: {DATE:08/22/2076}  "
    "Discharge: {DATE:08/30/2076}\nService: Psychiatry ({NAME:Dr. Iverson})\n\n{NAME:Kelsey "
    "Dunmore} is a 23F grad student at {ORGANIZATION:Northwestern} admitted after an "
    "overdose of her roommate's clonazepam. Roommate {NAME:Priya} found her and called 911. "
    "Follow up: {NAME:Dr. Ahn}, {ORGANIZATION:NM Stone Institute}, {DATE:9/4} 2 pm.",
    "Record date: {DATE:2082-05-17}\n\nSOCIAL HISTORY: Born in {LOCATION:Kingston, "
    "Jamaica}; came to US 2061. Retired bus driver (MBTA). Widower; daughter "
    "{NAME:Marcia} (HCP) in {LOCATION:Randolph}. Attends {ORGANIZATION:Bethel AME}. No "
    "tobacco. EtOH 2 beers/wk.\n\nPt is {AGE_OVER_89:91}; MMSE 22/30.",
    "Record date: {DATE:2093-02-03}\n\nEMERGENCY DEPARTMENT NOTE\n\n{NAME:Jaden Whitlock}, "
    "17 y/o M, BIB {ORGANIZATION:Medford Police} after making threats at {ORGANIZATION:Medford "
    "High}. Mother {NAME:Carla Whitlock} ({PHONE:781-555-0136}) en route. Per officer "
    "{NAME:Sgt. Bello}, badge {OTHER_ID:4471}. Psych eval requested. {NAME:Harrison Tell}, "
    "MD",
    "Record date: {DATE:2070-10-12}\n\nNEUROPSYCHOLOGY\nReferred by {NAME:Dr. Mae Ishikawa} "
    "({ORGANIZATION:Kaiser San Jose}). {NAME:Mr. Dao Van Minh} is a 68 y/o retired engineer "
    "({ORGANIZATION:Lockheed}) with 2 years of memory decline per wife {NAME:Hanh}. Testing "
    "{DATE:10/5} and {DATE:10/12/2070}. Impression: mild NCD, likely AD.",
    "Record date: {DATE:2088-12-01}\n\nTELEPHONE ENCOUNTER\nCaller: {NAME:Bernadette "
    "Quigley} (daughter) {PHONE:(413) 555-0122}\nRe: pt {NAME:Francis Quigley}, MRN "
    "{MRN:00-73-1194}\nPt fell at {ORGANIZATION:Loomis House} in {LOCATION:Holyoke} "
    "overnight. No LOC. Advised ED eval at {ORGANIZATION:Holyoke Medical Center}.\n"
    "{NAME:T. Abernathy}, RN",
    "Record date: {DATE:2075-04-26}\n\nINTAKE\n{NAME:Chidi Okafor-Bright}, 29, pronouns "
    "they/them. Referred by {ORGANIZATION:Fenway Health}. Lives at {LOCATION:88 Peterborough "
    "St, Apt 4}, {LOCATION:Boston}. Employer: {ORGANIZATION:Wayfair}. Insurance "
    "{ORGANIZATION:Tufts Health Plan} ID {HEALTH_PLAN:THP0044918273}. Hx of SI at 16; none "
    "now.",
    "Record date: {DATE:2090-07-07}\n\nPROGRESS NOTE\n{NAME:Ms. Henrietta Lamb}, "
    "{AGE_OVER_89:97}, seen at {ORGANIZATION:Brookhaven at Lexington} for depression f/u. Son "
    "{NAME:Oliver} visits Sundays. Remeron 7.5 mg helping appetite. Wt 51 kg (was 48 "
    "on {DATE:6/9}).",
    "Record date: {DATE:2085-09-19}\n\nLETTER\n\n{DATE:September 19, 2085}\n\nTo whom it may "
    "concern:\n{NAME:Mr. Duane Pettway} has been in treatment at our clinic since "
    "{DATE:March 2084} for PTSD related to his service in {LOCATION:Fallujah}. Please excuse "
    "him from jury duty (juror #{OTHER_ID:2085-4471-J}).\n\n{NAME:Rachel Stein}, PhD\n"
    "{ORGANIZATION:Riverside Trauma Center}",
]


MESSAGES_AND_GROUPS_FOURTH_ROUND = [
    "hi its {NAME:kenzie} from tuesday group, cant make it {DATE:thursday the 4th} bc my "
    "shift at {ORGANIZATION:chipotle} got moved. can u call me {PHONE:573-555-0127}",
    "Group note {DATE:11/30}: Present: {NAME:Aurelio M.}, {NAME:Bettina K.}, {NAME:Caspar W.}, "
    "{NAME:Delphine R.} Absent: {NAME:Evander T.} Topic: distress tolerance. {NAME:Bettina} "
    "shared her sister {NAME:Ottilie} is in hospice.",
    "Portal message from {NAME:Graham Whitfield}: 'My insurance changed to "
    "{ORGANIZATION:Oscar}, member ID {HEALTH_PLAN:OSC-55102938}. Also my new address is "
    "{LOCATION:2219 N Kedzie Ave}, {LOCATION:Chicago} {LOCATION:60647}.'",
    "voicemail 3:40pm - {NAME:mrs gutierrez} says {NAME:jayden} wont get out of bed and she "
    "has to be at {ORGANIZATION:st joseph} for her shift by 7. callback "
    "{PHONE:915 555 0166}",
    "Email from {NAME:Dr. Halvorsen-Price} ({EMAIL:ahprice@lakeviewpeds.org}) re: "
    "{NAME:Tobin}, 9: teacher {NAME:Mrs. Kapoor} reports he hides under the desk during fire "
    "drills at {ORGANIZATION:Hawthorne Elementary}.",
    "text from client {NAME:shay}: im at the er at {ORGANIZATION:mercy} again. {NAME:marcus} "
    "hit me. dont call my mom",
    "Couples group ({DATE:Dec 1}): {NAME:Javi} & {NAME:Lourdes}, {NAME:Pete} & {NAME:Anjali}, "
    "{NAME:Sam} & {NAME:Terrence}. {NAME:Anjali} disclosed {NAME:Pete}'s affair with a "
    "coworker at {ORGANIZATION:Deloitte}.",
    "Message to front desk: {NAME:Ofelia Brandt} (DOB {DATE:2/17/1958}) needs a superbill for "
    "{DATE:Oct} and {DATE:Nov} sessions faxed to {FAX:515-555-0190}.",
    "from {NAME:tyrell}: yo its me, got a new # {PHONE:404-555-0173}, lost my phone at "
    "{ORGANIZATION:piedmont park} saturday lol. see u wed",
    "Teen DBT group: {NAME:Marisa}, {NAME:Ezra}, {NAME:Lennon}, {NAME:Kai}, {NAME:Nova}. "
    "{NAME:Lennon}'s mom called after the session; {NAME:Lennon} posted a goodbye message "
    "on Snapchat ({OTHER_ID:@lennon.in.the.dark}). Mobile crisis dispatched to "
    "{LOCATION:Birchwood Court}.",
    "Letter from Social Security Administration for {NAME:Earl Jenkins}, "
    "claim {OTHER_ID:SSA-204-77-1938}: consultative exam scheduled {DATE:December 18, 2026} "
    "at {LOCATION:1 Rockefeller Plaza}.",
    "hey {NAME:dr b} its {NAME:lorena} - the judge gave {NAME:miguel} full custody "
    "yesterday at {ORGANIZATION:el paso county court}. i cant breathe. can i come in "
    "tomorrow",
    "Grief group: {NAME:Augusta} ({AGE_OVER_89:90}) spoke about her late husband "
    "{NAME:Clement}, married 68 years. {NAME:Rosalind} brought photos of her son "
    "{NAME:Theo} who died in the {DATE:2024} crash on {LOCATION:I-70}.",
    "Client texted at 11:52 pm: 'this is {NAME:jolie}. {NAME:ray} took the kids to his "
    "moms in {LOCATION:beaumont}. i dont know the address. please help'",
    "Release signed {DATE:12/2/26}: {NAME:Cordelia Vance} authorizes disclosure to "
    "{NAME:Alan Fisk}, LMFT, {ORGANIZATION:Harborview Family Therapy}, "
    "{LOCATION:300 Pine St}, {LOCATION:Seattle}.",
    "parent email: hi this is {NAME:beth} ({NAME:noah}s mom), {NAME:noah} got a 504 at "
    "{ORGANIZATION:jefferson middle} finally!! ty for the letter",
    "Men's group: {NAME:Darius}, {NAME:Luca}, {NAME:Hamid}, {NAME:Ollie}, {NAME:Reggie}. "
    "{NAME:Reggie} relapsed after his layoff from {ORGANIZATION:Caterpillar}; {NAME:Hamid} "
    "offered to drive him to the {ORGANIZATION:Peoria} meeting.",
    "Fax cover: To {NAME:Dr. Ferreira-Lind}, {ORGANIZATION:Valley Psychiatric Associates}, "
    "fax {FAX:(559) 555-0148}. From: {NAME:Joanna Pike}, LCSW. Re: {NAME:Tadeo Morales}, "
    "DOB {DATE:11/11/2011}.",
    "text from {NAME:gramps}: {NAME:ellie} didnt come home from {ORGANIZATION:northview high} "
    "today. shes not answering. her friend {NAME:paige} says she went with {NAME:colton}",
    "Note to chart: client's spouse {NAME:Bartholomew Achterberg} called from "
    "{PHONE:+31 20 555 0147} ({LOCATION:Amsterdam}) asking for records. Told him we need "
    "the client's written consent.",
    "{NAME:winnie} (group member) emailed {EMAIL:winniepoohbear62@gmail.com} to say she is "
    "moving to her daughter {NAME:joy}s in {LOCATION:sun city} and will miss group",
    "Supervision note: discussed {NAME:K.O.}'s case with {NAME:Dr. Ambrose}. Client's "
    "employer ({ORGANIZATION:Tesla Gigafactory}) requested FMLA paperwork by {DATE:Dec 9}.",
    "from {NAME:mateo} 2:14am: bro im on the roof of the {ORGANIZATION:marriott} downtown i "
    "just wanted someone to know",
    "Parenting group: {NAME:Shantel} said her son {NAME:Jamarcus} was expelled from "
    "{ORGANIZATION:KIPP} for fighting. {NAME:Alondra} shared resources from "
    "{ORGANIZATION:Parent Power}.",
    "Client message ({DATE:12/02/2026} 07:12): 'Hi it's {NAME:Wilhelmina}, I got the job at "
    "{ORGANIZATION:Nordstrom} in {LOCATION:Bellevue Square}!! Starting {DATE:Monday 12/7}.'",
]


SPOKEN_NOTES_FIFTH_ROUND = [
    "okay dictation for {NAME:lacey dunbar} she reports her ex {NAME:colby} came by the "
    "{ORGANIZATION:sheetz} where she works in {LOCATION:altoona} and threatened her "
    "protective order hearing is {DATE:december ninth}",
    "client {NAME:harlan} says the mine at {ORGANIZATION:blackjewel} closed and his "
    "paychecks bounced he's been drinking moonshine his wife {NAME:darlene} took the kids "
    "to her mother's in {LOCATION:harlan county}",
    "note for {NAME:sequoia} she got into {ORGANIZATION:evergreen state} and leaves in "
    "{DATE:september} her mom {NAME:rainy} is scared of being alone",
    "{NAME:mrs yazzie} came in with her grandson {NAME:tso} who is {AGE_OVER_89:ninety} "
    "no wait she is {AGE_OVER_89:ninety} and he is nineteen he drove her from {LOCATION:chinle}",
    "so {NAME:bo} told me he got fired from {ORGANIZATION:tyson} in {LOCATION:wilkesboro} "
    "after the fight with his line lead {NAME:ernie} he wants to go back to "
    "{ORGANIZATION:wilkes community college}",
    "this is {NAME:juniper}s session she moved into the {ORGANIZATION:oxford house} on "
    "{LOCATION:spring garden street} and has ninety days clean her sponsor is "
    "{NAME:tammy}",
    "{NAME:clayton} reports his daughter {NAME:emmylou} seven is being bullied on the bus "
    "to {ORGANIZATION:pine ridge elementary} by a boy named {NAME:bentley}",
    "client {NAME:odessa} talked about her husband {NAME:virgil} who died at "
    "the {ORGANIZATION:va} in {LOCATION:johnson city} on {DATE:the twenty second}",
    "{NAME:rooster} that's what he goes by his real name is {NAME:delbert} says the "
    "sheriff's deputy {NAME:cantrell} roughed him up outside the food city",
    "new client {NAME:marguerite okonkwo} referred from {ORGANIZATION:harborview} after a "
    "suicide attempt she works at {ORGANIZATION:microsoft} in {LOCATION:redmond}",
    "{NAME:dakota} and her wife {NAME:shiloh} came in for couples they are trying to adopt "
    "through {ORGANIZATION:bethany christian services} and the home study is "
    "{DATE:january fifteenth}",
    "note for {NAME:wendell} his mom {NAME:patsy} who is {AGE_OVER_89:ninety seven} fell "
    "at {ORGANIZATION:brookdale} in {LOCATION:kingsport} and broke her hip",
    "{NAME:tristan} fifteen says his stepdad {NAME:rusty} sold his xbox for pills he is "
    "staying at his aunt {NAME:crystal}s in {LOCATION:beckley}",
    "client {NAME:magnolia} said the caseworker from dhhr {NAME:ms "
    "thacker} came to the trailer on {LOCATION:coal river road} and took pictures",
    "dictating for {NAME:ezra feldstein} he is a rabbi at {ORGANIZATION:temple beth "
    "shalom} in {LOCATION:spokane} burnout and compassion fatigue after the shooting",
    "{NAME:georgia} reports her son {NAME:landry} got picked up at {ORGANIZATION:boise "
    "high} for dealing and is at {ORGANIZATION:ada county juvenile detention}",
    "{NAME:hank} says the {ORGANIZATION:weyerhaeuser} mill in {LOCATION:longview} cut his "
    "shift he has a court date on {DATE:the sixth} for the dui",
    "okay {NAME:sunshine} is back she left {ORGANIZATION:cascade behavioral} against "
    "advice on {DATE:friday the twentieth} her boyfriend {NAME:kody} picked her up",
    "note for {NAME:abner stoltzfus} he left the amish community in {LOCATION:lancaster "
    "county} and works at {ORGANIZATION:hershey} now he misses his sister {NAME:sadie}",
    "{NAME:nakoma} says her uncle {NAME:leonard} passed at indian health "
    "service in {LOCATION:gallup} and the wake is at her grandmother's in "
    "{LOCATION:crownpoint}",
    "client {NAME:maverick} thirteen was caught with a knife at {ORGANIZATION:mountain "
    "view middle} his dad {NAME:wade} is deployed his mom {NAME:kristen} is overwhelmed",
    "{NAME:ms loretta} called she says her grandson {NAME:cody} is at "
    "{ORGANIZATION:charleston area medical center} after an overdose and asked if we can "
    "see him",
    "{NAME:flint} reports he lives in his van at the {ORGANIZATION:walmart} in "
    "{LOCATION:missoula} and showers at the {ORGANIZATION:ymca} on {LOCATION:higgins "
    "avenue}",
    "so {NAME:honey} says {NAME:junior} her husband got laid off from "
    "{ORGANIZATION:nucor} and is drinking again she's scared",
    "note for {NAME:everly} eleven her dad {NAME:boone} is in {ORGANIZATION:mount olive "
    "correctional} and she writes him letters every week",
]


DRAGON_DICTATIONS = [
    "This is {NAME:Dr. Feldman} dictating a progress note for {NAME:Annabelle Ruiz-Castro}, "
    "date of service {DATE:December 1st, 2026}. {NAME:Annabelle} reports that her husband "
    "{NAME:Osvaldo} was deported to {LOCATION:Tegucigalpa} on {DATE:November 17th}. She is "
    "sleeping three hours a night. PHQ-9 is 22. Safety plan reviewed. End of dictation.",
    "Dictating for {NAME:Percival Oduya}, that's {NAME:O-D-U-Y-A}. He is a 42-year-old bus driver "
    "for {ORGANIZATION:SEPTA} who was assaulted on the Route 23 bus on {DATE:October 30th}. "
    "Period. New paragraph. He startles at loud noises and has not returned to work.",
    "Progress note, {NAME:Guinevere Tate}. She brought her daughter {NAME:Posy}, age 6, who "
    "has been wetting the bed since the house fire on {LOCATION:Cranberry Lane} in "
    "{DATE:September}. The family is staying at the {ORGANIZATION:Red Lion Inn} in "
    "{LOCATION:Stockbridge} until the insurance settles.",
    "Couples session with {NAME:Desmond} and {NAME:Ngozi Achebe-Lowell}. {NAME:Ngozi} found "
    "texts from a coworker named {NAME:Brianna} at {ORGANIZATION:Fidelity} in "
    "{LOCATION:Merrimack}. {NAME:Desmond} denies an affair. We practiced speaker-listener.",
    "Intake for {NAME:Ambrose Kittredge}, date of birth {DATE:July 2nd, 1954}, address "
    "{LOCATION:77 Old County Road}, {LOCATION:Smithfield}, Rhode Island {LOCATION:02917}, "
    "phone {PHONE:401-555-0133}. Referred by {NAME:Dr. Singh} at {ORGANIZATION:Fatima "
    "Hospital}. Chief complaint: grief after the death of his wife {NAME:Marjorie} in "
    "{DATE:August}.",
    "Note for {NAME:Clementine Ababio}. She is a sophomore at {ORGANIZATION:Spelman} and was "
    "sexually assaulted at a party off campus on {DATE:November 8th}. She has reported it "
    "to {ORGANIZATION:Atlanta PD}, case number {OTHER_ID:26-114729}. Grounding and "
    "psychoeducation.",
    "Session 9 with {NAME:Hugo}. He talked about his grandfather {NAME:Bertrand}, who is "
    "{AGE_OVER_89:99} and still lives alone on the farm outside {LOCATION:Lancaster}. "
    "{NAME:Hugo} feels guilty for moving to {LOCATION:Philadelphia}.",
    "{NAME:Mrs. Oyelowo} called to cancel. Her son {NAME:Tunde} was admitted to "
    "{ORGANIZATION:CHOP} last night with DKA. She asked that we call her at "
    "{PHONE:267-555-0104} next week to reschedule.",
    "Family session. Present: mother {NAME:Darlene Fitch}, stepfather {NAME:Roy Fitch}, "
    "client {NAME:Kayden}, 13. {NAME:Kayden} was suspended from {ORGANIZATION:Northeast "
    "Middle School} for bringing a vape. {NAME:Roy} yelled during session; we paused and "
    "used time-out.",
    "This is a telehealth note for {NAME:Isolde Brandvold}, who joined from her car in the "
    "parking lot of the {ORGANIZATION:Target} on {LOCATION:Route 1} in {LOCATION:Saugus} "
    "because her roommate {NAME:Kelsey} was home. Discussed boundaries.",
    "{NAME:Thaddeus}, who goes by {NAME:Tad}, reports that his boss {NAME:Linda Greaney} at "
    "{ORGANIZATION:Raytheon} in {LOCATION:Andover} put him on a performance plan. "
    "Cognitive restructuring of 'I'm going to be fired.'",
    "Psychiatric medication management, {NAME:Celestine Moreau}, MRN {MRN:88301726}. "
    "Lamotrigine increased to 150 mg. Next lab draw at {ORGANIZATION:Quest} on "
    "{DATE:December 15th}. Her sister {NAME:Ines} will drive her.",
    "EMDR session for {NAME:Barnaby Whitlock}. Target memory: the car accident on "
    "{LOCATION:Interstate 84} near {LOCATION:Danbury} on {DATE:March 3rd, 2019}, in which "
    "his best friend {NAME:Callum} was killed. SUD from 9 to 3.",
    "{NAME:Ottoline} reports she was evicted from {LOCATION:Unit 4B} at {ORGANIZATION:The "
    "Residences at Mill Pond} and is staying with her cousin {NAME:Jolene} in "
    "{LOCATION:Chicopee}. Housing search resources given.",
    "Group note, Wednesday evening DBT skills. Members present: {NAME:Anouk}, {NAME:Bram}, "
    "{NAME:Cosima}, {NAME:Dashiell}. {NAME:Cosima} disclosed that her ex-partner "
    "{NAME:Fergus} has been sending messages from a new number, {PHONE:508-555-0161}.",
    "{NAME:Wilhelm Adeyemi-Strauss} is a 35-year-old software engineer at "
    "{ORGANIZATION:HubSpot} who presents with panic attacks on the Red Line. He lives in "
    "{LOCATION:Malden} with his partner {NAME:Jonah}. GAD-7 is 17.",
    "Dictation for {NAME:Seraphina Lockhart}. She is 17 and pregnant, due {DATE:April 4th}. "
    "Her boyfriend {NAME:Tristan}, 19, works at {ORGANIZATION:Jiffy Lube} in "
    "{LOCATION:Taunton}. Her mother {NAME:Rhonda} wants her to move to {LOCATION:Maine} "
    "with her aunt.",
    "{NAME:Ezekiel} reports his father, {NAME:Reverend Amos Pettiford} of "
    "{ORGANIZATION:Shiloh Baptist Church}, told the congregation about {NAME:Ezekiel}'s "
    "coming out. {NAME:Ezekiel} has not been back to church since {DATE:Thanksgiving}.",
    "Collateral call with {NAME:Sister Mary Agnes} at {ORGANIZATION:Saint Joseph's "
    "Residence}, who reports that the client's mother, {NAME:Philomena}, {AGE_OVER_89:95}, "
    "has stopped eating. Client will visit {DATE:Saturday the 5th}.",
    "{NAME:Lazarus Mbatha} was referred by his employer, {ORGANIZATION:General Dynamics "
    "Electric Boat}, after a near miss in the shipyard on {DATE:November 20th}. He lives in "
    "{LOCATION:Groton} and his badge number is {OTHER_ID:EB-448217}.",
    "Client {NAME:Temperance Okafor} says her landlord, {NAME:Mr. Vukovic}, entered her "
    "apartment at {LOCATION:19 Lilac Terrace} without notice. She filed a complaint with "
    "{ORGANIZATION:Fall River Housing Court}.",
    "{NAME:Florian} is a 9-year-old referred by his pediatrician, {NAME:Dr. Amaral}, for "
    "selective mutism. He speaks at home in Portuguese with his grandmother "
    "Vovó {NAME:Conceição} but not at {ORGANIZATION:Carney Academy}.",
    "Note for {NAME:Ignatius Rourke}. He is a retired {ORGANIZATION:Boston Fire "
    "Department} captain, {AGE_OVER_89:91} years old, and his wife {NAME:Bridget} died at "
    "{ORGANIZATION:Beth Israel} on {DATE:November 2nd}. Grief counseling.",
    "{NAME:Marisela} reports her son {NAME:Junior}, whose name is {NAME:Rafael Jr.}, got "
    "into a fight at {ORGANIZATION:Durfee High} and was arrested by {ORGANIZATION:Fall River "
    "Police}. Court date {DATE:December 11th} at {ORGANIZATION:Fall River Juvenile Court}.",
    "This is {NAME:Dr. Beaulieu}. Addendum to the note of {DATE:11/24/2026} for "
    "{NAME:Evangeline Sato}: client called at 9 p.m. from {PHONE:774-555-0186} and "
    "confirmed she is safe at her friend {NAME:Priscilla}'s home in {LOCATION:Westport}.",
]


RARER_KINDS_FOURTH_ROUND = [
    "Client {NAME:Roderick Vance} brought a printout of his ex-wife's blog, "
    "{URL:www.lifeafterrod.blogspot.com}, where she posts about their son {NAME:Micah}. "
    "Processed anger; no threats made.",
    "Telehealth session disconnected twice; client's IP logged by the platform as "
    "{IP:98.211.47.102}. Resumed by phone at {PHONE:(802) 555-0175}.",
    "{NAME:Adelaide Ferris} reports her insulin pump (serial {DEVICE:MMT-780G-4471902}) "
    "alarmed during a panic attack at work. Coordinated with endocrinology.",
    "Driver's license {LICENSE:S530-4471-9902} was suspended after the second OUI. "
    "{NAME:Mr. Kettering} needs a letter for the RMV hearing on {DATE:12/16}.",
    "Client's car, a 2014 Ford Escape, VIN {VEHICLE:1FMCU9GX4EUA18824}, was impounded in "
    "{LOCATION:Pawtucket}. She is sleeping at her sister {NAME:Glenda}'s.",
    "Payment received: Visa ending in {ACCOUNT:4417}, account holder {NAME:Ruth Abernathy}. "
    "Invoice {ACCOUNT:INV-2026-08831}.",
    "{NAME:Cyrus} showed me a photo on his phone of the bruises his stepfather "
    "{NAME:Duane} left; client declined to have it placed in the chart.",
    "Medicare beneficiary identifier {HEALTH_PLAN:1EG4-TE5-MK73} confirmed for "
    "{NAME:Lucinda Marsh}, {AGE_OVER_89:92}. Secondary: {ORGANIZATION:AARP} supplement "
    "{HEALTH_PLAN:AAR7730146}.",
    "Client {NAME:Jovan Petrović} reports his brother posted a video of him on YouTube at "
    "{URL:https://youtu.be/q8XzK2mN4pA}. He wants it taken down.",
    "Court-ordered evaluation for {NAME:Dayton Rusk}, docket {OTHER_ID:2684CR001192}, "
    "{ORGANIZATION:Worcester District Court}. Probation officer {NAME:Ms. Ferreira} "
    "({EMAIL:k.ferreira@jud.state.ma.us}).",
    "{NAME:Priscilla}'s Apple Watch (serial {DEVICE:G99XK2LMPQ7}) flagged an irregular "
    "rhythm during session. Advised she contact her PCP, {NAME:Dr. Obi}.",
    "Certificate of completion {LICENSE:DVIP-2026-0448} issued to {NAME:Marcus Delgado} "
    "for the batterer intervention program at {ORGANIZATION:Emerge}.",
    "The client's daughter {NAME:Liesel} runs a TikTok account, {OTHER_ID:@liesel_unfiltered}, "
    "where she has posted about her mother's hospitalization at {ORGANIZATION:Arbour "
    "Hospital}.",
    "Client uses a CPAP (ResMed AirSense 11, serial {DEVICE:23161457901}) and has not worn "
    "it since the move to {LOCATION:Brockton}.",
    "Social Security number on the intake form, {SSN:031-44-8823}, does not match the one "
    "on the insurance card. Front desk to verify with {NAME:Mrs. Goldfarb}.",
    "{NAME:Delphine Achterberg} faxed her records release to {FAX:413-555-0190} and asked "
    "that copies go to her new therapist, {NAME:Gareth Lowe}, LICSW.",
    "NPI {LICENSE:1730291847} for the referring provider, {NAME:Dr. Hollis Grant}, "
    "{ORGANIZATION:Cape Cod Hospital}. Prior auth {OTHER_ID:PA-77193022}.",
    "{NAME:Wendell Osei} reports the school's face-recognition camera flagged him at "
    "{ORGANIZATION:Brockton High}; his retina scan ID is {BIOMETRIC:RS-4471-0923}. Paranoid "
    "ideation assessed; reality testing intact.",
    "Client's boyfriend has a plate {VEHICLE:MA 4LK 992} and was seen parked outside her "
    "house on {LOCATION:Whipple Street} on {DATE:November 29}.",
    "Account {ACCOUNT:0044-2918-3310} at {ORGANIZATION:BayCoast Bank} was drained by "
    "{NAME:Lorraine}'s son {NAME:Kyle}. Elder financial abuse reported to "
    "{ORGANIZATION:Bristol Elder Services}.",
]


CHILD_AND_TEEN_NOTES = [
    "{NAME:Zion}, 8, was brought by his foster mom {NAME:Tamika Brewer}. He moved from his "
    "third placement in {LOCATION:Stockton} on {DATE:October 2}. His caseworker at "
    "{ORGANIZATION:San Joaquin County CPS} is {NAME:Mr. Halvorsen}.",
    "play therapy with {NAME:journee} age five she buried the baby doll in the sand tray "
    "and said its name was {NAME:mya} like her little sister who died in {DATE:july}",
    "{NAME:Ryker} (14) got in a fight at {ORGANIZATION:Lakeview Junior High} after a kid "
    "named {NAME:Brantley} called his mom a junkie. {NAME:Coach Dunleavy} broke it up.",
    "Parent consult with {NAME:Mrs. Okafor-Diallo} re: {NAME:Chidera}, 11. Teacher "
    "{NAME:Ms. Brightwater} at {ORGANIZATION:Roosevelt Elementary} says she has stopped "
    "raising her hand since the move from {LOCATION:Lagos}.",
    "{NAME:Legend} is 6 and in kindergarten at {ORGANIZATION:Little Scholars Academy}. Mom "
    "{NAME:Shaniqua} reports tantrums after visits with dad {NAME:Terrell}, who lives in "
    "{LOCATION:Decatur}.",
    "teen session with {NAME:nova} sixteen she is dating a 19 year old named {NAME:jaxton} "
    "who works at the {ORGANIZATION:sonic} on {LOCATION:university drive} safety concerns "
    "discussed mandated report considered",
    "{NAME:Kai Nakamura-Lopez}, 13, referred by school counselor {NAME:Mr. Fontaine} at "
    "{ORGANIZATION:Hoover Middle School} for cutting. His sister {NAME:Leilani} found the "
    "blades. C-SSRS: passive ideation only.",
    "{NAME:Maddox} and his twin {NAME:Marley}, 9, are fighting about the new baby, "
    "{NAME:Everleigh}, born {DATE:November 3}. Sibling rivalry; parent-child interaction "
    "coaching.",
    "Adolescent DBT: {NAME:Aaliyah}, {NAME:Brynlee}, {NAME:Cruz}, {NAME:Daleyza}. "
    "{NAME:Cruz} reported his dad {NAME:Hector} was deported to {LOCATION:Guadalajara} last "
    "month.",
    "{NAME:Emmett} (17) was accepted early to {ORGANIZATION:Carnegie Mellon} but his dad "
    "{NAME:Glenn} lost his job at {ORGANIZATION:US Steel} and they can't afford the deposit.",
    "so {NAME:skylar} she's twelve said her stepbrother {NAME:colt} touched her at her "
    "dad's house in {LOCATION:midland} i made a report to the hotline reference number "
    "{OTHER_ID:two six one one four eight nine}",
    "{NAME:Paisley}, 4, attends {ORGANIZATION:Bright Horizons} on {LOCATION:Elm Ave}. "
    "Teacher {NAME:Miss Rosa} reports she bites peers. Mom {NAME:Kendra} works nights at "
    "{ORGANIZATION:St. Vincent's}.",
    "{NAME:Atlas} is a 10-year-old in 4th grade at {ORGANIZATION:Whittier Elementary}. "
    "Grandmother {NAME:Gloria} has guardianship since his mother {NAME:Destiny} went to "
    "{ORGANIZATION:Chowchilla}.",
    "Session with {NAME:Isabella} and her mother {NAME:Veronica}. {NAME:Isabella} (15) was "
    "hospitalized at {ORGANIZATION:Rady Children's} from {DATE:11/14} to {DATE:11/21} after "
    "an overdose.",
    "{NAME:Ezra} (7) has been refusing to go to {ORGANIZATION:Temple Sinai} Hebrew school "
    "since the rabbi, {NAME:Rabbi Loewenthal}, yelled at him. Exposure hierarchy started.",
    "{NAME:Harlow} told me her best friend {NAME:Oaklynn} moved to {LOCATION:Boise} and she "
    "has nobody to sit with at lunch at {ORGANIZATION:Meridian Middle}.",
    "{NAME:Braxton} was suspended from the {ORGANIZATION:Cedar Park Timberwolves} football "
    "team for vaping. His coach {NAME:Pruitt} called his mom {NAME:Krystal}.",
    "IEP meeting {DATE:12/3} at {ORGANIZATION:Horace Mann Elementary}: {NAME:Amara}, 8, "
    "qualifies for speech and OT. Present: {NAME:Ms. Gutierrez} (SPED), {NAME:Dr. Levine} "
    "(school psych), dad {NAME:Femi Adebayo}.",
    "{NAME:Waylon} (16) works at {ORGANIZATION:Buc-ee's} in {LOCATION:New Braunfels} and "
    "says his manager {NAME:Trent} makes him work past midnight on school nights.",
    "Intake: {NAME:Luna Esperanza Morales}, DOB {DATE:3/9/2013}, lives with abuela "
    "{NAME:Carmen} at {LOCATION:1402 Calle Sonora}, {LOCATION:Las Cruces}. Phone "
    "{PHONE:575-555-0132}. Referred by {ORGANIZATION:Las Cruces Public Schools}.",
]


LAST_OF_THE_SIXTEENTH_STOP = [
    "Session 6 with {NAME:Rosalyn Ekwueme}. She reports her son {NAME:Obinna}, 19, was "
    "arrested outside the {ORGANIZATION:Kroger} on {LOCATION:Ponce de Leon Ave} on "
    "{DATE:November 28}. Public defender {NAME:Ms. Hadley} called from {PHONE:404-555-0121}.",
    "note for {NAME:cheyenne} she says her grandma {NAME:nadine} who is {AGE_OVER_89:ninety "
    "three} moved into {ORGANIZATION:shady acres} in {LOCATION:tupelo} and doesn't know her "
    "anymore",
    "{NAME:Mr. Bartholomew Quist}, 71, retired from {ORGANIZATION:John Deere} in "
    "{LOCATION:Moline}. Wife {NAME:Ingeborg} died {DATE:9/30}. He drives to her grave at "
    "{ORGANIZATION:Riverside Cemetery} every morning. Grief; behavioral activation.",
    "client {NAME:dusty} says he got a job at the {ORGANIZATION:pilot} truck stop off "
    "{LOCATION:exit 68} in {LOCATION:lebanon} and his ex {NAME:marla} is letting him see "
    "the kids on weekends",
    "Couples: {NAME:Oluwaseun} and {NAME:Brigid Adeyemi-Walsh}. {NAME:Brigid} wants to move "
    "back to {LOCATION:Galway}; {NAME:Oluwaseun} just made partner at "
    "{ORGANIZATION:Kirkland & Ellis}. Dreams within conflict.",
    "so {NAME:hope} came in tearful her husband {NAME:will} left for {LOCATION:fort bragg} "
    "on {DATE:tuesday the first} and she is alone with the twins {NAME:grace} and "
    "{NAME:gabriel}",
    "Intake: {NAME:Yusuf Abdirahman}, DOB {DATE:1/15/1990}, {LOCATION:3021 Cedar Ave S}, "
    "{LOCATION:Minneapolis}. Works as a driver for {ORGANIZATION:Metro Transit}. "
    "Referred by {NAME:Dr. Warsame} at {ORGANIZATION:Hennepin Healthcare}.",
    "{NAME:Tamsin} (she/her), 24, barista at {ORGANIZATION:Blue Bottle} in "
    "{LOCATION:Oakland}, reports her roommate {NAME:Juno} stole her meds. GAD-7 15.",
    "dictating for {NAME:earline pettibone} she is a school bus driver for "
    "{ORGANIZATION:putnam county schools} and a kid named {NAME:ty} threatened her with a "
    "knife",
    "{NAME:Augustus 'Gus' Whitford} reports his daughter {NAME:Clementine} won't let him see "
    "his grandson {NAME:Rowan} since the DUI. Court date {DATE:January 20} at "
    "{ORGANIZATION:Kent County District Court}.",
    "hey its {NAME:marcy} can u call me back {PHONE:616 555 0199} my landlord at "
    "{ORGANIZATION:maple ridge apartments} says we have to be out by {DATE:the fifteenth}",
    "{NAME:Deacon Alvarez} of {ORGANIZATION:St. Cecilia Parish} referred "
    "{NAME:Esperanza Gil} after her husband's funeral. She works at {ORGANIZATION:Texas "
    "Children's} as a unit clerk.",
    "{NAME:Koa} says his uncle {NAME:Keoni} was injured on the job at {ORGANIZATION:Pearl "
    "Harbor} and now drinks all day at their house in {LOCATION:Waipahu}.",
    "DAP note {DATE:12/2/2026}. D: {NAME:Lucian} practiced opposite action; shared that his "
    "boss {NAME:Ms. Varga} at {ORGANIZATION:Comcast} wrote him up. A: improving. P: next "
    "session {DATE:12/9}.",
    "client {NAME:brandi} said her sister {NAME:amber} overdosed in the bathroom of the "
    "{ORGANIZATION:speedway} on {LOCATION:main street} and she found her",
    "{NAME:Dr. Ferreira-Santos} from {ORGANIZATION:Butler Hospital} called re: discharge of "
    "{NAME:Tobias Grell} on {DATE:12/4}. Follow-up with us {DATE:12/8} at 3 pm.",
    "{NAME:Marigold}, 8, drew her family: mom, her brother {NAME:Sawyer}, and a dog named "
    "Biscuit. Dad {NAME:Wade} is not in the picture since he moved to {LOCATION:Reno}.",
    "note for {NAME:octavia hale} she reports her boss at the {ORGANIZATION:cheesecake "
    "factory} in {LOCATION:king of prussia} cut her hours after she reported harassment",
    "{NAME:Ignatius} (goes by {NAME:Iggy}) was admitted to {ORGANIZATION:Fairbanks} for "
    "detox on {DATE:11/25}. His mom {NAME:Patrice} is the emergency contact at "
    "{PHONE:317-555-0167}.",
    "{NAME:Winona Two Crows} reports her brother {NAME:Elias} was found at {LOCATION:Lake "
    "Andes} on {DATE:November 30}. Sudden loss; grounding and cultural supports through "
    "{ORGANIZATION:Yankton Sioux Tribe} behavioral health.",
]


SPOKEN_NOTES_SIXTH_ROUND = [
    "okay dictating for {NAME:rayanne colburn} she says her boyfriend {NAME:trace} got "
    "picked up for a dui outside the {ORGANIZATION:applebees} in {LOCATION:bossier city} on "
    "{DATE:saturday the twenty eighth} she had to get her car from the impound",
    "client {NAME:everett} talked about his wife {NAME:loretta} who has alzheimers and is "
    "at {ORGANIZATION:heritage manor} in {LOCATION:shreveport} he visits every day at noon",
    "note for {NAME:shaquille booker} he says his manager at {ORGANIZATION:ups} in "
    "{LOCATION:louisville} wrote him up for being late because of his kids daycare at "
    "{ORGANIZATION:kiddie academy}",
    "{NAME:priscilla} reports her son {NAME:tanner} is in {ORGANIZATION:cumberland "
    "heights} for thirty days and his counselor {NAME:mr okafor} says he's doing well",
    "this is {NAME:dakota}s session she came out to her parents {NAME:rick} and "
    "{NAME:sherry} and they told her to leave she's staying with her friend {NAME:kenzie} in "
    "{LOCATION:murfreesboro}",
    "abuelita {NAME:rosario} is {AGE_OVER_89:ninety nine} and lives with the client in "
    "{LOCATION:laredo} client {NAME:marisol} is exhausted from caring for her",
    "new client {NAME:tobias wren} date of birth {DATE:june third two thousand five} "
    "referred from {ORGANIZATION:vanderbilt} after a suicide attempt he is a student at "
    "{ORGANIZATION:belmont}",
    "{NAME:jolene} says the sheriff {NAME:sheriff barnes} came to her house on "
    "{LOCATION:old hickory boulevard} because her ex {NAME:wade} called in a welfare check",
    "client {NAME:buck} reports he was let go from {ORGANIZATION:nissan} in "
    "{LOCATION:smyrna} after twenty two years he is drinking again",
    "{NAME:lupita} says her daughter {NAME:genesis} got into a fight at {ORGANIZATION:eastside "
    "high} and the vice principal {NAME:mr dawkins} suspended her for five days",
    "{NAME:harold} called the office he says his wife {NAME:bev} is at {ORGANIZATION:centennial "
    "medical center} with pneumonia and he can't come in {DATE:thursday the tenth}",
    "session with {NAME:quinn} they go by they them they work at the {ORGANIZATION:goodwill} "
    "on {LOCATION:charlotte pike} and their coworker {NAME:randy} keeps misgendering them",
    "mama {NAME:jean} brought her grandson {NAME:kyrie} who is six he saw his uncle "
    "{NAME:dwayne} get shot in front of the {ORGANIZATION:family dollar} on "
    "{LOCATION:jefferson street}",
    "dictation {NAME:consuela pardo} she works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:shelbyville} her husband {NAME:arturo} hurt his back and can't work",
    "client {NAME:gracie} fourteen says a boy named {NAME:hudson} from {ORGANIZATION:ravenwood "
    "high} sent her pictures and is asking for hers we talked about safety",
    "{NAME:pastor lyle} from {ORGANIZATION:first baptist of hendersonville} called about "
    "{NAME:brenda} who has stopped coming to church since her son {NAME:jordan} died",
    "{NAME:ms pearl} reports her husband {NAME:otis} who is {AGE_OVER_89:ninety four} fell at "
    "the {ORGANIZATION:kroger} on {LOCATION:gallatin pike} and is at {ORGANIZATION:skyline} "
    "now",
    "okay {NAME:delaney} is back from {ORGANIZATION:rolling hills hospital} she was there "
    "from {DATE:the third} to {DATE:the ninth} her mom {NAME:trish} is picking her up",
    "client {NAME:marcus} says his probation officer {NAME:ms hightower} wants proof he's "
    "going to meetings at the {ORGANIZATION:alano club} on {LOCATION:eighth avenue}",
    "{NAME:sissy} says her daddy {NAME:earl ray} passed at home in {LOCATION:lewisburg} on "
    "{DATE:november twenty first} and the funeral was at {ORGANIZATION:bills funeral home}",
]


def main() -> None:
    write("mountain_and_plains_sessions.jsonl", "mps", MOUNTAIN_AND_PLAINS_SESSIONS)
    write("spoken_notes_third_round.jsonl", "sn3", SPOKEN_NOTES_THIRD_ROUND)
    write("clinic_records_third_round.jsonl", "cr3", CLINIC_RECORDS_THIRD_ROUND)
    write("typed_notes_fourth_round.jsonl", "tn4", TYPED_NOTES_FOURTH_ROUND)
    write("spoken_notes_fourth_round.jsonl", "sn4", SPOKEN_NOTES_FOURTH_ROUND)
    write("longitudinal_records.jsonl", "lgr", LONGITUDINAL_RECORDS)
    write("messages_and_groups_fourth_round.jsonl", "mg4", MESSAGES_AND_GROUPS_FOURTH_ROUND)
    write("spoken_notes_fifth_round.jsonl", "sn5", SPOKEN_NOTES_FIFTH_ROUND)
    write("dragon_dictations.jsonl", "drg", DRAGON_DICTATIONS)
    write("rarer_kinds_fourth_round.jsonl", "rk4", RARER_KINDS_FOURTH_ROUND)
    write("child_and_teen_notes.jsonl", "ctn", CHILD_AND_TEEN_NOTES)
    write("last_of_the_sixteenth_stop.jsonl", "l16", LAST_OF_THE_SIXTEENTH_STOP)
    write("spoken_notes_sixth_round.jsonl", "sn6", SPOKEN_NOTES_SIXTH_ROUND)


if __name__ == "__main__":
    main()
