"""Annotation with the trained model on real Wikinews text (CC BY 2.5, Wikinews contributors)."""
import json

import pandas as pd
import pytest

from core import load_corpus
from core.cli import main
from core.pipeline.ingest import ingest
from core.store.schema import columns
from core.store import Store
from tests.conftest import FIXTURES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    store = tmp_path_factory.mktemp("annotated") / "store"
    ingest([FIXTURES / "wikinews" / "slice.jsonl"], store=Store(store))
    return load_corpus(store)


def by_source(corpus, source_id):
    return corpus.articles.set_index("source_id").loc[source_id, "article_id"]


def test_every_table_has_its_declared_columns(corpus):
    for name, frame in corpus.tables.items():
        assert list(frame.columns) == columns(name)
    assert corpus.articles["annotated_with"].notna().all() and corpus.articles["tone"].between(-1, 1).all()


def test_short_forms_resolve_to_the_full_name_in_the_article(corpus):
    aid = by_source(corpus, "ID48143")  # noqa: F841 (read by the query below)
    people = corpus.table("mentions").query("article_id == @aid and label == 'PERSON'")
    assert set(people[people["text"] == "Chavez"]["canonical"]) == {"Hugo Chávez"}  # the knowledge base spelling
    assert "Hu Jintao" in set(people["canonical"])


def test_offsets_point_at_the_mention_text(corpus):
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    for row in corpus.table("mentions").itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    for row in corpus.table("meetings").itertuples():
        assert texts[row.article_id][row.start:row.end] == row.evidence


def test_countries_from_demonyms_capitals_and_names(corpus):
    countries = corpus.table("mentions").query("label == 'COUNTRY'")
    assert {"China", "Russia", "Venezuela"} <= set(countries["canonical"])
    beijing = corpus.table("mentions").query("text == 'Beijing'")
    assert set(beijing["country"]) == {"China"} and set(beijing["label"]) == {"GPE"}


def test_one_subject_meeting_several_people_gives_one_meeting_each(corpus):
    aid = by_source(corpus, "ID48143")  # noqa: F841 (read by the query below)
    meetings = corpus.table("meetings").query("article_id == @aid")
    pairs = {tuple(p) for p in meetings["participants"]}
    assert {("Hu Jintao", "Hugo Chávez"), ("Hugo Chávez", "Wen Jiabao"), ("Hugo Chávez", "Wu Bangguo")} <= pairs
    hu = meetings[meetings["participants"].map(tuple) == ("Hu Jintao", "Hugo Chávez")]
    talks = hu[hu["evidence"].str.contains("Chavez met Chinese President Hu Jintao on Thursday")].iloc[0]
    assert (talks.date, talks.date_precision, talks.referenced) == ("2006-08-24", "day", False)
    arrival = meetings[meetings["kind"] == "visit"].iloc[0]
    assert arrival.date == "2006-08-23", "the arrival on Wednesday and the talks on Thursday are two meetings"
    assert set(meetings["location"]) == {"Beijing"}, "talks during the visit take the visit's place"


def test_sectors_are_tagged_with_their_trigger(corpus):
    aid = by_source(corpus, "ID141288")  # noqa: F841 (read by the query below)
    sectors = corpus.table("sectors").query("article_id == @aid")
    assert {"energy", "trade", "finance_investment"} <= set(sectors["sector"])
    text = corpus.articles.set_index("article_id").loc[aid, "text"]
    assert all(text[r.start:r.end] == r.trigger for r in sectors.itertuples())


def test_dates_are_resolved_against_publication(corpus):
    aid = by_source(corpus, "ID141288")  # noqa: F841 (read by the query below); published Tuesday 2009-10-13
    dates = corpus.table("mentions").query("article_id == @aid and label == 'DATE'")
    assert dates.set_index("text").loc["Tuesday", "value"] == "2009-10-13"


