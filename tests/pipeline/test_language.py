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
