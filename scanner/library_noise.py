"""Keep third-party libraries' own warnings off a scan's stderr.

pdfminer, openpyxl and the other readers warn about the files they read ("Could not get
FontBBox ...", "File contains an invalid specification ..."). In a worker those went to
stderr through Python's last-resort handler: bare lines a cron mail or the candidate
portal's log shows, outside our masking (a library may quote what it read), and under
``--quiet`` too. A file a library cannot read is reported by our own per-file error; what it
merely works around is not news for the DPO. ``-v`` shows them again in the scan's process.
"""

from __future__ import annotations

import logging

# the loggers of the libraries that read files and build the analyzer
LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "openpyxl", "docx", "PIL", "fontTools",
             "msoffcrypto", "charset_normalizer", "presidio-analyzer", "spacy", "py.warnings")


def quiet(verbose: int = 0) -> None:
    """Route ``warnings.warn`` into logging and raise the libraries' loggers to ERROR
    (left as they are at ``-v``)."""
    logging.captureWarnings(True)
    if verbose:
        return
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(logging.ERROR)
