"""The statement's rules: one positive and one negative case each, validation, user policy."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from scanner.models import FileRecord, Finding
from scanner.policy import PolicyError, apply_policy, load_policy

NOW = datetime(2026, 11, 1, tzinfo=UTC)
STATEMENT = Path(__file__).resolve().parents[1] / "data" / "privacyverklaring.txt"


def _file(doc_type: str, path: str = "/share/x.docx", age_days: int = 1, **kw) -> FileRecord:
    return FileRecord(path=path, member=None, status=kw.pop("status", "scanned"),
                      error=kw.pop("error", None), doc_type=doc_type, size=1,
                      modified=NOW - timedelta(days=age_days), ocr=False)


def _finding(entity: str, doc_type: str) -> Finding:
    return Finding(path="/share/x.docx", member=None, page=1, location="page 1", entity=entity,
                   confidence=0.9, masked="******333", fingerprint="f" * 64, doc_type=doc_type,
                   rule=None, severity="info", finding_id="id")


def _rule(entity: str, doc_type: str, path: str = "/share/x.docx", policy=None) -> tuple:
    pol = policy or load_policy()
    _, [x] = apply_policy(pol, _file(doc_type, path), [_finding(entity, doc_type)], NOW)
    return x.rule, x.severity


@pytest.mark.parametrize("entity, doc_type, expected", [
    ("NL_BSN", "cv", ("bsn-on-cv", "high")),
    ("NL_BSN", "motivation_letter", ("bsn-on-cv", "high")),
    ("NL_BSN", "other", ("bsn-outside-hr", "high")),
    ("NL_BSN", "payslip", (None, "info")),               # expected on a payslip
    ("NL_BSN", "id_copy", (None, "info")),
    ("NL_BSN", "medical", (None, "info")),              # absence/re-integration record: HR
    ("NL_BSN", "vog", (None, "info")),                  # VOG declaration: HR
    ("SPECIAL_HEALTH", "cv", ("special-category", "high")),
    ("SPECIAL_RELIGION", "other", ("special-category", "medium")),  # review elsewhere
    ("SPECIAL_HEALTH", "medical", ("sickness-diagnosis", "high")),
    ("SPECIAL_TRADE_UNION", "medical", ("special-category", "medium")),
    ("IBAN_CODE", "cv", ("iban-on-cv", "medium")),
    ("IBAN_CODE", "payslip", (None, "info")),
    ("NL_ID_DOCUMENT", "cv", ("id-document-on-cv", "medium")),
    ("NL_ID_DOCUMENT", "id_copy", (None, "info")),
    ("EMAIL_ADDRESS", "cv", (None, "info")),               # inventory
])
def test_finding_rules(entity: str, doc_type: str, expected: tuple) -> None:
    assert _rule(entity, doc_type) == expected


@pytest.mark.parametrize("doc_type, age, rule", [
    ("cv", 800, "retention-candidate"), ("motivation_letter", 731, "retention-candidate"),
    ("id_copy", 5 * 365 + 2, "retention-id-copy"), ("payslip", 7 * 365 + 2, "retention-payroll"),
    ("camera_footage", 29, "retention-camera"),
])
def test_retention_rules(doc_type: str, age: int, rule: str) -> None:
    pol = load_policy()
    old, _ = apply_policy(pol, _file(doc_type, age_days=age), [], NOW)
    new, _ = apply_policy(pol, _file(doc_type, age_days=1), [], NOW)
    assert rule in old.rules and rule not in new.rules


@pytest.mark.parametrize("error, expected", [
    ("encrypted", True), ("corrupt", True), ("timeout", True), ("bomb", True),
    ("unsafe_path", True), ("too_large", True), ("unsupported", False),
    ("permission_denied", False),
])
def test_unscannable(error: str, expected: bool) -> None:
    f, _ = apply_policy(load_policy(), _file("other", status="error", error=error), [], NOW)
    assert ("unscannable" in f.rules) is expected


def test_every_default_rule_quotes_the_statement() -> None:
    text = " ".join(STATEMENT.read_text(encoding="utf-8").split())
    for rule in load_policy().rules.values():
        assert rule.statement and " ".join(rule.statement.split()) in text, rule.id


@pytest.mark.parametrize("body, message", [
    ('[rules.bsn-on-tv]\nseverity = "high"\n', "unknown rule 'bsn-on-tv'"),
    ('[rules.bsn-on-cv]\nseverity = "urgent"\n', "bad severity"),
    ('[rules.retention-camera]\nretention = "4 weken"\n', "bad duration"),
    ('[rules.bsn-outside-hr]\nallowed_locations = ["HR/[Salaris/**"]\n', "bad glob"),
    ('[rules.bsn-on-cv]\ncolour = "red"\n', "unknown key 'colour'"),
])
def test_validation_errors_name_line_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("# mijn beleid\n\n" + body, encoding="utf-8")
    with pytest.raises(PolicyError, match=message) as err:
        load_policy(path)
    assert re.search(rf"{re.escape(str(path))}:[34]: ", str(err.value))
    result = CliRunner().invoke(cli, ["policy", "check", str(path)])
    assert result.exit_code == 2 and message.split("'")[0] in result.output


def test_policy_show_round_trips_through_check(tmp_path: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(cli, ["policy", "show"])
    assert shown.exit_code == 0 and "[rules.bsn-on-cv]" in shown.output
    path = tmp_path / "policy.toml"
    path.write_text(shown.output, encoding="utf-8")
    assert runner.invoke(cli, ["policy", "check", str(path)]).exit_code == 0


def test_user_policy_changes_severity_allows_location_and_switches_off(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        '[rules.iban-on-cv]\nseverity = "high"\nentities = ["IBAN_CODE"]\n'
        'doc_types = ["cv"]\nstatement = "x"\n\n'
        '[rules.bsn-outside-hr]\nseverity = "high"\nentities = ["NL_BSN"]\n'
        'except_doc_types = ["payslip"]\nallowed_locations = ["HR/Salarisadministratie/**"]\n'
        'statement = "y"\n\n[rules.retention-camera]\nenabled = false\n', encoding="utf-8")
    pol = load_policy(path)
    assert _rule("IBAN_CODE", "cv", policy=pol) == ("iban-on-cv", "high")
    assert _rule("NL_BSN", "other", "/s/HR/Salarisadministratie/2024/a.xlsx", pol) == \
        (None, "info")
    assert _rule("NL_BSN", "other", "/s/Export/a.xlsx", pol) == ("bsn-outside-hr", "high")
    f, _ = apply_policy(pol, _file("camera_footage", age_days=90), [], NOW)
    assert "retention-camera" not in f.rules


def test_a_user_rule_changes_only_the_keys_it_names(tmp_path: Path) -> None:
    """A DPO who writes only a severity keeps the rule's entities, doc types and statement:
    a partial rule used to replace the default whole and silently match nothing."""
    path = tmp_path / "policy.toml"
    path.write_text('[rules.bsn-on-cv]\nseverity = "medium"\n', encoding="utf-8")
    rule = load_policy(path).rules["bsn-on-cv"]
    default = load_policy().rules["bsn-on-cv"]
    assert rule.severity == "medium"
    assert (rule.entities, rule.doc_types, rule.statement, rule.action) == \
        (default.entities, default.doc_types, default.statement, default.action)


def test_user_policy_end_to_end(tmp_path: Path) -> None:
    share = tmp_path / "share" / "HR" / "Salarisadministratie"
    share.mkdir(parents=True)
    (share / "export.txt").write_text("Overzicht\nBSN: 111222333\n", encoding="utf-8")
    other = tmp_path / "share" / "Export"
    other.mkdir()
    (other / "export.txt").write_text("Overzicht\nBSN: 123456782\n", encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text('[rules.bsn-outside-hr]\nseverity = "medium"\nentities = ["NL_BSN"]\n'
                      'except_doc_types = ["payslip", "id_copy", "employment_contract"]\n'
                      'allowed_locations = ["HR/Salarisadministratie/**"]\nstatement = "z"\n',
                      encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "share"), "--policy", str(policy),
                                      "--jsonl", str(out), "--db", str(tmp_path / "i.sqlite"),
                                      "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    import json

    bsn = {Path(r["path"]).parent.name: (r["rule"], r["severity"]) for r in
           map(json.loads, out.read_text().splitlines()) if r.get("entity") == "NL_BSN"}
    assert bsn == {"Salarisadministratie": (None, "info"), "Export": ("bsn-outside-hr", "medium")}


def test_scan_time_is_injectable() -> None:
    pol = load_policy()
    f = _file("cv", age_days=700)
    assert "retention-candidate" not in apply_policy(pol, f, [], NOW)[0].rules
    later = NOW + timedelta(days=60)
    assert "retention-candidate" in apply_policy(pol, replace(f), [], later)[0].rules


def test_sickness_diagnosis_fires_on_the_cause_not_on_the_absence(tmp_path: Path) -> None:
    import json

    share = tmp_path / "HR" / "Verzuim"
    share.mkdir(parents=True)
    (share / "verzuim_1.txt").write_text(
        "Verzuimregistratie\nMedewerker is ziek gemeld op 3 maart 2024, verwachte duur twee "
        "weken. Geen bedrijfsongeval.\n", encoding="utf-8")
    (share / "verzuim_2.txt").write_text(
        "Verzuimregistratie\nMedewerker is ziek gemeld wegens een hernia en gebruikt "
        "medicatie.\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "HR"), "--jsonl", str(out), "--db",
                                      str(tmp_path / "i.sqlite"), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    rules = {(Path(r["path"]).name, r["rule"]) for r in recs if r["type"] == "finding"
             and r["entity"] == "SPECIAL_HEALTH"}
    assert rules == {("verzuim_2.txt", "sickness-diagnosis")}
    assert all(r["doc_type"] == "medical" for r in recs if r["type"] == "file")


def test_as_of_judges_retention_on_that_day(tmp_path: Path) -> None:
    """`scan --as-of` replaces the clock for the retention rules (the demo's sample share is
    a snapshot of one day); the same unchanged file is judged again on each later day."""
    import json
    import os

    share = tmp_path / "share"
    share.mkdir()
    cv = share / "cv_kandidaat.txt"
    cv.write_text("Curriculum vitae\nWerkervaring\nOpleiding\nVaardigheden\n", encoding="utf-8")
    t = datetime(2020, 3, 1, 9, tzinfo=UTC).timestamp()
    os.utime(cv, (t, t))
    out = tmp_path / "o.jsonl"

    def rules(as_of: str) -> list[str]:
        result = CliRunner().invoke(cli, ["scan", str(share), "--jsonl", str(out), "--db",
                                          str(tmp_path / "i.sqlite"), "--workers", "1",
                                          "--quiet", "--as-of", as_of])
        assert result.exit_code == 0, result.output
        record = next(r for r in map(json.loads, out.read_text().splitlines())
                      if r["type"] == "file")
        return record["rules"]

    assert rules("2021-03-01") == []
    assert rules("2022-03-03") == ["retention-candidate"]
    assert rules("2022-02-27") == []


def _scan_jsonl(tmp_path: Path, share: Path) -> list[dict]:
    import json

    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(share), "--jsonl", str(out), "--db",
                                      str(tmp_path / "i.sqlite"), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in out.read_text().splitlines()]


def test_a_bsn_in_an_hr_record_is_not_outside_hr_but_in_a_candidate_export_it_is(
        tmp_path: Path) -> None:
    """SPEC bsn-outside-hr: absence and re-integration records, VOG declarations and payroll
    exports are HR records (before: each of them was flagged); a candidate export is not."""
    share = tmp_path / "share"
    share.mkdir()
    files = {
        "verzuim.txt": "Re-integratieverslag\nWerknemer: Piet Jansen\nBSN: 111222333\nEerste "
                       "ziektedag: 3 maart 2024. De bedrijfsarts adviseert opbouw van de uren.",
        "vog.txt": "Verklaring Omtrent het Gedrag\nJustis\nNaam: Piet Jansen\n"
                   "BSN: 111222333\nDe screening heeft geen bezwaar opgeleverd.",
        "salaris.csv": "Personeelsnummer;Naam;BSN;Periode;Brutoloon;Loonheffing;Nettoloon\n"
                       "1001;Piet Jansen;111222333;3;3100,00;620,00;2300,00\n",
        "kandidaten.csv": "Kandidaatnummer;Naam;E-mail;Functie;BSN\n"
                          "2001;Anna de Vries;anna@example.nl;planner;123456782\n",
    }
    for name, text in files.items():
        (share / name).write_text(text, encoding="utf-8")
    recs = _scan_jsonl(tmp_path, share)
    types = {Path(r["path"]).name: r["doc_type"] for r in recs if r["type"] == "file"}
    assert types == {"verzuim.txt": "medical", "vog.txt": "vog", "salaris.csv": "payslip",
                     "kandidaten.csv": "other"}
    rules = {(Path(r["path"]).name, r["rule"]) for r in recs
             if r["type"] == "finding" and r["entity"] == "NL_BSN"}
    assert rules == {("verzuim.txt", None), ("vog.txt", None), ("salaris.csv", None),
                     ("kandidaten.csv", "bsn-outside-hr")}


def test_an_application_email_is_classified_by_its_body_and_attachment(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "anna@example.nl", "jobs@example.nl", "Planner"
    msg.set_content("Beste recruiter,\n\nHierbij stuur ik mijn cv. Ik ben per direct "
                    "beschikbaar.\n\nGroet,\nAnna\n")
    msg.add_attachment(b"Curriculum vitae\nWerkervaring\n2019 - heden planner\nOpleiding\n",
                       maintype="text", subtype="plain", filename="cv_anna.txt")
    share = tmp_path / "share"
    share.mkdir()
    (share / "bericht.eml").write_bytes(bytes(msg))
    recs = _scan_jsonl(tmp_path, share)
    types = {r["member"]: r["doc_type"] for r in recs if r["type"] == "file"}
    assert types == {None: "motivation_letter", "cv_anna.txt": "cv"}


@pytest.mark.parametrize("entity, doc_type, rules", [
    # a CV is no HR record: a BSN on it breaks both, the most specific rule first
    ("NL_BSN", "cv", ("bsn-on-cv", "bsn-outside-hr")),
    ("NL_BSN", "other", ("bsn-outside-hr",)),
    ("NL_BSN", "medical", ()),
    ("SPECIAL_HEALTH", "medical", ("sickness-diagnosis", "special-category")),
    ("SPECIAL_HEALTH", "cv", ("special-category",)),
    ("EMAIL_ADDRESS", "cv", ()),
])
def test_a_finding_names_every_rule_it_breaks(entity: str, doc_type: str, rules: tuple) -> None:
    _, [x] = apply_policy(load_policy(), _file(doc_type), [_finding(entity, doc_type)], NOW)
    assert x.rules == rules and x.rule == (rules[0] if rules else None)


def test_jsonl_and_index_carry_every_rule(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "cv_anna.txt").write_text("Curriculum vitae\nAnna de Vries\nBSN: 111222333\n"
                                       "Werkervaring\n2019 - heden planner\n", encoding="utf-8")
    for _ in range(2):  # the second scan carries the unchanged file's findings from the index
        [bsn] = [r for r in _scan_jsonl(tmp_path, share) if r.get("entity") == "NL_BSN"]
        assert (bsn["rule"], bsn["rules"]) == ("bsn-on-cv", ["bsn-on-cv", "bsn-outside-hr"])
