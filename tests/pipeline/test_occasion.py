"""Sides a meeting word takes from the clause around it: the joint subject of the clause a meeting noun is the
occasion of, the other party of a signed pact, the named holder of an office that speaks after talks; and what
whole sentences say of a meeting: called off, or told twice with dates of different precision."""
from __future__ import annotations

import pytest

from tests.pipeline.test_mechanisms import meetings, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Russia signed an agreement with China on Tuesday.", ["China", "Russia"]),
    ("Australia signed a memorandum of understanding with Afghanistan on Tuesday.", ["Afghanistan", "Australia"]),
    ("Indonesia signed an extradition treaty with Singapore on Friday.", ["Indonesia", "Singapore"]),
])
def test_a_country_with_which_a_signed_pact_is_made_is_a_side(text, expected):
    assert expected in sides(text)


def test_a_phrase_of_a_signed_thing_that_is_no_pact_makes_no_side():
    assert sides("Russia signed a contract with the company in China.") == []


@pytest.mark.parametrize("text, expected", [
    ("Mexico and the United States agreed on a deal after talks in Washington on Tuesday.", ["Mexico", "United States"]),
    ("Angela Merkel and Nicolas Sarkozy agreed on new rules at their meeting in Berlin on Tuesday.",
     ["Angela Merkel", "Nicolas Sarkozy"]),
    ("Angela Merkel and Nicolas Sarkozy agreed on Tuesday after two days of talks in Berlin.",
     ["Angela Merkel", "Nicolas Sarkozy"]),
])
def test_the_joint_subject_of_a_clause_a_meeting_noun_is_the_occasion_of_met(text, expected):
    found = [m for m in meetings(text, "2007-06-20") if sorted(m.participants) == expected]
    assert found and not found[0].referenced  # the clause tells news: the talks just before it are news too


def test_a_single_subject_is_no_joint_occasion():
    assert sides("Angela Merkel criticised the plan after the meeting.", "2007-06-20") == []


def test_a_named_office_holder_who_speaks_after_talks_held_them():
    text = ("The UK Development Minister, Hillary Benn, announced the move after talks with Ethiopian Prime Minister "
            "Meles Zenawi in Addis Ababa.")
    assert sides(text, "2005-06-15") == [["Hilary Benn", "Meles Zenawi"]]


def test_a_distance_before_a_sequence_word_makes_background_but_a_thing_does_not():
    found = meetings("A year after the summit in Seoul, Vladimir Putin and Hu Jintao signed a treaty.", "2007-06-20")
    assert any(m.kind == "summit" and m.referenced for m in found)
    found = meetings("Angela Merkel announced the move after talks with Nicolas Sarkozy in Paris.", "2007-06-20")
    assert [(sorted(m.participants), m.referenced) for m in found] == [(["Angela Merkel", "Nicolas Sarkozy"], False)]


def test_the_speaker_of_a_participle_clause_after_a_meeting_met():
    text = ("Speaking after meeting Russian President Vladimir Putin in Sochi, German Chancellor Angela Merkel said "
            "energy ties were strong.")
    [found] = meetings(text, "2007-06-20")
    assert (sorted(found.participants), found.referenced, found.location) == (
        ["Angela Merkel", "Vladimir Putin"], False, "Sochi")


@pytest.mark.parametrize("text, expected", [
    ("Turkish Prime Minister Recep Tayyip Erdogan and Greek Prime Minister Costas Karamanlis shook hands in Ankara.",
     [["Kostas Karamanlis", "Recep Tayyip Erdoğan"]]),
    ("Israeli Prime Minister Ehud Olmert shook hands with Palestinian President Mahmoud Abbas on Tuesday.",
     [["Ehud Olmert", "Mahmoud Abbas"]]),
    ("The earthquake shook the houses in Ankara.", []),
])
def test_leaders_who_shake_hands_meet(text, expected):
    assert sides(text, "2007-06-20") == expected


