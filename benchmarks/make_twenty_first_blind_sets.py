"""Write the held-out corpora of the twenty-first stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_thirty_ninth_round lower-case speech to text from Wisconsin, Minnesota and Iowa
    spoken_notes_fortieth_round     lower-case speech to text from South Texas and Oklahoma
    typed_notes_twelfth_round       typed notes by format from Kentucky and West Virginia
    messages_ninth_round            clients' texts, voicemails and portal messages
    spoken_notes_forty_first_round  lower-case speech to text from Arizona, Nevada and the Navajo
                                    Nation, after the first round's rules
    spoken_notes_forty_second_round lower-case speech to text from upstate New York, after the
                                    first round's rules
    hospital_records_eighth_round   discharge, emergency and consult records in the i2b2 style
                                    from Georgia and the Carolinas, after the first round's rules
    letters_and_forms_sixth_round   letters, releases, intake forms and court letters from
                                    Nebraska and Kansas, after the first round's rules
    spoken_notes_forty_third_round  lower-case speech to text from Louisiana, the Mississippi
                                    Delta and Arkansas, after the second round's rules
    group_and_family_notes_fourth   typed group, couples and family notes with many people
                                    named, after the second round's rules
    clinical_notes_ninth_round      outpatient and inpatient medical records in the i2b2 style
                                    (cardiology, diabetes, primary care), after the second
                                    round's rules
    crisis_line_notes_third         crisis line, 988 and mobile crisis notes, typed and
                                    dictated, after the second round's rules
    spoken_notes_forty_fourth_round lower-case speech to text from Washington, Alaska and Hawaii,
                                    after the third round's rules
    spoken_notes_forty_fifth_round  lower-case speech to text from Georgia and Florida, after the
                                    third round's rules
    typed_notes_thirteenth_round    typed notes by modality from Ohio, Indiana and Illinois,
                                    after the third round's rules
    messages_tenth_round            clients' and families' texts, e-mails and voicemails, after
                                    the third round's rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_THIRTY_NINTH_ROUND = [
    "okay session with {NAME:kyle} he's thirty one drives truck for {ORGANIZATION:schneider} "
    "out of {LOCATION:green bay} gone two weeks at a time and his wife {NAME:amber} says the "
    "kids don't know him",
    "note for {NAME:lorraine} she's {AGE_OVER_89:ninety two} lives at {ORGANIZATION:st anne's} in "
    "{LOCATION:fond du lac} her daughter {NAME:judy} visits sundays grief over her husband "
    "{NAME:elmer} who died {DATE:last april}",
    "this is {NAME:tou} he's hmong twenty four works second shift at {ORGANIZATION:kwik trip} "
    "distribution in {LOCATION:la crosse} his uncle {NAME:pao} wants him to marry soon",
    "client {NAME:brianne} nineteen freshman at {ORGANIZATION:uw eau claire} panic attacks "
    "before exams her roommate {NAME:kenzie} brought her to the counseling center on "
    "{DATE:the fourteenth}",
    "okay {NAME:dale} farms soybeans near {LOCATION:ames} bank called the loan he said he "
    "thought about the shotgun in the machine shed we made a safety plan his brother "
    "{NAME:wayne} is holding the guns",
    "session with {NAME:fatuma} somali thirty eight works at {ORGANIZATION:jbs} in "
    "{LOCATION:worthington} her son {NAME:abdi} was stopped by police on "
    "{LOCATION:oxford street} and she hasn't slept",
    "note for {NAME:gus} he's a retired {ORGANIZATION:3m} engineer from {LOCATION:maplewood} "
    "his wife {NAME:carol} has early dementia and he's burning out he called me from "
    "{PHONE:six five one five five five zero one nine two}",
    "this is {NAME:jenna} she's a paraprofessional at {ORGANIZATION:roosevelt elementary} in "
    "{LOCATION:mankato} her ex {NAME:travis} got out of {ORGANIZATION:stillwater} on "
    "{DATE:may second} and she's afraid",
    "okay {NAME:marisol} thirty works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:storm lake} her husband {NAME:rigo} had his hand caught in the line and now "
    "he drinks",
    "client {NAME:pete} sixty one lives on {LOCATION:hwy 61} north of {LOCATION:two harbors} "
    "alone since {NAME:barb} left he fishes and drinks and won't see anyone",
    "note for {NAME:kiara} sixteen at {ORGANIZATION:north high} in {LOCATION:minneapolis} "
    "grandma {NAME:ruby} has custody mom is at {ORGANIZATION:shakopee} women's prison until "
    "twenty twenty eight",
    "session with {NAME:ole} he's {AGE_OVER_89:ninety six} and still drives his daughter "
    "{NAME:ingrid} took the keys after he went in the ditch on {LOCATION:county road j}",
    "this is {NAME:destiny} she waitresses at the {ORGANIZATION:machine shed} in "
    "{LOCATION:davenport} her boyfriend {NAME:cody} choked her on {DATE:friday the ninth} and "
    "she went to {ORGANIZATION:genesis} er",
    "okay {NAME:hunter} twenty two from {LOCATION:rice lake} in treatment at "
    "{ORGANIZATION:hazelden} in {LOCATION:center city} his case manager {NAME:deb} is setting "
    "up sober housing in {LOCATION:st cloud}",
]

SPOKEN_NOTES_FORTIETH_ROUND = [
    "okay session with {NAME:yesenia} she's twenty seven works at {ORGANIZATION:heb} on "
    "{LOCATION:saratoga} in {LOCATION:corpus christi} her husband {NAME:javi} is on a rig "
    "offshore and she's alone with the twins",
    "note for {NAME:don rogelio} he's {AGE_OVER_89:ninety one} from {LOCATION:rio grande city} his "
    "granddaughter {NAME:cristina} translates he talks to his dead wife {NAME:chayo} at night",
    "this is {NAME:brayden} seventeen at {ORGANIZATION:broken arrow high} his coach "
    "{NAME:mr pruitt} noticed cuts on his arms at practice on {DATE:the eleventh}",
    "client {NAME:lupita} thirty three cleans houses in {LOCATION:mcallen} she's undocumented "
    "and afraid to go to {ORGANIZATION:dhr} for the baby's checkup",
    "okay {NAME:ray} fifty eight roughneck laid off by {ORGANIZATION:devon} in "
    "{LOCATION:oklahoma city} his wife {NAME:sherry} found the note in his truck",
    "session with {NAME:tasha} she's a dispatcher for {ORGANIZATION:tulsa pd} and the call "
    "from {DATE:christmas eve} keeps replaying her sister {NAME:nikki} stays with her",
    "this is {NAME:juan carlos} works at the port of {LOCATION:brownsville} his cousin "
    "{NAME:beto} was deported in {DATE:march} and he sends money to {LOCATION:matamoros} every "
    "week",
    "note for {NAME:wanda} she's a choctaw elder from {LOCATION:durant} seeing "
    "{NAME:dr redbird} at the {ORGANIZATION:talihina} clinic for her sugar and her grief",
    "okay {NAME:mikey} twenty goes to {ORGANIZATION:tamu cc} and works at "
    "{ORGANIZATION:whataburger} on {LOCATION:ocean drive} his dad {NAME:rudy} threw him out "
    "when he came out",
    "client {NAME:gloria} forty five her mother {NAME:doña elena} has cancer at "
    "{ORGANIZATION:dhr health} in {LOCATION:edinburg} she drives from {LOCATION:harlingen} "
    "every night",
    "session with {NAME:cheyenne} she's twenty four dances at a club off {LOCATION:i 40} in "
    "{LOCATION:el reno} her boyfriend {NAME:dusty} takes her money",
    "this is {NAME:mr okonkwo} a nurse at {ORGANIZATION:saint francis} in {LOCATION:tulsa} "
    "he was assaulted by a patient on {DATE:november third} and is off on comp",
    "okay abuela {NAME:tere} is {AGE_OVER_89:ninety four} and lives with {NAME:marisa} in "
    "{LOCATION:laredo} on {LOCATION:san bernardo} she wanders at night",
    "note for {NAME:colt} thirty rodeo rider from {LOCATION:ada} broke his back at the "
    "{ORGANIZATION:pawhuska} rodeo and is on oxy from {NAME:dr haskins}",
]

TYPED_NOTES_TWELFTH_ROUND = [
    "DAP. D: {NAME:Bobby Ray Caudill}, 44, laid off from {ORGANIZATION:Blackhawk Mining} in "
    "{LOCATION:Hazard}. A: MDD, moderate. P: Refer to {ORGANIZATION:Kentucky River Community "
    "Care}.",
    "BIRP. B: {NAME:Tammy Slone} tearful about her son {NAME:Dakota}, incarcerated at "
    "{ORGANIZATION:Eastern Kentucky Correctional Complex}. I: validation. R: calmer. P: weekly.",
    "SOAP. S: \"I can't stop using since the mine closed.\" O: {NAME:Jimmy Hatfield}, 51, "
    "from {LOCATION:Williamson}, WV. A: OUD. P: bridge to {ORGANIZATION:Tug Valley Recovery "
    "Center}; follow-up {DATE:12/14}.",
    "Intake: {NAME:Ashley Nicole Bowling}, DOB {DATE:04/19/1993}, {LOCATION:118 Poplar "
    "Hollow Rd}, {LOCATION:Harlan}, KY {LOCATION:40831}. Phone {PHONE:(606) 555-0172}. "
    "Referred by {NAME:Dr. Mullins}.",
    "Group note: {NAME:Earl}, {NAME:Darlene}, {NAME:Tiffany} and {NAME:Buck} attended at "
    "{ORGANIZATION:Appalachian Regional Healthcare} {LOCATION:Whitesburg}. Theme: shame.",
    "Progress note: {NAME:Lacey Jo Adkins}, 29, says her mamaw {NAME:Opal} raised her in "
    "{LOCATION:Pikeville}. Works at {ORGANIZATION:Pikeville Medical Center} as a CNA.",
    "Risk: {NAME:Travis Blevins} (MRN {MRN:KY-0048817}) reports a plan to overdose. "
    "Transported to {ORGANIZATION:Ridge Behavioral Health} in {LOCATION:Lexington}.",
    "Couples: {NAME:Dustin} and {NAME:Kayla Estep}. {NAME:Dustin} drives for "
    "{ORGANIZATION:UPS} out of {LOCATION:Louisville}; {NAME:Kayla} is at {ORGANIZATION:UofL "
    "Health}.",
    "Termination note: {NAME:Cora Lee Frazier}, {AGE_OVER_89:90}, moving to her daughter's in "
    "{LOCATION:Beckley}. Last session {DATE:November 30, 2026}.",
    "GIRP. G: get GED at {ORGANIZATION:Hazard Community and Technical College}. I: MI. R: "
    "enrolled. P: f/u {DATE:1/6}. Client: {NAME:Kenny Sizemore}.",
    "Consult: {NAME:Dr. Anand Rao}, {ORGANIZATION:CAMC} {LOCATION:Charleston}, re "
    "{NAME:Missy Kincaid}, 36, postpartum psychosis. Fax {FAX:304-555-0139}.",
    "Note: {NAME:Harold Messer}'s VA claim #{OTHER_ID:C-28 771 904} denied; sees "
    "{NAME:Dr. Pennington} at {ORGANIZATION:Hershel Woody Williams VAMC}.",
    "Psychosocial: raised in {LOCATION:Paintsville}; father worked for {ORGANIZATION:CSX}; "
    "client {NAME:Randall Preston} graduated {ORGANIZATION:Johnson Central} 1998.",
    "Safety plan for {NAME:Brittany Combs}: call sister {NAME:Amanda} "
    "{PHONE:606-555-0199}; go to {ORGANIZATION:Mountain Comprehensive Care} on "
    "{LOCATION:Main St} in {LOCATION:Prestonsburg}.",
]

MESSAGES_NINTH_ROUND = [
    "hey its {NAME:kayleigh} can we move thurs to 4 i have to take {NAME:mason} to "
    "{ORGANIZATION:childrens mercy} for his ears",
    "Voicemail 9:14 am: This is {NAME:Darnell Hughes}, calling about my appointment on the "
    "{DATE:18th}. Call me back at {PHONE:414-555-0163}. Thanks.",
    "Portal: I got into it with my manager {NAME:Cheryl} at {ORGANIZATION:Menards} again and "
    "quit. Can I come in sooner? - {NAME:Josh}",
    "txt: running late, bus broke down on {LOCATION:lake st}. -{NAME:tay}",
    "Voicemail: Hi this is {NAME:Peggy}, {NAME:Arlen}'s wife. He's at "
    "{ORGANIZATION:Mercy} in {LOCATION:Mason City} since last night. Please call "
    "{PHONE:641-555-0120}.",
    "Portal message from {NAME:Sofia R.}: my new insurance is {HEALTH_PLAN:Medica} member "
    "{HEALTH_PLAN:M44902718}, can you update it?",
    "hi its {NAME:bree} from group. my dad {NAME:rick} died saturday morning so im not "
    "coming this week",
    "Email: {NAME:Dr. Lindqvist}, I'm writing for my son {NAME:Erik} (DOB {DATE:2/2/2009}). "
    "He was suspended from {ORGANIZATION:Edina High} on {DATE:Dec 1}. {NAME:Karin Olson}",
    "txt: i'm at the {ORGANIZATION:kum & go} on {LOCATION:university} and i don't feel safe "
    "going home. {NAME:deja}",
    "Voicemail: {NAME:Sgt. Reyes} from {ORGANIZATION:Bexar County Sheriff}, case "
    "{OTHER_ID:26-118034}, calling about {NAME:Anthony Vela}. {PHONE:210-555-0155}.",
    "Portal: my mom {NAME:Gladys} is {AGE_OVER_89:93} now and can't come to the phone appt, can my "
    "brother {NAME:Leon} sit in? - {NAME:Cynthia}",
    "hey its {NAME:rosie} i got the job at {ORGANIZATION:mayo} in {LOCATION:rochester}!! "
    "starting {DATE:jan 4}",
]

SPOKEN_NOTES_FORTY_FIRST_ROUND = [
    "um okay so this is {NAME:lorenzo begay} he's forty four from {LOCATION:chinle} works for "
    "{ORGANIZATION:peabody} at the mine before it closed his wife {NAME:darlene} says he "
    "hasn't left the hogan since {DATE:october}",
    "note on {NAME:sierra} she's twenty she deals cards at the {ORGANIZATION:golden nugget} "
    "in {LOCATION:laughlin} her mom {NAME:tina} lives in {LOCATION:bullhead city} and uses "
    "meth",
    "session with {NAME:mr yazzie} he's {AGE_OVER_89:ninety} and his grandson {NAME:tyrel} "
    "brought him in from {LOCATION:tuba city} he keeps asking for his sheep",
    "client {NAME:ana lucia} thirty two her husband {NAME:efrain} works at "
    "{ORGANIZATION:intel} in {LOCATION:chandler} and checks her phone every night she wants "
    "to go to {ORGANIZATION:chrysalis}",
    "this is {NAME:bodie} twenty six a lineman for {ORGANIZATION:aps} fell off a pole in "
    "{LOCATION:prescott valley} on {DATE:the twelfth} and can't stop shaking",
    "okay {NAME:roxanne} fifty one lives at {LOCATION:four twenty two west mariposa} in "
    "{LOCATION:phoenix} her landlord {NAME:mr chavira} is evicting her on {DATE:the thirty first}",
    "note for {NAME:deshawn} he's at {ORGANIZATION:unlv} on a football scholarship and "
    "{NAME:coach tate} sent him after he punched a wall",
    "session with {NAME:marlene} she's a blackjack dealer at the {ORGANIZATION:bellagio} "
    "her son {NAME:jaden} is in {ORGANIZATION:clark county detention} since {DATE:tuesday "
    "the fourth}",
    "this is {NAME:hosteen} he's a code talker's grandson from {LOCATION:kayenta} he drives "
    "for the {ORGANIZATION:navajo transit} and hears his late brother {NAME:wilson} at night",
    "client {NAME:yuki} twenty nine a grad student at {ORGANIZATION:asu} in {LOCATION:tempe} "
    "her advisor {NAME:dr lindgren} yells at her in lab meeting",
    "okay {NAME:cruz} seventeen his mom {NAME:guadalupe} called from "
    "{PHONE:five two zero five five five zero one four six} he ran away to {LOCATION:nogales} "
    "on friday night we don't know where he is",
    "note on {NAME:wyatt} thirty eight works at the {ORGANIZATION:hoover dam} visitor center "
    "lives in {LOCATION:boulder city} his wife {NAME:kelsey} left him for {NAME:brent} from "
    "church",
    "session with {NAME:patrice} she's a blackjack dealer turned nurse at "
    "{ORGANIZATION:sunrise hospital} in {LOCATION:las vegas} she was assaulted in the parking "
    "garage on {DATE:august ninth}",
    "this is {NAME:nizhoni} nineteen from {LOCATION:shiprock} in her first year at "
    "{ORGANIZATION:fort lewis} in {LOCATION:durango} homesick and not eating",
]

SPOKEN_NOTES_FORTY_SECOND_ROUND = [
    "okay {NAME:kristen} thirty four works at {ORGANIZATION:wegmans} on "
    "{LOCATION:east avenue} in {LOCATION:rochester} her husband {NAME:matt} got a dui on the "
    "thruway on {DATE:labor day}",
    "note for {NAME:jimmy} he's sixty two retired from {ORGANIZATION:bethlehem steel} in "
    "{LOCATION:lackawanna} his daughter {NAME:colleen} wants him in {ORGANIZATION:brylin} "
    "for the drinking",
    "this is {NAME:aisha} she's twenty she goes to {ORGANIZATION:syracuse} and lives on "
    "{LOCATION:euclid} her roommate {NAME:priya} found her pills",
    "session with {NAME:frank} he's {AGE_OVER_89:ninety three} lives alone in "
    "{LOCATION:utica} and his neighbor {NAME:mrs dellapiazza} brings him soup",
    "client {NAME:tyrone} twenty seven works nights at {ORGANIZATION:ge} in "
    "{LOCATION:schenectady} his baby's mother {NAME:shanice} has an order of protection from "
    "{ORGANIZATION:albany family court}",
    "okay {NAME:brandi} forty she's a corrections officer at {ORGANIZATION:attica} and got "
    "jumped on {DATE:the nineteenth} she's on comp and won't leave the house",
    "note on {NAME:liam} fourteen at {ORGANIZATION:ithaca high} his dad {NAME:professor "
    "hale} teaches at {ORGANIZATION:cornell} and they fight about grades",
    "this is {NAME:svetlana} fifty five from {LOCATION:binghamton} her son {NAME:dmitri} "
    "overdosed {DATE:last thanksgiving} and she found him",
    "session with {NAME:chris} he's thirty one plows for the town of {LOCATION:tonawanda} "
    "his wife {NAME:jen} says he sleeps in the truck",
    "okay {NAME:dolores} seventy nine lives at the {ORGANIZATION:jewish home} in "
    "{LOCATION:rochester} her daughter {NAME:ruth} calls from {LOCATION:scarsdale} every "
    "sunday",
    "client {NAME:marcus} twenty two works at {ORGANIZATION:amazon} in {LOCATION:niagara "
    "falls} and his cousin {NAME:dre} got shot on {LOCATION:ferry street} on "
    "{DATE:halloween}",
    "note for {NAME:gianna} sixteen at {ORGANIZATION:shenendehowa} cutting again her mom "
    "{NAME:angela} works at {ORGANIZATION:albany med} and found blood on the towels",
    "this is {NAME:walt} he's sixty eight dairy farmer near {LOCATION:cooperstown} milk "
    "prices crashed and he talked about his deer rifle his son {NAME:luke} took it",
    "session with {NAME:yolanda} she's forty six her number changed it's "
    "{PHONE:three one five five five five zero one eight eight} she works at "
    "{ORGANIZATION:upstate} in the billing office",
]

HOSPITAL_RECORDS_EIGHTH_ROUND = [
    "DISCHARGE SUMMARY\nPatient: {NAME:Lakeisha M. Thornton}  MRN: {MRN:2281940}\n"
    "Admitted: {DATE:11/02/2026}  Discharged: {DATE:11/09/2026}\nAttending: "
    "{NAME:R. Okafor}, MD\n{ORGANIZATION:Grady Memorial Hospital}, {LOCATION:Atlanta}, GA",
    "ED NOTE: {AGE_OVER_89:91} yo F brought by {ORGANIZATION:Chatham EMS} from "
    "{ORGANIZATION:Savannah Square} assisted living after fall. Daughter {NAME:Eloise "
    "Baxter} at bedside, cell {PHONE:912-555-0166}.",
    "CONSULT: Psychiatry asked by {NAME:Dr. Kowalczyk} to see {NAME:Mr. Tremaine Odom}, "
    "34, hospital day 3 at {ORGANIZATION:Prisma Health Greenville Memorial}. Works at "
    "{ORGANIZATION:BMW} in {LOCATION:Spartanburg}.",
    "Social work: pt lives with sister {NAME:Bernice} at {LOCATION:88 Magnolia Ct}, "
    "{LOCATION:Macon} {LOCATION:31204}. Medicaid ID {HEALTH_PLAN:GA88103472}. Follow-up with "
    "{ORGANIZATION:River Edge Behavioral Health} on {DATE:12/15}.",
    "Transfer note: accepted by {NAME:Dr. Simms} at {ORGANIZATION:Central State Hospital} "
    "{LOCATION:Milledgeville}. Transport {ORGANIZATION:Bibb County Sheriff}.",
    "HPI: {NAME:Juan Pablo Reyes} is a 45M poultry worker at {ORGANIZATION:Pilgrim's} in "
    "{LOCATION:Gainesville} with SI after wife {NAME:Marisela} left with the kids to "
    "{LOCATION:Dalton}.",
    "Discharge instructions reviewed with {NAME:Ms. Pettiford}. PCP {NAME:Dr. Ayodele} at "
    "{ORGANIZATION:Duke Primary Care Oxford}. Return to {ORGANIZATION:Duke Regional} ED if "
    "worse.",
    "ADMISSION H&P\n{NAME:KIMBALL, TRAVIS J}  DOB {DATE:03/22/1988}  Acct {ACCOUNT:40097721}\n"
    "CC: \"I wanted to die.\" Brought from {ORGANIZATION:Fort Jackson} by MPs.",
    "Nursing: pt's husband {NAME:Ronnie} called x3 from {PHONE:(803) 555-0190}, upset about "
    "visiting hours. Charge RN {NAME:Tasha B.} spoke with him.",
    "Psych eval: {NAME:Hollis Greer}, {AGE_OVER_89:96}, widower, from {LOCATION:Thomasville}. "
    "Son {NAME:Dwayne} reports he stopped eating after wife's death {DATE:10/3}.",
    "D/C summary: {NAME:Ms. Carmela Ruiz} d/c'd to {ORGANIZATION:Wake County Crisis and "
    "Assessment}, {LOCATION:107 Sunnybrook Rd}, {LOCATION:Raleigh}. Case # "
    "{OTHER_ID:WC-26-04418}.",
    "cc: {NAME:Dr. Felix Amankwah}, {ORGANIZATION:Atrium Health Wake Forest Baptist}; "
    "{NAME:J. Lowery}, LCSW, {ORGANIZATION:Daymark Recovery Services}, {LOCATION:Salisbury}",
]

LETTERS_AND_FORMS_SIXTH_ROUND = [
    "To Whom It May Concern: {NAME:Kelsey Vandenberg} has been in treatment with me since "
    "{DATE:March 3, 2025}. Please excuse her absences from {ORGANIZATION:Bryan Health} "
    "nursing school. {NAME:Anne Kohout}, LIMHP",
    "RELEASE OF INFORMATION\nClient: {NAME:Dustin Yoder}  DOB: {DATE:7/14/1979}\nRelease to: "
    "{ORGANIZATION:Sedgwick County Drug Court}, {LOCATION:Wichita}, KS\nExpires: "
    "{DATE:6/30/2027}",
    "Dear {NAME:Judge Harrington}, I write regarding {NAME:Mr. Tomas Aguilar} (Case No. "
    "{OTHER_ID:2026-JV-0314}), who completed 16 sessions at our {LOCATION:Garden City} "
    "office.",
    "Intake form: Name {NAME:Brittany Schaaf}; Address {LOCATION:2205 N 48th St}, "
    "{LOCATION:Omaha} NE {LOCATION:68104}; Employer {ORGANIZATION:Mutual of Omaha}; Emergency "
    "contact {NAME:Greg Schaaf} (husband) {PHONE:402-555-0131}",
    "Referral: {NAME:Dr. Prakash} at {ORGANIZATION:CHI Health Good Samaritan}, "
    "{LOCATION:Kearney}, refers {NAME:Jolene Marsh}, 52, for grief after her son "
    "{NAME:Caleb}'s death in a grain bin accident.",
    "Letter to {ORGANIZATION:Salina Public Schools}: {NAME:Aiden Kessler} (grade 7, "
    "{ORGANIZATION:Lakewood Middle School}) needs 504 accommodations for PTSD. Parent: "
    "{NAME:Monica Kessler}.",
    "Fitness-for-duty summary: {NAME:Officer Brent Lyle}, {ORGANIZATION:Lincoln Police "
    "Department}, badge {OTHER_ID:1187}. Incident {DATE:9/21/2026}. Fit for duty.",
    "Treatment summary for {ORGANIZATION:Union Pacific} EAP: employee {NAME:Rodney "
    "Hjelmstad}, ID {OTHER_ID:UP-558203}, 8 sessions, return to work {DATE:12/1}.",
    "Consent: I, {NAME:Maria Elena Gutierrez}, allow {NAME:Dr. Sam Weller} to speak with my "
    "daughter {NAME:Sofia} ({PHONE:785-555-0177}). Signed {DATE:11/18/2026}.",
    "Court letter: {NAME:Jaxon Pierce}, age 16, attended 10 sessions. His grandmother "
    "{NAME:Darla Pierce} of {LOCATION:Hays} has guardianship per {ORGANIZATION:Ellis County} "
    "order.",
    "Discharge letter: {NAME:Tanner Ostrowski} completed IOP at {ORGANIZATION:Valley Hope} "
    "in {LOCATION:Norton}. Aftercare: AA and {NAME:Dr. Blum} monthly.",
    "Veteran letter: {NAME:SSG Curtis Fenske} (Ret.), VA file {OTHER_ID:C 31 882 907}, "
    "treated at {ORGANIZATION:Colmery-O'Neil VAMC} in {LOCATION:Topeka} since "
    "{DATE:2019-04-02}.",
]

SPOKEN_NOTES_FORTY_THIRD_ROUND = [
    "okay this is {NAME:tremaine} he's nineteen from {LOCATION:greenville} mississippi his "
    "cousin {NAME:lil man} got shot on {LOCATION:nelson street} last weekend and "
    "{NAME:tremaine} was standing right there",
    "note for {NAME:miss ethel} she's {AGE_OVER_89:ninety five} her great grandson "
    "{NAME:kendrick} stays with her in {LOCATION:clarksdale} and she's scared of his friends",
    "session with {NAME:beau} thirty six shrimper out of {LOCATION:delcambre} lost the boat "
    "in the storm and his wife {NAME:mandy} took the kids to her mama's in {LOCATION:abbeville}",
    "client {NAME:latoya} forty one works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:pine bluff} her supervisor {NAME:mr grimes} writes her up every week",
    "this is {NAME:cody} he's twenty eight just got out of {ORGANIZATION:angola} on "
    "{DATE:november fifth} he's staying with his aunt {NAME:rhonda} on "
    "{LOCATION:government street} in {LOCATION:baton rouge}",
    "okay {NAME:dr thibodeaux} referred {NAME:marie claire} she's fifty two a teacher at "
    "{ORGANIZATION:st thomas more} in {LOCATION:lafayette} grieving her son {NAME:remy}",
    "note on {NAME:darius} fifteen at {ORGANIZATION:little rock central} his mom "
    "{NAME:keisha} says he's been skipping to hang out at the {ORGANIZATION:park plaza} mall",
    "session with {NAME:jolene} she's thirty nine works the front desk at the "
    "{ORGANIZATION:hampton inn} in {LOCATION:hot springs} her ex {NAME:wade} keeps showing up",
    "this is {NAME:alphonse} he's sixty six deacon at {ORGANIZATION:greater mount zion} in "
    "{LOCATION:natchez} his wife {NAME:odessa} died on {DATE:the twentieth} and he hasn't "
    "cried",
    "okay {NAME:brittney} twenty three waitress at {ORGANIZATION:cafe du monde} her boyfriend "
    "{NAME:jared} hit her in their place in {LOCATION:metairie} she's staying with "
    "{NAME:ashley} in {LOCATION:kenner}",
    "client {NAME:hollis} fifty four catfish farmer near {LOCATION:belzoni} the bank in "
    "{LOCATION:indianola} is taking the ponds his son {NAME:travis} is worried about him",
    "note for {NAME:shantel} she's a cna at {ORGANIZATION:ochsner} on {LOCATION:jefferson "
    "highway} she got bit by a patient on {DATE:the second} and her hand is infected",
    "session with {NAME:luther} seventy eight from {LOCATION:helena} his daughter "
    "{NAME:patrice} moved him to {ORGANIZATION:delta health} nursing home and he wants to go "
    "home",
    "this is {NAME:kenzie} seventeen at {ORGANIZATION:bryant high} her mom's boyfriend "
    "{NAME:ricky} bought her a phone and texts her at night we called dcfs",
]

GROUP_AND_FAMILY_NOTES_FOURTH = [
    "Group (DBT skills, {DATE:12/2}): {NAME:Ava}, {NAME:Bianca}, {NAME:Chloe R.}, {NAME:Dani} and "
    "{NAME:Esme} present; {NAME:Farrah} absent (sick). {NAME:Chloe} practiced TIPP.",
    "Couples session: {NAME:Marcus} and {NAME:Tiana Greene}. {NAME:Tiana} says {NAME:Marcus} "
    "spent $3,000 at {ORGANIZATION:Harrah's} in {LOCATION:Metropolis}. Plan: Gottman "
    "repair.",
    "Family session: parents {NAME:Dom} and {NAME:Carla Castellano}, son {NAME:Nico} (14), "
    "daughter {NAME:Gia} (11). {NAME:Nico} suspended from {ORGANIZATION:Bishop Lynch} on "
    "{DATE:11/30}.",
    "Men's group: {NAME:Terrell}, {NAME:Big Al}, {NAME:Sonny}, {NAME:Dwight}. {NAME:Sonny} "
    "shared he relapsed at the {ORGANIZATION:VFW Post 8870} after his brother's funeral.",
    "Grief group, {ORGANIZATION:Hospice of the Valley}: {NAME:Rosemary} (husband "
    "{NAME:Glen}, d. {DATE:10/14}), {NAME:Walt} (wife {NAME:June}), {NAME:Priscilla}.",
    "Couples: {NAME:Sam} and {NAME:Jordan Ellery-Park}. {NAME:Jordan} works at "
    "{ORGANIZATION:Nike} in {LOCATION:Beaverton}; {NAME:Sam} is home with baby {NAME:Wren}.",
    "Family: Grandma {NAME:Lupe} ({AGE_OVER_89:91}) lives with {NAME:Isabel} and her kids "
    "{NAME:Mateo} and {NAME:Sofi} on {LOCATION:Calle Ocho}. {NAME:Isabel} is exhausted.",
    "Teen group at {ORGANIZATION:Boys & Girls Club of Greater Milwaukee}: {NAME:DeAndre}, "
    "{NAME:Kai}, {NAME:Mohamed}, {NAME:Luis}. {NAME:Kai} disclosed bullying at "
    "{ORGANIZATION:Riverside University High}.",
    "Couples: {NAME:Priya} reports {NAME:Arjun} checks her location on Life360; they live "
    "at {LOCATION:15 Cedar Lane}, {LOCATION:Edison}.",
    "Parent group: {NAME:Tamika} ({NAME:Jaylen}'s mom), {NAME:Heather} ({NAME:Owen}'s mom), "
    "{NAME:Rafael} ({NAME:Luz}'s dad). Topic: IEP meetings at {ORGANIZATION:Hillcrest "
    "Elementary}.",
    "Family session with the {NAME:Nguyens}: {NAME:Mr. Nguyen} works at "
    "{ORGANIZATION:Intel} in {LOCATION:Hillsboro}; {NAME:Linh} (16) wants to quit piano.",
    "Recovery group: {NAME:Heath} celebrated 1 year (sober date {DATE:12/5/2025}); "
    "{NAME:Crystal} back from {ORGANIZATION:Hazelden Betty Ford} in {LOCATION:Plymouth}.",
]

CLINICAL_NOTES_NINTH_ROUND = [
    "Record date: {DATE:2087-03-14}\n\nCARDIOLOGY FOLLOW-UP\n{NAME:Mr. Eli Dorsey} is a "
    "68 yo man s/p CABG {DATE:1/2086} at {ORGANIZATION:Brigham}. Seen by {NAME:Dr. "
    "Vishwanath}.",
    "{ORGANIZATION:NORTHSHORE MEDICAL CENTER}\n{NAME:Ortega, Rosa}\nMRN {MRN:88204117}\n"
    "{DATE:04/02/2091}\nDiabetes visit. A1c 8.4. Lives with daughter {NAME:Maria} in "
    "{LOCATION:Lynn}.",
    "Patient {NAME:Harold Finch}, {AGE_OVER_89:92}, seen in clinic {DATE:June 3}. Wife "
    "{NAME:Louise} reports falls x2. PCP {NAME:Dr. Amara Osei}, {ORGANIZATION:Mass General "
    "Chelsea}.",
    "Dictated by: {NAME:K. Brennan}, MD\nDD: {DATE:09/12/2090}  DT: {DATE:09/13/2090}\nJob "
    "#: {OTHER_ID:448291}\ncc: {NAME:Dr. Lyle Hartman}, {ORGANIZATION:Lahey Clinic}",
    "HPI: 54F from {LOCATION:Worcester}, works as a bus driver for the {ORGANIZATION:WRTA}, "
    "presents with chest pain since {DATE:Saturday, 5/17}. Husband {NAME:Paul} drove her.",
    "Social: retired {ORGANIZATION:Raytheon} engineer, lives in {LOCATION:Andover} with wife "
    "{NAME:Jean}; son {NAME:Kevin} in {LOCATION:Phoenix}. Quit smoking 2070.",
    "ASSESSMENT/PLAN: 1. CHF - lasix 40. 2. DM2. F/u with {NAME:Dr. Zhou} in 3 months at "
    "{ORGANIZATION:Faulkner}. Call {PHONE:617-555-0138} with questions.",
    "{DATE:11/28/2092} ED NOTE: {NAME:Nadia Karimi} 31F brought by {ORGANIZATION:Cataldo} "
    "ambulance from her apartment at {LOCATION:72 Linden St}, {LOCATION:Allston}.",
    "Renal consult for {NAME:Mr. Tobias Wexler} (MRN {MRN:0331784}), 77M, on HD at "
    "{ORGANIZATION:Fresenius Brighton} MWF. Daughter {NAME:Ruth Wexler} is HCP.",
    "Problem list reviewed with {NAME:Dr. Petrakis} on {DATE:2/2/2093}. Pt prefers "
    "{NAME:Gus}. Works at {ORGANIZATION:Dunkin'} in {LOCATION:Quincy}.",
    "Discharge to {ORGANIZATION:Hebrew Rehabilitation Center} in {LOCATION:Roslindale} on "
    "{DATE:8/19}. Son {NAME:Avi} ({PHONE:781-555-0119}) aware.",
    "Oncology: {NAME:Ms. Wanda Pike}, 61, breast ca dx {DATE:March 2089} at "
    "{ORGANIZATION:Dana-Farber}; treated by {NAME:Dr. Lindqvist}. Daughter {NAME:Cassie} "
    "lives in {LOCATION:Nashua}.",
]

CRISIS_LINE_NOTES_THIRD = [
    "988 call 02:14: caller {NAME:Jess} (she/her), 22, in car at {LOCATION:Kerry Park} in "
    "{LOCATION:Seattle}; took 20 of her mom {NAME:Deb}'s pills. EMS dispatched.",
    "mobile crisis to {LOCATION:311 Oak Grove Rd} {LOCATION:Apt 6}, {LOCATION:Clarksville} "
    "for {NAME:Trey Dunbar} 34 barricaded, wife {NAME:Amber} outside with {NAME:Deputy "
    "Hale}",
    "Text line: texter says her stepdad {NAME:Rick} hits her; she is at {ORGANIZATION:Eisenhower "
    "Middle School} now. Hotline to {ORGANIZATION:Tulsa County DHS}.",
    "follow up call to {NAME:mr ortiz} at {PHONE:four zero two five five five zero one nine "
    "one} no answer left voicemail per safety plan",
    "Caller {NAME:Wayne}, 71, veteran, alone in {LOCATION:Minot} since wife {NAME:Doris} "
    "died {DATE:Thanksgiving}. Warm transfer to VCL. Callback {DATE:12/8}.",
    "chat: anon says he is on the {LOCATION:Golden Gate} walkway. Contacted "
    "{ORGANIZATION:Bridge Patrol}. Chat ended 03:40.",
    "crisis eval at {ORGANIZATION:UPMC Western Psych}: {NAME:Kayla Rossi}, 19, from "
    "{LOCATION:Bethel Park}; boyfriend {NAME:Zach} broke up by text; plan to jump from "
    "{LOCATION:Smithfield Street Bridge}.",
    "988: {NAME:Marisol} calling for brother {NAME:Hector} ({PHONE:915-555-0142}) who is "
    "drinking and has a gun at their house in {LOCATION:Socorro}, TX.",
    "Follow-up: {NAME:Jaylen Brooks} discharged from {ORGANIZATION:Lakeview Behavioral} on "
    "{DATE:12/1}; mom {NAME:Trina} reports he's eating. Next appt {DATE:12/9} 3pm.",
    "mobile team met {NAME:ms abernathy} at the {ORGANIZATION:circle k} on {LOCATION:lee "
    "highway} she had walked from {LOCATION:ooltewah} with no shoes",
    "Crisis note: {NAME:Officer Dana Kwan}, {ORGANIZATION:Ogden PD}, requested eval for "
    "{NAME:Brady Lunt}, 27, at {LOCATION:1190 Washington Blvd}.",
    "Call from {NAME:Sister Mary Alice} at {ORGANIZATION:St. Vincent de Paul} about resident "
    "{NAME:Joe} who said he'd walk into the river.",
]

SPOKEN_NOTES_FORTY_FOURTH_ROUND = [
    "okay so {NAME:kainoa} is back he's twenty nine works at {ORGANIZATION:matson} on the "
    "docks in {LOCATION:honolulu} his auntie {NAME:lei} wants him to move back to "
    "{LOCATION:waianae}",
    "note for {NAME:della} she's fifty seven yupik from {LOCATION:bethel} staying at "
    "{ORGANIZATION:brother francis} in {LOCATION:anchorage} while her husband {NAME:moses} is "
    "at {ORGANIZATION:alaska native medical center}",
    "session with {NAME:travis} he's forty one a commercial fisherman out of "
    "{LOCATION:kodiak} lost his deckhand {NAME:joey} overboard on {DATE:september tenth} and "
    "can't go back out",
    "this is {NAME:mele} twenty she's at {ORGANIZATION:uh hilo} and her boyfriend {NAME:keoni} "
    "posted pictures of her we're reporting it",
    "client {NAME:rosa} thirty four picks apples in {LOCATION:wenatchee} for "
    "{ORGANIZATION:stemilt} her son {NAME:angel} has seizures and she can't miss work",
    "okay {NAME:brock} nineteen from {LOCATION:spokane valley} he's at {ORGANIZATION:gonzaga} "
    "on a baseball scholarship and his dad {NAME:curt} calls him worthless",
    "note on {NAME:mrs tanaka} she's {AGE_OVER_89:ninety one} lives in {LOCATION:manoa} with "
    "her son {NAME:glenn} who is her caregiver and he's exhausted",
    "this is {NAME:ezekiel} he's thirty two a {ORGANIZATION:boeing} machinist at the "
    "{LOCATION:everett} plant on strike since {DATE:september thirteenth} and behind on rent",
    "session with {NAME:autumn} she's twenty six she bartends at the {ORGANIZATION:crocodile} "
    "in {LOCATION:belltown} a regular named {NAME:vince} follows her to her car",
    "client {NAME:nalani} forty eight her daughter {NAME:kiana} is using ice in "
    "{LOCATION:kalihi} and the baby is with {NAME:nalani} now",
    "okay {NAME:sven} sixty four retired from {ORGANIZATION:weyerhaeuser} in "
    "{LOCATION:longview} his wife {NAME:marit} died on {DATE:the thirtieth} and he stopped "
    "eating",
    "note for {NAME:jace} he's seventeen at {ORGANIZATION:lahainaluna} his family lost the "
    "house in the fire they're staying at a hotel in {LOCATION:kaanapali}",
    "this is {NAME:ivy} thirty she works at the {ORGANIZATION:fred meyer} on "
    "{LOCATION:burnside} and her ex {NAME:damon} was outside the store on {DATE:tuesday the "
    "first}",
    "session with {NAME:bill} he's a bush pilot out of {LOCATION:dillingham} flying for "
    "{ORGANIZATION:grant aviation} and he crashed on {DATE:october second} he can't sleep",
]

SPOKEN_NOTES_FORTY_FIFTH_ROUND = [
    "okay this is {NAME:jamal} twenty four works the ramp for {ORGANIZATION:delta} at "
    "{ORGANIZATION:hartsfield} his girl {NAME:nia} is pregnant and they live in "
    "{LOCATION:college park}",
    "note for {NAME:mrs albright} she's {AGE_OVER_89:ninety eight} lives at "
    "the {LOCATION:villages} her daughter {NAME:susan} in {LOCATION:ocala} wants to move "
    "her to memory care",
    "session with {NAME:carlos} he's thirty eight works for {ORGANIZATION:publix} in "
    "{LOCATION:hialeah} his wife {NAME:yanet} found his messages with {NAME:dayana}",
    "this is {NAME:destiny} she's fifteen at {ORGANIZATION:raines high} in "
    "{LOCATION:jacksonville} her mom {NAME:tracy} is in the {ORGANIZATION:duval county jail} "
    "and she's with her grandma",
    "client {NAME:travis} thirty one he's a deputy with {ORGANIZATION:hillsborough county "
    "sheriff} and shot a man on {DATE:august twenty second} he's on admin leave",
    "okay {NAME:pastor reggie} from {ORGANIZATION:new birth} referred {NAME:kendra} twenty "
    "nine her husband {NAME:marcus} beat her in their house in {LOCATION:lithonia}",
    "note on {NAME:wendell} sixty six retired {ORGANIZATION:csx} conductor in "
    "{LOCATION:waycross} his wife {NAME:bev} left him after forty years",
    "session with {NAME:kayla} twenty two she's a student at {ORGANIZATION:fsu} and was "
    "raped at a party on {LOCATION:west pensacola street} on {DATE:october fourth}",
    "this is {NAME:marisol} she's forty one cleans rooms at the {ORGANIZATION:fontainebleau} "
    "on {LOCATION:collins avenue} her manager {NAME:mr duarte} grabbed her",
    "okay {NAME:buddy} fifty three shrimps out of {LOCATION:darien} his son {NAME:cole} "
    "overdosed in {LOCATION:brunswick} on {DATE:november eighth} and he blames himself",
    "client {NAME:sherelle} twenty seven works at the {ORGANIZATION:amazon} warehouse in "
    "{LOCATION:lakeland} her number is {PHONE:eight six three five five five zero one two "
    "seven}",
    "note for {NAME:earl} he's seventy two lives on {LOCATION:lake tarpon} in "
    "{LOCATION:palm harbor} his grandson {NAME:tyler} stole his guns and sold them",
    "session with {NAME:ana} she's thirty five a nurse at {ORGANIZATION:jackson memorial} "
    "and her brother {NAME:julio} was detained at {ORGANIZATION:krome} on {DATE:the ninth}",
    "this is {NAME:lamar} he's forty six drives a tow truck in {LOCATION:macon} and got hit "
    "on {LOCATION:i 75} on {DATE:the fourteenth} his back is messed up",
]

TYPED_NOTES_THIRTEENTH_ROUND = [
    "CBT note: {NAME:Kristen Yoder}, 33, reports panic on the {LOCATION:Eisenhower} "
    "commute to {ORGANIZATION:Rush}. Thought record completed. Next: {DATE:12/16}.",
    "DBT individual: {NAME:Alexis Brandt} used TIPP after a fight with roommate "
    "{NAME:Jordyn}. Lives in {LOCATION:Bloomington}, IN; student at {ORGANIZATION:IU}.",
    "EMDR session 6: target memory, the crash on {LOCATION:US-23} near {LOCATION:Delaware} "
    "on {DATE:2/9/2024}. SUDS 7 -> 2. Client: {NAME:Dominic Ferraro}.",
    "ACT: {NAME:Teresa Okafor} values work at {ORGANIZATION:Cincinnati Children's}; "
    "defused from \"I'm a bad mother.\" Husband {NAME:Chidi} supportive.",
    "IFS: {NAME:Greg Pawlak} met his firefighter part. Works at {ORGANIZATION:Ford Chicago "
    "Assembly}; wife {NAME:Donna}; lives in {LOCATION:Hegewisch}.",
    "Psychodynamic: {NAME:Ms. Rivka Adler} discussed her late father, {NAME:Rabbi Adler} of "
    "{ORGANIZATION:Congregation Beth Tikvah} in {LOCATION:Columbus}.",
    "Intake: {NAME:Tyrese Hampton}, DOB {DATE:08/11/2001}, {LOCATION:4410 E 38th St}, "
    "{LOCATION:Indianapolis}, IN {LOCATION:46218}. Phone {PHONE:317-555-0186}. Insurance "
    "{HEALTH_PLAN:Anthem} ID {HEALTH_PLAN:YRK882014563}.",
    "Termination: {NAME:Bethany Kuhn} moving to {LOCATION:Peoria} for a job at "
    "{ORGANIZATION:Caterpillar}; referred to {NAME:Dr. Lisa Marsh}.",
    "Play therapy: {NAME:Jaxon} (6) played out the fire at his grandma {NAME:Pam}'s trailer "
    "in {LOCATION:Chillicothe}. Foster mom {NAME:Ms. Greer} present.",
    "Couples: {NAME:Andre} and {NAME:Michelle Lyles}; {NAME:Andre} lost his job at "
    "{ORGANIZATION:Stellantis} {LOCATION:Kokomo} on {DATE:11/3}.",
    "Risk note: {NAME:Caleb Shoemaker}, 24, purchased a handgun at {ORGANIZATION:Fin Feather "
    "Fur} in {LOCATION:Ashland}; brother {NAME:Josh} now holds it.",
    "BIRP. B: {NAME:Nadia Haddad} anxious about {ORGANIZATION:Dearborn Public Schools} "
    "meeting. I: role-play. R: calmer. P: {DATE:12/11} 4pm.",
]

MESSAGES_TENTH_ROUND = [
    "hi its {NAME:maya} can u send the letter for my job at {ORGANIZATION:target} "
    "distribution in {LOCATION:tifton} they need it by friday",
    "Email from {NAME:Tom Bergstrom} ({EMAIL:tbergstrom55@gmail.com}): Our son {NAME:Nils} "
    "won't get out of bed. Can we move his appointment to {DATE:Dec 15}?",
    "VM 4:52p: {NAME:Bernadette} from {ORGANIZATION:Aetna} case management re: member "
    "{NAME:Luis Ocampo}, call back {PHONE:1-800-555-0109 ext 4471}.",
    "txt: its {NAME:jayden} my moms boyfriend {NAME:rico} is drunk again can i come to the "
    "office early",
    "Portal: {NAME:Dr. Iyer}, the pharmacy at {ORGANIZATION:Walgreens} on {LOCATION:Peachtree} "
    "says my prior auth expired. - {NAME:Carmen Vidal}",
    "hey {NAME:ms denise} its {NAME:keyonna} from tuesday group i got my 90 day chip at "
    "{ORGANIZATION:new beginnings}!!",
    "Voicemail: This is {NAME:Officer Grant} with {ORGANIZATION:Savannah PD}, badge "
    "{OTHER_ID:2209}, calling about {NAME:Dontae Wilkes}. Please call {PHONE:912-555-0124}.",
    "Email: Hi, I'm {NAME:Priya}'s mom. She was discharged from {ORGANIZATION:Linden Oaks} "
    "on {DATE:11/30}. Her school counselor is {NAME:Mr. Haley} at {ORGANIZATION:Naperville "
    "North}.",
    "txt from gramma {NAME:jean}: {NAME:bobby} didnt come home last nite, hes not answering "
    "{PHONE:937-555-0173}",
    "Portal: please update my address to {LOCATION:88 Willow Bend Dr}, {LOCATION:Apt 3C}, "
    "{LOCATION:Marietta} GA {LOCATION:30068}. Thanks, {NAME:Rachel Kim}",
    "hi this is {NAME:coach dimitri} from {ORGANIZATION:lake brantley} wrestling, "
    "{NAME:eli}'s been missing practice and seems off",
    "Voicemail: {NAME:Linda} from {ORGANIZATION:Hospice of Northwest Ohio} calling about "
    "{NAME:Mr. Kowalski}'s wife, {NAME:Irene}. She passed this morning.",
]


def main() -> None:
    write("spoken_notes_thirty_ninth_round.jsonl", "sn39", SPOKEN_NOTES_THIRTY_NINTH_ROUND)
    write("spoken_notes_fortieth_round.jsonl", "sn40", SPOKEN_NOTES_FORTIETH_ROUND)
    write("typed_notes_twelfth_round.jsonl", "tn12", TYPED_NOTES_TWELFTH_ROUND)
    write("messages_ninth_round.jsonl", "mg9", MESSAGES_NINTH_ROUND)
    write("spoken_notes_forty_first_round.jsonl", "sn41", SPOKEN_NOTES_FORTY_FIRST_ROUND)
    write("spoken_notes_forty_second_round.jsonl", "sn42", SPOKEN_NOTES_FORTY_SECOND_ROUND)
    write("hospital_records_eighth_round.jsonl", "hr8", HOSPITAL_RECORDS_EIGHTH_ROUND)
    write("letters_and_forms_sixth_round.jsonl", "lf6", LETTERS_AND_FORMS_SIXTH_ROUND)
    write("spoken_notes_forty_third_round.jsonl", "sn43", SPOKEN_NOTES_FORTY_THIRD_ROUND)
    write("group_and_family_notes_fourth.jsonl", "gf4", GROUP_AND_FAMILY_NOTES_FOURTH)
    write("clinical_notes_ninth_round.jsonl", "cn9", CLINICAL_NOTES_NINTH_ROUND)
    write("crisis_line_notes_third.jsonl", "cl3", CRISIS_LINE_NOTES_THIRD)
    write("spoken_notes_forty_fourth_round.jsonl", "sn44", SPOKEN_NOTES_FORTY_FOURTH_ROUND)
    write("spoken_notes_forty_fifth_round.jsonl", "sn45", SPOKEN_NOTES_FORTY_FIFTH_ROUND)
    write("typed_notes_thirteenth_round.jsonl", "tn13", TYPED_NOTES_THIRTEENTH_ROUND)
    write("messages_tenth_round.jsonl", "mg10", MESSAGES_TENTH_ROUND)


if __name__ == "__main__":
    main()
