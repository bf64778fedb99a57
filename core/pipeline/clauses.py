"""The clause around a meeting word, as it bears on who is a party: a speaker at a meeting is in it, one who asks
others to meet is not, a group's named members stand where the group stands, and those a meeting affects are no
parties."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues
from core.pipeline.own_clauses import persons_clause


def affected(token: Token, trigger: Token) -> bool:
    """The meeting word is the subject of a verb and the token its object, whom the meeting affects, not a party to it
    ("Medvedev's visit to the Kurils angered Japan"), unless the verb brings parties together (`bringing` cues:
    "the summit brought together Putin and Bush", "the talks included Japan"); or the object of what people no name
    gives did at the meeting ("soldiers detained Bazoum … at a summit")."""
    verb = trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during") and verb.head.pos_ == "VERB" and token.dep_ == "dobj" and token.head.i == verb.head.i:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "soldiers detained Bazoum … at a summit" (so parsed):
        sides = cues().get("participant", frozenset()) | cues().get("delegation", frozenset()) | cues().get("pair", frozenset())
        return bool(subjects) and all(s.tag_ == "NNS" and not s.ent_type_ and s.lemma_.lower() not in sides for s in subjects)  # whom
        # others acted on there (not "the Brazilian leader informed her counterpart during a call")
    if trigger.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() in cues().get("bringing", frozenset()):
        return False
    branch = next((node for node in [token, *token.ancestors] if node.head.i == verb.i and node.i != verb.i), None)
    return branch is not None and branch.dep_ in ("dobj", "dative", "attr", "oprd")


def unaware(token: Token) -> bool:
    """The token is the subject of a clause saying it did not know of the meeting (`unaware` cues: "even Prime
    Minister Jaafari was unaware he was coming"): someone kept out of it is no party."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    words = cues().get("unaware", frozenset())
    return token.head.lemma_.lower() in words or any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in token.head.children)


def group_joined(subject: Token, trigger: Token) -> Token:
    """ "Kim and Lee were among those attending the summit": the subject is one of the group the clause names, and
    stands where that group stands; so does one who does what the subject does "along with" them ("Kirchner and Vázquez
    attended Friday's summit, along with Lula and Lugo"); any other token stands for itself."""
    companion = subject.head.head if subject.dep_ == "pobj" and subject.head.lower_ == "with" else None
    if companion is not None and companion.lower_ in ("along", "together") and companion.head.pos_ in ("VERB", "AUX"):
        return next((c for c in companion.head.children if c.dep_ in ("nsubj", "nsubjpass")), subject)
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return subject
    for among in subject.head.children:
        if among.lower_ == "among" and among.dep_ == "prep":
            group = next((c for c in among.children if c.dep_ == "pobj"), None)
            if group is not None and group.left_edge.i <= trigger.i <= group.right_edge.i:
                return group
    return subject


def scene_of(trigger: Token, verb: Token) -> bool:
    """The meeting word sits in a clause that sets the scene of the verb, not in what the verb asks of others
    ("Addressing a joint press conference with Singh, Blair urged countries to …": Blair was at it)."""
    child = next((node for node in [trigger, *trigger.ancestors] if node.head.i == verb.i and node.i != verb.i), None)
    return child is not None and child.dep_ in ("advcl", "prep") and child.i < verb.i


def speaker(token: Token, verb: Token) -> bool:
    """The token is on the speaker's side of the verb, not in what was said ("… said they would not meet Lavrov"):
    it does not reach the verb through its complement. Whom a verb of telling addresses is there too ("Wen told
    Abe during a meeting in Tokyo that …")."""
    child = next((node for node in [token, *token.ancestors] if node.head.i == verb.i and node.i != verb.i), None)
    if child is not None and child.dep_ in ("dobj", "dative") and child.i == token.i:
        return verb.lemma_.lower() in cues().get("audience", frozenset())
    return child is None or child.dep_ not in ("ccomp", "xcomp", "parataxis", "dobj")


SPOKEN_AT = {"on", "during", "after", "following", "before", "at", "in"}


