"""A share as a staffing company has one: CV PDFs, letters and contracts as DOCX and PDF,
CSV/XLSX exports of thousands of rows, contact lists, HR notes and a few scanned images.

    .venv/bin/python tests/bench/bench_share.py   [BENCH_SHARE_FILES=300]
                                                  [BENCH_BASELINE=<checkout of main>]
                                                  [BENCH_SHARE_PDFS=N] [BENCH_SHARE_CASES=...]
                                                  [BENCH_SHARE_SPLIT=10,132]

Prints, side by side in one run (never asserts), for this tree and the baseline checkout:
1. whole `privacyscan scan` of the share without its images, 1 and 2 workers: files/s, the
   2-worker speed-up, parent and worker CPU seconds (steadier than wall time on a shared
   machine), the parent's peak RSS and the largest worker peak RSS; then the scan process's
   CPU seconds per phase (tests/bench/phases.py: start-up, walk, index, outputs...) of every
   run, and the 2-worker speed-up Amdahl's law allows with that process as the serial part;
2. the same share with its images (OCR by tesseract), 1 worker;
3. the PDFs alone (CVs, letters, contracts): whole-scan pages/s against pdfplumber's
   extract_text alone over the same files, wall and CPU, and the ratios (BENCH_SHARE_PDFS=N: N PDFs of
   their own in the share's mix of kinds, so the pages are enough to mean something: a
   scan's process start weighs on a hundred pages);
4. where the time goes, stage by stage, over the share without images (bench_dense's
   per-stage breakdown, each tree in a child process);
5. a scan of 10 of its files, 1 worker: what a small scan (a folder, a day's CVs) costs,
   process start-up included: the analyzer's build, the parent's imports, the outputs;
6. (case split) a PDF scan's start-up apart from its steady cost: a small and a large folder
   of PDFs (BENCH_SHARE_SPLIT=small,large files), 1 worker; the CPU seconds of each, parent
   and workers apart, give a line: its value at no pages is what every scan pays (imports,
   analyzer build, pool start, empty outputs) and its slope is the CPU a page costs, put
   beside pdfplumber's extract_text per page over the same files.
BENCH_SHARE_CASES picks some of them: a comma list of text1, text2, ocr, pdf, stages, small,
split.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from faker import Faker

from tests.bench.bench_dense import stage_rows, timeline
from tests.bench.scanrun import ScanRun, baselines, phase_rows, scan
from tests.eval import synth

FILES = int(os.environ.get("BENCH_SHARE_FILES", "300"))
PDFS = int(os.environ.get("BENCH_SHARE_PDFS", "0"))  # 0: the share's own PDFs
SPLIT = [int(n) for n in os.environ.get("BENCH_SHARE_SPLIT", "10,132").split(",")]
CASES = set(os.environ.get("BENCH_SHARE_CASES", "text1,text2,ocr,pdf,stages,small,split")
            .split(","))
SMALL = 10
# kind -> share of the files (per 100); images are OCR'd, the rest is text-born
MIX = {"cv.pdf": 30, "brief.pdf": 8, "brief.docx": 8, "contract.pdf": 6, "contract.docx": 6,
       "export.csv": 3, "export.xlsx": 2, "contacten.csv": 5, "notitie.txt": 30, "scan.png": 2}


def _person(fake: Faker, rng: random.Random) -> list[str]:
    return [f"Naam: {fake.name()}", f"Adres: {fake.street_address()}, {fake.city()}",
            f"Telefoon: {synth.phone(rng)}", f"E-mail: {fake.email()}",
            f"Geboortedatum: {fake.date_of_birth(minimum_age=18).strftime('%d-%m-%Y')}"]


def _cv(fake: Faker, rng: random.Random) -> list[str]:
    lines = ["Curriculum vitae", "Personalia", *_person(fake, rng), "Werkervaring"]
    for _ in range(rng.randint(4, 8)):
        lines += [f"{rng.randint(2005, 2023)} - heden  {fake.job()} bij {fake.company()}",
                  fake.sentence(14), fake.sentence(12)]
    lines += ["Opleiding", f"HBO {fake.job()}", "Vaardigheden: Excel, SAP, rijbewijs B"]
    return lines


def _letter(fake: Faker, rng: random.Random) -> list[str]:
    return [fake.company(), fake.city() + ", " + fake.date(), f"Beste {fake.name()},",
            *[fake.paragraph(6) for _ in range(rng.randint(3, 6))], "Met vriendelijke groet,",
            fake.name(), f"IBAN: {synth.nl_iban(rng, spaced=True)}"]


def _contract(fake: Faker, rng: random.Random) -> list[str]:
    lines = ["Arbeidsovereenkomst", *_person(fake, rng), f"BSN: {synth.bsn(rng)}",
             f"Rekeningnummer: {synth.nl_iban(rng)}"]
    for n in range(1, rng.randint(10, 16)):
        lines += [f"Artikel {n}", fake.paragraph(8)]
    return lines


def _pdf(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    y = 800
    for line in lines:
        for part in [line[i:i + 95] for i in range(0, len(line), 95)] or [""]:
            if y < 60:
                c.showPage()
                y = 800
            c.drawString(50, y, part)
            y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx(lines: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _export_rows(fake: Faker, rng: random.Random, n: int) -> list[list[str]]:
    rows = [["bsn", "naam", "e-mail", "telefoon", "iban", "plaats"]]
    return rows + [[synth.bsn(rng), fake.name(), fake.email(), synth.phone(rng),
                    synth.nl_iban(rng), fake.city()] for _ in range(n)]


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Export")
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _png(lines: list[str]) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1654, 1169), 255)  # A5 landscape at 200 dpi
    draw, font = ImageDraw.Draw(img), ImageFont.load_default(size=28)
    for i, line in enumerate(lines[:20]):
        draw.text((80, 60 + 50 * i), line[:90], fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def document(kind: str, fake: Faker, rng: random.Random) -> bytes:
    """One generated file of ``kind`` (a key of MIX)."""
    name, ext = kind.split(".")
    if name == "export":
        rows = _export_rows(fake, rng, rng.randint(2000, 4000))
        return _xlsx(rows) if ext == "xlsx" else "\n".join(map(";".join, rows)).encode()
    if name == "contacten":
        return "\n".join(map(";".join, _export_rows(fake, rng, 200))).encode()
    if name == "notitie":
        return "\n".join(f"{fake.date()} {fake.name()}: {fake.sentence(15)} tel. "
                         f"{synth.phone(rng)}" for _ in range(rng.randint(10, 40))).encode()
    lines = {"cv": _cv, "brief": _letter, "contract": _contract, "scan": _letter}[name](fake, rng)
    return {"pdf": _pdf, "docx": _docx, "png": _png}[ext](lines)


def make_share(root: Path, files: int, only: str = "") -> None:
    """``files`` files in MIX's proportions (``only``: of the kinds ending so, e.g. .pdf)."""
    fake, rng = Faker("nl_NL"), random.Random(18)
    fake.seed_instance(18)
    kinds = [k for k, n in MIX.items() for _ in range(n) if k.endswith(only)]
    random.Random(7).shuffle(kinds)  # every kind in a share of a few dozen files too
    for i in range(files):
        kind = kinds[i % len(kinds)]
        folder = root / ("Kandidaten" if kind.startswith("cv") else "HR" if i % 3 else "Sales")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{kind.split('.')[0]}_{i:04d}.{kind.split('.')[1]}").write_bytes(
            document(kind, fake, rng))


