"""tesseract and antiword leave nothing behind: no temporary file with page text or image,
and no process left running when the worker that started it is killed (--timeout)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

from scanner.extract.external import run_tool

REPO = Path(__file__).resolve().parents[2]

# The worker's view: an external program that runs long (as tesseract does on a big page).
SLOW_TOOL = """
import sys
sys.path.insert(0, {repo!r})
from scanner.extract.external import run_tool
print("ready", flush=True)
run_tool(["sleep", "30"], b"", 60)
"""


def test_ocr_writes_no_temp_files_and_reads_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image, ImageDraw, ImageFont

    from scanner.extract.image import ocr_image

    # a private temporary folder for us and tesseract: other tests running beside this one
    # write to the shared /tmp
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    img = Image.new("L", (1200, 200), 255)
    ImageDraw.Draw(img).text((20, 60), "Curriculum vitae Utrecht", fill=0,
                             font=ImageFont.load_default(size=48))
    assert "Utrecht" in ocr_image(img)
    assert list(private.iterdir()) == []


def test_killed_worker_takes_its_external_program_with_it() -> None:
    worker = subprocess.Popen([sys.executable, "-c", SLOW_TOOL.format(repo=str(REPO))],
                              stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    deadline = time.monotonic() + 30
    children: list[psutil.Process] = []
    while not children and time.monotonic() < deadline:
        children = psutil.Process(worker.pid).children()
        time.sleep(0.05)
    assert children, "the program never started"
    os.kill(worker.pid, signal.SIGKILL)  # what the pool does at --timeout
    worker.wait(timeout=10)
    _, alive = psutil.wait_procs(children, timeout=5)  # it would run 30 s on its own
    assert not alive, "the external program outlived its worker"


def _blocked(status: str) -> int:
    """The SigBlk mask of a /proc/PID/status text."""
    return int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("SigBlk:")), 16)


def test_external_program_starts_with_sigterm_unblocked() -> None:
    """A worker runs with SIGTERM blocked (it obeys its parent's only); tesseract started
    from it must not inherit that, or ``kill PID`` could not end it."""
    bit = 1 << (signal.SIGTERM - 1)
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # as in a worker
    try:
        status = run_tool(["cat", "/proc/self/status"], b"", 30).decode()
        assert _blocked(Path("/proc/thread-self/status").read_text()) & bit  # we still block it
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    assert not _blocked(status) & bit, "the program started with SIGTERM blocked"
