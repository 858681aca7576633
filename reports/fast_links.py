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

from functools import lru_cache
from typing import Any

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
        parts = []
        for rel in self:
            if type(rel) is _LinkRel:
                parts.append(f'<Relationship Type="{HYPERLINK}" Target="{_attr(rel.Target)}"'
                             f' TargetMode="External" Id="{_attr(rel.Id)}"/>')
            else:
                parts.append(_markup(rel.to_tree()))
        tree = fromstring("<Relationships>" + "".join(parts) + "</Relationships>", PARSER)
        tree.set("xmlns", PKG_REL_NS)
        return tree


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
    rels, parts = ws._writer._rels, []
    for link in links:
        ref, target = link if type(link) is tuple else (link.ref, link.target)
        rel = _LinkRel(f"rId{len(rels) + 1}", target)
        list.append(rels, rel)
        parts.append(f'<hyperlink ref="{_attr(ref)}" r:id="{rel.Id}"/>')
    if not parts:
        return
    markup = f'<hyperlinks xmlns:r="{REL_NS}">' + "".join(parts) + "</hyperlinks>"
    xf = ws._writer.xf.send(True)
    xf.flush()  # what lxml holds back goes first
    # cell references and ids are ASCII with nothing to escape
    ws._writer.raw.write(markup.encode("ascii", "xmlcharrefreplace"))
    ws._writer.xf.send(None)


def _plain(link: Any) -> bool:
    """An openpyxl Hyperlink this module writes alike: a cell's external target, no more."""
    return (isinstance(link, Hyperlink) and bool(link.target) and link.location is None
            and link.tooltip is None and link.display is None and link.id is None)


@lru_cache(maxsize=4096)  # a file's target repeats on every row of its findings
def _attr(text: str) -> str:
    return text.translate(ATTR_ESCAPES)


def _markup(element: Any) -> str:
    from lxml.etree import tostring

    return str(tostring(element, encoding="unicode"))
