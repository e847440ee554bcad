"""Therapy modalities: their vocabulary and interventions, which shape and label a draft."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Modality:
    key: str
    title: str
    terms: tuple[str, ...]
    interventions: tuple[str, ...]

    def found_in(self, text: str) -> list[str]:
        """This modality's terms that the text uses, in order of first use."""
        lowered = text.lower()
        hits = []
        for term in self.terms:
            match = re.search(r"(?<![\w-])" + re.escape(term.lower()) + r"(?![\w-])", lowered)
            if match:
                hits.append((match.start(), term))
        return [term for _, term in sorted(hits)]


MODALITIES: dict[str, Modality] = {m.key: m for m in (
    Modality("cbt", "Cognitive behavioural therapy (CBT)",
             ("CBT", "thought record", "cognitive restructuring", "automatic thoughts",
              "cognitive distortion", "behavioral activation", "behavioural activation",
              "activity schedule", "Socratic questioning", "core belief", "homework",
              "evidence for and against", "catastrophizing", "all-or-nothing"),
             ("identified automatic thoughts", "cognitive restructuring",
              "behavioural activation scheduling", "Socratic questioning")),
    Modality("dbt", "Dialectical behaviour therapy (DBT)",
             ("DBT", "diary card", "chain analysis", "TIPP", "DEAR MAN", "GIVE", "FAST",
              "wise mind", "distress tolerance", "emotion regulation", "radical acceptance",
              "opposite action", "mindfulness", "interpersonal effectiveness", "ACCEPTS",
              "PLEASE", "validation"),
             ("diary card review", "chain analysis", "skills coaching")),
    Modality("act", "Acceptance and commitment therapy (ACT)",
             ("ACT", "values", "committed action", "defusion", "acceptance", "willingness",
              "present moment", "self-as-context", "workability", "choice point", "hexaflex"),
             ("values clarification", "cognitive defusion", "committed action planning")),
    Modality("ifs", "Internal family systems (IFS)",
             ("IFS", "parts", "part", "Self", "exile", "protector", "manager", "firefighter",
              "unburdening", "blending", "unblending", "witnessing"),
             ("parts mapping", "unblending", "witnessing an exile")),
    Modality("emdr", "EMDR",
             ("EMDR", "bilateral stimulation", "BLS", "SUDS", "VOC", "target", "resource",
              "calm place", "safe place", "installation", "desensitization", "body scan",
              "phase"),
             ("resource installation", "desensitization with bilateral stimulation")),
    Modality("psychodynamic", "Psychodynamic therapy",
             ("transference", "countertransference", "defense", "defence", "unconscious",
              "interpretation", "insight", "attachment", "early relationships", "resistance",
              "free association"),
             ("interpretation", "exploration of transference")),
    Modality("person_centred", "Person-centred therapy",
             ("unconditional positive regard", "empathy", "empathic", "reflection",
              "genuineness", "congruence", "client-led", "reflective listening"),
             ("reflective listening", "empathic attunement")),
    Modality("mi", "Motivational interviewing (MI)",
             ("MI", "motivational interviewing", "change talk", "sustain talk", "ambivalence",
              "decisional balance", "readiness ruler", "OARS", "rolling with resistance",
              "importance", "confidence"),
             ("eliciting change talk", "decisional balance", "readiness ruler")),
    Modality("exposure", "Exposure therapies (ERP, PE, CPT)",
             ("ERP", "exposure", "response prevention", "hierarchy", "in vivo", "imaginal",
              "PE", "prolonged exposure", "CPT", "cognitive processing", "stuck point",
              "impact statement", "habituation", "SUDS"),
             ("in vivo exposure", "imaginal exposure", "stuck point work")),
    Modality("gottman", "Couples therapy (Gottman)",
             ("Gottman", "four horsemen", "criticism", "contempt", "defensiveness",
              "stonewalling", "soft start-up", "repair attempt", "love maps",
              "turning toward", "flooding"),
             ("four horsemen psychoeducation", "softened start-up practice")),
    Modality("eft", "Couples therapy (EFT)",
             ("EFT", "emotionally focused", "negative cycle", "pursue", "withdraw",
              "attachment needs", "enactment", "de-escalation", "softening"),
             ("tracking the negative cycle", "enactment")),
    Modality("family_systems", "Family systems therapy",
             ("family systems", "genogram", "triangulation", "differentiation", "enmeshment",
              "boundaries", "subsystem", "circular questioning", "structural"),
             ("genogram", "circular questioning", "boundary work")),
    Modality("play", "Play therapy",
             ("play therapy", "sandtray", "sand tray", "puppets", "tracking", "child-centered",
              "child-centred", "therapeutic play", "art", "drawing", "limit setting"),
             ("child-centred play", "sandtray", "therapeutic limit setting")),
)}
ALIASES = {"person-centred": "person_centred", "person-centered": "person_centred",
           "person_centered": "person_centred", "erp": "exposure", "pe": "exposure",
           "cpt": "exposure", "couples": "gottman", "family": "family_systems",
           "motivational interviewing": "mi"}


def get_modality(name: str) -> Modality | None:
    """A modality by key or common name (case-insensitive)."""
    key = name.strip().lower()
    return MODALITIES.get(ALIASES.get(key, key))


def recognise(text: str) -> list[tuple[Modality, list[str]]]:
    """Modalities the dictation speaks of, most terms first."""
    found = [(m, m.found_in(text)) for m in MODALITIES.values()]
    return sorted([(m, t) for m, t in found if t], key=lambda pair: -len(pair[1]))
