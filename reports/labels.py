"""The workbook's words per language (labels.toml), the triage statuses behind them, and the
readable forms of codes, phrases and times that every sheet shows."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

LABELS: dict[str, dict[str, Any]] = tomllib.loads(
    resources.files("reports").joinpath("labels.toml").read_text(encoding="utf-8"))
# What the index stores; each language's `statuses` shows these in this order.
CANONICAL = ["open", "false_positive", "resolved", "accepted_risk"]
STATUSES = {lang: labels["statuses"] for lang, labels in LABELS.items()}
CODE_GROUPS = ("severity", "rule", "entity", "doc_type", "file_status", "error")


def status_code(shown: object) -> str | None:
    """The canonical status of a Status cell in either language, in any letter case and
    with any surrounding or doubled spaces; None when it is not one of them.

    >>> status_code(" Fout-Positief "), status_code("accepted  risk"), status_code("later")
    ('false_positive', 'accepted_risk', None)
    """
    text = " ".join(str(shown or "open").split()).casefold()
    for labels in [*STATUSES.values(), CANONICAL]:
        for label, code in zip(labels, CANONICAL):
            if text in (label.casefold(), code.replace("_", " ")):
                return code
    return None


@dataclass(frozen=True)
class Words:
    """One language's labels with lookups for codes, fixed phrases and times."""

    lang: str

    @cached_property
    def labels(self) -> dict[str, Any]:
        return LABELS[self.lang]

    def __getitem__(self, key: str) -> Any:
        return self.labels[key]

    def code(self, group: str, code: str | None) -> str:
        """The label of a code; a code without a label (a custom rule) is shown as is.

        >>> Words("nl").code("doc_type", "employment_contract"), Words("nl").code("rule", "x")
        ('Arbeidsovereenkomst', 'x')
        """
        return str(self.labels[group].get(code or "", code or ""))

    def codes(self, group: str, codes: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.code(group, c) for c in codes)

    def phrase(self, text: str) -> str:
        """Fixed English phrases of reasons and locations in this language, as whole words
        (a sheet name such as ``Kandidaten!A2`` is left alone).

        >>> Words("nl").phrase("page 2"), Words("nl").phrase("file name: cv; content: opleiding")
        ('pagina 2', 'bestandsnaam: cv; inhoud: opleiding')
        """
        return _phrase(self.lang, text) if text else text

    def time(self, value: str | datetime, date_only: bool = False) -> str:
        """A stored ISO time as the reader's local time, e.g. '30-11-2026 14:18'."""
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        fmt = self.labels["date_format" if date_only else "time_format"]
        return local(moment).strftime(fmt)


@lru_cache(maxsize=16384)  # locations and reasons repeat on many rows
def _phrase(lang: str, text: str) -> str:
    phrases = LABELS[lang].get("phrases", {})
    if not phrases:
        return text
    return _phrase_re(lang).sub(lambda m: str(phrases[m.group(1)]), text)


@lru_cache(maxsize=4)
def _phrase_re(lang: str) -> re.Pattern[str]:
    keys = sorted(LABELS[lang]["phrases"], key=len, reverse=True)  # "notes slide" first
    return re.compile(r"(?<![\w!])(" + "|".join(map(re.escape, keys)) + r")(?![\w!])")


def local(moment: datetime) -> datetime:
    """A naive local time (Excel dates have no zone); a naive input is taken as local."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
