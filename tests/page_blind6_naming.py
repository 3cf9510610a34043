"""Class/id naming styles of the sixth blind page harness.

``native`` (the site's own language: ``artikel-text``, ``contenu``, ``noticia-cuerpo``), ``english`` (role
words), ``bem`` (``c-article__body--wide``), ``hashed`` (CSS-module names ``Body_body__3xK9a``) and
``utility`` (atomic utility classes that name no role).
"""
from __future__ import annotations

from tests.page_blind6_words import NATIVE

STYLES = ("native", "native", "english", "bem", "hashed", "utility")
ENGLISH = dict(body="article-body", article="article", aside="sidebar", ad="ad-container", box="infobox",
               teaser="related-articles", meta="article-meta", caption="caption", nav="main-nav",
               footer="site-footer", share="share-bar", author="author-box", tags="tag-list", audio="audio-player",
               paywall="paywall", newsletter="newsletter-signup", crumbs="breadcrumb", video="video-teaser",
               tools="article-tools", consent="cookie-consent", report="report-error", back="back-link",
               comments="comment-count", lead="lead", header="site-header", title="headline", updated="timestamp",
               reading="reading-time", page="page", main="main-content")
UTILITY = ("flex items-center gap-2", "mt-4 mb-6", "px-4 py-2 text-sm", "grid grid-cols-12", "max-w-3xl mx-auto",
           "text-gray-600 text-xs", "relative overflow-hidden", "w-full md:w-2/3", "space-y-4", "border-t pt-3")
ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Namer:
    """``cls(role)``: the class attribute value of a role in this page's style."""

    def __init__(self, rng, lang: str, style: str):
        self.rng, self.lang, self.style = rng, lang, style
        if style == "native" and lang not in NATIVE:
            self.style = "english"
        self.seen: dict[str, str] = {}

    def cls(self, role: str) -> str:
        if role not in self.seen:
            self.seen[role] = self._make(role)
        return self.seen[role]

    def _make(self, role: str) -> str:
        rng = self.rng
        word = NATIVE.get(self.lang, {}).get(role) if self.style == "native" else None
        word = word or ENGLISH.get(role, role)
        if self.style in ("native", "english"):
            return word
        if self.style == "bem":
            mod = rng.choice(("", "", " c-{0}--wide", " c-{0}--compact"))
            block = "c-article" if role in ("body", "meta", "lead", "title", "caption", "updated") else f"c-{role}"
            name = f"{block}__{role}" if block == "c-article" else block
            return name + mod.format(role)
        if self.style == "hashed":
            h = "".join(rng.choice(ALPHA) for _ in range(5))
            return f"{role.title()}_{rng.choice(('wrapper', 'container', 'root', role))}__{h}"
        return rng.choice(UTILITY)

    def attr(self, role: str) -> str:
        return f' class="{self.cls(role)}"'
