"""A new case's README says what a first-time analyst needs before and while adding
documents (found missing in a Libya 2011 trial, 2 December 2026): the admin-1 aliases to
fill first, `--title` for a .txt, and `--force` after editing crosstally.yaml."""
from __future__ import annotations

from crosstally import scaffold


def test_a_new_case_readme_says_what_the_first_documents_need(tmp_path, monkeypatch):
    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    scaffold.init_case(tmp_path / "libya", "LY", period_start="2011-03-19", period_end="2011-10-31")
    readme = (tmp_path / "libya" / "README.md").read_text(encoding="utf-8")
    adding = readme.split("## Adding a document and its figures", 1)[1].split("\n## ", 1)[0]
    steps = [line.split(".", 1)[0] for line in adding.splitlines() if line[:1].isdigit()]
    assert steps == ["0", "1", "2", "3", "4"], steps
    first = adding.split("\n0. ", 1)[1].split("\n1. ", 1)[0]
    assert "data/raw/rules/admin1.csv" in first and "`aliases`" in first and "`groups`" in first
    second = adding.split("\n2. ", 1)[1].split("\n3. ", 1)[0]
    assert "--title" in second and ".txt" in second
    assert "crosstally.yaml" in adding and "crosstally all --force" in adding
    assert "{" not in readme, "a template placeholder was left unfilled"


def test_init_says_what_to_fill_before_the_first_add(tmp_path, monkeypatch, capsys):
    from crosstally import cli

    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    assert cli.main(["init", str(tmp_path / "libya"), "--country", "LY"]) == 0
    out = capsys.readouterr().out
    assert "created" in out and "Then: cd" in out and "crosstally validate && crosstally all" in out
    hint = next(line for line in out.splitlines() if line.startswith("Before the first"))
    assert "admin1.csv `aliases`" in hint and "sources.csv" in hint and "`actors`" in hint
    # it shows two of the table's own names, so the analyst sees the spellings are ISO's, not the wires'
    assert "'Banghāzī'" in hint and "'Al Buţnān'" in hint
