"""Leave-one-set-out cross-validation of the document-type model and of how it is combined
with the rules: train on every set but one, score the one left out, for each set.

    .venv/bin/python detectors/data/learned/train.py --cv

Prints, per set, the type accuracy and CV precision of the rules alone, the model alone and
the two combined (scanner.policy.learned_type.decide): counts and scores only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from detectors.bow_model import BowModel, features, probabilities
from detectors.data.learned.train import Example, fit, set_order


@dataclass(frozen=True)
class Figures:
    """Type accuracy and CV precision of one column over some documents."""

    documents: int
    right: int
    cv_said: int
    cv_right: int

    @property
    def accuracy(self) -> float:
        return self.right / self.documents if self.documents else 1.0

    @property
    def cv_precision(self) -> float:
        return self.cv_right / self.cv_said if self.cv_said else 1.0


def figures(truth: Sequence[str], said: Sequence[str]) -> Figures:
    pairs = list(zip(truth, said, strict=True))
    return Figures(len(pairs), sum(t == s for t, s in pairs), sum(s == "cv" for _, s in pairs),
                   sum(t == s == "cv" for t, s in pairs))


def folds(examples: Sequence[Example]) -> Iterator[tuple[str, BowModel, list[Example]]]:
    """(set left out, the model trained on the others, the documents left out)."""
    for name in sorted({e.set_name for e in examples}, key=set_order):
        yield name, fit([e for e in examples if e.set_name != name]), [
            e for e in examples if e.set_name == name]


def columns(model: BowModel, examples: Sequence[Example]) -> dict[str, list[str]]:
    """The rules', the model's and the combined type of each document."""
    from scanner.policy.classify import Verdict
    from scanner.policy.learned_type import decide_with

    rules, learned, combined = [], [], []
    for e in examples:
        p = probabilities(model, features(dict(e.fields), model.config))
        rules.append(e.rules)
        learned.append(max(p, key=p.__getitem__))
        verdict = Verdict(e.rules, "", dict(e.scores), e.mrz, e.fixed, vetoed=e.vetoed)
        combined.append(decide_with(verdict, p, e.words)[0])
    return {"rules": rules, "model": learned, "combined": combined}


def print_table(examples: Sequence[Example]) -> None:
    print("leave-one-set-out: type accuracy / CV precision (model trained on the other sets)")
    print(f"{'set left out':26} {'docs':>5} {'rules':>13} {'model':>13} {'combined':>13}")
    total: dict[str, tuple[list[str], list[str]]] = {}
    for name, model, held in folds(examples):
        truth = [e.doc_type for e in held]
        cols = columns(model, held)
        for col, said in cols.items():
            t, s = total.setdefault(col, ([], []))
            t.extend(truth)
            s.extend(said)
        print(f"{name:26} {len(held):5} " + " ".join(
            _cell(figures(truth, said)) for said in cols.values()))
    print(f"{'all':26} {len(examples):5} " + " ".join(
        _cell(figures(t, s)) for t, s in total.values()))
    for col, (truth, said) in total.items():
        print(f"confusion pairs, {col} (label -> said: documents): " + confusion(truth, said))


def confusion(truth: Sequence[str], said: Sequence[str]) -> str:
    """The wrong (label, said) pairs, most frequent first.

    >>> confusion(["cv", "other", "other"], ["cv", "medical", "medical"])
    'other->medical 2'
    """
    pairs = Counter((t, s) for t, s in zip(truth, said, strict=True) if t != s)
    return ", ".join(f"{t}->{s} {n}" for (t, s), n in pairs.most_common()) or "none"


def _cell(f: Figures) -> str:
    return f"{f.accuracy:6.3f}/{f.cv_precision:5.3f}"
