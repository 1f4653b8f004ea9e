"""Partial ISO dates and figure windows."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally.dates import (
    effective_window, month_label, parse_partial_date, precision, reported_date, window_bounds,
)

T = pd.Timestamp


@pytest.mark.parametrize("text, first, last", [
    ("2015", "2015-01-01", "2015-12-31"),
    ("2015-10", "2015-10-01", "2015-10-31"),
    ("2016-02", "2016-02-01", "2016-02-29"),
    ("2015-10-20", "2015-10-20", "2015-10-20"),
])
def test_parse_partial_date_spans(text, first, last):
    assert parse_partial_date(text) == (T(first), T(last))


@pytest.mark.parametrize("text, says", [
    ("", "empty"),
    ("2015-13", "month 13"),
    ("2015-00-10", "month 00"),
    ("2015-02-30", "February 2015 has no day 30"),
    ("2015-04-31", "April 2015 has no day 31"),
    ("20-10-2015", "not YYYY"),
    ("2015-10-21/22", "not YYYY"),
    (" 2015-10", "not YYYY"),
    ("2015-1", "not YYYY"),
])
def test_parse_partial_date_rejects_with_reason(text, says):
    with pytest.raises(ValueError, match=says):
        parse_partial_date(text)


def test_precision_and_month_label():
    assert [precision(s) for s in ("2015", "2015-10", "2015-10-20")] == ["year", "month", "day"]
    assert [month_label(s) for s in ("2015-10-20", "2015-10", "2016", "")] == ["2015-10", "2015-10", "2016", ""]
    assert sorted(["2016-01", "2016", "2015-12"]) == ["2015-12", "2016", "2016-01"]


def _frame(rows):
    cols = ["period_start", "period_end", "as_of", "statement_date", "published"]
    return pd.DataFrame(rows, columns=cols, dtype="str")


def test_effective_window_fallbacks():
    df = _frame([
        ["2015-09-30", "2015-10-20", "", "", "2015-10-21"],  # full period
        ["", "2015-10-23", "", "", "2015-10-24"],            # end only: a single day
        ["2015-09-30", "", "", "2015-10-29", "2015-10-30"],  # no end: up to when said
        ["2015-10", "2015-10", "", "", ""],                  # month precision
        ["", "", "", "", "2016"],                            # only the year published
        ["", "", "", "", ""],                                # nothing known
    ])
    win = effective_window(df)
    assert list(zip(win["window_start"], win["window_end"]))[:5] == [
        (T("2015-09-30"), T("2015-10-20")),
        (T("2015-10-23"), T("2015-10-23")),
        (T("2015-09-30"), T("2015-10-29")),
        (T("2015-10-01"), T("2015-10-31")),
        (T("2016-01-01"), T("2016-12-31")),
    ]
    assert win.iloc[5].isna().all()


def test_effective_window_names_the_bad_column():
    with pytest.raises(ValueError, match="period_start: date '2015-02-30'"):
        effective_window(_frame([["2015-02-30", "2015-03-01", "", "", ""]]))


def test_reported_date_prefers_statement_then_published():
    df = _frame([["", "2015-10-20", "", "2015-10-19", "2015-10-21"],
                 ["", "2015-10-20", "", "", "2015-10-21"],
                 ["", "2015-10-20", "", "", ""]])
    assert list(reported_date(df)) == ["2015-10-19", "2015-10-21", "2015-10-20"]


def test_window_bounds():
    assert window_bounds("2015-10", "2015-10") == (T("2015-10-01"), T("2015-10-31"))
    assert window_bounds(None, "2015") == (None, T("2015-12-31"))
    with pytest.raises(ValueError, match="after period_end"):
        window_bounds("2015-11", "2015-10")
