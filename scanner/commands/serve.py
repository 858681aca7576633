"""`privacyscan serve`: the HTTP pre-upload check on uvicorn."""

from __future__ import annotations

import ipaddress
import os
import sys

import click

from scanner.check import MAX_UPLOAD
from scanner.policy.commands import load_or_exit


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=0), default=2, show_default=True,
              help="Warm check processes for text-only uploads (0: check in a thread, no "
                   "hard timeout).")
@click.option("--ocr-workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Warm check processes for uploads that need OCR (kept apart, so they "
                   "never hold every worker).")
@click.option("--max-upload", type=click.IntRange(min=1), default=MAX_UPLOAD, show_default=True,
              help="Bytes; larger uploads get 413.")
@click.option("--timeout", type=float, default=10.0, show_default=True,
              help="Seconds per text-only check before 503.")
@click.option("--ocr-timeout", type=float, default=60.0, show_default=True,
              help="Seconds per check that needs OCR before 503.")
@click.option("--deadline", type=float, default=90.0, show_default=True,
              help="Seconds per request (upload, waiting and checking) before 503.")
@click.option("--max-queue", type=click.IntRange(min=1), default=32, show_default=True,
              help="Checks running or waiting before the API answers 503 with Retry-After.")
@click.option("--max-uploads", type=click.IntRange(min=1), default=16, show_default=True,
              help="Uploads received at once before 503 with Retry-After.")
@click.option("--read-timeout", type=float, default=20.0, show_default=True,
              help="Seconds to receive one upload before 408 (slow uploads are cut off).")
@click.option("--policy", "policy_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--insecure-no-auth", is_flag=True,
              help="Serve on a non-loopback address without PRIVACYSCAN_API_KEY (anyone who "
                   "reaches the port can call it).")
def serve(host: str, port: int, workers: int, ocr_workers: int, max_upload: int,
          timeout: float, ocr_timeout: float, deadline: float, max_queue: int, max_uploads: int,
          read_timeout: float, policy_path: str | None, insecure_no_auth: bool) -> None:
    """Serve POST /v1/check (set PRIVACYSCAN_API_KEY to require X-API-Key)."""
    load_or_exit(policy_path)  # before uvicorn: one line and exit 2, not a failed start-up
    from scanner.api import API_KEY_ENV, ApiSettings, create_app

    keyed = bool(os.environ.get(API_KEY_ENV))
    if not keyed and not is_loopback(host) and not insecure_no_auth:
        click.echo(f"privacyscan: refusing to serve on {host} without an API key: set "
                   f"{API_KEY_ENV}, or pass --insecure-no-auth", err=True)
        sys.exit(2)
    shown = f"[{host}]" if ":" in host else host
    auth = (f"API key required (header X-API-Key, from {API_KEY_ENV})" if keyed
            else "no API key required")
    click.echo(f"privacyscan serve: http://{shown}:{port}/v1/check ({auth}); "
               f"OpenAPI at http://{shown}:{port}/docs", err=True)
    import uvicorn

    settings = ApiSettings(max_upload=max_upload, timeout_s=timeout, workers=workers,
                           policy=policy_path, ocr_workers=ocr_workers, deadline_s=deadline,
                           ocr_timeout_s=ocr_timeout,
                           max_queue=max_queue, max_uploads=max_uploads,
                           read_timeout_s=read_timeout)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning",
                access_log=False)


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach ``host``.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
