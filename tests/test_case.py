"""A case is a folder: root discovery, crosstally.yaml, init, admin-1 tables, upgrade,
the kernel and the empty-case briefing. Each test builds its own small case in a
temporary folder; none reads or writes the repository's Syria case except where named."""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import tokenize
from pathlib import Path

import pandas as pd
import pytest

from crosstally import admin1, briefing, cli, ledger, scaffold, tabulate
from crosstally.case import CONFIG_FILE, CaseError, find_root, load_config
from crosstally.paths import PATHS, Paths
from crosstally.runner import UsageError, check_kernel
from crosstally.runner.kernels import _kernel_spec_manager_class
from crosstally.schema import DOCUMENT_COLUMNS, RAW_FIGURE_COLUMNS, SOURCE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_root_env(monkeypatch):
    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)


@pytest.fixture
def sudan(tmp_path, no_root_env) -> Path:
    scaffold.init_case(tmp_path / "sudan", "SD", period_start="2023-04-15")
    return tmp_path / "sudan"


def _header(path: Path) -> tuple[str, ...]:
    return tuple(next(csv.reader(io.StringIO(path.read_text(encoding="utf-8")))))


# ----------------------------------------------------------------------------- the root


def test_the_root_is_found_upward_like_git(tmp_path, monkeypatch, no_root_env):
    (tmp_path / "a" / CONFIG_FILE).parent.mkdir()
    (tmp_path / "a" / CONFIG_FILE).write_text("title: A\n", encoding="utf-8")
    deep = tmp_path / "a" / "data" / "raw" / "documents"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_root() == (tmp_path / "a").resolve()
    assert PATHS.root == (tmp_path / "a").resolve()  # Paths() follows the current case
    assert PATHS.figures == (tmp_path / "a" / "data" / "raw" / "figures.csv").resolve()
    monkeypatch.setenv("CROSSTALLY_ROOT", str(tmp_path / "elsewhere"))
    assert PATHS.root == (tmp_path / "elsewhere").resolve()  # the variable wins


def test_outside_any_case_the_command_says_how_to_get_into_one(tmp_path, monkeypatch, no_root_env, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CaseError, match="crosstally init DIR --country CODE"):
        find_root()
    assert cli.main(["validate"]) == 2
    assert "--case DIR" in capsys.readouterr().err


