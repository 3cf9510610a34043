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
    tags, parents, p0s, prevs, ends, p1s = tree.tag, tree.parent, tree.p0, tree.prev, tree.end, tree.p1
    block, texts, owners, attrs = tree.block, tree.text, tree.owner, tree.attrs
    stack: list[tuple[Any, int, int, int]] = []     # the open elements: (node, its parent, the parent's flags, index)
    node, p, fp, last = root.first_child, 0, 0, -1    # (``last``: the last element child of ``p`` so far)
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
                        texts.append(text)
                        owners.append(p)
                        spaced = text[-1].isspace()
                node = node.next
                continue
            tag = node.tag
            if tag == "-comment":
                node = node.next
                continue
            i = len(tags)
            tags.append(tag)
            p0s.append(len(texts))
            parents.append(p)
            prevs.append(last)
            f = fp
            if f & SKIP or tag in SKIP_TAGS:
                f |= SKIP
            elif tag in FORM_TAGS:
                f |= FORM
                if tag == "form":
                    tree._forms.append(i)
            elif tag == "a":
                f |= LINK
            elif tag == "br" or tag == "hr":     # (a rule between a post's date and its text ends a line)
                texts.append("\n")
                owners.append(i)
                spaced = True
            flags.append(f)
            block.append(i if tag in BLOCK_TAGS
                         or (tag and "-" in tag and block[p] == p and tags[p] not in PHRASING_HOSTS)
                         else block[p])     # (rule `custom-element`, `custom_block`; lexbor names some nodes None)
            attrs.append(NONE if f & SKIP else node.attributes)    # elements of scripts have none
            ends.append(i)
            child = node.first_child
            if child is None:
                p1s.append(len(texts))
                last = i
                node = node.next
            else:
                p1s.append(0)
                stack.append((node, p, fp, i))
                node, p, fp, last = child, i, f, -1
        ends[p], p1s[p] = len(tags) - 1, len(texts)
        if not stack:
            break
        node, p, fp, last = stack.pop()
        node = node.next
    skip, form, link = _HAS[SKIP], _HAS[FORM], _HAS[LINK]      # (a table read costs less than a test each)
    tree.skip, tree.form, tree.link = [skip[f] for f in flags], [form[f] for f in flags], [link[f] for f in flags]
