"""Seeded photos and scans of ID cards, payslips and BSN letters for the embedded-image OCR
tests: synthetic identifiers (11-check BSNs, mod-97 IBANs, Dutch document numbers) drawn
with DejaVu fonts (Debian fonts-dejavu-core) at 150-300 dpi, then rotated a few degrees,
blurred, noised and JPEG-compressed like a phone photo or an office scanner would.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype/dejavu")
BANKS = ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB")
DOC_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # Dutch document numbers never use the letter O
SURNAMES = ("de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "Mulder")
GIVEN = ("Sanne", "Daan", "Emma", "Lucas", "Fleur", "Milan", "Noor", "Sem", "Julia", "Bram")


@dataclass(frozen=True)
class Planted:
    """An image holding identifiers, as JPEG bytes, and the identifiers it holds
    (entity, normalised value as the detectors report it)."""

    kind: str
    jpeg: bytes
    identifiers: tuple[tuple[str, str], ...]


def bsn(rng: random.Random) -> str:
    """A random 11-check-valid BSN."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def iban(rng: random.Random) -> str:
    """A random Dutch IBAN with a valid mod-97 check."""
    bban = rng.choice(BANKS) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in bban + "NL00")
    return f"NL{98 - int(numeric) % 97:02d}{bban}"


def document_number(rng: random.Random) -> str:
    """Passport / ID-card number: two letters, six letters or digits, one digit."""
    middle = "".join(rng.choice(DOC_LETTERS + "0123456789") for _ in range(6))
    return "".join(rng.choice(DOC_LETTERS) for _ in range(2)) + middle + str(rng.randint(0, 9))


def _font(name: str, pt: float, dpi: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), max(8, round(pt * dpi / 72)))


def _canvas(w_mm: float, h_mm: float, dpi: int, tint: tuple[int, int, int]) -> Image.Image:
    return Image.new("RGB", (round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi)), tint)


def _lines(img: Image.Image, dpi: int, rows: list[tuple[str, str, float]], x_mm: float,
           y_mm: float, pitch: float) -> None:
    draw, px = ImageDraw.Draw(img), dpi / 25.4
    for n, (text, font, pt) in enumerate(rows):
        draw.text((x_mm * px, (y_mm + n * pitch * pt / 10) * px), text, fill=(25, 25, 35),
                  font=_font(font, pt, dpi))


def id_card(rng: random.Random, dpi: int) -> tuple[Image.Image, list[tuple[str, str]]]:
    number, person = document_number(rng), bsn(rng)
    img = _canvas(85.6, 54, dpi, (214, 226, 238))
    draw, px = ImageDraw.Draw(img), dpi / 25.4
    for k in range(0, 90, 3):  # guilloche-like background lines
        draw.arc((-40 * px, (k - 60) * px, 130 * px, (k + 40) * px), 0, 180,
                 fill=(190, 205, 225), width=1)
    draw.rectangle((4 * px, 12 * px, 26 * px, 42 * px), fill=(150, 150, 160))
    draw.ellipse((8 * px, 16 * px, 22 * px, 32 * px), fill=(205, 180, 160))
    _lines(img, dpi, [("KONINKRIJK DER NEDERLANDEN", "DejaVuSans-Bold.ttf", 7),
                      ("IDENTITEITSKAART", "DejaVuSans-Bold.ttf", 8)], 4, 2.5, 4.2)
    rows = [(f"Naam: {rng.choice(SURNAMES)}", "DejaVuSans.ttf", 7),
            (f"Voornamen: {rng.choice(GIVEN)}", "DejaVuSans.ttf", 7),
            (f"Documentnummer: {number}", "DejaVuSans-Bold.ttf", 7),
            (f"Persoonsnummer: {person}", "DejaVuSans-Bold.ttf", 7),
            ("Geldig tot: 12 03 2031", "DejaVuSans.ttf", 7)]
    _lines(img, dpi, rows, 29, 13, 4.6)
    return img, [("NL_ID_DOCUMENT", number), ("NL_BSN", person)]


