"""Paragraphs a site prints on many of its pages: learned from the corpus itself
(`cleaners.boilerplate.ParagraphStats`) or listed in the site's profile."""
from __future__ import annotations

from typing import Any, Mapping

from ..boilerplate import ParagraphStats, paragraph_key
from ..document import Document
from ..editor import Editor
from ..errors import NotConfigured
from ..registry import Cleaner
from ..sites import site_of


class SiteBoilerplate(Cleaner):
    """Paragraphs a site repeats on many of its pages (learned per site, or listed in its profile)."""

    name = "site_boilerplate"
    order = 950
    inputs = frozenset({"html", "text", "record"})

    def __init__(self, settings: Mapping[str, Any] | None = None):
        super().__init__(settings)
        self.everywhere = {paragraph_key(line) for line in self.settings.get("boilerplate") or []}
        self.per_site = {site: {paragraph_key(line) for line in lines}
                         for site, lines in (self.settings.get("boilerplate_profiles") or {}).items()}
        self.stats: ParagraphStats | None = self.settings.get("site_stats")

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None = None) -> "SiteBoilerplate":
        settings = settings or {}
        if not (settings.get("boilerplate") or settings.get("boilerplate_profiles") or settings.get("site_stats")):
            raise NotConfigured("no site profile lines and no learned statistics")
        return cls(settings)

    def clean(self, doc: Document) -> Document:
        site = site_of(doc.url or doc.metadata.get("url"), doc.metadata.get("site"))
        listed = self.everywhere | self.per_site.get(site or "", set())
        edit = Editor(doc, self.name)
        for block in doc.blocks:
            if block.kind != "code" and listed and paragraph_key(block.text) in listed:
                edit.drop(block, "site-profile")
            elif self.stats is not None and block.kind != "code" and self.stats.is_boilerplate(site, block.text):
                edit.drop(block, "site-repeat")
            else:
                edit.keep(block)
        return edit.done()
