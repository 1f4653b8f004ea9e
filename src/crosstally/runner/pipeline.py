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


def _load_yaml(text: str, where: str):
    try:
        return yaml.load(text, Loader=_TextDatesLoader)
    except yaml.YAMLError as err:
        raise UsageError(f"{where}: not valid YAML: {err}") from None


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


def load_pipeline(paths: Paths) -> Pipeline:
    """Read notebooks/pipeline.yaml; check names, keys and that dependencies form a DAG."""
    file = paths.notebooks / PIPELINE_FILE
    where = _rel(file, paths.root)
    if not file.exists():
        raise UsageError(f"{where}: missing (the pipeline declares which notebooks run)")
    doc = _load_yaml(file.read_text(encoding="utf-8"), where)
    if not isinstance(doc, dict) or not isinstance(doc.get("notebooks"), dict):
        raise UsageError(f"{where}: expected a mapping with a 'notebooks' mapping")
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


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)
