"""The written briefing and its figures, generated from the ledger for one parameter set.

Every number in the briefing's text is computed here from ledger rows and recorded as
a *fact* (the text shown, the number, what kind of number it is, the claimant and the
figure ids behind it). The facts are written next to the run's tables
(``data/processed/tables/<run_name>/briefing-facts.csv``) so a test can trace each
number in the text back to the ledger rows, and their claimant, that it came from.

One document model (a list of blocks whose inline parts are plain text, facts, figure
ids, dates and labels) is rendered twice:

- ``briefing.typ`` (Typst source) compiled to ``briefing.pdf`` by the ``typst`` PyPI
  package: no LaTeX, no browser, offline; ``#set document(date: none)`` and the bundled
  font only, so the PDF is byte-identical on rerun;
- ``briefing.html``: one self-contained file (inline CSS, figures as base64 SVG
  ``data:`` images, no script and nothing loaded from elsewhere).

In the HTML, numbers are wrapped as ``<span class="fact" data-fact="...">``, figure ids
as ``<span class="ref">``, dates as ``<time>``, figure/table labels as
``<span class="label">``, parameters and identifiers as ``<span class="param">`` and
text quoted from input files as ``<q class="quoted">``,
so a reader (or test) can tell computed numbers from everything else.
"""
from __future__ import annotations

import base64
import functools
import html
import re
import string
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable
import unicodedata
from urllib.parse import quote, unquote

import pandas as pd
import yaml
from matplotlib.figure import Figure

from . import compare, dates, plots, tabulate
from .bounds import get_profile
from .case import CaseConfig, load_config
from .io import write_bytes, write_text
from .ledger import load_documents, load_ledger, load_sources
from .paths import PATHS, Paths
from .schema import METRICS, USUAL_UNIT, population_words
from .tables import write_tables

# ----------------------------------------------------------------------------- parameters

@dataclass(frozen=True)
class Comparison:
    """One side-by-side question: claims about ``metric`` whose window ends between
    ``start`` and ``end`` (partial ISO dates), one population or all (None).

    ``kind``: "total" (the default: running totals, period totals, stocks) or
    "incident" (single-incident tolls only, e.g. one strike's dead): an incident toll is
    compared only with incident tolls, never ranked against a total."""
    metric: str
    start: str
    end: str
    title: str
    population: str | None = None
    kind: str = "total"

    def __post_init__(self):
        if self.kind not in ("total", "incident"):
            raise ValueError(f"comparison {self.title!r}: kind must be 'total' or 'incident', got {self.kind!r}")


@dataclass(frozen=True)
class RunParams:
    """The parameters every notebook shares (params/*.yaml), plus the briefing's
    comparison windows."""
    run_name: str = "default"
    metrics: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    period_start: str | None = None
    period_end: str | None = None
    claimants: tuple[str, ...] = ()
    bound_profile: str | None = "standard-v1"
    include_context: bool = False
    comparisons: tuple[Comparison, ...] = ()

    @classmethod
    def make(cls, comparisons: Iterable[dict] | None = None, case: CaseConfig | None = None,
             **params) -> "RunParams":
        """From notebook variables or a YAML mapping: lists become tuples, comparison
        dicts become Comparisons; unknown names raise TypeError.

        No comparisons (none or ``[]``) means the ``comparisons`` of the case's
        crosstally.yaml (``case``, default: the current case's). An empty period bound
        means no bound (``crosstally run`` passes the case's ``period`` to parameter sets
        that do not give one).
        """
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}
        for name in ("period_start", "period_end"):
            if name in fields and not fields[name]:
                fields[name] = None
        run = cls(**fields)
        if not comparisons:
            case = case if case is not None else load_config(PATHS.root)
        chosen = comparisons or case.comparisons
        if chosen:
            run = replace(run, comparisons=tuple(Comparison(**c) for c in chosen))
        return run

    @classmethod
    def from_yaml(cls, path: Path | str, case: CaseConfig | None = None) -> "RunParams":
        with open(path, encoding="utf-8") as fh:
            return cls.make(case=case, **(yaml.safe_load(fh) or {}))

    def summary(self) -> str:
        """The run in a few lines of Markdown, as a notebook shows it (not the dataclass dump)."""
        def listed(values, everything: str) -> str:
            return ", ".join(f"`{v}`" for v in values) if values else everything

        period = f"{self.period_start or 'no start'} to {self.period_end or 'no end'}"
        lines = [
            f"**Run `{self.run_name}`**: {listed(self.metrics, 'every metric')}; "
            f"{listed(self.places, 'every place')}; {period}; "
            f"{listed(self.claimants, 'every claimant')}; bounds `{self.bound_profile}`"
            + ("; context figures included" if self.include_context else "") + ".",
        ]
        if self.comparisons:
            lines.append(f"\nComparison windows ({len(self.comparisons)}):")
            lines += [f"- {c.title}: `{c.metric}`{f' ({c.population})' if c.population else ''}, "
                      f"{c.start} to {c.end}{', incidents' if c.kind == 'incident' else ''}"
                      for c in self.comparisons]
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.summary()

    def windowed(self, comp: Comparison) -> Comparison | None:
        """The comparison clipped to the run's period; None when they do not meet.

        Dates are compared as the days they cover ("2015-10" runs to 31 October), not
        as text; a bound that clips keeps the period's own wording.
        """
        c_lo, c_hi = dates.window_bounds(comp.start, comp.end)
        p_lo, p_hi = dates.window_bounds(self.period_start, self.period_end)
        start = self.period_start if p_lo is not None and p_lo > c_lo else comp.start
        end = self.period_end if p_hi is not None and p_hi < c_hi else comp.end
        lo, hi = max(c_lo, p_lo or c_lo), min(c_hi, p_hi or c_hi)
        return replace(comp, start=start, end=end) if lo <= hi else None


def select(ledger: pd.DataFrame, run: RunParams, paths: Paths = PATHS) -> pd.DataFrame:
    """The ledger rows this run is about (filters: crosstally.tabulate.filter_figures).
    Raises ValueError when the filters leave nothing to chart or brief on."""
    df = tabulate.filter_figures(
        ledger, metrics=run.metrics, places=run.places, period_start=run.period_start,
        period_end=run.period_end, claimants=run.claimants, include_context=run.include_context,
        admin1=tabulate.load_admin1(paths.admin1))
    if df.empty:
        raise ValueError(f"run {run.run_name!r}: the filters leave no figures, nothing to chart or brief on")
    return df


def wider_area(ledger: pd.DataFrame, run: RunParams, paths: Paths = PATHS) -> pd.DataFrame:
    """The figures a run with a place filter leaves out because they are about the whole
    country (a wider area than the places asked for), among those its other filters
    (metrics, claimants, period, context) keep; empty for a run without a place filter
    or one that asks for the whole country."""
    admin1 = tabulate.load_admin1(paths.admin1)
    whole = tabulate.whole_country(admin1)
    if not run.places or whole is None or whole[0] in tabulate.resolve_places(run.places, admin1):
        return ledger.iloc[:0]
    return tabulate.filter_figures(
        ledger, metrics=run.metrics, places=[whole[0]], period_start=run.period_start,
        period_end=run.period_end, claimants=run.claimants, include_context=run.include_context, admin1=admin1)


def comparison_frames(df: pd.DataFrame, run: RunParams,
                      paths: Paths = PATHS) -> list[tuple[Comparison, pd.DataFrame]]:
    """Each of the run's comparisons that has claims in the selection, as
    (comparison clipped to the period, compare_window frame + latest ``published``)."""
    out = []
    published = df.set_index("figure_id")["published"]
    for comp in run.comparisons:
        clipped = run.windowed(comp)
        if clipped is None:
            continue
        frame = compare.compare_window(df, clipped.metric, clipped.start, clipped.end, places=run.places,
                                       population=clipped.population, include_incidents=clipped.kind == "incident",
                                       admin1=tabulate.load_admin1(paths.admin1))
        if clipped.kind == "incident":
            frame = frame[frame["counting_basis"] == "incident"].reset_index(drop=True)
        if frame.empty:
            continue
        frame["published"] = frame["figure_ids"].map(lambda ids: max(published[i] for i in ids.split(";")))
        out.append((clipped, frame))
    return out


# ----------------------------------------------------------------------------- figures


def _figure_specs(df: pd.DataFrame, comparisons: list[tuple[Comparison, pd.DataFrame]],
                  paths: Paths = PATHS, run: RunParams | None = None) -> dict:
    """stem -> a function drawing that chart: a timeline per metric, a dumbbell per
    comparison, the coverage matrix and displacement by governorate. ``run``: its
    period bounds the charts' time axes."""
    specs = {}
    as_of = plots.as_of(df)  # one "as of" for every chart of the run: the selection's
    period = (run.period_start, run.period_end) if run is not None else (None, None)
    for metric in METRICS:
        if (df["metric"] == metric).any():
            specs[f"timeline-{metric}"] = functools.partial(plots.timeline, df, metric, as_of=as_of, period=period)
    for i, (comp, frame) in enumerate(comparisons, start=1):
        specs[f"comparison-{i}-{comp.metric}"] = functools.partial(plots.dumbbell, frame, comp.title, as_of=as_of)
    specs["coverage-matrix"] = functools.partial(plots.coverage_matrix, df, as_of=as_of)
    if (df["metric"] == "displaced").any():
        specs["displacement-by-governorate"] = functools.partial(
            plots.displacement_by_governorate, df, plots.admin1_names(paths.admin1), as_of=as_of,
            unit=load_config(paths.root).admin1_singular, period=period)
    return specs


def figure_set(df: pd.DataFrame, comparisons: list[tuple[Comparison, pd.DataFrame]],
               paths: Paths = PATHS, run: RunParams | None = None) -> dict[str, Figure]:
    """Every chart for one selection, drawn, by file stem (time axes within ``run``'s period)."""
    return {stem: draw() for stem, draw in _figure_specs(df, comparisons, paths, run).items()}


def figure_stems(df: pd.DataFrame, comparisons: list[tuple[Comparison, pd.DataFrame]],
                 paths: Paths = PATHS) -> list[str]:
    """The file stems ``figure_set`` would draw, without drawing anything."""
    return list(_figure_specs(df, comparisons, paths))


def render_figures(figs: dict[str, Figure]) -> dict[str, tuple[bytes, bytes]]:
    """stem -> (SVG, PNG) bytes, drawn once for both the files and the HTML."""
    return {stem: plots.figure_bytes(fig) for stem, fig in figs.items()}


def write_figures(rendered: dict[str, tuple[bytes, bytes]], out_dir: Path) -> list[Path]:
    """Write every figure (SVG and PNG) to ``out_dir`` and remove charts there that
    the data no longer gives, so the folder holds exactly this run's figures."""
    written = []
    for stem, (svg, png) in rendered.items():
        for suffix, data in ((".svg", svg), (".png", png)):
            write_bytes(out_dir / f"{stem}{suffix}", data)
            written.append(out_dir / f"{stem}{suffix}")
    for old in sorted(out_dir.glob("*")):
        if old.suffix in (".svg", ".png") and old not in written:
            old.unlink()
    return written


