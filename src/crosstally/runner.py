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
"""
from __future__ import annotations

import argparse
import ast
import functools
import glob
import graphlib
import hashlib
import json
import os
import re
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import stamp, yamlfile
from .paths import Paths

PIPELINE_FILE = "pipeline.yaml"
DEFAULT_PARAMS = "default.yaml"
RUN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(ValueError):
    """A bad pipeline, parameter file or parameter value: refused before any kernel starts."""


# --------------------------------------------------------------------------- YAML

class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps ``2015-10-01`` as text: every date parameter is a string."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(source: str | Path, where: str):
    """YAML text, or a file's (a Path); any problem (not UTF-8, bad syntax) is a
    UsageError reading FILE:LINE:COLUMN: message (crosstally.yamlfile)."""
    try:
        if isinstance(source, Path):
            return yamlfile.load(source, where, _TextDatesLoader, located=False)
        return yamlfile.loads(source, where, _TextDatesLoader, located=False)
    except yamlfile.InputFileError as err:
        raise UsageError(str(err)) from None


# --------------------------------------------------------------------------- pipeline

@dataclass(frozen=True)
class Step:
    """One notebook of the pipeline, as declared in pipeline.yaml."""

    name: str
    file: str
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    depends_on: tuple[str, ...] = ()
    per_run: bool = True


@dataclass(frozen=True)
class Pipeline:
    kernel: str
    timeout: int
    steps: dict[str, Step]  # in dependency order


_STEP_KEYS = {"file", "inputs", "outputs", "depends_on", "per_run"}


def _check_pipeline_shapes(doc: dict, where: str) -> None:
    """Refuse values of the wrong shape in pipeline.yaml (a number where a list of
    paths belongs, a timeout that is not a whole number) before they are used."""
    timeout = doc.get("timeout", 600)
    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout <= 0:
        raise UsageError(f"{where}: timeout must be a whole number of seconds, got {timeout!r}")
    if not isinstance(doc.get("kernel", "crosstally"), str):
        raise UsageError(f"{where}: kernel must be a kernel name, got {doc['kernel']!r}")
    for name, spec in doc["notebooks"].items():
        if not isinstance(name, str):
            raise UsageError(f"{where}: notebook names must be text, got {name!r}")
        if spec is not None and not isinstance(spec, dict):
            raise UsageError(f"{where}: {name}: expected a mapping of {sorted(_STEP_KEYS)}, got {spec!r}")
        for key, value in (spec or {}).items():
            if key == "file" and not isinstance(value, str):
                raise UsageError(f"{where}: {name}: file must be a path, got {value!r}")
            if key == "per_run" and not isinstance(value, bool):
                raise UsageError(f"{where}: {name}: per_run must be true or false, got {value!r}")
            if key in ("inputs", "outputs", "depends_on") and value is not None and not (
                    isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise UsageError(f"{where}: {name}: {key} must be a list of {'names' if key == 'depends_on' else 'paths'}, "
                                 f"got {value!r}")


def load_pipeline(paths: Paths) -> Pipeline:
    """Read notebooks/pipeline.yaml; check names, keys and that dependencies form a DAG."""
    file = paths.notebooks / PIPELINE_FILE
    where = _rel(file, paths.root)
    if not file.exists():
        raise UsageError(f"{where}: missing (the pipeline declares which notebooks run)")
    doc = _load_yaml(file, where)
    if not isinstance(doc, dict) or not isinstance(doc.get("notebooks"), dict):
        raise UsageError(f"{where}: expected a mapping with a 'notebooks' mapping")
    _check_pipeline_shapes(doc, where)
    steps: dict[str, Step] = {}
    for name, spec in doc["notebooks"].items():
        spec = spec or {}
        unknown = set(spec) - _STEP_KEYS
        if unknown:
            raise UsageError(f"{where}: {name}: unknown key(s) {sorted(unknown)}; "
                             f"allowed: {sorted(_STEP_KEYS)}")
        steps[name] = Step(
            name=name,
            file=spec.get("file", f"notebooks/{name}.ipynb"),
            inputs=tuple(spec.get("inputs") or ()),
            outputs=tuple(spec.get("outputs") or ()),
            depends_on=tuple(spec.get("depends_on") or ()),
            per_run=bool(spec.get("per_run", True)),
        )
    sorter = graphlib.TopologicalSorter()
    for step in steps.values():
        for dep in step.depends_on:
            if dep not in steps:
                raise UsageError(f"{where}: {step.name} depends on unknown notebook {dep!r}")
            if step.per_run is False and steps[dep].per_run:
                raise UsageError(f"{where}: {step.name} runs once but depends on {dep}, "
                                 "which runs per parameter set")
        sorter.add(step.name, *step.depends_on)
    try:
        order = list(sorter.static_order())
    except graphlib.CycleError as err:
        raise UsageError(f"{where}: dependency cycle {err.args[1]}") from None
    for step in steps.values():
        if not (paths.root / step.file).exists():
            raise UsageError(f"{where}: {step.name}: notebook {step.file} not found")
    return Pipeline(kernel=str(doc.get("kernel", "crosstally")),
                    timeout=int(doc.get("timeout", 600)),
                    steps={name: steps[name] for name in order})


# --------------------------------------------------------------------------- hashing

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
    package = Path(__file__).resolve().parent
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


# --------------------------------------------------------------------------- parameters

@dataclass(frozen=True)
class ParamSet:
    """One named parameter set (a run): its values and the file they came from."""

    run_name: str
    values: dict
    source: str
    overridden: frozenset = frozenset()  # names set with -p, reported as such

    def origin(self, name: str) -> str:
        return f"-p {name}" if name in self.overridden else self.source


@dataclass(frozen=True)
class Declared:
    """A parameter as a notebook's ``parameters`` cell declares it."""

    name: str
    type_name: str  # annotation, e.g. "str", "list[str]"; "None" if unannotated
    default: str  # source text of the default value


