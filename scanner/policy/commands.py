"""`privacyscan policy show | check FILE`."""

from __future__ import annotations

import sys

import click

from scanner.policy.loader import PolicyError, load_policy


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
    try:
        pol = load_policy(file)
    except PolicyError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    enabled = sum(r.enabled for r in pol.rules.values())
    click.echo(f"{file}: valid ({enabled} rules enabled)")
