"""SMB shares through fsspec + smbprotocol: ``smb://user@host[:port]/share/path``.

Credentials never come from the command line: the password is taken from the environment
variable ``PRIVACYSCAN_SMB_PASSWORD`` or from a credentials file in smbclient's format
(``username = ...``, ``password = ...``, ``domain = ...``) named by ``PRIVACYSCAN_SMB_CREDENTIALS``
(default ``~/.config/privacyscan/smb-credentials``). See https://filesystem-spec.readthedocs.io.
"""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scanner.extract.errors import TooLarge
from scanner.extract.limits import Limits
from scanner.models import FileError, SourceItem
from scanner.sources.fileshare import is_selected

logger = logging.getLogger(__name__)

PASSWORD_ENV = "PRIVACYSCAN_SMB_PASSWORD"
CREDENTIALS_ENV = "PRIVACYSCAN_SMB_CREDENTIALS"
DEFAULT_CREDENTIALS = "~/.config/privacyscan/smb-credentials"


class SmbUrlError(ValueError):
    """A malformed smb:// URL, or one carrying a password."""


@dataclass(frozen=True)
class SmbLocation:
    host: str
    port: int
    username: str | None
    share: str
    path: str  # '/'-separated inside the share, no leading slash

    def url(self, rel: str = "") -> str:
        """The URL as shown in outputs: never with a password.

        >>> parse_url("smb://ann@fs1/HR/Salaris").url("a.pdf")
        'smb://ann@fs1/HR/Salaris/a.pdf'
        """
        user = f"{self.username}@" if self.username else ""
        port = f":{self.port}" if self.port != 445 else ""
        inner = "/".join(p for p in (self.share, self.path, rel) if p)
        return f"smb://{user}{self.host}{port}/{inner}"

    @property
    def fs_path(self) -> str:
        return "/" + "/".join(p for p in (self.share, self.path) if p)


def parse_url(url: str) -> SmbLocation:
    """Split an smb:// URL; a password in it is refused (it would end up in shell history).

    >>> parse_url("smb://ann@fs1:4450/share/dir/").share
    'share'
    """
    parts = urlsplit(url)
    if parts.scheme != "smb" or not parts.hostname:
        raise SmbUrlError("expected smb://[user@]host[:port]/share[/path]")
    if parts.password:
        raise SmbUrlError(f"do not put a password in the URL: set {PASSWORD_ENV} or a "
                          f"credentials file ({CREDENTIALS_ENV})")
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if not segments:
        raise SmbUrlError("the URL names no share")
    return SmbLocation(parts.hostname, parts.port or 445, parts.username, segments[0],
                       "/".join(segments[1:]))


def credentials(loc: SmbLocation) -> dict[str, str]:
    """username/password/domain from the environment or the credentials file."""
    found: dict[str, str] = {}
    cred_file = Path(os.environ.get(CREDENTIALS_ENV, DEFAULT_CREDENTIALS)).expanduser()
    if cred_file.is_file():
        for line in cred_file.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() in ("username", "password", "domain"):
                found[key.strip()] = value.strip()
    if os.environ.get(PASSWORD_ENV):
        found["password"] = os.environ[PASSWORD_ENV]
    if loc.username:
        found["username"] = loc.username
    return found


@lru_cache(maxsize=8)
def _filesystem(host: str, port: int, username: str | None, pid: int,
                given: tuple[tuple[str, str], ...] = ()) -> Any:
    """One connection per process (``pid`` in the key: a forked child must not share it)."""
    import fsspec

    loc = SmbLocation(host, port, username, "-", "")
    cred = dict(given) or credentials(loc)
    user = cred.get("username")
    if cred.get("domain") and user:
        user = f"{cred['domain']}\\{user}"
    return fsspec.filesystem("smb", host=host, port=port, username=user,
                             password=cred.get("password"), skip_instance_cache=True)


def filesystem(loc: SmbLocation, given: dict[str, str] | None = None) -> Any:
    return _filesystem(loc.host, loc.port, loc.username, os.getpid(),
                       tuple(sorted((given or {}).items())))


def walk(url: str, include: Sequence[str] = (), exclude: Sequence[str] = ()
         ) -> Iterator[SourceItem | FileError]:
    """Every file under the URL, depth first in name order."""
    loc = parse_url(url)
    fs = filesystem(loc)
    try:
        info = fs.info(loc.fs_path)
    except OSError as e:
        yield FileError(loc.url(), None, "source", _code(e), type(e).__name__)
        return
    if info["type"] == "file":
        yield _item(loc, "", info)
        return
    yield from _walk_dir(fs, loc, "", include, exclude)


def _walk_dir(fs: Any, loc: SmbLocation, rel: str, include: Sequence[str],
              exclude: Sequence[str]) -> Iterator[SourceItem | FileError]:
    folder = posixpath.join(loc.fs_path, rel) if rel else loc.fs_path
    try:
        entries = sorted(fs.ls(folder, detail=True), key=lambda e: e["name"])
    except OSError as e:
        yield FileError(loc.url(rel), None, "source", _code(e), type(e).__name__)
        return
    for entry in entries:
        name = posixpath.basename(entry["name"].rstrip("/"))
        child = f"{rel}/{name}" if rel else name
        if entry["type"] == "directory":
            yield from _walk_dir(fs, loc, child, include, exclude)
        elif is_selected(child, include, exclude):
            yield _item(loc, child, entry)


def _item(loc: SmbLocation, rel: str, info: dict[str, Any]) -> SourceItem:
    modified = datetime.fromtimestamp(info.get("mtime") or 0, tz=UTC)
    return SourceItem(path=loc.url(rel), member=None, size=int(info.get("size") or 0),
                      modified=modified, protocol="smb")


def read_bytes(item: SourceItem, limits: Limits, given: dict[str, str] | None = None) -> bytes:
    """Read one file from the share, never more than the size limit plus one byte."""
    loc = parse_url(item.path)
    with filesystem(loc, given).open(loc.fs_path, "rb") as fh:
        data: bytes = fh.read(limits.max_file_size + 1)
    if len(data) > limits.max_file_size:
        raise TooLarge(f"over the limit of {limits.max_file_size} bytes")
    return data


def _code(e: OSError) -> str:
    text = str(e).upper()
    if isinstance(e, PermissionError) or "ACCESS_DENIED" in text:
        return "permission_denied"
    return "corrupt"
