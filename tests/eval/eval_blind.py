"""Scores on the blind evaluation sets (tests/eval/blind/*/), beside the snippet sets we wrote.

A blind set was written and labelled by someone who had not read the code it scores; its
format is in tests/eval/blind/README.md, each set's state and the two scoring columns in
tests/eval/README.md. Two kinds are scored:

- entity sets (labels carry ``entities``): per entity precision, recall and F1, and how many
  labelled decoys were reported, in two columns: detect() on each document's raw text
  (labels matched by span), and the real per-file pipeline (extract, incl. table reading;
  detect) on each document as a file (labels matched by normalized value per document,
  see blind_pipeline.py);
- document sets (labels carry ``special``/``rules``): the whole per-file pipeline (extract,
  classify, detect, policy) on each document; document type accuracy, special categories per
  document, sickness-diagnosis, and each statement rule.

    .venv/bin/python tests/eval/eval_blind.py [--sets a,b] [--dev-only] [--diagnose] [--links]
                                              [--cv]

``--dev-only`` scores only the sets in DEV (held-out sets are never run); ``--diagnose``
prints, for each miss and false positive of a DEV set, only the value's shape and the label
word before it (see blind_diagnose.py); ``--links`` counts, over the DEV document sets, the
special-category terms the rules leave open by their evidence combination (special_link) and
whether the document is labelled with the category (counts only). The document-type model
(detectors/data/learned/) was trained on the sets in TRAIN: their type figures, and the rules
that follow the type, are training figures; ``--cv`` scores each of them with a model trained
on the other TRAIN sets instead (leave-one-set-out), which is a measure. The special-category
second opinion (detectors/data/special/learned.json) was trained on the sets marked SPECIAL
TRAIN: their category and sickness-diagnosis figures are training figures; its
leave-one-set-out figures (each set scored by models trained on the others, as its trainer
measured them) are printed after them.

Only scores are printed, never a document's text or label (the sets hold identifiers, and a
reader who sees the misses starts tuning to them).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.eval.eval_detectors import Score

BLIND = Path(__file__).resolve().parent / "blind"
# Labels are matched as whole words, but may start or end with '+', '(' or '.'.
EDGE = r"(?<!\w){}(?!\w)"
SCAN_TIME = datetime(2026, 11, 30, tzinfo=UTC)  # the retention rules are not scored
# Sets whose misses were looked at (as shapes, confusions and signal names, never texts)
# while the detectors were tuned: development sets now, no longer blind. Their scores say
# less than a fresh set's. The others are held out: scored, never tuned on.
DEV = ("hr-identifiers-1", "identifiers-2", "identifiers-3", "identifiers-4", "identifiers-5",
       "identifiers-6", "identifiers-7", "running-text-1", "running-text-2", "running-text-3",
       "running-text-4", "special-doctype-rules-1", "special-doctype-rules-2",
       "special-doctype-rules-3", "special-doctype-rules-4", "special-doctype-rules-5",
       "special-doctype-rules-6", "special-doctype-rules-7", "identifiers-8", "running-text-5",
       "special-doctype-rules-8", "identifiers-9", "running-text-6", "special-doctype-rules-9",
       "identifiers-10", "running-text-7", "special-doctype-rules-10", "identifiers-11",
       "running-text-8", "special-doctype-rules-11", "identifiers-13",
       "special-doctype-rules-13", "identifiers-14",
       "identifiers-12", "running-text-9", "special-doctype-rules-12",
       "identifiers-16", "running-text-11", "special-doctype-rules-15",
       "identifiers-15", "running-text-10", "special-doctype-rules-14",
       "identifiers-18", "special-doctype-rules-17",
       "identifiers-17", "running-text-12", "special-doctype-rules-16",
       "special-doctype-rules-19",
       "identifiers-19", "running-text-13", "special-doctype-rules-18",
       "identifiers-20", "running-text-14", "special-doctype-rules-20",
       "identifiers-21", "running-text-15", "special-doctype-rules-21",
       "identifiers-22", "running-text-16", "special-doctype-rules-22",
       "identifiers-23", "running-text-17", "special-doctype-rules-23",
       "identifiers-24", "running-text-18", "special-doctype-rules-24",
       "running-text-19", "running-text-20", "special-doctype-rules-25",
       "special-doctype-rules-26", "identifiers-25", "identifiers-26", "running-text-21",
       "special-doctype-rules-27", "identifiers-27", "running-text-22", "special-doctype-rules-28",
       "special-doctype-rules-29", "special-doctype-rules-30", "identifiers-28",
       "running-text-23", "identifiers-29", "special-doctype-rules-31",
       "identifiers-30", "special-doctype-rules-32", "running-text-24",
       "identifiers-31", "running-text-25", "special-doctype-rules-33",
       "special-doctype-rules-34", "identifiers-32", "running-text-26",
       "identifiers-33", "running-text-27", "special-doctype-rules-35",
       "special-doctype-rules-36", "identifiers-34", "running-text-28",
       "identifiers-35", "running-text-29", "special-doctype-rules-37",
       "special-doctype-rules-38", "identifiers-36", "running-text-30", "running-text-31",
       "special-doctype-rules-39", "identifiers-37", "special-doctype-rules-40",
       "identifiers-38", "running-text-32", "special-doctype-rules-41",
       "running-text-33", "running-text-34", "identifiers-39", "identifiers-40",
       "special-doctype-rules-42", "identifiers-42", "special-doctype-rules-43",
       "running-text-35", "identifiers-41",
       "running-text-36", "special-doctype-rules-44", "identifiers-43",
       "running-text-37", "special-doctype-rules-45", "identifiers-44",
       "special-doctype-rules-49", "special-doctype-rules-48", "running-text-38",
       "special-doctype-rules-50", "identifiers-45", "running-text-40",
       "special-doctype-rules-51", "identifiers-46", "running-text-41",
       "running-text-42", "identifiers-47", "identifiers-48", "special-doctype-rules-52",
       "special-doctype-rules-53", "identifiers-49", "running-text-43",
       "special-doctype-rules-54", "identifiers-50", "running-text-44",
       "special-doctype-rules-55", "identifiers-51", "running-text-45",
       "special-doctype-rules-56", "identifiers-52", "running-text-46",
       "special-doctype-rules-57", "identifiers-53", "running-text-47",
       "special-doctype-rules-58", "identifiers-54", "running-text-48",
       "special-doctype-rules-59", "identifiers-55", "running-text-49",
       "special-doctype-rules-60", "identifiers-56", "running-text-50",
       "special-doctype-rules-61", "identifiers-57", "running-text-51",
       "special-doctype-rules-62", "identifiers-58", "running-text-52",
       "special-doctype-rules-63", "identifiers-59", "running-text-53",
       "special-doctype-rules-64", "identifiers-60", "running-text-54",
       "special-doctype-rules-65", "identifiers-61", "running-text-55",
       "special-doctype-rules-66", "identifiers-62", "running-text-56",
       "special-doctype-rules-67", "identifiers-63", "running-text-57", "special-doctype-rules-68",
       "identifiers-64", "running-text-58", "special-doctype-rules-69",
       "identifiers-65", "running-text-59", "special-doctype-rules-70",
       "identifiers-66", "running-text-60", "special-doctype-rules-71",
       "identifiers-67", "running-text-61", "special-doctype-rules-72",
       "identifiers-68", "running-text-62", "special-doctype-rules-73",
       "identifiers-69", "running-text-63", "special-doctype-rules-74",
       "identifiers-70", "running-text-64", "special-doctype-rules-75",
       "identifiers-71", "running-text-65", "special-doctype-rules-76",
       "identifiers-72", "running-text-66", "special-doctype-rules-77",
       "identifiers-73", "running-text-67", "special-doctype-rules-78")
# Document sets the shipped document-type model (detectors/data/learned/doc_type.json, its
# "trained_on") learned from: the type is the model's second opinion on a text it was trained
# on, so their type figures say how well it learned, not how well it classifies.
TRAIN = tuple(f"special-doctype-rules-{n}" for n in range(1, 16))


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int


def label_spans(text: str, labels: Iterable[dict[str, Any]]) -> list[Span]:
    """Every occurrence of every labelled string; a longer label wins where two overlap
    (a full name and the surname inside it are one mention)."""
    found = [Span(lab["entity"], m.start(), m.end())
             for lab in labels if lab["text"]
             for m in re.finditer(EDGE.format(re.escape(lab["text"])), text)]
    kept: list[Span] = []
    for s in sorted(found, key=lambda s: s.start - s.end):
        if not any(k.entity == s.entity and k.start < s.end and s.start < k.end for k in kept):
            kept.append(s)
    return kept


def _overlaps(a: Any, b: Span) -> bool:
    return bool(a.entity == b.entity and a.start < b.end and b.start < a.end)


def score_entities(doc: str, label: dict[str, Any]) -> tuple[Counter[tuple[str, str]], int]:
    """(entity, tp|fp|fn) counts for one document, and the BSN decoys reported. A detection
    inside a mention that another detection already matched is neither (a name found in
    two parts); a labelled decoy found counts as a false positive."""
    from detectors import detect

    # a whole document: a statement that needs a subject is judged as the scan judges it
    return score_found(doc, label, detect(doc, label.get("lang", "nl"), document=True))


def score_found(doc: str, label: dict[str, Any], detections: Iterable[Any]
                ) -> tuple[Counter[tuple[str, str]], int]:
    """score_entities' counts of ``detections`` (anything with entity, start and end)."""
    scope = {x["entity"] for x in label["entities"] + label.get("decoys", [])}
    expected = label_spans(doc, label["entities"])
    decoys = label_spans(doc, label.get("decoys", []))
    found = [d for d in detections if d.entity in scope]
    counts: Counter[tuple[str, str]] = Counter()
    matched: set[Span] = set()
    hit_decoys: set[Span] = set()
    # a labelled value where the whole-word rule cannot place it: inside a longer token (a
    # BSN in a passport's machine-readable line, "...3309173557457014<<<<<44", labelled as
    # "5574.57.014" on its own line); found there, neither
    labelled = {(x["entity"], _value(x["entity"], x["text"])) for x in label["entities"]}
    for d in found:
        exp = next((e for e in expected if _overlaps(d, e)), None)
        if exp is None and (d.entity, _value(d.entity, doc[d.start:d.end])) in labelled:
            continue
        if exp is None:
            counts[(d.entity, "fp")] += 1
            hit_decoys.update(x for x in decoys if x.entity == "NL_BSN" and _overlaps(d, x))
        elif exp not in matched:
            matched.add(exp)
            counts[(d.entity, "tp")] += 1
    for e in expected:
        if e not in matched:
            counts[(e.entity, "fn")] += 1
    return counts, len(hit_decoys)


