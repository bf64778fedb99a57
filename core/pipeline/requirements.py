"""What a trigger word's meeting sense requires of its context (the `requires` column of meeting_triggers.csv): a
participant as object, a counterpart, several sides acting together, an agreement signed, an organisation labelling a
gathering, a purpose that addresses someone."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues as _cues
from core.pipeline.bodies import named_organisations
from core.pipeline.clauses import above_complements, calls_on
from core.pipeline.misparsed import with_in_adjunct
from core.pipeline.occasion import occasion_subjects
from core.pipeline.senses import meeting_nouns
from core.pipeline.several import the_two


def required(word: str, token: Token, sentence_words: set[str]) -> bool:
    """A required word; "a+b" requires each of its parts (">between+signed": between depends on the trigger and the
    sentence says signed). A part is a word anywhere in the sentence, or ("@dated") a date modifying the trigger, or
    (">between") a word that depends on the trigger itself, or ("@called-on") a visit (`calls_on`), or ("@participant")
    an object that is a participant, not a thing ("received the president", not "received votes"), or ("@someone") no
    object but a participant ("met Putin", not "met the deadline"), or ("@counterpart") someone to talk with ("talked
    with Rudd", "the two leaders talked"; not "talked about it"), or ("@together") a subject of several named sides
    ("Yayi and Bush discussed the economy"; not "officials discussed it"), or ("@pair") one standing for the two just
    named ("the two ministers"), or ("@person") a person named as its object, or the host or guest of a visit, and no
    clause after ("saw Ouattara", "saw the host again", not "see Mugabe go"), or ("@to-place") a place named after "to"
    ("came to Iran", not "came to power"), or ("@spoken-to") a person named after "to" ("spoke to my brother Kibaki", not "spoke to reporters"), or ("@purpose") a purpose clause that addresses
    someone ("Bush called to congratulate him"; `addressing` cues), or ("@gathering") several sides or office-holders in the plural ("Leaders of Brazil and
    China gathered"), or ("@body") an international organisation's name labelling it ("the last WTO conference", not
    "a NATO press conference": `media` cues), or ("@pact") an agreement signed, not any paper ("signed a treaty", not
    "signed an affidavit"; "@pact-named": and said to be one: "inked a deal", "concluded a treaty", not "the summit concluded"), or
    ("@honoured") given in someone's honour ("a state dinner in her honour"), or ("@attended") described as attended
    ("a conference … attended by delegations from 40 countries"), or ("@occasion") the occasion of what
    several named sides did together ("Over a two-hour dinner, May and Juncker reviewed the talks")."""
    if "+" in word:
        return all(required(part, token, sentence_words) for part in word.split("+") if part)
    if word == "@dated":  # "a 1994 agreement", "the May agreement": an agreement the text dates was reached
        return any(child.ent_type_ == "DATE" and child.i < token.i for child in token.children)
    checks = {"@participant": receives_participant, "@called-on": calls_on, "@counterpart": has_counterpart,
              "@someone": meets_someone, "@together": acting_together, "@purpose": addresses_someone, "@body": labelled_by_body,
              "@gathering": lambda t: acting_together(t) or officials_gather(t) or body_gathers(t),
              "@pair": lambda t: any(the_two(s) >= 2 for s in t.children if s.dep_ == "nsubj"),  # "the two ministers"
              "@spoken-to": _spoken_to, "@honoured": _in_honour_of_someone, "@to-place": _to_a_place,
              "@occasion": lambda t: len(occasion_subjects(t)) >= 2,
              "@attended": _attended,
              "@person": lambda t: any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or _visit_party(c)) for c in t.children)
              and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in t.children)}  # "to see Ouattara", "saw the host
    # again"; not "see Mugabe go"
    if word in checks:
        return checks[word](token)
    if word in ("@pact", "@pact-named"):
        return signs_a_pact(token, named=word == "@pact-named")
    if word.startswith(">"):
        return any(child.lower_ == word[1:] for child in token.children) or (
            word == ">with" and (bool(counterparts_in_object(token)) or _with_on_its_verb(token) or any(o.ent_type_ == "PERSON" for o in with_in_adjunct(token))))
    return word in sentence_words


def _to_a_place(verb: Token) -> bool:
    """A verb of coming or going on with a place after "to": "Ortega came to Iran", "travels on to Uzbekistan", "before
    continuing to Morocco", not "came to power", "came to an end"."""
    tos = [c for c in verb.children if c.lower_ == "to"] + [
        c for p in verb.children if p.dep_ == "prt" and p.lower_ == "on" for c in p.children if c.lower_ == "to"]
    return any(any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children) for c in tos)


def _in_honour_of_someone(noun: Token) -> bool:
    """A meal given in someone's honour: "gave a state dinner in her honour", "a banquet in honour of Hu Jintao"."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "gave a dinner in her honour": on the verb
    honours = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _cues().get("honour", frozenset())]
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for h in honours for c in h.children)


def labelled_by_body(noun: Token) -> bool:
    """A meeting noun an international organisation's name labels, and no word of the media: "the last WTO conference
    in Cancun" (its members gather), not "a NATO press conference"."""
    labels = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss", "amod")]
    if any(c.lower_ in _cues().get("media", frozenset()) for c in labels):
        return False
    bodies = {root.i for _, root in named_organisations(noun.sent)}
    return any(t.i in bodies for c in labels for t in c.subtree)


