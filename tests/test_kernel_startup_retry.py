"""A kernel that dies while starting (two kernels started at once given the same free port: "Address already in
use", papermill issue #511) ran nothing of the notebook, so a fresh kernel tries it once more; a notebook that fails
in a cell, or a kernel that dies twice, is reported as failed. Fake kernels: no Jupyter kernel starts here."""
from __future__ import annotations

import pytest

from crosstally.runner import kernels

DIED = {"ok": False, "seconds": 0.1, "cell": None, "source": "", "ename": "RuntimeError",
        "evalue": "Kernel died before replying to kernel_info"}
CELL_FAILED = {"ok": False, "seconds": 0.1, "cell": 3, "source": "1/0", "ename": "ZeroDivisionError",
               "evalue": "division by zero"}
OK = {"ok": True, "seconds": 0.1}


def _fake_kernels(monkeypatch, outcomes: list[dict]) -> list[str]:
    """Kernel replaced by a fake whose n-th instance returns outcomes[n]; returns the log of starts and shutdowns."""
    log: list[str] = []

    class FakeKernel:
        def __init__(self, name, cwd, root):
            self.n = sum(1 for x in log if x.startswith("start"))
            log.append(f"start {self.n}")

        def execute(self, spec):
            return dict(outcomes[self.n])

        def shutdown(self):
            log.append(f"shutdown {self.n}")

    monkeypatch.setattr(kernels, "Kernel", FakeKernel)
    return log


SPEC = {"kernel": "crosstally", "cwd": ".", "root": "."}


@pytest.mark.parametrize("run", ["job", "pool"])
def test_a_kernel_that_died_starting_is_replaced_once(monkeypatch, run):
    log = _fake_kernels(monkeypatch, [DIED, OK])
    if run == "job":
        result = kernels.execute_job(SPEC)
    else:
        pool = kernels.KernelPool(1)
        result = pool.submit(SPEC).result()
        pool.close()
    assert result["ok"]
    assert log[:3] == ["start 0", "shutdown 0", "start 1"]


@pytest.mark.parametrize("outcomes, starts", [([CELL_FAILED, OK], 1), ([DIED, DIED, OK], 2)])
def test_a_cell_that_fails_or_a_second_death_is_reported(monkeypatch, outcomes, starts):
    log = _fake_kernels(monkeypatch, outcomes)
    result = kernels.execute_job(SPEC)
    assert not result["ok"]
    assert result["ename"] == outcomes[starts - 1]["ename"]
    assert sum(1 for x in log if x.startswith("start")) == starts


def test_died_starting_reads_only_a_death_before_any_cell():
    assert kernels.died_starting(DIED)
    assert not kernels.died_starting(CELL_FAILED)
    assert not kernels.died_starting(OK)
    assert not kernels.died_starting({**DIED, "cell": 2})
