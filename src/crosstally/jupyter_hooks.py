"""What JupyterLab stores when an analyst saves (or Lab autosaves) a notebook.

``make lab`` starts Jupyter with ``jupyter/jupyter_server_config.py``, which installs
:func:`pre_save_hook` as the server's ``ContentsManager.pre_save_hook``: every save, by
hand or autosave, passes through it. It reads nothing but the notebook and the file it
replaces, and needs only nbformat and the standard library (and the package's own
stdlib-only modules, from ``src/``), since it runs in JupyterLab's own environment
(``.venv-lab``), not the project's.

- A notebook outside the git-ignored working areas (``scratch/``, ``build/``) is stored
  in the one canonical form, :func:`crosstally.runner.canonical_notebook` (no outputs,
  no execution counts, reduced metadata): running it leaves ``git status`` clean.
- In a stored pipeline notebook (``notebooks/*.ipynb`` beside a ``pipeline.yaml``, at the
  top or in a case folder), the ``parameters`` cell is the
  notebook's interface and its defaults. When the analyst only changed *values* there
  (same names), the cell is stored as it was on disk, so a session's parameters never
  change the repository; the notebook as the analyst had it (with outputs) is saved beside
  it in ``scratch/<notebook>--<change>.ipynb``. Adding, removing or renaming a parameter
  is a change to the notebook, stored as written. To change a default value, edit
  ``params/*.yaml`` (the stored sets) or the file itself outside Lab.
- A new notebook directly in ``notebooks/`` that ``notebooks/pipeline.yaml`` does not
  list is refused with a message: scratch notebooks go to ``scratch/`` (git-ignored).
  The configuration also makes Lab create new notebooks there.
"""
from __future__ import annotations

import ast
import copy
import json
import re
from pathlib import Path, PurePosixPath

from .runname import derived_name  # standard library only, as this module

SCRATCH = "scratch"
"""The git-ignored folder, at the project root, for the analyst's own notebooks."""

WORKING_AREAS = (SCRATCH, "build")
"""Git-ignored folders whose notebooks are stored as saved (outputs kept)."""


class SaveRefused(Exception):
    """A save the project does not allow, with the reason to show the analyst."""


def cell_source(cell) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def parameters_cell(nb: dict) -> int | None:
    """Index of the cell tagged ``parameters``, or None."""
    for i, cell in enumerate(nb.get("cells", [])):
        if "parameters" in (cell.get("metadata", {}).get("tags") or []):
            return i
    return None


def parameter_values(source: str) -> dict | None:
    """Names assigned in a parameters cell and their values (source text where not a
    literal); None when the cell does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    out = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            targets, value = [node.target], node.value
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            targets, value = node.targets, node.value
        else:
            continue
        try:
            literal = ast.literal_eval(value)
        except ValueError:
            literal = ast.unparse(value)
        for target in targets:
            out[target.id] = literal
    return out


def _pipeline_files(root: Path) -> set[str]:
    """Notebook files notebooks/pipeline.yaml lists (text match: yaml may be absent here)."""
    try:
        text = (root / "notebooks" / "pipeline.yaml").read_text(encoding="utf-8")
    except OSError:
        return set()
    return set(re.findall(r"^\s*file:\s*['\"]?([^'\"\s#]+)", text, flags=re.M))


def _keep_stored_parameters(nb: dict, on_disk: Path, stem: str, root: Path):
    """(notebook to store, (session path, session notebook) or None)."""
    try:
        disk = json.loads(on_disk.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return nb, None
    i, j = parameters_cell(nb), parameters_cell(disk)
    if i is None or j is None:
        return nb, None
    new_src, old_src = cell_source(nb["cells"][i]), cell_source(disk["cells"][j])
    if new_src == old_src:
        return nb, None
    new, old = parameter_values(new_src), parameter_values(old_src)
    if new is None or old is None or list(new) != list(old):
        return nb, None  # the interface changed (names added, removed, renamed): a real edit
    changed = {name: value for name, value in new.items() if old[name] != value}
    if not changed:
        return nb, None  # comments or layout: a real edit
    kept = copy.deepcopy(nb)
    kept["cells"][i]["source"] = disk["cells"][j]["source"]
    return kept, (root / SCRATCH / f"{derived_name(stem, changed)}.ipynb", nb)


def prepare_save(nb: dict, path: str, root: Path | str) -> tuple[dict, tuple[Path, dict] | None]:
    """The notebook to store at ``path`` (relative to the project root ``root``), and
    the session copy to write to scratch/ (or None). Raises :class:`SaveRefused`."""
    root = Path(root)
    rel = PurePosixPath(str(path).strip("/"))
    if rel.suffix != ".ipynb" or (len(rel.parts) > 1 and rel.parts[0] in WORKING_AREAS):
        return nb, None
    session = None
    if rel.parent.name == "notebooks" and (root / rel.parent / "pipeline.yaml").is_file():
        # a pipeline's notebooks: the project's (notebooks/) or a case folder's (x/notebooks/)
        on_disk = root / rel
        if on_disk.exists():
            nb, session = _keep_stored_parameters(nb, on_disk, rel.stem, root)
        elif f"notebooks/{rel.name}" not in _pipeline_files(root / rel.parent.parent):
            raise SaveRefused(
                f"{rel}: notebooks/ holds the pipeline's notebooks only (those "
                f"notebooks/pipeline.yaml lists). Put your own notebooks in {SCRATCH}/ "
                f"(git-ignored); to add a notebook to the pipeline, list it in "
                f"notebooks/pipeline.yaml first.")
    from .runner.notebooks import canonical_notebook

    return json.loads(canonical_notebook(json.dumps(nb))), session


def pre_save_hook(model: dict, path: str, contents_manager=None, root: Path | str | None = None,
                  **kwargs) -> None:
    """Jupyter server ``ContentsManager.pre_save_hook``: canonicalise ``model["content"]``
    in place (see the module docstring). ``root`` defaults to the contents manager's root."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    import nbformat

    root = Path(root if root is not None else contents_manager.root_dir)
    content, session = prepare_save(model["content"], path, root)
    model["content"] = nbformat.from_dict(content)
    if session is not None:
        target, nb = session
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nbformat.from_dict(nb), str(target))
