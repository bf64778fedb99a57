"""Which knowledge-base person a bare surname stands for: the office-holder of the day, the one the title before it
names ("Chancellor Brown", "under President Clinton"), the leader of a country the article mentions, or a former
leader no one else shares the name with ("Hitler")."""
from __future__ import annotations

from core.knowledge import Knowledge, fold, knowledge_cache, knowledge_rows, leader_roles, regnal_name
from core.pipeline.names import first_names


@knowledge_cache(maxsize=1)
def family_name_first() -> frozenset[str]:
    """Countries whose people are referred to by the first part of their name ("Hu" for Hu Jintao)."""
    return frozenset(r["iso3"] for r in knowledge_rows("name_order.csv") if r.get("order") == "family-first")


def holds_title(person, title: tuple[str, str] | None, kb: Knowledge, published: str | None, *, ever: bool = False) -> bool:
    """The person held, on the publication date (`ever`: by then), the office the title before their surname names in
    the country of that office ("Chancellor Brown": Britain's finance minister; "Chancellor Merkel": Germany's head
    of government; "under President Clinton" in 2006: Bill Clinton)."""
    if not person or not title or not published:
        return False
    words, office = title
    held = [r for r in kb.roles_of.get(person.person_id, []) if r.start <= published[:10]] if ever else kb.offices_on(person.person_id, published[:10])
    return any(r.role == kb.role_in(words, r.country, office) for r in held)


def surname_stands_for(person, kb: Knowledge, published: str | None, mentioned: frozenset[str] = frozenset()) -> bool:
    """A bare surname stands for this knowledge-base person when they lead a country then, or when their country (or
    organisation) is among `mentioned`, the article's: "Ford" in a story about carmakers is no Northern Irish party
    leader; a bare name the model tagged as an organisation or place is checked with nothing mentioned, so only a head
    of state or government in office counts ("Medvedev", "Singh")."""
    return bool(person) and (bool(kb.leaders_of(person.person_id, (published or "")[:10])) or person.country in mentioned)


def acronym(written: str) -> bool:
    """A word written in capitals, as an organisation's initials are ("UN", "AU"): no surname ("Un", "Au")."""
    return len(written) >= 2 and written.isalpha() and written.isupper()


def kb_by_surname(kb: Knowledge, key: str, published: str | None, *, country: str | None = None,
                  mentioned: frozenset[str] = frozenset(), title: tuple[str, str] | None = None, late: bool = False):
    """The one knowledge-base person with this surname who held an office around the publication date, or, when
    none did, the one of the country the text gives ("Saudi Prince Abdullah" before he was king). A bare first name
    ("George") never resolves through the knowledge base; a name's first part does only where it is the family
    name (name_order.csv), and a monarch's or pope's regnal name does. Among several office-holders, the one
    whose country the article mentions (`mentioned`, ISO3 codes) is meant, when only one's is, else the one who
    leads a country then; one the text calls `late` holds no office any more."""
    known = kb.by_surname.get(key, [])
    if country and any(p.country == country for p in known):
        known = [p for p in known if p.country == country]  # "Saudi Prince Abdullah": not Jordan's, not Turkey's
    matches = known
    if title and published and (late or not any(holds_title(p, title, kb, published) for p in known)):
        matches = [p for p in known if holds_title(p, title, kb, published, ever=True)] or known  # a former office
    if published:
        day = published[:10]
        active = [] if late else [p for p in matches if kb.in_office(p.person_id, day)]  # "the late King Abdullah"
        former = [p for p in matches if past_office_holder(p, kb, day, mentioned)]
        once = len(matches) == 1 and (country or not kb.roles_of.get(matches[0].person_id)
                                      or holds_title(matches[0], title, kb, published, ever=True))  # "Attorney General Ashcroft" in 2008
        matches = active or (matches if once else former if len(former) == 1 else [])
    if len(matches) > 1 and title:  # "Chancellor Brown" in 2006: Britain's finance minister, of two Browns
        matches = [p for p in matches if holds_title(p, title, kb, published)] or matches
    if len(matches) > 1 and mentioned:
        matches = [p for p in matches if p.country in mentioned] or matches
    if len(matches) > 1 and published:  # "Bush" in 2005 is the president, not the governor of Florida
        matches = [p for p in matches if kb.leaders_of(p.person_id, published[:10])] or matches
    if len(matches) != 1:
        return None
    person = matches[0]
    parts = person.canonical.split()
    if fold(parts[0 if person.country in family_name_first() else -1]) == key or regnal_name(person.canonical) == key:
        return person  # the family name: "Hu" of Hu Jintao, "Un" of Kim Jong Un none
    if fold(parts[0]) == key and holds_title(person, title, kb, published):
        return person  # a ruler called by the first name after the title: "Sultan Qaboos" (Qaboos bin Said)
    return None


