"""The briefing's length is bounded for any case: a synthetic case with many claimants,
places, metrics, comparison windows and claims (tests/big_case.py) still gives a
briefing proper of at most four pages, says what it leaves out and where that is.

The charts are stand-ins (each SVG taller than a page, the worst a chart can be) so the
test stays fast: drawing real charts is tested in test_plots.py and test_briefing.py.
"""
from __future__ import annotations

import re

import pandas as pd
import pypdfium2
import pytest

from big_case import COMPARISONS, N_CLAIMANTS, N_DOCUMENTS, make_big_case
from crosstally import briefing, ledger
from crosstally.case import load_config

TALL_SVG = ('<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
            'width="468pt" height="{h}pt" viewBox="0 0 468 {h}"><rect x="10" y="10" width="448" '
            'height="{r}" fill="none" stroke="black"/><text x="20" y="40" font-size="12">{stem}</text></svg>\n')


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    paths = make_big_case(tmp_path_factory.mktemp("case") / "big")
    ledger.build(paths)
    run = briefing.RunParams.from_yaml(paths.root / "params" / "default.yaml", case=load_config(paths.root))
    led = ledger.load_ledger(run.bound_profile, paths)
    df = briefing.select(led, run, paths)
    stems = briefing.figure_stems(df, briefing.comparison_frames(df, run, paths), paths)
    out = paths.figures_dir / run.run_name
    out.mkdir(parents=True, exist_ok=True)
    for stem in stems:  # a page and a half tall: no chart may be taller
        (out / f"{stem}.svg").write_text(TALL_SVG.format(h=1200, r=1180, stem=stem), encoding="utf-8")
    built = briefing.build_briefing(run, paths, led)
    pdf = built.pdf.read_bytes()
    doc = pypdfium2.PdfDocument(pdf)
    pages = [" ".join(page.get_textpage().get_text_range().split()) for page in doc]
    return {"paths": paths, "run": run, "pdf": pdf, "pages": pages, "df": df, "stems": stems,
            "html": built.html.read_text(encoding="utf-8"), "typ": built.typ.read_text(encoding="utf-8"),
            "facts": built.facts_frame}


def test_the_synthetic_case_is_big(big):
    df = big["df"]
    assert df["claimant"].nunique() >= 40 and df["document_id"].nunique() >= 60
    assert df["admin1"].nunique() >= 20 and df["metric"].nunique() >= 5 and len(df) >= 350
    assert sum(s.startswith("comparison-") for s in big["stems"]) == COMPARISONS > briefing.MAX_COMPARISONS


def test_the_briefing_proper_ends_on_page_four_at_most(big):
    pages = big["pages"]
    ends = [i for i, text in enumerate(pages, start=1) if briefing.PROPER_END in text]
    appendix = [i for i, text in enumerate(pages, start=1) if "Appendix: claims, claimants and documents" in text]
    assert ends and ends[0] <= briefing.PROPER_PAGES, f"the briefing proper ends on page {ends}"
    # its charts float and may be set after its last words: all of them before the appendix
    proper = briefing.proper_pages(big["pdf"])
    assert ends[0] <= proper <= briefing.PROPER_PAGES, f"the briefing proper's charts run to page {proper}"
    assert appendix and appendix[0] >= proper
    # the appendix is bounded too: its tables are cut short in the PDF
    assert len(pages) <= 10


def test_only_the_first_windows_are_described_and_the_others_are_named(big):
    html, run = big["html"], big["run"]
    summary = html[html.index("<h2>Summary</h2>"):html.index("<h2>Key comparisons</h2>")]
    titles = [c.title for c in run.comparisons]
    shown = [t for t in titles if f'<span class="param">{t}</span>: ' in summary]
    assert shown == titles[:briefing.MAX_COMPARISONS]
    key = html[html.index("<h2>Key comparisons</h2>"):]
    for title in titles[briefing.MAX_COMPARISONS:]:
        assert f'<span class="param">{title}</span>' in key
    assert f"data/processed/tables/{run.run_name}/side-by-side.csv" in key
    assert f"comparison-{briefing.MAX_COMPARISONS + 1}-" in key
    # one claims table per window described, no more
    assert len(re.findall(r"one row per claim", html)) == briefing.MAX_COMPARISONS


