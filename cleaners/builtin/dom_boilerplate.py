"""Page furniture around the article, recognised by markup and shape.

Each rule names a family of widgets by the words sites use in ``class``/``id``/``role`` (the conventional, English
CSS names of themes and CMSs are patterns in furniture_classes.toml: consent banners, overlays, share bars, newsletter
sign-ups, related-story boxes, ads, tag lists, paywall stubs, print/reprint links, author boxes, breadcrumb trails,
disclaimers, side columns named "sidebar"/"sidebox"/"right-rail" in markup older than ``<aside>``, navigation) and
checks the shape too (short, link-heavy, holds a form...), so that a word in a class name alone never removes
running text; nor does a family that is never prose (a share bar, a breadcrumb...) take a paragraph of prose inside
the main text container, nor an ad's or a paywall's a run of them (`_dom_prose`). The element holding the main text
container is never removed, but for an author box holding it (rule ``author-box``, `author_box_over_article`): on a
short post the writer's biography can be the page's longest paragraph, and so its main container; the box goes when
it fits its family's shape, holds no headline and a paragraph of `MIN_ARTICLE_PARAGRAPH` characters stands before it
outside it (the article comes before its author's box). Related-story links go to ``metadata.related``, tag links to
``metadata.tags``. Comment sections are left to the comment cleaner, which runs before this one. Boxes and lists
without a telling class, found by their heading words or teaser shape, are in ``dom_widgets``.

Sites name the boxes in their own language too ("werbung", "teilen", "articles-lies",
"correlati"): the ``class_*`` keys of cleaners/lang add those words to the patterns of
furniture_classes.toml, as whole class words whose parts may be joined by "-", "_" or nothing, in their
written and ASCII-folded forms ("publicité", "publicite"). They are matched for every
installed language, not the document's: class names are markup, not prose; this stage runs
before the body's language is known (only a declared ``lang`` is), and sites keep the class
names of their CMS whatever the language of a page. The words are long and language-specific
and still need the family's shape: over the 966 Dragnet pages and the 181 ScrapingHub
pages they match no class or id the English words do not.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import lang, linear_re
from ..document import Document
from ..lines import spaced_word_count
from ..registry import Cleaner
from ._dom import (attr_key, cut, inline_in_prose, inside, link_text_share, longest_paragraph, outermost,
                   protected_ids, remove, story_links, text_of)
from ._markup import B, E, class_pattern, table
from ._data_names import with_named
from ._dom_prose import prose_in_article, spares
from ._signup import sign_up_shaped
from .dom_column import column_widgets
from ._teasers import teaser_lists
from .dom_widgets import email_signups, headed_boxes

# (rule, max text chars, needs) in the order the families are tried -- needs: "links" link-heavy, "teasers" link-heavy
# or headline links with summaries, "sign-up" a form or input (or short text), no article's shape, "no-headline" no
# <h1>/<h2> inside (a trail's wrapper that holds the page's headline stays), "" nothing more; class words of each
# family: furniture_classes.toml; the families never prose (`_dom_prose`) leave a paragraph of the article in place
_SHAPES = (("consent-banner", 1500, ""), ("overlay", 600, "no-headline"), ("newsletter", 600, "sign-up"),
           ("share-bar", 300, ""),
           ("related-box", 3000, "teasers"), ("ad", 250, ""), ("tag-list", 500, "links"), ("paywall", 800, ""),
           ("print-link", 80, ""), ("author-box", 700, ""), ("breadcrumb", 300, "no-headline"),
           ("disclaimer", 600, ""), ("sidebar", 3000, ""))
_FAMILIES = tuple((rule, class_pattern(f"boilerplate.{rule}"), max_chars, needs) for rule, max_chars, needs in _SHAPES)


# the cleaners/lang key of each family's class words in other languages
CLASS_KEYS = {"newsletter": "class_newsletter", "share-bar": "class_share", "related-box": "class_related",
              "ad": "class_ad", "tag-list": "class_tags", "paywall": "class_paywall", "print-link": "class_print",
              "author-box": "class_author", "breadcrumb": "class_breadcrumb"}
_PARTS = re.compile(r"[\s_-]+")
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def folded_forms(word: str) -> set[str]:
    """``word`` as written and as class names spell it in ASCII: "publicité" and "publicite",
    "schlagwörter", "schlagworter" and "schlagwoerter", "powiązane" and "powiazane"."""
    word = unicodedata.normalize("NFC", word)
    return {word, _strip_marks(word.translate(_FOLD)), _strip_marks(word.translate(_UMLAUTS).translate(_FOLD))}


def class_words(rule: str) -> tuple[tuple[str, ...], ...]:
    """The parts of each class word of ``rule``'s family in the installed languages (all forms)."""
    forms = {f for w in lang.words(CLASS_KEYS[rule]) for f in folded_forms(w)} if rule in CLASS_KEYS else set()
    return tuple(sorted({tuple(p for p in _PARTS.split(f) if p) for f in forms}, key=lambda p: (-len("".join(p)), p)))


