"""Hostile trees (issue 17): read errors, deep folders, undecodable names, special files,
files swapped between walk and read, and the read-only promise for files we do not own."""

from __future__ import annotations

import itertools
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

from scanner.extract.limits import Limits
from scanner.models import FileError, SkippedEntry, SourceItem
from scanner.scan_item import ScanConfig, process_file
from scanner.sources.fileshare import walk
from scanner.sources.localpath import display_path, fs_path
from scanner.sources.localread import open_for_read, read_local, restore_atime
from tests.conftest import read_jsonl
from tests.crawl.helpers import NOW

REPO = Path(__file__).resolve().parents[2]
SECRET = "Vertrouwelijk\nBSN: 123456782\n"  # outside the scanned root
CV = "Curriculum Vitae\nNaam: Sanne de Vries\nBSN: 111222333\n"
CFG = ScanConfig(b"k" * 16, None, Limits(), NOW)


def _cli_scan(root: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scanner", "scan", root, "--quiet", "--workers", "1",
           "--jsonl", str(out), "--db", str(out.with_suffix(".sqlite")), *extra]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240,
                          check=False)


def _only(root: Path, name: str) -> SourceItem:
    [item] = [e for e in walk(str(root)) if isinstance(e, SourceItem) and e.path.endswith(name)]
    return item


# -- item 2: read errors other than permission denied / not found ---------------------------

def test_unreadable_kernel_file_is_a_corrupt_record_not_a_crash(tmp_path: Path) -> None:
    """/proc/PID/mem stats as a regular file and fails every read at offset 0 with EIO."""
    child = subprocess.Popen(["sleep", "60"])
    try:
        mem = f"/proc/{child.pid}/mem"
        run = _cli_scan(mem, tmp_path / "out.jsonl")
    finally:
        child.kill()
        child.wait()
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    [rec] = read_jsonl(tmp_path / "out.jsonl")
    assert (rec["path"], rec["status"], rec["error"]) == (mem, "error", "corrupt")
    assert "unscannable" in rec["rules"]


