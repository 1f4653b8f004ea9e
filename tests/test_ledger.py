"""The raw inputs, the processed ledger, and every kind of bad input.

Bad inputs are written into a scratch copy of the project; the `crosstally` command runs
there as a user would run it, and must name FILE:ROW:COLUMN, exit non-zero and leave the
processed ledger byte for byte as it was.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.ledger import build, load_ledger, read_inputs, validate
from crosstally.paths import PATHS

SEED_DOC = "breitbart-2015-10-26"


@pytest.fixture(scope="module")
def ledger():
    return load_ledger()


# --------------------------------------------------------------------------- the real ledger


def test_raw_inputs_are_valid():
    assert validate() == []


def test_ledger_size_and_claimants(ledger):
    assert len(ledger) == 69
    assert ledger["claimant"].nunique() == 19
    assert list(ledger.columns) == list(S.LEDGER_COLUMNS)
    assert ledger["figure_id"].is_unique
    assert list(ledger["figure_id"]) == sorted(ledger["figure_id"])
    assert set(ledger["ref_id"].replace("", pd.NA).dropna()) == {f"F{i:02d}" for i in range(1, 64)}


SEED = {
    # figure: (claimant, metric, value_as_reported, low, high, statement_date, period_end)
    "S01": ("us-cjtf-oir", "strikes", "nearly 140", 126, 140, "2015-10-21", "2015-10-21"),
    "S02": ("us-cjtf-oir", "displaced", "35,000", 35000, 35000, "2015-10-21", "2015-10-21"),
    "S03": ("breitbart", "killed", "nearly 400", 360, 400, "2015-10-26", "2015-10-26"),
    "S04": ("ocha", "displaced", "at least 120,000", 120000, None, "2015-10-24", "2015-10-24"),
    "S05": ("breitbart", "other", "An excess of 100", 101, None, "2015-10-26", ""),
}


@pytest.mark.parametrize("fid", sorted(SEED))
def test_seed_figures(ledger, fid):
    claimant, metric, words, low, high, stated, period_end = SEED[fid]
    row = ledger.set_index("figure_id").loc[fid]
    text = (PATHS.documents_dir / "000_62a63304dd1fefd1.txt").read_text(encoding="utf-8")
    assert row["document_id"] == SEED_DOC
    assert (row["claimant"], row["metric"], row["value_as_reported"]) == (claimant, metric, words)
    assert row["low"] == low
    assert (pd.isna(row["high"]) if high is None else row["high"] == high)
    assert row["statement_date"] == stated and row["period_end"] == period_end
    assert row["published"] == "2015-10-26"
    assert row["quote"] and row["quote"] in text and row["quote_verified"]
    assert words.split()[-1] in row["quote"]


def test_seed_relative_dates_resolved_and_kept_in_words(ledger):
    s04 = ledger.set_index("figure_id").loc["S04"]
    # "this month alone", standing at the weekend's statement (Saturday 24 October): a
    # count cannot stand after the day it was stated
    assert (s04["period_start"], s04["period_end"]) == ("2015-10-01", "2015-10-24")
    assert "This month alone" in s04["date_basis"] and "over the weekend" in s04["date_basis"]
    assert "Oct. 21" in ledger.set_index("figure_id").loc["S01", "date_basis"]


def test_reference_discrepancies_are_kept(ledger):
    by = ledger.set_index("figure_id")
    # UNHCR on 23 October: one statement, two numbers, two outlets
    assert (by.loc["F42", "value"], by.loc["F43", "value"]) == (50000, 30000)
    assert by.loc["F42", "outlet"] != by.loc["F43", "outlet"]
    # SNHR October: 273 in the English title, 263 civilians of 276 in the German text
    assert by.loc["F20", "value"] == 273 and by.loc["F19t", "value"] == 276 and by.loc["F19t", "document_id"] == by.loc["F19", "document_id"]
    # context figures are kept and flagged
    assert set(by.index[by["scope"] == "context"]) >= {"F11", "F30", "F44", "F53", "S05"}
    # uncertain dates stay marked
    assert by.loc["F05", "date_certainty"] == "uncertain" and "UNCERTAIN" in by.loc["F05", "date_basis"]


def test_relay_is_not_a_second_source(ledger):
    f01 = ledger.set_index("figure_id").loc["F01"]
    assert (f01["claimant"], f01["outlet"], f01["cited_via"]) == ("sohr", "daily-mail", "afp")


def test_parties_to_the_conflict_flagged(ledger):
    party = set(ledger.loc[ledger["claimant_is_party"], "claimant"])
    assert {"russia-mod", "us-cjtf-oir"} <= party
    assert not {"sohr", "ocha", "unhcr", "airwars"} & party


def test_open_bounds_are_missing_not_sentinels(ledger):
    floors = ledger[ledger["qualifier"].isin(["at_least", "more_than"])]
    assert len(floors) > 0 and floors["high"].isna().all()
    assert (ledger["high"].dropna() < 10**9).all()


def test_other_profile_rederives_bounds():
    wide = load_ledger("wide-v1").set_index("figure_id")
    assert wide.loc["S03", "low"] == 300 and wide.loc["S03", "bound_profile"] == "wide-v1"


def test_rebuild_is_byte_identical_and_committed_files_are_current(project_copy):
    before = {p: p.read_bytes() for p in (PATHS.ledger_csv, PATHS.ledger_parquet, PATHS.validation_report)}
    build(project_copy)
    build(project_copy)
    for p, data in before.items():
        rebuilt = (project_copy.processed / p.name).read_bytes()
        assert rebuilt == data, f"{p.relative_to(PATHS.root)} is stale: run `make all` and commit it"


# --------------------------------------------------------------------------- bad inputs


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _write_rows(path, rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _edit(path, key, **changes):
    """Change fields of the row whose first field is ``key``; return that row's line number."""
    rows = _rows(path)
    header = rows[0]
    for i, row in enumerate(rows):
        if row[0] == key:
            for col, val in changes.items():
                row[header.index(col)] = val
            _write_rows(path, rows)
            return i + 1
    raise KeyError(key)


