"""Per-file work, run in a worker process: read, extract, detect, classify, apply policy.

Everything here is picklable and process-local: the analyzer and the policy are built once
per worker (``warm``), never per file.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Any, BinaryIO

from scanner.extract import Extracted, ExtractionError, extract, extract_stream
from scanner.extract.archive import distinct_member
from scanner.extract.errors import ArchiveBomb, TooLarge, unreadable
from scanner.extract.limits import Limits, text_cuts
from scanner.fingerprint import fingerprint
from scanner.models import (
    FileError,
    FileRecord,
    Finding,
    ScanResult,
    SkippedEntry,
    SourceItem,
    TextChunk,
    new_finding,
)
from scanner.policy import Policy, apply_policy, classify, is_subject_record, load_policy
from scanner.policy.candidate_record import is_candidate_record
from scanner.policy.care_record import is_care_record
from scanner.policy.classify import classify_verdict
from scanner.policy.engine import ACCIDENT_REGISTER, EXAMINATION, MINUTES
from scanner.policy.hr_record import (
    is_examination,
    is_hr_record,
    is_minutes,
    is_worker_note,
    others_illness,
    records_absence,
    state_terms,
)
from scanner.sources.fileshare import display_path
from scanner.sources.localread import opened, read_local

if TYPE_CHECKING:
    from detectors.types import Detection

logger = logging.getLogger(__name__)

# Detection runs on windows of this many characters; the overlap keeps an identifier that
# straddles a boundary whole in one of the two windows.
WINDOW = 100_000
OVERLAP = 200
DETECT_TIMEOUT = "a detector pattern timed out: part of the text was not searched"
TEXT_CUT = "text over max_text_chars: the rest was not searched"
# A local file at least this big is first checked for a format that streams from disk (a
# delimited table); smaller ones are read into memory, which is faster and as bounded.
STREAM_FROM = 8 * 1024 * 1024
# Text read ahead before classifying (classification decides how health terms are read):
# a whole ordinary document with its attachments' names; a big table streams past it.
READ_AHEAD = 2_000_000
TOO_BIG = "needs more memory than max_worker_memory"
# Detected once when a worker (or the forkserver before it) starts: an e-mail address and a
# phone number build what those detectors load on first use (tldextract's suffix list,
# 0.4 s; phone metadata), once per forkserver instead of in every worker's first file.
WARM_UP = "warm-up: j.jansen@voorbeeld.nl, tel. 06-12345678"



@dataclass(frozen=True)
class ScanConfig:
    key: bytes = field(repr=False)
    policy_path: str | None
    limits: Limits
    now: datetime
    # SMB credentials travel with the task to local workers (started before they were set);
    # never over the network: Dask workers use their own (see scanner.distributed)
    smb_credentials: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    key_check: str = ""  # set instead of ``key`` for Dask workers: see scanner.distributed


@lru_cache(maxsize=4)
def _policy(path: str | None) -> Policy:
    return load_policy(path)


def start_worker(cfg: ScanConfig, parent: int = 0) -> None:
    """Initializer of a local worker process: leave signals to the parent, bound its
    memory, then ``warm`` it.

    A file that needs more than ``max_worker_memory`` raises MemoryError in this worker
    (reported as `too_large`) instead of driving the machine into swap or the OOM killer.
    """
    import resource

    _signals_from(parent)
    limit = cfg.limits.max_worker_memory
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    warm(cfg)


def _signals_from(parent: int) -> None:
    """Ctrl-C in a terminal and systemd's SIGTERM reach every process of the scan. The
    parent stops the scan (scanner.stop); a worker that died of the same signal would be
    replaced by the pool while it shuts down. So a worker ignores SIGINT and obeys SIGTERM
    only when the parent (``parent``: its pid) sends it: the pool's own stop or timeout."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not parent:
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # threads started later too

    def watch() -> None:
        while True:
            if signal.sigwaitinfo({signal.SIGTERM}).si_pid == parent:
                os._exit(128 + signal.SIGTERM)  # as a shell reports death by SIGTERM

    threading.Thread(target=watch, name="sigterm-from-parent", daemon=True).start()


def warm(cfg: ScanConfig) -> None:
    """Worker initializer: build the analyzer and load the policy once per process."""
    import detectors  # here, not at the top: the scan's parent process never needs Presidio
    from detectors.pattern_scan import set_regex_timeout
    from scanner.library_noise import quiet

    quiet()  # a worker has no -v: libraries' warnings never reach the scan's stderr
    set_regex_timeout(cfg.limits.regex_timeout_s)
    detectors.detect(WARM_UP, language="nl")
    _policy(cfg.policy_path)


