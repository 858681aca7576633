"""Special-category data (GDPR art. 9 and 10) stated about a person, from lexicons and rules.

A lexicon term (detectors/data/special/<category>.toml, matched on lower-cased word forms
expanded with the spacy-lookups-data lemma tables) counts only when a rule ties it to a
person; the nearest trigger before the term decides (detectors/data/special/rules.toml):

- label at the start of the line ("Diagnose: burn-out")            -> 0.85
- first person ("ik heb diabetes", "I have epilepsy")               -> 0.85
- membership ("lid van de FNV") or sick-leave cause ("uitgevallen door") -> 0.80
- third person ("kandidaat heeft", "werknemer is zwanger")          -> 0.75
- occupation, study, employer or sector context ("verpleegkundige diabeteszorg",
  "werkzaam bij de FNV als beleidsmedewerker", "VOG aanwezig")      -> no finding

https://gdpr-info.eu/art-9-gdpr/ https://gdpr-info.eu/art-10-gdpr/
"""

from __future__ import annotations

import gzip
import json
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

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
AFTER = 40  # characters after a term searched for "van de kandidaat" or an occupation word
RULE_NAMES = {
    "first_person": "first person",
    "third_person": "third person",
    "membership": "membership",
    "cause": "cause",
    "label": "label",
}
MAX_TERM_WORDS = 4
WINDOW = 80  # characters before a term searched for its trigger: about one clause
WORD = re.compile(r"\w[\w'’]*(?:[-/]\w[\w'’]*)*")
SENTENCE_END = re.compile(r"[.!?;\n]\s")
EXPLANATION_KEY = "explanation"
SUFFIXES = {"nl": ("e", "en", "s"), "en": ("s",)}


class SpecialDataError(ValueError):
    """A special-category data file is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class SpecialMatch:
    """One special-category statement: where, which term, and the rule that tied it to a person."""

    entity: str
    start: int
    end: int
    score: float
    term: str
    rule: str

    @property
    def explanation(self) -> str:
        """E.g. "term 'diabetes' (health), rule: first person 'ik'"."""
        category = self.entity.removeprefix("SPECIAL_").lower()
        return f"term '{self.term}' ({category}), rule: {self.rule}"


@dataclass(frozen=True)
class _Lexicon:
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
def load_lexicon(language: str, data_dir: Path = DATA_DIR) -> _Lexicon:
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
    return _Lexicon(
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


def _term_hits(text: str, lex: _Lexicon) -> list[tuple[int, int, str, str]]:
    """(start, end, entity, term) of every lexicon term, longest match first, no overlaps."""
    words = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]
    hits, i = [], 0
    while i < len(words):
        for n in range(min(MAX_TERM_WORDS, len(words) - i), 0, -1):
            key = tuple(w[2] for w in words[i : i + n])
            if key in lex.terms:
                hits.append((words[i][0], words[i + n - 1][1], *lex.terms[key]))
                i += n - 1
                break
        i += 1
    return hits


def _norm(phrase: str) -> str:
    """Lower case, whitespace collapsed.

    >>> _norm("Medische  Gegevens")
    'medische gegevens'
    """
    return re.sub(r"\s+", " ", phrase.lower())


def _clause_start(text: str, start: int) -> int:
    """Start of the sentence (or WINDOW) holding position ``start``."""
    lo = max(0, start - WINDOW)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _label_rule(text: str, start: int, lex: _Lexicon) -> tuple[str, int] | None:
    """(rule text, end of label) when the term's line starts with a "Label:"."""
    line_start = text.rfind("\n", 0, start) + 1
    m = lex.labels.match(text, line_start, len(text))
    if m is None or SENTENCE_END.search(text, m.end(), start):
        return None  # no label, or a new sentence began after it
    return f"label '{_norm(m.group(1))}:'", m.end()


