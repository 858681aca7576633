"""Command line (SPEC: Command line). Thin: parse options, call the pipeline, print."""

from __future__ import annotations

import logging
import sys
from importlib import import_module
from typing import ClassVar

import click

from scanner.extract.limits import Limits


class LazyGroup(click.Group):
    """Imports a subcommand's module only when it runs (FastAPI etc. stay out of `scan`)."""

    LAZY: ClassVar[dict[str, str]] = {
        "check": "scanner.commands.check:check",
        "serve": "scanner.commands.serve:serve",
        "subject": "scanner.commands.subject:subject",
        "policy": "scanner.policy.commands:policy",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.LAZY:
            module, attr = self.LAZY[name].split(":")
            command: click.Command = getattr(import_module(module), attr)
            return command
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup)
@click.version_option(package_name="privacyscan")
@click.option("-v", "--verbose", count=True, help="More log output on stderr.")
def cli(verbose: int) -> None:
    """privacyscan: find personal data and check it against the privacy statement."""
    from scanner.library_noise import FORMAT, ShownFormatter, quiet

    handler = logging.StreamHandler()
    handler.setFormatter(ShownFormatter(FORMAT))
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), handlers=[handler])
    quiet(verbose)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--report", type=click.Path(dir_okay=False), help="Excel report to write.")
@click.option("--jsonl", help="JSON Lines output file, or - for stdout.")
@click.option("--policy", "policy_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="SQLite index (default: index.sqlite beside the report or JSON Lines).")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0: all cores).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.option("--previous-report", type=click.Path(exists=True, dir_okay=False),
              help="Carry the DPO's Status and Comment over from this report.")
@click.option("--fail-on", type=click.Choice(["high", "medium", "low", "info"]),
              help="Exit 1 when an open finding is at or above this severity.")
@click.option("--dask", "dask_address", metavar="SCHEDULER",
              help="Run extraction and detection on a Dask cluster (tcp://host:8786).")
@click.option("--quiet", is_flag=True, help="No progress bar or summary (for cron).")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching (repeatable).")
@click.option("--timeout", type=float, default=Limits.timeout_s, show_default=True,
              help="Seconds per file before its worker is killed.")
@click.option("--max-file-size", type=int, default=Limits.max_file_size, show_default=True,
              help="Bytes; larger files are reported as too_large.")
@click.option("--limit", "limit_settings", multiple=True, metavar="KEY=VALUE",
              help="Override an extraction limit, e.g. max_depth=4 or ocr=false (repeatable; "
                   "see the README's Limits table).")
@click.option("--report-password", envvar="PRIVACYSCAN_REPORT_PASSWORD",
              help="Encrypt the Excel report (or set PRIVACYSCAN_REPORT_PASSWORD).")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Judge retention periods as of this day instead of now (a reproducible "
                   "run such as the demo, or what will be past its period by then).")
@click.option("--show-terms", is_flag=True,
              help="Show special-category terms (a diagnosis, a religion) in clear in the "
                   "Excel report; by default it shows only their category.")
def scan(**opts: object) -> None:
    """Scan PATH... (folders, files or smb:// URLs) and write the findings."""
    from scanner import worker_start

    if not opts.get("dask_address"):
        worker_start.start_early()  # builds the analyzer while this process gets ready
    from scanner.commands.scan import run_scan_command

    try:
        code = run_scan_command(**opts)
    except click.ClickException:
        raise  # a usage error: click prints it and exits 2
    except KeyboardInterrupt:
        click.echo("Interrupted: run the same command again to resume the scan.", err=True)
        code = 2
    except Exception as e:  # noqa: BLE001 - exit 1 means "findings" to cron: never crash with it
        code = _fatal(e)
    finally:
        worker_start.stop_unused()
    sys.exit(code)


def _fatal(e: Exception) -> int:
    """An unexpected error: one line on stderr, the traceback in the log with -v."""
    from reports.shown import shown

    logging.getLogger("privacyscan").info("the scan stopped on an error", exc_info=e)
    if isinstance(e, BrokenPipeError):  # `--jsonl - | head`: what was written is cut short
        click.echo("privacyscan: fatal error: the output was closed before the scan had written "
                   "it all (broken pipe); what was written is incomplete", err=True)
        return 2
    click.echo(f"privacyscan: fatal error: {shown(f'{type(e).__name__}: {e}')} "
               "(run with -v for details)", err=True)
    return 2


def main() -> None:
    from scanner import worker_start

    try:
        cli()
    finally:
        worker_start.stop()  # its workers have ended: nothing may hold our stderr open
