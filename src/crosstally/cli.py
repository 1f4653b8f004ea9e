"""The `crosstally` command: validate, build, run, extract, add, draft, accept, all."""
from __future__ import annotations

import argparse
import sys
import time

from .paths import PATHS


def _validate(args) -> int:
    from .ledger import validate

    errors = validate(profile_id=args.profile)
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
    return 0


def _run(argv: list[str]) -> int:
    from . import runner

    return runner.main(argv)


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


def _all(argv: list[str]) -> int:
    """Build the ledger, then run every notebook for every parameter set (or those given)."""
    rc = _build(argparse.Namespace(profile=None))
    if rc:
        return rc
    return _run(argv)


# Sub-commands that parse their own arguments: everything after the name goes to them.
PASS_THROUGH = {
    "run": (_run, "execute the notebooks with papermill (see `crosstally run --help`)"),
    "extract": (_extract, "print candidate figures found in documents as CSV (see `crosstally extract --help`)"),
    "add": (_add, "register documents (.txt, .html, .pdf) and draft their figures for review"),
    "draft": (_draft, "draft the figures of held documents into data/raw/review-queue.csv"),
    "accept": (_accept, "append the review queue's accepted rows to figures.csv, then validate"),
    "all": (_all, "build the ledger, then `crosstally run` with the same arguments"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="crosstally", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check the raw inputs; print FILE:ROW:COLUMN errors")
    p.add_argument("--profile", help="bound profile id (default: the rule file's default)")
    p.set_defaults(func=_validate)
    p = sub.add_parser("build", help="validate, then write the processed ledger to data/processed/")
    p.add_argument("--profile", help="bound profile id (default: the rule file's default)")
    p.set_defaults(func=_build)
    for name, (_, text) in PASS_THROUGH.items():
        sub.add_parser(name, help=text, add_help=False)
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in PASS_THROUGH:
        return PASS_THROUGH[argv[0]][0](argv[1:])
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
