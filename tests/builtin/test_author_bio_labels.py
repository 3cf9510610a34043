"""About-the-author labels of German, Italian and Turkish news sites ("Zur Person", "Chi scrive", "Yazar") standing
alone over the author's biography at the foot of the article (cleaners/lang about_author, read by author_bio)."""
from cleaners.builtin.author_bio import AuthorBio

from . import cuts, texts
from ..conftest import run_cleaner

STORY = {
    "de": ["Der Stadtrat hat die neue Straßenbahnlinie am Dienstag nach sechs Stunden Debatte gebilligt.",
           "Die Arbeiten am ersten Abschnitt zwischen Bahnhof und Klinik beginnen im Frühjahr."],
    "it": ["Il consiglio comunale ha approvato martedì la nuova linea del tram dopo sei ore di dibattito.",
           "I lavori del primo tratto, tra la stazione e l'ospedale, partiranno in primavera."],
    "tr": ["Belediye meclisi yeni tramvay hattını salı günü altı saatlik bir tartışmanın ardından onayladı.",
           "İstasyon ile hastane arasındaki ilk bölümde çalışmalar ilkbaharda başlayacak."],
}


def test_the_label_alone_over_the_bio_goes():
    for code, label, bio, author in (
            ("de", "Zur Person", "Anna Schmidt ist Redakteurin im Ressort Verkehr und lebt in Kassel.", "Anna Schmidt"),
            ("it", "Chi scrive", "Giulia Ferrari è giornalista della redazione Cronaca dal 2012.", "Giulia Ferrari"),
            ("tr", "Yazar", "Ayşe Yılmaz, Gündem servisinde muhabir olarak çalışıyor.", "Ayşe Yılmaz")):
        doc = run_cleaner(AuthorBio, "\n\n".join(STORY[code] + [label, bio]), language=code, author=author)
        assert texts(doc) == STORY[code], code
        assert any(t.startswith(label) for _, t in cuts(doc, "author_bio"))


def test_the_words_in_the_article_stay():
    for code, line in (("de", "Zur Person des neuen Dezernenten wollte sich die Stadt nicht äußern."),
                       ("it", "Chi scrive alla redazione riceve una risposta entro una settimana."),
                       ("tr", "Yazar, kitabını geçen yıl İstanbul'da tamamladığını söyledi.")):
        doc = run_cleaner(AuthorBio, "\n\n".join(STORY[code] + [line]), language=code, author="Anna Schmidt")
        assert texts(doc) == STORY[code] + [line], code
