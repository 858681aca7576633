"""Images inside documents (PDF page images, Office and ODF media, e-mail inline images):
OCR each one that could hold text, once per document.

Skipped without OCR, because they cannot hold a readable line or were read already: images
under ``MIN_SIDE`` pixels on a side (icons, bullets, rules), near-uniform ones (a colour fill,
a blank scan), vector formats Pillow cannot rasterise (EMF/WMF), and an image whose bytes
were seen before in the same document (a logo on every page). ``Limits.ocr_max_images``
bounds the OCR calls per document.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import PurePosixPath
from typing import Any

from scanner.extract.archive import ZIP_ERRORS, member_limit
from scanner.extract.errors import ArchiveBomb, CorruptDocument
from scanner.extract.limits import Limits
from scanner.models import TextChunk

logger = logging.getLogger(__name__)

MIN_SIDE = 80  # px: a line of text at 150 dpi is ~25 px high; smaller is an icon or a rule
MIN_SPREAD = 6.0  # grey-level standard deviation: below it the image is one colour
# tesseract prefers a cap height of ~30 px and pasted scans are often 150 dpi, so smaller
# images are enlarged (bicubic, at most 3x). Measured on the 24 seeded images: 45/48
# identifiers as they are, 46/48 enlarged to 1600 px, 45/48 to 2400 px; time about the same.
UPSCALE_BELOW = 1600  # px, longest side
RASTER_EXT = {".png", ".jpg", ".jpeg", ".jpe", ".gif", ".bmp", ".tif", ".tiff", ".webp"}


@dataclass
class ImageBudget:
    """Per document: how many images may still be OCR'd, and the digests already seen."""

    left: int
    seen: set[str] = field(default_factory=set)

    @classmethod
    def for_limits(cls, limits: Limits) -> ImageBudget:
        return cls(limits.ocr_max_images if limits.ocr else 0)

    def admit(self, raw: bytes) -> bool:
        """True the first time these bytes are offered while OCR calls are left."""
        digest = hashlib.sha256(raw).hexdigest()
        if digest in self.seen or self.left <= 0:
            return False
        self.seen.add(digest)
        return True


def could_hold_text(image: Any) -> bool:
    """Big enough and not one colour (the image is not loaded beyond a thumbnail).

    >>> from PIL import Image
    >>> could_hold_text(Image.new("L", (400, 300), 255)), could_hold_text(Image.new("L", (40, 40)))
    (False, False)
    """
    from PIL import ImageStat

    if min(image.size) < MIN_SIDE:
        return False
    thumb = image.convert("L")
    thumb.thumbnail((256, 256))
    return float(ImageStat.Stat(thumb).stddev[0]) >= MIN_SPREAD


def ocr_chunk(image: Any, location: str, page: int | None, budget: ImageBudget
              ) -> TextChunk | None:
    """The image's OCR text as a chunk, or None when it cannot hold text or holds none."""
    from scanner.extract.image import ocr_image

    if budget.left <= 0 or not could_hold_text(image):
        return None
    budget.left -= 1
    grey = image.convert("L")
    if max(grey.size) < UPSCALE_BELOW:
        factor = min(3, UPSCALE_BELOW // max(grey.size) + 1)
        grey = grey.resize((grey.width * factor, grey.height * factor), resample=3)  # bicubic
    text = ocr_image(grey)
    return TextChunk(text, location, page, ocr=True) if text.strip() else None


def ocr_encoded(data: bytes, location: str, budget: ImageBudget) -> Iterator[TextChunk]:
    """OCR one encoded image file (PNG, JPEG, ...) found inside a document."""
    from PIL import Image, UnidentifiedImageError

    from scanner.extract.image import MAX_PIXELS

    if not budget.admit(data):
        return
    try:
        img = Image.open(BytesIO(data))  # lazy: only the header is read here
        if img.width * img.height > MAX_PIXELS or min(img.size) < MIN_SIDE:
            return
        img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        logger.info("embedded image at %s is unreadable; skipped", location)
        return
    chunk = ocr_chunk(img, location, None, budget)
    if chunk:
        yield chunk


def is_raster(name: str) -> bool:
    """An image part Pillow can decode, by its name.

    >>> is_raster("word/media/image1.PNG"), is_raster("word/media/image2.emf")
    (True, False)
    """
    return PurePosixPath(name.lower()).suffix in RASTER_EXT


def package_images(z: zipfile.ZipFile, folders: Iterable[str], limits: Limits
                   ) -> Iterator[TextChunk]:
    """OCR chunks of the raster images under ``folders`` of an Office/ODF package, located
    by their part name (``word/media/image1.png``)."""
    budget = ImageBudget.for_limits(limits)
    prefixes = tuple(folders)
    infos = sorted((i for i in z.infolist() if i.filename.startswith(prefixes)
                    and is_raster(i.filename)), key=lambda i: i.filename)
    for info in infos:
        if budget.left <= 0:
            break
        yield from ocr_encoded(_read_part(z, info, limits), info.filename, budget)


def _read_part(z: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    cap = member_limit(limits, limits.max_total_uncompressed, info.compress_size)
    try:
        with z.open(info) as fh:
            data = fh.read(cap + 1)
    except ZIP_ERRORS as e:
        raise CorruptDocument(f"unreadable part {info.filename}") from e
    if len(data) > cap:
        raise ArchiveBomb("an image part expands beyond the size or ratio limit")
    return data