def _local_pattern(rule: str) -> re.Pattern | None:
    """One of the family's class words of other languages, as a whole class word (None: no words)."""
    words = class_words(rule)
    if not words:
        return None
    return re.compile(rf"{B}(?:{'|'.join('[-_]?'.join(map(re.escape, parts)) for parts in words)}){E}")


# words every match of a family's pattern contains: a cheap test before the regular
# expression (most class strings name no family at all); a class word of another language
# contains its longest part
_LITERALS = {rule: tuple(table(f"boilerplate.{rule}")["literals"]) for rule, _, _ in _SHAPES}
_SCREENED = tuple((rule, re.compile("|".join(map(re.escape, _LITERALS[rule]))), pattern, _local_pattern(rule),
                   max_chars, needs) for rule, pattern, max_chars, needs in _FAMILIES)
# the longest part of each class word of other languages (rare in class names: a second test
# only for the keys that hold one of all the words)
_LOCAL_WORDS = sorted({max(parts, key=len) for rule in CLASS_KEYS for parts in class_words(rule)}, key=len, reverse=True)
_ANY_LOCAL = linear_re.compile("|".join(map(re.escape, _LOCAL_WORDS)) or "$^")
# (RE2: whether one of the words occurs, found without trying each word at each position)
_ANY_LITERAL = linear_re.compile("|".join(sorted({re.escape(w) for words in _LITERALS.values() for w in words}
                                                 | set(map(re.escape, _LOCAL_WORDS)), key=len, reverse=True)))

MIN_ARTICLE_PARAGRAPH = 80   # characters of a paragraph before an author box holding the main container

ATOMIC_NAMES = 4       # class names of three characters or less that make a class string generated (atomic CSS)


def without_atomic_names(key: str) -> str:
    """``key`` without its names of three characters or less when it holds `ATOMIC_NAMES` of them
    or more: a string of generated atomic-CSS names ("pw-post-body-paragraph ad yv 9j oo v2 li")
    where "ad" is a name like "yv", no advertisement (a widget's own "ad ad-slot dfp" keeps them)."""
    names = key.split()
    if sum(len(n) <= 3 for n in names) < ATOMIC_NAMES:
        return key
    return " ".join(n for n in names if len(n) > 3)


@lru_cache(maxsize=16384)
def families_of(key: str) -> tuple[tuple[str, int, str], ...]:
    """``(rule, max chars, needs)`` of every family the class/id key names, in order (cached: sites share class
    strings, "entry-content", "widget", "post"; half the keys of a page were seen on another; over the keys of the
    966 Dragnet pages as parsed, 81,000 misses with 4096 keys kept, 66,000 with 16384, 63,000 distinct keys)."""
    if not _ANY_LITERAL.search(key):
        return ()
    key = without_atomic_names(key)
    local = _ANY_LOCAL.search(key) is not None
    return tuple((rule, max_chars, needs) for rule, words, pattern, local_pattern, max_chars, needs in _SCREENED
                 if words.search(key) and pattern.search(key) or local and local_pattern and local_pattern.search(key))