def test_same_meeting_in_two_articles_is_one_event(tmp_path, wikinews_slice):
    source = next(a for a in wikinews_slice if a["id"] == "ID48143")
    paragraphs = source["text"].split("\n\n")
    retold = dict(source, id="retold", text="\n\n".join(reversed(paragraphs)) + "\n\nThe visit was covered widely.")
    (tmp_path / "a.jsonl").write_text(json.dumps(source) + "\n" + json.dumps(retold) + "\n")
    ingest([tmp_path / "a.jsonl"], store=Store(tmp_path / "s"))
    corpus = load_corpus(tmp_path / "s")
    events = corpus.table("events")
    hu = events[events["participants"].map(tuple) == ("Hu Jintao", "Hugo Chávez")]
    assert len(hu) == 1 and hu.iloc[0].n_articles == 2
    meetings = corpus.table("meetings")
    assert set(meetings["event_id"]) <= set(events["event_id"])


def test_reingesting_annotates_nothing(tmp_path):
    store = Store(tmp_path / "s")
    first = ingest([FIXTURES / "wikinews" / "slice.jsonl"], store=store)
    again = ingest([FIXTURES / "wikinews" / "slice.jsonl"], store=store)
    assert first.annotated == 6 and again.annotated == 0 and again.version == first.version


def test_export_covers_annotation_tables_and_keeps_lists(tmp_path, capsys):
    store = tmp_path / "s"
    ingest([FIXTURES / "wikinews" / "slice.jsonl"], store=Store(store))
    for table in ("mentions", "entities", "sectors", "meetings", "events"):
        assert main(["export", table, "--store", str(store), "--out", str(tmp_path / f"{table}.jsonl")]) == 0
    first = json.loads((tmp_path / "meetings.jsonl").read_text().splitlines()[0])
    assert isinstance(first["participants"], list) and isinstance(first["countries"], list)


@pytest.mark.parametrize("published, premier", [("2024-08-21", "Li Qiang"), ("2019-05-01", "Li Keqiang"), ("2010-06-01", "Wen Jiabao")])
def test_role_references_resolve_to_the_holder_on_the_publication_date(published, premier):
    from core.knowledge import load_knowledge
    from core.pipeline.nlp import load_nlp
    from core.pipeline.people import resolve_people

    doc = load_nlp()("The Chinese premier arrived in Moscow, where Historic Meeting banners hung.")
    people = resolve_people(doc, load_knowledge(), published=published, headings=[])
    assert [(m.text, m.canonical, m.rule) for m in people] == [("The Chinese premier", premier, "role-kb")]


def test_the_article_s_own_title_beats_the_knowledge_base():
    from core.knowledge import load_knowledge
    from core.pipeline.nlp import load_nlp
    from core.pipeline.people import resolve_people

    doc = load_nlp()("Russian Prime Minister Vladimir Putin visited Beijing. The Russian leader met Hu Jintao.")
    people = resolve_people(doc, load_knowledge(), published="2009-10-13", headings=[])
    assert ("The Russian leader", "Vladimir Putin") in [(m.text, m.canonical) for m in people]


def meetings_in(text, published="2010-05-05"):
    from core.pipeline.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc.user_data.update(published=published, published_precision="day", headings=[])
    for _, component in nlp.pipeline:
        doc = component(doc)
    return [(sorted(m.participants), m.referenced) for m in doc._.bl_meetings]


PUTIN_HU = (["Hu Jintao", "Vladimir Putin"], False)


