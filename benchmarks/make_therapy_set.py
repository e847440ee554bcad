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
    "Client's daughter {NAME:Sofia}'s quinceañera was last Saturday; she enjoyed it. "
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


def main() -> None:
    out = Path(__file__).parent / "data" / "therapy_dictations.jsonl"
    with out.open("w") as handle:
        for number, marked in enumerate(DICTATIONS):
            handle.write(json.dumps({"id": f"tdx-{number:03d}", **parse(marked)}) + "\n")
    print(f"{len(DICTATIONS)} dictations -> {out}")


if __name__ == "__main__":
    main()
