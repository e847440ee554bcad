"""Write the held-out corpora of the twenty-fifth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_hundred_sixth_round lower-case speech to text from Los Angeles and Orange County
    spoken_notes_hundred_seventh_round
                                     lower-case speech to text from Oakland, San Francisco and
                                     San Jose
    typed_notes_thirtieth_round      typed notes by modality from Omaha, Lincoln and Nebraska
    messages_twenty_ninth_round      clients', families', coaches', officers', shelters' and
                                     pharmacies' messages in English and Spanish, San Diego
    hospital_records_twentieth_round emergency, admission, consult, nursing, transfer and
                                     discharge records from Indiana
    spoken_notes_hundred_eighth_round
                                     lower-case speech to text from Sacramento and Stockton, after
                                     the first round's rules
    spoken_notes_hundred_ninth_round lower-case speech to text from Jacksonville and Pensacola,
                                     after the first round's rules
    letters_and_forms_fifteenth_round
                                     letters, releases, intake, FMLA, court, school, asylum, housing
                                     and work forms from the Bay Area, after the first round's rules
    crisis_line_notes_tenth          988, text, chat, warm line and mobile crisis notes from
                                     northern California, after the first round's rules
    group_and_family_notes_eleventh  group, couples, multifamily, grief and family notes, after the
                                     first round's rules
    spoken_notes_hundred_tenth_round lower-case speech to text from Richmond, Charlottesville and
                                     northern Virginia, after the second round's rules
    spoken_notes_hundred_eleventh_round
                                     lower-case speech to text from Tucson and southern Arizona,
                                     after the second round's rules
    typed_notes_thirty_first_round   typed notes by format and modality from Louisiana and
                                     Mississippi, after the second round's rules
    messages_thirtieth_round         clients', parents', pharmacies', officers', churches' and
                                     teenagers' messages, after the second round's rules
    rarer_kinds_tenth_round          devices, plates, VINs, IPs, plan numbers, accounts, licences,
                                     dockets, photos, voice prints, handles and links, after the
                                     second round's rules
    spoken_notes_hundred_twelfth_round
                                     lower-case speech to text from Denver, Colorado Springs and the
                                     Front Range, after the third round's rules
    spoken_notes_hundred_thirteenth_round
                                     lower-case speech to text from Hartford, Springfield and
                                     Holyoke, many clients Puerto Rican, after the third round's
                                     rules
    hospital_records_twenty_first_round
                                     emergency, admission, consult, nursing, court, restraint and
                                     discharge records from Ohio, after the third round's rules
    psychosocial_histories_third     family, education, legal, substance, trauma, military, medical
                                     and housing sections of an Indiana history, after the third
                                     round's rules
    school_counseling_notes_seventh  school counsellors' notes, 504 and IEP meetings, threat
                                     assessments, attendance and crisis notes, after the third
                                     round's rules
    spoken_notes_hundred_fourteenth_round
                                     lower-case speech to text from Scranton, Wilkes-Barre and the
                                     Lehigh Valley, after the fourth round's rules
    spoken_notes_hundred_fifteenth_round
                                     lower-case speech to text from Raleigh, Durham and
                                     Fayetteville, after the fourth round's rules
    telehealth_notes_first           telehealth notes: where the client is, who is near, how to
                                     reach them, after the fourth round's rules
    messages_thirty_first_round      clients', offices', pharmacies', troopers', nuns' and lawyers'
                                     messages, after the fourth round's rules
    supervision_notes_first          supervision, consultation and team notes that name clients by
                                     initials, after the fourth round's rules
    spoken_notes_hundred_sixteenth_round
                                     lower-case speech to text from Portland and the Willamette
                                     Valley, after the fifth round's rules
    spoken_notes_hundred_seventeenth_round
                                     lower-case speech to text from Boston and its neighbourhoods,
                                     after the fifth round's rules
    hospital_records_twenty_second_round
                                     emergency, admission, consult, nursing, petition, court and
                                     discharge records from Pittsburgh, after the fifth round's
                                     rules
    letters_and_forms_sixteenth_round
                                     accommodation, U-visa, disability, ESA, jury, release, custody,
                                     intake and work letters from Pennsylvania, after the fifth
                                     round's rules
    messages_thirty_second_round     clients', parents', clinics', shelters', police and pastors'
                                     messages in English and French, after the fifth round's rules
    spoken_notes_hundred_eighteenth_round
                                     lower-case speech to text from Greenville, Spartanburg and the
                                     Upstate, after the sixth round's rules
    spoken_notes_hundred_nineteenth_round
                                     lower-case speech to text from Wichita, Topeka and western
                                     Kansas, after the sixth round's rules
    typed_notes_thirty_second_round  typed notes by format and modality from Miami, Tampa and
                                     southwest Florida, after the sixth round's rules
    crisis_line_notes_eleventh       988, text, chat, warm line, farm crisis and mobile crisis notes
                                     from Kansas and South Carolina, after the sixth round's rules
    group_and_family_notes_twelfth   veterans', teen, grief, farm families', parenting and men's
                                     groups, couples and family notes, after the sixth round's rules
    spoken_notes_hundred_twentieth_round
                                     lower-case speech to text from Chicago's West Side, Cicero and
                                     Berwyn, after the seventh round's rules
    spoken_notes_hundred_twenty_first_round
                                     lower-case speech to text from Atlanta, DeKalb, Clayton and
                                     Gwinnett, after the seventh round's rules
    care_coordination_emails_first   care coordination e-mails between clinics, schools, child
                                     welfare and hospitals, a new kind, after the seventh round's
                                     rules
    intake_phone_screens_first       intake phone screens and waitlist entries, a new kind, after
                                     the seventh round's rules
    rarer_kinds_eleventh_round       monitors, plates, VINs, IPs, serials, claims, licences,
                                     dockets, photos, biometrics, cash tags and links, after the
                                     seventh round's rules
    spoken_notes_hundred_twenty_second_round
                                     lower-case speech to text from the Bronx and upper Manhattan,
                                     after the eighth round's rules
    spoken_notes_hundred_twenty_third_round
                                     lower-case speech to text from south Georgia, after the eighth
                                     round's rules
    typed_notes_thirty_third_round   typed notes by format and modality from New York City, after
                                     the eighth round's rules
    messages_thirty_third_round      clients', parents', clinics', detectives', coaches', rabbis'
                                     and pharmacies' messages, after the eighth round's rules
    hospital_records_twenty_third_round
                                     emergency, admission, consult, nursing, transfer, court,
                                     restraint and discharge records from Dallas and Fort Worth,
                                     after the eighth round's rules
    spoken_notes_hundred_twenty_fourth_round
                                     lower-case speech to text from Phoenix, the West Valley and the
                                     East Valley, after the ninth round's rules
    spoken_notes_hundred_twenty_fifth_round
                                     lower-case speech to text from the upper Ohio Valley, after the
                                     ninth round's rules
    letters_and_forms_seventeenth_round
                                     immigration, court, SIV, FMLA, ESA, release, school, SSDI,
                                     intake, housing and tribal court letters from Arizona, after
                                     the ninth round's rules
    crisis_line_notes_twelfth        988, text, chat, warm line, veteran and mobile crisis notes
                                     from the Ohio Valley and Arizona, after the ninth round's rules
    psychosocial_histories_fourth    the sections of a West Virginia history, after the ninth
                                     round's rules
    spoken_notes_hundred_twenty_sixth_round
                                     lower-case speech to text from Yakima and the Tri-Cities, after
                                     the tenth round's rules
    spoken_notes_hundred_twenty_seventh_round
                                     lower-case speech to text from Eugene, Medford and southern
                                     Oregon, after the tenth round's rules
    home_visit_notes_first           home visit and outreach notes, a new kind, after the tenth
                                     round's rules
    college_counseling_notes_first   college counselling centre notes, a new kind, after the tenth
                                     round's rules
    eap_notes_first                  employee assistance notes and consults, a new kind, after the
                                     tenth round's rules
    spoken_notes_hundred_twenty_eighth_round
                                     lower-case speech to text from New Orleans and its parishes,
                                     after the eleventh round's rules
    typed_notes_thirty_fourth_round  typed notes by modality from Washington, D.C., Maryland and
                                     northern Virginia, after the eleventh round's rules
    messages_thirty_fourth_round     clients', grandparents', priests', officers' and pharmacies'
                                     messages in English and Spanish, after the eleventh round's
                                     rules
    hospital_records_twenty_fourth_round
                                     emergency, admission, consult, nursing, commitment, court and
                                     discharge records from New Orleans, after the eleventh round's
                                     rules
    group_and_family_notes_thirteenth
                                     grief, teen, veterans', parenting and recovery groups, couples
                                     and family notes, after the eleventh round's rules
    spoken_notes_hundred_twenty_ninth_round
                                     lower-case speech to text from Grand Rapids, Holland and
                                     Kalamazoo, after the twelfth round's rules
    spoken_notes_hundred_thirtieth_round
                                     lower-case speech to text from Springfield, Missouri and the
                                     Ozarks, after the twelfth round's rules
    typed_notes_thirty_fifth_round   typed notes by modality from Cincinnati and northern Kentucky,
                                     after the twelfth round's rules
    messages_thirty_fifth_round      clients', pastors', deputies', chaplains', lawyers' and
                                     pharmacies' messages, after the twelfth round's rules
    crisis_line_notes_thirteenth     988, text, chat, warm line, veteran, farm and mobile crisis
                                     notes from Michigan and the Ozarks, after the twelfth round's
                                     rules
    spoken_notes_hundred_thirty_first_round
                                     lower-case speech to text from Waco, Killeen and Fort Cavazos,
                                     longer dictations, after the thirteenth round's rules
    spoken_notes_hundred_thirty_second_round
                                     lower-case speech to text from Maine and New Hampshire, after
                                     the thirteenth round's rules
    typed_notes_thirty_sixth_round   typed notes by modality from Colorado, after the thirteenth
                                     round's rules
    messages_thirty_sixth_round      clients', spouses', pastors', officers' and pharmacies'
                                     messages in English and French, after the thirteenth round's
                                     rules
    rarer_kinds_thirteenth_round     monitors, plates, VINs, IPs, serials, plan numbers, accounts,
                                     licences, dockets, photos, voice prints, handles and links,
                                     after the thirteenth round's rules
    spoken_notes_hundred_thirty_third_round
                                     lower-case speech to text from Fresno, Visalia and the San
                                     Joaquin Valley, after the fourteenth round's rules
    spoken_notes_hundred_thirty_fourth_round
                                     lower-case speech to text from Providence and Rhode Island,
                                     after the fourteenth round's rules
    letters_and_forms_eighteenth_round
                                     letters, releases, T-visa, court, ESA, FMLA, intake, work,
                                     SSDI, custody and school forms from California and Rhode
                                     Island, after the fourteenth round's rules
    school_counseling_notes_eighth   school counsellors' notes, 504 and IEP meetings, threat
                                     assessments and homeless liaison notes, after the fourteenth
                                     round's rules
    hospital_records_twenty_fifth_round
                                     emergency, admission, consult, nursing, 5150, court and
                                     discharge records from Fresno and Providence, after the
                                     fourteenth round's rules
    spoken_notes_hundred_thirty_fifth_round
                                     lower-case speech to text from Charlotte, after the fifteenth
                                     round's rules
    spoken_notes_hundred_thirty_sixth_round
                                     lower-case speech to text from Albany, Troy and Schenectady,
                                     after the fifteenth round's rules
    medication_management_notes_first
                                     medication management notes with doses, levels, pharmacies and
                                     prior authorisations, a new kind, after the fifteenth round's
                                     rules
    peer_support_notes_first         peer support and recovery coach notes, a new kind, after the
                                     fifteenth round's rules
    spoken_notes_hundred_thirty_seventh_round
                                     lower-case speech to text from Oahu and the neighbour islands,
                                     after the sixteenth round's rules
    typed_notes_thirty_seventh_round typed notes by modality from Seattle and Puget Sound, after the
                                     sixteenth round's rules
    messages_thirty_seventh_round    clients', aunties', officers', pastors', social workers' and
                                     pharmacies' messages from Hawaii and Seattle, after the
                                     sixteenth round's rules
    spoken_notes_hundred_thirty_eighth_round
                                     lower-case speech to text from Montana and the Bakken, after
                                     the seventeenth round's rules
    hospital_records_twenty_sixth_round
                                     emergency, admission, consult, nursing, transfer, court and
                                     discharge records from Montana, after the seventeenth round's
                                     rules
    messages_thirty_eighth_round     clients', pastors', parents', officers' and pharmacies'
                                     messages from Montana, after the seventeenth round's rules
    spoken_notes_hundred_thirty_ninth_round
                                     lower-case speech to text from Salt Lake, Utah County and
                                     Ogden, after the eighteenth round's rules
    typed_notes_thirty_eighth_round  typed notes by modality from Utah, after the eighteenth round's
                                     rules
    rarer_kinds_fourteenth_round     monitors, plates, VINs, IPs, serials, plan and group numbers,
                                     payment handles, licences, cases, photos, biometrics and links,
                                     after the eighteenth round's rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_HUNDRED_SIXTH_ROUND = [
    "okay note for {NAME:marisela} thirty six she lives in {LOCATION:boyle heights} with her two "
    "kids and works the register at {ORGANIZATION:superior grocers} on {LOCATION:cesar chavez} "
    "her ex {NAME:ruben} showed up drunk on the {DATE:twelfth}",
    "session with {NAME:andre} twenty nine from {LOCATION:inglewood} he does security at "
    "{ORGANIZATION:sofi stadium} and his cousin {NAME:tay} got shot near {LOCATION:crenshaw and "
    "slauson} last month",
    "this is {NAME:mrs hakobyan} sixty seven armenian lives in {LOCATION:glendale} her husband "
    "{NAME:garnik} passed in {DATE:august} and her son {NAME:aram} drives her to "
    "{ORGANIZATION:glendale adventist}",
    "follow up with {NAME:joey} fifteen goes to {ORGANIZATION:garfield high} in {LOCATION:east "
    "la} he got jumped walking home and now won't leave the house his mom {NAME:lorena} says",
    "okay {NAME:kenji} forty one he's a grip on sets for {ORGANIZATION:warner brothers} in "
    "{LOCATION:burbank} and drinks most nights since the strike ended his wife {NAME:amy} wants a "
    "separation",
    "note for {NAME:destiny} nineteen she's staying at the {ORGANIZATION:downtown women's center} "
    "on {LOCATION:san pedro street} and sells on {LOCATION:figueroa} sometimes her caseworker is "
    "{NAME:ms pham}",
    "session with {NAME:hector} fifty three he's a gardener in {LOCATION:pacoima} and his "
    "daughter {NAME:yaritza} is at {ORGANIZATION:cal state northridge} he worries about "
    "deportation every day",
    "this is {NAME:brandon} thirty two a nurse at {ORGANIZATION:cedars sinai} on nights he lives "
    "in {LOCATION:west hollywood} with his partner {NAME:luis} and started having panic attacks "
    "after a code on {DATE:october thirtieth}",
    "okay {NAME:gloria} seventy four from {LOCATION:compton} she raised her grandsons {NAME:dj} "
    "and {NAME:marcus} and the older one is in {ORGANIZATION:men's central jail} now",
    "follow up {NAME:sione} twenty four tongan plays rugby and lives in {LOCATION:carson} works "
    "at the port for {ORGANIZATION:ssa marine} he punched a wall after his dad {NAME:tevita} "
    "yelled at him",
    "note for {NAME:valerie} forty six she teaches at {ORGANIZATION:lausd} and lives at "
    "{LOCATION:4417 east olympic} her number is {PHONE:three two three five five five zero one "
    "eight seven}",
    "session with {NAME:tommy nguyen} thirty eight from {LOCATION:westminster} he runs a nail "
    "supply business and his brother {NAME:vinh} owes money to people in {LOCATION:garden grove}",
    "okay {NAME:big rick} fifty he's at the {ORGANIZATION:midnight mission} on {LOCATION:skid "
    "row} been there since {DATE:july fourth} and wants to get into the {ORGANIZATION:weingart} "
    "program",
]

SPOKEN_NOTES_HUNDRED_SEVENTH_ROUND = [
    "okay note for {NAME:keanna} twenty three she lives in {LOCATION:east oakland} off "
    "{LOCATION:international boulevard} and works at the {ORGANIZATION:tesla} plant in "
    "{LOCATION:fremont} her brother {NAME:dre} was killed in {DATE:june}",
    "session with {NAME:raj} forty four software engineer at {ORGANIZATION:google} in "
    "{LOCATION:mountain view} he got laid off on the {DATE:ninth} and hasn't told his wife "
    "{NAME:priya}",
    "this is {NAME:mr tran} sixty nine from {LOCATION:little saigon} in {LOCATION:san jose} he "
    "goes to {ORGANIZATION:regional medical center} for dialysis and his son {NAME:kevin} manages "
    "his meds",
    "follow up with {NAME:ximena} seventeen junior at {ORGANIZATION:fremont high} in the "
    "{LOCATION:fruitvale} she's been skipping since her friend {NAME:abby} moved to "
    "{LOCATION:stockton}",
    "okay {NAME:pete} sixty one a retired {ORGANIZATION:muni} driver lives in the {LOCATION:outer "
    "sunset} with his dog and his sister {NAME:maureen} calls from {LOCATION:daly city} every "
    "sunday",
    "note for {NAME:tasha} thirty she's a para at {ORGANIZATION:berkeley unified} and lives in "
    "{LOCATION:richmond} her son {NAME:malik} was suspended from {ORGANIZATION:king middle school}",
    "session with {NAME:carlos} twenty seven works in the kitchen at {ORGANIZATION:zuni cafe} and "
    "lives in a sro on {LOCATION:sixth street} his roommate {NAME:flaco} deals",
    "this is {NAME:jenny} thirty five she's a postdoc at {ORGANIZATION:ucsf} lives in "
    "{LOCATION:noe valley} with her girlfriend {NAME:sam} and had a miscarriage on {DATE:november "
    "second}",
    "okay {NAME:lupe} fifty eight she cleans houses in {LOCATION:atherton} and lives in "
    "{LOCATION:east palo alto} her husband {NAME:chuy} is at {ORGANIZATION:san quentin}",
    "follow up {NAME:devonte} nineteen from {LOCATION:hunters point} he's doing a program at "
    "{ORGANIZATION:city college} and his girlfriend {NAME:kiara} is pregnant due in {DATE:march}",
    "note for {NAME:anh} forty two she owns a pho place on {LOCATION:story road} and her husband "
    "{NAME:minh} gambles at {ORGANIZATION:bay 101} most nights",
    "session with {NAME:ramon} thirty three he's a roofer lives in {LOCATION:hayward} with his "
    "tia and got a dui on {LOCATION:highway 92} on {DATE:halloween} court is in {LOCATION:fremont}",
    "okay {NAME:birdie} eighty one widow in {LOCATION:walnut creek} at {ORGANIZATION:rossmoor} "
    "her son {NAME:greg} in {LOCATION:sacramento} wants her to move in with him",
]

TYPED_NOTES_THIRTIETH_ROUND = [
    "CBT session 7. {NAME:Jolene} (34) works nights at {ORGANIZATION:Tyson} in "
    "{LOCATION:Lexington}, NE. Thought record on her supervisor {NAME:Rick}. PHQ-9 13.",
    "DBT individual. {NAME:Marcus Yellow Horse} reviewed diary card; urges 4/5 after fight with "
    "his cousin {NAME:Wade} at the {ORGANIZATION:Winnebago} powwow on {DATE:8/24}.",
    "EMDR phase 4. Target: the tornado in {LOCATION:Pilger} ({DATE:June 2014}). {NAME:Dana} SUDS "
    "8 -> 3. Lives in {LOCATION:Norfolk} now with her husband {NAME:Troy}.",
    "ACT session. {NAME:Bao Vang}, 45, line worker at {ORGANIZATION:JBS} {LOCATION:Grand Island}. "
    "Values: family, faith at {ORGANIZATION:St. Mary's Cathedral}. Willingness 6/10.",
    "IFS. {NAME:Kirsten} (29), grad student at {ORGANIZATION:UNL}, met a protector part ('the "
    "Coach'). Lives on {LOCATION:R Street} in {LOCATION:Lincoln}. Mother {NAME:Deb} critical.",
    "Psychodynamic session 22. {NAME:Alan Kozlowski} spoke of his father's death on {DATE:Feb 3} "
    "and of working for {ORGANIZATION:Mutual of Omaha} for thirty years.",
    "CPT session 5. {NAME:SSG Brianna Cole}, {ORGANIZATION:Offutt AFB}, stuck point: 'I should "
    "have stopped it.' Impact statement read. Next appt {DATE:12/15}.",
    "Family session: {NAME:Tomasz}, {NAME:Agnieszka} and son {NAME:Kuba} (14) from "
    "{LOCATION:South Omaha}. {NAME:Kuba} caught vaping at {ORGANIZATION:Bryan High}. Contract "
    "signed.",
    "BIRP. B: {NAME:Shay} tearful, disclosed partner {NAME:Cody} pushed her at their apt on "
    "{LOCATION:Leavenworth St}. I: safety plan, {ORGANIZATION:Women's Center for Advancement} "
    "info. R: took card.",
    "MI session. {NAME:Dwayne} (52), farms corn outside {LOCATION:Kearney}. AUDIT 21. Wife "
    "{NAME:Linda} gave ultimatum on {DATE:Thanksgiving}. Change talk: 'for the grandkids.'",
    "Play therapy. {NAME:Izzy} (6), kindergarten at {ORGANIZATION:Dundee Elementary}. Sand tray: "
    "house with no door. Father {NAME:Jake} deployed since {DATE:September}.",
    "SOAP. S: {NAME:Mrs. Ochoa} reports insomnia since her son {NAME:Adrian} moved to "
    "{LOCATION:Council Bluffs}. O: flat affect. A: MDD, moderate. P: refer {NAME:Dr. Lindqvist}.",
    "Couples session. {NAME:Nate} and {NAME:Hollie} from {LOCATION:Papillion}. {NAME:Hollie} "
    "works at {ORGANIZATION:Nebraska Furniture Mart}; {NAME:Nate} at {ORGANIZATION:Union "
    "Pacific}. Gottman repair attempts.",
]

MESSAGES_TWENTY_NINTH_ROUND = [
    "hi its {NAME:brittany} can we move thursday to 4, i got called in at {ORGANIZATION:target} "
    "on {LOCATION:rancho} again",
    "This is {NAME:Coach Delgado} from {ORGANIZATION:Eastlake HS}. {NAME:Mateo} mentioned he's "
    "seeing you; can you call me at {PHONE:(619) 555-0148}?",
    "hola soy la mamá de {NAME:yesenia}, ella no puede ir hoy porque está enferma. gracias "
    "-{NAME:rosa}",
    "Reminder from {ORGANIZATION:Rite Aid} {LOCATION:Chula Vista}: prescription for {NAME:DANIEL "
    "R} is ready. Reply STOP to opt out.",
    "Hey it's {NAME:Jordy}. im at my grandmas in {LOCATION:national city} this week so can we do "
    "zoom",
    "Message from {NAME:Sgt. Ortiz}, {ORGANIZATION:SDPD Southeastern Division}: welfare check "
    "done at {LOCATION:3820 Imperial Ave}, client was safe.",
    "{NAME:Kayla} here. my landlord {NAME:mr. feld} says we gotta be out by the {DATE:15th}. idk "
    "where we go",
    "this is {NAME:tom} from {ORGANIZATION:father joe's villages} confirming a bed for {NAME:Ray} "
    "starting {DATE:monday the 8th}",
    "hi {NAME:dr. kim} its {NAME:nadia}. i relapsed last night at {NAME:josh}'s place, im ok but "
    "scared",
    "From {ORGANIZATION:Scripps Mercy}: {NAME:Patricia Alvarez} was discharged {DATE:12/04}. "
    "Follow-up appt needed within 7 days.",
    "hi its {NAME:dev}, new email is {EMAIL:dev.santos22@gmail.com} for the forms",
    "buenas, le habla {NAME:don aurelio}. mi hijo {NAME:beto} salió de {ORGANIZATION:otay mesa} "
    "ayer y está con nosotros",
    "Hi this is {NAME:Pastor Ken} at {ORGANIZATION:Rock Church}, {NAME:Lisa} asked me to let you "
    "know she'll be late today.",
]

HOSPITAL_RECORDS_TWENTIETH_ROUND = [
    "ED NOTE {DATE:11/29/2026} 0214. Pt {NAME:Jeremy Blackwell}, 31M, BIBA from "
    "{LOCATION:Anderson} after OD on fentanyl, narcan x2 by {ORGANIZATION:Madison County EMS}. "
    "MRN {MRN:4471902}.",
    "Admission H&P, {ORGANIZATION:Eskenazi Health}. {NAME:Keisha Monroe}, 27F, hx bipolar I, "
    "lives at {LOCATION:2910 N Sherman Dr}, {LOCATION:Indianapolis}. Sister {NAME:Tanya} is "
    "emergency contact {PHONE:317-555-0162}.",
    "Psych consult requested by {NAME:Dr. Pruitt}, hospitalist, {ORGANIZATION:IU Health "
    "Methodist}. Pt {NAME:Harold Simms} ({AGE_OVER_89:91}) delirious, wife {NAME:Edna} at bedside.",
    "Nursing note: pt in Room {LOCATION:5114} pacing, states 'they're coming from "
    "{LOCATION:Muncie} to get me.' PRN given per {NAME:J. Alvarado}, RN.",
    "Discharge summary. {NAME:Colton Reese}, 19M, adm {DATE:11/20} d/c {DATE:11/26}. F/u at "
    "{ORGANIZATION:Centerstone} {LOCATION:Bloomington} with {NAME:Lydia Hart}, LCSW.",
    "Transfer note: accepted at {ORGANIZATION:Richmond State Hospital} per {NAME:Dr. Okoye}. "
    "Transport by {ORGANIZATION:Wayne County Sheriff}. Emergency detention filed {DATE:12/1}.",
    "Social work: pt {NAME:Amber Lutz} lost housing at {ORGANIZATION:Barton Annex}; referred to "
    "{ORGANIZATION:Wheeler Mission} women's shelter. Medicaid ID {HEALTH_PLAN:100284736590}.",
    "ED triage {DATE:12/02}: {NAME:Luis Paredes} 44M, construction worker for "
    "{ORGANIZATION:Hagerman}, fell at site in {LOCATION:Carmel}; SI disclosed to triage RN.",
    "Consult: {NAME:Ms. Whitaker}, 58F, transferred from {ORGANIZATION:Community Hospital East}. "
    "Daughter {NAME:Renee Whitaker} POA. Outpatient psychiatrist {NAME:Dr. Feng}.",
    "Progress note HD 3, unit {LOCATION:4 South}. {NAME:Trevor} refused labs, called his mother "
    "in {LOCATION:Terre Haute}. Collateral from her: {PHONE:812-555-0190}.",
    "Admission: {NAME:Darnell Hughes}, DOB {DATE:04/17/1979}, from {ORGANIZATION:Marion County "
    "Jail} on court order, case {OTHER_ID:49G20-2611-F5-031842}.",
    "Safety sitter note: pt {NAME:Gwen} tearful, talked about her late husband {NAME:Earl} and "
    "the farm near {LOCATION:Greensburg}. Sitter {NAME:Maria T.}",
    "Discharge: {NAME:Jasmine Ortiz}, 16F, to {ORGANIZATION:Valle Vista} residential. School "
    "{ORGANIZATION:Ben Davis High}. Guardian {NAME:Carmen Ortiz}, {PHONE:(317) 555-0127}.",
]


SPOKEN_NOTES_HUNDRED_EIGHTH_ROUND = [
    "okay this is {NAME:shawna} thirty one she lives in {LOCATION:oak park} in "
    "{LOCATION:sacramento} with her boyfriend {NAME:lamar} and works at the "
    "{ORGANIZATION:raley's} on {LOCATION:broadway} she says he choked her on saturday night",
    "session with {NAME:gurpreet} twenty six drives truck for {ORGANIZATION:sysco} out of "
    "{LOCATION:west sacramento} his dad {NAME:harjinder} wants him to marry a girl from "
    "{LOCATION:yuba city}",
    "note for {NAME:ms yang} forty nine hmong she works at the {ORGANIZATION:franchise tax board} "
    "and her son {NAME:tou} was arrested in {LOCATION:south sac} for a drive by",
    "follow up {NAME:katie} seventeen senior at {ORGANIZATION:granite bay high} she's restricting "
    "again her mom {NAME:jen} found her throwing up after dance at {ORGANIZATION:studio one}",
    "okay {NAME:mr delgado} seventy two lives in {LOCATION:stockton} near {LOCATION:weber point} "
    "his wife {NAME:esperanza} has dementia and he won't put her in {ORGANIZATION:o'connor woods}",
    "this is {NAME:tre} twenty from {LOCATION:del paso heights} he just got out of "
    "{ORGANIZATION:folsom} and is staying at his cousin {NAME:javon}'s on {LOCATION:norwood "
    "avenue}",
    "session with {NAME:heather} forty two she's a correctional officer at {ORGANIZATION:mule "
    "creek} in {LOCATION:ione} and her husband {NAME:wes} is a deputy with {ORGANIZATION:amador "
    "county}",
    "note for {NAME:oksana} thirty eight ukrainian lives in {LOCATION:rancho cordova} her husband "
    "{NAME:vitaliy} is back in {LOCATION:kharkiv} and she hasn't heard from him since the "
    "{DATE:twentieth}",
    "okay {NAME:dj} fourteen eighth grader at {ORGANIZATION:fern bacon middle} got jumped behind "
    "the {ORGANIZATION:food maxx} on {LOCATION:florin road} his grandma {NAME:bernice} brought him",
    "follow up with {NAME:aaron} fifty five a lobbyist downtown by the capitol drinks at the "
    "{ORGANIZATION:firehouse} every night his wife {NAME:caroline} left in {DATE:october}",
    "session with {NAME:maribel} thirty three she sorts packages at the {ORGANIZATION:amazon} "
    "warehouse in {LOCATION:tracy} and her son {NAME:angel} has autism he goes to "
    "{ORGANIZATION:valley mountain regional center}",
    "note for {NAME:sam} sixty retired from {ORGANIZATION:mcclellan} lives out in "
    "{LOCATION:citrus heights} his phone is {PHONE:nine one six five five five zero one nine two}",
    "okay {NAME:brianna} twenty two nursing student at {ORGANIZATION:sac state} works at "
    "{ORGANIZATION:sutter roseville} as a cna her ex {NAME:tyler} keeps messaging her",
]

SPOKEN_NOTES_HUNDRED_NINTH_ROUND = [
    "okay note for {NAME:dakota} twenty nine works on the flight line at {ORGANIZATION:nas "
    "pensacola} and lives in {LOCATION:warrington} his wife {NAME:kaylee} had the baby on "
    "{DATE:november eighth}",
    "session with {NAME:miss geraldine} seventy seven from the {LOCATION:northside} of "
    "{LOCATION:jacksonville} her grandson {NAME:trey} is at {ORGANIZATION:raines high} and runs "
    "with a bad crowd",
    "this is {NAME:cole} forty four a shrimper out of {LOCATION:mayport} he lost his boat in the "
    "storm and his brother {NAME:darrell} drowned off {LOCATION:amelia island}",
    "follow up {NAME:jasmine} sixteen sophomore at {ORGANIZATION:wolfson} her mom {NAME:tonya} "
    "works at {ORGANIZATION:baptist medical center} and her dad is at {ORGANIZATION:baker "
    "correctional}",
    "okay {NAME:pastor williams} called about {NAME:deacon ray} sixty three from "
    "{ORGANIZATION:bethel baptist institutional} he's been drinking since his wife passed",
    "note for {NAME:ashley} thirty five she's a teacher at {ORGANIZATION:duval county public "
    "schools} lives in {LOCATION:arlington} and her ex {NAME:brandon} has a dvi against her",
    "session with {NAME:luis} twenty three works at {ORGANIZATION:publix} in {LOCATION:orange "
    "park} and sleeps in his car behind the {ORGANIZATION:walmart} on {LOCATION:blanding}",
    "this is {NAME:sgt harper} thirty eight marine at {ORGANIZATION:blount island} he deployed "
    "twice and his wife {NAME:nicole} says he doesn't sleep",
    "okay {NAME:june} {AGE_OVER_89:ninety four} lives at {ORGANIZATION:cypress village} and her "
    "daughter {NAME:ellen} from {LOCATION:ponte vedra} handles her money",
    "follow up with {NAME:travis} thirty works offshore for {ORGANIZATION:transocean} two weeks "
    "on two off lives in {LOCATION:milton} with his girlfriend {NAME:brandi}",
    "note for {NAME:kiki} nineteen she dances at the {ORGANIZATION:candy store} on "
    "{LOCATION:highway 98} and her roommate {NAME:mercedes} got her into pills",
    "session with {NAME:omar} fifty from {LOCATION:san marco} owns a gas station on "
    "{LOCATION:philips highway} and was robbed at gunpoint on {DATE:tuesday the 17th}",
    "okay {NAME:bubba} sixty nine retired from the paper mill in {LOCATION:fernandina} his wife "
    "{NAME:loretta} says he sits in the truck all day",
]

LETTERS_AND_FORMS_FIFTEENTH_ROUND = [
    "To Whom It May Concern:\nI am writing on behalf of my client, {NAME:Ms. Rosa Iñiguez} (DOB "
    "{DATE:02/11/1985}), who has been in treatment with me since {DATE:March 2024}.\n{NAME:Dr. "
    "Amelia Hart}, PsyD, License {LICENSE:PSY 29184}",
    "RELEASE OF INFORMATION\nClient: {NAME:Jonah Feldman}\nRelease to: {ORGANIZATION:Kaiser "
    "Permanente Oakland}, Dept. of Psychiatry\nFax: {FAX:510-555-0133}\nExpires: {DATE:06/30/2027}",
    "Emotional support animal letter for {NAME:Lauren Beck}, residing at {LOCATION:1450 Mission "
    "St, Apt 5}, {LOCATION:San Francisco, CA 94103}. Landlord: {ORGANIZATION:Trinity Management}.",
    "FMLA certification. Employee: {NAME:Carlos Medina}. Employer: {ORGANIZATION:County of Santa "
    "Clara}, Dept. of Roads. Condition began {DATE:09/14/2026}. Provider NPI {LICENSE:1487765432}.",
    "Court letter, {ORGANIZATION:Superior Court of California, County of Alameda}, case no. "
    "{OTHER_ID:HF26-114902}. {NAME:Mr. Derrick Sloan} has attended 14 of 16 sessions of anger "
    "management.",
    "School letter: {NAME:Emma Nguyen} (grade 9, {ORGANIZATION:Lowell High School}) is in "
    "treatment for anxiety; please allow breaks. Parent: {NAME:Linh Nguyen}, {PHONE:(415) "
    "555-0176}.",
    "Intake form\nName: {NAME:Andrew Tse}\nDOB: {DATE:7/22/1990}\nAddress: {LOCATION:88 Pleasant "
    "Valley Ave}, {LOCATION:Oakland} {LOCATION:94611}\nEmergency contact: {NAME:Grace Tse} "
    "(sister)",
    "Disability (SSDI) report for {NAME:Sharon Mills}, SSN {SSN:548-22-4471}. Last worked at "
    "{ORGANIZATION:Safeway Distribution Center}, {LOCATION:Tracy}, in {DATE:January 2025}.",
    "Asylum evaluation. {NAME:Mr. Tesfaye Gebru}, A-number {OTHER_ID:A 219-448-731}, fled "
    "{LOCATION:Gondar} in {DATE:2023-08}. Scarring consistent with his account.",
    "Letter to {NAME:Judge Patricia Omura}, {ORGANIZATION:San Mateo County Juvenile Court}: "
    "{NAME:Diego R.} (15) has engaged in weekly therapy at {ORGANIZATION:Star Vista}.",
    "Housing letter for {NAME:Tamika Boyd}, applicant to {ORGANIZATION:Oakland Housing "
    "Authority}, voucher {ACCOUNT:HCV-0044198}. Her PTSD is a disability under the FHA.",
    "Consent for telehealth. Client {NAME:Nico Alvarez}, located at {LOCATION:2231 Telegraph "
    "Ave}, {LOCATION:Berkeley}. Emergency contact {NAME:Paula Alvarez} {PHONE:510.555.0112}. "
    "Signed {DATE:12/01/2026}.",
    "Return to work note: {NAME:Kevin O'Brien} may return to {ORGANIZATION:BART} as a train "
    "operator on {DATE:12/14/2026} with no restrictions. {NAME:Dr. S. Patel}, MD",
]

CRISIS_LINE_NOTES_TENTH = [
    "988 call 0142. Caller {NAME:Jessie}, 24, in car outside the {ORGANIZATION:Target} in "
    "{LOCATION:Elk Grove} with pills. Callback {PHONE:916-555-0104}. Mobile crisis sent.",
    "Text line: texter says 'my stepdad {NAME:Randy} hits me' lives in {LOCATION:Lodi}, 14, "
    "school {ORGANIZATION:Tokay High}. Report to CPS made, ref {OTHER_ID:2611-33487}.",
    "Warm line: {NAME:Frank}, regular caller, lonely since his dog {NAME:Buster} died. Lives at "
    "{ORGANIZATION:Mercy McMahon Terrace}. No SI.",
    "Mobile crisis to {LOCATION:4417 Fruitridge Rd}: {NAME:Ms. Huynh}, 52, barricaded, son "
    "{NAME:Danny} called. {ORGANIZATION:Sac PD} standby. Placed on 5150 to {ORGANIZATION:Heritage "
    "Oaks}.",
    "Chat: user {OTHER_ID:@moonchild_44} reports SI with plan; located via IP {IP:73.189.22.141} "
    "to {LOCATION:Modesto}. Active rescue initiated {DATE:12/05} 2310.",
    "988 follow-up call to {NAME:Alyssa} (DOB {DATE:3/3/2004}); she is home with her aunt "
    "{NAME:Carmen} in {LOCATION:Manteca}. Safety plan reviewed.",
    "Caller is {NAME:Officer Reyes}, {ORGANIZATION:Stockton PD}, requesting consult on a man on "
    "the {LOCATION:Banner Island} overpass. Talked through de-escalation.",
    "Veteran press 1: {NAME:Gary}, 67, Vietnam, from {LOCATION:Roseville}; wife {NAME:Donna} died "
    "{DATE:Thanksgiving day}. Connected to {ORGANIZATION:Mather VA}.",
    "Text: '{NAME:kenzie} here i took like 20 of my moms xanax' -> location {LOCATION:Folsom}; "
    "EMS dispatched; mom {NAME:Tara} reached at {PHONE:916 555 0139}.",
    "Youth line: caller {NAME:Mateo}, 13, says kids at {ORGANIZATION:Sutter Middle} posted his "
    "photo. Parent {NAME:Luz} informed with consent.",
    "Third party: {NAME:Pastor Dan} of {ORGANIZATION:Capital Christian} calling about congregant "
    "{NAME:Brent Howell}, 45, who texted goodbye messages.",
    "988 Spanish line: {NAME:doña Chela}, 70, de {LOCATION:Woodland}, su hijo {NAME:Rigo} la "
    "amenazó. Referred to {ORGANIZATION:Empower Yolo}.",
    "Repeat caller {NAME:Big Jim} (no last name given) from the {ORGANIZATION:Union Gospel "
    "Mission}; intoxicated, no plan. Called back {DATE:12/06} 0900.",
]

GROUP_AND_FAMILY_NOTES_ELEVENTH = [
    "DBT skills group, 6 members. {NAME:Alicia} shared urge surfing after fight with {NAME:Mike}. "
    "{NAME:Rowan} left early. Next group {DATE:12/10}.",
    "Family session: {NAME:Mr. and Mrs. Castellanos} and daughter {NAME:Valeria} (15) from "
    "{LOCATION:Salinas}. Conflict over boyfriend {NAME:Adrian}, 19. Curfew contract.",
    "Couples: {NAME:Derek} and {NAME:Simone}. {NAME:Simone} works at {ORGANIZATION:Genentech}; "
    "{NAME:Derek} stays home with twins {NAME:Ava} and {NAME:Eli}. Four horsemen reviewed.",
    "Grief group at {ORGANIZATION:Kara} in {LOCATION:Palo Alto}: {NAME:Howard} (wife, "
    "{DATE:July}), {NAME:Pam} (son, overdose), {NAME:Luis} (brother, COVID).",
    "Multifamily group, {ORGANIZATION:Stanford Children's} eating disorders program. Parents "
    "{NAME:Ruth} and {NAME:Ken Ito} discussed meals with {NAME:Hana}.",
    "Men's anger group, court-ordered, {ORGANIZATION:Santa Clara County Probation}. {NAME:Big "
    "Lou}, {NAME:Tony P.} and {NAME:Jerome} present; {NAME:Ricky} absent.",
    "Family therapy: grandma {NAME:Deloris} raising {NAME:Kai} (8) and {NAME:Jada} (6) since mom "
    "{NAME:Kendra} went to {ORGANIZATION:CCWF} in {LOCATION:Chowchilla}.",
    "Couples session: {NAME:Priya} and {NAME:Arjun} from {LOCATION:Sunnyvale}; in-laws moved in "
    "on {DATE:10/2}. {NAME:Arjun} works at {ORGANIZATION:Apple Park}; {NAME:Priya} at "
    "{ORGANIZATION:Intuit}.",
    "Teen group at {ORGANIZATION:Fremont High}: {NAME:Jayden} disclosed his older brother "
    "{NAME:Marcus} was shot on {LOCATION:International Blvd}. Safety follow-up with {NAME:Ms. "
    "Cho}.",
    "Parenting group (Triple P): {NAME:Yolanda} from {LOCATION:East Palo Alto}, {NAME:Becca} from "
    "{LOCATION:Redwood City}. {NAME:Becca}'s son {NAME:Liam} bites at daycare.",
    "Family session with the {NAME:Oyelaran} family: dad {NAME:Tunde}, mom {NAME:Bisi}, son "
    "{NAME:Femi} (17) accepted to {ORGANIZATION:UC Davis}; sister {NAME:Ife} jealous.",
    "Substance use group, {ORGANIZATION:HealthRIGHT 360}: {NAME:Carla} 60 days sober; "
    "{NAME:Dominic} used on {DATE:Friday the 4th} and came anyway.",
    "Couples: {NAME:Jess} and {NAME:Morgan}, together 9 yrs, live in the {LOCATION:Castro}. "
    "{NAME:Morgan}'s mother {NAME:Bev} in {LOCATION:Fresno} refuses to visit.",
]


SPOKEN_NOTES_HUNDRED_TENTH_ROUND = [
    "okay note for {NAME:tiana} twenty four she lives in {LOCATION:church hill} and works at "
    "{ORGANIZATION:vcu health} in environmental services her son's father {NAME:dominique} got "
    "locked up at the {ORGANIZATION:justice center} on {DATE:friday the sixth}",
    "session with {NAME:mr carrington} sixty six retired from {ORGANIZATION:philip morris} lives "
    "in {LOCATION:chesterfield} his wife {NAME:peggy} had a stroke in {DATE:august}",
    "this is {NAME:brynn} nineteen freshman at {ORGANIZATION:uva} she's from "
    "{LOCATION:fredericksburg} and got drunk at a party on {LOCATION:rugby road} and doesn't "
    "remember",
    "follow up with {NAME:deshawn} thirty one lives in {LOCATION:gilpin court} with his grandma "
    "{NAME:hattie} he drives for {ORGANIZATION:grtc} and got jumped at the {LOCATION:broad "
    "street} stop",
    "okay {NAME:mei} forty seven she owns a restaurant in {LOCATION:short pump} and her husband "
    "{NAME:wei} is back in {LOCATION:fuzhou} she's raising {NAME:kevin} and {NAME:lily} alone",
    "note for {NAME:hunter} twenty two he's a lineman for {ORGANIZATION:dominion} lives in "
    "{LOCATION:mechanicsville} and his buddy {NAME:tanner} died in a wreck on {LOCATION:two "
    "ninety five} last month",
    "session with {NAME:sister mary clare} eighty one a nun at {ORGANIZATION:saint benedict "
    "monastery} in {LOCATION:bristow} grieving {NAME:sister agnes} who died {DATE:tuesday the "
    "fifth}",
    "okay {NAME:jaylen} fifteen ninth grade at {ORGANIZATION:huguenot high} he got suspended for "
    "a fight and his mom {NAME:keisha} works two jobs at {ORGANIZATION:kroger} and "
    "{ORGANIZATION:bon secours}",
    "this is {NAME:rosa} thirty eight from el salvador lives in {LOCATION:southside} off "
    "{LOCATION:hull street} her husband {NAME:neftali} was picked up by ice on {DATE:the third}",
    "follow up {NAME:caleb} thirty four marine at {ORGANIZATION:quantico} lives in "
    "{LOCATION:stafford} with his wife {NAME:abby} he won't talk about {LOCATION:fallujah}",
    "note for grandma {NAME:pearl} {AGE_OVER_89:ninety one} at {ORGANIZATION:westminster "
    "canterbury} her grandson {NAME:jacob} visits from {LOCATION:petersburg} on sundays",
    "okay {NAME:andre} forty three barber on {LOCATION:hull street} his shop {ORGANIZATION:fresh "
    "cutz} got robbed and his brother {NAME:marcus} was shot there on {DATE:december first}",
    "session with {NAME:kelsey} twenty eight she's a nurse at {ORGANIZATION:henrico doctors} and "
    "lives in the {LOCATION:fan} with her roommate {NAME:olivia} her email is {EMAIL:kelsey dot "
    "rn at gmail dot com}",
]

SPOKEN_NOTES_HUNDRED_ELEVENTH_ROUND = [
    "okay note for {NAME:araceli} forty one she lives in {LOCATION:south tucson} and cleans at "
    "{ORGANIZATION:tucson medical center} her son {NAME:gabriel} got picked up by border patrol "
    "near {LOCATION:sasabe}",
    "session with {NAME:cody} thirty six an airman at {ORGANIZATION:davis monthan} lives on "
    "{LOCATION:speedway} and drinks at the {ORGANIZATION:shelter} bar every night",
    "this is {NAME:mrs begay} sixty eight navajo lives with her daughter {NAME:loretta} in "
    "{LOCATION:marana} and goes to {ORGANIZATION:st mary's} for dialysis",
    "follow up {NAME:isaiah} seventeen senior at {ORGANIZATION:pueblo high} he's on probation "
    "through {ORGANIZATION:pima county juvenile court} and his po is {NAME:mr sandoval}",
    "okay {NAME:hannah} twenty student at {ORGANIZATION:u of a} works at {ORGANIZATION:frog and "
    "firkin} on {LOCATION:university boulevard} and got assaulted walking home {DATE:halloween} "
    "night",
    "note for {NAME:don ramón} seventy nine from {LOCATION:nogales} he crosses to see his sister "
    "{NAME:elvira} in {LOCATION:magdalena} and his wife {NAME:cuca} passed in {DATE:june}",
    "session with {NAME:terrence} fifty two a copper miner at {ORGANIZATION:mission mine} out by "
    "{LOCATION:sahuarita} he lost two fingers and is on workers comp",
    "okay {NAME:jolene} thirty she's living in a trailer in {LOCATION:three points} with her "
    "boyfriend {NAME:shane} who cooks meth and her kids {NAME:wyatt} and {NAME:lacey}",
    "this is {NAME:victor} twenty seven from the west side he works at {ORGANIZATION:raytheon} "
    "and his girlfriend {NAME:daniela} is pregnant due {DATE:february tenth}",
    "follow up with {NAME:pat} sixty one a snowbird from {LOCATION:green bay} winters in "
    "{LOCATION:green valley} at {ORGANIZATION:quail creek} and her husband {NAME:jerry} has "
    "parkinsons",
    "note for {NAME:luz} twenty three she's a cna at {ORGANIZATION:banner university} and lives "
    "in {LOCATION:barrio hollywood} with her abuela {NAME:lupe} and her cousin {NAME:chata}",
    "session with {NAME:wade} forty eight works for {ORGANIZATION:pima county roads department} "
    "lives in {LOCATION:vail} and his son {NAME:brody} overdosed on {DATE:october twenty second}",
    "okay {NAME:noemi} thirty four from {LOCATION:douglas} her husband {NAME:julio} is a guard at "
    "the {ORGANIZATION:cochise county jail} in {LOCATION:bisbee} and he hits her",
]

TYPED_NOTES_THIRTY_FIRST_ROUND = [
    "SOAP. S: {NAME:Renée Thibodeaux} (41) reports nightmares since Hurricane Ida; home in "
    "{LOCATION:LaPlace} still has a tarp. O: tearful. A: PTSD. P: CPT weekly.",
    "DAP. D: {NAME:Beau} (17), senior at {ORGANIZATION:Catholic High} in {LOCATION:Baton Rouge}, "
    "benched after concussion; dad {NAME:Coach Landry} pressures him. A: MDD. P: family session.",
    "CBT session 9. {NAME:Jamal Pierre}, 33, offshore on a {ORGANIZATION:Shell} platform 14/14; "
    "worry log reviewed. Wife {NAME:Tasha} in {LOCATION:Houma}. GAD-7 11.",
    "BIRP. B: {NAME:Miss Odile} (86) confused about date; daughter {NAME:Claudette} found her "
    "walking on {LOCATION:Esplanade Ave}. I: cognitive screen. R: MoCA 17.",
    "DBT. {NAME:Kayleigh} (22) diary card: cutting urges 5/5 after breakup with {NAME:Dustin}. "
    "Works at {ORGANIZATION:Raising Cane's} on {LOCATION:Government St}.",
    "ACT session 4. {NAME:Tran Van Minh} (58), shrimper from {LOCATION:Biloxi}, values card sort: "
    "family, the boat ('{ORGANIZATION:Miss Kim}'). Defusion practiced.",
    "EMDR phase 3. {NAME:Sgt. Leon Batiste}, {ORGANIZATION:Barksdale AFB}. Target: IED blast, "
    "{LOCATION:Kandahar}, {DATE:May 2011}. VOC 2/7.",
    "Psychodynamic. {NAME:Celeste} (39) discussed her mother {NAME:Yvonne}'s funeral at "
    "{ORGANIZATION:St. Louis Cathedral} and the house on {LOCATION:Dauphine Street}.",
    "Family session. {NAME:Mr. and Mrs. Guidry} with son {NAME:Remy} (12), "
    "{ORGANIZATION:Lafayette Middle}. {NAME:Remy}'s dog {NAME:Boudreaux} died; school refusal "
    "since.",
    "IFS. {NAME:Margaret} (64) retired from {ORGANIZATION:Ochsner}; met an exiled part connected "
    "to her brother {NAME:Francis}, lost at sea off {LOCATION:Grand Isle}.",
    "MI. {NAME:T-Boy Hebert} (44) from {LOCATION:Breaux Bridge}; drinks a case a day. Importance "
    "7, confidence 3. Wife {NAME:Nicole} at {ORGANIZATION:Lafayette General}.",
    "TF-CBT. {NAME:Aaliyah} (9), trauma narrative re: shooting at the {LOCATION:Magnolia} "
    "projects. Caregiver Auntie {NAME:Deb} present. Next session {DATE:12/16}.",
    "SOAP. S: {NAME:Hollis Carter}, 70, {LOCATION:Jackson} MS, widowed {DATE:10/30}. Son "
    "{NAME:Reggie} in {LOCATION:Memphis}. O: psychomotor slowing. P: refer {NAME:Dr. Amadi}.",
]

MESSAGES_THIRTIETH_ROUND = [
    "hey its {NAME:kenz} lol can we do 330 instead i have practice at {ORGANIZATION:mhs}",
    "{NAME:Ms. Green} this is {NAME:Jaden}'s dad {NAME:Ron}, he won't get out of bed, call me "
    "{PHONE:804-555-0188}",
    "u said text if i wanted to hurt myself. im at the bridge on {LOCATION:lee st}",
    "From {ORGANIZATION:Walgreens #11482}: Your Rx for {NAME:MICHAEL T} is ready for pickup.",
    "hi its abuela {NAME:lucha}, {NAME:sofi} is with me today in {LOCATION:mesa}, she cant come",
    "New address for billing: {LOCATION:901 E Tremont Ave Apt 3C}, {LOCATION:Bronx NY 10460}. "
    "Thanks, {NAME:Yesenia}",
    "Appointment reminder for {NAME:J. Whitfield} on {DATE:12/9} at 2:00 PM with {NAME:Dr. Osei}. "
    "Reply C to confirm.",
    "this is {NAME:officer blake} with {ORGANIZATION:chesterfield pd} returning your call about "
    "{NAME:mr hollins}",
    "can u send the letter to my lawyer {NAME:Sarah Kim} at {EMAIL:skim@kimlawva.com} thx "
    "-{NAME:DeAndre}",
    "my caseworker at DSS is {NAME:Ms. Pruitt}, she needs the form by Friday {DATE:12/11}",
    "hey doc its {NAME:tank} from group, got a job at the {ORGANIZATION:ups} hub in "
    "{LOCATION:sandston} starting monday",
    "Mensaje de {ORGANIZATION:Iglesia Luz del Mundo}: hermano {NAME:Chuy} pide oración por su "
    "hija {NAME:Betty}.",
    "{NAME:Tyler} again. my IG is {OTHER_ID:@tyler.b.rva} if u need to find me",
]

RARER_KINDS_TENTH_ROUND = [
    "CGM: Dexcom G7 serial SN {DEVICE:7H4K-22910}; {NAME:Marcus} sends readings to his mom.",
    "Vehicle: 2019 Honda Civic, plate {VEHICLE:VA UXK-4418}, VIN {VEHICLE:2HGFC2F69KH512873}.",
    "Login from IP {IP:10.44.182.9} and {IP:2601:18c:8300:2a0::1f} flagged by portal.",
    "Client's insulin pump (Omnipod 5, lot {DEVICE:L2284719}) alarmed during session.",
    "Medicare Beneficiary Identifier {HEALTH_PLAN:1EG4-TE5-MK72}; secondary {ORGANIZATION:Humana} "
    "{HEALTH_PLAN:H53218844}.",
    "Account {ACCOUNT:0004418-22}, balance $140. Card ending {ACCOUNT:4471}.",
    "Driver's license {LICENSE:T62-118-904} (VA). CDL pending.",
    "Court: {ORGANIZATION:Richmond JDR Court}, petition {OTHER_ID:JJ048812-01-00}.",
    "Photo: {PHOTO:IMG_4471.HEIC} of bruises, taken {DATE:11/30}, stored in chart.",
    "Voice print enrollment {BIOMETRIC:VP-77120} declined by client.",
    "Her TikTok is {OTHER_ID:@jayla.rva} and Snap {OTHER_ID:jaylaaa_22}.",
    "Pacemaker: Medtronic Azure XT, SN {DEVICE:RNB448127S}. Cardiologist {NAME:Dr. Vo}.",
    "See {URL:https://www.gofundme.com/f/help-the-morales-family} started by her cousin "
    "{NAME:Lina}.",
]


SPOKEN_NOTES_HUNDRED_TWELFTH_ROUND = [
    "okay note for {NAME:skyler} twenty one lives in {LOCATION:five points} and works at "
    "{ORGANIZATION:casa bonita} in {LOCATION:lakewood} her roommate {NAME:jade} overdosed in "
    "their bathroom on the {DATE:twenty eighth}",
    "session with {NAME:mr abeyta} fifty nine from {LOCATION:pueblo} drives for "
    "{ORGANIZATION:rtd} on the {LOCATION:colfax} line and his wife {NAME:irene} has cancer",
    "this is {NAME:liam} sixteen junior at {ORGANIZATION:cherry creek high} he's been vaping thc "
    "and his dad {NAME:scott} found a gun in his car",
    "follow up {NAME:aurora} thirty three not the city the name she lives in {LOCATION:montbello} "
    "and cleans at {ORGANIZATION:denver health} her son {NAME:mateo} has asthma",
    "okay {NAME:big tony} forty eight from {LOCATION:colorado springs} retired army out of "
    "{ORGANIZATION:fort carson} he sleeps in his truck at the {ORGANIZATION:king soopers} lot on "
    "{LOCATION:academy}",
    "note for {NAME:dakota} twenty six ski instructor at {ORGANIZATION:vail} lives in "
    "{LOCATION:eagle} with four roommates and drinks after every shift at the {ORGANIZATION:red "
    "lion}",
    "session with {NAME:ms nakamura} seventy one widow in {LOCATION:littleton} her son {NAME:ken} "
    "lives in {LOCATION:boulder} and her daughter {NAME:amy} in {LOCATION:tokyo}",
    "this is {NAME:marco} twenty nine a cook at {ORGANIZATION:snooze} on {LOCATION:larimer} his "
    "girlfriend {NAME:tess} left him for his friend {NAME:jordan} on {DATE:valentine's day}",
    "okay {NAME:becky} forty from {LOCATION:greeley} she works the kill floor at "
    "{ORGANIZATION:jbs} and her husband {NAME:ray} got hurt on {DATE:september ninth}",
    "follow up with {NAME:kwame} thirty five a grad student at {ORGANIZATION:cu boulder} from "
    "{LOCATION:accra} his visa expires in {DATE:may} and his advisor {NAME:dr hollis} won't sign",
    "note for {NAME:gracie} twelve seventh grade at {ORGANIZATION:west middle} in "
    "{LOCATION:aurora} her mom {NAME:crystal} is in the {ORGANIZATION:arapahoe county detention "
    "facility}",
    "session with {NAME:pete} sixty four a rancher near {LOCATION:kremmling} he sold off his "
    "cattle in {DATE:october} and his son {NAME:clay} won't talk to him",
    "okay {NAME:yuliana} twenty four from {LOCATION:westwood} works at the {ORGANIZATION:walmart} "
    "on {LOCATION:federal} and her ex {NAME:chuy} was deported to {LOCATION:chihuahua}",
]

SPOKEN_NOTES_HUNDRED_THIRTEENTH_ROUND = [
    "okay note for {NAME:yamilette} thirty she's boricua lives in {LOCATION:frog hollow} and "
    "works at {ORGANIZATION:hartford hospital} her mom {NAME:doña carmen} is still in "
    "{LOCATION:caguas}",
    "session with {NAME:josé manuel} forty four from {LOCATION:holyoke} he works at the "
    "{ORGANIZATION:big y} warehouse and his son {NAME:jomar} got shot on {LOCATION:maple street}",
    "this is {NAME:kiara} seventeen at {ORGANIZATION:springfield central} she's pregnant and the "
    "father {NAME:elvin} is twenty two and lives in the {LOCATION:north end}",
    "follow up {NAME:wilfredo} sixty two came from {LOCATION:mayagüez} after the hurricane lives "
    "with his daughter {NAME:noemí} in {LOCATION:new britain} and misses his abuela's house",
    "okay {NAME:brandon} twenty eight works at {ORGANIZATION:pratt} in {LOCATION:east hartford} "
    "and his girlfriend {NAME:shanice} says he punched the wall",
    "note for {NAME:luz maría} fifty three she cleans at {ORGANIZATION:trinity college} and her "
    "husband {NAME:papo} drinks at the bar on {LOCATION:park street} every night",
    "session with {NAME:angel} nineteen from {LOCATION:bayamón} staying with his tio {NAME:cheo} "
    "in {LOCATION:willimantic} he sells at the {ORGANIZATION:eastern} campus",
    "this is {NAME:mrs o'neil} seventy eight in {LOCATION:west springfield} her son {NAME:kevin} "
    "took her car and her neighbor {NAME:dot} called the police",
    "okay {NAME:jayden} fourteen goes to {ORGANIZATION:bulkeley} his mom {NAME:nilda} says he's "
    "in a gang from {LOCATION:charter oak terrace}",
    "follow up with {NAME:marisol} thirty six a cna at {ORGANIZATION:baystate} lives in "
    "{LOCATION:chicopee} her ex {NAME:tito} keeps driving by in his white charger",
    "note for {NAME:carlos} fifty works at {ORGANIZATION:lego} in {LOCATION:enfield} and his wife "
    "{NAME:ivette} left with the kids to {LOCATION:orlando} on the {DATE:first}",
    "session with {NAME:ashley} twenty two from {LOCATION:meriden} she dances at "
    "{ORGANIZATION:kahoots} and her boyfriend {NAME:rick} takes her money",
    "okay {NAME:don pedro} eighty four diabetic lives alone in the {LOCATION:south end} of "
    "{LOCATION:hartford} his daughter {NAME:wanda} lives in {LOCATION:kissimmee}",
]

HOSPITAL_RECORDS_TWENTY_FIRST_ROUND = [
    "ED PSYCH EVAL {DATE:12/03/2026}. {NAME:Dustin Wolfe}, 29M, brought by {ORGANIZATION:Columbus "
    "Division of Police} from {LOCATION:Hilltop} after threatening neighbor with knife. MRN "
    "{MRN:E1182044}.",
    "Admission note, {ORGANIZATION:Twin Valley Behavioral Healthcare}. {NAME:Latrice Holmes}, "
    "34F, probate hold, lives {LOCATION:1711 Cleveland Ave}, {LOCATION:Columbus OH 43211}. Mother "
    "{NAME:Gloria Holmes} {PHONE:614-555-0145}.",
    "Consult: {NAME:Dr. Menon} asked to see {NAME:Mr. Vance Kidd}, 61, on {ORGANIZATION:OSU "
    "Wexner} {LOCATION:8 Ross} after suicide attempt; wife {NAME:Darlene} at bedside.",
    "Nursing: {DATE:12/04} 2300, pt in rm {LOCATION:412B} yelling for son {NAME:Cody}. Security "
    "called. {NAME:K. Marsh}, RN.",
    "Discharge summary. {NAME:Brianna Cutler}, 17F, adm {DATE:11/28}, d/c {DATE:12/05}, to "
    "{ORGANIZATION:Nationwide Children's} partial program. PCP {NAME:Dr. Yoder}, "
    "{LOCATION:Dublin}.",
    "Transfer from {ORGANIZATION:Genesis Hospital} in {LOCATION:Zanesville}; accepted by "
    "{NAME:Dr. Ruiz}. Sheriff transport ({ORGANIZATION:Muskingum County}).",
    "SW note: pt {NAME:Earl Duckworth} ({AGE_OVER_89:92}) from {ORGANIZATION:Wesley Glen}; niece "
    "{NAME:Pam Duckworth} is HCPOA. Medicare {HEALTH_PLAN:4TN7-RK2-HH51}.",
    "ED triage: {NAME:Yusuf Abdi}, 24M, Somali interpreter {NAME:Hodan}, from "
    "{LOCATION:Northland}; father {NAME:Abdi Farah} reports hearing voices x 2 wks.",
    "H&P: {NAME:Megan Kowalczyk}, DOB {DATE:09/02/1991}, OB at {ORGANIZATION:Riverside "
    "Methodist}, postpartum psychosis, baby {NAME:Ava} in NICU. Husband {NAME:Jake}.",
    "Progress HD 5: {NAME:Tyrell} reports his cousin {NAME:Dre} brought fentanyl to the unit on "
    "{DATE:12/01}. {ORGANIZATION:CPD} notified; visitor list updated.",
    "Court: probate case {OTHER_ID:2026-MH-04418}, {ORGANIZATION:Franklin County Probate Court}, "
    "hearing {DATE:12/08/2026}. Magistrate {NAME:Hon. L. Greer}.",
    "Discharge: {NAME:Connie Ritter}, 66F, to home in {LOCATION:Lancaster}; f/u "
    "{ORGANIZATION:Fairfield County ADAMH}; daughter {NAME:Shelly} {PHONE:(740) 555-0161}.",
    "Restraint note: {NAME:Jamal Price}, 31M, seclusion {DATE:12/02} 1410-1455; witnessed by "
    "{NAME:T. Odom}, MHT, and {NAME:S. Lee}, RN.",
]

PSYCHOSOCIAL_HISTORIES_THIRD = [
    "Family history: Client ({NAME:Aubrey Lane}, 35) was born in {LOCATION:Muncie}, IN, the "
    "second of four. Father {NAME:Gary} worked at {ORGANIZATION:Ball Corporation} until its plant "
    "closed in 1998; mother {NAME:Sue} was a school secretary at {ORGANIZATION:Muncie Central}.",
    "Education: Graduated {ORGANIZATION:Cathedral High School} (2008), attended {ORGANIZATION:Ivy "
    "Tech} for one year. Currently employed at {ORGANIZATION:Cummins} in {LOCATION:Columbus}, IN "
    "as a machinist.",
    "Relationships: Married to {NAME:Derek} (2014-2021); one daughter, {NAME:Harper} (8), who "
    "attends {ORGANIZATION:Sycamore Elementary}. Current partner {NAME:Jess} lives in "
    "{LOCATION:Fishers}.",
    "Legal: DUI {DATE:03/2019} in {LOCATION:Hamilton County}; completed {ORGANIZATION:Hamilton "
    "County Drug Court} in {DATE:June 2021}. No current charges.",
    "Substance use: began drinking at 14 with cousin {NAME:Travis} at the family cabin on "
    "{LOCATION:Lake Wawasee}. Detox at {ORGANIZATION:Fairbanks} in {LOCATION:Indianapolis}, 2022.",
    "Trauma: witnessed father's assault on mother; sexual abuse by a neighbor, {NAME:Mr. Hinkle}, "
    "ages 9-11, on {LOCATION:Jackson Street}. Reported to police in 2004; no charges.",
    "Military: Indiana National Guard, 2010-2016, deployed to {LOCATION:Bagram}. Honorably "
    "discharged. Service-connected 40%.",
    "Spiritual: raised Church of the Brethren; attends {ORGANIZATION:Northview Church} in "
    "{LOCATION:Carmel} with her sister {NAME:Carly}.",
    "Medical: PCP {NAME:Dr. Anita Shah} at {ORGANIZATION:Community Health Network}; hypothyroid; "
    "surgery at {ORGANIZATION:St. Vincent} in {DATE:August 2023}.",
    "Social: best friend {NAME:Mandy} from {ORGANIZATION:Purdue}; volunteers at "
    "{ORGANIZATION:Gleaners Food Bank}. Dog {NAME:Rocco}.",
    "Housing: rents a duplex at {LOCATION:4412 Carrollton Ave} with partner; landlord {NAME:Mr. "
    "Patel} has been understanding about late rent.",
    "Developmental: born premature at {ORGANIZATION:Ball Memorial}, 32 weeks; speech therapy "
    "until age 5 with {NAME:Mrs. Cole}.",
    "Strengths: loyal, funny, good with kids; coaches her daughter's soccer team, the "
    "{ORGANIZATION:Fishers Fire}, on Saturdays.",
]

SCHOOL_COUNSELING_NOTES_SEVENTH = [
    "Student {NAME:Ximena R.}, gr 10, referred by {NAME:Mr. Okafor} (English) after essay "
    "mentioned wanting to die. Parent {NAME:Rosa} contacted {DATE:12/3}. Screener C-SSRS positive.",
    "504 meeting for {NAME:Owen Pratt} ({ORGANIZATION:Hillcrest Middle}, gr 7): ADHD; attendees "
    "{NAME:Ms. Doyle}, {NAME:Coach Reyes}, mom {NAME:Kim Pratt}.",
    "Check-in: {NAME:DeShawn} (gr 9) upset after fight at the {ORGANIZATION:Kroger} on "
    "{LOCATION:Morse Rd} over the weekend; cousin {NAME:Lil Tay} involved.",
    "Threat assessment: {NAME:Caleb Moore}, 15, posted photo with rifle on Snapchat "
    "({OTHER_ID:calebm_07}). SRO {NAME:Officer Grant} and AP {NAME:Mrs. Lutz} present.",
    "Grief group, {ORGANIZATION:Westland High}: {NAME:Bella}, {NAME:Noah}, {NAME:Zayn} (lost "
    "brother {NAME:Omar} in {DATE:September}).",
    "IEP: {NAME:Lily Tran}, gr 3, {ORGANIZATION:Maize Elementary}. Speech services with "
    "{NAME:Mrs. Barker}; OT with {NAME:Ms. Young}. Parents {NAME:Hung} and {NAME:Mai}.",
    "Attendance: {NAME:Jordan Fisher} missed 14 days since {DATE:10/15}; lives with grandma "
    "{NAME:Bev} on {LOCATION:Parsons Ave}. Referral to {ORGANIZATION:Franklin County Children "
    "Services}.",
    "Crisis: {NAME:Ava M.} (gr 11) disclosed her stepdad {NAME:Troy} hits her mom. Call to "
    "{ORGANIZATION:FCCS} intake, ref # {OTHER_ID:FC-26-118834}.",
    "College app support: {NAME:Malik Johnson} applying to {ORGANIZATION:Ohio State}, "
    "{ORGANIZATION:Wright State} and {ORGANIZATION:Central State}; first-gen.",
    "Parent call: {NAME:Mrs. Gutierrez} worried son {NAME:Diego} (gr 8) is gaming all night with "
    "{OTHER_ID:xXDragonXx} online; handle {OTHER_ID:diego_g_2011}.",
    "Peer mediation: {NAME:Kayla} and {NAME:Brooke} (gr 6) re: group chat; both agreed to leave "
    "'Girls of Room 114'.",
    "Referral to {ORGANIZATION:Nationwide Children's} school-based program for {NAME:Elijah "
    "Grant}, gr 5, after {NAME:Mr. Holt} observed self-harm marks.",
    "Homeless liaison: the {NAME:Ramirez} family staying at {ORGANIZATION:YWCA Family Center}; "
    "kids {NAME:Alma} (gr 4) and {NAME:Beto} (K).",
]


SPOKEN_NOTES_HUNDRED_FOURTEENTH_ROUND = [
    "okay note for {NAME:gina} forty six from {LOCATION:dunmore} she works at "
    "{ORGANIZATION:geisinger cmc} in {LOCATION:scranton} and her husband {NAME:vinny} got laid "
    "off from {ORGANIZATION:tobyhanna}",
    "session with {NAME:tyler} twenty two from {LOCATION:hazleton} he works nights at the "
    "{ORGANIZATION:cargill} plant and his girlfriend {NAME:yaneli} is from the dominican and just "
    "had their baby",
    "this is {NAME:mrs kowalski} eighty two in {LOCATION:wilkes barre} her son {NAME:stan} lives "
    "in {LOCATION:nanticoke} and her daughter {NAME:joanie} moved to {LOCATION:allentown}",
    "follow up {NAME:brittany} thirty from {LOCATION:pottsville} she's in the "
    "{ORGANIZATION:schuylkill county} drug court and works at {ORGANIZATION:sheetz} on "
    "{LOCATION:route sixty one}",
    "okay {NAME:rocco} fifty seven a coal miner's son from {LOCATION:shenandoah} drives for "
    "{ORGANIZATION:lcta} and his brother {NAME:sal} died of black lung in {DATE:march}",
    "note for {NAME:nicole} twenty eight nurse at {ORGANIZATION:lehigh valley} in "
    "{LOCATION:bethlehem} her fiance {NAME:matt} is a state trooper and she's scared of him",
    "session with {NAME:juan carlos} thirty six from {LOCATION:reading} works at "
    "{ORGANIZATION:east penn} making batteries and his son {NAME:jandel} has lead poisoning",
    "this is {NAME:kayla} nineteen sophomore at {ORGANIZATION:kings} in {LOCATION:wilkes barre} "
    "her roommate {NAME:morgan} found her cutting on {DATE:sunday the sixth}",
    "okay {NAME:big ed} sixty eight retired from {ORGANIZATION:mack trucks} lives in "
    "{LOCATION:macungie} his wife {NAME:dolores} has alzheimers and wanders to the wawa at night",
    "follow up with {NAME:shawn} thirty four from {LOCATION:stroudsburg} he's a dealer at "
    "{ORGANIZATION:mount airy casino} and owes money to a guy named {NAME:nicky}",
    "note for {NAME:abigail} fifteen at {ORGANIZATION:abington heights} she's been restricting "
    "since her coach {NAME:mr dempsey} weighed the team on {DATE:november tenth}",
    "session with {NAME:walter} seventy three a vietnam vet from {LOCATION:olyphant} goes to the "
    "{ORGANIZATION:wilkes barre va} and his son {NAME:walt junior} is in afghanistan as a "
    "contractor",
    "okay {NAME:tina} forty one from {LOCATION:carbondale} she owns {ORGANIZATION:tina's tavern} "
    "on {LOCATION:main street} and her ex {NAME:frankie} smashed the windows on the {DATE:fourth}",
]

SPOKEN_NOTES_HUNDRED_FIFTEENTH_ROUND = [
    "okay note for {NAME:sgt brooks} thirty one eighty second airborne at {ORGANIZATION:fort "
    "liberty} lives in {LOCATION:spring lake} his wife {NAME:ashlyn} says he sleeps with a pistol",
    "session with {NAME:priya} twenty seven postdoc at {ORGANIZATION:duke} lives in "
    "{LOCATION:durham} off {LOCATION:ninth street} her advisor {NAME:dr feldman} yells at her in "
    "lab meetings",
    "this is {NAME:marcus} forty a barber in {LOCATION:southeast raleigh} his son {NAME:kj} goes "
    "to {ORGANIZATION:enloe} and got jumped at {ORGANIZATION:crabtree}",
    "follow up {NAME:destiny} nineteen she works at {ORGANIZATION:bojangles} on {LOCATION:capital "
    "boulevard} and lives with her grandma {NAME:earline} in {LOCATION:garner}",
    "okay {NAME:wen} thirty five from {LOCATION:cary} a programmer at {ORGANIZATION:sas} her "
    "husband {NAME:jun} went back to {LOCATION:shanghai} and hasn't called since {DATE:october}",
    "note for {NAME:bobby ray} fifty six tobacco farmer near {LOCATION:wilson} lost the farm to "
    "the bank in {DATE:august} his wife {NAME:darlene} found the rope in the barn",
    "session with {NAME:aaliyah} twenty one a junior at {ORGANIZATION:nc central} she was "
    "assaulted at a party on {LOCATION:fayetteville street} on homecoming weekend",
    "this is {NAME:mr thompson} sixty two retired from {ORGANIZATION:ibm} in {LOCATION:rtp} his "
    "son {NAME:chris} overdosed at the {ORGANIZATION:motel 6} in {LOCATION:morrisville}",
    "okay {NAME:lupita} thirty three from {LOCATION:siler city} works at the "
    "{ORGANIZATION:mountaire} chicken plant her husband {NAME:rigo} got picked up by ice at work",
    "follow up with {NAME:connor} sixteen at {ORGANIZATION:green hope high} got caught selling "
    "vapes his mom {NAME:lisa} is a nurse at {ORGANIZATION:wakemed}",
    "note for {NAME:shonda} forty four a correctional officer at {ORGANIZATION:central prison} "
    "lives in {LOCATION:knightdale} her daughter {NAME:taylor} is pregnant",
    "session with {NAME:hector} fifty from {LOCATION:hope mills} drives for {ORGANIZATION:fast} "
    "the city bus and his son {NAME:hector junior} is in {ORGANIZATION:cumberland county "
    "detention center}",
    "okay {NAME:june bug} that's what she goes by real name {NAME:juniper} twenty four lives at "
    "the {ORGANIZATION:oak city cares} shelter and sells plasma on {LOCATION:new bern avenue}",
]

TELEHEALTH_NOTES_FIRST = [
    "Telehealth (video). Client {NAME:Marisa Quinn} confirmed location: home, {LOCATION:4410 "
    "Ridgeview Dr}, {LOCATION:Boise}, ID. Emergency contact {NAME:Dan Quinn} {PHONE:208-555-0171}.",
    "Audio-only session; {NAME:Jerome} in his car in the {ORGANIZATION:Home Depot} parking lot in "
    "{LOCATION:Laramie} for privacy. Discussed moving session to Thursday {DATE:12/10}.",
    "Video session. {NAME:Tessa} (16) at {ORGANIZATION:Lincoln High} nurse's office, Room "
    "{LOCATION:108}; school nurse {NAME:Mrs. Ellis} nearby. Consent on file.",
    "Client located in {LOCATION:Vancouver}, WA today (not Oregon); session rescheduled per "
    "licensure. {NAME:Ms. Park} informed.",
    "Telehealth: {NAME:Omar Haddad} joined from {ORGANIZATION:Amazon} break room ({LOCATION:Kent} "
    "fulfillment center). Connection dropped twice.",
    "Doxy link sent to {EMAIL:lrosen78@yahoo.com}; {NAME:Lauren Rosen} joined 5 min late from her "
    "mother's house in {LOCATION:Scarsdale}.",
    "Video, client {NAME:Kai Nakoa} in {LOCATION:Hilo}, HI; 3-hour time difference noted. Next "
    "appointment {DATE:12/14} at 9 HST.",
    "Safety plan at start of telehealth: {NAME:Brandon} at {LOCATION:212 W 3rd St Apt 2}, "
    "{LOCATION:Duluth}; nearest ED {ORGANIZATION:Essentia St. Mary's}.",
    "Client {NAME:Gwen Alder} on phone from {ORGANIZATION:Sunrise Senior Living}, Unit "
    "{LOCATION:214}; aide {NAME:Patrice} assisted with volume.",
    "Session via Zoom: {NAME:Devin} at his dad {NAME:Rob}'s in {LOCATION:Flagstaff} this week "
    "(custody swap Sunday {DATE:12/6}).",
    "Telehealth intake: {NAME:Renata Silva}, DOB {DATE:05/19/1993}, address {LOCATION:77 Pine "
    "St}, {LOCATION:Burlington, VT 05401}; insurance {ORGANIZATION:BCBS VT} "
    "{HEALTH_PLAN:VTX448120933}.",
    "Client {NAME:Eli} joined from a library study room at {ORGANIZATION:UNM} "
    "({ORGANIZATION:Zimmerman Library}); headphones on.",
    "Phone session, {NAME:Mr. Boateng} at work ({ORGANIZATION:Whole Foods} on {LOCATION:Ponce de "
    "Leon}); asked to call back at {PHONE:404-555-0195}.",
]

MESSAGES_THIRTY_FIRST_ROUND = [
    "hi its {NAME:mercedes} from thursday group, my car broke down on {LOCATION:route 11} can i "
    "zoom",
    "Good morning, this is {NAME:Deb} at {NAME:Dr. Alvarez}'s office confirming {NAME:Luis}'s "
    "referral. Fax to {FAX:570-555-0117}.",
    "{NAME:ms. t} its {NAME:jaylin} i got into {ORGANIZATION:penn state} 🎉🎉",
    "This is {NAME:Corporal Dietz}, Pennsylvania State Police — disregard",
    "hola, habla {NAME:rosa} la mamá de {NAME:yandel}. él está en el {ORGANIZATION:hospital de "
    "bayamón} con su papá, no puede ir",
    "Mom here. I can't find my daughter, last seen at {ORGANIZATION:Crabtree Valley Mall}. Her "
    "phone goes to voicemail.",
    "reminder from {ORGANIZATION:CVS} pharmacy {LOCATION:Durham} store: rx for {NAME:KEVIN L} "
    "ready",
    "hey its {NAME:rooster} from the shop lol. {NAME:Tina} said u need my w2",
    "This is {NAME:Sister Anne} at {ORGANIZATION:Mercy Center}, {NAME:Margaret} arrived safely.",
    "From {ORGANIZATION:Fayetteville VA Coastal HCS}: appointment for {NAME:BROOKS, DARNELL} "
    "{DATE:12/17/2026} 1030.",
    "sry its {NAME:kj}. im at aunt {NAME:ronda}s in {LOCATION:garner} cant make it",
    "Please send records to Atty. {NAME:Grace Moon}, {ORGANIZATION:Moon & Hale LLP}, "
    "{EMAIL:gmoon@moonhale.com}.",
    "{NAME:Jess} from {ORGANIZATION:SAFEchild} here, {NAME:Tamia}'s forensic interview is Tues "
    "{DATE:12/15} at 10.",
]

SUPERVISION_NOTES_FIRST = [
    "Supervision w/ {NAME:Dr. Kaur}. Case: {NAME:J.R.}, 34M, from {LOCATION:Sanford}; discussed "
    "countertransference re: his father {NAME:Ray} and duty to warn.",
    "Consultation: colleague {NAME:Ana Ferreira}, LMHC, re: client '{NAME:B}' who works at "
    "{ORGANIZATION:Disney} and disclosed SI. Plan: safety plan, weekly.",
    "Group supervision, {DATE:12/04}: {NAME:Tom} presented {NAME:Mrs. H} (78) from The "
    "{LOCATION:Villages}; capacity concerns; daughter {NAME:Karen} POA.",
    "Case review with {NAME:Ms. Chen} (clinical director): {NAME:Kayden}, 13, "
    "{ORGANIZATION:Oviedo Middle}, bullying; mom {NAME:Stacy} wants school transfer.",
    "Peer consult: {NAME:K.L.}, 41F, teacher at {ORGANIZATION:Winter Park High}, boundary issue "
    "after seeing client at {ORGANIZATION:Publix} on {LOCATION:Aloma}.",
    "Supervision: intern {NAME:Marcus Webb} reviewed tape of session with {NAME:D.}, "
    "{DATE:11/30}; feedback on reflections.",
    "Ethics consult with Attorney {NAME:Lisa Grant} re: subpoena from {ORGANIZATION:Orange County "
    "Clerk of Courts}, case {OTHER_ID:2026-DR-011472-O}.",
    "Clinical team: {NAME:Dr. Obi}, {NAME:Nurse Pam}, {NAME:Rick} (case mgr). Client {NAME:Tony "
    "Vega} discharged from {ORGANIZATION:Aspire Health Partners} {DATE:12/02}.",
    "Supervisee {NAME:Jenna} worried about client {NAME:Roxanne}'s partner {NAME:Dale}, who owns "
    "a gun shop in {LOCATION:Apopka}; duty to warn not met.",
    "Consultation with DCF investigator {NAME:Mr. Wallace} re: {NAME:Brielle} (6); intake # "
    "{OTHER_ID:2026-448201}.",
    "Supervision: reviewed {NAME:Alejandro}'s case; he moved from {LOCATION:Kissimmee} to "
    "{LOCATION:Poinciana} and lost Medicaid ({ORGANIZATION:Sunshine Health}).",
    "Team huddle: {NAME:L. Ortiz} covering for {NAME:B. Nash} {DATE:Dec 21-Jan 4}.",
    "Case consult with {NAME:Dr. Emeka Obi}: Grandpa {NAME:Joe} ({AGE_OVER_89:93}) at "
    "{ORGANIZATION:Westminster Towers} refuses meds.",
]


SPOKEN_NOTES_HUNDRED_SIXTEENTH_ROUND = [
    "okay note for {NAME:river} they/them twenty three lives in {LOCATION:st johns} works at "
    "{ORGANIZATION:powell's} on {LOCATION:burnside} and their ex {NAME:dylan} posted their "
    "address on reddit",
    "session with {NAME:mr nguyen} sixty one from {LOCATION:jade district} he owns a nail salon "
    "on {LOCATION:eighty second} and his son {NAME:bao} is at {ORGANIZATION:inverness jail}",
    "this is {NAME:kelsey} thirty she's a nurse at {ORGANIZATION:ohsu} up on the hill and lives "
    "in {LOCATION:sellwood} with her wife {NAME:ren}",
    "follow up {NAME:jaxon} seventeen at {ORGANIZATION:roosevelt high} he got jumped at "
    "{LOCATION:pier park} and his mom {NAME:amber} works at {ORGANIZATION:fred meyer} on "
    "{LOCATION:lombard}",
    "okay {NAME:doug} fifty eight lives in a tent under the {LOCATION:hawthorne bridge} he used "
    "to work at {ORGANIZATION:daimler} in {LOCATION:swan island} until his back went",
    "note for {NAME:alondra} twenty six from {LOCATION:hillsboro} works at {ORGANIZATION:intel} "
    "in {LOCATION:ronler acres} her husband {NAME:marco} drinks and drives",
    "session with old man {NAME:ted} seventy nine from {LOCATION:gresham} he's a vet and goes to "
    "the {ORGANIZATION:portland va} on {LOCATION:marquam hill} his dog {NAME:duke} died",
    "this is {NAME:sunny} thirty two a barista at {ORGANIZATION:stumptown} on {LOCATION:division} "
    "her partner {NAME:kai} overdosed at their place on {LOCATION:southeast fifty second}",
    "okay {NAME:lamar} forty four from {LOCATION:north portland} works for {ORGANIZATION:trimet} "
    "on the {LOCATION:max yellow line} and his daughter {NAME:imani} is at "
    "{ORGANIZATION:jefferson}",
    "follow up with {NAME:halle} nineteen a student at {ORGANIZATION:reed} she's from "
    "{LOCATION:bend} and her roommate {NAME:ava} found her pills on {DATE:november thirtieth}",
    "note for {NAME:vlad} thirty seven russian lives in {LOCATION:rockwood} drives for uber and "
    "his wife {NAME:oksana} wants to go back to {LOCATION:vladivostok}",
    "session with {NAME:bethany} forty two from {LOCATION:beaverton} works at {ORGANIZATION:nike} "
    "world headquarters and her son {NAME:owen} is in {ORGANIZATION:hazelden springbrook}",
    "okay {NAME:tomas} twenty one from {LOCATION:woodburn} picks berries at {ORGANIZATION:kraemer "
    "farms} and his cousin {NAME:beto} got deported on the {DATE:second}",
]

SPOKEN_NOTES_HUNDRED_SEVENTEENTH_ROUND = [
    "okay note for {NAME:nadège} thirty four haitian lives in {LOCATION:mattapan} works as a pca "
    "at {ORGANIZATION:hebrew senior life} and her son {NAME:jean-luc} is at {ORGANIZATION:boston "
    "latin}",
    "session with {NAME:sully} fifty one from {LOCATION:southie} a union carpenter with "
    "{ORGANIZATION:local 33} his brother {NAME:mikey} od'd in the {LOCATION:seaport} in "
    "{DATE:july}",
    "this is {NAME:fernanda} twenty eight from {LOCATION:east boston} she cleans at "
    "{ORGANIZATION:logan} for {ORGANIZATION:swissport} and her husband {NAME:anderson} is in "
    "minas gerais",
    "follow up {NAME:connor} sixteen at {ORGANIZATION:bc high} got drunk at the "
    "{ORGANIZATION:head of the charles} and his dad {NAME:brendan} is a cop in {LOCATION:quincy}",
    "okay {NAME:keisha} forty from {LOCATION:brockton} works at {ORGANIZATION:good samaritan} in "
    "the er and her son {NAME:jaylen} got stabbed on {LOCATION:main street} on the {DATE:twenty "
    "second}",
    "note for {NAME:mr murphy} seventy six retired from {ORGANIZATION:gillette} in "
    "{LOCATION:south boston} his wife {NAME:maureen} is at the {ORGANIZATION:boston home}",
    "session with {NAME:tran} thirty from {LOCATION:dorchester} {LOCATION:fields corner} owns a "
    "bakery on {LOCATION:dot ave} and her brother {NAME:long} gambles at {ORGANIZATION:encore}",
    "this is {NAME:aisha} twenty two a student at {ORGANIZATION:northeastern} lives on "
    "{LOCATION:mission hill} and her roommate {NAME:hannah} is cutting",
    "okay {NAME:joe} forty six from {LOCATION:lowell} drives for the mbta and his ex {NAME:dana} "
    "took the kids to {LOCATION:nashua}",
    "follow up with {NAME:pedro} fifty five from {LOCATION:chelsea} works at the "
    "{ORGANIZATION:new england produce center} and got assaulted on {LOCATION:broadway} on "
    "{DATE:halloween}",
    "note for {NAME:lily} nine at the {ORGANIZATION:mather school} her mom {NAME:wen} says she "
    "won't sleep since the fire on {LOCATION:adams street}",
    "session with {NAME:big rob} thirty eight lives at {ORGANIZATION:pine street inn} works day "
    "labor out of {ORGANIZATION:labor ready} in {LOCATION:roxbury crossing}",
    "okay {NAME:claire} sixty three a professor at {ORGANIZATION:tufts} lives in "
    "{LOCATION:somerville} her husband {NAME:paul} has early onset and is at {ORGANIZATION:new "
    "england pediatric}",
]

HOSPITAL_RECORDS_TWENTY_SECOND_ROUND = [
    "ED NOTE {DATE:12/05/2026}: {NAME:Brandon Kost}, 24M, from {LOCATION:Carrick}, BIBA after OD "
    "at {ORGANIZATION:Station Square}; {ORGANIZATION:Pittsburgh EMS Medic 7}. MRN {MRN:60219847}.",
    "Admission, {ORGANIZATION:UPMC Western Psychiatric}: {NAME:Alexis Rudd}, 19F, student at "
    "{ORGANIZATION:Pitt}, lives {LOCATION:Towers B}; mother {NAME:Dana Rudd} in {LOCATION:Erie}.",
    "Consult: {NAME:Mr. Frank Tomko} (88) on {ORGANIZATION:AGH} {LOCATION:9 South}; wife "
    "{NAME:Helen} died {DATE:11/22}; son {NAME:Rich} in {LOCATION:Bethel Park}.",
    "Nursing note: pt {NAME:Tasha Greene} paced hall, said her cousin {NAME:Rell} from "
    "{LOCATION:Homewood} is 'after her'. PRN given 2210. {NAME:D. Kline}, RN.",
    "Discharge summary: {NAME:Michael Zuba}, 52M, adm {DATE:11/27}, d/c {DATE:12/04}; f/u "
    "{ORGANIZATION:Mercy Behavioral Health} on {LOCATION:South Side}; wife {NAME:Lori} "
    "{PHONE:412-555-0166}.",
    "302 petition by {NAME:Officer Daniels}, {ORGANIZATION:Pittsburgh Bureau of Police Zone 5}; "
    "pt {NAME:Jamal Reid} found on {LOCATION:Highland Park Bridge}.",
    "SW note: {NAME:Ruth Ann Sopko} ({AGE_OVER_89:96}) from {ORGANIZATION:Kane Glen Hazel}; "
    "guardian Atty. {NAME:Mark Ference}; Medicaid {HEALTH_PLAN:9814417720}.",
    "Transfer: from {ORGANIZATION:Washington Hospital} in {LOCATION:Washington}, PA to "
    "{ORGANIZATION:UPMC Western Psychiatric}; accepted {NAME:Dr. Ng}; transport "
    "{ORGANIZATION:Ross/West View EMS}.",
    "H&P: {NAME:Kyle Dombrowski}, DOB {DATE:02/14/1996}, steelworker at {ORGANIZATION:Edgar "
    "Thomson Works}, {LOCATION:Braddock}; EtOH withdrawal.",
    "Progress note: {NAME:Gianna} (15) on Unit {LOCATION:7} says her stepdad {NAME:Rocco} texts "
    "her at night; {ORGANIZATION:Allegheny County CYF} notified, ref {OTHER_ID:CYF-26-19022}.",
    "Court: involuntary hearing {DATE:12/07/2026}, {ORGANIZATION:Allegheny County Court of Common "
    "Pleas}, hearing officer {NAME:Hon. R. Bianco}.",
    "Discharge: {NAME:Destiny Walls}, 31F, to {ORGANIZATION:Sojourner House} in {LOCATION:East "
    "Liberty}; kids {NAME:Amari} and {NAME:Zion} with her aunt {NAME:Kim}.",
    "Seclusion note {DATE:12/03}: pt {NAME:Tyrone Banks}, 28M; staff {NAME:P. Rossi}, MHT, "
    "{NAME:L. Chen}, RN; debrief with pt's sister {NAME:Ayana} by phone.",
]

LETTERS_AND_FORMS_SIXTEENTH_ROUND = [
    "Reasonable accommodation request. Employee: {NAME:Tanya Briggs}, {ORGANIZATION:PNC Bank}, "
    "{LOCATION:Pittsburgh}. Diagnosis: PTSD. Requested: remote work 2 days/week. {NAME:Dr. Hiro "
    "Sato}, PhD.",
    "Letter in support of U-visa for {NAME:María José Aguilar} (DOB {DATE:10/04/1988}), victim of "
    "DV by {NAME:Raúl Mena} in {LOCATION:Hazleton}, police report {OTHER_ID:HPD-2025-08812}.",
    "To the Social Security Administration: {NAME:Dwight Ames} (SSN {SSN:193-44-0291}) has been "
    "in treatment since {DATE:January 2023}.",
    "ESA letter for {NAME:Olivia Park}, tenant at The {LOCATION:Residences at Bakery Square}, "
    "Unit {LOCATION:512}. Animal: cat, {NAME:Miso}.",
    "Jury duty excusal: {NAME:Mr. Raymond Hill}, juror no. {OTHER_ID:442917}, "
    "{ORGANIZATION:Allegheny County} summons for {DATE:01/11/2027}.",
    "Release: {NAME:Kristen Voss} authorizes {NAME:Dr. Lena Ortiz} to speak with "
    "{ORGANIZATION:Carnegie Mellon University} Disability Resources, fax {FAX:412-555-0109}.",
    "Custody evaluation summary: parents {NAME:Aaron Mills} and {NAME:Jenna Mills}; children "
    "{NAME:Lucas} (10) and {NAME:Emma} (7), {ORGANIZATION:Mt. Lebanon School District}. Case "
    "{OTHER_ID:FD-24-007731}.",
    "Intake\nName: {NAME:Hyun-woo Kang}\nPreferred: {NAME:Danny}\nAddress: {LOCATION:5520 Forbes "
    "Ave}, {LOCATION:Pittsburgh}, PA {LOCATION:15217}\nCell: {PHONE:412 555 0183}",
    "Work note: {NAME:Luis Ortega} was seen {DATE:12/04/2026} and may return to "
    "{ORGANIZATION:Giant Eagle} {LOCATION:Market District} on {DATE:12/09/2026}.",
    "Letter to {ORGANIZATION:Penn State Health} re: {NAME:Gary Stoltzfus}, Amish, from "
    "{LOCATION:Gap}, PA; son {NAME:Eli} will drive him to appointments.",
    "Court-ordered evaluation, {ORGANIZATION:Lackawanna County Court of Common Pleas}, docket "
    "{OTHER_ID:CP-35-CR-0002241-2026}; defendant {NAME:Anthony DeLuca}.",
    "School re-entry plan: {NAME:Maya Cohen}, gr 11, {ORGANIZATION:Taylor Allderdice}; counselor "
    "{NAME:Mrs. Fine}; meeting {DATE:12/10} with dad {NAME:Josh}.",
    "FMLA for {NAME:Beth Novak}, caring for her mother {NAME:Irene Novak}, {AGE_OVER_89:91}, at "
    "home in {LOCATION:Shaler}. Start {DATE:12/14/2026}.",
]

MESSAGES_THIRTY_SECOND_ROUND = [
    "its {NAME:river} my ex found my new place in {LOCATION:st johns} im scared",
    "Hi this is {NAME:Rachel} at {ORGANIZATION:Cascadia Health} front desk, calling for "
    "{NAME:Doug}'s ROI.",
    "from {NAME:sully}: cant make it, job in {LOCATION:braintree} ran late",
    "{ORGANIZATION:Boston Medical Center}: {NAME:Nadège P.} has an appointment {DATE:12/11} 10:30 "
    "AM, {LOCATION:Yawkey 6}.",
    "hey doc, {NAME:lamar} here. my daughter {NAME:imani} got suspended, can u call "
    "{PHONE:503-555-0148}",
    "this is {NAME:halle}'s mom {NAME:Jill}, she's home with us in {LOCATION:Bend} for break",
    "Text from {ORGANIZATION:Pine Street Inn}: bed 42 held for {NAME:R. Lopes} until 6pm",
    "salut c'est {NAME:nadège}, {NAME:jean-luc} malade, on annule demain svp",
    "hi {NAME:ms. b} its {NAME:connor}. my dad took my phone sry",
    "{ORGANIZATION:PPB} Behavioral Health Unit: {NAME:Officer Haines} following up on "
    "{NAME:Douglas Pratt}, DOB {DATE:4/9/1968}.",
    "Reminder from {ORGANIZATION:Walgreens} {LOCATION:Lombard St}: prescription for {NAME:JAXON "
    "M} is ready.",
    "hey its {NAME:sunny}, new number {PHONE:971-555-0130} save it",
    "Hello, {NAME:Pastor Liu} from {ORGANIZATION:Chinese Evangelical Church} here; {NAME:Mrs. "
    "Chen} asked me to confirm Friday.",
]


SPOKEN_NOTES_HUNDRED_EIGHTEENTH_ROUND = [
    "okay note for {NAME:lakendra} twenty nine from {LOCATION:spartanburg} works at the "
    "{ORGANIZATION:bmw} plant in {LOCATION:greer} and her boyfriend {NAME:dre} broke her phone on "
    "{DATE:thanksgiving}",
    "session with {NAME:mr pruitt} sixty four a retired mill worker from {LOCATION:pelzer} his "
    "wife {NAME:linda kay} has copd and his son {NAME:jimmy} is at {ORGANIZATION:perry "
    "correctional}",
    "this is {NAME:kaylee} eighteen freshman at {ORGANIZATION:furman} she's from "
    "{LOCATION:anderson} and her sorority sister {NAME:madison} drove her to {ORGANIZATION:prisma "
    "greenville}",
    "follow up {NAME:josé} thirty eight works at {ORGANIZATION:michelin} on the night shift lives "
    "in {LOCATION:berea} and his daughter {NAME:itzel} is at {ORGANIZATION:wade hampton high}",
    "okay brother {NAME:dale} fifty seven a deacon at {ORGANIZATION:north hills church} in "
    "{LOCATION:taylors} he relapsed after his wife {NAME:rhonda} left on {DATE:october third}",
    "note for {NAME:tasha} thirty three she lives in the {LOCATION:nicholtown} neighborhood and "
    "cleans rooms at the {ORGANIZATION:hyatt regency} downtown her son {NAME:jamir} has asthma",
    "session with {NAME:colby} twenty four from {LOCATION:easley} works at {ORGANIZATION:bi-lo} "
    "and got a dui on {LOCATION:highway 123} coming from {LOCATION:clemson}",
    "this is {NAME:miss ethel} {AGE_OVER_89:ninety two} lives alone in {LOCATION:gaffney} her "
    "great grandson {NAME:tre} checks on her and her church {ORGANIZATION:limestone street "
    "baptist} brings meals",
    "okay {NAME:nikhil} thirty one engineer at {ORGANIZATION:ge power} in {LOCATION:greenville} "
    "his wife {NAME:anjali} is in {LOCATION:pune} with the baby",
    "follow up with {NAME:hunter} sixteen at {ORGANIZATION:dorman} plays football his dad "
    "{NAME:wade} coaches at {ORGANIZATION:boiling springs} and hits him after losses",
    "note for {NAME:glenda} forty eight from {LOCATION:union} she works at the "
    "{ORGANIZATION:dollar general} on {LOCATION:duncan bypass} and her husband {NAME:butch} is on "
    "disability",
    "session with {NAME:alex} twenty six trans man from {LOCATION:rock hill} works at "
    "{ORGANIZATION:carowinds} in the summer and at the {ORGANIZATION:spinx} on {LOCATION:cherry "
    "road}",
    "okay {NAME:reverend sims} seventy from {LOCATION:laurens} his grandson {NAME:kj} was shot "
    "outside the {ORGANIZATION:citgo} on {LOCATION:main} on {DATE:november twelfth}",
]

SPOKEN_NOTES_HUNDRED_NINETEENTH_ROUND = [
    "okay note for {NAME:dalton} thirty two from {LOCATION:derby} works at {ORGANIZATION:spirit} "
    "on the fuselage line and his wife {NAME:cassie} left with their kids to {LOCATION:hutchinson}",
    "session with {NAME:mrs vo} fifty three from {LOCATION:planeview} she owns a pho shop on "
    "{LOCATION:broadway} and her son {NAME:danny} is in {ORGANIZATION:el dorado correctional}",
    "this is {NAME:shaylee} seventeen at {ORGANIZATION:wichita east} she's pregnant by "
    "{NAME:kaden} who goes to {ORGANIZATION:northwest}",
    "follow up {NAME:arturo} forty five packs meat at {ORGANIZATION:national beef} in "
    "{LOCATION:liberal} and his son {NAME:pablo} was hurt at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:holcomb}",
    "okay {NAME:pastor jim} sixty one from {LOCATION:topeka} his church {ORGANIZATION:fairlawn} "
    "asked him to step down and his wife {NAME:sharon} stopped talking to him",
    "note for {NAME:brooke} twenty two a student at {ORGANIZATION:ku} from {LOCATION:olathe} she "
    "was assaulted at a party on {LOCATION:tennessee street} in {LOCATION:lawrence}",
    "session with {NAME:sgt ramirez} thirty six at {ORGANIZATION:mcconnell} a boom operator his "
    "wife {NAME:gina} says he yells in his sleep",
    "this is {NAME:cody} twenty nine a wheat farmer near {LOCATION:goodland} the bank is calling "
    "the note in {DATE:january} and his dad {NAME:walt} won't talk about it",
    "okay {NAME:tamika} thirty eight from {LOCATION:northeast wichita} works at {ORGANIZATION:via "
    "christi st francis} and her son {NAME:marquise} was shot on {LOCATION:hillside}",
    "follow up with {NAME:ellie} twelve at {ORGANIZATION:robinson middle} she's being bullied on "
    "tiktok her mom {NAME:kara} is a teacher at {ORGANIZATION:wichita public schools}",
    "note for {NAME:hank} seventy seven lives in {LOCATION:dodge city} his wife {NAME:betty} died "
    "{DATE:last tuesday} and he keeps his guns in the truck",
    "session with {NAME:rosa} forty from {LOCATION:garden city} she works at the "
    "{ORGANIZATION:walmart} in {LOCATION:garden city} and her husband {NAME:nestor} was deported "
    "in {DATE:june}",
    "okay {NAME:big mike} forty one from {LOCATION:kck} drives for {ORGANIZATION:yrc} and his son "
    "{NAME:mikey} plays ball at {ORGANIZATION:washington high}",
]

TYPED_NOTES_THIRTY_SECOND_ROUND = [
    "CBT session 6. {NAME:Yanelis Cruz} (27), Cuban-American from {LOCATION:Hialeah}, works at "
    "{ORGANIZATION:Sedano's}; panic on the {LOCATION:Palmetto}. Interoceptive exposure.",
    "DBT individual. {NAME:Brianna} (19) chain analysis: fight with mom {NAME:Lourdes} at "
    "{ORGANIZATION:Dadeland Mall} on {DATE:12/1}. Urges 5/5, no action.",
    "ACT. {NAME:Mr. Fitzgerald} (71), retired from {ORGANIZATION:Publix} corporate in "
    "{LOCATION:Lakeland}; values: grandkids in {LOCATION:Tampa}, fishing at {LOCATION:Fort De "
    "Soto}.",
    "EMDR phase 4. {NAME:Daniela} (34), target: Hurricane Ian, house in {LOCATION:Fort Myers "
    "Beach} destroyed {DATE:9/28/2022}. SUDS 9 -> 4.",
    "Psychodynamic. {NAME:Jonathan Weiss} discussed father's business, {ORGANIZATION:Weiss & Sons "
    "Jewelers} in {LOCATION:Boca Raton}, and his exclusion from it.",
    "MI. {NAME:Travis} (40), roofer, {ORGANIZATION:Gulf Coast Roofing}, {LOCATION:Cape Coral}; "
    "AUDIT 24. Girlfriend {NAME:Kim} says last chance.",
    "Play therapy. {NAME:Emma} (5), pre-K at {ORGANIZATION:Temple Beth Am} preschool; draws the "
    "car crash on {LOCATION:I-95}. Mother {NAME:Rachel} present.",
    "Family session. The {NAME:Pierre-Louis} family: dad {NAME:Jean}, mom {NAME:Marie}, daughter "
    "{NAME:Stephanie} (16) from {LOCATION:Little Haiti}. Acculturation conflict.",
    "CPT. {NAME:Cpl. Ana Reyes}, {ORGANIZATION:MacDill AFB}; stuck point: 'I should have reported "
    "{NAME:SSgt Long}.' Worksheet reviewed.",
    "SOAP. S: {NAME:Hector Alvarez}, 58, {LOCATION:Ybor City}, cigar roller, insomnia since wife "
    "{NAME:Carmen} died {DATE:10/15}. A: prolonged grief. P: PGD protocol.",
    "Couples. {NAME:Marcus} and {NAME:Jade}, {LOCATION:St. Pete}; {NAME:Jade} works at "
    "{ORGANIZATION:Raymond James}, {NAME:Marcus} at {ORGANIZATION:Jabil}. Conflict re: finances.",
    "IFS. {NAME:Gabrielle} (45) accessed exile from {LOCATION:Port-au-Prince} earthquake "
    "({DATE:Jan 12, 2010}); sister {NAME:Nadine} died.",
    "BIRP. B: {NAME:Kevin} (14) refused school ({ORGANIZATION:Plant High}). I: graded exposure. "
    "R: attended 2 periods {DATE:12/3}. Dad {NAME:Steve} supportive.",
]

CRISIS_LINE_NOTES_ELEVENTH = [
    "988 call 2210: {NAME:Tonya}, 39, from {LOCATION:Greenville}, at the {ORGANIZATION:Red Roof "
    "Inn} on {LOCATION:Pleasantburg}, room {LOCATION:118}, took 30 trazodone.",
    "Text line: '{NAME:kaylee} again, my roommate {NAME:madi} is gone and i have the razor' -> "
    "{ORGANIZATION:Furman} campus police dispatched to {LOCATION:Blackwell Hall}.",
    "Veteran caller {NAME:Sgt. Ramirez}, {ORGANIZATION:McConnell AFB}, 36; wife {NAME:Gina} on "
    "extension; firearm locked at neighbor {NAME:Ted}'s.",
    "Mobile crisis: {LOCATION:1415 N Hillside}, {LOCATION:Wichita}; {NAME:Marquise}'s mother "
    "{NAME:Tamika} reports him threatening; {ORGANIZATION:WPD} standby.",
    "Warm line: {NAME:Hank}, 77, {LOCATION:Dodge City}, widowed {DATE:12/1}; denies SI; daughter "
    "{NAME:Carol} in {LOCATION:Denver} called with him.",
    "Chat {OTHER_ID:#88412}: user in {LOCATION:Lawrence} reports assault at party on "
    "{LOCATION:Tennessee St}; given The {ORGANIZATION:Sexual Trauma & Abuse Care Center} number.",
    "988 Spanish: {NAME:Rosa}, {LOCATION:Garden City}, husband deported; kids {NAME:Nestor Jr.} "
    "and {NAME:Luz}; referred to {ORGANIZATION:Catholic Charities of Southwest Kansas}.",
    "Youth line: {NAME:Ellie}, 12, bullied; username {OTHER_ID:ellie.bellie12}; mom {NAME:Kara} "
    "consented to school contact ({ORGANIZATION:Robinson Middle}).",
    "Third-party: {NAME:Pastor Jim Olsen} calling about himself; no plan; follow-up {DATE:12/9} "
    "at {PHONE:785-555-0143}.",
    "988 call: {NAME:Dalton}, 32, {LOCATION:Derby}, drunk in garage, gun in truck; wife "
    "{NAME:Cassie} in {LOCATION:Hutchinson}; {ORGANIZATION:Sedgwick County Sheriff} welfare check.",
    "Text: 'its {NAME:shaylee} im 17 and pregnant and my mom will kill me' -> "
    "{ORGANIZATION:Wichita Family Crisis Center} info given.",
    "Farm crisis line: {NAME:Cody Brandt}, {LOCATION:Goodland}; bank note due {DATE:1/15}; "
    "referred to Kansas Ag Mediation Services.",
    "Mobile crisis to {ORGANIZATION:Via Christi St. Francis} ED for {NAME:Marquise}, 17; "
    "transferred to {ORGANIZATION:KVC Wheatland} at 0340.",
]

GROUP_AND_FAMILY_NOTES_TWELFTH = [
    "Veterans group, Vet Center {LOCATION:Wichita}: {NAME:Hank}, {NAME:Luis}, {NAME:Darnell}, "
    "{NAME:Big Mike}; {NAME:Luis} spoke about {LOCATION:Ramadi}.",
    "Family session: the {NAME:Vo} family; {NAME:Mrs. Vo}, son {NAME:Danny} (on video from "
    "{ORGANIZATION:EDCF}), daughter {NAME:Lan}. Repair work.",
    "Couples: {NAME:Brooke} and {NAME:Tyler} from {LOCATION:Olathe}; {NAME:Tyler} is at "
    "{ORGANIZATION:Garmin}. {NAME:Brooke}'s assault disclosed to {NAME:Tyler} in session.",
    "Teen DBT group, {ORGANIZATION:COMCARE}: {NAME:Shaylee}, {NAME:Ellie}, {NAME:Jaxon}, "
    "{NAME:Mia}. Distress tolerance. {NAME:Mia}'s mom {NAME:Lisa} picked up early.",
    "Grief group at {ORGANIZATION:Harry Hynes Hospice}: {NAME:Betty}'s husband {NAME:Hank} "
    "attended; {NAME:Gloria} (son, {DATE:August}); {NAME:Ray} (wife).",
    "Family therapy: {NAME:Pastor Jim} and {NAME:Sharon}, adult daughter {NAME:Beth} from "
    "{LOCATION:Manhattan}, KS; church conflict at {ORGANIZATION:Fairlawn}.",
    "Multifamily group, {ORGANIZATION:Prairie View} {LOCATION:Newton}: parents of {NAME:Caleb}, "
    "{NAME:Ava}, {NAME:Isaiah}. Psychoeducation on psychosis.",
    "Couples: {NAME:Arturo} and {NAME:Maria} from {LOCATION:Liberal}; {NAME:Arturo}'s shift at "
    "{ORGANIZATION:National Beef} changed to nights on {DATE:11/2}.",
    "Farm families group, {LOCATION:Goodland}: {NAME:Cody} and {NAME:Jen Brandt}, {NAME:Walt "
    "Brandt}; also the {NAME:Schmidts} from {LOCATION:Colby}.",
    "Parenting group: {NAME:Tamika} (son {NAME:Marquise}), {NAME:Rosa} (kids {NAME:Nestor Jr.}, "
    "{NAME:Luz}), {NAME:Kara} (daughter {NAME:Ellie}).",
    "Sibling session: {NAME:Danny Vo} and {NAME:Lan Vo} by phone from {ORGANIZATION:El Dorado "
    "Correctional}; visit approved for {DATE:12/20}.",
    "Men's group at {ORGANIZATION:Union Rescue Mission}: {NAME:Big Mike}, {NAME:Earl}, "
    "{NAME:Dwight} (from {LOCATION:KCK}), {NAME:Tommy}.",
    "Family session: {NAME:Dalton} and {NAME:Cassie} with kids {NAME:Ryder} (6) and "
    "{NAME:Paisley} (3); safety plan re: guns; his dad {NAME:Ron} holds them.",
]


SPOKEN_NOTES_HUNDRED_TWENTIETH_ROUND = [
    "okay note for {NAME:jaquan} twenty from {LOCATION:k town} on the west side works at the "
    "{ORGANIZATION:jewel} on {LOCATION:madison} and his cousin {NAME:lil mook} got killed on "
    "{LOCATION:sixteenth and pulaski}",
    "session with {NAME:mrs novak} sixty eight from {LOCATION:berwyn} her husband {NAME:frank} "
    "worked at {ORGANIZATION:western electric} and now he's at {ORGANIZATION:loyola} with a stroke",
    "this is {NAME:giselle} twenty six from {LOCATION:cicero} works at {ORGANIZATION:la "
    "michoacana} on {LOCATION:cermak} and her husband {NAME:chuy} drinks at {ORGANIZATION:el "
    "gallo} every weekend",
    "follow up {NAME:darius} fifteen at {ORGANIZATION:westinghouse} his mom {NAME:tonya} works at "
    "{ORGANIZATION:rush} and his dad is at {ORGANIZATION:stateville}",
    "okay {NAME:father mike} sixty two pastor at {ORGANIZATION:st agatha's} in {LOCATION:north "
    "lawndale} he's burned out and drinking since the shooting on {DATE:labor day}",
    "note for {NAME:keyonna} thirty one she's a {ORGANIZATION:cta} bus driver on the number "
    "twenty and got spit on and punched on the {DATE:eighth}",
    "session with {NAME:luis} forty from {LOCATION:little village} owns a tire shop on "
    "{LOCATION:twenty sixth street} and his son {NAME:luisito} is at {ORGANIZATION:farragut}",
    "this is {NAME:ms johnson} seventy three lives in {LOCATION:austin} on {LOCATION:central "
    "avenue} her grandson {NAME:deandre} sells in front of her building",
    "okay {NAME:peter} thirty five a trader at the {ORGANIZATION:cboe} lives in {LOCATION:oak "
    "park} and his wife {NAME:laura} found out about the gambling",
    "follow up with {NAME:ana} twenty two a student at {ORGANIZATION:triton} works at the "
    "{ORGANIZATION:target} in {LOCATION:forest park} and her ex {NAME:junior} follows her home",
    "note for {NAME:big shorty} that's what everyone calls him forty five lives at "
    "{ORGANIZATION:franciscan house} on {LOCATION:kedzie}",
    "session with {NAME:aisha} thirty eight from {LOCATION:bronzeville} a nurse at "
    "{ORGANIZATION:mercy} her son {NAME:amir} got into {ORGANIZATION:whitney young}",
    "okay {NAME:tommy} fifty from {LOCATION:bridgeport} a {ORGANIZATION:streets and san} worker "
    "for the city his brother {NAME:danny} died of an od on {DATE:november first}",
]

SPOKEN_NOTES_HUNDRED_TWENTY_FIRST_ROUND = [
    "okay note for {NAME:imani} twenty four from {LOCATION:decatur} works at {ORGANIZATION:emory} "
    "in the lab and her girlfriend {NAME:simone} moved out on the {DATE:thirtieth}",
    "session with {NAME:mr okonkwo} fifty six nigerian drives for {ORGANIZATION:marta} and lives "
    "in {LOCATION:stone mountain} his daughter {NAME:adaeze} is at {ORGANIZATION:georgia state}",
    "this is {NAME:dre} seventeen from {LOCATION:jonesboro} he goes to {ORGANIZATION:mundy's "
    "mill} and got arrested at {ORGANIZATION:southlake mall}",
    "follow up {NAME:kristen} thirty nine from {LOCATION:marietta} she's a flight attendant for "
    "{ORGANIZATION:delta} and her husband {NAME:jeff} has a second family in {LOCATION:charlotte}",
    "okay {NAME:pastor green} sixty from {LOCATION:college park} his son {NAME:marcus} was killed "
    "on {LOCATION:old national highway} on {DATE:october twenty first}",
    "note for {NAME:thuy} forty four owns a nail salon on {LOCATION:buford highway} in "
    "{LOCATION:doraville} her husband {NAME:tuan} hits her",
    "session with {NAME:jasmine} twenty one she's a server at the {ORGANIZATION:cheesecake "
    "factory} in {LOCATION:buckhead} and got roofied at {ORGANIZATION:tongue and groove}",
    "this is {NAME:mrs patterson} eighty three in {LOCATION:east point} her son {NAME:willie} "
    "lives with her and takes her social security",
    "okay {NAME:carlos} thirty from {LOCATION:norcross} works construction for "
    "{ORGANIZATION:brasfield and gorrie} and fell on the job at the {ORGANIZATION:braves} stadium",
    "follow up with {NAME:ty} nineteen student at {ORGANIZATION:morehouse} his roommate "
    "{NAME:jalen} is from {LOCATION:detroit} and they fight about money",
    "note for {NAME:becky} forty nine from {LOCATION:canton} drives a school bus for "
    "{ORGANIZATION:cherokee county schools} her son {NAME:caleb} is in {ORGANIZATION:ridgeview}",
    "session with {NAME:kofi} thirty three ghanaian an uber driver from {LOCATION:clarkston} his "
    "wife {NAME:akosua} is back in {LOCATION:kumasi} with their son",
    "okay grandma {NAME:rose} seventy nine raising {NAME:zaria} eight and {NAME:zion} six in "
    "{LOCATION:mechanicsville} near the {ORGANIZATION:pittsburgh yards}",
]

CARE_COORDINATION_EMAILS_FIRST = [
    "Hi {NAME:Jen}, following up on {NAME:Marcus Hill} (DOB {DATE:03/11/2008}); he was discharged "
    "from {ORGANIZATION:Hartgrove} yesterday. Can you see him this week? -{NAME:Alicia}, "
    "{ORGANIZATION:Lurie Children's} SW",
    "Subject: {NAME:T.W.} referral\n{NAME:Dr. Russo}, client lives in {LOCATION:Evanston}, "
    "prefers evening sessions, insurance {ORGANIZATION:Aetna} {HEALTH_PLAN:W218844901}.",
    "To: {EMAIL:intake@thresholds.org}\nRe: {NAME:Gloria Ramos}, 44, needs ACT team in "
    "{LOCATION:Pilsen}; current psychiatrist {NAME:Dr. Park} at {ORGANIZATION:Esperanza Health "
    "Centers}.",
    "Hi team, {NAME:Keisha} from DCFS here. {NAME:Amari} (7) moved to foster home with the "
    "{NAME:Greens} in {LOCATION:Calumet City} on {DATE:12/2}.",
    "{NAME:Rob} - {NAME:Mrs. Chen}'s daughter {NAME:Lily} called; mom fell at {ORGANIZATION:Smith "
    "Village}. Please call {PHONE:773-555-0198}. Thx, {NAME:Tanya}",
    "FYI: {NAME:Devon Ellis} no-showed at {ORGANIZATION:Heartland Alliance} {DATE:12/3}; last "
    "known address {LOCATION:6200 S Halsted}; phone off.",
    "Hello {NAME:Ms. Adeyemi}, the school ({ORGANIZATION:Lane Tech}) agreed to the 504 for "
    "{NAME:Tobi}; meeting {DATE:Dec 14} at 8:30 with {NAME:Mr. Kowalski}.",
    "Referral: {NAME:Samuel Brooks}, veteran, from {ORGANIZATION:Jesse Brown VA}; needs housing; "
    "{ORGANIZATION:Catholic Charities} case mgr {NAME:Ann Doyle} cc'd.",
    "Re: ROI for {NAME:Ashley Nguyen}\nAttached. Please fax records to {FAX:(312) 555-0124} attn "
    "Medical Records.",
    "{NAME:Dr. Bell}, pt {NAME:Raymond Ortiz} (MRN {MRN:88213044}) asked that his sister "
    "{NAME:Elena} not be given information. Noted in chart.",
    "Team: {NAME:Ms. Wright} ({AGE_OVER_89:94}) at {ORGANIZATION:Montgomery Place} declining; "
    "hospice eval by {ORGANIZATION:Seasons} on {DATE:12/8}.",
    "Hi {NAME:Pat}, {NAME:Joey}'s PO {NAME:Officer Ruiz} ({ORGANIZATION:Cook County Juvenile "
    "Probation}) wants an update by Friday {DATE:12/11}.",
    "Thanks {NAME:Maria}! {NAME:Jamal}'s new email is {EMAIL:jamal.k.reed@outlook.com} and he "
    "moved to {LOCATION:Hyde Park}.",
]

INTAKE_PHONE_SCREENS_FIRST = [
    "Caller: {NAME:Denise Carter} for son {NAME:Jaylen} (14). Address {LOCATION:812 Elm St}, "
    "{LOCATION:Joliet}. Insurance {ORGANIZATION:BCBSIL} {HEALTH_PLAN:XOH449210771}. School "
    "{ORGANIZATION:Joliet West}.",
    "Self-referral: {NAME:Ryan Schultz}, 33, works at {ORGANIZATION:Caterpillar} in "
    "{LOCATION:Peoria}; DOB {DATE:8/30/1993}; cell {PHONE:309-555-0137}.",
    "Screen: {NAME:Ms. Alvarez}, prefers Spanish, lives in {LOCATION:Aurora}, daughter "
    "{NAME:Vanessa} interprets; referred by {NAME:Dr. Shah} ({ORGANIZATION:VNA Health Care}).",
    "Caller {NAME:Tom}, won't give last name, from {LOCATION:Naperville}; wife {NAME:Kathy} "
    "drinking; callback {PHONE:630 555 0122} after 6.",
    "Intake call: {NAME:Priya Raman}, 29, grad student at {ORGANIZATION:UIUC}, in "
    "{LOCATION:Urbana}; email {EMAIL:praman2@illinois.edu}.",
    "Referral from {ORGANIZATION:Advocate Christ} ED: {NAME:Luis Vega}, 51, {LOCATION:Oak Lawn}; "
    "SI resolved; needs f/u within 7 days.",
    "Caller Grandma {NAME:Pearl} for {NAME:Kayla} (16); custody papers from {ORGANIZATION:Will "
    "County court}; case {OTHER_ID:2024-JA-000318}.",
    "Screen: {NAME:Deshawn Price}, on parole, PO {NAME:Ms. Grant}; lives at {ORGANIZATION:St. "
    "Leonard's Ministries} on {LOCATION:Warren Blvd}.",
    "Waitlist: {NAME:Emily Sorensen}, 22, {LOCATION:Rockford}; works at {ORGANIZATION:Woodward}; "
    "prefers female therapist; Medicaid {HEALTH_PLAN:514722093}.",
    "Caller {NAME:Jin Park} re: mother {NAME:Soon-Ja Park}, 88, in {LOCATION:Niles}; "
    "Korean-speaking; PCP {NAME:Dr. Lee}.",
    "Intake: {NAME:Marcus Bell}, veteran, {ORGANIZATION:Hines VA} patient, lives in "
    "{LOCATION:Maywood}; wants couples work with {NAME:Tasha}.",
    "Screen: {NAME:Olivia}, 17, called from {ORGANIZATION:Stevenson High} counselor's office; "
    "counselor {NAME:Mr. Dunn} on line; mom {NAME:Karen} to call back.",
    "Caller {NAME:Pastor Reggie} from {ORGANIZATION:New Life Covenant} for congregant "
    "{NAME:Angela Moss}, 37; {LOCATION:South Shore}; phone {PHONE:773.555.0156}.",
]

RARER_KINDS_ELEVENTH_ROUND = [
    "Ankle monitor SCRAM-CAM {DEVICE:0088417} installed by {ORGANIZATION:Cook County Sheriff}; "
    "client says it itches.",
    "Truck: white F-250, plate {VEHICLE:IL 4482917 B}, VIN {VEHICLE:1FT7W2BT4KEC91244}.",
    "VPN logs show {IP:192.168.44.12} and public {IP:73.45.190.3} during the incident.",
    "Hearing aid serial HA {DEVICE:22-118734}; cochlear processor {DEVICE:N7-4419082}.",
    "Claim {OTHER_ID:CLM-2026-0044712} denied by {ORGANIZATION:Cigna}; member "
    "{HEALTH_PLAN:U88214730}.",
    "Payment by Zelle from {EMAIL:mgarcia77@gmail.com}; check #{ACCOUNT:3391}.",
    "Nursing license {LICENSE:041.442187} (IL) under investigation; {NAME:Tara Obi}.",
    "Docket {OTHER_ID:24 CR 0118-01}, {ORGANIZATION:Circuit Court of Cook County}.",
    "Photo of the note saved as {PHOTO:note_from_jaylen.png}.",
    "Her {BIOMETRIC:fingerprint} template is stored by the clinic's time clock.",
    "Cash App {OTHER_ID:$JayRich312}; Venmo {OTHER_ID:@jay-richards-7}.",
    "CPAP ResMed AirSense 11 serial {DEVICE:23211488071}.",
    "Her blog: {URL:www.southsidemamaheals.com}; podcast on {URL:anchor.fm/southsidemama}.",
]


SPOKEN_NOTES_HUNDRED_TWENTY_SECOND_ROUND = [
    "okay note for {NAME:yokasta} thirty seven dominicana lives in {LOCATION:washington heights} "
    "on {LOCATION:one seventy fifth} works at {ORGANIZATION:columbia presbyterian} her son "
    "{NAME:brayan} got stabbed at {LOCATION:highbridge park}",
    "session with {NAME:don fello} sixty nine from {LOCATION:inwood} he owns a bodega on "
    "{LOCATION:dyckman} and his wife {NAME:altagracia} went back to {LOCATION:santiago} in "
    "{DATE:september}",
    "this is {NAME:jeremy} twenty five from {LOCATION:riverdale} works at "
    "{ORGANIZATION:montefiore} and his boyfriend {NAME:luis} overdosed at their place on "
    "{LOCATION:kingsbridge road}",
    "follow up {NAME:genesis} sixteen at {ORGANIZATION:dewitt clinton} her dad {NAME:ramon} is at "
    "{ORGANIZATION:rikers} and her mom {NAME:yesenia} works at the {ORGANIZATION:c town} on "
    "{LOCATION:fordham road}",
    "okay {NAME:officer dimaggio} forty four {ORGANIZATION:nypd} out of the {ORGANIZATION:four "
    "six precinct} he saw a kid die on {LOCATION:burnside avenue} on the {DATE:fourteenth}",
    "note for abuela {NAME:cuca} eighty seven from {LOCATION:hunts point} she takes care of "
    "{NAME:jayden} nine and {NAME:amaya} six since their mom {NAME:kiara} went to "
    "{ORGANIZATION:bedford hills}",
    "session with {NAME:malik} thirty a porter at {ORGANIZATION:co-op city} in building "
    "{LOCATION:twenty six} his girlfriend {NAME:nia} just had a baby at {ORGANIZATION:jacobi}",
    "this is {NAME:mrs goldberg} seventy six in {LOCATION:pelham parkway} her son {NAME:howard} "
    "in {LOCATION:boca} doesn't call",
    "okay {NAME:kwesi} thirty eight from the {LOCATION:concourse} drives a yellow cab and got "
    "robbed on {LOCATION:jerome avenue} his wife {NAME:ama} is in {LOCATION:accra}",
    "follow up with {NAME:tito} twenty from {LOCATION:mott haven} he's at {ORGANIZATION:hostos} "
    "and works at the {ORGANIZATION:hub} sneaker store",
    "note for {NAME:sister margaret} seventy one a nun at {ORGANIZATION:st barnabas} her brother "
    "{NAME:tom} died in {LOCATION:yonkers} on {DATE:november fifth}",
    "session with {NAME:angie} thirty three from {LOCATION:soundview} a home attendant for "
    "{ORGANIZATION:cidny} and her ex {NAME:papo} keeps calling from {LOCATION:attica}",
    "okay {NAME:dominique} twenty two from {LOCATION:morrisania} works at "
    "{ORGANIZATION:bronx-lebanon} as a pct and her brother {NAME:shawn} got shot in "
    "{LOCATION:claremont}",
]

SPOKEN_NOTES_HUNDRED_TWENTY_THIRD_ROUND = [
    "okay note for {NAME:latrice} thirty from {LOCATION:albany} georgia works at "
    "{ORGANIZATION:phoebe putney} in housekeeping and her son {NAME:kam} was shot on "
    "{LOCATION:slappey boulevard}",
    "session with {NAME:mr tillman} sixty seven a peanut farmer near {LOCATION:dawson} his wife "
    "{NAME:mae} has dementia and his son {NAME:roy} is in {ORGANIZATION:lee state prison}",
    "this is {NAME:chloe} nineteen freshman at {ORGANIZATION:valdosta state} from "
    "{LOCATION:tifton} her roommate {NAME:kennedy} was assaulted at a party on {LOCATION:baytree "
    "road}",
    "follow up {NAME:rodney} forty two he works at {ORGANIZATION:moody} on the flight line and "
    "his wife {NAME:crystal} found his pistol under the seat",
    "okay {NAME:ms hattie} {AGE_OVER_89:ninety five} lives in {LOCATION:americus} her grandson "
    "{NAME:marcus} takes her check and her pastor {NAME:reverend cole} called me",
    "note for {NAME:juan} thirty five picks onions in {LOCATION:vidalia} lives in a camp outside "
    "{LOCATION:lyons} and his brother {NAME:pedro} died in the heat in {DATE:july}",
    "session with {NAME:destiny} twenty four from {LOCATION:thomasville} she works at "
    "{ORGANIZATION:flowers foods} and her boyfriend {NAME:tj} beat her on {DATE:christmas eve}",
    "this is {NAME:coach harris} fifty from {LOCATION:cairo} his player {NAME:jamal} collapsed at "
    "practice at {ORGANIZATION:cairo high} and died",
    "okay {NAME:beth} forty one a nurse at {ORGANIZATION:south georgia medical center} lives in "
    "{LOCATION:hahira} her ex {NAME:wade} took the kids to {LOCATION:tallahassee}",
    "follow up with {NAME:dj} seventeen at {ORGANIZATION:westover} he got jumped at the "
    "{ORGANIZATION:albany mall} and his mom {NAME:keisha} wants to move to {LOCATION:macon}",
    "note for {NAME:harold} seventy three retired from {ORGANIZATION:miller brewing} in "
    "{LOCATION:albany} his wife {NAME:jean} passed on the {DATE:twelfth}",
    "session with {NAME:maria} twenty eight from {LOCATION:moultrie} works at "
    "{ORGANIZATION:sanderson farms} and her daughter {NAME:sofia} is in the nicu at "
    "{ORGANIZATION:archbold}",
    "okay {NAME:bubba} fifty nine from {LOCATION:fitzgerald} drives a log truck for "
    "{ORGANIZATION:mcgee timber} and his son {NAME:luke} overdosed at the {ORGANIZATION:motel 6} "
    "in {LOCATION:cordele}",
]

TYPED_NOTES_THIRTY_THIRD_ROUND = [
    "CBT #8. {NAME:Rivka Feldman} (29), {LOCATION:Crown Heights}; OCD, scrupulosity. ERP "
    "hierarchy: touching door of {LOCATION:770 Eastern Pkwy}? deferred. {NAME:Rabbi Gurary} "
    "consulted with consent.",
    "DBT. {NAME:Jazmin} (20), {ORGANIZATION:Hunter College}; diary card: SI 3, urges to use 4 "
    "after fight with {NAME:Xavi} at {ORGANIZATION:Webster Hall} {DATE:12/5}.",
    "Psychodynamic, session 112. {NAME:Mr. Lowenstein} spoke of his late analyst {NAME:Dr. "
    "Brandt} and the office on {LOCATION:West 86th}.",
    "ACT. {NAME:Chen Wei} (41), software at {ORGANIZATION:Bloomberg}, {LOCATION:Flushing}; "
    "values: son {NAME:Leo}, parents in {LOCATION:Wenzhou}. Defusion exercise.",
    "EMDR phase 5. {NAME:FF Tom Byrne}, {ORGANIZATION:FDNY Ladder 10}; target: {DATE:9/11/2001}; "
    "VOC 6/7.",
    "SOAP. S: {NAME:Gladys Ortiz}, 79, {LOCATION:Co-op City}, low mood since daughter "
    "{NAME:Nilda} moved to {LOCATION:Allentown}. O: PHQ-9 16. P: {NAME:Dr. Mehta} eval.",
    "IFS. {NAME:Natalie} (35), lawyer at {ORGANIZATION:Skadden}; firefighter part protects exile "
    "from {LOCATION:Short Hills} childhood.",
    "Family. The {NAME:Baptistes}: {NAME:Jean-Pierre}, {NAME:Rose}, son {NAME:Widler} (15) at "
    "{ORGANIZATION:Erasmus Hall}; discipline conflict.",
    "MI. {NAME:Vinny Russo} (52), {LOCATION:Staten Island}, sanitation worker "
    "({ORGANIZATION:DSNY}); AUDIT 19; wife {NAME:Donna} wants him in {ORGANIZATION:Seafield}.",
    "BIRP. B: {NAME:Keanu} (13) refused school ({ORGANIZATION:IS 318}). I: exposure. R: went 1st "
    "period {DATE:12/4}. Mom {NAME:Leilani}.",
    "Couples. {NAME:Sam} and {NAME:Priya}, {LOCATION:Park Slope}; {NAME:Sam}'s affair with "
    "coworker at {ORGANIZATION:Pfizer}; {NAME:Priya} consulting a lawyer.",
    "TF-CBT. {NAME:Ayesha} (10), {LOCATION:Jackson Heights}, trauma narrative re: fire at "
    "{LOCATION:37-15 73rd St} on {DATE:Feb 2}.",
    "CPT. {NAME:SPC Ruiz}, {ORGANIZATION:Fort Hamilton}; stuck point: 'I deserved it.' Next "
    "{DATE:12/15}.",
]

MESSAGES_THIRTY_THIRD_ROUND = [
    "hola es {NAME:yokasta}, {NAME:brayan} salió del {ORGANIZATION:harlem hospital} hoy, gracias",
    "{NAME:Ms. Ruiz}? its {NAME:genesis}. my dad called from {ORGANIZATION:rikers} again",
    "From {ORGANIZATION:Columbia Doctors}: {NAME:Jeremy K.}, your telehealth visit is {DATE:12/9} "
    "3:00 PM.",
    "hey its {NAME:tito}, lost my job at the {ORGANIZATION:hub}. can we do sliding scale",
    "This is {NAME:Sgt. Ochoa}, {ORGANIZATION:46th Precinct} detective squad, re: {NAME:Brayan "
    "Peña}.",
    "{NAME:latrice} here. {NAME:kam} is at {ORGANIZATION:phoebe} in icu please pray",
    "Message from {NAME:Coach Harris}: team meeting at {ORGANIZATION:Cairo High} gym Tues 4pm, "
    "grief counselor welcome.",
    "hi its {NAME:chloe}!! moved to {LOCATION:Centennial Hall} rm {LOCATION:214} at "
    "{ORGANIZATION:VSU}",
    "{NAME:Beth} again - {NAME:Wade} won't bring the kids back from {LOCATION:Tallahassee} til "
    "Sunday",
    "Your pharmacy order is ready at {ORGANIZATION:Duane Reade} {LOCATION:Broadway & 168th}. "
    "-Walgreens",
    "{NAME:Rabbi Gurary} here on behalf of {NAME:Rivka}; she'll miss Thursday due to yom tov.",
    "this is {NAME:destiny}. {NAME:tj} got out of {ORGANIZATION:thomas county jail} today im "
    "scared",
    "Reminder: {NAME:HILL, HAROLD} appt {DATE:12/10/2026} w/ {NAME:KIM, J} (PSYD) at "
    "{ORGANIZATION:Phoebe Behavioral Health}.",
]

HOSPITAL_RECORDS_TWENTY_THIRD_ROUND = [
    "ED NOTE {DATE:12/06/2026}: {NAME:Jacob Mendez}, 22M, BIBA from {LOCATION:Oak Cliff} after "
    "jumping from {LOCATION:Houston St viaduct}; {ORGANIZATION:Dallas Fire-Rescue Rescue 15}. MRN "
    "{MRN:P2284410}.",
    "Admission, {ORGANIZATION:Parkland} {LOCATION:4 West}: {NAME:Shanice Wells}, 31F, postpartum "
    "psychosis; baby {NAME:Nova} in NICU; husband {NAME:Terrence} {PHONE:214-555-0133}.",
    "Consult: {NAME:Dr. Aguilar}, pt {NAME:Mr. Earl Pickens} ({AGE_OVER_89:90}), "
    "{ORGANIZATION:Baylor Scott & White} {LOCATION:Irving}; daughter {NAME:Dana} POA.",
    "Nursing: pt {NAME:Bryce} in room {LOCATION:6}, {ORGANIZATION:Green Oaks}, threatening peer "
    "{NAME:Tyler}. PRN given. {NAME:M. Adeyemi}, RN.",
    "Discharge: {NAME:Ana Lucía Flores}, 17F, adm {DATE:11/29} d/c {DATE:12/05} to "
    "{ORGANIZATION:Cook Children's} IOP; school {ORGANIZATION:Arlington Heights HS}.",
    "Transfer from {ORGANIZATION:Texas Health Harris Methodist Fort Worth} to "
    "{ORGANIZATION:Terrell State Hospital}; {ORGANIZATION:Tarrant County Sheriff} transport; "
    "commitment cause {OTHER_ID:MH-26-00871}.",
    "SW: pt {NAME:Deborah Kent}, 60F, from The {ORGANIZATION:Bridge} homeless shelter on "
    "{LOCATION:St. Paul St}; sister {NAME:Lynn Kent} in {LOCATION:Denton}.",
    "Triage: {NAME:Omar Haddad}, 38M, Uber driver from {LOCATION:Plano}; panic; wife "
    "{NAME:Leila}; PCP {NAME:Dr. Nguyen} at {ORGANIZATION:Medical City Plano}.",
    "H&P: {NAME:Cheyenne Roberts}, DOB {DATE:07/07/2004}, from {LOCATION:Mineral Wells}; "
    "meth-induced psychosis; boyfriend {NAME:Cody} brought her.",
    "Progress: {NAME:Dwayne} (HD 4) reports his brother {NAME:Reggie} threatened him at "
    "{LOCATION:2210 Bonnie View Rd}; {ORGANIZATION:DPD} report {OTHER_ID:260118442}.",
    "Court: {ORGANIZATION:Dallas County Probate Court No. 3}, OPC hearing {DATE:12/09/2026}; "
    "attorney ad litem {NAME:Ms. Karen Fitch}.",
    "Discharge: {NAME:Luis Gómez}, 45M, to {ORGANIZATION:Homeward Bound} detox; f/u "
    "{ORGANIZATION:Metrocare} {LOCATION:Pleasant Grove}; cell {PHONE:(469) 555-0178}.",
    "Restraint: {NAME:Kendrick Lowe}, 26M, {DATE:12/04} 0210-0240; staff {NAME:R. Jasso}, MHT; "
    "{NAME:C. Owens}, RN; mother {NAME:Patrice} notified.",
]


SPOKEN_NOTES_HUNDRED_TWENTY_FOURTH_ROUND = [
    "okay note for {NAME:yessenia} twenty seven from {LOCATION:maryvale} works at the "
    "{ORGANIZATION:amazon} warehouse in {LOCATION:goodyear} and her husband {NAME:alonso} was "
    "picked up by ice on {LOCATION:indian school road}",
    "session with {NAME:mr yazzie} fifty eight navajo from {LOCATION:tuba city} lives with his "
    "sister {NAME:marlene} in {LOCATION:glendale} and works at {ORGANIZATION:luke} as a civilian",
    "this is {NAME:brooklyn} sixteen at {ORGANIZATION:desert vista} her mom {NAME:shannon} found "
    "vodka in her water bottle after the game at {ORGANIZATION:mountain pointe}",
    "follow up {NAME:ray} sixty four snowbird from {LOCATION:saskatoon} winters in {LOCATION:sun "
    "city} his wife {NAME:doreen} fell at the {ORGANIZATION:fry's} on {LOCATION:bell road}",
    "okay {NAME:tanner} twenty two from {LOCATION:gilbert} works at {ORGANIZATION:intel} in "
    "{LOCATION:chandler} and his roommate {NAME:garrett} overdosed on fentanyl on the "
    "{DATE:twenty fourth}",
    "note for {NAME:lupe} forty five from {LOCATION:guadalupe} she's a lunch lady at "
    "{ORGANIZATION:tempe elementary} and her son {NAME:chuy} is in {ORGANIZATION:lower buckeye "
    "jail}",
    "session with {NAME:dr amin} fifty a surgeon at {ORGANIZATION:banner desert} in "
    "{LOCATION:mesa} burned out after a patient died on {DATE:november third}",
    "this is {NAME:keisha} thirty one lives at the {ORGANIZATION:human services campus} downtown "
    "and her daughter {NAME:nevaeh} is with her mom in {LOCATION:laveen}",
    "okay {NAME:cody} forty from {LOCATION:apache junction} rides with a club out of "
    "{LOCATION:mesa} and his old lady {NAME:tina} says he's using again",
    "follow up with {NAME:jordan} nineteen a student at {ORGANIZATION:asu} west campus from "
    "{LOCATION:flagstaff} her ex {NAME:kyle} posted her photos on twitter",
    "note for {NAME:marisol} thirty six from {LOCATION:avondale} cleans at {ORGANIZATION:phoenix "
    "children's} and her son {NAME:andrés} has leukemia",
    "session with {NAME:big al} sixty from {LOCATION:sunnyslope} drives for {ORGANIZATION:valley "
    "metro} and his daughter {NAME:crystal} lives in {LOCATION:kingman}",
    "okay {NAME:ahmad} twenty four afghan refugee from {LOCATION:kabul} lives near "
    "{LOCATION:nineteenth avenue and camelback} works at {ORGANIZATION:pei wei}",
]

SPOKEN_NOTES_HUNDRED_TWENTY_FIFTH_ROUND = [
    "okay note for {NAME:jesse} thirty four from {LOCATION:wheeling} worked at "
    "{ORGANIZATION:weirton steel} till it closed and his wife {NAME:brandy} is at "
    "{ORGANIZATION:wheeling hospital} with pneumonia",
    "session with {NAME:mrs kovach} seventy from {LOCATION:moundsville} her son {NAME:danny} is a "
    "guard at {ORGANIZATION:northern regional jail} and drinks",
    "this is {NAME:kaitlyn} eighteen senior at {ORGANIZATION:parkersburg south} her boyfriend "
    "{NAME:logan} works at {ORGANIZATION:dupont} in {LOCATION:washington} west virginia",
    "follow up {NAME:butch} sixty two a retired coal miner from {LOCATION:bellaire} ohio his son "
    "{NAME:tommy} died at the {ORGANIZATION:marathon} refinery in {LOCATION:canton}",
    "okay {NAME:sarah beth} twenty nine a teacher at {ORGANIZATION:bridge street middle} in "
    "{LOCATION:wheeling} her husband {NAME:josh} is on a pipeline crew in pennsylvania",
    "note for {NAME:rev tom} sixty six pastor at {ORGANIZATION:first christian} in {LOCATION:st "
    "clairsville} grieving his wife {NAME:ann} who died {DATE:october fourth}",
    "session with {NAME:deshawn} twenty from {LOCATION:east liverpool} works at "
    "{ORGANIZATION:homer laughlin} and his brother {NAME:jay} was shot on {LOCATION:pennsylvania "
    "avenue}",
    "this is {NAME:amber} thirty from {LOCATION:marietta} she's a cna at {ORGANIZATION:memorial "
    "health} and her ex {NAME:travis} has a protection order from {ORGANIZATION:washington county}",
    "okay {NAME:gus} seventy eight from {LOCATION:new martinsville} his wife {NAME:peggy} has "
    "dementia and wanders to the {LOCATION:ohio river} at night",
    "follow up with {NAME:nate} twenty three a student at {ORGANIZATION:wvu} from "
    "{LOCATION:fairmont} he was in a frat at {ORGANIZATION:sigma chi} and got hazed",
    "note for {NAME:loretta} fifty four she works at the {ORGANIZATION:kroger} in {LOCATION:elm "
    "grove} and her grandson {NAME:kaden} lives with her since {DATE:august}",
    "session with {NAME:mike} forty six from {LOCATION:steubenville} a laborer with "
    "{ORGANIZATION:laborers local 809} his son {NAME:mikey} is at {ORGANIZATION:big red} high",
    "okay {NAME:ruthie} eighty eight from {LOCATION:cameron} lives alone on a farm off "
    "{LOCATION:route two fifty} her son {NAME:earl} comes out on sundays",
]

LETTERS_AND_FORMS_SEVENTEENTH_ROUND = [
    "Psychological evaluation for immigration court. Respondent: {NAME:Yessenia Ramírez López}, "
    "A# {OTHER_ID:A208-114-592}, born {DATE:03/14/1999} in {LOCATION:San Pedro Sula}. Hearing "
    "{DATE:02/02/2027}, {ORGANIZATION:Phoenix Immigration Court}.",
    "To {NAME:Judge Alvarez}, {ORGANIZATION:Maricopa County Superior Court}, re: {NAME:Cody "
    "Harlan}, {OTHER_ID:CR2026-118840}: completed 24 sessions of DV treatment.",
    "Letter of support, {NAME:Ahmad Karimi} (SIV applicant), interpreter for US Army in "
    "{LOCATION:Kandahar} 2009-2012; PTSD.",
    "FMLA: employee {NAME:Marisol Ibarra}, {ORGANIZATION:Phoenix Children's Hospital}; caring for "
    "son {NAME:Andrés}, 9, leukemia; start {DATE:11/30/2026}.",
    "ESA: {NAME:Jordan Pike}, lease at The {LOCATION:Vue on Apache}, {LOCATION:922 E Apache "
    "Blvd}, {LOCATION:Tempe}; dog {NAME:Bear}.",
    "Release: {NAME:Keisha Lowe} permits disclosure to DCS case manager {NAME:Ms. Ortega}; fax "
    "{FAX:602-555-0142}.",
    "School: {NAME:Brooklyn Hayes}, gr 11, {ORGANIZATION:Desert Vista High School}; 504 "
    "accommodations for anxiety; parent {NAME:Shannon Hayes}.",
    "SSDI report: {NAME:Raymond Nez}, SSN {SSN:526-71-0048}, last worked {ORGANIZATION:Peabody "
    "Western Coal}, {LOCATION:Kayenta}, 2019.",
    "Court-ordered treatment, {ORGANIZATION:Pima County Superior Court}, MH case "
    "{OTHER_ID:MH20260431}; patient {NAME:Terrence Doyle}; outpatient {ORGANIZATION:COPE "
    "Community Services}.",
    "Intake\nName: {NAME:Tanner Boyce}\nDOB: {DATE:01/09/2004}\nAddress: {LOCATION:1840 S Val "
    "Vista Dr #214}, {LOCATION:Gilbert} {LOCATION:85295}\nPhone: {PHONE:480-555-0127}",
    "Return to work: {NAME:Dr. Sameer Amin} may resume surgery at {ORGANIZATION:Banner Desert "
    "Medical Center} on {DATE:01/04/2027}.",
    "Housing: {NAME:Lupe Salgado}, applicant, {ORGANIZATION:City of Tempe Housing Services}, "
    "voucher {ACCOUNT:TMP-22819}.",
    "Tribal court letter, {ORGANIZATION:Navajo Nation District Court} {LOCATION:Tuba City}: "
    "{NAME:Harold Yazzie} attended 12 sessions.",
]

CRISIS_LINE_NOTES_TWELFTH = [
    "988 call 0315: {NAME:Jesse}, 34, {LOCATION:Wheeling}, on the {LOCATION:Suspension Bridge}; "
    "{ORGANIZATION:Wheeling PD} en route; stayed on line 40 min.",
    "Text: 'its {NAME:kaitlyn} my bf {NAME:logan} has a gun and says hell do it' -> "
    "{ORGANIZATION:Wood County 911}; location {LOCATION:Vienna}.",
    "Warm line: {NAME:Gus}, 78, {LOCATION:New Martinsville}; wife {NAME:Peggy} wandering; "
    "referred to Alzheimer's Association helpline.",
    "Mobile crisis: {LOCATION:314 N 4th St}, {LOCATION:Steubenville}; {NAME:Mikey}, 16, "
    "barricaded; dad {NAME:Mike} and {ORGANIZATION:Steubenville PD} present.",
    "Veteran line: {NAME:Butch}, 62, Army, from {LOCATION:Bellaire}; son died; connected to "
    "{ORGANIZATION:Louis A. Johnson VAMC}.",
    "Chat: user {OTHER_ID:wvgirl304} in {LOCATION:Morgantown}; overdose risk; roommate "
    "{NAME:Hailey} reached; EMS via {ORGANIZATION:Monongalia County 911}.",
    "988 Spanish: {NAME:Yessenia}, {LOCATION:Phoenix}, husband detained; kids {NAME:Ana} and "
    "{NAME:Leo}; referred to {ORGANIZATION:Florence Project}.",
    "Youth text: {NAME:Brooklyn}, 16, drinking; mom {NAME:Shannon} {PHONE:480-555-0163} contacted "
    "with consent.",
    "Mobile crisis: {ORGANIZATION:Human Services Campus}, {LOCATION:204 S 12th Ave}; "
    "{NAME:Keisha}, 31, SI; transported to {ORGANIZATION:Valleywise}.",
    "Caller {NAME:Dr. Sameer Amin} (self), physician; safety plan; referred to Physician Support "
    "Line.",
    "Warm line: {NAME:Ray}, 64, from {LOCATION:Saskatoon}, in {LOCATION:Sun City} for winter; "
    "wife's fall at {ORGANIZATION:Fry's}; lonely.",
    "Text: {NAME:ahmad} says 'i cannot sleep since {LOCATION:kabul}'; Dari interpreter "
    "{NAME:Farid} joined.",
    "988 call: {NAME:Tina}, {LOCATION:Apache Junction}, partner {NAME:Cody} using, kids "
    "{NAME:Wyatt} (4) home; {ORGANIZATION:PCSO} welfare check.",
]

PSYCHOSOCIAL_HISTORIES_FOURTH = [
    "Family of origin: {NAME:Jesse Wayne Barker} was born {DATE:May 3, 1992} at "
    "{ORGANIZATION:Ohio Valley Medical Center} and raised in {LOCATION:Benwood}. Father "
    "{NAME:Wayne} worked {ORGANIZATION:Wheeling-Pitt}; mother {NAME:Carla} cleaned at "
    "{ORGANIZATION:Oglebay}.",
    "Education: {ORGANIZATION:Union High School}, class of 2010; two semesters at "
    "{ORGANIZATION:West Liberty}.",
    "Employment: {ORGANIZATION:Weirton Steel} 2012-2017; {ORGANIZATION:Murray Energy} 2017-2019; "
    "currently unemployed, odd jobs for cousin {NAME:Dale}'s roofing company, "
    "{ORGANIZATION:Barker Bros. Roofing}.",
    "Marriage: to {NAME:Brandy} ({DATE:June 2015}, {ORGANIZATION:Elm Grove Methodist}); children "
    "{NAME:Kylie} (9) and {NAME:Mason} (6), both at {ORGANIZATION:Madison Elementary}.",
    "Substance: pills after back injury at {ORGANIZATION:Murray}; suboxone via "
    "{ORGANIZATION:Northwood Health Systems} since 2021.",
    "Legal: possession charge in {LOCATION:Marshall County} ({DATE:4/2020}), diverted; no current "
    "case.",
    "Trauma: found his brother {NAME:Cody} after overdose at their mom's house on "
    "{LOCATION:Marshall Street}, {DATE:Christmas 2018}.",
    "Supports: neighbor {NAME:Mr. Kowalski}; sponsor {NAME:Big Ed} from the "
    "{ORGANIZATION:Benwood} NA group; pastor at {ORGANIZATION:St. John's}.",
    "Housing: rents half a double at {LOCATION:4318 Jacob St}; landlord {NAME:Phil Dinardo}; "
    "behind two months.",
    "Medical: PCP {NAME:Dr. Shah}, {ORGANIZATION:Wheeling Clinic}; herniated L4-5.",
    "Military: none. Father {NAME:Wayne} served {ORGANIZATION:USS Forrestal}.",
    "Leisure: fishes at {LOCATION:Wheeling Creek}; hunts on his uncle {NAME:Rusty}'s land in "
    "{LOCATION:Cameron}.",
    "Cultural: Polish Catholic on mother's side; attends {ORGANIZATION:St. Alphonsus} at "
    "Christmas and Easter.",
]


SPOKEN_NOTES_HUNDRED_TWENTY_SIXTH_ROUND = [
    "okay note for {NAME:esmeralda} thirty two from {LOCATION:wapato} she sorts apples at "
    "{ORGANIZATION:stemilt} in {LOCATION:wenatchee} and her husband {NAME:rodolfo} drinks every "
    "weekend at {ORGANIZATION:el porton}",
    "session with {NAME:mr sohappy} sixty one yakama from {LOCATION:white swan} his grandson "
    "{NAME:elias} went missing on {DATE:october ninth} near {LOCATION:toppenish}",
    "this is {NAME:kylie} seventeen at {ORGANIZATION:eisenhower high} in {LOCATION:yakima} her "
    "mom {NAME:jodi} works at {ORGANIZATION:memorial} and her dad is in {ORGANIZATION:coyote "
    "ridge}",
    "follow up {NAME:travis} thirty five works at {ORGANIZATION:hanford} in {LOCATION:richland} "
    "as a pipefitter and his wife {NAME:amber} wants a divorce",
    "okay {NAME:doña rosa} seventy three from {LOCATION:sunnyside} she raised six kids in the "
    "labor camp in {LOCATION:grandview} and her son {NAME:beto} died in {DATE:march}",
    "note for {NAME:jared} twenty four from {LOCATION:kennewick} works at {ORGANIZATION:tyson} in "
    "{LOCATION:pasco} and his girlfriend {NAME:briana} is pregnant",
    "session with {NAME:shawna} forty from {LOCATION:ellensburg} she teaches at "
    "{ORGANIZATION:cwu} and her ex {NAME:derek} stalks her at the {ORGANIZATION:safeway} on "
    "{LOCATION:university way}",
    "this is {NAME:pedro} nineteen from {LOCATION:mabton} he was in a gang in {LOCATION:east "
    "yakima} and his homie {NAME:spider} got killed on {LOCATION:nob hill boulevard}",
    "okay {NAME:carol} sixty six retired nurse from {ORGANIZATION:kadlec} lives in {LOCATION:west "
    "richland} her husband {NAME:dean} has parkinson's",
    "follow up with {NAME:lalo} twenty eight drives a forklift at {ORGANIZATION:tree top} in "
    "{LOCATION:selah} his wife {NAME:maribel} was deported in {DATE:august}",
    "note for aunt {NAME:dot} eighty one from {LOCATION:zillah} lives alone off {LOCATION:highway "
    "twelve} and her nephew {NAME:ron} checks on her",
    "session with {NAME:tyler} twenty one student at {ORGANIZATION:wsu tri cities} from "
    "{LOCATION:prosser} he got a dui on {LOCATION:interstate eighty two}",
    "okay {NAME:big lou} fifty from {LOCATION:union gap} runs a tow truck for "
    "{ORGANIZATION:valley towing} and his son {NAME:louie} overdosed at the {ORGANIZATION:red "
    "lion} in {LOCATION:pasco}",
]

SPOKEN_NOTES_HUNDRED_TWENTY_SEVENTH_ROUND = [
    "okay note for {NAME:sage} twenty six they live in the {LOCATION:whiteaker} in "
    "{LOCATION:eugene} and work at {ORGANIZATION:ninkasi} their ex {NAME:rowan} threatened them "
    "on the {DATE:seventh}",
    "session with {NAME:mr holcomb} seventy a retired logger from {LOCATION:sweet home} his wife "
    "{NAME:bev} died at {ORGANIZATION:sacred heart riverbend} in {DATE:july}",
    "this is {NAME:mckenna} nineteen at {ORGANIZATION:u of o} a runner she stopped eating after "
    "her coach {NAME:coach petrie} said something",
    "follow up {NAME:dustin} forty from {LOCATION:medford} works at {ORGANIZATION:harry and "
    "david} and his daughter {NAME:aspen} lives with her mom in {LOCATION:grants pass}",
    "okay {NAME:luz} thirty one from {LOCATION:phoenix} oregon lost her house in the almeda fire "
    "and lives in a fema trailer in {LOCATION:talent}",
    "note for {NAME:hawk} fifty five lives in his van at {LOCATION:washington jefferson park} and "
    "eats at {ORGANIZATION:white bird}",
    "session with {NAME:jenna} thirty four a nurse at {ORGANIZATION:asante rogue regional} and "
    "her husband {NAME:cole} is a firefighter with {ORGANIZATION:medford fire}",
    "this is {NAME:elijah} sixteen at {ORGANIZATION:south eugene high} he came out to his parents "
    "{NAME:mark} and {NAME:ruth} and they sent him to his grandma in {LOCATION:roseburg}",
    "okay {NAME:marta} forty seven from {LOCATION:springfield} oregon works at "
    "{ORGANIZATION:mckenzie willamette} and her son {NAME:josh} is at {ORGANIZATION:oregon state "
    "penitentiary}",
    "follow up with {NAME:river} twenty two lives at the {ORGANIZATION:opportunity village} and "
    "sells art at {ORGANIZATION:saturday market}",
    "note for {NAME:gene} seventy eight from {LOCATION:cottage grove} his wife {NAME:norma} is in "
    "{ORGANIZATION:regency gardens} with dementia",
    "session with {NAME:ashley} twenty eight from {LOCATION:klamath falls} works at "
    "{ORGANIZATION:sky lakes} and her boyfriend {NAME:trey} is in the {ORGANIZATION:klamath "
    "county jail}",
    "okay {NAME:tomás} thirty nine picks pears near {LOCATION:hood river} lives in "
    "{LOCATION:odell} and his wife {NAME:ana} is at {ORGANIZATION:providence hood river}",
]

HOME_VISIT_NOTES_FIRST = [
    "Home visit to {LOCATION:2212 W Nob Hill Blvd}, {LOCATION:Yakima}. {NAME:Mrs. Garza} (79) and "
    "grandson {NAME:Leo} present; smell of gas noted; Cascade Natural Gas called.",
    "HV: {NAME:Kylie}'s home in {LOCATION:Terrace Heights}; mom {NAME:Jodi} and her boyfriend "
    "{NAME:Shane}; dog {NAME:Tank}. House cluttered; food insecurity.",
    "Visit at {ORGANIZATION:Sunrise Mobile Home Park}, lot {LOCATION:14}, {LOCATION:Pasco}; "
    "{NAME:Jared} and {NAME:Briana}; car seat installed by Safe Kids.",
    "Outreach to camp under the {LOCATION:Blue Bridge}; {NAME:Hawk} and {NAME:Moose}; Narcan "
    "given; referred to {ORGANIZATION:Union Gospel Mission} {LOCATION:Pasco}.",
    "Home visit, {NAME:Gene Miller} ({AGE_OVER_89:91}) in {LOCATION:Cottage Grove}; daughter "
    "{NAME:Linda} from {LOCATION:Salem} present; fall risk.",
    "Visit: {NAME:Doña Rosa} at her son's trailer, {LOCATION:Grandview}; Spanish; granddaughter "
    "{NAME:Yesenia} translated.",
    "Family home visit, {LOCATION:1107 S 3rd Ave}, {LOCATION:Yakima}: the {NAME:Sohappy} family; "
    "{NAME:Elias}'s room untouched since {DATE:October 9}.",
    "HV to {NAME:Carol}'s house in {LOCATION:West Richland}; husband {NAME:Dean} napping; hospice "
    "nurse {NAME:Pam} from {ORGANIZATION:Chaplaincy Health Care}.",
    "Welfare visit with {ORGANIZATION:YPD} {NAME:Officer Cruz} to Apt {LOCATION:6}, {LOCATION:410 "
    "N 6th St}; {NAME:Pedro} not home; left card.",
    "Home visit: {NAME:Shawna} moved to {LOCATION:Cle Elum} to get away from {NAME:Derek}; new "
    "protection order from {ORGANIZATION:Kittitas County District Court}.",
    "Visit to {ORGANIZATION:Opportunity Village Eugene}, hut {LOCATION:9}: {NAME:River}; art "
    "supplies; peer {NAME:Jay} present.",
    "HV: {NAME:Esmeralda}'s apartment at {LOCATION:Wapato Housing Authority}; husband "
    "{NAME:Rodolfo} left for Michoacán; kids {NAME:Ana} and {NAME:Beto}.",
    "Home visit with interpreter {NAME:Mr. Nguyen} for {NAME:Mrs. Tran} at {LOCATION:Kennewick "
    "Senior Apartments}, unit {LOCATION:204}.",
]

COLLEGE_COUNSELING_NOTES_FIRST = [
    "{ORGANIZATION:UO Counseling Center} intake: {NAME:McKenna Hale}, 19, sophomore, "
    "{ORGANIZATION:Oregon Track & Field}; restricting; {NAME:coach Petrie}.",
    "Crisis walk-in: {NAME:Devon}, 20, lives in {LOCATION:Bean Hall}; roommate {NAME:Ethan} found "
    "a note. ID {OTHER_ID:951-882-034}.",
    "Single session: {NAME:Priya}, grad student in {ORGANIZATION:Knight Campus} lab of {NAME:Dr. "
    "Lowe}; conflict with PI.",
    "Group: {NAME:Tyler}, {NAME:Ana}, {NAME:Jordan} ({ORGANIZATION:WSU Tri-Cities}); first-gen "
    "students support group.",
    "Referral from Dean of Students re: {NAME:Marcus Lee}, student {OTHER_ID:V00441928}; missed "
    "classes, sleeping in car at {LOCATION:Lot 23}.",
    "Follow-up: {NAME:Sage}, they/them, {ORGANIZATION:LCC}; housing at {LOCATION:Titan Court}; "
    "mom {NAME:Deb} in {LOCATION:Bend}.",
    "Title IX coordination: {NAME:Kennedy Ross} reported assault at {ORGANIZATION:Sigma Nu} house "
    "on {LOCATION:Alder St}; advocate {NAME:Jess} present.",
    "Intake: {NAME:Hao Nguyen}, international student from {LOCATION:Da Nang}; visa concerns; "
    "International Student Services.",
    "Athlete check-in: {NAME:Jaylen}, {ORGANIZATION:Oregon State} football; concussion; trainer "
    "{NAME:Mike}.",
    "Case management: {NAME:Lily} lost job at {ORGANIZATION:Voodoo Doughnut}; food pantry at "
    "Student Food Pantry; rent due {DATE:12/15}.",
    "Outreach: {NAME:Omar} (RA, {LOCATION:Global Scholars Hall}) worried about resident "
    "{NAME:Kyle}, room {LOCATION:312}.",
    "Medical leave letter for {NAME:Elijah Brooks}, student {OTHER_ID:951447210}, term Winter "
    "2027.",
    "Consult with {NAME:Dr. Amy Cho}, {ORGANIZATION:University Health Center}, re: {NAME:Ana "
    "Ruiz}'s SSRI.",
]

EAP_NOTES_FIRST = [
    "EAP session 1 of 6. {NAME:Dustin Price}, employee of {ORGANIZATION:Harry & David} "
    "({LOCATION:Medford} DC); supervisor {NAME:Tammy} referred after outburst.",
    "EAP: {NAME:Jenna Cole}, RN at {ORGANIZATION:Asante}; compassion fatigue; husband {NAME:Cole}.",
    "Management consult: HR {NAME:Linda Park} at {ORGANIZATION:Lamb Weston} {LOCATION:Pasco} re: "
    "employee death on {DATE:12/2}.",
    "EAP: {NAME:Travis Olsen}, {ORGANIZATION:Hanford} contractor ({ORGANIZATION:CH2M}); divorce; "
    "referred to {ORGANIZATION:Three Rivers Family Law}.",
    "Critical incident debrief at {ORGANIZATION:Tree Top} {LOCATION:Selah} plant after forklift "
    "death of {NAME:Juan Ochoa} on {DATE:12/1}.",
    "EAP session 3: {NAME:Mr. Holcomb}'s daughter {NAME:Anne Holcomb}, employee of "
    "{ORGANIZATION:PeaceHealth}; grief.",
    "Financial referral: {NAME:Big Lou Romero}, {ORGANIZATION:Valley Towing}; IRS lien; referred "
    "to Consumer Credit Counseling.",
    "EAP: {NAME:Shawna Mills}, faculty at {ORGANIZATION:Central Washington University}; stalking; "
    "campus police {NAME:Sgt. Wu}.",
    "Supervisor referral: {NAME:Jared Cook} from {ORGANIZATION:Tyson Pasco}; attendance; "
    "girlfriend {NAME:Briana} due {DATE:January}.",
    "EAP phone: {NAME:Carol Dean}, retiree of {ORGANIZATION:Kadlec}; caregiver stress.",
    "EAP: {NAME:Esmeralda Ruiz}, {ORGANIZATION:Stemilt} packing line, {LOCATION:Wenatchee}; "
    "Spanish-speaking counselor {NAME:Marisol} assigned.",
    "Workplace violence consult: {ORGANIZATION:City of Eugene} parks crew; employee {NAME:Rick "
    "Dahl} threatened coworker {NAME:Sam}.",
    "EAP: {NAME:Ashley Trent}, {ORGANIZATION:Sky Lakes Medical Center}; partner {NAME:Trey} in "
    "jail; six sessions authorized, auth {OTHER_ID:EAP-66120}.",
]


SPOKEN_NOTES_HUNDRED_TWENTY_EIGHTH_ROUND = [
    "okay note for {NAME:dejah} twenty five from the {LOCATION:ninth ward} works at "
    "{ORGANIZATION:harrah's} as a dealer and her cousin {NAME:boo} got shot on {LOCATION:st "
    "claude} on {DATE:mardi gras day}",
    "session with {NAME:mr thibodeaux} sixty eight from {LOCATION:chalmette} a retired "
    "{ORGANIZATION:domino sugar} worker his wife {NAME:gail} has cancer at {ORGANIZATION:ochsner}",
    "this is {NAME:tyrese} sixteen at {ORGANIZATION:mcdonogh thirty five} he's been running with "
    "a crew from the {LOCATION:calliope} and his grandma {NAME:ms lorraine} is scared",
    "follow up {NAME:brennan} thirty one a bartender at the {ORGANIZATION:spotted cat} on "
    "{LOCATION:frenchmen} and he's been using coke since {DATE:jazz fest}",
    "okay {NAME:nguyet} forty nine from {LOCATION:new orleans east} owns a shrimp boat out of "
    "{LOCATION:venice} and her son {NAME:tommy} wants to go to {ORGANIZATION:tulane}",
    "note for {NAME:big chief darryl} sixty two a mardi gras indian from the {LOCATION:seventh "
    "ward} his wife {NAME:cherice} died in {DATE:august}",
    "session with {NAME:claire} twenty seven a nurse at {ORGANIZATION:university medical center} "
    "lives in {LOCATION:mid city} her ex {NAME:jt} followed her to the {ORGANIZATION:rouses} on "
    "{LOCATION:carrollton}",
    "this is {NAME:keon} twenty from {LOCATION:marrero} on the west bank works at the "
    "{ORGANIZATION:avondale} shipyard and his baby mama {NAME:shay} put him out",
    "okay {NAME:father tony} seventy a priest at {ORGANIZATION:st augustine} in {LOCATION:treme} "
    "he's grieving a parishioner {NAME:mr batiste} who died {DATE:last sunday}",
    "follow up with {NAME:amelie} nineteen at {ORGANIZATION:loyola} from {LOCATION:lafayette} her "
    "roommate {NAME:grace} took her to {ORGANIZATION:touro}",
    "note for {NAME:raymond} forty four from {LOCATION:gentilly} drives for {ORGANIZATION:rta} on "
    "the {LOCATION:canal streetcar} and got assaulted on the {DATE:thirteenth}",
    "session with {NAME:miss pearl} {AGE_OVER_89:ninety one} in the {LOCATION:lower garden "
    "district} her great niece {NAME:tasha} helps with groceries",
    "okay {NAME:kevin} thirty six from {LOCATION:kenner} works at {ORGANIZATION:msy} baggage and "
    "his wife {NAME:crystal} moved to {LOCATION:houma} with the kids",
]

TYPED_NOTES_THIRTY_FOURTH_ROUND = [
    "CBT. {NAME:Amara Okafor} (26), {LOCATION:Silver Spring}; works at NIH as a contractor "
    "({ORGANIZATION:Leidos}); social anxiety; exposure at {ORGANIZATION:Busboys and Poets}.",
    "DBT. {NAME:Kai} (17), {ORGANIZATION:Wilson HS}; diary: cut 1x after fight with mom "
    "{NAME:Lena}; coach {NAME:Mr. Daley} aware.",
    "ACT. {NAME:Col. (ret.) Howard Bell}, 66, {LOCATION:Alexandria}; retired from the Pentagon; "
    "values: wife {NAME:June}, church {ORGANIZATION:Alfred Street Baptist}.",
    "Psychodynamic #40. {NAME:Rebecca} discussed her father's firm, {ORGANIZATION:Hollis & Grant "
    "LLP} on {LOCATION:K Street}, and her sister {NAME:Dana}'s wedding {DATE:10/18}.",
    "EMDR. {NAME:Ofc. Marcus Reed}, {ORGANIZATION:MPD} {ORGANIZATION:7th District}; target: "
    "shooting at {LOCATION:Benning Rd and 42nd St} on {DATE:6/14/2025}.",
    "SOAP. S: {NAME:Mrs. Ethel Hargrove}, 84, {LOCATION:Anacostia}, grief after son {NAME:Calvin} "
    "died at {ORGANIZATION:United Medical Center}. P: weekly.",
    "IFS. {NAME:Sam Patel} (38), lobbyist at {ORGANIZATION:Akin Gump}; manager part; exile from "
    "boarding school at {ORGANIZATION:St. Albans}.",
    "Couples. {NAME:Jamal} and {NAME:Tiffany}, {LOCATION:Bowie}; {NAME:Jamal} works at "
    "{ORGANIZATION:Joint Base Andrews}; {NAME:Tiffany} at {ORGANIZATION:Prince George's County "
    "Public Schools}.",
    "MI. {NAME:Danny Ruiz} (29), line cook at {ORGANIZATION:Founding Farmers}; cannabis daily; "
    "girlfriend {NAME:Mia} pregnant.",
    "Play therapy. {NAME:Zoe} (7), {ORGANIZATION:Brent Elementary}; parents {NAME:Chris} and "
    "{NAME:Alex} separating; draws house on {LOCATION:Capitol Hill}.",
    "TF-CBT. {NAME:Destiny} (12) from {LOCATION:Congress Heights}; trauma narrative: cousin "
    "{NAME:Dre} shot at {ORGANIZATION:Barry Farm}.",
    "BIRP. B: {NAME:Mr. Kim} (52) tearful re: layoff from USAID. I: values. R: update resume by "
    "{DATE:12/12}.",
    "CPT. {NAME:SSgt. Ana Ortiz}, {ORGANIZATION:Fort Belvoir}; stuck point re: {LOCATION:Kabul} "
    "airport {DATE:August 2021}.",
]

MESSAGES_THIRTY_FOURTH_ROUND = [
    "hey its {NAME:dejah} can i come at 5 instead, picking up a shift at {ORGANIZATION:harrahs}",
    "{NAME:Ms. Lorraine} here, {NAME:Tyrese} didnt come home last night. call me "
    "{PHONE:504-555-0121}",
    "From {ORGANIZATION:Ochsner}: {NAME:GAIL T.} appointment {DATE:12/15/2026} 9:00 AM, "
    "{LOCATION:Jefferson Hwy} campus.",
    "this is {NAME:father tony} from {ORGANIZATION:st aug}, the {NAME:batiste} family asked about "
    "grief group",
    "{NAME:Keon} here. {NAME:shay} put me out im at my cousin {NAME:lil ray}s in {LOCATION:harvey}",
    "Reminder from {ORGANIZATION:Walgreens} {LOCATION:Canal St}: Rx ready for {NAME:BRENNAN O}",
    "its {NAME:amelie}. my mom wants to talk to u, her # is {PHONE:337 555 0184}",
    "This is {NAME:Officer Landry}, {ORGANIZATION:NOPD 5th District}, re: incident on "
    "{LOCATION:St. Claude Ave} {DATE:12/3}.",
    "hi its {NAME:nguyet}, {NAME:tommy} got into {ORGANIZATION:tulane}!! thank u",
    "{NAME:Marcus Reed} here - can we move to after my shift, I'm on days at {ORGANIZATION:7D} "
    "this week",
    "Please fax to {ORGANIZATION:Prince George's County DSS}, attn {NAME:Ms. Ford}, "
    "{FAX:301-555-0190}. Thank you, {NAME:Tiffany}",
    "hola soy {NAME:doña carmen}, la abuela de {NAME:zoe}, no puede ir hoy",
    "{NAME:Danny} - lost my job at {ORGANIZATION:Founding Farmers} lol. can we do sliding scale?",
]

HOSPITAL_RECORDS_TWENTY_FOURTH_ROUND = [
    "ED NOTE {DATE:12/06/2026}: {NAME:Raymond Jackson}, 44M, BIBA from {LOCATION:Gentilly} after "
    "assault on {ORGANIZATION:RTA} streetcar; {ORGANIZATION:NOEMS Unit 22}. MRN {MRN:UMC8841092}.",
    "Admission, {ORGANIZATION:UMC} Behavioral Health 3rd floor: {NAME:Dejah Williams}, 25F; "
    "cousin {NAME:Kiana} at bedside.",
    "Consult: {NAME:Dr. Fontenot}, pt {NAME:Mr. Elwood Thibodeaux} ({AGE_OVER_89:93}), "
    "{ORGANIZATION:Ochsner Jefferson Hwy}, delirium; wife {NAME:Gail} HCPOA.",
    "Nursing: pt {NAME:Tyrese} in room {LOCATION:214}, {ORGANIZATION:Children's Hospital New "
    "Orleans}; grandma {NAME:Lorraine} visiting. {NAME:S. Pham}, RN.",
    "Discharge: {NAME:Brennan Walsh}, 31M, adm {DATE:11/30} d/c {DATE:12/05} to "
    "{ORGANIZATION:Bridge House}; PCP {NAME:Dr. Lee} at {ORGANIZATION:CrescentCare}.",
    "PEC by {NAME:Dr. Broussard}; CEC by {NAME:Dr. Hebert}; transfer to {ORGANIZATION:River Oaks "
    "Hospital} {LOCATION:Harahan}; {ORGANIZATION:JPSO} transport.",
    "SW: {NAME:Ms. Nguyet Tran}, 49F, from {LOCATION:Village de L'Est}; son {NAME:Tommy} (18); "
    "Vietnamese interpreter {NAME:Linh}.",
    "Triage: {NAME:Keon Batiste}, 20M, from {LOCATION:Marrero}; employer {ORGANIZATION:Avondale "
    "Marine}; SI after eviction.",
    "H&P: {NAME:Claire Dupuis}, DOB {DATE:09/09/1999}, RN at {ORGANIZATION:UMC}; overdose of "
    "propranolol; ex-partner {NAME:J.T. Guidry} per police report {OTHER_ID:L-04421-26}.",
    "Progress: {NAME:Amelie Fontaine}, HD 2, {ORGANIZATION:Touro} {LOCATION:5 North}; roommate "
    "{NAME:Grace} visiting; school {ORGANIZATION:Loyola}.",
    "Court: {ORGANIZATION:Orleans Parish Civil District Court}, judicial commitment "
    "{OTHER_ID:2026-11872}, hearing {DATE:12/10/2026}.",
    "Discharge: {NAME:Darryl Montana}, 62M, to home in {LOCATION:7th Ward}; f/u "
    "{ORGANIZATION:Metropolitan Human Services District}.",
    "Restraint: {NAME:Kevin Pierre}, 36M, {DATE:12/02} 2240-2300; {NAME:A. Carter}, MHT; {NAME:B. "
    "Nguyen}, RN; wife {NAME:Crystal} called.",
]

GROUP_AND_FAMILY_NOTES_THIRTEENTH = [
    "Grief group, {ORGANIZATION:St. Augustine Church} hall: {NAME:Cherice}'s sister {NAME:Tina}, "
    "{NAME:Mr. Batiste}'s daughter {NAME:Monique}, {NAME:Gail}.",
    "Family session: the {NAME:Nguyen-Trans}; mom {NAME:Nguyet}, son {NAME:Tommy}, daughter "
    "{NAME:Vy}; college move to {ORGANIZATION:Tulane} dorm.",
    "Couples: {NAME:Keon} and {NAME:Shay}; baby {NAME:Kaiden} (8 mo); housing at "
    "{ORGANIZATION:HANO} voucher wait.",
    "Teen group, {ORGANIZATION:McDonogh 35}: {NAME:Tyrese}, {NAME:Jalen}, {NAME:Amani}, "
    "{NAME:Chris}; violence interruption with Cure Violence.",
    "Veterans group, {ORGANIZATION:Southeast Louisiana VA}: {NAME:Marcus}, {NAME:Ortiz}, "
    "{NAME:Big Walt}, {NAME:Lonnie}.",
    "Family therapy: {NAME:Claire}, her mother {NAME:Anne Dupuis} from {LOCATION:Lafayette}, "
    "brother {NAME:Luc}; safety planning re: {NAME:JT}.",
    "Multifamily: {ORGANIZATION:Children's Hospital} adolescent unit; parents of {NAME:Tyrese}, "
    "{NAME:Kayla}, {NAME:Mason}.",
    "Couples: {NAME:Kevin} and {NAME:Crystal} {NAME:Pierre}; {NAME:Crystal} moved to "
    "{LOCATION:Houma}; co-parenting {NAME:KJ} (6) and {NAME:Kennedy} (4).",
    "AA-informed group at {ORGANIZATION:Bridge House}: {NAME:Brennan}, {NAME:Sal}, {NAME:Tito}, "
    "{NAME:Red}.",
    "Family: {NAME:Big Chief Darryl}, son {NAME:Darryl Jr.}, granddaughter {NAME:Nia}; "
    "suit-sewing as coping.",
    "Parenting group: {NAME:Dejah} (son {NAME:Jace}, 4), {NAME:Shay} (son {NAME:Kaiden}), "
    "{NAME:Amelie}'s cousin {NAME:Rose}.",
    "Couples: {NAME:Sam} and {NAME:Raj Patel}; {NAME:Raj} works at {ORGANIZATION:Entergy} in "
    "{LOCATION:Kenner}.",
    "Family session: {NAME:Ms. Lorraine}, grandson {NAME:Tyrese}, his PO {NAME:Mr. Gaines} (OJJ).",
]

RARER_KINDS_TWELFTH_ROUND = [
    "Ankle monitor BI LOC8 #{DEVICE:4471920} issued by {ORGANIZATION:OPSO}.",
    "Plate {VEHICLE:LA 812 KTB}; VIN {VEHICLE:3N1AB7AP5KY339120}.",
    "IPs {IP:10.0.0.14} and {IP:2600:387:b:7::4a} in the threat report.",
    "Implant: VNS serial {DEVICE:65321-88}; neurologist {NAME:Dr. Cruz}.",
    "Member {HEALTH_PLAN:LHC88120447} ({ORGANIZATION:Louisiana Healthcare Connections}).",
    "Routing 065000090, account {ACCOUNT:0041882231}.",
    "LPC license {LICENSE:LPC-7712} (LA); supervisor license {LICENSE:LPC-S 3318}.",
    "Case {OTHER_ID:26-CR-04418}, {ORGANIZATION:Jefferson Parish 24th JDC}.",
    "Screenshot {PHOTO:Screenshot_20261201-224811.png} of threats.",
    "Gait analysis ({BIOMETRIC:gait signature}) from the security vendor.",
    "Venmo {OTHER_ID:@Dejah-W-504}; Cash App {OTHER_ID:$dejahw}.",
    "Hearing aid Phonak serial {DEVICE:2241L8812}.",
    "Fundraiser {URL:gofund.me/4f1a2b9c}; Insta {OTHER_ID:@bigchiefdarryl}.",
]


SPOKEN_NOTES_HUNDRED_TWENTY_NINTH_ROUND = [
    "okay note for {NAME:kenzie} twenty three from {LOCATION:wyoming} michigan works at "
    "{ORGANIZATION:meijer} on {LOCATION:twenty eighth street} and her boyfriend {NAME:tyler} took "
    "her car on {DATE:friday the twentieth}",
    "session with {NAME:mr vanderveen} sixty nine dutch reformed from {LOCATION:holland} his wife "
    "{NAME:marcia} died at {ORGANIZATION:holland hospital} in {DATE:september}",
    "this is {NAME:deshawn} seventeen at {ORGANIZATION:ottawa hills} he got jumped on "
    "{LOCATION:division avenue} and his mom {NAME:tanisha} works at {ORGANIZATION:spectrum}",
    "follow up {NAME:rosa} thirty eight from {LOCATION:roosevelt park} cleans at "
    "{ORGANIZATION:steelcase} and her son {NAME:adrian} is at {ORGANIZATION:kent county juvenile "
    "detention}",
    "okay {NAME:pastor dirk} fifty five from {LOCATION:hudsonville} his church "
    "{ORGANIZATION:providence crc} is splitting and he can't sleep",
    "note for {NAME:lily} nineteen student at {ORGANIZATION:calvin} from {LOCATION:zeeland} she "
    "was assaulted by a guy from {ORGANIZATION:hope college}",
    "session with {NAME:mohammed} thirty from {LOCATION:kentwood} drives for the "
    "{ORGANIZATION:rapid} and his wife {NAME:amina} is in {LOCATION:mogadishu}",
    "this is {NAME:gary} sixty one retired from {ORGANIZATION:amway} in {LOCATION:ada} his son "
    "{NAME:tom} overdosed at the {ORGANIZATION:red roof} on {LOCATION:twenty eighth}",
    "okay {NAME:becca} twenty seven a nurse at {ORGANIZATION:bronson} in {LOCATION:kalamazoo} her "
    "husband {NAME:nate} is at {ORGANIZATION:pfizer portage}",
    "follow up with {NAME:tyrell} twenty from the {LOCATION:northside} of {LOCATION:kalamazoo} "
    "works at the {ORGANIZATION:stryker} plant and his brother {NAME:rell} got shot",
    "note for grandma {NAME:joyce} eighty six in {LOCATION:grandville} her grandson {NAME:austin} "
    "lives with her and steals her pills",
    "session with {NAME:maria} forty four from the southwest side works at {ORGANIZATION:gordon "
    "food service} and her daughter {NAME:valeria} is pregnant at fifteen",
    "okay {NAME:jake} thirty three a machinist at {ORGANIZATION:ge aviation} in "
    "{LOCATION:muskegon} his ex {NAME:sarah} moved to {LOCATION:traverse city} with the kids",
]

SPOKEN_NOTES_HUNDRED_THIRTIETH_ROUND = [
    "okay note for {NAME:cheyenne} twenty four from {LOCATION:republic} works at the "
    "{ORGANIZATION:bass pro} in {LOCATION:springfield} and her boyfriend {NAME:dakota} cooks meth "
    "in {LOCATION:marshfield}",
    "session with {NAME:mr hembree} sixty six a retired trucker for {ORGANIZATION:prime} lives in "
    "{LOCATION:nixa} his wife {NAME:darla} has copd",
    "this is {NAME:brayden} sixteen at {ORGANIZATION:kickapoo high} he vapes and his dad "
    "{NAME:travis} is a deputy with {ORGANIZATION:greene county}",
    "follow up {NAME:tiffany} thirty from {LOCATION:branson} works at {ORGANIZATION:silver dollar "
    "city} and her ex {NAME:cody} is in the {ORGANIZATION:taney county jail}",
    "okay {NAME:brother wayne} fifty nine a deacon at {ORGANIZATION:james river church} in "
    "{LOCATION:ozark} he relapsed after his son {NAME:caleb} died on {DATE:october thirtieth}",
    "note for {NAME:emily} twenty student at {ORGANIZATION:missouri state} from {LOCATION:joplin} "
    "her roommate {NAME:hannah} took her to {ORGANIZATION:cox south}",
    "session with {NAME:jimmy} forty one from {LOCATION:west plains} a logger for "
    "{ORGANIZATION:mcdonald county sawmill} and his wife {NAME:sheila} left for {LOCATION:tulsa}",
    "this is {NAME:ms bertha} {AGE_OVER_89:ninety three} lives in {LOCATION:ava} alone and her "
    "niece {NAME:connie} from {LOCATION:mountain grove} checks on her",
    "okay {NAME:dylan} twenty two from {LOCATION:rogersville} works at {ORGANIZATION:o'reilly} "
    "headquarters and got a dui on {LOCATION:highway sixty five}",
    "follow up with {NAME:marisol} thirty five from {LOCATION:monett} works at the "
    "{ORGANIZATION:tyson} plant and her husband {NAME:jorge} was detained at work",
    "note for {NAME:bo} sixty two a vietnam vet from {LOCATION:lebanon} goes to the "
    "{ORGANIZATION:mount vernon va} clinic and drinks every night",
    "session with {NAME:kaylee} eighteen at {ORGANIZATION:nixa high} her mom {NAME:angie} works "
    "at {ORGANIZATION:mercy} and her stepdad {NAME:ron} hits her",
    "okay {NAME:big tony} forty seven from the {LOCATION:north side} of {LOCATION:springfield} "
    "runs {ORGANIZATION:tony's tire} on {LOCATION:kearney street}",
]

TYPED_NOTES_THIRTY_FIFTH_ROUND = [
    "CBT. {NAME:Aubrey Stein} (31), {LOCATION:Hyde Park}, {LOCATION:Cincinnati}; "
    "{ORGANIZATION:P&G} brand manager ({ORGANIZATION:Procter & Gamble}); perfectionism; thought "
    "record.",
    "DBT. {NAME:Jaylah} (16), {ORGANIZATION:Withrow HS}; diary: urges 4/5 after fight at "
    "{ORGANIZATION:Kenwood Towne Centre} on {DATE:12/5}.",
    "ACT. {NAME:Mr. Hoffmann} (72), {LOCATION:Price Hill}; retired {ORGANIZATION:GE Aerospace} in "
    "{LOCATION:Evendale}; values: grandson {NAME:Max}.",
    "EMDR. {NAME:Tamara} (40), target: shooting outside {ORGANIZATION:Fountain Square} {DATE:Aug "
    "2023}; SUDS 7 -> 2.",
    "Psychodynamic. {NAME:David Katz} discussed his father's deli, {ORGANIZATION:Katz & Son}, in "
    "{LOCATION:Roselawn}, closed 1999.",
    "MI. {NAME:Bobby Ray} (49), {LOCATION:Covington}, KY; roofer; AUDIT 27; wife {NAME:Dee} at "
    "{ORGANIZATION:St. Elizabeth}.",
    "IFS. {NAME:Priya Menon} (37), physician at {ORGANIZATION:Cincinnati Children's}; firefighter "
    "part; brother {NAME:Arjun} in {LOCATION:Chennai}.",
    "Family. The {NAME:Okonkwo} family from {LOCATION:West Chester}; son {NAME:Chidi} (15) at "
    "{ORGANIZATION:Lakota West}.",
    "BIRP. B: {NAME:Luis} (22) sad re: layoff from {ORGANIZATION:Kroger} HQ. I: BA. R: applied to "
    "{ORGANIZATION:Fifth Third} {DATE:12/3}.",
    "Couples. {NAME:Megan} and {NAME:Chris}, {LOCATION:Mason}; {NAME:Chris} works at "
    "{ORGANIZATION:Kings Island}; {NAME:Megan} at {ORGANIZATION:Mason City Schools}.",
    "TF-CBT. {NAME:Aaliyah} (11), {LOCATION:Over-the-Rhine}; trauma narrative: fire at "
    "{LOCATION:1400 Vine St}.",
    "SOAP. S: {NAME:Mrs. Gertrude Ahlers}, 88, {LOCATION:Delhi Township}; grief; son {NAME:Ken}. "
    "P: refer {NAME:Dr. Patel}.",
    "CPT. {NAME:Sgt. Ryan O'Neal}, Ohio Army National Guard, {ORGANIZATION:Camp Sherman}; stuck "
    "point: 'It was my fault.'",
]

MESSAGES_THIRTY_FIFTH_ROUND = [
    "hey its {NAME:kenz}, {NAME:tyler} has my car again. can u call me {PHONE:616-555-0166}",
    "This is {NAME:Pastor Dirk} from {ORGANIZATION:Providence CRC}; {NAME:Lily} asked me to "
    "confirm Tuesday.",
    "hi its {NAME:cheyenne} im at my moms in {LOCATION:republic} cant come",
    "From {ORGANIZATION:Cox Health}: {NAME:EMILY R}, your visit {DATE:12/10} 1:30 PM at "
    "{LOCATION:Cox South}.",
    "{NAME:Brother Wayne} here. {NAME:Caleb}'s funeral is {DATE:Saturday the 12th} at "
    "{ORGANIZATION:James River}.",
    "Reminder: {ORGANIZATION:Meijer} Pharmacy {LOCATION:28th St}: Rx ready for {NAME:MCKENZIE D}.",
    "this is {NAME:tanisha}, {NAME:deshawn} is at {ORGANIZATION:helen devos} er. he got jumped "
    "again",
    "salaam its {NAME:mohammed}, my wife got her visa!! thank you",
    "{NAME:Deputy Hembree} ({ORGANIZATION:Greene County Sheriff}) returning your call re: "
    "{NAME:Brayden}.",
    "hey doc {NAME:big tony} here, shop got broke into last nite. cant make it",
    "Hello, this is {NAME:Sister Jean} at {ORGANIZATION:Mercy Health} chaplaincy; {NAME:Mr. "
    "Vanderveen} asked for you.",
    "{NAME:becca} here. {NAME:nate} moved out, new address {LOCATION:4120 Oakland Dr}, "
    "{LOCATION:Portage}",
    "Msg from {NAME:Atty. Laura Fisk}: hearing moved to {DATE:1/8}, {ORGANIZATION:Kent County "
    "17th Circuit}.",
]

CRISIS_LINE_NOTES_THIRTEENTH = [
    "988 call 2300: {NAME:Dakota}, 26, {LOCATION:Marshfield}, meth, paranoid; "
    "{ORGANIZATION:Webster County Sheriff} welfare check.",
    "Text: '{NAME:lily} again, cant stop thinking about it' -> {ORGANIZATION:Calvin} campus "
    "safety; {ORGANIZATION:YWCA West Central Michigan} advocate.",
    "Warm line: {NAME:Ms. Bertha}, 93, {LOCATION:Ava}; lonely; niece {NAME:Connie} "
    "{PHONE:417-555-0143}.",
    "Mobile crisis: {LOCATION:612 S Division Ave}, {LOCATION:Grand Rapids}; {NAME:Deshawn}, 17; "
    "{ORGANIZATION:GRPD} present.",
    "Veteran line: {NAME:Bo}, 62, {LOCATION:Lebanon}, MO; drinking; linked to {ORGANIZATION:Mt. "
    "Vernon VA CBOC}.",
    "Chat {OTHER_ID:#55219}: user at {ORGANIZATION:Missouri State} library; roommate "
    "{NAME:Hannah}; walk-in to {ORGANIZATION:Magers Health}.",
    "Spanish line: {NAME:Marisol}, {LOCATION:Monett}; husband detained; kids {NAME:Jorge Jr.} and "
    "{NAME:Lupita}; referred to {ORGANIZATION:Catholic Charities of Southern Missouri}.",
    "Youth line: {NAME:Kaylee}, 18, stepdad {NAME:Ron} hits her; {ORGANIZATION:Harmony House} "
    "shelter bed.",
    "988 call: {NAME:Gary}, 61, {LOCATION:Ada}; son {NAME:Tom} died; firearm in safe; wife "
    "{NAME:Joan} holding key.",
    "Text: {NAME:becca} says {NAME:nate} threatened her in {LOCATION:Portage}; "
    "{ORGANIZATION:Portage PD} notified.",
    "Farm line: {NAME:Jimmy Reed}, {LOCATION:West Plains}; sawmill closed; {ORGANIZATION:Ozarks "
    "Healthcare} referral.",
    "Mobile crisis: {ORGANIZATION:Taney County Jail} release; {NAME:Cody}, 33; transported to "
    "{ORGANIZATION:Burrell} crisis center.",
    "Warm line: {NAME:Mr. Vanderveen}, 69, {LOCATION:Holland}; widowed; church "
    "{ORGANIZATION:Pillar Church} visits.",
]


SPOKEN_NOTES_HUNDRED_THIRTY_FIRST_ROUND = [
    "okay this is a note for {NAME:staff sergeant reyes} thirty four stationed at "
    "{ORGANIZATION:fort cavazos} he lives off post in {LOCATION:harker heights} with his wife "
    "{NAME:marisol} and their two kids {NAME:mateo} and {NAME:sofia} he came in because he "
    "punched a hole in the wall after the {DATE:fourth of july} fireworks and his first sergeant "
    "{NAME:first sergeant cole} sent him",
    "session with {NAME:brianna} twenty two she's a student at {ORGANIZATION:baylor} from "
    "{LOCATION:temple} she works at {ORGANIZATION:magnolia market} on weekends and her boyfriend "
    "{NAME:jackson} has been monitoring her phone she says he put an app on it in {DATE:october}",
    "follow up with {NAME:mr delacruz} sixty one he retired from the va in {LOCATION:waco} as a "
    "nurse and now he's caring for his mother {NAME:doña ofelia} who is {AGE_OVER_89:ninety "
    "seven} and lives with them on {LOCATION:bagby avenue} he's exhausted",
    "okay {NAME:tanya} forty three lives in {LOCATION:copperas cove} and works at the "
    "{ORGANIZATION:h-e-b} on {LOCATION:business one ninety} her son {NAME:devon} was arrested at "
    "{ORGANIZATION:killeen high} last week and is in {ORGANIZATION:bell county juvenile}",
    "note for {NAME:jared} twenty nine he drives for {ORGANIZATION:sanderson farms} out of "
    "{LOCATION:waco} and got in a wreck on {LOCATION:i thirty five} near {LOCATION:west} and the "
    "other driver died he can't stop seeing it",
    "this is {NAME:pastor mike} from {ORGANIZATION:antioch community church} calling about "
    "{NAME:kaitlyn} nineteen she's been staying in the church's youth house since her dad "
    "{NAME:rick} kicked her out on {DATE:november fourteenth}",
    "session with {NAME:esperanza} fifty she cleans at {ORGANIZATION:scott and white} in "
    "{LOCATION:temple} her husband {NAME:rogelio} has diabetes and lost a foot and her daughter "
    "{NAME:yesenia} lives in {LOCATION:san marcos}",
    "okay {NAME:big john} fifty eight a rancher out past {LOCATION:gatesville} his wife "
    "{NAME:linda} says he's been sitting in the truck with his rifle since the bank foreclosed in "
    "{DATE:september}",
    "follow up {NAME:ashley} thirty one a teacher at {ORGANIZATION:midway isd} her ex "
    "{NAME:brandon} has the kids this week in {LOCATION:hewitt} and she's been drinking alone at "
    "night",
    "note for {NAME:specialist okafor} twenty three from {LOCATION:houston} stationed at "
    "{ORGANIZATION:fort cavazos} his barracks roommate {NAME:pfc tran} died by suicide on "
    "{DATE:december second}",
    "session with {NAME:lupita} thirty seven lives in {LOCATION:east waco} and works at "
    "{ORGANIZATION:l3harris} her son {NAME:gabe} is at {ORGANIZATION:university high} and got "
    "suspended",
    "okay {NAME:mrs whitfield} seventy four in {LOCATION:woodway} her husband {NAME:harold} died "
    "at {ORGANIZATION:providence hospital} and her son {NAME:david} in {LOCATION:dallas} wants "
    "her to sell the house",
    "this is {NAME:tre} seventeen at {ORGANIZATION:connally high} he lives with his aunt "
    "{NAME:kiesha} in {LOCATION:lacy lakeview} his mom is at {ORGANIZATION:mountain view unit} in "
    "{LOCATION:gatesville}",
]

SPOKEN_NOTES_HUNDRED_THIRTY_SECOND_ROUND = [
    "okay note for {NAME:hannah} twenty eight from {LOCATION:lewiston} she works at "
    "{ORGANIZATION:central maine medical center} and her husband {NAME:abdi} is from "
    "{LOCATION:mogadishu} and his family doesn't accept her",
    "session with {NAME:mr pelletier} sixty seven a retired mill worker from {LOCATION:rumford} "
    "the mill laid off his son {NAME:marc} in {DATE:august} and {NAME:marc} moved back home",
    "this is {NAME:cassidy} sixteen at {ORGANIZATION:deering high} in {LOCATION:portland} she's "
    "been cutting and her stepmom {NAME:jen} found the blades",
    "follow up {NAME:travis} thirty four a lobsterman out of {LOCATION:stonington} he lost his "
    "boat the {ORGANIZATION:miss alyssa} in the storm and his sternman {NAME:kyle} drowned",
    "okay {NAME:gloria} fifty two from {LOCATION:bangor} she works at {ORGANIZATION:northern "
    "light} and her daughter {NAME:amber} overdosed at the {ORGANIZATION:ramada} on "
    "{LOCATION:odlin road}",
    "note for {NAME:jean-paul} forty five congolese asylum seeker in {LOCATION:portland} staying "
    "at the {ORGANIZATION:expo} shelter his wife {NAME:grace} is still in {LOCATION:kinshasa}",
    "session with {NAME:dale} sixty from {LOCATION:millinocket} worked at the mill til it closed "
    "now drives for {ORGANIZATION:cianbro} and drinks at the {ORGANIZATION:blue ox}",
    "this is {NAME:sarah} thirty one a nurse at {ORGANIZATION:maine med} lives in {LOCATION:south "
    "portland} her ex {NAME:josh} keeps showing up at the {ORGANIZATION:maine mall}",
    "okay {NAME:ethan} nineteen at {ORGANIZATION:unh} from {LOCATION:concord} his roommate "
    "{NAME:liam} found him passed out in {LOCATION:stoke hall}",
    "follow up with {NAME:mrs ouellette} eighty five from {LOCATION:biddeford} her son "
    "{NAME:roger} lives in {LOCATION:saco} and her daughter {NAME:denise} won't visit",
    "note for {NAME:kevin} thirty nine from {LOCATION:manchester} works at {ORGANIZATION:bae "
    "systems} in {LOCATION:nashua} and his wife {NAME:tara} found fentanyl in his truck",
    "session with {NAME:aurora} twenty four lives in {LOCATION:brunswick} works at "
    "{ORGANIZATION:bath iron works} her boyfriend {NAME:cody} choked her on {DATE:november ninth}",
    "okay {NAME:big al} sixty three from {LOCATION:presque isle} a potato farmer his son {NAME:al "
    "junior} is at {ORGANIZATION:maine state prison} in {LOCATION:warren}",
]

TYPED_NOTES_THIRTY_SIXTH_ROUND = [
    "CBT #5. {NAME:Lena Sorensen} (33), {LOCATION:Fort Collins}; engineer at "
    "{ORGANIZATION:Woodward}; health anxiety; behavioural experiment at {ORGANIZATION:UCHealth "
    "Poudre Valley}.",
    "DBT. {NAME:Mason} (18), {ORGANIZATION:Fossil Ridge HS}; diary card; urges after breakup with "
    "{NAME:Ava} on {DATE:12/1}.",
    "ACT. {NAME:Mr. Gallegos} (70), {LOCATION:Pueblo}; retired from {ORGANIZATION:EVRAZ} steel "
    "mill; values: church at {ORGANIZATION:Sacred Heart Cathedral}.",
    "EMDR. {NAME:Officer Jessica Lane}, {ORGANIZATION:Aurora PD}; target: theater shooting "
    "response {DATE:7/20/2012}; SUDS 8.",
    "MI. {NAME:Kyle} (27), {LOCATION:Grand Junction}; works at {ORGANIZATION:Halliburton}; AUDIT "
    "22; girlfriend {NAME:Jess}.",
    "IFS. {NAME:Anne} (58), {LOCATION:Boulder}; professor at {ORGANIZATION:CU}; protector part "
    "from childhood in {LOCATION:Leadville}.",
    "Family. The {NAME:Yazzie} family in {LOCATION:Cortez}; son {NAME:Darius} (14) at "
    "{ORGANIZATION:Montezuma-Cortez HS}.",
    "SOAP. S: {NAME:Rosa Maestas}, 81, {LOCATION:San Luis}; grief after husband {NAME:Eloy} died "
    "{DATE:11/2}. O: tearful. P: {NAME:Dr. Quintana}.",
    "Couples. {NAME:Ben} and {NAME:Tom}, {LOCATION:Capitol Hill}, {LOCATION:Denver}; {NAME:Tom} "
    "at {ORGANIZATION:Denver Health}; {NAME:Ben} at {ORGANIZATION:Frontier Airlines}.",
    "Play therapy. {NAME:Lucy} (6), {ORGANIZATION:Bear Creek Elementary}; dad {NAME:Sam} deployed "
    "to {ORGANIZATION:Fort Carson} unit overseas.",
    "CPT. {NAME:SrA Devin Hill}, {ORGANIZATION:Schriever SFB}; stuck point re: friend "
    "{NAME:Marcus}'s death.",
    "BIRP. B: {NAME:Tori} (15) vaping at {ORGANIZATION:Cherry Creek HS}. I: MI. R: agreed to talk "
    "to mom {NAME:Karen}.",
    "TF-CBT. {NAME:Amir} (9), refugee from {LOCATION:Aleppo}, now {LOCATION:Greeley}; narrative "
    "re: bombing.",
]

MESSAGES_THIRTY_SIXTH_ROUND = [
    "this is {NAME:SSG Reyes}'s wife {NAME:Marisol}, he wont come in today, can u call me",
    "hi its {NAME:brianna}. {NAME:jackson} found out im coming here",
    "{NAME:Pastor Mike} ({ORGANIZATION:Antioch}) again - {NAME:Kaitlyn} moved to her grandma's in "
    "{LOCATION:Lorena}.",
    "From {ORGANIZATION:Baylor Scott & White} {LOCATION:Temple}: appointment for {NAME:ROGELIO P} "
    "on {DATE:12/11}.",
    "hey its {NAME:tre} im at my aunts in {LOCATION:lacy lakeview} now",
    "{NAME:Cassidy}'s dad {NAME:Mike} here, she's at {ORGANIZATION:Maine Med} ER",
    "bonjour c'est {NAME:jean-paul}, je suis au {ORGANIZATION:expo} encore",
    "hi its {NAME:hannah}, {NAME:abdi}'s brother came to the apt again",
    "Reminder {ORGANIZATION:Hannaford} Pharmacy {LOCATION:Forest Ave}: Rx for {NAME:SARAH L} "
    "ready.",
    "{NAME:Dale} here. cant make it, truck broke down on {LOCATION:route 11}",
    "This is {NAME:Officer Brann}, {ORGANIZATION:Bangor PD}, re: {NAME:Amber Leclair}.",
    "its {NAME:ethan}. my ra {NAME:megan} says i need a note for {ORGANIZATION:UNH} housing",
    "{NAME:Tanya} again. {NAME:Devon}'s court date is {DATE:12/17} at {ORGANIZATION:Bell County "
    "Juvenile Court}.",
]

RARER_KINDS_THIRTEENTH_ROUND = [
    "GPS monitor {DEVICE:SL-88412} assigned by {ORGANIZATION:Bell County CSCD}.",
    "Plate {VEHICLE:TX NKP-4412}; truck VIN {VEHICLE:1GCUYDED5KZ114872}.",
    "Login IP {IP:172.58.44.201}; router {IP:192.168.1.1} is generic.",
    "Insulin pump Tandem t:slim X2 serial {DEVICE:1184472}.",
    "Tricare ID DOD-ID {HEALTH_PLAN:1284475512}; sponsor SSN last four {SSN:4471}.",
    "Account {ACCOUNT:7742-001882}; check #2291.",
    "CDL {LICENSE:TX 24418872}; DOT medical card {LICENSE:MC-88120}.",
    "Docket {OTHER_ID:2026-CI-04418}, {ORGANIZATION:414th District Court}.",
    "Photo: {PHOTO:IMG_8812.JPG} of the wall.",
    "Her {BIOMETRIC:voiceprint} is enrolled at the bank; she wants it removed.",
    "Instagram {OTHER_ID:@brianna.bu26}; TikTok {OTHER_ID:@bri_temple}.",
    "Hearing aids serials {DEVICE:HA22-4471} and {DEVICE:HA22-4472}.",
    "Link {URL:https://tinyurl.com/reyes-family}.",
]


SPOKEN_NOTES_HUNDRED_THIRTY_THIRD_ROUND = [
    "okay note for {NAME:pa houa} thirty eight hmong from {LOCATION:sanger} she works at "
    "{ORGANIZATION:community regional} and her husband {NAME:chue} gambles at {ORGANIZATION:table "
    "mountain} every weekend",
    "session with {NAME:gurdeep} forty four from {LOCATION:selma} he drives truck for "
    "{ORGANIZATION:sun-maid} and his son {NAME:harman} got arrested in {LOCATION:clovis}",
    "this is {NAME:yesenia} seventeen at {ORGANIZATION:roosevelt high} in {LOCATION:southeast "
    "fresno} her brother {NAME:junior} is in the bulldogs gang",
    "follow up {NAME:mr avakian} seventy two armenian from {LOCATION:fowler} he lost his vineyard "
    "and his wife {NAME:sona} has dementia at {ORGANIZATION:san joaquin gardens}",
    "okay {NAME:brittney} twenty nine from {LOCATION:visalia} works at {ORGANIZATION:kaweah "
    "health} and her ex {NAME:dustin} lives in {LOCATION:exeter} with her kids",
    "note for {NAME:ramiro} fifty one picks grapes near {LOCATION:parlier} lives in a trailer and "
    "his wife {NAME:elena} is in {LOCATION:oaxaca}",
    "session with {NAME:kou} twenty two a student at {ORGANIZATION:fresno state} from "
    "{LOCATION:merced} his dad {NAME:tou} wants him to be a doctor",
    "this is {NAME:tina} forty from {LOCATION:tower district} she owns {ORGANIZATION:tina's "
    "tattoo} on {LOCATION:olive avenue} and her son {NAME:ricky} overdosed",
    "okay {NAME:jaspreet} thirty three from {LOCATION:tulare} a nurse at {ORGANIZATION:valley "
    "children's} her in laws live in {LOCATION:ludhiana}",
    "follow up with {NAME:marcus} nineteen from {LOCATION:west fresno} got shot at "
    "{LOCATION:kearney park} and his girlfriend {NAME:destiny} is pregnant",
    "note for old man {NAME:jesse} eighty eight a retired farmer from {LOCATION:kingsburg} "
    "swedish his daughter {NAME:karin} lives in {LOCATION:minneapolis}",
    "session with {NAME:lupe} twenty seven works at {ORGANIZATION:foster farms} in "
    "{LOCATION:livingston} and her husband {NAME:pedro} was deported on the {DATE:tenth}",
    "okay {NAME:shane} thirty five a ca highway patrol officer out of {LOCATION:fresno} he saw a "
    "kid die on {LOCATION:highway ninety nine}",
]

SPOKEN_NOTES_HUNDRED_THIRTY_FOURTH_ROUND = [
    "okay note for {NAME:keila} twenty six from {LOCATION:olneyville} works at "
    "{ORGANIZATION:rhode island hospital} and her boyfriend {NAME:jay} got locked up at the "
    "{ORGANIZATION:aci}",
    "session with {NAME:mr medeiros} sixty eight portuguese from {LOCATION:east providence} his "
    "wife {NAME:fatima} died at {ORGANIZATION:miriam} in {DATE:october}",
    "this is {NAME:bryan} sixteen at {ORGANIZATION:central high} in {LOCATION:providence} his mom "
    "{NAME:yahaira} cleans at {ORGANIZATION:brown} and his dad is in the dr",
    "follow up {NAME:kristen} thirty four from {LOCATION:warwick} a teacher at {ORGANIZATION:toll "
    "gate} and her husband {NAME:mike} is a cop in {LOCATION:cranston}",
    "okay {NAME:sokha} fifty one cambodian from {LOCATION:pawtucket} owns a donut shop on "
    "{LOCATION:broad street} and her son {NAME:vuthy} is at {ORGANIZATION:butler}",
    "note for {NAME:big tony} sixty from {LOCATION:federal hill} his brother {NAME:sal} owns "
    "{ORGANIZATION:sal's pizza} on {LOCATION:atwells} and they fight",
    "session with {NAME:ashley} twenty from {LOCATION:woonsocket} works at {ORGANIZATION:cvs} "
    "corporate and her ex {NAME:tj} follows her",
    "this is {NAME:doña rosa} seventy from {LOCATION:south providence} her grandson {NAME:kevin} "
    "was shot on {LOCATION:prairie avenue}",
    "okay {NAME:jamal} thirty one from {LOCATION:newport} he's in the navy at {ORGANIZATION:naval "
    "station newport} and drinks at the pier",
    "follow up with {NAME:maria} twenty three from {LOCATION:central falls} works at the "
    "{ORGANIZATION:dunkin} on {LOCATION:dexter street}",
    "note for {NAME:mrs kaplan} eighty two lives at {ORGANIZATION:tockwotton} her son {NAME:eli} "
    "in {LOCATION:boston} calls daily",
    "session with {NAME:kyle} twenty eight from {LOCATION:westerly} works at "
    "{ORGANIZATION:electric boat} in {LOCATION:groton} and his wife {NAME:brianna} left",
    "okay {NAME:nia} eighteen at {ORGANIZATION:ric} from {LOCATION:pawtucket} her roommate "
    "{NAME:jade} found her in the bathroom",
]

LETTERS_AND_FORMS_EIGHTEENTH_ROUND = [
    "Letter of medical necessity for {NAME:Kou Vang} (DOB {DATE:04/02/2004}), "
    "{ORGANIZATION:Fresno State} student, for reduced course load; {NAME:Dr. Moua}.",
    "ROI: {NAME:Pa Houa Xiong} authorizes {ORGANIZATION:Community Regional Medical Center} to "
    "release records to {ORGANIZATION:Fresno County DBH}; fax {FAX:559-555-0117}.",
    "T-visa declaration support: {NAME:Ramiro Cruz}, A# {OTHER_ID:A219-558-004}, labor "
    "trafficking at {ORGANIZATION:Golden Valley Farms}, {LOCATION:Parlier}.",
    "Court letter to {NAME:Hon. Dana Price}, {ORGANIZATION:Providence Family Court}, re: "
    "{NAME:Keila Santos}, case {OTHER_ID:P20-2611}.",
    "ESA letter for {NAME:Nia Thomas}, {ORGANIZATION:RIC} housing, {LOCATION:Browne Hall} room "
    "{LOCATION:212}; cat {NAME:Pepper}.",
    "FMLA: employee {NAME:Kristen Doyle}, {ORGANIZATION:Warwick Public Schools}; own serious "
    "condition; leave {DATE:12/07/2026}-{DATE:01/04/2027}.",
    "Intake\nName: {NAME:Sokha Chea}\nDOB: {DATE:6/6/1975}\nAddress: {LOCATION:212 Lonsdale Ave}, "
    "{LOCATION:Pawtucket} {LOCATION:02860}\nLanguage: Khmer",
    "Work note: {NAME:Jamal Hayes} cleared for duty at {ORGANIZATION:Naval Station Newport} "
    "{DATE:12/14/2026}; {NAME:LCDR Ames} notified.",
    "SSDI: {NAME:Anthony Russo}, SSN {SSN:035-44-7721}, last worked {ORGANIZATION:Sal's Pizza}, "
    "{LOCATION:Providence}.",
    "Custody: {NAME:Ashley Grant} v. {NAME:Thomas Jones}, RI Family Court, docket "
    "{OTHER_ID:K20-1144}.",
    "School letter: {NAME:Bryan Reyes}, gr 10, {ORGANIZATION:Central High School}; 504 plan; "
    "mother {NAME:Yahaira Reyes} {PHONE:401-555-0189}.",
    "Release to {ORGANIZATION:Butler Hospital} outpatient, {NAME:Vuthy Chea}, MRN {MRN:B-448127}.",
    "Letter to landlord {NAME:Mr. DeLuca}, {LOCATION:55 Atwells Ave}, re: {NAME:Tina Marquez}'s "
    "disability.",
]

SCHOOL_COUNSELING_NOTES_EIGHTH = [
    "Student {NAME:Yesenia M.}, gr 11, {ORGANIZATION:Roosevelt HS}; disclosed brother's gang; "
    "referral to {ORGANIZATION:Fresno County Probation} youth program declined.",
    "504: {NAME:Kou Lee} (gr 9, {ORGANIZATION:Clovis West}); parents {NAME:Tou} and {NAME:Mai}; "
    "interpreter {NAME:Ms. Xiong}.",
    "Crisis: {NAME:Bryan} (gr 10) said 'I want to die' in {NAME:Mr. Costa}'s class; mom "
    "{NAME:Yahaira} picked up; {ORGANIZATION:Bradley Hospital} eval.",
    "Check-in: {NAME:Ashley R.} upset about ex {NAME:TJ} at the {ORGANIZATION:Lincoln Mall}; "
    "no-contact order discussed.",
    "Attendance: {NAME:Vuthy Chea}, 22 absences; lives with grandma on {LOCATION:Lonsdale Ave}; "
    "home visit {DATE:12/8}.",
    "Threat assessment: {NAME:Mason Doyle}, 14, posted on Discord ({OTHER_ID:masonD#4471}); SRO "
    "{NAME:Officer Pires}.",
    "Grief group ({ORGANIZATION:Kingsburg High}): {NAME:Anna}, {NAME:Erik}, {NAME:Karin} after "
    "{NAME:Coach Lindgren}'s death.",
    "IEP: {NAME:Marcus Bell}, gr 12, {ORGANIZATION:Edison HS}; transition to {ORGANIZATION:Fresno "
    "City College}.",
    "Parent call: {NAME:Mr. Medeiros} re: granddaughter {NAME:Sofia}; mom in the Azores.",
    "Peer conflict: {NAME:Nia} and {NAME:Jade} (gr 12) re: {ORGANIZATION:RIC} visit day.",
    "Referral: {NAME:Harman Singh} to {ORGANIZATION:Sikh Gurdwara of Fresno} youth mentor "
    "{NAME:Bhai Jasbir}.",
    "Homeless liaison: the {NAME:Vang} family at {ORGANIZATION:Poverello House}; kids {NAME:Ka} "
    "(gr 3) and {NAME:Tong} (K).",
    "College: {NAME:Destiny Ruiz} admitted to {ORGANIZATION:UC Merced}; FAFSA help {DATE:12/11}.",
]

HOSPITAL_RECORDS_TWENTY_FIFTH_ROUND = [
    "ED NOTE {DATE:12/05/2026}: {NAME:Ricky Marquez}, 19M, BIBA from {LOCATION:Tower District} "
    "after fentanyl OD; {ORGANIZATION:American Ambulance Medic 14}. MRN {MRN:CRMC-4418820}.",
    "Admission, {ORGANIZATION:Butler Hospital} {LOCATION:Ray Hall}: {NAME:Keila Santos}, 26F; "
    "boyfriend {NAME:Jay} at {ORGANIZATION:ACI} intake.",
    "Consult: {NAME:Dr. Sandoval}, pt {NAME:Mr. Aram Avakian} (72), {ORGANIZATION:Saint Agnes}; "
    "wife {NAME:Sona} in memory care.",
    "Nursing: pt {NAME:Marcus Reed} in bed 4, {ORGANIZATION:CRMC} trauma ICU; girlfriend "
    "{NAME:Destiny} {PHONE:559-555-0152}. {NAME:K. Vang}, RN.",
    "Discharge: {NAME:Kou Vang}, 22M, to {ORGANIZATION:Exodus Recovery} CSU; f/u "
    "{ORGANIZATION:Fresno County DBH} {LOCATION:Heritage Center}.",
    "5150 by {NAME:Officer Tran}, {ORGANIZATION:Fresno PD} {ORGANIZATION:Southwest District}; "
    "transfer to {ORGANIZATION:Community Behavioral Health Center}.",
    "SW: {NAME:Jesse Lindqvist}, {AGE_OVER_89:90}, from {LOCATION:Kingsburg}; daughter "
    "{NAME:Karin} in {LOCATION:Minneapolis}; Medicare {HEALTH_PLAN:2QX4-RT8-MM12}.",
    "Triage: {NAME:Gurdeep Singh}, 44M, trucker for {ORGANIZATION:Sun-Maid}; Punjabi interpreter "
    "{NAME:Simran}; chest pain then panic.",
    "H&P: {NAME:Pa Houa Xiong}, DOB {DATE:03/03/1988}, from {LOCATION:Sanger}; husband "
    "{NAME:Chue}; gambling debts.",
    "Progress: {NAME:Bryan Reyes} (16) on {ORGANIZATION:Bradley Hospital} {LOCATION:Pine} unit; "
    "dad in {LOCATION:Santo Domingo} called.",
    "Court: {ORGANIZATION:Fresno County Superior Court} LPS conservatorship "
    "{OTHER_ID:26CEPR01188}; PC {NAME:Ms. Ortiz}.",
    "Discharge: {NAME:Sokha Chea}, 51F, home to {LOCATION:Pawtucket}; f/u "
    "{ORGANIZATION:Providence Center}; son {NAME:Vuthy}.",
    "Restraint: {NAME:Dustin Reed}, 31M, {DATE:12/03} 0105-0140; {NAME:L. Her}, MHT; {NAME:P. "
    "Singh}, RN; mother notified.",
]


SPOKEN_NOTES_HUNDRED_THIRTY_FIFTH_ROUND = [
    "okay note for {NAME:jaden} twenty one from {LOCATION:west charlotte} works at the "
    "{ORGANIZATION:bank of america stadium} on game days and his cousin {NAME:quan} got shot on "
    "{LOCATION:beatties ford road}",
    "session with {NAME:mrs huang} fifty seven from {LOCATION:ballantyne} her husband "
    "{NAME:david} works at {ORGANIZATION:truist} and their son {NAME:ethan} is at "
    "{ORGANIZATION:myers park high}",
    "this is {NAME:kayla} nineteen a student at {ORGANIZATION:unc charlotte} from "
    "{LOCATION:gastonia} her roommate {NAME:bri} found her pills on {DATE:sunday the sixth}",
    "follow up {NAME:marcus} thirty eight a mechanic at {ORGANIZATION:hendrick} in "
    "{LOCATION:concord} his wife {NAME:shay} left with the kids to {LOCATION:rock hill}",
    "okay {NAME:pastor evans} sixty from {LOCATION:west boulevard} his church "
    "{ORGANIZATION:greater galilee} lost its building and his son {NAME:ray} is in "
    "{ORGANIZATION:mecklenburg county jail}",
    "note for {NAME:lupe} thirty two from {LOCATION:east charlotte} cleans at "
    "{ORGANIZATION:atrium health} and her husband {NAME:beto} was detained on {LOCATION:central "
    "avenue}",
    "session with {NAME:tyler} twenty six works at {ORGANIZATION:lowe's} corporate in "
    "{LOCATION:mooresville} and drinks at {ORGANIZATION:lake norman} on weekends",
    "this is {NAME:ms gladys} {AGE_OVER_89:ninety} in {LOCATION:biddleville} her grandson "
    "{NAME:tre} lives with her and takes her car",
    "okay {NAME:abdul} forty four from {LOCATION:university city} drives for {ORGANIZATION:cats} "
    "on the {LOCATION:blue line} and his wife {NAME:fatima} is in {LOCATION:amman}",
    "follow up with {NAME:haley} fifteen at {ORGANIZATION:ardrey kell} she's been restricting and "
    "her mom {NAME:jen} is a nurse at {ORGANIZATION:novant}",
    "note for {NAME:rodney} fifty from {LOCATION:matthews} works at {ORGANIZATION:honeywell} "
    "headquarters his brother {NAME:carl} died on {DATE:november fifth}",
    "session with {NAME:destiny} twenty four dances at the {ORGANIZATION:men's club} on "
    "{LOCATION:wilkinson} and her boyfriend {NAME:kj} takes her money",
    "okay {NAME:big will} thirty six from {LOCATION:grier heights} a barber at "
    "{ORGANIZATION:fades and blades} on {LOCATION:monroe road}",
]

SPOKEN_NOTES_HUNDRED_THIRTY_SIXTH_ROUND = [
    "okay note for {NAME:shaniqua} twenty eight from {LOCATION:arbor hill} in {LOCATION:albany} "
    "works at {ORGANIZATION:albany med} and her son {NAME:jaylen} was jumped at "
    "{ORGANIZATION:crossgates mall}",
    "session with {NAME:mr dimarco} sixty five retired from {ORGANIZATION:ge} in "
    "{LOCATION:schenectady} his wife {NAME:rose} has parkinsons and his daughter {NAME:gina} "
    "lives in {LOCATION:clifton park}",
    "this is {NAME:emma} eighteen freshman at {ORGANIZATION:rpi} from {LOCATION:rochester} she "
    "hasn't slept since midterms and her mom {NAME:karen} keeps calling",
    "follow up {NAME:tomás} forty works at {ORGANIZATION:globalfoundries} in {LOCATION:malta} and "
    "his son {NAME:mateo} is at {ORGANIZATION:shenendehowa}",
    "okay {NAME:keith} fifty a state trooper out of {LOCATION:latham} he's been drinking since "
    "the crash on the {LOCATION:northway} in {DATE:august}",
    "note for {NAME:aisha} thirty three from {LOCATION:troy} a nurse at {ORGANIZATION:samaritan} "
    "her ex {NAME:andre} lives on {LOCATION:river street}",
    "session with {NAME:nadia} twenty two a student at {ORGANIZATION:suny albany} from "
    "{LOCATION:queens} her roommate {NAME:kim} took her to {ORGANIZATION:st peter's}",
    "this is old {NAME:bill} seventy nine from {LOCATION:cohoes} his wife {NAME:margie} died at "
    "the {ORGANIZATION:eddy} and he won't leave the house",
    "okay {NAME:lamar} twenty five from {LOCATION:hamilton hill} works at the {ORGANIZATION:price "
    "chopper} on {LOCATION:state street} and his baby mama {NAME:tasha} has a restraining order",
    "follow up with {NAME:ryan} thirty one a guard at {ORGANIZATION:coxsackie} lives in "
    "{LOCATION:catskill} and his wife {NAME:amanda} found a noose in the barn",
    "note for {NAME:sister anne} seventy three a nun at the {ORGANIZATION:sisters of st joseph} "
    "in {LOCATION:latham} grieving {NAME:sister mary} who died tuesday",
    "session with {NAME:jose} forty four from {LOCATION:hudson} works at the "
    "{ORGANIZATION:walmart distribution center} in {LOCATION:schodack}",
    "okay {NAME:brianna} sixteen at {ORGANIZATION:albany high} her mom {NAME:tanya} is at "
    "{ORGANIZATION:capital district psychiatric center}",
]

MEDICATION_MANAGEMENT_NOTES_FIRST = [
    "Med check. {NAME:Jaden Price} (21). Sertraline 100 mg, hydroxyzine 25 mg PRN. PHQ-9 12. "
    "Pharmacy: {ORGANIZATION:CVS} {LOCATION:Beatties Ford Rd}. RTC 4 wk.",
    "{NAME:Mrs. Huang}: lithium 600 mg BID, level 0.8 on {DATE:12/1} at {ORGANIZATION:Labcorp} "
    "{LOCATION:Ballantyne}; TSH ok. Husband {NAME:David} present.",
    "Psych NP note. {NAME:Kayla Moore}, 19, {ORGANIZATION:UNC Charlotte}; lamotrigine titration "
    "to 100 mg; rash education; {NAME:Dr. Iyer} co-signs.",
    "Clozapine REMS: {NAME:Marcus Bell}, ANC 2,100 on {DATE:12/3}; REMS ID "
    "{OTHER_ID:CLZ-4418820}; pharmacy {ORGANIZATION:Walgreens #10221}.",
    "Buprenorphine 16 mg daily; PDMP checked {DATE:12/4}; UDS negative; counselor {NAME:Ms. "
    "Alston} at {ORGANIZATION:Anuvia}.",
    "Vivitrol 380 mg IM given L glute; next {DATE:1/2/2027}; {NAME:Tyler Banks} works at "
    "{ORGANIZATION:Lowe's} HQ, {LOCATION:Mooresville}.",
    "Lorazepam taper: {NAME:Ms. Gladys Moore} ({AGE_OVER_89:90}); granddaughter {NAME:Keisha} "
    "manages pillbox.",
    "Adderall XR 20 mg; school {ORGANIZATION:Ardrey Kell High}; parent {NAME:Jen Walsh}; "
    "controlled Rx e-sent to {ORGANIZATION:Harris Teeter} pharmacy {LOCATION:Ballantyne}.",
    "Prazosin 2 mg qhs for nightmares; {NAME:SSgt Rodney Hill}, {ORGANIZATION:Fort Liberty}; wife "
    "{NAME:Carla}.",
    "Olanzapine LAI 300 mg q2wk at {ORGANIZATION:Monarch} clinic; {NAME:Abdul Rahman}; Arabic "
    "interpreter {NAME:Mr. Haddad}.",
    "Bupropion XL 300; smoking cessation; {NAME:Destiny} (24); sick note for The "
    "{ORGANIZATION:Men's Club} manager {NAME:Vic}.",
    "Trazodone 50 mg; sleep diary; {NAME:Big Will Carter}, barber at {ORGANIZATION:Fades & "
    "Blades}; BP 148/92 -> refer PCP {NAME:Dr. Okoro}.",
    "Prior auth for Spravato: {NAME:Rodney Lyles}, {ORGANIZATION:Aetna} member "
    "{HEALTH_PLAN:W448812990}; PA # {OTHER_ID:PA-26-118822}.",
]

PEER_SUPPORT_NOTES_FIRST = [
    "Peer support: met {NAME:Shaniqua} at {ORGANIZATION:Arbor Hill Community Center}; shared my "
    "own recovery; she's 30 days clean today.",
    "Peer walk with {NAME:Keith} along the {LOCATION:Mohawk-Hudson bike trail}; talked about the "
    "crash and the trooper who died, {NAME:Trooper Vance}.",
    "Recovery coach note: drove {NAME:Lamar} to {ORGANIZATION:Catholic Charities} for housing; "
    "then to Price Chopper for groceries.",
    "Met {NAME:Ryan} at {ORGANIZATION:Dunkin'} in {LOCATION:Catskill}; he's back at meetings at "
    "{ORGANIZATION:St. Patrick's} hall.",
    "Peer group at {ORGANIZATION:RSS Albany}: {NAME:Big Mike}, {NAME:Tanya}, {NAME:Jose}; "
    "{NAME:Tanya} 1 year {DATE:12/6}.",
    "Family peer advocate: {NAME:Karen} (mom of {NAME:Emma}) called from {LOCATION:Rochester}; "
    "connected her to NAMI family group.",
    "Youth peer: {NAME:Brianna} (16) at {ORGANIZATION:Albany High}; we went to Stewart's after; "
    "she wants to join Girls Inc.",
    "Veteran peer: {NAME:Mr. DiMarco}'s son-in-law {NAME:Jake} (Army, {ORGANIZATION:Fort Drum}) "
    "joined; talked about VA claims.",
    "Warmline follow-up with Old {NAME:Bill} from {LOCATION:Cohoes}; daughter {NAME:Patty} in "
    "{LOCATION:Saratoga}.",
    "Peer note: {NAME:Aisha} moving to {ORGANIZATION:Joseph's House} shelter on {LOCATION:Ferry "
    "St}, {LOCATION:Troy}.",
    "Met {NAME:Nadia} on campus ({ORGANIZATION:UAlbany}); walked to {ORGANIZATION:Collins Circle}.",
    "Peer support in ED at {ORGANIZATION:Ellis Hospital}: {NAME:Mr. Tomás Rivera}; wife "
    "{NAME:Lucia}; Spanish.",
    "Re-entry peer: {NAME:Jaylen Ortiz} released from {ORGANIZATION:Albany County Correctional} "
    "{DATE:12/4}; parole officer {NAME:Ms. Ruiz}.",
]


SPOKEN_NOTES_HUNDRED_THIRTY_SEVENTH_ROUND = [
    "okay note for {NAME:noa} twenty nine from {LOCATION:kailua} works at {ORGANIZATION:pearl "
    "harbor naval shipyard} and her boyfriend {NAME:keoni} was arrested at {ORGANIZATION:ala "
    "moana} on {DATE:black friday}",
    "session with {NAME:mr tanaka} seventy six from {LOCATION:manoa} his wife {NAME:joyce} is at "
    "{ORGANIZATION:kuakini} and his son {NAME:glenn} lives in {LOCATION:las vegas}",
    "this is {NAME:kainoa} sixteen at {ORGANIZATION:farrington} his uncle bruddah {NAME:kimo} "
    "deals ice in {LOCATION:kalihi valley}",
    "follow up {NAME:maria} thirty four filipina from {LOCATION:waipahu} a cna at "
    "{ORGANIZATION:hale nani} and her husband {NAME:jun} works at {ORGANIZATION:costco} in "
    "{LOCATION:waipio}",
    "okay aunty {NAME:lei} sixty two from {LOCATION:waianae} she lost her son {NAME:kekoa} in a "
    "crash on {LOCATION:farrington highway} in {DATE:june}",
    "note for {NAME:jake} twenty two a marine at {ORGANIZATION:kaneohe bay} from ohio he drinks "
    "at the {ORGANIZATION:kailua tavern} every weekend",
    "session with {NAME:lani} forty from {LOCATION:hilo} flew over for treatment at "
    "{ORGANIZATION:queen's} and her daughter {NAME:malia} stays in {LOCATION:kaimuki}",
    "this is {NAME:tomas} thirty from chuuk lives in {LOCATION:kalihi} works at "
    "{ORGANIZATION:zippy's} and sends money home to his mom {NAME:maria}",
    "okay {NAME:brian} fifty a tour bus driver for {ORGANIZATION:roberts hawaii} from "
    "{LOCATION:mililani} his wife {NAME:gail} found his gambling debts at the {ORGANIZATION:cal}",
    "follow up with {NAME:hoku} nineteen at {ORGANIZATION:uh manoa} from {LOCATION:molokai} her "
    "roommate {NAME:leilani} found her cutting",
    "note for grandpa {NAME:bert} {AGE_OVER_89:ninety one} in {LOCATION:kaneohe} his "
    "granddaughter {NAME:kiana} moved in to help",
    "session with {NAME:keala} twenty six lives in her car at {LOCATION:kakaako makai} park and "
    "works nights at {ORGANIZATION:don quijote}",
    "okay {NAME:pastor sione} fifty eight tongan from {LOCATION:laie} his church "
    "{ORGANIZATION:laie tongan ward} and his son {NAME:tevita} is at {ORGANIZATION:halawa}",
]

TYPED_NOTES_THIRTY_SEVENTH_ROUND = [
    "CBT. {NAME:Ingrid Halvorsen} (44), {LOCATION:Ballard}, {LOCATION:Seattle}; works at "
    "{ORGANIZATION:Amazon} {LOCATION:South Lake Union}; panic on the ferry to "
    "{LOCATION:Bainbridge}.",
    "DBT. {NAME:Skye} (17), {ORGANIZATION:Garfield HS}; diary: urges after fight with {NAME:Noah} "
    "at {LOCATION:Green Lake} {DATE:12/2}.",
    "ACT. {NAME:Mr. Nakamura} (68), {LOCATION:Beacon Hill}; retired from {ORGANIZATION:Boeing} "
    "{LOCATION:Renton}; values: garden, grandkids.",
    "EMDR. Paramedic {NAME:Jess Ortiz}, {ORGANIZATION:Medic One}; target: pileup on "
    "{LOCATION:I-5} near {LOCATION:Federal Way}.",
    "IFS. {NAME:Dr. Anjali Rao} (39), {ORGANIZATION:Harborview}; exile from residency at "
    "{ORGANIZATION:Johns Hopkins}.",
    "MI. {NAME:Cody} (31), fisherman on the {ORGANIZATION:F/V Northern Star}; AUDIT 25; "
    "girlfriend {NAME:Kim} in {LOCATION:Dutch Harbor}.",
    "SOAP. S: {NAME:Mrs. Dolores Vega}, 86, {LOCATION:White Center}; grief; son {NAME:Art} died "
    "{DATE:11/19}. P: {NAME:Dr. Chen} eval.",
    "Couples. {NAME:Priya} and {NAME:Sam}, {LOCATION:Redmond}; {NAME:Priya} at "
    "{ORGANIZATION:Microsoft}; {NAME:Sam} at {ORGANIZATION:Nintendo of America}.",
    "Family. The {NAME:Tesfaye} family, {LOCATION:Rainier Valley}; son {NAME:Abel} (14) at "
    "{ORGANIZATION:Aki Kurose}.",
    "Play therapy. {NAME:Mila} (5), {ORGANIZATION:Bright Horizons} {LOCATION:Capitol Hill}; dad "
    "{NAME:Ben} in {ORGANIZATION:King County Jail}.",
    "TF-CBT. {NAME:Hodan} (12), {LOCATION:Tukwila}; narrative re: camp in {LOCATION:Dadaab}.",
    "CPT. {NAME:SGT Leah Park}, {ORGANIZATION:JBLM}; stuck point re: {NAME:SPC Torres}.",
    "BIRP. B: {NAME:Tyler} (24) relapsed at the {ORGANIZATION:Crocodile} show. I: chain analysis. "
    "R: called sponsor {NAME:Rick}.",
]

MESSAGES_THIRTY_SEVENTH_ROUND = [
    "aloha its {NAME:noa}, {NAME:keoni} got out, can u call {PHONE:808-555-0173}",
    "Aunty {NAME:Lei} here, cannot make it, {NAME:Kekoa}'s paina at {LOCATION:Makaha} beach",
    "From {ORGANIZATION:Queen's Medical Center}: {NAME:LANI K} appt {DATE:12/12} 10:00 at "
    "{LOCATION:POB 1}.",
    "hey its {NAME:hoku}, moved to {LOCATION:Hale Aloha} {LOCATION:Ilima} tower",
    "This is {NAME:Sgt. Kahale}, {ORGANIZATION:HPD District 5}, re: {NAME:Kainoa Alapai}.",
    "{NAME:Ingrid} here - ferry cancelled, stuck on {LOCATION:Bainbridge}, can we zoom",
    "hi its {NAME:skye} my mom {NAME:jen} wants to come next time",
    "Reminder {ORGANIZATION:Bartell Drugs} {LOCATION:Ballard}: Rx ready for {NAME:INGRID H}",
    "{NAME:Cody} here from the boat, back in {LOCATION:Seattle} {DATE:Dec 20}",
    "This is {NAME:Pastor Sione} from {ORGANIZATION:Laie 3rd Ward}, {NAME:Tevita}'s hearing is "
    "{DATE:12/16}",
    "its {NAME:tomas} sorry, double shift at {ORGANIZATION:zippys} {LOCATION:kalihi}",
    "From {ORGANIZATION:Harborview} SW {NAME:Ana}: {NAME:Mrs. Vega} discharged to daughter's in "
    "{LOCATION:Burien}.",
    "{NAME:Mila}'s dad {NAME:Ben} called from {ORGANIZATION:King County Jail}; booking # "
    "{OTHER_ID:226004418}",
]


SPOKEN_NOTES_HUNDRED_THIRTY_EIGHTH_ROUND = [
    "okay note for {NAME:zoey} twenty from {LOCATION:bozeman} a student at {ORGANIZATION:msu} "
    "works at the {ORGANIZATION:rocking r bar} and her ex {NAME:colton} keyed her car on the "
    "{DATE:fifth}",
    "session with {NAME:mr big crow} fifty nine crow from {LOCATION:lodge grass} his grandson "
    "{NAME:tyson} was found in the {LOCATION:little bighorn river} in {DATE:july}",
    "this is {NAME:rachel} thirty six a nurse at {ORGANIZATION:billings clinic} lives in "
    "{LOCATION:laurel} and her husband {NAME:derek} works at the {ORGANIZATION:cenex} refinery",
    "follow up {NAME:dusty} forty four a ranch hand near {LOCATION:big timber} his boss {NAME:mr "
    "halvorson} found him drunk in the calving barn",
    "okay {NAME:kaylee} sixteen at {ORGANIZATION:sentinel high} in {LOCATION:missoula} her mom "
    "{NAME:trish} works at {ORGANIZATION:st pat's}",
    "note for {NAME:jim} seventy one a retired smelter worker from {LOCATION:anaconda} his wife "
    "{NAME:darlene} died at {ORGANIZATION:community hospital of anaconda}",
    "session with {NAME:jolene} thirty from {LOCATION:browning} blackfeet works at "
    "{ORGANIZATION:glacier peaks casino} and her brother {NAME:lance} is in {ORGANIZATION:deer "
    "lodge}",
    "this is {NAME:brody} twenty five works on a frac crew out of {LOCATION:sidney} lives in a "
    "man camp near {LOCATION:williston} and his girlfriend {NAME:kaitlyn} is in {LOCATION:great "
    "falls}",
    "okay {NAME:pastor gene} sixty five from {LOCATION:lewistown} his church {ORGANIZATION:first "
    "lutheran} is closing and his wife {NAME:ruth} has cancer",
    "follow up with {NAME:hannah} twenty two a wildland firefighter with the {ORGANIZATION:lolo "
    "hotshots} she lost a crew member {NAME:tanner} in {DATE:august}",
    "note for {NAME:marcus} thirty eight from {LOCATION:helena} works for {ORGANIZATION:lewis and "
    "clark county} and got a dui on {LOCATION:last chance gulch}",
    "session with {NAME:ms yellowtail} forty seven from {LOCATION:crow agency} her son "
    "{NAME:dakota} is at {ORGANIZATION:pine hills youth correctional}",
    "okay {NAME:ted} fifty six a trucker from {LOCATION:butte} his daughter {NAME:amy} overdosed "
    "at the {ORGANIZATION:super 8} in {LOCATION:dillon}",
]

HOSPITAL_RECORDS_TWENTY_SIXTH_ROUND = [
    "ED NOTE {DATE:12/06/2026}: {NAME:Tyson Big Crow}, 17M, BIBA from {LOCATION:Lodge Grass}; "
    "{ORGANIZATION:Big Horn County Sheriff} with him. MRN {MRN:BC-448120}.",
    "Admission, {ORGANIZATION:Billings Clinic} {LOCATION:Psychiatric Center 2 East}: {NAME:Rachel "
    "Olsen}, 36F; husband {NAME:Derek}.",
    "Consult: {NAME:Dr. Hauser}, pt {NAME:Mr. Jim Kovacich} ({AGE_OVER_89:92}), {ORGANIZATION:St. "
    "Peter's Health} {LOCATION:Helena}; daughter {NAME:Lisa} POA.",
    "Nursing: {NAME:Kaylee} in room {LOCATION:7}, {ORGANIZATION:Providence St. Patrick}; mom "
    "{NAME:Trish} at bedside. {NAME:M. Lame Deer}, RN.",
    "Discharge: {NAME:Brody Jensen}, 25M, to {ORGANIZATION:Rimrock Foundation}; employer "
    "{ORGANIZATION:Halliburton} {LOCATION:Sidney}.",
    "Transfer to {ORGANIZATION:Montana State Hospital} in {LOCATION:Warm Springs}; "
    "{ORGANIZATION:Yellowstone County Sheriff} transport; petition {OTHER_ID:DI-26-441}.",
    "SW: {NAME:Jolene Running Crane}, 30F, {LOCATION:Browning}; IHS referral; brother "
    "{NAME:Lance} at {ORGANIZATION:MSP} in {LOCATION:Deer Lodge}.",
    "Triage: {NAME:Dusty Ray Miller}, 44M, from {LOCATION:Big Timber}; employer "
    "{ORGANIZATION:Halvorson Ranch}; EtOH.",
    "H&P: {NAME:Zoey Carter}, DOB {DATE:02/28/2006}, {ORGANIZATION:MSU} student; ex-boyfriend "
    "{NAME:Colton Reyes}.",
    "Progress: {NAME:Hannah Pierce}, firefighter ({ORGANIZATION:Lolo Hotshots}); nightmares re: "
    "{NAME:Tanner}; chaplain {NAME:Fr. Dan}.",
    "Court: {ORGANIZATION:Montana Thirteenth Judicial District Court}, {LOCATION:Yellowstone "
    "County}, commitment {OTHER_ID:DI-2026-118}.",
    "Discharge: {NAME:Amy Lund}, 29F, to mother in {LOCATION:Butte}; f/u {ORGANIZATION:Western "
    "Montana Mental Health Center}.",
    "Restraint: {NAME:Dakota Yellowtail}, 16M, {DATE:12/01} 1930-2010; {NAME:J. Fisher}, MHT; "
    "mother {NAME:Ms. Yellowtail} notified.",
]

MESSAGES_THIRTY_EIGHTH_ROUND = [
    "hey its {NAME:zoey}. {NAME:colton} keyed my car again in the {ORGANIZATION:msu} lot",
    "This is {NAME:Pastor Gene} from {ORGANIZATION:First Lutheran}, {NAME:Ruth} asked me to cancel",
    "{NAME:Brody} here, on hitch til {DATE:12/18}, no signal in {LOCATION:Sidney}",
    "hi {NAME:dr m} its {NAME:kaylee} my mom says i can come thursday",
    "From {ORGANIZATION:Billings Clinic}: {NAME:RACHEL O} appt {DATE:12/14}",
    "{NAME:Hannah} from the crew. can we do phone, im at {LOCATION:Lolo} station",
    "This is {NAME:Ms. Yellowtail}, {NAME:Dakota} comes home Friday {DATE:12/11} from "
    "{ORGANIZATION:Pine Hills}",
    "Reminder: {ORGANIZATION:Albertsons} Pharmacy {LOCATION:Bozeman} Rx ready for {NAME:ZOEY C}",
    "its {NAME:ted}, {NAME:amy}'s funeral is {DATE:saturday the 12th} at {ORGANIZATION:Duggan "
    "Dolan} in {LOCATION:Butte}",
    "{NAME:Jim} again. cant sleep since {NAME:Darlene}. call me {PHONE:406-555-0139}",
    "Message from {NAME:Officer Pretty On Top}, {ORGANIZATION:Crow Tribal Police}, re: "
    "{NAME:Tyson}.",
    "hey its {NAME:jolene}, moving to my aunties in {LOCATION:heart butte}",
    "{NAME:Marcus} here. court in {ORGANIZATION:Lewis and Clark County} on {DATE:12/21}",
]


SPOKEN_NOTES_HUNDRED_THIRTY_NINTH_ROUND = [
    "okay note for {NAME:tavita} twenty seven samoan from {LOCATION:west valley} works at the "
    "{ORGANIZATION:delta center} security and his cousin {NAME:sione} got stabbed at the "
    "{ORGANIZATION:gateway}",
    "session with {NAME:sister jensen} forty four a relief society president in {LOCATION:lehi} "
    "her son {NAME:tanner} is serving a mission in peru and stopped writing",
    "this is {NAME:kaden} nineteen at {ORGANIZATION:byu} from {LOCATION:spanish fork} he came out "
    "to his bishop {NAME:bishop larsen} and was kicked out of his ward",
    "follow up {NAME:maria} thirty five from {LOCATION:rose park} cleans at "
    "{ORGANIZATION:intermountain} and her husband {NAME:luis} works at {ORGANIZATION:kennecott}",
    "okay grandpa {NAME:ray} eighty four lives in {LOCATION:magna} and his grandson {NAME:ty} "
    "steals his oxy",
    "note for {NAME:brinley} sixteen at {ORGANIZATION:lone peak high} she's restricting and her "
    "mom {NAME:amber} sells essential oils for {ORGANIZATION:doterra}",
    "session with {NAME:hassan} thirty one refugee from {LOCATION:mosul} drives for "
    "{ORGANIZATION:uta} and lives in {LOCATION:south salt lake}",
    "this is {NAME:dallin} twenty four works at {ORGANIZATION:qualtrics} in {LOCATION:provo} and "
    "his wife {NAME:mckell} just had twins at {ORGANIZATION:utah valley hospital}",
    "okay {NAME:shauna} fifty from {LOCATION:ogden} a cook at {ORGANIZATION:hill air force base} "
    "and her son {NAME:brock} is in {ORGANIZATION:weber county jail}",
    "follow up with {NAME:tyler} thirty three from {LOCATION:sugar house} a ski patroller at "
    "{ORGANIZATION:snowbird} he lost a friend {NAME:jace} in an avalanche on {DATE:december first}",
    "note for {NAME:rosa} forty two from {LOCATION:glendale} {LOCATION:salt lake} works at "
    "{ORGANIZATION:smith's} on {LOCATION:redwood road}",
    "session with {NAME:elder brown} twenty a returned missionary from {LOCATION:st george} came "
    "home early from {LOCATION:manila} with anxiety",
    "okay {NAME:deb} sixty one from {LOCATION:tooele} her husband {NAME:gary} works at the army "
    "depot and drinks",
]

TYPED_NOTES_THIRTY_EIGHTH_ROUND = [
    "CBT. {NAME:Rylee Sorensen} (22), {ORGANIZATION:University of Utah}; OCD; ERP at "
    "{ORGANIZATION:Temple Square} crowds.",
    "DBT. {NAME:Kaden} (19), {ORGANIZATION:BYU}; urges after meeting with {NAME:Bishop Larsen} on "
    "{DATE:12/3}.",
    "ACT. {NAME:Mr. Tuilagi} (58), {LOCATION:Kearns}; retired {ORGANIZATION:UTA} driver; values: "
    "church, grandkids.",
    "EMDR. {NAME:Tyler Nash}, ski patrol at {ORGANIZATION:Snowbird}; target: avalanche in "
    "{LOCATION:Mineral Basin} {DATE:12/1}.",
    "MI. {NAME:Brock} (27), {LOCATION:Ogden}; meth; mom {NAME:Shauna}; PO {NAME:Ms. Adams} (AP&P).",
    "IFS. {NAME:Sister Jensen} (44), {LOCATION:Lehi}; manager part tied to ward callings; son on "
    "mission in {LOCATION:Lima}.",
    "Family. The {NAME:Hassan} family, {LOCATION:South Salt Lake}; daughter {NAME:Noor} (13) at "
    "{ORGANIZATION:Granite Park Jr High}.",
    "SOAP. S: {NAME:Mrs. Verla Christensen}, 89, {LOCATION:Bountiful}; grief; husband "
    "{NAME:LaVell} died {DATE:11/28}. P: {NAME:Dr. Hansen}.",
    "Couples. {NAME:Dallin} and {NAME:McKell}, {LOCATION:Orem}; twins at {ORGANIZATION:Utah "
    "Valley Hospital} NICU; {NAME:Dallin} at {ORGANIZATION:Qualtrics}.",
    "Play therapy. {NAME:Oakley} (6), {ORGANIZATION:Wasatch Elementary}; parents divorcing; dad "
    "{NAME:Trent} in {LOCATION:Vernal}.",
    "TF-CBT. {NAME:Amani} (11), refugee from {LOCATION:Goma}, now {LOCATION:West Valley City}.",
    "CPT. {NAME:TSgt Marcus Lee}, {ORGANIZATION:Hill AFB}; stuck point: 'I let them down.'",
    "BIRP. B: {NAME:Brinley} (16) weighed; {ORGANIZATION:Center for Change} referral. R: mom "
    "{NAME:Amber} agreed.",
]

RARER_KINDS_FOURTEENTH_ROUND = [
    "SCRAM bracelet {DEVICE:SC-0441872} via {ORGANIZATION:Utah County AP&P}.",
    "Plate {VEHICLE:UT 4B2 7KL}; VIN {VEHICLE:5YJ3E1EA7KF318812}.",
    "IP {IP:198.51.100.44} logged the threat; backup {IP:203.0.113.9}.",
    "Spinal stimulator serial {DEVICE:NAE118842}; {NAME:Dr. Orr} implanted.",
    "{ORGANIZATION:SelectHealth} ID {HEALTH_PLAN:SH44182201}; group {HEALTH_PLAN:G-8812}.",
    "Zelle {EMAIL:brock.w88@gmail.com}; Venmo {OTHER_ID:@brock-weber}.",
    "Contractor license {LICENSE:12-881220-5501} (UT).",
    "Case {OTHER_ID:261400881}, {ORGANIZATION:Third District Court}.",
    "Photo {PHOTO:IMG_20261201_2231.jpg} of the avalanche site.",
    "Her {BIOMETRIC:retina} scan is on file at the lab where {NAME:Dallin} works.",
    "Snap {OTHER_ID:brinley.rose} and TikTok {OTHER_ID:@brinleyyy_}.",
    "Hearing aid serial {DEVICE:2304HG118}.",
    "Family blog {URL:www.thejensensofutah.com}.",
]


def main() -> None:
    write("spoken_notes_hundred_sixth_round.jsonl", "sn106", SPOKEN_NOTES_HUNDRED_SIXTH_ROUND)
    write("spoken_notes_hundred_seventh_round.jsonl", "sn107", SPOKEN_NOTES_HUNDRED_SEVENTH_ROUND)
    write("typed_notes_thirtieth_round.jsonl", "tn30", TYPED_NOTES_THIRTIETH_ROUND)
    write("messages_twenty_ninth_round.jsonl", "mg29", MESSAGES_TWENTY_NINTH_ROUND)
    write("hospital_records_twentieth_round.jsonl", "hr20", HOSPITAL_RECORDS_TWENTIETH_ROUND)

    write("spoken_notes_hundred_eighth_round.jsonl", "sn108", SPOKEN_NOTES_HUNDRED_EIGHTH_ROUND)
    write("spoken_notes_hundred_ninth_round.jsonl", "sn109", SPOKEN_NOTES_HUNDRED_NINTH_ROUND)
    write("letters_and_forms_fifteenth_round.jsonl", "lf15", LETTERS_AND_FORMS_FIFTEENTH_ROUND)
    write("crisis_line_notes_tenth.jsonl", "cl10", CRISIS_LINE_NOTES_TENTH)
    write("group_and_family_notes_eleventh.jsonl", "gf11", GROUP_AND_FAMILY_NOTES_ELEVENTH)

    write("spoken_notes_hundred_tenth_round.jsonl", "sn110", SPOKEN_NOTES_HUNDRED_TENTH_ROUND)
    write("spoken_notes_hundred_eleventh_round.jsonl", "sn111", SPOKEN_NOTES_HUNDRED_ELEVENTH_ROUND)
    write("typed_notes_thirty_first_round.jsonl", "tn31", TYPED_NOTES_THIRTY_FIRST_ROUND)
    write("messages_thirtieth_round.jsonl", "mg30", MESSAGES_THIRTIETH_ROUND)
    write("rarer_kinds_tenth_round.jsonl", "rk10", RARER_KINDS_TENTH_ROUND)

    write("spoken_notes_hundred_twelfth_round.jsonl", "sn112", SPOKEN_NOTES_HUNDRED_TWELFTH_ROUND)
    write(
        "spoken_notes_hundred_thirteenth_round.jsonl",
        "sn113",
        SPOKEN_NOTES_HUNDRED_THIRTEENTH_ROUND,
    )
    write("hospital_records_twenty_first_round.jsonl", "hr21", HOSPITAL_RECORDS_TWENTY_FIRST_ROUND)
    write("psychosocial_histories_third.jsonl", "ps3", PSYCHOSOCIAL_HISTORIES_THIRD)
    write("school_counseling_notes_seventh.jsonl", "sc7", SCHOOL_COUNSELING_NOTES_SEVENTH)

    write(
        "spoken_notes_hundred_fourteenth_round.jsonl",
        "sn114",
        SPOKEN_NOTES_HUNDRED_FOURTEENTH_ROUND,
    )
    write(
        "spoken_notes_hundred_fifteenth_round.jsonl", "sn115", SPOKEN_NOTES_HUNDRED_FIFTEENTH_ROUND
    )
    write("telehealth_notes_first.jsonl", "th1", TELEHEALTH_NOTES_FIRST)
    write("messages_thirty_first_round.jsonl", "mg31", MESSAGES_THIRTY_FIRST_ROUND)
    write("supervision_notes_first.jsonl", "sv1", SUPERVISION_NOTES_FIRST)

    write(
        "spoken_notes_hundred_sixteenth_round.jsonl", "sn116", SPOKEN_NOTES_HUNDRED_SIXTEENTH_ROUND
    )
    write(
        "spoken_notes_hundred_seventeenth_round.jsonl",
        "sn117",
        SPOKEN_NOTES_HUNDRED_SEVENTEENTH_ROUND,
    )
    write(
        "hospital_records_twenty_second_round.jsonl", "hr22", HOSPITAL_RECORDS_TWENTY_SECOND_ROUND
    )
    write("letters_and_forms_sixteenth_round.jsonl", "lf16", LETTERS_AND_FORMS_SIXTEENTH_ROUND)
    write("messages_thirty_second_round.jsonl", "mg32", MESSAGES_THIRTY_SECOND_ROUND)

    write(
        "spoken_notes_hundred_eighteenth_round.jsonl",
        "sn118",
        SPOKEN_NOTES_HUNDRED_EIGHTEENTH_ROUND,
    )
    write(
        "spoken_notes_hundred_nineteenth_round.jsonl",
        "sn119",
        SPOKEN_NOTES_HUNDRED_NINETEENTH_ROUND,
    )
    write("typed_notes_thirty_second_round.jsonl", "tn32", TYPED_NOTES_THIRTY_SECOND_ROUND)
    write("crisis_line_notes_eleventh.jsonl", "cl11", CRISIS_LINE_NOTES_ELEVENTH)
    write("group_and_family_notes_twelfth.jsonl", "gf12", GROUP_AND_FAMILY_NOTES_TWELFTH)

    write(
        "spoken_notes_hundred_twentieth_round.jsonl", "sn120", SPOKEN_NOTES_HUNDRED_TWENTIETH_ROUND
    )
    write(
        "spoken_notes_hundred_twenty_first_round.jsonl",
        "sn121",
        SPOKEN_NOTES_HUNDRED_TWENTY_FIRST_ROUND,
    )
    write("care_coordination_emails_first.jsonl", "cc1", CARE_COORDINATION_EMAILS_FIRST)
    write("intake_phone_screens_first.jsonl", "ip1", INTAKE_PHONE_SCREENS_FIRST)
    write("rarer_kinds_eleventh_round.jsonl", "rk11", RARER_KINDS_ELEVENTH_ROUND)

    write(
        "spoken_notes_hundred_twenty_second_round.jsonl",
        "sn122",
        SPOKEN_NOTES_HUNDRED_TWENTY_SECOND_ROUND,
    )
    write(
        "spoken_notes_hundred_twenty_third_round.jsonl",
        "sn123",
        SPOKEN_NOTES_HUNDRED_TWENTY_THIRD_ROUND,
    )
    write("typed_notes_thirty_third_round.jsonl", "tn33", TYPED_NOTES_THIRTY_THIRD_ROUND)
    write("messages_thirty_third_round.jsonl", "mg33", MESSAGES_THIRTY_THIRD_ROUND)
    write("hospital_records_twenty_third_round.jsonl", "hr23", HOSPITAL_RECORDS_TWENTY_THIRD_ROUND)

    write(
        "spoken_notes_hundred_twenty_fourth_round.jsonl",
        "sn124",
        SPOKEN_NOTES_HUNDRED_TWENTY_FOURTH_ROUND,
    )
    write(
        "spoken_notes_hundred_twenty_fifth_round.jsonl",
        "sn125",
        SPOKEN_NOTES_HUNDRED_TWENTY_FIFTH_ROUND,
    )
    write("letters_and_forms_seventeenth_round.jsonl", "lf17", LETTERS_AND_FORMS_SEVENTEENTH_ROUND)
    write("crisis_line_notes_twelfth.jsonl", "cl12", CRISIS_LINE_NOTES_TWELFTH)
    write("psychosocial_histories_fourth.jsonl", "ps4", PSYCHOSOCIAL_HISTORIES_FOURTH)

    write(
        "spoken_notes_hundred_twenty_sixth_round.jsonl",
        "sn126",
        SPOKEN_NOTES_HUNDRED_TWENTY_SIXTH_ROUND,
    )
    write(
        "spoken_notes_hundred_twenty_seventh_round.jsonl",
        "sn127",
        SPOKEN_NOTES_HUNDRED_TWENTY_SEVENTH_ROUND,
    )
    write("home_visit_notes_first.jsonl", "hv1", HOME_VISIT_NOTES_FIRST)
    write("college_counseling_notes_first.jsonl", "cs1", COLLEGE_COUNSELING_NOTES_FIRST)
    write("eap_notes_first.jsonl", "ea1", EAP_NOTES_FIRST)

    write(
        "spoken_notes_hundred_twenty_eighth_round.jsonl",
        "sn128",
        SPOKEN_NOTES_HUNDRED_TWENTY_EIGHTH_ROUND,
    )
    write("typed_notes_thirty_fourth_round.jsonl", "tn34", TYPED_NOTES_THIRTY_FOURTH_ROUND)
    write("messages_thirty_fourth_round.jsonl", "mg34", MESSAGES_THIRTY_FOURTH_ROUND)
    write(
        "hospital_records_twenty_fourth_round.jsonl", "hr24", HOSPITAL_RECORDS_TWENTY_FOURTH_ROUND
    )
    write("group_and_family_notes_thirteenth.jsonl", "gf13", GROUP_AND_FAMILY_NOTES_THIRTEENTH)

    write(
        "spoken_notes_hundred_twenty_ninth_round.jsonl",
        "sn129",
        SPOKEN_NOTES_HUNDRED_TWENTY_NINTH_ROUND,
    )
    write(
        "spoken_notes_hundred_thirtieth_round.jsonl", "sn130", SPOKEN_NOTES_HUNDRED_THIRTIETH_ROUND
    )
    write("typed_notes_thirty_fifth_round.jsonl", "tn35", TYPED_NOTES_THIRTY_FIFTH_ROUND)
    write("messages_thirty_fifth_round.jsonl", "mg35", MESSAGES_THIRTY_FIFTH_ROUND)
    write("crisis_line_notes_thirteenth.jsonl", "cl13", CRISIS_LINE_NOTES_THIRTEENTH)

    write(
        "spoken_notes_hundred_thirty_first_round.jsonl",
        "sn131",
        SPOKEN_NOTES_HUNDRED_THIRTY_FIRST_ROUND,
    )
    write(
        "spoken_notes_hundred_thirty_second_round.jsonl",
        "sn132",
        SPOKEN_NOTES_HUNDRED_THIRTY_SECOND_ROUND,
    )
    write("typed_notes_thirty_sixth_round.jsonl", "tn36", TYPED_NOTES_THIRTY_SIXTH_ROUND)
    write("messages_thirty_sixth_round.jsonl", "mg36", MESSAGES_THIRTY_SIXTH_ROUND)
    write("rarer_kinds_thirteenth_round.jsonl", "rk13", RARER_KINDS_THIRTEENTH_ROUND)

    write(
        "spoken_notes_hundred_thirty_third_round.jsonl",
        "sn133",
        SPOKEN_NOTES_HUNDRED_THIRTY_THIRD_ROUND,
    )
    write(
        "spoken_notes_hundred_thirty_fourth_round.jsonl",
        "sn134",
        SPOKEN_NOTES_HUNDRED_THIRTY_FOURTH_ROUND,
    )
    write("letters_and_forms_eighteenth_round.jsonl", "lf18", LETTERS_AND_FORMS_EIGHTEENTH_ROUND)
    write("school_counseling_notes_eighth.jsonl", "sc8", SCHOOL_COUNSELING_NOTES_EIGHTH)
    write("hospital_records_twenty_fifth_round.jsonl", "hr25", HOSPITAL_RECORDS_TWENTY_FIFTH_ROUND)

    write(
        "spoken_notes_hundred_thirty_fifth_round.jsonl",
        "sn135",
        SPOKEN_NOTES_HUNDRED_THIRTY_FIFTH_ROUND,
    )
    write(
        "spoken_notes_hundred_thirty_sixth_round.jsonl",
        "sn136",
        SPOKEN_NOTES_HUNDRED_THIRTY_SIXTH_ROUND,
    )
    write("medication_management_notes_first.jsonl", "mm1", MEDICATION_MANAGEMENT_NOTES_FIRST)
    write("peer_support_notes_first.jsonl", "pe1", PEER_SUPPORT_NOTES_FIRST)

    write(
        "spoken_notes_hundred_thirty_seventh_round.jsonl",
        "sn137",
        SPOKEN_NOTES_HUNDRED_THIRTY_SEVENTH_ROUND,
    )
    write("typed_notes_thirty_seventh_round.jsonl", "tn37", TYPED_NOTES_THIRTY_SEVENTH_ROUND)
    write("messages_thirty_seventh_round.jsonl", "mg37", MESSAGES_THIRTY_SEVENTH_ROUND)

    write(
        "spoken_notes_hundred_thirty_eighth_round.jsonl",
        "sn138",
        SPOKEN_NOTES_HUNDRED_THIRTY_EIGHTH_ROUND,
    )
    write("hospital_records_twenty_sixth_round.jsonl", "hr26", HOSPITAL_RECORDS_TWENTY_SIXTH_ROUND)
    write("messages_thirty_eighth_round.jsonl", "mg38", MESSAGES_THIRTY_EIGHTH_ROUND)

    write(
        "spoken_notes_hundred_thirty_ninth_round.jsonl",
        "sn139",
        SPOKEN_NOTES_HUNDRED_THIRTY_NINTH_ROUND,
    )
    write("typed_notes_thirty_eighth_round.jsonl", "tn38", TYPED_NOTES_THIRTY_EIGHTH_ROUND)
    write("rarer_kinds_fourteenth_round.jsonl", "rk14", RARER_KINDS_FOURTEENTH_ROUND)


if __name__ == "__main__":
    main()
