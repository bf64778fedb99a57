"""People in one article: reject false persons, fix mislabels, resolve short, titled and role forms to full names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, fold, knowledge_cache, knowledge_text, organisation_code
from core.pipeline.affiliation import countries_in, text_country
from core.pipeline.initials import by_initials, spaced_initials
from core.pipeline.kin import kin_introduced, kin_name, shared_family
from core.pipeline.places import full_name_ends, surname_of_someone
from core.pipeline.name_span import strip_name
from core.pipeline.short_names import choose_full_name, full_names_for
from core.pipeline.names import (coordinated_with, first_names, full_name_in_title, person_evidence,
                                 reversed_name, titled_alias, untagged_surnames, titles_of, with_first_name_left_out)
from core.pipeline.roles import resolve_roles, title_word
from core.pipeline.visitors import visitor_references
from core.pipeline.titled_again import titled_again
from core.pipeline.same_person import one_name_per_person, share_countries
from core.pipeline.surnames import (acronym, family_name_first, holds_title, kb_by_surname, past_office_holder, surname_stands_for, titled_given_name,
                                    untagged_office_holders)
from core.pipeline.things import is_thing, named_as_organisation, organisation_forms, organisation_names, place_named
from core.pipeline.untagged_names import full_name_tagged_a_group
from core.text import without_possessive



@dataclass
class PersonMention:
    start: int  # character offsets
    end: int
    text: str
    canonical: str
    person_id: str | None  # knowledge-base id when known
    country: str | None
    rule: str  # full-name, kb-alias, short-form, kb-surname, kin, role-doc, role-kb, leader-by-name, unresolved
    sentence: int
    token: int  # index of the mention's root token
    office: str | None = None  # the office a role reference names ("Fiji's foreign minister": foreign_minister)


@knowledge_cache(maxsize=1)
def _stopword_sections() -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {"titles": set(), "common": set(), "name-forming": set(), "particles": set(),
                                     "affiliations": set(), "honorifics": set(), "post-nominals": set()}
    current = "titles"
    for line in knowledge_text("name_stopwords.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections.setdefault(current, set()).add(line.lower())
    return {k: frozenset(v) for k, v in sections.items()}


def stopword_section(name: str) -> frozenset[str]:
    """The words of one section of name_stopwords.txt ("person-nouns", "honorifics", …)."""
    return _stopword_sections().get(name, frozenset())


def stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """(title words, common words) of name_stopwords.txt."""
    sections = _stopword_sections()
    return sections["titles"], sections["common"]


def name_particles() -> frozenset[str]:
    """Lowercase words that belong to names ("de Villepin", "bin Laden")."""
    return _stopword_sections()["particles"]


def name_forming_titles() -> frozenset[str]:
    """Honorifics by which a person with one name is known ("Sheikh Rashid"): kept before a lone name."""
    return _stopword_sections()["name-forming"]


def is_false_person(name: str, kb: Knowledge, *, in_heading: bool) -> bool:
    """A PERSON that is no person: common title-case words, an English function word alone, digits, all-caps banners,
    a heading fragment, a country, capital or international organisation."""
    if kb.person(name):
        return False
    titles, common = stopwords()
    words = [w.lower().strip(".,") for w in name.split()]
    if not words or any(ch.isdigit() for ch in name):
        return True
    if all(w in common or w in titles for w in words):
        return True
    if len(words) == 1 and words[0] in STOP_WORDS and words[0] not in kb.by_surname and words[0] not in first_names():
        return True  # "Whichever is the case": a function word that opens a sentence ("May" is a surname too)
    if name.isupper() and len(name) > 4:
        return True
    iso3, kind = kb.country_of_place(name)
    if iso3 and (kind != "city" or fold(name) not in kb.by_surname):
        return True  # a country or capital; a mere town that shares a known surname ("Bush") stays a person
    if organisation_code(name):
        return True  # "the 27-member European Union"
    return in_heading and len(words) > 1 and any(w in common for w in words)


def resolve_people(doc: Doc, kb: Knowledge, *, published: str | None, headings: list[tuple[int, int]],
                   source: str | None = None, title: str | None = None) -> list[PersonMention]:
    """Every person mention of the article with its canonical name (role references included); `source` is the
    article's outlet, whose name is never a person; `title` may give the full name of a person the text names by
    surname alone."""
    sentence_of = _sentence_index(doc)
    spans = _person_spans(doc, kb, headings, source, published)
    full: list[tuple[str, str | None, str | None, int, str]] = []  # canonical, person_id, country, token, as written
    mentions: list[PersonMention] = []
    pending: list[tuple[Span, str]] = []
    for span in spans:
        start, end = strip_name(span)
        start = titled_alias(doc, span.start, start, end, kb)
        name = written_name(doc[start:end])
        known, rule = kb.person(name), "kb-alias"
        if known is None and len(name.split()) >= 2:
            known, rule = kb.match(name, country=text_country(doc, span, kb), on=published), "kb-fuzzy"
        if known is None:
            known, rule = by_initials(name, kb, lambda: [without_possessive(doc[a:b].text).strip() for a, b in map(strip_name, spans)]), "initials"
        if known is None:
            known, rule = reversed_name(name, kb, full), "reversed"
        if known is None:
            known, rule = titled_given_name(name, kb, full), "short-form"  # "Sheikh Khalifa"
        if known is None:
            known, rule = _known_tail(name, kb), "kb-tail"  # "Hu'akavameiliku Siaosi Sovaleni"
        if known:
            stands_for = kb.country_on(known, published)
            full.append((known.canonical, known.person_id, stands_for, span.start, name))
            mentions.append(_mention(doc, start, end, known.canonical, known.person_id, stands_for, rule, sentence_of))
        elif len(name.split()) >= 2 and not _longer_name(name, full):
            country = text_country(doc, span, kb)
            name = spaced_initials(name)
            full.append((name, None, country, span.start, name))
            mentions.append(_mention(doc, start, end, name, None, country, "full-name", sentence_of))
        else:
            pending.append((doc[start:end], name))
    mentioned = countries_in(doc, kb) if pending else frozenset()
    resolved: dict[str, PersonMention] = {}  # a short name resolved once: "Attorney General Ashcroft", then "Ashcroft"
    for span, name in pending:
        mention = _resolve_short(doc, span, name, full, kb, published, sentence_of, mentioned, title)
        if mention.rule == "unresolved" and (before := resolved.get(fold(name))) is not None:
            mention = _mention(doc, span.start, span.end, before.canonical, before.person_id, before.country, "named-again", sentence_of)
        elif mention.rule != "unresolved" and mention.person_id:  # someone the knowledge base knows
            resolved.setdefault(fold(name), mention)
        kin = kin_name(span, mentions, kb, family_name_first()) if mention.rule == "unresolved" else None
        if kin is not None:  # "John Howard and his wife Janette": Janette Howard
            canonical, person, country = kin
            mention = _mention(doc, span.start, span.end, canonical, getattr(person, "person_id", None), country, "kin", sentence_of)
        elif mention.rule == "unresolved" and kin_introduced(span) is not None:
            continue  # "his wife Maria" with no one named before: a first name alone is no person
        mentions.append(mention)
    mentions += resolve_roles(doc, kb, published=published, titled=_titled(doc, mentions, kb), sentence_of=sentence_of,
                              named=mentions, taken=[(m.start, m.end) for m in mentions])
    mentions += visitor_references(doc, mentions, sentence_of)
    mentions += titled_again(doc, mentions, sentence_of, frozenset(w[0] for terms in kb.role_index.values() for w, _ in terms if len(w) == 1))
    one_name_per_person(mentions)
    share_countries(mentions)
    return sorted(mentions, key=lambda m: m.start)


def _known_tail(name: str, kb: Knowledge):
    """The knowledge-base person whose full name of two or more words ends a longer name, when what comes before it
    holds no given name (a noble title, an honorific the model took in: "Hu'akavameiliku Siaosi Sovaleni")."""
    words = name.split()
    for cut in range(1, len(words) - 1):
        if fold(words[cut - 1]) in first_names():
            return None  # "Patricia Kennedy Smith" is not a Kennedy Smith of the knowledge base
        known = kb.person(" ".join(words[cut:]))
        if known is not None:
            return known
    return None


def _longer_name(name: str, full) -> bool:
    """A multi-word short form of a full name given earlier ("Ramos Horta" after "José Ramos Horta"; "de Rato" after
    "Rodrigo de Rato", whose canonical name is Rodrigo Rato)."""
    key = " " + fold(name)
    return any(fold(f[0]).endswith(key) or fold(f[4]).endswith(key) for f in full)


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _mention(doc, start, end, canonical, person_id, country, rule, sentence_of) -> PersonMention:
    span = doc[start:end]
    text = without_possessive(span.text)
    return PersonMention(span.start_char, span.start_char + len(text), text, canonical, person_id, country, rule,
                         sentence_of[span.root.i], span.root.i)


def _lowercase(span: Span) -> bool:
    """A lowercase word is never a person's name ("beat around the bush"); "O'Neill" is no lowercase word for its
    apostrophe."""
    return not any(t.text[:1].isupper() for t in span if t.is_alpha or _APOSTROPHE_NAME.fullmatch(t.text))


_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")  # "O'Neill", "D'Alema", "N'Diaye"


def _person_spans(doc: Doc, kb: Knowledge, headings, source: str | None = None, published: str | None = None) -> list[Span]:
    """PERSON entities minus false ones, plus ORG/GPE/NORP entities that are really people the article names."""
    keep: list[Span] = []
    surnames: set[str] = set()
    single: list[tuple[Span, str]] = []
    things = organisation_names(doc)  # one name, one sense in an article: a company once is a company throughout
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = strip_name(ent)
        start = titled_alias(doc, ent.start, start, end, kb)  # "Queen Sofía" is a person, "Sofía" also a city
        name = written_name(doc[start:end])
        in_heading = any(a <= ent.start_char < b for a, b in headings)
        if _lowercase(doc[start:end]) or is_false_person(name, kb, in_heading=in_heading):
            continue
        if not kb.person(name) and is_thing(doc[start:end], name, source=source):
            if named_as_organisation(doc[start:end], name):
                things.update(organisation_forms(name))
            things.update(filter(None, [place_named(name)]))  # "County Kerry", then "his native Kerry"
            continue
        if person_evidence(doc, start, end, ent.start, kb, published=published) is None:
            single.append((ent, name))  # a bare name: a person only as the short form of one the article names
            continue
        keep.append(ent)
        parts = name.split()
        if len(parts) >= 2:
            surnames.update({fold(parts[0])} | surname_forms(parts[-1]))
        elif parts and any(fold(doc[max(start - n, 0):start].text) in kb.role_terms for n in (1, 2)):
            surnames.add(fold(parts[0]))  # "Jordan's King Abdullah", then "Sisi, Abdullah and Kadhimi" (an office, not
            # "the Prophet Muhammad")
    keep += [ent for ent, name in single if len(name.split()) == 1 and (fold(name) in surnames or kin_introduced(ent) is not None
                                                                         or shared_family(ent) is not None)]
    given = {fold(n.split()[0]) for n in map(_name_of, keep) if len(n.split()) >= 2}  # "Sheikh Sabah" after "Sabah al-Ahmad
    keep += [ent for ent, name in single if len(name.split()) >= 2 and (coordinated_with(ent, keep) or (  # al-Jaber al-Sabah"
        len(name.split()) == 2 and fold(name.split()[0]) in name_forming_titles() and fold(name.split()[1]) in given))]
    ends = full_name_ends(doc)
    bare = {fold(n) for n in map(_name_of, keep) if len(n.split()) == 1}  # "Mr. Grimes", not "for Linux in general"
    for ent in doc.ents:
        if ent.label_ in ("ORG", "NORP") and strip_name(ent)[0] > ent.start and kb.person(_name_of(ent)):
            keep.append(ent)  # "Kazakh President Kassym-Jomart Tokayev" tagged as one organisation: a known person after a title
            continue
        if ent.label_ in ("LAW", "WORK_OF_ART", "EVENT") and len(ent) == 1 and ent.text[:1].isupper() and fold(ent.text) in surnames:
            keep.append(ent)  # "was received by Abiy", tagged as a law: a word of a name the article gives in full
            continue
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT") and sum(not t.is_punct for t in ent) <= 3:  # "Kassym-Jomart Tokayev": 3 words
            name = without_possessive(ent.text).strip()
            if (kb.country_of_place(name)[0] and not (len(ent) == 1 and surname_of_someone(doc, ent, kb, ends))) or _lowercase(ent):
                continue  # a town's name, unless it ends the name of someone the text names ("in which Noda protested")
            whole = with_first_name_left_out(doc, ent, kb, published)
            if whole is not None and not is_thing(whole, whole.text, source=source):
                keep.append(whole)  # "Harjit Singh, the pizza shop owner": the model tagged "Singh" as a place
                surnames.add(fold(name.split()[-1]))
            elif kb.person(name) or (len(name.split()) == 1 and (fold(name) in surnames or surname_stands_for(kb_by_surname(kb, fold(name), published), kb, published))):
                keep.append(ent)  # a surname or known name the model tagged as something else ("Medvedev", "Singh")
            elif _listed_with_a_person(ent, name, keep, kb, source) or full_name_tagged_a_group(ent, name, bare, source):
                keep.append(ent)  # "the group's leaders Agathon Rwasa and Pasteur Habimana", the second tagged as a group
    written = [_name_of(e) for e in keep]
    keep += untagged_surnames(doc, {f for name in written if len(name.split()) >= 2 for f in surname_forms(name.split()[-1])} | {
        fold(alias) for name in written if (known := kb.person(name)) for alias in known.aliases if len(alias.split()) == 1} | {
        fold(name.split()[0]) for name in written if len(name.split()) >= 2 and (known := kb.person(name))
        and known.country in family_name_first()})  # "Lula"; "Wen" for Wen Jiabao
    keep += untagged_office_holders(doc, kb, published, {t.i for e in keep for t in e})
    full_surnames = {fold(name.split()[-1]) for name in written if len(name.split()) >= 2 and kb.person(name)}  # "Nursultan Nazarbayev"
    keep = [e for e in keep if kb.person(_name_of(e)) or fold(_name_of(e)) not in things or _personal_title(doc, e)
            or fold(_name_of(e)) in full_surnames]  # … "Nazarbayev University" … "Xi and Nazarbayev will meet again": the person
    return sorted(keep, key=lambda s: s.start)


def _listed_with_a_person(ent: Span, name: str, people: list[Span], kb: Knowledge, source: str | None) -> bool:
    """A name of two or three capitalised words, none of them a place, that the model tagged as an organisation but
    that is listed with a person's name after a plural word for people ("the group's leaders Agathon Rwasa and
    Pasteur Habimana"), and has no organisation's word; not a movement listed with a leader ("Abbas and Islamic
    Jihad")."""
    if not (ent.label_ == "ORG" and len(ent) in (2, 3) and all(t.is_title and t.is_alpha for t in ent) and coordinated_with(ent, people)):
        return False
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    before = ent.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    return (before is not None and before.tag_ == "NNS" and before.lemma_.lower() in stopword_section("person-nouns") | titles_of(kb)
            and not any(kb.country_of_place(t.text)[0] for t in ent) and not is_thing(ent, name, source=source))