def test_case_option_points_at_a_case_from_anywhere(sudan, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--case", str(sudan), "validate"]) == 0
    assert "raw inputs are valid" in capsys.readouterr().out
    assert cli.main(["validate", f"--case={sudan}"]) == 0
    assert cli.main(["--case", str(tmp_path), "validate"]) == 2  # no crosstally.yaml there
    assert "holds no crosstally.yaml" in capsys.readouterr().err
    import os
    assert "CROSSTALLY_ROOT" not in os.environ  # --case held for that command only


def test_a_malformed_config_names_the_file_and_key(tmp_path):
    (tmp_path / CONFIG_FILE).write_text("comparisons:\n  - {metric: killed, start: '2020'}\n", encoding="utf-8")
    with pytest.raises(CaseError, match=r"crosstally.yaml: comparisons\[1\]: missing \['end', 'title'\]"):
        load_config(tmp_path)
    (tmp_path / CONFIG_FILE).write_text("period: 2020\n", encoding="utf-8")
    with pytest.raises(CaseError, match="period: expected a mapping"):
        load_config(tmp_path)


def test_the_syria_case_says_in_its_config_what_src_no_longer_says():
    case = load_config(ROOT)
    assert case.title == "Reported figures: Russia's air campaign in Syria"
    assert (case.country, case.country_name, case.admin1_plural) == ("SY", "Syria", "governorates")
    assert (case.period_start, case.period_end) == ("2015-09-30", "2015-12-31")
    assert [c["title"] for c in case.comparisons] == [
        "People displaced, late October 2015", "Civilians killed, running totals by late November 2015"]
    assert tabulate.whole_country(tabulate.load_admin1(ROOT / "data/raw/rules/admin1.csv")) == ("SY", "Syria")


def test_src_names_no_case_outside_docstrings_and_comments():
    """Syria, Aleppo, SY0 or 2015 in src/ only as examples in docstrings or comments: every
    file, the extractor's vocabulary too (the names of a conflict's parties are the case's:
    crosstally.yaml ``actors``, crosstally.actors)."""
    pattern = re.compile(r"syria|aleppo|SY0|2015|assad|nusra|hezbollah", re.IGNORECASE)
    found = []
    files = sorted((ROOT / "src" / "crosstally").rglob("*.py"))
    assert {"extract.py", "actors.py", "draft.py"} <= {f.name for f in files}
    for file in files:
        tokens = list(tokenize.generate_tokens(io.StringIO(file.read_text(encoding="utf-8")).readline))
        for i, tok in enumerate(tokens):
            if tok.type != tokenize.STRING or not pattern.search(tok.string):
                continue
            prev = next((t for t in reversed(tokens[:i]) if t.type not in (tokenize.NL, tokenize.NEWLINE,
                                                                           tokenize.INDENT, tokenize.DEDENT,
                                                                           tokenize.COMMENT)), None)
            is_docstring = prev is None or prev.string == ":"
            if not is_docstring:
                found.append(f"{file.relative_to(ROOT)}:{tok.start[0]}: {tok.string[:60]}")
    assert not found, "\n".join(found)


# ----------------------------------------------------------------------------- admin-1


def test_countries_by_alpha_2_or_alpha_3():
    assert admin1.country("sd").alpha_2 == "SD" and admin1.country("SDN").alpha_2 == "SD"
    assert admin1.country("UKR").name == "Ukraine"
    with pytest.raises(admin1.Admin1Error, match="not an ISO 3166-1 alpha-2 or alpha-3"):
        admin1.country("XX1")


def test_iso_admin1_for_any_country_comes_from_pycountry():
    import pycountry

    for code in ("SD", "YE", "MM", "UA", "CD"):
        rows = admin1.iso_rows(admin1.country(code))
        expected = {s.code for s in pycountry.subdivisions.get(country_code=code) if not s.parent_code}
        assert rows[0]["pcode"] == code and {r["pcode"] for r in rows[1:]} == expected
        table = pd.DataFrame(rows)
        assert tabulate.whole_country(table)[0] == code
    sd = {r["pcode"]: r["name"] for r in admin1.iso_rows(admin1.country("SD"))}
    assert (sd["SD"], sd["SD-KH"], sd["SD-DN"]) == ("Sudan", "Khartoum", "North Darfur")
    accented = [r for r in admin1.iso_rows(admin1.country("YE")) if r["name"].isascii() is False]
    assert accented and all(admin1._plain(r["name"]) in r["aliases"].split(";") for r in accented)


COD_CSV = """ADM1_EN,ADM1_UK,ADM1_RU,ADM1_PCODE,ADM1_REF,ADM1ALT1EN,ADM0_EN,ADM0_PCODE
Donetska,Донецька,Донецкая,UA14,,Donetsk,Ukraine,UA
Kharkivska,Харківська,Харьковская,UA63,,Kharkiv,Ukraine,UA
Avtonomna Respublika Krym,Автономна Республіка Крим,Автономная Республика Крым,UA01,Krym,Crimea,Ukraine,UA
"""

HXL_CSV = """admin1Name_en,admin1Name_ar,admin1Pcode,admin0Pcode
#adm1+name+i_en,#adm1+name+i_ar,#adm1+code,#country+code
Khartoum,الخرطوم,SD01,SD
North Darfur,شمال دارفور,SD02,SD
"""


def test_an_ocha_cod_table_keeps_its_pcodes_and_other_languages_become_aliases(tmp_path):
    f = tmp_path / "ukr_adm1.csv"
    f.write_text(COD_CSV, encoding="utf-8")
    rows = admin1.read_cod_admin1(f, admin1.country("UA"))
    by = {r["pcode"]: r for r in rows}
    assert [r["pcode"] for r in rows] == ["UA", "UA01", "UA14", "UA63"]
    assert by["UA14"]["name"] == "Donetska"
    assert by["UA14"]["aliases"].split(";") == ["Донецька", "Донецкая", "Donetsk"]
    assert "Crimea" in by["UA01"]["aliases"] and "Krym" in by["UA01"]["aliases"]
    assert tabulate.resolve_places(["Донецька", "donetsk", "UA63"], pd.DataFrame(rows)) == ["UA14", "UA63"]
    h = tmp_path / "sdn_adm1.csv"
    h.write_text(HXL_CSV, encoding="utf-8")
    rows = admin1.read_cod_admin1(h, admin1.country("SDN"))
    assert rows[1] == {"pcode": "SD01", "name": "Khartoum", "aliases": "الخرطوم"}


def test_a_bad_cod_table_is_refused_with_file_row_column(tmp_path):
    f = tmp_path / "adm1.csv"
    f.write_text("ADM1_EN,ADM1_PCODE\nDonetska,UA14\nKharkivska,RU63\n", encoding="utf-8")
    with pytest.raises(admin1.Admin1Error, match=r"adm1.csv:3:ADM1_PCODE: p-code 'RU63' does not begin with UA"):
        admin1.read_cod_admin1(f, admin1.country("UA"))
    f.write_text("ADM1_EN,ADM1_PCODE\nDonetska,UA14\nDonetsk again,UA14\n", encoding="utf-8")
    with pytest.raises(admin1.Admin1Error, match=r"adm1.csv:3:ADM1_PCODE: p-code 'UA14' repeats line 2"):
        admin1.read_cod_admin1(f, admin1.country("UA"))
    f.write_text("name,code\nDonetska,UA14\n", encoding="utf-8")
    with pytest.raises(admin1.Admin1Error, match="not an OCHA COD admin-1 table"):
        admin1.read_cod_admin1(f, admin1.country("UA"))


# ----------------------------------------------------------------------------- init


def test_init_scaffolds_a_case_that_validates(sudan):
    paths = Paths(sudan)
    assert _header(paths.sources) == SOURCE_COLUMNS  # from the schema module, not typed again
    assert _header(paths.documents) == DOCUMENT_COLUMNS
    assert _header(paths.figures) == RAW_FIGURE_COLUMNS
    case = load_config(sudan)
    assert (case.country, case.country_name, case.title, case.period_start) == (
        "SD", "Sudan", "Reported figures: Sudan", "2023-04-15")
    assert case.admin1_plural == "states"
    table = tabulate.load_admin1(paths.admin1)
    assert table["pcode"].iloc[0] == "SD" and "SD-DN" in set(table["pcode"])
    assert ledger.validate(paths) == []
    for rel in ("README.md", ".gitignore", ".github/workflows/crosstally.yml", ".gitlab-ci.yml",
                "ci/check-outputs.sh", "requirements.txt", "params/default.yaml",
                "data/raw/rules/bound-profiles.yaml", "notebooks/pipeline.yaml", "notebooks/.shipped.json"):
        assert (sudan / rel).is_file(), rel
    workflow = (sudan / ".github/workflows/crosstally.yml").read_text(encoding="utf-8")
    assert "crosstally all --force" in workflow and "ci/check-outputs.sh" in workflow
    assert "git diff --exit-code" in (sudan / "ci/check-outputs.sh").read_text(encoding="utf-8")
    readme = (sudan / "README.md").read_text(encoding="utf-8")
    assert "crosstally validate" in readme and "crosstally all" in readme and "crosstally upgrade" in readme
    held = {p.name: p.read_bytes() for p in paths.notebooks.iterdir() if p.name != ".shipped.json"}
    assert held == scaffold.case_notebooks(paths)
    assert set(held) == set(scaffold.shipped_notebooks())


def _parameters_cell(data: bytes) -> str:
    nb = json.loads(data)
    return "".join(next(c["source"] for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])))


