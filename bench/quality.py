"""Extraction quality on the hand-checked evaluation set, tuning and test parts side by side.

    .venv/bin/python bench/quality.py [--details] [--store DIR] [--write-about]

The set is tests/fixtures/eval (200 Wikinews articles, CC BY 2.5; labelling guide and split in its README). Scores:
- persons: canonical names (accent- and case-folded) per article of the people the text names (a person referred to
  only by role, "the Chinese premier", is left out, as the labelling guide does);
- meetings as records: a gold meeting is found when a found meeting of the article shares two of its participants (or
  its only one); each found meeting matches at most one gold meeting;
- meetings as participant pairs: every unordered pair of participants of a meeting, per article; meetings of more
  than MAX_PAIRED participants (summits listing dozens of states) are scored as records only, or they would outweigh
  every other meeting, and so is the found meeting that matches one of them (its attendees named in part), but for
  the pairs it shares with a smaller gold meeting;
- meeting dates and places: over gold meetings matched to a found meeting (sharing a pair, or the only participant;
  of those, the ones that stand for no closer gold meeting, if any; among several, the one background or news as
  the gold one is, then the one of its kind, then the one with its participants, then the first);
  a date resolved from the publication date ("approx") counts as unknown unless it equals the gold date; a week
  ("last week", stored as its Monday) is right against the month it falls in, the guide having no week precision;
- sectors per article;
- events and places on the five seed articles, against the seed golden tests' expectations.
Errors are counted by mechanism. `--details` prints per-article misses and false alarms for the TUNING part only:
the test part is for reporting, not for reading errors. `--write-about` also writes the test part's figures, with
the date and pipeline version they were measured on, to core/data/quality.json, which the dashboard's About page shows.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import load_corpus  # noqa: E402
from core.pipeline.ingest import ingest  # noqa: E402
from core.knowledge import fold as fold_text, load_knowledge, organisations  # noqa: E402
from core.store.schema import value  # noqa: E402
from core.store import Store  # noqa: E402

EVAL = ROOT / "tests" / "fixtures" / "eval"
_INITIAL = re.compile(r"\b([a-z])\.\s*")


def fold(name: str) -> str:
    """A name folded for comparison, its initials written one way ("K.K. Mital", "K. K. Mital", "K K Mital")."""
    return " ".join(_INITIAL.sub(r"\1 ", fold_text(name)).split())

PARTS = ("tune", "test")
MAX_PAIRED = 5
ABOUT = ROOT / "core" / "data" / "quality.json"
MEANINGS = {
    "persons": "People the text names, per article (canonical names; people referred to only by their role are left out).",
    "meetings": "Meetings as records: a labelled meeting is found when a found meeting of its article shares two of its participants (or its only one).",
    "meeting pairs": "Every two participants of a meeting, per article (meetings of more than five are scored as records only).",
    "meeting pairs (reported only)": "The same, leaving out background references and plans.",
    "sectors": "Sector tags per article.",
    "meeting dates right": "Of the labelled meetings that were found: the date is the labelled one (a publication date standing in counts as unknown).",
    "meeting places right": "Of the labelled meetings that were found: the place is the labelled one, or both have none.",
}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairs(participants) -> set[frozenset[str]]:
    names = sorted({fold(p) for p in participants})
    return {frozenset(pair) for pair in combinations(names, 2)} if len(names) > 1 else {frozenset(names)} if names else set()


def date_right(gold: str | None, found: dict) -> bool:
    when, precision = value(found["date"]), value(found["date_precision"])
    if precision in ("approx", "unknown"):
        return gold is None or gold == when
    if precision == "week" and when and gold and len(gold) == 7:
        monday = date.fromisoformat(when[:10])
        return gold in (monday.isoformat()[:7], (monday + timedelta(days=6)).isoformat()[:7])
    return gold == when


def place_right(gold: str | None, found: str | None) -> bool:
    return (gold is None and found is None) or (gold is not None and found is not None and fold(gold) == fold(found))


class Scores:
    def __init__(self) -> None:
        self.counts = {k: [0, 0, 0] for k in ("persons", "meetings", "meeting pairs", "meeting pairs (reported only)", "sectors")}
        self.dates = [0, 0]
        self.places = [0, 0]
        self.errors: Counter[str] = Counter()

    def add(self, key: str, tp: int, fp: int, fn: int) -> None:
        for i, v in enumerate((tp, fp, fn)):
            self.counts[key][i] += v


NEAR = 300  # characters around a gold evidence: about a sentence on each side


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """The characters of `text` a quotation of it covers, whatever the whitespace."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), text)
    return match.span() if match else None


