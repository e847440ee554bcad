"""Write the held-out corpora of the nineteenth stop into benchmarks/data/. Each set was written
before it was first measured; its first figures are in the commit that added it.

    services_named_in_typed_notes   typed notes naming the programs, agencies, employers,
                                    shelters, clinics and lines a client deals with, most of
                                    them by plain words ("Open Door", "Bridges")
    spoken_notes_twenty_fifth_round lower-case speech to text from Texas, Oklahoma, Arkansas and
                                    Louisiana
    spoken_notes_twenty_sixth_round lower-case speech to text from Washington, Oregon, Alaska and
                                    Hawaii

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SERVICES_NAMED_IN_TYPED_NOTES = [
    "DAP. D: {NAME:Marisol Ibarra} reports she moved into {ORGANIZATION:Hannah's House} on "
    "{DATE:11/30} after her partner's arrest. Her advocate {NAME:Ms. Greer} from "
    "{ORGANIZATION:Safe Passage} is helping with the protective order. A: Hypervigilant, "
    "sleeping 4 h. P: Grounding; next session {DATE:12/9}.",
    "Client {NAME:Desmond Pratt} was let go from {ORGANIZATION:Keystone Freight} last month and "
    "has applied at {ORGANIZATION:Lancaster General}. He uses the food pantry at "
    "{ORGANIZATION:Water Street Mission} on Thursdays. BDI-II 24. Behavioral activation.",
    "Referral: {NAME:Tasha Bell}, 16, to {ORGANIZATION:Pathways} intensive outpatient "
    "(adolescent track). Mother {NAME:Lorraine} prefers evenings. School: "
    "{ORGANIZATION:Central Dauphin East}; counselor {NAME:Mr. Okafor} {PHONE:717-555-0163}.",
    "{NAME:Walter Greene} ({AGE_OVER_89:91}) was discharged from {ORGANIZATION:Heritage Pointe} "
    "rehab to his daughter's home in {LOCATION:Muncie}. Daughter {NAME:Bev} is using "
    "{ORGANIZATION:LifeStream} for Meals on Wheels. Grief work re: wife {NAME:Ada}.",
    "Group note, {DATE:December 2}: members discussed housing. {NAME:R.J.} has a bed at "
    "{ORGANIZATION:Open Door} through {DATE:Friday the 12th}; {NAME:Kay} is on the waitlist at "
    "{ORGANIZATION:Bethany Place}. Facilitator {NAME:J. Moreno}, LCSW.",
    "Safety plan for {NAME:Yusuf Adeyemi}. Reasons for living: daughter {NAME:Amina}. "
    "Supports: cousin {NAME:Tunde} {PHONE:(312) 555-0187}; {ORGANIZATION:Thresholds} "
    "case manager; 988. Means: gun stored with his brother in {LOCATION:Joliet}.",
    "{NAME:Priscilla Vance} continues at {ORGANIZATION:Gateway} for methadone, 90 mg. She "
    "works the overnight shift at {ORGANIZATION:Ferrara Candy} in {LOCATION:Bellwood}. UDS "
    "{DATE:11/24} negative except methadone. Relapse prevention.",
    "BIRP. B: {NAME:Colby} punched a wall after his tryout at {ORGANIZATION:Eastside Elite}. "
    "I: Anger thermometer. R: Engaged. P: Dad {NAME:Sean} to call {ORGANIZATION:Kinship "
    "Connections} about respite. Next {DATE:12/16}.",
    "Intake: {NAME:Odalys Perez}, referred by {ORGANIZATION:Catholic Charities} immigration "
    "program. Works at {ORGANIZATION:Sunrise Poultry} in {LOCATION:Siler City}. Husband "
    "{NAME:Rigo} detained in {DATE:October}. Spanish; interpreter {NAME:Lucia}.",
    "{NAME:Beatrice Lowe} asked for a letter for {ORGANIZATION:Greenfield Housing Authority} "
    "(case {OTHER_ID:HA-26-0913}) supporting an emotional support animal. Her landlord at "
    "{LOCATION:Riverside Commons} has refused twice.",
    "Phone session. {NAME:Jerome Tate} is staying at {ORGANIZATION:Harbor Light} while his "
    "benefits restart; his VA social worker {NAME:Ms. Pham} set up rides through "
    "{ORGANIZATION:DAV}. Veteran, Marine Corps, 2004-2012.",
    "Consult note: {NAME:Karin Holm} seen {DATE:12/3/2026} at request of {NAME:Dr. Bhatt}, "
    "{ORGANIZATION:Aspirus Wausau}. Prior treatment at {ORGANIZATION:North Central Health "
    "Care}. Works at {ORGANIZATION:Greenheck} as a welder. MRN {MRN:W5589012}.",
    "{NAME:Imani} reports her mother {NAME:Dorothy} is now at {ORGANIZATION:Brookdale "
    "Westlake} memory care. {NAME:Imani} drives from {LOCATION:Avon Lake} every "
    "Sunday and feels guilty. Caregiver stress; self-compassion.",
    "Termination summary: {NAME:Gus Ferreira} completed 16 sessions of CPT. Transferred care "
    "to {ORGANIZATION:Stanley Street} for group. PCL-5 61 to 29. Employer "
    "{ORGANIZATION:Titleist} approved his return on {DATE:January 5}.",
    "Message from {NAME:Noor Haddad}: \"my son started at {ORGANIZATION:Crossroads} day "
    "program, bus picks him up 7:15 at {LOCATION:44 Linden Ave}, can we move to "
    "thursdays?\"",
]

SPOKEN_NOTES_TWENTY_FIFTH_ROUND = [
    "okay this is {NAME:marcus lee} he drives a truck for {ORGANIZATION:sysco} out of "
    "{LOCATION:tyler} and his wife {NAME:rochelle} left with the kids to her mom's in "
    "{LOCATION:longview} on {DATE:thanksgiving}",
    "client {NAME:brenda} says her son {NAME:tj} got arrested by {ORGANIZATION:tulsa police} "
    "outside the {ORGANIZATION:qt} on {LOCATION:admiral} and he's in the {ORGANIZATION:david l "
    "moss} jail",
    "session with {NAME:mrs boudreaux} she's {AGE_OVER_89:ninety three} lives in "
    "{LOCATION:breaux bridge} and her granddaughter {NAME:ashlyn} moved in to help she "
    "misses her husband {NAME:alcide} every sunday after mass at {ORGANIZATION:st "
    "bernard}",
    "note for {NAME:kaden} he's fifteen and got kicked off the team at {ORGANIZATION:bixby "
    "high} his dad {NAME:wade} works at the {ORGANIZATION:tinker air base} and is gone a lot",
    "client {NAME:lakeisha} works at {ORGANIZATION:tyson} in {LOCATION:springdale} on the "
    "kill floor and her supervisor {NAME:mr hatch} yells at her she's been having panic "
    "attacks in the parking lot",
    "{NAME:big earl} that's what they call him at the shop is a mechanic in "
    "{LOCATION:lake charles} and he lost everything in the storm he's staying at his sister "
    "{NAME:wanda}'s in {LOCATION:sulphur}",
    "okay {NAME:yolanda garza} her husband {NAME:rudy} is in the {ORGANIZATION:hidalgo county "
    "jail} since {DATE:november twelfth} and she cleans houses in {LOCATION:mcallen} to pay "
    "the lawyer",
    "client {NAME:jace} says his girlfriend {NAME:kinsley} is pregnant and her dad "
    "{NAME:mr pruitt} threatened him at the {ORGANIZATION:walmart} in {LOCATION:conway} on "
    "{DATE:black friday}",
    "this is {NAME:deshawn} he's a nurse at {ORGANIZATION:ochsner} on the covid unit back "
    "then and he still has nightmares his partner {NAME:andre} wants him to take leave",
    "note for {NAME:ms thibodeaux} she called from {PHONE:three three seven five five five "
    "zero one four two} her son {NAME:remy} is using again and stole her car",
    "client {NAME:hector} works at the refinery in {LOCATION:pasadena} for "
    "{ORGANIZATION:lyondell} and his brother {NAME:chuy} died on {DATE:december first} in a "
    "wreck on {LOCATION:beltway eight}",
    "{NAME:skylar} is nineteen and lives at the {ORGANIZATION:covenant house} in "
    "{LOCATION:houston} since her stepdad {NAME:ronnie} kicked her out she wants to get her "
    "ged",
    "okay session with {NAME:cheyenne whitehorse} she's {ORGANIZATION:cherokee nation} and "
    "works at the casino in {LOCATION:catoosa} her cousin {NAME:lena} overdosed last week",
    "client {NAME:aubrey} says her ex {NAME:cody} keeps parking outside her apartment at the "
    "{LOCATION:reserve at west lake} and she called {ORGANIZATION:norman police} twice",
]

SPOKEN_NOTES_TWENTY_SIXTH_ROUND = [
    "okay this is {NAME:kealoha} she works at {ORGANIZATION:foodland} in {LOCATION:kailua} "
    "and her auntie {NAME:leilani} is raising her son since the custody hearing on "
    "{DATE:november eighteenth}",
    "client {NAME:dmitri} says he got laid off from {ORGANIZATION:boeing} in "
    "{LOCATION:everett} and his wife {NAME:svetlana} wants to move back to "
    "{LOCATION:spokane} near her parents",
    "session with {NAME:tyler nakamura} he's a deckhand on a crab boat out of "
    "{LOCATION:dutch harbor} and his girlfriend {NAME:kayla} in {LOCATION:anchorage} broke up "
    "with him by text",
    "note for {NAME:mr oyelaran} he's {AGE_OVER_89:ninety one} and lives at the "
    "{ORGANIZATION:hearthstone} in {LOCATION:issaquah} his son {NAME:femi} thinks he's depressed",
    "client {NAME:river} uses they them works at {ORGANIZATION:powell's} on "
    "{LOCATION:burnside} and a customer grabbed them {DATE:last saturday} they filed a report "
    "with {ORGANIZATION:portland police}",
    "okay {NAME:angie} her son {NAME:micah} got picked up by {ORGANIZATION:king county "
    "sheriff} in {LOCATION:kent} and he's at the youth center in {LOCATION:seattle}",
    "client {NAME:josefina} picks apples in {LOCATION:wenatchee} for {ORGANIZATION:stemilt} "
    "and her husband {NAME:lalo} drinks every night since his brother died",
    "uncle {NAME:benny} that's what the kids call him is a fisherman in {LOCATION:hilo} and "
    "he lost his boat he's been staying with client and her husband {NAME:kimo} on "
    "{LOCATION:kilauea avenue}",
    "note for {NAME:brianna} she's a barista at {ORGANIZATION:dutch bros} in "
    "{LOCATION:medford} and her manager {NAME:josh} keeps texting her at night",
    "client {NAME:walt} is a retired logger in {LOCATION:aberdeen} and his daughter "
    "{NAME:crystal} overdosed at the {ORGANIZATION:red lion} on {DATE:december fourth}",
    "this is {NAME:mele} her son {NAME:sione} plays football at {ORGANIZATION:kahuku} and got "
    "a concussion she's worried he's depressed",
    "okay {NAME:darlene} called she's at {ORGANIZATION:providence} in {LOCATION:medford} "
    "with her husband {NAME:gary} who had a stroke on {DATE:monday the first}",
    "client {NAME:nuna} from {LOCATION:bethel} is staying at {ORGANIZATION:brother francis} "
    "shelter in {LOCATION:anchorage} and wants to go home but can't afford the flight",
    "note for {NAME:jared} he works at {ORGANIZATION:intel} in {LOCATION:hillsboro} and his "
    "boss {NAME:priya} put him on a performance plan he hasn't slept since",
]


def main() -> None:
    write("services_named_in_typed_notes.jsonl", "snt", SERVICES_NAMED_IN_TYPED_NOTES)
    write("spoken_notes_twenty_fifth_round.jsonl", "sn25", SPOKEN_NOTES_TWENTY_FIFTH_ROUND)
    write("spoken_notes_twenty_sixth_round.jsonl", "sn26", SPOKEN_NOTES_TWENTY_SIXTH_ROUND)


if __name__ == "__main__":
    main()
