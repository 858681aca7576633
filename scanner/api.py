"""HTTP pre-upload check (SPEC: HTTP API of `serve`): FastAPI app factory.

Uploads stay in memory: the body is read under a size cap and a read deadline, and parsed
off the event loop (api_upload.py), never spooled to disk or logged. Checks run in warm
worker processes, text-only and OCR-heavy ones in separate bounded lanes (api_lanes.py), so
a runaway extraction is killed at the deadline (503) without taking the server down, and a
full lane answers 503 with Retry-After instead of queueing without end.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import FastAPI, Request, Security
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader
from pydantic import BaseModel

from scanner.api_lanes import Checker
from scanner.api_upload import ApiError, boundary_of, parse_form, read_body
from scanner.check import MAX_UPLOAD, error_verdict
from scanner.extract.sniff import document_kind
from scanner.policy import load_policy

logger = logging.getLogger(__name__)

API_KEY_ENV = "PRIVACYSCAN_API_KEY"
# Declared part types per sniffed format; octet-stream and no type are always accepted.
MIME_TYPES = {
    "pdf": {"application/pdf", "application/x-pdf"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    "doc": {"application/msword"},
    # a password-protected .docx or .doc (both OLE2 files): told it is encrypted, not refused
    "encrypted": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "application/msword"},
    "odt": {"application/vnd.oasis.opendocument.text"},
    "rtf": {"application/rtf", "text/rtf"},
    "text": {"text/plain"},
}
# Verdict error codes that are not "corrupt, encrypted or without text" (422).
ERROR_STATUS = {"too_large": 413, "unsupported": 415, "timeout": 503}
NEUTRAL_TYPES = {"", "application/octet-stream", "binary/octet-stream"}
API_KEY_HEADER = APIKeyHeader(
    name="X-API-Key", auto_error=False, scheme_name="ApiKey",
    description=f"Required when the server runs with {API_KEY_ENV} set (else 401).")


@dataclass(frozen=True)
class ApiSettings:
    max_upload: int = MAX_UPLOAD
    timeout_s: float = 10.0  # one text-lane check
    workers: int = 2  # warm text-lane processes; 0 runs checks in a thread (no hard kill)
    policy: str | None = None
    api_key: str | None = field(default_factory=lambda: os.environ.get(API_KEY_ENV) or None,
                                repr=False)
    ocr_workers: int = 1  # warm OCR-lane processes: OCR never takes every worker
    ocr_timeout_s: float = 60.0  # one OCR-lane check
    deadline_s: float = 90.0  # a whole request: upload, waiting and checking
    max_queue: int = 32  # text-lane checks running or waiting before 503
    max_ocr_queue: int = 4  # OCR-lane checks running or waiting before 503
    max_uploads: int = 16  # bodies being received at once before 503
    read_timeout_s: float = 20.0  # receiving one body before 408


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


def check_type(data: bytes, filename: str, declared: str) -> None:
    """415 unless the bytes are a CV format and the declared type, if any, agrees."""
    fmt = document_kind(data, filename)
    if fmt not in MIME_TYPES:
        raise ApiError(415, "unsupported file type", "unsupported")
    if declared not in NEUTRAL_TYPES and declared not in MIME_TYPES[fmt]:
        raise ApiError(415, "the declared content type does not match the file", "unsupported")


# -- the app --------------------------------------------------------------------------------

UPLOAD_BODY = {
    "required": True,
    "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary"}},
    }}},
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Malformed multipart body or no field 'file'", "model": VerdictModel},
    401: {"description": "Missing or wrong X-API-Key"},
    408: {"description": "The upload took too long", "model": VerdictModel},
    413: {"description": "Upload over the size limit", "model": VerdictModel},
    415: {"description": "Not a supported CV format, or the declared type does not match",
          "model": VerdictModel},
    422: {"description": "Corrupt or encrypted file, a file without readable text, or an "
                         "unknown lang", "model": VerdictModel},
    503: {"description": "Busy (see Retry-After) or the check took too long",
          "model": VerdictModel},
}


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """The pre-upload check API; the analyzer is warmed in the lifespan, not per request.
    Raises PolicyError for an invalid policy, before any worker starts."""
    settings = settings or ApiSettings()
    load_policy(settings.policy)
    checker = Checker(settings)
    uploads = asyncio.Semaphore(settings.max_uploads)

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
        lang = getattr(request.state, "lang", "nl")
        body = {"detail": exc.detail, **error_verdict(exc.code, lang).to_json()}
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return JSONResponse(body, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # an unknown ?lang= is the usual one: the candidate still gets a message (in Dutch,
        # the default), the portal's developer the details
        body = {"detail": jsonable_encoder(exc.errors()), **error_verdict("invalid", "nl").to_json()}
        return JSONResponse(body, status_code=422)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/check", response_model=VerdictModel, openapi_extra={"requestBody": UPLOAD_BODY},
              responses=ERROR_RESPONSES)
    async def check(request: Request, lang: Literal["nl", "en"] = "nl",
                    api_key: str | None = Security(API_KEY_HEADER)) -> JSONResponse:
        """Check one CV (multipart field ``file``); rejected uploads are still 200."""
        request.state.lang = lang
        _authorize(api_key, settings.api_key)
        deadline = asyncio.get_running_loop().time() + settings.deadline_s
        upload = await _receive(request, settings, uploads)
        check_type(upload.data, upload.filename, upload.content_type)
        verdict = await checker.run(upload.data, upload.filename, lang, deadline)
        if verdict.error is not None:
            status = ERROR_STATUS.get(verdict.error, 422)
            raise ApiError(status, f"the file could not be checked: {verdict.error}",
                           verdict.error)
        return JSONResponse(verdict.to_json())

    return app


async def _receive(request: Request, settings: ApiSettings,
                   uploads: asyncio.Semaphore) -> Any:
    """The upload, read while a receiving slot is free (else 503) and parsed in a thread."""
    boundary = boundary_of(request)
    if uploads.locked():
        raise ApiError(503, "too many uploads at once", "busy", 5)
    async with uploads:
        body = await read_body(request, settings.max_upload, settings.read_timeout_s)
    return await asyncio.to_thread(parse_form, body, boundary, settings.max_upload)


def _authorize(given: str | None, api_key: str | None) -> None:
    if not api_key:
        return
    if not hmac.compare_digest((given or "").encode(), api_key.encode()):
        raise ApiError(401, "missing or wrong X-API-Key", "unauthorized")
