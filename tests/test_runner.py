"""The notebook runner: incremental, parallel, refusing bad parameters before any kernel starts.

Runs tiny fixture notebooks (tests/fixtures/runner-project) in a scratch copy:
01-count (reads data/raw/a.txt) -> 02-double (depends on 01); 03-words (reads
data/raw/b.txt, once per invocation). Parameter sets: default (scale 1), tripled (scale 3).
"""
from __future__ import annotations

import json
import re
import shutil
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from crosstally import runner

FIXTURE = Path(__file__).parent / "fixtures" / "runner-project"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    # Other work edits src/crosstally while tests run; pin the package hash so that only
    # what a test changes can change a key (one test changes it on purpose).
    monkeypatch.setattr(runner, "code_hash", lambda: "pinned")
    monkeypatch.setenv("CROSSTALLY_ROOT", str(root))
    return root


def statuses(report: runner.RunReport) -> dict[str, str]:
    return {r.label: r.status for r in report.results}


def ran(report: runner.RunReport) -> set[str]:
    return {k for k, v in statuses(report).items() if v == "ran"}


ALL = {"01-count (default)", "01-count (tripled)", "02-double (default)", "02-double (tripled)",
       "03-words (once)"}


def read(root: Path, rel: str) -> str:
    return (root / rel).read_text()


@pytest.mark.slow
def test_first_run_executes_all_then_nothing_changed_skips_all(project, capsys):
    first = runner.run(root=project)
    assert first.ok and ran(first) == ALL
    assert read(project, "out/default/double.txt") == "6\n"  # 3 lines * 1 * 2
    assert read(project, "out/tripled/double.txt") == "18\n"  # 3 lines * 3 * 2
    assert read(project, "out/words.txt") == "3\n"
    assert (project / "build/default/01-count.ipynb").exists()
    assert (project / "build/tripled/02-double.ipynb").exists()
    capsys.readouterr()

    assert runner.main([]) == 0
    out = capsys.readouterr().out
    assert out.count("[skipped: unchanged]") == 5 and "[ran" not in out
    assert "5 notebook runs: 5 skipped" in out


@pytest.mark.slow
def test_changed_input_reruns_exactly_its_downstream(project):
    runner.run(root=project)

    # Same number of lines: 01 re-runs, its output is identical, so 02 is skipped.
    (project / "data/raw/a.txt").write_text("uno\ndos\ntres\n")
    report = runner.run(root=project)
    assert ran(report) == {"01-count (default)", "01-count (tripled)"}
    reasons = {r.reason for r in report.ran}
    assert reasons == {"input changed: data/raw/a.txt"}

    # One more line: 01 and everything downstream of it re-run, 03-words does not.
    (project / "data/raw/a.txt").write_text("uno\ndos\ntres\ncuatro\n")
    report = runner.run(root=project)
    assert ran(report) == {"01-count (default)", "01-count (tripled)",
                           "02-double (default)", "02-double (tripled)"}
    assert statuses(report)["03-words (once)"] == "skipped"
    assert read(project, "out/tripled/double.txt") == "24\n"

    (project / "data/raw/b.txt").write_text("alpha beta\n")
    report = runner.run(root=project)
    assert ran(report) == {"03-words (once)"}
    assert read(project, "out/words.txt") == "2\n"


@pytest.mark.slow
def test_missing_or_edited_output_reruns_its_notebook(project):
    runner.run(root=project)
    (project / "out/default/double.txt").unlink()
    (project / "out/tripled/count.txt").write_text("999\n")
    report = runner.run(root=project)
    by_label = {r.label: r for r in report.results}
    assert by_label["02-double (default)"].reason == "output missing: out/default/double.txt"
    assert by_label["01-count (tripled)"].reason == "output changed: out/tripled/count.txt"
    # The re-run of 01 (tripled) restores its output, so its downstream stays skipped.
    assert ran(report) == {"02-double (default)", "01-count (tripled)"}
    assert read(project, "out/default/double.txt") == "6\n"
    assert read(project, "out/tripled/count.txt") == "9\n"


