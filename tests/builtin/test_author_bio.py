import pytest

from cleaners.builtin.author_bio import AuthorBio

from ..conftest import run_cleaner
from . import cuts, texts

STORY = {
    "en": ["The council approved the new tram line on Tuesday after a debate that lasted six hours.",
           "Work on the first section, between the station and the hospital, starts in the spring."],
    "de": ["Der Stadtrat hat die neue Straßenbahnlinie am Dienstag nach sechs Stunden Debatte gebilligt.",
           "Die Arbeiten am ersten Abschnitt zwischen Bahnhof und Klinik beginnen im Frühjahr."],
    "fr": ["Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après six heures de débat.",
           "Les travaux du premier tronçon, entre la gare et l'hôpital, commenceront au printemps."],
    "es": ["El ayuntamiento aprobó el martes la nueva línea de tranvía tras un debate de seis horas.",
           "Las obras del primer tramo, entre la estación y el hospital, empezarán en primavera."],
    "pl": ["Rada miasta zatwierdziła we wtorek nową linię tramwajową po sześciu godzinach debaty.",
           "Prace na pierwszym odcinku między dworcem a szpitalem ruszą wiosną."],
}


def clean(code: str, last: str, **meta):
    return run_cleaner(AuthorBio, "\n\n".join(STORY[code] + [last]), language=code, **meta)


@pytest.mark.parametrize("code,bio,author", [
    ("en", "Ann Lee is a senior staff writer covering transport and cities. She lives in Leeds.", "Ann Lee"),
    ("en", "Ann covers transport and cities for the paper. Before that she reported from Madrid.", "Ann Lee"),
    ("en", "Ann Lee reports from Leeds and Madrid and writes a column on cities.", "Ann Lee"),
    # the author's name after a role
    ("en", "Senior transport reporter Ann Lee recently won the national award for her work on cities.", "Ann Lee"),
    ("de", "Verkehrsredakteurin Anna Schmidt wurde 2021 mit dem Preis für Lokaljournalismus ausgezeichnet.",
     "Anna Schmidt"),
    ("de", "Anna Schmidt ist Redakteurin im Ressort Verkehr und lebt in Kassel.", "Anna Schmidt"),
    ("fr", "Claire Martin est journaliste à la rubrique transports depuis 2015.", "Claire Martin"),
])
def test_a_bio_opened_by_the_author_name_goes(code, bio, author):
    doc = clean(code, bio, author=author)
    assert texts(doc) == STORY[code]
    assert cuts(doc, "author_bio") == [("author-bio", bio)]


@pytest.mark.parametrize("code,bio", [
    ("en", "About the author: Ann Lee has written about transport for ten years and teaches in Leeds."),
    ("es", "Sobre la autora: María Gómez escribe sobre urbanismo y movilidad desde Sevilla."),
    ("pl", "O autorze: Jan Nowak jest dziennikarzem działu miejskiego od 2010 roku."),
])
def test_a_labelled_bio_goes(code, bio):
    doc = clean(code, bio)
    assert texts(doc) == STORY[code] and cuts(doc, "author_bio") == [("author-bio", bio)]


def test_a_label_alone_goes_with_the_bio_after_it():
    doc = run_cleaner(AuthorBio, "\n\n".join(STORY["en"] + [
        "About the Author", "Ann Lee has written about transport for ten years and teaches in Leeds."]), language="en")
    assert texts(doc) == STORY["en"]
    assert cuts(doc, "author_bio") == [("author-bio", "About the Author\nAnn Lee has written about transport for "
                                                       "ten years and teaches in Leeds.")]


def test_with_no_author_known_a_closing_bio_of_an_unmentioned_person_goes_and_names_the_author():
    bio = "Rita Okafor is a research fellow at the Institute for Urban Transport."
    doc = clean("en", bio)
    assert texts(doc) == STORY["en"] and cuts(doc, "author_bio") == [("author-bio", bio)]
    assert doc.metadata["author"] == "Rita Okafor"


