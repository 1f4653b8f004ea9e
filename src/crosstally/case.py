"""Where the case is, and what it says about itself.

A *case* is a folder: ``crosstally.yaml`` (title, country, period, default parameters),
``data/raw/`` (curated by people), ``params/``, ``notebooks/`` and the derived
``data/processed/``, ``figures/`` and ``briefing/``. The package holds no case: every
path is found from the case root, and every word about the conflict comes from the
case's own files.

The root is found the way git finds ``.git``:

1. ``--case DIR`` on the command line (the CLI sets ``CROSSTALLY_ROOT`` from it, so the
   notebooks' kernels inherit it);
2. the environment variable ``CROSSTALLY_ROOT``;
3. the current folder or the nearest folder above it holding ``crosstally.yaml``.

Nothing else in the package joins paths to the root (``crosstally.paths`` does), and
nothing finds the root from the package's own location.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CONFIG_FILE = "crosstally.yaml"
ROOT_ENV = "CROSSTALLY_ROOT"


class CaseError(RuntimeError):
    """No case could be found, or its crosstally.yaml is malformed."""


def find_root(start: Path | str | None = None) -> Path:
    """The case root: ``CROSSTALLY_ROOT`` if set, else the nearest folder from ``start``
    (default: the current directory) upward that holds ``crosstally.yaml``."""
    env = os.environ.get(ROOT_ENV)
    if env:
        return Path(env).resolve()
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise CaseError(
        f"no {CONFIG_FILE} in {here} or any folder above it: run crosstally inside a case, "
        f"pass --case DIR, set {ROOT_ENV}=DIR, or create a case with `crosstally init DIR --country CODE`")


@dataclass(frozen=True)
class CaseConfig:
    """The case's ``crosstally.yaml``.

    ``title`` heads the briefing; ``country`` is the ISO 3166-1 alpha-2 code, which is
    also the admin-1 code of figures about the whole country; ``country_name`` names
    that area in text (for example "Syria"). ``period_start``/``period_end`` are the
    case's period, used when a parameter set leaves the period empty; ``comparisons`` are
    the briefing's default side-by-side windows (metric, start, end, population, title);
    ``actors`` the names of the conflict's parties that the extractor reads as who did it
    (``crosstally.actors``).
    """

    title: str = "Reported figures"
    name: str = ""  # a short identifier (the data package's name), e.g. "sudan-2023"
    country: str = ""
    country_name: str = ""
    period_start: str | None = None
    period_end: str | None = None
    comparisons: tuple[dict, ...] = ()
    admin1_plural: str = "admin-1 areas"  # what the country's admin-1 units are called ("governorates")
    actors: tuple[str, ...] = ()  # names of the conflict's parties the extractor reads (crosstally.actors)
    # the names among ``actors`` that are the campaign's own force: a draft whose perpetrator is one of them
    # alone gets perpetrator_scope campaign_force, with another party named beside it several_forces
    campaign_force: tuple[str, ...] = ()
    source: str = ""  # the file it was read from, for messages
    extra: dict = field(default_factory=dict)  # keys this version does not use, kept for tools

    @property
    def title_given(self) -> str:
        """The title crosstally.yaml gives, or "" when it gives none."""
        return self.title if self.extra.get("_title_given") else ""

    @property
    def admin1_singular(self) -> str:
        """"governorate" for "governorates", "county" for "counties"."""
        word = self.admin1_plural
        if word.endswith("ies"):
            return word[:-3] + "y"
        return word[:-1] if word.endswith("s") else word


_KNOWN = {"title", "name", "country", "country_name", "period", "comparisons", "admin1_plural", "actors",
          "campaign_force"}
_COMPARISON_KEYS = {"metric", "start", "end", "title", "population", "kind"}


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps ``2015-10-01`` as text: every date is a partial ISO string."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_config(root: Path | str) -> CaseConfig:
    """Read ``root/crosstally.yaml``; a missing file gives the neutral defaults (a bare
    folder of raw data, as the tests build, still works). Raises CaseError, naming the
    file and key, for a malformed one."""
    file = Path(root) / CONFIG_FILE
    if not file.is_file():
        return CaseConfig(source=str(file))
    where = str(file)
    try:
        doc = yaml.load(file.read_text(encoding="utf-8"), Loader=_TextDatesLoader) or {}
    except yaml.YAMLError as err:
        raise CaseError(f"{where}: not valid YAML: {err}") from None
    if not isinstance(doc, dict):
        raise CaseError(f"{where}: expected a mapping (title, country, period, ...)")
    period = doc.get("period") or {}
    if not isinstance(period, dict) or set(period) - {"start", "end"}:
        raise CaseError(f"{where}: period: expected a mapping with start and end (partial ISO dates)")
    comparisons = doc.get("comparisons") or []
    if not isinstance(comparisons, list) or not all(isinstance(c, dict) for c in comparisons):
        raise CaseError(f"{where}: comparisons: expected a list of mappings")
    for i, comp in enumerate(comparisons, start=1):
        missing = {"metric", "start", "end", "title"} - set(comp)
        unknown = set(comp) - _COMPARISON_KEYS
        if missing or unknown:
            raise CaseError(f"{where}: comparisons[{i}]: "
                            + (f"missing {sorted(missing)}" if missing else f"unknown key(s) {sorted(unknown)}"))
    for key in ("title", "name", "country", "country_name", "admin1_plural"):
        if key in doc and not isinstance(doc[key], str):
            raise CaseError(f"{where}: {key}: expected text, got {doc[key]!r}")
    actors = doc.get("actors") or []
    if not isinstance(actors, list):
        raise CaseError(f"{where}: actors: expected a list of names (Russian, Islamic State, ...), got {actors!r}")
    from .actors import name_problem

    for i, name in enumerate(actors, start=1):
        problem = name_problem(name)
        if problem:
            raise CaseError(f"{where}: actors[{i}]: {problem}")
    force = doc.get("campaign_force") or []
    if not isinstance(force, list):
        raise CaseError(f"{where}: campaign_force: expected a list of names from actors (Russian, Russia, ...), "
                        f"got {force!r}")
    known = {str(a).strip() for a in actors}
    for i, name in enumerate(force, start=1):
        if not isinstance(name, str) or name.strip() not in known:
            raise CaseError(f"{where}: campaign_force[{i}]: {name!r} is not one of actors: list it under actors too")
    return CaseConfig(
        title=doc.get("title") or CaseConfig.title,
        name=doc.get("name") or "",
        country=(doc.get("country") or "").upper(),
        country_name=doc.get("country_name") or "",
        admin1_plural=doc.get("admin1_plural") or CaseConfig.admin1_plural,
        actors=tuple(name.strip() for name in actors),
        campaign_force=tuple(name.strip() for name in force),
        period_start=_date_text(period.get("start")),
        period_end=_date_text(period.get("end")),
        comparisons=tuple({k: (str(v) if k in ("start", "end") else v) for k, v in c.items()}
                          for c in comparisons),
        source=where,
        extra={**{k: v for k, v in doc.items() if k not in _KNOWN}, "_title_given": bool(doc.get("title"))},
    )


def _date_text(value) -> str | None:
    return None if value in (None, "") else str(value)


def config(root: Path | str | None = None) -> CaseConfig:
    """The configuration of the case at ``root`` (default: the current case)."""
    return load_config(root if root is not None else find_root())
