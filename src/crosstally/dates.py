"""Partial ISO dates ("2015", "2015-10", "2015-10-20") and the windows they make.

Reports rarely give a full date: a monthly report covers "October 2015", a page says
only "2016". A partial date is therefore read as the span of days it can mean, from
its first to its last day, and every comparison works on such spans (windows).

A figure's *window* is the stretch of time its number covers:

- ``period_start`` .. ``period_end`` when the ledger gives them;
- a missing end falls back to the date the number stood at or was stated
  (``as_of``, then ``statement_date``, then ``published``): a running total "since
  30 September" with no end date covers the days up to when it was said;
- a missing start means only the end is known, so the window is the end date itself.

A figure with no date at all has no window (NaT) and is reported, never guessed.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# Where a figure's window ends when period_end is empty, in order of preference.
END_FALLBACKS = ("as_of", "statement_date", "published")
# The date a claim was made: said (statement_date), else printed (published).
REPORTED_FIELDS = ("statement_date", "published", "as_of", "period_end")


def parse_partial_date(s: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Return (first_day, last_day) of "YYYY", "YYYY-MM" or "YYYY-MM-DD".

    Raises ValueError saying what is wrong: empty, not in one of the three forms,
    month outside 1..12, or a day the month does not have (2015-02-30).
    """
    if not isinstance(s, str):
        raise ValueError(f"date {s!r} is not text; expected YYYY, YYYY-MM or YYYY-MM-DD")
    if s == "":
        raise ValueError("date is empty; expected YYYY, YYYY-MM or YYYY-MM-DD")
    m = _PARTIAL.fullmatch(s)
    if m is None:
        raise ValueError(f"date {s!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return pd.Timestamp(f"{year}-01-01"), pd.Timestamp(f"{year}-12-31")
    if not 1 <= int(month) <= 12:
        raise ValueError(f"date {s!r}: month {month} is not 01..12")
    first = pd.Timestamp(f"{year}-{month}-01")
    if day is None:
        return first, first + pd.offsets.MonthEnd(0)
    if not 1 <= int(day) <= first.days_in_month:
        raise ValueError(f"date {s!r}: {first:%B %Y} has no day {day}")
    ts = pd.Timestamp(f"{year}-{month}-{day}")
    return ts, ts


def precision(s: str) -> str:
    """'year', 'month' or 'day' for a valid partial date (raises ValueError otherwise)."""
    parse_partial_date(s)
    return {4: "year", 7: "month", 10: "day"}[len(s)]


def month_label(s: str) -> str:
    """The month a partial date falls in, "YYYY-MM"; a bare year stays "YYYY".

    Labels sort in time order as text ("2015-12" < "2016" < "2016-01"); "" stays "".
    """
    if s == "":
        return ""
    parse_partial_date(s)
    return s[:7]


def categorical_text(series: pd.Series) -> pd.Series:
    """``series`` as a categorical of text with sorted categories (a missing value as ""),
    so that its codes order as the text does. The ledger holds its repeating columns so."""
    if not isinstance(series.dtype, pd.CategoricalDtype):
        return series.fillna("").astype("str").astype("category")
    if series.isna().any():
        series = series.cat.add_categories([] if "" in series.cat.categories else [""]).fillna("")
    categories = series.cat.categories.astype("str")
    if categories.is_monotonic_increasing and series.cat.categories.dtype == categories.dtype:
        return series
    return series.cat.rename_categories(categories).cat.reorder_categories(categories.sort_values())


def first_nonempty(df: pd.DataFrame, fields: tuple[str, ...]) -> pd.Series:
    """Per row, the first of ``fields`` that is not empty ("" when none is), categorical.

    Works on the columns' category codes, so a million rows cost no text comparison.
    """
    columns = [categorical_text(df[f]) for f in fields]
    categories = pd.Index(sorted({""}.union(*(c.cat.categories for c in columns))), dtype="str")
    codes = np.full(len(df), categories.get_loc(""), dtype="int32")
    for column in reversed(columns):
        recoded = column.cat.set_categories(categories).cat.codes.to_numpy()
        codes = np.where((column != "").to_numpy(dtype=bool), recoded, codes)
    return pd.Series(pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories)), index=df.index)


