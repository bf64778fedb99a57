"""Money figures the model cut from their currency sign or scale."""
from __future__ import annotations

import unicodedata

from spacy.tokens import Span


def whole_amount(ent: Span) -> Span:
    """A sum with the currency sign and the scale written against it ("€42.11m", "£28.9bn"): the model often tags
    only the number. A currency sign glued before and a short lower-case suffix glued after join it."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start > 0 and not doc[start - 1].whitespace_ and _currency_sign(doc[start - 1].text):
        start -= 1
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha and len(doc[end]) <= 2 and doc[end].is_lower:
        end += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _currency_sign(text: str) -> bool:
    """"€", "£", "US$", "HK$": a currency symbol, led by at most three capitals naming whose currency it is."""
    return bool(text) and unicodedata.category(text[-1]) == "Sc" and len(text) <= 4 and (text[:-1].isupper() or not text[:-1])
