"""Every chart Crosstally draws, in one style, saved as byte-stable SVG and PNG.

One style so a reader learns it once:

- one font, the DejaVu Sans that ships inside the pinned matplotlib wheel, so no
  system font can change glyph shapes (``_use_bundled_font`` refuses to draw if
  matplotlib would pick another file);
- the Okabe-Ito palette (readable by colour-blind readers), always paired with a
  marker shape, so a greyscale print still tells claimants apart;
- parties to the conflict drawn with hollow markers and dashed lines, and named as
  such in the legend: their figures are kept, and visibly marked;
- a source line on every chart naming the claimants shown and the latest published
  date among the figures shown ("figures as of").

Saving is deterministic (``figure_bytes``): fixed ``svg.hashsalt``, text drawn as
paths, no date, creator or software metadata. The same frame gives the same bytes.
"""
from __future__ import annotations

import contextlib
import functools
import io
import re
import textwrap
import warnings
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import matplotlib.textpath
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure  # not pyplot: no global figure state, no GUI backend
from matplotlib.lines import Line2D

from . import compare, dates
from .paths import PATHS
from .schema import METRICS, POPULATIONS, UNITS, USUAL_UNIT, population_words

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES = {"normal": FONT_DIR / "DejaVuSans.ttf", "bold": FONT_DIR / "DejaVuSans-Bold.ttf"}
FONT_FAMILY = "DejaVu Sans"

# Okabe & Ito (2008), "Color Universal Design", then four darker colours from Paul
# Tol's schemes (wine, olive, indigo, brown) so that more claimants get a colour of
# their own. Yellow (#F0E442) is left out: too faint on white. Each colour is paired
# with a marker shape, so a greyscale print still tells claimants apart: eleven colours
# and six markers give 66 distinct pairs. No triangle is a marker: triangles and arrows
# mean open bounds ("at least", "no upper bound"), and an NRC "up to 100,000" drawn
# as a left-pointing triangle read as "no lower bound". No two markers are round: at
# print size a hexagon, octagon or pentagon reads as a circle.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#882255", "#999933", "#332288", "#8C510A")
MARKERS = ("o", "s", "D", "P", "X", "*")
GREY = "#6B6B6B"

WIDTH_IN = 6.5      # the briefing's text width (A4, 2 cm margins): 1:1 at print size
DPI_PNG = 200
SVG_HASHSALT = "crosstally"

STYLE = {
    "font.family": FONT_FAMILY,
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.labelsize": 8,
    "xtick.labelsize": 7.5,
    "ytick.labelsize": 7.5,
    "legend.fontsize": 7.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "lines.markersize": 5,
    "svg.hashsalt": SVG_HASHSALT,
    "svg.fonttype": "path",   # glyphs as outlines: the SVG needs no font to display
    "path.simplify": False,
}

# What the charts call each metric and population.
METRIC_LABELS = {
    "killed": "people killed", "injured": "people injured", "displaced": "people displaced",
    "strikes": "strikes", "sorties": "sorties", "targets_hit": "targets hit",
    "attacks_on_facilities": "attacks on facilities", "incidents": "incidents", "other": "other counts",
    "casualties": "people killed or injured",
}


def count_label(metric: str, unit: str) -> str:
    """What a count of ``metric`` in ``unit`` is called on an axis: "people displaced",
    "households displaced"; the unit alone for a metric of events counted otherwise
    ("munitions" for strikes, "facilities" for attacks on facilities: the panel's title
    names the metric). Numbers in different units never share an axis: each chart gives
    each unit its own panel, named by this label."""
    label = METRIC_LABELS.get(metric, metric)
    if not unit or unit == USUAL_UNIT.get(metric, unit):
        return label
    if label.startswith("people "):
        return f"{unit} {label.removeprefix('people ')}"
    return unit


def _units(frame: pd.DataFrame, metric: str) -> list[str]:
    """The units of ``frame``, the metric's usual unit first, then in schema order."""
    present = set(frame["unit"].astype(str))
    usual = USUAL_UNIT.get(metric)
    return sorted(present, key=lambda u: (u != usual, UNITS.index(u) if u in UNITS else len(UNITS), u))


def _use_bundled_font() -> None:
    """Make sure the style's font resolves to the wheel's file, not a system copy."""
    for weight, path in FONT_FILES.items():
        font_manager.fontManager.addfont(str(path))
        found = font_manager.findfont(
            font_manager.FontProperties(family=FONT_FAMILY, weight=weight), fallback_to_default=False
        )
        if Path(found).resolve() != path.resolve():
            raise RuntimeError(f"matplotlib resolves {FONT_FAMILY} ({weight}) to {found}, not the bundled {path}")


def _new_figure(height_in: float) -> Figure:
    """A figure in the house style (Figure, not pyplot: no global state, no leaks)."""
    _use_bundled_font()
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(WIDTH_IN, height_in), layout="constrained")
    return fig


def _styled(fn):
    """Run a chart function with the house rcParams active (ticks, fonts, grid)."""
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return fn(*args, **kwargs)
    wrapper.__name__, wrapper.__doc__ = fn.__name__, fn.__doc__
    return wrapper


# ----------------------------------------------------------------------------- labels


def short_name(name: str, claimant: str) -> str:
    """A claimant's name for text, tables and legends: the short name in brackets in
    ``sources.csv``'s name if it has one ("(SOHR)", "(White Helmets)"), else the name up
    to a " / " or comma, never cut (a table wraps it, a legend wraps it with
    :func:`wrapped`: "Lebanese Ministry of Public…" named nobody); the claimant id when
    there is no name."""
    bracketed = re.search(r"\(([^()]{2,20})\)", name)
    if bracketed:
        return bracketed.group(1)
    head = re.split(r" / |, ", name)[0].strip()
    return head or claimant


LEGEND_CHARS = (200, 36, 28, 22, 16)  # a legend entry wraps at the first of these that lets the legend fit


def wrapped(text: str, width: int) -> str:
    """``text`` on lines of at most ``width`` characters, words never cut (a word longer
    than the width stands on its own line)."""
    return textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)


def fit_title(text: str, width_in: float, fontsize: float) -> str:
    """``text`` in bold DejaVu Sans at ``fontsize`` points, wrapped between words so
    that each line, measured with the bundled font, fits ``width_in`` inches (a word
    wider than that stands alone). Measured, not counted: a title of narrow letters
    stays on one line."""
    _use_bundled_font()
    prop = font_manager.FontProperties(family=FONT_FAMILY, weight="bold", size=fontsize)
    measure = matplotlib.textpath.TextToPath()
    limit = width_in * 72
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and measure.get_text_width_height_descent(trial, prop, ismath=False)[0] <= limit:
            lines[-1] = trial
        else:
            lines.append(word)
    return "\n".join(lines)


