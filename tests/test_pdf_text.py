"""`crosstally add` on a PDF: the text comes out as paragraphs of whole sentences.

pdfium gives a PDF's text line by line as printed. Where a hyphen broke a word at a line
end it writes U+FFFE in its place and joins the two printed lines into one, so one
"line" can run over several printed ones; a line that cannot break (a web address) runs
past the others. The unwrapping measures the page's width robustly (a high percentile of
the printed lines' lengths), joins the lines of a paragraph, drops the hyphens the layout
added and keeps the text's own. Invented fixtures, typeset here by the pinned typst
(justified, hyphenated text)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from crosstally import curate
from crosstally.curate import (HYPHEN_OF_LAYOUT, HYPHEN_OF_TEXT, HYPHEN_UNKNOWN, _unwrap, _vocabulary,
                               add_documents, read_document)
from test_curate import make_project

HEADER = """#set document(title: "Amberford: attack on a cattle market", date: none)
#set page(width: 11cm, height: auto, margin: 1cm)
#set par(justify: true)
#set text(hyphenate: true, lang: "en")
"""

# The sentences the stored text must hold whole (typst breaks them over lines, and
# hyphenates "afterwards" and "authorities'" at line ends; the address cannot break).
SENTENCES = [
    "On the morning of 12 March, armed men attacked the crowded cattle market outside Amberford, "
    "catching the traders and their customers completely off guard.",
    "The attack killed at least 21 civilians, including four children, according to the district "
    "hospital, and witnesses described extraordinarily disorganized emergency responses afterwards.",
    "A well-known local journalist said that the authorities\u2019 countermeasures were incomprehensible.",
    "Witness statements and hospital records, annex: "
    "https://www.example.org/amberford-market-attack/witness-statements_and_hospital-records/annex-2020.pdf",
    "The regional governor said 35 people were wounded.",
]
MARKET = HEADER + """= Amberford: attack on a cattle market

{0} {1} {2}

Witness statements and hospital records, annex: #box(width: 14cm)[https://www.example.org/amberford-market-attack/witness-statements_and_hospital-records/annex-2020.pdf]

{4}
""".format(*SENTENCES)

# Compounds whose own hyphen falls at a line end, next to words the layout hyphenated.
# In COMPOUNDS the layout's hyphen is the font's first use of the glyph (its ToUnicode
# says soft hyphen) and a hyphen of the text carries an ActualText "-"; in COMPOUNDS_FIRST
# a hyphen of the text comes first (the glyph maps to "-") and the layout's carry an empty
# ActualText.
COMPOUNDS = HEADER.replace("11cm", "7cm").replace("margin: 1cm", "margin: 0.5cm") + (
    "Representatives acknowledged the extraordinarily disorganized humanitarian responses, "
    "notwithstanding international commitments. Twenty-one people were caught off-guard by the "
    "well-known self-appointed counter-insurgency anti-government forces of the so-called "
    "state-backed militia.\n")
COMPOUNDS_FIRST = COMPOUNDS.replace("Representatives acknowledged", "A well-known group said: representatives acknowledged")


def _typeset(tmp_path, name: str, source: str):
    import typst

    typ = tmp_path / f"{name}.typ"
    typ.write_text(source, encoding="utf-8")
    out = tmp_path / f"{name}.pdf"
    out.write_bytes(typst.compile(str(typ)))
    return out


def _pdfium_text(path) -> str:
    """What pdfium itself gives: the printed lines, U+FFFE where a hyphen broke a word."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
        return text
    finally:
        pdf.close()


def _broken_words(raw: str) -> list[str]:
    """The words pdfium marks as broken at a line end, whole, with the marker as a hyphen."""
    return [m.group().replace("\ufffe", "-") for m in re.finditer(r"\w+\ufffe\w+", raw)]


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "project")


