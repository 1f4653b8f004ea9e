"""The briefing: regenerated from the ledger, byte-stable, every number traced to its rows.

The module builds both parameter sets twice in a scratch copy of the project (ledger
rebuilt from data/raw, as in a clean checkout), then checks the outputs: identical
bytes, numbers in the text traced to ledger rows and their claimant, self-contained
HTML, a PDF of a few pages, and the committed outputs being current (staleness).
"""
from __future__ import annotations

import json
import re
import shutil
import string
from html import escape as html_escape
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest
import typst
import yaml

from crosstally import briefing, ledger as ledger_mod
from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]
PARAM_FILES = sorted((ROOT / "params").glob("*.yaml"))
RUNS = {p.stem: briefing.RunParams.from_yaml(p) for p in PARAM_FILES}


def _copy_project(dest: Path) -> Paths:
    for sub in ("data/raw", "params", "notebooks"):
        shutil.copytree(ROOT / sub, dest / sub)
    shutil.copy2(ROOT / "crosstally.yaml", dest / "crosstally.yaml")
    return Paths(dest)


def _outputs(paths: Paths, run_name: str) -> dict[str, bytes]:
    """Every file this module's code writes for one run, by path relative to the root."""
    files = sorted((paths.figures_dir / run_name).glob("*")) + sorted((paths.briefing_dir / run_name).glob("*"))
    files.append(paths.tables / run_name / "briefing-facts.csv")
    return {f.relative_to(paths.root).as_posix(): f.read_bytes() for f in files if f.exists()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Both runs built twice in one scratch project; returns (paths, first, second bytes)."""
    paths = _copy_project(tmp_path_factory.mktemp("project"))
    ledger_mod.build(paths)
    rounds = []
    for _ in range(2):
        for run in RUNS.values():
            briefing.build_figures(run, paths)
            briefing.build_briefing(run, paths)
        rounds.append({name: _outputs(paths, name) for name in RUNS})
    return paths, rounds[0], rounds[1]


def test_parameter_sets_exist():
    assert {"default", "aleppo-october-2015"} <= set(RUNS)


def test_two_runs_give_identical_bytes(built):
    _, first, second = built
    for name in RUNS:
        assert first[name] == second[name], name
        kinds = {Path(p).suffix for p in first[name]}
        assert {".svg", ".png", ".typ", ".pdf", ".html", ".csv"} <= kinds, name


def test_committed_outputs_are_current(built):
    """Staleness: the committed figures, briefing and facts equal a fresh rebuild."""
    paths, first, _ = built
    stale = []
    for name in RUNS:
        committed = _outputs(Paths(ROOT), name)
        for rel in sorted(set(first[name]) | set(committed)):
            if rel not in committed:
                stale.append(f"{rel}: missing from the repository")
            elif rel not in first[name]:
                stale.append(f"{rel}: no longer produced")
            elif committed[rel] != first[name][rel]:
                stale.append(f"{rel}: differs from a fresh rebuild")
    assert not stale, "regenerate with `crosstally run` and commit:\n" + "\n".join(stale)


# ----------------------------------------------------------------------------- the text


class ProseParser(HTMLParser):
    """Collects the prose text outside tables, and the fact spans, of the briefing HTML."""

    SKIP = {"time", "table", "title", "style", "q"}
    SKIP_CLASSES = {"ref", "label", "fact", "param"}

    def __init__(self):
        super().__init__()
        self.stack: list[bool] = []  # per open element: is its text excluded from prose?
        self.prose: list[str] = []
        self.facts: list[tuple[str, str]] = []  # (fact id, text)
        self._fact: str | None = None
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("img", "meta", "link", "br"):
            return
        skip = tag in self.SKIP or bool(set((attrs.get("class") or "").split()) & self.SKIP_CLASSES)
        self.stack.append(skip or (self.stack[-1] if self.stack else False))
        if "fact" in (attrs.get("class") or "").split():
            self._fact = attrs["data-fact"]
            self.facts.append((self._fact, ""))

    def handle_endtag(self, tag):
        if tag in ("img", "meta", "link", "br"):
            return
        self.stack.pop()
        self._fact = None

    def handle_data(self, data):
        if self._fact is not None:
            fid, text = self.facts[-1]
            self.facts[-1] = (fid, text + data)
        if self.stack and not self.stack[-1]:
            self.prose.append(data)


def _parse(paths: Paths, run_name: str) -> ProseParser:
    parser = ProseParser()
    parser.feed((paths.briefing_dir / run_name / "briefing.html").read_text(encoding="utf-8"))
    return parser


def _facts(paths: Paths, run_name: str) -> pd.DataFrame:
    return pd.read_csv(paths.tables / run_name / "briefing-facts.csv", dtype={"figure_ids": "str", "claimant": "str"},
                       keep_default_na=False)


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_no_number_in_the_text_is_untraced(built, run_name):
    paths = built[0]
    parser = _parse(paths, run_name)
    prose = " ".join(parser.prose)
    assert "Summary" in prose and "Key comparisons" in prose
    assert not re.findall(r"\d", prose), "digits in the text that are not a traced fact, date, id or label: " + \
        ", ".join(sorted(set(re.findall(r"\S*\d\S*", prose))))
    facts = _facts(paths, run_name).set_index("fact_id")
    assert len(parser.facts) == len(facts) > 0
    for fid, text in parser.facts:
        assert facts.loc[fid, "text"] == text, fid
        assert float(text.replace(",", "")) == facts.loc[fid, "number"], fid


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_every_fact_is_in_the_ledger_with_its_claimant(built, run_name):
    paths = built[0]
    ledger = ledger_mod.load_ledger(RUNS[run_name].bound_profile, paths).set_index("figure_id")
    for f in _facts(paths, run_name).itertuples():
        ids = f.figure_ids.split(";")
        assert set(ids) <= set(ledger.index), f.fact_id
        rows = ledger.loc[ids]
        if f.kind in ("value", "value_max", "low", "high"):
            assert f.claimant and set(rows["claimant"]) == {f.claimant}, f.fact_id
            column = rows[f.kind if f.kind != "value_max" else "value_max"].astype("float64")
            expected = {"low": column.min(), "high": column.max()}.get(f.kind)
            if expected is None:
                assert (column == f.number).all(), f.fact_id
            else:
                assert expected == f.number, f.fact_id
        else:
            counts = {"figures": len(rows), "claims": rows["origin_key"].nunique(),
                      "claimants": rows["claimant"].nunique(), "documents": rows["document_id"].nunique()}
            assert counts[f.kind] == f.number, f.fact_id


def test_known_numbers_appear(built):
    """The real-data facts the project checks: SOHR's series and the late-October spread."""
    facts = _facts(built[0], "default")
    pairs = set(zip(facts["claimant"], facts["number"]))
    assert {("unhcr", 30000.0), ("unhcr", 50000.0), ("ocha", 120000.0)} <= pairs
    # SOHR's civilian running total, from its first to its last point in the period;
    # its 1,015 of January 2016 stands outside the period and is not in the briefing
    assert {("sohr", 127.0), ("sohr", 710.0)} <= pairs and ("sohr", 1015.0) not in pairs


def test_aleppo_briefing_mentions_only_aleppo_figures(built):
    paths = built[0]
    run = RUNS["aleppo-october-2015"]
    ledger = ledger_mod.load_ledger(run.bound_profile, paths).set_index("figure_id")
    html = (paths.briefing_dir / run.run_name / "briefing.html").read_text(encoding="utf-8")
    cited = set(re.findall(r"\b[FS]\d{2}\b", " ".join(re.findall(r'<span class="ref">([^<]*)</span>', html))))
    facts = _facts(paths, run.run_name)
    # one fact counts the figures left out for being about all of Syria: those and no others
    wider = briefing.wider_area(ledger_mod.load_ledger(run.bound_profile, paths), run, paths)
    left_out = facts["figure_ids"] == ";".join(sorted(wider["figure_id"]))
    assert len(wider) and left_out.sum() == 1
    assert facts.loc[left_out, "number"].iloc[0] == len(wider) and facts.loc[left_out, "kind"].iloc[0] == "figures"
    assert set(ledger.loc[list(wider["figure_id"]), "admin1"]) == {"SY"}
    summary = html[html.index("<h2>Summary</h2>"):html.index("<h2>Key comparisons</h2>")]
    assert f"{len(wider)}</span> figures about all of Syria, a wider area, are left out" in summary
    cited |= {i for ids in facts.loc[~left_out, "figure_ids"] for i in ids.split(";")}
    assert cited
    for fid in sorted(cited):
        assert "SY02" in ledger.loc[fid, "admin1"].split(";"), fid


# ----------------------------------------------------------------------------- the files


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_html_is_self_contained(built, run_name):
    parser = _parse(built[0], run_name)
    for tag, attrs in parser.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed"), tag
        for key in ("src", "href", "data"):
            value = attrs.get(key) or ""
            if tag == "a" and key == "href":  # a link the reader may follow loads nothing itself
                assert re.match(r"https?://[\x21-\x7e]+$", value), value
                continue
            assert not value or value.startswith("data:"), (tag, key, value[:60])
    html = (built[0].briefing_dir / run_name / "briefing.html").read_text(encoding="utf-8")
    assert not re.search(r"url\(|@import", html)
    assert html.count('src="data:image/svg+xml;base64,') >= 3


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_pdf_is_a_few_pages_without_a_date(built, run_name):
    paths = built[0]
    source = (paths.briefing_dir / run_name / "briefing.typ").read_bytes()
    pages = typst.compile(source, root=str(paths.root), font_paths=[str(briefing.plots.FONT_DIR)],
                          ignore_system_fonts=True, format="png", ppi=4)
    assert 1 <= len(pages) <= 8
    pdf = (paths.briefing_dir / run_name / "briefing.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/CreationDate" not in pdf and b"/ModDate" not in pdf


def _pdf_pages(path: Path) -> list[str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_briefing_proper_is_four_pages_at_most_and_the_source_tables_follow_in_an_appendix(built, run_name):
    pages = [" ".join(p.split()) for p in _pdf_pages(built[0].briefing_dir / run_name / "briefing.pdf")]
    ends = [i for i, text in enumerate(pages, start=1) if "behind these figures." in text]
    appendix = [i for i, text in enumerate(pages, start=1) if "Appendix: claims, claimants and documents" in text]
    assert ends and ends[0] <= 4, f"the briefing proper ends on page {ends}"
    assert appendix and appendix[0] >= ends[0]
    assert not any("Every document whose figures" in text for text in pages[:appendix[0] - 1])


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_documents_are_listed_with_title_or_untitled_and_a_link_in_pdf_and_html(built, run_name):
    paths = built[0]
    run = RUNS[run_name]
    used = briefing.select(ledger_mod.load_ledger(run.bound_profile, paths), run)
    docs = ledger_mod.load_documents(paths).set_index("document_id").loc[sorted(set(used["document_id"]))]
    sources = ledger_mod.load_sources(paths).set_index("source_id")
    html = (paths.briefing_dir / run_name / "briefing.html").read_text(encoding="utf-8")
    typ = (paths.briefing_dir / run_name / "briefing.typ").read_text(encoding="utf-8")
    pdf = (paths.briefing_dir / run_name / "briefing.pdf").read_bytes()
    hrefs = [html_unescape(h) for h in re.findall(r'<a href="([^"]+)"', html)]
    links = re.findall(r'#link\("([^"]+)"\)', typ)
    urls = [briefing.link_target(u) for u in docs["url"] if u]
    assert urls and sorted(hrefs) == sorted(links) == sorted(urls)
    for url in urls:  # every link is clickable in the PDF: a URI action holding the address
        literal = url.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        assert b"/URI(" + literal.encode("ascii") + b")" in pdf, url
    rows = html[html.index('<h2 class="appendix">'):]
    for doc_id, doc in docs.iterrows():
        row = rows[rows.index(f"<td>{doc_id}</td>"):]
        row = row[:row.index("</tr>")]
        if doc["title"]:
            assert html_escape(doc["title"]) in row, doc_id
        else:  # no title recorded: its outlet and date, never a bare "untitled"
            words = briefing.untitled_words(doc, sources)
            assert f'<em class="note">{html_escape(words)}</em>' in row, doc_id
            assert doc["published"][:4] in words and "untitled" not in row, doc_id


def test_right_to_left_addresses_are_shown_percent_encoded_and_left_to_right_ones_readable():
    arabic = "https://www.rozana.fm/ar/news/2015/10/23/%D8%A7%D9%84%D8%A3%D9%85%D9%85-x"
    assert briefing.display_url(arabic) == arabic  # decoding would bring Arabic script into it
    assert briefing.display_url("https://www.elnashra.com/news/show/925636/الامم-المتحدة") == \
        "https://www.elnashra.com/news/show/925636/%D8%A7%D9%84%D8%A7%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9"
    assert briefing.display_url("https://example.org/caf%C3%A9%20au%20lait") == "https://example.org/café au lait"
    assert briefing.link_target("https://example.org/café?q=a b") == "https://example.org/caf%C3%A9?q=a%20b"
    for url in (arabic, "https://example.org/café"):
        assert briefing.link_target(url).isascii()


def test_rtl_urls_in_the_committed_default_pdf_read_left_to_right():
    """The PDF's text for each Arabic-script address is the address itself, in order."""
    docs = ledger_mod.load_documents(Paths(ROOT))
    rtl = [u for u in docs["url"] if briefing.display_url(u) != unquote(u)]
    assert rtl, "the case has Arabic-script addresses"
    text = "".join("".join(p.split()) for p in _pdf_pages(ROOT / "briefing" / "default" / "briefing.pdf"))
    for url in rtl:
        assert briefing.link_target(url).replace(" ", "") in text, url


def test_areas_are_named_with_their_codes(built):
    names = {"SY02": "Aleppo", "SY05": "Hama", "SY07": "Idleb"}
    assert briefing.area_label("SY02;SY05;SY07", names) == "Aleppo + Hama + Idleb (SY02+SY05+SY07)"
    assert briefing.area_label("SY") == "Syria"
    assert briefing.area_label("SY02") == "Aleppo (SY02)"
    html = (built[0].briefing_dir / "default" / "briefing.html").read_text(encoding="utf-8").replace("<wbr>", "")
    assert "Aleppo + Hama + Idleb (SY02+SY05+SY07)" in html
    bare = re.sub(r"\(SY\d\d(\+SY\d\d)*\)", "", html)  # codes in brackets after names
    assert not re.search(r"SY\d\d\+SY\d\d", bare)  # no list of codes without their names


@pytest.fixture(scope="module")
def drawn(built):
    """run name -> (the run's selection, its charts by stem), drawn once."""
    paths = built[0]
    out = {}
    for name, run in RUNS.items():
        df = briefing.select(ledger_mod.load_ledger(run.bound_profile, paths), run)
        out[name] = df, briefing.figure_set(df, briefing.comparison_frames(df, run, paths), paths, run)
    return out


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_one_as_of_date_in_every_chart_and_caption(built, drawn, run_name):
    paths = built[0]
    df, figs = drawn[run_name]
    as_of = briefing.plots.as_of(df)
    for stem, fig in figs.items():
        lines = [t.get_text() for t in fig.texts if "Source: Crosstally ledger" in t.get_text()]
        assert len(lines) == 1 and lines[0].replace("\n", " ").endswith(f"figures as of {as_of}"), (stem, lines)
    html = (paths.briefing_dir / run_name / "briefing.html").read_text(encoding="utf-8")
    assert set(re.findall(r"figures as of ([\d-]+)", html)) == {as_of}


def test_no_marker_touches_the_top_of_its_panel(drawn):
    """Every marker of the time charts sits below the top of its panel, with room for
    its own size (the issue found Figure 5's top markers cut)."""
    figs = drawn["default"][1]
    checked = 0
    for stem in ("timeline-killed", "timeline-displaced", "displacement-by-governorate"):
        for ax in figs[stem].axes:
            top = ax.get_ylim()[1]
            for line in ax.get_lines():
                ys = [y for y in line.get_ydata() if y == y]
                if line.get_marker() not in (None, "None", "") and ys:
                    assert max(ys) <= top / 1.14, (stem, ax.get_title(), max(ys), top)
                    checked += 1
    assert checked > 10


def test_default_briefing_shows_the_four_charts(built):
    source = (built[0].briefing_dir / "default" / "briefing.typ").read_text(encoding="utf-8")
    images = re.findall(r'image\("/figures/default/([^"]+)\.svg"', source)
    assert any(s.startswith("comparison-") for s in images)
    assert {"timeline-killed", "coverage-matrix", "displacement-by-governorate"} <= set(images)
    for stem in images:
        assert (built[0].figures_dir / "default" / f"{stem}.svg").exists()


@pytest.mark.parametrize("run_name", sorted(RUNS))
def test_sources_section_lists_every_document_and_claimant(built, run_name):
    paths = built[0]
    run = RUNS[run_name]
    used = briefing.select(ledger_mod.load_ledger(run.bound_profile, paths), run)
    html = (paths.briefing_dir / run_name / "briefing.html").read_text(encoding="utf-8")
    sources = html[html.index("<h2>Sources and method</h2>"):]
    for value in sorted(set(used["document_id"]) | set(used["claimant"])):
        assert f"<td>{value}</td>" in sources, value
    assert run.bound_profile in sources
    assert html_escape(briefing.inner_quotes(briefing.get_profile(run.bound_profile, paths.profiles).description)) in sources


def test_every_table_and_figure_caption_has_a_source(built):
    html = (built[0].briefing_dir / "default" / "briefing.html").read_text(encoding="utf-8")
    for caption in re.findall(r"<caption>(.*?)</caption>", html, flags=re.S):
        assert "Source: Crosstally ledger (claimants: " in caption
    for caption in re.findall(r"<figcaption>(.*?)</figcaption>", html, flags=re.S):
        assert "Claimants: " in caption


def _plain(node) -> str:
    if isinstance(node, list):
        return "".join(_plain(n) for n in node)
    kind = node["func"]
    if kind == "space":
        return " "
    if kind == "smartquote":
        return '"' if node["double"] else "'"
    if kind == "sequence":
        return _plain(node["children"])
    return node["text"]


@pytest.mark.parametrize("start, end, expected", [
    ("2015", "2015", ("2015-10-20", "2015-10-31")),           # a whole year holds the window
    ("2015-10", "2015-10", ("2015-10-20", "2015-10-31")),     # so does its month
    ("2015-10-25", "2015-12", ("2015-10-25", "2015-10-31")),  # clipped by the period's start
    ("2015-11", "2015-12", None),                             # they do not meet
])
def test_comparison_windows_clip_by_days_not_text(start, end, expected):
    comp = briefing.Comparison(metric="displaced", start="2015-10-20", end="2015-10-31", population=None, title="t")
    got = briefing.RunParams.make(period_start=start, period_end=end).windowed(comp)
    assert (got and (got.start, got.end)) == expected if expected else got is None


def test_typst_escape_keeps_every_character():
    text = string.punctuation + ' 1. x // y /* z */ $5 <b> @me #tag *bold* _it_ = - + ~ "quoted"'
    source = f"#metadata[{briefing.typst_escape(text)}] <x>"
    (value,) = json.loads(typst.query(source.encode(), "<x>", field="value"))
    assert _plain(value) == text


def test_briefing_refuses_when_charts_are_missing(tmp_path):
    paths = _copy_project(tmp_path)
    ledger_mod.build(paths)
    run = RUNS["aleppo-october-2015"]
    with pytest.raises(FileNotFoundError, match="charts missing .*coverage-matrix.svg"):
        briefing.build_briefing(run, paths)
    assert not (paths.briefing_dir / run.run_name).exists()


def test_run_without_figures_is_refused(tmp_path):
    paths = _copy_project(tmp_path)
    run = briefing.RunParams(run_name="none", claimants=("sohr",), metrics=("sorties",))
    ledger = ledger_mod.load_ledger(None, Paths(ROOT))
    with pytest.raises(ValueError, match="leave no figures"):
        briefing.build_briefing(run, paths, ledger=ledger)
    assert not (paths.briefing_dir).exists()


# ----------------------------------------------------------------------------- notebooks


@pytest.mark.slow
def test_notebooks_write_what_the_package_writes(tmp_path, monkeypatch):
    """03-figures and 04-briefing under papermill (kernel crosstally, cwd notebooks/) in a
    scratch project; rebuilding afterwards with the package must change no byte."""
    import papermill

    paths = _copy_project(tmp_path)
    ledger_mod.build(paths)
    monkeypatch.setenv("CROSSTALLY_ROOT", str(paths.root))
    params_file = paths.params / "aleppo-october-2015.yaml"
    params = yaml.safe_load(params_file.read_text(encoding="utf-8"))
    for nb in ("03-figures", "04-briefing"):
        papermill.execute_notebook(
            str(paths.notebooks / f"{nb}.ipynb"), str(tmp_path / f"{nb}.out.ipynb"), parameters=params,
            kernel_name="crosstally", cwd=str(paths.notebooks), execution_timeout=600, progress_bar=False)
    written = _outputs(paths, params["run_name"])
    assert any(p.endswith("briefing.pdf") for p in written) and any(p.endswith(".svg") for p in written)
    run = briefing.RunParams.from_yaml(params_file)
    briefing.build_figures(run, paths)
    briefing.build_briefing(run, paths)
    assert _outputs(paths, params["run_name"]) == written


def test_a_running_total_in_the_summary_moved_over_time(built):
    # UNHCR's one statement of 23 October, carried as about 50,000 and about 30,000, is a
    # finding, not a running total that rose; OCHA's counts of 22 and 30 October are.
    typ = (built[0].briefing_dir / "aleppo-october-2015" / "briefing.typ").read_text(encoding="utf-8")
    assert "UNHCR's running total" not in typ
    assert "OCHA's running total of people displaced went from" in typ


def _block_text(block) -> str:
    return "".join(p if isinstance(p, str) else getattr(p, "text", "") for p in block.parts)


def test_a_case_without_comparison_windows_is_told_where_to_list_them():
    """A new case's crosstally.yaml lists no comparisons; its briefing said "No comparison
    window holds claims for this selection", as if windows were set and empty (a Sudan
    trial, 2 December 2026). It now says none is set, and where to list them; a run whose
    windows hold no claims keeps the old words."""
    from crosstally.case import CaseConfig

    paths = Paths(ROOT)
    ledger = ledger_mod.load_ledger("standard-v1", paths)
    run = briefing.RunParams.make(run_name="bare", case=CaseConfig())
    df = briefing.select(ledger, run, paths)
    assert run.comparisons == ()
    texts = [_block_text(b) for b in briefing.compose(df, [], [], run, paths).blocks]
    key = texts[texts.index("Key comparisons") + 1]
    assert key.startswith("No comparison window is set") and "comparisons in crosstally.yaml" in key
    windowed = briefing.RunParams.make(run_name="default", case=CaseConfig(comparisons=(
        {"metric": "killed", "start": "2015-10-01", "end": "2015-10-31", "title": "October"},)))
    texts = [_block_text(b) for b in briefing.compose(df, [], [], windowed, paths).blocks]
    assert texts[texts.index("Key comparisons") + 1].startswith("No comparison window holds claims")


def test_one_claimants_numbers_as_outlets_carried_them_are_no_disagreement_between_sources(built):
    """UNHCR's late-October statement reached readers as about 30,000 and about 50,000: the
    briefing says these are one claimant's, as relayed, not sources that cannot all be right."""
    text = (built[0].root / "briefing" / "default" / "briefing.typ").read_text(encoding="utf-8")
    summary = next(line for line in text.splitlines() if line.startswith("- People displaced"))
    assert "only UNHCR's claims, as the outlets that carried them give them" in summary
    body = next(line for line in text.splitlines() if line.startswith("People displaced, late October"))
    assert "no disagreement between sources" in body
    sentence = body[body.index("only UNHCR's claims"):]
    assert "so they cannot all be right" not in sentence[:sentence.index("Not ranked")]


def test_briefing_without_its_charts_says_in_one_line_to_run_03_first(tmp_path):
    """04 run alone with metrics=["killed"] ended on a FileNotFoundError traceback: the
    refusal is one line in Jupyter, naming the folder, the charts and the notebook to run."""
    paths = _copy_project(tmp_path)
    ledger_mod.build(paths)
    run = briefing.RunParams.make(run_name="default--metrics-killed", metrics=["killed"])
    with pytest.raises(briefing.ChartsMissing) as caught:
        briefing.build_briefing(run, paths)
    assert isinstance(caught.value, FileNotFoundError)  # what the runner and callers catch
    (line,) = caught.value._render_traceback_()
    assert "figures/default--metrics-killed/ (" in line and "timeline-killed.svg" in line
    assert "run notebook 03-figures first with the same parameters" in line
    assert str(tmp_path) not in line  # relative to the case
    assert not (paths.briefing_dir / run.run_name).exists()


def test_the_words_name_the_charts_they_speak_of_and_where_each_numbers_ids_are(built):
    """"The charts below show ..." was followed at once by "Sources and method", the charts
    pages later (they float); the header said each number "is listed with its figure ids",
    which the PDF shows for some only."""
    for name in RUNS:
        text = _html_text(built[0].briefing_dir / name / "briefing.html")
        assert "charts below" not in text
        assert f"listed with its figure ids in data/processed/tables/{name}/briefing-facts.csv" in text
    text = _html_text(built[0].briefing_dir / "default" / "briefing.html")
    assert ("Figures 3 to 5 show each claimant's figures over time (Figure 3), who reports what (Figure 4), "
            "and displacement by governorate as the claimants named it (Figure 5).") in text
    assert "Figure 3. Each claimant's figures over time" in text


def _html_text(path) -> str:
    text = re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))
    return " ".join(html_unescape(text).split())
