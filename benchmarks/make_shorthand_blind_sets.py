"""Write a held-out corpus of psychiatric shorthand, written before it was first measured.

    benchmarks/data/med_management_shorthand.jsonl   medication-management and case-management
                                                     notes in clinicians' shorthand (pt, c/o,
                                                     w/, f/u, hx), from practices in every
                                                     region, with clients from many countries

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

MED_MANAGEMENT_SHORTHAND = [
    "f/u {NAME:Nguyen Thi Hoa} 52F w/ MDD. c/o poor sleep since son {NAME:Duc} moved to "
    "{LOCATION:San Jose}. zoloft 100->150. RTC 4 wks. interp {NAME:Linh} via phone.",
    "pt {NAME:Oksana Hrytsenko} 38F, arrived from {LOCATION:Kharkiv} {DATE:3/2022}. works "
    "housekeeping @ {ORGANIZATION:Marriott Downtown}. PCL-5 48. prazosin 2mg. husband "
    "{NAME:Taras} still in Ukraine.",
    "CM note: called {ORGANIZATION:Catholic Social Services} re: rent asst for {NAME:Mr. "
    "Ahmadi}. spoke w/ {NAME:Farzana} ({PHONE:405-555-0177}). f/u {DATE:Mon 12/7}.",
    "{NAME:Deng Mabior}, 29M, Dinka speaker, lives w/ cousin {NAME:Garang} in "
    "{LOCATION:Omaha}. meatpacking @ {ORGANIZATION:JBS} {LOCATION:Grand Island}. c/o HA, "
    "nightmares. started sertraline 25.",
    "med mgmt {NAME:J. Whitcomb} 67M. lithium level 0.8 on {DATE:11/25}. wife {NAME:Marjorie} "
    "reports he's 'back to himself'. next lab draw @ {ORGANIZATION:Quest} on "
    "{LOCATION:Elm Ridge Rd}.",
    "pt {NAME:Rosa Elvira Quispe} 44F, Quechua/Spanish. cleaning job @ {ORGANIZATION:Hilton "
    "Garden Inn} {LOCATION:Paterson}. daughter {NAME:Killari} (16) interprets - discussed need "
    "for pro interp.",
    "{NAME:Mohammed Al-Sayed} 58M hx PTSD, ex-interpreter for US Army in {LOCATION:Mosul}. "
    "SIV holder. lives {LOCATION:El Cajon}. son {NAME:Yousef} drives him. quetiapine 50 qhs.",
    "tele f/u {NAME:Ayesha Siddiqui} 31F postpartum. baby {NAME:Zara} b. {DATE:10/30}. EPDS 16. "
    "OB {NAME:Dr. Chen} @ {ORGANIZATION:Northwestern Prentice}. start zuranolone?",
    "{NAME:Mr. Tuilagi} 45M. works @ {ORGANIZATION:Port of Long Beach}. ETOH 12 beers/d. wife "
    "{NAME:Lani} worried. ref to {ORGANIZATION:Matrix Institute} IOP.",
    "pt {NAME:Bogdan}, 70M, Romanian. lives alone {LOCATION:Sunnyside, Queens}. "
    "neighbor {NAME:Mrs. Ionescu} checks daily. MoCA 22. donepezil per neuro.",
    "CM: {NAME:Amani Ochieng} 19F aging out of foster care. placed {ORGANIZATION:Covenant "
    "House} {LOCATION:Houston}. caseworker {NAME:Brianna} @ {PHONE:713-555-0125}. "
    "SSI appt {DATE:12/10}.",
    "{NAME:Hiroshi Tanabe} 81M, wife {NAME:Emiko} died {DATE:9/14}. sleeping in chair. "
    "daughter {NAME:Naomi} in {LOCATION:Honolulu} calls daily. mirtazapine 7.5.",
    "f/u {NAME:Kwame Asante-Boateng} 26M, grad student @ {ORGANIZATION:UIUC}. ADHD. adderall "
    "XR 20. visa stress. advisor {NAME:Prof. Lindqvist}.",
    "pt {NAME:Esra Yilmaz} 35F, pharmacist @ {ORGANIZATION:Walgreens} {LOCATION:Clifton}. "
    "panic sx since {DATE:Aug}. husband {NAME:Kerem}. propranolol 10 prn.",
    "{NAME:Tupac Mamani} 23M, DACA, works roofing w/ uncle {NAME:Wilber}. fell {DATE:11/2}, "
    "L wrist fx, seen @ {ORGANIZATION:Denver Health}. c/o anger, poor sleep.",
    "CM: transport for {NAME:Mrs. Begum} to {ORGANIZATION:Jamaica Hospital} for {DATE:12/11} "
    "ECT consult. son {NAME:Rafiq} {PHONE:718-555-0143}. Medicaid {HEALTH_PLAN:KL44820T}.",
    "{NAME:Sione Fifita} 17M. brought by aunt {NAME:'Ana}. expelled from {ORGANIZATION:Kearns "
    "High} {DATE:Nov}. THC daily. MI. f/u 2 wks.",
    "pt {NAME:Svetlana Morozova} {AGE_OVER_89:93}F via daughter {NAME:Irina}. agitation "
    "@ night at {ORGANIZATION:Brookdale Brighton}. trazodone 25. fall {DATE:11/27}.",
]


def main() -> None:
    write("med_management_shorthand.jsonl", "mms", MED_MANAGEMENT_SHORTHAND)


if __name__ == "__main__":
    main()
