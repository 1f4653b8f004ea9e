"""Admin-1 tables for any country: ``data/raw/rules/admin1.csv`` (pcode, name, aliases).

Two sources, both well kept:

- ISO 3166-2 subdivisions, as the ``pycountry`` package ships them (every country; the
  top level of subdivisions, those without a parent). Codes are ISO's ("SD-KH"); each
  name written with accents also gets its plain-letter spelling as an alias.
- An OCHA common operational dataset (COD) admin-1 table as published on HDX, as CSV:
  columns ``ADM1_PCODE`` and ``ADM1_EN`` (or another ``ADM1_xx`` name column), or HXL
  tags ``#adm1+code`` and ``#adm1+name``. Names in other languages (``ADM1_AR``,
  ``ADM1_UK``, ``#adm1+name+i_ar``) and alternative names (``ADM1ALT1EN``, ``ADM1_REF``)
  become aliases. The p-codes stay OCHA's ("UA14" for Donetsk).

The first row is always the whole country: its code (the ISO 3166-1 alpha-2 code, e.g.
"SD") begins every other code, which is how :func:`crosstally.tabulate.whole_country`
recognises it. A case about a war between countries may hold several: each country's
whole-country row and its units (``whole_country_rows`` finds them; each unit belongs to
the country whose code begins its own).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .schema import ADMIN1_COLUMNS


class Admin1Error(ValueError):
    """A country code or an admin-1 file that cannot be used (message: FILE:ROW:COLUMN: ...)."""


@dataclass(frozen=True)
class Country:
    alpha_2: str
    alpha_3: str
    name: str  # the common name where ISO's is long ("Syria", not "Syrian Arab Republic")
    official: str


def country(code: str) -> Country:
    """An ISO 3166-1 country from its alpha-2 or alpha-3 code (any case).

    >>> country("sdn").alpha_2, country("SY").name
    ('SD', 'Syria')
    """
    import pycountry

    text = (code or "").strip().upper()
    found = None
    if re.fullmatch(r"[A-Z]{2}", text):
        found = pycountry.countries.get(alpha_2=text)
    elif re.fullmatch(r"[A-Z]{3}", text):
        found = pycountry.countries.get(alpha_3=text)
    if found is None:
        raise Admin1Error(f"--country {code!r}: not an ISO 3166-1 alpha-2 or alpha-3 country code "
                          "(e.g. SD or SDN for Sudan, UA or UKR for Ukraine)")
    name = getattr(found, "common_name", None) or found.name
    return Country(found.alpha_2, found.alpha_3, name, getattr(found, "official_name", found.name))


def _plain(text: str) -> str:
    """The name in plain letters: without accents or ayn/hamza marks ("‘Amrān" -> "Amran")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch not in "‘’ʻʼʿʾ`")


def _aliases(name: str, others) -> str:
    seen, out = {name}, []
    for alias in [_plain(name), *others]:
        alias = " ".join(str(alias).replace(";", ",").split())
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return ";".join(out)


def iso_rows(ctry: Country) -> list[dict[str, str]]:
    """The country's top-level ISO 3166-2 subdivisions (pycountry), sorted by code, after
    the whole-country row."""
    import pycountry

    subs = [s for s in pycountry.subdivisions.get(country_code=ctry.alpha_2) or []
            if not getattr(s, "parent_code", None)]
    rows = [{"pcode": s.code, "name": s.name, "aliases": _aliases(s.name, [])}
            for s in sorted(subs, key=lambda s: s.code)]
    return [_country_row(ctry), *rows]


def iso_unit_plural(ctry: Country) -> str:
    """What the country's admin-1 units are called, from ISO's subdivision types
    ("states" for Sudan); "admin-1 areas" when the types are mixed or none."""
    import pycountry

    types = {s.type for s in pycountry.subdivisions.get(country_code=ctry.alpha_2) or []
             if not getattr(s, "parent_code", None)}
    if len(types) != 1:
        return "admin-1 areas"
    word = types.pop().lower()
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _country_row(ctry: Country) -> dict[str, str]:
    others = [n for n in (ctry.official, ctry.alpha_3) if n != ctry.name]
    return {"pcode": ctry.alpha_2, "name": ctry.name, "aliases": _aliases(ctry.name, [*others, "whole country"])}


_NAME_COL = re.compile(r"ADM1_([A-Z]{2})\Z")
_ALT_COL = re.compile(r"ADM1(?:ALT\d*[A-Z]{2}|_REF)\Z")


