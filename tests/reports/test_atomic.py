"""Outputs are written through a private folder: a symlink planted beside the report is
never followed, and a run killed while encrypting leaves a plain copy only in an owner-only
folder that the next run removes. Real processes, a real SIGKILL."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reports.atomic import remove_stale
from scanner.extract.sniff import OLE2

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PRIVACYSCAN_KEY": "atomic-test-key-not-secret", "PRIVACYSCAN_REPORT_PASSWORD": "geheim"}


def _bsns(n: int) -> list[str]:
    """n synthetic 11-check-valid BSNs."""
    out: list[str] = []
    number = 100_000_000
    while len(out) < n:
        number += 1
        digits = str(number)
        total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1)))
        if (total - int(digits[8])) % 11 == 0:
            out.append(digits)
    return out


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("atomic") / "share"
    root.mkdir()
    lines = [f"Medewerker {i}, BSN: {b}" for i, b in enumerate(_bsns(1500))]
    (root / "export.txt").write_text("Personeelslijst\n" + "\n".join(lines), encoding="utf-8")
    return root


def _args(share: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "scanner", "scan", str(share), "--report", str(out / "r.xlsx"),
            "--jsonl", str(out / "r.jsonl"), "--db", str(out / "i.sqlite"), "--workers", "1",
            "--quiet"]


def _encrypted(path: Path) -> bool:
    return path.read_bytes()[:len(OLE2)] == OLE2


def test_planted_symlinks_are_not_followed(share: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch", encoding="utf-8")
    for name in (".r.xlsx.enc", ".r.xlsx.plain.xlsx", ".r.jsonl.tmp", ".r.xlsx.tmp-x"):
        (out / name).symlink_to(victim)
    subprocess.run(_args(share, out), check=True, cwd=REPO, env=ENV, timeout=600)
    assert victim.read_text(encoding="utf-8") == "do not touch"
    assert _encrypted(out / "r.xlsx")
    for name in ("r.xlsx", "r.jsonl"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
    assert not list(out.glob(".r.xlsx*"))  # the planted names of old temporaries: removed
    assert (out / ".r.jsonl.tmp").is_symlink()  # not a name we use: left alone


def test_leftovers_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    (tmp_path / ".r.xlsx.tmp-abc123").mkdir(mode=0o700)
    (tmp_path / ".r.xlsx.tmp-abc123" / "plain.xlsx").write_bytes(b"PK plain")
    (tmp_path / ".r.xlsx.plain.xlsx").write_bytes(b"PK plain, older version")
    (tmp_path / ".other.xlsx.tmp-1").mkdir()
    assert sorted(remove_stale(target)) == [".r.xlsx.plain.xlsx", ".r.xlsx.tmp-abc123"]
    assert [p.name for p in tmp_path.iterdir()] == [".other.xlsx.tmp-1"]


def _kill_while_encrypting(share: Path, out: Path) -> Path | None:
    """Start a scan and SIGKILL it once the plain workbook exists; the plain copy left."""
    proc = subprocess.Popen(_args(share, out), cwd=REPO, env=ENV)
    try:
        while proc.poll() is None:
            plain = next(out.glob(".r.xlsx.tmp-*/plain.xlsx"), None)
            if plain is not None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return plain
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return None


def test_sigkill_during_encryption_leaves_no_plain_copy_after_the_next_run(
        share: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(_args(share, out), check=True, cwd=REPO, env=ENV, timeout=600)
    plain = None
    for _ in range(5):  # a rerun is quick (nothing changed); the report is written again
        plain = _kill_while_encrypting(share, out)
        if plain is not None:
            break
    assert plain is not None, "never caught the scan between writing and encrypting"
    folder = plain.parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # while it exists, only ours
    subprocess.run(_args(share, out), check=True, cwd=REPO, env=ENV, timeout=600)
    assert not folder.exists() and not list(out.glob(".r.xlsx*"))
    assert _encrypted(out / "r.xlsx")
