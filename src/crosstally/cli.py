"""The `crosstally` command and its subcommands (:func:`main`); ``crosstally --help`` lists them all.

Every command but ``init`` works on one case: ``--case DIR`` (anywhere on the command
line), else ``CROSSTALLY_ROOT``, else the nearest folder from the current one upward that
holds ``crosstally.yaml`` (see :mod:`crosstally.case`).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .case import CONFIG_FILE, ROOT_ENV, CaseError, find_root
from .paths import PATHS


def _validate(args) -> int:
    from .ledger import validate

    errors = validate(profile_id=args.profile, queue=True)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"crosstally validate: {len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    print("crosstally validate: raw inputs are valid")
    return 0


def _build(args) -> int:
    from .ledger import ValidationFailed, build

    t0 = time.perf_counter()
    try:
        ledger = build(profile_id=args.profile)
    except ValidationFailed as exc:
        for e in exc.errors:
            print(e, file=sys.stderr)
        print(f"crosstally build: {len(exc.errors)} error(s); the processed ledger was left as it was",
              file=sys.stderr)
        return 1
    print(f"crosstally build: {len(ledger)} figures from {ledger['claimant'].nunique()} claimants "
          f"-> {PATHS.ledger_csv.relative_to(PATHS.root)}, {PATHS.ledger_parquet.relative_to(PATHS.root)} "
          f"({time.perf_counter() - t0:.1f}s)")
    if (PATHS.raw / "events").is_dir():  # recorded event data, if the case has any
        return _events(argparse.Namespace(action="build", file=None, format=None))
    return 0


def _errors(exc, what: str, kept: str) -> int:
    for e in exc.errors:
        print(e, file=sys.stderr)
    print(f"crosstally {what}: {len(exc.errors)} error(s); {kept}", file=sys.stderr)
    return 1


def _export(args) -> int:
    """Write data/processed/datapackage.json (Frictionless v2) for what is built now."""
    from .datapackage import write_datapackage
    from .ledger import ValidationFailed

    if not PATHS.ledger_csv.exists():
        print("crosstally export: no ledger yet; run `crosstally build` first", file=sys.stderr)
        return 1
    from .stamp import run_problems

    problems = run_problems(PATHS)  # the package copies sources and documents: validated ones only
    if problems:
        print("crosstally export: refused, datapackage.json was left as it was:\n" + "\n".join(problems),
              file=sys.stderr)
        return 1
    if getattr(args, "hxl", False):
        from .datapackage import write_hxl

        print(f"crosstally export: {write_hxl(PATHS).relative_to(PATHS.root)} (HXL-tagged: killed, injured, displaced)")
    try:
        target = write_datapackage(PATHS)
    except ValidationFailed as exc:
        return _errors(exc, "export", "datapackage.json was left as it was")
    print(f"crosstally export: {target.relative_to(PATHS.root)} "
          f"(check it with `frictionless validate {target.relative_to(PATHS.root)}`)")
    return 0


def _events(args) -> int:
    from . import events
    from .ledger import ValidationFailed

    try:
        if args.action == "import":
            if not args.file or not args.format:
                print("crosstally events import: give FILE and --format ucdp-ged|acled", file=sys.stderr)
                return 2
            target, counts = events.import_file(args.file, args.format, PATHS)
            print(f"crosstally events: {args.file} -> {target.relative_to(PATHS.root)}")
        else:
            counts = events.build_events(PATHS)
    except ValidationFailed as exc:
        return _errors(exc, "events", "nothing was imported or written")
    except (FileExistsError, FileNotFoundError) as exc:
        print(f"crosstally events: {exc}", file=sys.stderr)
        return 1
    for fmt, n in sorted(counts.items()):
        print(f"crosstally events: {n} {fmt} events -> {events.processed_file(PATHS, fmt).relative_to(PATHS.root)}")
    if counts:
        print(f"crosstally events: unmatched places and precision in "
              f"{(PATHS.processed / 'events' / 'import-report.md').relative_to(PATHS.root)}")
    return 0


def _import_figures(args) -> int:
    from .ledger import ValidationFailed
    from .trackers import MappingError, import_figures

    try:
        added = import_figures(args.file, args.mapping, PATHS)
    except MappingError as exc:
        print(exc, file=sys.stderr)
        return 1
    except ValidationFailed as exc:
        return _errors(exc, "import-figures", "nothing was written")
    print(f"crosstally import-figures: added {added['figures']} figures, {added['documents']} documents, "
          f"{added['sources']} sources to {PATHS.raw.relative_to(PATHS.root)}/; run `crosstally build`")
    return 0


def _run(argv: list[str]) -> int:
    from . import runner

    _note_newer_notebooks()
    return runner.main(argv)


def _note_newer_notebooks() -> None:
    """Say so when the installed crosstally ships notebooks newer than the case's copies."""
    from .scaffold import ScaffoldError, notebook_status

    try:
        status = notebook_status(PATHS)
    except ScaffoldError:
        return
    stale = status.added + status.updated + status.edited
    if stale and not status.source_checkout:
        print(f"note: notebooks/{', notebooks/'.join(stale)} differ from what the installed crosstally "
              "makes for this case (newer notebooks, or new values in params/default.yaml); "
              "`crosstally upgrade` refreshes the case's copies", file=sys.stderr)


