"""How tables look in a notebook: one convention, set here, not per cell.

``show(frame)`` is what a notebook puts last in a cell to display a table. The frame
itself, and the CSV written from it, are unchanged; only the view differs:

- numbers: whole numbers as integers with thousands separators (``123,842``, never
  ``123842.0``); other numbers with two decimals; yes/no for true/false;
- one marker for a missing value, :data:`MISSING` (an empty cell, ``NaN``, ``<NA>``,
  ``None`` and ``NaT`` all show as it);
- long text is cut in the view only: a cell longer than :data:`MAX_CHARS` characters ends
  with an ellipsis (``…``), so that no row grows tall; the frame and its CSV keep every
  character. Text wraps within a narrow width, dates, numbers and identifiers do not;
- names beside codes: an ``admin1_name`` (``area_name``) column with the governorate names
  beside ``admin1`` (``area``) p-codes, and a ``..._name(s)`` column beside claimant ids
  that have no name next to them;
- the columns an analyst reads first come first (:data:`FIRST`), identifiers last
  (:data:`LAST`), and long keys (:data:`HIDDEN`, e.g. ``origin_key``) are left out of the
  view (they stay in the frame and the CSV);
- a table named in :data:`VIEWS` shows only the columns an analyst reads first (who, what,
  value, when, where, the verdict), and its caption says where the full table is.

:func:`display_frame` gives the view as a frame of text (what is tested);
:func:`show` renders it as a pandas ``Styler`` with the CSS that keeps wrapping right.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

MISSING = "—"
"""The one marker for a missing value in a displayed table."""

FIRST = ("step", "rule", "finding", "metric", "population", "kind", "window", "claimant",
         "claimant_name", "value_as_reported", "qualifier", "value", "value_max", "low", "high",
         "detail", "date")
"""Columns shown first, in this order, when a table has them."""

LAST = ("outlets", "bound_profile", "url", "document_id", "figure_id", "figure_ids")
"""Identifiers shown last, in this order."""

HIDDEN = ("origin_key",)
"""Long keys left out of the view (kept in the table and its CSV)."""

TEXT = ("detail", "quote", "value_as_reported", "lowest_value_as_reported",
        "highest_value_as_reported", "text", "notes", "span", "context", "title", "rule",
        "place", "outlets", "figure_ids", "claimant_phrase", "perpetrator_phrase", "date_phrase",
        "claimant_name", "outlet_name", "why", "value as reported", "metric / population",
        "claimant (id or phrase)", "place (admin-1)", "note", "explained_by")
"""Free text: wrapped, never cut, left-aligned. Every other column stays on one line."""

VERDICTS = ("not_ranked_because",)
"""Short verdicts in words: wrapped like free text."""

LONG_TEXT = ("detail", "quote", "text", "notes", "context", "rule", "outlets", "figure_ids", "why")
"""Text that can run to sentences: given a readable width (wrapping inside it)."""

LINES = ("period",)
"""Text already cut into lines (a period: ``START to`` then ``END``): shown line by
line, never wrapped inside a date."""

ID_LISTS = ("figure_ids", "outlets", "party_figure_ids", "independent_figure_ids")
"""Columns of ``;``-joined identifiers: shown with a space after each ``;`` so they wrap."""

PLACE_CODES = ("admin1", "area")
"""Columns of OCHA p-codes (joined by ``;``, ``|`` or ``+``); a ``<column>_name`` column
with the governorate names is put beside each."""

CLAIMANT_IDS = ("claimant", "lowest_claimant", "highest_claimant")
"""Columns holding one claimant id; a name column is put beside each (unless present)."""

CLAIMANT_ID_LISTS = ("claimant_ids", "party_claimants", "independent_claimants")
"""Columns holding ``;``-joined claimant ids; a names column is put beside each."""

NUMBER = re.compile(r"-?[\d,]+(?:\.\d+)?|" + MISSING)
"""A displayed number (or the missing marker)."""

MAX_ROWS = 500
"""Rows shown at most; the caption says how many more the table (and its CSV) has."""

MAX_CHARS = 60
"""Characters a text cell shows at most; a longer one ends with an ellipsis (display only)."""

ELLIPSIS = "…"

VIEWS: dict[str, tuple[str, ...]] = {
    # 01-tabulate: who, what, value, when (spoken, covered), where, which figure
    "figures-by-claimant-date": (
        "claimant_name", "metric / population", "value_as_reported", "low", "high",
        "statement_date", "period", "admin1_name", "figure_id"),
    # 02-compare: the group, who, value, where, and the verdict (ranked or why not)
    "side-by-side": (
        "metric / population", "window", "claimant_name", "value_as_reported", "low", "high",
        "admin1_name", "ranked", "not_ranked_because"),
    "claims": (
        "metric / population", "claimant_name", "value_as_reported", "low", "high",
        "period", "admin1_name", "n_outlets", "outlets"),
    # 02-compare: the group (every column of its key: two groups of one metric, population
    # and month differ by what they count, a running total or a window's, and by whose
    # strikes), how many claims, lowest, highest, and the verdict
    "comparison-summary": (
        "metric / population", "window", "kind / count_window", "perpetrator_scope", "area_name",
        "claims", "lowest_value", "highest_value", "can_all_be_right"),
    "party-vs-independent": (
        "metric / population", "window", "area_name", "party_claimants_names", "party_lowest",
        "party_highest", "independent_claimants_names", "independent_lowest", "independent_highest"),
    # 06-events: the claim, the dataset's events and deaths, the caveat
    "claims-vs-events": (
        "claimant_name", "metric", "population", "value_as_reported", "admin1_name",
        "window_start", "window_end", "dataset", "events", "events_best", "caveat"),
    # 02-compare: what was found, about whom, and what explains it (the claimant's id and
    # the metric's and population's own columns are in findings.csv)
    "findings": (
        "finding", "metric / population", "claimant_name", "detail", "date", "explained_by", "figure_ids"),
    "running-totals": (
        "claimant_name", "metric / population", "step", "value_as_reported", "value",
        "as_of", "admin1_name", "status", "note"),
    # 05-review-queue, one table per document: what decides a draft, left to right (the
    # decision, the value and its quote, what, who, where, when, why); built from
    # review_queue.csv's columns by review_view()
    "review-queue": (
        "queue_status", "confidence", "value as reported", "quote", "metric / population",
        "claimant (id or phrase)", "place (admin-1)", "period", "why"),
}
"""For each table whose full width does not fit a notebook, the columns shown, in order
(names as :func:`display_frame` gives them: ``admin1_name`` beside ``admin1``; two
:data:`JOINED` into one), at most :data:`MAX_VIEW_COLUMNS`. The other columns stay in
the table and its CSV."""

MAX_VIEW_COLUMNS = 10
"""The most columns a view shows: with the file browser open in a 1,100 px window a
notebook's table has 668 px (JupyterLab 4.6, 13 px text), and 01/02's views of 10-14
columns ran to 740-1,280 px; 9 or 10 columns of short cells fit."""


def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value == ""


def _is_whole(value) -> bool:
    return float(value).is_integer()


def format_number_column(column: pd.Series) -> pd.Series:
    """Numbers as text: integers with thousands separators when every value is whole
    (``123842.0`` -> ``123,842``), otherwise two decimals; missing -> MISSING."""
    present = [v for v in column.tolist() if not _missing(v)]
    whole = all(_is_whole(v) for v in present)

    def fmt(value) -> str:
        if _missing(value):
            return MISSING
        return f"{int(value):,}" if whole else f"{float(value):,.2f}"

    return pd.Series([fmt(v) for v in column.tolist()], index=column.index, dtype=object)


def _format_text(value) -> str:
    if _missing(value):
        return MISSING
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    return str(value)


def _names_of(ids: str, names: Mapping[str, str]) -> str:
    if _missing(ids):
        return MISSING
    parts = [p for p in re.split(r"[;|+]", str(ids)) if p]
    return "; ".join(names.get(p, p) for p in parts) if parts else MISSING


def place_names(path: Path | str | None = None) -> dict[str, str]:
    """OCHA p-code -> governorate name (data/raw/rules/admin1.csv)."""
    from .tabulate import load_admin1

    table = load_admin1(path)
    return dict(zip(table["pcode"], table["name"]))


def claimant_names(path: Path | str | None = None) -> dict[str, str]:
    """Source id -> name (data/raw/sources.csv, read as text)."""
    from .paths import PATHS

    table = pd.read_csv(path or PATHS.sources, dtype="str", keep_default_na=False)
    return dict(zip(table["source_id"], table["name"]))


def _insert_after(frame: pd.DataFrame, column: str, name: str, values) -> None:
    frame.insert(list(frame.columns).index(column) + 1, name, values)


def display_frame(frame: pd.DataFrame, *, places: Mapping[str, str] | None = None,
                  claimants: Mapping[str, str] | None = None,
                  hidden: tuple[str, ...] = HIDDEN) -> pd.DataFrame:
    """The table as it is shown: every cell text, names beside codes, columns in reading
    order, hidden keys left out. ``places`` and ``claimants`` (id -> name) default to
    data/raw/rules/admin1.csv and data/raw/sources.csv, read only when needed."""
    view = frame.reset_index(drop=True) if not isinstance(frame.index, pd.RangeIndex) else frame.copy()
    view = view.copy()
    view.columns = [str(c) for c in view.columns]
    def ids(c: str, suffix: str) -> bool:  # a column of ids (not a count of the same name)
        return (c in view.columns and f"{c}{suffix}" not in view.columns
                and not pd.api.types.is_numeric_dtype(view[c].dtype))

    codes = [c for c in PLACE_CODES if ids(c, "_name")]
    if codes:
        places = places if places is not None else place_names()
        for c in codes:
            _insert_after(view, c, f"{c}_name", [_names_of(v, places) for v in view[c].tolist()])
    single = [c for c in CLAIMANT_IDS if ids(c, "_name")]
    lists = [c for c in CLAIMANT_ID_LISTS if ids(c, "_names")]
    if single or lists:
        claimants = claimants if claimants is not None else claimant_names()
        for c in single:
            _insert_after(view, c, f"{c}_name", [_names_of(v, claimants) for v in view[c].tolist()])
        for c in lists:
            _insert_after(view, c, f"{c}_names", [_names_of(v, claimants) for v in view[c].tolist()])
    out = {}
    for name in view.columns:
        column = view[name]
        if name in hidden:
            continue
        if pd.api.types.is_bool_dtype(column.dtype):
            out[name] = column.map(_format_text).astype(object)
        elif pd.api.types.is_numeric_dtype(column.dtype):
            out[name] = format_number_column(column)
        elif name in ID_LISTS:
            out[name] = column.map(lambda v: MISSING if _missing(v) else "; ".join(
                p for p in str(v).split(";") if p) or MISSING).astype(object)
        else:
            out[name] = column.astype(object).map(_format_text).astype(object)
    shown = pd.DataFrame(out, index=view.index)
    first = [c for c in FIRST if c in shown.columns]
    # a name column stays beside its id wherever the id goes
    first = [x for c in first for x in ([c, f"{c}_name"] if f"{c}_name" in shown.columns
                                       and f"{c}_name" not in FIRST else [c])]
    last = [c for c in LAST if c in shown.columns and c not in first]
    middle = [c for c in shown.columns if c not in first and c not in last]
    return shown.loc[:, first + middle + last]


def _joined(*parts) -> str:
    return " / ".join(str(p) for p in parts if not _missing(p)) or MISSING


def _claimant(claimant, phrase) -> str:
    """The claimant id; when the draft has none, the words that named it, quoted."""
    if not _missing(claimant):
        return str(claimant)
    return f"“{phrase}” (no id)" if not _missing(phrase) else MISSING


def _place(codes, phrase, places: Mapping[str, str]) -> str:
    """Each admin-1 p-code with its name (``SY04 Homs; SY05 Hama``); the place's words,
    quoted, when the draft has no code."""
    parts = [] if _missing(codes) else [c for c in re.split(r"[;|+]", str(codes)) if c]
    if parts:
        return "; ".join(f"{c} {places[c]}" if c in places else c for c in parts)
    return f"“{phrase}” (no p-code)" if not _missing(phrase) else MISSING


def _period(start, end) -> str:
    if _missing(start) and _missing(end):
        return MISSING
    if start == end:
        return str(start)
    return f"{MISSING if _missing(start) else start} to\n{MISSING if _missing(end) else end}"


def review_view(pending: pd.DataFrame, *, places: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The review queue's reading view (:data:`VIEWS` ``"review-queue"``), built from the
    columns of ``data/processed/review_queue.csv`` (which keeps all of them): the decision
    and confidence, the value as reported and its quote, metric / population, the claimant
    (id, or its words when unresolved), the place (admin-1 codes with names, or its words),
    the period and the drafter's why. Long text is cut later, by :func:`show`."""
    rows = pending.reset_index(drop=True)

    def col(name: str) -> list:
        return rows[name].tolist() if name in rows.columns else [None] * len(rows)

    if places is None:
        places = place_names() if any(not _missing(v) for v in col("admin1")) else {}
    built = {
        "queue_status": col("queue_status"),
        "confidence": col("confidence"),
        "value as reported": col("value_as_reported"),
        "quote": [quote_around(q, v) for q, v in zip(col("quote"), col("value_as_reported"))],
        "metric / population": [_joined(m, p) for m, p in zip(col("metric"), col("population"))],
        "claimant (id or phrase)": [_claimant(c, p) for c, p in zip(col("claimant"), col("claimant_phrase"))],
        "place (admin-1)": [_place(c, p, places) for c, p in zip(col("admin1"), col("place"))],
        "period": [_period(s, e) for s, e in zip(col("period_start"), col("period_end"))],
        "why": col("why"),
    }
    assert tuple(built) == VIEWS["review-queue"]
    return pd.DataFrame(built, index=rows.index, dtype=object)


