"""Public-domain name and place lists (see data/SOURCES.md), loaded once on first use."""

from __future__ import annotations

import gzip
import json
from functools import cache, lru_cache
from pathlib import Path

import wordfreq

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> frozenset[str]:
    """The entries of a data file: gzipped lists, or hand-written lists with # comments."""
    path = DATA / name
    if name.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def first_names() -> frozenset[str]:
    """The 1990 Census first names and the SSA's (those that are not also English words)."""
    return _lines("first_names.txt.gz") | _lines("first_names_ssa.txt.gz")


@cache
def word_names() -> frozenset[str]:
    """First names that are also English words ("justice", "king"), of middling frequency as
    words (not "said" or "love")."""
    return frozenset(name for name in _lines("first_names_words.txt.gz")
                     if word_frequency(name) < 5.2)


@cache
def surnames() -> frozenset[str]:
    return _lines("surnames.txt.gz")


@cache
def places() -> frozenset[str]:
    """US places and the towns the Postal Service delivers to, larger world cities, boroughs
    and nicknames, as written (case kept), with the short forms people write: "St. Cloud" for
    Saint Cloud, "Ft. Myers", "Mt. Vernon"."""
    names = _lines("places_us.txt.gz") | _lines("places_usps.txt.gz") | _lines(
        "places_world.txt.gz") | _lines("places_extra.txt")
    short = {"Saint ": ("St. ", "St "), "Fort ": ("Ft. ",), "Mount ": ("Mt. ", "Mt ")}
    return names | {variant + name.split(" ", 1)[1] for name in names
                    for long, variants in short.items() if name.startswith(long)
                    for variant in variants}


@cache
def neighbourhoods_lower() -> frozenset[str]:
    """The boroughs, neighbourhoods and nicknames of places_extra.txt, lower-cased: places
    people name with "the" before them ("lives in the outer sunset")."""
    return frozenset(p.lower() for p in _lines("places_extra.txt"))


@cache
def places_lower() -> frozenset[str]:
    """The places above, lower-cased."""
    return frozenset(p.lower() for p in places())


@cache
def countries() -> frozenset[str]:
    """Countries' names, which Safe Harbor lets stay; an address's last line often holds one.
    With the older and everyday names people still use."""
    return _lines("countries.txt.gz") | COUNTRY_ALIASES


COUNTRY_ALIASES = frozenset({"Cape Verde", "Burma", "East Timor", "Swaziland", "Macedonia"})


@cache
def facilities() -> frozenset[str]:
    """Well-known hospitals, health systems and universities, as people write them."""
    return _lines("facilities.txt")


@cache
def colleges() -> frozenset[str]:
    """Colleges and universities by the short names people say, lower-cased ("brown", "rice")."""
    return frozenset(name.lower() for name in _lines("colleges.txt"))


@cache
def counties() -> frozenset[str]:
    return _lines("us_counties.txt.gz")


@cache
def common_words() -> frozenset[str]:
    """Lower-case English dictionary words."""
    return _lines("common_words.txt.gz")


@cache
def proper_words() -> frozenset[str]:
    """Capitalised dictionary entries (lower-cased): nationalities, places, eponyms, brands."""
    return _lines("proper_words.txt.gz")


@cache
def zip3_allowed() -> frozenset[str]:
    return frozenset(json.loads((DATA / "zip3_allowed.json").read_text())["kept_zip3"])


@lru_cache(maxsize=200_000)
def word_frequency(word: str) -> float:
    """Zipf frequency of a lower-case English word (0 for unknown, about 7 for 'the')."""
    return wordfreq.zipf_frequency(word, "en")