def _value(entity: str, text: str) -> str:
    """A label's value: a name as written, a number's letters and digits alone."""
    return text if entity == "PERSON" else re.sub(r"[\W_]", "", text).upper()


def _sets() -> Iterator[tuple[str, Path, list[dict[str, Any]]]]:
    for folder in sorted(p for p in BLIND.iterdir() if (p / "labels.jsonl").is_file()):
        lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        yield folder.name, folder, [_spec_names(json.loads(x)) for x in lines if x.strip()]


def _spec_names(label: dict[str, Any]) -> dict[str, Any]:
    """A document set's categories as the SPEC's entity names: one writer
    (special-doctype-rules-17) wrote "health" for SPECIAL_HEALTH, and its own
    check_labels.py wants them so; the labels stay as written. "trade union" and
    "trade-union" are SPECIAL_TRADE_UNION; a name that is no SPEC category raises
    ValueError rather than become a category nobody detects."""
    if "special" in label:
        label["special"] = [_spec_name(c) for c in label["special"]]
    return label


def _spec_name(category: str) -> str:
    from scanner.models import ENTITIES

    name = re.sub(r"[\s-]+", "_", category.strip()).upper()
    name = name if name.startswith("SPECIAL_") else "SPECIAL_" + name
    if name not in {e for e in ENTITIES if e.startswith("SPECIAL_")}:
        raise ValueError(f"special category {category!r} is none of the SPEC's")
    return name


