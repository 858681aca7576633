"""`privacyscan policy show | check FILE`, and the one check every command makes first."""

from __future__ import annotations

import sys

import click

from scanner.policy.loader import Policy, PolicyError, load_policy


def load_or_exit(path: str | None) -> Policy:
    """The policy, or exit 2 with one line on stderr: `scan`, `check`, `serve` and
    `policy check` all say the same, before any worker, server or file is touched."""
    try:
        return load_policy(path)
    except PolicyError as e:
        click.echo(f"privacyscan: invalid policy: {e}", err=True)
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
