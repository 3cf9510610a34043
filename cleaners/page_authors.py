"""The author named by the page's markup, for a page whose JSON-LD, meta tags and bylines named none: schema.org
microdata (``itemprop=author``, its ``itemprop=name``), a ``rel=author`` link, a link to an author's page
("/author/ann-lee"), an element whose class, id or ``data-*`` names say author, byline or writer holding a short text
or an image whose ``alt`` is a name, and an ``article:author`` that is the URL of a profile page whose last segment is
a name ("/profile/oliver-thring" -> "Oliver Thring"). Read on the cleaned DOM, after the comment, sidebar and
related-box cleaners took their parts out, never inside what is left of such a part (`_EXCLUDED`), nor in a list of
several authors (a teaser list's bylines); the name nearest after the page's headline, else the nearest before it.
It waits for the text cleaners (`PENDING`, `settled`): a byline they read in the body names the author first. A name
is one to five words of letters (`page_author_names.is_name`), no label: the words of the file
``cleaners/lang/author_markup.toml`` (whole: "View Profile", "Name", "Autor"; any word: "RSS", "Staff") and the
by, published, comments... words of the document's languages (cleaners/lang); a trailing date or "says" is cut."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lang
from .builtin._data_names import with_named
from .builtin._dom import attr_key, inline_in_prose
from .builtin._markup import pattern_source, table
from .document import Document
from .page_author_names import clean_name, data, is_name

MAX_ANCESTORS = 12          # looked at above a name element for its container
MAX_DEPTH = 256             # of a candidate's ancestors read for a comment section, a sidebar or a related box


# a comment section, a tweet, a menu, a blogroll, a sidebar's text widget, a teaser list, the page's footer
_EXCLUDED = (r"comment|disqus|respond|discuss|reply|replies|tweet|twitter|(?:^|[\s_-])(?:nav|navbar|menu|menus|"
             r"navigation|blogroll|widget-area|textwidget|widget_text|teaser|teasers)(?=$|[\s_-])|(?:^|\s)(?:(?:site|"
             r"page|global|main)[-_]?)?footer(?:[-_]?(?:links|nav|menu|wrap|wrapper|inner|container))?(?=$|\s)")


@lru_cache(maxsize=1)
def _patterns():
    """(an author's class word, another's class word, an excluded container's name, a profile URL's path)."""
    classes = "|".join(sorted({re.escape(w) for ws in data()["classes"].values() for w in ws}, key=len, reverse=True))
    own = re.compile(rf"(?:^|[\s_-])(?:[a-z]*(?:{classes})[a-z]*)(?=$|[\s_-])")
    foreign = re.compile(r"comment|tweet|quote|review|reply|respond|disqus|(?:^|[\s_-])(?:bio|about|all|list|"
                         r"more|other|archive|box|description|desc|count|social|follow|contact)(?=$|[\s_-])")
    excluded = re.compile("|".join([pattern_source(table("boilerplate.related-box")["pattern"]),
                                    pattern_source(table("boilerplate.sidebar")["pattern"]), _EXCLUDED]))
    paths = "|".join(sorted({re.escape(w) for ws in data()["paths"].values() for w in ws}, key=len, reverse=True))
    profile = re.compile(rf"/(?:{paths})/([^/?#]+)/?(?:[?#].*)?$", re.I)
    return own, foreign, excluded, profile


@lru_cache(maxsize=64)
def _selector(langs: tuple[str, ...]) -> str:
    """The CSS selector of the candidates: itemprop or rel author, a class or id holding a part of a class word
    (`select`, and the class words of ``langs`` holding none), a link holding a part of a path."""
    select = data()["select"]
    words = [w for code in langs for w in data()["classes"].get(code, ()) if not any(s in w for s in select)]
    parts = ["[itemprop~=author]", "[rel~=author]"]
    parts += [f"[{a}*={word}]" for word in (*select, *dict.fromkeys(words)) for a in ("class", "id")]
    paths = [w for code in langs for w in data()["paths"].get(code, ())
             if not any(s in w for s in data()["select_paths"])]
    parts += [f'a[href*="{path}"]' for path in (*data()["select_paths"], *dict.fromkeys(paths))]
    return ", ".join(parts)


_STATE = re.compile(r"(?:^|\s)(?:has|with|no|without|show|hide|is)[-_]\S*")     # "has-sidebar": a layout's state
_EXCLUDED_TAGS = frozenset({"nav", "aside", "form", "select", "option", "button", "label", "textarea"})


def _excluded(node, seen: dict[int, bool]) -> bool:
    """Whether ``node`` stands in a comment section, a sidebar, a related box, a menu or a form (``seen``: the
    answers of the page's elements asked before, by id)."""
    _, _, excluded, _ = _patterns()
    up, path = node, []
    answer = False
    for _ in range(MAX_DEPTH):
        up = up.parent
        if up is None or up.tag in ("body", "html"):
            break
        if (known := seen.get(up.mem_id)) is not None:
            answer = known
            break
        path.append(up.mem_id)
        if up.tag in _EXCLUDED_TAGS or (key := _STATE.sub(" ", attr_key(up))).strip() and excluded.search(key):
            answer = True
            break
    for mem_id in path:
        seen[mem_id] = answer
    return answer


def _list_of(node) -> int | None:
    """The id of the nearest list (``ul``, ``ol``, ``table``, ``dl``) above ``node``, within four levels, or None."""
    up = node
    for _ in range(4):
        up = up.parent
        if up is None:
            return None
        if up.tag in ("ul", "ol", "table", "dl"):
            return up.mem_id
    return None


def _holds(outer, node) -> bool:
    """Whether ``node`` stands inside ``outer`` (within `MAX_ANCESTORS` levels)."""
    up, target = node, outer.mem_id
    for _ in range(MAX_ANCESTORS):
        up = up.parent
        if up is None:
            return False
        if up.mem_id == target:
            return True
    return False


# elements that hold a list or a form, never one name
_NOT_NAMES = frozenset({"ul", "ol", "table", "tbody", "dl", "select", "form", "nav", "body", "main", "article",
                        "section", "aside", "textarea", "input", "button", "script", "style"})


def _name_of(node, langs: tuple[str, ...]) -> str | None:
    """The name an author element holds: its ``itemprop=name`` or ``content``, its short text, an image's alt."""
    attrs = node.attributes
    if node.tag == "meta" or "content" in attrs and node.tag != "a":
        value = attrs.get("content") or ""
        return clean_name(value, langs) if value and not value.startswith("http") else None
    inner = node.css_first("[itemprop=name]") if "itemprop" in attrs else None
    if inner is not None:
        return clean_name(inner.attributes.get("content") or inner.text(separator=" "), langs)
    if node.tag == "img":
        return clean_name(attrs.get("alt") or "", langs)
    text = node.text(separator=" ")
    if text.strip():
        return clean_name(text, langs)
    image = node.css_first("img[alt]")
    return clean_name(image.attributes.get("alt") or "", langs) if image is not None else None


def _is_candidate(node) -> bool:
    """Whether ``node`` is named an author's element: itemprop or rel author, a link to an author's page, or a
    class word (not one of another's: "comment-author", "tweet-author", "author-bio")."""
    own, foreign, _, profile = _patterns()
    attrs, key = node.attributes, attr_key(node)
    if "comment" in key or "reply" in key:
        return False
    if "author" in (attrs.get("itemprop") or "").split() or "author" in (attrs.get("rel") or "").lower().split():
        return True
    if own.search(key):
        return not foreign.search(key)
    return node.tag == "a" and bool(profile.search(attrs.get("href") or "")) and not inline_in_prose(node)


def markup_authors(dom, langs: tuple[str, ...], html: str, site: str = "") -> list[tuple[int, str]]:
    """(position, name) of the authors the markup names outside comments, sidebars and lists of several authors
    (not the ``site``'s name), in the page's order, up to the first after the headline (its first ``h1``, given
    with the name ""), which ends the search when it stands in no list."""
    found: list[tuple[int, str, object]] = []
    head, seen, site = None, {}, site.casefold() + " "
    for k, node in enumerate(dom.css(f"h1, {with_named(_selector(langs), html)}")):
        if node.tag == "h1":
            head = k if head is None else head
            continue
        if head is not None and found and found[-1][0] > head and _list_of(found[-1][2]) is None and \
                not _holds(found[-1][2], node):
            break                   # (the first name after the headline is found: the rest is not read)
        if node.tag in _NOT_NAMES or not _is_candidate(node) or _excluded(node, seen) or \
                (name := _name_of(node, langs)) is None or site.startswith(name.casefold() + " "):
            continue
        if found and _holds(found[-1][2], node):
            if name.casefold() in found[-1][1].casefold():
                continue            # a name of the container's names ("By Ann Lee and Tom Berg")
            found.pop()             # the container of a name element: the element's name is read
        found.append((k, name, node))
    lists: dict = {}
    for k, name, node in found:
        lists.setdefault(_list_of(node), set()).add(name.casefold())
    out = [(k, name) for k, name, node in found if (box := _list_of(node)) is None or len(lists[box]) == 1]
    return ([(head, "")] if head is not None else []) + out


def profile_name(url: str) -> str | None:
    """The name of a profile page's URL: its last segment, two to four words of letters parted by "-"
    ("https://example.org/profile/oliver-thring" -> "Oliver Thring"), or None."""
    _, _, _, profile = _patterns()
    m = profile.search(url.strip())
    if not m or not re.fullmatch(r"[^\W\d_]+(?:[-_.][^\W\d_]+){1,3}", m.group(1)):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in re.split(r"[-_.]", m.group(1)))


