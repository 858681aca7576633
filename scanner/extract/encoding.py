"""The encoding of text of unknown origin: BOMs and UTF-8 first, then charset-normalizer.

https://charset-normalizer.readthedocs.io
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

SINGLE_BYTE = ("cp125", "cp8", "cp4", "iso8859", "latin", "mac_")  # DOS pages too
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
UTF8_FALLBACK = "privacyscan-cp1252"  # error handler: stray bytes in UTF-8 read as cp1252


def _cp1252(e: UnicodeError) -> tuple[str, int]:
    if not isinstance(e, UnicodeDecodeError):
        raise e
    return e.object[e.start : e.end].decode("cp1252", "replace"), e.end


codecs.register_error(UTF8_FALLBACK, _cp1252)


def utf16_unmarked(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text without a byte-order mark (SQL Server's
    ``bcp -w``, some Windows exports): a NUL in nearly every other byte of its start. UTF-8
    decodes such text without an error, one letter and one NUL at a time, and no detector
    reads digits with NULs between them.

    >>> utf16_unmarked("bsn;naam\\n111222333;Jan".encode("utf-16-le")), utf16_unmarked(b"bsn")
    ('utf-16-le', None)
    >>> utf16_unmarked("bsn;naam\\n111222333;Jan".encode("utf-16"))  # with its BOM
    """
    head = data[:4096]
    if len(head) < 16 or head.count(0) < len(head) // 3 or head.startswith(UTF16_BOMS):
        return None  # a marked text is charset-normalizer's (its BOM is no letter)
    for zeros, name in ((head[1::2], "utf-16-le"), (head[0::2], "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            return name
    return None


def encoding_of(data: bytes, complete: bool = True) -> str:
    """The codec for ``data``; with ``complete`` False, data is the start of a longer text
    (a character may be cut at its end).

    >>> text = "Zoë de Vries, geboren in Genève, café-eigenaar"
    >>> encoding_of(text.encode()), encoding_of(text.encode("cp1252"))
    ('utf-8-sig', 'cp1252')
    """
    if not data:
        return "utf-8-sig"
    unmarked = utf16_unmarked(data)
    if unmarked:
        return unmarked
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=complete)
        return "utf-8-sig"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
    if best is None:
        return "cp1252"
    if best.encoding.startswith(SINGLE_BYTE):
        # single-byte code pages are hard to tell apart; on a Dutch share cp1252 is the
        # likely one, so it wins whenever it decodes cleanly
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return best.encoding


def errors_for(encoding: str) -> str:
    """How to decode bytes the encoding cannot: a UTF-8 text with a few cp1252 bytes in it
    (files pasted together) keeps them readable."""
    return UTF8_FALLBACK if encoding.startswith("utf-8") else "replace"


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding; BOMs and UTF-8 first.

    >>> decode("Curriculum vitae van José, geboren in Genève, café-eigenaar".encode("cp1252"))
    'Curriculum vitae van José, geboren in Genève, café-eigenaar'
    """
    unmarked = utf16_unmarked(data)
    if unmarked:
        return data.decode(unmarked, "replace")
    try:
        return data.decode("utf-8-sig")  # the common case, decoded once
    except UnicodeDecodeError:
        encoding = encoding_of(data)
    return data.decode(encoding, errors_for(encoding))
