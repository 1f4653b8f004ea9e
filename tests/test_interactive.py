"""crosstally.interactive: only the stored parameter sets write the committed outputs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosstally import interactive
from crosstally.paths import Paths
from crosstally.runner import load_param_sets

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = {"run_name": "default", "metrics": [], "places": [], "period_start": "2015-09-30",
            "period_end": "2015-12-31", "claimants": [], "bound_profile": "standard-v1",
            "include_context": False}


@pytest.fixture
def project(tmp_path) -> Paths:
    for sub in ("params", "notebooks"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    return Paths(tmp_path)


def test_the_stored_set_writes_its_committed_folders(project):
    where = interactive.output_run("01-tabulate", dict(DEFAULTS), project)
    assert where.stored and where.run_name == "default" and where.changed == {}
    assert where.tables == project.tables / "default"
    assert where.figures == project.figures_dir / "default"
    assert where.briefing == project.briefing_dir / "default"
    assert "stored set params/default.yaml" in where.message()


def test_a_changed_parameter_writes_to_the_run_name_crosstally_run_p_gives(project):
    values = dict(DEFAULTS, places=["SY02"])
    where = interactive.output_run("02-compare", values, project)
    (via_runner,) = load_param_sets(project, [project.params / "default.yaml"], {"places": ["SY02"]})
    assert not where.stored
    assert where.run_name == via_runner.run_name == "default--places-SY02"
    assert where.changed == {"places": ([], ["SY02"])}
    assert where.tables == project.tables / "default--places-SY02"
    text = where.message()
    assert "data/processed/tables/default--places-SY02/" in text and "untouched" in text
    assert "places: [] → ['SY02']" in text
    assert "Interactive run" in where._repr_markdown_()


def test_every_stored_set_is_recognised_and_its_own_values_matter(project):
    aleppo = dict(DEFAULTS, run_name="aleppo-october-2015", places=["SY02"],
                  period_start="2015-10-01", period_end="2015-10-31")
    assert interactive.output_run("01-tabulate", aleppo, project).stored
    # the default set's values under Aleppo's name are not Aleppo's set
    moved = interactive.output_run("01-tabulate", dict(DEFAULTS, run_name="aleppo-october-2015"), project)
    assert not moved.stored and moved.run_name.startswith("aleppo-october-2015--")
    assert set(moved.changed) == {"places", "period_start", "period_end"}


def test_a_name_the_set_leaves_out_compares_with_the_notebooks_default(project):
    """params/default.yaml has no `comparisons`: 03's stored default ([]) is what counts."""
    base = dict(DEFAULTS, comparisons=[])
    assert interactive.output_run("03-figures", base, project).stored
    window = [{"metric": "killed", "start": "2015-10", "end": "2015-10", "title": "October"}]
    where = interactive.output_run("03-figures", dict(base, comparisons=window), project)
    assert not where.stored and where.run_name.startswith("default--comparisons-")


def test_a_run_name_of_its_own_is_kept(project):
    """`crosstally run -p places=[SY05]` hands the notebook `default--places-SY05`; a
    name the analyst types is no stored set either: both keep their name."""
    for name in ("default--places-SY05", "hama"):
        where = interactive.output_run("01-tabulate", dict(DEFAULTS, run_name=name, places=["SY05"]), project)
        assert where.run_name == name and not where.stored and where.changed == {}
        assert "not a stored parameter set" in where.message()


def test_the_review_queue_notebook_compares_with_the_default_set(project):
    where = interactive.output_run("05-review-queue", {"bound_profile": "standard-v1"}, project)
    assert where.stored and where.review_queue == project.processed / "review_queue.csv"
    wide = interactive.output_run("05-review-queue", {"bound_profile": "wide-v1"}, project)
    assert wide.run_name == "default--bound_profile-wide-v1"
    assert wide.review_queue == project.tables / "default--bound_profile-wide-v1" / "review_queue.csv"


def test_only_declared_names_are_read_and_a_missing_one_is_an_error(project):
    namespace = dict(DEFAULTS, unrelated=1, ledger=object())
    assert interactive.output_run("01-tabulate", namespace, project).stored
    del namespace["places"]
    with pytest.raises(NameError, match="places"):
        interactive.output_run("01-tabulate", namespace, project)


def test_override_run_folders_are_git_ignored_and_stored_ones_are_not():
    import subprocess

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["data/processed/tables/default--places-SY02/claims.csv", "figures/default--places-SY02/a.svg",
             "briefing/aleppo-october-2015--places-SY05/briefing.pdf", "scratch/Untitled.ipynb"]
    kept = ["data/processed/tables/default/claims.csv", "figures/default/a.svg", "scratch/README.md",
            "notebooks/01-tabulate.ipynb"]
    res = subprocess.run(["git", "check-ignore", "--no-index", *paths, *kept], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.stdout.split() == paths


def test_in_a_case_made_by_init_run_all_in_lab_writes_the_default_set(tmp_path, monkeypatch):
    """A new case's notebooks open with the case's own period (written into their parameters
    cell by init), so Run all in Lab writes the default set, as `crosstally run` would."""
    from crosstally.scaffold import init_case

    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    init_case(tmp_path / "lebanon", "LB", period_start="2024-09-23", period_end="2024-11-27")
    paths = Paths(tmp_path / "lebanon")
    for nb in ("01-tabulate", "02-compare", "03-figures", "04-briefing", "06-events"):
        namespace = interactive.notebook_defaults(nb, paths)  # Run all with the stored values
        where = interactive.output_run(nb, namespace, paths)
        assert where.stored and where.run_name == "default", (nb, where.message())
        assert (namespace["period_start"], namespace["period_end"]) == ("2024-09-23", "2024-11-27")
        assert where.changed == {}, (nb, where.message())


def test_a_changed_run_names_the_scratch_copy_the_save_hook_writes(project):
    import json

    from crosstally.jupyter_hooks import cell_source, parameters_cell, prepare_save

    values = dict(DEFAULTS, places=["SY02"])
    text = interactive.output_run("02-compare", values, project).message()
    nb = json.loads((project.notebooks / "02-compare.ipynb").read_text(encoding="utf-8"))
    i = parameters_cell(nb)
    nb["cells"][i]["source"] = cell_source(nb["cells"][i]).replace("places: list[str] = []", 'places: list[str] = ["SY02"]')
    _, session = prepare_save(nb, "notebooks/02-compare.ipynb", project.root)
    assert session is not None
    assert f"scratch/{session[0].name}" in text and "Saving keeps notebooks/02-compare.ipynb as stored" in text
