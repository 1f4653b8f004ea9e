"""A reader's pass over the rendered briefings (brief 3): area codes that ran past their
cell, a table's caption alone at a page's foot, charts floating into the method's words
or out of order, an earlier step's reason without its value, numbers and dates wrapped
mid-token in the HTML."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis_fixtures import make_ledger, plain_text
from crosstally import briefing, compare
from crosstally.paths import Paths

import test_reader_outputs as reader  # registers the Qarzan claimants; its SERIES and NAMES
from test_briefing_pages import _briefing, _pages  # a PDF's text by page; an empty briefing

pytest.importorskip("pypdfium2")


RUN = briefing.RunParams(run_name="reader3", comparisons=(briefing.Comparison("killed", "2015", "2015", "t"),))


def _svg(height_pt: float) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="468pt" height="{height_pt}pt" viewBox="0 0 468 {height_pt}">'
            f'<rect width="468" height="{height_pt}" fill="#ccc"/></svg>')


def _claim_table(b: briefing.Briefing) -> briefing.Block:
    frame = compare.compare_window(b.rows_frame, "killed", "2030-02-01", "2030-03-31")
    briefing._comparisons(b, [(briefing.Comparison("killed", "2030-02-01", "2030-03-31", title="Window"), frame)],
                          1, reader.NAMES)
    return next(blk for blk in b.blocks if blk.kind == "table")


def _series_briefing() -> briefing.Briefing:
    ledger = make_ledger(reader.SERIES)
    b = briefing.Briefing(ledger, ("SY", "Qarzan"))
    b.rows_frame = ledger
    return b


def test_area_codes_may_break_after_each_plus_in_a_table_cell():
    """"(SY02+SY05+SY07)" is one unbreakable word: it ran past the Area column into "As
    reported" (default p.4-5, Aleppo p.3)."""
    cell = [briefing.Codes("Aleppo + Hama + Idleb (SY02+SY05+SY07)")]
    typst = briefing._typst_cell(cell)
    assert typst.count("+\u200b") == 4
    assert typst.replace("\u200b", "").replace("\\+", "+") == "Aleppo + Hama + Idleb (SY02+SY05+SY07)"
    assert briefing._html_cell(cell).count("+<wbr>") == 4
    table = _claim_table(_series_briefing())
    area = table.columns.index("Area")
    assert all(isinstance(row[area], list) and isinstance(row[area][0], briefing.Codes) for row in table.rows)


def test_an_earlier_steps_reason_says_the_value_its_series_stood_at_later():
    """"which stood later at 30 October 2015" said the day and not the value."""
    table = _claim_table(_series_briefing())
    reason = {row[7][0].text: row[8] for row in table.rows}["Q1"]
    assert reason == "an earlier step of its claimant's own running total, later 1,500 as of 20 March 2030 (Q2)"


def test_numbers_and_dates_in_the_html_tables_never_wrap_mid_token():
    """At 1,100 px "44,568" read "44,5 / 68" and "2015-10-22" "2015 / -10- / 22"."""
    b = _series_briefing()
    b.add(briefing.Block("title", ["T"]))
    table = _claim_table(b)
    assert {table.columns[i] for i in table.nowrap} == {"Low", "High", "As of"}
    html = briefing.render_html(b, RUN, {})
    assert '<td class="nw">1,500</td>' in html and '<td class="nw">2030-03-20</td>' in html
    assert "td.nw { white-space: nowrap;" in html


def test_an_as_of_later_in_a_relay_than_the_claimants_own_is_shown_apart():
    """The summary said OCHA's at least 120,000 stood "as of 2015-10-22" (OCHA's report);
    Table 1 said 2015-10-24 (Breitbart's relay) for the same claim: the table shows the
    claimant's own day, and the relay's beside it."""
    row = pd.Series({"period_end": "2015-10-22", "window_end": "2015-10-24"})
    cell = briefing._as_of_cell(row)
    assert cell[0] == "2015-10-22" and cell[2].text == "2015-10-24 as relayed"
    assert briefing._as_of_cell(pd.Series({"period_end": "2022-04", "window_end": "2022-04-30"})) == "2022-04-30"


