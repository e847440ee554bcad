"""Which of the recognizers' patterns could match a text, found by RE2 in one linear pass.

Python's engine tries a pattern at every position of a text, and most of the boundary's patterns
cannot use its fast scan for a first character (they begin with a word boundary or a class), so
on the short texts the boundary mostly sees, trying some 150 patterns was three quarters of the
time of detection, while only a few of them match any one text. Each pattern is widened into an
RE2 pattern that matches every string it matches and possibly more (lookarounds and word
boundaries dropped, negated classes taken as any character, every non-ASCII character taken to
be in a Unicode class), and small RE2 sets of them say in one pass which could match. Only those
are run in Python. Whatever is not proved covered runs as before: a pattern that cannot be
widened, a text RE2 cannot read (a lone surrogate), a set whose pass fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from threading import Lock
from typing import Any, NamedTuple

try:
    import re2
except ImportError:  # pragma: no cover - a declared dependency; without it every pattern runs
    re2 = None

# A set of a few patterns: one set of all of them is a lazy DFA whose states (a state is a set
# of positions in every pattern at once) are rarely met twice, so it spends its time building
# them; many sets of one are a call each. Eight is about the quickest on this project's corpora.
PATTERNS_PER_SET = 8
# Memory each set may use for its program and the DFA states it builds; past it RE2 starts its
# cache afresh (slower for a moment, never wrong). With some twenty sets, the prefilter can never
# hold more than about 160 MB however long a server runs; after the 4,900 texts of the
# benchmark's corpora it holds about 45 MB.
SET_MEMORY = 8 << 20

ANY_CHARACTER = r"(?s:.)"
NON_ASCII = r"\x{80}-\x{10ffff}"
# Python's Unicode classes, widened: in ASCII exactly theirs, beyond it every character
CATEGORIES = {
    sre.CATEGORY_DIGIT: "0-9" + NON_ASCII,
    sre.CATEGORY_WORD: "0-9A-Za-z_" + NON_ASCII,
    sre.CATEGORY_SPACE: r"\t-\r\x{1c}-\x{20}" + NON_ASCII,
}
# Characters Python's case-insensitive matching takes for an ASCII letter and RE2's does not:
# the Turkish dotted capital and dotless small i, which Python's "i" and "I" match. (A test
# compares the two over every code point, for every piece of every pattern.)
PYTHON_ONLY_FOLDS = {ord("i"): r"\x{130}\x{131}", ord("I"): r"\x{130}\x{131}"}
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
LINE_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BEGINNING_LINE)


class Unwidenable(ValueError):
    """A pattern uses a construct this translation does not know; it is always run."""


def widened(pattern: re.Pattern[str]) -> str:
    """An RE2 pattern that matches every string `pattern` matches (and may match more)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return _sequence(parsed, bool(parsed.state.flags & re.IGNORECASE))


def _sequence(items: Iterable[tuple[Any, Any]], fold: bool) -> str:
    return "".join(_item(op, argument, fold) for op, argument in items)


def _item(op: Any, argument: Any, fold: bool) -> str:
    if op is sre.LITERAL or op is sre.IN:
        members = _class([(op, argument)] if op is sre.LITERAL else argument, fold)
        if members is None:
            return ANY_CHARACTER
        return f"(?i:{members})" if fold else members
    if op in (sre.ANY, sre.NOT_LITERAL):
        return ANY_CHARACTER
    if op is sre.SUBPATTERN:
        _, flags_on, flags_off, body = argument
        fold = (fold or bool(flags_on & re.IGNORECASE)) and not flags_off & re.IGNORECASE
        return f"(?:{_sequence(body, fold)})"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch, fold) for branch in argument[1]) + ")"
    if op in REPEATS:
        low, high, body = argument
        bounds = f"{{{low},}}" if high is sre.MAXREPEAT else f"{{{low},{high}}}"
        return f"(?:{_sequence(body, fold)}){bounds}"
    if op is sre.ATOMIC_GROUP:
        return f"(?:{_sequence(argument, fold)})"
    if op is sre.AT and argument in LINE_STARTS:
        return "(?m:^)"  # the start of a line: the start of the text is one
    if op in ZERO_WIDTH:
        return ""
    if op is sre.GROUPREF:
        return ANY_CHARACTER + "*"
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = argument
        return f"(?:{_sequence(yes, fold)}|{_sequence(no, fold) if no else ''})"
    raise Unwidenable(str(op))


