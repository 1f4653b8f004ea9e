"""Scale benchmark (issue 6): synthetic ledgers through validate, build, tabulate, compare.

    .venv/bin/python benchmarks/scale.py [--sizes 10000,100000,1000000]
    .venv/bin/python benchmarks/scale.py --sizes 1000000 --against ../main/src --repeat 3

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

Each stage is timed twice: wall seconds and CPU seconds (user + system of the process,
all its threads). On a machine shared with other work, wall time measures the queue for
the cores as much as the work; CPU seconds (and the peak) much less so. Peak memory is
the child's own high-water mark of resident memory (``VmHWM``; not ``ru_maxrss``, which
on Linux carries over the fork from this parent). Target (issue 6): 1 million figures end
to end in at most 10 s and 2 GB, growing about linearly. Compare the ratios (total / baseline,
growth per size) measured in one run.

A/B (``--against SRC``, a ``src`` folder of another version of the package, e.g. of a
worktree of main; ``--repeat N``): each size's inputs are generated once, then measured
by this version and that one alternately, each run in a fresh interpreter, N times
each; the medians are printed with this version's over that one's (CPU seconds per
stage, peak memory). Prints figures; never fails on a threshold.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (10_000, 100_000, 1_000_000)
STAGES = ("validate", "build", "load", "tabulate+compare", "total", "baseline")
PARAMS = dict(metrics=[], places=[], period_start="2015-09-30", period_end="2017-09-30",
              claimants=[], include_context=False)


def _cpu() -> float:
    """CPU seconds of this process so far: user + system, all threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(root: Path) -> dict:
    """Run every stage on the project at ``root``; wall and CPU seconds per stage and peak
    RSS in MB."""
    import pandas as pd

    from crosstally.ledger import build, load_ledger, read_inputs
    from crosstally.paths import Paths
    from crosstally.tables import comparison_tables, tabulation_tables
    from crosstally.tabulate import load_admin1

    paths = Paths(root)
    seconds, cpu = {}, {}

    def timed(stage, fn):
        start, start_cpu = time.perf_counter(), _cpu()
        result = fn()
        seconds[stage], cpu[stage] = time.perf_counter() - start, _cpu() - start_cpu
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
    for spent in (seconds, cpu):
        spent["total"] = sum(spent[k] for k in ("build", "load", "tabulate+compare"))
    del ledger

    def baseline():
        df = pd.read_parquet(paths.ledger_parquet)
        return df.groupby(["claimant", "metric"]).agg(
            figures=("value", "size"), total=("value", "sum"), lowest=("value", "min"), highest=("value", "max"))

    timed("baseline", baseline)
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb()}


