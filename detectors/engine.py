"""Presidio's AnalyzerEngine over our recognizers, on an offline, lazy spaCy engine.

https://microsoft.github.io/presidio/analyzer/customizing_nlp_models/

detect() does not go through it (registry.analyze calls the recognizers directly); it is
built for callers that want Presidio's own API (``get_analyzer().analyze(...)``), and it is
what imports the whole of Presidio and spaCy: only when it is asked for.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc

from detectors.nlp import get_nlp

LANGUAGES = ("nl", "en")


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts that tokenise only when a recognizer first asks for tokens or lemmas.

    Our recognizers score on characters around their candidates, so most chunks are never
    tokenised: this is what keeps detection well above spaCy's ~2 MB/s tokenising speed.
    """

    def __init__(self, text: str, language: str, engine: NlpEngine) -> None:
        # NlpArtifacts.__init__ would tokenise: set what it sets, lazily.
        self._text, self.language, self.nlp_engine = text, language, engine
        self.entities: list[Any] = []
        self.scores: list[float] = []

    @cached_property
    def tokens(self) -> Doc:  # type: ignore[override]
        return get_nlp(self.language)(self._text)

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [t.idx for t in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [t.lemma_ or t.text for t in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, self.language)


class OfflineNlpEngine(NlpEngine):
    """Presidio's NlpEngine contract on spacy.blank pipelines: no model, no NER, lazy."""

    def load(self) -> None:
        for language in LANGUAGES:
            get_nlp(language)

    def is_loaded(self) -> bool:
        return bool(get_nlp.cache_info().currsize >= len(LANGUAGES))

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return LazyNlpArtifacts(text, language, self)

    def process_batch(
        self, texts: Any, language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> Any:
        return ((text, self.process_text(text, language)) for text in texts)

    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in get_nlp(language).Defaults.stop_words

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(not c.isalnum() for c in word)

    def get_supported_entities(self) -> list[str]:
        return []  # no NER model: names come from the gazetteer recognizer

    def get_supported_languages(self) -> list[str]:
        return list(LANGUAGES)


class NoContextEnhancer(ContextAwareEnhancer):
    """Our recognizers score their own context (detectors/context.py); skip Presidio's pass,
    which would tokenise every chunk to look at the same words again."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[Any],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[Any]:
        return raw_results


class OwnContextEngine(AnalyzerEngine):
    """The AnalyzerEngine without its context pass: our recognizers score their own context
    (NoContextEnhancer), and the pass would still sort every result once per recognizer
    (recognizers x results: ~20 ms per 100 KB of identifier-dense text) to hand each
    recognizer its own, unchanged."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[Any],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[Any]:
        return raw_results


def build(recognizers: list[EntityRecognizer]) -> AnalyzerEngine:
    """An AnalyzerEngine holding ``recognizers`` (each for its own language)."""
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return OwnContextEngine(
        registry=registry,
        nlp_engine=OfflineNlpEngine(),
        supported_languages=list(LANGUAGES),
        context_aware_enhancer=NoContextEnhancer(),
    )
