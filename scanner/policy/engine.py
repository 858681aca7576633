"""Apply the policy: rule and severity per finding, whole-file rules (retention, unscannable)."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from scanner.models import FileRecord, Finding
from scanner.policy.loader import Policy, Rule

# When one finding breaks several rules, the first that applies wins: most specific first.
FINDING_RULES = ("bsn-on-cv", "bsn-outside-hr", "sickness-diagnosis", "special-category",
                 "iban-on-cv", "id-document-on-cv")
SUBJECT_RULE = "sickness-diagnosis"  # the rule whose document types record one person
# an `other` document's points as an absence record (doc_signals.toml [medical]) at which it
# is one for sickness-diagnosis: a title word and a field, or four absence words. Chosen on
# the DEV document sets: among `other` documents scoring 1-5 as medical, read as records,
# those at 4 and up gained 2 diagnoses and no false one; at 3 one false one came.
RECORD_POINTS = 4
# Documents about one person's health that record no absence of theirs (apply_policy's
# ``labelled_only``): a fitness examination's result (hr_record.is_examination), in which
# sickness-diagnosis reads what stands under any of the rule's labels ("Klachten:"), and an
# accident's report that records none (hr_record.records_absence), the employer's accident
# register, in which it reads only an explicit diagnosis or cause label (the rule's
# doc_type_labels: "Diagnose:", not "Letsel:"); and (stop 77) a meeting's minutes
# (hr_record.is_minutes), which record a meeting, not one worker's absence: a colleague's
# illness told there is special-category data, its cause only under such a label
EXAMINATION, ACCIDENT_REGISTER, MINUTES = "examination", "accident register", "minutes"
RETENTION_RULES = ("retention-candidate", "retention-id-copy", "retention-payroll",
                   "retention-camera")


def apply_policy(
    policy: Policy, file: FileRecord, findings: Sequence[Finding], now: datetime,
    subject_record: bool = False, candidate_record: bool = False, worker_note: bool = False,
    state_terms: Collection[str] = (), labelled_only: str = "",
) -> tuple[FileRecord, list[Finding]]:
    """The file with its whole-file rules, and each finding with its rule and severity
    (rule None, severity info: inventory that breaks no rule). ``subject_record``: the file
    records one person's sickness whatever its type (is_subject_record);
    ``candidate_record``: it is a candidate document whatever its type (is_candidate_record);
    ``worker_note``: it is an HR record or the employer's own note about a worker whose
    health terms are the worker's (scan_item._hr_note), except ``state_terms``: the
    health terms (lower case) that are a pregnancy's, in its sentence ("zwanger en de hele
    dag misselijk"; hr_record.state_terms), not an illness's. ``labelled_only``: the file
    speaks of one person's health but records no absence of theirs, so sickness-diagnosis
    reads in it only what stands under a label (EXAMINATION, ACCIDENT_REGISTER)."""
    # the verdict depends on the finding's entity and label only (path and document type
    # are the file's), and on its term where a rule excepts terms of its entity: judged once
    # per distinct key, not once per finding
    verdicts: dict[tuple[str, str, str, bool], tuple[str | None, str, tuple[str, ...]]] = {}
    by_term: dict[str, bool] = {}  # entity -> whether a rule's except_terms may apply
    states = frozenset(t.lower() for t in state_terms)
    judged = []
    for x in findings:
        if x.entity not in by_term:
            by_term[x.entity] = any(r.except_terms and _entity_matches(r, x.entity)
                                    for r in policy.rules.values())
        note = worker_note and x.masked.lower() not in states
        key = (x.entity, x.label, x.masked.lower() if by_term[x.entity] else "", note)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = _verdict(policy, file, x, subject_record,
                                               candidate_record, note, labelled_only)
        same = verdict == (x.rule, x.severity, x.rules)  # inventory stays as detected
        judged.append(x if same else replace(x, rule=verdict[0], severity=verdict[1],
                                             rules=verdict[2]))
    return replace(file, rules=file_rules(policy, file, now)), judged


def file_rules(policy: Policy, file: FileRecord, now: datetime) -> tuple[str, ...]:
    rules = []
    for rid in RETENTION_RULES:
        rule = policy.rule(rid)
        if rule and rule.retention and file.doc_type in rule.doc_types \
                and now - file.modified > rule.retention:
            rules.append(rid)
    unscannable = policy.rule("unscannable")
    if unscannable and file.status == "error" and file.error in unscannable.errors:
        rules.append("unscannable")
    return tuple(rules)


def is_subject_record(policy: Policy, doc_type: str,
                      points: Mapping[str, int] | None = None) -> bool:
    """Whether the document records one person's sickness, so that every health term in it
    is about that person: a document of the sickness-diagnosis rule's types (absence,
    re-integration and medical records), or an `other` document (a conversation report, an
    e-mail about one employee's absence) that the rules' signals of those types
    (``points``: classify's per-type scores) call one on strong evidence, though another
    type won or the learned model overruled them."""
    rule = policy.rule(SUBJECT_RULE)
    if rule is None:
        return False
    if doc_type in rule.doc_types:
        return True
    return doc_type == "other" and max(
        (points or {}).get(t, 0) for t in rule.doc_types) >= RECORD_POINTS


def _verdict(policy: Policy, file: FileRecord, finding: Finding, subject_record: bool = False,
             candidate_record: bool = False, worker_note: bool = False,
             labelled_only: str = "") -> tuple[str | None, str, tuple[str, ...]]:
    """(rule, severity, every rule broken): the first (most specific) sets the severity."""
    broken = [(rid, sev) for rid in FINDING_RULES
              if (sev := _breaks(policy, rid, file, finding, subject_record, candidate_record,
                                 worker_note, labelled_only))]
    if not broken:
        return None, "info", ()
    return broken[0][0], broken[0][1], tuple(rid for rid, _ in broken)


def _breaks(policy: Policy, rid: str, file: FileRecord, finding: Finding,
            subject_record: bool = False, candidate_record: bool = False,
            worker_note: bool = False, labelled_only: str = "") -> str | None:
    """The severity with which the finding breaks rule ``rid`` here, or None: a rule of
    candidate documents (``candidate_records``) at its own severity in any of them, a rule
    of HR records (``hr_records``) in an `other` HR record or note about a worker."""
    rule = policy.rule(rid)
    if rule is None or not _entity_matches(rule, finding.entity) or _allowed(rule, file.path):
        return None
    if file.doc_type in rule.except_doc_types and finding.label not in rule.doc_type_labels:
        # never in these types, whatever its note (a CV is no HR record), unless under an
        # explicit diagnosis or cause label: no CV writes "Diagnose:", a mis-typed record does
        return None
    if finding.label and finding.label in rule.except_labels:
        return None  # someone else's: "zijn moeder heeft kanker" in an absence record
    if labelled_only and rid == SUBJECT_RULE and finding.label not in (
            rule.labels if labelled_only == EXAMINATION else rule.doc_type_labels):
        return None  # an audiogram's finding, an accident register's injury: no absence's cause
    if rule.except_hr_records and file.hr_record:
        return None
    if rule.except_terms and finding.label not in rule.labels \
            and _only_terms(rule.except_terms, finding.masked):
        return None  # under a cause label ("Oorzaak: zwangerschap") it is the cause
    if (subject_record and rid == SUBJECT_RULE) or (candidate_record
                                                    and rule.candidate_records):
        return rule.severity
    if rule.hr_records and worker_note:
        # an `other` HR record or note about a worker, or a record of an HR type (a
        # payslip's remark, a contract's addendum): each is about the one worker it names
        return rule.severity
    return _severity(rule, file.doc_type) or _label_severity(rule, finding.label)


def _severity(rule: Rule, doc_type: str) -> str | None:
    """The rule's severity for this document type, or None when it does not apply
    (``_breaks`` has already left out ``except_doc_types``)."""
    if doc_type in rule.doc_types or (rule.except_doc_types and not rule.doc_types):
        return rule.severity  # its types, or (only except_doc_types) every type but those
    return rule.elsewhere_severity


def _label_severity(rule: Rule, label: str) -> str | None:
    """The rule's severity for a finding under one of its field labels ("Reden verzuim:",
    "Oorzaak:") in any document: a sickness cause in a spreadsheet or e-mail is one too.

    >>> _label_severity(Rule("x", "high", "", labels=("oorzaak",)), "oorzaak")
    'high'
    """
    return rule.severity if label and label in rule.labels else None


def _only_terms(terms: tuple[str, ...], found: str) -> bool:
    """Whether the finding's text (a special category's term, as found) is nothing but the
    rule's ``except_terms`` and the words that join them ("zwangerschaps- en
    bevallingsverlof"); a term that only holds one ("zwangerschapsdiabetes") is not.

    >>> _only_terms(("zwanger", "zwangerschapsverlof"), "Zwangerschapsverlof en zwanger")
    True
    >>> _only_terms(("zwanger",), "zwangerschapsdiabetes")
    False
    """
    rest, n = _terms_regex(terms).subn(" ", found.lower())
    return n > 0 and all(word in JOINING for word in re.findall(r"[^\W\d_]+", rest))


JOINING = frozenset({"en", "of", "and", "or"})  # words that join two terms in one finding


@lru_cache(maxsize=8)
def _terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(terms, key=len, reverse=True)  # "zwangerschapsverlof" before "zwanger"
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


def _entity_matches(rule: Rule, entity: str) -> bool:
    return any(fnmatch.fnmatchcase(entity, pattern) for pattern in rule.entities)


def _allowed(rule: Rule, path: str) -> bool:
    """Allowed locations: a glob matched against the path or any tail of it.

    >>> _allowed(Rule("x", "high", "", allowed_locations=("HR/Salarisadministratie/**",)),
    ...          "/share/HR/Salarisadministratie/2024/a.pdf")
    True
    """
    parts = path.replace("\\", "/").split("/")
    tails = ["/".join(parts[i:]) for i in range(len(parts))]
    return any(fnmatch.fnmatch(t, g) for g in rule.allowed_locations for t in tails)


def rule_action(policy: Policy, rule_id: str) -> str:
    rule = policy.rules.get(rule_id)
    return rule.action if rule else "report"


def rule_statement(policy: Policy, rule_id: str) -> str:
    rule = policy.rules.get(rule_id)
    return rule.statement if rule else ""
