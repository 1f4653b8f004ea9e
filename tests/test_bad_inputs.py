"""Every bad input gets a message, never a traceback, and changes nothing.

- YAML (bound profiles, parameters, sweeps, pipeline.yaml) and bytes that are not UTF-8
  are reported as FILE:LINE:COLUMN: message;
- a fuzz test (hypothesis, derandomized: the same 5 examples per file on every run) corrupts every
  raw input and parameter file in a scratch copy with byte flips, cuts, duplications,
  insertions and truncations: each corruption is accepted or refused with a located
  message, and a refused build leaves the processed ledger byte for byte as it was;
- `crosstally run` refuses while the raw inputs are not those a build validated.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosstally import bounds, datapackage, runner, stamp, yamlfile
from crosstally.ledger import ValidationFailed, build, validate
from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]
LOCATED = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<column>[^:\n]+): \S")


@pytest.fixture
def project(tmp_path) -> Paths:
    """A copy of the inputs, derived data, notebooks and parameter sets."""
    for sub in ("data/raw", "data/processed", "notebooks", "params"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    return Paths(tmp_path)


def cli(paths: Paths, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, CROSSTALLY_ROOT=str(paths.root))
    return subprocess.run([sys.executable, "-m", "crosstally.cli", *args], env=env, capture_output=True,
                          text=True, cwd=paths.root, timeout=300)


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def pre_kernel_checks(paths: Paths) -> None:
    """What `crosstally run` does before any kernel starts (raises runner.UsageError)."""
    pipeline = runner.load_pipeline(paths)
    sets = runner.load_param_sets(paths, None, None)
    runner.validate_parameters(sets, runner.declared_parameters(paths, pipeline))
    runner.check_values(paths, sets)


# --------------------------------------------------------------------------- located messages


def test_yaml_syntax_error_in_the_rule_file_is_located_and_the_build_changes_nothing(project):
    profiles = project.profiles
    lines = profiles.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if "about:" in line)
    lines[n] = lines[n].replace("}", "", 1)  # an unclosed flow mapping
    profiles.write_text("".join(lines), encoding="utf-8")
    before = digests(project.processed)
    result = cli(project, "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    m = LOCATED.match(first)
    assert m and m["file"] == "data/raw/rules/bound-profiles.yaml", first
    assert "not valid YAML" in first
    assert n + 1 <= int(m["line"]) <= n + 2  # the unclosed mapping, or the line where YAML noticed
    assert digests(project.processed) == before


def test_non_utf8_bytes_in_the_rule_file_are_located(project):
    data = project.profiles.read_bytes()
    at = data.index(b"standard-v1", data.index(b"profiles:"))
    project.profiles.write_bytes(data[:at] + b"\xff" + data[at:])
    line = data.count(b"\n", 0, at) + 1
    column = at - data.rfind(b"\n", 0, at)
    errors = [str(e) for e in validate(project)]
    assert errors == [f"data/raw/rules/bound-profiles.yaml:{line}:{column}: byte 0xff is not UTF-8 "
                      "(save the file as UTF-8)"]


@pytest.mark.parametrize("edit, words, key", [
    (lambda t: t.replace('about:      {low: "0.9*N", high: "1.1*N"}', "about: 5", 1),
     "qualifier about must be a mapping", "about:"),
    (lambda t: t.replace('nearly:     {low: "0.9*N",', 'nearly:     {low: "0.9*N/2",', 1),
     "only numbers, N, M, + - * and parentheses", "nearly:"),
    (lambda t: t.replace("dozens:               {low: 24,", "dozens:               {low: many,", 1),
     "'low' must be a whole number", "dozens:"),
    (lambda t: t.replace("hundreds:             {low: 200,   high: 999}", "hundreds: {low: 999, high: 200}", 1),
     "low 999 is above high 200", "hundreds:"),
    (lambda t: t.replace("default: standard-v1", "default: standard-v9", 1),
     "default profile 'standard-v9' is not defined", "default:"),
])
def test_rule_file_structure_errors_point_at_their_line(project, edit, words, key):
    text = project.profiles.read_text(encoding="utf-8")
    edited = edit(text)
    assert edited != text
    project.profiles.write_text(edited, encoding="utf-8")
    (error,) = validate(project)
    assert error.file == "data/raw/rules/bound-profiles.yaml"
    assert words in error.message
    line = edited.splitlines()[error.row - 1]
    assert key in line, (error, line)


def test_non_utf8_and_bad_yaml_in_parameters_sweeps_and_pipeline_are_located(project):
    default = project.params / "default.yaml"
    data = default.read_bytes()
    at = data.index(b"run_name")
    default.write_bytes(data[:at] + b"\xe9" + data[at:])
    with pytest.raises(runner.UsageError) as err:
        pre_kernel_checks(project)
    line = data.count(b"\n", 0, at) + 1
    assert str(err.value) == f"params/default.yaml:{line}:1: byte 0xe9 is not UTF-8 (save the file as UTF-8)"
    default.write_bytes(data)

    sweep = project.params / "sweeps" / "governorates-2015.yaml"
    sweep.write_text("run_name: x\nsweep:\n  - {run_name: a, places: [SY02]\n  - {run_name: b}\n", encoding="utf-8")
    with pytest.raises(runner.UsageError, match=r"^params/sweeps/governorates-2015\.yaml:\d+:\d+: not valid YAML"):
        runner.load_param_sets(project, [sweep], None)

    pipeline = project.notebooks / "pipeline.yaml"
    pipeline.write_text("kernel: crosstally\nnotebooks:\n  01-tabulate:\n    file: [notebooks\n", encoding="utf-8")
    with pytest.raises(runner.UsageError, match=r"^notebooks/pipeline\.yaml:\d+:\d+: not valid YAML"):
        runner.load_pipeline(project)
    pipeline.write_text("kernel: crosstally\ntimeout: soon\nnotebooks: {}\n", encoding="utf-8")
    with pytest.raises(runner.UsageError, match="timeout must be a whole number of seconds"):
        runner.load_pipeline(project)


def test_bad_yaml_in_a_parameter_file_gets_a_message_from_the_command(project):
    (project.params / "broken.yaml").write_text("run_name: broken\nplaces: [SY02\n", encoding="utf-8")
    result = cli(project, "run", "--params", "params/broken.yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.search(r"^params/broken\.yaml:\d+:\d+: not valid YAML", result.stderr, re.M), result.stderr


def test_a_wrong_comparison_window_is_refused_before_any_kernel(project):
    (project.params / "default.yaml").write_text(
        (project.params / "default.yaml").read_text(encoding="utf-8")
        + "\n# appended by the test\n", encoding="utf-8")
    problems = runner.load_param_sets(project, [project.params / "default.yaml"],
                                      {"comparisons": [{"metric": "killed", "start": "2015-11", "title": "t"}]})
    with pytest.raises(runner.UsageError, match=r"parameter 'comparisons': entry 1: missing end"):
        runner.check_values(project, problems)


# --------------------------------------------------------------------------- fuzz


# Every raw table and rule file, and one held document text (all texts are read and checked
# alike: UTF-8, then their sha256 against documents.csv; fuzzing each would only repeat that).
TEXTS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "data/raw/documents").glob("*") if p.is_file())
RAW = ["data/raw/sources.csv", "data/raw/documents.csv", "data/raw/figures.csv", "data/raw/rules/admin1.csv",
       "data/raw/rules/bound-profiles.yaml"] + TEXTS[:1]
# Read by add/draft/accept, not by build or run: its refusals are tested in tests/test_curate.py
# (not fuzzed yet).
QUEUE = "data/raw/review-queue.csv"
PARAMETERS = ["params/default.yaml", "params/aleppo-october-2015.yaml", "params/sweeps/governorates-2015.yaml",
              "notebooks/pipeline.yaml"]


def test_the_fuzz_covers_every_raw_input_and_parameter_file():
    raw = {p.relative_to(ROOT).as_posix() for p in (ROOT / "data/raw").rglob("*")
           if p.is_file() and "reference" not in p.parts}
    assert raw - set(TEXTS) - {QUEUE} == set(RAW) - set(TEXTS)  # a new kind of raw input must join the fuzz
    assert TEXTS and all(t.endswith(".txt") for t in TEXTS)
    params = {p.relative_to(ROOT).as_posix() for p in (ROOT / "params").rglob("*.yaml")}
    assert params | {"notebooks/pipeline.yaml"} == set(PARAMETERS)


# One corruption: an operation at a relative position, with a length and a byte.
EDITS = st.lists(st.tuples(st.sampled_from(["flip", "byte", "cut", "duplicate", "insert", "truncate"]),
                           st.floats(0, 1, allow_nan=False), st.integers(1, 80), st.integers(0, 255)),
                 min_size=1, max_size=3)


def corrupt(data: bytes, edits) -> bytes:
    for op, where, length, byte in edits:
        if not data:
            return bytes([byte])
        i = min(int(where * len(data)), len(data) - 1)
        j = min(len(data), i + length)
        if op == "flip":
            data = data[:i] + bytes([data[i] ^ (1 << byte % 8)]) + data[i + 1:]
        elif op == "byte":
            data = data[:i] + bytes([byte]) + data[i + 1:]
        elif op == "cut":
            data = data[:i] + data[j:]
        elif op == "duplicate":
            data = data[:j] + data[i:j] + data[j:]
        elif op == "insert":
            data = data[:i] + bytes([byte]) * length + data[i:]
        else:
            data = data[:i]
    return data


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Paths:
    root = tmp_path_factory.mktemp("fuzz")
    for sub in ("data/raw", "data/processed", "notebooks", "params"):
        shutil.copytree(ROOT / sub, root / sub)
    return Paths(root)


FUZZ = settings(max_examples=5, derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.mark.parametrize("target", RAW)
@FUZZ
@given(edits=EDITS)
def test_fuzzed_raw_input_is_accepted_or_refused_with_a_located_message(scratch, target, edits):
    path = scratch.root / target
    original = path.read_bytes()
    before = digests(scratch.processed)
    try:
        path.write_bytes(corrupt(original, edits))
        try:
            build(scratch)
        except ValidationFailed as refused:
            assert refused.errors
            for e in refused.errors:
                assert LOCATED.match(str(e)), str(e)
            assert digests(scratch.processed) == before  # nothing written
            # and `crosstally run` sees inputs other than those the ledger was built from, so it
            # validates them and refuses (tested in full below, once: it costs a validation)
            assert stamp.manifest(scratch) != stamp.stamp_file(scratch).read_text(encoding="utf-8")
        else:
            assert validate(scratch) == []
            assert stamp.run_problems(scratch) == []
    finally:
        path.write_bytes(original)
        if digests(scratch.processed) != before:
            build(scratch)  # back to the original ledger for the next example


@pytest.mark.parametrize("target", PARAMETERS)
@FUZZ
@given(edits=EDITS)
def test_fuzzed_parameter_file_is_accepted_or_refused_with_a_message(scratch, target, edits):
    path = scratch.root / target
    original = path.read_bytes()
    try:
        path.write_bytes(corrupt(original, edits))
        try:  # `crosstally export` reads the parameter files too (which runs to publish)
            datapackage.stored_run_names(scratch)
        except ValidationFailed as refused:
            assert all(LOCATED.match(str(e)) and str(e).startswith(target) for e in refused.errors), refused
        try:
            pre_kernel_checks(scratch)
        except runner.UsageError as refused:
            text = str(refused)
            assert text.startswith((target, "run_name used by more than one", "params/")), text
            if "not valid YAML" in text or "not UTF-8" in text:
                assert LOCATED.match(text) and text.startswith(target), text
    finally:
        path.write_bytes(original)


def test_yaml_reader_locates_what_it_refuses():
    with pytest.raises(yamlfile.InputFileError) as err:
        yamlfile.loads("a: 1\nb: [2,\n", "x.yaml")
    assert (err.value.file, err.value.line) == ("x.yaml", 3)
    with pytest.raises(yamlfile.InputFileError) as err:
        yamlfile.loads("a: 1\nb: \x01\n", "x.yaml")
    assert (err.value.line, err.value.column) == (2, 4)
    assert str(err.value).startswith("x.yaml:2:4: character U+0001 is not allowed in YAML")
    doc = yamlfile.loads("a:\n  b: 1\n  c: 2\n", "x.yaml")
    assert doc == {"a": {"b": 1, "c": 2}} and doc["a"].where("c") == (3, 3)
    with pytest.raises(bounds.ProfileError):
        bounds.load_profiles(ROOT / "no-such-file.yaml")


# --------------------------------------------------------------------------- runs read validated inputs only


def test_run_refuses_while_raw_inputs_are_invalid_and_after_a_fix_until_a_build(project, monkeypatch):
    assert stamp.run_problems(project) == []  # the committed ledger was built from the committed inputs
    originals = {p: p.read_bytes() for p in (project.documents, project.sources)}
    # as the issue found it: a refused row in each, which the briefing's source tables would list
    project.documents.write_bytes(originals[project.documents]
                                  + b"zz-unchecked,,no-such-outlet,https://example.org/x,2015-13-45,stated,en,,,\n")
    project.sources.write_bytes(originals[project.sources] + b"bogus,Bogus,alien,maybe,,,\n")
    with pytest.raises(ValidationFailed):
        build(project)
    problems = stamp.run_problems(project)
    assert any(p.startswith("data/raw/documents.csv:") for p in problems), problems
    assert any(p.startswith("data/raw/sources.csv:") for p in problems), problems
    assert "notebooks read only validated inputs" in problems[-1]

    monkeypatch.setattr(runner.Kernel, "__init__", lambda *a, **k: pytest.fail("a kernel was started"))
    with pytest.raises(runner.UsageError, match="data/raw/documents.csv:"):
        runner.run(root=project.root, params_files=[Path("params/default.yaml")])
    assert not list(project.root.glob("build/**/*.ipynb"))

    # Fixed but not rebuilt: valid inputs newer than the ledger are refused too.
    for p, data in originals.items():
        p.write_bytes(data)
    project.figures.write_bytes(project.figures.read_bytes().replace(b"\n", b"\r\n"))
    (problem,) = stamp.run_problems(project)
    assert "changed since the ledger was built" in problem and "crosstally build" in problem
    build(project)
    assert stamp.run_problems(project) == []


def test_committed_stamp_lists_every_raw_input():
    listed = [line.split("  ", 1)[1] for line in (ROOT / "data/processed/inputs.sha256").read_text().splitlines()]
    assert listed == sorted(set(RAW) | set(TEXTS))
    assert stamp.manifest(Paths(ROOT)) == (ROOT / "data/processed/inputs.sha256").read_text()


def test_export_refuses_while_raw_inputs_are_invalid(project):
    """The data package copies sources.csv and documents.csv: never rows a build refused."""
    package = project.processed / "datapackage.json"
    before = digests(project.processed)
    project.sources.write_bytes(project.sources.read_bytes() + b"bogus,Bogus,alien,maybe,,\n")
    result = cli(project, "export")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/raw/sources.csv:" in result.stderr and "datapackage.json was left as it was" in result.stderr
    assert package.exists() and digests(project.processed) == before
