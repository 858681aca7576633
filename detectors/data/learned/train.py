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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from detectors.bow_model import BowModel, FeatureConfig, features, model_to_json
from detectors.bow_train import TrainConfig, train
from scanner.models import DOC_TYPES

SETS = REPO / "tests" / "eval" / "blind"
PREFIX = "special-doctype-rules-"
OUT = Path(__file__).with_name("doc_type.json")
FEATURES = FeatureConfig(bigrams=True, char_ngrams=(), max_chars=3000)
TRAINING = TrainConfig(l2=1e-5, steps=500)
MODIFIED = datetime(2026, 11, 30, tzinfo=UTC)  # read by no signal: any fixed day


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
    """Every document of one set, extracted and read by the rules."""
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text("utf-8").splitlines()
              if x.strip()]
    return [read_document(folder.name, folder / "docs" / lab["doc"], lab["doc_type"])
            for lab in labels]


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


def fit(examples: Sequence[Example], cfg: TrainConfig = TRAINING,
        config: FeatureConfig = FEATURES) -> BowModel:
    """A model trained on ``examples`` (the classes: every SPEC type any of them has)."""
    classes = [t for t in DOC_TYPES if any(e.doc_type == t for e in examples)]
    feats = [features(dict(e.fields), config) for e in examples]
    sets = sorted({e.set_name for e in examples}, key=set_order)
    return train(feats, [e.doc_type for e in examples], classes, config, cfg,
                 meta={"trained_on": sets, "labels": dict(sorted(Counter(
                     e.doc_type for e in examples).items()))})


def write(model: BowModel, path: Path = OUT) -> None:
    path.write_text(json.dumps(model_to_json(model), ensure_ascii=False, separators=(",", ":"))
                    + "\n", encoding="utf-8")


def main() -> None:
    examples = [e for name in set_names() for e in read_set(SETS / name)]
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
