"""The evaluation's scorer: which found meeting stands for which labelled one when their dates and places are scored."""
from __future__ import annotations

from bench.quality import Scores, score_article

NEW_YORK = "Yoon and Kishida first held talks on the sidelines of the United Nations General Assembly in New York last September."
PHNOM_PENH = "They held their first formal summit in Phnom Penh in November, during the meetings of ASEAN."


def _gold(evidence: str, date: str, place: str) -> dict:
    return {"participants": ["Fumio Kishida", "Yoon Suk Yeol"], "kind": "talks", "referenced": True, "date": date,
            "location": place, "evidence": evidence}


def _found(evidence: str, kind: str, date: str, place: str) -> dict:
    return {"participants": ["Fumio Kishida", "Yoon Suk Yeol"], "kind": kind, "referenced": True, "date": date,
            "date_precision": "month", "location": place, "evidence": evidence}


def test_two_earlier_meetings_of_the_same_two_are_each_scored_by_the_one_found_in_its_sentence():
    gold = {"persons": ["Fumio Kishida", "Yoon Suk Yeol"], "sectors": [],
            "meetings": [_gold(NEW_YORK, "2022-09", "New York"), _gold(PHNOM_PENH, "2022-11", "Phnom Penh")]}
    found = [_found(NEW_YORK, "talks", "2022-09", "New York"), _found(PHNOM_PENH, "summit", "2022-11", "Phnom Penh")]
    scores = Scores()
    score_article(gold, {"fumio kishida", "yoon suk yeol"}, found, set(), scores, set(), text=f"{NEW_YORK} {PHNOM_PENH}")
    assert (scores.dates, scores.places) == ([2, 2], [2, 2])
