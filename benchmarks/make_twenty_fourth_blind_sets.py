"""Write the held-out corpora of the twenty-fourth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_seventy_sixth_round lower-case speech to text from Boise and the Treasure Valley
    spoken_notes_seventy_seventh_round
                                     lower-case speech to text from Anchorage, Fairbanks and the
                                     rest of Alaska
    typed_notes_twenty_second_round  typed notes by format and modality from Hawaii
    messages_nineteenth_round        clients', families', schools', officers' and shelters'
                                     messages in English and Spanish
    hospital_records_thirteenth_round
                                     admission, emergency, consult, nursing and discharge records
                                     from Utah and Nevada
    spoken_notes_seventy_eighth_round
                                     lower-case speech to text from Milwaukee and Madison, after
                                     the first round's rules
    spoken_notes_seventy_ninth_round lower-case speech to text from Memphis and the Mississippi
                                     Delta, after the first round's rules
    letters_and_forms_tenth_round    letters, releases, intake, FMLA, court, school, asylum and
                                     disability forms from Oregon, after the first round's rules
    crisis_line_notes_sixth          988, text, chat, warm line and mobile crisis notes, after the
                                     first round's rules
    group_and_family_notes_seventh   group, couples, multifamily, grief and family notes, after
                                     the first round's rules
    spoken_notes_eightieth_round     lower-case speech to text from Albuquerque, Santa Fe and
                                     northern New Mexico, after the second round's rules
    spoken_notes_eighty_first_round  lower-case speech to text from Louisville, Lexington and
                                     eastern Kentucky, after the second round's rules
    typed_notes_twenty_third_round   typed notes by modality from Detroit and Michigan, after the
                                     second round's rules
    messages_twentieth_round         clients', families', pastors', officers' and pharmacies'
                                     messages, after the second round's rules
    rarer_kinds_seventh_round        devices, plates, VINs, IPs, licences, claims, handles, plan
                                     numbers, accounts and links, after the second round's rules
    spoken_notes_eighty_second_round lower-case speech to text from Baltimore and Maryland, after
                                     the third round's rules
    spoken_notes_eighty_third_round  lower-case speech to text from Houston and the Gulf Coast,
                                     after the third round's rules
    hospital_records_fourteenth_round
                                     emergency, consult, admission, nursing, transfer and
                                     discharge records from Colorado, after the third round's rules
    school_counseling_notes_fourth   school counsellors' notes, 504 and IEP meetings, threat
                                     assessments and screens, after the third round's rules
    messages_twenty_first_round      clients', families', coaches', officers', pastors' and
                                     pharmacies' messages, after the third round's rules
    spoken_notes_eighty_fourth_round lower-case speech to text from Kansas City and St. Louis,
                                     after the fourth round's rules
    spoken_notes_eighty_fifth_round  lower-case speech to text from Seattle, Tacoma and Spokane,
                                     after the fourth round's rules
    typed_notes_twenty_fourth_round  typed notes by modality from Austin, San Antonio and West
                                     Texas, after the fourth round's rules
    letters_and_forms_eleventh_round court, housing, school, asylum, work and disability letters
                                     and forms from New York, after the fourth round's rules
    group_and_family_notes_eighth    group, couples, multifamily, grief and family notes, after
                                     the fourth round's rules
    spoken_notes_eighty_sixth_round  lower-case speech to text from Philadelphia and South Jersey,
                                     after the fifth round's rules
    spoken_notes_eighty_seventh_round
                                     lower-case speech to text from Birmingham, Montgomery and
                                     Mobile, after the fifth round's rules
    hospital_records_fifteenth_round admission, emergency, consult, nursing, transfer and
                                     discharge records from North Carolina, after the fifth
                                     round's rules
    messages_twenty_second_round     clients', families', schools', pastors', officers' and shops'
                                     messages in English and Spanish, after the fifth round's rules
    crisis_line_notes_seventh        988, text, chat, warm line and mobile crisis notes, after the
                                     fifth round's rules
    spoken_notes_eighty_eighth_round lower-case speech to text from Cleveland, Akron and
                                     Youngstown, after the sixth round's rules
    spoken_notes_eighty_ninth_round  lower-case speech to text from Orlando, Tampa and
                                     Jacksonville, after the sixth round's rules
    typed_notes_twenty_fifth_round   typed notes by modality from Maine, Vermont and New
                                     Hampshire, after the sixth round's rules
    rarer_kinds_eighth_round         monitors, pacemakers, plates, IPs, licences, dockets, handles,
                                     plan and bank numbers and links, after the sixth round's rules
    messages_twenty_third_round      clients', families', schools', nurses', officers' and
                                     lawyers' messages, after the sixth round's rules
    spoken_notes_ninetieth_round     lower-case speech to text from Chicago and its suburbs, after
                                     the seventh round's rules
    spoken_notes_ninety_first_round  lower-case speech to text from West Virginia, eastern
                                     Kentucky and the Smokies, after the seventh round's rules
    hospital_records_sixteenth_round emergency, admission, consult, nursing, transfer and
                                     discharge records from Arizona and New Mexico, after the
                                     seventh round's rules
    group_and_family_notes_ninth     group, couples, multifamily, grief and family notes, after
                                     the seventh round's rules
    letters_and_forms_twelfth_round  court, housing, school, work, asylum, disability and
                                     probation letters and forms from California, after the
                                     seventh round's rules
    spoken_notes_ninety_second_round longer lower-case dictations, several sentences each, from
                                     Sacramento and the Central Valley, after the eighth round's
                                     rules
    spoken_notes_ninety_third_round  lower-case speech to text from Buffalo, Rochester, Syracuse
                                     and Albany, after the eighth round's rules
    typed_notes_twenty_sixth_round   longer typed notes, several lines each, from Oregon and
                                     Washington, after the eighth round's rules
    messages_twenty_fourth_round     clients', families', coaches', officers', pastors' and
                                     employers' messages, after the eighth round's rules
    school_counseling_notes_fifth    school counsellors' notes, threat assessments, 504 and IEP
                                     meetings, after the eighth round's rules
    spoken_notes_ninety_fourth_round lower-case speech to text from Amarillo, Lubbock and the
                                     Permian Basin, after the ninth round's rules
    spoken_notes_ninety_fifth_round  lower-case speech to text from Montana, Wyoming and the
                                     Dakotas, after the ninth round's rules
    psychosocial_histories_second    the sections of psychosocial histories (family, education,
                                     military, legal, work, faith, trauma, housing, supports),
                                     after the ninth round's rules
    messages_twenty_fifth_round      families', pastors', coaches', officers' and employers'
                                     messages in English and Spanish, after the ninth round's
                                     rules
    hospital_records_seventeenth_round
                                     emergency, consult, admission, nursing, transfer and
                                     discharge records from New Jersey and New York City, after
                                     the ninth round's rules
    spoken_notes_ninety_sixth_round  lower-case speech to text from Atlanta, Savannah, Augusta
                                     and Macon, after the tenth round's rules
    spoken_notes_ninety_seventh_round
                                     lower-case speech to text from Las Vegas and Reno, after the
                                     tenth round's rules
    typed_notes_twenty_seventh_round typed notes by modality from Washington, D.C., northern
                                     Virginia and Richmond, after the tenth round's rules
    crisis_line_notes_eighth         988, text, chat, warm line and mobile crisis notes, after the
                                     tenth round's rules
    rarer_kinds_ninth_round          pumps, handles, plates, IPs, bar and work permits, dockets,
                                     plan and card numbers and links, after the tenth round's rules
    spoken_notes_ninety_eighth_round lower-case speech to text from Oahu, Maui and the Big Island,
                                     after the eleventh round's rules
    spoken_notes_ninety_ninth_round  lower-case speech to text from San Antonio and the Rio
                                     Grande Valley, after the eleventh round's rules
    hospital_records_eighteenth_round
                                     emergency, consult, admission, nursing, transfer and
                                     discharge records from Rhode Island and Massachusetts, after
                                     the eleventh round's rules
    messages_twenty_sixth_round      families', pastors', coaches', officers' and employers'
                                     messages in English and Spanish, after the eleventh round's
                                     rules
    letters_and_forms_thirteenth_round
                                     court, housing, school, work, asylum, disability and
                                     probation letters and forms from Florida, after the eleventh
                                     round's rules
    spoken_notes_hundredth_round     lower-case speech to text from Iowa, after the twelfth round's
                                     rules
    spoken_notes_hundred_first_round lower-case speech to text from Minneapolis, St. Paul, Duluth
                                     and the Iron Range, after the twelfth round's rules
    typed_notes_twenty_eighth_round  typed notes by modality from Phoenix and northern Arizona,
                                     after the twelfth round's rules
    group_and_family_notes_tenth     group, couples, multifamily, grief and family notes, after
                                     the twelfth round's rules
    messages_twenty_seventh_round    families', pastors', coaches', officers' and employers'
                                     messages in English and Spanish, after the twelfth round's
                                     rules
    spoken_notes_hundred_second_round
                                     lower-case speech to text from New Orleans and the bayous,
                                     after the thirteenth round's rules
    spoken_notes_hundred_third_round lower-case speech to text from Connecticut, after the
                                     thirteenth round's rules
    hospital_records_nineteenth_round
                                     emergency, consult, admission, nursing, transfer and
                                     discharge records from Michigan, after the thirteenth round's
                                     rules
    crisis_line_notes_ninth          988, text, chat, warm line and mobile crisis notes, after the
                                     thirteenth round's rules
    letters_and_forms_fourteenth_round
                                     court, housing, school, work, asylum, disability and
                                     probation letters and forms from Texas, after the thirteenth
                                     round's rules
    spoken_notes_hundred_fourth_round
                                     lower-case speech to text from Oklahoma City, Tulsa and
                                     western Oklahoma, after the fourteenth round's rules
    spoken_notes_hundred_fifth_round lower-case speech to text from Arkansas and north Louisiana,
                                     after the fourteenth round's rules
    typed_notes_twenty_ninth_round   typed notes by modality from Utah and Idaho, after the
                                     fourteenth round's rules
    messages_twenty_eighth_round     families', pastors', coaches', officers' and employers'
                                     messages in English and Spanish, after the fourteenth round's
                                     rules
    school_counseling_notes_sixth    school counsellors' notes, threat assessments, 504 and IEP
                                     meetings, after the fourteenth round's rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_SEVENTY_SIXTH_ROUND = [
    "okay note for {NAME:kaden} he's nineteen works at {ORGANIZATION:micron} on the night shift "
    "and lives with his grandma in {LOCATION:nampa} he said his girlfriend {NAME:mckenna} broke "
    "up with him over text on {DATE:november fourth}",
    "session with {NAME:rhonda} fifty eight she cleans rooms at the {ORGANIZATION:grove hotel} "
    "downtown and her son {NAME:travis} is in the {ORGANIZATION:ada county jail} again",
    "this is {NAME:mr okafor} sixty two came from nigeria resettled through the "
    "{ORGANIZATION:idaho office for refugees} he drives for {ORGANIZATION:valley regional "
    "transit} and his wife {NAME:chiamaka} is due in {DATE:january}",
    "follow up {NAME:hailey} sixteen sophomore at {ORGANIZATION:rocky mountain high} in "
    "{LOCATION:meridian} she's been cutting since the speech meet in {LOCATION:twin falls} her "
    "mom {NAME:tara} found the blades",
    "saw {NAME:walt} today he's {AGE_OVER_89:ninety three} widower lives at the "
    "{ORGANIZATION:terraces of boise} and his daughter {NAME:carol} comes up from "
    "{LOCATION:mountain home} on sundays",
    "okay {NAME:jaxon} twenty seven ranch hand out near {LOCATION:grand view} works for the "
    "{ORGANIZATION:simplot} feedlot he got thrown by a horse on {DATE:halloween} and hasn't "
    "been the same",
    "this is for {NAME:brenda} forty four she's a dispatcher for {ORGANIZATION:canyon county "
    "sheriff} and her husband {NAME:dale} works at the {ORGANIZATION:amalgamated sugar} plant in "
    "{LOCATION:nampa}",
    "group today {NAME:shane} {NAME:big mike} and {NAME:luis} all from the {ORGANIZATION:river "
    "of life} mission talked about getting kicked out of the {ORGANIZATION:interfaith sanctuary} "
    "shelter on tuesday night",
    "note for {NAME:maria elena} thirty one she picks onions at {ORGANIZATION:owyhee produce} in "
    "{LOCATION:parma} and her husband got detained by ice last week her kids {NAME:yesenia} and "
    "{NAME:junior} are staying with her sister {NAME:lupe} in {LOCATION:caldwell}",
    "okay {NAME:devon} twenty two student at {ORGANIZATION:boise state} works at the "
    "{ORGANIZATION:flying m coffee} on {LOCATION:idaho street} he said his roommate "
    "{NAME:kyler} has a gun in the apartment at {LOCATION:1217 w university dr}",
    "call from {NAME:pastor jim} at {ORGANIZATION:cole community church} about {NAME:becca} "
    "she's been staying in their youth room since {DATE:thanksgiving}",
    "session with {NAME:frank} seventy he's a retired lineman from {ORGANIZATION:idaho power} "
    "lives up in {LOCATION:idaho city} his phone is {PHONE:two oh eight five five five zero one "
    "four four}",
    "note for {NAME:sierra} twenty she waitresses at the {ORGANIZATION:shari's} in "
    "{LOCATION:mountain home} and her boyfriend {NAME:colt} is stationed at "
    "{ORGANIZATION:mountain home air force base}",
]

SPOKEN_NOTES_SEVENTY_SEVENTH_ROUND = [
    "okay note for {NAME:aaron} thirty four he's yupik from {LOCATION:bethel} and works on a "
    "crab boat out of {LOCATION:dutch harbor} his uncle {NAME:moses} died in {DATE:september} "
    "and he couldn't get home for the funeral",
    "session with {NAME:kristen} forty one she's a nurse at {ORGANIZATION:providence alaska} and "
    "her husband {NAME:josh} is deployed from {ORGANIZATION:jber} she lives in "
    "{LOCATION:eagle river}",
    "follow up with {NAME:tyrell} seventeen goes to {ORGANIZATION:east high} got suspended after "
    "a fight on the {ORGANIZATION:people mover} bus",
    "this is grandma {NAME:ruth} she's {AGE_OVER_89:ninety four} lives at the "
    "{ORGANIZATION:anchorage pioneer home} her granddaughter {NAME:shayla} brings her agutak from "
    "{LOCATION:kotzebue}",
    "note for {NAME:dustin} twenty nine works the slope two weeks on two off for "
    "{ORGANIZATION:conocophillips} at {LOCATION:kuparuk} lives in {LOCATION:wasilla} his wife "
    "{NAME:amber} says he drinks the whole two weeks he's home",
    "session with {NAME:mary} sixty six she's from {LOCATION:nome} staying at "
    "{ORGANIZATION:brother francis} shelter since {DATE:october} after her niece {NAME:delia} "
    "kicked her out",
    "okay {NAME:logan} fifteen lives in {LOCATION:fairbanks} near {LOCATION:north pole} dad is "
    "at {ORGANIZATION:fort wainwright} and he said a kid named {NAME:brayden} on his hockey team "
    "keeps posting about him",
    "note for {NAME:jolene} fifty two works at the {ORGANIZATION:carrs} on {LOCATION:tudor road} "
    "her daughter {NAME:kayla} overdosed in {LOCATION:mountain view} on {DATE:labor day}",
    "this is {NAME:peter} forty eight commercial fisherman out of {LOCATION:kodiak} his deckhand "
    "{NAME:sonny} drowned in {DATE:march} and he keeps seeing it",
    "session with {NAME:alexis} twenty three she's at {ORGANIZATION:uaa} studying nursing and "
    "works at {ORGANIZATION:moose's tooth} her ex {NAME:trevor hansen} put a tracker on her "
    "subaru",
    "okay {NAME:ivan} thirty eight from {LOCATION:ninilchik} works at the cannery in "
    "{LOCATION:kenai} his probation officer is {NAME:ms delacruz}",
    "note for {NAME:tanya} forty she's a teacher's aide at {ORGANIZATION:mears middle school} and "
    "her son {NAME:aiden} got medevaced from {LOCATION:dillingham} to {ORGANIZATION:alaska "
    "native medical center} on {DATE:november ninth}",
    "called {NAME:joe} back at {PHONE:nine oh seven five five five zero one six two} he's in "
    "{LOCATION:palmer} at his brother {NAME:kenny}'s place",
]

TYPED_NOTES_TWENTY_SECOND_ROUND = [
    "SOAP — {NAME:Keoni Kahananui}, 34. S: Client reports increased drinking since being laid "
    "off from {ORGANIZATION:Hawaiian Airlines} in {DATE:August}. Lives with his tūtū in "
    "{LOCATION:Waiʻanae}.",
    "DAP: {NAME:Leilani} (pref. {NAME:Lani}), 27. D: Discussed conflict with supervisor at "
    "{ORGANIZATION:Queen's Medical Center} where she is a unit secretary. Partner {NAME:Kainoa} "
    "supportive. A: Adjustment d/o. P: Return {DATE:12/14}.",
    "BIRP — Client {NAME:Mele Tupou}, 45, Tongan, lives in {LOCATION:Kalihi} with extended "
    "family. B: tearful discussing son {NAME:Sione}'s arrest at {ORGANIZATION:Ala Moana Center} "
    "on {DATE:11/28}. I: CBT. R: engaged. P: f/u 1 wk.",
    "Progress note: {NAME:Dr. Nakamura} consulted re: {NAME:Kimo}, 16, student at "
    "{ORGANIZATION:Kamehameha Schools} {LOCATION:Kapālama}, SI with plan; safety plan completed "
    "with mom {NAME:Noelani}.",
    "GIRP — Group: {NAME:Tavita}, {NAME:Rosa}, {NAME:Jun}, and {NAME:Kalena} (all residents of "
    "{ORGANIZATION:Hina Mauka} in {LOCATION:Kāneʻohe}). G: relapse prevention. I: urge surfing. "
    "R: {NAME:Jun} left early. P: continue.",
    "ACT session — {NAME:Brandon Yamashita}, 31, firefighter with {ORGANIZATION:Honolulu Fire "
    "Department}, lives in {LOCATION:Kaimukī}. Values work around daughter {NAME:Hana}; custody "
    "hearing {DATE:Jan 8}.",
    "Intake: {NAME:Ana Lopes}, DOB {DATE:03/22/1988}, address {LOCATION:94-1020 Waipahu St Apt "
    "4}, {LOCATION:Waipahu}, HI {LOCATION:96797}. Phone {PHONE:(808) 555-0147}. Employer: "
    "{ORGANIZATION:Costco} {LOCATION:Waipio}. Emergency contact husband {NAME:Marco}, same "
    "address.",
    "IFS — {NAME:Makana} (they/them), 24, barista at {ORGANIZATION:Kona Coffee Purveyors} in "
    "{LOCATION:Waikīkī}. Worked with the 'critic' part; exile linked to Uncle {NAME:Ray}.",
    "EMDR session 6: {NAME:Corinne Akana}, 52, target memory: 2018 lava evacuation from "
    "{LOCATION:Leilani Estates}, {LOCATION:Puna}; SUDS 7 → 2. Husband {NAME:Glenn} attended "
    "first 10 min.",
    "Psychodynamic note — {NAME:Ryan Fujimoto}, 38, attorney at {ORGANIZATION:Cades Schutte}; "
    "transference to writer as his late father {NAME:Harold}, who died {DATE:June 2019} at "
    "{ORGANIZATION:Kuakini}.",
    "DBT skills note: {NAME:Jasmine}, 19, {ORGANIZATION:UH Mānoa} sophomore, dorm "
    "{LOCATION:Hale Aloha Ilima}; chain analysis of binge after fight with roommate "
    "{NAME:Paige}.",
    "Collateral call from Aunty {NAME:Pua} at {PHONE:808-555-0193}: {NAME:Kalani} has not "
    "returned home to {LOCATION:Hilo} since {DATE:11/20}; last seen at {ORGANIZATION:KTA} "
    "{LOCATION:Puainako}.",
    "Couples session — {NAME:Kawika} and {NAME:Dana Medeiros}; married {DATE:May 2011} in "
    "{LOCATION:Lahaina}; house lost in the {DATE:August 2023} fire, now renting in "
    "{LOCATION:Kahului}.",
]

MESSAGES_NINETEENTH_ROUND = [
    "hey its {NAME:bree} can we move my appt to {DATE:thurs the 10th} my shift at "
    "{ORGANIZATION:fred meyer} got changed",
    "Voicemail from {NAME:Mr. Castellanos}, father of {NAME:Adrian}: {NAME:Adrian} was released "
    "from {ORGANIZATION:St. Luke's} yesterday, please call {PHONE:208-555-0175}.",
    "{NAME:Ms. Pham}, this is {NAME:Officer Reyes} with {ORGANIZATION:Meridian PD}, badge "
    "{OTHER_ID:4471}, re: welfare check on your client at {LOCATION:2250 N Locust Grove Rd}.",
    "hola soy {NAME:marisol} la mamá de {NAME:kevin} no va a poder ir el {DATE:3 de diciembre} "
    "porque tiene cita en la {ORGANIZATION:clínica de salud del valle}",
    "Email from {EMAIL:j.whitfield@boiseschools.org} ({NAME:Jen Whitfield}, counselor at "
    "{ORGANIZATION:Timberline High}): {NAME:Owen} disclosed SI to a friend during 3rd period.",
    "txt from unknown # {PHONE:986-555-0102}: this is {NAME:kyle}'s sister he's at "
    "{ORGANIZATION:intermountain hospital} dont tell him i told u",
    "Portal message from {NAME:Gloria Sandoval}: my new address is {LOCATION:418 Elm Ct}, "
    "{LOCATION:Kuna} {LOCATION:83634} and my Medicaid # is {HEALTH_PLAN:0004417729}.",
    "{NAME:Coach Dillon}: {NAME:Mason} missed practice 3x and said he was 'done with "
    "everything.' Team is {ORGANIZATION:Eagle High} varsity.",
    "this is {NAME:deb} from the front desk at {ORGANIZATION:wingate by wyndham} in "
    "{LOCATION:twin falls} your client {NAME:ron} asked us to call u he's not doing good",
    "Msg from {NAME:Sgt. Tollefson}, {ORGANIZATION:Gowen Field}: {NAME:SPC Ramirez} was a "
    "no-show at drill; family says he went to {LOCATION:McCall}.",
    "Re: {NAME:Tommy B.} — ROI signed {DATE:12/01}; send records to {NAME:Dr. Ellen Marsh}, "
    "{ORGANIZATION:Snake River Pediatrics}, fax {FAX:208-555-0188}.",
    "hi its {NAME:grace} i got into the {ORGANIZATION:walker center} in {LOCATION:gooding} "
    "starting {DATE:monday the 14th}",
    "its nana {NAME:jo} {NAME:brittany} is with me in {LOCATION:jerome} she wont eat call me "
    "{PHONE:208 555 0131}",
]

HOSPITAL_RECORDS_THIRTEENTH_ROUND = [
    "ADMISSION H&P — {ORGANIZATION:University of Utah Neuropsychiatric Institute}. Patient: "
    "{NAME:Colton J. Redd}. MRN: {MRN:UU-4471902}. DOB: {DATE:07/14/1996}. Admit: "
    "{DATE:12/02/2026}. Brought by {ORGANIZATION:Salt Lake City Police Department} from "
    "{LOCATION:Rose Park}.",
    "ED note, {ORGANIZATION:Intermountain Medical Center}, {LOCATION:Murray}. Pt "
    "{NAME:Brynlee Christensen}, 17 y/o, presented {DATE:11/30} after ingestion of 40 tabs "
    "acetaminophen. Mother {NAME:Heather} at bedside. PCP {NAME:Dr. Oaks}, "
    "{ORGANIZATION:Granger Medical Clinic}.",
    "Consult-Liaison Psychiatry: Asked by {NAME:Dr. V. Mehta} (hospitalist) to see "
    "{NAME:Mr. Thompson}, 67, Rm {LOCATION:512}, delirium vs. depression. Wife {NAME:Lorraine} "
    "reports he stopped attending the {ORGANIZATION:Holladay 4th Ward}.",
    "DISCHARGE SUMMARY. {ORGANIZATION:Renown Regional Medical Center}, {LOCATION:Reno}. "
    "Patient: {NAME:Delgado, Ruben}. Acct #: {ACCOUNT:88102735}. Discharged to "
    "{ORGANIZATION:Step 2} residential, {LOCATION:1000 E 9th St}, {LOCATION:Reno}.",
    "Nursing note 0300: Pt ({NAME:Jessica Luna}) ambulating in hall on {LOCATION:4 West}, "
    "states 'my ex {NAME:Marcus} is coming to get me.' Security ({NAME:Officer Platt}) "
    "notified.",
    "ED triage — {ORGANIZATION:UMC} {LOCATION:Las Vegas}. Pt {NAME:Darnell Hayes}, "
    "{AGE_OVER_89:91}, BIBA from {ORGANIZATION:Silver Sky} assisted living. Ph: "
    "{PHONE:702-555-0114}. Insurance {ORGANIZATION:Health Plan of Nevada} ID "
    "{HEALTH_PLAN:HPN77120458}.",
    "Psychiatric evaluation: {NAME:Angela Morales}, 29, card dealer at "
    "{ORGANIZATION:Bellagio}, admitted on Legal 2000 from {ORGANIZATION:Sunrise Hospital} ED. "
    "Boyfriend {NAME:Tony Vitale} threatened her at their apt in {LOCATION:Henderson}.",
    "Progress note HD#3 — {NAME:Ms. Sorensen} continues to endorse AH. Sister "
    "{NAME:Marianne} (ph {PHONE:801-555-0169}) visiting from {LOCATION:Logan}. Plan: transfer "
    "to {ORGANIZATION:Utah State Hospital} in {LOCATION:Provo} pending bed.",
    "Discharge instructions: follow up with {NAME:Dr. Kimball} at {ORGANIZATION:Valley "
    "Behavioral Health} {LOCATION:West Valley} on {DATE:12/10/2026} at 2:00 PM.",
    "ED: pt {NAME:Kenji Watanabe} 45M, a pit boss at the {ORGANIZATION:Peppermill} in "
    "{LOCATION:Reno}, BAL 0.21, brought by {ORGANIZATION:REMSA}.",
    "Social work note: pt {NAME:Shauna Begay}, 33, from {LOCATION:Monument Valley}, "
    "{LOCATION:San Juan County}. Needs transport home; contacted {ORGANIZATION:Utah Navajo "
    "Health System} in {LOCATION:Montezuma Creek}.",
    "Restraint/seclusion note: Pt. {NAME:Alvarez} placed in seclusion room {LOCATION:2} at 1420 "
    "on {DATE:12/03}. Present: RN {NAME:K. Holt}, {NAME:Dr. Barlow}.",
    "Admission note: {NAME:Maddison Pratt}, 22, {ORGANIZATION:BYU} student, lives in "
    "{LOCATION:Helaman Halls}; roommate {NAME:Ellie} found her unresponsive. SSN "
    "{SSN:529-55-0192}.",
]


SPOKEN_NOTES_SEVENTY_EIGHTH_ROUND = [
    "okay note for {NAME:deandre} twenty six he works second shift at {ORGANIZATION:harley "
    "davidson} on {LOCATION:capitol drive} and his baby mama {NAME:keisha} took the kids to her "
    "mom's in {LOCATION:racine}",
    "session with {NAME:kathy} fifty nine she bartends at {ORGANIZATION:koz's mini bowl} in "
    "{LOCATION:bay view} and her husband {NAME:gary} had a stroke at {ORGANIZATION:froedtert} "
    "{DATE:last tuesday}",
    "follow up with {NAME:pa nhia} seventeen goes to {ORGANIZATION:washington high} her dad won't "
    "let her go to prom with {NAME:tou}",
    "this is {NAME:mr schultz} {AGE_OVER_89:ninety one} lives alone in {LOCATION:wauwatosa} his "
    "son {NAME:dennis} lives in {LOCATION:waukesha} and calls once a month",
    "note for {NAME:ashley} thirty she's a cna at {ORGANIZATION:st ann's} in "
    "{LOCATION:sheboygan} and her ex {NAME:brandon} was arrested by {ORGANIZATION:mpd} on "
    "{DATE:the twelfth}",
    "okay {NAME:jake} twenty one student at {ORGANIZATION:uw madison} lives on "
    "{LOCATION:langdon street} he said his frat brother {NAME:connor} spiked a girl's drink at a "
    "party",
    "session with {NAME:rosa} forty four she cleans at {ORGANIZATION:epic} in {LOCATION:verona} "
    "her son {NAME:mateo} got picked up at {ORGANIZATION:east towne mall}",
    "group today {NAME:tony} {NAME:little ray} {NAME:marcus} and {NAME:darnell} all living at "
    "the {ORGANIZATION:guest house} on {LOCATION:cherry street}",
    "note for {NAME:mai} thirty three her husband {NAME:chue} works at {ORGANIZATION:quad "
    "graphics} in {LOCATION:sussex} and hits her when he drinks",
    "this is {NAME:kevin} forty seven dairy farmer near {LOCATION:monroe} lost the herd in "
    "{DATE:august} his wife {NAME:jen} found the rope in the barn",
    "okay {NAME:tiana} nineteen works at {ORGANIZATION:kwik trip} on {LOCATION:university "
    "avenue} and she's been sleeping in her car in the menards parking lot",
    "session with {NAME:father tom} sixty two priest at {ORGANIZATION:st josaphat} in "
    "{LOCATION:lincoln village} says the archdiocese moved him after the complaint",
    "call back {NAME:deb} at {PHONE:four one four five five five zero one nine two} about her son "
    "{NAME:tyler} at {ORGANIZATION:lincoln hills}",
]

SPOKEN_NOTES_SEVENTY_NINTH_ROUND = [
    "alright note for {NAME:cedric} thirty two he drives a forklift at the {ORGANIZATION:fedex} "
    "hub out by the airport and his girl {NAME:tasha} just had the baby at "
    "{ORGANIZATION:regional one}",
    "session with {NAME:miss odessa} she's {AGE_OVER_89:ninety five} lives in "
    "{LOCATION:orange mound} her great grandson {NAME:jaylen} stays with her",
    "follow up {NAME:kayla} fifteen goes to {ORGANIZATION:white station} got jumped at "
    "{ORGANIZATION:wolfchase galleria}",
    "this is {NAME:robert} sixty works at {ORGANIZATION:st jude} in housekeeping lives in "
    "{LOCATION:frayser} his brother {NAME:leon} got shot on {LOCATION:thomas street} in "
    "{DATE:june}",
    "note for {NAME:latrice} forty she's a cook at the {ORGANIZATION:four way} in "
    "{LOCATION:soulsville} and her son {NAME:dre} is at {ORGANIZATION:shelby training center}",
    "okay {NAME:billy ray} fifty five catfish farmer outside {LOCATION:belzoni} his wife "
    "{NAME:darlene} left him for a man from {LOCATION:greenwood}",
    "session with {NAME:marquis} twenty two he's at {ORGANIZATION:ole miss} on a football "
    "scholarship and {NAME:coach banks} keeps calling him soft",
    "this is {NAME:angela} thirty six nurse at {ORGANIZATION:baptist desoto} in "
    "{LOCATION:southaven} her husband {NAME:chris} is a deputy with {ORGANIZATION:desoto county "
    "sheriff}",
    "note for {NAME:trey} eighteen works at {ORGANIZATION:gus's} on {LOCATION:front street} he "
    "said his cousin {NAME:lil man} has been selling out of the {ORGANIZATION:foote homes}",
    "okay {NAME:ms pearl} seventy three retired from {ORGANIZATION:international paper} lives "
    "in {LOCATION:whitehaven} near {ORGANIZATION:graceland} her daughter {NAME:vanessa} is in "
    "{LOCATION:clarksdale}",
    "session with {NAME:jordan} twenty seven they work the front desk at "
    "{ORGANIZATION:crosstown concourse} and their partner {NAME:sam} moved back to "
    "{LOCATION:jackson}",
    "call from {NAME:pastor reggie} at {ORGANIZATION:mt pisgah cme} about {NAME:deacon harris} "
    "who's been drinking again",
    "note for {NAME:kim} forty five she drives for {ORGANIZATION:mata} and got assaulted on the "
    "number 42 bus",
]

LETTERS_AND_FORMS_TENTH_ROUND = [
    "To Whom It May Concern: I am writing on behalf of my client, {NAME:Hannah Whitlock} (DOB "
    "{DATE:04/09/1991}), who has been in weekly treatment with me since {DATE:March 2024}. "
    "Please contact me at {PHONE:503-555-0166}. Sincerely, {NAME:Eliza Brandt}, LCSW, "
    "{ORGANIZATION:Hawthorne Counseling}, {LOCATION:3421 SE Hawthorne Blvd}, "
    "{LOCATION:Portland}, OR {LOCATION:97214}.",
    "AUTHORIZATION FOR RELEASE OF INFORMATION\nClient: {NAME:Mateo Ruiz-Salinas}\nDOB: "
    "{DATE:11/30/2004}\nRelease to: {ORGANIZATION:Multnomah County Juvenile Services}, attn: "
    "{NAME:PO Karen Albright}\nPurpose: coordination of care\nExpires: {DATE:12/07/2027}",
    "Emotional Support Animal Letter\n{DATE:December 1, 2026}\nRe: {NAME:Dylan Oakes}, "
    "residing at {LOCATION:1880 Olive St Apt 12}, {LOCATION:Eugene}, OR. {NAME:Dylan} has a "
    "disability-related need for his dog, {NAME:Moose}.",
    "FMLA Certification — Employee: {NAME:Renee Castillo}; Employer: {ORGANIZATION:Nike}, "
    "{LOCATION:Beaverton}; Condition began {DATE:10/15/2026}; expected duration 8 weeks.",
    "Letter to court: {NAME:Judge Patricia Okoye}, {ORGANIZATION:Lane County Circuit Court}, "
    "Case No. {OTHER_ID:24CR55102}. My client {NAME:Travis Moen} has attended 22 of 24 sessions "
    "of the {ORGANIZATION:Sponsors} reentry program.",
    "Intake form\nName: {NAME:Sokha Chhim}\nPreferred name: {NAME:Sophie}\nAddress: "
    "{LOCATION:14520 NE Glisan St}, {LOCATION:Portland} {LOCATION:97230}\nEmployer: "
    "{ORGANIZATION:Fred Meyer} distribution center\nInsurance: {ORGANIZATION:CareOregon} "
    "#{HEALTH_PLAN:CO48810273}",
    "Asylum support letter: {NAME:Ms. Amina Yusuf}, A-Number {OTHER_ID:A 213 448 902}, has been "
    "seen at {ORGANIZATION:Intercultural Counseling Services} since {DATE:June 2025}. She fled "
    "{LOCATION:Kismayo}, Somalia.",
    "{ORGANIZATION:Roosevelt High School}\nAttn: {NAME:Mr. Lee}, 504 Coordinator\nRe: "
    "{NAME:Jaden Pierce}, grade 11\n{NAME:Jaden} is in treatment for anxiety; please allow "
    "breaks.",
    "Treatment summary for Oregon DHS Child Welfare: parent {NAME:Crystal Darnell}, case "
    "#{OTHER_ID:CW-2026-18844}, children {NAME:Bella} (6) and {NAME:Rowan} (3), placed with "
    "maternal grandmother in {LOCATION:Medford}.",
    "Release to attorney: {NAME:Marcus Webb}, Esq., {ORGANIZATION:Webb & Lund LLP}, "
    "{LOCATION:1211 SW 5th Ave Suite 400}, {LOCATION:Portland}. Client: {NAME:Ellie Fraser}, "
    "DOB {DATE:02/14/1999}.",
    "Verification of treatment: {NAME:Gabriel Santos} attends IOP at {ORGANIZATION:CODA} in "
    "{LOCATION:Gresham} Mon/Wed/Fri. Contact {EMAIL:intake@coda-example.org}.",
    "Disability form (SSA-3368) — Claimant: {NAME:Loretta Banks}; SSN {SSN:541-55-0187}; "
    "Treating source: {NAME:Dr. Ian Holloway}, {ORGANIZATION:Cascadia Health}; onset "
    "{DATE:01/2024}.",
    "Letter to landlord: {ORGANIZATION:Guardian Management}, re: tenant {NAME:Jolene Price}, "
    "Unit {LOCATION:307}, {LOCATION:Salem} — reasonable accommodation request.",
]

CRISIS_LINE_NOTES_SIXTH = [
    "988 call 0214: caller {NAME:Brandi}, 34, in a beach parking lot in {LOCATION:Lincoln City}, "
    "has a bottle of pills; boyfriend {NAME:Jesse} on the way. Callback {PHONE:541-555-0133}.",
    "Text line: texter identifies as {NAME:Em}, 15, at {ORGANIZATION:Sunset High}; cutting "
    "tonight; parents asleep. Address given: {LOCATION:2207 NW Quimby}.",
    "Mobile crisis dispatched to {LOCATION:8812 N Lombard St} for {NAME:Mr. Delaney}, 61, "
    "barricaded; sister {NAME:Colleen} on scene; {ORGANIZATION:PPB} notified.",
    "Warm line: {NAME:Frank}, regular caller, lonely since wife {NAME:Bev} died in "
    "{DATE:September}; lives at {ORGANIZATION:Rose Villa}.",
    "Caller {NAME:Tamika} (pref. {NAME:Mika}), 22, says her roommate {NAME:Jordyn} took 30 "
    "Benadryl at their apt at {ORGANIZATION:Park Ridge Apartments}. EMS dispatched.",
    "Veteran caller: {NAME:SSG Dominguez} (ret.), 44, drinking, firearm in truck at "
    "{LOCATION:Champoeg State Park}.",
    "Chat: user {OTHER_ID:@sadgirl_503} reports friend {NAME:Kaylee} posted goodbye on "
    "Snapchat; lives in {LOCATION:Hillsboro}.",
    "Follow-up call to {NAME:Derek} at {PHONE:971-555-0104}: made it to {ORGANIZATION:Unity "
    "Center} ED last night, being admitted.",
    "Caller {NAME:Gloria} reports her son {NAME:Ramon}, 19, is walking on the "
    "{LOCATION:Fremont Bridge} railing. {ORGANIZATION:PPB} and {ORGANIZATION:Project Respond} "
    "en route.",
    "Third-party call from {NAME:Officer Nguyen}, {ORGANIZATION:Beaverton PD}, re: "
    "{NAME:Alyssa}, 17, at {ORGANIZATION:Washington Square} mall security office.",
    "988 chat: {NAME:Jay}, 28, trans man, kicked out by parents in {LOCATION:Bend}, sleeping at "
    "{ORGANIZATION:Shepherd's House}.",
    "Caller {NAME:Ruth Ann}, {AGE_OVER_89:93}, confused, says she is at {LOCATION:1450 Pine St} "
    "in {LOCATION:Klamath Falls}, daughter {NAME:Lynn} not answering.",
    "Crisis follow-up: {NAME:Tyson} declined transport; safety plan reviewed; next appt "
    "{DATE:12/09} with {NAME:Dr. Abernathy} at {ORGANIZATION:Cascadia}.",
]

GROUP_AND_FAMILY_NOTES_SEVENTH = [
    "Family session: {NAME:Hoa Nguyen} (mother), {NAME:Minh Nguyen} (father), {NAME:Tina}, 16 "
    "(IP), {NAME:Kevin}, 12. Focus: {NAME:Tina}'s school refusal at {ORGANIZATION:Madison "
    "High}.",
    "Couples: {NAME:Derek} and {NAME:Shauna Mills}. Conflict re: his mother {NAME:Linda} moving "
    "in from {LOCATION:Spokane}. Gottman repair attempts practiced.",
    "DBT skills group (Tues): {NAME:Ava}, {NAME:Brooke} {NAME:Cheyenne}, {NAME:Dani}, and "
    "{NAME:Esme} present; {NAME:Faith} absent (ill). Topic: distress tolerance, TIPP.",
    "Men's anger group: {NAME:Big Lou}, {NAME:Tommy G.}, {NAME:Rashad}, {NAME:Pete}. "
    "{NAME:Rashad} shared about his DV charge in {ORGANIZATION:Clackamas County court}.",
    "Multifamily group: the {NAME:Haddads}, the {NAME:Ortegas}, and {NAME:Jill Brenner} with her "
    "son {NAME:Eli}. Psychoeducation on psychosis.",
    "Family therapy: Grandma {NAME:Bea} (custodial), {NAME:Marcus}, 9, and {NAME:Nia}, 7. Mom "
    "{NAME:Tanya} incarcerated at {ORGANIZATION:Coffee Creek}.",
    "Adolescent group: {NAME:Hunter}, {NAME:Skye}, {NAME:River}, {NAME:Sage}, and "
    "{NAME:Phoenix}. {NAME:River} disclosed vaping at {ORGANIZATION:Lakeridge}.",
    "Couples session 4: {NAME:Priya} and {NAME:Arjun Mehta}; anniversary {DATE:Dec 19}; in-laws "
    "visiting from {LOCATION:Pune}.",
    "Parent group: {NAME:Lisa K.}, {NAME:Omar}, {NAME:Mrs. Alvarez}, {NAME:Dwayne}; all have "
    "children at {ORGANIZATION:Parry Center}.",
    "Grief group at {ORGANIZATION:Dougy Center}: {NAME:Mia} (lost dad {DATE:Oct 2025}), "
    "{NAME:Josiah} (lost brother to overdose), {NAME:Lily} ({NAME:Lily}'s mom {NAME:Karen} "
    "attended).",
    "Family session: {NAME:Jesse}, 14, his dad {NAME:Rick}, stepmom {NAME:Amber}, half-sister "
    "{NAME:Kinsley}. {NAME:Rick} works nights at {ORGANIZATION:Intel} {LOCATION:Hillsboro}.",
    "Recovery group: {NAME:Cody}, {NAME:Shay}, {NAME:Big Tim}, {NAME:Renata}. {NAME:Shay} "
    "celebrated 90 days; sponsor {NAME:Deb} from the {ORGANIZATION:Alano Club} attended.",
    "Sibling session: {NAME:Kenzie} and {NAME:Jace}, placed together in the foster home of the "
    "{NAME:Petersons} in {LOCATION:Keizer}.",
]


SPOKEN_NOTES_EIGHTIETH_ROUND = [
    "okay note for {NAME:santiago} thirty he works at {ORGANIZATION:sandia labs} and lives in "
    "{LOCATION:rio rancho} his wife {NAME:marisol} moved back to her mom's in "
    "{LOCATION:española} with the baby",
    "session with {NAME:doña carmen} she's {AGE_OVER_89:ninety} lives in {LOCATION:chimayo} "
    "her grandson {NAME:ruben} sells out of her trailer",
    "follow up {NAME:aiyana} sixteen navajo goes to {ORGANIZATION:gallup high} her cousin "
    "{NAME:shandiin} killed herself in {DATE:october}",
    "this is {NAME:mr baca} sixty eight retired from {ORGANIZATION:los alamos} lives in "
    "{LOCATION:pojoaque} his son {NAME:gilbert} is at the {ORGANIZATION:mdc}",
    "note for {NAME:crystal} twenty five she dances at {ORGANIZATION:knockouts} on "
    "{LOCATION:central} and her boyfriend {NAME:rico} takes all her money",
    "okay {NAME:joaquin} forty one works construction for {ORGANIZATION:bradbury stamm} he got a "
    "dui in {LOCATION:bernalillo} on {DATE:september fifth}",
    "session with {NAME:mr tsosie} fifty two lives out in {LOCATION:crownpoint} drives in to ihs "
    "in {LOCATION:gallup} for dialysis",
    "note for {NAME:lupe} thirty four she's a nurse at {ORGANIZATION:unm hospital} and her ex "
    "{NAME:danny gallegos} is out on bond from {ORGANIZATION:metro court}",
    "this is {NAME:hunter} nineteen student at {ORGANIZATION:nmsu} from {LOCATION:roswell} his "
    "roommate {NAME:tanner} keeps a gun in the dorm",
    "okay {NAME:veronica} forty eight she cleans at the {ORGANIZATION:inn and spa at loretto} in "
    "{LOCATION:santa fe} and her daughter {NAME:gabi} is pregnant at fifteen",
    "session with {NAME:eli} twenty seven works the lift at {ORGANIZATION:taos ski valley} and "
    "lives in his van near {LOCATION:arroyo seco}",
    "note for {NAME:marcus} thirty three airman at {ORGANIZATION:kirtland} he said "
    "{NAME:sergeant pope} keeps writing him up",
    "call {NAME:rosie} at {PHONE:five oh five five five five zero one seven seven} she's staying "
    "at the {ORGANIZATION:joy junction} shelter",
]

SPOKEN_NOTES_EIGHTY_FIRST_ROUND = [
    "alright note for {NAME:brittany} twenty eight she works at the {ORGANIZATION:kentucky truck "
    "plant} and her boyfriend {NAME:jamal} got shot in the {LOCATION:west end}",
    "session with {NAME:mr hollister} seventy four horse trainer at {ORGANIZATION:keeneland} "
    "lives in {LOCATION:versailles} his wife {NAME:peggy} has dementia",
    "follow up {NAME:madison} seventeen goes to {ORGANIZATION:manual} got caught vaping and her "
    "mom {NAME:jenna} took her phone",
    "this is {NAME:carl} fifty one works at {ORGANIZATION:ge appliance park} lost his brother "
    "{NAME:terry} to fentanyl in {DATE:march}",
    "note for {NAME:aaliyah} twenty two she's a student at {ORGANIZATION:uofl} and works at "
    "{ORGANIZATION:heine brothers} on {LOCATION:bardstown road}",
    "okay {NAME:wayne} sixty coal miner from {LOCATION:hazard} on disability now lives with his "
    "daughter {NAME:tammy} in {LOCATION:winchester}",
    "session with {NAME:ashton} thirty four bartender at the {ORGANIZATION:silver dollar} in "
    "{LOCATION:clifton} his partner {NAME:evan} moved out on {DATE:november second}",
    "this is {NAME:gloria} forty six she's a cook at {ORGANIZATION:churchill downs} and her son "
    "{NAME:deshaun} is at {ORGANIZATION:maryhurst}",
    "note for {NAME:bobby} twenty nine he's at the {ORGANIZATION:healing place} on "
    "{LOCATION:market street} day forty of the program",
    "okay {NAME:jess} thirty one works at {ORGANIZATION:toyota} in {LOCATION:georgetown} her "
    "husband {NAME:kyle} is at {ORGANIZATION:fort campbell}",
    "session with {NAME:ms henderson} {AGE_OVER_89:ninety two} lives at {ORGANIZATION:treyton "
    "oak towers} her niece {NAME:beverly} handles the money",
    "note for {NAME:trevor} nineteen works at {ORGANIZATION:ups worldport} nights and his mom "
    "{NAME:angie} lives in {LOCATION:shively}",
    "call {NAME:denise} back at {PHONE:five oh two five five five zero one five eight} about "
    "{NAME:kaden}'s court date on {DATE:december eighteenth}",
]

TYPED_NOTES_TWENTY_THIRD_ROUND = [
    "CBT progress note — {NAME:Darius Whitfield}, 29. Works at {ORGANIZATION:Jefferson North "
    "Assembly Plant}; automatic thoughts re: layoff rumors. Lives in {LOCATION:Hamtramck}.",
    "DBT individual — {NAME:Kayla Nowak}, 22, {ORGANIZATION:Wayne State} student; chain analysis "
    "after self-harm on {DATE:11/29}; roommate {NAME:Bri} found her.",
    "IFS — {NAME:Samir Haddad}, 41, {LOCATION:Dearborn}; manager part protects against grief for "
    "brother {NAME:Ali}, killed in {LOCATION:Bint Jbeil} {DATE:October 2024}.",
    "ACT — {NAME:Gretchen Olson}, 58, {LOCATION:Traverse City}; cherry farm owner; values "
    "clarification around selling land to nephew {NAME:Erik}.",
    "EMDR — {NAME:Marcus Bell}, 36, former {ORGANIZATION:Detroit Police} officer; target: "
    "shooting at {LOCATION:Seven Mile and Gratiot} in 2019; SUDS 8.",
    "Psychodynamic — {NAME:Dr. Ellen Hwang} (client is a physician at {ORGANIZATION:Henry "
    "Ford}) discussed rivalry with sister {NAME:Grace}.",
    "SOAP — {NAME:Tyrone Jackson}, 44. S: 'I can't go back to {ORGANIZATION:Jackson}' (prison). "
    "O: tearful. A: PTSD. P: f/u {DATE:12/15}.",
    "DAP — {NAME:Maria Lopez-Garza}, 31, {LOCATION:Southwest Detroit}. D: ICE detained husband "
    "{NAME:Jorge}. A: acute stress. P: connect with {ORGANIZATION:Michigan Immigrant Rights "
    "Center}.",
    "BIRP — {NAME:Jalen}, 15, {ORGANIZATION:Cass Tech}. B: angry outbursts. I: anger "
    "thermometer. R: engaged. P: meet with counselor {NAME:Ms. Reed}.",
    "Couples — {NAME:Beth} and {NAME:Randy Kowalski}, {LOCATION:Warren}; {NAME:Randy} laid off "
    "from {ORGANIZATION:GM Warren Tech Center} in {DATE:September}.",
    "Motivational interviewing — {NAME:Kyle Brandt}, 26, {LOCATION:Grand Rapids}; cannabis use; "
    "works at {ORGANIZATION:Meijer} on {LOCATION:Alpine Ave}.",
    "Narrative therapy — {NAME:Ruth Ann Kowalczyk}, {AGE_OVER_89:90}, {ORGANIZATION:Fox Run} "
    "independent living, {LOCATION:Novi}; re-authoring story of late husband {NAME:Stan}.",
    "Intake — {NAME:Nia Brooks}, DOB {DATE:05/05/2001}, {LOCATION:4410 Cass Ave Apt 9}, "
    "{LOCATION:Detroit} {LOCATION:48201}; MRN {MRN:DMC-0048812}; PCP {NAME:Dr. Patel} at "
    "{ORGANIZATION:Covenant Community Care}.",
]

MESSAGES_TWENTIETH_ROUND = [
    "hey its {NAME:jolene} from the {ORGANIZATION:dollar general} in {LOCATION:pikeville} just "
    "wanted u to know {NAME:ray} came in drunk again",
    "Mensaje de {NAME:Rosa Elena}: mi hijo {NAME:Brayan} está en el {ORGANIZATION:Hospital "
    "Universitario} y no me dejan verlo",
    "Text from {NAME:Officer Dale Pruitt} ({ORGANIZATION:Lexington PD}): {NAME:Ms. Cole}'s "
    "vehicle found at {LOCATION:Jacobson Park}; she is safe.",
    "{NAME:Dr. Amin}, pls call me at {PHONE:313.555.0191}. Mom took all her pills",
    "Email from {EMAIL:coach.tate@cmsd.example.net} re: {NAME:Jamal Price} — he punched a "
    "locker after the game vs {ORGANIZATION:Shaker Heights}.",
    "this is {NAME:lori} {NAME:kenny}'s wife he's at the va in {LOCATION:lexington}",
    "Portal: hi its {NAME:Dev}, can u send the letter to my lawyer {NAME:Ms. Abernathy} at "
    "{EMAIL:abernathy.law@example.com}",
    "vm from {NAME:pastor mike} at {ORGANIZATION:southland christian} about {NAME:hailey} she "
    "was at youth group crying",
    "its gramma {NAME:jean} the boys are with me on {LOCATION:shelby street} til their mom gets "
    "out",
    "Fax cover: To {NAME:Dr. Sutherland}, {ORGANIZATION:Bluegrass Care Navigators}, fax "
    "{FAX:859-555-0170}; from {NAME:Anne Ritchie}, LPCC; re: {NAME:Harold Keene}, DOB "
    "{DATE:08/19/1934}.",
    "hi this is {NAME:chantel} from {ORGANIZATION:kroger} pharmacy on {LOCATION:hurstbourne} "
    "about {NAME:mr hayes} prescriptions",
    "txt: its {NAME:tay} i moved in w my aunt in {LOCATION:frankfort} new # {PHONE:502 555 0148}",
    "Msg from {NAME:Sgt. Amos Reed}, {ORGANIZATION:Fort Knox}: {NAME:PFC Leon} missed "
    "formation, last seen at the {ORGANIZATION:Waffle House} in {LOCATION:Radcliff}.",
]

RARER_KINDS_SEVENTH_ROUND = [
    "Client's insulin pump serial {DEVICE:4471-AX-2093} was replaced on {DATE:11/20}.",
    "Her ex's truck, plate {VEHICLE:7HJ 442}, was parked outside the school again.",
    "VIN {VEHICLE:1FTFW1E50NFA12345} on the truck her ex took.",
    "Login from IP {IP:73.44.201.18} at 02:14 flagged by the portal.",
    "CDL # {LICENSE:K0481122903}, expires {DATE:03/2028}.",
    "Claim {OTHER_ID:CLM-2026-0449183} denied by {ORGANIZATION:Humana}.",
    "His Instagram is {OTHER_ID:@tay.tay_502} and he posted the threat there.",
    "Medicare MBI {HEALTH_PLAN:1EG4-TE5-MK72} on the new card.",
    "Hearing aid serial no. {DEVICE:HA7720381} lost at the shelter.",
    "Account ending {ACCOUNT:4471} at {ORGANIZATION:Republic Bank} was drained.",
    "Her blog {URL:https://healingwithkara.example.com/posts/ptsd} names the clinic.",
    "Pharmacy Rx # {OTHER_ID:6120448} refilled early twice.",
    "KY nursing licence {LICENSE:1148829} under board review.",
]


SPOKEN_NOTES_EIGHTY_SECOND_ROUND = [
    "okay note for {NAME:tavon} twenty three he works at the {ORGANIZATION:domino sugar} plant "
    "and lives off {LOCATION:greenmount avenue} his little brother {NAME:dez} got shot in "
    "{DATE:august}",
    "session with {NAME:miss loretta} she's {AGE_OVER_89:ninety six} lives in "
    "{LOCATION:pigtown} her grandson {NAME:marcus} drives her to {ORGANIZATION:hopkins bayview}",
    "follow up {NAME:ciara} sixteen goes to {ORGANIZATION:poly} and her mom {NAME:tanya} is using "
    "again she's been staying with her aunt in {LOCATION:dundalk}",
    "this is {NAME:frank} sixty three retired longshoreman from the {ORGANIZATION:seagirt} "
    "terminal lives in {LOCATION:highlandtown} his wife {NAME:dolores} passed in {DATE:june}",
    "note for {NAME:jasmine} thirty she's a cna at {ORGANIZATION:sinai} and her ex "
    "{NAME:rodney} is at {ORGANIZATION:jessup} doing five years",
    "okay {NAME:kyle} nineteen student at {ORGANIZATION:towson} lives in {LOCATION:newell hall} "
    "he said his ra {NAME:ethan} found pills in his room",
    "session with {NAME:angela} forty two she's a bus driver for mta and got spit on at "
    "{LOCATION:mondawmin}",
    "note for {NAME:devin} twenty seven works at {ORGANIZATION:under armour} in {LOCATION:port "
    "covington} and his boyfriend {NAME:chris} lives in {LOCATION:mount vernon}",
    "this is {NAME:ms thompson} fifty eight she runs a crab stand at {ORGANIZATION:lexington "
    "market} and her son {NAME:andre} was arrested by {ORGANIZATION:baltimore police} on "
    "{DATE:thanksgiving}",
    "okay {NAME:shawn} thirty five works at {ORGANIZATION:amazon} in {LOCATION:sparrows point} "
    "he said his supervisor {NAME:mike} keeps writing him up",
    "session with {NAME:rachel} forty four she's a teacher at {ORGANIZATION:roland park "
    "elementary} and her husband {NAME:ben} works at {ORGANIZATION:t rowe price}",
    "note for {NAME:marcus} twenty he stays at the {ORGANIZATION:helping up} mission on "
    "{LOCATION:baltimore street}",
    "call {NAME:nikki} at {PHONE:four one zero five five five zero one two six} her daughter "
    "{NAME:aniyah} ran away from {ORGANIZATION:good shepherd}",
]

SPOKEN_NOTES_EIGHTY_THIRD_ROUND = [
    "okay note for {NAME:luis} thirty eight he works at the {ORGANIZATION:exxon} "
    "{LOCATION:baytown} refinery and lives in {LOCATION:pasadena} his wife {NAME:yolanda} says "
    "he's not sleeping since the flare",
    "session with {NAME:ms broussard} seventy one from {LOCATION:fifth ward} lives with her "
    "grandson {NAME:trey} who works at {ORGANIZATION:nrg}",
    "follow up {NAME:brianna} fifteen goes to {ORGANIZATION:lamar} got caught with a vape and her "
    "dad {NAME:carlos} took her to {ORGANIZATION:texas children's}",
    "this is {NAME:mr nguyen} sixty shrimper out of {LOCATION:kemah} lost the boat in the "
    "hurricane his son {NAME:tuan} runs a nail salon in {LOCATION:alief}",
    "note for {NAME:destiny} twenty two dancer at {ORGANIZATION:treasures} and her boyfriend "
    "{NAME:jay} is on probation in {LOCATION:harris county}",
    "okay {NAME:jorge} forty five works the docks in {LOCATION:la porte} and his daughter "
    "{NAME:valeria} is at {ORGANIZATION:ut health} for an eating disorder",
    "session with {NAME:kendra} thirty three nurse at {ORGANIZATION:ben taub} her husband "
    "{NAME:marcus} is deployed from {ORGANIZATION:ellington field}",
    "this is {NAME:tommy} fifty welder at {ORGANIZATION:kiewit} in {LOCATION:ingleside} got hurt "
    "on the job in {DATE:april}",
    "note for {NAME:priya} twenty nine engineer at {ORGANIZATION:chevron} in the "
    "{LOCATION:woodlands} her mother {NAME:lakshmi} visits from {LOCATION:chennai}",
    "okay {NAME:deshawn} eighteen got kicked out of {ORGANIZATION:yates} lives with his grandma "
    "in {LOCATION:third ward}",
    "session with {NAME:maria} forty cleans houses in {LOCATION:river oaks} and her son "
    "{NAME:angel} is detained at {ORGANIZATION:montgomery processing center} in "
    "{LOCATION:conroe}",
    "note for {NAME:cody} twenty four offshore with {ORGANIZATION:transocean} three weeks on "
    "three off his girlfriend {NAME:kaitlyn} is in {LOCATION:galveston}",
    "call {NAME:pastor james} at {PHONE:seven one three five five five zero one eight four} from "
    "{ORGANIZATION:lakewood} about {NAME:shayla}",
]

HOSPITAL_RECORDS_FOURTEENTH_ROUND = [
    "EMERGENCY DEPARTMENT NOTE — {ORGANIZATION:Denver Health Medical Center}\nPatient: "
    "{NAME:Jaylen Ortiz}  MRN: {MRN:DH-00481772}  DOB: {DATE:02/17/2003}\nBIBA after found down "
    "at {LOCATION:Civic Center Park}; naloxone x2.",
    "Psychiatry consult — {ORGANIZATION:UCHealth Memorial}, {LOCATION:Colorado Springs}. Pt "
    "{NAME:SGT Brandon Hale}, 31, {ORGANIZATION:Fort Carson}, SI after divorce; wife "
    "{NAME:Ashley} at bedside.",
    "Admission H&P: {NAME:Mrs. Evelyn Strand}, {AGE_OVER_89:94}, from {ORGANIZATION:Clermont "
    "Park} (assisted living), {LOCATION:Denver}; delirium; daughter {NAME:Karen Strand} POA "
    "({PHONE:303-555-0119}).",
    "Discharge summary: {NAME:Mateo Vigil}, 17, {ORGANIZATION:Children's Hospital Colorado}, "
    "admitted {DATE:11/24/2026}, discharged {DATE:12/02/2026} to mother {NAME:Rosa Vigil} in "
    "{LOCATION:Pueblo}; f/u {ORGANIZATION:Health Solutions} {DATE:12/08}.",
    "Nursing note 2200: Pt {NAME:Dale Kessler} pacing on {LOCATION:5 South}, asking for wife "
    "{NAME:Jeanie}; redirected. Sitter {NAME:Marisol} at bedside.",
    "ED triage: {NAME:Kira Begay}, 26F, from {LOCATION:Cortez}, transferred from "
    "{ORGANIZATION:Southwest Memorial}; insurance {ORGANIZATION:Health First Colorado} "
    "#{HEALTH_PLAN:P449120}.",
    "SW note: pt {NAME:Anthony Romero} homeless, sleeps at {ORGANIZATION:Denver Rescue Mission}; "
    "brother {NAME:Eddie} in {LOCATION:Commerce City} ({PHONE:720-555-0152}) willing to take "
    "him.",
    "Consult: requested by {NAME:Dr. Liu}, hospitalist, {ORGANIZATION:Saint Joseph Hospital}. "
    "{NAME:Ms. Hartley} (Rm {LOCATION:614}) refusing dialysis.",
    "Transfer note: pt accepted at {ORGANIZATION:Highlands Behavioral Health} in "
    "{LOCATION:Littleton}; transport by {ORGANIZATION:AMR} at 1500.",
    "Progress note HD 4: {NAME:Emily Tran} eating 50%; roommate {NAME:Hailey} visited; plan d/c "
    "to {ORGANIZATION:Eating Recovery Center} {LOCATION:Denver} {DATE:12/09}.",
    "ED note: {NAME:Ruben Maes}, 44M, {ORGANIZATION:Xcel Energy} lineman, fell from pole in "
    "{LOCATION:Aurora}; coworker {NAME:Jake Pruitt} called 911.",
    "Restraint note: pt {NAME:Lewis} (last name only on armband) struck RN {NAME:Tate}; "
    "security {NAME:Officer Gomez} assisted; {NAME:Dr. Franks} notified 0340.",
    "Discharge instructions: {NAME:Hannah Kim} — follow up with {NAME:Dr. Osei} at "
    "{ORGANIZATION:Boulder Community Health} on {DATE:December 14} at 9:30 AM; address "
    "{LOCATION:4747 Arapahoe Ave}, {LOCATION:Boulder}.",
]

SCHOOL_COUNSELING_NOTES_FOURTH = [
    "Counselor note — {NAME:Aiden Price}, gr 8, {ORGANIZATION:Hamilton Middle School}. Referred "
    "by {NAME:Mr. Delgado} (science) after writing 'I want to disappear' in his journal.",
    "504 meeting {DATE:12/03}: {NAME:Sophia Martinez}, gr 10; present: mom {NAME:Elena}, "
    "{NAME:Ms. Carter} (case mgr), {NAME:Dr. Woods} (school psych).",
    "Threat assessment: {NAME:Logan}, 14, told peer {NAME:Mason R.} he would 'bring something' "
    "to {ORGANIZATION:Westview} on Friday {DATE:12/11}.",
    "Check-in: {NAME:Zoe}, gr 6, crying in the bathroom at lunch; says {NAME:Brianna} and "
    "{NAME:Kenzie} posted her photo on {OTHER_ID:@westviewtea}.",
    "IEP team: student {NAME:Jamal Wright}, gr 11, {ORGANIZATION:Central High}; parent "
    "{NAME:Denise Wright} ({PHONE:555-0137}); SLP {NAME:Ms. Kaur}; gen ed {NAME:Mr. Olsen}.",
    "Crisis: {NAME:Emma L.}, gr 9, disclosed dad hits her; CPS report #{OTHER_ID:2026-558102} "
    "made by Counselor {NAME:Ramos}; SRO {NAME:Officer Bell} informed.",
    "Group (lunch bunch): {NAME:Liam}, {NAME:Noah}, {NAME:Eli}, {NAME:Carter}; topic friendship; "
    "{NAME:Noah} left early for dentist.",
    "Attendance meeting: {NAME:Destiny Howard}, gr 12, 28 absences; works nights at "
    "{ORGANIZATION:Chick-fil-A} on {LOCATION:Parker Rd}; grandmother {NAME:Mae} guardian.",
    "Note: {NAME:Kai}, gr 7, new from {LOCATION:Honolulu}; lives with dad in "
    "{ORGANIZATION:Buckley SFB} housing.",
    "Parent call: {NAME:Mrs. Okafor} re: {NAME:Chidi}, gr 5, {ORGANIZATION:Lincoln Elementary}; "
    "bullied on bus 14; principal {NAME:Dr. Shaw} notified.",
    "Suicide screen (ASQ) positive: {NAME:Harper Jensen}, gr 10; parent {NAME:Kristin Jensen} "
    "picked up at 1:15; referred to {ORGANIZATION:AllHealth Network}.",
    "College counseling: {NAME:Ana Lucia Reyes}, gr 12, applying to {ORGANIZATION:CU Boulder} "
    "and {ORGANIZATION:Regis}; FAFSA help with her uncle {NAME:Tomas}.",
    "Restorative circle: {NAME:Jayden}, {NAME:Marco}, and {NAME:Coach Peters} after fight in the "
    "{ORGANIZATION:Thunder Ridge} locker room.",
]

MESSAGES_TWENTY_FIRST_ROUND = [
    "hey its {NAME:kiara} i cant come {DATE:thursday the 10th} my son {NAME:jj} is in the "
    "hospital at {ORGANIZATION:hopkins}",
    "Voicemail: '{NAME:Ms. Lane}, this is {NAME:Gary} from {ORGANIZATION:Enterprise} on "
    "{LOCATION:Pulaski Hwy}, your client {NAME:Dion} hasn't returned the car.'",
    "txt from grandma {NAME:pearl}: {NAME:tasia} didnt come home last nite she was at a party in "
    "{LOCATION:cherry hill}",
    "Email from {NAME:Detective Ray Sutton}, {ORGANIZATION:Anne Arundel County Police}: re case "
    "{OTHER_ID:26-118830}, victim {NAME:Jenna Ford} requests her counseling records.",
    "hola es {NAME:lupita} la esposa de {NAME:ramón} él está en {ORGANIZATION:ben taub} desde el "
    "sábado",
    "hi its {NAME:coach d} from {ORGANIZATION:westbury} football {NAME:marcus} told me about his "
    "mom pls call",
    "Portal message from {NAME:Tyler Nguyen}: new phone {PHONE:832-555-0163}, new address "
    "{LOCATION:9102 Bellaire Blvd #210}, {LOCATION:Houston} {LOCATION:77036}.",
    "this is {NAME:donna} at {ORGANIZATION:magnolia gardens} front desk {NAME:mr fields} fell "
    "again call his son {NAME:wayne}",
    "Text from {NAME:Pastor Leroy Simms} ({ORGANIZATION:Wheeler Avenue Baptist}): "
    "{NAME:Sister Brenda} asked me to check on you.",
    "msg: {NAME:Rico} here, got a job at {ORGANIZATION:buc-ee's} in {LOCATION:katy} can we do "
    "evenings",
    "Fax from {ORGANIZATION:Harris Health} re: {NAME:Aaliyah Brooks}, DOB {DATE:07/30/2008}, MRN "
    "{MRN:HH4418027}; please sign and return to {NAME:Dr. Patel}.",
    "its {NAME:jess} from {ORGANIZATION:walgreens} on {LOCATION:westheimer} {NAME:mr lopez}'s "
    "script is ready",
    "Msg from {NAME:Lt. Cmdr. Dana Ruiz}, Coast Guard Sector {LOCATION:Houston}: {NAME:BM2 "
    "Hollis} is on leave through {DATE:12/20}.",
]


SPOKEN_NOTES_EIGHTY_FOURTH_ROUND = [
    "okay note for {NAME:deonte} twenty five he works at the {ORGANIZATION:ford} plant in "
    "{LOCATION:claycomo} and his girlfriend {NAME:keke} lives in {LOCATION:raytown}",
    "session with {NAME:mrs schneider} {AGE_OVER_89:ninety three} lives in {LOCATION:affton} her "
    "son {NAME:gary} moved her into {ORGANIZATION:friendship village}",
    "follow up {NAME:jaylen} sixteen goes to {ORGANIZATION:vashon} got into a fight at the "
    "{ORGANIZATION:galleria}",
    "this is {NAME:mike} forty eight works at {ORGANIZATION:anheuser busch} in "
    "{LOCATION:soulard} his wife {NAME:karen} kicked him out on {DATE:november twentieth}",
    "note for {NAME:tasha} twenty nine she's a cna at {ORGANIZATION:barnes jewish} and her son "
    "{NAME:dj} is in the juvenile detention center",
    "okay {NAME:bryce} twenty two student at {ORGANIZATION:mizzou} works at "
    "{ORGANIZATION:shakespeare's pizza} in {LOCATION:columbia}",
    "session with {NAME:carla} fifty she drives for {ORGANIZATION:kcata} and got carjacked on "
    "{LOCATION:prospect avenue}",
    "this is {NAME:ray} sixty retired from {ORGANIZATION:boeing} in {LOCATION:hazelwood} his "
    "grandson {NAME:tyrell} was shot in {LOCATION:ferguson} in {DATE:october}",
    "note for {NAME:angel} thirty one works at {ORGANIZATION:arrowhead} concessions and lives in "
    "{LOCATION:independence} her ex {NAME:cody} broke her windows",
    "okay {NAME:shay} twenty seven dancer at {ORGANIZATION:scores} in {LOCATION:sauget} and her "
    "pimp {NAME:dre} took her id",
    "session with {NAME:deacon lewis} sixty six from {ORGANIZATION:greater st mark} church in "
    "{LOCATION:north county}",
    "note for {NAME:lily} nine her mom {NAME:amber} is at {ORGANIZATION:preferred family} rehab "
    "and grandpa {NAME:joe} has her",
    "call {NAME:sheila} at {PHONE:eight one six five five five zero one four one} she's at the "
    "{ORGANIZATION:rose brooks} shelter",
]

SPOKEN_NOTES_EIGHTY_FIFTH_ROUND = [
    "okay note for {NAME:ryan} thirty four software engineer at {ORGANIZATION:amazon} in "
    "{LOCATION:south lake union} his husband {NAME:marco} says he's drinking every night",
    "session with {NAME:mrs tanaka} {AGE_OVER_89:ninety one} lives in {LOCATION:beacon hill} her "
    "daughter {NAME:june} drives her to {ORGANIZATION:keiro}",
    "follow up {NAME:skylar} sixteen goes to {ORGANIZATION:garfield} and got caught with a vape "
    "her dad {NAME:tom} took her phone",
    "this is {NAME:dmitri} forty one works at the {ORGANIZATION:boeing} plant in "
    "{LOCATION:everett} his wife {NAME:olga} went back to {LOCATION:kyiv} in {DATE:march}",
    "note for {NAME:jasmine} twenty four barista at {ORGANIZATION:victrola} on "
    "{LOCATION:fifteenth avenue} her roommate {NAME:kai} overdosed in {LOCATION:belltown}",
    "okay {NAME:tyler} thirty deckhand on the ferries out of {LOCATION:edmonds} his sister "
    "{NAME:brooke} is in {LOCATION:lynnwood}",
    "session with {NAME:kalani} twenty two soldier at {ORGANIZATION:jblm} lives in "
    "{LOCATION:lakewood} and {NAME:sergeant cruz} keeps riding him",
    "this is {NAME:brenda} fifty five she's a nurse at {ORGANIZATION:sacred heart} in "
    "{LOCATION:spokane} her son {NAME:cody} is at {ORGANIZATION:geiger}",
    "note for {NAME:omar} thirty eight drives for {ORGANIZATION:king county metro} and got "
    "assaulted on the e line",
    "okay {NAME:hannah} nineteen student at {ORGANIZATION:gonzaga} from {LOCATION:coeur d'alene} "
    "her roommate {NAME:bella} found her journal",
    "session with {NAME:miguel} forty four picks cherries for {ORGANIZATION:zirkle} near "
    "{LOCATION:yakima}",
    "note for {NAME:leah} twenty seven works at the fish stand at {ORGANIZATION:pike place "
    "market} and her boyfriend {NAME:jake} lives on {LOCATION:capitol hill}",
    "call auntie {NAME:rose} at {PHONE:two five three five five five zero one nine nine} about "
    "{NAME:kalani}'s court date in {LOCATION:pierce county}",
]

TYPED_NOTES_TWENTY_FOURTH_ROUND = [
    "SOAP — {NAME:Marisol Treviño}, 36. S: stress at work ({ORGANIZATION:H-E-B} corporate). "
    "Lives in {LOCATION:Alamo Heights}. O: tearful. A: GAD. P: f/u {DATE:12/17}.",
    "DBT — {NAME:Cameron Pike}, 20, {ORGANIZATION:UT Austin} junior; self-harm after breakup with "
    "{NAME:Jordan}; lives at {ORGANIZATION:Dobie Twenty21}.",
    "CPT — {NAME:SSgt Robert Ochoa}, 33, {ORGANIZATION:JBSA-Lackland}; index event: convoy in "
    "{LOCATION:Kandahar} in 2011.",
    "IFS — {NAME:Ellen Park}, 47, attorney at {ORGANIZATION:Vinson & Elkins}; exile linked to "
    "father {NAME:Dae-jung}'s drinking.",
    "EMDR — {NAME:Luz Garza}, 29; target: {DATE:May 24, 2022} shooting at {ORGANIZATION:Robb "
    "Elementary}, {LOCATION:Uvalde}; SUDS 9→5.",
    "DAP — {NAME:Tom Reyes}, 58, {LOCATION:New Braunfels}; D: flood of {DATE:July 2025} "
    "destroyed home on the {LOCATION:Guadalupe}.",
    "Family — the {NAME:Hendersons} ({NAME:Greg}, {NAME:Lisa}, {NAME:Maddie} 14); conflict over "
    "{NAME:Maddie}'s boyfriend {NAME:Trey} from {ORGANIZATION:Westlake}.",
    "ACT — {NAME:Dolores Villarreal}, {AGE_OVER_89:91}, {ORGANIZATION:Morningside Ministries} "
    "resident; values: faith, great-grandchildren in {LOCATION:Laredo}.",
    "BIRP — {NAME:Jayden}, 14, {ORGANIZATION:Lanier High}; B: suspended for fight; I: anger "
    "log; R: engaged; P: call mom {NAME:Crystal} at {PHONE:512-555-0178}.",
    "MI — {NAME:Cody Hargrove}, 41, oilfield worker for {ORGANIZATION:Pioneer Natural "
    "Resources} in {LOCATION:Midland}; drinking 12/day.",
    "Psychodynamic — {NAME:Dr. Anjali Rao} (client), 39, surgeon at {ORGANIZATION:University "
    "Hospital}; dream of her mother in {LOCATION:Hyderabad}.",
    "Intake — {NAME:Alejandro Cruz}, DOB {DATE:09/09/1999}, {LOCATION:1402 E Cesar Chavez St}, "
    "{LOCATION:Austin} {LOCATION:78702}; emergency contact sister {NAME:Pilar} "
    "{PHONE:737-555-0103}.",
    "Group — {NAME:Rosa}, {NAME:Beto}, {NAME:Nelly}, {NAME:Sam}; {NAME:Beto} shared about his "
    "cousin killed on {LOCATION:Sixth Street}.",
]

LETTERS_AND_FORMS_ELEVENTH_ROUND = [
    "Dear {NAME:Judge Morales}: Re: {NAME:Kevin Ortiz}, Docket No. {OTHER_ID:CR-004418-26BX}, "
    "{ORGANIZATION:Bronx Criminal Court}. {NAME:Mr. Ortiz} has attended weekly sessions since "
    "{DATE:August 2026}.",
    "To: {ORGANIZATION:NYCHA} Management Office, {LOCATION:Red Hook Houses}\nRe: reasonable "
    "accommodation for tenant {NAME:Gloria Vance}, Apt {LOCATION:4C}, {LOCATION:62 Mill St}, "
    "{LOCATION:Brooklyn} {LOCATION:11231}.",
    "HIPAA authorization: I, {NAME:Wei Zhang}, DOB {DATE:06/30/1985}, authorize "
    "{ORGANIZATION:Flushing Hospital} to release records to {NAME:Dr. Li Chen}, "
    "{ORGANIZATION:Main Street Psychiatry}.",
    "Letter of support: {NAME:Fatoumata Diallo} ({OTHER_ID:A 208-117-554}) has been in treatment "
    "at {ORGANIZATION:Bellevue Program for Survivors of Torture} since {DATE:January 2025}.",
    "School excuse: Please excuse {NAME:Malik Johnson} ({ORGANIZATION:PS 191}) for his "
    "appointment on {DATE:12/9}. — {NAME:Dana Kim}, LCSW.",
    "Return-to-work letter: {NAME:Anthony Russo} may return to duty at {ORGANIZATION:FDNY} "
    "{ORGANIZATION:Engine 54} on {DATE:1/5/2027}.",
    "Intake form\nName: {NAME:Priya Natarajan}\nAddress: {LOCATION:35-14 84th St}, "
    "{LOCATION:Jackson Heights}, NY {LOCATION:11372}\nEmployer: {ORGANIZATION:Elmhurst "
    "Hospital}\nMedicaid #: {HEALTH_PLAN:AB12345C}",
    "ESA letter — {DATE:December 4, 2026} — Re: {NAME:Sofia Greco}, {LOCATION:220 E 14th St Apt "
    "9F}, {LOCATION:New York}, NY. Her cat, {NAME:Biscotti}, provides support.",
    "Court letter: {NAME:Hon. Patricia Wu}, {ORGANIZATION:Queens Family Court}; Re: "
    "{NAME:Jamal} and {NAME:Aisha Brooks}, File #{OTHER_ID:O-11823/26}.",
    "Release to {ORGANIZATION:Columbia University} Disability Services for student "
    "{NAME:Ethan Goldberg}, UNI {OTHER_ID:eg2931}.",
    "Treatment verification for {ORGANIZATION:ACS}: parent {NAME:Lakisha Green}, case "
    "{OTHER_ID:2026-088214}; children {NAME:Zion} (5) and {NAME:Nevaeh} (2).",
    "Letter to employer: {ORGANIZATION:Con Edison}, HR, attn {NAME:Maria Flores}; re employee "
    "{NAME:Brian O'Neill}, FMLA from {DATE:11/30/2026}.",
    "Disability letter: {NAME:Harold Stein}, {AGE_OVER_89:92}, resident of {ORGANIZATION:Hebrew "
    "Home at Riverdale}; SSN {SSN:083-55-0147}.",
]

GROUP_AND_FAMILY_NOTES_EIGHTH = [
    "Family session: {NAME:Ms. Alvarez} and sons {NAME:Diego} (16) and {NAME:Mateo} (12); "
    "{NAME:Diego} caught stealing at {ORGANIZATION:Target} on {LOCATION:Westheimer}.",
    "Couples: {NAME:Brandon} and {NAME:Kelsey Fry}; conflict about his mother {NAME:Debra} in "
    "{LOCATION:Sioux Falls}.",
    "IOP group: {NAME:Amber}, {NAME:Chris} {NAME:Dakota}, {NAME:Jess}, {NAME:Tony}; "
    "{NAME:Dakota} relapsed at a party in {LOCATION:Rapid City}.",
    "Grief group: {NAME:Harold} (wife {NAME:June}, d. {DATE:9/2026}), {NAME:Marisol} (son "
    "{NAME:Eddie}, overdose), {NAME:Pat} (partner {NAME:Lou}).",
    "Multifamily: the {NAME:Johnsons}, the {NAME:Nguyens} and the {NAME:Castillos}; "
    "psychoeducation on bipolar disorder.",
    "Parenting group: {NAME:Keisha}, {NAME:Brianna}, {NAME:Tom}; {NAME:Tom}'s son {NAME:Caleb} "
    "in foster care through {ORGANIZATION:KVC}.",
    "Family: grandma {NAME:Lorraine} (guardian), {NAME:Kayden} 10, {NAME:Paisley} 7; mom "
    "{NAME:Ashley} at {ORGANIZATION:Chillicothe Correctional}.",
    "Couples: {NAME:Sam} and {NAME:Alex Rivera}; {NAME:Alex} works nights at {ORGANIZATION:UPS} "
    "{LOCATION:Worldport}.",
    "Teen group: {NAME:Ava}, {NAME:Mia}, {NAME:Chloe}, {NAME:Harper}; {NAME:Mia} shared a rumor "
    "started at {ORGANIZATION:Blue Valley Northwest}.",
    "Veterans group: {NAME:Sarge}, {NAME:Doc}, {NAME:Big Mike}, {NAME:Luis}; {NAME:Doc} talked "
    "about {ORGANIZATION:Camp Lejeune}.",
    "Family session: {NAME:Mr. Patel}, {NAME:Mrs. Patel}, {NAME:Riya} 17; {NAME:Riya} wants to "
    "attend {ORGANIZATION:NYU}, parents want {ORGANIZATION:Rutgers}.",
    "Sibling session: {NAME:Jada} and {NAME:Jalen}, twins, 13; dad {NAME:Marcus} deployed from "
    "{ORGANIZATION:Fort Bragg}.",
    "Women's DV group: {NAME:Carmen}, {NAME:Tiffany}, {NAME:Rhonda}, {NAME:Lin}; {NAME:Rhonda} "
    "is staying at {ORGANIZATION:Safe Haven} in {LOCATION:Wichita}.",
]


SPOKEN_NOTES_EIGHTY_SIXTH_ROUND = [
    "okay note for {NAME:jamir} nineteen he works at the {ORGANIZATION:wawa} on {LOCATION:broad "
    "street} and his mom {NAME:tonya} got evicted from their place in {LOCATION:strawberry "
    "mansion}",
    "session with {NAME:mrs dimarco} {AGE_OVER_89:ninety four} lives in {LOCATION:south philly} "
    "and her grandson {NAME:vinnie} stopped visiting",
    "follow up {NAME:kayla} fifteen goes to {ORGANIZATION:masterman} and her dad {NAME:rob} is in "
    "{ORGANIZATION:curran fromhold}",
    "this is {NAME:sean} forty two he's in {ORGANIZATION:roofers local 30} and fell off a job in "
    "{LOCATION:fishtown} in {DATE:september}",
    "note for {NAME:aaliyah} twenty two she's a student at {ORGANIZATION:temple} and works at "
    "{ORGANIZATION:chickie's and pete's}",
    "okay {NAME:marcus} thirty seven bus driver for {ORGANIZATION:septa} got punched at "
    "{LOCATION:kensington and allegheny}",
    "session with {NAME:diane} fifty six nurse at {ORGANIZATION:cooper} in {LOCATION:camden} her "
    "son {NAME:tyler} overdosed in {LOCATION:pennsauken} on {DATE:the ninth}",
    "this is {NAME:tommy} sixty three retired from the {ORGANIZATION:navy yard} lives in "
    "{LOCATION:manayunk} his wife {NAME:rita} has parkinson's",
    "note for {NAME:jen} thirty three she's a teacher at {ORGANIZATION:cherry hill east} and her "
    "husband {NAME:matt} drinks at the {ORGANIZATION:ugly moose} every night",
    "okay {NAME:dev} twenty four works at {ORGANIZATION:comcast} in the tower and his boyfriend "
    "{NAME:luis} lives in the {LOCATION:gayborhood}",
    "session with {NAME:precious} twenty nine she lives at the {ORGANIZATION:mill creek} "
    "apartments and her ex {NAME:kareem} is at {ORGANIZATION:sci phoenix}",
    "note for {NAME:angelo} forty works the docks at {ORGANIZATION:packer avenue terminal} his "
    "brother {NAME:sal} got locked up in {LOCATION:delaware county}",
    "call {NAME:miss gwen} at {PHONE:two one five five five five zero one three three} about her "
    "grandson {NAME:khalil} at {ORGANIZATION:st christopher's}",
]

SPOKEN_NOTES_EIGHTY_SEVENTH_ROUND = [
    "alright note for {NAME:demetrius} twenty eight works at the {ORGANIZATION:mercedes} plant "
    "in {LOCATION:vance} and his girlfriend {NAME:shanice} is pregnant",
    "session with {NAME:miss hattie} she's {AGE_OVER_89:ninety seven} lives in {LOCATION:ensley} "
    "her great granddaughter {NAME:kiara} helps with her meds",
    "follow up {NAME:colby} sixteen goes to {ORGANIZATION:hoover high} plays football and "
    "{NAME:coach brandt} told him to play through the concussion",
    "this is {NAME:earl} sixty eight retired from {ORGANIZATION:us pipe} lives in "
    "{LOCATION:bessemer} his wife {NAME:mae} died on {DATE:christmas eve}",
    "note for {NAME:jasmine} twenty four she's a cna at {ORGANIZATION:uab} and her ex "
    "{NAME:dante} is at {ORGANIZATION:donaldson}",
    "okay {NAME:wade} forty one shrimper out of {LOCATION:bayou la batre} lost his boat his wife "
    "{NAME:tammy} left for {LOCATION:pensacola}",
    "session with {NAME:keisha} thirty five works at {ORGANIZATION:hyundai} in "
    "{LOCATION:montgomery} her son {NAME:jaylen} is at {ORGANIZATION:mt meigs}",
    "this is {NAME:ryan} nineteen student at {ORGANIZATION:auburn} lives off campus on "
    "{LOCATION:magnolia avenue} his roommate {NAME:cole} sells adderall",
    "note for {NAME:brenda} fifty three works at {ORGANIZATION:austal} in {LOCATION:mobile} her "
    "husband {NAME:ronnie} had a stroke at {ORGANIZATION:springhill medical}",
    "okay {NAME:tre} twenty two works at the {ORGANIZATION:buc-ee's} in {LOCATION:athens} and his "
    "mom {NAME:lisa} is using again",
    "session with {NAME:pastor williams} sixty from {ORGANIZATION:sixteenth street baptist} about "
    "his son {NAME:marcus}",
    "note for {NAME:ava} eleven her mom {NAME:crystal} is in {ORGANIZATION:tutwiler} and grandma "
    "{NAME:faye} has her in {LOCATION:wetumpka}",
    "call {NAME:ms jackson} at {PHONE:two zero five five five five zero one six eight} she moved "
    "to {LOCATION:tuscaloosa} with her sister {NAME:bernice}",
]

HOSPITAL_RECORDS_FIFTEENTH_ROUND = [
    "ADMISSION NOTE — {ORGANIZATION:UNC Hospitals}, {LOCATION:Chapel Hill}\nPatient: "
    "{NAME:Tyler Bright}, 19M, MRN {MRN:UNC-2204871}, {ORGANIZATION:NC State} student; IVC'd "
    "from {ORGANIZATION:WakeMed} ED.",
    "ED note — {ORGANIZATION:Atrium Health Carolinas Medical Center}: pt {NAME:Latoya Simmons}, "
    "33F, from {LOCATION:Gastonia}; boyfriend {NAME:Darius} threatened her with a gun.",
    "Psych consult: {NAME:Mr. Hoang}, 58, Rm {LOCATION:7124}, {ORGANIZATION:Duke Regional}; wife "
    "{NAME:Lan} translates; son {NAME:Minh} at {PHONE:919-555-0140}.",
    "Discharge summary: {NAME:Kaitlyn Moore}, 16F, {ORGANIZATION:Brynn Marr Hospital}, "
    "{LOCATION:Jacksonville}; father {NAME:SSgt James Moore}, {ORGANIZATION:Camp Lejeune}; f/u "
    "{ORGANIZATION:Integrated Family Services} {DATE:12/11}.",
    "Nursing note 0200: pt {NAME:Harold Greene} ({AGE_OVER_89:92}) confused on {LOCATION:6 "
    "East}, calling for wife {NAME:Ruby}; bed alarm on.",
    "SW note: pt {NAME:Jose Martinez} works at {ORGANIZATION:Smithfield Foods} plant in "
    "{LOCATION:Tar Heel}; no insurance; referred to {ORGANIZATION:Cumberland County} health "
    "dept.",
    "ED triage: {NAME:Brittany Hall}, 27F, BIBA from {LOCATION:Boone}; {ORGANIZATION:App State} "
    "student; ingestion; roommate {NAME:Megan} on phone.",
    "Admission H&P: {NAME:Rev. Curtis Lyles}, 71, pastor of {ORGANIZATION:Mount Zion AME Zion}, "
    "{LOCATION:Durham}; depression after church fire.",
    "Consult: {NAME:Dr. Patel} asked to see {NAME:Ms. Sanchez} on {LOCATION:4 North}; daughter "
    "{NAME:Luisa} at bedside.",
    "Transfer: accepted to {ORGANIZATION:Central Regional Hospital}, {LOCATION:Butner}; IVC "
    "papers from {ORGANIZATION:Wake County} magistrate.",
    "ED note: {NAME:Cody Snyder}, 35M, logger from {LOCATION:Robbinsville}, injured at "
    "{ORGANIZATION:Blue Ridge Lumber}; wife {NAME:Amber} ({PHONE:828-555-0117}).",
    "Discharge: {NAME:Aaliyah Johnson} to {ORGANIZATION:Alliance Health} care coordination; MCO "
    "ID {HEALTH_PLAN:AH-7740219}; pharmacy {ORGANIZATION:CVS} {LOCATION:Garner}.",
    "Progress note: {NAME:Wyatt Cole}, 24, {ORGANIZATION:Fort Liberty} soldier; CO {NAME:CPT "
    "Ramsey} visited; plan d/c to unit {DATE:12/10}.",
]

MESSAGES_TWENTY_SECOND_ROUND = [
    "buenas tardes soy {NAME:graciela} la mamá de {NAME:josé luis} lo detuvieron en "
    "{LOCATION:hialeah} y está en {ORGANIZATION:tgk}",
    "hey its {NAME:marissa} from {ORGANIZATION:planet fitness} on {LOCATION:route 9} ur client "
    "{NAME:dave} passed out in the locker room",
    "{NAME:Dr. Chen}, {NAME:Jake}'s school nurse here ({ORGANIZATION:Ridgeview Middle}); he came "
    "in with cuts on his arm. Mom is {NAME:Amy}, {PHONE:704-555-0121}.",
    "txt from {NAME:kev}: im at my cousin {NAME:dre}'s on {LOCATION:tioga street} cant make it",
    "Voicemail from {NAME:Sgt. Lopez}, {ORGANIZATION:Mobile PD}: re {NAME:Tiffany Harris}, "
    "protective order served {DATE:12/4}.",
    "mensaje de {NAME:doña rosa}: mi nieto {NAME:kevin} ya no va a la {ORGANIZATION:escuela "
    "lincoln} porque lo molestan",
    "Portal: hi, {NAME:Grace Oyelaran} here — new insurance is {ORGANIZATION:BlueCross NC}, "
    "member ID {HEALTH_PLAN:YPW449118203}.",
    "this is {NAME:coach tate} at {ORGANIZATION:mcgill-toolen} {NAME:brandon} said some scary "
    "stuff in the locker room",
    "its {NAME:pastor ray} from {ORGANIZATION:church of the highlands} {NAME:jenna} asked me to "
    "reach out shes not ok",
    "Text from {NAME:Officer Kim} ({ORGANIZATION:Chapel Hill PD}): {NAME:Ms. Wallace} found safe "
    "at the {LOCATION:Carrboro} park and ride.",
    "hi this is {NAME:janelle} from {ORGANIZATION:sheetz} in {LOCATION:altoona} ur client "
    "{NAME:mike} is here asking for u",
    "Email from {EMAIL:t.nguyen@wakeschools.example.org} ({NAME:Thu Nguyen}, counselor): "
    "{NAME:Ethan}'s mom {NAME:Karen} will call you.",
    "its {NAME:tasha} can u fax my letter to {FAX:205 555 0150} at {ORGANIZATION:jefferson "
    "county dhr}",
]

CRISIS_LINE_NOTES_SEVENTH = [
    "988 call: caller {NAME:Devon}, 24, on the {LOCATION:Ben Franklin Bridge}; transit police "
    "notified.",
    "Text: {NAME:Maya}, 16, at {ORGANIZATION:Mountain Brook High}, says she took 20 Tylenol; mom "
    "{NAME:Julie} at {PHONE:205-555-0186}.",
    "Mobile crisis to {LOCATION:4417 Baltimore Ave}, {LOCATION:Philadelphia}: {NAME:Mr. Greene}, "
    "70, hoarding, threatening neighbor {NAME:Dolores}.",
    "Chat: {OTHER_ID:@lostboy_704} says he is at {LOCATION:Freedom Park} in {LOCATION:Charlotte} "
    "with a gun; {ORGANIZATION:CMPD} dispatched.",
    "Warm line: {NAME:Dottie}, regular caller, 81, lonely since her son {NAME:Earl} moved to "
    "{LOCATION:Huntsville}.",
    "Veteran: {NAME:Cpl. Marcus Reid} (ret.), 38, at {ORGANIZATION:Fort Novosel} gate, "
    "intoxicated; MP notified.",
    "Caller {NAME:Linda} reports daughter {NAME:Brooke}, 19, texting goodbye from her "
    "{ORGANIZATION:App State} dorm, {LOCATION:Frank Hall}.",
    "Third party: {NAME:Pastor Dale Hughes} ({ORGANIZATION:First Baptist Gadsden}) re: "
    "congregant {NAME:Wes Tillman}, 55, said 'not worth it'.",
    "Follow-up call to {NAME:Rochelle} at {PHONE:267-555-0109}: admitted to "
    "{ORGANIZATION:Friends Hospital} overnight.",
    "988: caller {NAME:Jorge}, 45, Spanish; at {ORGANIZATION:Motel 6} {LOCATION:Gastonia} room "
    "{LOCATION:118}; interpreter {NAME:Ana} (ID {OTHER_ID:40771}) joined.",
    "Text line: {NAME:Sky}, 14, nonbinary, at grandma {NAME:Bev}'s in {LOCATION:Dothan}; "
    "parents kicked them out.",
    "Mobile crisis: {NAME:Ms. Foster}, {AGE_OVER_89:90}, found wandering on "
    "{LOCATION:Germantown Ave}; returned to {ORGANIZATION:Stapeley} assisted living.",
    "Caller {NAME:Ron} from {ORGANIZATION:Local 98} says coworker {NAME:Pete Walsh} talked about "
    "jumping off the {LOCATION:Walt Whitman}.",
]


SPOKEN_NOTES_EIGHTY_EIGHTH_ROUND = [
    "okay note for {NAME:dajuan} twenty one works at the {ORGANIZATION:ford} engine plant in "
    "{LOCATION:brook park} and his mom {NAME:renee} lives in {LOCATION:glenville}",
    "session with {NAME:mrs kowalski} {AGE_OVER_89:ninety two} lives in {LOCATION:slavic "
    "village} her son {NAME:stan} wants her in {ORGANIZATION:mount alverna}",
    "follow up {NAME:aubrey} sixteen goes to {ORGANIZATION:shaker heights high} and got caught "
    "with a vape her stepdad {NAME:phil} took her car",
    "this is {NAME:joe} fifty nine laid off from {ORGANIZATION:gm} {LOCATION:lordstown} lives in "
    "{LOCATION:warren} his wife {NAME:diane} says he sleeps all day",
    "note for {NAME:keyana} twenty eight she's a cna at {ORGANIZATION:metrohealth} and her son "
    "{NAME:jaden} is at {ORGANIZATION:cuyahoga hills}",
    "okay {NAME:brandon} twenty three student at {ORGANIZATION:kent state} works at "
    "{ORGANIZATION:ray's place} downtown",
    "session with {NAME:angela} forty she bartends at the {ORGANIZATION:harp} on "
    "{LOCATION:detroit avenue} her ex {NAME:vince} keeps showing up",
    "this is {NAME:robert} sixty six retired from {ORGANIZATION:goodyear} in {LOCATION:akron} "
    "his grandson {NAME:tyler} overdosed in {LOCATION:barberton} on {DATE:labor day}",
    "note for {NAME:maria} thirty two cleans rooms at the {ORGANIZATION:jack casino} and her "
    "husband {NAME:luis} is in {ORGANIZATION:grafton}",
    "okay {NAME:deshawn} eighteen got shot at on {LOCATION:superior avenue} and now he won't "
    "leave his grandma's in {LOCATION:east cleveland}",
    "session with {NAME:pastor greene} from {ORGANIZATION:antioch baptist} about his niece "
    "{NAME:tamara}",
    "note for {NAME:ellie} ten her dad {NAME:mike} is at {ORGANIZATION:oriana house} and her mom "
    "{NAME:jess} lives in {LOCATION:cuyahoga falls}",
    "call {NAME:gloria} at {PHONE:two one six five five five zero one two two} about her son "
    "{NAME:marcus} at {ORGANIZATION:st vincent charity}",
]

SPOKEN_NOTES_EIGHTY_NINTH_ROUND = [
    "okay note for {NAME:jose} thirty three works in housekeeping at {ORGANIZATION:disney} and "
    "lives in {LOCATION:kissimmee}",
    "session with {NAME:mrs feldman} {AGE_OVER_89:ninety} lives at the {LOCATION:villages} her "
    "son {NAME:barry} flies in from {LOCATION:long island}",
    "follow up {NAME:destiny} fifteen goes to {ORGANIZATION:jones high} and got jumped at "
    "{ORGANIZATION:lynx central station}",
    "this is {NAME:kevin} forty four works at {ORGANIZATION:publix} in {LOCATION:brandon} his "
    "wife {NAME:stacy} took the kids to her mom's in {LOCATION:plant city}",
    "note for {NAME:shayla} twenty six she dances at {ORGANIZATION:mons venus} in "
    "{LOCATION:tampa} and her boyfriend {NAME:dre} takes her money",
    "okay {NAME:tyler} nineteen student at {ORGANIZATION:ucf} lives in {LOCATION:knights circle} "
    "his roommate {NAME:josh} found him passed out",
    "session with {NAME:maria elena} fifty five works at {ORGANIZATION:tampa general} and her son "
    "{NAME:carlos} was detained at {ORGANIZATION:krome}",
    "this is {NAME:ron} sixty two retired navy lives in {LOCATION:orange park} near "
    "{ORGANIZATION:nas jax} his wife {NAME:debbie} has als",
    "note for {NAME:brittany} thirty four nurse at {ORGANIZATION:baptist beaches} her husband "
    "{NAME:cody} is a deputy with {ORGANIZATION:jso}",
    "okay {NAME:marcus} twenty two works at {ORGANIZATION:amazon} in {LOCATION:ruskin} and lives "
    "in {LOCATION:sulphur springs}",
    "session with grandma {NAME:nell} seventy nine raising her grandson {NAME:jace} in "
    "{LOCATION:palatka} after his mom died in {DATE:june}",
    "note for {NAME:hector} forty one works the citrus groves for {ORGANIZATION:ben hill "
    "griffin} in {LOCATION:frostproof}",
    "call {NAME:tasha} at {PHONE:nine zero four five five five zero one six six} she's staying "
    "at the {ORGANIZATION:sulzbacher center}",
]

TYPED_NOTES_TWENTY_FIFTH_ROUND = [
    "SOAP — {NAME:Caleb Thibodeau}, 27, {LOCATION:Lewiston}; S: laid off from {ORGANIZATION:Bath "
    "Iron Works} in {DATE:October}; drinking. P: f/u {DATE:12/16}.",
    "DBT — {NAME:Hannah Greer}, 17, {ORGANIZATION:Burlington High School}; chain analysis of "
    "cutting after a party at {NAME:Josh}'s in {LOCATION:Winooski}.",
    "CBT-I — {NAME:Margaret Doyle}, 68, {LOCATION:Concord}; retired from "
    "{ORGANIZATION:Dartmouth Health}; husband {NAME:Frank} snores.",
    "EMDR — {NAME:Officer Kyle Brennan}, 34, {ORGANIZATION:Manchester PD}; target: "
    "{DATE:March 2024} shooting on {LOCATION:Elm Street}.",
    "ACT — {NAME:Sarah Lindqvist}, 45, dairy farmer in {LOCATION:St. Albans}; values: keep the "
    "farm for son {NAME:Erik}.",
    "IFS — {NAME:Dr. Rebecca Stone} (client), 52, ER physician at {ORGANIZATION:Maine Medical "
    "Center}; protector part 'the machine'.",
    "Psychodynamic — {NAME:Tom O'Brien}, 61, {ORGANIZATION:Portsmouth Naval Shipyard} "
    "machinist; grief for brother {NAME:Danny} (d. {DATE:2/2026}).",
    "Couples — {NAME:Jess} and {NAME:Morgan Pike}, {LOCATION:Brattleboro}; {NAME:Morgan} works "
    "at the {ORGANIZATION:Brattleboro Retreat}.",
    "BIRP — {NAME:Liam}, 12, {ORGANIZATION:Kennebunk Middle}; B: refusing school; I: exposure "
    "ladder; P: meet {NAME:Ms. Hale} (counselor).",
    "MI — {NAME:Dustin Ames}, 39, logger from {LOCATION:Rumford}; opioid use; MAT at "
    "{ORGANIZATION:Groups Recover Together} in {LOCATION:Farmington}.",
    "Group — {NAME:Bev}, {NAME:Carl}, {NAME:Donna}, {NAME:Ed}; {NAME:Carl} shared about the "
    "shooting at {ORGANIZATION:Just-In-Time Recreation} in {LOCATION:Lewiston}.",
    "Intake — {NAME:Ava Morin}, DOB {DATE:11/02/2008}, {LOCATION:27 Pleasant St}, "
    "{LOCATION:Biddeford}, ME {LOCATION:04005}; mother {NAME:Chantal} ({PHONE:207-555-0163}); "
    "MaineCare #{HEALTH_PLAN:MC4471022}.",
    "Narrative — {NAME:Walter Pike}, {AGE_OVER_89:93}, {ORGANIZATION:Sugarloaf Senior Living}; "
    "story of his brother lost at {LOCATION:Iwo Jima}.",
]

RARER_KINDS_EIGHTH_ROUND = [
    "Ankle monitor serial {DEVICE:BI-2291847} assigned by probation.",
    "Her Cash App is {OTHER_ID:$kayla4life} and he sent threats there.",
    "His truck, plate {VEHICLE:JKR 4471} (FL), was outside her work.",
    "Login from {IP:98.112.44.7} at 3am flagged by the portal.",
    "NPI {LICENSE:1487709922} on the referral letter.",
    "Case # {OTHER_ID:2026-DR-004471} in family court.",
    "Pacemaker serial {DEVICE:RNB442190S} per the cardiology letter.",
    "Her TikTok {OTHER_ID:@healing.with.kay} has 40k followers.",
    "Policy number {HEALTH_PLAN:AET-8841920-01} on the denial.",
    "Routing {ACCOUNT:063100277}, account {ACCOUNT:004471928831} for the refund.",
    "Driver's license {LICENSE:M412-558-84-221-0} suspended.",
    "Photo ID badge {OTHER_ID:E40771} from the plant.",
    "Zoom link {URL:https://example.zoom.us/j/88412093311} for tonight.",
]

MESSAGES_TWENTY_THIRD_ROUND = [
    "hi its {NAME:becca} from {ORGANIZATION:dunkin} in {LOCATION:saco} ur client {NAME:jay} was "
    "in crying",
    "Text from {NAME:Principal Ortiz} ({ORGANIZATION:Jones High}): {NAME:Destiny}'s mom asked us "
    "to contact you.",
    "vm: this is {NAME:carol} {NAME:walter}'s daughter he fell at {ORGANIZATION:sugarloaf} last "
    "night",
    "txt from {NAME:jay}: got a job at {ORGANIZATION:bath iron works} starting {DATE:monday the "
    "14th}",
    "{NAME:Dr. Levin}, this is {NAME:Nurse Patty} at {ORGANIZATION:Maine Med}; {NAME:Mr. Doyle} "
    "is asking for you.",
    "Portal: new address {LOCATION:88 Water St Apt 2}, {LOCATION:Hallowell} {LOCATION:04347} — "
    "{NAME:Sam Ouellette}",
    "hola soy {NAME:yesenia} de {ORGANIZATION:la clínica del pueblo}, su paciente {NAME:marta} "
    "necesita la carta",
    "Email from {EMAIL:officer.brennan@manchesternh.example.gov}: need records for "
    "{NAME:Kyle Brennan}'s fitness eval.",
    "its nan {NAME:bev} {NAME:liam} wont get out of bed pls call {PHONE:207 555 0144}",
    "Msg from {NAME:SFC Daniel Ortiz}, {ORGANIZATION:Camp Johnson}: {NAME:SPC Moore} cleared to "
    "return {DATE:12/15}.",
    "hi its {NAME:trish} from the {ORGANIZATION:hannaford} pharmacy in {LOCATION:gorham} about "
    "{NAME:mr pike}'s refill",
    "Voicemail from {NAME:Attorney Jill Marks} re: {NAME:Dustin Ames}, hearing {DATE:12/18} at "
    "{ORGANIZATION:Oxford County Superior Court}.",
    "text from {NAME:coach vee}: {NAME:hannah} missed practice again, is she ok",
]


SPOKEN_NOTES_NINETIETH_ROUND = [
    "okay note for {NAME:darnell} twenty nine drives for {ORGANIZATION:cta} out of the "
    "{ORGANIZATION:77th street garage} and his girl {NAME:tanisha} lives in {LOCATION:chatham}",
    "session with {NAME:mrs nowak} {AGE_OVER_89:ninety one} lives in {LOCATION:archer heights} "
    "her son {NAME:stan} visits from {LOCATION:oak lawn}",
    "follow up {NAME:jayla} fifteen goes to {ORGANIZATION:morgan park high} got into a fight on "
    "the red line",
    "this is {NAME:tony} fifty two works at the {ORGANIZATION:ford} plant on {LOCATION:torrence "
    "avenue} his wife {NAME:gina} kicked him out",
    "note for {NAME:maria} thirty one cleans offices in the {LOCATION:loop} at night for "
    "{ORGANIZATION:abm}",
    "okay {NAME:deshawn} seventeen from {LOCATION:englewood} his cousin {NAME:lil tay} got shot "
    "at {LOCATION:63rd and halsted}",
    "session with {NAME:pastor mike} from {ORGANIZATION:st sabina} about {NAME:jamal}'s funeral "
    "on {DATE:saturday the fifth}",
    "this is {NAME:kasia} thirty eight nurse at {ORGANIZATION:rush} her husband {NAME:piotr} "
    "drinks at the {ORGANIZATION:atlantic} on {LOCATION:lincoln}",
    "note for {NAME:luis} twenty four works at the {ORGANIZATION:amazon} warehouse in "
    "{LOCATION:joliet} and lives in {LOCATION:little village}",
    "okay {NAME:brianna} twenty student at {ORGANIZATION:uic} lives in {LOCATION:university "
    "village} her roommate {NAME:kate} is using",
    "session with {NAME:mr johnson} sixty eight retired from {ORGANIZATION:us steel} in "
    "{LOCATION:gary} his son {NAME:andre} is at {ORGANIZATION:cook county jail}",
    "note for {NAME:rosa} forty four works at the {ORGANIZATION:el milagro} tortilla factory in "
    "{LOCATION:pilsen}",
    "call grandma {NAME:jean} at {PHONE:seven seven three five five five zero one two eight} "
    "about {NAME:kenny}",
]

SPOKEN_NOTES_NINETY_FIRST_ROUND = [
    "okay note for {NAME:bobby joe} forty six coal miner laid off from {ORGANIZATION:alpha} in "
    "{LOCATION:mingo county} his wife {NAME:sherry} left him",
    "session with mamaw {NAME:ruby} she's {AGE_OVER_89:ninety} lives up {LOCATION:cabin creek} "
    "her grandson {NAME:dalton} takes her pills",
    "follow up {NAME:kaylee} fourteen goes to {ORGANIZATION:logan high} and her mom "
    "{NAME:misty} is in {ORGANIZATION:lakin}",
    "this is {NAME:earl} sixty three retired from the {ORGANIZATION:dupont} plant in "
    "{LOCATION:belle} his brother {NAME:ray} died of black lung in {DATE:march}",
    "note for {NAME:tiffany} twenty seven cna at {ORGANIZATION:charleston area medical center} "
    "her boyfriend {NAME:cody} overdosed in {LOCATION:kanawha city}",
    "okay {NAME:hunter} nineteen works at the {ORGANIZATION:walmart} in {LOCATION:pikeville} and "
    "lives in a camper on his uncle's land in {LOCATION:elkhorn city}",
    "session with {NAME:brother wayne} from {ORGANIZATION:freewill baptist} in {LOCATION:hazard} "
    "about his son {NAME:caleb}",
    "this is {NAME:donna} fifty five works at {ORGANIZATION:food city} in {LOCATION:norton} her "
    "husband {NAME:jerry} got hurt at the {ORGANIZATION:paramont} mine",
    "note for {NAME:jesse} thirty two in recovery at {ORGANIZATION:addiction recovery care} in "
    "{LOCATION:louisa}",
    "okay {NAME:ashley} twenty four lives in {LOCATION:gatlinburg} works at "
    "{ORGANIZATION:dollywood} her ex {NAME:travis} broke in on {DATE:thanksgiving night}",
    "session with {NAME:mr skaggs} seventy one from {LOCATION:whitesburg} lost his house in the "
    "flood his daughter {NAME:crystal} lives in {LOCATION:lexington}",
    "note for {NAME:rylee} nine her dad {NAME:josh} is at {ORGANIZATION:mount olive}",
    "call aunt {NAME:sue} at {PHONE:three oh four five five five zero one three seven} she has "
    "custody now",
]

HOSPITAL_RECORDS_SIXTEENTH_ROUND = [
    "ED NOTE — {ORGANIZATION:Banner University Medical Center Tucson}. Pt {NAME:Ramon Ochoa}, "
    "34M, BIBA from {LOCATION:South Tucson}; MRN {MRN:BU-88120344}.",
    "Admission: {NAME:Leonard Begay}, 58M, transferred from {ORGANIZATION:Northern Navajo Medical "
    "Center}, {LOCATION:Shiprock}; daughter {NAME:Renee} ({PHONE:505-555-0188}).",
    "Consult-liaison: {NAME:Mrs. Alvarado}, {AGE_OVER_89:90}, Rm {LOCATION:3312}, "
    "{ORGANIZATION:Presbyterian Hospital}, {LOCATION:Albuquerque}; delirium vs dementia.",
    "Discharge: {NAME:Kaden Miller}, 15M, {ORGANIZATION:Phoenix Children's}; to mother "
    "{NAME:Ashley Miller} in {LOCATION:Gilbert}; f/u {ORGANIZATION:Terros Health} {DATE:12/14}.",
    "Nursing: pt {NAME:Gerald Yazzie} agitated on {LOCATION:2 North}; nephew {NAME:Darrell} at "
    "bedside; interpreter {NAME:Mrs. Tso}.",
    "ED triage: {NAME:Valeria Ruiz}, 22F, {ORGANIZATION:ASU} student from {LOCATION:Yuma}; "
    "roommate {NAME:Abby} found her; insurance {ORGANIZATION:Mercy Care} ID "
    "{HEALTH_PLAN:MC-55120448}.",
    "SW note: pt {NAME:Tom Fletcher} works at the {ORGANIZATION:Freeport-McMoRan} mine in "
    "{LOCATION:Morenci}; wife {NAME:Sandy}.",
    "Transfer: accepted at {ORGANIZATION:Valleywise Behavioral Health} {LOCATION:Maryvale}; "
    "transport by {ORGANIZATION:PMT} at 1800.",
    "Progress note: {NAME:Sgt. Aaron Vigil}, {ORGANIZATION:Kirtland AFB}; wife {NAME:Monica}; "
    "plan d/c {DATE:12/11}.",
    "Restraint note: pt {NAME:Mr. Lucero} struck tech {NAME:Gabe}; {NAME:Dr. Kapoor} notified "
    "0215.",
    "Admission H&P: {NAME:Sister Mary Agnes}, {AGE_OVER_89:93}, from {ORGANIZATION:Our Lady of "
    "Guadalupe Monastery}, {LOCATION:Pecos}.",
    "ED note: {NAME:Jorge Salazar}, 44M, farmworker from {LOCATION:Somerton}, heat stroke in "
    "{ORGANIZATION:Dole} fields; crew boss {NAME:Memo} called.",
    "Discharge instructions: {NAME:Tina Whitehorse} — f/u {NAME:Dr. Reyes}, "
    "{ORGANIZATION:First Choice Community Healthcare}, {LOCATION:2001 N Centro Familiar SW}, "
    "{LOCATION:Albuquerque}, {DATE:12/16} 10:00.",
]

GROUP_AND_FAMILY_NOTES_NINTH = [
    "Family session: {NAME:Mr. Kowalczyk}, daughters {NAME:Anna} (17) and {NAME:Zosia} (13); "
    "mom {NAME:Ewa} deployed overseas.",
    "Couples: {NAME:Jamal} and {NAME:Keisha Brown}; {NAME:Jamal} lost his job on the "
    "{ORGANIZATION:Midway} ramp.",
    "SMART Recovery group: {NAME:Chris}, {NAME:Dana}, {NAME:Eli}, {NAME:Frankie}; {NAME:Eli} "
    "slipped at {ORGANIZATION:Sluggers} in {LOCATION:Wrigleyville}.",
    "Multifamily group: the {NAME:Okafors}, the {NAME:Riveras}, and Grandma {NAME:Pearl} with "
    "{NAME:Trey}.",
    "Grief group: {NAME:Dolores} (son {NAME:Mike}, d. {DATE:10/2025}), {NAME:Hank} (wife "
    "{NAME:Bev}), {NAME:Sunita} (father).",
    "Adolescent group: {NAME:Jordan}, {NAME:Taylor}, {NAME:Avery}, {NAME:Quinn}; {NAME:Avery} "
    "shared about cutting after {ORGANIZATION:Lane Tech} homecoming.",
    "Family: Grandpa {NAME:Joe} (guardian), {NAME:Liam} 11, {NAME:Harper} 8; dad {NAME:Brian} "
    "at {ORGANIZATION:Stateville}.",
    "Couples: {NAME:Ellen} and {NAME:Marcy Ostrowski}; wedding {DATE:June 14}; {NAME:Marcy}'s "
    "mother {NAME:Irene} refuses to attend.",
    "Parent group: {NAME:Lakisha}, {NAME:Monique}, {NAME:Tom}, {NAME:Rosa}; {NAME:Monique}'s son "
    "is at {ORGANIZATION:Nancy B. Jefferson} school.",
    "Veterans group: {NAME:Big Ray}, {NAME:Tony}, {NAME:Marisol}, {NAME:Deshawn}; {NAME:Tony} "
    "talked about {LOCATION:Fallujah}.",
    "Sibling session: {NAME:Kenji} and {NAME:Aiko}, 15 and 12; parents divorcing; dad moving to "
    "{LOCATION:Naperville}.",
    "Men's group: {NAME:Ray}, {NAME:Victor}, {NAME:Stan}, {NAME:Luis}; {NAME:Victor} works at "
    "{ORGANIZATION:Ford} {LOCATION:Chicago Heights} stamping.",
    "Women's group: {NAME:Carla}, {NAME:Tasha}, {NAME:Mei}, {NAME:Ruth}; {NAME:Tasha} is staying "
    "at {ORGANIZATION:Deborah's Place}.",
]

LETTERS_AND_FORMS_TWELFTH_ROUND = [
    "To the {ORGANIZATION:Los Angeles County DCFS}: Re: {NAME:Maya Gutierrez} (DOB "
    "{DATE:01/19/2016}), case {OTHER_ID:LA-2026-044817}. Mother {NAME:Diana Gutierrez} attends "
    "weekly sessions.",
    "Emotional support animal letter for {NAME:Jordan Lee}, {LOCATION:1550 Oak St Apt 6}, "
    "{LOCATION:San Francisco}, CA {LOCATION:94117}; dog {NAME:Pepper}.",
    "Letter to {NAME:Hon. Richard Tam}, {ORGANIZATION:Santa Clara County Superior Court}, re "
    "{NAME:Devin Park}, Case {OTHER_ID:C2604418}.",
    "Work note: {NAME:Luis Ramirez} may return to work at {ORGANIZATION:Tesla} "
    "{LOCATION:Fremont} on {DATE:12/15/2026} with no restrictions.",
    "ROI: {NAME:Grace Kim} authorizes release to {ORGANIZATION:Kaiser Permanente} "
    "{LOCATION:Oakland}, attn {NAME:Dr. Susan Wu}; expires {DATE:12/01/2027}.",
    "School letter to {ORGANIZATION:Lincoln High School} ({LOCATION:Stockton}): {NAME:Andre "
    "Thomas}, grade 10, may leave class for counseling.",
    "Asylum letter: {NAME:Mr. Tesfaye Alemu} ({OTHER_ID:A 215-009-441}) fled "
    "{LOCATION:Gondar}, Ethiopia, in 2023; seen at {ORGANIZATION:Survivors International} since "
    "{DATE:April 2025}.",
    "Intake\nName: {NAME:Jasmine Vo}\nDOB: {DATE:07/07/1997}\nAddress: {LOCATION:9120 Bolsa "
    "Ave #12}, {LOCATION:Westminster}, CA {LOCATION:92683}\nEmployer: {ORGANIZATION:Boeing} "
    "{LOCATION:Huntington Beach}\nMedi-Cal: {HEALTH_PLAN:91234567A}",
    "FMLA: employee {NAME:Carmen Lopez}, employer {ORGANIZATION:Foster Farms}, "
    "{LOCATION:Livingston}; leave {DATE:12/1/2026}–{DATE:1/15/2027}.",
    "Verification: {NAME:Brian Walsh} attends {ORGANIZATION:Tarzana Treatment Centers} IOP in "
    "{LOCATION:Lancaster}; contact {PHONE:661-555-0121}.",
    "Letter to landlord {ORGANIZATION:Essex Property Trust} re: tenant {NAME:Maria Santos}, unit "
    "{LOCATION:214}, {LOCATION:San Jose}.",
    "Disability: {NAME:Harold Nakamura}, {AGE_OVER_89:95}, {ORGANIZATION:Keiro} resident; MBI "
    "{HEALTH_PLAN:4TE7-AB2-CD34}.",
    "Probation letter to {NAME:DPO Teresa Vargas}, {ORGANIZATION:Fresno County Probation}: "
    "{NAME:Isaac Moreno} attended 10 of 12 groups.",
]


SPOKEN_NOTES_NINETY_SECOND_ROUND = [
    "okay this is a progress note for {NAME:jacob} he's twenty six he works at the "
    "{ORGANIZATION:blue diamond} plant in {LOCATION:sacramento} on the night shift. he says his "
    "girlfriend {NAME:mia} moved out on {DATE:november twenty second} and took their son "
    "{NAME:eli} to her parents in {LOCATION:roseville}. he's drinking a twelve pack a night and "
    "missed two shifts. his supervisor {NAME:gary} gave him a warning.",
    "session with {NAME:mrs lopez} she's {AGE_OVER_89:ninety one} and lives with her daughter "
    "{NAME:carmen} in {LOCATION:lodi}. {NAME:carmen} works at {ORGANIZATION:lodi memorial} and "
    "worries about leaving her alone. her grandson {NAME:danny} was deported to "
    "{LOCATION:morelia} last year.",
    "follow up with {NAME:aiden} he's sixteen goes to {ORGANIZATION:elk grove high}. he told "
    "{NAME:coach ramirez} he's been cutting. mom {NAME:stephanie} works at {ORGANIZATION:kaiser} "
    "in {LOCATION:south sacramento} and couldn't come today.",
    "this is {NAME:gurpreet} he's forty three drives truck for {ORGANIZATION:sysco} out of "
    "{LOCATION:west sacramento}. his wife {NAME:harpreet} called on {DATE:friday the fourth} "
    "worried he was talking about ending things. he has a brother {NAME:jaswinder} in "
    "{LOCATION:yuba city}.",
    "note for {NAME:tina} thirty eight she works at the {ORGANIZATION:foster farms} plant in "
    "{LOCATION:livingston}. her husband {NAME:ramon} got hurt on the line in {DATE:october} and "
    "workers comp hasn't paid. their daughter {NAME:lucia} goes to {ORGANIZATION:livingston "
    "high}.",
    "okay {NAME:derek} fifty five farms almonds outside {LOCATION:chico}. lost everything in the "
    "{LOCATION:paradise} fire and now lives in a trailer at the {ORGANIZATION:silver dollar "
    "fairgrounds}. his wife {NAME:jan} is staying with her sister {NAME:pam} in "
    "{LOCATION:oroville}.",
    "session with {NAME:keisha} twenty nine she's a correctional officer at "
    "{ORGANIZATION:folsom prison}. she says an inmate threatened her family and she can't "
    "sleep. her partner {NAME:tasha} wants her to quit.",
    "note for {NAME:mateo} nineteen he's at {ORGANIZATION:uc davis} studying biology and lives "
    "in the {ORGANIZATION:colleges at la rue}. his roommate {NAME:ben} found him crying in the "
    "bathroom.",
    "okay {NAME:sandra} forty seven she works at the dmv on {LOCATION:broadway}. her son "
    "{NAME:kyle} is at {ORGANIZATION:sacramento county juvenile hall}.",
    "this is {NAME:phong} sixty two owns {ORGANIZATION:pho bac} on {LOCATION:stockton "
    "boulevard} and his wife {NAME:lan} died in {DATE:august}.",
    "session with {NAME:rachel} thirty four nurse at {ORGANIZATION:sutter roseville} and her "
    "husband {NAME:tom} is a firefighter with cal fire.",
    "note for {NAME:luis} twenty two works at {ORGANIZATION:in-n-out} in {LOCATION:manteca} and "
    "lives with his tia {NAME:rosa} in {LOCATION:ripon}.",
    "call {NAME:mrs singh} back at {PHONE:nine one six five five five zero one four nine} about "
    "{NAME:simran}'s school refusal at {ORGANIZATION:sheldon high}.",
]

SPOKEN_NOTES_NINETY_THIRD_ROUND = [
    "okay note for {NAME:jamal} twenty three works at {ORGANIZATION:tops} on {LOCATION:jefferson "
    "avenue} and still has nightmares since the shooting",
    "session with {NAME:mrs wisniewski} {AGE_OVER_89:ninety three} lives in "
    "{LOCATION:cheektowaga} her son {NAME:rick} wants her at {ORGANIZATION:fairhaven}",
    "follow up {NAME:maddie} fifteen goes to {ORGANIZATION:pittsford mendon} and her mom "
    "{NAME:lisa} found her journal",
    "this is {NAME:dave} fifty eight laid off from {ORGANIZATION:kodak} lives in "
    "{LOCATION:greece} his wife {NAME:sue} has ms",
    "note for {NAME:ashley} twenty seven cna at {ORGANIZATION:upstate} in {LOCATION:syracuse} "
    "her boyfriend {NAME:ty} is at {ORGANIZATION:jamesville}",
    "okay {NAME:connor} twenty student at {ORGANIZATION:rit} lives in {LOCATION:perkins green} "
    "his roommate {NAME:raj} thinks he's manic",
    "session with {NAME:deb} forty four she drives for {ORGANIZATION:cdta} in {LOCATION:albany} "
    "and got assaulted on her route",
    "this is {NAME:hassan} thirty one from {LOCATION:utica} works at {ORGANIZATION:chobani} in "
    "{LOCATION:new berlin} his wife {NAME:amina} is pregnant",
    "note for {NAME:tyler} nineteen works at {ORGANIZATION:wegmans} in {LOCATION:amherst} and "
    "his dad {NAME:mike} is at the {ORGANIZATION:erie county holding center}",
    "okay {NAME:ruth} sixty seven retired teacher from {ORGANIZATION:ithaca high} lives on "
    "{LOCATION:cayuga heights road} her husband {NAME:walt} has dementia",
    "session with {NAME:pastor dan} from {ORGANIZATION:true bethel} about {NAME:marcus}",
    "note for {NAME:kim} thirty six works at the {ORGANIZATION:gm} engine plant in "
    "{LOCATION:tonawanda} her ex {NAME:jason} took the kids to {LOCATION:lockport}",
    "call gramma {NAME:pat} at {PHONE:seven one six five five five zero one five five} about "
    "{NAME:jayden}",
]

TYPED_NOTES_TWENTY_SIXTH_ROUND = [
    "Progress Note — {NAME:Alicia Moreno}, 32\nS: Reports ongoing conflict with supervisor "
    "{NAME:Dave} at {ORGANIZATION:Providence St. Vincent}, where she works as a unit clerk. "
    "Slept 4 h/night. Sister {NAME:Lupe} visiting from {LOCATION:Yakima} through {DATE:12/20}."
    "\nO: Tearful, linear.\nA: MDD, moderate.\nP: CBT thought records; f/u {DATE:12/14}.",
    "DAP Note\nClient: {NAME:Marcus Lee}\nD: {NAME:Marcus} discussed his arrest on "
    "{DATE:11/30} outside {ORGANIZATION:Dante's} on {LOCATION:Burnside}. He spent the night at "
    "{ORGANIZATION:MCDC}.\nA: Alcohol use disorder; high shame.\nP: Refer to "
    "{ORGANIZATION:CODA}; next session {DATE:12/8}.",
    "EMDR Session 4 — {NAME:Jenna Ruiz}, 29\nTarget: car crash on {LOCATION:I-5} near "
    "{LOCATION:Tumwater} on {DATE:July 3, 2024}; her friend {NAME:Kaylee} died.\nSUDS 8 → 3. "
    "VOC 3 → 5.\nPlan: continue; husband {NAME:Sam} aware.",
    "IFS — {NAME:Dr. Paul Hanson}, 55, dentist in {LOCATION:Lake Oswego}.\nParts: 'the "
    "accountant' (manager), exile age 9 after father {NAME:Arne} left for "
    "{LOCATION:Anchorage}.\nPlan: continue unburdening.",
    "Couples Session — {NAME:Tyler} & {NAME:Brooke Haines}\nTopic: {NAME:Brooke}'s return to "
    "work at {ORGANIZATION:Nike} after maternity leave; baby {NAME:Olive} born {DATE:8/14}. "
    "{NAME:Tyler} works nights at {ORGANIZATION:Intel} {LOCATION:Hillsboro}.\nPlan: Gottman "
    "'state of the union' weekly.",
    "Intake Summary\nName: {NAME:Samuel Okoro}\nDOB: {DATE:04/12/1990}\nReferred by: "
    "{NAME:Dr. Ellis}, {ORGANIZATION:OHSU}\nPresenting: panic since layoff from "
    "{ORGANIZATION:Daimler Trucks} in {DATE:September}.\nLives with: wife {NAME:Ada}, kids "
    "{NAME:Chidi} (6) and {NAME:Ngozi} (3), in {LOCATION:Gresham}.",
    "Group Note — DBT Skills (Adults)\nPresent: {NAME:Karen}, {NAME:Luis}, {NAME:Priya}, "
    "{NAME:Wes}.\n{NAME:Wes} reported urge to drink after visiting his mother at "
    "{ORGANIZATION:Rose Villa}. {NAME:Priya} practiced TIPP.",
    "Crisis Note — {DATE:12/05/2026} 21:40\n{NAME:Tanner Hughes}, 17, called from the "
    "{ORGANIZATION:Wilson High} parking lot; reports plan to overdose. Mother {NAME:Kim} "
    "reached at {PHONE:503-555-0131}. {ORGANIZATION:Project Respond} dispatched.",
    "Termination Summary — {NAME:Grace Liu}\nTreated {DATE:03/2025}–{DATE:12/2026} for GAD. "
    "Moving to {LOCATION:Boise} for a job at {ORGANIZATION:Micron}. Records to {NAME:Dr. Amy "
    "Sato}, {ORGANIZATION:St. Luke's}.",
    "ACT Note — {NAME:Ron Petersen}, 66, retired from {ORGANIZATION:Weyerhaeuser}; values: "
    "grandkids in {LOCATION:Olympia}, fishing on the {LOCATION:Nisqually}.",
    "Family Session — the {NAME:Nguyens}\nPresent: {NAME:Linh} (mother), {NAME:Bao} (father), "
    "{NAME:Kevin} (15).\n{NAME:Kevin} caught shoplifting at {ORGANIZATION:Lloyd Center}; "
    "{NAME:Bao} works at {ORGANIZATION:Boeing} {LOCATION:Renton}.",
    "Psychiatric Med Check — {NAME:Holly Brandt}, 44\nLithium 900 mg; level 0.7 on "
    "{DATE:12/1}. Works at {ORGANIZATION:Powell's} on {LOCATION:Burnside}. Husband {NAME:Jim}.",
    "Collateral — Called {NAME:Officer Dana Park}, {ORGANIZATION:Beaverton PD}, re: welfare "
    "check on {NAME:Evan Cole} at {LOCATION:14355 SW Allen Blvd Apt 201}.",
]

MESSAGES_TWENTY_FOURTH_ROUND = [
    "hey its {NAME:dani} from {ORGANIZATION:wegmans} in {LOCATION:pittsford} ur client "
    "{NAME:becca} had a panic attack at work",
    "Voicemail: {NAME:Coach Harris} from {ORGANIZATION:Elk Grove High}, calling about "
    "{NAME:Aiden}.",
    "txt from {NAME:mo}: can we move to {DATE:wed the 9th} my daughter {NAME:zainab} is sick",
    "Portal message — {NAME:Harpreet Singh}: {NAME:Gurpreet} is at {ORGANIZATION:Sutter Medical "
    "Center} since last night.",
    "this is tia {NAME:rosa} {NAME:luis} didnt come home",
    "{NAME:Officer Nguyen} ({ORGANIZATION:Sacramento PD}) left a message re: {NAME:Keisha "
    "Moore}'s restraining order; call {PHONE:916-555-0161}.",
    "hola es {NAME:carmen} mi mamá se cayó otra vez en la casa en {LOCATION:lodi}",
    "Email from {EMAIL:hr@bluediamond.example.com} requesting FMLA paperwork for {NAME:Jacob "
    "Turner}.",
    "its {NAME:jan} im at my sisters in {LOCATION:oroville} til the insurance pays out",
    "text from {NAME:pastor kim}: {NAME:daniel} asked to meet at {ORGANIZATION:sacramento "
    "korean church} instead",
    "msg from grandma {NAME:bev}: {NAME:tyler} is at my place on {LOCATION:niagara street}",
    "Fax from {ORGANIZATION:Erie County Medical Center}: discharge summary for {NAME:Michael "
    "Brown}, MRN {MRN:ECMC7730418}.",
    "hi its {NAME:trish} from {ORGANIZATION:cdta} HR re {NAME:deb}'s leave",
]

SCHOOL_COUNSELING_NOTES_FIFTH = [
    "Counselor note: {NAME:Simran Kaur}, gr 9, {ORGANIZATION:Sheldon High}; school refusal since "
    "{DATE:10/27}; mom {NAME:Mrs. Singh} called.",
    "Threat assessment {DATE:12/02}: {NAME:Caleb}, 13, {ORGANIZATION:Rocklin Middle}; posted "
    "'don't come to school Friday' on {OTHER_ID:@caleb.r.13}.",
    "504 plan: {NAME:Ella Park}, gr 4, {ORGANIZATION:Maple Elementary}; teacher {NAME:Mrs. "
    "Gomez}; parent {NAME:Jin Park}.",
    "Check-in: {NAME:Tyrese}, gr 11; says his uncle {NAME:Ray} kicked him out; staying at "
    "{ORGANIZATION:Wind Youth Services}.",
    "Crisis: {NAME:Bella M.}, gr 8; cutting; {NAME:Nurse Ortiz} dressed wounds; dad {NAME:Mike} "
    "picked up 2:30.",
    "IEP: {NAME:Jayden Cruz}, gr 7, {ORGANIZATION:Franklin Middle}; case manager {NAME:Mr. Lee}; "
    "psych {NAME:Dr. Amato}.",
    "Group (grief): {NAME:Mia}, {NAME:Noah}, {NAME:Sofia}; {NAME:Sofia}'s brother died in a crash "
    "on {LOCATION:Highway 99} {DATE:11/15}.",
    "Attendance: {NAME:Marco Ruiz}, gr 12, works at {ORGANIZATION:Raley's} on "
    "{LOCATION:Freeport Blvd} nights; 22 absences.",
    "Parent meeting: {NAME:Mr. Chen} and {NAME:Mrs. Chen} re: {NAME:Andy}, gr 10; pressure about "
    "{ORGANIZATION:Stanford}.",
    "Referral to {ORGANIZATION:Sacramento County} CPS by Counselor {NAME:Diaz}: {NAME:Lily}, gr "
    "2, bruises.",
    "College essay meeting: {NAME:Rosa Martinez}, gr 12, writing about her dad's deportation to "
    "{LOCATION:Guadalajara}.",
    "Bus incident: {NAME:Kevin}, gr 6, hit by {NAME:Josh T.} on bus 22; principal {NAME:Dr. Fox} "
    "notified.",
    "SRO report: {NAME:Officer Bell} found a vape on {NAME:Harley}, gr 10, in the "
    "{ORGANIZATION:Granite Bay High} parking lot.",
]


SPOKEN_NOTES_NINETY_FOURTH_ROUND = [
    "okay note for {NAME:cody} thirty roughneck for {ORGANIZATION:patterson uti} out of "
    "{LOCATION:odessa} two weeks on one off his wife {NAME:kaylee} says he's using meth to stay "
    "awake",
    "session with {NAME:mrs gonzales} {AGE_OVER_89:ninety four} lives in {LOCATION:hereford} her "
    "grandson {NAME:adrian} works at the {ORGANIZATION:jbs} plant in {LOCATION:cactus}",
    "follow up {NAME:brayden} sixteen goes to {ORGANIZATION:coronado} in {LOCATION:lubbock} his "
    "dad {NAME:travis} is a deputy with {ORGANIZATION:lubbock county sheriff}",
    "this is {NAME:rosa} forty eight cleans rooms at the {ORGANIZATION:big texan} motel in "
    "{LOCATION:amarillo} her husband {NAME:chuy} got deported in {DATE:july}",
    "note for {NAME:jaylen} twenty one plays football at {ORGANIZATION:texas tech} and his mom "
    "{NAME:tamika} is sick in {LOCATION:dallas}",
    "okay {NAME:wade} fifty seven cattle rancher near {LOCATION:dalhart} lost his son "
    "{NAME:colt} in a wreck on {LOCATION:highway 87} on {DATE:october third}",
    "session with {NAME:brenda} forty nurse at {ORGANIZATION:umc} in {LOCATION:lubbock} her ex "
    "{NAME:dustin} is at the {ORGANIZATION:montford unit}",
    "this is {NAME:pastor ray} from {ORGANIZATION:first baptist} in {LOCATION:plainview} about "
    "{NAME:mckenna}",
    "note for {NAME:luis} twenty nine works at {ORGANIZATION:pantex} and lives in "
    "{LOCATION:panhandle} his girlfriend {NAME:abby} left",
    "okay {NAME:destiny} eighteen works at the {ORGANIZATION:sonic} on {LOCATION:fourth street} "
    "in {LOCATION:lubbock} and her mom {NAME:angie} kicked her out",
    "session with {NAME:mr ramirez} sixty three retired from {ORGANIZATION:chevron} in "
    "{LOCATION:midland} his wife {NAME:dolores} has alzheimer's",
    "note for {NAME:kinsley} ten her dad {NAME:josh} is in the {ORGANIZATION:randall county jail} "
    "and grandma {NAME:sherry} has her",
    "call {NAME:ms carter} at {PHONE:eight zero six five five five zero one seven four} about "
    "{NAME:jaden} at {ORGANIZATION:palo duro high}",
]

SPOKEN_NOTES_NINETY_FIFTH_ROUND = [
    "okay note for {NAME:tanner} twenty two works the oil field near {LOCATION:watford city} for "
    "{ORGANIZATION:continental} his girlfriend {NAME:kylee} is in {LOCATION:williston}",
    "session with {NAME:mrs larson} {AGE_OVER_89:ninety six} lives alone on the ranch outside "
    "{LOCATION:miles city} her son {NAME:dale} lives in {LOCATION:billings}",
    "follow up {NAME:jalen} fifteen lakota goes to {ORGANIZATION:red cloud} on {LOCATION:pine "
    "ridge} his cousin {NAME:tatum} killed himself in {DATE:august}",
    "this is {NAME:mike} fifty works at {ORGANIZATION:bnsf} in {LOCATION:glendive} his wife "
    "{NAME:lori} left for {LOCATION:missoula}",
    "note for {NAME:shawna} thirty one nurse at {ORGANIZATION:sanford} in {LOCATION:fargo} her "
    "husband {NAME:kyle} drinks at the {ORGANIZATION:empire} every night",
    "okay {NAME:trevor} nineteen student at {ORGANIZATION:msu} in {LOCATION:bozeman} works lift "
    "ops at {ORGANIZATION:bridger bowl}",
    "session with {NAME:elsie} sixty eight from {LOCATION:browning} on the {LOCATION:blackfeet} "
    "reservation her grandson {NAME:ty} is at {ORGANIZATION:pine hills}",
    "this is {NAME:garrett} forty four coal miner at {ORGANIZATION:black thunder} near "
    "{LOCATION:wright} got laid off in {DATE:june}",
    "note for {NAME:kayla} twenty six works at the {ORGANIZATION:cenex} in {LOCATION:belgrade} "
    "her ex {NAME:cody} keeps driving by",
    "okay {NAME:lars} seventy one farmer near {LOCATION:minot} his wife {NAME:ingrid} died on "
    "{DATE:christmas day}",
    "session with {NAME:father mike} from {ORGANIZATION:st mary's} in {LOCATION:rapid city} "
    "about {NAME:jesse}",
    "note for {NAME:ava} eight her mom {NAME:brittany} is at {ORGANIZATION:rimrock} in "
    "{LOCATION:billings} and grandma {NAME:deb} has her",
    "call {NAME:mr two crow} at {PHONE:six zero five five five five zero one eight one} about "
    "his daughter {NAME:winona}",
]

PSYCHOSOCIAL_HISTORIES_SECOND = [
    "Psychosocial History — {NAME:Deborah Flynn}, 52\nBorn in {LOCATION:Scranton}; parents "
    "{NAME:Joseph} and {NAME:Maureen}; father worked at {ORGANIZATION:Lackawanna Steel}. Married "
    "in 1998 to {NAME:Paul}; two children ({NAME:Kelly}, {NAME:Sean}). Works at "
    "{ORGANIZATION:Geisinger} as a billing clerk.",
    "Social history: {NAME:Thanh Nguyen}, 41, born in {LOCATION:Da Nang}; came to "
    "{LOCATION:Houston} in 2005 with uncle {NAME:Long}; owns {ORGANIZATION:Lucky Nails} on "
    "{LOCATION:Bellaire Blvd}.",
    "Family history: mother {NAME:Gloria Reyes} (d. 2021) had bipolar disorder; brother "
    "{NAME:Hector} incarcerated at {ORGANIZATION:Pelican Bay}; client raised by grandmother in "
    "{LOCATION:Boyle Heights}.",
    "Education: graduated {ORGANIZATION:Cass Tech} 2008; attended {ORGANIZATION:Wayne County "
    "Community College} for two years.",
    "Military: {NAME:SSgt Dwayne Harris}, Army, deployed to {LOCATION:Ramadi} 2006; stationed at "
    "{ORGANIZATION:Fort Hood}; discharged 2012.",
    "Legal: arrested {DATE:3/14/2019} in {LOCATION:Pasco County}; probation officer {NAME:Ms. "
    "Hart}; case {OTHER_ID:2019-CF-001882}.",
    "Employment: 12 years at the {ORGANIZATION:UPS} hub in {LOCATION:Louisville}; now disabled; "
    "wife {NAME:Crystal} works at {ORGANIZATION:Norton Audubon}.",
    "Relationships: divorced from {NAME:Travis Keller} (2022); current partner {NAME:Jo} lives "
    "in {LOCATION:Asheville}.",
    "Religion/spirituality: member of {ORGANIZATION:St. Anthony's} parish in {LOCATION:Fall "
    "River}; {NAME:Father Costa} is a support.",
    "Trauma history: house fire at {LOCATION:14 Walnut St}, {LOCATION:Lowell} when she was 9; "
    "sister {NAME:Amy} died.",
    "Substance use: first drink at 12 at cousin {NAME:Ricky}'s in {LOCATION:Chelsea}; treatment "
    "at {ORGANIZATION:Gosnold} in {LOCATION:Falmouth} in 2019.",
    "Housing: lives at {ORGANIZATION:Pine Street Inn} since {DATE:October}; before that with "
    "aunt {NAME:Dolores} in {LOCATION:Dorchester}.",
    "Supports: best friend {NAME:Keisha} ({PHONE:617-555-0193}); sponsor {NAME:Big Al}; pastor "
    "{NAME:Rev. Jones} at {ORGANIZATION:Twelfth Baptist}.",
]

MESSAGES_TWENTY_FIFTH_ROUND = [
    "hey its {NAME:kaylee} {NAME:cody} didnt come home from the rig in {LOCATION:watford city}",
    "Voicemail from {NAME:Father Mike} ({ORGANIZATION:St. Mary's}, {LOCATION:Rapid City}) re: "
    "{NAME:Jesse}.",
    "txt: its {NAME:dale} mom fell at the ranch, were at {ORGANIZATION:billings clinic}",
    "{NAME:Ms. Carter}, this is {NAME:Coach Lopez} at {ORGANIZATION:Palo Duro High}; "
    "{NAME:Jaden} said he wants to die.",
    "mensaje de {NAME:rosa}: a {NAME:chuy} lo deportaron a {LOCATION:ciudad juárez}",
    "Email from {EMAIL:k.two.crow@example.net}: {NAME:Winona} will be at her aunt's in "
    "{LOCATION:Kyle}.",
    "its {NAME:angie} {NAME:destiny} is staying at the {ORGANIZATION:salvation army} in "
    "{LOCATION:lubbock}",
    "Portal: {NAME:Brenda Lowe} — new number {PHONE:806-555-0150}, moved to {LOCATION:4410 34th "
    "St}, {LOCATION:Lubbock}.",
    "text from {NAME:kylee}: hes at {ORGANIZATION:trinity} in {LOCATION:minot} they said psych "
    "hold",
    "Msg from {NAME:SSgt Amy Cole}, {ORGANIZATION:Minot AFB}: {NAME:A1C Tyler Ross} missed duty "
    "{DATE:12/6}.",
    "this is {NAME:sherry} {NAME:kinsley}'s grandma can u call me {PHONE:806 555 0177}",
    "hi its {NAME:lori} from {ORGANIZATION:bnsf} eap about {NAME:mike}",
    "Fax: {ORGANIZATION:Sanford Health Fargo} discharge for {NAME:Shawna Olson}, DOB "
    "{DATE:03/03/1995}.",
]

HOSPITAL_RECORDS_SEVENTEENTH_ROUND = [
    "ED NOTE — {ORGANIZATION:University Hospital}, {LOCATION:Newark}. Pt {NAME:Jamal Carter}, "
    "24M, GSW; BIBA from {LOCATION:South Orange Ave}; MRN {MRN:UH0048812}.",
    "Psych consult: {NAME:Mrs. Rosa Diaz}, {AGE_OVER_89:91}, {ORGANIZATION:Hackensack "
    "Meridian}, Rm {LOCATION:822}; daughter {NAME:Maribel} POA.",
    "Admission: {NAME:Kevin O'Connor}, 38M, {ORGANIZATION:NYPD} officer, {ORGANIZATION:75th "
    "Precinct}; SI after partner's death.",
    "Discharge: {NAME:Aisha Rahman}, 16F, {ORGANIZATION:Cohen Children's}; to parents in "
    "{LOCATION:Jamaica}, {LOCATION:Queens}; f/u {ORGANIZATION:Zucker Hillside} {DATE:12/12}.",
    "Nursing: pt {NAME:Harold Klein} on {LOCATION:7 West} calling for wife {NAME:Ruth}; sitter "
    "{NAME:Jasmine} present.",
    "SW: pt {NAME:Luis Vega} works as a longshoreman at {ORGANIZATION:Maher Terminals}; union "
    "{ORGANIZATION:ILA Local 1235}; wife {NAME:Carmen} ({PHONE:973-555-0144}).",
    "ED triage: {NAME:Brianna Smith}, 19F, {ORGANIZATION:Rutgers} student, from {LOCATION:New "
    "Brunswick}; ingestion; roommate {NAME:Kate}.",
    "Consult: {NAME:Dr. Shah} re {NAME:Mr. Petrov}, 67, {ORGANIZATION:Staten Island University "
    "Hospital}; wife {NAME:Olga}.",
    "Transfer to {ORGANIZATION:Greystone Park Psychiatric Hospital} pending; "
    "{ORGANIZATION:Morris County} screener {NAME:Tom Ryan}.",
    "ED note: {NAME:Jose Martinez}, 52M, bus operator, assaulted at {LOCATION:Fordham Plaza}.",
    "Progress: {NAME:Keisha Brown} HD 3; sister {NAME:Tanya} visiting from {LOCATION:Paterson}; "
    "plan d/c {DATE:12/09}.",
    "Restraint: pt {NAME:Mr. Alvarez} struck PCT {NAME:Rivera}; {NAME:Dr. Goldberg} notified 0415.",
    "Discharge instructions: {NAME:Lena Park} — f/u {NAME:Dr. Kim} at {ORGANIZATION:Englewood "
    "Health}, {LOCATION:350 Engle St}, {LOCATION:Englewood}, {DATE:12/15} 2:30 PM.",
]


SPOKEN_NOTES_NINETY_SIXTH_ROUND = [
    "okay note for {NAME:marquis} twenty four works at the {ORGANIZATION:delta} tech ops hangar "
    "at {ORGANIZATION:hartsfield} and lives in {LOCATION:college park}",
    "session with {NAME:miss bertha} {AGE_OVER_89:ninety three} lives in {LOCATION:vine city} "
    "her grandson {NAME:dre} sells out of her house",
    "follow up {NAME:kennedy} sixteen goes to {ORGANIZATION:north gwinnett} and her dad "
    "{NAME:brian} works at {ORGANIZATION:home depot} corporate in {LOCATION:vinings}",
    "this is {NAME:luis} forty one works at the {ORGANIZATION:pilgrim's} plant in "
    "{LOCATION:gainesville} his wife {NAME:ana} was detained by ice",
    "note for {NAME:tameka} thirty five nurse at {ORGANIZATION:grady} and her son {NAME:tj} got "
    "shot at {LOCATION:bankhead} on {DATE:november eighth}",
    "okay {NAME:hunter} twenty student at {ORGANIZATION:uga} lives in {LOCATION:five points} and "
    "works at the {ORGANIZATION:globe} downtown",
    "session with {NAME:ms pearl} sixty eight retired from {ORGANIZATION:gulfstream} in "
    "{LOCATION:savannah} her husband {NAME:otis} has dementia",
    "this is {NAME:brandon} thirty two soldier at {ORGANIZATION:fort eisenhower} in "
    "{LOCATION:augusta} his wife {NAME:kelsey} took the kids to {LOCATION:macon}",
    "note for {NAME:destiny} nineteen works at {ORGANIZATION:magic city} and her boyfriend "
    "{NAME:lil ray} is locked up in {ORGANIZATION:fulton county jail}",
    "okay {NAME:gary} fifty five truck driver for {ORGANIZATION:werner} out of "
    "{LOCATION:dalton} his daughter {NAME:amber} overdosed in {DATE:september}",
    "session with {NAME:reverend hollis} from {ORGANIZATION:ebenezer baptist} about his grandson "
    "{NAME:malik}",
    "note for {NAME:aubrey} eleven her mom {NAME:jessica} is at {ORGANIZATION:ridgeview "
    "institute} and grandma {NAME:linda} has her in {LOCATION:marietta}",
    "call {NAME:mrs okoro} at {PHONE:four zero four five five five zero one nine three} about "
    "{NAME:chidi} at {ORGANIZATION:tri-cities high}",
]

SPOKEN_NOTES_NINETY_SEVENTH_ROUND = [
    "okay note for {NAME:jessica} thirty two cocktail waitress at the "
    "{ORGANIZATION:cosmopolitan} and her boyfriend {NAME:rico} took her car",
    "session with {NAME:mr levine} {AGE_OVER_89:ninety} lives at {ORGANIZATION:sun city "
    "summerlin} his son {NAME:mark} lives in {LOCATION:henderson}",
    "follow up {NAME:jaylen} fifteen goes to {ORGANIZATION:desert pines} and got jumped near the "
    "{ORGANIZATION:boulevard mall}",
    "this is {NAME:tony} fifty five pit boss at {ORGANIZATION:caesars} lost forty thousand at the "
    "{ORGANIZATION:golden nugget} in {DATE:october}",
    "note for {NAME:maria} forty four housekeeper at the {ORGANIZATION:wynn} member of "
    "{ORGANIZATION:culinary local 226}",
    "okay {NAME:kyle} twenty three airman at {ORGANIZATION:nellis} his girlfriend "
    "{NAME:brianna} lives in {LOCATION:north las vegas}",
    "session with {NAME:ashley} twenty eight dancer at {ORGANIZATION:sapphire} and her manager "
    "{NAME:big tony} holds her pay",
    "this is {NAME:dave} sixty two retired from {ORGANIZATION:nv energy} in {LOCATION:reno} his "
    "wife {NAME:carol} is at {ORGANIZATION:renown}",
    "note for {NAME:lupe} thirty cleans at {ORGANIZATION:unlv} and her son {NAME:angel} is at "
    "{ORGANIZATION:spring mountain youth camp}",
    "okay {NAME:chris} forty one works at the {ORGANIZATION:tesla gigafactory} in "
    "{LOCATION:sparks} and lives in {LOCATION:fernley}",
    "session with {NAME:keisha} twenty six she's at the {ORGANIZATION:shade tree} shelter with "
    "her kids {NAME:jada} and {NAME:jalen}",
    "note for {NAME:dustin} thirty five lineman for {ORGANIZATION:nv energy} got hurt in "
    "{LOCATION:elko} on {DATE:the twelfth}",
    "call grandma {NAME:rosa} at {PHONE:seven zero two five five five zero one four two} she has "
    "{NAME:mateo} now",
]

TYPED_NOTES_TWENTY_SEVENTH_ROUND = [
    "SOAP — {NAME:Aaron Whitfield}, 35, {ORGANIZATION:Booz Allen} analyst, {LOCATION:Arlington}. "
    "S: panic on the {LOCATION:Beltway}. P: interoceptive exposure; f/u {DATE:12/15}.",
    "DBT — {NAME:Nia Thompson}, 19, {ORGANIZATION:Howard} sophomore; lives in {LOCATION:Drew "
    "Hall}; self-harm after argument with mother {NAME:Denise}.",
    "CPT — {NAME:SFC Marcus Cole}, 38, {ORGANIZATION:Fort Belvoir}; index trauma in "
    "{LOCATION:Kandahar}, 2010.",
    "IFS — {NAME:Rachel Stein}, 44, attorney at {ORGANIZATION:Covington & Burling}; firefighter "
    "part; father {NAME:Irving} died {DATE:Nov 2025}.",
    "EMDR — {NAME:Officer Tasha Green}, {ORGANIZATION:MPD} {ORGANIZATION:7th District}; target: "
    "{DATE:8/12/2025} shooting on {LOCATION:Alabama Ave SE}.",
    "ACT — {NAME:Walter Graves}, 72, {LOCATION:Fredericksburg}; retired from "
    "{ORGANIZATION:Quantico}; values: church at {ORGANIZATION:Shiloh Baptist}.",
    "BIRP — {NAME:Jayden}, 14, {ORGANIZATION:Woodbridge Middle}; B: fights; I: role play; P: "
    "meet {NAME:Mr. Ortiz} (AP).",
    "Couples — {NAME:Priya} and {NAME:Sam Patel}, {LOCATION:Reston}; {NAME:Sam} works at "
    "{ORGANIZATION:Amazon HQ2}.",
    "MI — {NAME:Kevin Doyle}, 29, bartender at {ORGANIZATION:Old Ebbitt}; alcohol; girlfriend "
    "{NAME:Lauren} ({PHONE:202-555-0148}).",
    "Psychodynamic — {NAME:Dr. Helen Park} (client), 58, physician at {ORGANIZATION:Inova "
    "Fairfax}; dream about sister {NAME:Grace}.",
    "Intake — {NAME:Luis Hernandez}, DOB {DATE:02/02/1992}, {LOCATION:3301 14th St NW Apt 4}, "
    "{LOCATION:Washington}, DC {LOCATION:20010}; Medicaid {HEALTH_PLAN:DC4418822}.",
    "Group — {NAME:Tasha}, {NAME:Leon}, {NAME:Ana}, {NAME:Greg}; {NAME:Leon} shared about "
    "{ORGANIZATION:Southeast Veterans Service Center} wait times.",
    "Termination — {NAME:Emily Chen} moving to {LOCATION:Richmond} for {ORGANIZATION:VCU} grad "
    "school; records to {NAME:Dr. Lisa Hall}.",
]

CRISIS_LINE_NOTES_EIGHTH = [
    "988 call: {NAME:Marcus}, 33, on the bypass bridge at {LOCATION:Hoover Dam}; NHP notified.",
    "Text: {NAME:Ella}, 14, at {ORGANIZATION:Centennial High}; mom {NAME:Jenna} at "
    "{PHONE:702-555-0190}.",
    "Mobile crisis: {NAME:Mr. Ochoa}, 58, at {LOCATION:2215 E Sahara Ave}; wife {NAME:Lupe} "
    "present.",
    "Chat: {OTHER_ID:@nvgirl_02} says she is in the {ORGANIZATION:Red Rock Casino} parking garage.",
    "Warm line: {NAME:Gus}, regular caller, 77, lonely since wife {NAME:Dot} died; lives in "
    "{LOCATION:Boulder City}.",
    "Veteran: {NAME:Cpl. Jason Reyes} (ret.), 31, at the VA in {LOCATION:Reno}, waiting room.",
    "Caller {NAME:Nadia} reports sister {NAME:Leila}, 22, texting goodbye from her "
    "{ORGANIZATION:UNR} dorm, {LOCATION:Argenta Hall}.",
    "Third party: {NAME:Pastor Gene Ortiz} ({ORGANIZATION:Central Christian Church}) re: "
    "{NAME:Brad Miller}, 47.",
    "Follow-up: {NAME:Shay} admitted to {ORGANIZATION:Seven Hills} overnight; mom {NAME:Tina} "
    "informed.",
    "988: caller {NAME:Hector}, 50, at {ORGANIZATION:Super 8} {LOCATION:Elko} room {LOCATION:214}.",
    "Text line: {NAME:River}, 16, at friend {NAME:Maddie}'s in {LOCATION:Summerlin}; parents "
    "don't know.",
    "Mobile crisis: {NAME:Ms. Kowalski}, {AGE_OVER_89:92}, wandering near "
    "{ORGANIZATION:Fremont Street Experience}; returned to {ORGANIZATION:Silver Sky} assisted "
    "living.",
    "Caller {NAME:Ray} from {ORGANIZATION:Teamsters Local 631} says coworker {NAME:Denny Pike} "
    "talked about jumping.",
]

RARER_KINDS_NINTH_ROUND = [
    "Insulin pump serial {DEVICE:PA-88120-4471} alarming.",
    "His Venmo {OTHER_ID:@Rico-Vegas-702} shows payments to her.",
    "Plate {VEHICLE:7BXR221} (NV) seen at her work.",
    "IP {IP:68.108.23.91} logged the threat.",
    "State bar no. {LICENSE:108842} for her attorney.",
    "Docket {OTHER_ID:D-26-612345-C} in family court.",
    "CPAP serial {DEVICE:23184459102} on the DME form.",
    "Snapchat {OTHER_ID:@jessvegas} is where he sent it.",
    "Member ID {HEALTH_PLAN:HPN0441902} on the new card.",
    "Card ending {ACCOUNT:8812} was used at the casino.",
    "Work permit {LICENSE:EAD-SRC2290441122} expires soon.",
    "Case number {ORGANIZATION:LVMPD} {OTHER_ID:261204-0318} for the report.",
    "Telehealth link {URL:https://example.doxy.me/drlee} for tomorrow.",
]


SPOKEN_NOTES_NINETY_EIGHTH_ROUND = [
    "okay note for {NAME:keoni} twenty eight works at the {ORGANIZATION:hilton hawaiian village} "
    "as a bellman and lives with his tutu in {LOCATION:kalihi}",
    "session with {NAME:mrs nakamura} {AGE_OVER_89:ninety two} lives in {LOCATION:moiliili} her "
    "son {NAME:glenn} drives her to {ORGANIZATION:kuakini} on fridays",
    "follow up {NAME:leilani} fifteen goes to {ORGANIZATION:farrington} and her boyfriend "
    "{NAME:kainoa} posted pictures of her",
    "this is {NAME:sione} forty one tongan works construction for {ORGANIZATION:hawaiian "
    "dredging} and lives in {LOCATION:ewa beach} his wife {NAME:mele} left on {DATE:november "
    "ninth}",
    "note for {NAME:malia} thirty two nurse at {ORGANIZATION:hilo medical center} her husband "
    "{NAME:kimo} fishes out of {LOCATION:honokaa}",
    "okay {NAME:bryce} nineteen sailor at {ORGANIZATION:pearl harbor} lives in the barracks his "
    "mom {NAME:tracy} is in {LOCATION:san diego}",
    "session with auntie {NAME:lani} she's sixty six raising her grandson {NAME:makoa} in "
    "{LOCATION:waianae} after her daughter died in {DATE:march}",
    "this is {NAME:jun} fifty three owns {ORGANIZATION:jun's okazuya} in {LOCATION:kaimuki} and "
    "his son {NAME:ryan} is using ice",
    "note for {NAME:kalena} twenty two student at {ORGANIZATION:uh manoa} works at "
    "{ORGANIZATION:longs} in {LOCATION:manoa marketplace}",
    "okay {NAME:tavita} thirty four works at the {ORGANIZATION:dole} cannery in "
    "{LOCATION:iwilei} and drinks at {ORGANIZATION:anna o'brien's} every night",
    "session with {NAME:pastor sam} from {ORGANIZATION:new hope} in {LOCATION:kahului} about "
    "{NAME:noelani}",
    "note for {NAME:koa} ten his mom {NAME:hoku} is at {ORGANIZATION:women's community "
    "correctional center} and grandma {NAME:puanani} has him",
    "call uncle {NAME:ray} at {PHONE:eight zero eight five five five zero one six three} about "
    "{NAME:keoni}",
]

SPOKEN_NOTES_NINETY_NINTH_ROUND = [
    "okay note for {NAME:jesus} twenty six works at the {ORGANIZATION:toyota} plant on the south "
    "side of {LOCATION:san antonio} and his wife {NAME:marisela} lives in {LOCATION:harlandale}",
    "session with {NAME:doña elvira} she's {AGE_OVER_89:ninety five} lives in {LOCATION:el "
    "cenizo} her grandson {NAME:beto} drives her to {ORGANIZATION:doctors hospital}",
    "follow up {NAME:valeria} sixteen goes to {ORGANIZATION:pharr san juan alamo} high and her "
    "dad {NAME:ramon} is a border agent",
    "this is {NAME:mike} forty nine airman at {ORGANIZATION:lackland} his daughter {NAME:zoe} "
    "overdosed at a party in {LOCATION:stone oak}",
    "note for {NAME:araceli} thirty eight picks onions near {LOCATION:raymondville} her husband "
    "{NAME:chuy} is in {ORGANIZATION:willacy county} jail",
    "okay {NAME:daniel} twenty one student at {ORGANIZATION:utrgv} in {LOCATION:edinburg} works "
    "at {ORGANIZATION:whataburger} on {LOCATION:university drive}",
    "session with {NAME:sandra} fifty cashier at the {ORGANIZATION:h-e-b} in "
    "{LOCATION:brownsville} her son {NAME:tony} was deported to {LOCATION:matamoros}",
    "this is {NAME:ricky} thirty works on the rigs for {ORGANIZATION:halliburton} out of "
    "{LOCATION:pleasanton} his girlfriend {NAME:brianna} left",
    "note for {NAME:lupita} nine her mom {NAME:yesenia} is at {ORGANIZATION:rio grande state "
    "center} and abuela {NAME:chelo} has her",
    "okay {NAME:marco} seventeen goes to {ORGANIZATION:lanier} got jumped at "
    "{ORGANIZATION:market square}",
    "session with {NAME:father jorge} from {ORGANIZATION:san fernando cathedral} about "
    "{NAME:mrs ochoa}",
    "note for {NAME:javier} forty four works at the port in {LOCATION:brownsville} his wife "
    "{NAME:lorena} died on {DATE:dia de los muertos}",
    "call {NAME:mrs treviño} at {PHONE:nine five six five five five zero one two nine} about "
    "{NAME:valeria}",
]

HOSPITAL_RECORDS_EIGHTEENTH_ROUND = [
    "ED NOTE — {ORGANIZATION:Rhode Island Hospital}, {LOCATION:Providence}. Pt {NAME:Carlos "
    "Pereira}, 29M, stab wound; BIBA from {LOCATION:Fox Point}; MRN {MRN:RIH-5520148}.",
    "Psych consult: {NAME:Mrs. Alice Dube}, {AGE_OVER_89:93}, {ORGANIZATION:St. Anne's}, "
    "{LOCATION:Fall River}, Rm {LOCATION:406}; son {NAME:Roger} HCP.",
    "Admission: {NAME:Sean Murphy}, 41M, {ORGANIZATION:Boston Fire} {ORGANIZATION:Engine 7}; SI "
    "after line-of-duty death; wife {NAME:Kate} ({PHONE:617-555-0172}).",
    "Discharge: {NAME:Ana Silva}, 16F, {ORGANIZATION:Bradley Hospital}; to mother {NAME:Rosa} in "
    "{LOCATION:Pawtucket}; f/u {ORGANIZATION:Gateway Healthcare} {DATE:12/14}.",
    "Nursing: pt {NAME:Walter Nowak} on {LOCATION:6 North} asking for wife {NAME:Helen}; sitter "
    "{NAME:Keisha} present.",
    "SW note: pt {NAME:Manny Rodrigues} fishes out of {LOCATION:New Bedford} on the "
    "{ORGANIZATION:F/V Lady Grace}; wife {NAME:Lisa} at {PHONE:508-555-0139}.",
    "ED triage: {NAME:Emma Collins}, 20F, {ORGANIZATION:Brown} student from "
    "{LOCATION:Westerly}; ingestion; roommate {NAME:Zoe}.",
    "Consult: {NAME:Dr. Nguyen} re {NAME:Mr. Costa}, 72, {ORGANIZATION:Charlton Memorial}; "
    "daughter {NAME:Paula}.",
    "Transfer: accepted at {ORGANIZATION:Butler Hospital}; transport by {ORGANIZATION:AMR}; "
    "section 12 signed by {NAME:Dr. Levin}.",
    "ED note: {NAME:Jamal Hughes}, 33M, MBTA bus operator, assaulted at {LOCATION:Dudley Square}.",
    "Progress: {NAME:Denise Carter} HD 5; sister {NAME:Tanya} visiting from "
    "{LOCATION:Brockton}; plan d/c {DATE:12/10} to {ORGANIZATION:Arbour-Fuller}.",
    "Restraint: pt {NAME:Mr. Souza} struck MHW {NAME:Pina}; {NAME:Dr. Amaral} notified 0320.",
    "Discharge instructions: {NAME:Grace Kim} — f/u {NAME:Dr. Patel} at {ORGANIZATION:Lifespan "
    "Primary Care}, {LOCATION:1 Randall Sq}, {LOCATION:Providence}, {DATE:12/16} 1:30 PM.",
]

MESSAGES_TWENTY_SIXTH_ROUND = [
    "hey its {NAME:kalena} from {ORGANIZATION:longs} in {LOCATION:kailua} ur client "
    "{NAME:malia} left crying",
    "Voicemail from {NAME:Father Jorge} ({ORGANIZATION:San Fernando Cathedral}) re: {NAME:Mrs. "
    "Ochoa}.",
    "txt from {NAME:beto}: abuela fell, were at {ORGANIZATION:doctors hospital} in "
    "{LOCATION:edinburg}",
    "{NAME:Ms. Treviño}, this is {NAME:Coach Garza} at {ORGANIZATION:PSJA High}; {NAME:Valeria} "
    "didn't come to practice.",
    "mensaje de {NAME:lorena}: {NAME:javier} está en el {ORGANIZATION:valley baptist} de "
    "{LOCATION:harlingen}",
    "Email from {EMAIL:s.pereira@example.org}: {NAME:Carlos} is staying with me at "
    "{LOCATION:44 Ives St}.",
    "its {NAME:tracy} {NAME:bryce}'s mom he called me from {ORGANIZATION:pearl harbor} crying",
    "Portal: {NAME:Ana Silva} — new phone {PHONE:401-555-0166}.",
    "text from {NAME:pastor sam}: {NAME:noelani} is staying at the church tonight",
    "Msg from {NAME:Lt. Kevin Moss}, {ORGANIZATION:Boston Fire}: {NAME:Sean Murphy} cleared for "
    "light duty {DATE:1/5}.",
    "this is {NAME:puanani} {NAME:koa}'s grandma can u call {PHONE:808 555 0183}",
    "hi its {NAME:dana} from {ORGANIZATION:whataburger} HR about {NAME:daniel}",
    "Fax: {ORGANIZATION:Bradley Hospital} discharge for {NAME:Ana Silva}, DOB {DATE:04/04/2010}.",
]

LETTERS_AND_FORMS_THIRTEENTH_ROUND = [
    "To {ORGANIZATION:Miami-Dade County Court}, Re: {NAME:Luis Ortega}, Case {OTHER_ID:F26-"
    "004412}: Mr. {NAME:Ortega} completed 16 weeks of anger management with me.",
    "ESA letter for {NAME:Brianna Cole}, {LOCATION:2200 N Ocean Blvd Apt 1104}, "
    "{LOCATION:Fort Lauderdale}, FL {LOCATION:33305}; cat {NAME:Mango}.",
    "Letter to {NAME:Hon. Maria Delgado}, {ORGANIZATION:Hillsborough County Circuit Court}, re "
    "{NAME:Tyler Brooks}, Case {OTHER_ID:26-DR-004417}.",
    "Work note: {NAME:Keisha Johnson} may return to work at {ORGANIZATION:Publix} "
    "{LOCATION:Lakeland} on {DATE:12/14/2026}.",
    "ROI: {NAME:Daniel Kim} authorizes release to {ORGANIZATION:Orlando Health}, attn "
    "{NAME:Dr. Reyes}; expires {DATE:12/01/2027}.",
    "School letter to {ORGANIZATION:Jones High School} ({LOCATION:Orlando}): {NAME:Destiny "
    "Harris}, grade 10, may leave class for counseling.",
    "Asylum letter: {NAME:Mr. Jean-Baptiste Pierre} ({OTHER_ID:A 219-441-087}) fled "
    "{LOCATION:Port-au-Prince} in 2024; seen at {ORGANIZATION:Sant La} since {DATE:May 2025}.",
    "Intake\nName: {NAME:Maria Gonzalez}\nDOB: {DATE:08/08/1988}\nAddress: {LOCATION:7420 SW "
    "8th St #3}, {LOCATION:Miami}, FL {LOCATION:33144}\nEmployer: {ORGANIZATION:Jackson "
    "Health}\nMedicaid: {HEALTH_PLAN:8812449901}",
    "FMLA: employee {NAME:Ron Tate}, employer {ORGANIZATION:NASA} contractor "
    "{ORGANIZATION:Jacobs}, {LOCATION:Titusville}; leave from {DATE:12/1/2026}.",
    "Verification: {NAME:Amy Chen} attends {ORGANIZATION:Gateway Community Services} IOP in "
    "{LOCATION:Jacksonville}; contact {PHONE:904-555-0127}.",
    "Letter to landlord {ORGANIZATION:Greystar} re: tenant {NAME:Paul Rivera}, unit "
    "{LOCATION:1207}, {LOCATION:Tampa}.",
    "Disability: {NAME:Ruth Goldberg}, {AGE_OVER_89:94}, resident of {ORGANIZATION:Aventura "
    "Plaza}; MBI {HEALTH_PLAN:5KX2-TR4-GH81}.",
    "Probation letter to {NAME:Officer Lynn Hart}, {ORGANIZATION:Pasco County Probation}: "
    "{NAME:Cody Miles} attended 8 of 10 groups.",
]


SPOKEN_NOTES_HUNDREDTH_ROUND = [
    "okay note for {NAME:tyler} twenty seven works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:perry} and his girlfriend {NAME:maria} lives in {LOCATION:ankeny}",
    "session with {NAME:mrs van zee} {AGE_OVER_89:ninety four} lives in {LOCATION:pella} her son "
    "{NAME:dirk} wants her at {ORGANIZATION:calvin community}",
    "follow up {NAME:emma} fifteen goes to {ORGANIZATION:roosevelt} in {LOCATION:des moines} her "
    "mom {NAME:jenny} found cuts on her legs",
    "this is {NAME:dale} sixty one hog farmer outside {LOCATION:storm lake} his wife {NAME:barb} "
    "died on {DATE:easter}",
    "note for {NAME:hawa} thirty one works at {ORGANIZATION:jbs} in {LOCATION:marshalltown} her "
    "husband {NAME:abdi} is in {LOCATION:minneapolis}",
    "okay {NAME:cole} twenty student at {ORGANIZATION:iowa state} lives in {LOCATION:friley "
    "hall} his roommate {NAME:nate} found vodka in his closet",
    "session with {NAME:pastor jim} from {ORGANIZATION:first lutheran} in {LOCATION:decorah} "
    "about {NAME:erik}",
    "this is {NAME:kim} forty four works at {ORGANIZATION:principal financial} in {LOCATION:des "
    "moines} and her husband {NAME:todd} is at {ORGANIZATION:broadlawns}",
    "note for {NAME:jaden} eighteen works at the {ORGANIZATION:casey's} in {LOCATION:ames} and "
    "his dad {NAME:rick} is in {ORGANIZATION:anamosa}",
    "okay {NAME:luis} thirty five works at the {ORGANIZATION:whirlpool} plant in "
    "{LOCATION:amana} lives in {LOCATION:cedar rapids}",
    "session with {NAME:grace} twenty nine nurse at {ORGANIZATION:mercy one} and her ex "
    "{NAME:brett} has a no contact order from {ORGANIZATION:polk county}",
    "note for {NAME:olivia} seven her mom {NAME:kayla} is at {ORGANIZATION:house of mercy} and "
    "grandma {NAME:linda} has her",
    "call {NAME:mrs hansen} at {PHONE:five one five five five five zero one seven two} about "
    "{NAME:emma}",
]

SPOKEN_NOTES_HUNDRED_FIRST_ROUND = [
    "okay note for {NAME:abdirahman} twenty two drives for {ORGANIZATION:metro transit} and "
    "lives in {LOCATION:cedar riverside} his brother {NAME:mohamed} was shot in {DATE:october}",
    "session with {NAME:mrs lindquist} {AGE_OVER_89:ninety one} lives in {LOCATION:duluth} her "
    "daughter {NAME:karen} wants her at {ORGANIZATION:st ann's}",
    "follow up {NAME:ava} sixteen goes to {ORGANIZATION:edina high} and her boyfriend "
    "{NAME:connor} sent her pictures around",
    "this is {NAME:tou} forty eight works at {ORGANIZATION:3m} in {LOCATION:maplewood} his wife "
    "{NAME:mai} wants a divorce",
    "note for {NAME:jessica} thirty three nurse at {ORGANIZATION:hennepin healthcare} her "
    "husband {NAME:mark} drinks at {ORGANIZATION:grumpy's} every night",
    "okay {NAME:ben} nineteen student at the {ORGANIZATION:u of m} lives in "
    "{LOCATION:dinkytown} his roommate {NAME:sam} thinks he's depressed",
    "session with {NAME:ray} fifty seven miner at {ORGANIZATION:minntac} in "
    "{LOCATION:mountain iron} got laid off in {DATE:july}",
    "this is {NAME:marisol} forty cleans at the {ORGANIZATION:mall of america} and her son "
    "{NAME:diego} is at {ORGANIZATION:red wing}",
    "note for {NAME:tyrone} twenty six works at {ORGANIZATION:target} corporate downtown and "
    "lives in {LOCATION:north minneapolis}",
    "okay {NAME:nora} sixty eight retired teacher from {LOCATION:bemidji} her husband "
    "{NAME:gary} died at {ORGANIZATION:sanford bemidji} on {DATE:november second}",
    "session with {NAME:father tom} from {ORGANIZATION:st olaf} downtown about {NAME:jake}",
    "note for {NAME:liam} nine his mom {NAME:brittany} is at {ORGANIZATION:hazelden} and "
    "grandpa {NAME:dave} has him",
    "call {NAME:mr xiong} at {PHONE:six five one five five five zero one four four} about "
    "{NAME:tou}",
]

TYPED_NOTES_TWENTY_EIGHTH_ROUND = [
    "SOAP — {NAME:Jasmine Begay}, 24, {ORGANIZATION:ASU} senior; lives in {LOCATION:Tempe}. S: "
    "grief after cousin {NAME:Tyler}'s death on {LOCATION:Navajo Nation}. P: f/u {DATE:12/15}.",
    "DBT — {NAME:Kaden Rivers}, 17, {ORGANIZATION:Desert Vista High}; chain analysis after "
    "fight with stepdad {NAME:Mark}.",
    "CPT — {NAME:SSgt Luis Ortega}, 35, {ORGANIZATION:Luke AFB}; index event {LOCATION:Bagram} "
    "2012.",
    "IFS — {NAME:Dr. Meera Shah} (client), 46, physician at {ORGANIZATION:Banner Desert}; "
    "protector 'the perfectionist'.",
    "EMDR — {NAME:Officer Ryan Cole}, {ORGANIZATION:Phoenix PD}; target {DATE:6/3/2025} crash "
    "on {LOCATION:Loop 101}.",
    "ACT — {NAME:Harold Whitman}, 79, {LOCATION:Sun City West}; values: wife {NAME:June}, golf "
    "at {ORGANIZATION:Pebblebrook}.",
    "BIRP — {NAME:Jayla}, 13, {ORGANIZATION:Kyrene Middle}; B: school refusal; I: exposure; P: "
    "meet {NAME:Ms. Long}.",
    "Couples — {NAME:Maria} and {NAME:Jose Acosta}, {LOCATION:Maryvale}; {NAME:Jose} works at "
    "{ORGANIZATION:Intel} {LOCATION:Chandler}.",
    "MI — {NAME:Cody Reese}, 31, roofer for {ORGANIZATION:Sun State Roofing}; meth; sister "
    "{NAME:Amber} ({PHONE:602-555-0152}).",
    "Psychodynamic — {NAME:Ellen Harper}, 55, professor at {ORGANIZATION:GCU}; dream of mother "
    "in {LOCATION:Prescott}.",
    "Intake — {NAME:Ruben Soto}, DOB {DATE:10/10/1990}, {LOCATION:3101 W Indian School Rd Apt "
    "12}, {LOCATION:Phoenix}, AZ {LOCATION:85017}; AHCCCS {HEALTH_PLAN:A88120447}.",
    "Group — {NAME:Tina}, {NAME:Rob}, {NAME:Lupe}, {NAME:Dee}; {NAME:Rob} shared about his son "
    "at {ORGANIZATION:Adobe Mountain}.",
    "Termination — {NAME:Hannah Lee} moving to {LOCATION:Flagstaff} for {ORGANIZATION:NAU}; "
    "records to {NAME:Dr. Chris Yazzie}.",
]

GROUP_AND_FAMILY_NOTES_TENTH = [
    "Family session: {NAME:Mr. Haddad}, {NAME:Mrs. Haddad}, {NAME:Omar} 15, {NAME:Layla} 11; "
    "{NAME:Omar} suspended from {ORGANIZATION:Fordson High}.",
    "Couples: {NAME:Derek} and {NAME:Amanda Lind}; {NAME:Derek} deployed from "
    "{ORGANIZATION:Fort Drum} in {DATE:March}.",
    "IOP group: {NAME:Kelsey}, {NAME:Marcus}, {NAME:Tess}, {NAME:Juan}; {NAME:Tess} relapsed at "
    "{ORGANIZATION:Sully's} in {LOCATION:Watertown}.",
    "Grief group: {NAME:Edna} (husband {NAME:Walt}), {NAME:Ray} (son {NAME:Danny}, overdose "
    "{DATE:8/2025}), {NAME:Mei} (mother).",
    "Multifamily: the {NAME:Pattersons}, the {NAME:Ruizes}, and {NAME:Ms. Green} with {NAME:Tay}.",
    "Parent group: {NAME:Carla}, {NAME:Dwayne}, {NAME:Shelly}; {NAME:Dwayne}'s daughter is at "
    "{ORGANIZATION:Woodland Hills}.",
    "Family: aunt {NAME:Rosa} (guardian), {NAME:Mateo} 12, {NAME:Sofia} 9; mom {NAME:Ana} "
    "deported to {LOCATION:Tegucigalpa}.",
    "Couples: {NAME:Kim} and {NAME:Jordan Lee}; {NAME:Jordan} works nights at "
    "{ORGANIZATION:Mayo} {LOCATION:Rochester}.",
    "Teen group: {NAME:Zoe}, {NAME:Aiden}, {NAME:Mason}, {NAME:Lily}; {NAME:Mason} talked about "
    "vaping at {ORGANIZATION:Eden Prairie High}.",
    "Veterans group: {NAME:Hank}, {NAME:Rosa}, {NAME:Big Lou}, {NAME:Tran}; {NAME:Hank} "
    "talked about {LOCATION:Khe Sanh}.",
    "Family session: {NAME:Mr. Banerjee}, {NAME:Priya} 16; {NAME:Priya} wants to quit "
    "{ORGANIZATION:Kumon}.",
    "Sibling session: {NAME:Eli} and {NAME:Noah}, 10 and 8; dad at {ORGANIZATION:Stillwater} "
    "prison.",
    "Women's group: {NAME:Tonya}, {NAME:Beth}, {NAME:Amina}, {NAME:Rachel}; {NAME:Amina} "
    "staying at {ORGANIZATION:Harriet Tubman Center}.",
]

MESSAGES_TWENTY_SEVENTH_ROUND = [
    "hey its {NAME:maria} from {ORGANIZATION:casey's} in {LOCATION:ankeny} ur client {NAME:tyler} "
    "was in here crying",
    "Voicemail from {NAME:Pastor Jim} ({ORGANIZATION:First Lutheran}, {LOCATION:Decorah}) re "
    "{NAME:Erik}.",
    "txt from {NAME:nate}: {NAME:cole} is at {ORGANIZATION:mary greeley} they said alcohol "
    "poisoning",
    "{NAME:Mrs. Hansen}, this is {NAME:Coach Miller} at {ORGANIZATION:Roosevelt High}; "
    "{NAME:Emma} left practice upset.",
    "mensaje de {NAME:ana}: estoy en {LOCATION:tegucigalpa} con mi hermana, cuida a {NAME:mateo}",
    "Email from {EMAIL:hr@principal.example.com}: FMLA forms for {NAME:Kim Olsen}.",
    "its {NAME:karen} mom fell at {ORGANIZATION:st ann's} again",
    "Portal: {NAME:Jasmine Begay} — new phone {PHONE:480-555-0174}.",
    "text from {NAME:father tom}: {NAME:jake} is with me at the rectory",
    "Msg from {NAME:SFC Dana Price}, {ORGANIZATION:Fort Drum}: {NAME:Derek Lind} cleared to "
    "return {DATE:1/12}.",
    "this is {NAME:linda} {NAME:olivia}'s grandma call me {PHONE:515 555 0188}",
    "hi its {NAME:jenna} from {ORGANIZATION:3m} HR about {NAME:tou}'s leave",
    "Fax: {ORGANIZATION:Broadlawns Medical Center} discharge for {NAME:Todd Olsen}, DOB "
    "{DATE:05/05/1980}.",
]


SPOKEN_NOTES_HUNDRED_SECOND_ROUND = [
    "okay note for {NAME:tremaine} twenty five works at the {ORGANIZATION:harrah's} casino and "
    "lives in the {LOCATION:seventh ward} his cousin {NAME:lil boo} got shot on {DATE:mardi "
    "gras}",
    "session with {NAME:miss clementine} she's {AGE_OVER_89:ninety six} lives in "
    "{LOCATION:treme} her grandson {NAME:dwayne} plays with the {ORGANIZATION:rebirth} band",
    "follow up {NAME:ashanti} fifteen goes to {ORGANIZATION:mcdonogh 35} and her mom "
    "{NAME:keisha} works at {ORGANIZATION:touro}",
    "this is {NAME:jacques} fifty eight shrimper out of {LOCATION:delacroix} lost his boat in "
    "the storm his wife {NAME:marie} left for {LOCATION:houma}",
    "note for {NAME:brittany} thirty bartender at {ORGANIZATION:pat o'brien's} and her "
    "boyfriend {NAME:cody} is in {ORGANIZATION:opp}",
    "okay {NAME:lucas} twenty student at {ORGANIZATION:tulane} lives on {LOCATION:broadway "
    "street} his roommate {NAME:henry} found pills",
    "session with {NAME:rosa} forty four cleans rooms at the {ORGANIZATION:roosevelt hotel} and "
    "her son {NAME:kevin} is at {ORGANIZATION:bridge city}",
    "this is {NAME:earl} sixty six retired from {ORGANIZATION:avondale} shipyard lives in "
    "{LOCATION:westwego} his wife {NAME:gloria} has dementia",
    "note for {NAME:tasha} thirty eight nurse at {ORGANIZATION:ochsner} her husband "
    "{NAME:ronald} is a deputy with {ORGANIZATION:jpso}",
    "okay {NAME:big mike} forty seven works offshore for {ORGANIZATION:shell} out of "
    "{LOCATION:fourchon} his daughter {NAME:amber} overdosed in {LOCATION:metairie}",
    "session with {NAME:father paul} from {ORGANIZATION:st augustine} in {LOCATION:treme} about "
    "{NAME:jamal}",
    "note for {NAME:jada} ten her mom {NAME:lakeisha} is at {ORGANIZATION:odyssey house} and "
    "grandma {NAME:pearl} has her",
    "call {NAME:mr boudreaux} at {PHONE:five zero four five five five zero one three six} about "
    "{NAME:jacques}",
]

SPOKEN_NOTES_HUNDRED_THIRD_ROUND = [
    "okay note for {NAME:jose} twenty nine works at {ORGANIZATION:electric boat} in "
    "{LOCATION:groton} and his girlfriend {NAME:nicole} lives in {LOCATION:new london}",
    "session with {NAME:mrs rizzo} {AGE_OVER_89:ninety three} lives in {LOCATION:wooster square} "
    "her son {NAME:sal} wants her at {ORGANIZATION:st joseph's manor}",
    "follow up {NAME:jaylen} sixteen goes to {ORGANIZATION:weaver high} in {LOCATION:hartford} "
    "his brother {NAME:dre} is at {ORGANIZATION:manson youth}",
    "this is {NAME:linda} fifty two works at {ORGANIZATION:aetna} and her husband {NAME:bob} "
    "was laid off from {ORGANIZATION:pratt and whitney}",
    "note for {NAME:yesenia} thirty cna at {ORGANIZATION:bridgeport hospital} her ex "
    "{NAME:luis} lives in the {LOCATION:east end}",
    "okay {NAME:connor} twenty student at {ORGANIZATION:uconn} lives in {LOCATION:storrs} his "
    "roommate {NAME:ethan} thinks he's using",
    "session with {NAME:marisol} forty four works at {ORGANIZATION:foxwoods} and her son "
    "{NAME:angel} is at {ORGANIZATION:cheshire}",
    "this is {NAME:tom} sixty one retired from {ORGANIZATION:sikorsky} in {LOCATION:stratford} "
    "his wife {NAME:donna} died in {DATE:july}",
    "note for {NAME:kiara} nineteen works at the {ORGANIZATION:dunkin} on {LOCATION:whalley "
    "avenue} and her mom {NAME:tonya} is using",
    "okay {NAME:pedro} forty one works at ct transit and lives in {LOCATION:fair haven}",
    "session with {NAME:pastor davis} from {ORGANIZATION:faith tabernacle} about {NAME:marcus}",
    "note for {NAME:sophia} eight her mom {NAME:jen} is at {ORGANIZATION:rushford} and grandma "
    "{NAME:carol} has her in {LOCATION:meriden}",
    "call {NAME:mrs santiago} at {PHONE:two zero three five five five zero one one eight} about "
    "{NAME:angel}",
]

HOSPITAL_RECORDS_NINETEENTH_ROUND = [
    "ED NOTE — {ORGANIZATION:Detroit Receiving Hospital}. Pt {NAME:DeAndre Miles}, 22M, GSW; BIBA "
    "from {LOCATION:Dexter-Linwood}; MRN {MRN:DRH-7720144}.",
    "Psych consult: {NAME:Mrs. Helen Kowalski}, {AGE_OVER_89:92}, {ORGANIZATION:Beaumont Royal "
    "Oak}, Rm {LOCATION:5410}; son {NAME:Greg} POA.",
    "Admission: {NAME:Kyle Brandt}, 34M, {ORGANIZATION:Ford} {ORGANIZATION:Dearborn Truck} "
    "worker; SI after layoff; wife {NAME:Amy} ({PHONE:313-555-0142}).",
    "Discharge: {NAME:Aaliyah Jones}, 15F, {ORGANIZATION:Hawthorn Center}; to grandmother "
    "{NAME:Pearl Jones} in {LOCATION:Inkster}; f/u {ORGANIZATION:Southwest Solutions} "
    "{DATE:12/15}.",
    "Nursing: pt {NAME:Walter Nowicki} on {LOCATION:4 East} asking for wife {NAME:Irene}; "
    "sitter {NAME:Tamika} present.",
    "SW note: pt {NAME:Ahmed Saleh} works at {ORGANIZATION:Stellantis} {LOCATION:Warren}; wife "
    "{NAME:Fatima} speaks Arabic; interpreter {NAME:Mr. Haddad}.",
    "ED triage: {NAME:Megan Fox}, 20F, {ORGANIZATION:MSU} student from {LOCATION:Traverse "
    "City}; ingestion; roommate {NAME:Abby}.",
    "Consult: {NAME:Dr. Patel} re {NAME:Mr. Johnson}, 70, {ORGANIZATION:Henry Ford Hospital}; "
    "daughter {NAME:Tanya}.",
    "Transfer: accepted at {ORGANIZATION:Havenwyck Hospital}, {LOCATION:Auburn Hills}; petition "
    "signed by {NAME:Dr. Kim}.",
    "ED note: {NAME:Luis Garcia}, 40M, {ORGANIZATION:DDOT} bus driver, assaulted at the "
    "{LOCATION:Rosa Parks Transit Center}.",
    "Progress: {NAME:Keisha Reed} HD 4; sister {NAME:Nia} visiting from {LOCATION:Flint}; plan "
    "d/c {DATE:12/11}.",
    "Restraint: pt {NAME:Mr. Davis} struck tech {NAME:Omar}; {NAME:Dr. Lee} notified 0210.",
    "Discharge instructions: {NAME:Sarah Lin} — f/u {NAME:Dr. Ortiz} at {ORGANIZATION:Corewell "
    "Health}, {LOCATION:3601 W 13 Mile Rd}, {LOCATION:Royal Oak}, {DATE:12/17} 11:00 AM.",
]

CRISIS_LINE_NOTES_NINTH = [
    "988 call: {NAME:Jordan}, 27, on the {LOCATION:Crescent City Connection}; {ORGANIZATION:NOPD} "
    "notified.",
    "Text: {NAME:Mia}, 15, at {ORGANIZATION:Lusher}; mom {NAME:Dana} at {PHONE:504-555-0177}.",
    "Mobile crisis: {NAME:Mr. Pham}, 61, at {LOCATION:4410 Chef Menteur Hwy}; son {NAME:Tuan} "
    "present.",
    "Chat: {OTHER_ID:@ctgirl_203} says she's in the {ORGANIZATION:Westfield Trumbull} parking lot.",
    "Warm line: {NAME:Agnes}, regular caller, 84, lonely since sister {NAME:Rita} moved to "
    "{LOCATION:Waterbury}.",
    "Veteran: {NAME:Sgt. Leon Price} (ret.), 40, at the VA in {LOCATION:West Haven}, lobby.",
    "Caller {NAME:Grace} reports son {NAME:Eli}, 20, texting goodbye from his "
    "{ORGANIZATION:UConn} dorm, {LOCATION:Buckley Hall}.",
    "Third party: {NAME:Pastor Ray Hill} ({ORGANIZATION:Greater Mt. Zion}) re: {NAME:Andre "
    "Moss}, 44.",
    "Follow-up: {NAME:Tasha} admitted to {ORGANIZATION:Institute of Living} overnight; aunt "
    "{NAME:Bev} informed.",
    "988: caller {NAME:Raul}, 52, at {ORGANIZATION:Motel 6} {LOCATION:Slidell} room "
    "{LOCATION:108}.",
    "Text line: {NAME:Skye}, 16, at friend {NAME:Ava}'s in {LOCATION:Mandeville}; parents "
    "don't know.",
    "Mobile crisis: {NAME:Mr. Boudreaux}, {AGE_OVER_89:95}, wandering on {LOCATION:Magazine "
    "St}; returned to {ORGANIZATION:Lambeth House}.",
    "Caller {NAME:Denise} from {ORGANIZATION:SEIU 1199} says coworker {NAME:Pat Lyons} talked "
    "about overdosing.",
]

LETTERS_AND_FORMS_FOURTEENTH_ROUND = [
    "To {ORGANIZATION:Harris County District Court}, Re: {NAME:Marcus Reed}, Cause "
    "{OTHER_ID:2026-44812}: Mr. {NAME:Reed} completed 12 sessions of BIPP.",
    "ESA letter for {NAME:Olivia Grant}, {LOCATION:1800 Lavaca St Apt 302}, {LOCATION:Austin}, "
    "TX {LOCATION:78701}; dog {NAME:Biscuit}.",
    "Letter to {NAME:Hon. Ana Ruiz}, {ORGANIZATION:Bexar County Juvenile Court}, re {NAME:Diego "
    "Salas}, Cause {OTHER_ID:2026-JUV-0441}.",
    "Work note: {NAME:Travis King} may return to work at {ORGANIZATION:H-E-B} {LOCATION:Round "
    "Rock} on {DATE:12/16/2026}.",
    "ROI: {NAME:Lisa Tran} authorizes release to {ORGANIZATION:UT Southwestern}, attn "
    "{NAME:Dr. Shah}; expires {DATE:12/01/2027}.",
    "School letter to {ORGANIZATION:Lamar High School} ({LOCATION:Houston}): {NAME:Brianna "
    "Scott}, grade 11, may leave class for counseling.",
    "Asylum letter: {NAME:Ms. Dilnoza Karimova} ({OTHER_ID:A 221-558-904}) fled "
    "{LOCATION:Tashkent} in 2023; seen at {ORGANIZATION:Center for Survivors of Torture} since "
    "{DATE:June 2025}.",
    "Intake\nName: {NAME:Jorge Salinas}\nDOB: {DATE:01/01/1985}\nAddress: {LOCATION:4410 "
    "Navigation Blvd}, {LOCATION:Houston}, TX {LOCATION:77011}\nEmployer: Port "
    "{LOCATION:Houston}\nMedicaid: {HEALTH_PLAN:522448190}",
    "FMLA: employee {NAME:Carla Diaz}, employer {ORGANIZATION:Dell}, {LOCATION:Round Rock}; "
    "leave from {DATE:12/2/2026}.",
    "Verification: {NAME:Sam Cole} attends {ORGANIZATION:Nexus Recovery Center} IOP in "
    "{LOCATION:Dallas}; contact {PHONE:214-555-0119}.",
    "Letter to landlord {ORGANIZATION:Camden Property Trust} re: tenant {NAME:Rosa Perez}, unit "
    "{LOCATION:510}, {LOCATION:Houston}.",
    "Disability: {NAME:Harold Brooks}, {AGE_OVER_89:91}, resident of {ORGANIZATION:Buckner "
    "Westminster Place}; MBI {HEALTH_PLAN:7TX4-KL2-MN91}.",
    "Probation letter to {NAME:Officer Jim Cole}, {ORGANIZATION:Tarrant County CSCD}: "
    "{NAME:Kevin Moore} attended 9 of 10 groups.",
]


SPOKEN_NOTES_HUNDRED_FOURTH_ROUND = [
    "okay note for {NAME:dakota} twenty three works at the {ORGANIZATION:tinker} air logistics "
    "complex and lives in {LOCATION:midwest city} his girlfriend {NAME:shyanne} is pregnant",
    "session with {NAME:mrs yellowhorse} {AGE_OVER_89:ninety two} lives in {LOCATION:anadarko} "
    "her grandson {NAME:cody} takes her to ihs in {LOCATION:lawton}",
    "follow up {NAME:kaylee} sixteen goes to {ORGANIZATION:booker t washington} in "
    "{LOCATION:tulsa} and her mom {NAME:crystal} is using again",
    "this is {NAME:ronnie} fifty four roughneck for {ORGANIZATION:devon} out of "
    "{LOCATION:woodward} his wife {NAME:sheila} left in {DATE:august}",
    "note for {NAME:maria} thirty two works at the {ORGANIZATION:seaboard} plant in "
    "{LOCATION:guymon} her husband {NAME:pedro} was detained",
    "okay {NAME:tanner} nineteen student at {ORGANIZATION:ou} lives in {LOCATION:norman} his "
    "roommate {NAME:blake} found a gun in his truck",
    "session with {NAME:pastor ray} from {ORGANIZATION:church on the move} about {NAME:jessie}",
    "this is {NAME:deb} forty eight nurse at {ORGANIZATION:saint francis} and her son "
    "{NAME:travis} is in {ORGANIZATION:tulsa county jail}",
    "note for {NAME:jayden} eighteen works at the {ORGANIZATION:quiktrip} on {LOCATION:admiral} "
    "and his dad {NAME:marcus} is at {ORGANIZATION:big mac}",
    "okay {NAME:harold} seventy two retired from {ORGANIZATION:american airlines} maintenance in "
    "{LOCATION:tulsa} his wife {NAME:bev} has parkinson's",
    "session with {NAME:brittany} twenty nine cna at {ORGANIZATION:integris} and her ex "
    "{NAME:josh} has a protective order from {ORGANIZATION:oklahoma county}",
    "note for {NAME:aiden} ten his mom {NAME:kayla} is at {ORGANIZATION:12 and 12} and grandma "
    "{NAME:sherry} has him",
    "call {NAME:mr bighorse} at {PHONE:four zero five five five five zero one two three} about "
    "{NAME:cody}",
]

SPOKEN_NOTES_HUNDRED_FIFTH_ROUND = [
    "okay note for {NAME:jamal} twenty four works at {ORGANIZATION:tyson} in "
    "{LOCATION:springdale} and his girlfriend {NAME:brianna} lives in {LOCATION:rogers}",
    "session with {NAME:mrs tate} {AGE_OVER_89:ninety} lives in {LOCATION:pine bluff} her "
    "daughter {NAME:loretta} wants her at the {ORGANIZATION:waters}",
    "follow up {NAME:marcus} fifteen goes to {ORGANIZATION:central high} in "
    "{LOCATION:little rock} and got jumped at {ORGANIZATION:war memorial}",
    "this is {NAME:earl} sixty two catfish farmer near {LOCATION:lake village} his son "
    "{NAME:wade} died in {DATE:june}",
    "note for {NAME:ashley} thirty nurse at {ORGANIZATION:st francis} in {LOCATION:monroe} her "
    "husband {NAME:chris} works offshore",
    "okay {NAME:tyler} twenty student at {ORGANIZATION:louisiana tech} in {LOCATION:ruston} his "
    "roommate {NAME:jake} sells pills",
    "session with {NAME:pastor greene} from {ORGANIZATION:mount canaan} in "
    "{LOCATION:shreveport} about {NAME:deshawn}",
    "this is {NAME:linda} fifty four works at {ORGANIZATION:walmart} home office in "
    "{LOCATION:bentonville} and her husband {NAME:gary} drinks",
    "note for {NAME:destiny} nineteen works at the {ORGANIZATION:sonic} in {LOCATION:conway} and "
    "her mom {NAME:tonya} is in {ORGANIZATION:wrightsville}",
    "okay {NAME:jesse} thirty three works at the port of {LOCATION:little rock} and lives in "
    "{LOCATION:sherwood}",
    "session with {NAME:keisha} forty cashier at {ORGANIZATION:brookshire's} in "
    "{LOCATION:bossier city} and her son {NAME:trey} is at {ORGANIZATION:barksdale}",
    "note for {NAME:kinley} eight her mom {NAME:amber} is at {ORGANIZATION:recovery centers of "
    "arkansas} and grandma {NAME:vickie} has her",
    "call {NAME:mrs washington} at {PHONE:three one eight five five five zero one four seven} "
    "about {NAME:deshawn}",
]

TYPED_NOTES_TWENTY_NINTH_ROUND = [
    "SOAP — {NAME:McKay Jensen}, 22, {ORGANIZATION:BYU} senior; lives in {LOCATION:Provo}. S: "
    "faith crisis; bishop {NAME:Bishop Hales} aware. P: f/u {DATE:12/16}.",
    "DBT — {NAME:Brinley Olsen}, 16, {ORGANIZATION:Lone Peak High}; chain analysis after party "
    "at {NAME:Tanner}'s in {LOCATION:Alpine}.",
    "CPT — {NAME:SSgt Ethan Ward}, 31, {ORGANIZATION:Hill AFB}; index event {LOCATION:Kunduz} "
    "2015.",
    "IFS — {NAME:Dr. Sarah Young} (client), 48, anesthesiologist at {ORGANIZATION:Intermountain "
    "Medical Center}; exile age 6.",
    "EMDR — {NAME:Officer Dane Peck}, {ORGANIZATION:Boise PD}; target {DATE:4/9/2025} shooting "
    "on {LOCATION:Fairview Ave}.",
    "ACT — {NAME:Lorna Beck}, 76, {LOCATION:Twin Falls}; values: grandkids in "
    "{LOCATION:Jerome}, quilting at {ORGANIZATION:First Presbyterian}.",
    "BIRP — {NAME:Ty}, 12, {ORGANIZATION:Mountain View Middle}; B: refusing school; I: exposure; "
    "P: meet {NAME:Mrs. Hale}.",
    "Couples — {NAME:Ammon} and {NAME:Kenzie Hatch}, {LOCATION:Logan}; {NAME:Ammon} works at "
    "{ORGANIZATION:Schreiber Foods}.",
    "MI — {NAME:Dustin Cole}, 30, lineman for {ORGANIZATION:Rocky Mountain Power}; alcohol; "
    "brother {NAME:Kyle} ({PHONE:801-555-0157}).",
    "Psychodynamic — {NAME:Nora Bell}, 57, professor at {ORGANIZATION:Boise State}; dream of "
    "father in {LOCATION:Pocatello}.",
    "Intake — {NAME:Jose Mendez}, DOB {DATE:03/15/1987}, {LOCATION:812 S 900 W}, {LOCATION:Salt "
    "Lake City}, UT {LOCATION:84104}; Medicaid {HEALTH_PLAN:0044712983}.",
    "Group — {NAME:Kim}, {NAME:Drew}, {NAME:Sione}, {NAME:Lupe}; {NAME:Sione} shared about his "
    "brother at {ORGANIZATION:Utah State Prison}.",
    "Termination — {NAME:Abby Ross} moving to {LOCATION:Missoula} for {ORGANIZATION:UM}; records "
    "to {NAME:Dr. Jen Fox}.",
]

MESSAGES_TWENTY_EIGHTH_ROUND = [
    "hey its {NAME:shyanne} {NAME:dakota} didnt come home from {ORGANIZATION:tinker} last nite",
    "Voicemail from {NAME:Pastor Ray} ({ORGANIZATION:Church on the Move}) re {NAME:Jessie}.",
    "txt from {NAME:blake}: {NAME:tanner} is at {ORGANIZATION:norman regional} they pumped his "
    "stomach",
    "{NAME:Mrs. Washington}, this is {NAME:Coach Reed} at {ORGANIZATION:Huntington High}; "
    "{NAME:Deshawn} skipped practice.",
    "mensaje de {NAME:maria}: a {NAME:pedro} lo tienen en {ORGANIZATION:prairieland}",
    "Email from {EMAIL:j.olsen@example.net}: {NAME:Brinley} is staying at her aunt's in "
    "{LOCATION:Lehi}.",
    "its {NAME:loretta} mama fell again at the {ORGANIZATION:waters}",
    "Portal: {NAME:Jose Mendez} — new phone {PHONE:385-555-0144}.",
    "text from {NAME:bishop hales}: {NAME:mckay} asked to meet at the stake center",
    "Msg from {NAME:MSgt Cara Long}, {ORGANIZATION:Hill AFB}: {NAME:SSgt Ethan Ward} on leave "
    "through {DATE:12/29}.",
    "this is {NAME:sherry} {NAME:aiden}'s grandma call me {PHONE:918 555 0191}",
    "hi its {NAME:tara} from {ORGANIZATION:walmart} home office HR about {NAME:linda}",
    "Fax: {ORGANIZATION:Saint Francis Hospital} discharge for {NAME:Travis Cole}, DOB "
    "{DATE:06/06/1996}.",
]

SCHOOL_COUNSELING_NOTES_SIXTH = [
    "Counselor note: {NAME:Kaylee Brooks}, gr 10, {ORGANIZATION:Booker T. Washington High}; mom "
    "using; staying with aunt {NAME:Dana}.",
    "Threat assessment {DATE:12/03}: {NAME:Blake}, 14, {ORGANIZATION:Norman North}; posted a gun "
    "photo on {OTHER_ID:@blake_405}.",
    "504 plan: {NAME:Lily Hatch}, gr 3, {ORGANIZATION:Cedar Ridge Elementary}; teacher "
    "{NAME:Mrs. Orr}; parent {NAME:Kenzie Hatch}.",
    "Check-in: {NAME:Trey}, gr 11; says his dad {NAME:Marcus} is at {ORGANIZATION:Big Mac} "
    "prison; grandma {NAME:Pearl} guardian.",
    "Crisis: {NAME:Jade W.}, gr 8; cutting; {NAME:Nurse Kim} cleaned wounds; mom {NAME:Tina} "
    "picked up 1:45.",
    "IEP: {NAME:Cody Reyes}, gr 6, {ORGANIZATION:Jefferson Middle}; case manager {NAME:Ms. "
    "Ortiz}; psych {NAME:Dr. Hale}.",
    "Group (divorce): {NAME:Ava}, {NAME:Liam}, {NAME:Emma}; {NAME:Liam}'s dad moved to "
    "{LOCATION:Wichita}.",
    "Attendance: {NAME:Jayden Moore}, gr 12, works at {ORGANIZATION:QuikTrip} on "
    "{LOCATION:Admiral Pl} nights; 19 absences.",
    "Parent meeting: {NAME:Mr. Nguyen} and {NAME:Mrs. Nguyen} re: {NAME:Kevin}, gr 11; pressure "
    "about {ORGANIZATION:OU} pre-med.",
    "Referral to {ORGANIZATION:Tulsa County} DHS by Counselor {NAME:Ruiz}: {NAME:Mia}, gr 1, "
    "bruises.",
    "College essay meeting: {NAME:Sofia Ramos}, gr 12, writing about her brother's death in "
    "{LOCATION:Guymon}.",
    "Bus incident: {NAME:Ethan}, gr 5, pushed by {NAME:Colt R.} on bus 7; principal "
    "{NAME:Dr. Shaw} notified.",
    "SRO report: {NAME:Officer Lane} found a vape on {NAME:Kinsley}, gr 9, in the "
    "{ORGANIZATION:Edmond Memorial} parking lot.",
]


def main() -> None:
    write("spoken_notes_seventy_sixth_round.jsonl", "sn76", SPOKEN_NOTES_SEVENTY_SIXTH_ROUND)
    write("spoken_notes_seventy_seventh_round.jsonl", "sn77", SPOKEN_NOTES_SEVENTY_SEVENTH_ROUND)
    write("typed_notes_twenty_second_round.jsonl", "tn22", TYPED_NOTES_TWENTY_SECOND_ROUND)
    write("messages_nineteenth_round.jsonl", "mg19", MESSAGES_NINETEENTH_ROUND)
    write("hospital_records_thirteenth_round.jsonl", "hr13", HOSPITAL_RECORDS_THIRTEENTH_ROUND)
    write("spoken_notes_seventy_eighth_round.jsonl", "sn78", SPOKEN_NOTES_SEVENTY_EIGHTH_ROUND)
    write("spoken_notes_seventy_ninth_round.jsonl", "sn79", SPOKEN_NOTES_SEVENTY_NINTH_ROUND)
    write("letters_and_forms_tenth_round.jsonl", "lf10", LETTERS_AND_FORMS_TENTH_ROUND)
    write("crisis_line_notes_sixth.jsonl", "cl6", CRISIS_LINE_NOTES_SIXTH)
    write("group_and_family_notes_seventh.jsonl", "gf7", GROUP_AND_FAMILY_NOTES_SEVENTH)
    write("spoken_notes_eightieth_round.jsonl", "sn80", SPOKEN_NOTES_EIGHTIETH_ROUND)
    write("spoken_notes_eighty_first_round.jsonl", "sn81", SPOKEN_NOTES_EIGHTY_FIRST_ROUND)
    write("typed_notes_twenty_third_round.jsonl", "tn23", TYPED_NOTES_TWENTY_THIRD_ROUND)
    write("messages_twentieth_round.jsonl", "mg20", MESSAGES_TWENTIETH_ROUND)
    write("rarer_kinds_seventh_round.jsonl", "rk7", RARER_KINDS_SEVENTH_ROUND)
    write("spoken_notes_eighty_second_round.jsonl", "sn82", SPOKEN_NOTES_EIGHTY_SECOND_ROUND)
    write("spoken_notes_eighty_third_round.jsonl", "sn83", SPOKEN_NOTES_EIGHTY_THIRD_ROUND)
    write("hospital_records_fourteenth_round.jsonl", "hr14", HOSPITAL_RECORDS_FOURTEENTH_ROUND)
    write("school_counseling_notes_fourth.jsonl", "sc4", SCHOOL_COUNSELING_NOTES_FOURTH)
    write("messages_twenty_first_round.jsonl", "mg21", MESSAGES_TWENTY_FIRST_ROUND)
    write("spoken_notes_eighty_fourth_round.jsonl", "sn84", SPOKEN_NOTES_EIGHTY_FOURTH_ROUND)
    write("spoken_notes_eighty_fifth_round.jsonl", "sn85", SPOKEN_NOTES_EIGHTY_FIFTH_ROUND)
    write("typed_notes_twenty_fourth_round.jsonl", "tn24", TYPED_NOTES_TWENTY_FOURTH_ROUND)
    write("letters_and_forms_eleventh_round.jsonl", "lf11", LETTERS_AND_FORMS_ELEVENTH_ROUND)
    write("group_and_family_notes_eighth.jsonl", "gf8", GROUP_AND_FAMILY_NOTES_EIGHTH)
    write("spoken_notes_eighty_sixth_round.jsonl", "sn86", SPOKEN_NOTES_EIGHTY_SIXTH_ROUND)
    write("spoken_notes_eighty_seventh_round.jsonl", "sn87", SPOKEN_NOTES_EIGHTY_SEVENTH_ROUND)
    write("hospital_records_fifteenth_round.jsonl", "hr15", HOSPITAL_RECORDS_FIFTEENTH_ROUND)
    write("messages_twenty_second_round.jsonl", "mg22", MESSAGES_TWENTY_SECOND_ROUND)
    write("crisis_line_notes_seventh.jsonl", "cl7", CRISIS_LINE_NOTES_SEVENTH)
    write("spoken_notes_eighty_eighth_round.jsonl", "sn88", SPOKEN_NOTES_EIGHTY_EIGHTH_ROUND)
    write("spoken_notes_eighty_ninth_round.jsonl", "sn89", SPOKEN_NOTES_EIGHTY_NINTH_ROUND)
    write("typed_notes_twenty_fifth_round.jsonl", "tn25", TYPED_NOTES_TWENTY_FIFTH_ROUND)
    write("rarer_kinds_eighth_round.jsonl", "rk8", RARER_KINDS_EIGHTH_ROUND)
    write("messages_twenty_third_round.jsonl", "mg23", MESSAGES_TWENTY_THIRD_ROUND)
    write("spoken_notes_ninetieth_round.jsonl", "sn90", SPOKEN_NOTES_NINETIETH_ROUND)
    write("spoken_notes_ninety_first_round.jsonl", "sn91", SPOKEN_NOTES_NINETY_FIRST_ROUND)
    write("hospital_records_sixteenth_round.jsonl", "hr16", HOSPITAL_RECORDS_SIXTEENTH_ROUND)
    write("group_and_family_notes_ninth.jsonl", "gf9", GROUP_AND_FAMILY_NOTES_NINTH)
    write("letters_and_forms_twelfth_round.jsonl", "lf12", LETTERS_AND_FORMS_TWELFTH_ROUND)
    write("spoken_notes_ninety_second_round.jsonl", "sn92", SPOKEN_NOTES_NINETY_SECOND_ROUND)
    write("spoken_notes_ninety_third_round.jsonl", "sn93", SPOKEN_NOTES_NINETY_THIRD_ROUND)
    write("typed_notes_twenty_sixth_round.jsonl", "tn26", TYPED_NOTES_TWENTY_SIXTH_ROUND)
    write("messages_twenty_fourth_round.jsonl", "mg24", MESSAGES_TWENTY_FOURTH_ROUND)
    write("school_counseling_notes_fifth.jsonl", "sc5", SCHOOL_COUNSELING_NOTES_FIFTH)
    write("spoken_notes_ninety_fourth_round.jsonl", "sn94", SPOKEN_NOTES_NINETY_FOURTH_ROUND)
    write("spoken_notes_ninety_fifth_round.jsonl", "sn95", SPOKEN_NOTES_NINETY_FIFTH_ROUND)
    write("psychosocial_histories_second.jsonl", "ps2", PSYCHOSOCIAL_HISTORIES_SECOND)
    write("messages_twenty_fifth_round.jsonl", "mg25", MESSAGES_TWENTY_FIFTH_ROUND)
    write("hospital_records_seventeenth_round.jsonl", "hr17", HOSPITAL_RECORDS_SEVENTEENTH_ROUND)
    write("spoken_notes_ninety_sixth_round.jsonl", "sn96", SPOKEN_NOTES_NINETY_SIXTH_ROUND)
    write("spoken_notes_ninety_seventh_round.jsonl", "sn97", SPOKEN_NOTES_NINETY_SEVENTH_ROUND)
    write("typed_notes_twenty_seventh_round.jsonl", "tn27", TYPED_NOTES_TWENTY_SEVENTH_ROUND)
    write("crisis_line_notes_eighth.jsonl", "cl8", CRISIS_LINE_NOTES_EIGHTH)
    write("rarer_kinds_ninth_round.jsonl", "rk9", RARER_KINDS_NINTH_ROUND)
    write("spoken_notes_ninety_eighth_round.jsonl", "sn98", SPOKEN_NOTES_NINETY_EIGHTH_ROUND)
    write("spoken_notes_ninety_ninth_round.jsonl", "sn99", SPOKEN_NOTES_NINETY_NINTH_ROUND)
    write("hospital_records_eighteenth_round.jsonl", "hr18", HOSPITAL_RECORDS_EIGHTEENTH_ROUND)
    write("messages_twenty_sixth_round.jsonl", "mg26", MESSAGES_TWENTY_SIXTH_ROUND)
    write("letters_and_forms_thirteenth_round.jsonl", "lf13", LETTERS_AND_FORMS_THIRTEENTH_ROUND)
    write("spoken_notes_hundredth_round.jsonl", "sn100", SPOKEN_NOTES_HUNDREDTH_ROUND)
    write("spoken_notes_hundred_first_round.jsonl", "sn101", SPOKEN_NOTES_HUNDRED_FIRST_ROUND)
    write("typed_notes_twenty_eighth_round.jsonl", "tn28", TYPED_NOTES_TWENTY_EIGHTH_ROUND)
    write("group_and_family_notes_tenth.jsonl", "gf10", GROUP_AND_FAMILY_NOTES_TENTH)
    write("messages_twenty_seventh_round.jsonl", "mg27", MESSAGES_TWENTY_SEVENTH_ROUND)
    write("spoken_notes_hundred_second_round.jsonl", "sn102", SPOKEN_NOTES_HUNDRED_SECOND_ROUND)
    write("spoken_notes_hundred_third_round.jsonl", "sn103", SPOKEN_NOTES_HUNDRED_THIRD_ROUND)
    write("hospital_records_nineteenth_round.jsonl", "hr19", HOSPITAL_RECORDS_NINETEENTH_ROUND)
    write("crisis_line_notes_ninth.jsonl", "cl9", CRISIS_LINE_NOTES_NINTH)
    write("letters_and_forms_fourteenth_round.jsonl", "lf14", LETTERS_AND_FORMS_FOURTEENTH_ROUND)
    write("spoken_notes_hundred_fourth_round.jsonl", "sn104", SPOKEN_NOTES_HUNDRED_FOURTH_ROUND)
    write("spoken_notes_hundred_fifth_round.jsonl", "sn105", SPOKEN_NOTES_HUNDRED_FIFTH_ROUND)
    write("typed_notes_twenty_ninth_round.jsonl", "tn29", TYPED_NOTES_TWENTY_NINTH_ROUND)
    write("messages_twenty_eighth_round.jsonl", "mg28", MESSAGES_TWENTY_EIGHTH_ROUND)
    write("school_counseling_notes_sixth.jsonl", "sc6", SCHOOL_COUNSELING_NOTES_SIXTH)


if __name__ == "__main__":
    main()
