"""Kernels: start, reuse and reset Jupyter kernels; execute one notebook with papermill.

``KernelPool`` (the default) keeps one kernel per worker thread and resets it between
notebooks; ``execute_job`` runs one notebook in a fresh kernel, for an injected executor.

The kernel named ``crosstally`` (pipeline.yaml's default) is the interpreter that runs
crosstally itself, ``sys.executable -m ipykernel_launcher``, whatever Jupyter kernels are
registered or not: a non-editable ``pip install`` in any venv works without
``ipykernel install``, and a ``crosstally`` kernelspec registered for another venv can
never be picked up by mistake. Any other name is looked up among the installed Jupyter
kernels; ``check_kernel`` refuses a missing one before any kernel starts, naming the
command that registers it.
"""
from __future__ import annotations

import functools
import os
import sys
import time
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

from .pipeline import UsageError

INTERPRETER_KERNEL = "crosstally"


def interpreter_kernel_spec() -> dict:
    """The kernelspec of the interpreter running crosstally, as ``ipykernel install``
    would write it (argv starting with ``sys.executable``, supported encryption, protocol)."""
    from ipykernel.kernelspec import get_kernel_dict

    spec = dict(get_kernel_dict())
    spec["display_name"] = "Python (crosstally)"
    return spec


def check_kernel(name: str) -> None:
    """Refuse (UsageError, before any kernel starts) a kernel that cannot start, naming
    the one command that fixes it."""
    if name == INTERPRETER_KERNEL:
        import importlib.util

        if importlib.util.find_spec("ipykernel") is None:
            raise UsageError(f"kernel {name!r}: ipykernel is not installed in {sys.executable}; "
                             f"fix: {sys.executable} -m pip install ipykernel")
        return
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        raise UsageError(
            f"notebooks/pipeline.yaml names the Jupyter kernel {name!r}, which is not installed; "
            f"fix: {sys.executable} -m ipykernel install --sys-prefix --name {name} "
            f"(or set `kernel: {INTERPRETER_KERNEL}` to use the interpreter running crosstally)") from None


@functools.cache
def _kernel_spec_manager_class():
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager

    class InterpreterKernelSpecManager(KernelSpecManager):
        """``crosstally`` is this interpreter; other names are looked up as usual."""

        def get_kernel_spec(self, kernel_name, *args, **kwargs):
            if kernel_name == INTERPRETER_KERNEL:
                spec = interpreter_kernel_spec()
                return KernelSpec(resource_dir="", **{k: v for k, v in spec.items() if k in KernelSpec.class_trait_names()})
            return super().get_kernel_spec(kernel_name, *args, **kwargs)

    return InterpreterKernelSpecManager


@functools.cache
def _kernel_manager_class():
    from jupyter_client.manager import AsyncKernelManager

    class KernelManager(AsyncKernelManager):
        """Provisions CurveZMQ keys (so ipykernel does not warn about plain-text TCP) and
        keeps the clients papermill opens, which it leaves open on a kernel it did not start."""

        def __init__(self, **kwargs):
            super().__init__(transport_encryption="auto", **kwargs)
            self.opened_clients = []

        def client(self, **kwargs):
            kc = super().client(**kwargs)
            self.opened_clients.append(kc)
            return kc

    return KernelManager


def reset_kernel_state(cwd: str) -> None:
    """Run inside a reused kernel before its next notebook: bring it back to a fresh start.

    Clears the user namespace and history, returns to the working directory, restores
    matplotlib's rc settings and pandas' options and closes open figures. Imported modules
    stay imported: that is what reuse saves.
    """
    import warnings

    from IPython import get_ipython

    get_ipython().reset(new_session=False)
    os.chdir(cwd)
    if "matplotlib" in sys.modules:
        sys.modules["matplotlib"].rc_file_defaults()
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    if "pandas" in sys.modules:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sys.modules["pandas"].reset_option("all")


