"""Write the held-out corpora of the twenty-second stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_forty_sixth_round   lower-case speech to text from Maine, Vermont, New Hampshire
                                     and Massachusetts
    spoken_notes_forty_seventh_round lower-case speech to text from Wyoming, Utah, Montana, Idaho
                                     and Colorado
    typed_notes_fourteenth_round     typed notes by format from Pennsylvania, New Jersey, Maryland
                                     and Delaware
    messages_eleventh_round          clients', families' and partners' texts, e-mails and
                                     voicemails
    spoken_notes_forty_eighth_round  lower-case speech to text from California's Central Valley
                                     and Yakima, after the first round's rules
    spoken_notes_forty_ninth_round   lower-case speech to text from East Tennessee, western North
                                     Carolina and southwest Virginia, after the first round's rules
    hospital_records_ninth_round     admission, emergency, consult and discharge records in the
                                     i2b2 style from Texas, after the first round's rules
    letters_and_forms_seventh_round  letters, releases, intake forms and court letters from
                                     Michigan, after the first round's rules
    spoken_notes_fiftieth_round      lower-case speech to text from New Mexico and the Texas
                                     Panhandle, after the second round's rules
    spoken_notes_fifty_first_round   lower-case speech to text from Chicago and Milwaukee, after
                                     the second round's rules
    typed_notes_fifteenth_round      typed notes by modality from Oregon and Washington, after
                                     the second round's rules
    group_and_family_notes_fifth     typed and dictated group, couples and family notes with many
                                     people named, after the second round's rules
    spoken_notes_fifty_second_round  lower-case speech to text from Baltimore and Philadelphia,
                                     after the third round's rules
    spoken_notes_fifty_third_round   lower-case speech to text from Alabama and Mississippi, after
                                     the third round's rules
    clinical_notes_tenth_round       inpatient psychiatry and consult-liaison records in the i2b2
                                     style, after the third round's rules
    messages_twelfth_round           clients', families' and agencies' texts, e-mails and
                                     voicemails with links, handles and signatures, after the
                                     third round's rules
    spoken_notes_fifty_fourth_round  lower-case speech to text from the Twin Cities and the
                                     Dakotas, after the fourth round's rules
    spoken_notes_fifty_fifth_round   lower-case speech to text from New Jersey and Long Island,
                                     after the fourth round's rules
    typed_notes_sixteenth_round      typed notes by format from Austin and the Texas Hill Country,
                                     after the fourth round's rules
    rarer_kinds_fifth_round          licences, plates, VINs, devices, accounts, addresses online
                                     and other numbers in notes, after the fourth round's rules
    spoken_notes_fifty_sixth_round   lower-case speech to text from Louisville, Cincinnati and the
                                     Ohio River valley, after the fifth round's rules
    spoken_notes_fifty_seventh_round lower-case speech to text from the Oregon coast and Puget
                                     Sound, after the fifth round's rules
    letters_and_forms_eighth_round   letters, releases, intake forms and court letters from the
                                     Carolinas, after the fifth round's rules
    messages_thirteenth_round        clients' and families' texts and voicemails in English and
                                     Spanish, after the fifth round's rules
    spoken_notes_fifty_eighth_round  lower-case speech to text from Kansas City, St. Louis and
                                     rural Missouri, after the sixth round's rules
    spoken_notes_fifty_ninth_round   lower-case speech to text from Houston and the Texas Gulf
                                     Coast, after the sixth round's rules
    hospital_records_tenth_round     emergency, admission and discharge records from New England,
                                     after the sixth round's rules
    typed_notes_seventeenth_round    typed notes by modality from Colorado, after the sixth
                                     round's rules
    spoken_notes_sixtieth_round      lower-case speech to text from Detroit, Flint and the Upper
                                     Peninsula, after the seventh round's rules
    spoken_notes_sixty_first_round   lower-case speech to text from San Diego and the Inland
                                     Empire, after the seventh round's rules
    clinic_records_seventh_round     outpatient clinic records (primary care, OB, pediatrics) in
                                     the i2b2 style, after the seventh round's rules
    messages_fourteenth_round        clients', parents' and schools' texts, e-mails and
                                     voicemails, after the seventh round's rules
    spoken_notes_sixty_second_round  lower-case speech to text from Memphis, Little Rock and the
                                     Ozarks, after the eighth round's rules
    spoken_notes_sixty_third_round   lower-case speech to text from Connecticut and Rhode Island,
                                     after the eighth round's rules
    crisis_line_notes_fourth         crisis line, 988 and mobile crisis notes, after the eighth
                                     round's rules
    school_counseling_notes_second   school counsellors' and school-based therapists' notes,
                                     after the eighth round's rules
    spoken_notes_sixty_fourth_round  lower-case speech to text from rural Indiana and Ohio, after
                                     the ninth round's rules
    spoken_notes_sixty_fifth_round   lower-case speech to text from northern Virginia, DC and the
                                     Maryland suburbs, after the ninth round's rules
    typed_notes_eighteenth_round     typed notes by format from Florida, after the ninth round's
                                     rules
    messages_fifteenth_round         clients', families' and providers' messages, after the
                                     ninth round's rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_FORTY_SIXTH_ROUND = [
    "okay session with {NAME:colby} he's twenty six lobsters out of {LOCATION:stonington} with "
    "his uncle {NAME:reggie} and he's been using percs since the boat accident on {DATE:july "
    "ninth}",
    "note for {NAME:mrs thibodeau} she's {AGE_OVER_89:ninety one} lives alone in "
    "{LOCATION:lewiston} her son {NAME:normand} drives down from {LOCATION:fort kent} on weekends "
    "she's lonely since {NAME:lucien} passed",
    "this is {NAME:hope} she's nineteen a sophomore at {ORGANIZATION:middlebury} and her roommate "
    "{NAME:sadie} found her cutting in the bathroom {DATE:last thursday}",
    "client {NAME:brendan} forty four union electrician with {ORGANIZATION:local 103} in "
    "{LOCATION:dorchester} his wife {NAME:kerry} wants him to stop drinking at the "
    "{ORGANIZATION:eire pub}",
    "okay {NAME:will} thirty three he works at {ORGANIZATION:ben and jerry's} in "
    "{LOCATION:waterbury} and his girlfriend {NAME:summer} just moved out",
    "session with {NAME:amani} she's congolese twenty nine works nights at {ORGANIZATION:maine "
    "medical} as a cna and lives on {LOCATION:munjoy hill} her cousin {NAME:jean-pierre} is "
    "sending money home",
    "note on {NAME:gordie} sixty eight retired from {ORGANIZATION:bath iron works} his wife "
    "{NAME:marilyn} has dementia and is going into the {ORGANIZATION:cedars} on {DATE:december "
    "first}",
    "this is {NAME:tyler} seventeen plays hockey for {ORGANIZATION:bishop guertin} his coach "
    "{NAME:coach laroche} benched him and he punched a wall",
    "okay {NAME:maria} thirty eight from {LOCATION:lawrence} works at {ORGANIZATION:market "
    "basket} in {LOCATION:methuen} her ex {NAME:hector} has a restraining order she can be "
    "reached at {PHONE:nine seven eight five five five zero one four four}",
    "client {NAME:jonah} twenty two at {ORGANIZATION:umass amherst} was hospitalized at "
    "{ORGANIZATION:cooley dickinson} on {DATE:october twenty sixth} after taking mushrooms",
    "session with {NAME:deb} fifty five she's a dispatcher for {ORGANIZATION:nashua pd} and her "
    "son {NAME:kyle} overdosed in the parking lot of the {ORGANIZATION:pheasant lane mall}",
    "note for {NAME:ezra} he's eleven his mom {NAME:rachel} brought him in because kids at the "
    "{ORGANIZATION:pierce school} in {LOCATION:brookline} called him slurs",
    "okay this is {NAME:patience} she's forty seven works at {ORGANIZATION:dartmouth hitchcock} "
    "in {LOCATION:lebanon} her husband {NAME:russ} left on {DATE:thanksgiving}",
    "session with {NAME:sully} he's fifty one a plow driver for the {ORGANIZATION:city of "
    "bangor} his daughter {NAME:kaitlyn} lives in {LOCATION:brewer} and won't talk to him",
]

SPOKEN_NOTES_FORTY_SEVENTH_ROUND = [
    "okay {NAME:travis} twenty nine works on a rig outside {LOCATION:gillette} his wife "
    "{NAME:shayla} took the kids to her mom's in {LOCATION:casper} on {DATE:the twenty third}",
    "session with {NAME:mckenzie} sixteen at {ORGANIZATION:lone peak high} in "
    "{LOCATION:highland} her bishop {NAME:bishop larsen} told her parents about the vaping",
    "this is {NAME:rowdy} he's forty one a ranch hand near {LOCATION:miles city} got thrown from "
    "a horse on {DATE:september fifth} and is on oxy from {NAME:dr kessler}",
    "note for {NAME:ada} she's {AGE_OVER_89:ninety four} lives at {ORGANIZATION:brookdale} in "
    "{LOCATION:idaho falls} her granddaughter {NAME:paisley} is her poa",
    "client {NAME:diego} thirty four line cook at {ORGANIZATION:snowbird} lives in employee "
    "housing in {LOCATION:sandy} his brother {NAME:mateo} was deported in {DATE:august}",
    "okay {NAME:skyler} twenty they use they them pronouns student at {ORGANIZATION:csu} in "
    "{LOCATION:fort collins} their dad {NAME:mark} won't use their name",
    "session with {NAME:jolene} fifty eight works at the {ORGANIZATION:walmart} in "
    "{LOCATION:rock springs} she found her husband {NAME:dwayne} in the garage with a rope",
    "this is {NAME:bryce} twenty two ski patrol at {ORGANIZATION:big sky} his buddy {NAME:colt} "
    "died in an avalanche on {DATE:january eleventh}",
    "note on {NAME:rosa} thirty six housekeeper at the {ORGANIZATION:stein eriksen lodge} in "
    "{LOCATION:deer valley} her son {NAME:angel} goes to {ORGANIZATION:treasure mountain}",
    "client {NAME:kody} nineteen at {ORGANIZATION:boise state} his girlfriend {NAME:brooklyn} is "
    "pregnant his number is {PHONE:two zero eight five five five zero one nine one}",
    "okay {NAME:faith} forty four nurse at {ORGANIZATION:st vincent} in {LOCATION:billings} her "
    "ex husband {NAME:curtis} showed up at her house on {LOCATION:grand avenue}",
    "session with {NAME:hunter} thirty works for {ORGANIZATION:union pacific} out of "
    "{LOCATION:cheyenne} his dad {NAME:ray} shot himself in twenty nineteen and he found him",
    "this is {NAME:lacey} she's twenty seven a dealer at the {ORGANIZATION:peppermill} in "
    "{LOCATION:wendover} and she's been losing her checks at the tables",
    "note for {NAME:grayson} eight his foster mom {NAME:tammy} says he hides food he was removed "
    "from his bio mom in {LOCATION:pueblo} on {DATE:march third}",
]

TYPED_NOTES_FOURTEENTH_ROUND = [
    "SOAP. S: {NAME:Danielle Kowalczyk}, 31, reports panic on the {LOCATION:Schuylkill "
    "Expressway}. O: tearful. A: panic disorder. P: CBT, f/u {DATE:12/18}.",
    "DAP. D: {NAME:Marcus Bell} laid off from {ORGANIZATION:Under Armour} in "
    "{LOCATION:Baltimore}; wife {NAME:Keisha} working doubles. A: adjustment d/o. P: resume help.",
    "BIRP: {NAME:Gianna Russo}, 15, {ORGANIZATION:Cherry Hill East} sophomore. B: school "
    "refusal. I: exposure hierarchy. R: attended 3 of 5 days. P: call {NAME:Mr. Patel} "
    "(counselor).",
    "Intake: {NAME:Samuel Okonkwo}, DOB {DATE:3/14/1988}, {LOCATION:1207 Wharton St}, "
    "{LOCATION:Philadelphia}, PA {LOCATION:19147}. Cell {PHONE:(215) 555-0142}. Email "
    "{EMAIL:sokonkwo88@yahoo.com}. MRN {MRN:PH-4471920}.",
    "Risk assessment: {NAME:Tara Fitzgerald} texted her sister {NAME:Meghan} a goodbye message on "
    "{DATE:Nov 28}. Lives with mother in {LOCATION:Dover}, DE. Safety plan reviewed; means "
    "restricted.",
    "GIRP. G: reduce drinking. I: MI. R: {NAME:Pete Nowak} down to 2 beers/day; still "
    "bartending at {ORGANIZATION:McGillin's} on {LOCATION:Drury St}. P: next {DATE:Thursday "
    "12/10}.",
    "Family session: {NAME:Yusuf} and {NAME:Amira Saleh} with son {NAME:Omar} (12). {NAME:Omar} "
    "suspended from {ORGANIZATION:School 6} in {LOCATION:Paterson} for fighting.",
    "EMDR: {NAME:Lt. Renee Castillo}, {ORGANIZATION:Wilmington Fire}. Target: the fire on "
    "{LOCATION:Lancaster Ave} on {DATE:6/2/2023}. SUDS 8 -> 3.",
    "DBT skills group note for {NAME:Bri Hollis}: used opposite action after her boss at "
    "{ORGANIZATION:Wawa} yelled. Diary card: urges 2/5.",
    "Discharge summary: {NAME:Howard Greenblatt}, {AGE_OVER_89:93}, discharged from "
    "{ORGANIZATION:Friends Hospital} on {DATE:11/20/2026} to daughter {NAME:Ellen}'s home in "
    "{LOCATION:Jenkintown}.",
    "Psychodynamic: {NAME:Dr. Naomi Feld} (client) discussed rivalry with brother {NAME:Ari}, a "
    "partner at {ORGANIZATION:Ballard Spahr}.",
    "Collateral call with {NAME:Ofc. Dave Brenner}, {ORGANIZATION:Upper Darby PD}, case "
    "{OTHER_ID:26-118034}, re: {NAME:Jalen Moore}'s 302 on {DATE:12/3}.",
    "ACT note: {NAME:Liz Carrow} values being there for {NAME:Nora}. Committed action: call "
    "{ORGANIZATION:Penn Medicine} about IOP by Friday.",
]

MESSAGES_ELEVENTH_ROUND = [
    "hi its {NAME:destiny} i cant make it thursday my car broke down on {LOCATION:route 9} can "
    "we do zoom",
    "Email from {NAME:Gary Whitfield} <{EMAIL:gwhitfield@comcast.net}>: my wife {NAME:Joan} is "
    "refusing to eat since {NAME:Dr. Ames} changed her meds. Please call {PHONE:410-555-0166}.",
    "VM 10:14a: Hi, this is {NAME:Kim} at {ORGANIZATION:Optum} behavioral, auth for "
    "{NAME:Ryan Tully} ref {OTHER_ID:AUTH-7730219} approved through {DATE:1/31}.",
    "txt: miss {NAME:carla} its {NAME:jay} my mom said i have to come but i dont want to talk "
    "about uncle {NAME:ray}",
    "Portal: My daughter {NAME:Sophie Tran} (DOB {DATE:5/2/2012}) has a new insurance card, "
    "{HEALTH_PLAN:Aetna Better Health} member {HEALTH_PLAN:W8830012274}.",
    "hey its {NAME:marcus} from group, i got the job at {ORGANIZATION:ups} in "
    "{LOCATION:hagerstown}!! starting {DATE:monday the 14th}",
    "Voicemail: {NAME:Sergeant Pruitt}, {ORGANIZATION:Cecil County Sheriff's Office}, re welfare "
    "check on {NAME:Amber Lowe} at {LOCATION:212 Oak Lane}, {LOCATION:Elkton}. Callback "
    "{PHONE:443-555-0190}.",
    "Email: Hello, I'm {NAME:Grace}, {NAME:Noah}'s teacher at {ORGANIZATION:Swarthmore-"
    "Rutledge}. He told the class his dad hurts him. I've called {ORGANIZATION:Delaware County "
    "CYS}.",
    "txt from {NAME:mrs o'neil}: {NAME:kevin} took the car keys again and hes at "
    "{ORGANIZATION:dunkin} on {LOCATION:main st} in {LOCATION:woburn} drunk",
    "Portal: Pls send records to {NAME:Dr. Ruth Adebayo}, {ORGANIZATION:ChristianaCare "
    "Behavioral Health}, fax {FAX:302-555-0177}. Thank you, {NAME:Tom Reilly}",
    "hi its {NAME:kayleigh} can you write a letter for court {DATE:dec 21} my lawyer is "
    "{NAME:ms brandt} at {ORGANIZATION:community legal services}",
    "VM: {NAME:Pastor Dwayne Hicks} from {ORGANIZATION:Bethel AME} in {LOCATION:Annapolis} "
    "checking on {NAME:Sister Loretta}; she's at {ORGANIZATION:Anne Arundel Medical Center}.",
]

SPOKEN_NOTES_FORTY_EIGHTH_ROUND = [
    "okay session with {NAME:guadalupe} she's forty three picks grapes for {ORGANIZATION:gallo} "
    "outside {LOCATION:livingston} her husband {NAME:efren} was picked up by ice on "
    "{DATE:november third}",
    "note for {NAME:manny} twenty he works the line at {ORGANIZATION:foster farms} in "
    "{LOCATION:turlock} and his cousin {NAME:beto} got shot on {LOCATION:crows landing road}",
    "this is {NAME:mrs nakamura} she's {AGE_OVER_89:ninety three} her son {NAME:glenn} moved "
    "her into {ORGANIZATION:san joaquin gardens} and she stopped eating",
    "client {NAME:harpreet} thirty one drives for {ORGANIZATION:cal cartage} out of "
    "{LOCATION:stockton} his father {NAME:gurdev} wants him to take over the almond orchard",
    "okay {NAME:jessie} twenty six tech at {ORGANIZATION:kaweah health} in {LOCATION:visalia} "
    "her boyfriend {NAME:tanner} choked her on {DATE:saturday the fifth}",
    "session with {NAME:xiong} he's fifty nine hmong vet lost his farm near {LOCATION:merced} "
    "his daughter {NAME:mai} translates for him",
    "note on {NAME:crystal} thirty four meth relapse after her kids went to her mom "
    "{NAME:debbie} in {LOCATION:oildale} she's at {ORGANIZATION:west side recovery} now",
    "this is {NAME:andres} seventeen at {ORGANIZATION:bakersfield high} his coach "
    "{NAME:coach ruelas} saw bruises on his back",
    "okay {NAME:rigo} thirty eight he's a mechanic at {ORGANIZATION:sun maid} in "
    "{LOCATION:kingsburg} his wife {NAME:lorena} wants a divorce her number is {PHONE:five five "
    "nine five five five zero one six two}",
    "client {NAME:brittney} twenty two student at {ORGANIZATION:fresno state} was assaulted at "
    "a party on {LOCATION:shaw avenue} on {DATE:halloween}",
    "session with {NAME:yesenia} she's twenty nine packs apples at {ORGANIZATION:stemilt} in "
    "{LOCATION:wenatchee} and her brother {NAME:omar} is in {ORGANIZATION:yakima county jail}",
    "note for {NAME:father tom} he's the priest at {ORGANIZATION:st joseph's} in "
    "{LOCATION:toppenish} burnout after the funerals in {DATE:april}",
    "okay {NAME:dolores} sixty one her grandson {NAME:junior} was killed on {LOCATION:highway "
    "ninety nine} on {DATE:the seventeenth} she keeps his room the same",
]

SPOKEN_NOTES_FORTY_NINTH_ROUND = [
    "okay {NAME:cody} thirty five works at {ORGANIZATION:eastman} in {LOCATION:kingsport} "
    "he's been taking his mamaw {NAME:opal}'s pain pills",
    "note for {NAME:loretta} she's {AGE_OVER_89:ninety} lives up {LOCATION:sinking creek} her "
    "son {NAME:darrell} found her on the floor on {DATE:monday the second}",
    "this is {NAME:brody} sixteen at {ORGANIZATION:tennessee high} in {LOCATION:bristol} his "
    "dad {NAME:travis} is in {ORGANIZATION:northeast correctional}",
    "session with {NAME:jolynn} forty eight cna at {ORGANIZATION:mission hospital} in "
    "{LOCATION:asheville} lost her house in the flood on {LOCATION:swannanoa river road}",
    "client {NAME:dewayne} fifty two retired from {ORGANIZATION:tva} lives in "
    "{LOCATION:rogersville} his wife {NAME:patsy} has copd and he's her only caregiver",
    "okay {NAME:destiny} twenty three she dances at {ORGANIZATION:deja vu} in "
    "{LOCATION:knoxville} and her boyfriend {NAME:kyle} takes her money",
    "note on {NAME:ray} sixty four a coal miner from {LOCATION:grundy} black lung and his "
    "brother {NAME:earl} died {DATE:last christmas}",
    "this is {NAME:kaylee} nineteen at {ORGANIZATION:etsu} her roommate {NAME:hannah} found "
    "her with pills on {DATE:the twenty ninth}",
    "session with {NAME:preacher} that's what he goes by he's forty one pastors "
    "{ORGANIZATION:piney grove free will baptist} in {LOCATION:elizabethton}",
    "client {NAME:amber} thirty works at the {ORGANIZATION:food city} on {LOCATION:west stone "
    "drive} her ex {NAME:jesse} violated the order on {DATE:november twentieth}",
    "okay {NAME:lonnie} seventy lives alone on {LOCATION:holston mountain} his daughter "
    "{NAME:tammy} in {LOCATION:johnson city} wants him to move in",
    "note for {NAME:skyler} fourteen at {ORGANIZATION:sullivan east} his grandma {NAME:brenda} "
    "has custody his mom is at {ORGANIZATION:ridgeview} in {LOCATION:oak ridge}",
    "this is {NAME:wade} forty four works for {ORGANIZATION:norfolk southern} in "
    "{LOCATION:bluefield} his son {NAME:hunter} overdosed in {DATE:september}",
]

HOSPITAL_RECORDS_NINTH_ROUND = [
    "ADMISSION H&P\nPatient: {NAME:Rosalinda Q. Villarreal}  MRN: {MRN:40028817}\nDOA: "
    "{DATE:11/28/2026}\nAttending: {NAME:M. Chaudhry}, MD\n{ORGANIZATION:University Health}, "
    "{LOCATION:San Antonio}, TX",
    "ED NOTE: {AGE_OVER_89:94} y/o M from {ORGANIZATION:Buckner Villa Siesta} in "
    "{LOCATION:Austin} with confusion. Son {NAME:Harold Jr.} at bedside, cell "
    "{PHONE:512-555-0183}.",
    "CONSULT: Psychiatry consulted by {NAME:Dr. Okonjo} for {NAME:Ms. Tamika Boone}, 27, "
    "postpartum day 2 at {ORGANIZATION:Parkland Memorial}. Works at {ORGANIZATION:Texas "
    "Instruments} in {LOCATION:Richardson}.",
    "Social work: pt lives with boyfriend {NAME:Jared} at {LOCATION:4518 Gaston Ave}, "
    "{LOCATION:Apt 212}, {LOCATION:Dallas} {LOCATION:75246}. Medicaid {HEALTH_PLAN:Superior "
    "HealthPlan} ID {HEALTH_PLAN:SP77120394}.",
    "DISCHARGE: {NAME:Mr. Ezequiel Salinas} d/c'd {DATE:12/1/2026} to {ORGANIZATION:Doctors "
    "Hospital at Renaissance} rehab, {LOCATION:Edinburg}. F/u {NAME:Dr. Leal} at "
    "{ORGANIZATION:DHR Health} {DATE:12/8}.",
    "Nursing: pt's wife {NAME:Marisela} called from {LOCATION:Laredo} asking for update; "
    "verified with password. Room {LOCATION:5 West 512}.",
    "H&P: {NAME:Bobby Ray Tillman}, 58, oilfield worker for {ORGANIZATION:Pioneer Natural "
    "Resources} in {LOCATION:Midland}, BIBA with SI after layoff {DATE:Nov 15}.",
    "Psych eval: {NAME:Hieu Tran}, 33, {EMAIL:htran.hou@gmail.com}, referred by "
    "{ORGANIZATION:Harris Health} {ORGANIZATION:Ben Taub} ED. Plate {VEHICLE:TX NKR-4471} noted "
    "by security.",
    "ED triage: {NAME:Keandre Mitchell}, DOB {DATE:06/19/2004}, GSW to L thigh, brought by "
    "{ORGANIZATION:Houston Fire} from {LOCATION:Cullen Blvd}. Acct {ACCOUNT:HH-88120945}.",
    "Progress note HD4: {NAME:Gloria Estrada} calmer. Niece {NAME:Yvette} visiting from "
    "{LOCATION:El Paso}; pt asked for chaplain {NAME:Fr. Benitez}.",
    "DISCHARGE SUMMARY: {NAME:Carl Weatherby}, {AGE_OVER_89:91}, admitted {DATE:11/22/2026} for "
    "delirium, discharged to The {ORGANIZATION:Hallmark} in {LOCATION:Houston}.",
    "Consult: {NAME:Layla Haddad}, 19, {ORGANIZATION:Texas A&M} student, overdose on "
    "{DATE:11/30}. Roommate {NAME:Brooke} called 911 from {ORGANIZATION:Hullabaloo Hall}.",
]

LETTERS_AND_FORMS_SEVENTH_ROUND = [
    "To Whom It May Concern: {NAME:Jamal Pettiford} (DOB {DATE:02/09/1991}) has been in "
    "treatment with me since {DATE:March 2025}. Please excuse him from work at "
    "{ORGANIZATION:GM Orion Assembly}. - {NAME:Dana Szymanski}, LMSW",
    "AUTHORIZATION TO RELEASE: I, {NAME:Heather Kowalski}, authorize {ORGANIZATION:Lakeshore "
    "Counseling} to release records to {NAME:Dr. Aaron Feldman}, {ORGANIZATION:Henry Ford "
    "Health}, fax {FAX:313-555-0148}.",
    "INTAKE FORM\nName: {NAME:Deshawn Carter}\nAddress: {LOCATION:19320 Greenfield Rd}, "
    "{LOCATION:Detroit} MI {LOCATION:48235}\nPhone: {PHONE:(313) 555-0177}\nEmployer: "
    "{ORGANIZATION:Detroit Diesel}\nEmergency contact: {NAME:Tonya Carter} (wife)",
    "Dear {NAME:Judge Morales}, I write regarding {NAME:Kevin Lutz}, case "
    "{OTHER_ID:2026-1187-DC}, in {ORGANIZATION:54-A District Court}. He has attended 14 of 16 "
    "sessions.",
    "Letter of support: {NAME:Fatima Saad} has been my client since {DATE:6/2024}. She lives in "
    "{LOCATION:Dearborn} with her children and works at {ORGANIZATION:ACCESS}.",
    "Release of information: client {NAME:Tyler Bosch}, SSN {SSN:384-55-0192}, to "
    "Michigan Rehabilitation Services, {LOCATION:Grand Rapids} office.",
    "INTAKE: Name {NAME:Ashley Vandermolen}; DOB {DATE:10/11/1998}; Insurance "
    "{HEALTH_PLAN:Priority Health} #{HEALTH_PLAN:P88401992}; PCP {NAME:Dr. Kuipers}, "
    "{ORGANIZATION:Spectrum Health} {LOCATION:Zeeland}.",
    "Court letter: {NAME:Marcus Green} completed the 26-week BIP at our {LOCATION:Flint} office "
    "on {DATE:11/24/2026}. Probation officer: {NAME:Ms. Ruth Abney}, {ORGANIZATION:Genesee "
    "County Probation}.",
    "Dear {NAME:Mr. and Mrs. Lindqvist}, your son {NAME:Erik} missed his appointments on "
    "{DATE:11/4} and {DATE:11/18}. Please call {PHONE:906-555-0120} to reschedule.",
    "School letter: {NAME:Olivia Brennan} (grade 8, {ORGANIZATION:Clarkston Junior High}) may "
    "leave class when anxious. Contact counselor {NAME:Mr. Dubois}.",
    "ESA letter: {NAME:Naomi Price}, {LOCATION:221 W Michigan Ave}, {LOCATION:Kalamazoo}, has a "
    "disability; her dog {NAME:Biscuit} is an emotional support animal.",
    "FMLA form: employee {NAME:Brandon Yee}, employer {ORGANIZATION:Meijer} store "
    "{ORGANIZATION:#212}, leave from {DATE:12/1/2026} to {DATE:12/29/2026}.",
]

SPOKEN_NOTES_FIFTIETH_ROUND = [
    "okay session with {NAME:esperanza} she's fifty two works at {ORGANIZATION:intel} in "
    "{LOCATION:rio rancho} her son {NAME:joaquin} was arrested on {LOCATION:central avenue} on "
    "{DATE:november sixteenth}",
    "note for {NAME:mr begay} he's {AGE_OVER_89:ninety six} lives outside {LOCATION:shiprock} "
    "his granddaughter {NAME:shandiin} drives him in from {LOCATION:farmington}",
    "this is {NAME:dusty} thirty nine he's a feedlot hand near {LOCATION:hereford} and his wife "
    "{NAME:charla} took the kids to {LOCATION:amarillo}",
    "client {NAME:marisa} twenty four student at {ORGANIZATION:unm} and works at the "
    "{ORGANIZATION:frontier} on {LOCATION:central} her ex {NAME:gabe} keeps texting",
    "okay {NAME:lorenzo} sixty seven retired from {ORGANIZATION:los alamos} lab his wife "
    "{NAME:theresa} died on {DATE:all souls day} and he won't leave the house",
    "session with {NAME:ashlyn} fifteen at {ORGANIZATION:tascosa high} her dad {NAME:brent} "
    "drinks and punched a hole in the wall on {DATE:the eighth}",
    "note on {NAME:ernesto} thirty three works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:amarillo} got his hand caught on {DATE:october thirtieth}",
    "this is {NAME:kaya} twenty she's at {ORGANIZATION:dine college} in {LOCATION:tsaile} and "
    "her cousin {NAME:tyrell} died in a crash on {LOCATION:highway four ninety one}",
    "client {NAME:benny} forty eight he's a guard at {ORGANIZATION:otero county prison} and "
    "has nightmares since the riot on {DATE:july fourth}",
    "okay {NAME:rosemary} seventy four lives at {ORGANIZATION:la vida llena} her daughter "
    "{NAME:pam} in {LOCATION:santa fe} handles her money",
    "session with {NAME:cruz} he's thirty oil field in {LOCATION:hobbs} for "
    "{ORGANIZATION:halliburton} his girlfriend {NAME:vanessa} is due in {DATE:january}",
    "note for {NAME:sophia} eleven her mom {NAME:leticia} says kids at {ORGANIZATION:mesa "
    "vista middle} call her names she was born in {LOCATION:juarez}",
    "this is {NAME:wes} fifty five a rancher near {LOCATION:tucumcari} the bank is taking the "
    "land his number is {PHONE:five seven five five five five zero one three eight}",
]

SPOKEN_NOTES_FIFTY_FIRST_ROUND = [
    "okay {NAME:deandre} twenty one he works at {ORGANIZATION:united center} concessions his "
    "brother {NAME:tay} got shot on {LOCATION:sixty third street} on {DATE:the twelfth}",
    "note for {NAME:mrs kowalczyk} she's {AGE_OVER_89:ninety two} lives in "
    "{LOCATION:archer heights} her son {NAME:stan} wants her in {ORGANIZATION:st paul's house}",
    "this is {NAME:lupita} thirty four she cleans offices downtown for {ORGANIZATION:abm} and "
    "her husband {NAME:chuy} was deported {DATE:last august}",
    "client {NAME:jordan} nineteen at {ORGANIZATION:loyola} his roommate {NAME:evan} found him "
    "on the roof of {ORGANIZATION:mertz hall}",
    "session with {NAME:mike} forty seven a cop with {ORGANIZATION:cpd} in the "
    "{LOCATION:eleventh district} he shot someone on {DATE:september ninth}",
    "okay {NAME:tanisha} twenty nine nurse at {ORGANIZATION:froedtert} in "
    "{LOCATION:wauwatosa} her son {NAME:kj} is at {ORGANIZATION:lincoln hills}",
    "note on {NAME:hank} sixty two union pipefitter retired from {ORGANIZATION:local 597} his "
    "wife {NAME:maureen} is in hospice at {ORGANIZATION:rush}",
    "this is {NAME:amira} twenty six works at {ORGANIZATION:harley davidson} on "
    "{LOCATION:juneau avenue} her father {NAME:khalid} says she can't marry {NAME:jake}",
    "client {NAME:serena} thirty eight lives in {LOCATION:pilsen} works at "
    "{ORGANIZATION:mariano's} her daughter {NAME:itzel} has been cutting",
    "session with {NAME:bo} he's fifty eight drives a cta bus on the {LOCATION:seventy ninth} "
    "route and got assaulted on {DATE:november first}",
    "okay {NAME:precious} seventeen at {ORGANIZATION:king college prep} her grandma "
    "{NAME:earline} raises her in {LOCATION:bronzeville}",
    "note for {NAME:todd} thirty one a trader at {ORGANIZATION:citadel} gambling debts his "
    "wife {NAME:lauren} found the statements on {DATE:thanksgiving}",
    "this is {NAME:marek} forty four roofer from {LOCATION:cicero} fell off a ladder on "
    "{DATE:october twenty first} and he's on percocet from {NAME:dr shah}",
]

TYPED_NOTES_FIFTEENTH_ROUND = [
    "CBT: {NAME:Hannah Lindgren}, 28, catastrophizing about layoff rumors at "
    "{ORGANIZATION:Nike}. Homework: thought log. Next {DATE:12/15}.",
    "DBT: {NAME:Jasmine Ortiz} used DEAR MAN with landlord {NAME:Mr. Pham} about the mold at "
    "{LOCATION:3317 SE Division St}, {LOCATION:Portland}.",
    "ACT: {NAME:Cole Whitaker} (firefighter, {ORGANIZATION:Tualatin Valley Fire & Rescue}) "
    "values family; wife {NAME:Andrea}, kids {NAME:Mia} and {NAME:Owen}.",
    "EMDR: {NAME:Sgt. Luis Pena} ({ORGANIZATION:JBLM}), target: IED on {DATE:4/17/2011}. SUDS "
    "9 -> 4. Spouse {NAME:Karina}.",
    "IFS: {NAME:Marguerite Ellis} met an exile from age 7 at her grandmother's farm in "
    "{LOCATION:Walla Walla}.",
    "Psychodynamic: {NAME:Dr. Peter Huang} (client) explored rivalry with colleague "
    "{NAME:Dr. Stein} at {ORGANIZATION:OHSU}.",
    "Motivational interviewing: {NAME:Travis Boone}, 35, {ORGANIZATION:Weyerhaeuser} mill in "
    "{LOCATION:Longview}; drinking 12/day. Change talk noted.",
    "Intake: {NAME:Aaliyah Brooks}, DOB {DATE:07/30/2003}, {LOCATION:1420 S 19th St}, "
    "{LOCATION:Tacoma}, WA {LOCATION:98405}. Cell {PHONE:253-555-0191}. "
    "{EMAIL:aaliyah.brooks03@outlook.com}.",
    "Exposure: {NAME:Noah Fischer} rode the MAX from {LOCATION:Gresham} to "
    "{LOCATION:Pioneer Square}. SUDS peak 70.",
    "Termination: {NAME:Grace Kim} relocating to {LOCATION:Spokane} {DATE:1/3}; records "
    "to {NAME:Dr. Alvarez} at {ORGANIZATION:Frontier Behavioral Health}.",
    "Safety plan: {NAME:Kyle Dunn}, 19, {ORGANIZATION:WSU} student. Contacts: RA "
    "{NAME:Priya}, mom {NAME:Dawn} {PHONE:509-555-0147}.",
    "Couples (EFT): {NAME:Sam} and {NAME:Riley Okafor}; {NAME:Riley} works nights at "
    "{ORGANIZATION:Providence St. Vincent}.",
    "Play therapy: {NAME:Eli} (5) buried the toy dog; his dog {NAME:Rocket} died "
    "{DATE:last Tuesday}. Mom {NAME:Tara} present.",
]

GROUP_AND_FAMILY_NOTES_FIFTH = [
    "Group (men's anger mgmt): present {NAME:Darnell W.}, {NAME:Chris P.}, {NAME:Luis R.}, "
    "{NAME:Tom B.}. {NAME:Chris} disclosed DV arrest on {DATE:11/22}.",
    "Family session: {NAME:Gloria} and {NAME:Hector Mendez} with daughters {NAME:Ana} (16) and "
    "{NAME:Sofi} (12). {NAME:Ana} ran away to her boyfriend {NAME:Diego}'s in "
    "{LOCATION:Pasco}.",
    "Couples: {NAME:Jen} and {NAME:Matt Sorensen}. {NAME:Matt}'s mother {NAME:Carol} moving in "
    "{DATE:January}.",
    "group today was {NAME:tina} {NAME:rochelle} {NAME:maggie} and {NAME:bev} {NAME:maggie} "
    "shared that her son {NAME:austin} relapsed",
    "Teen DBT group: {NAME:Kenzie}, {NAME:Avery}, {NAME:Jaylen}, {NAME:Marcus}. "
    "{NAME:Jaylen} late; bus from {LOCATION:Kent}.",
    "family session with the {NAME:okonkwos} dad {NAME:emeka} mom {NAME:ngozi} and "
    "{NAME:chidera} who's fourteen",
    "Grief group: {NAME:Ruth} (husband {NAME:Walt} d. {DATE:8/9}), {NAME:Joyce} (son "
    "{NAME:Brian}), {NAME:Dolores}.",
    "Parent session with {NAME:Mr. and Mrs. Tran}; son {NAME:Kevin} (15) suspended from "
    "{ORGANIZATION:Evergreen High} for vaping.",
    "multifamily group the {NAME:garcias} the {NAME:bells} and {NAME:tonya} with her kids "
    "{NAME:jayla} and {NAME:jr}",
    "Couples: {NAME:Aaron Feld} and {NAME:Josh Martinez}; {NAME:Josh}'s ex {NAME:Daniel} "
    "texting again.",
    "Family: Grandma {NAME:Pearl} raising {NAME:Tyson} (9) and {NAME:Aniyah} (7); their mom "
    "{NAME:Keisha} at {ORGANIZATION:Coffee Creek}.",
    "SUD group: {NAME:Randy}, {NAME:Heather}, {NAME:Big Mike}, {NAME:Sara K.}; {NAME:Heather} "
    "has 30 days, chip at {ORGANIZATION:Alano Club} of {LOCATION:Portland}.",
]

SPOKEN_NOTES_FIFTY_SECOND_ROUND = [
    "okay {NAME:tavon} twenty three he works at {ORGANIZATION:johns hopkins} in environmental "
    "services his little brother {NAME:dre} got shot on {LOCATION:north avenue} on {DATE:the "
    "nineteenth}",
    "note for {NAME:mrs dimarco} she's {AGE_OVER_89:ninety seven} lives in "
    "{LOCATION:little italy} her niece {NAME:gina} comes by sundays",
    "this is {NAME:keisha} thirty she drives for mta and her ex {NAME:ronnie} "
    "followed her bus route on {DATE:tuesday the eleventh}",
    "client {NAME:sean} forty two longshoreman at {ORGANIZATION:seagirt} lives in "
    "{LOCATION:dundalk} his wife {NAME:colleen} says he drinks every night",
    "session with {NAME:maritza} she's twenty six from {LOCATION:kensington} in recovery at "
    "{ORGANIZATION:kirkbride} her daughter {NAME:nevaeh} is with her mom",
    "okay {NAME:big john} fifty nine sanitation for the {ORGANIZATION:city of philadelphia} "
    "his grandson {NAME:malik} got locked up at {ORGANIZATION:cfcf}",
    "note on {NAME:anh} thirty seven works nails at {ORGANIZATION:lotus spa} in "
    "{LOCATION:south philly} her husband {NAME:tuan} hits her",
    "this is {NAME:brianna} sixteen at {ORGANIZATION:masterman} she's been cutting since her "
    "dad {NAME:rob} left on {DATE:labor day}",
    "client {NAME:omari} twenty nine nurse tech at {ORGANIZATION:temple} on {LOCATION:broad "
    "street} was robbed at gunpoint on {DATE:october twelfth}",
    "session with {NAME:denise} fifty one works at {ORGANIZATION:lexington market} her son "
    "{NAME:tyrone} is in {ORGANIZATION:jessup} and she visits every other saturday",
    "okay {NAME:eileen} sixty eight retired {ORGANIZATION:septa} dispatcher from "
    "{LOCATION:fishtown} her husband {NAME:frank} has parkinson's",
    "note for {NAME:xavier} eleven his foster mom {NAME:ms pat} says he runs off to his old "
    "block on {LOCATION:greenmount}",
    "this is {NAME:latrice} thirty four home health aide with {ORGANIZATION:bayada} her "
    "client {NAME:mr hobbs} died on her shift on {DATE:november fourth}",
]

SPOKEN_NOTES_FIFTY_THIRD_ROUND = [
    "okay {NAME:jamarcus} twenty eight works at {ORGANIZATION:mercedes} in {LOCATION:vance} "
    "his cousin {NAME:quan} was killed in {LOCATION:tuscaloosa} on {DATE:the thirtieth}",
    "note for {NAME:miss hattie} she's {AGE_OVER_89:ninety nine} lives out past "
    "{LOCATION:greenwood} her great grandson {NAME:darius} takes care of her",
    "this is {NAME:bailey} seventeen at {ORGANIZATION:hewitt trussville} her boyfriend "
    "{NAME:trey} shared her pictures on snapchat",
    "client {NAME:lashonda} forty one line worker at {ORGANIZATION:nissan} in "
    "{LOCATION:canton} her son {NAME:kendrick} is at {ORGANIZATION:oakley}",
    "session with {NAME:wyatt} thirty three shrimper out of {LOCATION:bayou la batre} hurricane "
    "took his boat on {DATE:august twenty ninth}",
    "okay {NAME:rev thomas} sixty five pastor at {ORGANIZATION:sixteenth street baptist} "
    "grieving his wife {NAME:clara}",
    "note on {NAME:kaylee} twenty two at {ORGANIZATION:ole miss} she was assaulted at a "
    "party on {LOCATION:jackson avenue} on {DATE:homecoming weekend}",
    "this is {NAME:earl} seventy one lives in {LOCATION:clarksdale} his daughter {NAME:vera} "
    "in {LOCATION:memphis} wants him to move",
    "client {NAME:marcus} thirty six works at {ORGANIZATION:ingalls} in {LOCATION:pascagoula} "
    "and his wife {NAME:tasha} found pills in his truck",
    "session with {NAME:dottie} fifty seven cashier at the {ORGANIZATION:piggly wiggly} in "
    "{LOCATION:eufaula} her husband {NAME:royce} had a stroke on {DATE:october sixth}",
    "okay {NAME:tre} nineteen at {ORGANIZATION:alabama a and m} his roommate {NAME:jalen} "
    "called campus police on {DATE:the fifteenth}",
    "note for {NAME:lily} nine her grandmother mamaw {NAME:joyce} is raising her in "
    "{LOCATION:cullman} since her mom went to {ORGANIZATION:tutwiler}",
    "this is {NAME:antonio} forty four works offshore for {ORGANIZATION:transocean} out of "
    "{LOCATION:gulfport} two weeks on two off",
]

CLINICAL_NOTES_TENTH_ROUND = [
    "PSYCHIATRY ADMISSION NOTE\nPatient: {NAME:Desmond A. Whitaker}  MRN: {MRN:00713928}\n"
    "Date: {DATE:11/29/2026}\nUnit: {LOCATION:4 North}\nAttending: {NAME:L. Moreau}, MD",
    "CC: \"I can't stop hearing them.\" HPI: {NAME:Mr. Whitaker} is a 34M brought by "
    "{ORGANIZATION:Baltimore County Police} from his mother's home on {LOCATION:Eastern Ave}.",
    "Collateral: mother {NAME:Gwendolyn Whitaker} ({PHONE:410-555-0139}) reports he stopped "
    "Invega after losing his job at {ORGANIZATION:Domino Sugar} on {DATE:10/31}.",
    "C-L consult: {NAME:Ms. Priya Raman}, 61, POD 2 s/p CABG at {ORGANIZATION:Sinai "
    "Hospital}; delirium. Daughter {NAME:Anjali} at bedside.",
    "Progress note {DATE:12/2}: pt calmer, attended group; asked to call sister "
    "{NAME:Renee} in {LOCATION:Silver Spring}.",
    "Legal: pt on 72-hr hold; hearing before {NAME:ALJ Parker} {DATE:12/4}. Public defender "
    "{NAME:Mr. Osei}.",
    "Social hx: grew up in {LOCATION:Cherry Hill}, {LOCATION:Baltimore}; graduated "
    "{ORGANIZATION:Patterson High} 2010; 2 children with {NAME:Tamara}.",
    "Substance: UDS + cannabis, cocaine. Last use {DATE:11/27} with friend {NAME:\"Boo\"} on "
    "{LOCATION:Monument St}.",
    "Discharge plan: f/u {ORGANIZATION:People Encouraging People} ACT team, case manager "
    "{NAME:Ms. Lyle}, {PHONE:443-555-0112}; address {LOCATION:2207 E Preston St}.",
    "Geri-psych: {NAME:Mrs. Florence Adeyemi}, {AGE_OVER_89:96}, from {ORGANIZATION:Roland Park "
    "Place}; son {NAME:Tunde} is HCP.",
    "ED psych eval {DATE:11/30/2026} 02:14: {NAME:Jasmine Cole}, 19, {ORGANIZATION:Towson} "
    "student, SI after breakup with {NAME:Kyle}; roommate {NAME:Ava} found note.",
    "Capacity eval: {NAME:Mr. Ignatius Boyle}, 88, refuses {ORGANIZATION:Keswick} placement; "
    "wants to return to {LOCATION:Hampden} rowhouse.",
]

MESSAGES_TWELFTH_ROUND = [
    "hey its {NAME:kiara} i posted something bad on my insta {OTHER_ID:@kiki.hurts} can you "
    "call me {PHONE:251-555-0171}",
    "Email from {NAME:Rev. Dale Simmons} <{EMAIL:pastordale@gracefellowshipbham.org}>: "
    "{NAME:Brother Curtis} asked me to reach out, he is struggling since {DATE:Nov 2}.",
    "VM 3:47p: {NAME:Tamika} with {ORGANIZATION:Mobile County DHR}, re: {NAME:Jaylen Parker}, "
    "case {OTHER_ID:MC-26-4471}, home visit {DATE:12/9}. {PHONE:251-555-0194}.",
    "txt: its {NAME:wyatt} i lost my phone, new number {PHONE:228-555-0163}, still on for "
    "thursday?",
    "Portal: Please send the letter to my lawyer {NAME:Jenna Rhodes}, {ORGANIZATION:Rhodes & "
    "Keller}, {LOCATION:200 N 20th St}, {LOCATION:Birmingham}. Thanks, {NAME:Andre Moss}",
    "hi {NAME:ms kelly} this is {NAME:dottie}s daughter {NAME:rhonda} mama fell again last "
    "night were at {ORGANIZATION:medical west}",
    "Email: Dear {NAME:Dr. Kaplan}, my son {NAME:Ethan}'s teacher {NAME:Ms. Ruiz} says he "
    "hides under his desk. His school is {ORGANIZATION:Mountain Brook Elementary}.",
    "Voicemail: {NAME:Officer Daniels}, {ORGANIZATION:Hattiesburg PD}, badge "
    "{OTHER_ID:612}, about {NAME:Trevor Green}'s welfare check on {LOCATION:Hardy St}.",
    "Portal msg: here's the fundraiser for my brother {NAME:Deshawn}: "
    "{URL:gofundme.com/f/justice-for-deshawn-miles}",
    "txt from {NAME:jr}: im at the {ORGANIZATION:waffle house} on {LOCATION:highway 98} cant "
    "go home my stepdad {NAME:lonnie} is drunk",
    "Email: {NAME:Sgt. Amanda Price}, {ORGANIZATION:Keesler AFB} Family Advocacy, requests "
    "records for {NAME:A1C Tyler Ross}; fax {FAX:228-555-0181}.",
    "hey coach said i could text u, its {NAME:jamari}, my mom {NAME:tonya} got "
    "evicted from {ORGANIZATION:pine ridge apartments} today",
]

SPOKEN_NOTES_FIFTY_FOURTH_ROUND = [
    "okay {NAME:abdirahman} twenty five drives for {ORGANIZATION:metro transit} out of "
    "{LOCATION:heywood garage} his uncle {NAME:farah} wants him to go back to school",
    "note for {NAME:mrs lindquist} she's {AGE_OVER_89:ninety one} lives at "
    "{ORGANIZATION:walker methodist} in {LOCATION:south minneapolis} her son {NAME:nels} "
    "visits every sunday",
    "this is {NAME:kaylynn} sixteen at {ORGANIZATION:roosevelt high} her mom {NAME:crystal} "
    "is on the {LOCATION:white earth} reservation and she lives with her aunt",
    "client {NAME:dustin} thirty three works the oil patch near {LOCATION:williston} for "
    "{ORGANIZATION:continental} his wife {NAME:kelsey} left on {DATE:october ninth}",
    "session with {NAME:pa} he's hmong forty one works at {ORGANIZATION:3m} in "
    "{LOCATION:cottage grove} his son {NAME:tou} got arrested in {LOCATION:frogtown}",
    "okay {NAME:gretchen} fifty six a farmer near {LOCATION:watertown} the bank called the note "
    "and her husband {NAME:arlen} won't talk",
    "note on {NAME:jayden} nineteen at {ORGANIZATION:usd} in {LOCATION:vermillion} his "
    "roommate {NAME:tanner} found him in the bathroom on {DATE:the third}",
    "this is {NAME:amina} thirty she's a nurse at {ORGANIZATION:hennepin healthcare} her "
    "brother {NAME:yusuf} was shot on {LOCATION:lake street} on {DATE:august fourteenth}",
    "client {NAME:tyler} twenty eight works at {ORGANIZATION:sanford} in {LOCATION:sioux "
    "falls} and drinks at the {ORGANIZATION:pub on phillips} every night",
    "session with {NAME:wanbli} forty four from {LOCATION:pine ridge} works for "
    "{ORGANIZATION:oglala sioux tribe} his daughter {NAME:winona} is at {ORGANIZATION:red "
    "cloud}",
    "okay {NAME:brent} sixty retired from {ORGANIZATION:hormel} in {LOCATION:austin} his wife "
    "{NAME:sharon} died on {DATE:christmas eve}",
    "note for {NAME:emma} twelve she's at {ORGANIZATION:highland park middle} kids call her "
    "names her dad {NAME:jon} travels for {ORGANIZATION:target} corporate",
    "this is {NAME:ricky} thirty seven works at {ORGANIZATION:cargill} in "
    "{LOCATION:west fargo} he punched his foreman {NAME:denny} on {DATE:the twentieth}",
]

SPOKEN_NOTES_FIFTY_FIFTH_ROUND = [
    "okay {NAME:vinny} forty six a union carpenter with {ORGANIZATION:local 253} lives in "
    "{LOCATION:toms river} since the divorce from {NAME:dana}",
    "note for {NAME:mrs goldberg} she's {AGE_OVER_89:ninety five} lives at "
    "the {ORGANIZATION:bristal} in {LOCATION:east meadow} her daughter {NAME:rhoda} calls daily",
    "this is {NAME:nicole} twenty nine nurse at {ORGANIZATION:hackensack meridian} her "
    "husband {NAME:matt} is a cop in {LOCATION:paramus} and checks her phone",
    "client {NAME:jose} thirty one works at {ORGANIZATION:newark airport} for "
    "{ORGANIZATION:swissport} his brother {NAME:luis} was detained in {LOCATION:elizabeth}",
    "session with {NAME:priya} she's twenty four at {ORGANIZATION:rutgers} in "
    "{LOCATION:new brunswick} her parents in {LOCATION:edison} found her boyfriend {NAME:ryan}",
    "okay {NAME:tommy} sixty two retired lirr conductor from "
    "{LOCATION:massapequa} his son {NAME:sean} overdosed on {DATE:july twenty first}",
    "note on {NAME:kiara} sixteen at {ORGANIZATION:hempstead high} her mom {NAME:tasha} "
    "works doubles at {ORGANIZATION:nassau university medical center}",
    "this is {NAME:giovanni} thirty eight owns {ORGANIZATION:gio's pizzeria} on "
    "{LOCATION:route 35} in {LOCATION:belmar} his business partner {NAME:sal} stole from him",
    "client {NAME:aisha} forty works for nj transit and her ex {NAME:andre} "
    "showed up at {LOCATION:secaucus junction} on {DATE:november eighteenth}",
    "session with {NAME:danny} nineteen he works at {ORGANIZATION:jenkinson's} on the "
    "boardwalk in {LOCATION:point pleasant} and got jumped on {DATE:labor day}",
    "okay {NAME:rosa} fifty three cleans houses in the {LOCATION:hamptons} for "
    "{ORGANIZATION:sparkle clean} her son {NAME:kevin} is at {ORGANIZATION:stony brook}",
    "note for {NAME:ethan} ten his parents {NAME:mark} and {NAME:lisa} are divorcing and he "
    "goes to {LOCATION:ridgewood} {ORGANIZATION:travell elementary}",
    "this is {NAME:marisol} thirty five her number is {PHONE:nine seven three five five five "
    "zero one nine eight} she lives on {LOCATION:ferry street} in the {LOCATION:ironbound}",
]

TYPED_NOTES_SIXTEENTH_ROUND = [
    "SOAP: S: {NAME:Caleb Ruiz}, 27, anxious since layoff from {ORGANIZATION:Dell} "
    "{LOCATION:Round Rock}. A: GAD. P: CBT weekly; next {DATE:12/14}.",
    "DAP: D: {NAME:Jolene Whitfield} reports husband {NAME:Buck} drinks at {ORGANIZATION:Gruene "
    "Hall} most nights. A: codependency themes. P: Al-Anon.",
    "BIRP: B: {NAME:Mateo Salazar} (14), {ORGANIZATION:Akins High}, fights. I: anger "
    "thermometer. R: engaged. P: meet with {NAME:Coach Villanueva} {DATE:12/11}.",
    "Intake: {NAME:Rebecca Lindholm}, DOB {DATE:4/22/1979}, {LOCATION:8812 Spicewood Springs "
    "Rd}, {LOCATION:Austin}, TX {LOCATION:78759}. Work: {ORGANIZATION:Apple} {LOCATION:Parmer} "
    "campus. Cell {PHONE:512-555-0152}.",
    "Risk: {NAME:Dalton Greer}, 22, veteran, sold his rifle to brother {NAME:Wade} in "
    "{LOCATION:Kerrville} on {DATE:11/26}; means restriction confirmed.",
    "Couples: {NAME:Nora} and {NAME:Felipe Castaneda} met at {ORGANIZATION:UT}; conflict "
    "over {NAME:Felipe}'s mother {NAME:Doña Carmen} living with them.",
    "Progress: {NAME:Sunny Tran} started at {ORGANIZATION:Tesla Giga Texas}; sleep better. "
    "Sister {NAME:Linh} in {LOCATION:Pflugerville} supportive.",
    "Psychodynamic: {NAME:Dr. Abigail Stern} (client), professor at {ORGANIZATION:Texas "
    "State} in {LOCATION:San Marcos}, discussed her father's death in {DATE:June 2019}.",
    "Group note: {NAME:Hector G.} shared about his DWI in {LOCATION:Travis County}; court "
    "{DATE:1/6} at {ORGANIZATION:Blackwell-Thurman}.",
    "Telehealth: client in car outside {ORGANIZATION:H-E-B} on {LOCATION:South Congress}; "
    "privacy discussed. {NAME:Maria Esquivel}.",
    "Discharge: {NAME:Levi Baker} completed IOP at {ORGANIZATION:Austin Oaks}; sponsor "
    "{NAME:Big Ray}; home group {ORGANIZATION:Serenity Club} {LOCATION:Wimberley}.",
    "School consult: {NAME:Ms. Hollis}, counselor at {ORGANIZATION:Dripping Springs "
    "Middle}, re: {NAME:Avery Cole} (12) self-harm disclosure {DATE:Monday 12/7}.",
]

RARER_KINDS_FIFTH_ROUND = [
    "Client {NAME:Garrett Olsen} showed me his ex's TikTok {OTHER_ID:@jessiesaysnope} where she "
    "posts about him; blocked her on his account {OTHER_ID:@g.olsen44}.",
    "Telehealth dropped; platform log shows client IP {IP:73.164.22.198} and the session link "
    "{URL:https://vsee.me/u/drmartinez-clinic}.",
    "{NAME:Ruth Abernathy}'s CPAP (serial {DEVICE:J2B-44710-8823}) alarms wake her; DME "
    "{ORGANIZATION:Apria} account {ACCOUNT:APR-0091774}.",
    "CDL {LICENSE:D1470-33918-55207} suspended after the DUI; {NAME:Mr. Kowalski} needs a "
    "letter for the hearing {DATE:12/18}.",
    "Car repossessed: 2017 Silverado, VIN {VEHICLE:1GCVKREC7HZ332871}, plate "
    "{VEHICLE:MN 7KR 442}. Client {NAME:Denise Hull} devastated.",
    "Nursing license RN {LICENSE:2219847} under board review; {NAME:Tara Bjork} fears losing "
    "her job at {ORGANIZATION:Essentia}.",
    "Photo of client's tattoo (her daughter's name \"{NAME:Aubree}\" and birth date "
    "{DATE:3.14.16}) in chart; client consented.",
    "Claim {OTHER_ID:CLM-2026-0088147} denied by {HEALTH_PLAN:Medica}; member ID "
    "{HEALTH_PLAN:MED44719021}. Appeal filed.",
    "Probation: case {OTHER_ID:27-CR-25-11873}, officer {NAME:Ms. Dahl}, "
    "{EMAIL:kdahl@hennepin.us}.",
    "Fitbit (serial {DEVICE:FB512-7719-0043}) sleep data reviewed with {NAME:Ava Lund}; avg 5.1 "
    "h.",
    "Checking account ending {ACCOUNT:4417} at {ORGANIZATION:Bremer Bank} overdrawn; client "
    "{NAME:Josh Nygaard} gambling on draftkings.com.",
    "Passport {LICENSE:X44719823} renewed so {NAME:Hodan Ali} can visit her mother in "
    "{LOCATION:Mogadishu} on {DATE:1/20}.",
]

SPOKEN_NOTES_FIFTY_SIXTH_ROUND = [
    "okay {NAME:dontrell} twenty two works at {ORGANIZATION:ups worldport} nights his cousin "
    "{NAME:marquis} got shot in {LOCATION:shawnee} on {DATE:the second}",
    "note for {NAME:mrs heilmann} she's {AGE_OVER_89:ninety three} lives in "
    "{LOCATION:germantown} her son {NAME:kurt} wants to sell the house on {LOCATION:lydia "
    "street}",
    "this is {NAME:brayden} sixteen at {ORGANIZATION:st x} his dad {NAME:greg} pushes him on "
    "football and he's been purging",
    "client {NAME:tamara} thirty five nurse at {ORGANIZATION:norton} her husband {NAME:jeff} "
    "took the kids to his mother in {LOCATION:jeffersonville}",
    "session with {NAME:luis} forty works at {ORGANIZATION:churchill downs} on the backside "
    "his brother {NAME:rafael} was kicked by a horse on {DATE:derby day}",
    "okay {NAME:kelsey} twenty six she's a bartender at the {ORGANIZATION:blind pig} in "
    "{LOCATION:over the rhine} a regular named {NAME:todd} follows her home",
    "note on {NAME:wendell} fifty eight retired from {ORGANIZATION:ge appliance park} his wife "
    "{NAME:darlene} has stage four",
    "this is {NAME:aaliyah} nineteen at {ORGANIZATION:xavier} her roommate {NAME:madison} "
    "took her to {ORGANIZATION:christ hospital} on {DATE:november ninth}",
    "client {NAME:jimmy} forty seven owns {ORGANIZATION:jimmy's body shop} in "
    "{LOCATION:covington} and his partner {NAME:ray} skipped town with the money",
    "session with {NAME:sister mary agnes} she's {AGE_OVER_89:ninety} at the "
    "motherhouse in {LOCATION:nazareth} grief over {NAME:sister rose}",
    "okay {NAME:trey} thirty one deputy with {ORGANIZATION:hamilton county sheriff} he shot a "
    "dog on a call on {DATE:october fifteenth}",
    "note for {NAME:kinsley} nine her mom {NAME:brittany} is at the {ORGANIZATION:healing "
    "place} and grandma {NAME:vickie} has her",
    "this is {NAME:omar} thirty three drives for {ORGANIZATION:tql} out of "
    "{LOCATION:erlanger} his wife {NAME:noor} is pregnant his number is {PHONE:eight five nine "
    "five five five zero one three three}",
]

SPOKEN_NOTES_FIFTY_SEVENTH_ROUND = [
    "okay {NAME:cody} thirty four crabs out of {LOCATION:newport} on the {ORGANIZATION:lady "
    "grace} his deckhand {NAME:seth} went overboard on {DATE:december first}",
    "note for {NAME:mrs nakashima} she's {AGE_OVER_89:ninety six} lives in "
    "{LOCATION:beacon hill} {LOCATION:seattle} her daughter {NAME:joyce} worries about the stairs",
    "this is {NAME:hazel} seventeen at {ORGANIZATION:newport high} her mom {NAME:april} drinks "
    "and her boyfriend {NAME:river} lives in his van",
    "client {NAME:darnell} forty works at {ORGANIZATION:boeing} in {LOCATION:everett} his "
    "supervisor {NAME:kurt} wrote him up on {DATE:the twentieth}",
    "session with {NAME:ocean} twenty two they use they them and work at "
    "{ORGANIZATION:powell's} on {LOCATION:burnside} their dad {NAME:steve} won't call",
    "okay {NAME:marlene} sixty three a clam digger near {LOCATION:tillamook} her husband "
    "{NAME:gus} died on {DATE:the fourth of july}",
    "note on {NAME:kekoa} twenty eight works at {ORGANIZATION:pike place} fish market and his "
    "girl {NAME:leilani} is back in {LOCATION:hilo}",
    "this is {NAME:jade} thirty she's a nurse at {ORGANIZATION:harborview} and got punched by "
    "a patient on {DATE:november second}",
    "client {NAME:ron} fifty nine logger out of {LOCATION:forks} his son {NAME:travis} is in "
    "{ORGANIZATION:clallam bay}",
    "session with {NAME:mei} twenty six grad student at {ORGANIZATION:uw} her advisor "
    "{NAME:dr hartley} yells at her in lab meetings",
    "okay {NAME:buck} seventy one lives on {LOCATION:whidbey island} his wife {NAME:lorraine} "
    "has alzheimer's and wanders",
    "note for {NAME:jaxon} ten he's at {ORGANIZATION:sunnyside elementary} in "
    "{LOCATION:puyallup} his dad {NAME:derek} is deployed",
    "this is {NAME:maribel} thirty seven she packs fish at {ORGANIZATION:pacific seafood} in "
    "{LOCATION:warrenton} and her husband {NAME:chuy} drinks",
]

LETTERS_AND_FORMS_EIGHTH_ROUND = [
    "To Whom It May Concern: {NAME:Keon Batts} (DOB {DATE:05/17/1996}) attends weekly therapy "
    "at our {LOCATION:Durham} office. Please allow time off from {ORGANIZATION:Duke Energy}. "
    "- {NAME:Laura Pruitt}, LCMHC",
    "AUTHORIZATION: I, {NAME:Savannah Oxendine}, permit {ORGANIZATION:Lumbee Tribe Health} "
    "to share records with {ORGANIZATION:Southeastern Health}, fax {FAX:910-555-0133}.",
    "INTAKE\nName: {NAME:Cedric Hollowell}\nAddress: {LOCATION:411 Sumter St}, "
    "{LOCATION:Columbia} SC {LOCATION:29201}\nPhone: {PHONE:803-555-0198}\nEmployer: "
    "{ORGANIZATION:Prisma Health}\nSpouse: {NAME:Regina}",
    "Dear {NAME:Judge Whitley}, {NAME:Tyrone Bynum}, file {OTHER_ID:26CR004417}, "
    "{ORGANIZATION:Wake County District Court}, has completed 20 of 26 sessions.",
    "Letter of support: {NAME:Esperanza Mejia} lives in {LOCATION:Siler City} and works at "
    "{ORGANIZATION:Mountaire}. She has been my client since {DATE:2/2024}.",
    "Release: client {NAME:Bradley Stamey}, SSN {SSN:247-55-0183}, to SC Vocational "
    "Rehabilitation, {LOCATION:Greenville} office.",
    "INTAKE: {NAME:Mackenzie Honeycutt}; DOB {DATE:1/8/2002}; Insurance {HEALTH_PLAN:Healthy "
    "Blue} #{HEALTH_PLAN:HBL22019874}; PCP {NAME:Dr. Sarvis}, {ORGANIZATION:Novant Health}.",
    "Court letter: {NAME:Darius Jeter} completed DV classes at our {LOCATION:Rock Hill} "
    "office on {DATE:11/19/2026}. PO: {NAME:Mr. Buff}, {ORGANIZATION:York County Probation}.",
    "Dear {NAME:Mr. and Mrs. Locklear}, {NAME:Jaylen} missed {DATE:11/10} and {DATE:11/24}. "
    "Please call {PHONE:910-555-0161}.",
    "School letter: {NAME:Ella Whitt} (grade 6, {ORGANIZATION:Myers Park Traditional}) may use "
    "a pass to see counselor {NAME:Ms. Gaither}.",
    "ESA letter: {NAME:Jordan Faircloth}, {LOCATION:1902 Hope Mills Rd}, "
    "{LOCATION:Fayetteville}, NC; his cat {NAME:Pepper} is an emotional support animal.",
    "FMLA: employee {NAME:Tonya Rhyne}, employer {ORGANIZATION:Food Lion} store "
    "{ORGANIZATION:#1447}, leave {DATE:12/7/2026} through {DATE:1/4/2027}.",
]

MESSAGES_THIRTEENTH_ROUND = [
    "hola soy {NAME:guadalupe} mi hijo {NAME:kevin} no quiere ir a la escuela "
    "{ORGANIZATION:lincoln middle} can we move to jueves",
    "VM: Hi it's {NAME:Rosa Medina}, {NAME:Mateo}'s mom, he got suspended from "
    "{ORGANIZATION:Pasco High} again, call me {PHONE:509-555-0128}.",
    "txt: miss {NAME:yesenia} its {NAME:brenda} i got the job at {ORGANIZATION:tyson} in "
    "{LOCATION:pasco} start {DATE:monday the 14th}!!",
    "Email from {NAME:Ignacio Torres} <{EMAIL:itorres.wapato@gmail.com}>: mi esposa "
    "{NAME:Maria} is very sad since her mother died in Michoacán.",
    "Portal: necesito cambiar mi cita, my shift at {ORGANIZATION:Zirkle Fruit} changed. - "
    "{NAME:Juan Carlos Reyes}",
    "VM 9:02a: {NAME:Officer Castro}, {ORGANIZATION:Yakima PD}, re: {NAME:Daniela Ruiz}, "
    "report {OTHER_ID:26-Y-11873}. {PHONE:509-555-0117}.",
    "hi its {NAME:karina} my abuela {NAME:chela} is in {ORGANIZATION:memorial} room "
    "{LOCATION:412} can we do phone today",
    "txt from {NAME:sr. gomez}: {NAME:javi} no llego anoche, hes not answering "
    "{PHONE:509-555-0176}",
    "Email: Hello, I'm {NAME:Ms. Lucero}, {NAME:Alondra}'s counselor at {ORGANIZATION:Davis "
    "High}. She disclosed her uncle {NAME:Ramon} touches her. CPS called.",
    "Portal: please send my records to {NAME:Dr. Patel} at {ORGANIZATION:Comprehensive "
    "Healthcare}, {LOCATION:402 S 4th Ave}, {LOCATION:Yakima}. Gracias, {NAME:Luz Ortega}",
    "hey {NAME:ms beth} its {NAME:angel} from thursday group, im at {ORGANIZATION:union "
    "gospel mission} now they took me in",
    "VM: {NAME:Pastor Efrain} from {ORGANIZATION:Iglesia Bautista Betel} in "
    "{LOCATION:Toppenish}, {NAME:Hermana Lupe} asked me to call about her son.",
]

SPOKEN_NOTES_FIFTY_EIGHTH_ROUND = [
    "okay {NAME:deshawn} twenty four works at {ORGANIZATION:ford claycomo} his brother "
    "{NAME:kenny} got shot on {LOCATION:prospect} on {DATE:the twenty fifth}",
    "note for {NAME:mrs schaefer} she's {AGE_OVER_89:ninety two} lives in {LOCATION:south "
    "city} her son {NAME:dale} moved her to {ORGANIZATION:mother of perpetual help}",
    "this is {NAME:colton} seventeen at {ORGANIZATION:blue springs south} his girlfriend "
    "{NAME:kaylee} broke up with him on sunday night",
    "client {NAME:renee} forty three teaches at {ORGANIZATION:normandy high} and a student "
    "threatened her on {DATE:october twenty third}",
    "session with {NAME:bubba} he's fifty two hog farmer outside {LOCATION:sedalia} the "
    "bank called his note and his wife {NAME:darla} left",
    "okay {NAME:kiana} thirty works at {ORGANIZATION:cerner} in {LOCATION:north kansas city} "
    "her ex {NAME:marcus} took their son {NAME:kj} to {LOCATION:wichita}",
    "note on {NAME:father dan} he's the pastor at {ORGANIZATION:st pius} in "
    "{LOCATION:festus} burnout and drinking",
    "this is {NAME:aubrey} twenty two at {ORGANIZATION:mizzou} she got roofied at a bar on "
    "{LOCATION:broadway} in {LOCATION:columbia} on {DATE:homecoming}",
    "client {NAME:ahmed} thirty eight drives for {ORGANIZATION:bi-state} and got assaulted "
    "on the seventy bus on {DATE:november second}",
    "session with {NAME:carol ann} sixty seven lives in {LOCATION:cape girardeau} her son "
    "{NAME:wade} is in {ORGANIZATION:bonne terre}",
    "okay {NAME:tj} nineteen works at {ORGANIZATION:worlds of fun} and got fired on "
    "{DATE:labor day} he's couch surfing in {LOCATION:independence}",
    "note for {NAME:emmy} eight her mom {NAME:jess} is at {ORGANIZATION:preferred family "
    "healthcare} and dad {NAME:cody} has her",
    "this is {NAME:otis} seventy four a widower in {LOCATION:hannibal} his daughter "
    "{NAME:linda} calls from {LOCATION:quincy} every day",
]

SPOKEN_NOTES_FIFTY_NINTH_ROUND = [
    "okay {NAME:tran} thirty six works at {ORGANIZATION:exxon baytown} his wife {NAME:lan} "
    "says he yells since the explosion on {DATE:july eighth}",
    "note for {NAME:mrs broussard} she's {AGE_OVER_89:ninety four} lives in "
    "{LOCATION:port arthur} her grandson {NAME:jacques} helps her",
    "this is {NAME:jalen} sixteen at {ORGANIZATION:yates high} in the {LOCATION:third ward} "
    "his cousin {NAME:lil man} was killed on {DATE:the eleventh}",
    "client {NAME:marisol} thirty two works at {ORGANIZATION:md anderson} and her husband "
    "{NAME:ruben} was deported on {DATE:october first}",
    "session with {NAME:bobby} forty nine shrimper out of {LOCATION:kemah} lost his boat in "
    "the hurricane his wife {NAME:tammy} is leaving",
    "okay {NAME:priya} twenty eight engineer at nasa in {LOCATION:clear lake} "
    "her parents want an arranged marriage",
    "note on {NAME:deon} twenty five he works at the {ORGANIZATION:port of houston} and got "
    "hurt on {DATE:november sixth} on {LOCATION:navigation boulevard}",
    "this is {NAME:anita} fifty eight she cleans at {ORGANIZATION:memorial hermann} in the "
    "medical center her son {NAME:hector} is in {ORGANIZATION:harris county jail}",
    "client {NAME:kyle} thirty three refinery operator at {ORGANIZATION:valero} in "
    "{LOCATION:texas city} drinks a fifth a night",
    "session with {NAME:leticia} forty one from {LOCATION:pasadena} her daughter "
    "{NAME:brianna} ran off with a man she met at {ORGANIZATION:almeda mall}",
    "okay {NAME:dwayne} sixty two retired {ORGANIZATION:hpd} officer in {LOCATION:pearland} "
    "nightmares since hurricane harvey",
    "note for {NAME:mia} eleven at {ORGANIZATION:lanier middle} her dad {NAME:chris} "
    "travels and her mom {NAME:sarah} drinks",
    "this is {NAME:ngozi} thirty nine nurse at {ORGANIZATION:ben taub} and her husband "
    "{NAME:obinna} hits her his number is {PHONE:seven one three five five five zero one "
    "four nine}",
]

HOSPITAL_RECORDS_TENTH_ROUND = [
    "ED NOTE {DATE:12/1/2026} 23:40\nPt: {NAME:Shannon M. Doherty}  MRN: {MRN:0417729}\n"
    "Brought by {ORGANIZATION:Brockton Fire} from {LOCATION:Main St}; EtOH 310.",
    "ADMISSION: {NAME:Mr. Paulo Cardoso}, 52, from {LOCATION:New Bedford}, fisherman on the "
    "{ORGANIZATION:F/V Nordic Pride}, crush injury {DATE:11/30}.",
    "Consult: {NAME:Dr. Weiss} asked Psychiatry to see {NAME:Ms. Keisha Grant}, 29, "
    "{ORGANIZATION:Boston Medical Center} {LOCATION:7E}, after OD. Works at {ORGANIZATION:Dunkin'} "
    "{LOCATION:Mattapan}.",
    "Social work: pt lives with partner {NAME:Jess} at {LOCATION:14 Elm Terrace}, "
    "{LOCATION:Worcester} {LOCATION:01609}. MassHealth {HEALTH_PLAN:100294417321}.",
    "DISCHARGE: {NAME:Eleanor Pike}, {AGE_OVER_89:92}, to {ORGANIZATION:Hebrew SeniorLife} "
    "{LOCATION:Roslindale} on {DATE:12/3/2026}. Daughter {NAME:Ann} HCP.",
    "Nursing: pt's son {NAME:Rui} called from {LOCATION:Fall River}, password verified. Bed "
    "{LOCATION:4A-12}.",
    "H&P: {NAME:Tyler Gagnon}, 34, lineman for {ORGANIZATION:Central Maine Power}, fall from "
    "pole in {LOCATION:Skowhegan} {DATE:11/28}.",
    "Psych eval: {NAME:Ana Lucia Pires}, 41, {EMAIL:anapires.nb@hotmail.com}, referred by "
    "{ORGANIZATION:Seven Hills} {LOCATION:New Bedford}.",
    "Triage: {NAME:Marcus Bellamy}, DOB {DATE:02/28/1990}, stab wound, arrived POV from "
    "{LOCATION:Dudley Square}. Acct {ACCOUNT:BMC-77120448}.",
    "Progress HD2: {NAME:Doreen Fitch} tearful; sister {NAME:Patty} visiting from "
    "{LOCATION:Nashua}; requested {NAME:Rev. Lowell}.",
    "DISCHARGE SUMMARY: {NAME:Frank Testa}, 68, admitted {DATE:11/24/2026}, CHF, to "
    "{ORGANIZATION:Sacred Heart} rehab in {LOCATION:New Bedford}.",
    "Consult: {NAME:Caitlin Moore}, 20, {ORGANIZATION:BU} sophomore, panic; roommate "
    "{NAME:Zoe} called {ORGANIZATION:BUPD}.",
]

TYPED_NOTES_SEVENTEENTH_ROUND = [
    "CBT: {NAME:Logan Pierce}, 30, ski patroller at {ORGANIZATION:Breckenridge}; intrusive "
    "images after the avalanche {DATE:2/2/2026}. Next {DATE:12/16}.",
    "DBT: {NAME:Sierra Vance} used distress tolerance at work ({ORGANIZATION:King Soopers}, "
    "{LOCATION:Colfax}). Diary card urges 3/5.",
    "ACT: {NAME:Ruben Archuleta} values family; daughter {NAME:Isabel} at {ORGANIZATION:CU "
    "Boulder}; wife {NAME:Lorena}.",
    "EMDR: {NAME:Officer Dana Kim} ({ORGANIZATION:Aurora PD}), target: shooting on "
    "{LOCATION:East Colfax} {DATE:8/19/2025}. SUDS 8 -> 2.",
    "IFS: {NAME:Greta Olafsen} met a manager part that runs her bakery "
    "{ORGANIZATION:Sweet Greta's} in {LOCATION:Littleton}.",
    "Psychodynamic: {NAME:Dr. Sam Ortiz} (client), ER physician at {ORGANIZATION:Denver "
    "Health}, explored his father's alcoholism.",
    "MI: {NAME:Cody Trujillo}, 26, {ORGANIZATION:Suncor} refinery in {LOCATION:Commerce "
    "City}; using meth on weekends.",
    "Intake: {NAME:Naomi Birch}, DOB {DATE:09/03/1994}, {LOCATION:2610 W 32nd Ave}, "
    "{LOCATION:Denver}, CO {LOCATION:80211}. Cell {PHONE:720-555-0136}.",
    "Exposure: {NAME:Owen Marsh} drove {LOCATION:I-70} through the {LOCATION:Eisenhower "
    "Tunnel}. SUDS peak 85.",
    "Termination: {NAME:Lily Chen} moving to {LOCATION:Fort Collins}; records to "
    "{NAME:Dr. Ames} at {ORGANIZATION:SummitStone Health Partners}.",
    "Safety plan: {NAME:Jace Romero}, 17, {ORGANIZATION:Pueblo Central High}; contacts: "
    "grandma {NAME:Rosie} {PHONE:719-555-0187}.",
    "Play therapy: {NAME:Finn} (6) drew the fire at his house in {LOCATION:Superior}; mom "
    "{NAME:Kate} present.",
]

SPOKEN_NOTES_SIXTIETH_ROUND = [
    "okay {NAME:dante} twenty seven works at {ORGANIZATION:stellantis jefferson} his cousin "
    "{NAME:lamont} got shot on {LOCATION:seven mile} on {DATE:the sixteenth}",
    "note for {NAME:mrs kowalski} she's {AGE_OVER_89:ninety five} lives in "
    "{LOCATION:hamtramck} her son {NAME:stan} wants her in assisted living",
    "this is {NAME:jaylin} fifteen at {ORGANIZATION:cass tech} her mom {NAME:tiara} works "
    "nights at {ORGANIZATION:henry ford} and she's alone a lot",
    "client {NAME:hussein} thirty four owns {ORGANIZATION:cedar grill} in {LOCATION:dearborn "
    "heights} his brother {NAME:ali} owes money to the wrong people",
    "session with {NAME:earl} sixty lost his water in {LOCATION:flint} back then and his "
    "grandson {NAME:amari} has lead problems",
    "okay {NAME:tina} forty four lives in {LOCATION:ishpeming} works at the "
    "{ORGANIZATION:tilden mine} her husband {NAME:rick} got hurt on {DATE:october fourth}",
    "note on {NAME:kayla} nineteen at {ORGANIZATION:nmu} in {LOCATION:marquette} her "
    "boyfriend {NAME:josh} hit her at a party on {DATE:halloween}",
    "this is {NAME:marcus} thirty eight a sergeant with {ORGANIZATION:dpd} in the "
    "{LOCATION:eighth precinct} he responded to a child death on {DATE:november tenth}",
    "client {NAME:brenda} fifty two lives in {LOCATION:sault ste marie} on the "
    "{LOCATION:bay mills} reservation her son {NAME:chase} is using",
    "session with {NAME:ahmad} twenty nine works at {ORGANIZATION:amazon dtw1} in "
    "{LOCATION:romulus} and his wife {NAME:fatima} is pregnant",
    "okay {NAME:gary} sixty six retired from {ORGANIZATION:buick city} in {LOCATION:flint} "
    "his wife {NAME:joan} died on {DATE:valentine's day}",
    "note for {NAME:zoe} ten she's at {ORGANIZATION:bates academy} her dad {NAME:derek} is "
    "in {ORGANIZATION:jackson prison}",
    "this is {NAME:lynn} fifty seven she cleans rooms at the {ORGANIZATION:grand hotel} on "
    "{LOCATION:mackinac island} and can't afford her meds",
]

SPOKEN_NOTES_SIXTY_FIRST_ROUND = [
    "okay {NAME:javier} thirty works at {ORGANIZATION:nassco} in {LOCATION:barrio logan} "
    "his brother {NAME:memo} was deported through {LOCATION:san ysidro} on {DATE:the ninth}",
    "note for {NAME:mrs okafor} she's {AGE_OVER_89:ninety one} lives in {LOCATION:la mesa} "
    "her daughter {NAME:ngozi} is a nurse at {ORGANIZATION:sharp grossmont}",
    "this is {NAME:skylar} seventeen at {ORGANIZATION:la jolla high} she's been purging and "
    "her mom {NAME:heather} found out on {DATE:thanksgiving}",
    "client {NAME:ramon} forty five drives for {ORGANIZATION:amazon} out of "
    "{LOCATION:moreno valley} his wife {NAME:letty} left him",
    "session with {NAME:sgt ortiz} he's thirty two marine at {ORGANIZATION:camp pendleton} "
    "his buddy {NAME:doc} killed himself on {DATE:october thirtieth}",
    "okay {NAME:mai} twenty six nail tech at {ORGANIZATION:luxe nails} in "
    "{LOCATION:westminster} her boyfriend {NAME:tony} takes her money",
    "note on {NAME:trevor} forty a warehouse lead at {LOCATION:ontario} "
    "{ORGANIZATION:target dc} his son {NAME:aiden} has autism",
    "this is {NAME:gabriela} nineteen at {ORGANIZATION:ucr} in {LOCATION:riverside} her "
    "roommate {NAME:jenny} called the police on {DATE:the twenty second}",
    "client {NAME:hank} seventy three lives in a trailer in {LOCATION:twentynine palms} his "
    "daughter {NAME:sue} in {LOCATION:yucca valley} checks on him",
    "session with {NAME:lupe} fifty one works at {ORGANIZATION:stater bros} in "
    "{LOCATION:fontana} her son {NAME:angel} is in {ORGANIZATION:chino}",
    "okay {NAME:kai} twenty three surf instructor in {LOCATION:encinitas} his dad {NAME:bruce} "
    "overdosed on {DATE:july fourth}",
    "note for {NAME:luna} nine her mom {NAME:karla} is at {ORGANIZATION:rady children's} with "
    "her baby brother",
    "this is {NAME:victor} thirty six border patrol agent at {ORGANIZATION:otay mesa} his "
    "wife {NAME:diana} says he's drinking",
]

CLINIC_RECORDS_SEVENTH_ROUND = [
    "PRIMARY CARE VISIT {DATE:12/02/2026}\nPt: {NAME:Harold Jenkins}  DOB: {DATE:03/11/1958}"
    "  MRN: {MRN:88120473}\nPCP: {NAME:Dr. Amy Nguyen}, {ORGANIZATION:Eastside Family "
    "Medicine}",
    "OB: {NAME:Jasmine Reyes}, 24, G2P1 at 32 wks; partner {NAME:Luis}; delivering at "
    "{ORGANIZATION:St. Joseph's} {LOCATION:Orange}; EPDS 15.",
    "Peds: {NAME:Caleb Hart} (7) with mom {NAME:Kristin}; school {ORGANIZATION:Maple Grove "
    "Elementary}; ADHD f/u; teacher {NAME:Mrs. Dunbar} reports improvement.",
    "HPI: {NAME:Mr. Okonjo} is a 61 yo bus driver for {ORGANIZATION:AC Transit} with "
    "uncontrolled DM; lives in {LOCATION:Oakland} with wife {NAME:Adaeze}.",
    "Social hx: works at {ORGANIZATION:Lockheed} in {LOCATION:Sunnyvale}; lives with "
    "girlfriend {NAME:Dana} at {LOCATION:745 Fair Oaks Ave}.",
    "Referral: to {NAME:Dr. Ravi Shah}, {ORGANIZATION:Stanford Psychiatry}, fax "
    "{FAX:650-555-0183}, for {NAME:Nina Alvarez}, DOB {DATE:7/7/1999}.",
    "Geriatrics: {NAME:Mrs. Ida Feldman}, {AGE_OVER_89:97}, from {ORGANIZATION:Rhoda Goldman "
    "Plaza}; daughter {NAME:Miriam} HCP, cell {PHONE:415-555-0109}.",
    "Telehealth: pt {NAME:Darius Cole} at work ({ORGANIZATION:Costco} {LOCATION:Hayward}); "
    "insurance {HEALTH_PLAN:Kaiser} MRN {MRN:KP-44170982}.",
    "Well child: {NAME:Amelia Tran}, 4; dad {NAME:Khoa}; daycare {ORGANIZATION:Little "
    "Sprouts} in {LOCATION:Milpitas}.",
    "Follow-up: {NAME:Gloria Banks}, 70, after fall at {ORGANIZATION:Safeway} on "
    "{LOCATION:Broadway}; son {NAME:Marcus} drove her.",
    "Immunization record: {NAME:Ethan Wu}, DOB {DATE:01/15/2019}, {ORGANIZATION:Palo Alto "
    "Medical Foundation}, lot UK4471A.",
    "Behavioral health screen: {NAME:Tasha Monroe}, PHQ-9 18; lives with aunt {NAME:Denise} "
    "in {LOCATION:East Palo Alto}; works at {ORGANIZATION:Meta} cafe.",
]

MESSAGES_FOURTEENTH_ROUND = [
    "hi its {NAME:mckenna} my mom said to text u, i had a panic attack at {ORGANIZATION:cass "
    "tech} today and {NAME:ms jordan} sent me home",
    "Email from {NAME:Principal Haddad} <{EMAIL:shaddad@dearbornschools.org}>: "
    "{NAME:Yousef} was in a fight; we need a safety plan before {DATE:Dec 14}.",
    "VM 8:15a: {NAME:Carla} from {ORGANIZATION:Molina}, auth for {NAME:Tre Jackson} ref "
    "{OTHER_ID:MOL-8841207}, call {PHONE:1-800-555-0133}.",
    "txt: hey its {NAME:big mike}, im out of {ORGANIZATION:wayne county jail}, new # "
    "{PHONE:313-555-0167}",
    "Portal: please fax my letter to {NAME:Judge Kenny} at {ORGANIZATION:36th District "
    "Court}, {FAX:313-555-0102}. {NAME:Raymond Bell}",
    "hi {NAME:ms ana} its {NAME:sofia}s mom {NAME:paola} she didnt sleep again, the "
    "{ORGANIZATION:chula vista police} came last night",
    "Email: {NAME:Coach Ramirez}, {ORGANIZATION:Otay Ranch High} wrestling: {NAME:Adrian} "
    "said he wants to die. Parents {NAME:Rosa} and {NAME:Hector} notified.",
    "Voicemail: {NAME:Deputy Lind}, {ORGANIZATION:Marquette County Sheriff}, about "
    "{NAME:Cole Maki}'s welfare check on {LOCATION:County Road 550}.",
    "txt from grandma {NAME:pearl}: {NAME:tay} ran off again hes with that boy "
    "{NAME:dre} on {LOCATION:dexter}",
    "Portal msg: new address {LOCATION:19944 Evergreen Rd}, {LOCATION:Southfield} MI "
    "{LOCATION:48076}. - {NAME:Angela Moore}",
    "Email: Hello, I'm {NAME:Kenji}, {NAME:Emi}'s dad. She was admitted to "
    "{ORGANIZATION:Rady Children's} on {DATE:12/1}. Her psychiatrist there is "
    "{NAME:Dr. Salas}.",
    "hey {NAME:mr tom} its {NAME:marcus} from group i got 60 days today at "
    "{ORGANIZATION:mariners inn}",
]

SPOKEN_NOTES_SIXTY_SECOND_ROUND = [
    "okay {NAME:jermaine} twenty six works at {ORGANIZATION:fedex hub} nights his girlfriend "
    "{NAME:kiara} lives in {LOCATION:frayser} and his son {NAME:jj} has sickle cell",
    "note for {NAME:mrs dobbs} she's {AGE_OVER_89:ninety} lives outside {LOCATION:mountain "
    "home} her son {NAME:larry} drives down from {LOCATION:springfield} once a month",
    "this is {NAME:kaden} fifteen at {ORGANIZATION:central high} in {LOCATION:little rock} "
    "his dad {NAME:marcus} is in {ORGANIZATION:cummins unit}",
    "client {NAME:shelby} thirty one works at {ORGANIZATION:tyson} in {LOCATION:springdale} "
    "her husband {NAME:cody} beat her on {DATE:october twenty seventh}",
    "session with {NAME:reverend hollis} he's sixty four pastor at {ORGANIZATION:mount olive "
    "missionary baptist} grieving his son {NAME:andre}",
    "okay {NAME:briana} twenty two at {ORGANIZATION:u of m} her roommate {NAME:ashley} "
    "found her passed out on {DATE:the sixth}",
    "note on {NAME:dale} fifty nine chicken farmer near {LOCATION:siloam springs} his "
    "contract with {ORGANIZATION:simmons} got cut",
    "this is {NAME:tameka} forty two she works at {ORGANIZATION:st jude} and her son "
    "{NAME:deandre} got arrested on {LOCATION:lamar avenue}",
    "client {NAME:wyatt} nineteen works at {ORGANIZATION:silver dollar city} and lives in "
    "his car in {LOCATION:branson}",
    "session with {NAME:hope} thirty four her husband {NAME:jesse} is at "
    "the va in {LOCATION:fayetteville} for ptsd",
    "okay {NAME:mr pruitt} seventy eight lives alone in {LOCATION:hot springs} his wife "
    "{NAME:velma} died on {DATE:easter}",
    "note for {NAME:aubree} seven her mom {NAME:kayla} is at {ORGANIZATION:recovery centers "
    "of arkansas} and grandma {NAME:sheila} has her",
    "this is {NAME:terrell} thirty three drives for {ORGANIZATION:jb hunt} out of "
    "{LOCATION:lowell} his number is {PHONE:four seven nine five five five zero one four two}",
]

SPOKEN_NOTES_SIXTY_THIRD_ROUND = [
    "okay {NAME:joao} forty one works at {ORGANIZATION:electric boat} in {LOCATION:groton} "
    "his wife {NAME:fatima} found texts from {NAME:sandra}",
    "note for {NAME:mrs pellegrino} she's {AGE_OVER_89:ninety eight} lives on "
    "{LOCATION:federal hill} her grandson {NAME:nicky} takes her to mass",
    "this is {NAME:brianna} sixteen at {ORGANIZATION:hope high} in {LOCATION:providence} "
    "her boyfriend {NAME:jayden} choked her",
    "client {NAME:dennis} fifty two a lobsterman out of {LOCATION:point judith} his son "
    "{NAME:kyle} overdosed on {DATE:may fifth}",
    "session with {NAME:yolanda} thirty eight works at {ORGANIZATION:mohegan sun} and "
    "gambles her checks there",
    "okay {NAME:ethan} twenty at {ORGANIZATION:uconn} in {LOCATION:storrs} his roommate "
    "{NAME:ben} reported him to the ra on {DATE:the eleventh}",
    "note on {NAME:carmen} forty six from the {LOCATION:north end} of {LOCATION:hartford} "
    "her son {NAME:luis} is at {ORGANIZATION:manson youth}",
    "this is {NAME:greg} sixty one retired from {ORGANIZATION:pratt and whitney} his wife "
    "{NAME:linda} has dementia and they live in {LOCATION:east hartford}",
    "client {NAME:ava} twenty five nurse at {ORGANIZATION:yale new haven} her ex "
    "{NAME:tyler} keeps showing up at {LOCATION:chapel street}",
    "session with {NAME:manny} thirty three works at {ORGANIZATION:cvs corporate} in "
    "{LOCATION:woonsocket} panic attacks on the drive",
    "okay {NAME:rosa} fifty seven cleans at {ORGANIZATION:brown} and her husband "
    "{NAME:jose} was hurt at {ORGANIZATION:quonset} on {DATE:november third}",
    "note for {NAME:liam} nine at {ORGANIZATION:nathanael greene} school his dad "
    "{NAME:sean} is a firefighter in {LOCATION:cranston}",
    "this is {NAME:deb} sixty eight lives at {ORGANIZATION:scandinavian home} in "
    "{LOCATION:cranston} lonely since {NAME:harold} died",
]

CRISIS_LINE_NOTES_FOURTH = [
    "988 call {DATE:12/3/2026} 01:12: caller {NAME:Jenna}, 24, from {LOCATION:Bend}, OR, "
    "pills in hand; roommate {NAME:Alexis} came home. Callback {PHONE:541-555-0122}.",
    "mobile crisis to {LOCATION:2218 Pine St}, {LOCATION:Abilene}; {NAME:Mr. Ortega}, 56, "
    "barricaded; {ORGANIZATION:Abilene PD} on scene; wife {NAME:Irma} outside.",
    "text line: {OTHER_ID:@sadboi_22} says he is at the {LOCATION:Sellwood Bridge}; "
    "{ORGANIZATION:PPB} dispatched.",
    "crisis call: {NAME:Daniel Park} calling from {ORGANIZATION:Motel 6} Room "
    "{LOCATION:114} in {LOCATION:Barstow}; EMS called.",
    "caller {NAME:Trish} said her son {NAME:Jake} (17) ran from {ORGANIZATION:Hillcrest "
    "Academy} in {LOCATION:Fairbanks}; AST notified.",
    "988 follow-up {DATE:12/4}: {NAME:Jenna} safe, at sister {NAME:Kim}'s in "
    "{LOCATION:Redmond}; appt with {ORGANIZATION:Deschutes County Behavioral Health} "
    "{DATE:12/8}.",
    "veteran press 1: {NAME:SSG Paul Duffy} (ret), {ORGANIZATION:Fort Liberty} until 2019, "
    "in truck at {LOCATION:Lake Wheeler}; {ORGANIZATION:Wake County Sheriff} en route.",
    "chat: user {OTHER_ID:moonchild88} disclosed abuse by stepdad {NAME:Rick}; lives on "
    "{LOCATION:Maple Ave} in {LOCATION:Yakima}.",
    "mobile crisis: {NAME:Ms. Tran}, 82... no, {AGE_OVER_89:92}, found wandering on "
    "{LOCATION:Bolsa Ave}; daughter {NAME:Linh} {PHONE:714-555-0190} picked her up.",
    "caller {NAME:Marcus} from {ORGANIZATION:Riverside Correctional}'s release yesterday, "
    "staying at {ORGANIZATION:Light of Life Mission}.",
    "warm line: {NAME:Peggy}, regular caller, lonely since sister {NAME:June} died "
    "{DATE:11/20}.",
    "988 call: {NAME:Kai}, 16, at {ORGANIZATION:Kapolei High}, bullied on {OTHER_ID:@kai.k808} "
    "by classmate {NAME:Brandon}.",
]

SCHOOL_COUNSELING_NOTES_SECOND = [
    "Counselor note {DATE:12/2}: {NAME:Jayden Brooks} (gr 9) sent by {NAME:Mr. Alvarez} after "
    "fight in cafeteria with {NAME:Tyrese}. Parent {NAME:Ms. Brooks} called.",
    "504 meeting {DATE:12/9} at {ORGANIZATION:Lincoln Middle}: {NAME:Aria Patel}, anxiety; "
    "attendees {NAME:Mrs. Gomez} (teacher), {NAME:Dr. Lee} (school psych).",
    "SBMH session: {NAME:Kevin} (gr 7) says his stepdad {NAME:Ron} drinks; lives on "
    "{LOCATION:Oak Street} by the {ORGANIZATION:Dollar General}.",
    "Check-in: {NAME:Lily Tran}, 11, grieving grandma {NAME:Hoa}, who died in "
    "{LOCATION:Garden Grove} on {DATE:11/14}.",
    "Threat assessment: {NAME:Mason Kraus} posted on {OTHER_ID:@masonk_2010} about "
    "{ORGANIZATION:Fremont High}; SRO {NAME:Officer Pike} notified.",
    "Group (gr 5 friendship): {NAME:Emma}, {NAME:Sofia}, {NAME:Ava R.}, {NAME:Zoe}. "
    "{NAME:Ava R.} cried about parents' divorce.",
    "IEP note: {NAME:Noah Grant}, DOB {DATE:04/02/2013}, {ORGANIZATION:Riverside "
    "Elementary}; case manager {NAME:Ms. Hale}.",
    "Crisis: {NAME:Destiny Moore} (gr 11) disclosed SI; mom {NAME:Tonya} picked up, taken "
    "to {ORGANIZATION:Children's Minnesota}.",
    "Attendance: {NAME:Carlos Ruiz} missing 14 days; family moved to uncle {NAME:Beto}'s in "
    "{LOCATION:Pasco}; McKinney-Vento referral.",
    "Referral to {ORGANIZATION:Youth Villages} for {NAME:Makayla Boyd}; mom's cell "
    "{PHONE:615-555-0144}.",
    "Note: {NAME:Ethan Cho} (gr 12) accepted to {ORGANIZATION:Georgia Tech}; panic about "
    "leaving dad {NAME:Daniel} alone.",
    "CPS report {DATE:12/4} re {NAME:Aaliyah Green}, 8, bruises; reported by {NAME:Mrs. "
    "Kowalski}; intake # {OTHER_ID:CPS-2026-884129}.",
]

SPOKEN_NOTES_SIXTY_FOURTH_ROUND = [
    "okay {NAME:kyle} thirty works at {ORGANIZATION:subaru} in {LOCATION:lafayette} his "
    "girlfriend {NAME:jess} left with the baby to her mom's in {LOCATION:frankfort}",
    "note for {NAME:mrs eberly} she's {AGE_OVER_89:ninety three} amish lives near "
    "{LOCATION:shipshewana} her son {NAME:eli} brings her in the buggy",
    "this is {NAME:karsyn} fourteen at {ORGANIZATION:north montgomery} her dad {NAME:travis} "
    "is in {ORGANIZATION:putnamville}",
    "client {NAME:dustin} thirty eight works at {ORGANIZATION:honda marysville} and drinks "
    "at the vfw every night since his divorce from {NAME:amanda}",
    "session with {NAME:marge} sixty nine farm wife near {LOCATION:greenville} her husband "
    "{NAME:dale} has parkinson's and won't quit driving",
    "okay {NAME:tyrese} twenty at {ORGANIZATION:ball state} in {LOCATION:muncie} his "
    "roommate {NAME:connor} called the cops on {DATE:the fourteenth}",
    "note on {NAME:heather} forty one a nurse at {ORGANIZATION:iu health} in "
    "{LOCATION:bloomington} she was assaulted by a patient on {DATE:november first}",
    "this is {NAME:cole} nineteen works at {ORGANIZATION:cedar point} summers and lives with "
    "his grandma {NAME:judy} in {LOCATION:sandusky}",
    "client {NAME:angela} thirty three from {LOCATION:portsmouth} her son {NAME:bryson} was "
    "born addicted at {ORGANIZATION:southern ohio medical center}",
    "session with {NAME:jim} fifty four a trucker for {ORGANIZATION:werner} his wife "
    "{NAME:cindy} found messages from {NAME:tonya}",
    "okay {NAME:maddie} sixteen at {ORGANIZATION:carmel high} she's been restricting since "
    "her coach {NAME:coach allen} weighed the team",
    "note for {NAME:gus} eight his mom {NAME:kristen} is at {ORGANIZATION:tara treatment "
    "center} in {LOCATION:franklin}",
    "this is {NAME:ray} sixty one retired from {ORGANIZATION:delphi} in {LOCATION:kokomo} his "
    "daughter {NAME:stacy} won't speak to him",
]

SPOKEN_NOTES_SIXTY_FIFTH_ROUND = [
    "okay {NAME:samir} thirty four works at {ORGANIZATION:booz allen} in {LOCATION:mclean} "
    "panic attacks on the {LOCATION:beltway}",
    "note for {NAME:mrs washington} she's {AGE_OVER_89:ninety nine} lives in "
    "{LOCATION:anacostia} her grandson {NAME:terrence} checks on her",
    "this is {NAME:dawit} twenty eight ethiopian drives for uber out of "
    "{LOCATION:silver spring} his brother {NAME:yonas} was detained at {ORGANIZATION:dulles}",
    "client {NAME:kate} forty two lawyer at {ORGANIZATION:covington} downtown her husband "
    "{NAME:brian} is drinking again",
    "session with {NAME:marcus} seventeen at {ORGANIZATION:dunbar} in {LOCATION:northwest} "
    "his friend {NAME:tay} was shot on {LOCATION:kennedy street}",
    "okay {NAME:rosa} fifty two cleans offices at the pentagon and her son "
    "{NAME:david} is in {ORGANIZATION:jessup}",
    "note on {NAME:captain reyes} thirty nine army at {ORGANIZATION:fort belvoir} his wife "
    "{NAME:ana} says he screams at night",
    "this is {NAME:priya} twenty one at {ORGANIZATION:georgetown} her roommate {NAME:claire} "
    "found her on the floor on {DATE:october eighteenth}",
    "client {NAME:tom} sixty six retired from the {ORGANIZATION:post} lives in "
    "{LOCATION:takoma park} his wife {NAME:ellen} died on {DATE:labor day}",
    "session with {NAME:nia} twenty five works at {ORGANIZATION:howard university hospital} "
    "her ex {NAME:andre} keeps calling from {PHONE:two zero two five five five zero one "
    "six five}",
    "okay {NAME:kevin} forty eight a contractor at {ORGANIZATION:lockheed} in "
    "{LOCATION:bethesda} gambling at {ORGANIZATION:mgm national harbor}",
    "note for {NAME:jayla} ten she's at {ORGANIZATION:barnard elementary} her mom "
    "{NAME:keisha} works nights at {ORGANIZATION:children's national}",
    "this is {NAME:hung} fifty seven owns {ORGANIZATION:pho 75} in {LOCATION:arlington} and "
    "his son {NAME:minh} won't take over",
]

TYPED_NOTES_EIGHTEENTH_ROUND = [
    "SOAP: S: {NAME:Gabriela Ortiz}, 35, nightmares since Hurricane Ian damaged her home in "
    "{LOCATION:Fort Myers}. A: PTSD. P: CPT; next {DATE:12/17}.",
    "DAP: D: {NAME:Walter Briggs}, 71, lives at The {LOCATION:Villages}; wife {NAME:Nancy} "
    "has dementia. A: caregiver strain. P: respite referral.",
    "BIRP: B: {NAME:Jaylen Carter} (15), {ORGANIZATION:Miami Northwestern}, suspended. I: "
    "DBT skills. R: engaged. P: meet AP {NAME:Mr. Pierre} {DATE:12/10}.",
    "Intake: {NAME:Christina Vu}, DOB {DATE:11/02/1990}, {LOCATION:7780 Sand Lake Rd}, "
    "{LOCATION:Orlando}, FL {LOCATION:32819}. Employer {ORGANIZATION:Universal}. Cell "
    "{PHONE:407-555-0171}.",
    "Risk: {NAME:Brandon Lee}, 23, deckhand on {ORGANIZATION:Carnival} ship; brother "
    "{NAME:Justin} in {LOCATION:Tampa} holds his gun.",
    "Couples: {NAME:Maria} and {NAME:José Hernández} ({LOCATION:Hialeah}); {NAME:José} works "
    "at {ORGANIZATION:FPL}, long storm shifts.",
    "Progress: {NAME:Ashley Monroe} sober 90 days; sponsor {NAME:Deb}; home group at "
    "{ORGANIZATION:Serenity House} in {LOCATION:Pensacola}.",
    "GIRP: G: reduce gambling. I: CBT. R: {NAME:Frank Russo} avoided {ORGANIZATION:Seminole "
    "Hard Rock} this week. P: continue.",
    "Telehealth: {NAME:Kiara Mitchell} in car outside {ORGANIZATION:Publix} on "
    "{LOCATION:Tennessee St}, {LOCATION:Tallahassee}. Privacy discussed.",
    "Discharge: {NAME:Robert Kline}, {AGE_OVER_89:90}, from {ORGANIZATION:Lakeland Regional} "
    "to daughter {NAME:Susan}'s home in {LOCATION:Winter Haven}.",
    "Psychodynamic: {NAME:Dr. Elena Marquez} (client), pediatrician at {ORGANIZATION:Nicklaus "
    "Children's}, explored her mother's criticism.",
    "Group: {NAME:Tony R.}, {NAME:Lisa M.}, {NAME:Carlos D.}; {NAME:Lisa M.} relapsed at "
    "{LOCATION:Clearwater Beach} bar {ORGANIZATION:Frenchy's} on {DATE:11/29}.",
]

MESSAGES_FIFTEENTH_ROUND = [
    "hi its {NAME:kayden} i cant come today my car broke down on {LOCATION:us 31} sorry",
    "Email from {NAME:Dr. Lena Park} <{EMAIL:lpark@iuhealth.org}>: referring {NAME:Marcus "
    "Hill}, 44, for grief after his wife {NAME:Tasha} died {DATE:11/12}.",
    "VM 2:30p: {NAME:Brenda} from {ORGANIZATION:CareSource}, auth {OTHER_ID:CS-2026-77104} "
    "for {NAME:Ava Collins} approved to {DATE:3/1}. {PHONE:1-800-555-0142}.",
    "txt: ms {NAME:kelly} its {NAME:jordan}s mom, he got expelled from {ORGANIZATION:carmel "
    "high} today, can u call",
    "Portal: My new insurance is {HEALTH_PLAN:Anthem} HIP, member "
    "{HEALTH_PLAN:IN8841920337}. - {NAME:Rachel Dunn}",
    "hey its {NAME:tay}, {NAME:dre} got locked up again at {ORGANIZATION:dc jail} can u write "
    "the letter",
    "Voicemail: {NAME:Officer Bell}, {ORGANIZATION:Muncie PD}, badge {OTHER_ID:417}, re "
    "{NAME:Tyler Voss}.",
    "Email: Hi, I'm {NAME:Grace}'s grandmother {NAME:Ruth Eby}; she's staying with me at "
    "{LOCATION:1150 County Road 600 N}, {LOCATION:Shipshewana}.",
    "txt from mamaw: {NAME:bryson} is in the nicu at {ORGANIZATION:somc} still",
    "Portal msg: {NAME:Samir Haddad} here, can we move to {DATE:Thursday 12/10} 6pm? Work "
    "trip to {LOCATION:Norfolk}.",
    "Email: Please send records to {NAME:Dr. Chen}, {ORGANIZATION:Kaiser Permanente Largo}, "
    "fax {FAX:301-555-0118}. Thanks, {NAME:Ana Reyes}",
    "VM: {NAME:Coach Allen} from {ORGANIZATION:Carmel High} swim, worried about "
    "{NAME:Maddie}; call {PHONE:317-555-0155}.",
]


def main() -> None:
    write("spoken_notes_forty_sixth_round.jsonl", "sn46", SPOKEN_NOTES_FORTY_SIXTH_ROUND)
    write("spoken_notes_forty_seventh_round.jsonl", "sn47", SPOKEN_NOTES_FORTY_SEVENTH_ROUND)
    write("typed_notes_fourteenth_round.jsonl", "tn14", TYPED_NOTES_FOURTEENTH_ROUND)
    write("messages_eleventh_round.jsonl", "mg11", MESSAGES_ELEVENTH_ROUND)
    write("spoken_notes_forty_eighth_round.jsonl", "sn48", SPOKEN_NOTES_FORTY_EIGHTH_ROUND)
    write("spoken_notes_forty_ninth_round.jsonl", "sn49", SPOKEN_NOTES_FORTY_NINTH_ROUND)
    write("hospital_records_ninth_round.jsonl", "hr9", HOSPITAL_RECORDS_NINTH_ROUND)
    write("letters_and_forms_seventh_round.jsonl", "lf7", LETTERS_AND_FORMS_SEVENTH_ROUND)
    write("spoken_notes_fiftieth_round.jsonl", "sn50", SPOKEN_NOTES_FIFTIETH_ROUND)
    write("spoken_notes_fifty_first_round.jsonl", "sn51", SPOKEN_NOTES_FIFTY_FIRST_ROUND)
    write("typed_notes_fifteenth_round.jsonl", "tn15", TYPED_NOTES_FIFTEENTH_ROUND)
    write("group_and_family_notes_fifth.jsonl", "gf5", GROUP_AND_FAMILY_NOTES_FIFTH)
    write("spoken_notes_fifty_second_round.jsonl", "sn52", SPOKEN_NOTES_FIFTY_SECOND_ROUND)
    write("spoken_notes_fifty_third_round.jsonl", "sn53", SPOKEN_NOTES_FIFTY_THIRD_ROUND)
    write("clinical_notes_tenth_round.jsonl", "cn10", CLINICAL_NOTES_TENTH_ROUND)
    write("messages_twelfth_round.jsonl", "mg12", MESSAGES_TWELFTH_ROUND)
    write("spoken_notes_fifty_fourth_round.jsonl", "sn54", SPOKEN_NOTES_FIFTY_FOURTH_ROUND)
    write("spoken_notes_fifty_fifth_round.jsonl", "sn55", SPOKEN_NOTES_FIFTY_FIFTH_ROUND)
    write("typed_notes_sixteenth_round.jsonl", "tn16", TYPED_NOTES_SIXTEENTH_ROUND)
    write("rarer_kinds_fifth_round.jsonl", "rk5", RARER_KINDS_FIFTH_ROUND)
    write("spoken_notes_fifty_sixth_round.jsonl", "sn56", SPOKEN_NOTES_FIFTY_SIXTH_ROUND)
    write("spoken_notes_fifty_seventh_round.jsonl", "sn57", SPOKEN_NOTES_FIFTY_SEVENTH_ROUND)
    write("letters_and_forms_eighth_round.jsonl", "lf8", LETTERS_AND_FORMS_EIGHTH_ROUND)
    write("messages_thirteenth_round.jsonl", "mg13", MESSAGES_THIRTEENTH_ROUND)
    write("spoken_notes_fifty_eighth_round.jsonl", "sn58", SPOKEN_NOTES_FIFTY_EIGHTH_ROUND)
    write("spoken_notes_fifty_ninth_round.jsonl", "sn59", SPOKEN_NOTES_FIFTY_NINTH_ROUND)
    write("hospital_records_tenth_round.jsonl", "hr10", HOSPITAL_RECORDS_TENTH_ROUND)
    write("typed_notes_seventeenth_round.jsonl", "tn17", TYPED_NOTES_SEVENTEENTH_ROUND)
    write("spoken_notes_sixtieth_round.jsonl", "sn60", SPOKEN_NOTES_SIXTIETH_ROUND)
    write("spoken_notes_sixty_first_round.jsonl", "sn61", SPOKEN_NOTES_SIXTY_FIRST_ROUND)
    write("clinic_records_seventh_round.jsonl", "cr7", CLINIC_RECORDS_SEVENTH_ROUND)
    write("messages_fourteenth_round.jsonl", "mg14", MESSAGES_FOURTEENTH_ROUND)
    write("spoken_notes_sixty_second_round.jsonl", "sn62", SPOKEN_NOTES_SIXTY_SECOND_ROUND)
    write("spoken_notes_sixty_third_round.jsonl", "sn63", SPOKEN_NOTES_SIXTY_THIRD_ROUND)
    write("crisis_line_notes_fourth.jsonl", "cl4", CRISIS_LINE_NOTES_FOURTH)
    write("school_counseling_notes_second.jsonl", "sc2", SCHOOL_COUNSELING_NOTES_SECOND)
    write("spoken_notes_sixty_fourth_round.jsonl", "sn64", SPOKEN_NOTES_SIXTY_FOURTH_ROUND)
    write("spoken_notes_sixty_fifth_round.jsonl", "sn65", SPOKEN_NOTES_SIXTY_FIFTH_ROUND)
    write("typed_notes_eighteenth_round.jsonl", "tn18", TYPED_NOTES_EIGHTEENTH_ROUND)
    write("messages_fifteenth_round.jsonl", "mg15", MESSAGES_FIFTEENTH_ROUND)


if __name__ == "__main__":
    main()
