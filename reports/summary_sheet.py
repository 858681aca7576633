"""The Samenvatting/Summary sheet: scope, counts, open violations and the trend, the rule
violations by severity (table and stacked bar chart), findings by kind of data and document
type, and the top folders. Info findings are counted in the text, never charted: their
hundreds would squash the few violations that matter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from reports.labels import Words
from reports.sheets import Layout, content_widths, print_setup

if TYPE_CHECKING:
    from reports.excel import ReportInput

CHARTED = ("high", "medium", "low")
BAR_COLOURS = {"high": "C0504D", "medium": "F0A030", "low": "5B9BD5"}  # distinct on paper
Row = list[Any]


def write_summary(wb: Workbook, data: ReportInput, words: Words) -> None:
    ws = wb.create_sheet(words["summary"])
    print_setup(ws, words, words.time(data.scan_time), title_rows=None)
    facts = _facts(data, words)
    rows: list[Row] = [[("title", words["title"])], [], *facts, []]
    rule_rows = _by_rule(data, words)
    rule_at = len(rows) + 2  # 1-based row of the by-rule table's header
    rows += [[("bold", words["by_rule"])], [("header", c) for c in words["by_rule_cols"]],
             *rule_rows, []]
    for title, counts, group in ((words["by_entity"], data.by_entity, "entity"),
                                 (words["by_type"], data.by_doc_type, "doc_type")):
        rows += [[("bold", title)], [("header", c) for c in words["count_cols"]],
                 *_counts(counts, group, words), []]
    note = _info_rows_note(data, words)
    rows += [[note], []] if note else []
    rows += [[("bold", words["top"])], *([f, n] for f, n in data.top_folders[:10])]
    # a fact's value (the scope's paths) runs on over the empty cells to its right: it
    # does not widen column B, which the tables below need narrow; nor does the note
    sized = [row[:1] for row in facts] + [r for r in rows[len(facts) + 2:] if r != [note]]
    _write(ws, rows, sized)
    if rule_rows:
        _chart(ws, words["by_rule"], rule_at, len(rule_rows))


def _facts(data: ReportInput, words: Words) -> list[Row]:
    rows: list[Row] = [[words["scope"], "; ".join(data.scope)],
                       [words["time"], words.time(data.scan_time)]]
    if data.as_of:
        rows.append([words["as_of"], words.time(data.as_of, date_only=True)])
    rows += [[f"{words['files_n']}: {words.code('file_status', s)}", n]
             for s, n in sorted(data.file_counts.items())]
    rows.append([("bold", words["open"]), ("bold", data.open_findings)])
    if data.trend is None:
        rows.append([words["trend"], words["first_scan"]])
    else:
        rows += [[f"{words['trend']}: {words['new']}", data.trend[0]],
                 [f"{words['trend']}: {words['resolved']}", data.trend[1]]]
    rows.append([words["info_n"], sum(info for _, info in data.by_entity.values())])
    rows.append([words["file_rules_n"], sum(data.file_rules.values())])
    return rows


def _info_rows_note(data: ReportInput, words: Words) -> str | None:
    """Under the count tables when their info count and the Findings sheet's info rows
    differ: the tables count occurrences, the sheet collapses info findings."""
    info = sum(i for _, i in data.by_entity.values())
    if data.info_rows is None or data.info_rows == info:
        return None
    return str(words["info_rows_note"]).format(rows=data.info_rows, n=info)


def _by_rule(data: ReportInput, words: Words) -> list[Row]:
    """Rule | high | medium | low | total, violations only; whole-file rules count files."""
    severity = {r.id: r.severity for r in data.rules}
    table: dict[str, list[int]] = {}
    for (rule, sev), n in data.by_rule.items():
        if rule not in ("", "-") and sev in CHARTED:
            table.setdefault(words.code("rule", rule), [0, 0, 0])[CHARTED.index(sev)] += n
    for rule, n in data.file_rules.items():
        if severity.get(rule, "info") in CHARTED:
            label = f"{words.code('rule', rule)} ({words['unit_files']})"
            table.setdefault(label, [0, 0, 0])[CHARTED.index(severity[rule])] += n
    order = sorted(table.items(), key=lambda kv: ([-n for n in kv[1]], kv[0]))
    return [[label, *(n or None for n in ns), sum(ns)] for label, ns in order]


def _counts(counts: dict[str, tuple[int, int]], group: str, words: Words) -> list[Row]:
    rows = [[words.code(group, code), v or None, i or None] for code, (v, i) in counts.items()]
    return sorted(rows, key=lambda r: (-(r[1] or 0), -(r[2] or 0), r[0]))


def _write(ws: Any, rows: list[Row], sized: list[Row]) -> None:
    plain = [[v[1] if isinstance(v, tuple) else v for v in row] for row in sized]
    widths = content_widths(Layout(["", "", "", "", ""], max_width={0: 70}), plain)
    for n, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(n + 1)].width = max(width, 9)
    ws.freeze_panes = "A2"
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def _cell(ws: Any, value: Any) -> Any:
    from reports.cells import safe

    if not isinstance(value, tuple):
        return safe(value)
    cell = WriteOnlyCell(ws, value=safe(value[1]))
    cell.style = value[0]
    return cell


def _chart(ws: Any, title: str, header_row: int, n: int) -> None:
    """Stacked bars: one bar a rule, one colour a severity."""
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title, chart.style = title, 10
    chart.add_data(Reference(ws, min_col=2, max_col=4, min_row=header_row,
                             max_row=header_row + n), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1,
                                   max_row=header_row + n))
    for series, severity in zip(chart.series, CHARTED):
        series.graphicalProperties.solidFill = BAR_COLOURS[severity]
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # the largest first, as in the table
    chart.legend.position = "b"
    chart.height, chart.width = 4 + 1.1 * n, 18
    ws.add_chart(chart, "G3")


def absolute(roots: list[str]) -> list[str]:
    """Scope roots as absolute paths (an smb:// URL is already one)."""
    return [r if "://" in r else str(Path(r).absolute()) for r in roots]
