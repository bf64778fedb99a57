"""Vocabularies the pipeline and the dashboard read: organisations that meet as a side, the sector list, cue words
by kind, leader offices and the languages news arrives in. All of it is data in core/data."""
from __future__ import annotations

from functools import lru_cache

from core.knowledge.files import fold, knowledge_cache, knowledge_rows, knowledge_sources, knowledge_text


@knowledge_cache(maxsize=1)
def organisations() -> dict[str, str]:
    """International organisations that meet as a side: folded name or alias → canonical name (organisations.csv)."""
    found: dict[str, str] = {}
    for row in knowledge_rows("organisations.csv"):
        for name in [row.get("canonical", ""), row.get("code", ""), *row.get("aliases", "").split("|")]:
            if name.strip() and row.get("canonical"):
                found.setdefault(fold(name), row["canonical"])
    return found


@knowledge_cache(maxsize=1)
def organisation_codes() -> dict[str, str]:
    """Code → canonical name of the organisations that meet as a side ("AU" → "African Union")."""
    return {row["code"]: row["canonical"] for row in knowledge_rows("organisations.csv") if row.get("code")}


@knowledge_cache(maxsize=1)
def organisation_homes() -> dict[str, str]:
    """Code → the country a movement, armed group or mediator belongs to (organisations.csv `home`: "HAMAS" →
    "PSE"); international bodies have none."""
    return {row["code"]: row["home"] for row in knowledge_rows("organisations.csv") if row.get("code") and row.get("home")}


def organisation_home(name: str) -> str | None:
    """The country of the movement a name or alias stands for ("the LTTE" → "LKA"); None for an international body
    or a name of no organisation."""
    code = organisation_code(name)
    return organisation_homes().get(code) if code else None


def organisation_code(name: str) -> str | None:
    """The code of the organisation a name or alias stands for ("International Monetary Fund" → "IMF"), else None."""
    canonical = organisations().get(fold(name))
    return next((code for code, known in organisation_codes().items() if known == canonical), None) if canonical else None


@knowledge_cache(maxsize=1)
def formats() -> dict[str, tuple[str, ...]]:
    """Negotiating formats whose meetings are of their member countries (formats.csv): the words before a meeting
    noun, lowercased with spaces and hyphens left out ("sixparty"), → the members' ISO3 codes."""
    found: dict[str, tuple[str, ...]] = {}
    for row in knowledge_rows("formats.csv"):
        members = tuple(code.strip() for code in row.get("members", "").split("|") if code.strip())
        for name in [row.get("name", ""), *row.get("aliases", "").split("|")]:
            key = format_key(name)
            if key and members:
                found.setdefault(key, members)
    return found


def format_key(words: str) -> str:
    """How a format's name is compared: lowercase letters, digits and "+" only ("Six-Party" → "sixparty")."""
    return "".join(ch for ch in fold(words) if ch.isalnum() or ch == "+")


def sector_ids() -> tuple[str, ...]:
    """Sector ids in the order sectors.csv first names them (built-in rows, then any user knowledge folder);
    `context` rows (words such as "cooperation" that make a bare noun a sector) name no sector."""
    files = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in knowledge_sources("sectors.csv"))
    return _sector_ids(files)


@lru_cache(maxsize=4)
def _sector_ids(files: tuple) -> tuple[str, ...]:
    """Read once per version of the files (`files`: their paths, modification times and sizes)."""
    rows = knowledge_rows("sectors.csv")
    return tuple(dict.fromkeys(r["sector"] for r in rows if r.get("sector") and r.get("trigger") and r.get("use") not in ("context", "not")))


@knowledge_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind (reporting, future, background, delegation, …) from meeting_cues.csv."""
    found: dict[str, set[str]] = {}
    for row in knowledge_rows("meeting_cues.csv"):
        found.setdefault(row["kind"], set()).add(row["cue"])
    return {k: frozenset(v) for k, v in found.items()}


@knowledge_cache(maxsize=1)
def leader_roles() -> frozenset[str]:
    """The offices of roles.csv that lead a country (offices.csv `leader` = 1): head of state, head of government."""
    return frozenset(r["role"] for r in knowledge_rows("offices.csv") if r.get("leader") == "1")


@knowledge_cache(maxsize=1)
def private_roles() -> frozenset[str]:
    """The offices of roles.csv held outside any state (offices.csv `private` = 1): a company's chief executive, whose
    trips and deals are no meeting of countries."""
    return frozenset(r["role"] for r in knowledge_rows("offices.csv") if r.get("private") == "1")


@knowledge_cache(maxsize=1)
def cabinet_roles() -> frozenset[str]:
    """The offices of roles.csv held by a government's ministers (offices.csv `cabinet` = 1): "ministers from the
    United States and Brazil" are holders of these."""
    return frozenset(r["role"] for r in knowledge_rows("offices.csv") if r.get("cabinet") == "1")


@knowledge_cache(maxsize=1)
def counterpart_offices() -> dict[str, str]:
    """Office → the office its holder's counterparts abroad hold, where that is another one (offices.csv
    `counterpart`: the US Trade Representative's counterparts are trade ministers)."""
    return {r["role"]: r["counterpart"] for r in knowledge_rows("offices.csv") if r.get("counterpart")}


@knowledge_cache(maxsize=1)
def holidays() -> dict[str, tuple[int, int] | int]:
    """Holiday name (lower-case, apostrophes dropped) → its (month, day), or its days from Easter Sunday
    (holidays.csv). A row with neither a valid day nor an offset is left out."""
    out: dict[str, tuple[int, int] | int] = {}
    for r in knowledge_rows("holidays.csv"):
        name = " ".join(r.get("holiday", "").lower().replace("'", "").split())
        month, day, offset = r.get("month", ""), r.get("day", ""), r.get("easter_offset", "")
        if name and month.isdigit() and day.isdigit() and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            out[name] = (int(month), int(day))
        elif name and offset.lstrip("-").isdigit():
            out[name] = int(offset)
    return out


@knowledge_cache(maxsize=1)
def seasons() -> dict[str, tuple[int, int]]:
    """Season word → its first and last month (seasons.csv); winter's last month comes before its first. A row
    whose months are not numbers 1 to 12 is left out."""
    months = {str(n): n for n in range(1, 13)}
    return {r["season"].lower(): (months[r.get("first_month", "")], months[r.get("last_month", "")])
            for r in knowledge_rows("seasons.csv")
            if r.get("season") and r.get("first_month") in months and r.get("last_month") in months}


@knowledge_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the languages news arrives in (languages.txt), the ones the language identifier chooses from."""
    return tuple(dict.fromkeys(_listed("languages.txt")))


@knowledge_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Words common in English and rare in other languages written in Latin letters (english_words.txt)."""
    return frozenset(word.lower() for word in _listed("english_words.txt"))


def _listed(name: str) -> list[str]:
    """The items of a one-item-a-line knowledge file, without its # comments and blank lines, in order."""
    lines = (line.split("#")[0].strip() for line in knowledge_text(name).splitlines())
    return [line for line in lines if line]
