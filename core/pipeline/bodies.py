"""The international organisations a sentence names (organisations.csv), whatever the model tagged them."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from core.knowledge import fold, knowledge_cache, organisations


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
    known = organisations()
    candidates = [(ent.text, ent.root) for ent in sentence_ents(sent)] + [(t.text, t) for t in sent if not t.ent_type_]
    found = [(known.get(fold(text).removeprefix("the ")), root) for text, root in candidates]
    roots = {root.i for name, root in found if name}
    for match in _long_names().finditer(sent.text):
        if sent.text[match.end():match.end() + 1] in ("'", "’"):
            continue  # "the European Union's leaders": an owner, as its tagged form is
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        name = known.get(fold(match.group(0)))
        capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in _LINKING for w in match.group(0).replace("-", " ").split())
        if span is not None and name and capitalised and span.root.i not in roots and fold(span.text) == fold(match.group(0)):
            found.append((name, span.root))
    return [(name, root) for name, root in found if name]


_LINKING = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "et"})  # lower-case inside a name:
# "Group of Eight" is the organisation, "a group of eight armed helicopters" is not


@knowledge_cache(maxsize=1)
def _long_names() -> re.Pattern:
    """The organisations' names of several words, as one pattern over the text as written (any case, any spacing or
    hyphen between the words; capitals are checked on each match)."""
    names = sorted((n for n in organisations() if " " in n), key=len, reverse=True)
    words = [r"[\s-]+".join(map(re.escape, n.split())) for n in names]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) if words else re.compile(r"(?!)")
