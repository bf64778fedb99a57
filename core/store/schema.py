"""Declared columns of every output table: name, type and meaning (the contract exports and README rely on).

Missing values have one typed form per column type, whatever step produced the row:

| type | missing value in pandas | in Parquet / JSON Lines / CSV |
| --- | --- | --- |
| string | `pd.NA` (pandas "string" dtype) | null / null / empty cell |
| float64 | `NaN` | null / null / empty cell |
| list<…> | never missing: an empty list | [] / [] / "[]" |
| bool, int64 | never missing: the column's declared default (False, 0) | |

Every table is built by `build` (rows → typed frame; a row without a declared column is an error) or passed through
`conform` (a stored or combined frame → typed frame); code reading single values uses `value()` to get None.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.store.frames import build, conform, conformed, empty_frame, value  # noqa: F401


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "string", "bool", "int64", "float64", "list<string>", "list<int64>"
    meaning: str


TABLES: dict[str, list[Column]] = {
    "articles": [
        Column("article_id", "string", "Stable id: hash of the cleaned text."),
        Column("source_id", "string", "The id the input gave the article (JSON/CSV `id`), if any."),
        Column("path", "string", "Input file, relative to the ingested folder (with `#line`/`#row` for multi-record files)."),
        Column("title", "string", "Title: given, else the headline-like first line, else synthesised from the lead."),
        Column("title_inferred", "bool", "True when the title was synthesised from the lead sentence."),
        Column("published", "string", "Publication date as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unknown."),
        Column("published_precision", "string", "day, month, year or unknown."),
        Column("published_from", "string", "Where the date came from: metadata, field, html, inferred or none."),
        Column("source", "string", "Outlet or publisher, if known."),
        Column("url", "string", "Original address, if known."),
        Column("language", "string", "ISO 639-1 code, given or detected."),
        Column("language_confidence", "float64", "1 when the input gave the language, else the detector's confidence (0–1). Articles detected as not English with at least the `language_confidence` setting are not annotated."),
        Column("text", "string", "Cleaned article body; paragraphs separated by a blank line. All offsets point here."),
        Column("headings", "list<int64>", "Section headings inside the body as flat [start, end, start, end, ...] offsets."),
        Column("n_words", "int64", "Words in the cleaned text."),
        Column("duplicate_of", "string", "article_id of the earlier near-identical article (syndicated copy), else empty."),
        Column("ingested_at", "string", "UTC time the article was first stored (ISO 8601)."),
        Column("tone", "float64", "Mean VADER compound score of the article's sentences, -1 (negative wording) to 1 (positive)."),
        Column("annotated_with", "string", "Pipeline version that last processed the article (articles in other languages carry it too, with no annotations); empty when its annotation failed and is to be tried again."),
    ],
    "mentions": [
        Column("article_id", "string", "Article the mention is in."),
        Column("start", "int64", "Character offset of the mention's start in articles.text."),
        Column("end", "int64", "Character offset just after the mention."),
        Column("text", "string", "The mention as written."),
        Column("label", "string", "PERSON, COUNTRY, GPE (city), ORG, LOC, NORP, FAC, DATE, MONEY, QUANTITY, PERCENT, CARDINAL, EVENT, SECTOR, …"),
        Column("entity_id", "string", "Canonical entity (person:…, country:ISO3, place:…, org:…, sector:…); empty for dates and figures."),
        Column("canonical", "string", "Canonical name (person, country, place, organisation, sector id) or resolved date."),
        Column("sentence", "int64", "Index of the sentence within the article."),
        Column("country", "string", "Country of the person or place, if known."),
        Column("value", "string", "DATE: resolved ISO value (start of a range)."),
        Column("value_end", "string", "DATE: last day of a resolved range."),
        Column("precision", "string", "DATE: day, week, month, year or unresolved."),
        Column("rule", "string", "How the mention was resolved (e.g. short-form, role-kb, weekday, capital, trigger)."),
    ],
    "entities": [
        Column("entity_id", "string", "Canonical entity id."),
        Column("canonical", "string", "Canonical name."),
        Column("type", "string", "person, country, place, organisation or sector."),
        Column("country", "string", "Country of a person or place, if known."),
        Column("aliases", "list<string>", "Every form the entity is written in across the corpus."),
        Column("n_articles", "int64", "Articles mentioning it."),
        Column("n_mentions", "int64", "Mentions in all articles."),
        Column("corrections", "list<string>", "Ids of the corrections that changed this entity (people merged, split or given a country); empty when none."),
    ],
    "sectors": [
        Column("article_id", "string", "Article of the trigger."),
        Column("sentence", "int64", "Index of the sentence within the article."),
        Column("sector", "string", "Sector id (energy, trade, finance_investment, defence_security, …)."),
        Column("trigger", "string", "The words that triggered the tag, as written."),
        Column("start", "int64", "Character offset of the trigger in articles.text."),
        Column("end", "int64", "Character offset just after the trigger."),
    ],
    "meetings": [
        Column("meeting_id", "string", "Id of the meeting record."),
        Column("article_id", "string", "Article reporting or referring to it."),
        Column("participants", "list<string>", "Canonical names of the people meeting (a country name for a delegation without a named person)."),
        Column("countries", "list<string>", "Countries of the participants and of the host."),
        Column("location", "string", "City if given, else country."),
        Column("date", "string", "ISO date, month or year of the meeting."),
        Column("date_precision", "string", "day, week, month, year, approx (publication date used) or unknown."),
        Column("kind", "string", "visit, talks, summit, call or signing."),
        Column("referenced", "bool", "True for background mentions of earlier meetings and for planned ones."),
        Column("evidence", "string", "The sentence that states the meeting."),
        Column("start", "int64", "Character offset of the evidence in articles.text."),
        Column("end", "int64", "Character offset just after the evidence."),
        Column("confidence", "float64", "0–1: how completely the rules found participants, date and place."),
        Column("tone", "float64", "VADER compound score of the evidence sentence."),
        Column("rules", "list<string>", "Rules that produced the record (trigger word, pronoun, date rule)."),
        Column("corrections", "list<string>", "Ids of the corrections (see the corrections table) that changed this row; empty when none."),
        Column("event_id", "string", "The real-world event this meeting belongs to."),
    ],
    "events": [
        Column("event_id", "string", "Event id."),
        Column("participants", "list<string>", "Canonical names of everyone the reports of the meeting name (a multi-party report holds its parts' people)."),
        Column("countries", "list<string>", "Countries involved."),
        Column("date", "string", "Most precise date any report gives."),
        Column("date_precision", "string", "Precision of that date."),
        Column("location", "string", "Place most reports give."),
        Column("kind", "string", "Most reported kind."),
        Column("corrections", "list<string>", "Ids of the corrections that changed this event or one of its reports; empty when none."),
        Column("article_ids", "list<string>", "Every article reporting or referring to it."),
        Column("n_articles", "int64", "Number of those articles."),
        Column("referenced_only", "bool", "True when no article reports it as news, only as background or plan."),
    ],
    "corrections": [
        Column("correction_id", "string", "Id of the correction."),
        Column("created_at", "string", "UTC time it was made (ISO 8601)."),
        Column("author", "string", "Who made it."),
        Column("kind", "string", "not-meeting, date, place, participants, merge-events, split-event, merge-people, split-person, country, not-person or undo."),
        Column("target", "string", "What it corrects, by a key that survives re-annotation: a meeting as ARTICLE_ID:START-END (its evidence span), a person by canonical name, a correction (undo) by its id."),
        Column("target_people", "list<string>", "A meeting's participants as the annotation wrote them when it was corrected (tells apart meetings stated by one sentence, whatever people are merged later)."),
        Column("values", "list<string>", "The new values: a date, a place, participants, the meeting keys of the event merged in, the person merged into, [spelling, new name] of a split, a country."),
        Column("reason", "string", "Why, in the author's words."),
        Column("context", "string", "The target as it read when corrected (shown when it no longer exists)."),
        Column("status", "string", "What became of it in this corpus: applies, undone by ID, undoes ID, replaced by ID (a later correction set the same value), or does not apply: why (its target is no longer in the annotation)."),
    ],
}
# What one row of each table is (the About page and the README say it with the columns).
ONE_ROW_PER: dict[str, str] = {
    "articles": "One row per article: its cleaned text, metadata and overall tone.",
    "mentions": "One row per entity mention: a name, place, date or figure in an article, with its offsets and canonical form.",
    "entities": "One row per canonical entity (person, country, place, organisation, sector), with its spellings and counts.",
    "sectors": "One row per sector trigger: the words in a sentence that tag the article with a sector.",
    "meetings": "One row per meeting as one article reports or refers to it, with its evidence sentence, confidence and rules.",
    "events": "One row per real-world meeting: the meeting records of several articles that report the same meeting.",
    "corrections": "One row per correction made to the annotation: what it changes, who made it and why, and whether it applies to this corpus.",
}


# Tables the store keeps for its own bookkeeping: not part of the corpus users load or export.
INTERNAL: dict[str, list[Column]] = {
    "inputs": [
        Column("raw_hash", "string", "Hash of one input record as read (text and given metadata), before any cleaning."),
        Column("article_id", "string", "The article that record became (empty when it was not kept)."),
        Column("rejected", "string", "Why the record was not kept (too short after cleaning), under the key "
                                      "`raw hash:minimum words` so a changed setting reads it again; empty when kept."),
    ],
    "signatures": [
        Column("article_id", "string", "Article."),
        Column("minhash", "list<int64>", "MinHash signature of its word shingles (near-duplicate detection)."),
    ],
}
STORED: dict[str, list[Column]] = {**TABLES, **INTERNAL}


class SchemaError(ValueError):
    """A step produced rows that do not match a table's declared columns (a bug in that step, not in the input)."""


def columns(table: str) -> list[str]:
    return [c.name for c in STORED[table]]


FRAMES = ("build", "conform", "conformed", "empty_frame", "value")


def __getattr__(name: str):
    """The frame helpers live in `core.store.frames` (they load pandas); they are named here too, so that reading
    the declarations stays free of pandas."""
    if name in FRAMES:
        from core.store import frames

        return getattr(frames, name)
    raise AttributeError(f"module 'core.store.schema' has no attribute {name!r}")


def markdown() -> str:
    """The README's table reference, generated from the declarations (`python -m core.store.schema`)."""
    parts = []
    for table, cols in TABLES.items():
        parts += [f"#### {table}", "", "| column | type | meaning |", "| --- | --- | --- |"]
        parts += [f"| {c.name} | {c.dtype} | {c.meaning} |" for c in cols]
        parts.append("")
    return "\n".join(parts).strip()


if __name__ == "__main__":
    print(markdown())
