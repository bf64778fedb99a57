"""Sides a meeting word's sentence gives by reference: pronouns ("he met Xi"), "they" and "the two leaders" for the
pair last named together, a meeting noun told again for the sides of the meeting just told ("The talks lasted three
hours"), the signers of an agreement told again, and the people the next sentence lists for a session told alone."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from core.knowledge import cues as _cues
from core.pipeline.antecedents import (FIRST_PERSON, definite, group_named, holding_the_office, object_before, others_named_before, pact_signed_again, quoted_speaker, relative_owner,
                                      session_only, their_subjects)
from core.pipeline.gender import FEMININE, closer_fit, gender
from core.pipeline.misparsed import subject_after_opener, with_in_adjunct
from core.pipeline.scope import own_party, owns_the_place
from core.pipeline.senses import negated
from core.pipeline.several import is_subject, the_two
from core.pipeline.sides import linked, path

PRONOUNS = {"he", "she", "him", "her", "his"}  # "his meeting with X": the owner of a meeting noun takes part
GROUP_REACH = 6  # sentences "the two presidents" may look back to the pair last named together ("they": two)
PRONOUN_REACH = 3  # sentences back to the person "she" or "he" may stand for when the nearest does not fit
PLURAL_PRONOUNS = {"they", "them"}  # the sides of the meeting just reported ("They met again in 2002")


def tied(token: Token, trigger: Token) -> bool:
    """Tied to the meeting word (sides.linked), and not through a verb that is negated: "Putin did not meet Bush
    during the summit" makes neither of them a side of the summit."""
    if not linked(token, trigger):
        return False
    return not any(step.pos_ == "VERB" and negated(step) for step in path(token, trigger) or ())


