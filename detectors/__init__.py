"""Detectors: text in, masked and explained detections out (SPEC.md entities).

The pipeline calls ``detect(text, language)``; ``normalize`` and ``mask`` serve the
fingerprint and the `subject` command. See detectors/README.md for scores and thresholds.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterable
from operator import attrgetter
from typing import TYPE_CHECKING

from detectors.context import default_threshold
from detectors.language import guess_language
from detectors.mask import mask
from detectors.normalize import normalize
from detectors.phone_abroad import national_e164
from detectors.types import Detection

if TYPE_CHECKING:  # Presidio loads with the analyzer, not on import: the scan's parent
    # process imports detectors.in_names to mask paths and never needs the analyzer
    from presidio_analyzer import RecognizerResult

__all__ = ["Detection", "detect", "keep_with_subject", "mask", "normalize"]

SPECIAL_PREFIX = "SPECIAL_"
# Overlaps that are one finding inside another, both worth reporting: the BSN in the
# optional-data field of a passport / ID-card MRZ.
NESTED = {("NL_ID_DOCUMENT", "NL_BSN"), ("NL_BSN", "NL_ID_DOCUMENT")}
_SPAN = attrgetter("start", "end")  # a result's (start, end): a sort key without a lambda


def detect(text: str, language: str | None = None, *, record: bool = False,
           document: bool = False, special_only: bool = False) -> list[Detection]:
    """Detections at or above the default threshold, overlaps resolved, in text order.

    ``language`` is "nl" or "en"; None guesses it from the text (Dutch when unsure). A
    pattern that times out skips (part of) the text: ``detectors.base.timeouts()`` counts it.
    ``record``: the text is a record about one person (an absence, re-integration or medical
    record), so a health term there is about that person even without "ik" or "kandidaat".
    A special-category statement that holds only in a document that names someone is marked
    (Detection.needs_subject): a text is mostly one chunk of a document, whose caller decides
    over all its chunks with keep_with_subject (scan_item: the name may sit in another
    chunk); ``document``: the text is the whole document, decided here the same way.
    ``special_only``: only the special categories are read (a table's second reading, by
    row: scan_item); they compete with no other entity's results, so they come out the same.
    """
    if not text.strip():
        return []
    found = _detect(text, language, record, special_only)
    _freeze_loaded_data(language)
    return keep_with_subject(found, (text,)) if document else found


def keep_with_subject(found: list[Detection], pages: Iterable[str]) -> list[Detection]:
    """``found`` (a document's detections) without the statements that need a data subject
    when the document, whose text is ``pages``, names no one (special_subject: a brochure, a
    policy, a law text); the same judgement for detect() on a whole text and a scan's file."""
    if not any(d.needs_subject for d in found):
        return found
    from detectors.special_subject import document_names_someone

    if document_names_someone((d.entity for d in found), pages):
        return found
    return [d for d in found if not d.needs_subject]


def _freeze_loaded_data(language: str | None) -> None:
    """The detectors' data (name lists, the special-term automaton, compiled patterns, the
    learned weights: ~240,000 objects, loaded on first use) moved out of the cyclic garbage
    collector's reach once loaded (gc.freeze): every full pass walked them all, ~100 ms, two or
    three per MB of dense text (~12% of detect()). Once per language, after its first text.
    Holding the collector off during detect() instead saved as much on dense text but cost
    the CVs 16% of their CPU: the young generation it deferred was collected at the start of
    the next call (bench_versions, this stop's note).

    The freeze leaves the oldest generation nearly empty, and CPython runs a full pass once
    what ten middle-generation passes promoted exceeds a quarter of it: a dense text's live
    results set that off ~11 times per 300 KB of export (~5% of detect()). With the freeze,
    the interpreter's default gate of ten passes becomes _FULL_GATE; a caller's own
    thresholds stay as they were."""
    if language in _FROZEN:
        return
    with _FREEZE_LOCK:
        if language not in _FROZEN:
            _FROZEN.add(language)
            gc.freeze()
            if gc.get_threshold() == _DEFAULT_THRESHOLDS:
                gc.set_threshold(*_DEFAULT_THRESHOLDS[:2], _FULL_GATE)


_FREEZE_LOCK = threading.Lock()
_DEFAULT_THRESHOLDS = (700, 10, 10)  # CPython 3.11's gc.get_threshold() at start-up
_FULL_GATE = 100  # middle-generation passes between full ones (export: 11 -> 1 per 300 KB)
_FROZEN: set[str | None] = set()


def _detect(text: str, language: str | None, record: bool, special_only: bool = False
            ) -> list[Detection]:
    from detectors.base import note_timeout
    from detectors.nl_bsn_repeats import repeats as bsn_repeats
    from detectors.nl_bsn_repeats import without_decoyed as bsn_decoyed
    from detectors.registry import LANGUAGES, analyze  # heavy: built on first use

    lang = language if language in LANGUAGES else guess_language(text)
    try:
        results = analyze(_unblanked(text), lang, special_only)
    except TimeoutError:  # a recognizer that scans by hand (e-mail, person): chunk skipped
        note_timeout("analyzer")
        return []
    if record:
        results = _as_record(text, lang, results)
    threshold = default_threshold()
    kept = _resolve([r for r in results if r.score >= threshold])
    kept = bsn_decoyed(text, kept, results)  # a guessed BSN the text labels as another kind
    kept += bsn_repeats(text, kept, results)  # a reported BSN's digits elsewhere: the same number
    kept.sort(key=_SPAN)
    return [d for r in kept if (d := _to_detection(text, r)) is not None]




# A form's blank a value was written into ("BSN: ___111222333___", "____12-03-1988____"): an
# underscore is a word character, so every pattern took the value for part of a word.
_BLANK = re.compile(r"(?<![^\s:(|])_{3,}(?=\d)|(?<=\d)_{3,}(?![^\s.,;)|])")


def _unblanked(text: str) -> str:
    """``text`` with the blanks around a value as spaces (as many: every span holds).

    >>> _unblanked("BSN: ___111222333___.")
    'BSN:    111222333   .'
    >>> _unblanked("piet___1985@mail.nl") == "piet___1985@mail.nl"
    True
    """
    if "___" not in text:
        return text
    return _BLANK.sub(lambda m: " " * len(m.group()), text)


def _as_record(text: str, lang: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The results as read in a record about one person; a text about no one (a fact sheet
    taken for a record) keeps its term-only health terms as they were."""
    from detectors.special_category import RECORD_KEY, no_one_recorded

    promote = any(RECORD_KEY in (r.recognition_metadata or {}) for r in results) and not (
        no_one_recorded(text, lang))
    return [x for r in results if (x := _in_record(r, promote)) is not None]


def _in_record(r: RecognizerResult, promote: bool = True) -> RecognizerResult | None:
    """A special-category result as read in a record about one person: a term-only health
    term gets its record score (``promote``), a work-capacity word ("arbeidsongeschikt") is
    dropped."""
    from presidio_analyzer import RecognizerResult

    from detectors.special_category import EXPLANATION_KEY, RECORD_KEY, STATUS_KEY

    meta = r.recognition_metadata or {}
    if meta.get(STATUS_KEY):
        return None
    if RECORD_KEY not in meta or not promote:
        return r
    score, explanation = meta[RECORD_KEY]
    return RecognizerResult(r.entity_type, r.start, r.end, score, r.analysis_explanation,
                            {**meta, EXPLANATION_KEY: explanation})


def _conflicts(a: RecognizerResult, b: RecognizerResult) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return False
    if (a.entity_type, b.entity_type) in NESTED:
        return False
    special = a.entity_type.startswith(SPECIAL_PREFIX) or b.entity_type.startswith(SPECIAL_PREFIX)
    # A health term may sit inside a name or an address line; only the same category competes.
    return not special or a.entity_type == b.entity_type


def _clusters(results: list[RecognizerResult]) -> list[list[RecognizerResult]]:
    """Runs of transitively overlapping results, in text order (keeps _resolve linear)."""
    clusters: list[list[RecognizerResult]] = []
    end = -1
    for r in sorted(results, key=_SPAN):
        if clusters and r.start < end:
            clusters[-1].append(r)
            end = max(end, r.end)
        else:
            clusters.append([r])
            end = r.end
    return clusters


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the highest-scoring (then longest) of overlapping detections."""
    kept: list[RecognizerResult] = []
    for cluster in _clusters(results):
        if len(cluster) == 1:  # most results overlap none: nothing to weigh
            kept.append(cluster[0])
            continue
        won: list[RecognizerResult] = []
        for r in sorted(cluster, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
            if not any(_conflicts(r, k) for k in won):
                won.append(r)
        kept.extend(won)
    return kept


def _to_detection(text: str, r: RecognizerResult) -> Detection | None:
    value = text[r.start:r.end]
    entity = r.entity_type
    meta = r.recognition_metadata or {}
    # (a value whose reading the text decided: a national number of a country it names)
    region = meta.get(_REGION_KEY)
    normalized = (national_e164(value, region) if region else None) or normalize(entity, value)
    if normalized is None:
        return None
    return _detection(
        entity=entity, start=r.start, end=r.end, score=round(float(r.score), 4),
        masked=value if entity.startswith(SPECIAL_PREFIX) else mask(normalized),
        normalized=normalized,
        explanation=str(meta.get(_EXPLANATION_KEY, "")),
        label=str(meta.get("label", "")),  # special_category.LABEL_KEY
        needs_subject=bool(meta.get("needs_subject")),  # special_category.SUBJECT_KEY
    )


def _detection(**fields: object) -> Detection:
    """``Detection(**fields)`` at a third of the cost: a frozen dataclass sets each field
    through object.__setattr__, and detect() makes thousands a text. The same object (its
    fields are all of its state: no __post_init__, no slots, tests/detectors/test_registry.py)."""
    detection = _new(Detection)
    detection.__dict__.update(fields)
    return detection


_new = object.__new__


_EXPLANATION_KEY = "explanation"  # detectors.base.EXPLANATION_KEY (base imports Presidio)
_REGION_KEY = "region"  # detectors.contact.REGION_KEY
