"""The page's main text as the comment stage reads it: prose an editor set in styled spans (``<span style=...>``,
no class, no id) is its holder's, as prose in a <font> is (rule `styled-runs`), so the article is found above a
thread of longer comments in unnamed boxes; a span with a class of its own is an element of its own. Pages written
here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.main_text import main_container
from cleaners.builtin.comments.tree import Tree
from cleaners.document import Document

PROSE = ["Het regende de hele week in de stad en dan heb ik altijd zin in iets warms uit een grote pan op het vuur.",
         "In de tussentijd hoop ik dat jullie genieten van dit oude recept, een makkelijke variant op de klassieker."]
COMMENTS = ["Ik heb dit gerecht vorige week gemaakt met wat extra knoflook en een scheut appelazijn erbij, en ik moet "
            "zeggen dat het de hele familie goed beviel, zelfs de kinderen die normaal geen stoofvlees lusten.",
            "Welke wijn gebruik je het liefst? Mijn schoonmoeder vindt dat je nooit goedkope kookwijn moet nemen, "
            "maar ik proef eerlijk gezegd weinig verschil als het vlees eenmaal drie uur heeft gestoofd.",
            "Prachtig recept, ik heb het gisteren voor vrienden gemaakt met aardappelpuree en rode kool ernaast, en "
            "iedereen vroeg om het recept, dus ik heb ze allemaal naar deze pagina gestuurd voor de video.",
            "Bij ons in het dorp is het lastig om goede wijn te vinden, dus ik gebruik meestal bouillon met een "
            "beetje rode wijnazijn, en dat werkt ook prima als je het lang genoeg laat pruttelen op laag vuur.",
            "Ik vraag me af of dit ook in een slowcooker kan, want ik werk de hele dag en kom pas laat thuis, en dan "
            "is het fijn als het eten al klaarstaat wanneer ik de deur binnenkom na een lange dag."]
NAMES = ["Anneke de Vries", "Pieter Jansen", "Sanne Bakker", "Kees Visser", "Marloes Smit"]
DAYS = ["9 november 2012 11:46", "9 november 2012 12:03", "9 november 2012 13:15", "9 november 2012 14:40",
        "10 november 2012 08:12"]


def _page(span: str) -> str:
    article = "<br><br>".join(f"{span}<span style='font-size: small'>{p}</span></span>" for p in PROSE)
    thread = "".join(f"<dt class='qw'><a href='/profiel/{k}'>{n}</a> zei...</dt><dd class='er'><p>{t}</p></dd>"
                     f"<dd class='ty'><a href='#c{k}'>{d}</a></dd>"
                     for k, (n, t, d) in enumerate(zip(NAMES, COMMENTS, DAYS)))
    return (f"<html lang='nl'><body><div class='zx'><h3>Stoofvlees met rode wijn</h3><div class='cv'>{article}</div>"
            f"</div><div class='bn'><h4>5 reacties:</h4><dl class='mk'>{thread}</dl></div></body></html>")


def test_prose_in_styled_spans_is_the_articles_above_longer_comments():
    html = _page("<span style='font-family: Verdana'>")
    assert PROSE[0] in Tree(LexborHTMLParser(html).body).flat(main_container(Tree(LexborHTMLParser(html).body)))
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, COMMENTS))


def test_prose_in_a_span_with_a_class_of_its_own_is_not_its_holders():
    html = _page("<span class='post-words' style='font-family: Verdana'>")
    tree = Tree(LexborHTMLParser(html).body)
    assert PROSE[0] not in tree.flat(main_container(tree))
