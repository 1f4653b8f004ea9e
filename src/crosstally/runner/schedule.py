"""Scheduling: plan one job per notebook and parameter set, then run what changed,
dependencies first and longest chains first, as workers become free.
"""
from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from pathlib import Path

from ..paths import Paths
from .kernels import KernelPool, _ExecutorFront
from .params import Declared, ParamSet, _default_value
from .pipeline import Pipeline, Step, UsageError, _rel
from .report import JobResult, _failure_text, _print
from .state import _decide, _executed_path, _record_success, _state_file

@dataclass
class _Job:
    step: Step
    params: ParamSet
    parameters: dict  # injected by papermill: the given values of names this notebook declares
    effective: dict  # every declared parameter's value, defaults included, for the key
    deps: list[_Job]
    order: int
    height: int = 1  # longest chain of dependents, to start critical paths first
    state: dict | None = None  # recorded after a good run (or kept when skipped)

    @property
    def once(self) -> bool:
        return not self.step.per_run

    @property
    def label(self) -> str:
        return f"{self.step.name} ({'once' if self.once else self.params.run_name})"


def _plan(pipeline: Pipeline, param_sets: list[ParamSet], once: ParamSet,
          declared: dict[str, dict[str, Declared]], only: list[str] | None) -> list[_Job]:
    selected = _select(pipeline, only)
    jobs: dict[tuple[str, str | None], _Job] = {}
    for step in pipeline.steps.values():
        for ps in (param_sets if step.per_run else [once]):
            key = (step.name, ps.run_name if step.per_run else None)
            deps = [jobs[(d, ps.run_name if pipeline.steps[d].per_run else None)]
                    for d in step.depends_on]
            parameters = {k: v for k, v in ps.values.items() if k in declared[step.name]}
            effective = {name: parameters[name] if name in parameters else _default_value(decl)
                         for name, decl in declared[step.name].items()}
            jobs[key] = _Job(step, ps, parameters, effective, deps, order=len(jobs))
    for job in reversed(list(jobs.values())):  # dependents come later in the order
        for dep in job.deps:
            dep.height = max(dep.height, job.height + 1)
    return [j for j in jobs.values() if j.step.name in selected]


def _select(pipeline: Pipeline, only: list[str] | None) -> set[str]:
    if not only:
        return set(pipeline.steps)
    chosen = set()
    for name in only:
        matches = [s for s in pipeline.steps if s == name or s.split("-", 1)[0] == name
                   or Path(pipeline.steps[s].file).stem == Path(name).stem]
        if not matches:
            raise UsageError(f"--only {name}: no such notebook; notebooks: {', '.join(pipeline.steps)}")
        chosen.update(matches)
    return chosen


def _schedule(paths: Paths, pipeline: Pipeline, jobs: list[_Job], selected: set[int], code: str,
              force: bool, pool: KernelPool | _ExecutorFront, results: dict[int, JobResult]) -> None:
    """Decide each job once its dependencies are done; run what changed, critical paths first."""
    pending = sorted(jobs, key=lambda j: (-j.height, j.order))
    to_run: list[tuple[_Job, dict, str]] = []  # decided, waiting for a free worker
    running: dict[Future, tuple[_Job, dict, str]] = {}
    stopped = False

    def finished(dep: _Job) -> bool:
        result = results.get(id(dep))
        return id(dep) not in selected or (result is not None and result.status in ("ran", "skipped"))

    while pending or to_run or running:
        progressed = True
        while progressed and not stopped:
            progressed = False
            for job in list(pending):
                if not all(finished(d) for d in job.deps):
                    continue
                pending.remove(job)
                progressed = True
                reason, parts = _decide(paths, pipeline, job, code, force)
                if reason is None:
                    results[id(job)] = JobResult(job.step.name, job.params.run_name, job.once,
                                                 "skipped", "unchanged")
                    _print(f"[skipped: unchanged] {job.label}")
                else:
                    to_run.append((job, parts, reason))
        while to_run and pool.free() and not stopped:
            job, parts, reason = to_run.pop(0)
            if not running:
                import papermill  # noqa: F401 - import once here, not racing in worker threads
            spec = {"notebook": str(paths.root / job.step.file),
                    "executed": str(_executed_path(paths, job)),
                    "parameters": job.parameters, "kernel": pipeline.kernel,
                    "cwd": str(paths.notebooks), "timeout": pipeline.timeout,
                    "root": str(paths.root)}
            _print(f"[running] {job.label}: {reason}")
            running[pool.submit(spec)] = (job, parts, reason)
        if not running:
            break
        done, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            job, parts, reason = running.pop(future)
            pool.release(future)
            try:
                result = future.result()
            except Exception as err:  # noqa: BLE001 - the executor itself failed (e.g. a lost worker)
                result = {"ok": False, "seconds": 0.0, "cell": None, "source": "",
                          "ename": type(err).__name__, "evalue": str(err)}
            executed = _executed_path(paths, job)
            if result["ok"]:
                _record_success(paths, job, parts, result["seconds"], executed)
                results[id(job)] = JobResult(job.step.name, job.params.run_name, job.once, "ran",
                                             reason, result["seconds"], _rel(executed, paths.root))
                _print(f"[ran {result['seconds']:.1f}s] {job.label}")
                for pattern in job.state["unmatched"]:
                    _print(f"  warning: it wrote no file matching its declared output {pattern}")
            else:
                _state_file(paths, job).unlink(missing_ok=True)  # never "good" after a failure
                text = _failure_text(paths, job, result, executed)
                results[id(job)] = JobResult(job.step.name, job.params.run_name, job.once, "failed",
                                             reason, result["seconds"], _rel(executed, paths.root), text)
                _print(f"[failed {result['seconds']:.1f}s] {job.label}\n{text}")
                stopped = True
    pending = [job for job, _, _ in to_run] + pending
    for job in pending:  # dependencies come first in ``pending``, so their results are set
        upstream_failed = any(results.get(id(d)) and results[id(d)].status in ("failed", "not run")
                              for d in job.deps)
        why = "an upstream notebook failed" if upstream_failed else "stopped after a failure"
        results[id(job)] = JobResult(job.step.name, job.params.run_name, job.once, "not run", why)
        _print(f"[not run: {why}] {job.label}")
