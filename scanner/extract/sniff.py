"""Identify a file's format from its content; the extension only breaks ties."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import PurePosixPath

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.encoding import utf16_unmarked

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c"
# Excel 2-4 saved a bare BIFF stream, no OLE2 container: a BOF record (type, then length)
BIFF_BOF = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")
BIFF_BOF_LEN = (b"\x04\x00", b"\x06\x00", b"\x08\x00", b"\x10\x00")
IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
TEXT_EXT = {".txt", ".csv", ".tsv", ".md", ".log", ".json", ".xml", ".html", ".htm", ".ini"}
ZIP_TAIL = 65_557  # a zip's end-of-directory record and its longest comment
ODF_KINDS = {"application/vnd.oasis.opendocument.text": "odt",
             "application/vnd.oasis.opendocument.spreadsheet": "ods",
             "application/vnd.oasis.opendocument.presentation": "odp"}
VIDEO_EXT = {".mp4", ".avi", ".mov", ".mkv", ".wmv", ".m4v", ".mpg", ".mpeg"}


def sniff(data: bytes, name: str) -> str | None:
    """The extractor module for ``data``, or None when unsupported.

    >>> sniff(b"%PDF-1.7 ...", "x.txt")
    'pdf'
    >>> sniff(b"hello", "notes.txt")
    'text'
    >>> sniff(b"7z\\xbc\\xaf\\x27\\x1c\\x00\\x04", "a.bin")
    'sevenzip'
    """
    head = data[:2048]
    ext = PurePosixPath(name.lower()).suffix
    if head.startswith(b"{\\rtf"):
        return "rtf"
    # archives before the PDF test: a stored first member may start with %PDF-
    if head.startswith(SEVEN_ZIP):
        return "sevenzip"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(data)
    if b"%PDF-" in data[:1024]:  # not only at 0: PDF readers accept leading junk
        return "pdf"
    if head.startswith(OLE2):
        return "ole"
    if head[:2] in BIFF_BOF and head[2:4] in BIFF_BOF_LEN:
        return "xls"
    if head.startswith(IMAGES):
        return "image"
    if ext in VIDEO_EXT or head[4:8] == b"ftyp":
        return "video"
    if b"PK\x05\x06" in data[-ZIP_TAIL:]:
        return _zip_kind(data)  # a zip without a local header first: a spanned part, say
    if _is_email(head):
        return "email"
    if _is_text(head):
        lowered = head.lstrip()[:200].lower()
        return "html" if lowered.startswith((b"<!doctype html", b"<html")) else "text"
    return None


def document_kind(data: bytes, name: str) -> str | None:
    """``sniff``, with the containers told apart by what they hold: an OLE2 file is a legacy
    Word file (``doc``), an encrypted OOXML package (``encrypted``) or another Office file
    (``ole``); an OpenDocument file is ``odt``, ``ods``, ``odp``... (the pre-upload check
    accepts some of them, the scan reads all of them alike).

    >>> document_kind(b"%PDF-1.7 ...", "cv.doc"), document_kind(OLE2 + b"junk", "cv.doc")
    ('pdf', 'ole')
    """
    fmt = sniff(data, name)
    if fmt == "ole":
        return _ole_kind(data)
    if fmt == "odf":
        return _odf_kind(data)
    return fmt


def _ole_kind(data: bytes) -> str:
    import olefile

    try:
        streams = {"/".join(s) for s in olefile.OleFileIO(BytesIO(data)).listdir()}
    except (OSError, ValueError):
        return "ole"  # the extractor reports it as corrupt
    if {"EncryptionInfo", "EncryptedPackage"} <= streams:
        return "encrypted"
    return "doc" if "WordDocument" in streams else "ole"


def _odf_kind(data: bytes) -> str:
    try:
        mimetype = zipfile.ZipFile(BytesIO(data)).read("mimetype")[:100]
    except (*ZIP_ERRORS, KeyError):
        return "odf"
    return ODF_KINDS.get(mimetype.strip().decode("ascii", "replace"), "odf")


def _zip_kind(data: bytes) -> str | None:
    try:
        return _package_kind(zipfile.ZipFile(BytesIO(data)))
    except ZIP_ERRORS:
        return "archive"  # the archive extractor reports it as corrupt


def _package_kind(z: zipfile.ZipFile) -> str | None:
    names = set(z.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "xl/workbook.bin" in names:
        return None  # .xlsb: binary workbook parts, no reader for them
    if "mimetype" in names and z.read("mimetype").startswith(b"application/vnd.oasis"):
        return "odf"
    return "archive"


def _is_email(head: bytes) -> bool:
    lines = head.split(b"\n", 20)[:20]
    keys = {ln.split(b":", 1)[0].strip().lower() for ln in lines if b":" in ln}
    return len(keys & {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version",
                       b"received", b"return-path"}) >= 3


# control bytes but tab, line feed and carriage return, and DEL; the rest counts as text
_NOT_PRINTABLE = bytes(b for b in range(256) if not (32 <= b < 127 or b in (9, 10, 13) or b >= 128))


def _is_text(head: bytes) -> bool:
    """More than 95% text bytes (any byte from 128 up counts: UTF-8 or a code page).

    >>> _is_text(b"Naam: Jan\\tde Vries\\r\\n"), _is_text(b"\\x01\\x02" + b"a" * 20)
    (True, False)
    >>> _is_text("Naam: Jan".encode("utf-16-be")), _is_text(b"log\\n" + bytes(60))
    (True, True)
    >>> _is_text(b"MZ\\x90\\x00\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\xff\\xff\\x00\\x00")
    False
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or not head:
        return True
    if b"\x00" in head:
        # UTF-16 without a BOM, or text padded with NULs (a preallocated log): the text
        # around the NULs decides; any other NUL makes it binary
        head = head.replace(b"\x00", b"") if utf16_unmarked(head) else head.rstrip(b"\x00")
        if not head or b"\x00" in head:
            return False
    printable = len(head.translate(None, _NOT_PRINTABLE))  # in C: a byte at a time cost 3 ms
    return printable / len(head) > 0.95
