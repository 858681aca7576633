"""Write data/entities_person_text.jsonl from the hand-marked src/person_text.txt.

    .venv/bin/python tests/eval/make_person_text_set.py

Each block of the source is one snippet: "id lang" on its first line, then the text with
every name marked [[like this]]. The marks become PERSON spans; the snippet is scoped to
PERSON, so any other capitalised word reported as a name is a false positive.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "src" / "person_text.txt"
TARGET = HERE / "data" / "entities_person_text.jsonl"
_MARK = re.compile(r"\[\[(.+?)\]\]")


def snippet(block: str) -> dict[str, object]:
    """One snippet: the text without marks and the PERSON span of every mark."""
    head, _, body = block.strip("\n").partition("\n")
    sid, lang = head.split()
    text, spans, pos = "", [], 0
    for m in _MARK.finditer(body):
        text += body[pos : m.start()]
        spans.append({"entity": "PERSON", "start": len(text), "end": len(text) + len(m[1])})
        text += m[1]
        pos = m.end()
    text += body[pos:]
    return {
        "id": f"person-text-{sid}", "lang": lang, "text": text, "entities": spans,
        "kind": "positive" if spans else "negative", "scope": ["PERSON"],
        "note": "running text, hand-marked (src/person_text.txt)",
    }


def main() -> None:
    lines = [s for s in SOURCE.read_text(encoding="utf-8").splitlines() if not s.startswith("#")]
    blocks = [b for b in re.split(r"^---$", "\n".join(lines), flags=re.MULTILINE) if b.strip()]
    rows = [json.dumps(snippet(b), ensure_ascii=False) for b in blocks]
    TARGET.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} snippets -> {TARGET.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
