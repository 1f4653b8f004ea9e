"""Regeneration benchmark: the full default collection from scratch, against a floor.

    .venv/bin/python benchmarks/regeneration.py [--repeat 3] [-j N]

Works in a temporary copy of the project (inputs, notebooks, params; no outputs, no
build/), so the committed tables, figures and briefings are never touched.

- floor: the same number of papermill executions as the full run, through the same
  runner function (same kernel, same shutdown) and the same number of workers, of
  *empty* notebooks: each holds only the import statements of the notebook it stands
  for. It is what kernels and imports cost, whatever the notebooks do.
- full: ``crosstally run`` from scratch (every params/*.yaml, every notebook), in a
  fresh process, as a user runs it (``python -m crosstally.runner``: the same main()).
- no-op: ``crosstally run`` again with nothing changed; everything must be skipped.

Targets (issue 6): full <= 1.3 x floor; no-op < 1 s. Each repeat measures floor and
full back to back on a clean copy; the median ratio is reported with every pair.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("crosstally.yaml", "data/raw", "data/processed/ledger.csv", "data/processed/ledger.parquet",
          "data/processed/validation-report.md", "notebooks", "params")
FULL_TARGET, NOOP_TARGET = 1.3, 1.0


def copy_project(source: Path, dest: Path) -> None:
    """Inputs, notebooks and parameters only: every output is regenerated."""
    for rel in COPIED:
        src = source / rel
        if src.is_dir():
            shutil.copytree(src, dest / rel)
        elif src.exists():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)


def imports_only(notebook: Path) -> nbformat.NotebookNode:
    """An empty notebook with the same kernel and the same import statements."""
    nb = nbformat.read(notebook, as_version=4)
    lines = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            for node in ast.parse(cell.source).body:
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    lines.append(ast.unparse(node))
    empty = nbformat.v4.new_notebook(metadata={"kernelspec": nb.metadata["kernelspec"]})
    empty.cells = [nbformat.v4.new_code_cell("\n".join(lines))]
    return empty


def floor_specs(project: Path, workdir: Path) -> list[dict]:
    """One execution spec per execution the full run makes (per notebook, per parameter set)."""
    from crosstally import runner
    from crosstally.paths import Paths

    paths = Paths(project)
    pipeline = runner.load_pipeline(paths)
    n_sets = len(runner.load_param_sets(paths, None, None))
    specs = []
    for step in pipeline.steps.values():
        empty = workdir / Path(step.file).name
        nbformat.write(imports_only(project / step.file), empty)
        for i in range(n_sets if step.per_run else 1):
            specs.append({"notebook": str(empty), "executed": str(workdir / "out" / f"{i}-{empty.name}"),
                          "parameters": {}, "kernel": pipeline.kernel, "cwd": str(paths.notebooks),
                          "timeout": pipeline.timeout, "root": str(project)})
    return specs


def run_floor(specs_file: Path, workers: int) -> None:
    """Child-process entry: execute the empty notebooks like the runner does, print seconds."""
    from concurrent.futures import ThreadPoolExecutor

    import papermill  # noqa: F401 - imported once, before the worker threads (as the runner does)

    from crosstally.runner import execute_job

    specs = json.loads(specs_file.read_text())
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(execute_job, specs))
    seconds = time.perf_counter() - start
    failed = [r for r in results if not r["ok"]]
    if failed:
        sys.exit(f"floor notebook failed: {failed[0]}")
    print(json.dumps({"seconds": seconds, "executions": len(specs)}))


def timed(cmd: list[str], env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return seconds, proc.stdout


def crosstally_run_cmd(workers: int, fresh_kernels: bool) -> list[str]:
    """``crosstally run -j N`` (the runner's own entry point: the same main())."""
    return ([sys.executable, "-m", "crosstally.runner", "-j", str(workers)]
            + (["--fresh-kernels"] if fresh_kernels else []))


def measure_once(source: Path, workers: int, fresh_kernels: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="crosstally-bench-") as tmp:
        project, workdir = Path(tmp) / "project", Path(tmp) / "floor"
        copy_project(source, project)
        workdir.mkdir()
        env = {**os.environ, "CROSSTALLY_ROOT": str(project)}
        specs = floor_specs(project, workdir)
        specs_file = workdir / "specs.json"
        specs_file.write_text(json.dumps(specs))

        floor_wall, out = timed([sys.executable, __file__, "--floor", str(specs_file),
                                 "-j", str(workers)], env)
        full, full_out = timed(crosstally_run_cmd(workers, fresh_kernels), env)
        noop, noop_out = timed(crosstally_run_cmd(workers, fresh_kernels), env)
        if "[running]" in noop_out:
            # Only when something changed in between (e.g. src/crosstally edited meanwhile).
            print(f"  the no-op re-run did not skip everything:\n{noop_out}", flush=True)
            noop = float("nan")
        ran = full_out.count("[ran ")
        if ran != len(specs):
            sys.exit(f"full run executed {ran} notebooks, floor {len(specs)}:\n{full_out}")
        return {"executions": len(specs), "floor": floor_wall, "full": full, "noop": noop,
                "ratio": full / floor_wall, "notebooks": notebook_seconds(full_out)}


def notebook_seconds(output: str) -> list[tuple[float, str]]:
    """(seconds, label) per executed notebook, from the runner's ``[ran 3.1s] name (set)`` lines."""
    found = re.findall(r"^\[ran ([0-9.]+)s\] (.+)$", output, flags=re.MULTILINE)
    return sorted(((float(sec), label) for sec, label in found), reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="floor/full pairs to measure")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count(), help="workers (default: cores)")
    parser.add_argument("--root", type=Path, default=ROOT, help="project to copy (default: this one)")
    parser.add_argument("--fresh-kernels", action="store_true",
                        help="run the full regeneration with a fresh kernel per notebook, as the floor does")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor:
        run_floor(args.floor, args.jobs)
        return 0

    print(f"regeneration: {args.repeat} repeat(s), {args.jobs} worker(s), {os.cpu_count()} core(s), "
          f"{'a fresh kernel per notebook' if args.fresh_kernels else 'one reused kernel per worker'}")
    runs = []
    for i in range(args.repeat):
        r = measure_once(args.root.resolve(), args.jobs, args.fresh_kernels)
        runs.append(r)
        print(f"  #{i + 1}: {r['executions']} executions  floor {r['floor']:.2f}s  "
              f"full {r['full']:.2f}s  ratio {r['ratio']:.2f}  no-op {r['noop']:.2f}s", flush=True)
    ratio = statistics.median(r["ratio"] for r in runs)
    noops = [r["noop"] for r in runs if r["noop"] == r["noop"]]  # nan: a re-run found a change
    noop = statistics.median(noops) if noops else float("nan")
    print(f"floor (median)             {statistics.median(r['floor'] for r in runs):.2f} s")
    print(f"full regeneration (median) {statistics.median(r['full'] for r in runs):.2f} s")
    print(f"ratio to floor (median)    {ratio:.2f}  (target <= {FULL_TARGET}: "
          f"{'met' if ratio <= FULL_TARGET else 'NOT met'})")
    print(f"no-op re-run (median)      {noop:.2f} s  (target < {NOOP_TARGET} s: "
          f"{'met' if noop < NOOP_TARGET else 'NOT met'})")
    print("where the full run's time went (last repeat; seconds per notebook, kernel start included):")
    for seconds, label in runs[-1]["notebooks"]:
        print(f"  {seconds:6.1f}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
