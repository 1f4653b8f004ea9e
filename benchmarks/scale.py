"""Scale benchmark (issue 6): synthetic ledgers through validate, build, tabulate, compare.

    .venv/bin/python benchmarks/scale.py [--sizes 10000,100000,1000000]

For each size, synthetic raw inputs (benchmarks/synthetic.py: dozens of claimants, all
governorates, two years of dates) are written once to a temporary folder, untimed. A
fresh interpreter per size then times, so that its peak memory is that size's alone:

- validate: ``read_inputs`` (read and check every raw input, as ``crosstally validate``);
- build: ``build`` (validates, then writes ledger CSV, Parquet and report);
- load: ``load_ledger``, as the notebooks start;
- tabulate+compare: ``tabulation_tables`` then ``comparison_tables`` with the default
  parameters, the period widened to 2015-09-30..2017-09-30 so the two synthetic years
  fall inside; each set of tables is let go before the next, as notebooks 01 and 02
  run in kernels of their own;
- total: build, load, tabulate+compare: end to end as ``crosstally build`` and the
  notebooks run (validate is shown on its own; build does the same work inside);
- baseline: bare pandas on the same data in the same process: ``read_parquet`` of the
  built ledger and a group-by of value per claimant and metric.

Peak memory is the child's maximum resident set size. Target (issue 6): 1 million
figures end to end in at most 10 s and 2 GB, growing about linearly. The machine is
shared, so compare the ratios (total / baseline, growth per size) measured in one run.
Prints figures; never fails on a threshold.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (10_000, 100_000, 1_000_000)
PARAMS = dict(metrics=[], places=[], period_start="2015-09-30", period_end="2017-09-30",
              claimants=[], include_context=False)


def measure(root: Path) -> dict:
    """Run every stage on the project at ``root``; seconds per stage and peak RSS in MB."""
    import pandas as pd

    from crosstally.ledger import build, load_ledger, read_inputs
    from crosstally.paths import Paths
    from crosstally.tables import comparison_tables, tabulation_tables
    from crosstally.tabulate import load_admin1

    paths = Paths(root)
    seconds = {}

    def timed(stage, fn):
        start = time.perf_counter()
        result = fn()
        seconds[stage] = time.perf_counter() - start
        return result

    raw = timed("validate", lambda: read_inputs(paths))
    if raw.errors:
        raise SystemExit(f"synthetic inputs do not validate: {raw.errors[0]}")
    del raw
    timed("build", lambda: build(paths))
    ledger = timed("load", lambda: load_ledger(paths=paths))
    admin1 = load_admin1(paths.admin1)
    def tables():
        tabulation_tables(ledger, admin1=admin1, **PARAMS)
        comparison_tables(ledger, admin1=admin1, **PARAMS)

    timed("tabulate+compare", tables)
    seconds["total"] = sum(seconds[k] for k in ("build", "load", "tabulate+compare"))
    del ledger

    def baseline():
        df = pd.read_parquet(paths.ledger_parquet)
        return df.groupby(["claimant", "metric"]).agg(
            figures=("value", "size"), total=("value", "sum"), lowest=("value", "min"), highest=("value", "max"))

    timed("baseline", baseline)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {"seconds": seconds, "peak_mb": peak_mb}


def run_size(n: int, workdir: Path) -> dict:
    """Generate ``n`` synthetic figures (untimed), then measure them in a fresh interpreter."""
    sys.path.insert(0, str(HERE))
    from synthetic import make_project

    root = workdir / f"n{n}"
    start = time.perf_counter()
    make_project(root, n)
    generated = time.perf_counter() - start
    child = subprocess.run([sys.executable, __file__, "--child", str(root)],
                           capture_output=True, text=True, check=False)
    if child.returncode != 0:
        raise SystemExit(f"size {n}: the measuring process failed:\n{child.stderr}")
    result = json.loads(child.stdout.strip().splitlines()[-1])
    result.update(n=n, generated=generated)
    return result


def report(results: list[dict]) -> None:
    stages = ("validate", "build", "load", "tabulate+compare", "total", "baseline")
    header = (f"{'figures':>10} " + " ".join(f"{s + ' s':>17}" for s in stages)
              + f" {'peak MB':>8} {'total/baseline':>15} {'growth (size x)':>16}")
    print(header)
    prev = None
    for r in results:
        s = r["seconds"]
        growth = "" if prev is None else f"{s['total'] / prev['seconds']['total']:.1f} ({r['n'] / prev['n']:.0f})"
        print(f"{r['n']:>10,} " + " ".join(f"{s[k]:>17.2f}" for k in stages)
              + f" {r['peak_mb']:>8.0f} {s['total'] / s['baseline']:>15.1f} {growth:>16}")
        prev = r
    print("\ntotal = build (which validates) + load + tabulate+compare; growth: total over the previous"
          "\nsize's total (and the size ratio).")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)),
                    help="comma-separated numbers of figures (default: %(default)s)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # internal: measure one project
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return 0

    import pandas as pd
    import pyarrow

    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; Python {sys.version.split()[0]}, "
          f"pandas {pd.__version__}, pyarrow {pyarrow.__version__}")
    results = []
    with tempfile.TemporaryDirectory(prefix="crosstally-scale-") as tmp:
        for n in sizes:
            results.append(run_size(n, Path(tmp)))
            print(f"  {n:,} figures: inputs generated in {results[-1]['generated']:.1f} s (untimed), "
                  f"measured in {results[-1]['seconds']['total']:.1f} s", flush=True)
    print()
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