class Kernel:
    """One kernel process, started in the notebooks folder with CROSSTALLY_ROOT set.

    Started and used from a single thread (its asyncio loop is that thread's).
    """

    def __init__(self, kernel_name: str, cwd: str, root: str):
        from jupyter_core.utils import run_sync

        self.km = _kernel_manager_class()(kernel_name=kernel_name,
                                          kernel_spec_manager=_kernel_spec_manager_class()())
        run_sync(self.km.start_kernel)(cwd=cwd, env={**os.environ, "CROSSTALLY_ROOT": root})
        self.used = False

    def execute(self, spec: dict) -> dict:
        """Execute one notebook with papermill; a plain dict result (see execute_job)."""
        import papermill
        from papermill.exceptions import PapermillExecutionError

        Path(spec["executed"]).parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        try:
            if self.used:
                self._reset(spec["cwd"])
            self.used = True
            papermill.execute_notebook(
                spec["notebook"], spec["executed"], parameters=spec["parameters"],
                kernel_name=spec["kernel"], km=self.km, execution_timeout=spec["timeout"],
                progress_bar=False, log_output=False)
        except PapermillExecutionError as err:
            return {"ok": False, "seconds": time.perf_counter() - start,
                    "cell": _stored_cell_number(spec["executed"], err.cell_index),
                    "source": err.source, "ename": err.ename, "evalue": err.evalue}
        except Exception as err:  # noqa: BLE001 - timeout, dead kernel, unknown kernel: this notebook failed
            return {"ok": False, "seconds": time.perf_counter() - start, "cell": None, "source": "",
                    "ename": type(err).__name__, "evalue": str(err)}
        finally:
            for kc in self.km.opened_clients:
                kc.stop_channels()
            self.km.opened_clients.clear()
        return {"ok": True, "seconds": time.perf_counter() - start}

    def _reset(self, cwd: str) -> None:
        from jupyter_core.utils import run_sync

        kc = self.km.client()  # stopped with papermill's, in execute()
        kc.start_channels()
        run_sync(kc.wait_for_ready)(timeout=60)
        reply = run_sync(kc.execute_interactive)(
            f"__import__('crosstally.runner').runner.reset_kernel_state({cwd!r})",
            silent=True, store_history=False, timeout=60, output_hook=lambda msg: None)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"resetting the kernel failed: {reply['content'].get('evalue')}")

    def shutdown(self) -> None:
        from jupyter_core.utils import run_sync

        # now=True: the graceful request occasionally waits ~3 s for the kernel to stop.
        run_sync(self.km.shutdown_kernel)(now=True)


# A kernel that died while starting, before it ran any cell: most often two kernels started at once were given the
# same free port (jupyter_client picks ports by binding and releasing them; papermill issue #511, jupyter_client
# issue #154), and the loser exits with "Address already in use". Nothing of the notebook ran, so a fresh kernel
# tries it once more.
_STARTUP_DEATH = "Kernel died before replying to kernel_info"


def died_starting(result: dict) -> bool:
    """Whether a failed run's kernel died while starting, before any cell ran (see _STARTUP_DEATH)."""
    return not result["ok"] and result.get("cell") is None and _STARTUP_DEATH in str(result.get("evalue", ""))


def _not_started(start: float, err: Exception) -> dict:
    """The result of a notebook whose kernel could not be started (e.g. no such kernel)."""
    return {"ok": False, "seconds": time.perf_counter() - start, "cell": None, "source": "",
            "ename": type(err).__name__, "evalue": str(err)}


def _once_more_if_died_starting(start: float, attempt) -> dict:
    """``attempt()``, and once more with a fresh kernel when its kernel died while starting (``died_starting``);
    ``seconds`` counts both."""
    result = attempt()
    if died_starting(result):
        result = attempt()
    result["seconds"] = time.perf_counter() - start
    return result


