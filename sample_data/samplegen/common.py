"""Shared constants and the plan records (Block, Doc) of the sample share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

SEED = 20240105
# The day the sample share is a snapshot of: every date in it (birth dates, document and
# member dates, the mtimes of --touch) comes from the seed and this day, never from the
# clock, so the files and the demo's findings are the same on any day (scan --as-of it).
REFERENCE_DATE = date(2024, 6, 1)
# Fixed timestamps so regenerating never churns git (zip entries, docProps, PDF info).
FIXED_DT = datetime(2024, 1, 5, 9, 0, 0)
ZIP_DT = (2024, 1, 5, 9, 0, 0)
COMPANY = "Connect-Me-Group B.V."
COMPANY_ADDR = "Daalwijkdreef 47, 1103 AD Amsterdam Zuidoost"
COMPANY_KVK = "71380973"  # from the privacy statement
# The employer's loonheffingennummer starts with its RSIN, which passes the 11-check: a
# decoy on every payslip, next to the real BSN.
COMPANY_RSIN = "859712345"
MRZ_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
TEXT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TEXT_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Entities whose raw values planted_values() returns (identifiers, plus the decoys).
IDENTIFIERS = (
    "NL_BSN",
    "IBAN_CODE",
    "NL_ID_DOCUMENT",
    "NL_VAT",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "DECOY_NUMBER",
)


@dataclass(frozen=True)
class Block:
    """One piece of document layout: heading, paragraph, key/value list, bullets, table."""

    kind: str  # "title" | "h" | "p" | "kv" | "bullets" | "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Doc:
    """A planned document: where it goes, its ground truth and how to render it."""

    path: str
    doc_type: str
    fmt: str
    lang: str = "nl"
    planted: list[tuple[str, str]] = field(default_factory=list)
    specials: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    decoy_terms: list[str] = field(default_factory=list)
    age_days: int = 30
    notes: str = ""
    members: list[Doc] = field(default_factory=list)
    render: Callable[[], bytes] = field(default=lambda: b"", repr=False)

    def manifest(self) -> dict[str, object]:
        """Ground truth without raw values: entity names with occurrence counts."""
        counts = Counter(e for e, _ in self.planted if e != "DECOY_NUMBER") + Counter(self.specials)
        out: dict[str, object] = {
            "path": self.path,
            "doc_type": self.doc_type,
            "format": self.fmt,
            "lang": self.lang,
            "entities": dict(sorted(counts.items())),
            "decoys": sum(1 for e, _ in self.planted if e == "DECOY_NUMBER"),
            "decoy_terms": self.decoy_terms,
            "rules": sorted(set(self.rules)),
            "age_days": self.age_days,
            "notes": self.notes,
        }
        if self.members:
            out["members"] = [
                {k: v for k, v in m.manifest().items() if k != "age_days"} for m in self.members
            ]
        return out
