"""The kinds of a page's lines are kept for the page (`kinds.line_kind`, in `Tree.memo`): nested families
read the same lines again, and what each family tells of a line (the roles of the elements above it up to
its unit's top, its author-named element) is part of the key, so a line read by one family first is read
as it is read alone by the next. A page cleaned twice comes out the same."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.cleaner import HtmlComments
from cleaners.builtin.comments.items import read_items
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.document import Document


def _comment(name: str, text: str, replies: str = "") -> str:
    # the date line stands in a box named as a date ("posted"): a date in the comment's box, plain text
    # in a family whose units are those boxes (the unit's own top names no role of its lines)
    return (f'<li class="comment"><div class="posted">Tuesday evening</div><cite class="fn">{name}</cite>'
            f"<p>{text}</p>{replies}</li>")


PAGE = ("<html><body><article><h1>Harbour lights</h1><p>The harbour board met on Monday to decide whether the old "
        "lighthouse keeps its lamp, and the town was asked what it thinks of the plan.</p></article>"
        '<h2>3 Comments</h2><ol class="comments">'
        + _comment("Ann Lee", "I like the museum idea a lot, the tower deserves it.",
                   '<ul class="children">' + _comment("Bob Ray", "Will it open in winter as well as summer?") + "</ul>")
        + _comment("Cy Dunn", "My uncle kept that light for years and would have loved this.",
                   '<ul class="children">' + _comment("Di Hart", "The fog horn should stay where it is.") + "</ul>")
        + "</ol></body></html>")


def _read(tree: Tree, n: int) -> list:
    family = candidate_families(tree)[n]      # (the same families, in the same order, on every index of the page)
    return [[(ln.text, ln.kind, ln.named) for ln in item.lines] for item in read_items(tree, family, [10 ** 6])]


def _tree() -> Tree:
    return Tree(LexborHTMLParser(PAGE).body)


def test_a_line_reads_in_each_family_as_it_reads_alone():
    keys = [f.key for f in candidate_families(_tree())]
    boxes, dates = keys.index("li.comment"), keys.index("div.posted")
    alone = [_read(_tree(), n) for n in range(len(keys))]
    # (the same line, two kinds: the comment's date line in its box, plain text in a unit of its own)
    assert alone[boxes][0][0] == ("Tuesday evening", "meta", -1) and alone[dates][0] == [("Tuesday evening", "body", -1)]
    for order in (list(range(len(keys))), list(range(len(keys)))[::-1]):
        tree = _tree()
        for n in order:
            assert _read(tree, n) == alone[n], (order, keys[n])
        assert tree.memo["line_kinds"][1]      # (kept for the page)


def test_a_page_cleaned_twice_comes_out_the_same():
    cleaner = HtmlComments()
    def cleaned():
        doc = Document(source="t", kind="html", html=PAGE).replace(dom=LexborHTMLParser(PAGE))
        out = cleaner.clean_html(doc)
        return [(c.author, c.text, c.depth, c.parent) for c in out.comments], out.removed, out.dom.html
    first = cleaned()
    assert [c[:2] for c in first[0]] == [("Ann Lee", "I like the museum idea a lot, the tower deserves it."),
                                         ("Bob Ray", "Will it open in winter as well as summer?"),
                                         ("Cy Dunn", "My uncle kept that light for years and would have loved this."),
                                         ("Di Hart", "The fog horn should stay where it is.")]
    assert cleaned() == first
