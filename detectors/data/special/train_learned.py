"""Train the special categories' second opinion (learned.json) on the labelled document sets.

    .venv/bin/python detectors/data/special/train_learned.py        # cross-validate, train, write
    .venv/bin/python detectors/data/special/train_learned.py --cv   # the table only, no file

Source: the DEV document sets tests/eval/blind/special-doctype-rules-*/ (written blind by
others, document-level labels: "special", "rules"). One binary logistic regression per
category and one for "the text records a sickness diagnosis" (detectors/bow_train.py, words
and word pairs of the text), packed into one table: a feature's weight per class is its
log-odds. The thresholds of detectors/special_learned.py are chosen by leave-one-set-out
cross-validation (train on all sets but one, score the one left out, for each set) against
the rules alone, run as a scan runs them; the chosen figures go into the file's meta. Only
counts and scores are printed, never a text or a label. Rebuild when a set is added.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import product
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from detectors import special_learned
from detectors.bow_model import BowModel, FeatureConfig, features, model_to_json, tokenize
from detectors.bow_train import TrainConfig, train
from detectors.bow_train import chosen_sets as bow_chosen_sets
from detectors.special_category import candidates, is_weakly_tied
from detectors.special_learned import (
    DIAGNOSIS,
    FIELD,
    FORMAT,
    MIN_WORDS,
    SENTENCE_GATE,
    VETO_PASSAGE,
    WEAK_LINKS,
    Learned,
    Thresholds,
    evidence,
    probabilities,
    sentence_scores,
)
from detectors.special_lexicon import RULE_NAMES

SETS = REPO / "tests" / "eval" / "blind"
PREFIX = "special-doctype-rules-"
OUT = Path(__file__).with_name("learned.json")
CATEGORIES = ("SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
              "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
              "SPECIAL_BIOMETRIC")
CLASSES = (*CATEGORIES, DIAGNOSIS)
# every DEV document is under 2,000 characters (median 487): the models read what they learned
# from, the first 2,000 characters of a text (a two-page CV costs a third of reading 6,000)
FEATURES = FeatureConfig(bigrams=True, char_ngrams=(), max_chars=2000)
TRAINING = TrainConfig(l2=1e-5, steps=500, max_features=1500, digits=2)
MIN_WEIGHT = 0.05  # a packed feature weighing less than this for every class is left out
HARD_NEGATIVES = 0.01  # at most 1 in 100 hard-negative documents flagged (issue #15)
GRID = {"add": (0.8, 0.85, 0.9, 0.95, 0.99, 1.01),
        "add_health": (0.85, 0.9, 0.95, 0.97, 0.99, 1.01), "drop": (0.0, 0.005, 0.01),
        "evidence": (0.0, 1.0, 2.0, 4.0), "diagnosis": (0.8, 0.9, 0.95, 0.97, 0.99, 1.01)}
SENTENCE = (0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1.01)
VETO = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
DIAGNOSIS_RULE = "sickness-diagnosis"


@dataclass(frozen=True)
class Doc:
    """One labelled document: its set, text and labels, and what the rules alone found."""

    set_name: str
    text: str
    special: frozenset[str]
    diagnosis: bool
    hard_negative: bool
    rules: frozenset[str] = frozenset()  # categories, and "diagnosis", the rules report
    # categories the rules report by weak links only (special_learned.WEAK_LINKS)
    weak: frozenset[str] = frozenset()


def chosen_sets(argv: Sequence[str], shipped: Path = OUT) -> list[str]:
    """bow_train.chosen_sets with the shipped model's "sets"."""
    return bow_chosen_sets(argv,
                           json.loads(shipped.read_text("utf-8"))["model"]["meta"]["sets"])


def _folders(root: Path, names: Sequence[str] | None) -> list[Path]:
    """The sets' folders in their number's order: the ones named, or every one in root."""
    found = [p for p in root.glob(PREFIX + "*") if names is None or p.name in names]
    return sorted(found, key=lambda p: int(p.name.removeprefix(PREFIX)))


