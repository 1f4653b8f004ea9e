"""Synthetic raw inputs at event-dataset scale, for the scale benchmark.

Realistic columns and value mixes: dozens of claimants (parties and independents), all 14
governorates plus whole-country figures, two years of dates, every metric, qualifier and
counting basis, relays through wire agencies. Deterministic for a given size and seed.
Documents are registered without held text (as for most real rows).
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from crosstally import schema as S
from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]
TYPES = ["monitoring_ngo", "un_agency", "rights_medical_ngo", "humanitarian_ngo", "media", "belligerent",
         "political_opposition", "witness"]


def make_project(root: Path, n: int, seed: int = 7, n_claimants: int = 48, n_outlets: int = 120) -> Paths:
    """Write data/raw for ``n`` synthetic figures under ``root``; return its Paths."""
    rng = np.random.default_rng(seed)
    paths = Paths(root)
    (paths.raw / "rules").mkdir(parents=True, exist_ok=True)
    paths.documents_dir.mkdir(parents=True, exist_ok=True)
    for name in ("rules/admin1.csv", "rules/bound-profiles.yaml"):
        shutil.copy(ROOT / "data/raw" / name, paths.raw / name)

    claimants = [f"claimant-{i:02d}" for i in range(n_claimants)]
    outlets = [f"outlet-{i:03d}" for i in range(n_outlets)]
    sources = pd.DataFrame({
        "source_id": claimants + outlets,
        "name": [f"Claimant {i}" for i in range(n_claimants)] + [f"Outlet {i}" for i in range(n_outlets)],
        "type": [TYPES[i % len(TYPES)] for i in range(n_claimants)] + ["media"] * n_outlets,
        "party_to_conflict": ["true" if TYPES[i % len(TYPES)] in ("belligerent", "political_opposition") else "false"
                              for i in range(n_claimants)] + ["false"] * n_outlets,
        "parent": "", "notes": "", "aliases": "",
    })
    sources.to_csv(paths.sources, index=False, lineterminator="\n")

    days = pd.date_range("2015-09-30", "2017-09-29", freq="D")
    n_docs = max(1, n // 4)
    doc_day = days[rng.integers(0, len(days), n_docs)]
    doc_outlet = rng.integers(0, n_outlets, n_docs)
    documents = pd.DataFrame({
        "document_id": [f"doc-{i:07d}" for i in range(n_docs)],
        "title": "", "outlet": np.array(outlets)[doc_outlet],
        "url": [f"https://example.org/{i}" for i in range(n_docs)],
        "published": doc_day.strftime("%Y-%m-%d"),
        "date_certainty": rng.choice(S.DATE_CERTAINTIES, n_docs, p=[0.6, 0.3, 0.1]),
        "language": rng.choice(["en", "ar", "fr", "de"], n_docs),
        "text_file": "", "sha256": "", "notes": "",
    })
    documents.to_csv(paths.documents, index=False, lineterminator="\n")

    doc = rng.integers(0, n_docs, n)
    metric = rng.choice(["killed", "injured", "displaced", "strikes", "sorties", "targets_hit",
                         "attacks_on_facilities", "incidents"], n)
    qual = rng.choice(["exact", "about", "nearly", "at_least", "more_than", "up_to", "range", "estimated", "vague"],
                      n, p=[0.4, 0.1, 0.08, 0.15, 0.1, 0.05, 0.05, 0.04, 0.03])
    value = rng.integers(1, 50_000, n).astype(float)
    value_max = np.where(qual == "range", value + rng.integers(1, 5_000, n), np.nan)
    words = rng.choice(["dozens", "hundreds", "tens", "thousands"], n)
    value_str = np.where(qual == "vague", "", pd.Series(value).map("{:.0f}".format).to_numpy())
    vmax_str = np.where(qual == "range", pd.Series(value_max).map(lambda v: "" if v != v else f"{v:.0f}").to_numpy(), "")
    as_reported = np.where(qual == "vague", words, value_str)
    published = documents["published"].to_numpy()[doc]
    end = pd.to_datetime(published) - pd.to_timedelta(rng.integers(0, 5, n), unit="D")
    start = end - pd.to_timedelta(rng.integers(0, 60, n), unit="D")
    codes = [f"SY{i:02d}" for i in range(1, 15)]
    admin1 = np.where(rng.random(n) < 0.2, "SY", np.array(codes)[rng.integers(0, 14, n)])
    population = np.where(np.isin(metric, ["killed", "injured", "displaced"]),
                          rng.choice(["all", "civilians", "combatants", "children"], n), "not_applicable")
    unit = np.where(np.isin(metric, ["killed", "injured", "displaced"]), "people",
                    np.where(metric == "targets_hit", "targets", "events"))
    figures = pd.DataFrame({
        "figure_id": [f"X{i:08d}" for i in range(n)],
        "document_id": documents["document_id"].to_numpy()[doc],
        "claimant": np.array(claimants)[rng.integers(0, n_claimants, n)],
        "outlet": documents["outlet"].to_numpy()[doc],
        "cited_via": np.where(rng.random(n) < 0.3, np.array(outlets)[rng.integers(0, 5, n)], ""),
        "metric": metric, "population": population, "unit": unit,
        "value_as_reported": as_reported, "qualifier": qual, "value": value_str, "value_max": vmax_str,
        "perpetrator": rng.choice(["Russian air force", "Syrian regime", "not stated", "coalition"], n),
        "attribution": rng.choice(["stated", "suspected", "not_attributed"], n),
        "place": "synthetic place", "admin1": admin1,
        "period_start": start.strftime("%Y-%m-%d"), "period_end": end.strftime("%Y-%m-%d"),
        "date_precision": "day", "as_of": end.strftime("%Y-%m-%d"),
        "counting_basis": rng.choice(S.COUNTING_BASES, n), "statement_date": published, "published": published,
        "date_certainty": rng.choice(S.DATE_CERTAINTIES, n), "date_basis": "synthetic",
        "scope": np.where(rng.random(n) < 0.05, "context", "campaign"),
        "quote": "", "url": documents["url"].to_numpy()[doc], "language": documents["language"].to_numpy()[doc],
        "ref_id": "", "notes": "",
        "perpetrator_scope": rng.choice(S.PERPETRATOR_SCOPES, n, p=[0.6, 0.15, 0.05, 0.15, 0.05]),
        "completeness": (completeness := rng.choice(S.COMPLETENESS, n, p=[0.9, 0.05, 0.05])),
        "completeness_basis": np.where(completeness == "full", "", "synthetic: part of the area"),
        "status": (status := rng.choice(["current", "retracted"], n, p=[0.98, 0.02])),
        "superseded_by": "", "status_words": np.where(status == "current", "", "synthetic: withdrawn"),
        "same_statement_as": "", "projection": "",
    })
    figures = figures[list(S.RAW_FIGURE_COLUMNS)]
    figures.to_csv(paths.figures, index=False, lineterminator="\n")
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", type=Path)
    ap.add_argument("-n", type=int, default=10_000)
    args = ap.parse_args()
    make_project(args.root, args.n)
