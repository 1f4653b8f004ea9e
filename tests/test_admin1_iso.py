"""The admin-1 table `crosstally init` writes from ISO 3166-2 (pycountry's public ISO data), found wanting
in an Azerbaijan 2020 trial: three names written twice (ISO's city and rayon of Lənkəran, Şəki, Yevlax) that
`validate` accepted, ASCII aliases half converted ("Agcabədi", "Səki"), and no word on English names.
Fixtures: pycountry's own data for AZ, TR, VN, PL, LA, MZ; the QZ tables and the documents are invented."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import admin1, ledger, scaffold, tabulate
from crosstally import schema as S
from crosstally.draft import draft_document
from crosstally.paths import Paths

SOURCES = pd.DataFrame([["qz-wire", "Qz Wire", "media", "false", "", "", ""]], columns=list(S.SOURCE_COLUMNS))
DOC = {"document_id": "d", "outlet": "qz-wire", "url": "https://example.invalid/", "published": "2020-10-05",
       "language": "en"}


@pytest.fixture
def no_root_env(monkeypatch):
    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)


def _rows(code: str, notes=None) -> dict[str, dict[str, str]]:
    ctry = admin1.country(code)
    return {r["pcode"]: r for r in (admin1.iso_rows(ctry) if notes is None else admin1.iso_rows(ctry, notes))}


def _aliases(row) -> list[str]:
    return [a for a in row["aliases"].split(";") if a]


# ----------------------------------------------------------------------------- names told apart


def test_units_iso_names_alike_keep_their_rows_and_are_told_apart_by_their_type():
    import pycountry

    rows = _rows("AZ")
    expected = {s.code for s in pycountry.subdivisions.get(country_code="AZ") if not s.parent_code}
    assert set(rows) - {"AZ"} == expected  # every unit stays, with its own code
    names = [r["name"] for c, r in rows.items() if c != "AZ"]
    assert len(names) == len(set(names)), "two units of one name"
    assert (rows["AZ-LA"]["name"], rows["AZ-LAN"]["name"]) == ("Lənkəran (municipality)", "Lənkəran (rayon)")
    assert (rows["AZ-SA"]["name"], rows["AZ-SAK"]["name"]) == ("Şəki (municipality)", "Şəki (rayon)")
    assert (rows["AZ-YE"]["name"], rows["AZ-YEV"]["name"]) == ("Yevlax (municipality)", "Yevlax (rayon)")
    # the shared spelling stays on both: the drafts read it as the city (a municipality and a rayon)
    for city, rayon, spelt in (("AZ-LA", "AZ-LAN", "Lənkəran"), ("AZ-SA", "AZ-SAK", "Şəki")):
        assert spelt in _aliases(rows[city]) and spelt in _aliases(rows[rayon])
    assert rows["AZ-BAR"]["name"] == "Bərdə"  # a name ISO gives once is left as it is
    assert (_rows("MZ")["MZ-MPM"]["name"], _rows("MZ")["MZ-L"]["name"]) == ("Maputo (city)", "Maputo (province)")


def test_a_spelling_two_units_share_with_no_city_among_them_is_left_off_both_and_said():
    notes: list[str] = []
    rows = _rows("LA", notes)
    assert (rows["LA-VI"]["name"], rows["LA-VT"]["name"]) == ("Viangchan (province)", "Viangchan (prefecture)")
    assert "Viangchan" not in _aliases(rows["LA-VI"]) + _aliases(rows["LA-VT"])
    assert any("'Viangchan'" in n and "left off" in n for n in notes)


# ----------------------------------------------------------------------------- ASCII and English spellings


@pytest.mark.parametrize("code", ["AZ", "TR", "VN", "PL"])
def test_every_name_beyond_ascii_has_a_fully_ascii_alias(code):
    for pcode, row in _rows(code).items():
        bare = row["name"].split(" (")[0]
        plain = [a for a in _aliases(row) if a.isascii()]
        if not bare.isascii():
            assert plain, f"{pcode} {row['name']}: no ASCII alias in {row['aliases']!r}"
        # no alias half converted: one beyond ASCII is ISO's own name, kept where told apart, or the
        # country's official name, each with its ASCII spelling beside it
        assert all(a.isascii() or (a in (bare, admin1.country(code).official) and admin1._plain(a) in plain)
                   for a in _aliases(row)), (pcode, row["aliases"])
        assert all("@" not in a and "`" not in a for a in plain), (pcode, row["aliases"])


def test_ascii_spellings_convert_every_letter():
    assert "Agcabadi" in _aliases(_rows("AZ")["AZ-AGC"])  # the schwa too ("Agcabədi" before)
    assert "Saki" in _aliases(_rows("AZ")["AZ-SA"])
    assert "Sanliurfa" in _aliases(_rows("TR")["TR-63"])  # dotless i ("Sanlıurfa" before)
    vn = {r["name"]: r for r in _rows("VN").values()}
    assert "Dak Lak" in _aliases(vn["Đắk Lắk"])  # Đ ("Đak Lak" before)
    pl = {r["name"]: r for r in _rows("PL").values()}
    assert "Lodzkie" in _aliases(pl["Łódzkie"])  # Ł ("Łodzkie" before)


def test_azerbaijani_names_get_the_spellings_english_reporting_uses():
    rows = _rows("AZ")
    for code, spelt in (("AZ-AGC", "Aghjabadi"), ("AZ-SA", "Shaki"), ("AZ-SA", "Sheki"), ("AZ-LA", "Lankaran"),
                        ("AZ-GA", "Ganja"), ("AZ-BAR", "Barda"), ("AZ-TAR", "Terter"), ("AZ-NX", "Nakhchivan"),
                        ("AZ-KAL", "Kalbajar"), ("AZ-QAB", "Gabala")):
        assert spelt in _aliases(rows[code]), (code, spelt, rows[code]["aliases"])
    assert "Baku" not in rows["AZ-BA"]["aliases"]  # an exonym: no rule gives it; the analyst adds it
    assert admin1.english_spellings("Łódzkie", "PL") == []  # a country without a rule: the ASCII one only


# ----------------------------------------------------------------------------- init, validate, draft


def test_an_azerbaijan_case_validates_and_its_drafts_read_lankaran(tmp_path, no_root_env):
    result = scaffold.init_case(tmp_path / "nk2020", "AZ", period_start="2020-09-27", period_end="2020-11-10")
    paths = Paths(tmp_path / "nk2020")
    assert ledger.validate(paths) == []
    table = tabulate.load_admin1(paths.admin1)
    assert len(table) == 71 and table["name"].is_unique
    assert any("Lənkəran (municipality)" in n for n in result.notes)
    text = ("Shelling hits Azerbaijani cities\n\n"
            "Two civilians were killed when a rocket struck a house in Lankaran on Sunday.\n\n"
            "Four people were wounded by shelling in the Lankaran district on Monday.\n")
    out = draft_document(text, DOC, SOURCES, table).set_index("value_as_reported")
    assert out.loc["Two", "admin1"] == "AZ-LA"  # the city
    assert out.loc["Four", "admin1"] == "AZ-LAN"  # the rayon, named by its unit word
    # a run's places name one unit: a spelling of two is refused, the p-code asked for
    assert tabulate.resolve_places(["AZ-LA", "Lankaran (rayon)"], table) == ["AZ-LA", "AZ-LAN"]
    with pytest.raises(ValueError, match=r"'Lankaran' \(AZ-LA or AZ-LAN\).*give the p-code"):
        tabulate.resolve_places(["Lankaran"], table)


def test_init_prints_what_it_did_with_names_iso_gives_twice(tmp_path, no_root_env, capsys):
    from crosstally import cli

    assert cli.main(["init", str(tmp_path / "laos"), "--country", "LA"]) == 0
    out = capsys.readouterr().out
    assert "note: data/raw/rules/admin1.csv: 'Viangchan' would spell 2 units" in out
    assert "English" in next(line for line in out.splitlines() if line.startswith("Before the first"))
    assert ledger.validate(Paths(tmp_path / "laos")) == []
    readme = (tmp_path / "laos" / "README.md").read_text(encoding="utf-8")
    assert "English spellings" in readme and "AZ-BA,Bakı,Baki;Baku," in readme


def _validate(tmp_path, admin1_csv: str) -> list[str]:
    scaffold.init_case(tmp_path / "qz", "MZ")  # any country: its admin-1 table is replaced below
    paths = Paths(tmp_path / "qz")
    paths.admin1.write_text(admin1_csv, encoding="utf-8")
    return [str(e) for e in ledger.validate(paths)]


def test_validate_refuses_two_units_of_one_name(tmp_path, no_root_env):
    # the table an earlier init wrote: ISO's two Maputo, both by one name
    errors = _validate(tmp_path, "pcode,name,aliases,groups\nMZ,Mozambique,whole country,\n"
                                 "MZ-L,Maputo,,\nMZ-MPM,Maputo,,\nMZ-P,Cabo Delgado,,\n")
    assert len(errors) == 1 and errors[0].startswith("data/raw/rules/admin1.csv:4:name: MZ-MPM has the name "
                                                     "'Maputo' of MZ-L (line 3): tell the two apart")
    assert "'Maputo (province)', 'Maputo (city)'" in errors[0]  # ISO's types, as init names them


def test_validate_refuses_a_spelling_that_says_two_units(tmp_path, no_root_env):
    bad = ("pcode,name,aliases,groups\nQZ,Qzland,whole country,\n"
           "QZ-01,Eastmark,Harbor,\nQZ-02,Westmark,Harbor,\nQZ-03,Northmark,,\n")
    errors = _validate(tmp_path, bad)
    assert len(errors) == 1 and errors[0].startswith(
        "data/raw/rules/admin1.csv:4:aliases: 'Harbor' spells QZ-02 and also QZ-01 (Eastmark, line 3): "
        "a spelling must say one unit")
    # near misses: a spelling of two countries' units (the document's country decides), and a group of both
    assert _validate(tmp_path / "b", "pcode,name,aliases,groups\nQZ,Qzland,whole country,\nQZ-01,Eastmark,Harbor,\n"
                                     "ZM,Zemland,whole country,\nZM-01,Harbor,,\n") == []
    assert _validate(tmp_path / "c", bad.replace("Harbor,\n", "Harbor,Harbor\n")) == []
    # a city and the unit around it may share one: the drafts read it as the city (ISO's own codes)
    assert _validate(tmp_path / "d", "pcode,name,aliases,groups\nMZ,Mozambique,whole country,\n"
                                     "MZ-L,Maputo (province),Maputo,\nMZ-MPM,Maputo (city),Maputo,\n") == []
