"""The special-category lexicons and rules (detectors/data/special/*.toml), compiled once per
language: terms expanded to their word forms with the spacy-lookups-data lemma tables, and
the trigger, label and exclusion phrases as regular expressions. Bad data fails fast with
the file and key named.
"""

from __future__ import annotations

import gzip
import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data" / "special"
CATEGORIES = (
    "health",
    "religion",
    "ethnicity",
    "politics",
    "trade_union",
    "sexual_orientation",
    "criminal",
    "biometric",
)
ENTITIES = [f"SPECIAL_{c.upper()}" for c in CATEGORIES]
LANGUAGES = ("nl", "en")
TRIGGERS = ("first_person", "third_person", "membership", "cause", "exclude_before")
RULE_NAMES = {
    "first_person": "first person",
    "third_person": "third person",
    "membership": "membership",
    "cause": "cause",
    "label": "label",
}
MAX_TERM_WORDS = 4
WORD = re.compile(r"\w[\w'’]*(?:[-/]\w[\w'’]*)*")
SUFFIXES = {"nl": ("e", "en", "s"), "en": ("s",)}


class SpecialDataError(ValueError):
    """A special-category data file is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class Lexicon:
    """Everything find_special needs for one language, compiled once."""

    terms: dict[tuple[str, ...], tuple[str, str]]  # word forms -> (entity, lemma term)
    labels: re.Pattern[str]
    label_entity: dict[str, str]
    triggers: re.Pattern[str]
    exclude_after: re.Pattern[str]
    of_person: re.Pattern[str]
    empty_values: frozenset[str]
    scores: dict[str, float]


def _phrase(words: list[str]) -> str:
    """One alternation of phrases; a space matches any whitespace.

    >>> re.findall(_phrase(["lid van", "ik"]), "ik ben lid  van")
    ['ik', 'lid  van']
    """
    alts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return r"(?<![\w/])(?:" + "|".join(alts) + r")(?![\w/])"


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SpecialDataError(f"{path}: cannot read: {e}") from e


def _strings(data: dict[str, Any], path: Path, language: str, key: str) -> list[str]:
    """The list ``[language].key`` of lower-case strings, or fail naming the file and key."""
    value = data.get(language, {}).get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() and v == v.lower() for v in value)
    ):
        raise SpecialDataError(
            f"{path}: key [{language}].{key} must be a non-empty list of lower-case strings"
        )
    return value


def _lemma_forms(language: str) -> dict[str, list[str]]:
    """lemma -> word forms, from the spacy-lookups-data table (reversed; read once per
    language by the cached load_lexicon, then dropped: the full table is ~30 MB)."""
    name = f"{language}_lemma_lookup.json.gz"
    table: dict[str, str] = json.loads(
        gzip.decompress(resources.files("spacy_lookups_data.data").joinpath(name).read_bytes())
    )
    forms: dict[str, list[str]] = {}
    for form, lemma in table.items():
        forms.setdefault(lemma.lower(), []).append(form.lower())
    return forms


def _term_keys(
    term: str, forms: dict[str, list[str]], suffixes: tuple[str, ...]
) -> set[tuple[str, ...]]:
    """The word-form tuples of a term: itself, every form of its last word's lemma, and the
    regular inflections the lookup table lacks (Dutch adjectives: "katholiek" -> "katholieke").

    >>> sorted(_term_keys("kerk", {"kerk": ["kerken"]}, ("e",)))
    [('kerk',), ('kerke',), ('kerken',)]
    """
    words = tuple(WORD.findall(term))
    last = {*forms.get(words[-1], []), *(words[-1] + s for s in suffixes)}
    return {words[:-1] + (f,) for f in last} | {words}


def _load_category(
    path: Path, language: str, forms: dict[str, list[str]], lexicon: dict[str, Any]
) -> None:
    """Add the terms and labels of one category file to ``lexicon``."""
    data = _load_toml(path)
    entity = data.get("entity")
    if entity not in ENTITIES:
        raise SpecialDataError(f"{path}: key entity must be one of {ENTITIES}")
    for term in _strings(data, path, language, "terms"):
        if len(WORD.findall(term)) > MAX_TERM_WORDS:
            raise SpecialDataError(f"{path}: [{language}].terms: '{term}' is too long")
        for key in _term_keys(term, forms, SUFFIXES[language]):
            lexicon["terms"].setdefault(key, (entity, term))
    for label in _strings(data, path, language, "labels"):
        lexicon["label_entity"][label] = entity


@cache
def load_lexicon(language: str, data_dir: Path = DATA_DIR) -> Lexicon:
    """The compiled lexicon and rules of ``language``; raises SpecialDataError naming the
    file and key of any bad data (called at recognizer construction: fail fast)."""
    if language not in LANGUAGES:
        raise SpecialDataError(f"special categories: unsupported language {language!r}")
    acc: dict[str, Any] = {"terms": {}, "label_entity": {}}
    forms = _lemma_forms(language)
    for category in CATEGORIES:
        _load_category(data_dir / f"{category}.toml", language, forms, acc)
    path = data_dir / "rules.toml"
    rules = _load_toml(path)
    scores = rules.get("scores")
    if (
        not isinstance(scores, dict)
        or set(scores) != set(RULE_NAMES)
        or not all(isinstance(v, float) and 0 < v <= 1 for v in scores.values())
    ):
        raise SpecialDataError(
            f"{path}: key scores must give a float in (0, 1] for each of {sorted(RULE_NAMES)}"
        )
    groups = "|".join(f"(?P<{t}>{_phrase(_strings(rules, path, language, t))})" for t in TRIGGERS)
    labels = _phrase(list(acc["label_entity"]))
    return Lexicon(
        terms=acc["terms"],
        labels=re.compile(rf"^[ \t]*[-•*]?[ \t]*({labels})[ \t]*:", re.IGNORECASE | re.MULTILINE),
        label_entity=acc["label_entity"],
        triggers=re.compile(groups, re.IGNORECASE),
        exclude_after=re.compile(
            r"\W*(?:\w+\W+){0,2}?("
            + _phrase(_strings(rules, path, language, "exclude_after"))
            + ")",
            re.IGNORECASE,
        ),
        of_person=re.compile(
            r"\W*(" + _phrase(_strings(rules, path, language, "of_person")) + ")", re.IGNORECASE
        ),
        empty_values=frozenset(_strings(rules, path, language, "empty_values")),
        scores=scores,
    )