def _character(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _class(members: Iterable[tuple[Any, Any]], fold: bool) -> str | None:
    """An RE2 class holding at least `members`, or None for any character (a negated class)."""
    parts = []
    for op, argument in members:
        if op is sre.LITERAL or op is sre.RANGE:
            low, high = (argument, argument) if op is sre.LITERAL else argument
            parts.append(f"{_character(low)}-{_character(high)}")
            if fold:
                parts += [extra for code, extra in PYTHON_ONLY_FOLDS.items() if low <= code <= high]
        elif op is sre.CATEGORY and argument in CATEGORIES:
            parts.append(CATEGORIES[argument])
        else:  # a negation, a negated category
            return None
    return f"[{''.join(parts)}]"


class _Sets(NamedTuple):
    """What the sets cover, published as one value so that a reader sees all of it or none."""

    # The patterns themselves are kept so that their ids, by which they are looked up, can
    # never be reused by another pattern while this lives.
    patterns: tuple[re.Pattern[str], ...]
    covered: frozenset[int]
    sets: tuple[tuple[Any, tuple[int, ...]], ...]


class Prefilter:
    """RE2 sets over every pattern added, asked once per text which could match it."""

    def __init__(self, patterns_per_set: int = PATTERNS_PER_SET, memory: int = SET_MEMORY) -> None:
        self.patterns_per_set, self.memory = patterns_per_set, memory
        self.lock = Lock()
        self.state = _Sets((), frozenset(), ())
        # The last text asked about, with the state asked of and the ids ruled out for it
        self.last: tuple[str, _Sets, frozenset[int]] | None = None

    def add(self, patterns: Iterable[re.Pattern[str]]) -> None:
        """Cover `patterns` from now on (those RE2 cannot take stay uncovered, and always run)."""
        if re2 is None:
            return
        with self.lock:
            state = self.state
            new = [p for p in {id(p): p for p in patterns}.values() if id(p) not in state.covered]
            widenable = [(p, w) for p, w in ((p, self._widened(p)) for p in new) if w]
            sets, kept = [], []
            for start in range(0, len(widenable), self.patterns_per_set):
                members = widenable[start:start + self.patterns_per_set]
                compiled = self._compiled_set(members)
                if compiled is not None:
                    sets.append(compiled)
                    kept += [pattern for pattern, _ in members]
            self.state = _Sets(state.patterns + tuple(kept),
                               state.covered | {id(p) for p in kept}, state.sets + tuple(sets))

    def ruled_out(self, text: str) -> frozenset[int]:
        """The ids of the patterns that cannot match `text`: those covered that no set found
        could (none when RE2 cannot read the text)."""
        state, last = self.state, self.last
        if last is not None and last[0] is text and last[1] is state:
            return last[2]
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, which RE2 cannot read: any may match
            return frozenset()
        ruled_out: set[int] = set()
        for regex_set, ids in state.sets:
            matched = regex_set.Match(data) or ()
            # The always-matching first pattern missing means the pass failed: rule out nothing
            if 0 in matched:
                ruled_out.update(ids)
                ruled_out.difference_update(ids[index - 1] for index in matched if index)
        found = frozenset(ruled_out)
        self.last = (text, state, found)
        return found


    def _widened(self, pattern: re.Pattern[str]) -> str | None:
        try:
            widened_pattern = widened(pattern)
            re2.compile(widened_pattern, self._options())
        except (Unwidenable, re2.error):
            return None
        return widened_pattern

    def _compiled_set(self, members: list[tuple[re.Pattern[str], str]]
                      ) -> tuple[Any, tuple[int, ...]] | None:
        regex_set = re2.Set.SearchSet(self._options())
        # Index 0 matches every text, so a pass that reports nothing has failed (RE2 runs out of
        # memory silently, as far as this binding shows) rather than found nothing.
        regex_set.Add("")
        try:
            for _, widened_pattern in members:
                regex_set.Add(widened_pattern)
            regex_set.Compile()
        except re2.error:
            return None
        return regex_set, tuple(id(pattern) for pattern, _ in members)

    def _options(self) -> Any:
        options = re2.Options()
        options.log_errors = False  # RE2 would write its complaints to stderr
        options.max_mem = self.memory
        return options


PREFILTER = Prefilter()
