"""`privacyscan serve`: the HTTP pre-upload check on uvicorn."""

from __future__ import annotations

import click

from scanner.check import MAX_UPLOAD
from scanner.policy.commands import load_or_exit


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=0), default=2, show_default=True,
              help="Warm check processes (0: check in a thread, no hard timeout).")
@click.option("--max-upload", type=click.IntRange(min=1), default=MAX_UPLOAD, show_default=True,
              help="Bytes; larger uploads get 413.")
@click.option("--timeout", type=float, default=10.0, show_default=True,
              help="Seconds per check before 503.")
@click.option("--policy", "policy_path", type=click.Path(exists=True, dir_okay=False))
def serve(host: str, port: int, workers: int, max_upload: int, timeout: float,
          policy_path: str | None) -> None:
    """Serve POST /v1/check (set PRIVACYSCAN_API_KEY to require X-API-Key)."""
    load_or_exit(policy_path)  # before uvicorn: one line and exit 2, not a failed start-up
    import uvicorn

    from scanner.api import ApiSettings, create_app

    settings = ApiSettings(max_upload=max_upload, timeout_s=timeout, workers=workers,
                           policy=policy_path)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning",
                access_log=False)
