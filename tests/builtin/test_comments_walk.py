"""The walk of the comment stage's index (`walk.walk`) keeps no lexbor node; `Tree.nodes_of` finds again the
nodes of the elements a stage cuts, in one walk down from the root that enters only the subtrees holding
them. Both number the elements as a walk of every node's children does (no text, no comment)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.tree import Tree

PAGE = ("<html><body><div id='a'><p><b>Ann</b> <i>Lee</i> <!-- x --> wrote</p><br><p>one<br>two</p>"
        "<script>var x = 1;</script><svg><g><path/></g></svg><span> </span></div><!-- between -->"
        "<ul><li>first <a href='/x'>link</a></li><li></li><li>\u00a0<em>third</em>\n</li></ul>"
        "<div><div><div><p>deep</p></div></div><p>after</p></div>"
        "<form><label>Name</label><input type='text'><textarea>say</textarea></form><p>  </p>last</body></html>")


def _elements(root) -> list:
    """The elements below ``root`` in document order, each node's children read one by one."""
    out = [root]
    for node in root.iter(include_text=True):
        if not node.is_text_node and node.tag != "-comment":
            out.extend(_elements(node))
    return out


def test_nodes_of_finds_every_element_as_the_walk_numbered_it():
    root = LexborHTMLParser(PAGE).body
    tree, expected = Tree(root), _elements(root)
    assert [n.tag for n in expected] == tree.tag and len(tree) > 25
    every = tree.nodes_of(list(range(len(tree))))
    assert [every[e].mem_id for e in range(len(tree))] == [n.mem_id for n in expected]
    for e in range(len(tree)):        # one element alone: a walk down to it
        assert tree.nodes_of([e])[e].mem_id == expected[e].mem_id, e


def test_nodes_of_some_elements_in_any_order_and_none():
    root = LexborHTMLParser(PAGE).body
    tree, expected = Tree(root), _elements(root)
    wanted = [len(tree) - 1, 3, 3, tree.tag.index("ul"), 1]
    found = tree.nodes_of(wanted)
    assert sorted(found) == sorted(set(wanted))
    assert all(found[e].mem_id == expected[e].mem_id for e in wanted)
    assert tree.nodes_of([]) == {}
