"""Could a learned model take over from the drafting rules where they fail? Prints three answers,
measured on the tuned text only (``labelled/tuned.txt`` and the dev batches), each part held out in
turn (grouped cross-validation: a model never sees the part it is scored on):

1. **Blanking claimants.** A logistic regression reads a drafted claimant's rule (the first clause of
   its ``why``), the words around the number, the paragraph's place in the text and the drafted
   metric, and says whether the labeller left the claimant empty. Printed: the net change in right
   claimants if the drafts followed it (blanked and the label empty, minus blanked and the label had
   the drafted id), at several settings.
2. **Knowing which drafts to check.** How well the rule alone (``why``), or the rule and the words,
   rank a draft's claimant and period end as right or wrong: ROC AUC, and the accuracy of the half
   the model trusts most against the other half.
3. **Whose convention.** Among figures whose claimant the drafts carried from another sentence (no
   attributing words in their own), how often each part's labeller left it empty. Parts whose
   labellers (all blind to the drafts, all with the same rules) split the same way of reading show
   a convention the rules do not settle, not a defect of a text.
4. **Whole country or a division?** Where the drafted admin-1 and the label differ only in scope (the
   country against a division of it), a logistic regression reads the draft's place rule (the ``why``'s
   place clause), the words around the number, the metric and the paragraph, and says whether the
   labeller took the other scope. Printed, at several thresholds: for drafted divisions labelled the
   country, the net change in right admin-1 if the drafts followed it; for drafted countries labelled
   a division, the net number of such drafts it picks out (a ceiling: the division would still have to
   be chosen).

Needs scikit-learn (``pip install -e .[learn]``); drafting the tuned text takes about four minutes.
Run: ``python benchmarks/learned.py``.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction as E  # noqa: E402

PART_MIN = 4  # parts with fewer carried claimants are not shown in the convention table


def _reading(clause: str, width: int, *subs: tuple[str, str]) -> str:
    """A rule's words as one reading: quoted words as Q, then each (pattern, replacement) in turn, spaces
    collapsed, cut at ``width`` characters."""
    c = re.sub(r"'[^']*'|\"[^\"]*\"", "Q", clause)
    for pattern, replacement in subs:
        c = re.sub(pattern, replacement, c)
    return " ".join(c.split())[:width]


def rule_of(why: str) -> str:
    """The claimant rule a draft's ``why`` names (its first clause, before the metric's), with the
    quoted words, ids and parenthesised asides taken out: the same rule in two texts reads the same."""
    return _reading(str(why).split("; metric")[0].split(";")[0], 60, (r"\([^)]*\)", ""), (r"-> [\w-]+", "-> ID"),
                    (r"claimant [\w-]+:", "claimant ID:"))


def date_rule_of(why: str) -> str:
    """The period-end rule a draft's ``why`` names (after ``dates:``), quoted words and days taken out."""
    m = re.search(r"dates: ([^;]*)", str(why))
    return _reading(m.group(1) if m else "none", 100, (r"\d{4}-\d\d(-\d\d)?", "D"), (r"\([^)]*\)", ""),
                    (r"last \w+day", "last DAY"))


def place_rule_of(why: str) -> str:
    """The admin-1 rule a draft's ``why`` names (its clauses about a place, a unit or the country),
    quoted words, codes and counts taken out."""
    clauses = [c for c in str(why).split("; ") if not c.startswith(("claimant", "metric", "dates", "perpetrator"))
               and re.search(r"place|->|countr|names .* most|refers back", c)]
    return _reading(" ".join(clauses), 120, (r"names .*? most", "names Q most"),
                    (r"-> (?:the whole country )?[A-Z]{2}[-A-Z0-9]*(?:;[A-Z]{2}[-A-Z0-9]*)*", "-> CODE"),
                    (r"\(\d+ times\)", ""))


def scope_of(code: str) -> str:
    """'country' for a country's code alone (or several), 'division' when a division is among them, '' for none."""
    codes = E._codes(code)
    return "" if not codes else "division" if any("-" in c for c in codes) else "country"


def countries_of(code: str) -> str:
    """The countries of admin-1 codes, sorted and joined by ';' ('QZ-01;QZ' -> 'QZ')."""
    return ";".join(sorted({c.split("-")[0] for c in E._codes(code)}))


