"""A minimal compound file (OLE2/CFB) writer, enough for a synthetic Outlook .msg.

Version 3, 512-byte sectors, one FAT sector, every stream in the mini stream (so each stream
must be under 4 KB). https://learn.microsoft.com/openspecs/windows_protocols/ms-cfb
"""

from __future__ import annotations

import struct

FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0"
    # name, its length, type, colour (black), left/right sibling, child, then CLSID, state bits
    # and times (zero), first sector and size
    fields = struct.pack("<HBB3I", len(raw), kind, 1, NOSTREAM, right, child)
    return raw.ljust(64, b"\0") + fields + bytes(36) + struct.pack("<IQ", start, size)


def _sectors(data: bytes, fill: bytes) -> bytes:
    return data.ljust(-(-len(data) // 512) * 512, fill)


def _chain(first: int, count: int) -> list[int]:
    return [first + i + 1 for i in range(count - 1)] + [END]


def cfb(streams: dict[str, bytes]) -> bytes:
    """Root storage holding ``streams``; siblings form a right-leaning chain in CFB name order."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    mini, minifat, starts = b"", list[int](), list[int]()
    for n in names:
        count = max(1, -(-len(streams[n]) // 64))
        starts.append(len(minifat))
        minifat += _chain(len(minifat), count)
        mini += streams[n].ljust(count * 64, b"\0")
    entries = [_entry(n, 2, NOSTREAM, i + 2 if i + 1 < len(names) else NOSTREAM, s,
                      len(streams[n])) for i, (n, s) in enumerate(zip(names, starts))]
    mf = _sectors(struct.pack(f"<{len(minifat)}I", *minifat), b"\xff")
    ms = _sectors(mini, b"\0")
    nd, nmf, nms = -(-(len(names) + 1) // 4), len(mf) // 512, len(ms) // 512
    root = _entry("Root Entry", 5, 1, NOSTREAM, 1 + nd + nmf, len(mini))
    dir_ = _sectors(root + b"".join(entries), b"\0")
    fat = [FATSECT] + _chain(1, nd) + _chain(1 + nd, nmf) + _chain(1 + nd + nmf, nms)
    assert len(fat) <= 128, "more than one FAT sector"
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<5H6x9I", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, 1 + nd, nmf,
                            END, 0)
              + struct.pack("<109I", 0, *([FREE] * 108)))
    return header + _sectors(struct.pack(f"<{len(fat)}I", *fat), b"\xff") + dir_ + mf + ms
