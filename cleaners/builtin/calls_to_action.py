"""Calls to action: comment-form prompts and policies, membership, newsletter, social and share lines,
the author's contact line ("Have a tip? ... may be reached at <email>").

``comment-policy``: among the last `POLICY_BLOCKS` blocks of the body, a line of `MAX_POLICY_WORDS`
words at most that names the comments (cleaners/lang ``comments``) and their moderation
(``moderation``: "are moderated", "will not be published", "não serão aprovados pelo
moderador"), not quoted and reporting nobody: the site's rules for its comment form, however
it words them."""
from __future__ import annotations

import re

from functools import lru_cache

from .. import lang, linear_re, screen
from ..document import Document
from ..lines import is_quoted, word_count
from ..registry import Cleaner

_RULES = (
    ("comment-prompt", re.compile(
        r"^(?:add (?:a |new |your )?comment|leave a (?:comment|reply)|post (?:a )?comment|write a comment|"
        r"comments? (?:are|is) closed|be the first to comment|join the (?:discussion|conversation)|"
        r"(?:show|view|hide|load) (?:all )?comments|you must be logged in to (?:post|leave) a comment|"
        r"(?:please )?read our comment(?:ing)? (?:policy|guidelines|rules)|comment policy|"
        r"(?:log ?in|sign ?in) to (?:comment|reply)|\d+ comments?$|what do you think\?|"
        r"tell us what you think\b)", re.I)),
    ("membership", re.compile(
        r"^(?:become a (?:member|patron|subscriber|supporter)|join (?:us|our (?:community|mailing list)|today)|"
        r"subscribe (?:now|today|to (?:our|the|this)|for)|sign up (?:for|to|now|today)|register (?:now|today|for free)|"
        r"get unlimited access|already a (?:member|subscriber)\??)", re.I)),
    ("newsletter", re.compile(
        r"\b(?:(?:sign up|subscribe) (?:to|for) (?:our|the) (?:\w+ )?newsletter|"
        r"(?:delivered|straight) to your inbox|get the latest [\w ]{0,40} in your inbox)\b", re.I)),
    ("share", re.compile(
        r"^(?:(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:story|article|post|piece)\?\s*)?"
        r"share (?:it|this(?: story| article| post)?) with (?:a friend|your friends|friends|others)[.!]*$|"
        r"^(?:share|tweet|email|e-mail|print|pin|whatsapp|telegram|facebook|twitter|linkedin|reddit)"
        r"(?: (?:this|the) (?:article|story|page|post))?(?: on \w+)?"
        r"(?:\s*[|/,·•]\s*(?:share|tweet|email|e-mail|print|pin|whatsapp|telegram|facebook|twitter|linkedin|reddit))*$",
        re.I)),
    ("read-more", re.compile(
        r"^(?:read more|continue reading|read the full (?:story|article)|more on this(?: story)?|see also|"
        r"related(?: articles| stories| posts)?|recommended(?: for you)?|you may also like|most read|top stories|"
        r"also (?:on|at|from) [\w-]+\.[a-z]{2,6})"
        r"(?:\s*[:|\u00bb\u203a\u2192-]\s*.*|[\s.\u2026!\u00bb\u203a\u2192]*)$",   # a label, alone or before a link
        re.I)),
)
# the author's contact line under a story: "Have a tip? <name> may be reached at <email>."
_CONTACT = re.compile(r"^(?:have|got) a (?:news |story )?tip\?|\b(?:may|can) be (?:reached|contacted|emailed) at\b", re.I)
_EMAIL = linear_re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")   # RE2: 'a' x 200k backtracked quadratically
_SOCIAL_SITE = re.compile(r"\b(?:facebook|twitter|telegram|instagram|youtube|linkedin|whatsapp|vkontakte|vk|tiktok|"
                          r"mastodon|bluesky|rss|x\.com)\b", re.I)
_SOCIAL_VERB = re.compile(  # addressed to the reader: an imperative or "... us on ..."
    r"(?:^|[.!?]\s+)(?:please |also |and |or )?(?:follow|like|join|comment|share|subscribe|find|connect|watch)\b|"
    r"\b(?:follow|like|find|join|connect with) us\b", re.I)


