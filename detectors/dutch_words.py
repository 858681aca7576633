"""The Dutch vocabulary: every word form and lemma of spaCy's Dutch lemma tables
(spacy-lookups-data nl_lemma_lookup and nl_lemma_index, ~410,000 forms: nouns, verbs,
adjectives; names are rare there). A capitalised word that opens a sentence and is on no
name list is a Dutch word when this vocabulary holds it ("Inschrijving loopt nog",
"Afhalen kan tot vijf uur"), where the common-word list (pyspellchecker counts >= 60) misses it.

Kept small: the forms' 32-bit CRC values, sorted, as one array (~1.6 MB; the tables
themselves are ~30 MB as a dict), so a lookup is a binary search. A word not in the
vocabulary shares a CRC value with one of its forms ~0.01% of the time (410,000 in 2^32),
a rate far below the names this reading could cost. The array is built once per machine
and kept in the build cache (detectors/build_cache.py).
"""

from __future__ import annotations

import base64
import bisect
import gzip
import hashlib
import json
import zlib
from array import array
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from detectors.build_cache import cached_json, key_of

_TABLES = ("nl_lemma_lookup.json.gz", "nl_lemma_index.json.gz")


def is_dutch_word(lower: str) -> bool:
    """True when the lower-case ``lower`` is a form or lemma of the Dutch tables."""
    values = _crc_values()
    code = zlib.crc32(lower.encode("utf-8"))
    i = bisect.bisect_left(values, code)
    return i < len(values) and values[i] == code


@cache
def _crc_values() -> array:
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    key = key_of(_TABLES, version("spacy-lookups-data"), source)
    packed = cached_json("dutch-words", key, _packed)
    values = array("I")
    values.frombytes(base64.b64decode(packed))
    return values


def _packed() -> str:
    """The sorted distinct CRC values of every alphabetic form and lemma, base64."""
    words: set[str] = set()
    for name in _TABLES:
        table = json.loads(gzip.decompress(
            resources.files("spacy_lookups_data.data").joinpath(name).read_bytes()))
        if name.endswith("lookup.json.gz"):  # form -> lemma
            words.update(table)
            words.update(table.values())
        else:  # part of speech -> lemmas
            words.update(w for lemmas in table.values() for w in lemmas)
    codes = array("I", sorted({zlib.crc32(w.lower().encode("utf-8"))
                               for w in words if w.isalpha()}))
    return base64.b64encode(codes.tobytes()).decode("ascii")