def said_while_there(verb: Token, trigger: Token) -> bool:
    """The meeting word is when or where the speaker spoke, not what they said: "Morales explained, on a visit to
    Brazil, that …", "Putin said during his talks with Hu", "After talks in Moscow, Putin and Abe said …",
    "After meeting Abe, Putin told reporters …", "At a joint news conference with Putin, Hu said …"; also through a
    participle that sets the scene ("Speaking at a joint press conference with Blair, Bush said …"), or whose object
    the meeting is ("Addressing a joint press conference with Singh, Blair urged …", "After holding talks with Abe,
    Putin said …"), or that the speaker addresses ("told a joint news conference with Tusk")."""
    if trigger.dep_ in ("dobj", "dative") and trigger.head.i == verb.i and verb.lemma_.lower() in cues().get("audience", frozenset()):
        return True  # "Sarkozy told a joint news conference with Tusk that …": he spoke at it
    if trigger.dep_ == "dobj" and trigger.head.tag_ == "VBG":
        held = trigger.head
        if held.dep_ == "advcl":
            return held.head.i == verb.i
        return held.dep_ == "pcomp" and held.head.lower_ in SPOKEN_AT and held.head.head.i == verb.i
    if trigger.dep_ not in ("pobj", "pcomp") or trigger.head.lower_ not in SPOKEN_AT:
        return False
    anchor = trigger.head.head
    return anchor.i == verb.i or (anchor.dep_ == "advcl" and anchor.head.i == verb.i and anchor.tag_ == "VBG")


def raises(verb: Token, subject: Token, trigger: Token) -> bool:
    """A passive reporting verb whose subject is the meeting's own ("Hu and Koizumi are said to have met", "the two
    are reported to have talked"): the report is about them meeting, not someone else's words."""
    return trigger.dep_ == "xcomp" and trigger.head.i == verb.i and subject.dep_ == "nsubjpass" and subject.head.i == verb.i


def summit_told(sent, trigger: Token) -> bool:
    """The sentence tells of a summit the meeting word belongs to: a "summit" word, unless only as the setting of a
    meeting held beside it (`setting` cues: "Bush and Putin met on the sidelines of the APEC summit") or as what
    came before or after it ("talks with his host on the day before the summit", "The summit came two days after Rice
    held talks with Sharon"), nor outside the clause describing a person that tells the meeting ("The summit followed
    a visit by Rice, who held talks with Sharon"); no meeting called two-sided
    (`two_sided` cues: "bilateral talks") is one."""
    from core.pipeline.tense import SEQUENCE

    setting = cues().get("setting", frozenset()) | cues().get("lead_up", frozenset())  # "on the eve of the summit"
    if any(c.dep_ == "amod" and c.lower_ in cues().get("two_sided", frozenset()) for c in trigger.children):
        return False  # "held bilateral talks with his host on the day before the summit"
    clause = next((a for a in (trigger, *trigger.ancestors) if a.dep_ == "advcl"
                   and any(c.dep_ == "mark" and c.lower_ in SEQUENCE for c in a.children)), None) or persons_clause(trigger)
    return any(t.lower_ == "summit" and (t.i == trigger.i or not (any(a.lemma_.lower() in setting for a in t.ancestors)
                                                                  or _sequence_phrase(t, trigger, SEQUENCE)
                                                                  or (clause is not None and not clause.left_edge.i <= t.i <= clause.right_edge.i)))
               for t in sent)


def _sequence_phrase(token: Token, trigger: Token, sequence) -> bool:
    """The token is inside an "after", "before" or "since" phrase or clause that does not hold the meeting word ("held
    talks with his host before the summit opened")."""
    return any(((a.dep_ == "prep" and a.lower_ in sequence) or (a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sequence for c in a.children)))
               and not a.left_edge.i <= trigger.i <= a.right_edge.i for a in token.ancestors)


def above_xcomp(verb: Token) -> Token:
    """The verb an open complement completes, through a chain of them ("are to hold", "agreed to hold")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def above_complements(verb: Token) -> Token:
    """The verb a chain of open complements and the adjectives they complete hangs on: "is" for "is due to hold",
    "been" for "had been due to hold"."""
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def shared_subject(token: Token, trigger: Token) -> bool:
    """The token is the subject of a verb whose coordinated verb, with no subject of its own, leads to the meeting word
    ("Rudd left for the Solomon Islands and is due to hold talks in Honiara with Sikua")."""
    node = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") else trigger
    while node.pos_ in ("NOUN", "PROPN", "ADP", "ADV") and node.dep_ in ("pobj", "prep", "advmod") and node.head.i != node.i:
        node = node.head  # "… and attend a baseball game, ahead of talks with Macri": the verb the phrase hangs on
    verb = above_complements(node)
    return (token.dep_ == "nsubj" and verb.dep_ == "conj" and verb.head.i == token.head.i and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def journey_subject(token: Token, trigger: Token) -> bool:
    """The token is who makes a journey a meeting noun is the purpose of, with no subject of its own ("he flew to Amman
    to see Abbas, before returning to Jerusalem for a second round with the Israeli leader": he)."""
    journey = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    if journey is None or journey.tag_ != "VBG" or journey.lemma_.lower() not in cues().get("travel", frozenset()) | cues().get(
            "journey", frozenset()):
        return False
    node = journey
    for _ in range(6):  # up through "before returning", "to see", to the verb whose subject it is
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) or node.head.i == node.i:
            break
        node = node.head
    return any(c.i == token.i and c.dep_ == "nsubj" for c in node.children) and node.i != journey.i


