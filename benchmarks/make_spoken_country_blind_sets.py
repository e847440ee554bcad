"""Write a held-out corpus of dictation as speech-to-text writes it, written before it was first
measured.

    benchmarks/data/spoken_notes_across_the_country.jsonl   therapy notes dictated into a phone
                                                            or a scribe: lower case, few marks,
                                                            numbers as words, from practices
                                                            in every region

Every text is fictional and written for Sealnote; mark-up as in make_therapy_set.py. Provider
names count as NAME, as in the i2b2 de-identification corpora.
"""

from __future__ import annotations

from make_therapy_set import write

SPOKEN_NOTES_ACROSS_THE_COUNTRY = [
    "okay this is for {NAME:wendell okafor} session four he says his wife {NAME:adaeze} is "
    "pregnant again and he's scared about money since the layoff at {ORGANIZATION:boeing} in "
    "{LOCATION:everett} we did cognitive restructuring",
    "note for {NAME:ms reyes} she says her son {NAME:mateo} got expelled from "
    "{ORGANIZATION:lincoln middle} for vaping and the principal {NAME:mr dawson} wants a "
    "meeting {DATE:thursday the tenth} she feels like a failure",
    "client {NAME:bobbi jo} reports her ex {NAME:travis} showed up at the {ORGANIZATION:dollar "
    "general} where she works in {LOCATION:pikeville} and yelled at her in front of customers "
    "we made a safety plan",
    "{NAME:jamal} came in late he had to take the bus from {LOCATION:east cleveland} his car got "
    "repossessed he's behind on rent at the {LOCATION:lakeview apartments} PHQ nine is "
    "eighteen",
    "session with {NAME:tran} she said her mother {NAME:bich ngoc} still lives in {LOCATION:garden "
    "grove} and calls every night crying about her father {NAME:minh} who has dementia",
    "this is a dictation for {NAME:clayton whitehorse} date of birth {DATE:march third nineteen "
    "seventy nine} he's a lineman for {ORGANIZATION:xcel energy} and fell off a pole in "
    "{DATE:august} chronic pain and nightmares",
    "{NAME:priscilla} said her pastor at {ORGANIZATION:greater mount zion} told her divorce is a "
    "sin she's torn we explored values and she wants to talk to her sister {NAME:odessa} first",
    "telehealth with {NAME:kai} they're at their dad's in {LOCATION:eugene} for the week their "
    "phone is {PHONE:five four one five five five zero one three eight} if the video drops",
    "{NAME:lorenzo} relapsed after his cousin's quinceañera in {LOCATION:las cruces} he's going "
    "back to meetings at the {ORGANIZATION:alano club} on {LOCATION:solano} he has forty days "
    "now",
    "dictating for {NAME:mrs henderson} {AGE_OVER_89:ninety two} years old lives at "
    "{ORGANIZATION:sunrise of chevy chase} her son {NAME:phillip} says she's more confused "
    "since the {DATE:fourteenth}",
    "second session {NAME:ashlynn} age sixteen she's a junior at {ORGANIZATION:"
    "bentonville west} and was cut from the soccer team coach {NAME:ramirez} she stopped eating "
    "lunch",
    "{NAME:dwayne} says his boss {NAME:earl} at the {ORGANIZATION:tyson plant} in {LOCATION:noel} "
    "cut his shifts after he reported the injury we talked about the workers comp call",
    "couples session {NAME:hunter} and {NAME:mackenzie} they're fighting about her mom "
    "{NAME:deb} moving in from {LOCATION:sioux falls} we did the speaker listener exercise",
    "{NAME:yusuf} is worried about his asylum hearing on {DATE:january twenty second} at the "
    "immigration court in {LOCATION:arlington} his lawyer {NAME:ms brennan} is from "
    "{ORGANIZATION:ayuda}",
    "checking in with {NAME:tammy} by phone she's at the {ORGANIZATION:motel six} on "
    "{LOCATION:route sixty six} in {LOCATION:gallup} since the fire she needs a letter for "
    "FEMA",
    "{NAME:raul} disclosed his uncle {NAME:beto} abused him at the ranch near {LOCATION:uvalde} "
    "when he was nine we started trauma narrative",
    "DBT group note {NAME:kelsey} {NAME:marisa} {NAME:jordyn} and {NAME:shay} attended "
    "{NAME:jordyn} shared that she got into {ORGANIZATION:ole miss} {NAME:shay} left early",
    "her email is {EMAIL:c underscore whitfield at yahoo dot com} she wants the worksheet "
    "on radical acceptance",
    "grandpa {NAME:ike} passed on {DATE:sunday} at {ORGANIZATION:baptist health} in "
    "{LOCATION:corbin} {NAME:kaylee} is his granddaughter and my client she was with him",
    "intake {NAME:destinee marie thibodeaux} member id {HEALTH_PLAN:LAH seven seven four "
    "two nine one} she's a cna at {ORGANIZATION:ochsner} in {LOCATION:metairie} lives with "
    "her boyfriend {NAME:trey}",
]


def main() -> None:
    write("spoken_notes_across_the_country.jsonl", "snc", SPOKEN_NOTES_ACROSS_THE_COUNTRY)


if __name__ == "__main__":
    main()