_META = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)


def _article_author(html: str) -> str | None:
    """The ``content`` of the page's ``article:author`` meta element (its tag read in the page's source)."""
    at = html.find("article:author")
    if at < 0:
        return None
    start, end = html.rfind("<", 0, at), html.find(">", at)
    m = _META.search(html, start, end) if 0 <= start < end else None
    return m.group(1) if m else None


# the metadata key the markup's author waits under while the text cleaners run: a byline they read in the body (the
# article's own, "By Ann Lee" under the headline) names the author before the markup does (an author box's link,
# a site account's display name); `settled` takes it out of the record
PENDING = "_markup_author"


def markup_author(doc: Document, dom) -> str | None:
    """The author the page's markup names (`markup_authors`, else an ``article:author`` profile URL, `profile_name`)
    when no author is known yet, or None; ``dom``: the cleaned page."""
    if doc.metadata.get("author") or dom is None or not doc.html:
        return None
    langs = lang.languages(lang.page_language(doc))     # (declared, or detected for the HTML stages: no detection)
    found = markup_authors(dom, langs, doc.html, doc.metadata.get("site") or "")
    head = next((k for k, name in found if not name), None)
    names = [(k, name) for k, name in found if name]
    if names:
        after = [(k, name) for k, name in names if head is None or k > head]
        return after[0][1] if after else names[-1][1]
    if (url := _article_author(doc.html)) and (name := profile_name(url)) and is_name(name, langs):
        return name
    return None


def author_from_markup(doc: Document, dom) -> Document:
    """``doc`` with the markup's author (`markup_author`) waiting under `PENDING`, for `settled`."""
    return doc.with_metadata(**{PENDING: name}) if (name := markup_author(doc, dom)) else doc


def settled(doc: Document) -> Document:
    """``doc`` with ``metadata.author`` the markup's (`PENDING`) when the text cleaners found none, the key gone."""
    if PENDING not in doc.metadata:
        return doc
    meta = dict(doc.metadata)
    return doc.replace(metadata=meta).meta_default(author=meta.pop(PENDING))
