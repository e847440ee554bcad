"""Write benchmarks/data/therapy_dictations.jsonl from the marked-up dictations below.

Every dictation is fictional and written for Sealnote. Mark-up: {LABEL:text}.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DICTATIONS = [
    "Session with {NAME:Peggy} today. She says {NAME:Thomas} has been working late at "
    "{ORGANIZATION:Cedar Point Boatworks} and she feels alone with {NAME:Lily}. PHQ-9 is 11, "
    "down from 15. We did a thought record on 'I ruin everything'. Continue CBT weekly.",
    "client reports her husband {NAME:mike} moved out on {DATE:october 3rd} and took the kids "
    "to his mom's place in {LOCATION:Fall River}. she's sleeping four hours. used TIPP and "
    "paced breathing. safety plan reviewed, no SI today.",
    "{NAME:Dash} came in anxious after a panic attack on the bus to "
    "{ORGANIZATION:Southcoast Community College}. Interoceptive exposure, SUDS 70 to 30. "
    "His mother {NAME:Grace} called the office from {PHONE:774-555-0130} to ask about billing.",
    "{NAME:Hope} talked about retirement and missing the harbour. Her son {NAME:Will} visits "
    "on Sundays. ACT values work; she hopes to volunteer at the {ORGANIZATION:New Bedford "
    "Whaling Museum}. Grief is heavier near {DATE:July 21}, her late husband's birthday.",
    "{NAME:Toby} is 14 days sober, going to SMART Recovery twice a week and AA on Fridays. "
    "Cravings 3/10. His wife {NAME:Priya} came for the last ten minutes. Naltrexone "
    "50 mg continues per {NAME:Dr. Osei}. MI and relapse prevention.",
    "{NAME:Summer} had nightmares three times this week after a code on her unit at "
    "{LOCATION:St. Anne's Hospital}. EMDR phase 2, calm place 'lighthouse'. Her sister "
    "{NAME:Keiko} is staying with her at {LOCATION:230 Hathaway Road, Unit 2}.",
    "Couples session, {NAME:Marcus} and {NAME:Jenna Alvarez}. Gottman four horsemen, "
    "lots of criticism and stonewalling. Homework: soft start-up. Next session "
    "{DATE:12/14}. {NAME:Jenna}'s email is {EMAIL:jenna.alvarez88@example.com} for the handouts.",
    "Intake: {NAME:Robert James Kowalczyk}, goes by {NAME:Bobby}, DOB {DATE:04/02/1961}, "
    "MRN {MRN:RB-000377}, Medicaid ID {HEALTH_PLAN:MA440192837}. Lives alone at "
    "{LOCATION:55 Coggeshall Street} in {LOCATION:New Bedford}, {LOCATION:MA 02746}. "
    "Referred by his PCP, {NAME:Dr. Hannah Lindgren}.",
    "her grandmother is {AGE_OVER_89:93 years old} and still lives on her own in "
    "{LOCATION:Westport}. client is the main caregiver. discussed boundaries, "
    "self-compassion, and respite care options. GAD-7 12.",
    "Play therapy with {NAME:Mateo}, age 7. Sandtray: a castle with a wall around it. "
    "Mom says the teacher, {NAME:Ms. Ferreira}, sent a note home about hitting. "
    "School is {ORGANIZATION:Pulaski Elementary School}.",
    "{NAME:Amara} disclosed that her boyfriend {NAME:Devon} choked her last weekend. "
    "Safety planning, domestic violence hotline, discussed a restraining order. "
    "She will stay with her aunt in {LOCATION:Providence}. Call her at {PHONE:(401) 555-0187} "
    "only, not the home number.",
    "DBT skills group check-in: {NAME:Kayleigh} used DEAR MAN with her manager at "
    "{ORGANIZATION:Market Basket} and got the schedule changed. Diary card shows urges 2/5, "
    "no self-harm this week.",
    "Telehealth session; client logged in from {IP:73.114.22.9}. Connection dropped twice. "
    "She is moving to {LOCATION:Portland} on {DATE:January 15, 2027} and asked for a referral.",
    "IFS session: {NAME:Jonah} met the 'critic' part and the exile it protects. "
    "Discussed his father {NAME:Aaron Whitfield}'s drinking when he was a boy in "
    "{LOCATION:Worcester}.",
    "Insurance member ID {HEALTH_PLAN:BCX492018376}, claim {OTHER_ID:CLM-2026-118842} "
    "denied; client upset. Account {ACCOUNT:00418-77231} is past due. "
    "Gave her the number for the billing office.",
    "{NAME:Will} will try the exposure hierarchy again. He hopes the grace period at work "
    "lasts through summer. Talked about {NAME:Hope}, his ex, who texted him on "
    "Monday {DATE:the 9th}.",
    "PE session 6 for {NAME:Sgt. Dana Whitaker}. In vivo exposure at the "
    "{LOCATION:Walmart on Route 6}. PCL-5 down to 38. Vehicle plate {VEHICLE:7XK-442} came "
    "up in the trauma narrative.",
    "Client's daughter {NAME:Sofia}'s quinceañera was {DATE:last Saturday}; she enjoyed it. "
    "Behavioral activation going well. Sertraline 100 mg, no side effects. "
    "Her instagram is {OTHER_ID:@sofi.dances} and she worries about what she posts.",
    "client is a 42 y/o married father of two who works night shifts at the Amazon warehouse "
    "in {LOCATION:Fall River}. wife is {NAME:Denise}, kids are {NAME:Caleb} (9) and "
    "{NAME:Maddie} (6).",
    "Met with {NAME:Harper} today. {NAME:Harper}'s dad, {NAME:Gregory Lindqvist-Hale}, dropped "
    "her off and mentioned the custody hearing on {DATE:Nov. 18}.",
    "{NAME:Toni} discussed her relationship with her girlfriend {NAME:Ximena} and their plan to "
    "move to {LOCATION:Providence} after {NAME:Ximena} finishes at {ORGANIZATION:Brown}.",
    "{NAME:Bryce} said {NAME:coach Ramirez} benched him before the state finals; he's at "
    "{ORGANIZATION:Dartmouth High}.",
    "Session 12 with {NAME:Mrs. Oyelaran-Mensah}. Her grandson {NAME:Kwame} visited from "
    "{LOCATION:Accra}.",
    "the pt's sister, {NAME:Rosalind}, called from her cell {PHONE:(774) 555-0102} asking if "
    "she could attend.",
    "Discussed her late mother {NAME:Bernadette}'s funeral at {ORGANIZATION:St. Mary's Church} "
    "last spring.",
    "he moved out of his apartment at {LOCATION:88 Rockland St #2} and is now staying with his "
    "friend {NAME:dmitri} on the couch.",
    "{NAME:Lorenzo}'s probation officer, {NAME:Officer Kaplan}, requires monthly attendance "
    "letters; fax to {FAX:508-555-0177}.",
    "She showed me a photo of her son {NAME:Elijah} on her phone and cried.",
    "Client works for {ORGANIZATION:Brightline Dental Partners} as a hygienist and supervises "
    "{NAME:Tasha} and {NAME:Imani}.",
    "PCP is {NAME:Dr. Nguyen-Tran} at {ORGANIZATION:Southcoast Physicians Group}; last labs "
    "{DATE:09/12/2026}.",
    "Parents {NAME:Ahmed} and {NAME:Layla} attended; discussed {NAME:Yusuf}'s IEP meeting at "
    "{ORGANIZATION:Keith Middle School} on Thursday.",
    "She's been texting her ex, {NAME:Brandon Michaels}, and his new girlfriend {NAME:Kelsey} "
    "blocked her on Instagram ({OTHER_ID:@kelsey.rae_}).",
    "Veteran, served two tours in {LOCATION:Kandahar} with the 101st Airborne; VA case worker is "
    "{NAME:Marisol Ortega}.",
]


# Written after the rules that the first set shaped, and measured before any change for them:
# the check of how the boundary does on dictation it has not seen (first run: token recall
# 0.897, 15.2% of spans leaking, precision 0.928). Gold fixed since: repeated mentions of a
# name are marked, and "Grandpa" stays outside the name, as "Mom" does.
SECOND_SET = [
    "so today {NAME:marisol} talked mostly about her brother {NAME:tavo} who got picked up again "
    "last weekend, she drove out to the jail in {LOCATION:Taunton} to see him. she's exhausted. "
    "PHQ-9 16. we did behavioral activation planning, she'll walk with her neighbor {NAME:ruth} "
    "twice this week.",
    "Family session with {NAME:Oliver} (8) and his dad {NAME:Kenji Watanabe}. "
    "{NAME:Oliver}'s teacher at {ORGANIZATION:Hathaway Elementary}, {NAME:Ms. Pereira}, sent a "
    "behavior log. PCIT coaching, labeled praise up to 12 per 5 min. Dad's cell "
    "{PHONE:(508) 555-0199}.",
    "Client {NAME:Bea} is {AGE_OVER_89:94} and lives with her granddaughter {NAME:Shauna} on "
    "{LOCATION:Rivet Street}. Grief work around her husband {NAME:Arthur}, who died "
    "{DATE:March 2}. Reminiscence therapy. She still drives to {ORGANIZATION:St. Lawrence "
    "Church} every Sunday.",
    "Intake for {NAME:Devontae Marshall}, DOB {DATE:7/19/2003}, MRN {MRN:44718823}. Referred by "
    "{ORGANIZATION:UMass Dartmouth} counseling after a DUI; court docket {OTHER_ID:2311CR004412}. "
    "AUDIT 19. Lives at {LOCATION:17 Jenney Lane, Apt 3B}, {LOCATION:Dartmouth}, "
    "{LOCATION:MA 02747}.",
    "{NAME:Ines} says her supervisor {NAME:Gary} at {ORGANIZATION:Titleist} keeps scheduling "
    "her on nights. Panic symptoms 4x this week. Cognitive restructuring; she'll email me her "
    "log at {EMAIL:ines.dacosta@example.net}.",
    "telehealth session, client joined from her car outside {ORGANIZATION:Market Basket} in "
    "{LOCATION:Swansea} for privacy. partner {NAME:jordan} has been checking her phone. IPV "
    "screen positive, safety plan updated, hotline number given. next appt "
    "{DATE:tuesday the 9th}.",
    "{NAME:Rocco} reports 60 days sober today. Sponsor is {NAME:Big Mike} from the Tuesday "
    "night AA meeting at {ORGANIZATION:Grace Episcopal}. Suboxone 8 mg per "
    "{NAME:Dr. Agarwal} at {LOCATION:Stanley Street Treatment and Resources}. Cravings 2/10.",
    "Couples: {NAME:Hannah} and {NAME:Luis Ortega-Brandt}. They married on {DATE:June 14, "
    "2019} and moved here from {LOCATION:Providence}. EFT, cycle mapping. {NAME:Luis} works at "
    "{ORGANIZATION:Acushnet Company}.",
    "{NAME:Jamal}'s mom {NAME:Tanya} called, upset about the IEP meeting at "
    "{ORGANIZATION:Keith Middle School} on {DATE:11/18}. {NAME:Jamal} is 13, ADHD combined, on "
    "Concerta 36 mg. Worked on emotion coaching with {NAME:Tanya}.",
    "veteran, {NAME:SSgt. Ray Duarte}, two tours, PCL-5 51. nightmares about {LOCATION:Ramadi}. "
    "CPT session 5, stuck point 'I should have seen it'. VA claim {OTHER_ID:C-31-448-209}. "
    "wife {NAME:Colleen} asks about couples work.",
    "{NAME:Priyanka} had a fight with her roommate {NAME:Steph} and left the apartment on "
    "{LOCATION:County Street}. She is staying at her aunt's in {LOCATION:Fairhaven} for now. "
    "DBT chain analysis of the urge to self-harm; no action taken. DERS down to 98.",
    "Spoke with {NAME:Officer Brandão} of the {ORGANIZATION:New Bedford Police Department} "
    "with the client's written consent, re: the restraining order, case {OTHER_ID:2433RO0117}. "
    "Client {NAME:Alana} feels safer since the order.",
    "{NAME:Teddy} (goes by {NAME:T}) is 16, a junior at {ORGANIZATION:Bishop Stang}, and came "
    "out to his parents last month. Family acceptance mostly good; grandfather {NAME:Walter} "
    "less so. Minority stress, affirming CBT.",
    "Group note, Thursday DBT skills: 6 attendees. {NAME:Carla} shared about her son's "
    "overdose anniversary on {DATE:October 30th}. {NAME:Dee} left early. Taught radical "
    "acceptance.",
    "client's new number is {PHONE:774.555.0163} and her new address {LOCATION:88 Ashley "
    "Boulevard}, {LOCATION:New Bedford} {LOCATION:02746}. husband {NAME:victor} still "
    "doesn't know she moved. fear of retaliation, documented per policy.",
    "Grandpa {NAME:Joe} ({NAME:Joseph Medeiros}) was a fisherman out of {LOCATION:Menemsha} "
    "for 40 years. Client {NAME:Kyle} says {NAME:Joe} is the only one who gets him. ACT defusion.",
    "Session 12 with {NAME:Wren}. {NAME:Wren} uses they/them. Transferred from {ORGANIZATION:Brown "
    "University} to {ORGANIZATION:Bristol Community College} this fall. Gender-affirming care "
    "through {NAME:Dr. Sato} at {LOCATION:Fenway Health}. GAD-7 9.",
    "Ms. {NAME:Okonkwo} brought her son {NAME:Chidi}, 10. Teacher reports he hides under the "
    "desk during fire drills. TF-CBT psychoeducation. Mom's insurance: BCBS member ID "
    "{HEALTH_PLAN:XQB884120037}.",
    "EMDR reprocessing of the accident on {LOCATION:Route 140} on {DATE:August 3, 2024}. "
    "SUDS 8 to 2, VOC 6. {NAME:Faith} noticed her shoulders relax. Her husband {NAME:Dom} "
    "drove her today.",
    "{NAME:Lucía} lost her job at {ORGANIZATION:Cliftex} and is behind on rent at "
    "{LOCATION:410 Purchase Street, #2}. Referred to {ORGANIZATION:PACE} for fuel assistance. "
    "Problem-solving therapy.",
    "Mr. {NAME:Haskell} (client) called at 9pm distressed; his daughter {NAME:April} "
    "{NAME:Haskell} is in the ICU at {LOCATION:Charlton Memorial}. Phone support 20 minutes, "
    "coping plan reviewed. Follow-up {DATE:tomorrow, 12/3}.",
    "Ongoing psychodynamic work. {NAME:Nadia} dreamed of her childhood home on "
    "{LOCATION:Pleasant Street} in {LOCATION:Fall River} and her father {NAME:Sami}. "
    "Transference discussed.",
    "client mentioned her instagram is {OTHER_ID:@salty.sailor.jen} and someone from her "
    "old job at {ORGANIZATION:Moby Dick Brewing} has been messaging her. harassment. "
    "documented, encouraged to block and report.",
    "{NAME:Everett} drove his truck, plate {VEHICLE:MA 4TR-892}, into a ditch off "
    "{LOCATION:I-195} while intoxicated on {DATE:9/27}. No injuries. Court date "
    "{DATE:January 8}. SBIRT, MI.",
    "her fitbit serial {DEVICE:FB-4471-9920-AX} shows she's sleeping under 5 hours. {NAME:Maeve} "
    "works doubles at {ORGANIZATION:Davy's Locker}. CBT-I stimulus control started.",
    "Collateral call with {NAME:Pastor Gomes} at {ORGANIZATION:Our Lady of Fatima Parish}, "
    "client {NAME:Rosa} wants him included in her support plan. Consent on file dated "
    "{DATE:10/02/2026}.",
    "{NAME:Sunny} is five, referred by her pediatrician {NAME:Dr. Lisa Chen} at "
    "{LOCATION:Southcoast Health}. Play therapy, she drew her cat {NAME:Biscuit} and her "
    "baby brother {NAME:Noah}. Selective mutism at {ORGANIZATION:Kennedy-Donovan Center} "
    "preschool.",
    "{NAME:Angel} reports his caseworker {NAME:Ms. Tran} at DCF set a "
    "reunification meeting for {DATE:the 21st}. Parenting stress index high. He is staying "
    "at the {ORGANIZATION:Sister Rose House} shelter.",
    "Hx given by client's wife {NAME:Margarida}: he wandered off from their home at "
    "{LOCATION:23 Tarkiln Hill Road} on {DATE:Nov 11}; found at the {LOCATION:Dartmouth "
    "Mall}. MoCA 19. Caregiver support and respite options.",
    "{NAME:Cody} says he and his cousin {NAME:Bryce} were fishing off {LOCATION:Gooseberry "
    "Island} when he had the first panic attack. SUDS hierarchy built. Account for the "
    "sliding-scale fee: {ACCOUNT:SF-20931}.",
]


def parse(marked: str) -> dict[str, object]:
    text, spans, cursor = "", [], 0
    for match in re.finditer(r"\{([A-Z_0-9]+):([^}]*)\}", marked):
        text += marked[cursor:match.start()]
        start = len(text)
        text += match.group(2)
        spans.append({"start": start, "end": len(text), "label": match.group(1)})
        cursor = match.end()
    text += marked[cursor:]
    return {"text": text, "spans": spans}


def write(name: str, prefix: str, dictations: list[str]) -> None:
    out = Path(__file__).parent / "data" / name
    with out.open("w") as handle:
        for number, marked in enumerate(dictations):
            handle.write(json.dumps({"id": f"{prefix}-{number:03d}", **parse(marked)}) + "\n")
    print(f"{len(dictations)} dictations -> {out}")


def main() -> None:
    write("therapy_dictations.jsonl", "tdx", DICTATIONS)
    write("therapy_dictations_second.jsonl", "tdy", SECOND_SET)


if __name__ == "__main__":
    main()
