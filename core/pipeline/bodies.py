"""The international organisations a sentence names (organisations.csv), whatever the model tagged them."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from core.knowledge import fold, knowledge_cache, organisations
from core.pipeline.doc_text import text_of


def sentence_ents(sent) -> list[Span]:
    """The entities that start in a sentence. `Span.ents` walks every entity of the document, which makes a long
    article quadratic; this sorts them by sentence once per document."""
    doc = sent.doc
    starts = doc.user_data.get("bl_sentence_ents")
    if starts is None:
        starts = {}
        bounds = iter([(s.start, s.end) for s in doc.sents])
        current = next(bounds, None)
        for ent in doc.ents:
            while current is not None and ent.start >= current[1]:
                current = next(bounds, None)
            if current is not None:
                starts.setdefault(current[0], []).append((ent.start, ent.end, ent.label_))
        doc.user_data["bl_sentence_ents"] = starts
    return [Span(doc, a, b, label=label) for a, b, label in starts.get(sent.start, [])]


def named_organisations(sent) -> list[tuple[str, Token]]:
    """(canonical name, root token) of every international organisation (organisations.csv) a sentence names, also
    a name of several words the model did not tag, written with its capitals ("the Group of Eight", tagged as the
    number "Eight")."""
    known, doc = organisations(), sent.doc
    words, matches = _names_written(doc)
    found = [(known.get(fold(ent.text).removeprefix("the ")), ent.root) for ent in sentence_ents(sent)]
    found += [(name, doc[i]) for i, name in words if sent.start <= i < sent.end]
    roots = {root.i for name, root in found if name}
    text = text_of(doc)
    for start, end, written in matches:
        if not sent.start_char <= start < sent.end_char or text[end:end + 1] in ("'", "’"):
            continue  # (not "the European Union's leaders": an owner, as its tagged form is)
        span = doc.char_span(start, end, alignment_mode="expand")
        name = known.get(fold(written))
        capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in _LINKING for w in written.replace("-", " ").split())
        if span is not None and name and capitalised and span.root.i not in roots and fold(span.text) == fold(written):
            found.append((name, span.root))
    return [(name, root) for name, root in found if name]


def _names_written(doc) -> tuple[list[tuple[int, str]], list[tuple[int, int, str]]]:
    """Once per document: the words in no entity that name an organisation, written with a capital, as (token index,
    canonical name); and every match of a name of several words in the text, as (start, end, words)."""
    cached = doc.user_data.get("bl_organisation_words")
    if cached is None or cached[0] != len(doc):
        known = organisations()
        words = [(t.i, name) for t in doc if t.text[:1].isupper() and not t.ent_type_ and (name := known.get(fold(t.text)))]
        matches = [(m.start(), m.end(), m.group(0)) for m in _long_names().finditer(text_of(doc))]
        cached = doc.user_data["bl_organisation_words"] = (len(doc), words, matches)
    return cached[1], cached[2]


_LINKING = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "et"})  # lower-case inside a name:
# "Group of Eight" is the organisation, "a group of eight armed helicopters" is not


@knowledge_cache(maxsize=1)
def _long_names() -> re.Pattern:
    """The organisations' names of several words, as one pattern over the text as written (any case, any spacing or
    hyphen between the words; capitals are checked on each match, and only a capital may begin one)."""
    names = sorted((n for n in organisations() if " " in n), key=len, reverse=True)
    words = [r"[\s-]+".join(map(re.escape, n.split())) for n in names]
    return re.compile(r"\b(?=(?-i:[A-Z0-9À-Þ]))(?:" + "|".join(words) + r")\b", re.I) if words else re.compile(r"(?!)")
