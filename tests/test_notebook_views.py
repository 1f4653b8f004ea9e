"""What the notebooks show in JupyterLab: tables displayed (not discarded), parameters
checked as `crosstally run` checks them, what each notebook writes, the events note and a
readable run summary. Static reads of the stored notebooks and package calls: no kernel."""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from crosstally import events, interactive
from crosstally.briefing import RunParams
from crosstally.curate import Review
from crosstally.paths import Paths
from crosstally.tabulate import parameter_problems

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _code_cells(path: Path) -> list[str]:
    return [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


def _discarded_shows(source: str) -> list[int]:
    """Lines of show(...) calls whose table is thrown away: neither the cell's last value
    nor an argument of display(...)."""
    tree = ast.parse(source)
    last = tree.body[-1].value if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    kept = {id(last)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "display":
            kept.update(id(a) for a in node.args)
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "show" and id(node) not in kept]


def test_the_lint_catches_a_show_inside_a_loop():
    """The cell 05 had: headings displayed, every table discarded."""
    old = ("for doc_id, title, rows in result.by_document():\n"
           "    display(Markdown(f'### {doc_id}'))\n"
           "    show(rows[SHOWN])")
    assert _discarded_shows(old) == [3]
    assert _discarded_shows("for t in ts:\n    display(Markdown('x'), show(t))\nshow(a)") == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_notebook_discards_a_table(path):
    for source in _code_cells(path):
        assert _discarded_shows(source) == [], f"{path.name}: show(...) result discarded in:\n{source}"


def test_the_review_queue_shows_one_table_per_document():
    pending = pd.DataFrame({"document_id": ["D2", "D1", "D2"], "title": ["Second", "First", "Second"],
                            "metric": ["killed", "injured", "displaced"], "value_as_reported": ["12", "3", "4,000"],
                            "quote": ["q" * 300, "b", "c"]})
    view = Review([], pending, pd.DataFrame(), {}).by_document_view(["metric", "value_as_reported", "quote"])
    html = view._repr_html_()
    assert len(view) == 2 and html.count("<table") == 2
    assert html.index("D1: First (1 pending)") < html.index("D2: Second (2 pending)")
    assert "displaced" in html and "q" * 300 not in html  # long quotes cut in the view
    empty = Review([], pending.head(0), pd.DataFrame(), {}).by_document_view(["metric"])
    assert "No draft waits for a decision" in empty._repr_html_()


@pytest.fixture
def project(tmp_path) -> Paths:
    for sub in ("params", "notebooks"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    return Paths(tmp_path)


def test_a_bad_parameter_stops_the_notebook_with_the_runners_message(project):
    values = interactive.notebook_defaults("01-tabulate", project)
    values["metrics"] = ["deaths"]
    with pytest.raises(interactive.ParameterError) as caught:
        interactive.output_run("01-tabulate", values, project)
    expected = parameter_problems({"metrics": ["deaths"]}, project)["metrics"]  # what `crosstally run` prints
    assert str(caught.value) == f"parameter 'metrics': {expected}"
    assert expected.startswith("unknown metric(s) deaths; known: killed")
    (line,) = caught.value._render_traceback_()  # Jupyter shows this one line, no traceback
    assert "unknown metric(s) deaths" in line
    values = interactive.notebook_defaults("03-figures", project)
    values.update(places="SY02", metrics=["deaths"])
    with pytest.raises(interactive.ParameterError, match=r"'places': expected list.*\n.*'metrics': unknown"):
        interactive.output_run("03-figures", values, project)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_are_checked_in_the_first_code_cell_after_the_parameters_cell(path):
    cells = nbformat.read(path, as_version=4).cells
    index = next(i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", []))
    following = next(c for c in cells[index + 1:] if c.cell_type == "code")
    assert f'output_run("{path.stem}", globals())' in following.source


@pytest.mark.parametrize("notebook, writes, never", [
    ("01-tabulate", ["data/processed/tables/default/ (filter-summary.csv", "counts-by-claimant-type.csv)"],
     ["figures/", "briefing/"]),
    ("02-compare", ["data/processed/tables/default/ (claims.csv", "findings.csv)"], ["figures/", "briefing/"]),
    ("03-figures", ["figures/default/ (*.svg, *.png) if any"], ["tables/", "briefing/"]),
    ("05-review-queue", ["data/processed/review_queue.csv"], ["tables/", "figures/", "briefing/"]),
    ("06-events", ["data/processed/tables/default/claims-vs-events.csv if any", "figures/default/events/"],
     ["briefing/"]),
])
def test_each_notebook_says_what_it_writes(project, notebook, writes, never):
    where = interactive.output_run(notebook, interactive.notebook_defaults(notebook, project), project)
    text = where._repr_markdown_()
    assert text.startswith("**Writes to:**")
    assert all(w in text for w in writes), text
    assert not any(n in text for n in never), text


def test_an_interactive_review_queue_run_names_its_own_file(project):
    where = interactive.output_run("05-review-queue", {"bound_profile": "wide-v1"}, project)
    assert "data/processed/tables/default--bound_profile-wide-v1/review_queue.csv" in where.message()


def test_without_event_data_notebook_06_says_so_and_how_to_add_some(project):
    note = events.no_event_data_note(project)
    assert "no event data" in note._repr_markdown_() and "crosstally events import" in str(note)
    assert len(re.findall(r"[.!?](?:\s|$)", str(note).replace("e.g.", ""))) == 1  # one sentence
    folder = project.raw / "events" / "ucdp-ged"
    folder.mkdir(parents=True)
    (folder / "ged.csv").write_text("id\n1\n", encoding="utf-8")
    assert events.no_event_data_note(project) is None
    assert any("no_event_data_note" in s for s in _code_cells(ROOT / "notebooks" / "06-events.ipynb"))


def test_the_run_parameters_show_as_a_short_summary():
    run = RunParams.make(run_name="default", metrics=["killed"], places=[], period_start="2015-09-30",
                         period_end="2015-12-31", claimants=[], bound_profile="standard-v1",
                         include_context=False,
                         comparisons=[{"metric": "killed", "start": "2015-10", "end": "2015-10",
                                       "title": "Killed in October"}])
    text = run._repr_markdown_()
    assert "RunParams(" not in text and "Comparison(" not in text
    assert "`default`" in text and "`killed`" in text and "2015-09-30 to 2015-12-31" in text
    assert "every place" in text and "- Killed in October" in text
    assert len(text.splitlines()) <= 4


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_title_has_the_same_style(path):
    title = nbformat.read(path, as_version=4).cells[0].source.splitlines()[0]
    assert re.match(rf"# {path.stem[:2]} · [A-Z][\w -]*: ", title), title


def _queue_rows() -> pd.DataFrame:
    """Two drafts of one document, in review_queue.csv's columns (a few of its 47)."""
    return pd.DataFrame({
        "queue_status": ["undecided", "not drafted"], "title": ["T", "T"], "decision": ["", ""],
        "confidence": ["0.90", "0.55"], "why": ["claimant us-cjtf-oir from 'Col. Steve Warren'; " * 8, "w"],
        "document_id": ["D1", "D1"], "claimant": ["us-cjtf-oir", ""],
        "claimant_phrase": ["Col. Steve Warren", "health agencies’ report"],
        "metric": ["displaced", "killed"], "population": ["all", "civilians"],
        "value_as_reported": ["about 7,000", "six"], "place": ["Homs, Hama", "Muhradah"],
        "admin1": ["SY04;SY05", ""], "period_start": ["2015-09-30", "2015-10"], "period_end": ["2015-10-21", "2015-10"],
        "counting_basis": ["cumulative_since", ""], "scope": ["campaign", ""], "quote": ["q" * 300, "short"],
        "url": ["https://example.invalid/a", "https://example.invalid/a"]})


def test_the_review_queue_view_reads_left_to_right_in_nine_columns():
    """Notebook 05 showed each document's drafts in 15 columns (a sideways scroll at
    1,100 px): the view is the decision, value and quote, what, who, where, when, why."""
    from crosstally.display import VIEWS, review_view, show

    expected = ["queue_status", "confidence", "value as reported", "quote", "metric / population",
                "claimant (id or phrase)", "place (admin-1)", "period", "why"]
    assert list(VIEWS["review-queue"]) == expected
    rows = _queue_rows()
    view = review_view(rows, places={"SY04": "Homs", "SY05": "Hama"})
    assert list(view.columns) == expected
    assert view["claimant (id or phrase)"].tolist() == ["us-cjtf-oir", "“health agencies’ report” (no id)"]
    assert view["place (admin-1)"].tolist() == ["SY04 Homs; SY05 Hama", "“Muhradah” (no p-code)"]
    assert view["period"].tolist() == ["2015-09-30 to\n2015-10-21", "2015-10"]
    assert view["metric / population"].tolist() == ["displaced / all", "killed / civilians"]
    styler = show(view, view="review-queue")
    assert list(styler.data.columns) == expected  # in this order
    html = styler.to_html()  # headings wrap (no sideways scroll for a long heading)
    assert "th {\n  text-align: left;\n  white-space: normal;" in html and "td.col3 {\n  white-space: normal;" in html
    assert ">queue status</th>" in html and ">metric / population</th>" in html.replace("&shy;", "")
    assert "td.col7 {\n  white-space: pre;" in html  # a period breaks between its dates, never inside one
    assert styler.data["quote"].str.len().max() <= 60 and styler.data["why"].str.len().max() <= 60
    assert rows["quote"].str.len().max() == 300  # cut in the view only


def test_the_review_queue_by_document_shows_the_reading_view_and_says_where_the_rest_is(tmp_path):
    from crosstally.display import VIEWS

    rows = _queue_rows()
    full = tmp_path / "review_queue.csv"
    sections = Review([], rows, pd.DataFrame(), {}).by_document_view(full=full)
    (heading, styler), = sections.items
    assert list(styler.data.columns) == list(VIEWS["review-queue"])
    assert styler.data["place (admin-1)"].iloc[0] == "SY04 Homs; SY05 Hama"  # names from admin1.csv
    html = sections._repr_html_()
    assert html.count("9 reading columns shown of the 19 in the queue") == 1  # one line, above every table
    assert f"every column, in full, in {full}." in html
    assert rows.shape[1] == 19  # the frame (and so its CSV) keeps every column


def test_notebook_05_shows_the_reading_view_not_a_list_of_queue_columns():
    (cell,) = [s for s in _code_cells(ROOT / "notebooks" / "05-review-queue.ipynb") if "by_document_view" in s]
    call = next(n for n in ast.walk(ast.parse(cell))
                if isinstance(n, ast.Call) and getattr(n.func, "attr", None) == "by_document_view")
    assert call.args == [] and [k.arg for k in call.keywords] == ["full"], cell


def test_what_a_cell_wrote_is_one_line_not_a_bare_list():
    """06 ended on ``[]`` when it wrote nothing (no event data): now a sentence."""
    from crosstally.display import wrote
    from crosstally.paths import PATHS

    assert wrote([], nothing="Nothing written: the table is empty.")._repr_markdown_() == (
        "Nothing written: the table is empty.")
    line = wrote([PATHS.root / "data/processed/tables/default/claims-vs-events.csv"])._repr_markdown_()
    assert line == "**Wrote:** `data/processed/tables/default/claims-vs-events.csv`"
    (cell,) = [s for s in _code_cells(ROOT / "notebooks" / "06-events.ipynb") if "write_run_outputs" in s]
    assert cell.splitlines()[-1].startswith("wrote(written, nothing=")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_cell_ends_on_a_bare_list(path):
    """02, 04 and 06 ended on a list of paths (``[PosixPath('/abs/...'), ...]``, or ``[]``):
    what a cell wrote is one line (``display.wrote``)."""
    for source in _code_cells(path):
        tree = ast.parse(source)
        last = tree.body[-1] if tree.body else None
        assert not (isinstance(last, ast.Expr) and isinstance(last.value, (ast.List, ast.ListComp))), source


def _two_numbers_one_sentence() -> pd.DataFrame:
    sentence = ("The Syrian Observatory for Human Rights said on Tuesday, citing its network of activists "
                "on the ground, that Russian strikes had killed 50,000 people and wounded 2,760 others.")
    return pd.DataFrame({
        "queue_status": ["undecided", "not drafted", "undecided"], "title": ["T", "T", "U"],
        "document_id": ["D1", "D1", "D2"], "value_as_reported": ["50,000", "2,760", "12"],
        "quote": [sentence, sentence, "12 dead."], "metric": ["killed", "injured", "killed"]})


def test_the_review_queue_folds_each_document_and_shows_the_words_around_each_number():
    """05 was ~13,000 px tall for 33 documents, and cut every quote 50-60 characters from
    the sentence's start (two drafts of one sentence showed the same cut, neither number)."""
    rows = _two_numbers_one_sentence()
    sections = Review([], rows, pd.DataFrame(), {}).by_document_view(full="review_queue.csv")
    html = sections._repr_html_()
    assert html.count("<details>") == 2 and "<details open" not in html and html.count("<table") == 2
    assert "<summary" in html and "D1: T (2 pending: 1 undecided, 1 not drafted)</summary>" in html
    quotes = sections.items[0][1].data["quote"].tolist()
    assert "killed 50,000 people" in quotes[0] and "2,760" in quotes[1] and quotes[0] != quotes[1]
    assert "2 documents, 3 rows: click a document to open its drafts." in html
    assert rows["quote"].iloc[0].startswith("The Syrian Observatory")  # the frame keeps the sentence


def test_the_checks_against_the_ledger_show_as_tables_or_say_none():
    """05's "matched" and "missed" cells printed pandas' own view (an index column, <NA>),
    and the empty stale-quotes table said nothing."""
    from crosstally.display import Note

    missed = pd.DataFrame({"figure_id": ["F05"], "document_id": ["D1"], "value_as_reported": ["446"],
                           "metric": [pd.NA], "quote": ["x " * 40 + "hanno ucciso 446 persone, più di un terzo civili"]})
    stale = pd.DataFrame(columns=["figure_id", "document_id", "quote", "problem"])
    review = Review([], pd.DataFrame(), pd.DataFrame(), {"missed": missed, "stale_quotes": stale})
    none = review.check_view("stale_quotes")
    assert isinstance(none, Note) and none.startswith("None: every ledger quote is found")
    html = review.check_view("missed").to_html()
    assert "<NA>" not in html and "—" in html and "ucciso 446 persone" in html
    assert ">value as reported</th>" in html and 'class="row_heading' not in html  # no index column
    refused = Review(["data/raw/figures.csv:3:value: bad"], pd.DataFrame(), pd.DataFrame(), {})
    assert refused.check_view("missed").startswith("Not checked")


def test_notebook_05_shows_the_checks_with_the_packages_view():
    cells = _code_cells(ROOT / "notebooks" / "05-review-queue.ipynb")
    for name in ("stale_quotes", "matched", "missed"):
        (cell,) = [s for s in cells if f'"{name}"' in s]
        assert cell.startswith(f'result.check_view("{name}")'), cell


def test_the_comparison_summary_view_tells_every_group_apart():
    """02 with claimants=["sohr"] showed two rows alike but for their numbers: the columns
    that separate groups (what the count covers, whose strikes) are in the view."""
    from crosstally.display import VIEWS, show
    from crosstally.ledger import load_ledger
    from crosstally.tables import comparison_tables

    committed = pd.read_csv(ROOT / "data/processed/tables/default/comparison-summary.csv")
    sohr = comparison_tables(load_ledger(), claimants=["sohr"], period_start="2015-09-30",
                             period_end="2015-12-31")["comparison-summary"]
    for frame in (committed, sohr):
        view = show(frame, view="comparison-summary").data  # what the notebook shows
        shown = [c for c in VIEWS["comparison-summary"] if c in view.columns]
        key = [c for c in shown if c not in ("claims", "lowest_value", "highest_value", "spread",
                                             "lowest_claimant_name", "highest_claimant_name", "can_all_be_right")]
        assert len(view) > 10 and not view.duplicated(key).any(), view[view.duplicated(key, keep=False)][shown]