def _with_on_its_verb(noun: Token) -> bool:
    """A meeting noun held with someone through the verb it is the object of: "held a press conference on Wednesday
    with Obama" (the parse hangs "with" on "held"), or that someone is joined for: "joined the Thai host, Don
    Pramudwinai, for a working breakfast" (`joining` cues)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
        if verb.dep_ == "dobj":  # the parse hangs "for breakfast" on the one joined
            verb = verb.head
        return verb.lemma_.lower() in _cues().get("joining", frozenset()) and any(c.dep_ == "dobj" and (
            c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)) for c in verb.children)
    return noun.dep_ == "dobj" and any(c.lower_ == "with" and c.dep_ == "prep" and c.i > noun.i for c in noun.head.children)


def counterparts_in_object(trigger: Token) -> list[Token]:
    """People or countries in a "with" phrase the parse hung inside a conversation verb's object ("discussed some of
    the issues affecting the deployment with Sudanese President Omar al-Bashir", "exchanged views with his Chinese
    counterpart Li Zhaoxing")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    named = [next((a for a in t.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), t)  # "his counterpart Li"
             for o in objects for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"]
    return [t for t in named if t.ent_type_ in ("PERSON", "GPE", "NORP")]


def has_counterpart(trigger: Token) -> bool:
    """A conversation verb with a counterpart: a "with", "to" or "between" phrase, or a subject of several people."""
    if any(c.lower_ in ("with", "to", "between", "among") for c in trigger.children):
        return True
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in s.children)
               for s in subjects)


def acting_together(trigger: Token) -> bool:
    """A verb whose subject coordinates several names or pronouns: "Yayi and Bush discussed", "he and Bush discussed";
    for a noun, the verb it is the object of ("Hu and Putin held a joint news conference")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        trigger = trigger.head if trigger.dep_ == "dobj" else trigger

    def named(token: Token) -> bool:
        return token.ent_type_ in ("PERSON", "GPE", "NORP") or token.pos_ == "PRON"

    subjects = [t for s in _subjects(trigger) for t in (s, *(a for a in s.children if a.dep_ == "appos"))]
    return any(named(s) and any(c.dep_ == "conj" and named(c) for c in s.children) for s in subjects) or (  # "US President
        sum(named(s) and s.dep_ == "nsubj" for s in subjects) >= 2)  # Donald Trump and … Kim Jong-un shook hands": the list
    # hangs on the name in apposition to the title; "Foreign Minister X and Secretary of State Y conferred": parsed as two


def officials_gather(trigger: Token) -> bool:
    """The subject is office-holders or envoys in the plural (`gatherer` cues): "Leaders of Brazil, Russia, India and
    China gathered", "EU finance ministers convened"; not "protesters gathered", "fans from India gathered" or
    "officials gathered evidence"."""
    words = _cues().get("gatherer", frozenset())
    return not any(c.dep_ == "dobj" for c in trigger.children) and any(  # "officials gathered evidence": no meeting
        s.tag_ in ("NNS", "NNPS") and s.lemma_.lower() in words for s in _subjects(trigger))


def body_gathers(verb: Token) -> bool:
    """A gathering named as an organisation is the subject ("The ASEAN Regional Forum convened the following day";
    `gathered` cues: forum, summit, conference): its members meet, those attending are told next."""
    return verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children) and any(
        s.ent_type_ in ("ORG", "EVENT") and s.lemma_.lower() in _cues().get("gathered", frozenset()) for s in _subjects(verb))


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb its open complement completes ("Leaders … are due to gather")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    return own or ([c for c in above_complements(verb).children if c.dep_ == "nsubj"] if verb.dep_ == "xcomp" else [])


def leaders_summit(trigger: Token) -> bool:
    """Office-holders told by region or number gathering (`leaders_gather`), more than two: "Leaders of APEC met",
    not "The two leaders met"."""
    return leaders_gather(trigger) and not any(the_two(s) == 2 for s in trigger.children if s.dep_ == "nsubj")


def leaders_gather(trigger: Token) -> bool:
    """A gathering word (`gathering` cues) whose gatherers are office-holders in the plural, told by region or number
    rather than by name: "South American presidents meeting in Santiago", "Arab heads of state meeting in Riyadh",
    "a meeting of African foreign ministers": who attended comes in the next sentences."""
    words = _cues().get("gatherer", frozenset())

    def gatherers(token: Token) -> bool:
        return token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in words

    if trigger.lemma_.lower() not in _cues().get("gathering", frozenset()):
        return False
    if trigger.pos_ == "VERB":
        return officials_gather(trigger) or (trigger.dep_ == "acl" and gatherers(trigger.head))
    return (any(p.dep_ == "prep" and p.lower_ == "of" and any(gatherers(o) for o in p.children) for p in trigger.children)
            or (trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and gatherers(trigger.head.head)))  # "heads of state meeting"


def receives_participant(trigger: Token) -> bool:
    """A hosting verb's guest is a person, a country or organisation, or a delegation word; "received 1.4 ratings",
    "received medical attention" and "received the news" are no meetings."""
    if any(c.dep_ == "oprd" for c in trigger.children):
        return _named_then_purpose(trigger)  # "called China a threat": an object predicate, not a guest
    guests = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not guests:
        return trigger.tag_ == "VBN" and any(c.dep_ == "agent" for c in trigger.children)  # "was received by …"
    return any(_is_participant(guest) for guest in guests)


def signs_a_pact(trigger: Token, *, named: bool = False) -> bool:
    """What is signed is an agreement between the sides (`pact` cues: treaty, accord, memorandum …), or goes unsaid
    ("the two leaders signed in Beijing"); "signed an affidavit" or "signed the petition" is no meeting."""
    signed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    if trigger.pos_ == "NOUN":  # "put their signatures to the two border treaties" (the "to" on the noun or its verb)
        holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
        signed = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "on") for o in p.children
                  if o.dep_ == "pobj"]
    pacts = _cues().get("pact", frozenset())
    return (not signed and not named) or any(c.lemma_.lower() in pacts or any(t.lemma_.lower() in pacts for t in c.subtree) for c in signed)


def _named_then_purpose(trigger: Token) -> bool:
    """A named person the parse took for an object predicate, with a purpose clause after: "Obama called German
    Chancellor Angela Merkel to discuss the crisis" (not "called him a liar")."""
    return any(c.dep_ == "oprd" and c.ent_type_ == "PERSON" for c in trigger.children) and any(
        c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in trigger.children)


