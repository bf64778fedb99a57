"""Names written with initials for their given names ("G P Koirala", "G.P. Koirala") and the full names they stand for."""
from __future__ import annotations

import re
from collections.abc import Callable
from types import SimpleNamespace

from core.knowledge import Knowledge, fold


_INITIAL = re.compile(r"^[A-Z]\.?$")


def initials_of(name: str) -> tuple[str, ...] | None:
    """The given-name initials of a name written with initials only ("G P Koirala", "G.P. Koirala"), else None."""
    parts = name.replace(".", ". ").split()
    given, surname = parts[:-1], parts[-1:] if parts else []
    if not given or not surname or not all(_INITIAL.match(p) for p in given):
        return None
    return tuple(p[0] for p in given)


def expand_initials(name: str, candidates) -> list:
    """The candidates (objects with a `canonical` name) whose full name the initials stand for: same surname, given
    names starting with the same letters in order ("G P Koirala" → "Girija Prasad Koirala")."""
    initials = initials_of(name)
    if initials is None:
        return []
    surname = fold(name.split()[-1])
    out = []
    for candidate in candidates:
        parts = candidate.canonical.split()
        if len(parts) - 1 == len(initials) and fold(parts[-1]) == surname and all(
                fold(p)[:1] == fold(i) for p, i in zip(parts[:-1], initials)) and initials_of(candidate.canonical) is None:
            out.append(candidate)
    return out


def by_initials(name: str, kb: Knowledge, written: Callable[[], list[str]]):
    """The one person a name written with initials stands for ("G P Koirala"): a full name the article gives (of the
    names `written()` returns), else the knowledge base."""
    if initials_of(name) is None:
        return None
    in_text = {c.canonical for c in expand_initials(name, [SimpleNamespace(canonical=w) for w in written()])}
    if len(in_text) == 1:
        full = in_text.pop()
        return kb.person(full) or SimpleNamespace(canonical=full, person_id=None, country=None)
    known = expand_initials(name, kb.by_surname.get(fold(name.split()[-1]), []))
    return known[0] if len(known) == 1 else None


_INITIALS = re.compile(r"\b([A-Z])\.(?=[A-Z]\.)")


def spaced_initials(name: str) -> str:
    """Initials written the way reference works write them: "T.K. Wetherell" → "T. K. Wetherell", "B G Verghese" →
    "B. G. Verghese", "L.K Advani" → "L. K. Advani", "John T.K. Example" → "John T. K. Example"."""
    initials = initials_of(name)
    if initials is not None and (len(initials) >= 2 or "." in name):  # "U Nu": the honorific, no initial
        return " ".join([f"{c}." for c in initials] + name.split()[-1:])
    return _INITIALS.sub(r"\1. ", name)