def _without_parameters(data: bytes) -> list:
    nb = json.loads(data)
    return [c for c in nb["cells"] if "parameters" not in c["metadata"].get("tags", [])]


def assert_notebooks_open_with_the_case_defaults(paths: Paths, expected_period: tuple[str, str]) -> None:
    """Every notebook of the case, opened as stored (in Lab), declares the values of the case's
    default set, so it runs on the case's period and writes the committed outputs."""
    from crosstally import interactive

    default_set = interactive.stored_sets(paths)["default"].values
    assert (default_set["period_start"], default_set["period_end"]) == expected_period
    shipped = scaffold.shipped_notebooks()
    seen = set()
    for file in sorted(paths.notebooks.glob("*.ipynb")):
        defaults = interactive.notebook_defaults(file.stem, paths)
        for name, value in defaults.items():
            if name in default_set:
                assert value == default_set[name], (file.name, name, value, default_set[name])
                seen.add(name)
        assert interactive.output_run(file.stem, defaults, paths).stored, file.name
        # Only the parameters cell is the case's; the rest is the shipped notebook.
        assert _without_parameters(file.read_bytes()) == _without_parameters(shipped[file.name])
    assert {"period_start", "period_end", "bound_profile", "run_name"} <= seen


def test_a_new_case_s_notebooks_open_with_its_own_defaults(sudan, tmp_path):
    paths = Paths(sudan)
    assert_notebooks_open_with_the_case_defaults(paths, ("2023-04-15", ""))
    assert 'period_start: str = "2023-04-15"' in _parameters_cell((paths.notebooks / "01-tabulate.ipynb").read_bytes())
    from crosstally.interactive import notebook_defaults

    assert "2015" not in repr(notebook_defaults("04-briefing", paths))  # the reference case's period is gone
    # A case with no period at all: no bound, as `crosstally run` passes it ("").
    assert cli.main(["init", str(tmp_path / "open"), "--country", "SD"]) == 0
    assert_notebooks_open_with_the_case_defaults(Paths(tmp_path / "open"), ("", ""))
    # A period given in params/default.yaml wins over crosstally.yaml's, as in a run.
    with_period = tmp_path / "kherson"
    assert cli.main(["init", str(with_period), "--country", "UA", "--period-start", "2022-03",
                     "--period-end", "2022-11-11"]) == 0
    assert_notebooks_open_with_the_case_defaults(Paths(with_period), ("2022-03", "2022-11-11"))


