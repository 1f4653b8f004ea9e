"""`crosstally gaps`: what the case's sources and admin-1 tables lack, read from the review
queue's drafts. Invented rows; the project fixture of tests/test_curate.py."""
from __future__ import annotations

import csv
import io
import re
from contextlib import redirect_stderr, redirect_stdout

import pandas as pd
import pytest

from crosstally import cli
from crosstally import schema as S
from crosstally.gaps import find_gaps, name_like, report
from test_curate import SOURCES, make_project, snapshot


@pytest.mark.parametrize("words", ["UN", "the UN", "Tass news agency", "the Defense Ministry", "U.S. officials",
                                   "the Camp Coordination and Camp Management", "Qzland Daily"])
def test_names_a_sources_table_could_hold(words):
    assert name_like(words)


@pytest.mark.parametrize("words", ["It", "he", "The group", "Observers", "a high-ranking military official",
                                   "the defence ministry", "Despite these", ""])
def test_pronouns_roles_and_sentence_openers_are_not_names(words):
    assert not name_like(words)


def _row(**kw) -> dict:
    row = {c: "" for c in S.QUEUE_COLUMNS}
    row.update(start="0", end="2", metric="killed", value_as_reported="12")
    row.update(kw)
    return row


def _no_source(words: str) -> str:
    return f"claimant phrase '{words}' names no source in sources.csv (add an alias?); metric killed"


ROWS = [
    _row(document_id="doc-a", why=_no_source("UN"), admin1="SY02"),
    _row(document_id="doc-b", why=_no_source("UN"), admin1="SY02"),
    _row(document_id="doc-b", why=_no_source("It"), admin1="SY02"),                     # not a name
    _row(document_id="doc-c", why=_no_source("Tass news agency"), decision="reject", admin1="SY02"),  # rejected
    _row(document_id="doc-c", why=_no_source("UN"), claimant="ocha", admin1="SY02"),   # claimant set by hand
    _row(document_id="doc-d", why="claimant sohr from 'SOHR' in 'SOHR'", claimant="sohr", admin1=""),
    _row(document_id="doc-d", why="claimant sohr from 'SOHR' in 'SOHR'", claimant="sohr", admin1=""),
    _row(document_id="doc-e", admin1="SY",
         why="no place in the sentence ('Mount Qzland' in the sentence is a longer name than the one it contains, "
             "and not in the admin-1 table: add it as an alias of its unit)"),
]


def test_the_report_lists_unknown_names_places_and_longer_names():
    sources = pd.DataFrame(SOURCES, columns=list(S.SOURCE_COLUMNS))
    gaps = find_gaps(pd.DataFrame(ROWS), sources)
    assert gaps.claimants.to_dict("records") == [
        {"words": "UN", "drafts": 2, "documents": "doc-a; doc-b", "sharing": "ocha"}]
    # the drafts say "(add an alias?)" of 'It' too: listed apart, as words that name no one in particular
    assert gaps.other_words.to_dict("records") == [{"words": "It", "drafts": 1, "documents": "doc-b", "sharing": ""}]
    assert gaps.no_place.to_dict("records") == [{"document_id": "doc-d", "drafts": 2}]
    assert gaps.longer_places.to_dict("records") == [{"name": "Mount Qzland", "drafts": 1, "documents": "doc-e"}]


