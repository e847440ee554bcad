"""Names as therapists dictate them: lower case, nicknames, possessives, word-names."""

from __future__ import annotations

import pytest

from sealnote.boundary.detect import detect


def names(text: str) -> list[str]:
    return [s.text(text) for s in detect(text) if s.label.value == "NAME"]


@pytest.mark.parametrize(("text", "expected"), [
    ("talked with my wife sarah about the move", ["sarah"]),
    ("her son michael started kindergarten", ["michael"]),
    ("Jessica's mother called", ["Jessica"]),
    ("Met with Robert James Kowalczyk for intake.", ["Robert James Kowalczyk"]),
    ("Her partner, Jenna Alvarez-Ruiz, attended.", ["Jenna Alvarez-Ruiz"]),
    ("Referred by Dr. Patel.", ["Dr. Patel"]),
    ("Seen with Anna S. last week.", ["Anna S."]),
    ("Supervisor Maria de la Cruz approved it.", ["Maria de la Cruz"]),
    ("Her daughter Grace is struggling at school.", ["Grace"]),
    ("Hope said she would come next week.", ["Hope"]),
    ("He argued with Will about money; Will's temper scares him.", ["Will", "Will"]),
    ("Summer had nightmares again.", ["Summer"]),
    ("A client named Faith asked about groups.", ["Faith"]),
    ("Brother Duqyaha Karataev visited.", ["Duqyaha Karataev"]),
])
def test_names_are_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "She has hope that things will get better.",
    "He will try again in the summer.",
    "They said grace before dinner.",
    "I hope the exposure work continues.",
    "Faith community is important to her.",
    "Graves' disease was ruled out.",
])
def test_words_that_can_be_names_stay_words(text: str) -> None:
    assert names(text) == []