def test_long_lists_of_claimants_are_cut_and_counted(big):
    html, facts = big["html"], big["facts"]
    m = re.search(r'and <span class="fact" data-fact="(N\d+)">(\d+)</span> others', html)
    assert m, "a list of more than MAX_NAMES claimants ends with a counted 'and N others'"
    fact = facts.set_index("fact_id").loc[m.group(1)]
    assert fact["kind"] == "claimants" and int(m.group(2)) == fact["number"] >= 1
    # each list names at most MAX_NAMES claimants before its count
    for caption in re.findall(r"Claimants: (.*?); the chart", html):
        named = caption.split(" and <span")[0].split(", ")
        assert len(named) <= briefing.MAX_NAMES


def test_findings_past_the_cap_are_counted_and_pointed_to(big):
    html = big["html"]
    assert html.count("One statement, several numbers:") == briefing.MAX_FINDINGS
    assert "More statements reached readers with several numbers" in html and "findings.csv" in html


def test_the_pdf_cuts_long_tables_and_the_html_keeps_every_row(big):
    html, pages = big["html"], " ".join(big["pages"])
    documents = html[html.index("Every document whose figures"):]
    assert documents.count("<tr>") - 1 == N_DOCUMENTS  # every row in the HTML
    m = re.search(r"(\d+) more rows, left out of the PDF to keep it short: briefing.html and "
                  r"data/raw/documents.csv list every row", pages)
    assert m and int(m.group(1)) == N_DOCUMENTS - briefing.PDF_LIST_ROWS
    claimants = html[html.index("Every claimant whose figures"):html.index("Every document whose figures")]
    assert claimants.count("<tr>") - 1 == N_CLAIMANTS


def test_charts_are_capped_or_given_by_caption_in_the_pdf_but_whole_in_the_html(big):
    typ, html = big["typ"], big["html"]
    heights = [float(h) for h in re.findall(r'image\("[^"]+", height: ([0-9.]+)cm\)', typ)]
    assert "width: 100%" not in typ  # every stand-in is taller than any cap
    assert heights and max(heights) <= 12
    omitted = re.findall(r"The chart is left out of the PDF to keep the briefing within \d pages; "
                         r"briefing.html and (figures/default/[a-z0-9-]+\.svg) show it", typ.replace("\\", ""))
    for path in omitted:
        assert (big["paths"].root / path).is_file()
    assert html.count("<img ") == typ.count("#figure(image(") + len(omitted)


def test_every_number_in_the_text_is_a_fact(big):
    html = big["html"]
    body = re.sub(r"&#x?[0-9a-f]+;", "'", html)
    body = re.sub(r"<table.*?</table>|<time.*?</time>|<span class=\"(?:fact|ref|param|label)\"[^>]*>.*?</span>"
                  r"|<style>.*?</style>|<title>.*?</title>|<img [^>]*>|<[^>]+>", " ", body, flags=re.S)
    assert not re.findall(r"\d", body), sorted(set(re.findall(r"\S*\d\S*", body)))[:10]


def test_a_small_briefing_is_set_as_drawn():
    """The first way of setting the PDF changes nothing: a case that fits is untouched."""
    b = briefing.Briefing(pd.DataFrame({"figure_id": ["a"], "published": ["2031-01-01"]}))
    b.add(briefing.Block("figure", stem="comparison-1-killed"))
    b.add(briefing.Block("figure", stem="timeline-killed"))
    b.add(briefing.Block("figure", stem="coverage-matrix"))
    ladder = briefing.fit_ladder(b)
    assert ladder[0] == briefing.Fit()
    heights = [f.chart_cm for f in ladder[1:]]
    assert heights == sorted(heights, reverse=True)  # each step no taller than the one before
    assert all(a.omit <= b.omit for a, b in zip(ladder, ladder[1:]))  # and leaves out no less
    assert ladder[-1].omit == {"comparison-1-killed", "timeline-killed", "coverage-matrix"}
    assert "timeline-killed" not in ladder[3].omit and "coverage-matrix" in ladder[3].omit
