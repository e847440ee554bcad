"""The Breach Notification Rule's clocks and thresholds (45 CFR 164.400-414), as pure functions.

No database: `sealnote breach deadlines` runs these without a data directory, and the incident
pages call the same code, so the CLI and the app can never disagree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

NOTICE_DAYS = 60  # individuals, media, HHS (500+), business associate to practice
HHS_IMMEDIATE_THRESHOLD = 500  # 164.408(b): 500 or more in total
MEDIA_THRESHOLD = 500  # 164.406: MORE than 500 residents of one State or jurisdiction
SUBSTITUTE_WEB_THRESHOLD = 10  # 164.404(d)(2): 10 or more with out-of-date contact details
ORAL_DELAY_MAX_DAYS = 30  # 164.412(b)
SUBSTITUTE_POSTING_DAYS = 90


class Exclusion(StrEnum):
    """The three statutory exceptions to the definition of breach (164.402(1))."""

    WORKFORCE_GOOD_FAITH = "workforce_good_faith"
    AUTHORISED_TO_AUTHORISED = "authorised_to_authorised"
    COULD_NOT_RETAIN = "could_not_retain"


EXCLUSION_TEXT = {
    Exclusion.WORKFORCE_GOOD_FAITH: "unintentional access or use by a workforce member acting "
    "in good faith and within their authority, not further used or disclosed",
    Exclusion.AUTHORISED_TO_AUTHORISED: "inadvertent disclosure between people authorised at "
    "the practice (or its business associate), not further used or disclosed",
    Exclusion.COULD_NOT_RETAIN: "good-faith belief that the unauthorised recipient could not "
    "reasonably have retained the information",
}


@dataclass(frozen=True)
class LawEnforcementDelay:
    """A law-enforcement official's request to delay notice (164.412)."""

    kind: str  # "written" or "oral"
    stated_on: date
    until: date | None = None  # written: the end of the period the statement specifies

    def end(self) -> date:
        """The last day notice is held back."""
        oral_end = self.stated_on + timedelta(days=ORAL_DELAY_MAX_DAYS)
        if self.kind == "written":
            if self.until is None:
                raise ValueError("a written law-enforcement statement must specify its period")
            return self.until
        if self.kind == "oral":  # at most 30 days, even if the official asked for longer
            return min(self.until, oral_end) if self.until else oral_end
        raise ValueError("law-enforcement delay kind is 'written' or 'oral'")

    def days(self) -> int:
        return max(0, (self.end() - self.stated_on).days)


@dataclass(frozen=True)
class Scenario:
    """What the deadlines depend on."""

    discovered: date
    affected: dict[str, int]
    unsecured: bool = True
    exception: Exclusion | None = None
    low_probability_of_compromise: bool = False
    delay: LawEnforcementDelay | None = None


@dataclass
class Deadlines:
    notifiable: bool
    reason: str
    total: int
    individuals: date | None
    hhs_route: str | None
    hhs: date | None
    media_states: list[str] = field(default_factory=list)
    media: date | None = None

    def as_json(self) -> dict[str, object]:
        """The `sealnote breach deadlines --json` shape (dates as YYYY-MM-DD)."""
        def day(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "notifiable": self.notifiable,
            "reason": self.reason,
            "total_affected": self.total,
            "individuals": {"deadline": day(self.individuals)},
            "hhs": {"route": self.hhs_route, "deadline": day(self.hhs)},
            "media": {"required": bool(self.media_states), "states": self.media_states,
                      "deadline": day(self.media)},
        }


def year_end_log_deadline(discovered: date) -> date:
    """60 days after the end of the calendar year of discovery (1 March, or 29 February
    when the next year is a leap year)."""
    return date(discovered.year, 12, 31) + timedelta(days=NOTICE_DAYS)


def _delayed(deadline: date, delay: LawEnforcementDelay | None) -> date:
    # The delay tolls the clock: every notice the subpart requires moves by its length.
    return deadline + timedelta(days=delay.days()) if delay else deadline


