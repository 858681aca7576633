"""A sheet's hyperlinks and their relationships written as markup in one step, the same XML
openpyxl writes.

openpyxl keeps a Hyperlink object per linked cell, makes a Relationship object for each as
the sheet closes and serializes both through its descriptors: on a Findings sheet of 26k
rows, each with a link to its file, that was about a sixth of the report's time. Here the
fast rows (reports.fast_rows) queue a (cell, target) pair, and the sheet's ``<hyperlinks>``
and its relationships file are made from those pairs as text: the hyperlinks written into
the sheet's file as they are (reports.fast_rows.RawWriter), the relationships parsed once.
openpyxl declares the relationships' namespace on every ``<hyperlink>``; here the
``<hyperlinks>`` around them declares it once (the same XML, 85 bytes a link fewer).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import IO, Any
from zipfile import ZipFile, ZipInfo

from lxml.etree import XMLParser, fromstring
from openpyxl.packaging.relationship import RelationshipList
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.xml.constants import PKG_REL_NS, REL_NS

HYPERLINK = f"{REL_NS}/hyperlink"
PARSER = XMLParser(resolve_entities=False, huge_tree=True)
ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                              "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


class _LinkRel:
    """One hyperlink's relationship, kept as plain attributes (what RelationshipList's
    ``get`` and ``find`` read) instead of a Relationship object."""

    __slots__ = ("Id", "Target")
    Type, TargetMode = HYPERLINK, "External"

    def __init__(self, rel_id: str, target: str) -> None:
        self.Id, self.Target = rel_id, target

    @property
    def id(self) -> str:
        return self.Id


class _Rels(RelationshipList):  # type: ignore[misc]
    """The sheet's relationships; the hyperlinks' ones serialized as markup."""

    def to_tree(self) -> Any:
        if _streams.archive is not None:  # written by the archive (``streamed``), not a tree
            _streams.pending = self
            return fromstring("<Relationships/>", PARSER)
        tree = fromstring("<Relationships>" + "".join(self._parts()) + "</Relationships>",
                          PARSER)
        tree.set("xmlns", PKG_REL_NS)
        return tree

    def _parts(self) -> Iterator[str]:
        for rel in self:
            if type(rel) is _LinkRel:
                yield (f'<Relationship Type="{HYPERLINK}" Target="{_attr(rel.Target)}"'
                       f' TargetMode="External" Id="{_attr(rel.Id)}"/>')
            else:
                yield _markup(rel.to_tree())

    def write(self, out: IO[bytes]) -> None:
        """The bytes ``tostring(self.to_tree())`` makes, written a few hundred links at a
        time: a sheet's 65,530 links never stand in memory as one string and a tree (62 MB
        at 47k rows)."""
        out.write(f'<Relationships xmlns="{PKG_REL_NS}">'.encode())
        batch: list[str] = []
        for part in self._parts():
            batch.append(part)
            if len(batch) == _BATCH:
                out.write("".join(batch).encode())
                batch.clear()
        out.write(("".join(batch) + "</Relationships>").encode())


_BATCH = 512  # relationships written at once


class _Streams(threading.local):
    archive: ZipFile | None = None
    pending: _Rels | None = None


_streams = _Streams()


@contextmanager
def streamed(archive: ZipFile) -> Iterator[None]:
    """While openpyxl saves into ``archive``, each sheet's relationships part is streamed
    into it (``_Rels.write``) instead of made as one tree: openpyxl asks the part's tree
    (``to_tree``) and writes ``tostring`` of it with ``writestr`` right after."""
    plain = archive.writestr

    def writestr(name: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        rels, _streams.pending = _streams.pending, None
        if rels is None:
            plain(name, data, *args, **kwargs)
            return
        with archive.open(_entry(archive, name), "w") as out:
            rels.write(out)

    _streams.archive, _streams.pending = archive, None
    archive.writestr = writestr  # type: ignore[method-assign]
    try:
        yield
    finally:
        _streams.archive, _streams.pending = None, None
        del archive.writestr


def install(ws: Any) -> None:
    """Write ``ws``'s hyperlinks this way: pairs queued by ``add`` (and openpyxl's own
    Hyperlink objects, from rows on its path) in the order the cells were written. ``ws``
    writes through a reports.fast_rows.RawWriter."""
    writer = ws._writer
    writer._rels = _Rels()
    slow = writer.write_hyperlinks
    writer.write_hyperlinks = lambda: _write(ws, slow)


def add(ws: Any, ref: str, target: str) -> None:
    ws._hyperlinks.append((ref, target))


def _write(ws: Any, slow: Any) -> None:
    links = ws._hyperlinks
    if not all(type(link) is tuple or _plain(link) for link in links):
        ws._hyperlinks = [Hyperlink(ref=link[0], target=link[1]) if type(link) is tuple
                          else link for link in links]
        slow()
        return
    if not links:
        return
    rels, parts, raw = ws._writer._rels, [f'<hyperlinks xmlns:r="{REL_NS}">'], ws._writer.raw
    xf = ws._writer.xf.send(True)
    xf.flush()  # what lxml holds back goes first
    for link in links:
        ref, target = link if type(link) is tuple else (link.ref, link.target)
        rel = _LinkRel(f"rId{len(rels) + 1}", target)
        list.append(rels, rel)
        parts.append(f'<hyperlink ref="{_attr(ref)}" r:id="{rel.Id}"/>')
        if len(parts) >= _BATCH:  # written as they come: a sheet's links are never one string
            raw.write(_ascii(parts))
            parts.clear()
    parts.append("</hyperlinks>")
    raw.write(_ascii(parts))
    ws._writer.xf.send(None)


def _ascii(parts: list[str]) -> bytes:
    # cell references and ids are ASCII with nothing to escape
    return "".join(parts).encode("ascii", "xmlcharrefreplace")


def _plain(link: Any) -> bool:
    """An openpyxl Hyperlink this module writes alike: a cell's external target, no more."""
    return (isinstance(link, Hyperlink) and bool(link.target) and link.location is None
            and link.tooltip is None and link.display is None and link.id is None)


def _entry(archive: ZipFile, name: str) -> ZipInfo:
    """The entry ``writestr`` would make for ``name``: now, the archive's compression."""
    info = ZipInfo(filename=name, date_time=time.localtime(time.time())[:6])
    info.compress_type = archive.compression
    info._compresslevel = archive.compresslevel  # type: ignore[attr-defined]
    info.external_attr = 0o600 << 16
    return info


@lru_cache(maxsize=4096)  # a file's target repeats on every row of its findings
def _attr(text: str) -> str:
    return text.translate(ATTR_ESCAPES)


def _markup(element: Any) -> str:
    from lxml.etree import tostring

    return str(tostring(element, encoding="unicode"))