@pytest.mark.parametrize("text", [
    "The summit between North Korean leader Kim Jong-il and South Korean President Roh Moo-hyun was postponed.",
    "Russian President Vladimir Putin called off the talks with Georgian President Mikheil Saakashvili.",
    "Chinese President Hu Jintao cancelled his meeting with Japanese Prime Minister Junichiro Koizumi.",
])
def test_a_meeting_called_off_was_not_held(text):
    assert sides(text, "2007-06-20") == []


@pytest.mark.parametrize("text, expected", [
    ("Hu Jintao and Kim Jong-il had dinner together in Pyongyang.", [["Hu Jintao", "Kim Jong Il"]]),
    ("Hu Jintao and Kim Jong-il had lunch together in Pyongyang.", [["Hu Jintao", "Kim Jong Il"]]),
    ("Hu Jintao and Kim Jong-il dined together in Pyongyang.", [["Hu Jintao", "Kim Jong Il"]]),  # the model's lemma: "din"
    ("Manmohan Singh huddled with Pakistani President Asif Ali Zardari in Yekaterinburg.", [["Asif Ali Zardari", "Manmohan Singh"]]),
])
def test_leaders_who_dine_or_huddle_together_meet(text, expected):
    assert sides(text, "2007-06-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("The government held talks with an IMF delegation in Colombo on Monday. Sri Lanka needs the loan. Sri Lanka's "
     "economy shrank.", [["IMF", "Sri Lanka"]]),
    ("The Chinese government held talks with the IMF on Monday. Sri Lanka needs the loan. Sri Lanka's economy shrank.",
     [["China", "IMF"]]),  # a government the text names
    ("The government held talks with the IMF on Monday. Loans from India and Japan were cut.", []),  # whose, untold
])
def test_the_government_unnamed_is_that_of_the_country_the_article_is_about(text, expected):
    assert sides(text, "2006-10-18") == expected


@pytest.mark.parametrize("text, expected", [
    ("Leaders of Brazil, Russia, India and China gathered in Yekaterinburg on Tuesday.", [["Brazil", "China", "India", "Russia"]]),
    ("Finance ministers from France and Germany convened in Brussels on Tuesday.", [["France", "Germany"]]),
    ("EU foreign ministers gathered in Brussels on Monday.", [["European Union"]]),  # the organisation's members
    ("Fans from India and Pakistan gathered in Yekaterinburg on Tuesday to watch the match.", []),  # no office-holders
    ("Indian and Pakistani officials gathered evidence on Tuesday.", []),  # gathering something
])
def test_office_holders_of_several_countries_who_gather_meet(text, expected):
    assert [sorted(s) for s in sides(text, "2009-06-17")] == expected


def test_one_meeting_told_twice_keeps_the_finer_date():
    text = ("The Secretary of State for Northern Ireland, Peter Hain, has announced that next month, the Prime Ministers "
            "of both Ireland and the United Kingdom will meet with the parties. Taoiseach Bertie Ahern and the British "
            "Prime Minister, Tony Blair, will meet at Hillsborough Castle, possibly on June 27, to hold talks.")
    [found] = meetings(text, "2006-05-27")
    assert (sorted(found.participants), found.date, found.date_precision) == (
        ["Bertie Ahern", "Tony Blair"], "2006-06-27", "day")


@pytest.mark.parametrize("text, expected", [
    ("US President George W. Bush sat down with Chinese President Hu Jintao in Beijing on Sunday.",
     [["George W. Bush", "Hu Jintao"]]),
    ("Indian Prime Minister Manmohan Singh paid a courtesy call on Japanese Emperor Akihito.", [["Akihito", "Manmohan Singh"]]),
    ("Russian Foreign Minister Sergei Lavrov exchanged views with his Chinese counterpart Li Zhaoxing in Beijing.",
     [["Li Zhaoxing", "Sergey Lavrov"]]),
    ("Pope Benedict XVI granted an audience to Russian President Vladimir Putin at the Vatican.",
     [["Pope Benedict XVI", "Vladimir Putin"]]),
    ("The Dalai Lama met US President George W. Bush at the White House on Wednesday.", [["14th Dalai Lama", "George W. Bush"]]),
    ("The two sides exchanged fire across the border.", []),
    ("Putin sat down in his chair with a smile.", []),
])
def test_more_ways_of_telling_a_meeting(text, expected):
    assert sides(text, "2007-06-20") == expected


