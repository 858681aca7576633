"""Images (PNG, JPEG, TIFF): OCR with tesseract, Dutch + English."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from typing import Any

from scanner.extract.errors import CorruptDocument, UnsupportedFormat
from scanner.extract.external import ToolFailed, run_tool
from scanner.extract.limits import Limits
from scanner.extract.ocr_text import repair
from scanner.models import SourceItem, TextChunk

MAX_PIXELS = 50_000_000  # decompression-bomb guard for images
OCR_TIMEOUT_S = 60  # one page; the per-file --timeout still applies around it
# One thread per tesseract: the scan already runs a worker per core, and tesseract's OpenMP
# threads then only contend (measured on 2 busy cores: 2.7 s instead of 4.1-5.1 s a page).
OCR_ENV = {"OMP_THREAD_LIMIT": "1"}


def ocr_image(image: Any) -> str:
    """Tesseract's text (Dutch + English); raises CorruptDocument when tesseract refuses the
    image (e.g. a damaged header claims a 50,000 px width: tesseract's limit is 32,767)."""
    buf = BytesIO()
    image.save(buf, format="PNG")
    try:
        out = run_tool(["tesseract", "stdin", "stdout", "-l", "nld+eng"], buf.getvalue(),
                       OCR_TIMEOUT_S, OCR_ENV)
    except ToolFailed as e:
        raise CorruptDocument("image could not be read by OCR") from e
    except FileNotFoundError as e:
        raise UnsupportedFormat("tesseract is not installed: run `make sysdeps`") from e
    return repair(out.decode("utf-8", "replace"))


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        img = Image.open(BytesIO(data))
        frames = [f.copy() for _, f in zip(range(limits.ocr_max_pages),
                                           ImageSequence.Iterator(img))]
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as e:
        raise CorruptDocument("unreadable image") from e
    if not limits.ocr:
        return
    for n, frame in enumerate(frames, 1):
        text = ocr_image(frame.convert("L"))
        yield TextChunk(text, f"page {n}" if len(frames) > 1 else "image", n, ocr=True)
