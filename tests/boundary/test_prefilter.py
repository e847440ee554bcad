"""The RE2 prefilter may let a pattern run that then finds nothing; it never stops one that
would have found something."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from sealnote.boundary.detect import detect
from sealnote.boundary.recognizers import base, default_recognizers
from sealnote.boundary.recognizers.prefilter import PREFILTER, REPEATS, Prefilter, widened

KEPT_SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
CATEGORY_SOURCE = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
                   sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
                   sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S"}


def _patterns() -> list[re.Pattern[str]]:
    recognizers = default_recognizers()
    return list({id(p): p for r in recognizers for p in r.patterns}.values())


def _kept_texts() -> list[str]:
    return [json.loads(line)["text"] for path in sorted(KEPT_SETS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


Atom = tuple[Any, Any, bool]


def _atoms(items: Any, fold: bool, into: set[Atom]) -> None:
    """Every single-character piece (a literal, a class) of a parsed pattern, with whether case
    is folded where it stands."""
    for op, argument in items:
        if op is sre.LITERAL or op is sre.IN:
            into.add((op, tuple(argument) if op is sre.IN else argument, fold))
        elif op is sre.SUBPATTERN:
            _, flags_on, flags_off, body = argument
            _atoms(body, (fold or bool(flags_on & re.I)) and not flags_off & re.I, into)
        elif op is sre.BRANCH:
            for branch in argument[1]:
                _atoms(branch, fold, into)
        elif op in REPEATS:
            _atoms(argument[2], fold, into)
        elif op is sre.ATOMIC_GROUP:
            _atoms(argument, fold, into)
        elif op is sre.GROUPREF_EXISTS:
            _atoms(argument[1], fold, into)
            _atoms(argument[2] or [], fold, into)


def _python_source(op: Any, argument: Any, fold: bool) -> str:
    def character(code: int) -> str:
        return re.escape(chr(code))

    if op is sre.LITERAL:
        source = character(argument)
    else:
        parts = []
        for member, value in argument:
            parts.append("^" if member is sre.NEGATE else
                         character(value) if member is sre.LITERAL else
                         f"{character(value[0])}-{character(value[1])}" if member is sre.RANGE
                         else CATEGORY_SOURCE[value])
        source = f"[{''.join(parts)}]"
    return f"(?i:{source})" if fold else source


def test_every_character_each_piece_of_a_pattern_matches_in_python_it_matches_widened() -> None:
    atoms: set[Atom] = set()
    for pattern in _patterns():
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        _atoms(parsed, bool(parsed.state.flags & re.I), atoms)
    assert len(atoms) > 100
    uncovered = []
    for op, argument, fold in atoms:
        source = _python_source(op, argument, fold)
        matched = "".join(re.findall(source, EVERY_CHARACTER))
        # Each piece matches one character: the widened piece must match every one of these
        single = widened(re.compile(source))
        if re2.fullmatch(f"(?:{single})*", matched) is None:
            uncovered.append(source)
    assert uncovered == []


def test_no_pattern_that_matches_a_kept_text_is_ruled_out_and_most_are() -> None:
    patterns = _patterns()
    texts = _kept_texts()
    assert len(texts) > 2000
    wrongly_ruled_out, ruled_out_count = [], 0
    for text in texts:
        ruled_out = PREFILTER.ruled_out(text)
        for pattern in patterns:
            if id(pattern) in ruled_out:
                ruled_out_count += 1
                if pattern.search(text):
                    wrongly_ruled_out.append((pattern.pattern[:60], text[:60]))
    assert wrongly_ruled_out == []
    # what it is for: most patterns need not run on most texts
    assert ruled_out_count > 0.8 * len(patterns) * len(texts)


WORDS = ["street", "Ave", "dr", "Dr.", "works at", "the", "on", "Mrs", "Route 9", "İstanbul",
         "ıi", "ſt", "K", "straße", "STRASSE", "é", "’s", "@", ".com", "dot", "at", "508",
         "555-0142", "12/03", "March", "3rd", "Hospital", "center", "north", "zero", "oh",
         "five", "Mc", "O'", "-", ",", "\n", "\u00a0", "\u2003", "٣", "\u0301", "#", "ID"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=14))
def test_no_pattern_that_matches_any_run_of_words_and_odd_characters_is_ruled_out(
        pieces: list[str]) -> None:
    text = " ".join(pieces)
    ruled_out = PREFILTER.ruled_out(text)
    assert [p.pattern[:60] for p in _patterns()
            if id(p) in ruled_out and p.search(text)] == []


@pytest.mark.parametrize(("source", "text"), [
    (r"(?<=room )\d{3}", "in room 214"),                 # a lookbehind, dropped
    (r"é\b", "café au lait"),                            # Python's word boundary beside é
    (r"(?m)^Signed by", "Note\nSigned by Dr. Lee"),       # a line's start after the first
    (r"^Signed by", "Signed by Dr. Lee"),
    (r"(\w+) and \1", "over and over and over"),         # a backreference
    (r"(Dr\.? )?(?(1)Lee|lee)", "saw Dr Lee"),            # a conditional
    (r"\d++-\d{4}", "555-0142"),                         # a possessive repeat
    (r"(?>ab|a)c", "abc"),                               # an atomic group
    (r"(?i)istanbul", "İSTANBUL"),                       # Python folds the Turkish i to i
    (r"(?i)ſt\b", "last"),                              # and the long s to s
    (r"[^\W\d_]+ Street", "José Street"),              # a negated class
    (r"\s+\d", "\u00a0\u20037"),                        # Unicode spaces
])
def test_each_construct_is_widened_to_match_where_python_matches(source: str, text: str) -> None:
    pattern = re.compile(source)
    assert pattern.search(text)
    prefilter = Prefilter()
    prefilter.add([pattern])
    assert id(pattern) in prefilter.state.covered
    assert id(pattern) not in prefilter.ruled_out(text)
    assert id(pattern) in prefilter.ruled_out("nothing of the kind")


def test_detection_finds_the_same_with_the_prefilter_as_without(
        monkeypatch: pytest.MonkeyPatch) -> None:
    recognizers = default_recognizers()
    texts = _kept_texts()[::10]
    with_prefilter = [detect(text, recognizers=recognizers) for text in texts]
    monkeypatch.setattr(base, "PREFILTER", Prefilter())  # covers nothing: every pattern runs
    assert [detect(text, recognizers=recognizers) for text in texts] == with_prefilter


def test_a_text_re2_cannot_read_rules_nothing_out_and_is_still_read() -> None:
    text = "\ud800 call her at 508-555-0142"  # a lone surrogate: not UTF-8
    assert PREFILTER.ruled_out(text) == frozenset()
    assert [s.label.value for s in detect(text)] == ["PHONE"]


def test_a_pattern_re2_cannot_take_is_left_uncovered_and_always_runs() -> None:
    too_many = re.compile(r"(?:ab){2000}")  # RE2 allows at most 1000 repeats
    prefilter = Prefilter()
    prefilter.add([too_many])
    assert id(too_many) not in prefilter.state.covered
    assert id(too_many) not in prefilter.ruled_out("nothing here")


def test_sets_that_cannot_be_built_within_their_memory_cover_nothing() -> None:
    street = re.compile(r"\b[A-Z][a-z]+ Street\b")
    prefilter = Prefilter(memory=1 << 10)
    prefilter.add([street])
    assert prefilter.state.covered == frozenset()
    assert prefilter.ruled_out("no street here") == frozenset()


class _FailingSet:
    """RE2's set when its DFA runs out of memory: the binding reports no match at all. (The
    failure cannot be brought about on demand, so this stands in for it.)"""

    def Match(self, data: bytes) -> None:  # RE2's name
        return None


def test_sets_short_of_memory_still_never_rule_out_a_match() -> None:
    # Half a megabyte each: some sets cannot be built, and those that can keep starting their
    # automata afresh as texts come
    prefilter = Prefilter(memory=1 << 19)
    patterns = _patterns()
    prefilter.add(patterns)
    assert prefilter.state.covered  # some sets were built
    wrongly_ruled_out = [(p.pattern[:60], text[:60]) for text in _kept_texts()[::3]
                         for p in patterns
                         if id(p) in prefilter.ruled_out(text) and p.search(text)]
    assert wrongly_ruled_out == []


def test_a_set_whose_pass_fails_rules_nothing_out() -> None:
    street, phone = re.compile(r"[A-Z][a-z]+ Street"), re.compile(r"\d{3}-\d{4}")
    prefilter = Prefilter(patterns_per_set=1)
    prefilter.add([street, phone])
    assert prefilter.ruled_out("nothing at all") == {id(street), id(phone)}
    state = prefilter.state
    prefilter.state = state._replace(sets=((_FailingSet(), state.sets[0][1]), state.sets[1]))
    assert prefilter.ruled_out("nothing at all again") == {id(phone)}


def test_many_threads_asking_at_once_each_hear_about_their_own_text() -> None:
    phone = re.compile(r"\d{3}-\d{4}")
    prefilter = Prefilter()
    prefilter.add([phone])
    texts = [f"call 555-{n:04d}" if n % 2 else f"no number {n}" for n in range(400)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(prefilter.ruled_out, texts))
    assert answers == [frozenset() if n % 2 else frozenset({id(phone)}) for n in range(400)]