def build_figures(run: RunParams, paths: Paths = PATHS, ledger: pd.DataFrame | None = None) -> dict[str, Figure]:
    """Draw the run's charts and write them to figures/<run_name>/ (SVG and PNG).
    Returns the figures, by file stem, for display."""
    ledger = ledger if ledger is not None else load_ledger(run.bound_profile, paths)
    if ledger.empty:  # a new case: no charts yet (and none left from before)
        write_figures({}, paths.figures_dir / run.run_name)
        return {}
    df = select(ledger, run, paths)
    figs = figure_set(df, comparison_frames(df, run, paths), paths, run)
    write_figures(render_figures(figs), paths.figures_dir / run.run_name)
    return figs


# ----------------------------------------------------------------------------- document model


@dataclass(frozen=True)
class Fact:
    """A number shown in the text. ``kind`` says how it follows from the figures:
    value / value_max (every row states it), low (lowest bound of the rows), high
    (highest bound), figures / claims / claimants / documents (counts of the rows)."""
    fact_id: str
    section: str
    text: str
    number: float
    kind: str
    claimant: str
    figure_ids: tuple[str, ...]


@dataclass(frozen=True)
class Ref:
    """Figure ids cited in the text, e.g. [F34; S04]."""
    ids: tuple[str, ...]


@dataclass(frozen=True)
class When:
    """A date (partial ISO) from the data or the parameters."""
    iso: str


@dataclass(frozen=True)
class Label:
    """A figure or table label ("Figure 2")."""
    text: str


@dataclass(frozen=True)
class Param:
    """Text given by the run's parameters or an identifier (a run name, a profile id,
    a place code, a comparison's title): shown as given, not a computed number."""
    text: str


@dataclass(frozen=True)
class Quoted:
    """Text taken as-is from an input file (a profile description)."""
    text: str


def inner_quotes(text: str) -> str:
    """Quoted text's own double quotes as single curly ones (‘nearly’), so that a quotation
    set in double quotes never holds quotes like its own (“… “nearly” …”)."""
    text = re.sub(r'"([^"]*)"', "\u2018\\1\u2019", text)
    return text.replace("\u201c", "\u2018").replace("\u201d", "\u2019")


@dataclass(frozen=True)
class Link:
    """A clickable address: ``url`` is where it goes (ASCII, percent-encoded), ``text``
    what the reader sees (see :func:`display_url`)."""
    url: str
    text: str


@dataclass(frozen=True)
class Ids:
    """Figure ids in a table cell ("A-kuna-2024-10-05-268 F12"): a line may break after
    any hyphen of an id, which Unicode line breaking forbids before a digit, so a long
    id never runs into the next column (the PDF) or past the cell (the HTML)."""
    text: str


@dataclass(frozen=True)
class Codes:
    """An area with its codes in a table cell ("Aleppo + Hama + Idleb (SY02+SY05+SY07)"):
    a line may break after any "+", so the codes never run past the cell into the next
    column (the PDF) nor wrap mid-code (the HTML)."""
    text: str


@dataclass(frozen=True)
class Note:
    """A word the briefing adds about an input, set apart (italic): "untitled"."""
    text: str


@dataclass(frozen=True)
class Break:
    """A line break inside a table cell."""


Inline = str | Fact | Ref | When | Label | Param | Quoted | Link | Ids | Codes | Note | Break


@dataclass
class Block:
    kind: str                       # title, h2, p, ul, figure, table
    parts: list = field(default_factory=list)   # inline parts; for ul a list of lists
    stem: str = ""                  # figure: file stem
    columns: tuple[str, ...] = ()   # table
    rows: list[tuple] = field(default_factory=list)  # cells: text, or a list of inline parts
    caption: list = field(default_factory=list)
    small: bool = False             # table set in a smaller size
    widths: tuple[str, ...] = ()    # table column widths in Typst ("auto", "1fr"); default auto
    pdf_rows: int | None = None     # table: at most this many rows in the PDF (the HTML has all)
    first: tuple[int, ...] = ()     # table: the rows the PDF shows first when it cannot show all
    elsewhere: str = ""             # table: where every row is, named under a PDF table cut short
    whole: bool = False             # p: never split across pages, so no chart floats into it (the PDF)
    nowrap: tuple[int, ...] = ()    # table: columns of numbers and dates, never wrapped (HTML)
    whole_words: tuple[int, ...] = ()  # table: columns wrapped between words only, never mid-number (HTML)


def fmt_number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


class Briefing:
    """Collects blocks and the facts their numbers come from."""

    def __init__(self, ledger_rows: pd.DataFrame, whole_country: tuple[str, str] | None = None):
        self.rows = ledger_rows.set_index("figure_id", drop=False)
        self.whole_country = whole_country  # (admin-1 code, name) of figures about the whole country
        self.admin1_plural = "admin-1 areas"  # what the case calls its admin-1 units
        self.blocks: list[Block] = []
        self.facts: list[Fact] = []
        self.section = ""
        self.as_of = plots.as_of(ledger_rows)  # the run's one "as of" date, for every caption

    def add(self, block: Block) -> Block:
        if block.kind == "h2":
            self.section = "".join(p for p in block.parts if isinstance(p, str))
        self.blocks.append(block)
        return block

    def fact(self, number: float, kind: str, ids: Iterable[str], text: str | None = None) -> Fact:
        ids = tuple(sorted(set(ids)))
        claimants = sorted(set(self.rows.loc[list(ids), "claimant"]))
        f = Fact(f"N{len(self.facts) + 1:03d}", self.section, text or fmt_number(number), float(number),
                 kind, claimants[0] if len(claimants) == 1 else "", ids)
        self.facts.append(f)
        return f

    def count(self, kind: str, ids: Iterable[str]) -> Fact:
        """How many figures / claims / claimants / documents the rows ``ids`` hold."""
        ids = sorted(set(ids))
        rows = self.rows.loc[ids]
        n = {"figures": len(rows), "claims": rows["origin_key"].nunique(),
             "claimants": rows["claimant"].nunique(), "documents": rows["document_id"].nunique()}[kind]
        return self.fact(n, kind, ids)

    def count_left_out(self, rows: pd.DataFrame) -> Fact:
        """How many figures ``rows`` holds: ledger rows the selection left out (so not in
        ``self.rows``), counted in the text and kept traceable to their ids."""
        ids = tuple(sorted(set(rows["figure_id"])))
        claimants = sorted(set(rows["claimant"]))
        f = Fact(f"N{len(self.facts) + 1:03d}", self.section, fmt_number(len(ids)), float(len(ids)),
                 "figures", claimants[0] if len(claimants) == 1 else "", ids)
        self.facts.append(f)
        return f

    def stated(self, ids: Iterable[str]) -> list[Inline]:
        """A claim in words, as its first figure states it, qualifier kept: "at least
        120,000"; "(partial count)" after a partial count or a floor from a sample; its
        unit after the number when the metric is not usually counted in it ("about 7,000
        households" among people displaced)."""
        ids = sorted(set(ids))
        row = self.rows.loc[ids[0]]
        q = row["qualifier"]
        unit = [unit_words(row)] if unit_words(row) else []
        partial = [] if row["completeness"] == "full" else [" (partial count)"]
        if q == "vague" or pd.isna(row["value"]):
            return [str(row["value_as_reported"]) + "".join(unit), *partial]
        value = self.fact(row["value"], "value", ids)
        if q == "range":
            return [value, " to ", self.fact(row["value_max"], "value_max", ids), *unit, *partial]
        words = {"exact": "", "about": "about ", "estimated": "an estimated ", "nearly": "nearly ",
                 "at_least": "at least ", "more_than": "more than ", "up_to": "up to ",
                 "fewer_than": "fewer than "}[q]
        return [words, value, *unit, *partial] if words else [value, *unit, *partial]

    def facts_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [(f.fact_id, f.section, f.text, f.number, f.kind, f.claimant, ";".join(f.figure_ids))
             for f in self.facts],
            columns=["fact_id", "section", "text", "number", "kind", "claimant", "figure_ids"])


def unit_words(row) -> str:
    """" households" after a number of people displaced counted in households; "" when the
    claim is in its metric's usual unit (people killed, strikes as events)."""
    unit, metric = str(row.get("unit", "") or ""), str(row.get("metric", "") or "")
    return f" {unit}" if unit and unit != USUAL_UNIT.get(metric, unit) else ""


# ----------------------------------------------------------------------------- content


# ----------------------------------------------------------------------------- length
# The briefing proper (everything before the appendix) is at most PROPER_PAGES pages for
# any case, however many claims, claimants, places and comparison windows it holds
# (README, "The briefing"). What it shows is capped; what is left out is named and found
# elsewhere: the run's tables in data/processed/tables/<run>/, every chart in
# figures/<run>/ and, for the appendix's tables, every row in briefing.html.
PROPER_PAGES = 4
PROPER_END = "behind these figures."  # the last words of the briefing proper (the method's)
MAX_COMPARISONS = 4   # comparison windows described (summary, key comparisons, chart, claims table)
MAX_SETS = 3          # sets of two or more comparable claims set out in words per window
MAX_NAMES = 20        # claimant names in one list (parties, captions); the rest counted
MAX_FINDINGS = 3      # "one statement, several numbers" findings in the summary
PDF_TABLE_ROWS = 15   # rows of an appendix claims table in the PDF (briefing.html has every row)
PDF_LIST_ROWS = 50    # rows of the appendix's claimant and document tables in the PDF


def _names(rows: pd.DataFrame, b: "Briefing | None" = None) -> list[Inline]:
    """Claimant names, as a comma list in id order; past MAX_NAMES (with ``b``, which
    counts them), the first MAX_NAMES and "and <n> others"."""
    named = rows.drop_duplicates("claimant").sort_values("claimant")
    names = [plots.short_name(n, c) for n, c in zip(named["claimant_name"], named["claimant"])]
    if b is None or len(names) <= MAX_NAMES:
        return [", ".join(names)]
    rest = set(named["claimant"].iloc[MAX_NAMES:])
    column = "figure_id" if "figure_id" in rows else "figure_ids"
    ids = [i for c, v in zip(rows["claimant"], rows[column]) if c in rest for i in str(v).split(";")]
    return [", ".join(names[:MAX_NAMES]) + " and ", b.count("claimants", ids), " others"]


def _ids(frame: pd.DataFrame) -> list[str]:
    return sorted({i for ids in frame["figure_ids"] for i in ids.split(";")})


def _join_parts(items: list[list[Inline]], last: str = " and ", sep: str = "; ") -> list[Inline]:
    out: list[Inline] = []
    for i, item in enumerate(items):
        if i:
            out.append(last if i == len(items) - 1 else sep)
        out += item
    return out


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def possessive(name: str) -> str:
    """"UNHCR's", "OCHA's"; a plural name ending in s takes the apostrophe alone
    ("Theatre witnesses'", "HRW's interviewees'").

    >>> possessive("UNHCR"), possessive("Theatre witnesses")
    ("UNHCR's", "Theatre witnesses'")
    """
    return name + ("'" if name.endswith("s") and not name.endswith("ss") else "'s")