@pytest.mark.slow
def test_notebook_parameters_and_package_code_are_in_the_key(project, monkeypatch):
    runner.run(root=project)
    nb = project / "notebooks/02-double.ipynb"
    nb.write_text(nb.read_text().replace("2 * int", "2*int"))
    assert ran(runner.run(root=project)) == {"02-double (default)", "02-double (tripled)"}

    # run_name given: the same run, with other parameters (else it would get a name of its own)
    report = runner.run(root=project, overrides={"scale": 2, "run_name": "default"},
                        params_files=[Path("params/default.yaml")])
    assert ran(report) == {"01-count (default)", "02-double (default)"}
    assert {r.reason for r in report.ran} >= {"parameters changed: scale"}
    # Giving a parameter its declared default keys like leaving it out.
    report = runner.run(root=project, overrides={"fail": False, "scale": 2, "run_name": "default"},
                        params_files=[Path("params/default.yaml")])
    assert ran(report) == set()

    monkeypatch.setattr(runner, "code_hash", lambda: "changed")
    report = runner.run(root=project)
    assert ran(report) == ALL
    assert {r.reason for r in report.results if r.notebook == "03-words"} == {"package code changed"}


@pytest.mark.slow
def test_an_edited_crosstally_yaml_reruns_every_notebook(project, monkeypatch):
    """The notebooks read the case's title, country name and comparisons from
    crosstally.yaml, which no notebook declares as an input: a Sudan trial (2 December
    2026) added comparisons, ran `crosstally all`, and every notebook was skipped, the
    briefing keeping "No comparison window". The file is in every notebook's key."""
    from crosstally.runner import params

    # the fixture's notebooks declare no period, which a case's crosstally.yaml passes them
    monkeypatch.setattr(params, "case_parameters", lambda paths: {})
    config = project / "crosstally.yaml"
    config.write_text("title: 'Reported figures: a case'\ncomparisons: []\n")
    assert ran(runner.run(root=project)) == ALL
    assert ran(runner.run(root=project)) == set()
    config.write_text("title: 'Reported figures: a case'\ncomparisons:\n"
                      "  - {metric: killed, start: '2023-04-15', end: '2023-05-01', title: First weeks}\n")
    report = runner.run(root=project)
    assert ran(report) == ALL
    assert {r.reason for r in report.ran} == {"crosstally.yaml changed"}
    assert ran(runner.run(root=project)) == set()


@pytest.mark.slow
def test_force_reruns_everything(project, capsys):
    runner.run(root=project)
    capsys.readouterr()
    assert runner.main(["--force"]) == 0
    out = capsys.readouterr().out
    assert out.count("[ran ") == 5 and "[skipped" not in out
    assert out.count(": forced") == 5


@pytest.mark.slow
def test_failing_cell_stops_with_notebook_cell_and_error_and_keeps_last_good_outputs(project, capsys):
    runner.run(root=project)
    count = project / "out/default/count.txt"
    before = (count.read_bytes(), count.stat().st_mtime_ns)
    capsys.readouterr()

    code = runner.main(["--params", "params/default.yaml", "-p", "fail=true", "-p", "run_name=default", "-j", "1"])
    out = capsys.readouterr().out
    assert code == 1
    assert "[failed" in out and "01-count (default)" in out
    assert "notebook: notebooks/01-count.ipynb" in out
    assert "cell 4:" in out and 'raise ValueError("boom: asked to fail")' in out
    assert "error: ValueError: boom: asked to fail" in out
    assert "[not run: an upstream notebook failed] 02-double (default)" in out
    assert (count.read_bytes(), count.stat().st_mtime_ns) == before
    # Not recorded as good: the next run executes it again, even with the old parameters.
    report = runner.run(root=project, params_files=[Path("params/default.yaml")])
    assert statuses(report)["01-count (default)"] == "ran"
    assert [r.reason for r in report.ran] == ["no record of a good run"]


@pytest.mark.slow
def test_failure_in_one_set_does_not_run_its_downstream(project):
    report = runner.run(root=project, overrides={"fail": True}, max_workers=2)
    assert not report.ok and report.exit_code == 1
    assert {r.notebook for r in report.failed} == {"01-count"}
    assert all(r.status == "not run" for r in report.results if r.notebook == "02-double")
    assert not (project / "out/default--fail-True/double.txt").exists()