def peak_mb() -> float:
    """This process's peak resident memory in MB: Linux's high-water mark of its own
    memory (``VmHWM``), which starts afresh when the interpreter is executed.

    Not ``getrusage``'s ``ru_maxrss`` where ``VmHWM`` can be read: on Linux that carries
    over a fork and an exec, so a child forked by a parent holding 2 GB (the one that
    generated a million synthetic figures) reports 2 GB, whatever it used itself.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux, bytes on macOS


def generate(n: int, workdir: Path) -> tuple[Path, float]:
    """Synthetic inputs of ``n`` figures under ``workdir`` (untimed); (root, seconds taken)."""
    sys.path.insert(0, str(HERE))
    from synthetic import make_project

    root = workdir / f"n{n}"
    start = time.perf_counter()
    make_project(root, n)
    return root, time.perf_counter() - start


def run_child(root: Path, src: Path | None = None) -> dict:
    """Measure the project at ``root`` in a fresh interpreter, with the package from
    ``src`` (a folder holding ``crosstally/``) instead of this one when given."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [env.get("PYTHONPATH")])])
    child = subprocess.run([sys.executable, __file__, "--child", str(root)],
                           capture_output=True, text=True, check=False, env=env)
    if child.returncode != 0:
        raise SystemExit(f"{root.name}: the measuring process failed:\n{child.stderr}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def run_size(n: int, workdir: Path) -> dict:
    """Generate ``n`` synthetic figures (untimed), then measure them in a fresh interpreter."""
    root, generated = generate(n, workdir)
    result = run_child(root)
    result.update(n=n, generated=generated)
    return result


def report(results: list[dict]) -> None:
    header = (f"{'figures':>10} " + " ".join(f"{s + ' s':>17}" for s in STAGES)
              + f" {'peak MB':>8} {'total/baseline':>15} {'growth (size x)':>16}")
    for kind in ("seconds", "cpu"):
        print("wall seconds" if kind == "seconds" else "\nCPU seconds (user + system, all threads)")
        print(header)
        prev = None
        for r in results:
            s = r[kind]
            growth = "" if prev is None else f"{s['total'] / prev[kind]['total']:.1f} ({r['n'] / prev['n']:.0f})"
            print(f"{r['n']:>10,} " + " ".join(f"{s[k]:>17.2f}" for k in STAGES)
                  + f" {r['peak_mb']:>8.0f} {s['total'] / s['baseline']:>15.1f} {growth:>16}")
            prev = r
    print("\ntotal = build (which validates) + load + tabulate+compare; growth: total over the previous"
          "\nsize's total (and the size ratio).")


def compare_versions(sizes: list[int], against: Path, repeat: int, workdir: Path) -> None:
    """A/B: per size, this version ("new") and the one at ``against`` ("old"), alternately,
    ``repeat`` times each, each run in a fresh interpreter; medians and new / old."""
    for n in sizes:
        root, generated = generate(n, workdir)
        print(f"\n{n:,} figures (inputs generated in {generated:.1f} s, untimed); load average "
              f"{os.getloadavg()[0]:.2f}", flush=True)
        runs = {"new": [], "old": []}
        for i in range(repeat):
            for version, src in (("new", None), ("old", against)) if i % 2 == 0 else (("old", against), ("new", None)):
                runs[version].append(run_child(root, src))
                r = runs[version][-1]
                print(f"  run {i + 1} {version}: CPU s " + " ".join(f"{k} {r['cpu'][k]:.2f}" for k in STAGES)
                      + f"; wall total {r['seconds']['total']:.2f} s; peak {r['peak_mb']:.0f} MB", flush=True)
        median = {v: {k: statistics.median(r["cpu"][k] for r in rs) for k in STAGES}
                  | {"peak_mb": statistics.median(r["peak_mb"] for r in rs),
                     "wall_total": statistics.median(r["seconds"]["total"] for r in rs)}
                  for v, rs in runs.items()}
        print(f"  {'median':<8}" + " ".join(f"{k + ' CPU s':>22}" for k in STAGES)
              + f" {'peak MB':>9} {'wall total s':>13}")
        for v in ("old", "new"):
            m = median[v]
            print(f"  {v:<8}" + " ".join(f"{m[k]:>22.2f}" for k in STAGES) + f" {m['peak_mb']:>9.0f}"
                  f" {m['wall_total']:>13.2f}")
        ratio = {k: median["new"][k] / median["old"][k] for k in (*STAGES, "peak_mb", "wall_total")}
        print(f"  {'new/old':<8}" + " ".join(f"{ratio[k]:>22.2f}" for k in STAGES) + f" {ratio['peak_mb']:>9.2f}"
              f" {ratio['wall_total']:>13.2f}")
        peaks = {v: [round(r["peak_mb"]) for r in rs] for v, rs in runs.items()}
        print(f"  peaks (MB), every run: old {peaks['old']}, new {peaks['new']}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)),
                    help="comma-separated numbers of figures (default: %(default)s)")
    ap.add_argument("--against", type=Path,
                    help="A/B: the src folder of another version of crosstally (e.g. of a worktree of main)")
    ap.add_argument("--repeat", type=int, default=3, help="A/B: runs of each version per size (default: %(default)s)")
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
    if args.against:
        if not (args.against / "crosstally" / "__init__.py").is_file():
            raise SystemExit(f"--against {args.against}: no crosstally package there (give its src folder)")
        with tempfile.TemporaryDirectory(prefix="crosstally-scale-") as tmp:
            compare_versions(sizes, args.against.resolve(), args.repeat, Path(tmp))
        return 0
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