def _person_rule(text: str, start: int, end: int, lex: _Lexicon) -> tuple[str, str] | None:
    """(rule key, trigger text) of the nearest trigger before the term, None if excluded."""
    last = None
    for last in lex.triggers.finditer(text, _clause_start(text, start), start):
        pass
    after = min(len(text), end + AFTER)
    if (last is not None and last.lastgroup == "exclude_before") or lex.exclude_after.match(
        text, end, after
    ):
        return None
    if last is None:
        of = lex.of_person.match(text, end, after)
        return None if of is None else ("third_person", re.sub(r"\s+", " ", of.group(1)))
    return str(last.lastgroup), re.sub(r"\s+", " ", last.group())


def _rule(text: str, hit: tuple[int, int, str, str], lex: _Lexicon) -> SpecialMatch | None:
    start, end, entity, term = hit
    label = _label_rule(text, start, lex)
    if label is not None and start < label[1]:
        return None  # the term is a word of the label itself ("Lidmaatschap vakbond:")
    if label is not None:
        return SpecialMatch(entity, start, end, lex.scores["label"], term, label[0])
    person = _person_rule(text, start, end, lex)
    if person is None:
        return None
    key, trigger = person
    return SpecialMatch(
        entity, start, end, lex.scores[key], term, f"{RULE_NAMES[key]} '{trigger.lower()}'"
    )


def _label_values(
    text: str, lex: _Lexicon, hits: list[tuple[int, int, str, str]]
) -> list[SpecialMatch]:
    """A "Label: value" line whose value holds no lexicon term: the value itself."""
    found = []
    for m in lex.labels.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        value = text[m.end() : line_end].strip().rstrip(".")
        if not value or {value.lower(), value.lower() + "."} & lex.empty_values or len(value) > 60:
            continue
        if any(m.end() <= s < line_end for s, _, _, _ in hits):
            continue
        start = text.index(value, m.end())
        label = re.sub(r"\s+", " ", m.group(1).lower())
        found.append(
            SpecialMatch(
                lex.label_entity[label],
                start,
                start + len(value),
                lex.scores["label"],
                value.lower(),
                f"label '{label}:'",
            )
        )
    return found


def find_special(text: str, language: str) -> list[SpecialMatch]:
    """Every special-category statement about a person in ``text``, in text order.

    >>> [(m.entity, m.term, m.rule) for m in find_special("Ik heb diabetes.", "nl")]
    [('SPECIAL_HEALTH', 'diabetes', "first person 'ik'")]
    >>> find_special("Verpleegkundige op de afdeling diabetes.", "nl")
    []
    """
    lex = load_lexicon(language if language in LANGUAGES else "nl")
    hits = _term_hits(text, lex)
    matches = [m for m in (_rule(text, h, lex) for h in hits) if m is not None]
    if lex.labels.search(text):
        matches += _label_values(text, lex, hits)
    return _merge_adjacent(text, sorted(matches, key=lambda m: m.start))


def _merge_adjacent(text: str, matches: list[SpecialMatch]) -> list[SpecialMatch]:
    """One finding for neighbouring terms of one category ("Koerdische afkomst")."""
    merged: list[SpecialMatch] = []
    for m in matches:
        prev = merged[-1] if merged else None
        if prev and prev.entity == m.entity and not text[prev.end : m.start].strip():
            merged[-1] = replace(
                prev, end=m.end, score=max(prev.score, m.score), term=f"{prev.term} {m.term}"
            )
        else:
            merged.append(m)
    return merged


class SpecialCategoryRecognizer(EntityRecognizer):
    """Presidio wrapper of find_special, one instance per language; no NLP artifacts needed."""

    def __init__(self, supported_language: str = "nl") -> None:
        load_lexicon(supported_language)  # fail fast on bad data
        self._name = f"SpecialCategoryRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(ENTITIES),
            name=self._name,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the lexicon loaded in __init__."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """RecognizerResults whose metadata "explanation" names the term and the rule."""
        wanted = set(entities or ENTITIES)
        return [
            self._result(m)
            for m in find_special(text, self.supported_language)
            if m.entity in wanted
        ]

    def _result(self, m: SpecialMatch) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self._name, original_score=m.score, textual_explanation=m.explanation
        )
        return RecognizerResult(
            entity_type=m.entity,
            start=m.start,
            end=m.end,
            score=m.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                EXPLANATION_KEY: m.explanation,
            },
        )
