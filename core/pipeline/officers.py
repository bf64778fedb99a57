"""Principals below a leader: a country side is its minister when the article names that minister.

"Ministers from the United States, the European Union and Brazil met" in an article that names one minister of each
side (Rob Portman, Peter Mandelson, Celso Amorim) is a meeting of those ministers; "the Pentagon chief sat down with
Indonesia's defence minister" is the defence minister of the United States the article names. A country side stays
the country when the article names none or several of its ministers of the wanted rank.
"""
from __future__ import annotations

import re

from core.knowledge import Knowledge, cabinet_roles, country_display_name, cues, fold, leader_roles


def named_officers(people: list, kb: Knowledge, day: str | None) -> dict[str, list[tuple[str, str]]]:
    """Country (display name) → [(canonical, office)] of the people the article names who held an office below a
    leader's on `day` (any time when it is unknown)."""
    leaders = leader_roles()
    found: dict[str, list[tuple[str, str]]] = {}
    for mention in people:
        if mention.rule.startswith("role-") or not mention.person_id:
            continue
        offices = kb.offices_on(mention.person_id, (day or "")[:10])
        if any(r.role in leaders for r in offices):
            continue  # a leader is no minister, whatever else they hold
        for role in offices:
            entry = (mention.canonical, role.role)
            bucket = found.setdefault(country_display_name(role.country), [])
            if entry not in bucket:
                bucket.append(entry)
    return found


def officers_for_countries(meeting, officers: dict, ranks: set[str], *, at_least: int = 1) -> bool:
    """Each country or organisation side of the meeting becomes the one person of it holding one of `ranks`
    ("minister": any minister's office, offices.csv `cabinet`) the article names, when `at_least` sides find theirs ("UK ministers
    are to travel to India": many ministers of one side, not the one the article names); True when sides changed."""
    chosen = {}
    for index, side in enumerate(meeting.participants):
        holders = {name for name, role in officers.get(side, []) if name not in meeting.participants
                   and role in cabinet_roles() and (role in ranks or "minister" in ranks)}
        if len(holders) == 1:
            chosen[index] = holders.pop()
    if len(chosen) < at_least:
        return False
    for index, name in chosen.items():
        meeting.participants[index] = name
    meeting.participants = sorted(set(meeting.participants))
    meeting.host = None
    meeting.rules.append("side:named-officer")
    return True


def ministers_of_countries(meeting, officers: dict, kb: Knowledge) -> bool:
    """Whether the evidence speaks of the sides' ministers in the plural ("the foreign ministers of the United States,
    Australia and Japan met"); if so, the country sides become the ministers the article names (at least two of them),
    even when the next sentences tell the meeting again by those persons."""
    ranks = ranks_in_plural(meeting.evidence, kb, leaders=False) - leader_roles() - {"leader"}
    if ranks and officers:
        officers_for_countries(meeting, officers, ministers_in_plural(meeting.evidence, ranks), at_least=2)
    return bool(ranks)


def ministers_in_plural(text: str, ranks: set[str]) -> set[str]:
    """The offices below a leader's that plural words of the evidence name (`ranks`), any minister only for the word
    "ministers" itself: "the diplomats of Australia and Portugal" may be anyone of their foreign services."""
    return ranks if re.search(r"\bministers\b", text, re.IGNORECASE) else ranks - {"minister"}


def ranks_in_plural(text: str, kb: Knowledge, *, leaders: bool = True) -> set[str]:
    """The leaders' offices the evidence names in the plural ("the Russian and Bulgarian heads of state", "the two
    premiers"): the rank of the country sides it speaks of, whoever else it names by a title in the singular; with
    `leaders` false, any office ("ministers from the United States, Brazil and India met")."""
    words = re.findall(r"[a-z]+", fold(text))
    found, covered = set(), -1  # the longest office first: "prime ministers" is no "ministers"
    for i in range(len(words)):
        for n in (3, 2, 1):
            phrase = words[i:i + n]
            role = kb.role_terms.get(" ".join(w[:-1] if w.endswith("s") else w for w in phrase)) if len(phrase) == n else None
            if role and i > covered and any(w.endswith("s") for w in phrase) and (role in leader_roles() or not leaders):
                found.add(role)
            if role:
                covered = max(covered, i + n - 1)
                break
    return found


def teams_in_plural(text: str) -> bool:
    """The evidence speaks of delegations in the plural (`delegation` cues: "teams", "delegations", "officials"; not
    "leaders" or "sides", which may be the leaders)."""
    teams = cues().get("delegation", frozenset()) - {"leader", "head", "side", "counterpart", "government", "minister"}
    return any(w.endswith("s") and w[:-1] in teams for w in re.findall(r"[a-z]+", text.lower()))


def office_of_another(sent, participants: dict, kb: Knowledge) -> bool:
    """Someone of no known country whom the sentence titles with an office ("Foreign Minister Ratu Inoke Kubuabola")
    that another participant holds for their country on the article's date (Julie Bishop, Australia's foreign
    minister) is of another country: a country has one holder of such an office at a time."""
    from core.pipeline.people import stopword_section
    from core.pipeline.roles import title_word

    doc = sent.doc
    day = (doc.user_data.get("published") or "")[:10]
    held = {r.role for m in participants.values() if m.person_id for r in kb.offices_on(m.person_id, day)}
    honorifics = stopword_section("honorifics")
    for mention in participants.values():
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if not (mention.person_id or mention.country) else None
        if span is None:
            continue
        start = span.start
        while start > sent.start and fold(doc[start - 1].text).rstrip(".") in honorifics:
            start -= 1  # "Foreign Minister Ratu Inoke Kubuabola": the office before the form of address
        titled = title_word(doc, start, kb)
        if titled is not None and titled[1] in held:
            return True
    return False
