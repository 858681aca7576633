"""A real Samba server on loopback for the SMB tests (started by the `samba_share` fixture)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.children import end_with_parent

USER = "privscan"
PASSWORD = "not-a-secret-Pw1"

CONF = """[global]
  server role = standalone server
  smb ports = {port}
  interfaces = 127.0.0.1
  bind interfaces only = yes
  pid directory = {run}/pid
  lock directory = {run}/lock
  state directory = {run}/state
  cache directory = {run}/cache
  private dir = {run}/private
  ncalrpc dir = {run}/ncalrpc
  passdb backend = tdbsam:{run}/private/passdb.tdb
  log file = {run}/log.%m
  load printers = no
  disable spoolss = yes
  map to guest = never
  server min protocol = SMB2
[share]
  path = {share}
  read only = yes
  valid users = {user}
"""


@dataclass(frozen=True)
class SambaServer:
    port: int
    share_dir: Path
    process: subprocess.Popen[bytes]

    def url(self, rel: str = "") -> str:
        return f"smb://{USER}@127.0.0.1:{self.port}/share" + (f"/{rel}" if rel else "")


def smbd_path() -> str | None:
    return shutil.which("smbd") or ("/usr/sbin/smbd" if Path("/usr/sbin/smbd").exists() else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ensure_user() -> None:
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "-M", "-s", "/usr/sbin/nologin", USER], check=True)


def start(run_dir: Path, share_dir: Path) -> SambaServer:
    """Start smbd in the foreground on a free loopback port; waits until it listens."""
    smbd = smbd_path()
    assert smbd, "samba is not installed (make sysdeps installs it)"
    assert os.geteuid() == 0, "the Samba test server needs root (CI runs as root)"
    _ensure_user()
    for sub in ("pid", "lock", "state", "cache", "private", "ncalrpc"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    port = _free_port()
    conf = run_dir / "smb.conf"
    conf.write_text(CONF.format(port=port, run=run_dir, share=share_dir, user=USER))
    subprocess.run(["smbpasswd", "-c", str(conf), "-s", "-a", USER],
                   input=f"{PASSWORD}\n{PASSWORD}\n".encode(), check=True, capture_output=True)
    proc = subprocess.Popen(
        [smbd, "-s", str(conf), "--foreground", "--no-process-group", "--debug-stdout"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,  # smbd signals its process group when it stops
        preexec_fn=end_with_parent,  # noqa: PLW1509 - a prctl only
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return SambaServer(port, share_dir, proc)
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("smbd did not start listening")
