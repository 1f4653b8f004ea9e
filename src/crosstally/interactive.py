"""Where a notebook writes: only the stored parameter sets write the committed outputs.

Every notebook that writes calls :func:`output_run` right after its ``parameters`` cell
and writes where the answer says. A run whose parameters are those of a stored set
(``params/<run_name>.yaml``, or an entry of a sweep under ``params/sweeps/``) writes
that set's folders: ``data/processed/tables/<run_name>/``, ``figures/<run_name>/``,
``briefing/<run_name>/``. A run whose values differ (an analyst changed ``places`` in
JupyterLab) gets a run name of its own, made the way ``crosstally run -p`` makes it
(``default--places-SY02``), so the committed outputs are never overwritten with other
parameters. Folders named ``<set>--<change>`` are git-ignored (``.gitignore``): they
are the analyst's, never committed. A run name that is no stored set (``-p
run_name=hama``, or typed in the notebook) is already a run of its own and keeps it.

What counts as the stored value of a parameter: the set's value, or, for a name the
set leaves out, the default in the stored notebook's ``parameters`` cell (what papermill
would leave in place).

A parameter whose stored default is empty text (``period_start = ""``) means "the stored
set's": in a notebook run by hand it takes the value ``crosstally run`` would pass, the
set's own or, for a name the set leaves out, the case's (``crosstally.yaml``: ``period``);
:func:`output_run` sets it in the notebook's namespace and says so. A case's notebooks
normally carry its own values (``init`` and ``upgrade`` write ``params/default.yaml``'s
into their parameters cell); this covers a notebook that has none, so Run all in
JupyterLab with the stored values still makes the committed outputs of ``default``.
"""
from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .paths import PATHS, Paths

DEFAULT_SET = "default"
"""The set a notebook without a ``run_name`` parameter (05-review-queue) compares with."""


@dataclass(frozen=True)
class OutputRun:
    """Where one notebook run writes, and why."""

    run_name: str  # the folder name the run writes to
    requested: str  # the run_name the notebook was given
    stored: bool  # True: the values are those of a stored set; it writes the committed outputs
    source: str  # the stored set compared with ("params/default.yaml"), or "" for none
    changed: dict = field(default_factory=dict)  # name -> (stored value, value in this run)
    paths: Paths = field(default=PATHS, repr=False, compare=False)
    adopted: dict = field(default_factory=dict)  # name -> value taken for an empty default (the set's)
    adopted_from: str = ""  # where those values come from, in words
    notebook: str = ""  # the notebook ("01-tabulate"): what it writes is read from pipeline.yaml

    @property
    def tables(self) -> Path:
        return self.paths.tables / self.run_name

    @property
    def figures(self) -> Path:
        return self.paths.figures_dir / self.run_name

    @property
    def briefing(self) -> Path:
        return self.paths.briefing_dir / self.run_name

    @property
    def review_queue(self) -> Path:
        """The review queue is written once per project, by the default set; another
        bound profile writes it into its own run folder."""
        return (self.paths.processed / "review_queue.csv" if self.stored
                else self.tables / "review_queue.csv")

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.paths.root).as_posix() + ("/" if path.suffix == "" else "")
        except ValueError:
            return str(path)

    def message(self) -> str:
        text = self._message()
        if self.adopted:
            taken = ", ".join(f"{name} = {value!r}" for name, value in self.adopted.items())
            text += f" Left empty in the notebook, so taken from {self.adopted_from}: {taken}."
        return text

    def writes(self) -> list[tuple[Path, bool]]:
        """What this run writes: (path or glob, optional) for each output ``pipeline.yaml``
        declares for the notebook, under this run's name (the review queue where
        :attr:`review_queue` says). Empty when the pipeline does not declare the notebook."""
        from .runner.pipeline import UsageError, load_pipeline

        try:
            step = load_pipeline(self.paths).steps.get(self.notebook)
        except UsageError:
            step = None
        if step is None:
            return []
        out = []
        for patterns, optional in ((step.outputs, False), (step.optional_outputs, True)):
            for pattern in patterns:
                path = self.paths.root / pattern.replace("{run_name}", self.run_name)
                if path == self.paths.processed / "review_queue.csv":
                    path = self.review_queue
                out.append((path, optional))
        return out

    def writes_text(self) -> str:
        """The outputs in a few words: each folder once, with the files written into it
        (``data/processed/tables/default/ (claims.csv, ...)``); optional ones marked so."""
        declared = self.writes()
        if not declared:  # a notebook the pipeline does not list: the run's folders
            return ", ".join(self._rel(p) for p in (self.tables, self.figures, self.briefing))
        folders: dict[Path, list[str]] = {}
        optional: dict[Path, bool] = {}
        for path, maybe in declared:
            folders.setdefault(path.parent, []).append(path.name)
            optional[path.parent] = optional.get(path.parent, True) and maybe
        parts = []
        for folder, names in folders.items():
            text = (self._rel(folder / names[0]) if len(names) == 1
                    else f"{self._rel(folder)} ({', '.join(names)})")
            parts.append(text + (" if any" if optional[folder] else ""))
        return "; ".join(parts)

    def _message(self) -> str:
        where = self.writes_text()
        if self.stored:
            return (f"Parameters are those of the stored set {self.source}: this run writes "
                    f"the committed outputs of `{self.run_name}`: {where}.")
        if not self.changed:
            return (f"`{self.run_name}` is not a stored parameter set (params/*.yaml), so the "
                    f"committed outputs are untouched; this run writes its own: {where}.")
        changes = "; ".join(f"{name}: {old!r} → {new!r}" for name, (old, new) in self.changed.items())
        saved = ""
        if self.notebook:
            from .runname import derived_name

            copy = derived_name(self.notebook, {name: new for name, (_, new) in self.changed.items()})
            # what the save hook (crosstally.jupyter_hooks) does with a notebook saved with other values
            saved = (f" Saving keeps notebooks/{self.notebook}.ipynb as stored; your copy, with these "
                     f"values and its outputs, is saved to scratch/{copy}.ipynb.")
        return (f"Parameters differ from the stored set {self.source} ({changes}), so the "
                f"committed outputs of `{self.requested}` are untouched; this run writes its "
                f"own, git-ignored: {where}.{saved}")

    def __str__(self) -> str:
        return self.message()

    def _repr_markdown_(self) -> str:
        return ("**Writes to:** " if self.stored else "**Interactive run, writes elsewhere:** ") + self.message()