def _suptitle(fig: Figure, title: str) -> None:
    """The chart's title from the figure's left edge, wrapped to the figure's width
    (a long comparison title was clipped at the right edge)."""
    fig.suptitle(fit_title(title, fig.get_figwidth() - 0.2, 10), x=0.01, ha="left",
                 fontsize=10, fontweight="bold")


def claimant_labels(df: pd.DataFrame) -> dict[str, str]:
    """claimant id -> legend label, with "(party)" for parties to the conflict."""
    out = {}
    for row in df.drop_duplicates("claimant").itertuples():
        label = short_name(str(row.claimant_name), row.claimant)
        out[row.claimant] = label + (" (party)" if bool(row.claimant_is_party) else "")
    return out


@functools.lru_cache(maxsize=4)
def _claimants_in_order(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, str, str], ...]:
    """The distinct (claimant, metric, panel) triples of ``path`` (a figures CSV or the
    ledger's parquet), in the order of their first row there. ``panel``: the population,
    with "/context" for a context figure (a whole-war toll, drawn only in runs that
    include context): claimants of one metric and panel are drawn side by side in one
    panel of a chart; "" when the file has no population column."""
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        names = set(pq.read_schema(path).names)
        table = pq.read_table(path, columns=[c for c in ("claimant", "metric", "population", "scope") if c in names])
    else:
        import pyarrow.csv as pacsv

        with open(path, encoding="utf-8") as fh:
            names = set(fh.readline().strip().split(","))
        wanted = [c for c in ("claimant", "metric", "population", "scope") if c in names]
        table = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True),
                               convert_options=pacsv.ConvertOptions(
                                   include_columns=wanted, column_types={c: "string" for c in wanted},
                                   strings_can_be_null=False))

    def column(name: str) -> list:
        return ([str(v or "") for v in table.column(name).to_pylist()] if name in table.column_names
                else [""] * table.num_rows)

    panels = [f"{pop}/context" if scope == "context" else pop
              for pop, scope in zip(column("population"), column("scope"))]
    rows = zip(column("claimant"), column("metric"), panels)
    return tuple(dict.fromkeys((c, m, p) for c, m, p in rows if c))


def _styling_order(paths=None) -> tuple[tuple[str, str, str], ...]:
    """The case's (claimant, metric, panel) triples (:func:`_claimants_in_order`) in the
    order claimants are styled: the order of their first row in ``data/raw/figures.csv``
    (else, with no raw figures, the processed ledger's, which is by figure id).

    Why that file's row order: it is the one order that only grows at its end. ``crosstally
    accept`` and ``import`` append new figures to it, and an analyst adds rows at its foot.
    The ledger is sorted by figure id, and ids are not given in order: ``accept`` names a
    figure ``A-<document_id>-<offset>``, which sorts before the hand-typed ``F01`` and among
    the others by document name, so a new claimant's first figure may sort anywhere.
    ``sources.csv`` is kept sorted by source id (both cases' files are; ``init`` writes no
    row to append to), so a new claimant is inserted among the others, not appended.
    Sorting claimant ids, as before, put a new id that sorts early ahead of every claimant
    already charted and shifted all their colours."""
    paths = paths or PATHS
    for path in (paths.figures, paths.ledger_parquet):
        if path.exists():
            stat = path.stat()
            return _claimants_in_order(str(path), stat.st_mtime_ns, stat.st_size)
    return ()


