"""What a meeting word takes from the sentences around it: the people just named together ("the two leaders",
"they"), the international organisation the sentence before has hold a meeting, the date a meeting noun told
again was given, the people who signed a pact told again, and the people the next sentence names together when a
meeting's own sentence tells only that it opened or ended."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from core.knowledge import cues, fold, organisation_home, organisations
from core.pipeline.senses import meeting_nouns, meeting_verbs
from core.pipeline.bodies import named_organisations
from core.pipeline.sides import place_token

if TYPE_CHECKING:
    from core.pipeline.places import PlaceMention


def antecedent_bodies(trigger: Token, number: int, context: dict, participants: dict) -> tuple[list[str], PlaceMention | None]:
    """ "APEC … plans to meet in Busan." + "The meeting will include Bush, Hu and Koizumi": a meeting noun with "the"
    whose own sentence names people and no organisation is the meeting the sentence before has an international
    organisation hold (its subject, of a meeting verb); that organisation is a side, and the town that verb is "in"
    is the meeting's place when its own sentence names none."""
    if not definite(trigger) or not participants or number == 0:
        return [], None
    verbs, found, held = meeting_verbs(), [], None
    before = context["sentences"][number - 1]
    for name, root in named_organisations(before):
        subject = root.head if root.dep_ == "compound" else root  # "ASEAN leaders will meet …"
        clause = subject if subject.dep_ == "ROOT" else subject.head  # the subject's verb, or all the sentence is about
        met = [t for t in clause.subtree if t.lemma_.lower() in verbs and t.pos_ == "VERB"]
        if subject.dep_ in ("nsubj", "ROOT") and not organisation_home(name) and met:
            found.append(name)
            held = held or next((p for p in context["places_in"].get(number - 1, []) if p.label == "GPE"
                                 and (at := place_token(before.doc, p)).dep_ == "pobj" and at.head.lower_ == "in"
                                 and at.head.head in met), None)
    return found, held


def antecedent_date(trigger: Token, number: int, context: dict) -> tuple[str, str, str] | None:
    """ "The 1955 Bandung conference has assumed … The conference, which was attended by …": a meeting noun with
    "the" and no date of its own is the one the sentence or two before named with the same noun and dated in that
    noun's own phrase; it takes that date."""
    if not definite(trigger):
        return None
    # the noun of this sentence that the antecedent may repeat: "The conference … was called the first meeting of …"
    lemmas = {t.lemma_.lower() for t in trigger.sent if definite(t) and t.lemma_.lower() in meeting_nouns()}
    for k in (number - 1, number - 2):
        if k < 0:
            return None
        sent = context["sentences"][k]
        for token in sent:
            if token.lemma_.lower() not in lemmas or token.pos_ not in ("NOUN", "PROPN"):
                continue
            for d in context["dates_in"].get(k, []):
                span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
                if d.value and span is not None and token in (span.root.head, span.root.head.head) and span.root.i < token.i + 4:
                    return d.value, d.precision, "antecedent"
    return None


def definite(token: Token) -> bool:
    """A noun with "the": "the meeting", "the conference"."""
    return token.pos_ == "NOUN" and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)


def joint_subjects(doc: Doc, mentions: list) -> list:
    """The people named together as the subject of one verb ("Russian President Vladimir Putin and Chinese President Hu
    Jintao attended the ceremony"): whom "the two leaders" or "they" in the next sentences stand for."""
    by_verb: dict[int, dict[str, object]] = {}
    for m in mentions:
        node = doc[m.token]
        while node.head.i != node.i:
            if node.dep_ in ("compound", "flat", "appos", "conj"):
                node = node.head
            elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "PROPN":
                node = node.head.head  # "President of Parliament Kim Yong Nam and … were": a title's name
            else:
                break
        if node.dep_ in ("nsubj", "nsubjpass"):
            by_verb.setdefault(node.head.i, {}).setdefault(m.canonical, m)
    together = max(by_verb.values(), key=len, default={})
    return list(together.values()) if len(together) >= 2 else []


