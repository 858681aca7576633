"""7z archives (py7zr): members decompressed in memory and returned as child items.

Same bounds, member addressing and error codes as the ZIP extractor (archive.py). Sizes come
from the 7z header, so count, size, budget and ratio are checked on declared sizes before
anything is decompressed; the in-memory writer refuses a byte beyond the declared size.
https://py7zr.readthedocs.io/en/latest/api.html (``extract(targets, factory=...)``)
"""

from __future__ import annotations

import lzma
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from io import BytesIO

import py7zr
from py7zr.exceptions import ArchiveError, PasswordRequired, UnsupportedCompressionMethodError
from py7zr.io import Py7zIO, WriterFactory
from py7zr.py7zr import ArchiveFile

from scanner.extract.archive import (
    check_count,
    check_declared,
    child_item,
    is_unsafe,
    member_limit,
    member_path,
)
from scanner.extract.errors import (
    ArchiveBomb,
    ArchiveTooDeep,
    CorruptDocument,
    EncryptedDocument,
    UnsupportedFormat,
)
from scanner.extract.limits import Limits
from scanner.models import FileError, SourceItem

SIGNATURE = b"7z\xbc\xaf\x27\x1c"
FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
# What py7zr and its codecs raise on damaged input (header parsing, LZMA, CRC, short reads).
_BROKEN = (ArchiveError, lzma.LZMAError, EOFError, OSError, ValueError, KeyError, IndexError,
           struct.error)


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[SourceItem | FileError]:
    """Members as child items, refused ones as FileErrors. Raises for the archive as a whole."""
    if item.depth >= limits.max_depth:
        raise ArchiveTooDeep(f"nested deeper than {limits.max_depth} levels")
    archive = _open(data)
    try:
        files = [f for f in archive.files if not f.is_directory]
        check_count(len(files), limits)
        check_declared(sum(f.uncompressed for f in files), len(data), limits)
        results = _members(item, archive, files, limits, data)
    finally:
        archive.close()
    if results and all(isinstance(r, FileError) and r.error_type == "encrypted" for r in results):
        raise EncryptedDocument("password-protected 7z archive")
    yield from results


def _open(data: bytes) -> py7zr.SevenZipFile:
    try:
        return py7zr.SevenZipFile(BytesIO(data))
    except PasswordRequired as e:
        raise EncryptedDocument("7z archive with encrypted headers") from e
    except UnsupportedCompressionMethodError as e:
        raise UnsupportedFormat("7z archive with an unsupported compression method") from e
    except _BROKEN as e:
        raise CorruptDocument("unreadable 7z archive") from e


def _members(item: SourceItem, archive: py7zr.SevenZipFile, files: list[ArchiveFile],
             limits: Limits, parent_data: bytes) -> list[SourceItem | FileError]:
    names = [f.filename for f in files]
    refused = _refusals(files, limits)
    wanted = [i for i in range(len(files)) if i not in refused and not files[i].emptystream]
    read = _decompress(archive, files, wanted)
    results: list[SourceItem | FileError] = []
    for i, f in enumerate(files):
        member = member_path(item, names[i])
        outcome = refused.get(i) or read.get(i, b"")
        if isinstance(outcome, str):
            results.append(FileError(item.path, member, "extract", outcome, _MESSAGES[outcome]))
        elif outcome == parent_data:
            results.append(FileError(item.path, member, "extract", "bomb",
                                     "archive contains itself"))
        else:
            results.append(child_item(item, member, outcome, _date(f, item)))
    return results


def _refusals(files: list[ArchiveFile], limits: Limits) -> dict[int, str]:
    """Members refused on their name or declared size alone, before any decompression."""
    packed: dict[int, int] = {}
    for f in files:  # in a solid block only the first file carries the block's packed size
        packed[id(f.folder)] = packed.get(id(f.folder), 0) + (f.compressed or 0)
    refused: dict[int, str] = {}
    budget = limits.max_total_uncompressed
    for i, f in enumerate(files):
        if is_unsafe(f.filename):
            refused[i] = "unsafe_path"
        elif f.uncompressed > member_limit(limits, budget, packed[id(f.folder)]):
            refused[i] = "bomb"
        else:
            budget -= f.uncompressed
    return refused


def _decompress(archive: py7zr.SevenZipFile, files: list[ArchiveFile],
                wanted: list[int]) -> dict[int, bytes | str]:
    """Bytes of each wanted member, or its error code; one pass per compressed block."""
    for i in wanted:
        # py7zr keys factory products by member name and checks that name against the
        # working directory; index keys stay unique when names repeat, and are inert.
        files[i].file_properties()["filename"] = f"m{i}"
    blocks: dict[int, list[int]] = {}
    for i in wanted:
        blocks.setdefault(id(files[i].folder), []).append(i)
    out: dict[int, bytes | str] = {}
    for block in blocks.values():
        out.update(_decompress_block(archive, files, block))
    return out


def _decompress_block(archive: py7zr.SevenZipFile, files: list[ArchiveFile],
                      block: list[int]) -> dict[int, bytes | str]:
    factory = _Factory({f"m{i}": files[i].uncompressed for i in block})
    error = ""
    try:
        archive.reset()
        archive.extract(targets=[f"m{i}" for i in block], factory=factory)
    except PasswordRequired:
        error = "encrypted"
    except ArchiveBomb:
        error = "bomb"
    except UnsupportedCompressionMethodError:
        error = "unsupported"
    except _BROKEN:
        error = "corrupt"
    taken = {i: factory.take(f"m{i}") for i in block}
    return {i: (error or "corrupt") if data is None else data for i, data in taken.items()}


def _date(f: ArchiveFile, parent: SourceItem) -> datetime:
    """The member's mtime: a Windows FILETIME (100 ns ticks since 1601), any value a file holds."""
    if not f.lastwritetime:
        return parent.modified
    try:
        return FILETIME_EPOCH + timedelta(microseconds=int(f.lastwritetime) // 10)
    except OverflowError:
        return parent.modified


_MESSAGES = {
    "unsafe_path": "unsafe member path",
    "bomb": "member expands beyond the size or ratio limit",
    "encrypted": "password-protected member",
    "unsupported": "unsupported compression method",
    "corrupt": "unreadable member",
}


class _Buffer(Py7zIO):
    """One member in memory; more bytes than the header declared is a bomb, not a quirk."""

    def __init__(self, limit: int) -> None:
        self.data = bytearray()
        self.limit = limit
        self.done = False

    def write(self, s: bytes | bytearray) -> int:
        if len(self.data) + len(s) > self.limit:
            raise ArchiveBomb("member expands beyond its declared size")
        self.data += s
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return bytes(self.data if size is None or size < 0 else self.data[:size])

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return len(self.data)

    def close(self) -> None:
        self.done = True  # py7zr calls this only once a member is complete and checked


class _Factory(WriterFactory):
    def __init__(self, limits: dict[str, int]) -> None:
        self.limits = limits
        self.products: dict[str, _Buffer] = {}

    def create(self, filename: str) -> Py7zIO:
        product = self.products[filename] = _Buffer(self.limits.get(filename, 0))
        return product

    def take(self, filename: str) -> bytes | None:
        """A complete member's bytes, releasing the buffer (peak: one member twice, not all)."""
        product = self.products.pop(filename, None)
        if product is None or not product.done:
            return None
        data = bytes(product.data)
        product.data.clear()
        return data
