"""The walk of the page that fills the flat arrays of `tree.Tree`, in one pass over lexbor's nodes.

From each node the walk goes to its first child or to its next sibling (a stack of the open
elements): the parent of every node is the element open when it comes, so no node's parent is
looked up, and an element's subtree is complete when its last child is: its last element
(``end``) and its pieces' end (``p1``, one past the last piece inside it) are known then (an
element without children is complete at once). No node is kept (`Tree.nodes_of` finds again the
few a stage cuts): a node object kept for each element of the page cost a fifth of the walk.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
                       "iframe", "object", "embed", "canvas", "video", "audio", "math", "select"})
FORM_TAGS = frozenset({"form", "textarea", "input", "select", "option", "label", "fieldset"})
BLOCK_TAGS = frozenset({
    "p", "div", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "section", "article", "header", "footer", "aside", "main", "table", "tbody", "thead", "tfoot",
    "tr", "td", "th", "figure", "figcaption", "form", "nav", "address", "details", "summary", "hr", "body",
    "html", "fieldset", "center", "caption", "menu", "hgroup"})
PHRASING_HOSTS = frozenset({"p", "pre", "summary", "dt", "caption", "figcaption", "address",
                            "h1", "h2", "h3", "h4", "h5", "h6"})     # blocks holding text-level content only
SKIP, FORM, LINK = 1, 2, 8      # flags inherited from parent to child
_HAS = {flag: [bool(f & flag) for f in range(16)] for flag in (SKIP, FORM, LINK)}    # flag -> whether each set of flags holds it
NONE: Mapping[str, str | None] = MappingProxyType({})    # the attributes of the root and of scripts' elements (never read)


def custom_block(tree: Any, i: int) -> bool:
    """A custom element (a hyphen in its name: ``<talk-comment>``) standing among blocks, not inside a text's block
    (rule `custom-element`): a block and a unit's candidate as a ``<div>`` is, its name its template."""
    return tree.block[i] == i and "-" in (tree.tag[i] or "")


def is_element(node: Any) -> bool:
    """A node the walk numbers: no text and no comment."""
    return not node.is_text_node and node.tag != "-comment"


def walk(tree: Any, root: Any) -> None:
    """Fill ``tree``'s arrays (``tag``, ``parent``, ``p0``, ``p1``, ``end``, ``prev``, ``block``, ``attrs``,
    ``text``, ``owner``, ``skip``, ``form``, ``link``, ``_forms``) from the elements below ``root`` (element 0)."""
    flags: list[int] = [0]
    tree.tag, tree.parent, tree.p0, tree.prev, tree.block = [root.tag], [-1], [0], [-1], [0]
    tree.text, tree.owner, tree.attrs, tree._forms = [], [], [NONE], []   # (the root's attributes are never read)
    tree.end, tree.p1 = [0], [0]
    tags, ends, p1s, block, texts = tree.tag, tree.end, tree.p1, tree.block, tree.text
    # (bound appends: the walk makes some ten a node)
    add_tag, add_parent, add_p0, add_prev, add_end, add_p1 = (tags.append, tree.parent.append, tree.p0.append,
                                                               tree.prev.append, ends.append, p1s.append)
    add_block, add_text, add_owner, add_attrs, add_flags = (block.append, texts.append, tree.owner.append,
                                                            tree.attrs.append, flags.append)
    stack: list[tuple[Any, int, int, int]] = []     # the open elements: (node, its parent, the parent's flags, index)
    push, pop = stack.append, stack.pop
    node, p, fp, last = root.first_child, 0, 0, -1    # (``last``: the last element child of ``p`` so far)
    i = 0              # the last element's index
    n = 0              # the pieces so far (``len(texts)``)
    spaced = True      # no piece yet, or the last ends with a space or is a <br>: spacing adds none
    while True:
        while node is not None:
            if node.is_text_node:      # (its tag is "-text"; the test makes no string)
                text = node.text_content
                if text:
                    if text.isspace():     # spacing between tags: a space at the end of the piece before
                        if not spaced:
                            texts[-1] += " "
                            spaced = True
                    elif not fp & SKIP:
                        add_text(text)
                        add_owner(p)
                        n += 1
                        spaced = text[-1].isspace()
                node = node.next
                continue
            tag = node.tag
            if tag == "-comment":
                node = node.next
                continue
            i += 1
            add_tag(tag)
            add_p0(n)
            add_parent(p)
            add_prev(last)
            f = fp
            if f & SKIP or tag in SKIP_TAGS:
                f |= SKIP
                add_attrs(NONE)      # elements of scripts have none
            else:
                if tag in FORM_TAGS:
                    f |= FORM
                    if tag == "form":
                        tree._forms.append(i)
                elif tag == "a":
                    f |= LINK
                elif tag == "br" or tag == "hr":     # (a rule between a post's date and its text ends a line)
                    add_text("\n")
                    add_owner(i)
                    n += 1
                    spaced = True
                add_attrs(node.attributes)
            add_flags(f)
            add_block(i if tag in BLOCK_TAGS
                      or (tag and "-" in tag and block[p] == p and tags[p] not in PHRASING_HOSTS)
                      else block[p])     # (rule `custom-element`, `custom_block`; lexbor names some nodes None)
            add_end(i)
            child = node.first_child
            if child is None:
                add_p1(n)
                last = i
                node = node.next
            else:
                add_p1(0)
                push((node, p, fp, i))
                node, p, fp, last = child, i, f, -1
        ends[p], p1s[p] = i, n
        if not stack:
            break
        node, p, fp, last = pop()
        node = node.next
    skip, form, link = _HAS[SKIP], _HAS[FORM], _HAS[LINK]      # (a table read costs less than a test each)
    tree.skip, tree.form, tree.link = (list(map(skip.__getitem__, flags)), list(map(form.__getitem__, flags)),
                                       list(map(link.__getitem__, flags)))
