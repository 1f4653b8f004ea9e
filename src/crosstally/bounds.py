"""Vague numbers become ranges through a named, versioned rule profile.

The rules live in ``data/raw/rules/bound-profiles.yaml`` (a human decision, kept apart
from code). This module only reads and applies them.

Canonical qualifiers: exact, about, estimated, nearly, at_least, more_than, up_to,
fewer_than, range, vague (a number given only in words: "dozens", "hundreds").
An open upper bound is ``None`` here and a missing value in tables.
"""
from __future__ import annotations

import ast
import math
import operator
import re

import numpy as np
import pandas as pd
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import yamlfile
from .paths import PATHS
from .yamlfile import where

QUALIFIERS = (
    "exact", "about", "estimated", "nearly", "at_least", "more_than",
    "up_to", "fewer_than", "range", "vague",
)

# Words in reporting -> canonical qualifier (used by curation and extraction).
QUALIFIER_WORDS = {
    "exactly": "exact",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "circa": "about", "an estimated": "estimated", "estimated": "estimated",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "at least": "at_least", "not less than": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "an excess of": "more_than", "upwards of": "more_than",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to", "no more than": "up_to",
    "not more than": "up_to", "a maximum of": "up_to", "barely": "up_to", "scarcely": "up_to",
    "fewer than": "fewer_than", "less than": "fewer_than", "under": "fewer_than",
}


class ProfileError(ValueError):
    """A bound profile file or rule that cannot be used. Raised while reading the rule
    file, it names the place: ``FILE:LINE:COLUMN: message`` (``file``, ``line``,
    ``column`` and ``message`` kept apart for the validator)."""

    def __init__(self, message: str, file: str | None = None, line: int = 0, column: int = 0):
        self.message, self.file, self.line, self.column = message, file, line, column
        super().__init__(f"{file}:{line}:{column}: {message}" if file else message)


_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


_MEMO_MAX = 50_000  # bounds a profile remembers before starting afresh


def _round_low(x):
    """A rule's low end as a whole number: down, but not past a float's rounding error."""
    return np.floor(x + 1e-9)


def _round_high(x):
    """A rule's high end as a whole number: up, but not past a float's rounding error."""
    return np.ceil(x - 1e-9)


def _eval(expr: str, n, m):
    """Evaluate a rule expression in N and M: numbers, + - *, parentheses.

    N and M may be numbers or numpy arrays (one rule applied to many figures at once).
    """

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in ("N", "M"):
            val = n if node.id == "N" else m
            if val is None:
                raise ProfileError(f"rule {expr!r} needs {node.id}, which the figure does not give")
            return val if isinstance(val, np.ndarray) else float(val)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        raise ProfileError(f"rule {expr!r}: only numbers, N, M, + - * and parentheses are allowed")

    try:
        tree = ast.parse(str(expr), mode="eval")
    except SyntaxError as exc:
        raise ProfileError(f"rule {expr!r} is not an expression") from exc
    return walk(tree)


@dataclass(frozen=True)
class Rule:
    low: str
    high: str | None  # None = open

    def uses_m(self) -> bool:
        return any("M" in e for e in (self.low, self.high) if e is not None)


