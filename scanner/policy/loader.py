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

from scanner.policy.validate import KNOWN_RULES, PolicyError, check_rule, where

__all__ = ["DEFAULT_POLICY", "KNOWN_RULES", "Policy", "PolicyError", "Rule", "load_policy",
           "parse_duration"]

DEFAULT_POLICY = Path(__file__).with_name("default.toml")
DURATION = re.compile(r"^\s*(\d+)\s*([dwy])\s*$")
UNIT_DAYS = {"d": 1, "w": 7, "y": 365}
TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


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
    labels: tuple[str, ...] = ()  # field labels under which the rule holds in any document
    except_hr_records: bool = False  # not in payroll/HR records of any type (a timesheet)
    # at `severity` in any candidate document (an intake report, a screening summary), not
    # only in its `doc_types` (candidate_records.toml)
    candidate_records: bool = False
    # at `severity` in any payroll/HR record (hr_records.toml: a payslip, a contract, an HR
    # note of a talk, an e-mail to HR about a worker), not only in its `doc_types`
    hr_records: bool = False
    # terms that never break the rule, however the document reads ("zwangerschapsverlof":
    # a pregnancy says why someone is away, it names no illness)
    except_terms: tuple[str, ...] = ()
    # field labels that hold the rule even in its `except_doc_types`: a document mis-typed as
    # a CV still records a sickness under "Diagnose:"
    doc_type_labels: tuple[str, ...] = ()
    # field labels under which the rule never holds: a relative's health ("naaste")
    except_labels: tuple[str, ...] = ()
    # the organisation's own mail domains (bsn-outside-hr): a mail from one of them to
    # another organisation's domain has left the personnel file (hr_record.between_organisations)
    own_domains: tuple[str, ...] = ()


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
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        reason = "not UTF-8 text" if isinstance(e, UnicodeDecodeError) else \
            (e.strerror or type(e).__name__).lower()
        raise PolicyError(f"{path}: cannot read the policy: {reason}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = TOML_LINE.search(str(e))
        message = TOML_LINE.sub("", str(e)).strip()
        raise PolicyError(f"{path}:{line.group(1)}: {message}" if line else f"{path}: {e}"
                          ) from None
    unknown = set(data) - {"rules"}
    if unknown:
        raise PolicyError(where(path, text, "", min(unknown), f"unknown section "
                                                             f"'{min(unknown)}' (known: rules)"))
    if not isinstance(data.get("rules", {}), dict):
        raise PolicyError(where(path, text, "", "rules", "rules must be a table"))
    for rid, body in data.get("rules", {}).items():
        if not isinstance(body, dict):
            raise PolicyError(where(path, text, rid, None, f"rules.{rid} must be a table"))
    return text, data


def _rule(path: Path, text: str, rid: str, body: dict[str, Any]) -> Rule:
    check_rule(path, text, rid, body)
    for glob in body.get("allowed_locations", []):
        if "\x00" in glob or glob.count("[") != glob.count("]"):
            raise PolicyError(where(path, text, rid, "allowed_locations",
                                    f"rules.{rid}.allowed_locations: bad glob {glob!r}", glob))
    retention = None
    if "retention" in body:
        try:
            retention = parse_duration(str(body["retention"]))
        except ValueError as e:
            raise PolicyError(where(path, text, rid, "retention",
                                    f"rules.{rid}.retention: {e}")) from None
    return Rule(
        id=rid, severity=body.get("severity", "medium"), statement=body.get("statement", ""),
        enabled=bool(body.get("enabled", True)),
        except_hr_records=bool(body.get("except_hr_records", False)),
        candidate_records=bool(body.get("candidate_records", False)),
        hr_records=bool(body.get("hr_records", False)),
        entities=tuple(body.get("entities", ())),
        doc_types=tuple(body.get("doc_types", ())),
        except_doc_types=tuple(body.get("except_doc_types", ())),
        allowed_locations=tuple(body.get("allowed_locations", ())),
        action=body.get("action", "report"), retention=retention,
        errors=tuple(body.get("errors", ())), elsewhere_severity=body.get("elsewhere_severity"),
        labels=tuple(str(x).lower() for x in body.get("labels", ())),
        except_terms=tuple(str(x).lower() for x in body.get("except_terms", ())),
        doc_type_labels=tuple(str(x).lower() for x in body.get("doc_type_labels", ())),
        except_labels=tuple(str(x).lower() for x in body.get("except_labels", ())),
        own_domains=tuple(str(x).lower().strip(".") for x in body.get("own_domains", ())),
    )