def declared_parameters(paths: Paths, pipeline: Pipeline) -> dict[str, dict[str, Declared]]:
    """Each step's declared parameters, via papermill.inspect_notebook.

    Cached in build/.state by notebook hash, so that a no-op run need not import papermill.
    """
    cache_file = paths.build / ".state" / "declared-parameters.json"
    try:
        cache = json.loads(cache_file.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        cache = {}
    result, fresh = {}, {}
    for step in pipeline.steps.values():
        key = file_hash(paths.root / step.file)
        if key not in cache:
            import papermill

            try:
                inspected = papermill.inspect_notebook(str(paths.root / step.file))
            except Exception as err:  # noqa: BLE001 - any parse failure is the notebook's fault
                raise UsageError(f"{step.file}: cannot read its parameters cell: {err}") from None
            cache[key] = {name: [p["inferred_type_name"], p["default"]]
                          for name, p in inspected.items()}
        fresh[key] = cache[key]
        result[step.name] = {name: Declared(name, t, d) for name, (t, d) in cache[key].items()}
    if fresh != cache or not cache_file.exists():
        _write_json(cache_file, fresh)
    return result


_BASIC = {"str": str, "int": int, "float": float, "bool": bool, "list": list}


def _expected_type(decl: Declared) -> tuple[type | None, type | None]:
    """(type, element type for lists) from the annotation, else from the default's literal."""
    m = re.fullmatch(r"\s*(str|int|float|bool|list)\s*(?:\[\s*(str|int|float|bool)\s*\])?\s*",
                     decl.type_name or "")
    if m:
        return _BASIC[m.group(1)], _BASIC.get(m.group(2) or "")
    try:
        default = ast.literal_eval(decl.default)
    except (ValueError, SyntaxError):
        return None, None
    kind = type(default)
    return (kind if kind in _BASIC.values() else None), None


def _default_value(decl: Declared):
    """The default as a value, so that passing ``fail=false`` keys like leaving it out."""
    try:
        return ast.literal_eval(decl.default)
    except (ValueError, SyntaxError):
        return {"default expression": decl.default}


def _is_a(value, kind: type) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind)


def _type_problem(value, decl: Declared) -> str | None:
    kind, element = _expected_type(decl)
    if kind is None:
        return None
    expected = kind.__name__ + (f"[{element.__name__}]" if element else "")
    if not _is_a(value, kind) or (element and not all(_is_a(v, element) for v in value)):
        return f"expected {expected}, got {value!r} ({type(value).__name__})"
    return None


def validate_parameters(param_sets: list[ParamSet],
                        declared: dict[str, dict[str, Declared]]) -> None:
    """Refuse names no notebook declares and values of the wrong type (all problems at once)."""
    known: dict[str, list[tuple[str, Declared]]] = {}
    for step, decls in declared.items():
        for name, decl in decls.items():
            known.setdefault(name, []).append((step, decl))
    problems = {}  # ordered set: an override repeats in every parameter set
    for ps in param_sets:
        for name, value in ps.values.items():
            if name not in known:
                problems[f"{ps.origin(name)}: unknown parameter {name!r}; "
                         f"valid parameters: {', '.join(sorted(known))}"] = None
                continue
            for step, decl in known[name]:
                problem = _type_problem(value, decl)
                if problem:
                    problems[f"{ps.origin(name)}: parameter {name!r}: {problem}, as declared in "
                             f"{step} ({decl.name}: {decl.type_name} = {decl.default})"] = None
                    break
    if problems:
        raise UsageError("\n".join(problems))


