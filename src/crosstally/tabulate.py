"""Selecting figures from the ledger and tabulating them by claimant and date.

Every table here has a fixed column order and a full, deterministic sort (ending in
``figure_id``), so the CSVs written from them are byte-identical on rerun.

Place filter (``places``): each entry is an admin-1 p-code (for example "SY02") or a
name or alias from the case's ``data/raw/rules/admin1.csv`` ("Aleppo", "Halab"). A
figure matches when its ``admin1`` list contains one of the requested codes.

- Whole-country figures (admin1 is the country's own code, the row of admin1.csv whose
  code begins every other code, e.g. "SY") do **not** match an admin-1 filter: a total
  for all of Syria says nothing about how much of it happened in Aleppo. They are
  counted on their own line of :func:`filter_summary` so the analyst sees how many
  were left out. Asking for "SY" selects exactly the whole-country figures.
- A figure naming several governorates ("SY02;SY05;SY07") matches each of them. The
  column ``place_coverage`` added by :func:`filter_figures` says whether the figure
  lies ``within`` the requested places or ``spans_more`` than them (so OCHA's
  Aleppo+Hama+Idleb total is visibly not an Aleppo-only number); without a place
  filter it reads ``no_place_filter``.

Period filter: a figure is kept when its window (see :mod:`crosstally.dates`) *ends*
inside the requested period: the count stood at a date in the period. A running total
since 30 September that stood at 370 on 20 October belongs to October; OCHA's count for
5 October to 17 November does not belong to an October table, although it overlaps
October. Figures with no date at all cannot be placed in time; under a period filter
they are left out and counted in :func:`filter_summary`.
"""
from __future__ import annotations

import inspect
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from . import dates
from .bounds import ProfileError, get_profile
from .io import arrow_text
from .paths import PATHS, Paths
from .schema import ADMIN1_COLUMNS, METRICS, OPTIONAL_COLUMNS, SOURCE_TYPES

NO_PLACE_FILTER = "no_place_filter"

FIGURE_TABLE_COLUMNS = (
    "metric", "claimant", "claimant_name", "claimant_type", "claimant_is_party",
    "reported", "statement_date", "published", "period_start", "period_end", "as_of",
    "counting_basis", "population", "value_as_reported", "qualifier", "value", "value_max",
    "low", "high", "bound_profile", "place", "admin1", "place_coverage",
    "outlet", "outlet_name", "cited_via", "origin_key", "figure_id", "document_id",
    "quote_verified",
)
FILTER_SUMMARY_COLUMNS = ("step", "rule", "rows_removed", "rows_left")
CLAIMANT_TYPE_COLUMNS = (
    "claimant_type", "claimants", "party_claimants", "figures", "claims", "documents", "outlets",
)
UNDATED = "undated"


# --------------------------------------------------------------------------- places

def _norm(text: str) -> str:
    """Compare place names ignoring case, accents, spaces and punctuation, a Latin-script name in
    its ASCII spelling ("Lankaran" for "Lənkəran", ``admin1._plain``)."""
    from .admin1 import _plain

    decomposed = unicodedata.normalize("NFKD", _plain(text))
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


def load_admin1(path: Path | str | None = None) -> pd.DataFrame:
    """The admin-1 lookup (pcode, name, aliases), read as text."""
    path = Path(path) if path is not None else PATHS.admin1
    table = pd.read_csv(path, dtype="str", keep_default_na=False)
    missing = [c for c in ADMIN1_COLUMNS if c not in table.columns and c not in OPTIONAL_COLUMNS]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    return table


def whole_country(admin1: pd.DataFrame) -> tuple[str, str] | None:
    """(code, name) of the whole country: the row whose code begins every other code of
    the table ("SY" for SY01..SY14, "SD" for SD-KH, "UA" for UA14). A table without that
    row still has a country: the letters every code begins with (name: the code itself).
    None when the codes share no country letters."""
    codes = [c for c in admin1["pcode"] if c]
    whole = [c for c in codes if all(o.startswith(c) for o in codes)]
    if len(whole) == 1:
        return whole[0], str(admin1.loc[admin1["pcode"] == whole[0], "name"].iloc[0])
    letters = [re.match(r"[A-Za-z]*", c).group(0) for c in codes]
    prefix = letters[0][:2] if letters else ""
    if len(prefix) == 2 and all(word.startswith(prefix) for word in letters):
        return prefix, prefix
    return None


