"""The Breach Notification Rule's clocks and thresholds, case by case (45 CFR 164.404-412)."""

from __future__ import annotations

from datetime import date

import pytest

from sealnote.breach import rules
from sealnote.breach.rules import Exclusion, LawEnforcementDelay, Scenario, deadlines


def owed(discovered: str = "2026-03-02", **affected: int) -> rules.Deadlines:
    return deadlines(Scenario(discovered=date.fromisoformat(discovered),
                              affected=affected or {"OR": 10}))


def test_individuals_are_notified_within_60_days_of_discovery() -> None:
    assert owed("2026-03-02").individuals == date(2026, 5, 1)
    assert owed("2026-12-15").individuals == date(2027, 2, 13)


@pytest.mark.parametrize(("total", "route"), [(499, "annual_log"), (500, "with_individuals"),
                                              (501, "with_individuals")])
def test_hhs_is_told_at_once_from_500_in_total(total: int, route: str) -> None:
    split = {"OR": total // 2, "WA": total - total // 2}  # no state alone reaches 500
    result = owed("2026-03-02", **split)
    assert result.hhs_route == route
    expected = date(2026, 5, 1) if route == "with_individuals" else date(2027, 3, 1)
    assert result.hhs == expected


@pytest.mark.parametrize(("in_state", "media"), [(499, False), (500, False), (501, True)])
def test_media_needs_more_than_500_residents_of_one_state(in_state: int, media: bool) -> None:
    result = owed("2026-03-02", OR=in_state, WA=400)
    assert bool(result.media_states) is media
    assert result.media == (date(2026, 5, 1) if media else None)
    assert result.hhs_route == "with_individuals", "899 in total: HHS at once regardless"


def test_media_lists_every_state_over_500_and_only_those() -> None:
    result = owed("2026-03-02", OR=501, WA=700, ID=500, CA=20)
    assert result.media_states == ["OR", "WA"]


@pytest.mark.parametrize(("discovered", "log_due"), [
    ("2026-01-01", date(2027, 3, 1)),   # 2027 is not a leap year: 31 Dec + 60 days = 1 March
    ("2026-12-31", date(2027, 3, 1)),   # the last day of the year still counts in that year
    ("2027-07-04", date(2028, 2, 29)),  # 2028 is a leap year: 29 February
    ("2028-02-29", date(2029, 3, 1)),   # discovered on a leap day
])
def test_the_annual_log_is_due_60_days_after_the_year_of_discovery(discovered: str,
                                                                   log_due: date) -> None:
    assert owed(discovered, OR=3).hhs == log_due


def test_deadlines_across_a_leap_day() -> None:
    assert owed("2028-01-15").individuals == date(2028, 3, 15)
    assert owed("2027-01-15").individuals == date(2027, 3, 16)


def test_secured_phi_is_not_notifiable() -> None:
    result = deadlines(Scenario(discovered=date(2026, 3, 2), affected={"OR": 900},
                                unsecured=False))
    assert not result.notifiable and "secured" in result.reason
    assert result.as_json()["media"] == {"required": False, "states": [], "deadline": None}


@pytest.mark.parametrize("exclusion", list(Exclusion))
def test_each_statutory_exception_means_no_breach(exclusion: Exclusion) -> None:
    result = deadlines(Scenario(discovered=date(2026, 3, 2), affected={"OR": 900},
                                exception=exclusion))
    assert not result.notifiable and "not a breach" in result.reason
    assert result.individuals is None and result.hhs is None


def test_a_documented_low_probability_of_compromise_means_no_notice() -> None:
    result = deadlines(Scenario(discovered=date(2026, 3, 2), affected={"OR": 2},
                                low_probability_of_compromise=True))
    assert not result.notifiable and "four-factor" in result.reason


def test_a_written_law_enforcement_delay_moves_every_deadline_by_its_period() -> None:
    delay = LawEnforcementDelay(kind="written", stated_on=date(2026, 3, 10),
                                until=date(2026, 4, 9))  # 30 days
    result = deadlines(Scenario(discovered=date(2026, 3, 2), affected={"OR": 600},
                                delay=delay))
    assert result.individuals == date(2026, 5, 31)
    assert result.hhs == result.media == date(2026, 5, 31)


def test_an_oral_delay_lasts_at_most_30_days() -> None:
    asked_for_90 = LawEnforcementDelay(kind="oral", stated_on=date(2026, 3, 10),
                                       until=date(2026, 6, 8))
    assert asked_for_90.end() == date(2026, 4, 9) and asked_for_90.days() == 30
    result = deadlines(Scenario(discovered=date(2026, 3, 2), affected={"OR": 2},
                                delay=asked_for_90))
    assert result.individuals == date(2026, 5, 31)
    shorter = LawEnforcementDelay(kind="oral", stated_on=date(2026, 3, 10),
                                  until=date(2026, 3, 20))
    assert shorter.days() == 10


def test_a_written_delay_must_state_its_period() -> None:
    with pytest.raises(ValueError, match="specify its period"):
        LawEnforcementDelay(kind="written", stated_on=date(2026, 3, 10)).end()


@pytest.mark.parametrize(("unreachable", "words"), [
    (0, "none"), (9, "alternative written notice"), (10, "home page for 90 days"),
])
def test_substitute_notice_changes_at_10_people(unreachable: int, words: str) -> None:
    assert words in rules.substitute_notice(unreachable)
    if unreachable >= 10:
        assert "toll-free number active for at least 90 days" in rules.substitute_notice(
            unreachable)


def test_a_business_associate_has_60_days_from_its_own_discovery() -> None:
    assert rules.business_associate_deadline(date(2026, 11, 1)) == date(2026, 12, 31)


@pytest.mark.parametrize(("document", "problem"), [
    ({"affected": {"OR": 1}}, "discovered"),
    ({"discovered": "2026-02-30", "affected": {}}, "discovered"),
    ({"discovered": "2026-03-02", "affected": {"OR": -1}}, "affected"),
    ({"discovered": "2026-03-02", "affected": {"OR": "many"}}, "affected"),
    ({"discovered": "2026-03-02", "affected": {}, "unsecured": "yes"}, "unsecured"),
    ({"discovered": "2026-03-02", "affected": {},
      "law_enforcement": {"kind": "written", "stated_on": "2026-03-03"}}, "law_enforcement"),
])
def test_a_bad_scenario_says_what_is_wrong(document: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        rules.parse_scenario(document)
