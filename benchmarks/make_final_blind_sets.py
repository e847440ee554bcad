"""Write the session's last held-out corpus, written before it was first measured.

    benchmarks/data/end_of_session_notes.jsonl   therapy notes, messages and letters, typed and
                                                 dictated, written after every rule and probe
                                                 of the session, to measure them as they stand

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

END_OF_SESSION_NOTES = [
    "{NAME:Annaliese} reports her ex-husband {NAME:Corbin Whitt} skipped the custody exchange "
    "at the {ORGANIZATION:Raynham PD} lobby on {DATE:Sunday 11/29}. Attorney {NAME:Priya "
    "Venkataraman} ({PHONE:508-555-0186}) filed a motion.",
    "dictated. session with {NAME:nadia} she said her boss {NAME:gary} at {ORGANIZATION:bristol "
    "county savings bank} made a comment about her hijab. she cried. we practiced assertive "
    "responses",
    "Letter: To whom it may concern, {NAME:Mr. Ezekiel Fontenot} (DOB {DATE:02/14/1961}) has "
    "been in treatment at this office since {DATE:June 2024}. {NAME:Dr. Helena Strand}, "
    "PsyD, {ORGANIZATION:Seaside Psychological Services}, {LOCATION:15 Water Street, "
    "Plymouth}.",
    "{NAME:Kenji} (10) and his mom {NAME:Aiko Tanaka-Byrne}. {NAME:Kenji} is being bullied at "
    "{ORGANIZATION:Hanover Street Elementary}. Mom works nights at {ORGANIZATION:Brigham and "
    "Women's}. CBT for anxiety, worry box.",
    "Portal message from {NAME:Delia Ruiz}: my new address is {LOCATION:88 Sycamore Lane, "
    "Apt 3C}, {LOCATION:Taunton} {LOCATION:02780}. My phone is the same. Thank you! -{NAME:D}",
    "grief session {NAME:walter} talked about his wife {NAME:june} who died at "
    "{ORGANIZATION:hope hospice} on {DATE:november seventh}. he still sets two plates. "
    "continuing bonds",
    "{NAME:Precious} (she/her) disclosed a sexual assault by a coworker at "
    "Amazon {ORGANIZATION:BOS7} in {DATE:October}. Reported to HR; case "
    "{OTHER_ID:HR-2026-11893}. Declined police report.",
    "couples: {NAME:Rafael} and {NAME:Tomasz} argued about {NAME:Tomasz}'s mother "
    "{NAME:Grażyna} staying through {DATE:New Year's}. {NAME:Rafael}'s sister {NAME:Lucía} offered "
    "her place in {LOCATION:Pawtucket}.",
    "Teen {NAME:Serenity} (16) showed a TikTok from {OTHER_ID:@ghostgirl.508} threatening "
    "her. School: {ORGANIZATION:Bishop Connolly High}. Guidance counselor {NAME:Mrs. Amaral} "
    "notified; mom {NAME:Tiffany} aware.",
    "Intake: {NAME:Bartholomew Okeke}, 58, MassHealth ID {HEALTH_PLAN:100447281930}, lives "
    "with his brother {NAME:Chinedu} in {LOCATION:Brockton}. Retired {ORGANIZATION:UPS} "
    "driver. AUDIT-C 9.",
    "EMDR: target is the crash on {LOCATION:Route 24} near {LOCATION:exit 19} on "
    "{DATE:January 3, 2025}. {NAME:Harmony} saw the other driver, {NAME:Mr. Duarte}, die. "
    "SUD 10 -> 6.",
    "DBT group: {NAME:Ivy}, {NAME:Marisela}, {NAME:Quinn} and {NAME:Tatum}. {NAME:Quinn} "
    "used TIPP after a fight with her dad {NAME:Rick} about the car.",
    "Voicemail {DATE:12/1} 9:05 am: \"Hi it's {NAME:Opal Greenleaf}, {PHONE:774-555-0109}, "
    "my son {NAME:Jasper} won't get out of bed, can you call me back\"",
    "{NAME:Ms. Villanueva-Park} is {AGE_OVER_89:91}; her daughter {NAME:Grace} is her "
    "proxy. She wants to stay at {LOCATION:Wingate at Silver Lake} in {LOCATION:Kingston}.",
    "psychodynamic. {NAME:hollis} spoke about his father's bar, the {ORGANIZATION:anchor "
    "tap}, in {LOCATION:fairhaven}, and how his dad {NAME:vern} drank through the hurricane "
    "in {DATE:1991}.",
    "Care coordination: faxed treatment summary to {NAME:Dr. Benedetta Russo} at "
    "{ORGANIZATION:Southcoast Physicians Group}, fax {FAX:508-555-0164}, re {NAME:Alvin "
    "Souza}, MRN {MRN:SC-0044721}.",
    "{NAME:Destiny} says her boyfriend {NAME:Marquis} took her EBT card and her car keys. "
    "She is staying with her cousin {NAME:Kiana} on {LOCATION:Coggeshall Street}. DV "
    "advocate {NAME:Roberta} from {ORGANIZATION:Women's Center} to call her.",
    "ACT session with {NAME:Lachlan}, 29, who drives for {ORGANIZATION:Peter Pan Bus Lines}. "
    "Panic on the {LOCATION:I-93} stretch into {LOCATION:Boston}. Defusion and willingness.",
]


def main() -> None:
    write("end_of_session_notes.jsonl", "eos", END_OF_SESSION_NOTES)


if __name__ == "__main__":
    main()
