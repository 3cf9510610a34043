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



WRAPPED = ("<html><body><form id='page'><h1>Title</h1><p>" + "Words of the article. " * 20 + "</p>"
           "<div><label>Search</label><input type='text'><select><option>a</option></select></div><p>After</p></form>"
           "<form id='moderate'><div class='post'><p>A post.</p><input type='checkbox'></div></form>"
           "<form id='reply'><fieldset><p>Be nice.</p><textarea>say</textarea></fieldset></form></body></html>")


def test_forms_that_wrap_the_page_or_no_field_leave_what_they_hold_no_forms():
    tree = Tree(LexborHTMLParser(WRAPPED).body)
    forms = [i for i in range(len(tree)) if tree.tag[i] == "form"]
    wrappers = {forms[0], forms[1]}      # (the page's form; a form without a field to write in)
    for i in range(1, len(tree)):        # (a form element but a wrapper, or inside one: the flag its parent's)
        own = tree.tag[i] in ("form", "textarea", "input", "select", "option", "label", "fieldset") and i not in wrappers
        assert tree.form[i] == (own or tree.form[tree.parent[i]]), (i, tree.tag[i])
    flags = {tree.tag[i]: tree.form[i] for i in range(len(tree)) if tree.tag[i] in ("h1", "label", "option", "div")}
    assert flags == {"h1": False, "label": True, "option": True, "div": False}
    assert [tree.form[i] for i in forms] == [False, False, True]
    assert tree.form[[i for i in range(len(tree)) if tree.attrs[i].get("type") == "checkbox"][0]]   # (its own control)
    assert [tree.form[i] for i in range(len(tree)) if tree.tag[i] == "p"] == [False, False, False, True]


def test_a_form_with_a_field_that_holds_little_of_the_page_stays_a_form():
    tree = Tree(LexborHTMLParser(PAGE).body)
    assert [tree.tag[i] for i in range(len(tree)) if tree.form[i]] == ["form", "label", "input", "textarea"]
