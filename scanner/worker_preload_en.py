"""Imported by the worker pool's forkserver after scanner.worker_preload when more than one
worker will fork from it: builds the English analyzer there too. A worker otherwise builds
it on its first English chunk (0.45 CPU-s; one English CV or paragraph in a share of Dutch
files is enough), each worker again. With one worker that build is no more than the
forkserver's would be, and a scan with no English text never pays it: so not then.
"""

from __future__ import annotations

import logging

try:
    import detectors
    from scanner.scan_item import WARM_UP_EN

    detectors.detect(WARM_UP_EN, language="en")
except Exception as e:  # noqa: BLE001 - a forkserver that cannot preload must still start
    logging.getLogger(__name__).debug("English analyzer not preloaded: %s", type(e).__name__)
