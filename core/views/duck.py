"""The dashboard's big tables in DuckDB: mentions and sectors are read from one store version's Parquet parts at
each query, never held in memory; the corrected articles (without text) and meetings are small DuckDB tables.

The corrections reach the mentions through a fix table: the distinct person mentions a correction touches are put
through the same code that corrects a pandas frame (Corrector.mentions), and the `mentions` view replaces the
canonical name, entity id and country of every row that matches one of them. The filters' predicates come from the
registry (core/views/filters.py). Nothing is downloaded: DuckDB reads Parquet without extensions.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Mapping

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from core.store.corpus import Corpus
from core.views.filters import FILTERS
from core.store.schema import STORED, columns, conform, empty_frame

SETTINGS: dict[str, str | int | float | list[str]] = {"threads": 2, "memory_limit": "1GB", "autoinstall_known_extensions": False, "autoload_known_extensions": False}
SQL_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}
PARQUET = ("mentions", "sectors")  # tables queried from the store's Parquet parts


class Tables:
    """One corpus version's tables in DuckDB; `query(sql, params)` → DataFrame, safe from several threads."""

    def __init__(self, corpus: Corpus, *, article_bounds: tuple[pd.Series, pd.Series], meeting_bounds: tuple[pd.Series, pd.Series],
                 places: Mapping[str, str]) -> None:
        self._db = duckdb.connect(":memory:", config=dict(SETTINGS))
        self._lock = threading.Lock()
        self.problem = ""  # why corrections were left out of the mentions, if they had to be
        for name in PARQUET:
            self._db.execute(f"CREATE VIEW {name}_stored AS {_source(self._db, corpus, name)}")
        self._db.execute("CREATE VIEW sectors AS SELECT * FROM sectors_stored")
        self._correct_mentions(corpus)
        articles, meetings = corpus.articles, corpus.table("meetings")
        self._load("articles", pd.DataFrame({
            "pos": range(len(articles)), "article_id": articles["article_id"].astype("string"), "source": articles["source"].astype("string"),
            "article_start": article_bounds[0].to_numpy(dtype=object), "article_end": article_bounds[1].to_numpy(dtype=object)}))
        self._load("meetings", pd.DataFrame({
            "pos": range(len(meetings)), "article_id": meetings["article_id"].astype("string"),
            "participants": _lists(meetings["participants"]), "countries": _lists(meetings["countries"]),
            "location": meetings["location"].astype("string"), "meeting_start": meeting_bounds[0].to_numpy(dtype=object),
            "meeting_end": meeting_bounds[1].to_numpy(dtype=object), "referenced": meetings["referenced"].astype(bool),
            "confidence": meetings["confidence"].astype(float)}))
        self._load("places", pd.DataFrame({"place": list(places), "country": list(places.values())}, dtype="string"))

    def _load(self, name: str, frame: pd.DataFrame) -> None:
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if "participants" in frame:
            table = table.set_column(table.schema.get_field_index("participants"), "participants",
                                     pa.array(list(frame["participants"]), type=pa.list_(pa.string())))
            table = table.set_column(table.schema.get_field_index("countries"), "countries",
                                     pa.array(list(frame["countries"]), type=pa.list_(pa.string())))
        self._db.register(f"{name}_frame", table)
        self._db.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_frame")
        self._db.unregister(f"{name}_frame")

    def _correct_mentions(self, corpus: Corpus) -> None:
        """The `mentions` view: the stored mentions with the corpus's corrections of people applied."""
        self._db.execute("CREATE OR REPLACE VIEW mentions AS SELECT * FROM mentions_stored")
        try:
            if corpus.corrections.rows.empty:
                return
            plan = corpus.corrections.people()
            names = sorted({s[0] for s in plan["splits"]} | set(plan["renames"]) | set(plan["countries"]) | set(plan["not_persons"]))
            if not names:
                return
            touched = self.query("SELECT DISTINCT label, canonical, text, entity_id, country FROM mentions_stored "
                                 "WHERE label = 'PERSON' AND canonical IN (SELECT unnest($names)) ORDER BY ALL", {"names": names})
            fixed = corpus.corrections.mentions(touched)
        except Exception as exc:  # noqa: BLE001 — as in core.store.corpus: a correction that cannot be applied must not cost the corpus
            self.problem = f"corrections could not be applied to mentions ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"
            corpus.tables.problem = corpus.tables.problem or self.problem  # said where the corpus says it
            return
        kept = ["label", "canonical", "entity_id", "country"]  # a name said to be no person is relabelled too
        changed = (fixed[kept].astype("string").fillna("\0") != touched[kept].astype("string").fillna("\0")).any(axis=1)
        fixes = touched[changed].assign(**{f"new_{c}": fixed[c] for c in kept})
        if fixes.empty:
            return
        self._load("fixes", fixes.drop(columns="label").astype("string"))
        same = " AND ".join(f"m.{c} IS NOT DISTINCT FROM f.{c}" for c in ("text", "entity_id", "country"))
        replaced = ", ".join(f"CASE WHEN f.canonical IS NULL THEN m.{c} ELSE f.new_{c} END AS {c}" for c in kept)
        self._db.execute(f"CREATE OR REPLACE VIEW mentions AS SELECT m.* REPLACE ({replaced}) FROM mentions_stored m "
                         f"LEFT JOIN fixes f ON m.label = 'PERSON' AND m.canonical = f.canonical AND {same}")

    def query(self, sql: str, params: Mapping[str, Any] | None = None, *, ids: pd.Series | None = None) -> pd.DataFrame:
        """Rows of a query; `ids` (article ids) are the relation `view_ids(article_id)` it may name."""
        with self._lock:  # a connection of its own per call: Streamlit runs sessions in threads
            cursor = self._db.cursor()
        try:
            if ids is not None:
                cursor.register("view_ids", pa.table({"article_id": pa.array(list(ids), type=pa.string())}))
            return cursor.execute(sql, dict(params or {})).df()
        finally:
            cursor.close()

    def article(self, article_id: str) -> pd.DataFrame:
        """The mentions of one article, in stored order."""
        rows = self.query("SELECT * EXCLUDE (ord) FROM mentions WHERE article_id = $id ORDER BY ord", {"id": article_id})
        return conform("mentions", rows)

    def selected(self, table: str, filters: Mapping[str, Any], search) -> list[int]:
        """Positions (in the corpus's `articles` or `meetings`) of the rows every active filter keeps; `search` turns
        a text query into the ids of the articles it finds."""
        conditions: list[str] = []
        params: dict[str, Any] = {}
        for f in FILTERS:
            predicate: str = getattr(f, table)
            value: Any = filters.get(f.key)
            if not predicate or (not value and f.kind != "flag"):
                continue
            if f.kind == "date":
                value = value.isoformat()
            elif f.kind == "text":
                value = sorted(search(value))
            elif f.kind == "flag":
                value = bool(value)
            values = [value] if not f.each else list(value)
            for v in (list(x) if isinstance(x, tuple) else x for x in values):
                name = f"p{len(params)}"
                conditions.append(predicate.replace("$v", f"${name}"))
                params[name] = v
        where = " AND ".join(f"({c})" for c in conditions) or "true"
        return self.query(f"SELECT pos FROM {table} WHERE {where} ORDER BY pos", params)["pos"].tolist()


