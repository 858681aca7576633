"""Regenerate data/names/towns_nl.txt: the Dutch towns person_places.py knows by name.

Source: phonenumbers' geocoding data (a runtime dependency, maintained with Google's
libphonenumber), the Dutch and English descriptions of the Dutch area codes (+31): the towns
an area code is named after. Importing that data costs ~95 MB resident (every country's), so
the list is written here once, not read per worker. Run it after a phonenumbers upgrade, then
`pytest tests/detectors/test_person_vessels_towns.py`:

    .venv/bin/python detectors/data/make_towns.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "names" / "towns_nl.txt"


def towns() -> tuple[list[str], str]:
    import phonenumbers
    from phonenumbers import geodata

    names = {name for prefix, by_lang in geodata.GEOCODE_DATA.items()
             if prefix.startswith("31") for name in by_lang.values() if name}
    return sorted(names), phonenumbers.__version__


def main() -> None:
    names, version = towns()
    head = (f"# Dutch towns of the area codes: phonenumbers {version} geocoding data (+31), "
            "by detectors/data/make_towns.py\n")
    OUT.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} towns")


if __name__ == "__main__":
    main()
