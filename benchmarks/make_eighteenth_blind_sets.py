"""Write the held-out corpora of the eighteenth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_seventeenth_round  lower-case speech to text from Florida, the Georgia coast,
                                    Maryland, Delaware and Washington, DC
    clinic_records_fifth_round      discharge summaries, consults, ED, transfer, social work
                                    notes and letters in the external corpora's style
    typed_notes_sixth_round         typed notes in every format (DAP, BIRP, SOAP, group, risk,
                                    termination) and modality, with word names beside words
    spoken_notes_eighteenth_round   lower-case speech to text from Tennessee, Mississippi and
                                    the Carolinas, written after the stop's first rules
    messages_sixth_round            clients' texts, portal messages, voicemails and e-mails,
                                    after the first rules
    intake_forms_fifth_round        intake, insurance, release, safety-plan and history forms,
                                    after the first rules
    transcribed_reports_third       transcribed hospital reports in the i2b2 style: headers in
                                    capitals, dictation and typing codes, initials, cc lines
    therapy_dictations_fifth        typed therapy notes with word names, relatives, schools,
                                    employers and courts, after the stop's third rules
    spoken_notes_nineteenth_round   lower-case speech to text from New York City, Long Island and
                                    New Jersey, after the stop's fourth rules
    group_and_family_notes_third    typed group, couples and family notes with many people named,
                                    after the fourth rules
    spoken_notes_twentieth_round    lower-case speech to text from Chicago, Detroit, Cleveland,
                                    Milwaukee, St. Louis and Indianapolis, after the fifth rules
    evaluation_reports_second       psychological, neuropsychological, custody, disability and
                                    fitness-for-duty evaluations, after the fifth rules
    spoken_notes_twenty_first_round lower-case speech to text from Maine, Vermont and New
                                    Hampshire, after the sixth rules
    typed_notes_seventh_round       typed therapy notes by modality around Boston, after the
                                    sixth rules
    longitudinal_records_third      one patient's records over four years in the i2b2
                                    longitudinal style, after the sixth rules
    names_from_everywhere           typed and dictated notes naming clients and families from
                                    Ukraine, Nepal, Mexico, Vietnam, Somalia, Poland, Nigeria,
                                    Tonga, Iran, Ethiopia, Hawaii, Korea, Russia, Haiti and India
    spoken_notes_twenty_second_round
                                    lower-case speech to text from Pennsylvania and Ohio, after
                                    the stop's eighth rules
    crisis_line_notes_second        crisis calls, 988 follow-ups, mobile crisis, text and chat
                                    lines, after the eighth rules
    spoken_notes_twenty_third_round lower-case speech to text from Utah, Idaho, Montana, Wyoming,
                                    Colorado and New Mexico, after the ninth rules
    therapy_dictations_sixth        typed therapy notes holding every kind of identifier, after
                                    the ninth rules
    spoken_notes_twenty_fourth_round
                                    lower-case speech to text from California's Central Valley
                                    and Southern California, after the tenth rules
    letters_and_forms_fourth        court, school, referral, employer, housing and insurance
                                    letters and forms, after the tenth rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_SEVENTEENTH_ROUND = [
    "okay this is {NAME:dolores quintero} she's been staying with her sister {NAME:marisela} in "
    "{LOCATION:hialeah} since the hurricane took the roof off her place on {LOCATION:northwest "
    "seventh street} she starts at {ORGANIZATION:publix} in {LOCATION:doral} on {DATE:monday "
    "the fourteenth}",
    "client {NAME:terrence} says his parole officer {NAME:mr gaskins} wants him at the "
    "{ORGANIZATION:salvation army} in {LOCATION:jacksonville} by {DATE:friday the twentieth} or "
    "he's violated",
    "session with {NAME:keandra wilkes} her son {NAME:jaylen} got suspended from "
    "{ORGANIZATION:lake city middle} for fighting and the vice principal {NAME:mrs dukes} "
    "called her at work at {ORGANIZATION:shands}",
    "{NAME:pops} that's what everybody calls him is {AGE_OVER_89:ninety two} and lives with "
    "client in {LOCATION:ocala} she's burned out and wants to look at assisted living in "
    "{LOCATION:lady lake}",
    "client {NAME:yesenia} reports her ex {NAME:big mike} showed up at her job at the "
    "{ORGANIZATION:chick fil a} on {LOCATION:university boulevard} and she called "
    "{ORGANIZATION:orange county sheriff} they took a report",
    "{NAME:darnell} works the docks at {ORGANIZATION:colonels island} in {LOCATION:brunswick} "
    "and his wife {NAME:tamika} just had the baby at {ORGANIZATION:southeast georgia health} "
    "he's worried about money",
    "client {NAME:siobhan mcgrath} from {LOCATION:towson} her girlfriend {NAME:jess} drove her "
    "to {ORGANIZATION:sheppard pratt} {DATE:last thursday} for the eval and they sent her home",
    "{NAME:mr okafor} says his daughter {NAME:chidinma} is at {ORGANIZATION:morgan state} and "
    "won't come home for {DATE:thanksgiving} he drives for the mta nights and barely sees her",
    "client says the landlord at {ORGANIZATION:park heights gardens} on {LOCATION:park heights "
    "avenue} still hasn't fixed the mold her son {NAME:deshawn} has asthma her number is "
    "{PHONE:four one oh five five five zero one nine two}",
    "okay next one {NAME:brittany lynn sapp} twenty six from {LOCATION:dover} she works at the "
    "{ORGANIZATION:dover downs} casino and her boyfriend {NAME:cody} keeps taking her tips",
    "{NAME:ms henrietta vance} called she's {AGE_OVER_89:ninety seven} her grandson "
    "{NAME:marcus} is our client and she wants to be on the release the number is {PHONE:302 "
    "555 0144}",
    "client {NAME:luis} is a line cook at {ORGANIZATION:joe's stone crab} in {LOCATION:south "
    "beach} and got a dui on {DATE:july fourth} court date is {DATE:august ninth} in "
    "{LOCATION:miami beach}",
    "client {NAME:ashanti} says her caseworker at dcf is {NAME:miss lorraine} and she's "
    "supposed to get the kids back by {DATE:christmas} if her drops stay clean",
    "{NAME:grady} is a shrimper out of {LOCATION:darien} and lost the boat in the storm his "
    "wife {NAME:lurleen} wants him to talk to {NAME:pastor eddie} at {ORGANIZATION:first "
    "african baptist}",
    "talked about her mom {NAME:gloria} who's in hospice with {ORGANIZATION:vitas} in "
    "{LOCATION:boca} she flies down from {LOCATION:bethesda} every other weekend and is exhausted",
    "{NAME:andre} from {LOCATION:anacostia} says his cousin {NAME:tay} got shot on "
    "{LOCATION:good hope road} in {DATE:march} and he hasn't slept right since",
    "client {NAME:nadia haddad} works at {ORGANIZATION:georgetown university hospital} as a "
    "unit clerk she lives at {LOCATION:4410 connecticut avenue apartment 612} and her mom "
    "{NAME:rania} is visiting from {LOCATION:amman}",
    "client {NAME:wendell} is {AGE_OVER_89:ninety one} and still drives to the "
    "{ORGANIZATION:moose lodge} in {LOCATION:salisbury} every tuesday his daughter {NAME:peggy} "
    "wants him to stop",
    "{NAME:kiki} her real name is {NAME:keisha} says {NAME:dante} took the car to "
    "{LOCATION:ocean city} without asking and she had to miss work at royal farms again",
    "client {NAME:jimena} is an au pair for a family in {LOCATION:chevy chase} the mom "
    "{NAME:mrs whitaker} took her passport and she's scared to call anyone",
    "{NAME:reverend toussaint} referred {NAME:manno} from {LOCATION:little haiti} he's been "
    "crying since his wife {NAME:nadege} went back to {LOCATION:cap haitien}",
    "client {NAME:crystal} says {NAME:bubba} her husband got laid off from "
    "{ORGANIZATION:international paper} in {LOCATION:jesup} and they're behind on the lot rent "
    "at {ORGANIZATION:shady oaks mobile home park}",
    "couples session with {NAME:tom} and {NAME:linda beaulieu} he retired from "
    "{ORGANIZATION:dupont} in {LOCATION:wilmington} and she says he follows her around the "
    "house all day",
    "client {NAME:xavier} got picked up by {ORGANIZATION:tallahassee police} outside "
    "{ORGANIZATION:bullwinkles} on {DATE:saturday the eleventh} he doesn't remember most of it",
    "{NAME:ms pruitt} the school counselor at {ORGANIZATION:glynn academy} called about "
    "{NAME:kaden} he told a friend he wanted to die her direct line is {PHONE:912 555 0163}",
]


CLINIC_RECORDS_FIFTH_ROUND = [
    "DISCHARGE SUMMARY\nPatient: {NAME:Halvorsen, Ingrid M.}    MRN: {MRN:4471920}\nAdmitted: "
    "{DATE:03/11/2091}    Discharged: {DATE:03/19/2091}\nAttending: {NAME:Theodore Abernathy}, "
    "MD\n\nHISTORY OF PRESENT ILLNESS: {NAME:Ms. Halvorsen} is a 67 year old woman with major "
    "depressive disorder, recurrent, severe, admitted from the {ORGANIZATION:Fairview "
    "Southdale} ED after an intentional overdose of sertraline. Her husband {NAME:Leif} found "
    "her and called 911.",
    "HOSPITAL COURSE: She was started on mirtazapine 15 mg and seen daily by {NAME:Dr. "
    "Abernathy}. Family meeting on {DATE:3/15} with husband and daughter {NAME:Solveig} (phone "
    "{PHONE:952-555-0187}). Discharged to home with follow-up at {ORGANIZATION:Nystrom & "
    "Associates} in {LOCATION:Edina} on {DATE:3/24/91} at 2 pm.",
    "EMERGENCY DEPARTMENT NOTE\n{DATE:11/02/2088} 23:14\nCC: \"I can't stop "
    "shaking\"\n{NAME:Mr. Quillen} is a 44 yo M brought by {ORGANIZATION:Tri-County EMS} from "
    "his home at {LOCATION:18 Larkspur Lane}, {LOCATION:Brattleboro}. Last drink reported "
    "{DATE:10/31}. CIWA 19. PCP: {NAME:Dr. R. Vashti}, {ORGANIZATION:Brattleboro Family Medicine}.",
    "PSYCHIATRY CONSULT\nRequested by: {NAME:Nadia Obi}, MD (medicine)\nDate: {DATE:June 3, "
    "2089}\nReason: capacity to refuse dialysis.\n{NAME:Mr. Estrada} is an "
    "{AGE_OVER_89:92}-year-old widower who lives at {ORGANIZATION:Sunrise of Mission Viejo}. "
    "His son {NAME:Rafael Estrada} (HCP) can be reached at {PHONE:(949) 555-0112}.",
    "Record date: {DATE:2090-08-14}\n\n{ORGANIZATION:BRIGHAM CIRCLE HEALTH}\nInternal "
    "Medicine\n\nReason for visit: follow-up anxiety, HTN\n\n{NAME:Cordelia} is a 58F, works as "
    "a paralegal at {ORGANIZATION:Goulston & Storrs}. Since last visit {DATE:5/90} she has been "
    "taking buspirone. Lives in {LOCATION:Jamaica Plain} with partner "
    "{NAME:Ruth}.\n\n{NAME:Willa Kincaid}, NP",
    "TRANSFER NOTE\nFrom: {ORGANIZATION:Mercy Hospital of Buffalo}, 5 North\nTo: "
    "{ORGANIZATION:Buffalo Psychiatric Center}\nDate of transfer: {DATE:January 9, "
    "2092}\nPatient {NAME:Ezekiel Booker}, DOB {DATE:9/9/1961}, MRN {MRN:00281733}.\nAccepting: "
    "{NAME:Dr. Priyanka Sood}. Report called to {NAME:RN Delgado} at ext 4471.",
    "OUTPATIENT PROGRESS NOTE\n{DATE:Tuesday, April 4, 2089}\n{NAME:Thuy Pham} returns for med "
    "management. Reports improved sleep on trazodone 50 mg. Works nights at "
    "{ORGANIZATION:Intel} in {LOCATION:Hillsboro}. Her mother {NAME:Lan} moved in from "
    "{LOCATION:San Jose} in {DATE:February}. PHQ-9 9, GAD-7 7.\n-- {NAME:M. Okonjo}, PMHNP",
    "Addendum {DATE:12/28/2087}: spoke with patient's sister {NAME:Bernadette Lacroix} by phone "
    "({PHONE:504-555-0139}). She states patient had been staying at the {ORGANIZATION:Ozanam "
    "Inn} on {LOCATION:Camp Street} before admission. Will coordinate with "
    "{ORGANIZATION:Odyssey House Louisiana} for residential placement.",
    "CLINIC NOTE - {ORGANIZATION:GREENE COUNTY BEHAVIORAL HEALTH}\nDOS: {DATE:07-22-2091}   "
    "Clinician: {NAME:Harlan Stoltzfus}, LPC\nClient: {NAME:Amos Yoder}  DOB: "
    "{DATE:02-11-1998}\nClient works at {ORGANIZATION:Yoder's Sawmill} with his father "
    "{NAME:Eli}. Reports panic when driving to {LOCATION:Waynesburg}.",
    "H&P\n{NAME:Alejandra Ruiz-Tagle} (MRN {MRN:A-88120-4}) is a 31 y/o G2P1 at 24 weeks "
    "referred by {NAME:Dr. Kimura} of {ORGANIZATION:Kapiolani Medical Center} for perinatal "
    "depression. Lives in {LOCATION:Ewa Beach}. Husband {NAME:Kekoa} is active duty at "
    "{ORGANIZATION:Pearl Harbor}. EPDS 16.",
    "Date of Service: {DATE:10/5/2090}\nPatient Name: {NAME:Juniper Hale}\nInsurance: "
    "{ORGANIZATION:Premera Blue Cross} ID {HEALTH_PLAN:PBC771044219}\nGuarantor: {NAME:Owen "
    "Hale}, {LOCATION:2217 NE 58th St}, {LOCATION:Seattle}, WA {LOCATION:98105}\nDx: F41.1, F33.1",
    "Interval history: since discharge from {ORGANIZATION:UPMC Western Psychiatric} on "
    "{DATE:8/30}, {NAME:Dmitri} has attended IOP at {ORGANIZATION:Gateway Rehab} in "
    "{LOCATION:Aliquippa} three days a week. Urine screens negative x3. Sponsor is {NAME:Big Al}.",
    "LETTER\n{DATE:September 18, 2089}\n\n{NAME:Judge Marisol Etxeberria}\n{ORGANIZATION:Ada "
    "County Magistrate Court}\n{LOCATION:200 W Front St}\n{LOCATION:Boise}, ID "
    "{LOCATION:83702}\n\nRe: {NAME:Tanner Beckstead}, case no. {OTHER_ID:CR01-89-04417}\n\nDear "
    "{NAME:Judge Etxeberria}: {NAME:Mr. Beckstead} has attended 14 of 16 sessions of the anger "
    "management group.",
    "ED TRIAGE {DATE:04/16/91} 0312: {AGE_OVER_89:94} y/o F from {ORGANIZATION:Heritage Manor} "
    "nursing home, confused, per staff {NAME:LPN Okafor} pt pulled out her IV at "
    "{ORGANIZATION:St. Vincent's} last week. Daughter {NAME:Marguerite} lives in "
    "{LOCATION:Shreveport}, cell {PHONE:318.555.0175}.",
    "SOCIAL WORK NOTE {DATE:2/2/2089}\nPt {NAME:Kwabena Asante} is a 38 yo Ghanaian man, works "
    "as a CNA for {ORGANIZATION:Bayada} in {LOCATION:Trenton}. Wife {NAME:Abena} and two "
    "children in {LOCATION:Kumasi}. Immigration attorney: {NAME:Sarah Feld}, {ORGANIZATION:Feld "
    "Immigration Law}, {EMAIL:sfeld@feldimmigration.com}.",
]


TYPED_NOTES_SIXTH_ROUND = [
    "DAP Note\nData: {NAME:Ophelia} (18) reported she was fired from {ORGANIZATION:Hollister} "
    "at the {ORGANIZATION:Crossgates Mall} after arguing with her manager {NAME:Trent}. She "
    "cried most of the session.\nAssessment: Mood dysregulation, shame.\nPlan: DBT emotion "
    "regulation; session {DATE:Thursday 11/19}.",
    "BIRP\nBehavior: Client {NAME:Abdirahman} arrived 20 min late, said the {ORGANIZATION:Metro "
    "Transit} bus from {LOCATION:Cedar-Riverside} never came.\nIntervention: CBT for anger; "
    "role-played calling his supervisor at {ORGANIZATION:Delta} at the airport.\nResponse: "
    "engaged.\nPlan: continue weekly.",
    "SOAP\nS: {NAME:Bev} says her husband {NAME:Clifford} (dementia) called her \"Mother\" all "
    "week. She hasn't left the house since {DATE:Halloween}.\nO: tearful, hygiene fair.\nA: "
    "caregiver strain.\nP: call {ORGANIZATION:Area Agency on Aging of Western Michigan} re "
    "respite; f/u {DATE:12/3}.",
    "EMDR session 6. Target: car accident on {LOCATION:I-94} near {LOCATION:Kalamazoo}, "
    "{DATE:May 2024}. SUDS 8 to 2, VOC 3 to 6. Client ({NAME:Rhys}) noted his brother "
    "{NAME:Owain} was driving. Body scan clear.",
    "IFS: {NAME:Magnolia} worked with a manager part she calls \"the Colonel\", which she "
    "connects to her grandfather {NAME:Beauregard Tate} and summers at his farm outside "
    "{LOCATION:Natchez}.",
    "Group note (DBT skills, {DATE:11/17}): Present: {NAME:Fern}, {NAME:Josiah}, {NAME:Anh}, "
    "{NAME:Bettina}. {NAME:Josiah} shared that his probation officer at {ORGANIZATION:Hennepin "
    "County Community Corrections} is {NAME:Ms. Lindqvist}. {NAME:Anh} left early for her shift "
    "at {ORGANIZATION:Target} in {LOCATION:Brooklyn Center}.",
    "Collateral call with {NAME:Coach Ramirez} ({ORGANIZATION:Westlake High} wrestling), who "
    "noticed {NAME:Mateo} has lost 15 lb since {DATE:October}. Coach's cell: "
    "{PHONE:512-555-0190}. Parent {NAME:Rosario} consented in writing {DATE:11/12}.",
    "ACT: {NAME:Sterling} named values: being a good dad to {NAME:Harper} and {NAME:Finn}, "
    "finishing his degree at {ORGANIZATION:Ivy Tech}. Barrier: working doubles at "
    "{ORGANIZATION:Subaru of Indiana} in {LOCATION:Lafayette}.",
    "Psychodynamic session. {NAME:Perpetua} returned to the memory of her mother leaving for "
    "{LOCATION:Manila} when she was six; her Tita {NAME:Baby} raised her in {LOCATION:Daly "
    "City}. Transference: she apologized to me three times for being late.",
    "Risk assessment: client {NAME:Wolfgang Brandt} endorsed passive SI, no plan. Owns a rifle, "
    "stored at his brother {NAME:Dieter}'s house in {LOCATION:New Ulm}. Means restriction "
    "reviewed. Crisis line and {ORGANIZATION:Brown County} mobile crisis {PHONE:507-555-0148} "
    "given.",
    "Couples (Gottman). {NAME:Precious} and {NAME:Lamont} fought about his mother {NAME:Mrs. "
    "Odom} moving in. Repair attempts noted. {NAME:Lamont} works at {ORGANIZATION:Nissan} in "
    "{LOCATION:Canton}, 12-hour shifts.",
    "Intake summary: {NAME:Sunny Kaur Dhillon}, 34, pronouns she/her, referred by {NAME:Dr. "
    "Grewal} at {ORGANIZATION:Kaiser Fremont}. Husband {NAME:Jaspreet} drives for "
    "{ORGANIZATION:Dhillon Trucking LLC}. Presenting: panic, insomnia since her father's death "
    "in {LOCATION:Jalandhar} in {DATE:August}.",
    "Play therapy: {NAME:Marigold} (6) buried the toy horse in the sand and said it was "
    "\"Grandpa {NAME:Joe}\". Mom {NAME:Tessa} reports the funeral was at "
    "{ORGANIZATION:Ballard-Durand} on {DATE:Saturday the 7th}.",
    "Telehealth from {LOCATION:Anchorage}; client {NAME:Nanuq} joined from his aunt's in "
    "{LOCATION:Bethel}. Discussed his job with {ORGANIZATION:Alaska Airlines} cargo and the "
    "drinking at the {ORGANIZATION:Pioneer Bar}. Next: {DATE:12/8} 10 am.",
    "MSE: alert, oriented x3. {NAME:Will} was guarded; would not discuss {NAME:Hope}. Says he "
    "will try. Reports he moved back in with his parents on {LOCATION:Juniper Court} after the "
    "lease at {ORGANIZATION:Willow Creek Apartments} ended.",
    "Med check: {NAME:Ms. Ileana Moraru} tolerating lithium 600 mg; level 0.7 on {DATE:11/20} "
    "drawn at {ORGANIZATION:Quest} in {LOCATION:Skokie}. Works at {ORGANIZATION:Northshore "
    "Glenbrook} as a unit secretary.",
    "CBT: thought record about a text from her ex {NAME:Brayden}: \"I saw you at Kroger with "
    "him\". Automatic thought: \"he's watching me\". Evidence reviewed. She filed for a "
    "protective order in {ORGANIZATION:Franklin County Municipal Court}, case {OTHER_ID:2026 CV "
    "018832}.",
    "Termination summary: {NAME:Lorenzo} completed 16 sessions of CPT. PCL-5 54 to 22. He is "
    "moving to {LOCATION:Tucson} for a job at {ORGANIZATION:Raytheon} starting {DATE:January "
    "4}. Records release to {NAME:Dr. Ana Villalobos}, fax {FAX:520-555-0107}.",
    "Family session: Grandma {NAME:June} (custodial) and {NAME:Tyler} (12). {NAME:Tyler}'s "
    "father {NAME:Rusty} is at {ORGANIZATION:FCI Terre Haute}. {NAME:Tyler} wrote him a letter "
    "in session.",
    "Note: {NAME:Faith} (client's daughter, 15) attended. Faith-based coping discussed; client "
    "attends {ORGANIZATION:Hope Community Church} in {LOCATION:Moline}. Grace, gratitude and "
    "hope as values.",
]


SPOKEN_NOTES_EIGHTEENTH_ROUND = [
    "okay this is for {NAME:latrice bowman} she got her hours back at {ORGANIZATION:fedex} at "
    "the hub in {LOCATION:memphis} but her son {NAME:kobe} got expelled from "
    "{ORGANIZATION:whitehaven high} last week",
    "client {NAME:jimmy dale} says his mama {NAME:opal} is in {ORGANIZATION:lakeshore estates} "
    "now and he can't visit because he works doubles at the {ORGANIZATION:nissan plant} in "
    "{LOCATION:smyrna}",
    "{NAME:deacon harris} from {ORGANIZATION:mount olive missionary baptist} called about "
    "{NAME:terrell} who stopped coming to service after the funeral on {DATE:october the eighth}",
    "session with {NAME:anna grace} she's a nursing student at {ORGANIZATION:belmont} and her "
    "roommate {NAME:kenzie} found her cutting in the bathroom at their place on "
    "{LOCATION:twelfth avenue south}",
    "client {NAME:marcus} reports his girlfriend {NAME:shay} took out a warrant on him at the "
    "{ORGANIZATION:shelby county} jail and his court date is {DATE:december second}",
    "{NAME:bo} is {AGE_OVER_89:ninety four} and still farms outside {LOCATION:tupelo} his "
    "granddaughter {NAME:callie} brought him in because he keeps talking about his brother "
    "{NAME:hollis} who died in korea",
    "okay {NAME:priya raman} works at {ORGANIZATION:bank of america} uptown in "
    "{LOCATION:charlotte} she's having panic attacks in the parking deck her husband "
    "{NAME:vikram} travels every week",
    "client {NAME:destiny} says the caseworker from {ORGANIZATION:mecklenburg county dss} came "
    "out to the apartment at the {ORGANIZATION:vue} and her daughter {NAME:nevaeh} wasn't in "
    "school",
    "{NAME:hunter} got his dui on {LOCATION:glenwood avenue} in {LOCATION:raleigh} after "
    "leaving the {ORGANIZATION:pour house} his dad {NAME:rick} is a cop in {LOCATION:cary}",
    "client {NAME:felicia} is a cna at {ORGANIZATION:brookdale} in {LOCATION:murfreesboro} she "
    "says her supervisor {NAME:brandy} writes her up for everything",
    "{NAME:trey} is back at {ORGANIZATION:cumberland heights} for the third time his mom "
    "{NAME:lynette} can be reached at {PHONE:six one five five five five zero one four eight}",
    "session with {NAME:kim} and {NAME:darnell washington} about their son {NAME:dj} he's in "
    "the juvenile detention center in {LOCATION:jackson} since {DATE:the fourteenth}",
    "client {NAME:ruthie} says her husband {NAME:earl} has been drinking at the "
    "{ORGANIZATION:vfw} in {LOCATION:greenwood} every night since he retired from "
    "{ORGANIZATION:viking range}",
    "{NAME:mary beth} teaches fourth grade at {ORGANIZATION:sugar creek elementary} and says "
    "the principal {NAME:mr pope} is pushing her out after she took fmla",
    "okay {NAME:chantel} texted that she moved in with her aunt {NAME:bernice} on "
    "{LOCATION:jefferson davis highway} and her new number is {PHONE:804 555 0116}",
    "client {NAME:luis alberto} works the line at {ORGANIZATION:tyson} in {LOCATION:monroe} and "
    "his wife {NAME:araceli} is afraid of ice coming to the plant",
    "{NAME:coach reynolds} from {ORGANIZATION:oak ridge high} says {NAME:jalen} has been "
    "sleeping in the field house and told a teammate he wants to die",
    "client {NAME:savannah} says her ex {NAME:dakota} is living in his truck behind the "
    "{ORGANIZATION:waffle house} on {LOCATION:exit twelve} and keeps calling her job at piggly "
    "wiggly",
    "{NAME:ms georgia mae} is {AGE_OVER_89:a hundred and one} and sharp as a tack her son "
    "{NAME:roosevelt} brought her from {LOCATION:selma} for the grief group",
    "client {NAME:zoe} says her best friend {NAME:madison} overdosed at a party on "
    "{LOCATION:lake norman} over {DATE:labor day weekend} and she found her",
    "{NAME:pastor jenkins} called about {NAME:willie mae} she was at {ORGANIZATION:methodist le "
    "bonheur} for three days and now she's staying with her sister in {LOCATION:olive branch}",
    "client {NAME:dustin} says his probation officer {NAME:ms crenshaw} wants him in "
    "{ORGANIZATION:new avenues} by monday or she'll file",
]


MESSAGES_SIXTH_ROUND = [
    "hey its {NAME:tasha} i cant make it thursday my car broke down on {LOCATION:broad st} can "
    "u call me at {PHONE:401-555-0172}",
    "Hi, this is {NAME:Gary Lindstrom}, {NAME:Erik}'s dad. He was admitted to "
    "{ORGANIZATION:Abbott Northwestern} last night. Please call me at {PHONE:(612) 555-0133} or "
    "email {EMAIL:glindstrom@comcast.net}.",
    "from {NAME:keisha}: my new address is {LOCATION:2209 Marigold Ln Apt 4C}, "
    "{LOCATION:Decatur} GA {LOCATION:30032}. pls update for the bills",
    "Voicemail {DATE:11/30} 4:12 pm: \"Hi it's {NAME:Dolores} from {ORGANIZATION:Walgreens} on "
    "{LOCATION:Main Street}, calling about a prior auth for {NAME:Mr. Abernathy}'s "
    "prescription, call back {PHONE:860-555-0191 ext 2}.\"",
    "{NAME:Dr. K}, sorry to bug you. {NAME:Mia} had a rough night, her dad showed up at "
    "{ORGANIZATION:Jefferson Middle} again. Can we do Tues at 4? - {NAME:Rachel}",
    "text from {NAME:bryce}: yo im at {ORGANIZATION:st joes} er they want to keep me tell "
    "{NAME:dr fischer} i cant come tmrw",
    "Portal message: I need a letter for my landlord ({NAME:Mr. Petrosyan}, "
    "{ORGANIZATION:Glendale Gardens Apartments}) about my emotional support dog, Biscuit. My "
    "DOB is {DATE:3/14/1991}. Thanks, {NAME:Anahit}",
    "hi this is {NAME:jen} {NAME:tyler}s mom he got in a fight at {ORGANIZATION:lincoln "
    "elementary} and they want a note from u by friday",
    "Email: Subject: records request. Please send my records to {NAME:Dr. Samantha Ortiz} at "
    "{ORGANIZATION:Valley Psychiatry}, fax {FAX:915-555-0166}. Name {NAME:Ricardo Salinas}, DOB "
    "{DATE:07/22/1979}.",
    "Mom here lol jk its {NAME:Hannah}. running late, stuck behind a wreck on {LOCATION:I-35} "
    "near {LOCATION:Georgetown}, b there in 15",
    "Message left by {NAME:Officer Dugan}, {ORGANIZATION:Wilmington PD}, badge {OTHER_ID:4471}, "
    "re: welfare check on client at {LOCATION:17 Orchard Ct}. Callback {PHONE:910-555-0104}.",
    "hey its {NAME:marco} i got the job at {ORGANIZATION:costco} in {LOCATION:san marcos}!! "
    "starting {DATE:the 9th} so i need evening appts now",
    "From {EMAIL:sunny.kaur88@gmail.com}: Hi, my husband's insurance changed to "
    "{ORGANIZATION:Aetna}, member ID {HEALTH_PLAN:W2240918833}. Can you update before {DATE:Dec "
    "10}? {NAME:Sunny}",
    "text: grandma passed this morning at {ORGANIZATION:hospice of the valley} i dont know what "
    "to do - {NAME:lexi}",
    "Hi {NAME:Lauren}, it's {NAME:Patrice} from {ORGANIZATION:Second Chance Recovery}. "
    "{NAME:Devin} relapsed over the weekend and is back in detox at {ORGANIZATION:Valley Hope} "
    "in {LOCATION:Parker}.",
    "Voicemail: \"this is {NAME:ernestine wallace} calling for my grandson {NAME:jamarcus} his "
    "appointment on {DATE:the 18th} i need to change it, my number is {PHONE:504 555 0129} "
    "thank you baby\"",
]


INTAKE_FORMS_FIFTH_ROUND = [
    "CLIENT INFORMATION\nName: {NAME:Rosalind T. Achterberg}\nPreferred name: {NAME:Roz}\nDOB: "
    "{DATE:08/30/1958}\nAddress: {LOCATION:77 Tamarack Dr}, {LOCATION:Marquette}, MI "
    "{LOCATION:49855}\nCell: {PHONE:906-555-0150}\nEmail: {EMAIL:roz.achterberg@gmail.com}",
    "Emergency contact: {NAME:Pieter Achterberg} (husband) {PHONE:906-555-0151}\nEmployer: "
    "{ORGANIZATION:Northern Michigan University}\nOccupation: librarian\nReferred by: {NAME:Dr. "
    "Helen Kowalski}, {ORGANIZATION:UP Health System}",
    "INSURANCE\nPrimary: {ORGANIZATION:Priority Health}\nMember ID: "
    "{HEALTH_PLAN:PH33981024}\nGroup #: {HEALTH_PLAN:00418822}\nSubscriber: {NAME:Pieter "
    "Achterberg}, DOB {DATE:01/04/1956}",
    "Reason for seeking services: \"My sister {NAME:Marit} died in {DATE:June} and I can't stop "
    "crying at work.\"\nPrevious treatment: saw {NAME:Carol Ness}, LMSW at "
    "{ORGANIZATION:Pathways} in {LOCATION:Ishpeming}, 2019-2020.",
    "Child intake\nChild: {NAME:Everleigh Jo Pruitt}    Age: 9    Grade: 3\nSchool: "
    "{ORGANIZATION:Lakeview Elementary}\nTeacher: {NAME:Mrs. Abernathy}\nParent/guardian: "
    "{NAME:Krystal Pruitt} (mother), {NAME:Dale Pruitt} (stepfather)\nPediatrician: {NAME:Dr. "
    "Ofori}",
    "Household members: mother, stepfather, half-brother {NAME:Colt} (4), maternal grandmother "
    "Nana {NAME:Sue}.\nCustody: biological father {NAME:Jesse Cantrell} has every other weekend "
    "in {LOCATION:Cadillac}.",
    "SUBSTANCE USE SCREEN\nAUDIT-C: 9\nLast use: {DATE:11/28}\nPrior treatment: "
    "{ORGANIZATION:Hazelden Betty Ford} ({LOCATION:Center City}, MN), {DATE:March "
    "2021}\nSponsor: {NAME:Big Tom} {PHONE:218-555-0123}",
    "Release of information\nI, {NAME:Jamal Okoye}, authorize {ORGANIZATION:Harbor Counseling} "
    "to exchange information with {NAME:Nkechi Okoye} (wife) and Veterans Affairs ({NAME:Dr. "
    "Liu}).\nSigned {DATE:12/01/2026}",
    "Demographics\nName: {NAME:Xiomara Delgado-Pineda}\nPronouns: she/her\nLanguage: "
    "Spanish\nInterpreter: {NAME:Luz Marina Ortega} (LanguageLine)\nAddress: {LOCATION:4102 S "
    "Kedzie Ave, Apt 2}, {LOCATION:Chicago}, IL {LOCATION:60632}",
    "Safety plan contacts: 1. Aunt {NAME:Deb} {PHONE:715-555-0198}  2. {NAME:Coach Haugen} "
    "(school)  3. {ORGANIZATION:Northwest Connections} crisis line  4. 988",
    "Military history: US Army, 2003-2011, 82nd Airborne, deployed Iraq x2. Stationed at "
    "{ORGANIZATION:Fort Bragg}. VA claim # {OTHER_ID:C-28 391 447}. Service dog: Ranger.",
    "Legal: on probation through {DATE:05/2027}, PO {NAME:Ms. Ybarra}, {ORGANIZATION:Maricopa "
    "County Adult Probation}, case {OTHER_ID:CR2024-118204}.",
]


TRANSCRIBED_REPORTS_THIRD = [
    "{ORGANIZATION:ST. ELSEWHERE MEDICAL CENTER}\nDISCHARGE SUMMARY\nNAME: {NAME:KOWALCZYK, "
    "DOROTA}   UNIT NO: {MRN:338-21-04}\nADMISSION DATE: {DATE:02/11/94}   DISCHARGE DATE: "
    "{DATE:02/19/94}\nATTENDING: {NAME:LAWRENCE T. MCGOVERN}, M.D.",
    "HISTORY OF PRESENT ILLNESS: The patient is a 71-year-old woman with a history of bipolar "
    "disorder who was transferred from {ORGANIZATION:Holy Family Hospital} in "
    "{LOCATION:Methuen} after being found by her son, {NAME:Tadeusz}, wandering on "
    "{LOCATION:Route 110}.",
    "DISPOSITION: Discharged to {ORGANIZATION:Penacook Place} in {LOCATION:Haverhill}. "
    "Follow-up with {NAME:Dr. Anjali Ghosh} in 2 weeks, phone {PHONE:(978) "
    "555-0148}.\n\n{NAME:LAWRENCE T. MCGOVERN}, M.D.\n\nDD: {DATE:02/19/94}\nDT: "
    "{DATE:02/21/94}\n{NAME:LTM}:{NAME:kb}\nBatch: {OTHER_ID:48812}",
    "cc: {NAME:Anjali Ghosh}, M.D., {ORGANIZATION:Lawrence General Hospital}, {LOCATION:1 "
    "General Street}, {LOCATION:Lawrence}, MA {LOCATION:01842}",
    "Record date: {DATE:2081-03-09}\n\n{ORGANIZATION:NORTH SHORE "
    "PSYCHIATRY}\n\n{NAME:Hernandez, Luz}\nMRN: {MRN:0411273}\n\n{NAME:Ms. Hernandez} is seen "
    "today in follow-up. She reports her daughter {NAME:Marisol} was married on {DATE:2/28} and "
    "she did well at the reception despite her anxiety.",
    "She continues to work part-time at {ORGANIZATION:Salem State} in the registrar's office. "
    "Lithium level {DATE:3/2} was 0.8. Plan: continue lithium 900 mg "
    "qhs.\n\n_______________________\n{NAME:Rebecca Stahl}, MD",
    "CONSULTATION\nDATE OF CONSULTATION: {DATE:July 14, 2093}\nREFERRING PHYSICIAN: {NAME:Dr. "
    "Harold Finch}\nREASON: Depression, poor oral intake.\n{NAME:Mr. Adebayo} is a "
    "{AGE_OVER_89:91-year-old} retired machinist from {LOCATION:Lynn} who lives with his niece "
    "{NAME:Folake} at {LOCATION:44 Chatham St}.",
    "IMPRESSION: Major depressive disorder, severe, without psychotic features. Recommend "
    "sertraline 25 mg. Discussed with {NAME:Dr. Finch} and the patient's niece. Thank you for "
    "this consultation.\n{NAME:P. Oyelaran}, M.D. / {NAME:jt}\nD: {DATE:07/14/93} T: "
    "{DATE:07/15/93}",
    "OPERATIVE NOTE: ECT #6\nDate: {DATE:10/02/2090}\nPatient: {NAME:Sweeney, "
    "Colm}\nAnesthesia: {NAME:Dr. M. Castellano}\nPsychiatrist: {NAME:Dr. A. Ruiz}\nSeizure "
    "duration 42 seconds (EEG). No complications. Next treatment {DATE:10/04}.",
    "BRIEF OPERATIVE NOTE ... Patient transported to PACU in stable condition. Wife "
    "({NAME:Siobhan}) updated by phone at {PHONE:617.555.0122}.",
    "TRIAGE NOTE {DATE:3/3/2092} 14:20\n28 yo M brought in by {ORGANIZATION:Cambridge Police} "
    "after a 911 call from his roommate at {LOCATION:12 Inman Street #3}. Pt states his name is "
    "\"{NAME:Ray}\", refuses last name. Later identified as {NAME:Raymond Oduya} by his sister "
    "{NAME:Chioma} ({PHONE:857-555-0163}).",
    "PROGRESS NOTE - {ORGANIZATION:WESTBOROUGH STATE HOSPITAL}\n{DATE:June 1, 2087}\n{NAME:Mr. "
    "Plourde} remains on the unit. He attended OT and spoke with his brother {NAME:Normand} "
    "from {LOCATION:Woonsocket}. Legal: Rogers hearing scheduled {DATE:6/12} at "
    "{ORGANIZATION:Worcester District Court}.",
    "LETTER TO EMPLOYER\n{DATE:April 2, 2090}\nTo whom it may concern at {ORGANIZATION:Gorton's "
    "Seafood}:\n{NAME:Ms. Ana Paula Souza} has been under my care since {DATE:January}. She may "
    "return to work on {DATE:April 9} with no restrictions.\n{NAME:Gregory Lamb}, "
    "LICSW\n{ORGANIZATION:Cape Ann Counseling}, {LOCATION:Gloucester}",
    "Interval Hx: {NAME:Yusuf} (15) was suspended from {ORGANIZATION:Chelsea High School} on "
    "{DATE:11/7/89} for fighting. Mother {NAME:Hodan Warsame} reports he is not sleeping. "
    "Father in {LOCATION:Minneapolis}. Seen by school adjustment counselor {NAME:Mr. DeLuca}.",
]


THERAPY_DICTATIONS_FIFTH = [
    "{NAME:Harmony} came in with her grandmother {NAME:Pearl}, who is raising her since her "
    "mother went to {ORGANIZATION:MCI Framingham}. {NAME:Harmony} (11) drew the prison and a "
    "rainbow. Grief work; feelings thermometer.",
    "Session 9. {NAME:Chance} reports his boss at {ORGANIZATION:Cape Cod Lumber} in "
    "{LOCATION:Mansfield} yelled at him in front of the crew. Worked on assertiveness; "
    "role-play. He'll talk to HR.",
    "{NAME:Justice} and her mom {NAME:Raven} fought about curfew. {NAME:Justice} says "
    "{NAME:Raven}'s boyfriend {NAME:Terrell} is \"always there\". Family session next week with "
    "{NAME:Terrell} if {NAME:Raven} agrees.",
    "Client ({NAME:Autumn Reyes-Whitfield}) disclosed that her stepfather {NAME:Wade} touched "
    "her when she was 9 in {LOCATION:Lubbock}. Mandated report not required (adult client, "
    "perpetrator deceased). Trauma narrative paced slowly.",
    "{NAME:King} (he/him, 16) says kids at {ORGANIZATION:Brockton High} call him slurs. His "
    "aunt {NAME:Precious} wants to move him to {ORGANIZATION:Southeastern Regional}. Safety "
    "plan reviewed; GSA meets Thursdays.",
    "EMDR target: the house fire on {LOCATION:Ocean Avenue} in {DATE:February 2019}. SUDS 9 to "
    "3. Her brother {NAME:Sonny} died in the fire. Client ({NAME:Joy}) tolerated well; "
    "container exercise at close.",
    "{NAME:Ms. Dominguez} reports her husband {NAME:Rafa} was deported to {LOCATION:Zacatecas} "
    "in {DATE:October}. Their son {NAME:Mateo} attends {ORGANIZATION:Hiatt Magnet School}. "
    "Referred to {ORGANIZATION:Centro Las Americas} for legal help.",
    "Couples: {NAME:Drew} and {NAME:Skye} (married 6 yrs). {NAME:Skye} found texts from "
    "{NAME:Drew}'s coworker {NAME:Britt} at {ORGANIZATION:UMass Memorial}. Affair recovery "
    "model; no decision to separate.",
    "Veteran {NAME:Thaddeus Okafor}, 38, served at {ORGANIZATION:Camp Leatherneck}. Nightmares "
    "4x/week. PCL-5 61. VA claim {OTHER_ID:C-31 224 908}. Wife {NAME:Ngozi} reports he sleeps "
    "in the truck.",
    "{NAME:Honor} (7) play therapy. Built a zoo; the lion 'ate' the zookeeper. Dad "
    "{NAME:Marcus} reports she wets the bed since the move from {LOCATION:Pawtucket} to "
    "{LOCATION:Central Falls}.",
    "DBT individual. {NAME:Fern} (19) used TIPP after a fight with her girlfriend {NAME:Ocean}. "
    "Chain analysis of the burn on {DATE:11/20}. She works at {ORGANIZATION:Bobby's Burgers} on "
    "{LOCATION:Thayer Street}.",
    "ACT. {NAME:Sterling} lost his job at {ORGANIZATION:Hasbro} in {LOCATION:Pawtucket} after "
    "22 years. Values: provider, teacher. His daughter {NAME:Ivy} starts at {ORGANIZATION:URI} "
    "in {DATE:January}.",
    "Intake addendum: client's legal name {NAME:Jonathan Michael Pereira}, goes by {NAME:JJ}. "
    "Mother {NAME:Fatima Pereira} (cell {PHONE:508-555-0177}) is emergency contact. PCP "
    "{NAME:Dr. Nwosu} at {ORGANIZATION:Greater New Bedford Community Health Center}.",
    "{NAME:Grace} processed the anniversary of her son {NAME:Liam}'s overdose ({DATE:December "
    "1}). She goes to GRASP meetings at {ORGANIZATION:St. Julie's} in {LOCATION:North Dartmouth}.",
    "{NAME:Will} says he will try to attend Tuesday's group. His probation officer {NAME:Ms. "
    "Santos} needs attendance letters; fax to {FAX:508-555-0109}.",
    "Telehealth: {NAME:Dawn} joined from her car outside {ORGANIZATION:Stop & Shop} on "
    "{LOCATION:Dartmouth Street}. Discussed her ex {NAME:Kyle}'s threats; 209A hearing "
    "{DATE:12/10} at {ORGANIZATION:New Bedford District Court}.",
]


SPOKEN_NOTES_NINETEENTH_ROUND = [
    "okay this is {NAME:yesenia batista} from {LOCATION:washington heights} her son "
    "{NAME:elvin} got jumped on the a train platform at {LOCATION:one eighty one} and now he "
    "won't leave the apartment",
    "client {NAME:mr goldfarb} is {AGE_OVER_89:ninety three} lives alone in {LOCATION:co-op "
    "city} his daughter {NAME:rivka} calls from {LOCATION:teaneck} every morning and he hangs "
    "up on her",
    "session with {NAME:kwame} he drives for access-a-ride out of the depot in {LOCATION:long "
    "island city} and a passenger accused him of stealing her wallet",
    "{NAME:dolores} says her super {NAME:manny} won't fix the heat at {LOCATION:four ten east "
    "one forty ninth} and her grandson {NAME:jayden} has asthma she's calling three one one",
    "client {NAME:sean patrick} works for {ORGANIZATION:con ed} on the night crew and his wife "
    "{NAME:maureen} found the bottles in the garage in {LOCATION:breezy point}",
    "{NAME:priyanka} is a resident at {ORGANIZATION:elmhurst} and hasn't slept in two days her "
    "mother {NAME:sunita} wants her to come home to {LOCATION:edison}",
    "client {NAME:tyrell} says his parole officer in the {LOCATION:bronx} is {NAME:mr vasquez} "
    "and he has to report every other tuesday at nine",
    "okay next {NAME:ruthanne} from {LOCATION:massapequa} her husband {NAME:vinny} was laid off "
    "from {ORGANIZATION:grumman} years ago and now he's drinking at the {ORGANIZATION:nutty "
    "irishman} every night",
    "{NAME:ms adeyemi} called her son {NAME:tunde} was taken to {ORGANIZATION:kings county} "
    "last night after he threatened his roommate at their place on {LOCATION:flatbush avenue}",
    "client {NAME:mei} says her boss at the nail salon on {LOCATION:main street} in "
    "{LOCATION:flushing} takes half her tips and her visa is through {ORGANIZATION:golden star "
    "nails}",
    "{NAME:father okonkwo} from {ORGANIZATION:st. brigid's} referred {NAME:chiamaka} she's been "
    "crying since her baby was removed by {ORGANIZATION:acs}",
    "client {NAME:louie} is a sanitation worker in {LOCATION:staten island} and was injured on "
    "the job {DATE:august twelfth} comp claim number is {OTHER_ID:W C one two four four nine "
    "eight}",
    "grandma {NAME:esperanza} is raising {NAME:nayeli} and {NAME:kevin} in {LOCATION:paterson} "
    "since their mom {NAME:jackie} went to {ORGANIZATION:edna mahan} for two years",
    "client {NAME:dmitri} says the guys at the {LOCATION:brighton beach} banya keep pushing "
    "vodka on him he's forty days sober today",
    "okay {NAME:shaniqua} is a bus driver for nj transit out of the {ORGANIZATION:hilton "
    "garage} in {LOCATION:maplewood} and a passenger spit on her {DATE:last thursday}",
    "{NAME:coach delgado} at {ORGANIZATION:st. raymond's} says {NAME:jonathan} has been missing "
    "practice and smelled like weed his mom {NAME:ana} doesn't believe it",
    "client {NAME:bernadette} says her sister {NAME:colleen} from {LOCATION:rockaway} stopped "
    "talking to her after their mother's funeral at {ORGANIZATION:st. camillus} in {DATE:june}",
    "{NAME:hector} got evicted from the {ORGANIZATION:marcy houses} and is staying at the "
    "{ORGANIZATION:bedford atlantic armory} shelter his caseworker is {NAME:ms pryce}",
    "client {NAME:naomi} is a nurse at {ORGANIZATION:hackensack meridian} and her husband "
    "{NAME:ari} wants to move to {LOCATION:lakewood} to be closer to his parents",
    "tio {NAME:beto} is watching the kids while {NAME:marisol} works doubles at the "
    "{ORGANIZATION:cheesecake factory} in {LOCATION:paramus}",
]


GROUP_AND_FAMILY_NOTES_THIRD = [
    "Men's anger group (8 present). {NAME:Rocco} shared about his daughter {NAME:Gianna}'s "
    "graduation from {ORGANIZATION:Bishop Hendricken}. {NAME:T.J.} left early. {NAME:Big Lou} "
    "and {NAME:Fernando} role-played a time-out.",
    "Family session: the {NAME:Abernathys}. Mom ({NAME:Colleen}) says {NAME:Declan} (14) "
    "punched a hole in the wall after losing his phone. Dad ({NAME:Rory}) works nights at "
    "{ORGANIZATION:UPS Worldport} in {LOCATION:Louisville}.",
    "Grief group, week 4. Present: {NAME:Marjorie}, {NAME:Hal}, {NAME:Deb K.}, {NAME:Deb S.}, "
    "{NAME:Luis}. {NAME:Hal} brought a photo of his wife {NAME:June} at {LOCATION:Hampton Beach}.",
    "Parent session with {NAME:Ms. Kaur} re: {NAME:Arjun} (8). Teacher {NAME:Mrs. Delahunt} at "
    "{ORGANIZATION:Memorial Elementary} reports hitting. Plan: behavior chart; call school "
    "psych {NAME:Dr. Fenwick}.",
    "Adolescent DBT group: {NAME:Kenzie}, {NAME:Ava R.}, {NAME:Brooklyn}, {NAME:Jax}. "
    "{NAME:Brooklyn} reported urges after seeing her ex {NAME:Mason} at {ORGANIZATION:Emerald "
    "Square Mall}.",
    "Couples: {NAME:Lorraine} and {NAME:Dennis O'Malley}. {NAME:Dennis} retired from "
    "{ORGANIZATION:Boston Fire} in {DATE:March}; {NAME:Lorraine} says he's \"underfoot\". They "
    "spend winters with her sister in {LOCATION:Naples}.",
    "Family meeting at {ORGANIZATION:Hebrew SeniorLife} with {NAME:Mrs. Feldman} "
    "({AGE_OVER_89:96}), son {NAME:Howard}, daughter-in-law {NAME:Ellen}. Discussed moving to "
    "memory care.",
    "Recovery group: {NAME:Shawn} celebrated 1 year; his sponsor {NAME:Mikey D} was there. "
    "{NAME:Crystal} relapsed after a fight with her mom in {LOCATION:Somerset}. {NAME:Jose} got "
    "a job at {ORGANIZATION:Acushnet Company}.",
    "Sibling session: {NAME:Amaya} (10) and {NAME:Zion} (7). Their father {NAME:Jamal} is "
    "deployed to {ORGANIZATION:Camp Arifjan}. {NAME:Zion} drew the plane.",
    "Family therapy (structural). Grandmother {NAME:Lucille} holds the power; mother "
    "{NAME:Tanya} and her boyfriend {NAME:Keith} are peripheral. {NAME:Lucille}'s church, "
    "{ORGANIZATION:Bethel AME}, is her support.",
    "Women's trauma group: {NAME:Faith}, {NAME:Hope}, {NAME:Angel}, {NAME:Destiny}, "
    "{NAME:Grace}. {NAME:Angel} disclosed her ex {NAME:Rico} is out of {ORGANIZATION:Bristol "
    "County House of Correction} on {DATE:12/15}.",
    "Multi-family group at {ORGANIZATION:Gosnold}: the {NAME:Pereiras}, the {NAME:Lopes} "
    "family, and {NAME:Ms. Whitcomb}. Topic: enabling. {NAME:Mr. Pereira} cried talking about "
    "his son {NAME:Adam}'s overdose on {DATE:Labor Day}.",
    "Parenting group (Circle of Security). {NAME:Keisha} brought her baby {NAME:Nova}. "
    "{NAME:Alyssa}'s toddler {NAME:Bentley} stays with her mom in {LOCATION:Wareham} while she "
    "works at {ORGANIZATION:Walmart} in {LOCATION:Dartmouth}.",
    "Family session: {NAME:Sofia} (16, she/her) came out to her parents {NAME:Miguel} and "
    "{NAME:Ana Reyes}. {NAME:Miguel} left the room. {NAME:Sofia} plans to stay with her aunt "
    "{NAME:Lupe} in {LOCATION:Taunton} if needed.",
]


SPOKEN_NOTES_TWENTIETH_ROUND = [
    "okay this is for {NAME:shanice wallace} she lives in {LOCATION:chatham} on the south side "
    "and her son {NAME:demetrius} got shot outside the {ORGANIZATION:jewel} on {LOCATION:eighty "
    "seventh street} she's been on the couch since",
    "client {NAME:bogdan} works second shift at {ORGANIZATION:ford rouge} in "
    "{LOCATION:dearborn} and his wife {NAME:halina} wants to move back to {LOCATION:hamtramck} "
    "near her sister",
    "session with {NAME:marquita} she's a cna at {ORGANIZATION:froedtert} and her boyfriend "
    "{NAME:dre} took her car to {LOCATION:racine} and didn't come back for three days",
    "{NAME:mr o'malley} is {AGE_OVER_89:ninety one} and lives at the {ORGANIZATION:clare} "
    "downtown his son {NAME:kevin} says he keeps calling the front desk about his wife "
    "{NAME:peg} who died in {DATE:april}",
    "client {NAME:tamika} says her landlord on {LOCATION:shaker boulevard} won't return her "
    "deposit and her caseworker at {ORGANIZATION:cuyahoga county} job and family services is "
    "{NAME:ms kowalski}",
    "{NAME:lil man} that's what his grandma {NAME:ruby} calls him is eleven and got suspended "
    "from {ORGANIZATION:vashon} for bringing a knife",
    "client {NAME:jerome} is a driver for {ORGANIZATION:indygo} and got assaulted on the red "
    "line near {LOCATION:broad ripple} he's having flashbacks",
    "okay {NAME:katie} says her mom {NAME:deb} is in {ORGANIZATION:st. vincent's} on "
    "{LOCATION:eighty sixth} after the overdose and her dad {NAME:larry} won't visit",
    "session with {NAME:alejandra} and her daughter {NAME:xochitl} the school social worker at "
    "{ORGANIZATION:benito juarez} called dcfs about bruises",
    "client {NAME:walt} retired from {ORGANIZATION:anheuser busch} and now sits at the "
    "{ORGANIZATION:venice cafe} on {LOCATION:pestalozzi} drinking every afternoon",
    "{NAME:reverend mitchell} from {ORGANIZATION:greater new hope} called about {NAME:antoine} "
    "he's been sleeping in his car behind the church on {LOCATION:natural bridge}",
    "client {NAME:hannah} is a sophomore at {ORGANIZATION:marquette} and her roommate "
    "{NAME:olivia} found her journal about wanting to die",
    "okay next {NAME:daryl} from {LOCATION:gary} lost his job at {ORGANIZATION:us steel} and "
    "his wife {NAME:angela} works at the {ORGANIZATION:horseshoe} casino in {LOCATION:hammond} "
    "nights",
    "{NAME:ms fatima said} called from {LOCATION:dearborn heights} her son {NAME:ali} is at "
    "{ORGANIZATION:beaumont} after a panic attack at his job at {ORGANIZATION:lear}",
    "client {NAME:tyrone} says the guys at the barbershop on {LOCATION:seven mile} keep "
    "bringing up his brother {NAME:marcus} who died in {DATE:march}",
    "{NAME:grace} and {NAME:hope} the twins are nine and their dad {NAME:brian} has them every "
    "other weekend in {LOCATION:naperville}",
    "client {NAME:lupe} cleans offices for {ORGANIZATION:abm} at night in the {LOCATION:loop} "
    "and her supervisor {NAME:ricky} keeps touching her",
    "{NAME:mr pham} owns the nail salon on {LOCATION:lafayette avenue} in {LOCATION:grand "
    "rapids} and his wife {NAME:lan} says he hasn't slept since the robbery on {DATE:the third}",
]


EVALUATION_REPORTS_SECOND = [
    "PSYCHOLOGICAL EVALUATION\nName: {NAME:Ezekiel \"Zeke\" Whitcomb}\nDOB: {DATE:04/18/2013}   "
    "Age: 13\nDates of evaluation: {DATE:11/3/2026}, {DATE:11/10/2026}\nReferral source: "
    "{NAME:Ms. Pauline Drummond}, school psychologist, {ORGANIZATION:Hillcrest Middle School}",
    "Background: {NAME:Zeke} lives with his mother, {NAME:Tara Whitcomb}, and his stepfather, "
    "{NAME:Gus Lanier}, in {LOCATION:Ypsilanti}. His biological father, {NAME:Dale Whitcomb}, "
    "is incarcerated at {ORGANIZATION:Jackson State Prison}.",
    "Tests administered: WISC-V, WIAT-4, BASC-3 (parent: {NAME:Ms. Whitcomb}; teacher: "
    "{NAME:Mr. Abernathy}), CDI-2, Conners 4. Full Scale IQ 94.",
    "Collateral: {NAME:Dr. Renata Guzman} (pediatrician, {ORGANIZATION:IHA Ypsilanti "
    "Pediatrics}) reports a history of ADHD diagnosed at age 7. Records from {ORGANIZATION:Mott "
    "Children's Hospital} (2021) were reviewed.",
    "Summary: {NAME:Zeke} is a bright, anxious boy whose reading is below grade level. "
    "Recommend an IEP meeting with {ORGANIZATION:Ypsilanti Community Schools} and individual "
    "therapy with {NAME:Kendra Oyelowo}, LMSW.",
    "NEUROPSYCHOLOGICAL SCREENING\nPatient: {NAME:Harriet Lindqvist}, {AGE_OVER_89:92}, retired "
    "schoolteacher from {LOCATION:Duluth}.\nReferred by {NAME:Dr. Soren Amundsen} "
    "({ORGANIZATION:Essentia Health}) for memory decline.\nMoCA 19/30. Her daughter "
    "{NAME:Ingrid} ({PHONE:218-555-0134}) attended.",
    "CUSTODY EVALUATION (court-ordered)\n{ORGANIZATION:Hennepin County Family Court}, file "
    "{OTHER_ID:27-FA-26-4471}\nParents: {NAME:Jordan Ellis} (father) and {NAME:Marisol Ellis} "
    "(mother). Children: {NAME:Avery} (8) and {NAME:Wren} (5).\nHome visits on {DATE:10/14} and "
    "{DATE:10/21}.",
    "Father lives at {LOCATION:3319 Bryant Ave S}, {LOCATION:Minneapolis}; mother has moved "
    "with the children to her parents' home in {LOCATION:Edina}. {NAME:Avery}'s teacher, "
    "{NAME:Mrs. Okafor} at {ORGANIZATION:Lake Harriet Community School}, reports she cries at "
    "drop-off.",
    "DISABILITY EVALUATION for SSA\nClaimant: {NAME:Darnell Hopkins}   SSN: "
    "{SSN:xxx-xx-4471}\nClaim #: {OTHER_ID:DDS-0921-55813}\n{NAME:Mr. Hopkins} worked 14 years "
    "at {ORGANIZATION:Tyson Foods} in {LOCATION:Noel}, MO until a crush injury in 2023.",
    "FITNESS FOR DUTY EVALUATION\nEmployee: {NAME:Officer Brianna Castellanos}, badge "
    "{OTHER_ID:3312}, {ORGANIZATION:San Antonio Police Department}\nRequested by: {NAME:Lt. "
    "Raymond Okoro}, Internal Affairs\nDate: {DATE:December 2, 2026}",
]


SPOKEN_NOTES_TWENTY_FIRST_ROUND = [
    "okay session with {NAME:caitlyn moreau} she's back living with her dad {NAME:gerard} in "
    "{LOCATION:lewiston} after the breakup with {NAME:tyler} and she started at "
    "{ORGANIZATION:central maine medical} as a unit secretary",
    "client {NAME:abdullahi} drives for lyft nights in {LOCATION:portland} and his wife "
    "{NAME:hawa} is pregnant with their fourth they're behind on rent at {ORGANIZATION:riverton "
    "park}",
    "nana {NAME:bea} is {AGE_OVER_89:ninety five} and client is her only caregiver in "
    "{LOCATION:st. johnsbury} her brother {NAME:wayne} in {LOCATION:burlington} won't help",
    "session with {NAME:jaxson} he's sixteen and got caught vaping at {ORGANIZATION:mount "
    "abraham} his mom {NAME:crystal} took his truck keys",
    "client {NAME:rosalie} says her husband {NAME:armand} fell through the ice on "
    "{LOCATION:lake memphremagog} in {DATE:january} and she still dreams about it",
    "{NAME:kyle} is a lineman for {ORGANIZATION:green mountain power} and got called out for "
    "the storm on {DATE:thanksgiving} his girlfriend {NAME:brianna} left him that weekend",
    "okay {NAME:destiny} texted she's staying at the {ORGANIZATION:howard center} crisis bed "
    "and her worker is {NAME:jen} her number there is {PHONE:eight oh two five five five zero "
    "one eight three}",
    "client {NAME:luc} works at the {ORGANIZATION:ben and jerry's} plant in "
    "{LOCATION:waterbury} and his supervisor {NAME:steph} keeps scheduling him on sundays",
    "{NAME:mrs pelletier} called her son {NAME:marc} was picked up by {ORGANIZATION:barre city "
    "police} outside the {ORGANIZATION:wayside} and he's at {ORGANIZATION:central vermont "
    "medical center}",
    "client {NAME:skye} reports her partner {NAME:river} moved out to {LOCATION:brattleboro} "
    "and took the dog moose she is heartbroken",
    "session with {NAME:ezra goldstein} he's a junior at {ORGANIZATION:bowdoin} and failed his "
    "organic chem midterm his dad {NAME:saul} is a surgeon at {ORGANIZATION:maine med}",
    "client {NAME:tammy} got a dui on {LOCATION:route seven} near {LOCATION:bennington} after "
    "her shift at price chopper court is {DATE:december eleventh}",
    "{NAME:old joe} that's what the guys at the shop call him is seventy eight and still plows "
    "for the town of {LOCATION:hardwick}",
    "client {NAME:amara} says her cousin {NAME:chidi} is visiting from {LOCATION:enugu} and "
    "staying in their apartment on {LOCATION:pine street}",
    "okay {NAME:hunter} from {LOCATION:rutland} says his probation officer {NAME:mr beaudoin} "
    "found a pipe in his car he's scared he'll go back to {ORGANIZATION:marble valley}",
    "client {NAME:willow} is nineteen and works at the co-op in {LOCATION:middlebury} her mom "
    "{NAME:heather} is sober eleven years",
    "{NAME:pastor dave} from {ORGANIZATION:calvary chapel} referred {NAME:jolene} whose husband "
    "{NAME:rick} died in the logging accident near {LOCATION:island pond}",
    "client {NAME:bao} says his mother {NAME:thuy} is in the {ORGANIZATION:converse home} and "
    "doesn't recognize him anymore",
]


TYPED_NOTES_SEVENTH_ROUND = [
    "CBT session 7. {NAME:Mackenzie} identified the thought \"{NAME:Logan} hates me\" after her "
    "boyfriend didn't text back. Evidence for/against. She will try behavioral activation: walk "
    "at {LOCATION:Wompatuck State Park} with her sister {NAME:Ashlyn}.",
    "{NAME:Mr. Castellano} reports his wife {NAME:Gina} was diagnosed with ALS in "
    "{DATE:September}. He is her caregiver and works remotely for {ORGANIZATION:Liberty "
    "Mutual}. Anticipatory grief; values clarification.",
    "EMDR: {NAME:Tamsin} targeted the assault at a party on {LOCATION:Hemenway Street} in "
    "{DATE:October 2023}. SUDS 8 to 1. The perpetrator, {NAME:Connor}, was a teammate at "
    "{ORGANIZATION:Northeastern}.",
    "Session with {NAME:Will} ({NAME:Wilhelmina}, 24, she/her). Works at {ORGANIZATION:Trader "
    "Joe's} in {LOCATION:Cambridge}. Her mother {NAME:Birgit} calls daily from "
    "{LOCATION:Stockholm}. Boundaries work.",
    "{NAME:Kofi} (17) says he was stopped by {ORGANIZATION:Brockton Police} walking home from "
    "{ORGANIZATION:Brockton High} on {DATE:11/18}. His mother {NAME:Ama} wants to file a "
    "complaint.",
    "DBT. {NAME:Harper} used opposite action instead of texting {NAME:Jace}. Diary card: urges "
    "3/5. She is applying to {ORGANIZATION:Emerson} and {ORGANIZATION:Berklee}.",
    "Grief: {NAME:Mrs. Baptiste} talked about her husband {NAME:Jean-Claude}, who died at "
    "{ORGANIZATION:Carney Hospital} on {DATE:August 30}. Her son {NAME:Ricardo} is flying in "
    "from {LOCATION:Port-au-Prince}.",
    "IFS. {NAME:Summer} met a firefighter part that drinks. Her dad {NAME:Gary} was a "
    "firefighter in {LOCATION:Quincy} and died of a heart attack at 52.",
    "Couples: {NAME:Andre} and {NAME:Keisha Barnes}. {NAME:Keisha} found out {NAME:Andre} had "
    "been gambling at {ORGANIZATION:Encore Boston Harbor}; they owe {ORGANIZATION:Navy Federal} "
    "$14,000.",
    "Client {NAME:Precious Okonjo} reports her landlord {NAME:Mr. Fitzgerald} entered her unit "
    "at {LOCATION:88 Boylston Street, Apt 3} without notice. Referred to {ORGANIZATION:Greater "
    "Boston Legal Services}.",
    "Motivational interviewing. {NAME:Dustin} (32) drinks 12 beers a night after shifts at "
    "{ORGANIZATION:General Dynamics} in {LOCATION:Pittsfield}. Change talk noted re: his "
    "daughter {NAME:Kaylee}.",
    "Session ended early; {NAME:Joy} had to pick up her son {NAME:Elijah} from "
    "{ORGANIZATION:Kennedy Elementary} after he was sent home for fighting. Reschedule "
    "{DATE:Thursday 12/10} 3 pm.",
    "Psychodynamic. {NAME:Dr. Feinberg} (client is a retired physician, {AGE_OVER_89:90}) spoke "
    "about his brother {NAME:Moshe}, lost in {LOCATION:Auschwitz}, and his guilt at surviving.",
    "Exposure: {NAME:Liam} rode the MBTA Red Line from {LOCATION:Alewife} to {LOCATION:Park "
    "Street} with me. Peak SUDS 75. His mom {NAME:Siobhan} met us at {LOCATION:Downtown Crossing}.",
]


LONGITUDINAL_RECORDS_THIRD = [
    "Record date: {DATE:2089-06-12}\n\n			INTERNAL MEDICINE "
    "ASSOCIATES\n			{ORGANIZATION:BAYSTATE FRANKLIN}\n\nReason for visit: f/u DM2, HTN, "
    "depression\n\nHPI: {NAME:Mr. Dubois} is a 63 yo man, retired {ORGANIZATION:Yankee Candle} "
    "warehouse supervisor, who returns for follow-up. A1c 8.9 on {DATE:5/30}.",
    "Social hx: lives in {LOCATION:Greenfield} with wife {NAME:Lorraine}. Quit smoking "
    "{DATE:2/85}. Two sons, one in {LOCATION:Springfield}, one in the Army at "
    "{ORGANIZATION:Fort Drum}.\n\nPlan: increase metformin. Sertraline 100 mg. RTC 3 "
    "mos.\n\n{NAME:Ursula T. Nkemelu}, MD\n{NAME:utn}/{NAME:ggh}",
    "Record date: {DATE:2090-01-08}\n\n{NAME:DUBOIS, ROBERT}\n{MRN:26718834}\n\nSeen today for "
    "depression worsening after the death of his brother {NAME:Armand} in {DATE:December}. "
    "PHQ-9 18. Referred to {NAME:Dr. Ilse Marchetti} at {ORGANIZATION:Clinical & Support "
    "Options}, {PHONE:413-555-0138}.",
    "Record date: {DATE:2091-11-30}\nPatient seen in the ED at {ORGANIZATION:Baystate Medical "
    "Center} {DATE:11/27} for chest pain; troponin neg. Cath at {ORGANIZATION:BMC} {DATE:11/28} "
    "- clean coronaries. Wife called {NAME:Dr. Nkemelu}'s nurse {NAME:Bridget} on {DATE:11/29} "
    "worried about his mood.",
    "Problems: CAD s/p stent ({DATE:3/2088}, {ORGANIZATION:Mass General}); OSA on CPAP (ResMed "
    "S/N {DEVICE:23151847302}); depression.\nAllergies: PCN\nSocial: works part time at "
    "{ORGANIZATION:Stop & Shop} in {LOCATION:Athol}. Daughter {NAME:Renee Gagnon} is HCP, "
    "{PHONE:(978) 555-0190}.",
    "Record date: {DATE:2092-04-17}\n{ORGANIZATION:COOLEY DICKINSON HOSPITAL}\nBEHAVIORAL "
    "HEALTH CONSULT\n\n{NAME:Dubois, Robert J.}   {MRN:CDH-0041982}\nPt is a 66 yo M admitted "
    "{DATE:4/15} with SI after his wife {NAME:Lorraine}'s stroke. Lives in "
    "{LOCATION:Northampton} now with son {NAME:Luc}.",
    "Attending: {NAME:Chaim Oberlander}, MD\nResident: {NAME:Priya Venkataraman}, MD\nDx: MDD, "
    "recurrent, severe w/o psychotic features\nDispo: {ORGANIZATION:Providence Behavioral "
    "Health Hospital}, {LOCATION:Holyoke}, when bed available.\ncc: {NAME:U. Nkemelu}, MD "
    "({ORGANIZATION:Baystate Franklin})",
    "Record date: {DATE:2093-09-02}\n\nNURSING HOME NOTE - {ORGANIZATION:Buckley HealthCare "
    "Center}\n{NAME:Yvette Dubois} ({AGE_OVER_89:93}), the patient's mother, seen for mood. "
    "Husband deceased. Visited by granddaughter {NAME:Jolie} from {LOCATION:Burlington}. "
    "Remeron 15 mg.\n{NAME:K. Asamoah}, NP",
]


NAMES_FROM_EVERYWHERE = [
    "Session with {NAME:Oksana Kovalenko} (42), who fled {LOCATION:Kharkiv} in {DATE:March "
    "2022}. Her husband {NAME:Taras} is still in Ukraine. She works at "
    "{ORGANIZATION:Market Basket} in {LOCATION:Chelmsford}.",
    "{NAME:Bishnu Gurung} (interpreter: {NAME:Pema Sherpa}) reports nightmares about the camp "
    "in {LOCATION:Beldangi}. His daughter {NAME:Sunmaya} attends {ORGANIZATION:Concord High}.",
    "client {NAME:xiadani} says her abuela {NAME:chela} raised her in {LOCATION:oaxaca} and now "
    "lives with them in {LOCATION:watsonville}",
    "{NAME:Nguyễn Thị Hoa} reports her son {NAME:Minh} stopped speaking Vietnamese at home. "
    "Husband {NAME:Trần Văn Long} works at {ORGANIZATION:Tyson} in {LOCATION:Garden City}.",
    "okay {NAME:abdirizak} says his uncle {NAME:faarax} is sending money to {LOCATION:kismayo} "
    "and he can't pay rent at {ORGANIZATION:cedar high apartments}",
    "Couples: {NAME:Wojciech} and {NAME:Agnieszka Nowak}. {NAME:Agnieszka} wants to move back "
    "to {LOCATION:Kraków}; {NAME:Wojciech} has a job at {ORGANIZATION:Amazon} fulfillment in "
    "{LOCATION:Fall River}.",
    "{NAME:Mrs. Oyelaran-Adeyemi} called about her son {NAME:Olumide}, who is at "
    "{ORGANIZATION:Howard} and stopped eating. Her number: {PHONE:(301) 555-0194}.",
    "client {NAME:siosaia} is tongan and plays rugby for {ORGANIZATION:east palo alto} his "
    "cousin {NAME:sione} got deported last month",
    "{NAME:Fatemeh Rahimi} (pronounced fah-teh-MEH) reports her brother {NAME:Reza} was "
    "arrested in {LOCATION:Tehran} in {DATE:September}. She works as a pharmacist at "
    "{ORGANIZATION:CVS} in {LOCATION:Watertown}.",
    "Teen session: {NAME:Aaliyah-Rose Washington}, goes by {NAME:Rosie}. Her mom {NAME:Tanisha} "
    "and her mom's girlfriend {NAME:Jo} came for the last 10 minutes.",
    "{NAME:Mr. Haile Gebremariam} reports his wife {NAME:Tsehay} is in {LOCATION:Addis Ababa} "
    "caring for her mother. He drives for Uber and sleeps 4 hours a night.",
    "client {NAME:keoni} says his tutu {NAME:lani} is {AGE_OVER_89:ninety three} and still "
    "lives in {LOCATION:hilo} he flies back every christmas",
    "{NAME:Ji-woo Park} (she/her) says her father {NAME:Park Sung-ho} wants her to take over "
    "the dry cleaner on {LOCATION:Fort Lee Road}. She is a senior at {ORGANIZATION:Rutgers}.",
    "{NAME:Dmitri} and his mother {NAME:Svetlana Ivanova} came together. {NAME:Svetlana} cries "
    "when talking about {NAME:Dmitri}'s father, {NAME:Sergei}, who died in {LOCATION:Brighton "
    "Beach} last winter.",
    "client {NAME:marie-ange} says her mother {NAME:rosemene} is in {LOCATION:cap-haitien} and "
    "the calls keep dropping she sends money through moncash every friday",
    "{NAME:Siddharth \"Sid\" Raghunathan}, 29, software engineer at {ORGANIZATION:Epic} in "
    "{LOCATION:Verona}. Parents {NAME:Lakshmi} and {NAME:Raghu} are pressuring him to marry.",
]


SPOKEN_NOTES_TWENTY_SECOND_ROUND = [
    "okay session with {NAME:dakota miller} she's twenty three and works the deli at "
    "{ORGANIZATION:giant eagle} in {LOCATION:butler} her boyfriend {NAME:cody} got locked up in "
    "{ORGANIZATION:allegheny county jail} on {DATE:saturday the fifth}",
    "client {NAME:ray kowalski} retired from {ORGANIZATION:bethlehem steel} and his wife "
    "{NAME:dot} has dementia she wanders toward the {LOCATION:lehigh} and he's scared she'll "
    "fall in",
    "{NAME:mrs yoder} is amish from {LOCATION:lancaster county} and came with her husband "
    "{NAME:eli} their son {NAME:jacob} was killed on {LOCATION:route thirty} by a truck",
    "client {NAME:trina} says her caseworker at {ORGANIZATION:summit county children services} "
    "is {NAME:ms hardesty} and she's supposed to get a home visit {DATE:next tuesday}",
    "{NAME:jamal} is eighteen and aged out of foster care he's staying at the "
    "{ORGANIZATION:covenant house} in {LOCATION:philly} and working at {ORGANIZATION:wawa} on "
    "{LOCATION:girard}",
    "okay {NAME:brenda} from {LOCATION:youngstown} says her son {NAME:tyler} overdosed in the "
    "bathroom at the {ORGANIZATION:eastwood mall} and {ORGANIZATION:mercy health} saved him",
    "client {NAME:lena} works nights at {ORGANIZATION:upmc presbyterian} in {LOCATION:oakland} "
    "as a tech and her manager {NAME:kris} keeps putting her on the psych unit",
    "{NAME:pap} that's what the grandkids call him is {AGE_OVER_89:ninety} and still cuts wood "
    "behind the house in {LOCATION:punxsutawney} his daughter {NAME:sherry} wants him in a home",
    "session with {NAME:nevaeh} and her foster mom {NAME:ms gloria} she's been skipping school "
    "at {ORGANIZATION:central high} and hanging out at the {ORGANIZATION:sheetz} on "
    "{LOCATION:route eight}",
    "client {NAME:joe d} says the union hall for {ORGANIZATION:local six twelve} is where he "
    "drinks after meetings his sponsor {NAME:frankie} told him to stay away",
    "{NAME:father michael} from {ORGANIZATION:st. casimir} called about {NAME:agnes} who is "
    "{AGE_OVER_89:a hundred and two} and wants to die at home",
    "client {NAME:destiny} reports she's pregnant and the father {NAME:marcus} is at "
    "{ORGANIZATION:sci huntingdon} for five years",
    "okay {NAME:skyler} says they got jumped near the {ORGANIZATION:wendy's} on {LOCATION:state "
    "street} in {LOCATION:erie} because they're trans",
    "{NAME:coach dinardo} from {ORGANIZATION:seton la salle} says {NAME:luke} told a teammate "
    "he wants to kill himself his mom {NAME:theresa} can be reached at {PHONE:four one two five "
    "five five zero one nine nine}",
    "client {NAME:hollis} is a coal miner out of {LOCATION:waynesburg} got laid off from "
    "{ORGANIZATION:consol} in {DATE:may} and his wife {NAME:tammy jo} left with the kids",
    "{NAME:sunny} says her grandma {NAME:bea} passed at {ORGANIZATION:heartland hospice} on "
    "{DATE:the twenty ninth} and the funeral is at {ORGANIZATION:mccabe's} on {DATE:thursday "
    "the third}",
]


CRISIS_LINE_NOTES_SECOND = [
    "Crisis call 23:41. Caller identified as {NAME:Jordan} (27), calling from a parked car at "
    "{LOCATION:Wachusett Reservoir}. Has a bottle of his mother's oxycodone. Active rescue: "
    "{ORGANIZATION:Clinton Police} dispatched, arrived 00:03.",
    "988 follow-up: {NAME:Ms. Delacruz} called back from {PHONE:774-555-0128}. Stated she is "
    "safe at her sister {NAME:Marisol}'s in {LOCATION:Brockton}. Safety plan reviewed.",
    "Mobile crisis to {LOCATION:41 Sagamore Road, Apt 2} for {NAME:Ethan Wills} (19). Mother "
    "{NAME:Karen} reports he punched a wall. Evaluated; sectioned under 12(a) to "
    "{ORGANIZATION:Anna Jaques Hospital}.",
    "Welfare check requested by {NAME:Dr. Nowak} for patient {NAME:Lorraine Pike}, DOB "
    "{DATE:1/9/1951}, no answer at {PHONE:978-555-0155}. {ORGANIZATION:Newburyport PD} found "
    "her asleep; safe.",
    "Text line: user \"{OTHER_ID:@bluejay_99}\" reports cutting. Location shared: "
    "{LOCATION:Amesbury}. Counselor {NAME:Tash} engaged for 47 min; user agreed to tell school "
    "nurse {NAME:Mrs. Lowe}.",
    "Chat transcript excerpt: \"my stepdad {NAME:rick} said if i tell anyone he'll kill my "
    "dog\". Reported to DCF (report #{OTHER_ID:2026-441913}). Youth lives in {LOCATION:Haverhill}.",
    "Walk-in at {ORGANIZATION:Lahey Behavioral Services}, {DATE:12/03/2026}: {NAME:Mr. Ibrahim "
    "Diallo}, 44, Fulani interpreter {NAME:Aminata Bah} via phone. Recently evicted from "
    "{LOCATION:155 Broadway, Lawrence}.",
    "Call from {NAME:Sgt. Pacheco}, {ORGANIZATION:Lowell Police}: officers with {NAME:Vanessa "
    "Ruiz} at {LOCATION:Market Basket, 160 Plain St}. She is threatening to jump from the "
    "parking garage. Clinician en route.",
]


SPOKEN_NOTES_TWENTY_THIRD_ROUND = [
    "okay this is for {NAME:mckenna jorgensen} she's a returned missionary and her bishop "
    "{NAME:brother tanner} at the {ORGANIZATION:riverton fourth ward} told her parents about "
    "the pregnancy",
    "client {NAME:colt} works on a ranch outside {LOCATION:cody} and his wife {NAME:shelby} "
    "says he's been drinking since the horse wreck in {DATE:august}",
    "session with {NAME:lupita ramos} she cleans rooms at the {ORGANIZATION:sun valley lodge} "
    "and her boss {NAME:greg} threatened to call immigration",
    "{NAME:wyatt} is a smoke jumper out of {LOCATION:missoula} and lost his buddy {NAME:travis} "
    "on the fire near {LOCATION:seeley lake} he can't sleep",
    "client {NAME:tiana} is navajo and lives in {LOCATION:blanding} her grandma {NAME:nellie} "
    "is {AGE_OVER_89:ninety two} and only speaks dine",
    "okay {NAME:ammon} from {LOCATION:rexburg} says his roommates at {ORGANIZATION:byu idaho} "
    "found his razor blades and called the dean",
    "client {NAME:jolene} says her ex {NAME:dusty} keeps showing up at the "
    "{ORGANIZATION:maverik} on {LOCATION:main} in {LOCATION:evanston} where she works",
    "{NAME:mr harrington} is {AGE_OVER_89:ninety six} and lives at {ORGANIZATION:spring creek} "
    "in {LOCATION:bozeman} his daughter {NAME:kate} says he talks about the war all day",
    "session with {NAME:kai} he's seventeen and was picked up by {ORGANIZATION:salt lake city "
    "police} at {LOCATION:liberty park} with his cousin {NAME:manu}",
    "client {NAME:hailey} says her dad {NAME:rod} got hurt at the {ORGANIZATION:kennecott} mine "
    "and now he's on pills",
    "{NAME:sister wells} from the relief society brought {NAME:emma} in she's been cutting "
    "since her mission in guatemala ended early",
    "client {NAME:beau} is a bull rider and got a tbi at the rodeo in {LOCATION:cheyenne} in "
    "{DATE:july} his girlfriend {NAME:kaycee} drives him to {ORGANIZATION:ivinson} for rehab",
    "okay next {NAME:oscar} works at {ORGANIZATION:jbs} in {LOCATION:greeley} and his daughter "
    "{NAME:daniela} is at {ORGANIZATION:unc} she wants him to see a doctor",
    "{NAME:dolores} says her son {NAME:manny} is at the {ORGANIZATION:crossroads} in "
    "{LOCATION:albuquerque} for detox and the number there is {PHONE:five oh five five five "
    "five zero one seven two}",
]


THERAPY_DICTATIONS_SIXTH = [
    "{NAME:Remy} (22) reports her roommate {NAME:Zoe} at {ORGANIZATION:Emerson} took her ADHD "
    "meds. Rx bottle labeled for {NAME:Remy Castellanos}, {ORGANIZATION:CVS} #{OTHER_ID:2214}. "
    "Discussed boundaries.",
    "Phone session. Client's cell {PHONE:617-555-0181}; email {EMAIL:dfitz.runs@gmail.com}. "
    "{NAME:Dana Fitzgerald} requested a superbill for {ORGANIZATION:Harvard Pilgrim} (member ID "
    "{HEALTH_PLAN:HPH559201734}).",
    "{NAME:Mateus} (9) and his mother {NAME:Rosângela} attended. Teacher {NAME:Ms. Pimentel} at "
    "{ORGANIZATION:Hathaway Elementary} reports he hides under the desk during fire drills "
    "since the fire at their home on {LOCATION:Acushnet Avenue} on {DATE:Oct. 14}.",
    "Session with {NAME:Hope Sullivan}. Her son {NAME:Connor} (17) got his license on "
    "{DATE:11/21} and she can't sleep when he drives. His plate is {VEHICLE:8TR 442}. Exposure "
    "hierarchy drafted.",
    "{NAME:Mr. Ferreira} reports his wife {NAME:Lurdes} died at {ORGANIZATION:St. Luke's} on "
    "{DATE:11/02/2026}. The funeral was at {ORGANIZATION:Rock Funeral Home}. He is "
    "{AGE_OVER_89:91} and lives alone at {LOCATION:12 Pleasant Street, Fairhaven}.",
    "Couples: {NAME:Neil} and {NAME:Priya Bhattacharya}. {NAME:Priya}'s mother {NAME:Kamala} "
    "moved in from {LOCATION:Kolkata} in {DATE:June}. {NAME:Neil} works at "
    "{ORGANIZATION:Moderna} in {LOCATION:Norwood}.",
    "Client {NAME:Journey Williams} (she/her) says her probation officer, {NAME:Mr. Aponte}, "
    "requires weekly letters. Docket {OTHER_ID:2633CR001198}, {ORGANIZATION:Brockton District "
    "Court}. Fax letters to {FAX:508-555-0142}.",
    "{NAME:Sawyer} (15) texted from {URL:https://discord.gg/sawyerzone} invite; handle "
    "{OTHER_ID:@sawyer.exe}. Disclosed an older man, \"{NAME:Trev}\", asked for pictures. "
    "Mandated report filed with DCF on {DATE:12/4}.",
    "{NAME:Marisol Vega-Torres} reports her landlord at {LOCATION:44 Maple Terrace, Apt 3B} "
    "turned off the heat. Her daughters {NAME:Luna} (6) and {NAME:Estrella} (4) are staying "
    "with Abuela {NAME:Carmen} in {LOCATION:Lawrence}.",
    "EMDR session 4: {NAME:Gabriel} processed the shooting at {ORGANIZATION:Frankie's Pub} on "
    "{LOCATION:Dartmouth Street} on {DATE:July 4, 2025}. SUDS 9 to 4. His fiancée {NAME:Ashley} "
    "drove him.",
]


SPOKEN_NOTES_TWENTY_FOURTH_ROUND = [
    "okay this is {NAME:guadalupe reyes} she's a farmworker in {LOCATION:delano} and her "
    "husband {NAME:chuy} got hurt at the {ORGANIZATION:sun world} packing house she's scared "
    "they'll lose the house on {LOCATION:garces highway}",
    "client {NAME:brandon} says his probation officer in {LOCATION:bakersfield} {NAME:mr "
    "villarreal} found meth in his car and he's got court at {ORGANIZATION:kern county "
    "superior} on {DATE:the eighteenth}",
    "session with {NAME:lily nguyen} she works at her parents' pho place on {LOCATION:bolsa} in "
    "{LOCATION:westminster} and her dad {NAME:tuan} hits her brother {NAME:kevin}",
    "tía {NAME:rosa} is watching the kids while {NAME:maricela} does her shifts at "
    "{ORGANIZATION:kaiser} in {LOCATION:fontana} she's a unit clerk",
    "client {NAME:deshawn} lives in {LOCATION:compton} and got jumped at the swap meet on "
    "{LOCATION:alondra} his mom {NAME:lorraine} wants him to move to {LOCATION:moreno valley}",
    "okay {NAME:armen} says his grandmother {NAME:siranush} is {AGE_OVER_89:ninety eight} and "
    "lives with them in {LOCATION:glendale} she only speaks armenian",
    "{NAME:mr okoro} is a cab driver at {LOCATION:lax} and a passenger pulled a gun on him near "
    "{LOCATION:inglewood} on {DATE:friday the seventh}",
    "client {NAME:sienna} is a junior at {ORGANIZATION:ucsb} and her roommate {NAME:mackenzie} "
    "found her unconscious in their place on {LOCATION:del playa}",
    "{NAME:pastor ruiz} from {ORGANIZATION:victory outreach} in {LOCATION:pomona} referred "
    "{NAME:gilbert} he's been clean six months and works at {ORGANIZATION:home depot} in "
    "{LOCATION:ontario}",
    "client {NAME:mai} says her son {NAME:daniel} was taken by {ORGANIZATION:fresno police} "
    "after he broke windows at {ORGANIZATION:roosevelt high}",
    "session with {NAME:jessie} they/them nineteen lives in their car at {LOCATION:venice "
    "beach} and showers at the {ORGANIZATION:ymca} on {LOCATION:lincoln}",
    "{NAME:ms haroutunian} called about her husband {NAME:vartan} he was admitted to "
    "{ORGANIZATION:adventist health glendale} after he stopped eating",
]


LETTERS_AND_FORMS_FOURTH = [
    "To: {NAME:Hon. Patricia Nwankwo}, {ORGANIZATION:Superior Court of California, County of "
    "Fresno}\nRe: {NAME:Gilbert Arce}, Case No. {OTHER_ID:F26-90211}\n{NAME:Mr. Arce} has "
    "attended weekly sessions since {DATE:May 4, 2026}.",
    "SCHOOL RELEASE OF INFORMATION\nStudent: {NAME:Xavier Okonkwo-Brown}   Grade: 8\nSchool: "
    "{ORGANIZATION:Harriet Tubman Middle School}, {LOCATION:Portland}, OR\nParent: {NAME:Adaeze "
    "Okonkwo} | {EMAIL:adaeze.ok@outlook.com} | {PHONE:971-555-0126}",
    "Dear {NAME:Ms. Lindgren}:\nThank you for referring {NAME:Henrik Aalto} (DOB "
    "{DATE:2/29/1984}). He was seen on {DATE:11/25/2026} and {DATE:12/2/2026}. Please contact "
    "me at {PHONE:(612) 555-0170 ext. 3}.\nSincerely,\n{NAME:Maya Thornquist}, PsyD",
    "EMPLOYER ACCOMMODATION LETTER\n{DATE:December 4, 2026}\n{ORGANIZATION:Meijer Distribution "
    "Center}, {LOCATION:Lansing}\nAttn: {NAME:Terry Boone}, HR\nRe: {NAME:Kelsey Dunham}, "
    "employee ID {OTHER_ID:M-448192}",
    "ESA letter. {NAME:Rafael Quiñones} has been my client since 2024. His dog, Luna, helps "
    "with panic. Landlord: {ORGANIZATION:Greystar}, {LOCATION:The Lofts at 500 Main}, "
    "{LOCATION:Hartford}, CT {LOCATION:06103}.",
    "PRIOR AUTHORIZATION\nMember: {NAME:Delphine Moreau}   DOB: {DATE:07/07/1977}\nMember ID: "
    "{HEALTH_PLAN:UHC 9920 4471 82}\nProvider NPI: {LICENSE:1447392018}\nRequested: 90837 x 12 "
    "sessions",
]


def main() -> None:
    write("spoken_notes_seventeenth_round.jsonl", "sn17", SPOKEN_NOTES_SEVENTEENTH_ROUND)
    write("clinic_records_fifth_round.jsonl", "cr5", CLINIC_RECORDS_FIFTH_ROUND)
    write("typed_notes_sixth_round.jsonl", "tn6", TYPED_NOTES_SIXTH_ROUND)
    write("spoken_notes_eighteenth_round.jsonl", "sn18", SPOKEN_NOTES_EIGHTEENTH_ROUND)
    write("messages_sixth_round.jsonl", "mg6", MESSAGES_SIXTH_ROUND)
    write("intake_forms_fifth_round.jsonl", "if5", INTAKE_FORMS_FIFTH_ROUND)
    write("transcribed_reports_third.jsonl", "trr3", TRANSCRIBED_REPORTS_THIRD)
    write("therapy_dictations_fifth.jsonl", "td5", THERAPY_DICTATIONS_FIFTH)
    write("spoken_notes_nineteenth_round.jsonl", "sn19", SPOKEN_NOTES_NINETEENTH_ROUND)
    write("group_and_family_notes_third.jsonl", "gfn3", GROUP_AND_FAMILY_NOTES_THIRD)
    write("spoken_notes_twentieth_round.jsonl", "sn20", SPOKEN_NOTES_TWENTIETH_ROUND)
    write("evaluation_reports_second.jsonl", "evr2", EVALUATION_REPORTS_SECOND)
    write("spoken_notes_twenty_first_round.jsonl", "sn21", SPOKEN_NOTES_TWENTY_FIRST_ROUND)
    write("typed_notes_seventh_round.jsonl", "tn7", TYPED_NOTES_SEVENTH_ROUND)
    write("longitudinal_records_third.jsonl", "lg3", LONGITUDINAL_RECORDS_THIRD)
    write("names_from_everywhere.jsonl", "nfe", NAMES_FROM_EVERYWHERE)
    write("spoken_notes_twenty_second_round.jsonl", "sn22", SPOKEN_NOTES_TWENTY_SECOND_ROUND)
    write("crisis_line_notes_second.jsonl", "cln2", CRISIS_LINE_NOTES_SECOND)
    write("spoken_notes_twenty_third_round.jsonl", "sn23", SPOKEN_NOTES_TWENTY_THIRD_ROUND)
    write("therapy_dictations_sixth.jsonl", "td6", THERAPY_DICTATIONS_SIXTH)
    write("spoken_notes_twenty_fourth_round.jsonl", "sn24", SPOKEN_NOTES_TWENTY_FOURTH_ROUND)
    write("letters_and_forms_fourth.jsonl", "lf4", LETTERS_AND_FORMS_FOURTH)


if __name__ == "__main__":
    main()
