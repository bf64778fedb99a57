"""Language identification: the identifier loads once, also when a thread started loading it first."""
import threading

from core.pipeline import language


def test_a_load_under_way_in_a_thread_is_waited_for_not_repeated():
    language._loaded_identifier.cache_clear()
    loads = []
    original = language._loaded_identifier.__wrapped__

    def counted():
        loads.append(threading.current_thread().name)
        return original()

    cached = language.lru_cache(maxsize=1)(counted)
    saved, language._loaded_identifier = language._loaded_identifier, cached
    try:
        thread = threading.Thread(target=language.load_identifier, name="loader")
        thread.start()
        code, confidence = language.detect("The ministers met in the capital on Tuesday to discuss trade and energy.")
        thread.join()
        assert code == "en" and confidence > 0.5 and len(loads) == 1
    finally:
        language._loaded_identifier = saved


ENGLISH = ("The ministers of the two countries met in the capital on Tuesday to discuss trade and energy. They said "
           "that the talks had been useful and that their governments would sign an agreement on gas supplies, which "
           "has been under negotiation for years, when the president visits next month.")
GERMAN = ("Die Minister der beiden Länder trafen sich am Dienstag in der Hauptstadt, um über Handel und Energie zu "
          "sprechen. Sie sagten, die Gespräche seien nützlich gewesen und ihre Regierungen würden ein Abkommen über "
          "Gaslieferungen unterzeichnen, über das seit Jahren verhandelt wird, wenn der Präsident kommt. Was er will, "
          "ist klar: die Lieferungen sollen im Winter beginnen.")


def test_plain_english_is_told_by_its_common_words_without_the_identifier():
    language._loaded_identifier.cache_clear()
    assert language.plainly_english(ENGLISH) and language.detect(ENGLISH) == ("en", 1.0)
    assert language._loaded_identifier.cache_info().currsize == 0  # its model never loaded


def test_other_languages_and_texts_with_too_few_common_words_go_to_the_identifier():
    assert not language.plainly_english(GERMAN)  # "was" and "will" are German words too: not in the list
    assert language.detect(GERMAN)[0] == "de"
    short = "The ministers met in the capital on Tuesday."  # one common word, twice: the identifier decides
    assert not language.plainly_english(short) and language.detect(short)[0] == "en"
    quoted = "Das Buch heißt The Art of War und erzählt von Krieg, Macht, Politik, Geschichte und Strategie in China."
    assert not language.plainly_english(quoted)  # an English title in a German sentence is too small a share


def test_ingest_asks_the_identifier_only_after_every_plainly_english_text_and_survives_its_failure(tmp_path, monkeypatch):
    from core.pipeline.ingest import ingest
    from core.store import Store

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_german.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "in" / "b_english.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "in" / "c_odd.txt").write_text("Zorblat quenn fizzle. " * 20, "utf-8")
    asked = []
    real = language.plainly_english

    def watched(text):
        asked.append(("plain", text[:5]))
        return real(text)

    def identify(text):
        asked.append(("identifier", text[:5]))
        if text.startswith("Zorblat"):
            raise RuntimeError("identifier broke")
        return ("de", 0.99)

    monkeypatch.setattr(language, "plainly_english", watched)
    monkeypatch.setattr(language, "identify", identify)
    report = ingest([tmp_path / "in"], store=Store(tmp_path / "store"))
    first_identifier = next(i for i, (what, _) in enumerate(asked) if what == "identifier")
    assert all(what == "identifier" for what, _ in asked[first_identifier:])  # every text was read before
    assert report.added == 3
    reasons = {p.path.rsplit("/", 1)[-1]: p.reason for p in report.warnings}
    assert "annotation covers English only" in reasons["a_german.txt"]
    assert reasons["c_odd.txt"] == "language not detected (RuntimeError); annotated as English"
    articles = Store(tmp_path / "store").read("articles").set_index("path")
    found = {path.rsplit("/", 1)[-1]: lang for path, lang in articles["language"].items()}
    assert found["a_german.txt"] == "de" and found["b_english.txt"] == "en" and articles["language"].isna().sum() == 1


def test_the_identifier_kept_in_the_cache_folder_answers_as_the_built_one(tmp_path, monkeypatch):

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._loaded_identifier.cache_clear()
    try:
        first = language._identifier()
        [kept] = list((tmp_path / "bilateral-lens").glob("language-identifier-*.pickle"))
        language._loaded_identifier.cache_clear()
        again = language._identifier()
        assert again is not first
        from core.knowledge import languages

        built = language._built_identifier(list(languages()))
        for text in (GERMAN, ENGLISH, "Le président a rencontré son homologue à Paris.", "As the case between film studio"):
            assert again.classify(text) == built.classify(text)
        kept.write_bytes(b"damaged")
        language._loaded_identifier.cache_clear()
        assert language.detect(GERMAN)[0] == "de"  # built again
    finally:
        language._loaded_identifier.cache_clear()
