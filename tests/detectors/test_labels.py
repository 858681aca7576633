"""Labels matched by their parts (detectors/labels.py): compounds, abbreviations, phrases in
Dutch and English, for every entity that uses labels; a number labelled as another number
is a decoy, also inside a block of personal details."""

from __future__ import annotations

import pytest

from detectors import detect

BLOCK = "Naam: Sanne de Vries\nAdres: Dorpsstraat 12, 1234 AB Utrecht\nGeboortedatum: 12-03-1985\n"


def _found(text: str, entity: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == entity]


@pytest.mark.parametrize(
    "label",
    [
        "BSN/Sofinummer:",
        "Burgerservicenr",
        "Burgerservicenr.:",
        "sofi-nr",
        "Sofinr.",
        "BSN-nr.",
        "Bsn nummer:",
        "Burger-servicenummer",
        "Citizen service no.",
        "SSN:",
        "Social security number",
        "Fiscaalnummer:",
        "Uw burgerservicenummer is",
        "Werknemer-BSN:",
    ],
)
def test_bsn_label_by_parts(label: str) -> None:
    assert _found(f"{label} 123456782", "NL_BSN") == ["123456782"]


@pytest.mark.parametrize(
    "label",
    [
        "Registratienummer:",
        "Certificaatnummer:",
        "Aanvraagnummer",
        "Personeelsnr.",
        "Klant-nr:",
        "Order no.",
        "Policy number:",
        "Client ID:",
        "Ref.",
        "Ref.nr.",
        "Ons kenmerk:",
        "Uw kenmerk",
        "Reference:",
        "Dossiernummer",
        "Contractnummer:",
        "BIG-registratie:",
        "BIG-nummer",
        "Lidmaatschapsnummer:",
        "Membership no.",
        "Nummer lidmaatschap:",
        "Factuurnr.",
        "KvK:",
        "Personnel number",
        "nr.",
        "No.",
        "Polis:",
        "Employee ID:",
        "Vacaturenummer",
        "AGB-code:",
        "Relatienummer",
        "Lidmaatschap:",
    ],
)
def test_number_labelled_as_another_is_no_bsn(label: str) -> None:
    assert _found(f"{label} 123456782", "NL_BSN") == []
    # ... also inside a block of personal details
    assert _found(f"{BLOCK}{label} 123456782\n", "NL_BSN") == []
    assert _found(f"{BLOCK}{label}\n123456782\n", "NL_BSN") == []


@pytest.mark.parametrize(
    "text",
    [
        f"{BLOCK}123456782\n",  # a bare number beside name, address, birth date
        "Sanne de Vries\nDorpsstraat 12\n1234 AB Utrecht\n123456782",
    ],
)
def test_bare_number_in_personal_block_is_a_bsn(text: str) -> None:
    assert _found(text, "NL_BSN") == ["123456782"]


@pytest.mark.parametrize(
    "label",
    [
        "ID-kaartnummer",
        "Nummer identiteitsbewijs:",
        "Paspoortnr.",
        "Documentnummer ID:",
        "Nr. paspoort:",
        "Passport no.",
        "ID card number:",
        "Identiteitskaart nr",
        "ID-nr.:",
        "Legitimatienummer:",
        "Reisdocument:",
        "Documentnr:",
        "Number of passport:",
    ],
)
def test_id_document_label_by_parts(label: str) -> None:
    assert _found(f"{label} XR1001R58", "NL_ID_DOCUMENT") == ["XR1001R58"]


