"""`bl_boundaries`: repairs entity boundaries the model gets wrong around names, before anything reads them.

- A place glued to the name that follows it ("New York - Carly Fiorina", "Russia Vladimir Putin") keeps its label;
  the name part becomes a PERSON with person evidence of its own (a known first name or the knowledge base).
- A country, city or province tagged as a person ("visited Armenia", "his visit to Bangalore") is a place, and no
  name begins inside a place's name ("The New York Times" holds no "York Times").
- A demonym glued to a country ("Venezuela Venezuelan") is split into the two.
- A name tagged as an organisation or place ("councillors Janice Example", "CFO Clive Example", "Board Chair Nancy
  Example"): two or three capitalised proper nouns led by a known first name, with no place, company or thing word
  among them, are a PERSON; a title or organisation glued before such a name is cut off when the title word ends it,
  the name is the entity's head or a comma sets it apart ("the editor of Investigate, Ian Example"), or "of" after a
  title comes before it ("president of PayPal Jeff Example": PayPal is an organisation). With firm evidence (a title,
  an apposition, a person's full name beside it) its last word may be a first name too.
- A sum cut from its currency sign and scale ("€" + "42.11" + "m") is one MONEY figure (core.pipeline.amounts).
- A name the model left untagged after a form of address ("Rabbi Ephram Example") is a PERSON.
- A name cut in pieces: "Sheila Jackson" + "Lee" (or + a town: "Samuel Doria" + "Medina"). Adjacent PERSON entities
  with only capitalised name words between them, and no punctuation, are one name; a PERSON followed by untagged
  name words ("José Luís" + "Rodríguez Zapatero") takes them in when the knowledge base knows the whole name; an
  untagged known first name just before a PERSON ("Moses" + "Yen") is taken in; so is the other half of a name cut at a hyphen ("Gholam-" + "Hossein
  Elham", "Roh Moo" + "-hyun"), and a last name the model left out ("Ibrahim Hassan" + "Addow", "Taha Yassin" +
  "Ramadan", tagged as the month).
- A full name of the knowledge base the model left untagged, or tagged as something else, is a PERSON (and a word
  of a full name given before: named_again.py).
- A lowercase word leading a name is no part of it ("to meet Hu Jintao" tagged "meet Hu Jintao"), unless it is a
  name particle ("de Villepin", the `particles` of name_stopwords.txt)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.knowledge import Knowledge, fold, load_knowledge, regions, subdivision_countries
from core.pipeline.amounts import whole_amount
from core.pipeline.dates import MONTHS, WEEKDAYS
from core.pipeline.known_names import name_lengths, with_known_names
from core.pipeline.name_span import nickname
from core.pipeline.named_again import named_again
from core.pipeline.untagged_names import surname_taken_for_a_place, titled_names
from core.pipeline.untagged_places import untagged_places

DASHES = frozenset({"-", "–", "—", ":", "|"})
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
MAX_GAP = 2  # untagged name words allowed between two pieces of one name
NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})  # labels a name is mistaken for


@Language.factory("bl_boundaries", assigns=["doc.ents"], requires=["doc.ents"])
def make_boundaries(nlp: Language, name: str):
    return Boundaries()


class Boundaries:
    def __init__(self) -> None:
        self.kb = load_knowledge()
        self.name_lengths = name_lengths(self.kb)

    def __call__(self, doc: Doc) -> Doc:
        names_taken_for_modals(doc)
        if not doc.ents:
            doc.ents = untagged_places(doc, titled_names(doc, [], self.kb), self.kb)
            return doc
        ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "MONEY":
                ents.append(whole_amount(ent))
                continue
            if len(ent) > 1 and ent[-1].pos_ == "CCONJ":  # "Fujimori and" + "Mahuad first met": no name ends in "and"
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label)
            if ent.label_ == "PERSON":
                ent = without_lowercase_edges(ent, self.kb)
                if not len(ent):
                    continue
            for listed in listed_names(ent, self.kb):
                for part in split_glued(_place_not_person(listed, self.kb), self.kb):
                    ents.extend(name_not_thing(part, self.kb))
        joined = [part for ent in join_pieces(doc, ents, self.kb)  # "Denmark Anders" + "Fogh Rasmussen": glued once joined
                  for part in (split_glued(ent, self.kb) if ent.label_ == "PERSON" else [ent])]
        ents = named_again(doc, with_known_names(doc, filter_spans(joined), self.kb, self.name_lengths), self.kb)
        doc.ents = untagged_places(doc, titled_names(doc, ents, self.kb), self.kb)
        return doc


def names_taken_for_modals(doc: Doc) -> None:
    """A capitalised word the parse took for a modal before a past or present-tense verb, which no modal can stand
    before, is the verb's subject, a name: "May met Juncker over a working lunch", "May was received by Akihito"
    (Theresa May)."""
    for token in (t for t in doc[:-1] if t.tag_ == "MD"):
        verb, after = token.head, doc[token.i + 1]
        if (token.is_title and token.dep_ == "aux" and (verb.tag_ in ("VBD", "VBZ") or (
                after.tag_ in ("VBD", "VBZ") and after.dep_ in ("aux", "auxpass") and after.head.i == verb.i))
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            token.tag_, token.pos_, token.dep_ = "NNP", "PROPN", "nsubjpass" if passive else "nsubj"


def without_lowercase_edges(ent: Span, kb: Knowledge | None = None) -> Span:
    """The name without the quotation marks, brackets or dashes and the lowercase words (or a leading article) the
    model took in before or after it ("meet Hu Jintao": "Hu Jintao"; "Dalton promised": "Dalton"). A name particle
    stays at the start ("de Villepin") unless a name the knowledge base knows follows it ("de Saddam Hussein"); no
    name ends in one, and none runs on over a preposition other than a particle or the "of" of a regnal name ("Howard
    at Kirribilli House" is Howard)."""
    from core.pipeline.people import name_particles

    def lowercase(token) -> bool:  # an article at a sentence's start is no name's either: "The Alan Example of …"
        return token.is_alpha and (token.text[:1].islower() or (token.lower_ in ("the", "a", "an") and token.i < end - 1))

    def mark(token) -> bool:  # 'under "King George IV"', "New York - Carly Fiorina": no name's
        return token.is_quote or token.is_bracket or token.text in DASHES

    doc, start, end = ent.doc, ent.start, ent.end
    while end > start and mark(doc[end - 1]):
        end -= 1
    while start < end and mark(doc[start]):
        start += 1
    while start < end and lowercase(doc[start]) and doc[start].lower_ not in name_particles() and doc[start].whitespace_:
        start += 1
    while end > start + 1 and lowercase(doc[end - 1]) and doc[end - 2].whitespace_:  # a word of its own, not "Moo-hyun"
        end -= 1
    while start < end and lowercase(doc[start]) and doc[start].whitespace_ and (
            doc[start].lower_ not in name_particles() or (kb is not None and kb.person(doc[start + 1:end].text))):
        start += 1
    inner = next((t.i for t in doc[start + 1:end] if t.pos_ == "ADP" and t.is_lower and t.lower_ not in name_particles() | {"of"}), None)
    end = inner if inner is not None else end  # "talks with Howard at Kirribilli House": the name ends at the preposition
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label)