def _summary(b: Briefing, df: pd.DataFrame, comps, run: RunParams, names: dict[str, str],
             codes: list[str], left_out: pd.DataFrame | None = None) -> None:
    ids = list(df["figure_id"])
    items = [[
        "The ledger holds ", b.count("figures", ids), _plural(len(ids), " figure", " figures"), " for this selection: ",
        b.count("claims", ids), _plural(len(set(df["origin_key"])), " distinct claim", " distinct claims"), " (a claim relayed by several outlets counts once) from ",
        b.count("claimants", ids), _plural(len(set(df["claimant"])), " claimant", " claimants"), ", read in ",
        b.count("documents", ids), _plural(len(set(df["document_id"])), " document.", " documents."),
    ]]
    wider = df[df["place_coverage"] == "spans_more"]
    if len(wider):  # figures that also cover admin-1 areas the run did not ask for
        others = sorted({c for a in wider["admin1"] for c in a.split(";") if c and c not in codes},
                        key=lambda c: names.get(c, c))
        items.append([b.count("figures", wider["figure_id"]),
                      _plural(len(wider), " of these figures also covers", " of these figures also cover"),
                      f" other {b.admin1_plural} (",
                      _words([names.get(c, c) for c in others]), "): they are not counts for ",
                      _words([names.get(c, c) for c in codes]), " alone."])
    if left_out is not None and len(left_out):  # never left out in silence
        country = b.whole_country[1] if b.whole_country else "the whole country"
        asked = _words([names.get(c, c) for c in codes])
        items.append([b.count_left_out(left_out), _plural(len(left_out), " figure", " figures"),
                      f" about all of {country}, a wider area, {_plural(len(left_out), 'is', 'are')} left out: "
                      f"a count for all of {country} does not say how much of it was in {asked}."])
    party = df[df["claimant_is_party"]]
    if len(party):
        items.append([b.count("figures", party["figure_id"]),
                      _plural(len(party), " of these figures comes", " of these figures come") + " from parties to the conflict (",
                      *_names(party, b), "); the charts draw them hollow and dashed."])
    else:
        items.append(["None of these figures comes from a party to the conflict."])
    for comp, frame in comps[:MAX_COMPARISONS]:
        items.append([Param(comp.title), ": ", *_headline(b, frame, names)])
    totals = compare.running_totals(df)
    totals = totals[totals["status"] == "current"]
    for metric in ("killed", "displaced"):
        # A series that moved: a stated start, and counts standing at two dates or more
        # (two numbers for one day are one statement carried differently: a finding).
        moving = totals[(totals["metric"] == metric) & (totals["since"] != "")]
        series = [kv for kv in moving.groupby(compare.SERIES_KEY, sort=True) if kv[1]["as_of"].nunique() > 1]
        longest = max(series, key=lambda kv: (len(kv[1]), kv[0]), default=None)
        if longest is None:
            continue
        s = longest[1]
        claimant, population = s["claimant"].iloc[0], s["population"].iloc[0]
        first, last = s.iloc[0], s.iloc[-1]
        all_ids = _ids(s)
        items.append([
            f"{possessive(plots.short_name(first['claimant_name'], claimant))} running total of "
            f"{people_words(metric, population)} "
            "went from ", *b.stated(first["figure_ids"].split(";")), " as of ", When(first["as_of"]), " to ",
            *b.stated(last["figure_ids"].split(";")), " as of ", When(last["as_of"]), " over ",
            b.count("claims", all_ids), " reports ", Ref(tuple(all_ids)), ".",
        ])
    found = compare.findings(df)
    same = found[found["finding"] == "same_statement_different_values"]
    for r in same.iloc[:MAX_FINDINGS].itertuples():
        ids = r.figure_ids.split(";")
        versions = [[*b.stated([i]), f" in {b.rows.loc[i, 'outlet_name']} ", Ref((i,))] for i in ids]
        items.append([f"One statement, several numbers: {possessive(plots.short_name(r.claimant_name, r.claimant))} "
                      f"statement of ", When(r.date), " reached readers as ", *_join_parts(versions), "."])
    if len(same) > MAX_FINDINGS:
        rest = [i for ids in same["figure_ids"].iloc[MAX_FINDINGS:] for i in ids.split(";")]
        items.append(["More statements reached readers with several numbers: ", b.count("figures", rest),
                      " further figures, listed in ", Param(f"data/processed/tables/{run.run_name}/findings.csv"),
                      " (finding same_statement_different_values)."])
    b.add(Block("ul", items))


def people_words(metric: str, population: str) -> str:
    """What a claim counts, in words: "people killed", "civilians killed", "people
    displaced inside the country (IDPs)", "people displaced abroad (refugees)"."""
    label = plots.METRIC_LABELS.get(metric, metric)
    if population in ("all", "not_applicable", ""):
        return label
    if metric == "displaced" and population in DISPLACED_WORDS:
        return DISPLACED_WORDS[population]
    noun = {"idps": "internally displaced people (IDPs)"}.get(population, population_words(population))
    return label.replace("people", noun) if "people" in label else f"{label} ({noun})"


DISPLACED_WORDS = {"idps": "people displaced inside the country (IDPs)",
                   "refugees": "people displaced abroad (refugees)"}


def _words(items: list[str]) -> str:
    """"Aleppo", "Aleppo and Hama", "Aleppo, Hama and Idleb"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def area_words(admin1: str, names: dict[str, str]) -> str:
    """A claim's area in words: "Aleppo", "Aleppo, Hama and Idleb together", "all of Syria".

    ``names``: admin-1 code -> name, the whole country's row included (its code begins
    every other code: :func:`crosstally.tabulate.whole_country`)."""
    codes = [c for c in admin1.replace(" | ", ";").split(";") if c]
    whole = _whole_country(names)
    if whole and codes == [whole[0]]:
        return f"all of {whole[1]}"
    return _words([names.get(c, c) for c in codes]) + (" together" if len(codes) > 2 else "") or "an unstated area"


def _set_label(row, names: dict[str, str], capital: bool = False, stock: bool = False,
               population: bool = False) -> list[Inline]:
    """What a comparable set counts, dates as dates: "in Aleppo (running totals from an
    unstated start, all or unspecified perpetrators)". ``stock``: every claim of the set
    counts how many there were at a date (``stock_as_of``: people sheltering in a
    building), which is no running total: "(counts at a date, from 2022-03-16 on, ...)".
    ``population``: name what the set counts first, where the comparison holds several
    populations ("in Lebanon, of people displaced inside the country (IDPs) (counts at a
    date, ...)"), so a reader never takes a count of IDPs for one of all displaced."""
    basis = {"running total": "running totals", "period total": "period totals", "incident": "incidents"}
    window = str(row["count_window"])
    where = area_words(row["area"], names)
    if population:
        where += f", of {people_words(str(row['metric']), str(row['population']))}"
    if stock and window.startswith("since ") and row["basis"] == "running total":
        start = window.removeprefix("since ")
        return [("In " if capital else "in ") + f"{where} (counts at a date",
                *([", from ", When(start), " on"] if start != "?" else []),
                f", {compare.PERPETRATOR_WORDS.get(row['perpetrator_scope'], row['perpetrator_scope'])})"]
    if window == "since ?":
        when: list[Inline] = [" from an unstated start"]
    elif window.startswith("since "):
        when = [" since ", When(window.removeprefix("since "))]
    elif window.startswith("?.."):
        when = [" to ", When(window.removeprefix("?.."))]
    elif ".." in window:
        first, last = window.split("..")
        when = [" from ", When(first), " to ", When(last)]
    else:
        when = [" on ", When(window)]
    return [("In " if capital else "in ") + f"{where} ({basis.get(row['basis'], row['basis'])}",
            *when, f", {compare.PERPETRATOR_WORDS.get(row['perpetrator_scope'], row['perpetrator_scope'])})"]


def _all_stocks(claims: pd.DataFrame) -> bool:
    """Does every claim count how many there were at a date (``stock_as_of``)?"""
    return bool(len(claims)) and bool((claims["counting_basis"].astype("str") == "stock_as_of").all())


def _range_words(b: Briefing, frame: pd.DataFrame) -> list[Inline]:
    """"from about 30,000 (UNHCR) [F43] to about 50,000 (UNHCR) [F42]": lowest and
    highest number as stated among the claims in ``frame`` (one comparable set).

    When every claim states the same number there is no "from ... to": in the same
    words, "all about 300 (A, B) [..]"; in other words, each claim once, "the same
    number in other words: an estimated 300 (A) [..], about 300 (B) [..] and at least
    300 (C) [..]" (never "from an estimated 300 to an estimated 300")."""
    stated = frame["value"].fillna(frame["low"].astype("float64"))
    lo, hi = frame.loc[stated.idxmin()], frame.loc[stated.idxmax()]
    dated = _several_days(frame.loc[[lo.name, hi.name]])  # "from ... to ..." of two days: each its day

    def one(claim) -> list[Inline]:
        return _claim_words(b, claim, dated)

    if len(frame) == 1:
        return one(lo)
    if stated[lo.name] == stated[hi.name]:
        if frame["value_as_reported"].nunique() == 1:
            ids = _ids(frame)
            return ["all ", *b.stated(ids), " (", *_names(frame, b), ") ", Ref(tuple(ids))]
        claims = frame.sort_values(["claimant", "figure_ids"])
        return ["the same number in other words: ",
                *_join_parts([_claim_words(b, c, _several_days(frame)) for _, c in claims.iterrows()], sep=", ")]
    if frame["claimant"].nunique() == 1:
        # one claimant's words carried by several outlets with different numbers: no disagreement between
        # sources, but a relay that got it wrong ("only UNHCR's, as outlets carried it: from about 30,000 ...")
        name = plots.short_name(lo["claimant_name"], lo["claimant"])
        return [f"only {possessive(name)} claims, as the outlets that carried them give them: from ", *one(lo), " to ",
                *one(hi)]
    return ["from ", *one(lo), " to ", *one(hi)]


def _several_days(frame: pd.DataFrame) -> bool:
    """Do the claims of ``frame`` stand at more than one day? Then the claims named are
    named with their days ("from 403 (SOHR, as of 2015-11-20) to 526 (SNHR, as of
    2015-11-22)"): a running total as of one day and one as of a later day count
    different stretches of time."""
    return "window_end" in frame and frame["window_end"].astype("str").nunique() > 1


def _claim_words(b: Briefing, claim, dated: bool = False) -> list[Inline]:
    """One claim in words: "403 (SOHR) [F09]", or with ``dated`` "403 (SOHR, as of
    2015-11-20) [F09]"."""
    ids = claim["figure_ids"].split(";")
    name = plots.short_name(claim["claimant_name"], claim["claimant"])
    if dated:
        return [*b.stated(ids), f" ({name}, as of ", When(str(claim["window_end"])), ") ", Ref(tuple(ids))]
    return [*b.stated(ids), f" ({name}) ", Ref(tuple(ids))]


