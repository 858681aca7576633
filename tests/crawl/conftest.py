from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crawl import samba


@pytest.fixture(scope="module")
def samba_share(tmp_path_factory: pytest.TempPathFactory) -> Iterator[samba.SambaServer]:
    """A real smbd on loopback serving a read-only share, stopped after the module."""
    import shutil
    import tempfile

    # smbd serves files as the unprivileged share user: pytest's tmp (0700 root) is off limits
    base = Path(tempfile.mkdtemp(prefix="privacyscan-samba-"))
    base.chmod(0o755)
    share = base / "share"
    share.mkdir()
    share.chmod(0o755)
    server = samba.start(base / "run", share)
    yield server
    server.process.terminate()
    server.process.wait(timeout=10)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def smb_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIVACYSCAN_SMB_PASSWORD", samba.PASSWORD)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
