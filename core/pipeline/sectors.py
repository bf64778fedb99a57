"""Sector triggers matched on lemmas (and lower-case forms, for acronyms such as LNG) from core/data/sectors.csv."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.knowledge import knowledge_rows
from core.knowledge import sector_ids


NAMES = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "LAW"})  # entities whose words name, not discuss


def taxonomy(use: str = "") -> dict[str, list[str]]:
    """sector -> trigger phrases (lemma form), from the taxonomy file and any user knowledge folder. `use` "" gives
    the triggers that always count, "sector" the bare nouns that count only where used as a sector, "not" the
    phrases in which a trigger means something else ("trade union")."""
    table: dict[str, list[str]] = {s: [] for s in sector_ids()}
    for row in knowledge_rows("sectors.csv"):
        sector, trigger = row.get("sector", ""), row.get("trigger", "").lower()
        if sector in table and trigger and row.get("use", "") == use and trigger not in table[sector]:
            table[sector].append(trigger)
    return table


def context_words() -> frozenset[str]:
    """Words that make a bare sector noun a sector ("energy cooperation", "cooperation in energy")."""
    return frozenset(row["trigger"].lower() for row in knowledge_rows("sectors.csv") if row.get("use") == "context")


@Language.factory("bl_sectors", assigns=["doc.spans"], requires=["token.lemma"], default_config={"spans_key": "sectors"})
def make_sector_matcher(nlp: Language, name: str, spans_key: str):
    return SectorMatcher(nlp, spans_key=spans_key)


class SectorMatcher:
    """Writes one span per trigger match to doc.spans[spans_key], labelled with the sector id."""

    def __init__(self, nlp: Language, *, spans_key: str = "sectors") -> None:
        self.spans_key = spans_key
        self.lemma, self.lower = _matchers(nlp, taxonomy())
        self.bare, _ = _matchers(nlp, taxonomy("sector"))
        self.other, _ = _matchers(nlp, taxonomy("not"))
        self.context = context_words()

    def __call__(self, doc: Doc) -> Doc:
        # a trigger inside a phrase that means something else ("trade union") or a word of a name ("Harvard
        # University", "the Energy Institute", "Professor Jane Example") tells no sector the text discusses
        named = {t.i for ent in doc.ents if ent.label_ in NAMES for t in ent} | {
            t for _, s, e in self.other(doc) for t in range(s, e)} | {
            ent.start - 1 for ent in doc.ents if ent.label_ == "PERSON" and ent.start and doc[ent.start - 1].is_title}
        spans = [Span(doc, s, e, label=m) for m, s, e in [*self.lemma(doc), *self.lower(doc)]
                 if not all(t in named for t in range(s, e))]
        taken = {t for span in spans for t in range(span.start, span.end)}
        pending = [Span(doc, start, end, label=label) for label, start, end in self.bare(doc)]
        while pending:  # a bare noun taken as a sector makes one listed with it a sector too ("on energy and defence")
            found = [span for span in pending if _used_as_sector(span, taken, self.context)]
            if not found:
                break
            spans += found
            taken.update(t for span in found for t in range(span.start, span.end))
            pending = [span for span in pending if span not in found]
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc


def _matchers(nlp: Language, table: dict[str, list[str]]) -> tuple[PhraseMatcher, PhraseMatcher]:
    lemma, lower = PhraseMatcher(nlp.vocab, attr="LEMMA"), PhraseMatcher(nlp.vocab, attr="LOWER")
    for sector, triggers in table.items():
        patterns = [nlp.make_doc(trigger) for trigger in triggers]
        for pattern in patterns:
            for token in pattern:
                token.lemma_ = token.lower_  # the lower-case matcher reads LOWER, which this leaves as it is
        if patterns:
            lemma.add(sector, patterns)
            lower.add(sector, patterns)
    return lemma, lower


def _used_as_sector(span: Span, taken: set[int], context: frozenset[str]) -> bool:
    """A bare sector noun names a sector in a list with other sector words ("energy, agriculture and technology"),
    next to a context word ("energy cooperation", "cooperation in energy", "the security sector")."""
    root = span.root
    if not span.doc.has_annotation("DEP"):
        return False
    coordinated = [t for t in (*root.conjuncts, root.head) if t.i not in range(span.start, span.end)]
    if any(t.i in taken for t in root.conjuncts) or (root.dep_ == "conj" and root.head.i in taken):
        return True
    near = [root.head, *root.children, *(root.head.head for _ in [0] if root.head.dep_ == "prep")]
    near += [t for c in coordinated for t in (c.head, *c.children)]
    return any(t.lemma_.lower() in context or t.lower_ in context for t in near if t.i != root.i)
