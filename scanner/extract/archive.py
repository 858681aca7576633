"""ZIP archives: members read in memory (never extracted to disk) and returned as child items.

Bounds: member count, declared and actual uncompressed size, compression ratio and nesting
depth (see Limits); unsafe member names ('../', absolute, drive letters) are refused. The
public helpers here are shared with the 7z extractor (sevenzip.py).
"""

from __future__ import annotations

import lzma
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from itertools import pairwise

from scanner.extract.errors import ArchiveBomb, ArchiveTooDeep, CorruptDocument, EncryptedDocument
from scanner.extract.limits import Limits
from scanner.models import FileError, SourceItem

CHUNK = 1 << 20
# What zipfile raises on damaged data: a bad header or CRC, a broken deflate/LZMA/bzip2 stream
# (bzip2 raises OSError), data that ends early, an unknown method or zip version.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, OSError, EOFError, ValueError,
              NotImplementedError)


def is_unsafe(name: str) -> bool:
    """Traversal or absolute member names.

    >>> [is_unsafe(n) for n in ("ok/cv.txt", "../x", "/etc/x", "C:\\\\x", "a\\\\..\\\\..\\\\b")]
    [False, True, True, True, True]
    """
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[SourceItem | FileError]:
    if item.depth >= limits.max_depth:
        raise ArchiveTooDeep(f"nested deeper than {limits.max_depth} levels")
    try:
        z = zipfile.ZipFile(BytesIO(data))
        infos = [i for i in z.infolist() if not i.is_dir()]
    except ZIP_ERRORS as e:
        raise CorruptDocument("unreadable ZIP archive") from e
    _check_bounds(infos, len(data), limits)
    if infos and all(i.flag_bits & 0x1 for i in infos):
        raise EncryptedDocument("password-protected ZIP archive")
    budget = limits.max_total_uncompressed
    for info in infos:
        child = _member(item, z, info, limits, budget, data)
        if isinstance(child, SourceItem):
            budget -= child.size
        yield child


def _check_bounds(infos: list[zipfile.ZipInfo], packed: int, limits: Limits) -> None:
    check_count(len(infos), limits)
    spans = sorted((i.header_offset, i.header_offset + i.compress_size) for i in infos)
    if any(end > packed for _, end in spans):
        raise CorruptDocument("member data missing (a split archive part?)")
    if any(a[1] > b[0] for a, b in pairwise(spans)):
        raise ArchiveBomb("overlapping members (a zip bomb)")
    check_declared(sum(i.file_size for i in infos), packed, limits)


def check_count(members: int, limits: Limits) -> None:
    if members > limits.max_members:
        raise ArchiveBomb(f"more than {limits.max_members} members")


def check_declared(declared: int, packed: int, limits: Limits) -> None:
    """Refuse an archive whose declared total is over the budget or an absurd overall ratio."""
    if declared > limits.max_total_uncompressed or declared > max(packed, 1) * limits.max_ratio * 4:
        raise ArchiveBomb("declared uncompressed size over the limit")


def member_limit(limits: Limits, budget: int, packed: int) -> int:
    """Most bytes a member may expand to: member size, what is left of the budget, ratio.

    >>> member_limit(Limits(), 10**9, 1000)  # tiny members get a 1 KiB floor before the ratio
    204800
    """
    return min(limits.max_member_size, budget, int(max(packed, 1024) * limits.max_ratio))


def member_path(item: SourceItem, name: str) -> str:
    """The member's address: nested archives join with '!/' (SPEC).

    >>> member_path(SourceItem("/s/a.7z", "inner.zip", 1, datetime(2020, 1, 1)), "cv.txt")
    'inner.zip!/cv.txt'
    """
    return f"{item.member}!/{name}" if item.member else name


def distinct_member(member: str, taken: set[str]) -> str:
    """A member name no earlier sibling has: an archive may hold one name twice and an e-mail
    two attachments named cv.pdf, yet each is a record of its own (SPEC: one per member).
    The number goes before the extension, which still breaks the format's ties.

    >>> taken = {"cv.pdf", "cv (2).pdf"}
    >>> distinct_member("cv.pdf", taken), distinct_member("a.zip!/x", taken)
    ('cv (3).pdf', 'a.zip!/x')
    """
    name, n = member, 1
    stem, dot, ext = member.rpartition(".")
    if not stem or stem.endswith("/") or "/" in ext:  # ".profile", "a.zip!/README"
        stem, dot, ext = member, "", ""
    while name in taken:
        n += 1
        name = f"{stem} ({n}){dot}{ext}"
    taken.add(name)
    return name


def child_item(item: SourceItem, member: str, data: bytes, modified: datetime) -> SourceItem:
    """An archive member as an item of its own, one level deeper than its archive."""
    return SourceItem(path=item.path, member=member, size=len(data), modified=modified,
                      data=data, depth=item.depth + 1, protocol=item.protocol)


def _member(item: SourceItem, z: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
            budget: int, parent_data: bytes) -> SourceItem | FileError:
    member = member_path(item, _name(info))
    if is_unsafe(info.filename):
        return FileError(item.path, member, "extract", "unsafe_path", "unsafe member path")
    if info.flag_bits & 0x1:
        return FileError(item.path, member, "extract", "encrypted", "password-protected member")
    try:
        data = _read_capped(z, info, member_limit(limits, budget, info.compress_size))
    except ArchiveBomb as e:
        return FileError(item.path, member, "extract", "bomb", str(e))
    except ZIP_ERRORS as e:
        return FileError(item.path, member, "extract", "corrupt", type(e).__name__)
    if data == parent_data:
        return FileError(item.path, member, "extract", "bomb", "archive contains itself")
    return child_item(item, member, data, _date(info, item))


def _read_capped(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, stopping as soon as it exceeds the limit."""
    out = bytearray()
    with z.open(info) as fh:
        while chunk := fh.read(CHUNK):
            out += chunk
            if len(out) > limit:
                raise ArchiveBomb("member expands beyond the size or ratio limit")
    return bytes(out)


def _name(info: zipfile.ZipInfo) -> str:
    """Member names without the UTF-8 flag are cp437 per the spec, but often Shift-JIS etc."""
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode("cp437", "replace")
    for codec in ("utf-8", "shift_jis", "gbk", "cp1252"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return info.filename


def _date(info: zipfile.ZipInfo, parent: SourceItem) -> datetime:
    try:
        return datetime(*info.date_time, tzinfo=UTC)
    except ValueError:
        return parent.modified