def resolve_places(places: Iterable[str], admin1: pd.DataFrame) -> list[str]:
    """Turn p-codes and admin-1 names/aliases into sorted unique p-codes.

    Raises ValueError naming every entry that is neither a code nor a known name, and an entry
    that is a name or alias of several rows ("Lankaran": Azerbaijan's city and rayon), with
    their codes: give the p-code.
    """
    whole = whole_country(admin1)
    by_key: dict[str, str] = {whole[0].casefold(): whole[0]} if whole else {}
    shared: dict[str, list[str]] = {}
    for row in admin1.itertuples(index=False):
        by_key[row.pcode.casefold()] = row.pcode
        for name in [row.name, *row.aliases.split(";")]:
            if name.strip():
                by_key[_norm(name)] = row.pcode
                if row.pcode not in shared.setdefault(_norm(name), []):
                    shared[_norm(name)].append(row.pcode)
    pcodes = {c.casefold() for c in admin1["pcode"]} | ({whole[0].casefold()} if whole else set())
    codes, unknown, ambiguous = set(), [], []
    for place in places:
        code = by_key.get(place.strip().casefold())
        if place.strip().casefold() not in pcodes and len(shared.get(_norm(place), [])) > 1:
            ambiguous.append(f"{place!r} ({' or '.join(shared[_norm(place)])})")
            continue
        code = code or by_key.get(_norm(place))
        if code is None:
            unknown.append(place)
        else:
            codes.add(code)
    if ambiguous:
        raise ValueError(f"place(s) {', '.join(ambiguous)} name several admin-1 units in admin1.csv: give the "
                         "p-code of the one meant")
    if unknown:
        known = ", ".join(f"{r.pcode} {r.name}" for r in admin1.itertuples(index=False)
                          if whole is None or r.pcode != whole[0])
        raise ValueError(
            f"unknown place(s) {', '.join(map(repr, unknown))}: give an admin-1 p-code or a "
            f"admin-1 name or alias from admin1.csv ({known}"
            + (f"; or {whole[0]} for all of {whole[1]})" if whole else ")")
        )
    return sorted(codes)


def _admin1_set(text: str) -> frozenset[str]:
    """The admin1 codes of a figure's ``admin1`` text ("SY02;SY05")."""
    return frozenset(c for c in text.split(";") if c)


def _on_admin1(df: pd.DataFrame, fn) -> pd.Series:
    """``fn`` of each figure's set of admin1 codes, evaluated once per distinct admin1 text."""
    return dates.per_distinct(df["admin1"], lambda text: fn(_admin1_set(text)))


# --------------------------------------------------------------------------- filter

