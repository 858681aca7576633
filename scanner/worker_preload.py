"""Imported once by the worker pool's forkserver (``PoolBackend``): builds the analyzer
there, so every worker forks with it built instead of building its own (about 2 CPU
seconds each, on every start and on every replacement of a worker killed on a timeout).

``warm`` still runs in each worker; it then finds the analyzer built, and the classifier's
data and the default policy loaded (``warm_classifier``). Should building fail
here, the workers build it themselves as before.

SIGTERM is blocked here, so every worker starts with it blocked: a SIGTERM sent to the whole
scan (systemd, ``kill -TERM -PGID``) cannot kill a worker before its initializer decides
whose SIGTERM it obeys (scanner.scan_item.start_worker); the scan's process ends the
forkserver itself as it exits (scanner.worker_start.stop).
"""

from __future__ import annotations

import logging
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
try:
    import sys

    from scanner.library_noise import quiet, worker_start_failed

    quiet()  # before the warm-up reads anything
    sys.excepthook = worker_start_failed  # the forkserver's children inherit it

    import detectors
    from scanner.scan_item import WARM_UP, warm_classifier

    detectors.detect(WARM_UP, language="nl")
    warm_classifier()
except Exception as e:  # noqa: BLE001 - a forkserver that cannot preload must still start
    logging.getLogger(__name__).debug("analyzer not preloaded: %s", type(e).__name__)
