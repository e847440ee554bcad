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


def main() -> None:
    write("spoken_notes_forty_sixth_round.jsonl", "sn46", SPOKEN_NOTES_FORTY_SIXTH_ROUND)
    write("spoken_notes_forty_seventh_round.jsonl", "sn47", SPOKEN_NOTES_FORTY_SEVENTH_ROUND)
    write("typed_notes_fourteenth_round.jsonl", "tn14", TYPED_NOTES_FOURTEENTH_ROUND)
    write("messages_eleventh_round.jsonl", "mg11", MESSAGES_ELEVENTH_ROUND)


if __name__ == "__main__":
    main()