def test_file_replaced_by_a_folder_between_walk_and_read(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text(CV)
    item = _only(tmp_path, "cv.txt")
    (tmp_path / "cv.txt").unlink()
    (tmp_path / "cv.txt").mkdir()
    [result] = process_file(item, CFG)
    assert (result.file.status, result.file.error) == ("error", "corrupt")
    assert "replaced during the scan" in result.file.error_message


# -- item 3: deep trees -----------------------------------------------------------------------

def _make_deep(base: Path, depth: int) -> None:
    fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
    for i in range(depth):
        name = f"d{i:03d}"
        os.mkdir(name, dir_fd=fd)
        nxt = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        if i in (depth // 2, depth - 1):
            leaf = os.open("cv.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=nxt)
            os.write(leaf, CV.encode())
            os.close(leaf)
        os.close(fd)
        fd = nxt
    os.close(fd)


def _remove_deep(top: Path) -> None:
    """shutil.rmtree recurses (RecursionError at this depth): remove bottom-up with fds."""
    fds = [os.open(top, os.O_RDONLY | os.O_DIRECTORY)]
    while True:
        names = os.listdir(fds[-1])
        sub = [n for n in names if stat.S_ISDIR(os.stat(n, dir_fd=fds[-1],
                                                        follow_symlinks=False).st_mode)]
        for n in set(names) - set(sub):
            os.unlink(n, dir_fd=fds[-1])
        if not sub:
            break
        fds.append(os.open(sub[0], os.O_RDONLY | os.O_DIRECTORY, dir_fd=fds[-1]))
    for parent, child in reversed(list(itertools.pairwise(fds))):
        os.close(child)
        for n in os.listdir(parent):
            os.rmdir(n, dir_fd=parent)
    os.close(fds[0])


def test_a_thousand_nested_folders_past_path_max(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _make_deep(share, 1000)
    try:
        first = _cli_scan(str(share), tmp_path / "a.jsonl")
        assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
        recs = read_jsonl(tmp_path / "a.jsonl")
        files = [r for r in recs if r["type"] == "file"]
        assert [r["status"] for r in files] == ["scanned", "scanned"]
        assert max(len(os.fsencode(r["path"])) for r in files) > 5000  # PATH_MAX is 4096
        assert sum(r["type"] == "finding" and r["entity"] == "NL_BSN" for r in recs) == 2
        again = _cli_scan(str(share), tmp_path / "a.jsonl")  # the same index keys
        assert again.returncode == 0, again.stderr
        statuses = [r["status"] for r in read_jsonl(tmp_path / "a.jsonl") if r["type"] == "file"]
        assert statuses == ["unchanged", "unchanged"]
    finally:
        _remove_deep(share)


# -- item 7: lossless paths -------------------------------------------------------------------

def test_undecodable_name_and_its_escaped_lookalike_are_two_files(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    raw = os.fsencode(share) + b"/cv_\xff\xfe.txt"
    Path(os.fsdecode(raw)).write_text(CV)
    (share / "cv_\\xff\\xfe.txt").write_text(CV)  # the escape typed as text, backslashes
    out = tmp_path / "out.jsonl"
    run = _cli_scan(str(share), out)
    assert run.returncode == 0, run.stderr
    files = [r for r in read_jsonl(out) if r["type"] == "file"]
    assert len(files) == 2 and len({r["path"] for r in files}) == 2
    on_disk = {os.fsencode(fs_path(r["path"])) for r in files}  # reversible, byte for byte
    assert on_disk == {raw, os.fsencode(share / "cv_\\xff\\xfe.txt")}
    findings = [r for r in read_jsonl(out) if r["type"] == "finding" and r["entity"] == "NL_BSN"]
    assert len({r["path"] for r in findings}) == 2
    run = _cli_scan(str(share), out)  # the rescan looks both up under the same keys
    assert [r["status"] for r in read_jsonl(out) if r["type"] == "file"] == ["unchanged"] * 2


# -- item 8: what is not a regular file is a skipped record with a reason -------------------

def test_symlinks_fifos_devices_and_sockets_are_skipped_records(tmp_path: Path) -> None:
    outside = tmp_path / "elders"
    (outside / "HR").mkdir(parents=True)
    (outside / "HR" / "geheim.txt").write_text(SECRET)
    share = tmp_path / "share"
    share.mkdir()
    (share / "cv.txt").write_text(CV)
    (share / "HR").symlink_to(outside / "HR", target_is_directory=True)
    (share / "link.txt").symlink_to(outside / "HR" / "geheim.txt")
    (share / "dangling.txt").symlink_to(tmp_path / "nowhere")
    os.mkfifo(share / "pipe")
    os.mknod(share / "null", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(share / "sock"))
    try:
        out = tmp_path / "out.jsonl"
        run = _cli_scan(str(share), out)
    finally:
        sock.close()
    assert run.returncode == 0, run.stderr
    recs = read_jsonl(out)
    files = {Path(r["path"]).name: r for r in recs if r["type"] == "file"}
    assert files["cv.txt"]["status"] == "scanned"
    reasons = {n: (r["status"], r.get("reason")) for n, r in files.items() if n != "cv.txt"}
    assert reasons == {"HR": ("skipped", "symlink"), "link.txt": ("skipped", "symlink"),
                       "dangling.txt": ("skipped", "symlink"), "pipe": ("skipped", "fifo"),
                       "null": ("skipped", "device"), "sock": ("skipped", "socket")}
    assert all(r["rules"] == [] for r in files.values() if r["status"] == "skipped")
    bsn_paths = {Path(r["path"]).name for r in recs
                 if r["type"] == "finding" and r["entity"] == "NL_BSN"}
    assert bsn_paths == {"cv.txt"}  # nothing read through a link


# -- item 9: a file swapped between walk and read -------------------------------------------

def test_file_swapped_for_a_symlink_after_the_walk_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "geheim.txt").write_text(SECRET)
    share = tmp_path / "share"
    share.mkdir()
    (share / "cv.txt").write_text(CV)
    item = _only(share, "cv.txt")
    (share / "cv.txt").unlink()
    (share / "cv.txt").symlink_to(tmp_path / "geheim.txt")
    [result] = process_file(item, CFG)
    assert (result.file.status, result.file.error) == ("error", "unsafe_path")
    assert "symlink" in result.file.error_message and result.findings == ()


def test_file_swapped_for_another_file_after_the_walk_is_not_read(tmp_path: Path) -> None:
    """A hard link to a file outside the root has no symlink to refuse: the inode differs."""
    (tmp_path / "geheim.txt").write_text(SECRET)
    share = tmp_path / "share"
    share.mkdir()
    (share / "cv.txt").write_text(CV)
    item = _only(share, "cv.txt")
    (share / "cv.txt").unlink()
    os.link(tmp_path / "geheim.txt", share / "cv.txt")
    [result] = process_file(item, CFG)
    assert (result.file.status, result.file.error) == ("error", "corrupt")
    assert result.findings == ()


SWAPPER = """
import os, sys, time
from pathlib import Path
path, target = Path(sys.argv[1]), Path(sys.argv[2])
tmp = path.parent.parent / ".swap"  # outside the share: the walk never lists it
while True:
    for kind in ("file", "symlink", "folder"):
        if kind == "file":
            tmp.write_text("Curriculum Vitae\\n")
        elif kind == "symlink":
            tmp.symlink_to(target)
        else:
            tmp.mkdir()
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        elif kind == "folder" and (path.exists() or path.is_symlink()):
            path.unlink()  # a folder cannot be renamed over a file
        os.replace(tmp, path)
        if kind == "file":
            time.sleep(0.001)  # long enough, now and then, for a whole walk and read
"""


def test_race_between_walk_and_read_never_reads_outside_the_root(tmp_path: Path) -> None:
    """Walk and read in a loop while another process keeps swapping the file for a symlink
    to a secret outside the root, a new file and a folder: the secret is never read, and
    every outcome is a clean read, a skipped entry or a per-file error."""
    from scanner.extract.errors import ExtractionError
    from scanner.scan_item import read_bytes

    (tmp_path / "geheim.txt").write_text(SECRET)
    share = tmp_path / "share"
    share.mkdir()
    swapper = subprocess.Popen([sys.executable, "-c", SWAPPER, str(share / "cv.txt"),
                                str(tmp_path / "geheim.txt")])
    outcomes: dict[str, int] = {}
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and (
                min(outcomes.get(k, 0) for k in ("read", "UnsafePath", "CorruptDocument")) < 1):
            for entry in walk(str(share)):
                kind = type(entry).__name__
                if isinstance(entry, SourceItem):
                    try:
                        assert read_bytes(entry, Limits()) == b"Curriculum Vitae\n"
                        kind = "read"
                    except (ExtractionError, OSError) as e:
                        kind = type(e).__name__
                outcomes[kind] = outcomes.get(kind, 0) + 1
    finally:
        swapper.kill()
        swapper.wait()
    assert min(outcomes.get(k, 0) for k in ("read", "UnsafePath", "CorruptDocument")) >= 1, \
        outcomes  # the race was really run: a symlink and a new file met at read time
    assert set(outcomes) <= {"read", "SkippedEntry", "FileError", "UnsafePath",
                             "CorruptDocument", "FileNotFoundError"}, outcomes


# -- item 16: never write mtime; atime put back only when the file did not change ----------

def _read_as_nobody(path: str, conn) -> None:  # a forked child: as a share's reader would
    import pwd  # modules come from the parent: nobody cannot read root's Python install

    user = pwd.getpwnam("nobody")
    os.setgid(user.pw_gid)
    os.setuid(user.pw_uid)
    fd, noatime = open_for_read(path)
    os.close(fd)
    [item] = [e for e in walk(path) if isinstance(e, SourceItem)]
    conn.send((noatime, read_local(item, Limits())))


def test_reading_a_file_we_do_not_own_writes_no_timestamp() -> None:
    """As nobody, O_NOATIME is refused (EPERM) and the fallback runs: the bytes are read,
    and mtime and ctime are exactly as before (ctime moves on any metadata write)."""
    import multiprocessing
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="privacyscan-atime-"))  # pytest's tmp is 0700 root
    try:
        base.chmod(0o755)
        path = base / "cv.txt"
        path.write_text(CV)
        path.chmod(0o644)
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_650_000_000_000_000_000))
        before = os.stat(path)
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_read_as_nobody, args=(str(path), child))
        proc.start()
        assert parent.poll(120), "the child running as nobody died"
        noatime, data = parent.recv()
        proc.join(30)
        after = os.stat(path)
        assert noatime is False  # the fallback path, not O_NOATIME
        assert data == CV.encode()
        assert (after.st_mtime_ns, after.st_ctime_ns) == (before.st_mtime_ns, before.st_ctime_ns)
    finally:
        shutil.rmtree(base)


