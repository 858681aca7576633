"""A file that overruns the per-file timeout has its worker killed and is recorded as
`timeout`; the scan goes on with the other files and the replacement worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _pdf_bytes(objects: list[bytes]) -> bytes:
    """Objects numbered from 1, an xref table and a trailer with object 1 as the catalog."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _endless_pdf(path: Path) -> None:
    """3 KB, a million pages: pdfium works on it for about an hour with flat memory (~115 MB).

    Three /Pages nodes each list the next one 100 times, the last lists one page 100 times;
    pdfium trusts /Count and resolves the shared references, so all 10^6 pages are real. Every
    page reuses one Flate stream of 10,000 path operators: ~5 ms to parse, no text and no image,
    so the extractor keeps nothing. Cycles don't work: pdfium refuses a page tree or Form XObject
    that contains itself, and a looping xref /Prev chain, in under 0.1 s. Millions of `Tj` in one
    stream, or Forms that each draw the next one 4 times, are slow only while RSS grows to GBs.
    """
    ops = zlib.compress(b"0 0 m 1 1 l S\n" * 10_000, 9)
    kids = [b"[" + b" ".join([b"%d 0 R" % (n + 1)] * 100) + b"]" for n in (2, 3, 4)]
    _ = path.write_bytes(_pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        *(b"<< /Type /Pages /Kids %s /Count %d >>" % (k, 100 ** (3 - i))
          for i, k in enumerate(kids)),
        b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(ops), ops),
    ]))


def test_looping_pdf_is_killed_and_reported_as_timeout(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _endless_pdf(share / "endless.pdf")
    (share / "cv.txt").write_text("Curriculum vitae\nBSN: 111222333\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    # (the kill is asserted by the record; the subprocess timeout only guards against a hang)
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(share), "--jsonl", str(out),
                    "--db", str(tmp_path / "i.sqlite"), "--workers", "1", "--timeout", "2",
                    "--quiet"], check=True, cwd=REPO, timeout=120,
                   env={**os.environ, "PRIVACYSCAN_KEY": "test-key-not-secret"})
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    files = {Path(r["path"]).name: r for r in recs if r["type"] == "file"}
    assert (share / "endless.pdf").stat().st_size < 10_000
    assert files["endless.pdf"]["error"] == "timeout"
    assert "unscannable" in files["endless.pdf"]["rules"]
    assert files["cv.txt"]["status"] == "scanned"
    assert any(r["type"] == "finding" and r["entity"] == "NL_BSN"
               and Path(r["path"]).name == "cv.txt" for r in recs)


def test_a_detector_timeout_marks_the_file_and_keeps_what_was_found(tmp_path: Path) -> None:
    """A regex that times out skips (part of) a text: the file is `error`/`timeout` and
    `unscannable`, not a clean `scanned`; findings from its name are kept."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "cv_111222333.txt").write_text("Curriculum vitae\nBSN: 123456782\n" * 50,
                                            encoding="utf-8")
    out = tmp_path / "o.jsonl"
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(share), "--jsonl", str(out),
                    "--db", str(tmp_path / "i.sqlite"), "--workers", "1", "--quiet",
                    "--limit", "regex_timeout_s=0.000001"], check=True, cwd=REPO, timeout=300,
                   env={**os.environ, "PRIVACYSCAN_KEY": "test-key-not-secret"})
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    (file,) = [r for r in recs if r["type"] == "file"]
    assert (file["status"], file["error"], file["rules"]) == ("error", "timeout", ["unscannable"])
    assert any(r["type"] == "finding" and r["location"] == "file name" for r in recs)


def test_detect_counts_timeouts() -> None:
    import detectors
    from detectors.base import regex_timeout, set_regex_timeout, timeouts

    before, default = timeouts(), regex_timeout()
    set_regex_timeout(0.000001)
    try:
        assert detectors.detect("BSN: 123456782, jan@voorbeeld.nl " * 200) == []
    finally:
        set_regex_timeout(default)
    assert timeouts() > before
    assert detectors.detect("BSN: 123456782") and timeouts() > before
