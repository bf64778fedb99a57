"""Timeline lanes (pure): which lane an event belongs to, in which order lanes are drawn, and which are drawn first.

A lane is either a country pair or a person pair, never a mix: in country lanes a person counts as their country and
an organisation meeting as a side (ASEAN, the G8) as itself; in people lanes only people count. An event whose other
side is not known says so in its lane's name, so that no lane is one country or one person without explanation; an
organisation alone is its members meeting each other ("OPEC – its members")."""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import pandas as pd

from core.views.view import PAIR_SEP

OTHER_COUNTRY = "other side's country unknown"
MEMBERS = "its members"  # an organisation's members meeting each other ("OPEC held an emergency meeting")
NO_COUNTRY = "countries unknown (no side's country named)"
OTHER_PERSON = "no one named"  # the other side: a country or an organisation
NO_PERSON = "no one named on either side"

Sides = Mapping[str, tuple[str, str | None]]  # canonical name → (entity type, country)


def country_lane(participants: Sequence[str], countries: Sequence[str], sides: Sides) -> str:
    """“China – Russia”: the event's countries, organisations meeting as sides, and, when that leaves fewer than two
    sides, the countries of the people who met."""
    found = list(dict.fromkeys(c for c in countries if c))
    found += [p for p in participants if sides.get(p, ("", None))[0] == "organisation" and p not in found]
    if len(found) < 2:
        homes = (sides.get(p, ("", None)) for p in participants)
        found += [home for kind, home in homes if kind == "person" and home and home not in found]
        found = list(dict.fromkeys(found))
    if len(found) >= 2:
        return PAIR_SEP.join(sorted(found))
    alone = found and list(participants) == found and sides.get(found[0], ("", None))[0] == "organisation"
    return f"{found[0]}{PAIR_SEP}{MEMBERS if alone else OTHER_COUNTRY}" if found else NO_COUNTRY


def person_lane(participants: Sequence[str], sides: Sides) -> str:
    """“Hu Jintao – Junichiro Koizumi”: the people who met (countries and organisations meeting as sides left out)."""
    people = sorted({p for p in participants if sides.get(p, ("", None))[0] == "person"})
    if len(people) >= 2:
        return PAIR_SEP.join(people)
    return f"{people[0]}{PAIR_SEP}{OTHER_PERSON}" if people else NO_PERSON


def order(events: pd.DataFrame) -> list[str]:
    """Lanes as drawn from the top: most events first, then the most recent; the lanes of events with no pair to
    show (NO_PERSON, NO_COUNTRY) come last, however busy, since they are no one's relation."""
    if events.empty:
        return []
    stats = events.groupby("lane").agg(n=("event_id", "size"), last=("x", "max"))
    stats["pairless"] = stats.index.isin([NO_PERSON, NO_COUNTRY])
    return stats.sort_values(["pairless", "n", "last"], ascending=[True, False, False]).index.tolist()


def choose(events: pd.DataFrame, *, limit: int, keep: Iterable[str] = (), everything: pd.DataFrame | None = None
           ) -> tuple[list[str], list[str]]:
    """(lanes drawn, lanes left for “show all”), both in drawing order: half of `limit` are the busiest lanes, the rest
    the lanes of the most recent events, so that both the busiest and the latest events are in view; the lanes of
    the events in `keep` (a selected one, looked up in `everything` when `events` are only those in view) are always
    drawn."""
    ranked = order(events)
    kept = list((events if everything is None else everything).loc[lambda e: e["event_id"].isin(list(keep)), "lane"])
    outside = [lane for lane in dict.fromkeys(kept) if lane not in ranked]  # a selected event outside the view
    if len(ranked) <= limit:
        return ranked + outside, []
    chosen = ranked[: limit // 2]
    recent = events.sort_values("x", ascending=False)["lane"].drop_duplicates()
    chosen += [lane for lane in recent if lane not in chosen][: limit - len(chosen)]
    drawn = set(chosen + kept)
    return [lane for lane in ranked if lane in drawn] + outside, [lane for lane in ranked if lane not in drawn]


def hidden_note(events: pd.DataFrame, hidden: Sequence[str]) -> str:
    """In words, what the lanes not drawn hold: “15 more lanes with 17 events, 2005–2013”."""
    rest = events[events["lane"].isin(list(hidden))]
    if rest.empty:
        return ""
    first, last = rest["x"].min().year, rest["x"].max().year
    span = str(first) if first == last else f"{first}–{last}"
    return f"{len(hidden):,} more lane{'s' if len(hidden) != 1 else ''} ({len(rest):,} event{'s' if len(rest) != 1 else ''}, {span})"


PERIOD_SHARE = 0.1  # the share of events at each end of the timeline that may lie outside its main period


def main_period(dates: pd.Series, *, share: float = PERIOD_SHARE) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The period the events cluster in, when a few lie far from it (a 1955 conference recalled in news of 2024 would
    squash every recent event into one column): from the date at `share` of the way to the one at 1 - `share`,
    widened to every date within that period's own length of it (at least 30 days). None when no date lies that far
    out, or there are too few to tell."""
    known = pd.to_datetime(dates, errors="coerce").dropna().sort_values()
    if len(known) < 5:
        return None
    k = max(1, int(len(known) * share))
    low, high = known.iloc[k], known.iloc[-1 - k]
    reach = max(high - low, pd.Timedelta(days=30))
    inside = known[(known >= low - reach) & (known <= high + reach)]
    if len(inside) == len(known):
        return None
    return inside.iloc[0], inside.iloc[-1]


def outside_note(dates: pd.Series, period: tuple[pd.Timestamp, pd.Timestamp]) -> str:
    """In words, the events outside the period drawn: “2 events outside this period (1955, 1972)”."""
    known = pd.to_datetime(dates, errors="coerce").dropna()
    out = known[(known < period[0]) | (known > period[1])]
    if out.empty:
        return ""
    years = sorted({d.year for d in out})
    shown = ", ".join(map(str, years[:4])) + (f" … {years[-1]}" if len(years) > 5 else f", {years[4]}" if len(years) == 5 else "")
    return f"{len(out):,} event{'s' if len(out) != 1 else ''} outside this period ({shown})"