@functools.lru_cache(maxsize=4)
def _claimants_in_windows(path: str, mtime_ns: int, size: int,
                          windows: tuple[tuple[str, str, str, str, str], ...]) -> tuple[frozenset, ...]:
    """For each comparison window (metric, population or "", start, end: partial ISO
    dates, kind), the claimants of ``path`` (a raw figures CSV) with a figure of that
    metric (and population) whose count stands at a day inside it: its period's end, else
    its as-of or statement date, as :func:`crosstally.compare.compare_window` reads the
    ledger; incident tolls only in an "incident" window and only there, context figures
    never. The claimants one comparison chart draws together (before a run's filters)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    ends = []
    for row in frame.itertuples():
        text = next((getattr(row, c, "") for c in ("period_end", "as_of", "statement_date") if getattr(row, c, "")), "")
        try:
            ends.append(dates.parse_partial_date(text)[1] if text else None)
        except ValueError:
            ends.append(None)
    frame = frame.assign(_end=ends)
    out = []
    for metric, population, start, end, kind in windows:
        try:
            lo, hi = dates.window_bounds(start or None, end or None)
        except ValueError:
            out.append(frozenset())
            continue
        rows = frame[(frame.get("metric", "") == metric) & frame["_end"].notna()]
        if population:
            rows = rows[rows.get("population", "") == population]
        if "scope" in rows:
            rows = rows[rows["scope"] != "context"]
        if "counting_basis" in rows:
            rows = rows[(rows["counting_basis"] == "incident") == (kind == "incident")]
        inside = [c for c, e in zip(rows.get("claimant", []), rows["_end"])
                  if c and (lo is None or e >= lo) and (hi is None or e <= hi)]
        out.append(frozenset(inside))
    return tuple(out)


def _comparison_sets(paths=None) -> tuple[frozenset, ...]:
    """The claimants each of the case's comparison windows (``crosstally.yaml``) draws in
    one chart (:func:`_claimants_in_windows`); none without raw figures or windows."""
    from .case import load_config

    paths = paths or PATHS
    if not paths.figures.exists():
        return ()
    try:
        comparisons = load_config(paths.root).comparisons
    except (OSError, ValueError):
        return ()
    windows = tuple((str(c.get("metric", "")), str(c.get("population") or ""), str(c.get("start") or ""),
                     str(c.get("end") or ""), str(c.get("kind") or "total")) for c in comparisons)
    stat = paths.figures.stat()
    return _claimants_in_windows(str(paths.figures), stat.st_mtime_ns, stat.st_size, windows)


def assign_styles(claimants: list[str], together: dict[str, set[str]],
                  groups: tuple[set[str], ...] = (), closer: tuple[dict[str, set[str]], ...] = ()) -> dict[str, dict]:
    """claimant -> colour and marker, given in the order of ``claimants``; ``together``:
    for each claimant, the claimants that may share a chart with it; ``groups``: the sets
    of claimants drawn together (one per metric), if known; ``closer``: for each
    claimant, the claimants drawn closer to it, closest first (e.g. in one panel of a
    chart; then in every run's chart, context figures apart), if known.

    Each claimant takes a colour that no claimant already styled in a group of its holds,
    among the groups the palette can still colour apart (no more members styled so far,
    this one included, than colours): a claimant of many metrics no longer takes a
    colour the one other claimant of a small metric has because every colour is taken
    in its big one. Then the colour least used among the claimants already styled that
    are drawn closer to it (``closer``, in its order: so that, when the palette does not
    last, the colour shared is one of a claimant drawn in another panel, or seldom
    drawn with it), then among those that may share a chart with it (on a tie,
    the one least used by all claimants styled so far, then the first in PALETTE: colours
    spread over the ledger), so claimants drawn together have distinct colours while the
    palette lasts; then, among the markers that
    no claimant styled so far has with that colour (else: no claimant that may share a
    chart with it), the one least used among those that may share a chart with it. Every
    claimant has a (colour, marker) pair of its own for up to 66 claimants. Depends only
    on the order, ``together``, ``groups`` and ``closer``, and a claimant's style only on
    the claimants styled before it: deterministic, and a claimant added at the end of the
    order changes no other claimant's style."""
    out: dict[str, dict] = {}
    used = {k: 0 for k in PALETTE}  # ties go to the colour least used so far, by anyone
    for c in claimants:
        near = [out[o] for o in together.get(c, ()) if o in out and o != c]
        promised = {k: 0 for k in PALETTE}  # taken in a group still small enough to colour apart
        for g in groups:
            if c in g:
                styled = [out[o] for o in g if o in out and o != c]
                if len(styled) < len(PALETTE):
                    for s in styled:
                        promised[s["color"]] += 1
        closer_use = []
        for mates_of in closer:
            use = {k: 0 for k in PALETTE}
            for o in mates_of.get(c, ()):
                if o in out and o != c:
                    use[out[o]["color"]] += 1
            closer_use.append(use)
        colour_use = {k: 0 for k in PALETTE}
        marker_use = {m: 0 for m in MARKERS}
        for s in near:
            colour_use[s["color"]] += 1
            marker_use[s["marker"]] += 1
        colour = min(PALETTE, key=lambda k: (promised[k], *(use[k] for use in closer_use), colour_use[k], used[k],
                                             PALETTE.index(k)))
        used[colour] += 1
        # a pair no claimant has yet (any chart may draw any claimants together), else
        # one no claimant sharing a chart with it has
        taken = {s["marker"] for s in out.values() if s["color"] == colour}
        mates = {s["marker"] for s in near if s["color"] == colour}
        free = [m for m in MARKERS if m not in taken] or [m for m in MARKERS if m not in mates] or list(MARKERS)
        out[c] = {"color": colour, "marker": min(free, key=lambda m: (marker_use[m], MARKERS.index(m)))}
    return out


def claimant_styles(claimants) -> dict[str, dict]:
    """claimant id -> colour and marker, the same in every chart and stable as the case
    grows. The case's claimants are styled first, in the order of their first figure in
    ``data/raw/figures.csv`` (:func:`_styling_order` says why that order), each apart from
    those that report the same metric (every chart draws one metric): see
    :func:`assign_styles`, where a claimant's style depends only on the claimants styled
    before it. So a new claimant, appended with its figures, takes a style of its own and
    leaves every claimant already charted as it was, whatever its id. (A claimant already
    charted that starts reporting another metric may change: it must then differ from that
    metric's claimants too.) Ids not in the case follow, sorted, each apart from every
    claimant of this call. Deterministic: the same files give the same styles."""
    triples = _styling_order()
    together: dict[str, set[str]] = {}
    by_metric: dict[str, set[str]] = {}
    by_panel: dict[tuple[str, str], set[str]] = {}  # one panel of a chart
    plain: dict[str, set[str]] = {}  # a metric's claimants drawn in every run (context figures apart)
    for claimant, metric, panel in triples:
        together.setdefault(claimant, set())
        by_metric.setdefault(metric, set()).add(claimant)
        by_panel.setdefault((metric, panel), set()).add(claimant)
        if not panel.endswith("/context"):
            plain.setdefault(metric, set()).add(claimant)
    for members in by_metric.values():
        for c in members:
            together[c].update(members)

    def mates(sets) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for members in sets:
            for c in members:
                out.setdefault(c, set()).update(members)
        return out
    registry = list(together)  # insertion order: first figure first
    asked = sorted(set(claimants))
    extra = [c for c in asked if c not in together]
    for c in extra:
        together[c] = set(asked)
    groups = tuple(by_metric[m] for m in sorted(by_metric))
    # After one panel's claimants, one chart's: a comparison chart draws a window's
    # claimants of one metric (Mariupol's theatre chart, 10 of the 13 claimants of
    # "other", two panels): when the metric has more claimants than colours, the colour a
    # claimant shares goes to one of the metric's claimants outside that chart (Reuters
    # and HRW were both brown in it, in different panels, while two colours of "other"
    # were not in the chart at all).
    charts = [frozenset(c for c in chart if c in together) for chart in _comparison_sets()]
    styles = assign_styles(registry + extra, together, groups,
                           (mates(by_panel.values()), mates(charts), mates(plain.values())))
    return {c: styles[c] for c in asked}


def as_of(df: pd.DataFrame) -> str:
    """The latest published date among the figures (partial ISO dates sort as text, so
    "2016" comes before "2016-01-15": a year alone is not taken to be its last day).

    One convention for a whole run: the briefing computes it once, from every figure
    the run selects, and passes it to each chart (``as_of=``) and table caption, so
    they all say "figures as of" the same date."""
    published = [p for p in df["published"].astype("str") if p and p != "nan"]
    return max(published) if published else "unknown"


def source_line(df: pd.DataFrame, undated: list[str] = (), as_of_date: str | None = None) -> str:
    """"Source: Crosstally ledger (claimants ...); figures as of <date>", naming any
    figures left off a time axis for want of a date. ``as_of_date``: the run's date
    (see :func:`as_of`); by default the latest among ``df``'s own figures."""
    claimants = ", ".join(sorted(df["claimant"].unique()))
    line = f"Source: Crosstally ledger (claimants: {claimants}); figures as of {as_of_date or as_of(df)}"
    return line + (f"; undated, not shown: {', '.join(undated)}" if undated else "")


def _finish(fig: Figure, df: pd.DataFrame, handles=(), ncol: int = 3, undated: list[str] = (),
            as_of_date: str | None = None) -> None:
    """Add the legend and the source line under the plot, growing the figure so the
    plot keeps its height and nothing overlaps (sizes in inches, fixed per line)."""
    text = textwrap.fill(source_line(df, undated, as_of_date), width=120)
    _fit_legend(handles, ncol, fig.get_figwidth())
    source_h = 0.08 + 0.11 * (text.count("\n") + 1)
    # a legend row is as tall as its longest wrapped name (columns filled as matplotlib fills them)
    columns = _legend_columns([str(h.get_label()).count("\n") for h in handles], ncol)
    rows = max((len(c) for c in columns), default=0)
    extra = sum(max(c[r] for c in columns if r < len(c)) for r in range(rows))
    legend_h = (0.12 + 0.17 * rows + 0.13 * extra) if handles else 0.0
    plot_h = fig.get_figheight()
    # A wrapped title takes its extra lines from the plot: the figure grows by them.
    title = fig._suptitle.get_text() if fig._suptitle is not None else ""
    plot_h += 0.17 * title.count("\n")
    height = plot_h + source_h + legend_h
    fig.set_figheight(height)
    fig.text(0.01, 0.04 / height, text, ha="left", va="bottom", fontsize=6.5, color=GREY)
    if handles:
        fig.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, source_h / height), ncol=ncol,
                   frameon=False, handlelength=2.2, columnspacing=1.4, borderaxespad=0.2)
    reserved = (source_h + legend_h) / height
    fig.get_layout_engine().set(rect=(0, reserved, 1, 1 - reserved))