def surname_forms(word: str) -> set[str]:
    """A surname folded, and without the particle glued before it ("al-Maliki" is also written "Maliki")."""
    folded = fold(word)
    first, _, rest = folded.partition(" ")
    return {folded, rest} if rest and first in name_particles() else {folded}


def _personal_title(doc: Doc, ent: Span) -> bool:
    """A form of address before the name ("Mr Butler"): a person, even where a company bears it ("Butler Capital")."""
    start = strip_name(ent)[0]
    return start > 0 and fold(doc[start - 1].text).rstrip(".") in stopword_section("honorifics")


def written_name(span: Span) -> str:
    """A name as the text writes it, without a trailing possessive, the square brackets of an editor's insertion
    ("[White House senior adviser Karl] Rove's" → "Karl Rove") or a nickname in round brackets or quotation marks
    ("Robert (Bob) Example" → "Robert Example", 'Jorge "Tuto" Quiroga' → "Jorge Quiroga"), its generational suffix
    with its full stop."""
    text = re.sub(r"\s\([A-Z]\w*\)\s", " ", without_possessive(span.text))  # as `strip_name` reads a nickname
    text = re.sub(r"\s[\"“‘']\w[\w.'-]*[\"”’']\s", " ", text)  # or in quotation marks: Jorge "Tuto" Quiroga
    text = re.sub(r"(\s[IVX]+)\.$", r"\1", text)  # the full stop of the sentence a regnal number ends: "Aquino III."
    last = text.rsplit(" ", 1)[-1]
    if len(last) == 2 and last.lower() in stopword_section("generational"):
        text += "."  # a generational suffix as names are written whole: "Renato Reyes Jr" → "Renato Reyes Jr."
    return " ".join(text.replace("[", " ").replace("]", " ").split())