def test_with_no_author_known_a_closing_bio_of_several_sentences_goes():
    bio = ("Rita Okafor is a research fellow at the Institute for Urban Transport. She holds a J.D. from the "
           "University of Lagos. Her next book is about night buses.")     # "J.D." ends no sentence
    doc = clean("en", bio)
    assert texts(doc) == STORY["en"] and cuts(doc, "author_bio") == [("author-bio", bio)]
    assert doc.metadata["author"] == "Rita Okafor"


@pytest.mark.parametrize("code,last,meta", [
    # with no author known, a closing paragraph of several sentences whose first is long, that
    # reports someone's words, or that runs to more sentences than a biography
    ("en", "Rita Okafor is a nurse who has spent the last eleven years on the night shift of the hospital "
           "that the new tram line will serve from the station in the old town. She hopes it runs late.", {}),
    ("en", "Rita Okafor is a nurse at the hospital. She said the tram would save her an hour a day.", {}),
    ("en", "Rita Okafor is a nurse at the hospital. She works nights. The bus stops at ten. The tram would "
           "not.", {}),
    # the article's own subject, named in it
    ("en", "Mayor Jones said the line would open in 2027. Jones is the city's longest-serving mayor.", {}),
    # a person the article names earlier, with the author unknown
    ("en", "Ann Lee is the engineer in charge of the tram line.", {}),
    # another person than the known author
    ("en", "Peter Brown is the engineer in charge of the tram line.", {"author": "Ann Lee"}),
    # a byline after a label, no biography
    ("pl", "Autor: Jan Nowak", {}),
    # a long closing paragraph that opens with the author's name is prose, not a bio
    ("en", " ".join(["Ann Lee is among the residents who will lose a garden to the works, and she said so at "
                     "the meeting."] * 6), {"author": "Ann Lee"}),
    # a source reported at the end, with the author unknown; a title and a name are no person's name
    ("en", "Rita Okafor has said the line was tied to the hospital's expansion plans.", {}),
    ("en", "Harbour Police Chief Phil Cole has confirmed the closure of the depot.", {}),
    # a German noun with its article, a long closing sentence about a named thing
    ("de", "Der Gurt ist nach zwei Wochen gerissen.", {}),
    ("en", "Atkins Diet is a two-phase plan in which, for the first fourteen days, the body gets only the minimum "
           "of carbohydrates it needs and burns its own fat reserves for energy instead.", {}),
    # a sentence opener before a name, an acronym, a verb that opens no biography
    ("en", "Although Hitler was born in Braunau in 1889, Austria argued it was the first victim.", {}),
    ("en", "Regular FIRE is someone whose spending is in line with the average household.", {}),
    # a name without a biography verb
    ("en", "Ann Lee, Leeds", {"author": "Ann Lee"}),
    # the author's name after a role, with words reported, or named in the article before
    ("en", "Transport minister Ann Lee said the line would open in 2027.", {"author": "Ann Lee"}),
    ("en", "Senior engineer Ann Lee recently won an award for the design.", {"author": "Ann Lee", "mention": True}),
    # a label before the author's name is a credit, not a presentation; a name with little after it
    ("en", "Photo: Ann Lee", {"author": "Ann Lee"}),
    ("de", "Foto: Олег Смирнов", {"author": "Олег Смирнов"}),
    ("en", "Senior reporter Ann Lee, Leeds", {"author": "Ann Lee"}),
    # one word of a name is no full name
    ("en", "Senior reporter Lee recently won the national award for her work on cities.", {"author": "Lee"}),
    # an interview's question to a person of the author's name is no biography
    ("de", "Herr Anna Schmidt, warum dauert die Sanierung der Brücke so lange?", {"author": "Anna Schmidt"}),
    ("en", "Ann Lee, is the new line really going to open on time?", {"author": "Ann Lee"}),
])
def test_closing_paragraphs_that_are_no_bio_stay(code, last, meta):
    story = list(STORY[code])
    if meta.pop("mention", False):
        story[0] += " The design is by Ann Lee."
    if last.startswith("Ann Lee is the engineer"):
        story[1] += " Ann Lee, the engineer, said the timetable was tight."
    doc = run_cleaner(AuthorBio, "\n\n".join(story + [last]), language=code, **meta)
    assert texts(doc) == story + [last] and doc.removed == ()


