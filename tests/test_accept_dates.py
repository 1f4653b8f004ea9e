"""`crosstally accept` of a row whose dates the analyst edited: the accepted figure carries no
stale derived date. An as_of the drafter derived follows the edited period; a date_basis left as
drafted says the dates were set by the analyst (and what the draft had read); every change is
printed as FILE:ROW:COLUMN. Invented text; the project fixture of tests/test_refresh.py."""
from __future__ import annotations

import csv

from crosstally.curate import _settle_dates, accept, derived_as_of, read_queue
from test_curate import queue, set_decisions
from test_refresh import add_text, project, run  # noqa: F401  (project: the fixture)


def figures(paths) -> list[dict]:
    return list(csv.DictReader(open(paths.figures, encoding="utf-8")))


def test_an_edited_period_end_carries_as_of_and_date_basis_with_it(project, tmp_path):  # noqa: F811
    add_text(project, tmp_path)
    q = queue(project)
    drafted = q.loc[0].to_dict()  # 12 killed in Aleppo 'on Monday' (Tass): the Monday before 2015-10-13
    assert (drafted["period_end"], drafted["as_of"], drafted["counting_basis"]) == ("2015-10-12", "2015-10-12",
                                                                                   "incident")
    # the analyst reads the text again: the strikes were on the Sunday; claimant typed in; accepted
    set_decisions(project, {0: "accept"}, claimant={0: "sohr"}, period_start={0: "2015-10-11"},
                  period_end={0: "2015-10-11"})
    rc, out, err = run(project.root, "accept")
    assert rc == 0, err
    (fig,) = figures(project)
    assert (fig["period_start"], fig["period_end"], fig["as_of"]) == ("2015-10-11", "2015-10-11", "2015-10-11")
    assert fig["date_basis"] == ("set by the analyst: period_start 2015-10-12 -> 2015-10-11, period_end 2015-10-12 "
                                 f"-> 2015-10-11 (the draft had read: {drafted['date_basis']})")
    assert err.splitlines() == [
        "note: data/raw/review-queue.csv:2:as_of: 2015-10-12 -> 2015-10-11 in figures.csv, following the dates the "
        "analyst edited",
        f"note: data/raw/review-queue.csv:2:date_basis: in figures.csv \"{fig['date_basis']}\" (the drafted one "
        "explained the dates before the edit)"]
    assert run(project.root, "validate")[0] == 0
    q, _ = read_queue(project)  # the queue keeps what the analyst typed
    assert q.loc[0, ["as_of", "figure_id"]].tolist() == ["2015-10-12", fig["figure_id"]]


def test_an_untouched_or_claimant_only_edit_and_the_analysts_own_as_of_and_basis_are_kept(project, tmp_path):  # noqa: F811
    add_text(project, tmp_path)
    q = queue(project)
    before = q.loc[[0, 1]].to_dict("records")
    # row 0: only the claimant edited; row 1: period, as_of and basis all set by the analyst
    set_decisions(project, {0: "accept", 1: "accept"}, claimant={0: "sohr"}, period_start={1: "2015-10-11"},
                  period_end={1: "2015-10-11"}, as_of={1: "2015-10-13"}, date_basis={1: "stated: read in the video"})
    got = accept(project)
    assert got.notes == []
    a, b = figures(project)
    assert (a["as_of"], a["date_basis"]) == (before[0]["as_of"], before[0]["date_basis"])
    assert (b["period_end"], b["as_of"], b["date_basis"]) == ("2015-10-11", "2015-10-13", "stated: read in the video")


def test_derived_dates_follow_the_drafters_rule():
    row = dict(period_start="2015-10", period_end="2015-10", counting_basis="period_total", statement_date="2015-11-02",
               published="2015-11-02", as_of="2015-11-02", date_precision="month", date_basis="stated: 'October'")
    assert derived_as_of(row) == "2015-11-02"  # a month's total stands as of its statement
    edited = {**row, "period_start": "2015-10-05", "period_end": "2015-10-20", "date_precision": "day"}
    assert _settle_dates(edited, row) == ["as_of", "date_basis"] and edited["as_of"] == "2015-10-20"
    stock = dict(row, period_start="", period_end="", counting_basis="stock_as_of")
    edited = {**stock, "statement_date": "2015-10-30"}  # "said on Friday": a stock as of its statement
    assert _settle_dates(edited, stock) == ["as_of", "date_basis"] and edited["as_of"] == "2015-10-30"
    read = dict(row, counting_basis="cumulative_since", period_start="2015-09-30", period_end="2015-10-20",
                as_of="2015-11-02")  # an as_of the drafter read, not derived: left to the analyst
    edited = {**read, "period_start": "2015-09-01"}
    assert _settle_dates(edited, read) == ["date_basis"] and edited["as_of"] == "2015-11-02"


def test_an_edited_row_whose_draft_cannot_be_made_again_is_flagged_when_its_basis_names_other_dates(
        project, tmp_path):  # noqa: F811
    doc = add_text(project, tmp_path)
    (project.documents_dir / f"{doc}.txt").write_text("", encoding="utf-8")  # (the drafter can no longer read it)
    set_decisions(project, {0: "accept"}, claimant={0: "sohr"}, period_start={0: "2015-10-11"},
                  period_end={0: "2015-10-11"}, as_of={0: "2015-10-11"})
    from crosstally.curate import _settle_accepted

    q, _ = read_queue(project)
    r = q.loc[0].to_dict()
    assert _settle_accepted(project, [dict(r)], [r], [2], None) == []  # its basis names the document's date only
    r["date_basis"] = "inferred: no incident date in the sentence; the incident day of the document, 'on Monday' -> 2015-10-12"
    notes = _settle_accepted(project, [dict(r)], [r], [2], None)
    assert notes == ["data/raw/review-queue.csv:2:date_basis: names 2015-10-12, which none of the row's dates "
                     "holds, and the row was edited after drafting (its draft cannot be made again to see what "
                     "changed): check date_basis and as_of against period_start and period_end"]


def test_an_edited_period_end_that_is_no_date_is_reported_on_period_end_alone(project, tmp_path):  # noqa: F811
    """A reader typed a day the month lacks in period_end only: the error was reported on period_end
    and again on as_of (which accept had derived from it), a column the analyst never touched."""
    add_text(project, tmp_path)
    drafted = queue(project).loc[0].to_dict()
    set_decisions(project, {0: "accept"}, claimant={0: "sohr"}, period_end={0: "2015-10-32"})
    rc, out, err = run(project.root, "accept")
    assert rc == 1
    assert [line for line in err.splitlines() if line.startswith("data/raw/")] == [
        "data/raw/review-queue.csv:2:period_end: not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, and a day the "
        "month has: '2015-10-32'"]
    assert "as_of" not in err and figures(project) == []
    row = {**drafted, "period_end": "2015-10-32"}
    assert _settle_dates(row, drafted) == [] and row["as_of"] == drafted["as_of"]
    # corrected, it is accepted and as_of follows it
    set_decisions(project, {0: "accept"}, period_end={0: "2015-10-11"}, period_start={0: "2015-10-11"})
    rc, out, err = run(project.root, "accept")
    assert rc == 0, err
    assert figures(project)[0]["as_of"] == "2015-10-11"
