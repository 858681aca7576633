"""Excel for a data-subject request: the search (masked) and one row per file with an
action column (checklist), in the layout of every DPO sheet (reports/sheets.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl.worksheet.datavalidation import DataValidation

from reports.cells import save_atomically, streamed_workbook
from reports.labels import Words
from reports.sheets import Layout, SheetWriter, add_styles

if TYPE_CHECKING:
    from scanner.subject import SubjectHit


def write_subject_report(path: Path, head: Sequence[tuple[str, str]],
                         hits: Sequence[SubjectHit], lang: str = "nl") -> None:
    """The search shows masked values only; written atomically, mode 0600."""
    words = Words(lang)
    text = words["subject"]
    made = words.time(datetime.now().astimezone())
    with streamed_workbook() as wb:
        add_styles(wb, words)
        searched = ", ".join(f"{text['options'].get(o, o)}: {m}" for o, m in head)
        search = SheetWriter(wb, text["search_sheet"], Layout([text["search"], searched],
                                                              max_width={1: 80}),
                             words, made, autofilter=False)
        search.append([text["found"], len(hits)])
        if hits and all(h.weak for h in hits):
            search.append([text["weak_note"], None])
        search.close()
        files = SheetWriter(wb, text["files_sheet"], Layout(
            text["cols"], wrap=frozenset({1, 2, 3}), styles={5: "date"},
            max_width={0: 60, 1: 30, 2: 30, 3: 30}), words, made)
        dv = DataValidation(type="list", formula1='"' + ",".join(text["actions"]) + '"',
                            allow_blank=True, showErrorMessage=True)
        dv.add(f"I2:I{max(2, 1 + len(hits))}")
        files.ws.data_validations.append(dv)
        for h in hits:
            files.append([h.path, h.member, ", ".join(words.phrase(x) for x in h.locations),
                          words.codes("entity", h.entities), words.code("doc_type", h.doc_type),
                          datetime.fromisoformat(h.modified) if h.modified else None, h.matched,
                          words["yes"] if h.weak else None, None])
        files.close()
        save_atomically(wb, path)
