"""A person named again by the title the article wrote before their name: "Col. Muammar al-Qadhafi arrived in Rome"
+ "In the afternoon the colonel was received by Napolitano"; "Gen. Pervez Musharraf" + "the general". A title written
short stands for the word it begins ("Col." for colonel, "Gen." for general); the word must point to one person only."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from core.knowledge import fold
from core.pipeline.doc_text import text_of

SHORTEST = 3  # letters of a shortened title ("Col", "Gen", "Adm")


def titled_again(doc: Doc, named: list, sentence_of, roles: frozenset[str]) -> list:
    """Person mentions for each "the <title>" that only one person named before was given in front of their name;
    role words (`roles`: "the president") are read elsewhere, with their country and date."""
    from core.pipeline.names import title_words
    from core.pipeline.people import PersonMention

    titles, written = title_words(), []
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.start > 0 and m.rule not in ("role-doc", "role-kb"):
            k = span.start - 1 - (doc[span.start - 1].text == "." and span.start > 1)  # "Col" "." "Muammar"
            word = fold(doc[k].text).rstrip(".")
            if word in titles and len(word) >= SHORTEST:
                written.append((word, m))
    out = []
    for token in doc:
        word = token.lower_
        if not written or word in roles or not _pointed(token):
            continue
        who = {m.canonical: m for title, m in written if m.start < token.idx and (title == word or word.startswith(title))}
        if len(who) == 1:
            m = next(iter(who.values()))
            start = token.nbor(-1).idx  # from "the"
            out.append(PersonMention(start, token.idx + len(token.text), text_of(doc)[start:token.idx + len(token.text)],
                                     m.canonical, m.person_id, m.country, "titled-again", sentence_of[token.i], token.i))
    return out


def _pointed(token: Token) -> bool:
    """ "the colonel" standing alone: a singular noun after "the", no name, noun or "of" phrase of its own after it."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.tag_ == "NN" and token.i > 0 and token.nbor(-1).lower_ == "the" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not (after is not None and (after.pos_ in ("PROPN", "NOUN") or after.lower_ == "of")))
