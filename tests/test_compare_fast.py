"""The shortcuts that keep the comparison cheap at a million claims give what the plain
way gives: each helper against a naive reference on random inputs (seeded), with the
awkward cases (groups of one value, empty and missing values, categories out of text
order, a missing category code) in every draw."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from crosstally import compare, dates
from crosstally.tabulate import distinct_count, group_numbers

WORDS = ["b", "a", "", "Z", "é", "a;b", "since ?", "2015-10-01"]


def _draw(seed: int, n: int = 400, groups: int = 150):
    rng = np.random.default_rng(seed)
    group = rng.integers(0, groups, n)  # about a third of the groups hold one value, some none
    values = pd.Series(np.array(WORDS, dtype=object)[rng.integers(0, len(WORDS), n)], dtype="str")
    values[rng.random(n) < 0.05] = None
    return group, values


def _reference_join(group, values, n_groups, sep=";"):
    out = []
    for g in range(n_groups):
        held = {v for v, h in zip(values, group) if h == g and isinstance(v, str) and v != ""}
        out.append(sep.join(sorted(held)))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_join_per_group_matches_the_plain_join(seed):
    group, values = _draw(seed)
    expected = _reference_join(group, values, 160)
    assert list(compare._join_per_group(group, values, 160)) == expected
    shuffled = pd.CategoricalDtype(list(reversed(sorted(set(WORDS)))))  # categories not in text order
    assert list(compare._join_per_group(group, values.astype(shuffled), 160)) == expected
    one_each = np.arange(len(values))  # every group of one value: taken as it is ("" for a missing one)
    assert list(compare._join_per_group(one_each, values, len(values))) == values.fillna("").tolist()


@pytest.mark.parametrize("seed", range(4))
def test_groups_number_as_pandas_groupby_does(seed):
    rng = np.random.default_rng(seed)
    n = 500
    frame = pd.DataFrame({
        "a": pd.Categorical(rng.choice(["x", "y", "w"], n), categories=["y", "x", "w"]),  # not text order
        "b": pd.Categorical(rng.choice(["2015-10", "2015-09", "undated"], n)),
        "c": pd.Categorical(rng.choice(["p", "q"], n), categories=["q", "p", "r"]),  # an unused category
    }, index=rng.permutation(n) + 1000)
    groups = compare._groups(frame, ("a", "b", "c"))
    grouped = frame.groupby(["a", "b", "c"], sort=True, observed=True)
    assert groups.codes.tolist() == grouped.ngroup().tolist()
    expected_keys = grouped.size().index.to_frame(index=False)
    assert groups.keys.astype("str").equals(expected_keys.astype("str"))
    assert groups.sizes.tolist() == grouped.size().tolist()
    assert (groups.codes[groups.order] == np.sort(groups.codes)).all()
    values = rng.normal(size=n)
    assert np.allclose(groups.reduce(np.fmax, values), pd.Series(values).groupby(groups.codes).max())
    # a key of plain text: pandas' own grouping
    frame["a"] = frame["a"].astype("str")
    fallback = compare._groups(frame, ("a", "b", "c"))
    assert fallback.codes.tolist() == frame.groupby(["a", "b", "c"], sort=True, observed=True).ngroup().tolist()


@pytest.mark.parametrize("seed", range(3))
def test_rows_alike_and_distinct_counts(seed):
    group, values = _draw(seed)
    frame = pd.DataFrame({"g": group, "v": values, "c": values.astype("category")})
    for columns in (["g"], ["v"], ["c"], ["g", "v"], ["g", "c"]):
        alike = compare._alike(frame, columns)
        numbered = group_numbers(frame, columns)
        # the same partition of the rows, whatever the numbers
        assert len(set(zip(alike, numbered))) == len(set(alike)) == len(set(numbered))
        assert (compare._alike_count(alike) == np.bincount(numbered)[numbered]).all()
    expected = frame.groupby("g")["v"].nunique().reindex(range(160), fill_value=0).to_numpy()
    assert (distinct_count(group, values, 160) == expected).all()
    assert (distinct_count(group, values.astype("category"), 160) == expected).all()


def test_categorical_map_of_a_categorical_is_that_of_its_text():
    values = pd.Series(["2015-10-03", "", "2016-01-20", "2015-10-03", None, "2015-12-01"])
    month = lambda day: day[:7] if isinstance(day, str) and day else "undated"  # noqa: E731
    as_text = dates.categorical_map(values.astype("str"), month)
    categorical = values.astype(pd.CategoricalDtype(["2016-01-20", "2015-10-03", "", "2015-12-01", "2017-01-01"]))
    as_categorical = dates.categorical_map(categorical, month)
    assert as_categorical.tolist() == as_text.tolist() == ["2015-10", "undated", "2016-01", "2015-10", "undated",
                                                            "2015-12"]
    assert list(as_categorical.cat.categories) == list(as_text.cat.categories) == ["2015-10", "2015-12", "2016-01",
                                                                                  "undated"]