def addresses_someone(trigger: Token) -> bool:
    """A verb with no object whose purpose clause addresses a participant: "Bush called to congratulate him",
    "Putin phoned to thank Erdogan"; not "called to say that …", "called to complain about the food"."""
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False
    verbs = _cues().get("addressing", frozenset())
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in verbs and any(a.lower_ == "to" for a in c.children)
               and any(o.dep_ == "dobj" and _is_participant(o) for o in c.children) for c in trigger.children)


def meets_someone(trigger: Token) -> bool:
    """A meeting verb whose object, if it has one, is someone: "met Putin", "met in Moscow"; not "meet the promises",
    "met the deadline" (a comment after a comma is no object)."""
    objects = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() not in meeting_nouns()  # "met alone …,
               and not _comment_after_comma(c, trigger) and not _face_to_face(c)]  # their first talks since …": the meeting told again
    return not objects or any(_is_participant(o) for o in objects)


def _face_to_face(noun: Token) -> bool:
    """ "met face to face", which the parse may read as an object: how they met, not what."""
    doc = noun.doc
    return noun.lower_ == "face" and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].lower_ == "face"


def _comment_after_comma(noun: Token, verb: Token) -> bool:
    """A noun phrase the parse made the object that a comma sets after the verb's own words, commenting on the whole
    clause: "met in Jakarta on Wednesday, the latest sign that relations are thawing"."""
    start = noun.left_edge.i
    return start > verb.i + 1 and noun.doc[start - 1].text == "," and any(c.dep_ == "det" for c in noun.children)


def _is_participant(guest: Token) -> bool:
    """A person, country, organisation or delegation word, or a title standing for the one it was given to ("the colonel
    was received by Napolitano")."""
    from core.pipeline.names import title_words

    nouns = _cues().get("participant", frozenset()) | _cues().get("delegation", frozenset())
    for token in [guest, *(c for c in guest.children if c.dep_ in ("conj", "appos"))]:
        if token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or token.pos_ in ("PRON", "PROPN") or token.lemma_.lower() in nouns or token.lower_ in nouns:
            return True
    if any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in guest.subtree):
        return True  # "met the conservative candidate for chancellor, Angela Merkel" (the name hung on "chancellor")
    return guest.tag_ == "NN" and guest.lower_ in title_words() and any(c.lower_ == "the" for c in guest.children)


def _visit_party(noun: Token) -> bool:
    """ "the host", "his guest": a word for a side of the visit the text reports (visitors.py)."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in _cues().get("host_word", frozenset()) | _cues().get("guest_word", frozenset()) \
        and any(c.dep_ in ("det", "poss") for c in noun.children)


def _spoken_to(trigger: Token) -> bool:
    """ "spoke to my brother Kibaki": a "to" phrase whose object is a named person, or a word in apposition with one."""
    return any(c.lower_ == "to" and c.dep_ == "prep" and any(
        o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in o.children))
        for o in c.children) for c in trigger.children)


def _attended(noun: Token) -> bool:
    """A gathering noun the next participle of attending describes, however the parse hangs it: "the opening of a
    conference at the US Naval Academy in Annapolis, attended by delegations from 40 countries"."""
    after = next((t for t in noun.doc[noun.i + 1:noun.sent.end] if t.lemma_ == "attend" and t.tag_ == "VBN"
                  and any(c.dep_ == "agent" for c in t.children)), None)
    return after is not None and not any(t.lemma_.lower() in meeting_nouns() for t in noun.doc[noun.i + 1:after.i])
