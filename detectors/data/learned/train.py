"""Train the document-type model (doc_type.json) on the labelled document sets.

    .venv/bin/python detectors/data/learned/train.py         # train on all sets, write the file
    .venv/bin/python detectors/data/learned/train.py --cv    # leave-one-set-out table only

Each document is read as a scan reads it (extract, then the classifier's view: title, first
12,000 characters, attachment names: scanner/policy/classify.py), so the model learns from
the text it will see. Only counts and scores are printed, never a text or a label. See
README.md beside this file.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from detectors.bow_model import BowModel, FeatureConfig, features, model_to_json
from detectors.bow_train import TrainConfig, train
from detectors.bow_train import chosen_sets as bow_chosen_sets
from scanner.models import DOC_TYPES

if TYPE_CHECKING:
    from collections.abc import Mapping

SETS = REPO / "tests" / "eval" / "blind"
PREFIX = "special-doctype-rules-"
CONVENTIONS = "conventions.toml"  # beside the sets: labels by another convention (frozen)
ADDED_CONVENTIONS = "conventions"  # beside the sets' folder: one file a stop adds since
OUT = Path(__file__).with_name("doc_type.json")
FEATURES = FeatureConfig(bigrams=True, char_ngrams=(), max_chars=3000)
TRAINING = TrainConfig(l2=1e-5, steps=500)
MODIFIED = datetime(2026, 11, 30, tzinfo=UTC)  # read by no signal: any fixed day
# A name the model must not learn (issue #15): the sets' writers invent people, and a model
# that learns "kowalczyk" for a CV learns one writer's cast, not CVs. A name is a first name
# or surname of the PERSON detector's gazetteer (detectors/person_names.py) that is no word:
# neither one of its common words nor a word pyspellchecker's Dutch or English list counts at
# least WORD_COUNT times ("talen", "noord", "fee" stay; "kowalczyk", "sanne" go; a surname
# that is a word, "visser", stays a word). Place names of the gazetteer go with them.
WORD_COUNT = 1000
# and a word only one writer used (in one set's documents: a firm, a street, a turn of phrase
# of theirs) is no word of a type either: a feature is learned from at least MIN_SETS sets
MIN_SETS = 2


@dataclass(frozen=True)
class Example:
    """One labelled document as the classifier sees it."""

    set_name: str
    doc_type: str  # the label
    rules: str  # the rule classifier's type
    scores: tuple[tuple[str, int], ...]
    mrz: bool
    fixed: bool
    fields: tuple[tuple[str, str], ...]
    vetoed: frozenset[str] = frozenset()
    words: int = 0  # different words of the text (Doc.tokens): when the model may speak


def set_names(root: Path = SETS) -> list[str]:
    return sorted((p.name for p in root.glob(PREFIX + "*") if (p / "labels.jsonl").is_file()),
                  key=set_order)


def set_order(name: str) -> tuple[int, str]:
    """Sets in their number's order ("...-9" before "...-10"), others first by name."""
    tail = name.rsplit("-", 1)[-1]
    return (int(tail), name) if tail.isdigit() else (0, name)


def read_set(folder: Path) -> list[Example]:
    """Every document of one set, extracted and read by the rules, but those typed by
    another convention than the project's (``other_convention``): the model learns one."""
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text("utf-8").splitlines()
              if x.strip()]
    unlearned = other_convention(folder.name, folder.parent / CONVENTIONS)
    return [read_document(folder.name, folder / "docs" / lab["doc"], lab["doc_type"])
            for lab in labels if lab["doc"].split("-", 1)[0] not in unlearned]


def other_convention(set_name: str, path: Path = SETS / "conventions.toml") -> frozenset[str]:
    """The numbers of a set's documents its writer typed by a convention the project did
    not take (tests/eval/blind/conventions.toml: absence records typed `other`)."""
    data = read_conventions(path).get("doc_type", {})
    return frozenset(data.get(set_name, {}).get("documents", ()))


def read_conventions(path: Path = SETS / "conventions.toml") -> dict[str, Any]:
    """conventions.toml and the files of the `conventions` folder beside the sets' folder
    (tests/eval/conventions/: the blind folder's file is frozen as written, so a later stop's
    conventions go there) as one table; empty when there are none (a checkout without the
    evaluation sets). A set's key given twice is an error naming the file. The one reader of
    the files: the trainer and eval_blind use it."""
    merged: dict[str, Any] = {}
    added = path.parent.parent / ADDED_CONVENTIONS
    for file in [path, *(sorted(added.glob("*.toml")) if added.is_dir() else [])]:
        if not file.is_file():
            continue
        for table, sets in tomllib.loads(file.read_text(encoding="utf-8")).items():
            for name, body in sets.items():
                entry = merged.setdefault(table, {}).setdefault(name, {})
                if isinstance(body, dict) and not entry.keys() & body.keys():
                    entry.update(body)
                else:
                    raise ValueError(f"{file}: [{table}.{name}] given again")
    return merged