def test_drafts_with_no_claimant_words_and_drafts_placed_only_in_the_country_are_listed():
    """A new war's first document: no source in the table is named by the drafts' words, and the places its
    sentences name are not in the admin-1 table; `gaps` must say so, not "every name is known"."""
    sources = pd.DataFrame(SOURCES, columns=list(S.SOURCE_COLUMNS))
    admin1 = pd.DataFrame([["QZ", "Qzland", "whole country", ""], ["QZ-01", "Eastmark", "East Mark", ""]],
                          columns=list(S.ADMIN1_COLUMNS))
    rows = [
        _row(document_id="doc-n", admin1="QZ", why="no attributing words in the document: claimant left empty",
             quote="Shelling killed 4 civilians in Martuni and 2 in the village of Hadrut on Monday."),
        _row(document_id="doc-n", admin1="QZ", why="no attributing words in the document: claimant left empty",
             quote="In Eastmark, 3 people died, and in Martuni 5 were hurt; troops from Turkey and at Eas fired."),
        _row(document_id="doc-n", admin1="QZ", why="no attributing words in the document: claimant left empty",
             quote="In Hadrut, 2 more were found.", decision="reject"),
        _row(document_id="doc-n", admin1="QZ-01", claimant="ocha", quote="OCHA said 7 died in Eastmark."),
        _row(document_id="doc-m", admin1="QZ", claimant="ocha", why="claimant ocha from 'OCHA'",
             quote="OCHA said 700 people had been killed across Qzland since March."),
    ]
    gaps = find_gaps(pd.DataFrame(rows), sources, admin1)
    assert gaps.no_claimant.to_dict("records") == [{"document_id": "doc-n", "drafts": 2}]
    assert gaps.country_only.to_dict("records") == [
        # not Eastmark (the table knows it), nor Turkey (a country); "Eas" is not "Eastmark"
        {"document_id": "doc-n", "drafts": 2, "names": "Martuni; Eas; Hadrut"},
        {"document_id": "doc-m", "drafts": 1, "names": ""}]  # a national total: no name it does not know
    text = report(gaps)
    assert "every name the drafts found is in data/raw/sources.csv (but see the drafts with no claimant below)" in text
    assert "  doc-n: 2 draft(s)\n" in text
    assert "  doc-n: 2 draft(s); names after 'in', 'near', 'the village of' ... it does not know: Martuni; Eas; " \
        "Hadrut" in text
    assert "every draft has a place below" not in text


