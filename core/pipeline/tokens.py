"""Tokenizer settings of the pipeline: words joined by a hyphen to a prefix the knowledge lists (`joined_prefix`
cues: "co-hosted", "co-chaired") stay one word, so that the parse reads them as the verb they are, not as "co", a dash
and a verb of their own. Done by filtering the model's infix matches, which costs nothing on words without a hyphen."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language

from core.knowledge import cues


def keep_prefixes_whole(nlp: Language) -> None:
    """Make the tokenizer keep a listed prefix and the word after its hyphen together."""
    prefixes = frozenset(cues().get("joined_prefix", frozenset()))
    tokenizer: Any = nlp.tokenizer
    if not prefixes or tokenizer.infix_finditer is None:
        return
    tokenizer.infix_finditer = _without_prefix_hyphens(tokenizer.infix_finditer, prefixes)


def _without_prefix_hyphens(finditer: Callable, prefixes: frozenset[str]) -> Callable[[str], Iterator]:
    def found(text: str) -> Iterator:
        for match in finditer(text):
            if match.group() == "-" and text[:match.start()].lower() in prefixes:
                continue
            yield match
    return found