def test_a_meeting_told_again_in_the_next_sentence_takes_its_day():
    text = ("Russian President Vladimir Putin and US President George W. Bush met in Kennebunkport. The meeting took "
            "place on Monday.")
    [found] = meetings(text, "2007-06-20")
    assert (found.date, found.date_precision) == ("2007-06-18", "day")
    text = "Putin and Bush met in Kennebunkport. Officials said on Monday that more talks would follow."
    assert all(m.date != "2007-06-18" for m in meetings(text, "2007-06-20"))


@pytest.mark.parametrize("text, place", [
    ("French President Emmanuel Macron held talks with Ghanaian President Nana Akufo-Addo in Accra on Thursday.", "Accra"),
    ("Papua New Guinea Prime Minister Peter O'Neill met Chinese President Xi Jinping in Port Moresby on Friday.",
     "Port Moresby"),
])
def test_a_city_the_model_left_untagged_after_a_place_preposition_is_where_they_met(text, place):
    [found] = meetings(text, "2017-12-01")
    assert found.location == place


@pytest.mark.parametrize("text, place", [
    ("UN Secretary-General Ban Ki-moon met Myanmar's junta leader Than Shwe in the new capital Naypyidaw on Friday.",
     "Naypyidaw"),  # the model tags it a product
    ("Colombian President Ivan Duque hosted the presidents of Peru, Ecuador and Bolivia in the Amazon city of Leticia "
     "on Friday for the signing of a pact.", "Leticia"),  # a town the gazetteer lacks, tagged as a person
    ("The foreign ministers of Greece and Macedonia signed an agreement on Sunday at a ceremony in the lakeside village "
     "of Psarades.", "Psarades"),
])
def test_a_town_the_model_mislabelled_or_a_town_word_introduces_is_where_they_met(text, place):
    [found] = meetings(text, "2018-06-18")
    assert found.location == place


def test_a_town_word_makes_a_place_only_of_the_name_right_after_its_of():
    from core.pipeline.nlp import load_nlp

    nlp = load_nlp()  # its entity pipe adds the places
    labels = {e.text: e.label_ for e in nlp("They met in the Amazon city of Leticia on Friday.").ents}
    assert labels.get("Leticia") == "GPE"
    labels = {e.text: e.label_ for e in nlp("They spoke of the people of Texas and the full capital of Reuters.").ents}
    assert labels.get("Texas") == "GPE" and labels.get("Reuters") != "GPE"
    labels = {e.text: e.label_ for e in nlp("The minister spoke to Warren at length.").ents}
    assert labels.get("Warren") == "PERSON"  # a city's name, but a person after "to"


def test_only_a_known_city_after_a_place_preposition_becomes_a_place():
    from core.knowledge import load_knowledge
    from core.pipeline.nlp import load_nlp
    from core.pipeline.untagged_places import untagged_places

    nlp, kb = load_nlp(), load_knowledge()
    for text, expected in [("The leaders met in Accra on Thursday.", ["Accra"]), ("The leaders met in Zorblatt on Thursday.", []),
                           ("Accra is growing fast.", [])]:
        doc = nlp(text)
        assert [e.text for e in untagged_places(doc, [], kb)] == expected
    doc = nlp("The leaders met in Accra on Thursday.")
    assert [(e.text, e.label_) for e in untagged_places(doc, list(doc.ents), kb) if e.text == "Accra"] == [("Accra", "GPE")]


def test_an_act_two_leaders_sign_is_a_pact():
    text = ("Argentine President Nestor Kirchner and Brazil's Luiz Inacio Lula da Silva signed the so-called Copacabana "
            "Act in Rio de Janeiro on Tuesday.")
    [found] = meetings(text, "2004-03-17")
    assert (found.kind, found.location) == ("signing", "Rio de Janeiro")


