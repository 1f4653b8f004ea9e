"""Every path a case reads or writes, defined once, relative to the case root.

The root is found by :mod:`crosstally.case`: ``--case DIR``, ``CROSSTALLY_ROOT``, or the
nearest folder from the current directory upward holding ``crosstally.yaml``. A notebook
(whose kernel the runner starts with ``CROSSTALLY_ROOT`` set), a test or the command line
all agree wherever they are started from.
"""
from __future__ import annotations

from pathlib import Path

from .case import CONFIG_FILE, find_root


def project_root() -> Path:
    """The current case's root (see :func:`crosstally.case.find_root`)."""
    return find_root()


class Paths:
    """The case's folders and files, relative to one root.

    ``Paths()`` follows the current case: its root is looked up on each use, so that
    ``--case`` or ``CROSSTALLY_ROOT`` set after import still count. ``Paths(root)`` is
    fixed to ``root``.
    """

    def __init__(self, root: Path | str | None = None):
        self._root = Path(root).resolve() if root is not None else None

    @property
    def root(self) -> Path:
        return self._root if self._root is not None else find_root()

    def fixed(self) -> "Paths":
        """These paths with the root looked up once (for a run that must not move)."""
        return Paths(self.root)

    @property
    def config(self) -> Path:
        """crosstally.yaml: title, country, period, default parameters."""
        return self.root / CONFIG_FILE

    def __repr__(self) -> str:
        return f"Paths({str(self._root) if self._root else 'current case'!r})"

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
