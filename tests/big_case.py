"""A synthetic case with many claimants, places, metrics, comparisons and claims, for
the briefing's length bound (tests/test_briefing_length.py).

Invented throughout: the country is Ukraine's ISO 3166-2 table (pycountry, as
``crosstally init`` writes it) only so the case has many admin-1 units; claimants,
outlets, documents, titles and numbers are made up, deterministically (no randomness:
every choice is arithmetic on the row number).
"""
from __future__ import annotations

import csv
from pathlib import Path

import yaml

from crosstally import schema as S
from crosstally.paths import Paths
from crosstally.scaffold import init_case

N_CLAIMANTS = 44
N_OUTLETS = 16
N_DOCUMENTS = 64
METRICS = ("killed", "injured", "displaced", "strikes", "other")
COMPARISONS = 9  # more windows than the briefing shows
LONG = ("Joint Monitoring and Documentation Coordination Unit for Humanitarian Access and Protection of "
        "Civilians in the Eastern and Southern Regions")


def _write_csv(path: Path, header, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *rows])


def _word(i: int) -> str:
    """A name made of letters only ("ab", "ac", ...): no digit in the briefing's text but a fact's."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[d] for d in (i // 26, i % 26))


def make_big_case(root: Path) -> Paths:
    """Write the case under ``root`` (a new folder); return its Paths."""
    init_case(root, "UA", title="Reported figures: a synthetic war with many claims, places and claimants",
              period_start="2031-01-01", period_end="2031-12-31")
    paths = Paths(root)
    with open(paths.admin1, encoding="utf-8") as fh:
        units = [r["pcode"] for r in csv.DictReader(fh)][1:]  # the whole country's row first
    country = "UA"

    claimants = [f"c{i:02d}" for i in range(N_CLAIMANTS)]
    outlets = [f"o{i:02d}" for i in range(N_OUTLETS)]
    types = ("monitoring_ngo", "un_agency", "government", "belligerent", "humanitarian_ngo", "rights_medical_ngo")
    sources = [[c, (LONG if i % 11 == 0 else f"The {_word(i)} monitor of the synthetic war ({_word(i).upper()})"),
                types[i % len(types)], "true" if types[i % len(types)] == "belligerent" or i % 5 == 0 else "false",
                "", "", ""] for i, c in enumerate(claimants)]
    sources += [[o, f"Outlet {_word(i)}", "media", "false", "", "", ""] for i, o in enumerate(outlets)]
    _write_csv(paths.sources, S.SOURCE_COLUMNS, sources)

    docs = []
    for d in range(N_DOCUMENTS):
        day = f"2031-{1 + d % 12:02d}-{1 + (d * 7) % 28:02d}"
        title = ("A long headline about the war's toll, the people who fled their homes and the strikes on "
                 f"towns and villages in many regions, number {d}") if d % 3 else ""
        docs.append([f"doc-{d:03d}", title, outlets[d % N_OUTLETS], f"https://news.example.org/story/{d}/" + "x" * 40,
                     day, "stated", "en", "", "", ""])
    _write_csv(paths.documents, S.DOCUMENT_COLUMNS, docs)

    figures = []

    def figure(n, doc, claimant, metric, population, value, admin1, start, end, basis, qualifier="exact",
               statement=None, outlet=None):
        d = docs[doc]
        unit = S.USUAL_UNIT.get(metric, "events" if metric == "other" else "people")
        population = population if metric in ("killed", "injured", "displaced") else "not_applicable"
        words = {"exact": f"{value:,}", "about": f"about {value:,}", "at_least": f"at least {value:,}"}[qualifier]
        row = {c: "" for c in S.RAW_FIGURE_COLUMNS}
        row.update(figure_id=f"B{n:04d}", document_id=d[0], claimant=claimant, outlet=d[2],
                   metric=metric, population=population, unit=unit, value_as_reported=words, qualifier=qualifier,
                   value=str(value), perpetrator="not stated", attribution="not_attributed", place="somewhere",
                   admin1=admin1, period_start=start, period_end=end, date_precision="day", as_of=end,
                   counting_basis=basis, statement_date=end, published=d[4], date_certainty="stated",
                   date_basis="synthetic", scope="campaign", url=d[3], language="en",
                   perpetrator_scope="all_or_unspecified", completeness="full", status="current")
        figures.append([row[c] for c in S.RAW_FIGURE_COLUMNS])

    n = 0
    for d, doc in enumerate(docs):
        published = doc[4]
        for k in range(6):  # six figures a document, cycling through claimants, metrics, places
            i = d * 6 + k
            claimant = claimants[i % N_CLAIMANTS]
            metric = METRICS[i % len(METRICS)]
            population = ("all", "civilians", "children", "idps")[i % 4] if metric != "displaced" else \
                ("all", "idps", "refugees")[i % 3]
            if population == "idps" and metric != "displaced":
                population = "women"
            admin1 = country if i % 4 == 0 else units[i % len(units)] + (
                f";{units[(i + 3) % len(units)]}" if i % 7 == 0 else "")
            basis = ("cumulative_since", "period_total", "incident")[i % 3]
            start = "2031-01-01" if basis == "cumulative_since" else (published[:8] + "01" if basis == "period_total"
                                                                       else published)
            figure(n, d, claimant, metric, population, 100 + (i * 37) % 5000, admin1, start, published, basis,
                   qualifier=("exact", "about", "at_least")[i % 3])
            n += 1
    # one statement, several numbers: a claimant's statement carried differently by outlets
    # (documents d and d + 12 appear the same day in two outlets)
    for j in range(8):
        for v, doc in ((1000 + j, j), (1500 + j, j + 12)):
            figure(n, doc, claimants[j], "killed", "all", v, units[j], "2031-01-01", docs[j][4], "cumulative_since")
            n += 1
    _write_csv(paths.figures, S.RAW_FIGURE_COLUMNS, figures)

    with open(paths.root / "crosstally.yaml", encoding="utf-8") as fh:
        config = yaml.safe_load(fh)
    config["admin1_plural"] = "oblasts"
    config["comparisons"] = [
        {"metric": METRICS[c % 3], "start": f"2031-{1 + c:02d}-01", "end": f"2031-{2 + c:02d}-28",
         "population": None, "title": f"Window {c + 1}: {METRICS[c % 3]} reported between two months of 2031"}
        for c in range(COMPARISONS)]
    with open(paths.root / "crosstally.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(config, fh, sort_keys=False)
    return paths
