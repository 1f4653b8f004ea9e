"""The pipeline declaration: notebooks/pipeline.yaml read into Steps in dependency order.

Also the runner's shared vocabulary: ``UsageError`` (refused before any kernel starts),
the YAML loader that keeps dates as text, and ``_rel`` for messages relative to the root.
"""
from __future__ import annotations

import graphlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import yamlfile
from ..paths import Paths

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
    optional_outputs: tuple[str, ...] = ()  # written only when there is something to write


@dataclass(frozen=True)
class Pipeline:
    kernel: str
    timeout: int
    steps: dict[str, Step]  # in dependency order


_STEP_KEYS = {"file", "inputs", "outputs", "optional_outputs", "depends_on", "per_run"}


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
            if key in ("inputs", "outputs", "optional_outputs", "depends_on") and value is not None and not (
                    isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise UsageError(f"{where}: {name}: {key} must be a list of "
                                 f"{'names' if key == 'depends_on' else 'paths'}, got {value!r}")


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
            optional_outputs=tuple(spec.get("optional_outputs") or ()),
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


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)
