"""Data-subject search (issue 9): every file in the index that holds one person.

The DPO's values are normalized and fingerprinted exactly as the scan does (SPEC:
Fingerprint) and looked up by fingerprint; the values themselves are kept only in memory and
leave this module masked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from detectors.mask import mask
from detectors.normalize import normalize
from scanner.fingerprint import KEY_ENV, fingerprint, key_file_for, load_key
from scanner.index import Index

# CLI option -> SPEC entity.
OPTIONS = {
    "bsn": "NL_BSN",
    "iban": "IBAN_CODE",
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "birthdate": "DATE_OF_BIRTH",
    "name": "PERSON",
}
WEAK_ENTITIES = frozenset({"PERSON"})  # a name alone is not proof it is this person


class SubjectError(Exception):
    """A bad request; the message names the option, never the value."""


@dataclass(frozen=True)
class Identifier:
    option: str
    entity: str
    masked: str
    fingerprint: str = field(repr=False)


@dataclass(frozen=True)
class SubjectHit:
    """One file (or archive member / attachment) holding at least one of the identifiers."""

    path: str
    member: str | None
    locations: tuple[str, ...]
    entities: tuple[str, ...]
    doc_type: str
    modified: str
    matched: int  # how many of the given identifiers occur in the file
    weak: bool  # matched on a name only


def identifiers(values: Mapping[str, Iterable[str]], key: bytes) -> list[Identifier]:
    """Normalize and fingerprint each value; ``SubjectError`` for an invalid one."""
    out: list[Identifier] = []
    for option, given in values.items():
        entity = OPTIONS[option]
        for value in given:
            normalized = normalize(entity, value)
            if not normalized:
                raise SubjectError(f"--{option}: not a valid {entity} (the value is not shown)")
            out.append(Identifier(option, entity, mask(normalized),
                                  fingerprint(key, entity, normalized)))
    if not out:
        raise SubjectError("give at least one of " + ", ".join(f"--{o}" for o in OPTIONS))
    return out


def subject_key(db_path: Path) -> bytes:
    """The index's key; never creates one (a new key would silently find nothing)."""
    import os

    if not os.environ.get(KEY_ENV) and not key_file_for(db_path).exists():
        raise SubjectError(f"{KEY_ENV} is not set and there is no key beside {db_path}")
    return load_key(db_path)


def find_subject(db_path: Path, ids: Sequence[Identifier]) -> list[SubjectHit]:
    """Every current file holding one of ``ids``, best evidence first."""
    if not db_path.is_file():
        raise SubjectError(f"no index at {db_path}: run `privacyscan scan` first")
    index = Index(db_path)
    try:
        rows = index.by_fingerprints(sorted({i.fingerprint for i in ids}))
    finally:
        index.close()
    return rank(rows, ids)


def rank(rows: Iterable[Sequence[str]], ids: Sequence[Identifier]) -> list[SubjectHit]:
    """Group finding rows per file; more identifiers matched first, name-only matches last."""
    by_fp = {i.fingerprint: i for i in ids}
    files: dict[tuple[str, str], dict[str, object]] = {}
    for path, member, location, entity, fp, doc_type, modified in rows:
        f = files.setdefault((path, member or ""), {
            "locations": [], "entities": set(), "ids": set(), "doc_type": doc_type,
            "modified": modified,
        })
        if location not in f["locations"]:  # type: ignore[operator]
            f["locations"].append(location)  # type: ignore[attr-defined]
        f["entities"].add(entity)  # type: ignore[attr-defined]
        f["ids"].add(by_fp[fp])  # type: ignore[attr-defined]
    hits = [_hit(path, member, f) for (path, member), f in files.items()]
    return sorted(hits, key=lambda h: (-h.matched, h.weak, h.path, h.member or ""))


def _hit(path: str, member: str, f: dict[str, object]) -> SubjectHit:
    matched: set[Identifier] = f["ids"]  # type: ignore[assignment]
    return SubjectHit(
        path=path, member=member or None,
        locations=tuple(f["locations"]),  # type: ignore[call-overload]
        entities=tuple(sorted(f["entities"])),  # type: ignore[call-overload]
        doc_type=str(f["doc_type"]), modified=str(f["modified"]), matched=len(matched),
        weak=all(i.entity in WEAK_ENTITIES for i in matched),
    )


def header(ids: Sequence[Identifier]) -> list[tuple[str, str]]:
    """(option, masked value) pairs for a report header.

    >>> header([Identifier("bsn", "NL_BSN", "******333", "ab")])
    [('bsn', '******333')]
    """
    return [(i.option, i.masked) for i in ids]