_NAV_TAGS = frozenset({"nav", "menu", "aside", "footer"})
_NAV_ROLES = frozenset({"navigation", "menubar", "search", "banner", "contentinfo", "complementary"})


def nav_elements(dom) -> list:
    """The page's navigation landmarks in page order, each once: ``nav``, ``menu``, ``aside``, ``footer`` and the
    elements whose ``role`` is one of `_NAV_ROLES` (ASCII case ignored, as a selector's ``i`` flag does). (One short
    selector, the role read here: the list of ten selectors, each tried on every element, took twice the time.)"""
    out, last = [], None
    for node in dom.css("nav, menu, aside, footer, [role]"):
        if node.mem_id == last:
            continue       # (lexbor gives an element once for each selector it matches: those come together)
        last = node.mem_id
        if node.tag not in _NAV_TAGS:
            role = node.attributes.get("role")
            if role is None or not (role.isascii() and role.lower() in _NAV_ROLES):
                continue
        out.append(node)
    return out


_AD_TAGS = "amp-ad, amp-embed, amp-sticky-ad"     # AMP's ad elements, with their "Advertisement" placeholder
_AD_TAG_NAMES = tuple(_AD_TAGS.split(", "))


def amp_ads(dom) -> list:
    """AMP's ad elements of the page, in page order (most pages hold none: `tags` answers at once, no walk)."""
    if not any(dom.tags(name) for name in _AD_TAG_NAMES):
        return []
    return dom.css(_AD_TAGS)
_EMBED_SELECTOR = "blockquote[class]"
_EMBED_CLASS = class_pattern("embedded_post")


def hoist_embedded_posts(dom) -> int:
    """Embedded social posts (``<blockquote class="twitter-tweet">`` and the like) quoted by the article are article
    text, but they sit in wrappers named ``embed``, ``social``, ``widget``, ``tweet`` that share-bar rules (ours and
    the extractor's) throw away. Each such quote replaces the outermost wrapper that holds nothing but it, as a plain
    ``<blockquote>``. Returns the number of posts hoisted."""
    count = 0
    for quote in dom.css(_EMBED_SELECTOR):
        if not _EMBED_CLASS.search((quote.attributes.get("class") or "").lower()):
            continue
        text = text_of(quote)
        if not text:
            continue
        wrapper = quote
        parent = quote.parent
        while parent is not None and parent.tag not in ("body", "html", "article", "main", "p") \
                and text_of(parent) == text:
            wrapper, parent = parent, parent.parent
        del quote.attrs["class"]
        if wrapper is not quote:
            wrapper.insert_before(quote)
            cut(wrapper)
        count += 1
    return count