def _doc_text(folder: Path, label: dict[str, Any]) -> str:
    return (folder / "docs" / str(label["doc"])).read_text(encoding="utf-8")


@dataclass(frozen=True)
class EntityResult:
    """Per-entity scores of one column, the BSN decoys reported and the BSN decoys labelled."""

    scores: dict[str, Score]
    reported: int
    labelled: int


def entity_scores(folder: Path, labels: list[dict[str, Any]],
                  pipeline: bool = False) -> EntityResult:
    """One column over a set: detect() on raw text, or the per-file pipeline (``pipeline``)."""
    from tests.eval.blind_pipeline import score_document

    total: Counter[tuple[str, str]] = Counter()
    reported = labelled = 0
    for label in labels:
        bsn_decoys = [d for d in label.get("decoys", []) if d["entity"] == "NL_BSN"]
        if pipeline:
            counts, hits = score_document(folder, label)
            labelled += len({d["text"] for d in bsn_decoys})
        else:
            text = _doc_text(folder, label)
            counts, hits = score_entities(text, label)
            labelled += len(label_spans(text, bsn_decoys))
        total.update(counts)
        reported += hits
    entities = sorted({e for e, _ in total})
    return EntityResult({e: Score(total[(e, "tp")], total[(e, "fp")], total[(e, "fn")])
                         for e in entities}, reported, labelled)


