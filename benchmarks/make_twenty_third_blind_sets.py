"""Write the held-out corpora of the twenty-third stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_sixty_sixth_round   lower-case speech to text from Pittsburgh and western
                                     Pennsylvania
    spoken_notes_sixty_seventh_round lower-case speech to text from Nebraska, Kansas and Oklahoma
    typed_notes_nineteenth_round     typed notes by format and modality from Atlanta
    messages_sixteenth_round         clients', families', schools' and police texts, e-mails and
                                     voicemails in English and Spanish

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_SIXTY_SIXTH_ROUND = [
    "alright progress note for {NAME:dominic} he's thirty one works the night shift at "
    "{ORGANIZATION:us steel} in {LOCATION:clairton} and his fiancee {NAME:brianna} says he "
    "hasn't slept more than three hours since the explosion on {DATE:december twenty fourth}",
    "saw {NAME:mrs kostelnik} today she's {AGE_OVER_89:ninety two} and lives up on "
    "{LOCATION:polish hill} her grandson {NAME:jakub} does her shopping at the {ORGANIZATION:giant "
    "eagle} on {LOCATION:liberty avenue}",
    "follow up with {NAME:shawna} twenty four she's a server at {ORGANIZATION:primanti's} in the "
    "{LOCATION:strip district} her boyfriend {NAME:deshawn} got picked up by county "
    "police on {DATE:friday the thirteenth}",
    "okay this is for {NAME:gabe} he's fifteen goes to {ORGANIZATION:central catholic} and he "
    "told his coach {NAME:coach mcgrath} that he wants to die after the {ORGANIZATION:penn hills} "
    "game",
    "session with {NAME:linda} fifty three she's a unit clerk at {ORGANIZATION:upmc presby} and "
    "her husband {NAME:ron} was laid off from {ORGANIZATION:alcoa} back in {DATE:march} he drinks "
    "at the {ORGANIZATION:legion} in {LOCATION:mckees rocks} every night",
    "note for {NAME:tj} twenty he's in recovery at {ORGANIZATION:gateway rehab} in "
    "{LOCATION:aliquippa} his mom {NAME:dana} can be reached at {PHONE:four one two five five "
    "five zero one three eight}",
    "this is {NAME:ashley} thirty five she lives in {LOCATION:washington county} near "
    "{LOCATION:canonsburg} and her ex {NAME:kyle hartman} keeps driving by the house she got a "
    "pfa on {DATE:november ninth}",
    "okay {NAME:pat} sixty one retired from the {ORGANIZATION:port authority} drove the "
    "fifty four bus for twenty years his sister {NAME:maureen} died in "
    "{LOCATION:erie} last month",
    "met with {NAME:ayesha} nineteen she's a sophomore at {ORGANIZATION:pitt} studying nursing "
    "her roommate {NAME:olivia} walked her over to {ORGANIZATION:western psych} after she took "
    "a bunch of tylenol",
    "client {NAME:rich} forty six owns {ORGANIZATION:rich's auto body} in {LOCATION:greensburg} "
    "and his daughter {NAME:kayla} moved to {LOCATION:morgantown} with her boyfriend",
    "progress note for {NAME:nicole} twenty eight a teacher at {ORGANIZATION:markham "
    "elementary} in {LOCATION:mt lebanon} her mom {NAME:diane} has stage four cancer at "
    "{ORGANIZATION:hillman} and she's driving in from {LOCATION:bethel park} every day",
    "alright {NAME:marcus} thirty nine from {LOCATION:homewood} works at the "
    "{ORGANIZATION:amazon} warehouse in {LOCATION:findlay township} his cousin {NAME:tre} was "
    "shot on {DATE:october thirtieth}",
    "saw {NAME:bernadette} forty two for grief her husband {NAME:stosh} was a miner at "
    "{ORGANIZATION:cumberland mine} and died on {DATE:august eighth} she's in "
    "{LOCATION:waynesburg}",
    "this is {NAME:jordan} they're seventeen at {ORGANIZATION:allderdice} their mom {NAME:kim} "
    "found out they were cutting and called {ORGANIZATION:resolve} on sunday night",
]

SPOKEN_NOTES_SIXTY_SEVENTH_ROUND = [
    "okay session with {NAME:cody} twenty seven he works at the {ORGANIZATION:tyson} plant in "
    "{LOCATION:lexington} and his wife {NAME:yesenia} is from guatemala she's scared "
    "about ice",
    "note for {NAME:darlene} sixty four she farms with her husband {NAME:vern} near "
    "{LOCATION:broken bow} they might lose the place to the bank after the hail on {DATE:june "
    "second}",
    "this is {NAME:bailey} sixteen at {ORGANIZATION:millard north} in {LOCATION:omaha} her "
    "boyfriend {NAME:carter} sent pictures of her around school",
    "follow up with {NAME:lonnie} fifty two a trucker for {ORGANIZATION:werner} out of "
    "{LOCATION:omaha} his daughter {NAME:shelby} is in {LOCATION:kearney} and won't let him see "
    "the grandbaby",
    "alright {NAME:mrs harjo} {AGE_OVER_89:ninety six} lives with her granddaughter {NAME:tayla} "
    "in {LOCATION:okmulgee} she speaks mvskoke and goes to the indian clinic in "
    "{LOCATION:okemah}",
    "session with {NAME:jace} nineteen he's at {ORGANIZATION:k state} in {LOCATION:manhattan} "
    "plays on the line his dad {NAME:brent} pushes him hard and he's been using adderall from "
    "his buddy {NAME:tanner}",
    "saw {NAME:rhonda} forty eight a cna at {ORGANIZATION:via christi} in {LOCATION:wichita} her "
    "son {NAME:dakota} went to {ORGANIZATION:el dorado correctional} on {DATE:the fifth}",
    "okay {NAME:esperanza} thirty three works at {ORGANIZATION:national beef} in "
    "{LOCATION:dodge city} her husband {NAME:ruben} hits her and she wants to go to the shelter "
    "in {LOCATION:garden city}",
    "progress note {NAME:kolton} twenty two from {LOCATION:stillwater} he's at "
    "{ORGANIZATION:osu} his frat brother {NAME:blake} died of alcohol poisoning on "
    "{DATE:september twentieth}",
    "client {NAME:maxine} seventy one lives on {LOCATION:north forty fourth street} in "
    "{LOCATION:lincoln} her neighbor {NAME:gladys} checks on her her number is {PHONE:four zero "
    "two five five five zero one seven seven}",
    "this is {NAME:trey} thirty he's a lineman for {ORGANIZATION:oge} out of {LOCATION:enid} "
    "fell off a pole last spring and got hooked on the hydrocodone",
    "session with {NAME:priya} twenty six a resident at {ORGANIZATION:ou medical} in "
    "{LOCATION:oklahoma city} her attending {NAME:dr whitaker} yelled at her in front of the "
    "team",
    "okay {NAME:wade} forty one from {LOCATION:hays} his wife {NAME:jolene} left him for his "
    "best friend {NAME:clint} on {DATE:valentine's day}",
    "note for {NAME:shiloh} ten her grandma {NAME:peggy} has custody since her mom went to "
    "prison in {LOCATION:mcloud} she goes to {ORGANIZATION:jefferson elementary} in "
    "{LOCATION:shawnee}",
]

TYPED_NOTES_NINETEENTH_ROUND = [
    'SOAP — {NAME:Keisha Drummond}, 34. S: "I can\'t breathe on the {LOCATION:Connector}." '
    "Panic on {LOCATION:I-75/85} near {LOCATION:North Ave}. O: hyperventilating in lobby. A: "
    "panic d/o. P: interoceptive exposure; f/u {DATE:12/15}.",
    "DAP: {NAME:Terrence Oyelaran} reports conflict with supervisor at "
    "{ORGANIZATION:Delta TechOps}. Wife {NAME:Funmi} expecting in {DATE:February}. A: "
    "adjustment. P: assertiveness role play.",
    "BIRP — {NAME:Madison Pruitt} (16), {ORGANIZATION:Walton High School}. B: restricting, 3 "
    "meals skipped/day. I: CBT-E. R: ambivalent. P: weigh-in w/ {NAME:Dr. Lisa Hsu} at "
    "{ORGANIZATION:Children's Healthcare of Atlanta}.",
    "Intake. Name: {NAME:Roberto Jimenez Cardona}. DOB: {DATE:07/22/1979}. Address: "
    "{LOCATION:2281 Buford Hwy NE, Apt 14}, {LOCATION:Brookhaven}, GA {LOCATION:30329}. Phone: "
    "{PHONE:404-555-0193}. Insurance: Ambetter {HEALTH_PLAN:U7734120951}.",
    'Risk note: {NAME:Jalen Carter} posted "done with all of it" on IG ({OTHER_ID:@jcarter.404}). '
    "Mother {NAME:Tonya} called GCAL on {DATE:11/30}. Mobile crisis dispatched to "
    "{LOCATION:East Point}.",
    "GIRP. G: stay sober. I: MI, relapse prevention. R: {NAME:Wes Holloway} 41 days; attends "
    "meetings at the {ORGANIZATION:Galano Club}. P: continue weekly.",
    "Couples: {NAME:Andre} and {NAME:Michelle Baptiste}. Gottman repair attempts. {NAME:Andre} "
    "works at {ORGANIZATION:Home Depot} HQ in {LOCATION:Vinings}. Next {DATE:Wed 12/16}.",
    "EMDR: {NAME:Sgt. Kevin Moultrie}, {ORGANIZATION:Fort Moore}. Target: IED in "
    "{LOCATION:Kandahar}, 2011. SUDS 9 -> 4. VOC 3 -> 5.",
    "Group note (DBT skills): {NAME:Amber L.} practiced DEAR MAN before meeting with her "
    "landlord at {ORGANIZATION:Ashford Park Apartments}.",
    "Discharge: {NAME:Eugene Whitlock}, {AGE_OVER_89:91}, from {ORGANIZATION:Peachford} on "
    "{DATE:11/25/2026} to {ORGANIZATION:Sunrise of Dunwoody}. Son {NAME:Carl} is POA.",
    "Psychodynamic: {NAME:Naomi} explored anger at her father {NAME:Rev. Calvin Simms}, pastor "
    "of {ORGANIZATION:Greater Mount Zion}.",
    "Collateral: spoke w/ {NAME:Ms. Ortega}, {ORGANIZATION:DeKalb County DFCS}, case "
    "{OTHER_ID:DF-2026-008815}, re: {NAME:Aaliyah}'s placement.",
    "ACT: {NAME:Grace Kim} values family; committed action: visit grandmother in "
    "{LOCATION:Duluth} on {DATE:Saturday 12/12}.",
    "Play therapy: {NAME:Mateo} (6) buried the dinosaur 'so Papi can't find it.' Mother "
    "{NAME:Lucia} reports nightmares since {DATE:Halloween}.",
]

MESSAGES_SIXTEENTH_ROUND = [
    "hey its {NAME:britt} running late stuck on {LOCATION:route 28} be there in 15",
    "Hi {NAME:Dr. Farah}, this is {NAME:Connie Ybarra}, {NAME:Luis}'s mom. He got suspended from "
    "{ORGANIZATION:Hanby Middle} today. Can you call me at {PHONE:302-555-0127}?",
    "voicemail from {NAME:gerald} at 7:40 this morning says his wife {NAME:bev} fell and "
    "hes at {ORGANIZATION:st lukes} with her wont make it",
    "From: {EMAIL:m.oduya@outlook.com}\nI need a letter for my landlord at {ORGANIZATION:Maple "
    "Court} saying I need my ESA. My unit is {LOCATION:4B}. Thanks, {NAME:Mercy Oduya}",
    "text from client: cant do thursday my shift at {ORGANIZATION:costco} changed. -{NAME:ray}",
    "Hola {NAME:Sra. Beltrán}, soy {NAME:Yolanda} la mamá de {NAME:Kevin}. Él no quiere ir a la "
    "escuela {ORGANIZATION:Lincoln}. Mi número es {PHONE:915-555-0102}.",
    "VM: {NAME:Officer Dale Pruett}, {ORGANIZATION:Springdale PD}, re welfare check on "
    "{NAME:Kendra Mills} at {LOCATION:1420 Emma Ave}. Callback {PHONE:479-555-0119} ext 4.",
    "portal msg: can u send my records to my new therapist {NAME:Jenna Wolfe} at "
    "{ORGANIZATION:Lakeside Counseling} fax {FAX:616-555-0184} thx {NAME:Marisol}",
    "hi this is {NAME:pastor jim} from {ORGANIZATION:first baptist} {NAME:donnie} gave me "
    "permission to call, he's staying with us on {LOCATION:elm street} for now",
    "Email from school counselor {NAME:Ms. Tran} ({EMAIL:htran@lps.k12.ne.us}): {NAME:Abby} "
    "disclosed self-harm today, parents notified.",
    "hey its {NAME:mo} my new number is {PHONE:313-555-0160} my old phone got stolen at the "
    "{ORGANIZATION:greektown casino}",
    "Message from {NAME:Tasha} (sister of client): {NAME:Darnell} hasn't come home since "
    "Saturday night and his car is at {LOCATION:Belle Isle}?? please call",
    "can we move my appt to {DATE:dec 21} i have a court date at {ORGANIZATION:36th district} "
    "on the {DATE:14th} -{NAME:keon}",
]


def main() -> None:
    write("spoken_notes_sixty_sixth_round.jsonl", "sn66", SPOKEN_NOTES_SIXTY_SIXTH_ROUND)
    write("spoken_notes_sixty_seventh_round.jsonl", "sn67", SPOKEN_NOTES_SIXTY_SEVENTH_ROUND)
    write("typed_notes_nineteenth_round.jsonl", "tn19", TYPED_NOTES_NINETEENTH_ROUND)
    write("messages_sixteenth_round.jsonl", "mg16", MESSAGES_SIXTEENTH_ROUND)


if __name__ == "__main__":
    main()
