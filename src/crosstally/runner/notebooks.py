"""The stored form of a notebook: canonical JSON without outputs, which the runner hashes."""
from __future__ import annotations

from pathlib import Path

from ..paths import Paths

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
    from ..io import write_text

    files = files if files is not None else sorted(Paths().notebooks.glob("*.ipynb"))
    return [Path(f) for f in files
            if write_text(f, canonical_notebook(Path(f).read_text(encoding="utf-8")))]
