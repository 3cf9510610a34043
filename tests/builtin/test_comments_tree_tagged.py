"""`Tree.tagged`: the elements of the asked tags, no script's, in page order. The tags the comment readers ask for
(`ASKED_TAGS`) are found in one pass a page and read from it; any other set is scanned as it comes. Both answer what a
plain scan of every element answers."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.tree import ASKED_TAGS, HEADINGS, Tree

PAGE = ("<h1>Title</h1><p>Lead <img src='a.png'> text</p><ul><li><time>3 May</time></li></ul>"
        "<object><p>inside an object</p><img src='b.png'><h2>skipped</h2></object>"
        "<table><tr><td><cite>Ann</cite><p>cell</p></td></tr></table><dl><dt>Bo</dt><dd><ol><li>x</li></ol></dd></dl>"
        "<form><textarea></textarea></form><section><h3>More</h3><p>last</p><span>no asked tag</span></section>")


def _tree() -> Tree:
    return Tree(LexborHTMLParser(f"<html><body>{PAGE}</body></html>").body)


def _plain(tree: Tree, names) -> list[int]:
    return [i for i, tag in enumerate(tree.tag) if tag in names and not tree.skip[i]]


def test_asked_tags_give_what_a_plain_scan_gives_in_page_order():
    tree = _tree()
    for names in (HEADINGS, frozenset({"p"}), frozenset({"time", "img"}), frozenset({"ol", "ul"}),
                  frozenset({"table"}), frozenset({"dl"}), frozenset({"cite"}), frozenset({"form"}), ASKED_TAGS):
        found = tree.tagged(names)
        assert found == _plain(tree, names) and found, names
    assert [tree.tag[i] for i in tree.tagged(HEADINGS)] == ["h1", "h3"]       # (the object's h2 is no page text)
    assert len(tree.tagged(frozenset({"p"}))) == 3 and len(tree.tagged(frozenset({"img"}))) == 1


def test_other_tags_and_tags_the_page_lacks_are_answered_too():
    tree = _tree()
    for names in (frozenset({"span", "li"}), frozenset({"p", "span"}), frozenset({"video"}), frozenset({"h5"})):
        assert tree.tagged(names) == _plain(tree, names), names
    assert tree.tagged(frozenset({"video"})) == [] and tree.tagged(frozenset({"h5"})) == []
    assert [tree.tag[i] for i in tree.tagged(frozenset({"span", "li"}))] == ["li", "li", "span"]
