"""`crosstally add` on a document already registered by its URL alone: the text attaches
to that row, which keeps its document_id, instead of becoming a duplicate document."""
from __future__ import annotations

import csv
import hashlib

import pytest

from crosstally.curate import CurateError, add_documents
from crosstally.ledger import validate
from crosstally.paths import Paths


def _documents(paths: Paths) -> dict[str, dict]:
    with paths.documents.open(encoding="utf-8", newline="") as fh:
        return {r["document_id"]: r for r in csv.DictReader(fh)}


def _url_only(paths: Paths) -> dict:
    """Register a page by its URL alone, as the reference table's documents were."""
    docs = _documents(paths)
    outlet = next(iter(docs.values()))["outlet"]
    row = {"document_id": "wire-page-2015-10-02", "title": "", "outlet": outlet,
           "url": "https://example.org/2015/10/02/strikes", "published": "2015-10-02", "date_certainty": "inferred",
           "language": "en", "text_file": "", "sha256": "",
           "notes": "No text held; provenance is the URL and outlet (reference table)."}
    header = list(next(iter(docs.values())))
    rows = sorted([*docs.values(), row], key=lambda r: r["document_id"])
    with paths.documents.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    assert validate(paths) == []
    return row


def test_add_attaches_the_text_to_the_row_of_its_url(project_copy, tmp_path):
    row = _url_only(project_copy)
    before = _documents(project_copy)
    f = tmp_path / "excerpt.txt"
    f.write_text("A short excerpt of the page.\n\nSome 45 civilians were killed, the group said.\n", encoding="utf-8")
    rows = add_documents([f], row["outlet"], row["url"], row["published"], row["language"],
                         title="The page's headline", paths=project_copy, draft=False)
    after = _documents(project_copy)
    assert [r["document_id"] for r in rows] == [row["document_id"]]
    assert list(after) == list(before)  # no new document, same order
    got = after[row["document_id"]]
    assert got["text_file"] == f"{row['document_id']}.txt"
    data = (project_copy.documents_dir / got["text_file"]).read_bytes()
    assert got["sha256"] == hashlib.sha256(data).hexdigest()
    assert (got["outlet"], got["url"], got["published"], got["date_certainty"]) == (
        row["outlet"], row["url"], row["published"], row["date_certainty"])
    assert got["title"] == (row["title"] or "The page's headline")
    assert "crosstally add" in got["notes"]
    assert "No text held" not in got["notes"] and "provenance is the URL" not in got["notes"]
    for other in set(before) - {row["document_id"]}:
        assert after[other] == before[other]
    assert validate(project_copy) == []


def test_add_refuses_a_url_whose_row_says_another_date_and_writes_nothing(project_copy, tmp_path):
    row = _url_only(project_copy)
    before = project_copy.documents.read_bytes()
    files = sorted(p.name for p in project_copy.documents_dir.iterdir())
    f = tmp_path / "excerpt.txt"
    f.write_text("An excerpt: 12 hospitals were hit.\n", encoding="utf-8")
    with pytest.raises(CurateError) as exc:
        add_documents([f], row["outlet"], row["url"], "1999-01-01", row["language"], paths=project_copy, draft=False)
    assert row["document_id"] in str(exc.value) and "published" in str(exc.value)
    assert project_copy.documents.read_bytes() == before
    assert sorted(p.name for p in project_copy.documents_dir.iterdir()) == files
