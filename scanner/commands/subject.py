"""`privacyscan subject`: the files in the index that hold one person (no rescan)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

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
def subject(db_path: Path, report: Path | None, lang: str, **values: tuple[str, ...]) -> None:
    """Find every file that holds this person (any combination of identifiers)."""
    try:
        ids = identifiers({k: v for k, v in values.items() if v}, subject_key(db_path))
        hits = find_subject(db_path, ids)
    except SubjectError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)
    _print(header(ids), hits)
    if report is not None:
        from reports.subject_excel import write_subject_report

        write_subject_report(report, header(ids), hits, lang)
        click.echo(f"Report: {shown(str(report))}")


def _print(head: list[tuple[str, str]], hits: list[SubjectHit]) -> None:
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
        evidence = "weak (name only)" if h.weak else f"{h.matched} identifier(s)"
        cells = (str(n), h.path, h.member or "", ", ".join(h.locations), ", ".join(h.entities),
                 h.doc_type, h.modified[:10], evidence)
        # paths are text, not rich markup; identifiers masked, control characters escaped
        table.add_row(*(Text(shown(c)) for c in cells))
    console.print(table)
    console.print(f"{len(hits)} file(s).")
    if all(h.weak for h in hits):
        console.print("Only names matched: weak evidence, check each file by hand.")
