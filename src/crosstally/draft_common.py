"""Small text helpers shared by the drafter's parts (:mod:`crosstally.draft_dates`,
:mod:`crosstally.draft_places`, :mod:`crosstally.draft_claimants` and :mod:`crosstally.draft`):
paragraph spans and the pattern that matches any of a set of names.
"""
from __future__ import annotations

import re
from functools import lru_cache


def _alias_pattern(names: list[str], case_sensitive: bool) -> re.Pattern | None:
    return _alias_pattern_of(tuple(sorted(set(names))), case_sensitive)


@lru_cache(maxsize=32)
def _alias_pattern_of(names: tuple[str, ...], case_sensitive: bool) -> re.Pattern | None:
    """(compiled once per set of names: a document's drafts build their Claimants each time)"""
    if not names:
        return None
    # spaces match any whitespace, and an apostrophe either way it is typed ("Israel's" and "Israel’s")
    alt = "|".join(re.sub(r"['’]", "['’]", re.escape(n).replace(r"\ ", r"\s+"))
                   for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", 0 if case_sensitive else re.IGNORECASE)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: a line break ends one, unless the next line begins in lower case (a line
    wrapped inside a sentence)."""
    spans, lo = [], 0
    for m in re.finditer(r"\n+", text):
        nxt = text[m.end():m.end() + 1]
        if "\n\n" in m.group() or not nxt.islower():
            if text[lo:m.start()].strip():
                spans.append((lo, m.start()))
            lo = m.end()
    if text[lo:].strip():
        spans.append((lo, len(text)))
    return spans or [(0, len(text))]