def test_atime_is_put_back_only_when_the_file_did_not_change(tmp_path: Path) -> None:
    """The fallback itself, on files we own: a plain open (no O_NOATIME) moves atime."""
    old_atime, old_mtime = 1_600_000_000_000_000_000, 1_650_000_000_000_000_000
    quiet, busy = tmp_path / "quiet.txt", tmp_path / "busy.txt"
    for p in (quiet, busy):
        p.write_text(CV)
        os.utime(p, ns=(old_atime, old_mtime))
    fd = os.open(quiet, os.O_RDONLY)
    before = os.fstat(fd)
    os.read(fd, 1 << 20)
    assert os.stat(quiet).st_atime_ns != old_atime  # relatime: an atime older than mtime moves
    assert restore_atime(fd, before) is True
    os.close(fd)
    assert (os.stat(quiet).st_atime_ns, os.stat(quiet).st_mtime_ns) == (old_atime, old_mtime)

    fd = os.open(busy, os.O_RDONLY)
    before = os.fstat(fd)
    os.read(fd, 1 << 20)
    busy.write_text(CV + "Opgeslagen tijdens het lezen\n")  # a save during the read
    saved = os.stat(busy)
    assert restore_atime(fd, before) is False
    os.close(fd)
    assert os.stat(busy).st_mtime_ns == saved.st_mtime_ns != old_mtime  # the save stands


def test_display_path_round_trips_every_byte() -> None:
    names = [bytes([b]) for b in range(1, 256) if b != ord("/")] + [b"\\x41", b"\\\\", b"a\\"]
    texts = {display_path(os.fsdecode(n)) for n in names}
    assert len(texts) == len(names)
    assert all(os.fsencode(fs_path(display_path(os.fsdecode(n)))) == n for n in names)


def test_a_walk_error_keeps_the_path_it_happened_on(tmp_path: Path) -> None:
    """Escaped once, by the record: a backslash in a folder name is not doubled twice."""
    import errno

    from scanner.pipeline import _walk_error
    from scanner.sources.fileshare import source_error

    raw = os.fsdecode(os.fsencode(tmp_path) + b"/HR\\oud_\xff")
    record = _walk_error(source_error(raw, OSError(errno.EIO, "EIO")), CFG).file
    assert (record.error, record.error_message) == ("corrupt", "Input/output error")
    assert fs_path(record.path) == raw


def test_walk_reports_special_files_without_opening_them(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")  # opening a FIFO would block the walk
    entries = list(walk(str(tmp_path)))
    assert [type(e) for e in entries] == [SkippedEntry]
    assert not any(isinstance(e, FileError) for e in entries)
