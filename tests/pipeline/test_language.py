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
