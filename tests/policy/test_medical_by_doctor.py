"""`medical` is a doctor's document; the employer's absence paperwork is `other` (stop 40).

A company doctor's feedback, a GP's statement, a physiotherapist's report or a medical
examination (keuring) is `medical`; a sick report, an absence export, a plan van aanpak or a
case manager's note is the employer's absence record: typed `other`, and still an HR record
(bsn-outside-hr does not fire) in which every health term is the worker's (sickness-diagnosis
fires on the cause). Synthetic texts, written for these tests; BSNs generated 11-check-valid.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from detectors.data.learned.train import other_convention
from reports.labels import Words
from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk
from scanner.policy import is_subject_record, load_policy
from scanner.policy.classify import ABSENCE_RECORD, classify_verdict
from scanner.scan_item import ScanConfig, scan_item
from tests.policy.doc_kind import ABSENCE, kind

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _bsn(start: int) -> str:
    n = start
    while True:
        digits = [int(c) for c in f"{n:09d}"]
        if (sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
                - digits[8]) % 11 == 0:
            return f"{n:09d}"
        n += 1


def _kind(text: str, name: str = "document.txt") -> str:
    item = SourceItem(path=f"/share/{name}", member=None, size=1, modified=NOW)
    doc_type, reason, _ = classify_verdict(item, [TextChunk(text, "body")])
    return kind(doc_type, reason)


def _scan(tmp_path: Path, name: str, text: str) -> tuple[str, bool, set[tuple[str, str | None]]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return (kind(first.file.doc_type, first.file.doc_reason), first.file.hr_record,
            {(f.entity, f.rule) for f in first.findings
             if f.entity in ("NL_BSN", "SPECIAL_HEALTH")})


@pytest.mark.parametrize("text, name", [
    # a company doctor's letterhead and advice after the consultation
    (("Arbodienst Noordkust - advies na spreekuur\n\nWerknemer: dhr. K. Oomen\nHij is "
     "arbeidsongeschikt voor zijn eigen werk; opbouw in drie weken naar 20 uur, geen tilwerk."),
     "advies.txt"),
    # the company doctor's e-mail: its subject says whose it is
    (("Van: M. Vos <m.vos@arbonoord.nl>\nAan: hr@uitzendbureau.nl\nOnderwerp: terugkoppeling "
     "spreekuur L. Smeets\n\nMevrouw Smeets is sinds 2 mei ziek gemeld. Zij kan voorlopig "
     "geen nachtdiensten draaien; herbeoordeling over vier weken."), "mail.txt"),
    # a fitness check for forklift work, named by its file
    (("Uitslag\nKandidaat: S. Wouters\nGezichtsvermogen voldoende, gehoor voldoende. "
     "Geschikt voor heftruckwerk. Ziekteverzuim verleden: geen bijzonderheden."),
     "keuring_heftruck_wouters.txt"),
    # an occupational physician's report in English
    (("Occupational physician's report\n\nEmployee: Ms R. Patel\nShe reported sick on 3 "
     "March with wrist complaints; light duties for two weeks, review after."), "report.txt"),
])
def test_a_doctors_document_is_medical(text: str, name: str) -> None:
    assert _kind(text, name) == "medical"


@pytest.mark.parametrize("text", [
    ("Ziekmelding\nMedewerker: Ruben Smit (personeelsnummer 4471)\nZiek per 3 maart, "
     "verwacht herstel over een week. Contact met de bedrijfsarts volgt."),
    ("Plan van aanpak - Fenna de Graaf\nEerste ziektedag: 3 maart. Zij werkt twee uur per "
     "dag, de casemanager belt wekelijks. Evaluatie na zes weken."),
    ("Sickness absence log - week 12\nEmployee: Tom Baker\nFirst day of absence: 18 March\n"
     "Reported sick by phone, expected back on Monday."),
])
def test_the_employers_absence_paperwork_is_an_absence_record(text: str) -> None:
    assert _kind(text) == ABSENCE


def test_an_absence_record_is_an_hr_record_for_both_rules(tmp_path: Path) -> None:
    """Typed `other`, the employer's sick report keeps its BSN in HR and its cause is a
    diagnosis the employer may not hold."""
    text = (f"Ziekmelding\nNaam medewerker: Ruben Smit\nBSN: {_bsn(231_000_000)}\nEerste "
            "ziektedag: 3 maart 2026\nOorzaak: longontsteking\n")
    doc_type, hr, found = _scan(tmp_path, "ziekmelding-smit.txt", text)
    assert (doc_type, hr) == (ABSENCE, True)
    assert found == {("NL_BSN", None), ("SPECIAL_HEALTH", "sickness-diagnosis")}


def test_a_doctors_report_keeps_the_rules_it_had(tmp_path: Path) -> None:
    text = (f"Terugkoppeling bedrijfsarts\nWerknemer: Ruben Smit\nBSN: {_bsn(232_000_000)}\n"
            "Diagnose: hernia. Opbouw naar 50% in vier weken.\n")
    doc_type, hr, found = _scan(tmp_path, "terugkoppeling.txt", text)
    assert (doc_type, hr) == ("medical", True)
    assert found == {("NL_BSN", None), ("SPECIAL_HEALTH", "sickness-diagnosis")}


def test_an_absence_record_is_a_subject_record_only_where_the_rule_is_on() -> None:
    policy = load_policy()
    assert is_subject_record(policy, "other", {}, absence=True)
    assert not is_subject_record(policy, "other", {}, absence=False)
    off = replace(policy, rules={k: v for k, v in policy.rules.items()
                                 if k != "sickness-diagnosis"})
    assert not is_subject_record(off, "other", {}, absence=True)


def test_the_dpo_reads_the_reason_in_dutch() -> None:
    item = SourceItem(path="/share/ziekmelding.txt", member=None, size=1, modified=NOW)
    _, reason, _ = classify_verdict(item, [TextChunk(
        "Ziekmelding\nMedewerker: R. Smit\nZiek per 3 maart.", "body")])
    assert reason.startswith(ABSENCE_RECORD)
    dutch = Words("nl").phrase(reason)
    assert dutch.startswith("verzuimregistratie van de werkgever, geen stuk van een arts")
    assert "absence record" not in dutch


def test_a_convention_may_name_a_type_its_writer_gave(tmp_path: Path) -> None:
    """conventions.toml `types`: every document its writer typed so follows another
    convention (a set whose writer typed every absence record `medical`)."""
    path = tmp_path / "conventions.toml"
    path.write_text('[doc_type.s-1]\ntypes = ["medical"]\ndocuments = ["009"]\n',
                    encoding="utf-8")
    labels = [{"doc": "001-a.txt", "doc_type": "medical"}, {"doc": "002-b.txt", "doc_type": "cv"},
              {"doc": "003-c.txt", "doc_type": "medical"}]
    assert other_convention("s-1", path, labels) == frozenset({"001", "003", "009"})
    assert other_convention("s-2", path, labels) == frozenset()
