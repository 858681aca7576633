"""OCR benchmark (issue 16): extraction pages/s for image-only PDFs (scanned pages), text PDFs
with embedded images (a logo on every page, a scanned payslip or ID card on one) and
text-only PDFs, with 1 and 2 worker processes, side by side with a baseline tree.

BENCH_BASELINE=/path/to/checkout (another commit of this repository, e.g. a
``git worktree add --detach /tmp/base <commit>``) adds the same rows for that code: it runs
in a child process with that tree first on sys.path, on the same files. Without it only
this tree is measured. The stage timed is extraction (what OCR changes); pool start-up is
not counted. Prints a table; asserts nothing.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def _scan_pdf(jpegs: list[bytes]) -> bytes:
    """One page a scanned image, no text layer (what a copier's scan-to-PDF makes)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for jpeg in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jpeg)), 30, 200, width=530, height=600,
                    preserveAspectRatio=True)
        c.showPage()
    c.save()
    return out.getvalue()


def _text_pdf(pages: int) -> bytes:
    from tests.bench.bench_extract import _pdf

    return _pdf(pages)


def make_sets(folder: Path) -> dict[str, tuple[Path, int]]:
    """Folders of generated PDFs and their page counts."""
    from tests.extract.embedded_docs import _pdf as pdf_with_images
    from tests.extract.embedded_images import KINDS, planted

    rng = random.Random(16)
    kinds = list(KINDS)
    n_img = int(os.environ.get("BENCH_OCR_FILES", "4"))
    sets = {"image-only PDF (2 scanned pages)": [
                _scan_pdf([planted(rng, kinds[(2 * i + k) % 3]).jpeg for k in (0, 1)])
                for i in range(n_img)],
            "text PDF + images (2 pages)": [
                pdf_with_images(planted(rng, kinds[i % 3]))[0] for i in range(n_img)],
            "text-only PDF (3 pages)": [_text_pdf(3)] * 200}
    pages = {"image-only PDF (2 scanned pages)": 2, "text PDF + images (2 pages)": 2,
             "text-only PDF (3 pages)": 3}
    out = {}
    for n, (name, files) in enumerate(sets.items()):
        sub = folder / f"set{n}"
        sub.mkdir()
        for i, data in enumerate(files):
            (sub / f"f{i:03d}.pdf").write_bytes(data)
        out[name] = (sub, pages[name] * len(files))
    return out


def _extract_file(path: str) -> float:
    """CPU seconds this process spent extracting the file (tesseract's included)."""
    from datetime import UTC, datetime

    from scanner.extract import Limits, extract
    from scanner.models import SourceItem

    data = Path(path).read_bytes()
    item = SourceItem(path=path, member=None, size=len(data), modified=datetime.now(UTC))
    before = _cpu()
    for _ in extract(item, data, Limits()):
        pass
    return _cpu() - before


def _cpu() -> float:
    import resource

    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_folder(folder: str, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds to extract every file of ``folder`` with a warm pool of
    ``workers`` (CPU time is the steadier figure on a shared machine)."""
    from multiprocessing import get_context

    files = sorted(str(p) for p in Path(folder).iterdir())
    with get_context("fork").Pool(workers) as pool:
        pool.map(_extract_file, files[:workers], chunksize=1)  # warm: imports, pdfium
        start = time.perf_counter()
        cpu = sum(pool.map(_extract_file, files, chunksize=1))
        return time.perf_counter() - start, cpu


def _measure(tree: Path, folder: Path, workers: int) -> tuple[float, float]:
    """time_folder with ``tree``'s code, in a child process so each tree imports its own."""
    out = subprocess.run([sys.executable, __file__, "--time", str(tree), str(folder),
                          str(workers)], check=True, capture_output=True, text=True)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> None:
    baseline = os.environ.get("BENCH_BASELINE")
    trees = [("this tree", REPO)] + ([("baseline", Path(baseline))] if baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        sets = make_sets(Path(tmp))
        print("extraction pages/s (wall clock) and pages per CPU-second, tesseract included")
        print(f"{'case':<34} {'workers':>7} " + " ".join(
            f"{t + ' p/s':>16} {t + ' p/cpu-s':>20}" for t, _ in trees))
        for name, (folder, pages) in sets.items():
            for workers in (1, 2):
                runs = [_measure(tree, folder, workers) for _, tree in trees]
                print(f"{name:<34} {workers:>7} " + " ".join(
                    f"{pages / wall:>16.2f} {pages / cpu:>20.2f}" for wall, cpu in runs))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--time"]:  # child: the tree to measure goes first on sys.path
        sys.path.insert(0, sys.argv[2])
        print(*time_folder(sys.argv[3], int(sys.argv[4])))
    else:
        main()
