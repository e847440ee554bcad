"""Write two held-out corpora set outside New England, written before they were first measured.

    benchmarks/data/practices_across_the_country.jsonl   therapy notes, typed and dictated,
                                                         from practices in other regions
    benchmarks/data/referrals_and_discharges.jsonl       referral letters, discharge and
                                                         hospital notes in the external style

The earlier sets lean on one region's towns, employers and schools; these move the same kinds of
text to the Midwest, the South, the Mountain West and the Pacific coast. Every text is fictional
and written for Sealnote; mark-up as in make_therapy_set.py. Provider names count as NAME, as in
the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

PRACTICES_ACROSS_THE_COUNTRY = [
    "{NAME:Deshawn} is back from his grandmother's funeral in {LOCATION:Jackson}. He missed two "
    "shifts at {ORGANIZATION:Nissan} in {LOCATION:Canton} and is worried about points. "
    "Behavioral activation plan revised; PHQ-9 17.",
    "dictation for {NAME:marisol trevino}. she came in crying, her husband {NAME:ruben} got "
    "picked up by ICE outside the {ORGANIZATION:h-e-b} on {LOCATION:nogalitos}. the kids are "
    "with her sister {NAME:yesenia}. grounding, then we called the legal aid line",
    "{NAME:Brynn Halvorsen}, 34, nurse at {ORGANIZATION:Sanford Health} in {LOCATION:Fargo}. "
    "Moral injury after the winter surge. CPT stuck point: 'I should have saved him.' Next "
    "appointment {DATE:12/9}.",
    "Couples: {NAME:Tyler} and {NAME:Kaitlyn Ostrowski}. Fight over whether to move to "
    "{LOCATION:Green Bay} for {NAME:Tyler}'s job at {ORGANIZATION:Schneider}. Gottman "
    "dreams-within-conflict exercise.",
    "teen session with {NAME:jaylen} (15). he got jumped after the game at {ORGANIZATION:north "
    "side high}. coach {NAME:hargrove} drove him home. denies SI. mom {NAME:tasha} wants him "
    "moved to {ORGANIZATION:paschal}.",
    "{NAME:Mrs. Oyelaran-Price} reports her mother, {AGE_OVER_89:94}, fell at "
    "{ORGANIZATION:Brookdale Richmond Heights} on {DATE:Thanksgiving}. Caregiver guilt; "
    "self-compassion break practiced.",
    "EMDR reprocessing of the {DATE:May 2011} tornado in {LOCATION:Joplin}. {NAME:Dakota} was "
    "at the {ORGANIZATION:Home Depot} on {LOCATION:Range Line Road} when it hit. SUD 9 to 3.",
    "{NAME:Lupe} (goes by {NAME:Lulu}) says her supervisor at {ORGANIZATION:Tyson} in "
    "{LOCATION:Springdale} keeps cutting her hours since she asked for FMLA. Assertiveness "
    "role play. Her phone changed: {PHONE:479-555-0142}.",
    "Group note. Present: {NAME:Arturo}, {NAME:Bev}, {NAME:Colton}, {NAME:Hannelore}. "
    "{NAME:Bev} shared that her son {NAME:Wade} relapsed and is at {ORGANIZATION:Valley Hope} "
    "in {LOCATION:O'Neill}. Group processed shame.",
    "IFS: {NAME:Sawyer} worked with the firefighter part that drinks after calls. He is a "
    "medic with {ORGANIZATION:Denver Health Paramedics}, station {LOCATION:Green Valley "
    "Ranch}. Unblended briefly.",
    "ct states that her ex {NAME:landon} keeps driving past her place on {LOCATION:kimberly "
    "ave} in {LOCATION:bettendorf}. protective order hearing {DATE:dec 14} at the "
    "{ORGANIZATION:scott county courthouse}. safety plan updated",
    "{NAME:Kawika} talked about leaving {LOCATION:Hilo} for the Navy at 18 and "
    "never going home. His tutu {NAME:Leilani} is sick. ACT values card sort; family and "
    "land.",
    "Psychodynamic. {NAME:Evangeline} returned to her memory of her father's hardware store, "
    "{ORGANIZATION:Thibodeaux & Sons}, in {LOCATION:Houma}, and the flood that closed it in "
    "{DATE:2005}. Transference: she apologised for being late, again.",
    "{NAME:Nkechi} wants a letter for her employer, {ORGANIZATION:Cerner}, about a reduced "
    "schedule. Member ID {HEALTH_PLAN:XJH884120573}. Fax letter to HR at {FAX:816-555-0177}.",
    "phone session. {NAME:gus} is at his daughter's in {LOCATION:boise} through "
    "{DATE:new year's}. he drank twice. urge surfing. he'll try the {ORGANIZATION:alano club} "
    "on {LOCATION:state street}",
    "{NAME:Xiomara} (they/them), 22, student at {ORGANIZATION:UC Davis}. Roommate "
    "{NAME:Priyanka} found them after an overdose on {DATE:November 30}; seen at "
    "{ORGANIZATION:Sutter Davis Hospital}. Chain analysis started.",
    "DBT individual. {NAME:Harlow} was fired from {ORGANIZATION:Starbucks} on {LOCATION:Pearl "
    "Street} after yelling at a customer. Used opposite action afterward. Diary card urges "
    "4/5.",
    "{NAME:Mr. Begay} talked about his late wife {NAME:Loretta} and the trading post they ran "
    "near {LOCATION:Kayenta}. He is {AGE_OVER_89:92} and lives with his grandson "
    "{NAME:Darrell} in {LOCATION:Flagstaff}.",
    "Client {NAME:Annika} reports her boss, {NAME:Dr. Feldstein}, at {ORGANIZATION:Mayo} "
    "criticised her in rounds. Cognitive restructuring. Email for worksheets: "
    "{EMAIL:annika.l.strand@example.net}.",
    "session w/ {NAME:roxanne}. her brother {NAME:dale} is in {ORGANIZATION:parchman} and "
    "calls collect every sunday. she can't afford it. grief for the brother she had. "
    "next visit {DATE:12/16}",
    "{NAME:Odalys Figueroa}, DOB {DATE:7/19/1988}, lives at {LOCATION:4410 NW 7th St, Apt "
    "212}, {LOCATION:Miami}, {LOCATION:FL 33126}. Referred by {ORGANIZATION:Jackson Memorial} "
    "after a panic presentation.",
    "Play therapy, {NAME:Beau} (6). Mom {NAME:Crystal} says preschool at {ORGANIZATION:First "
    "Baptist Learning Center} asked her to pick him up early three times. Sand tray: a volcano.",
]

REFERRALS_AND_DISCHARGES = [
    "DISCHARGE SUMMARY. Patient: {NAME:Harold T. Eckstrom}. MRN: {MRN:4471920}. Admitted "
    "{DATE:11/18/2026}, discharged {DATE:11/24/2026}. Attending: {NAME:Samuel Adeyemi}, MD. "
    "Follow up with {NAME:Dr. Liang} at {ORGANIZATION:Froedtert Behavioral Health} in one week.",
    "Referral: Dear {NAME:Dr. Kirschbaum}, I am referring {NAME:Ms. Renata Oliveira} (DOB "
    "{DATE:03/08/1979}) for neuropsychological testing. She works as a paralegal at "
    "{ORGANIZATION:Baker Botts} in {LOCATION:Houston}. Sincerely, {NAME:Megan Castellano}, "
    "LPC.",
    "Pt is a {AGE_OVER_89:91} yo man from {LOCATION:Dubuque} brought by EMS from "
    "{ORGANIZATION:Stonehill Care Center} with acute confusion. Son {NAME:Gary} at bedside. "
    "Psych consulted for capacity.",
    "ED note {DATE:12/01/26} 0312. 27F, {NAME:Kassandra Yazzie}, presents after ingestion "
    "of 20 tabs of APAP. Boyfriend {NAME:Tre} called 911 from {LOCATION:2207 Alameda Dr}. "
    "Poison control case {OTHER_ID:PC-26-0449817}.",
    "Hospital course: {NAME:Mr. Villalobos} was placed on a 72-hour hold at {ORGANIZATION:St. "
    "Joseph's Behavioral Health Center} ({LOCATION:Stockton}). Social work contacted his "
    "employer, {ORGANIZATION:Amazon} {ORGANIZATION:SCK4}, regarding leave.",
    "CONSULT. Requested by {NAME:Dr. Oduya}. 64 y/o veteran, {NAME:Lamar Whitlock}, SSN "
    "{SSN:412-55-8830}, Vietnam era, lives alone in {LOCATION:Murfreesboro}. Admits to "
    "drinking a fifth daily.",
    "Transition of care: {NAME:Aubree Lindqvist}, 17, discharged to {ORGANIZATION:Rogers "
    "Behavioral Health} residential in {LOCATION:Oconomowoc}. Mother {NAME:Sigrid} is legal "
    "guardian; cell {PHONE:(262) 555-0119}.",
    "Letter of support. {NAME:Ignacio Reyes-Montoya} has attended weekly psychotherapy with "
    "me since {DATE:February 2025} at {ORGANIZATION:Sangre de Cristo Counseling}, "
    "{LOCATION:1200 Cerrillos Road}, {LOCATION:Santa Fe}. {NAME:Ruth Abernathy}, LCSW.",
    "Progress note (inpatient). {NAME:Winona} slept 6 h. Attended group. Visited by her aunt "
    "{NAME:Pearl Sixkiller}. Plan: discharge {DATE:Friday 12/4} to home in {LOCATION:Tahlequah}.",
    "Intake packet received by fax from {ORGANIZATION:Cone Health} ({FAX:336-555-0108}). "
    "Pt {NAME:Jermaine Battle}, Medicaid {HEALTH_PLAN:9938127744M}. Prior psychiatrist "
    "{NAME:Dr. Anneliese Voss}.",
    "Neuropsych report excerpt: {NAME:Mr. Castellanos} completed 14 years of education "
    "at {ORGANIZATION:El Paso Community College} and worked 20 years for "
    "{ORGANIZATION:Union Pacific}. WAIS-IV FSIQ 96.",
    "Pt seen in the {ORGANIZATION:Intermountain} clinic on {DATE:11/30}. Wife {NAME:Shauna} "
    "reports he has been sleeping in his truck at the {LOCATION:Lagoon} parking lot. Plate "
    "{VEHICLE:UT 8K2 1MX}.",
    "Records request: please send all records for {NAME:Bethany Kuykendall}, DOB "
    "{DATE:10-02-1994}, to {ORGANIZATION:Lakeside Family Therapy}, {LOCATION:780 Lake "
    "Shore Blvd}, {LOCATION:Evanston}, {LOCATION:IL 60201}. Signed release on file.",
    "Court letter: re State v. {NAME:Dorsey}, case no. {OTHER_ID:24CR-118207}. "
    "{NAME:Mr. Dorsey} has completed 16 of 26 sessions of the batterer intervention "
    "program at {ORGANIZATION:Safe Passage}.",
    "Discharge instructions reviewed with pt and her partner {NAME:Mika}. Crisis line 988. "
    "Outpatient appointment with {NAME:Theresa Nakamura}, PMHNP at {ORGANIZATION:Kaiser "
    "Permanente Oakland} on {DATE:12/8/2026} at 10:30.",
    "H&P: {NAME:Cletus Ray Pickens}, 58, farmer near {LOCATION:Hays}, brought in by his "
    "neighbor {NAME:Loyd}. Found in the barn with a rifle. Wife died in {DATE:August}. "
    "Admit to {ORGANIZATION:HaysMed} 4 North.",
]


def main() -> None:
    write("practices_across_the_country.jsonl", "pac", PRACTICES_ACROSS_THE_COUNTRY)
    write("referrals_and_discharges.jsonl", "rad", REFERRALS_AND_DISCHARGES)


if __name__ == "__main__":
    main()
