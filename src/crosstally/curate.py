"""The curation loop: ``crosstally add``, ``crosstally draft`` and ``crosstally accept``.

1. ``add FILE... --outlet ID --url URL --published DATE``: reads a ``.txt``, ``.html``
   (trafilatura's main text) or ``.pdf`` (pypdfium2), stores the text as UTF-8 under
   ``data/raw/documents/``, registers it in ``documents.csv`` with its sha256, and
   drafts its figures into the review queue. Nothing is fetched from the network.
   A PDF's printed lines are joined into paragraphs (:func:`_unwrap`: the page's width is
   a high percentile of its lines' lengths, so an address that cannot break does not set
   it); a word the layout hyphenated at a line end is joined whole (pdfium's U+FFFE and a
   soft hyphen dropped) and a hyphen of the text ("well-known") is kept, as the PDF says
   (:func:`_pdf_hyphens`); no other character changes.
   The title is ``--title``, else the file's own: an HTML page's (trafilatura's
   metadata), a PDF's metadata Title, a text's first line when it is a headline
   (short, no final full stop, a blank line after it); a placeholder a program wrote
   ("Untitled", "Microsoft Word - report.docx") is none. The row's notes say where
   the title came from.
   A document already registered by its URL alone (same outlet and URL, no text held)
   gets the text: its row keeps its document_id, date and certainty, gains the text
   file, sha256 and, if it had none, the title; a different date or language is refused.
   Refused, with nothing written: a text already held (naming its document), an
   unknown outlet or claimant, an unreadable or empty file, an impossible date.
2. The review queue, ``data/raw/review-queue.csv``: one drafted figure per row in the
   ``figures.csv`` columns, with ``decision`` (empty, ``accept`` or ``reject``),
   ``confidence`` and ``why`` first. The analyst edits it in a spreadsheet: the
   decisions and edits are human input, so the queue lives in ``data/raw``. Drafting
   again (``crosstally draft``, or ``add``) only appends candidates it has not proposed
   before: a row already in the queue (whatever its decision, so a rejected candidate is
   never proposed again) or already a figure in ``figures.csv`` is left alone.
   Each drafted row carries its fingerprint (``drafted``, :func:`fingerprint`), so
   ``crosstally draft --refresh`` can tell the rows nobody touched (no decision, every
   field as drafted) and replace them with the document's new drafts (after the
   analyst added aliases to ``sources.csv`` or ``rules/admin1.csv``); decided rows,
   edited rows and rows without a fingerprint are kept as they are. ``draft --refresh
   --unmarked`` replaces the undecided rows without one too: once, for a queue written before
   fingerprints whose undecided rows nobody edited (they gain their fingerprints).
3. ``accept``: every queue row with ``decision = accept`` and no figure yet is appended
   to ``figures.csv`` with a stable id (``A-<document_id>-<offset>``, or the
   ``figure_id`` the analyst typed), then the raw inputs are validated as ``crosstally
   validate`` does. A row the analyst edited (its fingerprint, ``drafted``, no longer
   matches) whose period or statement date changed gets derived dates that agree: an
   ``as_of`` the drafter derived and the analyst left alone follows the new dates, and a
   ``date_basis`` left alone says "set by the analyst" and what changed (the command prints
   each change). Any error in an accepted row is reported as
   ``data/raw/review-queue.csv:ROW:COLUMN`` and nothing is written; on success the queue
   records each row's figure id, and ``crosstally build`` works at once.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import schema as S
from .dates import parse_partial_date
from .io import atomic_write
from .ledger import LINE, ID, InputError, Paths, _rel, read_inputs, read_raw_csv
from .paths import PATHS

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)


class CurateError(Exception):
    """A refusal: every message says what is wrong and what to do; nothing was written."""

    def __init__(self, messages: list[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))


# --------------------------------------------------------------------------- reading files


@dataclass
class ReadText:
    text: str
    title: str
    how: str  # how the text was obtained, for the document's notes
    title_from: str = ""  # where the title came from, for the notes and the add message ("" when none)


# A title a program wrote in place of one: a word processor's file name ("Microsoft Word -
# report.docx"), a file name, "Untitled". Such a title says nothing about the document.
_PLACEHOLDER_TITLE = re.compile(
    r"(?:untitled(?:\s+document)?|no\s+title|title|document\s*\d*|new\s+document|page\s*\d*|home(?:\s*page)?"
    r"|microsoft\s+\w+\s+-\s+.*|.*\.(?:docx?|pdf|rtf|odt|pages|indd|pptx?|xlsx?|txt|html?|aspx?|php))",
    re.IGNORECASE)

# A line that labels the kind of document, above its headline ("FOR IMMEDIATE RELEASE").
_DOCUMENT_LABEL = re.compile(
    r"(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+(?:release|advisory)|statement"
    r"|breaking(?:\s+news)?|update|live|news|flash\s+update|situation\s+report|press\s+briefing)\W*",
    re.IGNORECASE)

_DATE_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?|updated|published|posted|(?:\d+)(?:st|nd|rd|th)|gmt|utc|[ap]\.?m\.?)\b",
    re.IGNORECASE)

HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS = 150, 25


def usable_title(title: str) -> str:
    """``title`` with its whitespace folded, or "" when it is a placeholder a program wrote
    (:data:`_PLACEHOLDER_TITLE`: "Untitled", "Microsoft Word - report.docx", a file name)."""
    title = " ".join(str(title or "").split())
    return "" if not re.search(r"[^\W\d_]", title) or _PLACEHOLDER_TITLE.fullmatch(title) else title


def _is_headline(line: str) -> bool:
    """A line that reads as a headline: short (at most HEADLINE_MAX_CHARS characters and
    HEADLINE_MAX_WORDS words), two words or more, letters in it, not a date or dateline
    alone, and not ending as a sentence or a lead-in does (full stop, comma, semicolon,
    colon, dash: "BEIRUT (AP) —")."""
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(line) > HEADLINE_MAX_CHARS:
        return False
    if line.endswith((".", ",", ";", ":", "-", "\u2013", "\u2014")) and not line.endswith("..."):
        return False
    return bool(re.search(r"[^\W\d_]", _DATE_WORDS.sub(" ", line)))


def text_headline(text: str, markdown: bool = False, mastheads: Iterable[str] = ()) -> str:
    """The headline a plain text opens with, or "": its first line when that line is a
    headline (:func:`_is_headline`) followed by a blank line and more text. A first line
    that only labels the kind of document ("FOR IMMEDIATE RELEASE", "Press release") or
    only names a source (``mastheads``: the names and aliases of sources.csv, "Al
    Jazeera" above the story) is passed over for the paragraph after it. ``markdown``: a
    heading's "#" marks are not part of it."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip("\n")) if p.strip()]
    names = {" ".join(m.casefold().split()) for m in mastheads if m and m.strip()}
    if paragraphs and "\n" not in paragraphs[0].strip() and (
            _DOCUMENT_LABEL.fullmatch(paragraphs[0].strip())
            or " ".join(re.sub(r"^#+\s*", "", paragraphs[0]).casefold().split()) in names):
        paragraphs = paragraphs[1:]
    if len(paragraphs) < 2 or "\n" in paragraphs[0].strip():  # a headline stands alone, with text after it
        return ""
    line = paragraphs[0].strip()
    if markdown:
        line = re.sub(r"^#{1,6}\s+", "", line).strip()
    return usable_title(line) if _is_headline(line) else ""


def _clean(text: str) -> str:
    """Line ends as \\n, no trailing spaces, no NUL or form feed, one final newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\f", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


# pdfium's text: a hyphen that broke a word at a line end is replaced by U+FFFE and the two
# printed lines are joined into one (its CPDF_TextPage); a glyph without a Unicode mapping
# is U+FFFE too. A soft hyphen (U+00AD) is a hyphen the layout added.
_PDFIUM_HYPHEN = "\ufffe"
_SOFT_HYPHEN = "\u00ad"
_VISIBLE_HYPHENS = ("-", "\u2010", "\u2011")
# What the PDF says a line-end hyphen is: "-" a hyphen of the text (kept), "" one the layout
# added (dropped), "?" a "-" glyph that may be either (judged on the words, _keep_hyphen).
HYPHEN_OF_TEXT, HYPHEN_OF_LAYOUT, HYPHEN_UNKNOWN = "-", "", "?"
# A line shorter than this share of the page's width ends its paragraph (when the next line
# starts a new sentence); the width is this percentile of the printed lines' lengths, so a
# few over-long lines (a URL that cannot break, lines pdfium joined) do not set it.
SHORT_LINE_SHARE, WIDTH_PERCENTILE = 0.7, 0.9
# Between two pages' texts (a line of its own): a paragraph ends there unless the next page
# goes on with a lower-case word (or the rest of a word broken at the line end).
PAGE_BREAK = "\f"
_WORD = re.compile(r"\w+(?:-\w+)*")


def _vocabulary(text: str) -> set[str]:
    """The words of ``text`` (lower case; a compound and its parts), leaving out the pieces of
    a word broken at a line end: the evidence :func:`_keep_hyphen` weighs."""
    text = re.sub(rf"\w*(?:[{_PDFIUM_HYPHEN}{_SOFT_HYPHEN}]|-[ \t]*\n(?:{PAGE_BREAK}\n)?)[ \t]*\w*", " ", text)
    words = set()
    for word in _WORD.findall(text.casefold()):
        words.add(word)
        words.update(word.split("-"))
    return words


def _keep_hyphen(left: str, right: str, vocabulary: set[str]) -> bool:
    """Whether a "-" at a line end between ``left`` (what the line ends with, from its last
    space) and ``right`` (the next line's first word) is the text's own hyphen ("well-known",
    "COVID-19", a web address) rather than one the layout added ("humani-tarian"): kept in
    an address or a path (a "/" or "@" before it), when a part has a digit, when the
    document writes the compound with its hyphen elsewhere, or when both parts are words of
    the document and it never writes them as one word."""
    if "/" in left or "@" in left:
        return True
    left, right = re.search(r"\w*\Z", left).group().casefold(), right.casefold()
    if not left or not right or any(c.isdigit() for c in left + right):
        return True
    if f"{left}-{right}" in vocabulary:
        return True
    if left + right in vocabulary:
        return False
    return left in vocabulary and right in vocabulary


def _unwrap(text: str, hyphens: Iterable[str] = (), vocabulary: set[str] | None = None) -> str:
    """Join the printed lines of each paragraph: PDF text breaks lines at the page's width,
    and a sentence cut by a line break would be cut for the extractor too.

    A blank line ends a paragraph, and so does a line shorter than SHORT_LINE_SHARE of the
    page's width (WIDTH_PERCENTILE of the printed lines' lengths) when the next line starts a
    new sentence (not with a lower-case letter). Lines are joined with one space. A word
    broken at a line end is joined whole: pdfium's marker (U+FFFE, which also joined the two
    lines) and a soft hyphen (U+00AD, dropped wherever it is) are dropped, a "-" after a
    letter followed by a lower-case word or a digit is judged (:func:`_keep_hyphen`).
    ``hyphens``: for each U+FFFE in ``text`` in turn, what the PDF says it stands for
    (HYPHEN_OF_TEXT, HYPHEN_OF_LAYOUT, HYPHEN_UNKNOWN; unknown when not given).
    ``vocabulary``: the document's words (:func:`_vocabulary`), by default the text's. A
    line PAGE_BREAK separates two pages: a paragraph ends there unless the next page goes
    on with a lower-case word. No other character changes."""
    if vocabulary is None:
        vocabulary = _vocabulary(text)
    hyphens = iter(hyphens)
    # printed lines, each with how it ends: None a line break, else a hyphen (see above),
    # and whether a page ends after it
    lines: list[list] = []
    for line in text.split("\n"):
        if line == PAGE_BREAK:
            if lines:
                lines[-1][2] = True
            continue
        pieces = line.split(_PDFIUM_HYPHEN)
        for piece in pieces[:-1]:
            lines.append([piece.strip(), next(hyphens, HYPHEN_UNKNOWN), False])
        lines.append([pieces[-1].strip(), None, False])
    for line, after in zip(lines, lines[1:] + [["", None, False]]):
        if line[1] is not None:
            continue
        if line[0].endswith(_SOFT_HYPHEN) and after[0]:
            line[:2] = [line[0][:-1], HYPHEN_OF_LAYOUT]
        elif re.search(r"[^\W\d_]-\Z", line[0]) and (after[0][:1].islower() or after[0][:1].isdigit()):
            line[:2] = [line[0][:-1], HYPHEN_UNKNOWN]
    for line in lines:
        line[0] = line[0].replace(_SOFT_HYPHEN, "")
    lengths = sorted(len(line) + (end is not None) for line, end, _ in lines if line)
    width = lengths[max(0, math.ceil(WIDTH_PERCENTILE * len(lengths)) - 1)] if lengths else 0
    paragraphs, current, glue = [], "", ""
    for (line, end, page_ends), (after, _, _) in zip(lines, lines[1:] + [["", None, False]]):
        if not line and end is None:
            if current:
                paragraphs.append(current)
            current, glue = "", ""
            continue
        current = current + glue + line if current else line
        if end is not None:
            left = re.search(r"\S*\Z", current).group()
            right = re.match(r"\w*", after).group()
            keep = end == HYPHEN_OF_TEXT or (end == HYPHEN_UNKNOWN and _keep_hyphen(left, right, vocabulary))
            current += "-" if keep else ""
            glue = ""
            continue
        glue = " "
        short = page_ends or len(line) < SHORT_LINE_SHARE * width
        if after and short and not after[:1].islower():
            paragraphs.append(current)
            current, glue = "", ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def read_document(path: Path, mastheads: Iterable[str] = ()) -> ReadText:
    """The text of a .txt, .html or .pdf file; CurateError when unreadable or empty.
    ``mastheads``: source names a text's first line may be, above its headline."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES:
        raise CurateError(f"{path}: cannot read {suffix or 'a file without a suffix'}; "
                          f"give a text ({', '.join(TEXT_SUFFIXES)}), web page ({', '.join(HTML_SUFFIXES)}) or PDF file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CurateError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise CurateError(f"{path}: the file is empty")
    title, how, title_from = "", "", ""
    if suffix in TEXT_SUFFIXES:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CurateError(f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                              "save it as UTF-8") from exc
        how = "text file"
    elif suffix in HTML_SUFFIXES:
        text, title = _html_text(path, data)
        how, title_from = "main text of the web page, by trafilatura", "the web page's metadata (trafilatura)"
    else:
        text, title = _pdf_text(path, data)
        how, title_from = "text of the PDF, by pypdfium2", "the PDF's metadata Title"
    text = _clean(text)
    if not text.strip():
        raise CurateError(f"{path}: no text found in it" + (" (a scanned PDF needs OCR first)" if suffix == ".pdf" else ""))
    title = usable_title(title)
    if suffix in TEXT_SUFFIXES:
        title = text_headline(text, markdown=suffix == ".md", mastheads=mastheads)
        title_from = "the text's first line (a headline)"
    return ReadText(text, title, how, title_from if title else "")


def _html_text(path: Path, data: bytes) -> tuple[str, str]:
    """The page's main text and title, by trafilatura (which reads the page's declared
    character set from the bytes)."""
    import trafilatura

    if b"<" not in data:
        raise CurateError(f"{path}: not an HTML page")
    try:
        text = trafilatura.extract(data, include_comments=False, include_tables=True, favor_recall=True,
                                   deduplicate=False, with_metadata=False)
        meta = trafilatura.extract_metadata(data)
    except Exception as exc:  # lxml and trafilatura raise many kinds of errors on broken pages
        raise CurateError(f"{path}: cannot read the web page: {exc}") from exc
    if not text:
        raise CurateError(f"{path}: no main text found in the web page")
    text = re.sub(r"\n+", "\n\n", text.strip())  # trafilatura: one line per paragraph
    return text, (meta.title or "") if meta is not None else ""


def _pdf_text(path: Path, data: bytes) -> tuple[str, str]:
    """The PDF's text, its lines joined into paragraphs (:func:`_unwrap`; a page's last
    line ends a paragraph unless the next page goes on with a lower-case word), and its
    metadata Title. A hyphen pdfium marks as breaking a word at a line end is dropped
    when the PDF says the layout added it and kept when the PDF says it is the text's
    (:func:`_pdf_hyphens`); when one of the document's hyphens says so, the producer tells
    the two apart, and a plain "-" is the text's. A glyph without a Unicode mapping, which
    pdfium also writes as U+FFFE, is the replacement character U+FFFD."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:  # pdfium.PdfiumError, and others on broken files
        raise CurateError(f"{path}: cannot read the PDF: {exc}") from exc
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(_pdf_hyphens(data, i, page, textpage))
            textpage.close()
            page.close()
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    finally:
        pdf.close()
    if any(HYPHEN_OF_LAYOUT in hyphens for _, hyphens in pages):
        pages = [(text, [HYPHEN_OF_TEXT if h == HYPHEN_UNKNOWN else h for h in hyphens]) for text, hyphens in pages]
    pages = [(_clean(text), hyphens) for text, hyphens in pages if text.strip()]
    text = f"\n{PAGE_BREAK}\n".join(text.strip("\n") for text, _ in pages)
    return _unwrap(text, [h for _, hyphens in pages for h in hyphens]), title


def _pdf_hyphens(data: bytes, index: int, page, textpage) -> tuple[str, list[str]]:
    """The page's text as pdfium gives it, with U+FFFE left only where pdfium marks a hyphen
    that broke a word at a line end, and what each of those stands for (:func:`_hyphen_shown`,
    from the object's ActualText, else from its glyph's own mapping: the font's ToUnicode).
    A glyph without a Unicode mapping, the other U+FFFE pdfium writes, becomes U+FFFD."""
    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range()
    if _PDFIUM_HYPHEN not in text:
        return text, []
    # the text starts at the first char pdfium writes (get_text_range skips those it does not)
    base = next((t for t in (pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage.raw, c)
                             for c in range(textpage.count_chars())) if t >= 0), 0)
    out, hyphens, start, probe = [], [], 0, None
    try:
        for pos in [m.start() for m in re.finditer(_PDFIUM_HYPHEN, text)]:
            out.append(text[start:pos])
            start = pos + 1
            char = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, base + pos)
            if char < 0 or not pdfium_c.FPDFText_IsHyphen(textpage.raw, char):
                out.append("\ufffd")
                continue
            out.append(_PDFIUM_HYPHEN)
            obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, char)
            shown = _actual_text(obj)
            if shown is not None:
                hyphens.append(_hyphen_shown(shown, actual=True))
                continue
            if probe is None:
                probe = _GlyphProbe(data, index, page)
            hyphens.append(_hyphen_shown(probe.text_of(obj) or "", actual=False))
    finally:
        if probe is not None:
            probe.close()
    out.append(text[start:])
    return "".join(out), hyphens


def _hyphen_shown(shown: str, actual: bool) -> str:
    """What a line-end hyphen is, from the text of its object (``actual``: its ActualText, else
    its glyphs' own mapping, read alone), whose last character it is: a soft hyphen, or no
    text at all in an ActualText, is the layout's; an ActualText hyphen is the text's; a
    "-" glyph is unknown (many PDFs set the layout's hyphens with it too)."""
    shown = shown.rstrip()
    if shown.endswith(_SOFT_HYPHEN) or (actual and not shown):
        return HYPHEN_OF_LAYOUT
    if actual and shown.endswith(_VISIBLE_HYPHENS):
        return HYPHEN_OF_TEXT
    return HYPHEN_UNKNOWN


def _actual_text(obj) -> str | None:
    """The ActualText a page object's marked content gives it (the innermost), or None."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    if not obj:
        return None
    found = None
    for k in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, k)
        size = ctypes.c_ulong()
        if not mark or not pdfium_c.FPDFPageObjMark_GetParamStringValue(
                mark, b"ActualText", None, 0, ctypes.byref(size)):
            continue
        buf = ctypes.create_string_buffer(size.value)
        pdfium_c.FPDFPageObjMark_GetParamStringValue(
            mark, b"ActualText", ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size.value, ctypes.byref(size))
        found = buf.raw[:size.value].decode("utf-16-le", errors="replace").rstrip("\x00")
    return found


class _GlyphProbe:
    """The text of one of a page's text objects as its font maps it, read alone: pdfium reports
    a hyphen it joined at a line end as U+FFFE whatever its glyph maps to, so the object is
    read again on a copy of the page that holds it alone (nothing else at a line end)."""

    def __init__(self, data: bytes, index: int, page):
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        self._c = pdfium_c
        self._order = {self._address(pdfium_c.FPDFPage_GetObject(page.raw, j)): j
                       for j in range(pdfium_c.FPDFPage_CountObjects(page.raw))}
        self._pdf = pdfium.PdfDocument(data)
        self._page = self._pdf[index]
        count = pdfium_c.FPDFPage_CountObjects(self._page.raw)
        self._objects = [pdfium_c.FPDFPage_GetObject(self._page.raw, j) for j in range(count)]
        for obj in self._objects:
            pdfium_c.FPDFPage_RemoveObject(self._page.raw, obj)

    @staticmethod
    def _address(obj) -> int | None:
        import ctypes

        return ctypes.cast(obj, ctypes.c_void_p).value

    def text_of(self, obj) -> str | None:
        """The object's text, or None when it is not one of the page's own (inside a form)."""
        j = self._order.get(self._address(obj))
        if j is None or j >= len(self._objects):
            return None
        alone = self._objects[j]
        self._c.FPDFPage_InsertObject(self._page.raw, alone)
        try:
            textpage = self._page.get_textpage()
            try:
                return textpage.get_text_range()
            finally:
                textpage.close()
        finally:
            self._c.FPDFPage_RemoveObject(self._page.raw, alone)

    def close(self) -> None:
        for obj in self._objects:
            self._c.FPDFPageObj_Destroy(obj)
        self._page.close()
        self._pdf.close()


# --------------------------------------------------------------------------- CSV writing


def _csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _raw_records(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def _write_text_atomic(path: Path, text: str) -> None:
    with atomic_write(path, "wb") as fh:
        fh.write(text.encode("utf-8"))


# --------------------------------------------------------------------------- add


def _load_or_refuse(paths: Paths, *which: str) -> dict[str, pd.DataFrame]:
    tables = {"sources": (paths.sources, S.SOURCE_COLUMNS), "documents": (paths.documents, S.DOCUMENT_COLUMNS),
              "figures": (paths.figures, S.RAW_FIGURE_COLUMNS), "admin1": (paths.admin1, S.ADMIN1_COLUMNS)}
    out, errors = {}, []
    for name in which:
        df, e = read_raw_csv(*tables[name], paths)
        out[name] = df
        errors += e
    if errors:
        raise CurateError([str(e) for e in sorted(set(errors))])
    return out


def _source_hint(paths: Paths, sid: str, what: str) -> str:
    return (f"unknown {what} {sid!r}: register it first by adding a row to {_rel(paths.sources, paths)} "
            f"({','.join(S.SOURCE_COLUMNS)}), e.g. {sid},Its full name (ABBR),media,false,,,ABBR")


def _source_names(sources: pd.DataFrame) -> set[str]:
    """Every name a source goes by: its name, the abbreviation in brackets in it, its aliases."""
    names = set()
    for name, aliases in zip(sources["name"], sources["aliases"]):
        names.add(name)
        names.update(re.findall(r"\(([^()]+)\)", name))
        names.update(a for a in str(aliases or "").split(";") if a.strip())
    return names


def _title_and_source(given: str, got: ReadText) -> tuple[str, str]:
    """The document's title and the note saying where it came from: ``--title`` when
    given, else the file's own (``got.title``: the page's metadata, the PDF's Title, a
    text's headline); ("", "") when there is none."""
    given = " ".join(str(given or "").split())
    if given:
        return given, "title given with --title"
    return (got.title, f"title from {got.title_from}") if got.title else ("", "")


def _url_key(url: str) -> str:
    """A page address for comparison: scheme, "www.", a trailing slash and a #fragment aside."""
    u = str(url or "").strip().split("#")[0]
    u = re.sub(r"^[a-z]+://(?:www\.)?", "", u, flags=re.IGNORECASE)
    host, _, rest = u.partition("/")
    return f"{host.lower()}/{rest}".rstrip("/")


def add_documents(files: list[Path | str], outlet: str, url: str, published: str, language: str = "en",
                  title: str = "", claimant: str = "", paths: Paths = PATHS, draft: bool = True,
                  same_url: bool = False) -> list[dict]:
    """Register ``files`` as documents (see the module docstring); return their documents.csv rows.

    A page already held (a document with a text at the same address) is refused, naming it, unless
    ``same_url`` says the file is another version or part of that page.

    Every check is made before anything is written; then the texts are written, then
    ``documents.csv`` in one atomic rename. With ``draft``, their figures are drafted
    into the review queue.
    """
    tables = _load_or_refuse(paths, "sources", "documents")
    sources, documents = tables["sources"], tables["documents"]
    problems = []
    source_ids = set(sources["source_id"])
    if outlet not in source_ids:
        problems.append(_source_hint(paths, outlet, "outlet"))
    if claimant and claimant not in source_ids:
        problems.append(_source_hint(paths, claimant, "claimant"))
    try:
        parse_partial_date(published)
    except ValueError as exc:
        problems.append(f"--published: {exc}")
    if not re.match(r"^https?://", url or ""):
        problems.append(f"--url {url!r}: must start with http:// or https:// (where the document was published)")
    if language not in S.LANGUAGES:
        problems.append(f"--language {language!r}: expected one of {', '.join(S.LANGUAGES)}")
    if not files:
        problems.append("no file given")

    held = {}  # sha256 -> document id; normalised text -> document id
    for r in documents.to_dict("records"):
        if r["sha256"]:
            held[r["sha256"]] = r["document_id"]
        if r["text_file"] and Path(r["text_file"]).name == r["text_file"]:
            p = paths.documents_dir / r["text_file"]
            if p.is_file():
                try:
                    held[" ".join(p.read_bytes().decode("utf-8").split())] = r["document_id"]
                except UnicodeDecodeError:
                    pass
    taken_ids = set(documents["document_id"])
    taken_files = set(documents["text_file"]) | ({p.name for p in paths.documents_dir.iterdir()}
                                                 if paths.documents_dir.is_dir() else set())
    # A document already registered by its URL alone (no text held): its text attaches to
    # that row, which keeps its document_id (figures point at it) instead of a duplicate.
    waiting = {(r["outlet"], r["url"]): r for r in documents.to_dict("records") if not r["text_file"]}
    # A page whose text is already held: a second text of it is most often the same report again (saved as
    # a web page and as a PDF, or re-downloaded), which would count each figure twice
    held_pages = {} if same_url else {_url_key(r["url"]): r for r in documents.to_dict("records") if r["text_file"]}
    attached: dict[str, dict] = {}  # document_id -> its updated row
    new_rows, texts = [], {}
    base_id = re.sub(r"[^a-z0-9._-]+", "-", f"{outlet}-{published}".lower()).strip("-")
    for f in files:
        try:
            got = read_document(Path(f), mastheads=_source_names(sources))
        except CurateError as exc:
            problems += exc.messages
            continue
        data = got.text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        same = held.get(digest) or held.get(" ".join(got.text.split()))
        if same:
            problems.append(f"{f}: its text is already held as document {same!r} "
                            f"({_rel(paths.documents, paths)}); a second copy is not added")
            continue
        page = held_pages.get(_url_key(url))
        if page is not None:
            problems.append(f"{f}: {url} is already held as document {page['document_id']!r} (published "
                            f"{page['published']}, text {_rel(paths.documents_dir, paths)}/{page['text_file']}) in "
                            f"{_rel(paths.documents, paths)}; a second text of one page would count its figures twice. "
                            f"If this file is another version or another part of that page, add it with --same-url")
            continue
        row = waiting.pop((outlet, url), None)
        if row is not None:
            clash = [f"{c} {row[c]!r} (given {v!r})" for c, v in (("published", published), ("language", language))
                     if row[c] != v]
            name = f"{row['document_id']}.txt"
            if name in taken_files:
                clash.append(f"a file {name} already exists in {_rel(paths.documents_dir, paths)}/")
            if clash:
                problems.append(f"{f}: {url} is document {row['document_id']!r} in {_rel(paths.documents, paths)}, "
                                f"which differs: {'; '.join(clash)}; correct the row or the options")
                continue
            taken_files.add(name)
            held[digest] = held[" ".join(got.text.split())] = row["document_id"]
            texts[row["document_id"]] = data
            kept = re.sub(r"No text held[^.]*\.?\s*", "", row["notes"]).strip()  # the sentence is no longer true
            new_title, title_note = _title_and_source(title, got) if not row["title"] else (row["title"], "")
            attached[row["document_id"]] = {
                **{c: row[c] for c in S.DOCUMENT_COLUMNS},
                "title": new_title,
                "text_file": name, "sha256": digest,
                "notes": "; ".join(x for x in (kept.rstrip(";"), f"text added by crosstally add from {Path(f).name} "
                                                                   f"({got.how})", title_note) if x),
            }
            continue
        doc_id, n = base_id, 1
        while doc_id in taken_ids or f"{doc_id}.txt" in taken_files:
            n += 1
            doc_id = f"{base_id}-{n}"
        if not re.match(ID, doc_id):
            problems.append(f"{f}: cannot make a document id from outlet and date ({doc_id!r})")
            continue
        taken_ids.add(doc_id)
        taken_files.add(f"{doc_id}.txt")
        held[digest] = held[" ".join(got.text.split())] = doc_id
        texts[doc_id] = data
        new_title, title_note = _title_and_source(title, got)
        new_rows.append({
            "document_id": doc_id, "title": new_title, "outlet": outlet, "url": url,
            "published": published, "date_certainty": "stated" if len(published) == 10 else "uncertain",
            "language": language,
            "text_file": f"{doc_id}.txt", "sha256": digest,
            "notes": f"added by crosstally add from {Path(f).name} ({got.how})"
                     + (f"; claimant {claimant}" if claimant else "") + (f"; {title_note}" if title_note else ""),
        })
    if problems:
        raise CurateError(problems)

    # Write: the texts first (new files, each atomic), then documents.csv in one rename.
    records = _raw_records(paths.documents)
    header, body = records[0], records[1:]
    body = [[attached[b[0]][c] for c in S.DOCUMENT_COLUMNS] if b[0] in attached else b for b in body]
    new_records = [[r[c] for c in S.DOCUMENT_COLUMNS] for r in new_rows]
    ids = [b[0] for b in body]
    if ids == sorted(ids):
        body = sorted(body + new_records, key=lambda b: b[0])
    else:
        body = body + new_records
    written = []
    try:
        for doc_id, data in texts.items():
            target = paths.documents_dir / f"{doc_id}.txt"
            with atomic_write(target, "wb") as fh:
                fh.write(data)
            written.append(target)
        _write_text_atomic(paths.documents, _csv_text([header, *body]))
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise
    rows = sorted([*new_rows, *attached.values()], key=lambda r: r["document_id"])
    if draft:
        draft_queue(paths, [r["document_id"] for r in rows],
                    default_claimants={r["document_id"]: claimant for r in rows if claimant})
    return rows


# --------------------------------------------------------------------------- the queue


def read_queue(paths: Paths = PATHS) -> tuple[pd.DataFrame, list[InputError]]:
    """The review queue (empty when there is none yet) and its problems as FILE:ROW:COLUMN."""
    if not paths.review_queue.exists():
        return pd.DataFrame({c: pd.Series(dtype="str") for c in (*S.QUEUE_COLUMNS, LINE)}), []
    df, errors = read_raw_csv(paths.review_queue, S.QUEUE_COLUMNS, paths)
    if errors:
        return df, errors
    name = _rel(paths.review_queue, paths)
    for r in df.to_dict("records"):
        if r["decision"].strip().lower() not in S.DECISIONS:
            errors.append(InputError(name, r[LINE], "decision",
                                     f"decision must be empty, accept or reject, not {r['decision']!r}"))
        for col in ("start", "end"):
            if not r[col].isdigit():
                errors.append(InputError(
                    name, r[LINE], col,
                    f"{col} must be a character offset (digits), not {r[col]!r}: where the number "
                    f"{'begins' if col == 'start' else 'ends'} in the held text of document {r['document_id']!r} (data/raw/documents/) "
                    "(a row added by hand for a number the drafts missed: in Python, "
                    "text.index(words) for start, start + len(value_as_reported) for end)"))
    return df, errors


def fingerprint(row) -> str:
    """A queue row's fingerprint, as ``drafted`` holds it: the first 16 hex digits of the
    sha256 of the UTF-8 JSON array of its :data:`schema.FINGERPRINT_COLUMNS` (every queue
    field but ``decision`` and ``drafted``, in column order, as text), written
    ``json.dumps(fields, ensure_ascii=False, separators=(",", ":"))``. Any change to any of
    those fields changes it."""
    fields = [str(row[c]) for c in S.FINGERPRINT_COLUMNS]
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def row_state(row) -> str:
    """What ``draft --refresh`` does with a queue row: ``decided`` (a decision: kept),
    ``unmarked`` (no fingerprint: typed by hand, or written before fingerprints; kept),
    ``edited`` (a field differs from what was drafted, or a stray ``decision``; kept), or
    ``untouched`` (no decision, every field as drafted: replaced)."""
    if str(row["decision"]).strip():
        return "decided"
    if not str(row["drafted"]).strip():
        return "unmarked"
    if row["decision"] != "" or row["drafted"] != fingerprint(row):
        return "edited"
    return "untouched"


def _queue_text(df: pd.DataFrame) -> str:
    df = df.assign(_d=df["document_id"], _s=pd.to_numeric(df["start"], errors="coerce").fillna(-1),
                   _e=pd.to_numeric(df["end"], errors="coerce").fillna(-1))
    df = df.sort_values(["_d", "_s", "_e"], kind="stable")
    return _csv_text([list(S.QUEUE_COLUMNS), *df[list(S.QUEUE_COLUMNS)].astype(str).values.tolist()])


def _figure_spans(figures: pd.DataFrame, doc_id: str, text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each figures.csv row of ``doc_id`` whose quote is in the text:
    the number inside its quote where it can be found, else the whole quote."""
    from .extract import _loose_pattern

    out = []
    for r in figures.loc[figures["document_id"] == doc_id].to_dict("records"):
        if not r["quote"].strip():
            continue
        q = _loose_pattern(r["quote"]).search(text)
        if q is None:
            continue
        v = _loose_pattern(r["value_as_reported"]).search(text, q.start(), q.end()) if r["value_as_reported"].strip() else None
        try:
            value = float(r["value"]) if r["value"] else float("nan")
        except ValueError:
            value = float("nan")
        out.append((v.start(), v.end(), None) if v else (q.start(), q.end(), value))
    return out


def new_drafts(drafts: pd.DataFrame, queue: pd.DataFrame, figures: pd.DataFrame, text: str) -> pd.DataFrame:
    """The drafts of one document that are neither in the queue (any decision) nor figures already.

    A draft is in the queue when a row of the same document overlaps its offsets; it is
    a figure when a figures.csv row of the document quotes the words it was read from.
    """
    if drafts.empty:
        return drafts
    doc_id = drafts["document_id"].iloc[0]
    q = queue.loc[queue["document_id"] == doc_id]
    taken = [(int(s), int(e), None) for s, e in zip(q["start"], q["end"]) if s.isdigit() and e.isdigit()]
    taken += _figure_spans(figures, doc_id, text)
    keep = []
    for r in drafts.itertuples(index=False):
        s, e = int(r.start), int(r.end)
        value = float(r.value) if r.value else float("nan")
        hit = any(s < te and e > ts and (tv is None or tv != tv or tv == value) for ts, te, tv in taken)
        keep.append(not hit)
    return drafts.loc[keep]


def _case_start(paths: Paths) -> str | None:
    """The first day of the case's default period, for the drafts' context rule: the period
    ``params/default.yaml`` sets, else the case's (``crosstally.yaml``, where ``crosstally
    init`` puts it), as ``crosstally run`` gives the default set."""
    from .case import CaseError, load_config
    from .draft import case_start

    start = case_start(paths)
    if start:
        return start
    try:
        return load_config(paths.root).period_start or None
    except CaseError as err:
        raise CurateError([str(err)]) from None


@dataclass
class Redrafted:
    """What a ``draft`` run did, per document drafted: ``added`` drafts written to the queue;
    with ``--refresh`` also the untouched rows ``replaced``, the rows kept because
    ``decided``, ``edited`` or ``unmarked`` (no fingerprint), and how many of the drafts
    added differ from every row they replaced (``changed``: new or redrafted differently).
    Each replaced row is one of ``same`` (drafted again exactly as it was), ``redrafted``
    (a draft at its offsets now reads differently) or ``dropped`` (no draft at its offsets
    any more); ``new`` counts the drafts added at offsets no replaced row had."""

    added: dict[str, int]
    replaced: dict[str, int]
    decided: dict[str, int]
    edited: dict[str, int]
    unmarked: dict[str, int]
    changed: dict[str, int]
    same: dict[str, int] = field(default_factory=dict)
    redrafted: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    new: dict[str, int] = field(default_factory=dict)

    def total(self, what: str) -> int:
        return sum(getattr(self, what).values())

    def refresh_message(self) -> str:
        """What ``draft --refresh`` did, in words: the rows kept (decided, edited, without a
        fingerprint), the undecided rows nobody edited that were redrafted (changed, the same,
        no longer drafted) and the drafts that are new."""
        decided, edited, unmarked = self.total("decided"), self.total("edited"), self.total("unmarked")
        kept = f"kept {decided + edited} row(s) you decided or edited ({decided} decided, {edited} edited)"
        if unmarked:
            kept += f" and {unmarked} without a fingerprint (typed by hand, or drafted before fingerprints)"
        dropped = self.total("dropped")
        return (f"{kept}; redrafted {self.total('replaced')} undecided row(s) nobody edited "
                f"({self.total('redrafted')} changed, {self.total('same')} the same"
                + (f", {dropped} no longer drafted" if dropped else "") + f"); {self.total('new')} new draft(s)"
                + ("; `--refresh --unmarked` redrafts the undecided rows without a fingerprint too, once, if nobody "
                   "edited them" if unmarked else ""))


# "; claimant phr" in a documents.csv row's notes: `crosstally add --claimant phr` wrote it
_NOTED_CLAIMANT = re.compile(r"(?:^|;\s*)claimant ([A-Za-z0-9._-]+)\s*(?:;|$)")


def _noted_claimant(notes: str, source_ids: set[str]) -> str | None:
    """The ``--claimant`` a document was added with, as its notes record it (None if none)."""
    m = _NOTED_CLAIMANT.search(str(notes or ""))
    return m.group(1) if m and m.group(1) in source_ids else None


def redraft(paths: Paths = PATHS, document_ids: list[str] | None = None,
            default_claimants: dict[str, str] | None = None, profile_id: str | None = None,
            refresh: bool = False, unmarked: bool = False) -> Redrafted:
    """Draft the figures of held documents (all, or ``document_ids``) into the review queue.

    Without ``refresh``, rows already in the queue are kept byte for byte and only new
    candidates are appended. With ``refresh``, the queue rows of those documents that
    nobody touched (:func:`row_state`) are taken out first, so the new drafts take their
    place; decided, edited and unmarked rows are kept byte for byte, and a draft that
    overlaps one (or a figure of figures.csv) is not added. Every added row carries its
    fingerprint. The queue stays sorted by document and offset (a fresh draft goes where
    its number is in the text), and is written atomically, only when a row changed.
    CurateError (FILE:ROW:COLUMN), with nothing written, on any input it cannot use.
    A document added with ``--claimant`` (its notes say so) is drafted with that claimant
    unless ``default_claimants`` gives one.

    ``unmarked`` (with ``refresh``; ``draft --refresh --unmarked``): the undecided rows without a
    fingerprint are replaced too, as untouched. It is the one-time migration of a queue written
    before fingerprints existed, whose undecided rows its keeper knows nobody edited: they are
    redrafted and gain their fingerprints, so later refreshes can tell. Decided rows and edited
    rows (a fingerprint that no longer matches) are still kept.
    """
    from .draft import draft_document

    if unmarked and not refresh:
        raise CurateError("--unmarked replaces rows: it goes with --refresh")

    tables = _load_or_refuse(paths, "sources", "documents", "figures", "admin1")
    queue, errors = read_queue(paths)
    if errors:
        raise CurateError([str(e) for e in errors])
    docs = tables["documents"]
    docs = docs.loc[docs["text_file"] != ""]
    if document_ids is not None:
        unknown = sorted(set(document_ids) - set(docs["document_id"]))
        if unknown:
            raise CurateError([f"document {d!r} has no held text in {_rel(paths.documents, paths)}" for d in unknown])
        docs = docs.loc[docs["document_id"].isin(document_ids)]
    texts = held_texts(paths, docs)
    start = _case_start(paths)
    source_ids = set(tables["sources"]["source_id"])
    body = queue.drop(columns=[LINE])
    states = pd.Series([row_state(r) for r in body.to_dict("records")], index=body.index, dtype="str") \
        if refresh and len(body) else pd.Series(dtype="str")
    if unmarked:
        states = states.replace("unmarked", "untouched")
    kept = pd.Series(True, index=body.index)
    done = Redrafted({}, {}, {}, {}, {}, {})
    added = []
    for r in docs.to_dict("records"):
        doc_id, text = r["document_id"], texts[r["document_id"]]
        claimant = (default_claimants or {}).get(doc_id) or _noted_claimant(r["notes"], source_ids)
        drafts = draft_document(text, r, tables["sources"], tables["admin1"], case_start=start,
                                default_claimant=claimant or None, profile_id=profile_id)
        drafts["drafted"] = [fingerprint(d) for d in drafts.to_dict("records")] if len(drafts) else []
        gone = []
        if refresh:
            mine = states.loc[(body["document_id"] == doc_id).to_numpy()] if len(body) else states
            for what in ("decided", "edited", "unmarked"):
                getattr(done, what)[doc_id] = int((mine == what).sum())
            out = mine.index[mine == "untouched"]
            kept.loc[out] = False
            done.replaced[doc_id] = len(out)
            gone = [tuple(x) for x in body.loc[out, list(_COMPARED)].astype(str).values.tolist()]
        fresh = new_drafts(drafts, body.loc[kept], tables["figures"], text)
        done.added[doc_id] = len(fresh)
        before = set(gone)
        fresh_rows = [tuple(x) for x in fresh[list(_COMPARED)].astype(str).values.tolist()]
        done.changed[doc_id] = sum(x not in before for x in fresh_rows)
        if refresh:
            _count_redrafts(done, doc_id, gone, fresh_rows)
        added.append(fresh)
    if done.total("added") or done.total("replaced"):
        text = _queue_text(pd.concat([body.loc[kept], *added], ignore_index=True))
        old = paths.review_queue.read_bytes() if paths.review_queue.exists() else None
        if old != text.encode("utf-8"):
            _write_text_atomic(paths.review_queue, text)
    return done


# A replaced row and a fresh draft are the same when these fields are: all but the fingerprint (a
# row queued before fingerprints, drafted again as it was, only gains its own).
_COMPARED = tuple(c for c in S.QUEUE_COLUMNS if c != "drafted")


def _count_redrafts(done: Redrafted, doc_id: str, gone: list[tuple], fresh: list[tuple]) -> None:
    """Sort the replaced rows ``gone`` of a document into same, redrafted and dropped, and count
    the ``fresh`` drafts at offsets none of them had as new (rows as tuples of :data:`_COMPARED`)."""
    at = (_COMPARED.index("start"), _COMPARED.index("end"))

    def overlap(a: tuple, b: tuple) -> bool:
        return int(a[at[0]]) < int(b[at[1]]) and int(b[at[0]]) < int(a[at[1]])

    fresh_set, gone_set = set(fresh), set(gone)
    differ = [f for f in fresh if f not in gone_set]
    same = sum(g in fresh_set for g in gone)
    redrafted = sum(g not in fresh_set and any(overlap(g, f) for f in differ) for g in gone)
    done.same[doc_id], done.redrafted[doc_id] = same, redrafted
    done.dropped[doc_id] = len(gone) - same - redrafted
    done.new[doc_id] = sum(not any(overlap(f, g) for g in gone) for f in differ)


def draft_queue(paths: Paths = PATHS, document_ids: list[str] | None = None,
                default_claimants: dict[str, str] | None = None, profile_id: str | None = None,
                refresh: bool = False) -> dict[str, int]:
    """Draft the figures of held documents (all, or ``document_ids``) into the review queue
    (:func:`redraft`); returns {document_id: number of drafts added}.

    Without ``refresh`` rows already in the queue are kept byte for byte and only new
    candidates are appended; with it, the untouched rows of those documents are replaced.
    """
    return redraft(paths, document_ids, default_claimants, profile_id, refresh).added


def held_texts(paths: Paths, documents: pd.DataFrame) -> dict[str, str]:
    """The held texts of ``documents`` rows; CurateError (FILE:ROW:COLUMN) for any it cannot use."""
    from .ledger import read_held_texts

    texts, errors = read_held_texts(documents, paths)
    if errors:
        raise CurateError([str(e) for e in sorted(errors)])
    return texts


# --------------------------------------------------------------------------- accept


class _Staged(Paths):
    """The project's paths, with figures.csv replaced by a staged copy."""

    def __init__(self, root: Path, figures: Path):
        super().__init__(root)
        self._figures = figures

    @property
    def figures(self) -> Path:
        return self._figures


def figure_id_for(row: dict) -> str:
    return f"A-{row['document_id']}-{row['start']}"


@dataclass
class Accepted:
    figure_ids: list[str]
    already: int  # accepted rows whose figure was appended before
    # what accept made consistent or could not check, as FILE:ROW:COLUMN: message lines (_settle_dates), and
    # the accepted-before rows edited in the queue since (not applied)
    notes: list[str] = field(default_factory=list)
    edited_after: int = 0  # accepted-before rows that differ from their figure in figures.csv


# The date fields an analyst may edit in a queue row; as_of and date_basis are derived from them.
_ANALYST_DATES = ("period_start", "period_end", "date_precision", "as_of", "counting_basis", "statement_date")


_DATE_FIELDS = ("period_start", "period_end", "as_of", "statement_date")


def _a_date(text) -> bool:
    try:
        parse_partial_date(str(text))
    except ValueError:
        return False
    return True


def derived_as_of(row: dict) -> str:
    """The day a figure stands as of, as the drafter derives it from the row's other dates: the
    period's end for a count over a window or an incident (when that end is a day), else the day
    of the statement (the document's date when none)."""
    end = str(row["period_end"])
    if row["counting_basis"] != "stock_as_of" and len(end) == 10:
        return end
    return str(row["statement_date"]) or str(row["published"])


def _settle_dates(row: dict, drafted: dict) -> list[str]:
    """Make an accepted row's derived dates agree with the dates the analyst edited (``drafted``:
    the row as the drafter wrote it, which its fingerprint proves). An ``as_of`` the drafter
    derived (:func:`derived_as_of`) and the analyst left alone follows the edited period or
    statement date; a ``date_basis`` left alone says the dates were set by the analyst, what
    changed, and what the draft had read. Returns the columns changed (none when no date
    field was edited, or when an edited date is not a date: ``as_of`` then keeps its drafted value, so
    the error is reported on the column the analyst edited only, not on the ``as_of`` derived from it)."""
    edited = [c for c in _ANALYST_DATES if str(row[c]) != str(drafted[c])]
    if not edited or any(not _a_date(row[c]) for c in edited if c in _DATE_FIELDS and str(row[c])):
        return []  # an edited date that is no date: validation names it, and nothing derived repeats it
    changed = []
    if "as_of" not in edited and drafted["as_of"] == derived_as_of(drafted) and row["as_of"] != derived_as_of(row):
        row["as_of"] = derived_as_of(row)
        changed.append("as_of")
    if row["date_basis"] == drafted["date_basis"]:
        what = ", ".join(f"{c} {drafted[c] or '(empty)'} -> {row[c] or '(empty)'}" for c in edited)
        row["date_basis"] = (f"set by the analyst: {what}" + (f" (the draft had read: {drafted['date_basis']})"
                                                              if drafted["date_basis"] else ""))
        changed.append("date_basis")
    return changed


_ISO_DAY = re.compile(r"(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])")


def _dates_unexplained(row: dict) -> list[str]:
    """The dates ``date_basis`` names that none of the row's date fields holds (a basis that
    explains dates the row no longer has)."""
    held = {str(row[c]) for c in (*_ANALYST_DATES, "published")} - {""}
    return [d for d in dict.fromkeys(_ISO_DAY.findall(str(row["date_basis"])))
            if d not in held and not any(h.startswith(d) or d.startswith(h) for h in held)]


def _drafted_rows(paths: Paths, document_ids: set[str], profile_id: str | None) -> dict[str, dict]:
    """The rows the drafter writes for these documents now, by fingerprint (``drafted``): an edited
    queue row whose fingerprint is among them shows what the analyst changed. Empty for a
    document the drafter cannot read (the validation that follows reports it)."""
    from .draft import draft_document

    try:
        tables = _load_or_refuse(paths, "sources", "documents", "admin1")
        docs = tables["documents"]
        docs = docs.loc[docs["document_id"].isin(document_ids) & (docs["text_file"] != "")]
        texts = held_texts(paths, docs)
        start = _case_start(paths)
    except CurateError:
        return {}
    source_ids = set(tables["sources"]["source_id"])
    out = {}
    for r in docs.to_dict("records"):
        drafts = draft_document(texts[r["document_id"]], r, tables["sources"], tables["admin1"], case_start=start,
                                default_claimant=_noted_claimant(r["notes"], source_ids), profile_id=profile_id)
        out.update((fingerprint(d), d) for d in drafts.to_dict("records"))
    return out


def _settle_accepted(paths: Paths, new: list[dict], queued: list[dict], lines: list[int],
                     profile_id: str | None) -> list[str]:
    """:func:`_settle_dates` for the accepted rows the analyst edited; the notes saying what changed,
    and which edited rows could not be checked (their draft cannot be made again) and name dates
    their basis does not hold, as FILE:ROW:COLUMN: message lines."""
    edited = [(row, line) for row, q, line in zip(new, queued, lines)  # (q: as queued, before its figure id)
              if str(q["drafted"]).strip() and q["drafted"] != fingerprint(q)]
    if not edited:
        return []
    drafted = _drafted_rows(paths, {row["document_id"] for row, _ in edited}, profile_id)
    qname, notes = _rel(paths.review_queue, paths), []
    for row, line in edited:
        was = drafted.get(row["drafted"])
        if was is None:
            odd = _dates_unexplained(row)
            if odd:
                notes.append(f"{qname}:{line}:date_basis: names {', '.join(odd)}, which none of the row's dates "
                             f"holds, and the row was edited after drafting (its draft cannot be made again to see "
                             f"what changed): check date_basis and as_of against period_start and period_end")
            continue
        old = {c: row[c] for c in ("as_of", "date_basis")}
        for c in _settle_dates(row, was):
            notes.append(f"{qname}:{line}:as_of: {old[c]} -> {row[c]} in figures.csv, following the dates the analyst "
                         f"edited" if c == "as_of" else f"{qname}:{line}:date_basis: in figures.csv \"{row[c]}\" (the "
                         f"drafted one explained the dates before the edit)")
    return notes


def accept(paths: Paths = PATHS, profile_id: str | None = None) -> Accepted:
    """Append the queue's accepted rows to figures.csv and validate (see the module docstring).

    Raises CurateError with FILE:ROW:COLUMN messages, writing nothing, when the queue or
    the raw inputs have problems or any accepted row is invalid.
    """
    queue, errors = read_queue(paths)
    if any(e.column not in ("decision", "start", "end") for e in errors):
        raise CurateError([str(e) for e in errors])  # a queue that cannot be read row by row
    tables = _load_or_refuse(paths, "figures")
    figures = tables["figures"]
    by_id = {r["figure_id"]: r for r in figures.to_dict("records")}
    qname = _rel(paths.review_queue, paths)
    # Rows whose decision is not a known word ("yes", "ok") are checked as if accepted too, so that one
    # run names every problem of the rows meant to be accepted; nothing is written while any is left.
    unknown = {e.row for e in errors if e.column == "decision"}
    chosen = queue.loc[(queue["decision"].str.strip().str.lower() == "accept") | queue[LINE].isin(unknown)]
    new, queued, lines, already, problems, stale = [], [], [], 0, [], []
    fname = _rel(paths.figures, paths)
    used = set(by_id)
    for r in chosen.to_dict("records"):
        fid = r["figure_id"].strip()
        if fid and fid in by_id:
            old = by_id[fid]
            if old["document_id"] == r["document_id"] and old["quote"] == r["quote"]:
                already += 1
                # (not as_of and date_basis, which accept settles in figures.csv from the dates the analyst edited,
                # while the queue keeps what was typed)
                changed = [c for c in S.RAW_FIGURE_COLUMNS if c not in ("figure_id", "as_of", "date_basis") and c in r
                           and str(r[c]).strip() != str(old[c]).strip()]
                if changed:  # an edit made in the queue after the figure was accepted: said, never applied
                    stale.append(f"{qname}:{r[LINE]}:{changed[0]}: figure {fid} was accepted before, and the queue "
                                 f"row differs from it in {', '.join(changed)} ("
                                 + "; ".join(f"{c} {r[c]!r} here, {old[c]!r} in {fname}" for c in changed[:3])
                                 + ("; ..." if len(changed) > 3 else "")
                                 + f"): accept does not change a figure already in the ledger; to change it, edit "
                                   f"{fname} (row {old[LINE]}); else put the queue's values back")
                continue
            problems.append(InputError(qname, r[LINE], "figure_id",
                                       f"figure id {fid!r} is already another figure in {_rel(paths.figures, paths)}"))
            continue
        if not fid:
            fid, n = figure_id_for(r), 1
            while fid in used:
                n += 1
                fid = f"{figure_id_for(r)}-{n}"
        if fid in used:
            problems.append(InputError(qname, r[LINE], "figure_id", f"figure id {fid!r} is given to two queue rows"))
            continue
        used.add(fid)
        row = {c: str(r[c]).strip() if c in ("decision",) else str(r[c]) for c in S.QUEUE_COLUMNS}
        row["figure_id"] = fid
        new.append(row)
        queued.append(r)
        lines.append(r[LINE])
    if problems:
        raise CurateError(_queue_first(errors, problems))
    if not new:
        if errors:
            raise CurateError([str(e) for e in errors])
        return Accepted([], already, stale, len(stale))
    notes = stale + _settle_accepted(paths, new, queued, lines, profile_id)

    # Stage figures.csv with the new rows appended, beside the real one, and validate it.
    old_bytes = paths.figures.read_bytes()
    sep = b"" if old_bytes.endswith(b"\n") or not old_bytes else b"\n"
    staged_bytes = old_bytes + sep + _csv_text([[row[c] for c in S.RAW_FIGURE_COLUMNS] for row in new]).encode("utf-8")
    first_new_line = len(figures) + 2  # header is line 1; rows are one line each unless quoted breaks
    fd, tmp = tempfile.mkstemp(prefix=".figures.csv.", suffix=".staged", dir=paths.figures.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(staged_bytes)
        staged = _Staged(paths.root, Path(tmp))
        raw = read_inputs(staged, profile_id)
        if raw.errors or errors:
            raise CurateError(_queue_first(errors, _point_into_queue(raw.errors, staged, paths, raw, lines,
                                                                     first_new_line)))
        # Record the figure ids in the queue first: if figures.csv then failed to be
        # replaced, the next accept appends those rows under the same ids.
        q = queue.drop(columns=[LINE]).copy()
        for row, line in zip(new, lines):  # (the queue keeps what the analyst typed)
            q.loc[queue[LINE] == line, "figure_id"] = row["figure_id"]
        _write_text_atomic(paths.review_queue, _queue_text(q))
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, paths.figures)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return Accepted([row["figure_id"] for row in new], already, notes, len(stale))


def _queue_first(queue_errors: list, others: list) -> list[str]:
    """The queue's own problems as read (row by row), then the others found with its rows, sorted."""
    return [str(e) for e in queue_errors] + [str(e) for e in sorted(set(others) - set(queue_errors))]


def _umask() -> int:
    from .io import _UMASK

    return _UMASK


def _point_into_queue(errors, staged: Paths, paths: Paths, raw, lines: list[int], first_new_line: int) -> list[InputError]:
    """Errors in the staged figures.csv's new rows, as rows of the queue; others as they are."""
    staged_name = _rel(staged.figures, paths)
    fig_lines = list(raw.figures[LINE]) if len(raw.figures) else []
    new_lines = fig_lines[-len(lines):] if len(fig_lines) >= len(lines) else []
    to_queue = dict(zip(new_lines, lines))
    qname, fname = _rel(paths.review_queue, paths), _rel(paths.figures, paths)
    out = []
    for e in errors:
        if e.file == staged_name:
            if e.row in to_queue:
                out.append(InputError(qname, to_queue[e.row], e.column, e.message))
            else:
                out.append(InputError(fname, e.row, e.column, e.message))
        else:
            out.append(e)
    return sorted(set(out))


# --------------------------------------------------------------------------- commands


def main_add(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="crosstally add", description=(
        "Register documents (.txt, .html, .pdf) and draft their figures into data/raw/review-queue.csv. "
        "Nothing is fetched from the network; nothing is written when any check fails."))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--outlet", required=True, help="source id (sources.csv) of who published it")
    p.add_argument("--url", required=True, help="where it was published")
    p.add_argument("--published", required=True, help="date it appeared: YYYY-MM-DD (or YYYY-MM, YYYY)")
    p.add_argument("--language", default="en", help="language code (default: en)")
    p.add_argument("--title", default="", help="title (default: the file's own: an HTML page's title, a PDF's "
                   "metadata Title, a text's first line when it is a headline; the notes say which)")
    p.add_argument("--claimant", default="", help="source id whose claims the document carries "
                   "when a sentence names nobody (default: the outlet, unless it is media)")
    p.add_argument("--no-draft", action="store_true", help="register only; draft later with `crosstally draft`")
    p.add_argument("--same-url", action="store_true", help="add the file although a document with a text is "
                   "already held from the same address (another version or another part of that page)")
    args = p.parse_args(argv)
    try:
        rows = add_documents(args.files, args.outlet, args.url, args.published, args.language, args.title,
                             args.claimant, paths=PATHS, draft=False, same_url=args.same_url)
        counts = {} if args.no_draft else draft_queue(
            PATHS, [r["document_id"] for r in rows],
            default_claimants={r["document_id"]: args.claimant for r in rows if args.claimant})
    except CurateError as exc:
        for m in exc.messages:
            print(m, file=sys.stderr)
        print("crosstally add: refused; nothing written", file=sys.stderr)
        return 1
    for r in rows:
        note = opening_date_note((PATHS.documents_dir / r["text_file"]).read_text(encoding="utf-8"), r["published"])
        if note:
            print(f"note: {r['document_id']}: {note.replace('DOCUMENT_ID', r['document_id'])}", file=sys.stderr)
        print(f"crosstally add: {r['document_id']} -> {_rel(PATHS.documents_dir / r['text_file'], PATHS)}"
              + f"; {_title_message(r)}"
              + (f"; {counts.get(r['document_id'], 0)} draft(s) in {_rel(PATHS.review_queue, PATHS)}" if counts else ""))
    if counts:
        ids = " ".join(r["document_id"] for r in rows)
        print(f"next: `crosstally gaps {ids}` lists the claimants and places its drafts name that sources.csv and "
              f"rules/admin1.csv lack; add them, then `crosstally draft --refresh {ids}`")
    return 0


_OPENING_DATE = re.compile(
    r"(?<![\w-])(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+)\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))(?![\w-])")


def opening_date_note(text: str, published: str, within: int = 600) -> str | None:
    """A note when the first full date in the text's opening (its first ``within`` characters: the
    dateline, the date line under a headline) is after ``published``, or before it by more than three
    days and less than 90 (a page's own date, most likely, where --published was mistyped; not the
    long-past event an anniversary piece opens with); None otherwise, or when ``published`` is not a day."""
    from .draft_dates import _month_of

    if len(published) != 10:
        return None
    try:
        pub = date.fromisoformat(published)
    except ValueError:
        return None
    for m in _OPENING_DATE.finditer(text[:within]):
        if m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        else:
            mo = _month_of(m.group("m1") or m.group("m2"))
            if mo is None:
                continue
            y, d = int(m.group("y1") or m.group("y2")), int(m.group("d1") or m.group("d2"))
        try:
            found = date(y, mo, d)
        except ValueError:
            continue
        days = (pub - found).days
        if days < 0 or 3 < days < 90:
            when = f"{-days} day(s) after" if days < 0 else f"{days} days before"
            return (f"the text opens with the date {found.isoformat()} ({' '.join(m.group().split())!r}), {when} "
                    f"--published {published}: if that is the page's own date, correct `published` in "
                    f"documents.csv and run `crosstally draft --refresh DOCUMENT_ID` (every inferred date of its "
                    f"drafts counts from it)")
        return None
    return None


def remove_document(document_id: str, paths: Paths = PATHS, drop_decisions: bool = False) -> dict:
    """Take a document out of the case: its ``documents.csv`` row, its held text and its review-queue
    rows. Refused, with nothing written, when the id is unknown, when a figure of ``figures.csv``
    cites it (a figure must trace to its document: remove or re-point those first), and, unless
    ``drop_decisions``, when queue rows of it carry a decision or an edit (the analyst's work).
    Returns what was removed: ``{"text_file", "queue_rows", "decided"}``."""
    tables = _load_or_refuse(paths, "documents", "figures")
    documents, figures = tables["documents"], tables["figures"]
    queue, errors = read_queue(paths)
    if errors:
        raise CurateError([str(e) for e in errors])
    row = documents.loc[documents["document_id"] == document_id]
    if row.empty:
        raise CurateError([f"{document_id!r}: no such document in {_rel(paths.documents, paths)}"])
    cited = figures.loc[figures["document_id"] == document_id]
    if len(cited):
        ids = ", ".join(cited["figure_id"].head(10)) + (", ..." if len(cited) > 10 else "")
        raise CurateError([f"{_rel(paths.figures, paths)}: {len(cited)} figure(s) cite document {document_id!r} "
                           f"({ids}): a figure must trace to its document; remove those rows or point them at "
                           f"another document first"])
    mine = queue.loc[queue["document_id"] == document_id]
    worked = [r for r in mine.to_dict("records") if row_state(r) in ("decided", "edited", "unmarked")]
    if worked and not drop_decisions:
        lines = ", ".join(str(r[LINE]) for r in worked[:10]) + (", ..." if len(worked) > 10 else "")
        raise CurateError([f"{_rel(paths.review_queue, paths)}: {len(worked)} row(s) of document {document_id!r} "
                           f"carry a decision, an edit or were typed by hand (lines {lines}); give "
                           f"--drop-decisions to remove them too"])
    text_file = row.iloc[0]["text_file"]
    records = _raw_records(paths.documents)
    body = [b for b in records[1:] if b and b[0] != document_id]
    q = queue.loc[queue["document_id"] != document_id].drop(columns=[LINE])
    if len(mine):  # (the queue first: a document left without queue rows is harmless, rows without it are not)
        _write_text_atomic(paths.review_queue, _queue_text(q))
    _write_text_atomic(paths.documents, _csv_text([records[0], *body]))
    if text_file and Path(text_file).name == text_file:
        (paths.documents_dir / text_file).unlink(missing_ok=True)
    return {"text_file": text_file, "queue_rows": len(mine), "decided": len(worked)}


def main_remove(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="crosstally remove", description=(
        "Take a document out of the case: its documents.csv row, its held text and its review-queue rows. "
        "Refused, writing nothing, while a figure in figures.csv cites it, or (without --drop-decisions) "
        "while queue rows of it carry a decision or an edit. To correct a document's date or title instead, "
        "edit its documents.csv row and run `crosstally draft --refresh DOCUMENT_ID`."))
    p.add_argument("document_id", metavar="DOCUMENT_ID")
    p.add_argument("--drop-decisions", action="store_true",
                   help="also remove queue rows of the document that carry a decision or an edit")
    args = p.parse_args(argv)
    try:
        got = remove_document(args.document_id, PATHS, args.drop_decisions)
    except CurateError as exc:
        for m in exc.messages:
            print(m, file=sys.stderr)
        print("crosstally remove: refused; nothing written", file=sys.stderr)
        return 1
    print(f"crosstally remove: {args.document_id}: its {_rel(PATHS.documents, PATHS)} row"
          + (f", {_rel(PATHS.documents_dir / got['text_file'], PATHS)}" if got["text_file"] else "")
          + f" and {got['queue_rows']} review-queue row(s)"
          + (f" ({got['decided']} with a decision or an edit)" if got["decided"] else "") + " removed")
    return 0


def _title_message(row: dict) -> str:
    """What the add message says of a document's title: the title and where it came from
    (as its notes record it), or that it has none and how to give one."""
    if not row["title"]:
        return f"untitled: no title in the file; give one with --title or in {_rel(PATHS.documents, PATHS)}"
    source = re.search(r"title (?:from [^;]*|given with --title)", row["notes"])
    return (f"title {row['title']!r} "
            f"({source.group().removeprefix('title ') if source else 'kept from ' + _rel(PATHS.documents, PATHS)})")


def main_draft(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="crosstally draft", description=(
        "Draft the figures of held documents into data/raw/review-queue.csv; rows already there "
        "(and their decisions) are kept, figures already in figures.csv are not proposed. With --refresh, "
        "the documents' rows nobody touched are replaced by new drafts."))
    p.add_argument("documents", nargs="*", metavar="DOCUMENT_ID", help="default: every held document")
    p.add_argument("--refresh", action="store_true", help=(
        "replace the rows of these documents that nobody touched (no decision, every field as drafted) "
        "with new drafts, e.g. after adding aliases to sources.csv or rules/admin1.csv; rows decided, "
        "edited or without a fingerprint (`drafted`) are kept"))
    p.add_argument("--unmarked", action="store_true", help=(
        "with --refresh, also replace the undecided rows without a fingerprint: once, for a queue written "
        "before fingerprints existed whose undecided rows nobody edited (they gain their fingerprints)"))
    p.add_argument("--profile", help="bound profile id")
    args = p.parse_args(argv)
    name = "crosstally draft" + (" --refresh" if args.refresh else "") + (" --unmarked" if args.unmarked else "")
    try:
        done = redraft(PATHS, args.documents or None, profile_id=args.profile, refresh=args.refresh,
                       unmarked=args.unmarked)
    except CurateError as exc:
        for m in exc.messages:
            print(m, file=sys.stderr)
        print(f"{name}: refused; nothing written", file=sys.stderr)
        return 1
    where = _rel(PATHS.review_queue, PATHS)
    if not args.refresh:
        print(f"{name}: {done.total('added')} new draft(s) from {len(done.added)} document(s) in {where}")
        return 0
    print(f"{name}: {len(done.added)} document(s) in {where}: {done.refresh_message()}")
    return 0


def main_accept(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="crosstally accept", description=(
        "Append the review queue's rows with decision=accept to data/raw/figures.csv, then validate; "
        "nothing is written if any accepted row is invalid."))
    p.add_argument("--profile", help="bound profile id")
    args = p.parse_args(argv)
    try:
        got = accept(PATHS, args.profile)
    except CurateError as exc:
        for m in exc.messages:
            print(m, file=sys.stderr)
        print(f"crosstally accept: {len(exc.messages)} error(s); nothing written", file=sys.stderr)
        return 1
    for note in got.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"crosstally accept: {len(got.figure_ids)} figure(s) appended to {_rel(PATHS.figures, PATHS)}"
          + (f" ({', '.join(got.figure_ids)})" if got.figure_ids else "")
          + (f"; {got.already} accepted before" if got.already else "")
          + (f" ({got.edited_after} of them edited in the queue since: not applied, see the notes above)"
             if got.edited_after else "")
          + ("; `crosstally build` makes the ledger" if got.figure_ids else ""))
    return 0


# --------------------------------------------------------------------------- the review, for notebook 05

# queue_status: undecided, not drafted (not "status": the queue carries the figures' own status column)
# (not the fingerprint, ``drafted``: the queue's own bookkeeping)
REVIEW_COLUMNS = ("queue_status", "title", *(c for c in S.QUEUE_COLUMNS if c != "drafted"))


@dataclass
class Review:
    """What notebook 05 shows. ``problems`` (FILE:ROW:COLUMN) non-empty means the raw
    files could not be used: every frame is then empty and nothing should be written."""

    problems: list[str]
    pending: pd.DataFrame   # REVIEW_COLUMNS: undecided queue rows and candidates not drafted yet
    summary: pd.DataFrame   # per document: drafts by decision, and candidates not drafted yet
    checks: dict[str, pd.DataFrame]  # extract.review_queue's matched, stale_quotes, missed

    def by_document(self):
        """(document_id, title, rows) for each document with rows pending, in id order."""
        for doc_id, rows in self.pending.groupby("document_id", sort=True):
            yield doc_id, rows["title"].iloc[0], rows.reset_index(drop=True)

    def by_document_view(self, columns: list[str] | None = None, full=None):
        """Every document's pending rows under a heading, as one displayable object
        (``crosstally.display.Sections``): the notebook's last value. By default the
        reading view (``display.review_view``: decision, value and the quote's words
        around it, what, who, where, when, why), each document folded under its heading
        (which counts its rows by status; a click opens it), with one line above saying
        how many of the queue's columns it shows and that all of them are in ``full``
        (its CSV); ``columns`` shows those of the queue's own columns instead, one table
        under each heading."""
        from .display import VIEWS, _where, place_names, review_view, sections

        def heading(doc_id, title, rows) -> str:
            counts = rows["queue_status"].value_counts() if "queue_status" in rows else pd.Series(dtype=int)
            by_status = ", ".join(f"{counts[s]} {s}" for s in ("undecided", "not drafted") if s in counts)
            return (f"{doc_id}: {title or '(no title)'} ({len(rows)} pending"
                    + (f": {by_status})" if by_status else ")"))

        groups = [(heading(doc_id, title, rows), rows) for doc_id, title, rows in self.by_document()]
        empty = "No draft waits for a decision."
        if columns is not None:
            return sections(groups, columns=columns, empty=empty)
        shown = VIEWS["review-queue"]
        codes = self.pending["admin1"].fillna("").astype(str).str.strip() if "admin1" in self.pending else []
        places = place_names() if any(c != "" for c in codes) else {}  # read once, not per document
        note = (f"{len(groups)} documents, {len(self.pending)} rows: click a document to open its drafts. "
                f"{len(shown)} reading columns shown of the {len(self.pending.columns)} in the queue, the quote's "
                f"words around each number; every column, in full, in "
                f"{_where(full) if full is not None else 'review_queue.csv'}.")
        return sections(((heading, review_view(rows, places=places)) for heading, rows in groups),
                        empty=empty, note=note, view="review-queue", collapsed=True)

    def check_view(self, name: str):
        """One of the checks against the ledger (``stale_quotes``, ``matched``, ``missed``)
        as the project shows tables (``crosstally.display.show``); a sentence when it has
        no row, or when the raw files were refused and nothing was checked."""
        from .display import Note, quote_around, show

        if self.problems or name not in self.checks:
            return Note("Not checked: the raw files were refused above." if self.problems
                        else f"Not checked ({name}).")
        table = self.checks[name]
        if table.empty:
            return Note(CHECK_NONE.get(name, "None."))
        table = table.loc[:, [c for c in CHECK_COLUMNS.get(name, table.columns) if c in table.columns]]
        if {"quote", "value_as_reported"} <= set(table.columns):  # the words around the number
            table = table.assign(quote=[quote_around(q, v) for q, v in
                                        zip(table["quote"], table["value_as_reported"])])
        return show(table)


CHECK_NONE = {
    "stale_quotes": "None: every ledger quote is found in its document's text.",
    "matched": "None: the extractor found no ledger figure again.",
    "missed": "None: the extractor found every ledger figure in a held document.",
}
"""What notebook 05 says when a check has no row."""

CHECK_COLUMNS = {
    "matched": ("figure_id", "document_id", "span", "ledger_metric", "metric", "qualifier", "low", "high"),
}
"""The columns a check's view shows (the others: all of them)."""


def _empty_review(problems: list[str]) -> Review:
    empty = pd.DataFrame({c: pd.Series(dtype="str") for c in REVIEW_COLUMNS})
    return Review(problems, empty, pd.DataFrame(), {})


def review(paths: Paths = PATHS, profile_id: str | None = None, with_checks: bool = True) -> Review:
    """The review queue as an analyst reads it, refusing (``problems``) raw files it cannot use.

    ``pending`` holds the queue's undecided rows (queue_status ``undecided``) and the
    candidates in held documents that are neither in the queue nor in figures.csv
    (queue_status ``not drafted``: ``crosstally draft`` adds them), sorted by document and
    offset. Nothing is written here; the notebook writes ``pending`` to
    ``data/processed/review_queue.csv``.
    """
    from .draft import draft_document
    from .extract import review_queue
    from .ledger import ValidationFailed, load_ledger

    tables, errors = {}, []
    for name, (path, cols) in {"sources": (paths.sources, S.SOURCE_COLUMNS),
                               "documents": (paths.documents, S.DOCUMENT_COLUMNS),
                               "figures": (paths.figures, S.RAW_FIGURE_COLUMNS),
                               "admin1": (paths.admin1, S.ADMIN1_COLUMNS)}.items():
        tables[name], e = read_raw_csv(path, cols, paths)
        errors += e
    queue, e = read_queue(paths)
    errors += e
    if errors:
        return _empty_review([str(x) for x in sorted(set(errors))])
    try:
        texts = held_texts(paths, tables["documents"])
    except CurateError as exc:
        return _empty_review(exc.messages)
    docs = tables["documents"].set_index("document_id")
    start = _case_start(paths)
    undrafted = []
    for doc_id in sorted(texts):
        row = {"document_id": doc_id, **docs.loc[doc_id].to_dict()}
        drafts = draft_document(texts[doc_id], row, tables["sources"], tables["admin1"], case_start=start,
                                profile_id=profile_id)
        undrafted.append(new_drafts(drafts, queue, tables["figures"], texts[doc_id]).assign(queue_status="not drafted"))
    q = queue.drop(columns=[LINE])
    undecided = q.loc[q["decision"].str.strip() == ""].assign(queue_status="undecided")
    pending = pd.concat([undecided, *undrafted], ignore_index=True)
    pending["title"] = pending["document_id"].map(docs["title"]).fillna("")
    pending = pending.assign(_s=pd.to_numeric(pending["start"])).sort_values(
        ["document_id", "_s", "queue_status"], kind="stable", ignore_index=True)[list(REVIEW_COLUMNS)]
    decided = q["decision"].str.strip().str.lower().replace("", "undecided")
    summary = (pd.crosstab(q["document_id"], decided) if len(q) else pd.DataFrame())
    summary = summary.reindex(columns=["accept", "reject", "undecided"], fill_value=0)
    not_drafted = pending.loc[pending["queue_status"] == "not drafted"].groupby("document_id").size()
    summary = summary.reindex(sorted(set(summary.index) | set(not_drafted.index)), fill_value=0)
    summary["not drafted"] = not_drafted.reindex(summary.index, fill_value=0)
    summary.insert(0, "title", summary.index.map(docs["title"]))
    summary.index.name = "document_id"
    summary.columns.name = None
    checks = {}
    if with_checks:
        try:
            checks = review_queue(load_ledger(profile_id, paths), tables["documents"].drop(columns=[LINE]), texts,
                                  profile_id=profile_id)
            checks.pop("queue", None)
        except (OSError, ValidationFailed) as exc:
            return _empty_review([f"{_rel(paths.ledger_parquet, paths)}: cannot read the ledger ({exc}); "
                                  "run `crosstally build` first"])
    return Review([], pending, summary, checks)
