"""Scanning an smb:// share on a real Samba server on loopback."""

from __future__ import annotations

import pytest

from scanner.sources.smb import SmbUrlError, parse_url
from tests.crawl.helpers import CV_TEXT, scan, snapshot
from tests.crawl.samba import SambaServer


def test_scan_smb_share_finds_bsn_and_skips_unchanged(
    samba_share: SambaServer, smb_env: None, tmp_path
) -> None:
    cv = samba_share.share_dir / "Kandidaten" / "cv_smb.txt"
    cv.parent.mkdir(parents=True, exist_ok=True)
    cv.write_text(CV_TEXT.format(bsn="111222333"), encoding="utf-8")
    (samba_share.share_dir / "notes.txt").write_text("niets\n", encoding="utf-8")
    for p in (cv.parent, cv, samba_share.share_dir / "notes.txt"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    db = tmp_path / "index.sqlite"
    first = scan([samba_share.url()], db)
    recs = snapshot(db, first.scan_id)
    files = {r["path"] for r in recs if r["type"] == "file"}
    assert samba_share.url("Kandidaten/cv_smb.txt") in files
    bsn = [r for r in recs if r["type"] == "finding" and r["entity"] == "NL_BSN"]
    assert len(bsn) == 1 and bsn[0]["masked"] == "******333"
    second = scan([samba_share.url()], db)
    assert second.unchanged == 2 and second.files_done == 0


@pytest.mark.parametrize("url", ["smb://u:pw@host/share", "smb://host", "http://host/share"])
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(SmbUrlError):
        parse_url(url)
