"""Reporting: what happened to each notebook run, printed as it happens and summed up."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import Paths
from .pipeline import EXIT_FAILED, EXIT_OK, _rel

if TYPE_CHECKING:
    from .schedule import _Job

@dataclass
class JobResult:
    """What happened to one notebook for one parameter set."""

    notebook: str
    run_name: str
    once: bool
    status: str  # "ran" | "skipped" | "failed" | "not run"
    reason: str
    seconds: float = 0.0
    executed: str | None = None
    error: str | None = None

    @property
    def label(self) -> str:
        return f"{self.notebook} ({'once' if self.once else self.run_name})"


@dataclass
class RunReport:
    results: list[JobResult] = field(default_factory=list)
    seconds: float = 0.0

    def _with(self, status: str) -> list[JobResult]:
        return [r for r in self.results if r.status == status]

    @property
    def ran(self) -> list[JobResult]:
        return self._with("ran")

    @property
    def skipped(self) -> list[JobResult]:
        return self._with("skipped")

    @property
    def failed(self) -> list[JobResult]:
        return self._with("failed")

    @property
    def ok(self) -> bool:
        return all(r.status in ("ran", "skipped") for r in self.results)

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_FAILED

    def summary(self) -> str:
        counts = {s: len(self._with(s)) for s in ("ran", "skipped", "failed", "not run")}
        text = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        return f"{len(self.results)} notebook runs: {text or 'nothing to do'} ({self.seconds:.1f}s)"


def _print(line: str) -> None:
    print(line, flush=True)


def _failure_text(paths: Paths, job: _Job, result: dict, executed: Path) -> str:
    lines = [f"  notebook: {job.step.file}"]
    if result.get("cell"):
        head = "\n".join(result["source"].splitlines()[:3])
        lines.append(f"  cell {result['cell']}:")
        lines.extend("    | " + line for line in head.splitlines())
    lines.append(f"  error: {result['ename']}: {result['evalue']}")
    if executed.exists():
        lines.append(f"  executed notebook with the traceback: {_rel(executed, paths.root)}")
    return "\n".join(lines)
