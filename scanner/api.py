"""HTTP pre-upload check (SPEC: HTTP API of `serve`): FastAPI app factory.

Uploads stay in memory: the multipart body is parsed as it streams in, under a size cap, and
never spooled to disk or logged. Checks run in warm pebble worker processes, so a runaway
extraction is killed at the deadline (503) without taking the server down.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import threading
from collections.abc import AsyncIterator
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pebble import ProcessExpired, ProcessPool
from pydantic import BaseModel
from python_multipart.multipart import MultipartParser, parse_options_header

from scanner.check import MAX_UPLOAD, Verdict, check_upload, error_verdict, warm_check
from scanner.extract import sniff
from scanner.policy import load_policy

logger = logging.getLogger(__name__)

API_KEY_ENV = "PRIVACYSCAN_API_KEY"
FORM_OVERHEAD = 64 * 1024  # multipart headers and small fields beside the file
# Declared part types per sniffed format; octet-stream and no type are always accepted.
MIME_TYPES = {
    "pdf": {"application/pdf", "application/x-pdf"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    "doc": {"application/msword"},
    "odt": {"application/vnd.oasis.opendocument.text"},
    "rtf": {"application/rtf", "text/rtf"},
    "text": {"text/plain"},
    "txt": {"text/plain"},
}
# Verdict error codes that are not "corrupt or encrypted" (422).
ERROR_STATUS = {"too_large": 413, "unsupported": 415, "timeout": 503}
NEUTRAL_TYPES = {"", "application/octet-stream", "binary/octet-stream"}


@dataclass(frozen=True)
class ApiSettings:
    max_upload: int = MAX_UPLOAD
    timeout_s: float = 10.0
    workers: int = 2  # warm worker processes; 0 runs checks in a thread (no hard kill)
    policy: str | None = None
    api_key: str | None = field(default_factory=lambda: os.environ.get(API_KEY_ENV) or None,
                                repr=False)


class ReasonModel(BaseModel):
    rule: str
    entity: str
    page: int | None
    location: str
    masked: str
    action: str


class VerdictModel(BaseModel):
    accepted: bool
    reasons: list[ReasonModel]
    message: str
    error: str | None = None


class ApiError(Exception):
    def __init__(self, status: int, detail: str, verdict: Verdict | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.verdict = status, detail, verdict


# -- running the check ----------------------------------------------------------------------


class Checker:
    """Runs ``check_upload`` under a deadline: in warm worker processes, or in a thread."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self.pool: ProcessPool | None = None
        self.lock = threading.Lock()  # thread mode: one analyzer, one check at a time

    def start(self) -> None:
        if self.settings.workers > 0:
            self.pool = ProcessPool(
                max_workers=self.settings.workers, initializer=warm_check,
                initargs=(self.settings.policy,),
            )
            self.pool.schedule(warm_check, args=(self.settings.policy,)).result()
        else:
            warm_check(self.settings.policy)

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.stop()
            self.pool.join(timeout=5)

    async def run(self, data: bytes, filename: str, lang: str) -> Verdict:
        args = (data, filename, lang, self.settings.policy)
        try:
            if self.pool is None:
                return await asyncio.wait_for(
                    asyncio.to_thread(self._locked, *args), self.settings.timeout_s
                )
            future = self.pool.schedule(check_upload, args=args, timeout=self.settings.timeout_s)
            return await asyncio.wrap_future(future)
        except (FutureTimeout, TimeoutError) as e:
            raise ApiError(503, "the check took too long", error_verdict("timeout", lang)) from e
        except ProcessExpired as e:
            raise ApiError(503, "the check failed", error_verdict("other", lang)) from e

    def _locked(self, *args: Any) -> Verdict:
        with self.lock:
            return check_upload(*args)


# -- reading the upload ---------------------------------------------------------------------