def payslip(rng: random.Random, dpi: int) -> tuple[Image.Image, list[tuple[str, str]]]:
    person, account = bsn(rng), iban(rng)
    spaced = " ".join(account[i:i + 4] for i in range(0, len(account), 4))
    img = _canvas(148, 105, dpi, (250, 249, 244))
    rows = [("LOONSTROOK november 2026", "DejaVuSerif-Bold.ttf", 12),
            ("Werkgever: Uitzendbureau Voorbeeld B.V.", "DejaVuSerif.ttf", 9),
            (f"Werknemer: {rng.choice(GIVEN)} {rng.choice(SURNAMES)}", "DejaVuSerif.ttf", 9),
            (f"BSN: {person}", "DejaVuSerif.ttf", 9),
            (f"IBAN: {spaced}", "DejaVuSerif.ttf", 9),
            ("Bruto loon              2.845,00", "DejaVuSansMono.ttf", 9),
            ("Loonheffing              -512,40", "DejaVuSansMono.ttf", 9),
            ("Netto uitbetaald         2.332,60", "DejaVuSansMono-Bold.ttf", 9)]
    _lines(img, dpi, rows, 8, 8, 5.6)
    return img, [("NL_BSN", person), ("IBAN_CODE", account)]


def bsn_letter(rng: random.Random, dpi: int) -> tuple[Image.Image, list[tuple[str, str]]]:
    person, account = bsn(rng), iban(rng)
    dotted = f"{person[:4]}.{person[4:6]}.{person[6:]}"
    img = _canvas(170, 95, dpi, (255, 255, 255))
    rows = [("Belastingdienst", "DejaVuSans-Bold.ttf", 13),
            (f"Geachte heer/mevrouw {rng.choice(SURNAMES)},", "DejaVuSans.ttf", 10),
            ("Hierbij ontvangt u uw burgerservicenummer.", "DejaVuSans.ttf", 10),
            (f"Uw burgerservicenummer (BSN) is: {dotted}", "DejaVuSans-Bold.ttf", 10),
            (f"Toeslagen worden gestort op rekening {account}.", "DejaVuSans.ttf", 10),
            ("Met vriendelijke groet,", "DejaVuSans.ttf", 10)]
    _lines(img, dpi, rows, 10, 8, 6.0)
    return img, [("NL_BSN", person), ("IBAN_CODE", account)]


KINDS = {"id_card": id_card, "payslip": payslip, "bsn_letter": bsn_letter}


def degrade(img: Image.Image, rng: random.Random, dpi: int) -> bytes:
    """A scan or photo of ``img``: a few degrees of rotation, blur, sensor noise, JPEG."""
    import numpy as np

    img = img.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BICUBIC, expand=True,
                     fillcolor=(rng.randint(60, 200),) * 3)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.6) * dpi / 150))
    pixels = np.asarray(img, dtype=np.float32)
    light = np.linspace(rng.uniform(0.85, 1.0), 1.0, pixels.shape[1])[None, :, None]
    noisy = pixels * light + np.random.default_rng(rng.randint(0, 2**31)).normal(
        0, rng.uniform(3, 9), pixels.shape)
    out = io.BytesIO()
    Image.fromarray(noisy.clip(0, 255).astype("uint8")).save(
        out, "JPEG", quality=rng.randint(55, 85), dpi=(dpi, dpi))
    return out.getvalue()


def planted(rng: random.Random, kind: str) -> Planted:
    dpi = rng.choice((150, 200, 240, 300))
    img, ids = KINDS[kind](rng, dpi)
    return Planted(kind, degrade(img, rng, dpi), tuple(ids))


def logo() -> bytes:
    """A company logo (text in it, no identifier): repeated on every page of a PDF."""
    img = Image.new("RGB", (360, 120), (20, 60, 140))
    ImageDraw.Draw(img).text((20, 35), "Voorbeeld", fill=(255, 255, 255),
                             font=ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 44))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def blank(size: tuple[int, int] = (400, 300)) -> bytes:
    """A one-colour image (a placeholder or colour block): cannot hold text."""
    out = io.BytesIO()
    Image.new("RGB", size, (230, 230, 230)).save(out, "PNG")
    return out.getvalue()


def icon() -> bytes:
    """A 48 px icon with detail in it: too small to hold a line of text."""
    img = Image.new("RGB", (48, 48), (255, 255, 255))
    ImageDraw.Draw(img).ellipse((4, 4, 44, 44), fill=(200, 30, 30))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
