"""E-mail (EML, RFC 822): headers and body as text, attachments as child items, and OCR of
the images shown inline in the body (a pasted screenshot: ``Content-Disposition: inline`` or
none, usually referenced by a Content-ID); an image sent as an attachment is a member."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from scanner.extract.embedded import ImageBudget, ocr_encoded
from scanner.extract.encoding import decode
from scanner.extract.errors import ArchiveTooDeep
from scanner.extract.html import html_to_text
from scanner.extract.limits import Limits
from scanner.extract.text_tables import text_chunks
from scanner.models import SourceItem, TextChunk

HEADERS = ("From", "To", "Cc", "Subject", "Reply-To")


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk | SourceItem]:
    if item.depth >= limits.max_depth:
        raise ArchiveTooDeep(f"nested deeper than {limits.max_depth} levels")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    header = "\n".join(f"{h}: {msg[h]}" for h in HEADERS if msg[h])
    if header:
        yield TextChunk(header, "header", None)
    sent = _date(msg, item)
    budget = ImageBudget.for_limits(limits)
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if _is_inline_image(part):
            yield from _inline_image(part, filename or f"image-{n}", budget)
        elif filename or part.get_content_disposition() == "attachment":
            yield _attachment(item, part, filename or f"attachment-{n}", sent)
        elif part.get_content_maintype() == "text":
            yield from _body(part)


def _is_inline_image(part: EmailMessage) -> bool:
    return part.get_content_maintype() == "image" and \
        part.get_content_disposition() != "attachment"


def _inline_image(part: EmailMessage, name: str, budget: ImageBudget) -> Iterator[TextChunk]:
    data = part.get_payload(decode=True)
    if isinstance(data, bytes) and data:
        yield from ocr_encoded(data, f"inline image {name}", budget)


def _body(part: EmailMessage) -> Iterator[TextChunk]:
    text = _text(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
        if isinstance(text, str) and text.strip():
            yield TextChunk(text, "body", None)
    elif isinstance(text, str) and text.strip():
        yield from text_chunks(text, "body")  # an export pasted into the mail: a table


def _text(part: EmailMessage) -> str:
    """The part's text. Without a declared charset the e-mail package reads 8-bit bytes as
    US-ASCII and replaces every accented letter (a mail saved as text, "Tóth", "született"):
    such a body is read as any text of unknown encoding is, UTF-8 first."""
    raw = part.get_payload(decode=True)
    if part.get_param("charset") is None and isinstance(raw, bytes) and not raw.isascii():
        return decode(raw)
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError, AssertionError):
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""


def _attachment(item: SourceItem, part: EmailMessage, filename: str, sent: datetime
                ) -> SourceItem:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else str(payload or "").encode()
    name = filename.replace("/", "_").replace("\\", "_")
    member = f"{item.member}!/{name}" if item.member else name
    return SourceItem(path=item.path, member=member, size=len(data), modified=sent, data=data,
                      depth=item.depth + 1, protocol=item.protocol)


def _date(msg: EmailMessage, item: SourceItem) -> datetime:
    try:
        return parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else item.modified
    except (TypeError, ValueError):
        return item.modified
