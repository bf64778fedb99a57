"""The country, or international organisation, a text gives a person ("Venezuelan President Hugo Chávez", "IMF chief
Poul Thomsen", "Li Qiang, the Chinese premier"), and the countries an article mentions."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, cues, fold, organisation_code, organisation_home, regions
from core.text import without_possessive


def countries_in(doc: Doc, kb: Knowledge) -> frozenset[str]:
    """ISO3 codes of the countries an article mentions (names, demonyms, capitals); worked out once per Doc, since
    every bare surname of the article asks."""
    # the entities the answer was worked out from, counted from one array (building doc.ents to count them cost a
    # 500,000-character article 12 s over its 400 surnames)
    key = f"bl_countries_in:{int((doc.to_array('ENT_IOB') == 3).sum())}"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(filter(None, (kb.country_of_place(e.text)[0] for e in doc.ents if e.label_ in ("GPE", "NORP"))))
    return doc.user_data[key]


POSTED = frozenset({"in", "to", "at"})  # "ambassador to China", "envoy in Burundi", "representative at the UN"
TITLE_OR_MEMBER = frozenset({"of", "for", "as", "like", "including"})  # "Minister for Foreign Affairs X", "artists such as X"


def text_country(doc: Doc, span: Span, kb: Knowledge) -> str | None:
    """Country a text gives a person: "Venezuelan President Hugo Chávez", "Li Qiang, the Chinese premier", "the United
    Nations' relief chief, Jan Egeland" (not "Jan Egeland, who visited Lebanon")."""
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].ent_type_ == "GPE":
        iso3 = _token_country(doc[span.end + 1], kb)  # "King Abdullah of Saudi Arabia", "Mohammed VI of Morocco"
        if iso3:
            return iso3
    for i in range(span.start - 1, max(min(span.start - 5, _title_start(doc, span.start) - 2), -1), -1):
        token = doc[i]
        naming = token.lemma_.lower() in ("name", "call") and token.dep_ == "acl"  # "an Indonesian woman named …"
        if ((token.is_punct and token.text not in ("'s", "’s")) or (token.pos_ in ("VERB", "AUX", "SCONJ") and not naming)
                or token.lower_ == "that"):
            break  # a clause begins: "U.S. claims that Ayman Example …", "U.S. rejects Bin Laden's truce" say no one's country
        if token.pos_ == "CCONJ" and token.i == span.start - 1 and span.root.dep_ == "conj":
            break  # "The Canadian prime minister and Schwarzenegger": the country is the first one's (not "Marine
            # Affairs and Fisheries Minister Sharif Cicip Sutardjo")
        if token.pos_ == "ADP" and token.lower_ not in POSTED | TITLE_OR_MEMBER:
            break  # the name is another phrase's object: "talks in the Ethiopian capital between Bashir and Kiir"
        if i > 0 and doc[i - 1].lower_ in POSTED and doc[i - 1].pos_ == "ADP":
            continue  # "the UN representative in Burundi Carolyn Example": where someone is posted, not their country
        iso3 = _token_country(token, kb)
        if iso3:
            return iso3
    title = span.root.head
    if (span.root.dep_ == "appos" and title.i < span.start
            and (title.pos_ == "NOUN" or (title.pos_ == "PROPN" and not title.ent_type_))):  # "the UN's relief chief, Jan Egeland", "The Swedish Minister for Foreign Affairs, Carin Jämtin"
        for token in reversed([t for t in title.subtree if t.i < title.i]):
            iso3 = _token_country(token, kb)
            if iso3:
                return iso3
    posted = doc[span.start - 2] if span.start > 1 and doc[span.start - 1].text == "," else None
    if posted is not None and posted.dep_ == "pobj" and posted.head.lower_ in POSTED and posted.head.head.pos_ == "NOUN":
        office = posted.head.head  # "Colombia's ambassador to Venezuela, Armando Benedetti" (parsed as Venezuela's): the office's
        for token in reversed([t for t in office.subtree if t.i < office.i]):  # country, not where it is posted
            if (iso3 := _token_country(token, kb)):
                return iso3
    if span.end + 3 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ not in ("ADP", "ADV", "CCONJ", "SCONJ"):
        # an appositive, not the clause going on: "… chairman Abdul Ghani Bhat, at a tea party at the Pakistani High Commission"
        window = []
        for token in doc[span.end + 1 : span.end + 7]:  # "al-Hakim, the leader of the Supreme Islamic Iraqi Council"
            if token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "whom", "which", "that") or token.text == ",":
                break  # "Egeland, who visited Lebanon": where someone went is not their country
            window.append(token)
        if any(t.ent_type_ == "PERSON" for t in window):
            return None  # the next of a list of people: "with Sisi, Ethiopian Prime Minister Abiy Ahmed and …"
        return next((iso3 for t in window if (iso3 := _token_country(t, kb))), None)
    return None


