"""`privacyscan subject`: the files in the index that hold one person (no rescan)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from reports.atomic import check_output
from reports.shown import shown
from scanner.subject import (
    OPTIONS,
    SubjectError,
    SubjectHit,
    find_subject,
    header,
    identifiers,
    subject_key,
)

HELP = {
    "bsn": "Burgerservicenummer.", "iban": "IBAN.", "email": "E-mail address.",
    "phone": "Phone number.", "birthdate": "Date of birth.", "name": "Full name (weak evidence).",
}


def _options(f: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(OPTIONS):
        f = click.option(f"--{option}", multiple=True, metavar="VALUE", help=HELP[option])(f)
    return f


@click.command()
@_options
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("index.sqlite"), show_default=True, help="The scan's SQLite index.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the result as an Excel deletion checklist.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option("--json", "as_json", is_flag=True,
              help="Print the search and the files as one JSON document.")
def subject(db_path: Path, report: Path | None, lang: str, as_json: bool,
            **values: tuple[str, ...]) -> None:
    """Find every file that holds this person (any combination of identifiers).

    On a terminal the files are a table; piped, one line a file (path, member, kinds of
    data, document type, modified, evidence; tab-separated, the whole path on the line)."""
    problem = check_output(report) if report is not None else None
    if problem:  # before the search: the DPO learns it now, not after the table
        click.echo(f"Error: {shown(problem)}", err=True)
        sys.exit(2)
    try:
        ids = identifiers({k: v for k, v in values.items() if v}, subject_key(db_path))
        hits = find_subject(db_path, ids)
    except SubjectError as e:
        click.echo(f"Error: {shown(str(e))}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(_json(header(ids), hits), ensure_ascii=False))
    elif sys.stdout.isatty():
        _table(header(ids), hits)
    else:
        _lines(header(ids), hits)
    if report is not None:
        from reports.subject_excel import write_subject_report

        write_subject_report(report, header(ids), hits, lang)
        click.echo(f"Report: {shown(str(report))}", err=as_json or not sys.stdout.isatty())


def _evidence(h: SubjectHit) -> str:
    return "weak (name only)" if h.weak else f"{h.matched} identifier(s)"


def _json(head: list[tuple[str, str]], hits: list[SubjectHit]) -> dict[str, object]:
    return {"search": [{"option": o, "masked": m} for o, m in head],
            "files": [{"path": h.path, "member": h.member, "locations": list(h.locations),
                       "entities": list(h.entities), "doc_type": h.doc_type,
                       "modified": h.modified, "identifiers_matched": h.matched,
                       "weak": h.weak} for h in hits]}


def _lines(head: list[tuple[str, str]], hits: list[SubjectHit]) -> None:
    """Piped: one line a file on stdout (grep finds every file); the rest on stderr."""
    click.echo("Search: " + ", ".join(f"--{o} {m}" for o, m in head), err=True)
    for h in hits:
        cells = (h.path, h.member or "", ",".join(h.entities), h.doc_type, h.modified[:10],
                 _evidence(h))
        click.echo("\t".join(shown(c) for c in cells))
    click.echo(f"{len(hits)} file(s).", err=True)
    if not hits:
        click.echo("No file in the index holds these identifiers.", err=True)
    elif all(h.weak for h in hits):
        click.echo("Only names matched: weak evidence, check each file by hand.", err=True)


def _table(head: list[tuple[str, str]], hits: list[SubjectHit]) -> None:
    console = Console(soft_wrap=False)
    console.print("Search: " + ", ".join(f"--{o} {m}" for o, m in head), markup=False)
    if not hits:
        console.print("No file in the index holds these identifiers.")
        return
    table = Table(show_lines=False)
    for col in ("#", "path", "member", "locations", "entities", "doc type", "modified",
                "evidence"):
        table.add_column(col, overflow="fold")
    for n, h in enumerate(hits, 1):
        cells = (str(n), h.path, h.member or "", ", ".join(h.locations), ", ".join(h.entities),
                 h.doc_type, h.modified[:10], _evidence(h))
        # paths are text, not rich markup; identifiers masked, control characters escaped
        table.add_row(*(Text(shown(c)) for c in cells))
    console.print(table)
    console.print(f"{len(hits)} file(s).")
    if all(h.weak for h in hits):
        console.print("Only names matched: weak evidence, check each file by hand.")

