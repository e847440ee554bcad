"""Write one more held-out corpus, written before it was first measured.

    benchmarks/data/crisis_and_care_notes.jsonl   risk assessments, crisis calls, safety plans,
                                                  hospital diversions and the care coordination
                                                  around them, typed and dictated

Written after the probes' rules were changed (benchmarks/probes.py). Every text is fictional
and written for Sealnote; mark-up as in make_therapy_set.py. Provider names count as NAME, as
in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

CRISIS_AND_CARE_NOTES = [
    "Crisis call 02:40 from {NAME:Delphine Achebe-Moore}, {PHONE:857-555-0162}. Reports "
    "taking 12 of her mother's clonazepam. Called 911; {ORGANIZATION:Cambridge FD} arrived. "
    "Transported to {ORGANIZATION:Mount Auburn Hospital}.",
    "safety plan reviewed with {NAME:tobias}. warning signs: not sleeping, fighting with "
    "{NAME:kendra}. people to call: his cousin {NAME:reggie} and his coach {NAME:mr. "
    "alvarado}. means restriction: dad {NAME:ron} locked up the hunting rifles.",
    "C-SSRS screen positive. {NAME:Ms. Whitfield-Obi} endorses passive SI since her son "
    "{NAME:Isaiah} was deployed to {LOCATION:Fort Bragg} in {DATE:September}. No plan or "
    "intent. Will see {DATE:Thursday 12/3}.",
    "Hospital diversion: {NAME:Cyrus} (17) brought by his aunt {NAME:Farah Nazari} from "
    "{ORGANIZATION:Newton North High School} after a post on {OTHER_ID:@cy.rus.404}. "
    "Crisis team: {NAME:Bettina Lowe}, LICSW. Referred to {ORGANIZATION:Riverside CBAT}.",
    "Mandated report: {NAME:Kaylee} (8) disclosed her mom's boyfriend {NAME:Dustin} hit "
    "her with a belt. 51A filed with {ORGANIZATION:DCF Arlington Area Office} on "
    "{DATE:11/30/2026}, intake {OTHER_ID:#3318802}. Screener {NAME:Ms. Obuya}.",
    "Grief after suicide: {NAME:Pilar}'s brother {NAME:Nico} died {DATE:October 17} in "
    "{LOCATION:Lawrence}. She found him. Postvention; she is attending the {ORGANIZATION:"
    "Samaritans} survivors group Tuesdays.",
    "phone check in with {NAME:faith} she is staying at {ORGANIZATION:casa myrna} shelter "
    "since leaving {NAME:marcus} on {DATE:the 20th}. advocate is {NAME:yolanda}, her number "
    "is {PHONE:six one seven five five five zero one four four}",
    "Risk formulation: {NAME:Mr. Szymanski}, 68, widowed, recently lost his license, "
    "firearm at home in {LOCATION:Chelmsford}. Daughter {NAME:Renata} "
    "({PHONE:978-555-0127}) agreed to remove it to her house in {LOCATION:Dracut}.",
    "ED follow-up: {NAME:Jonah Feld} seen at {ORGANIZATION:Beverly Hospital} ED "
    "{DATE:11/28} after overdose. Narcan given by his roommate {NAME:Theo}. Now at "
    "{ORGANIZATION:Lahey Behavioral Health} detox; bed {OTHER_ID:3B-14}.",
    "{NAME:Willow} (they/them) called the Trevor Project on {DATE:Thanksgiving} night. "
    "Parents ({NAME:Gregory} and {NAME:Anne Castellano}) still misgender them. Safety plan "
    "updated; school counselor {NAME:Mr. Adeyemi} informed with consent.",
    "welfare check requested from {ORGANIZATION:lowell pd} for {NAME:dante ruiz} at "
    "{LOCATION:44 fayette street apt 2} after he texted goodbye to his ex "
    "{NAME:giselle}. officer {NAME:brennan} called back at 9 pm, he is safe.",
    "{NAME:Agnes Thorvaldsen} ({AGE_OVER_89:93}) lives alone in {LOCATION:Rockport}; "
    "neighbor {NAME:Walt} found her confused and without heat. Elder protective services "
    "report to {ORGANIZATION:SeniorCare Inc.}, ref {OTHER_ID:EPS-26-1187}.",
    "Couples crisis session: {NAME:Imani} and {NAME:Marcus Oduya}. {NAME:Imani} found texts "
    "from a coworker at {ORGANIZATION:Partners HealthCare}. {NAME:Marcus} moved to his "
    "brother's in {LOCATION:Randolph} for now.",
    "Teen {NAME:Jaxon} ran away {DATE:11/26}, found {DATE:11/27} at the {ORGANIZATION:Bridge "
    "Over Troubled Waters} drop-in in {LOCATION:Boston}. Mom {NAME:Crystal} "
    "({EMAIL:crystal.b.mom@yahoo.com}) wants him home; he wants to stay with his grandpa "
    "{NAME:Earl}.",
    "IPV: {NAME:Ms. Nguyen-Baptiste} has a 209A against {NAME:Terrence Baptiste}, docket "
    "{OTHER_ID:2611RO0447}, {ORGANIZATION:Malden District Court}. He drives a gray Altima, "
    "plate MA {VEHICLE:7JK 214}. Safety plan includes {ORGANIZATION:REACH} hotline.",
    "post-hospital visit with {NAME:sunny} discharged from {ORGANIZATION:mclean} on "
    "{DATE:november twenty fifth}. started lamotrigine. her partner {NAME:devin} will hold "
    "her meds. next appointment {DATE:december ninth}",
    "Collateral from {NAME:Pastor Eli Brandt} ({ORGANIZATION:New Covenant Church}, "
    "{LOCATION:Worcester}): {NAME:Ruthie} has been sleeping in the church van. Referred to "
    "{ORGANIZATION:Abby's House}.",
    "School threat assessment for {NAME:Mason Kiely}, grade 9, {ORGANIZATION:Wachusett "
    "Regional High}. Assistant principal {NAME:Dr. Lorraine Ebbs} present. Low risk; "
    "re-entry meeting {DATE:Dec 7}.",
    "{NAME:Ezekiel} says the voices got louder after his mother {NAME:Bernice} died at "
    "{ORGANIZATION:Baystate Franklin} on {DATE:11/14}. Outreach worker {NAME:Dion} from "
    "{ORGANIZATION:ServiceNet} will visit daily.",
    "Veteran {NAME:Luis Arroyo}, Marine Corps, VA PCP at {ORGANIZATION:Bedford VA}. "
    "Anniversary of {NAME:Cpl. Daniel Ortiz}'s death ({DATE:Nov 10, 2004}, {LOCATION:Fallujah}) "
    "triggers nightmares. Veterans Crisis Line card given.",
]


def main() -> None:
    write("crisis_and_care_notes.jsonl", "crc", CRISIS_AND_CARE_NOTES)


if __name__ == "__main__":
    main()