LIST_MARKS = DASHES | {"*", "•", "·", "v.", "vs.", "versus"}  # and the parties of a lawsuit ("Berg v. Obama")


def listed_names(ent: Span, kb: Knowledge) -> list[Span]:
    """A PERSON the model ran across the marks of a list ("*Andrew Example - Death *Myuran Example - Life"): the
    pieces between standalone dashes, bullets or colons, each a PERSON when it has two or more capitalised words or
    the knowledge base knows it ("Life" and "Death" are dropped). A dash glued inside a word ("al-Maliki") is no mark,
    and a dateline ("New York - Carly Example") is left to `split_glued`."""
    doc = ent.doc
    marks = [t.i for t in ent if t.lower_ in LIST_MARKS and (t.whitespace_ or t.text in "*•·") and t.i > ent.start]
    if ent.label_ != "PERSON" or not marks or kb.country_of_place(doc[ent.start:marks[0]].text)[0]:
        return [ent]  # "New York - Carly Example": a dateline, split_glued's case
    pieces, start = [], ent.start
    for i in [*marks, ent.end]:
        piece = doc[start:i]
        while len(piece) and not piece[0].is_alpha:
            piece = doc[piece.start + 1:piece.end]
        words = [t for t in piece if t.is_alpha]
        if len(piece) and all(t.text[:1].isupper() for t in words) and (len(words) >= 2 or kb.person(piece.text)):
            pieces.append(Span(doc, piece.start, piece.end, label="PERSON"))
        start = i + 1
    return pieces


