"""Our recognizers, built once per process and language, called in Presidio's order.

detect() calls the recognizers of a chunk's language directly (``analyze``): no Presidio
AnalyzerEngine, no spaCy pipeline, and English is built only when an English chunk arrives.
``get_analyzer()`` builds Presidio's AnalyzerEngine over the same recognizer classes
(detectors/engine.py) for callers of Presidio's API.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from detectors.contact import EmailRecognizer, PhoneRecognizer
from detectors.context import validate_data
from detectors.dates import DateOfBirthRecognizer
from detectors.iban import IbanRecognizer
from detectors.nl_bsn import NlBsnRecognizer
from detectors.nl_business import NlKvkRecognizer, NlVatRecognizer
from detectors.nl_id_document import NlDriversLicenseRecognizer, NlIdDocumentRecognizer
from detectors.nlp import get_nlp  # noqa: F401 - re-exported: tests use it
from detectors.person import PersonRecognizer
from detectors.presidio_light import EntityRecognizer, RecognizerResult
from detectors.special_category import SpecialCategoryRecognizer

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

logger = logging.getLogger(__name__)
LANGUAGES = ("nl", "en")

OWN_ENTITIES = [
    "NL_BSN",
    "IBAN_CODE",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "NL_ID_DOCUMENT",
    "NL_DRIVERS_LICENSE",
    "DATE_OF_BIRTH",
    "NL_VAT",
    "NL_KVK",
    "PERSON",
]
RECOGNIZERS: list[Callable[..., EntityRecognizer]] = [
    NlBsnRecognizer,
    IbanRecognizer,
    EmailRecognizer,
    PhoneRecognizer,
    NlIdDocumentRecognizer,
    NlDriversLicenseRecognizer,
    DateOfBirthRecognizer,
    NlVatRecognizer,
    NlKvkRecognizer,
    PersonRecognizer,
    SpecialCategoryRecognizer,
]


def analyze(text: str, language: str, special_only: bool = False) -> list[RecognizerResult]:
    """What ``get_analyzer().analyze(text, language)`` returns, without the engine's per-call
    work that our recognizers make idle (entity lists, per-result threshold look-ups and
    metadata passes: ~6% of detect() on identifier-dense text, NLP artifacts no recognizer
    reads). The recognizers run in the engine's order and Presidio's duplicate removal runs
    over their results (``remove_duplicates``: its answer, faster). ``special_only``: the
    special-category recognizer alone."""
    recognizers = _recognizers(language)
    if special_only:
        recognizers = tuple(r for r in recognizers if isinstance(r, SpecialCategoryRecognizer))
    results = [r for rec in recognizers for r in rec.analyze(text, [], None)]
    return remove_duplicates(results)


def remove_duplicates(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``EntityRecognizer.remove_duplicates``: the same results in the same order, without
    its string hash of every result. Equal results (type, span, score) count once, the
    first; a zero score goes; so does a result inside a kept one of its type that scores at
    least as high; score first, then start, then the longest."""
    unique: dict[tuple[str, int, int, float], RecognizerResult] = {}
    for r in results:
        unique.setdefault((r.entity_type, r.start, r.end, r.score), r)
    # by type, then span (longest first), then score (highest first); ties in their order
    order = sorted((e, start, start - end, -score, n)
                   for n, (e, start, end, score) in enumerate(unique))
    found = list(unique.values())
    kept: list[tuple[float, int, int, int, int]] = []  # (-score, start, start - end, k, n)
    entity, active = "", []  # (start, end, score) of the kept of this type that may hold one
    for e, start, negative_length, negative_score, n in order:
        if negative_score == 0:
            continue
        end, score = start - negative_length, -negative_score
        if e != entity:
            entity, active = e, []
        elif len(active) > 8:  # (only those ending at or after this start can hold it)
            active = [a for a in active if a[1] >= start]
        for a_start, a_end, a_score in active:
            if start >= a_start and end <= a_end and score <= a_score:
                break
        else:
            kept.append((negative_score, start, negative_length, len(kept), n))
            active.append((start, end, score))
    kept.sort()  # score first, then start, then the longest; ties in the order kept
    return [found[k[4]] for k in kept]


@lru_cache(maxsize=len(LANGUAGES))
def _recognizers(language: str) -> tuple[EntityRecognizer, ...]:
    """Every recognizer of ``language``, in RECOGNIZERS order (the engine's registry order)."""
    validate_data(OWN_ENTITIES)
    return tuple(recognizer(supported_language=language) for recognizer in RECOGNIZERS)


@lru_cache(maxsize=1)
def get_analyzer() -> AnalyzerEngine:
    """The process-wide AnalyzerEngine with every recognizer, for Dutch and English."""
    from detectors.engine import build

    return build([r for language in LANGUAGES for r in _recognizers(language)])