def words_around(text: str, start: int) -> str:
    """The words of the number's paragraph up to 200 characters before it and 120 after, lower case,
    digits as 0."""
    lo = max(text.rfind("\n\n", 0, start), 0)
    hi = text.find("\n\n", start)
    hi = len(text) if hi < 0 else hi
    return re.sub(r"\d+", "0", text[max(lo, start - 200):min(hi, start + 120)].lower())


def matched_rows() -> pd.DataFrame:
    """One row per labelled figure of the tuned text that the drafts found: the draft, its ``why``,
    the label, which fields are right, the part, and the words around the number."""
    texts, labels, _ = E.load_labelled()
    documents = E.labelled_documents()
    tuned = {t.removesuffix(".txt") for t in E.tuned_parts()} | {"dev"}
    documents = documents[documents["split"].isin(tuned)]
    docs = set(documents["document"])
    labels = labels[labels["document"].isin(docs) & labels["document"].str.contains("/[1-9][0-9]+_", regex=True)]
    preds = E.draft_predictions({d: t for d, t in texts.items() if d in docs}, documents)
    split = dict(zip(documents["document"], documents["split"]))
    rows = []
    for li, pi in E.match(labels, preds):
        lab, pred = labels.loc[li], preds.loc[pi]
        text = texts[lab["document"]]
        rows.append({"part": split[lab["document"]], "why": pred["why"], "metric": pred["metric"],
                     "drafted": "" if str(pred["claimant"]) in ("", "nan") else str(pred["claimant"]),
                     "labelled": "" if str(lab["claimant"]) in ("", "nan") else str(lab["claimant"]),
                     "claimant_right": E._field_right(lab, pred, "claimant"),
                     "period_end_right": E._field_right(lab, pred, "period_end"),
                     "admin1_drafted": str(pred["admin1"]), "admin1_labelled": str(lab["admin1"]),
                     "admin1_right": E._field_right(lab, pred, "admin1"),
                     "paragraph": min(text[:max(text.rfind("\n\n", 0, int(lab["start"])), 0)].count("\n\n"), 4),
                     "words": words_around(text, int(lab["start"]))})
    return pd.DataFrame(rows)


def _features(df: pd.DataFrame, rule) -> list[dict]:
    return [{"rule=" + rule(w): 1, f"paragraph={p}": 1, f"metric={m}": 1, f"drafted_empty={d == ''}": 1}
            for w, p, m, d in zip(df["why"], df["paragraph"], df["metric"], df["drafted"])]


