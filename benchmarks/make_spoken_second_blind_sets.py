"""Write a second held-out corpus of lower-case dictation, written before it was first measured.

    benchmarks/data/spoken_notes_second_round.jsonl   therapy notes dictated in lower case,
                                                      written after the session's rules for
                                                      lower-case dictation, to measure them on
                                                      text they were not made from

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_SECOND_ROUND = [
    "session with {NAME:marisa} today she says her boss {NAME:glen} at {ORGANIZATION:ace "
    "hardware} in {LOCATION:bozeman} keeps scheduling her on sundays even though she asked for "
    "church",
    "{NAME:dominic} relapsed after his buddy {NAME:keith}'s funeral in {LOCATION:scranton}. he "
    "used in the bathroom at the {ORGANIZATION:sheetz} on {LOCATION:route 6}. back to meetings",
    "client {NAME:lupita} reports her daughter {NAME:itzel} got accepted to {ORGANIZATION:ut "
    "austin}. mixed feelings, she'll be alone with her husband {NAME:chuy} who drinks",
    "{NAME:hank} is eighty two and still drives. his son {NAME:gary} took the keys after he "
    "hit a mailbox on {LOCATION:birch lane}. grief about losing independence",
    "grief. {NAME:tasha}'s brother {NAME:lamont} was shot outside the {ORGANIZATION:shell "
    "station} on {LOCATION:mlk boulevard} on {DATE:halloween}. she keeps seeing it",
    "{NAME:beth ann} works the deli at {ORGANIZATION:publix} in {LOCATION:valdosta}. her "
    "coworker {NAME:rhonda} spreads rumors. assertive communication role play",
    "{NAME:kyle} says his probation officer {NAME:mr. delgado} is fair. he's doing community "
    "service at {ORGANIZATION:habitat for humanity} in {LOCATION:lubbock}",
    "couples session {NAME:bryce} and {NAME:alexis}. {NAME:alexis} found texts from a woman "
    "named {NAME:kendra} at his gym, {ORGANIZATION:anytime fitness}. rupture and repair",
    "{NAME:pedro} works construction for {ORGANIZATION:granite} on the {LOCATION:i-5} project "
    "near {LOCATION:stockton}. fell from scaffolding in {DATE:june}. chronic pain, "
    "irritability",
    "{NAME:shelby} (16) says her friend {NAME:raegan} is cutting. they both go to "
    "{ORGANIZATION:central high} in {LOCATION:cheyenne}. {NAME:shelby} wants to tell the counselor",
    "teletherapy, {NAME:owen} was at his mom's in {LOCATION:missoula}. he's failing two "
    "classes at {ORGANIZATION:montana state}. executive function coaching",
    "{NAME:dolores} (her grandson calls her {NAME:lolo}) was robbed at the {ORGANIZATION:wells "
    "fargo} atm on {LOCATION:central ave}. panic since then. she's seventy eight",
    "{NAME:brody} works at his uncle {NAME:ted}'s body shop, {ORGANIZATION:ted's auto body}, "
    "in {LOCATION:sioux city}. uncle yells, {NAME:brody} shuts down",
    "{NAME:amara} and her wife {NAME:jo} are fostering a baby through {ORGANIZATION:bethany "
    "christian services}. sleep deprived. couples check in",
    "{NAME:ruben} was let go from {ORGANIZATION:frito lay} in {LOCATION:topeka} for "
    "attendance. wants to go back to school at {ORGANIZATION:washburn}",
    "{NAME:kristen}'s husband {NAME:matt} deployed to kuwait last week. she's alone with three "
    "kids on {LOCATION:fort riley}. stress inoculation",
    "{NAME:jamie} she says her mom {NAME:linda} keeps showing up at her work, the "
    "{ORGANIZATION:olive garden} in {LOCATION:joplin}, drunk. boundaries",
    "session {NAME:arturo} talked about his father {NAME:don ramon} who died in jalisco while "
    "{NAME:arturo} couldn't travel. ambiguous grief",
]


def main() -> None:
    write("spoken_notes_second_round.jsonl", "sn2", SPOKEN_NOTES_SECOND_ROUND)


if __name__ == "__main__":
    main()
