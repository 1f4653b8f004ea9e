"""The name of a run whose parameter values differ from a stored set's.

One rule for every place that names such a run: ``crosstally run -p`` (``default`` with
``places=[SY05]`` runs as ``default--places-SY05``), a notebook run in JupyterLab with
changed values (:mod:`crosstally.interactive`), and the copy of that notebook the save
hook keeps in ``scratch/`` (:mod:`crosstally.jupyter_hooks`). Standard library only: the
save hook runs in JupyterLab's own environment (``.venv-lab``), which imports this module
from ``src/`` without the project's dependencies.
"""
from __future__ import annotations

import hashlib
import re

MAX_SLUG = 60
"""A longer description of the change is cut to 50 characters plus 8 of its sha256."""


def derived_name(base: str, changed: dict) -> str:
    """``base`` with ``changed`` (name -> new value) -> ``base--name-value[--name-value]``:
    names sorted, lists joined by commas, anything but letters, digits and ``._-``
    replaced by ``-``; ``base`` alone when nothing is left of the change."""
    parts = []
    for key in sorted(changed):
        value = changed[key]
        text = ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{key}-{text}")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", "--".join(parts)).strip("-.")
    if len(slug) > MAX_SLUG:
        slug = slug[:50] + "-" + hashlib.sha256(slug.encode()).hexdigest()[:8]
    return f"{base}--{slug}" if slug else base
