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
- place is not a grouping key: claimants rarely name the same set of governorates,
  so place is chosen by the filter (``places``) and each row shows its ``admin1``
  and ``place_coverage``.

Highest, lowest and spread use the number as stated (``value``; the lower number
of a stated range; the profile's low bound for number words like "dozens");
whether ranges overlap uses ``low``/``high`` from the bound profile, a missing
``high`` being open.
"""
from __future__ import annotations

from itertools import combinations

import pandas as pd

from . import dates
from .tabulate import with_place_coverage, filter_figures

CLAIM_COLUMNS = (
    "origin_key", "metric", "population", "claimant", "claimant_name", "claimant_type",
    "claimant_is_party", "counting_basis", "value_as_reported", "value", "value_max",
    "low", "high", "bound_profile", "period_start", "period_end", "window_start", "window_end",
    "reported", "admin1", "place_coverage", "n_figures", "n_outlets", "outlets", "figure_ids",
)
GROUP_KEY = ("metric", "population", "kind", "window")
SIDE_BY_SIDE_COLUMNS = GROUP_KEY + tuple(c for c in CLAIM_COLUMNS if c not in ("metric", "population"))
SUMMARY_COLUMNS = GROUP_KEY + (
    "claims", "claimants", "claimant_ids", "party_claims", "independent_claims",
    "lowest_claimant", "lowest_value_as_reported", "lowest_value",
    "highest_claimant", "highest_value_as_reported", "highest_value",
    "spread", "ranges_overlap", "common_low", "common_high", "figure_ids",
)
PARTY_COLUMNS = GROUP_KEY + (
    "party_claimants", "party_lowest", "party_highest", "party_figure_ids",
    "independent_claimants", "independent_lowest", "independent_highest",
    "independent_figure_ids", "party_over_independent",
)
RUNNING_TOTAL_COLUMNS = (
    "claimant", "claimant_name", "claimant_is_party", "metric", "population", "since", "as_of",
    "window_end", "step", "value_as_reported", "value", "low", "high", "change", "n_outlets", "outlets",
    "figure_ids", "origin_key",
)
RELAY_COUNT_COLUMNS = ("metric", "claimant", "claimant_name", "figures", "claims", "relayed_claims", "outlets")
FINDING_COLUMNS = ("finding", "claimant", "claimant_name", "metric", "population", "date", "detail", "figure_ids")
COMPARE_WINDOW_COLUMNS = (
    "claimant", "claimant_name", "claimant_type", "claimant_is_party", "metric", "population",
    "counting_basis", "value_as_reported", "value", "value_max", "low", "high",
    "period_start", "period_end", "window_start", "window_end", "admin1", "place_coverage",
    "n_outlets", "outlets", "figure_ids", "origin_key",
)


def _join(values, sep: str = ";") -> str:
    return sep.join(sorted({v for v in values if v != ""}))


def _day(ts) -> str:
    return "" if pd.isna(ts) else ts.strftime("%Y-%m-%d")


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
    if "ranges_overlap" in out.columns:
        out["ranges_overlap"] = out["ranges_overlap"].astype("boolean")
    return out


def _stated(df: pd.DataFrame) -> pd.Series:
    """The number as stated, for ranking; number words ("dozens") use their low bound."""
    return df["value"].astype("float64").fillna(df["low"].astype("float64"))


# --------------------------------------------------------------------------- relays

def collapse_relays(df: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (origin_key), with the figures and outlets that carried it.

    Within a claim the key fields agree by construction; wordings (value_as_reported)
    and admin1 codings that differ between relays are all kept, joined by " | ".
    ``low`` is the lowest and ``high`` the highest bound among the relays (open if
    any is open); ``reported`` the earliest reported date. Columns: CLAIM_COLUMNS.
    """
    empty_key = df.loc[df["origin_key"] == "", "figure_id"]
    if len(empty_key):
        raise ValueError(f"figure(s) {', '.join(empty_key)} have an empty origin_key")
    df = with_place_coverage(df)
    win = dates.effective_window(df)
    work = df.assign(
        reported=dates.reported_date(df), window_start=win["window_start"], window_end=win["window_end"],
    ).sort_values("figure_id", kind="mergesort")
    rows = []
    for key, g in work.groupby("origin_key", sort=True):
        first = g.iloc[0]
        rows.append({
            "origin_key": key,
            **{c: first[c] for c in ("metric", "population", "claimant", "claimant_name",
                                      "claimant_type", "claimant_is_party", "value", "value_max",
                                      "period_start", "period_end")},
            "counting_basis": _join(g["counting_basis"], " | "),
            "value_as_reported": _join(g["value_as_reported"], " | "),
            "low": g["low"].min(),
            "high": pd.NA if g["high"].isna().any() else g["high"].max(),
            "bound_profile": _join(g["bound_profile"], " | "),
            "window_start": _day(g["window_start"].min()),
            "window_end": _day(g["window_end"].max()),
            "reported": min((r for r in g["reported"] if r), default=""),
            "admin1": _join(g["admin1"], " | "),
            "place_coverage": _join(g["place_coverage"], " | "),
            "n_figures": len(g),
            "n_outlets": g["outlet"].nunique(),
            "outlets": _join(g["outlet"]),
            "figure_ids": _join(g["figure_id"]),
        })
    return _typed(pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)))