_LANGUAGE_RULES = (   # the same calls in every installed language (cleaners/lang)
    ("comment-prompt", "comment_prompt", "start"),
    ("membership", "membership", "start"),
    ("newsletter", "newsletter", "search"),
)
MAX_TAIL_WORDS = 8
POLICY_BLOCKS = 4         # blocks at the end of the body a comment policy stands in
MAX_POLICY_WORDS = 60


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    """Every line a rule could take: the words the calls start with, the newsletter and
    social-site words, the contact phrases, and the same calls in the words of ``langs``."""
    starts = lang.alternation(lang.words("comment_prompt", langs) + lang.words("membership", langs))
    anywhere = lang.alternation(lang.words("newsletter", langs))
    return screen.compile(
        r"^(?:add|leave|post|write|comments?|be the|join|show|view|hide|load|you must|please|read|log|sign|\d|"
        r"what do you|tell us|become|subscribe|register|get unlimited|already|like|liked|enjoy|enjoyed|love|loved|"
        r"share|tweet|email|e-mail|print|pin|whatsapp|telegram|facebook|twitter|linkedin|reddit|continue|more on|"
        r"see also|related|recommended|you may|most read|top stories|also|have|got)|newsletter|inbox|"
        r"facebook|twitter|telegram|instagram|youtube|linkedin|whatsapp|vkontakte|vk|tiktok|mastodon|bluesky|rss|"
        r"x\.com|tip\?|be (?:reached|contacted|emailed) at|"
        rf"^{starts}(?:$|[^\w])|(?:^|[^\w]){anywhere}(?:$|[^\w])")


def _call_not_prose(text: str, end: int) -> bool:
    """What follows a call that opens the line is short and reports nobody: "What do you
    think? Tell us below" is a call, "What do you think? The plan would cut taxes for half
    the country" and "Join us, the mayor told the crowd" are prose."""
    tail = text[end:].strip(" ?!.,:;-–—…")
    if not tail:
        return True
    return word_count(tail) <= MAX_TAIL_WORDS and not lang.pattern("reported").search(tail)


def _comment_policy(text: str, langs: tuple[str, ...]) -> bool:
    """A line about the comments and their moderation (module docstring, ``comment-policy``)."""
    if word_count(text) > MAX_POLICY_WORDS or is_quoted(text):
        return False
    return bool(lang.pattern("comments", langs).search(text) and lang.pattern("moderation", langs).search(text)
                and not lang.pattern("reported", langs).search(text))


class CallsToAction(Cleaner):
    """Calls to action: comment prompts and policy, membership, newsletter, social-media and share lines."""

    name = "calls_to_action"
    order = 350
    max_words = 20

    def clean(self, doc: Document) -> Document:
        cuts = []
        langs = lang.document_languages(doc)
        for i in screen.candidates(doc.blocks, _screen(langs)):
            block = doc.blocks[i]
            rule = self.rule_for(block.text, langs) if block.kind != "code" else None
            if rule:
                cuts.append((i, rule))
        taken = {i for i, _ in cuts}
        cuts += [(i, "comment-policy") for i in range(max(0, len(doc.blocks) - POLICY_BLOCKS), len(doc.blocks))
                 if i not in taken and doc.blocks[i].kind != "code" and _comment_policy(doc.blocks[i].text, langs)]
        return screen.drop_all(doc, self.name, sorted(cuts))

    def rule_for(self, text: str, langs: tuple[str, ...] | None = None) -> str | None:
        """The rule that takes ``text``, in the words of ``langs`` (default: every installed language)."""
        if word_count(text) > self.max_words or is_quoted(text):
            return None
        for rule, pattern in _RULES:
            m = pattern.search(text)
            if m and (rule != "read-more" or word_count(text) <= 12) and _call_not_prose(text, m.end()):
                return rule
        for rule, key, where in _LANGUAGE_RULES:
            m = lang.pattern(key, langs, where=where).search(text) if where == "search" else \
                lang.pattern(key, langs, where=where).match(text)
            if m and _call_not_prose(text, m.end(1)):
                return rule
        if _SOCIAL_SITE.search(text) and _SOCIAL_VERB.search(text) and word_count(text) <= 14:
            return "social"
        if _CONTACT.search(text) and (_EMAIL.search(text) or _SOCIAL_SITE.search(text)):
            return "author-contact"
        return None
