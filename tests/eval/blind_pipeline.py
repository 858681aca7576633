"""Entity sets scored through the product: each document as a file through scanner.scan_item.

detect() on a document's raw text (eval_blind.score_entities) never sees what the extractor
does first: a table read as a table, each cell labelled by its column header. Here every
document goes through the real per-file pipeline (extract, incl. table reading; classify;
detect), and its findings are matched to the labels **by value per document**, since a
finding's location is a table cell, not an offset of the raw text:

- each labelled text is normalized as the SPEC normalizes it (detectors.normalize) and
  fingerprinted with the scan's key: the set of (entity, fingerprint) a document should give;
- a finding is a true positive when its (entity, fingerprint) is in that set, a false
  positive otherwise (a labelled decoy found counts as one, and as a decoy reported);
- a labelled value no finding has is a false negative.

Counts are distinct values per document (a BSN written three times is one value). A PERSON
finding also matches a labelled name it is a run of words of ("de Vries" found where "Jan de
Vries" is labelled), as a detection inside a labelled span counts in the raw-text column.
A labelled text that does not normalize (a date no parser reads) stays a false negative.
Values live in memory only; nothing here prints a text or a value.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from scanner.fingerprint import fingerprint

KEY = b"eval-key-not-secret"


def value_prints(entity: str, text: str) -> set[str]:
    """The fingerprints a labelled text may be found as (a name: any run of its words)."""
    from detectors import normalize

    value = normalize(entity, text)
    if value is None:
        return set()
    runs = {value}
    if entity == "PERSON":
        words = value.split()
        runs |= {" ".join(words[i:j]) for i in range(len(words))
                 for j in range(i + 1, len(words) + 1)}
    return {fingerprint(KEY, entity, v) for v in runs}


def findings_of(folder: Path, label: dict[str, Any]) -> set[tuple[str, str]]:
    """(entity, fingerprint) of every finding the per-file pipeline makes of one document."""
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item
    from tests.eval.eval_blind import SCAN_TIME

    path = folder / "docs" / label["doc"]
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=SCAN_TIME)
    cfg = ScanConfig(key=KEY, policy_path=None, limits=Limits(), now=SCAN_TIME)
    return {(f.entity, f.fingerprint) for r in scan_item(item, data, cfg, [1 << 30])
            for f in r.findings if f.location != "file name"}


def score_document(folder: Path, label: dict[str, Any]) -> tuple[Counter[tuple[str, str]], int]:
    """(entity, tp|fp|fn) counts of distinct values in one document, and BSN decoys found."""
    scope = {x["entity"] for x in label["entities"] + label.get("decoys", [])}
    found = {(e, fp) for e, fp in findings_of(folder, label) if e in scope}
    wanted = [(lab["entity"], value_prints(lab["entity"], lab["text"])) for lab in label["entities"]]
    counts: Counter[tuple[str, str]] = Counter()
    # one count per distinct labelled value (its own fingerprint set)
    distinct = {(e, frozenset(p)) for e, p in wanted if p} | {
        (lab["entity"], frozenset({lab["text"]})) for lab in label["entities"]
        if not value_prints(lab["entity"], lab["text"])}
    for entity, prints in distinct:
        counts[(entity, "tp" if any((entity, p) in found for p in prints) else "fn")] += 1
    matched = {(e, p) for e, prints in wanted for p in prints}
    counts.update((e, "fp") for e, p in found if (e, p) not in matched)
    decoys = {("NL_BSN", p) for d in label.get("decoys", []) if d["entity"] == "NL_BSN"
              for p in value_prints("NL_BSN", d["text"])}
    return counts, len((found & decoys) - matched)
