"""Whom "she" stands for: the gender the packaged first-name list (gender-guesser) gives a person's first name, when
it gives one plainly; most names it leaves open."""
from __future__ import annotations

from core.knowledge import cached_json, fold, knowledge_cache

FEMININE = frozenset({"she", "her", "hers", "herself"})


@knowledge_cache(maxsize=1)
def _genders() -> dict[str, str]:
    """Folded first name -> "female" or "male", for the names gender-guesser places on one side only."""
    from importlib.metadata import version

    def build() -> dict[str, str]:
        import gender_guesser.detector as detector

        out: dict[str, str] = {}
        for name, genders in detector.Detector().names.items():
            sides = {g.replace("mostly_", "") for g in genders}
            if len(sides) == 1 and sides <= {"female", "male"}:
                out[fold(name)] = sides.pop()
        return out

    return cached_json("first-name-genders", f"{version('gender-guesser')}|1", build, dict)


def gender(canonical: str) -> str | None:
    """ "female", "male" or None (unknown or either) for a person's name, by its first word."""
    words = canonical.split()
    return _genders().get(fold(words[0])) if words else None


def closer_fit(pronoun: str, antecedent, earlier: list):
    """The person a pronoun stands for, given the one the sentence structure offers and the people named before it
    (latest last): that one, unless the pronoun is "she" or "her", they are not known to be female and a woman was
    named just before ("Obasanjo hosted a dinner in her honour." + "She has already been to Ghana": not Obasanjo). The
    first-name list places too few names from outside Europe and the Americas to turn "he" away from anyone."""
    if pronoun.lower() not in FEMININE or antecedent is None or gender(antecedent.canonical) == "female":
        return antecedent
    women = [m for m in reversed(earlier) if gender(m.canonical) == "female"]
    return women[0] if women else antecedent
