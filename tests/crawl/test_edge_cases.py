"""Walking hostile trees: symlink loops, unreadable folders, odd names, filters, depth."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import scanner.scan_item  # noqa: F401 - imported before the fork: nobody cannot read root's Python
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


def _walk_as_nobody(root: str, conn) -> None:  # runs in a forked child
    user = pwd.getpwnam("nobody")
    os.setgid(user.pw_gid)
    os.setuid(user.pw_uid)
    from scanner.extract.limits import Limits
    from scanner.scan_item import read_bytes

    out = []
    for e in walk(root):
        if isinstance(e, FileError):
            out.append((e.path, e.error_type))
            continue
        try:
            read_bytes(e, Limits())
            out.append((e.path, "scanned"))
        except PermissionError:
            out.append((e.path, "permission_denied"))
    conn.send(out)


def test_permission_denied_is_reported_and_the_walk_goes_on(tmp_path: Path) -> None:
    """As an unprivileged user (root reads everything), as a real share scan runs."""
    import multiprocessing
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="privacyscan-perm-"))  # pytest's tmp is 0700 root
    base.chmod(0o755)
    root = base / "share"
    (root / "open").mkdir(parents=True)
    (root / "open" / "a.txt").write_text("x")
    (root / "closed").mkdir()
    (root / "closed" / "b.txt").write_text("x")
    (root / "secret.txt").write_text("x")
    (root / "closed").chmod(0o700)
    (root / "secret.txt").chmod(0o600)
    for p in [root, root / "open"]:
        p.chmod(0o755)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_walk_as_nobody, args=(str(root), child))
    proc.start()
    assert parent.poll(120), "the child running as nobody died"
    result = dict(parent.recv())
    proc.join(30)
    assert result[str(root / "open" / "a.txt")] == "scanned"
    assert result[str(root / "closed")] == "permission_denied"
    assert result[str(root / "secret.txt")] == "permission_denied"
    import shutil

    shutil.rmtree(base)


def test_file_vanishing_mid_scan_is_an_error_not_a_crash(tmp_path: Path) -> None:
    item = SourceItem(path=str(tmp_path / "weg.txt"), member=None, size=10,
                      modified=__import__("datetime").datetime.now())
    from scanner.extract.limits import Limits
    from scanner.scan_item import ScanConfig, process_file
    from tests.crawl.helpers import NOW

    results = process_file(item, ScanConfig(b"k", None, Limits(), NOW))
    assert results[0].file.status == "error" and results[0].file.error == "corrupt"
    assert isinstance(FileError, type)