def _pages(pdfs: list[Path]) -> int:
    import pypdfium2

    total = 0
    for p in pdfs:
        doc = pypdfium2.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


def _plumber_seconds(pdfs: list[Path]) -> tuple[float, float]:
    """(wall, CPU) seconds of pdfplumber's extract_text over every page, nothing else."""
    import pdfplumber

    t0, c0 = time.perf_counter(), time.process_time()
    for p in pdfs:
        with pdfplumber.open(p) as doc:
            for page in doc.pages:
                page.extract_text()
    return time.perf_counter() - t0, time.process_time() - c0


def pdf_rows(pdfs: Path, trees: list[tuple[str, Path]]) -> None:
    """Whole scan of the PDFs (1 worker, outputs included) against pdfplumber extract_text
    alone, timed just before each scan: pages/s by the wall clock and by CPU seconds (the
    scan's parent and workers; steadier on a shared machine)."""
    files = sorted(pdfs.rglob("*.pdf"))
    pages = _pages(files)
    print(f"\nPDFs only: {len(files)} files, {pages} pages (CVs, letters, contracts)")
    print(f"{'tree':10} {'plumber p/s':>11} {'scan p/s':>9} {'x plumber':>9}"
          f" {'plumber cpu p/s':>15} {'scan cpu p/s':>12} {'x plumber cpu':>13}")
    for name, tree in trees:
        wall, cpu = _plumber_seconds(files)
        run = scan(tree, pdfs, 1)
        used = run.parent_cpu + run.worker_cpu
        print(f"{name:10} {pages / wall:11.0f} {pages / run.wall:9.0f}"
              f" {wall / run.wall:9.2f} {pages / cpu:15.0f} {pages / used:12.0f}"
              f" {cpu / used:13.2f}")