def notebook_defaults(notebook: str, paths: Paths = PATHS) -> dict:
    """The names and default values of a stored notebook's ``parameters`` cell
    (``notebooks/<notebook>.ipynb``, as on disk), in the cell's order. A default that is
    not a literal is kept as its source text. Read with the standard library only (no
    papermill import in the kernel), as the save hook reads the cell."""
    import json

    from .jupyter_hooks import cell_source, parameter_values, parameters_cell

    file = paths.notebooks / f"{notebook}.ipynb"
    nb = json.loads(file.read_text(encoding="utf-8"))
    index = parameters_cell(nb)
    values = parameter_values(cell_source(nb["cells"][index])) if index is not None else None
    if values is None:
        raise ValueError(f"{file}: no readable cell tagged 'parameters'")
    return values


def stored_sets(paths: Paths = PATHS) -> dict:
    """Every stored parameter set by run name: params/*.yaml and params/sweeps/*.yaml."""
    from .runner.params import load_param_sets

    files = sorted(paths.params.glob("*.yaml")) + sorted(paths.params.glob("sweeps/*.yaml"))
    sets = {}
    for file in files:
        for ps in load_param_sets(paths, [file], None):
            sets.setdefault(ps.run_name, ps)
    return sets


def decide(values: Mapping, defaults: Mapping, sets: Mapping, paths: Paths = PATHS) -> OutputRun:
    """The decision, from plain data (what :func:`output_run` reads, passed in).

    ``values``: the run's parameter values; ``defaults``: the stored notebook's declared
    defaults; ``sets``: the stored sets by run name (values are ``runner.ParamSet``).
    """
    from .runname import derived_name

    requested = values.get("run_name", DEFAULT_SET)
    stored_set = sets.get(requested)
    if stored_set is None:
        return OutputRun(requested, requested, False, "", {}, paths)
    changed = {}
    for name, default in defaults.items():
        if name == "run_name" or name not in values:
            continue
        expected = stored_set.values.get(name, default)
        if values[name] != expected:
            changed[name] = (expected, values[name])
    if not changed:
        return OutputRun(requested, requested, True, stored_set.source, {}, paths)
    run_name = derived_name(requested, {name: new for name, (_, new) in changed.items()})
    return OutputRun(run_name, requested, False, stored_set.source, changed, paths)