def _where_missed(pair: frozenset[str], gold: dict, found: list[dict], text: str, named_at: list[tuple[int, int, str]]) -> str:
    """Why a pair whose sides were both found is missed, told by where its gold evidence is: a meeting found there
    with other sides, both sides named there and no meeting found, or a side the evidence does not name (a role, a
    pronoun or another sentence)."""
    evidence = next((m["evidence"] for m in gold["meetings"] if pair <= {fold(p) for p in m["participants"]}), "")
    span = locate(text, evidence or "")
    if span is None:
        return "evidence not located"
    start, end = span
    names = {name for a, b, name in named_at if start <= a and b <= end}
    if any(f["start"] < end and f["end"] > start for f in found):
        return "evidence has a meeting of other sides"
    if pair <= names:
        return "both named in evidence, no meeting there"
    missing = pair - names
    near = {name for a, b, name in named_at if start - NEAR <= a and b <= end + NEAR}
    if missing <= near:
        return "a side named only next to its evidence"
    return "a side the evidence gives by role or pronoun"


def score_article(gold: dict, people: set[str], found: list[dict], tagged: set[str], scores: Scores, countries: set[str],
                  text: str = "", named_at: list[tuple[int, int, str]] | None = None) -> list[str]:
    named_at = named_at or []
    notes: list[str] = []
    gold_people = {fold(p) for p in gold["persons"]}
    scores.add("persons", len(gold_people & people), len(people - gold_people), len(gold_people - people))
    left = list(found)
    records_only = []  # found meetings matched to a gold meeting too large to score as pairs
    for m in gold["meetings"]:
        need = min(2, len(m["participants"]))
        hit = next((f for f in left if len({fold(p) for p in m["participants"]} & {fold(p) for p in f["participants"]}) >= need), None)
        if hit is not None:
            left.remove(hit)
            if len(m["participants"]) > MAX_PAIRED:
                records_only.append(hit)
    scores.add("meetings", len(found) - len(left), len(left), len(gold["meetings"]) - (len(found) - len(left)))
    for reported_only, key in ((False, "meeting pairs"), (True, "meeting pairs (reported only)")):
        g = set().union(*[pairs(m["participants"]) for m in gold["meetings"]
                          if not (reported_only and m["referenced"]) and len(m["participants"]) <= MAX_PAIRED])
        f = set().union(*[pairs(m["participants"]) & (g if any(m is r for r in records_only) else pairs(m["participants"]))
                          for m in found if not (reported_only and m["referenced"]) and len(m["participants"]) <= MAX_PAIRED])
        scores.add(key, len(g & f), len(f - g), len(g - f))
        if not reported_only:
            for pair in f - g:
                odd = [n for n in pair if n not in gold_people and n not in countries]
                scores.errors["false pair: a participant is neither a gold person nor a state" if odd else
                              "false pair: no such meeting in the gold labels"] += 1
                notes.append(f"   false pair {sorted(pair)}")
            for pair in g - f:
                unseen = [n for n in pair if n not in people and n not in countries]
                bodies = [n for n in unseen if n in organisations()]
                reason = ("missed pair: an organisation side was not found" if bodies else
                          "missed pair: a participant was not found as a person" if unseen else
                          "missed pair: both sides found, " + _where_missed(pair, gold, found, text, named_at))
                scores.errors[reason] += 1
                notes.append(f"   missed pair {sorted(pair)} ({reason.split(': ', 1)[1]})")
    def likeness(f: dict, m: dict) -> tuple[bool, bool, bool, bool]:
        """How far a found meeting is from a gold one, never by its date or place: background or news as it is, the
        sentence it was told in (two earlier meetings of the same two people), its kind, its participants."""
        told = str(f.get("evidence") or "")
        return (bool(f["referenced"]) != m["referenced"], not (told and (m["evidence"] in told or told in m["evidence"])),
                f["kind"] != m["kind"], {fold(p) for p in f["participants"]} != {fold(p) for p in m["participants"]})

    def shares_pair(f: dict, m: dict) -> bool:
        return bool(pairs(m["participants"]) & pairs(f["participants"]))

    for m in gold["meetings"]:
        candidates = [f for f in found if shares_pair(f, m)]
        if not candidates:
            continue
        # the found meeting that stands for this one: of those that stand for no closer gold meeting ("a 1994
        # agreement between the US and North Korea" stands for that signing, not for six-party talks), the closest,
        # then the first
        own = [f for f in candidates if min((g for g in gold["meetings"] if shares_pair(f, g)), key=lambda g: likeness(f, g)) is m]
        match = min(own or candidates, key=lambda f: likeness(f, m))
        right = date_right(m["date"], match)
        scores.dates[0] += right
        scores.dates[1] += 1
        if not right:
            approx = value(match["date_precision"]) in ("approx", "unknown")
            scores.errors["date: publication date where the text dates the meeting" if approx else
                          "date: unknown in the text, one was given" if m["date"] is None else "date: wrong value"] += 1
            notes.append(f"   date {sorted(m['participants'])}: gold {m['date']}, found {value(match['date'])} ({value(match['date_precision'])})")
        place = value(match["location"])
        right = place_right(m["location"], place)
        scores.places[0] += right
        scores.places[1] += 1
        if not right:
            scores.errors["place: none in the text, one was given" if m["location"] is None else
                          "place: missed" if place is None else
                          "place: country instead of the city" if fold(place) in countries else "place: wrong value"] += 1
            notes.append(f"   place {sorted(m['participants'])}: gold {m['location']}, found {place}")
    gold_sectors = set(gold["sectors"])
    scores.add("sectors", len(gold_sectors & tagged), len(tagged - gold_sectors), len(gold_sectors - tagged))
    missed, extra = sorted(gold_people - people), sorted(people - gold_people)
    if missed or extra:
        notes.append(f"   persons missed {missed}; extra {extra}")
    return notes


