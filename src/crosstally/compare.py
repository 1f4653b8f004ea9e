"""Comparing figures across claimants: side by side, over time, and against themselves.

The unit of comparison is a *claim*, not a ledger row: rows sharing an ``origin_key``
(same claimant, metric, population, period, value) are one claim relayed by several
outlets, and count once (:func:`collapse_relays`). Every output row carries the
``figure_ids`` behind it, so each number traces back to its quotes.

Side-by-side groups (:func:`side_by_side`, :func:`comparison_summary`) are
(metric, population, kind, window):

- ``kind`` is ``incident`` for single-incident tolls and ``total`` for everything
  else (running, period and stock totals), so one strike's toll is never ranked
  against a month's total;
- ``window`` is the month in which the claim's window ends ("2015-10"): what each
  claimant said the count stood at during that month;
- within a group, claims are ranked (highest, lowest, spread, overlap, party over
  independent) only against claims that count the same thing (:func:`comparable`):
  the same unit, counting basis and window, perpetrator scope and area (admin1), and
  only when current and full counts; the others stay side by side with the reason
  (``not_ranked_because``). Claims about different areas can all be right. A
  claimant's own running total stated on several days is a series that grows, not a
  disagreement: only its latest step in a set is ranked (:func:`_later_step`).
- whether a set's claims can all be right (:func:`set_conflict`): claims of one day
  must overlap; running totals of different days (any claimants) only must not fall,
  an earlier total at most a later one's upper bound.

Highest, lowest and spread use the number as stated (``value``; the lower number
of a stated range; the profile's low bound for number words like "dozens");
whether ranges overlap uses ``low``/``high`` from the bound profile, a missing
``high`` being open.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import dates
from .io import arrow_text
from .tabulate import (_combine, distinct_count, filter_figures, group_numbers, sort_order, take_rows,
                       with_place_coverage)

CLAIM_COLUMNS = (
    "origin_key", "metric", "population", "unit", "claimant", "claimant_name", "claimant_type",
    "claimant_is_party", "counting_basis", "scope", "perpetrator_scope", "completeness", "completeness_basis",
    "status", "superseded_by", "value_as_reported", "value", "value_max",
    "low", "high", "bound_profile", "period_start", "period_end", "window_start", "window_end",
    "reported", "admin1", "place_coverage", "n_figures", "n_outlets", "outlets", "figure_ids",
)
GROUP_KEY = ("metric", "population", "kind", "window")
# Within a group, claims are ranked only against claims that count the same thing: the
# same unit, counting basis and window (COUNT_WINDOW), perpetrator scope and area.
SET_KEY = ("unit", "basis", "count_window", "perpetrator_scope", "area")
SIDE_BY_SIDE_COLUMNS = GROUP_KEY + tuple(c for c in CLAIM_COLUMNS if c not in ("metric", "population")) + (
    "basis", "count_window", "area", "ranked", "not_ranked_because")
SUMMARY_COLUMNS = GROUP_KEY + SET_KEY + (
    "claims", "claimants", "claimant_ids", "party_claims", "independent_claims",
    "lowest_claimant", "lowest_value_as_reported", "lowest_value",
    "highest_claimant", "highest_value_as_reported", "highest_value",
    "spread", "ranges_overlap", "common_low", "common_high", "can_all_be_right", "figure_ids",
)
PARTY_COLUMNS = GROUP_KEY + SET_KEY + (
    "party_claimants", "party_lowest", "party_highest", "party_figure_ids",
    "independent_claimants", "independent_lowest", "independent_highest",
    "independent_figure_ids", "party_over_independent",
)
# One running-total series: a claimant's cumulative count of one thing, in one place.
SERIES_KEY = ["claimant", "metric", "population", "unit", "scope", "admin1", "since"]
RUNNING_TOTAL_COLUMNS = (
    "claimant", "claimant_name", "claimant_is_party", "metric", "population", "unit", "scope", "admin1", "since",
    "as_of", "window_end", "step", "value_as_reported", "value", "low", "high", "change", "status", "note",
    "n_outlets", "outlets", "figure_ids", "origin_key",
)
RELAY_COUNT_COLUMNS = ("metric", "claimant", "claimant_name", "figures", "claims", "relayed_claims", "outlets")
FINDING_COLUMNS = ("finding", "claimant", "claimant_name", "metric", "population", "date", "detail",
                   "explained_by", "figure_ids")
COMPARE_WINDOW_COLUMNS = (
    "claimant", "claimant_name", "claimant_type", "claimant_is_party", "metric", "population", "unit",
    "counting_basis", "perpetrator_scope", "completeness", "completeness_basis", "status", "superseded_by",
    "value_as_reported", "value", "value_max", "low", "high",
    "period_start", "period_end", "window_start", "window_end", "admin1", "place_coverage",
    "n_outlets", "outlets", "figure_ids", "origin_key",
    "basis", "count_window", "area", "ranked", "comparable_set", "not_ranked_because",
)


def _concat_arrow(group: np.ndarray, values, n_groups: int, sep: str) -> pa.Array:
    """``values`` joined by ``sep`` within each group numbered 0..n_groups-1, in the
    order given (``group`` must be sorted); "" for a group with no values. Arrow text.

    Arrow joins them from list offsets, so millions of rows cost no Python call per group.
    """
    group = np.asarray(group, dtype="int64")
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(group) else np.array([], dtype="int64")
    lists = pa.LargeListArray.from_arrays(pa.array(np.r_[starts, len(group)], type=pa.int64()),
                                          arrow_text(values))
    joined = pc.binary_join(lists, pa.scalar(sep, pa.large_string()))
    at = np.full(n_groups, -1, dtype="int64")  # per group, its joined text (-1: none)
    at[group[starts]] = np.arange(len(starts))
    return pc.fill_null(pc.take(joined, pa.array(at, mask=at < 0)), pa.scalar("", pa.large_string()))


def _concat_per_group(group: np.ndarray, values, n_groups: int, sep: str) -> pd.api.extensions.ExtensionArray:
    """:func:`_concat_arrow` as pandas text on the same Arrow memory (no index to align on)."""
    return _concat_arrow(group, values, n_groups, sep).to_pandas().array


def _arrow_values(values: pd.Series, keep: np.ndarray | None = None) -> pa.Array:
    """``values`` (at the rows ``keep``, if given) as Arrow text, a missing value null. A
    categorical's text is taken by code from its categories: no text made per row."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        codes = codes if keep is None else codes[keep]
        return pc.take(arrow_text(values.cat.categories), pa.array(codes, mask=codes < 0))
    text = arrow_text(values)
    return text if keep is None else text.filter(pa.array(keep))


def _join_per_group(group: np.ndarray, values: pd.Series, n_groups: int,
                    sep: str = ";") -> pd.api.extensions.ExtensionArray:
    """Per group numbered 0..n_groups-1, its distinct non-empty ``values``, sorted
    (Arrow sorts text by code point, as ``sorted`` does) and joined by ``sep``.

    A group of one value is that value: only the groups of several values are sorted
    and cleared of repeats (most comparison groups hold one claim)."""
    group = np.asarray(group, dtype="int64")
    values = pd.Series(values) if not isinstance(values, pd.Series) else values
    sizes = np.bincount(group, minlength=n_groups) if len(group) else np.zeros(n_groups, dtype="int64")
    alone = sizes[group] == 1
    if not alone.any():
        return _join_sorted(group, values, n_groups, sep).to_pandas().array
    empty = pa.scalar("", pa.large_string())
    single = pc.fill_null(_arrow_values(values, alone), empty)  # a missing value joins as nothing
    at = np.arange(len(single), len(single) + n_groups)  # per group, where its text is in `texts`
    at[group[alone]] = np.arange(len(single))
    several = ~alone
    rest = (_join_sorted(group[several], values[several], n_groups, sep) if several.any()
            else pa.nulls(n_groups, pa.large_string()))  # every group of one value, or none
    return pc.fill_null(pc.take(pa.concat_arrays([single, rest]), pa.array(at)), empty).to_pandas().array


