"""The flat index of the comment stage (`tree.Tree`): each element's subtree ends (``end``, ``p1``) and
previous sibling (``prev``) as the tree's parent links give them, found while the page is walked once;
the spacing between tags added to the piece before it."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.tree import Tree

PAGE = ("<html><body><div id='a'><p><b>Ann</b> <i>Lee</i> <!-- x --> wrote</p><br><p>one<br>two</p>"
        "<script>var x = 1;</script><svg><g><path/></g></svg><span> </span></div>"
        "<ul><li>first <a href='/x'>link</a></li><li></li><li>\u00a0<em>third</em>\n</li></ul>"
        "<form><label>Name</label><input type='text'><textarea>say</textarea></form><p>  </p>last</body></html>")


def _subtree(tree: Tree, i: int) -> list[int]:
    def inside(e: int) -> bool:
        while e > i:
            e = tree.parent[e]
        return e == i
    return [e for e in range(len(tree)) if inside(e)]


def test_subtree_ends_and_siblings_follow_the_parent_links():
    tree = Tree(LexborHTMLParser(PAGE).body)
    assert len(tree) > 20
    for i in range(len(tree)):
        below = _subtree(tree, i)
        assert tree.end[i] == max(below), i
        pieces = [k for k, o in enumerate(tree.owner) if o in below]
        assert tree.p1[i] == (max(pieces) + 1 if pieces else tree.p0[i]), i
        assert pieces == list(range(tree.p0[i], tree.p1[i])), i
        before = [e for e in range(i) if tree.parent[e] == tree.parent[i]] if i else []
        assert tree.prev[i] == (before[-1] if before else -1), i


def test_spacing_between_tags_goes_to_the_piece_before():
    tree = Tree(LexborHTMLParser(PAGE).body)
    assert tree.text[:4] == ["Ann ", "Lee ", " wrote", "\n"]
    assert "var x" not in "".join(tree.text)        # (a script's text is no piece)
    assert tree.flat(0) == "Ann Lee wrote one two first link third Namesay last"
    assert tree.text[-3:] == ["Name", "say ", "last"]      # (no spacing between a label and its field)
