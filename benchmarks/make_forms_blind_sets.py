"""Write a held-out corpus of forms and messages, written before it was first measured.

    benchmarks/data/forms_and_messages_elsewhere.jsonl   intake forms, portal messages,
                                                         voicemails, releases and billing
                                                         notes from practices in every region,
                                                         with every kind of number Safe Harbor
                                                         lists

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

FORMS_AND_MESSAGES_ELSEWHERE = [
    "INTAKE FORM\nName: {NAME:Lucinda Marie Halvorsen}\nDOB: {DATE:08/30/1972}\nAddress: "
    "{LOCATION:2215 W Fulton Ave}, {LOCATION:Grand Rapids}, {LOCATION:MI 49504}\nCell: "
    "{PHONE:616-555-0184}\nEmergency contact: {NAME:Erik Halvorsen} (husband) "
    "{PHONE:616-555-0117}\nEmployer: {ORGANIZATION:Steelcase}\nInsurance: Priority Health, "
    "member {HEALTH_PLAN:9400283317}",
    "Portal message {DATE:11/24} 10:12 PM from {NAME:Dominic Castellano}: hey its {NAME:dom}, "
    "cant make thursday, my shift at {ORGANIZATION:Hy-Vee} got moved. can we do monday? text me "
    "{PHONE:515.555.0139}",
    "Voicemail: 'This is {NAME:Sgt. Raymond Oyelowo} with {ORGANIZATION:Pima County Sheriff's "
    "Department} calling about {NAME:Kristy Lane}, please call {PHONE:520-555-0106} extension "
    "4412 reference {OTHER_ID:25-118804}.'",
    "AUTHORIZATION TO RELEASE. I, {NAME:Felipe Ortega Ruiz}, authorize {NAME:Dr. Nancy "
    "Whitcombe} to release records to {ORGANIZATION:Banner Behavioral Health Hospital}, "
    "{LOCATION:7575 E Earll Dr}, {LOCATION:Scottsdale}, {LOCATION:AZ 85251}. Signed "
    "{DATE:11/30/2026}.",
    "Billing note: client {NAME:Ashby Greer} paid $40 copay by card ending {ACCOUNT:4417}. "
    "Claim {OTHER_ID:2026113000481} to Ambetter resubmitted. Acct # {ACCOUNT:GR-00931}.",
    "Message from {NAME:Tamsin}'s mother: '{NAME:Tamsin}'s school ({ORGANIZATION:Lake Washington "
    "High}) wants a 504 plan. Her counselor is {NAME:Mr. Ferris}, "
    "{EMAIL:jferris@lwsd.example.org}. Thank you, {NAME:Ingrid}'",
    "Telehealth consent signed by {NAME:Kahlil Freeman} on {DATE:12/01/2026}. Located at "
    "{LOCATION:418 Oak Hill Rd}, {LOCATION:Chapel Hill}. Session link "
    "{URL:https://telehealth.example.com/room/kfreeman-8841}. IP {IP:174.99.23.210}.",
    "Fax cover: To {ORGANIZATION:Carolina Behavioral Care} ({FAX:919-555-0147}) From "
    "{ORGANIZATION:Piedmont Counseling Associates}, {PHONE:919-555-0122}. Re: "
    "{NAME:Shanice Dupree}, DOB {DATE:4-14-1995}. 6 pages.",
    "Driver's license {LICENSE:D412-7719-0043} on file for {NAME:Mr. Lonnie Ashworth}; "
    "vehicle 2014 Ford F-150, plate {VEHICLE:TN 9KJ-441} noted for parking lot incident on "
    "{DATE:11/19}.",
    "ROI: {NAME:Guadalupe 'Lupita' Mendez}, DOB {DATE:12.03.1989}, to {ORGANIZATION:El Centro "
    "de la Raza} case manager {NAME:Bernardo Ruiz}, {PHONE:206-555-0158}.",
    "Client {NAME:Wyatt Brannigan} emailed from {EMAIL:wbrannigan77@example.net}: 'moving to "
    "{LOCATION:Bozeman} {DATE:Jan 5}, can we keep doing video? new address {LOCATION:1120 S "
    "Tracy Ave}'",
    "Group roster {DATE:Dec 2026}: {NAME:A. Whitlow}, {NAME:B. Nakashima}, {NAME:C. "
    "Fortunato}, {NAME:D. Ybarra}. Room B-12, {ORGANIZATION:Mountain View Community "
    "Center}.",
    "Device note: client's CPAP (ResMed AirSense 10, serial {DEVICE:23161884502}) data shows "
    "4.1 h average use. Sleep doc {NAME:Dr. Halloran}.",
    "Patient photo on file (taken {DATE:10/2/2026}); no tattoos noted. Fingerprint scan "
    "collected by Arizona DPS for licensure.",
    "Payment plan: {NAME:Rosalind Achebe} agrees to $25/week from account {ACCOUNT:0021-448-913} "
    "at {ORGANIZATION:Navy Federal}. First draft {DATE:12/4/2026}.",
    "Note to file: {NAME:Ms. Kowalczyk}'s lawyer, {NAME:Harold Birnbaum} of {ORGANIZATION:"
    "Birnbaum & Katz LLP}, requested records under subpoena, case {OTHER_ID:2026-DR-00318}, "
    "{ORGANIZATION:Cook County Circuit Court}.",
    "Voicemail from {NAME:Pastor Oyelaran} at {ORGANIZATION:Grace Fellowship Church}: "
    "{NAME:Tobias} is staying at the church shelter, call {PHONE:(314) 555-0162}.",
    "Intake: {NAME:Ximena Batres}, 15. Lives with grandmother {NAME:Carmen Batres} at "
    "{LOCATION:905 Calle Luna}, {LOCATION:Santa Fe}. School: {ORGANIZATION:Capital High}. "
    "Medicaid ID {HEALTH_PLAN:NM71883402}.",
    "Appointment reminder sent to {PHONE:+1 (702) 555-0191} for {NAME:Ellison Park} on "
    "{DATE:Tuesday, December 8}.",
    "Records received from {ORGANIZATION:Sheppard Pratt} ({LOCATION:Towson}) for {NAME:Micah "
    "Levinson}, admitted {DATE:6/3/2025}-{DATE:6/19/2025}. Discharge psychiatrist {NAME:Dr. "
    "Adaeze Nwosu}.",
]


def main() -> None:
    write("forms_and_messages_elsewhere.jsonl", "fme", FORMS_AND_MESSAGES_ELSEWHERE)


if __name__ == "__main__":
    main()
