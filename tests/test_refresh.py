"""`crosstally draft --refresh`: the queue rows nobody touched are redrafted (after the analyst
added aliases to sources.csv or rules/admin1.csv); decided rows, edited rows and rows without a
fingerprint are kept byte for byte. Invented texts and sources; the project fixture of
tests/test_curate.py."""
from __future__ import annotations

import csv
import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from crosstally import cli
from crosstally import schema as S
from crosstally.curate import accept, add_documents, draft_queue, fingerprint, read_queue, redraft, row_state
from crosstally.ledger import validate
from crosstally.paths import Paths
from test_curate import make_project, queue, set_decisions, snapshot

TEXT = """Strikes hit Aleppo and Idlib

Tass news agency said 12 people were killed in Aleppo on Monday.

The Syrian Observatory said 30 civilians were killed in Idlib on Monday.

The Syrian Observatory said 5 people were wounded in Hama on Sunday.

Tass news agency said 40 families fled the village of Qzbar in Aleppo.
"""
# rows of the queue, in its order (document, offset): 12 (Tass), 30 (sohr), 5 (sohr), 40 (Tass)
TASS = ["tass", "TASS", "media", "false", "", "", "Tass news agency"]


@pytest.fixture
def project(tmp_path) -> Paths:
    paths = make_project(tmp_path / "project")
    (paths.root / "crosstally.yaml").write_text("country: SY\n", encoding="utf-8")
    return paths


def add_text(paths: Paths, tmp_path: Path, name: str = "a", published: str = "2015-10-13", **kw) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text(TEXT, encoding="utf-8")
    (row,) = add_documents([path], "wire-daily", f"https://wire.example/{name}", published, paths=paths, **kw)
    return row["document_id"]


