"""Values in tables pasted into plain text take their column's header as their label: tables
set in columns with runs of spaces (under a title, header wider or narrower than its values,
longer than a screen), and a document-type cell in another column of the same row. Numbers
are synthetic (11-check valid BSNs, stdnum-valid document numbers)."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


# A title in columns of its own above the header: the header is the line as wide as the rows.
TITLED = ("PERSONEELSLIJST  VESTIGING ZUID  — Logistiek / Planning\n\n"
          "Naam  Geboortedatum  BSN  Telefoon  Paspoort\n"
          "Eva Smit  3/4/1990  725763863  06 12345678  XR1001R58\n"
          "Ahmed El Idrissi  12/11/1985  162275869  010 - 1234567  SPECI2014\n")
# The header set narrower than the values: cells are named in order, not by position.
NARROW = ("Name  Date of birth  Citizen service number  Passport\n"
          "Kowalski, Piotr        1985-11-12             162275869    SPECI2014\n"
          "Jansen, Eva            1990-04-03             725763863    XR1001R58\n")
NARROW_NL = ("Medewerker  Geb.datum  Burgerservicenr  ID-kaart\n"
             "van der Berg, Jan           03-04-1990         725763863         XR1001R58\n"
             "Öztürk, Ayşe                12-11-1985         162275869         SPECI2014\n")


@pytest.mark.parametrize("text, lang", [(TITLED, "nl"), (NARROW, "en"), (NARROW_NL, "nl")])
def test_space_aligned_rows_under_their_header(text: str, lang: str) -> None:
    assert sorted(_found(text, "NL_BSN", lang)) == ["162275869", "725763863"]
    assert len(_found(text, "DATE_OF_BIRTH", lang)) == 2
    assert sorted(_found(text, "NL_ID_DOCUMENT", lang)) == ["SPECI2014", "XR1001R58"]


def test_a_long_space_aligned_table_labels_its_last_rows() -> None:
    """Past a screenful of rows the header still labels the column (and a birth-date
    header reaches the dates of the whole column)."""
    rows = [f"Medewerker {i:02}  {1 + i % 28}-{1 + i % 12}-1990  725763863  Utrecht"
            for i in range(60)]
    text = "Naam  Geboortedatum  BSN  Woonplaats\n" + "\n".join(rows) + "\n"
    assert len(_found(text, "NL_BSN")) == 60
    assert len(_found(text, "DATE_OF_BIRTH")) == 60


def test_a_space_aligned_personnel_number_column_stays_a_personnel_number() -> None:
    text = ("Overzicht\n\nNaam  Personeelsnr  Geboren\n"
            "Eva Smit  725763863  03-04-1990\nJan de Wit  162275869  12-11-1985\n")
    assert _found(text, "NL_BSN") == []


# A row's signature cell holds two tildes ("~EK~") or a comma: no delimiter of the table, whose
# header (no tilde, no comma) stands over the cells set with spaces.
SIGNED = ("Locatie: kantine Waalhaven, 12-11-2026, 06:30\nGegeven door: Pieter Bos (voorman)\n\n"
          "#  Naam (blokletters)      Personeelsnr   Paraaf\n"
          "1  E. KOWALCZYK            725763863      ~EK~\n"
          "2  SMIT, JAN               162275869      J.S.\n")
SIGNED_EN = ("Location: canteen gate 3, 12-11-2026\nGiven by: Pieter Bos (foreman)\n\n"
             "No  Name                 Badge / staff no.   Signed\n"
             "1   O'BRIEN, SEAN        162275869           ~sob~\n"
             "2   Marta Nowak          725763863           M. Nowak, 24/11\n")


@pytest.mark.parametrize("text, lang", [(SIGNED, "nl"), (SIGNED_EN, "en")])
def test_a_signature_cell_makes_no_delimited_row(text: str, lang: str) -> None:
    assert _found(text, "NL_BSN", lang) == []


@pytest.mark.parametrize("text, lang", [
    (("| Naam | Document | Nummer |\n|---|---|---|\n| Eva Smit | Rijbewijs | 5012345678 |\n"
     "| Jan de Wit | Paspoort | XR1001R58 |\n"), "nl"),
    (("naam;soort;documentnummer;geldig tot\nEva Smit;Rijbewijs (kopie);5012345678;01-01-2030\n"
     "Jan de Wit;ID-kaart;XR1001R58;01-01-2030\n"), "nl"),
    (("Name, Document type, Document number, Expires\n"
     "Eva Smit, Driving licence, 5012345678, 2030-01-01\n"
     "Jan de Wit, Passport, XR1001R58, 2030-01-01\n"), "en"),
    (("Naam          Soort         Nr.\nEva Smit      rijbewijs     5012345678\n"
     "Jan de Wit    ID-kaart      XR1001R58\n"), "nl"),
])
def test_a_document_type_cell_names_the_number_in_a_generic_column(text: str,
                                                                   lang: str) -> None:
    assert _found(text, "NL_DRIVERS_LICENSE", lang) == ["5012345678"]
    assert _found(text, "NL_ID_DOCUMENT", lang) == ["XR1001R58"]


@pytest.mark.parametrize("text", [
    # a column of its own kind is not overruled by a document word elsewhere in the row
    "naam;rijbewijs;telefoon\nEva Smit;Rijbewijs B;0612345678\n",
    # a generic column in a row without a document type: no driving licence
    "naam;soort;nummer\nEva Smit;Klantkaart;5012345678\n",
])
def test_no_driving_licence_without_its_type_in_a_generic_column(text: str) -> None:
    assert _found(text, "NL_DRIVERS_LICENSE") == []


@pytest.mark.parametrize("text, entity, found", [
    # a one-line record: the label of the cell before, with its own value, is not ours
    ("Bakkerij Smit | KvK-nummer 12345678 | 020 - 123 45 67 | +32 470 12 34 56",
     "PHONE_NUMBER", ["020 - 123 45 67", "+32 470 12 34 56"]),
    ("Eva Smit; klantnummer 12345; 123456782; geboren 03-02-1990", "NL_BSN", []),
    ("Supplier: Bakker BV | VAT NL123456789B01 | phone +31 20 123 4567", "PHONE_NUMBER",
     ["+31 20 123 4567"]),
    # a label whose value is ours still labels it
    ("Tel 0612345678 | mobiel 0201234567", "PHONE_NUMBER", ["0612345678", "0201234567"]),
])
def test_a_label_with_its_own_value_in_the_cell_before(text: str, entity: str,
                                                        found: list[str]) -> None:
    assert _found(text, entity) == found


# Headers people set over space-aligned rows: underlined with '=' or '_' or box lines, a
# cell that opens with an ordinal ("1e werkdag"), or cells split by '|' or ';'.
_ROWS = ("J. Smit      725763863   03-04-1990   01-02-2024   Utrecht\n"
         "A. El Idrissi  162275869   12-11-1985   15-03-2024   Delft\n")


@pytest.mark.parametrize("header", [
    "Naam         Personeelsnr  Geboortedatum  1e werkdag  Vestiging\n",
    "Naam         Personeelsnr  Geboortedatum  Start       Vestiging\n" + "=" * 60 + "\n",
    "Naam         Personeelsnr  Geboortedatum  Start       Vestiging\n" + "_" * 60 + "\n",
    "Naam         Personeelsnr  Geboortedatum  Start       Vestiging\n" + "─" * 60 + "\n",
    "Naam | Personeelsnr | Geboortedatum | Start | Vestiging\n",
    "Naam;Personeelsnr;Geboortedatum;1st day;Vestiging\n",
])
def test_header_forms_over_space_aligned_rows(header: str) -> None:
    text = "Overzicht instroom\n\n" + header + _ROWS
    assert _found(text, "NL_BSN") == []  # a personnel number, though beside name and birth date
    assert _found(text, "DATE_OF_BIRTH") == ["03-04-1990", "12-11-1985"]



# (stop 67) A "|" table's free-text cell that holds a ";" is still a "|" row: its values take
# their own column's header, not a column counted by the note's ";". A sentence's commas
# beside its one ";" stay no columns.
PIPE_HEADER = ("ref | candidate       | birth date | town    | mobile       | mail             "
               "| stage  | remarks\n")


@pytest.mark.parametrize(("row", "want"), [
    (("k-1 | Dekker, Joost   | 1988-05-17 | Zwolle  | 06 1234 5678 | j.dekker@mail.nl | intake "
     "| Turkish kimlik + NL verblijfsdocument; heftruck ja"), "1988-05-17"),
    (("k-2 | Amrani, Nadia   | 1990-10-02 | Almere  | 06 8765 4321 | n.amrani@mail.nl | placed "
     "| heftruck ja; start 1/7"), "1990-10-02"),
    (("k-3 | Pereira, Rui    | 1979-01-30 | Emmen   | 06 1122 3344 | rui.p@mail.pt    | lead   "
     "| no remarks"), "1979-01-30"),
])
def test_a_pipe_rows_note_with_a_semicolon_keeps_its_columns(row: str, want: str) -> None:
    assert want in _found(PIPE_HEADER + row + "\n", "DATE_OF_BIRTH", "en")


# (stop 75) A row left half empty (a number and one cell: a free locker, a defect one) reads
# the header the full rows around it read; a form's pairs of label and value lines read the
# label line nearest above.
LOCKERS = ("SLEUTELKASTJES werkplaats Noord (stand 2 maart)\n"
           "kastnr     naam                   uitgifte      borg\n"
           "808689654  Wouters P.             04-01-2026    ja\n"
           "101238198  -- leeg --\n"
           "464619452  S. Bakir               11-02-2026    nee\n"
           "132089786  (slot kapot)\n")
BSN_ROWS = ("bsn        naam              geboren\n"
            "153974734  Eva Smit          03-04-1990\n"
            "396425112  (naam volgt)\n")


def test_half_empty_row_reads_its_column_header() -> None:
    assert _found(LOCKERS, "NL_BSN") == []


def test_half_empty_row_under_a_bsn_header_keeps_its_bsn() -> None:
    assert sorted(_found(BSN_ROWS, "NL_BSN")) == ["153974734", "396425112"]


def test_form_value_line_reads_the_label_line_above_it() -> None:
    form = ("naam                      burgerservicenummer\n"
            "Mevr. A. Dijkhuis         153974734\n"
            "geboortedatum             eerste ziektedag\n"
            "03-05-1981                02-03-2026\n"
            "laatste werkdag           functie\n"
            "01-03-2026                orderpicker\n")
    assert _found(form, "DATE_OF_BIRTH") == ["03-05-1981"]