@dataclass(frozen=True)
class Profile:
    id: str
    description: str
    qualifiers: dict[str, Rule]
    words: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    # bounds already computed: the extractor asks for the same few hundred (qualifier,
    # value) pairs at every number of a corpus (get_profile keeps one object per rule file)
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def word_bounds(self, value_as_reported: str) -> tuple[int, int | None] | None:
        """Bounds for a number given only in words ("dozens"), or None if no rule fits."""
        key = normalise_words(value_as_reported or "")
        for word in sorted(self.words, key=len, reverse=True):
            if f" {word} " in f" {key} ":
                return self.words[word]
        return None

    def bounds_frame(self, qualifier: pd.Series, value: pd.Series, value_max: pd.Series,
                     value_as_reported: pd.Series) -> tuple[pd.Series, pd.Series]:
        """``bounds`` for many figures at once: (low, high) as nullable integer Series.

        ``value`` and ``value_max`` are numbers (float, NaN where not given). Raises
        ProfileError for a qualifier or vague words the profile has no rule for.
        """
        n_all = np.asarray(value, dtype="float64")
        m_all = np.asarray(value_max, dtype="float64")
        low = np.full(len(qualifier), np.nan)
        high = np.full(len(qualifier), np.nan)
        for q in qualifier.unique():
            sel = qualifier.eq(q).to_numpy()
            if q == "vague":
                words = value_as_reported[sel]
                for w in words.unique():
                    b = self.word_bounds(w)
                    if b is None:
                        raise ProfileError(f"profile {self.id}: no rule for the vague words {w!r} "
                                           f"(known: {', '.join(sorted(self.words))})")
                    rows = sel & value_as_reported.eq(w).to_numpy()
                    low[rows] = b[0]
                    high[rows] = np.nan if b[1] is None else b[1]
                continue
            if q not in self.qualifiers:
                raise ProfileError(f"profile {self.id}: no rule for qualifier {q!r}")
            rule = self.qualifiers[q]
            n, m = n_all[sel], m_all[sel]
            if np.isnan(n).any():
                raise ProfileError(f"qualifier {q!r} needs a number")
            if rule.uses_m() and np.isnan(m).any():
                raise ProfileError(f"qualifier {q!r} needs a second number (value_max)")
            low[sel] = _round_low(np.broadcast_to(_eval(rule.low, n, m), n.shape))
            if rule.high is not None:
                high[sel] = _round_high(np.broadcast_to(_eval(rule.high, n, m), n.shape))
        as_int = lambda a: pd.Series(pd.array(a, dtype="Float64").astype("Int64"), index=qualifier.index)  # noqa: E731
        return as_int(low), as_int(high)

    def bounds(
        self,
        qualifier: str,
        value: float | None = None,
        value_max: float | None = None,
        value_as_reported: str | None = None,
    ) -> tuple[int, int | None]:
        """Return (low, high) for one figure; high None means no upper bound.

        The same rules as ``bounds_frame``, for a single figure: computed with floats (the same
        expressions and rounding; no frame to build, as the extractor asks at every number),
        and remembered by the profile (errors are not: they are raised each time).
        """
        key = (qualifier, value, value_max, (value_as_reported or "") if qualifier == "vague" else "")
        got = self._memo.get(key)
        if got is None:
            got = self._bounds(qualifier, value, value_max, value_as_reported)
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[key] = got
        return got

    def _bounds(self, qualifier: str, value: float | None, value_max: float | None,
                value_as_reported: str | None) -> tuple[int, int | None]:
        n = np.nan if value is None else float(value)
        m = np.nan if value_max is None else float(value_max)
        if qualifier != "vague" and qualifier in self.qualifiers and not math.isnan(n):
            rule = self.qualifiers[qualifier]
            if not (rule.uses_m() and math.isnan(m)):
                lo = int(_round_low(float(_eval(rule.low, n, m))))
                hi = None if rule.high is None else int(_round_high(float(_eval(rule.high, n, m))))
                return lo, hi
        low, high = self.bounds_frame(  # the rest, and every error, as bounds_frame says it
            pd.Series([qualifier], dtype="str"),
            pd.Series([np.nan if value is None else value], dtype="float64"),
            pd.Series([np.nan if value_max is None else value_max], dtype="float64"),
            pd.Series([value_as_reported or ""], dtype="str"))
        return int(low.iloc[0]), None if pd.isna(high.iloc[0]) else int(high.iloc[0])


def normalise_words(text: str) -> str:
    """Lower case, hyphens as spaces, single spaces; "a couple hundred" read as "a couple of hundred"."""
    words = " ".join(text.lower().replace("-", " ").split())
    return re.sub(r"(?<![a-z])couple (?=(?:dozen|hundred|thousand)(?![a-z]))", "couple of ", words)


def _parse_bound(v):
    if v is None or (isinstance(v, str) and v.strip().lower() == "open"):
        return None
    return v


def _check_rule(expr, file: str, node, key) -> str:
    """A rule expression as text, checked now (numbers, N, M, + - *), so a bad rule is
    refused where it is written, not when a figure first needs it."""
    if isinstance(expr, bool) or not isinstance(expr, (str, int, float)):
        raise ProfileError(f"{key!r} must be an expression in N and M, not {expr!r}", *where(file, node, key))
    try:
        _eval(str(expr), 1.0, 1.0)
    except ProfileError as err:
        raise ProfileError(str(err), *where(file, node, key)) from None
    except (ValueError, OverflowError, RecursionError, MemoryError):
        raise ProfileError(f"rule {str(expr)[:80]!r} cannot be evaluated", *where(file, node, key)) from None
    return str(expr)


def _word_bound(v, file: str, node, key, open_ok: bool) -> int | None:
    if open_ok and _parse_bound(v) is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ProfileError(f"{key!r} must be a whole number of 0 or more{' or open' if open_ok else ''}, "
                           f"not {v!r}", *where(file, node, key))
    return v


