"""The curation loop: crosstally add (txt, html, pdf), drafts, the review queue, accept, build."""
from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from crosstally import curate
from crosstally import schema as S
from crosstally.curate import CurateError, accept, add_documents, draft_queue, read_queue, review
from crosstally.draft import Claimants, Places, draft_document, draft_for, resolve_date
from crosstally.ledger import ValidationFailed, build, document_texts, validate
from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]

SOURCES = [
    ["sohr", "Syrian Observatory for Human Rights (SOHR)", "monitoring_ngo", "false", "", "",
     "Syrian Observatory;Britain-based monitor"],
    ["ocha", "UN Office for the Coordination of Humanitarian Affairs (OCHA)", "un_agency", "false", "", "",
     "UN humanitarian office"],
    ["russia-mod", "Russian Ministry of Defence", "belligerent", "true", "", "",
     "Russian Defence Ministry;Russia's Defence Ministry"],
    ["phr", "Physicians for Human Rights (PHR)", "rights_medical_ngo", "false", "", "", ""],
    ["afp", "Agence France-Presse (AFP)", "media", "false", "", "", "AFP"],
    ["wire-daily", "Wire Daily", "media", "false", "", "", ""],
    ["reliefweb", "ReliefWeb", "un_agency", "false", "ocha", "", ""],
]

TXT = """Doctors count the cost in Idlib

November 5, 2015. Physicians for Human Rights documented 16 attacks on medical facilities in October.

Russian warplanes struck a field hospital in Sarmin, Idlib, on Tuesday, killing two medics, the Syrian Observatory said.

The group said 250,000 people have been killed in Syria since March 2011.

A local council said 40 families fled the village.
"""

HTML = """<!DOCTYPE html><html><head><title>Strikes on Hama | Wire Daily</title></head>
<body><nav><a href="/">Home</a> Subscribe now: 3 months free</nav>
<article><h1>Strikes on Hama kill dozens</h1>
<p>BEIRUT (AFP) - Air strikes killed 45 civilians in Hama province on Monday, the Syrian Observatory for Human Rights said.</p>
<p>Russia's Defence Ministry said its jets had carried out 94 sorties over the past 24 hours.</p>
<p>Residents described the night as the worst since the strikes began, and aid groups appealed for calm.</p>
</article><footer>Copyright 2015. 12 comments. Share on 3 networks.</footer></body></html>
"""

TYP = """#set document(title: "Syria: flash update 3", date: none)
#set page(width: 14cm, height: auto, margin: 1cm)
= Syria: flash update

In Aleppo, about 35,000 people have been displaced since 5 October, according to the UN humanitarian office.

In Hama, 12 civilians were killed on 20 October, OCHA said.
"""