def judge_or_content(token: Token, steps: list[Token], trigger: Token) -> bool:
    """The token is the agent of a participle that judges the meeting ("a visit criticised by Israel and the United
    States"; hosting, attending and meeting verbs aside) or the subject of a verb judging it (`judging` cues:
    "dismissed the meeting as irrelevant"; not "dismissed his visit"), or lies inside what a side urged, asked or wished for
    (`unheld` cues: "held talks …, urging Sudan to give the United Nations a greater role"); a judging verb's subject
    is none either of someone else's meeting it speaks of ("Noda had protested against Lee's visit"); one who "praised the
    plan after talks with Kwasniewski" held them."""
    from core.pipeline.senses import meeting_verbs  # senses reads this module

    keep = cues().get("attending", frozenset()) | meeting_verbs()
    verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head if (
        trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.lower_ not in cues().get("sequence", frozenset())) else None
    owner = next((c for c in trigger.children if c.dep_ == "poss"), None)  # "protested against Lee's visit"
    subjects = [] if verb is None else [c for c in verb.children if c.dep_ == "nsubj"] or (  # or of the verb it is joined to:
        [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ == "conj" else [])  # "was not invited and criticised the summit"
    if (verb is not None and verb.lemma_.lower() in cues().get("judging", frozenset())  # "Sayed-Khaiyum dismissed the
            and (owner is None or (owner.pos_ == "PROPN" and owner.i not in (token.i, *(a.i for a in token.ancestors))))
            and (any(c.left_edge.i <= token.i <= c.right_edge.i for c in subjects)
                 or (trigger.dep_ == "dobj" and any(t.i == verb.i for t in steps)))):  # "criticised the summit from his compound"
        return True  # meeting", "Japanese Prime Minister Noda condemned …": not "dismissed his visit"
    for step in steps:
        if (step.dep_ in ("acl", "relcl") and step.tag_ == "VBN" and step.lemma_.lower() not in keep
                and any(c.dep_ == "agent" and c in steps for c in step.children)):
            return True
        if (step.lemma_.lower() in cues().get("unheld", frozenset()) and step.pos_ == "VERB"
                and step.left_edge.i <= token.i <= step.right_edge.i and not step.left_edge.i <= trigger.i <= step.right_edge.i
                and not any(c.dep_ == "nsubj" and c.i == token.i for c in step.children)):
            return True
    return False


def purpose_clause(node: Token) -> bool:
    """The word heads an infinitive of purpose ("flew to Rome to meet him", "met Xi to discuss plans")."""
    return node.dep_ == "advcl" and to_infinitive(node)


def to_infinitive(node: Token) -> bool:
    """The word is a verb in the infinitive with "to" ("agreed to meet", "is due to visit")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def ahead_of_present(node: Token) -> bool:
    """The word heads an infinitive whose nearest finite verb, through other infinitives and the nouns they complete,
    is in the present tense: what it tells lies ahead ("clears the way for parliament to elect a president on
    Sunday", "hopes to meet Hu on Monday"); under a past verb it need not ("flew to Rome to meet him on Monday"), and
    a perfect infinitive tells what lies behind ("claim to have won the run-off of 28 November")."""
    if not to_infinitive(node) or any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children):
        return False
    while to_infinitive(node) or node.pos_ in ("NOUN", "PROPN"):
        if node.head.i == node.i:
            return False
        node = node.head
    return node.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in node.children)


def outcome_setting(trigger: Token) -> Token | None:
    """The verb of an outcome (`outcome` cues) whose setting a meeting noun is, set off by a comma after what was
    agreed ("agreed on Friday to begin admitting Iran as a member, at a summit in Dushanbe"): the summit was held
    where and when they agreed, not planned with what they agreed; None otherwise ("agreed to meet at a summit")."""
    from core.knowledge import cues

    phase = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if phase is not None and phase.dep_ == "pobj" and phase.lemma_.lower() in cues().get("measure", frozenset()):
        trigger = phase  # "…, at the end of a summit in Mexico City": the setting is the summit's end
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("at", "during") or prep.i == 0 or trigger.doc[prep.i - 1].text != ",":
        return None
    node = prep.head
    while node.dep_ == "xcomp" and to_infinitive(node) and node.head.i != node.i:
        node = node.head
    return node if node.i != prep.head.i and node.lemma_.lower() in cues().get("outcome", frozenset()) else None


def calls_on(verb: Token) -> bool:
    """ "called on King Abdullah in Amman": a visit to the person "on" names, not an appeal to them ("called on Israel
    to stop the attacks"), which says what they are to do; a purpose beside the visit's place is the visit's ("called
    on Abbas in Ramallah to discuss the truce")."""
    called = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"
              for o in (p, *(a for a in p.subtree if a.dep_ == "appos"))  # "called on the chairman of the NPC, Wu Bangguo"
              if o.ent_type_ == "PERSON" or (o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "NORP", "ORG"))
              or o.lower_ in ("him", "her")  # "when Jaishankar called on her at her hotel"
              or (o.lemma_.lower() in cues().get("office", frozenset()) and any(  # "called on the Chinese premier"
                  m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") for m in o.children))]
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children)
    told = any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and to_infinitive(c) and not placed) for c in verb.children)
    return bool(called) and not told


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token stands in: itself when a verb, else the nearest verb above it (the root for a
    clause without one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


EARLIER_THAN = frozenset({"after", "following", "since"})  # prepositions whose object came before what their clause tells


def ordered_before(token: Token) -> bool:
    """The token stands in what an "after", "following" or "since" phrase of its clause names ("agreed to restore ties
    after a meeting on 10 August"): something before the clause's action, not of its tense."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in EARLIER_THAN:
            return True
        token = token.head
    return False


def other_conjunct(token: Token, trigger: Token) -> bool:
    """The token and the meeting word stand in coordinated clauses that each have a subject of their own ("Obama and
    Rousseff discussed it in St Petersburg, and Figueiredo met Rice at the White House": Rice is no side of the
    discussion, nor Obama of the meeting with Rice); not when that subject points back ("sat down together on
    Monday, but the talks in Vienna ended …", "Tadic was accompanied by Josipovic, and the two presidents held talks")."""
    if _across_semicolon(token, trigger):
        return True
    for node in (clause_verb(trigger), *(a for a in [token, *token.ancestors] if a.dep_ == "conj")):
        if (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and not _told_again(c)
                                                                          for c in node.children)
                and (node.left_edge.i <= trigger.i <= node.right_edge.i) != (node.left_edge.i <= token.i <= node.right_edge.i)):
            return True
    return False


def _across_semicolon(token: Token, trigger: Token) -> bool:
    """A semicolon stands between the token and the meeting word, and the clause on each side has a subject of its
    own, whatever the parse made of them ("Pompeo and Wang held talks …; Wang then sat down with Saifuddin …", "The
    summit came two days after …; a day later she crossed into the West Bank")."""
    low, high = sorted((token.i, trigger.i))
    if not any(t.text == ";" for t in token.doc[low + 1:high]):
        return False
    verbs = clause_verb(token), clause_verb(trigger)

    def own_subject(verb: Token, again: bool) -> bool:  # a meeting told again has the sides told before it, not after
        return any(c.dep_ in ("nsubj", "nsubjpass") and (again or not _told_again(c)) for c in verb.children)
    return verbs[0].i != verbs[1].i and own_subject(verbs[0], False) and own_subject(verbs[1], trigger.i < token.i)


_OBJECTS = frozenset({"dobj", "dative", "npadvmod", "appos", "attr", "oprd"})


def other_verbs_object(token: Token, trigger: Token) -> bool:
    """One subject for two coordinated verbs, each with its own objects: "Mottaki met the Emir of Kuwait on Sunday
    and then flew to Doha, where he held talks with Hamad" (the Emir is no side of the flight, Hamad none of the
    first meeting); not "met and thanked Rice", where the first verb has no object of its own; nor the object of a
    verb a participle of talking to another sets the scene for ("Speaking to a TV channel, she accused Almagro")."""
    branch = next((a for a in [token, *token.ancestors] if a.head.i == trigger.head.i and a.i != trigger.i), None)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and branch is not None and branch.dep_ in _OBJECTS and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") and any(o.dep_ == "pobj" for o in c.children) for c in trigger.children):
        return True
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ != "dobj":
        return False  # the verb is the meeting's ("met", "held talks"), not one the meeting noun is the subject of
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not verb.left_edge.i <= token.i <= verb.right_edge.i:
        branch = next((a for a in [token, *token.ancestors] if a.head.i == verb.head.i and a.i != verb.head.i), None)
        if branch is not None and (branch.dep_ in _OBJECTS or (branch.dep_ == "prep" and branch.lower_ == "with")):
            return True  # the first verb's object, however parsed ("met the Emir of Kuwait, Sheikh Sabah, …": npadvmod)
    own = any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)
    return own and any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children)