def _mapping(node, what: str, file: str, parent, key) -> dict:
    if not isinstance(node, dict):
        raise ProfileError(f"{what} must be a mapping, not {type(node).__name__} {str(node)[:60]!r}",
                           *where(file, parent, key))
    return node


@lru_cache(maxsize=8)
def _load(path: str, mtime: float, name: str) -> tuple[str, dict[str, Profile]]:
    """Parse and check the rule file; every problem is a ProfileError located at its
    line and column (``FILE:LINE:COLUMN: message``)."""
    try:
        doc = yamlfile.load(path, name)
    except yamlfile.InputFileError as err:
        raise ProfileError(err.message, err.file, err.line, err.column) from None
    if not isinstance(doc, dict) or "profiles" not in doc:
        raise ProfileError("expected a mapping with 'default' and 'profiles'", *where(name, doc))
    profiles: dict[str, Profile] = {}
    for pid, body in _mapping(doc["profiles"], "profiles", name, doc, "profiles").items():
        if not isinstance(pid, str):
            raise ProfileError(f"a profile id must be text, not {pid!r}", *where(name, doc["profiles"], pid))
        body = _mapping(body, f"profile {pid}", name, doc["profiles"], pid)
        quals = {}
        rules = _mapping(body.get("qualifiers") or {}, f"profile {pid}: qualifiers", name, body, "qualifiers")
        for q, rule in rules.items():
            if q not in QUALIFIERS:
                raise ProfileError(f"profile {pid}: unknown qualifier {q!r}", *where(name, rules, q))
            rule = _mapping(rule, f"profile {pid}: qualifier {q}", name, rules, q)
            if "low" not in rule:
                raise ProfileError(f"profile {pid}: qualifier {q}: no 'low' rule", *where(name, rules, q))
            high = _parse_bound(rule.get("high"))
            quals[q] = Rule(low=_check_rule(rule["low"], name, rule, "low"),
                            high=None if high is None else _check_rule(high, name, rule, "high"))
        missing = set(QUALIFIERS) - {"vague"} - set(quals)
        if missing:
            raise ProfileError(f"profile {pid}: no rule for {', '.join(sorted(missing))}", *where(name, body))
        words = {}
        table = _mapping(body.get("words") or {}, f"profile {pid}: words", name, body, "words")
        for w, rule in table.items():
            rule = _mapping(rule, f"profile {pid}: words {w!r}", name, table, w)
            if not isinstance(w, str) or not normalise_words(w):
                raise ProfileError(f"profile {pid}: vague words must be text, not {w!r}", *where(name, table, w))
            low = _word_bound(rule.get("low"), name, rule, "low", open_ok=False)
            high = _word_bound(rule.get("high"), name, rule, "high", open_ok=True)
            if high is not None and high < low:
                raise ProfileError(f"profile {pid}: words {w!r}: low {low} is above high {high}",
                                   *where(name, table, w))
            words[normalise_words(w)] = (low, high)
        profiles[pid] = Profile(pid, " ".join(str(body.get("description", "")).split()), quals, words)
    default = doc.get("default")
    if not isinstance(default, str) or default not in profiles:
        raise ProfileError(f"default profile {default!r} is not defined", *where(name, doc, "default"))
    return default, profiles


def load_profiles(path: Path | str | None = None) -> tuple[str, dict[str, Profile]]:
    """Return (default profile id, {id: Profile}) from the rule file."""
    p = Path(path) if path is not None else _case_profiles()
    try:
        name = p.resolve().relative_to(PATHS.root).as_posix()
    except Exception:  # ValueError: outside the case; CaseError: no case (shipped profiles)
        name = str(p)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as err:
        raise ProfileError(f"cannot be read: {err.strerror or err}", name) from None
    return _load(str(p), mtime, name)


def _case_profiles() -> Path:
    """The current case's rule file; outside any case (``crosstally extract`` on a file),
    the profiles crosstally ships."""
    from .case import CaseError

    try:
        return PATHS.profiles
    except CaseError:
        from .scaffold import shipped_path

        return shipped_path("rules/bound-profiles.yaml")


def get_profile(profile_id: str | None = None, path: Path | str | None = None) -> Profile:
    """The named profile, or the file's default when ``profile_id`` is None."""
    default, profiles = load_profiles(path)
    pid = profile_id or default
    if pid not in profiles:
        raise ProfileError(f"unknown bound profile {pid!r}; known: {', '.join(sorted(profiles))}")
    return profiles[pid]
