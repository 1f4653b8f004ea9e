"""Filtering and tabulating figures (small fixture ledger; real-ledger checks at the end)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis_fixtures import admin1_table, make_ledger
from crosstally import tabulate
from crosstally.paths import PATHS
from crosstally.tables import (
    COMPARISON_TABLES, TABULATION_TABLES, comparison_tables, tabulation_tables, write_tables,
)


@pytest.fixture
def ledger():
    return make_ledger()


@pytest.fixture
def admin1(tmp_path):
    return admin1_table(tmp_path)


def ids(df):
    return sorted(df["figure_id"])


def test_context_left_out_unless_asked(ledger, admin1):
    assert "C01" not in ids(tabulate.filter_figures(ledger, admin1=admin1))
    assert "C01" in ids(tabulate.filter_figures(ledger, include_context=True, admin1=admin1))


def test_metric_and_claimant_filters(ledger, admin1):
    got = tabulate.filter_figures(ledger, metrics=["displaced"], claimants=["unhcr", "ocha"], admin1=admin1)
    assert ids(got) == ["O01", "U01", "U02"]
    with pytest.raises(ValueError, match="unknown metric.*deaths"):
        tabulate.filter_figures(ledger, metrics=["deaths"], admin1=admin1)
    with pytest.raises(ValueError, match="unknown claimant.*sohrr"):
        tabulate.filter_figures(ledger, claimants=["sohrr"], admin1=admin1)


@pytest.mark.parametrize("places", [["SY02"], ["Aleppo"], ["halab"], [" ALEPPO "], ["sy02", "Alep"]])
def test_place_filter_by_code_name_or_alias(ledger, admin1, places):
    got = tabulate.filter_figures(ledger, places=places, admin1=admin1)
    # UNHCR is Aleppo only; OCHA and NRC name Aleppo among other governorates.
    assert ids(got) == ["N01", "O01", "U01", "U02"]
    assert dict(zip(got["figure_id"], got["place_coverage"])) == {
        "N01": "spans_more", "O01": "spans_more", "U01": "within", "U02": "within"}


def test_whole_country_figures_are_left_out_and_counted(ledger, admin1):
    summary = tabulate.filter_summary(ledger, places=["Idlib"], admin1=admin1)
    rows = summary.set_index("step")
    # SY rows in the fixture: S01-S04, W01, R01 (C01 already dropped as context).
    assert rows.loc["places: whole country", "rows_removed"] == 6
    assert "SY" in rows.loc["places: whole country", "rule"]
    kept = tabulate.filter_figures(ledger, places=["Idlib"], admin1=admin1)
    assert ids(kept) == ["O01", "X03"]
    assert summary["rows_left"].iloc[-1] == len(kept)
    # Asking for SY gives exactly the whole-country figures.
    whole = tabulate.filter_figures(ledger, places=["SY"], admin1=admin1)
    assert ids(whole) == ["R01", "S01", "S02", "S03", "S04", "W01"]


def test_unknown_place_is_an_error(ledger, admin1):
    with pytest.raises(ValueError, match="unknown place.*'Aleppo city'"):
        tabulate.filter_figures(ledger, places=["Aleppo city"], admin1=admin1)


def test_period_filter_keeps_counts_that_stand_in_the_period(ledger, admin1):
    got = tabulate.filter_figures(ledger, period_start="2015-10-25", period_end="2015-11", admin1=admin1)
    # S03 (to 29 Oct), N01 (to 26 Oct), X01/X02 (to November) end in the period; X03 has no date.
    assert ids(got) == ["N01", "S03", "X01", "X02"]
    # X01 covers 30 Sep to 1 Nov: it overlaps October but stands at a November date.
    october = tabulate.filter_figures(ledger, period_start="2015-10", period_end="2015-10", admin1=admin1)
    assert "X01" not in ids(october) and {"S01", "S03", "U01", "N01"} <= set(ids(october))
    steps = tabulate.filter_summary(ledger, period_start="2015-10-25", period_end="2015-11",
                                    admin1=admin1).set_index("step")
    assert steps.loc["period: undated", "rows_removed"] == 1
    assert steps.loc["period: outside", "rows_removed"] == 9
    assert list(steps["rows_left"])[-1] == 4


def test_filter_summary_has_fixed_steps(ledger, admin1):
    a = tabulate.filter_summary(ledger, admin1=admin1)
    b = tabulate.filter_summary(ledger, metrics=["killed"], places=["SY05"], period_start="2015-11",
                                admin1=admin1)
    assert list(a.columns) == list(tabulate.FILTER_SUMMARY_COLUMNS)
    assert list(a["step"]) == list(b["step"])
    assert (b["rows_left"].diff().dropna() <= 0).all()
    assert (b["rows_removed"].iloc[1:] == -b["rows_left"].diff().iloc[1:]).all()


def test_by_claimant_and_date(ledger, admin1):
    table = tabulate.by_claimant_and_date(tabulate.filter_figures(ledger, metrics=["killed"], admin1=admin1))
    assert list(table.columns) == list(tabulate.FIGURE_TABLE_COLUMNS)
    sohr = table[table["claimant"] == "sohr"]
    assert list(sohr["figure_id"]) == ["S05", "S01", "S02", "S04", "S03"]
    assert list(sohr["reported"]) == ["2015-10-15", "2015-10-20", "2015-10-20", "2015-10-20", "2015-10-29"]
    assert str(table["low"].dtype) == "Int64"


def test_claimant_month_pivot(ledger):
    pivot = tabulate.claimant_month_pivot(ledger)
    assert list(pivot.columns) == ["claimant", "claimant_name", "2015-10", "2015-11", "undated", "total"]
    by = pivot.set_index("claimant")
    assert by.loc["sohr", "2015-10"] == 5
    assert by.loc["monitor-x"].tolist()[1:] == [0, 2, 1, 3]
    assert by.loc["un-erc", "2015-11"] == 1
    assert pivot["total"].sum() == len(ledger)


def test_claimant_month_pivot_puts_a_year_only_date_after_that_years_months(ledger):
    """A figure dated only "2016" is not a month between 2015-12 and 2016-01."""
    dated = ledger.copy()
    for column in ("statement_date", "published"):
        dated[column] = dated[column].astype(str)
    dated.loc[dated.index[0], ["statement_date", "published"]] = "2016"
    dated.loc[dated.index[1], ["statement_date", "published"]] = "2016-01-15"
    dated.loc[dated.index[2], ["statement_date", "published"]] = "2015-12-02"
    pivot = tabulate.claimant_month_pivot(dated)
    months = [c for c in pivot.columns if c not in ("claimant", "claimant_name", "undated", "total")]
    assert months[-3:] == ["2015-12", "2016-01", "2016 (no month)"]
    assert pivot["2016 (no month)"].sum() == 1


def test_counts_by_claimant_type(ledger):
    counts = tabulate.counts_by_claimant_type(ledger).set_index("claimant_type")
    assert counts.loc["belligerent"].tolist() == [2, 2, 2, 2, 2, 2]
    # SOHR's 370 is one claim carried by two outlets: 8 figures, 7 claims.
    assert counts.loc["monitoring_ngo", "figures"] == 8
    assert counts.loc["monitoring_ngo", "claims"] == 7
    assert counts.loc["witness"].tolist() == [0, 0, 0, 0, 0, 0]
    bad = ledger.assign(claimant_type="monitor")
    with pytest.raises(ValueError, match="unknown claimant_type"):
        tabulate.counts_by_claimant_type(bad)


def test_tables_are_byte_identical_on_rerun(ledger, admin1, tmp_path):
    params = dict(places=["Aleppo"], period_start="2015-10-01", period_end="2015-10-31", admin1=admin1)
    tables = {**tabulation_tables(ledger, **params), **comparison_tables(ledger, **params)}
    assert sorted(tables) == sorted(TABULATION_TABLES + COMPARISON_TABLES)
    first = {p.name: p.read_bytes() for p in write_tables(tables, tmp_path / "a")}
    shuffled = ledger.sample(frac=1, random_state=7).reset_index(drop=True)
    again = {**tabulation_tables(shuffled, **params), **comparison_tables(shuffled, **params)}
    second = {p.name: p.read_bytes() for p in write_tables(again, tmp_path / "b")}
    assert first == second
    assert b"U01" in first["figures-by-claimant-date.csv"]
    mtimes = {p: p.stat().st_mtime_ns for p in (tmp_path / "a").iterdir()}
    write_tables(tables, tmp_path / "a")
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "a").iterdir()} == mtimes


def test_empty_selection_gives_empty_tables_with_fixed_columns(ledger, admin1):
    params = dict(metrics=["injured"], admin1=admin1)
    tables = {**tabulation_tables(ledger, **params), **comparison_tables(ledger, **params)}
    assert tables["figures-by-claimant-date"].empty and tables["findings"].empty
    assert list(tables["figures-by-claimant-date"].columns) == list(tabulate.FIGURE_TABLE_COLUMNS)
    assert tables["filter-summary"]["rows_left"].iloc[-1] == 0


def test_write_tables_rejects_unsafe_names(tmp_path):
    with pytest.raises(ValueError, match="table name"):
        write_tables({"../x": pd.DataFrame({"a": [1]})}, tmp_path)


# --------------------------------------------------------------------------- real ledger

@pytest.fixture
def real_ledger():
    if not PATHS.ledger_parquet.exists():
        pytest.skip("data/processed/ledger.parquet not built yet (crosstally build)")
    from crosstally.ledger import load_ledger

    return load_ledger()


def test_real_aleppo_october(real_ledger):
    params = dict(places=["SY02"], period_start="2015-10-01", period_end="2015-10-31")
    figs = tabulate.filter_figures(real_ledger, **params)
    assert {"F42", "F43", "F36", "F34", "F45"} <= set(figs["figure_id"])
    assert not (figs["admin1"] == "SY").any()
    assert set(figs.loc[figs["figure_id"].isin(["F42", "F43", "F36"]), "place_coverage"]) == {"within"}
    summary = tabulate.filter_summary(real_ledger, **params).set_index("step")
    campaign = real_ledger[real_ledger["scope"] == "campaign"]
    assert summary.loc["places: whole country", "rows_removed"] == (campaign["admin1"] == "SY").sum()
    assert summary["rows_left"].iloc[-1] == len(figs)


def test_real_profile_changes_bounds_not_figures(real_ledger):
    from crosstally.ledger import load_ledger

    wide = tabulate.by_claimant_and_date(tabulate.filter_figures(load_ledger("wide-v1")))
    std = tabulate.by_claimant_and_date(tabulate.filter_figures(real_ledger))
    assert list(wide["figure_id"]) == list(std["figure_id"])
    f42 = lambda t: t.loc[t["figure_id"] == "F42", ["low", "high"]].iloc[0].tolist()  # noqa: E731
    assert f42(std) == [45000, 55000]
    assert f42(wide) == [37500, 62500]


def test_sort_order_matches_pandas_and_refuses_descending_text():
    from crosstally.tabulate import sort_order

    df = pd.DataFrame({"t": ["b", "a", "b", None, "a"], "n": [1.0, 2.0, None, 4.0, 2.0]}).astype({"t": "str"})
    expected = df.sort_values(["t", "n"], ascending=[True, False], kind="mergesort", na_position="last").index
    assert list(sort_order(df, ["t", "n"], ascending=[True, False])) == list(expected)
    with pytest.raises(ValueError, match="descending order is for numeric columns"):
        sort_order(df, ["t"], ascending=[False])


@pytest.mark.parametrize("seed", range(6))
def test_sort_order_matches_pandas_on_mixed_keys(seed):
    """Random frames of every kind of key sort_order turns into one integer key: text
    (a tie-breaking identifier last or not), categoricals with unsorted categories,
    whole and fractional numbers, wide ranges (the key renumbered to fit in 63 bits), missing values."""
    from crosstally.tabulate import sort_order

    rng = np.random.default_rng(seed)
    n = 400
    words = np.array(["", "a", "b", "ab", "é", "Z", "a b"], dtype=object)
    df = pd.DataFrame({
        "text": pd.Series(words[rng.integers(0, len(words), n)], dtype="str"),
        "cat": pd.Categorical(words[rng.integers(0, 4, n)], categories=["b", "", "ab", "a"]),
        "whole": np.where(rng.random(n) < 0.1, np.nan, rng.integers(-5, 5, n)).astype(float),
        "frac": np.where(rng.random(n) < 0.1, np.nan, rng.integers(0, 4, n) / 3),
        "huge": rng.integers(0, 3, n) * 1e300,
        "wide": rng.integers(-2**38, 2**38, n).astype(float),  # whole numbers ranked as themselves
        "wide_b": rng.integers(0, 2, n) * 2.0**39,
        "ident": pd.Series([f"id{v}" for v in rng.integers(0, n * 10, n)], dtype="str"),
    })
    df.loc[rng.random(n) < 0.05, "text"] = None
    cases = [
        (["cat", "text", "ident"], [True, True, True]),
        (["whole", "frac", "ident"], [False, True, True]),
        (["huge", "wide", "cat", "whole"], [True, False, True, False]),
        (["text", "frac"], [True, False]),
        (["wide", "wide_b", "whole", "cat"], [True, False, True, True]),  # product of ranges > 2**62
        (["cat"], [True]),
        (["ident"], [True]),
    ]
    for columns, ascending in cases:
        # a categorical sorts by its text, whatever the order of its categories
        expected = df.astype({"cat": "str"}).sort_values(columns, ascending=ascending, kind="mergesort",
                                                          na_position="last")
        got = df.take(sort_order(df, columns, ascending)).astype({"cat": "str"})
        pd.testing.assert_frame_equal(got[columns], expected[columns])
        # ties are kept in their order: the row positions agree, not just the keys
        assert list(got.index) == list(expected.index), (columns, ascending)


def test_group_numbers_match_pandas_groups():
    from crosstally.tabulate import group_numbers

    rng = np.random.default_rng(1)
    n = 300
    df = pd.DataFrame({
        "cat": pd.Categorical(rng.choice(["b", "a", ""], n), categories=["b", "a", ""]),
        "text": pd.Series(rng.choice(["x", "y", "zz"], n), dtype="str"),
        "num": np.where(rng.random(n) < 0.2, np.nan, rng.integers(0, 3, n) / 2),
    })
    columns = ["cat", "text", "num"]
    expected = df.astype({"cat": "str"}).groupby(columns, sort=True, dropna=False).ngroup().to_numpy()
    assert (group_numbers(df, columns) == expected).all()
    assert (group_numbers(df, []) == 0).all()


def test_sort_order_edge_cases():
    from crosstally.tabulate import _combine, group_numbers, sort_order

    # a categorical with no categories at all (every value missing) sorts and groups
    df = pd.DataFrame({"k": pd.Series([np.nan, np.nan]).astype("category"), "n": [2.0, 1.0]})
    assert list(sort_order(df, ["k", "n"])) == [1, 0]
    assert list(sort_order(df, ["n", "k"])) == [1, 0]
    assert list(group_numbers(df, ["k"])) == [0, 0]
    # integers beyond float precision keep apart, in order
    big = pd.DataFrame({"i": np.array([2**53 + 1, 2**53, 2**53 + 1], dtype="int64")})
    assert list(sort_order(big, ["i"])) == [1, 0, 2]
    assert list(group_numbers(big, ["i"])) == [1, 0, 1]
    # keys whose product of ranges passes 63 bits are numbered densely, order kept
    key, ranks = np.array([5, 2**40, 5, 0]), np.array([2**40 - 1, 0, 3, 7])
    combined, size = _combine(key, 2**41, ranks, 2**40)
    assert list(np.argsort(combined, kind="stable")) == list(np.lexsort([ranks, key])) and size == 4
    with pytest.raises(ValueError, match="ascending flag"):
        sort_order(df, ["k", "n"], [True])


def test_filter_functions_show_and_take_their_parameters(real_ledger):
    import inspect

    for fn in (tabulate.filter_figures, tabulate.filter_summary):
        assert list(inspect.signature(fn).parameters)[:4] == ["df", "metrics", "places", "period_start"]
    positional = tabulate.filter_figures(real_ledger, ["killed"])
    assert len(positional) > 0
    pd.testing.assert_frame_equal(positional, tabulate.filter_figures(real_ledger, metrics=["killed"]))