def test_upgrade_follows_a_changed_default_set_and_refuses_a_wrong_type(sudan):
    paths = Paths(sudan)
    default = paths.params / "default.yaml"
    original = default.read_text(encoding="utf-8")
    default.write_text(original.replace("include_context: false", "include_context: true")
                       + 'period_end: "2023-12-31"\nplaces: [SD-DN]\n', encoding="utf-8")
    status = scaffold.notebook_status(paths)
    assert "01-tabulate.ipynb" in status.updated and not status.edited
    scaffold.upgrade_case(paths)
    assert_notebooks_open_with_the_case_defaults(paths, ("2023-04-15", "2023-12-31"))
    cell = _parameters_cell((paths.notebooks / "03-figures.ipynb").read_bytes())
    assert 'places: list[str] = ["SD-DN"]  # admin-1' in cell and "include_context: bool = True  #" in cell
    assert not (lambda s: s.updated or s.edited or s.added)(scaffold.notebook_status(paths))
    before = {p.name: p.read_bytes() for p in paths.notebooks.iterdir()}
    default.write_text(original + "places: SD-DN\n", encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match=r"params/default.yaml: parameter 'places': expected list\[str\]"):
        scaffold.upgrade_case(paths)
    assert {p.name: p.read_bytes() for p in paths.notebooks.iterdir()} == before


def test_parameter_values_are_written_as_python_literals():
    cell = ('a: str = "x"  # keep me\nb: list[str] = []  # and me\nc: bool = False\nd = 1\n'
            'e: list = [\n    {"k": 1},\n]  # multi-line\n')
    out = scaffold.set_parameter_values(cell, {"a": 'é "q"', "b": ["SY02", "SY05"], "c": True, "d": 1,
                                               "e": [{"metric": "killed", "population": None}]})
    assert out == ('a: str = "é \\"q\\""  # keep me\nb: list[str] = ["SY02", "SY05"]  # and me\n'
                   'c: bool = True\nd = 1\ne: list = [{"metric": "killed", "population": None}]  # multi-line\n')
    assert scaffold.set_parameter_values(cell, {"z": 1}) == cell
    with pytest.raises(scaffold.ScaffoldError, match="expected bool"):
        scaffold.set_parameter_values(cell, {"c": "yes"})


