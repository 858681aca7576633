"""Every extraction limit can be set with --limit KEY=VALUE; a bad setting is a usage error."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from scanner.cli import cli


def _scan(share: Path, tmp_path: Path, *extra: str) -> tuple[int, str, dict[str, dict]]:
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(share), "--jsonl", str(out), "--db",
                                      str(tmp_path / "i.sqlite"), "--workers", "1", "--quiet",
                                      *extra])
    files = {}
    if out.exists():
        for line in out.read_text().splitlines():
            r = json.loads(line)
            if r["type"] == "file":
                files[Path(r["path"]).name + ("!/" + r["member"] if r["member"] else "")] = r
    return result.exit_code, result.output, files


def test_member_count_limit_from_the_command_line(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    with zipfile.ZipFile(share / "bundle.zip", "w") as z:
        for n in range(3):
            z.writestr(f"cv{n}.txt", "Curriculum vitae\nBSN: 111222333\n")
    code, _, files = _scan(share, tmp_path)
    assert code == 0 and files["bundle.zip"]["status"] == "scanned"
    code, _, files = _scan(share, tmp_path / "again", "--limit", "max_members=2")
    assert code == 0 and files["bundle.zip"]["error"] == "bomb"


def test_bad_settings_are_usage_errors(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    for setting, message in (("nope=1", "max_depth"), ("max_depth=abc", "expected a number"),
                             ("ocr=maybe", "true or false"), ("max_ratio=-1", "positive"),
                             ("max_depth", "KEY=VALUE")):
        code, output, _ = _scan(share, tmp_path, "--limit", setting)
        assert code == 2 and message in output, (setting, output)
