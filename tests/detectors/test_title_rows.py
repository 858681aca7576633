"""A spreadsheet exported as text keeps its title row, with the table's empty cells after it
("Verzuimoverzicht regio Oost;;;;"): the header under that title still labels the columns."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.columns import column_label

ROWS = (("111222333", "H. Wolters", "12-03-1980", "02-01-2024"),
        ("123456782", "D. Hakkert-Lammers", "01-05-1975", "05-02-2024"))


def _table(delimiter: str, first: str, title: str = "Verzuimoverzicht Q1 2024 - regio Oost",
           bars: bool = False) -> str:
    header = (first, "Naam", "Geb.datum", "Eerste ziektedag")
    lines = [(title, "", "", ""), header, *ROWS]
    if bars:
        return "\n".join("| " + " | ".join(cells) + " |" for cells in lines) + "\n"
    return "\n".join(delimiter.join(cells) for cells in lines) + "\n"


@pytest.mark.parametrize(("delimiter", "bars"), [("\t", False), (";", False), ("|", True)])
@pytest.mark.parametrize("first", ["Medewerkernr", "Personeelsnummer", "Employee no."])
def test_a_number_column_under_a_title_is_no_bsn(delimiter: str, bars: bool, first: str) -> None:
    text = _table(delimiter, first, bars=bars)
    for value, *_ in ROWS:
        assert column_label(text, text.index(value)) == first
    assert not [d for d in detect(text) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("delimiter", "bars"), [("\t", False), (";", False), ("|", True)])
def test_a_bsn_column_under_a_title_is_labelled(delimiter: str, bars: bool) -> None:
    text = _table(delimiter, "BSN", title="Ziekmeldingen week 12", bars=bars)
    found = [d for d in detect(text) if d.entity == "NL_BSN"]
    assert len(found) == 2 and all("label" in d.explanation for d in found)
    births = [d for d in detect(text) if d.entity == "DATE_OF_BIRTH"]
    assert {text[d.start:d.end] for d in births} == {"12-03-1980", "01-05-1975"}


def test_a_grid_of_fields_under_a_title_has_no_column_labels() -> None:
    # "| MEDEWERKERGEGEVENS | |" over "field | value" lines: no header, so a value's label
    # is its field, read on its own line, never the first field line as a column header
    text = ("| MEDEWERKERGEGEVENS | |\n"
            "| Achternaam | Kowalczyk-Nowicka |\n"
            "| Voornaam | Joanna |\n"
            "| Woonplaats | Dongen |\n")
    assert column_label(text, text.index("Joanna")) is None
    assert column_label(text, text.index("Dongen")) is None


# A column of row numbers headed "#" is still a header's cell: a list set with spaces under a
# document's title block ("... Induction date: 16 March 2026") is read under its own header,
# not under the title.
_INDUCTION = (
    "SITE INDUCTION - Rotterdam terminal      Induction date: 16 March 2026\n"
    "Agency: FlexWerkt (KvK 12345678)      Site contact: Mr. D. Hoogstraten\n"
    "\n"
    "{hash}  Worker                  Badge no.    ID type        DOB\n"
    "1  Grzegorz Malinowski     4471         ID card        04/07/1991\n"
    "2  Andrius Petrauskas      4472         passport       19/11/1987\n"
)


@pytest.mark.parametrize("hash_", ["#", "№"])
def test_a_row_number_column_headed_hash(hash_: str) -> None:
    text = _INDUCTION.format(hash=hash_)
    assert column_label(text, text.index("04/07/1991")) == "DOB"
    births = {text[d.start:d.end] for d in detect(text) if d.entity == "DATE_OF_BIRTH"}
    assert births == {"04/07/1991", "19/11/1987"}


def test_a_delimited_header_opening_with_hash() -> None:
    text = "#;Naam;BSN;Plaats\n1;Jan Smit;111222333;Utrecht\n2;Els Bos;123456782;Ede\n"
    assert column_label(text, text.index("123456782")) == "BSN"


# A spreadsheet saved as CSV keeps its empty rows (";;;;;") and title rows of one or two
# cells over the header, as wide as the table: the header is the first full line of names
# under them, not the topmost line of the run (whose cells label nothing), so a personnel
# number column stays a personnel number and the BSN column is labelled.
BSNS = ("725763863", "162275869", "192285142")
PERSNRS = ("691682483", "987825707", "688136138")  # 11-check valid too: decoys
HEAD = ("Personeelsnr", "Naam", "Geb.datum", "BSN", "Afdeling", "Plaats")


def _export(sep: str, title: tuple[str, ...], quoted: bool) -> str:
    def q(cell: str) -> str:
        return f'"{cell}"' if quoted and cell else cell

    rows = [(p, n, d, b, "Logistiek", "Utrecht") for p, n, d, b in zip(
        PERSNRS, ("Jan de Vries", "Fatma Yilmaz", "Pieter Bakker"),
        ("12-03-1985", "03-07-1990", "21-11-1978"), BSNS, strict=True)]
    empty = ("",) * len(HEAD)
    lines = [(*title, *empty[len(title):]), empty, empty, HEAD, *rows, empty]
    return "\n".join(sep.join(q(c) for c in line) for line in lines) + "\n"


@pytest.mark.parametrize("title", [(), ("Personeelsbestand",), ("Rapport", "Personeelsbestand")])
@pytest.mark.parametrize(("sep", "quoted"), [(";", False), (";", True), (",", True)])
def test_a_header_under_empty_and_title_rows_labels_its_columns(
        title: tuple[str, ...], sep: str, quoted: bool) -> None:
    text = _export(sep, title, quoted)
    for bsn, persnr in zip(BSNS, PERSNRS, strict=True):
        assert column_label(text, text.index(bsn)) == "BSN"
        assert column_label(text, text.index(persnr)) == "Personeelsnr"
    found = [text[d.start:d.end] for d in detect(text) if d.entity == "NL_BSN"]
    assert sorted(found) == sorted(BSNS)
    births = [d for d in detect(text) if d.entity == "DATE_OF_BIRTH"]
    assert len(births) == 3


@pytest.mark.parametrize(("kind", "number", "entity"), [
    ("Rijbewijs", "4820193756", "NL_DRIVERS_LICENSE"),
    ("Identiteitskaart", "IR5K8L7P4", "NL_ID_DOCUMENT"),
])
def test_a_quoted_generic_header_lets_the_row_name_its_document(
        kind: str, number: str, entity: str) -> None:
    """A CSV header cell is its name without the quotes: '"Docnr"' is the generic column
    docnr, so the document-type cell of the row says what its number is."""
    text = ('"Naam";"Soort";"Docnr";"Geldig tot"\n'
            f'"Jan de Vries";"{kind}";"{number}";"01-02-2031"\n'
            '"Fatma Yilmaz";"Paspoort";"NX4R7K2L1";"12-09-2030"\n')
    assert column_label(text, text.index(number)) == "Docnr"
    found = [d for d in detect(text) if text[d.start:d.end] == number]
    assert [d.entity for d in found] == [entity]
    assert "document type in its row" in found[0].explanation
