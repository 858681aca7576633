"""Document classification on the labelled sets: accuracy, cv precision, confusion matrix.

``docs.jsonl`` is the generated set of every document type; ``docs_confusions.jsonl`` holds
the kinds the first classifier confused (letters, texts about CVs, minutes that mention
absence, e-mails, exports). ``--show-errors`` lists each miss by id and kind.
"""

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
CONFUSIONS = Path(__file__).with_name("data") / "docs_confusions.jsonl"
SETS = (DATA, CONFUSIONS)


def classified(path: Path = DATA) -> list[tuple[dict[str, str], str]]:
    """Each labelled document with the type the classifier gives it."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        item = SourceItem(path=f"/share/{doc['name']}", member=None, size=len(doc["text"]),
                          modified=datetime.now(UTC))
        out.append((doc, classify(item, [TextChunk(doc["text"], "body")])[0]))
    return out


def evaluate(path: Path = DATA) -> tuple[float, float, Counter[tuple[str, str]]]:
    pairs: Counter[tuple[str, str]] = Counter(
        (doc["doc_type"], got) for doc, got in classified(path))
    total = sum(pairs.values())
    accuracy = sum(n for (want, got), n in pairs.items() if want == got) / total
    cv_pred = sum(n for (_, got), n in pairs.items() if got == "cv")
    cv_precision = pairs[("cv", "cv")] / cv_pred if cv_pred else 1.0
    return accuracy, cv_precision, pairs


def main() -> None:
    for path in SETS:
        accuracy, cv_precision, pairs = evaluate(path)
        labels = sorted({t for pair in pairs for t in pair})
        print(f"\n== {path.name}: {sum(pairs.values())} documents; accuracy {accuracy:.3f}; "
              f"cv precision {cv_precision:.3f}\n")
        print("truth \\ predicted".ljust(22) + "".join(lab[:8].rjust(9) for lab in labels))
        for want in labels:
            print(want.ljust(22) + "".join(str(pairs[(want, got)]).rjust(9) for got in labels))
        if "--show-errors" in sys.argv:
            for n, (doc, got) in enumerate(classified(path)):
                if got != doc["doc_type"]:
                    print(f"  #{n} {doc.get('kind', '')}: {doc['doc_type']} -> {got}")


if __name__ == "__main__":
    main()