def read_docs(root: Path = SETS, names: Sequence[str] | None = None) -> list[Doc]:
    """Every document of the sets (all in root when names is None), in set and file order."""
    docs = []
    for folder in _folders(root, names):
        for line in (folder / "labels.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                lab = json.loads(line)
                text = (folder / "docs" / lab["doc"]).read_text("utf-8")
                docs.append(Doc(folder.name, text, frozenset(lab["special"]),
                                DIAGNOSIS_RULE in lab["rules"],
                                bool(lab.get("hard_negative")) and not lab["special"]))
    return docs


def with_rules(docs: list[Doc], root: Path = SETS, names: Sequence[str] | None = None
               ) -> list[Doc]:
    """The documents with what the rules alone report, scanned as eval_blind scans them."""
    special_learned.USE_LEARNED = False
    out = []
    for doc, (folder, label) in zip(docs, _labels(root, names), strict=True):
        special, rules, weak = _scan(folder, label)
        out.append(replace(doc, rules=frozenset(special) | (
            {DIAGNOSIS} if DIAGNOSIS_RULE in rules else set()), weak=weak))
    special_learned.USE_LEARNED = True
    return out


def _scan(folder: Path, label: dict[str, Any]) -> tuple[set[str], set[str], frozenset[str]]:
    """eval_blind.document_results' categories and rules, and the categories whose every
    finding is weakly tied (its explanation names a WEAK_LINKS rule)."""
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item
    from tests.eval.eval_blind import SCAN_TIME

    data = (folder / "docs" / label["doc"]).read_bytes()
    item = SourceItem(path=str(folder / "docs" / label["doc"]), member=None, size=len(data),
                      modified=SCAN_TIME)
    cfg = ScanConfig(key=b"eval-key-not-secret", policy_path=None, limits=Limits(),
                     now=SCAN_TIME)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    found = [f for f in first.findings if f.entity.startswith("SPECIAL_")]
    rules = {r for f in first.findings for r in (f.rules or (f.rule,)) if r} | set(first.file.rules)
    weak = {f.entity for f in found} - {f.entity for f in found
                                         if _rule_key(f.explanation or "") not in WEAK_LINKS}
    if weak:  # and no person around them (special_category.is_weakly_tied), in the text
        text = data.decode("utf-8", "replace")
        weak -= {m.entity for m in candidates(text, label["lang"])
                 if m.rule_key in WEAK_LINKS and not is_weakly_tied(text, m, label["lang"])}
    return {f.entity for f in found}, rules - {"unscannable"}, frozenset(weak)


def _rule_key(explanation: str) -> str:
    """The RULE_NAMES key of a finding's explanation ("term 'x' (health), rule: statement
    'x'" -> "statement")."""
    rule = explanation.rpartition("rule: ")[2]
    return max((k for k, name in RULE_NAMES.items() if rule.startswith(name)),
               key=lambda k: len(RULE_NAMES[k]), default="")


def _labels(root: Path, names: Sequence[str] | None = None
            ) -> Iterable[tuple[Path, dict[str, Any]]]:
    for folder in _folders(root, names):
        for line in (folder / "labels.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                yield folder, json.loads(line)


def _target(doc: Doc, cls: str) -> bool:
    return doc.diagnosis if cls == DIAGNOSIS else cls in doc.special


def fit(docs: Sequence[Doc], cfg: TrainConfig = TRAINING) -> BowModel:
    """One binary model per class, packed: per feature, its log-odds for each class."""
    feats = [features({FIELD: d.text}, FEATURES) for d in docs]
    margins: dict[str, list[float]] = {}
    bias = []
    for k, cls in enumerate(CLASSES):
        m = train(feats, ["yes" if _target(d, cls) else "no" for d in docs], ("no", "yes"),
                  FEATURES, cfg)
        bias.append(m.bias[1] - m.bias[0])
        for f, (no, yes) in m.weights.items():
            margins.setdefault(f, [0.0] * len(CLASSES))[k] = round(yes - no, 3)
    kept = {f: tuple(w) for f, w in sorted(margins.items())
            if max(abs(x) for x in w) >= MIN_WEIGHT}
    meta = {"documents": len(docs), "sets": sorted({d.set_name for d in docs}),
            "train": cfg.as_json()}
    return BowModel(CLASSES, tuple(round(b, 3) for b in bias), kept, FEATURES, meta)


@dataclass(frozen=True)
class Opinion:
    """The model's view of one held-out document: a probability and the weight of the
    strongest sentence, per class."""

    p: dict[str, float]
    evidence: dict[str, float]
    short: bool = False  # fewer than MIN_WORDS words: the rules alone decide
    # per class, the probability of the strongest passage (special_learned.sentence_scores)
    sentence: dict[str, float] = field(default_factory=dict)


def cross_validate(docs: list[Doc]) -> list[Opinion]:
    """Each document scored by the model trained on the other sets."""
    out: dict[int, Opinion] = {}
    for held in sorted({d.set_name for d in docs}):
        model = fit([d for d in docs if d.set_name != held])
        learned = Learned(model, Thresholds(1.0, 1.0, 0.0, 0.0, 1.0))
        for i, d in enumerate(docs):
            if d.set_name == held:
                p = probabilities(d.text, learned)
                ev = {c: (e.weight if (e := evidence(d.text, learned, c)) else 0.0)
                      for c in CLASSES if p[c] >= min(GRID["add"] + GRID["add_health"]
                                                      + GRID["diagnosis"])}
                short = len(tokenize(d.text[: FEATURES.max_chars])) < MIN_WORDS
                sent = {c: v for c, (v, _) in sentence_scores(d.text, learned).items()}
                out[i] = Opinion(p, ev, short, sent)
        print(f"  set {held} scored", file=sys.stderr, flush=True)
    return [out[i] for i in range(len(docs))]


def combine(doc: Doc, op: Opinion, th: Thresholds) -> set[str]:
    """What a scan reports with the second opinion (special_learned.second_opinion)."""
    if op.short:
        return set(doc.rules)
    found = {c for c in CATEGORIES if c in doc.rules and op.p[c] >= th.drop
             and not (c in doc.weak and op.p[c] < th.veto
                      and getattr(op, "sentence", {}).get(c, 0.0) < VETO_PASSAGE)}
    found |= {c for c in CATEGORIES if c not in doc.rules and op.p[c] >= (
              th.add_health if c == "SPECIAL_HEALTH" else th.add)
              and op.evidence.get(c, 0.0) >= th.evidence}
    found |= {c for c in CATEGORIES if c not in doc.rules and op.p[c] >= SENTENCE_GATE
              and getattr(op, "sentence", {}).get(c, 0.0) >= th.sentence}
    diagnosis = DIAGNOSIS in doc.rules and "SPECIAL_HEALTH" in found
    if op.p[DIAGNOSIS] >= th.diagnosis and (
            "SPECIAL_HEALTH" in found or op.evidence.get(DIAGNOSIS, 0.0) >= th.evidence):
        found.add("SPECIAL_HEALTH")
        diagnosis = True
    return found | ({DIAGNOSIS} if diagnosis else set())


def counts(docs: Sequence[Doc], found: Sequence[set[str]]) -> Counter[tuple[str, str]]:
    """(class, tp|fp|fn) and ("hard negatives", n|flagged)."""
    c: Counter[tuple[str, str]] = Counter()
    for d, f in zip(docs, found, strict=True):
        for cls in CLASSES:
            want, got = _target(d, cls), cls in f
            if want or got:
                c[(cls, "tp" if want and got else "fn" if want else "fp")] += 1
        if d.hard_negative:
            c[("hard negatives", "n")] += 1
            c[("hard negatives", "flagged")] += bool(f & set(CATEGORIES))
    return c


def f1(c: Counter[tuple[str, str]], classes: Iterable[str]) -> float:
    tp = sum(c[(k, "tp")] for k in classes)
    fp = sum(c[(k, "fp")] for k in classes)
    fn = sum(c[(k, "fn")] for k in classes)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(docs: list[Doc], ops: list[Opinion]) -> Thresholds:
    """The thresholds that flag the fewest hard negatives above HARD_NEGATIVES, then have
    the best cross-validated F1 (categories, then diagnosis). The veto is chosen with the
    others fixed, and they again with it (a grid of all six at once is ~8x slower)."""
    th = _best(docs, ops, [Thresholds(*v, veto=0.0) for v in product(*GRID.values())])
    th = _best(docs, ops, [replace(th, veto=v) for v in VETO])
    th = _best(docs, ops, [replace(th, sentence=v) for v in SENTENCE])
    return _best(docs, ops, [Thresholds(*v, veto=th.veto, sentence=th.sentence)
                             for v in product(*GRID.values())])


def _best(docs: list[Doc], ops: list[Opinion], grid: list[Thresholds]) -> Thresholds:
    best: tuple[tuple[float, float], Thresholds] | None = None
    for th in grid:
        c = counts(docs, [combine(d, o, th) for d, o in zip(docs, ops, strict=True)])
        over = c[("hard negatives", "flagged")] - HARD_NEGATIVES * c[("hard negatives", "n")]
        key = (-max(0.0, over), f1(c, CATEGORIES) + f1(c, (DIAGNOSIS,)))
        if best is None or key > (best[0][0], best[0][1] + 1e-9):
            best = (key, th)
    assert best is not None
    return best[1]


def table(docs: list[Doc], ops: list[Opinion], th: Thresholds) -> list[str]:
    """Per set and class: P and R of the rules alone and combined; hard negatives flagged."""
    lines = []
    for name in [*sorted({d.set_name for d in docs}), "all"]:
        idx = [i for i, d in enumerate(docs) if name in ("all", d.set_name)]
        sub = [docs[i] for i in idx]
        rules = counts(sub, [set(d.rules) for d in sub])
        comb = counts(sub, [combine(docs[i], ops[i], th) for i in idx])
        lines.append(f"== {name}: hard negatives flagged, rules {rules[('hard negatives', 'flagged')]}"
                     f" / combined {comb[('hard negatives', 'flagged')]} of "
                     f"{rules[('hard negatives', 'n')]}")
        for cls in CLASSES:
            lines.append(f"  {cls.removeprefix('SPECIAL_'):20} rules {_pr(rules, cls)}   "
                         f"combined {_pr(comb, cls)}")
    return lines


def _pr(c: Counter[tuple[str, str]], cls: str) -> str:
    tp, fp, fn = c[(cls, "tp")], c[(cls, "fp")], c[(cls, "fn")]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} ({tp:3}/{fp:2}/{fn:2})"


def main() -> None:
    names = chosen_sets(sys.argv)
    docs = with_rules(read_docs(names=names), names=names)
    ops = cross_validate(docs)
    th = choose(docs, ops)
    lines = table(docs, ops, th)
    print(f"thresholds (leave-one-set-out): {th}")
    print("\n".join(lines))
    if "--cv" in sys.argv:
        return
    model = fit(docs)
    meta = {**model.meta, "leave_one_set_out": lines}
    data = {"format": FORMAT, "thresholds": th.__dict__,
            "model": model_to_json(replace(model, meta=meta))}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