def check_values(paths: Paths, param_sets: list[ParamSet]) -> None:
    """Refuse values the notebooks would reject (unknown metric, place, claimant or
    profile; an impossible period): ``crosstally.tabulate.parameter_problems``.

    Sets whose values passed before are not checked again (``build/.state/checked.json``),
    so a run with nothing new imports nothing heavy and stays well under a second.
    """
    record = paths.build / ".state" / "checked.json"
    try:
        passed = set(json.loads(record.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        passed = set()
    keys = {id(ps): hashlib.sha256(json.dumps(ps.values, sort_keys=True, default=str).encode()).hexdigest()
            for ps in param_sets}
    todo = [ps for ps in param_sets if keys[id(ps)] not in passed]
    if not todo:
        return
    from .tabulate import parameter_problems

    problems = {}
    for ps in todo:
        for name, message in parameter_problems(ps.values, paths).items():
            problems[f"{ps.origin(name)}: parameter {name!r}: {message}"] = None
    if problems:
        raise UsageError("\n".join(problems))
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(sorted(passed | set(keys.values()))), encoding="utf-8")


def load_param_sets(paths: Paths, files: list[Path] | None, overrides: dict | None) -> list[ParamSet]:
    """Read parameter files (all of params/*.yaml when none given) and apply overrides.

    A file is a mapping of parameter values, or common values plus ``sweep:``, a list of
    mappings each merged over the common values (one run per entry). A set whose values
    an override changes gets a run name of its own (``default--places-SY05``) unless
    ``run_name`` is overridden too, so the outputs of the stored sets are never
    overwritten with other parameters.
    """
    if not files:
        files = sorted(paths.params.glob("*.yaml"))
        if not files:
            raise UsageError(f"{_rel(paths.params, paths.root)}: no parameter files (*.yaml)")
    sets: list[ParamSet] = []
    for file in files:
        file = _resolve(paths, file)
        where = _rel(file, paths.root)
        doc = _load_yaml(file, where) or {}
        if not isinstance(doc, dict):
            raise UsageError(f"{where}: expected a mapping of parameter names to values")
        sweep = doc.pop("sweep", None)
        entries = [{}] if sweep is None else sweep
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise UsageError(f"{where}: 'sweep' must be a list of mappings")
        for i, entry in enumerate(entries):
            values = {**doc, **entry, **(overrides or {})}
            source = where if sweep is None else f"{where} (sweep entry {i + 1})"
            changed = {k: v for k, v in (overrides or {}).items()
                       if k != "run_name" and {**doc, **entry}.get(k, _MISSING) != v}
            if changed and "run_name" not in (overrides or {}) and isinstance(values.get("run_name"), str):
                # Overridden values never write into the folders of the set as stored.
                values["run_name"] = _derived_run_name(values["run_name"], changed)
            run_name = values.get("run_name")
            if not isinstance(run_name, str) or not RUN_NAME.match(run_name):
                raise UsageError(f"{source}: run_name must be set to a folder-safe name "
                                 f"(letters, digits, . _ -), got {run_name!r}")
            sets.append(ParamSet(run_name, values, source, frozenset(overrides or ())))
    names = [ps.run_name for ps in sets]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise UsageError(f"run_name used by more than one parameter set: {', '.join(duplicates)}")
    return sets


_MISSING = object()


def _derived_run_name(run_name: str, changed: dict) -> str:
    """``default`` with ``-p places=[SY05]`` -> ``default--places-SY05``: a folder of its own."""
    parts = []
    for key in sorted(changed):
        value = changed[key]
        text = ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{key}-{text}")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", "--".join(parts)).strip("-.")
    if len(slug) > 60:
        slug = slug[:50] + "-" + hashlib.sha256(slug.encode()).hexdigest()[:8]
    return f"{run_name}--{slug}"


def _once_params(paths: Paths) -> ParamSet:
    """The parameter set for ``per_run: false`` notebooks: params/default.yaml, no overrides."""
    file = paths.params / DEFAULT_PARAMS
    if file.exists():
        return load_param_sets(paths, [file], None)[0]
    return ParamSet("default", {}, "notebook defaults")


