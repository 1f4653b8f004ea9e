"""crosstally.jupyter_hooks: what JupyterLab stores when a notebook is saved."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from crosstally import jupyter_hooks as hooks
from crosstally.runner import canonical_notebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks")
    return tmp_path


def as_lab_has_it(path: Path, **params) -> dict:
    """The notebook as Lab sends it after a run: outputs, counts, extra metadata, and
    the parameters cell edited (name=value source text replaces that name's line)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["metadata"]["language_info"] = {"name": "python", "version": "3.11.7", "mimetype": "text/x-python"}
    nb["metadata"]["widgets"] = {}
    for n, cell in enumerate(nb["cells"], 1):
        cell["metadata"]["collapsed"] = False
        if cell["cell_type"] == "code":
            cell["execution_count"] = n
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["hello\n"]}]
    i = hooks.parameters_cell(nb)
    lines = "".join(nb["cells"][i]["source"]).splitlines(keepends=True)
    for name, value in params.items():
        lines = [f"{name}: {line.split(':', 1)[1].split('=')[0].strip()} = {value}  # changed\n"
                 if line.startswith(f"{name}:") else line for line in lines]
    nb["cells"][i]["source"] = lines
    return nb


def save(project: Path, rel: str, nb: dict) -> dict:
    """What the Jupyter server does on save, with our hook: returns the stored text."""
    model = {"type": "notebook", "content": nbformat.from_dict(nb)}
    hooks.pre_save_hook(model, rel, root=project)
    nbformat.write(nbformat.from_dict(model["content"]), str(project / rel))
    return model


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb")))
def test_a_run_notebook_is_stored_byte_for_byte_as_committed(project, name):
    rel = f"notebooks/{name}.ipynb"
    before = (project / rel).read_bytes()
    save(project, rel, as_lab_has_it(project / rel))
    assert (project / rel).read_bytes() == before


def test_a_changed_parameter_value_stays_a_session_value(project):
    rel = "notebooks/02-compare.ipynb"
    before = (project / rel).read_bytes()
    nb = as_lab_has_it(project / rel, places='["SY02"]')
    save(project, rel, nb)
    assert (project / rel).read_bytes() == before
    session = project / "scratch" / "02-compare--places-SY02.ipynb"
    kept = nbformat.read(session, as_version=4)
    assert 'places: list[str] = ["SY02"]' in kept.cells[hooks.parameters_cell(kept)].source
    assert any(c.get("outputs") for c in kept.cells if c.cell_type == "code")  # as the analyst had it


def test_an_edit_to_code_is_stored_and_canonical(project):
    rel = "notebooks/01-tabulate.ipynb"
    nb = as_lab_has_it(project / rel, places='["SY02"]')
    nb["cells"][-1]["source"] = ["written = 1  # a real edit\n"]
    save(project, rel, nb)
    text = (project / rel).read_text(encoding="utf-8")
    assert text == canonical_notebook(text)
    stored = nbformat.reads(text, as_version=4)
    assert stored.cells[-1].source == "written = 1  # a real edit\n"
    assert 'places: list[str] = []' in stored.cells[hooks.parameters_cell(stored)].source


def test_adding_a_parameter_is_an_edit_to_the_notebook(project):
    rel = "notebooks/05-review-queue.ipynb"
    nb = as_lab_has_it(project / rel)
    i = hooks.parameters_cell(nb)
    nb["cells"][i]["source"] = nb["cells"][i]["source"] + ["\nmax_rows: int = 10  # new\n"]
    save(project, rel, nb)
    assert "max_rows: int = 10" in (project / rel).read_text(encoding="utf-8")
    assert not (project / "scratch").exists()


def test_a_new_notebook_in_notebooks_is_refused_and_scratch_is_stored_as_is(project):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", execution_count=1)])
    with pytest.raises(hooks.SaveRefused, match="scratch/"):
        save(project, "notebooks/Untitled.ipynb", nb)
    assert not (project / "notebooks" / "Untitled.ipynb").exists()
    (project / "scratch").mkdir()
    model = save(project, "scratch/Untitled.ipynb", nb)
    assert model["content"]["cells"][0]["execution_count"] == 1  # the analyst's own: kept


