"""Records written as code or printed by it (detectors/literal_rows.py, context._OWN_KEY,
dates._DATE_CALL, columns._right_over): a script's tuples named by a list of field names
before or after them, a record's value named by its own key however near another label
stands, Python's ``datetime.date(y, m, d)`` and a pandas DataFrame printed flush right.
With two dates in a record only the birth date is one; twins with other field names report
nothing. All records synthetic (Faker nl_NL, 11-check-valid numbers)."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors import detect
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1616)


def _people(n: int, seed: int) -> list[tuple[str, str, str, str]]:
    """(name, BSN, birth date ISO, start date ISO) each."""
    rng = random.Random(seed)
    return [(_FAKE.name().replace("'", ""), synth.bsn(rng),
             f"{synth.birth_date(_FAKE, 20, 65):%Y-%m-%d}",
             f"{_FAKE.date_between('-6y', '-1d'):%Y-%m-%d}") for _ in range(n)]


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in detect(text, "nl"):
        out.setdefault(d.entity, set()).add(text[d.start:d.end])
    return out


def _tuples(people: list[tuple[str, str, str, str]]) -> str:
    return "\n".join(f"    ({1000 + i}, '{p[0]}', '{p[1]}', '{p[2]}', '{p[3]}'),"
                     for i, p in enumerate(people))


@pytest.mark.parametrize("layout", [
    ("rows = [\n{rows}\n]\ndf = pd.DataFrame(rows, columns=['id', 'naam', 'bsn', "
    "'geboortedatum', 'in_dienst'])"),
    "FIELDS = ('id', 'naam', 'bsn', 'geb_datum', 'startdatum')\nSEED = [\n{rows}\n]",
    ("Medewerker = namedtuple('Medewerker', [\"id\", \"naam\", \"bsn\", \"dob\", \"hired\"])\n"
    "staff = [\n{rows}\n]"),
    "# (id, naam, bsn, geboortedatum, in_dienst)\nTESTDATA = [\n{rows}\n]",
    "-- kolommen: id, naam, bsn, geboortedatum, datum_in_dienst\nrows = [\n{rows}\n]",
])
def test_row_literals_named_by_their_field_list(layout: str) -> None:
    people = _people(3, len(layout))
    found = _found(layout.format(rows=_tuples(people)))
    assert found.get("DATE_OF_BIRTH", set()) == {p[2] for p in people}  # not the start dates
    assert found.get("NL_BSN", set()) == {p[1] for p in people}


def test_row_literals_of_other_fields_are_no_birth_dates() -> None:
    rng = random.Random(5)
    rows = "\n".join(f"    ({synth.bsn(rng)}, '{_FAKE.company()}', '{_FAKE.date_this_decade()}'),"
                     for _ in range(3))
    text = f"orders = [\n{rows}\n]\ndf = pd.DataFrame(orders, columns=['ordernummer', " \
           "'klant', 'besteldatum'])"
    found = _found(text)
    assert "DATE_OF_BIRTH" not in found and "NL_BSN" not in found


@pytest.mark.parametrize("layout", [
    "{{'naam': '{n}', 'bsn': '{b}', 'geboortedatum': '{d}', 'in_dienst': '{s}'}}",
    "Medewerker.objects.create(naam='{n}', bsn='{b}', geboortedatum='{d}', contract_start='{s}')",
    '[parameters: {{"naam": "{n}", "bsn": "{b}", "geboortedatum": "{d}", "aangemaakt": "{s}"}}]',
])
def test_a_value_is_named_by_its_own_key(layout: str) -> None:
    (n, b, d, s), = _people(1, len(layout))
    found = _found(layout.format(n=n, b=b, d=d, s=s))
    assert found.get("DATE_OF_BIRTH") == {d}  # the start date's key is its own label
    assert found.get("NL_BSN") == {b}


@pytest.mark.parametrize(("text", "expected"), [
    ("medewerker = {{'naam': '{n}', 'dob': datetime.date({y}, {m}, {d})}}",
     "datetime.date({y}, {m}, {d})"),
    ("Persoon(naam='{n}', geboortedatum=dt.date({y}, {m}, {d}), in_dienst=dt.date(2021, 3, 1))",
     "dt.date({y}, {m}, {d})"),
    (">>> row\n{{'voornaam': '{n}', 'geb_datum': date({y}, {m}, {d})}}", "date({y}, {m}, {d})"),
])
def test_python_date_calls(text: str, expected: str) -> None:
    born = synth.birth_date(_FAKE, 20, 70)
    values = {"n": _FAKE.first_name(), "y": born.year, "m": born.month, "d": born.day}
    found = _found(text.format(**values))
    assert found.get("DATE_OF_BIRTH") == {expected.format(**values)}


@pytest.mark.parametrize("text", [
    "deadline = datetime.date(2025, 3, 1)\nrelease = date(2024, 11, 30)",
    "{'created': dt.date(2023, 1, 5), 'geboortedatum': None}",
    "x = mydate(1985, 3, 12)  # geboortedatum niet ingevuld",
])
def test_python_date_calls_of_other_dates(text: str) -> None:
    assert "DATE_OF_BIRTH" not in _found(text)


def _frame(columns: list[str], rows: list[list[str]]) -> str:
    """A DataFrame as pandas prints it: each value after a leading space, every column flush
    right to its widest entry and set one space from the next, the index unnamed."""
    table = [["", *columns]] + [[str(i), *(" " + c for c in r)] for i, r in enumerate(rows)]
    widths = [max(len(r[k]) for r in table) for k in range(len(table[0]))]
    return "\n".join(" ".join(c.rjust(w) for c, w in zip(r, widths, strict=True))
                     for r in table)


@pytest.mark.parametrize("columns", [
    ["personeelsnr", "naam", "bsn", "geboortedatum"],
    ["naam", "bsn", "in_dienst"],
    ["id", "Achternaam", "BSN", "Geb.datum", "afdeling"],
])
def test_dataframe_printed_flush_right(columns: list[str]) -> None:
    rng = random.Random(len(columns))
    people = _people(4, len(columns))
    cells = {"personeelsnr": lambda p: str(rng.randint(1000, 9999)), "naam": lambda p: p[0],
             "Achternaam": lambda p: p[0].split()[-1], "bsn": lambda p: p[1],
             "BSN": lambda p: p[1], "geboortedatum": lambda p: p[2], "Geb.datum": lambda p: p[2],
             "in_dienst": lambda p: p[3], "id": lambda p: str(rng.randint(10, 99)),
             "afdeling": lambda p: "ICT"}
    text = "print(df.head())\n" + _frame(columns, [[cells[c](p) for c in columns]
                                                   for p in people])
    found = _found(text)
    assert found.get("NL_BSN") == {p[1] for p in people}
    births = {p[2] for p in people} if "geboortedatum" in columns or "Geb.datum" in columns \
        else set()
    assert found.get("DATE_OF_BIRTH", set()) == births


def test_dataframe_of_other_numbers_is_no_bsn() -> None:
    rng = random.Random(9)
    rows = [[synth.bsn(rng), _FAKE.company(), f"{_FAKE.date_this_year():%Y-%m-%d}"]
            for _ in range(4)]
    found = _found("df\n" + _frame(["factuurnummer", "leverancier", "factuurdatum"], rows))
    assert "NL_BSN" not in found and "DATE_OF_BIRTH" not in found


def _framed(columns: list[str], rows: list[list[str]]) -> str:
    """A table framed by hand: values flush right in their columns, each header name ending
    two characters short of its column's edge (neither flush left nor flush right over the
    values), an unnamed row-number column first."""
    table = [["", *columns]] + [[str(i + 1), *r] for i, r in enumerate(rows)]
    widths = [max(len(r[k]) for r in table) + 4 for k in range(len(table[0]))]
    head = "".join(c.rjust(w - 2).ljust(w) for c, w in zip(table[0], widths, strict=True))
    return "\n".join([head.rstrip()] + ["".join(c.rjust(w) for c, w in zip(r, widths,
                                                                          strict=True))
                                         for r in table[1:]])


@pytest.mark.parametrize("columns", [
    ["personeelsnummer", "naam", "bsn", "geboortedatum"],
    ["Naam", "BSN", "Geb. datum", "Bruto Q3"],
])
def test_a_table_framed_by_hand_names_each_value_by_the_header_over_it(
        columns: list[str]) -> None:
    rng = random.Random(len(columns[0]))
    people = _people(4, len(columns[0]))
    cells = {"personeelsnummer": lambda p: synth.bsn(rng), "naam": lambda p: p[0],
             "Naam": lambda p: p[0], "bsn": lambda p: p[1], "BSN": lambda p: p[1],
             "geboortedatum": lambda p: p[2], "Geb. datum": lambda p: p[2],
             "Bruto Q3": lambda p: f"{rng.randint(2000, 9000)}.50"}
    found = _found("Out[7]:\n" + _framed(columns, [[cells[c](p) for c in columns]
                                                   for p in people]))
    # the personnel numbers pass the 11-check too: only the BSN column's are BSNs
    assert found.get("NL_BSN") == {p[1] for p in people}
    assert found.get("DATE_OF_BIRTH") == {p[2] for p in people}


def test_a_dataframe_kept_in_a_notebooks_json_output() -> None:
    """An .ipynb file keeps a printed DataFrame as JSON strings, a line each ('"  bsn ...
    \\n",'): its columns are read as printed, the quotes aside."""
    rng = random.Random(12)
    people = _people(4, 12)
    frame = _frame(["persnr", "bsn", "naam", "gebdat"],
                   [[synth.bsn(rng), p[1], p[0], p[2]] for p in people]).split("\n")
    lines = ",\n".join(f'       "{line}\\n"' for line in frame)
    text = ('   "outputs": [\n    {\n     "data": {\n      "text/plain": [\n'
            f"{lines}\n      ]\n     }},\n")
    found = _found(text)
    assert found.get("NL_BSN") == {p[1] for p in people}  # not the personnel numbers
    assert found.get("DATE_OF_BIRTH") == {p[2] for p in people}
