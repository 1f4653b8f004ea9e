"""crosstally.extract.review_queue: extractor candidates against the ledger, and notebook 05."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import papermill as pm
import pytest

from crosstally.extract import COLUMNS, review_queue
from crosstally.ledger import document_texts, load_documents, load_ledger
from crosstally.paths import Paths
from crosstally.schema import DOCUMENT_COLUMNS, LEDGER_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"

TEXT = ("Air raids killed 45 people in Aleppo, the monitor said. "
        "The council’s officials said nearly 7000 residents fled. "
        "An excess of 100 countries have signed the pact. "
        "Separately, 12 hospitals were hit last month.")


def ledger(*rows: dict) -> pd.DataFrame:
    """Ledger rows with every column; the ones a test does not set are empty."""
    df = pd.DataFrame([{c: "" for c in LEDGER_COLUMNS} | r for r in rows], columns=list(LEDGER_COLUMNS))
    return df.astype({"value": float})


def documents() -> pd.DataFrame:
    rows = [{"document_id": "d1", "title": "Raids in Aleppo", "outlet": "wire"},
            {"document_id": "d2", "title": "No text held", "outlet": "paper"}]
    return pd.DataFrame([{c: "" for c in DOCUMENT_COLUMNS} | r for r in rows], columns=list(DOCUMENT_COLUMNS))


FIG_45 = {"figure_id": "F01", "document_id": "d1", "metric": "killed", "value_as_reported": "45",
          "value": 45.0, "quote": "Air raids killed 45 people in Aleppo"}


def test_ledger_figure_is_matched_and_the_rest_is_queued():
    out = review_queue(ledger(FIG_45), documents(), {"d1": TEXT})
    assert out["matched"][["figure_id", "span"]].values.tolist() == [["F01", "45 people"]]
    assert out["queue"]["span"].tolist() == ["nearly 7000 residents", "An excess of 100 countries", "12 hospitals"]
    assert out["queue"][["title", "outlet"]].drop_duplicates().values.tolist() == [["Raids in Aleppo", "wire"]]
    assert list(out["queue"].columns) == ["document_id", "title", "outlet", *COLUMNS[1:]]
    assert out["stale_quotes"].empty and out["missed"].empty


def test_quote_matches_across_apostrophes_and_spacing_and_other_words_for_the_number():
    fig = {"figure_id": "F02", "document_id": "d1", "metric": "displaced",
           "value_as_reported": "close to 7000", "value": 7000.0,  # the text says "nearly 7000"
           "quote": "council's  officials said nearly 7000\nresidents fled"}
    out = review_queue(ledger(fig), documents(), {"d1": TEXT})
    assert out["matched"][["figure_id", "value_as_reported"]].values.tolist() == [["F02", "nearly 7000"]]
    assert "nearly 7000" not in out["queue"]["span"].tolist()


def test_two_figures_in_one_quote_each_match_their_own_number():
    text = "Russia had conducted nearly 140 airstrikes, displacing 35,000 civilians."
    quote = "Russia had conducted nearly 140 airstrikes, displacing 35,000 civilians"
    rows = ledger({"figure_id": "S01", "document_id": "d1", "value_as_reported": "nearly 140", "value": 140.0,
                   "quote": quote},
                  {"figure_id": "S02", "document_id": "d1", "value_as_reported": "35,000", "value": 35000.0,
                   "quote": quote})
    out = review_queue(rows, documents(), {"d1": text})
    assert out["matched"][["figure_id", "value"]].values.tolist() == [["S01", 140.0], ["S02", 35000.0]]
    assert out["queue"].empty


def test_quote_no_longer_in_the_text_is_reported_not_dropped():
    stale = FIG_45 | {"figure_id": "F03", "quote": "Air raids killed 46 people in Aleppo"}
    out = review_queue(ledger(stale, FIG_45 | {"document_id": "d2"}), documents(), {"d1": TEXT})
    assert out["stale_quotes"][["figure_id", "problem"]].values.tolist() == [
        ["F03", "quote not found in the document text"]]
    assert "45 people" in out["queue"]["span"].tolist()  # no ledger figure holds it now


def test_ledger_figure_the_extractor_does_not_find_is_listed_as_missed():
    text = "The monitor said a handful of people were killed."  # "a handful" is not read
    fig = {"figure_id": "F04", "document_id": "d1", "value_as_reported": "a handful", "value": 5.0,
           "quote": "a handful of people were killed"}
    out = review_queue(ledger(fig), documents(), {"d1": text})
    assert out["missed"]["figure_id"].tolist() == ["F04"]
    assert out["matched"].empty


def test_real_ledger_seed_figures_are_all_found_again():
    out = review_queue(load_ledger(), load_documents(), document_texts())
    seed = out["matched"][out["matched"]["figure_id"].str.startswith("S")]
    assert seed["figure_id"].tolist() == ["S01", "S02", "S03", "S04", "S05"]
    assert (seed["ledger_metric"] == seed["metric"]).all()
    assert out["stale_quotes"].empty
    # Every figure in the seed article is in the ledger, and the extractor finds each one.
    # (The reference documents' excerpts hold more numbers than the ledger curated from
    # them, e.g. "83 Children" beside the 254 civilians: those are the review queue.)
    seed_doc = "breitbart-2015-10-26"
    assert out["queue"].loc[out["queue"]["document_id"] == seed_doc].empty
    assert out["missed"].loc[out["missed"]["document_id"] == seed_doc].empty
    # Every ledger figure whose quote is held is either found again or listed as missed.
    held = load_ledger().query("quote_verified")
    assert set(out["matched"]["figure_id"]) | set(out["missed"]["figure_id"]) >= set(held["figure_id"])


@pytest.mark.slow
def test_notebook_writes_the_review_queue_the_package_computes(project_copy: Paths, monkeypatch, tmp_path):
    from crosstally.curate import REVIEW_COLUMNS, review

    for sub in ("notebooks", "params"):  # the notebook asks them where it may write
        shutil.copytree(NOTEBOOKS.parent / sub, project_copy.root / sub)
    monkeypatch.setenv("CROSSTALLY_ROOT", str(project_copy.root))
    committed = (project_copy.processed / "review_queue.csv").read_bytes()
    pm.execute_notebook(str(NOTEBOOKS / "05-review-queue.ipynb"), str(tmp_path / "05.ipynb"),
                        parameters={"bound_profile": "wide-v1"}, kernel_name="crosstally",
                        cwd=str(NOTEBOOKS), execution_timeout=300, progress_bar=False)
    # Not params/default.yaml's profile: the queue goes to a run of its own, and the
    # committed one (standard-v1) is untouched.
    assert (project_copy.processed / "review_queue.csv").read_bytes() == committed
    written = pd.read_csv(project_copy.tables / "default--bound_profile-wide-v1" / "review_queue.csv",
                          keep_default_na=False, dtype=str)
    expected = review(project_copy, "wide-v1").pending
    assert list(written.columns) == list(REVIEW_COLUMNS)
    assert written.values.tolist() == expected.values.tolist()


@pytest.mark.slow
def test_notebook_refuses_a_raw_file_it_cannot_use_instead_of_crashing(project_copy: Paths, monkeypatch, tmp_path):
    """A text_file given as a path: the notebook says so, as validate does, and writes nothing."""
    for sub in ("notebooks", "params"):
        shutil.copytree(NOTEBOOKS.parent / sub, project_copy.root / sub)
    monkeypatch.setenv("CROSSTALLY_ROOT", str(project_copy.root))
    docs = project_copy.documents.read_text(encoding="utf-8")
    project_copy.documents.write_text(docs.replace(",000_62a63304dd1fefd1.txt,", ",../000_62a63304dd1fefd1.txt,"),
                                      encoding="utf-8")
    out = project_copy.processed / "review_queue.csv"
    before = out.read_bytes()
    nb = pm.execute_notebook(str(NOTEBOOKS / "05-review-queue.ipynb"), str(tmp_path / "05.ipynb"),
                             kernel_name="crosstally", cwd=str(NOTEBOOKS), execution_timeout=300,
                             progress_bar=False)
    shown = "".join(o.get("data", {}).get("text/markdown", "") for c in nb.cells for o in c.get("outputs", []))
    assert "Refused" in shown and "text_file: '../000_62a63304dd1fefd1.txt': give a file name" in shown
    assert out.read_bytes() == before