def _name_of(span: Span) -> str:
    start, end = strip_name(span)
    return written_name(span.doc[start:end])


def _of_country(full_name: tuple, country: str | None) -> bool:
    """A full name of the article (canonical, person id, country, …) that may be of the country the text gives."""
    return not country or not full_name[2] or full_name[2] == country


def _resolve_short(doc, span, name, full, kb: Knowledge, published, sentence_of, mentioned=frozenset(),
                   title: str | None = None) -> PersonMention:
    key = fold(name)
    # none named before: one named later, but never later in the same sentence ("Mr. Kim met President Kim Dae-jung
    # in Pyongyang" are two people; a writer gives the full name first)
    before = [f for f in full if f[3] < span.start] or [f for f in full if sentence_of[f[3]] != sentence_of[span.start]]
    candidates = full_names_for(key, before)
    said_of = text_country(doc, span, kb)  # "Saudi Arabia's King Abdullah" is none of another country's Abdullahs
    if said_of and candidates:
        candidates = [f for f in candidates if _of_country(f, said_of)]
    titled_as = title_word(doc, span.start, kb)  # "Chancellor Brown"
    if candidates and titled_as and all(key not in (fold(f[0].split()[0]), fold(f[0].split()[-1])) for f in candidates):
        # a middle word of a name given before, after a title another holds: "King Abdullah" is not "Ali Abdullah Saleh"
        known = kb_by_surname(kb, key, published, country=text_country(doc, span, kb), mentioned=mentioned, title=titled_as)
        candidates = [] if known and holds_title(known, titled_as, kb, published) else candidates
    if candidates:
        (canonical, person_id, country, *_), rule = choose_full_name(candidates, full, span, kb, published)
        country = country or text_country(doc, span, kb)
        return _mention(doc, span.start, span.end, canonical, person_id, country, rule, sentence_of)
    titled = full_name_in_title(title, name) if len(name.split()) == 1 else None
    if titled:
        known = kb.person(titled)
        return _mention(doc, span.start, span.end, known.canonical if known else titled, getattr(known, "person_id", None),
                        (known and kb.country_on(known, published)) or text_country(doc, span, kb), "title-name", sentence_of)
    # "General Otti spoke …" before "Lt Gen Vincent Otti" is written out: the one later full name ending in that
    # surname ("Mr. Kim met President Kim Dae-jung" are two people: Kim is that name's first word, not its last)
    later = {f[0]: f for f in full if f[3] > span.start and key in (fold(f[0].split()[-1]), fold(f[4].split()[-1]))
             and _of_country(f, said_of)}  # "Saudi King Abdullah" is not Oman's Yusuf bin Alawi bin Abdullah
    if len(later) == 1:
        canonical, person_id, country, *_ = later.popitem()[1]
        return _mention(doc, span.start, span.end, canonical, person_id, country or text_country(doc, span, kb),
                        "later-name", sentence_of)
    late = any(t.lower_ == "late" and t.i > 0 and doc[t.i - 1].lower_ in ("the", "his", "her", "their")  # "The late King
               for t in doc[max(span.start - 4, 0):span.start])  # Abdullah", not "late on Tuesday, King Abdullah"
    person = None if acronym(name) else kb_by_surname(kb, key, published, country=text_country(doc, span, kb), mentioned=mentioned,
                                                      title=titled_as, late=late)  # "UN" is not Kim Jong Un
    if person and (surname_stands_for(person, kb, published, mentioned) or holds_title(person, titled_as, kb, published, ever=True)
                   or past_office_holder(person, kb, (published or "")[:10], mentioned)):  # a name: "Hitler", not "nano"
        return _mention(doc, span.start, span.end, person.canonical, person.person_id, kb.country_on(person, published),
                        "kb-surname", sentence_of)
    return _mention(doc, span.start, span.end, name, None, text_country(doc, span, kb), "unresolved", sentence_of)


def _titled(doc: Doc, mentions: list[PersonMention], kb: Knowledge) -> dict[tuple[str, str], PersonMention]:
    """(role, country) -> person, from titles the article itself gives ("Chinese Premier Li Qiang")."""
    from core.pipeline.roles import title_before

    titled: dict[tuple[str, str], PersonMention] = {}
    for mention in mentions:
        found = title_before(doc, mention, kb)
        if found:
            titled.setdefault(found, mention)
    return titled
