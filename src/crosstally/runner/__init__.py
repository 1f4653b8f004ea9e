"""Run the notebooks with papermill: in pipeline order, incrementally, in parallel.

The pipeline is declared once in ``notebooks/pipeline.yaml``: each notebook's file, the
inputs it reads, the outputs it writes and the notebooks it depends on. A *parameter
set* (``params/*.yaml``) names a run; each notebook runs once per set (``per_run:
false`` notebooks run once per invocation, with ``params/default.yaml``).

Incremental: every execution is keyed by a hash of the notebook file, the parameters
it receives, the content of its declared inputs, the package code (every file of
``crosstally``), the kernel name and the outputs of the notebooks it depends on. When
the key matches the one recorded after the last good run, and the recorded outputs
still exist with the recorded hashes, the run is skipped. Keys and output hashes live
in ``build/.state/`` (git-ignored); executed notebooks go to ``build/<run_name>/``.

Parallel: executions whose dependencies are done run at once, longest chains first.
By default one thread per core, each driving papermill on a kernel it keeps: a kernel
is started once per worker and reset between notebooks (empty namespace, working
directory, matplotlib and pandas settings), so kernel start-up and library imports are
paid once per worker rather than once per notebook (``--fresh-kernels`` turns this off).
Any ``concurrent.futures.Executor`` (a process pool, a ``dask.distributed`` client's
executor) can be passed instead; it runs ``execute_job``, one fresh kernel per notebook.

Parameters are checked before any kernel starts: a name no notebook declares in its
``parameters`` cell, or a value whose type differs from the declared one, is refused.

A no-op run must stay well under a second, so nothing heavy (papermill, pandas) is
imported unless a notebook actually runs.

Modules, one concern each: ``pipeline`` (the declaration), ``params`` (parameter sets
and their checks), ``state`` (hashing and the record of good runs), ``kernels``
(starting, reusing and resetting kernels), ``schedule`` (the plan and the loop),
``report`` (results) and ``notebooks`` (the stored form). This module holds the two
entry points, ``run`` and ``main``.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import Executor
from pathlib import Path

from .. import stamp
from ..paths import Paths
from .kernels import Kernel, KernelPool, _ExecutorFront, execute_job, reset_kernel_state
from .notebooks import canonical_notebook, strip_notebooks
from .params import (Declared, ParamSet, check_values, declared_parameters, load_param_sets,
                     parse_override, validate_parameters, _once_params)
from .pipeline import (DEFAULT_PARAMS, EXIT_FAILED, EXIT_OK, EXIT_USAGE, PIPELINE_FILE, RUN_NAME,
                       Pipeline, Step, UsageError, load_pipeline)
from .report import JobResult, RunReport, _print
from .schedule import _plan, _schedule
from .state import _hash_memo, _load_recorded_state, code_hash, file_hash

__all__ = [
    "DEFAULT_PARAMS", "EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "PIPELINE_FILE", "RUN_NAME",
    "Declared", "JobResult", "Kernel", "KernelPool", "ParamSet", "Paths", "Pipeline", "RunReport",
    "Step", "UsageError", "canonical_notebook", "check_values", "code_hash", "declared_parameters",
    "execute_job", "file_hash", "load_param_sets", "load_pipeline", "main", "parse_override",
    "reset_kernel_state", "run", "strip_notebooks", "validate_parameters",
]


def run(params_files: list[Path] | None = None, overrides: dict | None = None, force: bool = False,
        notebooks: list[str] | None = None, max_workers: int | None = None,
        root: Path | None = None, executor: Executor | None = None,
        fresh_kernels: bool = False) -> RunReport:
    """Run the pipeline for each parameter set; skip what is unchanged.

    Raises UsageError (before any kernel starts) for a bad pipeline or parameter.
    By default ``max_workers`` (default: all cores) threads each reuse one kernel
    (KernelPool); ``fresh_kernels`` starts a new kernel for every notebook.
    ``executor``: any concurrent.futures.Executor instead (e.g. ``dask.distributed.Client(...)
    .get_executor()``), which runs ``execute_job`` (one fresh kernel per notebook).
    """
    started = time.perf_counter()
    _hash_memo.clear()
    paths = Paths(root)
    pipeline = load_pipeline(paths)
    param_sets = load_param_sets(paths, params_files, overrides)
    declared = declared_parameters(paths, pipeline)
    once = _once_params(paths)
    validate_parameters(param_sets + [once] if once.source not in {p.source for p in param_sets}
                        else param_sets, declared)
    check_values(paths, param_sets)
    problems = stamp.run_problems(paths)  # notebooks read only inputs a build validated
    if problems:
        raise UsageError("\n".join(problems))
    jobs = _plan(pipeline, param_sets, once, declared, notebooks)
    code = code_hash()

    selected = {id(j) for j in jobs}
    for job in jobs:
        for dep in job.deps:
            if id(dep) not in selected:
                _load_recorded_state(paths, dep)

    if executor is not None:
        pool = _ExecutorFront(executor)
    else:
        pool = KernelPool(max_workers or os.cpu_count() or 1, reuse=not fresh_kernels)
    results: dict[int, JobResult] = {}
    try:
        _schedule(paths, pipeline, jobs, selected, code, force, pool, results)
    finally:
        pool.close()
    report = RunReport([results[id(j)] for j in jobs], time.perf_counter() - started)
    _print(report.summary())
    return report


def main(argv: list[str] | None = None) -> int:
    """``crosstally run``: 0 when every notebook ran or was skipped, 1 when one failed, 2 for bad usage."""
    parser = argparse.ArgumentParser(
        prog="crosstally run",
        description="Execute the notebooks with papermill, for each parameter set; "
                    "skip those whose notebook, parameters, inputs and package code are unchanged.")
    parser.add_argument("--params", action="append", type=Path, metavar="FILE.yaml",
                        help="parameter set (repeat for a sweep; default: every params/*.yaml)")
    parser.add_argument("-p", action="append", default=[], metavar="KEY=VALUE", dest="overrides",
                        help="override a parameter for every set; VALUE is YAML (e.g. places=[SY02])")
    parser.add_argument("--force", action="store_true", help="re-run every notebook")
    parser.add_argument("--only", action="append", metavar="NOTEBOOK",
                        help="run only this notebook (name or number, e.g. 03-figures or 03); repeatable")
    parser.add_argument("-j", "--jobs", type=int, metavar="N",
                        help="notebooks run at once (default: number of cores)")
    parser.add_argument("--fresh-kernels", action="store_true",
                        help="start a new kernel for every notebook (default: each worker reuses one)")
    args = parser.parse_args(argv)
    try:
        overrides = dict(parse_override(text) for text in args.overrides)
        report = run(args.params, overrides, force=args.force, notebooks=args.only,
                     max_workers=args.jobs, fresh_kernels=args.fresh_kernels)
    except UsageError as err:
        print(f"crosstally run: refused, no notebook was run:\n{err}", file=sys.stderr)
        return EXIT_USAGE
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
