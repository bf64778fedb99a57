"""Full names of the knowledge base found in the text whatever the model tagged them: left untagged, tagged as
something else, or tagged together with a title as a place or thing ("Sultan Hassanal Bolkiah" tagged FAC)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, fold


def name_lengths(kb: Knowledge) -> dict[str, list[int]]:
    """{folded first word: word counts of the knowledge base's full names that begin with it, longest first}."""
    lengths: dict[str, set[int]] = {}
    for alias in kb.by_alias:
        words = alias.split()
        if len(words) >= 2:
            lengths.setdefault(words[0], set()).add(len(words))
    return {w: sorted(n, reverse=True) for w, n in lengths.items()}


def with_known_names(doc: Doc, ents: list[Span], kb: Knowledge, lengths: dict[str, list[int]]) -> list[Span]:
    """The entities plus every full name of the knowledge base the model left untagged or tagged as something else
    ("Putin met Xi Jinping on Monday": the model tags only Putin). A name must start and end with a capital; an
    entity inside it gives way, one that straddles it keeps its place unless only titles precede the name in it.
    `lengths` is `name_lengths(kb)`."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not token.text[:1].isupper() or (first := fold(token.text)) not in lengths:
            i += 1
            continue
        for n in lengths[first]:
            span = _words(doc, i, n)
            if (span is not None and span[-1].text[:1].isupper() and fold(span.text) in kb.by_alias
                    and not any((e.start < span.start < e.end or e.start < span.end < e.end) and not _titled_thing(e, span)
                                for e in ents)):
                found.append(Span(doc, span.start, span.end, label="PERSON"))
                break
        i = found[-1].end if found and found[-1].start == i else i + 1
    if not found:
        return ents
    keep = [e for e in ents if not any((f.start <= e.start and e.end <= f.end) or _titled_thing(e, f) for f in found)]
    return sorted(keep + found, key=lambda s: s.start)


def _titled_thing(ent: Span, name: Span) -> bool:
    """A place or thing the model made of a title and a known name ("Sultan Hassanal Bolkiah" tagged FAC)."""
    from core.pipeline.names import title_words

    return (ent.label_ != "PERSON" and ent.start < name.start and ent.end == name.end
            and all(fold(t.text).rstrip(".") in title_words() for t in ent.doc[ent.start:name.start]))


JOINERS = {"-", "‐", "–", "'", "’"}  # inside a name: "al-Maliki", "O'Neill"


def _words(doc: Doc, start: int, n: int) -> Span | None:
    """The tokens from `start` that write `n` words ("Nouri al-Maliki" is two words, four tokens), or None."""
    for end in range(start + n, min(len(doc), start + 3 * n) + 1):
        words = len(doc[start:end].text.split())
        if words == n and (end == len(doc) or doc[end - 1].whitespace_ or (doc[end].is_punct and doc[end].text not in JOINERS)):
            return doc[start:end]
        if words > n:
            return None
    return None