def warm_classifier() -> None:
    """Load what classifying a document reads (the document signals, the document-type
    model, the default policy) and compile the signal patterns a short text meets. Run by
    the worker pool's forkserver (scanner.worker_preload), so each worker forks with them
    instead of loading them on its first file (~0.05 CPU-s a worker, again on every
    replacement of a worker killed on a timeout)."""
    from datetime import UTC

    from scanner.policy.learned_type import model

    model()
    _policy(None)
    item = SourceItem("warm-up.txt", None, len(WARM_UP), datetime.now(UTC))
    classify_verdict(item, [TextChunk(WARM_UP, "regel 1", None)], ())


def read_bytes(item: SourceItem, limits: Limits,
               smb_credentials: tuple[tuple[str, str], ...] = ()) -> bytes:
    """Read a file without touching its mtime or atime (see scanner.sources.localread)."""
    if item.data is not None:
        return item.data
    if item.size > limits.max_file_size:
        raise TooLarge(f"{item.size} bytes is over the limit of {limits.max_file_size}")
    if item.protocol != "file":
        from scanner.sources.smb import read_bytes as read_remote

        return read_remote(item, limits, dict(smb_credentials))
    return read_local(item, limits)


def _scan_streamed(item: SourceItem, cfg: ScanConfig) -> list[ScanResult] | None:
    """A big local file whose format streams (a delimited table) is read from disk as it
    is scanned, in bounded memory; None for any other file (read into memory)."""
    if item.data is not None or item.protocol != "file" or item.size < STREAM_FROM:
        return None
    if item.size > cfg.limits.max_file_size:
        raise TooLarge(f"{item.size} bytes is over the limit of {cfg.limits.max_file_size}")
    with opened(item) as fh:
        capped = io.BufferedReader(_Capped(fh, cfg.limits.max_file_size), 1 << 16)
        extracted = extract_stream(item, capped, cfg.limits)
        if extracted is None:
            return None  # read into memory instead; its head was read: atime restored
        budget = [cfg.limits.max_total_uncompressed]
        return list(scan_extracted(item, extracted, cfg, budget))


class _Capped(io.RawIOBase):
    """A file read no further than the size limit (it may have grown since the walk)."""

    def __init__(self, fh: BinaryIO, limit: int) -> None:
        super().__init__()
        self.fh, self.limit = fh, limit

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.fh.seek(offset, whence)

    def tell(self) -> int:
        return self.fh.tell()

    def readinto(self, buffer: Any) -> int:
        n = self.fh.readinto(buffer)  # type: ignore[attr-defined]
        if self.fh.tell() > self.limit:
            raise TooLarge(f"over the limit of {self.limit} bytes while reading")
        return int(n or 0)


def process_file(item: SourceItem, cfg: ScanConfig) -> list[ScanResult]:
    """All results of one top-level file: the file itself, then its members, depth first."""
    try:
        streamed = _scan_streamed(item, cfg)
        if streamed is not None:
            return streamed
        data = read_bytes(item, cfg.limits, cfg.smb_credentials)
    except ExtractionError as e:
        return [error_result(item, e.code, str(e), cfg)]
    except PermissionError:
        return [error_result(item, "permission_denied", "permission denied", cfg)]
    except FileNotFoundError:
        return [error_result(item, "corrupt", "file vanished during the scan", cfg)]
    except OSError as e:  # EIO, a folder in its place, a kernel file refusing reads
        reason = os.strerror(e.errno) if e.errno else type(e).__name__
        return [error_result(item, "corrupt", f"read error: {reason}", cfg)]
    except MemoryError:
        return [error_result(item, TooLarge.code, TOO_BIG, cfg)]
    budget = [cfg.limits.max_total_uncompressed]
    return list(scan_item(item, data, cfg, budget))


def scan_item(
    item: SourceItem, data: bytes, cfg: ScanConfig, budget: list[int]
) -> Iterator[ScanResult]:
    """Extract one item; yield its result, then recurse into its members and attachments."""
    yield from scan_extracted(item, extract(item, data, cfg.limits), cfg, budget)


