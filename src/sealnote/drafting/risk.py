"""Risk capture: when the dictation mentions risk, the draft gets a section the clinician
completes. The model never writes the risk conclusion."""

from __future__ import annotations

import re

from sealnote.drafting.grounding import Flag

CONCERNS: dict[str, re.Pattern[str]] = {
    "suicidal ideation": re.compile(
        r"\b(?:suicid\w*|SI\b|kill (?:my|her|him|them)sel(?:f|ves)|end (?:my|her|his|their) "
        r"life|wants? to die|wish(?:ed)? (?:she|he|they|I) (?:was|were) dead|death wish|"
        r"better off dead|thoughts of (?:death|dying)|passive (?:SI|death wish)|C-SSRS)",
        re.IGNORECASE),
    "self-harm": re.compile(r"\b(?:self[- ]harm\w*|cutting|cut (?:her|him|them)sel\w*|burn(?:ed|"
                            r"ing)? (?:her|him|them)sel\w*|NSSI)\b", re.IGNORECASE),
    "harm to others": re.compile(r"\b(?:HI\b|homicid\w*|hurt (?:someone|him|her|them)|"
                                 r"kill (?:him|her|them|someone)|threaten\w* to (?:hurt|kill))",
                                 re.IGNORECASE),
    "abuse or neglect": re.compile(r"\b(?:abus\w*|neglect\w*|molest\w*|hit (?:me|her|him|them)|"
                                   r"choked|strangled|CPS|DCF|APS|domestic violence)\b",
                                   re.IGNORECASE),
}
# A model stating a risk level; the whole sentence around it is taken out.
MODEL_CONCLUSION = re.compile(r"\b(?:risk (?:level|rating|assessment)\s*(?:is|:)?\s*"
                              r"(?:low|moderate|medium|high|minimal|imminent|elevated)|"
                              r"(?:low|moderate|high|minimal|imminent) (?:suicide |acute )?risk)"
                              r"\b", re.IGNORECASE)


def _sentences_with_conclusions(draft: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in MODEL_CONCLUSION.finditer(draft):
        start = max(draft.rfind(".", 0, match.start()), draft.rfind("\n", 0, match.start())) + 1
        stop = [i for i in (draft.find(".", match.end()), draft.find("\n", match.end()))
                if i != -1]
        end = min(stop) + 1 if stop else len(draft)
        if not found or start >= found[-1][1]:
            found.append((start, end))
    return found


def concerns(dictation: str) -> list[str]:
    """The kinds of risk the dictation mentions."""
    return [kind for kind, pattern in CONCERNS.items() if pattern.search(dictation)]


def risk_section(found: list[str]) -> str:
    """The structured section the clinician fills in."""
    lines = ["Risk assessment (to be completed by the clinician):",
             f"- Concerns mentioned in the dictation: {', '.join(found)}",
             "- Risk level: [clinician to complete]",
             "- Safety plan reviewed: [yes / no]",
             "- Actions taken: [clinician to complete]"]
    if "abuse or neglect" in found:
        lines.append("- Mandated reporting considered: [yes / no; required where abuse or neglect "
                     "of a child, elder or dependent adult is suspected]")
    else:
        lines.append("- Mandated reporting considered: [yes / no / not applicable]")
    return "\n".join(lines)


def remove_conclusions(draft: str) -> tuple[str, list[Flag]]:
    """Take out every sentence in which the model states a risk level: the clinician decides."""
    flags: list[Flag] = []
    for start, end in reversed(_sentences_with_conclusions(draft)):
        flags.append(Flag("risk_conclusion", draft[start:end].strip(),
                          "the model wrote a risk conclusion; removed: the clinician decides"))
        draft = draft[:start] + draft[end:]
    return draft.strip(), flags


def section_for(dictation: str) -> tuple[str | None, list[Flag]]:
    """The risk section the clinician must complete, when the dictation mentions risk."""
    found = concerns(dictation)
    if not found:
        return None, []
    return risk_section(found), [Flag("risk_section", "Risk assessment",
                                      "complete the risk assessment before signing")]
