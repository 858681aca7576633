"""Imported once by the worker pool's forkserver (``PoolBackend``): builds the analyzer
there, so every worker forks with it built instead of building its own (about 2 CPU
seconds each, on every start and on every replacement of a worker killed on a timeout).

``warm`` still runs in each worker; it then finds the analyzer built. Should building fail
here, the workers build it themselves as before.
"""

from __future__ import annotations

import logging

try:
    import detectors
    from scanner.scan_item import WARM_UP

    detectors.detect(WARM_UP, language="nl")
except Exception as e:  # noqa: BLE001 - a forkserver that cannot preload must still start
    logging.getLogger(__name__).debug("analyzer not preloaded: %s", type(e).__name__)
