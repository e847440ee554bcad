"""Write the held-out corpora of the twenty-third stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_sixty_sixth_round   lower-case speech to text from Pittsburgh and western
                                     Pennsylvania
    spoken_notes_sixty_seventh_round lower-case speech to text from Nebraska, Kansas and Oklahoma
    typed_notes_nineteenth_round     typed notes by format and modality from Atlanta
    messages_sixteenth_round         clients', families', schools' and police texts, e-mails and
                                     voicemails in English and Spanish
    spoken_notes_sixty_eighth_round  lower-case speech to text from Charleston, Savannah and the
                                     Lowcountry, after the first round's rules
    spoken_notes_sixty_ninth_round   lower-case speech to text from the Bronx, Queens, Brooklyn,
                                     Manhattan and Staten Island, after the first round's rules
    hospital_records_eleventh_round  admission, emergency, consult and discharge records from Ohio
                                     and Indiana, after the first round's rules
    letters_and_forms_ninth_round    letters, releases, intake and FMLA forms, court and asylum
                                     letters from Arizona, after the first round's rules
    crisis_line_notes_fifth          988, text line, warm line and mobile crisis notes, after the
                                     first round's rules
    spoken_notes_seventieth_round    lower-case speech to text from Nashville and Middle
                                     Tennessee, after the second round's rules
    spoken_notes_seventy_first_round lower-case speech to text from El Paso, Las Cruces and the
                                     border, after the second round's rules
    typed_notes_twentieth_round      typed notes by format and modality from New Orleans, Baton
                                     Rouge and Acadiana, after the second round's rules
    group_and_family_notes_sixth     group, couples, multifamily and family notes with many people
                                     named, after the second round's rules
    school_counseling_notes_third    school counsellors' notes, 504 and IEP meetings, threat
                                     assessments, after the second round's rules
    spoken_notes_seventy_second_round
                                     lower-case speech to text from Phoenix, Tucson and the
                                     Navajo Nation, after the third round's rules
    spoken_notes_seventy_third_round lower-case speech to text from Miami, Hialeah and the Keys,
                                     after the third round's rules
    messages_seventeenth_round       clients', families', schools', pastors' and officers'
                                     messages in English and Spanish, after the third round's
                                     rules
    hospital_records_twelfth_round   emergency, admission, consult, discharge and nursing records
                                     from California, after the third round's rules
    rarer_kinds_sixth_round          devices, plates, IPs, licences, claims, links, accounts,
                                     VINs, handles and plan numbers, after the third round's rules
    spoken_notes_seventy_fourth_round
                                     lower-case speech to text from Columbus and Dayton, after
                                     the fourth round's rules
    spoken_notes_seventy_fifth_round lower-case speech to text from Norfolk, Hampton Roads and
                                     Richmond, after the fourth round's rules
    typed_notes_twenty_first_round   typed notes by modality from Minnesota, after the fourth
                                     round's rules
    messages_eighteenth_round        clients', families', pastors', coaches' and officers'
                                     messages, after the fourth round's rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_SIXTY_SIXTH_ROUND = [
    "alright progress note for {NAME:dominic} he's thirty one works the night shift at "
    "{ORGANIZATION:us steel} in {LOCATION:clairton} and his fiancee {NAME:brianna} says he "
    "hasn't slept more than three hours since the explosion on {DATE:december twenty fourth}",
    "saw {NAME:mrs kostelnik} today she's {AGE_OVER_89:ninety two} and lives up on "
    "{LOCATION:polish hill} her grandson {NAME:jakub} does her shopping at the {ORGANIZATION:giant "
    "eagle} on {LOCATION:liberty avenue}",
    "follow up with {NAME:shawna} twenty four she's a server at {ORGANIZATION:primanti's} in the "
    "{LOCATION:strip district} her boyfriend {NAME:deshawn} got picked up by county "
    "police on {DATE:friday the thirteenth}",
    "okay this is for {NAME:gabe} he's fifteen goes to {ORGANIZATION:central catholic} and he "
    "told his coach {NAME:coach mcgrath} that he wants to die after the {ORGANIZATION:penn hills} "
    "game",
    "session with {NAME:linda} fifty three she's a unit clerk at {ORGANIZATION:upmc presby} and "
    "her husband {NAME:ron} was laid off from {ORGANIZATION:alcoa} back in {DATE:march} he drinks "
    "at the {ORGANIZATION:legion} in {LOCATION:mckees rocks} every night",
    "note for {NAME:tj} twenty he's in recovery at {ORGANIZATION:gateway rehab} in "
    "{LOCATION:aliquippa} his mom {NAME:dana} can be reached at {PHONE:four one two five five "
    "five zero one three eight}",
    "this is {NAME:ashley} thirty five she lives in {LOCATION:washington county} near "
    "{LOCATION:canonsburg} and her ex {NAME:kyle hartman} keeps driving by the house she got a "
    "pfa on {DATE:november ninth}",
    "okay {NAME:pat} sixty one retired from the {ORGANIZATION:port authority} drove the "
    "fifty four bus for twenty years his sister {NAME:maureen} died in "
    "{LOCATION:erie} last month",
    "met with {NAME:ayesha} nineteen she's a sophomore at {ORGANIZATION:pitt} studying nursing "
    "her roommate {NAME:olivia} walked her over to {ORGANIZATION:western psych} after she took "
    "a bunch of tylenol",
    "client {NAME:rich} forty six owns {ORGANIZATION:rich's auto body} in {LOCATION:greensburg} "
    "and his daughter {NAME:kayla} moved to {LOCATION:morgantown} with her boyfriend",
    "progress note for {NAME:nicole} twenty eight a teacher at {ORGANIZATION:markham "
    "elementary} in {LOCATION:mt lebanon} her mom {NAME:diane} has stage four cancer at "
    "{ORGANIZATION:hillman} and she's driving in from {LOCATION:bethel park} every day",
    "alright {NAME:marcus} thirty nine from {LOCATION:homewood} works at the "
    "{ORGANIZATION:amazon} warehouse in {LOCATION:findlay township} his cousin {NAME:tre} was "
    "shot on {DATE:october thirtieth}",
    "saw {NAME:bernadette} forty two for grief her husband {NAME:stosh} was a miner at "
    "{ORGANIZATION:cumberland mine} and died on {DATE:august eighth} she's in "
    "{LOCATION:waynesburg}",
    "this is {NAME:jordan} they're seventeen at {ORGANIZATION:allderdice} their mom {NAME:kim} "
    "found out they were cutting and called {ORGANIZATION:resolve} on sunday night",
]

SPOKEN_NOTES_SIXTY_SEVENTH_ROUND = [
    "okay session with {NAME:cody} twenty seven he works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:lexington} and his wife {NAME:yesenia} is from guatemala she's scared "
    "about ice",
    "note for {NAME:darlene} sixty four she farms with her husband {NAME:vern} near "
    "{LOCATION:broken bow} they might lose the place to the bank after the hail on {DATE:june "
    "second}",
    "this is {NAME:bailey} sixteen at {ORGANIZATION:millard north} in {LOCATION:omaha} her "
    "boyfriend {NAME:carter} sent pictures of her around school",
    "follow up with {NAME:lonnie} fifty two a trucker for {ORGANIZATION:werner} out of "
    "{LOCATION:omaha} his daughter {NAME:shelby} is in {LOCATION:kearney} and won't let him see "
    "the grandbaby",
    "alright {NAME:mrs harjo} {AGE_OVER_89:ninety six} lives with her granddaughter {NAME:tayla} "
    "in {LOCATION:okmulgee} she speaks mvskoke and goes to the indian clinic in "
    "{LOCATION:okemah}",
    "session with {NAME:jace} nineteen he's at {ORGANIZATION:k state} in {LOCATION:manhattan} "
    "plays on the line his dad {NAME:brent} pushes him hard and he's been using adderall from "
    "his buddy {NAME:tanner}",
    "saw {NAME:rhonda} forty eight a cna at {ORGANIZATION:via christi} in {LOCATION:wichita} her "
    "son {NAME:dakota} went to {ORGANIZATION:el dorado correctional} on {DATE:the fifth}",
    "okay {NAME:esperanza} thirty three works at {ORGANIZATION:national beef} in "
    "{LOCATION:dodge city} her husband {NAME:ruben} hits her and she wants to go to the shelter "
    "in {LOCATION:garden city}",
    "progress note {NAME:kolton} twenty two from {LOCATION:stillwater} he's at "
    "{ORGANIZATION:osu} his frat brother {NAME:blake} died of alcohol poisoning on "
    "{DATE:september twentieth}",
    "client {NAME:maxine} seventy one lives on {LOCATION:north forty fourth street} in "
    "{LOCATION:lincoln} her neighbor {NAME:gladys} checks on her her number is {PHONE:four zero "
    "two five five five zero one seven seven}",
    "this is {NAME:trey} thirty he's a lineman for {ORGANIZATION:oge} out of {LOCATION:enid} "
    "fell off a pole last spring and got hooked on the hydrocodone",
    "session with {NAME:priya} twenty six a resident at {ORGANIZATION:ou medical} in "
    "{LOCATION:oklahoma city} her attending {NAME:dr whitaker} yelled at her in front of the "
    "team",
    "okay {NAME:wade} forty one from {LOCATION:hays} his wife {NAME:jolene} left him for his "
    "best friend {NAME:clint} on {DATE:valentine's day}",
    "note for {NAME:shiloh} ten her grandma {NAME:peggy} has custody since her mom went to "
    "prison in {LOCATION:mcloud} she goes to {ORGANIZATION:jefferson elementary} in "
    "{LOCATION:shawnee}",
]

TYPED_NOTES_NINETEENTH_ROUND = [
    'SOAP — {NAME:Keisha Drummond}, 34. S: "I can\'t breathe on the {LOCATION:Connector}." '
    "Panic on {LOCATION:I-75/85} near {LOCATION:North Ave}. O: hyperventilating in lobby. A: "
    "panic d/o. P: interoceptive exposure; f/u {DATE:12/15}.",
    "DAP: {NAME:Terrence Oyelaran} reports conflict with supervisor at "
    "{ORGANIZATION:Delta TechOps}. Wife {NAME:Funmi} expecting in {DATE:February}. A: "
    "adjustment. P: assertiveness role play.",
    "BIRP — {NAME:Madison Pruitt} (16), {ORGANIZATION:Walton High School}. B: restricting, 3 "
    "meals skipped/day. I: CBT-E. R: ambivalent. P: weigh-in w/ {NAME:Dr. Lisa Hsu} at "
    "{ORGANIZATION:Children's Healthcare of Atlanta}.",
    "Intake. Name: {NAME:Roberto Jimenez Cardona}. DOB: {DATE:07/22/1979}. Address: "
    "{LOCATION:2281 Buford Hwy NE, Apt 14}, {LOCATION:Brookhaven}, GA {LOCATION:30329}. Phone: "
    "{PHONE:404-555-0193}. Insurance: Ambetter {HEALTH_PLAN:U7734120951}.",
    'Risk note: {NAME:Jalen Carter} posted "done with all of it" on IG ({OTHER_ID:@jcarter.404}). '
    "Mother {NAME:Tonya} called GCAL on {DATE:11/30}. Mobile crisis dispatched to "
    "{LOCATION:East Point}.",
    "GIRP. G: stay sober. I: MI, relapse prevention. R: {NAME:Wes Holloway} 41 days; attends "
    "meetings at the {ORGANIZATION:Galano Club}. P: continue weekly.",
    "Couples: {NAME:Andre} and {NAME:Michelle Baptiste}. Gottman repair attempts. {NAME:Andre} "
    "works at {ORGANIZATION:Home Depot} HQ in {LOCATION:Vinings}. Next {DATE:Wed 12/16}.",
    "EMDR: {NAME:Sgt. Kevin Moultrie}, {ORGANIZATION:Fort Moore}. Target: IED in "
    "{LOCATION:Kandahar}, 2011. SUDS 9 -> 4. VOC 3 -> 5.",
    "Group note (DBT skills): {NAME:Amber L.} practiced DEAR MAN before meeting with her "
    "landlord at {ORGANIZATION:Ashford Park Apartments}.",
    "Discharge: {NAME:Eugene Whitlock}, {AGE_OVER_89:91}, from {ORGANIZATION:Peachford} on "
    "{DATE:11/25/2026} to {ORGANIZATION:Sunrise of Dunwoody}. Son {NAME:Carl} is POA.",
    "Psychodynamic: {NAME:Naomi} explored anger at her father {NAME:Rev. Calvin Simms}, pastor "
    "of {ORGANIZATION:Greater Mount Zion}.",
    "Collateral: spoke w/ {NAME:Ms. Ortega}, {ORGANIZATION:DeKalb County DFCS}, case "
    "{OTHER_ID:DF-2026-008815}, re: {NAME:Aaliyah}'s placement.",
    "ACT: {NAME:Grace Kim} values family; committed action: visit grandmother in "
    "{LOCATION:Duluth} on {DATE:Saturday 12/12}.",
    "Play therapy: {NAME:Mateo} (6) buried the dinosaur 'so Papi can't find it.' Mother "
    "{NAME:Lucia} reports nightmares since {DATE:Halloween}.",
]

MESSAGES_SIXTEENTH_ROUND = [
    "hey its {NAME:britt} running late stuck on {LOCATION:route 28} be there in 15",
    "Hi {NAME:Dr. Farah}, this is {NAME:Connie Ybarra}, {NAME:Luis}'s mom. He got suspended from "
    "{ORGANIZATION:Hanby Middle} today. Can you call me at {PHONE:302-555-0127}?",
    "voicemail from {NAME:gerald} at 7:40 this morning says his wife {NAME:bev} fell and "
    "hes at {ORGANIZATION:st lukes} with her wont make it",
    "From: {EMAIL:m.oduya@outlook.com}\nI need a letter for my landlord at {ORGANIZATION:Maple "
    "Court} saying I need my ESA. My unit is {LOCATION:4B}. Thanks, {NAME:Mercy Oduya}",
    "text from client: cant do thursday my shift at {ORGANIZATION:costco} changed. -{NAME:ray}",
    "Hola {NAME:Sra. Beltrán}, soy {NAME:Yolanda} la mamá de {NAME:Kevin}. Él no quiere ir a la "
    "escuela {ORGANIZATION:Lincoln}. Mi número es {PHONE:915-555-0102}.",
    "VM: {NAME:Officer Dale Pruett}, {ORGANIZATION:Springdale PD}, re welfare check on "
    "{NAME:Kendra Mills} at {LOCATION:1420 Emma Ave}. Callback {PHONE:479-555-0119} ext 4.",
    "portal msg: can u send my records to my new therapist {NAME:Jenna Wolfe} at "
    "{ORGANIZATION:Lakeside Counseling} fax {FAX:616-555-0184} thx {NAME:Marisol}",
    "hi this is {NAME:pastor jim} from {ORGANIZATION:first baptist} {NAME:donnie} gave me "
    "permission to call, he's staying with us on {LOCATION:elm street} for now",
    "Email from school counselor {NAME:Ms. Tran} ({EMAIL:htran@lps.k12.ne.us}): {NAME:Abby} "
    "disclosed self-harm today, parents notified.",
    "hey its {NAME:mo} my new number is {PHONE:313-555-0160} my old phone got stolen at the "
    "{ORGANIZATION:greektown casino}",
    "Message from {NAME:Tasha} (sister of client): {NAME:Darnell} hasn't come home since "
    "Saturday night and his car is at {LOCATION:Belle Isle}?? please call",
    "can we move my appt to {DATE:dec 21} i have a court date at {ORGANIZATION:36th district} "
    "on the {DATE:14th} -{NAME:keon}",
]

SPOKEN_NOTES_SIXTY_EIGHTH_ROUND = [
    "okay this is {NAME:shaniqua} twenty nine she's a housekeeper at the {ORGANIZATION:mills "
    "house} downtown and her son {NAME:jaylen} got expelled from {ORGANIZATION:burke high} on "
    "{DATE:november nineteenth}",
    "session with {NAME:miss geneva} she's {AGE_OVER_89:ninety three} gullah speaker from "
    "{LOCATION:st helena island} her grandson {NAME:marcus} wants to sell the family land",
    "note for {NAME:bo} forty seven shrimper out of {LOCATION:shem creek} his boat the "
    "{VEHICLE:miss ellie} got repossessed and his wife {NAME:crystal} left",
    "follow up with {NAME:kaitlyn} twenty a junior at {ORGANIZATION:cofc} she was assaulted at "
    "a party on {LOCATION:king street} on {DATE:halloween} and told her ra {NAME:becca}",
    "alright {NAME:dwight} fifty six works at the {ORGANIZATION:boeing} plant in "
    "{LOCATION:north charleston} his daughter {NAME:tasha} is at {ORGANIZATION:msc} for a "
    "c-section on {DATE:december ninth}",
    "saw {NAME:latrice} thirty four she lives in {LOCATION:pooler} works at "
    "{ORGANIZATION:gulfstream} on the line her ex {NAME:antoine} has their kids in "
    "{LOCATION:hinesville}",
    "this is {NAME:colton} seventeen at {ORGANIZATION:wando} his dad {NAME:major reeves} is at "
    "{ORGANIZATION:joint base charleston} and they fight about his grades",
    "session with {NAME:rosalind} sixty two retired teacher from {LOCATION:beaufort} her husband "
    "{NAME:harold} has parkinson's and she's burned out she goes to {ORGANIZATION:st helena "
    "episcopal}",
    "okay {NAME:devonte} twenty two he was on {LOCATION:tybee} {DATE:memorial day weekend} and "
    "got into a fight his cousin {NAME:lil ray} got stabbed",
    "note for {NAME:ms pinckney} seventy eight lives on {LOCATION:johns island} her daughter "
    "{NAME:venita} calls from {LOCATION:atlanta} reach her at {PHONE:eight four three five five "
    "five zero one eight two}",
    "follow up {NAME:brantley} thirty one a nurse at {ORGANIZATION:memorial health} in "
    "{LOCATION:savannah} she diverted dilaudid and the board of nursing has her case",
    "this is {NAME:quentin} forty he works for the ports authority at "
    "{LOCATION:garden city terminal} and he's using cocaine to stay up on doubles",
    "session with {NAME:hannah grace} nineteen at {ORGANIZATION:scad} her roommate {NAME:ellie} "
    "says she hasn't eaten in four days",
    "okay {NAME:mr grant} {AGE_OVER_89:ninety} still goes to {ORGANIZATION:emanuel ame} every "
    "sunday his wife {NAME:ruth} died on {DATE:june seventeenth}",
]

SPOKEN_NOTES_SIXTY_NINTH_ROUND = [
    "okay {NAME:yaritza} twenty six lives in {LOCATION:soundview} works at the "
    "{ORGANIZATION:jacobi} er as a pca her baby father {NAME:kevin} is on {LOCATION:rikers}",
    "session with {NAME:mr adeyemi} fifty eight drives a yellow cab medallion number "
    "{LICENSE:five j one four} his son {NAME:tunde} was stopped by cops in "
    "{LOCATION:jamaica queens}",
    "this is {NAME:sofia} fifteen goes to {ORGANIZATION:bronx science} her mom {NAME:ana} found "
    "her with pills on {DATE:the twentieth}",
    "note for {NAME:mrs goldfarb} {AGE_OVER_89:ninety four} lives at the {ORGANIZATION:"
    "hebrew home} in {LOCATION:riverdale} her son {NAME:stuart} visits from {LOCATION:scarsdale}",
    "alright {NAME:jimmy} thirty three bartender at {ORGANIZATION:mcsorley's} lives in "
    "{LOCATION:bay ridge} with his brother {NAME:sean} he got jumped on {LOCATION:fourth avenue}",
    "follow up {NAME:priya} twenty eight software engineer at {ORGANIZATION:bloomberg} lives in "
    "{LOCATION:jackson heights} her parents want an arranged marriage",
    "session with {NAME:dayquan} nineteen from {LOCATION:brownsville} he's in the "
    "{ORGANIZATION:cure violence} program his friend {NAME:zay} was shot on {DATE:july fourth}",
    "okay {NAME:mei ling} forty one works at a nail salon in {LOCATION:flushing} on "
    "{LOCATION:main street} her husband {NAME:wei} gambles at {ORGANIZATION:resorts world}",
    "this is {NAME:tommy} sixty four retired {ORGANIZATION:fdny} lives on {LOCATION:staten "
    "island} he was at the pile in two thousand one and has copd now",
    "note for {NAME:aaliyah} twelve at {ORGANIZATION:ps 161} her grandmother {NAME:ms "
    "dorothy} is raising her in {LOCATION:harlem} on {LOCATION:one twenty fifth street}",
    "session with {NAME:rafael} thirty nine a super at a building on {LOCATION:grand concourse} "
    "the landlord {NAME:mr weiss} is trying to evict him",
    "okay {NAME:keisha} forty five works at {ORGANIZATION:kings county hospital} as a psych "
    "tech she got assaulted by a patient on {DATE:november eleventh}",
    "alright {NAME:dmitri} fifty lives in {LOCATION:brighton beach} drives for "
    "access a ride his wife {NAME:olga} drinks",
    "follow up with {NAME:jasmine} twenty two student at {ORGANIZATION:hunter} lives with her "
    "aunt {NAME:carmen} in {LOCATION:washington heights} off {LOCATION:dyckman}",
]

HOSPITAL_RECORDS_ELEVENTH_ROUND = [
    "ADMISSION H&P\nPatient: {NAME:Gerald Ostrowski}  MRN: {MRN:0048821736}  DOB: "
    "{DATE:02/11/1958}\nAdmitted: {DATE:11/28/2026} via {ORGANIZATION:Riverside Methodist} ED.\n"
    "HPI: 68M with EtOH use d/o, found down by wife {NAME:Carol} at home in "
    "{LOCATION:Hilliard}.",
    "DISCHARGE SUMMARY\nName: {NAME:Tamara J. Whitfield}\nAttending: {NAME:Priya Venkataraman}, "
    "MD\nDate of discharge: {DATE:12/02/2026}\nDisposition: home with sister {NAME:Denise} in "
    "{LOCATION:Fort Wayne}. F/u {ORGANIZATION:Park Center} {DATE:12/9}.",
    "ED NOTE {DATE:12/01/2026} 0342\nUnknown male brought by {ORGANIZATION:IMPD}, "
    "found on {LOCATION:Washington St} near {LOCATION:Monument Circle}. Later identified as "
    "{NAME:Darius Hollins}, DOB {DATE:6/30/1994}.",
    "PSYCH CONSULT\nRequested by: {NAME:Dr. Feldman} (hospitalist)\nPt {NAME:Mrs. Lorraine "
    "Becker}, {AGE_OVER_89:92 yo} F, delirium vs dementia. Daughter {NAME:Janet Kraus} (POA) "
    "{PHONE:(614) 555-0179}.",
    "Transfer note: pt {NAME:Kyle Brandt} transferred from {ORGANIZATION:Mercy Health - "
    "Lorain} to {ORGANIZATION:Cleveland Clinic Lutheran} on {DATE:11/30}. Bed {LOCATION:4W-12}.",
    "Social work: {NAME:Ms. Angela Rutledge} lives at {LOCATION:3318 Sheridan Dr}, "
    "{LOCATION:Toledo}, OH {LOCATION:43613}. Medicaid # {HEALTH_PLAN:OH88120943}. Works at "
    "{ORGANIZATION:Jeep} assembly.",
    "Nursing: 1:1 sitter for {NAME:Brandon Myles}, rm {LOCATION:612}. Mother {NAME:Kim} at "
    'bedside. Pt said "tell {NAME:Jess} I\'m sorry".',
    "Progress note HD#3: {NAME:Ricardo Esparza} tolerating lithium 300 bid. Level "
    "{DATE:12/3}: 0.7. Brother {NAME:Hector} visited. Plan d/c to {ORGANIZATION:Oaklawn} IOP.",
    "ED triage {DATE:12/04/2026}: {NAME:Savannah Poole}, 16, via {ORGANIZATION:Carmel PD} after "
    "SI texts to boyfriend {NAME:Eli}. School: {ORGANIZATION:Carmel High School}.",
    "Discharge instructions for {NAME:Wendell Carr}: follow up with {NAME:Dr. Amos Kline} at "
    "{ORGANIZATION:Community Health Network} on {DATE:December 14, 2026} at 10:30. Call "
    "{PHONE:317-555-0108}.",
    "H&P addendum: pt reports employer is {ORGANIZATION:Honda of America} in "
    "{LOCATION:Marysville}; supervisor {NAME:Dave} aware of leave. Acct {ACCOUNT:7712049938}.",
    "Restraint note: {NAME:Jonah Stiles} placed in 4-point restraint {DATE:12/05} 2215 after "
    "striking RN {NAME:Megan O.}; released 2300.",
]

LETTERS_AND_FORMS_NINTH_ROUND = [
    "To whom it may concern,\n{NAME:Isabel Navarro} (DOB {DATE:04/19/1990}) has been in "
    "treatment with me since {DATE:March 2025}. She is able to return to work at "
    "{ORGANIZATION:Banner Desert Medical Center} on {DATE:January 4, 2027}.\n{NAME:Rachel "
    "Stern}, LCSW",
    "RELEASE OF INFORMATION\nClient: {NAME:Tyrell Watkins}\nDOB: {DATE:08/03/2001}\nRelease "
    "to: {ORGANIZATION:Maricopa County Adult Probation}, {NAME:Officer Lynn Baca}\nAddress: "
    "{LOCATION:620 W Jackson St}, {LOCATION:Phoenix}, AZ {LOCATION:85003}",
    "ESA letter: {NAME:Kaitlyn Morse} resides at {LOCATION:1450 E Apache Blvd, Unit 212}, "
    "{LOCATION:Tempe}. Her landlord, {ORGANIZATION:Sun Devil Properties}, may contact me at "
    "{PHONE:480-555-0163}.",
    "Intake form\nName: {NAME:Joseph Begay}\nPreferred: {NAME:Joe}\nTribal ID: "
    "{OTHER_ID:NN-558102}\nAddress: {LOCATION:HC 61 Box 412}, {LOCATION:Chinle}, AZ "
    "{LOCATION:86503}\nEmergency contact: {NAME:Loretta Begay} (mother)",
    "Court letter: Re: State v. {NAME:Marcus Lujan}, case no. {OTHER_ID:CR2026-114873}. "
    "{NAME:Mr. Lujan} attended 12 of 12 sessions of DV group at our {LOCATION:Mesa} office.",
    "FMLA certification: employee {NAME:Diane Okafor}, employer {ORGANIZATION:Honeywell "
    "Aerospace}, condition began {DATE:10/14/2026}, expected duration through {DATE:02/01/2027}.",
    "Dear {NAME:Dr. Castillo},\nThank you for referring {NAME:Mateo Ruiz}, 11, from "
    "{ORGANIZATION:Tucson Unified}'s {ORGANIZATION:Roskruge} K-8. His mother {NAME:Ana} reports "
    "nightmares since the raid on {DATE:September 30}.",
    "Letter of support for asylum: I have treated {NAME:Yohannes Tesfaye} since "
    "{DATE:June 2, 2025}. He fled {LOCATION:Asmara} after detention. A-number "
    "{OTHER_ID:A 214-558-907}.",
    "Safety plan — {NAME:Brianna Cole}\nPeople I can call: Aunt {NAME:Tina} "
    "{PHONE:602-555-0144}; {NAME:Coach Ruiz}\nPlaces: {ORGANIZATION:Desert Botanical Garden}, "
    "my room\nCrisis: 988",
    "Treatment summary for AHCCCS audit: member {NAME:Gloria Tso}, ID "
    "{HEALTH_PLAN:A12849571}, 14 sessions {DATE:1/6/2026}–{DATE:11/24/2026}.",
    "Discharge letter: {NAME:Samuel Whitehorse} completed IOP at {ORGANIZATION:Valleywise "
    "Behavioral Health} on {DATE:11/20/2026}; f/u {ORGANIZATION:Native Health} in "
    "{LOCATION:Phoenix}.",
    "Return-to-school note: {NAME:Ava Lindqvist} may return to {ORGANIZATION:Flagstaff High} on "
    "{DATE:12/8}. Please excuse absences {DATE:11/30}–{DATE:12/5}. Contact {EMAIL:"
    "intake@northlandcounseling.org}.",
]

CRISIS_LINE_NOTES_FIFTH = [
    "988 call {DATE:12/3} 2347. Caller {NAME:Jeremy} (first name only), 34, in car at "
    "{LOCATION:Sandy Point State Park} lot with a hose. GPS ping via carrier. Police dispatched.",
    "mobile crisis to {LOCATION:418 Kessler Blvd} for {NAME:Angela Duarte} 22 her roommate "
    "{NAME:Nikki} called she locked herself in the bathroom",
    "Text line: texter goes by {NAME:moonchild} says she's 15 at {ORGANIZATION:Eastlake High} "
    "and her stepdad {NAME:Rick} comes into her room at night. CPS report filed.",
    "Warm line: {NAME:Ernest Fowler}, {AGE_OVER_89:90}, widower, lives alone in "
    "{LOCATION:Pikeville}. Wife {NAME:Opal} died {DATE:11/2}. Referred to {ORGANIZATION:Mountain "
    "Comprehensive Care}.",
    "follow up call to {NAME:dez} at {PHONE:504-555-0117} he's staying at the "
    "{ORGANIZATION:ozanam inn} and has not used since {DATE:thursday the third}",
    "Caller {NAME:Marisol Vega} reports her son {NAME:Andrés}, 19, posted a gun photo on "
    "Snapchat (username {OTHER_ID:dre_vega19}); lives at {LOCATION:2210 Coronado Ave}.",
    "Crisis stabilization admit: {NAME:Patrick Dunne}, brought by {ORGANIZATION:Anne Arundel "
    "County Police} from {LOCATION:Glen Burnie} after standoff; wife {NAME:Siobhan} safe.",
    "Veteran caller {NAME:SSG (ret) Carlos Ibarra}, 41, at {ORGANIZATION:Fort Bliss} gate, "
    "warm transferred to VCL. Wife {NAME:Lupe} {PHONE:915-555-0138}.",
    "988 chat: user {NAME:kayla} says she took her mom's xanax, she is at "
    "{LOCATION:3900 Holly Lane apt 5} in {LOCATION:Lakewood}. EMS en route.",
    "Follow-up: {NAME:Tom Kerrigan} safe; sister {NAME:Ann} removed firearms to her house in "
    "{LOCATION:Quincy} on {DATE:12/4}.",
    "mobile crisis at {ORGANIZATION:wawa} on {LOCATION:baltimore pike} for unknown "
    "female later id'd as {NAME:cheryl ames} 52 she was yelling at customers",
    "Caller {NAME:Ms. Whitney Holt} from {ORGANIZATION:Lakeland Regional} ED requests bed "
    "search for pt {NAME:J.M.}, 14, {ORGANIZATION:Polk County} foster youth.",
]

SPOKEN_NOTES_SEVENTIETH_ROUND = [
    "okay this is {NAME:kacey} twenty six she sings at {ORGANIZATION:tootsie's} on "
    "{LOCATION:lower broadway} and her manager {NAME:dale} takes half her tips she lives in "
    "{LOCATION:east nashville}",
    "session with {NAME:mr pruitt} sixty nine retired from {ORGANIZATION:nissan} in "
    "{LOCATION:smyrna} his wife {NAME:loretta} has alzheimer's and wandered off to the "
    "{ORGANIZATION:kroger} on {LOCATION:murfreesboro pike} on {DATE:november twenty fourth}",
    "note for {NAME:jaden} fourteen at {ORGANIZATION:antioch high} his mom {NAME:shay} says "
    "he's been skipping to hang out at {LOCATION:hickory hollow}",
    "follow up with {NAME:rev. amos hightower} fifty eight pastor at {ORGANIZATION:new hope "
    "missionary baptist} in {LOCATION:north nashville} his son {NAME:terrell} is using",
    "alright {NAME:brooke} thirty one nurse at {ORGANIZATION:vanderbilt} in the nicu she had a "
    "baby die on her shift on {DATE:the sixteenth} and can't sleep",
    "this is {NAME:colt} twenty two from {LOCATION:lebanon} works at {ORGANIZATION:cracker "
    "barrel corporate} he got a dui on {LOCATION:i forty} {DATE:last saturday}",
    "saw {NAME:mrs beasley} {AGE_OVER_89:ninety one} at {ORGANIZATION:richland place} her "
    "daughter {NAME:ann marie} is her caregiver and is burned out",
    "session with {NAME:diego} thirty four painter lives in {LOCATION:la vergne} his brother "
    "{NAME:chuy} got picked up by ice at the {ORGANIZATION:home depot} in {LOCATION:antioch}",
    "okay {NAME:harper} seventeen at {ORGANIZATION:franklin high} in {LOCATION:franklin} her "
    "boyfriend {NAME:jackson} choked her at a party on {DATE:october thirty first}",
    "note for {NAME:darnell} forty two he's at the {ORGANIZATION:nashville rescue mission} on "
    "{LOCATION:lafayette street} and his case manager {NAME:ms tamika} is helping with ssi",
    "follow up {NAME:emily rose} twenty at {ORGANIZATION:belmont} her roommate {NAME:avery} "
    "found her purging and called her mom in {LOCATION:knoxville}",
    "this is {NAME:bubba} fifty three truck driver for {ORGANIZATION:dollar general} out of "
    "{LOCATION:lebanon} his wife {NAME:tammy} filed for divorce on {DATE:december first}",
    "alright {NAME:sarah beth} thirty nine she teaches at {ORGANIZATION:ensworth} and her "
    "husband {NAME:grant} is a songwriter on {LOCATION:music row} who drinks",
    "okay {NAME:luis} nineteen works at {ORGANIZATION:opry mills} and got jumped in the parking "
    "lot his number is {PHONE:six one five five five five zero one two three}",
]

SPOKEN_NOTES_SEVENTY_FIRST_ROUND = [
    "okay session with {NAME:marisela} thirty eight lives in {LOCATION:segundo barrio} works "
    "at the {ORGANIZATION:walmart} on {LOCATION:zaragoza} her husband {NAME:beto} was deported "
    "through the {LOCATION:bridge of the americas} on {DATE:the eleventh}",
    "note for {NAME:don ramiro} {AGE_OVER_89:noventa y dos} he only speaks spanish his "
    "granddaughter {NAME:yesenia} interprets he lives in {LOCATION:socorro}",
    "this is {NAME:abril} sixteen at {ORGANIZATION:bowie high} her cousin {NAME:lalo} was "
    "killed in {LOCATION:juarez} on {DATE:dia de los muertos}",
    "follow up with {NAME:sgt. daniel ochoa} thirty one at {ORGANIZATION:fort bliss} his wife "
    "{NAME:rosie} says he sleeps with a gun",
    "alright {NAME:kimberly} forty five border patrol agent out of {LOCATION:santa teresa} "
    "she's been drinking since a kid died in her custody on {DATE:july ninth}",
    "session with {NAME:juan pablo} twenty at {ORGANIZATION:utep} studying engineering his mom "
    "{NAME:alma} lives in {LOCATION:chihuahua city}",
    "okay {NAME:gloria} fifty two teacher at {ORGANIZATION:ysleta middle} her son {NAME:adrian} "
    "is in {ORGANIZATION:el paso county jail} on {LOCATION:campbell street}",
    "note for {NAME:ofelia} sixty seven lives in {LOCATION:anthony} on the new mexico side her "
    "husband {NAME:rogelio} died at {ORGANIZATION:del sol} on {DATE:september eighteenth}",
    "this is {NAME:chris} twenty four he works at {ORGANIZATION:nmsu} in {LOCATION:las cruces} "
    "and his ex {NAME:destiny} won't let him see their daughter {NAME:luna}",
    "session with {NAME:pato} thirty he's a welder at {ORGANIZATION:el paso electric} and "
    "lives on {LOCATION:dyer street} he was at the walmart shooting and still has flashbacks",
    "okay {NAME:maria de jesus} forty she cleans houses in {LOCATION:kern place} and her "
    "employer {NAME:mrs whitfield} yelled at her about her papers",
    "follow up {NAME:tony} eighteen at {ORGANIZATION:montwood} got caught with a vape at "
    "school his grandma {NAME:chita} is raising him in {LOCATION:horizon city}",
    "alright this is {NAME:lupita} twenty nine she crosses every day from "
    "{LOCATION:juarez} to work at {ORGANIZATION:umc} and her visa expires {DATE:march fifth}",
]

TYPED_NOTES_TWENTIETH_ROUND = [
    'SOAP — {NAME:Dorian Batiste}, 27. S: "I keep seeing the water." Lost home in '
    "{LOCATION:Lower Ninth Ward} as a child. O: hypervigilant. A: PTSD. P: CPT; f/u "
    "{DATE:12/17}.",
    "DAP: {NAME:Celeste Broussard} works at {ORGANIZATION:Ochsner} {LOCATION:Jefferson Hwy} as "
    "a unit secretary; husband {NAME:Remy} deployed to {LOCATION:Fort Polk}. A: adjustment. "
    "P: weekly.",
    "BIRP — {NAME:Trinity Landry} (15), {ORGANIZATION:Dutchtown High}, {LOCATION:Geismar}. B: "
    "cutting x2 this week. I: DBT chain analysis. R: engaged. P: call mom {NAME:Danielle} "
    "{PHONE:225-555-0171}.",
    "CBT: {NAME:Marcus Guidry} reports panic on the {LOCATION:Crescent City Connection}. "
    "Exposure hierarchy; SUDS 80 -> 45. Next {DATE:Friday 12/11}.",
    "Intake — {NAME:Thi Nguyen}, DOB {DATE:05/30/1984}, {LOCATION:4410 Chef Menteur Hwy, Apt 3}, "
    "{LOCATION:New Orleans}, LA {LOCATION:70126}. Works at her family's nail salon, {ORGANIZATION:"
    "Lucky Nails}. Interpreter: Vietnamese.",
    "EMDR: {NAME:Renee Thibodeaux} — target: the night the levee broke, {DATE:Aug 29, 2005}, "
    "{LOCATION:St. Bernard Parish}. SUDS 9 -> 3.",
    "Psychodynamic: {NAME:Étienne} reflected on his father {NAME:Jules}, a shrimper out of "
    "{LOCATION:Delcambre}, who never said he loved him.",
    "Couples: {NAME:Kevin} and {NAME:Brittany Fontenot}. Conflict about money after "
    "{ORGANIZATION:Marathon} refinery layoffs in {LOCATION:Garyville}.",
    "Group (men's anger mgmt), {DATE:12/3}: {NAME:T. Jackson}, {NAME:R. Comeaux}, {NAME:D. "
    "Sims} present; {NAME:Comeaux} disclosed DV arrest by {ORGANIZATION:JPSO}.",
    'MI note: {NAME:Alcide "Cid" Boudreaux}, 61, drinks at {ORGANIZATION:Mulate\'s} in '
    "{LOCATION:Breaux Bridge} most nights. Ambivalent. Cut-down plan.",
    "Crisis: {NAME:Jazmine Holmes} texted from {ORGANIZATION:Tulane Medical Center} ED; "
    "sister {NAME:Kiana} at bedside. Safety plan updated.",
    "Discharge: {NAME:Eula Mae Robichaux}, {AGE_OVER_89:95}, to {ORGANIZATION:Poydras Home} "
    "{DATE:11/30/2026}. Grandson {NAME:Paul} POA.",
    "Family: {NAME:Ms. Pierre} and son {NAME:Jean-Baptiste} (9); school {ORGANIZATION:"
    "Sophie B. Wright} reports fights; dad in {ORGANIZATION:Angola}.",
]

GROUP_AND_FAMILY_NOTES_SIXTH = [
    "Family session: mom {NAME:Latoya}, stepdad {NAME:Curtis}, and {NAME:Jayden} (13). "
    "{NAME:Curtis} works nights at {ORGANIZATION:UPS Worldport}; {NAME:Jayden} feels ignored.",
    "IOP group {DATE:12/2}: present {NAME:Kris}, {NAME:Abdi}, {NAME:Mel}, {NAME:Rosa}, "
    "{NAME:Pete}. {NAME:Abdi} 30 days clean; {NAME:Mel} relapsed after her ex {NAME:Jason} "
    "showed up.",
    "couples session with {NAME:aaron} and {NAME:miguel} they're fighting about moving to "
    "{LOCATION:palm springs} where {NAME:miguel}'s mom {NAME:lourdes} lives",
    "Multifamily group: the {NAME:Hendersons}, the {NAME:Oyelowos}, and {NAME:Ms. Vance} with "
    "her grandson {NAME:Tre}. Topic: supervision after curfew.",
    "grief group tonight {NAME:betty} {NAME:walter} {NAME:frank} and {NAME:sue} {NAME:walter} "
    "talked about his wife {NAME:june} who died at {ORGANIZATION:hospice of the valley} on "
    "{DATE:thanksgiving}",
    "Parent session: {NAME:Mr. and Mrs. Castellanos} re: {NAME:Sofia} (8). School "
    "{ORGANIZATION:Roosevelt Elementary} in {LOCATION:Santa Ana} reports hitting.",
    "DBT skills group: {NAME:Kayleigh} used STOP at work ({ORGANIZATION:Chick-fil-A} on "
    "{LOCATION:Buford Dr}); {NAME:Marisol} practiced DEAR MAN with landlord {NAME:Mr. Abbott}.",
    "family meeting on the unit with pt {NAME:devon} his mom {NAME:cheryl} his aunt "
    "{NAME:regina} and his girlfriend {NAME:kiara} plan is discharge to aunt's in "
    "{LOCATION:decatur}",
    "Adolescent group {DATE:Tues 12/1}: {NAME:Ty} (16) shared cousin {NAME:Dre} shot in "
    "{LOCATION:North Omaha}; {NAME:Lily} (15) and {NAME:Zoe} (16) offered support.",
    "Couples: {NAME:Hannah} and {NAME:Josh Feldstein}; {NAME:Josh}'s mother {NAME:Rhoda} calls "
    "daily from {LOCATION:Boca}. Boundaries homework.",
    "veterans group {NAME:gunny} {NAME:hector} {NAME:big al} and {NAME:tran} {NAME:gunny} said "
    "the va in {LOCATION:loma linda} lost his paperwork again",
    "Family therapy: Grandma {NAME:Pearl} ({AGE_OVER_89:93}) raising {NAME:Kenya} (11) and "
    "{NAME:Malik} (7) in {LOCATION:Tunica}; mom {NAME:Shanice} at {ORGANIZATION:Parchman}.",
]

SCHOOL_COUNSELING_NOTES_THIRD = [
    "Counselor note {DATE:12/4}: {NAME:Aiden Brooks}, gr 7, {ORGANIZATION:Westview Middle}. "
    "Reported by teacher {NAME:Ms. Ortiz} for drawing weapons. Parent {NAME:Kara Brooks} "
    "notified {PHONE:(763) 555-0190}.",
    "504 meeting: {NAME:Emma Li}, 10th grade, {ORGANIZATION:Lincoln-Sudbury}. Accommodations for "
    "anxiety. Present: {NAME:Mr. Hadley} (AP), {NAME:Dr. Reyes} (school psych).",
    "student {NAME:marcus} in 5th grade at {ORGANIZATION:garfield elementary} told me his "
    "uncle {NAME:ray} hits him with a belt filed with dcfs report number "
    "{OTHER_ID:2026-448812}",
    "Check-in with {NAME:Zara Ahmed} (gr 11): bullied on Snapchat by {NAME:Kylie S.}; "
    "screenshots given to {NAME:Officer Dunn}, SRO.",
    "IEP note: {NAME:Jacob Miller}, DOB {DATE:3/9/2013}, student ID {OTHER_ID:400218873}, "
    "{ORGANIZATION:Harrison Township Schools}. Eligibility: ED.",
    'Threat assessment {DATE:11/30}: {NAME:Logan Price} (gr 9) said he would "shoot up '
    '{ORGANIZATION:Central}". Team: {NAME:Principal Hayes}, {NAME:Sgt. Moore}.',
    "Crisis check: {NAME:Jasmine} (gr 12) at {ORGANIZATION:Northside High} grieving "
    "{NAME:Coach Williams}, who died {DATE:Sunday 11/29}.",
    "Referral: {NAME:Noah Kim}, gr 4, {ORGANIZATION:Oak Park Elementary}, to {ORGANIZATION:"
    "Family Service of Lake County} for play therapy. Mom {NAME:Jenny} agrees.",
    "counselor note {NAME:destiny} tenth grade at {ORGANIZATION:east high} is pregnant and "
    "living with her boyfriend {NAME:carlos} in his mom's apartment on {LOCATION:colfax}",
    "Attendance: {NAME:Mateo Vargas} absent 14 days; family moved from {LOCATION:Pharr} to "
    "{LOCATION:Pasadena}, TX. Records requested from {ORGANIZATION:PSJA ISD}.",
    "Peer conflict: {NAME:Riley} and {NAME:Madison} (gr 8) fought in the {ORGANIZATION:Maple "
    "Grove Middle} cafeteria over a TikTok ({OTHER_ID:@maddy.g.08}).",
    "Post-suicide postvention: students grieving {NAME:Ethan Cole}, gr 10, died "
    "{DATE:11/22/2026}. Support room in library; {NAME:Mrs. Patel} coordinating.",
]

SPOKEN_NOTES_SEVENTY_SECOND_ROUND = [
    "okay this is {NAME:yadira} twenty eight she works at the {ORGANIZATION:circle k} on "
    "{LOCATION:mcdowell} and got robbed at gunpoint on {DATE:november twenty second} she "
    "lives in {LOCATION:maryvale}",
    "session with {NAME:mr tsosie} fifty nine from {LOCATION:kayenta} he's staying with his "
    "sister {NAME:arlene} in {LOCATION:flagstaff} while he does dialysis at {ORGANIZATION:"
    "flagstaff medical center}",
    "note for {NAME:brayden} sixteen goes to {ORGANIZATION:hamilton high} in {LOCATION:chandler} "
    "his dad {NAME:troy} found fentanyl pills in his car",
    "follow up with {NAME:consuelo} forty four she's a housekeeper at the {ORGANIZATION:"
    "biltmore} and her husband {NAME:efrain} got hurt on a roofing job in {LOCATION:gilbert}",
    "alright {NAME:mrs oyelaran} {AGE_OVER_89:ninety five} at {ORGANIZATION:beatitudes campus} "
    "her son {NAME:femi} visits from {LOCATION:sacramento} on weekends",
    "this is {NAME:kai} twenty they're at {ORGANIZATION:asu} in {LOCATION:tempe} their "
    "roommate {NAME:jordan} found them on the roof of {ORGANIZATION:manzanita hall}",
    "session with {NAME:raul} thirty six he drives for {ORGANIZATION:swift} out of "
    "{LOCATION:laveen} and he hasn't seen his kids since {DATE:easter}",
    "okay {NAME:desiree} thirty works at {ORGANIZATION:banner} in {LOCATION:mesa} as a "
    "phlebotomist her ex {NAME:marco} showed up at her apartment on {LOCATION:southern avenue}",
    "note for {NAME:clarence} sixty eight he lives in {LOCATION:sun city} and his wife "
    "{NAME:dolores} died at {ORGANIZATION:hospice of the valley} on {DATE:october ninth}",
    "follow up {NAME:miguel angel} nineteen at {ORGANIZATION:pima community college} he was "
    "stopped by {ORGANIZATION:tucson police} on {LOCATION:speedway} and they found a gun",
    "this is {NAME:ruthie} fifty three she runs {ORGANIZATION:ruthie's diner} in "
    "{LOCATION:globe} and her son {NAME:wade} is using meth",
    "alright {NAME:tanisha} twenty five she works at the {ORGANIZATION:amazon "
    "phx7} warehouse and her supervisor {NAME:greg} keeps touching her",
    "session with {NAME:lorenzo} forty he's in the {ORGANIZATION:maricopa county drug court} "
    "program and his caseworker {NAME:ms begay} says he missed a test",
]

SPOKEN_NOTES_SEVENTY_THIRD_ROUND = [
    "okay {NAME:yanelis} thirty one from {LOCATION:hialeah} works at the {ORGANIZATION:"
    "publix} on {LOCATION:west forty ninth street} her husband {NAME:yosvany} was detained by "
    "ice on {DATE:december second}",
    "note for {NAME:mr feldman} {AGE_OVER_89:ninety seven} lives at the {ORGANIZATION:palace} "
    "in {LOCATION:kendall} his daughter {NAME:robin} calls from {LOCATION:boca}",
    "session with {NAME:jean-robert} forty five he drives a cab at {ORGANIZATION:mia} and lives "
    "in {LOCATION:little haiti} his wife {NAME:marie-claude} is still in {LOCATION:port au "
    "prince}",
    "this is {NAME:brianna} seventeen at {ORGANIZATION:miami northwestern} her boyfriend "
    "{NAME:tre} was shot in {LOCATION:liberty city} on {DATE:the twenty ninth}",
    "follow up {NAME:santiago} twenty two at {ORGANIZATION:fiu} he's an uber eats driver and "
    "got robbed on {LOCATION:calle ocho}",
    "alright {NAME:nicole} forty one nurse at {ORGANIZATION:jackson memorial} she found her "
    "brother {NAME:kevin} overdosed in his car in {LOCATION:wynwood}",
    "okay abuela {NAME:cuca} is what they call her she's {AGE_OVER_89:ninety three} from "
    "{LOCATION:matanzas} lives with her grandson {NAME:alexis} in {LOCATION:westchester}",
    "session with {NAME:dwayne} fifty from {LOCATION:overtown} he's a security guard at "
    "the {ORGANIZATION:adrienne arsht center} and his son {NAME:dj} is in {ORGANIZATION:"
    "turner guilford knight}",
    "this is {NAME:valentina} twenty six she dances at {ORGANIZATION:king of diamonds} and her "
    "manager {NAME:big tony} takes her passport",
    "note for {NAME:ethan} fifteen at {ORGANIZATION:gulliver prep} his parents {NAME:scott} "
    "and {NAME:dana} are divorcing and he's vaping",
    "okay {NAME:rosa maria} fifty eight cleans offices in {LOCATION:brickell} at night her "
    "number is {PHONE:three zero five five five five zero one six two}",
    "follow up with {NAME:terrence} thirty four he fishes out of {LOCATION:islamorada} and "
    "lost his boat in the storm",
]

MESSAGES_SEVENTEENTH_ROUND = [
    "hey its {NAME:shay} i got a new job at {ORGANIZATION:dutch bros} so i need evenings now",
    "Hi {NAME:Dr. Okafor}, {NAME:Lena Marsh} here. My insurance changed to {ORGANIZATION:Aetna "
    "Better Health}, member ID {HEALTH_PLAN:W284110937}. Thanks!",
    "vm from {NAME:sgt. ruiz} {ORGANIZATION:phoenix pd} badge {OTHER_ID:7714} about "
    "{NAME:isaiah} call back {PHONE:602-555-0183}",
    "From: {NAME:Karen Whitlow} <{EMAIL:kwhitlow@tempe.gov}>\nRe: {NAME:Tyler}'s absences at "
    "{ORGANIZATION:McClintock High}. Please send an updated letter.",
    "text: cant come 2day my son {NAME:jojo} is sick. can u do {DATE:fri 12/11}? -{NAME:mari}",
    "Mensaje de {NAME:Sr. Álvarez}: mi hija {NAME:Camila} está en el hospital "
    "{ORGANIZATION:Phoenix Children's} desde el domingo. Llámeme al {PHONE:623-555-0114}.",
    "portal: hi its {NAME:becca} my new address is {LOCATION:2209 N 16th St apt 4}, "
    "{LOCATION:Phoenix} {LOCATION:85006}",
    "voicemail from {NAME:pastor james} at {ORGANIZATION:greater faith} says {NAME:sister "
    "gloria} asked him to check on {NAME:darnell}",
    "Email from {EMAIL:tdominguez@cox.net}: {NAME:Teresa Dominguez}, I'm {NAME:Marco}'s "
    "probation officer with {ORGANIZATION:Pima County Adult Probation}, need attendance.",
    "hi this is {NAME:jess} from the {ORGANIZATION:sanctuary} front desk can {NAME:haley} "
    "reschedule to {DATE:dec 16} at 3",
    "txt from mama {NAME:lou}: {NAME:bubba} aint took his meds since tuesday and hes "
    "talking crazy again",
    "Message: {NAME:Coach Dillard} ({ORGANIZATION:Desert Vista} wrestling) worried "
    "{NAME:Gavin} isn't eating. {PHONE:480-555-0129}.",
]

HOSPITAL_RECORDS_TWELFTH_ROUND = [
    "EMERGENCY DEPARTMENT\nPt: {NAME:Alvarez, Jorge}  MRN {MRN:8830019}  Arrival {DATE:12/02/26} "
    "0115 via {ORGANIZATION:SFFD} from {LOCATION:16th and Mission}.\nCC: SI with plan.",
    "ADMISSION NOTE — {ORGANIZATION:Zuckerberg San Francisco General}, {LOCATION:Ward 7B}\n"
    "{NAME:Tamika Reynolds}, 34F, 5150 by {ORGANIZATION:SFPD}. Sister {NAME:Keisha} "
    "{PHONE:415-555-0135}.",
    "Consult-liaison: {NAME:Mr. Harold Pettibone}, {AGE_OVER_89:94M}, POD2 s/p hip ORIF, "
    "delirious; son {NAME:Gary} (HCP). Attending {NAME:Dr. Lin}.",
    "DISCHARGE SUMMARY\n{NAME:Nguyen, Thu}  DOB {DATE:09/14/1971}\nAdmit {DATE:11/24/2026} "
    "Discharge {DATE:12/01/2026}\nDispo: home to {LOCATION:Westminster}; f/u "
    "{ORGANIZATION:Orange County Behavioral Health} {DATE:12/8}.",
    "Psych ED note: {NAME:Dakota Lane} brought by CHP after walking on "
    "{LOCATION:I-5} near {LOCATION:Stockton}. UDS + meth. Mother {NAME:Crystal} en route from "
    "{LOCATION:Lodi}.",
    "Social work note: {NAME:Ms. Imelda Cruz} lives at {LOCATION:712 E 3rd St}, "
    "{LOCATION:Los Angeles} {LOCATION:90013} (SRO). Medi-Cal {HEALTH_PLAN:91827364A}. Payee: "
    "{ORGANIZATION:LAMP Community}.",
    "Nursing note {DATE:12/3} 2200: pt {NAME:Kenji Watanabe} in Rm {LOCATION:418} tearful "
    "after call from wife {NAME:Aiko}.",
    "H&P: {NAME:Samantha Greer}, 41F, RN at {ORGANIZATION:Kaiser Roseville}, admitted after "
    "intentional insulin OD. Husband {NAME:Dan}.",
    "Transfer: {NAME:Luis Ortega} from {ORGANIZATION:Natividad} ED to {ORGANIZATION:"
    "Aurora Vista del Mar} {DATE:12/4}; bed confirmed by {NAME:Jen} in intake.",
    "Progress: {NAME:Precious Okoro} on clozapine 300 mg; ANC {DATE:12/2} 2.1. Mother "
    "{NAME:Ngozi} asks about discharge to {ORGANIZATION:Telecare} in {LOCATION:Riverside}.",
    "Death note: {NAME:Walter Briggs}, {AGE_OVER_89:101}, pronounced {DATE:12/05/2026} 0412 by "
    "{NAME:Dr. Ames}. Daughter {NAME:Lois Briggs} notified.",
    "ED triage: {NAME:Jane Doe} (later {NAME:Ashley Kim}), found at {LOCATION:Dolores Park}, "
    "IV drug use. Boyfriend {NAME:Tyler} on scene.",
]

RARER_KINDS_SIXTH_ROUND = [
    "Client's CPAP serial {DEVICE:RMD2284019A} reported to ResMed after the breach notice.",
    "Plate {VEHICLE:AZ CJX4412}, white 2014 Tahoe, seen outside the shelter per "
    "{NAME:Officer Lee}.",
    "her ex logs into her Ring camera from IP {IP:198.51.100.77}; she changed the password.",
    "CDL {LICENSE:D09338721} suspended after DUI on {DATE:10/30}.",
    "Workers' comp claim {OTHER_ID:WC-26-0448195} with {ORGANIZATION:Pinnacol}; adjuster "
    "{NAME:Trish Nolan} {PHONE:303-555-0141}.",
    "Client sends a GoFundMe: {URL:gofundme.com/f/help-kayla-heal}. Discussed privacy.",
    "Bank acct ending {ACCOUNT:4471}, routing {ACCOUNT:122105155}, for the rent assistance form.",
    "VIN {VEHICLE:1FTFW1E54KFB29931} on the repo notice for the F-150.",
    "His Venmo is {OTHER_ID:@Marcus-Bell-12}; he paid his dealer through it.",
    "Insulin pump Tandem t:slim X2 SN {DEVICE:1123457}; alarms at school.",
    "Nursing license RN {LICENSE:712904} under board review in Oregon.",
    "Medicare {HEALTH_PLAN:1EG4-TE5-MK72}; SS# {SSN:412-55-0193} on the intake.",
    "Discord handle {OTHER_ID:shadowfox#2291} messaged her threats.",
]

SPOKEN_NOTES_SEVENTY_FOURTH_ROUND = [
    "okay {NAME:destiny} twenty three works at the {ORGANIZATION:honda} plant in "
    "{LOCATION:east liberty} on second shift her boyfriend {NAME:cam} broke her phone on "
    "{DATE:november thirtieth}",
    "session with {NAME:mr abernathy} seventy four retired from {ORGANIZATION:ncr} in "
    "{LOCATION:dayton} his wife {NAME:june} is at {ORGANIZATION:bethany lutheran village} now "
    "and he visits every day",
    "note for {NAME:jaylen} fifteen at {ORGANIZATION:whetstone high} his mom {NAME:keisha} "
    "says he got jumped at {ORGANIZATION:easton} on {DATE:black friday}",
    "follow up with {NAME:abdirahman} thirty one drives for {ORGANIZATION:cota} out of the "
    "{LOCATION:mckinley avenue garage} his wife {NAME:hodan} is pregnant",
    "alright {NAME:brittany} twenty eight a teller at {ORGANIZATION:huntington} in "
    "{LOCATION:grove city} and her ex {NAME:dustin} keeps showing up at the branch",
    "this is {NAME:logan} nineteen he's at {ORGANIZATION:ohio state} and lives in "
    "{ORGANIZATION:morrill tower} his roommate {NAME:zach} found his note",
    "okay {NAME:gloria jean} sixty one she cleans at {ORGANIZATION:nationwide children's} and "
    "her grandson {NAME:tayvion} was shot on {LOCATION:livingston avenue}",
    "session with {NAME:kyle} forty five he's a machinist at {ORGANIZATION:wright patt} and "
    "his wife {NAME:heather} took the kids to her sister's in {LOCATION:springboro}",
    "note for {NAME:mrs schneider} {AGE_OVER_89:ninety nine} at {ORGANIZATION:friendship "
    "village} in {LOCATION:westerville} her daughter {NAME:carol} is her poa",
    "alright this is {NAME:ty} seventeen at {ORGANIZATION:chaminade julienne} his dad "
    "{NAME:marcus} was deployed and he's acting out",
    "okay {NAME:rosa} thirty nine she works at the {ORGANIZATION:kroger} on "
    "{LOCATION:morse road} and her son {NAME:julio} got arrested by {ORGANIZATION:cpd} on "
    "{DATE:the first}",
    "follow up {NAME:tasha} thirty two a cna at {ORGANIZATION:riverside} she's been using "
    "percs since a back injury lifting a patient on {DATE:august twelfth}",
]

SPOKEN_NOTES_SEVENTY_FIFTH_ROUND = [
    "okay this is {NAME:petty officer delgado} twenty six on the {ORGANIZATION:uss ford} out "
    "of {LOCATION:norfolk} his girlfriend {NAME:amber} left while he was deployed",
    "session with {NAME:miss hattie} {AGE_OVER_89:ninety} from {LOCATION:suffolk} her "
    "grandson {NAME:reggie} moved her into his house on {LOCATION:pruden boulevard}",
    "note for {NAME:tyrese} sixteen at {ORGANIZATION:booker t washington} in "
    "{LOCATION:norfolk} his cousin {NAME:man man} got shot at {LOCATION:young terrace}",
    "follow up with {NAME:caitlin} thirty four a nurse at {ORGANIZATION:sentara leigh} she "
    "was assaulted by a patient on {DATE:the fourteenth}",
    "alright {NAME:dale} fifty six he works at {ORGANIZATION:newport news shipbuilding} as a "
    "welder and his son {NAME:dalton} is in {ORGANIZATION:hampton roads regional jail}",
    "okay {NAME:lakeisha} forty she lives in {LOCATION:church hill} in {LOCATION:richmond} "
    "works at {ORGANIZATION:vcu health} and her husband {NAME:andre} has ptsd",
    "this is {NAME:owen} twenty he's at {ORGANIZATION:william and mary} in "
    "{LOCATION:williamsburg} and got an honor code violation on {DATE:december third}",
    "session with {NAME:mr nguyen} sixty three he owns {ORGANIZATION:pho saigon} on "
    "{LOCATION:military highway} and his wife {NAME:lan} had a stroke",
    "note for {NAME:jasmine} twenty two she dances at the {ORGANIZATION:purple pussycat} and "
    "her manager {NAME:rico} holds her pay",
    "follow up {NAME:greg} forty eight he's a trooper with the state police and he found a "
    "kid dead on {LOCATION:i sixty four} near {LOCATION:bowers hill} on {DATE:october fifth}",
    "okay {NAME:annabelle} eleven her mom {NAME:kristen} is a navy wife at {ORGANIZATION:"
    "oceana} and {NAME:annabelle} goes to {ORGANIZATION:kingston elementary}",
    "alright {NAME:marcus} thirty eight he drives for {ORGANIZATION:hrt} and a passenger "
    "stabbed him on the twenty bus on {DATE:november eighth}",
]

TYPED_NOTES_TWENTY_FIRST_ROUND = [
    "CBT note — {NAME:Anders Lindgren}, 44. Catastrophizing about layoffs at "
    "{ORGANIZATION:Target HQ}. Thought record; belief 90% -> 50%. HW: behavioral experiment.",
    "DBT: {NAME:Kaylee Johnson} (17) used TIPP after fight with mom {NAME:Jen}; self-harm "
    "urges 4/5. School: {ORGANIZATION:Roseville Area High}.",
    "ACT: {NAME:Hamza Ali} values faith and family; attends {ORGANIZATION:Abubakar As-Saddique "
    "Islamic Center}. Defusion from 'I'm a failure.'",
    "EMDR: {NAME:Sgt. Maria Vang}, {ORGANIZATION:Minneapolis PD} {LOCATION:3rd Precinct}, target: "
    "{DATE:May 2020} riots. SUDS 8 -> 2.",
    "IFS: {NAME:Greta} met a protector part that keeps her working doubles at "
    "{ORGANIZATION:Mayo Clinic} in {LOCATION:Rochester}.",
    "MI: {NAME:Dennis Olson}, 58, drinks at the {ORGANIZATION:VFW} in {LOCATION:Hibbing} "
    "nightly. Change talk noted.",
    "Psychodynamic: {NAME:Ingrid} on her mother {NAME:Solveig} ({AGE_OVER_89:96}) in "
    "{ORGANIZATION:Walker Methodist}; guilt and relief.",
    "Play therapy: {NAME:Abdi} (5) built a wall between the family figures; dad {NAME:Mohamed} "
    "deported {DATE:10/2/2026}.",
    "Couples (Gottman): {NAME:Tom} and {NAME:Rachel Berg}. {NAME:Tom} works at "
    "{ORGANIZATION:3M} in {LOCATION:Maplewood}; {NAME:Rachel} at {ORGANIZATION:Hennepin "
    "Healthcare}.",
    "Trauma-focused CBT: {NAME:Lily Her} (13), trauma narrative about the fire at "
    "{LOCATION:Cedar-Riverside} towers {DATE:11/27/2019}.",
    "SOAP: {NAME:Joe Thunder}, 39, {ORGANIZATION:Red Lake Nation}. S: cravings. A: OUD. P: "
    "Suboxone via {ORGANIZATION:Red Lake Hospital}; f/u {DATE:12/14}.",
    "Group DBT: {NAME:Mai}, {NAME:Sofia}, {NAME:Kendra} present; {NAME:Kendra} practiced "
    "DEAR MAN with her boss at {ORGANIZATION:Cub Foods} {LOCATION:Eagan}.",
]

MESSAGES_EIGHTEENTH_ROUND = [
    "hey its {NAME:rae} can we switch to zoom im stuck in {LOCATION:duluth} with my car",
    "Hi, this is {NAME:Mark Feeney} from {ORGANIZATION:Catholic Charities} {LOCATION:Dorothy "
    "Day Place}. {NAME:Luis} asked me to confirm his appt. {PHONE:651-555-0147}",
    "txt from grammy: {NAME:kaylee} ran off again with that boy {NAME:brody}, last seen "
    "at the {ORGANIZATION:holiday} on {LOCATION:county road e}",
    "Email: {EMAIL:jvang@spps.org} — {NAME:Ms. Vang}, school social worker at "
    "{ORGANIZATION:Harding High}, re: {NAME:Tou}'s attendance.",
    "voicemail {NAME:officer peterson} {ORGANIZATION:duluth pd} about a welfare check on "
    "{NAME:nils} at {LOCATION:1520 e 4th st} callback {PHONE:218-555-0172}",
    "Mensaje: soy {NAME:Lupe}, la esposa de {NAME:Chuy}. Él está en el hospital "
    "{ORGANIZATION:Regions} desde ayer. No puede venir.",
    "From {NAME:Pastor Erik Lund}: {NAME:Britt} is staying with us at the parsonage in "
    "{LOCATION:Cloquet}, she gave permission to contact you.",
    "portal msg from {NAME:dana}: my new insurance is {ORGANIZATION:medica} id "
    "{HEALTH_PLAN:M40018822301}",
    "hi its {NAME:andy} from the {ORGANIZATION:tavern on grand} my coworker {NAME:jess} is "
    "one of your clients and she didnt show up for her shift",
    "Text from {NAME:Coach Brandt}: {NAME:Ole} ({ORGANIZATION:Edina} hockey) said something "
    "scary in the locker room. Call {PHONE:952-555-0106}.",
    "cant make it {DATE:dec 15} im at my court date in {LOCATION:ramsey county} -{NAME:tj}",
]


def main() -> None:
    write("spoken_notes_sixty_sixth_round.jsonl", "sn66", SPOKEN_NOTES_SIXTY_SIXTH_ROUND)
    write("spoken_notes_sixty_seventh_round.jsonl", "sn67", SPOKEN_NOTES_SIXTY_SEVENTH_ROUND)
    write("typed_notes_nineteenth_round.jsonl", "tn19", TYPED_NOTES_NINETEENTH_ROUND)
    write("messages_sixteenth_round.jsonl", "mg16", MESSAGES_SIXTEENTH_ROUND)
    write("spoken_notes_sixty_eighth_round.jsonl", "sn68", SPOKEN_NOTES_SIXTY_EIGHTH_ROUND)
    write("spoken_notes_sixty_ninth_round.jsonl", "sn69", SPOKEN_NOTES_SIXTY_NINTH_ROUND)
    write("hospital_records_eleventh_round.jsonl", "hr11", HOSPITAL_RECORDS_ELEVENTH_ROUND)
    write("letters_and_forms_ninth_round.jsonl", "lf9", LETTERS_AND_FORMS_NINTH_ROUND)
    write("crisis_line_notes_fifth.jsonl", "cl5", CRISIS_LINE_NOTES_FIFTH)
    write("spoken_notes_seventieth_round.jsonl", "sn70", SPOKEN_NOTES_SEVENTIETH_ROUND)
    write("spoken_notes_seventy_first_round.jsonl", "sn71", SPOKEN_NOTES_SEVENTY_FIRST_ROUND)
    write("typed_notes_twentieth_round.jsonl", "tn20", TYPED_NOTES_TWENTIETH_ROUND)
    write("group_and_family_notes_sixth.jsonl", "gf6", GROUP_AND_FAMILY_NOTES_SIXTH)
    write("school_counseling_notes_third.jsonl", "sc3", SCHOOL_COUNSELING_NOTES_THIRD)
    write("spoken_notes_seventy_second_round.jsonl", "sn72", SPOKEN_NOTES_SEVENTY_SECOND_ROUND)
    write("spoken_notes_seventy_third_round.jsonl", "sn73", SPOKEN_NOTES_SEVENTY_THIRD_ROUND)
    write("messages_seventeenth_round.jsonl", "mg17", MESSAGES_SEVENTEENTH_ROUND)
    write("hospital_records_twelfth_round.jsonl", "hr12", HOSPITAL_RECORDS_TWELFTH_ROUND)
    write("rarer_kinds_sixth_round.jsonl", "rk6", RARER_KINDS_SIXTH_ROUND)
    write("spoken_notes_seventy_fourth_round.jsonl", "sn74", SPOKEN_NOTES_SEVENTY_FOURTH_ROUND)
    write("spoken_notes_seventy_fifth_round.jsonl", "sn75", SPOKEN_NOTES_SEVENTY_FIFTH_ROUND)
    write("typed_notes_twenty_first_round.jsonl", "tn21", TYPED_NOTES_TWENTY_FIRST_ROUND)
    write("messages_eighteenth_round.jsonl", "mg18", MESSAGES_EIGHTEENTH_ROUND)


if __name__ == "__main__":
    main()
