"""Site-chrome rules: the data-file patterns and the corpus-level rule for recurring short lines."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from core.pipeline.paragraphs import key, n_words, sentence_like


@dataclass(frozen=True)
class ChromeRules:
    lines: tuple[re.Pattern, ...]
    blocks: tuple[re.Pattern, ...]
    recurring: frozenset[str] = frozenset()  # keys of lines found to recur across a site's documents

    def line_rule(self, paragraph: str) -> str | None:
        """Which rule marks this paragraph as chrome, if any."""
        stripped = paragraph.strip()
        if any(p.fullmatch(stripped) for p in self.lines):
            return "chrome-pattern"
        if self.recurring and key(stripped) in self.recurring and not sentence_like(stripped):
            return "recurring-line"
        return None

    def starts_block(self, paragraph: str) -> bool:
        stripped = paragraph.strip()
        return not sentence_like(stripped) and any(p.fullmatch(stripped) for p in self.blocks)

    def with_recurring(self, recurring: Iterable[str]) -> "ChromeRules":
        return ChromeRules(self.lines, self.blocks, frozenset(recurring))


def _patterns(name: str) -> tuple[re.Pattern, ...]:
    text = resources.files("core.data").joinpath(name).read_text("utf-8")
    rows = [line.strip() for line in text.splitlines()]
    return tuple(re.compile(row, re.IGNORECASE) for row in rows if row and not row.startswith("#"))


@lru_cache(maxsize=1)
def default_rules() -> ChromeRules:
    return ChromeRules(_patterns("chrome_lines.txt"), _patterns("chrome_blocks.txt"))


def candidate_line(paragraph: str) -> bool:
    """Short and not a sentence: the only kind of line the corpus-level rule may call chrome."""
    return 0 < n_words(paragraph) <= 10 and not sentence_like(paragraph)


def recurring_lines(
    documents: Iterable[tuple[str, list[str]]], *, min_docs: int = 3, min_share: float = 0.5
) -> frozenset[str]:
    """Keys of short non-sentence lines that recur in many documents of the same group (site or folder).

    `documents` yields (group, paragraphs). A line is chrome when it appears in at least `min_docs` documents of
    a group and in at least `min_share` of them: section headings of single stories recur far more rarely.
    """
    per_group: dict[str, Counter] = defaultdict(Counter)
    sizes: Counter = Counter()
    for group, paragraphs in documents:
        sizes[group] += 1
        per_group[group].update({key(p) for p in paragraphs if candidate_line(p)})
    found: set[str] = set()
    for group, counts in per_group.items():
        for line_key, count in counts.items():
            if line_key and count >= min_docs and count >= min_share * sizes[group]:
                found.add(line_key)
    return frozenset(found)
