import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.builtin.post_furniture import PostFurniture

from ..conftest import run_cleaner, text_doc
from . import SENTENCES, cuts, texts

BODY = SENTENCES


def clean(code: str, line: str):
    return run_cleaner(PostFurniture, f"{BODY[code]}\n\n{line}", language=code)


@pytest.mark.parametrize("code,line,rule", [
    # post-template: the sentences blog software prints under a post
    ("en", "You can follow any responses to this entry through the RSS 2.0 feed. "
           "You can leave a response, or trackback from your own site.", "post-template"),
    ("en", "This entry was posted in Travel. Bookmark the permalink. Trackbacks are closed, but you can .",
     "post-template"),
    ("en", "Storms in the North was the previous entry in this blog.", "post-template"),
    # the date, time and categories sentence of the default theme before its template sentences
    ("en", "This entry was posted on Saturday, August 25th, 2012 at 12:23 am and is filed under Rivers, "
           "Weather Watch, Videos. You can follow any responses to this entry through the RSS 2.0 feed.",
     "post-template"),
    # the trackback list's opening line holds the post's title, any punctuation in it
    ("en", "Listed below are links to weblogs that reference Floods again.. Are we ready?:", "post-template"),
    ("de", "Dieser Eintrag wurde veröffentlicht in Reisen. Setze ein Lesezeichen auf den Permalink.", "post-template"),
    ("fr", "Ajouter aux favoris le permalien.", "post-template"),
    ("pl", "Komentarze są zamknięte.", "post-template"),
    # furniture-row: controls and counters only
    ("en", "Subscribe to: Post Comments (Atom)", "furniture-row"),
    ("en", "Permalink | Comments (3) | TrackBack (0)", "furniture-row"),
    ("en", "Email This BlogThis! Share to Twitter Share to Facebook", "furniture-row"),
    ("en", "No comments yet.", "furniture-row"),
    ("de", "Abonnieren: Kommentare zum Post (Atom)", "furniture-row"),
    ("fr", "Permalien | Commentaires (3) | Rétroliens (0)", "furniture-row"),
    ("ru", "Подписаться на: Комментарии к сообщению (Atom)", "furniture-row"),
    ("pt", "Assinar: Postar comentários (Atom)", "furniture-row"),
    ("pl", "Komentarze (3) | Dodaj komentarz", "furniture-row"),
    # a like button's label and its loading placeholder
    ("en", "Like this:", "furniture-row"),
    ("en", "Like Loading...", "furniture-row"),
    ("de", "Gefällt mir Wird geladen …", "furniture-row"),
    ("es", "Me gusta Cargando...", "furniture-row"),
    ("pl", "Lubię to:", "furniture-row"),
    # post-link: previous/next post
    ("en", "« Older Entries", "post-link"),
    ("en", "< Prev | Next >", "post-link"),
    ("en", "Next Page »", "post-link"),
    ("ru", "« Предыдущая запись | Следующая запись »", "post-link"),
    ("de", "Weiter »", "post-link"),
    # powered-by: the engine credit
    ("en", "Powered by Movable Type", "powered-by"),
    ("en", "Proudly powered by WordPress | Theme by Example Themes", "powered-by"),
    ("de", "Stolz präsentiert von WordPress", "powered-by"),
    ("fr", "Fièrement propulsé par WordPress", "powered-by"),
    ("ru", "Работает на WordPress", "powered-by"),
    ("el", "Λειτουργεί με Ωμέγα Πύλη", "powered-by"),                   # a name in Greek capitals (lines.CAPITAL)
    # post-meta: the post's meta line
    ("en", "Posted at 1:04 pm | Print | Permalink | Trackback | Comments (3)", "post-meta"),
    ("en", "Published on November 5th, 2012 - Leave a Comment", "post-meta"),
    ("en", "Published 4 hours ago", "post-meta"),
    ("de", "Eingestellt von Anna Schmidt um 10:31", "post-meta"),
    ("es", "Publicado por Juan Pérez en 10:31 | Enlace permanente | 3 comentarios", "post-meta"),
    ("ru", "Опубликовано 3 часа назад", "post-meta"),
    ("pl", "Opublikowano 4 godziny temu", "post-meta"),
    ("nl", "Geplaatst door Jan de Vries op 3 maart 2019 | 2 reacties", "post-meta"),
    ("en", "Originally posted 2011-04-26 19:03:38.", "post-meta"),
    ("el", "Αναρτήθηκε 12:30 | Ελλάδα Κόσμος Αθλητισμός", "post-meta"),  # Greek capitalised words are no prose
    ("en", "Tags:", "post-meta"),                   # a label left alone
    ("de", "Abgelegt unter:", "post-meta"),
    ("el", "Σύνταξη | Ετικέτες: Αθήνα, γέφυρα", "post-meta"),     # a short name in Greek capitals before the meta
    ("en", "Email »", "furniture-row"),
])
def test_post_furniture_is_removed(code, line, rule):
    doc = clean(code, line)
    assert texts(doc) == [BODY[code]]
    assert cuts(doc, "post_furniture") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("en", "He posted in the forum at 10 am that the plant would close."),
    ("en", "Posted in the forum at 10 am, the message said the plant would close."),
    ("en", "Posted on the wall of the town hall, the notice listed forty names of the missing."),
    ("en", "Published by Penguin in 2019, the book sold a million copies."),
    ("en", "Published in Nature, the study found that mice sleep more."),
    ("en", "Posted by Ka-Ping Yee, Software Engineer, Google Crisis Response"),    # a byline: dateline's
    ("en", "The next post office is two miles away."),
    ("en", "Next time you come, bring a coat."),
    ("en", "Older people are not on the Web."),
    ("en", "The car is powered by a V8 engine."),
    ("en", "Powered by coal, the plant runs all day."),
    ("en", "Readers complained that the comments to this entry are closed too soon."),
    ("en", "Print and share the comments with your class."),
    ("en", "Edit, edit, edit!"),
    ("en", "Like this, the plan would never pass."),
    ("en", "Loading the trucks took most of the night."),
    ("es", "Me gusta esto, dijo el alcalde."),
    ("en", "Staff | Tags: the plan would cut taxes for half of all families"),
    ("en", "London | Published in the morning edition, the report was read by many."),
    ("en", "Comments"),
    ("en", "Residents told the council that what is listed below are links to weblogs that reference the plan:"),
    ("en", "Posted on May 3, 2012 by the river, which was filed under a heavy layer of silt and mud."),
    ("en", "\u00abPrevious owners never paid\u00bb, she said."),
    ("de", "Der nächste Beitrag kommt morgen."),
    ("de", "» Weiter so, sagte er"),
    ("de", "Veröffentlicht wurde das Buch 1859 von einem kleinen Verlag in London."),
    ("de", "Betrieben von der Stadt, hat das Bad täglich geöffnet."),
    ("fr", "Publié dans le journal du matin, le texte a fait scandale."),
    ("fr", "Propulsé par le vent, le bateau a traversé la Manche."),
    ("ru", "Следующая остановка — центр города."),
    ("el", "σύνταξη | Ετικέτες: Αθήνα, γέφυρα"),                  # lower case: no name
    ("ru", "Опубликовано в газете «Известия» интервью с министром обороны."),
    ("es", "El siguiente paso es votar la ley."),
    ("pl", "Opublikowano wyniki wyborów w całym kraju."),
    ("el", "Αναρτήθηκε 12:30 | η κυβέρνηση θα μειώσει τους φόρους"),     # Greek lower-case words are prose
    ("el", "Λειτουργεί με ρεύμα από τον ήλιο, το σπίτι δεν πληρώνει λογαριασμό."),
    ("el", "Νίκος Δήμου | Ετικέτες: η κυβέρνηση θα μειώσει τους φόρους για τις μισές οικογένειες"),
])
def test_article_lines_are_kept(code, line):
    doc = clean(code, line)
    assert texts(doc) == [BODY[code], line] and doc.removed == ()


