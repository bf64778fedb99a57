"""Names that belong to things, not people: organisations, facilities, vessels, outlets (false_person_words.csv), and
names the text itself calls an organisation."""
from __future__ import annotations


from spacy.tokens import Doc, Span

from core.knowledge import fold, knowledge_cache, knowledge_rows
from core.text import without_possessive

@knowledge_cache(maxsize=1)
def _false_person_words() -> dict[str, frozenset[str]]:
    """Words of false_person_words.csv by kind: `suffix` (Group, Hotel, Field, ship …), `prefix` (County, Lake …),
    `next` (shares, CEO …), `appos` (a company, the militant group …), `trade` (a firm or a person's trade:
    contractor), `name` (outlets, platforms), `combining`
    (Sino-, Anglo-, pro- …), `body` (administration, campaign …) and `surname` (suffixes that are surnames too)."""
    found: dict[str, set[str]] = {}
    for row in knowledge_rows("false_person_words.csv"):
        found.setdefault(row.get("kind", ""), set()).add(fold(row.get("word", "")))
    return {k: frozenset(v) for k, v in found.items()}


def thing_words() -> frozenset[str]:
    """The organisation, facility and vessel words of false_person_words.csv (kinds `suffix`, `appos` and `trade`)."""
    words = _false_person_words()
    return words.get("suffix", frozenset()) | words.get("appos", frozenset()) | words.get("trade", frozenset())


def combining_form(word: str) -> bool:
    """ "Sino", "Anglo", "pro": a word glued before a hyphen that combines with what follows, never part of a name."""
    return fold(word) in _false_person_words().get("combining", frozenset())


CASE_WORDS = frozenset({"v.", "vs.", "v", "vs"})  # between the parties of a court case: "Roe v. Wade"


def is_thing(span: Span, name: str, *, source: str | None = None) -> bool:
    """A name that belongs to a thing: it ends in (or heads, or follows) an organisation, facility, event or vessel word
    ("Maria Contreras-Sweet Group", "the Shtokman gas field", "the vessel Akademik Fyodorov"), modifies a body named
    after a person ("the Bush administration"), is followed by a company word ("Acme shares fell"), or names an
    outlet (the article's own source, "Twitter")."""
    words = _false_person_words()
    suffixes, outlets = words.get("suffix", frozenset()), words.get("name", frozenset())
    folded = fold(name)
    if not folded:
        return False
    if folded in outlets or (source and folded in {fold(source), *fold(source).split()}):
        return True
    if named_as_organisation(span, name):
        return True
    if place_named(name) or _ends_in_place(name):
        return True  # "County Kerry"; "Wynn Las Vegas", "IDA Ireland"
    doc, root = span.doc, span.root
    if root.dep_ in ("compound", "nmod") and root.head.i >= span.end and root.head.lower_ in suffixes:
        return True  # "the Shtokman gas field": the name modifies a thing word
    if root.dep_ == "compound" and root.head.i == span.end and root.head.tag_ == "NNS" and not root.head.ent_type_:
        return True  # "Buddha statues", "Ku Klux Klan members": a name that modifies a plural noun names no one here
    if root.dep_ in ("compound", "nmod") and root.head.i == span.end and root.head.lemma_.lower() in words.get("body", frozenset()):
        return True  # "the Bush administration", "a Zanon worker": a body, time or brand named after the person
    before = doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.lower_ in CASE_WORDS) or (span.end < len(doc) and doc[span.end].lower_ in CASE_WORDS):
        return True  # "Roe vs. Wade": a party named in a court case's name
    word = doc[span.start - 2] if before is not None and before.text == "." and span.start > 1 else before  # "Ft ."
    if word is not None and word.is_title and fold(word.text).rstrip(".") in words.get("prefix", frozenset()):
        return True  # "Ft. Sam Houston", "Lake Victoria": a place word before the name
    return bool(before is not None and before.is_lower and before.lower_ in suffixes and (root.head.i == before.i or before.head.i in (root.i, root.head.i))
                ) or _listed_with_places(span, suffixes)  # "the vessel Akademik Fyodorov", "the militant group Lashkar-e-Toiba", not
    # "On the eve of the summit Bush was in Kiev" (a thing word of another phrase)


def _surname_ending(span: Span, words: list[str], surnames: frozenset[str]) -> bool:
    """A known first name and a thing word that is a surname too, with no article before: "Keith Hall, Commissioner
    of …", "Rosa Parks" (`surname` words), not "the Albert Hall" or "Carnegie Hall"."""
    from core.pipeline.names import first_names

    before = span.doc[span.start - 1] if span.start > 0 else None
    return (len(words) == 2 and words[1] in surnames and words[0] in first_names()
            and not (before is not None and before.pos_ == "DET"))


def _listed_with_places(span: Span, suffixes: frozenset[str]) -> bool:
    """The name is listed with a facility (a building, square or park the model tags as one) or with an untagged name
    ending in a thing word ("spaces such as Federation Square, Birrarung Marr, Albert Park and the Alexandra
    Gardens"): it names a place too. A common noun ("a candidate from the party, Gord Hill, as well as Sam Example"),
    a company the model tags ("Bayoil Inc") or a region ("the Middle East", often
    an apposition parsed as a list) says nothing."""
    return any(t.pos_ == "PROPN" and (t.ent_type_ == "FAC" or (t.lower_ in suffixes and t.ent_type_ in ("", "LOC")))
               for t in span.root.conjuncts)