def test_a_summit_hosted_and_attended_by_leaders_has_them_all():
    text = ("Palestinian President Mahmoud Abbas and Israeli Prime Minister Ariel Sharon declared a halt to violence at a "
            "summit in Sharm el-Sheikh on Tuesday hosted by Egyptian President Hosni Mubarak and attended by Jordan's "
            "King Abdullah II.")
    [found] = meetings(text, "2005-02-09")
    assert (sorted(found.participants), found.location) == (
        ["Abdullah II of Jordan", "Ariel Sharon", "Hosni Mubarak", "Mahmoud Abbas"], "Sharm el-Sheikh")


def test_leaders_named_after_their_titles_shake_hands_together():
    text = ("US President Donald Trump and North Korean leader Kim Jong-un shook hands at the Capella hotel in Singapore "
            "on Tuesday.")
    assert any({"Donald Trump", "Kim Jong Un"} <= set(m.participants) for m in meetings(text, "2018-06-12"))


def test_talks_a_day_before_a_reception_have_the_received_visitor():
    text = ("Japanese Prime Minister Shinzo Abe was received by Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran on "
            "Thursday, a day after talks with President Hassan Rouhani.")
    assert ["Hassan Rouhani", "Shinzo Abe"] in sides(text, "2019-06-14")


def test_the_subject_of_a_coordinated_clause_who_refused_to_come_to_meet_is_no_side():
    text = ("Italian Prime Minister Giuseppe Conte held talks with Libyan commander Khalifa Haftar in Rome on Wednesday, but "
            "Fayez al-Sarraj, head of the UN-backed government in Tripoli, refused to come to Rome to meet him.")
    assert sides(text, "2020-01-09") == [["Giuseppe Conte", "Khalifa Haftar"]]


def test_a_weekday_run_into_a_purpose_clause_still_dates_the_signing():
    text = ("Chadian President Idriss Deby and Sudan's Omar al-Bashir signed an accord in Tripoli on Wednesday to end months "
            "of hostility between their countries.")
    [found] = meetings(text, "2006-02-09")
    assert (found.date, found.location) == ("2006-02-08", "Tripoli")


def test_one_meeting_told_twice_keeps_the_city_inside_the_country_either_gives():
    text = ("Russian President Vladimir Putin began a three-day state visit to China on Monday. Trade between the two "
            "countries has grown fast. Putin held talks with Chinese President Hu Jintao in Beijing.")
    [found] = meetings(text, "2007-06-20")
    assert (sorted(found.participants), found.location) == (["Hu Jintao", "Vladimir Putin"], "Beijing")


def test_a_venue_in_a_city_where_the_host_received_the_visitor_places_the_visit():
    text = ("Myanmar's President Thein Sein was received by Thai Prime Minister Yingluck Shinawatra at Government House in "
            "Bangkok on Monday.")
    [found] = meetings(text, "2012-07-24")
    assert found.location == "Bangkok"


def test_two_tellings_in_two_towns_are_two_meetings():
    text = ("French President Emmanuel Macron arrived in Lagos on Tuesday evening after talks with President Muhammadu "
            "Buhari in Abuja on security in the Sahel.")
    assert "Abuja" in {m.location for m in meetings(text, "2018-07-04")}


def test_the_two_men_who_first_met_earlier_are_the_sides_just_named():
    text = ("Japanese Prime Minister Junichiro Koizumi made a one-day visit to Pyongyang on Saturday and met Kim Jong-il. "
            "The two men first met in Pyongyang in September 2002.")
    found = [m for m in meetings(text, "2004-05-23") if m.referenced]
    assert [(sorted(m.participants), m.date) for m in found] == [(["Junichiro Koizumi", "Kim Jong Il"], "2002-09")]