@pytest.mark.parametrize("code,line,title", [
    ("en", "Previous post: Six ways to plant a garden", "Six ways to plant a garden"),
    ("en", "Next post: Floods hit the valley", "Floods hit the valley"),
    ("de", "Vorheriger Beitrag: Hochwasser im Tal", "Hochwasser im Tal"),
    ("fr", "Article précédent : Les crues dans la vallée", "Les crues dans la vallée"),
    ("it", "Articolo successivo: Le alluvioni nella valle", "Le alluvioni nella valle"),
    ("nl", "Volgend bericht: Overstromingen in de vallei", "Overstromingen in de vallei"),
])
def test_previous_and_next_posts_go_to_related(code, line, title):
    doc = clean(code, line)
    assert cuts(doc, "post_furniture") == [("post-link", line)]
    assert doc.metadata["related"] == [{"title": title, "url": None, "id": None, "image": None}]


@pytest.mark.parametrize("code,line", [
    ("en", "Next: the minister answers questions from readers"),    # no post word, lower-case title
    ("en", "Next steps: the council votes on Friday"),
])
def test_a_label_that_is_no_post_link_is_kept(code, line):
    assert clean(code, line).removed == ()


def _titles(*titles):
    return [{"title": t, "url": None, "id": None, "image": None} for t in titles]


