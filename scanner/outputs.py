"""Write a finished scan's outputs from the index: JSON Lines and the Excel report.

With both asked for, the JSON Lines are written by a child process while this one writes
the report: each reads the index on its own, so the two take the time of the longer one, not
of both (on a dense scan of 100k findings each was about half of the parent's output time).
"""

from __future__ import annotations

import multiprocessing
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from reports.jsonl import write_jsonl_json_rows, write_jsonl_rows
from reports.triage import TriageRow
from scanner.index import Index

WRITER_STOP_S = 10  # a writer told to stop (Ctrl-C) removes its temporary file in this time


def write_outputs(
    db: Path, scan_id: int, *, report: str | None, jsonl: str | None, lang: str = "nl",
    policy_path: str | None = None, previous_report: str | None = None,
    report_password: str | None = None, as_of: datetime | None = None,
    show_terms: bool = False, warnings: list[str] | None = None,
) -> list[str]:
    """Write the requested outputs; returns the paths written (atomically, complete or none).
    Problems the user should hear about (a triage Status not understood) go to ``warnings``."""
    # started before this process opens the index: the child inherits no open connection
    writer = _JsonlWriter(db, scan_id, jsonl) if jsonl and jsonl != "-" and report else None
    index = Index(db)
    written: list[str] = []
    try:
        if jsonl and writer is None:
            _write_jsonl(index, scan_id, jsonl)
        if jsonl and jsonl != "-":
            written.append(jsonl)
        if report:
            from scanner.report_input import write_excel_report

            rows = write_excel_report(
                index, scan_id, Path(report), lang=lang, policy_path=policy_path,
                previous_report=previous_report, password=report_password, as_of=as_of,
                show_terms=show_terms)
            if rows and warnings is not None:
                warnings.append(_not_understood(rows))
            written.append(report)
        if writer is not None:
            writer.wait()
    finally:
        index.close()
        if writer is not None:
            writer.stop()
    return written


class _JsonlWriter:
    """``write_jsonl_rows`` from the index in a forked child; ``wait`` raises what it raised."""

    def __init__(self, db: Path, scan_id: int, target: str) -> None:
        # fork, not forkserver: the forkserver may not run (a no-change rescan, Dask) and
        # would start by building the analyzer; the scan's threads have ended by now
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_write_child, args=(db, scan_id, target, child),
                                name="privacyscan-jsonl", daemon=True)
        self.proc.start()
        child.close()

    def wait(self) -> None:
        try:
            status, error = self.conn.recv()
        except EOFError:
            raise RuntimeError("the JSON Lines writer stopped without a result") from None
        self.proc.join()
        if status != "ok":
            raise error

    def stop(self) -> None:
        """Ends a writer still running (the report failed, Ctrl-C): it removes its temporary
        file on the way out, so no partial JSON Lines file is left."""
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(WRITER_STOP_S)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join()
        self.conn.close()


def _write_child(db: Path, scan_id: int, target: str, conn: Connection) -> None:
    import signal

    # terminate() from the parent, or a group signal: unwind (temporary file removed). Once:
    # Ctrl-C reaches this process with the group and then the parent's terminate() follows,
    # and a second interrupt inside the unwinding left the temporary file behind.
    def interrupt(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    result: tuple[str, Any] = ("ok", None)
    try:
        index = Index(db)
        try:
            _write_jsonl(index, scan_id, target)
        finally:
            index.close()
    except KeyboardInterrupt:
        result = ("stopped", KeyboardInterrupt())
    except Exception as e:  # noqa: BLE001 - handed to the parent, which raises it
        result = ("error", e)
    try:
        conn.send(result)
    except (OSError, ValueError):
        pass  # the parent is gone or stopped listening
    except Exception:  # noqa: BLE001 - an error that does not pickle: its name and text
        conn.send(("error", RuntimeError(f"{type(result[1]).__name__}: {result[1]}")))
    conn.close()


def _write_jsonl(index: Index, scan_id: int, target: str) -> None:
    """From rows SQLite wrote as JSON where it can, else from the plain rows: same bytes."""
    rows = index.finding_json_rows(scan_id)
    if rows is None:
        write_jsonl_rows(target, index.files(scan_id), index.finding_rows(scan_id))
    else:
        write_jsonl_json_rows(target, index.files(scan_id), rows)


def _not_understood(rows: list[TriageRow]) -> str:
    """One line naming the rows (sheet and row number, as Excel shows them), at most 20."""
    named = ", ".join(f"{r.sheet}!{r.row} ({r.status!r})" for r in rows[:20])
    more = f" and {len(rows) - 20} more" if len(rows) > 20 else ""
    return (f"warning: {len(rows)} Status value(s) in the previous report were not understood"
            f" and count as open: {named}{more}")
