"""Names of people the model left untagged where a title says a person is meant: two or three capitalised words
after a form of address ("Rabbi Ephram Example, brother of …"), or led by a known first name right after the
capitalised words of an office ("Saudi Minister of Trade and Commerce Hashim Example"; "Mayor of St. Louis Francis
Example" begins at Francis, a town's name is the title's). Other title words begin too many other names to take
what follows them ("General Public License", "Prime Rib Dinner", "Star Wars Wiki")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, fold

OFFICE_REACH = 6  # words back from a name to the office word whose title it ends: "Minister of Trade and Commerce"


def titled_names(doc: Doc, ents: list[Span], kb: Knowledge) -> list[Span]:
    """The entities plus the untagged names a form of address or an office's title comes right before."""
    from core.pipeline.people import stopword_section

    tagged, found, personal = {t.i for e in ents for t in e}, [], stopword_section("honorifics")
    for token in doc[:-2]:
        if token.i in tagged or not token.is_title:
            continue
        if fold(token.text).rstrip(".") in personal:
            name = _run(doc, token.i + 1, tagged)
            if name is not None and _name(name, kb, first_name=False):
                found.append(name)
        elif token.i > 0 and _after_office(doc, token.i, kb) and not kb.country_of_place(doc[token.i - 1:token.i + 1].text)[0]:
            name = _run(doc, token.i, tagged)
            if name is not None and _name(name, kb, first_name=True):
                found.append(name)
                tagged.update(t.i for t in name)
    return sorted(ents + found, key=lambda s: s.start) if found else ents


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
