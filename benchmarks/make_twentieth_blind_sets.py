"""Write the held-out corpora of the twentieth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_thirty_first_round lower-case speech to text from Pennsylvania, New Jersey,
                                    Maryland and Delaware
    spoken_notes_thirty_second_round
                                    lower-case speech to text from Colorado, Utah, New Mexico,
                                    Idaho, Montana and Wyoming
    typed_notes_ninth_round         typed notes by format (SOAP, DAP, BIRP, GIRP, intake, group)
                                    from Virginia and the Carolinas
    clinical_notes_eighth_round     hospital and clinic notes in the external corpora's style,
                                    from Florida
    spoken_notes_thirty_third_round lower-case speech to text from Ohio, Indiana and Michigan,
                                    after the stop's first rules
    spoken_notes_thirty_fourth_round
                                    lower-case speech to text from Tennessee, Mississippi and
                                    the Carolinas' mountains, after the first rules
    messages_eighth_round           clients' texts, voicemails and portal messages, after the
                                    first rules
    letters_and_forms_fifth_round   letters, referrals, intake forms and court reports, after the
                                    first rules
    spoken_notes_thirty_fifth_round lower-case speech to text from California, Nevada and Oregon,
                                    after the stop's second and third rules
    spoken_notes_thirty_sixth_round lower-case speech to text from New England, after the second
                                    and third rules
    hospital_records_seventh_round  emergency, consult and discharge records in the i2b2 style
                                    from Texas and Louisiana, after the second and third rules
    typed_notes_tenth_round         typed notes, group and couples notes from Georgia, Alabama
                                    and the Florida panhandle, after the second and third rules
    spoken_notes_thirty_seventh_round
                                    lower-case speech to text from Missouri, Kansas, Colorado
                                    and New Mexico, after all the stop's rules
    clinic_records_sixth_round      typed clinic and hospital records from Virginia, Maryland and
                                    Pennsylvania, after all the stop's rules
    spoken_notes_thirty_eighth_round
                                    lower-case speech to text from the Gulf Coast, the Carolinas
                                    and Appalachia, after the fourth round's rules
    typed_notes_eleventh_round      typed notes and letters from the Pacific Northwest and the
                                    Mountain West, after the fourth round's rules

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_THIRTY_FIRST_ROUND = [
    "okay this is {NAME:deshawn} he's twenty three and works the loading dock at "
    "{ORGANIZATION:sysco} in {LOCATION:harrisburg} his girlfriend {NAME:brianna} is due on "
    "{DATE:january ninth} and he's scared he'll be like his dad",
    "note for {NAME:mrs kaminski} she's ninety and lives alone in {LOCATION:port richmond} "
    "her son {NAME:stan} wants her at {ORGANIZATION:st ignatius} nursing home and she refuses",
    "session with {NAME:trina} her ex {NAME:marcus} showed up at her job at the "
    "{ORGANIZATION:wawa} on {LOCATION:route seventy} in {LOCATION:cherry hill} and she called "
    "the police",
    "client {NAME:luis} lost his job at {ORGANIZATION:campbell's} in {LOCATION:camden} after "
    "twenty years he drinks a six pack a night now audit was nineteen",
    "this is {NAME:keisha} she's a nurse at {ORGANIZATION:hopkins} and she got punched by a "
    "patient on the {DATE:fourteenth} she keeps replaying it",
    "okay {NAME:mr okonjo} his son {NAME:chidi} was arrested in {LOCATION:dundalk} and is at "
    "{ORGANIZATION:central booking} he hasn't slept",
    "note for {NAME:amber} she's staying at the {ORGANIZATION:red roof inn} in "
    "{LOCATION:newark} delaware with her two kids after the fire on "
    "{DATE:november third}",
    "client {NAME:giovanni} says his brother {NAME:sal} owes money to guys in "
    "{LOCATION:south philly} and he's been sleeping at their mom's on {LOCATION:passyunk} to "
    "keep her safe",
    "session with {NAME:hope} she's eleven and her mom {NAME:crystal} is in "
    "{ORGANIZATION:muncy} for another year she writes her every week",
    "okay this is {NAME:raj} he drives for {ORGANIZATION:septa} and a rider pulled a gun on "
    "him at {LOCATION:frankford terminal} he's on comp now claim number "
    "{OTHER_ID:w c five five one nine eight two}",
    "note for {NAME:bernadette} her husband {NAME:frank} died at {ORGANIZATION:lankenau} on "
    "{DATE:thanksgiving} and the kids are fighting over the house in {LOCATION:havertown}",
    "client {NAME:tavon} got jumped outside the {ORGANIZATION:royal farms} on "
    "{LOCATION:greenmount} and now he won't ride the bus",
    "this is {NAME:colleen} from {LOCATION:scranton} her daughter {NAME:maddie} is at "
    "{ORGANIZATION:marywood} and stopped eating again weight is down eight pounds",
    "okay next {NAME:will} he's a corrections officer at {ORGANIZATION:graterford} and he "
    "found an inmate hanging on {DATE:sunday the sixth}",
]

SPOKEN_NOTES_THIRTY_SECOND_ROUND = [
    "okay this is {NAME:ty} he's a ranch hand outside {LOCATION:sheridan} and his boss "
    "{NAME:wade} hasn't paid him since {DATE:october}",
    "note for {NAME:marisol} she cleans rooms at the {ORGANIZATION:stanley hotel} in "
    "{LOCATION:estes park} and a guest cornered her in the laundry room",
    "client {NAME:brigham} says his bishop {NAME:brother larsen} told the ward about his "
    "pornography use and his wife {NAME:kenzie} moved to her parents in {LOCATION:provo}",
    "session with {NAME:dakota} she's navajo and works at the chapter house in "
    "{LOCATION:shiprock} her uncle {NAME:harrison} died of covid and she couldn't do the "
    "ceremony",
    "this is {NAME:kyle} he's a smoke jumper out of {LOCATION:missoula} and his buddy "
    "{NAME:jess} died on the {LOCATION:lolo} fire in {DATE:august}",
    "okay {NAME:mrs abeyta} called her grandson {NAME:mateo} is at {ORGANIZATION:uccs} and "
    "hasn't answered his phone since friday",
    "note for {NAME:sierra} she works at the {ORGANIZATION:walmart} in {LOCATION:pocatello} "
    "and her manager {NAME:doug} keeps scheduling her on sundays after she asked for church",
    "client {NAME:jorge} got hurt at the {ORGANIZATION:jbs} plant in {LOCATION:greeley} and "
    "he's afraid to file because of his papers",
    "okay this is {NAME:autumn} she's a ski instructor at {ORGANIZATION:snowbird} and she "
    "blew out her knee and now the pills from {NAME:dr haskell} ran out",
    "note for {NAME:mr begay} he's ninety one and lives in {LOCATION:chinle} his daughter "
    "{NAME:loretta} drives him to ihs every tuesday",
    "session with {NAME:river} they're sixteen and got kicked out of {ORGANIZATION:skyline "
    "high} for vaping and their dad {NAME:brent} took their phone",
    "client {NAME:consuelo} her husband {NAME:ramon} is detained at the {ORGANIZATION:aurora "
    "ice facility} since {DATE:november twelfth}",
    "okay {NAME:tanner} says he's been sleeping in his truck at the trailhead up "
    "{LOCATION:millcreek canyon} since his wife {NAME:shay} filed",
    "this is {NAME:mercedes} she's a dealer at the {ORGANIZATION:sandia} casino and her "
    "husband {NAME:rudy} lost the truck payment on slots",
]

TYPED_NOTES_NINTH_ROUND = [
    "SOAP. S: {NAME:Latrice Gaines} reports her son {NAME:Jamal} (DOB {DATE:3/2/2011}) was "
    "suspended from {ORGANIZATION:Garinger High}. O: Tearful. A: Adjustment disorder. P: "
    "Meet with school counselor {NAME:Ms. Patel}; f/u {DATE:12/14}.",
    "DAP. D: {NAME:Hollis Pruett}, 67, retired from {ORGANIZATION:Newport News Shipbuilding}, "
    "grieving wife {NAME:June} (d. {DATE:10/2/2026}). A: Complicated grief. P: Grief group at "
    "{ORGANIZATION:Riverside} hospice Thursdays.",
    "BIRP. B: {NAME:Tatum Oxendine} (Lumbee) reports cravings after cousin {NAME:Dale}'s "
    "funeral in {LOCATION:Pembroke}. I: Urge surfing. R: Engaged. P: Continue Suboxone via "
    "{NAME:Dr. Locklear}.",
    "Intake: {NAME:Anh Nguyen}, DOB {DATE:7/19/1988}, {LOCATION:4410 Wade Ave, Apt 12}, "
    "{LOCATION:Raleigh}, NC {LOCATION:27606}. Phone {PHONE:919-555-0129}. Employer: "
    "{ORGANIZATION:SAS Institute}.",
    "GIRP. G: Reduce panic. I: Interoceptive exposure. R: {NAME:Cade} ran stairs at "
    "{ORGANIZATION:Kenan Stadium} with roommate {NAME:Eli}. P: Next {DATE:Dec 16}.",
    "Group note {DATE:12/1}: IOP. Present: {NAME:Sharonda}, {NAME:Beau}, {NAME:Kiki}, "
    "{NAME:Rev. Tillman}. {NAME:Beau} shared he relapsed at his cousin's in "
    "{LOCATION:Rocky Mount}.",
    "Collateral: {NAME:Gwen Satterfield} (mother) {PHONE:(540) 555-0190} re: {NAME:Colby}, 19, "
    "at {ORGANIZATION:Virginia Tech}. Found on the {LOCATION:Huckleberry Trail} after a "
    "reported overdose {DATE:11/28}.",
    "SOAP. S: {NAME:Rosalind} says Duke Energy will shut off power "
    "{DATE:Friday the 11th}; referred to {ORGANIZATION:Crisis Assistance Ministry}. A: MDD, "
    "moderate. P: BA.",
    "Risk note: {NAME:Darnell Whitfield} texted {NAME:Jas} a photo of a gun from the "
    "{ORGANIZATION:Motel 6} on {LOCATION:Wilkinson Blvd}. {ORGANIZATION:CMPD} welfare check "
    "requested {DATE:12/3} 2215.",
    "DAP. D: {NAME:Esperanza} cleans at {ORGANIZATION:Smithfield} in {LOCATION:Tar Heel}; "
    "supervisor {NAME:Mr. Bass} threatened to call ICE. A: Anxiety. P: Legal Aid referral.",
    "Discharge summary: {NAME:Preston Ambler} completed 28 days at "
    "{ORGANIZATION:Fellowship Hall}. Aftercare: IOP at {ORGANIZATION:Insight} in "
    "{LOCATION:Winston-Salem}; sponsor {NAME:Mike R.}",
    "Couples session: {NAME:Shelby} and {NAME:Grant Yoder}. {NAME:Grant} works at "
    "{ORGANIZATION:Lowe's} corporate in {LOCATION:Mooresville}. Gottman repair attempts.",
    "EMDR. Target: the crash on {LOCATION:I-77} near {LOCATION:Fort Mill} on "
    "{DATE:9/30/2026}. SUDS 8 → 3. Client {NAME:Toby Marsh}, 34.",
    "Letter to {NAME:Judge Harriet Boone}, {ORGANIZATION:Mecklenburg County District Court}, "
    "re: {NAME:Keyon Massey}, case {OTHER_ID:26CR004471}. He has attended 9 of 10 sessions.",
]

CLINICAL_NOTES_EIGHTH_ROUND = [
    "Record date: {DATE:2026-10-14}\n{NAME:ESTRADA, LUZ} MRN {MRN:4471029}\nAdmitted to "
    "{ORGANIZATION:Jackson Memorial} from {ORGANIZATION:Larkin} for SI with plan. Husband "
    "{NAME:Wilfredo} at bedside.",
    "PSYCHIATRY CONSULT. {NAME:Mr. Delroy Campbell}, 58, Jamaican-born cook at "
    "{ORGANIZATION:Joe's Stone Crab}, seen {DATE:11/2} for delirium. Daughter {NAME:Simone} "
    "{PHONE:305-555-0114}.",
    "Social history: lives with partner {NAME:Ray} in {LOCATION:Wilton Manors}; works as a "
    "bartender at The {ORGANIZATION:Manor}. Denies IVDU. Attending: {NAME:Dr. Keisha Ferrell}.",
    "Transfer note: pt to {ORGANIZATION:Tampa General} on {DATE:12/01/2026} per "
    "{NAME:Dr. Abramowitz}. Sister {NAME:Noreen Pike} (HCP) notified at {PHONE:813-555-0161}.",
    "Family history: father d. 2001 in {LOCATION:Cienfuegos}; mother {NAME:Caridad}, "
    "{AGE_OVER_89:92}, at {ORGANIZATION:Palace at Kendall}. Brother {NAME:Eddy} with bipolar "
    "disorder.",
    "ED note {DATE:10/29/26} 0340: 24M brought by {ORGANIZATION:Gainesville Fire Rescue} "
    "from {LOCATION:Midtown} after fall from balcony. {ORGANIZATION:UF} student, UFID "
    "{OTHER_ID:4412-9981}. BAL 0.19.",
    "Discharge: {NAME:Penelope Strand} to {ORGANIZATION:Apalachee Center} for crisis "
    "stabilization. PCP {NAME:Dr. Odom} at {ORGANIZATION:Bond Community Health}. Follow up "
    "{DATE:12/9}.",
    "Outpatient note. {NAME:Yusra Haddad} works nights at {ORGANIZATION:Publix} distribution "
    "in {LOCATION:Lakeland}. Sertraline 100 mg. Sleep 4 h. Husband {NAME:Karim} supportive.",
    "Consult: {NAME:Trevor Ames}, pilot with {ORGANIZATION:Spirit Airlines}, FAA medical "
    "pending. Seen at {ORGANIZATION:Broward Health North}. FAA certificate {LICENSE:3391827}.",
    "HPI: 71F from {LOCATION:The Villages}, recently widowed, found by neighbor "
    "{NAME:Marge Toomey} on {DATE:Halloween}. Lives on {LOCATION:Buttonwood Run}.",
    "Progress note {DATE:11/17/2026}: pt {NAME:Orlando Figueroa} reports cravings; works "
    "for {ORGANIZATION:Asplundh} as a tree trimmer after the storm overtime. PHQ-9 16.",
    "Psych eval requested by {ORGANIZATION:Hillsborough County Sheriff's Office}. "
    "Inmate {NAME:Cody Rains}, booking {OTHER_ID:2026-118842}.",
    "Case conference {DATE:12/2}: {NAME:Aaliyah}, 15, at {ORGANIZATION:Sandy Pines} since "
    "{DATE:10/20}. Mother {NAME:Toni Rivers} in {LOCATION:Riviera Beach}; GAL {NAME:Mr. Fogel}.",
    "Pt {NAME:Walter Nkemelu} ({AGE_OVER_89:95}) from {ORGANIZATION:Shell Point} in "
    "{LOCATION:Fort Myers}; son {NAME:Obi} {EMAIL:obi.nkemelu@protonmail.com}.",
]


SPOKEN_NOTES_THIRTY_THIRD_ROUND = [
    "okay this is {NAME:brandon} he's a tow motor driver at the {ORGANIZATION:honda} plant in "
    "{LOCATION:marysville} and his wife {NAME:kayla} left him for his foreman",
    "note for {NAME:tamika} her son {NAME:dajuan} got shot outside the {ORGANIZATION:marathon} "
    "on {LOCATION:dixie highway} in {LOCATION:flint} on {DATE:halloween}",
    "client {NAME:earl} is {AGE_OVER_89:ninety three} no wait he's eighty three and he lives "
    "alone in {LOCATION:chillicothe} since his wife {NAME:betty} passed",
    "session with {NAME:skylar} she's a senior at {ORGANIZATION:carmel high} and her mom "
    "{NAME:denise} reads her texts she says she wants to go to {ORGANIZATION:purdue} to get out",
    "okay {NAME:mr vukovic} called his son {NAME:milan} was picked up by "
    "{ORGANIZATION:parma police} after a fight at the {ORGANIZATION:harp} on saturday "
    "night",
    "this is {NAME:grace} she's a lunch lady at {ORGANIZATION:lincoln elementary} in "
    "{LOCATION:gary} and a fifth grader threatened to shoot her",
    "note for {NAME:dakota} he's been living in his car behind the {ORGANIZATION:kroger} on "
    "{LOCATION:state street} in {LOCATION:columbus} since {DATE:september}",
    "client {NAME:rosalind} works the line at {ORGANIZATION:stellantis} in {LOCATION:kokomo} "
    "and got written up by her supervisor {NAME:ms bradley} for crying on the floor",
    "okay next {NAME:jerome} from {LOCATION:ypsilanti} says his daughter {NAME:imani} is at "
    "{ORGANIZATION:mott} with leukemia and he can't sleep",
    "session with {NAME:hunter} he's fifteen and he got caught with a vape at "
    "{ORGANIZATION:north central} and his dad {NAME:rick} took his door off",
    "note for {NAME:linh} she works at {ORGANIZATION:pho lien} on {LOCATION:eighth street} in "
    "{LOCATION:grand rapids} and her husband {NAME:tuan} hits her when he drinks",
    "this is {NAME:austin} he's a lineman for {ORGANIZATION:aep} and he saw a guy get "
    "electrocuted near {LOCATION:zanesville} on the {DATE:second}",
    "client {NAME:noelle} says she's staying at the {ORGANIZATION:ymca} on "
    "{LOCATION:washington boulevard} in {LOCATION:fort wayne} until her mom lets her back",
    "okay {NAME:patience} is back she was at {ORGANIZATION:stepping stone} for thirty days "
    "and her sponsor {NAME:gloria} picked her up",
]

SPOKEN_NOTES_THIRTY_FOURTH_ROUND = [
    "okay this is {NAME:jolene} she's a waitress at the {ORGANIZATION:cracker barrel} in "
    "{LOCATION:sevierville} and her ex {NAME:travis} keeps showing up on her shifts",
    "note for {NAME:mr bledsoe} he's {AGE_OVER_89:ninety four} and still drives his truck to "
    "{LOCATION:cosby} every day his daughter {NAME:faye} wants the keys",
    "client {NAME:demarcus} got laid off from {ORGANIZATION:fedex} at the hub in "
    "{LOCATION:memphis} and his girlfriend {NAME:kiara} is pregnant",
    "session with {NAME:wyatt} he's sixteen and got jumped at the {ORGANIZATION:bristol "
    "motor speedway} by some kids from {LOCATION:abingdon}",
    "okay this is {NAME:lottie} she lives up {LOCATION:shelton laurel} and her grandson "
    "{NAME:cody} overdosed in her bathroom on {DATE:sunday the fifteenth}",
    "note for {NAME:shaquille} he works nights at the {ORGANIZATION:nissan} plant in "
    "{LOCATION:canton} and he keeps falling asleep driving home on {LOCATION:i fifty five}",
    "client {NAME:hazel} says her pastor {NAME:brother dunn} at free will "
    "baptist told her divorce is a sin",
    "okay {NAME:keandre} is seventeen and was locked up at {ORGANIZATION:oakley} for three "
    "months and now he's back at {ORGANIZATION:callaway high}",
    "this is {NAME:misty} she's a cna at {ORGANIZATION:life care} in {LOCATION:cleveland} "
    "and a resident died on her shift and the family blamed her",
    "note for {NAME:dale} he's a coal miner out of {LOCATION:grundy} and his buddy "
    "{NAME:junior} got crushed in the mine on the {DATE:ninth}",
    "client {NAME:ashlyn} says she's been sleeping on her cousin {NAME:bree}'s couch in "
    "{LOCATION:hattiesburg} since {DATE:thanksgiving}",
    "okay {NAME:mrs pruitt} called she says her husband {NAME:harlan} is at the "
    "{ORGANIZATION:va} in {LOCATION:johnson city} and they're talking hospice",
    "session with {NAME:trey} he deals blackjack at the {ORGANIZATION:beau rivage} in "
    "{LOCATION:biloxi} and lost his whole check on friday",
    "note for {NAME:opal} she's a widow from {LOCATION:hot springs} and she spends every day "
    "at {LOCATION:mountain view cemetery} with her husband {NAME:elmer}",
]

MESSAGES_EIGHTH_ROUND = [
    "hey its {NAME:dani} cant make it tmrw my car broke down on {LOCATION:route 9} "
    "can we do thurs",
    "Voicemail {DATE:11/30} 4:12pm: This is {NAME:Gloria Estes}, {NAME:Marcus}'s grandmother, "
    "please call me back at {PHONE:(216) 555-0183}. He didn't come home last night.",
    "portal msg from {NAME:Ty Harmon}: my new address is {LOCATION:88 Birch Ln Apt 3}, "
    "{LOCATION:Dover}, NH {LOCATION:03820}. can u send the letter there",
    "text from {NAME:kelsey}: im at my moms in {LOCATION:saco} this weekend if u need me. "
    "{NAME:jace} is with his dad",
    "hi this is {NAME:pam} from {ORGANIZATION:hope house}, {NAME:ricky} left without "
    "signing out around 2 am. his phone is {PHONE:207 555 0149}",
    "E-mail from {EMAIL:t.okafor88@gmail.com}: Dr. I need to reschedule {DATE:Dec 8}. "
    "{NAME:Tobi}",
    "text from {NAME:marcus}: bro i got fired from dicks today. manager "
    "{NAME:kyle} said i was stealing. im not ok",
    "Voicemail: Hi it's {NAME:Rena} from {ORGANIZATION:Maine Medical Center} ED, calling "
    "about {NAME:Shawn Pelletier}, DOB {DATE:4/2/1991}, callback {PHONE:207-555-0191 "
    "x4410}.",
    "hey this is {NAME:bri} i moved to {LOCATION:lewiston} my mom kicked me out. my new "
    "number is {PHONE:207-555-0102}",
    "Portal: {NAME:Nadia Karimi} asks for a letter for {ORGANIZATION:Bates College} "
    "disability services by {DATE:12/12}.",
    "text from {NAME:jj}: sorry i missed it i was at court in {LOCATION:augusta} for my "
    "brother {NAME:dom}",
    "hi its {NAME:sophie} my insurance is {ORGANIZATION:harvard pilgrim} now member id "
    "{HEALTH_PLAN:HPX 44810277}",
    "Voicemail from {NAME:Officer Dunlap}, {ORGANIZATION:Biddeford PD}, re welfare check on "
    "{NAME:Kyle Moreau} at {LOCATION:14 Pool St}. Call {PHONE:207-555-0136}.",
    "text: its {NAME:bethany} my boyfriend {NAME:cole} broke my phone im using my friend "
    "{NAME:tess}s",
]

LETTERS_AND_FORMS_FIFTH_ROUND = [
    "To Whom It May Concern:\n{NAME:Darius Whitley} (DOB {DATE:08/14/1994}) has been in "
    "weekly treatment with me since {DATE:March 2026}.\n{NAME:Renee Sato}, LCSW",
    "REFERRAL\nTo: {ORGANIZATION:Cornerstone Recovery}, {LOCATION:1120 Elm St}, "
    "{LOCATION:Manchester}, NH\nRe: {NAME:Bradley Quint}, {PHONE:603-555-0171}",
    "Court report to {NAME:Judge Pamela Ortiz}, {ORGANIZATION:Hampden County Probate and "
    "Family Court}, docket {OTHER_ID:HD26P1182GD}. {NAME:Ms. Lavoie} attended 12 of 12 "
    "sessions.",
    "Intake form\nName: {NAME:Yesenia Cruz}\nPreferred name: {NAME:Yesi}\nDOB: "
    "{DATE:1/30/2002}\nAddress: {LOCATION:45 Orchard St, Apt 2R}, {LOCATION:Holyoke} "
    "{LOCATION:01040}\nEmployer: {ORGANIZATION:Holyoke Medical Center}",
    "Letter of support for {NAME:Tomas Ferreira} to {ORGANIZATION:New Bedford Housing "
    "Authority}: his daughter {NAME:Lia} (age 6) needs her own room due to night terrors.",
    "ROI: I authorize {ORGANIZATION:Seacoast Counseling Associates} to release records to "
    "{NAME:Dr. Anil Mehta}, {ORGANIZATION:Exeter Hospital}, fax {FAX:603-555-0198}.",
    "School letter: {NAME:Jaxon Pike}, grade 4, {ORGANIZATION:Maple Street School}, "
    "{LOCATION:Rochester}, NH. 504 plan requested. Parent: {NAME:Amber Pike}.",
    "Discharge letter: {NAME:Rhonda Beal} completed IOP at {ORGANIZATION:Riverside Recovery} "
    "on {DATE:11/20/2026}; continues with {NAME:Keith Amos}, LADC.",
    "FMLA certification for {NAME:Gregory Tran}, employee of {ORGANIZATION:Fidelity "
    "Investments}, {LOCATION:Merrimack} office. Leave from {DATE:12/1/2026} to "
    "{DATE:1/15/2027}.",
    "Emotional support animal letter for {NAME:Cassidy Moore}, tenant at {LOCATION:Riverwalk "
    "Apartments}, unit {LOCATION:311}, {LOCATION:Nashua}.",
    "Mandated report filed {DATE:12/2/2026} with DCYF re: {NAME:Kayden}, 5, son of "
    "{NAME:Jessica Dube}, {LOCATION:Berlin}, NH. Report #{OTHER_ID:26-118734}.",
    "Coordination of care: {NAME:Dr. Felicia Brandt}, PCP, {ORGANIZATION:Lamprey Health "
    "Care}, {PHONE:603-555-0120}, re {NAME:Owen Gallant}'s sertraline.",
    "Letter to {ORGANIZATION:UNH} Student Accessibility Services for {NAME:Mia Kowalski}, "
    "student ID {OTHER_ID:902771345}.",
    "Probation update to {NAME:Officer Brian Kelley}, {ORGANIZATION:Strafford County "
    "Probation}: {NAME:Luke Ranney} tested negative {DATE:11/24} and {DATE:12/1}.",
]


SPOKEN_NOTES_THIRTY_FIFTH_ROUND = [
    "okay this is {NAME:marisela} she picks grapes outside {LOCATION:lodi} and the foreman "
    "{NAME:beto} keeps touching her in the rows",
    "note for {NAME:kai} he's a blackjack dealer at the {ORGANIZATION:atlantis} in "
    "{LOCATION:reno} and he owes his bookie {NAME:sal} six grand",
    "client {NAME:dashiell} got evicted from his place on {LOCATION:telegraph} in "
    "{LOCATION:oakland} and he's sleeping at his sister {NAME:imogen}'s",
    "session with {NAME:paloma} she's fifteen and her mom {NAME:lupe} found her cutting in "
    "the bathroom at {ORGANIZATION:roosevelt middle} on the {DATE:eighteenth}",
    "okay {NAME:mr tanaka} he's {AGE_OVER_89:ninety two} and his wife {NAME:hiroko} just went "
    "into {ORGANIZATION:sunrise} in {LOCATION:torrance} and he eats alone every night",
    "this is {NAME:devon} he works security at the {ORGANIZATION:fashion show mall} and a "
    "shoplifter stabbed him on {DATE:black friday}",
    "note for {NAME:summer} she lives in a tent under the {LOCATION:burnside bridge} with her "
    "boyfriend {NAME:rook} and she's pregnant",
    "client {NAME:armando} drives a forklift at the {ORGANIZATION:costco} depot in "
    "{LOCATION:tracy} and got written up for being late three times",
    "okay next {NAME:willa} from {LOCATION:ashland} says her husband {NAME:cal} won't stop "
    "drinking since he got laid off from {ORGANIZATION:harry and david}",
    "session with {NAME:jaden} he's seventeen and got arrested by chp on the "
    "{LOCATION:one oh one} for street racing his dad {NAME:rick} won't bail him out",
    "this is {NAME:noor} she's a pharmacist at the {ORGANIZATION:kaiser} in "
    "{LOCATION:fresno} and a patient threatened her over a refill",
    "note for {NAME:tobias} he's been at the shelter at the {LOCATION:silver dollar "
    "fairgrounds} since his house "
    "burned and his mom {NAME:darlene} is in {ORGANIZATION:enloe}",
    "client {NAME:sunny} works the front desk at the {ORGANIZATION:bellagio} and her manager "
    "{NAME:greg} cut her hours after she reported him",
    "okay {NAME:harmony} is back from {ORGANIZATION:cedar hills} and says her mom {NAME:rae} "
    "moved to {LOCATION:bend} without telling her",
]

SPOKEN_NOTES_THIRTY_SIXTH_ROUND = [
    "okay this is {NAME:sean} he's a lobsterman out of {LOCATION:stonington} and his "
    "sternman {NAME:petey} went overboard in {DATE:october}",
    "note for {NAME:mrs medeiros} she's {AGE_OVER_89:ninety five} and lives alone on "
    "{LOCATION:county street} in {LOCATION:new bedford} her son {NAME:manny} wants her at "
    "{ORGANIZATION:sacred heart}",
    "client {NAME:bridget} says her ex {NAME:liam} showed up at the {ORGANIZATION:dunkin} on "
    "{LOCATION:route 1} in {LOCATION:saugus} where she works",
    "session with {NAME:tyler} he's a junior at {ORGANIZATION:bishop feehan} and his dad "
    "{NAME:mark} screams at him after every game",
    "this is {NAME:ana} she cleans rooms at the {ORGANIZATION:omni} in {LOCATION:providence} "
    "and her supervisor {NAME:ms pires} keeps cutting her hours",
    "okay {NAME:jaylen} got suspended from {ORGANIZATION:hope high} for fighting and his "
    "grandmother {NAME:ms gaines} is raising him in {LOCATION:olneyville}",
    "note for {NAME:connor} he's at {ORGANIZATION:gosnold} in {LOCATION:falmouth} for "
    "detox and his wife {NAME:erin} wants a divorce",
    "client {NAME:mei} works at her uncle's restaurant {ORGANIZATION:golden dragon} on "
    "{LOCATION:main street} in {LOCATION:nashua} and he doesn't pay her",
    "okay next {NAME:francis} from {LOCATION:woonsocket} says his daughter {NAME:shannon} "
    "overdosed at the {ORGANIZATION:motel 6} in {LOCATION:seekonk} on the {DATE:third}",
    "session with {NAME:abby} she's a nurse at {ORGANIZATION:dartmouth hitchcock} and a "
    "patient's family threatened her in the parking garage",
    "this is {NAME:dwayne} he drives a plow for the {ORGANIZATION:town of barre} and he "
    "crashed on {LOCATION:route 14} during the storm",
    "note for {NAME:keisha} her son {NAME:malik} was stabbed outside the {ORGANIZATION:cumberland "
    "farms} on {LOCATION:blue hill avenue}",
    "client {NAME:hollis} is a dairy farmer in {LOCATION:st albans} and the co-op "
    "{ORGANIZATION:agri-mark} cut his price again",
    "okay {NAME:ruthie} called she's at her daughter {NAME:colleen}'s in {LOCATION:bangor} "
    "and wants to do the session by phone",
]

HOSPITAL_RECORDS_SEVENTH_ROUND = [
    "ED NOTE {DATE:11/14/2026} 0215\n{NAME:BROUSSARD, ETIENNE} MRN {MRN:6630918}\n46M brought "
    "by {ORGANIZATION:Lafayette Parish Sheriff} after SI statement at {ORGANIZATION:Walmart} "
    "on {LOCATION:Ambassador Caffery}.",
    "PSYCH CONSULT: {NAME:Mrs. Thibodeaux}, {AGE_OVER_89:91}, from {ORGANIZATION:St. Joseph "
    "of Lafayette} nursing home, delirium vs dementia. Daughter {NAME:Claire} "
    "{PHONE:337-555-0188}.",
    "Discharge Summary\nAdmitted: {DATE:10/30/2026}  Discharged: {DATE:11/6/2026}\nPatient: "
    "{NAME:Jamal Okafor}\nFollow-up: {NAME:Dr. Sandra Vu}, {ORGANIZATION:MHMR of Tarrant "
    "County}, {DATE:11/13}.",
    "HPI: 33F, teacher at {ORGANIZATION:Klein Oak High School}, presents with panic. "
    "Husband {NAME:Derek} deployed to {LOCATION:Fort Cavazos}. Lives in {LOCATION:Spring}, TX.",
    "Social Hx: works offshore for Shell on the {LOCATION:Mars platform}; 14 "
    "on/14 off. Wife {NAME:Rochelle}. Smokes 1 ppd.",
    "Transfer: from {ORGANIZATION:Ochsner Lafayette General} to {ORGANIZATION:Brentwood "
    "Hospital} in {LOCATION:Shreveport} per {NAME:Dr. Marcel Guidry}, {DATE:11/20/26}.",
    "Consult note {DATE:Nov 2, 2026}: {NAME:Tran Van Minh}, 58, shrimper from "
    "{LOCATION:Bayou La Batre}; son {NAME:Kevin Tran} interpreting. PHQ-9 19.",
    "Attending: {NAME:Dr. Priya Raman}\nResident: {NAME:Dr. Josh Whitley}\nPt is a 19M "
    "{ORGANIZATION:Texas A&M} student found down in {LOCATION:Northgate}; UDS + cocaine.",
    "Collateral from {NAME:Officer Reyes}, {ORGANIZATION:San Antonio PD}, badge "
    "{OTHER_ID:4471}: pt found on the {LOCATION:Hays Street Bridge} at 0300.",
    "Past history: MVC {DATE:2019} on {LOCATION:I-10} near {LOCATION:Sulphur}; TBI treated at "
    "{ORGANIZATION:Lake Charles Memorial}.",
    "Pt {NAME:Lorena Salinas} (DOB {DATE:2/11/1979}) reports her sister {NAME:Bea} in "
    "{LOCATION:Laredo} holds her passport. Case {OTHER_ID:TX-26-00418}.",
    "Outpatient f/u {DATE:12/1}: {NAME:Gary Pitre}, welder at {ORGANIZATION:Bollinger "
    "Shipyards} in {LOCATION:Lockport}. Sertraline 150. Sleep improved.",
    "Nursing note: pt's wife {NAME:Yolanda} called from {PHONE:(713) 555-0147} asking for "
    "{NAME:Dr. Hébert}; pt in room {LOCATION:4112}.",
    "Psychosocial: grew up in the {LOCATION:Fifth Ward}; mother {NAME:Odessa} "
    "({AGE_OVER_89:94}) in {ORGANIZATION:Park Manor} nursing home.",
]

TYPED_NOTES_TENTH_ROUND = [
    "SOAP. S: {NAME:Tamika Rhodes} reports her landlord at {LOCATION:Peachtree Commons} "
    "filed to evict on {DATE:11/20}. O: Tearful. A: MDD. P: Legal Aid; next {DATE:12/11}.",
    "Couples session: {NAME:Brandon} and {NAME:Whitney Sizemore}. {NAME:Whitney} works at "
    "{ORGANIZATION:Mercedes-Benz} in {LOCATION:Vance}; {NAME:Brandon} is home with the twins.",
    "Group note {DATE:12/2}: Men's DV group. Present: {NAME:Rodney}, {NAME:Chase}, "
    "{NAME:Luis}, {NAME:Big Mike}. {NAME:Rodney} disclosed a violation at his "
    "ex's in {LOCATION:Dothan}.",
    "DAP. D: {NAME:Avery Lott}, 16, was expelled from {ORGANIZATION:Niceville High} after a "
    "fight. Mom {NAME:Kristen} works nights at {ORGANIZATION:Eglin}. A: ODD. P: family "
    "session.",
    "BIRP. B: {NAME:Jerome Gaines} drank after his brother {NAME:Otis}'s funeral at "
    "{ORGANIZATION:Ebenezer Baptist}. I: chain analysis. R: receptive. P: AA at the "
    "{ORGANIZATION:Alano Club}.",
    "Intake: {NAME:Savannah Pruitt}, DOB {DATE:5/9/1997}, {LOCATION:212 Oak Hollow Rd}, "
    "{LOCATION:Cullman}, AL {LOCATION:35055}. Cell {PHONE:256-555-0132}. Referred by "
    "{NAME:Dr. Hamby}.",
    "Progress note: {NAME:Marcus Bell} (goes by {NAME:Deacon}) is sleeping at the "
    "{ORGANIZATION:Union Mission} in {LOCATION:Savannah}. Sober 41 days.",
    "EMDR. Target: the tornado in {LOCATION:Moore}? No, in {LOCATION:Rolling Fork}, "
    "{DATE:March 24}. SUDS 9 → 4. Client {NAME:Lacey Sims}.",
    "Session note: {NAME:Aaliyah} ({DATE:12/3}) says coach {NAME:Mr. Darby} at "
    "{ORGANIZATION:Hoover High} benched her after she reported {NAME:Coach Tim}.",
    "GIRP. G: return to work. I: graded exposure. R: {NAME:Hector} drove to "
    "{ORGANIZATION:Hyundai} in {LOCATION:Montgomery} and sat in the lot. P: continue.",
    "Family session: Grandma {NAME:Pearl} ({AGE_OVER_89:90}) and granddaughter "
    "{NAME:Jasmine} discussed the move to {LOCATION:Tuskegee}.",
    "Note: {NAME:Dylan Crews}'s probation officer {NAME:Ms. Haney} ({PHONE:850-555-0119}) "
    "requests attendance records for {ORGANIZATION:Okaloosa County} court.",
    "Telehealth: {NAME:Bree Collins} joined from her car outside {ORGANIZATION:Publix} on "
    "{LOCATION:Bell Rd}; she has no privacy at home.",
    "Risk: {NAME:Wade Pickens} has a rifle at his father {NAME:Earl}'s cabin near "
    "{LOCATION:Lake Guntersville}; agreed to let {NAME:Earl} hold it.",
]


SPOKEN_NOTES_THIRTY_SEVENTH_ROUND = [
    "okay this is {NAME:roxanne} she tends bar at the {ORGANIZATION:blue moose} in "
    "{LOCATION:springfield} and a regular named {NAME:dale} followed her home",
    "note for {NAME:mr oyelowo} his son {NAME:tunde} got jumped outside {ORGANIZATION:raytown "
    "south} after the game on {DATE:friday the fifth}",
    "client {NAME:carly} says her husband {NAME:brett} works at the {ORGANIZATION:cargill} "
    "plant in {LOCATION:dodge city} and he hasn't been home in three days",
    "session with {NAME:ezra} he's nineteen and lives with his grandpa {NAME:walt} out past "
    "{LOCATION:salina} and he wants to join the army",
    "okay next {NAME:bianca} from {LOCATION:pueblo} says her son {NAME:mateo} was picked up by "
    "{ORGANIZATION:pueblo police} at the {ORGANIZATION:loaf n jug} on {LOCATION:northern}",
    "this is {NAME:ruby} she's {AGE_OVER_89:ninety six} and her "
    "son {NAME:lyle} took her car keys",
    "note for {NAME:desiree} she's staying at {ORGANIZATION:hope house} in "
    "{LOCATION:independence} since her boyfriend {NAME:tariq} broke her arm",
    "client {NAME:joaquin} is a line cook at {ORGANIZATION:frontier} on {LOCATION:central} "
    "in {LOCATION:albuquerque} and his boss {NAME:gus} pays him in cash",
    "okay {NAME:lorelei} is back she left {ORGANIZATION:cedar springs} against advice on "
    "{DATE:the twentieth} and is at her aunt {NAME:mae}'s in {LOCATION:lawrence}",
    "session with {NAME:colt} he's a bull rider and broke his back at the "
    "{ORGANIZATION:cheyenne frontier days} rodeo in {DATE:july}",
    "this is {NAME:nadia} she's a nurse at {ORGANIZATION:research medical center} and a "
    "patient's son hit her in the face",
    "note for {NAME:otis} he's been sleeping at the {ORGANIZATION:city union mission} since "
    "{DATE:october} and his daughter {NAME:keesha} won't call him back",
    "client {NAME:willow} says her stepdad {NAME:randy} drinks at the {ORGANIZATION:vfw} in "
    "{LOCATION:liberal} every night and then comes home mean",
    "okay {NAME:mrs yazzie} called from {LOCATION:gallup} her grandson {NAME:kee} ran away "
    "again and was found at the {ORGANIZATION:flying j} on {LOCATION:i forty}",
]

CLINIC_RECORDS_SIXTH_ROUND = [
    "Progress Note {DATE:11/19/2026}\nClient: {NAME:Darnell Pugh}  DOB: {DATE:03/30/1990}\n"
    "Employer: {ORGANIZATION:Huntington Ingalls}. Sleep 5 h. Nightmares 4x/week.",
    "Referral from {NAME:Dr. Anjali Mehta}, {ORGANIZATION:Inova Fairfax}, re: {NAME:Bao "
    "Nguyen}, 24, first-episode psychosis. Phone {PHONE:703-555-0182}.",
    "Pt {NAME:Keisha Brown} seen in {ORGANIZATION:Mercy Medical Center} ED {DATE:11/2}; "
    "brother {NAME:Andre} called {ORGANIZATION:Baltimore City Police} after she stood on the "
    "{LOCATION:Hanover Street Bridge}.",
    "Intake: {NAME:Colton Rhodes}, {LOCATION:88 Laurel Ave}, {LOCATION:Altoona}, PA "
    "{LOCATION:16602}; works for {ORGANIZATION:Norfolk Southern} in the "
    "{LOCATION:Juniata} shops.",
    "Family hx: father {NAME:Earl} (d. {DATE:2019}), mother {NAME:Doris} "
    "({AGE_OVER_89:93}) at {ORGANIZATION:Asbury Methodist Village}.",
    "D/C plan: {NAME:Priya Raman} to {ORGANIZATION:Sheppard Pratt} day program; "
    "{NAME:Dr. Cole} to follow. Insurance {ORGANIZATION:CareFirst}, member "
    "{HEALTH_PLAN:CFX448102933}.",
    "Session {DATE:12/4}: {NAME:Isaac} (15) reports teammate {NAME:Malik} was stabbed at "
    "{ORGANIZATION:Harrisburg High}. Trauma narrative deferred.",
    "Collateral: {NAME:Sgt. Ruiz}, {ORGANIZATION:Virginia Beach PD}, {PHONE:757-555-0163}: "
    "client found at {LOCATION:Rudee Inlet} with a note.",
    "Letter to {ORGANIZATION:Fairfax County Public Schools} for {NAME:Maya Ortiz}, grade 7, "
    "{ORGANIZATION:Rocky Run Middle}.",
    "GROUP: {NAME:Tanya}, {NAME:Rocco}, {NAME:Lin}, {NAME:Big Ed} present. {NAME:Rocco} "
    "relapsed at the {ORGANIZATION:Rivers Casino} Saturday night.",
    "Couples: {NAME:Jerome} and {NAME:Aisha Banks}. {NAME:Aisha} was laid off from "
    "{ORGANIZATION:T. Rowe Price}; {NAME:Jerome} drives for Lyft.",
    "ED: 67F from {ORGANIZATION:Brookdale} {LOCATION:Charlottesville}, found wandering on "
    "{LOCATION:Route 29} {DATE:11/28} 0600; daughter {NAME:Lynn Carver} at bedside.",
    "Pt reports eviction from {LOCATION:Lafayette Courts}, unit {LOCATION:4B}; caseworker "
    "{NAME:Ms. Odom} at {ORGANIZATION:Catholic Charities} assisting.",
    "Tele-visit {DATE:12/1/2026}; client at her sister {NAME:Dana}'s in {LOCATION:Lancaster}. "
    "Verified address {LOCATION:19 Orange St}. PHQ-9 15.",
]


SPOKEN_NOTES_THIRTY_EIGHTH_ROUND = [
    "okay this is {NAME:tyrell} he's a deckhand on a shrimp boat out of {LOCATION:bayou la "
    "batre} and the captain {NAME:nguyen} docked his pay again",
    "note for {NAME:mrs boudreaux} she's {AGE_OVER_89:ninety one} and her house in "
    "{LOCATION:lake charles} flooded again her son {NAME:remy} wants her in "
    "{ORGANIZATION:st patrick's} nursing home",
    "client {NAME:kayleigh} says her ex {NAME:dustin} keeps parking outside the "
    "{ORGANIZATION:bojangles} on {LOCATION:hope mills road} where she works",
    "session with {NAME:jamarcus} he's fourteen and got suspended from {ORGANIZATION:west "
    "charlotte} for fighting and his mom {NAME:tasha} works two jobs",
    "this is {NAME:earlene} she lives up {LOCATION:coon creek} outside {LOCATION:pikeville} and "
    "her grandson {NAME:bo} stole her pain pills",
    "okay {NAME:darius} says he got laid off from {ORGANIZATION:ingalls} in "
    "{LOCATION:pascagoula} and his wife {NAME:monique} is pregnant with twins",
    "note for {NAME:hannah} she's a sophomore at {ORGANIZATION:app state} and her roommate "
    "{NAME:paige} found her passed out in the dorm",
    "client {NAME:luis} works the night shift at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:wilkesboro} and a coworker lost two fingers in front of him",
    "okay next {NAME:brenda} from {LOCATION:gulfport} says her husband {NAME:ray} has been "
    "gambling at the {ORGANIZATION:island view} every night",
    "session with {NAME:wesley} his dad {NAME:junior} is locked up at {ORGANIZATION:parchman} "
    "and his mom {NAME:tonya} moved them to {LOCATION:tupelo}",
    "this is {NAME:shirley} she's a cook at {ORGANIZATION:waffle house} on "
    "{LOCATION:airport road} in {LOCATION:hickory} and got robbed at gunpoint on "
    "{DATE:the ninth}",
    "note for {NAME:abby} her daughter {NAME:kinsley} is in the nicu at "
    "{ORGANIZATION:east tennessee children's} and she hasn't slept",
    "client {NAME:marcus} says his cousin {NAME:dre} got shot at the {ORGANIZATION:citgo} on "
    "{LOCATION:government street} in {LOCATION:mobile}",
    "okay {NAME:patsy} called she's at her sister {NAME:jean}'s in {LOCATION:boone} and "
    "can't drive down the mountain in the snow",
]

TYPED_NOTES_ELEVENTH_ROUND = [
    "SOAP. S: {NAME:Harper Lindqvist} reports her manager at {ORGANIZATION:REI} in "
    "{LOCATION:Kent} mocked her panic. O: Tearful. A: Panic disorder. P: Interoceptive "
    "exposure; f/u {DATE:12/10}.",
    "DAP. D: {NAME:Tomas Aguilar} works at {ORGANIZATION:Micron} in {LOCATION:Boise}; "
    "his brother {NAME:Rafa} was deported {DATE:11/3}. A: Grief. P: Family session.",
    "Intake: {NAME:Skye Running Bear}, DOB {DATE:2/14/2003}, {LOCATION:Browning}, MT. "
    "Phone {PHONE:406-555-0177}. Referred by {ORGANIZATION:Blackfeet Tribal Health}.",
    "Letter to {NAME:Judge Carla Ruiz}, {ORGANIZATION:King County Superior Court}: "
    "{NAME:Devin Marsh} has attended 14 sessions since {DATE:June 2026}.",
    "BIRP. B: {NAME:Owen} (16) ran away to {LOCATION:Spokane}. I: safety planning. R: "
    "agreed. P: coordinate with {ORGANIZATION:Excelsior} wraparound.",
    "Group note {DATE:12/3}: {NAME:Jess}, {NAME:Tomás}, {NAME:Ray Ray}, {NAME:Autumn} "
    "present. {NAME:Autumn} shared she's sleeping at {ORGANIZATION:Union Gospel Mission}.",
    "Collateral: {NAME:Officer Kim}, {ORGANIZATION:Eugene Police}, {PHONE:541-555-0129}, "
    "re: client found on the {LOCATION:Ferry Street Bridge}.",
    "GIRP. G: Return to work at {ORGANIZATION:Intermountain} {LOCATION:Logan} as an RN. "
    "I: graded exposure. R: Drove to the parking lot. P: Continue.",
    "Risk note: {NAME:Cody Blackwell} keeps a rifle at his uncle {NAME:Verne}'s ranch near "
    "{LOCATION:Cody}, WY. Uncle agreed to store the bolt.",
    "Couples: {NAME:Lena} and {NAME:Jonah Weiss}. {NAME:Jonah} is a pilot with "
    "{ORGANIZATION:Horizon Air}; {NAME:Lena} teaches at {ORGANIZATION:Lincoln High} in "
    "{LOCATION:Tacoma}.",
    "Discharge: {NAME:Mariah Two Crow} completed 30 days at {ORGANIZATION:Rimrock} in "
    "{LOCATION:Billings}; aftercare with {NAME:Dr. Engle}.",
    "Session: {NAME:Ben Okafor} says his landlord at {LOCATION:Pearl District Lofts} "
    "threatened eviction; unit {LOCATION:508}.",
    "ROI signed for {ORGANIZATION:St. Luke's Boise} and {NAME:Dr. Amy Hsu}; fax "
    "{FAX:208-555-0148}.",
    "Progress note: {NAME:Wren Calloway}'s mother {NAME:Diane} called from "
    "{ORGANIZATION:Harborview} ED after {NAME:Wren} was found under the "
    "{LOCATION:Aurora Bridge}.",
]


def main() -> None:
    write("spoken_notes_thirty_first_round.jsonl", "sn31", SPOKEN_NOTES_THIRTY_FIRST_ROUND)
    write("spoken_notes_thirty_second_round.jsonl", "sn32", SPOKEN_NOTES_THIRTY_SECOND_ROUND)
    write("typed_notes_ninth_round.jsonl", "tn9", TYPED_NOTES_NINTH_ROUND)
    write("clinical_notes_eighth_round.jsonl", "cn8", CLINICAL_NOTES_EIGHTH_ROUND)
    write("spoken_notes_thirty_third_round.jsonl", "sn33", SPOKEN_NOTES_THIRTY_THIRD_ROUND)
    write("spoken_notes_thirty_fourth_round.jsonl", "sn34", SPOKEN_NOTES_THIRTY_FOURTH_ROUND)
    write("messages_eighth_round.jsonl", "mg8", MESSAGES_EIGHTH_ROUND)
    write("letters_and_forms_fifth_round.jsonl", "lf5", LETTERS_AND_FORMS_FIFTH_ROUND)
    write("spoken_notes_thirty_fifth_round.jsonl", "sn35", SPOKEN_NOTES_THIRTY_FIFTH_ROUND)
    write("spoken_notes_thirty_sixth_round.jsonl", "sn36", SPOKEN_NOTES_THIRTY_SIXTH_ROUND)
    write("hospital_records_seventh_round.jsonl", "hr7", HOSPITAL_RECORDS_SEVENTH_ROUND)
    write("typed_notes_tenth_round.jsonl", "tn10", TYPED_NOTES_TENTH_ROUND)
    write("spoken_notes_thirty_seventh_round.jsonl", "sn37", SPOKEN_NOTES_THIRTY_SEVENTH_ROUND)
    write("clinic_records_sixth_round.jsonl", "cr6", CLINIC_RECORDS_SIXTH_ROUND)
    write("spoken_notes_thirty_eighth_round.jsonl", "sn38", SPOKEN_NOTES_THIRTY_EIGHTH_ROUND)
    write("typed_notes_eleventh_round.jsonl", "tn11", TYPED_NOTES_ELEVENTH_ROUND)


if __name__ == "__main__":
    main()
