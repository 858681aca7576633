"""Regenerate data/foreign_ids.toml: the names of other countries' personal, tax and document
numbers, which label a number as not a BSN.

Source: python-stdnum (https://arthurdejong.org/python-stdnum/), whose module for each
number opens with its name: "PESEL (Polish national identification number).", "CNP (Cod
Numeric Personal, Romanian Numerical Personal Code).". Taken: the short name before the
bracket and, where the bracket gives more than one name, the first (the name in the
country's own language). Left out: the Dutch modules, names a BSN label reads as a BSN
("SSN", "Social Security Number": data/context.toml [NL_BSN]), names under three letters,
first names ("Nik": a list of people's numbers) and words that name no country's number
(data/context.toml [NL_BSN] foreign_ids_not). A one-word name of four letters or fewer
is kept only as stdnum writes it, with capitals ("EGN", "NIF", "ANUM", "IdNr"), and is
matched only so: in lower or title case it is a word or a person's name ("Rut", "Sin",
"Coe", "Bis", "Moms"). Run it after upgrading python-stdnum, then
`pytest tests/detectors/test_bsn_foreign_labels.py`:

    .venv/bin/python detectors/data/make_foreign_ids.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import stdnum

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from detectors.context import context_words, patterns
from detectors.person_names import is_known

OUT = Path(__file__).resolve().parent / "foreign_ids.toml"
_NAME = re.compile(r"^([^()]+?)\s*\(([^()]*)\)")


def _names(doc: str) -> list[str]:
    m = _NAME.match(doc.strip().splitlines()[0] if doc.strip() else "")
    if m is None:
        return []
    parts = [p.strip() for p in m.group(2).split(",")]
    short = re.split(r",\s*|\s+or\s+|,?\s+sometimes\s+", m.group(1).strip().rstrip("."))
    return [*short, *(parts[:1] if len(parts) > 1 else [])]


def _kept(name: str) -> str:
    """The name as the list keeps it: lower case; a short one as written with its capitals
    (a script without case: lower case), or not at all."""
    if len(name) > 4 or " " in name or "-" in name or name.lower() == name.upper():
        return name.lower()
    return name if name[1:] != name[1:].lower() else ""


def main() -> None:
    bsn = patterns("NL_BSN")[0]
    skip = {w.lower() for w in context_words()["NL_BSN"].get("foreign_ids_not", [])}
    found: dict[str, str] = {}
    for mod in pkgutil.walk_packages(stdnum.__path__, "stdnum."):
        if mod.name.count(".") != 2 or mod.name.startswith("stdnum.nl."):
            continue
        try:
            doc = importlib.import_module(mod.name).__doc__ or ""
        except ImportError:
            continue
        for name in _names(doc):
            if (len(name) >= 3 and name.lower() not in skip and not is_known(name.title())
                    and (bsn is None or bsn.search(name) is None)):
                found.setdefault(_kept(name), mod.name)
    found.pop("", None)
    lines = __doc__.split("\n\n    ")[0].splitlines()
    out = ["# " + x if x else "#" for x in lines]
    out.append(f"# python-stdnum {stdnum.__version__}: {len(found)} names.\n")
    out.append("names = [")
    out += [f'  "{name}",  # {found[name]}' for name in sorted(found, key=str.lower)]
    out.append("]")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(found)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
