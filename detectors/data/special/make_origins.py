"""Build origins.txt: country and region names, Dutch and English, for origin statements.

Source: the ISO 3166-1 country list and its Dutch translation shipped in the PyPI package
pycountry (LGPL 2.1, a dependency of this project: requirements.lock), common names where it
has them ("Syria", not "Syrian Arab Republic"), plus the regions and former names people write
about where their family comes from (EXTRA: "Molukken", "Koerdistan", "Antillen"). The
Netherlands itself is left out (being from the Netherlands states no origin here), and names
that are also common words or first names in a sentence (SKIP: "Jersey", "Jordan", "Chad").
ethnicity.toml's origin_phrases joins them into terms: "gevlucht uit Syrië", "born in Ghana".

    .venv/bin/python detectors/data/special/make_origins.py

The file is committed; rebuild it when pycountry is upgraded.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry

OUT = Path(__file__).with_name("origins.txt")
SKIP = {"netherlands", "nederland", "the netherlands", "jersey", "jordan", "jordanië", "chad",
        "georgia", "guernsey", "man", "isle of man", "turkey", "guinea", "niger", "mali",
        "christmas island", "kerstmis", "saint martin", "sint maarten", "norfolk island",
        "bonaire", "bonaire, sint eustatius and saba", "bonaire, sint eustatius en saba"}
EXTRA = """turkije
marokko
suriname
curaçao
aruba
antillen
nederlandse antillen
molukken
koerdistan
kurdistan
nederlands-indië
kaapverdië
cape verde
ivory coast
ivoorkust
russia
rusland
syria
vietnam
south korea
north korea
zuid-korea
noord-korea
laos
iran
bolivia
tanzania
venezuela
moldova
congo
palestina
palestine
tibet
kosovo
turkije
joegoslavië
yugoslavia
sovjet-unie
soviet union
hindostan"""


def names() -> list[str]:
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    out: set[str] = set()
    for country in pycountry.countries:
        english = getattr(country, "common_name", country.name)
        for name in (english, country.name, nl.gettext(country.name)):
            if "," not in name and "(" not in name:
                out.add(name.lower())
    out |= {ln.strip() for ln in EXTRA.splitlines() if ln.strip()}
    return sorted(out - SKIP)


def main() -> None:
    header = [f"# {ln}".rstrip() for ln in (__doc__ or "").strip().splitlines()]
    OUT.write_text("\n".join([*header, *names()]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names())} names")


if __name__ == "__main__":
    main()