def read_document(set_name: str, path: Path, doc_type: str) -> Example:
    from scanner.extract import extract
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem, TextChunk
    from scanner.policy.classify import rule_verdict
    from scanner.policy.learned_type import fields

    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=MODIFIED)
    out = list(extract(item, data, Limits()))
    chunks = [x for x in out if isinstance(x, TextChunk)]
    names = [x.name for x in out if isinstance(x, SourceItem)]
    verdict = rule_verdict(item, chunks, names)
    assert verdict.doc is not None or verdict.fixed
    view = fields(verdict.doc) if verdict.doc is not None else {}
    words = len(verdict.doc.tokens) if verdict.doc is not None else 0
    return Example(set_name, doc_type, verdict.doc_type, tuple(sorted(verdict.scores.items())),
                   verdict.mrz, verdict.fixed, tuple(view.items()), verdict.vetoed, words)


@cache
def names() -> frozenset[str]:
    """Lower-case gazetteer names that are no word (WORD_COUNT): never a feature."""
    from spellchecker import SpellChecker  # a dev dependency: only the trainer reads it

    from detectors.person_names import common_words, first_names, last_names

    counts = [SpellChecker(language=lang).word_frequency for lang in ("nl", "en")]
    words = common_words()
    return frozenset(n for n in (x.lower() for x in first_names() | last_names())
                     if n not in words and all(c[n] < WORD_COUNT for c in counts))


def learnable(feats: Mapping[str, float], unlearned: frozenset[str]) -> dict[str, float]:
    """``feats`` without the words and bigrams that hold a name (``names``). The values keep
    the field's length with the names in it: a scan, which scores every word, weighs the
    text alike (the model has no weight for a name)."""
    return {f: v for f, v in feats.items()
            if not any(t in unlearned for t in f.split(":", 1)[1].split("_"))}


def shared(feats: Sequence[dict[str, float]], sets: Sequence[str]) -> list[dict[str, float]]:
    """Each document's features that documents of at least MIN_SETS sets have (of as many as
    there are, when fewer)."""
    seen: dict[str, set[str]] = {}
    for doc, name in zip(feats, sets, strict=True):
        for f in doc:
            seen.setdefault(f, set()).add(name)
    least = min(MIN_SETS, len(set(sets)))
    return [{f: v for f, v in doc.items() if len(seen[f]) >= least} for doc in feats]


def fit(examples: Sequence[Example], cfg: TrainConfig = TRAINING,
        config: FeatureConfig = FEATURES) -> BowModel:
    """A model trained on ``examples`` (the classes: every SPEC type any of them has), never
    on a name (``learnable``) nor on a feature of one set's documents only (MIN_SETS)."""
    classes = [t for t in DOC_TYPES if any(e.doc_type == t for e in examples)]
    feats = [learnable(features(dict(e.fields), config), names()) for e in examples]
    feats = shared(feats, [e.set_name for e in examples])
    sets = sorted({e.set_name for e in examples}, key=set_order)
    return train(feats, [e.doc_type for e in examples], classes, config, cfg,
                 meta={"trained_on": sets, "labels": dict(sorted(Counter(
                     e.doc_type for e in examples).items()))})


def write(model: BowModel, path: Path = OUT) -> None:
    path.write_text(json.dumps(model_to_json(model), ensure_ascii=False, separators=(",", ":"))
                    + "\n", encoding="utf-8")


def chosen_sets(argv: Sequence[str], shipped: Path = OUT) -> list[str]:
    """bow_train.chosen_sets with the shipped model's "trained_on"."""
    return bow_chosen_sets(argv, json.loads(shipped.read_text("utf-8"))["meta"]["trained_on"])


def main() -> None:
    examples = [e for name in chosen_sets(sys.argv) for e in read_set(SETS / name)]
    if "--cv" in sys.argv:
        from detectors.data.learned.cross_validate import print_table

        print_table(examples)
        return
    model = fit(examples)
    write(model)
    print(f"{OUT.name}: {len(model.weights)} features of {model.meta['vocabulary']}, "
          f"{len(examples)} documents, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
