"""`privacyscan scan`: run the pipeline, write the outputs from the index, print a summary."""

from __future__ import annotations

import logging
import os
import sys
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from reports.atomic import check_output
from reports.shown import shown
from scanner.extract.limits import Limits
from scanner.fingerprint import KeyProblem
from scanner.index import Index, index_problem
from scanner.index_lock import IndexBusy, lock_index
from scanner.outputs import write_outputs
from scanner.pipeline import ScanOptions, ScanOutcome, run_scan
from scanner.policy.commands import load_or_exit
from scanner.progress import ScanProgress
from scanner.sources.localpath import display_path
from scanner.stop import raise_on_signals, stop_on_signals

logger = logging.getLogger(__name__)

SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}


def default_db(report: str | None, jsonl: str | None) -> Path:
    """The index lives beside the reports unless --db says otherwise."""
    anchor = report or (jsonl if jsonl and jsonl != "-" else None)
    return Path(anchor).with_name("index.sqlite") if anchor else Path("index.sqlite")


def run_scan_command(**opts: Any) -> int:
    """Returns the SPEC exit code (see ``_scan``); first the PATHs must exist and the index
    must be free: the lock is held until the outputs are written. SIGTERM is Ctrl-C: both
    stop the scan at its next safe point (scanner.stop), resumable, exit 2."""
    paths: tuple[str, ...] = opts["paths"]
    missing = [p for p in paths if not p.startswith("smb://") and _is_missing(p)]
    if missing:
        click.echo(f"privacyscan: no such file or folder: {shown(display_path(missing[0]))}",
                   err=True)
        return 2
    # here, not in a worker: one line before the scan starts, and before the lock is taken
    # (an invalid policy leaves no index.sqlite.lock behind)
    load_or_exit(opts.get("policy_path"))
    db = Path(opts["db_path"]) if opts.get("db_path") else default_db(opts.get("report"),
                                                                      opts.get("jsonl"))
    problem = index_problem(db)
    if problem:  # before the lock file is made beside it
        click.echo(f"privacyscan: {shown(problem)}", err=True)
        return 2
    try:
        lock = lock_index(db)
    except IndexBusy as e:
        click.echo(f"privacyscan: {shown(str(e))}", err=True)
        return 2
    try:
        with stop_on_signals():
            return _scan(**opts)
    except KeyboardInterrupt:  # during the outputs: the scan itself is complete
        click.echo("Interrupted: run the same command again to write the outputs.", err=True)
        return 2
    finally:
        os.close(lock)


def _is_missing(path: str) -> bool:
    """Not there at all; a PATH we may not look at is scanned into a permission_denied record."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _scan(
    paths: tuple[str, ...], report: str | None, jsonl: str | None, policy_path: str | None,
    db_path: str | None, workers: int, lang: str, previous_report: str | None,
    fail_on: str | None, dask_address: str | None, quiet: bool, include: tuple[str, ...],
    exclude: tuple[str, ...], timeout: float, max_file_size: int,
    report_password: str | None, limit_settings: tuple[str, ...] = (),
    as_of: datetime | None = None, show_terms: bool = False,
) -> int:
    """Returns the SPEC exit code: 0 clean, 1 findings at or above --fail-on, 2 fatal."""
    db = Path(db_path) if db_path else default_db(report, jsonl)
    for target in (report, jsonl if jsonl != "-" else None):
        problem = check_output(Path(target)) if target else None
        if problem:  # fail before the scan, not after an hour of it
            click.echo(f"privacyscan: {shown(problem)}", err=True)
            return 2
    if previous_report:  # fail before the scan, not after an hour of it
        from reports.triage import PreviousReportError, open_previous

        try:
            open_previous(Path(previous_report), report_password).close()
        except PreviousReportError as e:
            click.echo(f"privacyscan: {shown(str(e))}", err=True)
            return 2
    try:
        limits = Limits(timeout_s=timeout, max_file_size=max_file_size).with_settings(
            list(limit_settings))
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--limit") from None
    now = as_of.replace(tzinfo=UTC) if as_of else None
    if report:
        # the report's modules (openpyxl: 0.3-0.4 CPU-s) are imported now, while the worker
        # pool's forkserver builds the analyzer on the other core, not after the last file
        import scanner.report_input  # noqa: F401
    opts = ScanOptions(
        roots=tuple(_root(p) for p in paths), db_path=db, policy_path=policy_path,
        workers=workers, include=include, exclude=exclude, dask=dask_address, limits=limits,
        now=now,
    )
    try:
        with (nullcontext(None) if quiet else ScanProgress(opts)) as progress:
            outcome = run_scan(opts, progress)
    except KeyboardInterrupt:
        click.echo("Interrupted: run the same command again to resume the scan.", err=True)
        return 2
    except KeyProblem as e:
        click.echo(f"privacyscan: {shown(str(e))}", err=True)
        return 2
    except RuntimeError as e:
        from scanner.distributed import DaskSetupError

        if not isinstance(e, DaskSetupError):
            raise
        click.echo(f"privacyscan: {shown(str(e))}", err=True)
        return 2
    warnings: list[str] = []
    with raise_on_signals():  # outputs are published whole or not at all
        written = write_outputs(
            db, outcome.scan_id, report=report, jsonl=jsonl, lang=lang,
            policy_path=policy_path, previous_report=previous_report,
            report_password=report_password, as_of=now, show_terms=show_terms,
            warnings=warnings,
        )
    for line in warnings:
        click.echo(f"privacyscan: {line}", err=True)
    if not quiet:
        _print_summary(db, outcome, written)
    return _exit_code(db, outcome.scan_id, fail_on)


def _root(path: str) -> str:
    return path if path.startswith("smb://") else path.rstrip("/") or "/"


def _print_summary(db: Path, outcome: ScanOutcome, written: list[str]) -> None:
    index = Index(db)
    files = index.status_counts(outcome.scan_id)
    file_rules = index.file_rule_counts(outcome.scan_id)
    by_rule = index.finding_counts(outcome.scan_id, "rule", "severity")
    index.close()
    out = sys.stdout
    resumed = " (resumed)" if outcome.resumed else ""
    out.write(f"Scan {outcome.scan_id}{resumed}: " + ", ".join(
        f"{n} {status}" for status, n in sorted(files.items())) + "\n")
    out.write("Findings by rule and severity:\n")
    for (rule, severity), n in sorted(by_rule.items(),
                                      key=lambda kv: (-SEVERITY_RANK[kv[0][1]], kv[0][0])):
        out.write(f"  {severity:<7} {rule or '-':<22} {n:>7}\n")
    if file_rules:
        out.write("Files breaking a whole-file rule:\n")
        for rule, n in sorted(file_rules.items()):
            out.write(f"  {rule:<30} {n:>7}\n")
    for path in written:
        out.write(f"Written: {shown(os.path.abspath(path))}\n")


def _exit_code(db: Path, scan_id: int, fail_on: str | None) -> int:
    if not fail_on:
        return 0
    index = Index(db)
    at_or_above = [s for s, rank in SEVERITY_RANK.items() if rank >= SEVERITY_RANK[fail_on]]
    hit = index.open_findings(scan_id, at_or_above) > 0
    index.close()
    return 1 if hit else 0