def _place_not_person(ent: Span, kb: Knowledge) -> Span:
    """A country, city or province the model tags as a person ("visited Armenia", "his visit to Bangalore", "New South
    Wales") is a place, unless the knowledge base knows a person of that name (or, for a town, a surname: "Bush")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or kb.person(ent.text):
        return ent
    iso3, kind = kb.country_of_place(ent.text)
    if (iso3 and (kind == "country" or fold(ent.text) not in kb.by_surname)) or (len(ent) > 1 and _placed(ent.text, kb)):
        return Span(doc, ent.start, ent.end, label="GPE")  # "his visit to Bangalore"; a town named like a known surname stays
    return ent


def _placed(name: str, kb: Knowledge) -> bool:
    """The words name a country, city or province ("New York", "New South Wales")."""
    return bool(kb.country_of_place(name)[0] or subdivision_countries(name))


def _office_of(ent: Span, kb: Knowledge) -> bool:
    """The entity follows "of" after a title ("said president of PayPal Jeff Example"): what it begins with is what the
    office is of, an organisation or a place, glued to the holder's name."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and _titled(doc[ent.start - 2:ent.start - 1], kb)


def _first_name(token) -> bool:
    from core.pipeline.names import first_names

    return fold(token.text) in first_names()


def _titled(tokens: Span, kb: Knowledge) -> bool:
    from core.pipeline.names import titles_of

    return any(fold(t.text).rstrip(".") in titles_of(kb) for t in tokens)


