"""The labelled sets keep their contract: gold lines follow their articles, evidence is quoted from the text, only
politics articles whose id is divisible by 5 are used, and the reading set shares no article with the evaluation
set."""
from __future__ import annotations

import csv
import json

import pytest

from tests.conftest import FIXTURES

KINDS = {"visit", "talks", "summit", "call", "signing"}


def lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("folder", ["eval", "dev"])
def test_gold_follows_the_articles_and_quotes_them(folder):
    articles, gold = lines(f"{folder}/articles.jsonl"), lines(f"{folder}/gold.jsonl")
    assert [a["id"] for a in articles] == [g["id"] for g in gold]
    assert len({a["id"] for a in articles}) == len(articles)
    text = {a["id"]: a["text"] for a in articles}
    misquoted = [(g["id"], m["evidence"][:60]) for g in gold for m in g["meetings"] if m["evidence"] not in text[g["id"]]]
    assert misquoted == []
    malformed = [(g["id"], m["participants"]) for g in gold for m in g["meetings"]
                 if m["kind"] not in KINDS or m["participants"] != sorted(m["participants"]) or not m["participants"]]
    assert malformed == []


@pytest.mark.parametrize("folder", ["eval", "dev"])
def test_only_politics_articles_divisible_by_five(folder):
    politics = [a["id"] for a in lines(f"{folder}/articles.jsonl") if a.get("category", "politics") == "politics"]
    assert [i for i in politics if int(i.removeprefix("ID")) % 5] == []


def test_the_reading_set_is_apart_from_the_evaluation_set():
    evaluation = {a["id"] for a in lines("eval/articles.jsonl")}
    assert {a["id"] for a in lines("dev/articles.jsonl")} & evaluation == set()
    with open(FIXTURES / "eval" / "split.csv", newline="", encoding="utf-8") as handle:
        parts = {row["id"]: row["part"] for row in csv.DictReader(handle)}
    assert set(parts) == evaluation and set(parts.values()) == {"tune", "test"}
