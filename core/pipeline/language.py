"""Language of an article: given by the input, else detected with its confidence; which articles get annotated."""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import pandas as pd

from core import settings
from core.knowledge import english_words

ANNOTATED = "en"
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


_LOADING = threading.Lock()


def load_identifier() -> None:
    """Load the identifier now (ingest does it in a thread while it imports and reads: the model decompresses without
    holding the interpreter); `detect` waits for a load under way instead of starting a second one."""
    _identifier()


def _identifier():
    with _LOADING:  # one load, whichever thread asks first
        return _loaded_identifier()


@lru_cache(maxsize=1)
def _loaded_identifier():
    """py3langid's identifier for the languages of languages.txt. Its model file is compressed: decompressing it takes
    half a second or more, so the identifier, cut down to those languages, is kept in the user's cache folder."""
    import sys
    from importlib.metadata import version

    from core.knowledge import cached_object, languages

    wanted = list(languages())
    key = f"{sys.version}|{version('py3langid')}|{version('numpy')}|{'|'.join(wanted)}"
    return cached_object("language-identifier", key, lambda: _built_identifier(wanted))


def _built_identifier(wanted: list[str]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(wanted)
    # the same identifier without the whole model it keeps for other languages: a third smaller to keep and load
    return LanguageIdentifier(full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output, norm_probs=True,
                              tk_row=full.tk_row)


SAMPLE_CHARS = 3000  # the start of a text its language is told from
ENGLISH_SHARE = 0.08  # of the words of a plainly English text, at least this share are english_words.txt's
ENGLISH_MIN_FOUND = 3  # and at least this many, of two different words or more


_WORD = re.compile(r"[^\W\d_]+")


def plainly_english(text: str) -> bool:
    """Whether the start of a text is English beyond doubt by its commonest words (english_words.txt): at least
    ENGLISH_MIN_FOUND of them, two or more different, making up ENGLISH_SHARE of its words or more. English news has 10–25 % of them, other
    languages written in Latin letters none, so no identifier is needed (loading its model costs more than
    identifying hundreds of articles); all other texts go to the identifier."""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    common = english_words()
    found = [w for w in words if w in common]
    return len(set(found)) >= 2 and len(found) >= max(ENGLISH_MIN_FOUND, ENGLISH_SHARE * len(words))


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0–1) of a text: English with full confidence when it is `plainly_english` (what
    the identifier gives such texts), else the identifier's. Text mostly in a non-Latin script cannot be English:
    its detected language is then as certain as the script."""
    return (ANNOTATED, 1.0) if plainly_english(text) else identify(text)


def identify(text: str) -> tuple[str, float]:
    """`detect` by the identifier alone, for a text known not to be `plainly_english`."""
    sample = text[:SAMPLE_CHARS]
    code, probability = _identifier().classify(sample)
    if code != ANNOTATED and not sample.isascii():
        letters = len(_LETTER.findall(sample))
        latin = len(_LATIN_LETTER.findall(sample))
        if letters and latin / letters < 0.5:
            probability = max(probability, 1.0 - latin / letters)
    return code, round(float(probability), 4)


def given(language: str | None) -> str | None:
    """A language code the input states ("en-GB", "EN_us" → "en"), or None."""
    code = (language or "").strip().lower().replace("_", "-")
    return code.split("-")[0][:3] or None


def is_annotated(code: str | None, confidence: float | None) -> bool:
    """Whether the English pipeline annotates an article: English ones, and every one whose detected language is
    not certain enough (short English texts are easily taken for Dutch or Turkish). A language without a
    confidence was stated by the input and is taken as certain."""
    from core.store.schema import value

    code, confidence = value(code), value(confidence)
    return code in (None, ANNOTATED) or (confidence is not None and confidence < settings.get("language_confidence"))


def annotated(articles: pd.DataFrame) -> pd.Series:
    """`is_annotated` for every row of an articles frame."""
    confidence = articles["language_confidence"] if "language_confidence" in articles else pd.Series(None, index=articles.index)
    return pd.Series([is_annotated(c, p) for c, p in zip(articles["language"], confidence)], index=articles.index, dtype=bool)
