"""Names of people the model left untagged (or took for an organisation) where a title says a person is meant:
- the one word after an office's title by which the knowledge base knows a holder of that office ("Sultan Qaboos");
- two or three capitalised words after a form of address ("Rabbi Ephram Example, brother of …"), or led by a known
  first name after a party label ("Maryland Democrat Elijah Example noted …");
- two or three led by a known first name right after the capitalised words of an office ("Saudi Minister of Trade
  and Commerce Hashim Example"; "Mayor of St. Louis Francis Example" begins at Francis, a town's name is the
  title's);
- two or three capitalised words before a generational suffix ("Representative Rush Example Jr. spoke"), also when
  the model took the name for an organisation;
- two or three capital letters without full stops before a surname ("Columnist B G Example says");
- an organisation's tag on a full name whose surname the text names a person by ("Mr. Example");
- a product's or organisation's tag on a first name a family noun introduces ("Trump's daughter Ivanka").
Other title words begin too many other names to take what follows them ("General Public License", "Prime Rib
Dinner", "Star Wars Wiki")."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, fold
from core.pipeline.kin import kin_introduced

OFFICE_REACH = 6  # words back from a name to the office word whose title it ends: "Minister of Trade and Commerce"


def titled_names(doc: Doc, ents: list[Span], kb: Knowledge) -> list[Span]:
    """The entities plus the untagged names a form of address or an office's title comes right before."""
    from core.pipeline.names import titles_of
    from core.pipeline.people import stopword_section

    ents = [Span(doc, e.start, e.end, label="PERSON") if e.label_ != "PERSON" and (
        (len(e) == 2 and _ruler_named(doc, e.start, kb)) or _suffixed(e, kb) or (e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and kin_introduced(e) is not None))
            else Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and _named_after(e)
            else e for e in ents]  # "was received by Sultan Qaboos", "Rush Example Jr." tagged as organisations
    tagged, found, personal = {t.i for e in ents for t in e}, [], stopword_section("honorifics")
    parties = stopword_section("affiliations")
    for token in doc[:-2]:
        if not token.is_title:
            continue
        word = fold(token.text).rstrip(".")
        if token.i in tagged and word not in parties:
            continue  # a party label the model tags as a group still says a person follows
        if token.i + 1 not in tagged and _ruler_named(doc, token.i, kb):
            found.append(Span(doc, token.i, token.i + 2, label="PERSON"))
            tagged.add(token.i + 1)
            continue
        if word in personal or word in parties:
            name = _run(doc, token.i + 1, tagged)
            if name is not None and _name(name, kb, first_name=word in parties):
                found.append(name)
                tagged.update(t.i for t in name)
        elif token.i > 0 and _after_office(doc, token.i, kb) and not kb.country_of_place(doc[token.i - 1:token.i + 1].text)[0]:
            name = _run(doc, token.i, tagged)
            if name is not None and _name(name, kb, first_name=True):
                found.append(name)
                tagged.update(t.i for t in name)
    for token in doc[:-2]:
        if len(token.text) > 6 or not token.text[:1].isupper():
            continue  # no initial, nor initials glued in one word ("L.K."): most words, which _initialled need not look at
        name = _initialled(doc, token.i, tagged, kb)
        if name is not None:  # "Columnist B G Verghese says": the model tags none of it, or the surname alone
            ents = [e for e in ents if e.end <= name.start or e.start >= name.end]  # "the Opposition L K Advani" tagged a group
            found.append(name)
            tagged.update(t.i for t in name)
    generational = stopword_section("generational")
    for token in doc:
        if token.lower_.rstrip(".") in generational and token.i not in tagged and generational_suffix(token):
            start = token.i
            while (start > 0 and token.i - start < 3 and start - 1 not in tagged and doc[start - 1].pos_ == "PROPN"
                   and _name_word(doc[start - 1], titles_of(kb))):
                start -= 1
            if token.i - start >= 2:
                found.append(Span(doc, start, token.i + 1, label="PERSON"))
                tagged.update(range(start, token.i + 1))
    return sorted(ents + found, key=lambda s: s.start) if found else ents


_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")  # "L.K", "G.P."


def _initialled(doc: Doc, i: int, tagged: set[int], kb: Knowledge) -> Span | None:
    """Two or three capital letters written without full stops, or glued in one word ("L.K"), and a capitalised
    surname after them ("L K Advani", "L.K Advani"), starting at token `i`, none of it tagged but the surname on its
    own, as a person or a group."""
    from core.pipeline.names import abbreviation, first_names, titles_of

    def free(k: int) -> bool:
        return k not in tagged or _ends_a_group(doc[k])

    def letter(k: int) -> bool:
        return k < len(doc) and len(doc[k].text) == 1 and "A" <= doc[k].text <= "Z" and free(k)

    if len(doc[i].text) > 6 or not doc[i].text[:1].isupper():
        return None  # no initial, nor initials glued in one word ("L.K."), which every token of every article is asked
    if i > 0 and (letter(i - 1) or _GLUED_INITIALS.fullmatch(doc[i - 1].text)):
        return None
    if _GLUED_INITIALS.fullmatch(doc[i].text) and free(i) and not abbreviation(doc[i].text):
        end = i + 1
    else:
        end = i
        while letter(end) and end - i < 3 and doc[i].text != "I":
            end += 1
        if end - i < 2:
            return None
    if end >= len(doc) or not _name_word(doc[end], titles_of(kb)) or len(doc[end]) < 3 or fold(doc[end].text) in first_names():
        return None  # "the G.I. Bill": a first name after letters is no surname
    if end + 1 < len(doc) and doc[end + 1].is_title and doc[end].whitespace_:
        return None  # "A B Foods Ltd": a name of more words than a surname
    if kb.country_of_place(doc[end].text)[0] or (end in tagged and doc[end].ent_type_ in ("GPE", "LOC")):
        return None  # a surname the model tagged alone, as a person or a group, is that person's
    return Span(doc, i, end + 1, label="PERSON")