@pytest.mark.parametrize("text, expected", [
    ("Iranian President Mahmoud Ahmadinejad held talks with Turkish President Abdullah Gul in Istanbul on Thursday, in a "
     "visit criticised by Israel and the United States.", [["Abdullah Gül", "Mahmoud Ahmadinejad"]]),
    ("Chinese President Hu Jintao held talks with Sudanese President Omar al-Bashir in Khartoum on Friday, urging Sudan to "
     "give the United Nations a greater role in ending the conflict.", [["Hu Jintao", "Omar al-Bashir"]]),
])
def test_who_judges_a_meeting_or_is_named_in_what_a_side_urged_is_no_side(text, expected):
    assert sides(text, "2008-08-15") == expected


def test_the_mediators_of_talks_take_part():
    text = ("Presidents Yoweri Museveni of Uganda and Paul Kagame of Rwanda met at the Gatuna border post on Friday in talks "
            "mediated by Angola's Joao Lourenco and Congolese President Felix Tshisekedi.")
    assert any({"Yoweri Museveni", "Paul Kagame", "João Lourenço", "Félix Tshisekedi"} <= set(m.participants)
               for m in meetings(text, "2020-02-22"))


def test_a_meeting_retold_in_the_next_sentence_takes_its_town():
    text = ("Afghan President Hamid Karzai met Pakistani President Pervez Musharraf on Wednesday and handed over a list. "
            "The talks in Islamabad lasted more than two hours.")
    [found] = meetings(text, "2006-02-16")
    assert found.location == "Islamabad"


def test_leaders_at_their_annual_retreat_meet():
    text = ("Malaysian Prime Minister Najib Razak and Singaporean Prime Minister Lee Hsien Loong agreed on the deal at their "
            "annual leaders' retreat in Singapore.")
    assert sides(text, "2010-05-25") == [["Lee Hsien Loong", "Najib Razak"]]


@pytest.mark.parametrize("text, published, expected", [
    ("Costa Rican President Oscar Arias met separately on Thursday with ousted Honduran President Manuel Zelaya and "
     "Roberto Micheletti, the leader installed after last month's coup.", "2009-07-10", {"2009-07-09"}),
    ("Indian Prime Minister Narendra Modi arrived in Bhutan on Sunday on his first foreign trip since taking office last "
     "month, holding talks with Prime Minister Tshering Tobgay in Thimphu.", "2014-06-16", {"2014-06-15"}),
    ("Egyptian President Mohamed Morsi arrived in Tehran on Thursday, the first visit by an Egyptian leader to Iran since "
     "1979, and held brief talks with President Mahmoud Ahmadinejad.", "2012-08-30", {"2012-08-30"}),
])
def test_a_date_of_another_event_in_the_sentence_does_not_date_the_meeting(text, published, expected):
    assert {m.date for m in meetings(text, published)} == expected


def test_a_meeting_told_as_coming_later_takes_the_day_before_it_never_the_next_sentences():
    text = ("Japanese Prime Minister Shinzo Abe pledged six new patrol boats to Vietnam on Monday during talks in Hanoi with "
            "his Vietnamese counterpart Nguyen Xuan Phuc. The two leaders also agreed to deepen cooperation. Abe later met "
            "Communist Party chief Nguyen Phu Trong. On Sunday Abe held talks with Indonesian President Joko Widodo.")
    dated = {tuple(sorted(m.participants)): m.date for m in meetings(text, "2017-01-17")}
    assert dated[("Nguyễn Phú Trọng", "Shinzo Abe")] == "2017-01-16"


def test_the_country_a_visit_is_to_an_ally_of_is_not_where_it_goes():
    text = ("Iranian President Hassan Rouhani held talks with Japanese Prime Minister Shinzo Abe in Tokyo on Friday, a rare "
            "visit by an Iranian leader to a close ally of the United States.")
    assert sides(text, "2019-12-21") == [["Hassan Rouhani", "Shinzo Abe"]]


def test_the_head_of_a_delegation_in_a_participle_clause_takes_part():
    text = "A Chinese delegation led by Vice Premier Wu Yi met US Treasury Secretary Henry Paulson on Monday."
    assert sides(text, "2007-10-14") == [["Hank Paulson", "Wu Yi"]]


