"""One person, one name and one country within an article: the forms an article writes a person's name in are one
person, and a country the article gives the person once holds for every mention."""
from __future__ import annotations

import re

from core.knowledge import fold

_NICKNAME = re.compile(r"\(([^\W\d_]+)\)\s+(?:\S+\s+)*(\S+)$")  # "Charles (Chuck) Kroll"


def one_name_per_person(mentions: list) -> None:
    """Within an article, names with the same first and last word are one person written more or less fully ("Thomas
    Siebel" and "Thomas M. Siebel", "Laura Jones" and "Laura E. Jones"): the knowledge base's name when exactly one of
    them is known to it, else the one written without middle names, as reference works title most people; and a
    name cut short after its first words is the one it starts."""
    groups: dict[tuple[str, str], dict[str, str | None]] = {}
    for m in mentions:
        parts = m.canonical.split()
        if len(parts) >= 2:
            groups.setdefault((fold(parts[0]), fold(parts[-1])), {})[m.canonical] = m.person_id
    for names in groups.values():
        if len(names) < 2:
            continue
        known = [n for n, person_id in names.items() if person_id]
        plain = [n for n in names if len(n.split()) == 2]
        target = known[0] if len(known) == 1 else None if known else plain[0] if len(plain) == 1 else None
        if target is None:
            continue
        for m in mentions:
            if m.canonical in names and m.canonical != target and not m.person_id:
                m.canonical, m.person_id = target, names[target]
    _name_cut_short(mentions)
    _nicknamed(mentions)


def _name_cut_short(mentions: list) -> None:
    """A name of two words or more that is the start of exactly one longer name of the article is that person with
    the surname cut off ("Sarah Jessica" after "Sarah Jessica Parker", "José Luis" after "José Luis Rodríguez
    Zapatero")."""
    longer = {m.canonical: m.person_id for m in mentions if len(m.canonical.split()) >= 3}
    for m in mentions:
        words = fold(m.canonical).split()
        if len(words) < 2 or m.person_id:
            continue
        starts = [name for name in longer if fold(name).split()[:len(words)] == words and len(name.split()) > len(words)]
        if len(starts) == 1:
            m.canonical, m.person_id = starts[0], longer[starts[0]]


def _nicknamed(mentions: list) -> None:
    """A name written with a nickname in brackets ("Charles (Chuck) Kroll") is the person the nickname and surname
    name elsewhere in the article ("Chuck Kroll")."""
    written = {}
    for m in mentions:
        if match := _NICKNAME.search(m.text):
            written[(fold(match[1]), fold(match[2]))] = m
    for m in mentions:
        parts = m.canonical.split()
        full = written.get((fold(parts[0]), fold(parts[-1]))) if len(parts) >= 2 and not m.person_id else None
        if full is not None:
            m.canonical, m.person_id = full.canonical, full.person_id


def share_countries(mentions: list) -> None:
    """A person's country given once in the article ("Ramos Horta, East Timor's Prime Minister") holds for all
    their mentions in it."""
    known: dict[str, str] = {}
    for m in mentions:
        if m.country:
            known.setdefault(m.canonical, m.country)
    for m in mentions:
        if not m.country and m.canonical in known:
            m.country = known[m.canonical]
