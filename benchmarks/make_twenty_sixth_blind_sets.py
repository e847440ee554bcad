"""Write the held-out corpora of the twenty-sixth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_hundred_fortieth_round
                                     lower-case speech to text from Chattanooga, Knoxville and east
                                     Tennessee
    spoken_notes_hundred_forty_first_round
                                     lower-case speech to text from Toledo, Akron and northeast Ohio
    typed_notes_thirty_ninth_round   typed notes by format and modality from Des Moines and Iowa
    messages_thirty_ninth_round      clients', parents', counselors', officers', coaches' and
                                     pharmacies' messages in English and Spanish, Corpus Christi
    hospital_records_twenty_seventh_round
                                     triage, admission, consult, nursing, social work, court and
                                     discharge records from the Lehigh Valley
    spoken_notes_hundred_forty_second_round
                                     lower-case speech to text from Evansville and southern Indiana,
                                     after the first round's rules
    spoken_notes_hundred_forty_third_round
                                     lower-case speech to text from Birmingham, Hoover and
                                     Tuscaloosa, after the first round's rules
    typed_notes_fortieth_round       typed notes by format and modality from Syracuse and central
                                     New York, after the first round's rules
    letters_and_forms_nineteenth_round
                                     work, release, FMLA, school, court, housing, intake, referral,
                                     asylum, disability and jury letters and forms from Kentucky,
                                     after the first round's rules
    crisis_line_notes_fourteenth     988, text, chat, warm line, veterans' and mobile crisis notes
                                     from Ohio and Indiana, after the first round's rules
    group_and_family_notes_fourteenth
                                     skills, grief, parenting, veterans', teen, multifamily and
                                     recovery groups, couples and family notes, after the first
                                     round's rules
    spoken_notes_hundred_forty_fourth_round
                                     lower-case speech to text from Little Rock, Conway and
                                     Arkansas, after the second round's rules
    spoken_notes_hundred_forty_fifth_round
                                     lower-case speech to text from Lubbock, Amarillo and the
                                     Panhandle, after the second round's rules
    spoken_notes_hundred_forty_sixth_round
                                     lower-case speech to text from Shreveport, Bossier City and
                                     Monroe, after the second round's rules
    rarer_kinds_fifteenth_round      devices, plates, handles, IPs, plan numbers, dockets, voice
                                     prints, photos, faxes, links, licences and student ids, after
                                     the second round's rules
    hospital_records_twenty_eighth_round
                                     emergency, admission, consult, nursing, social work, transfer
                                     and discharge records from Arkansas, after the second round's
                                     rules
    messages_fortieth_round          clients', offices', pharmacies', coaches', officers', pastors'
                                     and parents' messages in English and Spanish, after the second
                                     round's rules
    spoken_notes_hundred_forty_seventh_round
                                     lower-case speech to text from Milwaukee, Racine and Kenosha,
                                     after the third round's rules
    spoken_notes_hundred_forty_eighth_round
                                     lower-case speech to text from Savannah, Hinesville and
                                     Brunswick, after the third round's rules
    psychosocial_histories_fifth     birth, family, substance, trauma, legal, military, social,
                                     work, psychiatric and faith histories, after the third round's
                                     rules
    telehealth_notes_second          video, audio-only and group telehealth notes with where the
                                     client is, after the third round's rules
    supervision_notes_second         individual and group supervision, case and ethics consults,
                                     after the third round's rules
    home_visit_notes_second          home, shelter, rehab and outreach visits from South Jersey,
                                     after the third round's rules
    spoken_notes_hundred_forty_ninth_round
                                     lower-case speech to text from Fresno, Visalia and Bakersfield,
                                     after the fourth round's rules
    spoken_notes_hundred_fiftieth_round
                                     lower-case speech to text from Albuquerque, Santa Fe and
                                     northern New Mexico, after the fourth round's rules
    typed_notes_forty_first_round    typed notes by format and modality from Minneapolis and Saint
                                     Paul, after the fourth round's rules
    messages_forty_first_round       clients', schools', deputies', pastors', plans' and pharmacies'
                                     messages in English and Spanish from New Mexico, after the
                                     fourth round's rules
    eap_notes_second                 employee assistance intakes, sessions, manager consults and
                                     debriefs, after the fourth round's rules
    medication_management_notes_second
                                     medication checks, levels, REMS, PDMP, injections, refills and
                                     prior authorisations, after the fourth round's rules
    spoken_notes_hundred_fifty_first_round
                                     lower-case speech to text from Columbia, Greenville and
                                     Spartanburg, after the sixth round's rules
    spoken_notes_hundred_fifty_second_round
                                     lower-case speech to text from Boise, Nampa and eastern Idaho,
                                     after the sixth round's rules
    spoken_notes_hundred_fifty_third_round
                                     lower-case speech to text from Norfolk, Newport News and
                                     Hampton Roads, after the sixth round's rules
    typed_notes_forty_second_round   typed notes by format and modality from Hartford and New Haven,
                                     after the sixth round's rules
    care_coordination_emails_second  discharge, referral, placement, school, lab and ROI emails from
                                     Rhode Island, after the sixth round's rules
    intake_phone_screens_second      callers', self-referrals', screens and voicemails from eastern
                                     Massachusetts, after the sixth round's rules
    spoken_notes_hundred_fifty_fourth_round
                                     lower-case speech to text from Tulsa, Oklahoma City and
                                     Oklahoma, after the seventh round's rules
    spoken_notes_hundred_fifty_fifth_round
                                     lower-case speech to text from Charleston, Huntington and
                                     southern West Virginia, after the seventh round's rules
    session_transcripts_first        a session's words as spoken, therapist and client by turns,
                                     after the seventh round's rules
    rarer_kinds_sixteenth_round      devices, payment handles, tags, badges, invites, gamertags,
                                     fingerprints, videos, accounts, IPs, plan and enrolment
                                     numbers, after the seventh round's rules
    hospital_records_twenty_ninth_round
                                     triage, admission, consult, nursing, social work, transfer,
                                     security and discharge records from Oklahoma, after the seventh
                                     round's rules
    letters_and_forms_twentieth_round
                                     school, release, FMLA, 504, court, housing, intake, referral,
                                     work and jury letters and forms from Oklahoma, after the
                                     seventh round's rules
    spoken_notes_hundred_fifty_sixth_round
                                     lower-case speech to text from Flint, Lansing and Saginaw,
                                     after the eighth round's rules
    spoken_notes_hundred_fifty_seventh_round
                                     lower-case speech to text from Buffalo, Rochester and Niagara,
                                     after the eighth round's rules
    spoken_notes_hundred_fifty_eighth_round
                                     lower-case speech to text from Anchorage, Fairbanks and rural
                                     Alaska, after the eighth round's rules
    messages_forty_second_round      teenagers' texts with slang, emoji, handles and school names
                                     from Phoenix, after the eighth round's rules
    group_and_family_notes_fifteenth skills, anger, family, couples, grief, multifamily, veterans',
                                     SUD, parenting and teen groups, after the eighth round's rules
    peer_support_notes_second        peer specialists' and recovery coaches' notes from Atlanta,
                                     after the eighth round's rules
    spoken_notes_hundred_fifty_ninth_round
                                     lower-case speech to text from Des Moines, Cedar Rapids and
                                     Iowa, after the ninth round's rules
    spoken_notes_hundred_sixtieth_round
                                     lower-case speech to text from Jackson, Hattiesburg and the
                                     Mississippi coast, after the ninth round's rules
    spoken_notes_hundred_sixty_first_round
                                     lower-case speech to text from Portland, Lewiston and Maine,
                                     after the ninth round's rules
    hospital_records_thirtieth_round emergency, admission, consult, nursing, social work, transfer,
                                     security and discharge records from Mississippi, after the
                                     ninth round's rules
    messages_forty_third_round       parents', officers', pastors', counselors', clinics' and
                                     pharmacies' messages from Kansas City, after the ninth round's
                                     rules
    typed_notes_forty_third_round    typed notes by format and modality from Kansas City, after the
                                     ninth round's rules
    spoken_notes_hundred_sixty_second_round
                                     lower-case speech to text from Mobile, Montgomery and south
                                     Alabama, after the tenth round's rules
    spoken_notes_hundred_sixty_third_round
                                     lower-case speech to text from Lancaster, Harrisburg and York,
                                     after the tenth round's rules
    spoken_notes_hundred_sixty_fourth_round
                                     lower-case speech to text from Sioux Falls, Rapid City and the
                                     reservations, after the tenth round's rules
    college_counseling_notes_second  walk-in, session, group, crisis, referral and consult notes
                                     from a university counseling center, after the tenth round's
                                     rules
    letters_and_forms_twenty_first_round
                                     work, release, FMLA, school, court, housing, intake, referral,
                                     duty and jury letters from northeastern Pennsylvania, after the
                                     tenth round's rules
    rarer_kinds_seventeenth_round    implants, hearing aids, payment handles, plates, IPs, messaging
                                     handles, Medicare numbers, photos, voiceprints, dockets,
                                     accounts and links, after the tenth round's rules
    spoken_notes_hundred_sixty_fifth_round
                                     lower-case speech to text from Orlando, Kissimmee and Daytona,
                                     after the eleventh round's rules
    spoken_notes_hundred_sixty_sixth_round
                                     lower-case speech to text from Raleigh, Durham and
                                     Fayetteville, after the eleventh round's rules
    spoken_notes_hundred_sixty_seventh_round
                                     lower-case speech to text from Eugene, Salem and southern
                                     Oregon, after the eleventh round's rules
    psychosocial_histories_sixth     family, education, substance, trauma, legal, military, social,
                                     work, psychiatric and faith histories, after the eleventh
                                     round's rules
    telehealth_notes_third           video, audio-only and group telehealth notes with where the
                                     client is, after the eleventh round's rules
    medication_management_notes_third
                                     medication checks, levels, REMS, PDMP, injections, refills,
                                     reconciliations and prior authorisations, after the eleventh
                                     round's rules
    spoken_notes_hundred_sixty_eighth_round
                                     lower-case speech to text from Las Vegas and southern Nevada,
                                     after the twelfth round's rules
    spoken_notes_hundred_sixty_ninth_round
                                     lower-case speech to text from Wichita, Topeka and western
                                     Kansas, after the twelfth round's rules
    bilingual_sessions_third         Spanish and English run together in lower-case speech to text
                                     from Houston, after the twelfth round's rules
    hospital_records_thirty_first_round
                                     triage, admission, consult, nursing, social work, transfer,
                                     security and discharge records from Las Vegas, after the
                                     twelfth round's rules
    messages_forty_fourth_round      parents', officers', pastors', coaches', hospitals' and
                                     pharmacies' messages in English and Spanish from Las Vegas,
                                     after the twelfth round's rules
    typed_notes_forty_fourth_round   typed notes by format and modality from Pittsburgh, after the
                                     twelfth round's rules
    spoken_notes_hundred_seventieth_round
                                     lower-case speech to text from Springfield, Peoria and central
                                     Illinois, after the thirteenth round's rules
    spoken_notes_hundred_seventy_first_round
                                     lower-case speech to text from Louisville and Kentucky, after
                                     the thirteenth round's rules
    hospital_records_thirty_second_round
                                     triage, admission, consult, nursing, social work, transfer,
                                     security and discharge records from central Illinois, after the
                                     thirteenth round's rules
    rarer_kinds_eighteenth_round     implants, payment e-mails, plates, IPs, Medicaid numbers,
                                     photos, cases, accounts, handles and wristbands, after the
                                     thirteenth round's rules
    spoken_notes_hundred_seventy_second_round
                                     lower-case speech to text from Oahu and Maui, after the
                                     review's rules
    typed_notes_forty_fifth_round    typed notes by format and modality from Baltimore, after the
                                     review's rules
    messages_forty_fifth_round       older clients', families', clergy's, residences' and
                                     pharmacies' messages from Baltimore, after the review's rules
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_HUNDRED_FORTIETH_ROUND = [
    "okay note for {NAME:brantley} twenty two from {LOCATION:east ridge} works the line at "
    "{ORGANIZATION:volkswagen} and his girlfriend {NAME:kaylee} is pregnant again",
    "session with {NAME:miss darlene} sixty eight from {LOCATION:red bank} her husband "
    "{NAME:earl} passed at {ORGANIZATION:erlanger} on {DATE:october ninth} and she can't "
    "sleep in the bed",
    "this is {NAME:jaxon} fifteen at {ORGANIZATION:east hamilton middle} and he's vaping in "
    "the bathroom his dad {NAME:travis} drives for {ORGANIZATION:covenant transport}",
    "follow up {NAME:shelby} thirty from {LOCATION:signal mountain} a nurse at "
    "{ORGANIZATION:parkridge} she got written up after a med error and her manager "
    "{NAME:denise} wants a meeting on the {DATE:eleventh}",
    "okay {NAME:dewayne} forty four from {LOCATION:alton park} was at {ORGANIZATION:moccasin "
    "bend} for two weeks after the overdose his sister {NAME:tameka} picks him up",
    "note for {NAME:harper} nine her mom {NAME:brittany} says the teacher at "
    "{ORGANIZATION:thrasher elementary} keeps calling about meltdowns grandma lives out in "
    "{LOCATION:soddy daisy}",
    "this is {NAME:pastor mike} fifty one from {LOCATION:ooltewah} his church "
    "{ORGANIZATION:abundant life} split and he's getting anonymous texts",
    "session with {NAME:lindsey} twenty six a grad student at {ORGANIZATION:ut knoxville} "
    "from {LOCATION:maryville} her ex {NAME:colton} showed up at her apartment in "
    "{LOCATION:fort sanders}",
    "follow up {NAME:ricky} fifty seven from {LOCATION:powell} retired from the aluminum "
    "plant in {LOCATION:alcoa} after thirty years and drinks a fifth a day his wife "
    "{NAME:pam} left for her sister's in {LOCATION:sevierville}",
    "okay {NAME:destiny} nineteen works at {ORGANIZATION:dollywood} in {LOCATION:pigeon "
    "forge} and her manager {NAME:wade} keeps touching her back",
    "note for {NAME:mr. hensley} eighty one from {LOCATION:halls} lives at "
    "{ORGANIZATION:northshore senior living} and his daughter {NAME:rhonda} has power of "
    "attorney",
    "this is {NAME:marisol} thirty four from {LOCATION:lonsdale} cleans rooms at the "
    "{ORGANIZATION:marriott} downtown and her son {NAME:angel} was picked up by "
    "{ORGANIZATION:knoxville police} on the {DATE:twentieth}",
    "session with {NAME:bubba} forty nine real name {NAME:james lee} from {LOCATION:lenoir "
    "city} hauls for {ORGANIZATION:pilot} and got a dui on {LOCATION:i 75} coming back from "
    "{LOCATION:cleveland}",
]

SPOKEN_NOTES_HUNDRED_FORTY_FIRST_ROUND = [
    "okay note for {NAME:dante} twenty from the {LOCATION:old west end} works at "
    "{ORGANIZATION:jeep} in the paint shop and his brother {NAME:marquis} got shot on "
    "{LOCATION:dorr street}",
    "session with {NAME:renee} forty two from {LOCATION:sylvania} a teacher at "
    "{ORGANIZATION:st ursula} her husband {NAME:greg} had a stroke at {ORGANIZATION:promedica "
    "toledo}",
    "this is {NAME:kyle} thirty one from {LOCATION:maumee} he lost his job at "
    "{ORGANIZATION:owens corning} and his kids are with their mom in {LOCATION:perrysburg}",
    "follow up {NAME:ms. wanda} seventy three from {LOCATION:kenmore} in {LOCATION:akron} her "
    "grandson {NAME:deshawn} lives with her and she's worried about the people on her porch "
    "at night",
    "okay {NAME:hailey} seventeen at {ORGANIZATION:firestone high} says she's not eating her "
    "mom {NAME:crystal} works nights at {ORGANIZATION:akron general}",
    "note for {NAME:tomasz} fifty five from {LOCATION:parma} worked at the {ORGANIZATION:ford "
    "engine plant} in {LOCATION:brook park} for twenty years and now he can't lift his arm",
    "this is {NAME:aaliyah} twenty three a student at {ORGANIZATION:kent state} from "
    "{LOCATION:cuyahoga falls} her roommate {NAME:jordyn} found her cutting",
    "session with {NAME:gus} sixty six from {LOCATION:barberton} retired from "
    "{ORGANIZATION:goodyear} his wife {NAME:dottie} has dementia and wanders",
    "follow up {NAME:nate} thirty eight from {LOCATION:lakewood} bartends at the "
    "{ORGANIZATION:winking lizard} and his sponsor {NAME:chuck} wants him out of bars",
    "okay {NAME:imani} twenty nine from {LOCATION:east cleveland} her son {NAME:jaylen} goes "
    "to {ORGANIZATION:rainbow babies} for his sickle cell and she missed work at "
    "{ORGANIZATION:progressive} again",
    "note for {NAME:father dominic} sixty from {LOCATION:tremont} a priest at "
    "{ORGANIZATION:st augustine} burned out after the diocese merged parishes",
    "this is {NAME:cheyenne} thirty three from {LOCATION:medina} on probation through "
    "{ORGANIZATION:medina county court} and her po {NAME:mr. kowalski} wants weekly drops",
    "session with {NAME:luis} forty from {LOCATION:lorain} works at the steel mill and his "
    "daughter {NAME:valeria}'s quinceañera is {DATE:june fourteenth}",
]

TYPED_NOTES_THIRTY_NINTH_ROUND = [
    "Client: {NAME:Megan Thiessen}, 34. Presenting: postpartum anxiety since delivery at "
    "{ORGANIZATION:MercyOne Des Moines Medical Center} on {DATE:9/18}. Husband {NAME:Cody} "
    "farms near {LOCATION:Adel}. EPDS 16. Plan: CBT weekly; OB {NAME:Dr. Ahlers} aware.",
    "DAP note. D: {NAME:Tyrell} (28) reports conflict with supervisor {NAME:Jill} at "
    "{ORGANIZATION:Principal Financial}. Lives in {LOCATION:Beaverdale}. A: adjustment "
    "disorder with anxiety. P: assertiveness role-play; f/u {DATE:12/22/2026}.",
    "BIRP. B: {NAME:Lucy Nguyen}, 16, {ORGANIZATION:Roosevelt High School} junior, tearful. "
    "I: DBT-A distress tolerance. R: engaged. P: family session with mother {NAME:Hoa} on "
    "{DATE:Dec. 29}.",
    "Intake: {NAME:Harold Vander Ploeg}, DOB {DATE:03/07/1949}, widower, from "
    "{LOCATION:Pella}; retired from {ORGANIZATION:Vermeer}. Daughter {NAME:Karen De Jong} "
    "({PHONE:641-555-0142}) drove him. GDS 9.",
    "Progress note: {NAME:Abdi} (31), Somali, from {LOCATION:Marshalltown}; works second "
    "shift at {ORGANIZATION:JBS}. PCL-5 48. Prolonged exposure, session 4. His imam, "
    "{NAME:Sheikh Hassan}, is supportive.",
    "EMDR session 6, {NAME:Brooke Lindquist}. Target: crash on {LOCATION:I-235} on "
    "{DATE:August 2}. SUD 8 to 2. Future template for driving to {ORGANIZATION:Drake "
    "University}.",
    "Couples: {NAME:Jesse} and {NAME:Amanda Rasmussen}, {LOCATION:Ankeny}. Gottman method. "
    "Conflict over his overtime at {ORGANIZATION:John Deere Des Moines Works}.",
    "Group note (Tuesday IOP at {ORGANIZATION:Broadlawns}): {NAME:Kenny B.} shared a relapse "
    "after payday; {NAME:Tasha} gave feedback. Topic: HALT.",
    "Risk assessment: {NAME:Owen Schaefer}, 19, {ORGANIZATION:Iowa State} freshman, "
    "{LOCATION:Ames}. C-SSRS positive for passive SI. Safety plan made; RA {NAME:Mariah} "
    "informed with consent. Roommate {NAME:Jake} present.",
    "Collateral call from {NAME:Deputy Sorensen}, {ORGANIZATION:Polk County Sheriff's "
    "Office}, re: {NAME:Dwight}'s welfare check at {LOCATION:1412 E. Grand Ave}. Case "
    "{OTHER_ID:PCSO-26-08817}.",
    "Telehealth with {NAME:Ana Lucía Morales}, 42, {LOCATION:West Liberty}; works at "
    "{ORGANIZATION:West Liberty Foods}. Interpreter ID {OTHER_ID:INT-44201}. Grief after "
    "brother {NAME:Rubén} died {DATE:10/30}.",
    "Discharge summary: {NAME:Carol Petersen}, seen {DATE:6/2/2026} to {DATE:11/24/2026}, 24 "
    "sessions. GAD-7 17 to 5. Referred back to PCP {NAME:Dr. Raj Patel}, "
    "{ORGANIZATION:UnityPoint Clinic Urbandale}.",
    "Psychodynamic session: {NAME:Liam} (45) recalled summers at his grandfather's farm "
    "outside {LOCATION:Decorah}; grandfather {NAME:Arne} died when {NAME:Liam} was 12.",
]

MESSAGES_THIRTY_NINTH_ROUND = [
    "Hi this is {NAME:Yesenia}, {NAME:Mateo}'s mom. He has a fever so we can't come "
    "{DATE:Thursday the 10th}. Sorry!",
    "Buenas tardes, soy {NAME:Rosa Garza}. Mi esposo {NAME:Beto} salió del "
    "{ORGANIZATION:Christus Spohn Shoreline} ayer. ¿Puedo cambiar la cita al {DATE:15 de "
    "diciembre}? Mi cel es {PHONE:361-555-0119}.",
    "From {ORGANIZATION:H-E-B Pharmacy} on {LOCATION:Saratoga Blvd}: prescription for "
    "{NAME:DAVID TREVINO} is ready. Rx {OTHER_ID:6620418}.",
    "{NAME:Ms. Ortiz} here from {ORGANIZATION:Flour Bluff ISD}, counselor at the junior high. "
    "{NAME:Adrian} told a teacher he wanted to die. Please call {PHONE:361-555-0176} ext 4.",
    "hey its {NAME:jaz} lol can we do zoom instead, im at my tia's in {LOCATION:robstown} til "
    "the {DATE:13th}",
    "This is {NAME:Officer Reyna} with {ORGANIZATION:Corpus Christi PD}, calling about "
    "{NAME:Gilbert Salinas}, DOB {DATE:2/14/1988}. Report {OTHER_ID:26-118034}.",
    "Reminder: {NAME:Paul}, your appointment with {NAME:Dr. Castillo} is {DATE:Dec 16} at "
    "3:00 PM at {LOCATION:5656 S Staples St}. Reply C to confirm.",
    "Mija, I'm {NAME:Tere}, your abuela's neighbor on {LOCATION:Ocean Drive}. She fell and "
    "they took her to {ORGANIZATION:Bay Area Hospital}.",
    "{NAME:Coach Villarreal} from {ORGANIZATION:Carroll High} football: {NAME:Marcus} missed "
    "practice again, his dad says he's at {ORGANIZATION:Bayview Behavioral Hospital}. Is he "
    "ok?",
    "hola soy {NAME:doña chela} la mamá de {NAME:ramiro}, él ya no quiere ir a "
    "{ORGANIZATION:del mar college} y se la pasa en el cuarto",
    "Navy Legal here, re: {NAME:PO2 Jessica Hale}, {ORGANIZATION:NAS Corpus Christi}. Her "
    "command wants a records release by {DATE:Dec 18}.",
    "{NAME:Kendra} from {ORGANIZATION:Coastal Bend Food Bank} returned your call about "
    "{NAME:Mr. Alaniz}'s delivery, new address {LOCATION:3310 Leopard St}, {LOCATION:78408}.",
    "Wanted to let you know Grandpa {NAME:Joe} (my dad, {NAME:Joe Luna}) turned "
    "{AGE_OVER_89:92} yesterday and is asking for you. {NAME:Lupe}",
]

HOSPITAL_RECORDS_TWENTY_SEVENTH_ROUND = [
    "ED TRIAGE, {ORGANIZATION:LVHN Cedar Crest}. Pt {NAME:Justin Moyer}, 27M, MRN "
    "{MRN:LV20931775}, BIBA from {LOCATION:Emmaus} after intentional ingestion of 40 tabs "
    "APAP. Arrival {DATE:12/03/2026} 02:14.",
    "ADMISSION H&P, Behavioral Health Unit, {ORGANIZATION:St. Luke's Anderson Campus}. "
    "{NAME:Maria Colón}, 44F, DOB {DATE:07/11/1982}. Transferred from {ORGANIZATION:St. "
    "Luke's Bethlehem} ED on a 302 warrant signed by {NAME:Dr. K. Yoder}.",
    "PSYCH CONSULT: {NAME:Raymond Sechler}, 79M, Rm {LOCATION:5124}, on medicine for UTI with "
    "delirium. Lives in {LOCATION:Nazareth} with wife {NAME:Joan}. Recommend low-dose "
    "haloperidol PRN, reorientation.",
    "NURSING NOTE {DATE:12/4} 2300: pt {NAME:Moyer} tearful, asked for chaplain. Mother "
    "{NAME:Lisa Moyer} at bedside. 1:1 sitter {NAME:Tina R.} in place.",
    "SOCIAL WORK: {NAME:Ms. Colón} lives at {LOCATION:622 N. 7th St}, {LOCATION:Allentown} "
    "{LOCATION:18102}; Medical Assistance ID {HEALTH_PLAN:4102938475}. Employed at the "
    "{ORGANIZATION:Amazon} warehouse in {LOCATION:Breinigsville}.",
    "TRANSFER NOTE: accepting facility {ORGANIZATION:KidsPeace} in {LOCATION:Orefield}; pt "
    "{NAME:Aiden Kratzer}, 14M. Guardian {NAME:Sandra Kratzer} ({PHONE:610-555-0163}) "
    "consents.",
    "DISCHARGE SUMMARY: {NAME:Justin Moyer} discharged {DATE:12/07/2026}. Follow-up with "
    "{NAME:Dr. Amrita Sen} at {ORGANIZATION:Lehigh Valley Physician Group Psychiatry}, "
    "{LOCATION:Allentown}, on {DATE:12/14/2026}.",
    "COURT: Mental Health Review Officer hearing {DATE:12/09/2026}, {ORGANIZATION:Lehigh "
    "County Court of Common Pleas}, docket {OTHER_ID:MH-2026-1142}. Pt represented by Atty. "
    "{NAME:Michael Fenstermacher}.",
    "CRISIS EVAL, {ORGANIZATION:Northampton County Crisis}: caller {NAME:Brenda Heckman} "
    "reports son {NAME:Tyler} (DOB {DATE:5/5/2004}) barricaded at {LOCATION:1450 Linden St}, "
    "{LOCATION:Bethlehem}.",
    "ED NOTE: {NAME:Ana Pérez}, 31F, G3P2, from {LOCATION:Easton}; partner {NAME:Luis} "
    "accompanied. Reports IPV. SANE nurse {NAME:Kim Bauer}, RN, notified.",
    "Pt belongings: iPhone, wallet with PA driver's license {LICENSE:28 441 902}, keys to a "
    "2014 Honda Civic, plate {VEHICLE:LKZ-4471}.",
    "PROGRESS NOTE HD3: {NAME:Mr. Sechler} more oriented. Son {NAME:Dale} from "
    "{LOCATION:Bath} visited. Plan: d/c to {ORGANIZATION:Gracedale} for rehab.",
    "ATTESTATION: Seen and examined with resident {NAME:Dr. Nikhil Rao}. {NAME:Eleanor "
    "Gruber}, MD, {DATE:12/05/2026} 16:40.",
]

SPOKEN_NOTES_HUNDRED_FORTY_SECOND_ROUND = [
    "okay note for {NAME:kenzie} twenty four from {LOCATION:newburgh} works at "
    "{ORGANIZATION:deaconess gateway} as a unit secretary and her fiance {NAME:trey} got "
    "deployed",
    "session with {NAME:mr. schnell} seventy nine from {LOCATION:jasper} retired from "
    "{ORGANIZATION:kimball} his wife {NAME:rita} died on {DATE:november second} and he "
    "stopped going to {ORGANIZATION:st joseph's}",
    "this is {NAME:tanner} sixteen at {ORGANIZATION:reitz high} got into a fight and his "
    "stepdad {NAME:shawn} works at {ORGANIZATION:toyota} in {LOCATION:princeton}",
    "follow up {NAME:hope} thirty one from {LOCATION:boonville} she hopes to get custody back "
    "of {NAME:lily} and {NAME:grace} the hearing is {DATE:january twelfth} at the "
    "{ORGANIZATION:vanderburgh county courthouse}",
    "okay {NAME:darnell} forty from the {LOCATION:jacobsville} area got out last month and is "
    "staying with his cousin {NAME:reggie} on {LOCATION:lincoln avenue}",
    "note for {NAME:summer} nineteen a student at {ORGANIZATION:usi} from {LOCATION:mount "
    "vernon} her roommate {NAME:paige} says she's not leaving the room",
    "this is {NAME:gary} fifty three a welder at {ORGANIZATION:berry global} and his wife "
    "{NAME:deb} found the pills in his truck",
    "session with {NAME:keisha} twenty eight from {LOCATION:henderson} across the river deals "
    "cards at {ORGANIZATION:tropicana} downtown and owes money to her cousin {NAME:dre}",
    "follow up {NAME:earl ray} sixty six from {LOCATION:tell city} a vietnam vet gets his "
    "care at the {ORGANIZATION:marion va}",
    "okay {NAME:abby} thirteen at {ORGANIZATION:castle middle} her mom {NAME:jen} says she's "
    "on discord all night",
    "note for {NAME:will} forty four from {LOCATION:huntingburg} he will not stop checking "
    "the locks and his boss at {ORGANIZATION:farbest foods} noticed",
    "this is nana {NAME:pat} {AGE_OVER_89:ninety one} from {LOCATION:evansville} lives at "
    "{ORGANIZATION:solarbron pointe} and her granddaughter {NAME:ashlyn} visits on sundays",
]

SPOKEN_NOTES_HUNDRED_FORTY_THIRD_ROUND = [
    "okay note for {NAME:jamarcus} nineteen from {LOCATION:ensley} plays ball at "
    "{ORGANIZATION:miles college} and his mama {NAME:sheila} works at {ORGANIZATION:uab}",
    "session with {NAME:mrs. loretta} seventy two from {LOCATION:bessemer} her son "
    "{NAME:cedric} is in {ORGANIZATION:donaldson} and she visits once a month",
    "this is {NAME:caleb} thirty from {LOCATION:hoover} an engineer at {ORGANIZATION:southern "
    "company} his wife {NAME:mary katherine} wants a separation",
    "follow up {NAME:ashley} twenty six a nurse at {ORGANIZATION:grandview} in "
    "{LOCATION:vestavia} she's drinking after every shift",
    "okay {NAME:deshawn} fifteen at {ORGANIZATION:parker high} got jumped on {LOCATION:fourth "
    "avenue north} and his grandmother {NAME:ms. bertha} wants him out of the city",
    "note for {NAME:luis} thirty eight from {LOCATION:center point} roofs for "
    "{ORGANIZATION:yellowhammer roofing} and fell off a ladder on the {DATE:fifth}",
    "this is {NAME:brother james} fifty a deacon at {ORGANIZATION:sixteenth street baptist} "
    "and he's carrying his church's grief",
    "session with {NAME:kaitlyn} twenty two from {LOCATION:trussville} a student at "
    "{ORGANIZATION:samford} her dad {NAME:rick} is a pastor at {ORGANIZATION:church of the "
    "highlands}",
    "follow up {NAME:reggie} sixty one from {LOCATION:fairfield} retired from "
    "{ORGANIZATION:us steel} and his wife {NAME:gloria} has stage four",
    "okay {NAME:tiana} thirty four from {LOCATION:homewood} her daughter {NAME:zoe} was "
    "admitted to {ORGANIZATION:children's of alabama} on {DATE:december first}",
    "note for {NAME:bo} forty seven from {LOCATION:gardendale} drives a truck for "
    "{ORGANIZATION:mckee foods} and sleeps three hours",
    "this is {NAME:pastor dwayne} fifty eight from {LOCATION:tuscaloosa} his son "
    "{NAME:marcus} is a freshman at {ORGANIZATION:stillman}",
]

TYPED_NOTES_FORTIETH_ROUND = [
    "SOAP. S: {NAME:Kristen Ouellette}, 37, reports panic at work ({ORGANIZATION:Upstate "
    "University Hospital}, night shift). O: tearful, HR 96. A: panic disorder. P: "
    "interoceptive exposure; return {DATE:12/17}.",
    "{NAME:Hakim} (24), refugee from Syria, lives on the {LOCATION:North Side}; works at "
    "{ORGANIZATION:Wegmans} on {LOCATION:James St}. Interpreter used. PCL-5 52.",
    "DBT individual: {NAME:Brianna Kowalski}, 17, {ORGANIZATION:Liverpool High School}. Chain "
    "analysis of cutting on Sunday, {DATE:Dec. 6}.",
    "Intake: {NAME:Edward Lacroix} (goes by {NAME:Ned}), DOB {DATE:1/30/1958}, "
    "{LOCATION:Baldwinsville}. Retired {ORGANIZATION:Carrier} machinist. Wife "
    "{NAME:Claudette}. AUDIT 22.",
    "Couples: {NAME:Dev} and {NAME:Priya Raman}, {LOCATION:Fayetteville}. His parents are "
    "visiting from {LOCATION:Chennai} through {DATE:January 3}. Conflict about in-laws.",
    "Psych testing referral for {NAME:Owen} (9), 3rd grade at {ORGANIZATION:Ed Smith School}; "
    "teacher {NAME:Mrs. Delgado} reports inattention.",
    "Collateral: {NAME:Sgt. Amy Russo}, {ORGANIZATION:Onondaga County Sheriff's Office}, re: "
    "{NAME:Tyler}'s arrest {DATE:11/29}; case {OTHER_ID:OCSO-2026-11873}.",
    "ACT session: {NAME:Margaret} (68) did a values card sort; wants to see granddaughter "
    "{NAME:Ellie} in {LOCATION:Rochester} more. Husband {NAME:Walt}'s Parkinson's progressing.",
    "Telehealth: client at {LOCATION:211 Westcott St}, Apt {LOCATION:3}; backup phone "
    "{PHONE:315-555-0148}. Session via {URL:doxy.me/drmaloney}.",
    "Progress note: {NAME:Jasmine Ortiz}, 29, works at the {ORGANIZATION:Apple} store in "
    "{ORGANIZATION:Destiny USA}. Manager {NAME:Kyle} cut her hours.",
    "Discharge: {NAME:Paul Nowak}, 55, completed IOP at {ORGANIZATION:Crouse Chemical "
    "Dependency Treatment Services} {DATE:12/4/2026}. Sponsor {NAME:Jimmy D.} Home group: "
    "Tuesday night AA.",
    "School consult: {NAME:Aaliyah} (14), {ORGANIZATION:Grant Middle School}, counselor "
    "{NAME:Mr. Bianchi} ({EMAIL:jbianchi@scsd.us}).",
]

LETTERS_AND_FORMS_NINETEENTH_ROUND = [
    "To Whom It May Concern: {NAME:Jessica Mullins} (DOB {DATE:04/19/1990}) has been in "
    "weekly treatment with me since {DATE:March 2025}. Please excuse her absence from "
    "{ORGANIZATION:Toyota Motor Manufacturing Kentucky} on {DATE:12/1/2026} and "
    "{DATE:12/2/2026}.",
    "RELEASE OF INFORMATION. I, {NAME:Bobby Ray Caudill}, authorize {ORGANIZATION:Mountain "
    "Comprehensive Care Center}, {LOCATION:Prestonsburg}, to release records to "
    "{ORGANIZATION:Floyd County Family Court}. SSN {SSN:400-55-8812}.",
    "FMLA CERTIFICATION. Employee: {NAME:Tonya Sexton}. Employer: {ORGANIZATION:Appalachian "
    "Regional Healthcare}. Condition began {DATE:10/14/2026}; incapacity estimated through "
    "{DATE:01/15/2027}.",
    "School accommodation letter: {NAME:Caden Blevins}, grade 8, {ORGANIZATION:Paintsville "
    "Middle School}. Parent: {NAME:Misty Blevins}, {PHONE:(606) 555-0191}.",
    "COURT LETTER re: {NAME:Dustin Slone}, Case No. {OTHER_ID:26-CI-00412}, "
    "{ORGANIZATION:Pike Circuit Court}. {NAME:Mr. Slone} has attended 14 of 16 sessions.",
    "HOUSING LETTER: {NAME:Renee Adkins} and her children {NAME:Kaylee} (7) and {NAME:Hunter} "
    "(4) were displaced by flooding in {LOCATION:Hindman} on {DATE:July 28}. They need a "
    "ground-floor unit.",
    "INTAKE FORM. Name: {NAME:Shirley Stamper}. Address: {LOCATION:88 Lower Troublesome Rd}, "
    "{LOCATION:Hindman}, KY {LOCATION:41822}. Emergency contact: {NAME:Junior Stamper} (son) "
    "{PHONE:606-555-0117}.",
    "Dear {NAME:Dr. Whitaker}, I am referring {NAME:Mr. Elmer Hall}, {AGE_OVER_89:93}, for a "
    "memory evaluation at the {ORGANIZATION:Sanders-Brown Center on Aging} in "
    "{LOCATION:Lexington}.",
    "Work release: {NAME:Clay Hatfield} may return to work at {ORGANIZATION:Alliance Coal} on "
    "{DATE:12/14} without restrictions.",
    "Asylum support letter: {NAME:Amina Yusuf} fled {LOCATION:Mogadishu} in 2019 and has "
    "lived in {LOCATION:Bowling Green} since {DATE:June 2021}. Her caseworker at the "
    "{ORGANIZATION:International Center of Kentucky} is {NAME:Lina Haddad}.",
    "Disability form: claimant {NAME:Roger Sizemore}, claim {OTHER_ID:KY-DDS-2026-448120}, "
    "last worked in {DATE:August 2024} at {ORGANIZATION:Walmart #1163} in {LOCATION:Hazard}.",
    "Jury duty excuse: {NAME:Kimberly Gayheart}, juror no. {OTHER_ID:4471}, summoned to the "
    "{ORGANIZATION:Perry County Courthouse} on {DATE:January 6, 2027}.",
]

CRISIS_LINE_NOTES_FOURTEENTH = [
    "988 call 02:14. Caller {NAME:Kyle} (age 34) from {LOCATION:Hamilton}, OH, reports a plan "
    "with his father's gun. Lethal means discussed; he agreed to give it to his brother "
    "{NAME:Matt} at {LOCATION:1120 Heaton St}.",
    "Text line: texter {NAME:lexi}, 15, in {LOCATION:Fishers}; stepdad {NAME:Mark} hit her "
    "tonight. DCS hotline called, report {OTHER_ID:IN-DCS-2612-0443}.",
    "Mobile crisis to {LOCATION:Englewood} for {NAME:Mrs. Ivy Turner}, {AGE_OVER_89:94}, "
    "found wandering by neighbor {NAME:Dale}. Transported by {ORGANIZATION:Englewood Medic "
    "81}.",
    "Warm line: {NAME:Bernie} called again from {ORGANIZATION:Briarwood Manor}, lonely since "
    "his wife {NAME:Ruth} died in {DATE:October}.",
    "Chat: {NAME:Jordan} (they/them), student at {ORGANIZATION:Miami University}, "
    "{LOCATION:Oxford}; roommate {NAME:Sam} aware. Safety plan emailed to "
    "{EMAIL:jordan.k22@miamioh.edu}.",
    "988 veterans line: caller {NAME:Travis Burkholder}, Army vet, {LOCATION:Chillicothe}; "
    "warm transfer to the {ORGANIZATION:Chillicothe VA Medical Center} ER.",
    "Follow-up call to {NAME:Destiny Marsh} at {PHONE:937-555-0102}: she made it to "
    "{ORGANIZATION:Kettering Behavioral Medicine Center} and was admitted {DATE:12/6}.",
    "Caller {NAME:Mrs. Patel} worried about her son {NAME:Arjun}, 20, at "
    "{ORGANIZATION:Purdue}, not answering since the {DATE:4th}.",
    "Text: {NAME:kay} says her bf {NAME:dom} took her car keys and phone charger, she's at "
    "the {ORGANIZATION:speedway} on {LOCATION:rt 4}",
    "Police co-response with {NAME:Officer Hines}, {ORGANIZATION:Dayton PD}, to "
    "{LOCATION:Wolf Creek Pike} for {NAME:Marcus Greene}, 27, paranoid, barricaded.",
    "Call from {NAME:Fr. Tom Reilly} of {ORGANIZATION:St. Albert the Great} about a "
    "parishioner, {NAME:Gene}, 78, who gave away his dog.",
    "Mobile crisis: {NAME:Jada}, 16, in the counselor's office at {ORGANIZATION:Ben Davis "
    "High School}; mom {NAME:Keisha} en route; ride to {ORGANIZATION:Riley Children's} ED.",
]

GROUP_AND_FAMILY_NOTES_FOURTEENTH = [
    "DBT skills group (Tue): present {NAME:Ava}, {NAME:Mackenzie}, {NAME:Jordyn}, "
    "{NAME:Serenity}; absent {NAME:Kayla} (sick). Topic: radical acceptance.",
    "Family session with {NAME:Chidi Okafor}, his wife {NAME:Ngozi} and daughter "
    "{NAME:Adaeze} (15). Conflict over her boyfriend {NAME:Tyler} from "
    "{ORGANIZATION:Westerville North}.",
    "Grief group: {NAME:Marlene} shared about her son {NAME:Josh}'s overdose on "
    "{DATE:Thanksgiving}; {NAME:Frank} offered support.",
    "Couples: {NAME:Rob} and {NAME:Stephanie Yoder}. She found messages from his coworker "
    "{NAME:Brandi} at {ORGANIZATION:Honda of America} in {LOCATION:Marysville}.",
    "Parenting group: {NAME:Tasha}'s son {NAME:Kingston} (3) bit a peer at "
    "{ORGANIZATION:Little Sprouts Daycare}; {NAME:Miguel} shared time-out tips.",
    "Veterans' group at {ORGANIZATION:VFW Post 3085}: {NAME:Hank}, {NAME:Dewey} and "
    "{NAME:Rosa} discussed anniversary reactions; {NAME:Dewey}'s unit lost men near "
    "{LOCATION:Fallujah} in 2004.",
    "Teen group: {NAME:Brayden} said he got suspended from {ORGANIZATION:Pike High} for "
    "vaping; {NAME:Lily} and {NAME:Noah} gave feedback.",
    "Multifamily group: the {NAME:Hernandez} family and the {NAME:Baker} family attended; "
    "{NAME:Mrs. Baker} asked about respite.",
    "Recovery group: {NAME:Big Al} celebrated 5 years; {NAME:Crystal} relapsed after her "
    "sister's wedding in {LOCATION:Lima}.",
    "Family therapy: Grandma {NAME:Jean}, {AGE_OVER_89:96}, joined by phone from "
    "{LOCATION:Zanesville}; {NAME:Caleb} (12) read her his letter.",
    "Couples session: {NAME:Amir} and {NAME:Leila} discussed moving to {LOCATION:Dearborn} to "
    "be near her parents; his job at {ORGANIZATION:Cummins} in {LOCATION:Columbus} is the "
    "obstacle.",
    "Group: {NAME:Hope} said hope is hard; {NAME:Will} said he will try. {NAME:Faith} was absent.",
]

SPOKEN_NOTES_HUNDRED_FORTY_FOURTH_ROUND = [
    "okay note for {NAME:kendrick} twenty three from {LOCATION:southwest little rock} works "
    "at {ORGANIZATION:dillard's} in the warehouse and his girlfriend {NAME:nia} kicked him out",
    "session with {NAME:mrs. faye} eighty five from {LOCATION:north little rock} her husband "
    "{NAME:buddy} is at {ORGANIZATION:baptist health} on the fourth floor",
    "this is {NAME:colby} seventeen at {ORGANIZATION:cabot high} and his dad {NAME:randy} is "
    "deployed with the guard",
    "follow up {NAME:maribel} thirty from {LOCATION:rogers} works at {ORGANIZATION:tyson} on "
    "the line and her husband {NAME:hector} got detained by ice on the {DATE:ninth}",
    "okay {NAME:jace} twenty one a junior at {ORGANIZATION:uca} in {LOCATION:conway} he's "
    "failing and hiding it from his parents in {LOCATION:searcy}",
    "note for {NAME:ms. odessa} {AGE_OVER_89:ninety three} lives in {LOCATION:pine bluff} "
    "with her great grandson {NAME:tre}",
    "this is {NAME:brandon} forty from {LOCATION:benton} a lineman for {ORGANIZATION:entergy} "
    "fell twenty feet and is on disability now",
    "session with {NAME:skylar} nineteen from {LOCATION:jacksonville} an airman at "
    "{ORGANIZATION:little rock air force base} and her sergeant keeps calling her sweetheart",
    "follow up {NAME:tommy lee} fifty eight from {LOCATION:hot springs} used to deal at "
    "{ORGANIZATION:oaklawn} and lost his house gambling",
    "okay {NAME:aubrey} fourteen at {ORGANIZATION:mann magnet} her mom {NAME:latoya} works "
    "nights at {ORGANIZATION:uams}",
    "note for {NAME:father paul} sixty six a priest at {ORGANIZATION:st edward} in "
    "{LOCATION:little rock} he's been sober nine years",
    "this is {NAME:dakota} twenty six from {LOCATION:maumelle} sells cars at "
    "{ORGANIZATION:landers} and his boss {NAME:mr. gentry} wants him to work sundays",
]

SPOKEN_NOTES_HUNDRED_FORTY_FIFTH_ROUND = [
    "okay note for {NAME:cade} twenty from {LOCATION:wolfforth} a sophomore at "
    "{ORGANIZATION:texas tech} and his roommate {NAME:garrett} found the rope",
    "session with {NAME:yolanda} forty five from {LOCATION:slaton} works at "
    "{ORGANIZATION:covenant} as a cna her son {NAME:javi} is in {ORGANIZATION:lubbock county "
    "detention}",
    "this is {NAME:kyle} thirty two from {LOCATION:canyon} works cattle at a feedlot near "
    "{LOCATION:hereford} and drinks every night",
    "follow up {NAME:mrs. beverly} seventy nine from {LOCATION:amarillo} her husband "
    "{NAME:don} has parkinson's and her daughter {NAME:tammy} lives in {LOCATION:midland}",
    "okay {NAME:juan carlos} twenty seven from {LOCATION:dumas} works at the "
    "{ORGANIZATION:jbs} plant in {LOCATION:cactus} and lost two fingers last month",
    "note for {NAME:mckenna} fifteen at {ORGANIZATION:frenship high} her mom {NAME:stacy} "
    "says she's been skipping lunch",
    "this is {NAME:abel} sixty from {LOCATION:plainview} a farmer his crop failed and his "
    "brother {NAME:ruben} hung himself in 2019",
    "session with {NAME:brianna} twenty eight a teacher at {ORGANIZATION:tascosa} in "
    "{LOCATION:amarillo} her ex {NAME:dustin} shows up at school",
    "follow up {NAME:pastor ray} fifty four from {LOCATION:levelland} his church "
    "{ORGANIZATION:first baptist levelland} fired him",
    "okay {NAME:destiny} nineteen from {LOCATION:guadalupe} in {LOCATION:lubbock} pregnant "
    "and staying at the {ORGANIZATION:women's protective services} shelter",
    "note for {NAME:hank} seventy two from {LOCATION:pampa} retired from the "
    "{ORGANIZATION:celanese} plant and his wife {NAME:darla} passed on {DATE:march third}",
    "this is {NAME:jaylen} sixteen at {ORGANIZATION:estacado high} got jumped at "
    "{ORGANIZATION:south plains mall}",
]

SPOKEN_NOTES_HUNDRED_FORTY_SIXTH_ROUND = [
    "okay note for {NAME:tavion} eighteen from {LOCATION:cedar grove} works at "
    "{ORGANIZATION:sam's town} in the kitchen and his mama {NAME:regina} is sick",
    "session with {NAME:miss pearl} eighty eight from {LOCATION:bossier city} her grandson "
    "{NAME:kee} took her car to {LOCATION:dallas}",
    "this is {NAME:blake} thirty four from {LOCATION:haughton} works offshore for "
    "{ORGANIZATION:halliburton} two weeks on two off and his wife {NAME:ashton} wants out",
    "follow up {NAME:keondre} twenty two from {LOCATION:monroe} a student at "
    "{ORGANIZATION:ulm} he got shot at on {LOCATION:desiard street}",
    "okay {NAME:mrs. dupree} sixty seven from {LOCATION:west monroe} retired from "
    "{ORGANIZATION:graphic packaging} and her son {NAME:lil man} is back on meth",
    "note for {NAME:hannah grace} sixteen at {ORGANIZATION:captain shreve} and her dad "
    "{NAME:bryce} is a deputy with the {ORGANIZATION:caddo parish sheriff}",
    "this is {NAME:marcus} forty from {LOCATION:mooretown} works at {ORGANIZATION:barksdale} "
    "as a contractor",
    "session with {NAME:lacey} twenty nine from {LOCATION:ruston} a nurse at "
    "{ORGANIZATION:northern louisiana medical center} she's using her patients' pills",
    "follow up {NAME:dewayne} fifty one from {LOCATION:minden} drives for "
    "{ORGANIZATION:averitt} and sleeps in his cab",
    "okay {NAME:kiara} twenty four from {LOCATION:queensborough} her baby {NAME:jaylah} was "
    "born at {ORGANIZATION:willis knighton} on {DATE:november twenty ninth}",
    "note for {NAME:brother earl} sixty two a deacon at {ORGANIZATION:galilee baptist} and "
    "he's losing his sight",
    "this is {NAME:cody} thirty from {LOCATION:benton} works at the {ORGANIZATION:horseshoe} "
    "as a dealer",
]

RARER_KINDS_FIFTEENTH_ROUND = [
    "Pt's insulin pump serial {DEVICE:OM-22K-104877} alarmed during session; pharmacy notified.",
    "Vehicle: silver 2017 Ford F-150, Arkansas plate {VEHICLE:482 KTL}, seen outside her "
    "apartment twice.",
    "Client's Instagram {OTHER_ID:@lilmama_ark} posted a goodbye message at 2 a.m.; "
    "screenshot saved.",
    "Login from IP {IP:2600:1700:5a3:9e10::4c} flagged by the portal.",
    "Medicare MBI {HEALTH_PLAN:4TE7-HK2-PN61} on file; secondary {ORGANIZATION:Arkansas Blue "
    "Cross} {HEALTH_PLAN:XCF229104871}.",
    "Court: {ORGANIZATION:Pulaski County Circuit Court}, case {OTHER_ID:60DR-26-1187}, "
    "hearing {DATE:Jan. 22, 2027}.",
    "Voice sample for the identity check recorded {DATE:12/02/2026}; voiceprint ID "
    "{BIOMETRIC:VP-88120-A}.",
    "Photo of client's bruised arm taken {DATE:12/3} saved as {PHOTO:IMG_4471.HEIC}.",
    "Fax records to {FAX:(501) 555-0166} attn: {NAME:Rhonda}.",
    "Teletherapy link {URL:https://meet.sealnote.example/r/kf83-22aa} expired; resent from "
    "{EMAIL:frontdesk@riverbendcounseling.example}.",
    "Arkansas psychology license {LICENSE:PSY 1-0942} for {NAME:Dr. Harlan Meeks} verified.",
    "Student ID {OTHER_ID:T00487231} at {ORGANIZATION:Arkansas Tech}; parking permit "
    "{OTHER_ID:P-26-4471}.",
]

HOSPITAL_RECORDS_TWENTY_EIGHTH_ROUND = [
    "ED NOTE, {ORGANIZATION:UAMS Medical Center}: {NAME:Jerome Whitfield}, 45M, MRN "
    "{MRN:U0048817233}, brought by {ORGANIZATION:MEMS} after found down in "
    "{LOCATION:MacArthur Park}.",
    "ADMIT: {NAME:Rosa Hernández}, 52F, from {LOCATION:Springdale}, admitted "
    "{DATE:12/05/2026} to the psychiatric unit at {ORGANIZATION:Washington Regional}; husband "
    "{NAME:Efraín} at bedside.",
    "CONSULT: {NAME:Leonard Pruitt}, {AGE_OVER_89:91}M, Rm {LOCATION:612}, delirium vs "
    "dementia; daughter {NAME:Carla Pruitt-James} ({PHONE:479-555-0138}) is POA.",
    "NURSING: {DATE:12/06} 0300 pt {NAME:Whitfield} pulled IV, yelling for {NAME:Denise}. "
    "Security officer {NAME:Grant} at door.",
    "SW NOTE: {NAME:Mr. Whitfield} stays at {ORGANIZATION:Our House} shelter; case manager "
    "{NAME:Tasha Boyd} at {ORGANIZATION:Little Rock Community Mental Health Center}.",
    "TRANSFER: to {ORGANIZATION:Arkansas State Hospital} on an order from "
    "{ORGANIZATION:Pulaski County Probate Court}, {DATE:12/07/2026}.",
    "DISCHARGE: {NAME:Rosa Hernández} d/c'd {DATE:12/09/2026} home to {LOCATION:1403 S. "
    "Thompson St}, {LOCATION:Springdale}, AR {LOCATION:72764}; f/u {ORGANIZATION:Ozark "
    "Guidance} {DATE:12/15/2026}.",
    "ED NOTE: {NAME:Kaylee Rhodes}, 16F, from {LOCATION:Mountain Home}; overdose of mom's "
    "sertraline. Mother {NAME:Crystal Rhodes} works at {ORGANIZATION:Baxter Regional}.",
    "CODE GRAY {DATE:12/04} 2210, {LOCATION:4 East}: pt {NAME:J. Whitfield} combative; "
    "{ORGANIZATION:UAMS PD} {NAME:Officer Lamb} responded.",
    "H&P: {NAME:Darnell Ochoa}, 38M, DOB {DATE:06/22/1988}, SSN {SSN:431-77-2209}, employer "
    "{ORGANIZATION:Tyson Foods}.",
    "ATTENDING NOTE: discussed with {NAME:Dr. Mei Lin Zhou} (psychiatry) and {NAME:Dr. "
    "Okafor} (medicine). {NAME:Samuel Grant}, MD.",
    "PHONE CALL: spoke with pt's sister {NAME:Tonya} in {LOCATION:Texarkana} at "
    "{PHONE:870-555-0129}; she will pick him up Friday {DATE:12/11}.",
]

MESSAGES_FORTIETH_ROUND = [
    "hey its {NAME:kenzie} from group, can u tell {NAME:ms. roberts} im running late, bus "
    "broke down on {LOCATION:asher ave}",
    "Hello, this is {NAME:Pam} from {NAME:Dr. Greer}'s office returning a call about "
    "{NAME:Kevin Moss}'s refill.",
    "Your prescription is ready at {ORGANIZATION:Kroger Pharmacy} on {LOCATION:Rodney Parham "
    "Rd}. Reply STOP to end.",
    "This is {NAME:Coach Dillard} at {ORGANIZATION:Conway High}. {NAME:Jace} was taken home "
    "early today, he seemed off. Call me {PHONE:501-555-0184}.",
    "hola soy tu tía {NAME:chayo}, tu mamá está en el {ORGANIZATION:mercy} de "
    "{LOCATION:rogers} desde ayer",
    "This is {NAME:Officer Jenkins}, Arkansas Community Correction. {NAME:Marcus Bell} missed "
    "his check-in {DATE:12/4}. Please have him call.",
    "Reminder from {ORGANIZATION:Riverbend Counseling}: {NAME:Aubrey} has an appointment Tue "
    "{DATE:Dec 15} at 4:00.",
    "{NAME:Pastor Greg} from {ORGANIZATION:New Life Church} here, {NAME:Dakota} asked me to "
    "let you know he's safe at his grandma's in {LOCATION:Vilonia}.",
    "hi it's {NAME:bri}!! my new number is {PHONE:501 555 0173} and my email is "
    "{EMAIL:brianna.k.hall@icloud.com}",
    "{NAME:Tyler}'s mom again. He got into {ORGANIZATION:Harding}! Can we move to Wednesdays "
    "after {DATE:Jan 6}?",
    "From {ORGANIZATION:Arkansas Children's}: {NAME:Jaylah Price} was seen in the ED "
    "{DATE:12/05/2026}. Records attached.",
    "This is {NAME:Sgt. Powell}, {ORGANIZATION:Conway PD}, case {OTHER_ID:26-08841}. We need "
    "to speak with {NAME:Skylar Dunn} about the incident on {DATE:Nov 30}.",
]

SPOKEN_NOTES_HUNDRED_FORTY_SEVENTH_ROUND = [
    "okay note for {NAME:deandre} twenty from {LOCATION:sherman park} works at "
    "{ORGANIZATION:harley davidson} on the line and his cousin {NAME:tay} got locked up in "
    "the {ORGANIZATION:house of correction}",
    "session with {NAME:mrs. kowalczyk} seventy six from {LOCATION:bay view} her husband "
    "{NAME:stan} worked at {ORGANIZATION:allen bradley} for forty years and now he doesn't "
    "know her",
    "this is {NAME:marisol} thirty two from {LOCATION:clarke square} cleans at "
    "{ORGANIZATION:froedtert} nights and her daughter {NAME:itzel} is at "
    "{ORGANIZATION:bradley tech}",
    "follow up {NAME:tyler} twenty seven from {LOCATION:wauwatosa} a bartender at "
    "{ORGANIZATION:lakefront brewery} drinks after every shift",
    "okay {NAME:aaliyah} sixteen at {ORGANIZATION:rufus king} her mom {NAME:keisha} works at "
    "{ORGANIZATION:northwestern mutual} downtown",
    "note for {NAME:pastor williams} fifty nine at {ORGANIZATION:greater galilee} on "
    "{LOCATION:north avenue} his son {NAME:darius} was killed in {DATE:august}",
    "this is {NAME:bao} forty four hmong from {LOCATION:west allis} works at "
    "{ORGANIZATION:quad graphics} and his wife {NAME:mai} wants to move to {LOCATION:st paul}",
    "session with {NAME:jessica} thirty five from {LOCATION:racine} works at {ORGANIZATION:sc "
    "johnson} and her ex {NAME:brett} lives in {LOCATION:kenosha} with the kids",
    "follow up {NAME:dwayne} fifty from {LOCATION:kenosha} drives for {ORGANIZATION:uline} "
    "and his daughter {NAME:kayla} graduates from {ORGANIZATION:carthage} in {DATE:may}",
    "okay grandma {NAME:rose} {AGE_OVER_89:ninety four} from {LOCATION:cudahy} her grandson "
    "{NAME:nick} moved in and takes her checks",
    "note for {NAME:liam} nineteen a freshman at {ORGANIZATION:marquette} from {LOCATION:oak "
    "creek} he's not sleeping and hears his name called",
    "this is {NAME:rosa} forty eight from {LOCATION:walker's point} works at "
    "{ORGANIZATION:palermo's} making pizzas and her husband {NAME:rigo} was deported on "
    "{DATE:october twentieth}",
]

SPOKEN_NOTES_HUNDRED_FORTY_EIGHTH_ROUND = [
    "okay note for {NAME:kiana} twenty two from {LOCATION:pooler} works at "
    "{ORGANIZATION:gulfstream} as a tech and her boyfriend {NAME:travis} is at "
    "{ORGANIZATION:fort stewart}",
    "session with {NAME:mr. bryan} eighty from {LOCATION:thunderbolt} his wife {NAME:louise} "
    "passed on {DATE:november eighth} they were married sixty years",
    "this is {NAME:jalen} fifteen at {ORGANIZATION:savannah arts} he's being bullied and his "
    "mom {NAME:tasha} works at {ORGANIZATION:memorial} in the er",
    "follow up {NAME:staff sergeant ramirez} thirty one from {LOCATION:hinesville} back from "
    "deployment with nightmares his wife {NAME:carla} is pregnant",
    "okay {NAME:miss hattie} {AGE_OVER_89:ninety six} from {LOCATION:pin point} her great "
    "niece {NAME:shanice} handles her money",
    "note for {NAME:cody} thirty from {LOCATION:richmond hill} a longshoreman at the "
    "{ORGANIZATION:garden city terminal} hurt his back",
    "this is {NAME:emma} twenty a student at {ORGANIZATION:scad} from {LOCATION:atlanta} her "
    "roommate {NAME:olivia} found her passed out",
    "session with {NAME:darnell} forty one from {LOCATION:yamacraw} just got out of "
    "{ORGANIZATION:chatham county jail} and is staying at the {ORGANIZATION:salvation army} "
    "on {LOCATION:bay street}",
    "follow up {NAME:karen} fifty six from {LOCATION:st simons} a realtor and her husband "
    "{NAME:jeff} left her for his assistant {NAME:brittany}",
    "okay {NAME:marcus} thirty five from {LOCATION:brunswick} works at {ORGANIZATION:pinova} "
    "and was there when the tank exploded",
    "note for {NAME:deacon lewis} sixty seven at {ORGANIZATION:first african baptist} and "
    "he's caring for his brother {NAME:otis} who has dementia",
    "this is {NAME:sofia} twenty six from {LOCATION:garden city} cleans rooms at the "
    "{ORGANIZATION:hyatt} on {LOCATION:river street} and her manager {NAME:greg} cut her hours",
]

PSYCHOSOCIAL_HISTORIES_FIFTH = [
    "Psychosocial history. {NAME:Daniel Okonkwo-Reyes}, 34, was born in {LOCATION:Lagos} and "
    "came to {LOCATION:Houston} at age 9 with his mother, {NAME:Funmi}. His father, "
    "{NAME:Arturo Reyes}, lives in {LOCATION:Monterrey}. He attended {ORGANIZATION:Lamar High "
    "School} and the {ORGANIZATION:University of Houston}, and works as an accountant at "
    "{ORGANIZATION:Deloitte}. Married to {NAME:Claire} since {DATE:June 2018}; two children, "
    "{NAME:Mia} (6) and {NAME:Theo} (3).",
    "Developmental and family history: {NAME:Harper Lindqvist}, 11, lives with her mother "
    "{NAME:Anna} and stepfather {NAME:Jon Berg} at {LOCATION:4410 Oak Ridge Dr}, "
    "{LOCATION:Eden Prairie}. Biological father {NAME:Erik} lives in {LOCATION:Duluth}; "
    "visits every other weekend. Attends {ORGANIZATION:Forest Hills Elementary}, 5th grade; "
    "IEP since 3rd grade.",
    "Substance use history: {NAME:Ray} began drinking at 13 in {LOCATION:Williston}; DUI in "
    "{DATE:March 2015} ({LOCATION:Williams County}). Treatment at {ORGANIZATION:Prairie St. "
    "John's} in {LOCATION:Fargo} {DATE:2019-05-02} to {DATE:2019-06-01}. Sponsor {NAME:Curt} "
    "from the {ORGANIZATION:Alano Club}.",
    "Trauma history: {NAME:Mariam Haddad}, 29, survived the {DATE:August 4, 2020} port "
    "explosion in {LOCATION:Beirut}; her cousin {NAME:Rami} died. She resettled in "
    "{LOCATION:Dearborn Heights} in 2021 and works at {ORGANIZATION:ACCESS} as an interpreter.",
    "Legal history: {NAME:Tommy Ray Beasley} was on probation in {LOCATION:Knox County} "
    "(docket {OTHER_ID:KCCC-2019-4471}) and completed drug court at {ORGANIZATION:Knox County "
    "Recovery Court} in {DATE:January 2022}.",
    "Military history: {NAME:Angela Brooks}, 46, served 22 years in the Army, last at "
    "{ORGANIZATION:Fort Bliss}; deployed to {LOCATION:Kandahar} 2010-2011. Retired "
    "{DATE:07/31/2021}. VA rating 90%.",
    "Social history: {NAME:Luis Ángel Medina}, 58, widowed (wife {NAME:Carmen} d. "
    "{DATE:2/2/2024}), lives alone in a trailer on {LOCATION:Route 9} outside "
    "{LOCATION:Hatch}. Works seasonally at {ORGANIZATION:Biad Chili}. Daughter {NAME:Yolanda} "
    "in {LOCATION:Las Cruces} calls on Sundays.",
    "Education and employment: {NAME:Priya Natarajan} completed her PhD at "
    "{ORGANIZATION:Purdue} in {DATE:May 2023}; postdoc at {ORGANIZATION:Argonne National "
    "Laboratory}; lab head {NAME:Dr. Feldman} described as demeaning.",
    "Family psychiatric history: maternal grandmother {NAME:Edith} hospitalized at "
    "{ORGANIZATION:Willmar State Hospital} in the 1960s; brother {NAME:Kyle} died by suicide "
    "{DATE:11/11/2016} in {LOCATION:Bemidji}.",
    "Religious and cultural: {NAME:Yitzchak Goldfarb}, 41, Orthodox, member of "
    "{ORGANIZATION:Young Israel of Scarsdale}; his rabbi, {NAME:Rabbi Klein}, is aware of "
    "treatment.",
]

TELEHEALTH_NOTES_SECOND = [
    "Telehealth (video) with {NAME:Courtney Walsh}; client located at home, {LOCATION:77 "
    "Harbor View Ln}, {LOCATION:Portsmouth}, NH. Emergency contact {NAME:Sean Walsh} "
    "{PHONE:603-555-0124}. Consent verified.",
    "Audio-only session: {NAME:Mr. Gutierrez} joined from his truck outside the "
    "{ORGANIZATION:Love's} in {LOCATION:Tucumcari}; poor signal.",
    "Video visit; {NAME:Kai} (they/them) connected from the {ORGANIZATION:Reed College} "
    "library in {LOCATION:Portland}; safety plan updated; roommate {NAME:Juniper} is a "
    "support.",
    "Client {NAME:Deborah Klein} disclosed she is in {LOCATION:Boca Raton} until {DATE:March "
    "15}; session postponed for licensure reasons.",
    "Link resent to {EMAIL:m.ochoa1987@gmail.com}; client {NAME:Marisela Ochoa} joined at "
    "10:04 from her car in the {ORGANIZATION:Banner Desert} parking garage.",
    "Zoom session; {NAME:Thomas}'s daughter {NAME:Becca} helped set up the tablet at "
    "{ORGANIZATION:Sunrise of Edina}.",
    "Telehealth group: {NAME:Ana}, {NAME:Josh}, {NAME:Precious} present; {NAME:Dmitri} "
    "dropped at 6:40; IP {IP:98.213.44.7} logged for {NAME:Dmitri}'s reconnect.",
    "Client {NAME:Ahmed Siddiqui} joined from {LOCATION:Karachi} while visiting family "
    "through {DATE:January 9}; practice policy reviewed.",
    "Video; {NAME:Lt. Mark Oyelaran} on base at {ORGANIZATION:Joint Base Andrews}; private "
    "room confirmed.",
    "Phone session; {NAME:Nellie} at her daughter's house on {LOCATION:Cedar Lane} in "
    "{LOCATION:Bangor}; daughter {NAME:Joanne} stepped out.",
]

SUPERVISION_NOTES_SECOND = [
    "Supervision with {NAME:Alyssa Moreno}, LMSW, {DATE:12/3/2026}. Case: client {NAME:J.T.}, "
    "16, disclosed abuse by a coach at the {ORGANIZATION:Eastside YMCA}; mandated report "
    "filed with {ORGANIZATION:Hennepin County} CPS.",
    "Reviewed {NAME:Alyssa}'s recording of a session with {NAME:Mr. Dunleavy}; discussed "
    "countertransference (he resembles her father).",
    "Group supervision: {NAME:Marcus Lee}, {NAME:Hannah Cho} and {NAME:Drew Patel} presented; "
    "supervisor {NAME:Dr. Ingrid Solberg}. Hours logged for {NAME:Hannah}'s LICSW application.",
    "Consult re: client {NAME:Veronica}, who works at the same clinic "
    "({ORGANIZATION:Northpoint Health}) as our intern {NAME:Kelsey}; dual relationship; "
    "transfer to {NAME:Dr. Amaya}.",
    "Case consult: {NAME:Ms. Tran}'s son {NAME:Vinh} threatened a teacher at "
    "{ORGANIZATION:Patrick Henry High}; duty to warn discussed with counsel {NAME:Robert "
    "Hale}, Esq.",
    "Supervisee {NAME:Jordan Fields} ({EMAIL:jfields@northpointhealth.org}) requests a change "
    "of hours for {DATE:December 21-23}.",
    "Reviewed documentation for {NAME:Tomás}, whose notes named his employer "
    "({ORGANIZATION:General Mills}) unnecessarily; minimum necessary discussed.",
    "Ethics consult: {NAME:Dr. Priya Shah} received a gift card from client {NAME:Mrs. Olson} "
    "(age {AGE_OVER_89:91}); returned with a letter.",
    "Next supervision {DATE:12/17/2026}, 2 p.m., by video.",
    "{NAME:Kelsey}'s client {NAME:Brandon} (MRN {MRN:NP-44817}) no-showed three times; "
    "discharge letter drafted.",
]

HOME_VISIT_NOTES_SECOND = [
    "Home visit to {LOCATION:3318 Chestnut St}, {LOCATION:Camden}, for {NAME:Ms. Ruth Ayers}, "
    "{AGE_OVER_89:90}. Apartment cluttered; grandson {NAME:Kevin} present. Space heater near "
    "bed.",
    "HV: {NAME:Tasha Greene} and kids {NAME:Jaylen} (4) and {NAME:Nevaeh} (2) at "
    "{ORGANIZATION:Hope Village} family shelter, room {LOCATION:214}.",
    "Visited {NAME:Mr. Petrakis} at his diner ({ORGANIZATION:Olympia Diner}, {LOCATION:Route "
    "130}) after hours at his request; wife {NAME:Eleni} joined.",
    "Home visit with {NAME:Dolores}, 84, at her farm on {LOCATION:County Road 12} near "
    "{LOCATION:Fairmont}; son {NAME:Dale} runs the dairy.",
    "Visit to the {NAME:Nguyen} family at {LOCATION:1207 Fairview Ave}, apt {LOCATION:3B}; "
    "{NAME:Mrs. Nguyen} showed the eviction notice dated {DATE:11/30/2026}.",
    "HV cancelled: {NAME:Brandon} texted from {PHONE:856-555-0193} that his landlord "
    "{NAME:Mr. Costa} was there.",
    "Home visit in {LOCATION:Cherry Hill}: {NAME:Sophie} (9) showed her room; mom "
    "{NAME:Lauren} works from home for {ORGANIZATION:Subaru of America}.",
    "Visited {NAME:Mr. Hollis} at {ORGANIZATION:Genesis Cherry Hill} rehab, room "
    "{LOCATION:118}; roommate {NAME:Walt} is loud.",
    "Home visit, {LOCATION:Pennsauken}: {NAME:Yolanda Ruiz} and partner {NAME:Maribel}; "
    "safety planning; car (plate {VEHICLE:K44-RTN}) parked behind the house.",
    "Outreach with {NAME:Officer Dana Kim} ({ORGANIZATION:Camden County Police}) to the "
    "encampment under {LOCATION:Admiral Wilson Blvd}; met {NAME:Sarge}, 60, a veteran.",
]

SPOKEN_NOTES_HUNDRED_FORTY_NINTH_ROUND = [
    "okay note for {NAME:jasmeet} twenty four punjabi from {LOCATION:selma} drives truck for "
    "{ORGANIZATION:central valley express} and his dad {NAME:gurnam} wants him married",
    "session with {NAME:maria elena} forty from {LOCATION:parlier} picks grapes for "
    "{ORGANIZATION:sun world} and her son {NAME:junior} got picked up by {ORGANIZATION:fresno "
    "pd}",
    "this is {NAME:kou} seventeen hmong at {ORGANIZATION:hoover high} and his uncle "
    "{NAME:tou} is the clan leader",
    "follow up {NAME:brittany} thirty one from {LOCATION:clovis} a teacher at "
    "{ORGANIZATION:buchanan} her husband {NAME:josh} drinks and she found the texts",
    "okay {NAME:don roberto} seventy eight from {LOCATION:orange cove} lives with his "
    "daughter {NAME:lupe} and thinks his wife {NAME:chayo} is still alive",
    "note for {NAME:dylan} twenty a student at {ORGANIZATION:fresno state} from "
    "{LOCATION:visalia} he got a dui on {LOCATION:highway 99}",
    "this is {NAME:ashley} twenty nine from {LOCATION:bakersfield} works at "
    "{ORGANIZATION:kern medical} in labor and delivery and her ex {NAME:chris} is stalking her",
    "session with {NAME:abdul} fifty from the {LOCATION:tower district} owns "
    "{ORGANIZATION:kabul kabob} on {LOCATION:blackstone}",
    "follow up {NAME:rosie} sixty two from {LOCATION:sanger} retired from "
    "{ORGANIZATION:foster farms} and her grandson {NAME:mateo} is in juvenile hall",
    "okay {NAME:jeremiah} thirty five from {LOCATION:porterville} a guard at "
    "{ORGANIZATION:corcoran} and he can't stop seeing the stabbing",
    "note for {NAME:pastor luis} fifty five from {LOCATION:reedley} his church "
    "{ORGANIZATION:iglesia bautista emanuel} is closing",
    "this is {NAME:megan} nineteen from {LOCATION:hanford} pregnant and living with her "
    "boyfriend {NAME:tyler}'s mom {NAME:debbie} in {LOCATION:lemoore}",
]

SPOKEN_NOTES_HUNDRED_FIFTIETH_ROUND = [
    "okay note for {NAME:joaquin} twenty three from the {LOCATION:south valley} works at "
    "{ORGANIZATION:intel} in {LOCATION:rio rancho} and his cousin {NAME:gabe} overdosed last "
    "week",
    "session with {NAME:mrs. chavez} seventy one from {LOCATION:los lunas} her husband "
    "{NAME:eloy} died at {ORGANIZATION:presbyterian} on {DATE:november fifth}",
    "this is {NAME:shandiin} nineteen navajo from {LOCATION:gallup} a student at "
    "{ORGANIZATION:unm} and her grandma {NAME:ruth} is sick in {LOCATION:crownpoint}",
    "follow up {NAME:tyler} thirty from {LOCATION:los alamos} a physicist at "
    "{ORGANIZATION:lanl} and his wife {NAME:erin} wants to go back to {LOCATION:boulder}",
    "okay {NAME:angelica} sixteen at {ORGANIZATION:atrisco heritage} her dad {NAME:ruben} is "
    "in {ORGANIZATION:mdc}",
    "note for {NAME:father garcia} sixty four a priest at {ORGANIZATION:san felipe de neri} "
    "in {LOCATION:old town}",
    "this is {NAME:kevin} forty five from {LOCATION:santa fe} a chef at the "
    "{ORGANIZATION:shed} and his partner {NAME:luis} left in {DATE:october}",
    "session with {NAME:brenda} thirty eight from {LOCATION:las cruces} works at "
    "{ORGANIZATION:nmsu} and her son {NAME:isaiah} was deployed to germany",
    "follow up {NAME:orlando} fifty from {LOCATION:espanola} heroin since he was fifteen and "
    "his mom {NAME:delfina} keeps narcan in her purse",
    "okay {NAME:kayla} twenty two from {LOCATION:farmington} works at a gas plant outside "
    "{LOCATION:bloomfield} and her boyfriend {NAME:derek} hit her",
    "note for grandpa {NAME:tony} {AGE_OVER_89:ninety} from {LOCATION:bernalillo} still "
    "drives to the casino at {ORGANIZATION:sandia}",
    "this is {NAME:maya} fourteen at {ORGANIZATION:la cueva} and she's posting about dying on "
    "tiktok",
]

TYPED_NOTES_FORTY_FIRST_ROUND = [
    "Intake: {NAME:Abdirahman Warsame}, 27, lives in {LOCATION:Cedar-Riverside}; drives for "
    "{ORGANIZATION:Metro Transit}. Referred by {NAME:Dr. Hussein} at {ORGANIZATION:Hennepin "
    "Healthcare}. PHQ-9 18.",
    "CBT note: {NAME:Hannah Olson}, 22, {ORGANIZATION:Macalester} senior; perfectionism. "
    "Thought record about a grad school rejection.",
    "DAP. D: {NAME:Mr. Vang} reports his son {NAME:Xeng} skipped school at "
    "{ORGANIZATION:Harding High} {DATE:12/1} and {DATE:12/2}. A: family conflict. P: family "
    "session {DATE:12/10}.",
    "Couples: {NAME:Erik} and {NAME:Sofia Lindgren}, {LOCATION:Edina}. Affair disclosed; with "
    "his coworker at {ORGANIZATION:Target HQ}.",
    "IFS session: {NAME:Rebecca} (52) met a protector part she calls the Warden; the exile is "
    "7-year-old {NAME:Becky} at her grandmother's farm near {LOCATION:Mankato}.",
    "Crisis note: {NAME:Jamal Carter}, 33, brought by {ORGANIZATION:Minneapolis Police} to "
    "{ORGANIZATION:HCMC} after threatening to jump from the {LOCATION:Lake Street bridge}.",
    "Progress: {NAME:Dolores Martinez}, 66, {LOCATION:West St. Paul}; grief since husband "
    "{NAME:Rudy} died {DATE:9/14/2026}. Attends Mass at {ORGANIZATION:Our Lady of Guadalupe}.",
    "Adolescent session: {NAME:Tyler Nguyen}, 15, {ORGANIZATION:Roseville Area High School}; "
    "mom {NAME:Linh} present for the last 10 minutes. Snapchat handle {OTHER_ID:@tnguyen.07} "
    "shared with peers.",
    "Discharge: {NAME:Greg Anderson}, 48, completed 16 sessions; returning to work at "
    "{ORGANIZATION:3M} in {LOCATION:Maplewood} on {DATE:12/14/2026}.",
    "Telehealth: {NAME:Kari Johnson} at her cabin near {LOCATION:Brainerd}; emergency contact "
    "{NAME:Lars} ({PHONE:218-555-0177}).",
    "Group: {NAME:Deb}, {NAME:Rochelle}, {NAME:Amina}, {NAME:Pa Houa}; topic boundaries. "
    "{NAME:Pa Houa}'s sister-in-law lives in {LOCATION:St. Cloud}.",
    "Collateral with {NAME:Officer Brandt}, {ORGANIZATION:St. Paul Police}, case "
    "{OTHER_ID:26-224817}, re: {NAME:Kevin}'s missing-person report.",
]

MESSAGES_FORTY_FIRST_ROUND = [
    "Hi it's {NAME:Dolores Trujillo}, I can't make it {DATE:Dec 17}, my car broke down in "
    "{LOCATION:Moriarty}.",
    "buenas, soy {NAME:ramona}, la esposa de {NAME:fidel}. él está en el {ORGANIZATION:unmh} "
    "desde el viernes",
    "{ORGANIZATION:Walgreens} on {LOCATION:Coors Blvd}: {NAME:ISAIAH MONTOYA}, your "
    "prescription is ready.",
    "This is {NAME:Ms. Begay} from {ORGANIZATION:Gallup-McKinley County Schools}. "
    "{NAME:Tyrese} hasn't been in class since {DATE:Nov 30}.",
    "hey its {NAME:maya} my mom said to text u, im at my dads in {LOCATION:corrales} this weekend",
    "{NAME:Deputy Sandoval}, {ORGANIZATION:Bernalillo County Sheriff's Office}, requesting a "
    "callback re: {NAME:Andrew Lucero} (DOB {DATE:3/9/1995}) at {PHONE:505-555-0188}.",
    "Reminder: {NAME:Joaquin}, your group at {ORGANIZATION:First Nations Community "
    "HealthSource} is Tue {DATE:12/15} at 5:30.",
    "{NAME:Pastor Ortega} here from {ORGANIZATION:Calvary Albuquerque}. {NAME:Kevin} asked me "
    "to tell you he's okay and staying at his sister's in {LOCATION:Belen}.",
    "From {ORGANIZATION:Presbyterian Health Plan}: prior auth {OTHER_ID:PA-2026-771204} for "
    "{NAME:Eloy Chavez} approved through {DATE:03/31/2027}.",
    "hola mija es tu abuelita, te llamo del {ORGANIZATION:smith's} de {LOCATION:zuni road} "
    "porque no encuentro mi carro",
    "hi its {NAME:kayla} again, {NAME:derek} took my phone so use my sister {NAME:brooke}'s # "
    "{PHONE:505 555 0126}",
    "{NAME:Isaiah}'s dad. He's been at {ORGANIZATION:Kirtland} for training and comes home "
    "{DATE:Dec 20}.",
]

EAP_NOTES_SECOND = [
    "EAP intake: {NAME:Samantha Price}, employee of {ORGANIZATION:Sandia National "
    "Laboratories}, referred by supervisor {NAME:Mike Torres} after a conflict on "
    "{DATE:11/24}. 3 sessions authorized; case {OTHER_ID:EAP-26-30417}.",
    "EAP session 2: {NAME:Derek}, a line worker at {ORGANIZATION:PNM}, anxious since the "
    "{LOCATION:Rio Rancho} substation fire; sleep hygiene.",
    "Manager consult: {NAME:Linda Hayes} ({ORGANIZATION:Albuquerque Public Schools} HR) asked "
    "how to support {NAME:Mr. Baca} after his son's death; no clinical details shared.",
    "Critical incident debrief at {ORGANIZATION:Lovelace Women's Hospital} {DATE:12/4/2026} "
    "for nursing staff after a patient's death in room {LOCATION:312}.",
    "EAP: {NAME:Carlos Medina}, 41, {ORGANIZATION:Intel} technician, reports his wife "
    "{NAME:Jackie} wants a divorce; referred to {NAME:Dr. Ruiz} for couples work.",
    "Follow-up call: {NAME:Tanya} returned to work at the {LOCATION:Rio Rancho} call center "
    "on Monday, {DATE:12/7}.",
    "EAP: {NAME:Officer Jaramillo} ({ORGANIZATION:APD}) after a shooting; peer support "
    "{NAME:Sgt. Lovato} present with consent.",
    "Session 3 (final): {NAME:Ashley Kim}, {ORGANIZATION:Netflix Albuquerque Studios}, "
    "burnout; referred out to {ORGANIZATION:Agora Crisis Center} for ongoing support.",
    "EAP consult for {NAME:Ray Gallegos}, {AGE_OVER_89:92-year-old} father of employee "
    "{NAME:Monica Gallegos}; caregiver stress; elder care resources sent to "
    "{EMAIL:mgallegos@abqhealth.org}.",
    "Drug-free workplace referral: {NAME:Justin Ortiz}, {ORGANIZATION:Sun Country "
    "Industries}, positive test {DATE:11/19}; SAP evaluation with {NAME:Dr. Keller}.",
]

MEDICATION_MANAGEMENT_NOTES_SECOND = [
    "Med check: {NAME:Gloria Reyes}, 58, sertraline 100 mg; pharmacy {ORGANIZATION:CVS} on "
    "{LOCATION:Montgomery Blvd}; next visit {DATE:1/12/2027} with {NAME:Nancy Obi}, PMHNP.",
    "Lithium level 0.8 drawn at {ORGANIZATION:TriCore} {DATE:12/2}; {NAME:Mr. Aragon} "
    "tolerating; TSH ordered.",
    "Clozapine REMS: {NAME:Darius Green}, ANC 2100 on {DATE:11/30/2026}; REMS ID "
    "{OTHER_ID:CLZ-88412093}.",
    "Suboxone 16 mg/day; {NAME:Kyle Brennan}, PDMP checked {DATE:12/7/2026}: one Rx from "
    "{NAME:Dr. Patel} at {ORGANIZATION:UNM Hospital} ED.",
    "Started bupropion XL 150 for {NAME:Ana Lucero}; she asked to send it to "
    "{ORGANIZATION:Smith's Pharmacy} in {LOCATION:Los Lunas}.",
    "Vivitrol 380 mg given L gluteal, lot {OTHER_ID:L4471-22B}, to {NAME:Marcus Yazzie}; next "
    "dose {DATE:1/4/2027}.",
    "Adderall early refill request from {NAME:Cody}; his mom {NAME:Shelly Ward} called from "
    "{PHONE:575-555-0139}; declined per agreement.",
    "Med rec from {ORGANIZATION:Mesilla Valley Hospital} discharge {DATE:12/5/2026}: "
    "olanzapine 10 mg qhs for {NAME:Tomás Herrera}.",
    "Prior auth for Vraylar submitted to {ORGANIZATION:Blue Cross Blue Shield of New Mexico}, "
    "member {HEALTH_PLAN:YKM882104577}.",
    "Patient {NAME:Evelyn Sato} ({AGE_OVER_89:93}) on donepezil; daughter {NAME:June} manages "
    "her pill box.",
]

SPOKEN_NOTES_HUNDRED_FIFTY_FIRST_ROUND = [
    "okay note for {NAME:tremaine} twenty one from {LOCATION:eau claire} works at the "
    "{ORGANIZATION:bmw} plant in {LOCATION:greer} and his girlfriend {NAME:shay} is due in "
    "{DATE:january}",
    "session with {NAME:mrs. gadsden} seventy four from {LOCATION:cayce} her son "
    "{NAME:reggie} was shot on {LOCATION:two notch road} in {DATE:october}",
    "this is {NAME:carson} nineteen a sophomore at {ORGANIZATION:clemson} from "
    "{LOCATION:simpsonville} his frat brothers found him in the bathroom",
    "follow up {NAME:anna grace} twenty six from {LOCATION:travelers rest} a nurse at "
    "{ORGANIZATION:prisma} and her husband {NAME:wes} is deployed",
    "okay {NAME:jamal} forty from the {LOCATION:vista} bartends at the {ORGANIZATION:whig} "
    "and drinks through every shift",
    "note for nana {NAME:ruby} {AGE_OVER_89:ninety two} from {LOCATION:orangeburg} her "
    "grandson {NAME:dequan} drives her to {ORGANIZATION:mt pisgah} on sundays",
    "this is {NAME:brooke} thirty three from {LOCATION:spartanburg} works at "
    "{ORGANIZATION:milliken} and her ex {NAME:dustin} keeps showing up at her work",
    "session with {NAME:pastor henry} fifty five from {LOCATION:sumter} a chaplain at "
    "{ORGANIZATION:shaw} and his son {NAME:marcus} is using",
    "follow up {NAME:kiara} twenty three from {LOCATION:rock hill} works at "
    "{ORGANIZATION:carowinds} in the summer and at {ORGANIZATION:winthrop} the rest of the "
    "year",
    "okay {NAME:bubba} fifty two from {LOCATION:lexington} fishes on {LOCATION:lake murray} "
    "and his wife {NAME:tammy} says he's drinking a case a day",
    "note for {NAME:marisol} thirty from {LOCATION:greenville} cleans at {ORGANIZATION:bob "
    "jones} and her husband {NAME:hector} was picked up by ice on {LOCATION:wade hampton}",
    "this is {NAME:tyler} seventeen at {ORGANIZATION:dutch fork high} and his dad "
    "{NAME:chris} is a deputy with {ORGANIZATION:richland county}",
]

SPOKEN_NOTES_HUNDRED_FIFTY_SECOND_ROUND = [
    "okay note for {NAME:kayden} sixteen at {ORGANIZATION:timberline high} from "
    "{LOCATION:southeast boise} and his mom {NAME:jessica} works at {ORGANIZATION:st luke's}",
    "session with {NAME:brother hansen} sixty two from {LOCATION:rexburg} a bishop in his "
    "ward and his daughter {NAME:mckenzie} left the church",
    "this is {NAME:ali} thirty four a refugee from {LOCATION:kabul} lives in {LOCATION:garden "
    "city} and works at {ORGANIZATION:chobani} in {LOCATION:twin falls}",
    "follow up {NAME:dakota} twenty seven from {LOCATION:nampa} works at "
    "{ORGANIZATION:micron} and her boyfriend {NAME:trent} has guns in the house",
    "okay {NAME:mr. yamamoto} eighty eight from {LOCATION:caldwell} his wife {NAME:grace} "
    "died on {DATE:november twenty first} and he stopped eating",
    "note for {NAME:bella} fourteen at {ORGANIZATION:lake hazel middle} and she's been "
    "cutting since her dad {NAME:josh} moved to {LOCATION:pocatello}",
    "this is {NAME:cody} forty one from {LOCATION:mountain home} a mechanic at the base and "
    "his wife {NAME:sarah} left him",
    "session with {NAME:rosa} fifty from {LOCATION:burley} works at {ORGANIZATION:mccain "
    "foods} and her son {NAME:ivan} is in {ORGANIZATION:idaho state correctional}",
    "follow up {NAME:tanner} twenty two a student at {ORGANIZATION:byu idaho} from "
    "{LOCATION:rigby} he's been having panic attacks in class",
    "okay {NAME:linda} sixty seven from {LOCATION:meridian} her husband {NAME:gary} has als "
    "and they go to {ORGANIZATION:saint alphonsus}",
    "note for {NAME:josiah} nineteen from {LOCATION:idaho falls} works at {ORGANIZATION:inl} "
    "out in the desert and drinks alone",
    "this is {NAME:paige} thirty from {LOCATION:eagle} a realtor and her sister {NAME:brynn} "
    "died in a crash on {LOCATION:highway 55} on the {DATE:fourth}",
]

SPOKEN_NOTES_HUNDRED_FIFTY_THIRD_ROUND = [
    "okay note for {NAME:jerome} twenty eight from {LOCATION:park place} works at "
    "{ORGANIZATION:newport news shipbuilding} and his son {NAME:jj} has asthma",
    "session with {NAME:chief daniels} forty one from {LOCATION:chesapeake} stationed on the "
    "{ORGANIZATION:uss ford} and his wife {NAME:kim} wants a divorce",
    "this is {NAME:destiny} nineteen a student at {ORGANIZATION:odu} from {LOCATION:suffolk} "
    "and her roommate {NAME:tatiana} reported her to the ra",
    "follow up {NAME:mr. whitehurst} eighty three from {LOCATION:portsmouth} a retired rigger "
    "at {ORGANIZATION:norfolk naval shipyard} and his daughter {NAME:pam} moved in",
    "okay {NAME:kayla} twenty five from {LOCATION:virginia beach} bartends at "
    "{ORGANIZATION:waterman's} on the oceanfront and her ex {NAME:derrick} is a marine at "
    "{ORGANIZATION:camp lejeune}",
    "note for {NAME:tyrell} sixteen at {ORGANIZATION:booker t washington high} and his mom "
    "{NAME:lashonda} works at {ORGANIZATION:sentara norfolk general}",
    "this is {NAME:aubrey} thirty four from {LOCATION:ghent} a teacher at "
    "{ORGANIZATION:maury} and her wife {NAME:jen} is a nurse at {ORGANIZATION:chkd}",
    "session with {NAME:carlos} forty seven from {LOCATION:hampton} works at "
    "{ORGANIZATION:langley} as a contractor and his son {NAME:diego} was arrested on the "
    "{DATE:first}",
    "follow up {NAME:miss irene} {AGE_OVER_89:ninety one} from {LOCATION:phoebus} her "
    "grandson {NAME:marcus} takes her to {ORGANIZATION:first baptist hampton}",
    "okay {NAME:ryan} thirty from {LOCATION:smithfield} works at {ORGANIZATION:smithfield "
    "foods} and his dad {NAME:roger} had a stroke",
    "note for {NAME:specialist vu} twenty two from {LOCATION:newport news} stationed at "
    "{ORGANIZATION:fort eustis} and he's hearing voices",
    "this is {NAME:hannah} twenty from {LOCATION:williamsburg} a junior at "
    "{ORGANIZATION:william and mary} and her boyfriend {NAME:connor} choked her",
]

TYPED_NOTES_FORTY_SECOND_ROUND = [
    "Intake: {NAME:Yanira Colón}, 38, {LOCATION:Frog Hollow}, {LOCATION:Hartford}. Works at "
    "{ORGANIZATION:Hartford HealthCare} as a PCA. Son {NAME:Adrián} (12) at "
    "{ORGANIZATION:Burns Latino Studies Academy}.",
    "CBT session 5: {NAME:Michael O'Brien}, 45, insurance adjuster at "
    "{ORGANIZATION:Travelers}; catastrophizing about layoffs. HW: thought log.",
    "DBT: {NAME:Kaitlyn Russo}, 19, {ORGANIZATION:Southern Connecticut State} student; urges "
    "to self-harm after a breakup with {NAME:Marco}. Diary card reviewed.",
    "Couples: {NAME:Darnell} and {NAME:Alicia Freeman}, {LOCATION:West Haven}. Conflict about "
    "his mother {NAME:Gloria} moving in on {DATE:1/1/2027}.",
    "Trauma-focused CBT with {NAME:Jaylen} (10); mother {NAME:Tanisha} present. Incident: "
    "shooting on {LOCATION:Dixwell Ave} {DATE:10/18/2026}.",
    "Progress note: {NAME:Prof. Ruth Adler}, 71, retired from {ORGANIZATION:Yale}; grief "
    "after husband {NAME:Sol} died {DATE:8/9/2026}. Lives in {LOCATION:East Rock}.",
    "Psych eval referral: {NAME:Hector Vargas}, 50, from {ORGANIZATION:Connecticut Valley "
    "Hospital}, discharged {DATE:12/1/2026}; needs ACT.",
    "School consult: {NAME:Mia Chen}, 13, {ORGANIZATION:Edgewood School}; counselor {NAME:Ms. "
    "Patel}; bullying on Instagram by {OTHER_ID:@xx.kenz.xx}.",
    "Crisis: {NAME:Thomas Reilly}, 58, brought by {ORGANIZATION:New Haven PD} to "
    "{ORGANIZATION:YNHH} after standing on the {LOCATION:Q Bridge} rail.",
    "Discharge summary: {NAME:Sofia Mendes}, 27, 18 sessions; moving to {LOCATION:Providence} "
    "{DATE:12/20/2026}; referred to The {ORGANIZATION:Providence Center}.",
    "Family session: Grandma {NAME:Lucy} ({AGE_OVER_89:90}), daughter {NAME:Denise} and "
    "grandson {NAME:Kevin}; elder care planning; {NAME:Lucy} wants to stay in her "
    "{LOCATION:Wethersfield} house.",
    "Telehealth: {NAME:Arjun Mehta} joined from his office at {ORGANIZATION:Pratt & Whitney} "
    "in {LOCATION:East Hartford}; confidentiality discussed.",
]

CARE_COORDINATION_EMAILS_SECOND = [
    "Hi {NAME:Dana}, {NAME:Mr. Okoro} was discharged from {ORGANIZATION:Butler Hospital} "
    "today; f/u with {NAME:Dr. Levin} at The {ORGANIZATION:Providence Center} on "
    "{DATE:12/11}. Thanks, {NAME:Rachel}",
    "Subject: referral {NAME:K.M.}\n{NAME:Kelly}, 16, from {LOCATION:Woonsocket}, insurance "
    "{ORGANIZATION:Neighborhood Health Plan of RI} {HEALTH_PLAN:NH77120431}.",
    "To: {EMAIL:referrals@gatewayhealth.org}\nRe: {NAME:Maria Pires}, 52, needs a "
    "Portuguese-speaking therapist in {LOCATION:East Providence}; PCP {NAME:Dr. Sousa}.",
    "{NAME:Ashley} from DCYF: {NAME:Tyler} (9) is moving to a kinship placement with his aunt "
    "{NAME:Crystal Lopes} in {LOCATION:Pawtucket} on {DATE:12/14}.",
    "FYI {NAME:Beth}, {NAME:Jorge Pena} missed group at {ORGANIZATION:CODAC} twice; last "
    "known phone {PHONE:401-555-0164}.",
    "Hello {NAME:Mrs. Nguyen}, {ORGANIZATION:Classical High} agreed to a 504 for {NAME:Linh}; "
    "meeting {DATE:Dec 16} with {NAME:Mr. Ferreira}. -{NAME:Sam}",
    "Referral: {NAME:James Wallace}, veteran, from the {ORGANIZATION:Providence VA}; housing "
    "through {ORGANIZATION:Crossroads Rhode Island}; case manager {NAME:Tina Marks}.",
    "Re: ROI for {NAME:Anthony Russo} to {ORGANIZATION:Rhode Island Hospital} ED, signed "
    "{DATE:12/7/2026}; fax to {FAX:401-555-0190}.",
    "{NAME:Dr. Amin}, {NAME:Ms. Clarke}'s lithium level at {ORGANIZATION:East Side Clinical "
    "Lab} was 1.4 on {DATE:12/5}; please advise. -{NAME:Karen}, RN",
    "Team: {NAME:Jamal} ({NAME:Mr. Brooks}'s son) called; his dad is at {ORGANIZATION:Miriam "
    "Hospital}, room {LOCATION:4127}. Cell {PHONE:401 555 0102}.",
]

INTAKE_PHONE_SCREENS_SECOND = [
    "Caller: {NAME:Lorraine Murphy} for husband {NAME:Dennis} (67). Address {LOCATION:45 "
    "Linden St}, {LOCATION:Brockton}. Insurance {ORGANIZATION:Tufts Health Plan} "
    "{HEALTH_PLAN:TH4410928}.",
    "Self-referral: {NAME:Kevin Tran}, 31, works at {ORGANIZATION:Raytheon} in "
    "{LOCATION:Andover}; DOB {DATE:2/19/1995}; cell {PHONE:978-555-0156}.",
    "Screen: {NAME:Sra. Ortiz}, Spanish only, lives in {LOCATION:Lawrence}; son {NAME:Luis} "
    "interprets; referred by {ORGANIZATION:Greater Lawrence Family Health Center}.",
    "Caller {NAME:Pat}, would not give last name, from {LOCATION:Quincy}; worried about "
    "daughter {NAME:Meghan} (17) vaping; callback after 5.",
    "Intake call: {NAME:Aisha Bello}, 24, nursing student at {ORGANIZATION:UMass Lowell}; "
    "email {EMAIL:aisha_bello@student.uml.edu}.",
    "Referral from {ORGANIZATION:Lowell General} ED: {NAME:Robert Souza}, 58, "
    "{LOCATION:Dracut}; alcohol withdrawal; needs f/u within 3 days.",
    "Caller Grandpa {NAME:Eddie} for {NAME:Jayden} (13); guardianship through "
    "{ORGANIZATION:Essex Probate and Family Court}; docket {OTHER_ID:ES24P1187GD}.",
    "Screen: {NAME:Mr. Haddad}, 46, {LOCATION:Methuen}; employer {ORGANIZATION:Market "
    "Basket}; prefers an Arabic-speaking clinician.",
    "Caller: {NAME:Sister Mary Clare}, {ORGANIZATION:Sisters of Notre Dame}, "
    "{LOCATION:Ipswich}, asking about grief support for {NAME:Sister Agnes}, {AGE_OVER_89:94}.",
    "Voicemail from {NAME:Brian} at {PHONE:781-555-0111}: his son {NAME:Cole} was suspended "
    "from {ORGANIZATION:Revere High}; wants an appointment this week.",
]

SPOKEN_NOTES_HUNDRED_FIFTY_FOURTH_ROUND = [
    "okay note for {NAME:braxton} twenty from {LOCATION:broken arrow} works at the "
    "{ORGANIZATION:american airlines} maintenance base and his girlfriend {NAME:kenzie} is "
    "pregnant",
    "session with {NAME:mrs. redcorn} sixty eight osage from {LOCATION:pawhuska} her grandson "
    "{NAME:tyler} was killed on {LOCATION:highway 60} in {DATE:september}",
    "this is {NAME:jaylen} fifteen at {ORGANIZATION:booker t washington} in {LOCATION:north "
    "tulsa} and his uncle {NAME:dre} is in {ORGANIZATION:david l moss}",
    "follow up {NAME:brittany} thirty two from {LOCATION:edmond} a teacher at "
    "{ORGANIZATION:deer creek} and her husband {NAME:kyle} works at {ORGANIZATION:tinker}",
    "okay grandpa {NAME:earl} {AGE_OVER_89:ninety three} from {LOCATION:sand springs} still "
    "mows his own yard and his daughter {NAME:donna} worries",
    "note for {NAME:maria} forty from {LOCATION:south oklahoma city} cleans at "
    "{ORGANIZATION:integris baptist} and her son {NAME:josue} is in state custody",
    "this is {NAME:cheyenne} nineteen cherokee from {LOCATION:tahlequah} a student at "
    "{ORGANIZATION:nsu} and her ex {NAME:logan} keeps texting",
    "session with {NAME:pastor jim} fifty nine from {LOCATION:owasso} his church "
    "{ORGANIZATION:victory} let him go after thirty years",
    "follow up {NAME:tasha} thirty six from {LOCATION:lawton} her husband {NAME:sergeant "
    "greene} is at {ORGANIZATION:fort sill} and drinks",
    "okay {NAME:colton} twenty four from {LOCATION:perkins} works at {ORGANIZATION:mercury "
    "marine} in {LOCATION:stillwater} and his dad {NAME:wade} has cancer",
    "note for {NAME:ms. pearl} eighty from {LOCATION:greenwood} her grandmother survived the "
    "massacre and her church {ORGANIZATION:vernon ame} is her whole life",
    "this is {NAME:kaden} seventeen at {ORGANIZATION:jenks high} and he got caught with vapes "
    "by {NAME:coach riley}",
]

SPOKEN_NOTES_HUNDRED_FIFTY_FIFTH_ROUND = [
    "okay note for {NAME:dakota} twenty six from {LOCATION:st albans} works at "
    "{ORGANIZATION:toyota} in {LOCATION:buffalo} and her mom {NAME:crystal} overdosed last "
    "year",
    "session with {NAME:mr. bailey} seventy one from {LOCATION:logan} a retired miner with "
    "black lung and his wife {NAME:dorothy} is his caregiver",
    "this is {NAME:hunter} twenty a student at {ORGANIZATION:marshall} from {LOCATION:point "
    "pleasant} his roommate {NAME:caleb} found needles",
    "follow up {NAME:ashley} thirty one from {LOCATION:kanawha city} a nurse at "
    "{ORGANIZATION:camc general} and her husband {NAME:josh} works at {ORGANIZATION:dow} in "
    "{LOCATION:south charleston}",
    "okay {NAME:bobby joe} fifty five from {LOCATION:mingo county} lost his job at the mine "
    "and now drives for {ORGANIZATION:ups}",
    "note for {NAME:kaylee} sixteen at {ORGANIZATION:capital high} and her dad {NAME:travis} "
    "is in {ORGANIZATION:south central regional jail}",
    "this is {NAME:reverend tolliver} sixty four from {LOCATION:huntington} his congregation "
    "at {ORGANIZATION:first baptist} is shrinking",
    "session with {NAME:summer} twenty two from {LOCATION:nitro} her boyfriend {NAME:dylan} "
    "is at {ORGANIZATION:prestera} for detox",
    "follow up {NAME:gary} sixty from {LOCATION:beckley} a retired trooper and his son "
    "{NAME:jason} died at {ORGANIZATION:raleigh general} on {DATE:august ninth}",
    "okay {NAME:miss opal} {AGE_OVER_89:ninety five} from {LOCATION:sissonville} her nephew "
    "{NAME:ronnie} takes her pension",
    "note for {NAME:tyler} thirty four from {LOCATION:barboursville} works at the "
    "{ORGANIZATION:huntington mall} and lives with his mom",
    "this is {NAME:brianna} nineteen from {LOCATION:hurricane} a cashier at "
    "{ORGANIZATION:kroger} on {LOCATION:route 34}",
]

SESSION_TRANSCRIPTS_FIRST = [
    "Therapist: How was the week?\nClient: Bad. {NAME:Marcus} didn't come home Friday, he was "
    "at his brother {NAME:Andre}'s in {LOCATION:Cicero}.\nTherapist: How did you cope?",
    "T: You mentioned your job.\nC: Yeah, {ORGANIZATION:Home Depot} on {LOCATION:Western Ave} "
    "cut my hours. My manager {NAME:Rick} hates me.",
    "Therapist: Who's at home now?\nClient: Just me and my daughter {NAME:Nevaeh}. She's at "
    "{ORGANIZATION:Hale Elementary}. Her dad {NAME:Jerome} is in {LOCATION:Memphis}.",
    "Client: My mom's {AGE_OVER_89:ninety-one} and she still lives alone in "
    "{LOCATION:Berwyn}.\nTherapist: That's a lot to carry.",
    "C: I got a letter from {ORGANIZATION:Cook County Circuit Court}, case "
    "{OTHER_ID:2026-DV-04417}. Hearing is {DATE:January 8th}.",
    "Therapist: What did {NAME:Dr. Ramirez} say about the meds?\nClient: Up the Zoloft. I "
    "pick it up at the {ORGANIZATION:Walgreens} on {LOCATION:Cermak}.",
    "Client: {NAME:Hope} keeps texting me. Like, I know she means well.\nTherapist: "
    "{NAME:Hope} is your sister?\nClient: Yeah.",
    "T: And the anniversary?\nC: {DATE:December 14th}. That's when {NAME:Danny} died. Four years.",
    "Client: I'm staying at the {ORGANIZATION:Pacific Garden} Mission right now. My "
    "caseworker is {NAME:Ms. Hollis}, her number is {PHONE:312-555-0143}.",
    "Therapist: Where'd you grow up?\nClient: {LOCATION:Humboldt Park}, then my grandma's in "
    "{LOCATION:Bayamón}.",
    "C: My boss at {ORGANIZATION:Rush} saw me crying in the break room.\nT: What happened "
    "next?\nC: {NAME:Kim} from HR called me in.",
    "Client: My email's {EMAIL:lupita.r88@yahoo.com} if you can send the worksheet.",
]

RARER_KINDS_SIXTEENTH_ROUND = [
    "CGM serial {DEVICE:SM27A0F9K2} replaced after a sensor error.",
    "Client's Venmo {OTHER_ID:@Tay-Brooks-44} shows payments to her dealer.",
    "Reported a hit-and-run; her car, a 2019 Nissan Rogue, Oklahoma tag {VEHICLE:LMN-482}.",
    "Employee badge {OTHER_ID:0044718} was used at 02:14 to enter the pharmacy.",
    "Discord server invite {URL:discord.gg/k7Xq9Pz} shared in the group chat.",
    "His Xbox gamertag {OTHER_ID:xXSh4d0wWolfXx} was linked in the threat.",
    "Fingerprint card {BIOMETRIC:FP-22-019384} submitted for the background check.",
    "Video of the incident saved as {PHOTO:VID_20261203_221455.mp4}.",
    "Overdraft on account {ACCOUNT:4471 0092 1183} at {ORGANIZATION:Arvest}; client panicked.",
    "Portal login from {IP:68.97.144.12} at 3 a.m.",
    "SoonerCare ID {HEALTH_PLAN:B44190327} verified.",
    "Tribal enrollment number {OTHER_ID:CN-118472} on the release.",
]

HOSPITAL_RECORDS_TWENTY_NINTH_ROUND = [
    "ED TRIAGE, {ORGANIZATION:Saint Francis Hospital}: {NAME:Darrell Yahola}, 44M, MRN "
    "{MRN:SF-0934471}, BIBA from {LOCATION:Sapulpa} after MVC, BAL 0.21.",
    "ADMIT: {NAME:Kristen Shaw}, 29F, to {ORGANIZATION:Laureate Psychiatric Clinic and "
    "Hospital} on an EOD from {ORGANIZATION:Hillcrest Medical Center}, {DATE:12/06/2026}.",
    "CONSULT: {NAME:Mr. Ho}, 84M, Rm {LOCATION:7318}, post-op delirium; son {NAME:Minh Ho} "
    "({PHONE:918-555-0171}) at bedside.",
    "NURSING {DATE:12/07} 0415: pt {NAME:Shaw} tearful, asked for her daughter {NAME:Lily}; "
    "sitter {NAME:Rhonda T.} present.",
    "SW NOTE: pt lives at {LOCATION:1522 N. Lewis Ave}, {LOCATION:Tulsa} {LOCATION:74110}; "
    "SoonerCare {HEALTH_PLAN:B77104211}; employer {ORGANIZATION:QuikTrip}.",
    "TRANSFER: to {ORGANIZATION:Griffin Memorial Hospital} in {LOCATION:Norman}, "
    "{DATE:12/08/2026}, per order of the {ORGANIZATION:Tulsa County District Court}.",
    "DISCHARGE: {NAME:Darrell Yahola} d/c {DATE:12/09/2026} to {ORGANIZATION:12&12} "
    "residential; f/u {ORGANIZATION:Indian Health Care Resource Center}.",
    "ED NOTE: {NAME:Jasmine Kerr}, 17F, from {LOCATION:Bixby}, ingestion; mother {NAME:Tara "
    "Kerr} works at {ORGANIZATION:OSU Medical Center}.",
    "SECURITY: {DATE:12/05} 2330, {LOCATION:5 West}: pt {NAME:D. Yahola} eloped; "
    "{ORGANIZATION:Tulsa PD} notified, {NAME:Officer Grimes}.",
    "H&P: {NAME:Luis Alvarado}, 61M, DOB {DATE:10/02/1965}, SSN {SSN:448-21-7730}, retired "
    "from {ORGANIZATION:American Airlines}.",
    "ATTENDING: seen with {NAME:Dr. Priya Menon} and {NAME:Dr. Cole}. {NAME:Nathan Whitebird}, DO",
    "CALL: spoke with pt's wife {NAME:Carla} at {PHONE:405-555-0188} in {LOCATION:Shawnee}; "
    "she'll bring his CPAP.",
]

LETTERS_AND_FORMS_TWENTIETH_ROUND = [
    "To whom it may concern: {NAME:Brandon Fixico} (DOB {DATE:07/14/1998}) is in treatment at "
    "our office. Please excuse his absence from {ORGANIZATION:Tulsa Community College} "
    "{DATE:Nov. 30} through {DATE:Dec. 4}.",
    "AUTHORIZATION: I, {NAME:Sherry Lynn Pratt}, permit {ORGANIZATION:Family & Children's "
    "Services} to share records with the {ORGANIZATION:Creek County Drug Court}.",
    "FMLA: employee {NAME:Angela Morrow}; employer {ORGANIZATION:Williams Companies}; leave "
    "from {DATE:12/01/2026} to {DATE:02/28/2027}.",
    "504 letter: {NAME:Isaiah Tubby}, grade 10, {ORGANIZATION:Muskogee High School}; parent "
    "{NAME:Rachel Tubby} {PHONE:(918) 555-0160}.",
    "Court letter re: {NAME:Cody Harjo}, case {OTHER_ID:CF-2026-3318}, {ORGANIZATION:Okmulgee "
    "County District Court}; 12 of 12 sessions attended.",
    "Housing letter: {NAME:Destiny Walker} and daughter {NAME:Aaliyah} (5) were displaced by "
    "the fire at {LOCATION:4410 S. Peoria Ave} on {DATE:November 19}.",
    "INTAKE. Name: {NAME:Wanda Factor}. Address: {LOCATION:Route 2 Box 118}, "
    "{LOCATION:Okemah}, OK {LOCATION:74859}. Emergency: {NAME:Leon Factor} (brother) "
    "{PHONE:918-555-0135}.",
    "Referral letter: Dear {NAME:Dr. Nguyen}, please see {NAME:Mrs. Edna Cloud}, "
    "{AGE_OVER_89:92}, for memory concerns; she lives with her son in {LOCATION:Anadarko}.",
    "Return to work: {NAME:Jeremy Sixkiller} may return to {ORGANIZATION:Cherokee Casino West "
    "Siloam Springs} on {DATE:12/12/2026}.",
    "Jury excuse: {NAME:Kimberly Spotted Horse}, juror no. {OTHER_ID:3318}, summoned to the "
    "{ORGANIZATION:Comanche County Courthouse} on {DATE:January 11, 2027}.",
]

SPOKEN_NOTES_HUNDRED_FIFTY_SIXTH_ROUND = [
    "okay note for {NAME:deja} twenty two from {LOCATION:civic park} works at "
    "{ORGANIZATION:hurley} in the er as a tech and her son {NAME:jamari} has lead poisoning",
    "session with {NAME:mr. kowalski} seventy eight from {LOCATION:grand blanc} retired from "
    "{ORGANIZATION:buick city} and his wife {NAME:irene} fell on {DATE:december second}",
    "this is {NAME:tyler} nineteen a freshman at {ORGANIZATION:msu} from {LOCATION:okemos} "
    "he's failing orgo and hiding it",
    "follow up {NAME:rosa} forty four from {LOCATION:saginaw} works at {ORGANIZATION:nexteer} "
    "on second shift and her husband {NAME:javier} got laid off",
    "okay {NAME:keyshawn} sixteen at {ORGANIZATION:southwestern classical} and his grandma "
    "{NAME:ms. lottie} is raising him",
    "note for {NAME:brandon} thirty from {LOCATION:holt} a corrections officer at "
    "{ORGANIZATION:ionia} and he's having nightmares",
    "this is {NAME:aaliyah} twenty seven from {LOCATION:east lansing} a grad student and her "
    "advisor {NAME:dr. webb} yelled at her in lab",
    "session with {NAME:pastor davis} sixty one from {LOCATION:flint} his church "
    "{ORGANIZATION:new jerusalem} runs the water distribution",
    "follow up {NAME:kim} fifty three from {LOCATION:bay city} works at {ORGANIZATION:dow} in "
    "{LOCATION:midland} and her son {NAME:eric} died of an overdose on {DATE:july fourth}",
    "okay grandma {NAME:bea} {AGE_OVER_89:ninety seven} from {LOCATION:frankenmuth} her son "
    "{NAME:karl} wants her in {ORGANIZATION:bavarian comfort care}",
    "note for {NAME:marcus} thirty five from {LOCATION:burton} drives for the "
    "{ORGANIZATION:mta} in {LOCATION:flint} and got assaulted by a passenger",
    "this is {NAME:hailey} fifteen at {ORGANIZATION:grand ledge high} and she's been skipping "
    "since her dad {NAME:rob} left",
]

SPOKEN_NOTES_HUNDRED_FIFTY_SEVENTH_ROUND = [
    "okay note for {NAME:dominic} twenty six from {LOCATION:south buffalo} works at "
    "{ORGANIZATION:tops} on {LOCATION:jefferson} and still can't go back inside since the "
    "shooting",
    "session with {NAME:mrs. lombardo} eighty one from {LOCATION:tonawanda} her husband "
    "{NAME:sal} worked at {ORGANIZATION:bethlehem steel} and died of mesothelioma",
    "this is {NAME:jayden} seventeen at {ORGANIZATION:mckinley high} and his brother "
    "{NAME:dre} got shot on {LOCATION:bailey avenue}",
    "follow up {NAME:colleen} forty nine from {LOCATION:cheektowaga} a nurse at "
    "{ORGANIZATION:ecmc} and her husband {NAME:pat} is a cop with {ORGANIZATION:buffalo pd}",
    "okay {NAME:amina} twenty three a refugee from {LOCATION:aleppo} lives in {LOCATION:black "
    "rock} and works at a bakery on {LOCATION:grant street}",
    "note for {NAME:ryan} twenty from {LOCATION:greece} a student at {ORGANIZATION:rit} and "
    "his roommate {NAME:evan} found the pills",
    "this is {NAME:tasha} thirty one from the {LOCATION:nineteenth ward} works at "
    "{ORGANIZATION:strong} in the er",
    "session with {NAME:deacon frank} sixty six from {LOCATION:irondequoit} at "
    "{ORGANIZATION:st kateri} and his wife {NAME:mary jo} has als",
    "follow up {NAME:kyle} thirty eight from {LOCATION:niagara falls} deals cards at the "
    "{ORGANIZATION:seneca niagara} and owes his bookie",
    "okay {NAME:miss geraldine} {AGE_OVER_89:ninety} from {LOCATION:lackawanna} and her "
    "grandson {NAME:tony} moved back from {LOCATION:erie}",
    "note for {NAME:josh} twenty nine from {LOCATION:amherst} works at {ORGANIZATION:geico} "
    "in the call center and he's drinking at lunch",
    "this is {NAME:maria} forty who lives on {LOCATION:lyell avenue} and her son {NAME:angel} "
    "is at {ORGANIZATION:monroe county jail}",
]

SPOKEN_NOTES_HUNDRED_FIFTY_EIGHTH_ROUND = [
    "okay note for {NAME:nathan} twenty four yupik from {LOCATION:bethel} moved to "
    "{LOCATION:anchorage} works at {ORGANIZATION:carrs} on {LOCATION:tudor} and drinks",
    "session with {NAME:mrs. ivanoff} seventy from {LOCATION:kodiak} her husband {NAME:nick} "
    "was lost fishing in {DATE:october}",
    "this is {NAME:kaylee} sixteen at {ORGANIZATION:east high} in {LOCATION:anchorage} and "
    "her mom {NAME:tina} is in {ORGANIZATION:hiland mountain}",
    "follow up {NAME:sergeant torres} thirty from {LOCATION:eagle river} stationed at "
    "{ORGANIZATION:jber} and his wife {NAME:ashley} wants to go home to texas",
    "okay {NAME:lena} fifty five inupiaq from {LOCATION:utqiagvik} staying at the "
    "{ORGANIZATION:brother francis} shelter",
    "note for {NAME:jake} thirty two from {LOCATION:wasilla} works on the slope for "
    "{ORGANIZATION:conocophillips} two weeks on two off",
    "this is {NAME:grace} twenty a student at {ORGANIZATION:uaf} from {LOCATION:north pole} "
    "and she's been in her room since her friend {NAME:kylie} died",
    "session with {NAME:walter} sixty eight from {LOCATION:dillingham} a retired commercial "
    "fisherman and his son {NAME:evan} is in {ORGANIZATION:goose creek}",
    "follow up {NAME:tiffany} forty from {LOCATION:mountain view} works at "
    "{ORGANIZATION:providence} in housekeeping and her boyfriend {NAME:jr} hit her",
    "okay {NAME:dmitri} thirty six from {LOCATION:nikolaevsk} an old believer works on a boat "
    "out of {LOCATION:homer}",
    "note for auntie {NAME:rose} {AGE_OVER_89:ninety one} from {LOCATION:kotzebue} lives with "
    "her granddaughter {NAME:della}",
    "this is {NAME:cody} twenty eight from {LOCATION:fairbanks} a guard at {ORGANIZATION:fcc}",
]

MESSAGES_FORTY_SECOND_ROUND = [
    "heyyy its {NAME:jay} lol can we move my appt to wed {DATE:12/16}",
    "my mom {NAME:tina} took my phone so text {NAME:kayla}'s number {PHONE:(602) 555-0139} if "
    "u need me",
    "im at the skate park on {LOCATION:shea} w {NAME:brody} dont tell my mom",
    "can u write a note for {NAME:mr. patel} my algebra teacher at {ORGANIZATION:desert "
    "vista}, i missed the test",
    "🙃 {NAME:zoe} said she'd kill herself if {NAME:liam} breaks up w her. shes at "
    "{ORGANIZATION:chaparral} rn",
    "my ig is {OTHER_ID:@lil.mads.xo} if u want to see the post",
    "my grandma {NAME:dolores} is in {ORGANIZATION:banner thunderbird} again, i cant come today",
    "{NAME:coach hendricks} kicked me off varsity at {ORGANIZATION:mountain ridge} bc my grades",
    "i got a job at {ORGANIZATION:dutch bros} on {LOCATION:bell rd}!! starting sat {DATE:12/19}",
    "my dad {NAME:mark} lives in {LOCATION:flagstaff} now and wants me for {DATE:xmas}",
    "pls dont tell {NAME:ms. garcia} (counselor) but i vaped at {ORGANIZATION:cactus shadows}",
    "snap me {OTHER_ID:@brody_k22} lol jk. see u thurs the {DATE:17th}",
]

GROUP_AND_FAMILY_NOTES_FIFTEENTH = [
    "Adolescent DBT group: present {NAME:Madison}, {NAME:Jaxon}, {NAME:Ariana}, "
    "{NAME:Elijah}; absent {NAME:Skye}. Skill: TIPP.",
    "Men's anger group at {ORGANIZATION:Lakeview Center}: {NAME:Darnell} shared about his son "
    "{NAME:DJ}'s arrest on {DATE:12/3}; {NAME:Rick} gave feedback.",
    "Family session: {NAME:Olga Petrova}, husband {NAME:Ivan}, son {NAME:Misha} (14); "
    "conflict about moving back to {LOCATION:Kyiv}.",
    "Couples: {NAME:Tom} and {NAME:Greg Whitaker}; adoption through {ORGANIZATION:Bethany "
    "Christian Services} stalled.",
    "Grief group: {NAME:Carmen} (spouse {NAME:Luis} d. {DATE:10/2}), {NAME:Pat} (son), "
    "{NAME:Joan} (twin sister); memorial at {ORGANIZATION:St. Rita's} discussed.",
    "Multifamily: the {NAME:Okafors} and the {NAME:Brennans} attended; {NAME:Mrs. Brennan} "
    "works at {ORGANIZATION:Ascension Sacred Heart}.",
    "Veterans group at {ORGANIZATION:American Legion Post 13}: {NAME:Hank}, {NAME:Luis}, "
    "{NAME:Marcy}; {NAME:Marcy} served at {ORGANIZATION:Camp Bucca}.",
    "SUD group ({ORGANIZATION:Avalon Center}): {NAME:Brandi} 60 days; {NAME:Cole} relapsed "
    "after his cousin's funeral in {LOCATION:Pensacola}.",
    "Parenting group: {NAME:Keisha}'s daughter {NAME:Amari} (4) was expelled from "
    "{ORGANIZATION:Kiddie Academy}; {NAME:Juan} shared.",
    "Teen group: {NAME:Nevaeh} disclosed she's sleeping at {NAME:Kayla}'s; {NAME:Kayla}'s mom "
    "{NAME:Tracy} agreed to call.",
]

PEER_SUPPORT_NOTES_SECOND = [
    "Peer support: {NAME:Marcus} (peer specialist) met {NAME:Devon} at the "
    "{ORGANIZATION:Waffle House} on {LOCATION:Cobb Pkwy}; discussed NA meetings.",
    "Recovery coach {NAME:Tina} drove {NAME:Amber} to {ORGANIZATION:Ridgeview Institute} "
    "intake {DATE:12/4}.",
    "Peer call: {NAME:Jamal} reports 90 days clean; home group at the {ORGANIZATION:Triangle "
    "Club}.",
    "Warm handoff from the ED at {ORGANIZATION:Grady} to peer {NAME:Lisa B.}; client "
    "{NAME:Jerome} is staying with his aunt in {LOCATION:College Park}.",
    "Peer outreach under the {LOCATION:Downtown Connector} bridge; met {NAME:Skip}, 58, a "
    "veteran, and {NAME:Red}.",
    "Peer session: {NAME:Brianna} wants her GED at {ORGANIZATION:Atlanta Technical College}; "
    "childcare via her mom {NAME:Denise}.",
    "Accompanied {NAME:Kevin} to {ORGANIZATION:DeKalb County Drug Court} {DATE:12/7}; "
    "{NAME:Judge Harris} praised his progress.",
    "Text check-in from {NAME:Alicia} ({PHONE:404-555-0177}): craving after seeing her ex "
    "{NAME:Troy} at the {ORGANIZATION:Kroger} on {LOCATION:Ponce}.",
    "Peer group at {ORGANIZATION:Mary Hall Freedom House}: {NAME:Nikki}, {NAME:Sharon}, "
    "{NAME:Dee}; topic: boundaries with family.",
    "Peer support: {NAME:Tony} (peer) and {NAME:Ray} fished at {LOCATION:Lake Lanier}; "
    "{NAME:Ray} talked about his brother {NAME:Gene}'s death.",
]

SPOKEN_NOTES_HUNDRED_FIFTY_NINTH_ROUND = [
    "okay note for {NAME:tanner} twenty three from {LOCATION:ankeny} works at "
    "{ORGANIZATION:casey's} overnight and his girlfriend {NAME:mallory} left with the baby",
    "session with {NAME:mrs. vander wal} seventy nine from {LOCATION:pella} her husband "
    "{NAME:henk} has parkinson's and she won't leave him alone",
    "this is {NAME:abdi} nineteen somali from {LOCATION:cedar rapids} a student at "
    "{ORGANIZATION:kirkwood} and his uncle {NAME:farah} wants him to quit",
    "follow up {NAME:jenna} thirty one from {LOCATION:iowa city} a nurse at "
    "{ORGANIZATION:uihc} in the nicu and she hasn't slept since the baby died",
    "okay {NAME:luis} forty from {LOCATION:marshalltown} works at {ORGANIZATION:jbs} on the "
    "kill floor and his son {NAME:luisito} has autism",
    "note for {NAME:pastor dale} sixty three from {LOCATION:waterloo} his church "
    "{ORGANIZATION:walnut ridge baptist} asked him to step down",
    "this is {NAME:kayla} seventeen at {ORGANIZATION:roosevelt} in {LOCATION:des moines} and "
    "her mom {NAME:shelly} is using again",
    "session with {NAME:gary} fifty seven from {LOCATION:newton} lost his job when "
    "{ORGANIZATION:maytag} closed and never found another",
    "follow up {NAME:brenda} sixty from {LOCATION:sioux city} works at {ORGANIZATION:tyson} "
    "and her husband {NAME:ron} died on {DATE:november twelfth}",
    "okay great grandma {NAME:marie} {AGE_OVER_89:one hundred} from {LOCATION:dubuque} still "
    "lives alone and her grandson {NAME:matt} checks on her",
    "note for {NAME:hunter} twenty two from {LOCATION:ames} a senior at {ORGANIZATION:iowa "
    "state} and his frat made him drink until he passed out",
    "this is {NAME:mai} thirty five from {LOCATION:west des moines} works at "
    "{ORGANIZATION:wells fargo} in the call center and her husband {NAME:tou} controls the "
    "money",
]

SPOKEN_NOTES_HUNDRED_SIXTIETH_ROUND = [
    "okay note for {NAME:jamarion} eighteen from {LOCATION:jackson} graduated from "
    "{ORGANIZATION:callaway} and works at {ORGANIZATION:nissan} in {LOCATION:canton}",
    "session with {NAME:mrs. thigpen} seventy six from {LOCATION:clinton} her son "
    "{NAME:darrell} is in {ORGANIZATION:parchman} and she can't drive up there anymore",
    "this is {NAME:brittany} twenty nine from {LOCATION:hattiesburg} a nurse at "
    "{ORGANIZATION:forrest general} and her husband {NAME:cody} is on the rigs",
    "follow up {NAME:deshawn} sixteen at {ORGANIZATION:lanier high} and his cousin "
    "{NAME:trey} got shot on {LOCATION:bailey avenue} last week",
    "okay {NAME:mr. nguyen} sixty two from {LOCATION:biloxi} a shrimper and his boat got "
    "damaged in the storm and his son {NAME:tommy} wants him to sell",
    "note for {NAME:ashley} thirty four from {LOCATION:gulfport} deals blackjack at the "
    "{ORGANIZATION:hard rock} and her ex {NAME:blake} took the kids to {LOCATION:mobile}",
    "this is {NAME:pastor ellis} fifty eight from {LOCATION:meridian} at {ORGANIZATION:new "
    "hope missionary baptist} and his wife {NAME:ruthie} has dementia",
    "session with {NAME:kennedy} twenty a junior at {ORGANIZATION:ole miss} from "
    "{LOCATION:tupelo} and her sorority sisters found her cutting",
    "follow up {NAME:willie} sixty six from {LOCATION:greenville} a retired catfish farmer "
    "and his brother {NAME:otis} died on {DATE:thanksgiving}",
    "okay {NAME:miss mattie} {AGE_OVER_89:ninety four} from {LOCATION:yazoo city} lives with "
    "her niece {NAME:carolyn} who takes her check",
    "note for {NAME:tyler} thirty from {LOCATION:brandon} a deputy with {ORGANIZATION:rankin "
    "county} and he shot someone in {DATE:october}",
    "this is {NAME:maria} forty one from {LOCATION:forest} works at {ORGANIZATION:koch foods} "
    "and her husband {NAME:jose} was detained in the raid",
]

SPOKEN_NOTES_HUNDRED_SIXTY_FIRST_ROUND = [
    "okay note for {NAME:abdullahi} twenty five from {LOCATION:lewiston} works at "
    "{ORGANIZATION:tambrands} in {LOCATION:auburn} and his wife {NAME:hodan} is pregnant",
    "session with {NAME:mrs. pelletier} eighty three from {LOCATION:biddeford} her husband "
    "{NAME:roland} died at {ORGANIZATION:maine med} on {DATE:december first}",
    "this is {NAME:cody} thirty one from {LOCATION:rumford} works at the paper mill and "
    "drinks a thirty rack every night",
    "follow up {NAME:emily} twenty two a student at {ORGANIZATION:usm} from "
    "{LOCATION:westbrook} and her boyfriend {NAME:jake} choked her",
    "okay {NAME:jeannine} fifty four from {LOCATION:sanford} a cna at {ORGANIZATION:maine "
    "veterans home} and her son {NAME:tyler} is in {ORGANIZATION:cumberland county jail}",
    "note for {NAME:father bouchard} seventy from {LOCATION:madawaska} priest at "
    "{ORGANIZATION:st david} and he's lonely since the parish merged",
    "this is {NAME:kayla} sixteen at {ORGANIZATION:deering} and her dad {NAME:matt} is a "
    "lobsterman out of {LOCATION:stonington}",
    "session with {NAME:ahmed} forty four from {LOCATION:portland} drives for "
    "{ORGANIZATION:greater portland metro} and a passenger spit on him",
    "follow up {NAME:ruth} sixty eight from {LOCATION:augusta} retired from the state and her "
    "husband {NAME:wayne} has copd",
    "okay {NAME:brandon} thirty six from {LOCATION:bangor} works at {ORGANIZATION:cianbro} "
    "and he fell off a bridge job in {LOCATION:bucksport}",
    "note for grandpa {NAME:lucien} {AGE_OVER_89:ninety two} from {LOCATION:fort kent} speaks "
    "french and his granddaughter {NAME:chloe} translates",
    "this is {NAME:hannah} nineteen from {LOCATION:presque isle} a student at "
    "{ORGANIZATION:umpi} and she's been restricting since {DATE:thanksgiving}",
]

HOSPITAL_RECORDS_THIRTIETH_ROUND = [
    "ED NOTE, {ORGANIZATION:UMMC}: {NAME:Jerome Banks}, 33M, MRN {MRN:UM7712048}, GSW to L "
    "leg, brought by {ORGANIZATION:AMR} from {LOCATION:Bailey Ave}.",
    "ADMISSION: {NAME:Latasha Moore}, 27F, admitted {DATE:12/06/2026} to {ORGANIZATION:Merit "
    "Health Central} behavioral unit on a writ from {ORGANIZATION:Hinds County Chancery "
    "Court}.",
    "CONSULT: {NAME:Mr. Thigpen}, 81M, Rm {LOCATION:4408}, agitation; daughter {NAME:Gloria "
    "Thigpen} ({PHONE:601-555-0148}) is POA.",
    "NURSING {DATE:12/07} 0200: pt {NAME:Moore} refused meds, asked for her son "
    "{NAME:Ja'Marcus}; charge RN {NAME:Kim} notified.",
    "SW: pt lives at {LOCATION:2210 Robinson Rd}, {LOCATION:Jackson} {LOCATION:39209}; "
    "Medicaid {HEALTH_PLAN:MS5514409872}; employer {ORGANIZATION:Walmart Distribution Center} "
    "in {LOCATION:Brookhaven}.",
    "TRANSFER: to {ORGANIZATION:Mississippi State Hospital} at {LOCATION:Whitfield} on "
    "{DATE:12/08/2026} per commitment order {OTHER_ID:2026-CV-1187}.",
    "DISCHARGE: {NAME:Jerome Banks} d/c {DATE:12/10/2026}; f/u at {ORGANIZATION:Hinds "
    "Behavioral Health Services} {DATE:12/17/2026}.",
    "ED NOTE: {NAME:Kaylee Pickett}, 15F, from {LOCATION:Pearl}, overdose; mother "
    "{NAME:Amanda Pickett} works at {ORGANIZATION:St. Dominic's}.",
    "SECURITY {DATE:12/05} 2240, {LOCATION:6 North}: pt {NAME:J. Banks} threatened staff; "
    "{ORGANIZATION:UMMC PD} {NAME:Officer Ross} responded.",
    "H&P: {NAME:Earnest Wells}, 70M, DOB {DATE:01/19/1956}, SSN {SSN:428-66-1093}, retired "
    "from {ORGANIZATION:Ingalls Shipbuilding}.",
    "ATTENDING: seen with {NAME:Dr. Aisha Rahman}. {NAME:Thomas Greer}, MD, {DATE:12/06/2026} "
    "10:15.",
    "CALL: spoke with pt's brother {NAME:Willie Banks} in {LOCATION:Canton} at "
    "{PHONE:769-555-0112}; he'll pick him up.",
]

MESSAGES_FORTY_THIRD_ROUND = [
    "Hi this is {NAME:Crystal}, {NAME:Bryson}'s mom. He got suspended from "
    "{ORGANIZATION:Olathe North} today, can we get in sooner?",
    "Good morning, {NAME:Michael Ortiz} here. My daughter {NAME:Sofia} is having a hard time "
    "since her grandpa {NAME:Ray} passed on {DATE:Dec 1}.",
    "This is {NAME:Officer Daniels} with {ORGANIZATION:Overland Park PD}. Please call me "
    "about {NAME:Tyler Grant}, report {OTHER_ID:OP26-004471}.",
    "Reminder from {ORGANIZATION:Prairie Family Counseling}: {NAME:Emma} is scheduled Thu "
    "{DATE:12/17} at 3:30 PM. Reply Y to confirm.",
    "hola, soy la mamá de {NAME:kevin}, él no quiere ir a la escuela {ORGANIZATION:wyandotte} "
    "porque lo molestan",
    "From {ORGANIZATION:Children's Mercy}: {NAME:Liam Nguyen} was seen in Urgent Care "
    "{DATE:12/07/2026}. Please log in to view.",
    "{NAME:Pastor Dwight} from {ORGANIZATION:Morning Star Baptist} here. {NAME:Jalen} is "
    "staying with us for a few days.",
    "Your prescription for {NAME:AVA COLLINS} is ready at {ORGANIZATION:Hy-Vee} on "
    "{LOCATION:Metcalf Ave}.",
    "It's {NAME:Dana} from {ORGANIZATION:Shawnee Mission East}, counselor. {NAME:Owen} told a "
    "friend he had a plan; he's with me now. {PHONE:913-555-0160}",
    "this is {NAME:liz}, {NAME:marcus}'s wife. he's at {ORGANIZATION:research medical} since "
    "last night, please call me",
    "We moved! New address for the {NAME:Patels}: {LOCATION:8812 W 91st Terrace}, "
    "{LOCATION:Overland Park}, KS {LOCATION:66212}.",
]

TYPED_NOTES_FORTY_THIRD_ROUND = [
    "Intake: {NAME:DeAndre Wilson}, 24, lives in {LOCATION:Westport}; line cook at "
    "{ORGANIZATION:Joe's Kansas City Bar-B-Que}. Referred by {NAME:Dr. Kim} "
    "({ORGANIZATION:Truman Medical Center}). PHQ-9 16.",
    "CBT: {NAME:Rachel Stein}, 38, attorney at {ORGANIZATION:Shook, Hardy & Bacon}; impostor "
    "feelings before trial {DATE:1/11/2027}.",
    "DAP. D: {NAME:Mrs. Hernandez} reports son {NAME:Adrian} (13) skipped school at "
    "{ORGANIZATION:Northeast Middle} on {DATE:12/3}. A: school refusal. P: meet with "
    "counselor {NAME:Ms. Reed}.",
    "Couples: {NAME:Travis} and {NAME:Jenna Cole}, {LOCATION:Lee's Summit}. Affair with a "
    "coworker at {ORGANIZATION:Cerner} disclosed.",
    "EMDR: {NAME:Sgt. Maria Vega}, {ORGANIZATION:Whiteman AFB}; target: IED blast near "
    "{LOCATION:Kandahar}, 2012.",
    "Crisis: {NAME:Kevin Brooks}, 41, found on the {LOCATION:Broadway Bridge} by "
    "{ORGANIZATION:KCPD}; transported to {ORGANIZATION:Research Medical Center}.",
    "Progress: {NAME:Dorothy Allen}, 77, {LOCATION:Raytown}; grief after husband {NAME:Herb} "
    "died {DATE:10/21/2026}; attends {ORGANIZATION:Blue Ridge Boulevard Methodist}.",
    "Adolescent: {NAME:Jaylen Price}, 15, {ORGANIZATION:Lincoln College Prep}; TikTok "
    "{OTHER_ID:@jaylen.kc} posts about self-harm.",
    "Discharge: {NAME:Amy Becker}, 45, completed 20 sessions; returning to work at "
    "{ORGANIZATION:Hallmark} on {DATE:1/4/2027}.",
    "Telehealth: {NAME:Tom Reyes} at his sister's in {LOCATION:Independence}; emergency "
    "contact {NAME:Lisa} {PHONE:816-555-0131}.",
    "Group: {NAME:Deb}, {NAME:Tamika}, {NAME:Rosa}, {NAME:Fatima}; {NAME:Fatima}'s husband "
    "works at {ORGANIZATION:Ford Kansas City Assembly}.",
    "Collateral: {NAME:Det. Sullivan}, {ORGANIZATION:Kansas City Kansas Police}, case "
    "{OTHER_ID:KCK-26-10442}, re: {NAME:Andre}'s statement.",
]

SPOKEN_NOTES_HUNDRED_SIXTY_SECOND_ROUND = [
    "okay note for {NAME:jaquez} nineteen from {LOCATION:prichard} works at "
    "{ORGANIZATION:austal} in the shipyard and his cousin {NAME:dre} got killed on "
    "{LOCATION:st stephens road}",
    "session with {NAME:mrs. dubose} seventy seven from {LOCATION:dothan} her husband "
    "{NAME:leroy} died at {ORGANIZATION:flowers hospital} on {DATE:november twentieth}",
    "this is {NAME:brandon} twenty a sophomore at {ORGANIZATION:auburn} from "
    "{LOCATION:prattville} and he lost his scholarship",
    "follow up {NAME:keisha} thirty three from {LOCATION:montgomery} works at "
    "{ORGANIZATION:hyundai} on the line and her son {NAME:jaylen} is at {ORGANIZATION:lanier}",
    "okay {NAME:captain miller} forty five from {LOCATION:enterprise} flies helicopters at "
    "{ORGANIZATION:fort novosel} and can't sleep since the crash",
    "note for {NAME:miss eula} {AGE_OVER_89:ninety eight} from {LOCATION:selma} and her great "
    "grandson {NAME:tre} reads her the bible",
    "this is {NAME:cody} thirty from {LOCATION:daphne} a deckhand out of {LOCATION:bayou la "
    "batre} and he's using pills",
    "session with {NAME:pastor lee} sixty from {LOCATION:tuskegee} his church "
    "{ORGANIZATION:greenwood missionary baptist} is losing members",
    "follow up {NAME:ashley} twenty seven from {LOCATION:fairhope} a teacher at "
    "{ORGANIZATION:fairhope middle} and her husband {NAME:clay} is on the rigs",
    "okay {NAME:demarcus} seventeen at {ORGANIZATION:carver high} and his mom {NAME:tonya} "
    "works nights at {ORGANIZATION:jackson hospital}",
    "note for {NAME:ruth ann} sixty eight from {LOCATION:eufaula} her son {NAME:billy} is in "
    "{ORGANIZATION:easterling} and won't call",
    "this is {NAME:maria} thirty nine from {LOCATION:albertville} works at "
    "{ORGANIZATION:wayne farms} and her husband {NAME:rafael} was deported on {DATE:october "
    "third}",
]

SPOKEN_NOTES_HUNDRED_SIXTY_THIRD_ROUND = [
    "okay note for {NAME:josiah} twenty one amish from {LOCATION:gordonville} left the church "
    "and works at {ORGANIZATION:hershey} in the plant",
    "session with {NAME:mr. stoltzfus} sixty eight from {LOCATION:intercourse} his son "
    "{NAME:jacob} was shunned and he misses him",
    "this is {NAME:destiny} sixteen at {ORGANIZATION:mccaskey} in {LOCATION:lancaster} and "
    "her boyfriend {NAME:angel} is twenty two",
    "follow up {NAME:ryan} thirty four from {LOCATION:mechanicsburg} a state trooper and he "
    "froze during the shooting on {LOCATION:route 81}",
    "okay {NAME:tasha} forty from {LOCATION:allison hill} cleans at {ORGANIZATION:upmc "
    "harrisburg} and her son {NAME:marquis} is in {ORGANIZATION:dauphin county prison}",
    "note for {NAME:brittany} twenty eight from {LOCATION:york} works at "
    "{ORGANIZATION:harley} in the paint shop and her ex {NAME:kyle} is stalking her",
    "this is {NAME:reverend hughes} sixty two from {LOCATION:steelton} and the mill closing "
    "still hurts the whole town",
    "session with {NAME:emma} nineteen a freshman at {ORGANIZATION:franklin and marshall} "
    "from {LOCATION:philadelphia} and she stopped eating",
    "follow up {NAME:gary} fifty six from {LOCATION:hanover} drives for {ORGANIZATION:utz} "
    "and his wife {NAME:pam} has ms",
    "okay grandma {NAME:helen} {AGE_OVER_89:ninety three} from {LOCATION:lititz} lives at "
    "{ORGANIZATION:moravian manor} and her daughter {NAME:sue} visits daily",
    "note for {NAME:luis} thirty from {LOCATION:reading} works at {ORGANIZATION:east penn} "
    "and his brother {NAME:javier} overdosed on {DATE:the sixth}",
    "this is {NAME:kayla} twenty three from {LOCATION:carlisle} a nurse at {ORGANIZATION:penn "
    "state health} and her husband {NAME:matt} is deployed",
]

SPOKEN_NOTES_HUNDRED_SIXTY_FOURTH_ROUND = [
    "okay note for {NAME:tyson} twenty two lakota from {LOCATION:pine ridge} moved to "
    "{LOCATION:rapid city} works at {ORGANIZATION:walmart} on {LOCATION:east north street}",
    "session with {NAME:mrs. red cloud} sixty nine from {LOCATION:kyle} her grandson "
    "{NAME:jordan} died by suicide on {DATE:november eighth}",
    "this is {NAME:kaylee} fifteen at {ORGANIZATION:stevens high} and her dad {NAME:troy} "
    "works at {ORGANIZATION:ellsworth}",
    "follow up {NAME:jake} thirty from {LOCATION:sioux falls} works at "
    "{ORGANIZATION:smithfield} on the kill floor and drinks every night",
    "okay {NAME:nyadak} twenty six from {LOCATION:sioux falls} a refugee from {LOCATION:juba} "
    "and her husband {NAME:gatluak} is controlling",
    "note for {NAME:father kessler} sixty five from {LOCATION:mitchell} a priest at "
    "{ORGANIZATION:holy family} and he's burned out",
    "this is {NAME:hunter} nineteen a student at {ORGANIZATION:sdsu} from "
    "{LOCATION:brookings} and his roommate {NAME:cole} found him in the car",
    "session with {NAME:darlene} fifty eight from {LOCATION:aberdeen} works at "
    "{ORGANIZATION:avera st lukes} and her husband {NAME:jim} has dementia",
    "follow up {NAME:leonard} forty four from {LOCATION:eagle butte} and his sister "
    "{NAME:marlene} took the kids to {LOCATION:mobridge}",
    "okay grandma {NAME:ruby} {AGE_OVER_89:ninety} from {LOCATION:wagner} lives alone and her "
    "grandson {NAME:dallas} brings her groceries",
    "note for {NAME:cody} thirty three from {LOCATION:spearfish} works at the "
    "{ORGANIZATION:homestake} mine and his wife {NAME:amber} left",
    "this is {NAME:kendra} forty from {LOCATION:yankton} a cna at {ORGANIZATION:sanford} and "
    "her son {NAME:tanner} is in {ORGANIZATION:jameson}",
]

COLLEGE_COUNSELING_NOTES_SECOND = [
    "Walk-in: {NAME:Priya Sharma}, 20, junior, lives in {LOCATION:Baker Hall}; roommate "
    "{NAME:Lena} found pills. Safety plan; dean {NAME:Dean Walters} notified with consent.",
    "Session 3: {NAME:Marcus Green}, 19, football player; coach {NAME:Coach Reilly} told him "
    "to toughen up after his concussion.",
    "Intake: {NAME:Sofia Nguyen}, 18, first-gen from {LOCATION:Garden Grove}; works at the "
    "campus bookstore; homesick.",
    "Group: {NAME:Ava}, {NAME:Jordan}, {NAME:Eli}, {NAME:Mei}; topic: exam anxiety. "
    "{NAME:Eli} asked about ODS accommodations.",
    "Crisis: {NAME:Tyler Brooks}, 21, posted a goodbye on Instagram ({OTHER_ID:@tbrooks.21}); "
    "campus police {NAME:Officer Diaz} did a welfare check at {LOCATION:Westgate Apartments}.",
    "Referral out: {NAME:Hannah Kim} to {ORGANIZATION:Rogers Behavioral Health} eating "
    "disorder program in {LOCATION:Oconomowoc}.",
    "Session: {NAME:Jamal Carter}, 22, grad student in chemistry; advisor {NAME:Dr. Feldman} "
    "threatened to cut his funding.",
    "Follow-up email to {EMAIL:msantos4@student.uwm.edu}: {NAME:Maria Santos} missed her "
    "appointment {DATE:12/3}.",
    "Session 6: {NAME:Olivia Park}, 19, sorority sister at {ORGANIZATION:Alpha Phi}; hazing "
    "disclosure; Title IX coordinator {NAME:Ms. Grant} informed.",
    "Consult with {NAME:Dr. Amin} (psychiatry, {ORGANIZATION:UWM Norris Health Center}) re: "
    "{NAME:Noah}'s ADHD meds.",
]

LETTERS_AND_FORMS_TWENTY_FIRST_ROUND = [
    "To Whom It May Concern: {NAME:Angela Rossi} (DOB {DATE:09/03/1987}) has been under my "
    "care since {DATE:April 2024}. Please excuse her from work at {ORGANIZATION:Geisinger} "
    "{DATE:12/8} to {DATE:12/12}.",
    "RELEASE: I, {NAME:Thomas J. Kerrigan}, authorize {ORGANIZATION:Northeast Counseling "
    "Services} to release records to {ORGANIZATION:Luzerne County Adult Probation}.",
    "FMLA: employee {NAME:Diane Kowalski}; employer {ORGANIZATION:Wegmans Food Markets}; "
    "continuous leave {DATE:12/01/2026} to {DATE:01/31/2027}.",
    "School letter: {NAME:Evan Matthews}, grade 6, {ORGANIZATION:Abington Heights Middle "
    "School}; please allow breaks. Parent {NAME:Julie Matthews}, {PHONE:(570) 555-0149}.",
    "Court: re {NAME:Jason Pugh}, docket {OTHER_ID:CP-40-CR-0004471-2026}, "
    "{ORGANIZATION:Luzerne County Court of Common Pleas}; attended 10 of 12 sessions.",
    "Housing: {NAME:Lisa Brennan} and son {NAME:Connor} (8) need a first-floor unit due to "
    "her MS; current address {LOCATION:412 Pittston Ave}, {LOCATION:Scranton}.",
    "INTAKE. Name: {NAME:Frank Yurkovich}. Address: {LOCATION:77 Church St}, "
    "{LOCATION:Nanticoke}, PA {LOCATION:18634}. Contact: {NAME:Mary Yurkovich} (wife) "
    "{PHONE:570-555-0188}.",
    "Dear {NAME:Dr. Shah}, I am referring {NAME:Mrs. Stella Kaminski}, {AGE_OVER_89:96}, for "
    "evaluation of late-life depression; she lives at {ORGANIZATION:Allied Services} in "
    "{LOCATION:Clarks Summit}.",
    "Return to duty: {NAME:Officer Brian Walsh} of the {ORGANIZATION:Wilkes-Barre Police "
    "Department} may return on {DATE:12/15/2026}.",
    "Jury excuse: {NAME:Rosemary Gallo}, juror no. {OTHER_ID:2207}, summoned {DATE:January 4, "
    "2027} to the {ORGANIZATION:Lackawanna County Courthouse}.",
]

RARER_KINDS_SEVENTEENTH_ROUND = [
    "Pacemaker serial {DEVICE:PJN448120H} noted on the med list.",
    "Hearing aid serial number {DEVICE:2207A44913} (left) lost at school.",
    "Client's Cash App {OTHER_ID:$Kenz4Real} used to buy pills.",
    "Car: white Honda Civic, Pennsylvania plate {VEHICLE:LKR-4471}.",
    "Portal IP {IP:73.22.181.9} flagged for repeated failed logins.",
    "Telegram handle {OTHER_ID:@shadowboi_pa} sent the threats.",
    "Medicare number {HEALTH_PLAN:7QW4-HN3-KT22} on the intake.",
    "Photo of the bruise saved as {PHOTO:IMG_3304.JPG} in the chart.",
    "Voiceprint enrollment ID {BIOMETRIC:VP-44012} for the phone line.",
    "Docket {OTHER_ID:MJ-11201-CR-0000412-2026} at the magistrate's office.",
    "Checking account {ACCOUNT:0044718823} closed after the fraud.",
    "Zoom link {URL:https://zoom.us/j/94413320187} shared for the family session.",
]

SPOKEN_NOTES_HUNDRED_SIXTY_FIFTH_ROUND = [
    "okay note for {NAME:yadiel} twenty from {LOCATION:kissimmee} works at "
    "{ORGANIZATION:disney} in food and beverage and his girlfriend {NAME:keyla} is pregnant",
    "session with {NAME:mrs. gonzalez} sixty six from {LOCATION:buenaventura lakes} her son "
    "{NAME:javier} was at {ORGANIZATION:pulse} that night and she still can't talk about it",
    "this is {NAME:ethan} seventeen at {ORGANIZATION:winter park high} and his dad "
    "{NAME:greg} is a pilot for {ORGANIZATION:jetblue}",
    "follow up {NAME:tamika} thirty six from {LOCATION:pine hills} a nurse at "
    "{ORGANIZATION:orlando health} and her ex {NAME:marcus} got out of {ORGANIZATION:orange "
    "county jail} last week",
    "okay {NAME:cody} twenty eight from {LOCATION:daytona} works at the "
    "{ORGANIZATION:speedway} on race weekends and drinks the rest of the week",
    "note for abuela {NAME:carmen} {AGE_OVER_89:ninety one} from {LOCATION:azalea park} and "
    "her grandson {NAME:kevin} takes care of her",
    "this is {NAME:brianna} twenty two a student at {ORGANIZATION:ucf} from {LOCATION:oviedo} "
    "and her roommate {NAME:jess} found her in the tub",
    "session with {NAME:pastor rivera} fifty one from {LOCATION:poinciana} his church "
    "{ORGANIZATION:iglesia el calvario} burned down in {DATE:october}",
    "follow up {NAME:vinh} forty four from {LOCATION:mills fifty} owns {ORGANIZATION:pho 88} "
    "on {LOCATION:colonial} and his wife {NAME:lan} wants a divorce",
    "okay {NAME:derrick} thirty from {LOCATION:sanford} works at {ORGANIZATION:lockheed} and "
    "he's been drinking since his dad {NAME:ray} died",
    "note for {NAME:mia} fifteen at {ORGANIZATION:boone high} and her mom {NAME:jen} works "
    "nights at {ORGANIZATION:advent health}",
    "this is {NAME:luis} fifty two from {LOCATION:deltona} a roofer for "
    "{ORGANIZATION:sunshine roofing} and he fell on the {DATE:third}",
]

SPOKEN_NOTES_HUNDRED_SIXTY_SIXTH_ROUND = [
    "okay note for {NAME:jaylen} nineteen from {LOCATION:southeast raleigh} a freshman at "
    "{ORGANIZATION:shaw} and his cousin {NAME:tay} got shot on {LOCATION:rock quarry road}",
    "session with {NAME:mrs. pope} seventy three from {LOCATION:garner} her husband "
    "{NAME:cecil} died at {ORGANIZATION:wakemed} on {DATE:november tenth}",
    "this is {NAME:priya} twenty six a phd student at {ORGANIZATION:duke} from "
    "{LOCATION:bangalore} and her advisor {NAME:dr. hollis} is cruel",
    "follow up {NAME:specialist jackson} twenty three from {LOCATION:spring lake} stationed "
    "at {ORGANIZATION:fort liberty} and he's hearing things",
    "okay {NAME:abby} sixteen at {ORGANIZATION:broughton} and her mom {NAME:katie} works at "
    "{ORGANIZATION:sas} in {LOCATION:cary}",
    "note for {NAME:mr. oxendine} sixty from {LOCATION:pembroke} lumbee and his son "
    "{NAME:dustin} is in {ORGANIZATION:robeson county jail}",
    "this is {NAME:tasha} thirty eight from {LOCATION:east durham} works at "
    "{ORGANIZATION:duke regional} in housekeeping and her daughter {NAME:nia} is at "
    "{ORGANIZATION:hillside}",
    "session with {NAME:rev. barnes} sixty seven from {LOCATION:wilson} at "
    "{ORGANIZATION:jackson chapel} and he's grieving his son {NAME:andre}",
    "follow up {NAME:kevin} forty one from {LOCATION:apex} works at {ORGANIZATION:cisco} in "
    "{LOCATION:rtp} and got laid off on the {DATE:second}",
    "okay grandma {NAME:pearl} {AGE_OVER_89:ninety four} from {LOCATION:rocky mount} lives "
    "with her grandson {NAME:terrell} who takes her money",
    "note for {NAME:maria} thirty five from {LOCATION:siler city} works at "
    "{ORGANIZATION:mountaire} and her husband {NAME:juan} was detained",
    "this is {NAME:caleb} twenty from {LOCATION:chapel hill} a junior at {ORGANIZATION:unc} "
    "and his frat brothers dared him to drink a handle",
]

SPOKEN_NOTES_HUNDRED_SIXTY_SEVENTH_ROUND = [
    "okay note for {NAME:river} twenty three from {LOCATION:eugene} they/them works at "
    "{ORGANIZATION:voodoo doughnut} and their roommate {NAME:sage} is using",
    "session with {NAME:mrs. hernandez} sixty one from {LOCATION:woodburn} picks berries at "
    "{ORGANIZATION:kraemer farms} and her husband {NAME:jose} has diabetes",
    "this is {NAME:colton} sixteen at {ORGANIZATION:south salem high} and his dad "
    "{NAME:travis} is a guard at {ORGANIZATION:osp}",
    "follow up {NAME:ashley} thirty from {LOCATION:medford} works at {ORGANIZATION:harry and "
    "david} in the warehouse and her boyfriend {NAME:cody} hit her",
    "okay {NAME:jim} seventy from {LOCATION:grants pass} a vietnam vet and his wife "
    "{NAME:linda} says he sleeps with a gun",
    "note for {NAME:lupe} forty five from {LOCATION:hermiston} works at {ORGANIZATION:lamb "
    "weston} and her son {NAME:angel} is at {ORGANIZATION:maclaren}",
    "this is {NAME:tyler} twenty two a student at {ORGANIZATION:osu} from "
    "{LOCATION:corvallis} and his girlfriend {NAME:emma} broke up with him on the {DATE:fifth}",
    "session with {NAME:pastor tom} fifty nine from {LOCATION:roseburg} and he did the "
    "funerals after the shooting at {ORGANIZATION:ucc}",
    "follow up {NAME:brandy} thirty eight from {LOCATION:klamath falls} staying at the "
    "{ORGANIZATION:klamath falls gospel mission}",
    "okay {NAME:hazel} {AGE_OVER_89:ninety two} from {LOCATION:bend} lives at "
    "{ORGANIZATION:touchmark} and her son {NAME:dan} visits from {LOCATION:portland}",
    "note for {NAME:kai} nineteen from {LOCATION:springfield} works at {ORGANIZATION:dutch "
    "bros} on {LOCATION:main street} and sleeps in their car",
    "this is {NAME:marcus} thirty three from {LOCATION:salem} works at {ORGANIZATION:garmin} "
    "and his wife {NAME:dana} wants him to get help",
]

PSYCHOSOCIAL_HISTORIES_SIXTH = [
    "Family history: {NAME:Elena Vasquez}, 31, born in {LOCATION:Ciudad Juárez}, raised in "
    "{LOCATION:El Paso} by her grandmother {NAME:Consuelo}. Father {NAME:Ramón} incarcerated "
    "at {ORGANIZATION:La Tuna} since 2015.",
    "Education: {NAME:Marcus Webb} graduated from {ORGANIZATION:Morehouse} in {DATE:May 2016} "
    "and {ORGANIZATION:Emory Law} in {DATE:May 2019}; works at {ORGANIZATION:King & Spalding}.",
    "Substance history: {NAME:Kyle Dunn} first used oxycodone after surgery at "
    "{ORGANIZATION:St. Vincent's} in {LOCATION:Billings}, {DATE:March 2018}; detox at "
    "{ORGANIZATION:Rimrock Foundation} {DATE:2020-02-11}.",
    "Trauma: {NAME:Amira Saleh}, 26, survived the {DATE:October 7} attack near "
    "{LOCATION:Sderot}; her brother {NAME:Yusuf} was killed; resettled in {LOCATION:Paterson} "
    "in 2024.",
    "Legal: {NAME:Billy Ray Combs}, probation in {LOCATION:Harlan County}, docket "
    "{OTHER_ID:24-CR-00117}; completed {ORGANIZATION:Harlan County Drug Court} on {DATE:June "
    "30, 2025}.",
    "Military: {NAME:Dana Whitfield}, 52, USMC 1992-2016, last at {ORGANIZATION:Camp "
    "Pendleton}; deployed to {LOCATION:Ramadi} 2006.",
    "Social: {NAME:Nguyen Thi Lan}, 64, widowed (husband {NAME:Minh} d. {DATE:4/4/2025}), "
    "lives with her son {NAME:Tuan} in {LOCATION:Little Saigon}; works at her daughter's nail "
    "salon, {ORGANIZATION:Lotus Nails}.",
    "Work: {NAME:Hannah Berg} has worked at {ORGANIZATION:Mayo Clinic} in "
    "{LOCATION:Rochester} since {DATE:August 2015}; supervisor {NAME:Dr. Quist}.",
    "Family psychiatric: mother {NAME:Linda} treated at {ORGANIZATION:Western State "
    "Hospital}; uncle {NAME:Earl} died by suicide in {LOCATION:Tacoma} in 1998.",
    "Faith: {NAME:Rivka Stern}, 38, member of {ORGANIZATION:Congregation Beth Israel}; her "
    "rabbi, {NAME:Rabbi Cohen}, referred her.",
]

TELEHEALTH_NOTES_THIRD = [
    "Video session; {NAME:Jordan Ellis} at home, {LOCATION:2214 Pine St}, {LOCATION:Boulder}, "
    "CO. Emergency contact {NAME:Sam Ellis} {PHONE:303-555-0129}.",
    "Audio-only: {NAME:Mr. Begay} called from his truck at the {ORGANIZATION:Bashas'} in "
    "{LOCATION:Chinle}; signal poor.",
    "Video; {NAME:Ari} (he/him) joined from the library at {ORGANIZATION:Oberlin College}; "
    "roommate {NAME:Theo} is a support.",
    "Client {NAME:Gail Fischer} in {LOCATION:Scottsdale} for the winter until {DATE:April 1}; "
    "session held per the compact.",
    "Link sent to {EMAIL:jm.ortega77@outlook.com}; client {NAME:Jose Ortega} joined from his "
    "car outside {ORGANIZATION:Lovelace Westside}.",
    "Tablet set up by daughter {NAME:Karen} at {ORGANIZATION:Brookdale Lakewood}; client "
    "{NAME:Walter} hard of hearing.",
    "Group via Zoom: {NAME:Tess}, {NAME:Omar}, {NAME:Bea}; {NAME:Omar} dropped; his IP "
    "{IP:172.58.99.14} logged for the reconnect.",
    "Client {NAME:Fatima Noor} joined from {LOCATION:Lahore}, visiting family until "
    "{DATE:January 20}; session postponed per policy.",
    "Video; {NAME:Capt. Ruiz} at {ORGANIZATION:Fort Carson} in a private office.",
    "Phone; {NAME:Edna} at her son's house on {LOCATION:Maple Drive} in {LOCATION:Lewiston}; "
    "son {NAME:Rick} stepped out.",
]

MEDICATION_MANAGEMENT_NOTES_THIRD = [
    "Med check: {NAME:Robert Ngata}, 49, lithium 900 mg; level 0.9 at {ORGANIZATION:LabCorp} "
    "{DATE:12/4}; next visit {DATE:1/8/2027}.",
    "Clozapine: {NAME:Devon Pryce}, ANC 1900 on {DATE:12/2/2026}; REMS ID {OTHER_ID:CLZ-77120445}.",
    "Buprenorphine 24 mg; {NAME:Amanda Stiles}, PDMP {DATE:12/6/2026}: second prescriber "
    "{NAME:Dr. Fox} at {ORGANIZATION:Urgent Care Plus}.",
    "Started sertraline 50 for {NAME:Leah Gold}; sent to {ORGANIZATION:Walgreens} on "
    "{LOCATION:Broad St}.",
    "Invega Sustenna 156 mg given R deltoid, lot {OTHER_ID:JX4471B}, to {NAME:Marcus Lee}; "
    "next due {DATE:1/5/2027}.",
    "Vyvanse early refill request from {NAME:Brody}'s mom {NAME:Kelly Hart} "
    "({PHONE:614-555-0190}); declined.",
    "Med rec from {ORGANIZATION:OhioHealth Riverside} discharge {DATE:12/3/2026}: quetiapine "
    "100 mg qhs for {NAME:Ana Ruiz}.",
    "Prior auth for Auvelity to {ORGANIZATION:CareSource}, member {HEALTH_PLAN:CS88120477}.",
    "Patient {NAME:Irene Walsh} ({AGE_OVER_89:95}) on mirtazapine; niece {NAME:Colleen} fills "
    "her pill box.",
    "Naltrexone started for {NAME:Chris Patel}; LFTs ordered at {ORGANIZATION:Quest} on "
    "{LOCATION:High St}.",
]

SPOKEN_NOTES_HUNDRED_SIXTY_EIGHTH_ROUND = [
    "okay note for {NAME:marco} twenty nine from {LOCATION:henderson} deals craps at the "
    "{ORGANIZATION:bellagio} and owes twenty grand",
    "session with {NAME:mrs. fong} seventy from {LOCATION:summerlin} her husband {NAME:eddie} "
    "died at {ORGANIZATION:sunrise hospital} on {DATE:november fourth}",
    "this is {NAME:aaliyah} sixteen at {ORGANIZATION:las vegas academy} and her mom "
    "{NAME:tanya} works nights at the {ORGANIZATION:mgm grand}",
    "follow up {NAME:jose} forty from {LOCATION:east las vegas} a culinary union cook at "
    "{ORGANIZATION:caesars} and his son {NAME:josue} is in {ORGANIZATION:clark county "
    "detention}",
    "okay {NAME:brittany} thirty two from {LOCATION:north las vegas} a dealer at the "
    "{ORGANIZATION:cosmopolitan} and her ex {NAME:travis} is a cop with {ORGANIZATION:metro}",
    "note for {NAME:sergeant hale} thirty eight stationed at {ORGANIZATION:nellis} and the "
    "{DATE:october first} shooting still wakes him up",
    "this is {NAME:kai} twenty a student at {ORGANIZATION:unlv} from {LOCATION:hilo} and "
    "she's homesick and not eating",
    "session with {NAME:pastor ray} fifty from {LOCATION:pahrump} his church "
    "{ORGANIZATION:calvary chapel pahrump} is splitting",
    "follow up {NAME:gloria} sixty one from {LOCATION:boulder city} retired from the dam and "
    "her husband {NAME:frank} has dementia",
    "okay {NAME:miss dot} {AGE_OVER_89:ninety three} from {LOCATION:paradise} lives at "
    "{ORGANIZATION:silver sky} and her son {NAME:larry} manages her money",
    "note for {NAME:tyrone} twenty four from the {LOCATION:historic westside} drives for "
    "{ORGANIZATION:rtc} and got robbed on the bus",
    "this is {NAME:jenna} thirty five from {LOCATION:mesquite} works at "
    "{ORGANIZATION:casablanca} and her son {NAME:kaden} has seizures",
]

SPOKEN_NOTES_HUNDRED_SIXTY_NINTH_ROUND = [
    "okay note for {NAME:brayden} twenty from {LOCATION:derby} works at {ORGANIZATION:spirit} "
    "on the fuselage line and his girlfriend {NAME:kinsley} is pregnant",
    "session with {NAME:mrs. nguyen} sixty four from {LOCATION:planeview} her son "
    "{NAME:tommy} was killed on {LOCATION:south broadway} in {DATE:august}",
    "this is {NAME:jaden} fifteen at {ORGANIZATION:east high} in {LOCATION:wichita} and his "
    "dad {NAME:marcus} is in {ORGANIZATION:el dorado}",
    "follow up {NAME:kelsey} thirty from {LOCATION:andover} a nurse at {ORGANIZATION:wesley} "
    "and her husband {NAME:trent} works at {ORGANIZATION:textron}",
    "okay {NAME:hector} forty five from {LOCATION:dodge city} works at {ORGANIZATION:national "
    "beef} and his wife {NAME:rosa} wants to go back to {LOCATION:chihuahua}",
    "note for {NAME:father ortiz} sixty from {LOCATION:garden city} priest at "
    "{ORGANIZATION:st dominic} and he's exhausted",
    "this is {NAME:mckenna} nineteen a freshman at {ORGANIZATION:k state} from "
    "{LOCATION:salina} and she's cutting again",
    "session with {NAME:dale} fifty eight from {LOCATION:hutchinson} a retired guard at "
    "{ORGANIZATION:hutch correctional} with nightmares",
    "follow up {NAME:tasha} thirty six from {LOCATION:topeka} works at "
    "{ORGANIZATION:goodyear} and her son {NAME:dj} got expelled from {ORGANIZATION:highland "
    "park}",
    "okay grandpa {NAME:walt} {AGE_OVER_89:ninety one} from {LOCATION:hays} still farms and "
    "his granddaughter {NAME:emily} worries",
    "note for {NAME:ryan} twenty six from {LOCATION:lawrence} a grad student at "
    "{ORGANIZATION:ku} and his advisor {NAME:dr. klein} is threatening his funding",
    "this is {NAME:alicia} forty from {LOCATION:liberal} works at the {ORGANIZATION:seaboard} "
    "plant and her brother {NAME:juan} was detained",
]

BILINGUAL_SESSIONS_THIRD = [
    "sesión con {NAME:doña marta} sesenta y ocho de {LOCATION:pasadena} su hijo "
    "{NAME:rogelio} está en {ORGANIZATION:harris county jail} desde el {DATE:2 de diciembre}",
    "client {NAME:yesenia} thirty dice que her husband {NAME:raúl} works at "
    "{ORGANIZATION:exxon} in {LOCATION:baytown} and drinks every night",
    "session with {NAME:don pedro} setenta y cinco from {LOCATION:segundo barrio} and his "
    "daughter {NAME:lety} takes him to {ORGANIZATION:ben taub}",
    "{NAME:mariela} quince años at {ORGANIZATION:chavez high} y su mamá {NAME:sonia} cleans "
    "offices at the {ORGANIZATION:galleria}",
    "nota para {NAME:sra. ramos} cuarenta from {LOCATION:gulfton} works at "
    "{ORGANIZATION:kroger} on {LOCATION:hillcroft} y su esposo {NAME:beto} was deported",
    "session with {NAME:luis ángel} veinte a student at {ORGANIZATION:uh} from "
    "{LOCATION:magnolia park} and his novia {NAME:karla} is pregnant",
    "abuela {NAME:chela} {AGE_OVER_89:noventa y uno} vive sola en {LOCATION:second ward} y su "
    "nieto {NAME:junior} le lleva comida",
    "client {NAME:guadalupe} cincuenta y dos works at {ORGANIZATION:sysco} in "
    "{LOCATION:pasadena} y su hija {NAME:brenda} está en {ORGANIZATION:memorial hermann}",
    "sesión con {NAME:jorge} treinta y cinco de {LOCATION:aldine} trabaja en "
    "{ORGANIZATION:home depot} en {LOCATION:humble} y su esposa {NAME:lupe} lo dejó",
    "session with {NAME:padre miguel} sesenta from {ORGANIZATION:our lady of guadalupe} in "
    "the {LOCATION:east end}",
]

HOSPITAL_RECORDS_THIRTY_FIRST_ROUND = [
    "ED TRIAGE, {ORGANIZATION:UMC}: {NAME:Travis Holt}, 36M, MRN {MRN:UMC-20448172}, brought "
    "by {ORGANIZATION:LVMPD} after attempted jump from the {LOCATION:Stratosphere}.",
    "ADMIT: {NAME:Lani Kahale}, 22F, to {ORGANIZATION:Seven Hills Hospital} on a Legal 2000 "
    "from {ORGANIZATION:Sunrise Hospital} ED, {DATE:12/06/2026}.",
    "CONSULT: {NAME:Mr. Fong}, 88M, Rm {LOCATION:5512}, delirium; daughter {NAME:Amy Fong} "
    "({PHONE:702-555-0166}) at bedside.",
    "NURSING {DATE:12/07} 0130: pt {NAME:Kahale} tearful, asked for her mom {NAME:Leilani}; "
    "sitter {NAME:Maria G.} present.",
    "SW: pt lives at {LOCATION:3300 E Flamingo Rd}, Apt {LOCATION:118}, {LOCATION:Las Vegas} "
    "{LOCATION:89121}; Medicaid {HEALTH_PLAN:NV20418837}; employer {ORGANIZATION:Wynn}.",
    "TRANSFER: to {ORGANIZATION:Southern Nevada Adult Mental Health Services} on "
    "{DATE:12/08/2026}, per {ORGANIZATION:Clark County District Court} order "
    "{OTHER_ID:D-26-771204-C}.",
    "DISCHARGE: {NAME:Travis Holt} d/c {DATE:12/10/2026} to {ORGANIZATION:WestCare} "
    "residential; f/u {ORGANIZATION:Mojave Counseling} {DATE:12/16/2026}.",
    "ED NOTE: {NAME:Kayla Ruiz}, 14F, from {LOCATION:Henderson}, ingestion; father "
    "{NAME:Danny Ruiz} is a firefighter with {ORGANIZATION:Henderson Fire}.",
    "SECURITY {DATE:12/05} 2315, {LOCATION:3 West}: pt {NAME:T. Holt} combative; "
    "{ORGANIZATION:UMC Police} {NAME:Officer Banks} responded.",
    "H&P: {NAME:Ernesto Salas}, 63M, DOB {DATE:08/14/1963}, SSN {SSN:530-44-1127}, retired "
    "from {ORGANIZATION:MGM Resorts}.",
    "ATTENDING: seen with {NAME:Dr. Nalani Kealoha}. {NAME:Peter Brandt}, MD, "
    "{DATE:12/06/2026} 09:40.",
    "CALL: spoke with pt's wife {NAME:Carmen} at {PHONE:725-555-0114} in {LOCATION:North Las "
    "Vegas}; she'll bring his glasses.",
]

MESSAGES_FORTY_FOURTH_ROUND = [
    "Hi it's {NAME:Deanna}, {NAME:Kai}'s mom. She's at {ORGANIZATION:Spring Valley Hospital} "
    "since last night, please call me {PHONE:702-555-0185}",
    "This is {NAME:Officer Reyes} with {ORGANIZATION:Henderson PD} re: {NAME:Jordan Blake}, "
    "DOB {DATE:5/2/2001}. Report {OTHER_ID:HPD-26-33019}.",
    "Reminder: {NAME:Marco}, your appointment is {DATE:Dec 18} at 10:00 at {LOCATION:2250 E "
    "Tropicana Ave}, Suite {LOCATION:19}.",
    "hey its {NAME:bri}, im working a double at the {ORGANIZATION:wynn} so cant make it tmrw",
    "Buenas tardes, soy {NAME:Rosa Medina}. Mi hijo {NAME:Kevin} está en {ORGANIZATION:Desert "
    "Willow} y necesita su cita.",
    "{NAME:Pastor Ray} from {ORGANIZATION:Calvary Chapel Pahrump}: {NAME:Gloria} asked me to "
    "let you know she's safe with her sister in {LOCATION:Kingman}.",
    "Your Rx for {NAME:TRAVIS HOLT} is ready at {ORGANIZATION:Smith's} on {LOCATION:Boulder Hwy}.",
    "It's {NAME:Coach Benson} at {ORGANIZATION:Bishop Gorman}. {NAME:Aaliyah} broke down at "
    "practice today. Call me {PHONE:702-555-0158}.",
    "this is {NAME:tanya}, i got a new job at the {ORGANIZATION:mgm grand} and my schedule "
    "changed to nights",
    "From {ORGANIZATION:UMC}: {NAME:Lani Kahale} discharged {DATE:12/09/2026}. Records sent "
    "to {FAX:702-555-0120}.",
    "hi its {NAME:jenna} from {LOCATION:mesquite}, {NAME:kaden} had another seizure, were at "
    "{ORGANIZATION:mesa view} er",
    "{NAME:Sgt. Hale}'s wife {NAME:Amber}. He's at the {ORGANIZATION:Mike O'Callaghan} "
    "hospital on base, can you call him?",
]

TYPED_NOTES_FORTY_FOURTH_ROUND = [
    "Intake: {NAME:Darnell Hughes}, 29, {LOCATION:Homewood}, {LOCATION:Pittsburgh}; works at "
    "{ORGANIZATION:UPMC Presbyterian} in transport. Brother {NAME:Tyrell} killed "
    "{DATE:9/19/2026}. PCL-5 55.",
    "CBT: {NAME:Megan Kowalski}, 34, engineer at {ORGANIZATION:Westinghouse}; panic on the "
    "{LOCATION:Liberty Tubes}.",
    "DAP: {NAME:Mrs. Lopez} reports son {NAME:Mateo} (11) refusing school at "
    "{ORGANIZATION:Pittsburgh Colfax}; meeting with principal {NAME:Mr. Harris} {DATE:12/14}.",
    "Couples: {NAME:Sean} and {NAME:Katie O'Malley}, {LOCATION:Mt. Lebanon}; conflict about "
    "his drinking at {ORGANIZATION:Primanti Bros.} after Steelers games.",
    "EMDR: {NAME:SSG Carla Diaz}, 911th Airlift Wing; target: convoy attack near "
    "{LOCATION:Mosul}, 2016.",
    "Crisis: {NAME:James Pettit}, 52, found on the {LOCATION:Hot Metal Bridge} by "
    "{ORGANIZATION:Pittsburgh EMS}; taken to {ORGANIZATION:UPMC Mercy}.",
    "Progress: {NAME:Rose Marino}, 80, {LOCATION:Bloomfield}; grief after husband {NAME:Sal} "
    "died {DATE:10/30/2026}; attends {ORGANIZATION:St. Joseph's}.",
    "Adolescent: {NAME:Aiden Walsh}, 16, {ORGANIZATION:Central Catholic}; Discord "
    "{OTHER_ID:aidenw#4471} used for threats.",
    "Discharge: {NAME:Linda Park}, 47, 16 sessions; returning to work at {ORGANIZATION:PNC} "
    "downtown {DATE:1/4/2027}.",
    "Telehealth: {NAME:Tom Novak} at his camp near {LOCATION:Tionesta}; emergency contact "
    "{NAME:Joyce} {PHONE:814-555-0167}.",
    "Group: {NAME:Barb}, {NAME:Denise}, {NAME:Mariam}, {NAME:Tasha}; {NAME:Mariam}'s son is "
    "at {ORGANIZATION:Allderdice}.",
    "Collateral: {NAME:Det. Ramsey}, {ORGANIZATION:Allegheny County Police}, case "
    "{OTHER_ID:ACPD-26-08812}, re: {NAME:Kevin}'s statement.",
]

SPOKEN_NOTES_HUNDRED_SEVENTIETH_ROUND = [
    "okay note for {NAME:deshawn} twenty four from {LOCATION:east springfield} works at "
    "{ORGANIZATION:memorial} in transport and his girlfriend {NAME:kiara} kicked him out",
    "session with {NAME:mrs. baumgartner} seventy eight from {LOCATION:chatham} her husband "
    "{NAME:fritz} died at {ORGANIZATION:st john's} on {DATE:november sixth}",
    "this is {NAME:logan} nineteen a freshman at {ORGANIZATION:uiuc} from "
    "{LOCATION:naperville} and he's been gambling on his phone",
    "follow up {NAME:tamara} thirty seven from {LOCATION:peoria} works at "
    "{ORGANIZATION:caterpillar} on the line and her son {NAME:jayden} is at "
    "{ORGANIZATION:peoria high}",
    "okay {NAME:mr. okafor} fifty from {LOCATION:champaign} a professor at "
    "{ORGANIZATION:parkland} and his wife {NAME:ngozi} went back to {LOCATION:lagos}",
    "note for {NAME:kaylee} sixteen at {ORGANIZATION:centennial} and her mom {NAME:crystal} "
    "is in {ORGANIZATION:sangamon county jail}",
    "this is {NAME:pastor greg} fifty four from {LOCATION:decatur} his church "
    "{ORGANIZATION:grace fellowship} asked him to resign",
    "session with {NAME:luis} thirty one from {LOCATION:beardstown} works at "
    "{ORGANIZATION:jbs} and his wife {NAME:maria} is pregnant",
    "follow up {NAME:connor} twenty two from {LOCATION:normal} a senior at {ORGANIZATION:isu} "
    "and he failed out",
    "okay grandma {NAME:edna} {AGE_OVER_89:ninety five} from {LOCATION:pekin} lives alone and "
    "her grandson {NAME:josh} checks on her",
    "note for {NAME:marcus} forty from {LOCATION:bloomington} works at {ORGANIZATION:state "
    "farm} in claims and drinks at lunch",
    "this is {NAME:aaliyah} fourteen at {ORGANIZATION:lanphier} and her dad {NAME:dre} got "
    "shot on {LOCATION:eleventh street}",
]

SPOKEN_NOTES_HUNDRED_SEVENTY_FIRST_ROUND = [
    "okay note for {NAME:tre} twenty from {LOCATION:shawnee} in {LOCATION:louisville} works "
    "at {ORGANIZATION:ford} on the truck line and his cousin {NAME:bookie} got shot",
    "session with {NAME:mrs. hagan} seventy two from {LOCATION:jeffersontown} her husband "
    "{NAME:bud} died at {ORGANIZATION:baptist east} on {DATE:november fifteenth}",
    "this is {NAME:hannah} eighteen a freshman at {ORGANIZATION:wku} from "
    "{LOCATION:elizabethtown} and she's not eating",
    "follow up {NAME:darnell} thirty five from {LOCATION:newburg} works at {ORGANIZATION:ups "
    "worldport} nights and his son {NAME:dj} is at {ORGANIZATION:male high}",
    "okay {NAME:rosa} forty two from {LOCATION:okolona} cleans at {ORGANIZATION:churchill "
    "downs} and her husband {NAME:pedro} was detained",
    "note for {NAME:father tom} sixty eight priest at {ORGANIZATION:st martin of tours} and "
    "he's drinking",
    "this is {NAME:cody} twenty seven from {LOCATION:shepherdsville} works at the "
    "{ORGANIZATION:amazon} warehouse in {LOCATION:jeffersonville} and uses meth to stay awake",
    "session with {NAME:kayla} sixteen at {ORGANIZATION:manual} and her mom {NAME:tina} works "
    "at {ORGANIZATION:norton}",
    "follow up {NAME:bill} sixty from {LOCATION:bardstown} works at {ORGANIZATION:heaven "
    "hill} and his wife {NAME:pat} has cancer",
    "okay {NAME:miss loretta} {AGE_OVER_89:ninety two} from {LOCATION:portland} in "
    "{LOCATION:louisville} and her grandson {NAME:ray} lives with her",
    "note for {NAME:jamal} thirty from {LOCATION:germantown} bartends at "
    "{ORGANIZATION:nachbar} and his sponsor {NAME:mike} wants him to quit",
    "this is {NAME:amber} twenty nine from {LOCATION:bowling green} works at the "
    "{ORGANIZATION:corvette} plant and her ex {NAME:josh} took the kids",
]

HOSPITAL_RECORDS_THIRTY_SECOND_ROUND = [
    "ED TRIAGE, {ORGANIZATION:OSF Saint Francis}: {NAME:Kevin Lutz}, 41M, MRN "
    "{MRN:OSF-3390417}, BIBA from {LOCATION:East Peoria} after an overdose.",
    "ADMIT: {NAME:Jasmine Terry}, 24F, to {ORGANIZATION:Memorial Medical Center} 5 North on a "
    "petition signed by {NAME:Dr. Alan Wirth}, {DATE:12/06/2026}.",
    "CONSULT: {NAME:Mr. Baumgartner}, 80M, Rm {LOCATION:6207}, delirium; daughter {NAME:Karen "
    "Baumgartner} ({PHONE:217-555-0130}) at bedside.",
    "NURSING {DATE:12/07} 0320: pt {NAME:Terry} tearful, asked for her daughter "
    "{NAME:Zariah}; sitter {NAME:Deb K.} present.",
    "SW: pt lives at {LOCATION:1816 S. Grand Ave E}, {LOCATION:Springfield} {LOCATION:62703}; "
    "Medicaid {HEALTH_PLAN:IL40918823}; employer {ORGANIZATION:Horace Mann}.",
    "TRANSFER: to {ORGANIZATION:McFarland Mental Health Center} on {DATE:12/08/2026} per "
    "{ORGANIZATION:Sangamon County Circuit Court} order {OTHER_ID:2026-MH-0442}.",
    "DISCHARGE: {NAME:Kevin Lutz} d/c {DATE:12/10/2026} to {ORGANIZATION:Gateway Foundation} "
    "in {LOCATION:Springfield}; f/u {ORGANIZATION:Human Service Center} {DATE:12/17/2026}.",
    "ED NOTE: {NAME:Madison Cole}, 15F, from {LOCATION:Chatham}, ingestion; father {NAME:Greg "
    "Cole} is a deputy with the {ORGANIZATION:Sangamon County Sheriff's Office}.",
    "SECURITY {DATE:12/05} 2205, {LOCATION:4 South}: pt {NAME:K. Lutz} threatened staff; "
    "{ORGANIZATION:Springfield PD} {NAME:Officer Dunn} responded.",
    "H&P: {NAME:Gerald Reed}, 66M, DOB {DATE:04/11/1960}, SSN {SSN:335-41-7702}, retired from "
    "{ORGANIZATION:Caterpillar}.",
]

RARER_KINDS_EIGHTEENTH_ROUND = [
    "Cochlear implant serial {DEVICE:CI-77041288} listed on the intake.",
    "Client's PayPal {EMAIL:kenzie.dollars@gmail.com} received the money.",
    "Truck: black Ram 1500, Illinois plate {VEHICLE:FX 44817}.",
    "Login from {IP:24.13.201.88} matched his home address.",
    "Medicaid recipient number {HEALTH_PLAN:440182937} on the form.",
    "Photo of the note saved as {PHOTO:PXL_20261202_031455.jpg}.",
    "Case {OTHER_ID:2026-OP-001187} at the county courthouse.",
    "Account {ACCOUNT:7712-4409-18} at the credit union was frozen.",
    "Her TikTok {OTHER_ID:@kenz.xoxo.217} posted the video.",
    "Wristband MRN {MRN:00441882} cut off at discharge.",
]

SPOKEN_NOTES_HUNDRED_SEVENTY_SECOND_ROUND = [
    "okay note for {NAME:keoni} twenty four from {LOCATION:waianae} works at "
    "{ORGANIZATION:pearl harbor} in the shipyard and his girlfriend {NAME:leilani} is pregnant",
    "session with {NAME:mrs. nakamura} eighty two from {LOCATION:manoa} her husband "
    "{NAME:kenji} died at {ORGANIZATION:kuakini} on {DATE:november ninth}",
    "this is {NAME:kainoa} sixteen at {ORGANIZATION:farrington} and his uncle {NAME:sam} got "
    "arrested in {LOCATION:kalihi}",
    "follow up {NAME:malia} thirty from {LOCATION:kaneohe} a nurse at {ORGANIZATION:castle} "
    "and her husband {NAME:corporal kekoa} is at {ORGANIZATION:kaneohe bay}",
    "okay tutu {NAME:rose} {AGE_OVER_89:ninety six} from {LOCATION:kaimuki} lives with her "
    "mo'opuna {NAME:kalena}",
    "note for {NAME:jason} forty from {LOCATION:ewa beach} drives for {ORGANIZATION:thebus} "
    "and got punched by a rider",
    "this is {NAME:mia} nineteen a student at {ORGANIZATION:uh manoa} from {LOCATION:hilo} "
    "and she's been drinking alone",
    "session with {NAME:pastor kimo} fifty six from {LOCATION:nanakuli} his church "
    "{ORGANIZATION:hope chapel} lost its building",
    "follow up {NAME:darlene} sixty from {LOCATION:pearl city} works at "
    "{ORGANIZATION:foodland} and her son {NAME:kyle} is in {ORGANIZATION:occc}",
    "okay {NAME:ana} thirty five from {LOCATION:kalihi valley} a chuukese mom and her son "
    "{NAME:jayden} goes to {ORGANIZATION:kalakaua middle}",
    "note for {NAME:kawika} twenty eight from {LOCATION:waimanalo} surfs every morning and "
    "works at {ORGANIZATION:hpu} in facilities",
    "this is {NAME:lani} forty four from {LOCATION:lahaina} lost her house in the fire on "
    "{DATE:august eighth} and lives in a hotel in {LOCATION:kaanapali}",
]

TYPED_NOTES_FORTY_FIFTH_ROUND = [
    "Intake: {NAME:Tavon Mitchell}, 26, {LOCATION:Sandtown-Winchester}, {LOCATION:Baltimore}; "
    "works at {ORGANIZATION:Johns Hopkins Bayview} in EVS. Cousin {NAME:Dante} killed "
    "{DATE:10/2/2026}. PCL-5 58.",
    "CBT: {NAME:Erin Walsh}, 33, analyst at {ORGANIZATION:T. Rowe Price}; panic in the "
    "{LOCATION:Fort McHenry Tunnel}.",
    "DAP: {NAME:Ms. Okafor} reports daughter {NAME:Chiamaka} (12) refusing school at "
    "{ORGANIZATION:Roland Park Elementary/Middle}; meeting with {NAME:Mr. Brooks} "
    "{DATE:12/15}.",
    "Couples: {NAME:Mike} and {NAME:Dana Russo}, {LOCATION:Dundalk}; he was laid off from "
    "{ORGANIZATION:Sparrows Point} years ago and never recovered.",
    "EMDR: {NAME:PFC Jalen Ross}, {ORGANIZATION:Fort Meade}; target: training accident, 2025.",
    "Crisis: {NAME:Paul Kim}, 47, on the {LOCATION:Key Bridge} wreckage site as a volunteer; "
    "brought by {ORGANIZATION:BCFD} to {ORGANIZATION:Shock Trauma}.",
    "Progress: {NAME:Gladys Porter}, {AGE_OVER_89:90}, {LOCATION:Catonsville}; lives at "
    "{ORGANIZATION:Charlestown}; son {NAME:Ray} visits Sundays.",
    "Adolescent: {NAME:Kayla Brooks}, 15, {ORGANIZATION:Western High School}; Instagram "
    "{OTHER_ID:@kaylab.410} posts about dying.",
    "Discharge: {NAME:Steve Novak}, 52, 14 sessions; returning to work at {ORGANIZATION:Under "
    "Armour} in {LOCATION:Port Covington} {DATE:1/5/2027}.",
    "Telehealth: {NAME:Rachel Levy} at her parents' in {LOCATION:Pikesville}; emergency "
    "contact {NAME:Ben} {PHONE:410-555-0193}.",
]

MESSAGES_FORTY_FIFTH_ROUND = [
    "Hello dear, this is {NAME:Dorothy Keane}. My daughter {NAME:Susan} will drive me "
    "Thursday. I am {AGE_OVER_89:91} you know!",
    "Good afternoon, {NAME:Harold Fisk} here. I fell in the bathroom at "
    "{ORGANIZATION:Brookdale Towson} but I'm fine. Please call {PHONE:410-555-0172}.",
    "This is {NAME:Ruth}'s son {NAME:Michael}. Mom was admitted to {ORGANIZATION:GBMC} last night.",
    "Hi it's {NAME:Mr. Abernathy}, I can't hear well on the phone. Can we do in person at "
    "{LOCATION:6565 N Charles St}?",
    "From {ORGANIZATION:CVS Pharmacy} {LOCATION:York Rd}: {NAME:EDNA PORTER}, your "
    "prescription is ready.",
    "Hello, I'm {NAME:Father Joseph} from {ORGANIZATION:St. Ignatius}. {NAME:Mrs. Kelly} "
    "asked me to reach out about her grief.",
    "this is {NAME:pat} from meals on wheels, {NAME:mr. bell} didn't answer "
    "his door today at {LOCATION:1120 w 36th st}",
    "Dear therapist, my husband {NAME:Walter} passed on {DATE:December 3rd}. I won't be in. "
    "{NAME:Betty}",
    "Grandma {NAME:Lou}'s granddaughter here: she's at {ORGANIZATION:Sinai Hospital} room "
    "{LOCATION:4410}, asking for you.",
    "Message from {ORGANIZATION:Keswick}: resident {NAME:Mr. Tom Hale} declined his "
    "appointment today.",
]


def main() -> None:
    write("spoken_notes_hundred_fortieth_round.jsonl", "sn140", SPOKEN_NOTES_HUNDRED_FORTIETH_ROUND)
    write(
        "spoken_notes_hundred_forty_first_round.jsonl",
        "sn141",
        SPOKEN_NOTES_HUNDRED_FORTY_FIRST_ROUND,
    )
    write("typed_notes_thirty_ninth_round.jsonl", "tn39", TYPED_NOTES_THIRTY_NINTH_ROUND)
    write("messages_thirty_ninth_round.jsonl", "mg39", MESSAGES_THIRTY_NINTH_ROUND)
    write(
        "hospital_records_twenty_seventh_round.jsonl", "hr27", HOSPITAL_RECORDS_TWENTY_SEVENTH_ROUND
    )
    write(
        "spoken_notes_hundred_forty_second_round.jsonl",
        "sn142",
        SPOKEN_NOTES_HUNDRED_FORTY_SECOND_ROUND,
    )
    write(
        "spoken_notes_hundred_forty_third_round.jsonl",
        "sn143",
        SPOKEN_NOTES_HUNDRED_FORTY_THIRD_ROUND,
    )
    write("typed_notes_fortieth_round.jsonl", "tn40", TYPED_NOTES_FORTIETH_ROUND)
    write("letters_and_forms_nineteenth_round.jsonl", "lf19", LETTERS_AND_FORMS_NINETEENTH_ROUND)
    write("crisis_line_notes_fourteenth.jsonl", "cl14", CRISIS_LINE_NOTES_FOURTEENTH)
    write("group_and_family_notes_fourteenth.jsonl", "gf14", GROUP_AND_FAMILY_NOTES_FOURTEENTH)
    write(
        "spoken_notes_hundred_forty_fourth_round.jsonl",
        "sn144",
        SPOKEN_NOTES_HUNDRED_FORTY_FOURTH_ROUND,
    )
    write(
        "spoken_notes_hundred_forty_fifth_round.jsonl",
        "sn145",
        SPOKEN_NOTES_HUNDRED_FORTY_FIFTH_ROUND,
    )
    write(
        "spoken_notes_hundred_forty_sixth_round.jsonl",
        "sn146",
        SPOKEN_NOTES_HUNDRED_FORTY_SIXTH_ROUND,
    )
    write("rarer_kinds_fifteenth_round.jsonl", "rk15", RARER_KINDS_FIFTEENTH_ROUND)
    write(
        "hospital_records_twenty_eighth_round.jsonl", "hr28", HOSPITAL_RECORDS_TWENTY_EIGHTH_ROUND
    )
    write("messages_fortieth_round.jsonl", "mg40", MESSAGES_FORTIETH_ROUND)
    write(
        "spoken_notes_hundred_forty_seventh_round.jsonl",
        "sn147",
        SPOKEN_NOTES_HUNDRED_FORTY_SEVENTH_ROUND,
    )
    write(
        "spoken_notes_hundred_forty_eighth_round.jsonl",
        "sn148",
        SPOKEN_NOTES_HUNDRED_FORTY_EIGHTH_ROUND,
    )
    write("psychosocial_histories_fifth.jsonl", "ps5", PSYCHOSOCIAL_HISTORIES_FIFTH)
    write("telehealth_notes_second.jsonl", "th2", TELEHEALTH_NOTES_SECOND)
    write("supervision_notes_second.jsonl", "sv2", SUPERVISION_NOTES_SECOND)
    write("home_visit_notes_second.jsonl", "hv2", HOME_VISIT_NOTES_SECOND)
    write(
        "spoken_notes_hundred_forty_ninth_round.jsonl",
        "sn149",
        SPOKEN_NOTES_HUNDRED_FORTY_NINTH_ROUND,
    )
    write("spoken_notes_hundred_fiftieth_round.jsonl", "sn150", SPOKEN_NOTES_HUNDRED_FIFTIETH_ROUND)
    write("typed_notes_forty_first_round.jsonl", "tn41", TYPED_NOTES_FORTY_FIRST_ROUND)
    write("messages_forty_first_round.jsonl", "mg41", MESSAGES_FORTY_FIRST_ROUND)
    write("eap_notes_second.jsonl", "ea2", EAP_NOTES_SECOND)
    write("medication_management_notes_second.jsonl", "mm2", MEDICATION_MANAGEMENT_NOTES_SECOND)
    write(
        "spoken_notes_hundred_fifty_first_round.jsonl",
        "sn151",
        SPOKEN_NOTES_HUNDRED_FIFTY_FIRST_ROUND,
    )
    write(
        "spoken_notes_hundred_fifty_second_round.jsonl",
        "sn152",
        SPOKEN_NOTES_HUNDRED_FIFTY_SECOND_ROUND,
    )
    write(
        "spoken_notes_hundred_fifty_third_round.jsonl",
        "sn153",
        SPOKEN_NOTES_HUNDRED_FIFTY_THIRD_ROUND,
    )
    write("typed_notes_forty_second_round.jsonl", "tn42", TYPED_NOTES_FORTY_SECOND_ROUND)
    write("care_coordination_emails_second.jsonl", "cc2", CARE_COORDINATION_EMAILS_SECOND)
    write("intake_phone_screens_second.jsonl", "ip2", INTAKE_PHONE_SCREENS_SECOND)
    write(
        "spoken_notes_hundred_fifty_fourth_round.jsonl",
        "sn154",
        SPOKEN_NOTES_HUNDRED_FIFTY_FOURTH_ROUND,
    )
    write(
        "spoken_notes_hundred_fifty_fifth_round.jsonl",
        "sn155",
        SPOKEN_NOTES_HUNDRED_FIFTY_FIFTH_ROUND,
    )
    write("session_transcripts_first.jsonl", "st1", SESSION_TRANSCRIPTS_FIRST)
    write("rarer_kinds_sixteenth_round.jsonl", "rk16", RARER_KINDS_SIXTEENTH_ROUND)
    write("hospital_records_twenty_ninth_round.jsonl", "hr29", HOSPITAL_RECORDS_TWENTY_NINTH_ROUND)
    write("letters_and_forms_twentieth_round.jsonl", "lf20", LETTERS_AND_FORMS_TWENTIETH_ROUND)
    write(
        "spoken_notes_hundred_fifty_sixth_round.jsonl",
        "sn156",
        SPOKEN_NOTES_HUNDRED_FIFTY_SIXTH_ROUND,
    )
    write(
        "spoken_notes_hundred_fifty_seventh_round.jsonl",
        "sn157",
        SPOKEN_NOTES_HUNDRED_FIFTY_SEVENTH_ROUND,
    )
    write(
        "spoken_notes_hundred_fifty_eighth_round.jsonl",
        "sn158",
        SPOKEN_NOTES_HUNDRED_FIFTY_EIGHTH_ROUND,
    )
    write("messages_forty_second_round.jsonl", "mg42", MESSAGES_FORTY_SECOND_ROUND)
    write("group_and_family_notes_fifteenth.jsonl", "gf15", GROUP_AND_FAMILY_NOTES_FIFTEENTH)
    write("peer_support_notes_second.jsonl", "pe2", PEER_SUPPORT_NOTES_SECOND)
    write(
        "spoken_notes_hundred_fifty_ninth_round.jsonl",
        "sn159",
        SPOKEN_NOTES_HUNDRED_FIFTY_NINTH_ROUND,
    )
    write("spoken_notes_hundred_sixtieth_round.jsonl", "sn160", SPOKEN_NOTES_HUNDRED_SIXTIETH_ROUND)
    write(
        "spoken_notes_hundred_sixty_first_round.jsonl",
        "sn161",
        SPOKEN_NOTES_HUNDRED_SIXTY_FIRST_ROUND,
    )
    write("hospital_records_thirtieth_round.jsonl", "hr30", HOSPITAL_RECORDS_THIRTIETH_ROUND)
    write("messages_forty_third_round.jsonl", "mg43", MESSAGES_FORTY_THIRD_ROUND)
    write("typed_notes_forty_third_round.jsonl", "tn43", TYPED_NOTES_FORTY_THIRD_ROUND)
    write(
        "spoken_notes_hundred_sixty_second_round.jsonl",
        "sn162",
        SPOKEN_NOTES_HUNDRED_SIXTY_SECOND_ROUND,
    )
    write(
        "spoken_notes_hundred_sixty_third_round.jsonl",
        "sn163",
        SPOKEN_NOTES_HUNDRED_SIXTY_THIRD_ROUND,
    )
    write(
        "spoken_notes_hundred_sixty_fourth_round.jsonl",
        "sn164",
        SPOKEN_NOTES_HUNDRED_SIXTY_FOURTH_ROUND,
    )
    write("college_counseling_notes_second.jsonl", "cs2", COLLEGE_COUNSELING_NOTES_SECOND)
    write(
        "letters_and_forms_twenty_first_round.jsonl", "lf21", LETTERS_AND_FORMS_TWENTY_FIRST_ROUND
    )
    write("rarer_kinds_seventeenth_round.jsonl", "rk17", RARER_KINDS_SEVENTEENTH_ROUND)
    write(
        "spoken_notes_hundred_sixty_fifth_round.jsonl",
        "sn165",
        SPOKEN_NOTES_HUNDRED_SIXTY_FIFTH_ROUND,
    )
    write(
        "spoken_notes_hundred_sixty_sixth_round.jsonl",
        "sn166",
        SPOKEN_NOTES_HUNDRED_SIXTY_SIXTH_ROUND,
    )
    write(
        "spoken_notes_hundred_sixty_seventh_round.jsonl",
        "sn167",
        SPOKEN_NOTES_HUNDRED_SIXTY_SEVENTH_ROUND,
    )
    write("psychosocial_histories_sixth.jsonl", "ps6", PSYCHOSOCIAL_HISTORIES_SIXTH)
    write("telehealth_notes_third.jsonl", "th3", TELEHEALTH_NOTES_THIRD)
    write("medication_management_notes_third.jsonl", "mm3", MEDICATION_MANAGEMENT_NOTES_THIRD)
    write(
        "spoken_notes_hundred_sixty_eighth_round.jsonl",
        "sn168",
        SPOKEN_NOTES_HUNDRED_SIXTY_EIGHTH_ROUND,
    )
    write(
        "spoken_notes_hundred_sixty_ninth_round.jsonl",
        "sn169",
        SPOKEN_NOTES_HUNDRED_SIXTY_NINTH_ROUND,
    )
    write("bilingual_sessions_third.jsonl", "bl3", BILINGUAL_SESSIONS_THIRD)
    write("hospital_records_thirty_first_round.jsonl", "hr31", HOSPITAL_RECORDS_THIRTY_FIRST_ROUND)
    write("messages_forty_fourth_round.jsonl", "mg44", MESSAGES_FORTY_FOURTH_ROUND)
    write("typed_notes_forty_fourth_round.jsonl", "tn44", TYPED_NOTES_FORTY_FOURTH_ROUND)
    write(
        "spoken_notes_hundred_seventieth_round.jsonl",
        "sn170",
        SPOKEN_NOTES_HUNDRED_SEVENTIETH_ROUND,
    )
    write(
        "spoken_notes_hundred_seventy_first_round.jsonl",
        "sn171",
        SPOKEN_NOTES_HUNDRED_SEVENTY_FIRST_ROUND,
    )
    write(
        "hospital_records_thirty_second_round.jsonl", "hr32", HOSPITAL_RECORDS_THIRTY_SECOND_ROUND
    )
    write("rarer_kinds_eighteenth_round.jsonl", "rk18", RARER_KINDS_EIGHTEENTH_ROUND)
    write(
        "spoken_notes_hundred_seventy_second_round.jsonl",
        "sn172",
        SPOKEN_NOTES_HUNDRED_SEVENTY_SECOND_ROUND,
    )
    write("typed_notes_forty_fifth_round.jsonl", "tn45", TYPED_NOTES_FORTY_FIFTH_ROUND)
    write("messages_forty_fifth_round.jsonl", "mg45", MESSAGES_FORTY_FIFTH_ROUND)


if __name__ == "__main__":
    main()
