"""Comments pasted as a chat export, as social cards or as a word processor's comments (cleaners/builtin/
comment_thread/chats.py, rules `chat-export`, `social-card`, `doc-comment`), and articles that only look like them."""
import pytest

from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

ART = {
    "en": ["The harbour board voted on Tuesday to close the old ferry pier for repairs, after divers found cracks in "
           "two of its concrete pillars during a routine inspection last month.",
           "Ferries will dock at the cargo quay until the work is finished, which the board expects to take most of "
           "the summer, and a shuttle bus will run from the town centre."],
    "de": ["Der Hafenausschuss hat am Dienstag beschlossen, den alten Fähranleger zu sperren, nachdem Taucher Risse "
           "in zwei Betonpfeilern gefunden hatten.",
           "Die Fähren legen bis zum Ende der Arbeiten am Frachtkai an, und ein Pendelbus fährt vom Stadtzentrum."],
    "tr": ["Liman kurulu salı günü eski iskeleyi onarım için kapatma kararı aldı; dalgıçlar iki beton ayakta çatlak "
           "bulmuştu.",
           "Çalışmalar bitene kadar feribotlar yük rıhtımına yanaşacak ve şehir merkezinden servis otobüsü kalkacak."],
}
SAID = {"en": ["I use that ferry every day, the quay is a long walk.", "Good that they checked the pillars."],
        "de": ["Ich fahre jeden Tag mit der Fähre, der Kai ist weit.", "Gut, dass sie die Pfeiler geprüft haben."],
        "tr": ["Her gün o feribotu kullanıyorum, rıhtım çok uzak.", "İyi ki ayakları kontrol etmişler."]}
NAMES = ["Maria Lopez", "Tom B."]


def _run(code: str, thread: list[str], sep: str = "\n") -> object:
    return run_cleaner(CommentThread, "\n\n".join(ART[code] + [sep.join(thread)]), language=code)


@pytest.mark.parametrize("code", ["en", "de", "tr"])
@pytest.mark.parametrize("form,date", [("[{d}/03/2025, 14:0{d}] {n}: {t}", "2025-03-1{d}"),
                                       ("1{d}/03/2025, 09:1{d} - {n}: {t}", "2025-03-1{d}")])
def test_a_chat_export_after_the_article_becomes_comments(code, form, date):
    lines = [form.format(d=k + 1, n=n, t=t).replace("[1/", "[11/").replace("[2/", "[12/")
             for k, (n, t) in enumerate(zip(NAMES, SAID[code]))]
    doc = _run(code, lines)
    assert texts(doc) == ART[code]
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, SAID[code]))
    assert all(c.date and c.date.startswith("2025-03-1") for c in doc.comments)


@pytest.mark.parametrize("code", ["en", "de"])
def test_a_telegram_export_of_heads_over_messages_becomes_comments(code):
    lines = [f"{n}, [1{k}.03.25 14:0{k}]\n{t}" for k, (n, t) in enumerate(zip(NAMES, SAID[code]))]
    doc = _run(code, lines)
    assert texts(doc) == ART[code] and [c.author for c in doc.comments] == NAMES
    assert [c.text for c in doc.comments] == SAID[code] and doc.comments[0].date == "2025-03-10"


@pytest.mark.parametrize("code,controls,more", [
    ("en", "Reply · {k} likes", "    Show 5 more replies"),
    ("de", "Antworten · {k} Gefällt mir", "    5 weitere Antworten anzeigen"),
    ("tr", "Yanıtla · {k} beğeni", "    5 yanıtı daha göster"),
])
def test_social_cards_become_comments_and_their_controls_chrome(code, controls, more):
    lines = []
    for k, (n, t) in enumerate(zip(NAMES, SAID[code])):
        lines += [f"{n} (@{n.split()[0].lower()}{k}) · {k + 2}h", t, controls.format(k=k + 3)] + ([more] if k == 0 else [])
    doc = _run(code, lines)
    assert texts(doc) == ART[code]
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, SAID[code]))


def test_a_word_processors_comment_closing_the_body_becomes_a_comment():
    doc = _run("en", ["[a]Maria Lopez: Check the date of the vote with the board."])
    assert texts(doc) == ART["en"] and [(c.author, c.text) for c in doc.comments] == [
        ("Maria Lopez", "Check the date of the vote with the board.")]


@pytest.mark.parametrize("text", [
    "The skipper texted at [12/03/2025, 14:02] that the pier was closed, and the board met an hour later.",
    "[12/03/2025, 14:02] Maria Lopez: I am at the pier, it is closed.",            # one message: quoted evidence
    "Ann Lee (@annlee) · 3h",                                                      # a handle over nothing
    "[a]Maria Lopez: Check the date of the vote.\n\nThe board meets again in May to decide on the contract.",
    "Nach Angaben von Maria Lopez (@marialopez) soll die Arbeit im Mai beginnen, sagte sie am Dienstag der Zeitung.",
])
def test_a_message_quoted_in_the_article_stays(text):
    doc = run_cleaner(CommentThread, "\n\n".join(ART["en"] + [text]), language="en")
    assert all(part in texts(doc) for part in text.split("\n\n")) and not doc.comments