def scan_extracted(
    item: SourceItem, extracted: Iterator[Extracted], cfg: ScanConfig, budget: list[int]
) -> Iterator[ScanResult]:
    """Detect in the chunks as the extractor yields them (a table of any size streams
    through); then the members and attachments it yielded, depth first."""
    sorter = _Sorter()
    failed: tuple[str, str] | None = None
    cuts = text_cuts()
    try:
        stream = sorter.chunks(extracted)
        ahead = _read_ahead(stream)
        names = [c.name for c in sorter.children]
        result = scanned_result(item, ahead, cfg, names, rest=stream, cuts_before=cuts)
    except ExtractionError as e:
        failed = e.code, str(e) or e.code
    except MemoryError:  # over the worker's memory bound (max_worker_memory)
        failed = TooLarge.code, TOO_BIG
    if failed is not None:  # out of the handler: its traceback (and the memory) is freed
        yield error_result(item, *failed, cfg)
        return
    yield result
    for err in sorter.errors:
        yield member_error_result(item, err, cfg)
    for child in sorter.children:
        budget[0] -= child.size
        if budget[0] < 0:
            yield error_result(child, ArchiveBomb.code, "total uncompressed size over limit", cfg)
            continue
        yield from scan_item(child, child.data or b"", cfg, budget)


def _read_ahead(stream: Iterator[TextChunk]) -> list[TextChunk]:
    ahead: list[TextChunk] = []
    size = 0
    while size < READ_AHEAD and (chunk := next(stream, None)) is not None:
        ahead.append(chunk)
        size += len(chunk.text)
    return ahead


@dataclass
class _Sorter:
    """Sorts an extractor's output as it streams: chunks go on to detection; members and
    member errors are kept for afterwards."""

    children: list[SourceItem] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)

    def chunks(self, extracted: Iterator[Extracted]) -> Iterator[TextChunk]:
        try:
            for x in extracted:
                if isinstance(x, TextChunk):
                    yield x
                    continue
                if x.member is not None:
                    x = replace(x, member=distinct_member(x.member, self.taken))
                if isinstance(x, SourceItem):
                    self.children.append(x)
                else:
                    self.errors.append(x)
        except (ExtractionError, MemoryError):
            raise
        except Exception as e:  # the one per-file catch-all (STYLE.md §6): any extractor
            logger.warning("extraction failed: %s", type(e).__name__)  # failure is corrupt,
            raise unreadable(e, f"unreadable ({type(e).__name__})") from e  # or a bomb where an XML parser says so


def scanned_result(item: SourceItem, chunks: Sequence[TextChunk], cfg: ScanConfig,
                   members: Sequence[str] = (), rest: Iterable[TextChunk] = (),
                   cuts_before: int | None = None) -> ScanResult:
    """``members``: the names of its attachments (an e-mail is classified with them).
    Classified on ``chunks``; ``rest`` (a big table's further blocks) is detected as it
    streams, never kept. ``cuts_before``: ``text_cuts()`` before its extraction began."""
    from detectors.pattern_scan import timeouts  # the worker's analyzer counts its timeouts

    policy = _policy(cfg.policy_path)
    read = chunks
    chunks = [c for c in chunks if c.reading != "special"]  # (a table's second reading)
    doc_type, reason, verdict = classify_verdict(item, chunks, members)
    subject = is_subject_record(policy, doc_type, {} if verdict.titled else verdict.scores)
    if verdict.injury_report:
        # an accident's report records the hurt worker's sickness where it records their
        # absence, and none where it records none (hr_records.toml injury_absence_words)
        subject = records_absence(chunks)
    record = FileRecord(
        path=display_path(item.path), member=item.member, status="scanned", error=None,
        doc_type=doc_type, size=item.size, modified=item.modified, ocr=False, doc_reason=reason,
        hr_record=is_hr_record(doc_type, chunks, verdict.doc.title if verdict.doc else "",
                               _own_domains(policy)),
    )
    before, ocr = timeouts(), [False]
    # a care report about one named client: its health terms are the client's (no HR record,
    # so the policy is not told: no sickness-diagnosis)
    findings = detect_findings(record, _noting_ocr(chain(read, rest), ocr), cfg.key,
                               subject or verdict.injury_report or is_care_record(chunks))
    record = replace(record, ocr=ocr[0])
    if timeouts() > before:
        # part of the text went unsearched: the file is marked (and judged `unscannable`),
        # and what was found in the rest is kept
        record = replace(record, status="error", error="timeout", error_message=DETECT_TIMEOUT)
    elif cuts_before is not None and text_cuts() > cuts_before:  # likewise a text cut short
        record = replace(record, status="error", error="too_large", error_message=TEXT_CUT)
    findings += name_findings(record, item.name, cfg.key) + folder_findings(record, item, cfg.key)
    # read only where a rule of candidate documents can judge a finding (special categories)
    title = verdict.doc.title if verdict.doc else ""
    candidate = any(f.entity.startswith("SPECIAL_") for f in findings) and is_candidate_record(
        doc_type, chunks, title)
    health = [f.masked for f in findings if f.entity == "SPECIAL_HEALTH"]
    note = _hr_note(record, chunks, title, findings, health)
    states = state_terms(chunks, health) if note else ()
    labelled_only = (ACCIDENT_REGISTER if verdict.injury_report and not subject
                     else EXAMINATION if health and is_examination(chunks)
                     else MINUTES if health and is_minutes(title) else "")
    record, findings = apply_policy(policy, record, findings, cfg.now, subject, candidate,
                                    note, states, labelled_only)
    return ScanResult(record, tuple(findings))


