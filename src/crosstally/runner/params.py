"""Parameter sets and their checks: params/*.yaml read into ParamSets, then checked
against each notebook's ``parameters`` cell (names, types) and against the data (values),
all before any kernel starts.
"""
from __future__ import annotations

import ast
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..case import CONFIG_FILE, CaseError, load_config
from ..paths import Paths
from ..runname import derived_name
from .pipeline import DEFAULT_PARAMS, RUN_NAME, Pipeline, UsageError, _load_yaml, _rel
from .state import _write_json, file_hash

@dataclass(frozen=True)
class ParamSet:
    """One named parameter set (a run): its values and the file they came from."""

    run_name: str
    values: dict
    source: str
    overridden: frozenset = frozenset()  # names set with -p, reported as such
    from_case: frozenset = frozenset()  # names taken from crosstally.yaml, reported as such

    def origin(self, name: str) -> str:
        if name in self.overridden:
            return f"-p {name}"
        return CONFIG_FILE if name in self.from_case else self.source


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
    result, fresh, inspected_any = {}, {}, False
    for step in pipeline.steps.values():
        key = file_hash(paths.root / step.file)
        if key not in cache:
            inspected_any = True
            import papermill

            try:
                inspected = papermill.inspect_notebook(str(paths.root / step.file))
            except Exception as err:  # noqa: BLE001 - any parse failure is the notebook's fault
                raise UsageError(f"{step.file}: cannot read its parameters cell: {err}") from None
            cache[key] = {name: [p["inferred_type_name"], p["default"]]
                          for name, p in inspected.items()}
        fresh[key] = cache[key]
        result[step.name] = {name: Declared(name, t, d) for name, (t, d) in cache[key].items()}
    if inspected_any or fresh != cache or not cache_file.exists():
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
    from ..tabulate import parameter_problems

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
    case_defaults = case_parameters(paths)
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
            values = {**case_defaults, **doc, **entry, **(overrides or {})}
            source = where if sweep is None else f"{where} (sweep entry {i + 1})"
            changed = {k: v for k, v in (overrides or {}).items()
                       if k != "run_name" and {**doc, **entry}.get(k, _MISSING) != v}
            if changed and "run_name" not in (overrides or {}) and isinstance(values.get("run_name"), str):
                # Overridden values never write into the folders of the set as stored.
                values["run_name"] = derived_name(values["run_name"], changed)
            run_name = values.get("run_name")
            if not isinstance(run_name, str) or not RUN_NAME.match(run_name):
                raise UsageError(f"{source}: run_name must be set to a folder-safe name "
                                 f"(letters, digits, . _ -), got {run_name!r}")
            from_case = frozenset(k for k in case_defaults if k not in {**doc, **entry, **(overrides or {})})
            sets.append(ParamSet(run_name, values, source, frozenset(overrides or ()), from_case))
    names = [ps.run_name for ps in sets]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise UsageError(f"run_name used by more than one parameter set: {', '.join(duplicates)}")
    return sets


_MISSING = object()


def case_parameters(paths: Paths) -> dict:
    """The defaults a case's crosstally.yaml gives every parameter set that does not set
    them itself: ``period_start``/``period_end`` from its ``period``."""
    try:
        case = load_config(paths.root)
    except CaseError as err:
        raise UsageError(str(err)) from None
    # Always passed ("" = no bound), so a notebook's own default period never applies in a run;
    # the comparisons are not passed: an empty list already means the case's (briefing.RunParams).
    if not paths.config.is_file():
        return {}  # a bare folder of notebooks and raw data (no crosstally.yaml): nothing to pass
    return {"period_start": case.period_start or "", "period_end": case.period_end or ""}


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


def _resolve(paths: Paths, file: Path | str) -> Path:
    """A parameter file: relative to the project root, params/, or the current directory."""
    file = Path(file)
    for candidate in (paths.root / file, paths.params / file, file):
        if candidate.exists():
            return candidate.resolve()
    raise UsageError(f"parameter file not found: {file}")