def parse_override(text: str) -> tuple[str, object]:
    """``KEY=VALUE`` with the value read as YAML (``-p places=[SY02]``, ``-p include_context=true``)."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise UsageError(f"-p {text!r}: expected KEY=VALUE")
    return key.strip(), _load_yaml(value, f"-p {key}")


# --------------------------------------------------------------------------- execution

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

        self.km = _kernel_manager_class()(kernel_name=kernel_name)
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


def execute_job(spec: dict) -> dict:
    """Execute one notebook in a kernel of its own. The job an injected executor runs
    (a thread, a process, a Dask worker): a module-level function of a plain dict.

    Returns a plain dict: ``ok``, ``seconds`` and, on failure, the cell and the error.
    """
    start = time.perf_counter()
    try:
        kernel = Kernel(spec["kernel"], spec["cwd"], spec["root"])
    except Exception as err:  # noqa: BLE001 - e.g. no such kernel: this notebook cannot run
        return {"ok": False, "seconds": time.perf_counter() - start, "cell": None, "source": "",
                "ename": type(err).__name__, "evalue": str(err)}
    try:
        result = kernel.execute(spec)
    finally:
        kernel.shutdown()
    result["seconds"] = time.perf_counter() - start
    return result


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
        self._discard(slot)
        try:
            self._kernels[slot] = Kernel(spec["kernel"], spec["cwd"], spec["root"])
        except Exception as err:  # noqa: BLE001 - e.g. no such kernel
            return {"ok": False, "seconds": time.perf_counter() - start, "cell": None, "source": "",
                    "ename": type(err).__name__, "evalue": str(err)}
        result = self._kernels[slot].execute(spec)
        if not result["ok"] or not self.reuse:
            self._discard(slot)
        result["seconds"] = time.perf_counter() - start
        return result

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


# --------------------------------------------------------------------------- report

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


# --------------------------------------------------------------------------- scheduling

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


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _resolve(paths: Paths, file: Path | str) -> Path:
    """A parameter file: relative to the project root, params/, or the current directory."""
    file = Path(file)
    for candidate in (paths.root / file, paths.params / file, file):
        if candidate.exists():
            return candidate.resolve()
    raise UsageError(f"parameter file not found: {file}")


def _write_json(path: Path, obj) -> None:
    from .io import write_text  # imports pandas: only reached when something ran

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


def _load_recorded_state(paths: Paths, job: _Job) -> None:
    """For a dependency outside ``--only``: use its last good record for the upstream hash."""
    try:
        job.state = json.loads(_state_file(paths, job).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        job.state = None


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


def _record_success(paths: Paths, job: _Job, parts: dict, seconds: float, executed: Path) -> None:
    hashes = _hash_globs(paths.root, job.step.outputs, job.params.run_name)
    outputs = {k: v for k, v in hashes.items() if v is not None}
    job.state = {"key": _digest(parts), "parts": parts, "outputs": outputs,
                 "unmatched": sorted(k for k, v in hashes.items() if v is None),
                 "seconds": round(seconds, 2), "executed": _rel(executed, paths.root)}
    _write_json(_state_file(paths, job), job.state)


# --------------------------------------------------------------------------- stored form

def canonical_notebook(text: str) -> str:
    """A notebook as it is stored: the form that diffs well and that the runner hashes.

    No outputs or execution counts; cell metadata reduced to ``tags``; notebook metadata
    reduced to the kernelspec and the language name (no version numbers); nbformat's
    sorted-key JSON with a final newline.
    """
    import nbformat

    nb = nbformat.reads(text, as_version=4)
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags")
        cell.metadata = {"tags": tags} if tags else {}
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    kernelspec = nb.metadata.get("kernelspec", {})
    nb.metadata = {
        "kernelspec": {k: kernelspec[k] for k in ("display_name", "language", "name") if k in kernelspec},
        "language_info": {"name": nb.metadata.get("language_info", {}).get("name", "python")},
    }
    out = nbformat.writes(nb)
    return out if out.endswith("\n") else out + "\n"


def strip_notebooks(files: list[Path] | None = None) -> list[Path]:
    """Rewrite notebooks (default: notebooks/*.ipynb) in their canonical form; return those changed."""
    from .io import write_text

    files = files if files is not None else sorted(Paths().notebooks.glob("*.ipynb"))
    return [Path(f) for f in files
            if write_text(f, canonical_notebook(Path(f).read_text(encoding="utf-8")))]


# --------------------------------------------------------------------------- command line

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