def _hr_note(record: FileRecord, chunks: Sequence[TextChunk], title: str,
             findings: Sequence[Finding], health: Sequence[str]) -> bool:
    """Whether a rule of HR records (``hr_records``) holds in this document: an HR record
    (of an HR type, a payslip or a contract, or an `other` one), or the employer's own note
    about a worker (is_worker_note), whose health terms are not all a relative's
    (others_illness). Read only where such a rule can judge a finding (special
    categories)."""
    if not (record.doc_type == "other" or record.hr_record) \
            or not any(f.entity.startswith("SPECIAL_") for f in findings):
        return False
    return (record.hr_record or is_worker_note(record.doc_type, chunks, title)) \
        and not others_illness(chunks, health)


def _own_domains(policy: Policy) -> tuple[str, ...]:
    rule = policy.rule("bsn-outside-hr")
    return rule.own_domains if rule is not None else ()


def _noting_ocr(chunks: Iterable[TextChunk], seen: list[bool]) -> Iterator[TextChunk]:
    for chunk in chunks:
        seen[0] = seen[0] or chunk.ocr
        yield chunk


def error_result(item: SourceItem, code: str, message: str, cfg: ScanConfig) -> ScanResult:
    """The record of an item that could not be read; its name is still searched."""
    from detectors.in_names import mask_identifiers

    doc_type, reason = classify(item, ())
    record = FileRecord(
        path=display_path(item.path), member=item.member, status="error", error=code,
        doc_type=doc_type, size=item.size, modified=item.modified, ocr=False,
        # a message can quote a member's name: it is display text, never a key, so the index
        # keeps it masked like every output does
        doc_reason=reason, error_message=mask_identifiers(message)[:200],
    )
    findings = name_findings(record, item.name, cfg.key) + folder_findings(record, item, cfg.key)
    record, judged = apply_policy(_policy(cfg.policy_path), record, findings, cfg.now)
    return ScanResult(record, tuple(judged))


def skipped_result(entry: SkippedEntry) -> ScanResult:
    """Not a regular file: recorded with its reason, never read; no rule judges it (a
    symlink's dates are not the document's)."""
    item = SourceItem(path=entry.path, member=None, size=entry.size, modified=entry.modified)
    doc_type, why = classify(item, ())
    return ScanResult(FileRecord(
        path=display_path(entry.path), member=None, status="skipped", error=None,
        doc_type=doc_type, size=entry.size, modified=entry.modified, ocr=False,
        doc_reason=why, reason=entry.reason,
    ))


def member_error_result(parent: SourceItem, err: FileError, cfg: ScanConfig) -> ScanResult:
    member = SourceItem(
        path=parent.path, member=err.member, size=0, modified=parent.modified,
        depth=parent.depth + 1,
    )
    return error_result(member, err.error_type, err.message, cfg)


def detect_findings(
    record: FileRecord, chunks: Iterable[TextChunk], key: bytes, subject_record: bool = False
) -> list[Finding]:
    """Detections of every chunk as policy-free findings (rule None, severity info).
    ``subject_record``: the document records one person (an absence or medical record), so
    its health terms are about that person (detectors.detect(record=True))."""
    from detectors import keep_with_subject

    chunks = list(chunks)
    language = _table_language(chunks)  # (a table's row blocks are read in it)
    found = [(chunk, det) for chunk in chunks
             for det in (_detect_windows(chunk.text, subject_record, language, special_only=True)
                         if chunk.reading == "special" else
                         _detect_windows(chunk.text, subject_record))
             if _read_for(chunk, det)]
    kept = {id(d) for d in keep_with_subject([det for _, det in found],
                                             (chunk.text for chunk in chunks))}
    found = [(chunk, det) for chunk, det in found if id(det) in kept]
    seen: dict[tuple[str, str, str], int] = {}
    # a table block's findings each take their own cell's location
    return [_finding(record, chunk.location_at(det.start), chunk.page, det, key, seen)
            for chunk, det in found]