def _ends_a_group(token) -> bool:
    """A capital letter inside a group's name the model ran on into a name of initials ("the Opposition L K Advani"),
    which ends at a capitalised word two or three tokens on."""
    doc = token.doc
    return token.ent_type_ in ("ORG", "NORP") and any(
        k < len(doc) and doc[k].ent_iob_ == "I" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I") and doc[k].is_title
        for k in (token.i + 1, token.i + 2, token.i + 3))


def _suffixed(ent: Span, kb: Knowledge) -> bool:
    """An entity of two or three capitalised words and a generational suffix that ends it ("Rush Example Jr."), no
    title or place among them."""
    from core.pipeline.names import titles_of

    words = list(ent[:-1])
    return (generational_suffix(ent[-1]) and 2 <= len(words) <= 3 and all(_name_word(t, titles_of(kb)) for t in words)
            and not any(kb.country_of_place(t.text)[0] for t in words))


def _named_after(ent: Span) -> bool:
    """A thing named after a person, a capitalised word after the person's generational suffix ("Martin Luther
    King Jr. Day", "Example Jr. High School")."""
    return any(generational_suffix(t) and ent[k + 1].is_title for k, t in enumerate(ent[:-1]))


def generational_suffix(token) -> bool:
    """A generational suffix ("Jr.", "Sr"; name_stopwords.txt `[generational]`)."""
    from core.pipeline.people import stopword_section

    return fold(token.text).rstrip(".") in stopword_section("generational")


def _name_word(token, titles: frozenset[str]) -> bool:
    """A capitalised word of letters that is no title: one word of a name."""
    return token.is_title and token.is_alpha and fold(token.text) not in titles


def _ruler_named(doc: Doc, i: int, kb: Knowledge) -> bool:
    """Token `i` is an office's title and the one capitalised word after it, ending the name, is the name by which
    the knowledge base knows someone who held that office ("Sultan Qaboos", "President Kibaki")."""
    if i + 1 >= len(doc) or not doc[i].is_title or not doc[i + 1].is_title or doc[i + 1].pos_ != "PROPN":
        return False
    if i + 2 < len(doc) and doc[i + 2].is_title:
        return False
    role = kb.role_terms.get(fold(doc[i].text))
    bearers = kb.by_surname.get(fold(doc[i + 1].text), []) if role else []
    return any(r.role == role for p in bearers for r in kb.roles_of.get(p.person_id, []))


def _run(doc: Doc, start: int, tagged: set[int]) -> Span | None:
    """Two or three untagged capitalised proper nouns from `start`, the run ending there."""
    end = start
    while end < min(len(doc), start + 3) and end not in tagged and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end - start >= 2 and (end == len(doc) or not doc[end].is_title):
        return Span(doc, start, end, label="PERSON")
    return None


def _after_office(doc: Doc, i: int, kb: Knowledge) -> bool:
    """Token `i` follows the capitalised words of an office's title: a title word a few words back, with only
    capitalised words and "of", "and", "for" between."""
    from core.pipeline.names import titles_of

    titles = titles_of(kb)
    for k in range(i - 1, max(-1, i - 1 - OFFICE_REACH), -1):
        word = doc[k]
        if fold(word.text).rstrip(".") in titles and word.is_title:
            return True
        if not (word.is_title or word.lower_ in ("of", "and", "for", "&")):
            return False
    return False


def _name(tokens: Span, kb: Knowledge, *, first_name: bool) -> bool:
    from core.pipeline.boundaries import plain_name

    return plain_name(tokens, kb, first_name=first_name)


def surname_taken_for_a_place(person: Span, place: Span, kb: Knowledge) -> bool:
    """The last word of a name the model took for a town: "Samuel Doria Medina" tagged "Samuel Doria" + "Medina",
    when the parse makes the name's words its compounds and no country is meant."""
    doc = person.doc
    return (person.label_ == "PERSON" and place.label_ in ("GPE", "LOC") and len(place) == 1 and place.start == person.end
            and len(person) >= 2 and doc[person.end - 1].whitespace_ != "" and doc[person.end - 1].dep_ == "compound"
            and doc[person.end - 1].head.i == place.start and place.text.istitle()
            and kb.country_of_place(place.text)[1] not in ("country", "capital"))


def full_name_tagged_a_group(ent: Span, name: str, bare: set[str], source: str | None) -> bool:
    """An organisation's tag on two or three capitalised words led by a known first name and ending in a surname the
    text names a person by alone (`bare`, folded: "Jackson Kirk Grimes of the …" tagged a group, then "Mr. Grimes
    dictated"), or followed by a noun for a person in apposition ("said Ricardo Example, an energy analyst")."""
    from core.pipeline.names import first_names, person_noun_after
    from core.pipeline.things import is_thing

    words = name.split()
    return (ent.label_ == "ORG" and 2 <= len(words) <= 3 and all(w.isalpha() and w.istitle() for w in words)
            and fold(words[0]) in first_names() and words[0].lower() not in STOP_WORDS  # "The Sea Wolf" is a ship
            and (fold(words[-1]) in bare or person_noun_after(ent.doc, ent.end))
            and not is_thing(ent, name, source=source))
