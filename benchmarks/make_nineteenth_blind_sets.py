"""Write the held-out corpora of the nineteenth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    services_named_in_typed_notes   typed notes naming the programs, agencies, employers,
                                    shelters, clinics and lines a client deals with, most of
                                    them by plain words ("Open Door", "Bridges")
    spoken_notes_twenty_fifth_round lower-case speech to text from Texas, Oklahoma, Arkansas and
                                    Louisiana
    spoken_notes_twenty_sixth_round lower-case speech to text from Washington, Oregon, Alaska and
                                    Hawaii
    clinical_notes_seventh_round    hospital notes in the external corpora's style (record dates,
                                    consults, social and family histories, transfers), after the
                                    stop's first rules
    spoken_notes_twenty_seventh_round
                                    lower-case speech to text from Kentucky, West Virginia, Iowa,
                                    the Dakotas and Nebraska, after the first rules
    messages_seventh_round          clients' texts, portal messages, voicemails and e-mails, after
                                    the first rules
    hospital_records_sixth_round    emergency, discharge, consult and outpatient records and
                                    letters in the i2b2 style, after the stop's second rules
    spoken_notes_twenty_eighth_round
                                    lower-case speech to text from Alabama, Georgia, Arizona and
                                    Nevada, after the stop's third rules
    spoken_notes_twenty_ninth_round lower-case speech to text from Wisconsin, Minnesota and
                                    Michigan's Upper Peninsula, after the fourth rules
    typed_notes_eighth_round        typed notes by format around Chicago, after the fourth rules
    spoken_notes_thirtieth_round    lower-case speech to text from upstate New York, after the
                                    fifth rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SERVICES_NAMED_IN_TYPED_NOTES = [
    "DAP. D: {NAME:Marisol Ibarra} reports she moved into {ORGANIZATION:Hannah's House} on "
    "{DATE:11/30} after her partner's arrest. Her advocate {NAME:Ms. Greer} from "
    "{ORGANIZATION:Safe Passage} is helping with the protective order. A: Hypervigilant, "
    "sleeping 4 h. P: Grounding; next session {DATE:12/9}.",
    "Client {NAME:Desmond Pratt} was let go from {ORGANIZATION:Keystone Freight} last month and "
    "has applied at {ORGANIZATION:Lancaster General}. He uses the food pantry at "
    "{ORGANIZATION:Water Street Mission} on Thursdays. BDI-II 24. Behavioral activation.",
    "Referral: {NAME:Tasha Bell}, 16, to {ORGANIZATION:Pathways} intensive outpatient "
    "(adolescent track). Mother {NAME:Lorraine} prefers evenings. School: "
    "{ORGANIZATION:Central Dauphin East}; counselor {NAME:Mr. Okafor} {PHONE:717-555-0163}.",
    "{NAME:Walter Greene} ({AGE_OVER_89:91}) was discharged from {ORGANIZATION:Heritage Pointe} "
    "rehab to his daughter's home in {LOCATION:Muncie}. Daughter {NAME:Bev} is using "
    "{ORGANIZATION:LifeStream} for Meals on Wheels. Grief work re: wife {NAME:Ada}.",
    "Group note, {DATE:December 2}: members discussed housing. {NAME:R.J.} has a bed at "
    "{ORGANIZATION:Open Door} through {DATE:Friday the 12th}; {NAME:Kay} is on the waitlist at "
    "{ORGANIZATION:Bethany Place}. Facilitator {NAME:J. Moreno}, LCSW.",
    "Safety plan for {NAME:Yusuf Adeyemi}. Reasons for living: daughter {NAME:Amina}. "
    "Supports: cousin {NAME:Tunde} {PHONE:(312) 555-0187}; {ORGANIZATION:Thresholds} "
    "case manager; 988. Means: gun stored with his brother in {LOCATION:Joliet}.",
    "{NAME:Priscilla Vance} continues at {ORGANIZATION:Gateway} for methadone, 90 mg. She "
    "works the overnight shift at {ORGANIZATION:Ferrara Candy} in {LOCATION:Bellwood}. UDS "
    "{DATE:11/24} negative except methadone. Relapse prevention.",
    "BIRP. B: {NAME:Colby} punched a wall after his tryout at {ORGANIZATION:Eastside Elite}. "
    "I: Anger thermometer. R: Engaged. P: Dad {NAME:Sean} to call {ORGANIZATION:Kinship "
    "Connections} about respite. Next {DATE:12/16}.",
    "Intake: {NAME:Odalys Perez}, referred by {ORGANIZATION:Catholic Charities} immigration "
    "program. Works at {ORGANIZATION:Sunrise Poultry} in {LOCATION:Siler City}. Husband "
    "{NAME:Rigo} detained in {DATE:October}. Spanish; interpreter {NAME:Lucia}.",
    "{NAME:Beatrice Lowe} asked for a letter for {ORGANIZATION:Greenfield Housing Authority} "
    "(case {OTHER_ID:HA-26-0913}) supporting an emotional support animal. Her landlord at "
    "{LOCATION:Riverside Commons} has refused twice.",
    "Phone session. {NAME:Jerome Tate} is staying at {ORGANIZATION:Harbor Light} while his "
    "benefits restart; his VA social worker {NAME:Ms. Pham} set up rides through "
    "{ORGANIZATION:DAV}. Veteran, Marine Corps, 2004-2012.",
    "Consult note: {NAME:Karin Holm} seen {DATE:12/3/2026} at request of {NAME:Dr. Bhatt}, "
    "{ORGANIZATION:Aspirus Wausau}. Prior treatment at {ORGANIZATION:North Central Health "
    "Care}. Works at {ORGANIZATION:Greenheck} as a welder. MRN {MRN:W5589012}.",
    "{NAME:Imani} reports her mother {NAME:Dorothy} is now at {ORGANIZATION:Brookdale "
    "Westlake} memory care. {NAME:Imani} drives from {LOCATION:Avon Lake} every "
    "Sunday and feels guilty. Caregiver stress; self-compassion.",
    "Termination summary: {NAME:Gus Ferreira} completed 16 sessions of CPT. Transferred care "
    "to {ORGANIZATION:Stanley Street} for group. PCL-5 61 to 29. Employer "
    "{ORGANIZATION:Titleist} approved his return on {DATE:January 5}.",
    "Message from {NAME:Noor Haddad}: \"my son started at {ORGANIZATION:Crossroads} day "
    "program, bus picks him up 7:15 at {LOCATION:44 Linden Ave}, can we move to "
    "thursdays?\"",
]

SPOKEN_NOTES_TWENTY_FIFTH_ROUND = [
    "okay this is {NAME:marcus lee} he drives a truck for {ORGANIZATION:sysco} out of "
    "{LOCATION:tyler} and his wife {NAME:rochelle} left with the kids to her mom's in "
    "{LOCATION:longview} on {DATE:thanksgiving}",
    "client {NAME:brenda} says her son {NAME:tj} got arrested by {ORGANIZATION:tulsa police} "
    "outside the {ORGANIZATION:qt} on {LOCATION:admiral} and he's in the {ORGANIZATION:david l "
    "moss} jail",
    "session with {NAME:mrs boudreaux} she's {AGE_OVER_89:ninety three} lives in "
    "{LOCATION:breaux bridge} and her granddaughter {NAME:ashlyn} moved in to help she "
    "misses her husband {NAME:alcide} every sunday after mass at {ORGANIZATION:st "
    "bernard}",
    "note for {NAME:kaden} he's fifteen and got kicked off the team at {ORGANIZATION:bixby "
    "high} his dad {NAME:wade} works at the {ORGANIZATION:tinker air base} and is gone a lot",
    "client {NAME:lakeisha} works at {ORGANIZATION:tyson} in {LOCATION:springdale} on the "
    "kill floor and her supervisor {NAME:mr hatch} yells at her she's been having panic "
    "attacks in the parking lot",
    "{NAME:big earl} that's what they call him at the shop is a mechanic in "
    "{LOCATION:lake charles} and he lost everything in the storm he's staying at his sister "
    "{NAME:wanda}'s in {LOCATION:sulphur}",
    "okay {NAME:yolanda garza} her husband {NAME:rudy} is in the {ORGANIZATION:hidalgo county "
    "jail} since {DATE:november twelfth} and she cleans houses in {LOCATION:mcallen} to pay "
    "the lawyer",
    "client {NAME:jace} says his girlfriend {NAME:kinsley} is pregnant and her dad "
    "{NAME:mr pruitt} threatened him at the {ORGANIZATION:walmart} in {LOCATION:conway} on "
    "{DATE:black friday}",
    "this is {NAME:deshawn} he's a nurse at {ORGANIZATION:ochsner} on the covid unit back "
    "then and he still has nightmares his partner {NAME:andre} wants him to take leave",
    "note for {NAME:ms thibodeaux} she called from {PHONE:three three seven five five five "
    "zero one four two} her son {NAME:remy} is using again and stole her car",
    "client {NAME:hector} works at the refinery in {LOCATION:pasadena} for "
    "{ORGANIZATION:lyondell} and his brother {NAME:chuy} died on {DATE:december first} in a "
    "wreck on {LOCATION:beltway eight}",
    "{NAME:skylar} is nineteen and lives at the {ORGANIZATION:covenant house} in "
    "{LOCATION:houston} since her stepdad {NAME:ronnie} kicked her out she wants to get her "
    "ged",
    "okay session with {NAME:cheyenne whitehorse} she's {ORGANIZATION:cherokee nation} and "
    "works at the casino in {LOCATION:catoosa} her cousin {NAME:lena} overdosed last week",
    "client {NAME:aubrey} says her ex {NAME:cody} keeps parking outside her apartment at the "
    "{LOCATION:reserve at west lake} and she called {ORGANIZATION:norman police} twice",
]

SPOKEN_NOTES_TWENTY_SIXTH_ROUND = [
    "okay this is {NAME:kealoha} she works at {ORGANIZATION:foodland} in {LOCATION:kailua} "
    "and her auntie {NAME:leilani} is raising her son since the custody hearing on "
    "{DATE:november eighteenth}",
    "client {NAME:dmitri} says he got laid off from {ORGANIZATION:boeing} in "
    "{LOCATION:everett} and his wife {NAME:svetlana} wants to move back to "
    "{LOCATION:spokane} near her parents",
    "session with {NAME:tyler nakamura} he's a deckhand on a crab boat out of "
    "{LOCATION:dutch harbor} and his girlfriend {NAME:kayla} in {LOCATION:anchorage} broke up "
    "with him by text",
    "note for {NAME:mr oyelaran} he's {AGE_OVER_89:ninety one} and lives at the "
    "{ORGANIZATION:hearthstone} in {LOCATION:issaquah} his son {NAME:femi} thinks he's depressed",
    "client {NAME:river} uses they them works at {ORGANIZATION:powell's} on "
    "{LOCATION:burnside} and a customer grabbed them {DATE:last saturday} they filed a report "
    "with {ORGANIZATION:portland police}",
    "okay {NAME:angie} her son {NAME:micah} got picked up by {ORGANIZATION:king county "
    "sheriff} in {LOCATION:kent} and he's at the youth center in {LOCATION:seattle}",
    "client {NAME:josefina} picks apples in {LOCATION:wenatchee} for {ORGANIZATION:stemilt} "
    "and her husband {NAME:lalo} drinks every night since his brother died",
    "uncle {NAME:benny} that's what the kids call him is a fisherman in {LOCATION:hilo} and "
    "he lost his boat he's been staying with client and her husband {NAME:kimo} on "
    "{LOCATION:kilauea avenue}",
    "note for {NAME:brianna} she's a barista at {ORGANIZATION:dutch bros} in "
    "{LOCATION:medford} and her manager {NAME:josh} keeps texting her at night",
    "client {NAME:walt} is a retired logger in {LOCATION:aberdeen} and his daughter "
    "{NAME:crystal} overdosed at the {ORGANIZATION:red lion} on {DATE:december fourth}",
    "this is {NAME:mele} her son {NAME:sione} plays football at {ORGANIZATION:kahuku} and got "
    "a concussion she's worried he's depressed",
    "okay {NAME:darlene} called she's at {ORGANIZATION:providence} in {LOCATION:medford} "
    "with her husband {NAME:gary} who had a stroke on {DATE:monday the first}",
    "client {NAME:nuna} from {LOCATION:bethel} is staying at {ORGANIZATION:brother francis} "
    "shelter in {LOCATION:anchorage} and wants to go home but can't afford the flight",
    "note for {NAME:jared} he works at {ORGANIZATION:intel} in {LOCATION:hillsboro} and his "
    "boss {NAME:priya} put him on a performance plan he hasn't slept since",
]

CLINICAL_NOTES_SEVENTH_ROUND = [
    "Record date: {DATE:2087-04-22}\n\n{ORGANIZATION:MERCY VALLEY MEDICAL CENTER}\nPsychiatry "
    "Consult\n\n{NAME:Lindqvist, Astrid}\nMRN: {MRN:7730418}\n\n{NAME:Ms. Lindqvist} is a "
    "64 year old retired postal carrier admitted {DATE:4/19} after an intentional overdose of "
    "zolpidem. Her husband {NAME:Bengt} found her and called 911.",
    "SOCIAL HISTORY: Lives in {LOCATION:Pawtucket} with her partner. Works as a hairdresser at "
    "{ORGANIZATION:Shear Magic} on {LOCATION:Newport Ave}. Two children; son {NAME:Eli} in "
    "{LOCATION:Worcester}. Former smoker, quit {DATE:March 2085}.",
    "{NAME:Mr. Quintanilla} is a {AGE_OVER_89:92}-year-old widower seen at the request of "
    "{NAME:Dr. Sato} for low mood since his wife {NAME:Rosario} died on {DATE:January 8th}. "
    "He lives alone at {LOCATION:18 Pleasant St., Apt 3} and his daughter {NAME:Inés} visits "
    "daily.",
    "ASSESSMENT AND PLAN: 1. Alcohol use disorder, severe: CIWA protocol; referred to "
    "{ORGANIZATION:Gosnold} on discharge. 2. Hypertension. Discussed with PCP {NAME:Dr. Wen "
    "Li} at {ORGANIZATION:Harbor Health} ({PHONE:508-555-0191}).",
    "Seen in the {ORGANIZATION:Brigham} ED on {DATE:11/2/2086} for chest pain; cath at "
    "{ORGANIZATION:Newton-Wellesley} {DATE:11/4}. Cardiologist {NAME:Dr. Reuben Adler}. "
    "Patient is a lawyer with {ORGANIZATION:Goulston & Storrs}.",
    "{NAME:Tomasz Wrobel}, a 38 yo carpenter, was brought in by {ORGANIZATION:Brockton "
    "Police} after a fight at the {ORGANIZATION:Cask 'n Flagon}. BAL 0.21. Wife {NAME:Kasia} "
    "({PHONE:774-555-0122}) requests a call.",
    "FAMILY HISTORY: Mother with schizophrenia, treated at {ORGANIZATION:Taunton State "
    "Hospital} for many years. Father died in 2079 of a stroke. Brother {NAME:Gil} "
    "lives in {LOCATION:Providence}.",
    "Transfer note {DATE:6/30/88}: accepted at {ORGANIZATION:McLean} {LOCATION:Appleton "
    "North} unit. Accepting: {NAME:Dr. F. Osei}. Ride by {ORGANIZATION:Fallon "
    "Ambulance}. Guardian {NAME:Patricia Doyle}, Esq., {PHONE:617-555-0140}.",
    "Pt states he was born in {LOCATION:Ponce} and moved to {LOCATION:Holyoke} in 2068. "
    "He worked at {ORGANIZATION:Holyoke Medical Center} as a housekeeper until his "
    "back injury on {DATE:2/14/86}.",
    "Labs {DATE:08/09}: Li 1.1, TSH 2.4, Cr 0.9. Collected at {ORGANIZATION:Quest} "
    "{LOCATION:Framingham}. Next level {DATE:8/23}. Signed: {NAME:Naledi Mokoena}, PMHNP-BC",
    "{NAME:Ms. O'Rourke}'s daughter {NAME:Siobhan} (health care proxy) was reached at "
    "{PHONE:(401) 555-0177}. Patient is {AGE_OVER_89:96} and resides at {ORGANIZATION:Scalabrini "
    "Villa} in {LOCATION:North Kingstown}.",
    "ED course: {NAME:Keanu Akana}, 27, construction worker, fell from scaffolding at the "
    "{ORGANIZATION:Suffolk Construction} site in the {LOCATION:Seaport}. Employer contact "
    "{NAME:Mike Dunleavy} {PHONE:617-555-0108}.",
    "Discharge {DATE:Thursday, 9/12}. Follow-up at {ORGANIZATION:Riverside Community Care} "
    "in {LOCATION:Dedham} with {NAME:Joanna Kim}, LICSW, on {DATE:9/17} at 2 pm. Lithium "
    "600 mg bid.",
    "Social work: {NAME:Gerald Pike} ({AGE_OVER_89:90}) lives with his son {NAME:Wayne} on "
    "a farm in {LOCATION:Hardwick}. Son works at {ORGANIZATION:Cabot Creamery}. Meals on "
    "Wheels through {ORGANIZATION:NEKCA}.",
]

SPOKEN_NOTES_TWENTY_SEVENTH_ROUND = [
    "okay this is {NAME:loretta} she's from {LOCATION:pikeville} and her husband {NAME:dale} "
    "got hurt in the mine at {ORGANIZATION:alliance coal} and now he's on pills again",
    "client {NAME:bobby joe} says his mamaw {NAME:opal} is {AGE_OVER_89:ninety six} and still "
    "lives up the holler in {LOCATION:hazard} by herself",
    "note for {NAME:ms hatfield} her son {NAME:cody} overdosed in the parking lot of the "
    "{ORGANIZATION:food city} in {LOCATION:grundy} on {DATE:october thirtieth}",
    "session with {NAME:travis} he works at {ORGANIZATION:toyota} in {LOCATION:georgetown} on "
    "second shift and his girlfriend {NAME:brittany} wants to get married",
    "client {NAME:jolene} says her daughter {NAME:kaylee} got taken by cps after she tested "
    "positive at {ORGANIZATION:pikeville medical} when the baby was born",
    "okay next {NAME:darrell} from {LOCATION:beckley} says his brother {NAME:ronnie} is in "
    "{ORGANIZATION:southern regional jail} since {DATE:halloween}",
    "this is {NAME:kayla} she works at {ORGANIZATION:hy vee} in {LOCATION:ames} and her "
    "manager {NAME:doug} keeps scheduling her on her class days at {ORGANIZATION:iowa state}",
    "client {NAME:lars} is a farmer outside {LOCATION:mitchell} and his wife {NAME:ingrid} "
    "says he hasn't gotten out of bed since the bank called",
    "note for {NAME:shawnee} she's oglala from {LOCATION:pine ridge} and lives "
    "in {LOCATION:rapid city} now her cousin {NAME:tashina} died in a crash on "
    "{LOCATION:highway eighteen}",
    "okay {NAME:mr jorgensen} is {AGE_OVER_89:ninety one} lives at {ORGANIZATION:good "
    "samaritan} in {LOCATION:sioux falls} and his son {NAME:erik} says he keeps asking for his "
    "wife",
    "client {NAME:marisol} works at the {ORGANIZATION:smithfield} plant in {LOCATION:sioux "
    "falls} and her supervisor {NAME:ray} yells at her in front of everybody",
    "session with {NAME:dakota} he's seventeen and got kicked out of {ORGANIZATION:lincoln "
    "north star} for fighting his mom {NAME:crystal} works nights at {ORGANIZATION:bryan "
    "west}",
    "{NAME:pastor gene} from {ORGANIZATION:first baptist} in {LOCATION:fargo} referred "
    "{NAME:annika} whose husband {NAME:nils} died by suicide on {DATE:november second}",
    "client {NAME:wyatt} says his dad {NAME:russ} drinks at the {ORGANIZATION:vfw} in "
    "{LOCATION:omaha} every night and hits his mom when he gets home",
]

MESSAGES_SEVENTH_ROUND = [
    "hi this is {NAME:jess ortiz} can i move my thurs appt to {DATE:12/18}? i picked up a shift "
    "at {ORGANIZATION:chipotle} on {LOCATION:boylston}",
    "Portal message from {NAME:Harold Vance}: My wife {NAME:Ruth} passed on {DATE:Sunday "
    "the 7th}. I won't make it this week. The service is at {ORGANIZATION:Saint Rose of "
    "Lima} Saturday.",
    "{NAME:Dr. K}, my insurance changed to {ORGANIZATION:Tufts Health Plan}, member id "
    "{HEALTH_PLAN:TH7718204}. Sorry!! -{NAME:Bri}",
    "voicemail 3:42 pm: hi its {NAME:marcus} from {LOCATION:lynn} my number is "
    "{PHONE:781 555 0164} call me back i got into it with my landlord again",
    "Hello, this is {NAME:Amal Yousef}, mother of {NAME:Zain} (DOB {DATE:3/4/2014}). His "
    "school, {ORGANIZATION:Brookline Early Education}, asked for a letter. Email "
    "{EMAIL:amal.yousef@example.net}.",
    "text from {NAME:kiki}: omg my ex is outside the {ORGANIZATION:cvs} on {LOCATION:centre "
    "street} what do i do",
    "From: {NAME:Tom Reyes} <{EMAIL:treyes77@example.com}>\nSubject: session\nCan we do "
    "telehealth? I'm at my mom's in {LOCATION:Cranston} until {DATE:Jan 2}.",
    "hey its {NAME:dani} i start at {ORGANIZATION:brigham} on {DATE:monday the 15th} as a "
    "unit secretary so i need evenings now",
    "Message: {NAME:Walt Pruitt} called, says his son {NAME:Jimmy} was arrested by "
    "{ORGANIZATION:Quincy PD} last night and is at the courthouse. Callback "
    "{PHONE:617-555-0119}.",
    "hi its {NAME:sofia} my daughter {NAME:luna} has a fever, can we do zoom? also my new "
    "address is {LOCATION:77 elm st apt 2, somerville}",
    "{NAME:Ms. Greene} left a message: her father ({AGE_OVER_89:93}) fell at "
    "{ORGANIZATION:Sunrise of Arlington} and is at {ORGANIZATION:Mount Auburn}. She'll call "
    "to reschedule.",
    "txt: this is {NAME:dre} i got the job at {ORGANIZATION:ups} in {LOCATION:chelsea} "
    "nights so tuesdays dont work anymore",
]

HOSPITAL_RECORDS_SIXTH_ROUND = [
    "Record date: {DATE:2091-10-03}\n\nEMERGENCY DEPARTMENT NOTE\n{ORGANIZATION:ST. LUKE'S "
    "HOSPITAL}\nPatient: {NAME:DUBOIS, GENEVIEVE}   MRN: {MRN:4408817}\nArrival: {DATE:10/03/91} "
    "22:14 by {ORGANIZATION:New Bedford EMS}.",
    "HPI: 52 yo woman, a school bus driver for {ORGANIZATION:First Student}, presents with "
    "suicidal ideation after her son {NAME:Marc} was arrested on {DATE:Sept 29}. Seen last "
    "year at {ORGANIZATION:Corrigan Mental Health Center} by {NAME:Dr. Alves}.",
    "PAST PSYCHIATRIC HISTORY: Admitted to {ORGANIZATION:Arbour Hospital} in "
    "{LOCATION:Jamaica Plain} in {DATE:May 2089} and to {ORGANIZATION:Bournewood} in "
    "2090. Outpatient psychiatrist {NAME:Lydia Chen}, MD, pager {PHONE:38812}.",
    "SOCIAL HISTORY: Lives with her sister {NAME:Colette} at {LOCATION:212 County St} in "
    "{LOCATION:New Bedford}. Retired nurse's aide from {ORGANIZATION:Sippican Healthcare "
    "Center}. No guns in the home. Tobacco 1 ppd.",
    "Case discussed with on-call attending {NAME:Dr. Babatunde Okoro} ({PHONE:x4471}). Bed "
    "search: {ORGANIZATION:Butler} declined, {ORGANIZATION:Fuller} accepted {DATE:10/04} "
    "0300. Section 12 signed by {NAME:Dr. Okoro}.",
    "DISCHARGE SUMMARY\nADMIT: {DATE:3/14/2088}   DISCHARGE: {DATE:3/22/2088}\nPRINCIPAL DX: "
    "Bipolar I disorder, current episode manic, severe\nThe patient is a 29 year old "
    "graduate student at {ORGANIZATION:Brown} who was brought by campus police.",
    "HOSPITAL COURSE: Started on lithium and olanzapine. Mother {NAME:Mrs. Haddad} flew in "
    "from {LOCATION:Dearborn} on {DATE:3/16}. Patient was seen by {NAME:Dr. I. Petrov} of "
    "the {ORGANIZATION:Butler Hospital} ECT service for a second opinion.",
    "FOLLOW-UP: {NAME:Dr. Gabriel Ruiz}, {ORGANIZATION:Providence Center}, {LOCATION:528 "
    "North Main Street}, {LOCATION:Providence}, RI {LOCATION:02904}, on {DATE:3/28/88} at "
    "10:00 AM.",
    "{NAME:Hollis Freeman} is a {AGE_OVER_89:94} year old man from {LOCATION:Chicopee} "
    "admitted {DATE:6/1} for delirium. Daughter {NAME:Yvette Freeman} ({PHONE:413-555-0133}) "
    "is HCP. He was a machinist at {ORGANIZATION:Spalding} for 40 years.",
    "MEDICATIONS ON ADMISSION: sertraline 100 mg daily, trazodone 50 mg qhs. Pharmacy: "
    "{ORGANIZATION:Walgreens} on {LOCATION:Memorial Drive}, {LOCATION:Chicopee}.",
    "Consult requested by {NAME:Dr. Amara Nwosu} (hospitalist). {NAME:Mr. Tran} is a 45M "
    "line cook at {ORGANIZATION:Legal Sea Foods} {LOCATION:Park Square} with alcohol use "
    "disorder; last drink Tuesday night.",
    "PLAN: Librium taper. SW to contact his wife {NAME:Lan} at {PHONE:617-555-0126} and his "
    "employer re: FMLA. Consider referral to {ORGANIZATION:CASPAR} detox on discharge.",
    "Addendum {DATE:12/24/2090} 16:10: Spoke with {NAME:Officer Kelleher} of "
    "{ORGANIZATION:Fall River PD} re: the 209A. Patient's ex, "
    "{NAME:Darren Medeiros}, is not to come within 100 yards.",
    "ID: {NAME:Yolanda Price}, {AGE_OVER_89:91}F, resident of {ORGANIZATION:Royal Norwell} "
    "nursing home, sent in for agitation. Son {NAME:Leon} is guardian. Hx: dementia, CHF, "
    "DM2.",
    "Outpatient note {DATE:Jan 9, 2092}: {NAME:Ana Lucia Ferreira} returns with her husband "
    "{NAME:Nuno}. She started a job at {ORGANIZATION:Acushnet Company} in {DATE:December}. "
    "PHQ-9 9 from 17. Continue bupropion XL 300.",
    "Letter: To Whom It May Concern, {NAME:Deshawn Carter} (DOB {DATE:07/19/2001}) has been "
    "in treatment at our clinic since {DATE:August 2090}. Please excuse his absence from "
    "{ORGANIZATION:Bristol Community College} on {DATE:11/14}. {NAME:Elena Markova}, LMHC",
]

SPOKEN_NOTES_TWENTY_EIGHTH_ROUND = [
    "okay this is {NAME:latasha} she works at the {ORGANIZATION:hyundai} plant in "
    "{LOCATION:montgomery} and her husband {NAME:cedric} got laid off from "
    "{ORGANIZATION:international paper} so money is tight",
    "client {NAME:dewayne} says his grandmother big mama is {AGE_OVER_89:ninety four} and "
    "lives off {LOCATION:highway thirty one} in {LOCATION:prattville} with no air",
    "note for {NAME:mrs tubbs} her son {NAME:jarvis} was shot outside the {ORGANIZATION:waffle "
    "house} on {LOCATION:eastern boulevard} on the {DATE:fourth of july}",
    "session with {NAME:cole} he's a freshman at {ORGANIZATION:auburn} and his roommate "
    "{NAME:brayden} found him passed out at a party on {LOCATION:magnolia}",
    "client {NAME:shaquita} says her boss at {ORGANIZATION:piggly wiggly} in "
    "{LOCATION:dothan} cut her hours after she asked for time off for her son's surgery at "
    "{ORGANIZATION:children's of alabama}",
    "okay next {NAME:rhonda} from {LOCATION:albany} says her husband {NAME:curtis} is back "
    "drinking since he got out of {ORGANIZATION:autry state prison} in {DATE:september}",
    "this is {NAME:ms pettway} she lives in {LOCATION:gee's bend} and her grandson "
    "{NAME:tyrell} is locked up in {LOCATION:selma} she can't afford to visit",
    "client {NAME:raul} works at a dairy outside {LOCATION:casa grande} and his wife "
    "{NAME:maribel} wants to go back to {LOCATION:hermosillo} after her mother died",
    "note for {NAME:dustin} he's a blackjack dealer at the {ORGANIZATION:bellagio} and his "
    "ex {NAME:amber} took the kids to {LOCATION:henderson} he sees them every other weekend",
    "okay {NAME:mr begay} is {AGE_OVER_89:ninety} lives in {LOCATION:chinle} and his "
    "daughter {NAME:loretta} drives him to {ORGANIZATION:tsehootsooi} for dialysis",
    "client {NAME:jenna} says her boyfriend {NAME:tanner} hit her in the parking lot of "
    "{ORGANIZATION:harkins} in {LOCATION:scottsdale} on {DATE:saturday the ninth}",
    "session with {NAME:priya} she's a resident at {ORGANIZATION:banner university} and "
    "her attending {NAME:dr kessler} yelled at her in front of the team",
    "this is {NAME:manny} he lost his job at {ORGANIZATION:caesars} and is sleeping in his "
    "car behind the {ORGANIZATION:smith's} on {LOCATION:flamingo}",
    "client {NAME:esperanza} says her son {NAME:gabe} ran away from {ORGANIZATION:canyon "
    "state academy} and showed up at her place in {LOCATION:apache junction}",
]

SPOKEN_NOTES_TWENTY_NINTH_ROUND = [
    "okay this is {NAME:becky} she works at {ORGANIZATION:menards} in {LOCATION:eau claire} "
    "and her husband {NAME:todd} got a dui on {LOCATION:highway fifty three} coming home from "
    "the {ORGANIZATION:moose lodge}",
    "client {NAME:arne} says his wife {NAME:solveig} is at {ORGANIZATION:st mary's} in "
    "{LOCATION:duluth} after the fall and he can't drive in the snow",
    "note for {NAME:tyrone} he's at the {ORGANIZATION:harbor light} shelter on "
    "{LOCATION:currie avenue} and his caseworker {NAME:ms lund} is helping with his ssi",
    "session with {NAME:kaitlyn} she's a junior at {ORGANIZATION:st cloud state} and her "
    "roommate {NAME:maddie} keeps bringing guys back to their place on {LOCATION:fifth "
    "avenue south}",
    "client {NAME:pao} says his dad {NAME:vang} drinks at "
    "the {ORGANIZATION:legion} in {LOCATION:wausau} and the cops came {DATE:last friday}",
    "okay next {NAME:sue ellen} from {LOCATION:ishpeming} says her son {NAME:kyle} lost his "
    "job at the {ORGANIZATION:tilden} mine and is using again",
    "this is {NAME:marcus} he's a correctional officer at {ORGANIZATION:stillwater} and an "
    "inmate threw something at him on {DATE:november twentieth} he can't sleep",
    "client {NAME:linnea} says her grandpa {NAME:olaf} is {AGE_OVER_89:ninety nine} and still "
    "shovels his own driveway in {LOCATION:thief river falls}",
    "note for {NAME:destiny} her baby daddy {NAME:jaquan} showed up at her job at the "
    "{ORGANIZATION:kwik trip} on {LOCATION:university avenue} and threatened her",
    "okay {NAME:ms xiong} called her son {NAME:teng} got jumped outside {ORGANIZATION:harding "
    "high} and he's at {ORGANIZATION:regions} with a broken jaw",
    "client {NAME:bjorn} is a dairy farmer near {LOCATION:new ulm} and his bank "
    "{ORGANIZATION:citizens state} won't extend the loan he's talking about ending it",
    "session with {NAME:ayaan} his mom {NAME:fadumo} wants him to quit target "
    "and focus on school at {ORGANIZATION:roosevelt}",
    "this is {NAME:rick} he plows for the {ORGANIZATION:city of marquette} and his ex "
    "{NAME:dawn} took the dog to her sister's in {LOCATION:negaunee}",
    "client {NAME:kenzie} says her dad {NAME:brad} coaches at {ORGANIZATION:hermantown} and "
    "yells at her in front of the whole team",
]

TYPED_NOTES_EIGHTH_ROUND = [
    "DAP note. D: {NAME:Rosalind Park} discussed conflict with her supervisor at "
    "{ORGANIZATION:Medline} in {LOCATION:Northfield}. Her daughter {NAME:Hana} starts at "
    "{ORGANIZATION:Lake Forest Academy} in {DATE:January}. A: GAD-7 13. P: Worry time.",
    "SOAP. S: {NAME:Mr. Abernathy} reports his wife {NAME:June} moved to {ORGANIZATION:Brookdale "
    "Lake Shore} memory care on {DATE:11/20}. O: Tearful. A: Adjustment disorder. P: Meet "
    "{DATE:12/4}.",
    "BIRP. B: {NAME:Xavier}, 15, refused to go to {ORGANIZATION:Whitney Young} after a fight "
    "with {NAME:DeAndre}. I: Chain analysis. R: Identified shame. P: Mother {NAME:Tamika} to "
    "email counselor {NAME:Mr. Soto}.",
    "Couples session: {NAME:Ingrid} and {NAME:Paul Weber}. {NAME:Paul} works for "
    "{ORGANIZATION:Caterpillar} in {LOCATION:Peoria} and travels weekly. {NAME:Ingrid} "
    "teaches at {ORGANIZATION:Bradley}. Gottman repair attempts.",
    "Risk assessment: {NAME:Dylan Ross} reports SI after his girlfriend {NAME:Amber} ended it "
    "on {DATE:12/1}. Firearm at his father's in {LOCATION:Rockford}; father {NAME:Gary} agreed "
    "to store it at {ORGANIZATION:Rockford Gun Club}.",
    "Group: Women's trauma group, {DATE:12/3}. Present: {NAME:Maribel}, {NAME:Shonda}, "
    "{NAME:Li Na}, {NAME:Colleen}. {NAME:Shonda} shared that her ex is out of "
    "{ORGANIZATION:Cook County Jail}. Grounding.",
    "Intake: {NAME:Oluwaseun Bello}, 34, nurse at {ORGANIZATION:Advocate Christ} in "
    "{LOCATION:Oak Lawn}. Lives at {LOCATION:9120 S. Kedzie Ave, Apt 4}. Insurance "
    "{HEALTH_PLAN:BCBS IL XOF448812307}.",
    "Termination note: {NAME:Ms. Grabowski} completed 20 sessions. Moving to "
    "{LOCATION:Kenosha} to live with her son {NAME:Pete}. Referral to {ORGANIZATION:Kenosha "
    "Human Development Services}.",
    "Family session: the {NAME:Okonkwo} family. Father {NAME:Chidi} drives for "
    "{ORGANIZATION:CTA}. Mother {NAME:Ngozi} is a pharmacist at {ORGANIZATION:Jewel-Osco} on "
    "{LOCATION:Clark St}. Son {NAME:Emeka}, 13, school refusal.",
    "{NAME:Tomás} (client) texted at 2:10 am from the {ORGANIZATION:Motel 6} in "
    "{LOCATION:Joliet}; mobile crisis dispatched via {ORGANIZATION:Will County} crisis line "
    "{PHONE:815-555-0191}.",
    "Progress note {DATE:12/5/2026}: {NAME:Harriet Lowell} ({AGE_OVER_89:93}) seen at "
    "{ORGANIZATION:Vi at The Glen} in {LOCATION:Glenview}. Grieving her sister {NAME:Mabel}. "
    "Life review.",
    "Note: {NAME:Jamal Reed} was let go from {ORGANIZATION:Ford Chicago Assembly} on "
    "{DATE:11/17}. Union rep {NAME:Dennis Kowalski} from {ORGANIZATION:UAW Local 551} is "
    "filing a grievance. Behavioral activation.",
]

SPOKEN_NOTES_THIRTIETH_ROUND = [
    "okay this is {NAME:gina} she works at {ORGANIZATION:wegmans} in {LOCATION:pittsford} "
    "and her husband {NAME:sal} got laid off from {ORGANIZATION:kodak} years ago and never "
    "went back to work",
    "client {NAME:tyquan} says his cousin {NAME:man man} got shot on {LOCATION:jefferson "
    "avenue} in {LOCATION:buffalo} on {DATE:thanksgiving night}",
    "note for {NAME:mrs kowalczyk} she's {AGE_OVER_89:ninety two} and lives above the "
    "{ORGANIZATION:broadway market} her granddaughter {NAME:ashley} wants her in a home",
    "session with {NAME:brendan} he's a junior at {ORGANIZATION:syracuse} and his frat "
    "brother {NAME:connor} died of an overdose at their house on {LOCATION:euclid}",
    "client {NAME:yesenia} says her ex {NAME:hector} keeps calling her job at the "
    "{ORGANIZATION:destiny usa} food court and she wants an order of protection",
    "okay next {NAME:dolores} from {LOCATION:utica} says her son {NAME:joey} is in "
    "{ORGANIZATION:marcy correctional} and she takes the bus up every other sunday",
    "this is {NAME:kevin} he's a guard at {ORGANIZATION:attica} and he's been drinking since "
    "an inmate stabbed his partner {NAME:mike} on {DATE:october twelfth}",
    "client {NAME:priya} is a resident at {ORGANIZATION:strong} and her attending "
    "{NAME:dr feldman} told her she's not cut out for surgery",
    "note for {NAME:shanice} her landlord at the {LOCATION:mapleview apartments} on "
    "{LOCATION:east avenue} won't fix the heat and her son {NAME:jaylen} has asthma",
    "okay {NAME:mr delvecchio} called his wife {NAME:rosemary} is at {ORGANIZATION:st "
    "joe's} in {LOCATION:syracuse} after a stroke on {DATE:monday the eighth}",
    "client {NAME:amani} came from {LOCATION:kakuma} three years ago and works at the "
    "{ORGANIZATION:chobani} plant in {LOCATION:new berlin} on nights",
    "session with {NAME:bryce} he's seventeen and plays hockey for {ORGANIZATION:canisius} "
    "and his dad {NAME:steve} screams at him from the stands at {ORGANIZATION:harbor center}",
    "this is {NAME:lashawn} she's a cna at {ORGANIZATION:loretto} and her supervisor "
    "{NAME:ms pryor} wrote her up for being late because the bus didn't come",
    "client {NAME:nate} says his girlfriend {NAME:mackenzie} moved out to her mom's in "
    "{LOCATION:cheektowaga} and took the cat he's been sleeping in his truck at "
    "{LOCATION:delaware park}",
]


def main() -> None:
    write("services_named_in_typed_notes.jsonl", "snt", SERVICES_NAMED_IN_TYPED_NOTES)
    write("spoken_notes_twenty_fifth_round.jsonl", "sn25", SPOKEN_NOTES_TWENTY_FIFTH_ROUND)
    write("spoken_notes_twenty_sixth_round.jsonl", "sn26", SPOKEN_NOTES_TWENTY_SIXTH_ROUND)
    write("clinical_notes_seventh_round.jsonl", "cn7", CLINICAL_NOTES_SEVENTH_ROUND)
    write("spoken_notes_twenty_seventh_round.jsonl", "sn27", SPOKEN_NOTES_TWENTY_SEVENTH_ROUND)
    write("messages_seventh_round.jsonl", "mg7", MESSAGES_SEVENTH_ROUND)
    write("hospital_records_sixth_round.jsonl", "hr6", HOSPITAL_RECORDS_SIXTH_ROUND)
    write("spoken_notes_twenty_eighth_round.jsonl", "sn28", SPOKEN_NOTES_TWENTY_EIGHTH_ROUND)
    write("spoken_notes_twenty_ninth_round.jsonl", "sn29", SPOKEN_NOTES_TWENTY_NINTH_ROUND)
    write("typed_notes_eighth_round.jsonl", "tn8", TYPED_NOTES_EIGHTH_ROUND)
    write("spoken_notes_thirtieth_round.jsonl", "sn30", SPOKEN_NOTES_THIRTIETH_ROUND)


if __name__ == "__main__":
    main()
