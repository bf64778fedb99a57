"""People named again by one word of a name the text gave in full before, where the model missed it: "along with
Lula and Lugo" (tagged as a work of art) after "Luiz Inácio Lula da Silva" and "Fernando Lugo" is those two people.
Only a word after the first of that full name counts (a surname, or the name a leader goes by), only where the model
tagged a kind of name a person is often mistaken for, never a place, or where the model tagged nothing and the word
is a verb's subject."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge

MISTAKEN = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"})  # not places: "Jordan" stays a country
JOINING = frozenset({"and", ",", "&"})
UNNAMED = frozenset({"WORK_OF_ART", "EVENT", "LAW"})  # kinds people.py never reads a person from


def named_again(doc: Doc, ents: list[Span], kb: Knowledge | None = None) -> list[Span]:
    """The entities with every list of words of earlier full names tagged as a thing made people, and one such word
    tagged as a work of art, an event or a law a person (people.py weighs the one word tagged as an organisation);
    `kb`, the knowledge base, tells the full names whose first word alone may name them again."""
    from core.pipeline.names import title_words

    later_words: dict[str, int] = {}  # a word of a full name → where that name ends
    given: dict[str, int] = {}  # its first word, by which Malay, Thai or Indonesian news names a person again
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            for token in ent[1:]:
                if token.is_title and len(token) > 2:
                    later_words.setdefault(token.text, ent.end)
            if (ent[0].is_title and len(ent[0]) > 2 and ent[0].lower_ not in title_words() and kb is not None
                    and kb.person(ent.text) is not None):  # someone the knowledge base knows, not "Oral Roberts University"
                given.setdefault(ent[0].text, ent.end)
    if not later_words:
        return ents
    out: list[Span] = []
    for ent in ents:
        parts = _names_listed(ent, later_words) if ent.label_ in MISTAKEN else _month_named(ent, later_words) if ent.label_ == "DATE" else None
        out.extend(parts if parts else [ent])
    return sorted(out + _untagged_subjects(doc, out, {**given, **later_words}), key=lambda e: e.start)


def _untagged_subjects(doc: Doc, ents: list[Span], later_words: dict[str, int]) -> list[Span]:
    """One word of an earlier full name the model left untagged where it is a verb's subject and stands alone, a
    word inside the name too ("Najib is due to hold talks with Aquino", after "Datuk Seri Najib Tun Razak"), or its
    first ("Anifah is due to fly to Naypyidaw", after "Anifah Aman"), which names.untagged_surnames, reading only
    surnames, leaves out."""
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}

    def name_word(i: int) -> bool:  # a capitalised word no entity holds, beside it: a longer name of someone else
        return 0 <= i < len(doc) and i not in tagged and doc[i].pos_ == "PROPN"

    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
            if t.i not in tagged and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and later_words.get(t.text, len(doc)) <= t.i
            and not name_word(t.i - 1) and not name_word(t.i + 1)]


ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos", "conj"})  # where a word stands for someone, not a time


def _month_named(ent: Span, later_words: dict[str, int]) -> list[Span] | None:
    """A surname that is also a month, tagged as a date where it stands for the person the text named in full before
    ("Theresa May" … "Abe hosted May in Kyoto", "Abe and May last met", "was received by May"): one word, no number
    beside it, a verb's subject or object, an owner, joined to a person, or the agent or partner of a meeting."""
    from core.pipeline.dates import MONTHS

    token = ent[0]
    doc = ent.doc
    if len(ent) != 1 or token.lower_ not in MONTHS or later_words.get(token.text, len(doc)) > token.i:
        return None
    if any(0 <= k < len(doc) and doc[k].like_num for k in (token.i - 1, token.i + 1)):
        return None  # "5 May", "May 2017"
    head = token.head
    role = (token.dep_ in ROLE_DEPS - {"conj"} or (token.dep_ == "conj" and head.ent_type_ == "PERSON")
            or (token.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ in ("with", "between"))))
    return [Span(doc, token.i, token.i + 1, label="PERSON")] if role else None


def _names_listed(ent: Span, later_words: dict[str, int]) -> list[Span] | None:
    """The people an entity lists, each by one word of an earlier full name joined by "and" or a comma ("Lula and
    Lugo"), or None when anything else is in it."""
    names = [t for t in ent if t.text not in JOINING]
    if not names or any(t.text not in later_words or later_words[t.text] > t.i for t in names):
        return None
    if len(names) < 2 and ent.label_ not in UNNAMED:
        return None  # one word the model took for an organisation or a product is people.py's to weigh
    return [Span(ent.doc, t.i, t.i + 1, label="PERSON") for t in names]
