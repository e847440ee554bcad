"""Drafting benchmark: fact recall against human notes, unsupported sentences, identifiers
leaked, and time per note outside the model.

    python benchmarks/drafting.py [--limit N]
    SEALNOTE_BENCH_BASE_URL=http://127.0.0.1:11434/v1 SEALNOTE_BENCH_MODEL=llama3.1 ...

The corpora are medical (MTS-Dialog, ACI-Bench), not psychotherapy: read fact recall as
"how much of the human note's content the draft carries", not as note quality.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sealnote.boundary.known import KnownIdentifiers
from sealnote.drafting.flows import draft_stateless
from sealnote.drafting.formats import builtin_format
from sealnote.drafting.providers import Provider
from sealnote.drafting.providers.offline import OfflineProvider
from sealnote.drafting.providers.openai_compat import OpenAICompatProvider

NOTES = Path(os.environ.get("SEALNOTE_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared")
             ) / "data" / "notes"
WORD = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
STOP = frozenset("""the and for with was were has have had that this she he her his they them
their patient doctor about also from into there which what when then will would been being are
not but you your our any all some more most very well today""".split())


def facts(text: str) -> set[str]:
    """Content words and numbers: a crude, tool-neutral proxy for facts."""
    return {w for w in WORD.findall(text.lower()) if (len(w) > 3 or w.isdigit())
            and w not in STOP}


def known_for(item: dict[str, Any]) -> KnownIdentifiers | None:
    meta = item.get("meta") or {}
    names = [meta.get("patient_firstname"), meta.get("patient_familyname")]
    names = [n for n in names if n]
    return KnownIdentifiers.from_record({"names": names}) if names else None


def run(provider: Provider, items: list[dict[str, Any]]) -> dict[str, float]:
    soap = builtin_format("SOAP")
    assert soap is not None
    recalls, unsupported, sentences, leaks, times = [], 0, 0, 0, []
    for item in items:
        known = known_for(item)
        start = time.perf_counter()
        outcome = draft_stateless(item["input"], note_format=soap, modality=None,
                                  provider=provider, known=known)
        times.append(time.perf_counter() - start)
        reference = facts(item["reference"])
        if reference:
            recalls.append(len(reference & facts(outcome.draft)) / len(reference))
        unsupported += sum(f.kind == "unsupported" for f in outcome.flags)
        sentences += max(1, len(re.findall(r"[.!?](?:\s|$)", outcome.draft)))
        meta = item.get("meta") or {}
        for name in (meta.get("patient_firstname"), meta.get("patient_familyname")):
            if name and re.search(rf"\b{re.escape(name.lower())}\b", outcome.released.text.lower()):
                leaks += 1
    return {"items": len(items), "fact_recall": statistics.mean(recalls),
            "unsupported": unsupported / sentences, "leaks": leaks,
            "ms_median": 1000 * statistics.median(times),
            "ms_p95": 1000 * sorted(times)[int(0.95 * (len(times) - 1))]}


def main(argv: list[str]) -> int:
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    providers: dict[str, Provider] = {"offline": OfflineProvider()}
    base_url = os.environ.get("SEALNOTE_BENCH_BASE_URL")
    if base_url:
        providers["openai"] = OpenAICompatProvider(
            base_url=base_url, model=os.environ.get("SEALNOTE_BENCH_MODEL", "llama3.1"))
    print(f"{'corpus':<12} {'provider':<9} {'items':>6} {'fact recall':>11} "
          f"{'unsupported':>11} {'ids leaked':>10} {'ms/note p50':>11} {'p95':>7}")
    if not NOTES.is_dir():
        print(f"{NOTES} not found: set SEALNOTE_SHARED_DIR to the shared folder")
        return 1
    for path in sorted(NOTES.glob("*.jsonl")):
        items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        items = [i for i in items if len(re.findall(r"\w+", i["input"])) >= 12][:limit]
        for name, provider in providers.items():
            r = run(provider, items)
            print(f"{path.stem:<12} {name:<9} {r['items']:>6} {r['fact_recall']:>11.3f} "
                  f"{r['unsupported']:>11.3f} {r['leaks']:>10} {r['ms_median']:>11.1f} "
                  f"{r['ms_p95']:>7.1f}")
    print("\nms/note with the offline provider is the boundary + grounding overhead "
          "(goal < 50 ms). ids leaked: the synthetic patient's first or family name found in "
          "what would be sent (ACI-Bench gives them; MTS-Dialog has none).")
    if not base_url:
        print("Set SEALNOTE_BENCH_BASE_URL (and SEALNOTE_BENCH_MODEL) to add a model's row.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