def _verdict(sub: pd.DataFrame) -> list[Inline]:
    """Whether the claims of one comparable set can all be right, in words
    (:func:`crosstally.compare.set_conflict`): claims of one day as ranges that share a
    common stretch or not; running totals that stood at different days as a series that
    only grows, an earlier total lower than a later one being no disagreement."""
    conflict = compare.set_conflict(sub)
    profile = "read as ranges under the run's bound profile, "
    if not _several_days(sub):
        if sub["claimant"].nunique() == 1 and conflict is not None:
            return [": " + profile + "they do not all overlap, so not every outlet carried the claimant's number "
                    "right; this is no disagreement between sources. "]
        return [": " + profile + ("they share a common stretch. " if conflict is None else
                                  "they do not all overlap, so they cannot all be right. ")]
    if conflict is not None and conflict.kind == "same day":
        return [": they stood at different dates; " + profile + "those of ", When(conflict.day),
                " do not all overlap, so they cannot all be right. "]
    if _all_stocks(sub):
        return [": they stood at different dates, and a count at a date can rise or fall, so only counts of "
                "the same day are set against each other: they can all be right. "]
    grows = ": they stood at different dates, and a running total may grow but not fall; " + profile
    if conflict is None:
        return [grows + "none is above the upper bound of a later one, so they can all be right. "]
    first, second = sub.loc[conflict.first], sub.loc[conflict.second]
    return [grows, possessive(plots.short_name(first["claimant_name"], first["claimant"])), " total as of ",
            When(conflict.day), " ", Ref(tuple(first["figure_ids"].split(";"))), " is above the upper bound of ",
            possessive(plots.short_name(second["claimant_name"], second["claimant"])), " as of ",
            When(str(second["window_end"])), " ", Ref(tuple(second["figure_ids"].split(";"))),
            ", so they cannot all be right. "]


