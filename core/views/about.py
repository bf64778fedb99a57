"""What the About page says: the measured extraction quality (core/data/quality.json, written by
`bench/quality.py --write-about`, so the dashboard never runs the model) and what each output table holds (pure)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from core.store.schema import ONE_ROW_PER, TABLES

QUALITY = Path(__file__).parent.parent / "data" / "quality.json"
MEASURE_COLUMNS = ["measure", "precision", "recall", "f1", "right", "wrong", "missed", "meaning"]


def quality(path: Path = QUALITY) -> tuple[dict | None, str]:
    """The measured figures, or None with the reason they cannot be shown."""
    try:
        figures = json.loads(path.read_text("utf-8"))
        if not isinstance(figures, dict) or not isinstance(figures.get("measures"), list) or "measured" not in figures:
            raise ValueError("it lacks the measures or the date they were measured")
        return figures, ""
    except FileNotFoundError:
        return None, f"No measured figures yet: run `bench/quality.py --write-about` to write {path.name}."
    except (OSError, ValueError) as exc:
        return None, f"The measured figures in {path.name} cannot be read ({exc}); run `bench/quality.py --write-about` again."


def measures(figures: dict) -> pd.DataFrame:
    """Precision, recall and F1 per measure, with the counts behind them and what each measures."""
    return pd.DataFrame(figures["measures"]).reindex(columns=MEASURE_COLUMNS)


def rates(figures: dict) -> list[str]:
    """The share-right figures and the seed events, one sentence each."""
    lines = [f"{r['measure'].capitalize()}: {r['right']} of {r['of']} ({r['right'] / max(r['of'], 1):.0%}). {r['meaning']}"
             for r in figures.get("rates", [])]
    seeds = figures.get("seed_events")
    if seeds:
        lines.append(f"Events on the five sample articles: {seeds['right']} of {seeds['of']} found with the right reporting articles and "
                     f"date, {seeds['places_right']} of {seeds['of']} with the right place.")
    return lines


def provenance(figures: dict, *, current_version: str) -> tuple[str, str]:
    """When, on what and with which pipeline the figures were measured; and a warning when the pipeline has changed."""
    words = (f"Measured on {figures['measured']} on the held-out test part of the evaluation set ({figures.get('articles', '?')} "
             f"hand-checked Wikinews articles in `{figures.get('evaluation_set', 'tests/fixtures/eval')}`, never used to tune the rules), "
             f"with the model `{figures.get('model', '?')}` and pipeline version `{figures.get('pipeline_version', '?')}`.")
    changed = ""
    if figures.get("pipeline_version") not in (None, current_version):
        changed = (f"This dashboard annotates with pipeline version `{current_version}` (its code, model or knowledge files differ): "
                   "the figures describe the version they name. `bench/quality.py --write-about` measures the current one.")
    return words, changed


def tables() -> list[tuple[str, str, pd.DataFrame]]:
    """Each output table: its name, what one row is, and its columns with type and meaning (the export contract)."""
    return [(name, ONE_ROW_PER.get(name, ""), pd.DataFrame([(c.name, c.dtype, c.meaning) for c in columns],
                                                           columns=["column", "type", "meaning"]))
            for name, columns in TABLES.items()]
