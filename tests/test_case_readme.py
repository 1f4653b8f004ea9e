"""A new case's README says what a first-time analyst needs before and while adding
documents (found missing in a Libya 2011 trial, 2 December 2026): the admin-1 aliases to
fill first, `--title` for a .txt whose first line is no headline, and where the briefing's
comparisons are listed."""
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
    # a .txt's headline first line is its title (crosstally add); a Sudan trial's README said
    # "A .txt has no title of its own", while add took the headline of both its .txt files
    assert "no title of its own" not in second and "first line" in second
    # crosstally.yaml is in every notebook's key: no --force after editing it (Sudan trial)
    assert "crosstally.yaml" in adding and "--force" not in adding and "`comparisons`" in adding
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


def test_a_new_case_config_shows_how_to_write_a_comparison(tmp_path, monkeypatch):
    """A new case's `comparisons: []` gave no example of a window's form; a Sudan trial
    (2 December 2026) copied one from the Syria case's crosstally.yaml. The comments show
    one, and it is a window load_config accepts."""
    import textwrap

    import yaml

    from crosstally.case import load_config

    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    scaffold.init_case(tmp_path / "sudan", "SD", period_start="2023-04-15")
    text = (tmp_path / "sudan" / "crosstally.yaml").read_text(encoding="utf-8")
    comments = [line[1:] for line in text.splitlines() if line.startswith("#")]
    at = next(i for i, line in enumerate(comments) if line.strip() == "comparisons:")
    example = yaml.safe_load(textwrap.dedent("\n".join(comments[at:at + 7])))
    assert set(example["comparisons"][0]) == {"metric", "start", "end", "population", "title", "kind"}
    config = tmp_path / "sudan" / "crosstally.yaml"
    config.write_text(text.replace("comparisons: []\n", yaml.safe_dump(example, sort_keys=False)),
                      encoding="utf-8")
    assert load_config(tmp_path / "sudan").comparisons[0]["metric"] == "killed"


def test_the_readme_agrees_with_add_and_run():
    """The project README said both that a .txt's first line "is not taken for a headline"
    and, a paragraph on, that it is; and that crosstally.yaml edits need --force. A Sudan
    trial (2 December 2026) followed the first and was contradicted by add's message."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "first line is not taken for a headline" not in readme
    assert "a `.txt`'s first line" in readme
    assert "`crosstally.yaml` is not among the declared inputs" not in readme
    assert "`crosstally.yaml` is part of every notebook's key" in readme
    assert "--requirement" in readme and ".venv/bin/crosstally" in readme  # how CI and you install it


def test_init_says_how_ci_installs_crosstally(tmp_path, monkeypatch, capsys):
    """requirements.txt pins the version init ran with; CI installs that. init says so,
    and how to change it, unless --requirement gave the line (Sudan trial)."""
    from crosstally import cli

    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    assert cli.main(["init", str(tmp_path / "sudan"), "--country", "SD"]) == 0
    out = capsys.readouterr().out
    spec = (tmp_path / "sudan" / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1]
    note = next(line for line in out.splitlines() if line.startswith("CI installs crosstally"))
    assert f"`{spec}`" in note and "--requirement" in note and "requirements.txt" in note
    assert cli.main(["init", str(tmp_path / "yemen"), "--country", "YE",
                     "--requirement", "crosstally @ git+https://example.org/x/crosstally@v1"]) == 0
    assert "CI installs crosstally" not in capsys.readouterr().out


def test_the_readme_names_the_review_queues_own_columns():
    """The queue ends with columns figures.csv has not: `claimant_phrase`, `start`, `end`,
    `drafted` (the row's fingerprint, for `draft --refresh`). A Sudan trial's analyst took
    `start` and `end` for dates; the README's review-queue paragraph names each and says
    what it holds."""
    from pathlib import Path

    from crosstally import schema

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    queue = readme.split("- **The review queue**", 1)[1].split("\n- **", 1)[0]
    own = [c for c in schema.QUEUE_COLUMNS if c not in schema.RAW_FIGURE_COLUMNS]
    assert own == ["decision", "confidence", "why", "claimant_phrase", "start", "end", "drafted"]
    for col in own:
        assert f"`{col}`" in queue, col
    assert "character offsets" in queue and "fingerprint" in queue


def test_init_says_git_init_when_the_case_is_in_no_repository(tmp_path, monkeypatch, capsys):
    """init makes no git repository, and CI's check of stale outputs is a `git diff`: the
    README's example runs `git init`, init's own "Then:" line did not (Sudan trial)."""
    from crosstally import cli

    monkeypatch.delenv("CROSSTALLY_ROOT", raising=False)
    assert cli.main(["init", str(tmp_path / "sudan"), "--country", "SD"]) == 0
    then = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Then:"))
    assert then == f"Then: cd {tmp_path / 'sudan'} && git init && crosstally validate && crosstally all"
    (tmp_path / "cases" / ".git").mkdir(parents=True)  # a case inside a repository of cases
    assert cli.main(["init", str(tmp_path / "cases" / "yemen"), "--country", "YE"]) == 0
    then = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Then:"))
    assert "git init" not in then
