"""Any text at all is read without error: random runs of the very words the recognizers wait
for (their cues, kinds of place, titles, fillers), in any case, with marks and numbers between
them. A recognizer that raises on one such text would stop a note from leaving, or a user's
line of the CLI from being read."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealnote.boundary.deidentify import deidentify
from sealnote.boundary.detect import detect
from sealnote.boundary.recognizers import default_recognizers
from sealnote.boundary.reidentify import reidentify


def _cue_words() -> list[str]:
    """Every word any recognizer's cues name, split into single words."""
    words: set[str] = set()
    for recognizer in default_recognizers():
        for cue in recognizer.cues.values():
            if isinstance(cue, tuple):
                words |= {w for phrase in cue for w in phrase.split()}
    return sorted(words)


PLAIN = """the a at in on of to from for with and or she he they her his client pt mom dad
sister aunt grandpa note dictation okay so um this is was says said went took works job fort
outside hospital clinic center middle high school elementary baptist correctional inn manor
behavioral health county road street drive st saint our lady house station hotel club park
new hope grace will june may summer river sky ace dean dr mr ms mrs i j r. k. ninety fourteen
twenty one two five oh dash last next friday tomorrow today again now 12 3/4 9/4 555-0142
2026 10:30 pm am , . ; : ( ) ' 's - # @""".split()
VOCABULARY = sorted(set(_cue_words()) | set(PLAIN))


@st.composite
def word_runs(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=30))
    cased = [w.capitalize() if draw(st.integers(0, 4)) == 0 else w for w in words]
    return " ".join(cased)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word_runs())
def test_any_run_of_the_words_recognizers_wait_for_is_read_without_error(text: str) -> None:
    spans = detect(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word_runs())
def test_any_such_run_comes_back_exactly_after_its_placeholders(text: str) -> None:
    result = deidentify(text)
    assert reidentify(result.text, surrogates=result.deidentified.surrogates).text == text


def test_every_word_before_every_plain_word_is_read_without_error() -> None:
    # "a fort outside" once raised: a pattern's other branch left a group empty. Every word
    # before every plain word, in the lower case of dictation, reaches such branches.
    for first in VOCABULARY:
        for word in PLAIN:
            text = f"she said a {first} {word} and"
            assert all(0 <= s.start < s.end <= len(text) for s in detect(text)), text