def _text_width_in(text: str, fontsize: float) -> float:
    """The width of ``text``'s widest line in regular DejaVu Sans at ``fontsize`` points, in inches."""
    prop = font_manager.FontProperties(family=FONT_FAMILY, size=fontsize)
    measure = matplotlib.textpath.TextToPath()
    return max(measure.get_text_width_height_descent(line, prop, ismath=False)[0] for line in text.split("\n")) / 72


def _legend_columns(items: list, ncol: int) -> list[list]:
    """``items`` in the columns matplotlib's legend puts them in: in order, the first
    columns one item longer when they do not divide evenly (4 items in 3: 2, 1, 1)."""
    rows, long = divmod(len(items), ncol)
    sizes = [rows + 1] * long + [rows] * (ncol - long)
    out, i = [], 0
    for size in sizes:
        if size:
            out.append(items[i:i + size])
        i += size
    return out


def _fit_legend(handles, ncol: int, width_in: float) -> None:
    """Wrap the legend's names (never cut) at the first width of LEGEND_CHARS at which its
    ``ncol`` columns, filled as matplotlib fills them, fit the figure's width."""
    if not handles:
        return
    _use_bundled_font()
    size = STYLE["legend.fontsize"]
    em = size / 72
    names = [str(h.get_label()).replace("\n", " ") for h in handles]
    for chars in LEGEND_CHARS:
        labels = [wrapped(n, chars) for n in names]
        columns = _legend_columns(labels, ncol)
        need = sum((2.2 + 0.8) * em + max(_text_width_in(t, size) for t in col) for col in columns) \
            + 1.4 * em * (len(columns) - 1) + 0.2
        if need <= width_in:
            break
    for h, label in zip(handles, labels):
        h.set_label(label)


def _party_legend_handles() -> list[Line2D]:
    return [
        Line2D([], [], color=GREY, marker="o", linestyle="-", markerfacecolor=GREY, label="filled: not a party"),
        Line2D([], [], color=GREY, marker="o", linestyle="--", markerfacecolor="white",
               label="hollow, dashed: party to the conflict"),
    ]


def _fmt_count(x, _pos=None) -> str:
    return f"{x:,.0f}"


def _count_axis(ax, right: float) -> None:
    """A count axis from 0 to ``right`` (where open ranges end in an arrow), with room to its
    right: ticks only up to 92% of ``right``, so that no tick sits at the axis's edge, where
    its label would run off the figure ("140,0" for 140,000)."""
    ax.set_xlim(-0.02 * right, right * 1.02)
    ticks = matplotlib.ticker.MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]).tick_values(0, right)
    ax.xaxis.set_major_locator(matplotlib.ticker.FixedLocator([t for t in ticks if 0 <= t <= right * 0.92]))
    ax.xaxis.set_major_formatter(_fmt_count)


# ----------------------------------------------------------------------------- drawing


def _claims_on_time_axis(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Claims (relays counted once) with ``x``, the last day each covers; and the
    figure ids of claims with no date, which cannot be placed on a time axis."""
    claims = compare.collapse_relays(df)
    undated = claims["window_end"] == ""
    undated_ids = sorted(i for ids in claims.loc[undated, "figure_ids"] for i in ids.split(";"))
    return claims[~undated].assign(x=pd.to_datetime(claims.loc[~undated, "window_end"])), undated_ids


def _draw_claims(ax, claims: pd.DataFrame, style: dict, is_party: bool) -> None:
    """One claimant's claims on ``ax``: each running total series (same start date,
    place and scope) joined as steps, ranges as shaded bars, open upper bounds as upward arrows,
    every claim as a marker at its number as stated."""
    face = "white" if is_party else style["color"]
    line = "--" if is_party else "-"
    claims = claims.sort_values(["x", "figure_ids"])
    stated = claims["value"].fillna(claims["low"].astype("float64"))
    # A series needs a stated start ("since 30 September"); without one, two totals
    # on one day (one statement carried with two numbers) are not a step.
    running = claims[(claims["counting_basis"] == "cumulative_since") & (claims["period_start"] != "")]
    for _, series in running.groupby(["period_start", "admin1", "scope"], sort=True):
        if len(series) > 1:
            ax.plot(series["x"], stated[series.index], drawstyle="steps-post", color=style["color"],
                    linestyle=line, linewidth=1.1, zorder=2)
    low = claims["low"].astype("float64")
    high = claims["high"].astype("float64")
    closed = high.notna() & (high != low)
    if closed.any():
        ax.vlines(claims.loc[closed, "x"], low[closed], high[closed], color=style["color"],
                  linewidth=3, alpha=0.35, zorder=1)
    open_ = high.isna()
    if open_.any():
        bars = ax.errorbar(claims.loc[open_, "x"], low[open_], yerr=(low[open_] * 0.12).to_numpy(),
                           lolims=True, fmt="none", ecolor=style["color"], elinewidth=1, capsize=2.5, zorder=2)
        for head in bars[1]:  # matplotlib fills the arrowheads with its default blue
            head.set_color(style["color"])
            head.set_markerfacecolor(style["color"])
            head.set_markeredgecolor(style["color"])
    # Markers are never cut at the panel's edge (the headroom keeps them inside it).
    ax.plot(claims["x"], stated, linestyle="none", marker=style["marker"], color=style["color"],
            markerfacecolor=face, markeredgewidth=1.1, zorder=3, clip_on=False)


def time_limits(x: pd.Series, period: tuple[str | None, str | None] = (None, None)
                ) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The time axis's ends: the data padded, at least four weeks wide (one date alone
    would otherwise get a span of years), then clipped to ``period`` (the run's
    period_start and period_end, partial ISO dates, either may be None): an October
    run's axis never runs into November. The period's last day is drawn whole."""
    lo, hi = x.min(), x.max()
    pad = max(pd.Timedelta(days=4), (pd.Timedelta(days=28) - (hi - lo)) / 2)
    left, right = lo - pad, hi + pad
    first, last = dates.window_bounds(*period)
    # a figure on the period's first (or last) day is drawn a little inside the axis, not
    # on its spine where the y axis hides it and the figures of that day pile up on it
    edge = EDGE_SHARE * ((last + pd.Timedelta(days=1) if last is not None else right)
                         - (first if first is not None else left))
    if first is not None:
        left = max(left, min(first, lo - edge))
    if last is not None:
        right = min(right, max(last + pd.Timedelta(days=1), hi + edge))
    return left, right


