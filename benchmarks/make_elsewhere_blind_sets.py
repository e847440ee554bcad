"""Write the held-out corpora from practices outside New England into benchmarks/data/. Each set
was written before it was first measured; its first figures are in the commit that added it.

    practices_across_the_country     therapy notes, typed and dictated, from other regions
    referrals_and_discharges         referral letters, discharge and hospital notes
    spoken_notes_across_the_country  dictation as speech to text writes it: lower case, few
                                     marks, numbers as words
    hospital_and_clinic_records      discharge summaries, consults, clinic and psychiatry notes
                                     in the external corpora's style
    names_in_every_form              nicknames, possessives, initials, hyphenated, multi-part
                                     and word names, in lower case too, with great ages
    forms_and_messages_elsewhere     intake forms, portal messages, voicemails, releases and
                                     billing notes, with every kind of number Safe Harbor lists
    scribed_dictations               dictation a scribe transcribed: fillers, corrections,
                                     names spelled out, numbers said both ways
    med_management_shorthand         medication- and case-management shorthand (pt, c/o, w/),
                                     clients from many countries
    lower_case_town_life             lower-case dictation naming the shops, plants, churches,
                                     bars, gyms and schools of clients' towns
    family_and_child_sessions        family, couples and play therapy: this decade's children's
                                     names, step-relatives, custody and schools
    spoken_notes_second_round        lower-case dictation written after the session's lower-case
                                     rules, to measure them on text they were not made from
    evaluations_and_school_notes     psychological, forensic and school evaluations, school
                                     counseling notes and treatment summaries
    telehealth_and_safety_notes      telehealth and safety notes with photos, handles, blogs,
                                     devices, biometrics, plates and IP addresses
    structured_progress_notes        DAP, SOAP, BIRP and GIRP notes, plans, addenda and
                                     summaries with their headers and signatures
    psychosocial_histories           family, residential, legal, trauma, military and work
                                     histories from intakes
    interpreted_and_bilingual_sessions  sessions with interpreters and in two languages, with
                                     names from many languages
    clients_own_messages             what clients and families write to the practice: texts,
                                     e-mails and letters, signed
    recovery_notes                   addiction treatment: sober houses, meetings, sponsors,
                                     medication clinics, drug court
    last_of_the_stop                 every kind above, written after every rule of the stop,
                                     to measure them as they stand

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

PRACTICES_ACROSS_THE_COUNTRY = [
    "{NAME:Deshawn} is back from his grandmother's funeral in {LOCATION:Jackson}. He missed two "
    "shifts at {ORGANIZATION:Nissan} in {LOCATION:Canton} and is worried about points. "
    "Behavioral activation plan revised; PHQ-9 17.",
    "dictation for {NAME:marisol trevino}. she came in crying, her husband {NAME:ruben} got "
    "picked up by ICE outside the {ORGANIZATION:h-e-b} on {LOCATION:nogalitos}. the kids are "
    "with her sister {NAME:yesenia}. grounding, then we called the legal aid line",
    "{NAME:Brynn Halvorsen}, 34, nurse at {ORGANIZATION:Sanford Health} in {LOCATION:Fargo}. "
    "Moral injury after the winter surge. CPT stuck point: 'I should have saved him.' Next "
    "appointment {DATE:12/9}.",
    "Couples: {NAME:Tyler} and {NAME:Kaitlyn Ostrowski}. Fight over whether to move to "
    "{LOCATION:Green Bay} for {NAME:Tyler}'s job at {ORGANIZATION:Schneider}. Gottman "
    "dreams-within-conflict exercise.",
    "teen session with {NAME:jaylen} (15). he got jumped after the game at {ORGANIZATION:north "
    "side high}. coach {NAME:hargrove} drove him home. denies SI. mom {NAME:tasha} wants him "
    "moved to {ORGANIZATION:paschal}.",
    "{NAME:Mrs. Oyelaran-Price} reports her mother, {AGE_OVER_89:94}, fell at "
    "{ORGANIZATION:Brookdale Richmond Heights} on {DATE:Thanksgiving}. Caregiver guilt; "
    "self-compassion break practiced.",
    "EMDR reprocessing of the {DATE:May 2011} tornado in {LOCATION:Joplin}. {NAME:Dakota} was "
    "at the {ORGANIZATION:Home Depot} on {LOCATION:Range Line Road} when it hit. SUD 9 to 3.",
    "{NAME:Lupe} (goes by {NAME:Lulu}) says her supervisor at {ORGANIZATION:Tyson} in "
    "{LOCATION:Springdale} keeps cutting her hours since she asked for FMLA. Assertiveness "
    "role play. Her phone changed: {PHONE:479-555-0142}.",
    "Group note. Present: {NAME:Arturo}, {NAME:Bev}, {NAME:Colton}, {NAME:Hannelore}. "
    "{NAME:Bev} shared that her son {NAME:Wade} relapsed and is at {ORGANIZATION:Valley Hope} "
    "in {LOCATION:O'Neill}. Group processed shame.",
    "IFS: {NAME:Sawyer} worked with the firefighter part that drinks after calls. He is a "
    "medic with {ORGANIZATION:Denver Health Paramedics}, station {LOCATION:Green Valley "
    "Ranch}. Unblended briefly.",
    "ct states that her ex {NAME:landon} keeps driving past her place on {LOCATION:kimberly "
    "ave} in {LOCATION:bettendorf}. protective order hearing {DATE:dec 14} at the "
    "{ORGANIZATION:scott county courthouse}. safety plan updated",
    "{NAME:Kawika} talked about leaving {LOCATION:Hilo} for the Navy at 18 and "
    "never going home. His tutu {NAME:Leilani} is sick. ACT values card sort; family and "
    "land.",
    "Psychodynamic. {NAME:Evangeline} returned to her memory of her father's hardware store, "
    "{ORGANIZATION:Thibodeaux & Sons}, in {LOCATION:Houma}, and the flood that closed it in "
    "{DATE:2005}. Transference: she apologised for being late, again.",
    "{NAME:Nkechi} wants a letter for her employer, {ORGANIZATION:Cerner}, about a reduced "
    "schedule. Member ID {HEALTH_PLAN:XJH884120573}. Fax letter to HR at {FAX:816-555-0177}.",
    "phone session. {NAME:gus} is at his daughter's in {LOCATION:boise} through "
    "{DATE:new year's}. he drank twice. urge surfing. he'll try the {ORGANIZATION:alano club} "
    "on {LOCATION:state street}",
    "{NAME:Xiomara} (they/them), 22, student at {ORGANIZATION:UC Davis}. Roommate "
    "{NAME:Priyanka} found them after an overdose on {DATE:November 30}; seen at "
    "{ORGANIZATION:Sutter Davis Hospital}. Chain analysis started.",
    "DBT individual. {NAME:Harlow} was fired from {ORGANIZATION:Starbucks} on {LOCATION:Pearl "
    "Street} after yelling at a customer. Used opposite action afterward. Diary card urges "
    "4/5.",
    "{NAME:Mr. Begay} talked about his late wife {NAME:Loretta} and the trading post they ran "
    "near {LOCATION:Kayenta}. He is {AGE_OVER_89:92} and lives with his grandson "
    "{NAME:Darrell} in {LOCATION:Flagstaff}.",
    "Client {NAME:Annika} reports her boss, {NAME:Dr. Feldstein}, at {ORGANIZATION:Mayo} "
    "criticised her in rounds. Cognitive restructuring. Email for worksheets: "
    "{EMAIL:annika.l.strand@example.net}.",
    "session w/ {NAME:roxanne}. her brother {NAME:dale} is in {ORGANIZATION:parchman} and "
    "calls collect every sunday. she can't afford it. grief for the brother she had. "
    "next visit {DATE:12/16}",
    "{NAME:Odalys Figueroa}, DOB {DATE:7/19/1988}, lives at {LOCATION:4410 NW 7th St, Apt "
    "212}, {LOCATION:Miami}, {LOCATION:FL 33126}. Referred by {ORGANIZATION:Jackson Memorial} "
    "after a panic presentation.",
    "Play therapy, {NAME:Beau} (6). Mom {NAME:Crystal} says preschool at {ORGANIZATION:First "
    "Baptist Learning Center} asked her to pick him up early three times. Sand tray: a volcano.",
]

REFERRALS_AND_DISCHARGES = [
    "DISCHARGE SUMMARY. Patient: {NAME:Harold T. Eckstrom}. MRN: {MRN:4471920}. Admitted "
    "{DATE:11/18/2026}, discharged {DATE:11/24/2026}. Attending: {NAME:Samuel Adeyemi}, MD. "
    "Follow up with {NAME:Dr. Liang} at {ORGANIZATION:Froedtert Behavioral Health} in one week.",
    "Referral: Dear {NAME:Dr. Kirschbaum}, I am referring {NAME:Ms. Renata Oliveira} (DOB "
    "{DATE:03/08/1979}) for neuropsychological testing. She works as a paralegal at "
    "{ORGANIZATION:Baker Botts} in {LOCATION:Houston}. Sincerely, {NAME:Megan Castellano}, "
    "LPC.",
    "Pt is a {AGE_OVER_89:91} yo man from {LOCATION:Dubuque} brought by EMS from "
    "{ORGANIZATION:Stonehill Care Center} with acute confusion. Son {NAME:Gary} at bedside. "
    "Psych consulted for capacity.",
    "ED note {DATE:12/01/26} 0312. 27F, {NAME:Kassandra Yazzie}, presents after ingestion "
    "of 20 tabs of APAP. Boyfriend {NAME:Tre} called 911 from {LOCATION:2207 Alameda Dr}. "
    "Poison control case {OTHER_ID:PC-26-0449817}.",
    "Hospital course: {NAME:Mr. Villalobos} was placed on a 72-hour hold at {ORGANIZATION:St. "
    "Joseph's Behavioral Health Center} ({LOCATION:Stockton}). Social work contacted his "
    "employer, {ORGANIZATION:Amazon} {ORGANIZATION:SCK4}, regarding leave.",
    "CONSULT. Requested by {NAME:Dr. Oduya}. 64 y/o veteran, {NAME:Lamar Whitlock}, SSN "
    "{SSN:412-55-8830}, Vietnam era, lives alone in {LOCATION:Murfreesboro}. Admits to "
    "drinking a fifth daily.",
    "Transition of care: {NAME:Aubree Lindqvist}, 17, discharged to {ORGANIZATION:Rogers "
    "Behavioral Health} residential in {LOCATION:Oconomowoc}. Mother {NAME:Sigrid} is legal "
    "guardian; cell {PHONE:(262) 555-0119}.",
    "Letter of support. {NAME:Ignacio Reyes-Montoya} has attended weekly psychotherapy with "
    "me since {DATE:February 2025} at {ORGANIZATION:Sangre de Cristo Counseling}, "
    "{LOCATION:1200 Cerrillos Road}, {LOCATION:Santa Fe}. {NAME:Ruth Abernathy}, LCSW.",
    "Progress note (inpatient). {NAME:Winona} slept 6 h. Attended group. Visited by her aunt "
    "{NAME:Pearl Sixkiller}. Plan: discharge {DATE:Friday 12/4} to home in {LOCATION:Tahlequah}.",
    "Intake packet received by fax from {ORGANIZATION:Cone Health} ({FAX:336-555-0108}). "
    "Pt {NAME:Jermaine Battle}, Medicaid {HEALTH_PLAN:9938127744M}. Prior psychiatrist "
    "{NAME:Dr. Anneliese Voss}.",
    "Neuropsych report excerpt: {NAME:Mr. Castellanos} completed 14 years of education "
    "at {ORGANIZATION:El Paso Community College} and worked 20 years for "
    "{ORGANIZATION:Union Pacific}. WAIS-IV FSIQ 96.",
    "Pt seen in the {ORGANIZATION:Intermountain} clinic on {DATE:11/30}. Wife {NAME:Shauna} "
    "reports he has been sleeping in his truck at the {LOCATION:Lagoon} parking lot. Plate "
    "{VEHICLE:UT 8K2 1MX}.",
    "Records request: please send all records for {NAME:Bethany Kuykendall}, DOB "
    "{DATE:10-02-1994}, to {ORGANIZATION:Lakeside Family Therapy}, {LOCATION:780 Lake "
    "Shore Blvd}, {LOCATION:Evanston}, {LOCATION:IL 60201}. Signed release on file.",
    "Court letter: re State v. {NAME:Dorsey}, case no. {OTHER_ID:24CR-118207}. "
    "{NAME:Mr. Dorsey} has completed 16 of 26 sessions of the batterer intervention "
    "program at {ORGANIZATION:Safe Passage}.",
    "Discharge instructions reviewed with pt and her partner {NAME:Mika}. Crisis line 988. "
    "Outpatient appointment with {NAME:Theresa Nakamura}, PMHNP at {ORGANIZATION:Kaiser "
    "Permanente Oakland} on {DATE:12/8/2026} at 10:30.",
    "H&P: {NAME:Cletus Ray Pickens}, 58, farmer near {LOCATION:Hays}, brought in by his "
    "neighbor {NAME:Loyd}. Found in the barn with a rifle. Wife died in {DATE:August}. "
    "Admit to {ORGANIZATION:HaysMed} 4 North.",
]

SPOKEN_NOTES_ACROSS_THE_COUNTRY = [
    "okay this is for {NAME:wendell okafor} session four he says his wife {NAME:adaeze} is "
    "pregnant again and he's scared about money since the layoff at {ORGANIZATION:boeing} in "
    "{LOCATION:everett} we did cognitive restructuring",
    "note for {NAME:ms reyes} she says her son {NAME:mateo} got expelled from "
    "{ORGANIZATION:lincoln middle} for vaping and the principal {NAME:mr dawson} wants a "
    "meeting {DATE:thursday the tenth} she feels like a failure",
    "client {NAME:bobbi jo} reports her ex {NAME:travis} showed up at the {ORGANIZATION:dollar "
    "general} where she works in {LOCATION:pikeville} and yelled at her in front of customers "
    "we made a safety plan",
    "{NAME:jamal} came in late he had to take the bus from {LOCATION:east cleveland} his car got "
    "repossessed he's behind on rent at the {LOCATION:lakeview apartments} PHQ nine is "
    "eighteen",
    "session with {NAME:tran} she said her mother {NAME:bich ngoc} still lives in {LOCATION:garden "
    "grove} and calls every night crying about her father {NAME:minh} who has dementia",
    "this is a dictation for {NAME:clayton whitehorse} date of birth {DATE:march third nineteen "
    "seventy nine} he's a lineman for {ORGANIZATION:xcel energy} and fell off a pole in "
    "{DATE:august} chronic pain and nightmares",
    "{NAME:priscilla} said her pastor at {ORGANIZATION:greater mount zion} told her divorce is a "
    "sin she's torn we explored values and she wants to talk to her sister {NAME:odessa} first",
    "telehealth with {NAME:kai} they're at their dad's in {LOCATION:eugene} for the week their "
    "phone is {PHONE:five four one five five five zero one three eight} if the video drops",
    "{NAME:lorenzo} relapsed after his cousin's quinceañera in {LOCATION:las cruces} he's going "
    "back to meetings at the {ORGANIZATION:alano club} on {LOCATION:solano} he has forty days "
    "now",
    "dictating for {NAME:mrs henderson} {AGE_OVER_89:ninety two} years old lives at "
    "{ORGANIZATION:sunrise of chevy chase} her son {NAME:phillip} says she's more confused "
    "since the {DATE:fourteenth}",
    "second session {NAME:ashlynn} age sixteen she's a junior at {ORGANIZATION:"
    "bentonville west} and was cut from the soccer team coach {NAME:ramirez} she stopped eating "
    "lunch",
    "{NAME:dwayne} says his boss {NAME:earl} at the {ORGANIZATION:tyson plant} in {LOCATION:noel} "
    "cut his shifts after he reported the injury we talked about the workers comp call",
    "couples session {NAME:hunter} and {NAME:mackenzie} they're fighting about her mom "
    "{NAME:deb} moving in from {LOCATION:sioux falls} we did the speaker listener exercise",
    "{NAME:yusuf} is worried about his asylum hearing on {DATE:january twenty second} at the "
    "immigration court in {LOCATION:arlington} his lawyer {NAME:ms brennan} is from "
    "{ORGANIZATION:ayuda}",
    "checking in with {NAME:tammy} by phone she's at the {ORGANIZATION:motel six} on "
    "{LOCATION:route sixty six} in {LOCATION:gallup} since the fire she needs a letter for "
    "FEMA",
    "{NAME:raul} disclosed his uncle {NAME:beto} abused him at the ranch near {LOCATION:uvalde} "
    "when he was nine we started trauma narrative",
    "DBT group note {NAME:kelsey} {NAME:marisa} {NAME:jordyn} and {NAME:shay} attended "
    "{NAME:jordyn} shared that she got into {ORGANIZATION:ole miss} {NAME:shay} left early",
    "her email is {EMAIL:c underscore whitfield at yahoo dot com} she wants the worksheet "
    "on radical acceptance",
    "grandpa {NAME:ike} passed on {DATE:sunday} at {ORGANIZATION:baptist health} in "
    "{LOCATION:corbin} {NAME:kaylee} is his granddaughter and my client she was with him",
    "intake {NAME:destinee marie thibodeaux} member id {HEALTH_PLAN:LAH seven seven four "
    "two nine one} she's a cna at {ORGANIZATION:ochsner} in {LOCATION:metairie} lives with "
    "her boyfriend {NAME:trey}",
]

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

NAMES_IN_EVERY_FORM = [
    "{NAME:Summer}'s mom {NAME:Dawn} says {NAME:Summer} hasn't left her room since the breakup "
    "with {NAME:Rocco}. We talked about summer plans and a part-time job.",
    "{NAME:J.T.} (goes by {NAME:Jay}) and his stepdad {NAME:Curtis Boyd-Lemaire} had a "
    "blowout on {DATE:Sunday 11/22}. {NAME:J.T.}'s probation officer is {NAME:Ms. Ng}.",
    "pt {NAME:will} says {NAME:grace} will pick him up. grace period on his rent ends friday. "
    "he hopes {NAME:hope} (his daughter) can visit",
    "{NAME:María José de la Fuente Ortiz}, 47, prefers {NAME:Majo}. Born in {LOCATION:Cali}, "
    "moved to {LOCATION:Elizabeth} in {DATE:2003}. Her son {NAME:Santi} is at "
    "{ORGANIZATION:Kean}.",
    "Client's grandfather, {NAME:Mr. Herschel Abramowitz}, born {DATE:1929}, lives with them. "
    "She is his caregiver and reports burnout. Respite options discussed.",
    "{NAME:A.M.} disclosed that {NAME:D.} (her uncle) touched her when she was eight. "
    "Mandated report filed with DCF, intake worker {NAME:Tomeka Hollis}, report "
    "{OTHER_ID:#2026-118734}.",
    "group: {NAME:sky}, {NAME:river} and {NAME:jade} present. {NAME:river} shared about her "
    "brother {NAME:ocean}'s arrest. {NAME:jade} was quiet. {NAME:sky} left at 7:40.",
    "{NAME:Bao-Ngoc Tran-Whitaker} (she/her) came with her wife {NAME:Lottie}. They're "
    "adopting through {ORGANIZATION:Wide Horizons for Children}. Home study {DATE:12/15}.",
    "{NAME:Mack}'s boss at {ORGANIZATION:Hendrick Honda} yelled at him again. {NAME:Mack} "
    "calls him 'the {NAME:Sarge}'. Assertiveness practice.",
    "{NAME:Ms. O'Sullivan-Reyes} called; her father {NAME:Padraig} is {AGE_OVER_89:97} and "
    "refusing to leave his home in {LOCATION:Milton}.",
    "session w {NAME:kiki} her real name is {NAME:keziah} but nobody uses it. her boyfriend "
    "{NAME:dre} is on house arrest. she works at {ORGANIZATION:chick fil a} on "
    "{LOCATION:route 9}",
    "{NAME:Dr. King}'s referral: {NAME:Royal Jefferson}, 16, at {ORGANIZATION:Jefferson High}. "
    "{NAME:Royal}'s mother {NAME:Precious} works nights at the VA.",
    "{NAME:Old Man Rivers} is what the kids call her neighbour, {NAME:Clement Rivers}, who "
    "gave her a ride to {ORGANIZATION:St. Vincent's} on {DATE:the 19th}.",
    "couples {NAME:lee} and {NAME:robin} — {NAME:robin} wants to move closer to her sister "
    "{NAME:april} in {LOCATION:tulsa}. lee won't leave his job at {ORGANIZATION:williams}",
    "Baby Girl {NAME:Okonkwo} born {DATE:11/18/2026} at {ORGANIZATION:Christiana Hospital}; "
    "mother {NAME:Chiamaka} (our client) screened positive on EPDS (15).",
    "{NAME:Van} (Vietnamese, 58) and his son {NAME:Khoa}. {NAME:Van} worked at "
    "{ORGANIZATION:Tyson} in {LOCATION:Garden City} for 22 years. Interpreter "
    "{NAME:Mrs. Pham}.",
    "intake for {NAME:mary-kate o'brien} dob {DATE:six twelve ninety one} she lives at "
    "{LOCATION:forty two maple avenue} in {LOCATION:quincy}",
    "{NAME:Bubba}, 31, is the name everyone uses; legal name {NAME:Lawrence E. Tolliver III}. "
    "Drives for {ORGANIZATION:Werner Enterprises}. CDL {LICENSE:T4490218}.",
    "{NAME:Christian} said he is not very Christian anymore. {NAME:Christian}'s father, "
    "{NAME:Pastor Glenn Haugen}, leads {ORGANIZATION:Bethel Lutheran}.",
    "Nana, her grandmother, raised her in {LOCATION:Opelousas}. Nana passed in "
    "{DATE:March}; she was born in {DATE:1925}.",
]

FORMS_AND_MESSAGES_ELSEWHERE = [
    "INTAKE FORM\nName: {NAME:Lucinda Marie Halvorsen}\nDOB: {DATE:08/30/1972}\nAddress: "
    "{LOCATION:2215 W Fulton Ave}, {LOCATION:Grand Rapids}, {LOCATION:MI 49504}\nCell: "
    "{PHONE:616-555-0184}\nEmergency contact: {NAME:Erik Halvorsen} (husband) "
    "{PHONE:616-555-0117}\nEmployer: {ORGANIZATION:Steelcase}\nInsurance: Priority Health, "
    "member {HEALTH_PLAN:9400283317}",
    "Portal message {DATE:11/24} 10:12 PM from {NAME:Dominic Castellano}: hey its {NAME:dom}, "
    "cant make thursday, my shift at {ORGANIZATION:Hy-Vee} got moved. can we do monday? text me "
    "{PHONE:515.555.0139}",
    "Voicemail: 'This is {NAME:Sgt. Raymond Oyelowo} with {ORGANIZATION:Pima County Sheriff's "
    "Department} calling about {NAME:Kristy Lane}, please call {PHONE:520-555-0106} extension "
    "4412 reference {OTHER_ID:25-118804}.'",
    "AUTHORIZATION TO RELEASE. I, {NAME:Felipe Ortega Ruiz}, authorize {NAME:Dr. Nancy "
    "Whitcombe} to release records to {ORGANIZATION:Banner Behavioral Health Hospital}, "
    "{LOCATION:7575 E Earll Dr}, {LOCATION:Scottsdale}, {LOCATION:AZ 85251}. Signed "
    "{DATE:11/30/2026}.",
    "Billing note: client {NAME:Ashby Greer} paid $40 copay by card ending {ACCOUNT:4417}. "
    "Claim {OTHER_ID:2026113000481} to Ambetter resubmitted. Acct # {ACCOUNT:GR-00931}.",
    "Message from {NAME:Tamsin}'s mother: '{NAME:Tamsin}'s school ({ORGANIZATION:Lake Washington "
    "High}) wants a 504 plan. Her counselor is {NAME:Mr. Ferris}, "
    "{EMAIL:jferris@lwsd.example.org}. Thank you, {NAME:Ingrid}'",
    "Telehealth consent signed by {NAME:Kahlil Freeman} on {DATE:12/01/2026}. Located at "
    "{LOCATION:418 Oak Hill Rd}, {LOCATION:Chapel Hill}. Session link "
    "{URL:https://telehealth.example.com/room/kfreeman-8841}. IP {IP:174.99.23.210}.",
    "Fax cover: To {ORGANIZATION:Carolina Behavioral Care} ({FAX:919-555-0147}) From "
    "{ORGANIZATION:Piedmont Counseling Associates}, {PHONE:919-555-0122}. Re: "
    "{NAME:Shanice Dupree}, DOB {DATE:4-14-1995}. 6 pages.",
    "Driver's license {LICENSE:D412-7719-0043} on file for {NAME:Mr. Lonnie Ashworth}; "
    "vehicle 2014 Ford F-150, plate {VEHICLE:TN 9KJ-441} noted for parking lot incident on "
    "{DATE:11/19}.",
    "ROI: {NAME:Guadalupe 'Lupita' Mendez}, DOB {DATE:12.03.1989}, to {ORGANIZATION:El Centro "
    "de la Raza} case manager {NAME:Bernardo Ruiz}, {PHONE:206-555-0158}.",
    "Client {NAME:Wyatt Brannigan} emailed from {EMAIL:wbrannigan77@example.net}: 'moving to "
    "{LOCATION:Bozeman} {DATE:Jan 5}, can we keep doing video? new address {LOCATION:1120 S "
    "Tracy Ave}'",
    "Group roster {DATE:Dec 2026}: {NAME:A. Whitlow}, {NAME:B. Nakashima}, {NAME:C. "
    "Fortunato}, {NAME:D. Ybarra}. Room B-12, {ORGANIZATION:Mountain View Community "
    "Center}.",
    "Device note: client's CPAP (ResMed AirSense 10, serial {DEVICE:23161884502}) data shows "
    "4.1 h average use. Sleep doc {NAME:Dr. Halloran}.",
    "Patient photo on file (taken {DATE:10/2/2026}); no tattoos noted. Fingerprint scan "
    "collected by Arizona DPS for licensure.",
    "Payment plan: {NAME:Rosalind Achebe} agrees to $25/week from account {ACCOUNT:0021-448-913} "
    "at {ORGANIZATION:Navy Federal}. First draft {DATE:12/4/2026}.",
    "Note to file: {NAME:Ms. Kowalczyk}'s lawyer, {NAME:Harold Birnbaum} of {ORGANIZATION:"
    "Birnbaum & Katz LLP}, requested records under subpoena, case {OTHER_ID:2026-DR-00318}, "
    "{ORGANIZATION:Cook County Circuit Court}.",
    "Voicemail from {NAME:Pastor Oyelaran} at {ORGANIZATION:Grace Fellowship Church}: "
    "{NAME:Tobias} is staying at the church shelter, call {PHONE:(314) 555-0162}.",
    "Intake: {NAME:Ximena Batres}, 15. Lives with grandmother {NAME:Carmen Batres} at "
    "{LOCATION:905 Calle Luna}, {LOCATION:Santa Fe}. School: {ORGANIZATION:Capital High}. "
    "Medicaid ID {HEALTH_PLAN:NM71883402}.",
    "Appointment reminder sent to {PHONE:+1 (702) 555-0191} for {NAME:Ellison Park} on "
    "{DATE:Tuesday, December 8}.",
    "Records received from {ORGANIZATION:Sheppard Pratt} ({LOCATION:Towson}) for {NAME:Micah "
    "Levinson}, admitted {DATE:6/3/2025}-{DATE:6/19/2025}. Discharge psychiatrist {NAME:Dr. "
    "Adaeze Nwosu}.",
]

SCRIBED_DICTATIONS = [
    "Okay, so this is a progress note for, um, {NAME:Kayla Brennan}, that's {NAME:K-A-Y-L-A}. "
    "She came in today pretty upset because her ex, {NAME:Dustin}, um, posted photos of her on "
    "Facebook. We did some grounding.",
    "Note for {NAME:Mr. Abernathy}, first name {NAME:Cole}. He's sixty-one. He retired from "
    "{ORGANIZATION:Georgia-Pacific} in, uh, {DATE:March} and since then he's been drinking "
    "more. AUDIT is 16. Wife is {NAME:Sherry}.",
    "This is {NAME:Dr. Oduya} dictating on {NAME:Patricia Langford}, date of birth "
    "{DATE:April 9th, 1958}. She reports the panic attacks started after the car accident on "
    "{LOCATION:Highway 59} near {LOCATION:Humble}.",
    "Uh, session seven with {NAME:Tobias}. Sorry, {NAME:Toby}, he prefers {NAME:Toby}. He "
    "said his stepmom, {NAME:Charlene}, kicked him out, so he's at his buddy {NAME:Marcus}'s "
    "place on {LOCATION:Delmar}. Safety plan updated.",
    "Client is {NAME:Wren Abernethy-Cole}, they/them, twenty-four. Works as a barista at "
    "{ORGANIZATION:Blue Bottle} in {LOCATION:Oakland}. They called the crisis line Tuesday "
    "night. Number they gave is {PHONE:510-555-0133}.",
    "Family session. Mom {NAME:Yesenia}, dad {NAME:Hector}, and {NAME:Adrian}, who's "
    "twelve. {NAME:Adrian} was suspended from {ORGANIZATION:Harmony Middle School} on "
    "{DATE:the 18th} for fighting. We mapped the cycle.",
    "{NAME:Mrs. Delacroix} called back. Her husband {NAME:Armand} is, um, "
    "{AGE_OVER_89:ninety-one}, sorry, {AGE_OVER_89:ninety-two} as of last week, and she can't "
    "lift him anymore. Referred to {ORGANIZATION:Catholic Charities} in {LOCATION:Lafayette}.",
    "EMDR session with {NAME:Jessamyn}. Target memory: the fire at her grandmother's house "
    "on {LOCATION:Cherokee Street} when she was six. SUDS went from nine to two.",
    "Okay, {NAME:Rashid Haddad}. He, uh, lost his job at {ORGANIZATION:Ford}, the "
    "{ORGANIZATION:Dearborn Truck Plant}, on {DATE:October 30th}. His brother {NAME:Sami} "
    "lent him money. Mood low, no SI.",
    "Let me correct that: the client's name is {NAME:Bethanne}, not {NAME:Bethany}. "
    "{NAME:Bethanne} is a nurse at {ORGANIZATION:Sentara Norfolk General}. Compassion "
    "fatigue. We worked on boundaries.",
    "Couples, {NAME:Dev} and {NAME:Anjali Mehta}. They want to try again after {NAME:Dev}'s "
    "affair with a coworker, {NAME:Tessa}, at {ORGANIZATION:Deloitte}. Gottman repair work.",
    "{NAME:Lionel}'s daughter, {NAME:Simone}, called from {LOCATION:Atlanta}. Her number is "
    "{PHONE:four oh four, five five five, zero one nine two}. {NAME:Lionel} has missed two "
    "sessions.",
    "Intake. {NAME:Haley Jo Pritchett}, nineteen, from {LOCATION:Ardmore}. Lives with her "
    "boyfriend {NAME:Colt} in a trailer off {LOCATION:Route 77}. Pregnant, due in "
    "{DATE:February}. EPDS 14.",
    "Hi, this is a dictation for {NAME:Imani Okafor}. Her email changed, it's "
    "{EMAIL:imani dot okafor at outlook dot com}. She starts at {ORGANIZATION:Howard "
    "University} in {DATE:January}.",
    "So {NAME:Grant}, um, talked about his dad, {NAME:Grant Senior}, who was a cop in "
    "{LOCATION:Bakersfield}. Lots of shame. IFS, we met the manager part.",
    "Teen session with {NAME:Brooklyn}. Her, um, her friend {NAME:Nevaeh} sent her a "
    "screenshot. The account is {OTHER_ID:@xoxo.brooklyn.h}. School is aware, vice principal "
    "{NAME:Mr. Oduya-Banks}.",
    "Note for {NAME:Esperanza Villanueva}. Her mother, {NAME:Doña Luz}, passed away on "
    "{DATE:November 2nd}, Día de los Muertos, which makes it harder. Grief work.",
    "{NAME:Terrence} was late because of his probation check-in at the {ORGANIZATION:Shelby "
    "County} office. PO is {NAME:Ms. Whitley}. He's been clean since {DATE:August 4th}.",
    "Phone session with {NAME:Gwendolyn}. She's in {LOCATION:Duluth} with her sister "
    "{NAME:Ruth} through {DATE:Christmas}. She asked me to fax the letter to "
    "{FAX:218-555-0140}.",
    "{NAME:Archie Fontaine}, M-R-N {MRN:88 31 04 72}. He's eighty-nine, turns "
    "{AGE_OVER_89:ninety} on {DATE:the 14th}. Lives at The {ORGANIZATION:Glenview} in "
    "{LOCATION:Naples}. Adjustment disorder.",
]

MED_MANAGEMENT_SHORTHAND = [
    "f/u {NAME:Nguyen Thi Hoa} 52F w/ MDD. c/o poor sleep since son {NAME:Duc} moved to "
    "{LOCATION:San Jose}. zoloft 100->150. RTC 4 wks. interp {NAME:Linh} via phone.",
    "pt {NAME:Oksana Hrytsenko} 38F, arrived from {LOCATION:Kharkiv} {DATE:3/2022}. works "
    "housekeeping @ {ORGANIZATION:Marriott Downtown}. PCL-5 48. prazosin 2mg. husband "
    "{NAME:Taras} still in Ukraine.",
    "CM note: called {ORGANIZATION:Catholic Social Services} re: rent asst for {NAME:Mr. "
    "Ahmadi}. spoke w/ {NAME:Farzana} ({PHONE:405-555-0177}). f/u {DATE:Mon 12/7}.",
    "{NAME:Deng Mabior}, 29M, Dinka speaker, lives w/ cousin {NAME:Garang} in "
    "{LOCATION:Omaha}. meatpacking @ {ORGANIZATION:JBS} {LOCATION:Grand Island}. c/o HA, "
    "nightmares. started sertraline 25.",
    "med mgmt {NAME:J. Whitcomb} 67M. lithium level 0.8 on {DATE:11/25}. wife {NAME:Marjorie} "
    "reports he's 'back to himself'. next lab draw @ {ORGANIZATION:Quest} on "
    "{LOCATION:Elm Ridge Rd}.",
    "pt {NAME:Rosa Elvira Quispe} 44F, Quechua/Spanish. cleaning job @ {ORGANIZATION:Hilton "
    "Garden Inn} {LOCATION:Paterson}. daughter {NAME:Killari} (16) interprets - discussed need "
    "for pro interp.",
    "{NAME:Mohammed Al-Sayed} 58M hx PTSD, ex-interpreter for US Army in {LOCATION:Mosul}. "
    "SIV holder. lives {LOCATION:El Cajon}. son {NAME:Yousef} drives him. quetiapine 50 qhs.",
    "tele f/u {NAME:Ayesha Siddiqui} 31F postpartum. baby {NAME:Zara} b. {DATE:10/30}. EPDS 16. "
    "OB {NAME:Dr. Chen} @ {ORGANIZATION:Northwestern Prentice}. start zuranolone?",
    "{NAME:Mr. Tuilagi} 45M. works @ {ORGANIZATION:Port of Long Beach}. ETOH 12 beers/d. wife "
    "{NAME:Lani} worried. ref to {ORGANIZATION:Matrix Institute} IOP.",
    "pt {NAME:Bogdan}, 70M, Romanian. lives alone {LOCATION:Sunnyside, Queens}. "
    "neighbor {NAME:Mrs. Ionescu} checks daily. MoCA 22. donepezil per neuro.",
    "CM: {NAME:Amani Ochieng} 19F aging out of foster care. placed {ORGANIZATION:Covenant "
    "House} {LOCATION:Houston}. caseworker {NAME:Brianna} @ {PHONE:713-555-0125}. "
    "SSI appt {DATE:12/10}.",
    "{NAME:Hiroshi Tanabe} 81M, wife {NAME:Emiko} died {DATE:9/14}. sleeping in chair. "
    "daughter {NAME:Naomi} in {LOCATION:Honolulu} calls daily. mirtazapine 7.5.",
    "f/u {NAME:Kwame Asante-Boateng} 26M, grad student @ {ORGANIZATION:UIUC}. ADHD. adderall "
    "XR 20. visa stress. advisor {NAME:Prof. Lindqvist}.",
    "pt {NAME:Esra Yilmaz} 35F, pharmacist @ {ORGANIZATION:Walgreens} {LOCATION:Clifton}. "
    "panic sx since {DATE:Aug}. husband {NAME:Kerem}. propranolol 10 prn.",
    "{NAME:Tupac Mamani} 23M, DACA, works roofing w/ uncle {NAME:Wilber}. fell {DATE:11/2}, "
    "L wrist fx, seen @ {ORGANIZATION:Denver Health}. c/o anger, poor sleep.",
    "CM: transport for {NAME:Mrs. Begum} to {ORGANIZATION:Jamaica Hospital} for {DATE:12/11} "
    "ECT consult. son {NAME:Rafiq} {PHONE:718-555-0143}. Medicaid {HEALTH_PLAN:KL44820T}.",
    "{NAME:Sione Fifita} 17M. brought by aunt {NAME:'Ana}. expelled from {ORGANIZATION:Kearns "
    "High} {DATE:Nov}. THC daily. MI. f/u 2 wks.",
    "pt {NAME:Svetlana Morozova} {AGE_OVER_89:93}F via daughter {NAME:Irina}. agitation "
    "@ night at {ORGANIZATION:Brookdale Brighton}. trazodone 25. fall {DATE:11/27}.",
]

LOWER_CASE_TOWN_LIFE = [
    "{NAME:darnell} got hired at the {ORGANIZATION:honda plant} in {LOCATION:lincoln} on second "
    "shift. first job since prison. his sponsor {NAME:ray} drives him",
    "she's been drinking at the {ORGANIZATION:rusty nail} after work most nights. her husband "
    "{NAME:brent} doesn't know. we did a decisional balance",
    "{NAME:kenzie} quit cheer at {ORGANIZATION:bryant high} after the coach {NAME:mrs. tolliver} "
    "called her fat in front of the team. restricting again",
    "client works the register at {ORGANIZATION:casey's} on {LOCATION:highway 30} in "
    "{LOCATION:ames}. robbed at gunpoint {DATE:last thursday}. acute stress",
    "{NAME:marcus} volunteers at {ORGANIZATION:second harvest} on saturdays with his "
    "grandmother {NAME:pearl}. it's the one thing that helps, he says",
    "they go to {ORGANIZATION:new life tabernacle} where her father {NAME:pastor dean} preaches. "
    "she came out to her mom {NAME:donna} last week",
    "{NAME:alejandro} trains at {ORGANIZATION:gracie barra} in {LOCATION:mesa}. brazilian "
    "jiu jitsu keeps him from fighting. his girlfriend {NAME:yaretzi} is pregnant",
    "{NAME:wade} got laid off from {ORGANIZATION:cummins} in {LOCATION:columbus} after 19 years. "
    "his wife {NAME:tami} works at the {ORGANIZATION:kroger} on {LOCATION:national road}",
    "{NAME:bree} says the manager at {ORGANIZATION:buc-ee's} in {LOCATION:new braunfels} "
    "{NAME:gus} keeps touching her shoulder. she reported it to HR",
    "grief session. {NAME:lottie}'s son {NAME:jace} overdosed in the parking lot of the "
    "{ORGANIZATION:waffle house} off {LOCATION:exit 112} on {DATE:october 9}",
    "{NAME:travis} coaches little league at {LOCATION:veterans park} and his co-coach "
    "{NAME:dwight} keeps undermining him. anger management work",
    "she cleans rooms at the {ORGANIZATION:grand hotel} on {LOCATION:mackinac island} in the "
    "summer and moves back in with her mom {NAME:sharon} in {LOCATION:cheboygan} for winter",
    "{NAME:tyrell} is a sophomore at {ORGANIZATION:morehouse}. his roommate {NAME:kofi} "
    "noticed he stopped going to class. panic and depression",
    "{NAME:june} and {NAME:earl} met at the {ORGANIZATION:elks lodge} dance 52 years ago. "
    "{NAME:earl} now has dementia and lives at {ORGANIZATION:prairie view care center}",
    "{NAME:shayla} was jumped outside {ORGANIZATION:club vibe} on {LOCATION:beale street} "
    "saturday night. her cousin {NAME:tanisha} took her to the {ORGANIZATION:regional "
    "one} er",
    "he delivers for {ORGANIZATION:schwan's} out of {LOCATION:marshall} and drinks in the truck. "
    "boss {NAME:lyle} smelled it on him. final warning",
    "{NAME:maddie} works at her aunt {NAME:rhonda}'s salon, {ORGANIZATION:shear elegance}, in "
    "{LOCATION:hattiesburg}. boundaries with family at work",
    "her son {NAME:eli} got kicked out of {ORGANIZATION:kinder care} on {LOCATION:sheridan "
    "blvd} for biting. parent child interaction therapy referral",
]

FAMILY_AND_CHILD_SESSIONS = [
    "Play therapy with {NAME:Kaysen} (5). He buried the dad figure in the sand. Mom "
    "{NAME:Brittany} says {NAME:Kaysen}'s dad {NAME:Cody} has him every other weekend in "
    "{LOCATION:Kokomo}.",
    "family session: {NAME:legend} (9), {NAME:royal} (7) and their mom {NAME:keanna}. "
    "{NAME:legend} hit {NAME:royal} with a bat. mom's boyfriend {NAME:dre} moved in last "
    "month.",
    "{NAME:Oaklynn} (4) was referred by her pediatrician {NAME:Dr. Fairbanks} for tantrums. "
    "Her big sister {NAME:Paisley} (8) goes to {ORGANIZATION:Eastwood Elementary}. Parents "
    "divorcing.",
    "couples: {NAME:Jordan} and {NAME:Taylor Brooks-Nguyen}. {NAME:Taylor} wants a baby, "
    "{NAME:Jordan} isn't sure. IVF at {ORGANIZATION:Shady Grove Fertility} cost them $30k.",
    "{NAME:nova} age 11 disclosed her stepbrother {NAME:kash} shows her videos on his phone. "
    "mandated report to cps. mom {NAME:amber} was shocked",
    "Teen {NAME:Messiah Williams}, 14, at {ORGANIZATION:Lincoln Park Middle}. Grandmother "
    "{NAME:Bernice Williams} is guardian. He wants to see his mother {NAME:Keisha}, who is at "
    "{ORGANIZATION:Logansport Correctional}.",
    "{NAME:Bentley} (6) says Grandpa {NAME:Ray} yells. {NAME:Bentley}'s mom {NAME:Ashlyn} "
    "works at {ORGANIZATION:Dollar General} on {LOCATION:Main St}. PCIT session 3.",
    "{NAME:Saint} is 8. He goes by {NAME:Sainty} at home. Dad {NAME:Marcus} is deployed to "
    "{LOCATION:Fort Bliss}. Separation anxiety. Feelings thermometer.",
    "step-family session. {NAME:harmony} (12) refuses to call her stepdad {NAME:jeremy} by his "
    "name. her bio dad {NAME:shawn} lives in {LOCATION:fort wayne}. custody hearing {DATE:jan "
    "12}",
    "{NAME:Journey} (10) and {NAME:Kingston} (13) - sibling session. {NAME:Kingston} plays "
    "travel baseball with the {ORGANIZATION:Carmel Pride} and {NAME:Journey} feels left out.",
    "Parent consult with {NAME:Mr. Haddad} and {NAME:Mrs. Haddad}. Daughter {NAME:Layla} (15) "
    "was caught sexting a boy, {NAME:Ethan}, from {ORGANIZATION:Zionsville Community High}.",
    "{NAME:Brantley}'s foster mom {NAME:Sheila Curtis} brought him. DCS caseworker "
    "{NAME:Amanda Voss} ({PHONE:317-555-0166}) wants monthly updates. Visits with bio mom at "
    "{ORGANIZATION:Family Visitation Center of Marion County}.",
    "dictation. {NAME:everleigh} is seven, she wets the bed since dad {NAME:tyler} left. "
    "grandma {NAME:dot} watches her after school at {ORGANIZATION:kids kingdom daycare}",
    "{NAME:Rhett} (16) and his dad {NAME:Clint} fight about the farm. {NAME:Rhett} wants to go "
    "to {ORGANIZATION:Purdue} for engineering, not stay on the land near {LOCATION:Frankfort}.",
    "{NAME:Ava} and {NAME:Mia} are twins (9). {NAME:Mia} has ADHD; {NAME:Ava} is 'the easy "
    "one.' Parents {NAME:Luis} and {NAME:Daniela} argue about it. Family session.",
    "{NAME:Kinsley}, 3, nonverbal. Speech at {ORGANIZATION:Easterseals Crossroads}. Mom "
    "{NAME:Destiny} overwhelmed; dad {NAME:Trent} works nights at {ORGANIZATION:Subaru of "
    "Indiana Automotive} in {LOCATION:Lafayette}.",
    "{NAME:grayson} (8) told his teacher {NAME:mrs. pruitt} that mom's boyfriend hurts mom. dv "
    "screening with mom {NAME:kayla} alone. safety plan. shelter: the {ORGANIZATION:julian "
    "center}",
    "{NAME:Ezekiel} (goes by {NAME:Zeke}), 11, whose little brother {NAME:Gideon} died of SIDS "
    "on {DATE:4/18/2024}. Anniversary grief. Mom {NAME:Hannah} pregnant again, due "
    "{DATE:June}.",
]

SPOKEN_NOTES_SECOND_ROUND = [
    "session with {NAME:marisa} today she says her boss {NAME:glen} at {ORGANIZATION:ace "
    "hardware} in {LOCATION:bozeman} keeps scheduling her on sundays even though she asked for "
    "church",
    "{NAME:dominic} relapsed after his buddy {NAME:keith}'s funeral in {LOCATION:scranton}. he "
    "used in the bathroom at the {ORGANIZATION:sheetz} on {LOCATION:route 6}. back to meetings",
    "client {NAME:lupita} reports her daughter {NAME:itzel} got accepted to {ORGANIZATION:ut "
    "austin}. mixed feelings, she'll be alone with her husband {NAME:chuy} who drinks",
    "{NAME:hank} is eighty two and still drives. his son {NAME:gary} took the keys after he "
    "hit a mailbox on {LOCATION:birch lane}. grief about losing independence",
    "grief. {NAME:tasha}'s brother {NAME:lamont} was shot outside the {ORGANIZATION:shell "
    "station} on {LOCATION:mlk boulevard} on {DATE:halloween}. she keeps seeing it",
    "{NAME:beth ann} works the deli at {ORGANIZATION:publix} in {LOCATION:valdosta}. her "
    "coworker {NAME:rhonda} spreads rumors. assertive communication role play",
    "{NAME:kyle} says his probation officer {NAME:mr. delgado} is fair. he's doing community "
    "service at {ORGANIZATION:habitat for humanity} in {LOCATION:lubbock}",
    "couples session {NAME:bryce} and {NAME:alexis}. {NAME:alexis} found texts from a woman "
    "named {NAME:kendra} at his gym, {ORGANIZATION:anytime fitness}. rupture and repair",
    "{NAME:pedro} works construction for {ORGANIZATION:granite} on the {LOCATION:i-5} project "
    "near {LOCATION:stockton}. fell from scaffolding in {DATE:june}. chronic pain, "
    "irritability",
    "{NAME:shelby} (16) says her friend {NAME:raegan} is cutting. they both go to "
    "{ORGANIZATION:central high} in {LOCATION:cheyenne}. {NAME:shelby} wants to tell the counselor",
    "teletherapy, {NAME:owen} was at his mom's in {LOCATION:missoula}. he's failing two "
    "classes at {ORGANIZATION:montana state}. executive function coaching",
    "{NAME:dolores} (her grandson calls her {NAME:lolo}) was robbed at the {ORGANIZATION:wells "
    "fargo} atm on {LOCATION:central ave}. panic since then. she's seventy eight",
    "{NAME:brody} works at his uncle {NAME:ted}'s body shop, {ORGANIZATION:ted's auto body}, "
    "in {LOCATION:sioux city}. uncle yells, {NAME:brody} shuts down",
    "{NAME:amara} and her wife {NAME:jo} are fostering a baby through {ORGANIZATION:bethany "
    "christian services}. sleep deprived. couples check in",
    "{NAME:ruben} was let go from {ORGANIZATION:frito lay} in {LOCATION:topeka} for "
    "attendance. wants to go back to school at {ORGANIZATION:washburn}",
    "{NAME:kristen}'s husband {NAME:matt} deployed to kuwait last week. she's alone with three "
    "kids on {LOCATION:fort riley}. stress inoculation",
    "{NAME:jamie} she says her mom {NAME:linda} keeps showing up at her work, the "
    "{ORGANIZATION:olive garden} in {LOCATION:joplin}, drunk. boundaries",
    "session {NAME:arturo} talked about his father {NAME:don ramon} who died in jalisco while "
    "{NAME:arturo} couldn't travel. ambiguous grief",
]

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

TELEHEALTH_AND_SAFETY_NOTES = [
    "Telehealth {DATE:12/1/2026}. {NAME:Marguerite Pelletier} joined from her car in the lot of "
    "{ORGANIZATION:Hannaford} in {LOCATION:Lewiston}; IP {IP:76.179.40.12}. Her husband "
    "{NAME:Gilles} took the house keys. Safety plan reviewed.",
    "DV safety note: {NAME:Yolanda} showed me photos on her phone ({PHOTO:IMG_2231.HEIC}, "
    "{PHOTO:IMG_2232.HEIC}) of the bruises from {DATE:11/27}. Abuser {NAME:Curtis Lamb} drives a "
    "black Silverado, plate {VEHICLE:OK HXR-4410}.",
    "{NAME:Thaddeus} runs a blog about his recovery at {URL:www.thaddeus-walks-it-off.com} and "
    "posts as {OTHER_ID:@thad_walks} on Instagram. We discussed what to share about his mother "
    "{NAME:Opal}.",
    "Client's insulin pump (Tandem t:slim X2, serial {DEVICE:TX2-0883741}) alarmed twice in "
    "session. Endocrinologist {NAME:Dr. Raghavan} at {ORGANIZATION:Joslin} aware.",
    "Voice-biometric login to her bank ({BIOMETRIC:voiceprint}) failed after the stroke, which "
    "upset {NAME:Mrs. Abernathy-Slade}. Her son {NAME:Wendell} manages the account now.",
    "{NAME:Paxton} (14) shared a TikTok video of himself with his face visible, posted to "
    "{OTHER_ID:@paxtonplays_27}. Parent {NAME:Ms. Griggs} asked us to keep a copy out of the "
    "chart.",
    "Zoom dropped. {NAME:Calvin Oyelaran} called back from {PHONE:(612) 555-0189} and finished "
    "the session by phone from his brother {NAME:Femi}'s apartment at {LOCATION:2900 Cedar Ave "
    "S, Apt 5}, {LOCATION:Minneapolis}.",
    "{NAME:Annabelle} uploaded a screenshot (file {PHOTO:Screenshot_20261129-221501.png}) of "
    "threats from {OTHER_ID:@real_jakob_v}. Detective {NAME:Haskins} of {ORGANIZATION:Omaha "
    "PD}, case {OTHER_ID:26-114482}.",
    "Video session from {LOCATION:Anchorage}; {NAME:Nita Ahgeak} works at {ORGANIZATION:"
    "Providence Alaska Medical Center}. Email {EMAIL:nahgeak@alaska-example.net}. Next session "
    "{DATE:12/8} at 5 pm.",
    "ankle monitor (serial {DEVICE:BI-7734-210}) on {NAME:Dorian} since {DATE:october 2}. "
    "his PO {NAME:ms. feeney} at the {ORGANIZATION:ada county} office checks it weekly",
    "{NAME:Rosalind} left her CPAP (ResMed, serial {DEVICE:22119034477}) at her sister "
    "{NAME:Bea}'s in {LOCATION:Roanoke}. Sleeping 4 h. Discussed getting it back.",
    "{NAME:Mr. Tsosie} uses a fingerprint lock on his gun safe ({BIOMETRIC:fingerprint} "
    "enrolled {DATE:11/2}). Wife {NAME:Darlene} holds the key too. Lethal means counseling.",
]

STRUCTURED_PROGRESS_NOTES = [
    "DAP NOTE\nClient: {NAME:Shawna Pettibone}   DOB: {DATE:05/09/1986}   Session #: 14\nDate: "
    "{DATE:11/30/2026}   Start 3:00 PM  End 3:53 PM   CPT 90837\nD: Client reports her "
    "supervisor {NAME:Ron} at {ORGANIZATION:Sysco Eastern Maryland} wrote her up.\nA: Anxious, "
    "GAD-7 15.\nP: Continue weekly CBT.\n{NAME:Maria Esposito}, LCSW-C",
    "SOAP\nS: \"I can't stop thinking about {NAME:Derek}.\" Pt is a 33 yo F, engaged to "
    "{NAME:Derek Ambrose} until {DATE:October}.\nO: Tearful, oriented x3.\nA: Adjustment "
    "d/o.\nP: RTC {DATE:12/14}.\nSigned: {NAME:J. Whitcomb-Ortiz}, PsyD {DATE:11/30/2026}",
    "BIRP Note - {NAME:Kenji Moreland} - {DATE:Dec 1, 2026}\nB: Arrived late; said his car was "
    "towed from the {ORGANIZATION:Costco} lot in {LOCATION:Tigard}.\nI: Problem-solving.\nR: "
    "Engaged.\nP: Next appt {DATE:12/8}. Clinician: {NAME:Ashley Brandt}, LPC",
    "GIRP\nGoal: reduce panic.\nIntervention: interoceptive exposure.\nResponse: {NAME:Maeve} "
    "(she/her) completed spinning task; SUDS 80->40. Her partner {NAME:Rosalind} joined for "
    "the last 10 minutes.\nPlan: continue. Next {DATE:Thursday 12/3}.",
    "Progress note {DATE:2026-11-29}\nClient ID: {MRN:SP-10442}\nName: {NAME:Oluwaseun "
    "Adebayo}\nLocation: telehealth (client at work, {ORGANIZATION:Epic Systems}, "
    "{LOCATION:Verona})\nPresenting: burnout. Intervention: values clarification.",
    "Session note\nClient: {NAME:Beatriz Oyelaran-Soto}\nCollateral: husband "
    "{NAME:Emeka}\nDate: {DATE:11/25/2026}\nContent: argued about moving to {LOCATION:Raleigh} "
    "for his job at {ORGANIZATION:Red Hat}. Gottman repair attempts practiced.",
    "TREATMENT PLAN UPDATE\nClient: {NAME:Dwight Halvorsen}   MRN: {MRN:0098817}\nProblem 1: "
    "alcohol use (AUDIT 22).\nObjective: attend {ORGANIZATION:Alano Club of Fargo} meetings "
    "3x/wk.\nReviewed with client on {DATE:11/24/2026}. Clinician: {NAME:Rachel Ng}, LAC",
    "Note: {NAME:Evangelina} (client) texted at 11:40 PM from {PHONE:702-555-0113} that she "
    "was at the {ORGANIZATION:Bellagio} with her cousin {NAME:Yesenia} and felt unsafe. Called "
    "back {DATE:12/1} 8:05 AM.",
    "Intake summary\nName: {NAME:Augustin 'Gus' Delacroix-Bell}\nAge: 71\nReferral: {NAME:Dr. "
    "Nadia Qureshi}, {ORGANIZATION:Ochsner Baptist}\nLives with wife {NAME:Colette} in "
    "{LOCATION:Metairie}. Retired from {ORGANIZATION:Entergy}. PHQ-9 19.",
    "Group note - Anger Management - {DATE:11/28/2026}\nAttendees: {NAME:T. Gaines}, {NAME:L. "
    "Moreno}, {NAME:K. Yazzie}, {NAME:R. Fontaine}\nFacilitator: {NAME:Omar Haddad}, "
    "LMHC\nLocation: {ORGANIZATION:Westside Counseling Collective}, Room 2",
    "Addendum {DATE:12/2/2026}: Correction - client's employer is {ORGANIZATION:Lowe's} in "
    "{LOCATION:Mooresville}, not {ORGANIZATION:Home Depot}. Emergency contact updated to "
    "{NAME:Tamara Bledsoe} {PHONE:704-555-0175}.",
    "Discharge summary (outpatient)\nClient: {NAME:Ines Valderrama}\nDates of service: "
    "{DATE:1/13/2026} - {DATE:11/17/2026}\nReason: goals met. Referred to {NAME:Dr. Paulo "
    "Santangelo} ({ORGANIZATION:Pacific Psychiatric Associates}) for med follow-up.",
]

PSYCHOSOCIAL_HISTORIES = [
    "Psychosocial history: Born in {LOCATION:Lubbock}, raised by grandparents {NAME:Ernest} "
    "and {NAME:Velma Pruett} after his mother left. Graduated {ORGANIZATION:Monterey High "
    "School} in {DATE:1998}. Army 1999-2005, deployed twice; honorably discharged at "
    "{LOCATION:Fort Hood}.",
    "Education: {ORGANIZATION:St. Cloud State} (BA, 2011), {ORGANIZATION:University of "
    "Minnesota} (MSW, 2014). Work: case manager at {ORGANIZATION:Catholic Charities of St. "
    "Paul and Minneapolis} until {DATE:June 2026}. Married to {NAME:Anders Nyberg} since "
    "{DATE:2016}.",
    "Family history: father {NAME:Walter Kimura} (d. {DATE:2019}, {LOCATION:Sacramento}) had "
    "bipolar disorder; mother {NAME:Grace} lives in {LOCATION:Elk Grove}; sister {NAME:Joy "
    "Kimura-Lee} is a nurse at {ORGANIZATION:Sutter Roseville}.",
    "Residential history: moved from {LOCATION:San Antonio} to {LOCATION:Killeen} in "
    "{DATE:2015}, then to {LOCATION:Clarksville} when her husband {NAME:Sgt. Derrick Owens} "
    "transferred to {LOCATION:Fort Campbell}.",
    "Legal history: arrested {DATE:3/3/2022} in {LOCATION:Gwinnett County} for DUI; completed "
    "{ORGANIZATION:Gwinnett DUI Court} program. Attorney {NAME:Marcus Whitley} of "
    "{ORGANIZATION:Whitley & Crane}.",
    "Trauma history: house fire on {LOCATION:Pinewood Drive} in {LOCATION:Paradise} during the "
    "{DATE:November 2018} Camp Fire; lost her dog and her neighbor {NAME:Mr. Holcomb}.",
    "Substance history: first drink at 13 with cousin {NAME:Tyrone}. Treatment at "
    "{ORGANIZATION:Hazelden Betty Ford} in {LOCATION:Center City} ({DATE:2020}) and "
    "{ORGANIZATION:Cumberland Heights} ({DATE:2023}). Sponsor: {NAME:Big Al}.",
    "Social history: lives with partner {NAME:Keoni Kahale} and his daughter {NAME:Leilani} "
    "(9) on {LOCATION:Kamehameha Hwy}, {LOCATION:Kaneohe}. Works nights at "
    "{ORGANIZATION:Queen's Medical Center} as a unit clerk.",
    "Developmental history (per mother {NAME:Carla Benitez}): born at {ORGANIZATION:Parkland} "
    "at 32 weeks on {DATE:July 4, 2015}; NICU 3 weeks. Early intervention through "
    "{ORGANIZATION:ECI of Dallas}.",
    "Military history: USMC 2008-2014, 0311, two tours; unit lost {NAME:LCpl. Ramos} in "
    "{LOCATION:Sangin}. VA rating 70%. Gets care at {ORGANIZATION:Jesse Brown VA} in "
    "{LOCATION:Chicago}.",
    "Relationship history: divorced from {NAME:Nicole} ({DATE:2021}); dating {NAME:Brandon "
    "Oakes}, whom she met at {ORGANIZATION:Planet Fitness} on {LOCATION:Kellogg Ave}, "
    "{LOCATION:Wichita}.",
    "Religious/cultural: {NAME:Fatima Noor} attends {ORGANIZATION:Masjid Al-Rahman} in "
    "{LOCATION:Dearborn Heights}; imam {NAME:Sheikh Abdullah} is a support. Parents from "
    "{LOCATION:Sana'a}.",
]

INTERPRETED_AND_BILINGUAL_SESSIONS = [
    "Session with interpreter {NAME:Sra. Beatriz Lozano} (ID {OTHER_ID:44718}). Client "
    "{NAME:Doña Esperanza Quiñones} said her son {NAME:Nelson} was deported to {LOCATION:San "
    "Pedro Sula} in {DATE:August}. 'Mi hijo no tiene a nadie allá.'",
    "{NAME:Mr. Nguyen Van Thanh} via Vietnamese interpreter {NAME:Ms. Trinh}. He fished out of "
    "{LOCATION:Bayou La Batre} for 20 years; boat sold {DATE:last March}. Daughter {NAME:Linh} "
    "works at {ORGANIZATION:Mobile Infirmary}.",
    "la cliente {NAME:maricela} dice que su esposo {NAME:gerardo} le pega cuando toma. she "
    "asked for the number of the shelter in {LOCATION:santa ana}, we gave her "
    "{ORGANIZATION:laura's house}",
    "Arabic interpreter by phone ({NAME:Yasmin}, {ORGANIZATION:LanguageLine} "
    "#{OTHER_ID:223871}). {NAME:Abu Khalil} ({NAME:Mr. Khalil Haddad}) grieves his brother "
    "{NAME:Fadi}, killed in {LOCATION:Aleppo} in {DATE:2016}.",
    "{NAME:Wanjiru Kamau} (prefers {NAME:Wanji}), 29, nurse at {ORGANIZATION:Fairview "
    "Southdale} in {LOCATION:Edina}. Her mother {NAME:Njeri} in {LOCATION:Nakuru} wants her to "
    "come home. Sessions in English.",
    "{NAME:Rahul Venkatesan}, H-1B, software engineer at {ORGANIZATION:Cognizant} in "
    "{LOCATION:Teaneck}. His wife {NAME:Lakshmi} and son {NAME:Arjun} are in "
    "{LOCATION:Chennai} until {DATE:February}. Loneliness, panic.",
    "interpreter {NAME:ahmed} (somali) present. client {NAME:hodan abdi} says her neighbor "
    "{NAME:faduma} watches the kids while she works at {ORGANIZATION:jbs} in "
    "{LOCATION:greeley}",
    "{NAME:Tomás} y {NAME:Guadalupe Herrera}: couples session in Spanish. {NAME:Tomás} works "
    "at {ORGANIZATION:Tyson} in {LOCATION:Dodge City}; {NAME:Lupe} cleans houses. Their "
    "daughter {NAME:Xochitl} starts at {ORGANIZATION:Dodge City Community College}.",
    "{NAME:Mrs. Park Soo-jin}, 67, via Korean interpreter {NAME:Mr. Lim}. She runs "
    "{ORGANIZATION:Seoul Garden} restaurant on {LOCATION:Buford Hwy} with her husband "
    "{NAME:Park Min-ho}. Hwa-byung presentation.",
    "{NAME:Oleksandr} (goes by {NAME:Sasha}) and his mother {NAME:Halyna}, Ukrainian, arrived "
    "{DATE:4/2022} through Uniting for Ukraine. Sponsor family: the "
    "{NAME:Hendersons} in {LOCATION:Spokane Valley}.",
    "Haitian Creole interpreter {NAME:Jean-Robert}. Client {NAME:Mme. Roseline Pierre-Louis} "
    "works at {ORGANIZATION:Jackson South} as a CNA; her son {NAME:Wadson} is in "
    "{LOCATION:Port-au-Prince}.",
    "{NAME:Ayaan Siddiqui}, 17, translates for his parents at appointments. Dad {NAME:Imran} "
    "drives for {ORGANIZATION:Yellow Cab} in {LOCATION:Philadelphia}; mom {NAME:Rubina} at "
    "home. Parentification.",
]

CLIENTS_OWN_MESSAGES = [
    "Hi {NAME:Dr. Okafor}, it's {NAME:Bri} ({NAME:Brianna Castellano}). I can't come Thursday, "
    "my daughter {NAME:Zoey} has strep. Can we do Friday after 3? Thanks!! Sent from my iPhone",
    "Good morning. This is {NAME:Harold Figg}'s wife {NAME:Dorothy}. {NAME:Harold} fell last "
    "night and is at {ORGANIZATION:St. Mary's} in {LOCATION:Grand Junction}. He won't make his "
    "appointment. {PHONE:970-555-0104}",
    "hey its {NAME:jay} i got a new number {PHONE:2175550136} and im staying at my cousins on "
    "{LOCATION:garfield ave} in {LOCATION:decatur} for now. my ex took the apartment",
    "Dear {NAME:Ms. Albright}, please find attached my FMLA paperwork from {ORGANIZATION:State "
    "Farm} HR (contact {NAME:Denise Moreau}, {EMAIL:dmoreau.hr@example.com}). Regards, "
    "{NAME:Pradeep Nair}",
    "To whoever reads this - my son {NAME:Caden Whitlock} (DOB {DATE:9/3/2010}) was kicked out "
    "of {ORGANIZATION:Lincoln Southeast High} today. I need a letter for the hearing on "
    "{DATE:Dec 9}. {NAME:Amy Whitlock}",
    "Thank you for yesterday. I talked to my sister {NAME:Corinne} like you said and we're "
    "going to visit Dad at {ORGANIZATION:Good Samaritan Society - Sioux Falls Village} on "
    "Sunday. -{NAME:Marlene}",
    "{NAME:Dr. Whitman}, my husband {NAME:Luis} lost his job at {ORGANIZATION:Caterpillar} in "
    "{LOCATION:Decatur}, can we lower my fee? Our address is now {LOCATION:1407 N Water St}, "
    "{LOCATION:Decatur} IL {LOCATION:62526}. {NAME:Teresa Alvarado}",
    "this is {NAME:kiki}. im ok. went to the {ORGANIZATION:waffle house} on {LOCATION:lake "
    "ave} with {NAME:destiny} after. i didnt drink. see u tuesday",
    "Hello, I'm writing for my mother {NAME:Eleanor Voss}, who is {AGE_OVER_89:96} and lives "
    "with me at {LOCATION:22 Orchard Hill Rd}, {LOCATION:Sewickley}. She would like to start "
    "grief counseling after my father {NAME:Franklin} passed.",
    "Re: billing. My insurance changed to {ORGANIZATION:Highmark} (member ID "
    "{HEALTH_PLAN:HMK448201937}, group {HEALTH_PLAN:10055}). Please bill them from {DATE:Dec "
    "1}. {NAME:Gregory Lin}",
    "I found your name on Psychology Today. I'm {NAME:Noor}, 26, a grad student at "
    "{ORGANIZATION:Pitt}. My email is {EMAIL:noor.h@example.edu} and my cell is "
    "{PHONE:412-555-0199}.",
    "Sorry to text so late. {NAME:Travis} showed up at my work ({ORGANIZATION:Sheetz} in "
    "{LOCATION:Altoona}) again tonight. I called the cops. Report # {OTHER_ID:26-41190}. "
    "-{NAME:Kayla B}",
]

RECOVERY_NOTES = [
    "{NAME:Trent} moved into {ORGANIZATION:Serenity House}, a sober living home on "
    "{LOCATION:Oak St} in {LOCATION:Muncie}. House manager {NAME:Vic} drug tests weekly. 60 "
    "days clean.",
    "MAT visit: {NAME:Kristal Dunn}, 31, buprenorphine 16 mg via {ORGANIZATION:Recovery Works} "
    "in {LOCATION:Elizabethtown}. Last positive UDS {DATE:10/3}. Boyfriend {NAME:Jace} still "
    "using.",
    "client goes to the tuesday big book meeting at {ORGANIZATION:st. mark's} in "
    "{LOCATION:huntington} and his sponsor {NAME:larry} calls every morning. 9 months sober on "
    "{DATE:the 20th}",
    "Drug court update for {NAME:Judge Okonjo}: {NAME:Marcus Lyle Pryor}, case "
    "{OTHER_ID:DC-2026-0419}, phase 2. Attending IOP at {ORGANIZATION:Prestera Center}. One "
    "missed screen on {DATE:11/23}.",
    "{NAME:Amber} relapsed at her cousin {NAME:Shay}'s house in {LOCATION:Portsmouth} after "
    "the funeral. Narcan used by {NAME:Shay}. Reentered detox at {ORGANIZATION:Brightview} on "
    "{DATE:11/26}.",
    "{NAME:Gary Tolliver} (65) is a Vietnam vet who drinks at the {ORGANIZATION:VFW Post 1138} "
    "every afternoon. Wife {NAME:Jolene} gave an ultimatum. MI, pros and cons.",
    "Halfway house intake: {NAME:Deshawn Rollins}, released from {ORGANIZATION:Pickaway "
    "Correctional} {DATE:11/30/2026}. Parole officer {NAME:Ms. Carrington} "
    "({PHONE:614-555-0127}). Room 4.",
    "sponsor {NAME:big ron} told him to call before he picks up. he called me instead from the "
    "{ORGANIZATION:speedway} on {LOCATION:route 23}. urge 8/10, rode it out",
    "{NAME:Nicolette} is 120 days sober and started working at {ORGANIZATION:Panera} in "
    "{LOCATION:Kettering}. Her daughter {NAME:Ava} visits Sundays through {ORGANIZATION:Greene "
    "County Children Services}.",
    "Family program: {NAME:Marjorie Ellison} and {NAME:Frank Ellison}, parents of client "
    "{NAME:Tyler Ellison}, attended. {NAME:Marjorie} goes to Al-Anon at "
    "{ORGANIZATION:First Presbyterian} on Mondays.",
    "{NAME:Rocky}'s methadone dose is 110 mg at {ORGANIZATION:CRC Health} in "
    "{LOCATION:Parkersburg}. He wants to taper before his daughter {NAME:Kaylee}'s wedding in "
    "{DATE:June}.",
    "Gambling group: {NAME:Ling}, {NAME:Robert} and {NAME:Tasha} present. {NAME:Ling} lost "
    "$4,000 at {ORGANIZATION:Mohegan Sun} last weekend. Self-exclusion form discussed.",
]

LAST_OF_THE_STOP = [
    "Session 9 with {NAME:Odette Marchand}. She says her manager {NAME:Kyle} at "
    "{ORGANIZATION:Fred Meyer} in {LOCATION:Beaverton} denied her leave again. Assertiveness, "
    "DEAR MAN.",
    "dictated. {NAME:corey} came in hungover, said he and his brother {NAME:wes} closed down "
    "the {ORGANIZATION:blue moon tavern} in {LOCATION:wallace} saturday. AUDIT 19. MI",
    "{NAME:Anjali Raman}, 41, software tester at {ORGANIZATION:Intuit} in {LOCATION:Mountain "
    "View}. Her father {NAME:Suresh} (in {LOCATION:Pune}) had a stroke {DATE:11/22}. She flies "
    "out {DATE:Dec 6}.",
    "Play therapy: {NAME:Maverick} (6) buried the tiger. Foster mom {NAME:Lorraine Sayer} says "
    "his bio dad {NAME:Josh} called the house from {ORGANIZATION:Clallam Bay Corrections}.",
    "phone session with {NAME:ruthie} she is at her daughter {NAME:pam}'s in {LOCATION:sun "
    "city} until {DATE:january 3rd}. she misses her husband {NAME:ned} who died in the spring",
    "Couples: {NAME:Santiago} and {NAME:Cole Whitaker-Ruiz}. {NAME:Cole}'s mother "
    "{NAME:Bernadette} refuses to come to the wedding at {ORGANIZATION:Holy Cross Parish} in "
    "{LOCATION:Santa Cruz}.",
    "Portal message from {NAME:Imogen Tate}: my new cell is {PHONE:503-555-0182} and email "
    "{EMAIL:imogen.tate.art@example.com}. I moved to {LOCATION:3319 SE Division St}, "
    "{LOCATION:Portland}.",
    "Okay, um, this is for {NAME:Mr. Oyelaran}, first name {NAME:Tunde}. He's seventy-four. "
    "Retired from {ORGANIZATION:Boeing} in {LOCATION:Renton}. His wife {NAME:Folake} has "
    "dementia. Caregiver stress.",
    "{NAME:Hailey} (she/her), 15, disclosed her stepdad {NAME:Rick Dunmore} touched her. "
    "Report to Oregon DHS hotline, report {OTHER_ID:#26-338104}. Mom {NAME:Tonya} notified.",
    "EMDR. {NAME:Beckett} targeted the crash on {LOCATION:Highway 26} near "
    "{LOCATION:Government Camp} on {DATE:February 2, 2024}. His friend {NAME:Owen} died. SUD 8 "
    "to 2.",
    "{NAME:Lupe Ortega}'s son {NAME:Mateo} was picked up by ICE outside {ORGANIZATION:Lincoln "
    "Elementary} in {LOCATION:Woodburn} on {DATE:11/24}. Lawyer from {ORGANIZATION:Causa "
    "Oregon}: {NAME:Ana Maria Fuentes}.",
    "group note: {NAME:dana}, {NAME:jo}, {NAME:mercedes} and {NAME:pat} attended. "
    "{NAME:mercedes} shared her son {NAME:eli} got into {ORGANIZATION:oregon state}. "
    "{NAME:pat} left early",
    "Grandma {NAME:Vi} ({NAME:Violet Hensley}, {AGE_OVER_89:93}) lives with the family in "
    "{LOCATION:Sweet Home}. Client {NAME:Brynlee} shares a room with her.",
    "Telehealth: {NAME:Caspian Rhodes} joined from {ORGANIZATION:Multnomah County Library} "
    "({LOCATION:Gresham} branch), IP {IP:50.39.211.74}. Works nights at {ORGANIZATION:Legacy "
    "Mount Hood}.",
    "{NAME:Dr. Inez Calloway} referred {NAME:Mr. Harlan Pike}, DOB {DATE:03/19/1957}, MRN "
    "{MRN:OHS-7731902}, after his admission to {ORGANIZATION:Unity Center for Behavioral "
    "Health}.",
    "client {NAME:shayne} works the line at {ORGANIZATION:tillamook creamery} and lives in "
    "{LOCATION:bay city} with her girlfriend {NAME:rae}. panic in the car. interoceptive "
    "exposure",
    "{NAME:Rosalind} texted at 2 am from the {ORGANIZATION:Motel 6} on {LOCATION:82nd Ave}. "
    "Boyfriend {NAME:Darnell} kicked her out. Connected her with {ORGANIZATION:Call to Safety} "
    "({PHONE:503-555-0144}).",
    "Intake: {NAME:Wolfgang 'Wolf' Bergstrom}, 58, logger near {LOCATION:Roseburg}. Lost two "
    "fingers at {ORGANIZATION:Roseburg Forest Products} in {DATE:2019}. Wife {NAME:Greta}. "
    "PHQ-9 16.",
]


def main() -> None:
    write("practices_across_the_country.jsonl", "pac", PRACTICES_ACROSS_THE_COUNTRY)
    write("referrals_and_discharges.jsonl", "rad", REFERRALS_AND_DISCHARGES)
    write("spoken_notes_across_the_country.jsonl", "snc", SPOKEN_NOTES_ACROSS_THE_COUNTRY)
    write("hospital_and_clinic_records.jsonl", "hcr", HOSPITAL_AND_CLINIC_RECORDS)
    write("names_in_every_form.jsonl", "nef", NAMES_IN_EVERY_FORM)
    write("forms_and_messages_elsewhere.jsonl", "fme", FORMS_AND_MESSAGES_ELSEWHERE)
    write("scribed_dictations.jsonl", "scr", SCRIBED_DICTATIONS)
    write("med_management_shorthand.jsonl", "mms", MED_MANAGEMENT_SHORTHAND)
    write("lower_case_town_life.jsonl", "lct", LOWER_CASE_TOWN_LIFE)
    write("family_and_child_sessions.jsonl", "fcs", FAMILY_AND_CHILD_SESSIONS)
    write("spoken_notes_second_round.jsonl", "sn2", SPOKEN_NOTES_SECOND_ROUND)
    write("evaluations_and_school_notes.jsonl", "esn", EVALUATIONS_AND_SCHOOL_NOTES)
    write("telehealth_and_safety_notes.jsonl", "tsn", TELEHEALTH_AND_SAFETY_NOTES)
    write("structured_progress_notes.jsonl", "spn", STRUCTURED_PROGRESS_NOTES)
    write("psychosocial_histories.jsonl", "psh", PSYCHOSOCIAL_HISTORIES)
    write("interpreted_and_bilingual_sessions.jsonl", "ibs", INTERPRETED_AND_BILINGUAL_SESSIONS)
    write("clients_own_messages.jsonl", "com", CLIENTS_OWN_MESSAGES)
    write("recovery_notes.jsonl", "rcv", RECOVERY_NOTES)
    write("last_of_the_stop.jsonl", "lts", LAST_OF_THE_STOP)


if __name__ == "__main__":
    main()
