"""`bl_lemmas`: the model's own rule-based lemmatizer, applied a whole Doc at a time and with its word index as sets.

spaCy's component asks the lemmatizer token by token (a few µs each, most of it building the token's view), and the
lemmatizer tests each candidate form against its index of known words, which the model stores as lists: a new word
costs a scan of up to 57,000 nouns (over a second for 400 news articles). This component reads every token's word,
part of speech and morphology in one array, looks each combination up in a table of the lemmas it was given before,
asks the lemmatizer only for combinations it has not seen, with the index lists turned into sets, and writes all
lemmas back in one array. The lemmas are the lemmatizer's own, so annotations do not change."""
from __future__ import annotations

from typing import Any

import numpy as np
from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc


@Language.factory("bl_lemmas", assigns=["token.lemma"], requires=["token.pos"])
def make_lemmas(nlp: Language, name: str):
    return TableLemmatizer()


class TableLemmatizer:
    """Needs `rules`, the model's Lemmatizer in "rule" mode (`use_rules_of` sets it when it replaces one)."""

    def __init__(self) -> None:
        self.rules: Any = None
        self.table: dict[tuple[int, int, int], int] = {}  # (word, part of speech, morphology) -> lemma's hash

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise ValueError("bl_lemmas has no lemmatizer to apply: build it with use_rules_of")
        if not len(doc):
            return doc
        found: Any = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        lemmas = found[:, 3].copy()
        todo = np.arange(len(doc)) if self.rules.overwrite else np.flatnonzero(lemmas == 0)  # as spaCy's: kept if set
        strings, table = doc.vocab.strings, self.table
        for i, key in zip(todo.tolist(), map(tuple, found[todo, :3].tolist())):
            lemma = table.get(key)
            if lemma is None:
                lemma = table[key] = strings.add(self._lemma(doc[i]))
            lemmas[i] = lemma
        doc.from_array(["LEMMA"], lemmas.reshape(-1, 1))
        return doc


    def _lemma(self, token) -> str:
        """The lemmatizer's lemma, or for a word joined to a prefix by its hyphen (`joined_prefix` cues: "co-hosted"),
        the prefix and the lemma of the word after it ("co-host"), which the lemmatizer, not knowing the whole, gets
        wrong ("co-hoste")."""
        from core.knowledge import cues

        prefix, dash, rest = token.text.partition("-")
        if not dash or not rest or prefix.lower() not in cues().get("joined_prefix", frozenset()):
            return self.rules.lemmatize(token)[0]
        alone = Doc(token.doc.vocab, words=[rest], pos=[token.pos_], morphs=[str(token.morph)])
        return f"{prefix.lower()}-{self.rules.lemmatize(alone[0])[0]}"


def use_rules_of(nlp: Language) -> None:
    """Replace the model's rule-based lemmatizer (spaCy's "lemmatizer" in "rule" mode) with `bl_lemmas` applying it;
    a model with another lemmatizer or none keeps what it has."""
    rules: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if rules is None or getattr(rules, "mode", None) != "rule" or not hasattr(rules, "lemmatize"):
        return
    index = rules.lookups.get_table("lemma_index", None)
    if index is not None:  # the lemmatizer only asks whether a form is in it: a set answers at once
        rules.lookups.set_table("lemma_index", Table.from_dict({pos: frozenset(words) for pos, words in index.items()},
                                                                name="lemma_index"))
    table = nlp.replace_pipe("lemmatizer", "bl_lemmas")
    assert isinstance(table, TableLemmatizer)
    table.rules = rules