@pytest.mark.parametrize("label", ["Serienummer:", "Artikelnr.", "Order no.", "Klantnummer:"])
def test_id_document_shape_labelled_as_another(label: str) -> None:
    assert _found(f"Paspoort\n{label} XR1001R58", "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rijbewijsnr.: 1234567890", ["1234567890"]),
        ("Driving licence no. 1234567890", ["1234567890"]),
        ("Nummer rijbewijs: 1234567890", ["1234567890"]),
        ("Rijbewijs\nKlantnummer: 1234567890", []),
    ],
)
def test_drivers_license_label_by_parts(text: str, expected: list[str]) -> None:
    assert _found(text, "NL_DRIVERS_LICENSE") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KvK-nr.: 12345678", ["12345678"]),
        ("Handelsregisternummer 12345678", ["12345678"]),
        ("Inschrijving handelsregister nr. 12345678", ["12345678"]),
        ("CoC no. 12345678", ["12345678"]),
        ("KvK\nVestigingsnummer: 12345678", []),
    ],
)
def test_kvk_label_by_parts(text: str, expected: list[str]) -> None:
    assert _found(text, "NL_KVK") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Geb.datum: 12-03-1985", ["12-03-1985"]),
        ("Geboorte datum 12-03-1985", ["12-03-1985"]),
        ("Geboortedatum/-plaats: 12-03-1985 te Utrecht", ["12-03-1985"]),
        ("Birth date: 12-03-1985", ["12-03-1985"]),
        ("Ingangsdatum: 12-03-1985", []),
        ("Start date: 12-03-1985", []),
        ("Geboren\nDatum indiensttreding: 12-03-2015", []),
        # a system's field names, their parts joined by '_': the stem heads the compound
        ("birth_date: 1985-03-12", ["1985-03-12"]),
        ("geboorte_datum = 12-03-1985", ["12-03-1985"]),
        ("employee.birth_date\t1985-03-12", ["1985-03-12"]),
        ("start_date: 2015-03-12", []),
        ("datum_in_dienst: 12-03-1985", []),
    ],
)
def test_date_of_birth_label_by_parts(text: str, expected: list[str]) -> None:
    assert _found(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contactnummer: 06-12345678",
        "Mobiel nummer: 06 12345678",
        "Telefoonnr. 06-12345678",
        "Tel.nr: 06-12345678",
        "Noodnummer 06-12345678",
    ],
)
def test_phone_labels(text: str) -> None:
    assert len(_found(text, "PHONE_NUMBER")) == 1


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Geboortedatum:" + " " * 50 + "01-02-1990", "DATE_OF_BIRTH"),
        ("Geboortedatum " + "." * 40 + " 01-02-1990", "DATE_OF_BIRTH"),
        ("Burgerservicenummer\t\t\t\t\t\t\t\t\t\t" + " " * 30 + "123456782", "NL_BSN"),
        ("Paspoortnummer ____________________________________ XR1001R58", "NL_ID_DOCUMENT"),
    ],
)
def test_label_far_across_padding(text: str, entity: str) -> None:
    """Forms and fixed-width exports pad a label away from its value."""
    assert len(_found(text, entity)) == 1


@pytest.mark.parametrize(
    "text",
    ["BSN: 1234 56 782", "Burgerservicenummer: 1234-56-782", "Sofinummer 12 34 56 782"],
)
def test_bsn_grouped_with_any_one_separator(text: str) -> None:
    assert len(_found(text, "NL_BSN")) == 1


@pytest.mark.parametrize("text,entity", [
    ("Sofia 123456782", "NL_BSN"), ("Contact: Sofie de Wit 123456782", "NL_BSN"),
    ("Sofiane El Amrani, 111222333", "NL_BSN"), ("Borne, 12-03-2004", "DATE_OF_BIRTH"),
    ("Woonplaats: Borne 03-05-1990", "DATE_OF_BIRTH"), ("Bornholm 3-5-1990", "DATE_OF_BIRTH"),
])
def test_a_word_that_starts_with_a_short_stem_is_no_label(text: str, entity: str) -> None:
    """A four-letter stem is a whole word part, like "id": a first name that begins with
    "sofi" names no sofi-nummer, a town that begins with "born" no birth."""
    assert _found(text, entity) == []


@pytest.mark.parametrize("text,entity,value", [
    ("Sofinummer 123456782", "NL_BSN", "123456782"), ("Sofi-nr.: 123456782", "NL_BSN", "123456782"),
    ("SOFI: 123456782", "NL_BSN", "123456782"), ("Born: 3 May 1990", "DATE_OF_BIRTH", "3 May 1990"),
    ("Born-date 03/05/1990", "DATE_OF_BIRTH", "03/05/1990"),
])
def test_the_short_stems_still_label(text: str, entity: str, value: str) -> None:
    assert _found(text, entity) == [value]


def test_a_dumps_snake_case_birth_date_column_labels_its_dates() -> None:
    """"birth_date" over a column is the birth date's label (its stem heads the compound),
    not a "date" that names another date: every date under it is read by its label."""
    text = ("COPY hr.employee (employee_id, first_name, birth_date, start_date) FROM stdin;\n"
            "4410\tSanne\t1988-07-04\t2019-03-01\n4411\tThijs\t1975-11-21\t2021-09-01\n\\.\n")
    found = [d for d in detect(text, "nl") if d.entity == "DATE_OF_BIRTH"]
    assert [text[d.start:d.end] for d in found] == ["1988-07-04", "1975-11-21"]
    assert {d.explanation for d in found} == {"label 'birth_date'"}
