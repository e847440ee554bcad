"""Write one more held-out corpus, written before it was first measured.

    benchmarks/data/last_held_out.jsonl   therapy notes of every kind a practice keeps, typed
                                          and dictated, written at the end of a session of rule
                                          changes to measure them on text they never saw

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

LAST_HELD_OUT = [
    "{NAME:Roisin} (34) reports the anniversary of her miscarriage is {DATE:December 14}. "
    "Her husband {NAME:Cathal} works offshore for {ORGANIZATION:Vineyard Wind} and is away "
    "until {DATE:the 20th}. Grief work, self-compassion letter.",
    "pt {NAME:delroy} came in with his daughter {NAME:shanice} who drove him from "
    "{LOCATION:mattapan}. he says his landlord {NAME:mr. petrakis} is trying to evict him "
    "from {LOCATION:31 wendover st}. referred to {ORGANIZATION:greater boston legal services}",
    "ACT. {NAME:Temperance} (\"{NAME:Tempe}\") noticed the thought 'I always ruin things' "
    "after her boss at {ORGANIZATION:Ocean State Job Lot} yelled. Values: her kids "
    "{NAME:Hazel} and {NAME:Finn}.",
    "Intake phone screen {DATE:12/1/2026}: caller {NAME:Bernadette Kowalski-Reyes}, DOB "
    "{DATE:6/3/1972}, cell {PHONE:774 555 0193}, insurance BCBS {HEALTH_PLAN:XJF884120937}. "
    "Referred by her PCP {NAME:Dr. Aarav Mehta}.",
    "{NAME:Justice} (he/they), 19, freshman at {ORGANIZATION:Bridgewater State}, panic "
    "attacks in the dining hall. Roommate {NAME:Keon} walked him to the "
    "{ORGANIZATION:Wellness Center}. Interoceptive exposure.",
    "couples: {NAME:marguerite} and {NAME:dev} fought about his mother {NAME:anjali} moving "
    "in from {LOCATION:edison} new jersey. {NAME:marguerite} feels like a guest in her own house. "
    "softened startup practice",
    "DBT. {NAME:Ivy} used TIPP after a fight with her sister {NAME:Rowan} on "
    "{DATE:Saturday 11/28}. Diary card: SI 1/5, urges to use 3/5. She has not been back to "
    "the {ORGANIZATION:Wharf Tavern} since {DATE:November 2}.",
    "Collateral: spoke with {NAME:Coach Whitlock} at {ORGANIZATION:Dighton-Rehoboth "
    "Regional} about {NAME:Brody}'s concussion and mood. Team trainer {NAME:Ms. Oyelaran} "
    "will watch for irritability.",
    "EMDR with {NAME:Wendell} today. target: the robbery at the {ORGANIZATION:Cumberland "
    "Farms} on {LOCATION:Acushnet Ave} where he worked nights ({DATE:March 2019}). SUD 9 to "
    "4.",
    "{NAME:Mrs. Fairweather} ({AGE_OVER_89:ninety-four}) attended with her son "
    "{NAME:Clive}. She still lives at {LOCATION:The Village at Hamilton Pond} but wants to "
    "go home to {LOCATION:Wareham}. Reminiscence.",
    "Telehealth: {NAME:Sunny} joined from her car outside {ORGANIZATION:Trader Joe's} in "
    "{LOCATION:Hingham}. Link {URL:https://doxy.me/drcallahan}. PHQ-9 9.",
    "Teen {NAME:Arlo} (15) showed me texts from {OTHER_ID:@kaydenxo_22} calling him names. "
    "School ({ORGANIZATION:Silver Lake Regional}) notified by mom {NAME:Jodie}. Safety "
    "planning.",
    "Psychodynamic. {NAME:Hugo} dreamed of the house on {LOCATION:Ocean Drive} in "
    "{LOCATION:Newport} where his father {NAME:Reginald} drank. Associations to me leaving "
    "for vacation {DATE:Dec 21}.",
    "Group (Seeking Safety): {NAME:Bree}, {NAME:Lena}, {NAME:Dolores} and {NAME:Kat}. "
    "{NAME:Dolores} shared that her ex {NAME:Raymond} was released from "
    "{ORGANIZATION:MCI-Norfolk} {DATE:last Tuesday}.",
    "IFS: {NAME:Moses} met a firefighter part that keeps him working doubles at "
    "{ORGANIZATION:Home Depot}. Part is 40 years old, from when his brother {NAME:Abe} died "
    "in {LOCATION:Roxbury}.",
    "note for {NAME:chantal} she says her new psychiatrist at {ORGANIZATION:bay cove} "
    "started her on seroquel fifty. her case manager {NAME:ms. lindqvist} is helping with "
    "the housing application. next session {DATE:december eighth}",
    "Release sent to {ORGANIZATION:Plymouth Probate and Family Court}, docket "
    "{OTHER_ID:PL24D0833DR}, at request of {NAME:Atty. Simone Gagnon} ({EMAIL:sgagnon@"
    "gagnonlaw.com}). Client {NAME:Dario Pimentel} signed {DATE:11/24/2026}.",
    "{NAME:Harmony} (8) brought her stuffed rabbit. Play therapy: the rabbit's house was "
    "flooded like grandma {NAME:Loretta}'s trailer in {LOCATION:Swansea}. Mom "
    "{NAME:Krystal} present last 10 min.",
    "CBT-I follow-up: {NAME:Mr. Oyelowo} works overnights as a security guard at "
    "{ORGANIZATION:South Shore Plaza}. Sleep window 0800-1430. ISI 18 -> 12.",
    "{NAME:Gideon} says his wife {NAME:Tamar} wants to move back to {LOCATION:Haifa} to be "
    "near her parents. He fears losing his job at {ORGANIZATION:Boston Scientific} "
    "if he goes.",
    "Crisis: {NAME:Jocelyn} called at 11 pm from {LOCATION:Nantasket Beach}, intoxicated. "
    "Stayed on the phone until {ORGANIZATION:Hull PD} arrived; taken to "
    "{ORGANIZATION:South Shore Hospital}.",
    "Parent session: {NAME:Luz Marina} and {NAME:Esteban}. Their son {NAME:Matías} was "
    "suspended from {ORGANIZATION:Brockton High} for vaping. Behavior chart; they will meet "
    "with assistant principal {NAME:Mr. Feeney} on {DATE:Dec 3}.",
]


def main() -> None:
    write("last_held_out.jsonl", "lho2", LAST_HELD_OUT)


if __name__ == "__main__":
    main()
