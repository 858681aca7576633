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

import re
from dataclasses import dataclass, replace

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.special_lexicon import (
    ENTITIES,
    LANGUAGES,
    MAX_TERM_WORDS,
    RULE_NAMES,
    WORD,
    Lexicon,
    load_lexicon,
)

AFTER = 40  # characters after a term searched for "van de kandidaat" or an occupation word
WINDOW = 80  # characters before a term searched for its trigger: about one clause
SENTENCE_END = re.compile(r"[.!?;\n]\s")
EXPLANATION_KEY = "explanation"


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


def _term_hits(text: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
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


def _label_rule(text: str, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """(rule text, end of label) when the term's line starts with a "Label:"."""
    line_start = text.rfind("\n", 0, start) + 1
    m = lex.labels.match(text, line_start, len(text))
    if m is None or SENTENCE_END.search(text, m.end(), start):
        return None  # no label, or a new sentence began after it
    return f"label '{_norm(m.group(1))}:'", m.end()


def _person_rule(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, str] | None:
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


def _rule(text: str, hit: tuple[int, int, str, str], lex: Lexicon) -> SpecialMatch | None:
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
    text: str, lex: Lexicon, hits: list[tuple[int, int, str, str]]
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
