"""A special-category statement needs a data subject in its document (issue #15): a supplier's
brochure, a policy, a DPIA or a law text names no one, so "templates worden versleuteld
opgeslagen" or "de werknemer die lid is van een vakbond" there is about no one; its twin that
names one enrolled employee (a name, initials, a personnel number) is about that person. The
anchor is decided over the whole document (scan_item), not per chunk: a log's names may sit in
its table, the statement in the text above it. Texts written for these tests (Faker nl_NL)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from faker import Faker

from detectors import detect
from detectors.special_subject import names_no_one
from tests.detectors.found import special_in_file

NOW = datetime(2026, 12, 1, tzinfo=UTC)
fake = Faker("nl_NL")
Faker.seed(1615)
NAME = f"{fake.first_name_female()} {fake.last_name()}"

BROCHURE = """Productinformatie TimeGate Pro
De TimeGate Pro registreert werktijden met een vingerafdruk. Na de enrolment wordt het
vingerafdruktemplate van de medewerker versleuteld opgeslagen op de terminal. Gezichtsherkenning
is als optie leverbaar: de medewerker klokt in met zijn gezicht. Vraag een demonstratie aan.
"""
POLICY = """Beleid biometrie
Het gebruik van vingerafdrukken of gezichtsherkenning voor tijdregistratie is verboden. Er worden
geen biometrische templates aangemaakt of opgeslagen. Leidinggevenden zien hierop toe.
"""
DPIA = """DPIA toegangscontrole (concept)
Verwerking: biometrische gegevens voor toegang tot het serverlokaal. Bij enrolment wordt een
gezichtstemplate opgeslagen; de bewaartermijn is de duur van het dienstverband.
Risico: hoog. Maatregel: alternatief met pas aanbieden.
"""
LAW = """Uitvoeringswet AVG, artikel 29
Gelet op artikel 9, tweede lid, onderdeel g, van de verordening is het verbod om biometrische
gegevens met het oog op de unieke identificatie van een persoon te verwerken niet van toepassing,
indien de verwerking noodzakelijk is voor authenticatie of beveiligingsdoeleinden.
"""
UNION_POLICY = """Regeling vakbondscontributie
De werknemer die lid is van een vakbond kan de vakbondscontributie via de eindejaarsuitkering
laten verrekenen. De werkgever verwerkt daarvoor alleen het bedrag van de contributie.
"""
# the look-alikes: the same words about one enrolled employee
ENROLLED = f"""Registratie tijdregistratie
{NAME} is vandaag geregistreerd op de TimeGate Pro. Haar vingerafdruktemplate is opgeslagen op
de terminal bij de ingang.
"""
BY_NUMBER = """Registratie tijdregistratie
Personeelsnummer 40213: vingerafdruktemplate aangemaakt en opgeslagen op de terminal.
"""
UNION_MEMBER = f"""Notitie salarisadministratie
{NAME} is lid van een vakbond en laat de vakbondscontributie verrekenen met de
eindejaarsuitkering.
"""


@pytest.mark.parametrize("text", [BROCHURE, POLICY, DPIA, LAW, UNION_POLICY],
                         ids=["brochure", "policy", "dpia", "law", "union-policy"])
def test_a_text_that_names_no_one_has_no_special_category(tmp_path: Path, text: str) -> None:
    assert names_no_one(text, "nl")
    assert special_in_file(tmp_path, "tekst.txt", text) == set()


@pytest.mark.parametrize(("text", "entity"), [
    (ENROLLED, "SPECIAL_BIOMETRIC"),
    (BY_NUMBER, "SPECIAL_BIOMETRIC"),
    (UNION_MEMBER, "SPECIAL_TRADE_UNION"),
], ids=["named", "personnel-number", "union-member"])
def test_the_look_alike_about_one_person_keeps_it(tmp_path: Path, text: str, entity: str) -> None:
    assert not names_no_one(text, "nl")
    assert entity in special_in_file(tmp_path, "notitie.txt", text)


def test_detect_marks_the_statement_and_leaves_the_decision_to_the_document() -> None:
    # a chunk alone cannot tell: the name may sit in another chunk of the same document
    # (stop 48: a title that names a DPIA makes the text one about no one by its own
    # words, so the chunk here is the DPIA's body under another title)
    body = DPIA.replace("DPIA toegangscontrole (concept)", "Toegangscontrole serverlokaal")
    [det] = [d for d in detect(body, "nl") if d.entity == "SPECIAL_BIOMETRIC"][:1]
    assert det.needs_subject


@pytest.mark.parametrize("text", [BROCHURE, POLICY, DPIA, LAW, UNION_POLICY, ENROLLED, BY_NUMBER,
                                  UNION_MEMBER])
def test_detect_on_a_whole_document_judges_as_the_scan_does(tmp_path: Path, text: str) -> None:
    """detect(document=True) applies the scan's document-level subject check (the eval's raw
    column and the product agree): a text about no one keeps no statement."""
    raw = {d.entity for d in detect(text, "nl", document=True) if d.entity.startswith("SPECIAL_")}
    assert raw == special_in_file(tmp_path, "tekst.txt", text)


def test_a_name_in_a_table_of_the_same_document_anchors_the_text_above(tmp_path: Path) -> None:
    rows = "\n".join(f"{fake.last_name()}, {fake.first_name()[0]}.;0{800 + i}:12;gezicht;ok"
                     for i in range(4))
    text = ("Logboek toegangscontrole serverlokaal\nBij elke doorgang wordt de gezichtstemplate "
            "van de medewerker vergeleken.\n\nnaam;tijd;methode;resultaat\n" + rows + "\n")
    assert "SPECIAL_BIOMETRIC" in special_in_file(tmp_path, "log.txt", text)


@pytest.mark.parametrize(("text", "no_one"), [
    ("Wiśniewska K. heeft haar pas ingeleverd.", False),
    ("badge_id=20931 enrolled, face template stored", False),
    ("Model FT-200: 500 templates, 3 jaar garantie.", True),
    ("Zie Stb. 2018, nr. 144 en artikel 9 AVG.", True),
    # a plain noun before a number names one person only when the number is an id
    ("Verzuimprotocol medewerker 2025: meld je ziek voor 9 uur.", True),
    ("Regeling medewerker 55+ voor vitaliteitsverlof.", True),
    ("De scanner met SD card 16 GB bewaart templates.", True),
    ("Gebruiker 12 uur per week ingeroosterd voor de terminal.", True),
    ("Medewerker E-1093 heeft een vingerafdruk geregistreerd.", False),
    ("user 4411 enrolled, face template stored", False),
])
def test_surnames_with_initials_and_person_numbers_name_someone(text: str, no_one: bool) -> None:
    assert names_no_one(text, "nl") is no_one


GLOSSARY = """Verklarende woordenlijst ziekteverzuim
CVA — beroerte of herseninfarct. COPD — chronische longziekte. PTSS — posttraumatische
stressstoornis. Hernia — uitstulping van een tussenwervelschijf.
"""


def _record_findings(text: str) -> set[str]:
    from scanner.models import FileRecord, TextChunk
    from scanner.scan_item import detect_findings

    record = FileRecord("lijst.txt", None, "scanned", None, "medical", len(text), NOW, False)
    return {f.entity for f in detect_findings(record, [TextChunk(text, "body")], b"k" * 32,
                                              subject_record=True)}


def test_a_glossary_taken_for_a_record_names_no_ones_illness() -> None:
    # the health terms of a record are its person's; a list of illnesses names no one
    assert "SPECIAL_HEALTH" not in _record_findings(GLOSSARY)
    patient = f"Verzuimregistratie\nMedewerker: {NAME}\nCVA, herstel verwacht in juni.\n"
    assert "SPECIAL_HEALTH" in _record_findings(patient)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", ("Hi all,\n\nI need to know if we may record things like religion or union "
            "membership in the new HR system. Who decides?\n")),
    ("nl", ("Hoi,\n\nIk wil weten of wij gegevens als religie of lidmaatschap vakbond in het "
            "nieuwe systeem mogen vastleggen.\n")),
])
def test_a_sentence_naming_two_categories_by_name_lists_kinds_of_data(lang: str,
                                                                      text: str) -> None:
    from detectors.special_category import find_special

    assert find_special(text, lang) == []
    # the category's own field keeps its value
    assert find_special(f"Naam: {NAME}\nReligie: islam\n", "nl")


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nexa gebruikt gezichtsherkenning om medewerkers toegang te geven."),
    ("en", "Veridos is face recognition for offices."),
])
def test_a_product_opening_the_clause_is_no_person(lang: str, text: str) -> None:
    from detectors.special_category import find_special

    assert find_special(text, lang) == []
    person = f"{fake.first_name_male()} gebruikt gezichtsherkenning om binnen te komen."
    assert [m.entity for m in find_special(person, "nl")] == ["SPECIAL_BIOMETRIC"]


def test_a_share_of_a_group_is_no_ones_data() -> None:
    from detectors.special_category import find_special

    text = ("Staff survey 2025\nI will present the results.\nLGBTQ+ (self-reported): 6%\n"
            "Muslim: 9 %\n")
    assert find_special(text, "en") == []
    # a face match score is one person's
    log = f"Naam: {NAME}\n08:02 | ingang | gezichtsmatch 98% | ok\n"
    assert "SPECIAL_BIOMETRIC" in {m.entity for m in find_special(log, "nl")}


@pytest.mark.parametrize(("text", "found"), [
    ("Overdracht\n- Pieter: geeft aan dat de migraine terug is.\n", True),
    ("Sprekers\nSanne Bakker, neuroloog, vertelt over epilepsie bij jongeren.\n", False),
    ("Notitie teamleider\nSanne belde. Sanne start met re-integratie, ze werkt halve dagen.\n",
     False),  # that she is absent, not why
])
def test_a_health_term_in_a_sentence_naming_its_person(text: str, found: bool) -> None:
    from detectors.special_category import find_special

    assert bool([m for m in find_special(text, "nl") if m.entity == "SPECIAL_HEALTH"]) is found


def _pages_findings(pages: list[str]) -> set[str]:
    from scanner.models import FileRecord, TextChunk
    from scanner.scan_item import detect_findings

    record = FileRecord("dossier.pdf", None, "scanned", None, "medical", 100, NOW, False)
    chunks = [TextChunk(text, f"pagina {i}", i) for i, text in enumerate(pages, 1)]
    return {f.entity for f in detect_findings(record, chunks, b"k" * 32, subject_record=True)}


@pytest.mark.parametrize("first_page", ["Personeelsnummer 4411\nVerzuimdossier\n",
                                        "Verzuimdossier\nMedewerker E-2093\n"])
def test_a_person_named_on_a_page_without_a_finding_still_counts(first_page: str) -> None:
    # the page that says whose record it is holds no finding; the statement is on page 2
    statement = "Sinds maart een burn-out, behandeling bij de psycholoog loopt.\n"
    assert "SPECIAL_HEALTH" in _pages_findings([first_page, statement])
    assert "SPECIAL_HEALTH" not in _pages_findings(["Verzuimbeleid\n", statement.replace(
        "Sinds maart een", "Bij een")])


def test_only_as_in_only_twelve_weeks_is_no_persons_number() -> None:
    policy = "Beleid. Een werknemer die pas 12 weken in dienst is en diabetes heeft, meldt dat.\n"
    assert names_no_one(policy, "nl")
