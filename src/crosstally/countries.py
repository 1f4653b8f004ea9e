"""The words that name a country in English text: its names and its adjectives.

A source whose name carries a country ("Colombian army", "Ministry of Defence of Niger")
speaks for that country's institutions; the drafter uses these words to tell which
country a source belongs to and which country a modifier names ("a Saudi-led coalition",
"five Colombian soldiers").

Names are ``pycountry``'s (ISO 3166-1 name, common name) plus the short and usual English
names of ``countries.csv`` beside this module; adjectives (demonyms) are the usual English
ones, written for this project from general English usage (one row per ISO 3166-1 alpha-2
code, words ``;``-separated, names first). An adjective two countries share ("Congolese")
names both. The table is every country's, no case's.
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

_FILE = "countries.csv"  # code,words: one row per ISO 3166-1 alpha-2 code, words ";"-separated


@lru_cache(maxsize=1)
def _table() -> dict[str, set[str]]:
    """word -> the alpha-2 codes it names."""
    out: dict[str, set[str]] = {}
    rows = csv.DictReader(io.StringIO(resources.files("crosstally").joinpath(_FILE).read_text(encoding="utf-8")))
    for row in rows:
        for w in row["words"].split(";"):
            out.setdefault(w.strip(), set()).add(row["code"])
    try:
        import pycountry
        for c in pycountry.countries:
            for name in {c.name, getattr(c, "common_name", c.name)}:
                if "," not in name and "(" not in name:
                    out.setdefault(name, set()).add(c.alpha_2)
    except ImportError:  # pragma: no cover - pycountry is a pinned dependency
        pass
    return out


def country_words(extra: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Every word or name that names a country -> its alpha-2 codes (``extra`` added:
    the case's own country row, e.g. an invented one in tests)."""
    out = {w: set(c) for w, c in _table().items()}
    for w, codes in (extra or {}).items():
        out.setdefault(w, set()).update(codes)
    return out


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """The adjectives of ``countries.csv`` ("Cypriot", "Greek", "Sudanese"): its single words that
    are no country's name there nor in ``pycountry``."""
    names = set()
    adjs = set()
    rows = csv.DictReader(io.StringIO(resources.files("crosstally").joinpath(_FILE).read_text(encoding="utf-8")))
    for row in rows:
        words = [w.strip() for w in row["words"].split(";") if w.strip()]
        names.add(words[0])
        adjs.update(w for w in words[1:] if " " not in w and w[:1].isupper())
    try:
        import pycountry
        names.update(n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name)))
    except ImportError:  # pragma: no cover - pycountry is a pinned dependency
        pass
    return frozenset(adjs - names)


def pattern(words) -> re.Pattern | None:
    """A case-sensitive pattern for the words, longest first ("South Sudanese" before
    "Sudanese"), whole words; a hyphen may follow ("US-led", "Saudi-backed") and a
    possessive ("Niger's")."""
    return _pattern(tuple(sorted(w for w in words if w)))


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern | None:
    words = sorted(words, key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w.-])(?:{alt})(?![\w])")


# Territories with their own ISO 3166-1 code that another state administers (ISO 3166-1's own
# notes, general knowledge): a text about Guadeloupe may speak of France's interior ministry.
ADMINISTERING: dict[str, str] = {
    **dict.fromkeys("GP MQ GF RE YT PF NC PM BL MF WF TF".split(), "FR"),
    **dict.fromkeys("PR GU VI AS MP UM".split(), "US"),
    **dict.fromkeys("BM GI FK KY VG TC MS AI SH IO PN GS".split(), "GB"),
    **dict.fromkeys("AW CW SX BQ".split(), "NL"),
    **dict.fromkeys("GL FO".split(), "DK"),
    **dict.fromkeys("HK MO".split(), "CN"),
    **dict.fromkeys("CX CC NF HM".split(), "AU"),
    **dict.fromkeys("CK NU TK".split(), "NZ"),
    **dict.fromkeys("SJ BV".split(), "NO"),
    "AX": "FI",
}


def with_administering(codes) -> set[str]:
    """``codes`` and the states that administer any of them (GP -> GP and FR)."""
    codes = set(codes)
    return codes | {ADMINISTERING[c] for c in codes if c in ADMINISTERING}