@pytest.mark.parametrize("argv, message", [
    (["-p", "nosuch=1"], "-p nosuch: unknown parameter 'nosuch'; valid parameters: fail, note, places, "
                         "run_name, scale"),
    (["-p", "scale=three"], "-p scale: parameter 'scale': expected int, got 'three' (str)"),
    (["-p", "scale=true"], "expected int, got True (bool)"),
    (["-p", "places=SY02"], "parameter 'places': expected list[str], got 'SY02' (str)"),
    (["-p", "places=[2]"], "parameter 'places': expected list[str], got [2] (list)"),
    (["-p", "fail=1"], "parameter 'fail': expected bool, got 1 (int)"),
    (["-p", "run_name=../up"], "run_name must be set to a folder-safe name"),
    (["-p", "scale"], "-p 'scale': expected KEY=VALUE"),
    (["--params", "params/nope.yaml"], "parameter file not found: params/nope.yaml"),
    (["--only", "99"], "--only 99: no such notebook"),
])
def test_bad_parameters_are_refused_before_any_kernel_starts(project, monkeypatch, capsys, argv, message):
    def no_kernel(*args):
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(runner.Kernel, "__init__", no_kernel)
    assert runner.main(argv) == 2
    err = capsys.readouterr().err
    assert "refused, no notebook was run" in err
    assert message in err
    assert not (project / "build" / "default").exists()


def test_wrong_type_in_a_parameter_file_names_the_file(project, monkeypatch, capsys):
    monkeypatch.setattr(runner.Kernel, "__init__", lambda *args: pytest.fail("a kernel was started"))
    (project / "params/tripled.yaml").write_text("run_name: tripled\nscale: 2.5\n")
    assert runner.main([]) == 2
    assert "params/tripled.yaml: parameter 'scale': expected int, got 2.5 (float)" in capsys.readouterr().err


def test_duplicate_run_names_are_refused(project):
    (project / "params/again.yaml").write_text("run_name: tripled\n")
    with pytest.raises(runner.UsageError, match="run_name used by more than one parameter set: tripled"):
        runner.run(root=project)


def test_yaml_dates_stay_text_and_sweeps_expand(project):
    (project / "params/sweep.yaml").write_text(
        "note: 2015-10-01\nsweep:\n  - {run_name: one, scale: 1}\n  - {run_name: two, scale: 2}\n")
    sets = runner.load_param_sets(runner.Paths(project), [Path("params/sweep.yaml")], {"fail": False})
    assert [(s.run_name, s.values) for s in sets] == [  # overridden: runs of their own
        ("one--fail-False", {"note": "2015-10-01", "run_name": "one--fail-False", "scale": 1, "fail": False}),
        ("two--fail-False", {"note": "2015-10-01", "run_name": "two--fail-False", "scale": 2, "fail": False}),
    ]
    assert sets[1].source == "params/sweep.yaml (sweep entry 2)"
    assert runner.parse_override("period_start=2015-10-01") == ("period_start", "2015-10-01")
    assert runner.parse_override("places=[SY02, SY05]") == ("places", ["SY02", "SY05"])


@pytest.mark.slow
def test_a_sweep_runs_its_parameter_sets_concurrently(project, monkeypatch):
    """Two parameter sets, two workers: executions overlap (counted, not timed)."""
    active, peak, lock = 0, 0, threading.Lock()
    real = runner.Kernel.execute

    def counting(self, spec):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        try:
            return real(self, spec)
        finally:
            with lock:
                active -= 1

    monkeypatch.setattr(runner.Kernel, "execute", counting)
    report = runner.run(params_files=[Path("params/default.yaml"), Path("params/tripled.yaml")],
                        root=project, max_workers=2, notebooks=["01-count"])
    assert ran(report) == {"01-count (default)", "01-count (tripled)"}
    assert peak == 2


@pytest.mark.slow
def test_any_executor_can_be_injected(project):
    """What a Dask client's executor needs: a picklable job run in another process."""
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        report = runner.run(root=project, executor=pool, notebooks=["03"])
    assert ran(report) == {"03-words (once)"}
    assert read(project, "out/words.txt") == "3\n"


@pytest.mark.slow
def test_only_uses_the_recorded_upstream(project):
    runner.run(root=project)
    assert ran(runner.run(root=project, notebooks=["02-double"])) == set()
    (project / "out/default/double.txt").unlink()
    with ThreadPoolExecutor(1) as pool:
        report = runner.run(root=project, notebooks=["02"], executor=pool)
    assert ran(report) == {"02-double (default)"}


@pytest.mark.slow
def test_failing_cell_is_numbered_as_in_the_stored_notebook(project):
    """02-double alone, before 01-count ever ran: its fourth cell cannot read count.txt."""
    report = runner.run(root=project, notebooks=["02"], params_files=[Path("params/default.yaml")])
    [failure] = report.failed
    assert "  cell 4:\n    | from crosstally.paths import Paths" in failure.error
    assert "error: FileNotFoundError" in failure.error