def _filter_steps(df, metrics, places, period_start, period_end, claimants, include_context, admin1):
    """The filter as named steps: (step, rule, keep-mask over the whole frame)."""
    steps = []
    keep_all = pd.Series(True, index=df.index)

    if include_context:
        steps.append(("scope", "include_context: context figures kept", keep_all))
    else:
        steps.append(("scope", "context figures (whole-war tolls etc.) left out",
                      df["scope"] != "context"))

    unknown = sorted(set(metrics) - set(METRICS))
    if unknown:
        raise ValueError(f"unknown metric(s) {', '.join(unknown)}; known: {', '.join(METRICS)}")
    if metrics:
        steps.append(("metrics", "metric in " + ", ".join(sorted(metrics)),
                      df["metric"].isin(list(metrics))))
    else:
        steps.append(("metrics", "all metrics", keep_all))

    if claimants:
        known = set(df["claimant"].unique())
        unknown = sorted(set(claimants) - known)
        if unknown:
            raise ValueError(
                f"unknown claimant(s) {', '.join(unknown)}; claimants in the ledger: {', '.join(sorted(known))}"
            )
        steps.append(("claimants", "claimant in " + ", ".join(sorted(claimants)),
                      df["claimant"].isin(list(claimants))))
    else:
        steps.append(("claimants", "all claimants", keep_all))

    if places:
        admin1 = admin1 if admin1 is not None else load_admin1()
        codes = set(resolve_places(places, admin1))
        whole = (whole_country(admin1) or ("", ""))[0]
        match = _on_admin1(df, lambda s: bool(s & codes)).astype(bool)
        is_whole = _on_admin1(df, lambda s: s == {whole}).astype(bool)
        label = ", ".join(sorted(codes))
        if whole in codes:
            steps.append(("places: whole country", f"whole-country ({whole}) figures requested", keep_all))
        else:
            steps.append(("places: whole country",
                          f"whole-country ({whole}) figures left out: not attributable to {label}",
                          ~is_whole | match))
        steps.append(("places: other", f"admin1 does not include {label}", match | is_whole))
    else:
        steps.append(("places: whole country", "no place filter", keep_all))
        steps.append(("places: other", "no place filter", keep_all))

    lo, hi = dates.window_bounds(period_start, period_end)
    if lo is None and hi is None:
        steps.append(("period: undated", "no period filter", keep_all))
        steps.append(("period: outside", "no period filter", keep_all))
    else:
        win = dates.effective_window(df)
        dated = win["window_end"].notna()
        inside = dated.copy()
        if lo is not None:
            inside &= win["window_end"] >= lo
        if hi is not None:
            inside &= win["window_end"] <= hi
        rule = (f"window ends in {period_start}..{period_end}" if period_start and period_end else
                f"window ends on or after {period_start}" if period_start else f"window ends on or before {period_end}")
        steps.append(("period: undated", "figures with no date left out", dated))
        steps.append(("period: outside", rule, inside | ~dated))
    return steps


def place_coverage(df: pd.DataFrame, codes: Iterable[str]) -> pd.Series:
    """'within' if every admin1 code of a figure is requested, else 'spans_more'."""
    codes = frozenset(codes)
    return dates.categorical_map(df["admin1"], lambda text: "within" if _admin1_set(text) <= codes else "spans_more")


