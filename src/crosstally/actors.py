"""Who did it: the names the extractor reports as a figure's ``perpetrator_phrase``.

Two vocabularies meet here:

- **General words, for any war**, kept in the package: forces named by their role
  (``government forces``, ``security forces``, ``the army``, ``militants``, ``militias``,
  ``insurgents``, ``rebels``, ``the opposition``, ``the regime``, ``the coalition``), the
  words that may follow a name (``... airstrikes``, ``... warplanes``, ``... forces``,
  ``... artillery``), the words before it (``the``, ``pro-``, ``Saudi-led``), and the
  construction ``<attack> by <Name>`` (``airstrikes by the Rapid Support Forces``,
  ``shelling by Ukrainian forces``), which reads a party's name the package has never
  seen.
- **The names of a conflict's parties** (``Russian``, ``Assad``, ``Islamic State``,
  ``RSF``), which belong to the case: the ``actors`` list of its ``crosstally.yaml``
  (read and checked by :mod:`crosstally.case`). The extractor reads the current case's
  list unless given one; outside any case, the general words only.

A name written with a capital first letter matches only capitalised in a text
(``Russia``, not ``russia``); a name written in lower case matches either (``coalition``,
``Coalition``). The rest of a name matches as written, any whitespace between its words,
with an optional possessive (``Russia's``, ``Assad’s``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

GENERAL_ACTORS = (
    "government forces", "security forces", "armed forces", "army", "militants", "militia",
    "militias", "paramilitaries", "insurgents", "rebels", "rebel", "opposition", "regime",
    "coalition",
)
"""Actors of any war, named by their role (lower case: either case of the first letter)."""

FOLLOWERS = (
    "air strikes", "airstrikes", "warplanes", "war planes", "jets", "aircraft", "planes", "forces",
    "troops", "military", "air force", "aviation", "bombing campaign", "bombing", "bombers",
    "air campaign", "raids", "strikes", "helicopters", "artillery", "shelling", "army",
)
"""Words that may follow a name and belong to the phrase ("Russian airstrikes")."""


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


_ATTACKS_BEFORE_BY = re.compile(
    r"(?<![a-z])(?:air\s?strikes?|strikes?|raids?|shelling|bombing|bombardments?|attacks?|fire"
    r"|assaults?|offensive|drone\s+strikes?|missile\s+strikes?)"
    r"(?:\s+(?:carried\s+out|launched|conducted|mounted))?\s+\Z")
_NAME_WORD = r"[A-Z][\w’'.-]*"
_BY_NAME = re.compile(
    rf"by\s+(?P<who>(?:the\s+)?{_NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_NAME_WORD})*)")
_BEFORE = re.compile(r"(?:(?<![A-Za-z])[Tt]he\s+)?(?:[A-Z][A-Za-z.]*-led\s+|[Pp]ro-)?\Z")


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


_FOLLOWERS_RE = "|".join(_phrase(f) for f in _longest_first(FOLLOWERS))
_FOLLOWER_AFTER = re.compile(rf"\s+(?:{_FOLLOWERS_RE})(?![\w-])")
_SPACE = re.compile(r"\s*")
_TRIGGER_RE = re.compile(r"[a-z]+|\d+")
_NAME_OK = re.compile(r"[A-Za-z][\w’'.\- ]*")  # the extractor's words start with a-z


def name_problem(name) -> str | None:
    """Why ``name`` cannot be an actor name, or None (crosstally.yaml's ``actors`` entries)."""
    if not isinstance(name, str) or not name.strip():
        return f"expected a name (text), got {name!r}"
    if not _NAME_OK.fullmatch(name.strip()):
        return (f"{name!r}: a name starts with a letter A-Z and holds letters, digits, spaces, "
                "apostrophes, dots and hyphens only")
    return None


@dataclass(frozen=True)
class Vocabulary:
    """The compiled actor vocabulary: trigger words and the patterns grown from them."""

    names: tuple[str, ...]
    capitalised: frozenset  # trigger words of names that match only capitalised
    any_case: frozenset  # trigger words of names that match in either case
    at: re.Pattern  # a name (and its followers) at a trigger word, on the original text

    def before(self, text: str, s: int) -> int:
        """Where the phrase of a name found at ``s`` starts ("the", "pro-", "US-led")."""
        return _BEFORE.search(text, max(0, s - 20), s).start()

    def match(self, text: str, s: int) -> tuple[int, int, str] | None:
        """The actor phrase of a name at ``s``: (start, end, words), or None."""
        m = self.at.match(text, s)
        if not m:
            return None
        b = self.before(text, s)
        return b, m.end(), text[b:m.end()]

    def after_by(self, text: str, low: str, s: int) -> tuple[int, int, str] | None:
        """``<attack> by <Name>`` at the word "by" (``s``): the name as an actor phrase,
        unless a known name starts there (it is read at its own trigger word)."""
        if not _ATTACKS_BEFORE_BY.search(low, max(0, s - 40), s):
            return None
        m = _BY_NAME.match(text, s)
        if not m:
            return None
        who = m.start("who")
        name_at = who + 4 if text.startswith(("the ", "The "), who) else who
        if self.at.match(text, name_at):
            return None
        end = m.end("who")
        after = _SPACE.match(text, end).end()
        if text[end - 4:end] == "-led" or self.at.match(text, after):
            return None  # "by the Saudi-led coalition": the known name, read at its own word
        f = _FOLLOWER_AFTER.match(text, end)
        end = f.end() if f else end
        return who, end, text[who:end]


@lru_cache(maxsize=32)
def vocabulary(case_names: tuple[str, ...] = ()) -> Vocabulary:
    """The general words plus ``case_names`` (a case's ``actors``), compiled."""
    names = tuple(dict.fromkeys((*GENERAL_ACTORS, *(n.strip() for n in case_names))))
    capitalised, any_case, alternatives = set(), set(), []
    for name in names:
        problem = name_problem(name)
        if problem:
            raise ValueError(problem)
        trigger = _TRIGGER_RE.match(name.lower())[0]
        first = name[0]
        if first.isupper():
            capitalised.add(trigger)
            head = re.escape(first)
        else:
            any_case.add(trigger)
            head = f"[{re.escape(first)}{re.escape(first.upper())}]"
        alternatives.append((name, head + _phrase(name)[len(re.escape(first)):]))
    alternatives.sort(key=lambda a: (-len(a[0]), a[0]))
    at = re.compile(rf"(?:{'|'.join(p for _, p in alternatives)})(?:[’']s)?(?:\s+(?:{_FOLLOWERS_RE}))?(?![\w-])")
    return Vocabulary(names, frozenset(capitalised - any_case), frozenset(any_case), at)


def case_actors() -> tuple[str, ...]:
    """The current case's ``actors`` (crosstally.yaml); none outside any case. Read again
    only when the file changes (the extractor asks once per document)."""
    config = _current_config()
    return config.actors if config is not None else ()


def case_campaign_force() -> tuple[str, ...]:
    """The current case's ``campaign_force`` (crosstally.yaml): the names among its actors
    that are the campaign's own force; none outside any case or when it lists none."""
    config = _current_config()
    return config.campaign_force if config is not None else ()


def _current_config():
    """The current case's configuration (``crosstally.case.CaseConfig``), or None outside
    any case; read again only when crosstally.yaml changes."""
    from .case import CONFIG_FILE, CaseError, find_root

    try:
        file = find_root() / CONFIG_FILE
        stamp = file.stat().st_mtime_ns
    except (CaseError, OSError):
        return None
    return _config_of(str(file), stamp)


@lru_cache(maxsize=8)
def _config_of(file: str, stamp: int):
    from pathlib import Path

    from .case import load_config

    return load_config(Path(file).parent)


def perpetrator_scope(phrase: str, sentence: str, force: tuple[str, ...]) -> tuple[str, str]:
    """(perpetrator_scope, why) of a draft whose perpetrator phrase is ``phrase``, in
    ``sentence``: ``campaign_force`` when the phrase names one of the campaign's own names
    (``force``) and no other party of the case joined to it ("Russian warplanes"),
    ``several_forces`` when "and" or "with" joins another party to it in the sentence
    ("Russian and Syrian government warplanes"), else ``all_or_unspecified`` (no force
    singled out, or another force: a reviewer's call). A capitalised name matches only
    capitalised, as in :func:`vocabulary`."""
    if not phrase or not force:
        return "all_or_unspecified", ""

    def names(text: str, words) -> list[str]:
        found = []
        for w in _longest_first(words):
            flags = 0 if w[:1].isupper() else re.IGNORECASE
            if re.search(rf"(?<![\w-]){_phrase(w)}(?:[’']s)?(?![\w-])", text, flags):
                found.append(w)
        return found

    own = names(phrase, force)
    if not own:
        return "all_or_unspecified", ""
    at = sentence.find(phrase)
    joined = sentence[at:at + len(phrase) + 60] if at >= 0 else phrase
    others = [n for n in names(joined, [a for a in case_actors() if a not in force])
              if re.search(rf"(?<![\w-])(?:and|with|together\s+with)\s+(?:the\s+)?{_phrase(n)}", joined,
                           0 if n[:1].isupper() else re.IGNORECASE)]
    if others:
        return "several_forces", f"perpetrator names the campaign's force ({own[0]!r}) and {others[0]!r}: several_forces"
    return "campaign_force", f"perpetrator names the campaign's force ({own[0]!r}): campaign_force"