def document_results(folder: Path, label: dict[str, Any]) -> tuple[str, set[str], set[str]]:
    """What the per-file pipeline makes of one document: its type, the special categories
    found in it, and the statement rules it breaks (findings' and whole-file rules), and
    each finding's first rule with its severity ("special-category@high")."""
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item

    data = (folder / "docs" / label["doc"]).read_bytes()
    item = SourceItem(path=str(folder / "docs" / label["doc"]), member=None, size=len(data),
                      modified=SCAN_TIME)
    cfg = ScanConfig(key=b"eval-key-not-secret", policy_path=None, limits=Limits(),
                     now=SCAN_TIME)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    special = {f.entity for f in first.findings if f.entity.startswith("SPECIAL_")}
    # every rule a finding breaks (Finding.rules: a BSN on a CV breaks two), not only the first
    rules = {r for f in first.findings for r in (f.rules or (f.rule,)) if r}
    # a finding's severity is its first (most specific) rule's: the others' is not written
    rules |= {f"{f.rule}@{f.severity}" for f in first.findings if f.rule}
    rules |= set(first.file.rules)
    return first.file.doc_type, special, rules - {"unscannable"}


@dataclass(frozen=True)
class Conventions:
    """One set's labels that follow a convention the project did not take
    (blind/conventions.toml, frozen, and tests/eval/conventions/): documents whose type, and per rule the documents whose label
    of that rule, another convention gave; rules its writer labelled at one severity only."""

    doc_type: frozenset[str] = frozenset()
    rules: tuple[tuple[str, frozenset[str]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()

    def excludes(self, key: str, doc: str) -> bool:
        """Whether ``doc``'s label of ``key`` ("type", "rule x", "category X") is another
        convention's."""
        number = doc.split("-", 1)[0]
        if key == "type":
            return number in self.doc_type
        return any(key == f"rule {r}" and number in docs for r, docs in self.rules)


def conventions(name: str, path: Path = BLIND / "conventions.toml") -> Conventions:
    """One set's conventions, read by the trainer's reader (none when the file is absent)."""
    from detectors.data.learned.train import other_convention, read_conventions

    data = read_conventions(path)
    return Conventions(
        other_convention(name, path),
        tuple((r, frozenset(d)) for r, d in data.get("rules", {}).get(name, {}).items()),
        tuple(data.get("severity", {}).get(name, {}).items()))


def _got(rules: set[str], severity: tuple[tuple[str, str], ...]) -> set[str]:
    """The rules broken as a set's writer labelled them: a rule labelled at one severity
    only (``Conventions.severity``) counts where it broke at that severity."""
    at = dict(severity)
    return {r for r in rules if "@" not in r and not r.startswith("retention-")
            and (r not in at or f"{r}@{at[r]}" in rules)}


def document_scores(folder: Path, labels: list[dict[str, Any]],
                    convention: Conventions = Conventions()) -> dict[str, Any]:
    """Document type accuracy and CV precision; P/R per special category, diagnosis and
    rule (document level); hard-negative documents flagged. Each figure also without the
    documents whose label of it follows another convention (``convention``)."""
    types: Counter[tuple[str, str]] = Counter()
    kept: Counter[tuple[str, str]] = Counter()  # the types without another convention's
    per: Counter[tuple[str, str]] = Counter()
    per_kept: Counter[tuple[str, str]] = Counter()
    flagged_negatives = negatives = 0
    for label in labels:
        doc_type, special, rules = document_results(folder, label)
        types[(label["doc_type"], doc_type)] += 1
        if not convention.excludes("type", label["doc"]):
            kept[(label["doc_type"], doc_type)] += 1
        want = {f"category {c}" for c in label["special"]} | {
            f"rule {r}" for r in label["rules"]}
        got = {f"category {c}" for c in special} | {
            f"rule {r}" for r in _got(rules, convention.severity)}
        for key in want | got:
            outcome = "tp" if key in want and key in got else "fn" if key in want else "fp"
            per[(key, outcome)] += 1
            if not convention.excludes(key, label["doc"]):
                per_kept[(key, outcome)] += 1
        if label.get("hard_negative") and not label["special"]:
            negatives += 1
            flagged_negatives += bool(special)
    keys = sorted({k for k, _ in per})
    return {
        "documents": sum(types.values()),
        **_type_figures(types),
        "kept": {"documents": sum(kept.values()), **_type_figures(kept)},
        "scores": {k: Score(per[(k, "tp")], per[(k, "fp")], per[(k, "fn")]) for k in keys},
        "scores_kept": {k: Score(per_kept[(k, "tp")], per_kept[(k, "fp")], per_kept[(k, "fn")])
                        for k in keys},
        "hard_negatives": (flagged_negatives, negatives),
        "confusion": types,
    }


def _type_figures(types: Counter[tuple[str, str]]) -> dict[str, float]:
    """Type accuracy and CV precision of a confusion count."""
    total = sum(types.values())
    cv_predicted = sum(n for (_, got), n in types.items() if got == "cv")
    return {
        "accuracy": sum(n for (w, g), n in types.items() if w == g) / total if total else 1.0,
        "cv_precision": types[("cv", "cv")] / cv_predicted if cv_predicted else 1.0,
    }


def _cells(s: Score) -> str:
    return f"{s.tp:5} {s.fp:5} {s.fn:5} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"


def _row(name: str, s: Score) -> str:
    return f"{name:34} {_cells(s)}"


_COLS = f"{'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6} {'F1':>6}"
HEAD = f"{'':34} {_COLS}"


def print_entity_set(name: str, raw: EntityResult, piped: EntityResult) -> None:
    state = "DEV: looked at while tuning" if name in DEV else "blind"
    print(f"\n== blind set {name} (entities; {state})")
    print(f"{'':22} {'raw text: detect(), by span':<40}   {'pipeline: scan_item, by value':<40}")
    print(f"{'':22} {_COLS}   {_COLS}")
    blank = Score(0, 0, 0)
    for e in sorted(set(raw.scores) | set(piped.scores)):
        print(f"{e:22} {_cells(raw.scores.get(e, blank))}   {_cells(piped.scores.get(e, blank))}")
    print(f"BSN decoys reported as NL_BSN: raw {raw.reported} of {raw.labelled} occurrences; "
          f"pipeline {piped.reported} of {piped.labelled} values")


def special_trained() -> tuple[str, ...]:
    """The document sets the shipped special-category second opinion learned from
    (detectors/data/special/learned.json, meta "sets"): on them its category and
    sickness-diagnosis figures are training figures, not a measure."""
    from detectors.special_learned import load_learned

    return tuple(load_learned().model.meta.get("sets", ()))


def print_special_cv() -> None:
    """The leave-one-set-out figures of the special-category second opinion, as the trainer
    measured them (train on all sets but one, score the one left out: a measure)."""
    from detectors.special_learned import load_learned

    print("\n== special categories and sickness-diagnosis, leave-one-set-out (rules alone / "
          "rules with the learned second opinion; detectors/data/special/train_learned.py)")
    print("\n".join(load_learned().model.meta.get("leave_one_set_out", [])))


def print_document_set(name: str, r: dict[str, Any], cv: bool = False) -> None:
    state = "DEV: looked at while tuning" if name in DEV else "blind"
    if name in TRAIN:
        state += ("; leave-one-set-out: type model trained on the other TRAIN sets" if cv else
                  "; TRAIN: the type model learned from it, type figures are training figures")
    if name in special_trained():
        state += "; SPECIAL TRAIN: categories and diagnosis are training figures"
    print(f"\n== blind set {name} (documents: {r['documents']}; {state})")
    print(f"document type accuracy {r['accuracy']:.3f}; cv precision {r['cv_precision']:.3f}")
    kept = r["kept"]
    if kept["documents"] != r["documents"]:
        print(f"  without the {r['documents'] - kept['documents']} documents typed by another "
              f"convention (conventions.toml): accuracy {kept['accuracy']:.3f}; "
              f"cv precision {kept['cv_precision']:.3f}")
    print(HEAD)
    for k, s in r["scores"].items():
        print(_row(k, s))
        if r["scores_kept"][k] != s:
            print(_row("  without another convention's", r["scores_kept"][k]))
    flagged, negatives = r["hard_negatives"]
    print(f"hard-negative documents flagged with a special category: {flagged} of {negatives}")
    if "--confusion" in sys.argv or cv:
        print_confusion(r["confusion"])


def print_confusion(confusion: Counter[tuple[str, str]]) -> None:
    """The document-type confusion matrix (labelled type by row, classified by column) and
    its wrong pairs, most frequent first."""
    labels = sorted({t for pair in confusion for t in pair})
    print("truth \\ predicted".ljust(22) + "".join(lab[:8].rjust(9) for lab in labels))
    for want in labels:
        print(want.ljust(22) + "".join(str(confusion[(want, got)]).rjust(9) for got in labels))
    wrong = [(pair, n) for pair, n in confusion.most_common() if pair[0] != pair[1] and n]
    print("confused: " + (", ".join(f"{w}->{g} {n}" for (w, g), n in wrong) or "none"))


def print_side_by_side(entity_sets: dict[str, dict[str, Score]]) -> None:
    """F1 per entity: our own snippet sets beside every blind set."""
    from tests.eval.eval_detectors import evaluate, load

    columns = {"own snippets": evaluate(load())[0], **entity_sets}
    entities = sorted({e for scores in entity_sets.values() for e in scores})
    print("\n== F1 side by side (own snippet sets, then blind sets)")
    width = max([20] + [len(c) + 2 for c in columns])  # "special-doctype-rules-10 raw"
    print(f"{'entity':22}" + "".join(f"{c:>{width}}" for c in columns))
    for e in entities:
        print(f"{e:22}" + "".join(
            f"{columns[c][e].f1:{width}.3f}" if e in columns[c] else f"{'-':>{width}}"
            for c in columns))


def fold_model(left_out: str) -> Any:
    """The document-type model trained on every TRAIN set but ``left_out``."""
    from detectors.data.learned.train import fit

    return fit([e for name in TRAIN if name != left_out for e in _examples(name)])


@cache
def _examples(name: str) -> list[Any]:
    """A TRAIN set read as the trainer reads it, once for every fold."""
    from detectors.data.learned.train import read_set

    return read_set(BLIND / name)


@contextmanager
def learned_model(model: Any) -> Iterator[None]:
    """The per-file pipeline classifies with ``model`` instead of the shipped one."""
    import scanner.policy.learned_type as learned

    shipped = learned.model
    setattr(learned, "model", lambda: model)  # noqa: B010
    try:
        yield
    finally:
        setattr(learned, "model", shipped)  # noqa: B010


def _document_extras(name: str, folder: Path, labels: list[dict[str, Any]],
                     links: Counter[str]) -> None:
    """``--diagnose`` and ``--links`` on a DEV document set (shapes and counts only)."""
    if "--diagnose" in sys.argv and name in DEV:
        from tests.eval.blind_diagnose import diagnose_documents

        diagnose_documents(folder, labels)
    if "--links" in sys.argv and name in DEV:
        from tests.eval.blind_diagnose import link_counts

        link_counts(folder, labels, links)


def _chosen(name: str) -> bool:
    """The sets asked for (``--sets a,b``; ``--dev-only``: the DEV sets), all by default."""
    if "--sets" in sys.argv:
        return name in sys.argv[sys.argv.index("--sets") + 1].split(",")
    return name in DEV if "--dev-only" in sys.argv else True


def main() -> None:
    if "--dev-only" in sys.argv or "--sets" in sys.argv:
        print("(only some sets: " + ("DEV sets" if "--dev-only" in sys.argv else "as asked") + ")")
    print(f"DEV sets (misses looked at as shapes while tuning, no longer blind): {', '.join(DEV)}")
    entity_sets: dict[str, dict[str, Score]] = {}
    links: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()  # document types, over the document sets
    for name, folder, labels in _sets():
        if not _chosen(name):
            continue
        # A document set may list some entities too (special-doctype-rules-7 lists BSNs), an
        # entity set may name document types (hr-identifiers-1): a document set has "special".
        if labels and "special" not in labels[0]:
            raw, piped = entity_scores(folder, labels), entity_scores(folder, labels, True)
            entity_sets[f"{name} raw"] = raw.scores
            entity_sets[f"{name} pipe"] = piped.scores
            print_entity_set(name, raw, piped)
            if "--diagnose" in sys.argv and name in DEV:
                from tests.eval.blind_diagnose import diagnose

                diagnose(folder, labels)
        else:
            cv = "--cv" in sys.argv and name in TRAIN
            with learned_model(fold_model(name)) if cv else nullcontext():
                scores = document_scores(folder, labels, conventions(name))
                print_document_set(name, scores, cv=cv)
                _document_extras(name, folder, labels, links)
            confusion.update(scores["confusion"])
    if "--cv" in sys.argv and confusion:
        print("\n== document types over the document sets above (leave-one-set-out for TRAIN)")
        print_confusion(confusion)
    if any(_chosen(name) for name in special_trained()):
        print_special_cv()
    if links:
        from tests.eval.blind_diagnose import print_link_counts

        print("== special-category terms left open by the rules, by evidence (DEV sets)")
        print_link_counts(links)
    print_side_by_side(entity_sets)


if __name__ == "__main__":
    main()