def _source(db: duckdb.DuckDBPyConnection, corpus: Corpus, name: str) -> str:
    """SQL for a table's stored rows in stored order (`ord`): its Parquet parts, or a hand-built corpus's frame."""
    given = corpus.given(name)
    if given is not None or not corpus.parts(name):
        frame = empty_frame(name) if given is None else given
        db.register("given", pa.Table.from_pandas(frame[columns(name)], preserve_index=False))
        db.execute(f"CREATE TABLE {name}_given AS SELECT *, row_number() OVER () AS ord FROM given")  # (a registered frame is seen by this connection only)
        db.unregister("given")
        return f"SELECT * FROM {name}_given"
    return " UNION ALL ".join(f"SELECT {_columns(name, part)}, ({i}::BIGINT << 40) + file_row_number AS ord "
                              f"FROM read_parquet('{_quoted(part)}', file_row_number = true)" for i, part in enumerate(corpus.parts(name)))


def _columns(name: str, part: Path) -> str:
    """The table's declared columns as one part holds them; a column an older part lacks reads as NULL."""
    present = set(pq.read_schema(part).names)
    return ", ".join(f'"{c.name}"' if c.name in present else f'NULL::{SQL_TYPES[c.dtype]} AS "{c.name}"' for c in STORED[name])


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _lists(values: pd.Series) -> list[list[str]]:
    return [[str(v) for v in x] if x is not None and not isinstance(x, float) else [] for x in values]