EDGE_SHARE = 0.02  # the least room left of the first figure (and right of the last), as a share of the period


def _time_limits(ax, x: pd.Series, period: tuple[str | None, str | None] = (None, None)) -> None:
    ax.set_xlim(*time_limits(x, period))


class FittingDateLocator(mdates.AutoDateLocator):
    """matplotlib's AutoDateLocator (days, weeks, months or years as the span needs),
    with at most one tick per ``spacing_in`` inches of the axis as drawn: a panel half
    the page wide gets half the labels, so "22 Sep" never runs into "29 Sep" whatever
    the period (a few days to several years) and the panel's width."""

    def __init__(self, spacing_in: float = 0.8, most: int = 7):
        super().__init__(minticks=2, maxticks=most)
        self.spacing_in, self.most = spacing_in, most

    def __call__(self):
        axes = self.axis.axes if self.axis is not None else None
        if axes is None:
            return super().__call__()
        width_in = axes.get_position().width * axes.figure.get_figwidth()
        fits = max(2, min(self.most, int(width_in / self.spacing_in) + 1))
        # Where no interval of matplotlib's list gives that few ticks (two years on a
        # narrow panel: months by 6 give four), allow one more, up to ``most``: those
        # are month or year labels, short enough.
        for n in range(fits, self.most + 1):
            self.maxticks = dict.fromkeys(self.maxticks, n)
            with warnings.catch_warnings():
                warnings.simplefilter("error", UserWarning)
                try:
                    return super().__call__()
                except UserWarning:
                    continue
        return super().__call__()


class YearOnceFormatter(mdates.ConciseDateFormatter):
    """matplotlib's concise date labels, with the year said once: when no label shows a
    year (an axis within one year, not crossing January: "Nov", "Dec"), the first label
    gets it ("Nov 2015", "22 Oct 2015")."""

    def format_ticks(self, values):
        labels = list(super().format_ticks(values))
        if labels and not any(re.search(r"\b\d{4}\b", label) for label in labels):
            first = next((i for i, label in enumerate(labels) if label), None)
            if first is not None:
                labels[first] = f"{labels[first]} {mdates.num2date(values[first]).year}"
        return labels


def _date_axis(ax, headroom: float = 0.15) -> None:
    """Dates on x, counts on y from 0; ``headroom``: the share of the data's height left
    free above the highest marker (and its arrow), larger in short panels."""
    locator = FittingDateLocator()
    formats = ["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S.%f"]  # never a bare day number
    # January shows its year; a month's first day is "01 Nov" like the other days ("22
    # Oct"), not "Nov" among them
    zero_formats = ["", "%Y", "%d %b", "%d %b", "%H:%M", "%H:%M"]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(YearOnceFormatter(
        locator, formats=formats, zero_formats=zero_formats, show_offset=False))
    ax.yaxis.set_major_formatter(_fmt_count)
    # Room above the highest marker and its arrow, as a share of the axis from 0 (not of
    # the data's spread, which for one figure or a few close ones is almost nothing).
    ax.margins(y=0)
    ax.set_ylim(bottom=0)
    top = ax.get_ylim()[1]
    ax.set_ylim(0, top * (1 + headroom) if top > 0 else 1)


def _claimant_handles(df: pd.DataFrame, styles: dict) -> list[Line2D]:
    labels = claimant_labels(df)
    party = df.drop_duplicates("claimant").set_index("claimant")["claimant_is_party"].astype(bool)
    return [
        Line2D([], [], color=s["color"], marker=s["marker"], linestyle="--" if party[c] else "-",
               markerfacecolor="white" if party[c] else s["color"], label=labels[c])
        for c, s in styles.items()
    ]


def _require(df: pd.DataFrame, what: str) -> None:
    if df.empty:
        raise ValueError(f"{what}: no figures to draw (check the filters)")


# ----------------------------------------------------------------------------- charts


