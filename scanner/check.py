"""Pre-upload check of one CV for the candidate portal (issue 8): accept, reject or warn.

The upload is scanned in memory as a CV, whatever its content looks like, and the policy
decides per rule whether a finding rejects the upload or only warns (``rule_action``). The
candidate gets one plain sentence per problem from ``messages.toml``; values never appear in it.
"""

from __future__ import annotations

import logging
import re
import secrets
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from scanner.extract import ExtractionError, extract, sniff
from scanner.extract.errors import ExtractionTimeout, unreadable
from scanner.extract.limits import Limits
from scanner.extract.sniff import document_kind
from scanner.models import FileRecord, Finding, SourceItem, TextChunk
from scanner.policy import Policy, apply_policy, load_policy, rule_action
from scanner.scan_item import ScanConfig, detect_findings, name_findings, warm

logger = logging.getLogger(__name__)

MESSAGES_FILE = Path(__file__).with_name("messages.toml")
LANGS = ("nl", "en")
# Formats a CV may come in (scanner.extract.sniff.document_kind keys); anything else is
# "unsupported". An encrypted OOXML package is let through to be told it is encrypted.
CV_FORMATS = frozenset({"pdf", "docx", "doc", "odt", "rtf", "text", "encrypted"})
MAX_UPLOAD = 10 * 1024 * 1024
ACTIONS = ("reject", "warn")  # a "report" rule is for the DPO, not the candidate


@dataclass(frozen=True)
class Reason:
    """One finding that rejects or warns; ``masked`` is the SPEC's masked value."""

    rule: str
    entity: str
    page: int | None
    location: str
    masked: str
    action: str  # "reject" | "warn"


@dataclass(frozen=True)
class Verdict:
    """The check's outcome. ``error`` is a SPEC error code when the file could not be read."""

    accepted: bool
    reasons: tuple[Reason, ...]
    message: str
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "reasons": [r.__dict__ for r in self.reasons],
            "message": self.message,
            "error": self.error,
        }


# -- configuration, built once per process ------------------------------------------------


@lru_cache(maxsize=1)
def messages() -> dict[str, Any]:
    """The candidate texts; fails fast, naming the file and key, when one is missing."""
    data = tomllib.loads(MESSAGES_FILE.read_text(encoding="utf-8"))
    for lang in LANGS:
        for key in ("accepted", "reject", "warn", "page", "and", "default_place", "errors"):
            if key not in data.get(lang, {}):
                raise ValueError(f"{MESSAGES_FILE}: [{lang}] lacks '{key}'")
    return data


@lru_cache(maxsize=4)
def _policy(path: str | None) -> Policy:
    return load_policy(path)


@lru_cache(maxsize=4)
def _config(policy_path: str | None) -> ScanConfig:
    # Fingerprints of an upload go nowhere: a random per-process key keeps them meaningless.
    return ScanConfig(
        key=secrets.token_bytes(32), policy_path=policy_path,
        limits=Limits(max_file_size=MAX_UPLOAD, timeout_s=30.0, ocr_max_pages=5,
                      ocr_max_images=5),
        now=datetime.now(UTC),
    )


def warm_check(policy: str | None = None) -> None:
    """Build the analyzer, policy and texts now (a server's start-up, a worker's initializer)."""
    warm(_config(policy))
    _policy(policy)
    messages()


# -- the check ------------------------------------------------------------------------------


def sanitize_filename(filename: str) -> str:
    """The base name without directories or control characters, at most 200 characters.

    >>> sanitize_filename("../../etc/Mijn CV\\x00.pdf")
    'Mijn CV.pdf'
    >>> sanitize_filename("")
    'upload'
    """
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    return name[-200:] or "upload"


class NoReadableText(ExtractionError):
    """Nothing to check: an empty file, or one whose pages hold no text (and OCR found none).
    Accepting it would tell the candidate "your CV is fine" about a CV nobody read."""

    code = "no_text"


def check_upload(
    data: bytes, filename: str, lang: str = "nl", policy: str | None = None,
    ocr: bool = True,
) -> Verdict:
    """Check one CV: accepted unless a "reject" rule fires; an unreadable file is an error
    (``no_text`` when it holds no readable text).

    ``policy`` is a policy TOML path (None: the built-in default); ``ocr=False`` reads only
    the text layer (the API's text lane, see ``needs_ocr``).
    """
    lang = lang if lang in LANGS else "nl"
    name = sanitize_filename(filename)
    if len(data) > MAX_UPLOAD:
        return error_verdict("too_large", lang)
    if document_kind(data, name) not in CV_FORMATS:
        return error_verdict("unsupported", lang)
    try:
        findings = scan_as_cv(data, name, policy, ocr)
    except NoReadableText:
        return error_verdict("no_text", lang)
    except ExtractionError as e:
        return error_verdict(e.code, lang)
    except Exception as e:  # noqa: BLE001 - a hostile upload must not crash the service
        logger.warning("check failed: %s", type(e).__name__)
        return error_verdict(unreadable(e, "").code, lang)
    reasons = reasons_for(findings, _policy(policy))
    accepted = not any(r.action == "reject" for r in reasons)
    return Verdict(accepted, reasons, compose_message(reasons, lang))


