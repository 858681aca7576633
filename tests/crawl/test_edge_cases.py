"""Walking hostile trees: symlink loops, unreadable folders, odd names, filters, depth."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

from scanner.models import FileError, SourceItem
from scanner.sources.fileshare import walk
from tests.crawl.helpers import scan, snapshot

REPO = Path(__file__).resolve().parents[2]


def _paths(root: Path, **kw) -> list[str]:
    return [e.path for e in walk(str(root), **kw) if isinstance(e, SourceItem)]


def test_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "f.txt").write_text("x")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a" / "self")
    assert _paths(tmp_path) == [str(tmp_path / "a" / "f.txt")]


def test_include_exclude_and_hidden_files(tmp_path: Path) -> None:
    for rel in ["HR/loon.pdf", "HR/.verborgen.txt", "Kandidaten/cv.docx", "tmp/x.log"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    everything = _paths(tmp_path)
    assert str(tmp_path / "HR/.verborgen.txt") in everything  # hidden files are scanned
    assert _paths(tmp_path, include=["*.pdf", "*.docx"]) == [
        str(tmp_path / "HR/loon.pdf"), str(tmp_path / "Kandidaten/cv.docx")]
    assert str(tmp_path / "tmp/x.log") not in _paths(tmp_path, exclude=["tmp/**"])


def test_invalid_utf8_long_names_and_deep_trees(tmp_path: Path) -> None:
    root = tmp_path / "share"
    deep = root.joinpath(*[f"d{i}" for i in range(60)])
    deep.mkdir(parents=True)
    (deep / "diep.txt").write_text("BSN: 111222333 van de kandidaat\n")
    raw_name = os.fsencode(str(root)) + b"/cv_\xff\xfe.txt"
    with open(raw_name, "wb") as fh:
        fh.write(b"Naam: Test\nBSN: 123456782\n")
    long_name = root / ("lang_" + "x" * 240 + ".txt")
    long_name.write_text("geen gegevens\n")
    db = tmp_path / "index.sqlite"
    outcome = scan([str(root)], db)
    recs = snapshot(db, outcome.scan_id)
    files = [r for r in recs if r["type"] == "file"]
    assert len(files) == 3 and all(r["status"] == "scanned" for r in files)
    assert any("\\xff\\xfe" in r["path"] for r in files)  # shown escaped, never crashes
    assert sum(r["type"] == "finding" and r["entity"] == "NL_BSN" for r in recs) == 2


def test_permission_denied_is_reported_and_the_walk_goes_on(tmp_path: Path) -> None:
    """Run as an unprivileged user (root reads everything), as a real share scan would."""
    user = pwd.getpwnam("nobody")
    root = tmp_path / "share"
    (root / "open").mkdir(parents=True)
    (root / "open" / "a.txt").write_text("x")
    (root / "closed").mkdir()
    (root / "closed" / "b.txt").write_text("x")
    (root / "secret.txt").write_text("x")
    (root / "closed").chmod(0o700)
    (root / "secret.txt").chmod(0o600)
    for p in [tmp_path, root, root / "open", root / "open" / "a.txt"]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o777)
    env = {**os.environ, "PRIVACYSCAN_KEY": "k", "HOME": str(out)}
    subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(root), "--jsonl", str(out / "o.jsonl"),
         "--db", str(out / "i.sqlite"), "--quiet", "--workers", "1"],
        check=True, env=env, cwd=REPO, user=user.pw_uid, group=user.pw_gid,
    )
    import json

    recs = [json.loads(x) for x in (out / "o.jsonl").read_text().splitlines()]
    by_path = {r["path"]: r for r in recs if r["type"] == "file"}
    assert by_path[str(root / "open" / "a.txt")]["status"] == "scanned"
    assert by_path[str(root / "closed")]["error"] == "permission_denied"
    assert by_path[str(root / "secret.txt")]["error"] == "permission_denied"


def test_file_vanishing_mid_scan_is_an_error_not_a_crash(tmp_path: Path) -> None:
    item = SourceItem(path=str(tmp_path / "weg.txt"), member=None, size=10,
                      modified=__import__("datetime").datetime.now())
    from scanner.extract.limits import Limits
    from scanner.scan_item import ScanConfig, process_file
    from tests.crawl.helpers import NOW

    results = process_file(item, ScanConfig(b"k", None, Limits(), NOW))
    assert results[0].file.status == "error" and results[0].file.error == "corrupt"
    assert isinstance(FileError, type)