def referred_sides(doc: Doc, sent, number: int, trigger: Token, people, last_subject, context: dict, participants: dict,
                   rules: list[str], subject: str | None) -> str | None:
    """Add to `participants` (canonical name to mention) the sides the sentence gives by reference, and the rules that
    found them to `rules`; the meeting's subject, which a pronoun may give."""
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in trigger.children):
        rules.append("anaphora")  # "At that meeting, Medvedev told her …": the meeting just told, told again
    for token in sent:
        # "Wen said of the document he signed with Singh": a subject named earlier in the sentence comes first.
        # "Rice … her tour": Rice; "Sarris's resignation came after he …"; "Pakistan's foreign minister Kasuri said he met"
        earlier = [m for m in people if m.token < token.i and (doc[m.token].dep_ in ("nsubj", "nsubjpass") or (
            doc[m.token].dep_ in ("poss", "appos") and doc[m.token].head.dep_ in ("nsubj", "nsubjpass"))
            or subject_after_opener(doc[m.token], trigger)) and not _in_clause_apart(doc[m.token], token)]
        antecedent = (relative_owner(token, people) if token.lower_ in PRONOUNS else None) or (earlier[-1] if earlier else last_subject)
        if token.lower_ in PRONOUNS and not earlier and (antecedent is None or any(  # the article's first sentence, or
                t.text == ";" for t in doc[sent.start:token.i])):  # a clause after a semicolon: the last person named before
            antecedent = max((m for m in people if m.token < token.i), key=lambda m: m.token, default=None) or antecedent
        elif token.lower_ in PRONOUNS and not earlier and sent.root.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sent.root.children):  # a main verb the parse left with no
            # subject ("On Friday Bush was in São Paulo, where he …"): the person named before that verb
            antecedent = min((m for m in people if m.token < min(sent.root.i, token.i)), key=lambda m: m.token, default=None) or antecedent
        if token.lower_ in ("his", "her") and not earlier and token.dep_ == "poss":
            antecedent = _subject_told_after(token, sent, people) or antecedent  # "During his 2009 visit to Kazakhstan, Xi's
            # predecessor, Hu Jintao, opened …": the subject the opening phrase comes before
        if token.lower_ in PRONOUNS and not earlier and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj":
            antecedent = object_before(token, people) or antecedent  # "Tokyo has sent Yabunaka …, and he is due to …"
        honoured = token.dep_ == "poss" and token.head.lemma_.lower() in _cues().get("honour", frozenset())  # "in her honour"
        if (token.dep_ in ("dobj", "pobj", "dative") or honoured) and earlier:  # "Bush called to congratulate him": not Bush
            own = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]  # "Hu began the week in Morocco, where
            others = [m for m in earlier if not (  # King Mohammed VI received him": Hu, no subject of the reception
                any(s.left_edge.i <= m.token <= s.right_edge.i for s in own) if own else is_subject(doc[m.token], trigger))]
            contacted = any(c.i < token.i and c.ent_type_ == "PERSON" and (  # "contacted Correa to inform him", "spent 45
                (c.dep_ == "dobj" and c.head.i == trigger.i)  # minutes with Bainimarama, pressing him": the one met
                or (c.dep_ == "pobj" and c.head.lower_ == "with" and c.head.head.i == trigger.i)) for c in trigger.subtree) or any(
                o.i < token.i and o.ent_type_ == "PERSON" for o in with_in_adjunct(trigger))  # "had spoken by telephone with Trump … to brief him"
            named_before = [m for m in people if sent.start <= m.token < token.i and m not in earlier]  # "Key telephoned
            antecedent = None if contacted else others[-1] if others else named_before[-1] if named_before else last_subject  # Bainimarama
            # … to congratulate him": the one named since the subject; the one contacted: no one new
        if token.lower_ in FEMININE and not (earlier and antecedent is earlier[-1] and gender(antecedent.canonical) != "male"):
            # "she" for the woman named just before, not the man who hosted her; the sentence's own subject first when
            # not known to be a man ("Vice Premier Wu Yi prepared the visit, when she met Portman")
            before = [m for n in range(max(0, number - PRONOUN_REACH), number) for m in context.get("by_sentence", {}).get(n, [])]
            antecedent = closer_fit(token.lower_, antecedent, before + [m for m in people if m.token < token.i])
        if token.lower_ in FIRST_PERSON:  # "“I've met with the president of Ukraine,” Sarkozy said"
            antecedent = quoted_speaker(number, context, last_subject)
        if (token.lower_ in PRONOUNS and token.dep_ in ("dobj", "pobj", "dative") and not earlier and antecedent is not None
                and antecedent.canonical in participants):  # "he drove to the hotel, where Ouattara has set up a government,
            antecedent = next((m for m in reversed(people) if sent.start <= m.token < token.i and m.canonical not in participants
                               and doc[m.token].dep_ != "poss"), antecedent)  # and held talks with him": not himself
        antecedent = context.setdefault("pronouns", {}).get(token.i, antecedent)  # one pronoun, one person for every meeting
        # word it is tied to: "where Zuma received him … for a state visit and the two signed agreements"
        if (token.lower_ in PRONOUNS | FIRST_PERSON and antecedent and tied(token, trigger) and own_party(token, trigger)
                and not _owner_of_someone_named(token)
                and antecedent.canonical not in participants and not owns_the_place(token)):
            participants[antecedent.canonical] = antecedent
            context["pronouns"][token.i] = antecedent
            rules.append("pronoun")
            if subject is None and is_subject(token, trigger):
                subject = antecedent.canonical
        summit = context.get("summit")
        if (token.lower_ in PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and summit is not None
                and 0 < number - summit <= 2 and tied(token, trigger) and is_subject(token, trigger) and "summit:attendance" not in rules):
            rules.append("summit:attendance")  # "The G8 leaders met … They also met with Annan and Lamy": the summit
        if (theirs := their_subjects(token, trigger, people)) and not set(participants) - {m.canonical for m in theirs}:
            participants.update((m.canonical, m) for m in theirs)  # "… and held their most recent talks in Washington"
            rules.append("pronoun")
        size, group = the_two(token), group_named(token, trigger, number, people, context, GROUP_REACH)
        if ((token.lower_ in PLURAL_PRONOUNS or size) and token.dep_ in ("nsubj", "nsubjpass") and group
                and not (participants and _in_its_relative_clause(token, trigger)  # "a call with Mubarak in which the
                         and not {m.canonical for m in group[1]} & set(participants))  # two leaders agreed": his and another
                and number - group[0] <= (GROUP_REACH if size else 2)
                and tied(token, trigger) and is_subject(token, trigger)  # "… held talks, joined by X"; "The king greeted
                and (subject is None or subject in {m.canonical for m in group[1]}  # his guest before the two men held talks";
                     or subject in {m.canonical for m in people if m.token in {c.i for c in token.conjuncts}})):  # "they and Hollande"
            participants.update((m.canonical, m) for m in group[1])
            rules.append("pronoun")
            if definite(trigger):
                rules.append("anaphora")  # "During the meeting they …": the meeting just reported, told again
        if (size == 2 and len(participants) == 1 and earlier and earlier[-1].canonical not in participants
                and token.dep_ == "nsubj" and _in_its_relative_clause(token, trigger)):  # "The Saudi monarch arrived, hours
            participants[earlier[-1].canonical] = earlier[-1]  # after a call with Mubarak in which the two leaders agreed"
            rules.append("pronoun")
        if (group is not None and size and token.lemma_.lower() in _cues().get("pair", frozenset()) and token.dep_ == "pobj"
                and token.head.lower_ in ("between", "among") and not set(participants) - {m.canonical for m in group[1]}
                and len({m.canonical for m in group[1]}) == size
                and number - group[0] <= GROUP_REACH and tied(token, trigger)):  # "talks between the two prime ministers"
            participants.update((m.canonical, m) for m in group[1])
            rules.append("pronoun")
        elif (size == 2 and token.lemma_.lower() in _cues().get("pair", frozenset()) and token.dep_ in ("dobj", "pobj")
                and participants and tied(token, trigger) and not (token.head.lower_ in ("between", "among") and len(participants) == 2) and not any(t.ent_type_ == "PERSON" for t in token.subtree)
                and not is_subject(token, trigger)):  # "Merkel and Hollande sat down with the two presidents"
            group = context.get("group")  # the pair last named together, when it is not those who meet it, and holds
            group = holding_the_office(token, context.get("groups", []), number, GROUP_REACH, context["by_sentence"]) or group  # the office
            others = (group[1] if group and number - group[0] <= GROUP_REACH and len(group[1]) == 2
                      and not {m.canonical for m in group[1]} & set(participants)
                      else others_named_before(context["by_sentence"], number, token.i, set(participants), GROUP_REACH))
            if others:
                participants.update((m.canonical, m) for m in others)
                rules.append("pronoun")
    group = context.get("group")
    if (not participants and not people and group and 0 < number - group[0] <= GROUP_REACH and len(group[1]) >= 2 and trigger.pos_ == "NOUN"
            and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in
            _cues().get("session", frozenset()) | _cues().get("future_state", frozenset()) | {"schedule", "plan"}):
        participants.update((m.canonical, m) for m in group[1])  # "Formal talks at the resort are scheduled for Friday"
        rules += ["sides:antecedent"] + (["anaphora"] if definite(trigger) else [])  # "The meeting lasted three hours"
    # the latest signers, of two countries or (beside someone who witnessed it) of one: "Mugabe and Tsvangirai signed"
    signers = max((g for g in (context.get("group"), context.get("joint")) if g), key=lambda g: g[0], default=None)
    if signers and 0 < number - signers[0] <= 2 and pact_signed_again(trigger):
        participants.update((m.canonical, m) for m in signers[1])  # "The accord was signed … in the presence of Annan"
        rules.append("sides:pact-antecedent")
    signing = next((m for m in reversed(context.get("found", [])) if m.kind == "signing" and not m.referenced and 0 < number - m.sentence <= 2), None)
    if signing and pact_signed_again(trigger, by_anyone=True):  # "Tsipras and Zaev attended the signing of an agreement" +
        participants.update((m.canonical, m) for m in context["by_sentence"].get(signing.sentence, [])  # "The accord was
                            if m.canonical in signing.participants)  # signed by the two foreign ministers, X and Y"
        rules.append("sides:pact-antecedent")
    following = context.get("next") or []
    if len({m.country for m in following if m.country}) >= 2 and session_only(trigger, participants, sent):
        participants.update((m.canonical, m) for m in following)
        rules.append("sides:next-sentence")
    return subject