def test_a_typeset_report_is_stored_as_whole_sentences_and_drafts_its_counts(project, tmp_path):
    pdf = _typeset(tmp_path, "market", MARKET)
    raw = _pdfium_text(pdf)
    # the fixture is what the user met: lines cut mid-sentence, words hyphenated by the layout
    # (pdfium joined those lines: one 'line' runs over two or three printed ones), an address
    # longer than any line
    assert "killed at least 21 civilians, including four children, \r\n" in raw
    assert "after\ufffewards" in raw and "author\ufffeities" in raw
    lines = [len(line) for line in raw.split("\r\n")]
    assert max(lines) > 2 * sorted(lines)[len(lines) // 2]
    (row,) = add_documents([pdf], "wire-daily", "https://wire.example/amberford", "2031-03-14", paths=project)
    text = (project.documents_dir / row["text_file"]).read_text(encoding="utf-8")
    assert "\ufffe" not in text and "\u00ad" not in text
    for sentence in SENTENCES:
        assert sentence in text  # whole, on one line
    assert "afterwards" in text and "authorities\u2019" in text  # the layout's hyphens dropped
    assert text.split("\n\n") == [
        "Amberford: attack on a cattle market", " ".join(SENTENCES[:4]), SENTENCES[4] + "\n"]
    # no character but the line ends and the layout's hyphens changed
    assert re.sub(r"\s|-", "", text) == re.sub(r"\s|-|\ufffe", "", raw)
    queue = pd.read_csv(project.review_queue, dtype=str, keep_default_na=False)
    killed = queue[queue["value_as_reported"] == "at least 21"]
    assert len(killed) == 1
    killed = killed.iloc[0]
    assert killed["metric"] == "killed" and killed["quote"] in SENTENCES[1]
    assert killed["population"] == "civilians" and text[int(killed["start"]):int(killed["end"])] in killed["quote"]
    wounded = queue[queue["value_as_reported"] == "35"].iloc[0]
    assert wounded["metric"] == "injured" and wounded["quote"] in SENTENCES[4]


@pytest.mark.parametrize("source", [COMPOUNDS, COMPOUNDS_FIRST], ids=["soft-hyphen-glyph", "hyphen-glyph"])
def test_hyphens_of_the_text_at_a_line_end_are_kept_and_the_layouts_dropped(tmp_path, source):
    pdf = _typeset(tmp_path, "compounds", source)
    raw = _pdfium_text(pdf)
    broken = _broken_words(raw)
    # pdfium marks both kinds alike: hyphenated words and compounds broken at their hyphen
    compounds = {"state-backed", "so-called", "well-known", "counter-insurgency"} & set(broken)
    assert compounds and len(broken) > len(compounds)
    # what the PDF says each marked hyphen is: its ActualText, else its glyph's own mapping
    # (read on the object alone); a plain "-" is the text's when the PDF marks the layout's
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf.read_bytes())
    page = document[0]
    textpage = page.get_textpage()
    marked, kinds = curate._pdf_hyphens(pdf.read_bytes(), 0, page, textpage)
    textpage.close(), page.close(), document.close()
    assert _broken_words(marked) == broken
    plain = HYPHEN_UNKNOWN if source is COMPOUNDS_FIRST else HYPHEN_OF_TEXT  # a "-" glyph, or an ActualText "-"
    assert kinds == [plain if word in compounds else HYPHEN_OF_LAYOUT for word in broken]
    text = read_document(pdf).text
    assert "\ufffe" not in text
    for word in broken:
        assert (word if word in compounds else word.replace("-", "")) in text
    for word in ("Twenty-one", "off-guard", "well-known", "self-appointed", "counter-insurgency", "anti-government",
                 "so-called", "state-backed", "humanitarian", "notwithstanding", "extraordinarily", "representatives"):
        assert re.search(rf"\b{word}\b", text, re.IGNORECASE), word
    assert "\n" not in text.strip()  # one paragraph


# --------------------------------------------------------------------------- _unwrap


WRAPPED = """Heading of the report
The attack reportedly killed at least 21 people in the market
town of Amberford on Monday, and the district hospital said it
had treated 35 wounded, most of them traders and their customers.
A second paragraph starts here, after a short last line, and runs
on.
"""


