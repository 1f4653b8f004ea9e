"""Every path the project reads or writes, defined once.

The project root is found from this file's location (src/crosstally/paths.py), so a
notebook, a test or the command line all agree wherever they are started from.
``CROSSTALLY_ROOT`` overrides it, which the tests use to build in a scratch copy.
"""
from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    env = os.environ.get("CROSSTALLY_ROOT")
    if env:
        return Path(env).resolve()
    return Path(__file__).resolve().parents[2]


class Paths:
    """The project's folders and files, relative to one root."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root).resolve() if root is not None else project_root()

    # raw, human-curated, read-only
    @property
    def raw(self) -> Path:
        return self.root / "data" / "raw"

    @property
    def documents_dir(self) -> Path:
        return self.raw / "documents"

    @property
    def documents(self) -> Path:
        return self.raw / "documents.csv"

    @property
    def sources(self) -> Path:
        return self.raw / "sources.csv"

    @property
    def figures(self) -> Path:
        return self.raw / "figures.csv"

    @property
    def review_queue(self) -> Path:
        """Drafted figures and the analyst's decisions on them (human input: raw)."""
        return self.raw / "review-queue.csv"

    @property
    def admin1(self) -> Path:
        return self.raw / "rules" / "admin1.csv"

    @property
    def profiles(self) -> Path:
        return self.raw / "rules" / "bound-profiles.yaml"

    # derived
    @property
    def processed(self) -> Path:
        return self.root / "data" / "processed"

    @property
    def ledger_csv(self) -> Path:
        return self.processed / "ledger.csv"

    @property
    def ledger_parquet(self) -> Path:
        return self.processed / "ledger.parquet"

    @property
    def validation_report(self) -> Path:
        return self.processed / "validation-report.md"

    @property
    def tables(self) -> Path:
        return self.processed / "tables"

    @property
    def figures_dir(self) -> Path:
        return self.root / "figures"

    @property
    def notebooks(self) -> Path:
        return self.root / "notebooks"

    @property
    def params(self) -> Path:
        return self.root / "params"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def briefing_dir(self) -> Path:
        return self.root / "briefing"


PATHS = Paths()
