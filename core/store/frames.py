"""Typed frames of the declared tables (see `core.store.schema`): `build` rows into a table, `conform` a stored or
combined frame to it, `value` a single cell as plain Python."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.store.schema import STORED, SchemaError, columns


def build(table: str, rows: list[dict]) -> pd.DataFrame:
    """The typed frame of a table from rows that must carry exactly its declared columns."""
    declared = columns(table)
    wanted = set(declared)
    for row in rows:
        if set(row) != wanted:
            missing, extra = sorted(wanted - set(row)), sorted(set(row) - wanted)
            raise SchemaError(f"{table} row does not match the declared columns (missing {missing}, undeclared {extra})")
    return conform(table, pd.DataFrame(rows, columns=declared))


def value(v):
    """A single cell as plain Python: None for every form of missing (None, NaN, pd.NA), else the value itself."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return v


def empty_frame(table: str) -> pd.DataFrame:
    return conform(table, pd.DataFrame({c: [] for c in columns(table)}))


def conformed(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`conform(table, frame)`, at the cost of a look when the frame is already conformed (read from the store, or
    concatenated from conformed frames): its declared columns in order, of their types, lists as lists."""
    empty = empty_frame(table)
    if list(frame.columns) == list(empty.columns) and all(frame[c].dtype == empty[c].dtype for c in empty.columns) and all(
            all(type(v) is list for v in frame[c]) for c in empty.columns if empty[c].dtype == object):
        return frame.reset_index(drop=True)
    return conform(table, frame)


def conform(table: str, frame: pd.DataFrame, *, only: list[str] | None = None) -> pd.DataFrame:
    """Order, complete and type a frame to its declared columns (to the declared columns in `only`, when given)."""
    out = pd.DataFrame(index=frame.index)
    for col in STORED[table]:
        if only is not None and col.name not in only:
            continue
        values = frame[col.name] if col.name in frame.columns else pd.Series([None] * len(frame), index=frame.index)
        if col.dtype == "string" and isinstance(values.dtype, pd.CategoricalDtype):
            out[col.name] = values  # read as categorical on purpose (Store.read(categorical=...)): kept so
        elif col.dtype == "string" and isinstance(values.dtype, pd.StringDtype) and values.dtype.na_value is pd.NA:
            out[col.name] = values.astype("string")  # already typed (read from Parquet): nothing to convert
        elif col.dtype == "string":
            out[col.name] = values.astype("object").map(_text).astype("string")
        elif col.dtype == "bool":
            out[col.name] = values.fillna(False).astype(bool)
        elif col.dtype == "int64":
            out[col.name] = values.fillna(0).astype("int64")
        elif col.dtype == "float64":
            out[col.name] = pd.to_numeric(values, errors="coerce").astype("float64")
        else:  # lists
            out[col.name] = values.map(_as_list).astype(object)
    return out.reset_index(drop=True)


def _text(v):
    v = value(v)
    return None if v is None else str(v)


def _as_list(v) -> list:
    if isinstance(v, (list, tuple, np.ndarray)) and (len(v) != 1 or isinstance(v[0], str)):
        return list(v)  # as read: nothing to test for missing values (the slow part)
    return list(v) if v is not None and not _is_na(v) else []  # [None] and [nan] are missing too


def _is_na(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
