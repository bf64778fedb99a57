"""Person evidence: a name the model tags as a person is one only when something in the text or the knowledge base
says so. Companies, products, clubs and places that look like names ("Firefox", "Snowy Hydro", "Corn Belt") have none.

Evidence, strongest first: the knowledge base knows the name; a title or role word stands before it ("President",
"Minister", "Gen.", "CEO"); its first word is a known first name (the packaged gender-guesser list plus
`first_names.txt`) or initials ("T.K."); it has the shape of a name (a middle initial, an O'/Mc/Mac surname); its
last word is the surname of someone in the knowledge base ("Patel"); a personal pronoun ("he", "her") refers back to it
in the same or the next sentence.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, cached_json, fold, knowledge_cache, knowledge_text
from core.text import without_possessive

PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})


@knowledge_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names: gender-guesser's international list (names it cannot place are left out) and ours."""
    names = set(_packaged_first_names())
    names |= {fold(line) for line in knowledge_text("first_names.txt").splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(names)


def _packaged_first_names() -> list[str]:
    """gender-guesser's names folded, kept in the user's cache folder: parsing and folding its 40,000 names costs a
    fresh process over half a second, reading them a tenth of that."""
    from importlib.metadata import version

    def build() -> list[str]:
        import gender_guesser.detector as detector

        return sorted({fold(name) for name, genders in detector.Detector().names.items() if genders})

    return cached_json("first-names", f"{version('gender-guesser')}|{fold('Zoë Łukasz')}|1", build, list)


def full_name_in_title(title: str | None, surname: str) -> str | None:
    """The one full name with this surname that the article's title gives, when the text writes the surname alone
    ("Mario Draghi succeeds Antonio Fazio as Bank of Italy governor", then "Fazio has stepped down"): a known first
    name that is no title ("Prince"), an optional initial, the surname."""
    if not title or not surname:
        return None
    pattern = re.compile(rf"\b([A-Z][\w'’-]+)\s+(?:([A-Z])\.?\s+)?{re.escape(surname)}\b")
    found = {" ".join(part for part in (m[1], f"{m[2]}." if m[2] else "", surname) if part) for m in pattern.finditer(title)
             if fold(m[1]) in first_names() and fold(m[1]) not in title_words()}
    return found.pop() if len(found) == 1 else None


@knowledge_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that introduce a person's name: nameparser's titles, ours, and the role terms of the knowledge base."""
    from nameparser.config import CONSTANTS

    from core.pipeline.people import stopwords

    words = {fold(t) for t in CONSTANTS.titles} | set(stopwords()[0])
    return frozenset(w for w in words if w)


@knowledge_cache(maxsize=4)
def titles_of(kb: Knowledge) -> frozenset[str]:
    """Title words plus the knowledge base's role terms and the words that end them ("Secretary of State Rice":
    "state"), built once per knowledge base. Inner words ("of", "central") title no one."""
    return title_words() | frozenset(kb.role_terms) | {term.split()[-1] for term in kb.role_terms}


def person_evidence(doc: Doc, start: int, end: int, entity_start: int, kb: Knowledge, *, published: str | None = None) -> str | None:
    """Why tokens [start, end) name a person (a word for the rule), or None. `entity_start` is where the model's
    entity began before its leading titles were stripped; `published` lets a bare surname count when exactly one
    office-holder of that name was in office then ("Putin" in 2009)."""
    from core.pipeline.affiliation import countries_in
    from core.pipeline.surnames import acronym, kb_by_surname, past_office_holder, surname_stands_for
    from core.pipeline.untagged_names import generational_suffix

    name = doc[start:end].text
    if kb.person(name):
        return "kb"
    if end - start == 1 and published and not acronym(name):
        mentioned = countries_in(doc, kb)
        person = kb_by_surname(kb, fold(name), published, mentioned=mentioned)
        if person and (surname_stands_for(person, kb, published, mentioned) or past_office_holder(person, kb, published[:10], mentioned)) \
                and not _paired_with_a_stranger(doc, start, kb, published, mentioned):
            return "kb-surname"  # also a former leader: "the Khomeini and Hitler eras"
    if end - start == 1 and entity_start == start and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in doc[start].children):
        return None  # "the 2005 Finance Bill": a single word that heads a noun phrase with an article names a thing
    titles = titles_of(kb)
    before = fold(doc[start - 1].text).rstrip(".") if start > 0 else ""
    after = doc[end] if end < len(doc) else None
    inside_a_title = after is not None and after.is_lower and fold(after.text) in titles  # "Chief Xbox officer Robbie Bach"
    its = before == "counterpart" and "its" in {t.lower_ for t in doc[max(0, start - 4):start]}  # "its Angolan counterpart X"
    if (entity_start < start or before in titles or (before.endswith("s") and before[:-1] in kb.role_terms)) and not inside_a_title and not its:
        return "title"  # also an office in the plural: "the group's leaders Agathon Example and …" (not "models")
    words = [t for t in doc[start:end] if t.text[:1].isalpha()]
    if len(words) >= 2 and fold(words[0].text) in first_names() and not _with_article(doc, start, entity_start):
        return "first-name"
    if len(words) >= 2 and start > 0 and entity_start == start and person_noun(doc[start - 1], titled=True):
        return "person-noun"  # "Palestinian negotiator Saeb Erekat", "General Prosecutor Salaheddin Example"
    first = doc[start].text
    if end - start >= 2 and not abbreviation(first) and (re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", first) or (
            end - start >= 3 and all(re.fullmatch(r"[A-Z]", t.text) for t in doc[start:end - 1]))):
        return "initials"  # "T.K. Wetherell", "J. Smith", "L.K Advani", "L K Advani"
    if len(words) >= 3 and generational_suffix(words[-1]):
        return "suffix"  # "Rush Holt Jr."
    if len(words) >= 2 and (any(_MIDDLE_INITIAL.fullmatch(t.text) for t in doc[start + 1:end - 1]) or _SURNAME_PREFIX.match(doc[end - 1].text)):
        return "name-shape"  # "Herry Bakti S. Example", "Jimmy O'Example", "Janet McExample"
    if len(words) >= 2 and any(fold(p.canonical.split()[-1]) == fold(words[-1].text) for p in kb.by_surname.get(fold(words[-1].text), [])):
        return "kb-surname"  # "Himanshu Patel": a surname people of the knowledge base bear
    if len(words) >= 2 and kb.match(name, on=published) is not None:
        return "kb-fuzzy"  # "Emomali Rakhmon": another spelling of a name the knowledge base knows
    if (end - start == 1 and start > 0 and doc[start - 1].lower_ == "the") or _with_article(doc, start, entity_start):
        return None  # "the Antilles … he proposed", "at the Emiri Diwan …, his tour": a name with an article is a place or a thing
    if titled_before_comma(doc, start, titles_of(kb)) or (len(words) >= 2 and person_noun_after(doc, end)):
        return "apposition"  # "…, Didymus Example" after a title; "Nielse Example, an analyst at IDC"
    if len(words) >= 2 and all(t.ent_type_ == "PERSON" for t in doc[start:end]) and _speaker(doc[start:end]):
        return "speaker"  # '"…," Prescott Example was quoted as saying'
    if end - start == 1 and not _subject(doc[start]):
        return None  # "dismembered Yukos … He was": a pronoun after one bare word that is no subject has another antecedent
    return "pronoun" if pronoun_after(doc, end) else None


def _with_article(doc: Doc, start: int, entity_start: int) -> bool:
    """ "At the Emiri Diwan", "the Grace Foundation": a name after an article is a place or a thing."""
    return start > 0 and entity_start == start and doc[start - 1].lower_ == "the"


def _paired_with_a_stranger(doc: Doc, i: int, kb: Knowledge, published: str, mentioned) -> bool:
    """A bare surname joined by "and" or "&" to a bare capitalised word that names no known person names a pair that
    is a thing, not an office-holder ("the Lewis and Clark expedition", "Lois and Clark", "Marks & Spencer"), and one
    listed with places is a place ("Cavan, Donegal and Kerry"); "Putin and Bush met", "the Khomeini and Hitler eras"
    are people, and "Lavrov of Russia and Rice" lists Rice with Lavrov, not with Russia."""
    from core.pipeline.surnames import kb_by_surname

    token = doc[i]
    for link, partner in ((i - 1, i - 2), (i + 1, i + 2)):
        if not (0 <= partner < len(doc) and 0 <= link < len(doc)) or doc[link].lower_ not in ("and", "&"):
            continue
        word = doc[partner]
        beyond = doc[partner - 1 if partner < i else partner + 1] if 0 < partner < len(doc) - 1 else None
        if not word.is_title or not word.is_alpha or (beyond is not None and beyond.is_title and beyond.ent_type_ == "PERSON"):
            continue
        listed = token.head.i == word.i or word.head.i == token.i or (token.dep_ == word.dep_ == "conj" and token.head.i == word.head.i)
        person = kb.person(word.text) or kb_by_surname(kb, fold(word.text), published, mentioned=mentioned)
        if word.ent_type_ in ("GPE", "LOC", "FAC") and (person is None or kb.country_of_place(word.text)[0]):  # "Mugabe and Mbeki"
            if listed and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
                return True  # "Cavan, Donegal and Kerry"
            continue  # "Lavrov of Russia and Rice (of the United States)": Russia is Lavrov's
        if person is None:
            return True
    return False


def _speaker(span: Span) -> bool:
    """The name is the subject of a verb of speaking (`speaking` cues: "said", "was quoted") in a sentence that quotes
    the words said, as people are."""
    from core.knowledge import cues

    root = span.root
    quoted = any(t.text in ('"', "“", "”") for t in root.sent)  # the words said are given: a spokesman's company is not
    issued = any(c.lower_ == "in" and any(g.lemma_.lower() in cues().get("issued", frozenset()) for g in c.children)
                 for c in root.head.children)  # "said Coca Cola in a statement": companies speak so too
    return quoted and not issued and root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in cues().get("speaking", frozenset())


def with_first_name_left_out(doc: Doc, ent: Span, kb: Knowledge, published: str | None = None) -> Span | None:
    """A name the model tagged as something else and cut short: capitalised words right before it that belong to it
    and no entity ("Harjit" of "Harjit Singh, the pizza shop owner", tagged as the place "Singh"), taken in when the
    whole name has evidence of its own: a known first name, a title before it or a word for a person in apposition.
    None when there is no such word or no evidence. Only a one-word entity ("Jong-Ryul" too) is taken for a surname."""
    start = ent.start
    while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].is_alpha
           and doc[start - 1].ent_iob_ == "O" and doc[start - 1].dep_ in ("compound", "flat") and start <= doc[start - 1].head.i < ent.end):
        start -= 1
    if len(ent.text.split()) != 1 or start == ent.start or not ent[0].is_alpha or kb.country_of_place(doc[start:ent.start].text)[0]:
        return None  # "the United States Senate": a place before a name is no first name
    evidence = person_evidence(doc, start, ent.end, start, kb, published=published)
    return Span(doc, start, ent.end, label="PERSON") if evidence in ("first-name", "title", "apposition", "person-noun") else None


def coordinated_with(ent: Span, people: list[Span]) -> bool:
    """A full name coordinated with a name that is a person is one too ("Tharanga Paranavithana and Thilan
    Samaraweera"), though no list knows its first name."""
    roots = {p.root.i for p in people}
    return (ent.root.dep_ == "conj" and ent.root.head.i in roots) or any(
        t.dep_ == "conj" and t.i in roots for t in ent.root.children)


def person_noun(token, *, titled: bool = False) -> bool:
    """A lowercase noun for a person ("negotiator", "editor", "aide"; name_stopwords.txt `[person-nouns]`), not a
    craft, a thing or an organisation word ("tanker", "paper", "firm"); `titled`, also capitalised as a title before
    a name is ("Prosecutor")."""
    from core.pipeline.people import stopword_section
    from core.pipeline.things import thing_words

    if not (token.is_lower and token.tag_ == "NN") and not (titled and token.is_title and token.tag_ in ("NN", "NNP")):
        return False
    word, nouns = token.lower_, stopword_section("person-nouns")
    if word in stopword_section("not-person-nouns") or word in thing_words():
        return False
    return word in nouns or any(n.startswith("-") and word.endswith(n[1:]) and len(word) > len(n) + 2 for n in nouns)


def _subject(token) -> bool:
    """The token is (in a list or apposition that is) a clause's subject or a possessor."""
    while token.dep_ in ("conj", "appos", "compound") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "poss")


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_SURNAME_PREFIX = re.compile(r"^(?:O['’][A-Z]|Ma?c[A-Z])[a-z]")


