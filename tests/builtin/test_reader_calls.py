import pytest

from cleaners.builtin.reader_calls import HEAD_BLOCKS, TAIL_BLOCKS, ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

BODY = SENTENCES["en"]


@pytest.mark.parametrize("line,language,rule", [
    ("If you enjoyed this post, you may want to subscribe to the Lighthouse Notes feed!", "en", "liked-this"),
    ("If you liked this article, enter your email below to get the next one.", "en", "liked-this"),
    ("Enjoyed this article? Share it with the other lighthouse keepers you know.", "en", "liked-this"),
    ("Wenn Ihnen dieser Artikel gefallen hat, abonnieren Sie unseren Feed.", "de", "liked-this"),
    ("Si vous avez aimé cet article, abonnez-vous au blog des phares.", "fr", "liked-this"),
    ("Follow us!", "en", "follow-alone"),
    ("Folgen Sie uns:", "de", "follow-alone"),
    ("Twitter: @harbournotes", "en", "social-handle"),
    ("Facebook: www.facebook.com/harbournotes", "en", "social-handle"),
    ("YouTube videos: youtube.com/user/harbournotes", "en", "social-handle"),
    ("ann.lee@harbournotes.example", "en", "contact-only"),
    ("twitter.com/annlee", "de", "contact-only"),
    ("ann.lee@harbournotes.example | @annlee", "fr", "contact-only"),
])
def test_calls_to_the_reader_at_the_foot_go(line, language, rule):
    text = SENTENCES[language]
    doc = run_cleaner(ReaderCalls, f"{text}\n\n{text}\n\n{line}", language=language)
    assert texts(doc) == [text, text] and cuts(doc, "reader_calls") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "If you enjoyed the concert, the orchestra plays again in the harbour hall on Friday.",   # not the text itself
    "If you liked this article, the editor said, you will like the next one.",               # reported
    "\"If you enjoyed this post, subscribe,\" the banner at the top of the old blog read.",   # quoted
    "Follow us through the valley to the old lighthouse, the guide told the group.",          # a sentence, reported
    "Follow the river to the old mill and turn left at the bridge.",                          # goes on
    "YouTube: the video that made the harbour famous",                                        # a label and words
    "Source: www.example.org/harbour-report",                                                 # no network's label
    "www.example.org/harbour-report",                                                         # no network's address
    "Write to ann.lee@harbournotes.example with your questions.",                             # words beside it
    "U.S.",                                                                                   # an abbreviation
])
def test_article_lines_that_look_like_calls_stay(line):
    doc = run_cleaner(ReaderCalls, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_a_call_far_from_the_foot_stays():
    line = "Twitter: @harbournotes"
    body = [BODY, line] + [f"{BODY} Paragraph {k}." for k in range(TAIL_BLOCKS)]
    doc = run_cleaner(ReaderCalls, "\n\n".join(body), language="en")
    assert texts(doc) == body and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Hat Ihnen dieser Artikel gefallen? Dann helfen Sie uns mit einer kleinen Spende.", "de"),
    ("If you enjoyed this article, please support our newsroom with a small donation.", "en"),
    ("Bu haberi beğendiyseniz küçük bir bağışla bize destek olun.", "tr"),
])
def test_a_liked_this_line_above_the_article_goes(line, language):
    text = SENTENCES[language]
    body = [f"{text} ({k})" for k in range(TAIL_BLOCKS + 2)]
    doc = run_cleaner(ReaderCalls, "\n\n".join(["€ 5", line] + body), language=language)
    assert texts(doc) == ["€ 5"] + body and cuts(doc, "reader_calls") == [("liked-this", line)]


@pytest.mark.parametrize("line", [
    "Twitter: @harbournotes",                                                                 # only liked-this at the top
    "\"If you enjoyed this post, subscribe,\" the banner at the top of the old blog read.",   # quoted
    "If you liked this article, the editor said, you will like the next one.",               # reported
])
def test_other_calls_and_quoted_or_reported_lines_above_the_article_stay(line):
    body = [f"{BODY} ({k})" for k in range(TAIL_BLOCKS + 2)]
    doc = run_cleaner(ReaderCalls, "\n\n".join([line] + body), language="en")
    assert texts(doc) == [line] + body and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("If you enjoyed this article, please pass it on to a friend.", "en"),
    ("Si te ha gustado este artículo, compártelo en tus redes.", "es"),
    ("이 기사가 유익했다면 주변에 널리 알려 주세요.", "ko"),
])
def test_a_short_liked_this_line_between_paragraphs_goes(line, language):
    text = SENTENCES[language]
    body = [f"{text} ({k})" for k in range(2 * TAIL_BLOCKS + 4)]
    mid = HEAD_BLOCKS + 2
    doc = run_cleaner(ReaderCalls, "\n\n".join(body[:mid] + [line] + body[mid:]), language=language)
    assert texts(doc) == body and cuts(doc, "reader_calls") == [("liked-this", line)]


@pytest.mark.parametrize("line", [
    "If you enjoyed this article, you will find that the council's second report, published a week later, "
    "goes much further in its criticism of the harbour board and of the way the ferry contracts were awarded.",
    "If you liked this article, the editor said, you will like the next one.",               # reported
])
def test_a_long_or_reported_liked_this_line_between_paragraphs_stays(line):
    body = [f"{BODY} ({k})" for k in range(2 * TAIL_BLOCKS + 4)]
    mid = HEAD_BLOCKS + 2
    doc = run_cleaner(ReaderCalls, "\n\n".join(body[:mid] + [line] + body[mid:]), language="en")
    assert texts(doc) == body[:mid] + [line] + body[mid:] and doc.removed == ()