class DomBoilerplate(Cleaner):
    """Consent, overlay, share, newsletter, related (into metadata), ad, tag (into tags), paywall, print, author, breadcrumb, disclaimer, sidebar and nav boxes."""

    name = "dom_boilerplate"
    scope = "html"
    order = 66
    inputs = frozenset({"html"})
    max_paragraph = 400       # a box holding a paragraph this long is running text, not furniture
    min_teaser_share = 0.25   # link share of a related box of headlines with summaries

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None:
            return doc
        hoist_embedded_posts(dom)
        protected = protected_ids(dom)
        candidates, taken, decided = [], set(), {}   # (taken: the candidates' ids; an element inside one is not read:
        # `outermost` drops it. An element with both a class and an id comes twice from the selector: read once, its
        # candidate, if any, comes twice, as before, the second removal finds it gone. `family_rule` is inlined outside
        # the protected elements: most name no family, and a call an element was a tenth of the cleaner's time)
        fitting = self.fitting_family
        for node in dom.css(with_named("body [class], body [id]", doc.html)):
            if (mem_id := node.mem_id) in decided:
                rule = decided[mem_id]
            elif mem_id in protected:
                rule = decided[mem_id] = self.family_rule(dom, node, protected)
            else:
                families = families_of(attr_key(node))
                rule = decided[mem_id] = fitting(node, families) if families and not (
                    taken and inside(node, taken)) else None
            if rule is not None:
                candidates.append((node, rule))
                taken.add(mem_id)
        for node in amp_ads(dom):
            if node.mem_id not in protected and self.fits(node, 250, ""):
                candidates.append((node, "ad"))
        for node in nav_elements(dom):
            if node.mem_id not in protected and longest_paragraph(node) <= self.max_paragraph \
                    and not prose_in_article(node):
                candidates.append((node, "navigation" if node.tag not in ("aside", "footer") else node.tag))
        langs = lang.languages(lang.page_language(doc))
        candidates += headed_boxes(dom, langs, protected, self.max_paragraph, self.min_teaser_share)
        candidates += teaser_lists(dom, langs, protected, taken)
        candidates += email_signups(dom, protected)
        related, tags = [], []
        kept = outermost(candidates)     # (then the column's boxes: after the candidates they may hold, cut first)
        for node, rule in kept + column_widgets(kept, protected):
            if rule in ("related-box", "headed-related", "teaser-list"):
                related += story_links(node, doc.url)
            elif rule == "tag-list":
                tags += [t for a in node.css("a") if (t := text_of(a)) and len(t) <= 60]
            doc = remove(doc, self.name, rule, node)
        if related:
            doc = doc.meta_append("related", related)
        if tags:
            doc = doc.meta_append("tags", tags)
        return doc

    def family_rule(self, dom, node, protected: set[int]) -> str | None:
        """The rule of the first family whose class words and shape ``node`` has, or None."""
        if node.mem_id in protected:
            return "author-box" if self.author_box_over_article(dom, node) else None
        return self.fitting_family(node, families_of(attr_key(node)))

    def fitting_family(self, node, families: tuple) -> str | None:
        """The rule of the first of ``families`` (`families_of` the node's key) whose shape ``node`` has, or None;
        a family never prose passes over a paragraph of the article, a notice's over a run of them (`_dom_prose`)."""
        if families and inline_in_prose(node):
            return None      # a tagged name or a linked word inside a sentence
        for rule, max_chars, needs in families:
            if self.fits(node, max_chars, needs) and not spares(rule, node):
                return rule
        return None

    def author_box_over_article(self, dom, node) -> bool:
        """Whether ``node``, which holds the main text container, is an author box after the article: named for the
        author-box family, of its shape (short, no long paragraph), no ``<h1>``/``<h2>`` inside, and a paragraph of
        `MIN_ARTICLE_PARAGRAPH` characters or more before it in the page."""
        box = next((f for f in families_of(attr_key(node)) if f[0] == "author-box"), None)
        if box is None or not self.fits(node, box[1], box[2]) or node.css_first("h1, h2") is not None:
            return False
        inside = {p.mem_id for p in node.css("p")}
        for p in dom.css("p"):
            if p.mem_id in inside:
                return False          # the box's own paragraphs reached: nothing of the article's length before it
            if len(text_of(p)) >= MIN_ARTICLE_PARAGRAPH:
                return True
        return False

    def fits(self, node, max_chars: int, needs: str) -> bool:
        text = text_of(node)
        if len(text) > max_chars or longest_paragraph(node) > self.max_paragraph:
            return False
        if needs in ("links", "teasers"):
            if not text:
                return True
            share = link_text_share(node, text)
            if share >= 0.4:
                return True
            # a story list whose teasers carry a one-line summary under each headline link
            return needs == "teasers" and share >= self.min_teaser_share and \
                sum(1 for a in node.css("a") if spaced_word_count(text_of(a)) >= 3) >= 3
        if needs == "no-headline":
            return node.css_first("h1, h2") is None
        if needs == "sign-up":
            return (node.css_first("form, input, button") is not None or len(text) <= 200) and sign_up_shaped(node)
        return True