def execute_job(spec: dict) -> dict:
    """Execute one notebook in a kernel of its own. The job an injected executor runs
    (a thread, a process, a Dask worker): a module-level function of a plain dict.

    Returns a plain dict: ``ok``, ``seconds`` and, on failure, the cell and the error. A
    kernel that died while starting is replaced once (``died_starting``).
    """
    start = time.perf_counter()

    def attempt() -> dict:
        try:
            kernel = Kernel(spec["kernel"], spec["cwd"], spec["root"])
        except Exception as err:  # noqa: BLE001 - e.g. no such kernel: this notebook cannot run
            return _not_started(start, err)
        try:
            return kernel.execute(spec)
        finally:
            kernel.shutdown()

    return _once_more_if_died_starting(start, attempt)


class KernelPool:
    """The default way to run: ``size`` worker threads, each keeping one kernel and
    reusing it (after ``reset_kernel_state``) for the notebooks it runs next.

    Starting a kernel and importing pandas and matplotlib costs more than most notebooks
    do; reuse pays it once per worker instead of once per notebook. With ``reuse=False``
    every notebook gets a fresh kernel. A kernel that ran a failing notebook is replaced.
    """

    def __init__(self, size: int, reuse: bool = True):
        self.reuse = reuse
        self._threads = [ThreadPoolExecutor(1, thread_name_prefix=f"crosstally-kernel-{i}")
                         for i in range(size)]
        self._kernels: list[Kernel | None] = [None] * size
        self._idle = list(reversed(range(size)))
        self._busy: dict[Future, int] = {}

    def free(self) -> bool:
        return bool(self._idle)

    def submit(self, spec: dict) -> Future:
        slot = self._idle.pop()
        future = self._threads[slot].submit(self._execute, slot, spec)
        self._busy[future] = slot
        return future

    def release(self, future: Future) -> None:
        self._idle.append(self._busy.pop(future))

    def _execute(self, slot: int, spec: dict) -> dict:
        if self._kernels[slot] is None or not self.reuse:
            return self._fresh(slot, spec)
        result = self._kernels[slot].execute(spec)
        if not result["ok"]:
            self._discard(slot)
        return result

    def _fresh(self, slot: int, spec: dict) -> dict:
        start = time.perf_counter()

        def attempt() -> dict:
            self._discard(slot)
            try:
                self._kernels[slot] = Kernel(spec["kernel"], spec["cwd"], spec["root"])
            except Exception as err:  # noqa: BLE001 - e.g. no such kernel
                return _not_started(start, err)
            result = self._kernels[slot].execute(spec)
            if not result["ok"] or not self.reuse:
                self._discard(slot)
            return result

        return _once_more_if_died_starting(start, attempt)

    def _discard(self, slot: int) -> None:
        if self._kernels[slot] is not None:
            self._kernels[slot].shutdown()
            self._kernels[slot] = None

    def close(self) -> None:
        """Shut every kernel down, each from the thread that started it."""
        for slot, thread in enumerate(self._threads):
            thread.submit(self._discard, slot).result()
            thread.shutdown()


class _ExecutorFront:
    """An injected concurrent.futures.Executor behind the KernelPool interface."""

    def __init__(self, executor: Executor):
        self.executor = executor

    def free(self) -> bool:
        return True

    def submit(self, spec: dict) -> Future:
        return self.executor.submit(execute_job, spec)

    def release(self, future: Future) -> None:
        pass

    def close(self) -> None:
        pass


def _stored_cell_number(executed: str, index: int) -> int:
    """1-based number of the failing cell in the stored notebook.

    papermill's index counts its injected-parameters cell; the saved notebook also has
    error-marker cells, which the index does not count.
    """
    import nbformat

    cells = [c for c in nbformat.read(executed, as_version=4).cells
             if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
    injected = sum("injected-parameters" in c.get("metadata", {}).get("tags", [])
                   for c in cells[:index])
    return index - injected + 1