def _join_sorted(group: np.ndarray, values: pd.Series, n_groups: int, sep: str) -> pa.Array:
    """:func:`_join_per_group` for any groups, by sorting (group, value); Arrow text.

    A categorical is reduced to its distinct (group, category) pairs first, so only
    those few are made text."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = dates.categorical_text(values)  # sorted categories: code order is text order
        n = len(values.cat.categories) + 1
        pairs = np.unique(group * n + values.cat.codes.to_numpy() + 1)
        group, codes = pairs // n, pairs % n - 1
        text = pa.array(np.append(values.cat.categories.to_numpy(dtype=object), "")[codes], type=pa.large_string())
        keep = pc.not_equal(text, "").to_numpy(zero_copy_only=False)
        return _concat_arrow(group[keep], text.filter(pa.array(keep)), n_groups, sep)
    table = pa.table({"g": pa.array(group), "v": arrow_text(values)})
    table = table.filter(pc.not_equal(table["v"], ""))
    table = table.sort_by([("g", "ascending"), ("v", "ascending")])
    g, v = table["g"].to_numpy(), table["v"].combine_chunks()
    if len(g) > 1:  # drop repeats, now next to each other
        first = np.r_[True, (g[1:] != g[:-1]) | pc.not_equal(v[1:], v[:-1]).to_numpy(zero_copy_only=False)]
        g, v = g[first], v.filter(pa.array(first))
    return _concat_arrow(g, v, n_groups, sep)


def _split_ids(ids: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """``;``-joined id lists exploded: (position of the row each id came from, ids)."""
    lists = pc.split_pattern(arrow_text(ids), ";")
    parents = pc.list_parent_indices(lists).to_numpy()
    return parents, pc.list_flatten(lists).to_pandas()  # text on the Arrow memory, not copied


def _day(ts: pd.Series) -> pd.Series:
    """Timestamps as "YYYY-MM-DD" text, "" where missing: a categorical whose sorted
    categories are the distinct days, each formatted once."""
    codes, days = pd.factorize(ts, sort=True)  # a missing day: code -1, category "" (first)
    text = np.datetime_as_string(days.to_numpy().astype("datetime64[D]"), unit="D")
    categories = pd.CategoricalDtype(pd.Index(["", *text], dtype="str"))
    return pd.Series(pd.Categorical.from_codes(codes + 1, dtype=categories), index=ts.index)


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    """Fix dtypes of columns built row by row (bounds stay nullable integers)."""
    for col in ("low", "high", "common_low", "common_high", "n_figures", "n_outlets", "step"):
        if col in out.columns:
            out[col] = out[col].astype("Int64")
    for col in ("value", "value_max", "change", "spread", "lowest_value", "highest_value",
                "party_lowest", "party_highest", "independent_lowest", "independent_highest",
                "party_over_independent"):
        if col in out.columns:
            out[col] = out[col].astype("float64")
    if "claimant_is_party" in out.columns:
        out["claimant_is_party"] = out["claimant_is_party"].astype(bool)
    for col in ("ranges_overlap", "can_all_be_right"):
        if col in out.columns:
            out[col] = out[col].astype("boolean")
    return out


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with categorical columns as plain text, for building text from a few rows."""
    cats = [c for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)]
    return df.astype({c: "str" for c in cats}) if cats else df


def _stated(df: pd.DataFrame) -> pd.Series:
    """The number as stated, for ranking; number words ("dozens") use their low bound."""
    return df["value"].astype("float64").fillna(df["low"].astype("float64"))


# --------------------------------------------------------------------------- relays

CLAIM_FIRST = ("metric", "population", "unit", "claimant", "claimant_name", "claimant_type", "claimant_is_party",
               "scope", "perpetrator_scope", "completeness", "completeness_basis", "status", "superseded_by",
               "value", "value_max", "period_start", "period_end")
CLAIM_JOINED = {"counting_basis": " | ", "value_as_reported": " | ", "bound_profile": " | ",
                "admin1": " | ", "place_coverage": " | ", "outlet": ";", "figure_id": ";"}
RENAMED = {"outlet": "outlets", "figure_id": "figure_ids"}  # figure column -> claim column