def relay_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Per metric and claimant: ledger figures, independent claims (relays counted
    once), claims carried by more than one outlet, and distinct outlets."""
    claims = collapse_relays(df)
    rows = []
    for (metric, claimant), g in df.groupby(["metric", "claimant"], sort=True):
        c = claims[(claims["metric"] == metric) & (claims["claimant"] == claimant)]
        rows.append((metric, claimant, g["claimant_name"].iloc[0], len(g), len(c),
                     int((c["n_outlets"] > 1).sum()), g["outlet"].nunique()))
    return pd.DataFrame(rows, columns=list(RELAY_COUNT_COLUMNS))


# --------------------------------------------------------------------------- side by side

def side_by_side(df: pd.DataFrame) -> pd.DataFrame:
    """Every claim with its comparison group (metric, population, kind, window month),
    highest stated value first within a group. Columns: SIDE_BY_SIDE_COLUMNS."""
    claims = collapse_relays(df)
    claims["kind"] = claims["counting_basis"].map(lambda b: "incident" if b == "incident" else "total")
    claims["window"] = claims["window_end"].str[:7].replace("", "undated")
    claims["_stated"] = _stated(claims)
    claims = claims.sort_values(
        ["metric", "population", "kind", "window", "_stated", "claimant", "origin_key"],
        ascending=[True, True, True, True, False, True, True], kind="mergesort",
    )
    return claims.loc[:, list(SIDE_BY_SIDE_COLUMNS)].reset_index(drop=True)


def _overlap(g: pd.DataFrame):
    """(overlap?, common_low, common_high) of the claims' [low, high] ranges."""
    if len(g) < 2:
        return pd.NA, pd.NA, pd.NA
    lo = g["low"].max()
    highs = g["high"].dropna()
    hi = highs.min() if len(highs) else pd.NA
    overlaps = bool(pd.isna(hi) or lo <= hi)
    return overlaps, (lo if overlaps else pd.NA), (hi if overlaps else pd.NA)


def comparison_summary(side: pd.DataFrame) -> pd.DataFrame:
    """One row per comparison group of :func:`side_by_side`: how many claims and
    claimants, who is lowest and highest (by stated value), spread = highest / lowest
    (2 decimals; empty when the lowest is 0), whether all [low, high] ranges share a
    common stretch (empty for a single claim) and that stretch."""
    rows = []
    for key, g in side.groupby(list(GROUP_KEY), sort=True):
        g = g.assign(_stated=_stated(g))
        order = g.sort_values(["_stated", "claimant", "origin_key"], kind="mergesort")
        low, high = order.iloc[0], order.sort_values(
            ["_stated", "claimant", "origin_key"], ascending=[False, True, True], kind="mergesort").iloc[0]
        spread = round(high["_stated"] / low["_stated"], 2) if low["_stated"] > 0 else float("nan")
        overlaps, common_low, common_high = _overlap(g)
        rows.append((*key, len(g), g["claimant"].nunique(), _join(g["claimant"]),
                     int(g["claimant_is_party"].sum()), int((~g["claimant_is_party"]).sum()),
                     low["claimant"], low["value_as_reported"], low["_stated"],
                     high["claimant"], high["value_as_reported"], high["_stated"],
                     spread, overlaps, common_low, common_high,
                     _join(";".join(g["figure_ids"]).split(";"))))
    return _typed(pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS)))


