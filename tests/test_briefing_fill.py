"""No page of a briefing but its last is left partly empty (page14 review).

The default briefing's page 2 was 40% white: both comparison charts were set after every
comparison's words, so they waited for a page of their own, and Figure 3 (12 cm), too
tall for the third of a page they left, floated to page 3; no later chart may pass it.
Each comparison's chart now follows its own words: the first shares page 1 with the
text, the second page 2 with the words after it.

The page test reads the committed PDFs (tests/test_committed_outputs.py and
test_briefing.py's staleness check keep them current), rendered small with pypdfium2:
fast, and it measures what the reader sees rather than Typst's layout.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from crosstally import briefing, ledger as ledger_mod
from crosstally.case import load_config
from crosstally.paths import Paths

pypdfium2 = pytest.importorskip("pypdfium2")

ROOT = Path(__file__).resolve().parents[1]
PDFS = [ROOT / "briefing" / "default" / "briefing.pdf",
        ROOT / "briefing" / "aleppo-october-2015" / "briefing.pdf",
        ROOT / "examples" / "mariupol-2022" / "briefing" / "default" / "briefing.pdf"]

PAGE_CM, TOP_CM, BOTTOM_CM = 29.7, 1.8, 2.0  # A4 and the margins of briefing.TYPST_PREAMBLE
MOST_EMPTY = 0.20  # of the text area's height, in one white stretch (the old page 2: 38%)


def empty_stretches(pdf: bytes, dpi: int = 36) -> list[float]:
    """For each page, the tallest run of blank pixel rows inside the text area (between
    the top and bottom margins), as a fraction of the text area's height."""
    doc = pypdfium2.PdfDocument(pdf)
    out = []
    try:
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            width, height = image.size
            top, bottom = round(height * TOP_CM / PAGE_CM), round(height * (1 - BOTTOM_CM / PAGE_CM))
            pixels = image.load()
            run = tallest = 0
            for y in range(top, bottom):
                blank = all(pixels[x, y] >= 235 for x in range(width))
                run = run + 1 if blank else 0
                tallest = max(tallest, run)
            out.append(tallest / (bottom - top))
    finally:
        doc.close()
    return out


def test_the_measure_sees_an_empty_stretch():
    """The measure itself: a page half full reads about half empty."""
    typ = briefing.TYPST_PREAMBLE.format(title="t", run="r") + "#rect(width: 100%, height: 11.5cm, fill: black)\n#pagebreak()\nx\n"
    stretches = empty_stretches(briefing.compile_pdf(typ, ROOT))
    assert len(stretches) == 2 and 0.5 < stretches[0] < 0.6


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.relative_to(ROOT).parent.as_posix())
def test_no_page_but_the_last_is_left_partly_empty(pdf):
    stretches = empty_stretches(pdf.read_bytes())
    assert len(stretches) > 1
    empty = {page: round(s, 2) for page, s in enumerate(stretches[:-1], start=1) if s > MOST_EMPTY}
    assert not empty, f"{pdf.relative_to(ROOT)}: pages left partly empty (page: share of the text area): {empty}"


def test_each_comparisons_chart_follows_its_own_words():
    """The default run's two comparison charts were set together after both comparisons'
    words; each now follows the paragraph that describes it (its claim table, which
    stood there, moves to the appendix as before)."""
    paths = Paths(ROOT)
    run = briefing.RunParams.from_yaml(ROOT / "params" / "default.yaml", case=load_config(ROOT))
    df = briefing.select(ledger_mod.load_ledger(run.bound_profile, paths), run, paths)
    comps = briefing.comparison_frames(df, run, paths)
    assert len(comps) == 2
    b = briefing.compose(df, comps, briefing.figure_stems(df, comps, paths), run, paths)
    for n, (comp, _) in enumerate(comps, start=1):
        at = next(i for i, blk in enumerate(b.blocks)
                  if blk.kind == "p" and blk.parts and getattr(blk.parts[0], "text", None) == comp.title)
        chart = b.blocks[at + 1]
        assert chart.kind == "figure" and chart.stem == f"comparison-{n}-{comp.metric}", (n, chart.kind)
        assert chart.caption[0].text == f"Figure {n}."
    # the claim tables still sit in the appendix, in order, and nowhere else
    appendix = next(i for i, blk in enumerate(b.blocks) if blk.kind == "appendix")
    tables = [i for i, blk in enumerate(b.blocks) if blk.kind == "table" and blk.caption[0].text.startswith("Table 1")]
    assert tables and all(i > appendix for i in tables)