def test_the_syria_notebooks_open_with_the_syria_defaults():
    """The repository's notebooks are the shipped source and the Syria case's own: their
    defaults are the Syria default set's (so case_notebook leaves them byte for byte)."""
    paths = Paths(ROOT)
    assert_notebooks_open_with_the_case_defaults(paths, ("2015-09-30", "2015-12-31"))
    assert scaffold.case_notebooks(paths) == scaffold.shipped_notebooks()


def test_init_refuses_a_non_empty_folder_and_writes_nothing_on_error(tmp_path, no_root_env, capsys):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x", encoding="utf-8")
    assert cli.main(["init", str(tmp_path / "full"), "--country", "SD"]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("ADM1_EN,ADM1_PCODE\nKhartoum,XX01\n", encoding="utf-8")
    assert cli.main(["init", str(tmp_path / "new"), "--country", "SD", "--admin1", str(bad)]) == 2
    assert "bad.csv:2:ADM1_PCODE" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "full"]  # no staging left behind
    assert cli.main(["init", str(tmp_path / "new"), "--country", "QQ"]) == 2


def test_init_with_an_hdx_table(tmp_path, no_root_env):
    f = tmp_path / "ukr_adm1.csv"
    f.write_text(COD_CSV, encoding="utf-8")
    assert cli.main(["init", str(tmp_path / "mariupol"), "--country", "UKR", "--admin1", str(f),
                     "--title", "Mariupol, 2022"]) == 0
    table = tabulate.load_admin1(Paths(tmp_path / "mariupol").admin1)
    assert list(table["pcode"]) == ["UA", "UA01", "UA14", "UA63"]
    assert load_config(tmp_path / "mariupol").title == "Mariupol, 2022"
    assert ledger.validate(Paths(tmp_path / "mariupol")) == []


# ----------------------------------------------------------------------------- upgrade


