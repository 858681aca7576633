"""Excel for a data-subject request: one row per file, with an action column (checklist)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from reports.cells import safe, save_atomically

if TYPE_CHECKING:
    from scanner.subject import SubjectHit

COLUMNS = {
    "nl": ["Bestand", "Onderdeel", "Locaties", "Entiteiten", "Documenttype", "Gewijzigd",
           "Aantal identificatoren", "Zwak bewijs", "Actie"],
    "en": ["File", "Member", "Locations", "Entities", "Document type", "Modified",
           "Identifiers matched", "Weak evidence", "Action taken"],
}
ACTIONS = {"nl": "geen,ingezien,verwijderd,gecorrigeerd,overgedragen",
           "en": "none,inspected,deleted,rectified,transferred"}


def write_subject_report(path: Path, head: Sequence[tuple[str, str]],
                         hits: Sequence[SubjectHit], lang: str = "nl") -> None:
    """The header shows masked search values only; written atomically, mode 0600."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Betrokkene" if lang == "nl" else "Data subject"
    ws.append(["Zoekopdracht" if lang == "nl" else "Search",
               ", ".join(f"--{o} {m}" for o, m in head)])
    ws.append([])
    ws.append(COLUMNS[lang])
    for h in hits:
        ws.append([safe(h.path), safe(h.member or ""), safe(", ".join(h.locations)),
                   ", ".join(h.entities), h.doc_type, h.modified[:10], h.matched,
                   "ja" if h.weak and lang == "nl" else ("yes" if h.weak else ""), ""])
    dv = DataValidation(type="list", formula1=f'"{ACTIONS[lang]}"', allow_blank=True)
    dv.add(f"I4:I{max(4, 3 + len(hits))}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "A4"
    save_atomically(wb, path)
