"""Notebooks 01 and 02's tables fit a notebook beside the file browser (page14 review).

In JupyterLab 4.6 at a 1,100 px window with the file browser open, a table in a cell's
output has 668 px; seven tables of 01 and 02 ran to 742-1,283 px (measured in chromium):
01's figures-by-claimant-date, 02's comparison-summary, side-by-side,
party-vs-independent, running-totals, claims and findings. What made them wide: one-line
identifiers (attacks_on_facilities, 2015-10-01..2015-10-31, SY01;SY02;...), bold
headings of one long word (independent), full claimant names, up to 14 columns.

The test estimates each table's narrowest width (its min-content width, what a browser
cannot go below) from the Styler the notebook shows, with the glyph widths of DejaVu Sans
(the font chromium draws JupyterLab's tables in here, 13 px): every piece of text that
cannot break is measured, each column is as wide as its widest piece plus its padding
(a cell's CSS width gives way when the table has no room). The estimate was checked against chromium: within 15 px of its
min-content widths for these tables.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

from crosstally import display
from crosstally.display import show

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "data" / "processed" / "tables" / "default"
ROOM_PX = 668  # a table's room in JupyterLab 4.6, 1,100 px window, file browser open
FONT_PX = 13  # JupyterLab's --jp-ui-font-size1, the size of a table's text

# the tables notebooks 01 and 02 show, as they show them (notebooks/01-tabulate.ipynb, 02-compare.ipynb)
SHOWN = [("figures-by-claimant-date", True), ("claimant-month-pivot", False), ("counts-by-claimant-type", False),
         ("filter-summary", False), ("comparison-summary", True), ("side-by-side", True),
         ("party-vs-independent", True), ("running-totals", True), ("relay-counts", False),
         ("claims", True), ("findings", True)]


@lru_cache(maxsize=None)
def _width_px(text: str, bold: bool) -> float:
    import matplotlib.textpath
    from matplotlib import font_manager

    display_font = font_manager.FontProperties(family="DejaVu Sans", size=FONT_PX * 0.75,
                                               weight="bold" if bold else "normal")
    width_pt = matplotlib.textpath.TextToPath().get_text_width_height_descent(text, display_font, ismath=False)[0]
    return width_pt / 0.75


def _pieces(html: str) -> list[str]:
    """The pieces of a cell's or heading's HTML that cannot break (at spaces, <wbr>, soft
    hyphens, and after a hyphen before a letter: air-force-magazine, never 2015-10-01)."""
    html = re.sub(r"-(?=[A-Za-z])", "-\0", html.replace("&shy;", "-\0").replace("<wbr>", "\0"))
    html = re.sub(r'<span style="white-space: nowrap;">([^<]*)</span>', lambda m: m.group(1).replace("\0", ""), html)
    text = re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return [p for p in re.split(r"[\s\0]+", text) if p]


def min_width_px(styler) -> float:
    """A Styler's narrowest width in a notebook (see the module docstring)."""
    props = {}
    for rule in styler.table_styles:
        for selector in rule["selector"].split(","):
            props[selector.strip()] = " ".join(f"{k}: {v};" for k, v in rule["props"]) if isinstance(
                rule["props"], list) else rule["props"]
    padding = float(re.search(r"padding: [\d.]+em ([\d.]+)em", props.get("td", "padding: 0 0.5em")).group(1))
    total = 0.0
    for i, name in enumerate(styler.data.columns):
        css = props.get(f"td.col{i}", "")
        whole_lines = "nowrap" in css or "pre;" in css
        cells = [display.cell_html(v) for v in styler.data.iloc[:, i]]
        pieces = ([line for v in styler.data.iloc[:, i] for line in str(v).split("\n")] if whole_lines
                  else [p for c in cells for p in _pieces(c)])
        widest = max([_width_px(p, False) for p in pieces] + [_width_px(p, True) for p in _pieces(display.heading(name))])
        total += widest + 2 * padding * FONT_PX
    return total


def _shown(name: str, view: bool):
    frame = pd.read_csv(TABLES / f"{name}.csv")
    if name == "claims":
        frame = frame.query("n_outlets > 1")
    return show(frame, view=name, full=TABLES) if view else show(frame)


@pytest.mark.parametrize("name, view", SHOWN, ids=[n for n, _ in SHOWN])
def test_each_table_of_notebooks_01_and_02_fits_beside_the_file_browser(name, view):
    styler = _shown(name, view)
    width = min_width_px(styler)
    assert width <= ROOM_PX, f"{name}: at least {width:.0f} px wide, {ROOM_PX} px of room"
    if view:
        assert len(styler.data.columns) <= display.MAX_VIEW_COLUMNS


def test_the_estimate_sees_a_table_too_wide():
    """The measure itself: 14 columns of one-line identifiers (02's comparison-summary as
    it was) are far wider than the room."""
    frame = pd.read_csv(TABLES / "comparison-summary.csv")
    old = ["metric", "population", "kind", "window", "count_window", "perpetrator_scope", "area",
           "claims", "lowest_claimant", "lowest_value", "highest_claimant", "highest_value", "spread",
           "can_all_be_right"]
    assert min_width_px(show(frame[old])) > 900


def test_identifiers_break_only_after_an_underscore_a_windows_dots_or_a_semicolon():
    styler = show(pd.DataFrame({"metric": ["attacks_on_facilities"], "count_window": ["2015-10-01..2015-10-31"],
                                "area": ["SY01;SY02"], "date": ["2015-10-01"]}), places={"SY01": "A", "SY02": "B"})
    html = styler.to_html()
    nowrap = '<span style="white-space: nowrap;">{}</span>'
    assert "attacks_<wbr>on_<wbr>facilities" in html and "SY01;<wbr>SY02" in html
    # a window breaks after its "..", never inside one of its dates; a date alone never breaks
    assert nowrap.format("2015-10-01") + "..<wbr>" + nowrap.format("2015-10-31") in html
    assert ">2015-10-01<" in html
    assert styler.data["metric"].tolist() == ["attacks_on_facilities"]  # the text itself is unchanged


def test_a_view_shows_short_claimant_names_and_joins_metric_and_population():
    frame = pd.DataFrame({"metric": ["killed"], "population": ["civilians"], "claimant": ["ocha"],
                          "claimant_name": ["UN Office for the Coordination of Humanitarian Affairs (OCHA)"],
                          "period_start": ["2015-10-01"], "period_end": ["2015-10-31"], "value_as_reported": ["5"]})
    shown = show(frame, view="claims").data
    assert shown["claimant_name"].tolist() == ["OCHA"]
    assert shown["metric / population"].tolist() == ["killed / civilians"]
    assert shown["period"].tolist() == ["2015-10-01\n2015-10-31"]
    assert frame["claimant_name"].iloc[0].startswith("UN Office")  # the frame (and its CSV) keep the full name