TITLE_JOINERS = frozenset({"for", "of", "and"})  # inside a title: "Minister for Foreign Affairs", "Secretary of State"
TITLE_WORDS = 10  # the longest title looked through


def _title_start(doc: Doc, start: int) -> int:
    """Where the run of capitalised words before a name begins, with the small words joining them ("Swedish Acting
    Minister for Foreign Affairs Carin Jämtin"): a country named at its start, or just before it, is the person's,
    however long the title. Another person's name ends the run."""
    run = start
    while run > 0 and start - run < TITLE_WORDS:
        token = doc[run - 1]
        joins = token.lower_ in TITLE_JOINERS and run >= 2 and doc[run - 2].is_title
        if token.ent_type_ == "PERSON" or not (token.is_title or joins):
            break
        run -= 1
    return run


def _token_country(token, kb: Knowledge) -> str | None:
    """The country, or the international organisation ("IMF chief …"), a word before or after a name gives; not
    the country someone studies or reports on ("a China expert", "an expert on Iran", "the paper's Moscow
    correspondent")."""
    expertise = cues().get("expertise", frozenset())
    if token.head.i != token.i and token.head.lemma_.lower() in expertise and token.i < token.head.i:
        return None
    if token.dep_ == "pobj" and token.head.lower_ in ("on", "in") and token.head.head.lemma_.lower() in expertise:
        return None  # "an expert on Iran", "a specialist in China"
    if token.ent_type_ in ("NORP", "GPE") or token.is_title:
        iso3, kind = kb.country_of_place(_entity_text(token))
        if iso3:
            return iso3 if kind == "country" or _local_office_after(token) else None
        if token.ent_type_ == "GPE":  # a state or province: "California Governor …", "New South Wales Premier …"
            region = regions().get(fold(_entity_text(token)))
            if region:
                return region
    if token.ent_type_ == "ORG" or token.is_upper:
        name = _entity_text(token)
        return organisation_home(name) or organisation_code(name) or (  # "Hamas leader …" is Palestinian
            _country_word(name, kb) if token.ent_type_ == "ORG" else None)  # "the Supreme Islamic Iraqi Council"
    return None


def _country_word(name: str, kb: Knowledge) -> str | None:
    """The one country an organisation's name names by a word of it ("the Supreme Islamic Iraqi Council": Iraq)."""
    codes = {code for word in name.split() for code, kind in [kb.country_of_place(word)] if code and kind == "country"}
    return codes.pop() if len(codes) == 1 else None


def _local_office_after(token) -> bool:
    """The place a token belongs to is followed by the office of its own government ("Jakarta governor Sutiyoso",
    "Moscow Mayor Yuri Luzhkov"; `local_office` cues): the office-holder is of that city's country."""
    end = _entity_bounds(token)[1]
    return end < len(token.doc) and token.doc[end].lower_ in cues().get("local_office", frozenset())


def _entity_text(token) -> str:
    """The whole entity a token belongs to ("East Timor's" for "Timor"), else the token; possessive removed."""
    if not token.ent_type_:
        return token.text
    start, end = _entity_bounds(token)
    return without_possessive(token.doc[start:end].text).strip()


def _entity_bounds(token) -> tuple[int, int]:
    """Token bounds of the entity a token belongs to (the token alone outside any)."""
    doc, start, end = token.doc, token.i, token.i + 1
    if token.ent_type_:
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end
