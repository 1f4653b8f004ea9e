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


def test_charts_float_and_all_are_set_before_the_appendix(tmp_path):
    """A chart too tall for the rest of a page pushed it, and left the page's bottom
    half empty: charts float (placement: auto), and any still afloat is set before the
    appendix begins."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="468pt" height="400pt" viewBox="0 0 468 400">'
           '<rect width="468" height="400" fill="#ccc"/></svg>')
    paths = Paths(tmp_path)
    (paths.figures_dir / RUN.run_name).mkdir(parents=True)
    b = _briefing()
    b.add(briefing.Block("title", ["Floats"]))
    b.add(briefing.Block("p", ["Words before the charts. " * 120]))
    for n in (1, 2):
        (paths.figures_dir / RUN.run_name / f"chart-{n}.svg").write_text(svg)
        b.add(briefing.Block("figure", stem=f"chart-{n}", caption=[f"Figure {n}. A chart."]))
    b.add(briefing.Block("p", ["Flowing text after the charts. " * 40 + briefing.PROPER_END]))
    b.add(briefing.Block("appendix", ["Appendix: tables"]))
    b.add(briefing.Block("p", ["Appendix text."]))
    typ = briefing.render_typst(b, RUN, paths)
    assert typ.count("placement: auto") == 2
    assert typ.index("#place.flush()") < typ.index("#pagebreak(weak: true)") < typ.index("Appendix: tables")
    pages = _pages(briefing.compile_pdf(typ, tmp_path))
    # the text after the charts flows on under the first page's text, charts or no charts
    assert "Flowing text after the charts" in pages[0]
    appendix = next(n for n, text in enumerate(pages) if "Appendix: tables" in text)
    assert pages[appendix].startswith("Appendix: tables")  # on a page of its own: no chart after its start
    for n in (1, 2):
        assert next(i for i, text in enumerate(pages) if f"Figure {n}. A chart." in text) < appendix
    # the briefing proper ends where its last chart is set, not at its last words
    last_chart = max(i for i, text in enumerate(pages, start=1) if re.search(r"Figure \d\. A chart", text))
    assert last_chart > 1 and briefing.proper_pages(briefing.compile_pdf(typ, tmp_path)) == last_chart
    assert briefing.proper_pages(briefing.compile_pdf(typ, tmp_path), within=1) == 2
