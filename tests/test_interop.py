"""Interop: the Frictionless data package, event data in (UCDP GED, ACLED), claims beside
recorded events, and other trackers' tables of reported figures."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from crosstally import events as ev
from crosstally import trackers
from crosstally.cli import main as cli
from crosstally.datapackage import write_datapackage
from crosstally.ledger import ValidationFailed, build, validate
from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
UCDP = FIXTURES / "events" / "ucdp-ged-synthetic.csv"
ACLED = FIXTURES / "events" / "acled-synthetic.csv"


@pytest.fixture
def case(project_copy) -> Paths:
    shutil.copytree(ROOT / "params", project_copy.params)
    return project_copy


def _errors(report) -> list[tuple]:
    return [tuple(e) for e in report.flatten(["type", "fieldName"])]


# ----------------------------------------------------------------------------- data package


def test_committed_datapackage_validates_with_frictionless():
    report = frictionless.validate(str(ROOT / "data/processed/datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    names = {r["name"] for r in json.loads((ROOT / "data/processed/datapackage.json").read_text())["resources"]}
    assert {"ledger", "sources", "documents", "default--claims", "aleppo-october-2015--findings"} <= names


def test_datapackage_describes_keys_enums_hashes_and_licence(case):
    target = write_datapackage(case)
    first = target.read_bytes()
    desc = json.loads(first)
    ledger = next(r for r in desc["resources"] if r["name"] == "ledger")
    fields = {f["name"]: f for f in ledger["schema"]["fields"]}
    assert ledger["schema"]["primaryKey"] == ["figure_id"]
    assert {fk["fields"][0]: fk["reference"]["resource"] for fk in ledger["schema"]["foreignKeys"]} == {
        "document_id": "documents", "claimant": "sources", "outlet": "sources", "cited_via": "sources"}
    assert "killed" in fields["metric"]["constraints"]["enum"]
    assert fields["figure_id"]["constraints"]["required"] is True
    assert fields["low"]["type"] == "integer" and fields["quote_verified"]["type"] == "boolean"
    assert ledger["hash"].startswith("sha256:") and ledger["bytes"] == case.ledger_csv.stat().st_size
    assert desc["licenses"][0]["name"] == "CC-BY-4.0" and "third-party" in desc["description"]
    assert frictionless.validate(str(target)).valid
    write_datapackage(case)
    assert target.read_bytes() == first  # deterministic


def test_only_stored_parameter_sets_are_published(case):
    scratch = case.tables / "default--places-SY05"
    shutil.copytree(case.tables / "default", scratch)
    desc = json.loads(write_datapackage(case).read_text())
    assert not [r for r in desc["resources"] if "places-sy05" in r["name"]]


def _corrupt(case: Paths, edit) -> list[tuple]:
    target = write_datapackage(case)
    edit(case, json.loads(target.read_text()), target)
    return _errors(frictionless.validate(str(target)))


def _rehash(desc, target, name, path):
    import hashlib

    data = path.read_bytes()
    res = next(r for r in desc["resources"] if r["name"] == name)
    res["bytes"], res["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    target.write_text(json.dumps(desc))


def test_corrupted_packages_fail_validation(case):
    def wrong_hash(case, desc, target):
        desc["resources"][0]["hash"] = "sha256:" + "0" * 64
        target.write_text(json.dumps(desc))

    assert ("hash-count", None) in _corrupt(case, wrong_hash)

    def broken_foreign_key(case, desc, target):
        text = case.ledger_csv.read_text()
        case.ledger_csv.write_text(text.replace('"F02","daily-mail-2015-10-20","sohr"',
                                                '"F02","daily-mail-2015-10-20","nobody"', 1))
        _rehash(desc, target, "ledger", case.ledger_csv)

    assert ("foreign-key", None) in _corrupt(case, broken_foreign_key)

    def enum_violation(case, desc, target):
        rows = list(csv.reader(case.ledger_csv.open(newline="")))
        rows[1][rows[0].index("metric")] = "murdered"
        with case.ledger_csv.open("w", newline="") as fh:
            csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
        _rehash(desc, target, "ledger", case.ledger_csv)

    assert ("constraint-error", "metric") in _corrupt(case, enum_violation)


# ----------------------------------------------------------------------------- event data


def test_ucdp_events_map_to_pcodes_windows_and_precision(case):
    target, counts = ev.import_file(UCDP, "ucdp-ged", case)
    assert target == case.raw / "events/ucdp-ged/ucdp-ged-synthetic.csv" and counts == {"ucdp-ged": 8}
    df = ev.load_events(case).set_index("event_id")
    assert df.loc["900001", ["admin1", "admin1_match"]].tolist() == ["SY02", "matched"]   # "Halab governorate"
    assert df.loc["900003", "admin1"] == "SY05" and df.loc["900004", "admin1"] == "SY07"
    assert df.loc["900006", "admin1_match"] == "unmatched"        # kept, never dropped
    assert df.loc["900005", "admin1_match"] == "not_given"
    assert df.loc["900008", "admin1_match"] == "other_country"    # Iraq
    assert df.loc["900002", ["date_start", "date_end", "date_precision"]].tolist() == ["2015-10-10", "2015-10-14", "days"]
    assert df.loc["900004", ["where_precision", "date_precision"]].tolist() == ["admin1", "month"]
    assert df.loc["900001", ["deaths_best", "deaths_low", "deaths_high", "deaths_civilians"]].tolist() == [6, 6, 9, 4]
    report = (case.processed / "events/import-report.md").read_text()
    assert "| Jabal Sim'an governorate | 1 | data/raw/events/ucdp-ged/ucdp-ged-synthetic.csv:7 |" in report


def test_acled_windows_keep_the_stated_precision(case):
    ev.import_file(ACLED, "acled", case)
    df = ev.load_events(case).set_index("event_id")
    assert df.loc["SYR90001", ["date_start", "date_end", "admin1"]].tolist() == ["2015-10-05", "2015-10-05", "SY02"]
    assert df.loc["SYR90002", ["date_start", "date_end", "admin1"]].tolist() == ["2015-10-15", "2015-10-21", "SY07"]
    assert df.loc["SYR90003", ["date_start", "date_end"]].tolist() == ["2015-10-01", "2015-10-31"]
    assert df.loc["SYR90004", "admin1_match"] == "unmatched" and df.loc["IRQ90001", "admin1_match"] == "other_country"
    assert pd.isna(df.loc["SYR90001", "deaths_high"]) and df.loc["SYR90001", "deaths_low"] == 3


def test_acled_files_are_git_ignored():
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert "data/raw/events/acled/" in ignored and "data/processed/events/acled.csv" in ignored


def _bad_copy(tmp_path, source, edit) -> Path:
    rows = list(csv.reader(source.open(newline="")))
    edit(rows)
    out = tmp_path / source.name
    with out.open("w", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return out


@pytest.mark.parametrize("edit, where", [
    (lambda rows: [r.pop(i) for i in [rows[0].index("best")] for r in rows], (1, "best", "required column missing")),
    (lambda rows: rows[2].__setitem__(rows[0].index("date_start"), "2015-02-30"), (3, "date_start", "not a date")),
    (lambda rows: rows[3].__setitem__(rows[0].index("low"), "-3"), (4, "low", "negative deaths")),
    (lambda rows: rows[1].__setitem__(rows[0].index("high"), "1"), (2, "best", "low <= best <= high")),
    (lambda rows: rows[1].__setitem__(rows[0].index("date_prec"), "9"), (2, "date_prec", "unknown code")),
])
def test_bad_event_files_are_refused_with_their_location(case, tmp_path, capsys, edit, where):
    bad = _bad_copy(tmp_path, UCDP, edit)
    with pytest.raises(ValidationFailed) as exc:
        ev.import_file(bad, "ucdp-ged", case)
    row, column, words = where
    assert any(e.row == row and e.column == column and words in e.message for e in exc.value.errors), exc.value.errors
    assert not (case.raw / "events").exists() and not (case.processed / "events").exists()  # nothing written
    assert cli_in(case, ["events", "import", str(bad), "--format", "ucdp-ged"]) == 1
    assert f"ucdp-ged-synthetic.csv:{row}:{column}:" in capsys.readouterr().err


def cli_in(case: Paths, argv: list[str]) -> int:
    import crosstally.cli as c

    old = c.PATHS
    c.PATHS = case
    try:
        return cli(argv)
    finally:
        c.PATHS = old


def test_claims_beside_events_sum_only_what_lies_inside(case):
    ev.import_file(UCDP, "ucdp-ged", case)
    claims = pd.DataFrame([
        {"metric": "killed", "population": "all", "scope": "campaign", "claimant": "x", "claimant_name": "X",
         "value_as_reported": "20", "low": 20, "high": 20, "admin1": "SY02", "window_start": "2015-10-01",
         "window_end": "2015-10-31", "figure_ids": "A1"},
        {"metric": "killed", "population": "civilians", "scope": "campaign", "claimant": "x", "claimant_name": "X",
         "value_as_reported": "about 30", "low": 27, "high": 33, "admin1": "SY", "window_start": "2015-10-01",
         "window_end": "2015-10-31", "figure_ids": "A2"},
        {"metric": "displaced", "population": "all", "scope": "campaign", "claimant": "x", "claimant_name": "X",
         "value_as_reported": "5,000", "low": 5000, "high": 5000, "admin1": "SY02", "window_start": "2015-10-01",
         "window_end": "2015-10-31", "figure_ids": "A3"},
    ])
    out = ev.claims_vs_events(claims, ev.load_events(case), "SY").set_index("figure_ids")
    assert list(out.index) == ["A1", "A2"]  # deaths only
    aleppo = out.loc["A1"]
    assert (aleppo["events"], aleppo["events_best"], aleppo["events_low"], aleppo["events_high"]) == (2, 16, 14, 21)
    assert aleppo["events_partly_in_window"] == 1  # 28 Sept - 2 Oct: not summed
    assert aleppo["events_admin1_unmatched"] == 2 and "matching no p-code" in aleppo["caveat"]
    whole = out.loc["A2"]  # whole country: every Syrian event inside October; civilians from deaths_civilians
    assert (whole["events"], whole["events_best"]) == (6, 4 + 10 + 0 + 2 + 1 + 2)
    assert whole["events_coarse_date"] == 1 and whole["events_coarse_place"] == 1


# ----------------------------------------------------------------------------- other trackers

TRACKER = FIXTURES / "trackers" / "losses-tracker.csv"
MAPPING = FIXTURES / "trackers" / "losses-tracker.yaml"


def test_tracker_table_becomes_ledger_figures(case):
    before = len(pd.read_csv(case.figures, dtype=str))
    added = trackers.import_figures(TRACKER, MAPPING, case)
    assert added == {"figures": 4, "documents": 3, "sources": 3}
    figs = pd.read_csv(case.figures, dtype=str, keep_default_na=False).iloc[before:].set_index("figure_id")
    assert list(figs.index) == ["T0001", "T0002", "T0003", "T0004"]
    rng = figs.loc["T0001"]
    assert (rng["qualifier"], rng["value"], rng["value_max"], rng["metric"], rng["population"]) == (
        "range", "100", "300", "killed", "civilians")
    assert "point estimate 200" in rng["notes"] and rng["statement_date"] == "2015-10-07"
    assert figs.loc["T0002", "metric"] == "casualties" and figs.loc["T0003", "population"] == "soldiers"
    assert figs.loc["T0003", "outlet"] == "gov-uk" and figs.loc["T0003", "claimant"] == "uk-mod"
    assert figs.loc["T0004", "admin1"] == "SY02;SY07"
    assert validate(case) == []
    ledger = build(case)
    assert {"T0001", "T0004"} <= set(ledger["figure_id"])
    # ids continue: a second import of the same table gets T0005..
    trackers.import_figures(TRACKER, MAPPING, case)
    assert pd.read_csv(case.figures, dtype=str)["figure_id"].iloc[-1] == "T0008"


def test_unmapped_tracker_values_are_refused_and_nothing_written(case, tmp_path):
    rows = list(csv.reader(TRACKER.open(newline="")))
    rows[2][rows[0].index("What was counted")] = "Missing in action"
    rows[3][rows[0].index("Date")] = "31/02/2015"
    bad = tmp_path / "bad.csv"
    with bad.open("w", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    snapshot = {p: p.read_bytes() for p in (case.figures, case.documents, case.sources)}
    with pytest.raises(ValidationFailed) as exc:
        trackers.import_figures(bad, MAPPING, case)
    where = {(e.row, e.column) for e in exc.value.errors}
    assert (3, "What was counted") in where and (4, "Date") in where
    assert {p: p.read_bytes() for p in snapshot} == snapshot


def test_bad_mapping_file_is_a_message_not_a_traceback(case, tmp_path, capsys):
    bad = tmp_path / "map.yaml"
    bad.write_text("columns:\n  claimant: Source\n   url: [\n")
    assert cli_in(case, ["import-figures", str(TRACKER), "--mapping", str(bad)]) == 1
    assert f"{bad}:3:" in capsys.readouterr().err


# ----------------------------------------------------------------------------- notebook 06 and the briefing


@pytest.mark.slow
def test_notebook_06_and_the_briefing_set_claims_beside_events(tmp_path):
    """The Syria case with (synthetic) UCDP events: notebook 06 writes the table and chart,
    the briefing gains its section, and every number in the prose is still a traced fact.
    Without event data (the committed case) neither exists."""
    import subprocess
    import sys

    for sub in ("data/raw", "notebooks", "params"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    paths = Paths(tmp_path)
    env = {**__import__("os").environ, "CROSSTALLY_ROOT": str(tmp_path)}
    run = lambda *a: subprocess.run([sys.executable, "-m", "crosstally.cli", *a], env=env, cwd=tmp_path,
                                    capture_output=True, text=True, timeout=900)
    res = run("build")
    assert res.returncode == 0, res.stderr
    res = run("events", "import", str(UCDP), "--format", "ucdp-ged")
    assert res.returncode == 0 and "8 ucdp-ged events" in res.stdout, res.stderr
    res = run("all", "--params", "params/default.yaml")
    assert res.returncode == 0, res.stdout + res.stderr
    table = pd.read_csv(paths.tables / "default" / "claims-vs-events.csv", dtype=str, keep_default_na=False)
    assert len(table) > 0 and set(table["dataset"]) == {"ucdp-ged"} and set(table["metric"]) == {"killed"}
    # SOHR's whole-country running total to 20 October stands beside every Syrian event of 30 Sept-20 Oct
    sohr = table[(table["figure_ids"].str.contains("F01")) & (table["population"] == "all")].iloc[0]
    assert (sohr["events"], sohr["events_best"], sohr["events_partly_in_window"]) == ("4", "20", "2")
    assert (paths.figures_dir / "default" / "events" / "claims-vs-events.svg").is_file()
    html = (paths.briefing_dir / "default" / "briefing.html").read_text(encoding="utf-8")
    assert "Claims beside recorded events" in html and "ucdp-ged" in html
    assert frictionless.validate(str(paths.processed / "datapackage.json")).valid
    assert "events-ucdp-ged" in (paths.processed / "datapackage.json").read_text()
    assert not (ROOT / "data/processed/tables/default/claims-vs-events.csv").exists()
    assert "Claims beside recorded events" not in (ROOT / "briefing/default/briefing.html").read_text(encoding="utf-8")


def test_hxl_export_tags_each_column_and_puts_numbers_under_their_metric(case, capsys):
    assert cli_in(case, ["export", "--hxl"]) == 0
    rows = list(csv.reader((case.processed / "ledger-hxl.csv").open(newline="")))
    header, tags = rows[0], rows[1]
    assert dict(zip(header, tags))["killed"] == "#affected+killed" and "#adm1+code" in tags and "#date+reported" in tags
    by_id = {r[0]: dict(zip(header, r)) for r in rows[2:]}
    assert by_id["F01"]["killed"] == "370" and by_id["F01"]["displaced"] == ""
    assert not any(r["figure_id"].startswith("F5") and r["killed"] == r["displaced"] == r["injured"] == ""
                   for r in by_id.values())  # strikes/sorties rows have no HXL tag and are left out


def test_datapackage_bytes_do_not_depend_on_where_the_case_lies(case, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("another-folder-name")
    for sub in ("data", "params"):
        shutil.copytree(case.root / sub, elsewhere / sub)
    assert write_datapackage(case).read_bytes() == write_datapackage(Paths(elsewhere)).read_bytes()
