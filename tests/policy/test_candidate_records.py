"""`special-category` is high "in a CV, motivation letter or other candidate document;
elsewhere a medium review finding" (SPEC). An intake report, an interview note, a screening
summary or a recruiter's e-mail about an applicant is a candidate document whatever its type;
an employee's record, minutes and a team e-mail are not, and there the rule is medium. A
policy can switch candidate documents off (``candidate_records = false``)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from scanner.extract.limits import Limits
from scanner.models import FileRecord, Finding, SourceItem
from scanner.policy import apply_policy, load_policy
from scanner.scan_item import ScanConfig, process_file

CANDIDATE = {
    "intake.txt": ("Intakeverslag\nKandidaat: Sanne Bakker\nDatum intakegesprek: 3 juni 2024\n"
                   "Sanne zoekt werk als orderpicker, beschikbaar per 1 juli. Zij vertelde "
                   "dat zij diabetes heeft en daarom vaste pauzes nodig heeft.\n"),
    "screening.txt": ("Screening sollicitant\nNaam: Ali Yilmaz\nVacature: heftruckchauffeur\n"
                      "Referentiecheck gedaan. De heer Yilmaz is lid van de FNV, zegt hij "
                      "zelf in het gesprek.\n"),
    "interview-notes.txt": ("Interview notes\nCandidate: Sam Jones, applicant for the "
                            "warehouse vacancy\nDuring the job interview Sam told me he has "
                            "epilepsy and takes medication for it.\n"),
}
ELSEWHERE = {
    "dossiernotitie.txt": ("Notitie personeelsdossier\nMedewerker: Sanne Bakker, "
                           "personeelsnummer 20431\nSanne is lid van de FNV; de "
                           "vakbondscontributie wordt vanaf juli via de loonstrook "
                           "ingehouden.\n"),
    "notulen.txt": ("Notulen teamoverleg 4 juni\nAanwezig: Kees, Ali, Sanne\n1. Kandidaat "
                    "voor de vacature orderpicker: Ali Yilmaz vertelde in het gesprek dat hij "
                    "lid is van de FNV.\n2. Rondvraag: geen.\n"),
}


def _severities(path: Path, policy: Path | None = None) -> set[str]:
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2024, 6, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=policy, limits=Limits(),
                     now=datetime(2024, 6, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    assert result.file.doc_type == "other"
    return {f.severity for f in result.findings if f.rule == "special-category"}


@pytest.mark.parametrize("name", sorted(CANDIDATE))
def test_a_candidate_document_of_type_other_breaks_the_rule_high(tmp_path: Path,
                                                                 name: str) -> None:
    path = tmp_path / name
    path.write_text(CANDIDATE[name], encoding="utf-8")
    assert _severities(path) == {"high"}


@pytest.mark.parametrize("name", sorted(ELSEWHERE))
def test_an_employee_record_or_minutes_is_a_medium_review_finding(tmp_path: Path,
                                                                  name: str) -> None:
    path = tmp_path / name
    path.write_text(ELSEWHERE[name], encoding="utf-8")
    assert _severities(path) == {"medium"}


def test_a_policy_can_switch_candidate_documents_off(tmp_path: Path) -> None:
    path = tmp_path / "intake.txt"
    path.write_text(CANDIDATE["intake.txt"], encoding="utf-8")
    policy = tmp_path / "beleid.toml"
    default = CliRunner().invoke(cli, ["policy", "show"]).output
    assert "candidate_records = true" in default
    policy.write_text(default.replace("candidate_records = true", "candidate_records = false"),
                      encoding="utf-8")
    assert _severities(path, policy) == {"medium"}


def test_the_policy_judges_a_candidate_document_of_any_type_high() -> None:
    """Only the rule of candidate documents (special-category) is judged so: a BSN in the
    same intake report still breaks bsn-outside-hr at its own severity."""
    now = datetime(2024, 6, 2, tzinfo=UTC)
    record = FileRecord(path="/share/intake.txt", member=None, status="scanned", error=None,
                        doc_type="other", size=1, modified=now, ocr=False)
    found = [Finding(path=record.path, member=None, page=None, location="page 1",
                     entity=entity, confidence=0.9, masked="x", fingerprint="f" * 64,
                     doc_type="other", rule=None, severity="info")
             for entity in ("SPECIAL_RELIGION", "NL_BSN")]
    for candidate, special in ((False, "medium"), (True, "high")):
        _, judged = apply_policy(load_policy(), record, found, now, candidate_record=candidate)
        assert [(x.rule, x.severity) for x in judged] == [("special-category", special),
                                                          ("bsn-outside-hr", "high")]


# (file name, text, severity of its special-category finding): everyday words and the forms
# of one word make no candidate document; a CV named as such, or two different candidate
# words, still do
WORDS = [
    # 'cv' in 'cv-ketel', 'resume', 'interview', 'referenties' are no candidate words
    ("storing.txt", ("Jan Bakker meldt dat de cv-ketel in de kantine lekt. Hij heeft referenties "
                    "van de installateur opgevraagd. Jan heeft diabetes en moet zijn insuline "
                    "koel bewaren.\n"), "medium"),
    ("transfer.txt", ("Peter will resume his duties on Monday after the interview with HR about "
                     "his transfer. Peter told us he has diabetes.\n"), "medium"),
    ("mail.txt", ("Hierbij het cv van Sanne Bakker voor de vacature orderpicker. Sanne heeft "
                 "diabetes.\n"), "high"),
    # 'kandidaat' and 'kandidaten' are one word, not the two that make a candidate document
    ("ploeg.txt", ("De kandidaten voor de ploeg zijn bekend. Kandidaat Sanne de Vries. Sanne "
                  "heeft diabetes.\n"), "medium"),
    ("verkiezing.txt", ("OR-verkiezingen 2026\nDe kandidaten voor de ondernemingsraad zijn "
                       "bekend.\nKandidaat: Sanne de Vries\nSanne is lid van de FNV.\n"), "medium"),
    ("voorstel.txt", ("Kandidaat: Sanne de Vries, voor de vacature orderpicker. Sanne heeft "
                     "diabetes.\n"), "high"),
]


@pytest.mark.parametrize(("name", "text", "severity"), WORDS, ids=[w[0] for w in WORDS])
def test_candidate_words(tmp_path: Path, name: str, text: str, severity: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _severities(path) == {severity}


def test_a_policy_narrowing_the_rule_to_cvs_is_obeyed_on_a_motivation_letter(
        tmp_path: Path) -> None:
    """The rule's own doc_types judge a CV or a motivation letter; candidate documents add
    only `other` documents (is_candidate_record never names a motivation letter one)."""
    from scanner.policy.candidate_record import is_candidate_record
    default = CliRunner().invoke(cli, ["policy", "show"]).output
    narrowed = default.replace('doc_types = ["cv", "motivation_letter"]\n# and every',
                               'doc_types = ["cv"]\n# and every')
    assert narrowed != default
    policy = tmp_path / "beleid.toml"
    policy.write_text(narrowed, encoding="utf-8")
    now = datetime(2024, 6, 2, tzinfo=UTC)
    judged = {}
    for doc_type in ("cv", "motivation_letter"):
        record = FileRecord(path="/share/brief.txt", member=None, status="scanned", error=None,
                            doc_type=doc_type, size=1, modified=now, ocr=False)
        found = [Finding(path=record.path, member=None, page=None, location="page 1",
                         entity="SPECIAL_HEALTH", confidence=0.9, masked="x",
                         fingerprint="f" * 64, doc_type=doc_type, rule=None, severity="info")]
        candidate = is_candidate_record(doc_type, [])
        _, out = apply_policy(load_policy(policy), record, found, now, candidate_record=candidate)
        judged[doc_type] = {x.severity for x in out if x.rule == "special-category"}
    assert judged == {"cv": {"high"}, "motivation_letter": {"medium"}}
