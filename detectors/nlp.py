"""The offline spaCy pipelines: spacy.blank + the lookup lemmatizer of spacy-lookups-data.

https://spacy.io/api/lemmatizer#lookups (no model download: lemmas are table lookups)
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def get_nlp(language: str) -> Language:
    """The pipeline of ``language`` ("nl" or "en"), built once per process.

    Recognizers that need lemmas call it on the window around a candidate, not on the
    whole chunk: tokenising everything runs at ~2 MB/s, below the detection target.

    >>> [t.lemma_ for t in get_nlp("nl")("ik heb gewerkt")]
    ['ik', 'heb', 'werken']
    """
    import spacy  # ~0.8 CPU-s: only when a pipeline is asked for (detect() never does)

    nlp = spacy.blank(language)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp
