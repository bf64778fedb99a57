import pytest

from core.pipeline.chrome import default_rules, recurring_lines
from core.pipeline.clean import clean_document, synthesise_title
from core.pipeline.paragraphs import split_paragraphs

STORY = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.",
    "The two leaders discussed a new gas pipeline and trade in agricultural goods, officials said.",
    "Trade between the two countries reached a record last year, according to customs data.",
]


def body(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize(
    "chrome",
    [
        "No time to read?",
        "Get a summary",
        "Loading Now",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Post Comment",
        "Back To Top",
        "Share this article",
        "Advertisement",
        "Follow us on Telegram",
        "Tags: Russia, China, energy",
        "© 2024 Example Media. All rights reserved.",
    ],
)
def test_clean_drops_chrome_lines(chrome):
    cleaned = clean_document(body(STORY[0], chrome, *STORY[1:]), title="Leaders meet")
    assert chrome not in cleaned.text
    assert all(sentence in cleaned.text for sentence in STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Next year, trade between the two countries is expected to grow by a fifth.",
        "Copyright disputes between the two countries have grown since 2019.",
        "Share prices of the gas companies rose after the announcement.",
        "Comments by the minister were criticised by the opposition.",
        "More than 40 agreements were signed during the visit.",
    ],
)
def test_clean_never_drops_story_sentences_that_resemble_chrome(sentence):
    cleaned = clean_document(body(*STORY, sentence), title="Leaders meet")
    assert sentence in cleaned.text


def test_clean_drops_previous_next_blocks_with_foreign_headlines():
    text = body(*STORY, "Previous article", "Ronaldo Scores Twice As United Beat City", "Next article", "Ten Recipes For Summer", "Back To Top")
    cleaned = clean_document(text, title="Leaders meet")
    assert "Ronaldo" not in cleaned.text and "Recipes" not in cleaned.text and "Next article" not in cleaned.text
    assert cleaned.text.endswith(STORY[-1])


def test_clean_block_ends_at_the_first_sentence():
    text = body(STORY[0], "Related", "Another Story Headline", STORY[1], STORY[2])
    cleaned = clean_document(text, title="Leaders meet")
    assert "Another Story Headline" not in cleaned.text
    assert all(sentence in cleaned.text for sentence in STORY)


def test_clean_drops_repeated_title():
    title = "Putin and Xi meet in Beijing"
    cleaned = clean_document(body(title, title, *STORY), title=title)
    assert title not in cleaned.text
    assert cleaned.title == title and not cleaned.title_inferred


def test_clean_takes_headline_first_line_as_title_and_drops_its_repeat():
    title = "Putin and Xi Meet in Beijing"
    cleaned = clean_document(body(title, title, *STORY))
    assert cleaned.title == title and not cleaned.title_inferred
    assert cleaned.text.startswith(STORY[0])


def test_clean_synthesises_a_title_from_the_lead_when_none_is_given():
    cleaned = clean_document(body(*STORY))
    assert cleaned.title_inferred
    assert cleaned.title == "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on…"
    assert cleaned.text.startswith(STORY[0])


@pytest.mark.parametrize("chrome_title", ["Loading Now", "Back To Top", "   "])
def test_clean_never_uses_a_chrome_line_as_title(chrome_title):
    cleaned = clean_document(body(*STORY), title=chrome_title)
    assert cleaned.title and cleaned.title.strip() != chrome_title.strip()


def test_clean_keeps_exact_and_near_duplicate_paragraphs_once():
    near = STORY[1].replace("officials said", "officials said .")
    cleaned = clean_document(body(*STORY, STORY[0], near, STORY[2]), title="Leaders meet")
    for sentence in STORY:
        assert cleaned.text.count(sentence) == 1
    assert len(cleaned.text.split("\n\n")) == 3


def test_clean_near_duplicate_keeps_the_longer_wording():
    short = (
        "The two leaders discussed a new gas pipeline, trade in agricultural goods, the financing of joint projects "
        "and the settlement of payments in national currencies, officials told reporters after the talks."
    )
    longer = short.replace("after the talks", "after the long talks")
    cleaned = clean_document(body(STORY[0], short, longer), title="Leaders meet")
    assert longer in cleaned.text and cleaned.text.count("gas pipeline") == 1