def test_a_tables_caption_stays_with_its_first_rows(tmp_path):
    """Table 2's caption sat alone at the foot of page 4, its table on page 5."""
    b = _briefing()
    b.add(briefing.Block("title", ["Captions"]))
    # the words end a few lines above the page's foot: room for the caption, not for a row
    b.add(briefing.Block("p", ["Words filling most of the page. " * 209 + "FillEnd"]))
    rows = [(f"Row{i:02d}", "a cell of words that wraps " * 3) for i in range(30)]
    b.add(briefing.Block("table", columns=("Name", "Words"), rows=rows, small=True, widths=("auto", "1fr"),
                         caption=["Table 9. A caption long enough to take two lines of the page; " * 3]))
    pages = _pages(briefing.compile_pdf(briefing.render_typst(b, RUN, Paths(tmp_path)), tmp_path))
    assert "FillEnd" in pages[0]
    caption = next(n for n, text in enumerate(pages) if "Table 9." in text)
    first = next(n for n, text in enumerate(pages) if "Row00" in text)
    assert caption == first, (caption, first)


def test_a_paragraph_kept_whole_is_never_split_by_a_chart_or_a_page(tmp_path):
    """Aleppo p.2: a chart floated to the page's foot split "Sources and method" mid-sentence."""
    paths = Paths(tmp_path)
    (paths.figures_dir / RUN.run_name).mkdir(parents=True)
    (paths.figures_dir / RUN.run_name / "chart-1.svg").write_text(_svg(250))
    b = _briefing()
    b.add(briefing.Block("title", ["Whole"]))
    b.add(briefing.Block("p", ["Words before the chart. " * 200]))
    b.add(briefing.Block("figure", stem="chart-1", caption=["Figure 1. A chart."]))
    b.add(briefing.Block("p", ["MethodStart " + "the method's words, a sentence after another. " * 30 + "MethodEnd"],
                         whole=True))
    typ = briefing.render_typst(b, RUN, paths)
    assert "#block(breakable: false)[MethodStart" in typ
    pages = _pages(briefing.compile_pdf(typ, tmp_path))
    start = next(n for n, text in enumerate(pages) if "MethodStart" in text)
    assert "MethodEnd" in pages[start]
    text = pages[start]
    chart = text.find("Figure 1. A chart.")
    assert chart < text.index("MethodStart") or chart > text.index("MethodEnd")


def test_charts_given_by_caption_alone_keep_their_order_among_floating_charts(tmp_path):
    """Mariupol read Figures 1, 2, 3, 4, 6, 7, 5: a chart too tall for the rest of a page
    floated on, while the captions of charts left out of the PDF were set in the text."""
    paths = Paths(tmp_path)
    (paths.figures_dir / RUN.run_name).mkdir(parents=True)
    b = _briefing()
    b.add(briefing.Block("title", ["Order"]))
    b.add(briefing.Block("p", ["Words before the charts. " * 150]))  # no room left for chart 1 on page 1
    for n in (1, 2, 3):
        (paths.figures_dir / RUN.run_name / f"chart-{n}.svg").write_text(_svg(300))
        b.add(briefing.Block("figure", stem=f"chart-{n}", caption=[f"Figure {n}. A chart."]))
    b.add(briefing.Block("p", ["Words after the charts. " * 20]))
    fit = briefing.Fit(omit=frozenset({"chart-2", "chart-3"}))
    pages = _pages(briefing.compile_pdf(briefing.render_typst(b, RUN, paths, fit), tmp_path))
    text = " ".join(pages)
    assert text.index("Figure 1. A chart.") < text.index("Figure 2. A chart.") < text.index("Figure 3. A chart.")
