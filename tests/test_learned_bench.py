"""benchmarks/learned.py's readings of a draft's ``why`` and its convention table, and the
benchmark's quantulum3 baseline with scikit-learn installed or not."""
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import learned  # noqa: E402


def test_the_same_claimant_rule_in_two_texts_reads_the_same():
    a = ("no attributing words in the sentence or its paragraph; carried from the paragraph before: 'Police "
         "said' -> qz-police; metric killed, population all")
    b = ("no attributing words in the sentence or its paragraph; carried from the paragraph before: 'the "
         "ministry said' -> qz-health; metric injured, population civilians")
    assert learned.rule_of(a) == learned.rule_of(b)
    assert learned.rule_of(a) != learned.rule_of("no attributing words in the document: claimant left empty")


def test_the_same_date_rule_on_two_days_reads_the_same():
    a = "x; dates: inferred: 'on Tuesday' = the last Tuesday on or before publication (2031-03-18); place"
    b = "y; dates: inferred: 'Friday' = the last Friday on or before publication (2030-01-04); place"
    assert learned.date_rule_of(a) == learned.date_rule_of(b)
    assert "D" in learned.date_rule_of(a) and "2031" not in learned.date_rule_of(a)


def test_words_around_stay_in_the_paragraph_and_hide_digits():
    text = "Headline 5\n\nPolice said 12 people died in Millbrook.\n\nNext paragraph 7."
    got = learned.words_around(text, text.index("12"))
    assert "0 people died" in got and "headline" not in got and "next" not in got


def test_conventions_count_carried_claimants_left_empty_by_part():
    rows = [{"part": "p1", "why": "no attributing words in the sentence; x", "drafted": "qz-police", "labelled": ""}] * 4 \
        + [{"part": "p2", "why": "no attributing words in the sentence; x", "drafted": "qz-police",
            "labelled": "qz-police"}] * 4 \
        + [{"part": "p2", "why": "claimant qz-police: named", "drafted": "qz-police", "labelled": ""}] * 3
    got = learned.conventions(pd.DataFrame(rows))
    assert got.loc["p1"].tolist() == [4, 4] and got.loc["p2"].tolist() == [4, 0]


def test_quantulum_baseline_runs_without_its_classifier(monkeypatch):
    pytest.importorskip("quantulum3")
    import extraction as E
    from quantulum3 import classifier
    monkeypatch.setattr(classifier, "USE_CLF", True)  # as when scikit-learn is installed
    got = E.quantulum_predictions({"d": "Twelve people were killed, 40 dead."})
    assert classifier.USE_CLF is False and sorted(got["value"]) == [12.0, 40.0]


def test_the_same_place_rule_in_two_texts_reads_the_same():
    a = ("claimant qz-police from 'police'; metric killed, population all; dates: no date; no place in the sentence or "
         "paragraph; the document names Harbor Town most (3 times) -> QZ-01")
    b = ("no attributing words; metric injured, population civilians; dates: x; no place in the sentence or "
         "paragraph; the document names Millbrook, Saltpan most (2 times) -> QZ-02;QZ-04")
    assert learned.place_rule_of(a) == learned.place_rule_of(b)
    assert "QZ" not in learned.place_rule_of(a) and "police" not in learned.place_rule_of(a)
    assert learned.place_rule_of(a) != learned.place_rule_of("x; place 'Millbrook' in the sentence -> QZ-02")


def test_scope_readings_keep_right_drafts_and_scope_differences_only():
    rows = [
        {"admin1_drafted": "QZ-01", "admin1_labelled": "QZ-01", "admin1_right": True},   # right: kept
        {"admin1_drafted": "QZ-01", "admin1_labelled": "QZ", "admin1_right": False},     # division, label country
        {"admin1_drafted": "QZ", "admin1_labelled": "QZ-02", "admin1_right": False},     # country, label division
        {"admin1_drafted": "QZ-01", "admin1_labelled": "QZ-02", "admin1_right": False},  # another division: out
        {"admin1_drafted": "QZ", "admin1_labelled": "ZM", "admin1_right": False},        # another country: out
        {"admin1_drafted": "", "admin1_labelled": "QZ", "admin1_right": False},          # no draft: out
    ]
    got = learned.scope_readings(pd.DataFrame(rows))
    assert got[["admin1_drafted", "admin1_labelled"]].values.tolist() == [["QZ-01", "QZ-01"], ["QZ-01", "QZ"], ["QZ", "QZ-02"]]
    assert got["other_scope"].tolist() == [False, True, True]
    assert got["drafted_scope"].tolist() == ["division", "division", "country"]
