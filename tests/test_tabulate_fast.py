"""The shortcuts that keep notebook 01's tables cheap at a million figures give what the
plain pandas way gives: each against a naive reference on random ledgers (seeded), with
the awkward cases in every draw (missing documents, categories out of text order or unused,
a claimant type no row has, rows of a type with no party)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from crosstally import tabulate
from crosstally.schema import SOURCE_TYPES
from crosstally.tables import TABULATION_TABLES


def _ledger(seed: int, n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    types = [t for t in SOURCE_TYPES if t != "witness"]  # one type no row has
    claimants = [f"c{i}" for i in range(25)]
    frame = pd.DataFrame({
        "claimant_type": rng.choice(types, n),
        "claimant": rng.choice(claimants, n),
        "claimant_is_party": rng.random(n) < 0.3,
        "origin_key": pd.Series([f"k{v}" for v in rng.integers(0, 200, n)], dtype="str"),
        "document_id": pd.Series([f"d{v}" for v in rng.integers(0, 90, n)], dtype="str"),
        "outlet": rng.choice([f"o{i}" for i in range(12)] + [""], n),
    }, index=rng.permutation(n) + 7)  # an index that is not 0..n-1
    frame.loc[frame.index[rng.random(n) < 0.04], "document_id"] = None
    return frame


def _reference(df: pd.DataFrame) -> pd.DataFrame:
    """counts_by_claimant_type the plain way (the code before it was made fast)."""
    grouped = df.groupby("claimant_type", observed=True)
    parties = df[df["claimant_is_party"].astype(bool)].groupby("claimant_type", observed=True)
    out = pd.DataFrame({
        "claimants": grouped["claimant"].nunique(),
        "party_claimants": parties["claimant"].nunique(),
        "figures": grouped.size(),
        "claims": grouped["origin_key"].nunique(),
        "documents": grouped["document_id"].nunique(),
        "outlets": grouped["outlet"].nunique(),
    }).reindex(pd.Index(SOURCE_TYPES, name="claimant_type", dtype="str")).fillna(0).astype("int64")
    return out.reset_index()


@pytest.mark.parametrize("seed", range(4))
def test_counts_by_claimant_type_match_groupby_nunique(seed):
    df = _ledger(seed)
    expected = _reference(df)
    got = tabulate.counts_by_claimant_type(df)
    pd.testing.assert_frame_equal(got, expected)
    # the same with categoricals, categories out of text order and one unused
    cats = df.copy()
    for col in ("claimant_type", "claimant", "outlet"):
        values = sorted(set(cats[col]), reverse=True)
        cats[col] = pd.Categorical(cats[col], categories=[*values, "unused"])
    pd.testing.assert_frame_equal(tabulate.counts_by_claimant_type(cats), expected)
    assert got.loc[got["claimant_type"] == "witness"].iloc[0, 1:].tolist() == [0] * 6
    assert int(got["figures"].sum()) == len(df)


def test_counts_by_claimant_type_of_no_rows():
    got = tabulate.counts_by_claimant_type(_ledger(0).iloc[:0])
    assert got["claimant_type"].tolist() == list(SOURCE_TYPES)
    assert (got.drop(columns="claimant_type").to_numpy() == 0).all()
    assert "counts-by-claimant-type" in TABULATION_TABLES


@pytest.mark.parametrize("seed", range(3))
def test_distinct_count_skips_missing_values_and_rows_in_no_group(seed):
    rng = np.random.default_rng(seed)
    n = 300
    codes = rng.integers(-1, 20, n)  # -1: a row in no group
    values = pd.Series(rng.choice(["a", "b", "", "é"], n), dtype="str")
    values[rng.random(n) < 0.1] = None
    frame = pd.DataFrame({"g": codes, "v": values})
    expected = frame[frame["g"] >= 0].groupby("g")["v"].nunique().reindex(range(22), fill_value=0).to_numpy()
    assert (tabulate.distinct_count(codes, values, 22) == expected).all()
    assert (tabulate.distinct_count(codes, values.astype("category"), 22) == expected).all()
