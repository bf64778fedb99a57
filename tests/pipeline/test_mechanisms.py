"""One test table per extraction mechanism, on short texts written for the test (model-backed where a parse is
needed, pure otherwise)."""
from __future__ import annotations

import pytest

from core.knowledge import fold, load_knowledge, regnal_name, short_forms


def annotate(text: str, published: str = "2010-05-05", title: str | None = None):
    from core.pipeline.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc.user_data.update(published=published, published_precision="day", headings=[], article_id="t", source=None, title=title)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def meetings(text: str, published: str = "2010-05-05"):
    return [m for m in annotate(text, published)._.bl_meetings]


def sides(text: str, published: str = "2010-05-05") -> list[list[str]]:
    return [sorted(m.participants) for m in meetings(text, published)]


def people(text: str, published: str = "2010-05-05") -> set[str]:
    return {m.canonical for m in annotate(text, published)._.bl_people}


# ---------------------------------------------------------------------------------------------- names (pure)

@pytest.mark.parametrize(("canonical", "forms"), [
    ("George J. Mitchell", ["George Mitchell"]),
    ("Edward Whitacre Jr.", ["Edward Whitacre"]),
    ("Pope Benedict XVI", ["Benedict XVI", "Pope Benedict"]),
    ("Mohammed VI of Morocco", ["Mohammed VI"]),
    ("Juan Carlos I", ["Juan Carlos"]),
    ("Abdullah of Saudi Arabia", []),  # a single word is never an alias on its own
])
def test_short_forms_of_canonical_names(canonical, forms):
    assert short_forms(canonical) == forms


@pytest.mark.parametrize(("canonical", "name"), [
    ("Abdullah of Saudi Arabia", "abdullah"), ("Pope Benedict XVI", "benedict"), ("Charles III", "charles"),
    ("George W. Bush", None), ("Juan Carlos I", None),
])
def test_regnal_names(canonical, name):
    assert regnal_name(canonical) == name


def test_fold_maps_letters_unicode_does_not_decompose():
    assert fold("Lars Løkke Rasmussen") == fold("Lars Lokke Rasmussen") and fold("Wałęsa") == "walesa"


@pytest.mark.parametrize(("written", "canonical"), [
    ("Saddam Hussien", "Saddam Hussein"), ("Jakaya Kekwete", "Jakaya Kikwete"), ("Muammar el-Qaddafi", "Muammar Gaddafi"),
    ("Mahinda Rajapakse", "Mahinda Rajapaksa"), ("Rafik Hariri", "Rafic Hariri"),
    ("Fahd bin Abdul Aziz", "Fahd of Saudi Arabia"),  # parts joined otherwise than the knowledge base writes them
    ("Corazon C. Aquino", "Corazon Aquino"),  # a middle initial the knowledge base never writes
])
def test_close_spellings_match_the_knowledge_base(written, canonical):
    person = load_knowledge().match(written)
    assert person is not None and person.canonical == canonical


@pytest.mark.parametrize("name", ["Omar Karimov", "George K. W. Bush", "George X. Bush", "Rob Nichols", "Pat Robertson"])
def test_a_different_person_of_similar_shape_is_not_matched(name):
    # another surname; other middle initials than George W. Bush's; a surname with an ending added (Nicholson, Roberts)
    found = load_knowledge().match(name, on="2008-01-01")
    assert found is None or found.canonical == name  # someone else, or exactly that person


# ---------------------------------------------------------------------------------------------- people (model)

@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected", "absent"), [
    ("Firefox gained users. Snowy Hydro raised prices. Don Apparel shares fell.", "2008-01-01", set(), {"Firefox", "Snowy Hydro", "Don Apparel"}),
    ("Actress Sarah Jessica Parker attended the premiere. Sarah Jessica said she loved it.", "2008-05-10",
     {"Sarah Jessica Parker"}, {"Sarah Jessica"}),
    ("Members of the Bush administration insisted. The Obama campaign agreed.", "2008-05-10", set(),
     {"George W. Bush", "Barack Obama"}),
    ("Members of the Bush administration insisted, President Bush said.", "2008-05-10", {"George W. Bush"}, set()),
    ("Florida State president T.K. Wetherell said the plan was sound.", "2008-01-01", {"T. K. Wetherell"}, set()),
    ("Iraqi leader Saddam Hussien was captured.", "2003-12-15", {"Saddam Hussein"}, {"Saddam Hussien"}),
    ("Saudi Crown Prince Abdullah arrived in Texas.", "2005-04-25", {"Abdullah of Saudi Arabia"}, set()),
    ("Pope Benedict XVI arrived in Valencia on Saturday.", "2006-07-08", {"Pope Benedict XVI"}, set()),
    ("The Taliban spokesman Qari Yousef Ahmadi spoke.", "2008-01-01", {"Yousef Ahmadi"}, {"Qari Yousef Ahmadi"}),
    ("Critics of the 2005 Finance Bill said it would raise taxes.", "2005-03-16", set(), {"Bill"}),
    ("The Putin said he would come.", "2005-03-16", {"Vladimir Putin"}, set()),
    # a surname written before the full name is that later full name
    ('General Exampla spoke for the rebels on Sunday. Speaking to the BBC, Exampla said: "I, Lt Gen Vincent Exampla, '
     'want peace."', "2006-07-10", {"Vincent Exampla"}, {"Exampla"}),
    ("A member of the JEM, Ahmad Hussein, told Channel 4 News he was angry.", "2005-06-10", {"Ahmad Hussein"}, {"Ahmed Hussen"}),
    ("Either he will not lead or he cannot lead. Whichever is the case, the conclusion is the same: he must go.",
     "2005-06-10", set(), {"Whichever"}),
    # a title before a bare surname picks the one holding that office of several in office ("Chancellor" in Britain)
    ("Prime Minister Blair and Chancellor Brown are agreed on the need to retain a nuclear deterrent.", "2006-11-22",
     {"Tony Blair", "Gordon Brown"}, {"Brown"}),
    # an office no bearer of the surname holds on the day is the one a bearer held before ("under President Clinton")
    ("Senator Clinton of the United States said the order was void, as it was under President Clinton.", "2006-03-20",
     {"Hillary Clinton", "Bill Clinton"}, set()),
    # an office in the plural before a name is person evidence; "models" is no office
    ("Burundi introduced international arrest warrants for the group's leaders Agathon Rwasa and Pasteur Habimana. "
     "Yet when Rwasa held a press conference in Tanzania in May, no arrest was made.", "2005-09-10", {"Agathon Rwasa"},
     {"Rwasa"}),
    ("The plant produced 79,896 vehicles last year, of the models Volkswagen Sharan and Ford Galaxy.", "2005-09-10",
     set(), {"Volkswagen Sharan", "Volkswagen"}),
    # a name between a title's words is part of the title, not its holder
    ('"It will sell well," the Chief Xbox officer Robbie Bach said.', "2005-09-10", {"Robbie Bach"}, {"Xbox"}),
    # an organisation noun right before a name, or a facility word after it, makes it an organisation
    ("The deal helps American defence contractor Halvorsen Martin, whose shares rose.", "2005-09-10", set(), {"Halvorsen Martin"}),
    ("The district is home to a major Halvorsen Martin facility.", "2005-09-10", set(), {"Halvorsen Martin"}),
    # a company once is a company throughout the article, also by its last word
    ("Prosecutors charged accounting firm Arthur Halvorsen LLP with fraud. The shredding began before Halvorsen "
     "received a subpoena.", "2005-06-01", set(), {"Arthur Halvorsen LLP", "Arthur Halvorsen", "Halvorsen"}),
    # a noun for a person right before a name is person evidence; a noun for a party, a craft or a thing is not
    ("Palestinian negotiator Saeb Erekat said the policy was destructive.", "2007-05-05", {"Saeb Erekat"}, set()),
    ("The separatist Bloc Québécois lost seats.", "2007-05-05", set(), {"Bloc Québécois"}),
    # a noun for a person in apposition after a name is person evidence, not a clause that follows a comma
    ('"Sales will rise," said Nielse Jiang, an analyst at a research firm. Jiang expects growth.', "2005-06-01",
     {"Nielse Jiang"}, {"Jiang Zemin"}),
    ("Speaking to Acme Newswires, an unnamed spokeswoman claimed it.", "2005-06-01", set(), {"Acme Newswires"}),
    # a place word before a name, a place of two words or a country after an acronym at its end: no person
    ("Soldiers at Ft. Sam Houston were told. Steve Wynn opened Wynn Las Vegas. IDA Ireland chief Sean Dorgan spoke. "
     "Jack London wrote books.", "2007-06-01", {"Steve Wynn", "Sean Dorgan", "Jack London"},
     {"Sam Houston", "Wynn Las Vegas", "IDA Ireland"}),
    # a name the model glued after an organisation and a comma, or coordinated with a person's full name, is a person
    # even when its last word is a first name too; one word coordinated is no evidence
    ("The editor of Investigate, Ian Wishart, stated it. Two others, David Mole and Khalid Mahmood have also resigned. "
     "They compete with distributors such as Red Hat, Firefox, and OpenOffice.org.", "2006-01-01",
     {"Ian Wishart", "Khalid Mahmood", "David Mole"}, {"Red Hat", "Investigate, Ian Wishart"}),
    # a name spoken of as a thing ("sold its brand") is no person, unless a noun labels it as one; a "which" after a
    # name is often the noun's before it
    ("Joe Boxer sold its brand to a licensing firm.", "2005-06-01", set(), {"Joe Boxer"}),
    ("Vonage attorney William Wilhelm, in a letter to the FCC, noted its concern. Police searched the home of former "
     "police chief Ibrahim Sahin, which led them to the site. It was the concert organised by Bob Geldof, which was "
     "created to raise money.", "2008-07-02", {"William Wilhelm", "Ibrahim Sahin", "Bob Geldof"}, set()),
    # a capitalised noun for a person right before a name is person evidence; a form of address makes a name of the
    # untagged words after it, other capitalised words do not
    ("Sudan's Justice Minister ordered General Prosecutor Salaheddin Exampla to take charge of the case. Rabbi Ephram "
     "Exampler, brother of the founder, heads a group.", "2007-11-30", {"Salaheddin Exampla", "Ephram Exampler"}, set()),
    ("Rabbi Ephram Shore, brother of the founder, spoke. It featured a Quiznos 'Prime Rib Dinner' sandwich. The Star "
     "Wars Wiki changed.", "2007-11-30", {"Ephram Shore"}, {"Rib Dinner", "Wars Wiki"}),
    # a place's name holds no person ("The New York Times" is no "York Times"), nor is a province one
    ("Maher Exampla, a Syrian-born Canadian citizen, is suing the United States, accusing them of kidnapping him and "
     "sending him to Syria, where he was detained and tortured for a year. On Wednesday, The New York Times reported "
     "that flight logs they have examined appear to support his claims. The New South Wales, Victorian and federal "
     "government jointly owns the scheme.", "2006-01-01", {"Maher Exampla"}, {"York Times", "New South Wales"}),
    # a programme named after its host, a platform, an armed movement; "-Elect" is part of a title
    ("The Al Example Show ended. Jimmy Example Live aired. Al-Quaeda claimed it. Instagram said it. President-Elect "
     "Evo Morales arrived.", "2006-01-01", {"Evo Morales"},
     {"Al Example Show", "Jimmy Example Live", "Al-Quaeda", "Instagram", "Elect Evo Morales"}),
    # a bare surname that only one former leader of the knowledge base bears is theirs wherever the story is; a
    # product's name is no surname
    ("Ahenakew said that Hitler was trying to clean up the world when he killed six million Jews.", "2005-07-11",
     {"Adolf Hitler"}, {"Hitler"}),
    ("Apple sold more iPod Nano players than ever.", "2005-07-11", set(), {"Fatos Nano"}),
    # an office's noun in apposition; a name the model took for a group, listed with a person after a plural word
    # for people, but not a movement listed with a leader
    ('"The Sudan government will be open for any assistance," Bakri Mulah, secretary-general for external affairs in '
     "Sudan's Information Ministry, said.", "2006-05-07", {"Bakri Mulah"}, set()),
    ("The Burundian government produced international arrest warrants for the group's leaders Agathon Rwasa and "
     "Pasteur Habimana.", "2005-08-13", {"Agathon Rwasa", "Pasteur Habimana"}, set()),
    ("Mahmoud Abbas and Islamic Jihad agreed on Monday.", "2007-06-20", {"Mahmoud Abbas"}, {"Islamic Jihad"}),
    # a bare surname after the title of an office its one bearer of the knowledge base held before
    ("In meetings led by Vice President Cheney, Attorney General Ashcroft discussed it.", "2008-10-15",
     {"John Ashcroft"}, {"Ashcroft"}),
    # a thing word that is a surname too ends a person's name after a known first name, not after an article or a
    # word no first name; a thing word after a name ends a company's, a district's or a force's
    ("Keith Examplehall said so. Keith Hall, Commissioner of the Bureau of Labor Statistics, said the figure was high. "
     "Rosa Parks refused to move. The concert was held at the Albert Hall. Tickets for Carnegie Hall sold out.",
     "2009-12-06", {"Keith Hall", "Rosa Parks"}, {"Albert Hall", "Carnegie Hall"}),
    ("The dolls were made by Marvel Toys of New York. It tied up with Bombardier Transportation. He runs in the "
     "Bramalea-Gore-Malton riding. He complained to the Ernakulam police.", "2007-11-10", set(),
     {"Marvel Toys", "Bombardier Transportation", "Gore", "Ernakulam"}),
    # a character of fiction is no person; an area is a place
    ("The donuts matched those favored by one of the title characters, Homer Simpson. Character Elaine Benes "
     "hoarded her sponges. We chose Xinyi Shopping Area to exhibit.", "2007-06-01", set(),
     {"Homer Simpson", "Elaine Benes", "Xinyi Shopping Area"}),
    # an office in apposition, even one the parse hangs on an organisation word; a noun for a person in apposition
    # before the verb the name is the subject of; the speaker of quoted words
    ("Sharad Rao, General Secretary of BEST's workers union, said that the management took this decision. The "
     "royal government must react urgently, Monh Saphan, a Funcinpec parliamentarian was quoted as saying. "
     '"These are items," Prescott Carlson was quoted as saying by The Times. Wikinews interviewed Eva Hassett, Vice '
     "President of Savarino Construction Services Corporation, the development company in charge. Gene Russianoff of "
     "the Straphangers Campaign, a commuter advocacy group, said that the agency should pay.", "2008-01-01",
     {"Sharad Rao", "Monh Saphan", "Prescott Carlson", "Eva Hassett", "Gene Russianoff"}, set()),
    # a word for a person capitalised to begin the sentence is no part of the name after it
    ("Reviewer Saul Exampler says the video is good. Sheikh Nasser Mohammed Exampla spoke.", "2008-01-01",
     {"Saul Exampler", "Nasser Mohammed Exampla"}, {"Reviewer Saul Exampler", "Mohammed Exampla"}),  # a first name stays
    # … but not a speaker whose words came in a statement, as a company's do
    ('"We are pleased with the results," said Coca Cola in a statement.', "2008-01-01", set(), {"Coca Cola"}),
    # … not a company that tells something, nor the bidder of a relative clause, nor a mascot or a cartoon character
    ("The bidders are Tramlink Nottingham and Arrow Connect, the preferred bidder of which will be appointed soon. IAG "
     "will make concessions after Virgin Atlantic told the EC the deal would be anti-competitive. He burned an effigy "
     "of Chief Wahoo, the Cleveland Indians baseball team mascot. Lantz became famous for Universal's most well-known "
     "cartoon character, Woody Woodpecker.", "2008-01-01", set(),
     {"Arrow Connect", "Virgin Atlantic", "Wahoo", "Woody Woodpecker"}),
    # a party label before an untagged name led by a known first name, even one the model tags as a group; an office
    # ending in such a word ("Minister of Labor") names its holder once
    ("But Maryland Democrat Elijah Exampler noted a major improvement. The Democrat Party won the vote. The address "
     "ensued the Minister of Labor Mohammad Jahromi presentation of an economic report.", "2009-12-06", {"Elijah Exampler", "Mohammad Jahromi"},
     {"Democrat Party"}),
    # a generational suffix ends a person's name, tagged or not; a capitalised word after it makes a thing named
    # after the person
    ("Representative Rush Holt Jr. spoke on Monday. On Tuesday, Rush Holt Jr. spoke again. Schools closed for Martin "
     "Luther King Jr. Day.", "2006-05-01", {"Rush Holt Jr."}, {"Martin Luther King Jr. Day"}),
    # … but a personal title makes a person of the name a company bears
    ("The state will sell the ferry firm to the fund Halvorsen Capital Partners. Mr Halvorsen says he can save it.",
     "2005-06-01", {"Halvorsen"}, set()),
])
def test_a_name_is_a_person_only_with_person_evidence(text, published, expected, absent):
    found = people(text, published)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize(("title", "expected"), [
    ("Lorenzo Bianchi steps down as head of the Vestrian central bank", {"Lorenzo Bianchi"}),
    ("Lorenzo P. Bianchi steps down", {"Lorenzo P. Bianchi"}),
    ("Prince Bianchi steps down", {"Bianchi"}),  # a title is no first name
    ("Lorenzo Bianchi and Marta Bianchi step down", {"Bianchi"}),  # two full names: the title cannot say which
    (None, {"Bianchi"}),
])
def test_a_surname_alone_takes_the_full_name_the_title_gives(title, expected):
    text = "Mr Bianchi has stepped down after an investigation into his role in a bank takeover."
    found = {m.canonical for m in annotate(text, "2005-12-20", title=title)._.bl_people}
    assert found == expected


# ---------------------------------------------------------------------------------------------- meetings (model)

def _pairs(found) -> list[tuple[list[str], bool]]:
    return sorted((sorted(m.participants), m.referenced) for m in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # principals over countries: the article names the host's leader
    ("Russian President Vladimir Putin paid a state visit to China. President Xi Jinping and President Putin held talks.",
     [(["Vladimir Putin", "Xi Jinping"], False)]),
    # counted meeting nouns are statistics
    ("The number of trips between Russia and China surpassed a million last year.", []),
    # plans and hypotheses
    ("Days ahead of the G-20 summit in London, Russian President Dmitry Medvedev spoke of reform.", [(["G20"], True)]),
    ("Vladimir Putin and Xi Jinping are to sign an agreement on gas supplies.", [(["Vladimir Putin", "Xi Jinping"], True)]),
    # reported speech: its past perfect is not background
    ("A spokesman confirmed that Israeli Defence Minister Amir Peretz had called President Mahmoud Abbas.",
     [(["Amir Peretz", "Mahmoud Abbas"], False)]),
    # international organisations as sides; an organisation's members gathering, whatever adjective the meeting has
    ("US President George W. Bush arrived in Busan for the APEC summit.", [(["APEC", "George W. Bush"], False)]),
    ("Trade ministers will attend the next WTO meeting in Hong Kong in December.", [(["WTO"], True)]),
    ("OPEC held an emergency meeting on Friday.", [(["OPEC"], False)]),
    ("OPEC, which was planning on having an emergency meeting next month, pushed it forward.", [(["OPEC"], True)]),
    ("Microsoft held an emergency meeting on Friday.", []),
    # a conference an organisation's name labels gathers its members; a press conference does not
    ("Police hope to avoid the clashes that marked the last WTO conference in Cancun, Mexico, in 2003.", [(["WTO"], True)]),
    ("NATO spokesman James Appathurai told a NATO press conference on Monday that troops would stay.", []),
    # an organisation's delegation visiting a country: that country is the host
    ("A delegation from the World Bank visited Kenya on Monday.", [(["Kenya", "World Bank"], False)]),
    # travel inside a place goes to no destination
    ('Sir Richard Branson, Chairman of the Virgin Group, said that he was "absolutely delighted" that Pacific Blue is '
     'set to enter the New Zealand domestic market, "bringing its unmistakable fun, flair and affordability to travel '
     'within New Zealand."', []),
    ("Nigerian Finance Minister Ngozi Okonjo-Iweala held talks with the Paris Club in Paris.",
     [(["Ngozi Okonjo-Iweala", "Paris Club"], False)]),
    # an acronym that is also another body's ("FSB": Russia's security service) is no alias
    ("Russian President Vladimir Putin met FSB officials and German Chancellor Angela Merkel in Moscow.",
     [(["Angela Merkel", "Vladimir Putin"], False)]),
    # nothing shows two countries: a company's people
    ("Acme chief executive John Smith met Beta Corp founder Jane Doe in Denver.", []),
    # talks in a clause on a visit join it with the person the visit's country side stands for
    ("Russian Foreign Minister Sergei Lavrov visited Tokyo on Sunday, where he held talks with Japanese Foreign Minister "
     "Hirofumi Nakasone.", [(["Hirofumi Nakasone", "Sergey Lavrov"], False)]),
    # a country side through a relative pronoun, and a group noun counting the countries named before it
    ("The treaty must be ratified by Romania and Bulgaria, the two states which signed the accession treaty on April 25.",
     [(["Bulgaria", "Romania"], True)]),
    ("The United States, which met North Korean officials in Berlin, wants more talks.", [(["North Korea", "United States"], False)]),
    # the countries a plural name counts; the subject of the verb whose complement holds the meeting; "are to" plans
    ("Talks between the two Koreas resumed in Kaesong.", [(["North Korea", "South Korea"], False)]),
    ("The two Koreas are to hold a preparatory meeting in Kaesong.", [(["North Korea", "South Korea"], True)]),
    ("Li said it is to consolidate cooperation in his meeting with Russian Prime Minister Mikhail Mishustin on Friday.",
     [(["Li Qiang", "Mikhail Mishustin"], False)]),
    # a custom, not one meeting
    ("Hu has taken offense at Koizumi's annual habit, since 2001, of visiting the Yasukuni shrine in Tokyo.", []),
    # meals with someone
    ("British Prime Minister Gordon Brown had lunch with US President Barack Obama in London.", [(["Barack Obama", "Gordon Brown"], False)]),
    ("The minister had lunch with journalists.", []),
])
def test_meeting_mechanisms(text, expected):
    assert _pairs(meetings(text, "2009-03-28" if "Medvedev" in text else "2024-05-17")) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "places"), [
    ("Workers in Toronto, Ontario, Canada went on strike.", {"Toronto": "CAN", "Ontario": "CAN", "Canada": "CAN"}),
    ("The Bucharest Metro operator will buy new metro trains.", {}),  # no town called Metro
    ("Visits to Paris, London and Berlin.", {"Paris": "FRA", "London": "GBR", "Berlin": "DEU"}),
    ("eBay, based in San Jose, California, reported profits.", {"San Jose": "USA"}),
    ("He met Putin in Moscow, Kerry said.", {"Moscow": "RUS"}),
    ("Police in San Jose arrested the man, the US firm said.", {"San Jose": "USA", "US": "USA"}),
    ("The firm moved to Atlanta, Georgia last year.", {"Atlanta": "USA", "Georgia": "GEO"}),
    ("It has offices in Dubai, South Africa and Brazil.", {"Dubai": "ARE", "South Africa": "ZAF", "Brazil": "BRA"}),
    ("Exchanges in Tokyo, Buenos Aires and Toronto were closed.", {"Tokyo": "JPN", "Buenos Aires": "ARG", "Toronto": "CAN"}),
    ("Obama spoke in Moscow, the US embassy said.", {"Moscow": "RUS", "US": "USA"}),
])
def test_a_town_is_a_capitalised_name_in_the_country_written_after_it(text, places):
    found = {p.text: p.country for p in annotate(text)._.bl_places if p.text != "Bucharest"}
    assert found == places


@pytest.mark.model
def test_evidence_ends_before_markup_the_sentence_splitter_cut_into():
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Warsaw on 2 April 2023 "
            "<script>alert(1)</script> and more. They talked.")
    [meeting] = meetings(text, "2023-04-03")
    assert meeting.evidence.endswith("2 April 2023") and text[meeting.start:meeting.end] == meeting.evidence


@pytest.mark.model
@pytest.mark.parametrize(("text", "location"), [
    ("Li Qiang arrived in Moscow on Tuesday. He flew to Russia to meet President Vladimir Putin on Wednesday.", "Moscow"),
    ("Xi Jinping held talks with Vladimir Putin, calling for cooperation between Beijing and Washington.", None),
    ("The Chinese leader's meeting with Vladimir Putin shows resolve to forge close bonds with Moscow.", None),
    ("Vladimir Putin met Xi Jinping in Beijing.", "Beijing"),
])
def test_a_meeting_place_is_one_the_text_supports(text, location):
    [meeting] = [m for m in meetings(text, "2024-08-21") if "Vladimir Putin" in m.participants and text.endswith(m.evidence)]
    assert meeting.location == location  # the meeting the last sentence tells


@pytest.mark.model
def test_a_background_meeting_without_its_own_date_is_undated():
    [meeting] = meetings("This became clear after Vladimir Putin met Xi Jinping soon after a border dispute was settled.", "2024-08-21")
    assert meeting.referenced and meeting.date is None and meeting.date_precision == "unknown"


# ---------------------------------------------------------------------------------------------- sectors and figures

@pytest.mark.model
@pytest.mark.parametrize(("text", "sectors"), [
    ("Cooperation, including energy, agriculture, and advanced technologies, is expected to be a key focus.",
     {"energy", "agriculture", "technology"}),
    ("They agreed on energy cooperation.", {"energy"}),
    ("The talks injected new energy into the relationship.", set()),
    # a bare noun listed with one that its context makes a sector is one too, whichever comes first
    ("The two leaders agreed to expand cooperation on energy and defence.", {"energy", "defence_security"}),
    ("Defence and energy are big words.", set()),
    # a trigger in a name, a title before a name or a phrase that means something else tells no sector
    ("Professor John Example of Harvard University said the trade union leader spoke at the Energy Institute.", set()),
    ("The two countries discussed trade and education.", {"trade", "education_culture"}),
])
def test_bare_sector_nouns_count_where_used_as_sectors(text, sectors):
    doc = annotate(text)
    assert {s.label_ for s in doc.spans["sectors"]} == sectors


@pytest.mark.model
def test_small_counting_words_are_not_figures(tmp_path):
    from core.pipeline.annotate import _article_rows

    doc = annotate("The two nations signed 15 agreements worth 3 billion dollars.")
    figures = {m["text"] for m in _article_rows(doc, "t")["mentions"] if m["label"] == "CARDINAL"}
    assert "two" not in figures and "15" in figures


@pytest.mark.model
def test_a_reported_meeting_takes_the_day_a_neighbouring_sentence_gives():
    text = ("Palestinian President Mahmoud Abbas reached the kingdom on Tuesday. "
            "Abbas held talks with Saudi King Abdullah about the unity government.")
    [meeting] = [m for m in meetings(text, "2007-02-08") if m.kind == "talks"]
    assert (meeting.date, meeting.date_precision) == ("2007-02-06", "day") and "date:neighbour-sentence" in meeting.rules


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Australian Foreign Minister Alexander Downer visited Tokyo last week. During the visit, he met Prime Minister "
     "Shinzo Abe.", "2007-05-10", ("2007-04-30", "Tokyo", False)),
    ("US Secretary of State Condoleezza Rice traveled to Moscow on April 3. While there, she held talks with Sergei "
     "Lavrov.", "2007-05-10", ("2007-04-03", "Moscow", True)),
])
def test_talks_told_just_after_a_visit_are_held_during_it(text, published, expected):
    """The talks take the visit's day and place; told of the same day, the visit and the talks are one meeting of
    the visitor and the person met."""
    [talks] = [m for m in meetings(text, published) if {"Shinzo Abe", "Sergey Lavrov"} & set(m.participants)]
    assert (talks.date, talks.location, talks.referenced) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "session"), [
    ("Christopher R. Hill, the US negotiator in the six-party talks, believes the incident is a sideshow.", False),
    ("If North Korea fires a missile while the six-party talks remain off, the impact will be serious.", False),
    ("The six-party talks resumed, officials said.", True),
    ("The six-party talks ended without an agreement.", True),
])
def test_a_format_named_without_a_session_is_background_and_undated(text, session):
    [talks] = meetings(text, "2008-04-24")
    if session:
        assert (talks.date, talks.referenced) == ("2008-04-24", False)
    else:
        assert (talks.date, talks.date_precision, talks.referenced) == (None, "unknown", True)
        assert "date:format-undated" in talks.rules


@pytest.mark.model
def test_talks_after_a_background_visit_that_do_not_point_back_to_it_keep_their_own_date():
    text = ("US Secretary of State Condoleezza Rice traveled to Moscow in April 2005. "
            "She held talks with Russian Foreign Minister Sergei Lavrov.")
    [talks] = [m for m in meetings(text, "2007-05-10") if "Sergey Lavrov" in m.participants]
    assert "date:visit" not in talks.rules and not talks.referenced


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "month"), [
    ("Shortly after he was sworn in for a fourth term, Putin met with Chinese leader Xi Jinping in the Kremlin.", "2019-01-10", "2018-05"),
    ("The two sides have grown closer since Putin held talks with Xi Jinping soon after his inauguration.", "2024-09-01", "2024-05"),
])
def test_a_meeting_dated_by_an_inauguration_takes_the_month_the_term_began(text, published, month):
    [meeting] = meetings(text, published)
    assert (meeting.date, meeting.date_precision, meeting.referenced) == (month, "month", True)
    assert "date:office-start" in meeting.rules


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("They demanded that President Luiz Inacio Lula da Silva meet his land reform promises.", []),
    ("Greenpeace's coordinator Martin Kaiser also talked about the timetable.", []),
    ("Vladimir Putin met Chinese President Xi Jinping in Moscow.", [["Vladimir Putin", "Xi Jinping"]]),
    ("Vladimir Putin talked with Xi Jinping for two hours.", [["Vladimir Putin", "Xi Jinping"]]),
])
def test_a_meeting_verb_needs_someone_to_meet_or_talk_with(text, expected):
    assert [m.participants for m in meetings(text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "participants", "location"), [
    # a country the model tags as a person is a place: the visit goes there
    ("Turkish President Abdullah Gul visited Armenia on Saturday to watch a football match.", ["Abdullah Gül", "Armenia"], "Armenia"),
    # countries whose leaders the same sentence names are those leaders, one summit ("Medvedev", "Singh" tagged as places)
    ("Leaders of Brazil, Russia, India and China met in Yekaterinburg on Tuesday for the first BRIC summit, attended by "
     "Lula, Medvedev, Singh and Hu Jintao.",
     ["Dmitry Medvedev", "Hu Jintao", "Luiz Inácio Lula da Silva", "Manmohan Singh"], "Yekaterinburg"),
    # a town the gazetteer does not know is still where the meeting was
    ("Egyptian President Hosni Mubarak received Israeli Prime Minister Ehud Olmert in Sharm el-Sheikh on Monday.",
     ["Ehud Olmert", "Hosni Mubarak"], "Sharm el-Sheikh"),
])
def test_sides_and_places_the_model_mislabels(text, participants, location):
    [meeting] = meetings(text, "2009-06-20")
    assert (meeting.participants, meeting.location) == (participants, location)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Vladimir Putin would like to meet Barack Obama, the Kremlin said.",
    "Reports say officials from North Korea may meet officials from the United States in New York.",
    "The United States says North Korea should return to talks with South Korea and Japan.",
    "Vladimir Putin called for talks with Barack Obama.",
    "Vladimir Putin urged Barack Obama to meet him.",
    "Vladimir Putin and Barack Obama could meet next week.",
    "Raul Castro, Cuba's defense minister, has asked that negotiations be reopened with the United States.",
    "Russian President Vladimir Putin hopes to meet Chinese President Hu Jintao soon.",  # "hopes" is lemmatised "hop"
    "Russia and China are considering a summit between Vladimir Putin and Hu Jintao.",
    # the purpose of a meeting only supposed is no meeting either
    "Reports say officials from North Korea may meet officials from the United States in New York to talk about sanctions.",
])
def test_a_meeting_only_wished_asked_for_or_supposed_is_no_meeting(text):
    assert meetings(text, "2009-06-20") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Vladimir Putin will visit China next month.",
    "Vladimir Putin said he would visit China next month.",  # announced: a plan
    "Vladimir Putin agreed to meet Barack Obama in July.",
    "Vladimir Putin may have met Barack Obama in 2004.",  # a guess about the past: background
    "Vladimir Putin will fly to Beijing to meet Hu Jintao.",
])
def test_a_meeting_planned_or_told_of_as_past_stays_referenced(text):
    [meeting] = meetings(text, "2009-06-20")
    assert meeting.referenced


@pytest.mark.model
@pytest.mark.parametrize(("text", "month"), [
    ("Talks will be held with China and India, beginning in November.", "2005-11"),
    ("Talks were held with China and India, beginning in November.", "2004-11"),
])
def test_a_participle_clause_takes_the_tense_of_its_verb(text, month):
    [meeting] = meetings(text, "2005-07-08")
    assert (meeting.date, meeting.date_precision) == (month, "month")


@pytest.mark.model
def test_who_sends_someone_to_a_meeting_is_not_in_it():
    [meeting] = meetings("President George W. Bush sent Condoleezza Rice to meet Vladimir Putin in Moscow on Monday.", "2008-02-12")
    assert meeting.participants == ["Condoleezza Rice", "Vladimir Putin"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "participants"), [
    ("Japanese Prime Minister Shinzo Abe met his Indian counterpart in Tokyo on Monday.", "2014-09-02",
     ["Narendra Modi", "Shinzo Abe"]),
    ("Foreign Minister Sergei Lavrov held talks with his Chinese counterpart in Moscow on Monday.", "2014-09-02",
     ["Sergey Lavrov", "Wang Yi"]),
    ("Russian President Vladimir Putin arrived in Beijing on Tuesday. He held talks with his Chinese counterpart on "
     "Wednesday.", "2006-03-24", ["Hu Jintao", "Vladimir Putin"]),
    # the one who meets them may be given by an office too
    ("The Brazilian president met his Argentine counterpart in Buenos Aires on Monday.", "2007-03-10",
     ["Luiz Inácio Lula da Silva", "Néstor Kirchner"]),
])
def test_a_counterpart_holds_the_office_of_the_one_who_meets_them(text, published, participants):
    assert participants in [m.participants for m in meetings(text, published)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of fans greeted Vladimir Putin and Xi Jinping in Moscow on Monday.", []),
    ("Students met Vladimir Putin and Xi Jinping in Moscow on Monday.", []),
    ("A delegation of Chinese officials met Vladimir Putin in Moscow on Monday.", [["China", "Vladimir Putin"]]),
])
def test_a_crowd_that_meets_someone_is_no_side(text, expected):
    assert sides(text, "2014-07-03") == expected


@pytest.mark.model
def test_a_title_in_apposition_is_the_named_persons_not_another_holders():
    text = ("In 2000 South Korean President Kim Dae-jung went to Pyongyang. For the next summit, Roh, president of "
            "South Korea, will visit the North Korean capital.")
    assert ["North Korea", "Roh Moo-hyun"] in sides(text, "2007-08-08")
    assert not any("Kim Dae-jung" in m.participants and "Roh Moo-hyun" in m.participants for m in meetings(text, "2007-08-08"))


@pytest.mark.model
def test_a_name_that_modifies_a_plural_noun_is_no_person():
    found = people("The militia destroyed the Buddha statues, and Ku Klux Klan members marched in the town.", "2001-03-10")
    assert not {"Buddha", "Ku Klux Klan"} & found


@pytest.mark.model
def test_one_summit_is_one_meeting_with_everyone_named_attending_it():
    text = ("The NATO summit began on Wednesday in Bucharest. Russian President Vladimir Putin attended the summit on "
            "Thursday. NATO leaders held talks at the summit in Bucharest.")
    [summit] = meetings(text, "2008-04-03")
    assert summit.participants == ["NATO", "Vladimir Putin"] and summit.location == "Bucharest"


@pytest.mark.model
@pytest.mark.parametrize(("text", "published"), [
    ("Clark has denied that a meeting with Brash to discuss personal attacks will take place.", "2006-09-18"),
    ("North Korea is currently refusing to hold talks with the United States because of financial sanctions.", "2006-06-14"),
    ("The tape contains a conversation between Stephen Harper and Vancouver journalist Tom Zytaruk.", "2008-06-04"),
    # an invitation or offer to visit that was turned down, rejected or declined
    ("The Iranian government's invitation for IAEA inspectors to visit Iran was turned down.", "2006-05-12"),
    ("An invitation for UN monitors to visit Zimbabwe was rejected by Harare.", "2006-05-12"),
    # a tourist's or a pilot's arrival is no visit between countries
    ("British tourist John Example arrived in Thailand on Monday.", "2006-05-12"),
])
def test_a_denied_or_refused_meeting_and_an_interview_are_no_meetings(text, published):
    assert meetings(text, published) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "sides"), [
    # of talks between others, the subject of the verb is a side only when it holds or mediates them
    ("The United States condemned the meeting between Iran and Venezuela.", {"Iran", "Venezuela"}),
    ("France praised the talks between Israel and Egypt.", {"Egypt", "Israel"}),
    ("China hosted talks between North Korea and the United States.", {"China", "North Korea", "United States"}),
    ("Egypt mediated talks between Israel and Jordan.", {"Egypt", "Israel", "Jordan"}),
])
def test_who_holds_talks_between_others_takes_part_and_who_comments_on_them_does_not(text, sides):
    [meeting] = meetings(text, "2006-05-12")
    assert set(meeting.participants) == sides


@pytest.mark.model
def test_a_visit_someone_is_invited_to_make_lies_ahead():
    [visit] = meetings("Russia accepted an invitation for Vladimir Putin to visit Japan.", "2006-05-12")
    assert visit.referenced and visit.date is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "published"), [
    ("Reports have surfaced that officials from North Korea may meet with officials from the United States.", "2006-11-11"),
    ("He stated that the time may not be right for Israel to be negotiating with Syria.", "2006-12-08"),
    ("If Mbeki were to resign, Thabo Mbeki would meet President George W. Bush.", "2008-05-25"),
])
def test_a_possible_or_conditional_meeting_is_not_reported_as_held(text, published):
    assert all(m.referenced for m in meetings(text, published))


@pytest.mark.model
def test_a_planned_meeting_on_a_weekday_is_on_the_next_one():
    text = "President Jalal Talabani has agreed to meet Iranian President Mahmoud Ahmadinejad in Tehran on Saturday."
    [meeting] = meetings(text, "2006-11-21")  # a Tuesday
    assert (meeting.date, meeting.referenced) == ("2006-11-25", True)


@pytest.mark.model
def test_a_meeting_in_an_adverbial_clause_of_a_refusal_is_still_held():
    text = ("After Sergey Lavrov met Secretary of State Condoleezza Rice in Washington on Monday, he was again "
            "refused a visa for his aides.")
    assert [m.participants for m in meetings(text, "2006-05-12")] == [["Condoleezza Rice", "Sergey Lavrov"]]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "participants"), [
    # the pronoun's antecedent is the subject the sentence itself names, not the previous sentence's
    ("Kalam opened the event. Prime Minister Manmohan Singh could not attend as he is in South Africa on an official "
     "visit.", "2006-10-02", ["Manmohan Singh", "South Africa"]),
    # a foreign minister's counterpart is not the leader the article names elsewhere
    ("Polish President Lech Kaczynski spoke on Monday. During the official visit of Sergey Lavrov, Foreign Minister "
     "of Russia, to Poland, talks were held.", "2006-10-06", ["Poland", "Sergey Lavrov"]),
])
def test_pronouns_and_principals_follow_the_sentence_and_the_rank(text, published, participants):
    assert participants in [sorted(m.participants) for m in meetings(text, published)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Senate Minority Leader Mitch McConnell expressed support at a White House meeting with President Barack Obama.",
     "2009-01-26", []),
    ("Maoist chief Prachanda met Nepal Prime Minister G P Koirala in the presence of United Nations Secretary "
     "General's special representative Ian Martin on Sunday.", "2006-11-06",
     [["Girija Prasad Koirala", "Ian Martin", "Pushpa Kamal Dahal"]]),
])
def test_a_meeting_among_one_countrys_people_is_not_bilateral(text, published, expected):
    assert [sorted(m.participants) for m in meetings(text, published)] == expected


@pytest.mark.model
def test_a_heading_announces_a_meeting_the_text_reports_once():
    from core.pipeline.nlp import load_nlp

    text = ("Japan, China meeting\n\nChinese President Hu Jintao and Japanese Prime Minister Junichiro Koizumi met on "
            "Saturday and talked for about an hour.")
    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc.user_data.update(published="2005-04-25", published_precision="day", headings=[(0, 20)], article_id="t", source=None)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [m.participants for m in doc._.bl_meetings] == [["Hu Jintao", "Junichiro Koizumi"]]


@pytest.mark.model
def test_a_meeting_with_its_with_phrase_in_another_clause_has_no_side_there():
    text = "When Sergey Lavrov was greeted at the ministry, the courtyard was decorated with Czech flags."
    assert not any("Czechia" in m.participants for m in meetings(text, "2006-10-06"))


@pytest.mark.model
def test_the_sides_of_an_agreement_signed_in_a_relative_clause():
    text = ("The mission was sent to Lisbon to ask for clarifications to an agreement that was signed last Thursday "
            "(June 1) in Dili, between Portugal and East Timor.")
    assert sides(text, "2006-06-04") == [["East Timor", "Portugal"]]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published"), [
    ("Bush said he has sent Secretary of State Condoleezza Rice to visit Kenya on Monday to support Kofi Annan.", "2008-02-16"),
    ("Prime Minister Tony Blair said that he is preparing to engage in peace talks with Israel and Palestine.", "2006-12-10"),
    ("His comments were in reference to Ehud Olmert's recent efforts to advance the negotiations with Mahmoud Abbas.", "2008-07-31"),
])
def test_a_meeting_someone_is_sent_on_prepares_or_strives_for_lies_ahead(text, published):
    found = meetings(text, published)
    assert found and all(m.referenced for m in found)


@pytest.mark.model
def test_a_planned_meeting_takes_the_day_the_next_sentence_gives_its_meeting_and_never_the_publication_date():
    text = ("The government announced that the second summit between the two Koreas will be held on Aug. 28. For the "
            "summit, Roh Moo-hyun, president of South Korea, will visit the North Korean capital for three days.")
    [visit] = [m for m in meetings(text, "2007-08-08") if "Roh Moo-hyun" in m.participants]
    assert (visit.date, visit.date_precision, visit.referenced) == ("2007-08-28", "day", True)
    [alone] = meetings("Roh Moo-hyun will visit the North Korean capital for three days.", "2007-08-08")
    assert (alone.date, alone.date_precision) == (None, "unknown")


@pytest.mark.model
def test_a_plan_named_in_the_next_sentence_takes_the_day_and_city_of_the_sentence_that_announced_it():
    text = ("Two top US officials will be meeting with their counterparts in Ottawa on February 23. Condoleezza Rice "
            "and Michael Chertoff will meet with Canadian Foreign Minister Peter MacKay.")
    [plan] = meetings(text, "2007-02-20")
    assert {"Condoleezza Rice", "Michael Chertoff", "Peter MacKay"} <= set(plan.participants)
    assert (plan.date, plan.date_precision, plan.location) == ("2007-02-23", "day", "Ottawa")
    other = ("Two top US officials will be in Ottawa on February 23. Condoleezza Rice and Michael Chertoff will meet "
             "with Canadian Foreign Minister Peter MacKay.")  # no meeting word announces it: nothing to carry
    [plan] = meetings(other, "2007-02-20")
    assert (plan.date, plan.location) == (None, None)


@pytest.mark.model
def test_who_a_sentence_places_at_the_summit_attends_it_and_is_no_meeting_alone():
    text = ("The 20th annual NATO summit which began on Wednesday continued today in Bucharest. At the Bucharest summit, "
            "Albania and Croatia too will begin the formal process of their membership. The plan was condemned by "
            "Vladimir Putin, who will be making his first appearance at this year's summit.")
    [summit] = meetings(text, "2008-04-03")
    assert summit.participants == ["Albania", "Croatia", "NATO", "Vladimir Putin"]
    assert meetings("The plan was condemned by Vladimir Putin, who will make his first appearance at the summit.",
                    "2008-04-03") == []


@pytest.mark.model
def test_who_chairs_attends_or_hosts_the_summit_joins_it_and_so_does_its_host_countrys_leader():
    text = ("An African Union summit began in Egypt on Monday. Jakaya Kikwete, the Tanzanian President chairing the "
            "summit, said the election was flawed.")
    [summit] = meetings(text, "2008-06-30")
    assert summit.participants == ["African Union", "Jakaya Kikwete"]
    text = ("Leaders attending the APEC summit in Sydney, Australia have worn coats for their group photo. The coats "
            "were chosen by Prime Minister John Howard.")
    [summit] = meetings(text, "2007-09-08")
    assert summit.participants == ["APEC", "John Howard"] and "summit:host-leader" in summit.rules
    # a leader of another country named in the article is not the host
    text = ("Leaders attending the APEC summit in Sydney have worn coats. New Zealand Prime Minister Helen Clark "
            "liked hers.")
    assert [m.participants for m in meetings(text, "2007-09-08")] == [["APEC"]]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The gift was made by Prime Minister John Howard and his wife Janette.", {"John Howard", "Janette Howard"}),
    ("President George W. Bush and his wife, Laura, arrived in Beijing.", {"George W. Bush", "Laura Bush"}),
    ("His wife Maria said nothing.", set()),  # no one named before: no person
    ("Edward Whitacre Jr. and his wife Linda flew home.", {"Edward Whitacre Jr.", "Linda Whitacre"}),
    ("John Rigas and son Timothy were convicted in July of 2004.", {"John Rigas", "Timothy Rigas"}),
])
def test_a_first_name_a_family_noun_introduces_takes_the_family_name_of_the_person_before_it(text, expected):
    assert people(text, "2006-03-01") == expected


@pytest.mark.model
def test_a_full_name_coordinated_with_a_person_is_a_person_though_no_list_knows_its_first_name():
    assert people("Tharanga Paranavithana and Thilan Samaraweera required hospital treatment.") == {
        "Tharanga Paranavithana", "Thilan Samaraweera"}
    assert people("Goldman Sachs and Morgan Stanley shares fell.") == set()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Members include India, Canada and the 27-member European Union. A ceasefire agreement was signed.",
    "Threats came from al-Shabaab, a radical Islamic militant group. Groups such as al-Shabaab—as well as warlords—fought.",
])
def test_an_organisation_the_model_tags_as_a_person_is_none(text):
    assert people(text) == set()


@pytest.mark.model
def test_a_meeting_told_in_many_sentences_is_one_and_sentence_lookups_match_spacys():
    from core.pipeline.bodies import sentence_ents

    text = "Vladimir Putin met Xi Jinping in Moscow on 21 March 2023 to discuss trade. " * 300
    doc = annotate(text, "2023-03-25")
    assert [(m.participants, m.location, m.date) for m in doc._.bl_meetings] == [
        (["Vladimir Putin", "Xi Jinping"], "Moscow", "2023-03-21")]
    sents = list(doc.sents)
    assert all([e.text for e in sentence_ents(s)] == [e.text for e in s.ents] for s in sents[:5] + sents[-5:])


@pytest.mark.model
def test_a_meeting_noun_in_an_after_phrase_keeps_its_own_parties_and_its_place_is_not_the_clauses():
    found = {tuple(sorted(m.participants)): m.location for m in meetings(
        "After his visit to Japan, Putin met Chinese President Xi Jinping in Beijing on Friday.", "2014-05-05")}
    assert found == {("Japan", "Vladimir Putin"): "Japan", ("Vladimir Putin", "Xi Jinping"): "Beijing"}
    found = {tuple(sorted(m.participants)): m.location for m in meetings("After his visit to Japan, Putin met Xi Jinping.", "2014-05-05")}
    assert found[("Vladimir Putin", "Xi Jinping")] is None, "the meeting came after the visit, not during it"
    # a date or a party inside the phrase belongs to the phrase's meeting
    found = {tuple(sorted(m.participants)): m.date for m in meetings(
        "Putin met Xi Jinping in Beijing on Friday after talks with Shinzo Abe on Monday.", "2014-05-07")}
    assert found == {("Vladimir Putin", "Xi Jinping"): "2014-05-02", ("Shinzo Abe", "Vladimir Putin"): "2014-05-05"}
    # "during" ties them: the meeting is on the visit
    [(participants, place)] = [(m.participants, m.location) for m in meetings(
        "Putin met Shinzo Abe during a three-day trip to Japan.", "2014-05-05")]
    assert participants == ["Shinzo Abe", "Vladimir Putin"] and place == "Japan"


@pytest.mark.model
def test_a_meeting_that_is_the_purpose_of_a_dated_trip_is_dated_by_its_month():
    [m] = meetings("UK Prime Minister Tony Blair flies tomorrow to meet President Bush.", "2006-12-05")
    assert (m.date, m.date_precision, m.referenced) == ("2006-12", "month", True)
    [m] = meetings("Putin flew to Beijing on Monday to meet Chinese President Hu Jintao.", "2006-12-05")
    assert (m.date, m.date_precision) == ("2006-12-04", "day"), "a trip that has happened: its day is the meeting's"


SUMMIT = "The ninth summit of the African Union opened in Accra on Sunday. "


@pytest.mark.model
@pytest.mark.parametrize(("said", "present"), [
    ("Mbeki, Ugandan President Yoweri Museveni and Libyan leader Muammar Gaddafi attended.", ["Muammar Gaddafi", "Thabo Mbeki", "Yoweri Museveni"]),
    ("Among the leaders present were Yoweri Museveni and Muammar Gaddafi.", ["Muammar Gaddafi", "Yoweri Museveni"]),
    ("It was attended by Yoweri Museveni and Robert Mugabe.", ["Robert Mugabe", "Yoweri Museveni"]),
    ("Yoweri Museveni and Robert Mugabe were also present.", ["Robert Mugabe", "Yoweri Museveni"]),
    ("Also attending were Yoweri Museveni and Robert Mugabe.", ["Robert Mugabe", "Yoweri Museveni"]),
    ("Among those attending were Yoweri Museveni and Robert Mugabe.", ["Robert Mugabe", "Yoweri Museveni"]),
    ("Those attending included Yoweri Museveni and Robert Mugabe.", ["Robert Mugabe", "Yoweri Museveni"]),
    ("Attending were Yoweri Museveni and Robert Mugabe.", ["Robert Mugabe", "Yoweri Museveni"]),
    ("Participants included Yoweri Museveni and Robert Mugabe.", ["Robert Mugabe", "Yoweri Museveni"]),
])
def test_people_said_to_be_present_after_a_summit_word_attend_it(said, present):
    [summit] = meetings(SUMMIT + "South African President Thabo Mbeki spoke first. " + said, "2007-07-04")
    body = [] if len(present) >= 3 else ["African Union"]  # three people named at it: their meeting, not the body's
    assert summit.participants == sorted([*body, *present]) and "summit:attendee" in summit.rules


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # another gathering named as what they attended, even after a summit word
    SUMMIT + "Later, a funeral in Kampala was attended by Yoweri Museveni and Robert Mugabe.",
    # presence far from any summit word
    SUMMIT + "Trade rose. Prices fell. Markets opened. Banks closed. Yoweri Museveni and Robert Mugabe were also present.",
    # no summit at all
    "The funeral was held in Accra on Sunday. It was attended by Yoweri Museveni and Robert Mugabe.",
])
def test_presence_elsewhere_joins_no_summit(text):
    assert all({"Yoweri Museveni", "Robert Mugabe"}.isdisjoint(m.participants) for m in meetings(text, "2007-07-04"))


@pytest.mark.model
def test_a_meeting_placed_in_a_country_is_in_the_city_its_participants_visit_there():
    before = "As an African Union summit began in Egypt on Monday, Robert Mugabe took his seat. The vote was flawed. "
    text = before + "Its winner was jeered. Robert Mugabe arrived in the Egyptian city of Sharm el-Sheikh on Monday."
    summit = next(m for m in meetings(text, "2008-06-30") if m.kind == "summit")
    assert summit.location == "Sharm el-Sheikh" and "place:visit-city" in summit.rules
    text = before + "Its winner was jeered. Robert Mugabe arrived in Cairo in March 2007."
    summit = next(m for m in meetings(text, "2008-06-30") if m.kind == "summit")
    assert summit.location == "Egypt"  # a visit on another date places nothing


@pytest.mark.model
@pytest.mark.parametrize(("last", "location"), [
    ("At the press conference in Cotonou, Yayi thanked Bush.", "Cotonou"),
    ("Protesters gathered in Cotonou.", "Benin"),  # the city's sentence names none of the meeting's people
    ("Yayi was in Cotonou in 2006.", "Benin"),  # … or names them there at another time
])
def test_a_reported_meeting_placed_in_a_country_is_in_the_one_city_its_people_are_named_in_there(last, location):
    text = ("President George W. Bush began his trip to Africa today in Benin, where he met with President Yayi Boni. "
            f"The two discussed aid. Bush will fly to Ghana next. {last}")
    [visit] = [m for m in meetings(text, "2008-02-16") if "Boni Yayi" in m.participants]
    assert visit.location == location


@pytest.mark.model
@pytest.mark.parametrize(("title", "location"), [
    ("Pope Benedict XVI visits Valencia, Spain", "Valencia"),  # the list's largest Valencia is Venezuela's; Spain has one
    ("Pope leaves Rome for Valencia", "Valencia"),  # a city of another country is no rival
    ("Pope visits Valencia and Madrid", "Spain"),  # two cities: which one is not told
    (None, "Spain"),
])
def test_a_reported_meeting_placed_in_a_country_is_in_the_one_city_of_it_the_title_names(title, location):
    text = "Pope Benedict XVI visited Spain on Saturday, where he was met by King Juan Carlos."
    [found] = annotate(text, "2006-07-08", title=title)._.bl_meetings
    assert found.location == location


@pytest.mark.model
def test_a_country_side_is_its_leader_then_when_the_sentence_calls_someone_by_that_leaders_name():
    text = ("Roh Moo-hyun will visit North Korea. The two countries last held a summit in June 2000, when Mr. Kim met "
            "then South Korean President Kim Dae-Jung in Pyongyang.")
    found = [sorted(m.participants) for m in meetings(text, "2007-08-08")]
    assert ["Kim Dae-jung", "Kim Jong Il"] in found  # the paramount leader, not the namesake head of state


@pytest.mark.model
def test_a_short_name_before_a_full_name_in_its_sentence_is_someone_else_and_a_country_side_yields_to_its_person():
    text = ("The two countries last held their first summit in June 2000, when Mr. Kim met then South Korean "
            "President Kim Dae-Jung in Pyongyang.")
    found = meetings(text, "2007-08-08")
    # one meeting, not a second one of "Kim Dae-jung – North Korea" for the summit word; it keeps the met's city
    assert [(sorted(m.participants), m.location) for m in found] == [(["Kim Dae-jung", "Kim Jong Il"], "Pyongyang")]
    assert people(text, "2007-08-08") == {"Kim Dae-jung", "Kim Jong Il"}  # "Mr. Kim" is no short form of Kim Dae-jung


@pytest.mark.model
def test_a_role_in_an_undated_text_names_no_office_holder():
    from core.pipeline.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp.make_doc("The Indian prime minister visited Japan to meet the Japanese prime minister.")
    doc.user_data.update(published=None, published_precision="unknown", headings=[], article_id="t", source=None)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [sorted(m.participants) for m in doc._.bl_meetings] == [["India", "Japan"]]
    assert sides("The Indian prime minister visited Japan to meet the Japanese prime minister.", "2010-05-05") == [
        ["Manmohan Singh", "Yukio Hatoyama"]]


@pytest.mark.model
def test_the_time_words_of_a_main_clause_do_not_make_the_meeting_in_its_subordinate_clause_background():
    [summit] = meetings("As an African Union summit began in Egypt today, Robert Mugabe took his seat hours after "
                        "declaring victory in the election.", "2008-06-30")
    assert not summit.referenced
    [met] = meetings("Since Putin met Xi in 2013, trade has grown.", "2024-06-30")
    assert met.referenced


@pytest.mark.model
def test_they_who_met_at_the_summit_also_meeting_others_joins_the_summit():
    text = ("The leaders of the Group of Eight (G8) nations met over the weekend in St. Petersburg for the 32nd G8 "
            "Summit. They also met with other world leaders, the UN Secretary General Kofi Annan and World Trade "
            "Organisation chief Pascal Lamy.")
    assert [m.participants for m in meetings(text, "2006-07-17")] == [["G8", "Kofi Annan", "Pascal Lamy"]]


@pytest.mark.model
def test_a_bare_name_several_office_holders_share_is_the_one_of_the_country_the_article_is_about():
    text = ("Leaders of Fatah and Hamas arrived in Mecca, Saudi Arabia. They will come together for a meeting with "
            "King Abdullah later on Tuesday night.")
    assert "Abdullah of Saudi Arabia" in people(text, "2007-02-07")


@pytest.mark.model
def test_a_background_meetings_host_held_office_on_its_own_date():
    text = ("Prime Minister Gordon Brown praised his predecessor Tony Blair on Monday. In November 2003, President "
            "George W. Bush paid a state visit to Britain.")
    [visit] = meetings(text, "2008-06-16")
    assert (visit.participants, visit.date) == (["George W. Bush", "Tony Blair"], "2003-11")


@pytest.mark.model
def test_a_with_phrase_the_parse_hangs_inside_the_object_still_names_the_counterpart():
    text = ("Mr. Ban Ki-moon says he discussed some of the outstanding issues affecting the deployment with Sudanese "
            "President Omar al-Bashir.")
    assert [m.participants for m in meetings(text, "2008-02-05")] == [["Ban Ki-moon", "Omar al-Bashir"]]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    # an organisation in one person's title is not a side of their meeting
    ("Putin met NATO Secretary-General Jaap de Hoop Scheffer in Moscow on Monday.", "2005-08-13",
     [["Jaap de Hoop Scheffer", "Vladimir Putin"]]),
    ("Putin met U.N. officials in Moscow on Monday.", "2005-08-13", [["United Nations", "Vladimir Putin"]]),
    # two officials of one international organisation meeting is no domestic meeting
    ("Ban Ki-moon also met in Nairobi with his U.N. predecessor, Kofi Annan, on Monday.", "2008-02-05",
     [["Ban Ki-moon", "Kofi Annan"]]),
])
def test_organisations_in_titles_and_officials_of_one_organisation(text, published, expected):
    assert [sorted(m.participants) for m in meetings(text, published)] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The signing ceremony took place at the palace in the presence of the President of Italy, Giorgio Napolitano, "
     "with French President Nicolas Sarkozy and German Chancellor Angela Merkel.", "2008-03-15",
     ["Angela Merkel", "Giorgio Napolitano", "Nicolas Sarkozy"]),
    ("On Monday, Chancellor Angela Merkel hosted a dinner in honour of the French and Spanish heads of state in Berlin.",
     "2008-03-15", ["Angela Merkel", "Juan Carlos I", "Nicolas Sarkozy"]),
])
def test_who_a_meeting_is_held_in_the_presence_or_in_honour_of_takes_part(text, published, expected):
    assert expected in [sorted(m.participants) for m in meetings(text, published)]


@pytest.mark.model
def test_a_pronoun_stands_for_the_nearest_subject_of_the_sentence_before():
    text = ("Spokesman John Smith said on Monday that President Barack Obama had changed his plans. The decision came "
            "after his talks with Chinese President Hu Jintao.")
    assert sides(text, "2009-12-06") == [["Barack Obama", "Hu Jintao"]]


@pytest.mark.model
def test_several_visitors_arriving_in_a_country_not_their_own_meet_its_side():
    text = "Russian President Dmitry Medvedev and Foreign Minister Sergei Lavrov arrived in Tokyo on Monday for talks."
    assert sides(text, "2009-02-07") == [["Dmitry Medvedev", "Japan", "Sergey Lavrov"]]
    # visitors of the host country itself add no host side
    text = "Japanese Prime Minister Taro Aso and Foreign Minister Hirofumi Nakasone arrived in Tokyo on Monday for talks."
    assert not any("Japan" in m.participants for m in meetings(text, "2009-02-07"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A rare contact between delegations from Norway and Russia took place in Oslo on Monday.", [["Norway", "Russia"]]),
    ("Russia lost contact with its Norwegian partners on Monday.", []),  # contact needs its sides "between" them
])
def test_a_contact_between_two_sides_is_a_meeting(text, expected):
    assert sides(text, "2009-02-07") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A 1995 agreement between Canada and Mexico gave both sides fishing rights.", [["Canada", "Mexico"]]),
    ("The agreement of the committee was unanimous.", []),  # an agreement names its sides "between" them
])
def test_an_agreement_between_two_sides_was_signed_by_them(text, expected):
    assert sides(text, "2009-02-07") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada hopes to revive a possible trade agreement between Canada and Mexico.",
    "Analysts spoke of a potential summit between Canada and Mexico.",
])
def test_a_meeting_only_thought_possible_is_none(text):
    assert meetings(text, "2009-02-07") == []
    planned = "A planned summit between Canada and Mexico will take place in May."
    assert [sorted(m.participants) for m in meetings(planned, "2009-02-07")] == [["Canada", "Mexico"]]


@pytest.mark.model
def test_a_summit_keeps_its_own_venue_and_does_not_take_a_visits_place():
    text = ("UN Secretary-General Ban Ki-moon visited Kenya on Monday. At the African Union summit on Monday, Ban Ki-moon "
            "met with Sudanese President Omar al-Bashir.")
    [summit] = [m for m in meetings(text, "2008-02-07") if m.kind == "summit"]
    assert (summit.participants, summit.location) == (["African Union", "Ban Ki-moon", "Omar al-Bashir"], None)


@pytest.mark.model
def test_a_visit_there_goes_to_the_place_its_sentence_named_before():
    text = "On Brazil, UN Secretary-General Ban Ki-moon said he told political leaders during his visit there that they bear responsibility."
    assert sides(text, "2008-02-07") == [["Ban Ki-moon", "Brazil"]]


@pytest.mark.model
def test_hosts_who_welcome_a_visitor_together_are_one_meeting():
    text = ("Chinese President Hu Jintao flew to Madrid on Monday. He was welcomed at the airport by King Juan Carlos and "
            "Prime Minister José Luis Rodríguez Zapatero.")
    assert sides(text, "2008-02-07") == [
        ["Hu Jintao", "José Luis Rodríguez Zapatero", "Juan Carlos I"]]
    # a visitor who goes to meet several hosts meets each of them
    text = "Chinese Premier Li Qiang flew to Moscow on Monday to meet Mikhail Mishustin and Vladimir Putin."
    assert len(meetings(text, "2024-05-08")) == 2


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a role word can name another office in one country (role_terms.csv's country column)
    ("The British chancellor said on Monday that taxes would rise.", {"Alistair Darling"}),
    ("The German chancellor said on Monday that taxes would rise.", {"Angela Merkel"}),
    # a word before the country word says someone other than the holder is meant
    ("Gordon Brown praised the next German chancellor on Monday.", {"Gordon Brown"}),
    ("The former Russian president met Chinese Premier Wen Jiabao.", {"Wen Jiabao"}),
])
def test_a_role_word_names_the_office_its_country_gives_it_and_not_a_holder_when_so_modified(text, expected):
    assert people(text, published="2009-03-02") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # trade offices: the United States has two, its Trade Representative and its Secretary of Commerce
    ("The US trade representative met EU Trade Commissioner Peter Mandelson in Geneva on Monday.",
     [["Peter Mandelson", "Rob Portman"]]),
    ("The Chinese commerce minister met Japanese Prime Minister Junichiro Koizumi in Tokyo on Monday.",
     [["Bo Xilai", "Junichiro Koizumi"]]),
    # the Trade Representative's counterparts abroad are trade ministers (offices.csv `counterpart`)
    ("U.S. Trade Representative Rob Portman met his Chinese counterpart in Beijing on Monday.", [["Bo Xilai", "Rob Portman"]]),
])
def test_trade_offices_are_named_by_their_words_and_met_by_their_counterparts(text, expected):
    assert sides(text, published="2005-12-14") == expected


def test_a_country_of_role_terms_csv_gives_a_word_its_local_office():
    kb = load_knowledge()
    assert kb.role_in("Chancellor", "GBR", "head_of_government") == "finance_minister"
    assert kb.role_in("chancellor", "DEU", "head_of_government") == "head_of_government"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chinese President Hu Jintao and Japanese Prime Minister Junichiro Koizumi are said to have met on Saturday.",
     [["Hu Jintao", "Junichiro Koizumi"]]),
    ("Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf are reported to have talked in Havana.",
     [["Manmohan Singh", "Pervez Musharraf"]]),
    # someone else's report of a meeting still needs the meeting's own subject
    ("Reporters said that the envoy was told to meet nobody.", []),
])
def test_a_passive_reporting_verb_raises_its_subject_into_the_meeting(text, expected):
    assert [m.participants for m in meetings(text, "2006-09-18")] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Koizumi and Roh met separately with Bush on Monday.", [["George W. Bush", "Junichiro Koizumi"], ["George W. Bush", "Roh Moo-hyun"]]),
    ("Koizumi and Roh each met Bush on Monday.", [["George W. Bush", "Junichiro Koizumi"], ["George W. Bush", "Roh Moo-hyun"]]),
    ("Koizumi and Roh met Bush on Monday.", [["George W. Bush", "Junichiro Koizumi", "Roh Moo-hyun"]]),
    ("Koizumi and Roh met separately on Monday.", []),  # no one else named: not each other
    # one subject meeting several separately meets each of them
    ("Bush met separately with Koizumi and Roh on Monday.", [["George W. Bush", "Junichiro Koizumi"], ["George W. Bush", "Roh Moo-hyun"]]),
    ("Bush met separately with the leaders of Japan and South Korea.", [["George W. Bush", "Japan"], ["George W. Bush", "South Korea"]]),
    ("Japanese Prime Minister Junichiro Koizumi and South Korean President Roh Moo-Hyun separately adopted accords "
     "with the Association of Southeast Asian Nations, agreeing to launch the talks early next year.", []),
])
def test_subjects_who_meet_someone_separately_meet_them_one_by_one(text, expected):
    assert sorted(m.participants for m in meetings(text, "2005-04-25")) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The agreement between China and Russia was signed in Moscow on Monday.", [["China", "Russia"]]),
    ("A 1994 agreement between the United States and North Korea gives the country two reactors.", [["North Korea", "United States"]]),
    ("A trade agreement between India and the United States appears to be stalled.", []),
    ("Payments continue according to an agreement between Moldova and Ukraine.", []),
])
def test_an_agreement_between_two_sides_is_a_signing_only_when_reached_or_dated(text, expected):
    assert [m.participants for m in meetings(text, "2006-05-05") if m.kind == "signing"] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Putin held talks with the Secretary General of NATO, Jaap de Hoop Scheffer, in Brussels.",
     [["Jaap de Hoop Scheffer", "Vladimir Putin"]]),
    ("Putin held talks with the Secretary General of NATO in Brussels.", [["NATO", "Vladimir Putin"]]),
])
def test_an_organisation_in_the_title_of_an_apposed_person_is_no_side(text, expected):
    assert sides(text, "2006-07-25") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Russian and Turkish governments today signed an agreement on a nuclear power plant. Russian President "
     "Dmitry Medvedev praised the deal. Turkish President Abdullah Gul called it historic.", "2010-05-12",
     [["Abdullah Gül", "Dmitry Medvedev"]]),
    # one side's leader is not named: the sides stay the countries
    ("The Russian and Turkish governments today signed an agreement on a nuclear power plant. Russian President "
     "Dmitry Medvedev praised the deal.", "2010-05-12", [["Russia", "Turkey"]]),
])
def test_a_meeting_of_countries_is_one_of_their_leaders_when_the_article_names_each(text, published, expected):
    assert [sorted(m.participants) for m in meetings(text, published)] == expected


@pytest.mark.model
def test_a_title_that_belongs_to_the_known_name_is_kept():
    assert "Mullah Omar" in people("Mullah Akhtar Mohammad Osmani, an associate of Taliban head Mullah Omar, was "
                                   "killed on Tuesday.", "2006-12-20")
    assert people("President Bush met Tony Blair.", "2006-12-20") == {"George W. Bush", "Tony Blair"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plant will be owned by Russia, according to Sergey Kiriyenko, who is the head of Rosatom, a Russian nuclear "
     "energy corporation.", {"Sergei Kiriyenko"}),
    ("CHUM Limited agreed to be acquired by larger rival Bell Globemedia Inc. for $1.7 billion.", set()),
    ("John Smith, a retired teacher, met Mary Jones, a lawyer.", {"John Smith", "Mary Jones"}),
])
def test_a_name_in_apposition_with_an_organisation_noun_or_before_a_company_suffix_is_no_person(text, expected):
    assert people(text, "2010-05-12") == expected


@pytest.mark.model
def test_an_official_titled_by_an_international_organisation_is_its_side():
    doc = annotate("IMF mission chief Poul Thomsen arrived in Athens on Sunday. Thomsen held talks with Finance Minister "
                   "George Papaconstantinou on Monday.", "2010-05-12")
    assert {m.canonical: m.country for m in doc._.bl_people}["Poul Thomsen"] == "IMF"
    assert any("Poul Thomsen" in m.participants and len(m.participants) == 2 and m.sentence == 1 for m in doc._.bl_meetings)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("In recent years Kenya has received large numbers of tourists most of whom troop to Kogelo in Nyanza province to "
     "visit the ancestral home and family of the current US president's late father Hussein Obama.", []),
    ("Chinese Premier Wen Jiabao flew to Tokyo on Monday to visit Japanese Prime Minister Shinzo Abe.",
     [["Shinzo Abe", "Wen Jiabao"]]),
])
def test_the_subject_of_an_infinitive_visit_is_the_nearest_one_named_before_it(text, expected):
    assert sides(text, "2007-04-11") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "referenced"), [
    ("German Chancellor Angela Merkel will attend the G8 summit in Japan.", True),
    ("German Chancellor Angela Merkel attended the G8 summit in Japan.", False),
    ("President George W. Bush will fly to Moscow for talks with Vladimir Putin.", True),
    ("President George W. Bush flew to Moscow for talks with Vladimir Putin on Monday.", False),
])
def test_a_meeting_noun_is_planned_when_the_verb_it_is_the_object_or_purpose_of_is(text, referenced):
    assert [m.referenced for m in meetings(text, "2006-01-23")] == [referenced]


@pytest.mark.model
def test_a_short_form_with_one_letter_wrong_is_the_person_named_before():
    text = ("Business secretary Chuka Umunna said a better capitalism needs greater transparency. Mr Umanna said this "
            "could take the form of publishing pay ratios.")
    assert people(text, "2012-01-23") == {"Chuka Umunna"}


@pytest.mark.model
def test_a_surname_the_model_leaves_untagged_is_still_the_person_named_before():
    found = meetings("Hamas leader Khaled Meshaal arrived in Cairo. Meshaal met Egyptian President Hosni Mubarak on "
                     "Monday.", "2007-01-23")
    assert ["Hosni Mubarak", "Khaled Mashal"] in [sorted(m.participants) for m in found]


@pytest.mark.model
def test_a_name_the_text_calls_an_organisation_once_is_no_person_anywhere_in_the_article():
    text = ("CHUM Limited agreed to be acquired by larger rival Bell Globemedia Inc. for $1.7 billion. \"In Bell "
            "Globemedia's offer, we found value,\" said Jim Waters. Threats came from al-Shabaab, a radical Islamic "
            "militant group. Armed groups (such as al-Shabaab) set conditions.")
    assert people(text, "2007-01-23") == {"Jim Waters"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "location"), [
    ("South Korean President Roh Moo-hyun will visit the North Korean capital for three days to meet Kim Jong-il.",
     "Pyongyang"),
    ("Chinese Premier Wen Jiabao held talks with Prime Minister Shinzo Abe in the Japanese capital on Monday.", "Tokyo"),
])
def test_a_countrys_capital_named_by_its_adjective_is_the_capital_city(text, location):
    assert [m.location for m in meetings(text, "2007-04-11")] == [location]


@pytest.mark.model
@pytest.mark.parametrize("text", ["Ford said its profits rose. General Motors and Ford cut jobs in Detroit.",
                                  "Ford said its profits rose on Tuesday, and the company cut jobs."])
def test_a_company_named_like_a_lesser_office_holder_is_no_person(text):
    assert people(text, "2010-05-12") == set()


@pytest.mark.model
def test_a_bare_surname_of_a_leader_in_office_is_that_leader():
    assert people("Putin said on Tuesday that Russia would act.", "2010-05-12") == {"Vladimir Putin"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a former leader of a country the article names, by surname alone
    ("Iran has elections. This is a regime change, like in the Khomeini and Hitler eras, said Baykal.", {"Ruhollah Khomeini"}),
    # the country unnamed: still that leader, whom no one else of the knowledge base shares the surname with
    ("This is a regime change, like in the Khomeini and Hitler eras, said Baykal.", {"Ruhollah Khomeini"}),
    # a former vice-president is no former leader: his surname alone stays nobody's
    ("The United States voted. Gore said the vote was wrong.", set()),
    # of two people of that surname, the former leader of the country the article names
    ("Stalin's purges in Russia killed millions.", {"Joseph Stalin"}),
])
def test_a_bare_surname_of_a_former_leader_of_a_country_the_article_names_is_that_leader(text, expected):
    assert people(text, "2007-01-01") & {"Ruhollah Khomeini", "Al Gore", "Joseph Stalin", "M. K. Stalin"} == expected


@pytest.mark.model
def test_names_listed_with_places_are_places_but_a_list_with_a_common_noun_says_nothing():
    text = ("While public spaces such as Federation Square, Birrarung Marr, Albert Park and the Alexandra Gardens fall "
            "under the ban, Minister Gavin Jennings spoke.")
    assert people(text, "2006-03-29") == {"Gavin Jennings"}
    text = ("A candidate from the newly formed Progressive Canadian party, Gord Hill, as well as independent Sam Cino "
            "are also running.")
    assert "Sam Cino" in people(text, "2006-03-29")


@pytest.mark.model
def test_an_editors_square_brackets_are_no_part_of_a_name():
    assert "Karl Rove" in people("Senator Jane Harman criticised the White House, saying [White House senior adviser "
                                 "Karl] Rove's conduct was outrageous.", "2005-07-12")


@pytest.mark.parametrize(("place", "country"), [
    ("St. Petersburg", "Russia"),  # the most populous city of the abbreviated name, not St. Petersburg, Florida
    ("Ft. Worth", "United States"), ("Crawford", "United States"), ("Gleneagles", "United Kingdom"), ("Mecca", "Saudi Arabia"),
])
def test_abbreviated_city_names_and_summit_venues_are_placed(place, country):
    from core.knowledge import place_country

    assert place_country(place) == country


@pytest.mark.model
def test_talks_before_an_earlier_event_are_background():
    earlier = meetings("Secretary of State Condoleezza Rice has been talking to President Mwai Kibaki before the election.",
                       "2008-02-16")
    assert earlier and all(m.referenced for m in earlier)


@pytest.mark.model
def test_a_meeting_of_the_days_the_article_reports_is_news_even_after_another_event():
    text = ("Pascal Lamy suspended the trade talks on Monday, after a meeting of ministers from India and Brazil "
            "failed.")
    assert [m.referenced for m in meetings(text, "2006-07-25")] == [False]
    text = "Putin met Xi soon after being inaugurated."  # no date of these days: background
    assert [m.referenced for m in meetings(text, "2024-08-22")] == [True]
    text = "Vladimir Putin met Hu Jintao in Beijing on Tuesday, a year after the two leaders met in Moscow."  # a year
    assert [m.referenced for m in meetings(text, "2010-05-05") if m.location == "Moscow"] == [True]


@pytest.mark.model
def test_a_recent_meeting_mentioned_in_passing_is_not_reported_as_held():
    found = meetings("The recent signing of a free trade agreement between Chile and China has boosted trade.", "2010-05-05")
    assert found and all(m.referenced for m in found)


@pytest.mark.model
def test_a_background_clause_with_its_own_subject_has_its_own_sides_and_no_place_of_the_reported_meeting():
    found = meetings("Vladimir Putin met Hu Jintao in Beijing on Tuesday, their third meeting since Putin first "
                     "visited China in 2000.", "2010-05-05")
    background = [m for m in found if m.referenced]
    assert [sorted(m.participants) for m in background] == [["China", "Vladimir Putin"]]
    assert background[0].date == "2000" and background[0].location != "Beijing"
    assert [(sorted(m.participants), m.location) for m in found if not m.referenced] == [(["Hu Jintao", "Vladimir Putin"], "Beijing")]


@pytest.mark.model
def test_the_two_leaders_are_the_sides_just_named():
    found = meetings("Vladimir Putin met Hu Jintao in Beijing on Tuesday, a year after the two leaders met in Moscow.", "2010-05-05")
    assert [(sorted(m.participants), m.location) for m in found if m.referenced] == [(["Hu Jintao", "Vladimir Putin"], "Moscow")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin travels to Beijing in a few days for talks with Chinese President Hu Jintao.",
    "Putin visits Beijing next week, where he meets Chinese President Hu Jintao.",
    "Russian President Vladimir Putin is likely to meet Chinese President Hu Jintao in Beijing.",
])
def test_a_meeting_still_ahead_is_a_plan_and_undated_unless_the_text_dates_it(text):
    found = meetings(text, "2010-05-05")
    assert found and all(m.referenced and (m.date is None or m.date > "2010-05-05") for m in found)


@pytest.mark.model
def test_days_of_talks_held_are_no_plan():
    found = meetings("Russian President Vladimir Putin met Chinese President Hu Jintao in two days of talks.", "2010-05-05")
    assert [m.referenced for m in found] == [False]


@pytest.mark.model
def test_officials_listed_as_one_group_were_met_together():
    [meeting] = meetings("Jakob Kellenberger met with senior officials, including Secretary of State Condoleezza Rice, "
                         "Defense Secretary Donald Rumsfeld, and National Security Adviser Stephen Hadley.", "2006-05-12")
    assert sorted(meeting.participants) == ["Condoleezza Rice", "Donald Rumsfeld", "Jakob Kellenberger", "Stephen Hadley"]


@pytest.mark.model
def test_a_title_the_knowledge_base_knows_a_person_by_keeps_a_name_that_is_also_a_city_a_person():
    assert "Queen Sofía of Spain" in people("Pope Benedict XVI was met at the airport by King Juan Carlos and Queen Sofía.",
                                            "2006-07-08")


@pytest.mark.parametrize(("text", "places"), [
    ("The Pope arrived in Lisbon on Saturday.", ["Lisbon"]),
    ("The Pope spoke with Lisbon on Saturday.", []),  # no place word before it: a person, as the model says
])
def test_a_city_the_model_took_for_a_person_where_a_place_goes_is_a_place(text, places):
    import spacy
    from spacy.tokens import Span

    from core.pipeline.places import resolve_places

    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, 4, 5, label="PERSON")]
    assert [p.canonical for p in resolve_places(doc, load_knowledge())] == places


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a person with no known country, in a story about the United States, meets Venezuela's leader: international
    ("Vernon Bellecourt led American protests in Washington and New York. He later visited Venezuelan President "
     "Hugo Chávez.", [["Hugo Chávez", "Vernon Bellecourt"]]),
    # the same person in a story about Venezuela: nothing says two countries meet
    ("Vernon Bellecourt led protests in Caracas. He later visited Venezuelan President Hugo Chávez.", []),
])
def test_someone_given_no_country_is_of_the_country_the_article_is_about(text, expected):
    assert sides(text, "2007-10-17") == expected


@pytest.mark.model
def test_an_organisation_side_is_its_head_the_article_names():
    found = meetings("NATO Secretary General Jaap de Hoop Scheffer opened the summit in Bucharest on Wednesday. "
                     "Russian President Vladimir Putin attended the NATO summit.", "2008-04-03")
    assert any({"Jaap de Hoop Scheffer", "Vladimir Putin"} <= set(m.participants) for m in found)
    assert not any("NATO" in m.participants for m in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "date"), [
    # the day the report was given is not the day of the meeting it tells of
    ("After Jakob Kellenberger met Secretary of State Condoleezza Rice, he was refused access, a spokesperson said on Friday.", None),
    # a date inside the meeting's own phrase dates it, whatever verb the phrase is the subject of
    ("A 1994 agreement between the United States and North Korea says that the country would be given two reactors.", "1994"),
    # a date in what someone heard or planned, or in what the meeting is for, is not the meeting's
    ("Meeting in Jambi, cabinet ministers from Brunei and Malaysia heard what Indonesia plans to do this year.", None),
    ("Russian President Vladimir Putin met Chinese President Hu Jintao to discuss plans for 2010.", None),
    # the date of the journey the meeting is the purpose of is the meeting's
    ("Russian President Vladimir Putin flew to Beijing on Thursday to meet Chinese President Hu Jintao.", "2007-05-10"),
    # a day in brackets glosses the relative word before it, whether the model takes them as one date or two
    ("Russian President Vladimir Putin met Chinese President Hu Jintao yesterday (May 10) in Beijing.", "2007-05-10"),
    ("Russian President Vladimir Putin met Chinese President Hu Jintao on Thursday (May 3) in Beijing.", "2007-05-03"),
    # a bare ordinal day is a day of the month, not the ordinal of a thing
    ("Russian President Vladimir Putin met Chinese President Hu Jintao in Beijing on the 4th.", "2007-05-04"),
    ("Russian President Vladimir Putin met Chinese President Hu Jintao on the 2nd floor of the hall.", None),
])
def test_a_meeting_is_dated_by_its_own_date_not_by_the_report_of_it(text, date):
    [meeting] = meetings(text, "2007-05-12")
    assert (meeting.date if meeting.date_precision not in ("approx", "unknown") else None) == date


@pytest.mark.model
@pytest.mark.parametrize(("text", "location"), [
    ("Vladimir Putin met Hu Jintao at the Crawford ranch on Monday.", "Crawford"),  # a city naming the venue
    ("Vladimir Putin met Angela Merkel in St. Petersburg on Monday.", "Saint Petersburg"),  # as the gazetteer writes it
    ("Vladimir Putin met Hu Jintao in the Chinese city of Harbin on Monday.", "Harbin"),
    # a seat of government places the meeting in its capital
    ("Russian President Vladimir Putin received Chinese President Hu Jintao at the Kremlin.", "Moscow"),
    # a retreat outside the capital is its own place
    ("George W. Bush met Tony Blair at Camp David on Friday.", "Camp David"),
    # a "where" clause is in the place named last before it, whatever noun the parser hangs it on
    ("German Chancellor Angela Merkel flew to Washington on Friday, where she met US President George W. Bush.", "Washington"),
    # the town word is what ties a place to the meeting, however far the name hangs below it
    ("The two-day APEC summit, expected to bring together 21 leaders, opened on Monday in the South Korean port city "
     "of Busan.", "Busan"),
])
def test_a_venue_named_by_its_city_and_an_abbreviated_city_place_the_meeting(text, location):
    [meeting] = meetings(text, "2006-07-17")
    assert meeting.location == location


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    ("She also hit back at Petros Tzomakas, a member of another Greek family.", "Petros Tzomakas"),
    # a title phrase ending at the comma before the name, a first name no list knows, a name the model tagged ORG
    ("Iran secured the rights last month when minister of state for Presidential affairs, Didymus Mutasa visited "
     "Tehran.", "Didymus Mutasa"),
])
def test_a_name_in_apposition_to_a_title_noun_is_a_person_whatever_the_model_tagged(text, person):
    assert person in people(text, "2009-01-01")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In the press release for Amnesty International, a representative said the talks failed.",
    "Jamba, and its American brand Jamster, will be sold.",
])
def test_an_organisation_near_a_title_or_beside_another_name_is_no_person(text):
    assert people(text, "2009-01-01") == set()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gordon Brown welcomed the Stern Review on Tuesday.",  # a report
    "Hezbollah's Al-Manar television reported the talks.",  # an outlet
    "Indian Railways said the line would reopen.",
])
def test_reports_outlets_and_railways_are_no_people(text):
    assert people(text, "2006-10-30") <= {"Gordon Brown"}


@pytest.mark.model
def test_a_company_in_apposition_to_a_company_noun_stays_a_company():
    assert people("Morgan Stanley, the investment bank, said profits rose.", "2009-01-01") == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Sino-Russian talks ended on Friday.", [["China", "Russia"]]),
    ("The Russia-China summit opened in Moscow.", [["China", "Russia"]]),
    # the dashed pair modifies a border, not a meeting: the sides are the two that discussed it
    ("Japan and China discussed the Russia-China border.", [["China", "Japan"]]),
])
def test_two_countries_joined_by_a_dash_before_a_meeting_noun_are_its_sides(text, expected):
    assert sides(text, "2005-02-20") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # each country's holder of the office on the day, as for one office ("the French foreign minister")
    ("The French and German foreign ministers met in Paris on Monday.", [["Joschka Fischer", "Michel Barnier"]]),
    ("Greece hosted a dinner in honour of the Russian and Bulgarian presidents.", [["Georgi Parvanov", "Greece", "Vladimir Putin"]]),
    ("The presidents met on Monday.", []),  # no country says whose
])
def test_plural_office_nouns_stand_for_the_holders_in_the_countries_that_modify_them(text, expected):
    assert sides(text, "2005-02-20") == expected


@pytest.mark.model
def test_the_countries_a_delegation_noun_lists_are_the_sides():
    text = "A meeting of six core negotiators India, Brazil, the United States, Japan, and Australia in Geneva failed."
    assert sides(text, "2006-07-25") == [["Australia", "Brazil", "India", "Japan", "United States"]]


@pytest.mark.model
def test_a_visit_during_which_someone_spoke_is_their_visit():
    [meeting] = meetings("Bolivian President Evo Morales explained, on a visit to Brazil in January, that the industry "
                         "would stay open.", "2005-02-20")
    assert sorted(meeting.participants) == ["Brazil", "Evo Morales"] and meeting.kind == "visit"


@pytest.mark.model
def test_they_who_are_only_spoken_to_do_not_join_the_summit():
    found = meetings("UN Secretary-General Ban Ki-moon attended the African Union summit in Addis Ababa. On Kenya, Ban "
                     "says he told political leaders during his visit there that they bear responsibility.", "2008-02-07")
    assert any(sorted(m.participants) == ["Ban Ki-moon", "Kenya"] for m in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Cuban officials visited Mexico last week to attend a meeting with U.S. energy executives.", [["Cuba", "Mexico"]]),
    ("A Chinese delegation visited Russia.", [["China", "Russia"]]),
    ("Chinese tourists visited Russia.", []),  # tourists are no delegation
])
def test_a_delegation_that_visits_a_country_meets_that_country(text, expected):
    assert sides(text, "2008-04-20") == expected


@pytest.mark.model
def test_a_trip_in_apposition_to_a_planned_visit_is_planned_and_a_past_date_does_not_date_a_plan():
    found = meetings("Chinese Premier Li Qiang will make his first visit to Russia, a four-day trip, since the fighting "
                     "escalated two weeks ago.", "2024-08-21")
    assert found and all(m.referenced and m.date is None for m in found)


@pytest.mark.model
def test_a_guess_about_the_past_is_no_meeting_reported_as_held_and_no_plan():
    [meeting] = meetings("Russian President Vladimir Putin may have met Chinese President Hu Jintao in secret.", "2007-05-01")
    assert meeting.referenced and "date:plan-undated" not in meeting.rules


@pytest.mark.model
@pytest.mark.parametrize(("text", "date"), [
    ("German Chancellor Angela Merkel is on a three-day visit to China, her first since 2007.", "2009-06-17"),
    ("German Chancellor Angela Merkel has visited China twice since 2007.", None),  # some time after 2007
    ("German Chancellor Angela Merkel visited China in 2007.", "2007"),
])
def test_the_year_since_which_a_visit_is_the_first_or_one_of_several_is_not_its_date(text, date):
    [meeting] = meetings(text, "2009-06-17")
    assert meeting.date == date


@pytest.mark.model
def test_a_trip_going_on_since_a_recent_day_is_news():
    [meeting] = meetings("Polish Foreign Minister Anna Fotyga has been on her trip in the United States since Tuesday.", "2008-06-27")
    assert not meeting.referenced and meeting.date == "2008-06-24"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Foreign Minister of Romania is scheduled to have a meeting to discuss the attack with Iranian officials on "
     "Wednesday.", [["Iran", "Mihai Răzvan Ungureanu"]]),  # an infinitive says what the meeting is for, not that it was held
    ("British Foreign Secretary Margaret Beckett spoke at a meeting in New York with her counterparts from France and Germany.",
     [["Frank-Walter Steinmeier", "Margaret Beckett", "Philippe Douste-Blazy"]]),  # counterparts: who held her office there
])
def test_a_meeting_for_a_purpose_and_counterparts_from_countries(text, expected):
    assert sides(text, "2006-07-24") == expected


@pytest.mark.model
def test_where_someone_went_is_not_their_country():
    found = annotate("Norwegian diplomat Jan Egeland, who visited Lebanon today, denounced the strikes.", "2006-07-23")._.bl_people
    assert {m.country for m in found if m.canonical == "Jan Egeland"} != {"LBN"}
    # a country before a clause that names someone is the clause's subject's, not theirs
    found = annotate("Pakistani officials have contradicted U.S. claims that Ayman Examplawi was in the area. U.S. "
                     "rejects Exampla Laden's truce.", "2006-01-20")._.bl_people
    assert {m.country for m in found} <= {None}, [(m.canonical, m.country) for m in found]
    found = annotate("An Indonesian woman named Siti Exampla climbed down, she said.", "2007-06-20")._.bl_people
    assert {m.country for m in found} == {"IDN"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Swedish Acting Minister for Foreign Affairs Carin Jämtin met the governor.", "Carin Jämtin", "SWE"),  # a long title
    ("The Swedish Minister for Foreign Affairs, Carin Jämtin, met the governor.", "Carin Jämtin", "SWE"),  # its head a PROPN
    ('"It will pass," said the U.S. Ambassador to Canada, David Wilkins.', "David Wilkins", "USA"),
    ("Kofi Annan and Foreign Minister Zorblat Quenn met in Accra.", "Zorblat Quenn", None),  # another name ends the title
])
def test_the_country_a_title_gives_however_long(text, name, country):
    found = annotate(text, "2006-03-29")._.bl_people
    assert {m.country for m in found if m.canonical == name} == {country}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin and Chinese President Hu Jintao attended the opening ceremony on Monday. The two "
     "leaders later held talks on energy.", [["Hu Jintao", "Vladimir Putin"]]),
    ("Russian President Vladimir Putin and Chinese President Hu Jintao attended the opening ceremony on Monday. They later "
     "held talks on energy.", [["Hu Jintao", "Vladimir Putin"]]),
    ("Russian President Vladimir Putin and Prime Minister Mikhail Fradkov attended the opening ceremony on Monday. The two "
     "leaders later held talks on energy.", []),  # one country's leaders
])
def test_the_two_named_together_as_a_subject_are_the_two_who_meet_next(text, expected):
    assert sides(text, "2007-03-27") == expected


@pytest.mark.model
def test_the_meeting_they_held_told_again_is_one_meeting():
    found = meetings("Russian President Vladimir Putin met Chinese President Hu Jintao in Beijing on Tuesday. During the "
                     "meeting they agreed to hold more talks on Monday.", "2010-05-05")
    # the meeting on Tuesday, and the talks they agreed to hold: the meeting told again is no third record
    assert sorted((m.referenced, m.date) for m in found) == [(False, "2010-05-04"), (True, "2010-05-10")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Talks included the current visit of Indian naval Vice Admiral Yashwant Prasad to China during April 11-19.",
     ["China", "Yashwant Prasad"]),  # "Indian" says whose the admiral is, not where he goes
    ("Chinese President Hu Jintao made a Moscow visit.", ["Hu Jintao", "Russia"]),
])
def test_a_visit_goes_where_the_text_sends_it_not_to_the_visitors_country(text, expected):
    [meeting] = meetings(text, "2005-04-15")
    assert sorted(meeting.participants) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He proposed that the five islands of the Antilles be expelled, and he said so again.",
    "He was raised in County Kerry. He returned to his native Kerry in 1978.",
])
def test_a_name_with_an_article_and_a_place_named_once_by_its_place_word_are_no_people(text):
    assert not {"Antilles", "Kerry", "County Kerry"} & people(text, "2006-03-08")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "46,000 Canadians visit New Zealand and 16,000 New Zealanders visit Canada each year.",  # a country's people, yearly
    "Chakib Khelil, the OPEC president, said during the meeting that prices would hold.",
])
def test_tourists_of_a_country_and_an_organisation_with_its_own_official_are_no_meeting(text):
    assert meetings(text, "2008-12-17") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("EU foreign ministers met in Brussels on Monday.", [["European Union"]]),
    ("The G20's heads of state will meet in Seoul, South Korea, next month.", [["G20"]]),
    ("A meeting of G8 finance ministers opened in London.", [["G8"]]),
    # its own official speaking of the meeting adds no pair with the organisation
    ("OPEC ministers met in Oran. Chakib Khelil, the OPEC president, said during the meeting that prices would hold.", [["OPEC"]]),
    ("The talks with NATO failed.", []),  # an organisation the meeting is with: the other side is unnamed
    ("NATO Secretary-General Jaap de Hoop Scheffer met in Brussels on Monday.", []),  # the organisation titles a person
    ("An EU official met in Brussels on Monday.", []),  # one of its people, not its members
    ("A representative from the IMF is meeting with Eurozone policymakers.", []),  # someone else is met
    ("The trade representative spoke at the WTO talks in Hong Kong.", []),  # its talks are a process, not one meeting
])
def test_an_organisations_members_meeting_is_a_meeting_of_that_organisation(text, expected):
    assert sides(text, "2009-09-10") == expected


@pytest.mark.model
def test_a_capitalised_plural_delegation_noun_is_still_a_delegation():
    # the model leaves "Officials" unlemmatised; its singular is the delegation word
    assert sides("Two top US Officials met with their Canadian counterparts on Friday.", "2007-02-10") == [["Canada", "United States"]]


@pytest.mark.parametrize(("word", "stem"), [("hopes", "hope"), ("Officials", "official"), ("countries", "country"),
                                            ("planned", "plann"), ("scheduled", "schedule"), ("preparing", "prepare")])
def test_regular_stems_undo_regular_inflections(word, stem):
    from core.text import regular_stems

    assert stem in regular_stems(word) and word.lower() in regular_stems(word)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Following a meeting with Shinzo Abe, Vladimir Putin told reporters that the islands would stay Russian.",
    "After talks in Moscow, Vladimir Putin and Shinzo Abe said they would work together.",
    "After meeting Shinzo Abe, Vladimir Putin said the islands would stay Russian.",
    # whom the speaker tells something during the meeting is at it
    "Vladimir Putin told Shinzo Abe during a meeting in Moscow that the islands would stay Russian.",
])
def test_a_meeting_that_is_the_occasion_of_its_participants_words_is_the_meeting_reported(text):
    found = meetings(text, "2016-12-16")
    assert [(sorted(m.participants), m.referenced) for m in found] == [(["Shinzo Abe", "Vladimir Putin"], False)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Addressing a joint press conference with Indian Prime Minister Manmohan Singh, British Prime Minister Tony "
     "Blair urged countries to act.", [["Manmohan Singh", "Tony Blair"]]),
    ("At a joint news conference with Vladimir Putin in Moscow, Hu Jintao said the two countries would cooperate.",
     [["Hu Jintao", "Vladimir Putin"]]),
    ("Speaking at a joint press conference with Tony Blair, George W. Bush said the war was going well.",
     [["George W. Bush", "Tony Blair"]]),
    ("Hu Jintao and Vladimir Putin held a joint press conference in Moscow.", [["Hu Jintao", "Vladimir Putin"]]),
    ("George W. Bush told a news conference with reporters that he was pleased.", []),  # reporters are no side
    ("George W. Bush held a press conference in Washington.", []),  # alone
])
def test_a_joint_news_conference_is_a_meeting_of_those_who_hold_it(text, expected):
    assert sorted(sorted(m.participants) for m in meetings(text, "2006-02-20")) == expected


@pytest.mark.model
def test_at_a_meeting_the_speaker_takes_part_and_what_they_said_does_not():
    assert sides("Vladimir Putin said at the meeting with Hu Jintao that Russia would help.", "2006-02-20") == [
        ["Hu Jintao", "Vladimir Putin"]]
    found = sides("At a meeting in Brussels, NATO foreign ministers said they would not meet Sergei Lavrov.", "2006-02-20")
    assert not any("Sergey Lavrov" in found_sides for found_sides in found)


@pytest.mark.model
def test_the_speaker_after_someone_elses_meeting_is_no_participant_and_a_distant_one_is_background():
    assert sides("Following George W. Bush's meeting with Tony Blair, Jacques Chirac said he was disappointed.",
                 "2003-04-10") == [["George W. Bush", "Tony Blair"]]
    found = meetings("Two years after meeting Shinzo Abe, Vladimir Putin said the islands would stay Russian.", "2016-12-16")
    assert [m.referenced for m in found] == [True]


@pytest.mark.model
@pytest.mark.parametrize(("text", "referenced"), [
    ("After the speeches, Susilo Bambang Yudhoyono and Thabo Mbeki signed the Declaration on a New Asian-African "
     "Strategic Partnership.", False),  # the phrase orders the signing itself after the speeches
    ("Two years after his election, Vladimir Putin met Hu Jintao in Beijing.", True),  # history
])
def test_an_after_phrase_on_the_meeting_word_orders_the_meeting_and_does_not_make_it_background(text, referenced):
    assert [m.referenced for m in meetings(text, "2005-04-25")] == [referenced]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Thomas Boni Yayi and George W. Bush discussed the economy on Sunday.", [["Boni Yayi", "George W. Bush"]]),
    ("President Yayi said he and President Bush discussed diversifying Benin's economy.", [["Boni Yayi", "George W. Bush"]]),
    ("China and Russia discussed trade on Monday.", [["China", "Russia"]]),
    ("Officials discussed the plan on Monday.", []),  # a plural subject is no pair of sides
    ("George W. Bush discussed the plan on Monday.", []),  # nobody to discuss it with
])
def test_a_subject_of_two_named_sides_makes_discussing_a_meeting(text, expected):
    assert sorted(sorted(m.participants) for m in meetings(text, "2008-02-17")) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # one leader of the host country that day: "the two leaders" are the visitor and that leader
    ("Angela Merkel visited Washington on Monday. The two leaders discussed trade.", ["Angela Merkel", "George W. Bush"]),
    # the noun names the office where two offices lead the country
    ("Hu Jintao arrived in Washington on Monday. The two presidents discussed trade on Tuesday.", ["George W. Bush", "Hu Jintao"]),
    # a counterpart holds the visitor's own office
    ("Chinese Premier Wen Jiabao visited Berlin on Monday. He and his counterpart discussed trade.", ["Angela Merkel", "Wen Jiabao"]),
    # a president and a prime minister lead Russia: "the two leaders" does not say which one Merkel met
    ("Angela Merkel arrived in Moscow on Monday for a two-day visit. The two leaders discussed energy.", ["Angela Merkel", "Russia"]),
    # a minister's visit: "the two leaders" are not the host country's leaders
    ("Russian Foreign Minister Sergei Lavrov visited Tokyo on Monday. The two leaders discussed energy.", ["Japan", "Sergey Lavrov"]),
    # nothing speaks of the host
    ("Angela Merkel visited Washington on Monday. She spoke at a university.", ["Angela Merkel", "United States"]),
])
def test_the_host_a_visit_implies_is_who_led_the_host_country_that_day(text, expected):
    visits = [m for m in meetings(text, "2006-05-10") if m.kind == "visit"]
    assert [sorted(m.participants) for m in visits] == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('"We welcome this gesture," Pakistani Information Minister Sheikh Rashid said.', {"Sheikh Rashid"}),
    ("Mullah Omar fled to the mountains.", {"Mullah Omar"}),  # the knowledge base knows him so
    ("Sheikh Hamad bin Jassim met reporters in Doha.", {"Hamad bin Jassim bin Jaber Al Thani"}),  # a full name sheds it
])
def test_an_honorific_stays_before_a_lone_name(text, expected):
    assert people(text, "2005-03-25") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("According to Sergey Lavrov, Putin met Hu Jintao in Beijing on Monday.", [["Hu Jintao", "Vladimir Putin"]]),
    ("Putin met Hu Jintao in Beijing on Monday, according to Sergey Lavrov.", [["Hu Jintao", "Vladimir Putin"]]),
    ("According to the minutes of the meeting between Putin and Hu Jintao, trade grew.", [["Hu Jintao", "Vladimir Putin"]]),
])
def test_whom_a_report_is_according_to_is_its_source_not_a_participant(text, expected):
    assert sides(text, "2006-06-10") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The statement was issued after a US-Japan meeting, attended by US Defense Secretary Donald Rumsfeld and "
     "Japanese Foreign Minister Nobutaka Machimura.", [["Donald Rumsfeld", "Nobutaka Machimura"]]),
    ("The meeting, attended by 300 people, ended on Monday.", []),
])
def test_the_people_who_attended_a_meeting_are_its_participants(text, expected):
    assert sides(text, "2005-02-20") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, when", [
    ("Security was tight during last week's visit by Condoleezza Rice to Moscow.", "2006-05-29"),
    ("The agreement between Australia and East Timor was signed last Thursday (June 1) in Dili.", "2006-06-01"),
])
def test_a_possessive_or_glossed_date_dates_the_meeting(text, when):
    assert [m.date for m in meetings(text, "2006-06-06")] == [when]


@pytest.mark.model
def test_a_trip_made_to_meet_someone_is_a_meeting_held():
    found = meetings("Vladimir Putin flew to Beijing to meet Hu Jintao on Monday.", "2006-11-11")
    assert [(sorted(m.participants), m.referenced) for m in found] == [(["Hu Jintao", "Vladimir Putin"], False)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Margaret Beckett discussed Iran in New York with her counterparts from France, Germany and Russia.",
     ["Frank-Walter Steinmeier", "Margaret Beckett", "Philippe Douste-Blazy", "Sergey Lavrov"]),
    ("Condoleezza Rice met her French and German counterparts in Paris on Monday.",
     ["Condoleezza Rice", "Frank-Walter Steinmeier", "Philippe Douste-Blazy"]),
    # the countries' people are only "officials": no office to look up, the sides stay countries
    ("Margaret Beckett discussed Iran in New York with officials from France and Germany.", ["France", "Germany", "Margaret Beckett"]),
])
def test_counterparts_from_countries_are_who_held_the_same_office_there_that_day(text, expected):
    assert sides(text, "2006-05-09") == [expected]


@pytest.mark.model
def test_two_coordinated_visits_keep_their_own_visitor_destination_and_date():
    found = meetings("The agreement coincides with a current visit to the US by Manmohan Singh, and a planned visit to "
                     "India in 2005 by President George W. Bush.", "2005-07-18")
    assert sorted((m.location, m.date, m.referenced) for m in found) == [("India", "2005", True), ("United States", "2005-07-18", False)]


@pytest.mark.model
def test_a_counterpart_shared_by_coordinated_meeting_nouns_is_still_met():
    assert sides("Vladimir Putin held talks and a working dinner with Hu Jintao in Beijing on Monday.", "2005-07-18") == [["Hu Jintao", "Vladimir Putin"]]


@pytest.mark.model
def test_each_named_person_meets_the_holder_of_their_own_office_among_their_counterparts():
    text = "President Vladimir Putin and Prime Minister Sergei Stanishev met their Greek counterparts in Athens on Wednesday."
    assert sides(text, "2007-03-15") == [["Karolos Papoulias", "Kostas Karamanlis", "Sergei Stanishev", "Vladimir Putin"]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a country only its officials stand for is a side beside the people named
    ("Condoleezza Rice met Mahmoud Abbas and Israeli officials in Jerusalem on Monday.", ["Condoleezza Rice", "Israel", "Mahmoud Abbas"]),
    ("Vladimir Putin met Hu Jintao and Chinese officials on Monday.", ["Hu Jintao", "Vladimir Putin"]),  # China is Hu's
])
def test_a_delegation_beside_named_people_is_a_side_when_no_one_named_stands_for_its_country(text, expected):
    assert sides(text, "2007-02-20") == [expected]


@pytest.mark.model
def test_summoning_an_ambassador_is_a_meeting():
    assert sides("David Miliband summoned Sudanese ambassador Omer Siddig to the Foreign Office on Thursday.", "2007-11-30") == [
        ["David Miliband", "Omer Siddig"]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("George W. Bush visited Rwanda, Ghana and Liberia last week.",
     [(["George W. Bush", "Ghana"], "Ghana"), (["George W. Bush", "Liberia"], "Liberia"), (["George W. Bush", "Rwanda"], "Rwanda")]),
    ("George W. Bush visited Moscow and Beijing last week.", [(["China", "George W. Bush"], "Beijing"), (["George W. Bush", "Russia"], "Moscow")]),
])
def test_a_trip_to_a_list_of_places_is_a_visit_to_each(text, expected):
    assert sorted((sorted(m.participants), m.location) for m in meetings(text, "2008-02-16")) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("George W. Bush met Thomas Boni Yayi at Cadjehoun International Airport in Cotonou on Saturday.", "Cotonou"),
    ("George W. Bush met Thomas Boni Yayi at a hotel in Paris on Saturday.", "Paris"),
    # the venue hangs on the verb the meeting noun is the subject or object of
    ("The meeting between Mahmoud Abbas and Ehud Olmert was held at the prime minister's residence in Jerusalem.", "Jerusalem"),
    ("Talks between Mahmoud Abbas and Ehud Olmert took place at the King David Hotel in Jerusalem.", "Jerusalem"),
    ("Mahmoud Abbas held talks with Ehud Olmert at his official residence in Jerusalem on Sunday.", "Jerusalem"),
])
def test_the_town_of_a_venue_is_where_the_meeting_was(text, place):
    assert [m.location for m in meetings(text, "2008-02-16")] == [place]


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Mahmoud Abbas met Ehud Olmert in the West Bank town of Jericho on Monday.", "Jericho"),  # a town no gazetteer row names
    ("Nicolas Sarkozy met Angela Merkel in the German town of Meseberg on Monday.", "Meseberg"),
    ("Mahmoud Abbas met Ehud Olmert in the West Bank on Monday.", "Palestine"),  # no town: the region stays
])
def test_a_town_the_text_calls_one_is_the_place_not_the_region_before_it(text, place):
    assert [m.location for m in meetings(text, "2008-04-15")] == [place]


@pytest.mark.model
@pytest.mark.model
def test_a_town_the_parse_hangs_on_the_last_person_met_places_the_meeting():
    text = ("US Secretary of State Condoleezza Rice met with Israeli Prime Minister Ehud Olmert and Palestinian President "
            "Mahmoud Abbas in Jerusalem on Monday.")
    assert [m.location for m in meetings(text, "2008-02-16")] == ["Jerusalem"]


@pytest.mark.model
def test_a_meeting_beside_a_gathering_is_in_the_gatherings_town_even_one_the_gazetteer_lacks():
    text = "George W. Bush and Dmitry Medvedev met on the sidelines of the G8 summit in Hokkaido."
    assert {m.location for m in meetings(text, "2008-07-08")} == {"Hokkaido"}


@pytest.mark.model
def test_a_call_on_someone_to_act_is_an_appeal_not_a_call():
    assert meetings("Malcolm Turnbull called on Prime Minister Kevin Rudd to contact the Chinese government.", "2009-07-09") == []
    assert sides("Kevin Rudd called Hu Jintao on Monday.", "2009-07-09") == [["Hu Jintao", "Kevin Rudd"]]


@pytest.mark.model
def test_a_trip_never_stops_in_the_visitors_own_country():
    text = "China and Russia signed deals worth billions during Russian Prime Minister Vladimir Putin's visit to Beijing on Tuesday."
    assert all("Russia" not in m.participants for m in meetings(text, "2009-10-14"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Vladimir Putin flew to Beijing to meet Hu Jintao on Monday.",
    "Vladimir Putin traveled to Beijing to meet Hu Jintao on Monday.",
])
def test_a_trip_made_for_a_meeting_is_one_meeting_on_the_meetings_day(text):
    assert [(sorted(m.participants), m.date, m.location) for m in meetings(text, "2008-02-17")] == [
        (["Hu Jintao", "Vladimir Putin"], "2008-02-11", "Beijing")]


@pytest.mark.model
def test_flying_to_a_country_is_a_visit_and_flying_home_is_none():
    assert sides("George W. Bush flew to Tanzania on Saturday.", "2008-02-17") == [["George W. Bush", "Tanzania"]]
    assert meetings("George W. Bush flew back to Washington on Sunday.", "2008-02-17") == []


@pytest.mark.model
def test_the_subject_of_another_clause_is_no_side_of_the_meeting():
    text = "Morgan Tsvangirai flew to South Africa on Thursday, the day on which Mahmoud Ahmadinejad arrived in Harare."
    found = {m.location: sorted(m.participants) for m in meetings(text, "2010-04-24")}
    assert found["South Africa"] == ["Morgan Tsvangirai", "South Africa"]  # Ahmadinejad arrived elsewhere
    text = "The charges stemmed from meetings Hu Jintao held in late 2005 with Condoleezza Rice."  # the clause tells the meeting
    assert sides(text, "2007-05-10") == [["Condoleezza Rice", "Hu Jintao"]]


@pytest.mark.model
def test_an_unnamed_ambassador_stands_for_their_country():
    assert sides("David Miliband summoned the Sudanese ambassador on Thursday.", "2007-11-30") == [["David Miliband", "Sudan"]]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a scene-setting participle whose object is the meeting: the subject was at it, even under "urged"
    ("Addressing a joint press conference with Indian Prime Minister Manmohan Singh, British Prime Minister Tony Blair "
     "urged countries not to compare India with North Korea.", "2005-09-15", [["Manmohan Singh", "Tony Blair"]]),
    ("After holding talks with Shinzo Abe, Vladimir Putin met Hu Jintao.", "2006-11-20",
     [["Hu Jintao", "Vladimir Putin"], ["Shinzo Abe", "Vladimir Putin"]]),
    # the meeting as the audience of what is told
    ("Nicolas Sarkozy told a joint news conference with Polish Prime Minister Donald Tusk that Ukraine would be "
     "offered closer cooperation.", "2008-05-28", [["Donald Tusk", "Nicolas Sarkozy"]]),
    # "with" hung on the verb that holds the meeting noun
    ("China's president, Hu Jintao, held a press conference on Wednesday with United States president Barack Obama.",
     "2011-01-20", [["Barack Obama", "Hu Jintao"]]),
    ("Hu Jintao held a press conference with reporters.", "2011-01-20", []),
    # calls: a purpose that addresses someone, contacting someone, speaking with someone
    ("Gordon Brown phoned Barack Obama to congratulate him on his victory.", "2008-11-06", [["Barack Obama", "Gordon Brown"]]),
    ("Jens Stoltenberg spoke on Thursday. George W. Bush called to congratulate him on his election victory.",
     "2005-09-15", [["George W. Bush", "Jens Stoltenberg"]]),
    ("George W. Bush called to say that the war was over.", "2005-09-15", []),
    ("Juan Manuel Santos spoke on Sunday. Colombian president Alvaro Uribe contacted Ecuadorian president Rafael "
     "Correa to inform him of the incident.",
     "2008-03-02", [["Rafael Correa", "Álvaro Uribe"]]),
    ("Barack Obama spoke with Benjamin Netanyahu on Monday.", "2012-09-12", [["Barack Obama", "Benjamin Netanyahu"]]),
    ("Barack Obama spoke with reporters in Berlin.", "2012-09-12", []),
    # a known name of more words than the model's tokens split it into, left untagged by the model
    ("George W. Bush telephoned Nouri al-Maliki on Monday.", "2007-06-12", [["George W. Bush", "Nouri al-Maliki"]]),
    # someone the text calls visiting, where the sentence places them
    ("Visiting Chinese Premier Wen Jiabao said in Islamabad that China and Pakistan were friends.", "2007-06-12",
     [["Pakistan", "Wen Jiabao"]]),
    ("Visiting Chinese Premier Wen Jiabao said in Shanghai that China would grow.", "2007-06-12", []),
    # those a meeting affects are no parties to it
    ("Vladimir Putin's visit to Tokyo angered China.", "2010-11-12", [["Japan", "Vladimir Putin"]]),
    # the subjects a controlled clause takes from its verb
    ("Hu Jintao and Barack Obama agreed to set up a new dialogue after their first meeting.", "2009-04-02",
     [["Barack Obama", "Hu Jintao"]]),
    # a trip goes where the travel word points, not where an earlier phrase was; every stop of it is a visit
    ("After spending three hours in Benin, George W. Bush flew to Tanzania, where he will stay for three nights.",
     "2008-02-16", [["George W. Bush", "Tanzania"]]),
    ("Condoleezza Rice flies to South Korea and then to Japan to debrief her counterparts.", "2005-03-19",
     [["Condoleezza Rice", "Japan"], ["Condoleezza Rice", "South Korea"]]),
    # a meeting beside a summit is not the summit, though those who held it were at the summit
    ("George W. Bush and Vladimir Putin met on the sidelines of the APEC summit in Hanoi.", "2006-11-19",
     [["APEC", "George W. Bush", "Vladimir Putin"], ["George W. Bush", "Vladimir Putin"]]),
    # the attendees a group word lists
    ("The APEC summit opened in Hanoi on Saturday. Leaders including George W. Bush, Vladimir Putin and Hu Jintao "
     "attended.", "2006-11-19", [["George W. Bush", "Hu Jintao", "Vladimir Putin"]]),
    # those the clause places among the attendees
    ("Prime Minister Junichiro Koizumi of Japan and President Hu Jintao of China were among those attending the summit.",
     "2005-04-25", [["Hu Jintao", "Junichiro Koizumi"]]),
])
def test_meeting_words_reached_through_the_clause_around_them(text, published, expected):
    assert sorted(sides(text, published)) == expected


@pytest.mark.model
def test_a_meeting_beside_a_summit_takes_its_town():
    found = {tuple(sorted(m.participants)): m for m in meetings(
        "George W. Bush and Vladimir Putin met on the sidelines of the APEC summit in Hanoi.", "2006-11-19")}
    assert (found[("George W. Bush", "Vladimir Putin")].kind, found[("George W. Bush", "Vladimir Putin")].location) == ("talks", "Hanoi")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin met George W. Bush on Sunday night.", ("2007-06-10", "day")),  # the model tags it a time
    ("Vladimir Putin met George W. Bush earlier today.", ("2007-06-14", "day")),
    ("Vladimir Putin met George W. Bush on the 12th.", ("2007-06-12", "day")),
    ("Vladimir Putin met George W. Bush at 3 p.m.", ("2007-06-14", "approx")),  # a time of no day: the publication's
    # a day's meeting is not someone else's meeting ("Bush's meeting with Blair")
    ("After Monday's meeting with George W. Bush, Vladimir Putin left for Moscow.", ("2007-06-11", "day")),
])
def test_a_meeting_takes_the_day_a_time_expression_names(text, expected):
    (found,) = meetings(text, "2007-06-14")
    assert (found.date, found.date_precision) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the day of an agreement to meet is not the meeting's
    ("Barack Obama and Dmitry Medvedev agreed on Wednesday to negotiate a new arms treaty.", (None, "unknown")),
    ("Vladimir Putin flew to Beijing on Monday to meet Hu Jintao.", ("2009-03-30", "day")),  # a trip's day is its meeting's
    # a month in what someone agreed to do lies ahead
    ("Vladimir Putin agreed in March to visit China in May.", ("2009-05", "month")),
    ("Vladimir Putin visited China in May.", ("2008-05", "month")),
])
def test_a_planned_meeting_is_dated_by_its_own_clause(text, expected):
    (found,) = meetings(text, "2009-04-02")
    assert (found.date, found.date_precision) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Russian President Vladimir Putin spoke about oil prices on Monday. Later that day the president met German "
     "Chancellor Angela Merkel.", "2007-04-04", [["Angela Merkel", "Vladimir Putin"]]),
    ("Prime Minister Tony Blair said on Monday that trade was vital. The prime minister held talks with Chinese "
     "Premier Wen Jiabao in Beijing.", "2007-04-04", [["Tony Blair", "Wen Jiabao"]]),
    # two people named before hold the office: "the president" names neither
    ("President Bush and President Putin spoke of trade. Later the president met Chancellor Angela Merkel.",
     "2007-04-04", []),
    # the president of something else is not the office-holder named before
    ("President Bush spoke of trade. The president of the club met Chancellor Angela Merkel.", "2007-04-04", []),
])
def test_a_bare_office_word_is_the_holder_named_before(text, published, expected):
    assert sides(text, published) == expected


@pytest.mark.model
def test_a_bare_office_word_is_highlighted_as_its_holder():
    found = [(m.text, m.canonical) for m in annotate("Chinese Premier Wen Jiabao arrived on Monday. The premier "
                                                      "spoke of trade.", "2007-04-04")._.bl_people]
    assert ("The premier", "Wen Jiabao") in found


@pytest.mark.model
def test_one_kept_unaware_of_a_visit_is_not_its_host():
    text = ("Vice President Dick Cheney made a surprise visit to Iraq on Sunday. The Vice President's visit was so "
            "secretive that even Iraqi prime minister Ibrahim al-Jaafari was unaware he was coming.")
    assert sides(text, "2005-12-19") == [["Dick Cheney", "Iraq"]]


@pytest.mark.model
def test_the_subject_of_an_aside_is_no_party():
    text = ("Foreign Secretary Margaret Beckett condemned the arrest. The Iranian ambassador was summoned to the Foreign "
            "Office to see the Permanent Secretary to the FCO (as the Foreign Secretary was away from London in her "
            "Parliamentary constituency at the time).")
    assert ["Iran", "Margaret Beckett"] not in sides(text, "2007-03-23")


@pytest.mark.model
def test_a_trip_is_where_the_traveller_is_set():
    text = ("Condoleezza Rice, in Japan as part of her first trip to Asia as United States Secretary of State, said the "
            "talks must resume.")
    assert [(sorted(m.participants), m.location) for m in meetings(text, "2005-03-19")] == [
        (["Condoleezza Rice", "Japan"], "Japan")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "place"), [
    ("Last month, both Palestinian leader Mahmoud Abbas and Israeli Prime Minister Ehud Olmert signed a statement of "
     "joint understanding at the 2007 Annapolis Conference in Maryland.", "Annapolis"),
    ("Palestinian President Mahmoud Abbas and Israeli Prime Minister Ehud Olmert met at the Annapolis summit.", "Annapolis"),
    # an organisation's name is no town, whatever a gazetteer of small places holds
    ("President George W. Bush met Prime Minister Tony Blair at the UN summit.", None),
])
def test_a_gathering_named_after_a_town_is_in_it(text, place):
    assert [m.location for m in meetings(text, "2007-12-27")] == [place]


@pytest.mark.model
def test_a_finer_date_of_the_sentence_says_more():
    text = ("Last month, both Palestinian leader Mahmoud Abbas and Israeli Prime Minister Ehud Olmert signed a statement "
            "of joint understanding at the 2007 Annapolis Conference in Maryland.")
    assert [(m.date, m.date_precision) for m in meetings(text, "2007-12-27")] == [("2007-11", "month")]


@pytest.mark.model
def test_a_gathering_named_after_an_organisation_is_not_in_a_town_of_its_last_word():
    text = "At the African Union summit on Monday, Ban Ki-moon met with Sudanese President Omar al-Bashir."
    assert [m.location for m in meetings(text, "2008-02-07")] == [None]


@pytest.mark.model
def test_a_bare_surname_of_two_office_holders_is_the_one_leading_a_country():
    # in 2005 George W. Bush was president and Jeb Bush governor of Florida: both hold an office of the knowledge base
    assert people("Bush said the talks would go on.", "2005-05-05") == {"George W. Bush"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin and Chinese President Hu Jintao signed a treaty on Monday.",
     [["Hu Jintao", "Vladimir Putin"]]),
    ("Russian President Vladimir Putin and Chinese President Hu Jintao signed 20 documents on energy cooperation.",
     [["Hu Jintao", "Vladimir Putin"]]),
    ("The agreement was signed by Russian President Vladimir Putin and Chinese President Hu Jintao in Beijing.",
     [["Hu Jintao", "Vladimir Putin"]]),
    # any other paper signed is no agreement between sides
    ("Harjit Singh, the pizza shop owner who signed an affidavit accusing Canadian minister Judy Sgro, admitted he lied.", []),
])
def test_a_signing_signs_an_agreement(text, expected):
    assert sides(text, "2005-05-10") == expected


@pytest.mark.model
def test_what_came_before_an_intent_is_no_plan_and_talks_are_not_placed_at_another_countrys_stop():
    text = ("North Korea has agreed to speed up the shut down of their nuclear facilities, following a surprise visit "
            "from U.S. diplomat Christopher Hill. The meetings, between himself and North Korean foreign minister Pak "
            "Ui Chun, were described by Hill as very good. Hill, ending his trip right on schedule, flies to South "
            "Korea and then to Japan to debrief his counterparts.")
    found = meetings(text, "2007-06-23")
    visits = [m for m in found if m.kind == "visit" and "Christopher R. Hill" in m.participants]
    assert visits and all("date:plan-undated" not in m.rules for m in visits)
    assert all(m.location != "South Korea" for m in found if "Pak Ui-chun" in m.participants)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("When asked about the situation in Kenya, Bush said he has sent Secretary of State Condoleezza Rice to visit the "
     "country on Monday.", ["Condoleezza Rice", "Kenya"]),
    ("The UK has imposed sanctions on Sudan. International development minister Hilary Benn made a statement to the "
     "house of commons yesterday after a visit to the region.", ["Hilary Benn", "Sudan"]),
])
def test_a_trip_to_the_country_goes_to_the_foreign_place_named_before(text, expected):
    assert expected in sides(text, "2008-02-16")


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "place"), [
    ("The Russian and Turkish governments today signed an agreement that would lead to Russia building a US$20 "
     "billion nuclear power plant in Turkey.", "2010-05-13", None),
    ("President Bush met President Putin at a summit that was held in Moscow.", "2006-05-13", "Moscow"),
])
def test_a_place_in_a_clause_describing_something_else_is_not_the_meetings(text, published, place):
    assert [m.location for m in meetings(text, published)] == [place]


def test_a_fathers_name_after_bin_is_no_surname_and_a_misspelling_needs_an_office_or_country_that_agrees():
    kb = load_knowledge()
    assert all("bin" not in fold(p.canonical).split()[-2:-1] for p in kb.by_surname.get("abdullah", []))
    assert kb.match("Andrew Lang", on="2008-10-02") is None  # Taiwan's Andrew Yang held no office then
    assert kb.match("Khaled Meshaal", on="2007-02-07").canonical == "Khaled Mashal"  # a leader then: the spelling may stray
    assert kb.match("Saddam Hussien").canonical == "Saddam Hussein"
    # a surname that begins with another letter is another name, in office or not: not Jim Doyle, not Tony Lake
    assert kb.match("James Boyle", on="2006-01-10") is None
    assert kb.match("Tony Clarke", on="1995-01-10") is None
    # out of office and no country that agrees: both names may not stray ("Ahmad" is not "Ahmed")
    assert kb.match("Ahmad Hussein", on="2005-06-10") is None
    assert kb.match("Shelia Copps", on="2009-06-10").canonical == "Sheila Copps"  # only the first name strays
    # the same first name and a surname that strays, with no office or country agreeing: another person
    assert kb.match("Mike Dubke", on="2017-05-30") is None  # not Walmart's Mike Duke
    assert kb.match("John F Kennedy", on="2009-01-17").canonical == "John F. Kennedy"  # an initial without its stop


@pytest.mark.model
def test_several_meetings_told_at_once_lend_no_place_to_the_meeting_reported_beside_them():
    text = ("This the second time that Putin visits Athens to meet with the Greek Premier, however they had also "
            "previous meetings in Moscow and "
            "northern Greece, during the last two years. Before the signing of the pipeline agreement, President Putin "
            "and Prime Minister Stanishev had the opportunity to meet with their Greek counterparts.")
    found = meetings(text, "2007-03-15")
    assert [m.location for m in found if "Sergei Stanishev" in m.participants] == [None]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Israel held talks with Hamas in Cairo.", "2008-06-10", [["Hamas", "Israel"]]),
    ("The government of Uganda began talks with the LRA in Juba.", "2006-07-15", []),  # one country's own movement
    ("Abbas met Hamas leaders in Gaza.", "2007-01-20", []),
    ("Yet the UN representative in Burundi Carolyn McAskie held face-to-face meetings with the FNL in Nairobi earlier "
     "this year.", "2005-09-10", [["Carolyn McAskie", "Palipehutu-FNL"]]),  # posted in Burundi, of the UN
    # a movement only as an argument of the meeting word, and an appeal to one is no call
    ("Freed hostage Ingrid Example arrived in France today, two days after being rescued from the Revolutionary Armed "
     "Forces of Colombia (FARC), who had kept her captive.", "2008-07-04", []),
    ("She called on the Moro National Liberation Front, the Moro Islamic Liberation Front (MILF), and civil society "
     "groups for assistance in the rescue of the victims.", "2009-01-16", []),
])
def test_a_movement_is_a_side_of_its_own_country(text, published, expected):
    assert [sorted(m.participants) for m in meetings(text, published)] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "date"), [
    ("The 9th summit of the African Union ended in Accra, Ghana just before midnight yesterday.", "2007-07-03"),
    ("Bush met Putin at 10 p.m. on Friday in Moscow.", "2007-06-29"),
])
def test_a_time_of_day_is_dated_by_the_day_it_names(text, date):
    assert [m.date for m in meetings(text, "2007-07-04")] == [date]


def test_meeting_word_tokens_are_the_tokens_whose_lemma_or_form_is_a_meeting_word():
    import spacy
    from spacy.tokens import Doc

    from core.pipeline.senses import meeting_word_tokens

    vocab = spacy.blank("en").vocab

    words = ["Putin", "met", "Xi", "before", "the", "Summit", "and", "later", "talks", "on", "trade", "."]
    lemmas = ["Putin", "meet", "Xi", "before", "the", "Summit", "and", "later", "", "on", "trade", "."]
    doc = Doc(vocab, words=words, lemmas=lemmas)
    # "met" by its lemma, "Summit" by its lemma lower-cased, "talks" (no lemma) by its lower-case form
    assert meeting_word_tokens(doc).tolist() == [1, 5, 8]
    assert meeting_word_tokens(Doc(vocab, words=[])).tolist() == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    ("Chinese Premier Wen Jiabao held a video conference with Japanese Prime Minister Shinzo Abe on Monday.", "call"),
    ("Chinese Premier Wen Jiabao and Japanese Prime Minister Shinzo Abe held a videoconference on Monday.", "call"),
    ("Egyptian President Hosni Mubarak played host to Israeli Prime Minister Ehud Olmert in Sharm el-Sheikh.", "visit"),
    ("German Chancellor Angela Merkel was the guest of U.S. President George W. Bush at Camp David.", "visit"),
])
def test_meeting_words_of_the_trigger_file_in_their_meeting_sense(text, kind):
    [meeting] = meetings(text, "2007-01-15")
    assert meeting.kind == kind and len(meeting.participants) == 2


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The city played host to the 2006 Commonwealth Games.",  # a host of no one
    "Chinese Premier Wen Jiabao said a host of problems remain with Japan.",
    "German Chancellor Angela Merkel was the guest speaker at the conference in Berlin.",
])
def test_the_same_words_in_another_sense_are_no_meeting(text):
    assert meetings(text, "2007-01-15") == []


@pytest.mark.model
def test_a_title_word_after_a_known_first_name_is_a_surname_and_an_honorific_before_it_is_dropped():
    assert "Annette King" in people("In 2003 the Hon Annette King signed a treaty with Australia.", "2006-12-07")
    assert not {"Howard Government", "Paul Pioneer Press"} & people(
        "Ministers of the Howard Government spoke. According to the St. Paul Pioneer Press, Coleman leads.", "2006-12-07")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Putin condemned the back-tax bills that dismembered Yukos. He was also criticised for it.",
    "Worried about what happened to Swissair and Sabena, he looked at the rival airline for inspiration.",
])
def test_a_pronoun_after_a_bare_word_that_is_no_subject_is_no_evidence_of_a_person(text):
    assert not {"Yukos", "Sabena", "Swissair"} & people(text, "2006-12-07")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the day of what was done after the meeting is not the meeting's
    ("Hilary Benn made a statement to the House of Commons yesterday after a visit to Sudan.", ("2005-06-10", "approx")),
    # one who left on a day after talks was still there that day
    ("Vladimir Putin left for Moscow on Monday after a meeting with George W. Bush.", ("2005-06-06", "day")),
])
def test_a_meeting_told_as_before_another_event_does_not_take_that_events_day(text, expected):
    [m] = meetings(text, "2005-06-10")
    assert (m.date, m.date_precision) == expected


@pytest.mark.model
def test_a_summit_counts_the_countries_of_the_attendees_who_join_it():
    [summit] = meetings("British Prime Minister Tony Blair announced at a press conference today the results of the "
                        "31st G8 summit in Gleneagles, Scotland.", "2005-07-08")
    assert summit.participants == ["G8", "Tony Blair"] and summit.countries == ["GBR"]


@pytest.mark.model
def test_one_person_written_with_and_without_middle_names_is_one_person_in_an_article():
    found = people("Founder Thomas Siebel has given his support. \"It is a great day,\" said Thomas M. Siebel, chairman "
                   "of Siebel Systems.", "2005-09-12")
    assert "Thomas Siebel" in found and "Thomas M. Siebel" not in found
    # two people the knowledge base tells apart stay two
    assert {"George W. Bush", "George H. W. Bush"} <= people("George W. Bush met George H. W. Bush in Texas.", "2005-09-12")


@pytest.mark.model
def test_royals_are_known_by_their_titled_names_and_a_kinship_word_is_no_name():
    found = people("Queen Elizabeth II and Prince Philip arrived in Canberra. Prince Harry did not travel.", "2006-03-13")
    assert {"Prince Philip, Duke of Edinburgh", "Prince Harry, Duke of Sussex"} <= found and "Philip" not in found
    assert "Mom" not in people("I had the support of my mother, and Mom was starting to keep her options open.", "2008-10-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "present", "absent"), [
    # a two-word demonym before a role word names its own country, not the country of its last word
    ("The North Korean leader said the talks would resume.", "2005-04-26", {"Kim Jong Il"}, {"Roh Moo-hyun"}),
    # a role word followed by "of" and no country is the office of something else
    ("North Korean President of Parliament Kim Yong Nam arrived on Friday.", "2005-04-26", {"Kim Yong-nam"}, {"Roh Moo-hyun"}),
    # … and so is one "of" a name the country's name begins; "of Russia" before a name is the country's
    ("The leader of the Australian Greens, Bob Brown, criticised the plan. The president of the Australian Medical "
     "Association, John Exampla, agreed. The President of Russia Vladimir Putin arrived.", "2007-05-01",
     {"Bob Brown", "John Exampla", "Vladimir Putin"}, {"Elizabeth II", "John Howard"}),
])
def test_a_role_word_names_the_country_and_office_it_is_written_with(text, published, present, absent):
    found = people(text, published)
    assert present <= found and not absent & found


@pytest.mark.model
def test_the_two_stands_for_the_two_people_named_together_just_before():
    text = ("North Korean President of Parliament Kim Yong Nam and South Korean Prime Minister Lee Hae-chan attended "
            "the gathering. The two met for an hour on Saturday.")
    assert sides(text, "2005-04-26") == [["Kim Yong-nam", "Lee Hae-chan"]]


@pytest.mark.model
def test_the_meeting_a_definite_noun_takes_up_keeps_the_date_its_first_mention_gave():
    text = ("The 1994 Naples summit is remembered for its ambition. The summit, which was attended by Bill Clinton and "
            "Boris Yeltsin, was called a turning point.")
    [meeting] = meetings(text, "2010-05-05")
    assert meeting.date == "1994" and meeting.referenced
    assert "date:antecedent" in meeting.rules


@pytest.mark.model
def test_the_country_someone_studies_or_reports_on_is_not_their_country():
    doc = annotate("Swaran Singh, a China expert at a university in Delhi, said the talks went well. Li Wei, the paper's "
                   "Moscow correspondent, agreed. Chinese President Hu Jintao arrived.", "2010-05-05")
    countries = {m.canonical: m.country for m in doc._.bl_people}
    assert countries["Swaran Singh"] is None and countries["Li Wei"] is None
    assert countries["Hu Jintao"] == "CHN"


@pytest.mark.model
def test_a_visit_the_evidence_leaves_undated_takes_the_day_the_article_gives_the_arrival():
    text = ("Mahmoud Ahmadinejad, the president of Iran, is visiting Zimbabwe to meet President Robert Mugabe. Critics "
            "called the trip a provocation. Opposition leaders left the country on Thursday, the day on which "
            "Ahmadinejad arrived.")
    [visit] = [m for m in meetings(text, "2010-04-24") if "Robert Mugabe" in m.participants]
    assert visit.date == "2010-04-22" and "date:arrival" in visit.rules


@pytest.mark.model
def test_a_negotiating_format_meets_as_its_member_countries():
    text = "A proposed deal, negotiated by US envoy Christopher Hill in the six-party talks, has stalled."
    [talks] = meetings(text, "2008-04-24")
    assert sorted(talks.participants) == ["China", "Christopher R. Hill", "Japan", "North Korea", "Russia", "South Korea"]
    assert "format" in talks.rules


def test_a_format_is_named_by_the_words_before_a_meeting_noun():
    from core.knowledge import format_key, formats

    assert format_key("the Six-Party") == "thesixparty" and formats()["sixparty"][0] == "CHN"
    assert formats()["p5+1"] == ("CHN", "FRA", "RUS", "GBR", "USA", "DEU")


@pytest.mark.model
def test_a_leader_named_for_his_government_does_not_stand_in_for_his_country():
    [talks] = meetings("Hardliners inside the Bush administration tried to undermine the six-party talks.", "2008-04-24")
    assert "United States" in talks.participants and "George W. Bush" not in talks.participants


@pytest.mark.model
def test_a_state_or_a_city_with_its_own_office_gives_the_office_holders_country():
    doc = annotate("California Governor Arnold Schwarzenegger met Mexican President Felipe Calderon in Mexico City on "
                   "Monday. Later, Jakarta governor Sutiyoso arrived.", "2007-01-15")
    countries = {m.canonical: m.country for m in doc._.bl_people}
    assert countries["Arnold Schwarzenegger"] == "USA" and countries["Sutiyoso"] == "IDN"
    [meeting] = doc._.bl_meetings
    assert sorted(meeting.countries) == ["MEX", "USA"]


def test_regions_leave_out_names_that_are_ambiguous():
    from core.knowledge import regions

    found = regions()
    assert found["new south wales"] == "AUS" and found["california"] == "USA" and found["sichuan"] == "CHN"
    assert "georgia" not in found and "punjab" not in found  # a country too; two countries' province


@pytest.mark.model
def test_a_format_named_as_a_topic_is_no_session():
    text = ('"We had frank discussions about dialogue and the six-party talks," Lee Hae-chan said. North Korea will '
            "return to the six-party talks in Beijing next month.")
    [talks] = meetings(text, "2005-04-26")
    assert talks.location == "Beijing"


@pytest.mark.model
def test_an_organisation_that_plans_to_meet_is_its_members_gathering():
    [gathering] = meetings("APEC plans to meet in Busan, South Korea.", "2005-11-13")
    assert gathering.participants == ["APEC"] and gathering.location == "Busan" and gathering.referenced


@pytest.mark.model
def test_a_country_left_beside_a_leader_the_sentence_names_becomes_the_leader_of_his_rank():
    text = ("Chinese Premier Li Qiang and President Xi Jinping praised Russian Prime Minister Mikhail Mishustin. The last "
            "meeting between the leaders of Russia and China took place in December, when Mishustin invited a return visit.")
    [meeting] = meetings(text, "2024-08-21")
    assert meeting.participants == ["Li Qiang", "Mikhail Mishustin"] and meeting.date == "2023-12"


@pytest.mark.model
def test_letters_after_a_name_are_no_part_of_it():
    assert people("Tory leader Michael Howard QC MP spoke. John Howard of Australia agreed.", "2005-06-01") == {
        "Michael Howard", "John Howard"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a person noun before the name says a person is meant, whatever the parse hangs on the name after it
    ("According to GM vice-chairman Bob Lutz, the supplier had not met all requirements. In his comments, Lutz also "
     "said the supplier was responsible.", {"Bob Lutz"}),
    # another name in apposition is no organisation word of this one
    ("Christine Blower, the general secretary of one of the striking unions, the National Union of Teachers (NUT), said "
     "the strike demonstrated the anger that this government is causing teachers.", {"Christine Blower"}),
    ("Adam Air was among the airlines to receive the level-3 rating.", set()),
    # a first name that is also a town's, not placed by a preposition, begins the name after it
    ("The victims are Swiss Andreas Notter, age 38, Italian Eugenio Vagni, age 62, from Montevarchi and Filipino Mary "
     "Jean Lacaba, age 37, a Davao-based ICRC engineer.", {"Andreas Notter", "Eugenio Vagni", "Mary Jean Lacaba"}),
])
def test_names_the_model_half_took_for_something_else(text, expected):
    assert people(text, "2009-01-17") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A trade delegation headed by Saudi Minister of Trade and Commerce Hashim Yamani will arrive in Finland next "
     "month.", {"Hashim Yamani"}),
    ("Concourse C would not be open for some time, said Mayor of St. Louis Francis Slay.", {"Francis Slay"}),
    ("Robert (Bob) Innes is the Liberal candidate. Innes said no.", {"Robert Innes"}),  # a nickname in brackets
    # the model cut the name at the bracket; the nickname with the surname names the same person later
    ("My father William Andrew (Bill) White was the first to run.", {"William Andrew White"}),
    ("It was not her, but Charles (Chuck) Kroll, her husband, who sent it. A blogger received an email from Chuck "
     "Kroll.", {"Charles Kroll"}),
])
def test_a_name_the_model_left_untagged_after_an_office_or_around_a_nickname(text, expected):
    assert people(text, "2007-10-20") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # one word after an office's title, the name by which a holder of that office is known, whatever the model tagged
    ("Israeli Prime Minister Benjamin Netanyahu was received by Sultan Qaboos in Muscat.", {"Benjamin Netanyahu", "Qaboos bin Said"}),
    ("Indian Prime Minister Manmohan Singh met Sultan Qaboos in Muscat on Tuesday.", {"Manmohan Singh", "Qaboos bin Said"}),
    # a middle word of a name given before is not the one a title before it names
    ("Yemeni President Ali Abdullah Saleh signed the deal in Riyadh in the presence of Saudi King Abdullah.",
     {"Ali Abdullah Saleh", "Abdullah of Saudi Arabia"}),
])
def test_a_ruler_called_by_one_name_after_the_title(text, expected):
    assert people(text, "2011-11-24") == expected


@pytest.mark.model
def test_a_surname_written_later_without_its_particle_is_the_same_person():
    text = "Iraqi Prime Minister Nouri al-Maliki held talks. Maliki visited Tehran in August last year."
    assert sides(text, "2008-03-03") == [["Iran", "Nouri al-Maliki"]]
    # an organisation's name is no surname: "al-Shabaab" tagged as a person does not make "Shabaab" one
    assert people("Officials of al-Shabaab spoke. The UN must pay Shabaab a fee.", "2010-01-08") == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The United States offered to cut duties on cotton. Portman argued cutting tariffs mattered as much.", {"Rob Portman"}),
    ("Markets in Asia fell. Portman argued cutting tariffs mattered as much.", set()),  # his country is not the article's
    ("The United States offered to cut duties on cotton. Portman Road stadium was sold.", set()),  # not a speaker
])
def test_an_untagged_speaker_is_the_office_holder_of_the_day_by_that_surname(text, expected):
    assert people(text, "2005-12-16") == expected


@pytest.mark.model
def test_a_member_title_before_a_name_and_a_country_glued_after_it_are_no_part_of_it():
    assert people("She was assistant to MPP Andrea Horwath.", "2007-10-01") == {"Andrea Horwath"}
    assert people('"It is the subsidies." Mamadou Salissou Habi Niger\'s minister of trade said.', "2005-12-16") == {
        "Mamadou Salissou Habi"}


@pytest.mark.model
@pytest.mark.parametrize(("second", "day"), [
    ("Meeting in Jambi, ministers from Malaysia and Singapore heard what Indonesia plans.", "2007-06-20"),
    # a year another clause gives is not the meeting's, and takes nothing from the lede's day
    ("Meeting in Jambi, ministers from Malaysia and Singapore heard what Indonesia plans to do this year.", "2007-06-20"),
    ("The deal ends months of talks between Malaysia and Singapore.", None),  # a span of months: not the lede's day
])
def test_the_first_sentence_dates_the_undated_news_meetings_after_it(second, day):
    text = f"Indonesian forestry officials said yesterday they would halve the fires. {second}"
    [meeting] = meetings(text, "2007-06-21")
    assert (meeting.date if "date:lede" in meeting.rules else None) == day


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the model tags "Singh" alone, as a place: the first name before it and the apposition make the person
    ("Harjit Singh, the pizza shop owner who signed an affidavit, admitted he lied. Singh was deported to India.",
     {"Harjit Singh"}),
    ("In the United States Senate on Tuesday, Senator Byron Dorgan spoke.", {"Byron Dorgan"}),  # a place, no first name
])
def test_a_first_name_the_model_left_out_of_a_mistagged_name_is_taken_in(text, expected):
    assert people(text, "2006-03-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("US envoy Christopher Hill flew to Berlin on Monday to meet North Korean negotiator Kim Kye-gwan.",
     [["Christopher R. Hill", "Kim Kye-gwan"]]),  # Germany is where they met, not a side
    ("Javier Solana travelled to Geneva to hold talks with Iranian negotiator Saeed Jalili.", [["Javier Solana", "Saeed Jalili"]]),
    ("Palestinian President Mahmoud Abbas and Prime Minister Ismail Haniyeh arrived in Mecca for negotiations.",
     [["Ismail Haniyeh", "Mahmoud Abbas", "Saudi Arabia"]]),  # visitors together: the host is a side
])
def test_a_trip_to_meet_someone_of_a_third_country_has_no_host_side(text, expected):
    assert sides(text, "2006-02-07") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the parser joins "talks" to the verb "had": the list is still what was discussed
    '"We had frank discussions about dialogue between the authorities [of the South and North] and the six party talks," '
    'Lee said.',
    "The DPRK had demanded return of the money as a precondition to engaging in the six-party talks.",  # a condition
])
def test_a_format_named_as_a_topic_or_a_condition_is_no_session(text):
    assert meetings(text, "2007-06-15") == []


@pytest.mark.model
def test_a_timetable_for_talks_is_a_plan_not_a_session():
    [meeting] = meetings("However, a definite timetable for resuming the six-party talks was not given.", "2005-04-26")
    assert meeting.referenced and meeting.date is None


@pytest.mark.model
def test_a_rank_the_evidence_gives_in_the_plural_picks_the_country_sides_leaders():
    text = ("Bulgarian Prime Minister Sergei Stanishev said the deal was good. Yesterday night, Prime Minister Karamanlis "
            "hosted a dinner in honour of the Russian and Bulgarian heads of state in central Athens. Russian President "
            "Vladimir Putin arrived on Wednesday.")
    # the Bulgarian head of state is not the prime minister the article names: the side stays the country
    assert sides(text, "2007-03-15") == [["Bulgaria", "Kostas Karamanlis", "Vladimir Putin"]]


@pytest.mark.model
def test_the_meeting_an_organisation_holds_in_the_sentence_before_has_it_as_a_side():
    # "The meeting" with named people and no organisation of its own: the one the sentence before has ASEAN hold
    found = meetings("ASEAN leaders will meet in Cebu next week. The meeting will be attended by Chinese Premier Wen "
                     "Jiabao and Japanese Prime Minister Shinzo Abe.", "2007-01-10")
    assert [sorted(m.participants) for m in found] == [["ASEAN", "Shinzo Abe", "Wen Jiabao"]]
    # … and where that meeting is held, when its own sentence names no place
    found = meetings("APEC, the Asia-Pacific forum whose members make half the world's trade, plans to meet in Busan. "
                     "The meeting will include George W. Bush and Hu Jintao.", "2005-11-13")
    assert [(sorted(m.participants), m.location) for m in found] == [(["APEC", "George W. Bush", "Hu Jintao"], "Busan")]
    # an organisation that holds no meeting there is no side
    found = meetings("ASEAN leaders criticised the plan. The meeting between Wen Jiabao and Shinzo Abe was tense.", "2007-01-10")
    assert [sorted(m.participants) for m in found] == [["Shinzo Abe", "Wen Jiabao"]]


@pytest.mark.model
@pytest.mark.parametrize("text, absent, present", [
    ("Thomas Jefferson envisioned the Louisiana Purchase and Lewis and Clark expedition as a way forward.", "Helen Clark", None),
    ("AOL will show classic shows such as Lois and Clark: The New Adventures of Superman and Babylon 5.", "Helen Clark", None),
    ("Clark and Bush met in Washington on Monday.", None, "Helen Clark"),  # two office-holders of the day
    ("The United States said so. Dublin is richest, while Cavan, Donegal and Kerry have the lowest incomes.", "John Kerry", None),
])
def test_a_surname_paired_with_a_name_no_one_bears_is_no_office_holder(text, absent, present):
    found = people(text, "2006-03-15")
    assert absent not in found and (present is None or present in found)


@pytest.mark.model
def test_an_organisation_glued_before_a_name_after_an_office_of_is_cut_off():
    text = '"We will grow quickly," said president of PayPal Jeff Jordan. "In working with PayPal and eBay, we will grow."'
    assert people(text, "2006-03-15") == {"Jeff Jordan"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # those a thing was signed "with" are counterparties of someone the clause does not name, not of each other
    ("This agreement along with previous treaties signed with the Andean Community, Mexico and Chile highlights the "
     "position of Colombia.", []),
    ("The treaty signed by Vladimir Putin and Hu Jintao in Moscow on Monday settles the border.", [["Hu Jintao", "Vladimir Putin"]]),
])
def test_a_thing_signed_with_a_list_is_no_meeting_of_the_list(text, expected):
    assert sides(text, "2006-01-02") == expected


@pytest.mark.model
def test_the_country_an_expert_studies_is_not_their_country():
    text = "Gary Samore, an expert on Iran and vice president at the MacArthur Foundation, said the talks would fail."
    assert [m.country for m in annotate(text, "2006-03-15")._.bl_people if m.canonical == "Gary Samore"] == [None]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "North and South Korea held their first high-level talks in a year on Tuesday.",
    "Delegations from North and South Korea met in Kaesong on Tuesday.",
])
def test_two_countries_that_share_their_last_word_written_once_are_both_sides(text):
    assert [sorted(m.participants) for m in meetings(text, "2006-07-20")] == [["North Korea", "South Korea"]]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The two foreign ministers, Lavrov of Russia and Rice of the United States, met in Moscow on Friday.",
    "Lavrov of Russia and Rice of the United States met in Moscow on Friday.",  # the model takes Lavrov for an organisation
])
def test_a_surname_followed_by_of_and_its_country_is_that_countrys_office_holder(text):
    assert sides(text, "2006-07-20") == [["Condoleezza Rice", "Sergey Lavrov"]]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("George W. Bush congratulated Hu Jintao by phone.", "call"),
    ("Hu Jintao received a call from George W. Bush.", "call"),
    ("George W. Bush and Hu Jintao discussed North Korea in a telephone call on Monday.", "call"),
    ("George W. Bush and Hu Jintao discussed North Korea in Beijing on Monday.", "talks"),
])
def test_addressing_someone_by_phone_and_receiving_their_call_are_calls(text, kind):
    assert [(sorted(m.participants), m.kind) for m in meetings(text, "2006-03-24")] == [(["George W. Bush", "Hu Jintao"], kind)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "George W. Bush sent a letter to Hu Jintao.",
    "Hu Jintao received a call from the United Nations for a ceasefire.",  # an appeal, not a call received
])
def test_a_letter_or_an_appeal_is_no_call(text):
    assert meetings(text, "2006-03-24") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the model tags "Eight" as a number, or "G8" as a person: the organisation is still named, and its summit opened
    # by its leaders has the sides the next sentence names
    ("Leaders of the Group of Eight opened their annual summit in St Petersburg on Saturday. George W. Bush, Tony Blair "
     "and Angela Merkel were among those present.", [["Angela Merkel", "George W. Bush", "Tony Blair"]]),
    ("The annual summit of the Group of Eight opened in St Petersburg on Saturday.", [["G8"]]),
])
def test_an_organisation_named_in_several_words_the_model_missed_is_a_side(text, expected):
    assert sides(text, "2006-07-16") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Dick Cheney met Iraqi politicians in Baghdad, travelling by a group of eight armed helicopters.",  # no capitals
    "Hu Jintao met the European Union's leaders José Manuel Barroso and Fredrik Reinfeldt in Nanjing.",  # an owner
])
def test_words_of_an_organisations_name_without_its_capitals_or_as_an_owner_add_no_side(text):
    assert all("G8" not in m.participants and "European Union" not in m.participants for m in meetings(text, "2009-12-04"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin did not meet George W. Bush during the summit.", []),  # a negated verb ties no one to the summit
    ("Vladimir Putin met George W. Bush during the summit.", [["George W. Bush", "Vladimir Putin"]]),
])
def test_a_negated_verb_makes_no_one_a_side_of_the_meeting_word_beyond_it(text, expected):
    assert sides(text, "2006-03-10") == expected


def placed(text: str, published: str) -> list[tuple[list[str], str | None, str | None]]:
    return sorted((sorted(m.participants), m.date, m.location) for m in meetings(text, published))


@pytest.mark.model
def test_the_host_of_a_visit_is_the_one_of_that_country_the_visitor_meets_just_after():
    text = ("The Australian foreign minister, Alexander Downer, visited Jakarta last week. He held talks with his Indonesian "
            "counterpart, Hassan Wirajuda, on Thursday.")
    assert {tuple(s) for s in sides(text, "2006-04-12")} == {("Alexander Downer", "Hassan Wirajuda")}


@pytest.mark.model
def test_background_talks_after_a_background_arrival_are_where_it_arrived():
    text = ("Chinese Premier Wen Jiabao arrived in New Delhi on April 9. The following day he held talks with Prime Minister "
            "Manmohan Singh.")
    assert {m.location for m in meetings(text, "2006-10-15")} == {"New Delhi"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Merkel met Putin in the Siberian city of Tomsk on April 27.", [["Angela Merkel", "Vladimir Putin"]]),
    ("Kirchner met Lula at the Planalto Palace in Brasilia on Tuesday.", [["Luiz Inácio Lula da Silva", "Néstor Kirchner"]]),
    ("Ford met union leaders in Detroit on Monday.", []),  # no leader of the day by that name
])
def test_an_untagged_surname_a_meeting_verb_takes_is_the_leader_of_the_day(text, expected):
    assert sides(text, "2006-10-15") == expected


@pytest.mark.model
def test_a_meeting_inside_a_before_clause_comes_after_the_news_not_before_it():
    text = ("Chinese President Hu Jintao began a four-day state visit to the United States on Tuesday. Hu met Microsoft "
            "chairman Bill Gates in Seattle before flying to Washington, where he held talks with President Bush.")
    found = placed(text, "2006-10-18")
    assert (["George W. Bush", "Hu Jintao"], "2006-10-17", "Washington") in found  # not Seattle, and not background
    assert all(when == "2006-10-17" for _, when, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Vladimir Putin met Jacques Chirac before the G8 summit.",
    "Police banned activists from entering the country before the APEC summit.",
])
def test_a_meeting_told_as_earlier_or_later_than_the_news_is_no_news(text):
    assert all(m.referenced for m in meetings(text, "2006-10-18"))


@pytest.mark.model
@pytest.mark.parametrize("text, town", [
    ("The leaders of the Group of Eight gathered in St. Petersburg on Saturday. Bush and Putin met on the sidelines to "
     "discuss Iran.", "Saint Petersburg"),
    ("The APEC summit opened in Hanoi on Saturday. On the sidelines, Bush met Hu Jintao.", "Hanoi"),
])
def test_a_meeting_on_the_sidelines_is_where_the_gathering_just_told_is(text, town):
    found = placed(text, "2006-10-18")
    assert (["George W. Bush", "Hu Jintao" if "Hu" in text else "Vladimir Putin"], "2006-10-14", town) in found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chirac called on President Putin in Moscow on Monday.", [["Jacques Chirac", "Vladimir Putin"]]),
    ("Chirac called on President Putin to respect democracy.", []),  # an appeal
    ("Annan called on Syria to withdraw its troops from Lebanon.", []),
])
def test_calling_on_someone_is_a_visit_and_calling_on_them_to_act_an_appeal(text, expected):
    assert sides(text, "2005-02-25") == expected


@pytest.mark.model
def test_the_town_after_the_name_that_follows_an_office_places_the_meeting():
    text = "British Foreign Secretary Jack Straw conferred with his French counterpart Michel Barnier in Paris on Thursday."
    assert placed(text, "2005-02-25") == [(["Jack Straw", "Michel Barnier"], "2005-02-24", "Paris")]


@pytest.mark.model
def test_a_joint_press_conference_after_talks_is_of_the_talks_day():
    text = ("Turkish Prime Minister Recep Tayyip Erdoğan and Syrian President Bashar al-Assad held a joint press conference "
            "in Damascus after their talks on Tuesday.")
    assert placed(text, "2005-02-25") == [(["Bashar al-Assad", "Recep Tayyip Erdoğan"], "2005-02-22", "Damascus")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Mugabe and Mbeki met at State House in Harare.", [["Robert Mugabe", "Thabo Mbeki"]]),  # "Mbeki" tagged as a place
    ("Musharraf met Singh in Havana on Saturday.", [["Manmohan Singh", "Pervez Musharraf"]]),  # "Musharraf" a common noun
    ("At a summit in Brussels, Chirac, Blair and Schröder agreed to boost defence cooperation.",
     [["Gerhard Schröder", "Jacques Chirac", "Tony Blair"]]),  # the last of the list untagged
    ("Leaders of the 25 EU member states, including Blair, Chirac and Schröder, gathered in Brussels for a two-day summit.",
     [["Gerhard Schröder", "Jacques Chirac", "Tony Blair"]]),  # those a group includes stand where it stands
    ("Officials met Singh in Havana.", []),
])
def test_leaders_named_by_surname_in_a_list_or_as_a_meeting_verbs_subject(text, expected):
    assert sides(text, "2005-11-06") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In a telephone conversation on Saturday, Angela Merkel and Vladimir Putin discussed the crisis in Georgia.",
    "Vladimir Putin arrived in Beijing on Monday. He then spoke by phone with George W. Bush.",
])
def test_a_telephone_call_is_held_nowhere(text):
    calls = [m for m in meetings(text, "2006-10-20") if m.kind == "call"]
    assert calls and all(m.location is None and not any(r.startswith("place:") for r in m.rules) for m in calls)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The NATO chief met Ali Larijani on Monday.", [["Ali Larijani", "NATO"]]),  # an organisation's official is its side
    ("Kofi Annan arrived in Tehran on Saturday. The UN secretary-general met President Mahmoud Ahmadinejad on Sunday.",
     [["Kofi Annan", "Mahmoud Ahmadinejad"]]),  # whom the visitor meets, named by office; the arrival is that visit
])
def test_an_organisations_official_is_a_side_and_the_host_of_its_visit_is_whom_it_meets(text, expected):
    assert sorted(sides(text, "2006-10-20")) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the meeting word's own relative clause places it
    ("Vladimir Putin, who met George W. Bush in Moscow on Saturday, said he hoped for progress.",
     [(["George W. Bush", "Vladimir Putin"], "2006-10-14", "Moscow")]),
    # the one met during a visit is no visitor: the visit adds no host country beside them
    ("Manmohan Singh met Pervez Musharraf during his visit to New York last week.",
     [(["Manmohan Singh", "Pervez Musharraf"], "2006-10-09", "New York")]),
    ("Jacques Chirac, who was born in Paris, met Vladimir Putin on Monday.", [(["Jacques Chirac", "Vladimir Putin"], "2006-10-16", None)]),
])
def test_the_place_of_a_meeting_told_in_a_clause_of_its_own(text, expected):
    assert placed(text, "2006-10-20") == expected


@pytest.mark.model
def test_talks_told_only_as_lasting_take_their_sides_from_the_next_sentence():
    text = "The talks in Moscow lasted three hours. Vladimir Putin and Jacques Chirac discussed Iran and energy."
    assert placed(text, "2006-10-20") == [(["Jacques Chirac", "Vladimir Putin"], "2006-10-20", "Moscow")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The ASEAN summit opened in Cebu on Saturday. It was attended by Gloria Macapagal Arroyo, Abdullah Ahmad Badawi and "
     "Susilo Bambang Yudhoyono.", ["Abdullah Ahmad Badawi", "Gloria Macapagal Arroyo", "Susilo Bambang Yudhoyono"]),
    ("Leaders from 21 Pacific Rim economies gathered in Hanoi on Saturday for the APEC summit. George W. Bush, Hu Jintao "
     "and Vladimir Putin were among those present.", ["George W. Bush", "Hu Jintao", "Vladimir Putin"]),
    ("Leaders from 21 Pacific Rim economies gathered in Hanoi on Saturday for the APEC summit. Among those present were "
     "George W. Bush, Hu Jintao and Vladimir Putin.", ["George W. Bush", "Hu Jintao", "Vladimir Putin"]),
    ("Heads of state of the African Union met in Banjul on Saturday.", ["African Union"]),
])
def test_everyone_a_summit_is_said_to_have_present_attends_it(text, expected):
    assert [sorted(s) for s in sides(text, "2006-11-20")] == [sorted(expected)]


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Barack Obama met Brown at Downing Street on Tuesday.", "2009-03-05",
     [(["Barack Obama", "Gordon Brown"], "2009-03-03", "London")]),  # an untagged surname object, an untagged seat
    ("Shinzo Abe met Hu Jintao at the Great Hall of the People on Sunday.", "2006-10-20",
     [(["Hu Jintao", "Shinzo Abe"], "2006-10-15", "Beijing")]),  # the model ran the building into "on"
    ("George W. Bush met Vladimir Putin at the presidential dacha outside Moscow on Monday.", "2006-10-20",
     [(["George W. Bush", "Vladimir Putin"], "2006-10-16", "Moscow")]),
])
def test_a_seat_of_government_or_a_town_just_outside_places_the_meeting(text, published, expected):
    assert placed(text, published) == expected


@pytest.mark.model
def test_a_deadline_met_is_no_meeting():
    assert meetings("Gordon Brown met the deadline on Tuesday.", "2009-03-05") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel said she would be happy to meet Mahmoud Ahmadinejad if Iran suspended enrichment.", []),
    ("George W. Bush would meet Hugo Chávez if Venezuela released the prisoners.", []),  # on a condition only
    ("Vladimir Putin is ready to meet George W. Bush at any time.", []),  # only wished
    ("Angela Merkel met Vladimir Putin in Dresden on Monday even though they disagreed.", [["Angela Merkel", "Vladimir Putin"]]),
])
def test_a_meeting_on_a_condition_or_only_welcomed_is_no_meeting(text, expected):
    assert sides(text, "2007-10-20") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The East Asia Summit opened in Kuala Lumpur on Wednesday. Also attending were Junichiro Koizumi, Wen Jiabao and "
     "Manmohan Singh.", [(["Junichiro Koizumi", "Manmohan Singh", "Wen Jiabao"], "2005-12-14", "Kuala Lumpur")]),
    ("The East Asia Summit opened in Kuala Lumpur on Wednesday. The summit brought together leaders including Junichiro "
     "Koizumi, Wen Jiabao and Manmohan Singh.", [(["Junichiro Koizumi", "Manmohan Singh", "Wen Jiabao"], "2005-12-14", "Kuala Lumpur")]),
    ("The East Asia Summit opened in Kuala Lumpur on Wednesday.", []),  # a summit no one is said to attend
])
def test_a_summit_told_without_its_sides_is_the_meeting_of_those_said_to_attend_it(text, expected):
    assert placed(text, "2005-12-16") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    # the one a relative clause of another noun meets is no side of the arrival, and its day is not the arrival's
    ("US Secretary of State Antony Blinken arrived in Israel from Saudi Arabia, where he met Crown Prince Mohammed bin "
     "Salman on Monday.", "2024-01-09", [(["Antony Blinken", "Israel"], "2024-01-09", "Israel"),
                                         (["Antony Blinken", "Mohammed bin Salman"], "2024-01-08", "Saudi Arabia")]),
    # a relative met, not the one whose relative they are
    ("In October 2007 South Korean President Roh Moo-hyun travelled to Pyongyang to meet Kim's father, Kim Jong Il.",
     "2018-04-28", [(["Kim Jong Il", "Roh Moo-hyun"], "2007-10", "Pyongyang")]),
    # a house called after a town stands elsewhere; a castle the model left untagged is in its town
    ("Barack Obama and Manmohan Singh met for two hours at Hyderabad House on Monday.", "2010-11-09",
     [(["Barack Obama", "Manmohan Singh"], "2010-11-08", None)]),
    ("Tony Blair met Bertie Ahern at Hillsborough Castle on Monday.", "2006-11-09", [(["Bertie Ahern", "Tony Blair"], "2006-11-06", "Hillsborough")]),
    # "last November" written in November is a year before
    ("Anthony Albanese first met Xi Jinping in Bali last November.", "2023-11-06", [(["Anthony Albanese", "Xi Jinping"], "2022-11", "Bali")]),
])
def test_sides_places_and_dates_the_clause_around_a_name_gives(text, published, expected):
    assert placed(text, published) == expected


@pytest.mark.model
def test_earlier_in_the_day_is_the_day_the_news_was_given_however_far_back():
    text = ("US President George W. Bush and Russian President Vladimir Putin met for the first time on Saturday in "
            "Ljubljana. " + "Putin repeated Moscow's opposition to US plans to abandon the 1972 treaty. " * 6 +
            "Earlier in the day, Bush held talks in Ljubljana with Slovenian President Milan Kučan.")
    assert (["George W. Bush", "Milan Kučan"], "2001-06-16", "Ljubljana") in placed(text, "2001-06-17")


@pytest.mark.model
def test_the_two_presidents_are_the_pair_last_named_together_a_few_sentences_back():
    text = ("Donald Trump hosted Xi Jinping for dinner on Thursday. The two leaders dined with their wives. \"We've had a long "
            "discussion already,\" Trump told reporters. \"So far I have gotten nothing. But we have a friendship.\" Formal "
            "talks are scheduled for Friday morning. The two presidents first spoke by telephone in February.")
    assert (["Donald Trump", "Xi Jinping"], "2017-02", None) in placed(text, "2017-04-07")


@pytest.mark.model
def test_talks_held_on_the_sidelines_of_a_named_summit_are_in_its_town():
    text = "Barack Obama and Raúl Castro held their first formal talks last April, on the sidelines of the Summit of the Americas in Panama City."
    assert placed(text, "2016-03-22") == [(["Barack Obama", "Raúl Castro"], "2015-04", "Panama City")]


@pytest.mark.model
def test_a_first_name_after_someones_family_noun_takes_their_family_name():
    text = "Barack Obama met Cuban President Raúl Castro in Havana. Castro's brother Fidel has not appeared in public."
    assert "Fidel Castro" in people(text, "2016-03-22")


@pytest.mark.model
def test_a_meeting_after_which_someone_returned_on_a_day_is_of_that_day_whatever_its_length():
    text = ("Japanese Prime Minister Junichiro Koizumi returned from Pyongyang on Saturday, after a one-day summit with the "
            "North Korean leader, Kim Jong Il.")
    assert [(s, when) for s, when, _ in placed(text, "2004-05-23")] == [(["Junichiro Koizumi", "Kim Jong Il"], "2004-05-22")]


@pytest.mark.model
def test_a_host_already_named_next_door_is_kept_when_the_visitor_meets_others():
    text = ("Indian Prime Minister Narendra Modi arrived in Bhutan on Sunday on his first foreign trip since taking office last "
            "month, holding talks with Prime Minister Tshering Tobgay in Thimphu. Later on Sunday Modi called on King Jigme "
            "Khesar Namgyel Wangchuck at the royal palace.")
    assert ["Jigme Khesar Namgyel Wangchuck", "Narendra Modi"] in sides(text, "2014-06-16")


@pytest.mark.model
def test_those_a_meeting_noun_lists_just_after_a_summit_told_without_sides_are_at_that_summit():
    text = ("The East Asia Summit opened in Kuala Lumpur on Wednesday. Among those attending the two-day meeting were "
            "Junichiro Koizumi, Wen Jiabao and Manmohan Singh.")
    assert placed(text, "2005-12-16") == [(["Junichiro Koizumi", "Manmohan Singh", "Wen Jiabao"], "2005-12-14", "Kuala Lumpur")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Secretary of State, Condoleezza Rice, is in Jerusalem. On Monday she held talks with Prime Minister Ehud Olmert "
     "about the peace process.", {"Jerusalem"}),
    ("Russian Foreign Minister Sergei Lavrov, who is in Tokyo for talks, met Prime Minister Shinzo Abe on Tuesday.", {"Tokyo"}),
    ("Chinese President Hu Jintao is in Brasília on the second leg of a Latin American tour. He met President Luiz Inácio "
     "Lula da Silva on Friday.", {"Brasília"}),
    # a background meeting, a call and a birthplace are not where the text says someone is
    ("Condoleezza Rice is in Jerusalem. She said she met Ehud Olmert in 2005.", {None}),
    ("Sergei Lavrov is in Damascus. On Tuesday he phoned Iranian Foreign Minister Manouchehr Mottaki.", {None}),
    ("Hu Jintao, who was born in Jiangyan, met George W. Bush on Friday.", {None}),
])
def test_a_meeting_is_where_the_text_has_just_said_its_person_is(text, expected):
    assert {m.location for m in meetings(text, "2007-05-10")} == expected


@pytest.mark.model
def test_a_pronoun_subject_meeting_two_people_on_two_days_is_two_meetings_each_on_its_day():
    text = ("South African President Thabo Mbeki is mediating between Zimbabwe's ruling party and the opposition. He met "
            "Zimbabwean President Robert Mugabe in Harare on Wednesday and opposition leader Morgan Tsvangirai on Thursday.")
    assert [(p, d) for p, d, _ in placed(text, "2007-05-10")] == [
        (["Morgan Tsvangirai", "Thabo Mbeki"], "2007-05-10"), (["Robert Mugabe", "Thabo Mbeki"], "2007-05-09")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Iranian Foreign Minister Manouchehr Mottaki met his Syrian counterpart Walid Muallem in Damascus. Mottaki later met "
     "President Bashar al-Assad.", "Damascus"),
    ("Iranian Foreign Minister Manouchehr Mottaki met his Syrian counterpart Walid Muallem in Damascus. Mottaki met "
     "President Bashar al-Assad last year.", None),  # a background meeting
])
def test_a_meeting_told_as_coming_later_is_where_its_person_just_met_someone(text, expected):
    assert [loc for p, _, loc in placed(text, "2007-05-10") if "Bashar al-Assad" in p] == [expected]


@pytest.mark.model
def test_he_after_a_subject_named_in_apposition_to_an_office_is_that_person():
    text = ("Pakistan's foreign minister Khurshid Kasuri said on Monday he had met his Indian counterpart Natwar Singh on "
            "the sidelines of the SAARC summit in Dhaka.")
    assert ["K. Natwar Singh", "Khurshid Mahmud Kasuri"] in sides(text, "2005-05-10")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Condoleezza Rice held talks in Ramallah on Sunday. Palestinian President Mahmoud Abbas told her that Israel must "
     "release prisoners.", [["Condoleezza Rice", "Mahmoud Abbas"]]),
    ("Condoleezza Rice's talks in Ramallah on Sunday were dominated by the prisoner issue. The Palestinian president, "
     "Mahmoud Abbas, told her that Israel must release prisoners.", [["Condoleezza Rice", "Mahmoud Abbas"]]),
    ("Condoleezza Rice held talks in Ramallah on Sunday. Palestinian President Mahmoud Abbas later said that Israel must "
     "release prisoners.", []),  # the next sentence neither names nor addresses her
])
def test_lonely_talks_take_the_office_holder_who_addresses_their_person_in_the_next_sentence(text, expected):
    assert sides(text, "2005-05-10") == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("British Foreign Secretary Jack Straw met Iranian officials in Tehran on Monday. Foreign Minister Kamal Kharrazi said "
     "the talks were constructive.", [["Jack Straw", "Kamal Kharrazi"]]),
    ("British Foreign Secretary Jack Straw met Iranian officials in Tehran on Monday. Foreign Minister Kamal Kharrazi said "
     "Iran would not give up enrichment.", [["Iran", "Jack Straw"]]),  # he does not speak of the meeting
])
def test_a_country_side_is_its_office_holder_who_speaks_of_the_meeting_next(text, expected):
    assert sides(text, "2005-05-10") == expected


@pytest.mark.model
def test_a_pact_signed_again_in_the_presence_of_a_foreigner_has_the_signers_of_one_country_before():
    text = ("Zimbabwe's President Robert Mugabe and opposition leader Morgan Tsvangirai signed an agreement in Harare on "
            "Monday. The memorandum of understanding was signed at a hotel in the presence of South African President "
            "Thabo Mbeki.")
    assert sides(text, "2008-07-22") == [["Morgan Tsvangirai", "Robert Mugabe", "Thabo Mbeki"]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin disagree on the islands. They spoke briefly "
     "on the sidelines of the APEC summit in Lima last month.", ["Shinzo Abe", "Vladimir Putin"]),
    ("Barack Obama chatted with Dmitry Medvedev on the margins of the G20 summit in London.", ["Barack Obama", "Dmitry Medvedev"]),
])
def test_speaking_on_the_sidelines_is_a_meeting(text, expected):
    assert expected in sides(text, "2016-12-16")


@pytest.mark.model
def test_speaking_elsewhere_is_no_meeting():
    assert sides("Vladimir Putin spoke on the sidelines of the summit about gas prices.", "2016-12-16") == []


@pytest.mark.model
def test_those_along_with_the_attendees_of_a_summit_attend_it_even_named_by_surname_alone():
    text = ("Paraguayan President Fernando Lugo met Brazilian President Luiz Inácio Lula da Silva. Argentina's Cristina "
            "Fernández de Kirchner and Uruguay's Tabaré Vázquez attended Friday's summit, along with Lula and Lugo.")
    assert ["Cristina Fernández de Kirchner", "Fernando Lugo", "Luiz Inácio Lula da Silva", "Tabaré Vázquez"] in sides(text, "2009-07-26")


@pytest.mark.model
def test_those_who_take_part_as_guests_attend_the_summit_just_told():
    text = ("The Shanghai Cooperation Organisation summit was hosted by Kyrgyz President Kurmanbek Bakiyev and attended by "
            "China's Hu Jintao. Iranian President Mahmoud Ahmadinejad took part as a guest, along with Afghan President "
            "Hamid Karzai.")
    assert sides(text, "2007-08-17") == [["Hamid Karzai", "Hu Jintao", "Kurmanbek Bakiyev", "Mahmoud Ahmadinejad"]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The summit was attended by Tajikistan's Emomali Rakhmon and Uzbek President Islam Karimov.", "Emomali Rahmon"),
    ("Clinton is due to meet Foreign Minister Maite Nkoana-Mashabane in Pretoria.", "Maite Nkoana-Mashabane"),
    ("In Riyadh, Donald Rumsfeld met Crown Prince Abdullah.", "Abdullah of Saudi Arabia"),
])
def test_a_known_person_written_otherwise_or_cut_at_a_hyphen_or_titled_is_found(text, expected):
    assert expected in people(text, "2007-08-17")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chinese President Hu Jintao flies to Astana on Saturday for talks with Kazakh President Nursultan Nazarbayev.", ("2007-08-18", True)),
    ("Chinese President Hu Jintao flew to Astana on Saturday for talks with Kazakh President Nursultan Nazarbayev.", ("2007-08-11", False)),
])
def test_a_trip_told_in_the_simple_present_with_a_weekday_lies_ahead(text, expected):
    assert [(m.date, m.referenced) for m in meetings(text, "2007-08-17")] == [expected]


@pytest.mark.model
def test_talks_on_the_sidelines_that_no_text_dates_are_on_the_summit_day():
    text = ("The summit in Bishkek was hosted by Kyrgyz President Kurmanbek Bakiyev on Thursday and attended by China's Hu "
            "Jintao and Russia's Vladimir Putin. On the sidelines, Putin held talks with Iranian President Mahmoud "
            "Ahmadinejad on the Bushehr plant.")
    assert ("2007-08-16", "Bishkek") in [(m.date, m.location) for m in meetings(text, "2007-08-17") if "Mahmoud Ahmadinejad" in m.participants]


@pytest.mark.model
def test_a_date_in_a_relative_clause_of_another_noun_does_not_date_the_meeting():
    text = ("German Chancellor Gerhard Schröder and French President Jacques Chirac held talks on the stalled EU "
            "constitution, which French voters rejected in May.")
    assert [m.date_precision for m in meetings(text, "2005-07-04")] == ["approx"]


@pytest.mark.model
def test_the_three_men_are_the_three_last_named_together():
    text = ("Russian President Vladimir Putin hosted French President Jacques Chirac and German Chancellor Gerhard Schröder "
            "in Kaliningrad on Sunday. The presidents of Lithuania and Poland, Valdas Adamkus and Aleksander Kwaśniewski, "
            "were not invited. The three men last met in Moscow on 9 May.")
    assert (["Gerhard Schröder", "Jacques Chirac", "Vladimir Putin"], "2005-05-09", "Moscow") in placed(text, "2005-07-04")


@pytest.mark.model
def test_a_meeting_had_earlier_just_after_the_news_is_part_of_it():
    text = ("Turkey's Foreign Minister Ahmet Davutoglu held more than six hours of talks with Syrian President Bashar "
            "al-Assad in Damascus on Tuesday. Davutoglu, who had earlier met his Syrian counterpart Walid al-Moualem at the "
            "foreign ministry, said he had conveyed Turkey's determination.")
    found = [(m.date, m.location, m.referenced) for m in meetings(text, "2011-08-10") if "Walid Muallem" in m.participants]
    assert found == [("2011-08-09", "Damascus", False)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Turkey's Foreign Minister Ahmet Davutoglu held talks with Syrian President Bashar al-Assad on Tuesday. On Monday, "
     "the minister spoke by telephone with US Secretary of State Hillary Clinton.", ["Ahmet Davutoğlu", "Hillary Clinton"]),
    ("Turkey's Foreign Minister Ahmet Davutoglu held talks with Syrian President Bashar al-Assad on Tuesday. On Monday, "
     "the Turkish minister spoke by telephone with US Secretary of State Hillary Clinton.", ["Ahmet Davutoğlu", "Hillary Clinton"]),
    ("The Australian minister met Hillary Clinton on Monday.", ["Australia", "Hillary Clinton"]),  # no one named before
])
def test_the_minister_is_the_one_minister_named_before(text, expected):
    assert expected in sides(text, "2011-08-10")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Brazilian Foreign Minister Celso Amorim said President Luiz Inácio Lula da Silva would visit Angola in November.",
     ("2003-11", None, True)),
    ("Brazilian Foreign Minister Celso Amorim leaves for Pretoria on Friday for talks with South African Foreign Minister "
     "Nkosazana Dlamini-Zuma.", ("2003-05-23", "Pretoria", True)),
    ("Brazilian Foreign Minister Celso Amorim left for Pretoria on Friday for talks with South African Foreign Minister "
     "Nkosazana Dlamini-Zuma.", ("2003-05-16", "Pretoria", False)),
])
def test_a_trip_said_to_lie_ahead_is_dated_ahead_and_talks_it_heads_for_are_where_it_goes(text, expected):
    assert [(m.date, m.location if m.kind != "visit" else None, m.referenced) for m in meetings(text, "2003-05-22")] == [expected]


@pytest.mark.model
def test_the_one_by_whom_another_meeting_is_prepared_is_no_side_of_the_arrival():
    text = ("Brazilian Foreign Minister Celso Amorim arrived in Luanda on Tuesday at the start of a seven-nation tour of "
            "Africa intended to prepare a visit to the continent by President Luiz Inácio Lula da Silva later this year.")
    assert sides(text, "2003-05-22") == [["Angola", "Celso Amorim"]]


@pytest.mark.model
def test_a_company_s_counterpart_is_no_person():
    text = ("Petrobras, the Brazilian state oil company, signed an exploration agreement with its Angolan counterpart "
            "Sonangol on Wednesday.")
    assert "Sonangol" not in people(text, "2003-05-22")


@pytest.mark.model
def test_a_meeting_a_day_after_arriving_is_the_day_after_the_arrival():
    text = ("Brazilian Foreign Minister Celso Amorim arrived in Beijing on Tuesday. A day after arriving, Amorim was "
            "received by President Hu Jintao.")
    assert ("2003-05-21", "Beijing") in [(m.date, m.location) for m in meetings(text, "2003-05-23")]


@pytest.mark.model
def test_a_meeting_earlier_in_the_day_is_news_and_a_call_on_an_office_s_holder_a_visit():
    text = ("Japanese Prime Minister Shinzo Abe held talks with Chinese President Hu Jintao in Beijing on Sunday. He met "
            "Premier Wen Jiabao at the Great Hall of the People earlier in the day, and later called on the chairman of the "
            "National People's Congress, Wu Bangguo.")
    found = {tuple(sorted(m.participants)): (m.date, m.referenced) for m in meetings(text, "2006-10-09")}
    assert found[("Shinzo Abe", "Wen Jiabao")] == ("2006-10-08", False)
    assert ("Shinzo Abe", "Wu Bangguo") in found


@pytest.mark.model
def test_talks_then_held_take_the_day_told_four_sentences_before():
    text = ("Russian Prime Minister Vladimir Putin and his Polish counterpart Donald Tusk on Wednesday jointly commemorated "
            "the Polish officers murdered in 1940. Putin knelt before a cross and Tusk before another. The film director "
            "Andrzej Wajda was in the audience. \"Lies were told,\" Putin said. The two premiers then held about an hour of "
            "talks at the memorial complex.")
    assert [(m.date, m.referenced) for m in meetings(text, "2010-04-08")] == [("2010-04-07", False)]


@pytest.mark.model
def test_talks_had_before_a_statement_told_after_them_are_news_and_a_region_is_no_place():
    text = ("Australian Prime Minister Kevin Rudd and Papua New Guinea's Prime Minister, Sir Michael Somare, signed a "
            "declaration on Thursday during Rudd's first visit to the Pacific since taking office. \"The relationship is back "
            "on the rails,\" Somare told reporters after the two men had held talks at Parliament House in Port Moresby.")
    assert placed(text, "2008-03-07") == [(["Kevin Rudd", "Michael Somare"], "2008-03-06", "Port Moresby")]


@pytest.mark.model
def test_an_undated_plan_and_a_meeting_of_months_before_stay_two():
    text = ("Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Friday to start talks on joint "
            "economic activities on the islands. Abe has met Putin repeatedly this year, including in Sochi in May.")
    assert sorted((m.date or "", m.referenced) for m in meetings(text, "2016-12-16")) == [("", True), ("2016-05", True)]


def test_the_capital_of_a_dissolved_country_is_its_successor_s():
    from core.knowledge import capital_cities

    kb = load_knowledge()
    assert kb.country_of_place("Belgrade")[0] == "SRB"
    assert "SCG" not in capital_cities()


@pytest.mark.model
def test_a_people_is_no_destination_and_a_town_named_again_is_that_town():
    text = ("Serbian President Boris Tadić laid a wreath on Thursday near the Croatian town of Vukovar. Tadić was accompanied "
            "by his Croatian counterpart, Ivo Josipović, who hosted the first official visit to Vukovar by a Serbian head "
            "of state. Later in the day the two presidents travelled to the village of Paulin Dvor, where Croatian forces "
            "killed 18 civilians, most of them Serbs, in December 1991.")
    assert {m.location for m in meetings(text, "2010-11-05")} <= {"Vukovar", "Paulin Dvor"}
    assert "Vukovar" in {m.location for m in meetings(text, "2010-11-05")}


@pytest.mark.model
def test_the_two_presidents_are_the_last_two_named_of_two_countries_and_those_joining_them_take_part():
    text = ("Abdullah Gül became the first Turkish president to visit Armenia on Saturday, travelling to Yerevan to watch a "
            "World Cup qualifying match between the two countries' national teams at the invitation of President Serzh "
            "Sarkisian. Before the match the two presidents held talks at the presidential palace, joined by their foreign "
            "ministers, Ali Babacan and Edward Nalbandian.")
    assert any({"Abdullah Gül", "Serzh Sargsyan", "Ali Babacan"} <= set(p) for p in sides(text, "2008-09-07"))


@pytest.mark.model
def test_the_leader_of_an_organisation_named_after_a_country_is_of_that_country():
    text = ("On Monday, Iranian President Mahmoud Ahmadinejad met Abdul Aziz al-Hakim, the leader of the Supreme Islamic "
            "Iraqi Council.")
    assert sides(text, "2008-03-03") == [["Abdul Aziz al-Hakim", "Mahmoud Ahmadinejad"]]


@pytest.mark.model
def test_a_meeting_some_months_before_a_news_told_in_the_present_is_that_long_ago_and_keeps_its_own_town():
    text = ("On Monday, Iranian President Mahmoud Ahmadinejad met Abdul Aziz al-Hakim in Baghdad. The visit comes seven "
            "months after Iraqi Prime Minister Nouri al-Maliki travelled to Tehran, where he held talks with Ahmadinejad.")
    found = placed(text, "2008-03-03")
    assert (["Mahmoud Ahmadinejad", "Nouri al-Maliki"], "2007-08", "Tehran") in found
    assert (["Abdul Aziz al-Hakim", "Mahmoud Ahmadinejad"], "2008-03-03", "Baghdad") in found


@pytest.mark.model
def test_a_summit_placed_in_a_country_takes_the_town_of_its_retelling_three_sentences_on():
    text = ("The presidents of Colombia, Ecuador and Venezuela shook hands at a summit of the Rio Group in the Dominican "
            "Republic on Friday. Colombian President Álvaro Uribe apologised for the raid. Ecuador's Rafael Correa accepted "
            "the apology. The meeting in Santo Domingo was chaired by the Dominican president, Leonel Fernández.")
    assert {m.location for m in meetings(text, "2008-03-08") if m.kind == "summit"} == {"Santo Domingo"}


@pytest.mark.model
def test_they_in_a_clause_is_the_pair_its_sentence_names_and_an_island_is_a_place():
    text = ("Alexander Downer and Hassan Wirajuda signed the treaty on Monday. The text was agreed in principle by Prime "
            "Minister John Howard and President Susilo Bambang Yudhoyono when they met on the island of Batam in June.")
    assert (["John Howard", "Susilo Bambang Yudhoyono"], "2006-06", "Batam") in placed(text, "2006-11-14")


@pytest.mark.model
def test_a_signing_of_countries_told_again_by_its_ministers_is_theirs_not_the_leaders():
    text = ("Australia and Indonesia signed a security pact on Monday. Foreign Minister Alexander Downer flew to the island "
            "of Lombok for the ceremony. He and his Indonesian counterpart, Hassan Wirajuda, signed the agreement at a hotel "
            "in the provincial capital, Mataram. The text was agreed by Prime Minister John Howard and President Susilo "
            "Bambang Yudhoyono in June.")
    assert (["Alexander Downer", "Hassan Wirajuda"], "2006-11-13", "Mataram") in placed(text, "2006-11-14")
    assert not any(p == ["John Howard", "Susilo Bambang Yudhoyono"] and d == "2006-11-13" for p, d, _ in placed(text, "2006-11-14"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Indian Prime Minister Manmohan Singh and his Pakistani counterpart, Yusuf Raza Gilani, agreed on Thursday that "
     "terrorism should not be linked to dialogue, in a joint statement issued after they met in the Egyptian resort of "
     "Sharm el-Sheikh.", (["Manmohan Singh", "Yousaf Raza Gillani"], "2009-07-16", "Sharm el-Sheikh")),
    ("Manmohan Singh had told Pakistan's President Asif Ali Zardari when they met in Yekaterinburg last month that "
     "Islamabad must act.", (["Asif Ali Zardari", "Manmohan Singh"], "2009-06", "Yekaterinburg")),
])
def test_they_is_whom_the_clause_above_names(text, expected):
    assert expected in placed(text, "2009-07-17")


@pytest.mark.model
def test_the_prime_ministers_are_the_two_just_named():
    text = ("Indian Prime Minister Manmohan Singh met his Pakistani counterpart, Yusuf Raza Gilani, in Sharm el-Sheikh on "
            "Thursday. The prime ministers spoke for about three hours on the sidelines of the Non-Aligned Movement summit.")
    assert ["Manmohan Singh", "Yousaf Raza Gillani"] in sides(text, "2009-07-17")


@pytest.mark.model
def test_a_plural_office_with_its_own_name_is_no_pair_told_before():
    from core.pipeline.nlp import load_nlp
    from core.pipeline.several import the_two

    doc = load_nlp()("The EU leaders were in China. The prime ministers spoke.")
    words = {t.text: t for t in doc}
    assert (the_two(words["leaders"]), the_two(words["ministers"])) == (0, 2)


@pytest.mark.model
def test_a_call_the_day_before_his_trip_is_dated_from_the_trip_which_is_no_visit_of_its_own():
    text = ("Togo's president, Faure Gnassingbé, flew to Nigeria on Tuesday for talks with President Olusegun Obasanjo. "
            "The day before his trip, Gnassingbé spoke by telephone with Gabon's President Omar Bongo.")
    assert sorted((p, d) for p, d, _ in placed(text, "2005-02-16")) == [
        (["Faure Gnassingbé", "Olusegun Obasanjo"], "2005-02-15"), (["Faure Gnassingbé", "Omar Bongo"], "2005-02-14")]


@pytest.mark.model
def test_talks_scheduled_with_no_sides_of_their_own_are_the_pair_told_before():
    text = ("US President Donald Trump hosted Chinese President Xi Jinping for dinner at his Mar-a-Lago resort in Palm Beach, "
            "Florida, on Thursday. The two leaders dined with their wives. Formal talks at the resort are scheduled for "
            "Friday morning.")
    assert (["Donald Trump", "Xi Jinping"], "2017-04-07") in [(p, d) for p, d, _ in placed(text, "2017-04-07")]


@pytest.mark.model
def test_ministers_of_countries_meeting_are_not_their_leaders():
    text = ("Late on Wednesday, ministers from the United States, the European Union, Brazil, India and Australia met for "
            "three hours. Indian Prime Minister Manmohan Singh said nothing.")
    assert "Manmohan Singh" not in {p for s in sides(text, "2005-12-15") for p in s}


@pytest.mark.model
def test_a_meeting_on_the_eve_of_a_dated_conference_is_the_day_before_it():
    text = ("The six-day conference was opened on Tuesday by the WTO's Director-General, Pascal Lamy, and Hong Kong's "
            "John Tsang. US Trade Representative Rob Portman and EU Trade Commissioner Peter Mandelson had met privately in "
            "Hong Kong on the eve of the conference.")
    assert (["Peter Mandelson", "Rob Portman"], "2005-12-12", "Hong Kong") in placed(text, "2005-12-15")


@pytest.mark.model
def test_the_chinese_diplomat_is_the_chinese_minister_named_before():
    text = ("Chinese Foreign Minister Yang Jiechi met Kenyan President Mwai Kibaki in Nairobi on Wednesday. On the same day, "
            "the Chinese diplomat signed an agreement with his counterpart, Moses Wetangula.")
    assert ["Moses Wetangula", "Yang Jiechi"] in sides(text, "2010-01-09")


@pytest.mark.model
def test_two_countries_teams_are_no_meeting_of_their_leaders():
    text = ("US President Barack Obama spoke with Chinese President Hu Jintao on Monday. The two countries' executive and "
            "economic teams will meet in Pittsburgh for the G-20 meeting on September 24 and 25.")
    assert ["China", "G20", "United States"] in sides(text, "2009-09-20")


@pytest.mark.model
def test_companies_of_two_countries_signing_deals_are_no_meeting():
    text = "Russian and Chinese companies signed US$3.5 billion worth of deals on Tuesday."
    assert sides(text, "2009-10-13") == []


@pytest.mark.model
def test_ministers_of_countries_meeting_are_the_ministers_the_article_names():
    text = ("Late on Wednesday, ministers from the United States, the European Union, Brazil, India and Australia met for "
            "three hours. The EU trade commissioner, Peter Mandelson, came under pressure. Brazil's Celso Amorim said the "
            "offer was far from sufficient. His Indian counterpart, Commerce Minister Kamal Nath, said India would not open "
            "its markets. US Trade Representative Rob Portman offered to end export subsidies. Australia's Trade Minister, "
            "Mark Vaile, called for a date.")
    assert ["Celso Amorim", "Kamal Nath", "Mark Vaile", "Peter Mandelson", "Rob Portman"] in sides(text, "2005-12-15")


@pytest.mark.model
def test_ministers_of_countries_meeting_stay_countries_when_several_ministers_are_named():
    text = ("Ministers from Brazil, India and Australia met on Wednesday. Brazil's foreign minister Celso Amorim and Brazil's "
            "trade minister Luiz Fernando Furlan were there. India's Commerce Minister Kamal Nath spoke. Australia's Trade "
            "Minister, Mark Vaile, called for a date.")
    assert ["Brazil", "Kamal Nath", "Mark Vaile"] in sides(text, "2005-12-15")


@pytest.mark.model
def test_a_minister_meeting_a_country_meets_its_minister_of_the_same_rank():
    text = ("US Defence Secretary Robert Gates spoke in Singapore on Saturday. Within hours of landing, the Pentagon chief "
            "sat down with Indonesia's defence minister, Juwono Sudarsono, to discuss training.")
    assert ["Juwono Sudarsono", "Robert Gates"] in sides(text, "2008-06-01")


@pytest.mark.model
def test_a_minister_arriving_in_a_country_visits_the_country_not_its_minister():
    text = ("US Defence Secretary Robert Gates arrived in Singapore on Friday. Singapore's Defence Minister Teo Chee Hean "
            "said the turnout showed the value of frank conversation.")
    assert ["Robert Gates", "Singapore"] in sides(text, "2008-06-01")


@pytest.mark.model
def test_the_american_secretary_is_the_one_american_minister_named_before():
    text = ("US Defence Secretary Robert Gates assured Asian allies on Saturday. China sent a delegation led by the deputy "
            "chief of the general staff, Lieutenant General Ma Xiaotian. On the sidelines of the conference, the American "
            "secretary also held talks with his Australian counterpart, Joel Fitzgibbon.")
    assert ["Joel Fitzgibbon", "Robert Gates"] in sides(text, "2008-06-01")


@pytest.mark.model
def test_an_organisation_naming_the_building_of_a_meeting_is_no_side():
    text = "Javier Solana met Saeed Jalili at NATO headquarters in Brussels on Tuesday."
    assert sides(text, "2008-02-20") == [["Javier Solana", "Saeed Jalili"]]


@pytest.mark.model
def test_an_organisation_met_at_its_headquarters_is_still_a_side():
    text = "Iranian negotiator Saeed Jalili held talks with NATO at its headquarters in Brussels on Tuesday."
    assert any("NATO" in s for s in sides(text, "2008-02-20"))


@pytest.mark.model
def test_ministers_of_one_country_travelling_are_not_its_one_minister_named():
    text = ("Chancellor of the Exchequer Gordon Brown presented the report on Monday. It is reported that UK Ministers are "
            "to travel to India and America to promote the review.")
    assert "Gordon Brown" not in {p for s in sides(text, "2006-10-31") for p in s}


@pytest.mark.model
def test_the_diplomats_of_countries_are_not_their_ministers():
    text = ("Portuguese Foreign Minister Diogo Freitas do Amaral arrived on Monday. Ramos Horta said he would defend this "
            "position in a meeting this Thursday morning with the diplomats of Australia, Portugal, New Zealand and Malaysia.")
    assert "Diogo Freitas do Amaral" not in {p for s in sides(text, "2006-06-05") for p in s}


@pytest.mark.model
def test_every_name_of_an_attendance_list_attends_whatever_the_parse():
    text = ("The summit in the Argentine city of San Juan was hosted by President Cristina Fernández de Kirchner. It was also "
            "attended by Brazil's Luiz Inácio Lula da Silva, Uruguay's José Mujica and Paraguay's Fernando Lugo, together "
            "with Chile's Sebastián Piñera, whose country is an associate member.")
    assert ["Cristina Fernández de Kirchner", "Fernando Lugo", "José Mujica", "Luiz Inácio Lula da Silva",
            "Sebastián Piñera"] in sides(text, "2010-08-04")


@pytest.mark.model
def test_a_name_after_an_attendance_list_and_a_verb_does_not_attend():
    text = ("The summit in Brasília was hosted by President Luiz Inácio Lula da Silva. It was attended by Uruguay's José "
            "Mujica, said Foreign Minister Celso Amorim.")
    assert "Celso Amorim" not in {p for s in sides(text, "2010-08-04") for p in s}


@pytest.mark.model
def test_the_foreign_ministers_of_countries_told_again_by_name_are_those_ministers():
    text = ("The foreign ministers of the United States, Australia and Japan met in Sydney on Saturday. US Secretary of "
            "State Condoleezza Rice arrived in Australia on Thursday. She was joined at the talks by her host, Foreign "
            "Minister Alexander Downer, and by Japan's Foreign Minister, Aso Taro.")
    assert (["Alexander Downer", "Condoleezza Rice", "Taro Aso"], "2006-03-18", "Sydney") in placed(text, "2006-03-19")


@pytest.mark.model
def test_the_secretary_of_state_among_foreign_ministers_is_the_american_one():
    text = ("US Secretary of State Condoleezza Rice met Foreign Minister Alexander Downer and Japan's Foreign Minister, Aso "
            "Taro, in Sydney on Saturday. On the previous day, the secretary of state had been received by Prime Minister "
            "John Howard.")
    assert ["Condoleezza Rice", "John Howard"] in sides(text, "2006-03-19")


@pytest.mark.model
def test_whose_residence_a_meeting_is_held_in_is_no_party_through_his():
    text = ("Foreign Ministry spokesman Qin Gang said China hoped for stability. On the previous day, Condoleezza Rice had "
            "been received by Prime Minister John Howard at Kirribilli House, his official residence on Sydney Harbour.")
    assert "Qin Gang" not in {p for s in sides(text, "2006-03-19") for p in s}


@pytest.mark.model
def test_a_deadline_dates_no_meeting():
    text = ("The leaders of India, Brazil and South Africa pledged on Wednesday to more than double trade among their three "
            "countries to $15bn by 2010, at the second summit of the IBSA Dialogue Forum in Pretoria.")
    assert [d for _, d, _ in placed(text, "2007-10-18")] == ["2007-10-17"]


@pytest.mark.model
def test_the_country_a_visit_goes_to_may_be_its_host_s():
    text = ("Brazil's President Luiz Inácio Lula da Silva arrived on Tuesday night. Indian Prime Minister Manmohan Singh had "
            "flown in the previous day from Nigeria, where he held talks with President Umaru Yar'Adua in Abuja on Monday, "
            "the first visit to the country by an Indian prime minister since 1962.")
    assert "Luiz Inácio Lula da Silva" not in {p for s in sides(text, "2007-10-18") for p in s}


@pytest.mark.model
def test_talks_of_a_trip_that_was_postponed_were_not_held():
    text = ("Chinese Foreign Minister Yang Jiechi had been due in Seoul on Friday for talks with his counterpart, Kim "
            "Sung-hwan, but the trip was postponed on Wednesday because of scheduling issues.")
    assert [m for m in meetings(text, "2010-11-25") if not m.referenced] == []


@pytest.mark.model
def test_the_two_ministers_discussing_by_telephone_held_a_call_the_previous_evening():
    text = ("Chinese Foreign Minister Yang Jiechi had been due in Seoul on Friday for talks with his counterpart, Kim "
            "Sung-hwan, but the trip was postponed on Wednesday because of scheduling issues. The two ministers had "
            "discussed the shelling by telephone the previous evening.")
    assert (["Kim Sung-hwan", "Yang Jiechi"], "2010-11-23", None) in placed(text, "2010-11-25")


@pytest.mark.model
def test_the_one_a_relative_pronoun_stands_for_is_met_in_its_clause():
    text = ("UN envoy Ibrahim Gambari left Yangon on Monday. He had asked for an audience with Senior General Than Shwe, whom "
            "he last met in Naypyidaw in October.")
    assert (["Ibrahim Gambari", "Than Shwe"], "2007-10", "Naypyidaw") in placed(text, "2008-03-11")


@pytest.mark.model
def test_who_praises_the_one_a_relative_clause_meets_is_no_side():
    text = "Russian Foreign Minister Sergey Lavrov praised Condoleezza Rice, whom Vladimir Putin met in Moscow on Monday."
    assert sides(text, "2007-05-17") == [["Condoleezza Rice", "Vladimir Putin"]]


@pytest.mark.model
def test_the_leaders_of_two_countries_sitting_down_together_meet():
    text = ("The leaders of Serbia and of Kosovo's ethnic Albanians sat down together on Monday for the first time since the "
            "1999 war.")
    assert sides(text, "2006-07-25") == [["Kosovo", "Serbia"]]


@pytest.mark.model
def test_who_represents_a_country_side_and_who_chairs_the_meeting_are_its_participants():
    text = ("The leaders of Serbia and Kosovo met in Vienna on Monday. The meeting was chaired by UN special envoy Martti "
            "Ahtisaari. Serbia was represented by President Boris Tadić and Prime Minister Vojislav Koštunica.")
    assert ["Boris Tadić", "Kosovo", "Martti Ahtisaari", "Vojislav Koštunica"] in sides(text, "2006-07-25")


@pytest.mark.model
def test_a_delegation_led_by_someone_is_that_person():
    text = ("Chinese and American officials held talks in Washington on Monday. The Chinese delegation was led by "
            "Vice-Premier Wang Qishan.")
    assert any("Wang Qishan" in s and "United States" in s for s in sides(text, "2009-07-28"))


@pytest.mark.model
def test_a_pact_a_relative_clause_tells_keeps_its_place_whatever_the_parse():
    text = ('The Australian mission "was expressly sent from London to Lisbon to ask for clarifications" to a agreement that '
            "was signed last Thursday (June 1) in Dili, between Portugal and East Timor, reaffirming that the GNR group has "
            "its own operational command.")
    assert (["East Timor", "Portugal"], "2006-06-01", "Dili") in placed(text, "2006-06-05")


@pytest.mark.model
def test_flying_into_a_capital_for_talks_is_a_visit():
    text = ("South African President Jacob Zuma flew into Harare on Monday for two days of talks aimed at rescuing "
            "Zimbabwe's troubled power-sharing government.")
    assert (["Jacob Zuma", "Zimbabwe"], "2010-03-15", "Harare") in placed(text, "2010-03-17")


@pytest.mark.model
def test_bringing_people_together_is_a_meeting_of_them_all():
    text = ("Zimbabwe's President Robert Mugabe and Prime Minister Morgan Tsvangirai disagree. On Tuesday Mr Zuma brought the "
            "three signatories, Mugabe, Tsvangirai and Deputy Prime Minister Arthur Mutambara, together for more than six hours.")
    assert ["Arthur Mutambara", "Jacob Zuma", "Morgan Tsvangirai", "Robert Mugabe"] in sides(text, "2010-03-17")


@pytest.mark.model
def test_the_subject_of_coordinated_verbs_holds_the_talks_of_the_second():
    text = ("Australian Prime Minister Kevin Rudd flew into Port Moresby on Thursday. Rudd left for the Solomon Islands at "
            "midday and is due to hold talks in Honiara this evening with Prime Minister Derek Sikua.")
    assert (["Derek Sikua", "Kevin Rudd"], "2008-03-07", "Honiara") in placed(text, "2008-03-07")


@pytest.mark.model
def test_a_visit_made_already_is_background_of_no_known_date():
    text = "Thai Prime Minister Yingluck Shinawatra, who took office last month, has already visited Brunei and Indonesia."
    assert {(tuple(sorted(m.participants)), m.referenced, m.date) for m in meetings(text, "2011-09-16")} == {
        (("Brunei", "Yingluck Shinawatra"), True, None), (("Indonesia", "Yingluck Shinawatra"), True, None)}


@pytest.mark.model
def test_that_november_is_the_november_of_the_year_just_told():
    text = ("Hun Sen appointed Thaksin Shinawatra as an economic adviser in 2009. Thaksin was welcomed by Hun Sen in Phnom "
            "Penh that November.")
    assert (["Hun Sen", "Thaksin Shinawatra"], "2009-11", "Phnom Penh") in placed(text, "2011-09-16")


@pytest.mark.model
def test_flights_made_daily_are_a_habit_not_a_visit():
    text = "The chair of DAE, Sheikh Ahmed bin Saeed Al Maktoum, also chairs Emirates, which flies four times daily into Auckland."
    assert sides(text, "2007-07-25") == []


@pytest.mark.model
def test_spending_hours_with_someone_is_a_meeting_but_a_day_with_family_is_not():
    text = ("Benin's Boni Yayi, Sierra Leone's Ernest Bai Koroma and Pedro Pires of Cape Verde, together with Kenyan Prime "
            "Minister Raila Odinga, spent about two hours with Laurent Gbagbo at the presidential palace in Abidjan on Monday.")
    assert (["Boni Yayi", "Ernest Bai Koroma", "Laurent Gbagbo", "Pedro Pires", "Raila Odinga"], "2011-01-03", "Abidjan") in placed(
        text, "2011-01-04")
    assert sides("Barack Obama spent the day with his daughters in Hawaii.", "2011-01-04") == []


@pytest.mark.model
def test_who_did_not_attend_a_summit_is_no_attendee():
    text = ("The decision was taken at an extraordinary summit in Abuja, the Nigerian capital, which lasted more than six "
            "hours. It was chaired by Nigerian President Umaru Yar'Adua. Liberian President Ellen Johnson Sirleaf and Sierra "
            "Leone's Ernest Bai Koroma also attended. Captain Moussa Dadis Camara, who seized power on 23 December, did not "
            "attend and was not invited.")
    assert "Moussa Dadis Camara" not in {p for s in sides(text, "2009-01-11") for p in s}


@pytest.mark.model
def test_talks_one_was_due_to_hold_on_a_visit_that_was_cancelled_were_not_held():
    text = ("Fiji's military ruler Frank Bainimarama had been due to hold talks with Michael Somare in Port Moresby last "
            "month, but the visit was cancelled at short notice.")
    assert sides(text, "2009-08-06") == []


@pytest.mark.model
def test_a_hyphenated_office_word_stands_for_its_holder_named_before():
    text = ("UN Secretary-General Kofi Annan arrived in Nairobi on Monday. The next day the secretary-general flew to Kampala "
            "to meet Yoweri Museveni.")
    assert (["Kofi Annan", "Yoweri Museveni"], "2005-06-07", "Kampala") in placed(text, "2005-06-08")


@pytest.mark.model
def test_of_several_ministers_the_bare_minister_is_the_subject_last_named():
    text = ("Foreign Minister Alexander Downer met his Indonesian counterpart Hassan Wirajuda in Jakarta on Monday. Downer told "
            "reporters the talks went well. Later, the minister spoke by telephone with Condoleezza Rice.")
    assert ["Alexander Downer", "Condoleezza Rice"] in sides(text, "2006-04-12")
    # the last named is no subject: no one is sure
    text = ("Foreign Minister Alexander Downer met his Indonesian counterpart Hassan Wirajuda in Jakarta on Monday. Reporters "
            "asked Downer about Papua. Later, the minister spoke by telephone with Condoleezza Rice.")
    assert ["Alexander Downer", "Condoleezza Rice"] not in sides(text, "2006-04-12")


@pytest.mark.model
def test_the_next_day_of_a_past_narrative_counts_from_a_day_already_past():
    text = ("Kofi Annan began his tour on Monday in Khartoum, where he met Omar al-Bashir. The two men said peace talks would "
            "open in Tripoli on 27 October. The next day Annan flew to Juba to meet Salva Kiir.")
    assert (["Kofi Annan", "Salva Kiir Mayardit"], "2005-09-06", "Juba") in placed(text, "2005-09-09")


@pytest.mark.model
def test_who_joins_the_meeting_just_told_is_a_side_of_it():
    text = ("Hu Jintao welcomed Nursultan Nazarbayev to Beijing on Tuesday. The two leaders were joined by Premier Wen Jiabao "
            "for the talks.")
    assert ["Hu Jintao", "Nursultan Nazarbayev", "Wen Jiabao"] in sides(text, "2006-12-21")
    text = ("Angela Merkel held talks with Nicolas Sarkozy in Berlin on Monday. Foreign Minister Frank-Walter Steinmeier "
            "joined them for lunch.")
    assert ["Angela Merkel", "Frank-Walter Steinmeier", "Nicolas Sarkozy"] in sides(text, "2008-03-04")
    # joining a government, an alliance or a protest is no meeting to join
    text = "Angela Merkel held talks with Nicolas Sarkozy in Berlin on Monday. Frank-Walter Steinmeier joined the government in 2005."
    assert sides(text, "2008-03-04") == [["Angela Merkel", "Nicolas Sarkozy"]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel saw Vladimir Putin in Sochi on Tuesday.", [["Angela Merkel", "Vladimir Putin"]]),
    ("Kofi Annan went to see Robert Mugabe at State House.", [["Kofi Annan", "Robert Mugabe"]]),
    ("Voters want to see Robert Mugabe go.", []),
    ("Tony Blair saw Gordon Brown become prime minister.", []),
    ("Kofi Annan wants to see Zimbabwe recover.", []),
])
def test_seeing_someone_is_a_meeting_but_seeing_something_happen_is_not(text, expected):
    assert sides(text, "2008-03-04") == expected


@pytest.mark.model
def test_they_who_meet_someone_next_are_those_who_were_the_subject_together():
    text = ("Boni Yayi, Ernest Bai Koroma and Pedro Pires spent two hours with Laurent Gbagbo on Monday. They then crossed "
            "the city to see Alassane Ouattara at the Golf Hotel.")
    found = sides(text, "2011-01-04")
    assert ["Alassane Ouattara", "Boni Yayi", "Ernest Bai Koroma", "Pedro Pires"] in found
    assert not any("Laurent Gbagbo" in s and "Alassane Ouattara" in s for s in found)
    # "they" with no one named after them: the sides of the meeting just told
    text = "Hu Jintao met George W. Bush in Washington on Thursday. They met again in Beijing last year."
    assert sides(text, "2006-04-21").count(["George W. Bush", "Hu Jintao"]) == 2


@pytest.mark.model
def test_a_place_after_a_comma_gives_no_country_to_the_name_before_it():
    text = ("Pervez Musharraf arrived in New Delhi on Saturday. The same evening he met separatist leaders, including their "
            "chairman Abdul Ghani Bhat, at a tea party at the Pakistani High Commission.")
    assert ["Abdul Ghani Bhat", "Pervez Musharraf"] in sides(text, "2001-07-17")


@pytest.mark.model
def test_talks_are_held_where_their_clause_says_not_where_the_next_trip_goes():
    text = ("Erik Solheim, Norway's development minister, held talks with President Mahinda Rajapaksa in Colombo, then "
            "travelled to the rebel-held town of Kilinochchi, where he met S. P. Thamilselvan.")
    found = placed(text, "2006-01-20")
    assert (["Erik Solheim", "Mahinda Rajapaksa"], "2006-01-20", "Colombo") in [(p, d, w) for p, d, w in found]
    assert (["Erik Solheim", "S. P. Thamilselvan"], "2006-01-20", "Kilinochchi") in found


@pytest.mark.model
def test_a_where_clause_places_the_meeting_someone_is_due_to_hold_there():
    text = "Helen Clark will fly on to Suva on Friday, where she is due to meet Prime Minister Laisenia Qarase."
    assert (["Helen Clark", "Laisenia Qarase"], "2006-08-04", "Suva") in placed(text, "2006-08-02")


@pytest.mark.model
def test_the_two_are_the_last_two_named_when_the_meeting_told_before_had_three_sides():
    text = ("Matthew Nimetz met Greece's negotiator, Ambassador Adamantios Vassilakis, and Macedonia's, Nikola Dimitrov, in New York on "
            "Tuesday. In Athens, Foreign Minister Dora Bakoyannis said the proposal was a basis for negotiation. Her Macedonian "
            "counterpart, Antonio Milososki, said Skopje would study it. The two ministers last met in Madrid in November.")
    assert (["Antonio Milošoski", "Dora Bakoyannis"], "2007-11", "Madrid") in placed(text, "2008-02-20")


@pytest.mark.model
def test_who_joins_the_leaders_for_the_opening_of_a_summit_attends_it():
    text = ("George W. Bush joined 33 other leaders for the opening of the fourth Summit of the Americas on Friday. Among "
            "those attending were Argentina's Néstor Kirchner and Brazil's Luiz Inácio Lula da Silva.")
    assert ["George W. Bush", "Luiz Inácio Lula da Silva", "Néstor Kirchner"] in sides(text, "2005-11-05")


@pytest.mark.model
def test_a_meeting_told_again_as_the_first_since_a_dated_event_keeps_its_own_day():
    text = ("Ehud Olmert and Mahmoud Abbas met alone for about an hour on Monday, their first one-to-one talks since Abbas was "
            "elected president on 9 January, an Israeli official said.")
    assert (["Ehud Olmert", "Mahmoud Abbas"], "2007-02-05", None) in placed(text, "2007-02-06")
    text = "Ehud Olmert and Mahmoud Abbas met on Monday, their first talks since Abbas was elected president on 9 January."
    assert [d for p, d, w in placed(text, "2007-02-06")] == ["2007-02-05"]


@pytest.mark.model
def test_coordinated_clauses_with_subjects_of_their_own_tell_separate_meetings():
    text = ("Obama and Ms Rousseff discussed the allegations privately on the sidelines of the G20 summit in St Petersburg "
            "earlier this month, and Foreign Minister Luiz Alberto Figueiredo met National Security Adviser Susan Rice at the "
            "White House last Wednesday.")
    found = placed(text, "2013-09-18")
    assert (["Barack Obama", "Dilma Rousseff"], "2013-09", "Saint Petersburg") in found
    assert (["Luiz Alberto Figueiredo", "Susan Rice"], "2013-09-11", "Washington") in found
    assert not any("Susan Rice" in p and "Barack Obama" in p for p, _, _ in found)
    # one subject for both verbs: the second verb's meeting is still the subject's
    text = "Kevin Rudd arrived in Honiara on Monday and held talks with Derek Sikua."
    assert ["Derek Sikua", "Kevin Rudd"] in sides(text, "2008-03-12")


@pytest.mark.model
def test_the_visitor_is_the_one_who_came_just_before():
    text = ("Mahmoud Ahmadinejad became the first Iranian president to visit Iraq on Sunday. President Jalal Talabani greeted "
            "him at his residence. The visitor later held talks with Prime Minister Nouri al-Maliki.")
    assert ["Mahmoud Ahmadinejad", "Nouri al-Maliki"] in sides(text, "2008-03-03")
    text = "Hu Jintao welcomed Nursultan Nazarbayev in Beijing on Tuesday. His guest later met Wen Jiabao."
    assert ["Nursultan Nazarbayev", "Wen Jiabao"] in sides(text, "2006-12-21")
    # no one came: no visitor to stand for
    assert people("The visitor later held talks with Prime Minister Nouri al-Maliki.", "2008-03-03") == {"Nouri al-Maliki"}


@pytest.mark.model
def test_a_second_clause_without_a_day_of_its_own_keeps_the_day_of_the_first():
    text = ("On Thursday Hillary Clinton held talks with President Thein Sein at the presidential palace in Naypyidaw, and she "
            "later called on the speaker of the lower house, Shwe Mann.")
    assert {(tuple(p), d) for p, d, _ in placed(text, "2011-12-02")} >= {
        (("Hillary Clinton", "Thein Sein"), "2011-12-01"), (("Hillary Clinton", "Shwe Mann"), "2011-12-01")}


@pytest.mark.model
def test_a_second_clause_that_tells_the_meeting_again_places_it():
    text = ("The leaders of Serbia and Kosovo sat down together on Monday for the first time since the war, but the talks in "
            "Vienna ended with both sides restating their positions.")
    assert [w for _, _, w in placed(text, "2006-07-25")] == ["Vienna"]


@pytest.mark.model
def test_who_a_since_clause_names_is_no_side_of_the_meeting_it_measures_from():
    text = ("Manmohan Singh held talks with President Umaru Yar'Adua in Abuja on Monday, the first visit to the country by an "
            "Indian prime minister since Jawaharlal Nehru's in 1962.")
    assert not any("Jawaharlal Nehru" in s for s in sides(text, "2007-10-18"))
    text = "Vladimir Putin met Xi Jinping in Moscow, their first meeting since Xi visited Washington in June."
    assert ["Vladimir Putin", "Xi Jinping"] in sides(text, "2013-10-18")


@pytest.mark.model
def test_a_second_clause_whose_subject_stands_for_the_first_clause_people_is_their_meeting():
    text = ("Serbian President Boris Tadic laid a wreath in the Croatian town of Vukovar on Thursday. Tadic was accompanied by "
            "his Croatian counterpart Ivo Josipovic, and the two presidents held talks on refugee returns.")
    assert ["Boris Tadić", "Ivo Josipović"] in sides(text, "2010-11-05")


@pytest.mark.model
def test_a_time_ago_qualified_by_only_or_some_is_still_resolved():
    text = "General David Petraeus was in Bishkek only two weeks ago to discuss the base with Kurmanbek Bakiyev."
    assert [d for _, d, _ in placed(text, "2009-02-04")] == ["2009-01-21"]


@pytest.mark.model
def test_a_call_after_which_something_was_announced_last_month_was_that_month():
    text = "President Barack Obama announced the trip last month, after speaking to Aung San Suu Kyi by telephone."
    assert [d for _, d, _ in placed(text, "2011-12-02")] == ["2011-11"]


@pytest.mark.model
def test_the_morning_of_an_opening_is_the_day_it_opened_and_the_day_after_a_gathering_the_next():
    text = ("The forum opened in Cairns on Wednesday. It was attended by 14 leaders. Kevin Rudd and John Key held a separate "
            "breakfast meeting on the morning of the opening, officials said.")
    assert (["John Key", "Kevin Rudd"], "2009-08-05") in [(p, d) for p, d, _ in placed(text, "2009-08-07")]
    text = ("The donors' conference opened in Oslo on Monday. Thabo Mbeki held talks with Olusegun Obasanjo in Abuja on the "
            "day after the conference, officials said.")
    assert (["Olusegun Obasanjo", "Thabo Mbeki"], "2005-07-05") in [(p, d) for p, d, _ in placed(text, "2005-07-07")]
    # the day of another kind of event the sentences give may be some other event's: no day from it
    text = ("The crisis eased at a summit in Santo Domingo on Friday, a week after a Colombian raid on a rebel camp. Alvaro "
            "Uribe had telephoned Rafael Correa on the morning of the raid to inform him of it.")
    assert "2008-03-07" not in [d for _, d, _ in placed(text, "2008-03-08")]


@pytest.mark.model
def test_who_dismisses_or_praises_the_meeting_is_no_side_of_it():
    text = ("Kevin Rudd met Michael Somare in Cairns on Wednesday. In Suva, the interim attorney-general, Aiyaz "
            "Sayed-Khaiyum, dismissed the meeting as irrelevant.")
    assert sides(text, "2009-08-06") == [["Kevin Rudd", "Michael Somare"]]


@pytest.mark.model
def test_a_country_whose_leader_attends_the_summit_is_no_side_beside_them():
    text = ("The leaders of India, Brazil and South Africa pledged on Wednesday to double trade, at the second summit of the "
            "IBSA Dialogue Forum in Pretoria. The host, President Thabo Mbeki, said the three democracies shared a vision. "
            "Indian Prime Minister Manmohan Singh had flown in the previous day. On the day before the summit, the Indian "
            "premier held bilateral talks with his host at the Union Buildings.")
    summit = next(m.participants for m in meetings(text, "2007-10-18") if m.kind == "summit")
    assert "Thabo Mbeki" in summit and "South Africa" not in summit


@pytest.mark.model
def test_two_verbs_of_one_subject_keep_their_own_objects_and_places():
    text = ("Iranian Foreign Minister Manouchehr Mottaki met the Emir of Kuwait, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, on "
            "Sunday and then flew to Doha, where he held talks with Qatar's prime minister and foreign minister, Sheikh Hamad "
            "bin Jassim bin Jaber al-Thani.")
    found = placed(text, "2009-11-02")
    assert (["Manouchehr Mottaki", "Sabah Al-Ahmad Al-Jaber Al-Sabah"], "2009-11-01", None) in found
    assert not any("Sabah Al-Ahmad Al-Jaber Al-Sabah" in p and "Hamad bin Jassim bin Jaber Al Thani" in p for p, _, _ in found)
    # no object of its own: the second verb's object is the first's too
    assert sides("Condoleezza Rice met and thanked Alexander Downer in Sydney on Friday.", "2006-03-18") == [
        ["Alexander Downer", "Condoleezza Rice"]]


@pytest.mark.model
def test_a_meeting_in_the_same_city_is_in_the_town_named_before():
    text = ("Jadranka Kosor visited Borut Pahor in Ljubljana on 31 July, and the two agreed the outline of a deal when they "
            "met again in the same city on 11 September.")
    assert (["Borut Pahor", "Jadranka Kosor"], "2009-09-11", "Ljubljana") in placed(text, "2009-11-04")


@pytest.mark.model
def test_a_name_with_an_article_before_it_is_a_place_or_thing_not_a_person():
    text = ("The Iranian minister was received by the Emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, at the Emiri Diwan the "
            "following morning.")
    assert "Emiri Diwan" not in people(text, "2009-11-02")
    assert "Grace Mugabe" in people("Robert Mugabe and his wife Grace Mugabe arrived in Rome.", "2009-11-02")


@pytest.mark.model
def test_what_sides_agree_after_talks_dates_the_talks_as_reported():
    text = ("Afghan President Hamid Karzai and Pakistani President Pervez Musharraf agreed today to share intelligence on "
            "militants along their common border, after talks in the Turkish capital, Ankara.")
    assert {(tuple(m.participants), m.referenced, m.date) for m in meetings(text, "2007-04-30")} == {
        (("Hamid Karzai", "Pervez Musharraf"), False, "2007-04-30")}
    # what was agreed is still a plan
    text = "Hamid Karzai and Pervez Musharraf agreed on Monday to hold talks in Ankara next month."
    assert all(m.referenced for m in meetings(text, "2007-04-30"))


@pytest.mark.model
def test_of_two_days_in_a_sentence_a_meeting_takes_the_one_of_its_own_verb():
    text = ("Sheikh Sabah al-Ahmad al-Jaber al-Sabah held talks with King Salman in Jeddah late on Tuesday and flew on to "
            "Dubai the following day, where he met the ruler of Dubai, Sheikh Mohammed bin Rashid al-Maktoum.")
    found = placed(text, "2017-06-08")
    assert (["Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman of Saudi Arabia"], "2017-06-06", "Jeddah") in found
    assert (["Mohammed bin Rashid Al Maktoum", "Sabah Al-Ahmad Al-Jaber Al-Sabah"], "2017-06-07", "Dubai") in found


@pytest.mark.model
def test_a_meeting_noun_takes_the_day_of_its_own_clause_not_of_an_apposition():
    text = ("One of the biggest gatherings of world leaders, the 20th annual NATO summit which began on Wednesday continued "
            "today in Bucharest.")
    assert [d for _, d, _ in placed(text, "2008-04-03")] == ["2008-04-02"]
    text = ("Manmohan Singh held talks with President Umaru Yar'Adua in Abuja on Monday, the first visit to the country by an "
            "Indian prime minister since Jawaharlal Nehru's in 1962.")
    assert (["Manmohan Singh", "Umaru Musa Yar'Adua"], "2007-10-15", "Abuja") in placed(text, "2007-10-18")


@pytest.mark.model
def test_an_ordinal_of_a_thing_is_no_day_of_the_month():
    text = "The 20th annual NATO summit which began on Wednesday continued today in Bucharest."
    assert [d for _, d, _ in placed(text, "2008-04-03")] == ["2008-04-02"]
    assert [d for _, d, _ in placed("On the 20th, Nicolas Sarkozy met Silvio Berlusconi in Rome.", "2008-04-23")] == ["2008-04-20"]


@pytest.mark.model
def test_a_relative_day_told_far_from_any_other_day_counts_from_the_news_day():
    text = ("Energy ministers from twelve countries agreed in Vienna on Tuesday to pool their emergency oil stocks. "
            "The agreement sets out how much each member must hold and when the stocks may be released. "
            "Analysts said the deal would calm markets that had been rattled by supply fears for most of the year. "
            "Several members had pressed for a larger reserve, arguing that the last crisis had shown how quickly stocks "
            "ran out, while others warned about the cost of storage. "
            "The final figures were settled the previous evening, when Norway's Jonas Gahr Støre and Japan's Taro Aso met "
            "for two hours at their hotel.")
    assert (["Jonas Gahr Støre", "Taro Aso"], "2006-03-13", None) in placed(text, "2006-03-15")


@pytest.mark.model
def test_a_meeting_with_no_day_of_its_own_takes_the_day_of_what_it_did_just_before_or_after():
    text = "Laisenia Qarase held a brief meeting with Helen Clark in Wellington before flying back to Suva on Wednesday evening."
    assert [d for _, d, _ in placed(text, "2006-11-30")] == ["2006-11-29"]
    text = "Laisenia Qarase met Helen Clark in Wellington after arriving on Wednesday evening."
    assert [d for _, d, _ in placed(text, "2006-11-30")] == ["2006-11-29"]
    # a day of its own wins, and a length of time between says the other day is not the meeting's
    text = "Laisenia Qarase met Helen Clark in Wellington on Friday after arriving on Wednesday evening."
    assert [d for _, d, _ in placed(text, "2006-11-30")] == ["2006-11-24"]
    text = "Laisenia Qarase met Helen Clark in Wellington two days after arriving on Wednesday evening."
    assert "2006-11-29" not in [d for _, d, _ in placed(text, "2006-11-30")]


@pytest.mark.model
def test_a_first_visit_since_another_is_not_dated_by_the_other():
    text = ("Manmohan Singh had flown in the previous day from Nigeria, where he held talks with President Umaru Yar'Adua in "
            "Abuja on Monday, the first visit to the country by an Indian prime minister since Jawaharlal Nehru's in 1962.")
    assert "1962" not in [d for _, d, _ in placed(text, "2007-10-18")]


@pytest.mark.model
def test_his_host_is_the_last_person_said_to_host():
    text = ("Indian Prime Minister Manmohan Singh was welcomed by President Thabo Mbeki in Pretoria on Monday. On Tuesday, "
            "Singh held talks with his host on trade.")
    assert (["Manmohan Singh", "Thabo Mbeki"], "2007-10-16", "Pretoria") in placed(text, "2007-10-18")
    text = ("Manmohan Singh arrived on Monday. The host, President Thabo Mbeki, said the visit was historic. On Tuesday, the "
            "Indian premier held talks with his host.")
    assert ["Manmohan Singh", "Thabo Mbeki"] in sides(text, "2007-10-18")
    assert "Thabo Mbeki" not in people("The talks were held in the host country on Monday.", "2007-10-18")


@pytest.mark.model
def test_talks_before_a_summit_or_bilateral_are_no_part_of_it():
    text = ("The leaders of India, Brazil and South Africa pledged on Wednesday to double trade, at the second summit of the "
            "IBSA Dialogue Forum in Pretoria. The host, President Thabo Mbeki, said the three democracies shared a vision. "
            "On the day before the summit, the Indian premier held talks with his host at the Union Buildings.")
    found = {(tuple(m.participants), m.kind, m.date) for m in meetings(text, "2007-10-18")}
    assert (("Manmohan Singh", "Thabo Mbeki"), "talks", "2007-10-16") in found
    text = text.replace("held talks", "held bilateral talks")
    assert (("Manmohan Singh", "Thabo Mbeki"), "talks", "2007-10-16") in {(tuple(m.participants), m.kind, m.date) for m in meetings(text, "2007-10-18")}


@pytest.mark.model
def test_the_meeting_told_again_by_its_noun_is_that_meeting_not_one_dated_by_the_next_sentence():
    text = ("Colin Powell met Yasser Arafat on Sunday in Ramallah. Powell was driven through the streets to the compound. "
            "The meeting lasted about three hours. Powell had held talks with Ariel Sharon in Jerusalem on Friday.")
    assert [(p, d) for p, d, _ in placed(text, "2002-04-15") if "Yasser Arafat" in p] == [(["Colin Powell", "Yasser Arafat"], "2002-04-14")]


@pytest.mark.model
def test_a_visit_told_again_is_not_dated_by_what_came_before_it():
    text = ("North Korean leader Kim Jong-il met Chinese President Hu Jintao in Beijing. Kim also met Premier Wen Jiabao, who "
            "promised economic help. The visit came days after South Korean President Lee Myung-bak met Hu in Shanghai on "
            "30 April.")
    found = placed(text, "2010-05-07")
    assert not any("Wen Jiabao" in p and d == "2010-04-30" for p, d, _ in found)


@pytest.mark.model
def test_the_surname_of_someone_named_is_that_person_not_the_town_of_that_name():
    text = ("South Korea today returned a letter from Japanese Prime Minister Yoshihiko Noda to President Lee Myung-bak, in "
            "which Noda had protested against Lee's visit earlier this month to the disputed islands. Relations had seemed "
            "to improve when Noda and Lee held talks in Kyoto last December.")
    doc = annotate(text, "2012-08-23")
    assert "Noda" not in {p.canonical for p in doc._.bl_places}
    assert [m.text for m in doc._.bl_people if m.canonical == "Yoshihiko Noda"] == ["Yoshihiko Noda", "Noda", "Noda"]
    assert (["Lee Myung-bak", "Yoshihiko Noda"], "2011-12", "Kyoto") in placed(text, "2012-08-23")
    # after a place preposition the name is the town
    assert "Noda" in {p.canonical for p in annotate("Yoshihiko Noda opened a factory in Noda on Monday.", "2012-08-23")._.bl_places}


@pytest.mark.model
@pytest.mark.parametrize("verb", ["protested against", "condemned"])
def test_who_judges_someone_elses_visit_is_no_side_of_it_nor_is_their_country(verb):
    text = f"Japanese Prime Minister Yoshihiko Noda {verb} South Korean President Lee Myung-bak's visit to Washington."
    assert sides(text, "2012-08-23") == [["Lee Myung-bak", "United States"]]


@pytest.mark.model
def test_a_meeting_is_in_the_town_a_venues_name_runs_into_and_not_where_a_later_trip_goes():
    text = ("Canadian Prime Minister Stephen Harper met Chinese President Hu Jintao at the Great Hall of the People in "
            "Beijing on Thursday, the third day of a visit aimed at selling oil. Hours after meeting Hu, Harper flew to "
            "Guangzhou, where he was due to meet the Communist Party chief of Guangdong province, Wang Yang, on Friday.")
    found = placed(text, "2012-02-10")
    assert (["Hu Jintao", "Stephen Harper"], "2012-02-09", "Beijing") in found
    # the meeting an "after" phrase tells again is the one reported, not one more on the day of the flight
    assert [f for f in found if f[0] == ["Hu Jintao", "Stephen Harper"]] == [(["Hu Jintao", "Stephen Harper"], "2012-02-09", "Beijing")]
    text = ("Canadian Prime Minister Stephen Harper met Chinese President Hu Jintao on Thursday. On Friday Harper flew to "
            "Guangzhou, where he met the Communist Party chief of Guangdong province, Wang Yang.")
    assert (["Hu Jintao", "Stephen Harper"], "2012-02-09", None) in placed(text, "2012-02-11")


@pytest.mark.model
def test_initialling_an_agreement_is_a_signing():
    text = "An agreement initialled by then prime ministers Janez Drnovšek and Ivica Račan in July 2001 was never ratified."
    assert {(tuple(m.participants), m.kind, m.date) for m in meetings(text, "2007-08-27")} == {
        (("Ivica Račan", "Janez Drnovšek"), "signing", "2001-07")}
    assert meetings("The minister initialled the page.", "2007-08-27") == []


@pytest.mark.model
def test_a_one_word_name_the_knowledge_base_gives_someone_named_is_that_person_whatever_the_parse():
    text = ("Brazil's President Luiz Inácio Lula da Silva arrived in Pretoria on Tuesday night for the summit. "
            "Lula travels on to Luanda on Thursday for talks with President José Eduardo dos Santos.")
    doc = annotate(text, "2007-10-18")
    assert [m.text for m in doc._.bl_people if m.canonical == "Luiz Inácio Lula da Silva"] == ["Luiz Inácio Lula da Silva", "Lula"]
    assert ["José Eduardo dos Santos", "Luiz Inácio Lula da Silva"] in sides(text, "2007-10-18")


@pytest.mark.model
def test_a_counterpart_named_in_apposition_is_that_person_not_the_countrys_leader():
    text = ("Bolivian President Evo Morales nationalised the gas fields, and Brazil's President Luiz Inácio Lula da Silva "
            "protested. Lula and Morales had spoken by telephone on Tuesday night. Brazil's Energy Minister Silas Rondeau will travel to La Paz next week for talks with his Bolivian "
            "counterpart, Andrés Soliz Rada, on the price of gas.")
    assert [p for p, _, _ in placed(text, "2006-05-05") if "Silas Rondeau" in p] == [["Andrés Soliz Rada", "Silas Rondeau"]]


@pytest.mark.model
def test_a_name_after_an_article_is_no_person_even_with_a_pronoun_after_it():
    text = ("He was received by the Emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, at the Emiri Diwan the following "
            "morning, before leaving for Muscat, the last stop of his tour.")
    assert "Emiri Diwan" not in people(text, "2009-11-02")


@pytest.mark.model
def test_a_part_of_the_day_the_model_left_untagged_dates_the_meeting_and_the_host_can_be_seen():
    text = ("Syrian President Bashar al-Assad welcomed Lebanese Prime Minister Saad Hariri to Damascus yesterday. "
            "Assad hosted a dinner in his honour, which Syrian media described as a sign of special hospitality.\n\n"
            "This morning Hariri saw the host again, over breakfast at Assad's private residence, before flying back to "
            "Beirut. \"The talks were frank and positive,\" Hariri told reporters at Beirut airport.")
    found = placed(text, "2009-12-20")
    assert (["Bashar al-Assad", "Saad Hariri"], "2009-12-20", "Damascus") in found
    assert not any(place == "Beirut" for _, _, place in found)  # where the speaker spoke after the retelling quotation


@pytest.mark.model
def test_whoever_a_since_phrase_names_is_no_side_unless_it_tells_the_meeting_before():
    text = ("Lebanese Prime Minister Saad Hariri held talks with Syrian President Bashar al-Assad in Damascus yesterday, on "
            "his first visit to Syria since the assassination of his father, former prime minister Rafik Hariri, in 2005.")
    assert sides(text, "2009-12-20") == [["Bashar al-Assad", "Saad Hariri"]]


@pytest.mark.model
def test_someone_due_in_a_place_is_to_visit_it():
    found = placed("Russian President Vladimir Putin is due in Ulaanbaatar early next month.", "2014-08-22")
    assert found == [(["Mongolia", "Vladimir Putin"], "2014-09", "Ulaanbaatar")]
    assert meetings("The report is due in March.", "2014-08-22") == []
    assert meetings("Payment is due in London on Friday.", "2014-08-22") == []
    # "due to meet" is no trip: the meeting keeps its day
    text = "New Zealand Prime Minister John Key will fly on to Niue on Friday, where he is due to meet Premier Toke Talagi."
    assert (["John Key", "Toke Talagi"], "2009-08-07", "Niue") in placed(text, "2009-08-06")


@pytest.mark.model
def test_the_owner_of_someone_named_is_no_side_of_their_meeting():
    text = ("Colombian President Juan Manuel Santos met Hugo Chávez on Tuesday. His foreign minister, María Ángela Holguín, "
            "had met her Venezuelan counterpart, Nicolás Maduro, in Bogotá the following day to prepare the ground.")
    assert ["María Ángela Holguín", "Nicolás Maduro"] in sides(text, "2010-08-12")
    assert not any("Juan Manuel Santos" in s and "Nicolás Maduro" in s for s in sides(text, "2010-08-12"))
    # the owner of a meeting noun takes part
    text = "Venezuelan President Hugo Chávez said his meeting with Colombian President Juan Manuel Santos went well."
    assert sides(text, "2010-08-12") == [["Hugo Chávez", "Juan Manuel Santos"]]


@pytest.mark.model
def test_a_country_is_never_taken_for_the_surname_of_a_name_ending_with_it():
    text = ("Malawian President Joyce Banda and Tanzanian President Jakaya Kikwete met in Maputo last week to discuss their "
            "border on Lake Malawi. Tensions have risen since Malawi awarded oil licences on the lake to a British company.")
    assert "Malawi" in [p.text for p in annotate(text, "2012-08-23")._.bl_places]


@pytest.mark.model
def test_a_meeting_told_after_a_closer_occasion_follows_it_not_an_earlier_visit():
    text = ("Japanese Prime Minister Shinzo Abe arrived in Seoul on Monday, a day after a visit to China.\n\n"
            "In Beijing on Sunday, Abe held talks with Chinese President Hu Jintao at the Great Hall of the People. "
            "He then met Premier Wen Jiabao, who hosted a dinner for the Japanese delegation.")
    assert (["Shinzo Abe", "Wen Jiabao"], "2006-10-08", "Beijing") in placed(text, "2006-10-09")


@pytest.mark.model
def test_a_meeting_on_the_eve_of_a_gathering_takes_no_day_of_a_clause_beside_it():
    text = ("The summit of the Shanghai Cooperation Organisation opened in Bishkek on Thursday. Chinese President Hu Jintao "
            "had arrived in Bishkek on Tuesday for a state visit, and he and Kyrgyz President Kurmanbek Bakiyev signed "
            "agreements on a road link on the eve of the summit.")
    found = {(tuple(m.participants), m.kind, m.date) for m in meetings(text, "2007-08-17")}
    assert (("Hu Jintao", "Kurmanbek Bakiyev"), "signing", "2007-08-15") in found


@pytest.mark.model
def test_a_family_named_by_the_plural_of_a_surname_is_the_person_named_so():
    text = ("US President Barack Obama arrived in India on Saturday. On Sunday evening, Indian Prime Minister Manmohan Singh "
            "and his wife hosted a private dinner for the Obamas at the prime minister's residence in New Delhi.")
    assert (["Barack Obama", "Manmohan Singh"], "2010-11-07", "New Delhi") in placed(text, "2010-11-08")


@pytest.mark.model
def test_speaking_to_someone_named_is_talks_but_not_speaking_to_reporters():
    text = ('Kenyan President Mwai Kibaki protested. "When I spoke to my brother Kibaki on Saturday, we agreed that this '
            'matter will not divide our people," Uganda\'s President Yoweri Museveni said in a speech in Kampala on Monday.')
    assert (["Mwai Kibaki", "Yoweri Museveni"], "2009-05-16", None) in placed(text, "2009-05-18")
    assert meetings("Kenyan President Mwai Kibaki spoke to reporters in Nairobi.", "2009-05-18") == []
    assert meetings("Kenyan President Mwai Kibaki spoke to The Times in Nairobi.", "2009-05-18") == []


@pytest.mark.model
def test_the_day_before_an_undated_trip_counts_from_the_meeting_the_article_reports():
    text = ("Turkey's Foreign Minister Ahmet Davutoglu held more than six hours of talks with Syrian President Bashar "
            "al-Assad in Damascus on Tuesday. \"We discussed concrete steps,\" Davutoglu told reporters in Ankara after "
            "returning late on Tuesday. The day before the trip, the minister spoke by telephone with US Secretary of State "
            "Hillary Clinton.")
    assert (["Ahmet Davutoğlu", "Hillary Clinton"], "2011-08-08", None) in placed(text, "2011-08-10")


@pytest.mark.model
def test_the_place_of_the_meeting_a_discussion_is_the_purpose_of():
    text = ("British Foreign Secretary Margaret Beckett has been speaking at a meeting in New York to discuss policy "
            "concerning Iran with US Secretary of State Condoleezza Rice.")
    assert [(m.location) for m in meetings(text, "2006-05-09")] == ["New York"]


@pytest.mark.model
def test_a_place_a_trip_sets_out_from_is_not_where_it_goes():
    text = ("The four arrested were identified as Russell Defreitas, a U.S. citizen and native of Guyana, and Abdul Kadir, "
            "a citizen of Guyana. Defreitas traveled from Guyana to JFK to allegedly conduct surveillance of the airport.")
    assert meetings(text, "2007-06-02") == []
    text = "President Bush flew from Washington to Beijing on Monday for talks with President Hu Jintao."
    assert [m.location for m in meetings(text, "2007-05-30")] == ["Beijing"]


@pytest.mark.model
def test_a_list_of_attendees_the_parse_hangs_on_a_country_keeps_every_member():
    text = ("The presidents of the five Caspian states ended their summit in Ashgabat on Wednesday. Turkmenistan's "
            "Saparmurat Niyazov, who hosted the two-day meeting, was joined by Vladimir Putin of Russia, Nursultan "
            "Nazarbaev of Kazakhstan, Azerbaijan's Geidar Aliyev and Iran's Mohammad Khatami.")
    assert {"Heydar Aliyev", "Mohammad Khatami"} <= {p for m in meetings(text, "2002-04-25") for p in m.participants}


@pytest.mark.model
def test_a_host_given_by_nationality_is_the_person_of_that_country_named_before():
    text = ("Turkmen President Saparmurat Niyazov opened the summit, where Azerbaijan's Heydar Aliyev spoke first. "
            "Iran's Mohammad Khatami, speaking after a separate meeting with his Turkmen host on Wednesday morning, said "
            "Iran would never accept the plan.")
    assert ["Mohammad Khatami", "Saparmurat Niyazov"] in sides(text, "2002-04-25")


@pytest.mark.model
def test_leaders_told_by_region_meeting_somewhere_are_a_summit_of_those_named_next():
    text = ("South American presidents meeting in emergency session in Santiago gave their backing to Bolivia's Evo "
            "Morales on Monday. Venezuela's Hugo Chávez, Ecuador's Rafael Correa and Colombia's Álvaro Uribe were also "
            "present.")
    found = meetings(text, "2008-09-16")
    assert [(sorted(m.participants), m.location) for m in found] == [
        (["Hugo Chávez", "Rafael Correa", "Álvaro Uribe"], "Santiago")]


@pytest.mark.model
def test_the_place_of_a_where_clause_is_the_town_it_follows_whatever_order_places_were_found():
    text = ("Hillary Clinton arrived on the Thai resort island of Phuket on Wednesday. Clinton flew to Phuket from New "
            "Delhi, where she held talks on Monday with Prime Minister Manmohan Singh.")
    assert (["Hillary Clinton", "Manmohan Singh"], "2009-07-20", "New Delhi") in placed(text, "2009-07-23")


@pytest.mark.model
def test_a_pronoun_after_a_relative_clause_is_the_main_clauses_subject():
    text = ("Earlier in the week Xi Jinping was in Turkmenistan, where he and President Gurbanguly Berdymukhamedov "
            "opened a gas field. In Tashkent he is due to hold talks with President Islam Karimov on Monday.")
    assert ["Islam Karimov", "Xi Jinping"] in sides(text, "2013-09-08")


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Datuk Seri Abdullah Ahmad Badawi said the talks failed.", "Abdullah Ahmad Badawi"),  # Malay honorifics
    ("The mediator spent the afternoon with Lt-Gen Salva Kiir.", "Salva Kiir Mayardit"),  # a hyphenated rank
    ('Former president Jorge "Tuto" Quiroga came second.', "Jorge Quiroga"),  # a nickname in quotation marks
    ("The cement magnate Samuel Doria Medina came third.", "Samuel Doria Medina"),  # a surname taken for a town
])
def test_honorifics_and_nicknames_are_no_part_of_a_name_and_a_surname_is_no_town(text, name):
    assert name in people(text, "2006-01-01")


@pytest.mark.model
def test_sides_of_talks_counted_in_hours_are_those_of_the_measure():
    text = ("The leaders of Russia, Ukraine, Germany and France agreed on Thursday morning on a ceasefire in eastern "
            "Ukraine, to take effect from midnight on 15 February, after more than 16 hours of talks in the Belarusian "
            "capital, Minsk.")
    assert placed(text, "2015-02-12") == [(["France", "Germany", "Russia", "Ukraine"], "2015-02-12", "Minsk")]


@pytest.mark.model
def test_the_two_presidents_met_by_others_are_the_two_named_before_and_talks_over_two_days_are_one():
    text = ("The leaders of Russia, Ukraine, Germany and France agreed on Thursday morning on a ceasefire in eastern "
            "Ukraine, to take effect from midnight on 15 February, after more than 16 hours of talks in the Belarusian "
            "capital, Minsk. Angela Merkel and François Hollande, who launched the initiative last week with surprise "
            "visits to Petro Poroshenko in Kiev and to Vladimir Putin in Moscow, sat down with the two presidents at the "
            "Palace of Independence on Wednesday evening.")
    talks = [m for m in meetings(text, "2015-02-12") if m.kind == "talks"]
    assert [(sorted(m.participants), m.date, m.location) for m in talks] == [
        (["Angela Merkel", "François Hollande", "Petro Poroshenko", "Vladimir Putin"], "2015-02-11", "Minsk")]


@pytest.mark.model
def test_both_leaders_called_by_a_third_are_the_pair_named_together_before():
    text = ("Kyrgyzstan's Sadyr Japarov and Tajikistan's Emomali Rahmon agreed in a telephone conversation on Thursday "
            "to pull their troops back. Kremlin spokesman Dmitry Peskov said that President Vladimir Putin had spoken "
            "separately by telephone with both leaders on Friday.")
    found = sides(text, "2021-05-01")
    assert ["Emomali Rahmon", "Vladimir Putin"] in found and ["Sadyr Japarov", "Vladimir Putin"] in found
    assert not any("Dmitry Peskov" in s for s in found)


@pytest.mark.model
def test_talks_placed_nowhere_take_no_place_from_a_trip_told_later():
    text = ("Angela Merkel and François Hollande sat down with Petro Poroshenko and Vladimir Putin on Wednesday "
            "evening. Putin said it was not the best night of his life. Poroshenko said Russia had made demands. "
            "Merkel, who flew to Washington on Monday to brief Barack Obama, was said to be hopeful.")
    talks = [m for m in meetings(text, "2015-02-12") if "Vladimir Putin" in m.participants]
    assert [m.location for m in talks] == [None]


@pytest.mark.model
def test_the_object_of_the_main_verb_is_no_side_of_a_meeting_told_in_a_relative_clause():
    text = ("President Xi Jinping, who was received by King Salman in Riyadh in December, hosted Iranian President "
            "Ebrahim Raisi in Beijing last month.")
    assert placed(text, "2023-03-11") == [(["Ebrahim Raisi", "Xi Jinping"], "2023-02", "Beijing"),
                                          (["Salman of Saudi Arabia", "Xi Jinping"], "2022-12", "Riyadh")]


@pytest.mark.model
def test_clauses_joined_by_semicolons_tell_separate_meetings_dated_by_the_sentence_announcing_them():
    text = ("The foreign ministers of Japan and South Korea met in Bangkok on Thursday. Kono Taro and Kang Kyung-wha "
            "spoke for about 50 minutes on the sidelines of the Asean gathering. \"I conveyed our concern,\" Kang said. "
            "Theirs was one of a string of encounters on Thursday's margins. US Secretary of State Mike Pompeo and "
            "China's Wang Yi held their first face-to-face talks; Wang then sat down with Malaysia's Saifuddin Abdullah "
            "to discuss the code of conduct; and US Secretary of State Mike Pompeo joined Thai Foreign Minister Don "
            "Pramudwinai for breakfast.")
    found = placed(text, "2019-08-02")
    for pair in (["Mike Pompeo", "Wang Yi"], ["Saifuddin Abdullah", "Wang Yi"], ["Don Pramudwinai", "Mike Pompeo"]):
        assert (pair, "2019-08-01", "Bangkok") in found
    assert not any(len(sides) > 2 for sides, _, _ in found)


@pytest.mark.model
def test_a_possessive_after_a_semicolon_is_the_person_named_before_it():
    text = ("Shinzo Abe held talks with Hu Jintao in Beijing on Sunday. Relations froze under Abe's predecessor, "
            "Junichiro Koizumi, whose visits to the Yasukuni Shrine angered Beijing; his last official visit to China "
            "was a one-day trip in October 2001, when he met Jiang Zemin.")
    assert (["Jiang Zemin", "Junichiro Koizumi"], "2001-10", "China") in placed(text, "2006-10-09")


@pytest.mark.model
def test_a_visit_days_and_hosts_told_by_phase_honour_and_first_name():
    text = ("New Zealand Prime Minister Helen Clark flew home from Apia on Friday at the end of a four-day visit to "
            "Samoa. Clark landed on Tuesday evening. On Wednesday she joined thousands of Samoans for the anniversary "
            "of independence. That night Prime Minister Tuilaepa Aiono Sailele Malielegaoi gave a state dinner in her "
            "honour. The formal talks between the two prime ministers took place on Thursday morning. The agreement "
            "was signed by Clark and Tuilaepa on Friday morning.")
    found = placed(text, "2005-06-03")
    pair = ["Helen Clark", "Tuilaʻepa Saʻilele Malielegaoi"]
    assert {(date) for sides, date, _ in found if sides == pair} >= {"2005-06-01", "2005-06-02", "2005-06-03"}


@pytest.mark.model
def test_both_countries_are_no_pair_of_people_named_before():
    text = ("Talks between the European Union Trade Commissioner Peter Mandelson and Chinese Commerce Minister Bo Xilai, "
            "held today in Beijing, brought no compromise. A similar dispute exists between China and the United States. "
            "On Friday, George W. Bush's administration announced new quotas, after negotiations between both "
            "countries broke down.")
    assert not any(sides == ["Bo Xilai", "Peter Mandelson"] and date is None for sides, date, _ in placed(text, "2005-08-19"))


@pytest.mark.model
def test_someone_who_holds_no_office_makes_a_meeting_only_with_someone_named():
    assert meetings("Paul Rusesabagina, the real-life hero of the film Hotel Rwanda, visited Atlanta last week.",
                    "2005-06-13") == []
    assert meetings("On March 13, Professor Noam Chomsky sat down with Michael Dranove in Cambridge.", "2009-03-20") == []
    text = ("Freed hostage Íngrid Betancourt arrived in France today. Standing alongside President Nicolas Sarkozy at "
            "a military air base southwest of Paris, Betancourt thanked him.")
    assert ["Ingrid Betancourt", "Nicolas Sarkozy"] in sides(text, "2008-07-04")


@pytest.mark.model
def test_a_trip_told_again_later_lends_its_place_but_an_arrival_told_later_does_not():
    text = ("Venezuelan president Hugo Chavez met Grand Ayatollah Ali Khamenei. They pledged further cooperation. The "
            "visit of Chavez to Tehran, Iran, followed earlier ones to Russia and Belarus.")
    assert (["Ali Khamenei", "Hugo Chávez"], "2007-07-02", "Tehran") in placed(text, "2007-07-02")


@pytest.mark.model
def test_the_leader_of_a_country_is_the_leader_the_article_names_not_its_opposition_leader():
    text = ("The Pakistani opposition leader, Imran Khan, criticised the visit. Modi and Sharif had first met in person "
            "in May 2014, when the Pakistani leader travelled to New Delhi for Modi's swearing-in.")
    found = sides(text, "2015-12-26")
    assert ["Narendra Modi", "Nawaz Sharif"] in found and not any("Imran Khan" in s for s in found)


@pytest.mark.model
def test_a_meeting_they_have_yet_to_hold_is_none_and_a_since_clause_names_no_side():
    assert meetings("Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye have yet to hold a formal "
                    "meeting.", "2014-11-10") == []
    text = ("Indian Prime Minister Narendra Modi made an unannounced stop in Lahore on Friday to meet his Pakistani "
            "counterpart, Nawaz Sharif, on his birthday, the first visit to Pakistan by an Indian prime minister since "
            "Atal Bihari Vajpayee went to Islamabad in 2004.")
    found = [(sorted(m.participants), m.date, m.location) for m in meetings(text, "2015-12-26")]
    assert (["Narendra Modi", "Nawaz Sharif"], "2015-12-25", "Lahore") in found
    assert not any("Atal Bihari Vajpayee" in s and "Narendra Modi" in s for s, _, _ in found)


@pytest.mark.model
def test_a_country_in_an_absolute_with_phrase_is_no_side_and_the_sidelines_are_the_summits():
    text = ("Arab leaders opened their annual summit in Algiers on Tuesday, with Syria under heavy pressure to pull its "
            "troops out of Lebanon. Algerian President Abdelaziz Bouteflika, the host, called on delegates to speak with "
            "one voice. Palestinian leader Mahmoud Abbas urged Arab states to help. Syrian President Bashar al-Assad told "
            "the summit that Syria would withdraw. Egypt's Hosni Mubarak also attended, as did Lebanese President Emile "
            "Lahoud, who held talks with Assad on the sidelines on Tuesday evening.")
    found = placed(text, "2005-03-23")
    assert any(len(sides) >= 3 and place == "Algiers" for sides, _, place in found)
    assert (["Bashar al-Assad", "Émile Lahoud"], "2005-03-22", "Algiers") in found


@pytest.mark.model
def test_a_known_name_the_model_tagged_with_its_title_as_a_place_is_a_person_and_a_final_stop_is_no_part_of_a_name():
    text = "Earlier this week Rodrigo Duterte paid a state visit to Brunei, where he was the guest of Sultan Hassanal Bolkiah."
    assert ["Hassanal Bolkiah", "Rodrigo Duterte"] in sides(text, "2016-10-20")
    assert "Benigno Aquino III" in people("The case was brought by Duterte's predecessor, Benigno Aquino III.", "2016-10-20")


@pytest.mark.model
def test_a_short_name_the_text_gives_a_country_is_never_a_full_name_of_another_country():
    text = ("Saudi Arabia's King Abdullah and Syrian President Bashar al-Assad flew into Beirut together yesterday. From "
            "Beirut, the Saudi monarch flew on to Jordan for talks with King Abdullah II.")
    found = {m.text: m.canonical for m in annotate(text, "2010-07-31")._.bl_people}
    assert found["Abdullah"] == "Abdullah of Saudi Arabia" and found["Abdullah II"] == "Abdullah II of Jordan"


@pytest.mark.model
def test_a_meeting_told_after_the_talks_is_on_their_day_and_in_their_town():
    text = ("Indonesian President Susilo Bambang Yudhoyono and Vietnamese Prime Minister Nguyen Tan Dung held talks in "
            "Jakarta on Tuesday. After the talks, the two leaders looked on as Indonesian Fisheries Minister Sharif Cicip "
            "Sutardjo and Vietnamese Agriculture Minister Cao Duc Phat signed a memorandum of understanding.")
    found = [(m.date, m.location) for m in meetings(text, "2012-09-05") if m.kind == "signing"]
    assert found == [("2012-09-04", "Jakarta")]


@pytest.mark.model
def test_the_ministers_are_the_pair_of_ministers_named_before_not_the_last_pair():
    text = ("Ethiopian Foreign Minister Tedros Adhanom spent most of Monday closeted with his Kenyan counterpart, Amina "
            "Mohamed, at the foreign ministry. Later that afternoon Tedros was received by President Uhuru Kenyatta at "
            "State House. The ministers last met in January in Addis Ababa, on the margins of the African Union summit.")
    found = sides(text, "2014-06-11")
    assert found.count(["Amina Mohamed", "Tedros Adhanom Ghebreyesus"]) == 2  # Monday's talks and January's
    assert found.count(["Tedros Adhanom Ghebreyesus", "Uhuru Kenyatta"]) == 1


@pytest.mark.model
def test_a_meeting_with_no_time_of_its_own_goes_on_with_the_dated_news_just_told():
    text = ("East African leaders agreed to speed up a customs union, officials said. The bloc has struggled for years. "
            "Kenyan President Mwai Kibaki and Ugandan President Yoweri Museveni attended the regional summit in Arusha on "
            "Monday. Tanzanian President Jakaya Kikwete chaired the gathering. Kibaki and Museveni also held private talks "
            "for an hour, officials said.")
    found = [(m.date, m.date_precision) for m in meetings(text, "2008-03-05") if m.kind == "talks"]
    assert found == [("2008-03-03", "day")]
    quoted = ('Kenyan President Mwai Kibaki attended the regional summit in Arusha on Monday. Nobody expected much. '
              '"I have met Museveni and he is ready," Kibaki said.')
    assert [m.date_precision for m in meetings(quoted, "2008-03-05") if m.kind != "summit"] == ["approx"]


@pytest.mark.model
def test_a_first_since_phrase_says_how_long_there_was_none_not_when_the_meeting_was():
    text = "Barack Obama held talks with Raul Castro in Panama, the first meeting between US and Cuban leaders since 1956."
    found = meetings(text, "2015-04-13")
    assert [(m.date, m.date_precision) for m in found if not m.referenced] == [("2015-04-13", "approx")]
    assert all(m.date != "1956" for m in found)
    told = ("It was the first such gathering since June 2003, when Ariel Sharon and Mahmoud Abbas met US President George "
            "W. Bush in the Jordanian port of Aqaba.")
    assert [(m.date, m.referenced) for m in meetings(told, "2005-02-09")] == [("2003-06", True)]


@pytest.mark.model
def test_a_country_word_outside_the_phrase_a_name_ends_is_not_that_persons_country():
    text = ("Sudanese President Omar Hassan al-Bashir arrived in Juba on Tuesday. In January, talks in the Ethiopian capital "
            "between Bashir and Salva Kiir ended without a breakthrough.")
    found = {m.text: (m.canonical, m.country) for m in annotate(text, "2013-09-04")._.bl_people}
    assert found["Bashir"] == ("Omar al-Bashir", "SDN")
    minister = annotate("Swedish Minister for Foreign Affairs Carin Jämtin arrived in Khartoum.", "2006-03-29")._.bl_people
    assert [(m.canonical, m.country) for m in minister] == [("Carin Jämtin", "SWE")]


@pytest.mark.model
def test_a_short_name_may_be_a_later_word_of_the_name_as_the_text_wrote_it():
    text = "Egyptian President Abdel-Fattah el-Sissi flew to Addis Ababa. Sissi had phoned Cyril Ramaphosa earlier in the week."
    found = {m.text: m.canonical for m in annotate(text, "2020-06-27")._.bl_people}
    assert found["Sissi"] == "Abdel Fattah el-Sisi"


@pytest.mark.model
def test_burmese_honorifics_are_titles_but_an_initial_is_never_one():
    found = {m.text: m.canonical for m in annotate(
        "Clinton held talks with President U Thein Sein in Naypyidaw. The writer U. R. Ananthamurthy spoke.", "2011-12-02")._.bl_people}
    assert found.get("Thein Sein") == "Thein Sein" and "U. R. Ananthamurthy" in found


@pytest.mark.model
def test_someone_joined_at_a_summit_by_others_attends_it_with_them():
    text = ("The summit opened in Johannesburg on Sunday. South African President Thabo Mbeki, who chaired the summit, was "
            "joined by Robert Mugabe and Mozambique's Armando Guebuza.")
    assert sides(text, "2008-08-18") == [["Armando Guebuza", "Robert Mugabe", "Thabo Mbeki"]]


@pytest.mark.model
def test_the_list_right_after_a_bare_with_is_what_the_call_was_with():
    text = ("Alexis Tsipras spoke by telephone on Sunday night with German Chancellor Angela Merkel and French President "
            "François Hollande, a Greek government official said, but failed to persuade them to back a one-week extension.")
    assert sides(text, "2015-06-30") == [["Alexis Tsipras", "Angela Merkel", "François Hollande"]]


@pytest.mark.model
def test_a_person_called_to_discuss_something_is_a_call_but_a_person_called_names_is_none():
    found = [(sorted(m.participants), m.kind) for m in meetings(
        "On Monday US President Barack Obama called German Chancellor Angela Merkel to discuss the crisis.", "2015-06-30")]
    assert found == [(["Angela Merkel", "Barack Obama"], "call")]
    assert meetings("US President Barack Obama called Russian President Vladimir Putin a bully.", "2015-06-30") == []


@pytest.mark.model
def test_a_name_ends_at_a_preposition_the_model_ran_it_over():
    text = ("Australian Prime Minister John Howard greeted the visitors. US President George W. Bush held talks with Howard "
            "at Kirribilli House, the prime minister's Sydney residence, on Wednesday.")
    assert ["George W. Bush", "John Howard"] in sides(text, "2007-09-07")
    assert "Howard at Kirribilli House" not in people(text, "2007-09-07")


@pytest.mark.model
def test_a_meeting_told_as_days_before_or_after_a_dated_event_is_dated_from_it():
    text = "Yasuo Fukuda telephoned Lee Myung-bak the day after his election victory on December 19 to congratulate him."
    assert [(m.date, m.referenced) for m in meetings(text, "2008-02-26")] == [("2007-12-20", True)]
    before = "Vladimir Putin met Xi Jinping two days before the summit on 5 May."
    assert [m.date for m in meetings(before, "2008-05-20")] == ["2008-05-03"]


@pytest.mark.model
def test_a_meeting_held_while_another_met_is_on_its_day_and_in_its_town():
    text = ("Japanese Prime Minister Junichiro Koizumi arrived in Seoul on Thursday for talks. Koizumi and South Korean "
            "President Kim Dae-jung met for about 90 minutes at the Blue House in Seoul on Friday. Officials were pleased. "
            "While the leaders met, Foreign Minister Yoriko Kawaguchi held separate talks with her South Korean counterpart, "
            "Choi Sung-hong.")
    found = [(m.date, m.location) for m in meetings(text, "2002-03-23") if "Yoriko Kawaguchi" in m.participants]
    assert found == [("2002-03-22", "Seoul")]


@pytest.mark.model
def test_a_hyphenated_surname_the_model_tagged_as_a_group_is_the_person_named_before():
    text = ("Liberian President Ellen Johnson-Sirleaf arrived in Abuja on Tuesday. Johnson-Sirleaf, Africa's first elected "
            "female head of state, was sworn in on January 16.")
    found = [(m.text, m.canonical) for m in annotate(text, "2006-02-23")._.bl_people]
    assert ("Johnson-Sirleaf", "Ellen Johnson Sirleaf") in found


@pytest.mark.model
def test_she_stands_for_the_woman_named_just_before_not_the_man_who_hosted_her():
    from core.pipeline.gender import closer_fit, gender
    from types import SimpleNamespace as Named

    assert gender("Ellen Johnson Sirleaf") == "female" and gender("Vladimir Putin") == "male"
    host, guest = Named(canonical="Olusegun Obasanjo"), Named(canonical="Ellen Johnson Sirleaf")
    assert closer_fit("she", host, [guest, host]).canonical == "Ellen Johnson Sirleaf"
    assert closer_fit("he", host, [guest, host]).canonical == "Olusegun Obasanjo"
    assert closer_fit("she", host, [host]).canonical == "Olusegun Obasanjo"  # no woman named: the structure's choice


@pytest.mark.model
def test_a_month_in_an_invitation_to_visit_is_the_next_one():
    text = "Lee Myung-bak accepted Yasuo Fukuda's invitation to visit Tokyo in April. The two had met last April in Seoul."
    found = {m.kind: (m.date, m.referenced) for m in meetings(text, "2008-02-26")}
    assert found["visit"] == ("2008-04", True)
    assert found["talks"] == ("2007-04", True)


@pytest.mark.model
def test_a_meeting_told_as_later_takes_the_day_the_first_sentence_gives_its_participant():
    text = ("Japanese Prime Minister Yasuo Fukuda and South Korea's new president, Lee Myung-bak, agreed yesterday to "
            "resume regular visits. The practice was suspended in 2005. Lee has promised a pragmatic foreign policy. He "
            "wants a free trade agreement. Thousands watched the inauguration in Seoul. Among the foreign guests was US "
            "Secretary of State Condoleezza Rice, who held talks with Lee later in the afternoon.")
    found = [m.date for m in meetings(text, "2008-02-26") if "Condoleezza Rice" in m.participants]
    assert found == ["2008-02-25"]


def test_then_before_a_title_does_not_tell_a_meeting_as_later():
    from core.pipeline.neighbours import told_as_later

    assert told_as_later("Abe later met Trong") and told_as_later("He then met Sharif")
    assert not told_as_later("he held talks with then Prime Minister Nawaz Sharif")
    assert not told_as_later("he met then-President Bush")


@pytest.mark.model
def test_abbe_is_a_title_before_a_name():
    found = people("Abbé Apollinaire Malu Malu, the head of the electoral commission, said the vote would go ahead.", "2006-07-05")
    assert "Apollinaire Malu Malu" in found


@pytest.mark.model
def test_the_day_before_the_model_tagged_in_part_counts_from_the_day_told_before():
    text = ("Junichiro Koizumi held talks with Islam Karimov in Tashkent on Tuesday. The day before, in Astana, Koizumi "
            "and Kazakh President Nursultan Nazarbayev signed a joint statement on cooperation in uranium mining, a deal "
            "that officials said would help secure fuel for the country's reactors.")
    found = [(m.date, m.location) for m in meetings(text, "2006-08-30") if m.kind == "signing"]
    assert found == [("2006-08-28", "Astana")]


@pytest.mark.model
def test_only_a_call_on_someone_to_do_something_is_an_appeal():
    text = "Junichiro Koizumi and Nursultan Nazarbayev signed a statement on uranium mining for the country's reactors."
    assert [m.kind for m in meetings(text, "2006-08-30")] == ["signing"]
    assert meetings("Junichiro Koizumi called on Nursultan Nazarbayev to open the uranium mines.", "2006-08-30") == []


@pytest.mark.model
def test_those_joined_at_a_summit_among_others_attend_it():
    text = ("Southern African leaders meeting in Johannesburg on Sunday failed to persuade Zimbabwe's rival parties to sign "
            "a power-sharing deal. South African President Thabo Mbeki, who took over the rotating chairmanship of the "
            "Southern African Development Community at the summit, was joined by Robert Mugabe, Mozambique's Armando "
            "Guebuza and Tanzania's Jakaya Kikwete, among others.")
    assert sides(text, "2008-08-18") == [["Armando Guebuza", "Jakaya Kikwete", "Robert Mugabe", "Thabo Mbeki"]]


@pytest.mark.model
def test_a_town_named_with_a_hyphen_after_a_town_word_keeps_its_whole_name():
    doc = annotate("The summit was held in the Saudi desert town of Al-Ula. Leaders met in the Croatian town of Vukovar.", "2021-01-07")
    assert [(p.text, p.country) for p in doc._.bl_places if p.label == "GPE"] == [("Al-Ula", "SAU"), ("Vukovar", "HRV")]


@pytest.mark.model
def test_a_surname_shared_by_a_leader_and_his_minister_is_the_leader():
    text = ("Indian Prime Minister Manmohan Singh met Pakistani President Pervez Musharraf in New York on Friday. The talks "
            "were prepared by Foreign Minister Natwar Singh. On Tuesday, Singh had joined Brazil's Luiz Inácio Lula da "
            "Silva at a meeting in New York.")
    found = {m.text: m.canonical for m in annotate(text, "2004-09-25")._.bl_people if m.text == "Singh"}
    assert found == {"Singh": "Manmohan Singh"}


@pytest.mark.model
def test_a_summit_set_off_after_what_was_agreed_is_where_and_when_they_agreed():
    text = ("The Shanghai Cooperation Organisation agreed on Friday to begin admitting Iran as a full member, at a summit "
            "in the Tajik capital Dushanbe.")
    found = [(m.kind, m.date, m.referenced, m.location) for m in meetings(text, "2021-09-18")]
    assert found == [("summit", "2021-09-17", False, "Dushanbe")]


@pytest.mark.model
def test_where_borders_meet_is_geography_not_a_meeting():
    text = ("The presidents of Guinea, Sierra Leone and Liberia agreed on Friday to isolate the forested border region "
            "where their three countries meet, the centre of the outbreak, at an emergency summit in Conakry.")
    assert [(m.kind, m.location) for m in meetings(text, "2014-08-02")] == [("summit", "Conakry")]


@pytest.mark.model
def test_a_chiefly_title_before_a_name_the_model_took_for_an_organisation_is_stripped():
    found = people("Tonga's new envoy, Ratu Semisi Example, presented his credentials on Monday.", "2013-03-06")
    assert "Semisi Example" in found and not any(name.startswith("Ratu") for name in found)


@pytest.mark.model
def test_talks_after_which_news_came_are_the_news_of_its_days():
    text = ("Jacques Chirac left Madrid on Tuesday evening with a deal on a high-speed rail line. The announcement came "
            "after the French president held talks with Spanish Prime Minister José María Aznar at the Moncloa Palace.")
    assert [(m.referenced, m.date) for m in meetings(text, "2003-10-01")] == [(False, "2003-09-30")]


@pytest.mark.model
def test_the_subject_of_a_meeting_verb_after_after_is_its_side_when_the_parse_hung_it_on_after():
    text = ("Australia and New Zealand agreed on Monday to ease travel sanctions on Fiji. The decision was announced after Fiji's foreign "
            "minister, Ratu Inoke Kubuabola, sat down with his Australian and New Zealand counterparts at Admiralty House in "
            "Sydney for the first ministerial talks since the coup.")
    assert placed(text, "2012-08-01") == [(["Bob Carr", "Inoke Kubuabola", "Murray McCully"], "2012-07-30", "Sydney")]


@pytest.mark.model
def test_a_visit_someone_is_barred_from_is_no_meeting():
    text = "Fijian ministers would no longer be barred from visiting Australia, Prime Minister Julia Gillard said."
    assert meetings(text, "2012-08-01") == []


@pytest.mark.model
def test_a_summit_told_by_its_countries_and_then_by_its_leaders_is_one_meeting_of_the_leaders():
    text = ("Leaders of Russia, Ukraine, Belarus and Kazakhstan gathered in Minsk on Tuesday with senior European Union "
            "officials for a summit on trade and energy.\n\nBelarusian President Alexander Lukashenko played host to "
            "Vladimir Putin of Russia, Nursultan Nazarbayev of Kazakhstan and Ukraine's Petro Poroshenko, while the EU was "
            "represented by its foreign policy chief, Catherine Ashton.\n\nHours before the summit opened, Ukraine's "
            "security service released a video.")
    assert placed(text, "2014-08-27") == [(["Alexander Lukashenko", "Catherine Ashton", "Nursultan Nazarbayev", "Petro Poroshenko",
                                            "Vladimir Putin"], "2014-08-26", "Minsk")]


@pytest.mark.model
def test_him_in_a_where_clause_with_a_subject_of_its_own_is_the_main_clause_subject():
    text = ("Government spokesman Alfred Mutua said Beijing would fund rural roads. Hu Jintao began the week in Morocco, "
            "where King Mohammed VI received him in Rabat.")
    assert sides(text, "2006-04-29") == [["Hu Jintao", "Mohammed VI of Morocco"]]


@pytest.mark.model
def test_counterparts_of_someone_the_knowledge_base_does_not_know_hold_the_office_the_text_gives_him():
    text = ("Fiji's foreign minister, Inoke Kubuabola, sat down with his Australian and New Zealand counterparts in Sydney "
            "on Monday for the first three-way ministerial talks since the coup.")
    assert placed(text, "2012-08-01") == [(["Bob Carr", "Inoke Kubuabola", "Murray McCully"], "2012-07-30", "Sydney")]


@pytest.mark.model
def test_a_gathering_hosted_and_attended_is_the_summit_told_again():
    text = ("Ariel Sharon and Mahmoud Abbas announced a halt to attacks on Tuesday, at their first summit in four years.\n\n"
            "The gathering at the Egyptian resort of Sharm el-Sheikh was hosted by President Hosni Mubarak and attended by "
            "King Abdullah II of Jordan.")
    assert placed(text, "2005-02-09") == [(["Abdullah II of Jordan", "Ariel Sharon", "Hosni Mubarak", "Mahmoud Abbas"], "2005-02-08",
                                           "Sharm el-Sheikh")]


@pytest.mark.model
def test_talks_a_summit_came_days_after_are_dated_back_from_the_summit_and_are_no_summit():
    text = ("Ariel Sharon and Mahmoud Abbas announced a halt to attacks on Tuesday, at a summit in Sharm el-Sheikh.\n\n"
            "The summit came two days after US Secretary of State Condoleezza Rice held talks with Sharon in Jerusalem.")
    found = sorted((sorted(m.participants), m.kind, m.date) for m in meetings(text, "2005-02-09"))
    assert found == [(["Ariel Sharon", "Condoleezza Rice"], "talks", "2005-02-06"), (["Ariel Sharon", "Mahmoud Abbas"], "summit", "2005-02-08")]


@pytest.mark.model
def test_a_private_meeting_after_a_session_is_the_news_not_background():
    text = ("Ariel Sharon and Mahmoud Abbas announced a halt to attacks on Tuesday. After the formal session the Israeli and "
            "Palestinian leaders withdrew for a private meeting of about 40 minutes.")
    assert [(m.referenced, m.date) for m in meetings(text, "2005-02-09")] == [(False, "2005-02-08")]


@pytest.mark.model
def test_she_after_a_semicolon_is_no_side_of_a_summit_told_again_before_it():
    text = ("Ariel Sharon and Mahmoud Abbas met at a summit in Sharm el-Sheikh on Tuesday. The summit came two days after US "
            "Secretary of State Condoleezza Rice held talks with Sharon in Jerusalem; a day later she crossed into the West "
            "Bank to see the Palestinian leader in Ramallah.")
    summits = [sorted(m.participants) for m in meetings(text, "2005-02-09") if m.kind == "summit"]
    assert summits == [["Ariel Sharon", "Mahmoud Abbas"]]


@pytest.mark.model
def test_a_meeting_told_in_the_perfect_as_held_many_times_has_no_day():
    text = ("Kenyan President William Ruto met Joe Biden on Thursday. Ruto has sat down with Secretary of State Antony "
            "Blinken on several occasions to discuss the mission. He also spoke several times by telephone with Blinken.")
    found = sorted((m.kind, m.date, m.referenced) for m in meetings(text, "2024-05-24") if "Antony Blinken" in m.participants)
    assert found == [("call", "2024-05-23", False), ("talks", None, True)]


@pytest.mark.model
def test_a_meeting_on_the_second_day_of_a_visit_is_the_day_after_the_arrival():
    text = ("Egyptian President Mohamed Morsi arrived in Beijing on Tuesday on his first state visit to China. On the second "
            "day of his visit, Morsi held talks with his host, President Hu Jintao, at the Great Hall of the People.")
    assert ("2012-08-29", ["Hu Jintao", "Mohamed Morsi"]) in [(m.date, sorted(m.participants)) for m in meetings(text, "2012-08-30")]


@pytest.mark.model
def test_a_meeting_hours_after_the_opening_session_is_of_the_day_the_summit_opened():
    text = ("Leaders of the Pacific Islands Forum opened their annual summit in the Tongan capital Nuku'alofa yesterday. "
            "Australia, whose Prime Minister John Howard called an election on Sunday, was represented by Foreign Minister "
            "Alexander Downer. Hours after the opening session, New Zealand's Helen Clark and Downer spent 45 minutes with Fiji's "
            "Frank Bainimarama, pressing him to hold elections.")
    talks = [(m.date, sorted(m.participants)) for m in meetings(text, "2007-10-17") if m.kind != "summit"]
    assert talks == [("2007-10-16", ["Alexander Downer", "Frank Bainimarama", "Helen Clark"])]


@pytest.mark.model
def test_leaders_due_to_gather_are_a_meeting_and_the_kazakh_capital_is_astana():
    text = ("Leaders of the SCO member states, among them Russian President Vladimir Putin and Uzbek President Islam Karimov, "
            "are due to gather in the Kazakh capital on Tuesday.")
    assert placed(text, "2005-07-04") == [(["Islam Karimov", "Vladimir Putin"], "2005-07-05", "Astana")]


@pytest.mark.model
def test_a_president_elect_is_not_the_president():
    found = people("Indonesia's president-elect, Prabowo Subianto, wound up a tour of East Asia on Wednesday.", "2024-04-04")
    assert "Joko Widodo" not in found and "Prabowo Subianto" in found


@pytest.mark.model
def test_a_day_the_model_ran_on_past_a_comma_is_still_read():
    text = ("François Hollande was sworn in as President of France at the Élysée Palace yesterday, ending seventeen years "
            "of right-wing presidents, and named Jean-Marc Ayrault as his prime minister.\n\nHours later, he was in Berlin "
            "for a working dinner with German Chancellor Angela Merkel at the Chancellery.")
    assert placed(text, "2012-05-16") == [(["Angela Merkel", "François Hollande"], "2012-05-15", "Berlin")]


@pytest.mark.model
def test_a_spouse_at_a_state_dinner_is_no_side():
    text = ("In the evening, Joe Biden and First Lady Jill Biden hosted a state dinner at the White House for Kenyan "
            "President William Ruto and his wife, Rachel Ruto.")
    assert sides(text, "2024-05-24") == [["Joe Biden", "William Ruto"]]


@pytest.mark.model
def test_talks_on_the_eve_of_a_summit_are_no_part_of_it():
    text = ("Pervez Musharraf shook hands with Atal Bihari Vajpayee at the opening of the SAARC summit in Kathmandu today. "
            "On the eve of the summit, Vajpayee held talks in the Nepalese capital with his host, Prime Minister Sher "
            "Bahadur Deuba.")
    found = sorted((m.kind, m.date, sorted(m.participants)) for m in meetings(text, "2002-01-05"))
    assert ("talks", "2002-01-04", ["Atal Bihari Vajpayee", "Sher Bahadur Deuba"]) in found


@pytest.mark.model
def test_a_meeting_the_lede_dates_takes_the_one_town_of_the_lede():
    text = ("The Colombian government and the FARC signed a ceasefire in Havana yesterday, ending decades of war.\n\n"
            "President Juan Manuel Santos and the FARC commander Rodrigo Londoño shook hands after signing the texts, with "
            "Cuban President Raúl Castro standing between them.")
    assert placed(text, "2016-06-24") == [(["Juan Manuel Santos", "Raúl Castro", "Rodrigo Londoño"], "2016-06-23", "Havana")]


@pytest.mark.model
def test_sides_a_passive_of_representing_lists_again_without_its_verb():
    text = ("Talks between Ethiopia and Somalia ended in Ankara on Tuesday without an agreement.\n\nThe two days of "
            "negotiations were chaired by Turkish Foreign Minister Hakan Fidan. Ethiopia was represented by its foreign "
            "minister, Taye Atske Selassie, and Somalia by his counterpart, Ahmed Moalim Fiqi.")
    assert sides(text, "2024-08-14") == [["Ahmed Moalim Fiqi", "Hakan Fidan", "Taye Atske Selassie"]]


@pytest.mark.model
def test_a_forum_that_convenes_is_a_summit_of_the_delegations_listed_next_and_meetings_after_it_closed_are_its_day():
    text = ("US Secretary of State Hillary Clinton signed the pact on Wednesday in Phuket. The ASEAN Regional Forum, the "
            "only security gathering in the region that includes North Korea, convened the following day. Among the 27 "
            "delegations were China's Yang Jiechi and Sergei Lavrov of Russia. After the forum closed, Thai Prime "
            "Minister Abhisit Vejjajiva held talks with Clinton.")
    found = sorted((m.kind, m.date, sorted(m.participants)) for m in meetings(text, "2009-07-24"))
    assert found == [("summit", "2009-07-23", ["Sergey Lavrov", "Yang Jiechi"]),
                     ("talks", "2009-07-23", ["Abhisit Vejjajiva", "Hillary Clinton"])]


@pytest.mark.model
def test_the_members_a_panel_is_said_to_include_are_sides_of_its_meeting_and_a_role_after_its_verb_is_no_title():
    text = ("An African Union panel led by Jacob Zuma arrived in Tripoli yesterday, months after the uprising against "
            "Moammar Gadhafi began. The panel, which also included Mali's President Amadou Toumani Touré and "
            "Congo-Brazzaville's Denis Sassou Nguesso, met the Libyan leader for several hours at his Bab al-Azizia compound.")
    talks = [sorted(m.participants) for m in meetings(text, "2011-04-11") if m.kind == "talks"]
    assert talks == [["Amadou Toumani Touré", "Denis Sassou Nguesso", "Muammar Gaddafi"]]


@pytest.mark.model
def test_a_meeting_the_day_after_an_arrival_no_meeting_tells_is_the_next_day():
    text = ("Barack Obama became the first sitting US president to set foot in Cuba in 88 years when Air Force One touched "
            "down in Havana on Sunday afternoon.\n\nThe day after he arrived, Obama sat down with his host, President Raúl "
            "Castro, at the Palace of the Revolution.")
    assert placed(text, "2016-03-22") == [(["Barack Obama", "Raúl Castro"], "2016-03-21", "Havana")]


@pytest.mark.model
def test_the_last_president_to_visit_is_not_the_one_in_office():
    text = ("Barack Obama landed in Havana on Sunday. The last American president to visit the island, Calvin Coolidge, "
            "sailed to Havana in 1928.")
    assert ["Calvin Coolidge", "Cuba"] in sides(text, "2016-03-22")
    assert not any("Barack Obama" in s and "Calvin Coolidge" in s for s in sides(text, "2016-03-22"))


@pytest.mark.model
def test_the_envoy_of_a_country_is_the_visitor_of_that_country_named_before():
    text = ("Iran's foreign minister, Manouchehr Mottaki, ended a two-day visit to Tajikistan on Thursday. On the first day "
            "of his stay in Dushanbe the Iranian envoy was received by President Emomali Rakhmonov.")
    assert ["Emomali Rahmon", "Manouchehr Mottaki"] in sides(text, "2006-05-19")


@pytest.mark.model
def test_the_parties_of_a_court_case_and_a_riding_are_no_people():
    found = people("The Supreme Court has overturned Roe vs. Wade, Senator Sam Brownback said. The Brandon-Souris riding "
                   "is a large riding.", "2007-10-30")
    assert found == {"Sam Brownback"}


@pytest.mark.model
def test_two_who_first_met_at_an_inauguration_met_in_the_month_that_term_began():
    text = ("Pervez Musharraf arrived in New Delhi on Sunday. The Indian PM and Musharraf first met when both went to "
            "Tehran for the inauguration of Mahmoud Ahmadinejad.")
    found = [(sorted(m.participants), m.date, m.location, m.referenced) for m in meetings(text, "2006-04-18")]
    assert (["Manmohan Singh", "Pervez Musharraf"], "2005-08", "Tehran", True) in found


@pytest.mark.model
def test_a_common_word_after_a_name_ends_it_but_a_particle_or_a_hyphenated_part_does_not():
    assert people("DS: You would not want another Karen Ann Quinlan situation?:NS: That was a famous case.",
                  "2007-03-01") == {"Karen Ann Quinlan"}
    assert people("Kim Jong-il received Ahmed Mohamed ag Hamani.", "2004-03-17") == {"Kim Jong Il", "Ahmed Mohamed ag Hamani"}


@pytest.mark.model
def test_a_meeting_after_a_funeral_is_of_the_day_another_sentence_gives_the_funeral():
    text = ("Thai Prime Minister Thaksin Shinawatra and Malaysian Prime Minister Abdullah Ahmad Badawi met briefly in Jakarta after "
            "the funeral of former Indonesian president Suharto, who died on Sunday.\n\nThe funeral was held on Monday in Solo, "
            "Central Java. Suharto's successor stayed away from the ceremony, citing the 12 January floods.")
    assert placed(text, "2008-01-30") == [(["Abdullah Ahmad Badawi", "Thaksin Shinawatra"], "2008-01-28", "Jakarta")]


@pytest.mark.model
def test_a_gathering_of_several_days_that_ended_on_a_day_began_that_many_days_before():
    text = ("Ministers of the Nordic states met in Reykjavik for a three-day conference that closed on Thursday, with Finland's "
            "Matti Vanhanen and Sweden's Fredrik Reinfeldt attending.")
    assert [m.date for m in meetings(text, "2009-06-06")] == ["2009-06-02"]


@pytest.mark.model
def test_he_after_and_is_the_one_sent_when_no_person_is_the_subject_before():
    text = ("The coast guard detained the Korean survey crew of captain Park Chul-soo last week. Seoul has dispatched Vice Foreign "
            "Minister Yu Myung-hwan to Tokyo to protest, and he will meet Foreign Minister Taro Aso on Monday.")
    assert sides(text, "2006-04-20") == [["Taro Aso", "Yu Myung-hwan"]]


@pytest.mark.model
def test_he_is_the_subject_of_what_a_closing_reporting_verb_reports_not_its_appositive():
    text = ("UN Secretary-General Kofi Annan met Israeli Prime Minister Ariel Sharon in Jerusalem on Monday. Annan, whom Secretary "
            "of State Condoleezza Rice briefed by telephone, was given an hour with Sharon and his deputy, Ehud Olmert, officials "
            "said.\n\nLater on Monday he met Palestinian President Mahmoud Abbas in Ramallah.")
    assert (["Kofi Annan", "Mahmoud Abbas"], "2005-03-14", "Ramallah") in placed(text, "2005-03-15")


@pytest.mark.model
def test_he_after_a_sentence_with_no_subject_is_not_the_one_named_in_its_relative_clause():
    text = ("Kyrgyz President Kurmanbek Bakiyev opened the session on Monday.\n\nThe warming owes much to Bakiyev, who ousted "
            "Askar Akayev in 2005. During his 2006 visit to Astana, he and Nursultan Nazarbayev agreed to open the border.")
    assert sides(text, "2007-03-14") == [["Kurmanbek Bakiyev", "Nursultan Nazarbayev"]]


@pytest.mark.model
def test_a_surname_the_model_ran_into_a_date_is_still_the_person():
    text = ("Kazakh President Nursultan Nazarbayev hosted Uzbek President Shavkat Mirziyoev in Astana on Friday.\n\nOnly last "
            "week Mirziyoev was in Dushanbe, where he and President Emomali Rahmon signed a water accord.")
    assert ["Emomali Rahmon", "Shavkat Mirziyoyev"] in sides(text, "2018-03-16")
    assert ["Emomali Rahmon", "Nursultan Nazarbayev"] not in sides(text, "2018-03-16")


@pytest.mark.model
def test_a_meeting_someone_was_due_at_on_a_weekday_is_the_nearer_such_day():
    text = ("Turkish Prime Minister Recep Tayyip Erdogan left Berlin on Monday with German backing for his country's bid, and "
            "was due in London for talks with British Prime Minister Tony Blair at Downing Street on Tuesday.")
    found = [(sorted(m.participants), m.date, m.referenced) for m in meetings(text, "2005-10-03")]
    assert (["Recep Tayyip Erdoğan", "Tony Blair"], "2005-10-04", True) in found


@pytest.mark.model
def test_a_town_the_parse_hangs_on_what_was_signed_is_where_it_was_signed():
    text = ("Uruguayan President Tabaré Vázquez and Paraguayan President Nicanor Duarte signed a package of energy and river "
            "agreements in the northern Uruguayan city of Salto on 3 June, pledging to deepen integration.")
    assert placed(text, "2007-06-14") == [(["Nicanor Duarte", "Tabaré Vázquez"], "2007-06-03", "Salto")]


@pytest.mark.model
def test_one_meeting_with_two_people_is_one_meeting_of_its_day_not_of_the_next_step():
    text = ("The Colombian team, led by Foreign Minister María Ángela Holguín, began its visit on Monday with a meeting at the "
            "Foreign Ministry with Foreign Minister Nicolás Maduro and Vice President Elías Jaua, then kept negotiating with "
            "Venezuelan officials on Tuesday and Wednesday until a deal was reached.")
    found = [(sorted(m.participants), m.date) for m in meetings(text, "2010-09-17")]
    assert (["Elías Jaua", "María Ángela Holguín", "Nicolás Maduro"], "2010-09-13") in found


@pytest.mark.model
def test_the_one_an_after_clause_does_something_else_to_is_no_side():
    text = ("Prime Minister John Key and his Fijian counterpart held talks in Auckland last week, less than a month after he "
            "defeated Helen Clark in the election.")
    assert sides(text, "2008-12-06") == [["Frank Bainimarama", "John Key"]]


def test_a_call_merged_with_a_meeting_told_beside_it_is_still_held_nowhere():
    from core.pipeline.meetings import Meeting
    from core.pipeline.merge import merge_within_article

    def told(kind, location, sentence):
        return Meeting(["Kevin Rudd", "Susilo Bambang Yudhoyono"], ["AUS", "IDN"], location, "2013-07-18", "day", kind,
                       False, "Rudd spoke with Yudhoyono.", 0, 10, 0.7, sentence)

    [call] = merge_within_article([told("call", None, 3), told("call", "Port Moresby", 4)], "2013-07-20")
    assert call.location is None


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The foreign ministers of India and Pakistan met in New York on Monday.", ["Pranab Mukherjee", "Shah Mehmood Qureshi"]),
    ("The Japanese and South Korean prime ministers met in Tokyo on Monday.", ["Han Seung-soo", "Yasuo Fukuda"]),
])
def test_a_plural_role_of_several_countries_names_each_countrys_holder(text, expected):
    assert sides(text, "2008-07-29") == [expected]


@pytest.mark.model
def test_heads_of_state_said_loosely_of_a_country_whose_other_leader_is_named_stay_that_country():
    text = ("Romanian Prime Minister Călin Popescu-Tăriceanu and Ukrainian President Viktor Yushchenko arrived in Chișinău on "
            "Wednesday. Last night, Moldovan President Vladimir Voronin hosted a dinner in honour of the Romanian and "
            "Ukrainian heads of state.")
    assert not any("Traian Băsescu" in s for s in sides(text, "2007-06-15"))


@pytest.mark.model
def test_talks_an_after_phrase_measures_are_the_news():
    text = ("Indian Foreign Minister Pranab Mukherjee and his Bangladeshi counterpart Dipu Moni failed to agree on a "
            "water-sharing formula after more than six hours of talks in Dhaka on Monday.")
    assert [(m.date, m.referenced) for m in meetings(text, "2009-09-08")] == [("2009-09-07", False)]


@pytest.mark.model
def test_the_late_king_is_the_former_one_of_a_country_the_article_names():
    text = ("Kuwait and Saudi Arabia signed a border accord on Sunday. The late King Abdullah had backed the plan since "
            "2012, officials in Riyadh said.")
    assert people(text, "2016-04-10") == {"Abdullah of Saudi Arabia"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Bill and Hillary Clinton attended the dinner in Little Rock.", {"Bill Clinton", "Hillary Clinton"}),
    ("Historians recalled the lynching of the brothers Johan and Cornelis de Witt in 1672.", {"Johan de Witt", "Cornelis de Witt"}),
])
def test_a_first_name_joined_to_a_full_name_shares_its_family_name(text, expected):
    assert people(text, "2006-04-10") == expected


@pytest.mark.model
def test_streets_bays_zoos_and_founders_companies_are_no_people_and_tanaiste_is_a_title():
    text = ("The march went down Avenida Simón Bolívar in Caracas. The refinery near Nelson Mandela Bay will "
            "be built by Tom Ford International. Li Keqiang later visited Adelaide Zoo. In Dublin, Tánaiste Simon Coveney "
            "cautioned that a deal was not yet done.")
    assert people(text, "2018-11-10") == {"Li Keqiang", "Simon Coveney"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "town"), [
    # the model tagged no nationality in "the Turkmen capital"
    ("Hu Jintao had arrived in the Turkmen capital on Sunday and held talks with Gurbanguly Berdymukhamedov at the "
     "presidential palace.", "2009-12-15", "Ashgabat"),
    # a seat of government named before the building word ("the La Moneda palace")
    ("Hu Jintao held talks with Chilean President Ricardo Lagos at the La Moneda palace on Thursday.", "2004-11-22", "Santiago"),
])
def test_a_capital_told_by_its_nationality_or_its_seat_of_government_is_the_meetings_town(text, published, town):
    assert {where for _, _, where in placed(text, published)} == {town}


@pytest.mark.model
def test_with_hung_on_the_town_and_a_hyphenated_name_the_model_took_for_a_group():
    text = ("Kazakhstan's new president, Kassym-Jomart Tokayev, held talks yesterday in the Uzbek capital with President "
            "Shavkat Mirziyoyev.")
    assert placed(text, "2019-04-16") == [(["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2019-04-15", "Tashkent")]


@pytest.mark.model
def test_him_in_the_next_sentence_is_not_the_subject_of_an_after_clause():
    text = ("Kassym-Jomart Tokayev, the Senate speaker, took the oath in Astana. Tokayev became head of state on 20 March after "
            "Nursultan Nazarbayev unexpectedly resigned. Kyrgyz President Sooronbay Jeenbekov was among the first foreign "
            "leaders to telephone him that day.")
    assert sides(text, "2019-04-16") == [["Kassym-Jomart Tokayev", "Sooronbay Jeenbekov"]]


@pytest.mark.model
def test_a_place_the_parse_hangs_on_the_one_met_is_where_they_met():
    text = ("President Hamid Karzai, who discussed the case with President George W. Bush at the White House in May, has "
            "promised to crush the militias.")
    assert [m.location for m in meetings(text, "2006-07-15")] == ["Washington"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The row came at the close of a long session in which Venezuela's Hugo Chávez called Colombia's Álvaro Uribe a liar "
     "and Uribe accused Chávez's government of links with the rebels.", []),
    ("Bolivian President Evo Morales called Chilean President Michelle Bachelet an hour later.", [["Evo Morales", "Michelle Bachelet"]]),
])
def test_calling_someone_a_name_is_no_call(text, expected):
    assert sides(text, "2008-03-08") == expected


@pytest.mark.model
def test_each_one_met_in_turn_is_met_in_the_town_written_after_them():
    text = ("Javier Solana is due to meet Lebanese Prime Minister Fouad Siniora in Beirut on Monday and Syrian President "
            "Bashar al-Assad in Damascus on Tuesday.")
    assert sorted(placed(text, "2006-09-02")) == [(["Bashar al-Assad", "Javier Solana"], "2006-09-05", "Damascus"),
                                                  (["Fouad Siniora", "Javier Solana"], "2006-09-04", "Beirut")]


@pytest.mark.model
def test_a_meeting_where_the_trip_came_from_was_before_it():
    text = ("Chinese President Hu Jintao arrived in Abuja yesterday. Hu came to Nigeria from Morocco, where he was received "
            "by King Mohammed VI.")
    found = {tuple(sorted(m.participants)): (m.date, m.referenced) for m in meetings(text, "2006-04-27")}
    assert found[("Hu Jintao", "Mohammed VI of Morocco")] == (None, True)


@pytest.mark.model
def test_signatures_put_to_a_treaty_are_a_signing_and_a_bodys_summit_is_no_town():
    text = ("Estonian Foreign Minister Urmas Paet and his Russian counterpart Sergey Lavrov put their signatures to the two "
            "border treaties in Moscow yesterday.")
    assert [(m.kind, m.date, m.location) for m in meetings(text, "2005-05-19")] == [("signing", "2005-05-18", "Moscow")]
    text = "While at the AU summit, UN Secretary-General Ban Ki-moon says he discussed the deployment with Sudanese President Omar al-Bashir."
    assert [m.location for m in meetings(text, "2008-02-07")] == [None]


@pytest.mark.model
def test_the_second_day_of_a_planned_visit_is_the_day_after_it_begins():
    text = ("US President Barack Obama will travel to Moscow next Monday for his first summit with Russian President Dmitry "
            "Medvedev, the White House said today. Obama will also have breakfast with Prime Minister Vladimir Putin on the "
            "second day of the visit, officials said.")
    assert (["Barack Obama", "Vladimir Putin"], "2009-07-07", "Moscow") in placed(text, "2009-06-30")


@pytest.mark.model
def test_a_town_named_like_an_international_body_is_that_body():
    text = ("Ghana's John Kufuor and Nigeria's Olusegun Obasanjo met in Accra on Wednesday. The two leaders last met in Abuja, "
            "when Kufuor attended the Commonwealth heads of government meeting.")
    assert not any("Philippines" in s for s in sides(text, "2004-06-10"))


@pytest.mark.model
def test_a_town_the_model_cut_before_its_particle_is_joined_again():
    text = ("Brazilian President Luiz Inácio Lula da Silva and Argentine President Néstor Kirchner met in Puerto Iguazú "
            "yesterday. The two leaders last met at the Summit of the Americas in Mar del Plata in November, which was also "
            "attended by US President George W. Bush.")
    assert "Mar del Plata" in {where for _, _, where in placed(text, "2005-12-01")}


@pytest.mark.model
def test_the_countrys_minister_is_the_one_a_role_named_before():
    text = ("The Japanese foreign minister held talks with his Chinese counterpart in Beijing today. Before flying home, the "
            "Japanese minister will call on Premier Wen Jiabao.")
    assert ["Katsuya Okada", "Wen Jiabao"] in sides(text, "2009-09-28")


@pytest.mark.model
def test_a_country_glued_to_a_name_the_model_cut_in_two_is_cut_off():
    text = ("Denmark Anders Fogh Rasmussen, the Prime Minister of Denmark, said on Tuesday that he will seek broad support "
            "for a referendum on the euro.")
    found = people(text, "2008-11-07")
    assert "Anders Fogh Rasmussen" in found and not any(name.startswith("Denmark") for name in found)


@pytest.mark.model
def test_quotation_marks_are_no_part_of_a_name():
    assert not any('"' in name for name in people('Nader spoke of taxation under "King George IV" in a speech on Monday.'))


@pytest.mark.model
def test_coming_to_a_place_is_a_visit_coming_to_power_is_not():
    assert sides("Last month, Daniel Ortega, the president of Nicaragua, came to Iran.", "2007-07-02") == [["Daniel Ortega", "Iran"]]
    assert sides("Evo Morales came to power in Bolivia in 2006, and talks came to an end in Paris.", "2007-07-02") == []


@pytest.mark.model
def test_a_town_in_the_quotation_a_sentence_opens_with_is_not_where_the_trip_went():
    text = "“All eyes will be on Istanbul,” said Murilo Portugal, Deputy Managing Director at the IMF, on a recent trip to Turkey."
    assert [where for _, _, where in placed(text, "2009-10-06")] == ["Turkey"]


@pytest.mark.model
def test_a_dateline_dash_is_no_part_of_the_name_after_it():
    found = annotate("New York - Carly Fiorina was ousted by the board of directors of Hewlett-Packard on Tuesday.", "2005-02-09")
    assert [m.text for m in found._.bl_people] == ["Carly Fiorina"]


@pytest.mark.model
def test_talks_in_one_town_take_no_host_from_a_sentence_set_in_another():
    text = ("Iranian Foreign Minister Mohammad Javad Zarif held talks in Baghdad yesterday, completing a regional tour. "
            "Zarif began the trip in Kuwait City on Sunday, where he was received by the emir, Sheikh Sabah Al-Ahmad Al-Jaber "
            "Al-Sabah. He flew on to Doha the next day and met his Qatari counterpart, Khalid bin Mohammad Al Attiyah. In "
            "Baghdad he saw Foreign Minister Ibrahim al-Jaafari.")
    found = placed(text, "2015-07-29")
    assert (["Ibrahim al-Jaafari", "Mohammad Javad Zarif"], "2015-07-28", "Baghdad") in found
    assert not any(where == "Baghdad" and "Sabah Al-Ahmad Al-Jaber Al-Sabah" in who for who, _, where in found)


@pytest.mark.model
def test_the_two_presidents_are_the_last_two_presidents_named_not_the_ministers_just_named():
    text = ("Edward Snowden, the former contractor, is still in Moscow. Barack Obama and Vladimir Putin discussed the Snowden "
            "affair in a telephone conversation on 12 July. Secretary of "
            "State John Kerry and Defense Secretary Chuck Hagel will hold talks with Sergei Lavrov and Sergei Shoigu in "
            "Washington on Friday. The two presidents last met on the sidelines of the G8 summit in June.")
    found = sides(text, "2013-08-08")
    assert ["Barack Obama", "Vladimir Putin"] in found and found.count(["Barack Obama", "Vladimir Putin"]) == 2
    assert not any("Edward Snowden" in s for s in found)


@pytest.mark.model
def test_the_two_prime_ministers_are_the_heads_of_government_named_before():
    text = ("Catherine Ashton said the gap between Ivica Dacic and Hashim Thaci had become very narrow. In February she also "
            "hosted the two countries' presidents, Tomislav Nikolić and Atifete Jahjaga. Ashton will host another round with "
            "the two prime ministers in Brussels on 17 April.")
    assert ["Catherine Ashton", "Hashim Thaçi", "Ivica Dačić"] in [s[:3] for s in sides(text, "2013-04-03")]


@pytest.mark.model
def test_a_town_in_a_relative_clause_of_something_else_is_not_where_they_met():
    text = ("Barack Obama and Vladimir Putin last met on the sidelines of the G8 summit at the Lough Erne resort near "
            "Enniskillen in Northern Ireland in June, where they appeared tense and disagreed openly over the war in Syria.")
    assert [where for _, _, where in placed(text, "2013-08-08")] != ["Syria"]


@pytest.mark.model
def test_a_comment_after_a_comma_is_no_object_of_met():
    text = ("Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping met for about thirty minutes in Jakarta on "
            "Wednesday, the latest sign that relations between Asia's two largest economies are slowly thawing.")
    assert placed(text, "2015-04-23") == [(["Shinzo Abe", "Xi Jinping"], "2015-04-22", "Jakarta")]


@pytest.mark.model
def test_the_town_hung_on_how_long_they_talked_is_where_they_talked():
    text = "John Kerry and Bruno Rodríguez talked for more than two hours in a Panama City hotel on Thursday night."
    assert [where for _, _, where in placed(text, "2015-04-13")] == ["Panama City"]


@pytest.mark.model
def test_what_was_agreed_at_a_summit_does_not_make_the_summit_a_plan():
    text = ("The thaw began at the previous SAARC summit in Thimphu, Bhutan, last year, where Manmohan Singh and Yousaf Raza "
            "Gilani agreed that their foreign ministers should resume contacts.")
    assert [when for _, when, _ in placed(text, "2011-11-11")] == ["2010"]


@pytest.mark.model
def test_a_titled_short_name_of_one_country_is_not_a_later_full_name_of_another():
    text = ("Leaders of the six Gulf Arab states, including Saudi King Abdullah and the Emir of Qatar, opened their annual "
            "summit in Muscat on Monday. \"It is a crime,\" Yusuf bin Alawi bin Abdullah, Oman's minister responsible for "
            "foreign affairs, told reporters.")
    found = annotate(text, "2008-12-30")
    assert {m.canonical for m in found._.bl_people if m.text == "Abdullah"} == {"Abdullah of Saudi Arabia"}


@pytest.mark.model
def test_the_two_leaders_in_a_clause_after_a_call_are_its_caller_and_the_one_called():
    text = ("Kuwait's Emir, Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, and King Hamad bin Isa Al Khalifa of Bahrain were also "
            "in attendance. King Abdullah of Saudi Arabia arrived in Muscat on Sunday evening, hours after a telephone "
            "conversation with Egyptian President Hosni Mubarak in which, according to the official Saudi Press Agency, the "
            "two leaders agreed to press for an emergency meeting of Arab foreign ministers.")
    calls = [sorted(m.participants) for m in meetings(text, "2008-12-30") if m.kind == "call"]
    assert calls == [["Abdullah of Saudi Arabia", "Hosni Mubarak"]]


@pytest.mark.model
def test_who_an_after_clause_tells_of_is_no_side_and_its_days_count_back():
    text = ("Australian Prime Minister Kevin Rudd flew to Dili on Friday for talks with East Timor's Prime Minister, Xanana "
            "Gusmao, four days after rebel soldiers shot and critically wounded President José Ramos Horta.")
    found = placed(text, "2008-02-16")
    assert found and all(who == ["Kevin Rudd", "Xanana Gusmão"] and when == "2008-02-15" for who, when, _ in found)


@pytest.mark.model
def test_the_owner_of_a_thing_in_someones_description_is_no_side():
    from core.pipeline.clauses import owner_in_a_description

    doc = annotate("Ashton brought the two men, a former spokesman for Slobodan Milošević's party and a former rebel, together.")
    brought, owner = next(t for t in doc if t.lower_ == "brought"), next(t for t in doc if t.text == "Milošević")
    assert owner_in_a_description(owner, brought)
    doc = annotate("Bush paid a visit to Putin's residence in Sochi on Sunday.")
    visit, owner = next(t for t in doc if t.lower_ == "visit"), next(t for t in doc if t.text == "Putin")
    assert not owner_in_a_description(owner, visit)


@pytest.mark.model
def test_the_hosts_of_a_gathering_told_without_its_sides_attend_it():
    text = ("The heads of state and representatives of 89 Asian and African countries met this weekend in Bandung. The two "
            "co-hosts of the event were President Susilo Bambang Yudhoyono of Indonesia and President Thabo Mbeki of South "
            "Africa.")
    assert placed(text, "2005-04-26") == [(["Susilo Bambang Yudhoyono", "Thabo Mbeki"], "2005-04-23", "Bandung")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Leaders of the Shanghai Cooperation Organisation ended a two-day summit in Dushanbe yesterday.", "2014-09-13", "2014-09-11"),
    ("Malaysian Prime Minister Najib Razak wraps up a three-day visit to Vietnam today.", "2013-07-03", "2013-07-01"),
])
def test_a_gathering_of_several_days_that_someone_ended_is_dated_by_its_first_day(text, published, expected):
    assert [when for _, when, _ in placed(text, published)] == [expected]


@pytest.mark.model
def test_where_someone_else_was_meanwhile_is_not_where_they_met():
    text = ("On Saturday, while Kofi Annan was in Damascus, Russian Foreign Minister Sergei Lavrov met Arab League foreign "
            "ministers in Cairo.")
    assert [where for _, _, where in placed(text, "2012-03-11")] == ["Cairo"]


@pytest.mark.model
def test_who_prepared_a_meeting_is_no_side_of_it():
    text = ("The meeting was prepared by Colombia's Foreign Minister María Ángela Holguín and her Venezuelan counterpart "
            "Nicolás Maduro, who met in the border city of Cúcuta last week.")
    assert placed(text, "2011-04-11") == [(["María Ángela Holguín", "Nicolás Maduro"], "2011-04-04", "Cúcuta")]


@pytest.mark.model
def test_a_gathering_is_dated_by_the_day_its_own_relative_clause_says_it_opened():
    text = ("The two-day gathering, which opened on Wednesday, was hosted by Australian Prime Minister Kevin Rudd and "
            "attended by New Zealand's John Key.")
    assert [when for _, when, _ in placed(text, "2009-08-06")] == ["2009-08-05"]


@pytest.mark.model
def test_of_two_countries_named_as_often_the_article_is_about_the_one_named_first():
    text = ("Sri Lankan naval officers were attacked in Galle, Sri Lanka. The Indian Prime Minister, Rajiv Gandhi, was killed "
            "years ago by rebels in India. The presence of envoys from the U.S., Japan and Norway is expected at this week's "
            "government talks with the LTTE.")
    found = sides(text, "2006-10-18")
    assert any("Sri Lanka" in s and "Norway" in s for s in found)


@pytest.mark.model
def test_did_meet_on_friday_is_the_friday_just_gone():
    text = "Saeed Jalili did, however, meet separately with the Chinese delegation on the margins of the talks on Friday evening."
    assert [when for _, when, _ in placed(text, "2011-01-23")] == ["2011-01-21"]


@pytest.mark.model
def test_a_surname_with_its_particle_is_the_full_name_given_before():
    text = ("The IMF Managing Director Rodrigo de Rato announced the plan. Speaking in Washington, Mr. de Rato said "
            "growth was strong.")
    assert people(text, "2006-09-01") == {"Rodrigo Rato"}


@pytest.mark.parametrize("text", [
    "Saddam Hussein-era military chief Hussein Rashid Mohammed was sentenced.",
    "A Putin-backed candidate, Hussein Rashid Mohammed, won.",
])
@pytest.mark.model
def test_a_name_joined_to_a_word_by_a_hyphen_is_an_adjective_not_a_longer_name(text):
    assert not any("-" in name or name.endswith(("era", "backed")) for name in people(text, "2007-09-04"))
    assert "Hussein Rashid Mohammed" in people(text, "2007-09-04")


@pytest.mark.model
def test_a_magistrate_is_a_title_not_a_name():
    text = ("He was remanded in custody by Mr. D. Ramakrishna, Sixth Chief Metropolitan Magistrate. His lawyer asked the "
            "Magistrate to order a medical check.")
    assert people(text, "2009-01-12") == {"D. Ramakrishna"}


@pytest.mark.model
def test_initials_written_without_full_stops_begin_a_name():
    text = ("The Leader of the Opposition L K Exampani said the bombing was an attack on the nation. Columnist B G "
            "Vergheseman says it works. Mr. Exampani also met the police chief.")
    assert people(text, "2006-07-12") == {"L. K. Exampani", "B. G. Vergheseman"}


@pytest.mark.parametrize(("text", "expected"), [
    ("\"I came all the way for it,\" said Stephen Wellerby, a jobless contractor who waited with his dog.", {"Stephen Wellerby"}),
    ("Halliburton, a defence contractor, won the bid.", set()),
    ("Defence contractor Lockheed Martin won the bid.", set()),
])
@pytest.mark.model
def test_a_contractor_in_apposition_is_a_person_only_after_a_known_first_name(text, expected):
    assert people(text, "2008-02-04") == expected


@pytest.mark.model
def test_a_full_name_the_model_took_for_a_group_is_a_person_the_text_names_by_surname():
    text = ("This series continues now with Jackson Kirk Grimes of the United Fascist Union (UFU). Mr. Grimes dictated "
            "the answers to his party's spokeswoman.")
    assert people(text, "2008-01-25") == {"Jackson Kirk Grimes"}


@pytest.mark.model
def test_a_postal_box_is_no_name():
    assert people("Write the campaign:: United Example Union:: P.O. Box 2209:: Elkton, MD 21922-2209: Or call.", "2008-01-25") == set()


@pytest.mark.model
def test_a_city_whose_name_begins_with_the_keeps_it():
    text = "Park Geun-hye and Shinzo Abe met with President Barack Obama in The Hague on Tuesday."
    assert [where for _, _, where in placed(text, "2014-03-28")] == ["The Hague"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Egyptian President Mohamed Morsi arrived in Beijing on Tuesday on his first state visit. On the second day of "
     "his visit, Morsi was received at the Great Hall of the People, where he held talks with his host, President Hu "
     "Jintao.", "2012-08-30", [(["Hu Jintao", "Mohamed Morsi"], "2012-08-29", "Beijing")]),
    ("Argentine President Cristina Fernández de Kirchner ended a three-day trip to Brazil on Wednesday with a promise "
     "to review licences. Fernández landed in Brasília on Monday evening. The next day she was received by President "
     "Luiz Inácio Lula da Silva at the Planalto Palace.", "2009-11-19",
     [(["Cristina Fernández de Kirchner", "Luiz Inácio Lula da Silva"], "2009-11-17", "Brasília")]),
])
@pytest.mark.model
def test_a_journey_told_as_a_visit_is_the_talks_held_during_it(text, published, expected):
    assert placed(text, published) == expected


@pytest.mark.model
def test_a_signing_the_day_after_an_arrival_is_a_meeting_of_its_own():
    text = ("Australian Prime Minister Kevin Rudd flew into Port Moresby on Thursday, his first trip to the Pacific "
            "islands since taking office. Talks at Parliament House took up most of the afternoon. Sir Michael Somare "
            "said afterwards that the two countries had turned a page. This morning the two prime ministers returned to "
            "Parliament House to sign the Port Moresby Declaration.")
    assert sorted(when for _, when, _ in placed(text, "2008-03-07")) == ["2008-03-06", "2008-03-07"]


@pytest.mark.model
def test_a_dinner_on_the_evening_of_an_arrival_is_dated_by_the_arrival():
    text = ("Liberian President Ellen Johnson-Sirleaf, who arrived in Abuja on Tuesday for a three-day visit, held talks "
            "with her Nigerian counterpart Olusegun Obasanjo on the second day of her stay. Obasanjo had hosted a dinner "
            "in her honour at the presidential villa on the evening of her arrival, attended by ministers.")
    assert sorted(when for _, when, _ in placed(text, "2006-02-23")) == ["2006-02-21", "2006-02-22"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Besides Obama and Castro, they included Brazil's Dilma Rousseff.", {"Barack Obama", "Raúl Castro", "Dilma Rousseff"}),
    ("Besides Example, the delegation included Brazil's Dilma Rousseff.", {"Dilma Rousseff"}),
])
@pytest.mark.model
def test_a_word_opening_the_sentence_is_no_part_of_a_name(text, expected):
    assert people(text, "2015-04-12") == expected


@pytest.mark.model
def test_a_meeting_on_the_sidelines_is_held_where_the_summit_is():
    text = ("Leaders of the Group of 20 major economies ended a two-day summit in Seoul on Friday with a pledge on "
            "exchange rates. On the sidelines of the summit on Thursday, Lee Myung-bak held talks with U.S. President "
            "Barack Obama.")
    assert (["Barack Obama", "Lee Myung-bak"], "2010-11-11", "Seoul") in placed(text, "2010-11-13")


@pytest.mark.model
def test_a_name_that_heads_a_landform_word_is_a_place():
    text = ("Ban Ki-moon yesterday flew to King George Island to see the effects of warming. He also flew over the Collins "
            "glacier, which scientists say is retreating. US senators praised the trip.")
    assert people(text, "2007-11-11") == {"Ban Ki-moon"}


@pytest.mark.model
def test_first_before_the_next_step_of_the_day_orders_that_days_meetings():
    text = ("Egyptian President Hosni Mubarak held separate meetings with Israeli and Palestinian leaders in Sharm "
            "el-Sheikh on Tuesday. Mubarak first received Israeli Prime Minister Ehud Olmert, who was accompanied by "
            "Defence Minister Ehud Barak. The talks lasted two hours. In the afternoon the Egyptian leader welcomed "
            "Palestinian President Mahmoud Abbas.")
    olmert = [m for m in meetings(text, "2008-06-25") if sorted(m.participants) == ["Ehud Olmert", "Hosni Mubarak"]]
    assert olmert and all(not m.referenced and m.date == "2008-06-24" for m in olmert)
    assert [m.referenced for m in meetings("Bush first met Putin in Slovenia. Later they fell out over Iraq.", "2008-06-25")] == [True]


@pytest.mark.model
def test_a_meeting_discussed_but_not_arranged_is_none():
    text = ("An Israeli official said a three-way meeting between Hosni Mubarak, Ehud Olmert and Mahmoud Abbas had been "
            "discussed but was not arranged.")
    assert sides(text, "2008-06-25") == []


@pytest.mark.model
def test_attending_both_meetings_is_no_meeting_of_its_own():
    text = ("In the afternoon Hosni Mubarak welcomed Mahmoud Abbas. Egypt's intelligence chief, Omar Suleiman, attended "
            "both meetings. Later in the evening, Mubarak spoke by telephone with King Abdullah II of Jordan.")
    assert sorted(sides(text, "2008-06-25")) == [["Abdullah II of Jordan", "Hosni Mubarak"], ["Hosni Mubarak", "Mahmoud Abbas"]]


@pytest.mark.model
def test_a_ship_named_after_the_opening_article_is_no_person():
    assert people("The Sea Wolf sent a distress signal before it sank.", "2011-04-20") == set()
    assert people("The Sea Wolf sent a distress signal. The Sea Wolf had been operating for decades. Wolf sank.", "2010-12-28") == set()


@pytest.mark.model
def test_a_town_naming_a_thing_in_a_retelling_is_no_meeting_place():
    text = ("Hosni Mubarak received Ehud Olmert on Tuesday. The talks, which lasted about two hours, focused on the "
            "reopening of the Rafah crossing.")
    assert placed(text, "2008-06-25") == [(["Ehud Olmert", "Hosni Mubarak"], "2008-06-24", None)]


@pytest.mark.model
def test_a_negation_of_what_followed_the_meetings_does_not_undo_them():
    text = ("Ghanaian President John Kufuor held separate meetings with Mwai Kibaki and Raila Odinga in Nairobi earlier "
            "this month but could not persuade them to sit in the same room.")
    found = sides(text, "2008-01-25")
    assert ["John Kufuor", "Mwai Kibaki"] in found and ["John Kufuor", "Raila Odinga"] in found


@pytest.mark.model
def test_initials_glued_in_one_word_begin_a_name():
    text = ("Congress Party President Sonia Gandhi and the Leader of the Opposition L.K Exampani paid homage to the "
            "Mahatma at his memorial.")
    assert "L. K. Exampani" in people(text, "2006-10-03")


@pytest.mark.model
def test_the_country_a_visit_goes_to_is_the_one_the_article_is_about():
    # Wikinews, "Car bomb kills 15 in Pakistani anti-terror unit" (2007), CC BY 2.5
    text = ("15 elite commandos in the Pakistan anti-terror unit have been killed in a suicide car bomb attack.\n\nThe "
            "attack coincided with US Deputy Secretary of State John Negroponte visiting the country. The Special "
            "Operations Task Force was heavily involved in last month's storming of the Red Mosque in Islamabad, and is "
            "accused by Islamic extremists with links to Al-Qaeda and the Taliban of brutal conduct in the incident. The "
            "unit has also attacked terrorists near the border on which Osama bin Laden is thought to be hiding.")
    assert ["John Negroponte", "Pakistan"] in sides(text, "2007-09-15")


@pytest.mark.model
def test_a_meeting_on_the_sidelines_of_the_talks_the_lede_tells_is_of_their_day_however_far_on():
    text = ("Iran and six world powers held talks on Iran's nuclear programme in Almaty on Tuesday, the first such meeting "
            "in eight months. The six powers were represented by the European Union's foreign policy chief. The Iranian "
            "delegation was led by the secretary of its security council. A spokesman said the powers had offered to "
            "ease some sanctions. On the sidelines, Saeed Jalili held a separate meeting with Russian Deputy Foreign "
            "Minister Sergei Ryabkov.")
    assert placed(text, "2013-02-27") == [(["Saeed Jalili", "Sergei Ryabkov"], "2013-02-26", "Almaty")]


@pytest.mark.model
def test_a_day_in_a_relative_clause_set_off_by_commas_dates_another_event():
    text = ("Colombia and Venezuela agreed on Tuesday to restore diplomatic relations. The announcement came after "
            "President Juan Manuel Santos, who was sworn in on Saturday, received Venezuelan President Hugo Chávez in "
            "the city of Santa Marta. The two leaders talked for more than three hours.")
    assert placed(text, "2010-08-11") == [(["Hugo Chávez", "Juan Manuel Santos"], "2010-08-10", "Santa Marta")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. Congress passed the bill. The U.S response was slow. Veterans praised the G.I. Bill.", set()),
    ("When asked about the situation in Kenya, Bush said he has sent Secretary of State Condoleezza Rice to visit the "
     "country on Monday.", {"George W. Bush", "Condoleezza Rice"}),
])
@pytest.mark.model
def test_abbreviations_and_a_first_name_after_letters_are_no_initials(text, expected):
    assert people(text, "2008-02-16") == expected


@pytest.mark.model
def test_the_country_a_visit_goes_to_is_the_one_the_sentence_named_before():
    text = ("When asked about the situation in Kenya, Bush said he has sent Secretary of State Condoleezza Rice to visit "
            "the country on Monday.")
    assert sides("Bush began his trip to Africa today in Benin. " + text, "2008-02-16")[-1] == ["Condoleezza Rice", "Kenya"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A bilateral meeting between Álvaro Uribe and Hugo Chávez, which Argentine officials had tried to arrange, did "
     "not take place.", 0),
    ("A meeting between Álvaro Uribe and Hugo Chávez never happened.", 0),
    ("The talks between Álvaro Uribe and Hugo Chávez did not produce an agreement.", 1),
])
@pytest.mark.model
def test_a_meeting_that_did_not_take_place_is_none(text, expected):
    assert len(meetings(text, "2009-08-29")) == expected


@pytest.mark.model
def test_a_spanish_first_surname_before_de_is_a_surname_of_the_full_name():
    text = ("Brazilian President Dilma Rousseff travelled to Buenos Aires yesterday for talks with Argentine President "
            "Cristina Fernández de Kirchner. Argentine Cabinet Chief Aníbal Fernández said the visit showed that "
            "relations were good. Fernández will make a return visit to Brasília later this year, officials said.")
    assert ["Brazil", "Cristina Fernández de Kirchner"] in sides(text, "2011-02-01")


@pytest.mark.parametrize(("text", "expected"), [
    ("\"It is a good deal,\" said Ricardo Amaral, an energy analyst at a São Paulo brokerage.", {"Ricardo Amaral"}),
    ("Foreign ministers Aloysio Nunes of Brazil and Rodolfo Nin Novoa of Uruguay met in São Paulo.",
     {"Aloysio Nunes", "Rodolfo Nin Novoa"}),
])
@pytest.mark.model
def test_a_name_tagged_a_group_before_a_noun_for_a_person_and_a_name_before_of_its_country(text, expected):
    assert people(text, "2017-06-27") == expected


@pytest.mark.model
def test_talks_after_the_opening_days_sessions_are_of_the_day_the_summit_opened():
    text = ("Russian President Vladimir Putin left the Group of 20 summit in Brisbane on Sunday before the closing news "
            "conference. The two-day summit, which opened on Saturday, was hosted by Australian Prime Minister Tony Abbott "
            "and attended by US President Barack Obama and German Chancellor Angela Merkel. After the opening day's "
            "sessions, Putin held talks with Merkel for almost four hours at his hotel.")
    talks = [m for m in meetings(text, "2014-11-17") if sorted(m.participants) == ["Angela Merkel", "Vladimir Putin"]]
    assert [m.date for m in talks] == ["2014-11-15"]


@pytest.mark.model
def test_a_visit_to_a_country_is_the_meeting_with_its_host_that_day():
    text = ('The Indian foreign minister held talks with his Pakistani counterpart in Islamabad today, and the '
            'two sides signed a long-awaited agreement easing visa rules for travellers.\n\nThe ministers reviewed '
            'progress in the resumed dialogue on trade, terrorism and the disputed region of Kashmir. At a joint '
            'press conference after the talks, both said relations had improved markedly over the past year.\n\n"We'
            ' want to leave the past behind and build a relationship based on trust," the Pakistani minister told'
            ' reporters.\n\nBefore returning to New Delhi, the Indian minister, who is on a three-day visit to '
            'Pakistan, will call on President Asif Ali Zardari. The two foreign ministers last met in New Delhi '
            'in July 2011.')
    found = sides(text, "2012-09-08")
    assert ["Hina Rabbani Khar", "S. M. Krishna"] in found and ["Pakistan", "S. M. Krishna"] not in found


@pytest.mark.model
def test_the_owner_of_a_role_named_right_after_it_is_no_side():
    text = ("The alliance between the two countries was sealed in an agreement signed by Rousseff's predecessor, Luiz "
            "Inácio Lula da Silva, and Fernández's late husband, Néstor Kirchner.")
    assert sides(text, "2011-02-01") == [["Luiz Inácio Lula da Silva", "Néstor Kirchner"]]


@pytest.mark.parametrize(("written", "spaced"), [
    ("T.K. Wetherell", "T. K. Wetherell"), ("B G Example", "B. G. Example"), ("L.K Example", "L. K. Example"),
    ("John T.K. Example", "John T. K. Example"), ("U Nu", "U Nu"), ("Barack Obama", "Barack Obama"),
])
def test_initials_are_written_the_way_reference_works_write_them(written, spaced):
    from core.pipeline.initials import spaced_initials

    assert spaced_initials(written) == spaced
