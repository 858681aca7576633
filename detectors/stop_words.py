"""spaCy's Dutch and English stop-word lists, without importing spaCy.

``from spacy.lang.nl.stop_words import STOP_WORDS`` runs spaCy's package ``__init__``
(~0.8 CPU-s, thinc and every pipeline component) for two sets of words. The lists' own
modules import nothing, so they are executed from spaCy's installed files on their own.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's STOP_WORDS of ``language`` ("nl" or "en").

    >>> {"de", "het"} <= stop_words("nl") and "the" in stop_words("en")
    True
    """
    name = f"spacy.lang.{language}.stop_words"
    if name in sys.modules:  # spaCy is loaded already: its own object
        return frozenset(sys.modules[name].STOP_WORDS)
    spacy = importlib.util.find_spec("spacy")
    if spacy is None or not spacy.submodule_search_locations:
        raise ImportError("spacy is not installed")
    path = Path(next(iter(spacy.submodule_search_locations))) / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_privacyscan_{language}_stop_words", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)
