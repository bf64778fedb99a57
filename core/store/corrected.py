"""Corrections applied on top of the annotation (pure pandas): corrected people, meetings, events and entities, and
what became of every correction — in effect, undone, or not applying because its target no longer exists.

People first (a spelling split off a person, one person merged into another, a person's country, a name that is no
person's), then meetings in
the order they were corrected (not a meeting, date, place, participants, an event merged in, a report split off
its event); events whose reports changed are rebuilt from them and keep their ids.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import pandas as pd

from core.knowledge import slug
from core.pipeline.events import event_row, meeting_records, regroup
from core.store.schema import build, conform

PERSON_KINDS = ("split-person", "merge-people", "country", "not-person")
MEETING_KINDS = ("not-meeting", "date", "place", "participants", "merge-events", "split-event")
APPLIES = "applies"
_KEY = re.compile(r"^(?P<article>[^:\s]+):(?P<start>\d+)-(?P<end>\d+)$")


def meeting_key(article_id: str, start: int, end: int) -> str:
    """The key a correction names a meeting by: its article and the character span of its evidence."""
    return f"{article_id}:{int(start)}-{int(end)}"


def parse_key(key: str) -> tuple[str, int, int] | None:
    match = _KEY.match(key.strip()) if isinstance(key, str) else None
    return (match["article"], int(match["start"]), int(match["end"])) if match else None


def person_entity_id(name: str) -> str:
    return f"person:{slug(name)}"


def in_effect(corrections: pd.DataFrame) -> tuple[set[str], dict[str, str]]:
    """The ids of the corrections in effect, and the status of the others and of every undo. Newest first: an undo
    is in effect unless a later undo undid it, so undoing an undo restores the correction."""
    active: set[str] = set()
    status: dict[str, str] = {}
    undone_by: dict[str, str] = {}
    for cid, kind, target in reversed(list(zip(corrections["correction_id"], corrections["kind"], corrections["target"]))):
        if cid in undone_by:
            status[cid] = f"undone by {undone_by[cid]}"
            continue
        active.add(cid)
        if kind == "undo":
            undone_by.setdefault(target, cid)
            status[cid] = f"undoes {target}"
    return active, status


class Corrector:
    """The corrections of one store version and the corrected tables they make of its raw tables.

    `read(name)` gives a raw stored table (meetings, events, entities); `person_mentions(names)` the raw PERSON
    mentions whose canonical name is one of `names` (article_id, start, end, text, canonical, entity_id, …)."""

    def __init__(self, corrections: pd.DataFrame, read: Callable[[str], pd.DataFrame],
                 person_mentions: Callable[[list[str]], pd.DataFrame]) -> None:
        self.rows = conform("corrections", corrections)
        self._read, self._person_mentions = read, person_mentions
        self.active, self._status = in_effect(self.rows)
        self._people: dict | None = None
        self._meetings: tuple[pd.DataFrame, pd.DataFrame] | None = None
        self._events: pd.DataFrame | None = None

    def _active(self, kinds: tuple[str, ...]) -> list[dict]:
        rows = self.rows[self.rows["kind"].isin(kinds) & self.rows["correction_id"].isin(self.active)]
        return [r for r in meeting_records(rows)] if len(rows) else []

    def status(self) -> pd.DataFrame:
        """The corrections table with a `status` column: applies, undone by …, undoes …, replaced by … (a later
        correction set the same value), or does not apply: why."""
        self.meetings()
        return self.rows.assign(status=self.rows["correction_id"].map(lambda c: self._status.get(c, APPLIES)).astype("string"))

    # ---------------------------------------------------------------- people

    def named_by_corrections(self) -> set[str]:
        """The names a participants correction gave that are no country: people the annotation may not know ("Anami
        Koreshige"), whom a country correction can still place."""
        from core.knowledge import country_iso3

        return {v for row in self._active(("participants",)) for v in row["values"] if not country_iso3(v)}

    def people(self) -> dict:
        """The person corrections that apply: spellings split off, merges (name → final name), countries."""
        if self._people is not None:
            return self._people
        entities = self._read("entities")
        persons = entities[entities["type"] == "person"]
        names = set(persons["canonical"].dropna()) | self.named_by_corrections()
        aliases = {n: set(a) for n, a in zip(persons["canonical"], persons["aliases"])}
        ids = dict(zip(persons["canonical"], persons["entity_id"]))
        splits: list[tuple[str, str, str, str]] = []
        renames: dict[str, tuple[str, str]] = {}
        countries: dict[str, tuple[str, str]] = {}
        not_persons: dict[str, str] = {}  # name → the correction that says it names no person
        touched: dict[str, list[str]] = {}

        def final(name: str) -> str:
            seen = set()
            while name in renames and name not in seen:
                seen.add(name)
                name = renames[name][0]
            return name

        for row in self._active(PERSON_KINDS):
            cid, person, values = row["correction_id"], row["target"], row["values"]
            current = final(person)
            if person not in names:
                self._status[cid] = f"does not apply: no person named {person} in the annotation"
            elif row["kind"] == "split-person":
                alias, new = values[0], values[-1]
                if alias not in aliases.get(person, ()):
                    self._status[cid] = f"does not apply: {person} is not written as “{alias}” in the annotation"
                    continue
                splits.append((person, alias, new, cid))
                aliases[person].discard(alias)
                names.add(new)
                aliases.setdefault(new, set()).add(alias)
                touched.setdefault(new, []).append(cid)
                touched.setdefault(person, []).append(cid)
            elif row["kind"] == "merge-people":
                into = final(values[0])
                if values[0] not in names or into == current:
                    self._status[cid] = f"does not apply: no person named {values[0]}" if values[0] not in names else \
                        f"does not apply: {person} is already {into}"
                    continue
                renames[current] = (into, cid)
                touched.setdefault(into, []).append(cid)
            elif row["kind"] == "not-person":
                not_persons[current] = cid
                touched.setdefault(current, []).append(cid)
            else:
                if current in countries:
                    self._replaced(countries[current][1], cid)
                countries[current] = (values[0], cid)
        finals = {name: final(name) for name in renames}
        touched_final: dict[str, set[str]] = {}
        for name, cids in touched.items():
            touched_final.setdefault(final(name), set()).update(cids)
        final_countries = {final(n): v for n, v in countries.items()}
        for name, (_, cid) in final_countries.items():
            touched_final.setdefault(name, set()).add(cid)
        annotated = {n: c for n, c in zip(persons["canonical"], persons["country"]) if isinstance(c, str) and c}
        country_of = {**annotated, **{n: c for n, (c, _) in final_countries.items()}}
        self._people = {"splits": splits, "renames": finals, "rename_ids": {n: c for n, (_, c) in renames.items()},
                        "not_persons": {final(n): c for n, c in not_persons.items()},
                        "countries": final_countries, "ids": ids, "touched": touched_final, "country_of": country_of,
                        "annotated_country_of": annotated}
        return self._people

    def _id_of(self, name: str) -> str:
        return self.people()["ids"].get(name) or person_entity_id(name)

    def mentions(self, mentions: pd.DataFrame) -> pd.DataFrame:
        """PERSON mentions with split spellings, merged people and corrected countries rewritten."""
        plan = self.people()
        if not (plan["splits"] or plan["renames"] or plan["countries"] or plan["not_persons"]) or mentions.empty:
            return mentions
        out = mentions.copy()
        person = _eq(out["label"], "PERSON")
        for name, alias, new, _ in plan["splits"]:
            _set(out, person & _eq(out["canonical"], name) & _eq(out["text"], alias), canonical=new, entity_id=self._id_of(new))
        for name, into in plan["renames"].items():
            _set(out, person & _eq(out["canonical"], name), canonical=into, entity_id=self._id_of(into))
        for name, (country, _) in plan["countries"].items():
            _set(out, person & _eq(out["canonical"], name), country=country)
        for name in plan["not_persons"]:  # highlighted and counted as the organisation or thing it names
            _set(out, person & _eq(out["canonical"], name), label="ORG", entity_id=f"org:{slug(name)}", country=None)
        return out

    def entities(self) -> pd.DataFrame:
        """The entities table with the rows of corrected people rebuilt from their corrected mentions."""
        from core.pipeline.entities import build_entities

        entities, plan = self._read("entities"), self.people()
        if not plan["touched"]:
            return entities
        renames = plan["renames"]
        finals = set(plan["touched"]) | set(renames.values())
        raw_names = sorted(finals | set(renames) | {n for n, *_ in plan["splits"]}
                           | {n for n, into in renames.items() if into in finals})
        rebuilt = conform("entities", build_entities(self.mentions(self._person_mentions(raw_names))))
        rebuilt["corrections"] = rebuilt["canonical"].map(lambda n: sorted(plan["touched"].get(n, ())))
        gone = {self._id_of(n) for n in raw_names} | set(rebuilt["entity_id"])
        kept = entities[~entities["entity_id"].isin(gone)]
        out = pd.concat([kept, rebuilt], ignore_index=True)
        return conform("entities", out.sort_values(["n_mentions", "canonical"], ascending=[False, True]))

    # ---------------------------------------------------------------- meetings

    def meetings(self) -> pd.DataFrame:
        """The corrected meetings (marked in `corrections`); `removed()` holds those marked not a meeting."""
        return self._meeting_tables()[0]

    def removed(self) -> pd.DataFrame:
        """Meeting rows marked not a meeting (as they were before), their `corrections` naming the correction."""
        return self._meeting_tables()[1]

    def _meeting_tables(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        if self._meetings is None:
            self._meetings = self._correct_meetings()
        return self._meetings

    def _correct_meetings(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        raw = self._read("meetings")
        rows = meeting_records(raw)
        before = [dict(r) for r in rows]  # corrections set new values, never change one in place
        self._people_on_meetings(rows)
        removed: list[int] = []
        merged: set[str] = set()  # events an analyst merged: kept together whatever their reports say
        last: dict[tuple[int, str], str] = {}  # (row, kind of value set) -> the correction that set it
        for c in self._active(MEETING_KINDS):
            index = self._find(rows, c["target"], c["target_people"], removed, before)
            if index is None:
                self._status[c["correction_id"]] = f"does not apply: no meeting at {c['target']} in the annotation"
                continue
            row, cid = rows[index], c["correction_id"]
            if c["kind"] in ("date", "place", "participants"):
                if (index, c["kind"]) in last:
                    self._replaced(last[index, c["kind"]], cid)
                last[index, c["kind"]] = cid
            if c["kind"] == "merge-events":
                others = [self._find(rows, key, [], removed, before) for key in c["values"]]
                events = {rows[i]["event_id"] for i in others if i is not None} - {row["event_id"]}
                if not events:
                    self._status[cid] = "does not apply: the event merged in is no longer in the annotation"
                    continue
                for other in rows:
                    if other["event_id"] in events:
                        other["event_id"] = row["event_id"]
                        _mark(other, cid)
                merged.add(row["event_id"])
            elif c["kind"] == "not-meeting":
                removed.append(index)
            elif c["kind"] == "date":
                row["date"], row["date_precision"] = c["values"][0], precision_of(c["values"][0])
            elif c["kind"] == "place":
                row["location"] = c["values"][0]
            elif c["kind"] == "participants":
                row["countries"] = _countries_after(row, c["values"], self.people()["country_of"])
                row["participants"] = sorted(set(c["values"]))
            elif c["kind"] == "split-event":
                row["event_id"] = hashlib.sha1(f"split|{c['target']}|{cid}".encode()).hexdigest()[:12]
            _mark(row, cid)
        regroup(rows, before, set(removed), merged)
        kept = [r for i, r in enumerate(rows) if i not in set(removed)]
        gone = [rows[i] for i in removed]
        return build_frame(kept), build_frame(gone)

    def _replaced(self, earlier: str, later: str) -> None:
        """A value set again by a later correction: the earlier one no longer shows."""
        self._status[earlier] = f"replaced by {later}"

    def _people_on_meetings(self, rows: list[dict]) -> None:
        """Person corrections on every meeting: spellings split off, merged names, and countries, a person's former
        country going from the meeting unless another side or its place still has it."""
        plan = self.people()
        if not (plan["splits"] or plan["renames"] or plan["countries"] or plan["not_persons"]):
            return
        spans = self._split_spans(plan["splits"])
        for row in rows:
            people = list(row["participants"])
            moved = False  # a person now of another country: merged into someone else, or given a country
            for name, alias, new, cid in plan["splits"]:
                written = spans.get((name, row["article_id"]), [])
                inside = {t for s, e, t in written if row["start"] <= s and e <= row["end"]}
                if name in people and inside == {alias}:
                    people = [new if p == name else p for p in people]
                    _mark(row, cid)
            for index, p in enumerate(people):
                if p in plan["renames"]:
                    people[index] = plan["renames"][p]
                    _mark(row, plan["rename_ids"][p])
                    moved = True
            for name, (country, cid) in plan["countries"].items():
                if name in people and (country not in row["countries"] or plan["annotated_country_of"].get(name) != country):
                    moved = True
                    _mark(row, cid)
            for name, cid in plan["not_persons"].items():
                if name in people:  # no side of the meeting: the meeting keeps its other sides
                    people.remove(name)
                    moved = True
                    _mark(row, cid)
            if moved:
                row["countries"] = _countries_after(row, people, plan["country_of"], was=plan["annotated_country_of"])
            row["participants"] = sorted(set(people))

    def _split_spans(self, splits: list[tuple]) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
        if not splits:
            return {}
        found = self._person_mentions(sorted({name for name, *_ in splits}))
        spans: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
        for aid, start, end, text, name in zip(found["article_id"], found["start"], found["end"], found["text"], found["canonical"]):
            spans.setdefault((str(name), str(aid)), []).append((int(start), int(end), str(text)))
        return spans

    def _find(self, rows: list[dict], key: str, people: list[str], removed: list[int], annotated: list[dict]) -> int | None:
        """The row a meeting key names: the same evidence span, else one overlapping it in the same article (sentence
        boundaries moved); among several, the one sharing most participants with those it had — as the annotation
        wrote them (`annotated` rows), which later person corrections leave alone, or as they read once corrected."""
        parsed = parse_key(key)
        if parsed is None:
            return None
        article, start, end = parsed
        renames = self.people()["renames"]
        given = set(people)
        wanted = {renames.get(p, p) for p in people}
        same = [i for i, r in enumerate(rows) if r["article_id"] == article and i not in removed]
        exact = [i for i in same if (rows[i]["start"], rows[i]["end"]) == (start, end)]
        near = exact or [i for i in same if rows[i]["start"] < end and start < rows[i]["end"]]
        if not near:
            return None

        def score(i: int) -> tuple:
            written = _overlap(set(annotated[i]["participants"]), given)
            return max(written, _overlap(set(rows[i]["participants"]), wanted)), written, -i

        return max(near, key=score)

    # ---------------------------------------------------------------- events

    def events(self) -> pd.DataFrame:
        """The events table with every event whose reports changed rebuilt from them (same id); an event left
        without reports is gone, a report split off is an event of its own."""
        if self._events is not None:
            return self._events
        meetings, removed, events = self.meetings(), self.removed(), self._read("events")
        touched = meetings[meetings["corrections"].map(len) > 0]
        changed = set(touched["event_id"].dropna()) | set(removed["event_id"].dropna())
        original = dict(zip(self._read("meetings")["meeting_id"], self._read("meetings")["event_id"]))
        changed |= {original.get(m) for m in touched["meeting_id"]} - {None}
        moved = meetings["event_id"] != meetings["meeting_id"].map(original)  # regrouped reports, touched or not
        changed |= set(meetings.loc[moved, "event_id"].dropna()) | {original.get(m) for m in meetings.loc[moved, "meeting_id"]} - {None}
        rebuilt = []
        lost = removed.groupby("event_id")["corrections"].agg(lambda c: sorted({x for ids in c for x in ids})).to_dict()
        for event_id, group in meetings[meetings["event_id"].isin(changed)].groupby("event_id", sort=False):
            row = event_row(event_id, meeting_records(group))
            row["corrections"] = sorted(set(row["corrections"]) | set(lost.get(event_id, [])))
            rebuilt.append(row)
        fresh = build("events", rebuilt)
        kept = events[~events["event_id"].isin(changed)]
        self._events = conform("events", pd.concat([kept, fresh], ignore_index=True))
        return self._events

    def original_event(self, meeting_id: str) -> str | None:
        """The event a meeting belonged to in the annotation, before corrections."""
        raw = self._read("meetings")
        found = raw.loc[raw["meeting_id"] == meeting_id, "event_id"]
        return found.iloc[0] if len(found) else None


def precision_of(iso: str) -> str:
    return {4: "year", 7: "month"}.get(len(iso), "day")


def build_frame(rows: list[dict]) -> pd.DataFrame:
    return conform("meetings", pd.DataFrame(rows, columns=list(rows[0]) if rows else None))


def _countries_after(row: dict, people: list[str], country_of: dict[str, str], was: dict[str, str] | None = None) -> list[str]:
    """A meeting's countries once its participants are `people` (`country_of` their countries, `was` those of its
    participants before, when a correction changed them): those of people no longer in it go (unless another
    participant, a country side or the place has them), those of new participants come."""
    before = {(was or country_of).get(p) for p in row["participants"]} - {None}
    after = {country_of[p] for p in people if p in country_of}
    gone = before - after - {row["location"]} - set(people)
    return sorted((set(row["countries"]) - gone) | after)


def _mark(row: dict, cid: str) -> None:
    if cid not in row["corrections"]:
        row["corrections"] = [*row["corrections"], cid]


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _eq(series: pd.Series, value: str):
    return series.eq(value).to_numpy(dtype=bool, na_value=False)


def _set(frame: pd.DataFrame, mask, **values) -> None:
    """Set columns on the masked rows (categorical columns learn the new value first)."""
    if not mask.any():
        return
    for column, value in values.items():
        series = frame[column]
        if isinstance(series.dtype, pd.CategoricalDtype) and value not in series.cat.categories:
            frame[column] = series.cat.add_categories([value])
        frame.loc[mask, column] = value