def _write_queue(paths, rows) -> None:
    with open(paths.review_queue, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(S.QUEUE_COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def _run(root, *args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = cli.main(["--case", str(root), "gaps", *args])
    return rc, out.getvalue(), err.getvalue()


def test_the_command_prints_the_report_and_writes_nothing(tmp_path):
    paths = make_project(tmp_path / "project")
    (paths.root / "crosstally.yaml").write_text("country: SY\n", encoding="utf-8")
    _write_queue(paths, ROWS)
    before = snapshot(paths)
    rc, out, err = _run(paths.root, "--all")
    assert rc == 0, err
    assert "'UN': 2 draft(s) in doc-a; doc-b; sources sharing a word: ocha" in out
    assert "doc-d: 2 draft(s)" in out and "'Mount Qzland'" in out
    names, other = out.split("Other claimant words no source matched")
    assert "'It'" not in names and "'It': 1 draft(s) in doc-b" in other and "Tass" not in out
    rc, out, _ = _run(paths.root, "--csv")
    assert rc == 0 and out.splitlines() == ["words,drafts,documents,sharing,kind", "UN,2,doc-a; doc-b,ocha,name",
                                            "It,1,doc-b,,other words"]
    assert snapshot(paths) == before


def test_given_documents_only_their_gaps_and_with_none_a_backlog_in_one_line(tmp_path):
    """A new document's one gap is not buried under the committed backlog: `gaps DOCUMENT_ID...` reports
    those documents' rows; with no document, a backlog over several documents is one line."""
    paths = make_project(tmp_path / "project")
    (paths.root / "crosstally.yaml").write_text("country: SY\n", encoding="utf-8")
    _write_queue(paths, ROWS)
    rc, out, err = _run(paths.root, "doc-e")
    assert rc == 0, err
    assert "'Mount Qzland': 1 draft(s) in doc-e" in out
    assert "'UN'" not in out and "doc-d" not in out and "every name the drafts found is in" in out
    rc, out, _ = _run(paths.root, "doc-a", "doc-d")
    assert rc == 0 and "'UN': 1 draft(s) in doc-a;" in out and "doc-d: 2 draft(s)" in out and "Qzland" not in out
    rc, out, _ = _run(paths.root)
    assert rc == 0 and out == (
        "crosstally gaps: the queue's backlog, over 4 documents: 1 claimant name(s) data/raw/sources.csv does not "
        "know (2 drafts), 1 other claimant word(s) no source matched (1 drafts), 1 draft(s) with no claimant and no "
        "words naming one, 1 document(s) whose drafts name no place, 1 draft(s) placed only in the whole country, "
        "1 longer place name(s) "
        "data/raw/rules/admin1.csv lacks. `crosstally gaps DOCUMENT_ID...` lists a document's (the id "
        "`crosstally add` printed), `crosstally gaps --all` all of them.\n")
    rc, out, err = _run(paths.root, "doc-z")
    assert rc == 1 and out == "" and "no row of document 'doc-z'" in err


def test_a_queue_it_cannot_read_is_refused_with_its_row_and_column(tmp_path):
    paths = make_project(tmp_path / "project")
    (paths.root / "crosstally.yaml").write_text("country: SY\n", encoding="utf-8")
    _write_queue(paths, [ROWS[0], {**ROWS[1], "decision": "maybe"}])
    rc, out, err = _run(paths.root)
    assert rc == 1 and out == ""
    assert "review-queue.csv:3:decision" in err


def test_the_documented_loop_gaps_then_alias_then_redraft_resolves_the_claimant(tmp_path):
    """README: add the names `gaps` lists to sources.csv, run `crosstally draft --refresh DOCUMENT_ID`:
    the redrafted rows carry the new source."""
    from crosstally.curate import add_documents, read_queue

    paths = make_project(tmp_path / "project")
    (paths.root / "crosstally.yaml").write_text("country: SY\n", encoding="utf-8")
    text = tmp_path / "tass.txt"
    text.write_text("Strikes hit Aleppo\n\nTass news agency said 12 people were killed in Aleppo on Monday.\n",
                    encoding="utf-8")
    (row,) = add_documents([text], "wire-daily", "https://wire.example/tass", "2015-10-13", paths=paths)
    doc = row["document_id"]
    rc, out, _ = _run(paths.root)
    assert rc == 0 and "'Tass news agency': 1 draft(s) in " + doc in out
    q, _ = read_queue(paths)
    assert q.loc[q["value_as_reported"] == "12", "claimant"].tolist() == [""]
    # the analyst registers the agency and refreshes the document's drafts
    with open(paths.sources, "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerow(["tass", "TASS", "media", "false", "", "", "Tass news agency"])
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert cli.main(["--case", str(paths.root), "draft", "--refresh", doc]) == 0, err.getvalue()
    assert "redrafted 1 undecided row(s) nobody edited (1 changed, 0 the same)" in out.getvalue()
    q, _ = read_queue(paths)
    assert q.loc[q["value_as_reported"] == "12", "claimant"].tolist() == ["tass"]
    rc, out, _ = _run(paths.root)
    assert rc == 0 and "Tass" not in out


RESCUE = """Air strikes kill civilians in Idlib province

The Idlib Health Directorate said 14 civilians were killed in Maarrat al-Numan on 3 November 2015.

Rescuers said 9 people were pulled alive from the rubble in Idlib on Tuesday.

In Ariha, 22 people were wounded in the strikes, rescue workers said.

Civil defence volunteers said 5 people were killed in Idlib on 2 November 2015.
"""


def test_gaps_lists_every_claimant_phrase_the_drafts_ask_an_alias_for(tmp_path):
    """A reader saw drafts say "(add an alias?)" of 'Rescuers' and 'rescue workers' while `crosstally
    gaps` listed only 'The Idlib Health Directorate': every such phrase of the drafts is listed, the
    names as names, the other words apart with what to do about them."""
    from crosstally.curate import add_documents

    paths = make_project(tmp_path / "project")
    (paths.root / "crosstally.yaml").write_text("country: SY\n", encoding="utf-8")
    text = tmp_path / "rescue.txt"
    text.write_text(RESCUE, encoding="utf-8")
    (row,) = add_documents([text], "wire-daily", "https://wire.example/rescue", "2015-11-05", paths=paths)
    q = pd.read_csv(paths.review_queue, dtype=str, keep_default_na=False)
    asked = {m.group(1) for why in q["why"] for m in [re.search(r"claimant phrase '([^']*)' names no source in "
                                                                  r"sources\.csv \(add an alias\?\)", why)] if m}
    assert {"The Idlib Health Directorate", "Rescuers", "rescue workers"} <= asked
    rc, out, err = _run(paths.root, row["document_id"])
    assert rc == 0, err
    names, other = out.split("Other claimant words no source matched")
    assert "'The Idlib Health Directorate': 1 draft(s)" in names
    assert "'Rescuers': 1 draft(s)" in other and "'rescue workers': 1 draft(s)" in other
    assert "set those drafts' claimant by hand" in other
    listed = set(re.findall(r"^  '([^']*)': \d+ draft", out, re.MULTILINE))
    assert listed >= asked  # nothing the drafts call unknown is left out