def make_project(root: Path) -> Paths:
    raw = root / "data" / "raw"
    (raw / "rules").mkdir(parents=True)
    (raw / "documents").mkdir()
    for name in ("admin1.csv", "bound-profiles.yaml"):
        shutil.copy(ROOT / "data" / "raw" / "rules" / name, raw / "rules" / name)
    with open(raw / "sources.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([S.SOURCE_COLUMNS, *SOURCES])
    (raw / "documents.csv").write_text(",".join(S.DOCUMENT_COLUMNS) + "\n", encoding="utf-8")
    (raw / "figures.csv").write_text(",".join(S.RAW_FIGURE_COLUMNS) + "\n", encoding="utf-8")
    (root / "params").mkdir()
    (root / "params" / "default.yaml").write_text('period_start: "2015-09-30"\n', encoding="utf-8")
    return Paths(root)


@pytest.fixture
def project(tmp_path) -> Paths:
    return make_project(tmp_path / "project")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The three fixtures, made once: a .txt, an .html and a .pdf typeset by the pinned typst."""
    import typst

    tmp_path = tmp_path_factory.mktemp("inputs")
    out = {"txt": tmp_path / "phr.txt", "html": tmp_path / "hama.html", "pdf": tmp_path / "flash.pdf"}
    out["txt"].write_text(TXT, encoding="utf-8")
    out["html"].write_text(HTML, encoding="utf-8")
    typ = tmp_path / "flash.typ"
    typ.write_text(TYP, encoding="utf-8")
    out["pdf"].write_bytes(typst.compile(str(typ)))
    return out


def snapshot(paths: Paths) -> dict[str, bytes]:
    return {str(p.relative_to(paths.root)): p.read_bytes() for p in sorted(paths.raw.rglob("*")) if p.is_file()}


def queue(paths: Paths) -> pd.DataFrame:
    return pd.read_csv(paths.review_queue, dtype=str, keep_default_na=False)


def set_decisions(paths: Paths, decisions: dict[int, str], **edits) -> None:
    """Edit the queue as an analyst would in a spreadsheet (rows by position)."""
    q = queue(paths)
    for i, d in decisions.items():
        q.loc[i, "decision"] = d
    for col, changes in edits.items():
        for i, v in changes.items():
            q.loc[i, col] = v
    q.to_csv(paths.review_queue, index=False)


def add_txt(project, files):
    return add_documents([files["txt"]], "phr", "https://phr.example/report", "2015-11-05", paths=project)


# --------------------------------------------------------------------------- add


def test_add_txt_stores_text_registers_document_and_drafts(project, files):
    rows = add_txt(project, files)
    assert [r["document_id"] for r in rows] == ["phr-2015-11-05"]
    stored = project.documents_dir / "phr-2015-11-05.txt"
    assert stored.read_text(encoding="utf-8") == TXT
    docs = pd.read_csv(project.documents, dtype=str, keep_default_na=False)
    assert docs.to_dict("records") == [{
        "document_id": "phr-2015-11-05", "title": "Doctors count the cost in Idlib", "outlet": "phr",
        "url": "https://phr.example/report",
        "published": "2015-11-05", "date_certainty": "stated", "language": "en",
        "text_file": "phr-2015-11-05.txt", "sha256": hashlib.sha256(stored.read_bytes()).hexdigest(),
        "notes": "added by crosstally add from phr.txt (text file); title from the text's first line (a headline)"}]
    assert validate(project) == []
    q = queue(project)
    assert list(q.columns) == list(S.QUEUE_COLUMNS)
    assert q["value_as_reported"].tolist() == ["16", "two", "250,000", "40"]
    assert (q["decision"] == "").all() and (q["figure_id"] == "").all()
    for r in q.to_dict("records"):  # every draft's quote is a verbatim slice around its number
        assert r["quote"] in TXT and TXT[int(r["start"]):int(r["end"])] in r["quote"]


def test_add_html_keeps_the_main_text_only(project, files):
    (row,) = add_documents([files["html"]], "wire-daily", "https://wire.example/hama", "2015-10-13", paths=project)
    text = (project.documents_dir / row["text_file"]).read_text(encoding="utf-8")
    assert "Air strikes killed 45 civilians in Hama province on Monday" in text
    assert "Subscribe" not in text and "comments" not in text
    assert row["title"] == "Strikes on Hama kill dozens"  # trafilatura: the headline, not the <title>
    assert "trafilatura" in row["notes"]


def test_add_pdf_made_with_typst(project, files):
    (row,) = add_documents([files["pdf"]], "reliefweb", "https://reliefweb.example/flash-3", "2015-10-22",
                           claimant="ocha", paths=project)
    text = (project.documents_dir / row["text_file"]).read_text(encoding="utf-8")
    # lines joined back into sentences: the extractor never sees a sentence cut at the page width
    assert "In Aleppo, about 35,000 people have been displaced since 5 October, according to the UN humanitarian office." in text
    assert row["title"] == "Syria: flash update 3"
    assert validate(project) == []


def test_refuses_a_second_copy_naming_the_document(project, files):
    add_txt(project, files)
    before = snapshot(project)
    copy = files["txt"].with_name("again.txt")
    copy.write_text(TXT.replace("\n", "\r\n"), encoding="utf-8")  # the same text, other line ends
    with pytest.raises(CurateError, match=r"again.txt: its text is already held as document 'phr-2015-11-05'"):
        add_documents([copy], "phr", "https://phr.example/copy", "2015-11-06", paths=project)
    assert snapshot(project) == before


@pytest.mark.parametrize("again", ["https://phr.example/report", "http://www.phr.example/report/",
                                   "https://PHR.example/report#section-2"])
def test_refuses_a_second_text_of_a_page_already_held_naming_the_document(project, files, again):
    add_txt(project, files)
    before = snapshot(project)
    other = files["txt"].with_name("edited.txt")
    other.write_text(TXT.replace("40 families", "45 families"), encoding="utf-8")  # another text of that page
    with pytest.raises(CurateError) as err:
        add_documents([other], "phr", again, "2015-11-05", paths=project)
    assert (f"edited.txt: {again} is already held as document 'phr-2015-11-05' (published 2015-11-05, text "
            "data/raw/documents/phr-2015-11-05.txt)") in str(err.value)
    assert "add it with --same-url" in str(err.value)
    assert snapshot(project) == before
    # said to be another version of the page: added beside it
    (row,) = add_documents([other], "phr", again, "2015-11-05", paths=project, same_url=True)
    assert row["document_id"] == "phr-2015-11-05-2"


def test_refuses_an_unknown_outlet_saying_how_to_register_it(project, files):
    before = snapshot(project)
    with pytest.raises(CurateError) as err:
        add_documents([files["txt"]], "new-paper", "https://x.example/", "2015-11-05", paths=project)
    assert "unknown outlet 'new-paper': register it first by adding a row to data/raw/sources.csv" in str(err.value)
    assert snapshot(project) == before


@pytest.mark.parametrize("content, message", [
    (None, "cannot read"),
    (b"", "the file is empty"),
    (b"  \n\n ", "the file is empty"),
    (b"caf\xe9 au lait\n", r"not UTF-8 text \(byte 0xe9 at offset 3\)"),
])
def test_refuses_an_unreadable_or_empty_file(project, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    before = snapshot(project)
    with pytest.raises(CurateError, match=message):
        add_documents([path], "phr", "https://phr.example/", "2015-11-05", paths=project)
    assert snapshot(project) == before


@pytest.mark.parametrize("name, content, message", [
    ("broken.pdf", b"%PDF-1.4 this is not a PDF", "cannot read the PDF"),
    ("empty.html", b"<html><head><title>t</title><script>x = 1</script></head><body></body></html>", "no main text"),
    ("notes.docx", b"PK\x03\x04", "cannot read .docx"),
])
def test_refuses_pdf_and_html_it_cannot_read(project, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(project)
    with pytest.raises(CurateError, match=message):
        add_documents([path], "phr", "https://phr.example/", "2015-11-05", paths=project)
    assert snapshot(project) == before


@pytest.mark.parametrize("date", ["2015-02-30", "2015-13", "30/10/2015"])
def test_refuses_a_date_that_does_not_exist(project, files, date):
    before = snapshot(project)
    with pytest.raises(CurateError, match="--published"):
        add_documents([files["txt"]], "phr", "https://phr.example/", date, paths=project)
    assert snapshot(project) == before


def test_cli_add_refusal_exits_non_zero_with_the_message(project, files, monkeypatch, capsys):
    monkeypatch.setattr(curate, "PATHS", project)
    before = snapshot(project)
    rc = curate.main_add([str(files["txt"]), "--outlet", "nobody", "--url", "https://x.example/",
                          "--published", "2015-02-30"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "unknown outlet 'nobody'" in err and "February 2015 has no day 30" in err and "nothing written" in err
    assert snapshot(project) == before


def test_cli_add_says_what_to_do_next_with_the_new_documents_id(project, files, monkeypatch, capsys):
    monkeypatch.setattr(curate, "PATHS", project)
    rc = curate.main_add([str(files["txt"]), "--outlet", "phr", "--url", "https://phr.example/report",
                          "--published", "2015-11-05"])
    out = capsys.readouterr().out
    assert rc == 0
    doc_id = out.split("crosstally add: ", 1)[1].split(" ", 1)[0]
    assert f"next: `crosstally gaps {doc_id}`" in out and f"`crosstally draft --refresh {doc_id}`" in out


def test_cli_add_notes_a_published_date_far_from_the_one_the_text_opens_with(project, files, monkeypatch, capsys):
    monkeypatch.setattr(curate, "PATHS", project)
    rc = curate.main_add([str(files["txt"]), "--outlet", "phr", "--url", "https://phr.example/report",
                          "--published", "2015-12-05"])  # the text opens "November 5, 2015."
    err = capsys.readouterr().err
    assert rc == 0  # a note, not a refusal: the analyst decides
    assert ("note: phr-2015-12-05: the text opens with the date 2015-11-05 ('November 5, 2015'), 30 days before "
            "--published 2015-12-05") in err and "crosstally draft --refresh phr-2015-12-05" in err


# --------------------------------------------------------------------------- drafts


def _by_value(q: pd.DataFrame) -> dict[str, dict]:
    return {r["value_as_reported"]: r for r in q.to_dict("records")}


def test_drafts_fill_the_figure_columns_from_the_text(project, files):
    add_txt(project, files)
    d = _by_value(queue(project))
    # the document's own claim (an NGO report, no attributing words), October in a November report
    assert (d["16"]["claimant"], d["16"]["metric"], d["16"]["period_start"], d["16"]["period_end"],
            d["16"]["date_certainty"], d["16"]["counting_basis"]) == (
        "phr", "attacks_on_facilities", "2015-10", "2015-10", "inferred", "period_total")
    assert "'in October'" in d["16"]["date_basis"]
    # claimant by alias, place and p-code in the sentence, "on Tuesday" = the Tuesday before 5 Nov 2015
    two = d["two"]
    assert (two["claimant"], two["population"], two["value"], two["place"], two["admin1"], two["period_end"],
            two["perpetrator"], two["attribution"]) == (
        "sohr", "medical", "2", "Sarmin, Idlib" if "Sarmin" in two["place"] else "Idlib", "SY07", "2015-11-03",
        "Russian warplanes", "stated")
    assert "Syrian Observatory" in two["why"] and "Tuesday" in two["date_basis"]
    # "since March 2011": a running total, context
    war = d["250,000"]
    assert (war["counting_basis"], war["period_start"], war["scope"], war["admin1"]) == (
        "cumulative_since", "2011-03", "context", "SY")
    # an attributing phrase that names no known source: claimant empty, phrase kept
    fam = d["40"]
    assert fam["claimant"] == "" and fam["claimant_phrase"] == "A local council"
    assert (fam["unit"], fam["metric"]) == ("households", "displaced")
    assert float(fam["confidence"]) < float(two["confidence"])


def test_draft_document_is_callable_on_its_own():
    sources = pd.DataFrame(SOURCES, columns=list(S.SOURCE_COLUMNS))
    admin1 = pd.read_csv(ROOT / "data" / "raw" / "rules" / "admin1.csv", dtype=str, keep_default_na=False)
    text = "Air strikes killed at least 23 people in Aleppo on Sunday, according to SOHR.\n"
    doc = {"document_id": "d1", "outlet": "wire-daily", "url": "https://w.example/", "published": "2015-10-20",
           "language": "en"}
    out = draft_document(text, doc, sources, admin1, case_start="2015-09-30")
    assert list(out.columns) == list(S.QUEUE_COLUMNS)
    (r,) = out.to_dict("records")
    assert (r["claimant"], r["qualifier"], r["value"], r["admin1"], r["period_end"], r["outlet"], r["quote"]) == (
        "sohr", "at_least", "23", "SY02", "2015-10-18", "wire-daily",
        "Air strikes killed at least 23 people in Aleppo on Sunday, according to SOHR.")


def test_claimants_resolve_by_name_abbreviation_and_alias_and_refuse_ambiguity():
    sources = pd.DataFrame(SOURCES + [["sohr-2", "Another", "media", "false", "", "", "Britain-based monitor"]],
                           columns=list(S.SOURCE_COLUMNS))
    c = Claimants(sources)
    assert c.resolve("the Syrian Observatory for Human Rights")[0] == "sohr"
    assert c.resolve("SOHR")[0] == "sohr"
    assert c.resolve("the UN humanitarian office")[0] == "ocha"
    assert c.resolve("sohr")[0] == ""  # abbreviations match as written
    assert c.resolve("the Britain-based monitor")[0] == ""  # two sources share it
    assert c.resolve("a local official") == ("", "claimant phrase 'a local official' names no source in "
                                                 "sources.csv (add an alias?)")


def test_places_sentence_then_paragraph_then_document():
    admin1 = pd.read_csv(ROOT / "data" / "raw" / "rules" / "admin1.csv", dtype=str, keep_default_na=False)
    p = Places(admin1)
    text = "Fighting in Hama. More news.\n\nIn Rural Damascus 5 died. 7 fled.\n\nThen 9 were hurt.\n\nHama again."
    para = (text.index("In Rural"), text.index("7 fled.") + 7)
    assert p.resolve(text, (para[0], para[0] + 25), para)[1] == "SY03"  # not SY01 "Damascus"
    assert p.resolve(text, (text.index("7 fled"), para[1]), para)[1] == "SY03"  # paragraph
    nine = text.index("Then 9")
    assert p.resolve(text, (nine, nine + 18), (nine, nine + 18))[1] == "SY05"  # the document's most named


@pytest.mark.parametrize("phrase, published, expected", [
    ("in October", "2015-11-05", ("2015-10", "2015-10", "month", "period_total", "inferred")),
    ("in December", "2016-01-10", ("2015-12", "2015-12", "month", "period_total", "inferred")),
    ("on Tuesday", "2015-11-05", ("2015-11-03", "2015-11-03", "day", "incident", "inferred")),
    ("yesterday", "2015-11-05", ("2015-11-04", "2015-11-04", "day", "incident", "inferred")),
    ("on Oct. 21", "2015-10-26", ("2015-10-21", "2015-10-21", "day", "incident", "inferred")),
    ("October 20, 2015", "2015-10-26", ("2015-10-20", "2015-10-20", "day", "incident", "stated")),
    ("since 30 September", "2015-10-20", ("2015-09-30", "2015-10-20", "day", "cumulative_since", "inferred")),
    ("since March 2011", "2015-10-20", ("2011-03", "2015-10-20", "day", "cumulative_since", "stated")),
    ("", "2015-10-20", ("", "", "unknown", "stock_as_of", "uncertain")),
])
def test_dates_resolve_against_the_document_date(phrase, published, expected):
    got = resolve_date(phrase, published)
    assert (got["period_start"], got["period_end"], got["date_precision"], got["counting_basis"],
            got["date_certainty"]) == expected
    assert got["date_basis"]


# --------------------------------------------------------------------------- the queue


def test_redrafting_keeps_decisions_and_edits_and_never_proposes_a_rejected_row_again(project, files):
    add_txt(project, files)
    set_decisions(project, {0: "accept", 2: "reject"}, claimant={3: "sohr"}, notes={3: "checked by hand"})
    edited = queue(project)
    assert draft_queue(project) == {"phr-2015-11-05": 0}
    assert queue(project).equals(edited)
    # A queue that lost its rejected row to a spreadsheet sort keeps the others; the
    # figure accepted earlier is not proposed again once it is in figures.csv.
    accept(project)
    q = queue(project)
    q.drop(index=[0]).to_csv(project.review_queue, index=False)  # the accepted row, deleted by hand
    draft_queue(project)
    again = queue(project)
    assert "16" not in again["value_as_reported"].tolist()
    assert again.loc[again["value_as_reported"] == "40", "notes"].tolist() == ["checked by hand"]
    assert again.loc[again["value_as_reported"] == "250,000", "decision"].tolist() == ["reject"]


def test_queue_with_a_bad_decision_is_refused_as_file_row_column(project, files):
    add_txt(project, files)
    set_decisions(project, {1: "maybe"})
    before = snapshot(project)
    with pytest.raises(CurateError, match=r"data/raw/review-queue.csv:3:decision: decision must be empty, accept or reject"):
        accept(project)
    with pytest.raises(CurateError, match="review-queue.csv:3:decision"):
        draft_queue(project)
    assert snapshot(project) == before


# --------------------------------------------------------------------------- accept


def test_accept_is_atomic_and_points_into_the_queue(project, files):
    add_txt(project, files)
    set_decisions(project, {0: "accept", 1: "accept", 3: "accept"}, admin1={1: "SY99"})  # row 3 has no claimant
    before = snapshot(project)
    with pytest.raises(CurateError) as err:
        accept(project)
    assert err.value.messages == [
        "data/raw/review-queue.csv:3:admin1: unknown admin-1 p-code 'SY99' (see data/raw/rules/admin1.csv)",
        "data/raw/review-queue.csv:5:claimant: empty: every figure needs a claimant, the source_id "
        "(data/raw/sources.csv) of whoever made the claim",
    ]
    assert snapshot(project) == before  # figures.csv and the queue untouched, no staged file left


def test_accept_names_every_problem_in_one_run(project, files):
    add_txt(project, files)
    drafted = queue(project)
    set_decisions(project, {0: "yes", 1: "accept"}, admin1={0: "SY99"}, period_end={1: "2015-02-30"})
    before = snapshot(project)
    with pytest.raises(CurateError) as err:
        accept(project)
    text = "\n".join(err.value.messages)
    # the unknown decision, and what else is wrong with that row and with the accepted one, together
    assert "data/raw/review-queue.csv:2:decision: decision must be empty, accept or reject, not 'yes'" in text
    assert "data/raw/review-queue.csv:2:admin1: unknown admin-1 p-code 'SY99'" in text
    assert "data/raw/review-queue.csv:3:period_end:" in text
    assert snapshot(project) == before
    set_decisions(project, {0: "accept"}, admin1={0: drafted.loc[0, "admin1"] or "SY07"},
                  period_end={1: drafted.loc[1, "period_end"]})
    assert len(accept(project).figure_ids) == 2


def test_accept_ids_are_stable_and_a_second_accept_adds_nothing(project, files):
    add_txt(project, files)
    set_decisions(project, {0: "accept", 1: "accept"})
    starts = queue(project)["start"].tolist()[:2]
    got = accept(project)
    assert got.figure_ids == [f"A-phr-2015-11-05-{s}" for s in starts]
    assert queue(project)["figure_id"].tolist()[:2] == got.figure_ids
    figures = project.figures.read_bytes()
    again = accept(project)
    assert (again.figure_ids, again.already) == ([], 2)
    assert project.figures.read_bytes() == figures


def test_an_edit_to_an_accepted_row_is_said_not_lost_silently(project, files):
    add_txt(project, files)
    set_decisions(project, {0: "accept", 1: "accept"})
    got = accept(project)
    figures = project.figures.read_bytes()
    q = queue(project)
    set_decisions(project, {}, population={1: "civilians"}, notes={1: "checked against the PDF"})
    again = accept(project)
    assert (again.figure_ids, again.already, again.edited_after) == ([], 2, 1)
    (note,) = again.notes
    line = int(q.index[1]) + 2  # the queue's second row is its file's third line
    assert note.startswith(f"data/raw/review-queue.csv:{line}:population: figure {got.figure_ids[1]} was accepted "
                           "before, and the queue row differs from it in population, notes (population 'civilians' "
                           "here, ")
    assert "edit data/raw/figures.csv (row 3)" in note
    assert project.figures.read_bytes() == figures  # the ledger is not changed behind the analyst's back
    set_decisions(project, {}, population={1: q.loc[1, "population"]}, notes={1: q.loc[1, "notes"]})
    assert accept(project).notes == []


def test_a_second_accept_after_an_edited_date_sees_no_edit(project, files):
    """accept settles as_of and date_basis after an analyst's date edit; the queue row must agree with its
    figure afterwards, or every later accept would report an edit nobody made."""
    add_txt(project, files)
    q = queue(project)
    i = int(q.index[q["period_end"].str.len() == 10][0])
    set_decisions(project, {i: "accept"}, period_end={i: q.loc[i, "period_end"][:8] + "01"},
                  period_start={i: q.loc[i, "period_end"][:8] + "01"})
    assert len(accept(project).figure_ids) == 1
    again = accept(project)
    assert (again.already, again.edited_after, again.notes) == (1, 0, [])


def test_done_when_txt_html_pdf_add_accept_build(project, files):
    add_txt(project, files)
    add_documents([files["html"]], "wire-daily", "https://wire.example/hama", "2015-10-13", paths=project)
    add_documents([files["pdf"]], "reliefweb", "https://reliefweb.example/flash-3", "2015-10-22", paths=project)
    q = queue(project)
    chosen = q.index[(q["claimant"] != "") & (q["admin1"] != "")].tolist()
    assert set(q.loc[chosen, "document_id"]) == {"phr-2015-11-05", "wire-daily-2015-10-13", "reliefweb-2015-10-22"}
    set_decisions(project, {i: "accept" for i in chosen})
    got = accept(project)
    assert len(got.figure_ids) == len(chosen)
    ledger = build(project)
    new = ledger[ledger["figure_id"].isin(got.figure_ids)]
    assert len(new) == len(chosen)
    assert new["quote_verified"].all()
    assert set(new["claimant"]) >= {"sohr", "phr", "ocha", "russia-mod"}
    assert new["admin1"].str.match(r"^SY(\d\d)?(;SY\d\d)*$").all()
    assert (new["period_end"].astype(str) != "").all()
    hama = new[(new["document_id"] == "wire-daily-2015-10-13") & (new["value"] == 45)].iloc[0]
    assert (hama["claimant"], hama["cited_via"], hama["admin1"], hama["period_end"]) == ("sohr", "afp", "SY05", "2015-10-12")
    aleppo = new[(new["document_id"] == "reliefweb-2015-10-22") & (new["value"] == 35000)].iloc[0]
    assert (aleppo["claimant"], aleppo["admin1"], aleppo["counting_basis"], aleppo["period_start"]) == (
        "ocha", "SY02", "cumulative_since", "2015-10-05")


# --------------------------------------------------------------------------- refusing raw files it cannot use


def test_aliases_must_name_one_source(project):
    rows = SOURCES + [["other", "Other monitor", "media", "false", "", "", "syrian observatory"]]
    with open(project.sources, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([S.SOURCE_COLUMNS, *rows])
    errors = [str(e) for e in validate(project)]
    assert errors == ["data/raw/sources.csv:9:aliases: alias 'syrian observatory' also names 'sohr': "
                      "a name must say one source"]


def test_a_civilian_authority_is_government_party_or_not(project):
    """Lebanon's health ministry in 2024 counts the dead of a war its state is not a party to."""
    rows = SOURCES + [["lb-moph", "Lebanese Ministry of Public Health", "government", "false", "", "", ""],
                      ["gaza-moh", "Gaza Ministry of Health", "government", "true", "", "", ""]]
    with open(project.sources, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([S.SOURCE_COLUMNS, *rows])
    assert validate(project) == []
    rows[-1][2] = "ministry"
    with open(project.sources, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([S.SOURCE_COLUMNS, *rows])
    (error,) = [str(e) for e in validate(project)]
    assert error.startswith("data/raw/sources.csv:10:type: unknown source type; expected one of belligerent,")
    assert "government" in error


def test_validate_checks_the_review_queue_as_accept_does(project, files):
    add_txt(project, files)
    assert validate(project) == []
    lines = project.review_queue.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2] + ",an extra field"  # a row broken in a spreadsheet
    project.review_queue.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert validate(project) == []  # the ledger's own files: `build` does not read the queue
    errors = [str(e) for e in validate(project, queue=True)]  # what `crosstally validate` checks
    assert len(errors) == 1 and errors[0].startswith("data/raw/review-queue.csv:3:")
    with pytest.raises(CurateError) as err:
        accept(project)
    assert err.value.messages == errors


def test_a_bad_text_file_is_refused_as_validate_does_not_a_traceback(project, files):
    add_txt(project, files)
    text = project.documents.read_text(encoding="utf-8").replace("phr-2015-11-05.txt", "../phr-2015-11-05.txt")
    project.documents.write_text(text, encoding="utf-8")
    expected = ("data/raw/documents.csv:2:text_file: '../phr-2015-11-05.txt': give a file name in "
                "data/raw/documents/, not a path")
    assert expected in [str(e) for e in validate(project)]
    with pytest.raises(ValidationFailed, match="documents.csv:2:text_file"):
        document_texts(project)
    result = review(project, with_checks=False)
    assert result.problems == [expected] and result.pending.empty
    (project.documents_dir / "phr-2015-11-05.txt").unlink()
    project.documents.write_text(text.replace("../", ""), encoding="utf-8")
    assert review(project, with_checks=False).problems == [
        "data/raw/documents.csv:2:text_file: no such file data/raw/documents/phr-2015-11-05.txt"]


def test_review_lists_undecided_drafts_and_undrafted_candidates_by_document(project, files):
    add_txt(project, files)
    add_documents([files["html"]], "wire-daily", "https://wire.example/hama", "2015-10-13", paths=project,
                  draft=False)
    set_decisions(project, {0: "accept", 1: "reject"})
    result = review(project, with_checks=False)
    assert result.problems == []
    assert result.summary.loc["phr-2015-11-05", ["accept", "reject", "undecided", "not drafted"]].tolist() == [1, 1, 2, 0]
    assert result.summary.loc["wire-daily-2015-10-13", "not drafted"] > 0
    docs = [(doc, len(rows)) for doc, _, rows in result.by_document()]
    assert docs[0] == ("phr-2015-11-05", 2)
    assert set(result.pending["queue_status"]) == {"undecided", "not drafted"}
    assert list(result.pending.columns) == list(curate.REVIEW_COLUMNS)
    read, errors = read_queue(project)
    assert errors == [] and len(read) == 4


def test_html_in_a_declared_legacy_charset_is_read_as_declared(project, tmp_path):
    page = tmp_path / "latin.html"
    page.write_bytes(HTML.replace("<head>", '<head><meta charset="windows-1252">')
                     .replace("Monday,", "Monday, in Ma\xe2rrat al-Nu\xe2man,").encode("cp1252"))
    (row,) = add_documents([page], "wire-daily", "https://wire.example/latin", "2015-10-13", paths=project,
                           draft=False)
    assert "Maârrat al-Nuâman" in (project.documents_dir / row["text_file"]).read_text(encoding="utf-8")


def test_cli_draft_and_accept(project, files, monkeypatch, capsys):
    monkeypatch.setattr(curate, "PATHS", project)
    assert curate.main_add([str(files["txt"]), "--outlet", "phr", "--url", "https://phr.example/r",
                            "--published", "2015-11-05", "--no-draft"]) == 0
    assert "phr-2015-11-05 -> data/raw/documents/phr-2015-11-05.txt" in capsys.readouterr().out
    assert curate.main_draft([]) == 0
    assert "4 new draft(s) from 1 document(s)" in capsys.readouterr().out
    set_decisions(project, {0: "accept", 3: "accept"})
    assert curate.main_accept([]) == 1
    err = capsys.readouterr().err
    assert "data/raw/review-queue.csv:5:claimant: empty: every figure needs a claimant" in err
    assert "is empty: ''" not in err and "1 error(s); nothing written" in err
    set_decisions(project, {}, claimant={3: "sohr"})
    assert curate.main_accept([]) == 0
    assert "2 figure(s) appended to data/raw/figures.csv" in capsys.readouterr().out


def test_accept_interrupted_before_figures_csv_is_replaced_recovers_under_the_same_ids(project, files, monkeypatch):
    add_txt(project, files)
    set_decisions(project, {0: "accept", 1: "accept"})
    figures = project.figures.read_bytes()
    real_replace = curate.os.replace

    def failing_replace(src, dst):
        if Path(dst) == project.figures:
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(curate.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        accept(project)
    monkeypatch.setattr(curate.os, "replace", real_replace)
    assert project.figures.read_bytes() == figures  # the old figures.csv, whole
    assert not list(project.raw.glob(".figures.csv.*"))  # no staged file left behind
    ids = queue(project)["figure_id"].tolist()[:2]  # the queue already names the ids ...
    assert accept(project).figure_ids == ids  # ... and the next accept appends them under those ids
    assert validate(project) == []


def test_an_unresolved_phrase_falls_back_to_the_one_source_its_sentence_names_but_never_to_media():
    sources = pd.DataFrame(SOURCES, columns=list(S.SOURCE_COLUMNS))
    admin1 = pd.read_csv(ROOT / "data" / "raw" / "rules" / "admin1.csv", dtype=str, keep_default_na=False)
    text = ("The Syrian Observatory for Human Rights, a Britain-based group, said those killed included two children.\n\n"
            "A war monitor told AFP that 12 people were killed.\n")
    doc = {"document_id": "d1", "outlet": "wire-daily", "url": "https://w.example/", "published": "2015-10-20",
           "language": "en"}
    out = draft_document(text, doc, sources, admin1).set_index("value")
    assert out.loc["2", "claimant"] == "sohr" and "the source named with a reporting word" in out.loc["2", "why"]
    assert out.loc["12", "claimant"] == ""  # AFP is a relay, not a claimant; "a war monitor" names nobody


def test_draft_for_uses_the_projects_tables(project):
    text = "Air strikes killed 9 people in Hama on Sunday, the Syrian Observatory said.\n"
    doc = {"document_id": "d1", "outlet": "wire-daily", "url": "https://w.example/", "published": "2015-10-20"}
    (r,) = draft_for(text, doc, project).to_dict("records")
    assert (r["claimant"], r["admin1"], r["period_end"], r["scope"]) == ("sohr", "SY05", "2015-10-18", "campaign")


def test_fuzzed_queue_is_accepted_or_refused_with_located_messages_and_figures_left_whole(project, files):
    """The queue is a raw input people edit: every corruption (test_bad_inputs' byte edits) is
    accepted, or refused by ``accept`` with FILE:ROW:COLUMN messages and nothing written."""
    from hypothesis import HealthCheck, given, settings
    from test_bad_inputs import EDITS, LOCATED, corrupt

    add_txt(project, files)
    set_decisions(project, {0: "accept", 1: "accept"})
    original, figures = project.review_queue.read_bytes(), project.figures.read_bytes()

    @settings(max_examples=8, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(edits=EDITS)
    def check(edits):
        project.review_queue.write_bytes(corrupt(original, edits))
        try:
            accept(project)
        except CurateError as refused:
            assert refused.messages and all(LOCATED.match(m) for m in refused.messages), refused.messages
            assert project.figures.read_bytes() == figures
        else:
            assert validate(project) == []
        finally:
            project.review_queue.write_bytes(original)
            project.figures.write_bytes(figures)

    check()


def test_a_case_made_by_init_gives_the_drafts_its_period(tmp_path, monkeypatch):
    """`crosstally init` puts the period in crosstally.yaml, not params/default.yaml: the
    drafts' context rule (a window starting over a month before the case) reads it there."""
    from crosstally.scaffold import init_case

    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    root = tmp_path / "lebanon"
    init_case(root, "LB", period_start="2024-09-23", period_end="2024-11-27")
    paths = Paths(root)
    assert "period_start" not in paths.params.joinpath("default.yaml").read_text(encoding="utf-8").split("#")[0]
    with open(paths.sources, "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerow(
            ["moph", "Lebanese Ministry of Public Health", "belligerent", "false", "", "", "Health Ministry"])
    text = tmp_path / "toll.txt"
    text.write_text("Since October 8, 2023, 3,445 people have been killed in Lebanon, the Health Ministry said. "
                    "Airstrikes killed 56 people on November 15, the Health Ministry said.\n", encoding="utf-8")
    add_documents([text], "moph", "https://moph.example/toll", "2024-11-16", paths=paths)
    drafts = queue(paths).set_index("value")
    assert drafts.loc["3445", "scope"] == "context" and drafts.loc["3445", "period_start"] == "2023-10-08"
    assert drafts.loc["56", "scope"] == "campaign"


def test_a_row_added_by_hand_without_offsets_is_told_where_they_come_from(project, files):
    add_txt(project, files)
    q = queue(project)
    hand = q.iloc[[0]].assign(start="", end="", figure_id="M-1", decision="accept")
    pd.concat([q, hand]).to_csv(project.review_queue, index=False)
    with pytest.raises(CurateError) as err:
        accept(project)
    line = len(q) + 2
    assert err.value.messages[0].startswith(
        f"data/raw/review-queue.csv:{line}:start: start must be a character offset (digits), not '': "
        f"where the number begins in the held text of document 'phr-2015-11-05'")
    assert "text.index(" in err.value.messages[0]


@pytest.mark.parametrize("opening, published, says", [
    ("Shelling in Martuni\n\n01 October 2020\n\nShelling killed 4 civilians.\n", "2020-10-31", "30 days before"),
    ("Shelling in Martuni\n\nOctober 1, 2020 - Shelling killed 4 civilians.\n", "2020-10-31", "30 days before"),
    ("Shelling in Martuni\n\n2020-11-03\n\nShelling killed 4 civilians.\n", "2020-10-31", "3 day(s) after"),
    ("Shelling in Martuni\n\n30 October 2020\n\nShelling killed 4 civilians.\n", "2020-10-31", None),
    ("Remembering 1974\n\nOn 17 May 1974, bombs killed 33 people.\n", "2024-05-17", None),  # the event, long past
    ("Shelling in Martuni\n\nShelling killed 4 civilians.\n", "2020-10-31", None),
])
def test_a_date_the_text_opens_with_far_from_published_is_noted(opening, published, says):
    note = curate.opening_date_note(opening, published)
    if says is None:
        assert note is None
    else:
        assert says in note and f"--published {published}" in note and "crosstally draft --refresh" in note


# --------------------------------------------------------------------------- remove


def test_remove_takes_a_document_its_text_and_its_untouched_drafts_out(project, files, monkeypatch, capsys):
    add_txt(project, files)
    (row,) = add_documents([files["html"]], "wire-daily", "https://wire.example/hama", "2015-10-13", paths=project)
    others = queue(project).query("document_id != 'phr-2015-11-05'")
    monkeypatch.setattr(curate, "PATHS", project)
    assert curate.main_remove(["phr-2015-11-05"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("crosstally remove: phr-2015-11-05: its data/raw/documents.csv row, "
                          "data/raw/documents/phr-2015-11-05.txt and ")
    assert not (project.documents_dir / "phr-2015-11-05.txt").exists()
    assert (project.documents_dir / row["text_file"]).exists()
    assert "phr-2015-11-05" not in project.documents.read_text(encoding="utf-8")
    pd.testing.assert_frame_equal(queue(project).reset_index(drop=True), others.reset_index(drop=True))
    assert validate(project) == []


def test_remove_refuses_while_work_or_figures_rest_on_the_document(project, files):
    add_txt(project, files)
    set_decisions(project, {0: "reject"})
    before = snapshot(project)
    with pytest.raises(CurateError, match=r"review-queue.csv: 1 row\(s\) of document 'phr-2015-11-05' carry a "
                                          r"decision.*--drop-decisions"):
        curate.remove_document("phr-2015-11-05", project)
    with pytest.raises(CurateError, match="no such document"):
        curate.remove_document("phr-1999-01-01", project)
    assert snapshot(project) == before
    n = int((queue(project)["document_id"] == "phr-2015-11-05").sum())
    got = curate.remove_document("phr-2015-11-05", project, drop_decisions=True)
    assert n > 1 and (got["decided"], got["queue_rows"]) == (1, n) and not (queue(project)["document_id"] ==
                                                                            "phr-2015-11-05").any()
    assert "phr-2015-11-05" not in project.documents.read_text(encoding="utf-8")
    add_txt(project, files)  # and back, to be accepted
    set_decisions(project, {0: "accept"})
    accept(project)
    before = snapshot(project)
    with pytest.raises(CurateError, match=r"figures.csv: 1 figure\(s\) cite document 'phr-2015-11-05' \(A-phr-"):
        curate.remove_document("phr-2015-11-05", project, drop_decisions=True)
    assert snapshot(project) == before