def _table_language(chunks: Sequence[TextChunk]) -> str | None:
    """The language of a document whose tables are read by row as well: a row block of
    short field names and times ("wo: 06:00-14:30") reads as no language of its own."""
    if not any(c.reading == "special" for c in chunks):
        return None
    from detectors.language import SAMPLE, guess_language

    text = ""  # (the guess reads SAMPLE characters: no need to join a long document's all)
    for chunk in (c for c in chunks if c.reading != "special"):
        text += chunk.text + "\n"
        if len(text) >= SAMPLE:
            break
    return guess_language(text)


def _read_for(chunk: TextChunk, det: Detection) -> bool:
    """Whether ``chunk`` is read for ``det``'s entity (TextChunk.reading)."""
    if not chunk.reading:
        return True
    return det.entity.startswith("SPECIAL_") == (chunk.reading == "special")


def name_findings(record: FileRecord, name: str, key: bytes) -> list[Finding]:
    """Identifiers in the item's own name (SPEC location 'file name'), found without the
    analyzer: the parent judges files that never reached a worker (walk errors, timeouts)."""
    from detectors.in_names import LOCATION, find_in_name

    seen: dict[tuple[str, str, str], int] = {}
    return [_finding(record, LOCATION, None, det, key, seen) for det in find_in_name(name)]


FOLDER = "folder name"  # the location of an identifier in a folder's name
FOLDER_WHY = "in the folder name"
_AUTHORITY = re.compile(r"^[a-z][a-z0-9+.\-]*://[^/]*")  # smb://user@host: the scan's account


def folder_findings(record: FileRecord, item: SourceItem, key: bytes) -> list[Finding]:
    """Identifiers in the names of the folders the item sits in, found as in a file name: a
    file's folders on the share, a member's folders inside its archive (the archive's own
    folders are its record's). Every file in such a folder holds the finding, as each
    of them is filed under it."""
    if item.member:
        folders = item.member.rsplit("!/", 1)[-1].replace("\\", "/").rpartition("/")[0]
    else:
        folders = _AUTHORITY.sub("", display_path(item.path)).rpartition("/")[0]
    seen: dict[tuple[str, str, str], int] = {}
    return [_finding(record, FOLDER, None, det, key, seen) for det in _in_folders(folders)]


@lru_cache(maxsize=1024)  # the files of one folder come one after another
def _in_folders(folders: str) -> tuple[Detection, ...]:
    from detectors.in_names import find_in_name

    return tuple(replace(det, explanation=FOLDER_WHY) for part in folders.split("/")
                 for det in find_in_name(part))


def _finding(record: FileRecord, location: str, page: int | None, det: Detection, key: bytes,
             seen: dict[tuple[str, str, str], int]) -> Finding:
    """A policy-free finding; ``seen`` numbers repeated values at one place (the id)."""
    from detectors.in_names import mask_identifiers  # (as error_result: a worker's import)

    fp = fingerprint(key, det.entity, det.normalized)
    n = seen.get((location, det.entity, fp), 0)
    seen[(location, det.entity, fp)] = n + 1
    return new_finding(
        path=record.path, member=record.member, page=page, location=location,
        entity=det.entity, confidence=round(det.score, 2), masked=det.masked, fingerprint=fp,
        doc_type=record.doc_type, rule=None, severity="info",
        finding_id=finding_id(record, location, det.entity, fp, n),
        # (an explanation quotes the text's words around a value: a label, a trigger; a
        # number or an address among them is masked as in a path, the last guard before
        # the index and the report)
        explanation=mask_identifiers(det.explanation), rules=(), label=det.label,
    )


def _detect_windows(text: str, record: bool = False, language: str | None = None,
                    special_only: bool = False) -> Iterator[Detection]:
    import detectors

    if len(text) <= WINDOW:
        yield from detectors.detect(text, language, record=record, special_only=special_only)
        return
    for start in range(0, len(text), WINDOW - OVERLAP):
        for det in detectors.detect(text[start : start + WINDOW], language, record=record,
                                    special_only=special_only):
            # a detection inside the overlap is reported by the window it starts in
            if start == 0 or det.start >= OVERLAP:
                yield replace(det, start=det.start + start, end=det.end + start)


def finding_id(record: FileRecord, location: str, entity: str, fp: str, n: int) -> str:
    """Stable across scans and reports: same file, place, entity, value and occurrence."""
    raw = "\0".join([record.path, record.member or "", location, entity, fp, str(n)])
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:20]
