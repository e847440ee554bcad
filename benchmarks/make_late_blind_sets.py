"""Write three more held-out corpora, each written before it was first measured.

    benchmarks/data/external_style_notes.jsonl       clinical notes written the way hospital
                                                     records are (record-date headers, capital
                                                     headings, pagers, signatures), set far from
                                                     the earlier sets' towns
    benchmarks/data/therapy_dictations_fourth.jsonl  therapy dictations from practices in other
                                                     regions
    benchmarks/data/spoken_intakes.jsonl             intake interviews from speech to text
    benchmarks/data/late_held_out.jsonl              therapy dictations and clinic notes,
                                                     written after the rules for the three sets
                                                     above were changed
    benchmarks/data/closing_held_out.jsonl           the same, written at the end of the
                                                     session and measured only: no rule was
                                                     changed for it

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py.
Provider names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

EXTERNAL_STYLE_NOTES = [
    "Record date: {DATE:2091-03-14}\n\nPSYCHIATRY CONSULT\n\n{NAME:Oyelaran, Temitope} is a "
    "46 y/o woman admitted to {ORGANIZATION:Mercy Harbor Hospital} 6 West on {DATE:3/11} for "
    "DKA. Consult requested by {NAME:Dr. Ivar Lindqvist} for low mood. Husband {NAME:Segun} at "
    "bedside. Tel {PHONE:(612) 555-0148}.",
    "CARDIOLOGY FOLLOW-UP\nPatient: {NAME:Delvecchio, Augustine R.}\nMR#: {MRN:4471-203}\n"
    "DOS: {DATE:09/22/2090}\nSeen with {NAME:Dr. Priyanka Raghunathan}. Echo at "
    "{ORGANIZATION:Lakeview Imaging} showed EF 40%. Continue metoprolol 25 mg bid.",
    "{NAME:MR. QUILLAN} IS A 71 YO MAN WITH COPD WHO LIVES WITH HIS DAUGHTER {NAME:NOREEN} IN "
    "{LOCATION:ST. CLOUD}. HE WAS SEEN AT {ORGANIZATION:CENTRACARE} ED ON {DATE:2/2/89}. "
    "FEV1 1.1 L.",
    "Discharge Summary\nAdmitted: {DATE:April 3, 2088}  Discharged: {DATE:April 9, 2088}\n"
    "Attending: {NAME:Gwendolyn Achterberg}, MD\nThe patient is a 58-year-old retired "
    "postal carrier from {LOCATION:Eau Claire} with NSTEMI. Follow up with PCP {NAME:Dr. "
    "Farouk} in 1 week; cardiology clinic {PHONE:715-555-0190}.",
    "ED NOTE {DATE:12/30/2089} 03:40\n{NAME:Kaylee Brandvold}, 19F, brought by roommate "
    "after ingesting ~30 tabs of acetaminophen. Attends {ORGANIZATION:Bemidji State}. Poison "
    "control case {OTHER_ID:PC-889120}. 4-hr level 212.",
    "Neurology: {NAME:Mrs. Haugland} ({AGE_OVER_89:92}) from {ORGANIZATION:Sunnyside Manor} "
    "with new L facial droop since Sunday evening. NIHSS 4. CTA read by {NAME:Dr. "
    "Okwuosa}. Son {NAME:Leif} (HCP) reachable at {PHONE:218 555 0107}.",
    "Pt {NAME:Ngata, Hemi} MRN {MRN:00558712} adm {DATE:5/17} w/ cellulitis LLE. Works as a "
    "lineman for {ORGANIZATION:Xcel Energy}. Vanco -> cefazolin. ID ({NAME:Dr. Mbeki}) "
    "agrees.",
    "Social work: Pt {NAME:Florentino Ybarra} is undocumented per his wife {NAME:Lupe}; lives "
    "at {LOCATION:1820 E Lake St, Apt 3} in {LOCATION:Minneapolis}. Linked to "
    "{ORGANIZATION:Hennepin Healthcare} financial counseling. Emergency Medical Assistance "
    "application #{OTHER_ID:EMA-55120}.",
    "OB triage {DATE:7/4/2091}: {NAME:Bao Ngoc Tran} G2P1 at 33+2 with contractions. Her "
    "doula {NAME:Clementine} called from {PHONE:651.555.0133}. Fetal monitor SN "
    "{DEVICE:FM-22817-C}.",
    "Addendum by {NAME:J. Whitehorse}, RN: family requested chaplain; {NAME:Father Okonjo} "
    "visited at 1500. Patient {NAME:Mr. Szczepanski} wishes to be DNR per MOLST dated "
    "{DATE:06/30/2090}.",
    "PREOP H&P\nName: {NAME:Rhiannon Tabbert-Vos}    DOB: {DATE:11/05/1979}\nInsurance: "
    "{ORGANIZATION:Medica} ID {HEALTH_PLAN:MDC883201944}\nProcedure: lap chole at "
    "{ORGANIZATION:Fairview Southdale} {DATE:10/1}.\nSurgeon: {NAME:Tobiah Lenz}, MD",
    "Rheum clinic. {NAME:Ms. Abernathy-Cole} has had RA since {DATE:2079}; flares every "
    "winter. Husband {NAME:Dwight} drives her in from {LOCATION:Brainerd}. Methotrexate "
    "20 mg weekly; labs drawn at {ORGANIZATION:Essentia}.",
    "Pager {PHONE:#4-7719} paged re: Rm 812 {NAME:Mr. Ojukwu}'s K 6.1. Rechecked, 4.9 "
    "(hemolyzed). Resident {NAME:Dr. Caspian Holt}.",
    "GERIATRICS HOME VISIT\n{NAME:Ingeborg Thorvaldsen}, {AGE_OVER_89:ninety-four}, lives "
    "alone at {LOCATION:77 Birch Hollow Rd}, {LOCATION:Grand Marais}, "
    "{LOCATION:MN 55604}. Neighbor {NAME:Arlo} checks daily. Falls x2 since "
    "{DATE:January}.",
    "Peds: {NAME:Xochitl}, 6 yo, with asthma exacerbation after a sleepover at her cousin "
    "{NAME:Marisol}'s house. Dad {NAME:Ignacio Cuauhtli} works at {ORGANIZATION:Hormel} in "
    "{LOCATION:Austin}. Albuterol q4h.",
    "Path report {OTHER_ID:SP-91-04417}: right breast core bx, IDC grade 2. Received "
    "{DATE:Feb 14 2090}. Pathologist {NAME:Halvorsen}.",
    "Telephone encounter: {NAME:Demetrius Odum} called from his work at {ORGANIZATION:Delta "
    "TechOps} asking for a refill of sertraline. Pharmacy: {ORGANIZATION:Walgreens #10293} "
    "on {LOCATION:Lyndale Ave}. Callback {PHONE:612-555-0171}.",
    "Wound clinic: pt {NAME:Emmerich} has a stage 3 sacral ulcer. Lives with partner "
    "{NAME:Sasha} on a farm outside {LOCATION:Willmar}. Next visit {DATE:Tuesday 3/8}.",
    "Interpreter {NAME:Abdirahman} (Somali, ID {OTHER_ID:INT-3302}) used for visit with "
    "{NAME:Hodan Warsame}, 34F, new to {ORGANIZATION:Cedar Riverside Clinic}. Refugee "
    "screening complete.",
    "Transfer note: {NAME:Pfc. Landry Boudreaux} transferred from {ORGANIZATION:Fort McCoy} "
    "clinic. DoD ID {OTHER_ID:1298847712}. Mild TBI after IED blast {DATE:2088}.",
]

THERAPY_DICTATIONS_FOURTH = [
    "Session 9 with {NAME:Dakota}. She told me her stepdad {NAME:Russ} came back to the trailer "
    "on {LOCATION:County Road 12} last weekend and she slept in her car. Safety planning, "
    "shelter number given for {ORGANIZATION:Safe Haven of Tulsa}. PCL-5 49.",
    "{NAME:Marisela} (she/her) says work at the Amazon warehouse in "
    "{LOCATION:Kent} is making her back pain and mood worse. Behavioral activation, walked "
    "through her schedule. Her sister {NAME:Yadira} is helping with the kids.",
    "pt {NAME:hollis} reports drinking 8-10 beers a night since he was laid off from "
    "{ORGANIZATION:Boeing} in {DATE:september}. AUDIT 24. MI, he agreed to call "
    "{ORGANIZATION:Evergreen Recovery Centers} at {PHONE:425-555-0116}.",
    "Couples session, {NAME:Tomasz} and {NAME:Agnieszka Wróbel}. {NAME:Agnieszka} found texts "
    "from a coworker named {NAME:Brielle}. Gottman repair attempts. They'll come back "
    "{DATE:December 3}.",
    "{NAME:Elijah} is 9, ADHD, at {ORGANIZATION:Whittier Elementary}. Teacher {NAME:Ms. "
    "Abernathy} sends a daily behavior card. Parent training with mom {NAME:Shanice}. "
    "Vanderbilt scores reviewed.",
    "Client {NAME:Oksana} talked about her parents still in {LOCATION:Kharkiv}. She calls "
    "them every morning. Grief and uncertainty, grounding, worry time. She works at "
    "{ORGANIZATION:Providence Swedish} as a CNA.",
    "{NAME:Beau} described the hunting accident in {DATE:November 2019} near "
    "{LOCATION:Lake Texoma}. CPT session 5, stuck point: 'I should have seen him'. His "
    "friend {NAME:Cade} died.",
    "{NAME:Noor} asked whether I would tell her parents about her girlfriend {NAME:Talia}. "
    "Reviewed confidentiality. She's a sophomore at {ORGANIZATION:Rice}. GAD-7 15.",
    "Intake for {NAME:Winston Achebe-Park}, 33, referred by {NAME:Dr. Lowenthal} at "
    "{ORGANIZATION:Swedish Cherry Hill}. Lives at {LOCATION:4410 Fremont Ave N} with partner "
    "{NAME:Jae}. Cell {PHONE:206-555-0152}.",
    "Grandpa {NAME:Lonnie} ({AGE_OVER_89:ninety}) was moved to {ORGANIZATION:Bayou Oaks "
    "Nursing} and {NAME:Destiny} feels guilty. Self-compassion, values. She'll visit "
    "{DATE:Saturday the 14th}.",
    "{NAME:faith} said {NAME:hunter} punched the wall again. she is staying at her mom's in "
    "{LOCATION:broken arrow}. safety plan, DV hotline. she wants a protective order, court "
    "{DATE:jan 9}.",
    "EMDR: target is the tornado in {LOCATION:Moore} in {DATE:May 2013}. {NAME:Kendra} was "
    "in the school bathroom. VOC 2 -> 5. Resource: grandma {NAME:Opal}'s kitchen.",
    "{NAME:Rafael Ortiz-Benítez} brought his CPAP download (serial {DEVICE:DS500-77120918}) "
    "because he doesn't believe it's working. CBT-I, sleep restriction window 12:30-6:00.",
    "Client's chosen name is {NAME:Sparrow}; legal name {NAME:Megan Dahl} on insurance "
    "({ORGANIZATION:Premera} member {HEALTH_PLAN:PRM0042871163}). Gender-affirming letter "
    "for {NAME:Dr. Ilse Brandt}.",
    "Phone check-in with {NAME:Mr. Thibodeaux}: the hurricane damage to his house on "
    "{LOCATION:Bayou Black Dr} is still not fixed. FEMA claim {OTHER_ID:4611-0087-22}. "
    "Problem solving.",
    "{NAME:Amara}'s mother {NAME:Chioma} called from {LOCATION:Lagos} worried; ROI not "
    "signed so I did not confirm treatment. {NAME:Amara} is a grad student at "
    "{ORGANIZATION:UW}.",
    "Group: {NAME:Luis}, {NAME:Dee}, {NAME:Harlan} and {NAME:Precious} attended. Topic: "
    "triggers at the holidays. {NAME:Harlan} will be at his son's in {LOCATION:Spokane} "
    "for Thanksgiving.",
    "{NAME:Ximena} reports her boss {NAME:Gary} at {ORGANIZATION:Tractor Supply} cut her "
    "hours. Financial stress, budgeting worksheet. Email for worksheet: "
    "{EMAIL:ximena.r.flores@example.net}.",
    "Client {NAME:Jubilee} disclosed her uncle {NAME:Royce} abused her when she lived in "
    "{LOCATION:Muskogee}. Mandated report not required (adult, historical). TF-CBT "
    "psychoeducation.",
    "{NAME:Anneliese} (DOB {DATE:3/3/1958}) grieving her wife {NAME:Bettina}, who died "
    "{DATE:October 2}. Dual process model. Attends grief group at {ORGANIZATION:Hospice of "
    "the Northwest}.",
]

SPOKEN_INTAKES = [
    "okay so this is the intake for {NAME:darnell whitfield} date of birth {DATE:june "
    "eleventh nineteen eighty eight} he lives at {LOCATION:twelve oak crest drive} in "
    "{LOCATION:murfreesboro} and his phone is {PHONE:six one five five five five zero one "
    "nine three}",
    "she says her husband {NAME:clint} works nights at the {ORGANIZATION:nissan plant} in "
    "{LOCATION:smyrna} and her mother {NAME:wanda} watches the baby",
    "client is a {AGE_OVER_89:ninety three} year old widow named {NAME:mrs pettibone} her "
    "niece {NAME:carol ann} brought her in from {LOCATION:lebanon}",
    "um he goes by {NAME:tank} his real name is {NAME:terrence} and he's been at "
    "{ORGANIZATION:cumberland heights} twice for alcohol",
    "referral came from {NAME:doctor ashwell} at {ORGANIZATION:vanderbilt} fax number "
    "{FAX:six one five five five five zero one four four}",
    "her kids are {NAME:brantley} who is seven and {NAME:harper} who is four and they go to "
    "{ORGANIZATION:riverdale elementary}",
    "the social security number she gave is {SSN:four one two five five one nine zero "
    "eight} and her medicaid is tenncare",
    "he was in the army stationed at {ORGANIZATION:fort campbell} from {DATE:two thousand "
    "nine} to {DATE:twenty fourteen} deployed twice",
    "she moved here from {LOCATION:paducah kentucky} after her divorce from {NAME:jimmy "
    "ray} last spring",
    "her email is {EMAIL:lilyb at example dot com} and she prefers texts to "
    "{PHONE:615 555 0122}",
    "mom {NAME:krystal} says {NAME:jaxon} got suspended from {ORGANIZATION:oakland middle} "
    "on {DATE:the ninth} for fighting",
    "he works for {ORGANIZATION:rutherford county} public works and his supervisor "
    "{NAME:mister dobbs} has been on his case",
]

LATE_HELD_OUT = [
    "Session 4 with {NAME:Priyanka}. She is still sleeping on her cousin {NAME:Deepa}'s couch "
    "in {LOCATION:Edison} since her lease ended. Job search at {ORGANIZATION:Rutgers} "
    "dining services. Behavioral activation, PHQ-9 16.",
    "{NAME:Cormac} brought up his dad {NAME:Seamus} again, who was a longshoreman at "
    "{ORGANIZATION:Port Newark}. Anger at being 'soft'. Schema work, mode dialogue.",
    "client {NAME:tiana} reports her baby's father {NAME:marquise} keeps showing up at her "
    "job at the {ORGANIZATION:shoprite} on {LOCATION:route 1}. safety plan updated, 209A "
    "discussed.",
    "Intake: {NAME:Leopold Vasquez-Whitaker}, DOB {DATE:09/18/1971}, SSN on file ending "
    "{SSN:4471}. Referred by EAP at {ORGANIZATION:Merck}. Lives at {LOCATION:18 Linden Pl}, "
    "{LOCATION:Summit, NJ 07901}.",
    "{NAME:Mrs. Adeyemi} ({AGE_OVER_89:ninety-two}) was brought by her grandson {NAME:Tobi}. "
    "She says she wants to go home to {LOCATION:Ibadan} to die. Life review, dignity therapy.",
    "Couples: {NAME:Rocco} & {NAME:Jen}. {NAME:Jen} says {NAME:Rocco} spends Saturdays at "
    "{ORGANIZATION:Monmouth Park} betting. Gambling screen positive. Referred to GA.",
    "Pt {NAME:Ozzie Lindqvist} 67M, retired from {ORGANIZATION:NJ Transit}, presented with "
    "chest pain {DATE:2/11}. Troponin neg x2. Cardiology f/u with {NAME:Dr. Farrokhzad} at "
    "{ORGANIZATION:Morristown Medical Center}.",
    "{NAME:Bexley} (they/them), 17, is out to their friends at {ORGANIZATION:Montclair High} "
    "but not to their grandmother {NAME:Mae}. Family session planned for "
    "{DATE:January 6}.",
    "Spoke with {NAME:Sgt. Amaral} of the {ORGANIZATION:Newark Police Department} re: "
    "incident report {OTHER_ID:24-118703}. Client consented. Trauma screen done.",
    "her son {NAME:Dre} is at {ORGANIZATION:Bergen County Juvenile Detention} until his hearing "
    "on {DATE:Dec 19}. She cries when she talks about him. Grief and self-blame.",
    "Telehealth; client in her car outside the {ORGANIZATION:Wegmans} in {LOCATION:Bridgewater} "
    "for privacy. Discussed confidentiality of location. GAD-7 18.",
    "{NAME:Halima}'s husband {NAME:Yusuf} works for {ORGANIZATION:Port Authority} and travels. "
    "She manages the twins {NAME:Amir} and {NAME:Amina} alone. Parenting stress.",
    "Progress note {DATE:11/30/2026}. Client: {NAME:Nadia Petrosyan}. MRN {MRN:NJ-00477120}. "
    "Plan: continue CPT, session 8 of 12.",
    "{NAME:ginny} said her sponsor {NAME:barb} told her to call me. she relapsed at her "
    "sister's wedding in {LOCATION:asbury park} on {DATE:saturday the 22nd}.",
    "ED psych eval: {NAME:John Doe #4} (unidentified), approx 40s, found at {LOCATION:Penn "
    "Station} by NJ Transit police. Disorganized. Hold initiated.",
    "{NAME:Valentina} talked about being the only Latina engineer at {ORGANIZATION:Lockheed} "
    "in {LOCATION:Moorestown}. Imposter feelings. Cognitive restructuring.",
    "Letter to {NAME:Judge Okafor-Brandt}, {ORGANIZATION:Middlesex County Family Court}, "
    "docket {OTHER_ID:FM-12-000481-25}: client has attended 14 of 15 sessions since "
    "{DATE:June 2}.",
    "Abuela {NAME:Rosario} ({AGE_OVER_89:94}) lives with the family at {LOCATION:231 Elm "
    "St, Apt 2R}, {LOCATION:Perth Amboy}. Client {NAME:Yamilet} is her caregiver.",
    "{NAME:Kenji} was a no-show {DATE:11/24}; left a voicemail on {PHONE:732-555-0148}. "
    "Second no-show; outreach letter sent to {EMAIL:kenji.morimoto@example.com}.",
    "DBT group: {NAME:Shay}, {NAME:Lourdes}, {NAME:Bo} attended; {NAME:Tricia} absent "
    "(sick). Skill: opposite action. {NAME:Bo} shared about his DUI court in "
    "{LOCATION:Toms River}.",
]

CLOSING_HELD_OUT = [
    "{NAME:Pa Nhia Vang} came with her daughter {NAME:Maiv} to interpret. She grieves her "
    "husband {NAME:Tou}, who died at {ORGANIZATION:Regions Hospital} on {DATE:October 30}. "
    "Shaman ceremony planned; respect for cultural grief practices.",
    "{NAME:Tavita} (he/him) plays rugby for {ORGANIZATION:Highline College} and had a "
    "concussion in {DATE:September}. Irritable, poor sleep. His aunty {NAME:Lusia} called "
    "from {PHONE:253-555-0119}.",
    "Session 3, {NAME:Desbah Yazzie}. She drove 2 hours from {LOCATION:Chinle} for the "
    "appointment. Talked about her grandmother {NAME:Nizhoni}, who raised her. Telehealth "
    "option offered.",
    "{NAME:Mekdes} reports her employer at the {ORGANIZATION:Marriott} downtown cut her "
    "hours after she asked for a break to pray. Adjustment, assertiveness practice.",
    "pt {NAME:rolando} says his cousin {NAME:jun-jun} got him the job at the "
    "{ORGANIZATION:costco} in {LOCATION:daly city}. he is sleeping better. PHQ-9 8.",
    "Discharge summary. {NAME:Kealoha, Makana} MRN {MRN:HI-2209471}. Admitted "
    "{DATE:11/12/2090} for alcohol withdrawal; discharged {DATE:11/17/2090} to "
    "{ORGANIZATION:Hina Mauka} residential. PCP {NAME:Dr. Leilani Akana}.",
    "Couples session with {NAME:Ibrahim} and {NAME:Fatuma Warsame}. {NAME:Fatuma}'s sister "
    "{NAME:Hodan} lives with them in {LOCATION:Rochester}. Conflict about money sent home.",
    "{NAME:Beatriz} (DOB {DATE:2/14/1950}) reports her husband {NAME:Arnulfo} "
    "({AGE_OVER_89:ninety-one}) has been wandering at night. Caregiver stress, respite "
    "through {ORGANIZATION:Area Agency on Aging}.",
    "client {NAME:shawnte} told me her daughter {NAME:nevaeh} was removed by CPS on "
    "{DATE:the 3rd} and placed with her grandmother {NAME:loretta} in {LOCATION:gary}.",
    "{NAME:Wendell}, 58, retired postal worker, lives on {LOCATION:Bayou Road}. He lost his "
    "brother {NAME:Clarence} in the storm. Complicated grief; PG-13 score 38.",
    "EMDR session with {NAME:Kalani}: target memory is the fire at the "
    "{ORGANIZATION:Lahaina} harbor shop she worked at. SUD 9 -> 4. Resource: her tutu "
    "{NAME:Mele}.",
    "{NAME:Ms. Thao} called to cancel; her son {NAME:Kou} has a court date "
    "{DATE:Monday, December 8}. Rescheduled. Voicemail at {PHONE:(651) 555-0190}.",
    "{NAME:Amadou} is a student at {ORGANIZATION:Georgia State}, on an F-1 visa. Panic "
    "attacks before exams. Interoceptive exposure. Emergency contact: roommate "
    "{NAME:Idrissa}, {PHONE:404-555-0166}.",
    "Intake form. Name: {NAME:Soledad Ferreira-Quispe}. Address: {LOCATION:2218 W Thomas "
    "Rd, Apt 14}, {LOCATION:Phoenix, AZ 85015}. Insurance: {ORGANIZATION:Mercy Care} ID "
    "{HEALTH_PLAN:MC4410029381}.",
    "{NAME:Jasper} brought his therapy dog, {NAME:Moose}. Talked about leaving the "
    "Coast Guard after 12 years at {LOCATION:Station Yaquina Bay}.",
    "{NAME:Noelani}'s mom {NAME:Pua} wants family therapy. {NAME:Noelani} is 14, at "
    "{ORGANIZATION:Kamehameha Schools}. Texts at 2 am with a boy named {NAME:Keoni}.",
    "{NAME:Mr. Begay} ({AGE_OVER_89:93}) has lived in {LOCATION:Tuba City} his whole life. "
    "Grandson {NAME:Tyrell} worries about him living alone. Life review.",
    "She says her landlord {NAME:Mr. Petrakis} at {LOCATION:455 Ocean Ave} has not fixed the "
    "mold. Problem-solving; tenant rights referral to {ORGANIZATION:Bay Legal}.",
    "Group note: {NAME:Dion}, {NAME:Marisol}, {NAME:Teo} and {NAME:Gwen} present. "
    "{NAME:Teo} shared that he is 60 days sober as of {DATE:November 20}.",
    "{NAME:Fernando} works as a line cook at {ORGANIZATION:Guelaguetza} in "
    "{LOCATION:Koreatown}. He sends money to his mother in {LOCATION:Oaxaca}. Stress, "
    "sleep hygiene.",
]


def main() -> None:
    write("external_style_notes.jsonl", "exs", EXTERNAL_STYLE_NOTES)
    write("therapy_dictations_fourth.jsonl", "tdf", THERAPY_DICTATIONS_FOURTH)
    write("spoken_intakes.jsonl", "spi", SPOKEN_INTAKES)
    write("late_held_out.jsonl", "lho", LATE_HELD_OUT)
    write("closing_held_out.jsonl", "cho", CLOSING_HELD_OUT)


if __name__ == "__main__":
    main()
