"""Which full name of the article a short form stands for ("Meshaal" for "Khaled Meshaal", "Fernández" for "Cristina
Fernández de Kirchner"): by its surname, its first name, any of its words or a close spelling, and of several, the
office-holder, the one named most often or the nearest."""
from __future__ import annotations

from core.knowledge import Knowledge, fold, leader_roles


def close_spelling(surname: str, written: str) -> bool:
    """A surname written with one letter wrong, missing, extra or swapped ("Umanna" for "Umunna"), in a name long enough
    for that to be a slip rather than another name (folded forms)."""
    from rapidfuzz.distance import DamerauLevenshtein

    return min(len(surname), len(written)) >= 5 and surname[:1] == written[:1] and DamerauLevenshtein.distance(surname, written) == 1


def full_names_for(key: str, named: list) -> list:
    """The full names (canonical, person id, country, token, as written) a folded short name stands for, by the first
    rule that finds any: its surname ("Meshaal" for "Khaled Meshaal"), its first name, any one of its words or of the
    words the text wrote it with after the first ("Sissi" for "Abdel Fattah el-Sisi" written "… el-Sissi"), its last
    words, a close spelling of its surname ("Mr Umanna" for "Chuka Umunna")."""
    for candidates in (
        [f for f in named if key in (fold(f[0].split()[-1]), fold(f[4].split()[-1])) or key in _before_particle(f[0])],
        [f for f in named if key in (fold(f[0].split()[0]), fold(f[4].split()[0]))],  # "Tuilaepa" for "Tuilaepa Aiono …"
        [f for f in named if key in fold(f[0]).split() or key in fold(f[4]).split()[1:]],  # "Sissi" for "… el-Sissi"
        [f for f in named if fold(f[0]).endswith(" " + key) or fold(f[4]).endswith(" " + key)],  # "Mr. de Rato"
        [f for f in named if close_spelling(fold(f[0].split()[-1]), key)],
    ):
        if candidates:
            return candidates
    return []


def _before_particle(name: str) -> set[str]:
    """The folded words of a name that stand before a particle, family names too ("Cristina Fernández de Kirchner":
    fernandez)."""
    from core.pipeline.people import name_particles

    words = fold(name).split()
    return {w for w, after in zip(words[1:], words[2:]) if after in name_particles()}


def choose_full_name(candidates, full, span, kb: Knowledge, published):
    """The full name a short form stands for. When the article names two people it fits ("Michelle Obama" and
    "Barack Obama"), prefer the one in office on the publication date (of several, the one who leads a country:
    "Singh" beside Manmohan Singh and his foreign minister Natwar Singh), else the one named most often, else the
    nearest before; the rule says which."""
    nearest = max(candidates, key=lambda f: f[3] if f[3] < span.start else -f[3])
    names = list(dict.fromkeys(f[0] for f in candidates))
    if len(names) == 1:
        return nearest, "short-form"
    first = {f[0]: f for f in sorted(candidates, key=lambda f: -f[3])}
    in_office = [n for n in names if _in_office(kb, first[n][1], published)]
    leading = [n for n in in_office if any(r.role in leader_roles() for r in kb.offices_on(first[n][1], (published or "")[:10]))]
    if len(in_office) == 1 or len(leading) == 1:  # "Singh" beside Manmohan and Natwar Singh: the prime minister
        return first[(in_office if len(in_office) == 1 else leading)[0]], "short-form-office"
    counts = {n: sum(1 for f in full if f[0] == n) for n in names}
    top = max(counts.values())
    most = [n for n in names if counts[n] == top]
    if len(most) == 1:
        return first[most[0]], "short-form-frequent"
    return nearest, "short-form-nearest"


def _in_office(kb: Knowledge, person_id: str | None, published: str | None) -> bool:
    if not person_id or not published:
        return False
    day = published[:10]
    return kb.in_office(person_id, day)
