"""A role reference and the name set beside it: "his Bolivian counterpart, Andrés Soliz Rada", "Roh, president of
South Korea", "the finance minister at the time, Peter Phillips"."""
from __future__ import annotations

from spacy.tokens import Doc


def appositive(span, named_at: dict):
    """The named person a role reference stands in apposition to ("Roh, president of South Korea": Roh, not
    whoever else the article titles so; "his Bolivian counterpart, Andrés Soliz Rada"), or None."""
    root = span.root
    after = next((named_at[t.i] for c in root.children if c.dep_ == "appos" for t in (c, *c.subtree) if t.i in named_at), None)  # also
    # "Guinea's military ruler, Captain Moussa Dadis Camara", the name hung on the title
    if after is not None:
        return after  # "his Bolivian counterpart, Andrés Soliz Rada"
    doc = span.doc
    end = _past_a_short_phrase(doc, span.end)  # "the finance minister at the time, Peter Phillips"
    if end + 1 < len(doc) and doc[end].text == "," and root.tag_ != "NNS":  # one name right after the comma,
        # however the parse hung it (not the list after "the foreign ministers of Britain and France,")
        for k in range(end + 1, min(end + 6, len(doc))):
            if k in named_at:
                return named_at[k]
            if not doc[k].is_title:
                break
    if root.dep_ != "appos" or span.start < 1 or span.doc[span.start - 1].text != ",":
        return None
    return named_at.get(root.head.i)


def _past_a_short_phrase(doc: Doc, i: int) -> int:
    """Where a phrase of up to four lower-case words led by a preposition ends, if one starts at token `i` ("at the
    time", "of the day"), else `i`."""
    if i >= len(doc) or doc[i].pos_ != "ADP":
        return i
    for k in range(i + 1, min(i + 5, len(doc))):
        if doc[k].text == ",":
            return k
        if doc[k].pos_ in ("VERB", "AUX", "PROPN", "PUNCT") or not doc[k].is_lower:
            break
    return i