def _init(args) -> int:
    from .admin1 import Admin1Error
    from .scaffold import ScaffoldError, init_case

    try:
        result = init_case(args.dir, args.country, title=args.title, admin1_file=args.admin1,
                           period_start=args.period_start, period_end=args.period_end,
                           requirement=args.requirement)
    except (Admin1Error, ScaffoldError) as err:
        print(f"crosstally init: {err}; nothing was written", file=sys.stderr)
        return 2
    print(f"crosstally init: created {result.root} ({result.admin1_rows} admin-1 units, "
          f"{len(result.files)} files).")
    for note in result.notes:
        print(f"note: data/raw/rules/admin1.csv: {note}")
    print(_first_steps(result.root))
    if not args.requirement:
        print(_ci_install_note(result.root))
    # init makes no git repository; the CI's stale-output check and a clean `git status` need one
    git = "" if _in_git_worktree(result.root) else " && git init"
    print(f"Then: cd {result.root}{git} && crosstally validate && crosstally all")
    return 0


def _in_git_worktree(root) -> bool:
    from pathlib import Path

    return any((p / ".git").exists() for p in (Path(root).resolve(), *Path(root).resolve().parents))


def _ci_install_note(root) -> str:
    """CI installs crosstally by requirements.txt's last line, a version pin by default:
    say so, since a crosstally installed from a checkout may be on no index CI reaches
    (a Sudan trial, 2 December 2026, found the pin only by reading the file)."""
    from pathlib import Path

    lines = (Path(root) / "requirements.txt").read_text(encoding="utf-8").splitlines()
    spec = next(line for line in reversed(lines) if line.strip() and not line.startswith("#"))
    return (f"CI installs crosstally as requirements.txt says, `{spec}`: if your CI cannot get it from a "
            "package index, edit that line (e.g. `crosstally @ git+https://.../crosstally@TAG`) or run "
            "init with --requirement SPEC.")


def _first_steps(root) -> str:
    """What a new case needs before its first `crosstally add`: the drafts find places only
    by the admin-1 table's names and aliases, which may be spellings no source uses."""
    import csv
    from pathlib import Path

    with open(Path(root) / "data" / "raw" / "rules" / "admin1.csv", encoding="utf-8", newline="") as f:
        names = [row["name"] for row in csv.DictReader(f)][1:3]  # the first row is the whole country
    example = " and ".join(repr(n) for n in names)
    return ("Before the first `crosstally add`: put the names your sources use for places, the English "
            "spellings above all (ISO 3166-2 gives none), into data/raw/rules/admin1.csv `aliases` (the drafts "
            f"know a place only by the table's names, such as {example}, and its aliases), the claimants and "
            "outlets into data/raw/sources.csv, and the conflict's parties into `actors` in crosstally.yaml "
            "(README.md, 'Adding a document').")


