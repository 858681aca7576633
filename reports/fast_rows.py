"""Body rows of a write-only sheet written as XML in one step, the same XML openpyxl writes.

openpyxl makes a Cell object a value, binds and checks it through descriptors and writes it
element by element: on a million-row Findings sheet that per-cell work is most of the
report's time. Here a row of plain values (text, numbers, local times) and ``Styled`` or
``Linked`` values becomes one ``<row>`` element: style ids are looked up once per named
style, not once per cell. Any other value sends its row down openpyxl's own path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from lxml.etree import XMLParser, fromstring
from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.hyperlink import Hyperlink

PARSER = XMLParser(resolve_entities=False, huge_tree=True)
ESCAPES = {"\r": "&#13;", '"': "&quot;"}
MAX_TEXT = 32_767  # Excel's cell limit; openpyxl cuts longer text there too


@dataclass(frozen=True, slots=True)
class Styled:
    """A value shown in a named style (a severity colour, a time format, wrapped text)."""

    value: Any
    style: str


@dataclass(frozen=True, slots=True)
class Linked:
    """Text that links to ``uri``; ``style`` Normal (openpyxl's default) or a named one."""

    text: str
    uri: str
    style: str = "Normal"


class _Row(list):  # type: ignore[type-arg]
    """A row for the fast path: openpyxl's row generator passes it through untouched."""


class FastRows:
    """Installs the fast path on one write-only sheet; ``row`` wraps a row for it (or
    returns the values unchanged when one of them needs openpyxl's own handling)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.style_ids: dict[str, int | None] = {}
        self.letters = [get_column_letter(n) for n in range(1, 65)]
        self.epoch = ws.parent.epoch
        if not LXML:  # openpyxl writes with its own xmlfile: leave it all to openpyxl
            return
        slow_values, slow_write = ws._values_to_row, ws._writer.write_row
        ws._values_to_row = lambda row, i: row if type(row) is _Row else slow_values(row, i)
        ws._writer.write_row = lambda xf, row, i: (
            self._write(xf, row, i) if type(row) is _Row else slow_write(xf, row, i))

    def row(self, values: Sequence[Any]) -> list[Any]:
        fast = LXML and len(values) <= len(self.letters) and all(map(_plain, values))
        return _Row(values) if fast else [self._as_cell(v) for v in values]

    def _as_cell(self, value: Any) -> Any:
        """A Styled or Linked value as openpyxl's own cell, for a row on its path."""
        if type(value) is Styled:
            cell = WriteOnlyCell(self.ws, value=value.value)
            cell.style = value.style
            return cell
        if type(value) is Linked:
            cell = WriteOnlyCell(self.ws, value=value.text)
            cell.hyperlink = value.uri
            if value.style != "Normal":
                cell.style = value.style
            return cell
        return value

    def _style_id(self, name: str) -> int | None:
        """The workbook's id of a named style, found once through a cell as openpyxl would."""
        if name not in self.style_ids:
            cell = WriteOnlyCell(self.ws)
            cell.style = name
            self.style_ids[name] = cell.style_id if cell.has_style else None
        return self.style_ids[name]

    def _write(self, xf: Any, values: Sequence[Any], row_idx: int) -> None:
        """The row as markup, parsed once by lxml and written by the sheet's own writer (so
        lxml serializes it, as it does openpyxl's elements): one C call for the row instead
        of three per cell."""
        attrs = {"r": str(row_idx)}
        attrs.update(self.ws.row_dimensions.get(row_idx, {}))
        parts = ["<row", *(f' {k}="{_escape(v)}"' for k, v in attrs.items()), ">"]
        for col, value in enumerate(values):
            if value is not None:
                parts.append(self._cell(f"{self.letters[col]}{row_idx}", value))
        parts.append("</row>")
        xf.write(fromstring("".join(parts), PARSER))

    def _cell(self, ref: str, value: Any) -> str:
        style = ""
        if type(value) is Styled:
            style, value = self._style(value.style), value.value
        elif type(value) is Linked:
            self.ws._hyperlinks.append(Hyperlink(ref=ref, target=value.uri))
            style, value = self._style(value.style), value.text
        if isinstance(value, str):
            value = value[:MAX_TEXT]
            space = ' xml:space="preserve"' if value != value.strip() else ""
            return (f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_escape(value)}'
                    "</t></is></c>")
        if isinstance(value, datetime):
            value = to_excel(value, self.epoch)
        return f'<c r="{ref}"{style} t="n"><v>{safe_string(value)}</v></c>'

    def _style(self, name: str) -> str:
        style = self._style_id(name)
        return "" if style is None else f' s="{style}"'


def _escape(text: str) -> str:
    """Text as markup that parses back to exactly this text (a CR too, which a parser would
    otherwise turn into a line feed)."""
    return escape(text, ESCAPES)


def _plain(value: Any) -> bool:
    """Whether the fast path writes this value exactly as openpyxl would: text that is no
    formula, error code or illegal character (openpyxl's path types or refuses those),
    numbers, and local times in a named style."""
    if value is None:
        return True
    if type(value) is Styled:
        value = value.value
        if type(value) is datetime:
            return value.tzinfo is None
    elif type(value) is Linked:
        value = value.text
    if type(value) in (int, float):
        return True
    return type(value) is str and value != "" and value not in ERROR_CODES \
        and not (len(value) > 1 and value.startswith("=")) \
        and next(ILLEGAL_CHARACTERS_RE.finditer(value[:MAX_TEXT]), None) is None
