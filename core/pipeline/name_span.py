"""Where a person's name begins and ends inside the span the model tagged: titles, party labels, a word opening the
sentence and a possessive left out, a nickname in brackets kept."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.knowledge import fold


def strip_name(span: Span) -> tuple[int, int]:
    """Token bounds of the name inside a PERSON span: leading titles and party labels and a trailing possessive
    removed."""
    from core.pipeline.names import is_initial, title_words
    from core.pipeline.people import name_particles, stopword_section

    titles, parties = title_words(), stopword_section("affiliations")
    start, end = span.start, span.end
    while start < end - 1:
        if (fold(span.doc[start].text).rstrip(".") in titles and not is_initial(span.doc[start].text)) or (  # "Lt-Gen Salva Kiir"
                start > span.start and span.doc[start].text in ("-", "–") and fold(span.doc[start + 1].text).rstrip(".") in titles):
            start += 1
        elif start < end - 2 and fold(span.doc[start].text) in parties and span.doc[start + 1].text[:1].isupper():
            start += 1  # "Green Glen Example": a party label before a candidate's name
        elif start < end - 2 and fold(span.doc[start + 1].text).rstrip(".") in titles and _place_word(span.doc[start].text):
            start += 1  # "Nepal Prime Minister G P Koirala": a country before the title
        elif _opening_word(span.doc[start]):
            start += 1  # "Besides Obama and Castro, they included …": a word that opens the sentence
        elif start < end - 2 and _person_noun_before_first_name(span.doc, start):
            start += 1  # "Reviewer Saul Example wrote": a word for a person, capitalised to begin the sentence
        else:
            break
    for i in range(start + 1, end):
        if span.doc[i].text in ("(", "[", "/", "|") and not nickname(span.doc, i, end):  # "Charles (Chuck": ends there
            end = i
            break
        word = span.doc[i].text
        if i >= start + 1 and word in ("-", "–") and i + 1 < len(span.doc) and not span.doc[i - 1].whitespace_ \
                and span.doc[i + 1].lower_ in stopword_section("compound-suffixes"):
            end = i  # "Saddam Hussein-era military chief": an adjective made of the name
            break
        if i >= start + 2 and word == "of" and _place_word(span.doc[i + 1:end].text) and not re.fullmatch(r"[IVX]+", span.doc[i - 1].text):
            end = i  # "Foreign ministers Aloysio Nunes of Brazil and Rodolfo Example of Uruguay" ("Mohammed VI of Morocco" is one)
            break
        if i >= start + 2 and (word in ("?", "!", ":", ";") or (
                word[:1].islower() and span.doc[i - 1].whitespace_ and re.split(r"[-'’]", word)[0] not in name_particles() | {"of"})):
            end = i  # "a Terri Schiavo situation?:": a common word after a name ends it ("al-Maliki", "van", "Jong-il" do not)
            break
    while end > start + 1 and span.doc[end - 1].text in ("'s", "’s", "'"):
        end -= 1
        if end > start + 2 and _place_word(span.doc[end - 1].text):
            end -= 1  # "Mamadou Example Niger's minister of trade said": the country is the title's
    post = stopword_section("post-nominals")  # "Michael Howard QC MP"
    while end > start + 2 and span.doc[end - 1].text.isupper() and fold(span.doc[end - 1].text).replace(".", "") in post:
        end -= 1
    return start, end


def _opening_word(token) -> bool:
    """A function word that opens the sentence, capitalised for that alone ("Besides"), no known first name ("Will")."""
    from core.pipeline.names import first_names

    return (token.is_sent_start and token.lower_ in STOP_WORDS and token.pos_ != "DET"  # "The Sea Wolf sent …" is a ship
            and fold(token.text) not in first_names())


def _person_noun_before_first_name(doc: Doc, i: int) -> bool:
    """Token i is a noun for a person (names.person_noun: "Reviewer", "Analyst") written with a capital, and a known
    first name follows it."""
    from core.pipeline.names import first_names, person_noun

    names = first_names()  # "Nasser Mohammed …": a first name is no noun for a person, whatever its ending
    return (doc[i].is_title and fold(doc[i].text) not in names and person_noun(doc[i], titled=True) and doc[i + 1].is_title
            and fold(doc[i + 1].text) in names)


def _place_word(word: str) -> bool:
    from core.knowledge import load_knowledge

    return load_knowledge().country_of_place(word)[1] == "country"


def nickname(doc: Doc, i: int, end: int) -> bool:
    """A one-word nickname in round brackets inside a name, with the surname after it: "Robert (Bob) Example"."""
    return (doc[i].text == "(" and i + 3 < end and doc[i + 2].text == ")" and doc[i + 1].is_title
            and doc[i + 3].text[:1].isupper())