def collapse_relays(df: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (origin_key), with the figures and outlets that carried it.

    Within a claim the key fields agree by construction; wordings (value_as_reported)
    and admin1 codings that differ between relays are all kept, joined by " | ".
    ``low`` is the lowest and ``high`` the highest bound among the relays (open if
    any is open); ``reported`` the earliest reported date. Columns: CLAIM_COLUMNS.

    Claims come in the order of their first figure by figure_id, and that figure gives
    the fields the relays share. Most claims are carried once: those rows are claims as
    they stand, and only the claims relayed by several figures are aggregated. Grouping
    hashes origin_key once; for a ledger selection (already in figure_id order) no text
    is sorted or moved row by row, which keeps millions of figures cheap. Columns that
    repeat (claimant, dates, windows, wordings, ...) are categoricals of text.
    """
    empty_key = df.loc[df["origin_key"] == "", "figure_id"]
    if len(empty_key):
        raise ValueError(f"figure(s) {', '.join(empty_key)} have an empty origin_key")
    order = sort_order(df, ["figure_id"])  # a ledger selection is in figure_id order already
    df = with_place_coverage(df if (order == np.arange(len(df))).all() else df.take(order))
    win = dates.effective_window(df)
    work = df.loc[:, ["origin_key", *CLAIM_FIRST, *CLAIM_JOINED, "low", "high"]].assign(
        reported=dates.reported_date(df), window_start=win["window_start"], window_end=win["window_end"])
    claim_no, _ = pd.factorize(work["origin_key"])  # claims numbered in order of first appearance
    seen = np.maximum.accumulate(claim_no) if len(claim_no) else claim_no
    first = np.r_[True, seen[1:] > seen[:-1]][: len(claim_no)]  # the row that opens each claim
    n_figures = np.bincount(claim_no, minlength=int(first.sum()))

    claims = work[first].reset_index(drop=True).rename(columns=RENAMED)
    claims["window_start"] = _day(claims["window_start"])
    claims["window_end"] = _day(claims["window_end"])
    claims["n_figures"] = n_figures
    claims["n_outlets"] = 1

    relayed = n_figures[claim_no] > 1
    if relayed.any():
        rel = work[relayed]
        at, codes = np.unique(claim_no[relayed], return_inverse=True)  # claims' rows; group codes
        grouped = rel.groupby(codes, sort=True)

        def put(column: str, values) -> None:
            values = pd.Series(values).set_axis(at)
            if isinstance(values.dtype, pd.CategoricalDtype):
                values = values.astype("str")
            if isinstance(claims[column].dtype, pd.CategoricalDtype):  # joined texts are new categories
                claims[column] = dates.categorical_text(claims[column].cat.add_categories(
                    pd.Index(values.astype("str").unique()).difference(claims[column].cat.categories)))
            claims.loc[at, column] = values

        for col, sep in CLAIM_JOINED.items():
            put(RENAMED.get(col, col), _join_per_group(codes, rel[col], len(at), sep))
        put("low", grouped["low"].min())
        put("high", grouped["high"].max().where(~rel["high"].isna().groupby(codes).any()))
        put("window_start", _day(grouped["window_start"].min()))
        put("window_end", _day(grouped["window_end"].max()))
        reported = rel["reported"].astype("str")
        put("reported", reported.where(reported != "").groupby(codes).min().fillna(""))
        put("n_outlets", grouped["outlet"].nunique())
    return _typed(claims.loc[:, list(CLAIM_COLUMNS)])


def relay_counts(df: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per metric and claimant: ledger figures, independent claims (relays counted
    once), claims carried by more than one outlet, and distinct outlets.
    ``claims`` is ``collapse_relays(df)`` when the caller already has it."""
    claims = collapse_relays(df) if claims is None else claims
    keys = ["metric", "claimant"]
    grouped = df.groupby(keys, sort=True)
    out = pd.DataFrame({
        "claimant_name": grouped["claimant_name"].first(skipna=False),
        "figures": grouped.size(),
        "claims": claims.groupby(keys).size(),
        "relayed_claims": (claims["n_outlets"] > 1).groupby([claims[k] for k in keys]).sum(),
        "outlets": grouped["outlet"].nunique(),
    }).reindex(grouped.size().index)
    out[["claims", "relayed_claims"]] = out[["claims", "relayed_claims"]].fillna(0)
    out = out.astype({"figures": "int64", "claims": "int64", "relayed_claims": "int64", "outlets": "int64"})
    return out.reset_index().loc[:, list(RELAY_COUNT_COLUMNS)]


# --------------------------------------------------------------------------- side by side

BASIS = {"incident": "incident", "cumulative_since": "running total", "stock_as_of": "running total",
         "period_total": "period total"}
PERPETRATOR_WORDS = {
    "campaign_force": "the campaign's air force alone", "several_forces": "several forces together",
    "other_force": "another force", "all_or_unspecified": "all or unspecified perpetrators",
    "not_applicable": "no perpetrator",
}


def _TEXT(words: str) -> pa.Scalar:  # noqa: N802
    """``words`` as an Arrow text scalar of the type the package's text arrays have."""
    return pa.scalar(words, pa.large_string())


def _count_window(claims: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per claim, its counting basis in words and the window it counts over: a running
    total's start as stated ("since 2015-09-30"; "since ?" when not stated), a period
    total's or an incident's first and last day ("2015-10-25..2015-10-26"; one day
    written once; "?..2015-10-26" when the start is not stated). Categoricals, made
    once per distinct combination."""
    basis = dates.categorical_map(claims["counting_basis"], lambda b: BASIS.get(b, b))
    parts = pd.DataFrame({"basis": basis, "start": claims["period_start"],
                          "ws": claims["window_start"], "we": claims["window_end"]}, index=claims.index)
    codes = _alike(parts, ["basis", "start", "ws", "we"])  # combinations numbered as first seen
    seen = np.maximum.accumulate(codes) if len(codes) else codes
    opens = np.flatnonzero(np.r_[True, seen[1:] > seen[:-1]][: len(codes)])  # each combination's first row
    first = parts.iloc[opens]
    text = {c: pc.fill_null(_worded("", first[c]), _TEXT("")) for c in ("start", "ws", "we")}
    running = pa.array((first["basis"] == "running total").to_numpy(dtype=bool))
    stated_start = pc.not_equal(text["start"], _TEXT(""))
    join = lambda *parts: pc.binary_join_element_wise(*parts, _TEXT(""))  # noqa: E731
    window = pc.if_else(running, join(_TEXT("since "), pc.if_else(stated_start, text["start"], _TEXT("?"))),
                        pc.if_else(stated_start, pc.if_else(pc.equal(text["ws"], text["we"]), text["ws"],
                                                            join(text["ws"], _TEXT(".."), text["we"])),
                                   join(_TEXT("?.."), text["we"])))
    # Combinations can read alike ("since ?"): categories are the distinct texts, sorted.
    categories = pc.unique(window)
    categories = categories.take(pc.sort_indices(categories))
    at = pc.index_in(window, value_set=categories).to_numpy(zero_copy_only=False).astype("int64")
    window = pd.Categorical.from_codes(at[codes] if len(codes) else codes,
                                       dtype=pd.CategoricalDtype(pd.Index(categories.to_pandas(), dtype="str")))
    return basis, dates.categorical_text(pd.Series(window, index=claims.index))


def _codes(values: pd.Series) -> tuple[np.ndarray, int]:
    """Per row, an integer 0..n-1 standing for its value (equal values, equal integers; a
    missing value is a value too), and n. A categorical's codes (its categories are
    distinct), else hashed. For telling rows alike, not for ordering them."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy().astype("int64") + 1, len(values.cat.categories) + 1
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes.astype("int64"), len(uniques) + 1


def _alike(df: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """Per row, the number of its group of rows equal in ``columns`` (a missing value is
    a value like any other), groups numbered in order of their first row: the groups of
    :func:`crosstally.tabulate.group_numbers` numbered otherwise, by hashing integer
    codes once instead of sorting. For counting rows alike."""
    key, size = np.zeros(len(df), dtype="int64"), 1
    for column in columns:
        codes, n = _codes(df[column])
        if size * n >= 2**62:  # renumber densely before the key would overflow
            key = pd.factorize(key)[0].astype("int64")
            size = int(key.max()) + 1 if len(key) else 1
        key, size = key * n + codes, size * n
    return pd.factorize(key)[0].astype("int64")


def _alike_count(groups: np.ndarray) -> np.ndarray:
    """Per row, how many rows share its group number (``groups``: 0..n-1)."""
    return np.bincount(groups)[groups] if len(groups) else np.zeros(0, dtype="int64")


def side_by_side(df: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every claim with its comparison group (metric, population, kind, window month),
    highest stated value first within a group. Context figures (``scope`` context) are
    left out: they are listed, never compared. Columns: SIDE_BY_SIDE_COLUMNS.

    Each claim also carries what it counts (SET_KEY: unit, ``basis`` and
    ``count_window``, perpetrator scope, ``area``): within a group, only claims that
    agree on all of these are ranked against each other. ``ranked`` is False for a
    superseded or retracted figure and for a partial count; ``not_ranked_because``
    says why, or, for a ranked claim that no other claim of its group matches, what
    sets it apart. ``claims`` is ``collapse_relays(df)`` when the caller already has it."""
    claims = collapse_relays(df) if claims is None else claims
    campaign = (claims["scope"] == "campaign").to_numpy(dtype=bool)
    claims = claims if campaign.all() else claims[campaign]  # (assign below copies nothing it need not)
    incident = (claims["counting_basis"] == "incident").to_numpy(dtype=bool)
    claims = comparable(claims.assign(
        kind=pd.Categorical.from_codes(np.where(incident, 0, 1), categories=pd.Index(["incident", "total"], dtype="str")),
        window=dates.categorical_map(claims["window_end"], lambda day: day[:7] or "undated")), GROUP_KEY)
    claims["_stated"] = _stated(claims)
    order = sort_order(claims, ["metric", "population", "kind", "window", "_stated", "claimant", "origin_key"],
                       ascending=[True, True, True, True, False, True, True])
    return take_rows(claims.loc[:, list(SIDE_BY_SIDE_COLUMNS)], order)


def comparable(claims: pd.DataFrame, group_keys=GROUP_KEY) -> pd.DataFrame:
    """``claims`` with what each counts and whether it is ranked: ``basis`` and
    ``count_window`` (see :func:`_count_window`), ``area`` (its admin1 codes),
    ``ranked`` (current and a full count, and for a running total its claimant's latest
    step in the set: :func:`_later_step`), ``comparable_set`` (the number of its set
    of ranked claims equal in ``group_keys`` + SET_KEY; -1 when not ranked) and
    ``not_ranked_because`` (see :func:`_not_ranked_because`)."""
    basis, count_window = _count_window(claims)
    ranked = ((claims["status"] == "current") & (claims["completeness"] == "full")).to_numpy(dtype=bool)
    later = _later_step(claims.assign(basis=basis, count_window=count_window, area=claims["admin1"]),
                        ranked, group_keys)
    ranked = ranked & (later == "")
    claims = claims.assign(basis=basis, count_window=count_window, area=claims["admin1"], ranked=ranked)
    sets = np.full(len(claims), -1, dtype="int64")
    if ranked.any():
        keys = list(group_keys) + list(SET_KEY)
        sets[ranked] = group_numbers(claims.loc[ranked, keys], keys)
    claims["comparable_set"] = sets
    because = _not_ranked_because(claims, group_keys)
    earlier = later != ""
    if earlier.any():
        because[earlier] = EARLIER_STEP + later[earlier]
    claims["not_ranked_because"] = because
    return claims


EARLIER_STEP = "an earlier step of its claimant's own running total, which stood later at "
"""The reason a running total is not ranked when its claimant's own series stood at a
later date in the same comparable set: a series that grows is not a disagreement."""


def _later_step(claims: pd.DataFrame, ranked: np.ndarray, group_keys=GROUP_KEY) -> np.ndarray:
    """Per claim, the last day its claimant's own running total stood at in the claim's
    comparable set (``group_keys`` + SET_KEY, current full counts only) when that day is
    later than the claim's own; "" for every other claim.

    A claimant's running total (``cumulative_since`` or ``stock_as_of``) stated on
    several days is one series that grows (a ministry's toll on 16 October and on
    4 December): only its latest step is set against other claimants' totals, so the
    series is never read as a spread, a disagreement or "cannot all be right"; the
    earlier steps stay in every table, with this reason, and in :func:`running_totals`."""
    out = np.full(len(claims), "", dtype=object)
    running = ranked & (claims["basis"] == "running total").to_numpy(dtype=bool)
    if running.sum() < 2:
        return out
    keys = list(dict.fromkeys([*group_keys, *SET_KEY, "claimant"]))
    r = claims.loc[running, keys]
    series = _alike(r, keys)  # only which claims share a series matters, not the series' order
    window_end = claims.loc[running, "window_end"]
    if isinstance(window_end.dtype, pd.CategoricalDtype):  # days compared by code: no text per claim
        window_end = dates.categorical_text(window_end)  # sorted categories: code order is text order
        day = window_end.cat.codes.to_numpy()
        last = pd.Series(day).groupby(series).transform("max").to_numpy()
        behind = day < last
        out[np.flatnonzero(running)[behind]] = window_end.cat.categories.to_numpy(dtype=object)[last[behind]]
        return out
    day = window_end.astype("str").to_numpy(dtype=object)
    last = pd.Series(day).groupby(series).transform("max").to_numpy(dtype=object)
    behind = day < last
    out[np.flatnonzero(running)[behind]] = last[behind]
    return out


def _not_ranked_because(claims: pd.DataFrame, group_keys=GROUP_KEY) -> pd.Series:
    """Why each claim is not ranked (status, completeness), or, for a ranked claim alone
    in its comparable set while its group holds other ranked claims, what sets it apart:
    each of unit, perpetrators, area and window that no other ranked claim of the group
    shares, or all four when each is shared but never together ("" for every other
    claim). Built column by column in Arrow, never row by row: each reason is a mask,
    its words made for the rows it covers (a categorical's once per category), and every
    claim takes its reason's text by position."""
    n = len(claims)
    empty = pa.scalar("", pa.large_string())
    comp, status = claims["completeness"], claims["status"]
    pieces, at = [pa.array([""], type=pa.large_string())], np.zeros(n, dtype="int64")  # at: text per claim

    def add(rows: np.ndarray, text: pa.Array) -> None:  # one text per row, or one for all; later reasons win
        at[rows] = sum(len(p) for p in pieces) + (np.arange(len(rows)) if len(text) == len(rows) else 0)
        pieces.append(text)

    why = [(comp == "partial", "partial count: ", "completeness_basis"),
           (comp == "floor_from_sample", "partial count (a floor from a sample): ", "completeness_basis"),
           (status == "retracted", "retracted", None), (status == "superseded", "superseded by ", "superseded_by")]
    for mask, words, column in why:  # later rules win: status before completeness
        mask = mask.to_numpy(dtype=bool)
        if mask.any():
            add(np.flatnonzero(mask), _worded(words, claims[column], mask) if column
                else pa.array([words], type=pa.large_string()))
    ranked = claims["ranked"].to_numpy(dtype=bool)
    if ranked.sum() >= 2:
        r = claims.loc[ranked, list(dict.fromkeys([*group_keys, *SET_KEY]))]  # the keys only: not every text column
        group = _alike(r, list(group_keys))
        alone = (_alike_count(_alike(r, list(group_keys) + list(SET_KEY))) == 1) & (_alike_count(group) > 1)
        if alone.any():
            a = r[alone]  # the claims alone in their set: only their words are made text
            texts = {"unit": _worded("counts ", a["unit"]),
                     "perpetrator_scope": _worded("perpetrators: ", a["perpetrator_scope"], meaning=PERPETRATOR_WORDS),
                     "area": _worded("area ", a["area"]),
                     "window": pc.binary_join_element_wise(_worded("", a["basis"]), _worded("", a["count_window"]),
                                                           pa.scalar(" ", pa.large_string()))}
            keys = {"unit": ["unit"], "perpetrator_scope": ["perpetrator_scope"], "area": ["area"],
                    "window": ["basis", "count_window"]}
            r = r.assign(_g=group)
            differs = {d: (_alike_count(_alike(r, ["_g", *keys[d]])) == 1)[alone] for d in texts}
            none = ~np.logical_or.reduce(list(differs.values()))
            parts = [pc.if_else(pa.array(differs[d] | none), texts[d], pa.scalar(None, pa.large_string()))
                     for d in texts]
            joined = pc.binary_join_element_wise(*parts, pa.scalar("; ", pa.large_string()), null_handling="skip")
            add(np.flatnonzero(ranked)[alone], pc.binary_join_element_wise(
                pa.scalar("nothing comparable in its group: ", pa.large_string()), joined, empty))
    out = pc.take(pa.concat_arrays(pieces), pa.array(at))
    return pd.Series(out.to_pandas().array, index=claims.index, dtype="str")


def _worded(words: str, values: pd.Series, keep: np.ndarray | None = None, *,
            meaning: dict[str, str] | None = None) -> pa.Array:
    """``words`` followed by each value's text (at the rows ``keep``, if given; through
    ``meaning`` where it has the value), as Arrow text. A categorical's text is made
    once per category and taken by code."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        categories = values.cat.categories.astype("str")
        codes = values.cat.codes.to_numpy()
        codes = codes if keep is None else codes[keep]
        if meaning:
            categories = pd.Index([meaning.get(c, c) for c in categories], dtype="str")
        text = pc.binary_join_element_wise(pa.scalar(words, pa.large_string()), arrow_text(categories),
                                           pa.scalar("", pa.large_string()))
        return pc.take(text, pa.array(codes, mask=codes < 0))
    values = values.astype("str") if keep is None else values[keep].astype("str")
    if meaning:
        values = dates.per_distinct(values, lambda v: meaning.get(v, v))
    return pc.binary_join_element_wise(pa.scalar(words, pa.large_string()), arrow_text(values),
                                       pa.scalar("", pa.large_string()))


class _Groups(NamedTuple):
    """Rows grouped by keys: ``codes`` each row's group (numbered in key order), ``order``
    the rows in group order (stable), ``starts`` where each group begins in ``order``,
    ``keys`` one row per group."""
    codes: np.ndarray
    order: np.ndarray
    starts: np.ndarray
    keys: pd.DataFrame

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(np.r_[self.starts, len(self.order)]).astype("int64")

    @property
    def first(self) -> np.ndarray:
        """Each group's first row."""
        return self.order[self.starts]

    def reduce(self, ufunc: np.ufunc, values: np.ndarray) -> np.ndarray:
        """``ufunc`` reduced over each group's ``values`` (one per row, in row order)."""
        if not len(self.starts):
            return np.zeros(0, dtype=np.asarray(values).dtype)
        return ufunc.reduceat(np.asarray(values)[self.order], self.starts)


def _groups(side: pd.DataFrame, keys=GROUP_KEY) -> _Groups:
    """Groups of ``side`` by ``keys``, numbered as ``groupby(keys, sort=True,
    observed=True)`` numbers them. Keys that are all categoricals with no missing value
    (as the comparison's are) are combined from their codes (the order groupby sorts
    them in) into one integer and sorted once, not hashed and grouped by pandas."""
    columns = [side[k] for k in keys]
    key, size = None, 1
    if all(isinstance(c.dtype, pd.CategoricalDtype) for c in columns):
        for column in columns:
            codes = column.cat.codes.to_numpy().astype("int64")
            if (codes < 0).any():
                key = None
                break
            key, size = _combine(key, size, codes, max(len(column.cat.categories), 1))
    if key is None:
        key = side.groupby(list(keys), sort=True, observed=True).ngroup().to_numpy()
    order = np.argsort(key, kind="stable")
    opens = np.r_[True, key[order][1:] != key[order][:-1]] if len(key) else np.zeros(0, dtype=bool)
    starts = np.flatnonzero(opens)
    codes = np.empty(len(key), dtype="int64")
    codes[order] = np.cumsum(opens) - 1
    return _Groups(codes, order, starts, side.loc[:, list(keys)].take(order[starts]).reset_index(drop=True))


def _extremes(side: pd.DataFrame, groups: _Groups, origin_key: pd.Series,
              at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per group, the row of the claim with the lowest and the one with the highest stated
    value (ties: by claimant, then origin key; a missing value last). The origin key of
    ``side``'s row i is ``origin_key``'s at position ``at[i]``. A group of one claim is
    that claim: only the rows of larger groups are sorted, and only their keys taken."""
    low, high = groups.first.copy(), groups.first.copy()
    several = (groups.sizes > 1)[groups.codes]
    if several.any():
        group = groups.codes[several]
        rows = side.loc[several, ["claimant", "_stated"]].assign(
            _group=group, origin_key=origin_key.take(at[several]).array)
        rows_at = np.flatnonzero(several)
        for up, found in ((True, low), (False, high)):
            order = sort_order(rows, ["_group", "_stated", "claimant", "origin_key"], ascending=[True, up, True, True])
            first = order[np.r_[True, group[order][1:] != group[order][:-1]]]
            found[group[first]] = rows_at[first]
    return low, high


_SUMMARY_INPUTS = GROUP_KEY + SET_KEY + ("claimant", "claimant_is_party", "counting_basis", "value_as_reported",
                                        "value", "low", "high", "window_end", "figure_ids")


def _ranked_rows(side: pd.DataFrame) -> pd.DataFrame:
    """The ranked claims of ``side``, with only the columns the summaries read (copying
    every text column of a million claims cost more than the summaries themselves; the
    origin keys, a tie-break, are taken only where claims tie: see :func:`_extremes`)."""
    side = side.loc[side["ranked"].to_numpy(dtype=bool), list(_SUMMARY_INPUTS)]
    return side.assign(_stated=_stated(side))


def comparison_summary(side: pd.DataFrame) -> pd.DataFrame:
    """One row per comparable set of :func:`side_by_side` (its group and SET_KEY: the
    same unit, basis and window, perpetrator scope and area), over the ranked claims
    only: how many claims and claimants, who is lowest and highest (by stated value),
    spread = highest / lowest (2 decimals; empty when the lowest is 0), whether all
    [low, high] ranges share a common stretch (empty for a single claim) and that
    stretch, and whether the claims can all be right (``can_all_be_right``, empty for a
    single claim: :func:`set_conflict`; running totals of different days need not
    overlap, only not fall). Claims not ranked are in side-by-side, with the reason."""
    origin_key, at = side["origin_key"], np.flatnonzero(side["ranked"].to_numpy(dtype=bool))
    side = _ranked_rows(side)
    groups = _groups(side, GROUP_KEY + SET_KEY)
    codes, out = groups.codes, groups.keys
    n = len(out)
    party = side["claimant_is_party"].to_numpy(dtype=bool)
    low, high = _extremes(side, groups, origin_key, at)
    out["claims"] = groups.sizes
    out["claimants"] = distinct_count(codes, side["claimant"], n)
    out["claimant_ids"] = _join_per_group(codes, side["claimant"], n)
    out["party_claims"] = np.bincount(codes, weights=party, minlength=n).astype("int64")
    out["independent_claims"] = out["claims"].to_numpy() - out["party_claims"].to_numpy()
    stated = side["_stated"].to_numpy(dtype="float64")
    for end, rows in (("lowest", low), ("highest", high)):
        out[f"{end}_claimant"] = _arrow_values(side["claimant"]).take(pa.array(rows)).to_pandas().array
        out[f"{end}_value_as_reported"] = _arrow_values(side["value_as_reported"]).take(pa.array(rows)).to_pandas().array
        out[f"{end}_value"] = stated[rows]
    lowest = out["lowest_value"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        out["spread"] = np.where(lowest > 0, np.round(out["highest_value"].to_numpy() / lowest, 2), np.nan)
    # [low, high] ranges share a stretch when the highest low is at most the lowest high
    # (a missing high is open); a single claim has no verdict. fmax/fmin pass over a
    # missing bound, as max/min skip it.
    common_low = groups.reduce(np.fmax, side["low"].to_numpy(dtype="float64", na_value=np.nan))
    common_high = groups.reduce(np.fmin, side["high"].to_numpy(dtype="float64", na_value=np.nan))
    overlaps = np.isnan(common_high) | (common_low <= common_high)
    single = out["claims"].to_numpy() < 2
    out["ranges_overlap"] = pd.array(overlaps, dtype="boolean")
    out.loc[single, "ranges_overlap"] = pd.NA
    out["common_low"] = pd.array(np.where(overlaps & ~single, common_low, np.nan), dtype="Float64")
    out["common_high"] = pd.array(np.where(overlaps & ~single, common_high, np.nan), dtype="Float64")
    right = pd.array(_can_all_be_right(codes, n, side), dtype="boolean")
    right[single] = pd.NA
    out["can_all_be_right"] = right
    parents, ids = _split_ids(side["figure_ids"])
    out["figure_ids"] = _join_per_group(codes[parents], ids, n)
    return _typed(out.loc[:, list(SUMMARY_COLUMNS)])


class Conflict(NamedTuple):
    """Why the claims of one comparable set cannot all be right: ``kind`` "same day"
    (``first``, the claim with the highest low that day, and ``second``, the one with the
    lowest high, do not overlap) or "fell" (``first``, a running total, is above the upper
    bound of ``second``, a running total from the same start that stood later); ``first``
    and ``second`` are index labels of the set's frame, ``day`` the first's window end."""
    kind: str
    first: object
    second: object
    day: str


def set_conflict(claims: pd.DataFrame) -> Conflict | None:
    """The first reason the claims of one comparable set (ranked claims that count the
    same thing) cannot all be right, in the order of the days they stood at; None when
    they can all be right.

    Each claim is its [low, high] range under the bound profile (an empty high open) at
    its window end, the day the count stood at. Claims of one day count one number: they
    must share a common stretch. Running totals (``cumulative_since``) from one start
    only grow: a total that stood earlier must be at most the upper bound of every total
    that stood later; that it is lower is no disagreement (it counts fewer days). Counts
    at a date (``stock_as_of``: people in a building) can rise or fall, so counts of
    different days are never set against each other. So WHO's 3,200 injured on 20 April
    and a ministry's 4,599 on 1 May can both be right; a total of 5,000 on 20 April and
    one of 4,599 on 1 May cannot (the toll would have fallen), nor can 2,174 and 4,599
    both on 1 May."""
    if len(claims) < 2:
        return None
    low = claims["low"].astype("float64")
    high = claims["high"].astype("float64")
    day = claims["window_end"].astype("str")
    cumulative = (claims["counting_basis"].astype("str") == "cumulative_since").to_numpy(dtype=bool)
    earlier_top = None  # the earlier running total with the highest low so far
    for d in sorted(day.unique()):
        on = (day == d).to_numpy(dtype=bool)
        lows, highs = low[on], high[on]
        if highs.notna().any() and lows.max() > highs.min():
            return Conflict("same day", lows.idxmax(), highs.idxmin(), d)
        later = on & cumulative
        if earlier_top is not None and high[later].notna().any() and low[earlier_top] > high[later].min():
            return Conflict("fell", earlier_top, high[later].idxmin(), str(day[earlier_top]))
        if later.any():
            top = low[later].idxmax()
            if earlier_top is None or low[top] > low[earlier_top]:
                earlier_top = top
    return None


def _can_all_be_right(codes: np.ndarray, n: int, side: pd.DataFrame) -> np.ndarray:
    """Per group numbered 0..n-1 (``codes``, a group per row of ``side``): can its claims
    all be right (:func:`set_conflict` is None)? By (group, day) cells, not row by row:
    the claims of one day must share a stretch (highest low at most lowest high), and a
    running total (``cumulative_since``) must be at most the upper bound of every running
    total of the group that stood later (the greatest low of the days up to each day, at
    most that day's lowest high)."""
    if not len(codes):
        return np.zeros(n, dtype=bool)
    day, _ = pd.factorize(side["window_end"].astype("str"), sort=True)  # codes in day order
    low = side["low"].to_numpy(dtype="float64", na_value=np.nan)
    high = side["high"].to_numpy(dtype="float64", na_value=np.nan)
    cumulative = (side["counting_basis"].astype("str") == "cumulative_since").to_numpy(dtype=bool)
    cells = pd.DataFrame({"group": codes, "day": day, "low": low, "high": high,
                          "cum_low": np.where(cumulative, low, -np.inf),
                          "cum_high": np.where(cumulative, high, np.nan)})
    per = cells.groupby(["group", "day"], sort=True).agg(
        low=("low", "max"), high=("high", "min"), cum_low=("cum_low", "max"), cum_high=("cum_high", "min"))
    group = per.index.get_level_values("group").to_numpy()
    rising = per["cum_low"].groupby(group).cummax().to_numpy()  # the greatest low of running totals so far
    wrong = (per["low"].to_numpy() > per["high"].to_numpy()) | (rising > per["cum_high"].to_numpy())
    return ~np.bincount(group, weights=wrong, minlength=n).astype(bool)


def party_vs_independent(side: pd.DataFrame) -> pd.DataFrame:
    """Per comparable set (as in :func:`comparison_summary`, ranked claims only), what
    parties to the conflict said against what independent sources said: claimants,
    lowest and highest stated value, figure ids, and party highest / independent
    highest (2 decimals) when both spoke about the same thing."""
    side = _ranked_rows(side)
    groups = _groups(side, GROUP_KEY + SET_KEY)
    codes, out = groups.codes, groups.keys
    n = len(out)
    party = side["claimant_is_party"].astype(bool).to_numpy()
    stated = side["_stated"].to_numpy(dtype="float64")
    parents, ids = _split_ids(side["figure_ids"])
    for name, part in (("party", party), ("independent", ~party)):
        out[f"{name}_claimants"] = _join_per_group(codes[part], side.loc[part, "claimant"], n)
        # a claim of the other side, or with no stated number, is passed over (min/max skip it)
        out[f"{name}_lowest"] = groups.reduce(np.fmin, np.where(part, stated, np.nan))
        out[f"{name}_highest"] = groups.reduce(np.fmax, np.where(part, stated, np.nan))
        out[f"{name}_figure_ids"] = _join_per_group(codes[parents][part[parents]], ids[part[parents]], n)
    both = (out["party_claimants"] != "") & (out["independent_claimants"] != "") & (out["independent_highest"] > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.round(out["party_highest"].to_numpy() / out["independent_highest"].to_numpy(), 2)
    out["party_over_independent"] = np.where(both, ratio, np.nan)
    return _typed(out.loc[:, list(PARTY_COLUMNS)])


def compare_window(
    df: pd.DataFrame,
    metric: str,
    start: str,
    end: str,
    places=(),
    population: str | None = None,
    include_incidents: bool = False,
    admin1: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every claim about ``metric`` that stood at a date in ``start``..``end`` (partial
    ISO dates): its window *ends* in the requested window. Relays count once. For
    questions like "people displaced, late October 2015"
    (``compare_window(ledger, "displaced", "2015-10-20", "2015-10-31")``) or
    "civilians killed by late November 2015": a running total since 30 September
    overlaps every later window, so overlap alone would pull in December's totals.

    ``places`` as in :func:`crosstally.tabulate.filter_figures` (whole-country figures
    are left out under a place filter); ``population`` None = every population;
    context figures are never included, incident tolls only with
    ``include_incidents``.

    Columns (COMPARE_WINDOW_COLUMNS), one row per claim, sorted by claimant, then
    window end, then value:
    claimant, claimant_name, claimant_type, claimant_is_party (bool), metric,
    population, counting_basis, value_as_reported (relay wordings joined by " | "),
    value, value_max (float, as stated), low, high (Int64 bounds; high missing =
    open), period_start, period_end (partial ISO as in the ledger), window_start,
    window_end ("YYYY-MM-DD", the days the figure covers; categoricals of text, like
    the other repeating columns), admin1, place_coverage,
    n_outlets, outlets (";"-joined outlet ids), figure_ids (";"-joined), origin_key.
    """
    figs = filter_figures(df, metrics=[metric], places=places, period_start=start,
                          period_end=end, admin1=admin1)
    if population is not None:
        figs = figs[figs["population"] == population]
    if not include_incidents:
        figs = figs[figs["counting_basis"] != "incident"]
    lo, hi = dates.window_bounds(start, end)
    ends = dates.effective_window(figs)["window_end"]
    figs = figs[(ends >= lo) & (ends <= hi)]
    claims = comparable(collapse_relays(figs), ("metric", "population")).sort_values(
        ["claimant", "window_end", "value", "origin_key"], kind="mergesort")
    return claims.loc[:, list(COMPARE_WINDOW_COLUMNS)].reset_index(drop=True)


# --------------------------------------------------------------------------- over time

def running_totals(df: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each claimant's running totals (counting_basis cumulative_since) as series.

    A series is one (claimant, metric, population, unit, scope, admin1, since =
    period_start); its points are claims (relays once) ordered by the date the total
    stood at (window end). ``as_of`` is period_end as reported (else that end date),
    ``window_end`` the last day it can mean ("YYYY-MM-DD", for plotting).

    ``step`` numbers the days a current total stood at, in order; ``change`` is the
    difference from the previous step (empty for the first). Two numbers for one day
    are one statement carried with several numbers, not a step: both rows share the
    step, ``note`` says so, and neither that step's change nor the next one's is
    computed. A superseded or retracted figure stays in its series, marked by
    ``status`` and ``note``, with no step and no change. Columns:
    RUNNING_TOTAL_COLUMNS. ``claims`` is ``collapse_relays(df)`` when the caller
    already has it.
    """
    claims = collapse_relays(df) if claims is None else claims
    cum = claims[claims["counting_basis"] == "cumulative_since"]
    cum = cum.assign(since=cum["period_start"], as_of=dates.first_nonempty(cum, ("period_end", "window_end")))
    cum = cum.take(sort_order(cum, SERIES_KEY + ["window_end", "value", "origin_key"]))
    current = (cum["status"] == "current").to_numpy(dtype=bool)
    series = group_numbers(cum, SERIES_KEY) if len(cum) else np.zeros(0, dtype="int64")
    day = group_numbers(cum, SERIES_KEY + ["window_end"]) if len(cum) else np.zeros(0, dtype="int64")
    note = np.where(current, "", "not a step: " + cum["status"].astype("str").to_numpy()
                    + np.where(cum["superseded_by"].astype("str").to_numpy() != "",
                               " by " + cum["superseded_by"].astype("str").to_numpy(), ""))
    step = np.full(len(cum), np.nan)
    change = np.full(len(cum), np.nan)
    if current.any():
        c = pd.DataFrame({"series": series[current], "day": day[current],
                          "value": cum["value"].to_numpy(dtype="float64")[current]})
        per_day = c.groupby("day", sort=True).agg(series=("series", "first"), values=("value", "nunique"),
                                                   value=("value", "first"))
        per_day["step"] = per_day.groupby("series").cumcount() + 1
        single = per_day["value"].where(per_day["values"] == 1)  # a day with several numbers has no value
        per_day["change"] = single - single.groupby(per_day["series"]).shift(1)
        step[current] = per_day["step"].reindex(c["day"]).to_numpy()
        change[current] = per_day["change"].reindex(c["day"]).to_numpy()
        tied = np.zeros(len(cum), dtype=bool)
        tied[current] = (per_day["values"].reindex(c["day"]) > 1).to_numpy()
        note = np.where(tied, "one statement, several numbers: not a step", note)
    cum = cum.assign(step=step, change=change, note=pd.Series(note, index=cum.index, dtype="str"))
    return _typed(cum.loc[:, list(RUNNING_TOTAL_COLUMNS)].reset_index(drop=True))


# --------------------------------------------------------------------------- findings

def _finding_frame(kind: str, rows: pd.DataFrame, date: pd.Series, detail: pd.Series,
                   figure_ids, explained_by=None) -> pd.DataFrame:
    """Findings of one kind, one per row of ``rows`` (whose claimant etc. they name)."""
    return pd.DataFrame({
        "finding": pd.Series(kind, index=rows.index, dtype="str"),
        **{c: rows[c].astype("str") for c in ("claimant", "claimant_name", "metric", "population")},
        "date": date, "detail": detail,
        "explained_by": pd.Series("" if explained_by is None else explained_by, index=rows.index, dtype="str"),
        "figure_ids": pd.Series(figure_ids, index=rows.index, dtype="str"),
    })


def _group_findings(kind: str, rows: pd.DataFrame, keys: list[str], date: str, describe,
                    explain: bool = False) -> pd.DataFrame:
    """One finding per group (``keys``) of ``rows``: named after the group's first row, its
    detail ``describe(first rows)`` followed by how each figure carried the number
    (highest first: "about 50,000 (Rozana FM, U01); ..."), its figure ids all of the group's."""
    rows = _plain(rows)
    codes = rows.groupby(keys, sort=True).ngroup().to_numpy()
    n = len(np.unique(codes))
    first = rows.assign(_group=codes).drop_duplicates("_group").sort_values("_group")
    order = rows.assign(_group=codes, _stated=_stated(rows)).sort_values(
        ["_group", "_stated", "figure_id"], ascending=[True, False, True])
    carried = _concat_per_group(order["_group"].to_numpy(),
                                order["value_as_reported"] + " (" + order["outlet_name"] + ", "
                                + order["figure_id"] + ")", n, "; ")
    explained = None
    if explain:  # figures that count different things: the scopes explain the different numbers
        parts = []
        for col, what in (("perpetrator_scope", "perpetrators"), ("completeness", "completeness")):
            values = _join_per_group(codes, rows[col], n, " vs ")
            several = rows.groupby(codes)[col].nunique().to_numpy() > 1
            parts.append(np.where(several, what + " differ (" + pd.Series(values).to_numpy(dtype=object) + ")", ""))
        explained = ["; ".join(p for p in ps if p) for ps in zip(*parts)]
    return _finding_frame(kind, first, first[date], describe(first) + carried,
                          _join_per_group(codes, rows["figure_id"], n), explained)


def _contradicting(work: pd.DataFrame, group: np.ndarray) -> np.ndarray:
    """Per row of ``work``: does its group (``group``, a number per row; -1 for none)
    hold two figures with different numbers, whatever the outlets that carried them
    (one outlet can print two numbers for one thing)?

    A number is (value, value_max), or the words, case-folded, when there are no digits.
    Only groups of two or more figures are looked at: most figures stand alone.
    """
    shared = (group >= 0) & (np.bincount(group + 1, minlength=1)[group + 1] > 1)
    out = np.zeros(len(work), dtype=bool)
    if shared.any():
        rows = work[shared]
        words = rows["value_as_reported"].str.casefold().where(rows["value"].isna(), "")
        number = rows.assign(_words=words).groupby(["value", "value_max", "_words"], dropna=False).ngroup()
        grouped = pd.DataFrame({"number": number.to_numpy()}).groupby(group[shared])
        out[shared] = (grouped["number"].transform("nunique") > 1).to_numpy()
    return out


def _place_key(place: pd.Series) -> pd.Series:
    """A figure's place for grouping: the words case-folded, spacing and punctuation aside
    ("Martuni", "martuni "); empty when none is given."""
    return place.fillna("").astype(str).str.casefold().str.replace(r"[^\w]+", " ", regex=True).str.strip()


def _day_precision(s: pd.Series) -> pd.Series:
    return dates.per_distinct(s, lambda v: v != "" and dates.precision(v) == "day").astype(bool)


def findings(df: pd.DataFrame, claims: pd.DataFrame | None = None,
             totals: pd.DataFrame | None = None) -> pd.DataFrame:
    """Inconsistencies to look at, one row each, naming the figures involved.

    - ``running_total_decreased``: a claimant's running total lower than its
      previous point (:func:`running_totals`).
    - ``same_statement_different_values``: one statement, several numbers: one
      claimant's figures for the same thing (metric, population, unit, counting basis,
      admin1, place, scope, perpetrator scope, completeness), the same window and the same day
      stated (statement_date, else published), with different values, whatever the
      outlets (one outlet or several). Not for a claimant of type ``witness``: such a
      source names the people one investigation interviewed (AP's theatre witnesses,
      HRW's interviewees), and their numbers on one day are several people's accounts,
      not one statement carried differently; they stay same-period findings.
    - ``same_period_different_values``: one claimant's figures for the same stated
      period (period_start and period_end both given; same metric, population, unit,
      counting basis, admin1, place and scope) with different values, whatever the outlets,
      when not already a same-statement finding. ``explained_by`` says when the
      figures count different perpetrators or one is a partial count, which explains
      the difference (SOHR's about 70 and 353 civilians for 1-15 December 2015: the
      353 counts Russian and regime strikes); empty when nothing explains it.
    - Superseded and retracted figures drive none of these.
    - ``same_claim_different_wording``: one claim (origin_key) whose relays qualify
      the number differently ("140" in one outlet, "nearly 140" in another).
    - ``date_after_publication``: a period_end or statement_date that begins after the
      document's published date ends (a date was probably inferred wrongly).

    Columns: FINDING_COLUMNS, sorted by finding, claimant, metric, population, date.
    ``claims`` is ``collapse_relays(df)`` and ``totals`` ``running_totals(df)`` when the
    caller already has them.
    """
    claims = collapse_relays(df) if claims is None else claims
    totals = running_totals(df, claims) if totals is None else totals
    frames = [_running_total_decreases(totals)]

    # A superseded or retracted figure never drives a contradiction.
    columns = ["claimant", "claimant_name", "metric", "population", "unit", "counting_basis", "admin1", "place",
               "scope", "perpetrator_scope", "completeness", "period_start", "period_end", "value",
               "value_max", "low", "value_as_reported", "outlet", "outlet_name", "figure_id"]
    current = _rows(df, (df["status"] == "current").to_numpy(dtype=bool),
                    columns + ["statement_date", "published", "claimant_type"])
    stated_on = dates.first_nonempty(current, ("statement_date", "published"))
    # the place as written, case and spacing aside: two villages of one admin-1 unit counted in one
    # statement are two counts, not one count carried with two numbers
    work = current.loc[:, columns].assign(_stated_on=stated_on, _place=_place_key(current["place"]))
    # scope: a context figure said in the same breath (US strikes beside Russian ones) is
    # another count, not the same count with another number; so is a count of other
    # perpetrators or a partial count (those are same-period findings, explained).
    key = ["claimant", "metric", "population", "unit", "counting_basis", "admin1", "_place", "scope"]
    statement = key + ["perpetrator_scope", "completeness", "period_start", "period_end", "_stated_on"]
    day = _day_precision(work["_stated_on"]).to_numpy()
    if "claimant_type" in current.columns:  # several witnesses' accounts are not one statement
        day = day & (current["claimant_type"] != "witness").to_numpy(dtype=bool)
    same_statement = work.loc[day]
    # Each figure stated on a known day belongs to one statement (-1: none), flagged or not.
    statement_no = group_numbers(same_statement, statement)
    work["_statement"] = -1
    work.loc[day, "_statement"] = statement_no
    contradicting = _contradicting(same_statement, statement_no)
    work["_flagged"] = False
    work.loc[day, "_flagged"] = contradicting
    frames.append(_group_findings("same_statement_different_values", same_statement[contradicting], statement,
                                  "_stated_on", lambda f: "statement of " + f["_stated_on"] + " carried as: "))

    period = key + ["period_start", "period_end"]
    same_period = work[(work["period_start"] != "") & (work["period_end"] != "")]
    period_no = group_numbers(same_period, period)
    same_period = same_period[_contradicting(same_period, period_no)]
    # A period finding that lies wholly inside one flagged statement says nothing new.
    grouped = same_period.groupby(period, sort=False)
    inside_flagged = ((grouped["_statement"].transform("nunique") == 1) & (same_period["_statement"] >= 0)
                      & grouped["_flagged"].transform("all"))
    frames.append(_group_findings(
        "same_period_different_values", same_period[~inside_flagged], period, "period_end",
        lambda f: "period " + f["period_start"] + ".." + f["period_end"] + " carried as: ", explain=True))

    relayed_keys = claims.loc[claims["n_figures"] > 1, "origin_key"]  # claims carried by several figures
    relayed = df[df["origin_key"].isin(relayed_keys)] if len(relayed_keys) else df.iloc[:0]
    worded = relayed[relayed.groupby("origin_key")["qualifier"].transform("nunique") > 1]
    frames.append(_group_findings("same_claim_different_wording", worded, ["origin_key"], "period_end",
                                  lambda f: pd.Series("one claim carried as: ", index=f.index, dtype="str")))

    frames += _dates_after_publication(df)
    out = pd.concat(frames, ignore_index=True).loc[:, list(FINDING_COLUMNS)]
    return out.sort_values(["finding", "claimant", "metric", "population", "date", "figure_ids"],
                           kind="mergesort").reset_index(drop=True)


def _running_total_decreases(totals: pd.DataFrame) -> pd.DataFrame:
    """``running_total_decreased`` findings: each point below the previous one of its series."""
    totals = totals[(totals["status"] == "current").to_numpy(dtype=bool)]
    prev = totals.groupby(SERIES_KEY, sort=False, observed=True)[
        ["value_as_reported", "as_of", "figure_ids"]].shift(1)
    fell = (totals["change"] < 0).fillna(False).to_numpy(dtype=bool)
    r, p = _plain(totals[fell]), _plain(prev[fell])
    detail = ("running total since " + r["since"].where(r["since"] != "", "?") + " fell from "
              + p["value_as_reported"] + " (as of " + p["as_of"] + ") to " + r["value_as_reported"]
              + " (as of " + r["as_of"] + ")")
    parents, ids = _split_ids(p["figure_ids"] + ";" + r["figure_ids"])
    return _finding_frame("running_total_decreased", r, r["as_of"], detail,
                          _join_per_group(parents, ids, len(r)))


def _rows(df: pd.DataFrame, keep: np.ndarray, columns: list[str]) -> pd.DataFrame:
    """The rows ``keep`` of ``df``, only its ``columns`` (those it has): a selection copies
    the columns it is asked for, not every column of the ledger; all rows, none."""
    columns = [c for c in dict.fromkeys(columns) if c in df.columns]
    return df.loc[:, columns] if keep.all() else df.loc[keep, columns]


def _dates_after_publication(df: pd.DataFrame) -> list[pd.DataFrame]:
    """``date_after_publication`` findings: for period_end, then for statement_date."""
    published = _rows(df, (df["published"] != "").to_numpy(dtype=bool),
                      ["claimant", "claimant_name", "metric", "population", "published", "period_end",
                       "statement_date", "figure_id"])
    published_end = pd.to_datetime(
        dates.per_distinct(published["published"], lambda s: dates.parse_partial_date(s)[1]))
    frames = []
    for col in ("period_end", "statement_date"):
        start = dates.per_distinct(published[col], lambda s: dates.parse_partial_date(s)[0] if s else pd.NaT)
        late = _plain(published[(pd.to_datetime(start) > published_end).to_numpy(dtype=bool)])
        frames.append(_finding_frame(
            "date_after_publication", late, late[col],
            col + " " + late[col] + " is after the document's published date " + late["published"],
            late["figure_id"]))
    return frames
