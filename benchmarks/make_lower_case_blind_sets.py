"""Write a held-out corpus of lower-case dictation about work, school and town life, written
before it was first measured.

    benchmarks/data/lower_case_town_life.jsonl   therapy notes dictated in lower case in which
                                                 clients name the shops, plants, churches,
                                                 bars, gyms and schools of their towns, and the
                                                 people in them

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

LOWER_CASE_TOWN_LIFE = [
    "{NAME:darnell} got hired at the {ORGANIZATION:honda plant} in {LOCATION:lincoln} on second "
    "shift. first job since prison. his sponsor {NAME:ray} drives him",
    "she's been drinking at the {ORGANIZATION:rusty nail} after work most nights. her husband "
    "{NAME:brent} doesn't know. we did a decisional balance",
    "{NAME:kenzie} quit cheer at {ORGANIZATION:bryant high} after the coach {NAME:mrs. tolliver} "
    "called her fat in front of the team. restricting again",
    "client works the register at {ORGANIZATION:casey's} on {LOCATION:highway 30} in "
    "{LOCATION:ames}. robbed at gunpoint {DATE:last thursday}. acute stress",
    "{NAME:marcus} volunteers at {ORGANIZATION:second harvest} on saturdays with his "
    "grandmother {NAME:pearl}. it's the one thing that helps, he says",
    "they go to {ORGANIZATION:new life tabernacle} where her father {NAME:pastor dean} preaches. "
    "she came out to her mom {NAME:donna} last week",
    "{NAME:alejandro} trains at {ORGANIZATION:gracie barra} in {LOCATION:mesa}. brazilian "
    "jiu jitsu keeps him from fighting. his girlfriend {NAME:yaretzi} is pregnant",
    "{NAME:wade} got laid off from {ORGANIZATION:cummins} in {LOCATION:columbus} after 19 years. "
    "his wife {NAME:tami} works at the {ORGANIZATION:kroger} on {LOCATION:national road}",
    "{NAME:bree} says the manager at {ORGANIZATION:buc-ee's} in {LOCATION:new braunfels} "
    "{NAME:gus} keeps touching her shoulder. she reported it to HR",
    "grief session. {NAME:lottie}'s son {NAME:jace} overdosed in the parking lot of the "
    "{ORGANIZATION:waffle house} off {LOCATION:exit 112} on {DATE:october 9}",
    "{NAME:travis} coaches little league at {LOCATION:veterans park} and his co-coach "
    "{NAME:dwight} keeps undermining him. anger management work",
    "she cleans rooms at the {ORGANIZATION:grand hotel} on {LOCATION:mackinac island} in the "
    "summer and moves back in with her mom {NAME:sharon} in {LOCATION:cheboygan} for winter",
    "{NAME:tyrell} is a sophomore at {ORGANIZATION:morehouse}. his roommate {NAME:kofi} "
    "noticed he stopped going to class. panic and depression",
    "{NAME:june} and {NAME:earl} met at the {ORGANIZATION:elks lodge} dance 52 years ago. "
    "{NAME:earl} now has dementia and lives at {ORGANIZATION:prairie view care center}",
    "{NAME:shayla} was jumped outside {ORGANIZATION:club vibe} on {LOCATION:beale street} "
    "saturday night. her cousin {NAME:tanisha} took her to the {ORGANIZATION:regional "
    "one} er",
    "he delivers for {ORGANIZATION:schwan's} out of {LOCATION:marshall} and drinks in the truck. "
    "boss {NAME:lyle} smelled it on him. final warning",
    "{NAME:maddie} works at her aunt {NAME:rhonda}'s salon, {ORGANIZATION:shear elegance}, in "
    "{LOCATION:hattiesburg}. boundaries with family at work",
    "her son {NAME:eli} got kicked out of {ORGANIZATION:kinder care} on {LOCATION:sheridan "
    "blvd} for biting. parent child interaction therapy referral",
]


def main() -> None:
    write("lower_case_town_life.jsonl", "lct", LOWER_CASE_TOWN_LIFE)


if __name__ == "__main__":
    main()
