"""The workbook's words per language (labels.toml) and the triage statuses behind them."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

LABELS: dict[str, dict[str, Any]] = tomllib.loads(
    resources.files("reports").joinpath("labels.toml").read_text(encoding="utf-8"))
# What the index stores; each language's `statuses` shows these in this order.
CANONICAL = ["open", "false_positive", "resolved", "accepted_risk"]
STATUSES = {lang: labels["statuses"] for lang, labels in LABELS.items()}
