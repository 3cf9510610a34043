"""php_dump: a dump cut short ends where its shape ends (dump-shape-end); the article after it stays."""
import pytest

from cleaners.builtin.php_dump import PhpDump

from ..conftest import run_cleaner
from . import cuts, texts

CUT_SHORT = {
    "en": ("Council approves budget for road repairs", "Library opens a second reading room",
           "The ferry will run twice a day from May, the operator said."),
    "pl": ("Rada miasta przyjęła budżet na remonty dróg", "Biblioteka otwiera drugą czytelnię",
           "Prom będzie kursował dwa razy dziennie od maja (tak podał przewoźnik)."),
    "el": ("Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό", "Η βιβλιοθήκη ανοίγει δεύτερη αίθουσα",
           "Το πλοίο θα εκτελεί δύο δρομολόγια την ημέρα από τον Μάιο { είπε ο διαχειριστής."),
}


def _cut_short(one: str, two: str) -> str:
    body = (f'[0]=> array(2) {{ ["name"]=> string({len(one.encode())}) "{one}" ["hits"]=> int(812) }} '
            f'[1]=> array(2) {{ ["name"]=> string({len(two.encode())}) "{two}" ["hi')
    return f"array(4) {{ {body}"


@pytest.mark.parametrize("code", sorted(CUT_SHORT))
def test_a_dump_cut_short_does_not_take_the_paragraphs_after_it(code):
    one, two, para = CUT_SHORT[code]
    dump = _cut_short(one, two)
    doc = run_cleaner(PhpDump, f"{para}\n\n{dump}\n\n{para} 2\n\nThe last paragraph ({code}) of it.")
    assert texts(doc) == [para, f"{para} 2", f"The last paragraph ({code}) of it."]
    assert [rule for rule, _ in cuts(doc, "php_dump")] == ["var-dump"]
    assert [s["title"] for s in doc.metadata["related"]] == [one, two]


def test_a_dump_cut_short_over_wrapped_lines_and_blank_lines_goes_whole():
    lines = ["Array", "(", "    [0] => stdClass Object", "        (", "            [title] => Bridge reopens",
             "        )", "", "    [1] => stdClass Object", "        (", "            [title] => Mayor opens",
             "            [url] => /news/"]
    doc = run_cleaner(PhpDump, "\n".join(lines) + "\n\nRescue teams reached the village (at dawn.")
    assert texts(doc) == ["Rescue teams reached the village (at dawn."]
    assert [s["title"] for s in doc.metadata["related"]] == ["Bridge reopens", "Mayor opens"]


def test_a_closed_dump_with_blank_lines_inside_goes_whole():
    lines = ["Array", "(", "    [0] => one", "", "    [1] => two", "", ")"]
    doc = run_cleaner(PhpDump, "\n".join(lines) + "\n\nThe vote was held.")
    assert texts(doc) == ["The vote was held."]
    assert len(cuts(doc, "php_dump")) == 5


ESCAPED = {
    "de": ("Neue Buslinie verbindet Täler ab Sommer", "Die Linie fährt ab Juni stündlich, sagte der Landrat."),
    "ru": ("Мэрия открыла новый мост через реку", "Мост откроют для пешеходов в июне, сообщили в мэрии."),
    "hi": ("शहर में नया पुल खुला", "पुल जून में पैदल यात्रियों के लिए खुलेगा, अधिकारियों ने बताया।"),
}


def _escaped(title: str) -> str:
    """json_encode's text (slashes and non-ASCII escaped) printed in a dump with its quotes escaped."""
    import json
    payload = json.dumps([{"id": 7, "title": title, "url": "https://news.example.org/a/7"}]).replace("/", "\\/")
    return f'string({len(payload) - 9}) "' + payload.replace('"', '\\"') + '"'


@pytest.mark.parametrize("code", sorted(ESCAPED))
def test_an_escaped_json_encode_in_a_string_dump_is_read_and_cut(code):
    title, para = ESCAPED[code]
    dump = _escaped(title)
    doc = run_cleaner(PhpDump, f"{para}\n\n{dump}\n\n{para} {dump}\n\n{para}")
    assert texts(doc) == [para, para, para]
    assert [rule for rule, _ in cuts(doc, "php_dump")] == ["var-dump", "var-dump"]
    # (the story dumped twice is one story: metadata lists a link once, `metadata_lists`)
    assert [(s["title"], s["url"]) for s in doc.metadata["related"]] == [(title, "https://news.example.org/a/7")]


def test_an_escaped_quote_in_prose_that_holds_no_json_stays():
    text = 'In the log, string(9) "{\\"oops" came up twice, the engineer said.'
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == [text]
    assert doc.removed == ()