def seed_events() -> tuple[int, int, int]:
    """(events right, places right, expected events) on the five seeds, against tests/pipeline/test_seeds_golden.py."""
    from tests.pipeline.test_seeds_golden import EVENTS

    with tempfile.TemporaryDirectory() as tmp:
        ingest([ROOT / "seeds"], store=Store(Path(tmp) / "store"))
        corpus = load_corpus(Path(tmp) / "store")
        paths = dict(zip(corpus.articles["article_id"], corpus.articles["path"].str[:3]))
        events = corpus.table("events").to_dict("records")
    right = places = 0
    for expected in EVENTS.values():
        match = [e for e in events if frozenset(e["participants"]) in expected["participants"]
                 and str(value(e["date"]) or "").startswith(expected["year"])]
        if len(match) == 1:
            event = match[0]
            places += value(event["location"]) == expected["location"]
            right += {paths[a] for a in event["article_ids"]} == expected["articles"] and any(
                str(value(event["date"]) or "").startswith(d) for d in expected["date"])
    return right, places, len(EVENTS)


def named_in(mentions) -> tuple[dict[str, set[str]], dict[str, list[tuple[int, int, str]]]]:
    """Per article: the people its text names (folded; the guide leaves role-only references out), and where it
    names each person or country side."""
    people_of: dict[str, set[str]] = {}
    named = (mentions["label"] == "PERSON") & ~mentions["rule"].fillna("").str.startswith("role-")
    for aid, name in zip(mentions["article_id"], mentions["canonical"].where(named)):
        if isinstance(name, str):
            people_of.setdefault(aid, set()).add(fold(name))
    named_of: dict[str, list[tuple[int, int, str]]] = {}
    sides = mentions[mentions["label"].isin(["PERSON", "COUNTRY"])]
    for aid, start, end, name in zip(sides["article_id"], sides["start"], sides["end"], sides["canonical"]):
        if isinstance(name, str):
            named_of.setdefault(aid, []).append((int(start), int(end), fold(name)))
    return people_of, named_of


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="per-article errors of the tuning part")
    parser.add_argument("--store", help="score an already ingested store of the evaluation articles")
    parser.add_argument("--write-about", action="store_true", help=f"write the test part's figures to {ABOUT.relative_to(ROOT)}")
    args = parser.parse_args()
    gold = {g["id"]: g for g in map(json.loads, (EVAL / "gold.jsonl").read_text("utf-8").splitlines())}
    with open(EVAL / "split.csv", newline="") as handle:
        part_of = {row["id"]: row["part"] for row in csv.DictReader(handle)}
    if args.store:
        corpus = load_corpus(args.store)
        mentions, meetings, sectors, articles = (corpus.table(n) for n in ("mentions", "meetings", "sectors", "articles"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            ingest([EVAL / "articles.jsonl"], store=Store(Path(tmp) / "store"))
            corpus = load_corpus(Path(tmp) / "store")  # tables are read when first used: read them while it exists
            mentions, meetings, sectors, articles = (corpus.table(n) for n in ("mentions", "meetings", "sectors", "articles"))
    knowledge = load_knowledge()
    countries = set(knowledge.country_terms) | {fold(knowledge.country_name(c)) for c in set(knowledge.country_terms.values())}
    people_of, named_of = named_in(mentions)
    meetings_of = {aid: rows.to_dict("records") for aid, rows in meetings.groupby("article_id")}
    text_of = dict(zip(articles["article_id"], articles["text"]))
    sectors_of: dict[str, set[str]] = {}
    for aid, sector in zip(sectors["article_id"], sectors["sector"]):
        sectors_of.setdefault(aid, set()).add(sector)
    scores = {part: Scores() for part in PARTS}
    n: Counter[str] = Counter()
    for article_id, source_id in zip(articles["article_id"], articles["source_id"]):
        part = part_of[source_id]
        n[part] += 1
        notes = score_article(gold[source_id], people_of.get(article_id, set()), meetings_of.get(article_id, []),
                              sectors_of.get(article_id, set()), scores[part], countries, text_of[article_id],
                              named_of.get(article_id, []))
        if args.details and part == "tune" and notes:
            print(source_id, *notes, sep="\n")
    print(f"evaluation set: {sum(n.values())} articles ({EVAL.relative_to(ROOT)}): tune {n['tune']}, test {n['test']}")
    print(f"{'':32}" + "".join(f"{part + ' P':>9}{'R':>7}{'F1':>7}" for part in PARTS))
    for key in scores["tune"].counts:
        cells = "".join(f"{p:>9.3f}{r:>7.3f}{f:>7.3f}" for p, r, f in (prf(*scores[part].counts[key]) for part in PARTS))
        print(f"{key:32}{cells}")
    for label, attr in (("meeting dates right", "dates"), ("meeting places right", "places")):
        cells = "".join(f"{getattr(scores[part], attr)[0]:>5}/{getattr(scores[part], attr)[1]:<4}"
                        f"{getattr(scores[part], attr)[0] / max(getattr(scores[part], attr)[1], 1):>6.0%}  " for part in PARTS)
        print(f"{label:32}{cells}")
    print("errors by mechanism (tune | test):")
    for reason in sorted(set(scores["tune"].errors) | set(scores["test"].errors)):
        print(f"  {reason:78}{scores['tune'].errors[reason]:>5} |{scores['test'].errors[reason]:>5}")
    right, places, total = seed_events()
    print(f"seed events right: {right}/{total}; seed event places right: {places}/{total}")
    if args.write_about:
        write_about(scores["test"], n["test"], (right, places, total))
        print(f"wrote {ABOUT.relative_to(ROOT)}")
    return 0


def write_about(scores: Scores, articles: int, seeds: tuple[int, int, int]) -> None:
    """The test part's figures for the About page, with what each means and when and on what they were measured."""
    from core import settings
    from core.pipeline.version import pipeline_version

    measures = []
    for key, (tp, fp, fn) in scores.counts.items():
        p, r, f = prf(tp, fp, fn)
        measures.append({"measure": key, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                         "right": tp, "wrong": fp, "missed": fn, "meaning": MEANINGS[key]})
    rates = [{"measure": label, "right": getattr(scores, attr)[0], "of": getattr(scores, attr)[1], "meaning": MEANINGS[label]}
             for label, attr in (("meeting dates right", "dates"), ("meeting places right", "places"))]
    right, places, total = seeds
    about = {
        "_about": "Written by `bench/quality.py --write-about`; shown on the dashboard's About page. Do not edit by hand.",
        "measured": date.today().isoformat(),
        "pipeline_version": pipeline_version(),
        "model": settings.get("model"),
        "evaluation_set": str(EVAL.relative_to(ROOT)),
        "part": "test",
        "articles": articles,
        "measures": measures,
        "rates": rates,
        "seed_events": {"right": right, "places_right": places, "of": total},
    }
    ABOUT.write_text(json.dumps(about, indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    sys.exit(main())
