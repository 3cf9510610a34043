"""Paragraphs of the article kept from trafilatura's class-name discards (rule ``prose-class-kept``).

No removal: attributes of the pruned page change. trafilatura deletes every element whose ``class``, ``id`` or
``role`` holds one of its boilerplate tokens (``OVERALL_DISCARD_XPATH``: "meta", "bar", "embed", "widget",
"share", "related", "sidebar"..., also inside a word: "metadata-note", "sidebar-box", "share-price"), with what it
holds. Inside the article such a name is put on a paragraph of it (a box of context, an update note, a
quoted post, a CMS's "widget-text" block) as often as on furniture, and the DOM pass has already taken the
furniture out by class name and shape (`builtin.dom_boilerplate` and the other DOM cleaners). An element inside
the main text container (`builtin._dom.main_container`) whose text is prose (`lines.is_prose`), mostly not
linked, holding no form, button or frame (`builtin._dom_prose.prose_element`), or a ``<span>`` set in a sentence of a
block of prose
(`builtin._dom.inline_in_prose`: "<span class="tags">Critics</span> argue that ..."), loses the attribute tokens
trafilatura would delete it for (`extract_keep.kept_attributes`), unless that changes where trafilatura looks for
the article or the comments, or the element is deleted for another reason (hidden by its style), or trafilatura
reads the page's author from it (a byline, an author's biography: `AUTHORS`), or its names say a notice or page
chrome (`_NOTICE`: trafilatura's consent, newsletter, paywall, banner, message and footer tokens; our families of
prose furniture, `_PROSE_FURNITURE`).
"""
from __future__ import annotations

import logging

import re

import trafilatura.xpaths
from trafilatura.xpaths import AUTHOR_XPATHS

from .builtin._dom import INLINE_TAGS, ancestors, attr_key, display_text, inline_in_prose, main_container
from .builtin._dom_prose import prose_element
from .extract_keep import ATTRIBUTES, discarded, kept_attributes, matches, selected
from .lines import is_prose

log = logging.getLogger(__name__)

# trafilatura's tokens of notices and page chrome laid over or around the article (its groups of consent, newsletter,
# paywall, banner/button/sidebar/breadcrumb chrome, message containers, blurred or obfuscated text, footers): a
# paragraph so named is a notice ("We use cookies ...", "You are reading a preview ...") and stays discarded (read
# with getattr: the groups are trafilatura's own; a version without one loses that group only)
_NOTICE_GROUPS = ("_CONSENT_CLASS_TOKENS", "_CONSENT_ID_CLASS_TOKENS", "_NEWSLETTER_ID_CLASS_TOKENS",
                  "_PAYWALL_ID_TOKENS", "_UI_CHROME_ID_CLASS_TOKENS", "_UI_CHROME_ID_TOKENS", "_MISC_CLASS_TOKENS",
                  "_FOOTER_CLASS_TOKENS")
_NOTICE = re.compile("|".join(t.strip() for group in _NOTICE_GROUPS for t in getattr(trafilatura.xpaths, group, ())
                              ) or "$^")
# and the furniture families of ours whose furniture is prose (`builtin.dom_boilerplate`: a notice the DOM pass
# left for its length or shape is no article's paragraph either)
_PROSE_FURNITURE = frozenset({"consent-banner", "newsletter", "paywall", "author-box", "disclaimer"})

RULE = "prose-class-kept"
AUTHORS = tuple(AUTHOR_XPATHS)     # an element trafilatura reads the author from keeps its names (a byline)
# the tags trafilatura's discard tests (it renames lists and items), as the pruned page writes them
_TAGS = frozenset({"div", "p", "section", "span", "ul", "ol", "dl", "li", "dt", "dd"})


def _notice(node, attrs: dict[str, str]) -> bool:
    """Whether the element's names say a notice or page chrome (`_NOTICE`, `_PROSE_FURNITURE`)."""
    from .builtin.dom_boilerplate import families_of
    return any(_NOTICE.search(v) for v in attrs.values()) or \
        any(f[0] in _PROSE_FURNITURE for f in families_of(attr_key(node)))


def _in_sentence(node) -> bool:
    """A word or a name set in a sentence: a span in a run of plain words whose block is prose."""
    if not inline_in_prose(node):
        return False
    block = next((a for a in ancestors(node) if a.tag not in INLINE_TAGS), None)
    return block is not None and is_prose(display_text(block))


def keep_prose(dom) -> int:
    """Drop, from the elements of the article's prose inside the main text container of ``dom``, the attribute
    tokens that make trafilatura delete them (module docstring); the number of elements changed."""
    main = main_container(dom)
    if main is None:
        return 0
    changed = 0
    for node in main.css("[class], [id], [role]"):
        if node.tag not in _TAGS or node.mem_id == main.mem_id:
            continue
        attrs = {name: value for name in ATTRIBUTES if (value := node.attributes.get(name))}
        if not attrs or not discarded(node.tag, attrs) or _notice(node, attrs):
            continue
        if not (_in_sentence(node) if node.tag == "span" else prose_element(node)) or matches(node.tag, attrs, AUTHORS):
            continue
        kept = kept_attributes(node.tag, attrs)
        if discarded(node.tag, {k: v for k, v in kept.items() if v is not None}) or \
                selected(node.tag, kept) != selected(node.tag, attrs):
            continue
        for name, value in kept.items():
            if value is None:
                del node.attrs[name]
            elif value != attrs[name]:
                node.attrs[name] = value
        log.debug("%s: %s %s -> %s", RULE, node.tag, attrs, kept)
        changed += 1
    return changed
