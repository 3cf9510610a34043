"""The fifth blind page harness's page kit: class naming styles, wrappers and the furniture record.

A ``Kit`` belongs to one page: its language's prose and labels, a naming style (``cms`` names a template
gives, ``semantic`` names of the role, ``generic`` box names, ``hashed`` CSS-in-JS names, ``none``), and
``junk``: ``(class, [lines])`` of every furniture instance put on the page (lines are what a reader sees).
"""
from __future__ import annotations

import html as _html

from tests.page_blind5_prose_a import PROSE_A
from tests.page_blind5_prose_b import PROSE_B
from tests.page_blind5_words import WORDS

PROSE = {**PROSE_A, **PROSE_B}
LANGS = sorted(PROSE)
STYLES = ("cms", "cms", "semantic", "generic", "hashed", "none")
GENERIC = ("box", "module", "block", "widget", "panel", "unit", "row", "col", "wrap", "inner", "item", "c")
SEMANTIC = {
    "nav": ("main-nav", "menu", "navbar", "primary-menu", "topnav"),
    "crumbs": ("breadcrumb", "breadcrumbs", "crumbs", "path"),
    "byline": ("byline", "post-meta", "meta", "article-info", "submitted"),
    "share": ("share", "social-share", "sharing", "share-buttons", "sociable"),
    "tags": ("tags", "post-tags", "tag-links", "keywords", "labels"),
    "related": ("related", "related-posts", "yarpp", "more-stories", "also-read", "rel-articles"),
    "author": ("author-box", "about-author", "author-bio", "vcard-box", "bio"),
    "newsletter": ("newsletter", "subscribe", "signup", "optin", "mc-embed"),
    "ad": ("ad", "ads", "advert", "banner", "adsense", "dfp-slot", "promo"),
    "sponsored": ("sponsored", "taboola", "outbrain", "partner-links", "native-ads"),
    "cookie": ("cookie-notice", "cookie-bar", "consent", "gdpr", "cc-banner"),
    "pager": ("post-navigation", "pager", "nav-links", "prev-next", "blog-pager"),
    "footer": ("footer", "site-footer", "colophon", "bottom", "foot-links"),
    "sidebar": ("sidebar", "widget-area", "rail", "aside", "secondary"),
    "widget": ("widget", "side-box", "block", "module"),
    "form": ("comment-respond", "respond", "comment-form", "reply-box", "leave-comment"),
    "login": ("must-log-in", "login-prompt", "logged-out", "signin"),
    "tools": ("tools", "article-tools", "print-email", "utility", "actions"),
    "gallery": ("gallery", "slideshow", "carousel", "photos", "wp-gallery"),
    "embed": ("embed", "twitter-tweet", "video-wrap", "media", "player"),
    "toc": ("toc", "table-of-contents", "ez-toc", "contents", "index"),
    "body": ("entry-content", "post-body", "article-body", "story-text", "content", "text"),
    "article": ("post", "article", "entry", "story", "hentry", "node"),
    "header": ("site-header", "masthead", "header", "top", "branding"),
}


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


class Kit:
    """One page's language, naming style and furniture record."""

    def __init__(self, rng, lang: str, style: str, site: str, date: tuple[int, int, int]):
        self.rng, self.lang, self.style, self.site, self.date = rng, lang, style, site, date
        self.prose, self.w = PROSE[lang], WORDS[lang]
        if rng.random() < 0.2 and lang != "en":  # an English theme's labels on a local blog
            self.w = {**self.w, **{k: WORDS["en"][k] for k in rng.sample(sorted(WORDS["en"]), 12)}}
        self.junk: list[tuple[str, list[str]]] = []
        self.author = rng.choice(self.prose["authors"])
        self.used = set()

    def note(self, cls: str, *lines: str) -> None:
        self.junk.append((cls, [x for x in lines if x and x.strip()]))

    def c(self, role: str, cms: str = "", tag: str = "class") -> str:
        """A class (or id) attribute for ``role`` in the page's naming style (leading space), or ``""``."""
        r = self.rng
        if self.style == "none" or (self.style == "cms" and not cms and r.random() < 0.5):
            return ""
        if self.style == "cms":
            name = cms or r.choice(SEMANTIC.get(role, (role,)))
        elif self.style == "semantic":
            name = r.choice(SEMANTIC.get(role, (role,)))
            name = r.choice((name, name.replace("-", "_"), "".join(p.title() for p in name.split("-")), name))
        elif self.style == "generic":
            name = f"{r.choice(GENERIC)} {r.choice(GENERIC)}-{r.randint(1, 12)}"
        else:
            name = " ".join(r.choice(("css-", "sc-", "_", "jsx-", "x")) + "".join(
                r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789") for _ in range(r.randint(5, 8)))
                for _ in range(r.randint(1, 3)))
        return f' {tag}="{name}"'

    def wrap(self, inner: str, lo: int = 0, hi: int = 3, role: str = "wrap") -> str:
        for _ in range(self.rng.randint(lo, hi)):
            inner = f"<div{self.c(role)}>{inner}</div>"
        return inner

    def headlines(self, k: int) -> list[str]:
        pool = [h for h in self.prose["headlines"] if h not in self.used] or list(self.prose["headlines"])
        out = self.rng.sample(pool, min(k, len(pool)))
        self.used.update(out)
        return out

    def href(self, text: str = "") -> str:
        r = self.rng
        slug = "-".join(str(r.randint(10, 999)) for _ in range(2))
        return f"https://{self.site}/{self.date[0]}/{self.date[1]:02d}/{r.choice(('news', 'blog', 'p'))}-{slug}.html"

    def datestr(self, d: tuple[int, int, int] | None = None) -> str:
        y, m, day = d or self.date
        months = "January February March April May June July August September October November December".split()
        shapes = {"en": f"{months[m - 1]} {day}, {y}",
                  "de": f"{day}.{m:02d}.{y}", "ru": f"{day:02d}.{m:02d}.{y}", "pl": f"{day:02d}.{m:02d}.{y}",
                  "tr": f"{day:02d}.{m:02d}.{y}", "ja": f"{y}年{m}月{day}日", "zh": f"{y}年{m}月{day}日"}
        return shapes.get(self.lang, f"{day:02d}/{m:02d}/{y}")

    def img(self, w: int = 0, h: int = 0) -> str:
        r = self.rng
        w, h = w or r.choice((80, 150, 300, 640)), h or r.choice((60, 100, 200, 360))
        src = f"https://{self.site}/wp-content/uploads/{self.date[0]}/{r.randint(1000, 9999)}-{w}x{h}.jpg"
        return f'<img src="{src}" width="{w}" height="{h}" alt="">'