def test_a_bio_earlier_than_the_last_blocks_stays():
    bio = "Ann Lee is a senior staff writer covering transport."
    body = [bio] + STORY["en"] * 2
    doc = run_cleaner(AuthorBio, "\n\n".join(body), language="en", author="Ann Lee")
    assert texts(doc) == body


def test_the_first_block_of_a_short_body_is_its_lead_not_a_biography():
    """A body of three blocks: its first, the lead, names the author's namesake after a role ("Landrätin
    Anna Schmidt ..."); it is one of the last three blocks, but nothing of the article comes before it."""
    lead = "Landrätin Anna Schmidt sprach von einem wichtigen Signal für die ländlichen Gemeinden."
    body = [lead, "Das Ziel ist ehrgeizig.", "So weit die Theorie."]
    doc = run_cleaner(AuthorBio, "\n\n".join(body), language="de", author="Anna Schmidt")
    assert texts(doc) == body and doc.removed == ()
    # after a block of the article, the same presentation is a biography
    doc = run_cleaner(AuthorBio, "\n\n".join(["Das Ziel ist ehrgeizig.", "So weit die Theorie.", lead.replace(
        "sprach von einem wichtigen Signal für die ländlichen Gemeinden", "wurde 2021 mit dem Preis für Lokaljournalismus "
        "ausgezeichnet")]), language="de", author="Anna Schmidt")
    assert texts(doc) == ["Das Ziel ist ehrgeizig.", "So weit die Theorie."]


@pytest.mark.parametrize("code,label,bio", [
    ("en", "About the author: Ann Lee", "Ann Lee covers city hall and transport for the paper since 2012."),
    ("pl", "O autorze: Jan Nowak", "Jan Nowak pisze o inwestycjach i transporcie w dziale miejskim od 2010 roku."),
    ("de", "Über die Autorin — Anna Schmidt", "Anna berichtet seit acht Jahren über Verkehr und Stadtplanung."),
])
def test_a_label_with_the_name_goes_with_the_bio_opened_by_it(code, label, bio):
    doc = clean(code, label + "\n\n" + bio)
    assert texts(doc) == STORY[code]
    assert cuts(doc, "author_bio") == [("author-bio", label + "\n" + bio)]


@pytest.mark.parametrize("label,after", [
    # the block after the named label does not open with the name: the article goes on
    ("About the author: Ann Lee", "The council will vote on the second section of the line in May next year."),
    # the "name" is a sentence
    ("About the author: she left.", "She covers transport and cities for the paper since 2012 in Leeds."),
])
def test_a_named_label_before_other_text_stays(label, after):
    doc = clean("en", label + "\n\n" + after)
    assert after in texts(doc) and label in texts(doc)


def test_a_paragraph_opened_by_the_author_surname_with_prose_after_it_stays():
    """Another person of the author's surname, in a paragraph the article goes on after: no biography."""
    para = "Brandt has kept the club's accounts for twelve years and has never missed a meeting of the board."
    after = ("The board will choose a new treasurer in March, when the season ends and the accounts for the "
             "year are closed.")
    body = STORY["en"] + [para, after]
    doc = run_cleaner(AuthorBio, "\n\n".join(body), language="en", author="Mia Brandt")
    assert texts(doc) == body and doc.removed == ()


@pytest.mark.parametrize("after", [
    "Write to her at mia@example.org.",
    "Mia previously worked for two regional papers and has reported from the Balkans and the Baltic states.",
])
def test_a_bio_followed_by_a_contact_line_or_its_second_paragraph_goes(after):
    bio = "Mia Brandt is a staff writer covering sport and local clubs for the paper."
    doc = run_cleaner(AuthorBio, "\n\n".join(STORY["en"] + [bio, after]), language="en", author="Mia Brandt")
    assert texts(doc) == STORY["en"] + [after]
    assert cuts(doc, "author_bio") == [("author-bio", bio)]
