"""Hashing and state: what decides whether a notebook runs again.

Every execution is keyed by a hash of the notebook file, the parameters it receives,
the content of its declared inputs, the case's ``crosstally.yaml`` (its title, country
name, period and comparisons reach the notebooks through ``crosstally.case``, not as
declared inputs), the package code, the kernel name and the outputs of the notebooks it
depends on. Keys and output hashes live in ``build/.state/``.
"""
from __future__ import annotations

import glob
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import Paths
from .pipeline import Pipeline, _rel

if TYPE_CHECKING:
    from .schedule import _Job

_hash_memo: dict[tuple[str, int, int], str] = {}


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes, memoised on (path, mtime, size) within one process."""
    st = path.stat()
    memo = (str(path), st.st_mtime_ns, st.st_size)
    if memo not in _hash_memo:
        with open(path, "rb") as fh:
            _hash_memo[memo] = hashlib.file_digest(fh, "sha256").hexdigest()
    return _hash_memo[memo]


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()


def code_hash() -> str:
    """Hash of every file of the installed crosstally package: the code notebooks run."""
    package = Path(__file__).resolve().parents[1]
    files = sorted(p for p in package.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    return _digest({p.relative_to(package).as_posix(): file_hash(p) for p in files})


def _expand(root: Path, pattern: str) -> list[str]:
    return sorted(glob.glob(pattern, root_dir=root, recursive=True))


def _hash_globs(root: Path, patterns, run_name: str) -> dict[str, str | None]:
    """{relative path: hash} for every file the patterns match; an unmatched pattern maps to None."""
    hashes: dict[str, str | None] = {}
    for raw in patterns:
        pattern = raw.replace("{run_name}", run_name)
        matches = [m for m in _expand(root, pattern) if (root / m).is_file()]
        if not matches:
            hashes[pattern] = None
        for m in matches:
            hashes[m] = file_hash(root / m)
    return hashes


def _write_json(path: Path, obj) -> None:
    from ..io import write_text  # imports pandas: only reached when something ran

    write_text(path, json.dumps(obj, indent=1, sort_keys=True) + "\n")


def _state_file(paths: Paths, job: _Job) -> Path:
    base = paths.build / ".state"
    return (base / "once" if job.once else base / "runs" / job.params.run_name) / f"{job.step.name}.json"


def _executed_path(paths: Paths, job: _Job) -> Path:
    return paths.build / job.params.run_name / Path(job.step.file).name


def _key_parts(paths: Paths, pipeline: Pipeline, job: _Job, code: str) -> dict:
    return {
        "notebook": file_hash(paths.root / job.step.file),
        "kernel": pipeline.kernel,
        "parameters": job.effective,
        "inputs": _hash_globs(paths.root, job.step.inputs, job.params.run_name),
        # every notebook reads the case's settings; an edited title or comparison re-runs them
        # (a Libya trial's and a Sudan trial's briefings kept the old ones until --force)
        "case": file_hash(paths.config) if paths.config.is_file() else None,
        "code": code,
        "upstream": {d.label: _digest(d.state["outputs"] if d.state else None) for d in job.deps},
    }


def _why_changed(old: dict, new: dict) -> str:
    reasons = []
    if old["notebook"] != new["notebook"]:
        reasons.append("notebook changed")
    if old["kernel"] != new["kernel"]:
        reasons.append("kernel changed")
    if old["code"] != new["code"]:
        reasons.append("package code changed")
    if old.get("case") != new.get("case"):
        reasons.append("crosstally.yaml changed")
    changed = sorted(k for k in old["parameters"].keys() | new["parameters"].keys()
                     if old["parameters"].get(k) != new["parameters"].get(k))
    if changed:
        reasons.append("parameters changed: " + ", ".join(changed))
    changed = sorted(k for k in old["inputs"].keys() | new["inputs"].keys()
                     if old["inputs"].get(k, "absent") != new["inputs"].get(k, "absent"))
    if changed:
        reasons.append("input changed: " + ", ".join(changed[:3]) + (" ..." if len(changed) > 3 else ""))
    changed = sorted(k for k in new["upstream"] if old["upstream"].get(k) != new["upstream"][k])
    if changed:
        reasons.append("upstream output changed: " + ", ".join(changed))
    return "; ".join(reasons) or "key changed"


def _decide(paths: Paths, pipeline: Pipeline, job: _Job, code: str, force: bool) -> tuple[str | None, dict]:
    """(reason to run, or None to skip; the key parts to record if it runs)."""
    parts = _key_parts(paths, pipeline, job, code)
    if force:
        return "forced", parts
    try:
        state = json.loads(_state_file(paths, job).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return "no record of a good run", parts
    if state.get("key") != _digest(parts):
        return _why_changed(state["parts"], parts), parts
    for rel, recorded in state["outputs"].items():
        out = paths.root / rel
        if not out.is_file():
            return f"output missing: {rel}", parts
        if file_hash(out) != recorded:
            return f"output changed: {rel}", parts
    job.state = state
    return None, parts


def _load_recorded_state(paths: Paths, job: _Job) -> None:
    """For a dependency outside ``--only``: use its last good record for the upstream hash."""
    try:
        job.state = json.loads(_state_file(paths, job).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        job.state = None


def _record_success(paths: Paths, job: _Job, parts: dict, seconds: float, executed: Path) -> None:
    hashes = _hash_globs(paths.root, job.step.outputs, job.params.run_name)
    optional = _hash_globs(paths.root, job.step.optional_outputs, job.params.run_name)
    outputs = {k: v for k, v in {**hashes, **optional}.items() if v is not None}
    job.state = {"key": _digest(parts), "parts": parts, "outputs": outputs,
                 "unmatched": sorted(k for k, v in hashes.items() if v is None),  # optional ones may be absent
                 "seconds": round(seconds, 2), "executed": _rel(executed, paths.root)}
    _write_json(_state_file(paths, job), job.state)
