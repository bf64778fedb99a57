"""The pipeline is built with the knowledge files that apply when it is asked for."""
from core import settings
from core.knowledge import load_knowledge, organisations
from core.pipeline.nlp import load_nlp

PERSON = "person_id,canonical,country,aliases\nzz_test,Zed Zedson,NOR,Zeddy\n"
ORGANISATION = "code,canonical,aliases\nZZU,Zed Union,Zed Council\n"


def test_other_knowledge_files_are_read_again_and_the_same_ones_are_not(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "people.csv").write_text(PERSON, encoding="utf-8")
    (folder / "organisations.csv").write_text(ORGANISATION, encoding="utf-8")
    with settings.using({"model": "blank", "store": str(tmp_path / "store")}):
        plain = load_nlp()
        assert load_nlp() is plain  # nothing changed: the built pipeline is kept
        assert "zz_test" not in load_knowledge().people and "zed union" not in organisations()
    with settings.using({"model": "blank", "store": str(tmp_path / "store"), "knowledge_dir": str(folder)}):
        extended = load_nlp()
        assert extended is not plain
        assert load_knowledge().people["zz_test"].canonical == "Zed Zedson" and "zed union" in organisations()
    with settings.using({"model": "blank", "store": str(tmp_path / "store")}):
        load_nlp()
        assert "zz_test" not in load_knowledge().people  # a long-lived worker serving another store forgets them


def test_an_edited_knowledge_file_is_read_again(tmp_path):
    store = tmp_path / "store"
    (store / "knowledge").mkdir(parents=True)
    people = store / "knowledge" / "people.csv"
    with settings.using({"model": "blank", "store": str(store)}):
        load_nlp()
        assert "zz_test" not in load_knowledge().people
        people.write_text(PERSON, encoding="utf-8")
        load_nlp()
        assert "zz_test" in load_knowledge().people