def split_rows(root: Path, trees: list[tuple[str, Path]]) -> None:
    """Start-up against steady cost of a PDF scan (1 worker): CPU seconds of a small and a
    large folder, a line through the two. The CPU of the scan's process (parent) and of its
    workers and forkserver are fitted apart: start-up is mostly the forkserver's analyzer
    build and the parent's imports, the steady part mostly the worker's."""
    folders = []
    for n in SPLIT:
        folder = root / f"pdfs-{n}"
        make_share(folder, n, only=".pdf")
        files = sorted(folder.rglob("*.pdf"))
        folders.append((folder, files, _pages(files)))
    sizes = " and ".join(f"{len(f)} files/{p} pages" for _, f, p in folders)
    print(f"\nPDF scan, start-up apart from steady cost ({sizes}), 1 worker, CPU seconds")
    print(f"{'tree':10} {'pages':>5} {'parent s':>8} {'workers s':>9} {'plumber s':>9}"
          f" {'scan p/s':>8} {'x plumber':>9}")
    fits = []
    for name, tree in trees:
        points = []
        for folder, files, pages in folders:
            _, plumber = _plumber_seconds(files)
            run = scan(tree, folder, 1)
            used = run.parent_cpu + run.worker_cpu
            points.append((pages, run.parent_cpu, run.worker_cpu, plumber))
            print(f"{name:10} {pages:5d} {run.parent_cpu:8.2f} {run.worker_cpu:9.2f}"
                  f" {plumber:9.2f} {pages / used:8.0f} {plumber / used:9.2f}")
        fits.append((name, points))
    print(f"{'tree':10} {'start-up s':>10} {'(parent':>7} {'workers)':>8} {'steady ms/p':>11}"
          f" {'(parent':>7} {'workers)':>8} {'plumber ms/p':>12} {'steady x plumber':>16}"
          f" {'steady p/s':>10}")
    for name, points in fits:
        (p0, a0, w0, l0), (p1, a1, w1, l1) = points[0], points[-1]
        span = max(p1 - p0, 1)
        pa, pw, pl = (a1 - a0) / span, (w1 - w0) / span, (l1 - l0) / span
        sa, sw = a0 - pa * p0, w0 - pw * p0
        steady = pa + pw
        print(f"{name:10} {sa + sw:10.2f} {sa:7.2f} {sw:8.2f} {steady * 1000:11.1f}"
              f" {pa * 1000:7.1f} {pw * 1000:8.1f} {pl * 1000:12.1f}"
              f" {pl / steady if steady > 0 else 0:16.2f}"
              f" {1 / steady if steady > 0 else 0:10.0f}")


def _copy(src: Path, dst: Path, keep: object) -> int:
    n = 0
    for p in src.rglob("*"):
        if p.is_file() and keep(p):  # type: ignore[operator]
            (dst / p.relative_to(src)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, dst / p.relative_to(src))
            n += 1
    return n


def main() -> None:
    trees = baselines()
    with tempfile.TemporaryDirectory() as tmp:
        full, text_only, pdfs = Path(tmp) / "share", Path(tmp) / "no-ocr", Path(tmp) / "pdfs"
        small = Path(tmp) / "small"
        make_share(full, FILES)
        n_text = _copy(full, text_only, lambda p: p.suffix != ".png")
        make_share(small, SMALL)
        for png in small.rglob("*.png"):
            png.unlink()  # no OCR: start-up, not tesseract
        n_small = sum(1 for p in small.rglob("*") if p.is_file())
        if PDFS:
            make_share(pdfs, PDFS, only=".pdf")
        else:
            _copy(full, pdfs, lambda p: p.suffix == ".pdf")
        n_full = sum(1 for p in full.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in full.rglob("*") if p.is_file()) / 1e6
        print(f"share: {n_full} files ({size:.1f} MB), {n_full - n_text} images for OCR\n")
        print(f"{'case':34} {'tree':10} {'seconds':>8} {'files/s':>8} {'x 1 w':>6}"
              f" {'parent cpu':>10} {'worker cpu':>10} {'parent MB':>9} {'worker MB':>9}"
              f" {'start s':>7} {'files s':>7} {'x 1 w':>6} {'outputs s':>9}")
        cases = [(key, *case) for key, case in (
            ("text1", ("no OCR files, 1 worker", text_only, n_text, 1)),
            ("text2", ("no OCR files, 2 workers", text_only, n_text, 2)),
            ("ocr", ("all files (OCR too), 1 worker", full, n_full, 1)),
            ("small", (f"{n_small} files, 1 worker (start-up)", small, n_small, 1)),
        ) if key in CASES]
        one: dict[str, tuple[float, float]] = {}
        measured: list[tuple[str, ScanRun]] = []
        for key, case, folder, n, workers in cases:
            for name, tree in trees:
                run = scan(tree, folder, workers)
                measured.append((f"{key} {name}", run))
                if workers == 1 and folder is text_only:
                    one[name] = run.wall, run.files_s
                print(f"{case:34} {name:10} {run.wall:8.1f} {n / run.wall:8.2f}"
                      + (f" {one[name][0] / run.wall:6.2f}" if name in one and workers == 2
                         else f" {'':>6}")
                      + f" {run.parent_cpu:10.1f} {run.worker_cpu:10.1f}"
                      f" {run.parent_rss_mb:9.0f} {run.worker_rss_mb:9.0f}"
                      + timeline(run, one[name][1] if name in one and workers == 2
                                 and folder is text_only else None))
        phase_rows(measured)
        if "pdf" in CASES:
            pdf_rows(pdfs, trees)
        if "stages" in CASES:
            stage_rows(text_only)
        if "split" in CASES:
            split_rows(Path(tmp), trees)


if __name__ == "__main__":
    main()
