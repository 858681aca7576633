"""Legacy PowerPoint .ppt: text atoms from the record tree of the 'PowerPoint Document' stream.

No maintained Python reader exists, so the records are walked directly ([MS-PPT] 2.3.1: an
8-byte header of recVer/recInstance, recType and recLen; recVer 0xF marks a container).
Slides are numbered in presentation order via the slide list and the persist directory.
https://learn.microsoft.com/en-us/openspecifications/office_file_formats/ms-ppt
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

from scanner.extract.errors import CorruptDocument
from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk

STREAM = "PowerPoint Document"
SLIDE = 0x03EE  # SlideContainer
NOTES = 0x03F0  # NotesContainer
MAIN_MASTER = 0x03F8  # MainMasterContainer
SLIDE_LIST = 0x0FF0  # SlideListWithTextContainer: instance 0 slides, 2 notes
SLIDE_PERSIST = 0x03F3  # SlidePersistAtom, starts one slide's text in the slide list
PERSIST_DIRECTORY = 0x1772  # PersistDirectoryAtom: persist id -> stream offset
TEXT_CHARS, TEXT_BYTES, CSTRING = 0x0FA0, 0x0FA8, 0x0FBA
MAX_DEPTH = 64  # real files nest about 6 deep; the cap keeps a crafted file off the C stack
# TextBytesAtom holds the low bytes of UTF-16 code units, i.e. Latin-1 ([MS-PPT] 2.9.10)
DECODERS = {TEXT_CHARS: "utf-16-le", TEXT_BYTES: "latin-1", CSTRING: "utf-16-le"}
LABELS = {NOTES: "notes", MAIN_MASTER: "master"}


@dataclass(frozen=True)
class _Record:
    rtype: int
    instance: int
    container: bool
    start: int  # offset of the header in the stream
    body: int
    end: int


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    """Text chunks located by slide ('slide 2'), 'notes', 'master', or 'text' elsewhere."""
    import olefile

    try:
        with olefile.OleFileIO(BytesIO(data)) as ole:
            stream = ole.openstream(STREAM).read()
    except (OSError, ValueError) as e:  # how olefile reports broken sector chains
        raise CorruptDocument("unreadable PowerPoint stream") from e
    yield from texts(stream)


def texts(stream: bytes) -> Iterator[TextChunk]:
    """Every text atom in the stream, in stream order; a corrupt length ends its level early."""
    slides = _slide_numbers(stream)
    # a fast save appends new versions of the records it changed and keeps the old ones:
    # old text is still stored data, but unchanged text would otherwise come twice
    seen: set[tuple[str, str]] = set()
    for chunk in _walk(stream, 0, len(stream), "text", slides, 0):
        if (chunk.location, chunk.text) not in seen:
            seen.add((chunk.location, chunk.text))
            yield chunk


def _children(s: bytes, start: int, end: int) -> Iterator[_Record]:
    """The records directly inside [start, end); stops at the first that overruns it."""
    off = start
    while off + 8 <= end:
        ver_instance, rtype, length = struct.unpack_from("<HHI", s, off)
        stop = off + 8 + length
        if stop > end:
            return
        yield _Record(rtype, ver_instance >> 4, ver_instance & 0xF == 0xF, off, off + 8, stop)
        off = stop  # every step moves at least 8 bytes: no loop on a zero length


def _tree(s: bytes, start: int, end: int, depth: int) -> Iterator[_Record]:
    for rec in _children(s, start, end):
        yield rec
        if rec.container and depth < MAX_DEPTH:
            yield from _tree(s, rec.body, rec.end, depth + 1)


def _walk(s: bytes, start: int, end: int, where: str, slides: dict[int, int],
          depth: int) -> Iterator[TextChunk]:
    for rec in _children(s, start, end):
        if rec.rtype == SLIDE_LIST and rec.instance in (0, 2):
            yield from _slide_list(s, rec, "slide" if rec.instance == 0 else "notes slide")
        elif rec.container and depth < MAX_DEPTH:
            inner = f"slide {slides[rec.start]}" if rec.start in slides else where
            yield from _walk(s, rec.body, rec.end, LABELS.get(rec.rtype, inner), slides,
                             depth + 1)
        elif rec.rtype in DECODERS:
            text = _decode(s, rec)
            if text:
                yield TextChunk(text, where, None)


def _slide_list(s: bytes, rec: _Record, label: str) -> Iterator[TextChunk]:
    """PowerPoint 97 keeps placeholder text here: atoms after the n-th SlidePersistAtom."""
    n = 0
    for child in _children(s, rec.body, rec.end):
        n += child.rtype == SLIDE_PERSIST
        text = _decode(s, child) if child.rtype in DECODERS else ""
        if text:
            yield TextChunk(text, f"{label} {n}" if n else "text", None)


def _decode(s: bytes, rec: _Record) -> str:
    """An atom's text with PowerPoint's paragraph (CR) and line (VT) breaks as newlines.

    >>> _decode(b"Hi\\rthere", _Record(TEXT_BYTES, 0, False, 0, 0, 9))
    'Hi\\nthere'
    """
    raw = s[rec.body : rec.end]
    text = raw.decode(DECODERS[rec.rtype], "replace").replace("\r", "\n").replace("\x0b", "\n")
    # '___PPT10'-style CStrings are tag names, not text; '*' is a slide-number field
    return "" if text.startswith("___PPT") or not text.strip(" *\x00\n") else text


def _slide_numbers(s: bytes) -> dict[int, int]:
    """Stream offset of each SlideContainer -> its 1-based position in the presentation."""
    records = list(_tree(s, 0, len(s), 0))
    offsets: dict[int, int] = {}
    for rec in records:  # incremental saves append directories: later entries win
        if rec.rtype == PERSIST_DIRECTORY:
            offsets.update(_persist_entries(s, rec))
    # the last slide list is the newest: fast saves append a whole new document container
    lists = [r for r in records if r.rtype == SLIDE_LIST and r.instance == 0]
    refs = [struct.unpack_from("<I", s, c.body)[0] for c in
            (_children(s, lists[-1].body, lists[-1].end) if lists else ())
            if c.rtype == SLIDE_PERSIST and c.end - c.body >= 4]
    numbers = {offsets[ref]: n for n, ref in enumerate(refs, 1) if ref in offsets}
    if numbers:
        return numbers
    containers = [r.start for r in records if r.rtype == SLIDE]  # no usable list: stream order
    return {start: n for n, start in enumerate(containers, 1)}


def _persist_entries(s: bytes, rec: _Record) -> dict[int, int]:
    """[MS-PPT] 2.3.6: runs of (20-bit first id, 12-bit count) followed by count offsets."""
    entries: dict[int, int] = {}
    off = rec.body
    while off + 4 <= rec.end:
        (word,) = struct.unpack_from("<I", s, off)
        first, count = word & 0xFFFFF, word >> 20
        count = min(count, (rec.end - off - 4) // 4)
        entries.update(zip(range(first, first + count),
                           struct.unpack_from(f"<{count}I", s, off + 4)))
        off += 4 + 4 * count
    return entries