@pytest.mark.parametrize("text, expected", [
    ("Russian President Vladimir Putin held talks with Chinese President Hu Jintao in Beijing.", [PUTIN_HU]),
    ("A meeting between Russian President Vladimir Putin and Chinese President Hu Jintao took place in Moscow.", [PUTIN_HU]),
    ("Russian President Vladimir Putin's summit with Chinese President Hu Jintao ended on Friday.", [PUTIN_HU]),
    ("Chinese President Hu Jintao hosted Russian President Vladimir Putin in Beijing.", [PUTIN_HU]),
    ("Russian President Vladimir Putin was received by Chinese President Hu Jintao in Beijing.", [PUTIN_HU]),
    ("Chinese President Hu Jintao met his Russian counterpart Vladimir Putin in Moscow.", [PUTIN_HU]),
    ("A late-night call between Indian Prime Minister Manmohan Singh and US Secretary of State Condoleezza Rice was reported.",
     [(["Condoleezza Rice", "Manmohan Singh"], False)]),
    ("The Russian and Turkish governments signed an agreement on a nuclear power plant.", [(["Russia", "Turkey"], False)]),
    ("Ministers from Brunei, Malaysia and Singapore met in Jakarta.", [(["Brunei", "Malaysia", "Singapore"], False)]),
    ("Japan and South Korea held talks on fishing rights.", [(["Japan", "South Korea"], False)]),
    ("Japan and South Korea disagree on fishing rights. The two nations met in 2004.", [(["Japan", "South Korea"], True)]),
    ("In 2005 North Korea along with China, Japan and Russia signed a pact.", [(["China", "Japan", "North Korea", "Russia"], True)]),
    ("Australian Prime Minister John Howard began a visit of India yesterday.", [(["India", "John Howard"], False)]),
    ("US President George W. Bush has arrived in Saudi Arabia.", [(["George W. Bush", "Saudi Arabia"], False)]),
    ("Chinese Premier Wen Jiabao visited Delhi on Monday. Indian Prime Minister Manmohan Singh said relations were improving.",
     [(["Manmohan Singh", "Wen Jiabao"], False)]),
    ("George W. Bush met Saudi Prince Abdullah on Monday. They previously met three years ago.",
     [(["Abdullah of Saudi Arabia", "George W. Bush"], False), (["Abdullah of Saudi Arabia", "George W. Bush"], True)]),
    # a visitor meeting two people of one other country met each of them: two meetings, never a Hu–Wen pair
    ("Hugo Chavez met Hu Jintao and Wen Jiabao in Beijing.", [(["Hu Jintao", "Hugo Chávez"], False), (["Hugo Chávez", "Wen Jiabao"], False)]),
    ("Hugo Chavez met Hu Jintao on Monday and Wen Jiabao on Tuesday.",
     [(["Hu Jintao", "Hugo Chávez"], False), (["Hugo Chávez", "Wen Jiabao"], False)]),
    ("UK Prime Minister Tony Blair flies tomorrow to meet US President George W. Bush.", [(["George W. Bush", "Tony Blair"], True)]),
    ("Alexander Downer welcomed the US-Indian agreement on nuclear technology.", []),
])
def test_meeting_patterns_name_every_side(text, expected):
    assert meetings_in(text, "2006-03-08") == expected


def test_a_town_that_shares_a_leader_s_surname_stays_a_person():
    from core.knowledge import load_knowledge
    from core.pipeline.people import is_false_person

    kb = load_knowledge()
    assert not is_false_person("Bush", kb, in_heading=False)
    assert is_false_person("Beijing", kb, in_heading=False) and is_false_person("China", kb, in_heading=False)


def people_of(text, published="2006-03-08"):
    from core.pipeline.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc.user_data.update(published=published, published_precision="day", headings=[], source="Wikinews")
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.bl_people


@pytest.mark.parametrize("text", [
    "No peace treaty was ever signed between Japan and Russia.",
    "Not once has Prime Minister John Howard visited Bathurst in China.",
    "Chinese President Hu Jintao said his wife did not travel with him to India.",
    "Russian President Vladimir Putin did not meet Chinese President Hu Jintao.",
    "Russian President Vladimir Putin held no talks with Chinese President Hu Jintao.",
    "Australian Prime Minister John Howard never visited India.",
])
def test_negated_meeting_words_report_no_meeting(text):
    assert meetings_in(text, "2006-03-08") == []