def test_a_counsellor_title_is_no_part_of_the_name():
    text = "Myanmar's State Counsellor Aung San Suu Kyi held talks with Thai Prime Minister Prayut Chan-o-cha in Bangkok."
    assert sides(text, "2016-06-25") == [["Aung San Suu Kyi", "Prayut Chan-o-cha"]]


def test_negotiations_the_leaders_discussed_are_a_topic_not_their_meeting():
    text = ("King Abdullah II of Jordan paid a rare visit to the West Bank city of Ramallah on Monday, holding talks with "
            "Palestinian President Mahmoud Abbas. The two leaders discussed efforts to revive peace negotiations with Israel.")
    assert sides(text, "2011-11-22") == [["Abdullah II of Jordan", "Mahmoud Abbas"]]


def test_negotiations_discussed_by_leaders_named_in_full_are_a_topic_too():
    text = "Vladimir Putin and Hu Jintao discussed efforts to revive peace negotiations with Iran."
    assert sides(text, "2011-11-22") == [["Hu Jintao", "Vladimir Putin"]]


def test_the_next_sentence_names_the_sides_of_a_meeting_whose_sentence_only_says_it_ended():
    text = ("The two-day summit in Sochi ended on Friday. Russian President Vladimir Putin and Turkish President Recep "
            "Tayyip Erdogan agreed to extend the ceasefire.")
    [found] = meetings(text, "2009-03-07")
    assert (sorted(found.participants), found.location, found.date) == (
        ["Recep Tayyip Erdoğan", "Vladimir Putin"], "Sochi", "2009-03-05")  # the first of the two days, as a range
    # a sentence that names its own people keeps them; one that ended nothing takes no one from the next
    assert sides("The summit in Sochi was a success. Vladimir Putin and Recep Tayyip Erdogan agreed to extend the "
                 "ceasefire.", "2009-03-07") == []


def test_countries_that_are_the_subject_of_the_verb_a_meeting_verb_completes_are_its_sides():
    assert sides("Australia and New Zealand are expected to sign agreements with ASEAN on Tuesday.", "2004-11-30") == [
        ["ASEAN", "Australia", "New Zealand"]]


def test_an_organisation_met_through_its_staff_is_not_its_head_named_elsewhere():
    text = "IMF chief Dominique Strauss-Kahn spoke on Friday. Ukraine's Finance Minister Viktor Pynzenyk met with {} on Thursday."
    assert sides(text.format("an IMF team"), "2008-10-17") == [["IMF", "Viktor Pynzenyk"]]
    assert sides(text.format("the IMF"), "2008-10-17") == [["Dominique Strauss-Kahn", "Viktor Pynzenyk"]]


def test_a_pronoun_in_a_relative_clause_is_the_person_the_clause_is_about():
    text = ("Wang Zhaoguo presented the law to the congress. The timing comes at a delicate moment for U.S. Secretary "
            "of State Condoleezza Rice, who is making her first trip to China in a few days.")
    assert sides(text, "2005-03-15") == [["China", "Condoleezza Rice"]]


def test_a_report_made_at_a_meeting_dates_the_meeting():
    text = ('"We will offer duty-free access," the US trade representative announced at the WTO talks in Hong Kong '
            'Thursday.')
    assert [m.date for m in meetings(text, "2005-12-16")] == ["2005-12-15"]


@pytest.mark.parametrize("text, expected", [
    ("China inked a trade deal with Chile on Monday.", [["Chile", "China"]]),
    ("Russia and Ukraine sealed a gas agreement in Moscow on Monday.", [["Russia", "Ukraine"]]),
    ("India concluded a nuclear treaty with France on Monday.", [["France", "India"]]),
    ("The summit in Paris concluded on Monday.", []),  # a verb that takes other objects signs only a pact it names
    ("The parliament adopted the treaty with Russia on Monday.", []),
])
def test_verbs_that_conclude_a_pact_named_as_their_object_are_signings(text, expected):
    assert sides(text, "2004-11-30") == expected


