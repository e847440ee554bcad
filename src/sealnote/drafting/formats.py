"""Note formats: their sections, what belongs in each, and the words that point there."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    guidance: str
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteFormat:
    key: str
    title: str
    sections: tuple[Section, ...]
    version: int = 1
    custom: bool = False
    aliases: tuple[str, ...] = field(default=())

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


# Cue words shared by formats (a sentence goes where its cues are strongest).
SAYS = ("reports", "reported", "says", "said", "states", "stated", "describes", "shares",
        "endorses", "denies", "complains", "feels", "felt", "notes", "told", "mentions",
        "expressed", "came in", "arrived", "sleeping", "slept", "worried", "upset")
OBSERVED = ("appeared", "appears", "presented", "presents", "affect", "mood", "eye contact",
            "speech", "oriented", "groomed", "tearful", "alert", "calm", "agitated",
            "observed", "posture", "restless", "engaged", "phq", "gad", "score", "pcl",
            "suds", "rated", "measured")
INTERVENED = ("reviewed", "practiced", "practised", "used", "taught", "explored",
              "introduced", "processed", "discussed", "modeled", "modelled", "role-played",
              "psychoeducation", "exposure", "skills", "validated", "reframed", "worked on",
              "we did", "we ", "therapist", "clinician", "emdr", "cbt", "dbt", "act ",
              "intervention", "technique", "homework given", "challenged", "guided")
RESPONDED = ("responded", "response", "was able", "able to", "receptive", "engaged well",
             "resisted", "struggled", "improved", "decreased", "increased", "fell", "dropped",
             "progress", "tolerated", "understood", "insight", "agreed", "committed")
ASSESSED = ("assessment", "diagnosis", "dx", "impression", "consistent with", "meets criteria",
            "disorder", "improving", "worsening", "stable", "risk", "progress toward",
            "formulation", "appears to be", "likely")
PLANNED = ("plan", "next session", "will ", "continue", "follow up", "follow-up", "homework",
           "refer", "schedule", "return", "next week", "increase", "decrease", "taper",
           "goal for", "practice daily", "safety plan")
GOALS = ("goal", "objective", "target", "working toward", "treatment plan", "aim")
PROBLEMS = ("problem", "concern", "struggling", "difficulty", "symptom", "presenting",
            "issue", "stressor", "trigger")


def _s(key: str, title: str, guidance: str, *cues: tuple[str, ...]) -> Section:
    return Section(key, title, guidance, tuple(c for group in cues for c in group))


BUILT_IN: dict[str, NoteFormat] = {f.key: f for f in (
    NoteFormat("soap", "SOAP", (
        _s("subjective", "Subjective", "What the client reported, in their words.", SAYS),
        _s("objective", "Objective", "What the clinician observed and did; scores, measures "
           "and interventions.", OBSERVED, INTERVENED),
        _s("assessment", "Assessment", "The clinician's understanding: progress, diagnosis, "
           "risk.", ASSESSED, RESPONDED),
        _s("plan", "Plan", "Next steps, homework, follow-up, referrals.", PLANNED),
    )),
    NoteFormat("dap", "DAP", (
        _s("data", "Data", "What was said, observed and done in session.", SAYS, OBSERVED,
           INTERVENED),
        _s("assessment", "Assessment", "Interpretation, progress and risk.", ASSESSED,
           RESPONDED),
        _s("plan", "Plan", "Next steps and homework.", PLANNED),
    )),
    NoteFormat("birp", "BIRP", (
        _s("behavior", "Behavior", "How the client presented and what they reported.", SAYS,
           OBSERVED),
        _s("intervention", "Intervention", "What the clinician did.", INTERVENED),
        _s("response", "Response", "How the client responded to the intervention.",
           RESPONDED),
        _s("plan", "Plan", "Next steps and homework.", PLANNED),
    )),
    NoteFormat("girp", "GIRP", (
        _s("goals", "Goals", "The treatment-plan goals this session addressed.", GOALS),
        _s("intervention", "Intervention", "What the clinician did.", INTERVENED),
        _s("response", "Response", "How the client responded.", RESPONDED, SAYS, OBSERVED),
        _s("plan", "Plan", "Next steps and homework.", PLANNED),
    )),
    NoteFormat("pie", "PIE", (
        _s("problem", "Problem", "The problem or need addressed.", PROBLEMS, SAYS),
        _s("intervention", "Intervention", "What the clinician did.", INTERVENED),
        _s("evaluation", "Evaluation", "How the client responded; progress.", RESPONDED,
           OBSERVED, ASSESSED),
    )),
    NoteFormat("intake", "Intake assessment", (
        _s("presenting_problem", "Presenting problem", "Why the client is seeking care now.",
           PROBLEMS, SAYS),
        _s("history", "History", "Psychiatric, medical, substance, family and social history.",
           ("history", "previous", "prior", "past", "grew up", "childhood", "family",
            "hospitalized", "hospitalised", "medication", "drinks", "uses")),
        _s("mental_status", "Mental status", "Appearance, behaviour, mood, affect, thought, "
           "cognition, insight, judgement.", OBSERVED),
        _s("risk", "Risk", "Suicide, self-harm, harm to others, abuse; protective factors.",
           ("suicid", "self-harm", "harm", "safety", "weapon", "protective")),
        _s("diagnosis", "Diagnostic impression", "Working diagnosis and formulation.",
           ASSESSED),
        _s("plan", "Treatment plan", "Goals, modality, frequency, referrals.", PLANNED, GOALS),
    )),
    NoteFormat("discharge", "Discharge summary", (
        _s("reason", "Reason for discharge", "Why treatment is ending.",
           ("discharge", "ending", "termination", "terminate", "completed", "moving",
            "transfer")),
        _s("course", "Course of treatment", "What was worked on and how it went.",
           INTERVENED, RESPONDED),
        _s("status", "Status at discharge", "Symptoms, functioning and risk now.",
           OBSERVED, ASSESSED, SAYS),
        _s("recommendations", "Recommendations", "Aftercare, referrals, relapse prevention.",
           PLANNED),
    )),
)}
ALIASES = {"soap": "soap", "dap": "dap", "birp": "birp", "girp": "girp", "pie": "pie",
           "intake": "intake", "intake assessment": "intake", "discharge": "discharge",
           "discharge summary": "discharge"}


def builtin_format(name: str) -> NoteFormat | None:
    """A built-in format by key or common name (case-insensitive)."""
    key = ALIASES.get(name.strip().lower())
    return BUILT_IN.get(key) if key else None
