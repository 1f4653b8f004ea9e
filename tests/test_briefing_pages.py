"""How the PDF breaks its pages: a table row stays on one page, charts float so that
text flows on around them (no page left half empty before a chart too tall for it)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from crosstally import briefing
from crosstally.paths import Paths

pypdfium2 = pytest.importorskip("pypdfium2")


def _pages(pdf: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        out = []
        for page in doc:
            text = page.get_textpage()
            out.append(" ".join(text.get_text_range().split()))
            text.close()
            page.close()
        return out
    finally:
        doc.close()


def _briefing() -> briefing.Briefing:
    return briefing.Briefing(pd.DataFrame({"figure_id": pd.Series([], dtype="str"),
                                           "published": pd.Series([], dtype="str")}))


RUN = briefing.RunParams(run_name="pages", comparisons=(briefing.Comparison("killed", "2015", "2015", "t"),))


def test_a_table_row_is_never_split_across_pages(tmp_path):
    """Table 4's wikipedia-2015-11-29 row had its title on page 6 and its address on 7."""
    b = _briefing()
    b.add(briefing.Block("title", ["Rows"]))
    b.add(briefing.Block("p", ["Some words before the table. " * 40]))
    rows = [(f"doc-{i:02d}", "2015-10-01",
             [f"Start{i:02d} " + "a title long enough to wrap over several lines in its column " * (2 + i % 7),
              briefing.Break(), f"https://example.org/end{i:02d}"]) for i in range(90)]
    b.add(briefing.Block("table", columns=("Document", "Published", "Title and link"), rows=rows, small=True,
                         widths=("auto", "auto", "1fr"), caption=["Table 1."]))
    typ = briefing.render_typst(b, RUN, Paths(tmp_path))
    assert "#set table.cell(breakable: false)" in typ
    pages = _pages(briefing.compile_pdf(typ, tmp_path))
    assert len(pages) > 1
    for i in range(90):
        start = [n for n, text in enumerate(pages) if f"Start{i:02d}" in text]
        end = [n for n, text in enumerate(pages) if f"end{i:02d}" in text]
        assert start == end and len(start) == 1, (i, start, end)


def _svg(height_pt: float) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="468pt" height="{height_pt}pt" viewBox="0 0 468 {height_pt}">'
            f'<rect width="468" height="{height_pt}" fill="#ccc"/></svg>')


def test_charts_float_and_all_are_set_before_the_appendix(tmp_path):
    """A chart too tall for the rest of a page pushed it, and left the page's bottom
    half empty: charts float (placement: auto), and any still afloat is set before the
    appendix begins: when one floats to the foot of the page where the appendix would
    begin, the appendix begins a page of its own."""
    paths = Paths(tmp_path)
    (paths.figures_dir / RUN.run_name).mkdir(parents=True)
    b = _briefing()
    b.add(briefing.Block("title", ["Floats"]))
    b.add(briefing.Block("p", ["Words before the charts. " * 120]))
    for n in (1, 2):
        (paths.figures_dir / RUN.run_name / f"chart-{n}.svg").write_text(_svg(400))
        b.add(briefing.Block("figure", stem=f"chart-{n}", caption=[f"Figure {n}. A chart."]))
    b.add(briefing.Block("p", ["Flowing text after the charts. " * 40 + briefing.PROPER_END]))
    b.add(briefing.Block("appendix", ["Appendix: tables"]))
    b.add(briefing.Block("p", ["Appendix text."]))
    typ, pdf = briefing.compile_fit(b, RUN, paths, briefing.Fit())
    assert typ.count("placement: auto") == 2
    assert typ.index("#place.flush()") < typ.index("Appendix: tables")
    assert not briefing.appendix_needs_a_page(pdf)
    pages = _pages(pdf)
    # the text after the charts flows on under the first page's text, charts or no charts
    assert "Flowing text after the charts" in pages[0]
    appendix = next(n for n, text in enumerate(pages) if "Appendix: tables" in text)
    for n in (1, 2):
        assert next(i for i, text in enumerate(pages) if f"Figure {n}. A chart." in text) <= appendix
    # the briefing proper ends where its last chart is set, not at its last words
    last_chart = max(i for i, text in enumerate(pages, start=1) if re.search(r"Figure \d\. A chart", text))
    assert last_chart > 1 and briefing.proper_pages(pdf) in (last_chart, last_chart + 1)
    assert briefing.proper_pages(pdf, within=1) == 2
    # set with a page of its own, the chart at the foot of the page is found before it
    forced = briefing.compile_pdf(briefing.render_typst(b, RUN, paths, briefing.Fit(appendix_page=True)), tmp_path)
    assert not briefing.appendix_needs_a_page(forced)


