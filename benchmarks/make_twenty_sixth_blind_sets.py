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


if __name__ == "__main__":
    main()