def filter_with_summary(
    df: pd.DataFrame,
    metrics: Iterable[str] = (),
    places: Iterable[str] = (),
    period_start: str | None = None,
    period_end: str | None = None,
    claimants: Iterable[str] = (),
    include_context: bool = False,
    admin1: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(:func:`filter_figures`, :func:`filter_summary`) of one filter, worked out once."""
    metrics, places, claimants = list(metrics), list(places), list(claimants)
    steps = _filter_steps(df, metrics, places, period_start, period_end, claimants,
                          include_context, admin1)
    rows = [("ledger", "all rows", 0, len(df))]
    keep = np.ones(len(df), dtype=bool)
    for step, rule, mask in steps:
        before = int(keep.sum())
        keep &= mask.to_numpy(dtype=bool)
        rows.append((step, rule, before - int(keep.sum()), int(keep.sum())))
    # nothing left out: no copy of a million rows; else the rows kept, moved on two threads
    out = df.copy(deep=False) if keep.all() else take_rows(df, np.flatnonzero(keep))
    if places:
        codes = resolve_places(places, admin1 if admin1 is not None else load_admin1())
        out["place_coverage"] = place_coverage(out, codes)
    else:
        out["place_coverage"] = _no_place_filter(out.index)
    return out.reset_index(drop=True), pd.DataFrame(rows, columns=list(FILTER_SUMMARY_COLUMNS))


def filter_figures(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    """The ledger rows that pass every filter (empty list = no filter), plus a
    ``place_coverage`` column. Rules and the whole-country treatment: module docstring.

    Parameters as :func:`filter_with_summary`: metrics, places, period_start,
    period_end, claimants, include_context, admin1. Raises ValueError for an unknown
    metric, claimant or place, or an impossible date.
    """
    return filter_with_summary(df, *args, **kwargs)[0]


def filter_summary(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    """How many ledger rows each filter step of :func:`filter_figures` removed, in
    order, so nothing is dropped out of sight (one row per step, always the same steps)."""
    return filter_with_summary(df, *args, **kwargs)[1]


# help(), tab completion and positional calls see filter_with_summary's parameters
filter_figures.__signature__ = filter_summary.__signature__ = inspect.signature(
    filter_with_summary).replace(return_annotation="pd.DataFrame")


# --------------------------------------------------------------------------- tables

def _ranks(values: pd.Series, up: bool = True) -> tuple[np.ndarray, int]:
    """Integer ranks 0..size-1 that order as ``values`` do (descending if not ``up``),
    equal values equal ranks, missing values last; returns (ranks, size).

    Text ranks by code point (Arrow ranks the text; for a categorical, the text of its
    categories, whatever their order); integers rank exactly, as int64; other numbers
    as float64, whole numbers within a range of 2**40 as themselves (no sort needed).
    """
    if pd.api.types.is_integer_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        known = values.notna().to_numpy(dtype=bool)
        v = values.to_numpy(dtype="int64", na_value=0) * (1 if up else -1)
        uniques, inverse = np.unique(v[known], return_inverse=True)
        ranks = np.full(len(v), len(uniques), dtype="int64")
        ranks[known] = inverse
        return ranks, len(uniques) + 1
    if pd.api.types.is_numeric_dtype(values.dtype):
        v = values.to_numpy(dtype="float64", na_value=np.nan) * (1 if up else -1)
        known = ~np.isnan(v)
        if not known.any():
            return np.zeros(len(v), dtype="int64"), 1
        lo, hi = v[known].min(), v[known].max()
        if hi - lo < 2**40 and np.array_equal(v[known], np.round(v[known])):
            return np.where(known, v - lo, hi - lo + 1).astype("int64"), int(hi - lo) + 2
        uniques, inverse = np.unique(v, return_inverse=True)  # NaN sorts last
        return inverse.astype("int64"), len(uniques)
    if isinstance(values.dtype, pd.CategoricalDtype):
        ranks = pc.rank(arrow_text(values.cat.categories),
                        sort_keys="ascending", tiebreaker="dense").to_numpy().astype("int64") - 1
        lookup = np.append(ranks, len(ranks))  # code -1 (missing) picks the last entry: ranks last
        return lookup[values.cat.codes.to_numpy()], len(ranks) + 1
    ranks = pc.rank(arrow_text(values), sort_keys="ascending",
                    tiebreaker="dense").to_numpy().astype("int64") - 1  # a missing value ranks last
    return ranks, int(ranks.max()) + 1 if len(ranks) else 1


def _combine(key: np.ndarray | None, size: int, ranks: np.ndarray, n: int) -> tuple[np.ndarray, int]:
    """One integer key ordering rows by ``key`` (of ``size`` values), then ``ranks``
    (of ``n``); where ``size * n`` would not fit in 63 bits, the pairs are numbered
    densely instead (a sort)."""
    if key is None:
        return ranks, n
    if size * n < 2**62:
        return key * n + ranks, size * n
    inverse = np.unique(np.column_stack([key, ranks]), axis=0, return_inverse=True)[1].reshape(-1)
    return inverse.astype("int64"), int(inverse.max()) + 1 if len(inverse) else 1


def _in_order(values: pd.Series) -> bool:
    """Whether ``values`` never decrease (a missing value: not known to be in order)."""
    if len(values) < 2:
        return True
    if pd.api.types.is_numeric_dtype(values.dtype) or isinstance(values.dtype, pd.CategoricalDtype):
        if values.isna().any():
            return False
        key = _ranks(values)[0]
        return bool(np.all(key[1:] >= key[:-1]))
    text = arrow_text(values)  # compared by Arrow: no ranking needed
    return pc.all(pc.greater_equal(text[1:], text[:-1]), skip_nulls=False).as_py() is True


def sort_order(df: pd.DataFrame, columns: list[str], ascending: list[bool] | None = None) -> np.ndarray:
    """Row positions that sort ``df`` by ``columns``, ties kept in order:
    ``df.sort_values(columns, ascending=ascending, kind="mergesort")`` as positions,
    missing values last, except that a categorical sorts by its text, not by the order
    of its categories.

    The columns become one integer key (:func:`_ranks`, combined) and numpy sorts on
    it: much cheaper for millions of rows than sorting and moving a wide frame of text.
    A last key of plain text (an identifier, as a tie-break) is ranked only among the
    rows the other keys leave tied. Descending is for numeric columns.
    """
    ascending = list(ascending or [True] * len(columns))
    if len(ascending) != len(columns):
        raise ValueError(f"sort_order: {len(columns)} column(s) but {len(ascending)} ascending flag(s)")
    for column, up in zip(columns, ascending):
        if not (up or pd.api.types.is_numeric_dtype(df[column].dtype)):
            raise ValueError(f"sort_order: descending order is for numeric columns, not {column!r}")
    if columns and ascending[-1] and _in_order(df[columns[-1]]):
        # Rows already in order of the last key (the ledger is, by figure_id): the
        # stable sort on the other keys leaves their ties in that order.
        columns, ascending = columns[:-1], ascending[:-1]
    if not columns:
        return np.arange(len(df))
    last = df[columns[-1]]
    plain_text = not (pd.api.types.is_numeric_dtype(last.dtype) or isinstance(last.dtype, pd.CategoricalDtype))
    key, size = None, 1
    for column, up in zip(columns[:-1], ascending[:-1]):
        key, size = _combine(key, size, *_ranks(df[column], up))
    if key is None or not plain_text:
        key, size = _combine(key, size, *_ranks(last, ascending[-1]))
        return np.argsort(key, kind="stable")
    order = np.argsort(key, kind="stable")
    same = key[order][1:] == key[order][:-1]  # neighbours in that order the other keys leave tied
    tied = np.r_[same, False] | np.r_[False, same]
    if not tied.any():
        return order
    ranks = np.zeros(len(df), dtype="int64")
    tie_ranks, n = _ranks(last.iloc[order[tied]])
    ranks[order[tied]] = tie_ranks
    return np.argsort(_combine(key, size, ranks, n)[0], kind="stable")


def take_rows(df: pd.DataFrame, positions: np.ndarray, threads: int = 2) -> pd.DataFrame:
    """The rows of ``df`` at ``positions`` (``df.take``) with a fresh RangeIndex, the
    columns moved on ``threads`` threads (Arrow releases the GIL while it moves text):
    a million rows of forty columns in about half the time of one thread on two cores."""
    def move(column: str) -> pd.Series:
        return df[column].take(positions).reset_index(drop=True)

    with ThreadPoolExecutor(threads) as pool:
        moved = dict(zip(df.columns, pool.map(move, df.columns)))
    return pd.DataFrame(moved, columns=df.columns)


def group_numbers(df: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """Per row, the number (0, 1, ...) of its group of rows equal in ``columns``, groups
    numbered in sort order; a missing value is a value like any other. The keys of
    :func:`sort_order`, so grouping a million rows by categoricals moves no text."""
    key, size = None, 1
    for column in columns:
        key, size = _combine(key, size, *_ranks(df[column]))
    if key is None:
        return np.zeros(len(df), dtype="int64")
    return np.unique(key, return_inverse=True)[1].astype("int64")


def with_place_coverage(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with a ``place_coverage`` column (no_place_filter if it had none), so
    tables keep fixed columns whether or not they come from :func:`filter_figures`."""
    if "place_coverage" in df.columns:
        return df
    return df.assign(place_coverage=_no_place_filter(df.index))


def _no_place_filter(index: pd.Index) -> pd.Series:
    """The ``place_coverage`` of figures selected without a place filter (categorical)."""
    return pd.Series(pd.Categorical.from_codes(np.zeros(len(index), dtype="int8"),
                                               pd.Index([NO_PLACE_FILTER], dtype="str")), index=index)


def by_claimant_and_date(df: pd.DataFrame) -> pd.DataFrame:
    """One row per figure: who said it, when (stated, published, period), how much.

    ``reported`` is the date the figure was stated (statement_date, else published,
    else as_of, else period_end). Sorted by metric, claimant, reported, period, figure.
    """
    out = with_place_coverage(df).assign(reported=dates.reported_date(df)).loc[:, list(FIGURE_TABLE_COLUMNS)]
    out = take_rows(out, sort_order(out, ["metric", "claimant", "reported", "period_start", "period_end",
                                          "population", "figure_id"]))
    # Bounds are whole numbers by construction; Int64 keeps them so in the CSV.
    return out.astype({"low": "Int64", "high": "Int64"}).reset_index(drop=True)


YEAR_ONLY = " (no month)"
"""Suffix of a pivot column counting dates that give only a year ("2016 (no month)")."""


def _month_column_key(label: str) -> tuple[str, int]:
    """"2015-12" -> ("2015", 12); "2016" -> ("2016", 13): after the months of its year."""
    return (label[:4], int(label[5:7]) if len(label) > 4 else 13)


def claimant_month_pivot(df: pd.DataFrame) -> pd.DataFrame:
    """Figures per claimant (rows) and month they were stated (columns), with a total.

    Months are "YYYY-MM"; a date that gives only its year goes to a "YYYY (no month)"
    column after that year's months (a year is not a month: it is not put between
    December and January); figures with no date at all go to an ``undated`` column.
    Columns: claimant, claimant_name, months in time order, [undated], total.
    """
    months = dates.per_distinct(dates.reported_date(df), dates.month_label).replace("", UNDATED)
    counts = (
        df.assign(month=months)
        .groupby(["claimant", "claimant_name", "month"], sort=True)
        .size()
        .unstack("month", fill_value=0)
    )
    cols = sorted((c for c in counts.columns if c != UNDATED), key=_month_column_key)
    cols += [UNDATED] if UNDATED in counts.columns else []
    out = counts.loc[:, cols].astype("int64")
    out.columns = [f"{c}{YEAR_ONLY}" if len(c) == 4 else c for c in out.columns]
    out["total"] = out.sum(axis=1)
    out.columns.name = None
    return out.reset_index()


def distinct_count(codes: np.ndarray, values: pd.Series, n: int) -> np.ndarray:
    """Per group (``codes``, 0..n-1; -1: in no group), how many distinct values it holds,
    a missing value not counted (``groupby(...).nunique()``): hashed pairs of integers, no
    sort and no text moved (a categorical counts by its codes)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        v, k = values.cat.codes.to_numpy().astype("int64"), len(values.cat.categories)
    else:
        v, uniques = pd.factorize(values)
        v, k = v.astype("int64"), len(uniques)
    codes = np.asarray(codes, dtype="int64")
    known = (v >= 0) & (codes >= 0)
    pairs = pd.unique(codes[known] * max(k, 1) + v[known])
    return np.bincount(pairs // max(k, 1), minlength=n).astype("int64")


def _positions_in(values: pd.Series, index: pd.Index) -> np.ndarray:
    """Where each of ``values`` is in ``index`` (-1: not there, or missing); a categorical
    looks up its categories, not a text per row."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        lookup = np.append(index.get_indexer(values.cat.categories), -1)  # code -1 picks the last
        return lookup[values.cat.codes.to_numpy()].astype("int64")
    return index.get_indexer(values.to_numpy()).astype("int64")


def counts_by_claimant_type(df: pd.DataFrame) -> pd.DataFrame:
    """Per claimant type (every type in the schema, in schema order, zeros included):
    distinct claimants, those that are parties to the conflict, figures, claims
    (relays counted once, by origin_key), documents and outlets.

    Each count is of distinct (type, value) pairs of integer codes (:func:`distinct_count`):
    no row is copied and each text column is hashed once (a million origin keys grouped by
    ``nunique`` cost about ten times as much)."""
    unknown = sorted(set(df["claimant_type"].unique()) - set(SOURCE_TYPES))
    if unknown:
        raise ValueError(f"unknown claimant_type(s) {', '.join(unknown)}; known: {', '.join(SOURCE_TYPES)}")
    types = pd.Index(SOURCE_TYPES, name="claimant_type", dtype="str")
    codes = _positions_in(df["claimant_type"], types)  # -1: missing (in no group)
    n = len(types)
    party = df["claimant_is_party"].astype(bool).to_numpy()
    out = pd.DataFrame({
        "claimants": distinct_count(codes, df["claimant"], n),
        "party_claimants": distinct_count(np.where(party, codes, -1), df["claimant"], n),
        "figures": np.bincount(codes[codes >= 0], minlength=n).astype("int64"),
        "claims": distinct_count(codes, df["origin_key"], n),
        "documents": distinct_count(codes, df["document_id"], n),
        "outlets": distinct_count(codes, df["outlet"], n),
    }, index=types)
    return out.reset_index().loc[:, list(CLAIMANT_TYPE_COLUMNS)]


def parameter_problems(values: dict, paths: Paths) -> dict[str, str]:
    """What is wrong with a parameter set's values, by parameter name (empty: nothing).

    The runner asks before any kernel starts, so an unknown metric, place, claimant or
    bound profile, or an impossible period, is refused at once rather than in a notebook.
    A check whose reference file the project lacks is not made.
    """
    problems: dict[str, str] = {}
    metrics = values.get("metrics") or []
    if set(metrics) - set(METRICS):
        problems["metrics"] = (f"unknown metric(s) {', '.join(sorted(set(metrics) - set(METRICS)))}; "
                               f"known: {', '.join(METRICS)}")
    if values.get("places") and paths.admin1.exists():
        try:
            resolve_places(values["places"], load_admin1(paths.admin1))
        except ValueError as exc:
            problems["places"] = str(exc)
    for name in ("period_start", "period_end"):
        if values.get(name):
            try:
                dates.parse_partial_date(values[name])
            except ValueError as exc:
                problems[name] = str(exc)
    both = values.get("period_start") and values.get("period_end")
    if both and not problems.keys() & {"period_start", "period_end"}:
        try:
            dates.window_bounds(values["period_start"], values["period_end"])
        except ValueError as exc:
            problems["period_end"] = str(exc)
    if values.get("claimants") and paths.ledger_parquet.exists():
        import pyarrow.parquet as pq

        known = set(pq.read_table(paths.ledger_parquet, columns=["claimant"]).column(0).to_pylist())
        unknown = sorted(set(values["claimants"]) - known)
        if unknown:
            problems["claimants"] = (f"unknown claimant(s) {', '.join(unknown)}; claimants in the ledger: "
                                     f"{', '.join(sorted(known))}")
    comparison = _comparison_problem(values.get("comparisons") or [])
    if comparison:
        problems["comparisons"] = comparison
    if values.get("bound_profile") and paths.profiles.exists():
        try:
            get_profile(values["bound_profile"], paths.profiles)
        except ProfileError as exc:
            problems["bound_profile"] = str(exc)
    return problems


def _comparison_problem(comparisons) -> str | None:
    """What is wrong with the briefing's comparison windows (``comparisons``), if anything:
    each a mapping of metric, start, end, title and, optionally, population."""
    from dataclasses import fields

    from .briefing import Comparison
    from .schema import POPULATIONS

    names = [f.name for f in fields(Comparison)]
    required = {"metric", "start", "end", "title"}
    if not isinstance(comparisons, list):
        return f"expected a list of mappings, got {comparisons!r}"
    for i, comp in enumerate(comparisons, start=1):
        if not isinstance(comp, dict):
            return f"entry {i}: expected a mapping of {', '.join(names)}, got {comp!r}"
        unknown, missing = sorted(map(str, set(comp) - set(names))), sorted(required - set(comp))
        if unknown or missing:
            return (f"entry {i}: " + "; ".join(filter(None, [
                unknown and f"unknown key(s) {', '.join(unknown)}", missing and f"missing {', '.join(missing)}"]))
                + f" (keys: {', '.join(names)})")
        if comp["metric"] not in METRICS:
            return f"entry {i}: unknown metric {comp['metric']!r}; known: {', '.join(METRICS)}"
        if comp.get("population") is not None and comp["population"] not in POPULATIONS:
            return f"entry {i}: unknown population {comp['population']!r}; known: {', '.join(POPULATIONS)}"
        if not isinstance(comp["title"], str) or not comp["title"].strip():
            return f"entry {i}: title must be text, got {comp['title']!r}"
        for key in ("start", "end"):
            if not isinstance(comp[key], str):
                return f"entry {i}: {key} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got {comp[key]!r}"
        try:
            dates.window_bounds(comp["start"], comp["end"])
        except ValueError as exc:
            return f"entry {i}: {exc}"
    return None