@pytest.mark.parametrize("repeat", ["Thank you.", "DS:", "Q:"])
def test_clean_keeps_short_repeated_lines_of_interviews(repeat):
    text = body(STORY[0], repeat, STORY[1], repeat, STORY[2])
    assert clean_document(text, title="Interview").text.count(repeat) == 2


def test_clean_marks_section_headings_and_keeps_them():
    heading = "Tourism between the two powers"
    cleaned = clean_document(body(STORY[0], heading, *STORY[1:]), title="Leaders meet")
    start = cleaned.text.index(heading)
    assert cleaned.headings == [start, start + len(heading)]


def test_clean_joins_hard_wrapped_paragraphs():
    wrapped = (
        "Russian President Vladimir Putin met Chinese President\n"
        "Xi Jinping in Beijing on Thursday to discuss gas supplies\n"
        "and a number of other questions of bilateral trade, the\n"
        "Kremlin said in a statement."
    )
    cleaned = clean_document(wrapped + "\n\n" + STORY[1], title="Leaders meet")
    assert "President Xi Jinping in Beijing on Thursday to discuss gas supplies and a number" in cleaned.text


def test_recurring_short_lines_of_one_site_are_chrome_but_rare_headings_are_not():
    docs = [("site", ["Subscribe to The Daily Brief", f"Story {i} sentence one is here.", "Background"]) for i in range(3)]
    docs += [("site", ["Subscribe to The Daily Brief", f"Other story {i} is told here."]) for i in range(4)]
    found = recurring_lines(docs)
    assert "subscribe to the daily brief" in found
    assert "background" not in found  # 3 of 7 documents: below the share that marks chrome
    rules = default_rules().with_recurring(found)
    cleaned = clean_document(body("Subscribe to The Daily Brief", *STORY), title="x", rules=rules)
    assert "Subscribe" not in cleaned.text


def test_recurring_rule_never_removes_sentences():
    docs = [("site", ["This article was written by staff reporters of our agency."]) for _ in range(10)]
    assert recurring_lines(docs) == frozenset()


def test_split_paragraphs_reads_markdown_headings():
    assert split_paragraphs("# Title\n\nBody text here.") == [("Title", True), ("Body text here.", False)]


@pytest.mark.parametrize(
    "lead, title",
    [
        ("MOSCOW (Reuters) - Russia and China signed a deal on Tuesday.", "Russia and China signed a deal on Tuesday"),
        ("Short lead.", "Short lead"),
        ("", "Untitled article"),
    ],
)
def test_synthesise_title(lead, title):
    assert synthesise_title(lead) == title


def test_clean_keeps_every_wikinews_sentence(wikinews_slice):
    from core.pipeline.paragraphs import key

    for article in wikinews_slice:
        cleaned = clean_document(article["text"], title=article["title"])
        kept = key(cleaned.text)
        for paragraph in article["text"].split("\n\n"):
            assert key(paragraph) in kept, (article["id"], paragraph[:80])


@pytest.mark.parametrize("payload", [
    "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAA" * 40,  # one long run
    "\n".join(["TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsuTWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu"] * 8),  # MIME lines
])
def test_an_embedded_base64_payload_is_left_out_and_the_text_around_it_kept(payload):
    cleaned = clean_document(body(STORY[0], "", payload, "", STORY[1], STORY[2]))
    assert cleaned.text == "\n\n".join(STORY)
    assert [rule for _, rule in cleaned.removed].count("binary-payload") == 1


def test_long_words_of_prose_and_urls_are_no_payload():
    text = body(STORY[0], "See https://example.org/" + "a-long-path/" * 40 + " for more.", STORY[1])
    assert "binary-payload" not in [rule for _, rule in clean_document(text).removed]


def test_a_near_repeat_is_found_among_many_paragraphs_by_the_word_pairs_it_shares():
    others = [f"Delegates from country number {i} discussed tariffs on item {i} with officials of port {i} today." for i in range(300)]
    original = "The finance minister said the new budget would raise spending on schools and hospitals by ten percent."
    repeat = original.replace("ten percent", "ten per cent")
    cleaned = clean_document("\n\n".join([original, *others, repeat]), title="Budget")
    assert cleaned.text.count("finance minister") == 1
    assert ("The finance minister said the new budget would raise spending on schools and hospitals by ten percent.",
            "near-duplicate-paragraph") in cleaned.removed