def _told_again(subject: Token) -> bool:
    """A subject that points back to the other clause: a meeting noun ("the talks", "the meeting") or the people it
    named ("the two presidents", "they")."""
    from core.pipeline.senses import meeting_nouns  # senses reads this module
    from core.pipeline.several import the_two

    if subject.lower_ in ("they", "both") or the_two(subject) >= 2:
        return True
    return subject.lemma_.lower() in meeting_nouns() and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "their")
                                                             for c in subject.children)


def was_due(node: Token) -> bool:
    """A clause told through a past "be" with a `future_state` word ("was due in Washington for a meeting … on
    Tuesday", "were scheduled to meet on Friday"): what was in store when the news was told, which may lie ahead of the
    report or just behind it."""
    states = cues().get("future_state", frozenset())
    be = node if node.lemma_ == "be" else next((c for c in node.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"), None)
    marked = node.lower_ in states or any(c.dep_ == "acomp" and c.lower_ in states for c in node.children)
    return be is not None and be.tag_ == "VBD" and marked


def measure_of(trigger: Token) -> Token | None:
    """The word a meeting word is counted in (`measure` cues: "five hours of talks", "the second round of talks"), or
    None: the measure stands for the meeting where the parse hangs things on it."""
    measure = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    return measure if measure is not None and measure.lemma_.lower() in cues().get("measure", frozenset()) else None


def names_the_matter(token: Token, trigger: Token) -> bool:
    """A name that qualifies the matter a verb of discussing takes (`discussing` cues): "discussed the Snowden affair in
    a telephone conversation"."""
    matter = token.head
    return (token.dep_ in ("compound", "poss") and matter.pos_ == "NOUN" and matter.dep_ == "dobj" and matter.i != trigger.i
            and matter.head.lemma_.lower() in cues().get("discussing", frozenset()))


def owner_in_a_description(token: Token, trigger: Token) -> bool:
    """The owner of a thing named in what describes someone else: "brought the two men, a former spokesman for Slobodan
    Milošević's party, …" (not "a visit to Putin's residence", which the meeting word itself takes)."""
    from core.pipeline.names import person_noun  # names reads the parse helpers here

    thing, prep = token.head, token.head.head
    return (token.dep_ == "poss" and thing.i != trigger.i and thing.dep_ == "pobj" and thing.pos_ == "NOUN" and prep.dep_ == "prep"
            and prep.head.i != trigger.i and thing.ent_type_ == "" and person_noun(prep.head))  # "spokesman for …"


def owner_of_a_named_role(token: Token) -> bool:
    """The owner of a role or a relative the text names right after it ("signed by Rousseff's predecessor, Luiz
    Inácio Lula da Silva, and …", "Fernández's late husband, Néstor Kirchner", "hosted Biden's predecessor Donald
    Trump"): the one named is the side."""
    role, doc = token.head, token.doc  # (a title may come first: "the Pope's envoy, Cardinal Roger Etchegaray")
    start = role.i + 2 if role.i + 1 < len(doc) and doc[role.i + 1].text == "," else role.i + 1
    named = next((k for k in range(start, min(start + 3, len(doc))) if doc[k].ent_type_ == "PERSON"), None)
    return (token.dep_ == "poss" and role.pos_ == "NOUN" and role.is_lower and named is not None
            and role.lemma_.lower() not in cues().get("host_side", frozenset())  # "his counterpart Kasit": he meets him
            and doc[named].ent_iob_ == "B" and all(doc[k].is_title for k in range(start, named)))


def preparer(token: Token, trigger: Token) -> bool:
    """Who prepared or organised the meeting (`preparing` cues): "The meeting was prepared by Holguín and Maduro"."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head.head if first.dep_ == "pobj" and first.head.dep_ == "agent" else None
    return (verb is not None and verb.lemma_.lower() in cues().get("preparing", frozenset())
            and any(c.dep_ == "nsubjpass" and c.i == trigger.i for c in verb.children))