def _sets(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """The comparable sets of a comparison frame (ranked claims only), the largest first
    (then: within the requested places, more claimants, more figures, area and window as text)."""
    ranked = frame[frame["ranked"]]
    sets = [sub for _, sub in ranked.groupby("comparable_set", sort=True)]
    # A set's figures include the earlier steps of its claimants' own running totals: of
    # two single claims, a ministry's toll that stood on several days says more than one
    # day's count.
    keys = ["metric", "population", *compare.SET_KEY]
    earlier = frame[frame["not_ranked_because"].astype("str").str.startswith(compare.EARLIER_STEP)]
    earlier_keys = [tuple(str(v) for v in row) for row in earlier[keys].itertuples(index=False)]

    def figures(sub: pd.DataFrame) -> int:
        key = tuple(str(v) for v in sub[keys].iloc[0])
        steps = earlier[[k == key for k in earlier_keys]] if len(earlier) else earlier
        return len(_ids(pd.concat([sub, steps])))

    return sorted(sets, key=lambda sub: (-len(sub), bool((sub["place_coverage"] == "spans_more").any()),
                                         -sub["claimant"].nunique(), -figures(sub), sub["area"].iloc[0],
                                         sub["count_window"].iloc[0]))


def _headline(b: Briefing, frame: pd.DataFrame, names: dict[str, str]) -> list[Inline]:
    """A comparison in one sentence: its largest set of claims that count the same
    thing, in words, and how many other claims are not ranked against it."""
    best = _sets(frame)[0] if _sets(frame) else frame.iloc[:1]
    parts: list[Inline] = [*_set_label(best.iloc[0], names, stock=_all_stocks(best),
                                       population=frame["population"].nunique() > 1), ", ",
                           *_range_words(b, best), "."]
    others = frame[~frame["figure_ids"].isin(best["figure_ids"])]
    if len(others):
        parts += [" Not ranked against " + ("it: " if len(best) == 1 else "these: "), *_reasons(b, others), "."]
    return parts


ELSE_WORDS = (" claim that counts something else (another population, area, perpetrators or window)",
              " claims that count something else (another population, area, perpetrators or window)")
ALONE_WORDS = (" claim that no other claim matches in population, area, perpetrators and period",
               " claims that no other claim matches in population, area, perpetrators and period")


EARLIER_WORDS = (" earlier step of a claimant's own running total (a series that grows, not a disagreement)",
                 " earlier steps of claimants' own running totals (series that grow, not disagreements)")


def _reasons(b: Briefing, claims: pd.DataFrame, current_full=ELSE_WORDS) -> list[Inline]:
    """Why ``claims`` are not ranked, counted by reason: "2 partial counts (floors or
    parts), 1 superseded or retracted figure, 1 earlier step of a claimant's own running
    total (...) and 1 claim that counts something else
    (another population, area, perpetrators or window)"; ``current_full``: the words (one,
    many) for current full counts."""
    status, comp = claims["status"].astype("str"), claims["completeness"].astype("str")
    earlier = (claims["not_ranked_because"].astype("str").str.startswith(compare.EARLIER_STEP)
               if "not_ranked_because" in claims else pd.Series(False, index=claims.index))
    reasons = []
    for rows, one, many in (
            (claims[(status == "current") & (comp != "full")], " partial count (a floor or a part)",
             " partial counts (floors or parts)"),
            (claims[status != "current"], " superseded or retracted figure", " superseded or retracted figures"),
            (claims[(status == "current") & (comp == "full") & earlier], *EARLIER_WORDS),
            (claims[(status == "current") & (comp == "full") & ~earlier], *current_full)):
        if len(rows):
            n = b.count("claims", _ids(rows))
            reasons.append([n, one if n.number == 1 else many])
    return _join_parts(reasons, sep=", ")


def area_label(admin1: str, names: dict[str, str] | None = None,
               whole_country: tuple[str, str] | None = None) -> str:
    """An area in words with its p-codes: the country's name for the whole country, else
    "Aleppo (SY02)", "Aleppo + Hama + Idleb (SY02+SY05+SY07)"; names from
    data/raw/rules/admin1.csv unless given; the whole country's (code, name) from it too
    (:func:`crosstally.tabulate.whole_country`) unless given.

    >>> area_label("SY", {"SY": "Syria", "SY02": "Aleppo"}), area_label("SY02", {"SY": "Syria", "SY02": "Aleppo"})
    ('Syria', 'Aleppo (SY02)')
    """
    codes = [c for c in admin1.replace(" | ", ";").split(";") if c]
    if not codes:
        return "unstated"
    names = names if names is not None else _admin1_names(str(PATHS.admin1))
    whole = whole_country or _whole_country(names)
    if whole and codes == [whole[0]]:
        return whole[1]
    return f"{' + '.join(names.get(c, c) for c in codes)} ({'+'.join(codes)})"


def _whole_country(names: dict[str, str]) -> tuple[str, str] | None:
    """(code, name) of the whole country among admin-1 ``names`` (code -> name)."""
    if not names:
        return None
    return tabulate.whole_country(pd.DataFrame({"pcode": list(names), "name": list(names.values())}))


@functools.lru_cache(maxsize=4)
def _admin1_names(path: str) -> dict[str, str]:
    return plots.admin1_names(path) if Path(path).exists() else {}


def _comparisons(b: Briefing, comps, table_no: int, names: dict[str, str]) -> int:
    for comp, frame in comps:
        ids = _ids(frame)
        parts: list[Inline] = [
            Param(comp.title), f". Claims about {plots.METRIC_LABELS[comp.metric]}"
            + (f" ({comp.population})" if comp.population else "")
            + " whose count stands at a date between ", When(comp.start), " and ", When(comp.end), ": ",
            b.count("claims", ids), " claims from ", b.count("claimants", ids), " claimants. Only claims that "
            "count the same thing (unit, counting basis and window, perpetrators, area) and are current, full "
            "counts are ranked against each other. ",
        ]
        compared = [sub for sub in _sets(frame) if len(sub) > 1]
        told = compared[:MAX_SETS]  # the largest sets (as _sets orders them), in area and window order
        for sub in sorted(told, key=lambda sub: (sub["area"].iloc[0], sub["count_window"].iloc[0])):
            parts += [*_set_label(sub.iloc[0], names, capital=True, stock=_all_stocks(sub),
                                  population=frame["population"].nunique() > 1), ", ",
                      *_range_words(b, sub), *_verdict(sub)]
            party, independent = sub[sub["claimant_is_party"]], sub[~sub["claimant_is_party"]]
            if len(party) and len(independent):
                parts += ["There, parties to the conflict said ", *_range_words(b, party),
                          "; claimants not party to it said ", *_range_words(b, independent), ". "]
        if len(compared) > len(told):
            untold = pd.concat(compared[len(told):])
            parts += ["Other sets of claims that count the same thing hold ", b.count("claims", _ids(untold)),
                      " further claims, ranked within their sets; ", Label(f"Table {table_no}"), " lists them and ",
                      Param("side-by-side.csv"), " gives each one's set. "]
        alone = frame[~frame["figure_ids"].isin([i for sub in compared for i in sub["figure_ids"]])]
        if len(alone):
            parts += ["Not ranked against any other: ", *_reasons(b, alone, ALONE_WORDS), "; ", Label(f"Table {table_no}"),
                      " gives each one's reason. "]
        relayed = frame[frame["n_outlets"] > 1]
        if len(relayed):
            parts += [b.count("claims", _ids(relayed)), " of the claims reached us through more than one "
                      "outlet and count once. "]
        b.add(Block("p", parts))
        rows = [
            (plots.short_name(c.claimant_name, c.claimant), "yes" if c.claimant_is_party else "no",
             [Codes(area_label(c.admin1, names, whole_country=b.whole_country))],
             c.value_as_reported + unit_words(c._asdict()), fmt_number(c.low),
             "open" if pd.isna(c.high) else fmt_number(c.high), _as_of_cell(c), [Ids(c.figure_ids.replace(";", " "))],
             _table_reason(c, frame, names))
            for c in frame.itertuples()
        ]
        b.add(Block("table", columns=("Claimant", "Party", "Area", "As reported", "Low", "High", "As of", "Figures",
                                      "Not ranked because"),
                    # the words and ids of a claim carried many times wrap in their own share
                    # of the width, never squeezing the area and the reason to a word a line
                    # and so does a claimant's long name ("Disaster Risk Management Unit of ...")
                    widths=("1.2fr", "auto", "1fr", "1.5fr", "auto", "auto", "auto", "1fr", "1.5fr"), small=True,
                    nowrap=(4, 5, 6), whole_words=(3,),
                    rows=rows, caption=[Label(f"Table {table_no}."), f" {comp.title}: one row per claim "
                                        "(relays counted once), bounds from the run's profile. ",
                                        plots.source_line(frame, as_of_date=b.as_of)],
                    pdf_rows=PDF_TABLE_ROWS, elsewhere="side-by-side.csv",
                    first=tuple(i for i, ids in enumerate(frame["figure_ids"])
                                if any(ids in set(sub["figure_ids"]) for sub in told))))
        table_no += 1
    return table_no


def _as_of_cell(c) -> str | list:
    """A claim's "As of" in its table: the day its count stands at (the window's end). A
    claim whose relays give a later day than the claimant's own (OCHA's 22 October in
    OCHA's report, 24 October in Breitbart's) shows the claimant's day, as the summary
    says it, and the relays' apart."""
    own, widest = str(c.period_end), str(c.window_end)
    if re.fullmatch(_ISO_DAY, own) and re.fullmatch(_ISO_DAY, widest) and own < widest:
        return [own, Break(), Note(f"{widest} as relayed")]
    return widest


def _table_reason(c, frame: pd.DataFrame, names: dict[str, str] | None = None) -> str:
    """A claim's reason not to be ranked, for the table ("" when it is ranked against
    another), in words a reader takes in: places by name, plain dates (:func:`reason_words`);
    an earlier step of a series says the value its series stood at later, not only the day."""
    if c.ranked and (frame["comparable_set"] == c.comparable_set).sum() < 2:
        reason = c.not_ranked_because.removeprefix("nothing comparable in its group: ")
        return "the only claim of its kind" + (f": {reason_words(reason, names or {})}" if reason else "")
    reason = c.not_ranked_because
    if reason.startswith(compare.EARLIER_STEP):
        day = reason.removeprefix(compare.EARLIER_STEP).strip()
        later = frame[(frame["claimant"] == c.claimant) & (frame["window_end"].astype(str) == day)
                      & (frame["counting_basis"] == c.counting_basis) & (frame["area"] == c.area)]
        if len(later):
            step = later.iloc[0]
            return (f"an earlier step of its claimant's own running total, later "
                    f"{step['value_as_reported']} as of {plain_date(day)} ({step['figure_ids'].replace(';', ' ')})")
    return reason_words(reason, names or {})


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
_ISO_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"


def plain_date(iso: str) -> str:
    """An ISO date, whole or partial, as a reader writes it: "5 October 2015",
    "October 2015", "2015"; anything else unchanged."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip())
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return iso
    year, month, day = m.groups()
    if not month:
        return year
    return f"{int(day)} {MONTH_NAMES[int(month) - 1]} {year}" if day else f"{MONTH_NAMES[int(month) - 1]} {year}"


def plain_span(start: str, end: str) -> str:
    """Two ISO days as a span in words, shared month and year said once: "5 to 26
    October 2015", "30 September to 21 October 2015"."""
    if re.fullmatch(_ISO_DAY, start) and re.fullmatch(_ISO_DAY, end):
        if start[:7] == end[:7]:
            return f"{int(start[8:])} to {plain_date(end)}"
        if start[:4] == end[:4]:
            return f"{plain_date(start).removesuffix(' ' + start[:4])} to {plain_date(end)}"
    return f"{plain_date(start)} to {plain_date(end)}"


def reason_words(text: str, names: dict[str, str]) -> str:
    """A reason not to rank a claim (compare's ``not_ranked_because``) for a reader:
    areas named ("area SY02;SY05" -> "area: Aleppo and Hama", "area SY" -> "area: all of
    Syria"), windows and dates in words ("period total 2015-10-05..2015-10-26" -> "a
    total for 5 to 26 October 2015", "?..2015-10-26" -> "a total up to 26 October 2015,
    start not stated"); figure ids and quoted words are kept as they are."""
    code = r"[A-Z]{2}[A-Z0-9-]*"
    text = re.sub(rf"\barea ({code}(?:;{code})*)(?=;|$)", lambda m: f"area: {area_words(m.group(1), names)}", text)
    text = re.sub(rf"\bperiod total \?\.\.({_ISO_DATE})",
                  lambda m: f"a total up to {plain_date(m.group(1))}, start not stated", text)
    text = re.sub(rf"\bperiod total ({_ISO_DATE})\.\.({_ISO_DATE})",
                  lambda m: f"a total for {plain_span(m.group(1), m.group(2))}", text)
    text = re.sub(rf"\bincident ({_ISO_DATE})\b", lambda m: f"an incident on {plain_date(m.group(1))}", text)
    text = _window_words(text)
    return re.sub(rf"(?<![\w-]){_ISO_DATE}(?![\w-])", lambda m: plain_date(m.group(0)), text)


def _window_words(text: str) -> str:
    """A window's ".." in words ("2015-10-25 to 2015-10-26", "? to 2015-10-26"); an
    ellipsis in quoted words ("verified ... likely higher") is left as it is."""
    return re.sub(r"(?<=[0-9?])\.\.(?=[0-9?])", " to ", text)


FIGURE_TEXT = {
    "comparison": "each claim as a range from low to high, labelled with the words as reported and its "
                  "figure ids; an arrow marks a figure with no upper bound",
    "timeline": "each claimant's figures over time, one panel per population; running totals joined as "
                "steps, ranges shaded, floors ('at least') with an upward arrow",
    "coverage-matrix": "who reports what: the number of figures per claimant and metric",
    "displacement-by-governorate": "people displaced, one panel per area as the claimant named it "
                                   "(a total for several {admin1_plural} is not split)",
}


def _figure_block(b: Briefing, stem: str, no: int, shown: pd.DataFrame) -> Block:
    kind = next(k for k in FIGURE_TEXT if stem.startswith(k))
    return b.add(Block("figure", stem=stem, caption=[
        Label(f"Figure {no}."), f" {FIGURE_TEXT[kind].format(admin1_plural=b.admin1_plural).capitalize()}. "
        "Claimants: ", *_names(shown, b), "; the chart's source line gives their ids and the run's as-of date."]))


def _sources_and_method(b: Briefing, df: pd.DataFrame, run: RunParams, paths: Paths, table_no: int,
                        claim_tables: int = 0) -> None:
    profile = get_profile(run.bound_profile, paths.profiles)
    b.add(Block("h2", ["Sources and method"]))
    b.add(Block("p", [
        "Each figure is one number as one claimant stated it in one document; a claim relayed by several "
        "outlets is one claim (same claimant, metric, population, period and value), and so is a figure the "
        "curator marked as carrying another figure's statement. Vague numbers become "
        "ranges by the bound profile ", Param(profile.id), ": ", Quoted(profile.description), " Comparisons take the "
        "claims whose count stands at a date inside the window; single-incident tolls are not compared with "
        "totals, and context figures (whole-war tolls) are " + ("included." if run.include_context else "left out."),
        " Areas are named with their codes from the case's table of areas (", Param("rules/admin1.csv"),
        f"); a claim about several {b.admin1_plural} is not split among them. "
        "Every chart and table gives the figures as of one date, the latest publication date among them (",
        When(b.as_of), "). The appendix lists ",
        *(["the claims of each comparison with their bounds and why any is not ranked (",
           *_join_parts([[Label(f"Table {n}")] for n in range(1, claim_tables + 1)]), "), "] if claim_tables else []),
        "every claimant (", Label(f"Table {table_no}"),
        ") and every document (", Label(f"Table {table_no + 1}"), ", with its title and a link) behind these figures.",
    ], whole=True))  # a chart never floats into the method's words
    b.add(Block("appendix", ["Appendix: claims, claimants and documents"]))
    sources = load_sources(paths).set_index("source_id")
    claimants = sorted(df["claimant"].unique())
    b.add(Block("table", columns=("Claimant", "Name", "Type", "Party", "Figures"), small=True,
                pdf_rows=PDF_LIST_ROWS, elsewhere="data/raw/sources.csv",
                widths=("auto", "1.4fr", "auto", "auto", "1fr"),
                rows=[(c, sources.loc[c, "name"], sources.loc[c, "type"].replace("_", " "),
                       "yes" if sources.loc[c, "party_to_conflict"] == "true" else "no",
                       [Ids(" ".join(sorted(df.loc[df["claimant"] == c, "figure_id"])))]) for c in claimants],
                caption=[Label(f"Table {table_no}."), " Every claimant whose figures this briefing uses "
                         "(data/raw/sources.csv). ", plots.source_line(df, as_of_date=b.as_of)]))
    docs = load_documents(paths).set_index("document_id")
    used = sorted(df["document_id"].unique())

    def title_and_link(d: str) -> list:
        title = str(docs.loc[d, "title"]).strip()
        url = str(docs.loc[d, "url"]).strip()
        head: list = [title] if title else [Note(untitled_words(docs.loc[d], sources))]
        return head + ([Break(), Link(link_target(url), display_url(url))] if url else [])

    b.add(Block("table", columns=("Document (outlet id and date)", "Published", "Title and link"), small=True,
                pdf_rows=PDF_LIST_ROWS, elsewhere="data/raw/documents.csv",
                widths=("auto", "auto", "1fr"), nowrap=(1,),
                rows=[(d, docs.loc[d, "published"], title_and_link(d)) for d in used],
                caption=[Label(f"Table {table_no + 1}."), " Every document whose figures this briefing uses "
                         "(data/raw/documents.csv), with its title as published (where none is recorded, ",
                         Note("its outlet and date"), ") and its address. ", plots.source_line(df, as_of_date=b.as_of)]))


def untitled_words(doc: pd.Series, sources: pd.DataFrame) -> str:
    """What the document list shows for a document with no recorded title: its outlet's
    name (sources.csv; the outlet id if it has none) and its date, "Energy Bulletin,
    23 December 2015"."""
    outlet = str(doc["outlet"]).strip()
    name = str(sources.loc[outlet, "name"]).strip() if outlet in sources.index else ""
    published = str(doc["published"]).strip()
    return ", ".join(w for w in (name or outlet, plain_date(published)) if w)


_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
_RTL_CLASSES = {"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI", "PDF", "PDI", "LRE", "LRO", "LRI"}


def link_target(url: str) -> str:
    """The address as ASCII, what a PDF link and an ``href`` hold: characters outside
    ASCII percent-encoded (UTF-8), existing escapes kept."""
    return quote(url, safe=_URL_SAFE)


def display_url(url: str) -> str:
    """The address as the reader sees it: percent-escapes decoded where that gives
    left-to-right text (readable), kept where decoding would bring right-to-left script
    (Arabic) or direction controls into it, which bidirectional layout would reorder, so
    that the address reads, and copies, as the one link it is."""
    decoded = unquote(url)
    if any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in decoded):
        return link_target(url)
    return decoded


BRIEFING_FIGURES = ("comparison", "timeline-killed", "coverage-matrix", "displacement-by-governorate")


def events_table(run: RunParams, paths: Paths = PATHS) -> pd.DataFrame | None:
    """The claims-vs-events table notebook 06 wrote for this run, or None (no event data)."""
    from .events import TABLE

    path = paths.tables / run.run_name / f"{TABLE}.csv"
    if not path.is_file():
        return None
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return table if len(table) else None


