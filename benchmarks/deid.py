"""De-identification benchmark: token recall and precision, leaking spans, speed and memory.

    python benchmarks/deid.py [CORPUS.jsonl ...]        (default: every ../shared/data/deid corpus)

Scoring, the same for every tool: text is split into word tokens; a gold token counts as caught
when any predicted span overlaps it; precision is the share of predicted tokens that lie inside
gold spans. Spans labelled NON_SAFE_HARBOR are left out of both. A gold span "leaks" when any of
its tokens is not caught.
"""

from __future__ import annotations

import json
import re
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

TOKEN = re.compile(r"\w+", re.UNICODE)
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "deid"
IGNORED = "NON_SAFE_HARBOR"

Predict = Callable[[str], list[tuple[int, int]]]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def score(docs: list[dict[str, Any]], predictions: list[list[tuple[int, int]]]) -> dict[str, Any]:
    gold_tokens = caught = predicted_tokens = predicted_in_gold = 0
    spans_total = spans_leaking = 0
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
        "token_precision": predicted_in_gold / predicted_tokens if predicted_tokens else 1.0,
        "leaking_spans": spans_leaking / spans_total if spans_total else 0.0,
        "gold_spans": spans_total,
        "per_label_recall": {k: per_label_caught[k] / v for k, v in sorted(per_label.items())},
        "misses": misses,
        "false_hits": Counter(false_hits).most_common(40),
    }


def run(predict: Predict, docs: list[dict[str, Any]]) -> tuple[dict[str, Any], float, float]:
    """Score one tool on one corpus; returns (scores, chars per second, peak MiB)."""
    predict(docs[0]["text"])  # warm-up: load gazetteers and build automata outside the clock
    tracemalloc.start()
    start = time.process_time()
    predictions = [predict(doc["text"]) for doc in docs]
    elapsed = time.process_time() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    chars = sum(len(doc["text"]) for doc in docs)
    return score(docs, predictions), chars / elapsed if elapsed else float("inf"), peak


def sealnote_predict(text: str) -> list[tuple[int, int]]:
    from sealnote.boundary.detect import detect

    return [(s.start, s.end) for s in detect(text)]


def corpora(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    return sorted(SHARED.glob("*.jsonl")) + sorted(
        (Path(__file__).parent / "data").glob("*.jsonl"))


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    tools: dict[str, Predict] = {"sealnote": sealnote_predict}
    rows = []
    for path in corpora(argv):
        docs = load(path)
        for tool, predict in tools.items():
            result, speed, peak = run(predict, docs)
            rows.append((path.stem, tool, len(docs), result, speed, peak))
            if verbose:
                print(f"\n## {path.stem} / {tool}: per-label recall", result["per_label_recall"])
                print("misses:", *result["misses"][:60], sep="\n  ")
                print("false hits:", result["false_hits"])
    print(f"\n{'corpus':<34} {'tool':<10} {'docs':>5} {'recall':>7} {'leak%':>6} "
          f"{'precision':>9} {'chars/s':>9} {'peak MiB':>8}")
    for corpus, tool, count, result, speed, peak in rows:
        print(f"{corpus:<34} {tool:<10} {count:>5} {result['token_recall']:>7.3f} "
              f"{100 * result['leaking_spans']:>6.2f} {result['token_precision']:>9.3f} "
              f"{speed:>9,.0f} {peak:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
