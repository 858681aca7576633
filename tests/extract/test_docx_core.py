"""A DOCX's core properties are read from their part as python-docx reads them (it opened the
whole package for them): the same values for every DOCX python-docx opens, and python-docx's
own answer for every package that is not as Word writes it."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from scanner.extract import Limits, extract
from scanner.extract.docx import CORE, _core_docx, _core_read
from scanner.models import SourceItem, TextChunk

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted(p for p in (REPO / "tests/data/corpus").rglob("*.doc[xm]"))


def _document(**props: str) -> bytes:
    doc = docx.Document()
    doc.add_paragraph("Brief aan Jan de Vries")
    for key, value in props.items():
        setattr(doc.core_properties, key, value)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _repacked(data: bytes, drop: str = "", **replace: bytes) -> bytes:
    """The package with a part dropped or replaced (``replace``: name with '/' as '__')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {n: src.read(n) for n in src.namelist() if n != drop}
    parts.update({name.replace("__", "/"): value for name, value in replace.items()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, value in parts.items():
            z.writestr(name, value)
    return out.getvalue()


def _read_here(data: bytes) -> dict[str, object] | None:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return None
    return _core_read(z)


SET = {"author": "J. de Vries", "title": " Brief  ", "subject": "Sollicitatie\tBSN 111222333",
       "keywords": "cv; nl", "last_modified_by": "Émile Ñúñez", "comments": "regel 1\nregel 2"}
DOCS = {
    "every property": _document(**SET),
    "none set": _document(),
    "blank values": _document(author="   ", title=""),
}
OTHER = {  # not as Word writes it: python-docx decides
    "no core properties part (python-docx invents some)": _repacked(
        _document(**SET), drop="docProps/core.xml"),
    "a macro-enabled main document (python-docx refuses it)": _repacked(
        _document(**SET), **{"[Content_Types].xml": zipfile.ZipFile(io.BytesIO(
            _document())).read("[Content_Types].xml").replace(
            b"document.main+xml", b"document.macroEnabled.main+xml")}),
}


@pytest.mark.parametrize("case", sorted(DOCS))
def test_word_documents_read_as_python_docx_reads_them(case: str) -> None:
    assert _read_here(DOCS[case]) == _core_docx(DOCS[case])


@pytest.mark.parametrize("case", sorted(OTHER))
def test_other_packages_are_left_to_python_docx(case: str) -> None:
    assert _read_here(OTHER[case]) is None


def test_the_corpus_reads_as_before() -> None:
    """Every DOCX of the corpus: what is read here is python-docx's answer."""
    read = 0
    for path in CORPUS:
        data = path.read_bytes()
        here = _read_here(data)
        if here is not None:
            assert here == _core_docx(data), path.name
            read += 1
    assert read >= 10


def test_the_chunks_name_each_property() -> None:
    data = DOCS["every property"]
    item = SourceItem("/s/brief.docx", None, len(data), datetime(2024, 1, 1, tzinfo=UTC))
    chunks = {c.location: c.text for c in extract(item, data, Limits())
              if isinstance(c, TextChunk) and c.location.startswith("metadata:")}
    assert chunks == {f"metadata:{k}": SET[k] for k in CORE if SET[k].strip()}