@pytest.mark.parametrize("code,line,titles", [
    ("en", "« Floods hit the valley | Main | Six ways to plant a garden »",
     _titles("Floods hit the valley", "Six ways to plant a garden")),
    ("en", "« Floods hit the valley | Main", _titles("Floods hit the valley")),
    ("de", "« Hochwasser im Tal | Startseite | Neue Brücke eröffnet »", _titles("Hochwasser im Tal", "Neue Brücke eröffnet")),
    ("fr", "« Les crues dans la vallée | Accueil | Un nouveau pont »", _titles("Les crues dans la vallée", "Un nouveau pont")),
])
def test_a_row_of_the_neighbouring_posts_titles_goes_to_related(code, line, titles):
    """Blog engines link the older and newer post by title, the blog's home between them."""
    doc = clean(code, line)
    assert cuts(doc, "post_furniture") == [("post-link", line)]
    assert doc.metadata["related"] == titles


@pytest.mark.parametrize("code,line", [
    ("fr", "« Nous reconstruirons | Accueil des sinistrés à la mairie | dès lundi »"),   # no home label alone
    ("en", "« We will rebuild | the mayor said | on Monday »"),
    ("en", "« Floods hit the valley | Main | more pictures of the damage »"),           # a title in lower case
])
def test_a_quoted_row_that_is_no_post_link_is_kept(code, line):
    assert clean(code, line).removed == ()


@pytest.mark.parametrize("code,line,tags", [
    ("en", "Posted in Fuel Economy, New Trucks | Post a Comment | RSS Feed", ["Fuel Economy", "New Trucks"]),
    ("en", "This entry was posted in Travel on May 3, 2012.", ["Travel"]),
    ("en", "This entry was posted on May 3, 2012 at 9:15 pm and is filed under Travel, Food.", ["Travel", "Food"]),
    ("en", "1 Comment » | Published in Design, Sale | 1 Comment", ["Design", "Sale"]),
    ("fr", "Publié dans Politique, Europe | 3 commentaires", ["Politique", "Europe"]),
    ("en", "Example.com Staff | Tags: Floods, River Thames", ["Floods", "River Thames"]),
    ("de", "Anna Schmidt | Schlagwörter: Hochwasser, Bayern", ["Hochwasser", "Bayern"]),
    ("el", "Νίκος Δήμου | Ετικέτες: Πλημμύρες, Θεσσαλία", ["Πλημμύρες", "Θεσσαλία"]),    # capitals of lines.CAPITAL
    ("uk", "Іван Франко | Теги: Повінь, Закарпаття", ["Повінь", "Закарпаття"]),
    ("ro", "Ștefan Popescu | Etichete: Inundații, Timiș", ["Inundații", "Timiș"]),
])
def test_categories_of_a_meta_line_go_to_tags(code, line, tags):
    doc = clean(code, line)
    assert cuts(doc, "post_furniture") == [("post-meta", line)]
    assert doc.metadata["tags"] == tags