def _in_clause_apart(name: Token, pronoun: Token) -> bool:
    """The name is the subject of a relative or subordinate clause that does not hold the pronoun: "The crown prince,
    who has run the kingdom since King Fahd suffered a stroke, was greeted by his host" (his: the prince's)."""
    return any((a.dep_ == "relcl" or (a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children)))
               and not a.left_edge.i <= pronoun.i <= a.right_edge.i for a in [name, *name.ancestors])


def _owner_of_someone_named(token: Token) -> bool:
    """A possessive pronoun of a person the text names beside it: "His foreign minister, María Ángela Holguín, had met
    her Venezuelan counterpart" (the minister met, not the one she serves)."""
    head = token.head
    return token.dep_ == "poss" and head.i != token.i and (head.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children))


def _in_its_relative_clause(token: Token, trigger: Token) -> bool:
    """The token is in a relative clause of the meeting word, which tells of its own sides: "a telephone conversation
    with Mubarak in which the two leaders agreed …" (the two are those of the call)."""
    verb = token.head  # the parse may hang "in which" on the clause's verb instead
    return any(a.dep_ == "relcl" and a.head.i == trigger.i for a in token.ancestors) or any(
        c.dep_ == "prep" and trigger.right_edge.i < c.i <= trigger.right_edge.i + 1 and any(o.lower_ == "which" for o in c.children)
        for c in verb.children)


def _subject_told_after(token: Token, sent, people) -> object | None:
    """The person who is the subject of the main verb, when the pronoun lies in a phrase of that verb told before
    its subject (or that subject's apposition names the person): "During his visit …, Hu Jintao opened …"."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opening = next((a for a in token.ancestors if a.head.i == root.i and a.dep_ in ("prep", "advcl", "npadvmod")), None)
    if opening is None or root.pos_ not in ("VERB", "AUX"):
        return None
    named = {m.token: m for m in people}
    if subject is None:  # the parse ran the subject into the phrase ("…, Xi's predecessor, Hu Jintao, opened"): the last
        before = [m for m in people if token.i < m.token < root.i and root.doc[m.token].dep_ != "poss"]  # person before the verb
        return before[-1] if before else None
    if not opening.right_edge.i < subject.left_edge.i:
        return None
    return next((named[t.i] for t in (*(c for c in subject.children if c.dep_ == "appos"), subject) if t.i in named), None)
