"""Stored notebooks are stripped, canonical, and agree with notebooks/pipeline.yaml and params/.

Fix a notebook that fails the canonical-form check with
    .venv/bin/python -c "from crosstally.runner import strip_notebooks; print(strip_notebooks())"
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import papermill
import pytest

from crosstally import runner
from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_NOTEBOOKS = Path(__file__).parent / "fixtures" / "runner-project" / "notebooks"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(FIXTURE_NOTEBOOKS.glob("*.ipynb"))


def _id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_pipeline_lists_every_notebook_and_only_those():
    pipeline_files = {step["file"] for step in _pipeline_doc()["notebooks"].values()}
    stored = {_id(p) for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert sorted(stored - pipeline_files) == [], "notebooks missing from notebooks/pipeline.yaml"
    assert sorted(pipeline_files - stored) == [], "pipeline.yaml lists notebooks that do not exist"
    runner.load_pipeline(Paths(ROOT))  # keys, dependencies, no cycle


def _pipeline_doc() -> dict:
    import yaml

    return yaml.safe_load((ROOT / "notebooks" / "pipeline.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_notebook_is_stored_stripped_and_canonical(path):
    text = path.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    nbformat.validate(nb)
    for i, cell in enumerate(nb.cells, 1):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {i} has outputs"
            assert cell.execution_count is None, f"cell {i} has an execution count"
    assert text == runner.canonical_notebook(text), (
        "not in canonical form (see this test module's docstring to fix)")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_notebook_has_purpose_cell_one_parameters_cell_and_the_project_kernel(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "crosstally"
    assert nb.cells and nb.cells[0].cell_type == "markdown", "first cell must say what the notebook answers"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{len(tagged)} cells tagged 'parameters'; expected exactly one"
    assert tagged[0].cell_type == "code"
    unannotated = [name for name, p in papermill.inspect_notebook(str(path)).items()
                   if p["inferred_type_name"] == "None"]
    assert unannotated == [], "parameters need a type annotation (name: type = default  # comment)"


def test_a_parameter_has_one_type_across_notebooks():
    types: dict[str, set[str]] = {}
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for name, p in papermill.inspect_notebook(str(path)).items():
            types.setdefault(name, set()).add(p["inferred_type_name"])
    assert {n: t for n, t in types.items() if len(t) > 1} == {}


def test_parameter_files_match_what_the_notebooks_declare(tmp_path):
    """Every params/*.yaml (and sweep) would pass the runner's check before any kernel starts."""
    paths = Paths(ROOT)
    pipeline = runner.load_pipeline(paths)
    # The check caches what it read from the notebooks in build/; use a scratch one.
    declared = runner.declared_parameters(_ScratchBuild(paths, tmp_path), pipeline)
    files = sorted(paths.params.glob("*.yaml")) + sorted(paths.params.glob("sweeps/*.yaml"))
    runner.validate_parameters(runner.load_param_sets(paths, files, None), declared)
    assert {"default", "aleppo-october-2015"} <= {
        s.run_name for s in runner.load_param_sets(paths, None, None)}


class _ScratchBuild(Paths):
    """The project's paths with build/ elsewhere."""

    def __init__(self, paths: Paths, build: Path):
        super().__init__(paths.root)
        self._build = build

    @property
    def build(self) -> Path:
        return self._build