def test_the_width_is_robust_to_an_over_long_line():
    long_line = "https://www.example.org/" + "x" * 150
    text = WRAPPED.replace("on.\n", "on. The list of the dead is in the annex at\n" + long_line
                           + "\nfor anyone to read.\nThe governor said so.\n")
    assert _unwrap(text).split("\n\n") == [
        "Heading of the report",
        "The attack reportedly killed at least 21 people in the market town of Amberford on Monday, and the "
        "district hospital said it had treated 35 wounded, most of them traders and their customers.",
        "A second paragraph starts here, after a short last line, and runs on. The list of the dead is in the "
        "annex at " + long_line + " for anyone to read.",
        "The governor said so."]
    # the old rule (the longest line is the width) made every other line "short": nothing joined
    lengths = sorted(len(line) for line in text.split("\n") if line)
    assert all(n < 0.7 * lengths[-1] for n in lengths[:-1])


def test_a_blank_line_and_a_short_last_line_before_a_new_sentence_end_a_paragraph():
    text = "A line that runs the whole width of the page and on\nto here.\n\nNext one.\nMore text after.\n"
    assert _unwrap(text) == "A line that runs the whole width of the page and on to here.\n\nNext one.\n\nMore text after."
    # a short line followed by a lower-case word is cut by a long word after it: joined
    assert _unwrap("Annex: see the file at\nhttps://example.org/" + "y" * 80 + "\nfor the list.\nThat is all.\n") == \
        "Annex: see the file at https://example.org/" + "y" * 80 + " for the list.\n\nThat is all."


def test_pdfium_hyphen_markers_are_dropped_or_kept_as_the_pdf_says():
    text = "the govern\ufffement of the state\ufffebacked militia and the so\ufffecalled council\n"
    assert _unwrap(text, [HYPHEN_OF_LAYOUT, HYPHEN_OF_TEXT, HYPHEN_OF_TEXT]) == \
        "the government of the state-backed militia and the so-called council"
    # unknown (a "-" glyph): kept for two words the document uses, dropped for a word it writes whole
    vocab = _vocabulary("the government said; so it was called off")
    assert _unwrap(text, [], vocab) == "the government of the statebacked militia and the so-called council"
    assert _unwrap(text, [HYPHEN_UNKNOWN] * 3, vocab | {"state-backed"}) == \
        "the government of the state-backed militia and the so-called council"


def test_soft_hyphens_and_line_end_hyphens_before_a_lower_case_word():
    text = ("A soft hy\u00ad\nphen is dropped, a COVID-\n19 case, an address https://x.org/a-\nb and a well-\n"
            "known man (well-known) and a govern-\nment (the government) and an ex\u00adtra one.\n")
    assert _unwrap(text) == ("A soft hyphen is dropped, a COVID-19 case, an address https://x.org/a-b and a well-known "
                             "man (well-known) and a government (the government) and an extra one.")


def test_no_character_but_line_ends_and_hyphen_markers_changes():
    text = ("The attack reportedly killed at least 21 people in the market, the hos\ufffepital said,\n"
            "and 35 were wounded \u2014 \u201cmost of them traders\u201d \u2014 in Amberford.\n\n"
            "Second paragraph: 12% of the stalls burned.\n")
    out = _unwrap(text, [HYPHEN_OF_LAYOUT])
    assert re.sub(r"\s", "", out) == re.sub(r"\s|\ufffe", "", text)
    assert "the hospital said, and 35 were wounded" in out


def test_cli_add_on_the_pdf(project, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(curate, "PATHS", project)
    pdf = _typeset(tmp_path, "market", MARKET)
    rc = curate.main_add([str(pdf), "--outlet", "wire-daily", "--url", "https://wire.example/amberford",
                          "--published", "2031-03-14"])
    assert rc == 0, capsys.readouterr().err
    (stored,) = list(project.documents_dir.glob("*.txt"))
    text = stored.read_text(encoding="utf-8")
    assert SENTENCES[1] in text and "\ufffe" not in text


def test_a_page_break_ends_a_paragraph_unless_the_next_page_goes_on():
    page1 = "A paragraph that runs over the page break and reads as one hu\u00ad"
    page2 = "man sentence, the hospital said.\nTen people were killed in the square of\nthe town.\n"
    page3 = "Page 3\nThe next page starts a new paragraph with a line as long as a full one.\n"
    text = "\n\f\n".join([page1, page2.strip(), page3.strip()])
    assert _unwrap(text).split("\n\n") == [
        "A paragraph that runs over the page break and reads as one human sentence, the hospital said.",
        "Ten people were killed in the square of the town.", "Page 3",
        "The next page starts a new paragraph with a line as long as a full one."]