def test_subjects_that_act_separately_each_meet_the_other_side_even_when_the_parse_breaks_a_name():
    text = ("Japanese Prime Minister Junichiro Koizumi and South Korean President Roh Moo-Hyun separately adopted "
            "accords with the 10-nation Association of Southeast Asian Nations.")
    assert sorted(sides(text, "2004-11-30")) == [["ASEAN", "Junichiro Koizumi"], ["ASEAN", "Roh Moo-hyun"]]


@pytest.mark.parametrize("text", [
    '"I met Hu Jintao in Beijing last week," Japanese Prime Minister Shinzo Abe told reporters on Monday.',
    'Japanese Prime Minister Shinzo Abe spoke on Monday. "I have met with Hu Jintao in Beijing," he said.',
    # the quotation runs on into the next sentence; "he" is the main subject before it, not the last one named
    'Japanese Prime Minister Shinzo Abe said on Monday that Chinese President Hu Jintao told him so. "I have met with '
    'the president of China. I will have more to say," he said.',
])
def test_i_in_a_quote_is_its_speaker(text):
    assert sides(text, "2008-05-29") == [["Hu Jintao", "Shinzo Abe"]]


@pytest.mark.parametrize("text", [
    "Another act is the planned visit of a trade delegation headed by Saudi Minister of Trade and Commerce Hashim "
    "Yamani, which will arrive in Finland next month.",
    "A trade delegation led by Saudi Trade Minister Hashim Yamani will arrive in Finland next month.",
])
def test_the_one_who_heads_a_delegation_is_as_close_to_its_visit_as_the_delegation(text):
    assert sides(text, "2007-10-20") == [["Finland", "Hashim Yamani"]]


@pytest.mark.parametrize("text, expected", [
    ("Chinese Premier Wen Jiabao spoke on Monday. There is the current visit of Indian naval Vice Admiral Yashwant "
     "Prasad to China during April 11-19.", [["China", "Yashwant Prasad"]]),
    ("Chinese Premier Wen Jiabao spoke on Monday. There is the current visit of Indian Prime Minister Manmohan Singh "
     "to China during April 11-19.", [["Manmohan Singh", "Wen Jiabao"]]),
])
def test_a_host_country_becomes_its_named_leader_only_for_a_visitor_the_text_gives_no_lower_office(text, expected):
    assert sides(text, "2005-04-18") == expected


def test_two_of_a_summits_participants_meeting_on_their_own_is_a_meeting_beside_it():
    text = ("Japanese Prime Minister Junichiro Koizumi attended the summit. North Korean President of Parliament Kim Yong "
            "Nam and South Korean Prime Minister Lee Hai-chan were among those attending the summit. The two are reported "
            "to have met and talked together for about 30 minutes on Saturday.")
    found = {(m.kind, tuple(sorted(m.participants))) for m in meetings(text, "2005-04-26")}
    assert found == {("summit", ("Junichiro Koizumi", "Kim Yong-nam", "Lee Hae-chan")), ("talks", ("Kim Yong-nam", "Lee Hae-chan"))}


def test_a_report_told_to_a_meeting_dates_it():
    text = "Sarkozy also told a joint news conference with Polish Prime Minister Donald Tusk on Wednesday that all was well."
    assert [m.date for m in meetings(text, "2008-05-29")] == ["2008-05-28"]


def test_a_meeting_told_in_a_quotation_takes_no_day_from_when_the_words_were_said():
    text = ('French President Nicolas Sarkozy spoke in Warsaw on Wednesday. "I\'ve met with Ukrainian President Viktor '
            'Yushchenko," he said.')
    [found] = meetings(text, "2008-05-29")
    assert sorted(found.participants) == ["Nicolas Sarkozy", "Viktor Yushchenko"] and found.date_precision != "day"


def test_a_pact_told_again_as_signed_in_someones_presence_is_the_signing_just_told():
    text = ("Nigerian President Olusegun Obasanjo and Cameroonian President Paul Biya signed an agreement on Monday under "
            "which Nigeria will withdraw its troops. The accord was signed at the Greentree estate in Manhasset, New York, "
            "in the presence of United Nations Secretary-General Kofi Annan.")
    [found] = meetings(text, "2006-06-13")
    assert (sorted(found.participants), found.location) == (["Kofi Annan", "Olusegun Obasanjo", "Paul Biya"], "Manhasset")