@pytest.mark.slow
def test_a_reused_kernel_starts_clean_and_gives_what_fresh_kernels_give(project, monkeypatch):
    """One worker runs all five notebooks in one kernel; 02-double asserts that 01-count's
    names are gone. Fresh kernels (one per notebook) must write the same bytes."""
    starts = []
    real_init = runner.Kernel.__init__

    def counting_init(self, *args):
        starts.append(args)
        real_init(self, *args)

    monkeypatch.setattr(runner.Kernel, "__init__", counting_init)
    assert ran(runner.run(root=project, max_workers=1)) == ALL
    assert len(starts) == 1
    outputs = {p: p.read_bytes() for p in sorted((project / "out").rglob("*.txt"))}

    starts.clear()
    shutil.rmtree(project / "out")
    assert ran(runner.run(root=project, max_workers=1, force=True, fresh_kernels=True)) == ALL
    assert len(starts) == 5
    assert {p: p.read_bytes() for p in sorted((project / "out").rglob("*.txt"))} == outputs


@pytest.mark.slow
def test_an_output_the_notebook_did_not_write_is_reported(project, capsys):
    pipeline = project / "notebooks/pipeline.yaml"
    pipeline.write_text(pipeline.read_text().replace("outputs: [out/words.txt]",
                                                     "outputs: [out/words.txt, out/never/*.csv]"))
    assert runner.run(root=project, notebooks=["03"]).ok
    assert "  warning: it wrote no file matching its declared output out/never/*.csv" in capsys.readouterr().out


def test_overrides_get_a_run_name_of_their_own():
    from crosstally.paths import Paths
    from crosstally.runner import load_param_sets

    root = Paths(Path(__file__).resolve().parents[1])
    sets = load_param_sets(root, None, {"places": ["SY05"]})
    assert sorted(ps.run_name for ps in sets) == ["aleppo-october-2015--places-SY05", "default--places-SY05"]
    # an override equal to the stored value changes nothing
    same = load_param_sets(root, [root.params / "default.yaml"], {"bound_profile": "standard-v1"})
    assert [ps.run_name for ps in same] == ["default"]
    named = load_param_sets(root, [root.params / "default.yaml"], {"places": ["SY05"], "run_name": "hama"})
    assert [ps.run_name for ps in named] == ["hama"]


@pytest.mark.parametrize("override, words", [
    ({"metrics": ["deaths"]}, "unknown metric(s) deaths"),
    ({"places": ["SY99"]}, "unknown place(s) 'SY99'"),
    ({"claimants": ["nobody"]}, "unknown claimant(s) nobody"),
    ({"bound_profile": "nope"}, "unknown bound profile 'nope'"),
    ({"period_start": "2015-13-01"}, "month 13 is not 01..12"),
    ({"period_end": "2015-01-01"}, "is after period_end"),
])
def test_bad_values_are_refused_before_any_kernel_starts(tmp_path, monkeypatch, override, words):
    real_root = Path(__file__).resolve().parents[1]
    for sub in ("data", "notebooks", "params"):
        shutil.copytree(real_root / sub, tmp_path / sub)
    shutil.copy2(real_root / "crosstally.yaml", tmp_path / "crosstally.yaml")
    monkeypatch.setattr(runner.Kernel, "__init__", lambda *a, **k: pytest.fail("a kernel was started"))
    with pytest.raises(runner.UsageError, match=re.escape(words)):
        runner.run(root=tmp_path, params_files=[Path("params/default.yaml")], overrides=override)
    assert not list(tmp_path.glob("build/**/*.ipynb"))  # no notebook executed


@pytest.mark.slow
def test_an_optional_output_may_be_absent_and_is_recorded_when_written(project, capsys):
    """optional_outputs: written only when there is something to write (notebook 06 without
    event data): no warning when absent; hashed like any output when present."""
    pipeline = project / "notebooks/pipeline.yaml"
    pipeline.write_text(pipeline.read_text().replace(
        "outputs: [out/words.txt]", "outputs: [out/words.txt]\n    optional_outputs: [out/never/*.csv, out/words.txt]"))
    assert runner.run(root=project, notebooks=["03"]).ok
    assert "warning" not in capsys.readouterr().out
    state = json.loads(next((project / "build/.state").rglob("03-words.json")).read_text())
    assert state["unmatched"] == [] and "out/words.txt" in state["outputs"]