def reported_date(df: pd.DataFrame) -> pd.Series:
    """The partial date each figure was stated: statement_date, else published, else
    as_of, else period_end ("" when none is known)."""
    return first_nonempty(df, REPORTED_FIELDS)


def per_distinct(series: pd.Series, fn) -> pd.Series:
    """``series.map(fn)``, calling ``fn`` once per distinct value.

    Date columns repeat a few hundred values over millions of rows, so parsing each
    distinct text once keeps a large ledger fast. A categorical's codes are its distinct
    values; ``fn`` sees only the categories some row holds.
    """
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = [np.nan, *series.cat.categories]  # a missing value (code -1) is one too
        codes = series.cat.codes.to_numpy().astype("intp") + 1
        held = np.flatnonzero(np.bincount(codes, minlength=len(categories)))
        renumber = np.zeros(len(categories), dtype="intp")
        renumber[held] = np.arange(len(held))
        codes, uniques = renumber[codes], [categories[c] for c in held]
    else:
        codes, uniques = pd.factorize(series.astype("str"), use_na_sentinel=False)
    return pd.Series(pd.Series([fn(u) for u in uniques]).take(codes).to_numpy(), index=series.index)


def categorical_map(series: pd.Series, fn) -> pd.Series:
    """``series.map(fn)`` for an ``fn`` that returns text, as a categorical with sorted
    categories; ``fn`` is called once per distinct value (see :func:`per_distinct`).
    A categorical is mapped by its categories and keeps its codes' positions: no text
    is made per row."""
    if not isinstance(series.dtype, pd.CategoricalDtype):
        return categorical_text(per_distinct(series, fn).astype("category"))
    categories = [np.nan, *series.cat.categories]  # a missing value (code -1) is one too
    codes = series.cat.codes.to_numpy().astype("intp") + 1
    held = np.flatnonzero(np.bincount(codes, minlength=len(categories)))  # the values some row holds
    mapped = categorical_text(pd.Series([fn(categories[c]) for c in held]).astype("category"))
    lookup = np.full(len(categories), -1, dtype=mapped.cat.codes.dtype)
    lookup[held] = mapped.cat.codes.to_numpy()
    return pd.Series(pd.Categorical.from_codes(lookup[codes], dtype=mapped.dtype), index=series.index)


def _bound(series: pd.Series, which: int, column: str) -> pd.Series:
    def one(s: str):
        if s == "":
            return pd.NaT
        try:
            return parse_partial_date(s)[which]
        except ValueError as exc:
            raise ValueError(f"column {column}: {exc}") from None

    return pd.to_datetime(per_distinct(series, one), errors="raise")


def effective_window(df: pd.DataFrame) -> pd.DataFrame:
    """Per figure, the first and last day its number covers (see module docstring).

    Returns a frame with the same index and columns ``window_start``,
    ``window_end`` (datetime64; NaT when the figure has no date at all).
    """
    end_src = first_nonempty(df, ("period_end", *END_FALLBACKS))
    end_label = "period_end (or as_of, statement_date, published)"
    end = _bound(end_src, 1, end_label)
    start_text = df["period_start"]
    start = _bound(start_text, 0, "period_start")
    start = start.where(start_text != "", _bound(end_src, 0, end_label))
    return pd.DataFrame({"window_start": start, "window_end": end}, index=df.index)


def window_bounds(start: str | None, end: str | None) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """A requested window from partial dates: first day of ``start``, last day of ``end``."""
    lo = parse_partial_date(start)[0] if start else None
    hi = parse_partial_date(end)[1] if end else None
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"period_start {start!r} is after period_end {end!r}")
    return lo, hi
