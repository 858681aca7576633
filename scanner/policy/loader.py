"""Load and validate a policy TOML (built-in default or a DPO's copy) into a typed Policy.

Errors name the file, the line and the key, so `privacyscan policy check` can point at them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

DEFAULT_POLICY = Path(__file__).with_name("default.toml")
KNOWN_RULES = (
    "bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv",
    "id-document-on-cv", "retention-candidate", "retention-id-copy", "retention-payroll",
    "retention-camera", "unscannable",
)
SEVERITIES = ("high", "medium", "low", "info")
ACTIONS = ("reject", "warn", "report")
RULE_KEYS = {
    "severity", "elsewhere_severity", "entities", "doc_types", "except_doc_types",
    "allowed_locations", "action", "statement", "retention", "errors", "enabled",
}
DURATION = re.compile(r"^\s*(\d+)\s*([dwy])\s*$")
UNIT_DAYS = {"d": 1, "w": 7, "y": 365}


class PolicyError(Exception):
    """A policy file that cannot be used; the message names file, line and key."""


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    statement: str
    enabled: bool = True
    entities: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    except_doc_types: tuple[str, ...] = ()
    allowed_locations: tuple[str, ...] = ()
    action: str = "report"
    retention: timedelta | None = None
    errors: tuple[str, ...] = ()
    elsewhere_severity: str | None = None


@dataclass(frozen=True)
class Policy:
    source: str
    rules: dict[str, Rule] = field(default_factory=dict)

    def rule(self, rule_id: str) -> Rule | None:
        r = self.rules.get(rule_id)
        return r if r is not None and r.enabled else None

    def to_toml(self) -> str:
        """The policy as TOML a DPO can copy and edit (`policy show`)."""
        return Path(self.source).read_text(encoding="utf-8")


def parse_duration(text: str) -> timedelta:
    """'730d', '4w', '2y' (a year is 365 days).

    >>> parse_duration("4w").days
    28
    """
    m = DURATION.match(text)
    if not m:
        raise ValueError(f"bad duration {text!r}: use a number and d, w or y, e.g. '2y'")
    return timedelta(days=int(m.group(1)) * UNIT_DAYS[m.group(2)])


def load_policy(path: str | Path | None = None) -> Policy:
    """The built-in default policy, or a user's policy merged over it key by key: a rule
    they leave out keeps the default, and ``[rules.bsn-on-cv] severity = "medium"`` changes
    only that rule's severity. Raises PolicyError."""
    default_text, default = _read(DEFAULT_POLICY)
    rules = {rid: _rule(DEFAULT_POLICY, default_text, rid, body)
             for rid, body in default.get("rules", {}).items()}
    if path is None:
        return Policy(str(DEFAULT_POLICY), rules)
    text, user = _read(Path(path))
    for rid, body in user.get("rules", {}).items():
        rules[rid] = _rule(Path(path), text, rid, {**default["rules"].get(rid, {}), **body})
    return Policy(str(path), rules)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PolicyError(f"{path}: {e}") from e
    unknown = set(data) - {"rules"}
    if unknown:
        raise PolicyError(_where(path, text, min(unknown), "unknown section"))
    return text, data


def _rule(path: Path, text: str, rid: str, body: dict[str, Any]) -> Rule:
    if rid not in KNOWN_RULES:
        raise PolicyError(_where(path, text, rid, f"unknown rule '{rid}' (known: "
                                                  f"{', '.join(KNOWN_RULES)})"))
    for key in body:
        if key not in RULE_KEYS:
            raise PolicyError(_where(path, text, key, f"rules.{rid}: unknown key '{key}'"))
    for key in ("severity", "elsewhere_severity"):
        if key in body and body[key] not in SEVERITIES:
            raise PolicyError(_where(path, text, key, f"rules.{rid}.{key}: bad severity "
                                                      f"{body[key]!r} (one of {SEVERITIES})"))
    if "action" in body and body["action"] not in ACTIONS:
        raise PolicyError(_where(path, text, "action", f"rules.{rid}.action: one of {ACTIONS}"))
    for glob in body.get("allowed_locations", []):
        if not isinstance(glob, str) or not glob or "\x00" in glob or glob.count("[") != \
                glob.count("]"):
            raise PolicyError(_where(path, text, "allowed_locations",
                                     f"rules.{rid}.allowed_locations: bad glob {glob!r}"))
    retention = None
    if "retention" in body:
        try:
            retention = parse_duration(str(body["retention"]))
        except ValueError as e:
            raise PolicyError(_where(path, text, "retention", f"rules.{rid}.retention: {e}"))
    return Rule(
        id=rid, severity=body.get("severity", "medium"), statement=body.get("statement", ""),
        enabled=bool(body.get("enabled", True)), entities=tuple(body.get("entities", ())),
        doc_types=tuple(body.get("doc_types", ())),
        except_doc_types=tuple(body.get("except_doc_types", ())),
        allowed_locations=tuple(body.get("allowed_locations", ())),
        action=body.get("action", "report"), retention=retention,
        errors=tuple(body.get("errors", ())), elsewhere_severity=body.get("elsewhere_severity"),
    )


def _where(path: Path, text: str, key: str, message: str) -> str:
    """Prefix the message with the first line mentioning the key."""
    for n, line in enumerate(text.splitlines(), 1):
        if re.search(rf"(^|[.\[\s\"]){re.escape(key)}([\]\s=.\"]|$)", line):
            return f"{path}:{n}: {message}"
    return f"{path}: {message}"
