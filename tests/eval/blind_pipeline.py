"""Entity sets scored through the product: each document as a file through scanner.scan_item.

detect() on a document's raw text (eval_blind.score_entities) never sees what the extractor
does first: a table read as a table, each cell labelled by its column header. Here every
document goes through the real per-file pipeline (extract, incl. table reading; classify;
detect), and its findings are matched to the labels **by value per document**, since a
finding's location is a table cell, not an offset of the raw text:

- each labelled text is normalized as the SPEC normalizes it (detectors.normalize): the
  set of (entity, value) a document should give;
- the pipeline's findings are noted as (entity, normalized value) where it fingerprints
  them (in memory; the file name is not searched, as the raw-text column never sees it);
- a labelled value some finding has is a true positive, else a false negative; a found
  value no label has is a false positive (a labelled decoy found counts as one, and as a
  decoy reported).

Counts are distinct values per document (a BSN written three times is one value). A PERSON
value matches a labelled name when either is a run of the other's words ("de vries" found
where "Jan de Vries" is labelled, "dhr. jansen" where "Jansen" is), as a detection that
overlaps a labelled span counts in the raw-text column. A labelled text that does not
normalize (a date no parser reads) stays a false negative. Nothing here prints a text or a
value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

KEY = b"eval-key-not-secret"


def _words(value: str) -> tuple[str, ...]:
    return tuple(value.replace(",", " ").split())


def _inside(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def same_value(entity: str, found: str, label: str) -> bool:
    """A finding's normalized value is the labelled one; for a name, either is a run of
    the other's words ("de vries" in "jan de vries", "dhr. jansen" around "jansen"), as a
    detection overlapping a labelled span counts in the raw-text column."""
    if entity != "PERSON":
        return found == label
    f, lab = _words(found), _words(label)
    return bool(f and lab) and (_inside(f, lab) or _inside(lab, f))


def value_prints(entity: str, text: str) -> set[str]:
    """The normalized value of a labelled text (empty when it does not normalize). A label
    that takes its cue word along ("geboren op 3-2-1990", "born 2 May 1990": the raw-text
    column counts it by overlap) is read from the longest run of its words that normalizes,
    then of its words without the brackets around them.

    >>> value_prints("DATE_OF_BIRTH", "geboren op 3-2-1990")
    {'1990-02-03'}
    >>> value_prints("DATE_OF_BIRTH", "geboortedatum (12-03-1990)")
    {'1990-03-12'}
    """
    from detectors import normalize

    for words in (text.split(), [w.strip("()[]{},;:") for w in text.split()]):
        # (then without brackets around a word: "geboortedatum (12-03-1990)")
        runs = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                      key=lambda run: run[0] - run[1])
        for i, j in runs:
            value = normalize(entity, " ".join(words[i:j]))
            if value is not None:
                return {value}
    return set()


@contextmanager
def _recording(seen: set[tuple[str, str]]) -> Iterator[None]:
    """Note each (entity, normalized value) the pipeline fingerprints, in memory only; the
    file name is not searched (the raw-text column never sees it either)."""
    import scanner.scan_item as stage

    real, names = getattr(stage, "fingerprint"), getattr(stage, "name_findings")  # noqa: B009

    def noting(key: bytes, entity: str, normalized: str) -> str:
        seen.add((entity, normalized))
        return str(real(key, entity, normalized))

    setattr(stage, "fingerprint", noting)  # noqa: B010
    setattr(stage, "name_findings", lambda *_: [])  # noqa: B010
    try:
        yield
    finally:
        setattr(stage, "fingerprint", real)  # noqa: B010
        setattr(stage, "name_findings", names)  # noqa: B010


def findings_of(folder: Path, label: dict[str, Any]) -> set[tuple[str, str]]:
    """(entity, normalized value) of every finding the per-file pipeline makes of one
    document (not of its file name)."""
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item
    from tests.eval.eval_blind import SCAN_TIME

    path = folder / "docs" / label["doc"]
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=SCAN_TIME)
    cfg = ScanConfig(key=KEY, policy_path=None, limits=Limits(), now=SCAN_TIME)
    seen: set[tuple[str, str]] = set()
    with _recording(seen):
        for _ in scan_item(item, data, cfg, [1 << 30]):
            pass
    return seen


def score_document(folder: Path, label: dict[str, Any]) -> tuple[Counter[tuple[str, str]], int]:
    """(entity, tp|fp|fn) counts of distinct values in one document, and BSN decoys found."""
    scope = {x["entity"] for x in label["entities"] + label.get("decoys", [])}
    found = {(e, v) for e, v in findings_of(folder, label) if e in scope}
    wanted = {(lab["entity"], v) for lab in label["entities"]
              for v in value_prints(lab["entity"], lab["text"])}
    unreadable = {(lab["entity"], lab["text"]) for lab in label["entities"]
                  if not value_prints(lab["entity"], lab["text"])}
    counts: Counter[tuple[str, str]] = Counter()
    for entity, value in wanted:
        hit = any(e == entity and same_value(e, v, value) for e, v in found)
        counts[(entity, "tp" if hit else "fn")] += 1
    counts.update((e, "fn") for e, _ in unreadable)
    stray = {(e, v) for e, v in found
             if not any(w == e and same_value(e, v, x) for w, x in wanted)}
    counts.update((e, "fp") for e, _ in stray)
    decoys = {("NL_BSN", v) for d in label.get("decoys", []) if d["entity"] == "NL_BSN"
              for v in value_prints("NL_BSN", d["text"])}
    return counts, len(stray & decoys)
