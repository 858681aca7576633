"""Field names as software writes them: camelCase ("bsnNummer", "idNummer"), a MongoDB type
tag between key and value ({"$date": ...}), "national_id" for the BSN, a birth date stored as
a datetime at midnight, and tilde-delimited exports (read raw and by the extractor). Each
with a twin that must not fire."""

from __future__ import annotations

import random

from faker import Faker

from detectors import detect
from scanner.extract.text_tables import split_tables
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1415)


def _found(text: str, entity: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity}


def test_camel_case_attribute_names_label_their_values() -> None:
    rng = random.Random(1)
    bsn, doc, rec = synth.bsn(rng), synth.doc_number(rng), synth.bsn(rng)
    text = (f'<worker recId="{rec}" persNr="E-1002" idNummer="{doc}" bsnNummer="{bsn}" '
            f'naam="{_FAKE.name()}"/>\n')
    assert _found(text, "NL_BSN") == {bsn}  # recId's 11-check number is a record's id
    assert _found(text, "NL_ID_DOCUMENT") == {doc}


def test_camel_case_of_another_number_is_still_another_number() -> None:
    rng = random.Random(2)
    order = synth.bsn(rng)
    assert _found(f'<order orderNummer="{order}" klantNummer="K-1"/>', "NL_BSN") == set()


def test_mongo_type_tags_and_national_id() -> None:
    rng = random.Random(3)
    a, b = synth.bsn(rng), synth.bsn(rng)
    text = ('{"_id": {"$oid": "65f1c2e4a1b2c3d4e5f60718"}, "kandidaatId": {"$numberLong": '
            f'"{synth.bsn(rng)}"}}, "geboortedatum": {{"$date": "1990-02-03T00:00:00.000Z"}}, '
            f'"birthDate": {{"$date": "1986-07-19T22:00:00.000Z"}}, "national_id": "{a}", '
            f'"nationalId": "{b}"}}\n')
    assert _found(text, "NL_BSN") == {a, b}
    assert _found(text, "DATE_OF_BIRTH") == {"1990-02-03", "1986-07-19"}


def test_a_stored_datetime_under_another_date_field_is_no_birth_date() -> None:
    text = ('{"naam": "Sanne de Vries", "geboorteplaats": "Utrecht", '
            '"aangemaakt": {"$date": "2024-03-01T00:00:00.000Z"}, '
            '"laatsteLogin": "2024-05-02T09:14:00Z"}\n')
    assert _found(text, "DATE_OF_BIRTH") == set()


def _tilde_export(rng: random.Random) -> tuple[str, set[str], set[str], set[str]]:
    rows, bsns, births, ids = [], set(), set(), set()
    for _ in range(15):
        ident, bsn = synth.bsn(rng), synth.bsn(rng)
        born = f"{_FAKE.date_of_birth():%Y-%m-%d}"
        rows.append(f"{ident}~{_FAKE.name()}~{born}~{bsn}~2024-01-0{rng.randint(1, 9)}")
        bsns.add(bsn)
        births.add(born)
        ids.add(ident)
    text = "id~naam~geboortedatum~bsn~ingangsdatum\n" + "\n".join(rows) + "\n"
    return text, bsns, births, ids


def test_a_tilde_export_is_read_by_its_header() -> None:
    text, bsns, births, _ = _tilde_export(random.Random(4))
    assert _found(text, "NL_BSN") == bsns
    assert _found(text, "DATE_OF_BIRTH") == births


def test_the_extractor_reads_a_tilde_export_as_a_table_but_not_a_tilde_in_prose() -> None:
    text, _, _, _ = _tilde_export(random.Random(5))
    _, tables = split_tables("Export planning\n\n" + text)
    assert len(tables) == 1 and tables[0].rows[0][:3] == ("id", "naam", "geboortedatum")
    prose = "Tussen 8~9 uur bellen.\nDaarna ~10 min pauze, dan ~ klaar.\n"
    assert split_tables(prose) == (prose, [])


def test_a_camel_case_id_field_after_or_before_a_bsn_field_is_its_own_number() -> None:
    rng = random.Random(6)
    bsn, rec, req = synth.bsn(rng), synth.bsn(rng), synth.bsn(rng)
    text = (f'<medewerker bsn="{bsn}" recId="{rec}" naam="{_FAKE.name()}"/>\n'
            f'{{"requestId": "{req}", "bsn": "{bsn}"}}\n')
    assert _found(text, "NL_BSN") == {bsn}
    # a camelCase word after a BSN label that names no number leaves the label its own
    assert _found(f"BSN (zie MijnOverheid): {bsn}", "NL_BSN") == {bsn}