@pytest.mark.parametrize("text, expected", [
    ("Myanmar and Somalia both received 1.4 ratings.", []),
    ("Andrew Chan received the news from Indonesian President Susilo Bambang Yudhoyono.", []),
    ("Three Gardaí received medical attention.", []),
    ("The candidates Hugo Chavez and Hu Jintao received votes.", []),
    ("Chinese President Hu Jintao received Russian President Vladimir Putin in Beijing.", [PUTIN_HU]),
    ("Chinese President Hu Jintao received a Russian delegation in Beijing.", [(["Hu Jintao", "Russia"], False)]),
])
def test_hosting_verbs_need_a_participant_as_their_object(text, expected):
    assert meetings_in(text, "2006-03-08") == expected


@pytest.mark.parametrize("text, expected", [
    ("Iraqi President Jalal Talabani has agreed to meet Iranian President Mahmoud Ahmadinejad on Saturday.",
     [(["Jalal Talabani", "Mahmoud Ahmadinejad"], True)]),
    ("A planned visit to India by US President George W. Bush was announced.", [(["George W. Bush", "India"], True)]),
    ("A planned visit to India by US President George W. Bush was cancelled.", []),  # called off: not held
    ("The meeting between Hu Jintao and Vladimir Putin will include trade.", [(["Hu Jintao", "Vladimir Putin"], True)]),
    ("Hu Jintao met Vladimir Putin in Beijing.", [(["Hu Jintao", "Vladimir Putin"], False)]),
])
def test_planned_meetings_are_marked_referenced(text, expected):
    assert meetings_in(text, "2006-03-08") == expected


@pytest.mark.parametrize("text, absent", [
    ("He tried to beat around the bush.", "George W. Bush"),
    ("She used eucalyptus green for the bush.", "George W. Bush"),
    ("George said hello to the crowd.", "George W. Bush"),
])
def test_lowercase_words_and_bare_first_names_are_not_known_people(text, absent):
    people = people_of(text)
    assert absent not in {m.canonical for m in people}


def test_a_bare_first_name_resolves_when_the_full_name_is_in_the_article():
    people = people_of("US President George W. Bush arrived. George said hello.")
    assert [m.canonical for m in people] == ["George W. Bush", "George W. Bush"]


@pytest.mark.parametrize("published, expected", [("2010-05-05", "Barack Obama"), ("2003-05-05", "Michelle Obama")])
def test_a_shared_surname_goes_to_the_office_holder_else_the_most_named(published, expected):
    text = ("Barack Obama arrived. Michelle Obama spoke. Michelle Obama smiled. "
            "Obama then had an hour-long phone conversation with Netanyahu.")
    obama = [m for m in people_of(text, published) if m.text == "Obama"]
    assert [m.canonical for m in obama] == [expected] and obama[0].rule != "short-form"


@pytest.mark.parametrize("name, thing", [
    ("Maria Contreras-Sweet Group", True), ("Bandung Conference", True), ("Savoy Homman Hotel", True),
    ("Edinburgh Castle", True), ("Wikinews", True), ("Twitter", True), ("Maria Contreras-Sweet", False),
    ("County Kerry", True), ("Forest Avenues", True), ("Kerry Packer", False),
    ("Hadassah Medical Center", True), ("Yala Hospital", True), ("Hudson County", True), ("Benjamin Franklin Parkway", True),
    ("Christian Temperance Union", True), ("Frank Church", False),  # church is a surname too
])
def test_names_of_organisations_places_and_outlets_are_not_people(name, thing):
    import spacy

    from core.pipeline.things import is_thing

    doc = spacy.blank("en")(f"They saw {name} there.")
    span = doc[2:2 + len(doc) - 4]
    assert is_thing(span, span.text, source="Wikinews") is thing


@pytest.mark.parametrize("text, thing", [
    ("The research vessel Akademik Fyodorov reached the coast.", "Akademik Fyodorov"),
    ("Gazprom will develop the Shtokman gas field with Total.", "Shtokman"),
])
def test_ships_and_fields_named_in_context_are_not_people(text, thing):
    assert thing not in {m.canonical for m in people_of(text)}