@pytest.mark.parametrize("text, place", [
    ("Ecuadorean President Rafael Correa and Colombian President Juan Manuel Santos held talks on Tuesday in the "
     "Ecuadorean border city of Tulcan.", "Tulcan"),
    ("Serbian President Boris Tadic met Croatian President Ivo Josipovic in the Croatian town of Vukovar on Thursday.",
     "Vukovar"),
])
def test_a_town_the_gazetteer_does_not_know_is_a_place_after_a_town_word_with_its_country(text, place):
    assert [m.location for m in meetings(text, "2010-11-05")] == [place]


def test_a_meeting_told_just_after_one_of_the_same_day_with_one_of_its_people_is_in_the_same_town():
    text = ("Iranian President Mahmoud Ahmadinejad held talks with Turkish President Abdullah Gul in Istanbul on Thursday. "
            "The two sides signed several agreements on security. Ahmadinejad also met Prime Minister Recep Tayyip "
            "Erdogan later on Thursday.")
    found = {tuple(sorted(m.participants)): m.location for m in meetings(text, "2008-08-15")}
    assert found[("Mahmoud Ahmadinejad", "Recep Tayyip Erdoğan")] == "Istanbul"


@pytest.mark.parametrize("text, expected", [
    ("Talks involving US President Barack Obama and Russian President Dmitry Medvedev took place in Prague on Thursday.",
     [["Barack Obama", "Dmitry Medvedev"]]),
    ("Talks involving Israel and Syria resumed in Washington on Tuesday.", [["Israel", "Syria"]]),
    ("A scandal involving Chinese officials broke on Monday.", []),
])
def test_those_a_meeting_is_said_to_involve_are_its_sides(text, expected):
    assert sides(text, "2010-04-09") == expected


def test_the_one_foreign_office_holder_of_the_next_sentence_that_speaks_of_the_talks_again_is_the_counterpart():
    text = "Putin held talks in the Kremlin on Monday. Chinese Premier Wen Jiabao said the talks were fruitful."
    assert sides(text, "2007-06-20") == [["Vladimir Putin", "Wen Jiabao"]]
    assert sides("Putin held talks in the Kremlin on Monday. Chinese Premier Wen Jiabao said trade grew.", "2007-06-20") == []


@pytest.mark.parametrize("text, expected", [
    ("British Prime Minister Tony Blair spoke to reporters in Dublin. Talks with Irish Taoiseach Bertie Ahern had been "
     "productive, he said.", [["Bertie Ahern", "Tony Blair"]]),
    # a meeting spoken of, with no counterpart after "with": the one who speaks of it meets nobody
    ("British Prime Minister Tony Blair spoke in Dublin. Bertie Ahern said he opposed talks about the border.", []),
    # two office-holders before it: which one met is not told
    ("Tony Blair and George W. Bush spoke in Dublin. Talks with Bertie Ahern had been productive.", []),
])
def test_the_one_foreign_office_holder_who_leads_the_sentence_before_is_the_counterpart_of_talks_with_someone(text, expected):
    assert sides(text, "2006-06-17") == expected


def test_talks_dated_by_the_sentence_before_are_in_its_one_town():
    [found] = meetings("British Prime Minister Tony Blair was in Dublin on Monday. A meeting with Bertie Ahern lasted "
                       "two hours.", "2006-06-17")
    assert (sorted(found.participants), found.date, found.location) == (["Bertie Ahern", "Tony Blair"], "2006-06-12", "Dublin")


def test_a_pronoun_after_the_possessor_of_the_sentences_subject_is_that_possessor():
    text = ("Finance Minister Harris Georgiades spoke on Monday. Sarris's resignation came shortly after he signed a "
            "rescue deal with the European Union and the IMF.")
    [found] = meetings(text, "2013-04-05")
    assert "Harris Georgiades" not in found.participants and {"European Union", "IMF"} <= set(found.participants)