def scan_as_cv(data: bytes, name: str, policy: str | None, ocr: bool = True) -> list[Finding]:
    """Extract, detect and apply the policy with the document type forced to ``cv``; the
    upload's name is searched too (the portal stores the file under it).
    Raises ``NoReadableText`` when the document holds no text at all, and
    ``ExtractionTimeout`` when a pattern timed out: an unsearched part must not be "fine"."""
    from detectors.pattern_scan import timeouts

    cfg = _config(policy)
    now = datetime.now(UTC)
    item = SourceItem(path=name, member=None, size=len(data), modified=now, data=data)
    limits = cfg.limits if ocr else replace(cfg.limits, ocr=False)
    chunks = [x for x in extract(item, data, limits) if isinstance(x, TextChunk)]
    if not any(c.text.strip() for c in chunks if not c.location.startswith("metadata")):
        raise NoReadableText("no readable text")
    record = FileRecord(
        path=name, member=None, status="scanned", error=None, doc_type="cv",
        size=len(data), modified=now, ocr=False, doc_reason="uploaded as a CV",
    )
    before = timeouts()
    findings = detect_findings(record, chunks, cfg.key) + name_findings(record, name, cfg.key)
    if timeouts() > before:
        raise ExtractionTimeout("a detector pattern timed out")
    _, findings = apply_policy(_policy(policy), record, findings, now)
    return list(findings)


def reasons_for(findings: Sequence[Finding], policy: Policy) -> tuple[Reason, ...]:
    """Findings whose rule rejects or warns, rejections first, in document order."""
    reasons = [
        Reason(f.rule, f.entity, f.page, f.location, f.masked, action)
        for f in findings
        if f.rule and (action := rule_action(policy, f.rule)) in ACTIONS
    ]
    return tuple(sorted(reasons, key=lambda r: ACTIONS.index(r.action)))


def error_verdict(code: str, lang: str) -> Verdict:
    texts = messages()[lang if lang in LANGS else "nl"]["errors"]
    return Verdict(False, (), texts.get(code, texts["other"]), error=code)


# -- the candidate's message ----------------------------------------------------------------


def compose_message(reasons: Sequence[Reason], lang: str) -> str:
    """One sentence per (action, entity), naming the pages or places; no values."""
    texts = messages()[lang]
    if not reasons:
        return str(texts["accepted"])
    groups: dict[tuple[str, str], list[Reason]] = {}
    for r in reasons:
        groups.setdefault((r.action, r.entity), []).append(r)
    return " ".join(_sentence(action, entity, rs, texts) for (action, entity), rs in groups.items())


def _sentence(action: str, entity: str, reasons: Sequence[Reason], texts: dict[str, Any]) -> str:
    names = texts.get("entities", {})
    entry = {**names.get("DEFAULT", {}), **names.get(entity, {})}
    return str(texts[action]).format(
        what=entry.get("what", entity), remove=entry.get("remove", ""),
        why=entry.get("why", texts["default_why"]), where=_where(reasons, texts),
    )


def _where(reasons: Sequence[Reason], texts: dict[str, Any]) -> str:
    pages = sorted({r.page for r in reasons if r.page is not None})
    places = [texts["page"].format(pages=_join([str(p) for p in pages], texts["and"]))] if pages else []
    for r in reasons:
        if r.page is None:
            place = texts.get("places", {}).get(r.location.split(":")[0].strip().lower())
            place = place or texts["default_place"]
            if place not in places:
                places.append(place)
    return _join(places, texts["and"])


def _join(parts: Sequence[str], conj: str) -> str:
    """'a', 'a en b', 'a, b en c'.

    >>> _join(["1", "2", "3"], "en"), _join(["1"], "and")
    ('1, 2 en 3', '1')
    """
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conj} {parts[-1]}"


def check_text_first(data: bytes, filename: str, lang: str = "nl",
                     policy: str | None = None) -> Verdict | None:
    """The API's text lane: the check without OCR, or None when the upload needs OCR (it
    goes to the OCR lane, so slow scans never hold the workers that answer in a second)."""
    if needs_ocr(data, filename):
        return None
    return check_upload(data, filename, lang, policy, ocr=False)


def needs_ocr(data: bytes, filename: str, max_pages: int = 5) -> bool:
    """Whether the check will OCR: an image, or a PDF with a page that has images and no
    text layer among the pages OCR would read. Cheap (pdfium's text layer only), so the
    API can send such uploads to its OCR lane before they occupy a text worker.
    """
    if sniff(data, sanitize_filename(filename)) != "pdf":
        return False  # images are not a CV format; the other formats have text, no OCR
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return False  # the check itself reports it (corrupt or encrypted)
    try:
        for n in range(min(len(pdf), max_pages)):
            page = pdf[n]
            try:
                if not page.get_textpage().get_text_bounded().strip() and any(
                        o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for o in page.get_objects()):
                    return True
            finally:
                page.close()
        return False
    except pdfium.PdfiumError:
        return False
    finally:
        pdf.close()
