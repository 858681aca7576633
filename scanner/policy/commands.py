"""`privacyscan policy show | check FILE`, and the one check every command makes first."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from scanner.policy.loader import Policy, PolicyError, load_policy


def load_or_exit(path: str | None) -> Policy:
    """The policy, or exit 2 with one line on stderr: `scan`, `check`, `serve` and
    `policy check` all say the same, before any worker, server or file is touched."""
    try:
        policy = load_policy(path)
    except PolicyError as e:
        click.echo(f"privacyscan: invalid policy: {e}", err=True)
        sys.exit(2)
    data_or_exit()
    return policy


def data_or_exit() -> None:
    """The data files classification and detection read (the document signals, the learned
    models) load, or exit 2 with one line naming the file: a damaged installation is ours,
    not a file's, so it must not reach a worker as a per-file error or a candidate as
    'your file is corrupt'."""
    from detectors.special_learned import load_learned
    from scanner.policy.classify import SIGNALS, load_signals
    from scanner.policy.learned_type import model

    try:
        load_signals(SIGNALS)
    except (OSError, ValueError) as e:
        _broken(f"{SIGNALS}: {e}")  # a TOML error names no file
    try:
        model()
        load_learned()
    except (OSError, ValueError) as e:  # BowModelError, LearnedDataError: they name the file
        _broken(str(e))


def _broken(why: str) -> NoReturn:
    click.echo(f"privacyscan: broken installation: {why}", err=True)
    sys.exit(2)


@click.group()
def policy() -> None:
    """Show the built-in policy or validate your own copy."""


@policy.command()
def show() -> None:
    """Print the default policy (TOML); copy it with `policy show > policy.toml`."""
    click.echo(load_policy().to_toml(), nl=False)


@policy.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def check(file: str) -> None:
    """Validate FILE; errors name the line and the key. Exit 0 valid, 2 invalid."""
    pol = load_or_exit(file)
    enabled = sum(r.enabled for r in pol.rules.values())
    click.echo(f"{file}: valid ({enabled} rules enabled)")
