"""Minimum necessary: sensitive categories follow the practice's policy; risk is reported."""

from __future__ import annotations

from sealnote.boundary.deidentify import deidentify
from sealnote.boundary.reidentify import reidentify
from sealnote.boundary.sensitive import (
    Category,
    SensitivePolicy,
    find_sensitive,
    reidentification_risk,
)

TEXT = ("Client relapsed on alcohol after the court hearing; worried about her visa. "
        "Partner hit me, she said. Started PrEP. Discussed coming out to her parents "
        "and the abortion last year.")


def test_every_category_is_recognised() -> None:
    assert {m.category for m in find_sensitive(TEXT)} == set(Category)


def test_generalise_replaces_with_a_typed_placeholder_that_comes_back() -> None:
    policy = SensitivePolicy.of(substance_use="generalise", hiv="generalise")
    result = deidentify(TEXT, policy=policy)
    assert "alcohol" not in result.text and "[SUBSTANCE_USE_" in result.text
    assert "[HIV_1]" in result.text
    assert reidentify(result.text, surrogates=result.deidentified.surrogates).text == TEXT


def test_send_leaves_the_words_for_the_note() -> None:
    assert "alcohol" in deidentify(TEXT).text


def test_case_matters_for_short_terms() -> None:
    assert not find_sensitive("She will ice her knee and use her aids.")


def test_risk_levels() -> None:
    assert reidentification_risk("Client slept better.").level == "low"
    medium = reidentification_risk("The 47-year-old client is a twin.")
    assert medium.level == "medium" and ("exact age", "47-year-old") in medium.phrases
    assert reidentification_risk("She is the town's mayor and won the lottery.").level == "high"
