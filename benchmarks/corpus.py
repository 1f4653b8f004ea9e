"""Corpus throughput: `crosstally.extract.extract_corpus` on a synthetic corpus, against
the number of workers.

Run from anywhere: ``.venv/bin/python benchmarks/corpus.py [--mb 200] [--workers 1,2,3]``
(``benchmarks/extraction.py`` runs it too, so that one run prints every figure).

The corpus: the labelled set's 24 texts (benchmarks/labelled/, real and written news
about five wars) shuffled with a fixed seed and joined into files of about 1 MB each,
until the total reaches ``--mb`` MB (MB = 10**6 bytes of UTF-8), written once to a
scratch folder. Each measurement is one full run, as the command line does it with
``--out``: every file read, every candidate extracted and written as CSV (one CSV per
input file) by the workers; MB/s is corpus MB over wall time. Workers are processes
of a ``concurrent.futures.ProcessPoolExecutor`` (1, 2, ...), and optionally a
``dask.distributed`` LocalCluster with as many worker processes as cores. The speed-up
is over one worker process. Nothing is asserted: the machine is shared, the figures
are read.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crosstally.extract import corpus_files, extract_corpus, read_text  # noqa: E402


def labelled_texts() -> list[str]:
    import csv

    with open(ROOT / "benchmarks" / "labelled" / "labels.csv", encoding="utf-8") as fh:
        docs = sorted({row["document"] for row in csv.DictReader(fh)})
    return [read_text(ROOT / d) for d in docs]


def make_corpus(folder: Path, mb: float, file_mb: float = 1.0, seed: int = 2015) -> tuple[int, int]:
    """Write the synthetic corpus; returns (files, bytes)."""
    texts = labelled_texts()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    target, per_file = int(mb * 1e6), int(file_mb * 1e6)
    while total < target:
        parts, size = [], 0
        while size < per_file:
            t = rng.choice(texts)
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
        data = "\n\n".join(parts).encode("utf-8")
        (folder / f"doc{n:05d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def run_once(files, out: Path, executor) -> tuple[float, int]:
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    counts = extract_corpus(files, executor=executor, out_dir=out, batch_bytes=2_000_000)
    return time.perf_counter() - t0, sum(counts.values())


def _child_cpu() -> float:
    """CPU seconds of the finished child processes (the workers, once joined)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measure(mb: float, workers: list[int], dask: bool = True, scratch: Path | None = None) -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="crosstally-corpus-", dir=scratch))
    rows = []
    try:
        n_files, n_bytes = make_corpus(tmp / "corpus", mb)
        files = corpus_files([tmp / "corpus"])
        corpus_mb = n_bytes / 1e6
        base = None
        for w in workers:
            cpu0 = _child_cpu()
            with ProcessPoolExecutor(w) as pool:
                seconds, found = run_once(files, tmp / "out", pool)
            base = base or seconds
            rows.append({"workers": f"{w} process{'es' if w > 1 else ''}", "n": w, "mb": corpus_mb,
                         "files": n_files, "seconds": seconds, "mb_s": corpus_mb / seconds,
                         "speedup": base / seconds, "candidates": found, "cpu": _child_cpu() - cpu0,
                         "load": os.getloadavg()[0]})
        if dask:
            try:
                from distributed import Client, LocalCluster
            except ImportError:
                LocalCluster = None
            if LocalCluster is not None:
                w = os.cpu_count() or 1
                cpu0 = _child_cpu()
                with LocalCluster(n_workers=w, threads_per_worker=1, processes=True,
                                  dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"}) \
                        as cluster, Client(cluster) as client:
                    seconds, found = run_once(files, tmp / "out", client.get_executor())
                rows.append({"workers": f"Dask LocalCluster, {w} worker processes", "n": w, "mb": corpus_mb,
                             "files": n_files, "seconds": seconds, "mb_s": corpus_mb / seconds,
                             "speedup": base / seconds, "candidates": found, "cpu": _child_cpu() - cpu0,
                             "load": os.getloadavg()[0]})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def print_rows(rows: list[dict]) -> None:
    if not rows:
        return
    print(f"Corpus throughput: {rows[0]['mb']:.0f} MB in {rows[0]['files']} files, "
          f"{rows[0]['candidates']:,} candidates written as CSV ({os.cpu_count()} cores, shared)")
    print(f"  {'workers':<40}{'seconds':>9}{'MB/s':>8}{'speed-up':>10}{'worker CPU s':>14}"
          f"{'MB per CPU s':>14}{'load':>6}")
    for r in rows:
        print(f"  {r['workers']:<40}{r['seconds']:>9.1f}{r['mb_s']:>8.2f}{r['speedup']:>9.2f}x"
              f"{r['cpu']:>14.0f}{r['mb'] / r['cpu'] if r['cpu'] else float('nan'):>14.2f}{r['load']:>6.1f}")
    print("  (worker CPU s: CPU time the worker processes got; on a machine shared with other work, "
          "wall-clock MB/s is bounded by it; load: the 1-minute load average at the end)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=200.0, help="corpus size in MB (default 200)")
    ap.add_argument("--workers", default="1,2", help="process counts to measure (default 1,2)")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    args = ap.parse_args(argv)
    print_rows(measure(args.mb, [int(w) for w in args.workers.split(",")], dask=not args.no_dask))
    return 0


if __name__ == "__main__":
    sys.exit(main())