def notifiable(scenario: Scenario) -> tuple[bool, str]:
    """Whether notice is owed, and why (or why not)."""
    if scenario.exception is not None:
        return False, f"not a breach: {EXCLUSION_TEXT[scenario.exception]} (45 CFR 164.402(1))"
    if not scenario.unsecured:
        return False, ("the PHI was secured (encrypted per HHS guidance with the key not "
                       "compromised, or destroyed), so it is not unsecured PHI")
    if scenario.low_probability_of_compromise:
        return False, ("the documented four-factor risk assessment shows a low probability "
                       "that the PHI has been compromised")
    return True, "presumed a breach of unsecured PHI (45 CFR 164.402(2))"


def deadlines(scenario: Scenario) -> Deadlines:
    """Every notice owed for a scenario and its last day."""
    owed, reason = notifiable(scenario)
    total = sum(max(0, n) for n in scenario.affected.values())
    if not owed:
        return Deadlines(False, reason, total, None, None, None)
    individuals = _delayed(scenario.discovered + timedelta(days=NOTICE_DAYS), scenario.delay)
    if total >= HHS_IMMEDIATE_THRESHOLD:
        route, hhs = "with_individuals", individuals
    else:
        route, hhs = "annual_log", _delayed(year_end_log_deadline(scenario.discovered),
                                            scenario.delay)
    states = sorted(state.upper() for state, n in scenario.affected.items()
                    if n > MEDIA_THRESHOLD)
    return Deadlines(True, reason, total, individuals, route, hhs, states,
                     individuals if states else None)


def substitute_notice(out_of_date: int) -> str:
    """What substitute notice 164.404(d)(2) requires for this many unreachable individuals."""
    if out_of_date <= 0:
        return "none: every affected individual can be reached by first-class mail or e-mail"
    if out_of_date < SUBSTITUTE_WEB_THRESHOLD:
        return ("alternative written notice, telephone or other means for the "
                f"{out_of_date} individual(s) whose contact details are out of date")
    return (f"a conspicuous posting on the practice's home page for {SUBSTITUTE_POSTING_DAYS} "
            "days, or conspicuous notice in major print or broadcast media where they likely "
            f"live; and a toll-free number active for at least {SUBSTITUTE_POSTING_DAYS} days")


def business_associate_deadline(ba_discovered: date) -> date:
    """The business associate's notice to the practice: 60 days after its own discovery."""
    return ba_discovered + timedelta(days=NOTICE_DAYS)


def parse_scenario(document: dict[str, object]) -> Scenario:
    """A scenario from the CLI's JSON (`discovered`, `affected`, `unsecured`, and optional
    `exception`, `low_probability`, `law_enforcement`); ValueError says what is wrong."""
    try:
        discovered = date.fromisoformat(str(document["discovered"]))
    except (KeyError, ValueError):
        raise ValueError('"discovered" must be a date, YYYY-MM-DD') from None
    affected = document.get("affected", {})
    if not isinstance(affected, dict) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0
            for n in affected.values()):
        raise ValueError('"affected" must map each state to a whole number of people')
    unsecured = document.get("unsecured", True)
    if not isinstance(unsecured, bool):
        raise ValueError('"unsecured" must be true or false')
    exception = document.get("exception")
    delay = None
    if document.get("law_enforcement"):
        raw = document["law_enforcement"]
        if not isinstance(raw, dict):
            raise ValueError('"law_enforcement" must be an object')
        try:
            delay = LawEnforcementDelay(
                kind=str(raw.get("kind", "")), stated_on=date.fromisoformat(str(raw["stated_on"])),
                until=date.fromisoformat(str(raw["until"])) if raw.get("until") else None)
            delay.end()
        except (KeyError, ValueError) as err:
            raise ValueError(f'"law_enforcement": {err}') from None
    return Scenario(discovered=discovered, affected={str(k): int(v) for k, v in affected.items()},
                    unsecured=unsecured,
                    exception=Exclusion(str(exception)) if exception else None,
                    low_probability_of_compromise=bool(document.get("low_probability", False)),
                    delay=delay)