class Mentions:
    """The mentions of a view's articles (every article when `ids` is None), answered by DuckDB: counts, people and
    rows, so that no page needs the whole table in memory."""

    def __init__(self, tables: Tables, ids: pd.Series | None = None) -> None:
        self._tables, self._ids = tables, ids
        self._within = "" if ids is None else " AND article_id IN (SELECT article_id FROM view_ids)"
        self._answers: dict[tuple, pd.DataFrame] = {}  # small answers, kept while the view is (the unfiltered one is shared)

    def _query(self, sql: str, params: Mapping[str, Any] | None = None, *, keep: bool = True) -> pd.DataFrame:
        key = (sql, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (params or {}).items())))
        if key in self._answers:
            return self._answers[key].copy()
        answer = self._tables.query(sql.replace("{within}", self._within), params, ids=self._ids)
        if keep:
            self._answers[key] = answer
        return answer.copy() if keep else answer

    def count(self) -> int:
        return int(self._query("SELECT count(*) AS n FROM mentions WHERE true{within}")["n"].iloc[0])

    def frame(self, *, limit: int | None = None) -> pd.DataFrame:
        """The rows as the mentions table has them, in stored order (the first `limit` of them)."""
        top = "" if limit is None else f" LIMIT {int(limit)}"
        return conform("mentions", self._query(f"SELECT * EXCLUDE (ord) FROM mentions WHERE true{{within}} ORDER BY ord{top}", keep=False))

    def distinct(self) -> dict[str, int]:
        """How many different people and countries the mentions name: {"PERSON": n, "COUNTRY": n}."""
        row = self._query("SELECT count(DISTINCT canonical) FILTER (WHERE label = 'PERSON') AS PERSON, "
                          "count(DISTINCT canonical) FILTER (WHERE label = 'COUNTRY') AS COUNTRY FROM mentions "
                          "WHERE label IN ('PERSON', 'COUNTRY'){within}").iloc[0]
        return {"PERSON": int(row["PERSON"]), "COUNTRY": int(row["COUNTRY"])}

    def people(self, names: list[str] | None = None) -> pd.DataFrame:
        """(article_id, canonical) of each person mentioned in each article, once (only `names`, when given)."""
        only = "" if names is None else " AND canonical IN (SELECT unnest($names))"
        sql = f"SELECT DISTINCT article_id, canonical FROM mentions WHERE label = 'PERSON' AND canonical IS NOT NULL{only}{{within}} ORDER BY ALL"
        return self._query(sql, {} if names is None else {"names": names})

    def top_people(self, n: int) -> pd.DataFrame:
        """The `n` people mentioned in most articles: person, articles, country (the first one their mentions give);
        ties in name order."""
        return self._query("SELECT canonical AS person, count(DISTINCT article_id) AS articles, "
                           "arg_min(country, ord) FILTER (WHERE country IS NOT NULL) AS country FROM mentions "
                           "WHERE label = 'PERSON' AND canonical IS NOT NULL{within} GROUP BY canonical "
                           "ORDER BY articles DESC, person LIMIT $n", {"n": n})

    def of_person(self, person: str) -> pd.DataFrame:
        """(article_id, sentence) of each sentence that mentions the person."""
        return self._query("SELECT DISTINCT article_id, sentence FROM mentions WHERE label = 'PERSON' AND canonical = $person{within} "
                           "ORDER BY ALL", {"person": person})

    def co_mentioned(self, person: str, n: int) -> pd.DataFrame:
        """The `n` people mentioned in most of the person's articles: person, articles (shared); ties in name order."""
        return self._query("WITH p AS (SELECT DISTINCT article_id, canonical FROM mentions WHERE label = 'PERSON' AND canonical IS NOT NULL{within}) "
                           "SELECT o.canonical AS person, count(*) AS articles FROM p o JOIN p me ON o.article_id = me.article_id "
                           "WHERE me.canonical = $person AND o.canonical <> $person GROUP BY o.canonical ORDER BY articles DESC, person LIMIT $n",
                           {"person": person, "n": n})