def test_the_appendix_begins_under_the_last_words_not_on_a_page_of_its_own(tmp_path):
    """Aleppo's page 3 held three lines of the method and nothing else, the appendix
    beginning page 4: the appendix begins right under the briefing proper when the page
    has room for it (APPENDIX_ROOM_CM), else on the next page."""
    paths = Paths(tmp_path)
    b = _briefing()
    b.add(briefing.Block("title", ["Short"]))
    b.add(briefing.Block("p", ["Three lines of the method. " * 30 + briefing.PROPER_END]))
    b.add(briefing.Block("appendix", ["Appendix: tables"]))
    b.add(briefing.Block("p", ["Appendix text."]))
    typ, pdf = briefing.compile_fit(b, RUN, paths, briefing.Fit())
    pages = _pages(pdf)
    assert len(pages) == 1 and "Appendix: tables" in pages[0] and briefing.proper_pages(pdf) == 1
    # a page with less room left than that: the appendix goes on to the next
    b.blocks[1] = briefing.Block("p", ["Words filling the page. " * 230 + briefing.PROPER_END])
    pages = _pages(briefing.compile_fit(b, RUN, paths, briefing.Fit())[1])
    assert len(pages) == 2 and "Appendix" not in pages[0] and pages[1].startswith("Appendix: tables")


def test_charts_on_pages_of_their_own_are_sized_to_share_a_page(tmp_path):
    """Charts that float past the text onto pages of their own left a third or half of a
    page empty when the next was a little too tall for the room left: set at 95, 90 or
    85% of their height when that makes the PDF shorter, two share the page."""
    paths = Paths(tmp_path)
    (paths.figures_dir / RUN.run_name).mkdir(parents=True)
    b = _briefing()
    b.add(briefing.Block("title", ["Fill"]))
    b.add(briefing.Block("p", ["Words before the charts. " * 250 + briefing.PROPER_END]))
    for n in (1, 2):  # 12.6 cm each: two (and captions) do not fit the page's 25.9 cm
        (paths.figures_dir / RUN.run_name / f"chart-{n}.svg").write_text(_svg(347))
        b.add(briefing.Block("figure", stem=f"chart-{n}", caption=[f"Figure {n}. A chart."]))
    b.add(briefing.Block("appendix", ["Appendix: tables"]))
    b.add(briefing.Block("p", ["Appendix words. " * 800]))
    as_drawn = _pages(briefing.compile_fit(b, RUN, paths, briefing.Fit())[1])
    typ, pdf = briefing.fill_pages(b, RUN, paths)
    pages = _pages(pdf)
    assert len(pages) < len(as_drawn)
    heights = [float(h) for h in re.findall(r'image\("[^"]+", height: ([0-9.]+)cm\)', typ)]
    natural = 347 / 468 * briefing.TEXT_WIDTH_CM
    assert len(heights) == 2 and all(natural * min(briefing.FILL_SCALES) - 0.01 <= h < natural for h in heights)
    chart_pages = {next(i for i, t in enumerate(pages) if f"Figure {n}. A chart." in t) for n in (1, 2)}
    assert len(chart_pages) == 1  # the two charts share a page
    assert briefing.fill_pages(b, RUN, paths) == (typ, pdf)  # deterministic