def register_tass(paths: Paths) -> None:
    with open(paths.sources, "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerow(TASS)


def lines(paths: Paths) -> list[str]:
    return paths.review_queue.read_text(encoding="utf-8").splitlines()


def write_rows(paths: Paths, rows: list[dict], columns=S.QUEUE_COLUMNS) -> None:
    with open(paths.review_queue, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def run(root: Path, *args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = cli.main(["--case", str(root), *args])
    return rc, out.getvalue(), err.getvalue()


def claimants(paths: Paths, doc: str | None = None) -> list[str]:
    q = queue(paths)
    return q.loc[q["document_id"] == doc, "claimant"].tolist() if doc else q["claimant"].tolist()


# --------------------------------------------------------------------------- the fingerprint


def test_drafting_writes_each_rows_fingerprint(project, tmp_path):
    add_text(project, tmp_path)
    q, errors = read_queue(project)
    assert not errors and len(q) == 4
    assert lines(project)[0].endswith(",start,end,drafted")
    assert all(r["drafted"] == fingerprint(r) and len(r["drafted"]) == 16 for r in q.to_dict("records"))
    assert {row_state(r) for r in q.to_dict("records")} == {"untouched"}


def _drafted_row() -> dict:
    row = {c: f"value of {c}" for c in S.QUEUE_COLUMNS}
    row.update(decision="", start="10", end="12")
    row["drafted"] = fingerprint(row)
    return row


@pytest.mark.parametrize("column", S.FINGERPRINT_COLUMNS)
def test_the_fingerprint_changes_when_any_drafted_field_changes(column):
    row = _drafted_row()
    assert row_state(row) == "untouched"
    for edit in (row[column] + " ", "", "1" + row[column]):
        edited = {**row, column: edit}
        assert fingerprint(edited) != row["drafted"], edit
        assert row_state(edited) == "edited"


def test_the_fingerprint_leaves_out_decision_and_itself_and_is_the_documented_hash():
    import hashlib
    import json

    row = _drafted_row()
    fields = json.dumps([row[c] for c in S.QUEUE_COLUMNS if c not in ("decision", "drafted")],
                        ensure_ascii=False, separators=(",", ":"))
    assert row["drafted"] == hashlib.sha256(fields.encode("utf-8")).hexdigest()[:16]
    assert fingerprint({**row, "decision": "accept", "drafted": ""}) == row["drafted"]
    assert row_state({**row, "decision": "reject"}) == "decided"
    assert row_state({**row, "decision": " "}) == "edited"  # a stray space is somebody's
    assert row_state({**row, "drafted": ""}) == "unmarked"
    # fields shifted from one column into the next give another fingerprint
    shifted = {**row, "why": row["why"] + row["figure_id"], "figure_id": ""}
    assert fingerprint(shifted) != row["drafted"]


# --------------------------------------------------------------------------- refresh


def test_an_alias_added_after_drafting_resolves_the_claimant_of_untouched_rows(project, tmp_path):
    doc = add_text(project, tmp_path)
    assert claimants(project) == ["", "sohr", "sohr", ""]
    rc, out, _ = run(project.root, "gaps")
    assert rc == 0 and f"'Tass news agency': 2 draft(s) in {doc}" in out and "draft --refresh" in out
    register_tass(project)
    rc, out, err = run(project.root, "draft", "--refresh", doc)
    assert rc == 0, err
    assert ("crosstally draft --refresh: 1 document(s) in data/raw/review-queue.csv: kept 0 row(s) you decided "
            "or edited (0 decided, 0 edited); redrafted 4 undecided row(s) nobody edited (2 changed, 2 the same); "
            "0 new draft(s)\n") == out
    assert claimants(project) == ["tass", "sohr", "sohr", "tass"]
    q, _ = read_queue(project)
    assert all(r["drafted"] == fingerprint(r) for r in q.to_dict("records"))
    rc, out, _ = run(project.root, "gaps")
    assert rc == 0 and "Tass" not in out


def test_decided_and_edited_rows_are_kept_byte_for_byte_and_their_spans_not_proposed_again(project, tmp_path):
    doc = add_text(project, tmp_path)
    # 12 (Tass) accepted with the claimant typed in; 30 rejected; 40 (Tass) edited, undecided; 5 untouched
    set_decisions(project, {0: "accept", 1: "reject"}, claimant={0: "sohr"}, admin1={3: "SY07"})
    assert accept(project).figure_ids == [f"A-{doc}-52"]
    before = lines(project)
    register_tass(project)
    done = redraft(project, [doc], refresh=True)
    assert (done.replaced, done.decided, done.edited, done.unmarked, done.added, done.changed) == (
        {doc: 1}, {doc: 2}, {doc: 1}, {doc: 0}, {doc: 1}, {doc: 0})
    after = lines(project)
    assert after == before  # the untouched row came back as it was; the three others never left
    q = queue(project)
    assert q["start"].tolist() == ["52", "124", "198", "262"]  # one row per span: nothing proposed again
    assert q.loc[3, ["claimant", "admin1", "decision"]].tolist() == ["", "SY07", ""]  # the edit, not the alias
    assert q.loc[0, ["decision", "claimant", "figure_id"]].tolist() == ["accept", "sohr", f"A-{doc}-52"]
    assert q.loc[1, "decision"] == "reject"


def test_a_decided_row_that_was_deleted_is_not_proposed_again_once_a_figure(project, tmp_path):
    doc = add_text(project, tmp_path)
    set_decisions(project, {0: "accept"}, claimant={0: "sohr"})
    accept(project)
    q = queue(project)
    q.drop(index=[0]).to_csv(project.review_queue, index=False)  # the accepted row, deleted by hand
    redraft(project, [doc], refresh=True)
    assert queue(project)["start"].tolist() == ["124", "198", "262"]


def test_a_row_without_a_fingerprint_is_kept(project, tmp_path):
    doc = add_text(project, tmp_path)
    q = queue(project)
    q.loc[0, "drafted"] = ""  # as a person would type a row, or an older crosstally wrote it
    q.to_csv(project.review_queue, index=False)
    before = lines(project)
    register_tass(project)
    done = redraft(project, [doc], refresh=True)
    assert (done.unmarked, done.replaced) == ({doc: 1}, {doc: 3})
    assert claimants(project) == ["", "sohr", "sohr", "tass"]
    assert lines(project)[1] == before[1]


def test_a_queue_written_before_fingerprints_reads_and_keeps_every_row(project, tmp_path):
    doc = add_text(project, tmp_path)
    rows = [r for r in csv.DictReader(open(project.review_queue, encoding="utf-8"))]
    old = [c for c in S.QUEUE_COLUMNS if c != "drafted"]
    write_rows(project, rows, old)
    before = project.review_queue.read_bytes()
    q, errors = read_queue(project)
    assert not errors and q["drafted"].tolist() == [""] * 4
    register_tass(project)
    rc, out, err = run(project.root, "draft", "--refresh")
    assert rc == 0, err
    assert ("kept 0 row(s) you decided or edited (0 decided, 0 edited) and 4 without a fingerprint (typed by hand, "
            "or drafted before fingerprints); redrafted 0 undecided row(s) nobody edited (0 changed, 0 the same); "
            "0 new draft(s)") in out
    assert project.review_queue.read_bytes() == before  # nothing changed, nothing written
    assert run(project.root, "validate")[0] == 0
    # an accept rewrites it with the column, every old row's fingerprint empty
    set_decisions(project, {1: "accept"})
    assert accept(project).figure_ids == [f"A-{doc}-124"]
    assert lines(project)[0].endswith(",end,drafted") and queue(project)["drafted"].tolist() == [""] * 4


def test_refreshing_one_document_leaves_another_documents_rows_alone(project, tmp_path):
    a = add_text(project, tmp_path, "a", "2015-10-13")
    # a second document (a text already held is refused, so one line more)
    path = tmp_path / "b.txt"
    path.write_text(TEXT + "\nTass news agency said 3 people were wounded in Hama.\n", encoding="utf-8")
    (row,) = add_documents([path], "wire-daily", "https://wire.example/b", "2015-10-14", paths=project)
    b = row["document_id"]
    theirs = [line for line in lines(project) if f",{b}," in line]
    register_tass(project)
    done = redraft(project, [a], refresh=True)
    assert set(done.added) == {a}
    assert claimants(project, a) == ["tass", "sohr", "sohr", "tass"]
    assert claimants(project, b) == ["", "sohr", "sohr", "", ""]
    assert [line for line in lines(project) if f",{b}," in line] == theirs
    redraft(project, refresh=True)  # every held document
    assert claimants(project, b) == ["tass", "sohr", "sohr", "tass", "tass"]


def test_a_refusal_writes_nothing_and_names_file_row_column(project, tmp_path):
    doc = add_text(project, tmp_path)
    register_tass(project)
    set_decisions(project, {2: "maybe"})
    before = snapshot(project)
    rc, out, err = run(project.root, "draft", "--refresh", doc)
    assert rc == 1 and out == ""
    assert "data/raw/review-queue.csv:4:decision: decision must be empty, accept or reject" in err
    assert "crosstally draft --refresh: refused; nothing written" in err
    assert snapshot(project) == before
    set_decisions(project, {2: ""}, start={1: "12x"})
    before = snapshot(project)
    rc, _, err = run(project.root, "draft", "--refresh")
    assert rc == 1 and "data/raw/review-queue.csv:3:start: start must be a character offset" in err
    assert snapshot(project) == before
    set_decisions(project, {}, start={1: "124"})
    before = snapshot(project)
    rc, _, err = run(project.root, "draft", "--refresh", "no-such-document")
    assert rc == 1 and "document 'no-such-document' has no held text" in err
    assert snapshot(project) == before


def test_refreshing_twice_changes_nothing_the_second_time(project, tmp_path):
    doc = add_text(project, tmp_path)
    set_decisions(project, {1: "reject"}, notes={2: "checked"})
    register_tass(project)
    assert run(project.root, "draft", "--refresh")[0] == 0
    once = project.review_queue.read_bytes()
    rc, out, _ = run(project.root, "draft", "--refresh")
    assert rc == 0 and ("kept 2 row(s) you decided or edited (1 decided, 1 edited); redrafted 2 undecided row(s) "
                        "nobody edited (0 changed, 2 the same); 0 new draft(s)") in out
    assert project.review_queue.read_bytes() == once
    assert draft_queue(project, [doc]) == {doc: 0}  # plain draft: nothing new either
    assert project.review_queue.read_bytes() == once


def test_accept_after_a_refresh_ignores_the_fingerprint(project, tmp_path):
    doc = add_text(project, tmp_path)
    register_tass(project)
    redraft(project, refresh=True)
    set_decisions(project, {0: "accept", 3: "accept"})
    got = accept(project)
    assert got.figure_ids == [f"A-{doc}-52", f"A-{doc}-262"]
    header = project.figures.read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join(S.RAW_FIGURE_COLUMNS) and "drafted" not in header
    figures = pd.read_csv(project.figures, dtype=str, keep_default_na=False)
    assert figures["claimant"].tolist() == ["tass", "tass"]
    assert validate(project) == []
    # the accepted rows are decided now: a refresh keeps them, figure ids and all
    before = lines(project)
    done = redraft(project, refresh=True)
    assert done.total("decided") == 2 and lines(project) == before


def test_a_document_added_with_a_claimant_keeps_it_when_refreshed(project, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Monthly report\n\nIn October, 9 civilians were killed in Hama.\n", encoding="utf-8")
    (row,) = add_documents([path], "wire-daily", "https://wire.example/r", "2015-11-01", claimant="sohr",
                           paths=project)
    assert "; claimant sohr" in row["notes"] and claimants(project) == ["sohr"]
    before = project.review_queue.read_bytes()
    done = redraft(project, refresh=True)
    assert (done.replaced, done.changed) == ({row["document_id"]: 1}, {row["document_id"]: 0})
    assert project.review_queue.read_bytes() == before


def test_the_refresh_message_tells_kept_changed_same_dropped_and_new_apart():
    """The counts of `draft --refresh` in words: what was kept, how each redrafted row came out, what is new
    (a reviewer read "8 untouched row(s) replaced; ... 8 draft(s) added (1 new or changed)" as unclear)."""
    from crosstally.curate import Redrafted, _count_redrafts

    def row(start, end, claimant=""):
        r = dict.fromkeys(S.QUEUE_COLUMNS, "")
        r.update(start=str(start), end=str(end), claimant=claimant)
        return tuple(r[c] for c in S.QUEUE_COLUMNS)

    gone = [row(0, 2), row(10, 12), row(20, 22), row(30, 32)]
    fresh = [row(0, 2), row(10, 12, "tass"), row(20, 22), row(40, 42)]  # 30-32 no longer drafted; 40-42 new
    done = Redrafted({"d": 4}, {"d": 4}, {"d": 2}, {"d": 1}, {"d": 0}, {"d": 2})
    _count_redrafts(done, "d", gone, fresh)
    assert (done.same, done.redrafted, done.dropped, done.new) == ({"d": 2}, {"d": 1}, {"d": 1}, {"d": 1})
    assert done.refresh_message() == (
        "kept 3 row(s) you decided or edited (2 decided, 1 edited); redrafted 4 undecided row(s) nobody edited "
        "(1 changed, 2 the same, 1 no longer drafted); 1 new draft(s)")


# --------------------------------------------------------------------------- a queue from before fingerprints


def test_refresh_unmarked_redrafts_a_queue_written_before_fingerprints_once(project, tmp_path):
    """`draft --refresh --unmarked`: the one-time migration of a queue written before fingerprints
    whose undecided rows nobody edited: those rows are redrafted and gain their fingerprints; a
    decided row is kept byte for byte; from then on a plain refresh can tell the rows apart."""
    doc = add_text(project, tmp_path)
    rows = [r for r in csv.DictReader(open(project.review_queue, encoding="utf-8"))]
    rows[1]["decision"] = "reject"
    write_rows(project, rows, [c for c in S.QUEUE_COLUMNS if c != "drafted"])
    register_tass(project)
    rc, out, err = run(project.root, "draft", "--refresh", doc)
    assert rc == 0 and "and 3 without a fingerprint" in out and "`--refresh --unmarked` redrafts" in out
    assert claimants(project) == ["", "sohr", "sohr", ""]  # nothing replaced
    rc, out, err = run(project.root, "draft", "--unmarked", doc)
    assert rc == 1 and "--unmarked replaces rows: it goes with --refresh" in err
    rc, out, err = run(project.root, "draft", "--refresh", "--unmarked", doc)
    assert rc == 0, err
    assert ("kept 1 row(s) you decided or edited (1 decided, 0 edited); redrafted 3 undecided row(s) nobody edited "
            "(2 changed, 1 the same); 0 new draft(s)\n") in out
    q, _ = read_queue(project)
    assert q["claimant"].tolist() == ["tass", "sohr", "sohr", "tass"] and q.loc[1, "decision"] == "reject"
    assert q.loc[1, "drafted"] == "" and all(r["drafted"] == fingerprint(r) for r in q.drop(index=1).to_dict("records"))
    assert [row_state(r) for r in q.to_dict("records")] == ["untouched", "decided", "untouched", "untouched"]


ROOT = Path(__file__).resolve().parents[1]
COMMITTED_QUEUES = [p.relative_to(ROOT) for p in [ROOT / "data/raw/review-queue.csv",
                                                  *sorted(ROOT.glob("examples/*/data/raw/review-queue.csv"))]
                    if p.is_file()]


@pytest.mark.parametrize("path", COMMITTED_QUEUES, ids=str)
def test_the_committed_queues_carry_every_undecided_rows_fingerprint(path):
    """A reader's first `crosstally add` rewrote all 88 lines of the committed queue (written before
    the `drafted` column) and `draft --refresh` could never redraft its rows: the committed queues
    carry the column, and every undecided row its fingerprint (a column added to the queue later
    needs the committed queues migrated with it: `crosstally draft --refresh --unmarked`)."""
    assert (ROOT / path).read_text(encoding="utf-8").split("\n", 1)[0] == ",".join(S.QUEUE_COLUMNS)
    q = pd.read_csv(ROOT / path, dtype=str, keep_default_na=False)
    states = [row_state(r) for r in q.to_dict("records")]
    assert len(q) and set(states) <= {"untouched", "decided"}, {s: states.count(s) for s in set(states)}


def test_a_fresh_clones_first_add_changes_only_the_rows_it_adds(project_copy, tmp_path):
    """In a copy of the project: `crosstally add` of an invented text keeps every committed queue
    line byte for byte, in order, and adds its drafts' lines, nothing else."""
    before = lines(project_copy)
    text = tmp_path / "invented.txt"
    text.write_text("Strikes hit Idlib\n\nThe Syrian Observatory said 17 civilians were killed in Idlib on "
                    "4 November 2015.\n\nTass news agency said 6 people were wounded in Hama on Monday.\n",
                    encoding="utf-8")
    rc, out, err = run(project_copy.root, "add", str(text), "--outlet", "sohr", "--url",
                       "https://example.org/invented", "--published", "2015-11-05")
    assert rc == 0, err
    after = lines(project_copy)
    added = [line for line in after if line not in set(before)]
    assert [line for line in after if line in set(before)] == before  # every old line, as it was, in order
    assert len(after) == len(before) + len(added) and len(added) == 2
    assert all(",sohr-2015-11-05," in line for line in added)
    rc, out, err = run(project_copy.root, "draft", "--refresh", "sohr-2015-11-05")
    assert rc == 0 and "redrafted 2 undecided row(s) nobody edited" in out, err