def _events_section(b: Briefing, table: pd.DataFrame, figure_no: int, table_no: int, paths: Paths) -> tuple[int, int]:
    """Claims beside recorded events: a table and its chart, with the caveats on precision."""
    from .events import CHART, TABLE, cell_text, headline

    names = plots.admin1_names(paths.admin1)
    datasets = sorted(table["dataset"].unique())
    shown = headline(table)
    b.add(Block("h2", ["Claims beside recorded events"]))
    b.add(Block("p", [
        "Death claims are set beside the deaths that event data (", Param(", ".join(datasets)), ") records for "
        "the same area and window. An event counts only when its whole window lies inside the claim's; events "
        "only partly inside, dated only to a month or year, or placed only to the country are counted apart. "
        "Event data records what its sources could tie to one event: a gap between a claim and the events is a "
        "question to put to both, not a finding that either is wrong. The table shows the first claims with "
        "at least one recorded event; ", Param(f"{TABLE}.csv"), " lists every claim with its caveats."]))
    claims = list(dict.fromkeys(shown["figure_ids"]))
    by_claim = {(r["figure_ids"], r["dataset"]): r for r in shown.to_dict("records")}
    first = {r["figure_ids"]: r for r in reversed(shown.to_dict("records"))}
    b.add(Block("table", small=True,
                columns=("Claimant", "As reported", "Area", "Window", *datasets),
                widths=("auto", "auto", "1fr", "auto", *(["1.3fr"] * len(datasets))),
                rows=[(plots.short_name(first[c]["claimant_name"], first[c]["claimant"]), first[c]["value_as_reported"],
                       " + ".join(f"{names.get(a, a)} ({a})" for a in first[c]["admin1"].split(";")),
                       f"{first[c]['window_start']} to {first[c]['window_end']}",
                       *[cell_text(by_claim[(c, d)]) if (c, d) in by_claim else "" for d in datasets])
                      for c in claims],
                caption=[Label(f"Table {table_no}."), " Death claims beside recorded events (summed best estimate "
                         "of deaths, and low to high where the dataset gives both). ",
                         plots.source_line(table.assign(published=table["reported"])),
                         "; events: data/processed/events/."]))
    b.add(Block("figure", stem=CHART, caption=[
        Label(f"Figure {figure_no}."), " Deaths claimed (bars, low to high) beside deaths recorded as events "
        "(black markers, one per dataset: summed best estimate), for the claims of the table. Claimants: ",
        *_names(shown, b), "; events: ",
        Param(", ".join(datasets)), "."]))
    return figure_no + 1, table_no + 1


def compose(df: pd.DataFrame, comps, stems: Iterable[str], run: RunParams, paths: Paths = PATHS,
            wider: pd.DataFrame | None = None) -> Briefing:
    """The briefing's blocks and facts for one selection. ``wider``: the figures left out
    because they are about a wider area (:func:`wider_area`), counted in the summary."""
    case = load_config(paths.root)
    admin1 = tabulate.load_admin1(paths.admin1)
    whole = tabulate.whole_country(admin1)
    b = Briefing(df, whole)
    b.admin1_plural = case.admin1_plural
    names = plots.admin1_names(paths.admin1)
    codes = tabulate.resolve_places(run.places, admin1)
    country = case.country_name or (whole[1] if whole else "the whole country")
    where = (", ".join(f"{names.get(c, c)} ({c})" for c in codes) if codes
             else f"{country}, all {case.admin1_plural}")
    b.add(Block("title", [case.title]))
    if run.period_start and run.period_end:
        period = ["; figures that stand at a date from ", When(run.period_start), " to ", When(run.period_end), ". Run "]
    elif run.period_start:  # an open end (a case whose war goes on): never "from 2023-10-08 to ."
        period = ["; figures that stand at a date from ", When(run.period_start), " on. Run "]
    elif run.period_end:
        period = ["; figures that stand at a date up to ", When(run.period_end), ". Run "]
    else:
        period = ["; figures of any date. Run "]
    b.add(Block("p", [Param(where), *period, Param(run.run_name), ", bound profile ",
                      Param(str(run.bound_profile)), "; figures as of ", When(plots.as_of(df)),
                      ". Generated from the Crosstally ledger: every number below is computed from it, "
                      "and each is listed with its figure ids in ", Param(f"data/processed/tables/{run.run_name}/briefing-facts.csv"),
                      "."]))
    b.add(Block("h2", ["Summary"]))
    _summary(b, df, comps, run, names, codes, wider)
    b.add(Block("h2", ["Key comparisons"]))
    stems = list(stems)
    frames = {f"comparison-{i}-{c.metric}": f for i, (c, f) in enumerate(comps, start=1)}
    told, untold = dict(list(frames.items())[:MAX_COMPARISONS]), list(frames)[MAX_COMPARISONS:]
    frames = told
    start = len(b.blocks)
    if not comps and not run.comparisons:  # a new case: say where windows are listed, and how
        b.add(Block("p", ["No comparison window is set: list the windows to compare under ",
                          Param("comparisons"), " in ", Param("crosstally.yaml"),
                          " (metric, start, end, population, title; its comments show one), or in the run's ",
                          Param("comparisons"), " parameter, then run ", Param("crosstally all"), "."]))
    elif not comps:
        b.add(Block("p", ["No comparison window holds claims for this selection (the windows are the run's "
                          "comparisons parameter, else the case's comparisons in crosstally.yaml)."]))
    table_no = _comparisons(b, comps[:MAX_COMPARISONS], 1, names)
    if untold:  # windows past the cap: named, with where their claims and charts are
        b.add(Block("p", [
            "To keep the briefing short, it describes the first comparison windows only; the others (",
            *_join_parts([[Param(c.title)] for c, _ in comps[MAX_COMPARISONS:]], sep="; "),
            ") have their claims in ", Param(f"data/processed/tables/{run.run_name}/side-by-side.csv"),
            " and their charts in ", Param(f"figures/{run.run_name}/"), " (",
            *_join_parts([[Param(f"{stem}.svg")] for stem in untold], sep=", "), ")."]))
    # The claim-by-claim tables (each claim's bounds and why it is or is not ranked) are
    # reference material: they move to the appendix, keeping their numbers, so that the
    # briefing proper stays within four pages.
    # Each comparison's chart takes its table's place, right under the comparison's words:
    # it floats (the PDF) from there, so the first chart may share the first page with the
    # text and the second the next page with the words that follow it. Set after every
    # comparison's words, the two charts waited for a page of their own, and the next chart,
    # too tall for what they left, left a third of that page empty.
    claim_tables = [blk for blk in b.blocks[start:] if blk.kind == "table"]
    figure_no = 1
    charts = []
    for stem, frame in frames.items():
        charts.append(_figure_block(b, stem, figure_no, frame))
        b.blocks.pop()
        figure_no += 1
    if len(charts) == len(claim_tables):
        b.blocks = [next(c for t, c in zip(claim_tables, charts) if t is blk)
                    if any(blk is t for t in claim_tables) else blk for blk in b.blocks]
    else:  # not one table per comparison: the charts after every comparison's words
        b.blocks = [blk for blk in b.blocks if all(blk is not t for t in claim_tables)] + charts
    b.add(Block("h2", ["Over time and across claimants"]))
    shown = [s for pattern in BRIEFING_FIGURES[1:] for s in stems if s.startswith(pattern)]
    if not any(s.startswith("timeline-killed") for s in shown):
        shown[:0] = [s for s in stems if s.startswith("timeline-")][:1]
    if shown:  # the charts float (the PDF): named by number, never "below"
        what = {"timeline": "each claimant's figures over time", "coverage-matrix": "who reports what",
                "displacement-by-governorate": f"displacement by {case.admin1_singular} as the claimants named it"}
        said = [[next(v for k, v in what.items() if stem.startswith(k)),
                 *([" (", Label(f"Figure {figure_no + i}"), ")"] if len(shown) > 1 else [])]
                for i, stem in enumerate(shown)]
        label = (f"Figure {figure_no}" if len(shown) == 1 else
                 f"Figures {figure_no} and {figure_no + 1}" if len(shown) == 2 else
                 f"Figures {figure_no} to {figure_no + len(shown) - 1}")
        b.add(Block("p", [Label(label), " show" + ("s " if len(shown) == 1 else " "),
                          *_join_parts(said, last=", and " if len(shown) > 2 else " and ", sep=", "), "."]))
    for stem in shown:
        metric = stem.removeprefix("timeline-")
        data = (df[df["metric"] == metric] if stem.startswith("timeline-")
                else df[df["metric"] == "displaced"] if stem == "displacement-by-governorate" else df)
        _figure_block(b, stem, figure_no, data)
        figure_no += 1
    recorded = events_table(run, paths) if any(s.startswith("events/") for s in stems) else None
    if recorded is not None:
        figure_no, table_no = _events_section(b, recorded, figure_no, table_no, paths)
    _sources_and_method(b, df, run, paths, table_no, len(claim_tables))
    at = next(i for i, blk in enumerate(b.blocks) if blk.kind == "appendix") + 1
    b.blocks[at:at] = claim_tables
    return b


# ----------------------------------------------------------------------------- rendering

_TYPST_SPECIAL = set(string.punctuation) - set(".,:;?!()%&'\"")


def typst_escape(text: str) -> str:
    """Text safe in Typst markup: every markup character escaped, each run of
    whitespace (newlines too) folded to one space, so text never starts a new line."""
    text = re.sub(r"\s+", " ", str(text))
    return "".join("\\" + ch if ch in _TYPST_SPECIAL else ch for ch in text)


def _typst_inline(parts) -> str:
    out = []
    for p in parts:
        if isinstance(p, Fact):
            out.append(typst_escape(p.text))
        elif isinstance(p, Ref):
            out.append(typst_escape("[" + "; ".join(p.ids) + "]"))
        elif isinstance(p, When):
            out.append(typst_escape(p.iso))
        elif isinstance(p, Label):
            out.append("*" + typst_escape(p.text) + "*")
        elif isinstance(p, Quoted):
            out.append("_“" + typst_escape(inner_quotes(p.text)) + "”_")
        elif isinstance(p, Param):
            out.append(typst_escape(p.text))
        elif isinstance(p, Link):
            target = p.url.replace("\\", "\\\\").replace('"', '\\"')
            # The text shown is set left to right, whatever script it holds.
            out.append(f'#link("{target}")[#text(dir: ltr)[{typst_escape(p.text)}]]')
        elif isinstance(p, Ids):
            out.append(typst_escape(p.text).replace("-", "-\u200b"))  # a zero-width space: a break allowed
        elif isinstance(p, Codes):
            out.append(typst_escape(p.text).replace("+", "+\u200b"))
        elif isinstance(p, Note):
            out.append("_" + typst_escape(p.text) + "_")
        elif isinstance(p, Break):
            out.append(" \\ ")
        else:
            out.append(typst_escape(p))
    return "".join(out)


def _typst_cell(value) -> str:
    return _typst_inline(value) if isinstance(value, list) else typst_escape(value)


TYPST_PREAMBLE = """// Generated by crosstally.briefing from the ledger; edit the code, not this file.
#set document(title: "{title}", date: none)
#set page(paper: "a4", margin: (x: 2cm, top: 1.8cm, bottom: 2cm),
  footer: context [#set text(7pt, fill: luma(90)); Crosstally briefing, run {run} #h(1fr) #counter(page).display("1 / 1", both: true)])
#set text(font: "DejaVu Sans", size: 8.5pt, lang: "en")
#set par(leading: 0.6em, spacing: 0.9em)
#show heading: set text(size: 11pt)
#show heading: set block(above: 1.2em, below: 0.7em)
#show figure.where(kind: table): set block(breakable: true)
#set table.cell(breakable: false)
#show figure.caption: set text(size: 7.5pt)
#show link: set text(fill: rgb("#0b4f8a"))
#show figure.caption: set align(left)
#show figure.where(kind: table): set figure.caption(position: top)
#set table(stroke: 0.4pt + luma(170), inset: (x: 3pt, y: 2.5pt))
"""


