"""The kinds of correction an analyst can make, as the command line and the pages offer them (no pandas: the CLI
builds its help from them at every start)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    target: str  # "meeting", "person" or "correction"
    label: str  # in words, for menus
    values: str  # what VALUE… is, for help texts ("" when it takes none)


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("not-meeting", "meeting", "Not a meeting", ""),
    Kind("date", "meeting", "Fix the date", "the date: YYYY-MM-DD, YYYY-MM or YYYY"),
    Kind("place", "meeting", "Fix the place", "the place (city or country)"),
    Kind("participants", "meeting", "Fix the participants", "every participant's name"),
    Kind("split-event", "meeting", "Separate this report into its own event", ""),
    Kind("merge-events", "meeting", "Merge with another event", "a meeting_id or event_id of the other event"),
    Kind("merge-people", "person", "Merge into another person", "the person they are"),
    Kind("split-person", "person", "Split a spelling off as another person", "the spelling, then the other person's name"),
    Kind("country", "person", "Set the country", "the country"),
    Kind("not-person", "person", "Not a person (a company, a place, a thing)", ""),
    Kind("undo", "correction", "Undo", ""),
)}
