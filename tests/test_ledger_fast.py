"""The shortcuts that keep validation cheap at a million figures report what the plain way
reports: each against a naive reference on random figures (seeded), with the awkward
cases in every draw (unknown ids, a figure naming itself, repeated figure ids, chains of
carried statements, other claimants and metrics)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from crosstally import ledger
from crosstally.ledger import LINE


def _figures(seed: int, n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ids = [f"F{i:03d}" for i in range(n)]
    for i in rng.integers(0, n, 6):  # a few ids repeated (the schema reports them; the checks still run)
        ids[i] = ids[(i + 1) % n]
    names = np.array(ids + ["F999", "G1"], dtype=object)

    def refs(share):
        col = np.where(rng.random(n) < share, names[rng.integers(0, len(names), n)], "")
        self_named = rng.random(n) < 0.02
        col[self_named] = np.array(ids, dtype=object)[self_named]
        return pd.Series(col, dtype="str")

    return pd.DataFrame({
        "figure_id": pd.Series(ids, dtype="str"),
        "claimant": pd.Series(rng.choice(["a", "b"], n, p=[0.8, 0.2]), dtype="str"),
        "metric": pd.Series(rng.choice(["killed", "injured"], n, p=[0.9, 0.1]), dtype="str"),
        "superseded_by": refs(0.1),
        "same_statement_as": refs(0.2),
        LINE: np.arange(2, n + 2),
    }, index=rng.permutation(n) + 5)


def _reference(f: pd.DataFrame, flag) -> None:
    """The checks as they were written before (a hashed index of every figure id)."""
    first = ~f["figure_id"].duplicated()
    by_id = f.loc[first, ["figure_id", "claimant", "metric", "same_statement_as"]].set_index("figure_id")
    for col, what in (("superseded_by", "superseding"), ("same_statement_as", "stated")):
        ref = f[col]
        known = ref.isin(set(by_id.index))
        flag((ref != "") & ~known, col, lambda r, col=col: f"unknown figure id {r[col]!r}")
        flag((ref != "") & (ref == f["figure_id"]), col, lambda r, col=col: f"{col} names the figure itself")
        for other in ("claimant", "metric"):
            theirs = pd.Series(by_id[other].reindex(ref.where(known, "")).to_numpy(), index=f.index)
            flag((ref != "") & known & (theirs != f[other]), col,
                 lambda r, col=col, other=other, what=what:
                 f"the {what} figure {r[col]} has another {other} ({by_id.loc[r[col], other]!r}, not {r[other]!r})")
    chained = f["same_statement_as"].isin(set(by_id.index[by_id["same_statement_as"] != ""]))
    flag((f["same_statement_as"] != "") & chained, "same_statement_as",
         lambda r: f"{r['same_statement_as']} itself carries another figure's statement: name that figure")


def _collect(check, f):
    found = []

    def flag(mask, column, message):
        mask = pd.Series(mask, index=f.index).fillna(False).astype(bool)
        for row in f.loc[mask].to_dict("records"):
            found.append((row[LINE], column, message(row) if callable(message) else message))

    check(f, flag)
    return found


@pytest.mark.parametrize("seed", range(5))
def test_reference_checks_report_what_the_plain_checks_report(seed):
    f = _figures(seed)
    expected = _collect(_reference, f)
    assert {m.split(" ")[0] for _, _, m in expected} >= {"unknown", "the"}  # the draw has each kind
    assert any("itself" in m for _, _, m in expected) and any("carries" in m for _, _, m in expected)
    assert _collect(ledger._reference_checks, f) == expected


def test_reference_checks_with_no_names_report_nothing():
    f = _figures(0).assign(superseded_by="", same_statement_as="")
    assert _collect(ledger._reference_checks, f) == []


def test_first_rows_finds_the_first_of_repeated_ids():
    ids = pd.Series(["A", "B", "A", "C", "B"], dtype="str")
    named = pd.Series(["B", "Z", "A", "B", "C"], dtype="str")
    assert ledger._first_rows(named, ids).tolist() == [1, -1, 0, 1, 3]


def test_origin_key_of_text_in_chunks_joins_each_row_as_text():
    """The raw columns come from the CSV reader in chunks (not aligned across columns
    here); the key is each row's parts joined by '|', in one array."""
    import pyarrow as pa

    parts = ["claimant", "metric", "population", "unit", "counting_basis", "scope", "admin1",
             "period_start", "period_end", "value", "value_max"]
    rng = np.random.default_rng(1)
    n = 50
    frame = {}
    for i, col in enumerate(parts):
        cells = [str(v) if v % 4 else "" for v in rng.integers(0, 9, n)]
        cut = 5 + 3 * i
        frame[col] = pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array(
            [pa.array(cells[:cut], pa.large_string()), pa.array(cells[cut:], pa.large_string())])))
    df = pd.DataFrame(frame).assign(figure_id=[f"F{i}" for i in range(n)], same_statement_as="")
    df.loc[7, "same_statement_as"] = "F3"
    expected = ["|".join(row) for row in df[parts].astype(str).itertuples(index=False)]
    expected[7] = expected[3]
    key = ledger.origin_key(df)
    assert key.tolist() == expected
    assert str(key.dtype) == "str"


def test_as_numbers_reads_plain_digits_only():
    import pyarrow as pa

    cells = ["370", "", "1098.5", "-3", "1,000", "12 ", "0", "7.", ".5", "٣", "1\n0", "00012", None]
    reference = [float(c) if c is not None and __import__("re").fullmatch(r"[0-9]+(\.[0-9]+)?", c) else None
                 for c in cells]
    for series in (pd.Series(cells, dtype="str", index=range(3, 3 + len(cells))),
                   pd.Series(cells, dtype=object),
                   pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array(
                       [pa.array(cells[:4], pa.large_string()), pa.array(cells[4:], pa.large_string())])))):
        got = ledger.as_numbers(series)
        assert got.dtype == "float64" and got.index.equals(series.index)
        assert [None if np.isnan(v) else v for v in got] == reference
    # a number then a line break passes the schema's pattern (Python's "$"), and is not
    # a number Arrow can read: an error, as before, never a value silently dropped
    with pytest.raises(Exception, match="10"):
        ledger.as_numbers(pd.Series(["10\n"], dtype="str"))
