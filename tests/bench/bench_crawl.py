"""Crawl benchmark: files/s and MB/s with 1 and 2 workers, no-change rescan, parent memory.

Generates a corpus of mixed documents (text, DOCX, PDF; a share-like tree) in a temp dir.
BENCH_FILES (default 10000) and BENCH_FILES_LARGE (default 50000, text files only: it
measures the parent's memory as the corpus grows, not extraction) set the sizes.
Prints a table; asserts nothing.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

CV = ("Curriculum Vitae\nPersonalia\nNaam: Kandidaat {i}\nBSN: {bsn}\nWerkervaring\n"
      "2019 - heden  Medewerker logistiek bij Bedrijf {i}\nOpleiding\nMBO Logistiek\n") * 3
BSNS = ["111222333", "123456782"]


def _docx_bytes() -> bytes:
    from docx import Document

    doc = Document()
    for line in CV.format(i=0, bsn=BSNS[0]).splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(2):
        y = 800
        for line in CV.format(i=page, bsn=BSNS[1]).splitlines():
            c.drawString(50, y, line)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


def make_corpus(root: Path, n: int, text_only: bool = False) -> int:
    docx, pdf = (b"", b"") if text_only else (_docx_bytes(), _pdf_bytes())
    total = 0
    for i in range(n):
        folder = root / f"afdeling{i % 20}" / f"map{i % 250}"
        folder.mkdir(parents=True, exist_ok=True)
        kind = 0 if text_only else i % 10
        if kind < 7:
            data = CV.format(i=i, bsn=BSNS[i % 2]).encode() if i % 3 == 0 else \
                f"Notitie {i}\nGeen persoonsgegevens.\n".encode()
            name = f"doc{i}.txt"
        elif kind < 9:
            data, name = docx, f"cv{i}.docx"
        else:
            data, name = pdf, f"cv{i}.pdf"
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def run(root: Path, db: Path, workers: int) -> tuple[float, int]:
    """Wall time and the parent's peak RSS (KiB) of one CLI scan in a child process."""
    env = {**os.environ, "PRIVACYSCAN_KEY": "bench-key-not-secret"}
    code = ("import resource,sys,runpy;sys.argv=['privacyscan','scan',%r,'--db',%r,'--quiet',"  # noqa: UP031
            "'--workers','%d'];\ntry:\n runpy.run_module('scanner',run_name='__main__')\n"
            "except SystemExit: pass\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
            % (str(root), str(db), workers))
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, check=True,
                         capture_output=True, text=True).stdout
    return time.perf_counter() - t, int(out.strip().splitlines()[-1])


def main() -> None:
    n = int(os.environ.get("BENCH_FILES", "10000"))
    n_large = int(os.environ.get("BENCH_FILES_LARGE", "50000"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        corpus = base / "corpus"
        mb = make_corpus(corpus, n) / 1e6
        for workers in (1, 2):
            db = base / f"w{workers}.sqlite"
            secs, rss = run(corpus, db, workers)
            rows.append((f"full scan, {workers} worker(s)", n, secs, n / secs, mb / secs, rss))
        secs, rss = run(corpus, base / "w2.sqlite", 2)
        rows.append(("no-change rescan", n, secs, n / secs, mb / secs, rss))
        shutil.rmtree(corpus)
        for size in (n, n_large):
            small = base / f"text{size}"
            mb_small = make_corpus(small, size, text_only=True) / 1e6
            secs, rss = run(small, base / f"t{size}.sqlite", 2)
            rows.append((f"text-only scan (parent memory), {size}", size, secs, size / secs,
                         mb_small / secs, rss))
            shutil.rmtree(small)
    print(f"{'case':<42} {'files':>7} {'seconds':>8} {'files/s':>8} {'MB/s':>6} "
          f"{'parent peak RSS MB':>19}")
    for case, files, secs, fps, mbps, rss in rows:
        print(f"{case:<42} {files:>7} {secs:>8.1f} {fps:>8.0f} {mbps:>6.2f} {rss / 1024:>19.0f}")
    print("target: no-change rescan >= 5000 files/s; parent memory flat from "
          f"{n} to {n_large} files")


if __name__ == "__main__":
    main()