class _Form:
    """Collects the ``file`` part of a multipart body in memory (python-multipart callbacks)."""

    def __init__(self, boundary: bytes, max_file: int) -> None:
        self.max_file = max_file
        self.file: bytearray | None = None
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
        if len(self._data) > self.max_file:
            raise ApiError(413, "the upload is over the size limit")

    def _part_end(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        if params.get(b"name") == b"file" and self.file is None:
            self.file = self._data
            self.filename = params.get(b"filename", b"").decode("utf-8", "replace")
            ctype, _ = parse_options_header(self._headers.get(b"content-type", b""))
            self.content_type = ctype.decode("latin-1").lower()


async def read_upload(request: Request, max_upload: int) -> _Form:
    """Stream the body into a ``_Form``; 413 as soon as it passes the cap."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or not params.get(b"boundary"):
        raise ApiError(415, "send the file as multipart/form-data in the field 'file'")
    limit = max_upload + FORM_OVERHEAD
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "the upload is over the size limit")
    form, total = _Form(params[b"boundary"], max_upload), 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > limit:
                raise ApiError(413, "the upload is over the size limit")
            form.parser.write(chunk)
        form.parser.finalize()
    except ApiError:
        raise
    except Exception as e:
        raise ApiError(400, "malformed multipart body") from e
    if form.file is None:
        raise ApiError(400, "no field 'file' in the multipart body")
    return form


def check_type(data: bytes, filename: str, declared: str, lang: str) -> None:
    """415 unless the bytes are a CV format and the declared type, if any, agrees."""
    fmt = sniff(data, filename)
    if fmt not in MIME_TYPES:
        raise ApiError(415, "unsupported file type", error_verdict("unsupported", lang))
    if declared not in NEUTRAL_TYPES and declared not in MIME_TYPES[fmt]:
        raise ApiError(415, "the declared content type does not match the file",
                       error_verdict("unsupported", lang))


# -- the app --------------------------------------------------------------------------------

UPLOAD_BODY = {
    "required": True,
    "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary"}},
    }}},
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Malformed multipart body or no field 'file'"},
    401: {"description": "Missing or wrong X-API-Key"},
    413: {"description": "Upload over the size limit"},
    415: {"description": "Not a supported CV format, or the declared type does not match"},
    422: {"description": "Corrupt or encrypted file", "model": VerdictModel},
    503: {"description": "The check took too long", "model": VerdictModel},
}


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """The pre-upload check API; the analyzer is warmed in the lifespan, not per request.
    Raises PolicyError for an invalid policy, before any worker starts."""
    settings = settings or ApiSettings()
    load_policy(settings.policy)
    checker = Checker(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(checker.start)
        try:
            yield
        finally:
            await asyncio.to_thread(checker.stop)

    app = FastAPI(title="privacyscan pre-upload check", version="1", lifespan=lifespan)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        body = exc.verdict.to_json() if exc.verdict else {}
        return JSONResponse({"detail": exc.detail, **body}, status_code=exc.status)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/check", response_model=VerdictModel, openapi_extra={"requestBody": UPLOAD_BODY},
              responses=ERROR_RESPONSES)
    async def check(request: Request, lang: str = "nl") -> JSONResponse:
        """Check one CV (multipart field ``file``); rejected uploads are still 200."""
        _authorize(request, settings.api_key)
        lang = lang if lang in ("nl", "en") else "nl"
        form = await read_upload(request, settings.max_upload)
        data = bytes(form.file or b"")
        check_type(data, form.filename, form.content_type, lang)
        verdict = await checker.run(data, form.filename, lang)
        if verdict.error is not None:
            status = ERROR_STATUS.get(verdict.error, 422)
            raise ApiError(status, f"the file could not be checked: {verdict.error}", verdict)
        return JSONResponse(verdict.to_json())

    return app


def _authorize(request: Request, api_key: str | None) -> None:
    if not api_key:
        return
    given = request.headers.get("x-api-key", "")
    if not hmac.compare_digest(given.encode(), api_key.encode()):
        raise ApiError(401, "missing or wrong X-API-Key")
