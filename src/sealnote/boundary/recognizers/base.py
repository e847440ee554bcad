"""The shape of a recognizer: patterns, context words and a validation step."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from threading import Lock
from typing import ClassVar

import ahocorasick

from sealnote.boundary.recognizers.prefilter import PREFILTER
from sealnote.boundary.spans import Label, Span

# What must occur in a text for a pattern to be worth running: a quick pattern, or words
Cue = re.Pattern[str] | tuple[str, ...]


class Recognizer:
    """Finds one kind of identifier. Subclasses set patterns and may override `validate`."""

    label: ClassVar[Label]
    patterns: ClassVar[tuple[re.Pattern[str], ...]] = ()
    # Words shortly before a match that change its label (e.g. "fax" turns a phone into a FAX).
    context: ClassVar[dict[str, Label]] = {}
    context_window: ClassVar[int] = 32
    priority: ClassVar[int] = 50
    # A quick pattern, or words (any of which, in lower case), that must occur somewhere in a
    # text for a slower pattern to match there (a said "dot" for an e-mail said aloud); most
    # texts lack most cues, and a pattern whose cue is absent is not run. Patterns without a
    # cue always run.
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {}

    @property
    def name(self) -> str:
        return type(self).__name__

    def validate(self, match: re.Match[str], text: str) -> bool:
        """Reject impossible values (bad checksums, dates, reserved ranges)."""
        return True

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        """The label of a validated match: from context when it speaks, else the default."""
        if not self.context:
            return self.label
        before = text[max(0, match.start() - self.context_window):match.start()].lower()
        for word, label in self.context.items():
            if _word_pattern(word).search(before):
                return label
        return self.label

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        group = "id" if "id" in match.re.groupindex and match.group("id") else 0
        return match.start(group), match.end(group)

    def find(self, text: str) -> Iterator[Span]:
        pairs, ids = _cued_patterns(type(self))
        ruled_out = PREFILTER.ruled_out(text)
        if ids <= ruled_out:
            return iter(())
        # Keyed by identity: hashing a compiled pattern hashes its whole program, every time.
        present: dict[int, bool] = {}
        words: frozenset[str] | None = None
        chosen = []
        for pattern, cue in pairs:
            if id(pattern) in ruled_out:
                continue
            if cue is not None:
                if id(cue) not in present:
                    if isinstance(cue, re.Pattern):
                        present[id(cue)] = cue.search(text) is not None
                    else:
                        words = _CUE_WORDS.found_in(text) if words is None else words
                        present[id(cue)] = not words.isdisjoint(cue)
                if not present[id(cue)]:
                    continue
            chosen.append(pattern)
        return self.find_with(text, chosen)

    def find_with(self, text: str, patterns: Iterable[re.Pattern[str]]) -> Iterator[Span]:
        """Spans of `patterns` (some or all of this recognizer's) in `text`."""
        for pattern in patterns:
            for match in pattern.finditer(text):
                if not self.validate(match, text):
                    continue
                label = self.label_for(match, text)
                if label is None:
                    continue
                start, end = self.bounds(match)
                if end > start:
                    yield Span(start, end, label, self.name, self.priority)


# A class's patterns, each with its cue (None for none), and the patterns' ids
CuedPatterns = tuple[tuple[tuple[re.Pattern[str], Cue | None], ...], frozenset[int]]
_cued: dict[type, CuedPatterns] = {}


def prepare(recognizers: Iterable[Recognizer]) -> None:
    """Work out the cues of every class of `recognizers`, with all their patterns prefiltered
    together (a class prepared alone gets sets of its own, which cost more to ask)."""
    kinds = list(dict.fromkeys(type(recognizer) for recognizer in recognizers))
    PREFILTER.add(pattern for kind in kinds for pattern in kind.patterns)
    for kind in kinds:
        _cued_patterns(kind)


def _cued_patterns(kind: type[Recognizer]) -> CuedPatterns:
    """Each of a recognizer's patterns with its cue, and their ids, worked out once per class."""
    if kind not in _cued:
        # The cue words first: a thread that sees the class's patterns must find its words
        for cue in kind.cues.values():
            if not isinstance(cue, re.Pattern):
                _CUE_WORDS.add(cue)
        PREFILTER.add(kind.patterns)
        _cued[kind] = (tuple((pattern, kind.cues.get(pattern)) for pattern in kind.patterns),
                       frozenset(id(pattern) for pattern in kind.patterns))
    return _cued[kind]


class _CueWords:
    """Every recognizer's cue words, looked for in a text in one pass: most texts are short,
    and a check per word per recognizer cost more than the patterns it spared."""

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()
        self.lock = Lock()
        # The automaton with the words it was built from, so that one built from fewer words
        # (another thread added some meanwhile) is never used: a missing cue skips a pattern.
        self.built: tuple[frozenset[str], ahocorasick.Automaton] | None = None
        # The last text looked at, and the cue words in it: every recognizer asks of one text
        self.last: tuple[str, frozenset[str], frozenset[str]] | None = None

    def add(self, words: Iterable[str]) -> None:
        with self.lock:  # two classes' words added at once must both stay
            new = frozenset(words) - self.words
            if new:
                self.words = self.words | new  # a new set: another thread may be reading it

    def found_in(self, text: str) -> frozenset[str]:
        words, last, built = self.words, self.last, self.built
        if last is not None and last[0] is text and last[1] is words:
            return last[2]
        if built is None or built[0] is not words:
            automaton = ahocorasick.Automaton()
            for word in words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            built = self.built = (words, automaton)
        found = frozenset(word for _, word in built[1].iter(text.lower())) if words else words
        self.last = (text, words, found)
        return found


_CUE_WORDS = _CueWords()


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(word) + r"\b")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
