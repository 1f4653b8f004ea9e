"""`crosstally add` takes a document's title from the document when it has one: an HTML
page's (trafilatura's metadata), a PDF's metadata Title, a text's first line when it is a
headline; `--title` still wins, and the row's notes (and the add message) say where the
title came from. Invented fixtures, made here (the PDFs typeset by the pinned typst)."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import curate
from crosstally.curate import add_documents, read_document, text_headline, usable_title
from test_curate import make_project

BODY = "Relief workers said 40 families fled the village of Amberford on Monday.\n"


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "project")


def _add(project, path, **kw):
    (row,) = add_documents([path], "wire-daily", "https://wire.example/story", "2031-03-14", paths=project,
                           draft=False, **kw)
    return row


def _pdf(tmp_path, name: str, title: str | None) -> "Path":
    import typst

    source = (f'#set document(title: "{title}", date: none)\n' if title is not None else "#set document(date: none)\n")
    source += "#set page(width: 14cm, height: auto, margin: 1cm)\n" + BODY
    typ = tmp_path / f"{name}.typ"
    typ.write_text(source, encoding="utf-8")
    out = tmp_path / f"{name}.pdf"
    out.write_bytes(typst.compile(str(typ)))
    return out


@pytest.mark.parametrize("text, title", [
    ("Floods cut the road to Amberford\n\n" + BODY, "Floods cut the road to Amberford"),
    ("Dozens killed in Amberford?\n\n" + BODY, "Dozens killed in Amberford?"),          # a question is a headline
    ("  Floods cut the road  \n\n\n" + BODY, "Floods cut the road"),                   # spaces and extra blank lines
    ("FOR IMMEDIATE RELEASE\n\nAgency warns of hunger in Amberford\n\n" + BODY,        # a label above it is passed over
     "Agency warns of hunger in Amberford"),
    (BODY + "\nMore text follows here.\n", ""),                     # a sentence with a full stop is no headline
    ("Floods cut the road to Amberford\n" + BODY, ""),              # no blank line after it: the text's first line
    ("Floods cut the road to Amberford\n\n", ""),                   # nothing after it
    ("14 March 2031\n\n" + BODY, ""),                               # a date alone
    ("Updated: Friday, March 14th, 10:42 GMT\n\n" + BODY, ""),      # a dateline alone
    ("AMBERFORD (Wire) -\n\n" + BODY, ""),                          # a lead-in that runs on
    ("Amberford\n\n" + BODY, ""),                                   # one word: a heading, not a headline
    (" ".join(["word"] * 30) + "\n\n" + BODY, ""),                  # too long for a headline
    ("Untitled document\n\n" + BODY, ""),                           # a placeholder
])
def test_a_text_headline_is_its_first_line_when_short_without_full_stop_and_followed_by_a_blank_line(text, title):
    assert text_headline(text) == title


def test_a_first_line_naming_a_source_is_a_masthead_above_the_headline(project, tmp_path):
    text = "Wire Daily\n\nFloods cut the road to Amberford\n\n" + BODY
    assert text_headline(text) == "Wire Daily"  # without the sources, a two-word line reads as a headline
    assert text_headline(text, mastheads=["Wire Daily"]) == "Floods cut the road to Amberford"
    assert text_headline("AFP\n\nFloods cut the road\n\n" + BODY, mastheads=["AFP"]) == "Floods cut the road"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert _add(project, path)["title"] == "Floods cut the road to Amberford"  # sources.csv names Wire Daily


def test_a_markdown_heading_loses_its_marks():
    assert text_headline("# Floods cut the road\n\n" + BODY, markdown=True) == "Floods cut the road"


@pytest.mark.parametrize("title, usable", [
    ("Microsoft Word - flash-update-3.docx", ""), ("untitled", ""), ("report_final.pdf", ""), ("Document1", ""),
    ("  Flash update 3:\n Amberford  ", "Flash update 3: Amberford"), ("2031", ""),
])
def test_placeholder_titles_a_program_wrote_are_no_titles(title, usable):
    assert usable_title(title) == usable


def test_txt_with_a_headline_gets_it_as_title_and_the_notes_say_so(project, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Floods cut the road to Amberford\n\n" + BODY, encoding="utf-8")
    row = _add(project, path)
    assert row["title"] == "Floods cut the road to Amberford"
    assert row["notes"].endswith("title from the text's first line (a headline)")
    docs = pd.read_csv(project.documents, dtype=str, keep_default_na=False)
    assert docs.loc[0, "title"] == "Floods cut the road to Amberford" and docs.loc[0, "notes"] == row["notes"]


def test_txt_without_a_headline_stays_untitled(project, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    row = _add(project, path)
    assert row["title"] == "" and "title" not in row["notes"]


def test_the_title_option_wins_over_the_documents_own(project, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Floods cut the road to Amberford\n\n" + BODY, encoding="utf-8")
    row = _add(project, path, title="  The analyst's   title ")
    assert row["title"] == "The analyst's title" and row["notes"].endswith("title given with --title")


def test_html_title_from_trafilatura_metadata(project, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><head><title>Floods cut the road to Amberford | Wire Daily</title>"
                    "<meta property=\"og:title\" content=\"Floods cut the road to Amberford\"></head><body>"
                    f"<article><p>{BODY}</p><p>Residents waited for the water to fall.</p></article></body></html>",
                    encoding="utf-8")
    row = _add(project, page)
    assert row["title"] == "Floods cut the road to Amberford"
    assert row["notes"].endswith("title from the web page's metadata (trafilatura)")


def test_pdf_title_from_its_metadata_and_a_placeholder_or_none_left_empty(project, tmp_path):
    assert read_document(_pdf(tmp_path, "titled", "Flash update 3: Amberford")).title == "Flash update 3: Amberford"
    got = read_document(_pdf(tmp_path, "titled2", "Flash update 3: Amberford"))
    assert got.title_from == "the PDF's metadata Title"
    assert read_document(_pdf(tmp_path, "word", "Microsoft Word - flash3.docx")).title == ""
    untitled = read_document(_pdf(tmp_path, "none", None))
    assert untitled.title == "" and untitled.title_from == ""
    row = _add(project, _pdf(tmp_path, "titled3", "Flash update 3: Amberford"))
    assert row["notes"].endswith("title from the PDF's metadata Title")


def test_the_add_message_says_where_the_title_came_from_or_how_to_give_one(project, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(curate, "PATHS", project)
    titled, plain = tmp_path / "a.txt", tmp_path / "b.txt"
    titled.write_text("Floods cut the road to Amberford\n\n" + BODY, encoding="utf-8")
    plain.write_text("The council said 12 homes were lost.\n", encoding="utf-8")
    args = ["--outlet", "wire-daily", "--url", "https://wire.example/s", "--published", "2031-03-14", "--no-draft"]
    assert curate.main_add([str(titled), *args]) == 0
    out = capsys.readouterr().out
    assert "title 'Floods cut the road to Amberford' (from the text's first line (a headline))" in out
    assert curate.main_add([str(plain), *args[:3], "https://wire.example/t", *args[4:]]) == 0
    assert "untitled: no title in the file; give one with --title or in data/raw/documents.csv" in capsys.readouterr().out
