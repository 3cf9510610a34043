"""An embedded post's attribution and link lines (cleaners/builtin/_embed_post.py, read by reader_calls): the
signature "— Name (@handle) date", the widget's words (cleaners/lang ``embed_post``) and a lone picture link go,
anywhere in the body; the post's own text and sentences naming a handle stay."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."
MORE = ["The river rose by two metres overnight.", "Schools in the valley stay closed until Friday.",
        "The regional government promised emergency funds.", "Volunteers filled sandbags along the main road.",
        "Power returned to most homes by the evening.", "The weather service expects more rain next week.",
        "Farmers counted their losses in the lower fields.", "A bridge on the old road was closed to traffic.",
        "The mayor thanked the rescue teams in a statement."]


@pytest.mark.parametrize("line,language,rule", [
    ("— Jane Doe (@janedoe) March 3, 2024", "en", "embed-attribution"),
    ("— NASA (@NASA) April 8, 2024", "en", "embed-attribution"),
    ("— Anna Lehmann (@annalehmann) 3. März 2024", "de", "embed-attribution"),
    ("— Marie Dupont (@mdupont) 3 mars 2024", "fr", "embed-attribution"),
    ("— Ana García (@anagarcia) 3 de marzo de 2024", "es", "embed-attribution"),
    ("— Anna Nowak (@annanowak) 3 marca 2024", "pl", "embed-attribution"),
    ("A post shared by Jane Doe (@janedoe)", "en", "embed-attribution"),
    ("View this post on Instagram", "en", "embed-attribution"),
    ("Ein Beitrag geteilt von Anna Lehmann (@annalehmann)", "de", "embed-attribution"),
    ("Une publication partagée par Marie Dupont (@mdupont)", "fr", "embed-attribution"),
    ("Una publicación compartida por Ana García (@anagarcia)", "es", "embed-attribution"),
    ("Un post condiviso da Anna Rossi (@annarossi)", "it", "embed-attribution"),
    ("Uma publicação partilhada por Ana Silva (@anasilva)", "pt", "embed-attribution"),
    ("Een bericht gedeeld door Anna de Vries (@annadevries)", "nl", "embed-attribution"),
    ("Wyświetl ten post na Instagramie", "pl", "embed-attribution"),
    ("pic.twitter.com/AbC123XyZ", "en", "embed-link"),
    ("https://t.co/xYz987 pic.twitter.com/AbC123", "de", "embed-link"),
])
def test_an_embedded_post_s_attribution_line_goes_in_the_middle_of_the_body(line, language, rule):
    post = "The water is back in the old town tonight!"
    doc = run_cleaner(ReaderCalls, "\n\n".join([BODY, post, line] + MORE), language=language)
    assert texts(doc) == [BODY, post] + MORE
    assert cuts(doc, "reader_calls") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    ("— the mayor said on Tuesday, as the water rose.", "en"),
    ("She wrote as @janedoe (her old account) on March 3, 2024.", "en"),
    ("— Jane Doe (@janedoe) wrote that the council had known about the leak for years.", "en"),
    ("A post shared by thousands of residents on Tuesday demanded a new bridge.", "en"),
    ("Ein Beitrag geteilt von vielen Anwohnern forderte am Dienstag eine neue Brücke.", "de"),
    ("The photo is at pic.twitter.com/AbC123 according to the council.", "en"),
])
def test_a_sentence_naming_a_handle_or_the_widget_words_stays(line, language):
    doc = run_cleaner(ReaderCalls, "\n\n".join([BODY, line] + MORE), language=language)
    assert texts(doc) == [BODY, line] + MORE
