"""Read a Business Associate Agreement and say, clause by clause, what it holds.

One small class per clause, in the manner of a recognizer: the sentences that show the clause
is there, and the signs that it is there but weak (slow breach notice, training or secondary
use allowed, retention past the service). Required clauses come from 45 CFR 164.504(e)(2) and
164.314(a); the AI clauses are contract practice for model vendors. It reads text, PDF and DOCX
and never sends the document anywhere. It is an aid to a reviewer, not legal advice."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from sealnote.errors import InvalidInput

Flags = re.IGNORECASE | re.DOTALL
NEGATED = re.compile(r"\b(?:not|never|no|nor|neither|prohibited|shall not|will not|may not|"
                     r"must not|cannot)\b", re.IGNORECASE)
OBLIGATION = re.compile(r"\b(?:shall|will|may|must|agrees?)\b", re.IGNORECASE)
SLOWEST_BREACH_NOTICE_HOURS = 72
LONGEST_RETENTION_DAYS = 30


@dataclass(frozen=True)
class Finding:
    id: str
    title: str
    kind: str  # "required" or "ai"
    present: bool
    ok: bool
    evidence: str | None
    weakness: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "present": self.present,
                "ok": self.ok, "evidence": self.evidence}


class Clause:
    """A clause: sentences matching every pattern of any one group show it is present."""

    id: str = ""
    title: str = ""
    kind: str = "required"
    patterns: tuple[tuple[str, ...], ...] = ()

    def matches(self, sentence: str) -> bool:
        return any(all(re.search(p, sentence, Flags) for p in group) for group in self.patterns)

    def weakness(self, sentence: str) -> str | None:
        """Why a matching sentence is weak, or None when it is sound."""
        return None

    def check(self, sentences: list[str]) -> Finding:
        hits = [s for s in sentences if self.matches(s)]
        if not hits:
            return Finding(self.id, self.title, self.kind, False, False, None)
        hits.sort(key=lambda s: not OBLIGATION.search(s))  # a duty, not a heading, as evidence
        for sentence in hits:  # the first sound sentence is the best evidence
            if self.weakness(sentence) is None:
                return Finding(self.id, self.title, self.kind, True, True, sentence)
        return Finding(self.id, self.title, self.kind, True, False, hits[0],
                       self.weakness(hits[0]))


class PermittedUses(Clause):
    id, title = "permitted_uses", "Establishes the permitted and required uses and disclosures"
    patterns = ((r"\b(?:permitted|required)\b.{0,40}\buses?\b", r"\bdisclos"),
                (r"\bmay (?:only )?use (?:or|and(?:/or)?) disclose\b",),
                (r"\buse (?:or|and) disclose\b.{0,80}\b(?:perform|provide)\b.{0,40}\bservices\b",))


class NoOtherUse(Clause):
    id, title = "no_other_use", "No use or further disclosure beyond the agreement or the law"
    patterns = ((r"\bnot\b.{0,20}\buse or (?:further )?disclose\b",
                 r"\bother than\b|\bexcept as\b|\bbeyond\b"),
                (r"\bnot\b.{0,30}\bfurther disclos", r"\b(?:agreement|contract|law)\b"))


class Safeguards(Clause):
    id, title = "safeguards", "Appropriate safeguards and Security Rule (Subpart C) compliance"
    patterns = ((r"\b(?:appropriate|reasonable)\b.{0,30}\bsafeguards\b",),
                (r"\badministrative, physical,? and technical safeguards\b",),
                (r"\bsubpart C\b",))


class ReportIncidents(Clause):
    id, title = "report_incidents", "Reports uses or disclosures not permitted, breaches of " \
                                     "unsecured PHI and security incidents"
    patterns = ((r"\b(?:report|notify)\b", r"\bsecurity incident|breach|not provided for|"
                 r"not permitted\b"),)

    def weakness(self, sentence: str) -> str | None:
        if not re.search(r"security incident", sentence, Flags):
            return "does not say security incidents are reported"
        return None


class Subcontractors(Clause):
    id, title = "subcontractors", "Subcontractors agree to the same restrictions and conditions"
    patterns = ((r"\bsubcontractors?\b", r"\bsame\b.{0,40}\b(?:restrictions|conditions|"
                 r"requirements)\b"),
                (r"\bsubcontractors?\b", r"\bagree\b.{0,80}\b(?:restrictions|conditions|terms)\b"))


class Access(Clause):
    id, title = "access", "Makes PHI available for individuals' access (164.524)"
    patterns = ((r"164\.524",), (r"\baccess\b", r"\bdesignated record set\b"),
                (r"\bmake\b.{0,40}\bavailable\b.{0,60}\b(?:individual|inspect|cop(?:y|ies))\b",))


class Amendment(Clause):
    id, title = "amendment", "Makes PHI available for amendment and incorporates amendments " \
                              "(164.526)"
    patterns = ((r"164\.526",), (r"\bamend(?:ment|ments)?\b", r"\bprotected health information|"
                                 r"\bPHI\b|designated record set"))


class Accounting(Clause):
    id, title = "accounting", "Provides what an accounting of disclosures needs (164.528)"
    patterns = ((r"164\.528",), (r"\baccounting of disclosures\b",))


class PrivacyRuleCompliance(Clause):
    id, title = "privacy_rule_compliance", "Complies with the Privacy Rule when carrying out the " \
                                           "practice's obligations"
    patterns = ((r"\bcarr(?:y|ies|ying) out\b", r"\bobligations?\b",
                 r"\bsubpart E\b|\bprivacy rule\b"),)


class HhsAccess(Clause):
    id, title = "hhs_access", "Books and records available to the Secretary of HHS"
    patterns = ((r"\bsecretary\b", r"\b(?:books|records|internal practices)\b"),)


class ReturnOrDestroy(Clause):
    id, title = "return_or_destroy", "Returns or destroys all PHI at termination"
    patterns = ((r"\breturn or destroy\b",), (r"\b(?:return|destroy|destruction)\b",
                                             r"\btermination\b|\bexpiration\b"))

    def weakness(self, sentence: str) -> str | None:
        if re.search(r"\bmay retain\b|\bretain (?:a |one )?cop(?:y|ies)\b", sentence, Flags) \
                and not re.search(r"infeasible", sentence, Flags):
            return "lets the vendor keep copies without the infeasibility condition"
        return None


class Termination(Clause):
    id, title = "termination", "The practice may terminate for a material breach"
    patterns = ((r"\bterminat", r"\b(?:material(?:ly)?|breach|violat)"),)


class NoTraining(Clause):
    id, title, kind = "no_training", "No training on, or secondary use of, the data", "ai"
    patterns = ((r"\b(?:train|training|fine-tun|improve|improvement|develop)\w*\b",
                 r"\b(?:PHI|data|prompts?|outputs?|content|information|model)\b"),)

    # The refusal must govern the training itself, not some other verb in the sentence.
    refused = re.compile(r"\b(?:not|never|no|nor|prohibited from)\b[^.;]{0,100}?\b(?:train|"
                         r"fine-tun|improv|develop|secondary)|\b(?:training|secondary use)\b"
                         r"[^.;]{0,60}\b(?:is|are) (?:prohibited|not permitted)", re.IGNORECASE)

    allowed = re.compile(r"\b(?:may|can|is permitted to|reserves the right to)\b(?! not)"
                         r"[^.;]{0,80}?\b(?:train|fine-tun|improv|develop)", re.IGNORECASE)

    def weakness(self, sentence: str) -> str | None:
        if not self.refused.search(sentence) or self.allowed.search(sentence):
            return "allows training or secondary use of the data"
        if re.search(r"\bunless\b|\bexcept\b.{0,60}\b(?:de-?identified|aggregate)", sentence,
                     Flags):
            return "allows training or secondary use in some cases"
        return None


class RetentionLimit(Clause):
    id, title, kind = "retention_limit", "Prompts, outputs and logs are kept only briefly", "ai"
    patterns = ((r"\b(?:retain|retention|delete|deletion|purge|store)\w*\b",
                 r"\b(?:prompts?|outputs?|logs?|inputs?|completions?|data|PHI|content)\b",
                 r"\b\d+\)?\s*(?:hours?|days?|months?|years?)\b|\bzero\b|\bnot (?:retain|store)\b|"
                 r"\bindefinitely\b|\bno longer than\b|\bimmediately\b"),)

    def weakness(self, sentence: str) -> str | None:
        if re.search(r"\bindefinitely\b|\bafter (?:the )?(?:termination|expiration)\b",
                     sentence, Flags) and not NEGATED.search(sentence):
            return "allows keeping the data beyond the service"
        days = _longest_period_days(sentence)
        if days is not None and days > LONGEST_RETENTION_DAYS:
            return f"allows keeping the data for {days} days"
        return None


class BreachNoticeHours(Clause):
    id, title, kind = "breach_notice_hours", "Breach or incident notice within a set number " \
                                             "of hours", "ai"
    patterns = ((r"\b(?:notify|notice|report)\w*\b", r"\b(?:breach|security incident)\b",
                 r"\b(?:within|no later than|not later than|not more than)\b.{0,30}\b\d+\)?\s*"
                 r"(?:business |calendar )?(?:hours?|days?)\b"),
                (r"\b(?:notify|notice|report)\w*\b", r"\b(?:breach|security incident)\b",
                 r"\bwithout unreasonable delay\b"))

    def weakness(self, sentence: str) -> str | None:
        hours = _shortest_period_hours(sentence)
        if hours is None:
            return "sets no number of hours (only 'without unreasonable delay')"
        if hours > SLOWEST_BREACH_NOTICE_HOURS:
            return f"breach notice may take {hours} hours, slower than 72"
        return None


class DataResidency(Clause):
    id, title, kind = "data_residency", "Where the data is processed and stored", "ai"
    patterns = ((r"\b(?:stored|processed|hosted|reside|located|residency|maintain)\w*\b",
                 r"\bUnited States\b|\bU\.S\.|\bUSA\b|\bcontinental\b|\bregion\b|"
                 r"\bdata residency\b"),)

    def weakness(self, sentence: str) -> str | None:
        if re.search(r"\boutside (?:of )?the United States\b|\bany country\b", sentence, Flags) \
                and not NEGATED.search(sentence):
            return "allows processing outside the United States"
        return None


class SubprocessorList(Clause):
    id, title, kind = "subprocessor_list", "A list of sub-processors, with notice of changes", "ai"
    patterns = ((r"\bsub-?processors?\b", r"\b(?:list|notify|notice|object|identif|disclose)\w*"),)

    def weakness(self, sentence: str) -> str | None:
        if re.search(r"\bchange\w*\b", sentence, Flags) and not re.search(
                r"\bnotif|\bnotice\b|\bobject", sentence, Flags):
            return "sub-processors may change without notice or a right to object"
        return None


CLAUSES: tuple[Clause, ...] = (
    PermittedUses(), NoOtherUse(), Safeguards(), ReportIncidents(), Subcontractors(), Access(),
    Amendment(), Accounting(), PrivacyRuleCompliance(), HhsAccess(), ReturnOrDestroy(),
    Termination(), NoTraining(), RetentionLimit(), BreachNoticeHours(), DataResidency(),
    SubprocessorList(),
)

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "ten": 10, "fourteen": 14, "fifteen": 15, "thirty": 30, "sixty": 60,
                 "ninety": 90, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
_PERIOD = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s*(?:\(\d+\)\s*)?"
                     r"(business |calendar )?(hours?|days?|weeks?|months?|years?)\b",
                     re.IGNORECASE)
_UNIT_HOURS = {"hour": 1, "day": 24, "week": 168, "month": 720, "year": 8760}


def _periods_hours(sentence: str) -> list[int]:
    found = []
    for number, kind_of_day, unit in _PERIOD.findall(sentence):
        value = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
        hours = value * _UNIT_HOURS[unit.lower().rstrip("s")]
        if kind_of_day.lower().startswith("business") and unit.lower().startswith("day"):
            hours = value * 24 + (value // 5) * 48  # business days span weekends
        found.append(hours)
    return found


def _shortest_period_hours(sentence: str) -> int | None:
    periods = _periods_hours(sentence)
    return min(periods) if periods else None


def _longest_period_days(sentence: str) -> int | None:
    periods = _periods_hours(sentence)
    return max(periods) // 24 if periods else None


def sentences_of(text: str) -> list[str]:
    """The agreement as sentences (clause numbers and line wrapping removed)."""
    text = re.sub(r"-\n(?=[a-z])", "", text)  # words hyphenated across lines
    blocks = re.split(r"\n\s*\n|\n(?=\s*(?:\(?[0-9ivx]+[.)]|[a-z][.)]|•|-)\s)", text)
    found = []
    for block in blocks:
        flat = re.sub(r"\s+", " ", block).strip()
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(\"])", flat):
            sentence = sentence.strip()
            if len(sentence) > 12:
                found.append(sentence)
    return found


def read_document(path: Path) -> str:
    """The text of a .txt/.md, .pdf or .docx agreement."""
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist.", hint="Check the path.")
    data = path.read_bytes()
    return document_text(data, filename=path.name)


def document_text(data: bytes, *, filename: str) -> str:
    """The text of an agreement's bytes, by its file type."""
    suffix = Path(filename).suffix.lower()
    try:
        if suffix == ".pdf":
            from pypdf import PdfReader

            return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data))
                             .pages)
        if suffix == ".docx":
            import docx

            document = docx.Document(io.BytesIO(data))
            cells = [cell.text for table in document.tables for row in table.rows
                     for cell in row.cells]
            return "\n\n".join([p.text for p in document.paragraphs] + cells)
        if suffix in (".txt", ".md", ""):
            return data.decode("utf-8", errors="replace")
    except Exception as err:  # a damaged file of any kind must give a clear message
        raise InvalidInput(f"{filename} could not be read ({type(err).__name__}).",
                           hint="Save it again as PDF, DOCX or plain text and retry.") from None
    raise InvalidInput(f"{filename}: Sealnote reads .txt, .pdf and .docx agreements.",
                       hint="Save the agreement in one of those formats.")


@dataclass(frozen=True)
class Report:
    findings: list[Finding]

    @property
    def missing(self) -> list[str]:
        return [f.id for f in self.findings if not f.present]

    @property
    def flags(self) -> list[Finding]:
        return [f for f in self.findings if f.present and not f.ok]

    @property
    def sound(self) -> bool:
        return not self.missing and not self.flags

    def as_json(self) -> dict[str, object]:
        return {"clauses": [f.as_json() for f in self.findings], "missing": self.missing,
                "flags": [{"id": f.id, "reason": f.weakness, "evidence": f.evidence}
                          for f in self.flags]}


def check_text(text: str) -> Report:
    """Every clause checked against an agreement's text."""
    sentences = sentences_of(text)
    if not sentences:
        raise InvalidInput("The agreement has no readable text.",
                           hint="A scanned PDF needs text recognition (OCR) first.")
    return Report([clause.check(sentences) for clause in CLAUSES])
