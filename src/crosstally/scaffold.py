"""``crosstally init`` (a new case folder) and ``crosstally upgrade`` (refresh its notebooks).

The notebooks have one source of truth: the reference case's ``notebooks/`` in the
crosstally repository, which a wheel ships as ``crosstally/_shipped/notebooks/`` (see
setup.py). ``init`` copies them into the new case, with ``notebooks/.shipped.json``
recording the crosstally version and each file's sha256. ``upgrade`` copies the installed
package's notebooks again: a notebook the analyst has not edited (its hash is the
recorded one) is replaced, a new one added; an edited one is reported and nothing is
written unless ``--force``. Notebooks of the case's own (not shipped) are left alone.

A case's copies open with the case's own defaults: the values of its default parameter
set (``params/default.yaml``, with the period from ``crosstally.yaml`` where the set
gives none, as ``crosstally run`` passes them) are written into each copy's ``parameters``
cell (:func:`case_notebook`), the rest of the notebook byte for byte the shipped one. So
a notebook run as stored in JupyterLab works on the case's period and writes the case's
committed outputs, as ``crosstally run`` does. After ``params/default.yaml`` changes,
``upgrade`` writes the new values (an unedited copy is one whose hash is recorded).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

from . import admin1 as admin1_mod
from .paths import Paths
from .schema import DOCUMENT_COLUMNS, RAW_FIGURE_COLUMNS, SOURCE_COLUMNS

MANIFEST = ".shipped.json"
SHIPPED = {  # as in setup.py: path inside crosstally/_shipped/ -> path in the source checkout
    "notebooks": "notebooks",
    "rules/bound-profiles.yaml": "data/raw/rules/bound-profiles.yaml",
}


class ScaffoldError(RuntimeError):
    """init or upgrade refused; nothing was written."""


def version() -> str:
    try:
        return metadata.version("crosstally")
    except metadata.PackageNotFoundError:
        return "unknown"


def shipped_path(inside: str) -> Path:
    """A shipped file or folder: inside the installed package (a wheel), or, for an
    editable install of a source checkout, where the checkout keeps it."""
    package = Path(__file__).resolve().parent
    installed = package / "_shipped" / inside
    if installed.exists():
        return installed
    checkout = package.parents[1]  # src/crosstally -> the checkout holding pyproject.toml
    candidate = checkout / SHIPPED[inside]
    if (checkout / "pyproject.toml").is_file() and candidate.exists():
        return candidate
    raise ScaffoldError(f"this crosstally installation lacks its shipped {inside} "
                        f"(looked in {installed} and {candidate}); reinstall it with pip")


def shipped_notebooks() -> dict[str, bytes]:
    """name -> bytes of every shipped notebook and the pipeline declaration."""
    folder = shipped_path("notebooks")
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix in (".ipynb", ".yaml")}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ----------------------------------------------------------------------------- the case's defaults

def default_values(paths: Paths) -> dict:
    """The case's default parameter set as ``crosstally run`` passes it: ``params/default.yaml``
    over the case's period (``crosstally.yaml``); only the period without that file."""
    from .runner.params import case_parameters, load_param_sets
    from .runner.pipeline import DEFAULT_PARAMS as DEFAULT_FILE, UsageError

    try:
        file = paths.params / DEFAULT_FILE
        if file.is_file():
            return dict(load_param_sets(paths, [file], None)[0].values)
        return case_parameters(paths)
    except UsageError as err:
        raise ScaffoldError(str(err)) from None