def _is_name(tokens: Span, kb: Knowledge) -> bool:
    """Words that name a person on their own: the knowledge base knows them, or a known first name leads two or more
    capitalised words."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    text = tokens.text
    return kb.person(text) is not None or _first_name(words[0])


def plain_name(tokens: Span, kb: Knowledge, *, first_name: bool = True, evidence: bool = False) -> bool:
    """Two or three capitalised proper nouns led by a known first name (no title word, no place, no company or thing
    word, and a last word that is no first name itself: "Morgan Stanley", unless the context gives `evidence` of a
    person) name a person; with `first_name` False (a title says a person is meant) the first name may be one no list
    knows."""
    from core.pipeline.names import titles_of
    from core.pipeline.things import is_thing

    if not 2 <= len(tokens) <= 3 or _placed(tokens.text, kb):
        return False
    from core.pipeline.names import title_words

    titles = titles_of(kb)
    # a title word after a known first name is a surname: "Annette King", "John Major"
    surname = tokens[-1] if len(tokens) == 2 and _first_name(tokens[0]) and fold(tokens[-1].text) in title_words() else None
    for token in tokens:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper() or not token.text[1:].replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
        if (fold(token.text) in titles and token != surname) or kb.country_of_place(token.text)[1] not in ("", "city"):
            return False  # "Israel Army Radio"; a town named like a first name ("Nancy") may still be one
    if first_name and not _first_name(tokens[0]) and not kb.person(tokens.text):
        return False  # a first name no list knows, unless the knowledge base knows the whole name ("Gurbanguly …")
    if _first_name(tokens[-1]) and not kb.person(tokens.text) and not (evidence and _first_name(tokens[0])):
        return False  # "Morgan Stanley", unless the text says a person is meant: "David Example and Khalid Mahmood"
    return not is_thing(tokens, tokens.text)


def name_not_thing(ent: Span, kb: Knowledge) -> list[Span]:
    """The entity, or the person's name it is (or ends in) when the model took a name for an organisation or place
    (see the module text)."""
    from core.pipeline.names import context_evidence, titles_of

    doc = ent.doc
    if ent.label_ not in NAME_LABELS or (kb.country_of_place(ent.text)[0] and not kb.person(ent.text)):
        return [ent]
    bare = Span(doc, ent.start + 1, ent.end) if len(ent) > 2 and ent[0].lower_ == "the" else ent  # "the Norman Example"
    evidence = context_evidence(doc, bare.start, bare.end, kb)
    if evidence and plain_name(bare, kb, first_name=evidence not in ("title", "apposition"), evidence=_firm(evidence, bare)):
        return [Span(doc, bare.start, bare.end, label="PERSON")]
    titles = titles_of(kb)
    for cut in range(max(ent.start + 1, ent.end - 3), ent.end - 1):
        if _placed(f"{doc[cut - 1].text} {doc[cut].text}", kb):
            continue  # no name begins inside a place's name: "The New York Times" has no "York Times"
        name = doc[cut:ent.end]
        comma = doc[cut - 1].text == ","  # "the editor of Investigate, Ian Example": the name is in apposition
        titled = fold(doc[cut - 1].text).rstrip(".") in personal_titles()  # "Ratu Inoke Kubuabola": any first name
        if plain_name(name, kb, first_name=not titled) and context_evidence(doc, cut, ent.end, kb) and (
                fold(doc[cut - 1].text).rstrip(".") in titles or ent.root.i >= cut or comma):
            before = doc[ent.start:cut - 1] if comma else doc[ent.start:cut]
            if all(fold(t.text).rstrip(".") in titles or t.lower_ == "the" for t in before):  # "the Hon Annette King"
                return [Span(doc, cut, ent.end, label="PERSON")]
            return [Span(doc, before.start, before.end, label=ent.label_), Span(doc, cut, ent.end, label="PERSON")]
    return [ent]


def _firm(evidence: str, name: Span) -> bool:
    """Context evidence firm enough for a name whose last word is a first name too: a title, an apposition, or a
    coordinated person's full name ("David Example and Khalid Mahmood"; not "Red Hat, Firefox", a one-word name)."""
    if evidence != "coordinated":
        return evidence in ("title", "apposition")
    root = name.root
    related = ([root.head] if root.dep_ == "conj" else []) + [t for t in root.children if t.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" and t.i > 0 and t.nbor(-1).ent_type_ == "PERSON" for t in related)


def split_glued(ent: Span, kb: Knowledge) -> list[Span]:
    """The entity, or its place part and its name part when a place is glued to a name (see the module text)."""
    doc = ent.doc
    if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON":
        for cut in range(ent.start + 1, ent.end - 1):
            dash = doc[cut - 1].text in DASHES
            left, right = doc[ent.start:cut - 1] if dash else doc[ent.start:cut], doc[cut:ent.end]
            if not len(left) or kb.person(ent.text) or doc[cut].text in DASHES:  # no name begins with the dash
                continue
            if dash:  # "New York - Carly Fiorina": a dateline; the model's place label says what the left part is
                place = ent.label_ != "PERSON" or bool(kb.country_of_place(left.text)[0])
            else:  # "Russia Vladimir Putin", "Miss England Danielle Lloyd": only a known place, or a region before no
                # title ("South Ward Councilman"), that is no first name ("Georgia", "Chad", "Victoria")
                place = (ent.label_ in ("GPE", "PERSON") and not _first_name(doc[ent.start])
                         and bool(kb.country_of_place(left.text)[0] or (fold(left.text) in regions() and not _titled(right, kb))))
            held = not dash and not place and ent.label_ == "PERSON" and _office_of(ent, kb) and not _first_name(doc[ent.start])
            if (place or held) and _is_name(right, kb):
                place_label = "ORG" if held else "GPE" if ent.label_ == "PERSON" else ent.label_
                return [Span(doc, left.start, left.end, label=place_label), Span(doc, right.start, right.end, label="PERSON")]
    if ent.label_ in ("GPE", "NORP") and len(ent) >= 2:
        last = ent[-1]
        head = doc[ent.start:ent.end - 1]
        if kb.country_of_place(head.text)[1] == "country" and kb.country_of_place(last.text)[0] and fold(last.text) != fold(head.text):
            return [Span(doc, head.start, head.end, label="GPE"), Span(doc, last.i, last.i + 1, label="NORP")]
    return [ent]


def join_pieces(doc: Doc, ents: list[Span], kb: Knowledge) -> list[Span]:
    """Adjacent PERSON pieces of one name joined (see the module text)."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda s: s.start):
        previous = out[-1] if out else None
        if previous is not None and ent.start < previous.end:
            continue  # the surname after a nickname already taken in: "Charles (Chuck" + "Kroll"
        if previous is not None and ((previous.label_ == "PERSON" and ent.label_ == "PERSON" and ent.text[:1].isupper()
                                      and _gap_is_name(doc, previous.end, ent.start, kb)) or surname_taken_for_a_place(previous, ent, kb)):
            out[-1] = Span(doc, previous.start, ent.end, label="PERSON")
            continue
        out.append(_hyphenated(_with_first_name(_extended(ent, kb), kb, out[-1].end if out else 0), kb) if ent.label_ == "PERSON" else ent)
    return out


def _hyphenated(ent: Span, kb: Knowledge) -> Span:
    """A name the model cut at a hyphen: "Gholam-" + "Hossein Elham", "Roh Moo" + "-hyun". The part before takes a
    capitalised word glued to the hyphen that is no title, place, name of its own or known surname (unless a first
    name: "Ali-Akbar"), so "Bush-Blair" stays two and "Sino-" (a `combining` word) is left out; the part after takes a short syllable
    glued to it, lower-case, or a part making a name the knowledge base knows ("Kim Dae-Jung", "Maite Nkoana-Mashabane")."""
    from core.pipeline.names import titles_of
    from core.pipeline.things import combining_form

    doc, start, end = ent.doc, ent.start, ent.end
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        word = doc[start - 2]
        if (word.is_alpha and word.text[:1].isupper() and not word.text.isupper() and word.ent_type_ != "PERSON"
                and fold(word.text) not in titles_of(kb) and (_first_name(word) or fold(word.text) not in kb.by_surname)
                and not kb.country_of_place(word.text)[0] and not combining_form(word.text)):
            start -= 2
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        syllable = doc[end + 1]
        if syllable.is_alpha and ((len(syllable) <= 4 and syllable.is_lower) or kb.person(doc[start:end + 2].text)):
            end += 2
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON")


def _with_first_name(ent: Span, kb: Knowledge, floor: int) -> Span:
    """A PERSON the model began one word late ("said by Moses" + "Yen"): an untagged capitalised proper noun just
    before it that is a known first name (no title, no country; a town's name where nothing before places it:
    "Filipino Mary" + "Jean Example", not "in Mary" or "New York" + …) belongs to the name."""
    from core.pipeline.names import titles_of

    if ent.start <= floor:
        return ent
    word, kind = ent.doc[ent.start - 1], kb.country_of_place(ent.doc[ent.start - 1].text)[1]
    before = word.nbor(-1) if word.i > 0 else None
    placed = kind not in ("", "city") or (kind == "city" and before is not None and (before.lower_ in ("in", "at", "from", "to", "near") or (
        before.is_title and before.ent_type_ != "NORP" and fold(before.text) not in titles_of(kb))))
    if (word.pos_ == "PROPN" and not word.ent_type_ and word.text[:1].isupper() and not word.text.isupper() and word.is_alpha
            and _first_name(word) and fold(word.text) not in titles_of(kb) and not placed):
        return Span(ent.doc, ent.start - 1, ent.end, label="PERSON")
    return ent


def _extended(ent: Span, kb: Knowledge) -> Span:
    """A name the model ended early: before the rest of a name the knowledge base knows, a surname left out, or a
    nickname in round brackets and the surname after it ("William Andrew" + "(Bill) White", "Charles (Chuck" +
    ") Kroll")."""
    doc = ent.doc
    if ent.end + 3 < len(doc) and nickname(doc, ent.end, ent.end + 4):
        return Span(doc, ent.start, ent.end + 4, label="PERSON")
    if len(ent) >= 3 and ent.end + 1 < len(doc) and doc[ent.end].text == ")" and nickname(doc, ent.end - 2, ent.end + 2):
        return Span(doc, ent.start, ent.end + 2, label="PERSON")
    for end in range(min(ent.end + MAX_GAP, len(doc)), ent.end, -1):
        if _gap_is_name(doc, ent.end, end, kb) and kb.person(doc[ent.start:end].text):
            return Span(doc, ent.start, end, label="PERSON")
    return Span(doc, ent.start, ent.end + 1, label="PERSON") if _last_name_left_out(ent, kb) else ent


def _last_name_left_out(ent: Span, kb: Knowledge) -> bool:
    """A name of two or more words the model ended one word early: "Ibrahim Hassan" + "Addow", "Taha Yassin" +
    "Ramadan" (a surname it took for the month). The next word is a capitalised proper noun glued on by a space, with
    no tag or a date tag of its own word only, and no title, place, weekday, month or heading word; a name the
    knowledge base knows is never extended this way ("Barack Obama Administration")."""
    from core.pipeline.names import titles_of

    doc = ent.doc
    if (len(ent) < 2 or ent.end >= len(doc) or not ent[-1].whitespace_ or not all(t.is_alpha for t in ent)
            or kb.person(ent.text)):
        return False  # a full name the knowledge base knows is whole
    word = doc[ent.end]
    if (word.pos_ != "PROPN" or not word.is_alpha or not word.text[:1].isupper() or word.is_upper
            or (ent.end + 1 < len(doc) and (doc[ent.end + 1].like_num  # a model: "Dash 8"
                                            or (doc[ent.end + 1].pos_ == "PROPN" and doc[ent.end + 1].text[:1].isupper())))):
        return False
    if word.ent_type_ and not (word.ent_type_ == "DATE" and word.ent_iob_ == "B"
                               and (ent.end + 1 == len(doc) or doc[ent.end + 1].ent_iob_ != "I")):
        return False
    if fold(word.text) in titles_of(kb) or fold(word.text) in MONTHS or fold(word.text) in WEEKDAYS or kb.country_of_place(word.text)[0]:
        return False
    return not any(a <= word.idx < b for a, b in doc.user_data.get("headings", []))


def _gap_is_name(doc: Doc, start: int, end: int, kb: Knowledge) -> bool:
    from core.pipeline.names import titles_of

    if end - start > MAX_GAP:
        return False
    if start > 0 and doc[start - 1].text in ("'s", "’s", "'"):
        return False  # "Putin's Xi": a possessive ends a name
    titles = titles_of(kb)
    return all(t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and not t.ent_type_ and fold(t.text) not in titles
               for t in doc[start:end])


def personal_titles() -> frozenset[str]:
    """The personal forms of address of name_stopwords.txt ("Mr", "Dr", "Ratu"), not the ranks, role words and
    name-parser titles that also open the names of offices ("General Accounting Office")."""
    from core.pipeline.people import stopword_section

    return stopword_section("honorifics")