def grouped_scores(df: pd.DataFrame, target: pd.Series, rule, words: bool, c: float = 0.3) -> pd.Series:
    """Each row's probability of ``target``, from a model trained on every other part."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    feats = _features(df, rule)
    out = pd.Series(0.0, index=df.index)
    for part in sorted(df["part"].unique()):
        train, test = (df["part"] != part).to_numpy(), (df["part"] == part).to_numpy()
        dv = DictVectorizer()
        x = dv.fit_transform([f for f, t in zip(feats, train) if t])
        xt = dv.transform([f for f, t in zip(feats, test) if t])
        if words:
            cv = CountVectorizer(min_df=5, binary=True)
            x = hstack([x, cv.fit_transform(df["words"][train])]).tocsr()
            xt = hstack([xt, cv.transform(df["words"][test])]).tocsr()
        model = LogisticRegression(C=c, max_iter=3000).fit(x, target[train])
        out[test] = model.predict_proba(xt)[:, 1]
    return out


def blanking(df: pd.DataFrame) -> list[tuple[float, float, int, int, int]]:
    """[(C, threshold, blanked, blanked rightly, blanked wrongly)] for the drafts that name a claimant."""
    named = df[df["drafted"] != ""].reset_index(drop=True)
    empty = (named["labelled"] == "").astype(int)
    out = []
    for c in (0.3, 1.0):
        p = grouped_scores(named, empty, rule_of, words=True, c=c)
        for thr in (0.5, 0.6, 0.7):
            blank = p > thr
            out.append((c, thr, int(blank.sum()), int((blank & (named["labelled"] == "")).sum()),
                        int((blank & (named["labelled"] == named["drafted"])).sum())))
    return out


def ranking(df: pd.DataFrame, field: str, rule, words: bool) -> tuple[float, float, float]:
    """(ROC AUC, accuracy of the half most trusted, of the other half) for ``field``."""
    from sklearn.metrics import roc_auc_score
    right = df[f"{field}_right"].astype(int)
    p = grouped_scores(df, right, rule, words)
    top = p >= p.median()
    return roc_auc_score(right, p), right[top].mean(), right[~top].mean()


def scope_readings(df: pd.DataFrame) -> pd.DataFrame:
    """The drafts whose admin-1 the labels either share or differ from only in scope (the same country's
    division against the country), with ``other_scope`` true where the label has the other scope."""
    d = df.assign(drafted_scope=df["admin1_drafted"].map(scope_of), labelled_scope=df["admin1_labelled"].map(scope_of))
    same_country = d["admin1_drafted"].map(countries_of) == d["admin1_labelled"].map(countries_of)
    keep = (d["drafted_scope"] != "") & (d["admin1_right"] | (same_country & (d["labelled_scope"] != "")
                                                              & (d["labelled_scope"] != d["drafted_scope"])))
    d = d[keep].copy()
    d["other_scope"] = ~d["admin1_right"] & (d["labelled_scope"] != d["drafted_scope"])
    return d.reset_index(drop=True)


def scope(df: pd.DataFrame) -> list[tuple[str, int, int, float, int, int, int]]:
    """[(drafted scope, drafts, labelled the other scope, threshold, flipped, rightly, wrongly)]."""
    d = scope_readings(df)
    out = []
    for drafted in ("division", "country"):
        part = d[d["drafted_scope"] == drafted].reset_index(drop=True)
        target = part["other_scope"].astype(int)
        p = grouped_scores(part, target, place_rule_of, words=True)
        for thr in (0.6, 0.7, 0.8):
            flip = p > thr
            out.append((drafted, len(part), int(target.sum()), thr, int(flip.sum()),
                        int((flip & part["other_scope"]).sum()), int((flip & ~part["other_scope"]).sum())))
    return out


def conventions(df: pd.DataFrame) -> pd.DataFrame:
    """By part: the drafts' carried claimants (a claimant taken from another sentence) and how many of
    them the labeller left empty."""
    carried = df[(df["drafted"] != "") & df["why"].str.startswith("no attributing words")]
    g = carried.groupby("part").agg(carried=("labelled", "size"), left_empty=("labelled", lambda s: int((s == "").sum())))
    return g[g["carried"] >= PART_MIN].sort_values("left_empty")


def main() -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("benchmarks/learned.py needs scikit-learn: pip install -e '.[learn]'", file=sys.stderr)
        return 2
    df = matched_rows()
    print(f"Tuned text: {len(df)} labelled figures the drafts found, {df['part'].nunique()} parts; "
          f"claimant right {df['claimant_right'].mean():.3f}, period end right {df['period_end_right'].mean():.3f}")
    print("\n1. Blanking drafted claimants the model reads as the writer's own voice (each part held out in turn):")
    for c, thr, n, good, bad in blanking(df):
        print(f"   C={c} threshold {thr}: blanked {n}, rightly {good}, wrongly {bad}: net {good - bad:+d} of {len(df)}")
    print("\n2. Ranking drafts for review (each part held out in turn):")
    for field, rule in (("claimant", rule_of), ("period_end", date_rule_of)):
        for words in (False, True):
            auc, hi, lo = ranking(df, field, rule, words)
            print(f"   {field:10} {'rule and words' if words else 'rule alone':14} AUC {auc:.3f}; "
                  f"the half most trusted right {hi:.3f}, the other half {lo:.3f}")
    print("\n3. Carried claimants (no attributing words in their own sentence) the labeller left empty, by part:")
    conv = conventions(df)
    print(conv.to_string())
    print(f"   parts whose labeller left at most 1 in 5 empty: {int((conv.left_empty <= conv.carried / 5).sum())}; "
          f"more than half: {int((conv.left_empty > conv.carried / 2).sum())} (of {len(conv)} parts with "
          f"{PART_MIN} or more)")
    print("\n4. Whole country or a division: drafts whose admin-1 the label shares or differs from only in scope "
          "(each part held out in turn):")
    for drafted, n, other, thr, flipped, good, bad in scope(df):
        print(f"   drafted a {drafted:8} ({n}, the label the other scope in {other}) threshold {thr}: flipped {flipped}, "
              f"rightly {good}, wrongly {bad}: net {good - bad:+d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