def py_literal(value, where: str = "value") -> str:
    """A parameter value (as YAML reads it) as Python source: ``"2015-09-30"``, ``["SY02"]``,
    ``False``. Strings in double quotes, like the notebooks' own defaults."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a Python string literal
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v, where) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k, where)}: {py_literal(v, where)}" for k, v in value.items()) + "}"
    raise ScaffoldError(f"{where}: {value!r} ({type(value).__name__}) cannot be written into a parameters cell")


def _same(a, b) -> bool:
    """Equal as parameter values (True is not 1, 1 is not 1.0)."""
    return json.dumps(a, sort_keys=True, default=repr) == json.dumps(b, sort_keys=True, default=repr)


def set_parameter_values(source: str, values: dict, where: str = "parameters cell") -> str:
    """``source`` (a parameters cell) with the default of every name in ``values`` replaced
    by that value; annotations, comments and every other name's default kept as written.
    A value whose type the annotation refuses is refused (ScaffoldError)."""
    import ast

    from .runner.params import Declared, _type_problem

    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    edits = []  # (line, start byte, end line, end byte, text), in source order
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            name, annotation = node.target.id, ast.unparse(node.annotation)
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name)):
            name, annotation = node.targets[0].id, "None"
        else:
            continue
        if name not in values:
            continue
        value = values[name]
        problem = _type_problem(value, Declared(name, annotation, ast.unparse(node.value)))
        if problem:
            raise ScaffoldError(f"{where}: parameter {name!r}: {problem}, as the notebooks "
                                f"declare it ({name}: {annotation})")
        try:
            current = ast.literal_eval(node.value)
        except ValueError:
            current = object()
        if _same(current, value):
            continue
        v = node.value
        edits.append((v.lineno - 1, v.col_offset, v.end_lineno - 1, v.end_col_offset,
                      py_literal(value, f"{where}: parameter {name!r}")))
    for line, start, end_line, end, text in reversed(edits):  # ast offsets are UTF-8 bytes
        head = lines[line].encode("utf-8")[:start].decode("utf-8")
        tail = lines[end_line].encode("utf-8")[end:].decode("utf-8")
        lines[line:end_line + 1] = [head + text + tail]
    return "".join(lines)


def case_notebook(shipped: bytes, values: dict, where: str = "params/default.yaml") -> bytes:
    """A shipped notebook as a case holds it: its ``parameters`` cell's defaults set to
    ``values`` (the case's default set, :func:`default_values`); every other byte as
    shipped. A notebook the values do not change is returned as it is."""
    from .jupyter_hooks import cell_source, parameters_cell
    from .runner.notebooks import canonical_notebook

    nb = json.loads(shipped)
    index = parameters_cell(nb)
    if index is None:
        return shipped
    cell = nb["cells"][index]
    source = cell_source(cell)
    new = set_parameter_values(source, values, where)
    if new == source:
        return shipped
    cell["source"] = new
    return canonical_notebook(json.dumps(nb)).encode("utf-8")


def case_notebooks(paths: Paths) -> dict[str, bytes]:
    """name -> bytes of every shipped notebook as the case at ``paths`` holds it."""
    values = default_values(paths)
    return {name: (case_notebook(data, values) if name.endswith(".ipynb") else data)
            for name, data in shipped_notebooks().items()}


# ----------------------------------------------------------------------------- init

GITIGNORE = """\
# Rebuilt by `crosstally run` (executed notebooks and run state)
build/
.venv/
__pycache__/
.ipynb_checkpoints/
*.tmp
# the analyst's own notebooks (JupyterLab saves new ones, and runs with changed values, there)
/scratch/
# runs whose parameters differ from a stored set (`crosstally run -p`, a value changed in Lab)
/data/processed/tables/*--*/
/figures/*--*/
/briefing/*--*/
# ACLED's terms forbid redistributing its rows: read, never committed
/data/raw/events/acled/
/data/processed/events/acled.csv
# `crosstally export --hxl` (a convenience copy)
/data/processed/ledger-hxl.csv
"""

DEFAULT_PARAMS = """\
# The default parameter set. `crosstally run` (no --params) runs every params/*.yaml.
# Each notebook receives the names it declares in its `parameters` cell; a name no
# notebook declares, or a value of the wrong type, is refused before any kernel starts.
# The period and the briefing's comparisons come from crosstally.yaml unless set here.
run_name: default             # names the output folders: tables/, figures/, briefing/<run_name>/
metrics: []                   # metrics to keep (killed, injured, displaced, strikes, ...); [] = all
places: []                    # admin-1 p-codes or names (data/raw/rules/admin1.csv); [] = all
claimants: []                 # claimant source ids (data/raw/sources.csv); [] = all
bound_profile: standard-v1    # how vague numbers become low/high (data/raw/rules/bound-profiles.yaml)
include_context: false        # also list context figures (e.g. whole-war tolls); never compared
"""

WORKFLOW = """\
# Re-executes the case's notebooks and fails when a committed output is stale: the
# ledger, tables, charts and briefing must be what `crosstally all` makes from data/raw.
name: crosstally
on:
  push:
  pull_request:
jobs:
  rebuild:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install -r requirements.txt
      - run: crosstally validate
      - run: crosstally all --force
      - name: Committed outputs are current
        run: sh ci/check-outputs.sh
"""

GITLAB = """\
# GitLab CI: the same check as .github/workflows/crosstally.yml.
rebuild:
  image: python:3.11
  script:
    - python -m pip install -r requirements.txt
    - crosstally validate
    - crosstally all --force
    - sh ci/check-outputs.sh
"""

CHECK_OUTPUTS = """\
#!/bin/sh
# Fails, naming the files, when `crosstally all` changed or added a derived output:
# the committed ledger, tables, charts or briefing were stale.
set -eu
git add --intent-to-add -- data/processed figures briefing
if ! git diff --exit-code --stat -- data/processed figures briefing; then
  echo "stale outputs: run 'crosstally all' and commit the files listed above" >&2
  exit 1
fi
"""

REQUIREMENTS = """\
# The crosstally this case is built with (CI installs it). Created with crosstally {version};
# point it at where you install crosstally from, e.g. a tag of its repository:
#   crosstally @ git+https://example.org/you/crosstally@v{version}
{spec}
"""

README = """\
# {title}

A Crosstally case: a ledger of reported figures
about {country} ({code}), who claimed them, in which document and in which words, and
the tables, charts and briefing made from it.

## Two commands

```sh
crosstally validate   # check data/raw: prints FILE:ROW:COLUMN: message for each problem
crosstally all        # rebuild the ledger, tables, charts and briefing (briefing/default/)
```

Run them anywhere inside this folder (crosstally finds `crosstally.yaml` upward, as git
finds `.git`), or from elsewhere with `crosstally --case PATH all`.

## Layout

```
crosstally.yaml        the case: title, country, period, the briefing's comparisons
data/raw/              curated by people: sources.csv, documents.csv, documents/, figures.csv
  rules/admin1.csv     admin-1 units ({admin1_source}) and their spellings
  rules/bound-profiles.yaml  how vague numbers ("about 300") become ranges
params/                parameter sets (params/default.yaml: everything)
notebooks/             the analysis, copied from crosstally {version} (see Upgrading)
data/processed/ figures/ briefing/   derived: rebuilt by `crosstally all`, committed
```

## Adding a document and its figures

0. Once, before the first document: the drafts find a place only by a name or alias in
   `data/raw/rules/admin1.csv`, whose names may be transliterations your sources never
   use. Put the spellings they use (cities, towns, regions) into each unit's `aliases`
   (`;`-separated), and regions of several units into `groups`. ISO 3166-2 has no
   English names, and `init` made only plain-letter spellings of its names: add the
   English spellings your sources use (in a case of Azerbaijan, the row
   `AZ-BA,Bakı,Baki,` becomes `AZ-BA,Bakı,Baki;Baku,`). Then `crosstally validate`.
1. Add the claimant and the outlet to `data/raw/sources.csv` (`type`: belligerent,
   government, un_agency, intergovernmental, monitoring_ngo, rights_medical_ngo,
   humanitarian_ngo, political_opposition, media, witness or reference;
   `party_to_conflict` true or false).
2. `crosstally add FILE --outlet ID --url URL --published DATE` (a .txt, .html or .pdf):
   the text is held in `data/raw/documents/`, registered in `documents.csv`, and its
   figures drafted into `data/raw/review-queue.csv`. A .txt's title is its first line
   when that line is a headline (a blank line after it, no final full stop); the add
   message says which title it took. Else give `--title "..."` (the headline as
   published), or the briefing lists the document as untitled.
   The drafts name who did it from the words the package knows for any war (government
   forces, the army, militants, "shelling by ...") and the names of this conflict's
   parties listed under `actors` in `crosstally.yaml`: list them before drafting.
3. In the queue (a spreadsheet), set `decision` to accept or reject, correcting any field;
   then `crosstally accept` (accepted rows join `data/raw/figures.csv`, validated).
4. `crosstally all`.

(Rows can also be written into the CSVs by hand: `crosstally validate` checks them.)

The briefing's key comparisons are the windows listed under `comparisons` in
`crosstally.yaml` (its comments show one); until you list some, the briefing has none.
After editing `crosstally.yaml` (title, country name, comparisons), `crosstally all`
runs every notebook again: the file is part of each notebook's key.

## Upgrading crosstally

`notebooks/` holds copies of the notebooks crosstally ships; `notebooks/.shipped.json`
records which. Each copy's `parameters` cell holds this case's defaults (the values of
`params/default.yaml`, and the period of `crosstally.yaml` where that file gives none), so
a notebook opened in JupyterLab runs on this case as `crosstally all` does. After upgrading
the package, or after editing `params/default.yaml`, `crosstally upgrade` replaces the
notebooks you have not edited with the new version's and reports those you have
(`--force` overwrites them; git keeps your version). Then `crosstally all`.

## CI

`.github/workflows/crosstally.yml` (and `.gitlab-ci.yml`) install `requirements.txt`,
re-execute the notebooks and fail if a committed output differs from what they make.
"""


@dataclass
class InitResult:
    root: Path
    files: list[Path] = field(default_factory=list)
    admin1_rows: int = 0
    notes: list[str] = field(default_factory=list)  # what the admin-1 table's maker says (admin1.iso_rows)


def init_case(target: Path | str, country_code: str, title: str | None = None,
              admin1_file: Path | str | None = None, period_start: str | None = None,
              period_end: str | None = None, requirement: str | None = None) -> InitResult:
    """Create a case folder at ``target`` (which must not exist, or be empty).

    Everything is written into a temporary folder beside it and moved into place at the
    end, so a refusal or an error leaves nothing behind.
    """
    from .io import write_bytes, write_text

    target = Path(target).resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ScaffoldError(f"{target}: exists and is not an empty folder; give a new folder")
    ctry = admin1_mod.country(country_code)
    notes: list[str] = []
    if admin1_file:
        rows = admin1_mod.read_cod_admin1(admin1_file, ctry)
        admin1_source = f"OCHA COD p-codes, from {Path(admin1_file).name}"
        plural = "admin-1 areas"
    else:
        rows = admin1_mod.iso_rows(ctry, notes)
        admin1_source = "ISO 3166-2 codes, from pycountry"
        plural = admin1_mod.iso_unit_plural(ctry)
    if len(rows) < 2:
        raise ScaffoldError(f"no admin-1 units known for {ctry.name}; give --admin1 FILE (an OCHA COD table)")
    for name, value in (("--period-start", period_start), ("--period-end", period_end)):
        if value:
            from .dates import parse_partial_date

            try:
                parse_partial_date(value)
            except ValueError as err:
                raise ScaffoldError(f"{name} {value!r}: {err}") from None
    title = title or f"Reported figures: {ctry.name}"
    ver = version()
    notebooks = shipped_notebooks()
    profiles = shipped_path("rules/bound-profiles.yaml").read_bytes()

    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        paths = Paths(staging)
        config = {
            "title": title,
            "name": re.sub(r"[^a-z0-9._-]+", "-", target.name.lower()).strip("-") or ctry.alpha_2.lower(),
            "country": ctry.alpha_2,
            "country_name": ctry.name,
            "admin1_plural": plural,
            "period": {"start": period_start or "", "end": period_end or ""},
            "comparisons": [],
            "actors": [],
        }
        files: dict[Path, bytes | str] = {
            paths.config: _config_text(config, ver),
            paths.sources: ",".join(SOURCE_COLUMNS) + "\n",
            paths.documents: ",".join(DOCUMENT_COLUMNS) + "\n",
            paths.figures: ",".join(RAW_FIGURE_COLUMNS) + "\n",
            paths.documents_dir / ".gitkeep": "",
            paths.admin1: admin1_mod.admin1_csv(rows),
            paths.profiles: profiles,
            paths.params / "default.yaml": DEFAULT_PARAMS,
            staging / "README.md": README.format(title=title, country=ctry.name, code=ctry.alpha_2,
                                                 admin1_source=admin1_source, version=ver),
            staging / ".gitignore": GITIGNORE,
            staging / ".github" / "workflows" / "crosstally.yml": WORKFLOW,
            staging / ".gitlab-ci.yml": GITLAB,
            staging / "ci" / "check-outputs.sh": CHECK_OUTPUTS,
            staging / "requirements.txt": REQUIREMENTS.format(
                version=ver, spec=requirement or (f"crosstally=={ver}" if ver != "unknown" else "crosstally")),
            paths.processed / ".gitkeep": "",
            paths.figures_dir / ".gitkeep": "",
            paths.briefing_dir / ".gitkeep": "",
        }
        for path, data in files.items():
            if isinstance(data, bytes):
                write_bytes(path, data)
            else:
                write_text(path, data)
        # The copies open with the case's defaults (written above): see case_notebook.
        values = default_values(paths)
        notebooks = {name: (case_notebook(data, values) if name.endswith(".ipynb") else data)
                     for name, data in notebooks.items()}
        for name, data in notebooks.items():
            files[paths.notebooks / name] = data
            write_bytes(paths.notebooks / name, data)
        files[paths.notebooks / MANIFEST] = _manifest_text(notebooks)
        write_text(paths.notebooks / MANIFEST, files[paths.notebooks / MANIFEST])
        (staging / "ci" / "check-outputs.sh").chmod(0o755)
        if target.exists():
            target.rmdir()
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    written = sorted(target / p.relative_to(staging) for p in files)
    return InitResult(target, written, len(rows) - 1, notes)


def _config_text(config: dict, ver: str) -> str:
    head = (f"# A Crosstally case (created with crosstally {ver}). `crosstally` finds the case by looking\n"
            "# for this file in the current folder and the folders above it; --case DIR or\n"
            "# CROSSTALLY_ROOT=DIR point elsewhere.\n"
            "#   title          heads the briefing\n"
            "#   name           a short identifier (the data package's name)\n"
            "#   country        ISO 3166-1 alpha-2; also the admin-1 code of whole-country figures\n"
            "#   country_name   how the whole country is named in the briefing\n"
            "#   admin1_plural  what the admin-1 units (data/raw/rules/admin1.csv) are called\n"
            "#   period         start/end (partial ISO dates): the default period of every parameter set\n"
            "#   comparisons    the briefing's side-by-side windows (none yet: its \"Key comparisons\" stay\n"
            "#                  empty until you list some), one mapping each, for example\n"
            "#                    comparisons:\n"
            "#                      - metric: killed              # killed, injured, displaced, ...\n"
            "#                        start: '2024-01-01'         # the claims whose count stands at a\n"
            "#                        end: '2024-01-31'           #   date in this window are compared\n"
            "#                        population: civilians       # all, civilians, children, ...; null: any\n"
            "#                        title: 'Civilians killed, January 2024'\n"
            "#                        kind: total                 # or incident: one attack's tolls only\n"
            "#   actors         the names of the conflict's parties that `crosstally add`, `draft` and\n"
            "#                  `extract` read as who did it, e.g. [Rapid Support Forces, RSF, Sudanese army]:\n"
            "#                  a capitalised name matches only capitalised; words for any war (government\n"
            "#                  forces, the army, militants, rebels, \"airstrikes by ...\") need no listing\n"
            "#   campaign_force the names among actors that are the campaign's own force, e.g. [Russian,\n"
            "#                  Russia]: a draft attributed to one of them gets perpetrator_scope\n"
            "#                  campaign_force (several_forces with another party joined to it)\n")
    return head + yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=100)


def _manifest_text(notebooks: dict[str, bytes]) -> str:
    return json.dumps({"crosstally": version(), "files": {n: _sha(b) for n, b in sorted(notebooks.items())}},
                      indent=1, sort_keys=True) + "\n"


# ----------------------------------------------------------------------------- upgrade

@dataclass
class UpgradeResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)  # edited in the case: overwritten only with force
    source_checkout: bool = False  # the case's notebooks are the shipped ones themselves
    ignored: list[str] = field(default_factory=list)  # patterns added to the case's .gitignore


def notebook_status(paths: Paths) -> UpgradeResult:
    """How the case's notebooks stand against the installed package's."""
    result = UpgradeResult()
    if shipped_path("notebooks").resolve() == paths.notebooks.resolve():
        result.source_checkout = True
        return result
    manifest = _read_manifest(paths)
    for name, new in case_notebooks(paths).items():
        file = paths.notebooks / name
        if not file.exists():
            result.added.append(name)
            continue
        current = file.read_bytes()
        if current == new:
            result.unchanged.append(name)
        elif manifest.get(name) == _sha(current):
            result.updated.append(name)
        else:
            result.edited.append(name)
    return result


def _read_manifest(paths: Paths) -> dict[str, str]:
    try:
        return json.loads((paths.notebooks / MANIFEST).read_text(encoding="utf-8")).get("files", {})
    except (OSError, ValueError):
        return {}


def upgrade_case(paths: Paths, force: bool = False) -> UpgradeResult:
    """Copy the installed package's notebooks into the case (see the module docstring).
    Raises ScaffoldError, writing nothing, when an edited notebook would be overwritten
    and ``force`` is false."""
    from .io import write_bytes, write_text

    status = notebook_status(paths)
    if status.source_checkout:
        return status
    if status.edited and not force:
        raise ScaffoldError(
            "edited in this case, not overwritten: " + ", ".join(f"notebooks/{n}" for n in status.edited)
            + "; nothing was written. Merge the new version by hand, or `crosstally upgrade --force` "
            "to take the new notebooks (commit first: git keeps yours).")
    shipped = case_notebooks(paths)
    for name in status.added + status.updated + (status.edited if force else []):
        write_bytes(paths.notebooks / name, shipped[name])
    manifest = {**_read_manifest(paths), **{n: _sha(b) for n, b in shipped.items()}}
    write_text(paths.notebooks / MANIFEST, json.dumps({"crosstally": version(), "files": dict(sorted(manifest.items()))},
                                                      indent=1, sort_keys=True) + "\n")
    status.ignored = _complete_gitignore(paths)
    return status


def _complete_gitignore(paths: Paths) -> list[str]:
    """Append to the case's .gitignore every pattern of the current template it lacks (a case
    made by an older crosstally would otherwise commit Lab's scratch notebooks, runs with
    changed parameters, or ACLED rows); the analyst's own lines are kept. Returns those added."""
    from .io import write_text

    file = paths.root / ".gitignore"
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    have = {line.strip() for line in text.splitlines()}
    missing = [line for line in GITIGNORE.splitlines() if line and not line.startswith("#") and line not in have]
    if missing:
        sep = "" if not text or text.endswith("\n") else "\n"
        write_text(file, text + sep + "# added by `crosstally upgrade` (see crosstally's case template)\n"
                   + "".join(f"{line}\n" for line in missing))
    return missing
