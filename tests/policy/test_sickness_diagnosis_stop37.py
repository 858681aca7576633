"""Stop 37 (#15): whose document and which words the sickness-diagnosis rule reads.

Three kinds, each in wordings, layouts and languages of our own:
- a candidate's own document (CV, application letter) is no absence or HR record, whatever
  field label its health words stand under: special-category, never sickness-diagnosis;
- a state of absence (ill, well again, unfit for work, on sick leave, back at work) is what an
  employer may record (AP, "De zieke werknemer"), not the nature or cause of an illness;
- giving birth or expecting a child, in any finite form, is a pregnancy, no illness.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import FileRecord, Finding, SourceItem
from scanner.policy import apply_policy, load_policy
from scanner.scan_item import ScanConfig, scan_item

NOW = datetime(2026, 11, 1, tzinfo=UTC)
HEALTH = Path(__file__).parents[2] / "detectors" / "data" / "special" / "health.toml"


def _judged(doc_type: str, label: str, masked: str) -> tuple[str | None, str]:
    record = FileRecord(path="/share/x.txt", member=None, status="scanned", error=None,
                        doc_type=doc_type, size=1, modified=NOW, ocr=False)
    finding = Finding(path="/share/x.txt", member=None, page=None, location="page 1",
                      entity="SPECIAL_HEALTH", confidence=0.85, masked=masked,
                      fingerprint="f" * 64, doc_type=doc_type, rule=None, severity="info",
                      label=label)
    _, [x] = apply_policy(load_policy(), record, [finding], NOW, worker_note=True)
    return x.rule, x.severity


def _rules(tmp_path: Path, name: str, text: str, found: bool = True) -> tuple[str, set[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    result = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    health = [f for f in result.findings if f.entity == "SPECIAL_HEALTH"]
    assert bool(health) or not found, "the document's health words are found"
    return result.file.doc_type, {r for f in health for r in (f.rules or (f.rule,)) if r}


# --- a candidate's own document ----------------------------------------------------------

@pytest.mark.parametrize("doc_type", ["cv", "motivation_letter"])
@pytest.mark.parametrize("label", ["", "oorzaak", "klachten", "toelichting",
                                   "symptoms", "cause", "letsel"])
def test_a_candidates_document_breaks_no_diagnosis_rule_under_any_label(
        doc_type: str, label: str) -> None:
    """Even a note the pipeline reads as about one worker (worker_note) and a cause label:
    the candidate wrote it about themselves, to apply."""
    assert _judged(doc_type, label, "astma") == ("special-category", "high")


@pytest.mark.parametrize("doc_type", ["cv", "motivation_letter"])
@pytest.mark.parametrize("label", ["diagnose", "reden verzuim", "oorzaak verzuim",
                                   "diagnosis", "reason for absence"])
def test_an_explicit_diagnosis_label_holds_in_a_document_typed_a_cv(
        doc_type: str, label: str) -> None:
    """(stop 37 mend) No candidate writes "Diagnose:" of their own: a re-integration profile
    with work-experience lines, typed a CV, still records a sickness under it."""
    assert _judged(doc_type, label, "astma") == ("sickness-diagnosis", "high")


@pytest.mark.parametrize("doc_type", ["medical", "other"])
def test_the_same_words_in_a_record_still_break_it(doc_type: str) -> None:
    assert _judged(doc_type, "oorzaak", "astma") == ("sickness-diagnosis", "high")


CANDIDATE_DOCS = {
    "cv-bakker.txt": (
        "Curriculum vitae\n\nNaam: Sven Bakker\nWoonplaats: Zwolle\n\nWerkervaring\n"
        "2018 - heden  Magazijnmedewerker, Zwolle\n2014 - 2018  Heftruckchauffeur, Kampen\n\n"
        "Opleiding\nMBO logistiek\n\nGezondheid: epilepsie, al jaren aanvalsvrij met "
        "medicijnen.\n"),
    "resume-lindqvist.txt": (
        "RESUME\nMaya Lindqvist, Utrecht\n\nExperience\n2019 - present  Care assistant, "
        "Utrecht\n2016 - 2019  Kitchen help, Houten\n\nEducation\nMBO Zorg niveau 3\n\n"
        "Personal: I live with type 1 diabetes and carry an insulin pump; it never kept "
        "me from work.\n"),
    "sollicitatie-yilmaz.txt": (
        "Geachte heer, mevrouw,\n\nHierbij solliciteer ik naar de functie van "
        "productiemedewerker. Eerlijk is eerlijk: na mijn hernia in 2023 ben ik volledig "
        "hersteld en kan ik weer tillen.\n\nMet vriendelijke groet,\nEmre Yilmaz\n"),
}


@pytest.mark.parametrize("name", sorted(CANDIDATE_DOCS))
def test_a_candidates_disclosure_is_special_category_only(tmp_path: Path, name: str) -> None:
    doc_type, rules = _rules(tmp_path, name, CANDIDATE_DOCS[name])
    assert doc_type in ("cv", "motivation_letter")
    assert "special-category" in rules and "sickness-diagnosis" not in rules


# --- a state of absence ------------------------------------------------------------------

STATES = ["recovered", "back at work", "sick leave", "unfit for work", "return to work",
          "arbeidsongeschikt", "ziekteverlof", "gedeeltelijk arbeidsongeschikt",
          "belastbaarheid", "re-integratie", "Ziektewet"]


@pytest.mark.parametrize("term", STATES)
def test_a_state_of_absence_is_no_diagnosis_in_an_absence_record(term: str) -> None:
    assert _judged("medical", "", term) == ("special-category", "medium")
    assert _judged("other", "status", term) == ("special-category", "medium")


@pytest.mark.parametrize("term", ["arbeidsongeschikt vanwege hartklachten",
                                  "sick leave after a knee operation", "longontsteking"])
def test_a_state_with_its_cause_is_a_diagnosis(term: str) -> None:
    assert _judged("medical", "", term) == ("sickness-diagnosis", "high")


def test_the_rule_excepts_every_state_word_of_the_health_vocabulary() -> None:
    """The policy's list and the vocabulary's status and absence words stay alike: a state
    word added to health.toml is no diagnosis either."""
    data = tomllib.loads(HEALTH.read_text(encoding="utf-8"))
    words = {t for lang in ("nl", "en") for key in ("status_terms", "absence_terms")
             for t in data[lang].get(key, [])}
    rule = load_policy().rule("sickness-diagnosis")
    assert rule is not None and words <= set(rule.except_terms)


def test_an_absence_table_with_states_and_no_cause_breaks_no_rule(tmp_path: Path) -> None:
    _, rules = _rules(tmp_path, "absence-q3.txt", (
        "Sickness absence overview Q3 - warehouse Tilburg\n\n"
        "Employee        First day sick   Last day   Status\n"
        "T. Verbeek      02-07            05-07      recovered\n"
        "S. Hoekstra     14-08            -          unfit for work\n"
        "K. Maas         21-09            24-09      recovered\n\n"
        "No reasons are recorded here.\n"), found=False)
    assert "sickness-diagnosis" not in rules


# --- giving birth ------------------------------------------------------------------------

@pytest.mark.parametrize("term", ["bevalt", "beviel", "bevielen", "gives birth",
                                  "giving birth", "given birth", "expecting a baby",
                                  "uitgerekend"])
def test_giving_birth_in_any_form_is_no_diagnosis(term: str) -> None:
    assert _judged("medical", "", term) == ("special-category", "medium")


# --- medication by the bare word ---------------------------------------------------------

@pytest.mark.parametrize("term", ["medicatie", "Medicijnen", "medicijngebruik", "medicijn",
                                  "medication", "medicines", "medications", "medicine"])
def test_medication_by_the_bare_word_names_no_illness(term: str) -> None:
    """That someone takes something, not for what: health data, no diagnosis."""
    assert _judged("medical", "", term) == ("special-category", "medium")


@pytest.mark.parametrize("term", ["antidepressiva", "insuline", "bloedverdunners",
                                  "antibiotics", "medicatie voor epilepsie"])
def test_a_kind_of_medicine_still_tells_the_condition(term: str) -> None:
    assert _judged("medical", "", term) == ("sickness-diagnosis", "high")


@pytest.mark.parametrize("label", ["oorzaak", "reason for absence"])
def test_medication_under_a_cause_label_is_the_cause(label: str) -> None:
    """"Oorzaak: medicatie" (a side effect sent someone home): the field says it is the cause."""
    assert _judged("other", label, "medicatie") == ("sickness-diagnosis", "high")


def test_a_fitness_note_that_limits_work_on_medication_breaks_no_rule(tmp_path: Path) -> None:
    _, rules = _rules(tmp_path, "advies-werkgever.txt", (
        "Advies arbodienst aan werkgever\n\nWerknemer: dhr. J. Kramer, heftruckchauffeur\n"
        "Spreekuur: 12-10-2026\n\nBelastbaarheid: geen heftruck zolang hij medicijnen "
        "gebruikt die slaperig maken; wel licht inpakwerk, 4 uur per dag.\n"
        "Volgende afspraak: over drie weken.\n"), found=False)
    assert "sickness-diagnosis" not in rules


# --- (stop 37 mend) a re-integration profile typed a CV; a relative's health in a record ----

def test_a_profile_typed_a_cv_keeps_its_diagnosis_label(tmp_path: Path) -> None:
    text = ("Re-integratieprofiel\n\nNaam: Daan Visser\n\nWerkervaring\n2014 - 2019 "
            "Magazijnmedewerker, Van Dijk Logistiek\n2019 - heden Orderpicker, Smit "
            "Distributie\n\nOpleiding\nMBO Logistiek\n\nVaardigheden\nHeftruck, WMS\n\n"
            "Diagnose: hernia\n\nBelastbaarheid: niet tillen boven 10 kg.\n")
    doc_type, rules = _rules(tmp_path, "profiel-visser.txt", text)
    assert doc_type in ("cv", "medical") and "sickness-diagnosis" in rules


RELATIVES = [
    "Ziekmelding 3 mei. Daan is thuis, zijn moeder heeft kanker.",
    "Ziekmelding 3 mei. Daan is thuis, haar moeder heeft kanker.",
    "Ziek gemeld op 4 juni; zijn vader heeft een hartinfarct gehad en hij zorgt voor hem.",
    "Afwezig wegens zorgverlof: haar dochter heeft longontsteking.",
    "Zorgverlof: zijn vrouw heeft borstkanker en wordt geopereerd.",
]


@pytest.mark.parametrize("line", RELATIVES)
def test_a_relatives_health_is_no_diagnosis_in_an_absence_record(tmp_path: Path,
                                                                 line: str) -> None:
    text = f"Verzuimregistratie - Daan Visser\n\n{line}\n"
    doc_type, rules = _rules(tmp_path, "verzuim-visser.txt", text)
    assert doc_type == "medical" and rules == {"special-category"}, (doc_type, rules)


def test_the_workers_own_diagnosis_beside_it_still_breaks_it(tmp_path: Path) -> None:
    text = ("Verzuimregistratie - Daan Visser\n\nZiekmelding 3 mei. Daan heeft een hernia. "
            "Zijn moeder heeft kanker.\n")
    path = tmp_path / "verzuim-visser.txt"
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    result = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    by_term = {f.masked: f.rule for f in result.findings if f.entity == "SPECIAL_HEALTH"}
    assert by_term.get("hernia") == "sickness-diagnosis"
    assert by_term.get("kanker") == "special-category"


def test_a_relatives_label_breaks_no_diagnosis_rule() -> None:
    assert _judged("medical", "naaste", "kanker")[0] == "special-category"
    assert _judged("other", "naaste", "kanker")[0] == "special-category"


@pytest.mark.parametrize("text", [
    ("Absence notice (HR)\n\nWorker: Piotr Nowak, payroll no. 441203\nClient: Bakker Metaal "
     "Venlo\nSick since: 3 Nov 2026\nReason given: torn meniscus, surgery next week.\n"),
    ("Verzuimmelding\n\nMedewerker: Sem de Graaf\nOpdrachtgever: Hoeksma Bouw\nCliënt: "
     "Zorggroep Noord\nZiek sinds: 4 november\nReden verzuim: hernia.\n"),
])
def test_a_client_field_above_the_cause_owns_nothing(tmp_path: Path, text: str) -> None:
    """An agency worker's record names the hiring firm ("Client:"): a field label, not the
    owner of the illness on the lines below."""
    _, rules = _rules(tmp_path, "verzuim-melding.txt", text)
    assert "sickness-diagnosis" in rules