def test_upgrade_replaces_unedited_notebooks_and_refuses_edited_ones(sudan):
    paths = Paths(sudan)
    nb = paths.notebooks / "01-tabulate.ipynb"
    manifest = json.loads((paths.notebooks / ".shipped.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == set(scaffold.shipped_notebooks())
    # As if the case had been made by an older crosstally: a different notebook, recorded as shipped.
    old = nb.read_bytes().replace(b"Tabulate", b"Tabulate (old)")
    nb.write_bytes(old)
    manifest["files"][nb.name] = scaffold._sha(old)
    (paths.notebooks / ".shipped.json").write_text(json.dumps(manifest), encoding="utf-8")
    (paths.notebooks / "02-compare.ipynb").unlink()
    status = scaffold.upgrade_case(paths)
    assert (status.updated, status.added, status.edited) == (["01-tabulate.ipynb"], ["02-compare.ipynb"], [])
    assert nb.read_bytes() == scaffold.case_notebooks(paths)[nb.name]
    # Now the analyst edits one: upgrade refuses and writes nothing, --force overwrites.
    edited = nb.read_bytes().replace(b"Tabulate", b"Tabulate (mine)")
    nb.write_bytes(edited)
    manifest = json.loads((paths.notebooks / ".shipped.json").read_text(encoding="utf-8"))
    manifest["files"]["03-figures.ipynb"] = "0" * 64  # and one more is behind the package
    (paths.notebooks / ".shipped.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match="edited in this case, not overwritten: notebooks/01-tabulate"):
        scaffold.upgrade_case(paths)
    assert nb.read_bytes() == edited
    scaffold.upgrade_case(paths, force=True)
    assert nb.read_bytes() == scaffold.case_notebooks(paths)[nb.name]
    (sudan / "notebooks" / "99-mine.ipynb").write_text("{}", encoding="utf-8")
    scaffold.upgrade_case(paths)
    assert (sudan / "notebooks" / "99-mine.ipynb").read_text(encoding="utf-8") == "{}"  # its own: left alone


def test_the_repository_notebooks_are_the_shipped_ones():
    """One source of truth: in a checkout the package ships notebooks/ itself (a wheel
    carries a copy made by setup.py; tests/test_case_install.py checks that copy)."""
    assert scaffold.shipped_path("notebooks").resolve() == (ROOT / "notebooks").resolve() or \
        scaffold.shipped_notebooks() == {p.name: p.read_bytes() for p in sorted((ROOT / "notebooks").iterdir())
                                         if p.suffix in (".ipynb", ".yaml")}
    assert scaffold.upgrade_case(Paths(ROOT)).source_checkout


# ----------------------------------------------------------------------------- kernel


def test_the_crosstally_kernel_is_this_interpreter_whatever_is_registered():
    spec = _kernel_spec_manager_class()().get_kernel_spec("crosstally")
    assert spec.argv[0] == sys.executable and "ipykernel_launcher" in spec.argv
    check_kernel("crosstally")


def test_an_unknown_kernel_is_refused_with_the_command_that_fixes_it():
    with pytest.raises(UsageError, match=r"-m ipykernel install --sys-prefix --name no-such-kernel-here"):
        check_kernel("no-such-kernel-here")


# ----------------------------------------------------------------------------- briefing


def test_an_empty_case_gets_a_short_honest_briefing(sudan):
    paths = Paths(sudan)
    ledger.build(paths)
    run = briefing.RunParams.make(run_name="default", case=load_config(sudan))
    assert briefing.build_figures(run, paths) == {}
    out = briefing.build_briefing(run, paths)
    html = out.html.read_text(encoding="utf-8")
    assert "<h1>Reported figures: Sudan</h1>" in html and "No figures yet" in html
    assert out.pdf.read_bytes().startswith(b"%PDF") and out.facts_frame.empty


def test_area_label_uses_the_case_country():
    names = {"SD": "Sudan", "SD-KH": "Khartoum", "SD-DN": "North Darfur"}
    assert briefing.area_label("SD", names) == "Sudan"  # the whole country: the code every code begins with
    assert briefing.area_label("SD-KH;SD-DN", names) == "Khartoum + North Darfur (SD-KH+SD-DN)"
    assert briefing.area_label("SD", {}, whole_country=("SD", "Sudan")) == "Sudan"
    assert briefing.area_words("SD", names) == "all of Sudan"


def test_a_new_cases_gitignore_keeps_lab_and_changed_runs_and_acled_out_of_git(sudan):
    """Run all in Lab with a changed value, `crosstally run -p`, `export --hxl` and an
    ACLED import leave `git status` clean in a case, as they do in this repository."""
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("no git")
    ignored = ["scratch/01-tabulate--places-SD-DN.ipynb", "scratch/Untitled.ipynb",
               "data/processed/tables/default--places-SD-DN/claims.csv", "figures/default--metrics-killed/a.svg",
               "briefing/default--metrics-killed/briefing.pdf", "data/raw/events/acled/export.csv",
               "data/processed/events/acled.csv", "data/processed/ledger-hxl.csv"]
    kept = ["data/processed/tables/default/claims.csv", "figures/default/a.svg", "briefing/default/briefing.pdf",
            "data/raw/events/ucdp-ged/ged.csv", "data/processed/ledger.csv", "notebooks/01-tabulate.ipynb"]
    subprocess.run(["git", "init", "-q"], cwd=sudan, check=True)
    res = subprocess.run(["git", "check-ignore", "--no-index", *ignored, *kept], cwd=sudan,
                         capture_output=True, text=True)
    assert res.stdout.split() == ignored


def test_upgrade_completes_an_older_cases_gitignore_keeping_the_analysts_lines(sudan, capsys, monkeypatch):
    old = "# Rebuilt by `crosstally run`\nbuild/\n.venv/\nmy-notes/\n"
    (sudan / ".gitignore").write_text(old, encoding="utf-8")
    monkeypatch.chdir(sudan)
    assert cli.main(["upgrade"]) == 0
    text = (sudan / ".gitignore").read_text(encoding="utf-8")
    assert text.startswith(old) and "/scratch/\n" in text and "/data/raw/events/acled/\n" in text
    assert text.count("build/") == 1
    out = capsys.readouterr().out
    assert ".gitignore gains __pycache__/, .ipynb_checkpoints/, *.tmp, /scratch/, " in out
    assert scaffold.upgrade_case(Paths(sudan)).ignored == []  # a second upgrade adds nothing
    assert (sudan / ".gitignore").read_text(encoding="utf-8") == text