@dataclass(frozen=True)
class Fit:
    """How the PDF fits the briefing proper into PROPER_PAGES pages. ``chart_cm``: the
    tallest a chart is set (a taller one shrinks, keeping its proportions; None: every
    chart at the text's full width); ``omit``: charts (file stems) the PDF gives by their
    caption alone, naming the file and briefing.html that show them; ``scale``: every chart
    set at this fraction of that height (:data:`FILL_SCALES`), so that charts share pages
    rather than each leave one partly empty."""
    chart_cm: float | None = None
    omit: frozenset = frozenset()
    scale: float = 1.0
    appendix_page: bool = False  # the appendix begins a page of its own (compile_fit decides)


TEXT_WIDTH_CM = 17.0  # A4 less the 2 cm margins on each side: a chart's width in the PDF


def fit_ladder(b: Briefing) -> list[Fit]:
    """The ways to set the PDF, from as drawn to most compact, tried in order until the
    briefing proper fits. A chart stays legible rather than all shrinking: charts capped
    at 12 then 10 cm high; then the charts after the first timeline (who reports what,
    displacement by area, events) given by caption alone; then capped at 8 cm; then every
    chart but the comparisons by caption alone; then 6.5 cm; then comparison charts after
    the first two by caption alone, at 5 cm; at last no chart at all. The HTML keeps
    every chart at full size, and figures/<run>/ holds them all."""
    stems = [blk.stem for blk in b.blocks if blk.kind == "figure"]
    comparison = [s for s in stems if s.startswith("comparison-")]
    other = [s for s in stems if not s.startswith("comparison-")]
    return [Fit(), Fit(12.0), Fit(10.0), Fit(10.0, frozenset(other[1:])), Fit(8.0, frozenset(other[1:])),
            Fit(8.0, frozenset(other)), Fit(6.5, frozenset(other)),
            Fit(5.0, frozenset(other + comparison[2:])), Fit(5.0, frozenset(stems))]


def _svg_height_cm(path: Path) -> float | None:
    """A chart's height when set at the text's full width, from its SVG's size; None if unknown."""
    try:
        head = path.read_bytes()[:2000].decode("utf-8", "replace")
    except OSError:
        return None
    m = re.search(r'<svg[^>]*?width="([0-9.]+)pt"[^>]*?height="([0-9.]+)pt"', head)
    return float(m.group(2)) / float(m.group(1)) * TEXT_WIDTH_CM if m else None


def proper_pages(pdf: bytes, within: int | None = None) -> int:
    """The page on which the briefing proper ends. Its charts float (they may be set
    after its last words, PROPER_END), and every one is set before the appendix: so the
    proper ends on the page where the appendix begins, or on the page before when the
    appendix begins that page; without an appendix, on the page of PROPER_END, else the
    last page. ``within``: read no further than the page after that one (a later end is
    then reported as ``within + 1``)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        total = len(doc)
        for i in range(total if within is None else min(total, within + 1)):
            page = doc[i]
            textpage = page.get_textpage()
            pages.append(" ".join(textpage.get_text_range().split()))
            textpage.close()
            page.close()
    finally:
        doc.close()
    appendix = next((i for i, text in enumerate(pages, start=1) if APPENDIX_MARK in text), None)
    if appendix is not None:
        before = pages[appendix - 1].split(APPENDIX_MARK, 1)[0].strip()
        return appendix if before else max(appendix - 1, 1)
    if within is not None and total > len(pages):
        return within + 1
    found = [i for i, text in enumerate(pages, start=1) if PROPER_END in text]
    return found[0] if found else len(pages)


APPENDIX_MARK = "Appendix: "
APPENDIX_ROOM_CM = 6.0  # the least room left on a page for the appendix to begin on it
BOTTOM_MARGIN_PT = 2 / 2.54 * 72  # the page's bottom margin (TYPST_PREAMBLE)


def _typst_figure(blk: Block, run: RunParams, paths: Paths, fit: Fit) -> str:
    svg = paths.figures_dir / run.run_name / (blk.stem + ".svg")
    src = f"/{svg.relative_to(paths.root).as_posix()}"
    if blk.stem in fit.omit:  # its caption alone floats with the charts, keeping their order
        return (f"#figure(block(breakable: false, width: {TEXT_WIDTH_CM:g}cm)[#set align(left); #set text(size: 7.5pt); "
                f"{_typst_inline(blk.caption)} "
                f"_The chart is left out of the PDF to keep the briefing within {PROPER_PAGES} pages; "
                f"briefing.html and {typst_escape(src.lstrip('/'))} show it._], numbering: none, placement: auto)\n")
    natural = _svg_height_cm(svg) if fit.chart_cm or fit.scale != 1.0 else None
    height = min(natural, fit.chart_cm or natural) * fit.scale if natural else None
    size = f"height: {round(height, 2):g}cm" if height and height < natural else "width: 100%"
    # A chart floats to the top or bottom of a page where it fits, the text flowing on
    # around it: a chart too tall for what is left of a page no longer leaves it half empty.
    return (f'#figure(image("{src}", {size}), numbering: none, placement: auto,\n'
            f'  caption: [{_typst_inline(blk.caption)}])\n')


def _pdf_rows(blk: Block) -> tuple[list[tuple], int]:
    """The rows a table shows in the PDF (``blk.first`` first, then in order, at most
    ``blk.pdf_rows``, kept in table order) and how many it leaves out."""
    if blk.pdf_rows is None or len(blk.rows) <= blk.pdf_rows:
        return blk.rows, 0
    first = [i for i in blk.first if 0 <= i < len(blk.rows)]
    chosen = sorted((first + [i for i in range(len(blk.rows)) if i not in set(first)])[:blk.pdf_rows])
    return [blk.rows[i] for i in chosen], len(blk.rows) - len(chosen)


def render_typst(b: Briefing, run: RunParams, paths: Paths, fit: Fit = Fit()) -> str:
    title = next(typst_escape(p) for blk in b.blocks if blk.kind == "title" for p in blk.parts)
    out = [TYPST_PREAMBLE.format(title=title.replace('"', ""), run=typst_escape(run.run_name))]
    for blk in b.blocks:
        if blk.kind == "title":
            out.append(f"#text(size: 15pt, weight: \"bold\")[{_typst_inline(blk.parts)}]\n")
        elif blk.kind == "h2":
            out.append(f"= {_typst_inline(blk.parts)}\n")
        elif blk.kind == "appendix":  # the reference tables, after the briefing proper
            # every chart still afloat is set before the appendix (place.flush), which
            # begins right under the briefing proper's last words or chart, not on a page
            # of its own: a page holding three lines of text, or a chart, and nothing else
            # wasted most of itself. A new page (``fit.appendix_page``, see compile_fit)
            # when a chart is set further down the page (a chart floated to a page's foot
            # never follows the appendix's start), or when less than APPENDIX_ROOM_CM is
            # left (a heading and a caption alone).
            brk = "#pagebreak(weak: true)\n" if fit.appendix_page else ""
            out.append(f"#place.flush()\n{brk}= {_typst_inline(blk.parts)}\n")
        elif blk.kind == "p":
            # a paragraph kept whole is set on one page: a chart floats to a page's top or
            # foot, so never between two of its lines
            out.append(f"#block(breakable: false)[{_typst_inline(blk.parts)}]\n" if blk.whole
                       else _typst_inline(blk.parts) + "\n")
        elif blk.kind == "ul":
            out.append("\n".join(f"- {_typst_inline(item)}" for item in blk.parts) + "\n")
        elif blk.kind == "figure":
            out.append(_typst_figure(blk, run, paths, fit))
        elif blk.kind == "table":
            cells = [f"[*{typst_escape(c)}*]" for c in blk.columns]
            rows, left_out = _pdf_rows(blk)
            body = ", ".join(f"[{_typst_cell(v)}]" for row in rows for v in row)
            if left_out:  # a table cut short in the PDF says so, and where every row is
                body += (f", table.cell(colspan: {len(blk.columns)})[_{left_out} more {_plural(left_out, 'row', 'rows')}, "
                         f"left out of the PDF to keep it short: briefing.html and {typst_escape(blk.elsewhere)} "
                         "list every row._]")
            size, inset = ("6pt", "1.6pt") if blk.small else ("7.5pt", "2.5pt")
            # The caption is a block of its own that sticks to the table (a figure's caption
            # was left alone at the foot of a page, its table beginning the next): it goes
            # on to the next page with the table's header and first rows.
            out.append(
                f"#block(sticky: true, below: 0.65em)[#set text(size: 7.5pt); {_typst_inline(blk.caption)}]\n"
                f"#figure(kind: table, numbering: none,\n"
                f"  text(size: {size}, table(columns: ({', '.join(blk.widths or ('auto',) * len(blk.columns))},),"
                f" align: left, inset: (x: 3pt, y: {inset}),\n"
                f"    table.header({', '.join(cells)}),\n    {body})))\n")
    return "\n".join(out)


HTML_STYLE = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 15px; line-height: 1.45;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
figure { margin: 1.5rem 0; } figure img { width: 100%; height: auto; }
figcaption, caption { font-size: 0.85rem; color: #333; text-align: left; caption-side: top; padding-bottom: .3rem; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 1rem 0; width: 100%; }
table.small { font-size: 0.75rem; } td, th { border: 1px solid #bbb; padding: 2px 5px; vertical-align: top; }
td { overflow-wrap: anywhere; } th { background: #f0f0f0; text-align: left; }
td.nw { white-space: nowrap; overflow-wrap: normal; } td.nw em.note { white-space: normal; }
td.ww { overflow-wrap: break-word; }
.ref { color: #555; } .label { font-weight: bold; } q.quoted { font-style: italic; }
a { color: #0b4f8a; overflow-wrap: anywhere; } em.note { color: #555; }
h2.appendix { margin-top: 3rem; }
"""


def _html_inline(parts) -> str:
    out = []
    for p in parts:
        if isinstance(p, Fact):
            out.append(f'<span class="fact" data-fact="{p.fact_id}">{html.escape(p.text)}</span>')
        elif isinstance(p, Ref):
            out.append(f'<span class="ref">[{html.escape("; ".join(p.ids))}]</span>')
        elif isinstance(p, When):
            out.append(f'<time datetime="{html.escape(p.iso)}">{html.escape(p.iso)}</time>')
        elif isinstance(p, Label):
            out.append(f'<span class="label">{html.escape(p.text)}</span>')
        elif isinstance(p, Quoted):
            out.append(f'<q class="quoted">{html.escape(inner_quotes(p.text))}</q>')
        elif isinstance(p, Param):
            out.append(f'<span class="param">{html.escape(p.text)}</span>')
        elif isinstance(p, Link):
            out.append(f'<a href="{html.escape(p.url, quote=True)}" dir="ltr">{html.escape(p.text)}</a>')
        elif isinstance(p, Ids):
            out.append(html.escape(p.text).replace("-", "-<wbr>"))
        elif isinstance(p, Codes):
            out.append(html.escape(p.text).replace("+", "+<wbr>"))
        elif isinstance(p, Note):
            out.append(f'<em class="note">{html.escape(p.text)}</em>')
        elif isinstance(p, Break):
            out.append("<br>")
        else:
            out.append(html.escape(p))
    return "".join(out)


