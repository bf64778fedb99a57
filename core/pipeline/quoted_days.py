"""Days a quotation tells from the day it was said: "'President Obama called me yesterday,' Kenyatta said in a televised
address on Monday evening" (Sunday, not the day before the report)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from core.knowledge import cues


def from_the_day_said(doc: Doc, dates: list, published: str | None) -> list:
    """Each "yesterday", "today" or "tomorrow" inside a quotation whose sentence says, outside the quotation, on which
    day it was said (a day date of a reporting verb's clause), counted from that day instead of the publication."""
    if not published or len(published) < 10:
        return dates
    reporting = cues().get("reporting", frozenset())
    out = []
    for mention in dates:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.rule != "deictic" or mention.precision != "day" or not mention.value or span is None or not _quoted(span):
            out.append(mention)
            continue
        sent = span.sent
        said = [d for d in dates if d is not mention and d.rule != "deictic" and d.precision == "day" and d.value
                and sent.start_char <= d.start < sent.end_char and (s := doc.char_span(d.start, d.end, alignment_mode="expand")) is not None
                and not _quoted(s) and any(a.lemma_.lower() in reporting for a in s.root.ancestors)]
        if len({d.value for d in said}) != 1:
            out.append(mention)
            continue
        shift = date.fromisoformat(mention.value[:10]) - date.fromisoformat(published[:10])
        day = (date.fromisoformat(said[0].value[:10]) + shift).isoformat()
        out.append(replace(mention, value=day, rule="deictic-said"))
    return out


def _quoted(span) -> bool:
    """The span stands between an opening and a closing quotation mark of its sentence."""
    marks = [t.i for t in span.sent if t.is_quote or t.text in ("“", "”", "‘", "’")]
    return sum(1 for i in marks if i < span.start) % 2 == 1 and any(i >= span.end for i in marks)
