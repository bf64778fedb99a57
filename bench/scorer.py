"""A learned scorer over candidate participant pairs, compared with the rules on the evaluation set's test part.

    .venv/bin/python bench/scorer.py [--store DIR]

Candidates: every pair of sides (people the article names, countries) in a sentence holding a meeting word (any
lemma of meeting_triggers.csv, before the rules' sense checks). Features: whether the rules report the pair, the
trigger's kind and part of speech, whether each side is tied to the trigger through the parse and how far, the
sides' types and countries, negation, future and reporting cues, distances. Label: the pair is in a gold meeting of
the article. A logistic regression (scikit-learn, installed for this script only) is trained on the tuning part;
the threshold is chosen by cross-validation on the tuning part; both are then scored on the test part against the
rules alone, as participant pairs per article; a third line lets the scorer only drop pairs the rules report.
Needs an ingested store of tests/fixtures/eval/articles.jsonl
(`bilateral-lens ingest --store DIR tests/fixtures/eval/articles.jsonl`).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from itertools import combinations
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import load_corpus  # noqa: E402
from core.knowledge import Knowledge, country_display_name, fold, knowledge_rows, load_knowledge  # noqa: E402
from core.pipeline.senses import negated  # noqa: E402
from core.pipeline.nlp import load_nlp  # noqa: E402
from core.pipeline.sides import cues, linked, path, place_token  # noqa: E402

EVAL = ROOT / "tests" / "fixtures" / "eval"
KINDS = ("talks", "visit", "summit", "call", "signing")


def trigger_kinds() -> dict[tuple[str, str], str]:
    return {(r["lemma"], r["pos"]): r["kind"] for r in knowledge_rows("meeting_triggers.csv")}


def sides_in(doc, sent, kb):
    """(name, token, type, country) of the people and countries of a sentence, one per name (its first mention)."""
    out = {}
    for m in doc._.bl_people:
        if sent.start_char <= m.start < sent.end_char and not m.rule.startswith("role-"):
            out.setdefault(m.canonical, (m.canonical, doc[m.token], "person", m.country, bool(m.person_id)))
    for p in doc._.bl_places:
        if sent.start_char <= p.start < sent.end_char and p.label == "COUNTRY":
            name = country_display_name(p.country)
            out.setdefault(name, (name, place_token(doc, p), "country", p.country, True))
    return list(out.values())


def features(doc, sent, trigger, kind, a, b, rule_pairs, n_sides) -> list[float]:
    words = {t.lower_ for t in sent}
    c = cues()
    la, lb = linked(a[1], trigger), linked(b[1], trigger)
    pa, pb = path(a[1], trigger), path(b[1], trigger)
    da = len(pa) if pa is not None else 12
    db = len(pb) if pb is not None else 12
    pos = 1.0 if trigger.pos_ in ("VERB", "AUX") else 0.0
    types = {a[2], b[2]}
    return [
        1.0 if frozenset((fold(a[0]), fold(b[0]))) in rule_pairs else 0.0,
        *[1.0 if kind == k else 0.0 for k in KINDS],
        pos,
        float(la), float(lb), float(la and lb), float(la or lb),
        min(da, db) / 10, max(da, db) / 10,
        float(types == {"person"}), float(types == {"person", "country"}), float(types == {"country"}),
        float(bool(a[3]) and a[3] == b[3]),
        float(a[4] and b[4]),
        float(negated(trigger)),
        float(bool(words & c.get("future", frozenset()))),
        float(bool(words & c.get("reporting", frozenset()))),
        float(bool(words & c.get("background", frozenset()))),
        abs(a[1].i - b[1].i) / 20,
        min(abs(a[1].i - trigger.i), abs(b[1].i - trigger.i)) / 20,
        n_sides / 10,
    ]


def candidates(doc: Doc, kb: Knowledge, kinds: dict[tuple[str, str], str]) -> tuple[dict[frozenset, list[float]], set[frozenset]]:
    """(pair of folded names, features) for every candidate of the article; one row per pair, its best trigger."""
    rule_pairs = set()
    for m in doc._.bl_meetings:
        names = sorted({fold(p) for p in m.participants})
        if len(names) <= 5:  # as the gold pairs: a larger meeting is scored as a record (bench/quality.py)
            rule_pairs |= {frozenset(p) for p in combinations(names, 2)}
    best: dict[frozenset, list[float]] = {}
    for sent in doc.sents:
        sides = sides_in(doc, sent, kb)
        if len(sides) < 2:
            continue
        for token in sent:
            pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
            kind = (kinds.get((token.lemma_.lower(), pos)) or kinds.get((token.lower_, pos))) if pos else None
            if not kind:
                continue
            for a, b in combinations(sides, 2):
                key = frozenset((fold(a[0]), fold(b[0])))
                row = features(doc, sent, token, kind, a, b, rule_pairs, len(sides))
                if key not in best or (row[0], row[9]) > (best[key][0], best[key][9]):
                    best[key] = row
    return best, rule_pairs


def gold_pairs(gold) -> set[frozenset]:
    out = set()
    for m in gold["meetings"]:
        names = sorted({fold(p) for p in m["participants"]})
        if 2 <= len(names) <= 5:
            out |= {frozenset(p) for p in combinations(names, 2)}
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(articles, founds) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for art, found in zip(articles, founds):
        tp += len(found & art["gold"])
        fp += len(found - art["gold"])
        fn += len(art["gold"] - found)
    return prf(tp, fp, fn)


def main() -> int:
    try:
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import KFold
    except ImportError:
        print("bench/scorer.py needs scikit-learn, which the product does not install: .venv/bin/pip install scikit-learn",
              file=sys.stderr)
        return 2

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="an ingested store of the evaluation articles")
    args = parser.parse_args()
    gold = {g["id"]: g for g in map(json.loads, (EVAL / "gold.jsonl").read_text("utf-8").splitlines())}
    with open(EVAL / "split.csv", newline="") as handle:
        part_of = {row["id"]: row["part"] for row in csv.DictReader(handle)}
    corpus = load_corpus(args.store)
    nlp, kb, kinds = load_nlp(), load_knowledge(), trigger_kinds()
    articles: dict[str, list[dict]] = {"tune": [], "test": []}
    for row in corpus.articles.itertuples():
        doc = nlp.make_doc(row.text)
        doc.user_data.update(published=row.published, published_precision=row.published_precision, headings=[],
                             article_id=row.article_id, source=row.source)
        for _, component in nlp.pipeline:
            doc = component(doc)
        cands, rule_pairs = candidates(doc, kb, kinds)
        articles[part_of[row.source_id]].append({"cands": cands, "rules": rule_pairs, "gold": gold_pairs(gold[row.source_id])})

    def matrix(arts):
        keys, rows, labels = [], [], []
        for index, art in enumerate(arts):
            for key, row in art["cands"].items():
                keys.append((index, key))
                rows.append(row)
                labels.append(1 if key in art["gold"] else 0)
        return keys, np.array(rows), np.array(labels)

    def fit(arts):
        _, x, y = matrix(arts)
        return LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced").fit(x, y)

    def predicted(model, arts, threshold):
        keys, x, _ = matrix(arts)
        found = [set() for _ in arts]
        if len(x):
            for (index, key), p in zip(keys, model.predict_proba(x)[:, 1]):
                if p >= threshold:
                    found[index].add(key)
        return found

    tune = articles["tune"]
    thresholds = [t / 20 for t in range(4, 19)]
    cv = {t: [0, 0, 0] for t in thresholds}
    for train, held in KFold(5, shuffle=True, random_state=7).split(tune):
        model = fit([tune[i] for i in train])
        held_arts = [tune[i] for i in held]
        for t in thresholds:
            for art, found in zip(held_arts, predicted(model, held_arts, t)):
                cv[t][0] += len(found & art["gold"])
                cv[t][1] += len(found - art["gold"])
                cv[t][2] += len(art["gold"] - found)
    best = max(thresholds, key=lambda t: prf(*cv[t])[2])
    model = fit(tune)
    reachable = {part: sum(len(a["gold"] & set(a["cands"])) for a in arts) / max(1, sum(len(a["gold"]) for a in arts))
                 for part, arts in articles.items()}
    print(f"candidates: tune {sum(len(a['cands']) for a in tune)}, test {sum(len(a['cands']) for a in articles['test'])}; "
          f"gold pairs reachable as candidates: tune {reachable['tune']:.0%}, test {reachable['test']:.0%}")
    print(f"threshold chosen by 5-fold cross-validation on the tuning part: {best:.2f} (cross-validated F1 {prf(*cv[best])[2]:.3f})")
    print(f"{'participant pairs (<= 5 per meeting)':40}{'P':>7}{'R':>7}{'F1':>7}")
    for part, arts in articles.items():
        rules = score(arts, [a["rules"] for a in arts])
        learned = score(arts, predicted(model, arts, best))
        print(f"{part + ': rules':40}{rules[0]:>7.3f}{rules[1]:>7.3f}{rules[2]:>7.3f}")
        print(f"{part + ': learned scorer':40}{learned[0]:>7.3f}{learned[1]:>7.3f}{learned[2]:>7.3f}")
        kept = [found | (a["rules"] - set(a["cands"])) for a, found in
                zip(arts, (f & a["rules"] for a, f in zip(arts, predicted(model, arts, best))))]
        filtered = score(arts, kept)
        print(f"{part + ': rules filtered by the scorer':40}{filtered[0]:>7.3f}{filtered[1]:>7.3f}{filtered[2]:>7.3f}")
    names = ["rules", *KINDS, "verb", "a linked", "b linked", "both linked", "either linked", "min path", "max path",
             "person-person", "person-country", "country-country", "same country", "both known", "negated", "future",
             "reporting", "background", "side distance", "trigger distance", "sides in sentence"]
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, model.coef_[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
