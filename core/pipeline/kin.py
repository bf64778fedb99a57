"""A lone first name a family noun introduces ("John Howard and his wife Janette", "Bush and his wife, Laura", "John
Rigas and son Timothy") is a person with the family name of the one whose family it is: the person named just before
in the sentence."""
from __future__ import annotations


from spacy.tokens import Span

from core.knowledge import Knowledge, fold, knowledge_cache, knowledge_rows

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Edward Whitacre Jr. and his wife Linda": Linda Whitacre


@knowledge_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    return frozenset(fold(r["word"]) for r in knowledge_rows("kin_words.csv") if r.get("word"))


def kin_introduced(span: Span) -> int | None:
    """The index of the family noun that introduces this one-word name ("his wife Janette", "his wife, Laura"), or
    None."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_alpha or not span[0].text[:1].isupper():
        return None
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or fold(doc[i].text) not in kin_words():
        return None
    joined = doc[i - 1].lower_ == "and" and i >= 2 and doc[i - 2].ent_type_ == "PERSON"  # "John Rigas and son Timothy"
    owned = doc[i - 1].lower_ == "'s" and i >= 2 and (doc[i - 2].ent_type_ == "PERSON" or (
        doc[i - 2].pos_ == "PROPN" and doc[i - 2].ent_type_ not in ("GPE", "NORP", "LOC")))  # "Castro's brother Fidel",
    # "Trump's daughter Ivanka" (the surname taken for a company)
    return i if doc[i - 1].lower_ in ("his", "her") or joined or owned else None


def kin_name(span: Span, mentions: list, kb: Knowledge, family_first: frozenset[str]) -> tuple[str, object, str | None] | None:
    """(canonical name, knowledge-base person or None, country) for a kin-introduced first name: the first name and the family
    name of the nearest person named before the family noun in the same sentence. Not where family names come
    first (name_order.csv), where a spouse keeps their own."""
    noun = kin_introduced(span)
    if noun is None:
        family = shared_family(span)  # "Bill and Hillary Clinton"
        if family is None:
            return None
        name = f"{span.text} {family}"
        known = kb.person(name)
        return (known.canonical, known, known.country) if known else (name, None, None)
    start = span.doc[noun].sent.start
    owners = [m for m in mentions if start <= m.token < noun and m.start < span.start_char]
    if not owners:
        return None
    owner = max(owners, key=lambda m: m.start)
    if owner.country in family_first or len(owner.canonical.split()) < 2:
        return None
    family = [w for w in owner.canonical.split() if fold(w).rstrip(".") not in SUFFIXES][-1]
    name = f"{span.text} {family}"
    known = kb.person(name)
    return (known.canonical, known, known.country) if known else (name, None, owner.country)


def kin_owner(token) -> bool:
    """The word names the one whose relative a family noun is ("to meet Kim's father, Kim Jong Il"): the relative,
    not the owner, is the one the clause speaks of."""
    return token.dep_ == "poss" and fold(token.head.text) in kin_words()


def spouse_of(doc, mention, sides: list) -> bool:
    """The person is introduced as someone's spouse (`spouse` cues): "his wife, Rachel Ruto", "First Lady Jill Biden";
    when the meeting has two `sides` besides those named only as whose relative someone is, also as the relative of
    someone a pronoun points back to, and only so ("with his wife, Michelle", "had dinner with his half-sister Auma
    Obama", not "Fernández's late husband, Néstor Kirchner")."""
    from core.knowledge import cues

    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    by_pronoun = sum(not kin_owner(doc[m.token]) for m in sides) == 2
    spouse = cues().get("spouse", frozenset())
    words = spouse | (kin_words() if by_pronoun else frozenset())  # "his half-sister Auma Obama"
    root = span.root
    before = [t for t in doc[max(span.start - 3, span.sent.start):span.start] if not t.is_punct]
    word = root.head if root.dep_ == "appos" and root.head.lemma_.lower() in words else (
        before[-1] if before and before[-1].lemma_.lower() in words else None)
    owners = [c for c in (*word.children, *root.children) if c.dep_ == "poss" and c.pos_ == "PRON"] if word is not None else []
    return word is not None and (not by_pronoun or any(  # (not "my brother Kibaki", one leader speaking of another)
        c.lower_ in ("his", "her", "their") or word.lemma_.lower() in spouse for c in owners))


def shared_family(span: Span) -> str | None:
    """The family name a lone first name shares with the full name it is joined to by "and", when that one begins
    with a first name too ("the brothers Johan and Cornelis de Witt": de Witt; "Bill and Hillary Clinton"), or None."""
    from core.pipeline.names import first_names  # names reads people, which reads this module

    doc = span.doc
    if len(span) != 1 or span.end + 2 >= len(doc) or doc[span.end].lower_ != "and":
        return None
    after = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "PERSON"), None)
    if after is None or len(after) < 2 or not {fold(span.text), fold(after[0].text)} <= first_names():
        return None
    return doc[after.start + 1:after.end].text.removesuffix("'s").removesuffix("’s").strip() or None