def past_office_holder(person, kb: Knowledge, day: str, mentioned: frozenset[str]) -> bool:
    """A former leader of a country the article mentions, out of every office before `day` ("the Khomeini era" in a
    story on Iran; "Stalin's purges" in one on Russia, not an Indian namesake), or anywhere when no one else of the
    knowledge base bears the surname and it is no first name ("Hitler"); a former minister's surname stays unresolved."""
    roles, surname = kb.roles_of.get(person.person_id, []), fold(person.canonical.split()[-1])  # not "Sun" of Sun Yat-sen:
    alone = ([p.person_id for p in kb.by_surname.get(surname, [])] == [person.person_id] and surname not in first_names()
             and person.country not in family_name_first())  # a family name written first is a name of many
    return ((person.country in mentioned or alone) and bool(roles) and all(r.end and r.end < day for r in roles)
            and any(r.role in leader_roles() | {"leader"} for r in roles))


def untagged_office_holders(doc, kb: Knowledge, published: str | None, taken: set[int]) -> list:
    """Capitalised words the model left untagged (or took for an organisation) that speak, the subject of a `speaking` or `reporting` verb
    ("Portman argued cutting tariffs mattered as much"), or that are followed by "of" and their country ("Rice of the
    United States"), and are the surname of the one office-holder of the day the knowledge base has by it, of a
    country the article mentions: that person. An untagged word a meeting verb has as its subject or object ("Merkel
    met Putin in Tomsk", "Kirchner met Lula") or listed after a person ("Chirac, Blair and Schröder") is also the head
    of state or government of the day by that name."""
    from spacy.tokens import Span

    from core.knowledge import cues
    from core.pipeline.affiliation import countries_in
    from core.pipeline.senses import meeting_verbs

    if not published:
        return []
    verbs = cues().get("speaking", frozenset()) | cues().get("reporting", frozenset())
    meets, found = meeting_verbs(), []
    for token in doc:
        if (token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ not in ("", "ORG") or not token.is_title or token.i in taken
                or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN") or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")):
            continue
        speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs and not token.ent_type_
        of_country = _country_after_of(token, kb)  # also a word the model took for an organisation: "Lavrov of Russia"
        meeting = not token.ent_type_ and ((token.dep_ in ("nsubj", "dobj") and token.head.pos_ == "VERB"
                                            and token.head.lemma_.lower() in meets)
                                           or (token.dep_ == "conj" and token.head.ent_type_ == "PERSON"))  # "Chirac, Blair and Schröder"
        if (not speaks and of_country is None and not meeting) or (token.pos_ == "NOUN" and not meeting):
            continue  # a name the model took for a common noun counts only where a meeting verb takes it ("Musharraf met")
        mentioned = countries_in(doc, kb)  # worked out once per Doc
        person = kb_by_surname(kb, fold(token.text), published, mentioned=mentioned)
        if (person and kb.in_office(person.person_id, published[:10]) and of_country in (None, person.country)
                and (person.country in mentioned or (meeting and kb.leaders_of(person.person_id, published[:10])))):
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _country_after_of(token, kb: Knowledge) -> str | None:
    """The country named right after "of" that follows the word ("Rice of the United States", in a list of ministers
    "Lavrov of Russia and Rice of the United States"), else None."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return None
    ent = next((e for e in doc.ents if e.start in (token.i + 2, token.i + 3) and e.start_char > doc[token.i + 1].idx), None)
    return kb.country_of_place(ent.text.removeprefix("the "))[0] if ent is not None and ent.label_ == "GPE" else None


def titled_given_name(name: str, kb: Knowledge, full: list):
    """ "Sheikh Khalifa" after "Sheikh Khalifa bin Zayed al-Nahyan": a name-forming title before the first word of a
    full name of someone the knowledge base knows that the article gave before is that person, or None."""
    from core.pipeline.people import name_forming_titles

    words = name.split()
    if len(words) != 2 or fold(words[0]) not in name_forming_titles():
        return None
    given = fold(words[1])
    return next((kb.person(canonical) for canonical, person_id, _, _, written in reversed(full)
                 if person_id and given in (fold(written.split()[0]), fold(canonical.split()[0]))), None)
