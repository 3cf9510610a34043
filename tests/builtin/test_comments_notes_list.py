"""Rule `notes-list` (`comments/notes_list.py`): the notes under a post; those adding words after a
colon are comments by the linked name, likes and reblogs without words are not. Pages written here."""
from __future__ import annotations

from ._html_comments import ARTICLE, cleaned

DE = ("<div class='post-feedback'><h4>14 Anmerkungen</h4><ol class='feedback'>"
      "<li class='fb fb-like'><a href='/wanderlust'>wanderlust</a> gefällt das</li>"
      "<li class='fb fb-said'><a href='/kiezkind'>kiezkind</a> sagte: <span>Endlich fährt der Bus auch nach Mitternacht, "
      "das hat lange gedauert.</span></li>"
      "<li class='fb fb-like'><a href='/nachteule'>nachteule</a> gefällt das</li>"
      "<li class='fb fb-share'><a href='/pendlerin'>pendlerin</a> hat das von <a href='/stadtblog'>stadtblog</a> "
      "geteilt und ergänzt:<blockquote><p>Schade nur, dass die Linie 12 nicht dabei ist.</p></blockquote></li>"
      "<li class='fb fb-like'><a href='/radler'>radler</a> gefällt das</li>"
      "<li class='fb fb-share'><a href='/moabit'>moabit</a> hat das von <a href='/stadtblog'>stadtblog</a> geteilt</li>"
      "<li class='fb fb-post'><a href='/stadtblog'>stadtblog</a> hat das gepostet</li></ol></div>")


def test_notes_with_words_are_comments_bare_notes_are_not():
    doc, left = cleaned(ARTICLE + DE)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("kiezkind", "Endlich fährt der Bus auch nach Mitternacht, das hat lange gedauert."),
        ("pendlerin", "Schade nur, dass die Linie 12 nicht dabei ist.")]
    assert "gefällt das" not in left and "Linie 12" not in left


def test_a_list_of_likes_alone_gives_no_comment():
    likes = "".join(f"<li><a href='/{n}'>{n}</a> a aimé ceci</li>" for n in ("lea", "tom", "zoe", "max"))
    doc, left = cleaned(ARTICLE + f"<ol class='notes'>{likes}<li><a href='/x'>lejournal</a> a publié ceci</li></ol>")
    assert doc.comments == () and "a aimé ceci" in left


def test_a_glossary_of_linked_terms_is_no_notes_list():
    terms = "".join(f"<li><a href='/wiki/{t}'>{t}</a>: {d}</li>" for t, d in (
        ("Nachtbus", "ein Bus, der zwischen Mitternacht und fünf Uhr fährt."),
        ("Takt", "der Abstand zwischen zwei Abfahrten einer Linie."),
        ("Umstieg", "der Wechsel von einer Linie zur anderen an einer Haltestelle.")))
    doc, left = cleaned(ARTICLE + f"<h3>Begriffe</h3><ul>{terms}<li><a href='/wiki/A'>Anschluss</a> siehe oben</li>"
                        f"<li><a href='/wiki/B'>Bahnsteig</a> siehe oben</li></ul>")
    assert doc.comments == () and "zwischen Mitternacht" in left
