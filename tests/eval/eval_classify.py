"""Document classification on the labelled set: accuracy, cv precision, confusion matrix."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scanner.models import SourceItem, TextChunk
from scanner.policy import classify

DATA = Path(__file__).with_name("data") / "docs.jsonl"


def evaluate() -> tuple[float, float, Counter[tuple[str, str]]]:
    pairs: Counter[tuple[str, str]] = Counter()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        item = SourceItem(path=f"/share/{doc['name']}", member=None, size=len(doc["text"]),
                          modified=datetime.now(UTC))
        got, _ = classify(item, [TextChunk(doc["text"], "body")])
        pairs[(doc["doc_type"], got)] += 1
    total = sum(pairs.values())
    accuracy = sum(n for (want, got), n in pairs.items() if want == got) / total
    cv_pred = sum(n for (_, got), n in pairs.items() if got == "cv")
    cv_precision = pairs[("cv", "cv")] / cv_pred if cv_pred else 0.0
    return accuracy, cv_precision, pairs


def main() -> None:
    accuracy, cv_precision, pairs = evaluate()
    labels = sorted({t for pair in pairs for t in pair})
    print(f"{sum(pairs.values())} documents; accuracy {accuracy:.3f}; cv precision "
          f"{cv_precision:.3f}\n")
    print("truth \\ predicted".ljust(22) + "".join(lab[:8].rjust(9) for lab in labels))
    for want in labels:
        print(want.ljust(22) + "".join(str(pairs[(want, got)]).rjust(9) for got in labels))


if __name__ == "__main__":
    main()