def _html_cell(value) -> str:
    return _html_inline(value) if isinstance(value, list) else html.escape(value)


def render_html(b: Briefing, run: RunParams, svgs: dict[str, bytes]) -> str:
    title = next(p for blk in b.blocks if blk.kind == "title" for p in blk.parts)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}: {html.escape(run.run_name)}</title>",
           f"<style>{HTML_STYLE}</style>", "</head>", "<body>"]
    for blk in b.blocks:
        if blk.kind == "title":
            out.append(f"<h1>{_html_inline(blk.parts)}</h1>")
        elif blk.kind == "h2":
            out.append(f"<h2>{_html_inline(blk.parts)}</h2>")
        elif blk.kind == "appendix":
            out.append(f'<h2 class="appendix">{_html_inline(blk.parts)}</h2>')
        elif blk.kind == "p":
            out.append(f"<p>{_html_inline(blk.parts)}</p>")
        elif blk.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{_html_inline(i)}</li>" for i in blk.parts) + "</ul>")
        elif blk.kind == "figure":
            data = base64.b64encode(svgs[blk.stem]).decode("ascii")
            caption = _html_inline(blk.caption)
            alt = html.escape("".join(p.text if isinstance(p, (Fact, Label)) else p if isinstance(p, str) else ""
                                      for p in blk.caption), quote=True)
            out.append(f'<figure><img alt="{alt}" src="data:image/svg+xml;base64,{data}">'
                       f"<figcaption>{caption}</figcaption></figure>")
        elif blk.kind == "table":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in blk.columns)
            classes = [' class="nw"' if i in blk.nowrap else ' class="ww"' if i in blk.whole_words else ""
                       for i in range(len(blk.columns))]
            body = "".join("<tr>" + "".join(f"<td{k}>{_html_cell(v)}</td>" for k, v in zip(classes, row)) + "</tr>"
                           for row in blk.rows)
            cls = ' class="small"' if blk.small else ""
            out.append(f"<table{cls}><caption>{_html_inline(blk.caption)}</caption>"
                       f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def compile_pdf(source: str, root: Path) -> bytes:
    """Typst source -> PDF bytes, with only the bundled fonts (no system fonts)."""
    import typst

    return typst.compile(source.encode("utf-8"), root=str(root), font_paths=[str(plots.FONT_DIR)],
                         ignore_system_fonts=True)


# ----------------------------------------------------------------------------- build


class ChartsMissing(FileNotFoundError):
    """The briefing embeds the charts notebook 03 draws (and 06's, with event data), never
    draws them itself: a run whose charts are not there yet is refused in one line that
    says which notebook to run first with the same parameters. Shown in Jupyter as that
    line alone, not as a traceback (as ``crosstally.interactive.ParameterError``)."""

    def __init__(self, run: "RunParams", fig_dir: Path, missing: list[str], paths: Paths = PATHS):
        from .display import _where

        first = ("03-figures" + (" and 06-events" if any(m.startswith("events/") for m in missing) else ""))
        shown = ", ".join(missing)
        try:
            where = fig_dir.resolve().relative_to(paths.root.resolve()).as_posix()
        except (ValueError, OSError):
            where = _where(fig_dir)
        super().__init__(f"run {run.run_name}: charts missing from {where}/ ({shown}): run notebook "
                         f"{first} first with the same parameters (it draws them there), then this one")

    def _render_traceback_(self) -> list[str]:  # IPython shows this line instead of a traceback
        return [f"\x1b[31mChartsMissing\x1b[0m: {self}"]


@dataclass
class BriefingOutputs:
    typ: Path
    pdf: Path
    html: Path
    facts: Path
    figures: list[Path]  # the SVG charts the briefing embeds
    facts_frame: pd.DataFrame


def build_briefing(run: RunParams, paths: Paths = PATHS, ledger: pd.DataFrame | None = None) -> BriefingOutputs:
    """Write briefing/<run>/briefing.{typ,pdf,html} and briefing-facts.csv.

    The charts are the ones ``build_figures`` (notebook 03) wrote to figures/<run>/:
    drawn once, embedded here. If any chart the selection calls for is missing, this
    refuses and names it. Everything is computed before anything is written, so a
    failure leaves the last good briefing in place.
    """
    ledger = ledger if ledger is not None else load_ledger(run.bound_profile, paths)
    if ledger.empty:
        return _write_briefing(no_figures_yet(run, paths), run, paths, {})
    df = select(ledger, run, paths)
    comps = comparison_frames(df, run, paths)
    stems = figure_stems(df, comps, paths)
    if events_table(run, paths) is not None:
        from .events import CHART

        stems = [*stems, CHART]  # notebook 06's chart, when the case holds event data
    fig_dir = paths.figures_dir / run.run_name
    svgs = [fig_dir / f"{stem}.svg" for stem in stems]
    missing = [f"{stem}.svg" for stem, p in zip(stems, svgs) if not p.is_file()]
    if missing:
        raise ChartsMissing(run, fig_dir, missing, paths)
    return _write_briefing(compose(df, comps, stems, run, paths, wider_area(ledger, run, paths)),
                           run, paths, dict(zip(stems, svgs)))


FILL_SCALES = (0.95, 0.9, 0.85)  # charts set a little smaller when that saves a page


def _page_count(pdf: bytes) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def appendix_needs_a_page(pdf: bytes) -> bool:
    """Whether the appendix, begun right under the briefing proper, should begin a page of
    its own instead: a chart's caption ("Figure N.") is set after its heading (lower on
    that page, a chart floated to the page's foot, or later), or its heading starts less
    than APPENDIX_ROOM_CM above the bottom margin (a heading and a caption alone)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        start = None
        for i in range(len(doc)):
            page = doc[i]
            text = page.get_textpage()
            try:
                if start is None:
                    found = text.search(APPENDIX_MARK, match_case=True).get_next()
                    if found:
                        start = (i, text.get_charbox(found[0])[3])
                        if start[1] - BOTTOM_MARGIN_PT < APPENDIX_ROOM_CM / 2.54 * 72:
                            return True
                if start is not None:
                    for m in re.finditer(r"Figure \d+\.", text.get_text_range()):
                        hit = text.search(m.group(0), match_case=True).get_next()
                        if hit and (i > start[0] or text.get_charbox(hit[0])[3] < start[1]):
                            return True
            finally:
                text.close()
                page.close()
        return False
    finally:
        doc.close()


def compile_fit(b: Briefing, run: RunParams, paths: Paths, fit: Fit) -> tuple[str, bytes]:
    """``b`` set as ``fit`` says, in Typst and PDF. The appendix begins under the briefing
    proper's last words or chart; if a chart floated to the foot of that page (after the
    appendix's start) or too little of the page is left (:func:`appendix_needs_a_page`,
    read from the PDF: decided here, not in Typst, whose layout would then not converge),
    it begins a page of its own instead."""
    typ = render_typst(b, run, paths, fit)
    pdf = compile_pdf(typ, paths.root)
    if not fit.appendix_page and appendix_needs_a_page(pdf):
        typ = render_typst(b, run, paths, replace(fit, appendix_page=True))
        pdf = compile_pdf(typ, paths.root)
    return typ, pdf


def fill_pages(b: Briefing, run: RunParams, paths: Paths) -> tuple[str, bytes]:
    """The Typst source and PDF of ``b``: the first way of setting it (:func:`fit_ladder`)
    whose briefing proper fits in PROPER_PAGES pages; then, that way with its charts at
    95, 90 or 85% of their height if that makes the PDF shorter (the largest that gives
    the fewest pages, the proper still within PROPER_PAGES). Charts that float onto pages
    of their own, after the text, left a third or half of such a page empty when the next
    chart was a little too tall for the room left; a chart 5% smaller shares the page, and
    the appendix then begins under the last chart (see render_typst). Deterministic: each
    candidate is compiled and counted, nothing measured from the machine."""
    for fit in fit_ladder(b):  # the first way of setting it whose briefing proper fits
        typ, pdf = compile_fit(b, run, paths, fit)
        if proper_pages(pdf, within=PROPER_PAGES) <= PROPER_PAGES:
            break
    if fit.omit >= {blk.stem for blk in b.blocks if blk.kind == "figure"}:
        return typ, pdf  # no chart is drawn: nothing to size
    best, pages = (typ, pdf), _page_count(pdf)
    for scale in FILL_SCALES:
        typ, pdf = compile_fit(b, run, paths, replace(fit, scale=scale))
        n = _page_count(pdf)
        if n < pages and proper_pages(pdf, within=PROPER_PAGES) <= PROPER_PAGES:
            best, pages = (typ, pdf), n
    return best


def _write_briefing(b: Briefing, run: RunParams, paths: Paths, svgs: dict[str, Path]) -> BriefingOutputs:
    """Render ``b`` (Typst, PDF, HTML) and write it with its facts; nothing is written
    unless every rendering succeeded."""
    page = render_html(b, run, {stem: p.read_bytes() for stem, p in svgs.items()})
    typ, pdf = fill_pages(b, run, paths)
    out_dir = paths.briefing_dir / run.run_name
    facts = b.facts_frame()
    write_text(out_dir / "briefing.typ", typ)
    write_bytes(out_dir / "briefing.pdf", pdf)
    write_text(out_dir / "briefing.html", page)
    (facts_path,) = write_tables({"briefing-facts": facts}, paths.tables / run.run_name)
    return BriefingOutputs(out_dir / "briefing.typ", out_dir / "briefing.pdf", out_dir / "briefing.html",
                           facts_path, list(svgs.values()), facts)


def no_figures_yet(run: RunParams, paths: Paths = PATHS) -> Briefing:
    """The briefing of a case whose ledger holds no figures yet: says so, and how to add some."""
    case = load_config(paths.root)
    b = Briefing(pd.DataFrame({"figure_id": pd.Series([], dtype="str"), "published": pd.Series([], dtype="str")}))
    b.add(Block("title", [case.title]))
    b.add(Block("p", ["No figures yet: the ledger of this case holds none, so there is nothing to count, "
                      "compare or chart. Run ", Param(run.run_name), ", bound profile ",
                      Param(str(run.bound_profile)), "."]))
    b.add(Block("h2", ["Next steps"]))
    b.add(Block("ul", [
        ["Add the document's claimant and outlet to data/raw/sources.csv (one row each)."],
        ["Register the document: crosstally add FILE --outlet ID --url URL --published DATE (text, web "
         "page or PDF). Its figures are drafted into data/raw/review-queue.csv."],
        ["Set decision to accept (or reject) for each draft, correcting any field, then run crosstally accept."],
        ["Run crosstally all: the ledger, tables, charts and this briefing are rebuilt from them."],
    ]))
    return b