def _upgrade(args) -> int:
    from .scaffold import ScaffoldError, upgrade_case

    try:
        status = upgrade_case(PATHS.fixed(), force=args.force)
    except ScaffoldError as err:
        print(f"crosstally upgrade: {err}", file=sys.stderr)
        return 1
    if status.source_checkout:
        print("crosstally upgrade: this case's notebooks are the ones crosstally ships (its source checkout)")
        return 0
    done = [f"{len(v)} {k}" for k, v in (("added", status.added), ("updated", status.updated),
                                        ("overwritten", status.edited if args.force else []),
                                        ("already current", status.unchanged)) if v]
    if status.ignored:
        print(f"crosstally upgrade: .gitignore gains {', '.join(status.ignored)}")
    if not (status.added or status.updated or (args.force and status.edited)):
        print("crosstally upgrade: the case's notebooks are those of the installed crosstally; nothing to do")
        return 0
    print(f"crosstally upgrade: notebooks {', '.join(done)}; run `crosstally all` next")
    return 0


def _extract(argv: list[str]) -> int:
    from . import extract

    return extract.main(argv)


def _add(argv: list[str]) -> int:
    from . import curate

    return curate.main_add(argv)


def _draft(argv: list[str]) -> int:
    from . import curate

    return curate.main_draft(argv)


def _accept(argv: list[str]) -> int:
    from . import curate

    return curate.main_accept(argv)


def _remove(argv: list[str]) -> int:
    from . import curate

    return curate.main_remove(argv)


def _gaps(argv: list[str]) -> int:
    from . import gaps

    return gaps.main(argv)


def _all(argv: list[str]) -> int:
    """Build the ledger, then run every notebook for every parameter set (or those given)."""
    rc = _build(argparse.Namespace(profile=None))
    if rc:
        return rc
    rc = _run(argv)
    if rc:
        return rc
    return _export(argparse.Namespace())


def _take_case_option(argv: list[str]) -> tuple[list[str], str | None]:
    """Remove ``--case DIR`` / ``--case=DIR`` from argv (it may stand anywhere)."""
    out, case = [], None
    it = iter(argv)
    for arg in it:
        if arg == "--":
            out += [arg, *it]
            break
        if arg == "--case":
            case = next(it, None)
            if case is None:
                raise CaseError("--case needs a folder: --case DIR")
        elif arg.startswith("--case="):
            case = arg.split("=", 1)[1]
        else:
            out.append(arg)
    return out, case


