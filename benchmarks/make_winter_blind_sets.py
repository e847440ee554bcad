"""Write three more held-out corpora, each written before it was first measured.

    benchmarks/data/winter_therapy_notes.jsonl    therapy notes typed or dictated after a
                                                  session: couples, adolescents, grief,
                                                  substance use, trauma; places and employers
                                                  unlike the earlier sets'
    benchmarks/data/winter_clinical_notes.jsonl   clinic and hospital notes, referral letters
                                                  and forms written the way records are
    benchmarks/data/winter_spoken_sessions.jsonl  dictation from speech to text: lower case,
                                                  few full stops, numbers said aloud

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py.
Provider names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

WINTER_THERAPY_NOTES = [
    "Couples session, {NAME:Anneliese} and {NAME:Rafe Dunmore}. Gottman repair attempts. "
    "{NAME:Rafe} admitted the affair with a coworker at {ORGANIZATION:Brightline Freight} "
    "ended in {DATE:August}. {NAME:Anneliese} wants a separation by spring.",
    "{NAME:Marguerite} (goes by {NAME:Daisy}) is 16 and a junior at {ORGANIZATION:Holyoke "
    "High}. Cutting on her thighs twice since our last visit. DBT chain analysis. Her "
    "stepdad {NAME:Carl Oberholtzer} drove her in.",
    "{NAME:Mr. Abernathy-Clarke} ({AGE_OVER_89:94}) grieving his wife of 70 years, "
    "{NAME:Beatrice}, who died {DATE:October 30} at {ORGANIZATION:Whispering Pines Hospice}. "
    "Dignity therapy; his granddaughter {NAME:Imogen} is recording his stories.",
    "{NAME:Tavon} relapsed on fentanyl {DATE:Thanksgiving} weekend; narcan given by his cousin "
    "{NAME:Dre}. Now on Suboxone 16 mg via {NAME:Dr. Sahota} at {ORGANIZATION:Riverbend "
    "Recovery}. Part 2 consent on file.",
    "IFS: {NAME:Ximena} met a firefighter part who stops her crying. Exile is the 7-year-old "
    "who found her father {NAME:Octavio} after his stroke in {LOCATION:Yuma}.",
    "{NAME:Priscilla Nakamura-Bell} reports her ex {NAME:Gideon} showed up at her job at "
    "{ORGANIZATION:Tillamook Creamery} again. Protective order {OTHER_ID:24-DV-01187} in "
    "place. Safety planning; advocate {NAME:Rosalind} at the shelter.",
    "EMDR target: the crash on {LOCATION:Route 9} near {LOCATION:Lenox} on {DATE:2/14/2019}. "
    "SUD 8 to 2. {NAME:Brennan} notes his body scan is clear for the first time.",
    "{NAME:Joy} and her wife {NAME:Temperance} are fostering a 3-year-old. ACT defusion with "
    "'I'm a bad mother'. Caseworker {NAME:Ms. Oduya} from {ORGANIZATION:Lutheran Family "
    "Services} visits {DATE:Dec 9}.",
    "{NAME:Caspian} is a line worker at the {ORGANIZATION:Kohler} plant (night shift). Sleep "
    "restriction for insomnia; ISI 19. His daughter {NAME:Wren} has a recital Friday.",
    "Psychodynamic session. {NAME:Felicity} talked about her father, Judge {NAME:Harlan "
    "Pryce}, and how she still waits for his approval. Transference noted when I ended on "
    "time.",
    "{NAME:Ezekiel (Zeke) Lautenbach}, DOB {DATE:04/11/1987}, called from "
    "{PHONE:(920) 555-0177} to reschedule. Email {EMAIL:zlautenbach@fastmail.com} for the "
    "worksheets.",
    "{NAME:River} says their roommate {NAME:Kestrel} kicked them out; now staying at "
    "{ORGANIZATION:Covenant House} on {LOCATION:Ninth Avenue}. PHQ-9 21, passive SI, no plan. "
    "Crisis line given.",
    "{NAME:Honey} ({NAME:Hortensia Valdivia}) brought her mother, Doña {NAME:Amparo}, as "
    "interpreter. Sleep 3 hours; nightmares of the border crossing at {LOCATION:Sasabe}.",
    "Group: {NAME:Lars}, {NAME:Tomasina}, {NAME:Abdi} and {NAME:Yuki}. {NAME:Abdi} shared a "
    "letter to his brother {NAME:Liban}, who died in {LOCATION:Mogadishu}. Grief group week 6.",
    "{NAME:Patience Ofori} is a charge nurse at {ORGANIZATION:Lancaster General}. Moral injury "
    "after the boarding crisis. Her manager {NAME:Trudy} denied leave. CPT stuck points.",
    "Telehealth with {NAME:Leopold} from his truck outside {LOCATION:Amarillo}. Drives for "
    "{ORGANIZATION:Werner}. Plate TX {VEHICLE:8KL-2291} came up when he described the "
    "accident.",
    "{NAME:Ms. Quintanilla}'s son {NAME:Joaquin} was expelled from {ORGANIZATION:Desert Vista "
    "Middle School}. IEP meeting {DATE:Jan 6}. Parent management training.",
    "{NAME:Sterling} is 32 and works in IT at {ORGANIZATION:Epic}. Obsessions about harming "
    "his newborn {NAME:Maeve}. ERP hierarchy; Y-BOCS 27.",
    "Session 12. {NAME:Augusta} (\"{NAME:Gus}\") and I reviewed her values card sort. She "
    "wants to visit her sister {NAME:Philippa} in {LOCATION:Duluth} before the holidays.",
    "{NAME:Florian Weatherspoon} was referred by {NAME:Dr. Amara Eze} of {ORGANIZATION:Blue "
    "Ridge Family Medicine}, fax {FAX:828-555-0143}. Alcohol use disorder, moderate.",
    "{NAME:Ines} said {NAME:Hope} (her sponsor) told her to call before she drinks. 90 days "
    "sober on {DATE:11/28}. She works at {ORGANIZATION:Panera} on {LOCATION:Elm Street}.",
    "{NAME:Cordell}'s probation officer {NAME:Ms. Vance} asked for attendance records. Case "
    "no. {OTHER_ID:CR-2023-004417}. Release signed {DATE:11/19/2026}.",
    "{NAME:Summer Oyelowo} grieving her miscarriage at 14 weeks. Her husband {NAME:Tunde} "
    "went back to work at {ORGANIZATION:Boeing} the next day. Compassion-focused work.",
    "{NAME:Bartholomew} (87) and his partner {NAME:Wilhelmina} ({AGE_OVER_89:91}) want help "
    "deciding on assisted living at {ORGANIZATION:Fox Run Village}. Respecting autonomy; "
    "family meeting with son {NAME:Ansel}.",
    "Client {NAME:KJ} reports his coach at {ORGANIZATION:Eastside Boxing Club} yelled at him; "
    "anger 8/10. Mom ({NAME:Keisha Jenkins}) at {PHONE:414.555.0182}.",
]

WINTER_CLINICAL_NOTES = [
    "PROGRESS NOTE\nDate of service: {DATE:11/17/2026}\nPatient: {NAME:Hollingsworth, "
    "Evander}\nDOB: {DATE:02/08/1961}\nMRN: {MRN:MH-0082214}\nProvider: {NAME:Lucinda Marsh}, "
    "LICSW\nDx: F33.1. Sertraline 150 mg. Return 2 weeks.",
    "Referral letter\n\n{DATE:November 20, 2026}\n\nDear {NAME:Dr. Velasquez},\n\nThank you for "
    "seeing {NAME:Ms. Rosamund Achebe}, a 38-year-old teacher at {ORGANIZATION:Pinecrest "
    "Academy}, for evaluation of ADHD. She can be reached at {PHONE:(503) 555-0121}.\n\n"
    "Sincerely,\n{NAME:Theodora Blum}, PsyD",
    "HPI: 67M w/ hx CHF, AFib on apixaban, p/w dyspnea. Pt states he was at his son "
    "{NAME:Dwayne}'s house in {LOCATION:Cicero} when sx began. Brought by {ORGANIZATION:Cicero "
    "FD} ambulance. BNP 1840.",
    "Admission {DATE:2090-11-02}. {NAME:Ms. Eberhardt} is an 89 yo F from {ORGANIZATION:Linden "
    "Court Assisted Living} with AMS. UA positive. Daughter {NAME:Gretchen} is HCP, cell "
    "{PHONE:262-555-0119}.",
    "Nursing note 0300: pt {NAME:Mr. Adeyemi} pulled IV, agitated, CIWA 18. Notified "
    "{NAME:Dr. Kowalczyk} (pager {OTHER_ID:4417}). Lorazepam 2 mg IV given. Wife "
    "{NAME:Folake} updated by phone.",
    "Radiology: CT head w/o contrast, acc# {ACCOUNT:RAD-7730019}, ordered by {NAME:Nadia "
    "Petrosyan}, NP. No acute findings. Compared with prior {DATE:03/03/2085} at "
    "{ORGANIZATION:St. Elizabeth's}.",
    "Patient Name: {NAME:WOJCIECHOWSKI, BRONISLAWA}\nAddress: {LOCATION:4410 S Archer Ave}, "
    "{LOCATION:Chicago, IL 60632}\nPhone: {PHONE:773-555-0164}\nInsurance: "
    "{ORGANIZATION:BCBS IL} member {HEALTH_PLAN:XOF992018773}",
    "Pt seen in clinic with her granddaughter {NAME:Aaliyah}, who translates. Pt emigrated "
    "from {LOCATION:Port-au-Prince} in 1998. Works nights cleaning at {ORGANIZATION:JFK "
    "Terminal 4}. BP 162/94.",
    "Discharge instructions for {NAME:Bodhi Castellanos}: follow up with {NAME:Dr. Ng} at "
    "{ORGANIZATION:Kaiser Oakland} on {DATE:12/3}. Call {PHONE:510-555-0138} with questions. "
    "Portal: {URL:https://mychart.kp.org/}.",
    "Psych consult: 24F G1P0 at 30 wks, known to {ORGANIZATION:Prairie View} outpatient. "
    "Partner {NAME:Shane Eckhart} incarcerated at {ORGANIZATION:Lansing Correctional}. EPDS 19.",
    "Home health visit {DATE:11/12}: {NAME:Mrs. Tillotson} ({AGE_OVER_89:90}) lives alone at "
    "{LOCATION:77 Quarry Lane}, {LOCATION:Barre}. Neighbor {NAME:Alvin} checks daily. Fall "
    "risk high.",
    "Telemetry: device Medtronic ICD SN {DEVICE:PZK602188H} interrogated; 2 shocks "
    "{DATE:10/29}. Pt {NAME:Hamza Siddiqui} drives for Lyft; advised no "
    "driving x6 mo per state law.",
    "OT eval. {NAME:Marisela}, 45, R-handed hairdresser at {ORGANIZATION:Salon Bellissima} "
    "in {LOCATION:Hialeah}, s/p R distal radius ORIF {DATE:9/30/26}.",
    "Lab: specimen {OTHER_ID:S26-118830} collected {DATE:11/21/2026} 07:14 for "
    "{NAME:Ogunleye, Babatunde}. Lithium 1.3 (H). Called to {NAME:K. Ferreira} RN.",
    "Peds well visit: {NAME:Atticus} (4 y) with mom {NAME:Sloane} and dad {NAME:Jarrah}. "
    "Attends {ORGANIZATION:Little Acorns Preschool}. Speech delay; referred to "
    "Birth to Three.",
    "Dental: {NAME:Mr. Papadakis}, acct {ACCOUNT:0047719-02}, seen for extraction #30 at "
    "{ORGANIZATION:Smile Harbor Dental}, {LOCATION:12 Dock Square}.",
    "Correctional health: inmate {NAME:Delacroix, Remy} DOC# {OTHER_ID:A772910} at "
    "{ORGANIZATION:Angola}. Hunger strike day 4. Ethics consult with {NAME:Dr. "
    "Thibodeaux}.",
    "ED triage {DATE:11-22-26} 22:15: {NAME:Colette Baptiste}, 33, assaulted by partner at "
    "{LOCATION:Lafitte Apartments}. Photos taken with consent (camera SN "
    "{DEVICE:CX-55102}). {ORGANIZATION:NOPD} case {OTHER_ID:K-11457-26}.",
    "Sleep study {DATE:10/14/2026} at {ORGANIZATION:Sound Sleep Center}: AHI 41. CPAP 10 cm. "
    "Pt {NAME:Gunnar Halvorsen} is a long-haul driver, CDL {LICENSE:H4418-22970}.",
    "Dear {NAME:Mr. Yamamoto},\nYour appointment with {NAME:Celeste Arbour}, LMFT, is "
    "{DATE:Tuesday, December 15} at 4 pm at {LOCATION:300 Pearl Street, Suite 210}, "
    "{LOCATION:Boulder}.",
    "Hospice IDT: {NAME:Mr. Fairweather} declining; wife {NAME:Constance} requests "
    "Rabbi {NAME:Lowenthal}. Son flying in from {LOCATION:Tucson} on {DATE:the 24th}.",
    "Neuropsych testing {DATE:Oct 5-6, 2026}. {NAME:Ptolemy Graves}, 71, retired chemistry "
    "professor at {ORGANIZATION:Carleton}. MoCA 22. Wife {NAME:Iris} reports getting lost "
    "driving to {LOCATION:Northfield}.",
]

WINTER_SPOKEN_SESSIONS = [
    "okay this is the note for {NAME:roxanne bellweather} session six she said her "
    "boyfriend {NAME:dominic} threw her phone at the wall on {DATE:friday the twentieth} "
    "and she went to her sisters in {LOCATION:new britain}",
    "client {NAME:hezekiah} is a sophomore at {ORGANIZATION:central connecticut state} he "
    "had a panic attack in the library we did some paced breathing suds went from eight "
    "to three",
    "new intake {NAME:genevieve ashcroft} date of birth {DATE:march fourth nineteen ninety "
    "one} phone {PHONE:eight six oh five five five oh one four two} she was referred by "
    "her pcp doctor {NAME:lindqvist}",
    "{NAME:mason} talked about his grandfather pop pop who passed in {DATE:june} "
    "he still has his truck at the farm in {LOCATION:millbrook} lots of tears today",
    "note for {NAME:olivia grace thornbury} she works at {ORGANIZATION:dunkin} on "
    "{LOCATION:route forty four} and her manager {NAME:tasha} keeps scheduling her for "
    "doubles",
    "{NAME:ellis} is eighty two and his wife {NAME:ruth ann} is {AGE_OVER_89:ninety three} she has "
    "dementia and he is her only caregiver in {LOCATION:wethersfield} caregiver burden",
    "session with {NAME:brooklyn} and her mom {NAME:tiffany} about school refusal at "
    "{ORGANIZATION:kennedy middle school} exposure ladder step two is walking into the "
    "front office",
    "{NAME:mr okafor} says his landlord {NAME:stavros} is threatening eviction from the "
    "apartment on {LOCATION:farmington avenue} he is behind two months",
    "{NAME:dakota} uses they them pronouns and works at the {ORGANIZATION:home depot} in "
    "{LOCATION:manchester} they came out to their dad {NAME:russ} last weekend it went badly",
    "her email is {EMAIL:k dot mirabelle at gmail dot com} send her the thought record "
    "and the sleep diary",
    "{NAME:faith} said her daughter {NAME:journey} is in the nicu at {ORGANIZATION:yale new "
    "haven} born at twenty nine weeks on {DATE:november second}",
    "{NAME:rigoberto} cannot work since the fall at the construction site for "
    "{ORGANIZATION:turner} workers comp claim {OTHER_ID:w c two four dash eight eight one "
    "six}",
    "we reviewed {NAME:lucia}'s safety plan her brother {NAME:mateo} will keep her pills "
    "and she can call the warm line she lives with her aunt on {LOCATION:park street} in "
    "{LOCATION:hartford}",
    "{NAME:ms whitcombe} cancelled because her husband {NAME:gerald} had a heart attack "
    "he is at {ORGANIZATION:saint francis} in the icu",
    "{NAME:jayden} age fifteen was suspended for vaping his mom {NAME:shonda} wants him "
    "tested he says he gets the pens from a kid named {NAME:trevor}",
    "{NAME:cosette} is a flight attendant for {ORGANIZATION:jetblue} based out of "
    "{LOCATION:boston} fear of flying came back after the turbulence in {DATE:september}",
    "{NAME:bernadette} the client's mother called from {PHONE:two oh three five five five "
    "oh one nine eight} to say she found a note",
    "{NAME:august} and {NAME:sable} couples session they fought about his mother "
    "{NAME:marguerite} moving in after her surgery on {DATE:december first}",
    "{NAME:tobias} is a veteran of the army national guard he was deployed to "
    "{LOCATION:kandahar} nightmares four nights a week pcl five is fifty one",
    "{NAME:hannelore} is {AGE_OVER_89:ninety six} and lives at {ORGANIZATION:avery heights} "
    "her son {NAME:dieter} is worried she is depressed since her roommate died",
]


def main() -> None:
    write("winter_therapy_notes.jsonl", "wtn", WINTER_THERAPY_NOTES)
    write("winter_clinical_notes.jsonl", "wcn", WINTER_CLINICAL_NOTES)
    write("winter_spoken_sessions.jsonl", "wss", WINTER_SPOKEN_SESSIONS)


if __name__ == "__main__":
    main()
