"""Outlook .msg (extract-msg): headers, body, attachments (embedded mails recurse)."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from typing import Any

from scanner.extract.errors import ArchiveTooDeep, CorruptDocument
from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk | SourceItem]:
    import extract_msg

    if item.depth >= limits.max_depth:
        raise ArchiveTooDeep(f"nested deeper than {limits.max_depth} levels")
    try:
        msg = extract_msg.openMsg(BytesIO(data), delayAttachments=False)
    except Exception as e:  # extract-msg raises many types for broken files
        raise CorruptDocument("unreadable Outlook message") from e
    with msg:
        header = _header(msg)
        if header:
            yield TextChunk(header, "header", None)
        body = _body(msg)
        if body.strip():
            yield TextChunk(body, "body", None)
        yield from _attachments(item, msg)


def _header(msg: Any) -> str:
    try:
        pairs = [("From", msg.sender), ("To", msg.to), ("Subject", msg.subject)]
    except (OSError, UnicodeDecodeError) as e:  # streams are read lazily: damage shows here
        raise CorruptDocument("unreadable Outlook message") from e
    return "\n".join(f"{k}: {v}" for k, v in pairs if v)


def _body(msg: object) -> str:
    try:
        return str(getattr(msg, "body", "") or "")
    except Exception:  # noqa: BLE001 - a broken RTF/HTML body: the rest is still read
        return ""


def _attachments(item: SourceItem, msg: object) -> Iterator[SourceItem]:
    for n, att in enumerate(getattr(msg, "attachments", [])):
        data = getattr(att, "data", None)
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) \
            or f"attachment-{n}"
        if not isinstance(data, bytes):
            inner = getattr(data, "exportBytes", None)
            try:
                data = inner() if inner else None
            except Exception:  # noqa: BLE001 - an embedded message that cannot be re-exported
                data = None
            name = name if name.lower().endswith(".msg") else f"{name}.msg"
        if isinstance(data, bytes):
            member = f"{item.member}!/{name}" if item.member else name
            yield SourceItem(path=item.path, member=member, size=len(data),
                             modified=item.modified, data=data, depth=item.depth + 1,
                             protocol=item.protocol)
