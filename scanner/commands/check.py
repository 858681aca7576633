"""`privacyscan check FILE`: the pre-upload check on the command line (exit 0/1/2)."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import click

from reports.shown import shown
from scanner.check import MAX_UPLOAD, Verdict, check_upload, error_verdict
from scanner.policy.commands import load_or_exit

EXIT_ACCEPT, EXIT_REJECT, EXIT_ERROR = 0, 1, 2


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as JSON.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option("--policy", "policy_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds before the check is stopped (exit 2, error 'timeout').")
def check(file: Path, as_json: bool, lang: str, policy_path: str | None,
          timeout: float) -> None:
    """Check one CV before upload: exit 0 accept, 1 reject, 2 error."""
    load_or_exit(policy_path)  # a bad policy is ours, not the candidate's file
    verdict = _run(file, lang, policy_path, timeout)
    if as_json:
        click.echo(json.dumps(verdict.to_json(), ensure_ascii=False))
    else:
        _print(verdict)
    sys.exit(exit_code(verdict))


def _run(file: Path, lang: str, policy_path: str | None, timeout: float) -> Verdict:
    try:
        data = _read_file(file)
    except _NotAFile:
        return error_verdict("unsupported", lang)
    except OSError:
        return error_verdict("other", lang)  # the message names no path: it may be a name
    return _with_deadline(data, file.name, lang, policy_path, timeout)


class _NotAFile(Exception):
    """A FIFO, device or socket: no upload is one."""


def _read_file(file: Path) -> bytes:
    """Up to one byte past the upload cap of a regular file. Opened without blocking and
    checked before reading: a FIFO with no writer held `check` forever, whatever --timeout
    said (the deadline covers the check, not the read)."""
    fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _NotAFile
        return fh.read(MAX_UPLOAD + 1)


def _with_deadline(data: bytes, name: str, lang: str, policy: str | None,
                   timeout: float) -> Verdict:
    """The check in a child process that is killed at the deadline (an OCR-heavy PDF or a
    runaway extractor cannot hold the caller for minutes)."""
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired, ProcessPool

    with ProcessPool(max_workers=1) as pool:
        future = pool.schedule(check_upload, args=(data, name, lang, policy), timeout=timeout)
        try:
            verdict: Verdict = future.result()
        except FutureTimeout:
            verdict = error_verdict("timeout", lang)
        except ProcessExpired:
            verdict = error_verdict("other", lang)
        pool.stop()
    return verdict


def exit_code(verdict: Verdict) -> int:
    """0 accepted, 1 rejected, 2 the file could not be checked."""
    if verdict.error is not None:
        return EXIT_ERROR
    return EXIT_ACCEPT if verdict.accepted else EXIT_REJECT


def _print(verdict: Verdict) -> None:
    click.echo(verdict.message, err=verdict.error is not None)
    for r in verdict.reasons:
        # a location can name a member or attachment of the upload: masked and escaped
        place = f"page {r.page}" if r.page is not None else shown(r.location)
        click.echo(f"  {r.action:<6} {r.rule:<18} {r.entity:<22} {place:<12} {r.masked}")