def _ends_in_place(name: str) -> bool:
    """The name ends in a place of two words ("Wynn Las Vegas") or an acronym is followed by a country or city ("IDA
    Ireland"): a company's or an agency's name, not a person's ("Jack London" keeps his first name)."""
    from core.knowledge import place_country

    words = name.split()
    if len(words) >= 3 and place_country(" ".join(words[-2:])):
        return True
    return len(words) == 2 and words[0].isupper() and len(words[0]) > 1 and place_country(words[1]) is not None


def place_named(name: str) -> str | None:
    """The folded name a place word heads ("County Kerry" → "kerry"), else None."""
    words = fold(name).split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in _false_person_words().get("prefix", frozenset()) else None


def named_as_organisation(span: Span, name: str) -> bool:
    """The text itself calls the name an organisation: it ends in an organisation or public body word ("Acme Group",
    "the Public Works Department"), a company word or suffix follows it ("Acme shares fell", "Bell Globemedia
    Inc."), an organisation noun stands right before it ("defence contractor Lockheed Martin") or in apposition
    ("Rosatom, a Russian nuclear energy corporation"; "the militant group, al-Shabaab")."""
    words = _false_person_words()
    suffixes = words.get("suffix", frozenset())
    folded = fold(name)
    if not folded or folded.split()[-1] in suffixes | words.get("public", frozenset()):
        return bool(folded) and not _surname_ending(span, folded.split(), words.get("surname", frozenset()))
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in ("'s", "’s") and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    if after is not None and (fold(after.text) in words.get("next", frozenset())
                              or (after.is_title and fold(after.text).rstrip(".") in suffixes)):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    from core.pipeline.names import first_names, person_noun, title_words

    trades = words.get("trade", frozenset())
    named = span[0].text[:1].isupper() and fold(span[0].text) in first_names()
    if before is not None and (before.is_lower or before.is_sent_start) and (
            before.lemma_.lower() in words.get("appos", frozenset()) or (before.lemma_.lower() in trades and not named)):
        return True  # "American defence contractor Lockheed Martin", "the carmaker Toyota", "Character Elaine Benes …"
    if before is not None and person_noun(before):
        return False  # "GM vice-chairman Bob Lutz, the supplier, …": a person, whatever the parse hangs on the name
    root, heads = span.root, suffixes | words.get("appos", frozenset())
    # a noun in apposition; another name only before a name with no known first name ("Christine Example, the general
    # secretary of …, the National Union" is a person; "Advent International, Copernicus Capital Partners" are not)
    appositions = [t for t in root.children if t.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    titles = title_words()

    def office(w) -> bool:
        return (w.is_title and fold(w.text) in titles) or (person_noun(w) and w.dep_ != "compound")

    if any(office(t) for t in appositions):
        appositions = []  # "Eva Example, Vice President of Acme Corporation, the development company": Acme's apposition
    phrases = [c.i for c in root.children if c.dep_ == "prep" and c.i > root.i]
    appositions = [t for t in appositions if not any(i < t.i for i in phrases)]  # "Gene Example of Acme, a group": Acme's
    appositions = [t for t in appositions if not any(  # "Sharad Example, General Secretary of the workers union": an office
        w.i < t.i and office(w) for w in t.subtree)]
    return any((t.lemma_.lower() in heads and (t.pos_ == "NOUN" or not named)) or (t.lemma_.lower() in trades and not named)
               for t in appositions) or _spoken_of_as_thing(span)


def _spoken_of_as_thing(span: Span) -> bool:
    """The text speaks of the name as of a thing: as the subject of a verb, its object is "its" something ("Joe
    Example sold its brand"). A noun that labels the name ("attorney William Example, …, noted its concern") says a
    person is meant, and the "its" is another's. (A "which" after a name says little: the parser hangs on the name
    what belongs to the noun before it, "the concert organised by Bob Geldof, which was created …".)"""
    doc, root = span.doc, span.root
    if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].pos_ == "NOUN":
        return False
    if root.dep_ != "nsubj":
        return False
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children) for c in root.head.children)


def organisation_names(doc: Doc) -> set[str]:
    """Folded names the article gives organisations by a company or organisation word ("Bell Globemedia Inc.",
    "the Frizlen Group": the whole name and the name without that word) or an organisation noun in apposition."""
    suffixes = _false_person_words().get("suffix", frozenset())
    found: set[str] = set()
    for ent in doc.ents:
        words = without_possessive(ent.text).strip().split()
        if ent.label_ == "ORG" and len(words) >= 2 and fold(words[-1]).rstrip(".") in suffixes:
            found.update(organisation_forms(" ".join(words), surname=False))
        elif ent.label_ == "ORG" and words and named_as_organisation(ent, " ".join(words)):
            found.update(organisation_forms(" ".join(words), surname=False))  # "al-Shabaab, a radical Islamic militant group": not a person later either
    return found


def organisation_forms(name: str, *, surname: bool = True) -> set[str]:
    """The folded forms an organisation's name takes in one article: whole, without its company words ("Arthur
    Andersen LLP", "Arthur Andersen") and, with `surname`, for a name of two words or more, its last word
    ("Andersen"): asked for a name the model took for a person's, where the text says it is a company's. A name the
    model itself tags as an organisation keeps its last word for people ("the Carter Center", then "Carter said")."""
    suffixes = _false_person_words().get("suffix", frozenset())
    words = fold(name).split()
    forms = {" ".join(words)} if words else set()
    while len(words) >= 2 and words[-1].rstrip(".") in suffixes:
        words = words[:-1]
        forms.add(" ".join(words))
    if surname and len(words) >= 2:
        forms.add(words[-1])
    return forms