def read_cod_admin1(path: Path | str, ctry: Country) -> list[dict[str, str]]:
    """Rows (pcode, name, aliases) from an HDX COD admin-1 CSV, after the whole-country
    row. Raises Admin1Error naming FILE:ROW:COLUMN for what cannot be used."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise Admin1Error(f"{path}: not UTF-8 text ({err}); save the table as UTF-8 CSV") from None
    except OSError as err:
        raise Admin1Error(f"{path}: cannot read: {err.strerror}") from None
    if path.suffix.lower() in (".xlsx", ".xls"):
        raise Admin1Error(f"{path}: a spreadsheet; export the admin-1 sheet as CSV (UTF-8) first")
    records = list(csv.reader(io.StringIO(text)))
    if not records:
        raise Admin1Error(f"{path}: empty")
    header = [h.strip() for h in records[0]]
    tag_at = next((i for i, r in enumerate(records[:2]) if any(c.strip().startswith("#") for c in r)), None)
    upper = [h.upper() for h in header]
    if "ADM1_PCODE" in upper:
        code_col = upper.index("ADM1_PCODE")
        lang_cols = {m.group(1): i for i, h in enumerate(upper) if (m := _NAME_COL.match(h))}
        if not lang_cols:
            raise Admin1Error(f"{path}:1: no name column (ADM1_EN, ADM1_FR, ...) beside ADM1_PCODE")
        name_col = lang_cols.get("EN", next(iter(lang_cols.values())))
        alias_cols = [i for i in lang_cols.values() if i != name_col]
        alias_cols += [i for i, h in enumerate(upper) if _ALT_COL.match(h)]
        names = header
        start = (tag_at + 1) if tag_at is not None else 1
    elif tag_at is not None:
        tags = [c.strip().lower().replace(" ", "") for c in records[tag_at]]
        code_col = next((i for i, t in enumerate(tags) if t.startswith("#adm1+code")), None)
        name_cols = [(i, t) for i, t in enumerate(tags) if t.startswith("#adm1+name")]
        if code_col is None or not name_cols:
            raise Admin1Error(f"{path}:{tag_at + 1}: expected HXL tags #adm1+code and #adm1+name")
        english = [i for i, t in name_cols if "+i_en" in t] or [i for i, t in name_cols if "+i_" not in t]
        name_col = (english or [name_cols[0][0]])[0]
        alias_cols = [i for i, _ in name_cols if i != name_col]
        names = header if tag_at == 1 else tags
        start = tag_at + 1
    else:
        raise Admin1Error(f"{path}:1: not an OCHA COD admin-1 table: expected columns ADM1_PCODE and "
                          "ADM1_EN (or another ADM1_xx name column), or HXL tags #adm1+code and #adm1+name")
    rows, seen = [], {}
    for line, record in enumerate(records[start:], start=start + 1):
        if not any(c.strip() for c in record):
            continue
        cell = lambda i: record[i].strip() if i < len(record) else ""  # noqa: E731
        code, name = cell(code_col), cell(name_col)
        if not code:
            raise Admin1Error(f"{path}:{line}:{names[code_col]}: empty p-code")
        if not name:
            raise Admin1Error(f"{path}:{line}:{names[name_col]}: empty name for {code}")
        if not code.upper().startswith(ctry.alpha_2):
            raise Admin1Error(f"{path}:{line}:{names[code_col]}: p-code {code!r} does not begin with "
                              f"{ctry.alpha_2}, the code of {ctry.name} (--country)")
        if code in seen:
            raise Admin1Error(f"{path}:{line}:{names[code_col]}: p-code {code!r} repeats line {seen[code]}")
        seen[code] = line
        rows.append({"pcode": code, "name": name, "aliases": _aliases(name, [cell(i) for i in alias_cols])})
    if not rows:
        raise Admin1Error(f"{path}: no admin-1 rows")
    return [_country_row(ctry), *sorted(rows, key=lambda r: r["pcode"])]


def admin1_csv(rows: list[dict[str, str]]) -> str:
    """The rows as data/raw/rules/admin1.csv text (ADMIN1_COLUMNS, \\n line ends)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(ADMIN1_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def whole_country_rows(admin1) -> list[str]:
    """The whole-country codes of an admin-1 table, in table order: the codes a ``country``
    column names, else the rows whose code is a country code (two or three capitals, as
    ISO 3166-1 "SY" or "SYR") that no other code of the table starts a shorter prefix of;
    a table of one country whose codes share no such form ("the code every other code
    starts with") still has that code."""
    codes = [c for c in admin1["pcode"] if c]
    if "country" in admin1.columns:
        named = list(dict.fromkeys(c for c in admin1["country"] if c))
        if named and all(c in codes for c in named):
            return named
    out = [c for c in codes if re.fullmatch(r"[A-Z]{2,3}", c)
           and not any(o != c and c.startswith(o) and re.fullmatch(r"[A-Z]{2,3}", o) for o in codes)]
    if not out:
        one = next((c for c in codes if all(o.startswith(c) for o in codes)), None)
        out = [one] if one else []
    return out
