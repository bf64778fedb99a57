"""Sector triggers matched on lemmas (and lower-case forms, for acronyms such as LNG) from core/data/sectors.csv."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.pipeline.kb import knowledge_rows

SECTORS = (
    "energy", "trade", "finance_investment", "defence_security", "technology", "transport_logistics", "agriculture",
    "tourism", "education_culture", "health", "environment_climate", "industry_manufacturing", "diplomacy",
)


def taxonomy() -> dict[str, list[str]]:
    """sector -> trigger phrases (lemma form), from the taxonomy file and any user knowledge folder."""
    table: dict[str, list[str]] = {s: [] for s in SECTORS}
    for row in knowledge_rows("sectors.csv"):
        sector, trigger = row.get("sector", ""), row.get("trigger", "").lower()
        if sector in table and trigger and trigger not in table[sector]:
            table[sector].append(trigger)
    return table


@Language.factory("bl_sectors", assigns=["doc.spans"], requires=["token.lemma"], default_config={"spans_key": "sectors"})
def make_sector_matcher(nlp: Language, name: str, spans_key: str):
    return SectorMatcher(nlp, spans_key=spans_key)


class SectorMatcher:
    """Writes one span per trigger match to doc.spans[spans_key], labelled with the sector id."""

    def __init__(self, nlp: Language, *, spans_key: str = "sectors") -> None:
        self.spans_key = spans_key
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for sector, triggers in taxonomy().items():
            patterns = []
            for trigger in triggers:
                pattern = nlp.make_doc(trigger)
                for token in pattern:
                    token.lemma_ = token.lower_
                patterns.append(pattern)
            if patterns:
                self.lemma.add(sector, patterns)
                self.lower.add(sector, [nlp.make_doc(t) for t in triggers])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=m) for m, s, e in [*self.lemma(doc), *self.lower(doc)]]
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc

