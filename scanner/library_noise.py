"""Log lines of a scan: ours masked and shown, third-party libraries' kept off stderr.

pdfminer, openpyxl and the other readers warn about the files they read ("Could not get
FontBBox ...", "File contains an invalid specification ..."). In a worker, which has no
handler of its own, those went to stderr through Python's last-resort handler: bare lines a
cron mail or the candidate portal's log shows, outside our masking (a library may quote what
it read), and under ``--quiet`` too. So every process logs through ``ShownFormatter`` (masked,
control characters escaped), and below ERROR only our own loggers speak: an allow-list of
ours, not a deny-list of libraries that misses the next one. A file a library cannot read is
reported by our own per-file error; what it merely works around is not news for the DPO.
``-v`` lets everything through in the scan's process.
"""

from __future__ import annotations

import logging

OURS = ("scanner", "detectors", "reports", "privacyscan")
FORMAT = "%(levelname)s %(name)s: %(message)s"


class ShownFormatter(logging.Formatter):
    """Log lines as every printed line: identifiers masked, control characters escaped
    (a file name can hold both); a traceback keeps its line breaks."""

    def format(self, record: logging.LogRecord) -> str:
        from reports.shown import shown

        return "\n".join(shown(line) for line in super().format(record).split("\n"))


def quiet(verbose: int = 0) -> None:
    """Give the root logger a masking handler if it has none (a worker), route
    ``warnings.warn`` into logging, and below ERROR let only our loggers through (all of
    them at ``-v``)."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(ShownFormatter(FORMAT))
        root.addHandler(handler)
    logging.captureWarnings(True)
    if verbose:
        return
    level = logging.WARNING if root.level in (logging.NOTSET, logging.ERROR) else root.level
    for name in OURS:
        logging.getLogger(name).setLevel(level)
    root.setLevel(logging.ERROR)


# what a worker forked after its scan began to end meets when it unpickles its start-up
# data: the parent's semaphores and pipes are gone
_ORPHANED = (FileNotFoundError, EOFError, BrokenPipeError, ConnectionError)


def worker_start_failed(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """``sys.excepthook`` of the forkserver's children: a worker that fails before our code
    runs. The forkserver printed the traceback to the scan's stderr (a SIGTERM during a
    worker's start: 15 lines above "Interrupted: ..."). The scan reports its own end and a
    worker that never started (BrokenProcessPool) itself: an orphan says nothing, anything
    else one masked line."""
    if issubclass(kind, _ORPHANED):
        return
    logging.getLogger("scanner.worker").error("a worker could not start: %s", kind.__name__)
