"""The README's URL reference, generated from the view-state registries: `python -m core.views.state_docs`."""
from __future__ import annotations

from core.views.state import FILTERS, OPTIONS

# How the README names the values of a corpus vocabulary an option takes.
VOCAB_WORDS = {"event": "an event_id", "article": "an article_id", "sector": "a sector id", "layer": "a layer name (People, Dates, …)",
               "person": "a canonical person name", "party": "a meeting participant or country, as the corpus spells it"}


def markdown() -> str:
    """The README's URL reference: one row per filter and page option, then the corpus version."""
    lines = ["| key | applies to | value | meaning |", "| --- | --- | --- | --- |"]
    kinds = {"many": "repeatable; a name as the corpus spells it", "date": "`YYYY-MM-DD`, `YYYY-MM` or `YYYY`",
             "text": "words", "flag": "`1` or `0`", "number": "a number from 0 to 1"}
    other_names = {"country": ", or another name of the country (\"UK\", \"Russian Federation\")"}
    lines += [f"| `{f.key}` | every page | {kinds[f.kind]}{other_names.get(f.key, '')} | {f.help} |" for f in FILTERS]
    for o in OPTIONS:
        value = " / ".join(f"`{c}`" for c in o.choices) if o.choices else ("repeatable; " if o.many else "") + VOCAB_WORDS[o.vocab]
        default = f" (default `{o.default}`)" if o.default else ""
        lines.append(f"| `{o.key}` | {', '.join((o.page, *o.also))} | {value}{default} | {o.label}. |")
    lines.append("| `v` | every page | a number | Corpus version the link was made on. |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