def party_vs_independent(side: pd.DataFrame) -> pd.DataFrame:
    """Per comparison group, what parties to the conflict said against what
    independent sources said: claimants, lowest and highest stated value, figure ids,
    and party highest / independent highest (2 decimals) when both spoke."""
    rows = []
    for key, g in side.groupby(list(GROUP_KEY), sort=True):
        g = g.assign(_stated=_stated(g))
        sides = []
        for part in (g[g["claimant_is_party"]], g[~g["claimant_is_party"]]):
            if len(part):
                sides += [_join(part["claimant"]), part["_stated"].min(), part["_stated"].max(),
                          _join(";".join(part["figure_ids"]).split(";"))]
            else:
                sides += ["", float("nan"), float("nan"), ""]
        ratio = (round(sides[2] / sides[6], 2)
                 if sides[0] and sides[4] and sides[6] > 0 else float("nan"))
        rows.append((*key, *sides, ratio))
    return _typed(pd.DataFrame(rows, columns=list(PARTY_COLUMNS)))


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
    window_end ("YYYY-MM-DD", the days the figure covers), admin1, place_coverage,
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
    claims = collapse_relays(figs).sort_values(
        ["claimant", "window_end", "value", "origin_key"], kind="mergesort")
    return claims.loc[:, list(COMPARE_WINDOW_COLUMNS)].reset_index(drop=True)


# --------------------------------------------------------------------------- over time

def running_totals(df: pd.DataFrame) -> pd.DataFrame:
    """Each claimant's running totals (counting_basis cumulative_since) as series.

    A series is one (claimant, metric, population, since = period_start); its points
    are claims (relays once) ordered by the date the total stood at (window end).
    ``as_of`` is period_end as reported (else that end date), ``window_end`` the last
    day it can mean ("YYYY-MM-DD", for plotting); ``change`` is the difference from
    the previous point (empty for the first). Columns:
    RUNNING_TOTAL_COLUMNS.
    """
    claims = collapse_relays(df)
    cum = claims[claims["counting_basis"] == "cumulative_since"].copy()
    cum["since"] = cum["period_start"]
    cum["as_of"] = cum["period_end"].where(cum["period_end"] != "", cum["window_end"])
    series = ["claimant", "metric", "population", "since"]
    cum = cum.sort_values(series + ["window_end", "value", "origin_key"], kind="mergesort")
    grouped = cum.groupby(series, sort=False)
    cum["step"] = grouped.cumcount() + 1
    cum["change"] = grouped["value"].diff()
    return _typed(cum.loc[:, list(RUNNING_TOTAL_COLUMNS)].reset_index(drop=True))


# --------------------------------------------------------------------------- findings

def _finding(kind, row, date, detail, ids):
    return (kind, row["claimant"], row["claimant_name"], row["metric"], row["population"],
            date, detail, _join(ids))


def _number(r) -> tuple:
    """What a figure states, comparable across rows (NaN-safe; number words by text)."""
    value = None if pd.isna(r.value) else r.value
    value_max = None if pd.isna(r.value_max) else r.value_max
    return value, value_max, r.value_as_reported.casefold() if value is None else ""


def _contradicting(g: pd.DataFrame) -> bool:
    """Two figures with different numbers carried by different outlets."""
    return any(
        _number(a) != _number(b) and a.outlet != b.outlet
        for a, b in combinations(g.itertuples(index=False), 2)
    )


