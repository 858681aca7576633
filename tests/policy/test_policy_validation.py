"""An invalid policy is refused once, in the parent, with one line naming file:line and the
key: by `policy check`, and by `scan`, `check` and `serve` before anything starts (exit 2).

Before: unknown entity names and document types were accepted (a typo switched a rule off
silently); a bad value killed the scan's workers (BrokenProcessPool traceback, exit 1), told
a candidate their file was corrupt, and failed uvicorn's start-up (exit 3).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from scanner.policy import PolicyError, load_policy

REPO = Path(__file__).resolve().parents[2]
HEAD = "# mijn beleid\n[rules.special-category]\ndoc_types = [\"cv\"]\n\n[rules.bsn-on-cv]\n"
BAD = [  # (rule body after HEAD, expected line, message)
    ('entities = ["NL_BSN",\n  "NL_BSNX"]\n', 7, "unknown entity 'NL_BSNX'"),
    ('entities = ["SPECIAAL_*"]\n', 6, "unknown entity 'SPECIAAL_*'"),
    ('doc_types = ["cv", "cvv"]\n', 6, "unknown document type 'cvv'"),
    ('severity = "high"\nkleur = "rood"\n', 7, "unknown key 'kleur'"),
    ('severity = "hoog"\n', 6, "bad severity 'hoog'"),
    ('action = "block"\n', 6, "bad action 'block'"),
    ('entities = "NL_BSN"\n', 6, "entities must be a list of strings"),
    ('enabled = "nee"\n', 6, "enabled must be true or false"),
    ('except_hr_records = 1\n', 6, "except_hr_records must be true or false"),
    ('candidate_records = "ja"\n', 6, "candidate_records must be true or false"),
    # the scan reads candidate documents only for special categories: on a BSN rule it would
    # fire or not by an unrelated health term
    ('severity = "high"\ncandidate_records = true\n', 7,
     "rules.bsn-on-cv.candidate_records: only for a rule of special categories"),
    ('hr_records = "ja"\n', 6, "hr_records must be true or false"),
    # a note about a worker is read only for special categories, as a candidate document
    ('severity = "high"\nhr_records = true\n', 7,
     "rules.bsn-on-cv.hr_records: only for a rule of special categories"),
    ('except_terms = "zwanger"\n', 6, "except_terms must be a list of strings"),
    ('severity = "high\n', 6, "Illegal character"),  # TOML syntax: tomllib's line
]


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "beleid.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


@pytest.mark.parametrize("body, line, message", BAD)
def test_policy_check_names_file_line_and_what(tmp_path: Path, body: str, line: int,
                                               message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(PolicyError, match=re.escape(message)):
        load_policy(path)
    result = CliRunner().invoke(cli, ["policy", "check", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"privacyscan: invalid policy: {path}:{line}: "
                                                  + result.output.split(f":{line}: ", 1)[1]
                                                  .strip()]
    assert message in result.output


def test_candidate_records_on_a_rule_of_special_categories_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[rules.sickness-diagnosis]\ncandidate_records = true\n'
                    '[rules.iban-on-cv]\ncandidate_records = false\n', encoding="utf-8")
    assert load_policy(path).rule("sickness-diagnosis").candidate_records
    result = CliRunner().invoke(cli, ["policy", "check", str(path)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("extra", [
    '[rules.unscannable]\nerrors = ["kapot"]\n', '[rules.iban-on-cv]\nexcept_doc_types = ["x"]\n',
    '[rules.bsn-on-tv]\nseverity = "high"\n', '[regels]\nx = 1\n', '[rules]\nbsn-on-cv = 3\n',
])
def test_more_unknown_names_are_refused(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(extra, encoding="utf-8")
    with pytest.raises(PolicyError, match=rf"^{path}:\d+: "):
        load_policy(path)


def test_globs_and_every_known_name_are_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, 'entities = ["NL_*", "IBAN_CODE"]\ndoc_types = ["vog", "other"]\n')
    assert load_policy(path).rules["bsn-on-cv"].entities == ("NL_*", "IBAN_CODE")


def test_a_policy_that_is_not_text_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_bytes(b"\xff\xfe\x00[")
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(path)


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "scanner", *args], check=False,
                          capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=REPO)


def _one_line(result: subprocess.CompletedProcess[str], path: Path) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-500:]
    assert lines[0].startswith(f"privacyscan: invalid policy: {path}:7: ")
    return lines[0]


def test_scan_check_and_serve_refuse_a_bad_policy_with_the_same_line(tmp_path: Path) -> None:
    policy = _write(tmp_path, 'entities = ["NL_BSN",\n  "NL_BSNX"]\n')
    share = tmp_path / "share"
    share.mkdir()
    (share / "cv.txt").write_text("Curriculum vitae\nBSN: 111222333\n", encoding="utf-8")
    db = tmp_path / "i.sqlite"
    want = _one_line(_cli("policy", "check", str(policy)), policy)
    scan = _cli("scan", str(share), "--policy", str(policy), "--jsonl", str(tmp_path / "o.jsonl"),
                "--db", str(db), "--workers", "2")
    assert _one_line(scan, policy) == want
    assert not db.exists() and not (tmp_path / "o.jsonl").exists()  # refused before it began
    assert not list(tmp_path.glob("i.sqlite*"))  # not even the index's lock file
    check = _cli("check", str(share / "cv.txt"), "--policy", str(policy))
    assert _one_line(check, policy) == want and check.stdout == ""  # no verdict for the file
    serve = _cli("serve", "--port", "0", "--policy", str(policy), timeout=60)
    assert _one_line(serve, policy) == want


def test_check_through_clirunner_does_not_blame_the_candidates_file(tmp_path: Path) -> None:
    policy = _write(tmp_path, 'severity = "hoog"\n')
    cv = tmp_path / "cv.txt"
    cv.write_text("Curriculum vitae\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(cv), "--policy", str(policy)])
    assert result.exit_code == 2 and "bad severity 'hoog'" in result.output
    assert "beschadigd" not in result.output


def test_create_app_refuses_a_bad_policy(tmp_path: Path) -> None:
    from scanner.api import ApiSettings, create_app

    policy = _write(tmp_path, 'doc_types = ["cvv"]\n')
    with pytest.raises(PolicyError, match="unknown document type 'cvv'"):
        create_app(ApiSettings(policy=str(policy), workers=0))