def test_non_notebooks_are_left_alone(project):
    model = {"type": "file", "format": "text", "content": "a,b\n"}
    hooks.pre_save_hook(model, "data/x.csv", root=project)
    assert model == {"type": "file", "format": "text", "content": "a,b\n"}


def test_parameter_values_parse_annotated_and_plain_assignments():
    src = 'a: int = 1  # x\nb = ["SY02"]\nc: str = os.environ["X"]\n'
    assert hooks.parameter_values(src) == {"a": 1, "b": ["SY02"], "c": "os.environ['X']"}
    assert hooks.parameter_values("a = (") is None



def test_one_rule_names_a_changed_run_wherever_it_is_made():
    """The session copy in scratch/, a Lab run's folders and `crosstally run -p` share one slug."""
    from crosstally.paths import Paths
    from crosstally.runname import derived_name
    from crosstally.runner.params import load_param_sets

    assert derived_name("02-compare", {"places": ["SY02", "SY05"]}) == "02-compare--places-SY02-SY05"
    assert derived_name("default", {}) == "default"
    long = derived_name("default", {"claimants": [f"claimant-{i}" for i in range(12)]})
    assert len(long) == len("default--") + 59 and long.startswith("default--claimants-claimant-0-claimant-1-")
    assert all(c in "0123456789abcdef" for c in long[-8:])  # a long change is cut, with its hash
    sets = load_param_sets(Paths(ROOT), [ROOT / "params" / "default.yaml"], {"places": ["SY02", "SY05"]})
    assert sets[0].run_name == derived_name("default", {"places": ["SY02", "SY05"]})
    import ast
    hook_source = (ROOT / "src" / "crosstally" / "jupyter_hooks.py").read_text(encoding="utf-8")
    runname_source = (ROOT / "src" / "crosstally" / "runname.py").read_text(encoding="utf-8")
    assert "from .runname import derived_name" in hook_source
    imported = {a.name.split(".")[0] for node in ast.walk(ast.parse(runname_source))
                if isinstance(node, (ast.Import, ast.ImportFrom)) for a in node.names
                if not (isinstance(node, ast.ImportFrom) and node.module == "__future__")}
    assert imported <= {"hashlib", "re"}  # the standard library: JupyterLab's environment has it


def test_the_lab_configuration_installs_the_hook_and_one_kernel():
    """The file `make lab` passes with --config (run in JupyterLab's environment)."""
    text = (ROOT / "jupyter" / "jupyter_server_config.py").read_text(encoding="utf-8")
    assert "c.ContentsManager.pre_save_hook = _pre_save" in text
    assert 'c.KernelSpecManager.allowed_kernelspecs = {"crosstally"}' in text
    assert "c.KernelSpecManager.ensure_native_kernel = False" in text
    assert 'c.MappingKernelManager.default_kernel_name = "crosstally"' in text
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--config=$(CURDIR)/jupyter/jupyter_server_config.py" in makefile


def test_a_case_folders_notebooks_follow_the_same_rules(project):
    """A case folder (cases/x/) holds its own notebooks/ beside its own pipeline.yaml."""
    case = project / "cases" / "x"
    shutil.copytree(project / "notebooks", case / "notebooks")
    rel = "cases/x/notebooks/01-tabulate.ipynb"
    before = (project / rel).read_bytes()
    save(project, rel, as_lab_has_it(project / rel, places='["SY05"]'))
    assert (project / rel).read_bytes() == before
    assert (project / "scratch" / "01-tabulate--places-SY05.ipynb").is_file()
    with pytest.raises(hooks.SaveRefused):
        save(project, "cases/x/notebooks/Untitled.ipynb", nbformat.v4.new_notebook())
    # a folder merely named notebooks, with no pipeline: the analyst's own
    (project / "mine" / "notebooks").mkdir(parents=True)
    save(project, "mine/notebooks/Untitled.ipynb", nbformat.v4.new_notebook())