def _carried(g: pd.DataFrame) -> str:
    g = g.assign(_stated=_stated(g)).sort_values(["_stated", "figure_id"], ascending=[False, True])
    return "; ".join(f"{r.value_as_reported} ({r.outlet_name}, {r.figure_id})" for r in g.itertuples())


def _day_precision(s: pd.Series) -> pd.Series:
    return s.map(lambda v: v != "" and dates.precision(v) == "day").astype(bool)


def findings(df: pd.DataFrame) -> pd.DataFrame:
    """Inconsistencies to look at, one row each, naming the figures involved.

    - ``running_total_decreased``: a claimant's running total lower than its
      previous point (:func:`running_totals`).
    - ``same_statement_different_values``: one claimant's statement (same metric,
      population, counting basis, admin1 and day stated: statement_date, else
      published) carried with different values by different outlets.
    - ``same_period_different_values``: the same for figures covering the same stated
      period (period_start and period_end both given), when not already a
      same-statement finding.
    - ``same_claim_different_wording``: one claim (origin_key) whose relays qualify
      the number differently ("140" in one outlet, "nearly 140" in another).
    - ``date_after_publication``: a period_end or statement_date that begins after the
      document's published date ends (a date was probably inferred wrongly).

    Columns: FINDING_COLUMNS, sorted by finding, claimant, metric, population, date.
    """
    rows = []
    totals = running_totals(df)
    for _, g in totals.groupby(["claimant", "metric", "population", "since"], sort=True):
        prev = None
        for _, r in g.iterrows():
            if prev is not None and pd.notna(r["change"]) and r["change"] < 0:
                rows.append(_finding(
                    "running_total_decreased", r, r["as_of"],
                    f"running total since {r['since'] or '?'} fell from {prev['value_as_reported']} "
                    f"(as of {prev['as_of']}) to {r['value_as_reported']} (as of {r['as_of']})",
                    prev["figure_ids"].split(";") + r["figure_ids"].split(";")))
            prev = r

    stated_on = df["statement_date"].where(df["statement_date"] != "", df["published"])
    work = df.assign(_stated_on=stated_on)
    same_statement = work.loc[_day_precision(work["_stated_on"])]
    flagged: list[set[str]] = []
    key = ["claimant", "metric", "population", "counting_basis", "admin1"]
    for _, g in same_statement.groupby(key + ["_stated_on"], sort=True):
        if _contradicting(g):
            flagged.append(set(g["figure_id"]))
            first = g.iloc[0]
            rows.append(_finding("same_statement_different_values", first, first["_stated_on"],
                                 f"statement of {first['_stated_on']} carried as: {_carried(g)}",
                                 g["figure_id"]))

    same_period = work[(work["period_start"] != "") & (work["period_end"] != "")]
    for _, g in same_period.groupby(key + ["period_start", "period_end"], sort=True):
        ids = set(g["figure_id"])
        if _contradicting(g) and not any(ids <= f for f in flagged):
            first = g.iloc[0]
            period = f"{first['period_start']}..{first['period_end']}"
            rows.append(_finding("same_period_different_values", first, first["period_end"],
                                 f"period {period} carried as: {_carried(g)}", ids))

    for _, g in df.groupby("origin_key", sort=True):
        if g["qualifier"].nunique() > 1:
            first = g.iloc[0]
            rows.append(_finding("same_claim_different_wording", first, first["period_end"],
                                 f"one claim carried as: {_carried(g)}", g["figure_id"]))

    for _, r in df[df["published"] != ""].iterrows():
        published_end = dates.parse_partial_date(r["published"])[1]
        for col in ("period_end", "statement_date"):
            if r[col] and dates.parse_partial_date(r[col])[0] > published_end:
                rows.append(_finding("date_after_publication", r, r[col],
                                     f"{col} {r[col]} is after the document's published date "
                                     f"{r['published']}", [r["figure_id"]]))

    out = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    return out.sort_values(["finding", "claimant", "metric", "population", "date", "figure_ids"],
                           kind="mergesort").reset_index(drop=True)