def session_only(trigger: Token, participants: dict, sent) -> bool:
    """ "The two-day summit in Sochi ended on Friday." + "Putin and Erdogan agreed to …": a meeting noun whose
    sentence only tells that it opened, ended or was held (its verb a `session` cue of meeting_cues.csv; "Leaders of
    the G8 opened their summit" too), naming no person of its own; the next sentence's joint subject stands for its
    sides."""
    head = trigger.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (trigger.pos_ == "NOUN" and head.pos_ in ("VERB", "AUX")
            and (trigger.dep_ in ("nsubj", "nsubjpass") or (trigger.dep_ == "dobj" and bool(subjects)))  # "Leaders of the G8 opened their summit"
            and head.lemma_.lower() in cues().get("session", frozenset()) and not participants
            and not any(t.ent_type_ == "PERSON" and fold(t.text) not in organisations() for t in sent))  # the model's "G8" is no person


def relative_owner(token: Token, people: list):
    """The person a relative clause holding the pronoun is about: "… for Condoleezza Rice, who is making her first
    trip to China": "her" is Rice, whatever the sentence before was about; never the object of the clause's own verb."""
    node = token
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in node.children):
        return None
    if token.dep_ in ("dobj", "dative") and token.head.i == node.i:
        return None  # "Boehner, who met him privately": the one the clause is about is not its own object
    owner = node.head
    return next((m for m in people if m.token == owner.i or token.doc[m.token].head.i == owner.i and token.doc[m.token].dep_ in ("compound", "flat")), None)


FIRST_PERSON = frozenset({"i", "me", "my"})


def quoted_speaker(number: int, context: dict, last_subject):
    """Whom "I" stands for in what sentence `number` quotes: the subject of the reporting verb (`reporting` cues) of
    that sentence, or of the next when the quotation runs on into it ("“I've met the president of Ukraine. I will
    have opportunities,” he said"): a named person, or for "he" or "she" the main subject of the sentence before
    the quotation, else the one just named."""
    verbs, sentences, by_sentence = cues().get("reporting", frozenset()), context["sentences"], context["by_sentence"]
    sent = sentences[number]
    quoted = sent.text.count('"') % 2 == 1 or sent.text.count("“") > sent.text.count("”")
    for k in (number, number + 1) if quoted and number + 1 < len(sentences) else (number,):
        for verb in (t for t in sentences[k] if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                named = next((m for m in by_sentence.get(k, []) if m.token == subject.i), None)
                if named or subject.lower_ in ("he", "she"):
                    return named or main_subject(by_sentence.get(number - 1, []), sentences[number - 1] if number else None) or last_subject
    return None


def added_to_it(doc: Doc, subjects: list) -> bool:
    """Subjects a sentence only adds to the meeting just told ("Britain's national security adviser, Mark Sedwill,
    also attended the meeting"): not whom the story goes on about ("In Doha on Tuesday he was received …": not him)."""
    words = cues().get("attending", frozenset()) | cues().get("joining", frozenset())
    return bool(subjects) and all(doc[m.token].head.lemma_.lower() in words and any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in doc[m.token].head.children) for m in subjects)


def main_subject(people: list, sent):
    """The person who is the subject of a sentence's main verb ("Sarkozy also told …, but said Yushchenko told him":
    Sarkozy), or of what a closing reporting verb reports ("Gambari, whom Ban dispatched, was given an hour with the
    general, UN officials said": Gambari)."""
    if sent is None:
        return None
    root, reporting = sent.root, cues().get("reporting", frozenset())
    main = {root.i} | {c.i for c in root.children if c.dep_ == "ccomp" and root.lemma_.lower() in reporting and c.i < root.i}
    return next((m for m in people if sent.doc[m.token].dep_ in ("nsubj", "nsubjpass") and sent.doc[m.token].head.i in main), None)


def reported_by_another(token: Token, speakers: set[int]) -> bool:
    """A subject of what another named person (a token of `speakers`) is said to say ("Chávez told a rally that Bush
    was a corpse": Bush): the next sentence's "he" is the speaker's, not the one spoken of."""
    reporting = cues().get("reporting", frozenset())
    return any(clause.dep_ == "ccomp" and clause.head.lemma_.lower() in reporting and any(
        c.dep_ == "nsubj" and c.i in speakers for c in clause.head.children) for clause in token.ancestors)


