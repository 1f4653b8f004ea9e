"""Admin-1 tables for any country: ``data/raw/rules/admin1.csv`` (pcode, name, aliases).

Two sources, both well kept:

- ISO 3166-2 subdivisions, as the ``pycountry`` package ships them (every country; the
  top level of subdivisions, those without a parent). Codes are ISO's ("SD-KH"); each
  name written with letters beyond ASCII also gets its fully ASCII spelling as an alias
  (``text-unidecode``, with the schwa as "a": "Ağcabədi" -> "Agcabadi", "Łódzkie" ->
  "Lodzkie", "Đắk Lắk" -> "Dak Lak"), and, for a country whose English reporting
  transliterates by a rule of its own (``ENGLISH_RULES``: Azerbaijan's ç ş x c ğ q j as
  ch sh kh j gh g zh, ə as "a" or "e"), those spellings too ("Aghjabadi", "Shaki",
  "Sheki"). ISO has no English names (exonyms: "Baku" for "Bakı"): the analyst adds the
  ones their sources use to ``aliases``. Two units that ISO names alike (Azerbaijan's city
  and rayon of Lənkəran) are told apart by ISO's subdivision type ("Lənkəran
  (municipality)", "Lənkəran (rayon)") and keep the shared spelling as an alias only where
  the drafter reads it as one of them (a city and the unit around it, ``city_pair``:
  the city, unless a unit word follows); else it is left off both and ``iso_rows``
  says so in its notes.
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
from collections import Counter
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


_MARKS = "‘’ʻʼʿʾ`"  # ayn and hamza as pycountry writes them ("‘Amrān"): dropped
_SCHWA = str.maketrans({"ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A"})  # (unidecode makes it "@")
_NOT_PLAIN = re.compile(r"[^A-Za-z0-9 '.,()/&\[\]-]+")  # what no place name is spelt with ("†" of pycountry's "Centar †")

ENGLISH_RULES: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    # Azerbaijani Latin as English reporting writes it: "Naxçıvan" Nakhchivan, "Gəncə" Ganja, "Şəki" Shaki
    # or Sheki, "Tərtər" Tartar or Terter, "Qəbələ" Gabala; ə as "a" (the official transliteration) or
    # "e" (the older one, from Russian): one spelling each
    "AZ": ({"Ç": "Ch", "ç": "ch", "Ş": "Sh", "ş": "sh", "X": "Kh", "x": "kh", "C": "J", "c": "j",
            "Ğ": "Gh", "ğ": "gh", "Q": "G", "q": "g", "J": "Zh", "j": "zh"}, ("a", "e")),
}
"""Country (ISO 3166-1 alpha-2) -> (letters -> their English spelling, the schwa's spellings): the rule
by which English reporting spells the country's Latin-script names, where it is not plain ASCII."""


def _is_latin(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _plain(text: str) -> str:
    """The name in ASCII letters (``text_unidecode``), without ayn/hamza marks, the schwa as "a"
    ("‘Amrān" -> "Amran", "Ağcabədi" -> "Agcabadi", "Şanlıurfa" -> "Sanliurfa", "Đắk Lắk" ->
    "Dak Lak"); a name in another script than Latin as it is (a transliteration of it would be a guess)."""
    from text_unidecode import unidecode

    text = "".join(ch for ch in unicodedata.normalize("NFC", text) if ch not in _MARKS).translate(_SCHWA)
    if not _is_latin(text):
        return text
    return " ".join(_NOT_PLAIN.sub(" ", unidecode(text)).split())


def english_spellings(name: str, country_code: str) -> list[str]:
    """The spellings of ``name`` the country's rule of English transliteration gives (``ENGLISH_RULES``),
    fully ASCII; [] for a country without one.

    >>> english_spellings("Şəki", "AZ"), english_spellings("Naxçıvan", "AZ"), english_spellings("Łódzkie", "PL")
    (['Shaki', 'Sheki'], ['Nakhchivan'], [])
    """
    rule = ENGLISH_RULES.get(country_code.upper())
    if rule is None:
        return []
    letters, schwas = rule
    text = unicodedata.normalize("NFC", name).translate(str.maketrans(letters))
    out = []
    for schwa in schwas:
        spelt = _plain(text.translate(str.maketrans({"ə": schwa, "ǝ": schwa, "Ə": schwa.upper(),
                                                      "Ǝ": schwa.upper()})))
        if spelt and spelt.isascii() and spelt not in out:
            out.append(spelt)
    return out


def _aliases(name: str, others) -> str:
    seen, out = {name}, []
    for alias in [_plain(name), *others]:
        alias = " ".join(str(alias).replace(";", ",").split())
        if alias and alias not in seen:
            seen.add(alias)
            out.append(alias)
    return ";".join(out)


def iso_rows(ctry: Country, notes: list[str] | None = None) -> list[dict[str, str]]:
    """The country's top-level ISO 3166-2 subdivisions (pycountry), sorted by code, after
    the whole-country row. Aliases: the name's ASCII spelling and its English ones
    (``english_spellings``). Units ISO names alike are told apart by their type ("Lənkəran
    (municipality)", "Lənkəran (rayon)"; by code where the types are alike too), the shared
    name an alias of each; a spelling two units would share is kept only where ``city_pair``
    reads it as one of them (the city), else left off both, with a line in ``notes`` (when
    given) saying so: every spelling of the table names one unit."""
    import pycountry

    subs = sorted((s for s in pycountry.subdivisions.get(country_code=ctry.alpha_2) or []
                   if not getattr(s, "parent_code", None)), key=lambda s: s.code)
    alike = Counter(s.name for s in subs)
    kinds = Counter((s.name, str(s.type or "").lower()) for s in subs)
    rows = []
    for s in subs:
        kind = str(s.type or "").lower()
        spellings = [_plain(s.name), *english_spellings(s.name, ctry.alpha_2)]
        name = s.name
        if alike[s.name] > 1:
            name = f"{s.name} ({kind if kind and kinds[(s.name, kind)] == 1 else s.code})"
            spellings = [s.name, *spellings]
        aliases = [a for a in dict.fromkeys(" ".join(a.replace(";", ",").split()) for a in spellings) if a and a != name]
        rows.append({"pcode": s.code, "name": name, "aliases": ";".join(aliases)})
    notes = notes if notes is not None else []
    shared = _one_unit_per_spelling(rows, ctry, notes)
    for bare in sorted(n for n, k in alike.items() if k > 1):
        units = [r for s, r in zip(subs, rows) if s.name == bare]
        note = (f"ISO 3166-2 names {len(units)} units of {ctry.name} {bare!r}: told apart as "
                + ", ".join(f"{r['pcode']} {r['name']!r}" for r in units))
        pair = city_pair([r["pcode"] for r in units])
        if pair and shared.get(pair):
            one = len(shared[pair]) == 1
            note += (f"; {', '.join(map(repr, shared[pair]))} {'stays an alias' if one else 'stay aliases'} of both: "
                     f"the drafts read {'it' if one else 'them'} as the "
                     f"city {pair[0]}, as {pair[1]} when a unit word says so (\"district\", \"province\", \"rayon\")")
        notes.append(note)
    return [_country_row(ctry), *rows]


def _one_unit_per_spelling(rows: list[dict[str, str]], ctry: Country, notes: list[str]) -> dict:
    """Leave off the aliases a spelling that names several of the rows, unless ``city_pair``
    reads it as one of them (a note for each one left off); {(city, other unit): the spellings
    they share}."""
    spelled: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for n in dict.fromkeys(spelling(n) for n in [r["name"], *r["aliases"].split(";")] if n.strip()):
            spelled.setdefault(n, []).append(i)
    pairs: dict[tuple[str, str], list[str]] = {}
    for n, at in spelled.items():
        codes = [rows[i]["pcode"] for i in at]
        if len(at) < 2:
            continue
        pair = city_pair(codes)
        if pair:
            pairs.setdefault(pair, []).append(n)
            continue
        for i in at:
            rows[i]["aliases"] = ";".join(a for a in rows[i]["aliases"].split(";") if spelling(a) != n)
        notes.append(f"{n!r} would spell {len(at)} units of {ctry.name} ("
                     + ", ".join(f"{rows[i]['pcode']} {rows[i]['name']!r}" for i in at)
                     + "), not a city and the unit around it: left off their aliases, a spelling must name one "
                     "unit; add it to the aliases of the one your sources mean by it")
    return pairs


def spelling(name: str) -> str:
    """A place name as the admin-1 table's lookups key it: spaces collapsed, and one apostrophe for both
    ways it is typed ("Stockholm’s" and "Stockholm's")."""
    return " ".join(str(name).split()).replace("’", "'")


def is_city_unit(code: str) -> bool:
    """Whether ISO 3166-2 calls the unit ``code`` a city ("City", "Capital city", "Autonomous city",
    "Metropolitan city", "Capital district") or a municipality (Azerbaijan's cities, "Special municipality"
    of Taiwan, China's "Municipality" of Beijing); False for a code ISO does not know (OCHA's "UA14")."""
    import pycountry

    sub = pycountry.subdivisions.get(code=code)
    kind = str(getattr(sub, "type", "") or "").lower()
    return "city" in kind or "municipality" in kind or kind in ("capital", "capital district")


def city_pair(codes) -> tuple[str, str] | None:
    """(the city, the other unit) when ``codes`` are two units (of one country) exactly one of which
    is a city or municipality (``is_city_unit``): the units a spelling they share may name, read as
    the city unless a unit word says the other ("Lankaran district", "Buenos Aires province").
    None otherwise: a spelling of those units would say no one place."""
    codes = list(dict.fromkeys(codes))
    if len(codes) != 2:
        return None
    cities = [c for c in codes if is_city_unit(c)]
    return (cities[0], next(c for c in codes if c != cities[0])) if len(cities) == 1 else None


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
    others = [n for n in (ctry.official, _plain(ctry.official), ctry.alpha_3) if n != ctry.name]
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


def country_of_code(code: str, countries: list[str]) -> str | None:
    """The country a p-code lies in: the longest whole-country code (``whole_country_rows``) it starts with."""
    found = [c for c in countries if code.startswith(c)]
    return max(found, key=len) if found else None
