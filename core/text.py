"""Untrusted text made safe to show: invisible formatting and control characters removed.

Used on article text at ingest and on every value a link carries, so neither can hide or reorder what a reader
sees (a U+202E override turns "txt.exe" into "exe.txt" on screen).
"""
from __future__ import annotations

import re

# Zero-width and invisible formatting characters, and the bidirectional embeddings, overrides, isolates and marks.
_HIDDEN = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# C0/C1 controls except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` without invisible formatting, bidirectional control or control characters (tab and newline kept)."""
    return _CONTROL.sub("", _HIDDEN.sub("", text))


def printable(text: str) -> str:
    """A file name or reason safe for one line of a terminal or a tab-separated report: control, invisible and
    bidirectional characters shown as escapes ("bad\\nname.txt"), everything else as it is."""
    return "".join(ch if ch.isprintable() and not _HIDDEN.match(ch) else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def without_possessive(text: str) -> str:
    """The text without a trailing possessive ("Putin's" → "Putin"); nothing else changes, so offsets still hold."""
    return _POSSESSIVE.sub("", text)


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))


def regular_stems(word: str) -> set[str]:
    """The lower-case word and the forms it has without a regular English inflection ("hopes" → "hope", "officials"
    → "official", "countries" → "country"): for matching vocabulary where a model's lemma is missing or wrong."""
    lower = word.lower()
    return {lower} | {lower[: -len(ending)] + back for ending, back in _ENDINGS
                      if lower.endswith(ending) and len(lower) > len(ending) + 2}
