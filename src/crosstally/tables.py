"""The tables each analysis notebook writes, computed in one call per notebook.

Notebooks stay short: they load the ledger with the run's bound profile, call
:func:`tabulation_tables` or :func:`comparison_tables` with the run's parameters,
show the tables, and write them with :func:`write_tables` to
``data/processed/tables/<run_name>/<name>.csv``.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import compare, tabulate
from .io import write_csv

TABLE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
TABULATION_TABLES = ("filter-summary", "figures-by-claimant-date", "claimant-month-pivot",
                     "counts-by-claimant-type")
COMPARISON_TABLES = ("claims", "relay-counts", "side-by-side", "comparison-summary",
                     "party-vs-independent", "running-totals", "findings")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path | str) -> list[Path]:
    """Write each table to ``out_dir/<name>.csv`` (atomic, unchanged files untouched).

    Names must be lower-case words joined by hyphens, so they are safe file names.
    Returns the paths in name order.
    """
    bad = [name for name in tables if not TABLE_NAME.fullmatch(name)]
    if bad:
        raise ValueError(f"table name(s) {', '.join(map(repr, bad))} must match {TABLE_NAME.pattern}")
    paths = []
    for name in sorted(tables):
        path = Path(out_dir) / f"{name}.csv"
        write_csv(tables[name], path)
        paths.append(path)
    return paths


def tabulation_tables(ledger: pd.DataFrame, **filters) -> dict[str, pd.DataFrame]:
    """The tables of notebook 01 for one parameter set (names: TABULATION_TABLES).
    ``filters``: the keyword arguments of :func:`crosstally.tabulate.filter_figures`."""
    figures, summary = tabulate.filter_with_summary(ledger, **filters)
    return {
        "filter-summary": summary,
        "figures-by-claimant-date": tabulate.by_claimant_and_date(figures),
        "claimant-month-pivot": tabulate.claimant_month_pivot(figures),
        "counts-by-claimant-type": tabulate.counts_by_claimant_type(figures),
    }


def comparison_tables(ledger: pd.DataFrame, **filters) -> dict[str, pd.DataFrame]:
    """The tables of notebook 02 for one parameter set (names: COMPARISON_TABLES).
    ``filters``: the keyword arguments of :func:`crosstally.tabulate.filter_figures`."""
    figures = tabulate.filter_figures(ledger, **filters)
    claims = compare.collapse_relays(figures)  # computed once, used by most tables
    side = compare.side_by_side(figures, claims=claims)
    totals = compare.running_totals(figures, claims=claims)
    return {
        "claims": claims,
        "relay-counts": compare.relay_counts(figures, claims=claims),
        "side-by-side": side,
        "comparison-summary": compare.comparison_summary(side),
        "party-vs-independent": compare.party_vs_independent(side),
        "running-totals": totals,
        "findings": compare.findings(figures, claims=claims, totals=totals),
    }