@_styled
def timeline(df: pd.DataFrame, metric: str, as_of: str | None = None,
             period: tuple[str | None, str | None] = (None, None)) -> Figure:
    """Each claimant's figures for one metric over time, one panel per population and
    unit (households displaced are never drawn on an axis of people displaced).

    x is the last day a figure covers. A claimant's running totals (cumulative
    since a date) are joined as steps; a range is a shaded bar from low to high; an
    open upper bound ("at least") an upward arrow; other figures stand alone.
    """
    sub = df[df["metric"] == metric]
    _require(sub, f"timeline({metric!r})")
    units = _units(sub, metric)
    styles = claimant_styles(sub["claimant"])
    claims, undated = _claims_on_time_axis(sub)
    # Panels from the claims drawn, not from the figures: a figure folded into another
    # claim (a relay worded for civilians of a claim about all people) has no marker of
    # its own, and a panel for it alone was drawn empty.
    pops = [(p, u) for p in POPULATIONS if p in set(claims["population"]) for u in units
            if ((claims["population"] == p) & (claims["unit"] == u)).any()]
    _require(claims, f"timeline({metric!r}) of dated claims")
    ncols = 1 if len(pops) == 1 else 2
    nrows = -(-len(pops) // ncols)
    fig = _new_figure(0.4 + 1.0 * nrows)
    axes = np.atleast_1d(fig.subplots(nrows, ncols, sharex=True, squeeze=False)).ravel()
    for ax, (pop, unit) in zip(axes, pops):
        in_pop = claims[(claims["population"] == pop) & (claims["unit"] == unit)]
        for claimant, frame in in_pop.groupby("claimant", sort=True):
            _draw_claims(ax, frame, styles[claimant], bool(frame["claimant_is_party"].iloc[0]))
        usual = unit == USUAL_UNIT.get(metric, unit)
        if pop == "not_applicable":  # strikes, sorties: no population, so the panel names its unit
            title = f"counted in {unit}"
        else:
            title = population_words(pop) + ("" if usual else f", counted in {unit}")
        ax.set_title(fit_title(title, WIDTH_IN / ncols - 0.8, 9), loc="left")
        ax.set_ylabel(count_label(metric, unit))
        _date_axis(ax)
    _time_limits(axes[0], claims["x"], period)
    for ax in axes[len(pops):]:
        ax.set_visible(False)
    for ax in axes[:len(pops)]:
        ax.xaxis.set_tick_params(labelbottom=True)
    _suptitle(fig, f"{METRIC_LABELS.get(metric, metric).capitalize()}: each claimant's figures over time")
    _finish(fig, sub, _claimant_handles(sub, styles) + _party_legend_handles(), undated=undated, as_of_date=as_of)
    return fig


LABEL_CHARS = 58  # a dumbbell's row label is wrapped at this many characters (about half the width)


@_styled
def dumbbell(comparison: pd.DataFrame, title: str, as_of: str | None = None) -> Figure:
    """Claimants' ranges side by side for one metric and window.

    One row per figure: a bar from low to high with both ends marked; an open upper
    bound runs to the right edge with an arrow. Labels give the words as reported
    and the figure id, so every bar traces to its row in the ledger. Claims in another
    unit than the metric's usual one (households beside people) are drawn in a panel of
    their own, on their own scale, named by their unit: never on one axis.
    """
    _require(comparison, f"dumbbell({title!r})")
    comp = comparison.assign(
        low_f=comparison["low"].astype("float64"), high_f=comparison["high"].astype("float64")
    ).sort_values(["low_f", "high_f", "figure_ids"], na_position="last", ascending=[False, False, True])
    styles = claimant_styles(comp["claimant"])
    labels = claimant_labels(comp)
    # A claim not ranked against the others says so in its label (superseded, retracted,
    # partial). A claim carried in many wordings makes a long label: wrapped, so the labels
    # never take the plot's whole width (constrained layout would collapse the axes), each
    # extra line adding to the figure's height.
    aside = [f" ({r.status})" if getattr(r, "status", "current") != "current" else
             " (partial count)" if getattr(r, "completeness", "full") != "full" else
             " (earlier step of its series)" if str(getattr(r, "not_ranked_because", "")).startswith(
                 compare.EARLIER_STEP) else "" for r in comp.itertuples()]
    ticks = [textwrap.fill(f"{labels[r.claimant]}: {r.value_as_reported}{why} [{r.figure_ids.replace(';', ', ')}]",
                           width=LABEL_CHARS, break_long_words=False) for r, why in zip(comp.itertuples(), aside)]
    # Each row is as tall as its label (0.22 in, 0.12 in more a line), so a label of three
    # lines never runs into its neighbours'.
    comp = comp.assign(_tick=ticks)
    metric = str(comp["metric"].iloc[0]) if "metric" in comp else ""
    units = _units(comp, metric) if "unit" in comp else [""]
    # A panel per population and unit: IDPs, refugees and all displaced are different
    # counts, as households are not people; never bars on one axis.
    pops = [p for p in POPULATIONS if "population" in comp and (comp["population"] == p).any()] or [""]

    def rows_of(pop: str, unit: str) -> pd.Series:
        mask = pd.Series(True, index=comp.index)
        if pop:
            mask &= comp["population"] == pop
        if unit:
            mask &= comp["unit"] == unit
        return mask

    keys = [(p, u) for p in pops for u in units if rows_of(p, u).any()]
    panels = [comp[rows_of(p, u)] for p, u in keys]
    # each panel after the first adds its title, ticks and axis label
    titled = [", ".join(_panel_words(p, u, pops, units)) for p, u in keys]
    titles = [fit_title(t, 2.4, 9) for t in titled]  # the plot starts right of its labels
    fig = _new_figure(0.8 + 0.22 * sum(_row_heights(p["_tick"]).sum() for p in panels)
                      + sum(0.6 + 0.15 * t.count("\n") for t in titles[1:]))
    if len(panels) == 1:
        axes = [fig.subplots()]
    else:
        axes = list(np.atleast_1d(fig.subplots(len(panels), 1, squeeze=False, gridspec_kw={
            "height_ratios": [_row_heights(p["_tick"]).sum() + 1.0 for p in panels]})).ravel())
    for ax, rows, panel_title in zip(axes, panels, titles):
        _dumbbell_rows(ax, rows, styles)
        if len(panels) > 1:
            ax.set_title(panel_title, loc="left")
    # The title starts at the figure's left edge, not the plot's: long labels push the plot right.
    _suptitle(fig, title)
    for ax, (pop, unit) in zip(axes, keys):
        # short: the plot is pushed right by its labels, and a label wider than the plot was clipped
        # the unit always ("people, low to high"): a bare "low to high" left the reader to guess it
        unit = unit or next((u for u in units if u), "")
        ax.set_xlabel(f"{unit}, low to high (arrow: no upper bound)" if unit else "low to high (arrow: no upper bound)")
    _finish(fig, comp, _party_legend_handles(), ncol=2, as_of_date=as_of)
    return fig


def _panel_words(pop: str, unit: str, pops: list, units: list) -> list[str]:
    """A dumbbell panel's title: its population when the chart holds several, its unit
    when it holds several (or the population alone says nothing)."""
    named = [population_words(pop)] if len(pops) > 1 else []
    return named + ([f"counted in {unit}"] if len(units) > 1 or not named else [])


def _row_heights(ticks: pd.Series) -> np.ndarray:
    """Each dumbbell row's height in rows of one line: a label's every extra line adds
    0.55 of a row (0.12 in of 0.22 in)."""
    return np.array([1 + 0.55 * t.count("\n") for t in ticks], dtype="float64")


def _dumbbell_rows(ax, comp: pd.DataFrame, styles: dict) -> None:
    """The rows of one dumbbell panel (claims in one unit), on a scale of their own,
    labelled by their ``_tick``, each row as tall as its label."""
    heights = _row_heights(comp["_tick"])
    ys = np.cumsum(heights) - heights / 2 - 0.5  # the first row's centre at 0, as before
    top = np.nanmax(np.concatenate([comp["low_f"].to_numpy(), comp["high_f"].to_numpy()]))
    right = top * 1.12
    for y, row in zip(ys, comp.itertuples()):
        s = styles[row.claimant]
        party = bool(row.claimant_is_party)
        face = "white" if party else s["color"]
        end = row.high_f if not np.isnan(row.high_f) else right
        ax.plot([row.low_f, end], [y, y], color=s["color"], linewidth=2.2, linestyle="--" if party else "-",
                solid_capstyle="butt", zorder=2)
        ax.plot([row.low_f], [y], marker=s["marker"], color=s["color"], markerfacecolor=face,
                markeredgewidth=1.1, linestyle="none", zorder=3)
        if np.isnan(row.high_f):
            ax.annotate("", xy=(right, y), xytext=(right * 0.985, y), annotation_clip=False,
                        arrowprops={"arrowstyle": "-|>", "color": s["color"], "lw": 1.2})
        else:
            ax.plot([row.high_f], [y], marker=s["marker"], color=s["color"], markerfacecolor=face,
                    markeredgewidth=1.1, linestyle="none", zorder=3)
    ax.set_yticks(ys)
    ax.set_yticklabels(list(comp["_tick"]))
    ax.set_ylim(heights.sum() - 0.4, -0.6)  # top row first, half a row of room above and below
    _count_axis(ax, right)
    ax.grid(axis="y", visible=False)


@_styled
def coverage_matrix(df: pd.DataFrame, as_of: str | None = None) -> Figure:
    """Who reports what, how often: number of figures per claimant and metric.

    Cells count ledger rows; the number in brackets counts distinct claims
    (origin_key), so a wire story relaying a claim does not look like a second one.
    """
    _require(df, "coverage_matrix")
    metrics = [m for m in METRICS if m in set(df["metric"])]
    labels = claimant_labels(df)
    claimants = sorted(labels, key=lambda c: (labels[c].lower(), c))
    rows = df.groupby(["claimant", "metric"]).agg(n=("figure_id", "size"), claims=("origin_key", "nunique"))
    counts = rows["n"].unstack(fill_value=0).reindex(index=claimants, columns=metrics, fill_value=0)
    claims = rows["claims"].unstack(fill_value=0).reindex(index=claimants, columns=metrics, fill_value=0)
    names = {c: wrapped(labels[c], 36) for c in claimants}  # a long name wraps, every row as tall
    lines = max((n.count("\n") + 1 for n in names.values()), default=1)
    fig = _new_figure(1.15 + 0.14 * len(claimants) * (1 + 0.8 * (lines - 1)))
    ax = fig.subplots()
    cmap = matplotlib.colormaps["cividis_r"]  # lightness rises monotonically: fine in greyscale
    vmax = max(int(counts.to_numpy().max()), 1)
    ax.imshow(np.ma.masked_equal(counts.to_numpy(), 0), cmap=cmap, vmin=0, vmax=vmax * 1.15, aspect="auto")
    for (i, j), n in np.ndenumerate(counts.to_numpy()):
        if n:
            dark = n / (vmax * 1.15) > 0.55
            text = str(n) if n == claims.iat[i, j] else f"{n} ({claims.iat[i, j]})"
            ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if dark else "black")
    ax.set_xticks(range(len(metrics)))
    ax.set_xticklabels([METRIC_LABELS[m] for m in metrics], rotation=30, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(claimants)))
    ax.set_yticklabels([names[c] for c in claimants])
    ax.set_xticks(np.arange(len(metrics) + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(len(claimants) + 1) - 0.5, minor=True)
    ax.grid(False)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.suptitle(fit_title("Who reports what: figures per claimant and metric (distinct claims in brackets)",
                           WIDTH_IN - 0.2, 10),
                 x=0.01, ha="left", fontsize=10, fontweight="bold")
    _finish(fig, df, as_of_date=as_of)
    return fig


def admin1_names(path: Path | str | None = None) -> dict[str, str]:
    """Admin-1 p-code -> name, from the case's data/raw/rules/admin1.csv."""
    table = pd.read_csv(path or PATHS.admin1, dtype="str", keep_default_na=False)
    return dict(zip(table["pcode"], table["name"]))


@_styled
def displacement_by_governorate(df: pd.DataFrame, names: dict[str, str] | None = None,
                                unit: str = "admin-1 area", as_of: str | None = None,
                                period: tuple[str | None, str | None] = (None, None)) -> Figure:
    """People displaced over time, one panel per area as reported.

    A figure for "Aleppo, Hama and Idleb" together is not split into parts: it gets
    its own panel, so no number is shown for an area its claimant did not name. A count
    of households (or any unit other than people) gets a panel of its own, named so.
    """
    sub = df[df["metric"] == "displaced"]
    _require(sub, "displacement_by_governorate")
    names = names if names is not None else admin1_names()
    counted_in = _units(sub, "displaced")  # (``unit`` names the admin-1 level)
    styles = claimant_styles(sub["claimant"])
    claims, undated = _claims_on_time_axis(sub)
    _require(claims, "displacement_by_governorate of dated claims")
    # Panels from the claims drawn (see :func:`timeline`): never a panel with nothing in it.
    pops = [p for p in POPULATIONS if (claims["population"] == p).any()]  # IDPs and refugees apart
    areas = [(a, p, u) for a in sorted(set(claims["admin1"]), key=lambda a: (a.count(";"), a)) for p in pops
             for u in counted_in
             if ((claims["admin1"] == a) & (claims["population"] == p) & (claims["unit"] == u)).any()]
    fig = _new_figure(0.4 + 0.74 * len(areas))
    axes = np.atleast_1d(fig.subplots(len(areas), 1, sharex=True, squeeze=False)).ravel()
    for ax, (area, pop, count) in zip(axes, areas):
        in_area = claims[(claims["admin1"] == area) & (claims["population"] == pop) & (claims["unit"] == count)]
        for claimant, frame in in_area.groupby("claimant", sort=True):
            _draw_claims(ax, frame, styles[claimant], bool(frame["claimant_is_party"].iloc[0]))
        label = " + ".join(names.get(code, code) for code in area.split(";"))
        what = [population_words(pop)] if pop not in ("all", "civilians") or len(pops) > 1 else []
        what += [] if count == "people" else [count]
        ax.set_title(fit_title(f"{label} ({area.replace(';', ', ')})" + (f": {', '.join(what)}" if what else ""),
                               WIDTH_IN - 0.8, 9), loc="left")
        ax.set_ylabel(count)
        _date_axis(ax, headroom=0.3)  # panels under an inch tall: a marker is a large share of them
    _time_limits(axes[0], claims["x"], period)
    _suptitle(fig, f"People displaced, by {unit} as reported")
    _finish(fig, sub, _claimant_handles(sub, styles) + _party_legend_handles(), undated=undated, as_of_date=as_of)
    return fig


# ----------------------------------------------------------------------------- saving


@contextlib.contextmanager
def _frozen(fig: Figure):
    """Keep ``fig`` as its last draw placed it: no second constrained layout, and
    every axis keeps the tick positions and labels already worked out (the same
    values, so the same chart); the figure's layout engine and tickers come back
    afterwards."""
    engine = fig.get_layout_engine()
    tickers = {}
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for ticker, locs in ((axis.major, axis.get_majorticklocs()), (axis.minor, axis.get_minorticklocs())):
                if id(ticker) in tickers:  # shared axes share their tickers
                    continue
                tickers[id(ticker)] = (ticker, ticker.locator, ticker.formatter)
                labels = ticker.formatter.format_ticks(locs)
                formatter = matplotlib.ticker.FixedFormatter(labels)
                formatter.set_offset_string(ticker.formatter.get_offset())
                ticker.locator, ticker.formatter = matplotlib.ticker.FixedLocator(locs), formatter
    with matplotlib.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        fig.set_layout_engine(None)  # None, not "none": savefig skips its layout pre-draw
    try:
        yield fig
    finally:
        fig.set_layout_engine(engine)
        for ticker, locator, formatter in tickers.values():
            ticker.locator, ticker.formatter = locator, formatter


def figure_bytes(fig: Figure) -> tuple[bytes, bytes]:
    """(SVG, PNG) bytes of ``fig`` with nothing that changes between runs. The SVG
    pass lays the figure out; the PNG reuses that layout and those ticks."""
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path"}):
        svg = io.BytesIO()
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
        with _frozen(fig):
            png = io.BytesIO()
            fig.savefig(png, format="png", dpi=DPI_PNG, metadata={"Software": None})
    return svg.getvalue(), png.getvalue()


@_styled
def claims_vs_events(table: pd.DataFrame, names: dict[str, str] | None = None) -> Figure:
    """Each death claim's range beside the deaths recorded by event data for its area and window.

    One row per claim: a bar from low to high in its claimant's colour and marker (an
    open upper bound runs to the edge with an arrow); for each event dataset a black
    marker (diamond: UCDP GED, square: ACLED) at the summed best estimate of the events
    inside the claim's area and window, with a thin line for their summed low to high
    where the dataset gives both. Labels name the claimant, the words, the area and the
    window's end, so each row traces to claims-vs-events.csv.
    """
    _require(table, "claims_vs_events")
    names = names or {}
    claims = table.drop_duplicates("figure_ids").reset_index(drop=True)
    datasets = sorted(table["dataset"].unique())
    marks = {d: {"ucdp-ged": "D", "acled": "s"}.get(d, "P") for d in datasets}
    offset = {d: 0.16 + 0.14 * i for i, d in enumerate(datasets)}
    styles = claimant_styles(claims["claimant"])
    fig = _new_figure(0.9 + 0.3 * len(claims))
    ax = fig.subplots()
    num = lambda v: float(v) if str(v) not in ("", "<NA>", "nan", "None") else np.nan
    values = [num(v) for c in ("low", "high", "events_best", "events_high") for v in table[c]]
    top = np.nanmax(values) if not np.all(np.isnan(values)) else 1.0
    right = max(float(top), 1.0) * 1.12
    rows = {fid: y for y, fid in enumerate(claims["figure_ids"])}
    for y, row in enumerate(claims.itertuples()):
        s = styles[row.claimant]
        low, high = num(row.low), num(row.high)
        low = 0.0 if np.isnan(low) else low
        ax.plot([low, high if not np.isnan(high) else right], [y, y], color=s["color"], linewidth=2.2,
                solid_capstyle="butt", zorder=2)
        ax.plot([low], [y], marker=s["marker"], color=s["color"], linestyle="none", zorder=3)
        if np.isnan(high):
            ax.annotate("", xy=(right, y), xytext=(right * 0.985, y), annotation_clip=False,
                        arrowprops={"arrowstyle": "-|>", "color": s["color"], "lw": 1.2})
        else:
            ax.plot([high], [y], marker=s["marker"], color=s["color"], linestyle="none", zorder=3)
    for row in table.itertuples():
        y = rows[row.figure_ids] + offset[row.dataset]
        lo, hi, best = num(row.events_low), num(row.events_high), num(row.events_best)
        if not np.isnan(lo) and not np.isnan(hi):
            ax.plot([lo, hi], [y, y], color="black", linewidth=0.8, zorder=2)
        if not np.isnan(best):
            ax.plot([best], [y], marker=marks[row.dataset], color="black", markersize=3.5, linestyle="none", zorder=4)
    area = [" + ".join(names.get(c, c) for c in str(r.admin1).split(";")) for r in claims.itertuples()]
    ax.set_yticks(range(len(claims)))
    ax.set_yticklabels([f"{short_name(str(r.claimant_name), r.claimant)}: {r.value_as_reported} ({a}, to {r.window_end})"
                        for r, a in zip(claims.itertuples(), area)])
    ax.set_ylim(len(claims) - 0.3, -0.6)
    _count_axis(ax, right)
    ax.grid(axis="y", visible=False)
    ax.set_title("Deaths claimed and deaths recorded as events", loc="left")
    ax.set_xlabel("people killed")
    handles = [Line2D([], [], color=GREY, marker="o", linestyle="-", label="claim, low to high")]
    handles += [Line2D([], [], color="black", marker=marks[d], linestyle="-", linewidth=0.8, markersize=3.5,
                       label=f"{d}: summed best (line: low to high)") for d in datasets]
    _finish(fig, claims.assign(published=claims["reported"]), handles, ncol=len(handles))
    return fig
