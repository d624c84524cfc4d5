"""Throughput and memory of ``webclean batch``, with trafilatura measured in the same run.

    python benchmarks/throughput.py [--pages 2000] [--warc-mb 1000] [--skip-warc]

1. pages/s of ``run_batch`` with 1 and 2 worker processes over the corpus
   pages in ../shared/corpus/pages repeated to ``--pages`` files (a folder of
   symlinks in a temporary folder, read as bytes), and of trafilatura in one
   process over the same pages (``extract``, and ``bare_extraction`` with
   metadata as the project's scorer calls it);
2. peak RSS of the runner process and of its worker while streaming a
   generated WARC of about ``--warc-mb`` MB with 1 worker (written to the
   temporary folder and deleted afterwards).

Targets (issue 4): >= 1.8x pages/s from 1 to 2 workers on a 2-core machine;
peak RSS <= 300 MB per worker process.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"


def corpus_pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(CORPUS.glob("*.html"))]
    if not pages:
        sys.exit(f"no pages in {CORPUS}: this benchmark needs ../shared")
    return pages


def write_pages_dir(folder: Path, n: int) -> None:
    """``n`` page files (symlinks to the corpus pages, cycled): bytes as a crawler stores them."""
    sources = sorted(CORPUS.glob("*.html"))
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:06d}.html").symlink_to(sources[i % len(sources)])


def time_batch(src: Path, out: Path, workers: int) -> tuple[float, int, float]:
    """Pages/s of one run, its error rows, and the CPU ms its worker processes spent per page (what a busy
    machine cannot take away: workers that contend for nothing but the cores spend the same per page)."""
    import resource

    from webclean.batch import run_batch

    if out.exists():
        out.unlink()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    summary = run_batch([str(src)], str(out), workers=workers, quiet=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime)
    out.unlink()
    return summary.rows / seconds, sum(summary.errors.values()), 1000 * worker_cpu / max(1, summary.rows)


def time_trafilatura(pages: list[bytes], n: int, with_metadata: bool = False) -> float | None:
    """Pages/s of trafilatura in this process: ``extract`` (body text only, its lightest call) or,
    ``with_metadata``, ``bare_extraction(with_metadata=True)`` as ../shared/eval/score_extract.py calls
    it (title, author, date and body: the fields a webclean record carries)."""
    try:
        import trafilatura
    except ImportError:
        return None
    start = time.perf_counter()
    for i in range(n):
        page = pages[i % len(pages)]     # bytes: trafilatura decodes them itself
        if with_metadata:
            trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
        else:
            trafilatura.extract(page)
    return n / (time.perf_counter() - start)


def _warc_record(i: int, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = ("WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=i)}>\r\n"
            f"WARC-Target-URI: http://bench.example/{i}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode("ascii")
    return head + http + b"\r\n\r\n"


def write_warc(path: Path, pages: list[bytes], megabytes: int) -> int:
    """An uncompressed WARC of about ``megabytes`` MB of response records; returns the record count."""
    limit, size, i = megabytes * 1_000_000, 0, 0
    with path.open("wb") as fh:
        while size < limit:
            rec = _warc_record(i, pages[i % len(pages)])
            fh.write(rec)
            size += len(rec)
            i += 1
    return i


RSS_PROBE = """
import json, resource, sys, time
from webclean.batch import run_batch
start = time.perf_counter()
s = run_batch([sys.argv[1]], sys.argv[2], workers=1, quiet=True)
print(json.dumps({"rows": s.rows, "errors": sum(s.errors.values()), "seconds": time.perf_counter() - start,
                  "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def warc_rss(tmp: Path, pages: list[bytes], megabytes: int) -> dict:
    """Stream a generated WARC through a fresh runner process; its peak RSS and its worker's (ru_maxrss)."""
    warc, out = tmp / "bench.warc", tmp / "bench-out.jsonl"
    records = write_warc(warc, pages, megabytes)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    try:
        done = subprocess.run([sys.executable, "-c", RSS_PROBE, str(warc), str(out)], env=env,
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"WARC run failed:\n{done.stderr}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        warc.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
    result.update(records=records, warc_mb=megabytes)
    return result


def speed_rows(tmp: Path, pages: list[bytes], n: int) -> None:
    """Pages/s of the batch command with 1 and 2 workers, and of trafilatura, printed as table rows."""
    src = tmp / "pages"
    write_pages_dir(src, n)
    one, errors1, cpu1 = time_batch(src, tmp / "out1.jsonl", 1)
    print(f"| webclean batch, 1 worker | {one:.1f} pages/s ({errors1} error rows; {cpu1:.1f} CPU ms a page "
          "in the worker) | |", flush=True)
    two, errors2, cpu2 = time_batch(src, tmp / "out2.jsonl", 2)
    print(f"| webclean batch, 2 workers | {two:.1f} pages/s ({errors2} error rows; {cpu2:.1f} CPU ms a page "
          "in the workers) | |")
    print(f"| speed-up 1 -> 2 workers | {two / one:.2f}x | >= 1.8x |", flush=True)
    print(f"| CPU per page, 2 workers / 1 worker | {cpu2 / cpu1:.2f}x | about 1 (nothing shared but the cores) |",
          flush=True)
    traf = time_trafilatura(pages, n)
    print(f"| trafilatura.extract, 1 process | {traf:.1f} pages/s | |" if traf else
          "| trafilatura | not installed | |", flush=True)
    if traf:
        print(f"| webclean per core / trafilatura.extract | {one / traf:.2f}x | >= 10x |", flush=True)
        full = time_trafilatura(pages, n, with_metadata=True)
        print(f"| trafilatura.bare_extraction with metadata (the scorer's call), 1 process | {full:.1f} pages/s | |")
        print(f"| webclean per core / trafilatura with metadata | {one / full:.2f}x | >= 10x |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--warc-mb", type=int, default=1000)
    parser.add_argument("--skip-warc", action="store_true")
    parser.add_argument("--skip-speed", action="store_true", help="only the WARC memory run")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    pages = corpus_pages()
    # Rows are printed as they are measured, so a long WARC phase never hides the others.
    print(f"pages: {args.pages} ({len(pages)} corpus pages repeated); cores: {os.cpu_count()}; "
          f"1-min load average at start: {os.getloadavg()[0]:.2f} (other processes on the cores distort "
          "the worker speed-up)")
    print()
    print("| measure | value | target |")
    print("| --- | --- | --- |", flush=True)
    with tempfile.TemporaryDirectory(prefix="webclean-bench-") as tmpdir:
        tmp = Path(tmpdir)
        if not args.skip_speed:
            speed_rows(tmp, pages, args.pages)
        if not args.skip_warc:
            rss = warc_rss(tmp, pages, args.warc_mb)
            print(f"| WARC streamed, 1 worker | {rss['warc_mb']} MB, {rss['records']} records -> {rss['rows']} rows "
                  f"in {rss['seconds']:.0f} s | |")
            print(f"| peak RSS, runner process | {rss['parent_mb']:.0f} MB | |")
            print(f"| peak RSS, worker process | {rss['worker_mb']:.0f} MB | <= 300 MB |")
    print(f"\n1-min load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
