"""Write the held-out corpora of the seventeenth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_seventh_round     lower-case speech to text from New England, upstate New York
                                   and the Great Lakes: mills, lakes, parishes, shift work
    desert_and_island_sessions     typed therapy notes from Arizona, New Mexico, Nevada, Hawaii
                                   and Alaska: Spanish, Diné, Hawaiian and Yup'ik names, pueblos,
                                   bases, casinos, villages
    clinic_records_fourth_round    discharge summaries, consults, ED, intake and letters in the
                                   external corpora's style, with headers, codes and signatures
    spoken_notes_eighth_round      lower-case speech to text from Virginia, the Carolinas and
                                   Georgia, written after the stop's first rules, to measure them
    portal_and_text_messages       clients' portal messages, texts, voicemails and e-mails to
                                   the practice, with their own spelling and no capitals
    every_kind_seventeenth         typed notes holding every kind of identifier, written after
                                   the stop's first rules, to measure them
    spoken_notes_ninth_round       lower-case speech to text from Ohio, Indiana, Iowa and the
                                   Central Valley, written after the stop's second rules
    longitudinal_records_second    records in the i2b2 longitudinal style: far-off record
                                   dates, providers' initials, hospitals, transcription codes
    couples_and_family_sessions    typed couples, family and group notes with many people, word
                                   names, nicknames and who said what
    spoken_notes_tenth_round       lower-case speech to text from the Northwest, the Rockies and
                                   the Southwest, written after the stop's third rules
    typed_notes_fifth_round        typed notes by modality (EMDR, IFS, DBT, ACT, CBT), names
                                   that are words, employers and schools in running text
    letters_and_referrals_third    referral and discharge letters, with letterheads, addresses,
                                   phone and fax numbers, dates and signatures
    spoken_notes_eleventh_round    lower-case speech to text from New York, New Jersey and
                                   Pennsylvania, written after the stop's fourth rules
    inpatient_and_ed_notes         emergency, inpatient and consult notes in the i2b2 style:
                                   dates in every format, providers, units, hospitals
    intake_forms_fourth_round      intake and screening forms: labelled fields, checkboxes,
                                   emergency contacts, insurance and employers
    spoken_notes_twelfth_round     lower-case speech to text from Texas, Louisiana, Alabama and
                                   Arkansas, written after the stop's fifth rules
    crisis_and_safety_notes        crisis calls, mobile crisis, safety plans with their contacts,
                                   welfare checks and hospital holds
    school_based_counseling        school counselors' and school-based clinicians' notes:
                                   teachers, grades, buses, teams, parents
    spoken_notes_thirteenth_round  lower-case speech to text from California, Nevada, Utah and
                                   Hawaii, written after the stop's sixth rules
    dictated_with_punctuation      desktop dictation that says its marks ("comma", "period",
                                   "new paragraph") and capitalises names, after the sixth rules
    discharge_summaries_second     discharge summaries and transfer notes in the external
                                   corpora's style, after the sixth rules
    spoken_notes_fourteenth_round  lower-case speech to text from Michigan, Wisconsin, Minnesota
                                   and the Dakotas, written after the stop's seventh rules
    spoken_group_notes             lower-case dictated group and family sessions with many
                                   people named, after the seventh rules
    messages_fifth_round           texts, portal messages and voicemails after the seventh rules
    spoken_notes_fifteenth_round   lower-case speech to text from Oklahoma, Kansas, Missouri and
                                   Colorado, written after the stop's eighth rules
    bilingual_sessions_second      notes mixing English with Spanish, Portuguese, Haitian Creole
                                   and Vietnamese, after the eighth rules
    spoken_notes_sixteenth_round   lower-case speech to text from Kentucky, West Virginia and
                                   the Ohio valley, written after the stop's last rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_SEVENTH_ROUND = [
    "okay this is for {NAME:brenda pelletier} she's still working second shift at the mill in "
    "{LOCATION:biddeford} and her daughter {NAME:kayleigh} is "
    "watching the baby she says she hasn't slept more than four hours since "
    "{DATE:labor day}",
    "client {NAME:normand} reports his brother {NAME:gilles} passed at "
    "{ORGANIZATION:maine medical} on {DATE:the twelfth} and the wake is at "
    "{ORGANIZATION:dion funeral home} on {LOCATION:pool street} he's not sure he can go",
    "session with {NAME:tasha okonkwo} her landlord on {LOCATION:dudley street} is "
    "threatening to evict and her caseworker {NAME:ms rinaldi} from "
    "{ORGANIZATION:action for boston community development} is helping with the paperwork",
    "{NAME:ray} says he got his hours cut at {ORGANIZATION:electric boat} and his wife "
    "{NAME:donna} wants him to look at {ORGANIZATION:pratt} in {LOCATION:middletown} "
    "phq nine seventeen",
    "note for {NAME:mckenna} sixteen she's at {ORGANIZATION:burlington high} and the "
    "vice principal {NAME:mr desrochers} caught her vaping in the bathroom her mom "
    "{NAME:jill} wants her drug tested",
    "this is {NAME:father dominic}s referral he says {NAME:mrs kowalczyk} from the parish "
    "at {ORGANIZATION:st stanislaus} has been giving away her money to a man she met "
    "online her son {NAME:stan} lives in {LOCATION:cheektowaga}",
    "{NAME:luis} talked about the fire at his building on {LOCATION:lawrence street} in "
    "{LOCATION:lawrence} they're at the red cross shelter at the high school now his kids go to "
    "{ORGANIZATION:oliver partnership "
    "school}",
    "okay {NAME:caroline} and {NAME:peg} couples session they're fighting about "
    "{NAME:peg}s mother {NAME:ruth} moving in {NAME:ruth} is {AGE_OVER_89:ninety two} and just got "
    "out of the {ORGANIZATION:brattleboro retreat} {DATE:last tuesday}",
    "client {NAME:devonte} says his parole officer {NAME:mr gagnon} moved his check in to "
    "{DATE:the nineteenth} at nine and he can't miss work at the {ORGANIZATION:amazon} warehouse "
    "in {LOCATION:fall river}",
    "{NAME:ingrid} is doing better since she started at {ORGANIZATION:cayuga medical} as a "
    "unit clerk her ex {NAME:todd} still texts her from {LOCATION:auburn} about the kids",
    "note for {NAME:sokha chhim} she says her uncle {NAME:vuthy} was deported back to "
    "{LOCATION:phnom penh} in {DATE:august} and her aunt {NAME:sophal} is raising his kids in "
    "{LOCATION:lowell} alone",
    "this is {NAME:wyatt} the client's dad {NAME:glenn} called the office at "
    "{PHONE:eight oh two five five five one nine three four} to say {NAME:wyatt} ran away again "
    "and is probably at his girlfriend {NAME:brooke}s in {LOCATION:st albans}",
    "{NAME:shirley} says her husband {NAME:merle} fell through the ice on "
    "{LOCATION:lake champlain} ice fishing in {DATE:february} and she keeps seeing it she "
    "won't drive by {LOCATION:malletts bay} anymore",
    "client {NAME:angelo} reports he's back at the {ORGANIZATION:teamsters} hall on "
    "{LOCATION:ferry street} looking for work his sponsor {NAME:vinnie} is pushing him to "
    "do ninety in ninety",
    "okay {NAME:amara} is a nursing student at {ORGANIZATION:umass lowell} and works nights "
    "at {ORGANIZATION:lowell general} she failed her pharm exam and her advisor "
    "{NAME:dr sweeney} said she can retake it {DATE:december fifth}",
    "{NAME:kendra} brought her son {NAME:jaxon} seven he's been kicking kids on the bus to "
    "{ORGANIZATION:greece olympia} and the bus driver {NAME:miss tammy} wrote him up twice",
    "note for {NAME:walt thibodeau} he's {AGE_OVER_89:ninety six} lives alone in "
    "{LOCATION:fort kent} and his granddaughter {NAME:chloe} says he forgot the stove on "
    "twice in {DATE:october}",
    "{NAME:deshawn} says his girlfriend {NAME:aaliyah} works at the {ORGANIZATION:dunkin} on "
    "{LOCATION:main street} in {LOCATION:pawtucket} and her manager {NAME:sal} keeps giving her "
    "closing shifts",
    "client {NAME:marguerite} talked about her sister {NAME:yvette} who is in hospice at "
    "{ORGANIZATION:beacon hospice} in {LOCATION:augusta} she drives up every weekend from "
    "{LOCATION:saco}",
    "okay session with {NAME:pj} he says the guys at the firehouse on {LOCATION:elm} keep asking "
    "about the call on {LOCATION:route 9} where the kid died "
    "pcl five fifty one",
]

DESERT_AND_ISLAND_SESSIONS = [
    "{NAME:Kalani Kahananui}, 33, works as a ranger at {ORGANIZATION:Haleakalā National "
    "Park}. Since the fires in {LOCATION:Lahaina} she has nightmares; her tūtū {NAME:Leilani} "
    "lost her house on {LOCATION:Front Street}. PCL-5 49.",
    "Session with {NAME:Darnell Begay}. Drives for {ORGANIZATION:Navajo Transit} out of "
    "{LOCATION:Window Rock}. His grandmother {NAME:Louise Yazzie} raised him in "
    "{LOCATION:Chinle}; she died {DATE:October 3}. Grief work; he wants to attend the "
    "ceremony.",
    "{NAME:Xochitl Ramírez} reports her husband {NAME:Efraín} was detained by ICE outside "
    "the {ORGANIZATION:Food City} on {LOCATION:South 12th Avenue} in {LOCATION:Tucson}. "
    "Her lawyer {NAME:Ms. Castañeda} at {ORGANIZATION:Florence Project} says the hearing is "
    "{DATE:12/15}.",
    "Pt {NAME:Tommy Nakamura}, dealer at the {ORGANIZATION:Bellagio}, lives in "
    "{LOCATION:Henderson}. Gambling losses ~$40k; wife {NAME:Grace} found the statements. "
    "Gamblers Anonymous Thursdays. GAD-7 15.",
    "Telehealth with {NAME:Nuna Active}, 24, from {LOCATION:Bethel}. Her cousin "
    "{NAME:Evon} died by suicide in {DATE:September}; she flew him home to "
    "{LOCATION:Toksook Bay}. Safety plan reviewed; aunt {NAME:Martha} is her support.",
    "{NAME:SSgt. Aaron Whitfield} from {ORGANIZATION:Davis-Monthan AFB} referred by his "
    "chaplain. Divorce final {DATE:November 4}; ex-wife {NAME:Kylie} moved the kids to "
    "{LOCATION:El Paso}. Denies SI. Sleep 4 h.",
    "{NAME:Marisol} (17) attends {ORGANIZATION:Española Valley High School}; lives with "
    "grandparents in {LOCATION:Chimayó}. Cutting since spring break. Grandfather "
    "{NAME:Don Fidel} came to session. DBT skills: TIPP.",
    "Couples session: {NAME:Keoni} and {NAME:Malia Akana}. {NAME:Malia} works two jobs, at "
    "{ORGANIZATION:Foodland} in {LOCATION:Kailua} and nights at {ORGANIZATION:Queen's "
    "Medical Center}. {NAME:Keoni}'s drinking after paddling with the canoe club. Gottman repair "
    "attempts.",
    "{NAME:Violet Tsosie}, {AGE_OVER_89:93}, brought by her daughter {NAME:Bernadette} from "
    "{LOCATION:Shiprock}. Interpreter: {NAME:Leonard Benally}. Memory complaints; MoCA "
    "not valid in Diné. Referred to {ORGANIZATION:Northern Navajo Medical Center}.",
    "{NAME:Jesse Lucero} is back at work at {ORGANIZATION:Sandia Labs} after 6 weeks of "
    "leave. Manager {NAME:Cheryl Ortiz} has been supportive. Lives in {LOCATION:Rio Rancho} "
    "with partner {NAME:Andrés}. PHQ-9 8 (was 19).",
    "Intake: {NAME:Rosalind Ahmasuk}, 41, from {LOCATION:Nome}, in {LOCATION:Anchorage} for "
    "her son's treatment at {ORGANIZATION:Providence Alaska Medical Center}. Staying at "
    "the {ORGANIZATION:Ronald McDonald House}. Husband {NAME:Pete} is on the boat.",
    "{NAME:Brandon Keliʻi} reports he was fired from {ORGANIZATION:Hawaiian Electric} "
    "after the DUI on {LOCATION:Kamehameha Highway} on {DATE:10/28}. Court in "
    "{LOCATION:Kaneohe} {DATE:1/9/2027}. AUDIT 24.",
    "{NAME:Yesenia} says her boss at the {ORGANIZATION:Circle K} on {LOCATION:Indian School Road} "
    "makes her work alone at night after the robbery. She lives in {LOCATION:Maryvale} with "
    "her mother {NAME:Lupe} and 3 kids.",
    "Pt {NAME:Harold Runningwater} from {LOCATION:Taos Pueblo} discussed his time at "
    "the {ORGANIZATION:Santa Fe Indian School} in the 1960s. Boarding-school grief. "
    "Daughter {NAME:Renée} wants him to see {ORGANIZATION:Taos Behavioral Health}.",
    "{NAME:Makena Souza} (14) at {ORGANIZATION:Kamehameha Schools Kapālama}, bullied on "
    "Snapchat by {OTHER_ID:@lani_babyy808}. Mom {NAME:Noelani} screenshot it; school counselor "
    "{NAME:Mr. Fonoti} notified {DATE:Nov 17}.",
    "{NAME:Gus Pappas} runs {ORGANIZATION:Pappas Diner} in {LOCATION:Elko}. Since the "
    "heart attack in {DATE:July} he worries about money and his son {NAME:Nick} taking over. "
    "Cardiologist {NAME:Dr. Hemmings} cleared him for work.",
    "{NAME:Ana Lilia Chávez} works at {ORGANIZATION:Intel} in {LOCATION:Chandler}. Panic "
    "attacks on the {LOCATION:Loop 202}. Her sister {NAME:Beatriz} drives her on bad days. "
    "Interoceptive exposure started.",
    "Session with {NAME:Tuli Faleolo}. Moved from {LOCATION:Pago Pago} to "
    "{LOCATION:Waipahu} in {DATE:June}; works at {ORGANIZATION:Costco Waipio}. Uncle "
    "{NAME:Sione} pressures him to send money home. Church: {ORGANIZATION:Waipahu "
    "Samoan Assembly of God}.",
    "{NAME:Crystal Joe} missed {DATE:11/3} and {DATE:11/10}; no phone on file works. Left "
    "message with her aunt {NAME:Ella} at {PHONE:(928) 555-0172}. She may be at her "
    "mother's place near {LOCATION:Kayenta}.",
    "Group (DBT skills, {DATE:12/1}): {NAME:Ofelia}, {NAME:Jazmin R.}, {NAME:Tori}, "
    "{NAME:Kaimana}. {NAME:Tori} shared about relapse after the funeral in "
    "{LOCATION:Laughlin}. Distress tolerance: ACCEPTS.",
]

CLINIC_RECORDS_FOURTH_ROUND = [
    "DISCHARGE SUMMARY\nPATIENT: {NAME:MCALLISTER, GRETCHEN A}  MR#: {MRN:7730142}\n"
    "ADMITTED: {DATE:11/14/2026}  DISCHARGED: {DATE:11/21/2026}\nATTENDING: "
    "{NAME:PRAKASH NAIR}, M.D.\nHOSPITAL COURSE: 47F with bipolar I, admitted via "
    "{ORGANIZATION:Sinai ED} for mania. Lithium restarted, level 0.9 on {DATE:11/19}. "
    "Follow up with {NAME:Dr. Lindgren} at {ORGANIZATION:Sheppard Pratt} {DATE:12/3}.",
    "PSYCHIATRIC CONSULTATION\nDATE: {DATE:11/30/2026}\nREFERRING: {NAME:Anita Bose}, MD, "
    "Hospitalist\nPt is a 71M with new delirium after TURP. Wife {NAME:Joan} reports "
    "baseline independent, retired from {ORGANIZATION:Corning}. CAM positive. Haloperidol "
    "0.5 mg prn. {NAME:T. Okafor}, MD / pager {OTHER_ID:4471}",
    "EMERGENCY DEPARTMENT RECORD\n{NAME:Zuniga, Ricardo}  DOB {DATE:2/2/1988}  "
    "Acct {ACCOUNT:A00917734}\nArrived by {ORGANIZATION:Tempe Fire} at 0312 after a fight "
    "at {ORGANIZATION:Casey Moore's} on {LOCATION:Ash Ave}. BAL 0.21. Lac to scalp repaired. "
    "SI screen negative.",
    "Record date: {DATE:2026-10-08}\n{NAME:WALDRON, EUGENE}  {MRN:551-08-337}\nHPI: 84M "
    "seen with daughter ({NAME:Patricia Waldron-Hayes}) for low mood since wife's death "
    "({DATE:8/2026}). Lives in {LOCATION:Shaker Heights}. GDS 11. Sertraline 25.\n"
    "{NAME:L. Feng}, NP",
    "INTAKE ASSESSMENT — {ORGANIZATION:RIVERBEND COUNSELING}\nClient: {NAME:Tamsin "
    "Oduya}  Date: {DATE:11/11/26}\nReferred by: {NAME:Coach Reilly}, "
    "{ORGANIZATION:Oberlin College} Athletics\nPresenting problem: restrictive eating, "
    "amenorrhea x4 months. Parents in {LOCATION:Shaker Heights}.",
    "Letter\n{DATE:November 25, 2026}\nTo: {ORGANIZATION:Allegheny County Children, Youth "
    "and Families}\nRe: {NAME:Jaylen Brooks} (DOB {DATE:06/11/2015})\n{NAME:Jaylen} has "
    "attended weekly TF-CBT since {DATE:March}. Mother {NAME:Ms. Tonya Brooks} has attended "
    "all caregiver sessions.\nSincerely,\n{NAME:Helen Marsh}, LPC",
    "PRIOR AUTHORIZATION REQUEST\nMember: {NAME:Delacroix, Simone}  ID: "
    "{HEALTH_PLAN:ZGP918330041}\nPlan: {ORGANIZATION:Highmark Blue Shield}\nRequested: IOP "
    "5 days/wk x 4 wks at {ORGANIZATION:UPMC Western Behavioral Health}\nNPI "
    "{LICENSE:1730284419}  Fax {FAX:412-555-0193}",
    "NURSING NOTE {DATE:12/01/2026} 2230\nPt ({NAME:Hollis Garner}, rm {LOCATION:4127}) "
    "pacing, asked for his brother {NAME:Dwayne}'s number. Called {PHONE:304-555-0148}, no "
    "answer. Q15 checks. PRN hydroxyzine given. — {NAME:K. Mullins}, RN",
    "CLINIC NOTE\n{NAME:Ms. Adaeze Nwosu} returns for med management. Works at "
    "{ORGANIZATION:Baylor Scott & White} in {LOCATION:Temple} as a respiratory therapist. "
    "Escitalopram 10 -> 15. Next visit {DATE:1/6/27}.\n{NAME:Rebecca Stroud}, PMHNP-BC",
    "OPERATIVE/PROCEDURE NOTE — ECT #7\nPatient: {NAME:Lionel Barrow}  MRN "
    "{MRN:000442913}\nDate: {DATE:11/24/2026}\nAnesthesia: {NAME:Dr. Kwame Asante}\n"
    "Seizure 42 s EEG. Tolerated well. Wife {NAME:Frances} to drive home.",
    "{NAME:Stephanie Kowal}, 38, presents to {ORGANIZATION:Froedtert} ED after her ex "
    "{NAME:Brian Kowal} violated the restraining order (case {OTHER_ID:2026CV004417}) at "
    "her home, {LOCATION:2217 N. 68th St}, {LOCATION:Wauwatosa}.",
    "SOCIAL WORK NOTE\nPt's landlord ({NAME:Mr. Dibiase}, {PHONE:716-555-0129}) will hold "
    "the apartment at {LOCATION:84 Hertel Ave}, {LOCATION:Buffalo} until {DATE:12/15}. "
    "Medicaid # {HEALTH_PLAN:XY44192K} confirmed. Transport by {ORGANIZATION:Medical "
    "Answering Services}.",
    "Record date: {DATE:2099-03-14}\nPCP note. {NAME:Quincy Abernathy} 56yo with DM2, MDD. "
    "A1c 8.4. PHQ-9 12. Works at the {ORGANIZATION:Ford} plant in {LOCATION:Dearborn}. "
    "Referred to {ORGANIZATION:ACCESS} behavioral health. {NAME:Dr. Z. Haddad}",
    "DISCHARGE INSTRUCTIONS\nName: {NAME:Paisley Vance}  Age: 15\nFollow-up: "
    "{ORGANIZATION:Children's Mercy} Behavioral Health, {NAME:Dr. Olamide Ade}, "
    "{DATE:Dec 8} at 2:00 PM, {PHONE:816-555-0180}\nSchool: {ORGANIZATION:Blue Valley "
    "Northwest} — return {DATE:12/9}.",
    "TRANSFER NOTE\nFrom: {ORGANIZATION:Hennepin Healthcare} 7th floor\nTo: "
    "{ORGANIZATION:Anoka Metro Regional Treatment Center}\nPatient {NAME:Dorian Lee "
    "Whitcomb}, civil commitment {OTHER_ID:27-MH-PR-26-1184}. Clozapine 300 mg. ANC "
    "{DATE:11/27} 2.4.",
    "LAB REQUISITION\nPt: {NAME:Fatima Qureshi}  DOB: {DATE:09/30/1979}\nOrdering: "
    "{NAME:J. Whitaker} DO\nTests: lithium level, BMP, TSH\nDraw at {ORGANIZATION:Quest "
    "Diagnostics}, {LOCATION:1400 Dempster St}, {LOCATION:Park Ridge}",
    "TELEPHONE ENCOUNTER {DATE:11/18/2026} 4:40 PM\nCaller: {NAME:Wanda Pruitt} (mother) re: "
    "{NAME:Corey Pruitt}. States he left {ORGANIZATION:Fellowship Hall} AMA and is at his "
    "cousin's in {LOCATION:Asheboro}. Advised 988 / {ORGANIZATION:Randolph County} mobile "
    "crisis.",
    "ADMISSION H&P\n{NAME:BERGSTROM, AXEL}  MRN {MRN:88-1042-7}\nChief complaint: 'voices "
    "told me to walk into the lake.' Found by {ORGANIZATION:Duluth PD} at "
    "{LOCATION:Canal Park} {DATE:11/29}. Hx schizophrenia; last Invega Sustenna "
    "{DATE:9/14}.",
    "PROGRESS NOTE {DATE:11/20/26}\nS: {NAME:Imani} says the IEP meeting at "
    "{ORGANIZATION:Sojourner Truth Academy} went badly; teacher {NAME:Mrs. Gallardo} "
    "described her as defiant.\nO: tearful, linear.\nA/P: continue CBT; letter to school.\n"
    "{NAME:D. Reyes}, LCSW",
    "CONSULT — ADDICTION MEDICINE\n{NAME:Mr. Tobias Quill}, 29, day 3 of admission at "
    "{ORGANIZATION:Maine Med} for endocarditis. IVDU. Partner {NAME:Jess} also uses. "
    "Started buprenorphine. Linked to {ORGANIZATION:Portland Recovery Community Center}. "
    "Phone {PHONE:207.555.0166}.",
]

SPOKEN_NOTES_EIGHTH_ROUND = [
    "okay note for {NAME:latoya simmons} she says her son {NAME:jamari} got suspended from "
    "{ORGANIZATION:northside middle} for fighting and her mother {NAME:miss edna} is keeping "
    "him while she works at the {ORGANIZATION:tyson} plant in {LOCATION:wilkesboro}",
    "client {NAME:buddy} reports his wife {NAME:charlene} left him the week after {DATE:easter} "
    "and took the truck to her sister {NAME:darlene}s in {LOCATION:danville} he's "
    "been sleeping in the shop",
    "this is {NAME:hadley} she's a sophomore at {ORGANIZATION:app state} and she had a panic "
    "attack in the library her roommate {NAME:sage} walked her to student health",
    "{NAME:mr pettaway} says the foreman at {ORGANIZATION:newport news shipbuilding} "
    "{NAME:mr crenshaw} keeps calling him boy in front of the crew he filed with hr on "
    "{DATE:october twenty ninth}",
    "session with {NAME:yolanda} and her daughter {NAME:keyonna} about {NAME:keyonna} staying out "
    "all night with a boy named {NAME:tre} from {LOCATION:dorchester county}",
    "okay {NAME:gail} says her husband {NAME:ronnie} was admitted to {ORGANIZATION:duke "
    "regional} with chest pain on thursday and she hasn't left his side",
    "client {NAME:tomas} reports the poultry plant in {LOCATION:gainesville} cut his shift "
    "and his cousin {NAME:rigoberto} wants him to come work roofing in {LOCATION:atlanta}",
    "{NAME:mary beth} talked about her daddy {NAME:harlan} who is {AGE_OVER_89:ninety one} "
    "and still drives to hardees every morning she's scared he'll wreck",
    "note for {NAME:dequan} he's at the {ORGANIZATION:salvation army} shelter on "
    "{LOCATION:boulevard} and his case manager {NAME:ms priddy} is helping him get his id",
    "this is {NAME:brittany caudill} she's pregnant with her third the father {NAME:cody} is "
    "locked up at {ORGANIZATION:wallens ridge} and she's due {DATE:february ninth}",
    "okay {NAME:alma} and {NAME:ignacio} came in together their son {NAME:nacho} was picked up "
    "by ice at the {ORGANIZATION:home depot} on {LOCATION:buford highway} on monday morning",
    "client {NAME:reggie} talked about his time at {ORGANIZATION:fort bragg} and the "
    "helicopter crash in twenty eleven his buddy {NAME:sanchez} didn't make it",
    "{NAME:savannah} is fourteen and in foster care with the {NAME:whitfields} in "
    "{LOCATION:summerville} her caseworker {NAME:ms boykin} from {ORGANIZATION:dorchester "
    "county dss} says the visit with her mom is {DATE:the twentieth}",
    "this is {NAME:earl}s session he says his daughter {NAME:tammy} took his checkbook and he "
    "can't pay the light bill at duke energy he banks at first citizens",
    "{NAME:nikki} reports she got a dui on {LOCATION:i eighty five} near {LOCATION:spartanburg} "
    "after her shift at {ORGANIZATION:bmw} her court date is {DATE:january sixth}",
    "okay {NAME:pastor greene} referred {NAME:deacon moss} who lost his wife {NAME:bernice} "
    "in {DATE:september} he says {ORGANIZATION:mt zion} has been bringing food",
    "client {NAME:jolene} talked about her son {NAME:kaden} who is at the {ORGANIZATION:hope "
    "center} in {LOCATION:asheville} for meth he calls her sundays",
    "{NAME:francisco} says his boss {NAME:mr lyle} at {ORGANIZATION:southern states} is "
    "threatening to call immigration if he complains about the overtime",
    "this is for {NAME:ashleigh} she works at the {ORGANIZATION:chick fil a} on {LOCATION:wade "
    "avenue} and a customer followed her to her car now she won't close",
    "{NAME:tucker} says he's drinking every night at the {ORGANIZATION:tipsy goat} since his "
    "girlfriend {NAME:laney} moved back to {LOCATION:greenville} audit twenty two",
]

PORTAL_AND_TEXT_MESSAGES = [
    "hi its {NAME:kayla} from tuesdays group can i move my appt to {DATE:thurs 12/10} i have "
    "to take my son to the dentist in {LOCATION:brockton}",
    "{NAME:Dr. Feld} - this is {NAME:Ron Mastroianni}, {NAME:Gina}'s husband. She won't get "
    "out of bed since Sunday. My cell is {PHONE:617 555 0123}. Please call.",
    "hey its me {NAME:dani} lol i lost my job at ulta so i cant pay the copay "
    "this week can we do a payment plan",
    "Message from portal: {NAME:Harold Jenks} (DOB {DATE:3/12/1951}) requests refill of "
    "sertraline 100mg to {ORGANIZATION:CVS} {LOCATION:Main St} {LOCATION:Wareham}.",
    "voicemail {DATE:11/30} 8:14pm: hi this is {NAME:Marisol Ocasio} calling for "
    "{NAME:Dr. Petrakis} my daughter {NAME:Yaritza} is in the {ORGANIZATION:St. Anne's} ER "
    "again call me back at {PHONE:508-555-0147} thank you",
    "Subject: letter for court\nHi {NAME:Meredith}, my lawyer {NAME:Josh Adler} needs a letter "
    "saying I've been attending since {DATE:June}. The hearing is {DATE:Dec 18} at "
    "{ORGANIZATION:Bristol Probate and Family Court}. Thanks, {NAME:Cass}",
    "text from client: cant come today my car broke down on {LOCATION:rt 24} by the "
    "{LOCATION:raynham} exit, my brother {NAME:mikey} is coming to get me",
    "hi {NAME:ms chen} its {NAME:tavon}s mom {NAME:shanice} he said he wants to hurt "
    "himself again we r at {ORGANIZATION:childrens} now in the waiting room",
    "Portal msg {DATE:12/01/2026} from {NAME:Eleanor Whitcomb}: My husband {NAME:Walter} "
    "({AGE_OVER_89:94}) passed last night at {ORGANIZATION:Hebrew SeniorLife}. I will not "
    "be at my appointment.",
    "Hi! {NAME:Jess Tavares} here. New insurance: {ORGANIZATION:Tufts Health Plan} member "
    "ID {HEALTH_PLAN:TH0047712938}. My new address is {LOCATION:18 Crescent St}, "
    "{LOCATION:Taunton} {LOCATION:02780}.",
    "text: hey can u send the form to my job its {EMAIL:hr@capecodfivebank.com} attn "
    "{NAME:Linda} my boss needs it by friday",
    "Voicemail: This is {NAME:Officer Dunleavy} with {ORGANIZATION:New Bedford Police}, "
    "badge {OTHER_ID:1187}, calling about {NAME:Kevin Pacheco}. Call me at "
    "{PHONE:508-555-0190 ext 24}.",
    "hey its {NAME:jordy} my grandma vovo is sick in {LOCATION:são miguel} im flying "
    "out {DATE:the 9th} so i'll miss 2 sessions",
    "{NAME:Ashley Rocha} sent a message: I found a therapist closer to home at "
    "{ORGANIZATION:Seven Hills Behavioral Health} in {LOCATION:New Bedford}, please send my "
    "records. Fax {FAX:508-555-0166}.",
    "hi this is {NAME:sandy} from the y front desk, {NAME:rob}s membership "
    "scholarship needs your signature",
    "Email from {EMAIL:d.okafor77@gmail.com}: Dear {NAME:Dr. Lin}, my son {NAME:Chidi} "
    "started at {ORGANIZATION:Bridgewater State} and is struggling. Can he be seen over winter "
    "break?",
    "text from {PHONE:774-555-0102}: its {NAME:bree} im ok now, {NAME:tyler} came back and "
    "we talked. see u wed",
    "Message: Hello, I am {NAME:Nguyen Thi Lan}'s daughter {NAME:Vy}. My mother needs a "
    "Vietnamese interpreter for {DATE:12/15}. Her number is {PHONE:(508) 555-0183}.",
    "portal: {NAME:Brandon Silvia} uploaded a photo of his work schedule from "
    "{ORGANIZATION:Home Depot} {LOCATION:Dartmouth} asking to change to evenings",
    "hey {NAME:ms rose} its {NAME:kenzie} my mom {NAME:tracy} kicked me out again im staying "
    "at my friend {NAME:ariana}s on {LOCATION:county st} can we talk tmrw",
]

EVERY_KIND_SEVENTEENTH = [
    "{NAME:Colleen Fitzgerald} (DOB {DATE:07/22/1983}, MRN {MRN:4471902}) seen "
    "{DATE:11/23/2026}. Works as a paralegal at {ORGANIZATION:Hinckley Allen} in "
    "{LOCATION:Providence}. Husband {NAME:Sean} deployed. GAD-7 16.",
    "{NAME:Mr. Delgado}'s SSN on the intake ({SSN:031-44-8812}) was entered wrong; corrected. "
    "Plates {VEHICLE:8XKP442} on his Civic listed for the parking permit.",
    "Client {NAME:Ayesha Siddiqui} asked that we not leave messages at home "
    "({PHONE:401-555-0128}); use work line {PHONE:401-555-0199 x3}. Employer: "
    "{ORGANIZATION:Lifespan}.",
    "Session by Zoom ({URL:https://zoom.us/j/8841203317}). {NAME:Theo} (he/him) joined from "
    "his dorm at {ORGANIZATION:Brown}; roommate {NAME:Kai} in the background.",
    "{NAME:Gloria Estrada}, {AGE_OVER_89:97}, widow; daughter {NAME:Pilar Estrada-Young} "
    "brought her from {ORGANIZATION:Brookdale} {LOCATION:Sharon}. Grief for son "
    "{NAME:Manny}, died {DATE:Aug 2026}.",
    "Insulin pump serial {DEVICE:PMP-778102-K} alarmed during session; {NAME:Riley} (15) "
    "managed it. Mom {NAME:Dana} picked her up at 4:50 on {DATE:11/19}.",
    "{NAME:Hector Vargas} drives for {ORGANIZATION:Peter Pan Bus Lines} out of "
    "{LOCATION:Springfield}; CDL {LICENSE:S99-44-7781}. Sleep apnea, CPAP 12. Off work "
    "since {DATE:10/31}.",
    "Court-ordered eval for {NAME:Justin Pare}, docket {OTHER_ID:2633CR001187}, "
    "{ORGANIZATION:Fall River District Court}. PO {NAME:Ms. Amaral}.",
    "{NAME:Rev. Clarence Hightower} of {ORGANIZATION:Greater Love Tabernacle} called on "
    "behalf of congregant {NAME:Mrs. Odessa Grant}; she consented by phone "
    "{DATE:12/1/2026}.",
    "New client {NAME:Paulo Medeiros}, 38, fisherman out of {LOCATION:New Bedford} on the "
    "F/V {OTHER_ID:Lady Fatima}. Lost two fingers {DATE:last March}. Lives at "
    "{LOCATION:212 Rodney French Blvd}.",
    "Fingerprint card submitted for {NAME:Dr. Ama Owusu}'s DCF "
    "background check {DATE:11/20}; result to {EMAIL:aowusu@harborlightcounseling.org}.",
    "{NAME:Mia} (8) drew her family: mom {NAME:Krystal}, baby {NAME:Nova}, and "
    "\"Papa {NAME:Joe}\" who lives in {LOCATION:Swansea}. Play themes of hiding.",
    "Billing: acct {ACCOUNT:000-118-4427}, {ORGANIZATION:BCBS MA} {HEALTH_PLAN:XJG448102273}; "
    "client {NAME:Derek Souza}; claim {OTHER_ID:C-2026-114487} denied {DATE:11/12}.",
    "{NAME:Imani Carter} reports her ex {NAME:DeShawn Little} posted a photo of her on Instagram "
    "as {OTHER_ID:@dlittle_508}.",
    "{NAME:Alberto} (pt's father) called from {ORGANIZATION:Charlton Memorial} room "
    "{LOCATION:512}; pt admitted overnight {DATE:11/28-29} after OD.",
    "Met {NAME:Coach Tiernan} at {ORGANIZATION:Dartmouth High} re: {NAME:Aiden}'s "
    "concussion and mood; {DATE:Nov 6} game.",
    "{NAME:Oksana Kravets} (interpreter {NAME:Yuliia}) arrived from {LOCATION:Kharkiv} in "
    "{DATE:April 2025}; lives with sponsor family the {NAME:Harringtons} in "
    "{LOCATION:Mattapoisett}.",
    "IP {IP:73.114.20.188} flagged on the portal for {NAME:Gregory Lima}'s account "
    "({ACCOUNT:u-448120}); password reset {DATE:12/02/2026}.",
    "{NAME:Keisha Brown} brought her son {NAME:Malik}, 6, whose teacher {NAME:Mrs. "
    "Pimentel} at {ORGANIZATION:Hathaway Elementary} reports hitting. Vanderbilt pending.",
    "{NAME:Bob Silva} retired from {ORGANIZATION:Titleist} in 2019; wife "
    "{NAME:Lorraine} says he's withdrawn since his brother {NAME:Artie} died on "
    "{DATE:Christmas Eve}.",
]

SPOKEN_NOTES_NINTH_ROUND = [
    "okay note for {NAME:kenny rausch} he got laid off from {ORGANIZATION:whirlpool} in "
    "{LOCATION:clyde} after nineteen years and his wife {NAME:deb} is on him about the "
    "mortgage phq nine twenty",
    "client {NAME:marisela} says her husband {NAME:chuy} works the line at {ORGANIZATION:foster "
    "farms} in {LOCATION:livingston} and comes home at three in the morning drunk",
    "this is {NAME:brayden}s session his mom {NAME:crystal} says he got in a fight at "
    "{ORGANIZATION:ben davis} and the resource officer {NAME:officer kemp} wrote him up",
    "{NAME:arturo} reports his brother {NAME:lalo} was killed in a crash on "
    "{LOCATION:highway ninety nine} near {LOCATION:delano} on {DATE:the sixth} and the "
    "funeral is at {ORGANIZATION:our lady of guadalupe} {DATE:saturday the fourteenth}",
    "okay {NAME:ruthie} says her daughter in law {NAME:kim} won't let her see the grandbabies "
    "since the fight at {DATE:thanksgiving} she lives out on {LOCATION:county road "
    "eighteen}",
    "session with {NAME:lyle} he's a hog farmer outside {LOCATION:pella} and the bank "
    "{ORGANIZATION:two rivers} is calling his note he hasn't told his wife {NAME:jan}",
    "note for {NAME:anh} she says her mom {NAME:bich} who is {AGE_OVER_89:ninety three} "
    "fell at the {ORGANIZATION:methodist home} on {LOCATION:ames avenue} and broke her hip",
    "client {NAME:travis} talked about his dad {NAME:big earl} who used to beat him with a "
    "belt in the barn in {LOCATION:kokomo} he hasn't talked to him since two thousand fifteen",
    "okay {NAME:jazzy} is back from {ORGANIZATION:valle vista} she was there ten days and "
    "her therapist there {NAME:ms oduya} wants her in iop at {ORGANIZATION:community north}",
    "{NAME:gloria} says her son {NAME:marcus} is at {ORGANIZATION:pendleton} and she drives "
    "up every other sunday to see him he gets out in {DATE:march}",
    "this is for {NAME:destiny} she's sixteen and pregnant and her boyfriend {NAME:jayden} "
    "works at the {ORGANIZATION:casey's} on {LOCATION:fourth street} in {LOCATION:newton} she "
    "wants to "
    "keep it",
    "client {NAME:ellie} reports her roommate {NAME:hannah} at {ORGANIZATION:drake} found "
    "her pills and called her parents in {LOCATION:sioux city}",
    "okay {NAME:wes} says he's been staying at the {ORGANIZATION:open door mission} since "
    "his girlfriend {NAME:tiff} kicked him out on {DATE:halloween}",
    "note for {NAME:mrs yoder} she says her husband {NAME:amos} won't let her use the phone "
    "and the bishop {NAME:eli} says she must submit",
    "{NAME:dominic} talked about his job at the {ORGANIZATION:honda} plant in "
    "{LOCATION:marysville} they moved him to nights and his daughter {NAME:bella} cries when he "
    "leaves",
    "this is {NAME:leticia} she works at {ORGANIZATION:taqueria el farolito} on "
    "{LOCATION:west street} and the owner {NAME:don chuy} hasn't paid her in three weeks",
    "okay couples session {NAME:rick} and {NAME:pam} they met at {ORGANIZATION:iowa state} "
    "thirty years ago and now {NAME:pam} wants a divorce",
    "client {NAME:sarge} is a vet he was at the {ORGANIZATION:va} in {LOCATION:iowa city} last "
    "week for "
    "his knee and they asked about suicide he said no but told me yes",
    "{NAME:hope} says her mom {NAME:tammy lynn} died at {ORGANIZATION:st vincent} on "
    "{DATE:november second} and the viewing was at {ORGANIZATION:flanner buchanan}",
    "note for {NAME:jose luis} he says his sister {NAME:maricruz} is stuck in "
    "{LOCATION:tijuana} waiting on her asylum interview {DATE:december twelfth}",
]

LONGITUDINAL_RECORDS_SECOND = [
    "Record date: {DATE:2082-05-17}\n\n{ORGANIZATION:RIVERTON MEDICAL GROUP}\n\n"
    "{NAME:Fairbanks, Harriet} {MRN:88102945}\n\n{NAME:Ms. Fairbanks} is a 58 yo woman seen "
    "for depression f/u. Husband {NAME:Arnold} was admitted to {ORGANIZATION:Saint Agnes} "
    "{DATE:4/30} for CHF. She reports poor sleep. PHQ-9 18. Will increase bupropion XL to "
    "300.\n\n{NAME:Leonard Ashby}, M.D.\n{NAME:LA}:{NAME:jt}",
    "Record date: {DATE:2069-12-03}\n\nPSYCHIATRIC EVALUATION\n\nID: {NAME:Kwabena Osei}, "
    "31M, grad student at {ORGANIZATION:Tufts}, referred by {NAME:Dr. Hollis} from Student "
    "Health. Hx of MDD, first episode 2063. Lives in "
    "{LOCATION:Medford} with roommate.\nImpression: MDD, recurrent, moderate.",
    "Record date: {DATE:2090-02-28}\n\nInterval history: {NAME:Mrs. Pruitt} called on "
    "{DATE:2/21} reporting SI after her son {NAME:Tanner}'s arrest. Seen in "
    "{ORGANIZATION:Westgate ED}, discharged home {DATE:2/22}. Today denies SI. Safety plan "
    "updated with daughter {NAME:Kayla} ({PHONE:555-303-8841}).\n\n{NAME:R. Bajwa}, LICSW",
    "Record date: {DATE:2077-09-14}\n\nCARDIOLOGY CONSULT\nRequesting physician: "
    "{NAME:Dr. Evelyn Strauss}\n\n{NAME:Mr. Haskell} is a 72M with depression on "
    "citalopram 40 with QTc 512 on {DATE:9/12}. Recommend reducing to 20 mg. Discussed with "
    "{NAME:Dr. Strauss}.\n{NAME:Anil Mehrotra}, MD, {ORGANIZATION:Kingsbridge Heart "
    "Institute}",
    "Record date: {DATE:2085-07-07}\n\nCC: medication check\n\n{NAME:Dolores Whitcomb} "
    "({AGE_OVER_89:93}) here with niece {NAME:Patrice}. Lives at {ORGANIZATION:Maplewood "
    "Senior Living}, {LOCATION:Unit 214}. Mild NCD; mood stable on mirtazapine. MMSE 22/30.\n"
    "Dictated by: {NAME:G. Ortega}, NP",
    "Record date: {DATE:2093-10-20}\n\nNAME: {NAME:Delacroix, Jean-Baptiste}\nMR# "
    "{MRN:7730-5521}\n\n45M Haitian-American taxi driver in {LOCATION:North Miami}, "
    "referred after assault on {DATE:10/2}. Nightmares, avoidance of {LOCATION:Biscayne "
    "Blvd}. PCL-5 58. Wife {NAME:Marie-Claude} present. Start prazosin.",
    "Record date: {DATE:2081-04-11}\n\nADDENDUM: Spoke with pt's PCP {NAME:Dr. Nakagawa} at "
    "{ORGANIZATION:Kaiser Roseville} ({PHONE:916-555-0187}) re: lithium and new lisinopril. "
    "Will check level {DATE:4/18}. - {NAME:MTF}",
    "Record date: {DATE:2088-01-25}\n\nSOCIAL HISTORY: Born in {LOCATION:Gary}, grew up in "
    "foster care. Worked 20 yrs at {ORGANIZATION:U.S. Steel Gary Works} until layoff in 2085. "
    "Divorced from {NAME:Sharon}; one son {NAME:Demarco} in {LOCATION:Merrillville}. "
    "Drinks 6-8 beers/day.",
    "Record date: {DATE:2072-08-03}\n\nBaby girl {NAME:Nunez} (mother {NAME:Alejandra "
    "Nunez}, MRN {MRN:55019283}) NICU day 12. Mother's EPDS 17; social work consulted. "
    "Father {NAME:Oscar} works at {ORGANIZATION:Sun-Maid}. Follow up {NAME:Dr. Ybarra}.",
    "Record date: {DATE:2095-06-30}\n\nPROBLEM LIST\n1. PTSD (combat, {LOCATION:Fallujah} "
    "2004)\n2. AUD in remission since {DATE:3/2089}\n3. DM2\nVA: {ORGANIZATION:Jesse "
    "Brown VAMC}. Case manager {NAME:Tonya Reese} {PHONE:x4471}.",
    "Record date: {DATE:2079-11-15}\n\nDISCHARGE SUMMARY\nDate of admission: "
    "{DATE:11/08/2079}\nDate of discharge: {DATE:11/15/2079}\nAttending: {NAME:Sunita "
    "Raman}, MD\n\n{NAME:Ms. Lacey Beaudoin} admitted from {ORGANIZATION:Cheshire Medical "
    "Center} ED after OD on acetaminophen. Mucomyst per protocol. Psych f/u with "
    "{ORGANIZATION:Monadnock Family Services}.",
    "Record date: {DATE:2086-03-02}\n\nTelephone note: {NAME:Mr. Gutierrez}'s daughter "
    "{NAME:Lourdes} called ({PHONE:(559) 555-0132}); father fell at home on "
    "{LOCATION:Olive Ave} yesterday, taken to {ORGANIZATION:Community Regional}. Will see "
    "him inpatient. {NAME:ck}",
    "Record date: {DATE:2074-12-19}\n\nHPI: 26F G1P0 at 30 wks, referred by OB "
    "{NAME:Dr. Halvorsen} for anxiety. Partner {NAME:Ty} is deployed with the 82nd Airborne. Her "
    "mother ({NAME:Jolene}) is coming from "
    "{LOCATION:Fayetteville} for the birth.",
    "Record date: {DATE:2083-07-21}\n\nMEDICATIONS: sertraline 150, trazodone 50 qhs, "
    "metformin 1000 bid\nALLERGIES: PCN\nPHARMACY: {ORGANIZATION:Walgreens} "
    "{LOCATION:#09921}, {LOCATION:Route 9}, {LOCATION:Framingham}\nPCP: {NAME:Helen Tsai}, "
    "MD",
    "Record date: {DATE:2098-09-09}\n\n{NAME:Rev. Thaddeus Booker}, 67, pastor of "
    "{ORGANIZATION:Greater Mount Olive}, seen for grief after wife {NAME:Cora}'s death "
    "{DATE:8/17}. Congregation supportive. No SI. Follow up {DATE:9/30}.\n{NAME:JKW}/{NAME:sd}",
    "Record date: {DATE:2071-04-04}\n\nLABS {DATE:4/1}: Na 131, TSH 0.3, Li 1.4 (H).\n"
    "Called pt at {PHONE:207-555-0112}; held lithium x1 day. Pt {NAME:Abigail Thorne} agreed. "
    "Recheck {DATE:4/6} at {ORGANIZATION:Pen Bay}. {NAME:W. Haines}, PA-C",
    "Record date: {DATE:2092-10-10}\n\nINITIAL VISIT\n{NAME:Yusuf Abdi}, 19, from "
    "{LOCATION:Cedar-Riverside}, student at {ORGANIZATION:Augsburg}. Brought by uncle "
    "{NAME:Farah}. Hearing voices x 2 months. Somali interpreter {NAME:Hodan}.",
    "Record date: {DATE:2080-06-18}\n\nFollow-up. {NAME:Mr. Lindqvist} reports his company "
    "{ORGANIZATION:Nordic Timber Supply} in {LOCATION:Duluth} went under. Sleeping 3-4 h. "
    "Ex-wife {NAME:Ingrid} has the kids in {LOCATION:Superior}. PHQ-9 21, SI passive.",
    "Record date: {DATE:2075-01-30}\n\nLetter to {NAME:Judge Amato}, {ORGANIZATION:Middlesex "
    "Superior Court}, re: {NAME:Kevin Doherty} (docket {OTHER_ID:1981CR00412}). {NAME:Mr. "
    "Doherty} has attended treatment since {DATE:9/2074}.",
    "Record date: {DATE:2097-02-14}\n\n{NAME:Teodora Vlasić} is an 81 yo widow who emigrated "
    "from {LOCATION:Split} in 1968. Lives alone in {LOCATION:San Pedro}; son "
    "{NAME:Ante} visits Sundays. GDS 9. Referred to {ORGANIZATION:Harbor Senior Center}.",
]

COUPLES_AND_FAMILY_SESSIONS = [
    "Couples session: {NAME:Marcus} and {NAME:Deja Whitaker}. {NAME:Deja} says {NAME:Marcus} "
    "\"disappears\" into gaming; {NAME:Marcus} says she criticizes. Four horsemen psychoed. "
    "Her mom {NAME:Loretta} is staying with them through {DATE:New Year's}.",
    "Family session with the {NAME:Okafors}: {NAME:Chidi} (dad), {NAME:Amaka} (mom), "
    "{NAME:Tobe} (16), {NAME:Ada} (12). {NAME:Tobe} was caught with a vape at "
    "{ORGANIZATION:Lakota East}. Dad raised his voice; {NAME:Ada} cried.",
    "Group (women's trauma, {DATE:11/24}): {NAME:Brandy}, {NAME:Sol}, {NAME:Mercy}, "
    "{NAME:Kat R.}. {NAME:Mercy} shared about her ex {NAME:Dwight} showing up at the "
    "{ORGANIZATION:Kroger} on {LOCATION:Morse Road}. {NAME:Sol} offered a ride.",
    "{NAME:Summer} and {NAME:Will} (married 11 yrs) came in after {NAME:Will}'s affair with "
    "a coworker at {ORGANIZATION:Nationwide}. {NAME:Summer} wants to know her name; "
    "{NAME:Will} refuses.",
    "Family: Grandma {NAME:Pearl} ({AGE_OVER_89:90}) has custody of {NAME:Journee} (7) and "
    "{NAME:King} (5) since their mother {NAME:Shaniqua} went to {ORGANIZATION:Marysville "
    "Reformatory}. {NAME:King} wets the bed.",
    "Couple: {NAME:Priya} and {NAME:Rohan Iyer}. In-law conflict: his parents arrive from "
    "{LOCATION:Chennai} {DATE:Dec 20} for three months. {NAME:Priya} works at "
    "{ORGANIZATION:Cardinal Health} and feels unheard.",
    "Blended family session: {NAME:Jenna} (mom), stepdad {NAME:Cole}, {NAME:Aubrey} (14), "
    "stepbrother {NAME:Gavin} (15). {NAME:Aubrey} says {NAME:Gavin} reads her texts. "
    "Bio dad {NAME:Shane} lives in {LOCATION:Zanesville}.",
    "{NAME:Hope}, {NAME:Faith} and {NAME:Joy Castellano} (sisters) met to plan care for "
    "their father {NAME:Sal} after his stroke. {NAME:Faith} lives closest, in "
    "{LOCATION:Parma}; {NAME:Joy} flies in from {LOCATION:Tampa}.",
    "Teen group {DATE:12/1}: {NAME:Bryce}, {NAME:Angel}, {NAME:Navaeh}, {NAME:Tay}. "
    "{NAME:Angel} said his cousin {NAME:Lil Man} got shot on {LOCATION:Sullivant Ave}. "
    "Group processed grief.",
    "Couples: {NAME:Dana} (she/her) and {NAME:Alex} (they/them). {NAME:Alex}'s top surgery "
    "is {DATE:Jan 9} at {ORGANIZATION:OhioHealth Riverside}. {NAME:Dana} is anxious about "
    "caregiving and her job at {ORGANIZATION:JPMorgan Chase} in {LOCATION:Polaris}.",
    "Family session: Mr. and {NAME:Mrs. Haddad} with son {NAME:Karim} (19), home from "
    "{ORGANIZATION:Ohio University} after a psychotic break. Sister {NAME:Layla} attended by "
    "phone from {LOCATION:Dearborn}.",
    "{NAME:Rosa} brought her twins {NAME:Mateo} and {NAME:Lucas} (9). {NAME:Mateo} hits "
    "{NAME:Lucas} when he loses at Fortnite. Dad {NAME:Hector} works nights at the "
    "{ORGANIZATION:Honda} plant in {LOCATION:East Liberty}.",
    "Couple: {NAME:Bud} and {NAME:Shirley Hensley}, married 52 yrs. {NAME:Bud} ({AGE_OVER_89:"
    "91}) has early dementia; {NAME:Shirley} (89) is exhausted. Son "
    "{NAME:Ricky} in {LOCATION:Lancaster} helps on weekends.",
    "Grief group: {NAME:Marvin} (wife {NAME:Edna} died {DATE:Oct 3}), {NAME:Patty} (son "
    "{NAME:Josh}, overdose), {NAME:Lou} (partner {NAME:Bev}). {NAME:Patty} asked "
    "{NAME:Marvin} for his number: {PHONE:614-555-0178}.",
    "Co-parenting session: {NAME:Tiana} and {NAME:Darius}. Exchange at the {ORGANIZATION:"
    "Whitehall Police} lot Fridays 6 pm per court order ({OTHER_ID:DR-24-1187}). "
    "{NAME:Darius} late twice.",
    "{NAME:River} (13, they/them) with mom {NAME:Autumn} and grandma {NAME:Sky}. {NAME:River} "
    "wants to go by \"{NAME:Ro}\" at {ORGANIZATION:Bexley Middle}; {NAME:Sky} keeps using "
    "the old name.",
    "Couple: {NAME:Nikolai} and {NAME:Svetlana Petrenko}. Fled {LOCATION:Mariupol} 2022. He "
    "drives for Uber; she cleans at the {ORGANIZATION:Hilton Columbus Downtown}. Arguing about "
    "sending money to her mother.",
    "Family: {NAME:Grace} (mom) and {NAME:Ivy} (17). {NAME:Ivy} was admitted to "
    "{ORGANIZATION:Nationwide Children's} {DATE:11/20} for restricting; {NAME:Grace} "
    "blames herself. Dad {NAME:Patrick} absent.",
    "Group (men's DV intervention): {NAME:Tyrell}, {NAME:Bo}, {NAME:Ramon}, {NAME:Jimmy K.}. "
    "{NAME:Bo} minimized; {NAME:Ramon} named his daughter {NAME:Isabella}'s fear. "
    "Next group {DATE:12/8}.",
    "{NAME:Chance} and his dad {NAME:Buck} (rodeo family) from {LOCATION:Circleville}. "
    "{NAME:Chance} (17) wants to quit bull riding after his friend {NAME:Tanner} was hurt at "
    "the {ORGANIZATION:Pickaway County Fair}.",
]

SPOKEN_NOTES_TENTH_ROUND = [
    "okay note for {NAME:skyler nez} he's nineteen and works at the {ORGANIZATION:safeway} on "
    "{LOCATION:fourth plain} in {LOCATION:vancouver} he got jumped after his shift on {DATE:the "
    "thirtieth}",
    "client {NAME:ingrid} talked about her husband {NAME:lars} who is out on the boat in "
    "{LOCATION:dutch harbor} until {DATE:january} she's alone with the twins",
    "this is {NAME:marcos}s session he says his manager at {ORGANIZATION:boeing} in "
    "{LOCATION:everett} {NAME:mr tran} put him on a performance plan",
    "{NAME:kaylee} reports her mom {NAME:roxanne} is using again and living at the "
    "{ORGANIZATION:budget inn} on {LOCATION:aurora} she hasn't seen her since {DATE:labor day}",
    "okay session with {NAME:dusty} he's a wildland firefighter out of {LOCATION:missoula} "
    "and lost two guys on his crew in {DATE:august} pcl five sixty",
    "note for {NAME:yesenia} she's at {ORGANIZATION:pueblo community college} and her "
    "professor {NAME:dr whitehorse} is letting her make up the midterm",
    "client {NAME:bodhi} says his parents {NAME:rain} and {NAME:jasper} are splitting up "
    "and his dad moved to {LOCATION:bend} he's nine",
    "{NAME:ramona} says her landlord on {LOCATION:east colfax} raised the rent and she might "
    "have to move in with her sister {NAME:lupe} in {LOCATION:aurora}",
    "this is {NAME:tobias} he's been drinking since he got fired from the mine in "
    "{LOCATION:butte} his wife {NAME:carrie} found him passed out in the truck",
    "okay {NAME:aiyana} is back from the {ORGANIZATION:healing lodge} in "
    "{LOCATION:spokane} and her auntie {NAME:bernadine} is taking her to ceremony",
    "client {NAME:greg} reports he crashed his bike on the {LOCATION:burke gilman} and has a "
    "concussion his wife {NAME:tanya} says he's been irritable",
    "{NAME:xiomara} talked about her son {NAME:ezra} who is at {ORGANIZATION:cherry creek "
    "high} and got caught with a vape pen his dean {NAME:mr olafsen} suspended him",
    "note for {NAME:hal} he's {AGE_OVER_89:ninety four} lives in {LOCATION:sun city} and his "
    "wife {NAME:dottie} died {DATE:october ninth} his son {NAME:rick} calls every night",
    "okay {NAME:fernanda} says her boss at the {ORGANIZATION:olive garden} in {LOCATION:mesa} "
    "keeps "
    "touching her shoulder and she's afraid to report it",
    "client {NAME:cruz} says his brother {NAME:tito} is in the {ORGANIZATION:maricopa county "
    "jail} on {LOCATION:fourth avenue} and his bond hearing is {DATE:the second}",
    "this is for {NAME:wren} she's fourteen and her mom {NAME:heather} found cuts on her arms "
    "she goes to {ORGANIZATION:roosevelt middle} in {LOCATION:eugene}",
    "{NAME:marty} says he's living in his van at the {ORGANIZATION:walmart} lot on "
    "{LOCATION:south broadway} in {LOCATION:albuquerque} since his divorce from {NAME:linda}",
    "okay session with {NAME:yuki} she's a nurse at {ORGANIZATION:harborview} and she "
    "froze during a code {DATE:last tuesday} her charge nurse {NAME:jo} was kind about it",
    "note for {NAME:ahmed} he says his cousin {NAME:yusuf} got him a job at "
    "{ORGANIZATION:amazon} in {LOCATION:kent} but the night shift is wrecking his sleep",
    "client {NAME:ember} reports her girlfriend {NAME:sage} moved out to {LOCATION:flagstaff} "
    "on {DATE:november first} and she stopped eating",
]

TYPED_NOTES_FIFTH_ROUND = [
    "EMDR session 6 with {NAME:Rosalind}. Target: the crash on {LOCATION:Route 1} on "
    "{DATE:March 3}. SUDS 8 -> 2. Her daughter {NAME:Piper} was in the back seat. VOC 6.",
    "IFS: {NAME:Theo} met a firefighter part that drinks at {ORGANIZATION:Murphy's Pub} "
    "after shifts at {ORGANIZATION:Lawrence General}. Exile is 8-year-old {NAME:Theo} after his "
    "dad {NAME:Frank} left.",
    "DBT individual: {NAME:Autumn} used TIPP after her ex {NAME:Brody} showed up at "
    "{ORGANIZATION:Merrimack College}. Diary card: urges 4, no self-harm. Coach call with "
    "{NAME:Dr. Vance} on {DATE:Saturday the 28th}.",
    "ACT: {NAME:Mr. Faith} (yes, his surname) clarified values: family, craft. Works as a "
    "luthier at {ORGANIZATION:Collings Guitars} in {LOCATION:Austin}. Defusion from \"I'm a "
    "fraud.\"",
    "CBT for insomnia: {NAME:Patience Adeyemi} keeps a sleep diary. Works nights at the "
    "{ORGANIZATION:Amazon} fulfillment center in {LOCATION:Fall River}. Sleep "
    "restriction window 12:30-6:30.",
    "{NAME:Will} reports that {NAME:Grace} (wife) and {NAME:June} (daughter, 6) will visit "
    "her parents in {LOCATION:Bangor} over {DATE:Christmas}. He will stay to work at "
    "{ORGANIZATION:Bath Iron Works}.",
    "Psychodynamic: {NAME:Ms. Amberly Price} returned to the theme of her brother {NAME:Hunter}'s "
    "death at {ORGANIZATION:Camp Lejeune} in 2019. Transference noted.",
    "Exposure (OCD): {NAME:Rowan} touched the door handle at Stop & Shop without washing. Mom "
    "{NAME:Kristen} coached from the car. Y-BOCS 24 (was 31).",
    "Play therapy: {NAME:Genesis} (5) buried the baby doll in the sand tray. Foster mom "
    "{NAME:Ms. Delia Ortiz} reports night terrors since the visit with bio mom on "
    "{DATE:11/21}.",
    "Session with {NAME:Sterling Banks}, 41, pastor at {ORGANIZATION:New Covenant Church} in "
    "{LOCATION:Dorchester}. Burnout. Wife {NAME:Monique} urged him to come. Sabbath plan.",
    "{NAME:Hunter} (he/him, formerly {NAME:Hannah}) is a junior at {ORGANIZATION:Stoughton "
    "High}. GSA advisor {NAME:Ms. Pereira}. Parents {NAME:Dawn} and {NAME:Rick} are "
    "\"trying.\"",
    "Motivational interviewing: {NAME:Dale} is pre-contemplative about drinking; his DOT "
    "physical at {ORGANIZATION:Concentra} in {LOCATION:Brockton} is {DATE:12/14}.",
    "Grief: {NAME:Pearl Okonkwo} lost her husband {NAME:Emeka} at {ORGANIZATION:Beth Israel} "
    "on {DATE:October 17}. Her church, {ORGANIZATION:Christ the King}, has been bringing "
    "meals.",
    "Couples (EFT): {NAME:Mark} and {NAME:Joy}. {NAME:Joy}'s withdrawal since her layoff from "
    "{ORGANIZATION:Wayfair}. {NAME:Mark} pursues. Identified the cycle.",
    "Trauma-focused CBT: {NAME:Destiny} (11) wrote her narrative about the fire at "
    "{LOCATION:44 Bay Street} on {DATE:Sept 9}. Grandma {NAME:Bea} cried when she read it.",
    "{NAME:Dr. Lionel Hughes}, retired surgeon from {ORGANIZATION:Tufts Medical Center}, "
    "{AGE_OVER_89:92}, presents with grief after wife {NAME:Celia}'s death. Son "
    "{NAME:Andrew} in {LOCATION:Chicago}.",
    "Schema therapy: {NAME:Blake} described his father {NAME:Ron} at the "
    "{ORGANIZATION:Cape Cod Five} branch where he worked. Defectiveness schema. Homework: "
    "flashcard.",
    "{NAME:Bishop} (client's preferred name) is 17, attends {ORGANIZATION:Madison Park "
    "Technical Vocational High School}, works at {ORGANIZATION:Dunkin'} on {LOCATION:Blue "
    "Hill Ave}.",
    "Behavioral activation: {NAME:Carmen Sandoval} walked with neighbor {NAME:Edith} to "
    "{LOCATION:Buttonwood Park} 3x. Plans a class at the {ORGANIZATION:Y} on {LOCATION:Union "
    "Street}.",
    "Intake by telehealth: {NAME:Noor Haddad}, 27, software engineer at {ORGANIZATION:HubSpot}, "
    "lives in {LOCATION:Cambridge} with partner {NAME:Sami}. Panic since {DATE:September}.",
]

LETTERS_AND_REFERRALS_THIRD = [
    "{ORGANIZATION:HARBORVIEW COUNSELING ASSOCIATES}\n{LOCATION:77 Water Street, Suite 4}\n"
    "{LOCATION:New Bedford}, MA {LOCATION:02740}\nTel {PHONE:508-555-0110}  Fax "
    "{FAX:508-555-0111}\n\n{DATE:December 1, 2026}\n\nRe: {NAME:Lucas Moniz}, DOB "
    "{DATE:5/14/2009}",
    "Dear {NAME:Dr. Abernathy},\nThank you for referring {NAME:Ms. Yolanda Pierce} "
    "(DOB {DATE:02/19/1974}). I saw her on {DATE:November 18} for depression.\nSincerely,\n"
    "{NAME:Miriam Kessler}, PsyD",
    "REFERRAL FORM\nReferring provider: {NAME:Tomás Ibarra}, MD, {ORGANIZATION:Clinica "
    "Sierra Vista}\nPatient: {NAME:Graciela Mendoza}  Phone: {PHONE:(661) 555-0147}\n"
    "Address: {LOCATION:2301 Niles St}, {LOCATION:Bakersfield}, CA {LOCATION:93305}\n"
    "Reason: PTSD after workplace assault at {ORGANIZATION:Grimmway Farms}.",
    "To whom it may concern:\n{NAME:Daniel Brooks} has been in treatment with me since "
    "{DATE:April 2025}. He is able to return to work at UPS on "
    "{DATE:12/7/2026}.\n{NAME:Karen O'Leary}, LICSW, {ORGANIZATION:Seacoast Behavioral}",
    "DISCHARGE LETTER\n{DATE:11/30/2026}\n{NAME:Ms. Tamika Howard} completed 12 sessions of "
    "CPT. Discharged to PCP {NAME:Dr. Robert Chen}, {ORGANIZATION:Codman Square Health "
    "Center}, {PHONE:617-555-0192}.",
    "{ORGANIZATION:Lakeview Pediatrics}\nAttn: {NAME:Nurse Linda}\nFax: {FAX:(413) 555-0138}\n"
    "Re: {NAME:Kaiden Morrow} (DOB {DATE:8/3/2017})\nPlease see the enclosed ADHD rating "
    "scales from his teacher {NAME:Mrs. Costa} at {ORGANIZATION:Sullivan Elementary}.",
    "Letter of support for {NAME:Fatima Noor}'s housing application with the "
    "{ORGANIZATION:Boston Housing Authority}, case {OTHER_ID:BHA-2026-33817}. {NAME:Ms. Noor} "
    "and her children {NAME:Amal} and {NAME:Yusra} currently live in a shelter "
    "in {LOCATION:Roxbury}.",
    "Dear {NAME:Judge Whitfield},\nI am writing at the request of {NAME:Mr. Travis Greer} "
    "regarding docket {OTHER_ID:2631CR000988}. {NAME:Mr. Greer} attended 14 of 16 sessions "
    "between {DATE:June 2} and {DATE:October 20}.",
    "PRIOR AUTH APPEAL\nMember: {NAME:Celeste Dubois}  ID {HEALTH_PLAN:MHP44810273}\nPlan: "
    "{ORGANIZATION:Mass General Brigham Health Plan}\nDenied: PHP at {ORGANIZATION:McLean "
    "Hospital}, {DATE:11/12/2026}",
    "Referral to {ORGANIZATION:Eating Disorder Center of Rhode Island}, {LOCATION:300 "
    "Richmond St}, {LOCATION:Providence}. Patient {NAME:Maddie Sullivan}, 16; mother "
    "{NAME:Erin Sullivan} {PHONE:401-555-0129}; {EMAIL:erin.sullivan@cox.net}.",
    "School letter\n{DATE:11/25/2026}\nTo: {NAME:Mr. Gomes}, Guidance, {ORGANIZATION:Case "
    "High School}\n{NAME:Jayden} may leave class to use his coping plan. Please contact me at "
    "{PHONE:508-555-0167 ext. 2}.",
    "Dear {NAME:Pastor Mike},\nWith {NAME:Dorothy Lane}'s written consent ({DATE:11/19}), "
    "I can share that she is in weekly therapy. She asked that you visit her at "
    "{ORGANIZATION:Sippican Healthcare Center}.",
    "EMPLOYER NOTE\n{NAME:Kevin Tran} was seen on {DATE:12/2/2026} and may return to duty at "
    "{ORGANIZATION:Raytheon} {LOCATION:Andover} on {DATE:12/9}. Restrictions: none.\n"
    "{NAME:S. Patel}, NP",
    "{ORGANIZATION:SOUTHCOAST BEHAVIORAL HEALTH}\nDischarge summary for {NAME:Jeremy "
    "Rapoza}, admitted {DATE:11/20/2026}, discharged {DATE:11/27/2026}. Aftercare: "
    "{ORGANIZATION:Gosnold} IOP in {LOCATION:Falmouth}, first group {DATE:12/1}.",
    "Dear {NAME:Ms. Farias},\nYour son {NAME:Ethan}'s next appointment is "
    "{DATE:Monday, December 14} at 3:30 PM at our {LOCATION:Dartmouth} office, "
    "{LOCATION:500 State Road}. Questions: {PHONE:508-555-0175}.",
    "Letter to Social Security Administration re: {NAME:Harold Pimental}, SSN "
    "ending {SSN:4471}; disability onset {DATE:3/2024}; treating since {DATE:5/2024}.",
    "Consultation report to {NAME:Dr. Priya Raman}, {ORGANIZATION:Hawthorn Medical "
    "Associates}: {NAME:Mr. Ezekiel Ward}, 58, evaluated {DATE:11/24} for depression after "
    "his layoff from {ORGANIZATION:Titleist}.",
    "Recommendation for {NAME:Aaliyah Grant}'s application to {ORGANIZATION:Bridgewater "
    "State University} nursing program. I have known {NAME:Aaliyah} since 2023 through "
    "{ORGANIZATION:YouthBuild New Bedford}.",
    "Transfer of care\nFrom: {NAME:Julia Freitas}, LMHC\nTo: {NAME:Amy Walsh}, LICSW, "
    "{ORGANIZATION:Fall River Family Counseling}, {LOCATION:1 Government Center}\nClient: "
    "{NAME:Robert \"Bobby\" Cabral}",
    "Dear {NAME:Officer Hanley},\nRe: {NAME:Shayna Medeiros}, victim in report "
    "{OTHER_ID:NBPD-26-18844}. With her consent I confirm she began treatment "
    "{DATE:11/3/2026} at {ORGANIZATION:Women's Center}, {LOCATION:405 County St}.",
]

SPOKEN_NOTES_ELEVENTH_ROUND = [
    "okay note for {NAME:dominique baptiste} she works at the {ORGANIZATION:shoprite} in "
    "{LOCATION:irvington} and her son {NAME:jaylen} got jumped outside {ORGANIZATION:weequahic "
    "high} "
    "on {DATE:the sixteenth}",
    "client {NAME:vinny} says his father {NAME:sal} who is {AGE_OVER_89:ninety two} fell in "
    "the bathroom at his place on {LOCATION:arthur avenue} and is at {ORGANIZATION:st "
    "barnabas} now",
    "this is {NAME:priya}s session she's a resident at {ORGANIZATION:hackensack meridian} "
    "and her attending {NAME:dr goldfarb} yelled at her in front of the team",
    "{NAME:teresa} reports her daughter {NAME:gianna} is pregnant by a guy named {NAME:nico} "
    "from {LOCATION:staten island} and she's only sixteen",
    "session with {NAME:mr oyelaran} he drives for nj transit and saw a "
    "man jump in front of the train at {LOCATION:secaucus} on {DATE:november fourth}",
    "okay {NAME:brianna} says she got evicted from her apartment on {LOCATION:market street} "
    "in {LOCATION:paterson} and is staying with her cousin {NAME:shay} in {LOCATION:passaic}",
    "client {NAME:frankie} talked about working at the port in "
    "{LOCATION:elizabeth} with his uncle {NAME:joey} who got him in the union",
    "note for {NAME:mei lin} her husband {NAME:wei} is in {ORGANIZATION:nyu langone} "
    "after the stroke and her son {NAME:kevin} flew in from {LOCATION:seattle}",
    "{NAME:darnell} says he's been at the {ORGANIZATION:bowery mission} for two weeks and "
    "his caseworker {NAME:ms velez} got him an appointment at {ORGANIZATION:bellevue} "
    "{DATE:the twenty third}",
    "okay {NAME:kathleen} reports her son {NAME:liam} overdosed in the parking lot of the "
    "{ORGANIZATION:wawa} on {LOCATION:route seventy} in {LOCATION:toms river} he survived",
    "this is {NAME:abdul} he's a cab driver in {LOCATION:queens} and a passenger pulled a "
    "knife on him on saturday night on {LOCATION:roosevelt avenue}",
    "client {NAME:rebecca} says {NAME:rabbi feldman} at {ORGANIZATION:congregation "
    "beth el} is the only one she's told about the abuse",
    "{NAME:jamal} is fifteen and at {ORGANIZATION:central high} in {LOCATION:philly} and "
    "his mom {NAME:keisha} says he's been skipping to hang out on {LOCATION:girard}",
    "okay {NAME:colleen} says her husband {NAME:pat} lost his job at the refinery in "
    "{LOCATION:marcus hook} and he's drinking again",
    "note for {NAME:yolanda} her daughter {NAME:amber} was admitted to the "
    "{ORGANIZATION:children's hospital of philadelphia} for the eating disorder on {DATE:monday "
    "the "
    "ninth}",
    "client {NAME:stosh} says his wife {NAME:helen} has dementia and is at the "
    "{ORGANIZATION:birches} in {LOCATION:scranton} and she didn't know him {DATE:last sunday}",
    "this is {NAME:ahmad} he works the overnight at the {ORGANIZATION:seven eleven} on "
    "{LOCATION:bergenline} in {LOCATION:union city} and got robbed twice this month",
    "{NAME:maria jose} says her brother {NAME:alejandro} got detained at {LOCATION:26 federal "
    "plaza} when he went to his check in",
    "okay {NAME:tyler} is a senior at {ORGANIZATION:penn state} and his roommate "
    "{NAME:garrett} found him on the roof of {ORGANIZATION:beaver stadium}",
    "client {NAME:ruthann} talked about her daughter {NAME:kayla} who is at the "
    "{ORGANIZATION:caron} in {LOCATION:wernersville} for opioids since {DATE:halloween}",
]

INPATIENT_AND_ED_NOTES = [
    "ADMISSION NOTE\nDate: {DATE:11/28/2026}\nPt: {NAME:Gerald Fontaine}, 63M\nPCP: "
    "{NAME:Dr. Ellen Marsh}\n63M w/ EtOH use d/o presenting to {ORGANIZATION:Lahey} ED w/ "
    "tremor, last drink {DATE:11/27} AM. CIWA 18. Admit to 6 West for w/d.",
    "ED PROVIDER NOTE {DATE:12-01-2026} 03:12\n{NAME:Amira Hassan} 24F BIBA from "
    "{LOCATION:Northeastern University} dorm after roommate ({NAME:Chloe}) found her with "
    "empty bottle of sertraline. Poison control case {OTHER_ID:26-4471982}.",
    "CONSULT NOTE - PSYCHIATRY\nRequested by {NAME:Dr. Kaplan}, Trauma Surgery\n{DATE:Nov "
    "29, 2026}\n{NAME:Mr. Bao Nguyen} 38M s/p MVC on {LOCATION:I-93} {DATE:11/27}. Wife "
    "({NAME:Lan}) died at scene. Acute stress. Recommend {NAME:Dr. Shah} f/u.",
    "PROGRESS NOTE HD#3\n{NAME:BROWN, TANISHA}  MRN {MRN:0078812}\nS: slept 6 h, denies SI.",
    "Hospital course: {NAME:Ms. Kowalski} was admitted on {DATE:November 22nd} and "
    "transferred to {ORGANIZATION:Walden Behavioral Care} on {DATE:the 25th}. Her sister "
    "{NAME:Dorota} ({PHONE:781-555-0136}) is her HCP.",
    "NIGHT FLOAT NOTE 0240\nCalled to see {NAME:Mr. Alvarez} (rm {LOCATION:814B}) for "
    "agitation. Pulled IV. Haldol 2 mg IM given. Son {NAME:Luis} updated by phone. — "
    "{NAME:J. Okafor}, PGY-2",
    "{DATE:12/2/26} Discharge Summary\nAdmitting Dx: MDD w/ psychotic features\nPatient: "
    "{NAME:Evelyn Rourke}, 71F, from {ORGANIZATION:Brightview Senior Living} "
    "{LOCATION:Concord}\nAttending: {NAME:Nikhil Rao}, MD",
    "ED triage {DATE:11/30/2026} 22:15: {NAME:Jordan Ellis} (they/them), 19, brought by "
    "{ORGANIZATION:Cambridge Police} from {LOCATION:Harvard Square}. States \"I want to "
    "die.\" Section 12 by {NAME:Dr. Morales}.",
    "CONSULT: Geriatric psychiatry for {NAME:Mrs. Ida Rosenthal}, {AGE_OVER_89:97}, with "
    "delirium on {LOCATION:Farr 8}. Daughter {NAME:Judith} at bedside; lives at "
    "{ORGANIZATION:Hebrew Rehabilitation Center} in {LOCATION:Roslindale}.",
    "OBSERVATION NOTE\n{NAME:Kyle Dufresne} 17M held in ED pending bed at "
    "{ORGANIZATION:Arbour Hospital}. DCF worker {NAME:Ms. Tran} ({PHONE:617-555-0158}) "
    "aware. Mom {NAME:Michelle} at bedside until 2100.",
    "Interval: {NAME:Mr. Santos} remained calm overnight. Seen with {NAME:Dr. Levine} on "
    "rounds {DATE:12/01}. Wife {NAME:Fatima} called from {LOCATION:Lowell}. Plan: d/c to "
    "{ORGANIZATION:Lowell Community Health Center} {DATE:12/03}.",
    "ED NOTE: {NAME:Destiny Harper}, 29F, G3P2, 10 wks, presenting after partner "
    "({NAME:Marcus Webb}) assault at {LOCATION:41 Adams St}, {LOCATION:Dorchester}. "
    "{ORGANIZATION:BPD} notified. SANE exam offered.",
    "PSYCH CONSULT {DATE:2026-11-26}\nID: {NAME:Zhou, Min} 45F, professor at "
    "{ORGANIZATION:Brandeis}, admitted to medicine for DKA. Husband {NAME:Jian} reports "
    "low mood since her mother's death in {DATE:August}.",
    "Transfer summary: {NAME:Tyrone Mack} from {ORGANIZATION:Tewksbury Hospital} to "
    "{ORGANIZATION:Worcester Recovery Center} {DATE:11/24/2026}. Guardian: {NAME:Atty. "
    "Susan Brody}, {PHONE:508-555-0199}.",
    "{NAME:Lopez, Maria del Carmen} DOB {DATE:7/14/1960} MRN {MRN:55820937}\nSeen on "
    "{LOCATION:Ellison 12} for hyponatremia on lithium. Na 124. Psych recs: hold Li. "
    "{NAME:A. Rivera}, MD",
    "ED note {DATE:11/29}: {NAME:Patrick O'Brien} 52M found down at the {ORGANIZATION:Kells} bar "
    "on {LOCATION:Brighton Ave}, BAL 0.32. Brother {NAME:Sean} "
    "{PHONE:617-555-0117}.",
    "Daily note HD#6: {NAME:Aisha} eating 75% of meals on 4 North. Mom "
    "{NAME:Nadia Rahman} visiting daily. School ({ORGANIZATION:Newton South}) sending work.",
    "Rapid response {DATE:12/01/2026} 1540: {NAME:Mr. Yates} (bed 22) became "
    "combative. Security called. {NAME:Dr. Wu} (psych) and {NAME:RN Kim} present.",
    "Discharge: {NAME:Lena Sokolova} to home with husband {NAME:Igor} in {LOCATION:Brighton}. "
    "F/u {NAME:Dr. Petrov} at {ORGANIZATION:Boston Medical Center} {DATE:12/10} 9:00.",
    "ED: {NAME:Cody Lavoie} 31M, roofer for {ORGANIZATION:Lavoie & Sons Roofing} (family "
    "business), fell 12 ft {DATE:11/30}. Requests no contact with father "
    "{NAME:Raymond}.",
]

INTAKE_FORMS_FOURTH_ROUND = [
    "CLIENT INTAKE\nName: {NAME:Shayla Monroe}\nDOB: {DATE:04/22/1996}\nAddress: "
    "{LOCATION:88 Cedar Lane Apt 2}, {LOCATION:Brockton} MA {LOCATION:02301}\nPhone: "
    "{PHONE:508-555-0124}\nEmergency contact: {NAME:Denise Monroe} (mother) "
    "{PHONE:508-555-0125}",
    "Employer: {ORGANIZATION:Bristol County Savings Bank}  Position: teller\nInsurance: "
    "{ORGANIZATION:Harvard Pilgrim}  Member ID: {HEALTH_PLAN:HP887201445}\nPCP: "
    "{NAME:Dr. Nadia Farouk}",
    "Preferred name: {NAME:Jules}  Legal name: {NAME:Julianna Reyes}  Pronouns: she/they\n"
    "School: {ORGANIZATION:UMass Dartmouth}  Year: sophomore",
    "Reason for referral (in client's words): \"my ex {NAME:Kyle} keeps showing up at my job "
    "at {ORGANIZATION:Target} in {LOCATION:Dartmouth}\"",
    "Household members: {NAME:Marco} (partner, 34), {NAME:Ava} (7), {NAME:Leo} (4)\nPets: "
    "dog (Biscuit)\nLanguage: English/Portuguese",
    "Prior treatment: {ORGANIZATION:High Point Treatment Center} (2024); {ORGANIZATION:Child and "
    "Family Services} (2019-2021), therapist {NAME:Lauren}",
    "Legal: probation ({ORGANIZATION:New Bedford District Court}), PO {NAME:Mr. DaSilva} "
    "{PHONE:508-555-0182}. Docket {OTHER_ID:2233CR1174}.",
    "Medical: DM2, HTN. Meds: metformin, lisinopril. Pharmacy: {ORGANIZATION:CVS} "
    "{LOCATION:1030 Kempton St}. Allergies: sulfa.",
    "PHQ-9: 17  GAD-7: 14  PCL-5: 41  AUDIT-C: 6  C-SSRS: passive ideation last week, no "
    "plan.\nCompleted by: {NAME:T. Almeida}, intake coordinator",
    "Consent for release to: {NAME:Dr. Henry Cho}, {ORGANIZATION:Southcoast Physicians "
    "Group}, fax {FAX:508-555-0140}. Signed {DATE:12/1/2026} by {NAME:Ricardo Pina}.",
    "Veteran: yes (Army, 2010-2014, {LOCATION:Fort Hood}). VA #: "
    "{HEALTH_PLAN:V44781023}.",
    "Children: {NAME:Destiny} (12, lives with father {NAME:Andre} in {LOCATION:Taunton}), "
    "{NAME:Josiah} (9, lives with client)",
    "Email: {EMAIL:kristen.m.sousa@gmail.com}  OK to email: yes  OK to text "
    "{PHONE:774-555-0133}: no",
    "Spiritual: attends {ORGANIZATION:Our Lady of Guadalupe} in {LOCATION:New Bedford}; "
    "{NAME:Father Tomás} is a support.",
    "Trauma history: assault {DATE:6/2023} by former boss at {ORGANIZATION:Acushnet "
    "Company}; DV by ex-husband {NAME:Jeffrey Lopes} (restraining order "
    "{OTHER_ID:2333RO0461}).",
    "Referral source: {NAME:Nurse Pam} at {ORGANIZATION:Greater New Bedford Community "
    "Health Center}, {PHONE:508-555-0160 x212}.",
    "Substance use: cannabis daily since age 14; last use {DATE:11/30}. Attends NA at "
    "{ORGANIZATION:St. Lawrence Church} hall Thursdays.",
    "Transportation: {ORGANIZATION:GATRA} van; lives at {LOCATION:Sandy Pond Apartments}, "
    "{LOCATION:Unit 12C}, {LOCATION:Fall River}.",
    "Guardian: {NAME:Linda Raposo} (grandmother, legal guardian since {DATE:March 2022}); "
    "DCF case worker {NAME:Ms. Ocasio}.",
    "Occupation: CNA at {ORGANIZATION:Sacred Heart Nursing Home}, nights; second job at "
    "{ORGANIZATION:Market Basket}, {LOCATION:Swansea}.",
]

SPOKEN_NOTES_TWELFTH_ROUND = [
    "okay note for {NAME:lashonda pierre} she says her son {NAME:tevin} got shot at on "
    "{LOCATION:north claiborne} last night and he's staying with her sister {NAME:gwen} "
    "in {LOCATION:slidell}",
    "client {NAME:bubba} reports he's back working offshore for {ORGANIZATION:halliburton} "
    "out of {LOCATION:houma} fourteen on fourteen off and his wife {NAME:crystal} hates it",
    "this is {NAME:maricela}s session her husband {NAME:rodolfo} got deported to "
    "{LOCATION:reynosa} and she's working two jobs at whataburger and cleaning "
    "houses",
    "{NAME:deshawn} says the coach at {ORGANIZATION:mcgill toolen} {NAME:coach broussard} "
    "benched him after he missed practice for his grandma {NAME:mae}s funeral",
    "okay {NAME:tammy} talked about her ex {NAME:ricky} who got out of {ORGANIZATION:angola} "
    "on {DATE:october third} and is living with his mama in {LOCATION:opelousas}",
    "session with {NAME:juan carlos} he drives a truck for {ORGANIZATION:hebron logistics} and "
    "had a wreck on {LOCATION:i ten} near {LOCATION:beaumont} nobody died but he can't "
    "sleep",
    "note for {NAME:mrs thibodeaux} she's {AGE_OVER_89:ninety five} and her great "
    "granddaughter {NAME:brielle} found her on the floor at her house on {LOCATION:bayou "
    "blue road}",
    "client {NAME:antonio} says he's been sober ninety days and goes to meetings at the "
    "{ORGANIZATION:alano club} on {LOCATION:westheimer} his sponsor is {NAME:big mike}",
    "{NAME:kristen} reports her daughter {NAME:addison} was cutting and the school nurse "
    "{NAME:miss leblanc} at {ORGANIZATION:st thomas more} called her",
    "this is {NAME:willie} he's seventy and worked thirty years at the "
    "{ORGANIZATION:international paper} mill in {LOCATION:pine bluff} until it closed",
    "okay {NAME:destinee} says her boyfriend {NAME:trey} hit her at his mama's house on "
    "{LOCATION:dauphin island parkway} and she called {ORGANIZATION:mobile police}",
    "client {NAME:esmeralda} is a nurse at {ORGANIZATION:ut health} in {LOCATION:tyler} and "
    "she's been written up twice by her manager {NAME:ms hawkins}",
    "{NAME:cletus} talked about losing the farm outside {LOCATION:stuttgart} to the bank "
    "and his son {NAME:dale} not speaking to him since {DATE:easter}",
    "note for {NAME:yasmin} she's a student at {ORGANIZATION:xavier} and her roommate "
    "{NAME:imani} took her to {ORGANIZATION:tulane medical center} after the panic attack",
    "okay {NAME:rusty} says his brother {NAME:wayne} drowned at {LOCATION:toledo bend} on "
    "{DATE:the fourth of july} and he keeps seeing it",
    "this is for {NAME:precious} she's seventeen and her foster mom {NAME:miss dorothy} in "
    "{LOCATION:bessemer} is taking her to court {DATE:the eleventh}",
    "client {NAME:lupita} says her boss at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:springdale} makes the women work through lunch",
    "{NAME:kevin} reports his wife {NAME:shelby} left with the kids to her parents in "
    "{LOCATION:texarkana} after he put his fist through the wall",
    "okay {NAME:pastor jimmy} from {ORGANIZATION:first assembly} referred {NAME:darla} "
    "whose husband {NAME:roy} died at {ORGANIZATION:baptist medical center} last week",
    "note for {NAME:thanh} she works at her aunt's nail salon {ORGANIZATION:lucky nails} on "
    "{LOCATION:airline drive} and her aunt {NAME:hoa} takes half her tips",
]

CRISIS_AND_SAFETY_NOTES = [
    "Crisis call {DATE:11/29/2026} 23:40. Caller {NAME:Brandon Oakes} (self), 32, from "
    "{LOCATION:Westport}. Plan: pills. Means: wife {NAME:Kelly}'s oxycodone. Mobile crisis "
    "dispatched to {LOCATION:14 Harbor View Rd}.",
    "SAFETY PLAN - {NAME:Aaliyah Jenkins}\nWarning signs: not sleeping, texting ex\nPeople "
    "to call: mom {NAME:Tasha} {PHONE:508-555-0171}; friend {NAME:Kiara} "
    "{PHONE:508-555-0172}\nProfessional: {NAME:Dr. Moreno} {PHONE:508-555-0100}",
    "Welfare check requested from {ORGANIZATION:Dartmouth Police} for {NAME:Ms. Evelyn "
    "Castro}, {LOCATION:66 Slocum Rd}. Daughter {NAME:Rosa} ({PHONE:774-555-0190}) unable "
    "to reach her since Sunday.",
    "Section 12 initiated by {NAME:Dr. Fitzgerald} at {ORGANIZATION:St. Luke's} ED "
    "{DATE:12/01}. Pt {NAME:Joshua Reyes} transferred to {ORGANIZATION:Southcoast "
    "Behavioral Health}. Mother {NAME:Ana} notified.",
    "988 follow-up: {NAME:Kayden}, 15, said his dad {NAME:Troy} took his phone. Called "
    "school counselor {NAME:Ms. Hart} at {ORGANIZATION:Old Rochester Regional}.",
    "Mobile crisis note: met {NAME:Mr. Leonard Hicks} at the {ORGANIZATION:Shell} station on "
    "{LOCATION:Route 6} in {LOCATION:Wareham}. Intoxicated, SI. Transported by "
    "{ORGANIZATION:Wareham "
    "Fire} to {ORGANIZATION:Tobey Hospital}.",
    "Client {NAME:Gabriela} texted at 2:14 AM: \"i cant do this anymore\". Called her "
    "partner {NAME:Luz} at {PHONE:(401) 555-0144}, who went to their apartment on "
    "{LOCATION:Broad St}.",
    "Lethal means: {NAME:Mr. Dwyer} agreed to give his rifles to his brother {NAME:Tom} in "
    "{LOCATION:Lakeville} by {DATE:Friday 12/4}. Verified by phone {DATE:12/5}.",
    "Crisis stabilization bed at {ORGANIZATION:Community Crisis Stabilization} in "
    "{LOCATION:Brockton} for {NAME:Marissa Lee}, admitted {DATE:11/30}, expected d/c "
    "{DATE:12/3}.",
    "DV safety planning with {NAME:Jasmine}: code word with sister {NAME:Nia} is \"purple\". "
    "Go-bag at neighbor {NAME:Mrs. Alves}'s. Shelter: {ORGANIZATION:New Hope} hotline.",
    "Hospital hold: {NAME:Tyler Bouchard}, 19, at {ORGANIZATION:Charlton Memorial} ED since "
    "{DATE:11/28} awaiting adolescent bed. Mom {NAME:Lisa} at bedside; dad {NAME:Gary} in Maine.",
    "Phone check-in with {NAME:Olivia Grant}: SI without plan. Reviewed safety plan; her "
    "coping skill is walking her dog Buster... no wait, she calls him \"Bus\". "
    "Next contact tomorrow 10 AM.",
    "Crisis assessment at {ORGANIZATION:UMass Dartmouth} counseling center: student "
    "{NAME:Ethan Moore}, 20, ID {OTHER_ID:01844721}. RA {NAME:Priya} found him.",
    "Caller {NAME:Mrs. Helen Sousa} worried about her son {NAME:Daniel}, who posted a "
    "goodbye on Facebook ({URL:facebook.com/daniel.sousa.508}). Police in "
    "{LOCATION:Somerset} notified.",
    "Post-crisis visit {DATE:12/2}: {NAME:Marcus Bell} back home on {LOCATION:Rivet St} with "
    "grandmother {NAME:Ernestine}. Follow-up with {NAME:Dr. Osei} {DATE:12/9}.",
    "Safety plan update for {NAME:Chloe} (DOB {DATE:2/14/2011}): reasons for living — "
    "sister {NAME:Maddie}, horse Pepper, soccer with {ORGANIZATION:SouthCoast "
    "United}.",
    "Call from {NAME:Officer Ramos}, {ORGANIZATION:Fall River PD}, badge {OTHER_ID:2231}: "
    "{NAME:Mr. Kenneth Ward} found on the {LOCATION:Braga Bridge}. Brought to "
    "{ORGANIZATION:Saint Anne's}.",
    "Risk assessment: {NAME:Anthony} (17) has access to dad's guns at {LOCATION:214 Acushnet "
    "Ave}. Dad {NAME:Paul Medeiros} locked them at the {ORGANIZATION:Acushnet PD} "
    "{DATE:12/1}.",
    "Crisis line log: anonymous caller said her name is \"{NAME:Jen}\", 40s, lives near "
    "{LOCATION:Horseneck Beach}. Declined police. Stayed on line 48 min.",
    "Client {NAME:Rafael Ortiz} called from the {ORGANIZATION:Motel 6} in {LOCATION:Seekonk}, room "
    "{LOCATION:112}. Evicted yesterday. Referred to {ORGANIZATION:Catholic "
    "Social Services}.",
]

SCHOOL_BASED_COUNSELING = [
    "Check-in with {NAME:Jayla} (gr 7) at {ORGANIZATION:Keith Middle School}. Teacher "
    "{NAME:Mr. Costa} reports she cried in math. Friend group conflict with {NAME:Brianna} "
    "and {NAME:Sofia}.",
    "Parent meeting: {NAME:Mrs. Raposo} (mother of {NAME:Noah}, gr 3) re: bus incident on "
    "route 14. Driver {NAME:Ms. Pam} wrote him up. Principal {NAME:Dr. Fagundes} attended.",
    "{NAME:Elijah} (gr 10, {ORGANIZATION:New Bedford High}) is failing chemistry with "
    "{NAME:Ms. Oliveira}. Wants to try out for the basketball team; {NAME:Coach Tavares} "
    "said grades first.",
    "504 meeting {DATE:11/20}: {NAME:Aiden Souza}, ADHD. Accommodations: extended time, "
    "seat near {NAME:Mrs. Pina}. Mom {NAME:Kristy} and dad {NAME:Jason} attended.",
    "Lunch group (gr 4): {NAME:Mateo}, {NAME:Liam}, {NAME:Ava}, {NAME:Zoe}. {NAME:Mateo} "
    "shared his dog died. Social skills: joining a game.",
    "{NAME:Harmony} (gr 8) disclosed her stepdad {NAME:Jerome} hits her mom. Filed 51A with "
    "DCF {DATE:12/1/2026}; report {OTHER_ID:51A-2026-44810}. Principal {NAME:Mr. Lima} "
    "notified.",
    "Attendance: {NAME:Xavier Gomes} missed 14 days since {DATE:September}. Home visit with "
    "truant officer {NAME:Mr. Rebello} to {LOCATION:12 Ruth St}; grandmother "
    "{NAME:Fatima} answered.",
    "College counseling: {NAME:Sophia Nguyen} (gr 12) applying to {ORGANIZATION:Brown}, "
    "{ORGANIZATION:Tufts}, {ORGANIZATION:UMass Amherst}. Anxiety about essays; dad "
    "{NAME:Minh} pressures her.",
    "{NAME:Kai} (gr 6, they/them) asked staff to use {NAME:Kai} not {NAME:Katherine}. "
    "Counselor emailed teachers; {NAME:Ms. Rezendes} pushed back.",
    "Crisis at {ORGANIZATION:Greater New Bedford Voc-Tech}: {NAME:Dylan} (gr 11) threatened "
    "a peer. SRO {NAME:Officer Medeiros} present. Parent {NAME:Karen Pacheco} picked him "
    "up at 1:30.",
    "Kindergarten observation: {NAME:Luna} at {ORGANIZATION:Hathaway Elementary} hides under "
    "the table at transitions. Teacher {NAME:Miss Amaral}. Referred for OT eval.",
    "IEP team {DATE:11/24}: {NAME:Benjamin Silva}, autism. Para {NAME:Mrs. Duarte}. Parents "
    "requested out-of-district placement at the {ORGANIZATION:Meeting Street School} in "
    "{LOCATION:Providence}.",
    "{NAME:Isabella} (gr 9) reported cyberbullying on TikTok by {OTHER_ID:@jess.x.508}; "
    "screenshots saved. Mom {NAME:Carla} wants police involved.",
    "Grief group (gr 5) after {NAME:Mrs. Whitman}'s death: students {NAME:Eli}, {NAME:Nora}, "
    "{NAME:Jaden}, {NAME:Maya}. Made memory cards for her husband {NAME:Tom}.",
    "{NAME:Tyrese} (gr 12) homeless since {DATE:October}; staying with coach {NAME:Mr. Barros} "
    "in {LOCATION:Acushnet}. McKinney-Vento liaison {NAME:Ms. Lopes} contacted.",
    "Check-in with {NAME:Olivia} after she was found vaping in the {ORGANIZATION:Roosevelt "
    "Middle} bathroom. Mom {NAME:Jen} works at {ORGANIZATION:Saint Luke's} and couldn't come "
    "in.",
    "Transition planning: {NAME:Marcus} (18, gr 12) to attend {ORGANIZATION:Bristol Community "
    "College} in fall; works at {ORGANIZATION:Shaw's} in {LOCATION:Fairhaven}.",
    "Parent call: {NAME:Mr. Antonio Pereira} ({PHONE:508-555-0121}) asked that his ex "
    "{NAME:Dina} not receive school reports; custody order on file {DATE:3/2025}.",
    "Classroom lesson gr 2 ({NAME:Mrs. Coelho}'s room) on feelings. {NAME:Ryder} shared his "
    "dad is in jail in {LOCATION:Dartmouth}. Follow-up scheduled {DATE:12/3}.",
    "{NAME:Aaliyah} (gr 10) pregnant; due {DATE:May}. Connected with Healthy Families worker "
    "{NAME:Ms. Rocha}. Boyfriend {NAME:Jalen} is at {ORGANIZATION:Durfee}.",
]

SPOKEN_NOTES_THIRTEENTH_ROUND = [
    "okay note for {NAME:jasmine nguyen} she works at the {ORGANIZATION:in n out} on "
    "{LOCATION:harbor boulevard} in {LOCATION:garden grove} and her manager {NAME:mr reyes} "
    "keeps scheduling "
    "her for doubles",
    "client {NAME:koa} says his uncle {NAME:kimo} got him a job on the fishing boat out of "
    "{LOCATION:hilo} but he gets seasick and drinks on the dock",
    "this is {NAME:brigham}s session he left the church in {LOCATION:provo} and his "
    "parents {NAME:david} and {NAME:susan} won't talk to him",
    "{NAME:lorena} reports her son {NAME:angel} is at juvenile hall in "
    "{LOCATION:fresno} and his public defender {NAME:ms okafor} says court is {DATE:the "
    "seventeenth}",
    "okay {NAME:tyrell} is a dealer at the {ORGANIZATION:wynn} and his girlfriend "
    "{NAME:bianca} wants him to quit gambling on his days off",
    "session with {NAME:rosalie} she's {AGE_OVER_89:ninety seven} no wait she's "
    "{AGE_OVER_89:ninety "
    "eight} and her daughter {NAME:carol} brought her from {LOCATION:sun city west}",
    "client {NAME:mateo} says his dad {NAME:armando} lost his job at the almond processor in "
    "{LOCATION:modesto} and they might lose the house on {LOCATION:sylvan "
    "avenue}",
    "note for {NAME:kalena} she's at {ORGANIZATION:kapiolani community college} and her "
    "boyfriend {NAME:ikaika} broke her phone",
    "{NAME:dustin} talked about the fire in {LOCATION:paradise} he lost his house on "
    "{LOCATION:pentz road} and his dog and he's living in a fema trailer",
    "okay {NAME:serenity} says her mom {NAME:chantel} left her at the {ORGANIZATION:circus "
    "circus} while she gambled she was eight",
    "client {NAME:vivian} reports her husband {NAME:howard} is at the veterans home in "
    "{LOCATION:yountville} and she visits tuesdays",
    "this is {NAME:ezekiel} he's fifteen and got caught tagging at {ORGANIZATION:east "
    "side memorial} in {LOCATION:fresno} his mom {NAME:graciela} grounded him",
    "{NAME:kenji} says his grandfather {NAME:hiroshi} who was at {LOCATION:manzanar} as a "
    "kid died on {DATE:november eighth} at {ORGANIZATION:keiro}",
    "okay {NAME:shay} says she's been sleeping in her car at {LOCATION:ocean beach} since "
    "her roommate {NAME:dakota} kicked her out",
    "note for {NAME:mr okonkwo} he's an uber driver in {LOCATION:oakland} and got robbed at "
    "gunpoint on {LOCATION:international boulevard} on {DATE:the third}",
    "client {NAME:marlee} talked about her sister {NAME:jocelyn} who is in the "
    "{ORGANIZATION:utah state prison} in {LOCATION:draper}",
    "{NAME:juanita} reports her daughter {NAME:itzel} was accepted to {ORGANIZATION:uc "
    "davis} and she's scared to let her go",
    "okay session with {NAME:leilani} she works nights at {ORGANIZATION:kaiser moanalua} "
    "and her husband {NAME:kekoa} is deployed from {LOCATION:schofield}",
    "this is for {NAME:cody} he's a blackjack dealer in {LOCATION:reno} and he's been "
    "stealing chips he's afraid the {ORGANIZATION:peppermill} will find out",
    "{NAME:sunny} says her father {NAME:raj} had a stroke at his motel in "
    "{LOCATION:barstow} and she has to run the front desk now",
]

DICTATED_WITH_PUNCTUATION = [
    "Client {NAME:Marcy Fenwick} comma 44 comma reports increased panic since her "
    "promotion at {ORGANIZATION:Liberty Mutual} period. Her husband {NAME:Glen} is "
    "supportive period.",
    "New paragraph. {NAME:Tobias} reports his daughter {NAME:Wren} was admitted to "
    "{ORGANIZATION:Boston Children's} on {DATE:November 27} period.",
    "Patient {NAME:Rhonda Gilliam} period. Date of birth {DATE:March 3 1969} period. Lives "
    "in {LOCATION:Weymouth} with her mother {NAME:Bev} comma who is {AGE_OVER_89:90} "
    "period.",
    "{NAME:Mr. Okoro} states quote I can't go back to {ORGANIZATION:Logan} end quote period. "
    "He worked baggage for {ORGANIZATION:JetBlue} until {DATE:October} period.",
    "Session with {NAME:Hazel} and her son {NAME:Finn} comma 8 period. {NAME:Finn} is "
    "struggling at {ORGANIZATION:Pierce Elementary} in {LOCATION:Brookline} period.",
    "{NAME:Dr. Amato} comma please call {NAME:Lydia}'s father {NAME:Sal} at "
    "{PHONE:617-555-0151} regarding the medication change period.",
    "Plan colon continue sertraline 100 mg comma follow up {DATE:December 16} at 10 AM "
    "period. Letter to {ORGANIZATION:Quincy Housing Authority} period.",
    "{NAME:Gideon Marsh} reports nightmares since the crash on {LOCATION:Route 128} near "
    "{LOCATION:Burlington} on {DATE:the 12th} period. PCL-5 47 period.",
    "Client states her ex comma {NAME:Rory Quinlan} comma has been driving by her house on "
    "{LOCATION:Willow Street} period. Restraining order number {OTHER_ID:2631RO0088} period.",
    "{NAME:Agnes} comma {AGE_OVER_89:93} comma no wait comma {AGE_OVER_89:94} comma lives at "
    "{ORGANIZATION:Linden Ponds} in {LOCATION:Hingham} period.",
    "New paragraph. {NAME:Mrs. Pham} is a manicurist at {ORGANIZATION:Diamond Nails} in "
    "{LOCATION:Dorchester} period. Her son {NAME:Bao} translates period.",
    "{NAME:Ravi} reports his manager {NAME:Colleen} at {ORGANIZATION:Vertex} in the "
    "{LOCATION:Seaport} criticized him in front of the team period.",
    "Collateral call with {NAME:Sister Mary Agnes} from {ORGANIZATION:St. Joseph's Parish} "
    "period. She has known the client for twenty years period.",
    "{NAME:Teddy} comma age 6 comma draws his brother {NAME:Milo} who died in {DATE:May} "
    "period. Mom {NAME:Andrea} cried period.",
    "Client {NAME:Yusuf Demir} works at {ORGANIZATION:Pizza Palace} on {LOCATION:Hancock "
    "Street} in {LOCATION:Quincy} period. Hours 60 per week period.",
    "{NAME:Stella} reports her girlfriend {NAME:Jo} moved to {LOCATION:Providence} on "
    "{DATE:the 1st} period. Loneliness comma drinking more period.",
    "Spelling for the record colon {NAME:K-E-A-R-N-E-Y} period. {NAME:Brendan Kearney} comma "
    "{ORGANIZATION:Boston Fire} Engine 33 period.",
    "{NAME:Maeve} comma 16 comma at {ORGANIZATION:Boston Latin} comma panic before exams "
    "period. Father {NAME:Declan} present period.",
    "Phone number is {PHONE:six one seven five five five zero one four two} period. Email "
    "is {EMAIL:n dot obi at gmail dot com} period.",
    "End of dictation. Dictated by {NAME:Laura Chen} comma LICSW period. Transcribed "
    "{DATE:12/02/2026} period.",
]

DISCHARGE_SUMMARIES_SECOND = [
    "DISCHARGE SUMMARY\n\nPatient Name: {NAME:Halvorsen, Erik J.}\nMedical Record #: "
    "{MRN:6619204}\nAdmission Date: {DATE:11/19/2026}\nDischarge Date: {DATE:11/26/2026}\n"
    "Attending: {NAME:Margaret O'Neil}, MD",
    "HISTORY OF PRESENT ILLNESS: {NAME:Mr. Halvorsen} is a 58-year-old Norwegian-born "
    "fisherman from {LOCATION:Gloucester} brought in by the Coast Guard after a suicide attempt "
    "at sea on {DATE:11/18}.",
    "HOSPITAL COURSE: Admitted to {ORGANIZATION:Beverly Hospital} ICU, then transferred to "
    "{ORGANIZATION:Bayridge Hospital} {DATE:11/21}. Wife {NAME:Ingrid} and son "
    "{NAME:Lars} visited daily.",
    "DISPOSITION: Home to {LOCATION:22 Eastern Ave}, {LOCATION:Gloucester}. Follow-up with "
    "{NAME:Dr. Sato} at {ORGANIZATION:Addison Gilbert} on {DATE:12/3/2026} at 1:30 PM.",
    "TRANSFER SUMMARY\nFrom: {ORGANIZATION:Morton Hospital}, {LOCATION:Taunton}\nTo: "
    "{ORGANIZATION:Pembroke Hospital}\nPatient: {NAME:Tiffany Leclerc}, 27F\nDate: "
    "{DATE:Nov 30, 2026}",
    "Reason for transfer: psychosis, first episode. Mother {NAME:Diane Leclerc} "
    "({PHONE:508-555-0145}) is HCP. Outpatient psychiatrist: none.",
    "DISCHARGE DIAGNOSES: 1. Bipolar I, current episode manic, severe. 2. Cannabis use "
    "disorder.\nDISCHARGE MEDS: lithium 900 mg qhs; olanzapine 10 mg qhs.\nSigned: "
    "{NAME:Ahmed Farouk}, MD {DATE:11/28/2026} 16:42",
    "BRIEF HOSPITAL COURSE: {NAME:Ms. Delgado} ({NAME:Ana Sofia}), 19, was admitted "
    "{DATE:11/22} after jumping from the {LOCATION:Sagamore Bridge}. Rescued by a "
    "fisherman, {NAME:Mr. Bill Tuttle}.",
    "FAMILY HISTORY: Father ({NAME:Ramon Delgado}) with schizophrenia, deceased 2019. Maternal "
    "aunt ({NAME:Gloria}) with bipolar disorder, lives in "
    "{LOCATION:Ponce}.",
    "SOCIAL HISTORY: Lives with grandmother ({NAME:Carmen Ortiz}, {AGE_OVER_89:91}) in "
    "{LOCATION:Holyoke}. Student at {ORGANIZATION:Holyoke Community College}. Works part "
    "time at Big Y.",
    "CONSULTANTS: Toxicology ({NAME:Dr. Nguyen}), Social Work ({NAME:K. Murphy}, LICSW), "
    "Chaplain ({NAME:Rev. Alvarez}).",
    "DISCHARGE INSTRUCTIONS: Return to {ORGANIZATION:Baystate} ED for any SI. Crisis: 988 "
    "or {ORGANIZATION:Behavioral Health Network} {PHONE:413-555-0130}.",
    "DISCHARGE SUMMARY\nName: {NAME:WASHINGTON, DELORES}\nDOB: {DATE:01/05/1950}\nMRN: "
    "{MRN:88120449}\nAdmit {DATE:11/10/2026} / D/C {DATE:11/24/2026}\nUnit: Geri-Psych",
    "HPI: 76F with MDD with psychotic features, admitted from {ORGANIZATION:Sunrise of "
    "Wellesley} after refusing food x 10 days. Daughter {NAME:Yvonne Washington-Bell} "
    "consented to ECT.",
    "COURSE: ECT x 8 with {NAME:Dr. Brandt}. Eating 75% by {DATE:11/20}. Discharged back "
    "to {ORGANIZATION:Sunrise} with hospice consult from {ORGANIZATION:Hospice of the Good "
    "Shepherd}.",
    "ADDENDUM {DATE:11/25/2026}: Spoke with {NAME:Yvonne} ({PHONE:781-555-0177}); she "
    "requests records be faxed to PCP {NAME:Dr. Liu} at {FAX:781-555-0178}.",
    "DISCHARGE SUMMARY - ADOLESCENT UNIT\n{NAME:Carter Jameson} (DOB {DATE:4/18/2010}) "
    "admitted {DATE:11/14} from {ORGANIZATION:Milford Regional} ED after OD. School: "
    "{ORGANIZATION:Hopkinton High}.",
    "Family meeting {DATE:11/21} with mother {NAME:Kristin}, father {NAME:Doug}, and "
    "stepmother {NAME:Alyssa}. DCF not involved. Safety plan reviewed.",
    "Aftercare: PHP at {ORGANIZATION:Walden} {LOCATION:Waltham} starting {DATE:12/1}; "
    "therapist {NAME:Jenna Park}, LMHC, {PHONE:(781) 555-0163}.",
    "Dictated by: {NAME:Sanjay Mehta}, MD\nD: {DATE:11/24/2026} 14:10\nT: {DATE:11/24/2026} "
    "18:55\nJob #: {OTHER_ID:882019}\ncc: {NAME:Dr. Liu}; {ORGANIZATION:Walden}",
]

SPOKEN_NOTES_FOURTEENTH_ROUND = [
    "okay note for {NAME:kyle brzezinski} he got laid off from the {ORGANIZATION:ford rouge} "
    "plant in {LOCATION:dearborn} and his wife {NAME:amanda} is pregnant with their third",
    "client {NAME:ole} says his son {NAME:erik} got hurt on the rig near {LOCATION:williston} "
    "and is at {ORGANIZATION:trinity health} in {LOCATION:minot}",
    "this is {NAME:fatuma}s session she works at the {ORGANIZATION:jbs} plant in "
    "{LOCATION:worthington} and her supervisor {NAME:mr schmitz} yells at the somali workers",
    "{NAME:shawna} reports her ex {NAME:dillon} showed up drunk at the {ORGANIZATION:kwik trip} "
    "on {LOCATION:east washington} in {LOCATION:madison} and she called the cops",
    "okay session with {NAME:mr lindahl} he's {AGE_OVER_89:ninety one} and still ice fishes "
    "on {LOCATION:mille lacs} his daughter {NAME:karen} wants him to stop",
    "note for {NAME:jaden} he's at {ORGANIZATION:pershing high} in {LOCATION:detroit} and "
    "his cousin {NAME:deon} got shot on {LOCATION:seven mile} last week",
    "client {NAME:bethany} talked about her dad {NAME:gary} who works at {ORGANIZATION:kohler} "
    "and drinks a case every weekend at their cabin up in {LOCATION:minocqua}",
    "{NAME:tou} says his parents {NAME:pa} and {NAME:xai} want him to marry a hmong girl from "
    "{LOCATION:st paul} but he's gay and hasn't told them",
    "okay {NAME:crystal} says her son {NAME:tanner} is at {ORGANIZATION:lincoln hills} and "
    "she can only visit on the second saturday",
    "this is {NAME:mrs redcloud} she lives on {LOCATION:pine ridge} and her grandson "
    "{NAME:wambli} died by suicide on {DATE:october twelfth}",
    "client {NAME:dave} says the guys at the {ORGANIZATION:packers pro shop} found out "
    "about his divorce from {NAME:tina} and keep joking about it",
    "note for {NAME:abdirahman} he drives for {ORGANIZATION:metro transit} in "
    "{LOCATION:minneapolis} and a passenger spit on him {DATE:last friday}",
    "{NAME:nicole} reports her daughter {NAME:harper} was hospitalized at "
    "{ORGANIZATION:sanford} in {LOCATION:fargo} for anorexia and her weight is eighty pounds",
    "okay {NAME:ryan} talked about losing his job at the {ORGANIZATION:mayo clinic} in "
    "{LOCATION:rochester} after the audit his wife {NAME:kristin} blames him",
    "session with {NAME:lupe} she works at the dairy outside {LOCATION:fond du lac} and the "
    "owner {NAME:mr vander heiden} "
    "threatens to call ice",
    "client {NAME:jamal} says he moved back to {LOCATION:flint} to take care of his grandma "
    "{NAME:ernestine} who is {AGE_OVER_89:ninety six}",
    "this is for {NAME:sadie} she's thirteen and at {ORGANIZATION:east grand forks middle} "
    "and a boy named {NAME:colton} is sending her pictures",
    "{NAME:earl} says he sold the farm near {LOCATION:mitchell} and moved into the "
    "{ORGANIZATION:good samaritan center} with his wife {NAME:lois}",
    "okay {NAME:maria} says her husband {NAME:jesus} got hurt at the {ORGANIZATION:cargill} "
    "plant in {LOCATION:hopkins} and workers comp denied him",
    "note for {NAME:chloe} her boyfriend {NAME:tyler} is in the {ORGANIZATION:milwaukee county "
    "jail} on {LOCATION:ninth street} for the dui",
]

SPOKEN_GROUP_NOTES = [
    "okay group note for tuesday anger management present were {NAME:dwayne} {NAME:luis} "
    "{NAME:big tony} and {NAME:marcus} {NAME:luis} shared that his probation officer "
    "{NAME:ms carter} violated him",
    "family session with the {NAME:hendersons} mom {NAME:lisa} dad {NAME:craig} and the "
    "twins {NAME:mason} and {NAME:madison} who are eleven {NAME:mason} won't talk to his dad",
    "dbt skills group {NAME:kelsey} {NAME:raven} {NAME:bri} and {NAME:autumn} {NAME:raven} "
    "said her mom {NAME:tina} kicked her out and she's at the {ORGANIZATION:ymca} on "
    "{LOCATION:pleasant street}",
    "couples session with {NAME:jake} and {NAME:destiny} they got in a fight at {NAME:jake}s "
    "brother {NAME:cody}s wedding in {LOCATION:lake geneva}",
    "womens recovery group {NAME:tammy} {NAME:sheila} {NAME:jo} and {NAME:precious} "
    "{NAME:sheila} relapsed after her son {NAME:bj} was arrested in {LOCATION:racine}",
    "family meeting with grandma {NAME:rose} and the kids {NAME:jaylen} {NAME:aubree} and "
    "{NAME:kingston} their mom {NAME:shay} is at {ORGANIZATION:taycheedah} until "
    "{DATE:march}",
    "teen group {NAME:ethan} {NAME:jordyn} {NAME:noah} {NAME:kenzie} {NAME:jordyn} talked "
    "about a girl named {NAME:brooklyn} at {ORGANIZATION:west high} posting about her",
    "grief group {NAME:walt} {NAME:dolores} {NAME:frank} {NAME:dolores} said her husband "
    "{NAME:herb} died at {ORGANIZATION:froedtert} on {DATE:the ninth}",
    "couples session {NAME:priya} and {NAME:sam} {NAME:sam}s mom {NAME:deborah} is moving "
    "in from {LOCATION:boca raton} and {NAME:priya} is not okay with it",
    "veterans group {NAME:sarge} {NAME:doc} {NAME:mike d} and {NAME:reyes} {NAME:reyes} "
    "said the {ORGANIZATION:va} in {LOCATION:tomah} lost his paperwork again",
    "family session mr and {NAME:mrs yang} and their son {NAME:kou} sixteen {NAME:kou} got "
    "caught shoplifting at the {ORGANIZATION:walmart} in {LOCATION:wausau}",
    "parenting group {NAME:crystal} {NAME:amber} {NAME:jess} {NAME:amber} says her ex "
    "{NAME:dustin} won't return the kids after his weekend",
    "mens group {NAME:tyrone} {NAME:bill} {NAME:hector} {NAME:bill} lost his job at "
    "{ORGANIZATION:harley davidson} in {LOCATION:menomonee falls} after thirty years",
    "family session with {NAME:jorge} {NAME:ana} and their daughter {NAME:valeria} fifteen "
    "{NAME:valeria} wants to go live with her aunt {NAME:rosa} in {LOCATION:chicago}",
    "intensive outpatient group {NAME:kyle} {NAME:ashley} {NAME:tre} {NAME:ashley} is "
    "going back to {ORGANIZATION:rogers memorial} in {LOCATION:oconomowoc} on {DATE:monday "
    "the fourteenth}",
    "couples session {NAME:gene} and {NAME:marlene} married fifty years {NAME:gene} has "
    "parkinsons and {NAME:marlene} is burned out their son {NAME:steve} lives in "
    "{LOCATION:green bay}",
    "adolescent group {NAME:jaxon} {NAME:lily} {NAME:aiden} {NAME:lily} said {NAME:coach "
    "petersen} at {ORGANIZATION:kimberly high} screamed at her",
    "family session the {NAME:ortegas} dad {NAME:ruben} mom {NAME:gloria} son {NAME:ruben "
    "junior} who goes by {NAME:junior} he's been skipping school",
    "grief group {NAME:ann} {NAME:betty} {NAME:roger} {NAME:betty}s grandson {NAME:tyler} "
    "overdosed in {LOCATION:appleton} on {DATE:halloween}",
    "couples session {NAME:mai} and {NAME:chris} {NAME:chris} works at {ORGANIZATION:epic} "
    "in {LOCATION:verona} and works sixty hours a week",
]

MESSAGES_FIFTH_ROUND = [
    "hey {NAME:ms lopez} its {NAME:deja} can we move friday to {DATE:monday the 7th} my son "
    "{NAME:kj} has a dr appt at {ORGANIZATION:childrens}",
    "Voicemail from {NAME:Tom Becker} ({PHONE:920-555-0143}): his wife {NAME:Sharon} took "
    "all her pills, they're at {ORGANIZATION:Bellin} ED in {LOCATION:Green Bay}.",
    "Portal: {NAME:Angela Ruiz} asks for a letter for her employer Kohl's corporate about FMLA "
    "from {DATE:11/15} to {DATE:12/15}.",
    "text: running late sorry im stuck behind a crash on {LOCATION:hwy 41} - {NAME:Bri}",
    "hi {NAME:dr nash} this is {NAME:pam} {NAME:jordan}s mom he's refusing to go to "
    "{ORGANIZATION:franklin middle} again what do i do",
    "Email from {EMAIL:mrivera.llc@outlook.com}: {NAME:Miguel Rivera} needs his records sent "
    "to {NAME:Dr. Stein} at {ORGANIZATION:Aurora Psychiatric Hospital}.",
    "Voicemail {DATE:12/2} 7:02 AM: {NAME:Officer Greely} from {ORGANIZATION:Oshkosh PD} "
    "about client {NAME:Derek Olson}, call back {PHONE:920-555-0166 ext 3}.",
    "hey its {NAME:dani} i got the job at the {ORGANIZATION:kwik trip} in {LOCATION:kaukauna} "
    "so i need evenings now",
    "Portal message from {NAME:Kathy Schultz}: my mother {NAME:Irene} ({AGE_OVER_89:95}) "
    "fell at {ORGANIZATION:Brewster Village} last night, can we talk?",
    "text from {PHONE:414-555-0190}: this is {NAME:tasha} {NAME:marcus}s sister he's in "
    "the er at {ORGANIZATION:st lukes} please call",
    "Message: {NAME:Mr. Vang} canceled; his daughter {NAME:Nou} will call to reschedule at "
    "{PHONE:(715) 555-0172}.",
    "hi its {NAME:kenzie} my insurance changed to {ORGANIZATION:quartz} member id "
    "{HEALTH_PLAN:QTZ4481027} lmk if u need the card",
    "Voicemail: \"Hi, {NAME:Rev. Daniels} from {ORGANIZATION:Mount Zion Baptist}, calling "
    "for {NAME:Sister Odessa}'s son {NAME:Terrell}. Call me at {PHONE:414-555-0121}.\"",
    "portal: {NAME:Jenna Kowalski} uploaded her court order (case {OTHER_ID:2026FA000412}) "
    "for the custody evaluation with {NAME:Judge Morrow}.",
    "text: cant make it my car got towed from the lot at the {ORGANIZATION:bay park square} mall "
    "ugh - {NAME:tiff}",
    "Email from {NAME:Coach Hanson} at {ORGANIZATION:De Pere High}: {NAME:Carter} was "
    "crying after practice, thought you should know.",
    "hi {NAME:ms lopez} im at my grandmas in {LOCATION:shawano} for {DATE:thanksgiving} can "
    "we do telehealth",
    "Voicemail from {NAME:Amy} at {ORGANIZATION:Brown County Human Services}: {NAME:Lucas "
    "Thao}'s caseworker changed to {NAME:Mr. Reinholt}.",
    "text: hey its {NAME:jay} i relapsed last night at my buddy {NAME:kyle}s on "
    "{LOCATION:elm street} im sorry",
    "Portal: {NAME:Brianna Lee} says her address is now {LOCATION:2210 Oakwood Dr} "
    "{LOCATION:Apt 6}, {LOCATION:Appleton}, WI {LOCATION:54914}.",
]

SPOKEN_NOTES_FIFTEENTH_ROUND = [
    "okay note for {NAME:kaylee summers} she works at the {ORGANIZATION:quiktrip} on "
    "{LOCATION:memorial} in {LOCATION:tulsa} and a guy pulled a gun on her {DATE:last thursday}",
    "client {NAME:jimmy} says his brother {NAME:dale} is in {ORGANIZATION:lansing "
    "correctional} and his mom {NAME:pat} won't stop crying",
    "this is {NAME:aaliyah}s session she's a freshman at {ORGANIZATION:ku} and her "
    "roommate {NAME:morgan} found her cutting in the dorm at {ORGANIZATION:oliver hall}",
    "{NAME:roberto} reports he got hurt at the {ORGANIZATION:tyson} plant in {LOCATION:holcomb} "
    "and "
    "the nurse {NAME:miss sandra} sent him back to the line",
    "okay session with {NAME:tammy jo} she says her husband {NAME:bobby} lost his job at "
    "{ORGANIZATION:spirit aerosystems} in {LOCATION:wichita} and he's drinking again",
    "note for {NAME:deshawn} he's at {ORGANIZATION:central high} in {LOCATION:kansas city} "
    "and his mom {NAME:keisha} says he's been hanging out on {LOCATION:prospect} after dark",
    "client {NAME:margaret} is {AGE_OVER_89:ninety three} and lives at the {ORGANIZATION:village "
    "at mill landing} in {LOCATION:lenexa} her son {NAME:phil} wants her to move",
    "{NAME:cheyenne} talked about her dad {NAME:wade} who ranches outside {LOCATION:guymon} "
    "and never says he loves her",
    "okay {NAME:esteban} says his sister {NAME:lucia} is at {ORGANIZATION:children's mercy} "
    "for her kidneys and the family can't pay the bills",
    "this is for {NAME:brayden} he's ten and his teacher {NAME:mrs hollis} at "
    "{ORGANIZATION:mark twain elementary} says he hides under his desk",
    "client {NAME:sierra} says her girlfriend {NAME:kat} hit her at their place on "
    "{LOCATION:colfax} and {LOCATION:york} and the police came",
    "{NAME:ray} reports his wife {NAME:donna} died at {ORGANIZATION:saint francis} on "
    "{DATE:november sixth} and the funeral was at {ORGANIZATION:moore funeral home}",
    "okay {NAME:hector} works nights at the {ORGANIZATION:national beef} plant in "
    "{LOCATION:dodge city} and sleeps four hours",
    "note for {NAME:emily} she's a nurse at {ORGANIZATION:stormont vail} and her charge "
    "nurse {NAME:becky} reported her for a med error",
    "client {NAME:daquan} says his cousin {NAME:lil ray} got shot on {LOCATION:troost} "
    "saturday night no wait sunday morning",
    "{NAME:linda} talked about her son {NAME:cody} who is at {ORGANIZATION:valley hope} in "
    "{LOCATION:atchison} for meth",
    "okay {NAME:mr big horse} says his granddaughter {NAME:winona} was placed with a white "
    "family in {LOCATION:norman} and icwa wasn't followed",
    "this is {NAME:kristen} she works at {ORGANIZATION:cerner} in {LOCATION:north kansas "
    "city} and her boss {NAME:mr patel} keeps her late",
    "client {NAME:jose} reports he got his dui on {LOCATION:i thirty five} near "
    "{LOCATION:emporia} coming home from his cousin {NAME:tony}s",
    "{NAME:shelby} says her baby {NAME:paisley} was born at {ORGANIZATION:overland park "
    "regional} on {DATE:october twenty ninth} and she can't stop crying",
]

BILINGUAL_SESSIONS_SECOND = [
    "Sesión con {NAME:Doña Rosario Jiménez}, 67. Dice que su hijo {NAME:Efraín} está en "
    "{LOCATION:Juárez} y no la llama. Vive en {LOCATION:El Paso} con su nieta {NAME:Yareli}.",
    "Client {NAME:Maria das Graças} (Portuguese interpreter {NAME:Fátima Pacheco}) reports "
    "her husband {NAME:Manuel} drinks at the Portuguese club on "
    "{LOCATION:Dartmouth Street}.",
    "{NAME:Wilner Pierre-Louis}, 52, speaks Kreyòl; interpreter {NAME:Marie-Ange} by phone. "
    "His wife {NAME:Nadège} is in {LOCATION:Port-au-Prince} since {DATE:March}.",
    "{NAME:Bà Nguyễn Thị Hoa}, 78, with her son {NAME:Tuấn}. Lives in {LOCATION:Dorchester} "
    "near {ORGANIZATION:Viet-AID}. Grief for her husband {NAME:Ông Bình}.",
    "{NAME:Sra. Morales} dice: \"mi esposo {NAME:Julio} me pega cuando toma\". She works at the "
    "laundromat on {LOCATION:Main} in {LOCATION:Holyoke}.",
    "Session (Spanish): {NAME:Yesenia}, 15, con su mamá {NAME:Carmen}. La escuela "
    "{ORGANIZATION:Lawrence High School} llamó por ausencias.",
    "{NAME:Joaquim Silva} (Cape Verdean Kriolu) lost his job at the fish house in {LOCATION:New "
    "Bedford}; his daughter {NAME:Djenaba} translated.",
    "Interpreter {NAME:Luz Ortega} present. Client {NAME:Ana Lucía Pérez} born in "
    "{LOCATION:San Pedro Sula}, arrived {DATE:June 2024}; son {NAME:Kevin} at "
    "{ORGANIZATION:Chelsea High}.",
    "{NAME:Sr. Ochoa} says \"me despidieron de la planta de {ORGANIZATION:Tyson}\" in "
    "{LOCATION:Garden City}; his wife {NAME:Leticia} cleans houses.",
    "Tía {NAME:Milagros} ({AGE_OVER_89:91}) cuida a los niños in {LOCATION:Kissimmee}; "
    "client {NAME:Yaritza} works at Disney.",
    "{NAME:Mme Jean-Baptiste} s'inquiète pour son fils {NAME:Jean-Marc}, qui est à "
    "{ORGANIZATION:Brockton High}. Appel de {NAME:Mme Désir} ({PHONE:508-555-0138}).",
    "Client {NAME:Phạm Văn Long} drives for Grab—no, for Uber here in {LOCATION:Lowell}; wife "
    "{NAME:Lan} works at {ORGANIZATION:Lowell Nails}.",
    "{NAME:Conceição} says her neighbor {NAME:Dona Lurdes} on {LOCATION:Rua Augusta}—sorry, "
    "{LOCATION:Columbia Street}—watches the kids.",
    "Sesión: {NAME:Don Aurelio} trabaja en {ORGANIZATION:Rancho Los Olivos} cerca de "
    "{LOCATION:Salinas}. Su hija {NAME:Guadalupe} lo trajo.",
    "{NAME:Rose-Marie Étienne} reports nightmares since the earthquake; her sister "
    "{NAME:Guerline} died in {LOCATION:Jérémie}.",
    "{NAME:Tomás} (19) from {LOCATION:Ponce}, now at {ORGANIZATION:Holyoke Community "
    "College}; abuela {NAME:Nilda} raised him.",
    "Client {NAME:Thu Trang} says her boss {NAME:Mr. Duc} at {ORGANIZATION:Pho Saigon} on "
    "{LOCATION:Dorchester Ave} keeps her tips.",
    "{NAME:Graça} brought her son {NAME:Tiago}, 8; teacher {NAME:Ms. Medeiros} at "
    "{ORGANIZATION:Carney Academy} sent home a note (em português).",
    "Sesión con {NAME:Lupita}, su pareja {NAME:Chuy} la amenaza. Vive en la calle "
    "{LOCATION:Merrimack} en {LOCATION:Lawrence}.",
    "{NAME:Mr. Dieudonné} called from {ORGANIZATION:Boston Haitian Reporter}? No—from the "
    "{ORGANIZATION:Haitian Multi-Service Center} on {LOCATION:Norfolk Street}.",
]

SPOKEN_NOTES_SIXTEENTH_ROUND = [
    "okay note for {NAME:brittany hatfield} she says her husband {NAME:travis} got hurt at "
    "the mine outside {LOCATION:logan} and he's hooked on pills again",
    "client {NAME:darrell} reports he's working at {ORGANIZATION:toyota} in "
    "{LOCATION:georgetown} on second shift and his daughter {NAME:kenzie} barely sees him",
    "this is {NAME:loretta}s session she's {AGE_OVER_89:ninety two} and her son {NAME:junior} "
    "moved her into the {ORGANIZATION:willows} in {LOCATION:huntington} against her will",
    "{NAME:jesse} says his probation officer {NAME:mr blankenship} in {LOCATION:pikeville} "
    "wants him at the {ORGANIZATION:healing place} in {LOCATION:louisville} by {DATE:the "
    "fifteenth}",
    "okay session with {NAME:amber} she works at the {ORGANIZATION:cracker barrel} off "
    "{LOCATION:exit ninety nine} and her manager {NAME:ms tackett} keeps cutting her hours",
    "note for {NAME:caleb} he's at {ORGANIZATION:george rogers clark} and the boys on the "
    "football team found out about his mom {NAME:tammy}s overdose",
    "client {NAME:opal} talked about her daughter {NAME:sheena} who died in the flood in "
    "{LOCATION:hindman} on {DATE:july twenty eighth}",
    "{NAME:ricky} reports he got fired from the {ORGANIZATION:ford} truck plant on "
    "{LOCATION:chamberlain lane} and his wife {NAME:crystal} left him",
    "okay {NAME:destiny} says her boyfriend {NAME:cody} threatened her at the "
    "{ORGANIZATION:dollar general} in {LOCATION:paintsville} and she got a protective order",
    "this is for {NAME:jaxson} he's eight and his mamaw {NAME:wanda} is raising him since his "
    "dad {NAME:bo} went to {ORGANIZATION:eastern kentucky correctional}",
    "client {NAME:marla} says her sister {NAME:rhonda} is in the hospital at {ORGANIZATION:cabell "
    "huntington} with hep c from using",
    "{NAME:dewayne} talked about his pastor {NAME:brother hollis} at freewill baptist who told "
    "him depression is a sin",
    "okay {NAME:kayla} says she's a nurse at {ORGANIZATION:uk healthcare} and she's been "
    "taking xanax from the pyxis her charge nurse {NAME:lori} suspects",
    "note for {NAME:mr coleman} he's {AGE_OVER_89:ninety} and lives alone up {LOCATION:beech "
    "fork road} his grandson {NAME:hunter} checks on him",
    "client {NAME:skyler} says his mom {NAME:angie} kicked him out and he's sleeping at the "
    "{ORGANIZATION:hope center} on {LOCATION:west loudon}",
    "{NAME:bobbie jo} reports her husband {NAME:earl} works at the river terminal in "
    "{LOCATION:ashland} and drinks every night",
    "okay {NAME:tanner} is seventeen and goes to {ORGANIZATION:bourbon county high} his "
    "girlfriend {NAME:macy} is pregnant and her dad {NAME:mr rose} wants to kill him",
    "this is {NAME:charlene} she cleans rooms at the {ORGANIZATION:super 8} in {LOCATION:corbin} "
    "and "
    "her boss {NAME:raj} makes her work doubles",
    "client {NAME:cletus} says his wife {NAME:maxine} has dementia and wandered off to "
    "{LOCATION:carr creek lake} on {DATE:sunday the ninth}",
    "{NAME:heather} says her son {NAME:levi} is at {ORGANIZATION:ridge behavioral} in "
    "{LOCATION:lexington} after he tried to hang himself",
]


def main() -> None:
    write("spoken_notes_seventh_round.jsonl", "sn7", SPOKEN_NOTES_SEVENTH_ROUND)
    write("desert_and_island_sessions.jsonl", "dis", DESERT_AND_ISLAND_SESSIONS)
    write("clinic_records_fourth_round.jsonl", "cr4", CLINIC_RECORDS_FOURTH_ROUND)
    write("spoken_notes_eighth_round.jsonl", "sn8", SPOKEN_NOTES_EIGHTH_ROUND)
    write("portal_and_text_messages.jsonl", "ptm", PORTAL_AND_TEXT_MESSAGES)
    write("every_kind_seventeenth.jsonl", "ek7", EVERY_KIND_SEVENTEENTH)
    write("spoken_notes_ninth_round.jsonl", "sn9", SPOKEN_NOTES_NINTH_ROUND)
    write("longitudinal_records_second.jsonl", "lg2", LONGITUDINAL_RECORDS_SECOND)
    write("couples_and_family_sessions.jsonl", "cfs", COUPLES_AND_FAMILY_SESSIONS)
    write("spoken_notes_tenth_round.jsonl", "sn10", SPOKEN_NOTES_TENTH_ROUND)
    write("typed_notes_fifth_round.jsonl", "tn5", TYPED_NOTES_FIFTH_ROUND)
    write("letters_and_referrals_third.jsonl", "lr3", LETTERS_AND_REFERRALS_THIRD)
    write("spoken_notes_eleventh_round.jsonl", "sn11", SPOKEN_NOTES_ELEVENTH_ROUND)
    write("inpatient_and_ed_notes.jsonl", "ied", INPATIENT_AND_ED_NOTES)
    write("intake_forms_fourth_round.jsonl", "if4", INTAKE_FORMS_FOURTH_ROUND)
    write("spoken_notes_twelfth_round.jsonl", "sn12", SPOKEN_NOTES_TWELFTH_ROUND)
    write("crisis_and_safety_notes.jsonl", "csn", CRISIS_AND_SAFETY_NOTES)
    write("school_based_counseling.jsonl", "sbc", SCHOOL_BASED_COUNSELING)
    write("spoken_notes_thirteenth_round.jsonl", "sn13", SPOKEN_NOTES_THIRTEENTH_ROUND)
    write("dictated_with_punctuation.jsonl", "dwp", DICTATED_WITH_PUNCTUATION)
    write("discharge_summaries_second.jsonl", "ds2", DISCHARGE_SUMMARIES_SECOND)
    write("spoken_notes_fourteenth_round.jsonl", "sn14", SPOKEN_NOTES_FOURTEENTH_ROUND)
    write("spoken_group_notes.jsonl", "sgn", SPOKEN_GROUP_NOTES)
    write("messages_fifth_round.jsonl", "mg5", MESSAGES_FIFTH_ROUND)
    write("spoken_notes_fifteenth_round.jsonl", "sn15", SPOKEN_NOTES_FIFTEENTH_ROUND)
    write("bilingual_sessions_second.jsonl", "bl2", BILINGUAL_SESSIONS_SECOND)
    write("spoken_notes_sixteenth_round.jsonl", "sn16", SPOKEN_NOTES_SIXTEENTH_ROUND)


if __name__ == "__main__":
    main()