def quote_around(quote, value, width: int = MAX_CHARS) -> str:
    """The words of ``quote`` around ``value`` (the number as reported), at most ``width``
    characters, an ellipsis where the sentence goes on (``… Russian strikes killed 50,000
    people in …``): what a cut from the sentence's start would hide when the number comes
    late. A quote that fits is shown whole; one without the value, cut after its start."""
    if _missing(quote):
        return MISSING
    text = " ".join(str(quote).split())
    if len(text) <= width:
        return text
    needle = "" if _missing(value) else " ".join(str(value).split())
    at = -1
    if needle:  # the value as a whole word: "2", never the 2 of "2,760"
        hit = re.search(r"(?<![\w.,])" + re.escape(needle) + r"(?!\w|[.,]\d)", text, re.IGNORECASE)
        at = hit.start() if hit else -1
    if at < 0:
        return truncate(text, width)
    end = at + len(needle)
    room = width - 4  # "… " before and " …" after
    if end - at >= room:
        return truncate(("… " if at > 0 else "") + text[at:], width)
    lo = max(0, at - (room - (end - at)) // 2)
    hi = min(len(text), lo + room)
    lo = max(0, hi - room)
    if lo > 0 and text[lo - 1] != " ":  # start at a word: the next one, if before the value
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < at else lo
    if hi < len(text) and text[hi] != " ":  # end at a word: the last whole one after the value
        space = text.rfind(" ", end, hi)
        hi = space if space >= end else hi
    return ("… " if lo > 0 else "") + text[lo:hi].strip() + (" …" if hi < len(text) else "")


def truncate(text: str, limit: int = MAX_CHARS) -> str:
    """``text`` cut to ``limit`` characters, the last one an ellipsis, when it is longer."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + ELLIPSIS


def _where(full) -> str:
    """A path as the analyst finds it: relative to the project root when under it."""
    from .paths import PATHS

    path = Path(full)
    try:
        return path.resolve().relative_to(PATHS.root.resolve()).as_posix()
    except (ValueError, OSError):
        return str(full)


def show(frame: pd.DataFrame, *, max_rows: int = MAX_ROWS, view: str | None = None,
         full: Path | str | None = None, max_chars: int = MAX_CHARS, **kwargs):
    """Display a table by the project's convention (see the module docstring).

    Returns a pandas Styler; a notebook shows it when it is the last value of a cell
    (inside a loop, pass it to ``IPython.display.display``, or use :func:`sections`).
    At most ``max_rows`` rows are shown, and the caption says so. ``view`` names a table
    of :data:`VIEWS`: only its reading columns are shown, and the caption says how many
    columns the full table has and where it is (``full``: its CSV, or the folder holding
    ``<view>.csv``); a table with no row says only that (``No rows.``), naming no CSV,
    since a run may write none for it. Text longer than ``max_chars`` is cut with an
    ellipsis. Other keyword arguments go to :func:`display_frame`.
    """
    shown = display_frame(frame, **kwargs)
    caption = f"{len(shown):,} rows" if len(shown) != 1 else "1 row"
    if shown.empty:  # nothing to read, and no CSV to point at: a run may write none for it
        caption, full = "No rows.", None
    if len(shown) > max_rows:
        caption = f"first {max_rows:,} of {len(shown):,} rows (all of them are in the table and its CSV)"
        shown = shown.head(max_rows)
    if view is not None:
        shown = _short_names(_with_joined(shown, VIEWS[view]))
        # a joined column whose parts are not both there shows the part that is
        columns = [x for c in VIEWS[view]
                   for x in ([c] if c in shown.columns else [p for p in JOINED.get(c, ()) if p in shown.columns])]
        if len(columns) < len(shown.columns) and not shown.empty:
            if full is not None and Path(full).suffix != ".csv":  # the folder holding <view>.csv
                full = Path(full) / f"{view}.csv"
            caption += (f"; {len(columns)} reading columns shown, all {len(frame.columns)} in "
                        + (f"{_where(full)}" if full is not None else "the table's CSV"))
        shown = shown.loc[:, columns]  # in the view's order, even when nothing is left out
    shown = shown.apply(lambda column: column.map(lambda v: truncate(v, max_chars)))
    text = {i for i, c in enumerate(shown.columns)
            if c in TEXT or c.endswith("_name") or c.endswith("_names") or c in VERDICTS}
    styles = [
        {"selector": "caption", "props": "caption-side: top; text-align: left; color: #555;"},
        # headings are words (``value as reported``) and wrap between them: a long name
        # takes the width its values need, not one line's worth of its own
        {"selector": "th", "props": "text-align: left; white-space: normal; vertical-align: bottom;"},
        # a narrower gap between columns than JupyterLab's 0.5em a side: ten columns gain 30 px
        {"selector": "td, th", "props": "padding: 0.4em 0.25em;"},
    ]
    # One rule per column, by its class: numbers, dates and codes stay on one line
    # (numbers right-aligned); free text, already cut to max_chars, wraps in a narrow
    # column, so that no row grows taller than two or three lines.
    for i in range(len(shown.columns)):
        if shown.columns[i] in LINES:
            props = "white-space: pre; text-align: left;"
        elif shown.columns[i] in LONG_TEXT:
            props = "white-space: normal; text-align: left; width: 18em;"
        elif i in text:
            props = "white-space: normal; text-align: left; width: 5em;"
        elif all(NUMBER.fullmatch(v) for v in shown.iloc[:, i]):
            props = "white-space: nowrap; text-align: right;"  # numbers line up on the right
        elif any(BREAKS.search(v) for v in shown.iloc[:, i]):
            # identifiers of several words (attacks_on_facilities, not_applicable) and
            # windows (2015-10-01..2015-10-31) break after an underscore or the "..", and
            # only there, when the table needs the room: at 1,100 px with the file browser
            # open, 02's comparison summary ran to 1,180 px on one-line identifiers
            props = "white-space: normal; overflow-wrap: normal; text-align: left;"
        else:
            props = "white-space: nowrap; text-align: left;"  # codes, dates, identifiers
        styles.append({"selector": f"td.col{i}", "props": props + " vertical-align: top;"})
    return (shown.style.hide(axis="index").set_caption(caption).set_table_styles(styles)
            .format(cell_html, escape=None).format_index(heading, axis=1, escape=None))


BREAKS = re.compile(r"_(?=\w)|\.\.(?=\w)|;(?=\w)")
"""Where a one-word identifier or window may break in a notebook's table: after an
underscore between words, after the ``..`` of a window, after a ``;`` between codes."""


def cell_html(value) -> str:
    """A shown cell as HTML: escaped, with a break opportunity (``<wbr>``) after each
    underscore between words and each ``..`` (:data:`BREAKS`), so a long identifier wraps
    there rather than widen the table; the frame, its CSV and the text copied keep it whole."""
    import html

    text = BREAKS.sub(lambda m: m.group(0) + "<wbr>", html.escape(str(value), quote=False))
    # a date inside a cell that wraps never breaks at its hyphens (chromium broke
    # "2015-10-01..2015-10-31" after "2015-10-" when the table was short of room)
    return DATE_IN_TEXT.sub(lambda m: f'<span style="white-space: nowrap;">{m.group(0)}</span>', text) \
        if DATE_IN_TEXT.search(text) and not DATE_IN_TEXT.fullmatch(text) else text


DATE_IN_TEXT = re.compile(r"(?<![\w-])\d{4}-\d{2}(?:-\d{2})?(?![\w-])")
"""An ISO date (day or month) inside a cell's text."""


JOINED = {"metric / population": ("metric", "population"), "period": ("period_start", "period_end"),
          "kind / count_window": ("kind", "count_window")}
"""Columns a view shows as one (:data:`VIEWS`): two short columns read together, each
cell on two lines, so that a view of ten columns fits a notebook beside the file browser
(1,100 px window: 668 px for a table); the frame and its CSV keep both."""


def _with_joined(shown: pd.DataFrame, wanted) -> pd.DataFrame:
    """``shown`` with the :data:`JOINED` columns ``wanted`` names, built from their parts."""
    shown = shown.copy()
    for name, (first, second) in JOINED.items():
        if name in wanted and name not in shown.columns and {first, second} <= set(shown.columns):
            pairs = zip(shown[first].tolist(), shown[second].tolist())
            if name == "period":  # one date above the other (the review view's "START to" is wider)
                values = [_period(*(None if v == MISSING else v for v in pair)).replace(" to\n", "\n")
                          for pair in pairs]
            else:
                values = [_joined(*(None if v == MISSING else v for v in pair)) for pair in pairs]
            shown.insert(list(shown.columns).index(first), name, values)
    return shown


def _short_names(shown: pd.DataFrame) -> pd.DataFrame:
    """A view's claimant names as the briefing and the charts give them (``OCHA`` for "UN
    Office for the Coordination of Humanitarian Affairs (OCHA)": the short name in brackets,
    :func:`crosstally.plots.short_name`); the frame and its CSV keep the full names."""
    from .plots import short_name

    shown = shown.copy()
    for name in shown.columns:
        if name == "claimant_name" or name.endswith("_claimant_name") or name.endswith("_claimants_names"):
            shown[name] = [v if v == MISSING else "; ".join(short_name(n, n) for n in str(v).split("; "))
                           for v in shown[name].tolist()]
    return shown


def heading(name) -> str:
    """A column's heading as HTML, read as words: each underscore a space
    (``lowest_claimant_name`` -> ``lowest claimant name``), so it wraps between words;
    escaped. The frame and its CSV keep the column's own name. A long word may break
    where :data:`HEADING_BREAKS` says (a soft hyphen), only when its column needs the room."""
    import html

    words = html.escape(str(name).replace("_", " ")).split(" ")
    return " ".join(HEADING_BREAKS.get(w, w) for w in words)


HEADING_BREAKS = {"independent": "inde&shy;pendent", "perpetrator": "perpe&shy;trator",
                  "population": "popu&shy;lation", "statement": "state&shy;ment"}
"""The long words of column names, with where each may break in a heading: in bold they
were wider than any value under them (four "independent" headings took 400 px of
party-vs-independent's 850)."""


class Note(str):
    """A sentence or two of Markdown a notebook shows as text (the last value of a cell)."""

    def _repr_markdown_(self) -> str:
        return str(self)


def wrote(paths, nothing: str = "Nothing written.") -> Note:
    """What a cell wrote, as one line (``**Wrote:** `a.csv`, `b.svg` ``), paths relative to
    the project root; ``nothing`` when it wrote nothing (not a bare ``[]``)."""
    paths = list(paths)
    if not paths:
        return Note(nothing)
    return Note("**Wrote:** " + ", ".join(f"`{_where(p)}`" for p in paths))


class Sections:
    """Several tables under their headings, displayed as one object (one cell output):
    what a loop over groups shows, where a bare ``show(...)`` inside the loop would be
    discarded. ``items``: (heading, Styler) pairs. ``collapsed``: each table folded under
    its heading (an HTML ``<details>``, opened by a click), so that many tables take a
    line each; ``opened`` names the headings shown open."""

    def __init__(self, items: list[tuple[str, object]], empty: str = "Nothing to show.",
                 note: str | None = None, collapsed: bool = False, opened=()):
        self.items = list(items)
        self.empty = empty
        self.note = note  # one line above the tables (e.g. where their full columns are)
        self.collapsed = collapsed
        self.opened = set(opened)

    def __len__(self) -> int:
        return len(self.items)

    def _repr_html_(self) -> str:
        import html

        if not self.items:
            return f"<p>{html.escape(self.empty)}</p>"
        note = f'<p style="color: #555;">{html.escape(self.note)}</p>\n' if self.note else ""
        if self.collapsed:
            return note + "\n".join(
                f'<details{" open" if heading in self.opened else ""}>'
                f'<summary style="cursor: pointer; font-weight: bold; margin: 0.3em 0;">'
                f"{html.escape(heading)}</summary>\n{table.to_html()}</details>"
                for heading, table in self.items)
        return note + "\n".join(f"<h3>{html.escape(heading)}</h3>\n{table.to_html()}"
                                for heading, table in self.items)


def sections(groups, columns: list[str] | None = None, empty: str = "Nothing to show.",
             note: str | None = None, collapsed: bool = False, opened=(), **kwargs) -> Sections:
    """One displayable object from ``groups``, an iterable of (heading, frame): each frame
    shown by :func:`show` (only ``columns``, when given) under its heading; ``note``, one
    line above them; ``collapsed`` and ``opened`` as :class:`Sections` takes them."""
    return Sections([(heading, show(frame[columns] if columns else frame, **kwargs))
                     for heading, frame in groups], empty, note, collapsed, opened)
