"""Words the tokenizer would split at a hyphen ("co-hosted" into "co", "-", "hosted"), which breaks the parse of a
sentence such as "The summit was co-hosted by Kenyatta and attended by …": joined_words.csv lists them, each kept as
one token in its regular forms, with the listed word as its lemma ("co-host"); meeting_cues.csv says what it means."""
from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from core.knowledge import knowledge_rows


def inflections(word: str) -> list[str]:
    """The regular forms of a verb or noun: "co-host" → co-host, co-hosts, co-hosted, co-hosting ("co-organise" →
    co-organised, co-organising)."""
    stem = word[:-1] if word.endswith("e") else word
    return [word, word + "s", stem + "ed", stem + "ing"]


def joined_forms() -> dict[str, str]:
    """{lower-case form: lemma} of every listed word."""
    return {form: row["word"].lower() for row in knowledge_rows("joined_words.csv") if row.get("word")
            for form in inflections(row["word"].lower())}


def keep_joined(nlp: Language) -> None:
    """Tokenize each listed form as one token (as written in lower case and with a capital) and give it the listed
    word as lemma after the lemmatizer."""
    forms, tokenizer = joined_forms(), nlp.tokenizer  # spaCy's own Tokenizer, as every model here has
    special: Any = getattr(tokenizer, "add_special_case", None)
    for form in forms if special is not None else ():
        for written in {form, form[:1].upper() + form[1:]}:
            special(written, [{ORTH: written}])
    after = next((name for name in ("bl_lemmas", "lemmatizer") if name in nlp.pipe_names), None)
    if after is not None and forms:
        nlp.add_pipe("bl_joined_lemmas", after=after)


@Language.factory("bl_joined_lemmas", assigns=["token.lemma"], requires=["token.lemma"])
def make_joined_lemmas(nlp: Language, name: str):
    return JoinedLemmas(joined_forms())


class JoinedLemmas:
    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            base = self.forms.get(token.lower_)
            if base is not None:
                token.lemma_ = base
        return doc