def context_evidence(doc: Doc, start: int, end: int, kb: Knowledge) -> str | None:
    """Why the text around tokens [start, end) says a person is meant, whatever the words themselves look like: a
    title or role word before them (also plural: "councillors"), a title noun in apposition ("Petros Example, a member
    of …", "the minister of state, Didymus Example"), a personal pronoun after them, or a coordinated person ("Jimmy
    Example and Percy Example")."""
    titles = titles_of(kb)
    if start > 0:
        before = fold(doc[start - 1].text).rstrip(".")
        if before in titles or (before.endswith("s") and before[:-1] in titles):
            return "title"
    root = doc[start:end].root
    appositions = [t for t in root.children if t.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(t.lemma_.lower() in titles and not start <= t.i < end for t in appositions):
        return "apposition"
    if titled_before_comma(doc, start, titles):
        return "apposition"
    related = [root.head] if root.dep_ == "conj" else []
    related += [t for t in root.children if t.dep_ == "conj"]
    if any(t.ent_type_ == "PERSON" and not start <= t.i < end for t in related):
        return "coordinated"
    return "pronoun" if pronoun_after(doc, end) else None


def titled_before_comma(doc: Doc, start: int, titles: frozenset[str]) -> bool:
    """The name follows a comma that ends a title phrase: "the minister of state for Presidential affairs, Didymus
    Example" (no verb, punctuation or other person between the title noun and the comma)."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    for token in reversed(doc[max(0, start - 9):start - 1]):
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PERSON":
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in titles:
            return True
    return False


def person_noun_after(doc: Doc, end: int) -> bool:
    """A noun for a person stands in apposition right after the name ("Nielse Example, an analyst at IDC", "Monh
    Example, a Funcinpec parliamentarian was quoted …")."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for token in doc[end + 1:end + 5]:
        if token.is_punct or token.pos_ in ("VERB", "AUX") or (token.pos_ == "PROPN" and token.dep_ != "compound"):
            return False
        if person_noun(token):
            # the apposition closes, or the name is the subject of the verb after it: not "Speaking to Acme News, a
            # spokeswoman said"
            after, name = token.right_edge.i + 1, token.head
            closes = after >= len(doc) or doc[after].is_punct or (
                name.dep_ in ("nsubj", "nsubjpass") and name.head.i >= after
                and not any(w.tag_ in ("WDT", "WP", "WP$") for w in token.subtree))  # not "…, the bidder of which will"
            return token.dep_ == "appos" and name.i < end and closes
    return False


def pronoun_after(doc: Doc, end: int) -> bool:
    """A personal pronoun follows token `end` in its sentence or the next, before any other name or organisation."""
    window_end = len(doc)
    if doc.has_annotation("SENT_START"):
        window_end = doc[end - 1].sent.end
        if window_end < len(doc):
            window_end = doc[window_end].sent.end
    for token in doc[end:window_end]:
        if token.ent_type_ in ("PERSON", "ORG"):
            return False  # another name is nearer to any pronoun that follows
        if token.lower_ in PRONOUNS:
            return True
    return False


def reversed_name(name: str, kb: Knowledge, full):
    """A two-word name written family name first ("Abe Shinzo", "Chaudhry Iftikhar") that the knowledge base or an
    earlier full name of the article (`full`: (canonical, person id, country, token)) gives the other way round."""
    words = name.split()
    if len(words) != 2 or fold(words[0]) == fold(words[1]):
        return None
    turned = f"{words[1]} {words[0]}"
    earlier = next((f for f in full if fold(f[0]) == fold(turned)), None)
    if earlier:
        return SimpleNamespace(canonical=earlier[0], person_id=earlier[1], country=earlier[2])
    return kb.person(turned)


def titled_alias(doc: Doc, first: int, start: int, end: int, kb: Knowledge) -> int:
    """Where a name found at tokens `first`..`end` starts: at `start`, after its titles, unless a title belongs to how
    the knowledge base knows the person ("Mullah Omar", "Mother Teresa"), or the name is one word after an honorific
    that forms names ("Sheikh Rashid" is not "Rashid")."""
    from core.pipeline.people import name_forming_titles

    for begin in range(first, start):
        if kb.person(without_possessive(doc[begin:end].text).strip()):
            return begin
    if end - start == 1 and start > first and fold(doc[start - 1].text).rstrip(".") in name_forming_titles() \
            and not kb.person(without_possessive(doc[start:end].text).strip()):
        return start - 1
    return start


def abbreviation(word: str) -> bool:
    """Letters with full stops that abbreviate a country or an organisation ("U.S.", "U.S", "U.N."), not initials."""
    from core.knowledge import load_knowledge, organisation_code

    written = word if word.endswith(".") else word + "."
    return "." in word and bool(load_knowledge().country_of_place(written)[0] or organisation_code(written) or written.startswith("U.S."))


def is_initial(word: str) -> bool:
    """One letter and a full stop: an initial ("U. R. Ananthamurthy"), never the title the letter alone is ("U Thein Sein")."""
    return len(word) == 2 and word[0].isalpha() and word[1] == "."


def untagged_surnames(doc: Doc, surnames: set[str]) -> list[Span]:
    """Later mentions the model did not tag of a surname the article gave with a full name ("Meshaal met Mubarak"
    after "Khaled Meshaal"): a capitalised proper noun on its own (or a subject the parse took for a common word), in
    no entity, that is one of `surnames` (folded), or a family of one ("a dinner for the Obamas")."""
    found = []
    for token in doc:
        if not token.is_title:
            continue  # (asked first: every word of the article is looked at)
        family = token.i > 0 and doc[token.i - 1].lower_ == "the" and token.text.endswith("s") and fold(token.text[:-1]) in surnames
        if ((token.pos_ == "PROPN" or (token.pos_ in ("NOUN", "ADJ") and token.dep_ in ("nsubj", "nsubjpass")))  # "Lula travels"
                and (not token.ent_type_ or (token.ent_type_ == "DATE" and token.dep_ in ("nsubj", "nsubjpass")))  # "Only last
                and token.is_title and (fold(token.text) in surnames or family)  # week Mirziyoev was in Dushanbe"; "the Obamas"
                and not (token.i > 0 and _name_word(doc[token.i - 1])) and not (token.i + 1 < len(doc) and _name_word(doc[token.i + 1]))):
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _name_word(token) -> bool:
    """A proper noun beside a surname that may be part of a longer name; not a day or a time the model tagged so ("On
    Saturday Musharraf called on President Narayanan")."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")
