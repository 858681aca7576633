"""Reading a pre-upload check's body: bounded in size and time, parsed off the event loop.

The raw body is collected under the size cap and a read deadline (a slow upload is cut off,
not held open), then the multipart form is parsed in a thread: parsing a 10 MB body in the
event loop would stall every other request. Uploads stay in memory, never on disk.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from fastapi import Request
from python_multipart.multipart import MultipartParser, parse_options_header

FORM_OVERHEAD = 64 * 1024  # multipart headers and small fields beside the file


class ApiError(Exception):
    """An answer other than a verdict: HTTP status, a detail for the developer, and the key
    of the candidate's message (scanner/messages.toml, shown in the requested language)."""

    def __init__(self, status: int, detail: str, code: str,
                 retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.code = status, detail, code
        self.retry_after = retry_after


@dataclass(frozen=True)
class Upload:
    data: bytes
    filename: str
    content_type: str


class _Form:
    """Collects the ``file`` part of a multipart body (python-multipart callbacks)."""

    def __init__(self, boundary: bytes) -> None:
        self.file: bytes | None = None
        self.filename = ""
        self.content_type = ""
        self._data = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._field = self._value = b""
        self.parser = MultipartParser(boundary, {
            "on_part_begin": self._part_begin, "on_part_data": self._part_data,
            "on_part_end": self._part_end, "on_header_field": self._header_field,
            "on_header_value": self._header_value, "on_header_end": self._header_end,
        })

    def _part_begin(self) -> None:
        self._data, self._headers = bytearray(), {}

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._field.lower()] = self._value
        self._field = self._value = b""

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        self._data += data[start:end]

    def _part_end(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        if params.get(b"name") == b"file" and self.file is None:
            self.file = bytes(self._data)
            self.filename = params.get(b"filename", b"").decode("utf-8", "replace")
            ctype, _ = parse_options_header(self._headers.get(b"content-type", b""))
            self.content_type = ctype.decode("latin-1").lower()


def boundary_of(request: Request) -> bytes:
    """The multipart boundary; 415 for any other body."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or not params.get(b"boundary"):
        raise ApiError(415, "send the file as multipart/form-data in the field 'file'",
                          "unsupported")
    return bytes(params[b"boundary"])


async def read_body(request: Request, max_upload: int, read_timeout_s: float) -> bytes:
    """The raw body: 413 as soon as it passes the cap, 408 when it takes too long."""
    limit = max_upload + FORM_OVERHEAD
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "the upload is over the size limit", "too_large")

    async def collect() -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise ApiError(413, "the upload is over the size limit", "too_large")
        return bytes(body)

    try:
        return await asyncio.wait_for(collect(), read_timeout_s)
    except TimeoutError as e:
        raise ApiError(408, "the upload took too long", "slow_upload") from e


def parse_form(body: bytes, boundary: bytes, max_file: int) -> Upload:
    """The ``file`` field of a multipart body (run in a thread); 400 when malformed."""
    form = _Form(boundary)
    try:
        form.parser.write(body)
        form.parser.finalize()
    except Exception as e:
        raise ApiError(400, "malformed multipart body", "invalid") from e
    if form.file is None:
        raise ApiError(400, "no field 'file' in the multipart body", "invalid")
    if len(form.file) > max_file:
        raise ApiError(413, "the upload is over the size limit", "too_large")
    return Upload(form.file, form.filename, form.content_type)