def _run_cli(paths, *args):
    env = dict(os.environ, CROSSTALLY_ROOT=str(paths.root))
    return subprocess.run([sys.executable, "-m", "crosstally.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def _snapshot(paths):
    return {p.name: p.read_bytes() for p in sorted(paths.processed.glob("*")) if p.is_file()}


FIG = "data/raw/figures.csv"

BAD_FIELDS = [
    # (figure, column, bad value, words expected in the message)
    ("F01", "claimant", "nobody", "unknown claimant"),
    ("F01", "outlet", "no-such-paper", "unknown outlet"),
    ("F01", "cited_via", "carrier-pigeon", "unknown cited via"),
    ("F02", "metric", "deaths", "unknown metric"),
    ("F03", "qualifier", "roughly-ish", "unknown qualifier"),
    ("F04", "published", "20/10/2015", "not a date"),
    ("F04", "period_end", "2015-02-30", "not a date"),
    ("F06", "period_end", "2015-09-01", "before it starts"),
    ("F07", "value", "-185", "negative number"),
    ("F07", "value", "185 people", "not a number"),
    ("F07", "value", "185\n", "not a number"),  # Python's "$" would let a final line break pass
    ("F07", "value", "\u0661\u0668\u0665", "not a number"),  # Arabic-Indic digits
    ("F04", "period_end", "\u0662\u0660\u0661\u0665-10-20", "not a date"),
    ("F02", "published", "2015-10-21", "differs from its document"),
    ("F02", "url", "https://example.org/elsewhere", "differs from its document"),
    ("F09", "document_id", "no-such-document", "has no entry"),
    ("F10", "figure_id", "F09", "duplicate"),
    ("F12", "admin1", "SY99", "unknown admin-1 p-code"),
    ("S03", "quote", "killed nearly 4000 people", "quote not found verbatim"),
]


@pytest.mark.parametrize("fid, column, value, words", BAD_FIELDS, ids=[f"{c}={v}" for _, c, v, _ in BAD_FIELDS])
def test_bad_field_is_rejected_with_file_row_column(project_copy, fid, column, value, words):
    before = _snapshot(project_copy)
    line = _edit(project_copy.figures, fid, **{column: value})
    res = _run_cli(project_copy, "build")
    assert res.returncode == 1, res.stderr
    expected = f"{FIG}:{line}:{column}:"
    hits = [ln for ln in res.stderr.splitlines() if ln.startswith(expected)]
    assert hits, f"no line starting {expected!r} in:\n{res.stderr}"
    assert any(words in ln for ln in hits), hits
    assert _snapshot(project_copy) == before


def test_low_above_high_is_rejected(project_copy):
    before = _snapshot(project_copy)
    line = _edit(project_copy.figures, "F24", value="1450", value_max="1098")
    res = _run_cli(project_copy, "build")
    assert res.returncode == 1
    assert f"{FIG}:{line}:value_max: low above high" in res.stderr
    assert _snapshot(project_copy) == before


def test_wrong_field_count_is_rejected(project_copy):
    before = _snapshot(project_copy)
    lines = project_copy.figures.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = lines[5].rstrip("\n") + ",surplus\n"
    project_copy.figures.write_text("".join(lines), encoding="utf-8")
    res = _run_cli(project_copy, "validate")
    assert res.returncode == 1
    n = len(S.RAW_FIGURE_COLUMNS)
    assert f"{FIG}:6:field {n + 1}: row has {n + 1} fields, expected {n}" in res.stderr
    assert _snapshot(project_copy) == before
    assert _run_cli(project_copy, "build").returncode == 1 and _snapshot(project_copy) == before


def test_unbalanced_quote_is_rejected(project_copy):
    before = _snapshot(project_copy)
    lines = project_copy.figures.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[10] = lines[10].replace(",Syria,", ',"Syria,', 1)
    project_copy.figures.write_text("".join(lines), encoding="utf-8")
    res = _run_cli(project_copy, "build")
    assert res.returncode == 1
    assert f"{FIG}:11:" in res.stderr and "malformed CSV" in res.stderr
    assert _snapshot(project_copy) == before


def test_non_utf8_bytes_are_rejected(project_copy):
    before = _snapshot(project_copy)
    data = project_copy.figures.read_bytes()
    lines = data.split(b"\n")
    lines[3] = lines[3].replace(b"Russian air strikes", b"Russian air strikes \xe9t\xe9", 1)
    project_copy.figures.write_bytes(b"\n".join(lines))
    res = _run_cli(project_copy, "build")
    assert res.returncode == 1
    assert f"{FIG}:4:perpetrator: byte 0xe9 is not UTF-8" in res.stderr
    assert _snapshot(project_copy) == before


def test_non_utf8_byte_after_a_quoted_comma_names_the_right_column(project_copy):
    line = _edit(project_copy.figures, "F09", perpetrator="Russian air force, per SOHR", date_basis="MARK")
    project_copy.figures.write_bytes(project_copy.figures.read_bytes().replace(b"MARK", b"\xe9"))
    res = _run_cli(project_copy, "validate")
    assert res.returncode == 1
    assert f"{FIG}:{line}:date_basis: byte 0xe9 is not UTF-8" in res.stderr


def test_missing_column_in_header_is_rejected(project_copy):
    rows = _rows(project_copy.sources)
    rows = [r[:2] + r[3:] for r in rows]
    _write_rows(project_copy.sources, rows)
    res = _run_cli(project_copy, "validate")
    assert res.returncode == 1
    assert "data/raw/sources.csv:1:type: header is not" in res.stderr


def test_changed_document_text_is_rejected(project_copy):
    doc = project_copy.documents_dir / "000_62a63304dd1fefd1.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("nearly 400", "nearly 500"), encoding="utf-8")
    errors = [str(e) for e in validate(project_copy)]
    assert any(e.startswith("data/raw/documents.csv:") and ":sha256:" in e for e in errors), errors
    assert any(":quote: quote not found verbatim" in e for e in errors), errors


def _edit_document(paths, **changes):
    return _edit(paths.documents, "breitbart-2015-10-26", **changes)


def test_held_document_needs_its_sha256(project_copy):
    line = _edit_document(project_copy, sha256="")
    prefix = f"data/raw/documents.csv:{line}:sha256: a document whose text is held needs its sha256"
    assert any(str(e).startswith(prefix) for e in validate(project_copy))


def test_document_text_must_be_a_file_in_the_documents_folder(project_copy):
    line = _edit_document(project_copy, text_file="../figures.csv", sha256="")
    errors = [str(e) for e in validate(project_copy)]
    assert any(e.startswith(f"data/raw/documents.csv:{line}:text_file: '../figures.csv': give a file name")
               for e in errors), errors


def test_every_error_is_reported_not_just_the_first(project_copy):
    _edit(project_copy.figures, "F01", metric="deaths")
    _edit(project_copy.figures, "F02", claimant="nobody")
    errors = validate(project_copy)
    assert {e.column for e in errors} >= {"metric", "claimant"}


def test_formula_text_is_escaped_in_exported_csv(project_copy):
    _edit(project_copy.figures, "F01", notes="=HYPERLINK(\"http://evil\")", perpetrator="+Russia")
    build(project_copy)
    text = project_copy.ledger_csv.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ',"\'+Russia",' in text
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in csv.reader(io.StringIO(text)) for cell in row
                   if not cell.replace(".", "").replace("-", "").isdigit())
    # the Parquet file keeps the text as written
    assert pd.read_parquet(project_copy.ledger_parquet).set_index("figure_id").loc["F01", "perpetrator"] == "+Russia"


def test_successful_build_via_cli(project_copy):
    res = _run_cli(project_copy, "build")
    assert res.returncode == 0, res.stderr
    assert "69 figures from 19 claimants" in res.stdout


def test_read_inputs_reports_structure_before_content(project_copy):
    project_copy.figures.write_text("figure_id,document_id\nF01,x\n", encoding="utf-8")
    raw = read_inputs(project_copy)
    assert raw.errors and all(e.row == 1 for e in raw.errors)


def test_an_error_making_the_parquet_leaves_every_output_as_it_was(project_copy, monkeypatch):
    """The CSV streams to disk while the Parquet bytes are made beside it; if making them
    fails, the new CSV must not replace the last good one."""
    from crosstally import ledger as ledger_mod

    before = {p: p.read_bytes() for p in (project_copy.ledger_csv, project_copy.ledger_parquet)}
    _edit(project_copy.figures, "F01", notes="changed, so every output would change")

    def broken(df):
        raise RuntimeError("parquet writer failed")

    monkeypatch.setattr(ledger_mod, "parquet_bytes", broken)
    with pytest.raises(RuntimeError, match="parquet writer failed"):
        build(project_copy)
    assert {p: p.read_bytes() for p in before} == before
    assert not list(project_copy.processed.glob("*.tmp*")) and not list(project_copy.processed.glob(".*"))


def test_origin_key_follows_rows_not_index_labels():
    from crosstally.ledger import origin_key

    raw = pd.read_csv(PATHS.figures, dtype="str", keep_default_na=False)
    shuffled = raw.sample(frac=1, random_state=3)  # index labels no longer 0..n-1
    assert origin_key(shuffled).tolist() == origin_key(shuffled.reset_index(drop=True)).tolist()
    assert (origin_key(shuffled).index == shuffled.index).all()


def test_ledger_rows_do_not_depend_on_the_order_of_figures_csv(project_copy):
    lines = project_copy.figures.read_bytes().split(b"\n")
    header, rows = lines[0], [r for r in lines[1:] if r]
    assert all(b"\n" not in r for r in rows)  # one line per row in the real file, so lines can be shuffled
    shuffled = [rows[i] for i in np.random.default_rng(5).permutation(len(rows))]
    assert shuffled != rows
    project_copy.figures.write_bytes(b"\n".join([header, *shuffled]) + b"\n")
    build(project_copy)
    assert project_copy.ledger_csv.read_bytes() == PATHS.ledger_csv.read_bytes()