def test_the_author_of_a_meta_line_in_the_head_goes_to_metadata():
    for code, line, name in [("en", "Posted by Ann Lee at 10:31 AM", "Ann Lee"),
                             ("it", "Pubblicato da Marco Rossi alle 10:31", "Marco Rossi"),
                             ("pt", "Postado por Ana Costa às 10:31", "Ana Costa")]:
        doc = run_cleaner(PostFurniture, f"{line}\n\n{BODY[code]}", language=code)
        assert texts(doc) == [BODY[code]] and doc.metadata["author"] == name, line
    tail = clean("en", f"{BODY['en']}\n\nPosted by Ann Lee at 10:31 AM")    # under the article: cut, no author
    assert texts(tail) == [BODY["en"]] * 2 and not tail.metadata.get("author")


def test_the_url_after_a_trackback_line_goes_with_it():
    text = f"{BODY['en']}\n\nTrackBack URL for this entry:\n\nhttp://example.org/trackback/123"
    doc = run_cleaner(PostFurniture, text)
    assert texts(doc) == [BODY["en"]]
    assert [r for r, _ in cuts(doc, "post_furniture")] == ["post-template", "trackback-url"]
    alone = run_cleaner(PostFurniture, f"{BODY['en']}\n\nhttp://example.org/report.pdf")
    assert alone.removed == ()        # a URL in the article stays


def test_code_and_quotations_are_kept():
    doc = run_cleaner(PostFurniture, f"{BODY['en']}\n\n```\nPermalink | Comments (3)\n```")
    assert doc.removed == ()
    doc = clean("en", "\"Powered by WordPress\" was printed under every page.")
    assert doc.removed == ()


# -- properties: furniture lines mixed into article paragraphs ------------------------------
_FURNITURE = st.sampled_from([
    ("en", "Subscribe to: Post Comments (Atom)"), ("en", "Posted by Ann Lee at 10:31 AM"),
    ("en", "Permalink | Comments (3) | TrackBack (0)"), ("en", "Previous post: Floods hit the valley"),
    ("en", "Powered by WordPress"), ("en", "« Older Entries"), ("de", "Abonnieren: Kommentare zum Post (Atom)"),
    ("de", "Vorheriger Beitrag: Hochwasser im Tal"), ("fr", "Publié par Marie Dupont à 10:31"),
    ("ru", "Работает на WordPress"), ("pl", "Komentarze (3) | Dodaj komentarz"),
])
_PROSE_WORDS = st.sampled_from("the council posted next previous powered by comments feed said in on at "
                               "a plan water share print older newer entry published".split())
_PROSE = st.lists(_PROSE_WORDS, min_size=12, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(derandomize=True, max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_never_deletes_article_paragraphs_and_is_idempotent(data):
    code = data.draw(st.sampled_from(sorted(BODY)))
    lines = data.draw(st.lists(st.one_of(_PROSE, st.just(BODY[code]),
                                         _FURNITURE.filter(lambda f: f[0] in (code, "en")).map(lambda f: f[1])),
                               min_size=1, max_size=12))
    doc = text_doc("\n\n".join([BODY[code]] + lines), language=code)
    once = PostFurniture().clean(doc)
    kept = texts(once)
    for line in [BODY[code]] + [x for x in lines if x == BODY[code] or x.endswith(".") and len(x.split()) >= 12]:
        assert line in kept
    twice = PostFurniture().clean(once)
    assert twice.blocks == once.blocks and dict(twice.metadata) == dict(once.metadata)
    removed = [r.text for r in once.removed]
    assert len(kept) + len(removed) == len(doc.blocks)


@pytest.mark.parametrize("code,line,name", [
    ("en", "Submitted by Ann Lee on Tue, 05/01/2012 - 10:01", "Ann Lee"),       # Drupal's byline
    ("de", "Eingereicht von Anna Berg am 1. Mai 2012", "Anna Berg"),
    ("fr", "Soumis par Anne Leroy le 1 mai 2012", "Anne Leroy"),
])
def test_a_submitted_by_line_in_the_head_gives_the_author(code, line, name):
    doc = run_cleaner(PostFurniture, f"{line}\n\n{BODY[code]}", language=code)
    assert texts(doc) == [BODY[code]] and doc.metadata["author"] == name


def test_a_sentence_about_a_submission_stays():
    line = "Submitted by the city council on Tuesday, the plan would close the northern pier for six weeks."
    doc = run_cleaner(PostFurniture, f"{BODY['en']}\n\n{line}")
    assert line in texts(doc)
