"""Data-subject search: a person's identifiers -> fingerprints -> every file in the index.

The values the DPO types are normalized and fingerprinted exactly as the scan does (SPEC:
Fingerprint) and never stored, printed or logged; only masked forms are shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from detectors.mask import mask
from detectors.normalize import normalize
from scanner.fingerprint import KEY_ENV, KeyProblem, fingerprint, key_file_for, load_key
from scanner.index import Index, NotAnIndex

OPTIONS = ("bsn", "iban", "email", "phone", "birthdate", "name")
ENTITY = {"bsn": "NL_BSN", "iban": "IBAN_CODE", "email": "EMAIL_ADDRESS",
          "phone": "PHONE_NUMBER", "birthdate": "DATE_OF_BIRTH", "name": "PERSON"}


class SubjectError(Exception):
    """A value that cannot be searched; the message names the option, never the value."""


@dataclass(frozen=True)
class Identifier:
    option: str
    entity: str
    fingerprint: str
    masked: str


@dataclass(frozen=True)
class SubjectHit:
    path: str
    member: str | None
    locations: tuple[str, ...]
    entities: tuple[str, ...]
    doc_type: str
    modified: str
    matched: int  # how many of the given identifiers this file holds
    weak: bool  # matched on names only


def subject_key(db_path: Path) -> bytes:
    import os

    if not os.environ.get(KEY_ENV) and not key_file_for(db_path).exists():
        raise SubjectError(f"no key: set {KEY_ENV} to the key the scan used")
    try:
        return load_key(db_path)
    except KeyProblem as e:
        raise SubjectError(str(e)) from None


def identifiers(values: Mapping[str, Sequence[str]], key: bytes) -> list[Identifier]:
    """Normalize and fingerprint every given value; raises SubjectError for an invalid one."""
    out = []
    for option in OPTIONS:
        for value in values.get(option, ()):
            entity = ENTITY[option]
            norm = normalize(entity, value)
            if not norm:
                raise SubjectError(f"--{option}: not a valid {entity} value")
            out.append(Identifier(option, entity, fingerprint(key, entity, norm), mask(norm)))
    if not out:
        raise SubjectError("give at least one of " + ", ".join(f"--{o}" for o in OPTIONS))
    return out


def header(ids: Sequence[Identifier]) -> list[tuple[str, str]]:
    return [(i.option, i.masked) for i in ids]


def find_subject(db_path: Path, ids: Sequence[Identifier]) -> list[SubjectHit]:
    if not db_path.exists():
        raise SubjectError(f"no index at {db_path}")
    try:
        index = Index(db_path)
        try:
            rows = index.by_fingerprints([i.fingerprint for i in ids])
        finally:
            index.close()
    except NotAnIndex as e:
        raise SubjectError(str(e)) from None
    except sqlite3.Error as e:  # not a database, damaged, locked: one line
        raise SubjectError(f"cannot read the index {db_path}: {e}") from None
    return rank(rows, ids)


def rank(rows: Sequence[tuple[str, ...]], ids: Sequence[Identifier]) -> list[SubjectHit]:
    """One hit per file (and member); files matched on more identifiers first."""
    by_fp = {i.fingerprint: i for i in ids}
    files: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for row in rows:
        files.setdefault((row[0], row[1] or ""), []).append(row)
    hits = []
    for (path, member), group in files.items():
        matched = {by_fp[r[4]] for r in group if r[4] in by_fp}
        hits.append(SubjectHit(
            path=path, member=member or None,
            locations=tuple(sorted({r[2] for r in group})),
            entities=tuple(sorted({r[3] for r in group})), doc_type=group[0][5],
            modified=group[0][6], matched=len(matched),
            weak=all(i.entity == "PERSON" for i in matched),
        ))
    return sorted(hits, key=lambda h: (-h.matched, h.weak, h.path, h.member or ""))