def pact_signed_again(trigger: Token, by_anyone: bool = False) -> bool:
    """ "Obasanjo and Biya signed an agreement on Monday." + "The accord was signed at Greentree in the presence of
    Annan": a pact with "the" or "this" (`pact` cues) said to be signed, by no one the sentence names (or, with
    `by_anyone`, by whoever it names); those who signed it just before are its sides."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "sign" or (any(c.dep_ == "agent" for c in trigger.children) and not by_anyone):
        return False
    pacts = cues().get("pact", frozenset())
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in pacts and any(d.lower_ in ("the", "this") for d in c.children)
               for c in trigger.children)


def last_two(by_sentence: dict, number: int, reach: int, keep: Callable = lambda m: True) -> tuple[int, list] | None:
    """The last two people of two countries named in the sentences before (of those `keep` keeps), none named twice:
    whom "the two presidents" stands for when no meeting or joint subject named them together."""
    seen: dict = {}
    for n in range(number - 1, max(-1, number - 1 - reach), -1):
        for m in reversed(by_sentence.get(n, [])):
            if m.country and keep(m):
                seen.setdefault(m.canonical, m)
        if len({m.country for m in seen.values()}) >= 2:
            pair = list(seen.values())[:2]
            return (n, pair) if pair[0].country != pair[1].country else None
    return None


def others_named_before(by_sentence: dict, number: int, before: int, sides: set[str], reach: int) -> list:
    """The last two people of two countries named before the token `before` (its sentence first, then up to `reach`
    sentences back), other than the meeting's named `sides`: whom "the two presidents" stands for as the ones met
    ("Merkel and Hollande, who visited Poroshenko and Putin last week, sat down with the two presidents")."""
    seen: dict = {}
    for n in range(number, max(-1, number - 1 - reach), -1):
        for m in reversed(by_sentence.get(n, [])):
            if m.country and m.canonical not in sides and (n < number or m.token < before):
                seen.setdefault(m.canonical, m)
            if len(seen) == 2:
                pair = list(seen.values())
                return pair if pair[0].country != pair[1].country else []
    return []


CLAUSE_HOPS = 5  # the words up from a "they" clause to the clause that names who "they" are


def group_named(token: Token, trigger: Token, number: int, people: list, context: dict, reach: int) -> tuple[int, list] | None:
    """(sentence, people) a plural word before a meeting word stands for: the pair of its own clause ("agreed by
    Howard and Yudhoyono when they met"), the latest three named together ("The three men last met"), the latest two
    ("the two presidents"), else the sides of the meeting just told; for a "they" who meet someone named after
    them, those who were the subject together ("A, B and C spent hours with D. They then went to see E": not D)."""
    from core.pipeline.several import the_two

    if _speakers_own(token):
        return None
    group = named_together_again(context.get("group"), context["by_sentence"], number)
    pair = clause_pair(token, people) if token.dep_ == "nsubj" else []
    if pair:
        return number, pair
    size = the_two(token)
    if (size == 2 or token.lower_ == "they") and not _names_an_office(token) and (news := _pair_met_now(trigger, number, context)):
        return news
    if size > 2:
        return next((g for g in reversed(context.get("groups", [])) if len({m.canonical for m in g[1]}) == size), None)
    with_subject = _subject_and_another(token, people, context["by_sentence"], number) if size == 2 else None
    if with_subject:
        return number, with_subject
    fitting = holding_the_office(token, context.get("groups", []), number, reach, context["by_sentence"]) if size == 2 else None
    if fitting is not None and fitting is not group:
        return fitting  # "The ministers last met in January": the two ministers, not the minister and the president
    previous = {m.canonical: m for m in context["by_sentence"].get(number - 1, []) if m.country}
    if (size == 2 and group and group[0] < number - 1 and len({m.country for m in previous.values()}) == len(previous) == 2
            and not _names_an_office(token)):  # "Komorowski was a guest at Poroshenko's inauguration. The two men …"
        return number - 1, list(previous.values())  # (not "the two presidents": the pair holding that office)
    told = len({m.canonical for m in group[1]}) if group else 0
    if size == 2 and (told < 2 or (told > 2 and any(c.lower_ in ("two", "both") for c in token.children))):  # "the two
        return last_two(context["by_sentence"], number, reach) or group  # ministers" after three; "… invitation of President Sarkisian"
    joint = context.get("joint")
    if (token.lower_ == "they" and group and joint and joint[0] == group[0] and len(joint[1]) < len(group[1])
            and any(m.token > trigger.i for m in people)):
        return joint
    return group


def _pair_met_now(trigger: Token, number: int, context: dict) -> tuple[int, list] | None:
    """ "The two men last met in Moscow in March 2011", "They first met at the UN last September": a pair's earlier
    meeting told against the one they hold now, so the two of the latest news meeting of two people named together,
    not whoever was named just before ("Parmelin, who had received Biden on the eve"). ("The two presidents last
    met": the pair holding that office.)"""
    if not any(c.dep_ == "advmod" and c.lower_ in cues().get("pair_history", frozenset()) for c in trigger.children):
        return None
    groups = {frozenset(m.canonical for m in g[1]): g for g in context.get("groups", [])}
    news = [frozenset(m.participants) for m in context.get("found", []) if not m.referenced and len(m.participants) == 2]
    return next(((number, groups[pair][1]) for pair in reversed(news) if pair in groups), None)


def their_subjects(token: Token, trigger: Token, people: list) -> list:
    """The people "their" before a meeting word stands for when its clause's subject (or that of the verb its clause
    is joined to) names two or more: "Fujimori and Mahuad first met in Asuncion …, and held their most recent talks
    in Washington"."""
    if token.lower_ != "their" or token.dep_ != "poss" or token.head.i != trigger.i:
        return []
    verb = trigger.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    for clause in (verb, verb.head) if verb.dep_ == "advcl" else (verb,):  # "… days after Mahuad took office, and held
        subjects = {s.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for s in (c, *c.conjuncts)}  # their talks",
        named = [m for m in people if m.token in subjects]  # parsed as joined to the clause inside
        if len({m.canonical for m in named}) >= 2:
            return named
    return []


def _subject_and_another(token: Token, people: list, by_sentence: dict, number: int) -> list:
    """ "Lula urged restraint when the two men met": the one person the main clause is about and the last person of
    another country named before them (the sentence before: "Chávez … had threatened military action")."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return []
    subjects = [m for m in people if token.doc[m.token].dep_ == "nsubj" and token.doc[m.token].head.i == clause.head.i]
    if len(subjects) != 1 or not subjects[0].country:
        return []
    words = cues().get("participant", frozenset()) | cues().get("delegation", frozenset())
    met = [o for c in clause.head.children for o in ([c] if c.dep_ in ("dobj", "dative") else [p for p in c.children if p.dep_ == "pobj"]
                                                      if c.dep_ == "prep" and c.lower_ == "with" else [])
           if o.ent_type_ == "PERSON" or o.lemma_.lower() in words or any(o.left_edge.i <= m.token <= o.right_edge.i for m in people)]
    if met:  # "Wirajuda raised the issue with the Malaysian minister when the two met": the one the main clause names
        named = [m for m in people if any(o.left_edge.i <= m.token <= o.right_edge.i for o in met) and m.canonical != subjects[0].canonical]
        return [subjects[0], named[0]] if len(named) == 1 else []
    before = [m for n in range(max(0, number - 2), number) for m in by_sentence.get(n, [])] + [m for m in people if m.token < subjects[0].token]
    others = [m for m in before if m.country and m.country != subjects[0].country]
    said_of = [m for m in others if token.doc[m.token].dep_ in ("nsubj", "nsubjpass") and token.doc[m.token].head.dep_ == "ROOT"]  # the
    other = (said_of or others)[-1] if others else None  # one the text spoke of, not one a clause mentions ("… with Morales")
    return [subjects[0], other] if other is not None else []


def _speakers_own(token: Token) -> bool:
    """ "they" of what a plural noun said ("Indian officials said they had invited King Abdullah II to visit"): those
    who spoke, no people named before."""
    verb = token.head.head if token.lower_ == "they" and token.head.dep_ == "ccomp" else None
    return verb is not None and verb.lemma_.lower() in cues().get("reporting", frozenset()) and any(
        c.dep_ == "nsubj" and c.tag_ == "NNS" and c.ent_type_ != "PERSON" for c in verb.children)


def named_together_again(group: tuple[int, list] | None, by_sentence: dict, number: int) -> tuple[int, list] | None:
    """The people last told meeting, as of the latest sentence before `number` that names them all again ("Erdoğan
    sent Putin a letter. The two leaders spoke by telephone on June 29"): a pair told long before is near again."""
    if group is None or number - group[0] <= 2:
        return group
    names = {m.canonical for m in group[1]}
    return next(((n, group[1]) for n in range(number - 1, group[0], -1) if names <= {m.canonical for m in by_sentence.get(n, [])}), group)


def _names_an_office(token: Token) -> bool:
    """A plural word for the holders of an office ("the two presidents", "the leaders"), not for any two people."""
    from core.knowledge import load_knowledge

    return _office_named(token, load_knowledge()) is not None


def _office_named(token: Token, kb) -> str | None:
    """The office a role word names with its modifiers ("the two prime ministers": heads of government), or alone."""
    modifiers = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
    return kb.role_terms.get(" ".join([*modifiers, token.lemma_.lower()])) or kb.role_terms.get(token.lemma_.lower())


def holding_the_office(token: Token, groups: list, number: int, reach: int, by_sentence: dict):
    """The latest pair named together whose two people both held the office a plural role word names (role_terms.csv:
    "the ministers", "the presidents"; "the leaders" a head of state or government) on the article's date, when the
    pair named last does not, else the last two such office-holders of two countries named ("Obama and Putin spoke
    … Kerry and Hagel will hold talks with Lavrov and Shoigu … The two presidents last met in June"); None otherwise."""
    from core.knowledge import load_knowledge

    from core.knowledge import leader_roles

    kb = load_knowledge()
    office = _office_named(token, kb)
    published = (token.doc.user_data.get("published") or "")[:10]
    if office in (None, "counterpart") or not published:
        return None  # not an office ("the men")
    offices = leader_roles() if office == "leader" else {office}  # "the two leaders": heads of state or government

    def holds(m) -> bool:  # "the ministers": a foreign minister is one
        return bool(m.person_id) and any(r.role in offices or (office != "leader" and r.role.endswith(f"_{office}"))
                                         for r in kb.offices_on(m.person_id, published))  # a party leader leads no country

    if groups and all(holds(m) for m in groups[-1][1]):
        return None
    return next((g for g in reversed(groups) if 0 < number - g[0] <= reach and len({m.canonical for m in g[1]}) == 2
                 and all(holds(m) for m in g[1])), None) or (
        last_two(by_sentence, number, reach, holds) if any(c.lower_ in ("two", "both") for c in token.children) else None)


def clause_pair(token: Token, people: list) -> list:
    """The people the clause a "they" hangs on names as its subject, agent or object: "The text was agreed by Howard
    and Yudhoyono when they met on Batam", "Singh had told Zardari when they met in Yekaterinburg"; else the last
    people its sentence names together as a subject before it."""
    from core.pipeline.several import the_two

    verb = token.head
    if (token.lower_ not in ("they", "both") and the_two(token) != 2) or verb.dep_ not in ("advcl", "relcl", "conj") or verb.head.i == verb.i:
        return []  # (or "the two sides": "announced by Kishida and Yun, after the two sides met")
    at = {m.token: m for m in people}
    main = verb.head
    for _ in range(CLAUSE_HOPS):  # "agreed … in a joint statement issued after they met": up to the clause naming them
        heads = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]  # "Singh had told
        heads += [o for a in main.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]  # Zardari when …"
        named = [t for h in heads for t in (h, *h.conjuncts, *(a for a in h.children if a.dep_ == "appos"))]
        found = {at[t.i].canonical: at[t.i] for t in named if t.i in at}
        if len(found) >= 2:
            return list(found.values())
        if main.head.i == main.i:
            break
        main = main.head
    subjects = [[at[t.i] for t in (s, *s.conjuncts) if t.i in at] for s in token.sent  # "Chávez and Uribe had a stormy
                if s.i < token.i and s.dep_ in ("nsubj", "nsubjpass")]  # relationship; when they met in Caracas …"
    return next((found for found in reversed(subjects) if len({m.canonical for m in found}) >= 2), [])


def object_before(pronoun: Token, people: list):
    """The one person who is the object of the clause a pronoun's clause is joined to, when no person is that clause's
    subject ("Tokyo has sent Deputy Foreign Minister Mitoji Yabunaka to demand an explanation, and he is due to hold
    talks": Yabunaka), else None."""
    first = pronoun.head.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in first.children):
        return None
    objects = [m for m in people if m.token < pronoun.i and pronoun.doc[m.token].dep_ == "dobj" and pronoun.doc[m.token].head.i == first.i]
    return objects[0] if len(objects) == 1 else None