def output_run(notebook: str, namespace: Mapping, paths: Paths = PATHS) -> OutputRun:
    """Where notebook ``notebook`` (``"01-tabulate"``) writes, given its parameters as
    they are now in ``namespace`` (a notebook passes ``globals()``).

    Only the names its stored ``parameters`` cell declares are read. Display the result:
    it says where the run writes and, for an interactive run, what differs and why.
    """
    defaults = notebook_defaults(notebook, paths)
    missing = [name for name in defaults if name not in namespace]
    if missing:
        raise NameError(f"{notebook}: parameter(s) {', '.join(missing)} not defined; "
                        "run the parameters cell first")
    values = {name: namespace[name] for name in defaults}
    sets = stored_sets(paths)
    adopted = empty_defaults(values, defaults, sets, paths)
    check_parameters({**values, **adopted}, defaults, paths)
    if adopted and isinstance(namespace, MutableMapping):
        namespace.update(adopted)  # the notebook's next cells use the set's values
    values.update(adopted)
    stored_set = sets.get(values.get("run_name", DEFAULT_SET))
    if stored_set is None or set(adopted) <= set(stored_set.from_case):
        origin = "the case's crosstally.yaml"
        if stored_set is not None:
            origin += f" (which {stored_set.source} leaves them to)"
    else:
        origin = stored_set.source
    return replace(decide(values, defaults, sets, paths), adopted=adopted, adopted_from=origin,
                   notebook=notebook)


class ParameterError(ValueError):
    """A parameter value the notebooks would reject, found before any work: shown in
    Jupyter as its message alone (one line per problem), not as a traceback."""

    def _render_traceback_(self) -> list[str]:  # IPython shows these lines instead of a traceback
        return [f"\x1b[31mParameterError\x1b[0m: {line}" for line in str(self).splitlines()]


def parameter_problems(values: Mapping, defaults: Mapping, paths: Paths = PATHS) -> list[str]:
    """What is wrong with a notebook's parameter values, one line each (empty: nothing):
    a value of another type than the stored default's, then the checks ``crosstally run``
    makes before any kernel starts (``crosstally.tabulate.parameter_problems``: an unknown
    metric, place, claimant or bound profile, an impossible period, a bad comparison)."""
    from .runner.params import _is_a  # the type test `crosstally run` makes
    from .tabulate import parameter_problems as value_problems

    problems, typed = [], {}
    for name, value in values.items():
        default = defaults.get(name)
        kind = type(default)
        if kind in (str, int, float, bool, list) and not _is_a(value, kind):
            problems.append(f"parameter {name!r}: expected {kind.__name__}, got {value!r} "
                            f"({type(value).__name__}), as the parameters cell declares it")
        else:
            typed[name] = value
    for name, message in value_problems(typed, paths).items():
        problems.append(f"parameter {name!r}: {message}")
    return problems


def check_parameters(values: Mapping, defaults: Mapping, paths: Paths = PATHS) -> None:
    """Raise :class:`ParameterError` naming every bad parameter (see :func:`parameter_problems`)."""
    problems = parameter_problems(values, defaults, paths)
    if problems:
        raise ParameterError("\n".join(problems))


def empty_defaults(values: Mapping, defaults: Mapping, sets: Mapping, paths: Paths = PATHS) -> dict:
    """The values an interactive run takes for parameters left at an empty-text default:
    those of the stored set it names (``run_name``), which hold the case's period where
    the set gives none; for a run name that is no stored set, the case's."""
    from .runner.params import case_parameters

    empty = [n for n, d in defaults.items() if d == "" and values.get(n) == ""]
    if not empty:
        return {}
    stored_set = sets.get(values.get("run_name", DEFAULT_SET))
    source = stored_set.values if stored_set is not None else case_parameters(paths)
    return {n: source[n] for n in empty if isinstance(source.get(n), str) and source[n] != ""}
