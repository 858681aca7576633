"""Check a policy rule's keys and values against the SPEC's names; errors give file:line.

A rule that names an entity, document type or error code nobody produces matches nothing,
silently: a typo such as ``doc_types = ["cvv"]`` would switch a rule off. So every name is
checked against SPEC.md (the tuples in ``scanner.models``), and every value's type.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Any

from scanner.models import DOC_TYPES, ENTITIES, ERROR_CODES, SEVERITIES

KNOWN_RULES = (
    "bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv",
    "id-document-on-cv", "retention-candidate", "retention-id-copy", "retention-payroll",
    "retention-camera", "unscannable",
)
ACTIONS = ("reject", "warn", "report")
# key -> the names its list may hold (None: any non-empty string, checked elsewhere)
LIST_KEYS: dict[str, tuple[str, ...] | None] = {
    "entities": ENTITIES, "doc_types": DOC_TYPES, "except_doc_types": DOC_TYPES,
    "errors": ERROR_CODES, "allowed_locations": None, "labels": None, "except_terms": None,
    "own_domains": None, "doc_type_labels": None,
    "except_labels": None,
}
CHOICE_KEYS = {"severity": SEVERITIES, "elsewhere_severity": SEVERITIES, "action": ACTIONS}
TEXT_KEYS = ("statement", "retention")
BOOL_KEYS = ("enabled", "except_hr_records", "candidate_records", "hr_records")
RULE_KEYS = {*LIST_KEYS, *CHOICE_KEYS, *TEXT_KEYS, *BOOL_KEYS}


class PolicyError(Exception):
    """A policy file that cannot be used; the message names file, line and key."""


def check_rule(path: Path, text: str, rid: str, body: dict[str, Any]) -> None:
    """Raise PolicyError at the first unknown rule, key or name, or a value of the wrong type."""
    if rid not in KNOWN_RULES:
        raise PolicyError(where(path, text, rid, None, f"unknown rule '{rid}' (known: "
                                                       f"{', '.join(KNOWN_RULES)})"))
    for key, value in body.items():
        problem = _problem(key, value)
        if problem:
            bad, message = problem
            raise PolicyError(where(path, text, rid, key, f"rules.{rid}: {message}"
                                    if bad is None else f"rules.{rid}.{key}: {message}", bad))
    for key in ("candidate_records", "hr_records"):
        if body.get(key) is True and not _special_only(body.get("entities", [])):
            # the scan reads a document as a candidate document or a note about a worker
            # only for special categories
            raise PolicyError(where(path, text, rid, key,
                                    f"rules.{rid}.{key}: only for a rule of special "
                                    f"categories (entities SPECIAL_*)"))


def _special_only(entities: list[str]) -> bool:
    """Whether the rule names entities and every one of them is a special category."""
    return bool(entities) and all(
        k.startswith("SPECIAL_") for e in entities
        for k in ENTITIES if k == e or fnmatch.fnmatchcase(k, e))


def _problem(key: str, value: Any) -> tuple[str | None, str] | None:
    """(the offending value or None for the key itself, message), or None when fine."""
    if key not in RULE_KEYS:
        return None, f"unknown key '{key}' (known: {', '.join(sorted(RULE_KEYS))})"
    if key in CHOICE_KEYS:
        choices = CHOICE_KEYS[key]
        kind = "severity" if key.endswith("severity") else key
        message = f"bad {kind} {value!r} (one of {', '.join(choices)})"
        return None if value in choices else (str(value), message)
    if key in BOOL_KEYS:
        return None if isinstance(value, bool) else (None, f"{key} must be true or false")
    if key in TEXT_KEYS:
        return None if isinstance(value, str) else (None, f"{key} must be a string")
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return None, f"{key} must be a list of strings"
    known = LIST_KEYS[key]
    unknown = [v for v in value if known is not None and not _names_known(v, known)]
    if unknown:
        what = {"entities": "entity", "errors": "error code"}.get(key, "document type")
        return unknown[0], f"unknown {what} '{unknown[0]}' (known: {', '.join(known or ())})"
    return None


def _names_known(name: str, known: tuple[str, ...]) -> bool:
    """A name, or a glob such as SPECIAL_* that matches at least one known name."""
    return name in known or any(fnmatch.fnmatchcase(k, name) for k in known)


def where(path: Path, text: str, rid: str, key: str | None, message: str,
          value: str | None = None) -> str:
    """``file:line: message``, the line being the value's, else the key's in the rule's
    table, else the rule's header; ``file: message`` when none is found."""
    lines = text.splitlines()
    start = _section(lines, rid)
    n = None
    if start is not None:
        end = next((i for i in range(start + 1, len(lines))
                    if lines[i].lstrip().startswith("[")), len(lines))
        n = _first(lines, start, end, key, value) or start + 1
    else:
        n = _first(lines, 0, len(lines), key or rid, value)
    return f"{path}:{n}: {message}" if n else f"{path}: {message}"


def _section(lines: list[str], rid: str) -> int | None:
    header = re.compile(rf"^\s*\[\s*rules\s*\.\s*\"?{re.escape(rid)}\"?\s*\]")
    return next((i for i, ln in enumerate(lines) if header.match(ln)), None)


def _first(lines: list[str], start: int, end: int, key: str | None, value: str | None
           ) -> int | None:
    """1-based line of the value (searched from the key on), else of the key."""
    if key is None:
        return None
    pattern = re.compile(rf"(^|[.\[\s\"]){re.escape(key)}([\]\s=.\"]|$)")
    at = next((i for i in range(start, end) if pattern.search(lines[i])), None)
    if at is None:
        return None
    if value is not None:
        quoted = re.compile(rf"[\"']{re.escape(value)}[\"']")
        hit = next((i for i in range(at, end) if quoted.search(lines[i])), None)
        if hit is not None:
            return hit + 1
    return at + 1
