"""Policy stage: classify each document and apply the privacy statement's rules."""

from scanner.policy.classify import classify
from scanner.policy.engine import apply_policy, is_subject_record, rule_action, rule_statement
from scanner.policy.loader import Policy, PolicyError, Rule, load_policy, parse_duration

__all__ = ["Policy", "PolicyError", "Rule", "apply_policy", "classify", "is_subject_record",
           "load_policy", "parse_duration", "rule_action", "rule_statement"]
