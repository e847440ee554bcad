"""Write the held-out corpora of the twenty-first stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    spoken_notes_thirty_ninth_round lower-case speech to text from Wisconsin, Minnesota and Iowa
    spoken_notes_fortieth_round     lower-case speech to text from South Texas and Oklahoma
    typed_notes_twelfth_round       typed notes by format from Kentucky and West Virginia
    messages_ninth_round            clients' texts, voicemails and portal messages

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
    "Email: Dr. {NAME:Lindqvist}, I'm writing for my son {NAME:Erik} (DOB {DATE:2/2/2009}). "
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


def main() -> None:
    write("spoken_notes_thirty_ninth_round.jsonl", "sn39", SPOKEN_NOTES_THIRTY_NINTH_ROUND)
    write("spoken_notes_fortieth_round.jsonl", "sn40", SPOKEN_NOTES_FORTIETH_ROUND)
    write("typed_notes_twelfth_round.jsonl", "tn12", TYPED_NOTES_TWELFTH_ROUND)
    write("messages_ninth_round.jsonl", "mg9", MESSAGES_NINTH_ROUND)


if __name__ == "__main__":
    main()