# Sub-commands that parse their own arguments: everything after the name goes to them.
PASS_THROUGH = {
    "run": (_run, "execute the notebooks with papermill (see `crosstally run --help`)"),
    "extract": (_extract, "print candidate figures found in documents as CSV (see `crosstally extract --help`)"),
    "add": (_add, "register documents (.txt, .html, .pdf) and draft their figures for review"),
    "draft": (_draft, "draft the figures of held documents into data/raw/review-queue.csv"),
    "accept": (_accept, "append the review queue's accepted rows to figures.csv, then validate"),
    "remove": (_remove, "take a document (its row, held text and queue rows) out of the case"),
    "gaps": (_gaps, "list what sources.csv and admin1.csv lack, from the review queue's drafts"),
    "all": (_all, "build the ledger, then `crosstally run` with the same arguments"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    before = os.environ.get(ROOT_ENV)
    try:
        argv, case = _take_case_option(argv)
        if case is not None:
            root = Path(case).resolve()
            if not (root / CONFIG_FILE).is_file():
                raise CaseError(f"--case {case}: {root} holds no {CONFIG_FILE}; "
                                "create a case with `crosstally init DIR --country CODE`")
            os.environ[ROOT_ENV] = str(root)  # the notebooks' kernels inherit it
        if argv and argv[0] not in ("init", "extract", "-h", "--help"):  # extract reads any file
            find_root()  # refuse early, with the way out, outside any case
        return _main(argv)
    except CaseError as err:
        print(f"crosstally: {err}", file=sys.stderr)
        return 2
    finally:  # --case holds for this command only (main may be called in-process)
        if before is None:
            os.environ.pop(ROOT_ENV, None)
        else:
            os.environ[ROOT_ENV] = before


# What `crosstally --help` says above its list of commands: plain text for a terminal (the module
# docstring is for the API documentation); argparse lists every subcommand itself, below it.
DESCRIPTION = """\
Crosstally: a ledger of reported figures with its tables, charts and briefing.

Every command but init works on one case: --case DIR (anywhere on the command line),
else the folder CROSSTALLY_ROOT names, else the nearest folder from the current one
upward that holds crosstally.yaml. Run crosstally COMMAND --help for more on one."""


def build_parser() -> argparse.ArgumentParser:
    """The `crosstally` parser, with every subcommand registered (those of PASS_THROUGH parse their own arguments)."""
    parser = argparse.ArgumentParser(
        prog="crosstally", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="--case DIR: work on the case in DIR (else CROSSTALLY_ROOT, else crosstally.yaml "
               "found from the current folder upward).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")
    p = sub.add_parser("init", help="create a new case folder (crosstally.yaml, data/raw, notebooks, CI)")
    p.add_argument("dir", type=Path, help="the new case's folder (must not exist, or be empty)")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 or alpha-3 code (SD, SDN)")
    p.add_argument("--title", help="the briefing's title (default: 'Reported figures: <country>')")
    p.add_argument("--admin1", metavar="FILE", help="an OCHA COD admin-1 table from HDX, as CSV "
                   "(ADM1_PCODE/ADM1_EN columns or #adm1+code/#adm1+name tags); default: ISO 3166-2 (pycountry)")
    p.add_argument("--period-start", metavar="DATE", help="the case's first day (partial ISO date)")
    p.add_argument("--period-end", metavar="DATE", help="the case's last day (partial ISO date)")
    p.add_argument("--requirement", metavar="SPEC", help="how CI installs crosstally (requirements.txt line)")
    p.set_defaults(func=_init)
    p = sub.add_parser("upgrade", help="refresh the case's notebooks from the installed crosstally")
    p.add_argument("--force", action="store_true", help="also overwrite notebooks edited in the case")
    p.set_defaults(func=_upgrade)
    p = sub.add_parser("validate", help="check the raw inputs; print FILE:ROW:COLUMN errors")
    p.add_argument("--profile", help="bound profile id (default: the rule file's default)")
    p.set_defaults(func=_validate)
    p = sub.add_parser("build", help="validate, then write the processed ledger to data/processed/")
    p.add_argument("--profile", help="bound profile id (default: the rule file's default)")
    p.set_defaults(func=_build)
    p = sub.add_parser("export", help="write data/processed/datapackage.json (Frictionless Data Package v2)")
    p.add_argument("--hxl", action="store_true", help="also write data/processed/ledger-hxl.csv (HXL hashtag row)")
    p.set_defaults(func=_export)
    p = sub.add_parser("events", help="import event data (UCDP GED, ACLED) or rebuild the events table")
    p.add_argument("action", choices=["import", "build"])
    p.add_argument("file", nargs="?", help="the event file to import (CSV)")
    p.add_argument("--format", choices=["ucdp-ged", "acled"], help="the file's format")
    p.set_defaults(func=_events)
    p = sub.add_parser("import-figures", help="add another tracker's table of reported figures through a mapping")
    p.add_argument("file", help="the tracker's table (CSV)")
    p.add_argument("--mapping", required=True, help="YAML: which column is which, what each word means")
    p.set_defaults(func=_import_figures)
    for name, (_, text) in PASS_THROUGH.items():
        sub.add_parser(name, help=text, add_help=False)
    return parser


def _main(argv: list[str]) -> int:
    parser = build_parser()
    if argv and argv[0] in PASS_THROUGH:
        return PASS_THROUGH[argv[0]][0](argv[1:])
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