def test_a_word_inside_a_role_title_is_no_title_but_the_word_ending_one_is():
    from core.knowledge import load_knowledge
    from core.pipeline.names import titles_of

    titles = titles_of(load_knowledge())
    assert "state" in titles and "minister" in titles  # "Secretary of State Rice"
    assert not {"of", "central", "top"} & titles  # "the predecessor of Bell Globemedia" names no one


def test_a_name_followed_by_its_chief_executive_is_a_company():
    import spacy

    from core.pipeline.things import named_as_organisation

    doc = spacy.blank("en")("Globemedia CEO Ivan Fecan said the offer was fair.")
    assert named_as_organisation(doc[0:1], "Globemedia") and not named_as_organisation(doc[2:4], "Ivan Fecan")


def test_event_ids_are_unique_per_cluster():
    from core.pipeline.events import assign_events

    rows = [{"meeting_id": mid, "article_id": aid, "participants": ["A B", "C D"], "countries": ["X", "Y"], "location": loc,
             "date": "2008-01-01", "date_precision": "day", "kind": "talks", "referenced": False, "confidence": 0.7}
            for mid, aid, loc in [("m1", "a1", "Paris"), ("m2", "a2", "Tokyo"), ("m3", "a3", "Paris")]]
    countries = {"Paris": ["France"], "Tokyo": ["Japan"]}
    frame = pd.DataFrame(rows).assign(countries=lambda f: f["location"].map(countries))
    meetings, events, _ = assign_events(frame)
    assert events["event_id"].is_unique and len(events) == 2
    assert meetings.set_index("meeting_id")["event_id"]["m1"] == meetings.set_index("meeting_id")["event_id"]["m3"]
    again, _, _ = assign_events(frame.iloc[::-1])
    assert dict(zip(again["meeting_id"], again["event_id"])) == dict(zip(meetings["meeting_id"], meetings["event_id"]))


def test_event_ids_in_the_corpus_are_unique(corpus):
    assert corpus.table("events")["event_id"].is_unique


@pytest.mark.parametrize("text, expected", [
    ("Chinese Premier Wen Jiabao arrived. Officials from Nepal watched. Wen said of the document he signed with Indian "
     "Prime Minister Manmohan Singh that it was historic.", [(["Manmohan Singh", "Wen Jiabao"], False)]),
])
def test_a_pronoun_takes_the_subject_named_earlier_in_its_sentence(text, expected):
    assert meetings_in(text, "2006-03-08") == expected


def test_very_long_articles_are_annotated_in_batches_of_their_own_so_progress_moves():
    from core.pipeline.annotate import BATCH_CHARS, _batches

    records = [{"text": t} for t in ("a" * 10, "b" * (BATCH_CHARS + 5), "c" * 10, "d" * 10, None)]
    assert [[len(r["text"] or "") for r in batch] for batch in _batches(records, 64)] == [[10], [BATCH_CHARS + 5], [10, 10, 0]]
    assert [len(batch) for batch in _batches(records, 2)] == [1, 1, 2, 1]


def test_annotating_reads_each_knowledge_file_at_most_once(monkeypatch):
    """Once warm, a run of annotation reads each knowledge file at most once (to see whether it changed): every word
    list the pipeline asks for per token or per article comes from a cache, or annotation slows down with the size of
    the files (a CSV read per word looked at)."""
    from core.knowledge import files
    from core.pipeline.annotate import annotate_records, warm

    warm()
    reads = []
    real = files.knowledge_sources
    monkeypatch.setattr(files, "knowledge_sources", lambda name: reads.append(name) or real(name))
    text = ("Zorvian Prime Minister Adaeze Okonkwo dined with Chancellor Angela Merkel in Berlin on Monday and "
            "visited a wind farm. The two leaders held talks on energy, trade and defence cooperation.")
    annotate_records([{"article_id": "a", "text": text, "published": "2010-05-05", "published_precision": "day"}])
    assert reads and sorted(reads) == sorted(set(reads))
