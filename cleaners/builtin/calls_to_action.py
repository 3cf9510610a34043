"""Calls to action: comment-form prompts and policies, membership, newsletter, social and share lines,
the author's contact line ("Have a tip? ... may be reached at <email>").

``comment-policy``: among the last `POLICY_BLOCKS` blocks of the body, a line of `MAX_POLICY_WORDS` words at most
that names the comments (cleaners/lang ``comments``) and their moderation (``moderation``: "are moderated", "will
not be published", "não serão aprovados pelo moderador"), not quoted and reporting nobody: the site's rules for its
comment form, however it words them.

``newsletter-signup``: a clause of a line of `MAX_SIGNUP_WORDS` words at most opens with a sign-up template of the
language (cleaners/lang ``newsletter_signup``, ``*`` a newsletter's name of up to three words, "sign-up"/"signup"
spelled either way): "Sign-up To The Newsletter And Get A Free eBook", "..., sign up for the Crypto-Gram Newsletter."
``app-download``: a line opens with a call to install the site's app (cleaners/lang ``app_call``, templates where
``*`` is up to three words: "Laden Sie unsere kostenlose App herunter", "Descarga gratis nuestra aplicación"). After
either, a purpose of `MAX_CALL_TAIL_WORDS` words at most ("... to get breaking news on your phone"). A web address
closing any call is its link (``call-link``: "... Register for free. https://example.org/signup").

The calls are the phrases of the document's language and English (cleaners/lang): comment prompts
(``comment_prompt``), membership and newsletter calls, share calls (``share_call``) and follow calls (``follow``, with
a social site named), each opening the line with a short tail that reports nobody ("Join us, the mayor told the crowd"
stays); a newsletter named by one word ("boletín", "newsletter") is a call in a label or a button, not in a statement
closed by a full stop ("El boletín oficial publicó el decreto."). ``tip-line``: the site asks for its reader's news,
pictures or story (``tip_call``: "Send us your tips", "Envie a sua sugestão de pauta"). A comment prompt or a tip line
may follow a short question ("O que você achou? Comente abaixo.", "Masz ciekawy temat? Napisz do nas!").

Lines that are only a phrase, a count aside (a sentence opening with it stays): a link to the
thread (``comment-prompt``, ``comment_link``: "Jetzt kommentieren (12)"), a count of the comments
("12 comments", "Kommentare (3)", ``comments``), a share target (``share``: "Email", "Teilen", or a
social site's name), a related label before a link ("Lesen Sie auch: ...", "Also on example.com"), a login or subscribe
button (``login-chrome``, ``login_link``: "Anmelden"), a paywall notice (``paywall``: "Dieser Artikel
ist nur für Abonnenten", "Il vous reste 70 % de cet article à lire", "Jetzt weiterlesen mit SZ Plus").

``login-chrome``: a short line whose every sentence opens with a login or registration phrase (``login``), a short
question maybe before them: "Forgot your password?", "No account? Registration is free!", "Want more? Register free."

``welcome-visitor``: a welcome to the visitor at either end of the body (`_welcome_line`: "If you're new here, ...").

``more-news``: a call to read more of the site's news (`_more_news`: "Mehr Nachrichten aus der Region finden Sie hier").

``empty-thread``: the last lines of the body, each an empty thread's note (``empty_thread``: "No comments yet.",
"Be the first to comment!") or a comment heading with nothing under it ("READER COMMENTS:", ``comments``). None of
these rules takes a line that reports someone. ``appeal-tail``: a call glued to a paragraph's end (`_appeal_tail`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re, screen
from ..document import Document
from ..lines import FULL_STOPS, UNSPACED_LETTER, is_quoted, stop_class, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from . import _appeal_tail as appeal_tail
from ._asked_call import MAX_QUESTION_WORDS, _QUESTION, after_question, question_kept, question_leads
from ._call_forms import follow_call as _follow_call, read_more as _read_more
from ._calls_only import calls_only
from ._comment_lines import POLICY_BLOCKS, SENTENCES, comment_policy, empty_thread
from ._lone_line import BUTTON_SIGNS, core, lone, screen_words, templates, undecorated
from ._app_stores import PRICE, store_call
from ._verb_second import statement_after
from ._word_size import statement_words
from ._welcome_line import EDGE_BLOCKS, welcome as _welcome
from ._more_news import more_news, screen_words as news_words
from ._network_lines import network_lines
from ._newsletter_label import newsletter_label
from ._networks import SITES as _SITES, SOCIAL_SITE, UNSPACED_SITES as _UNSPACED_SITES
from .navigation import shape

MAX_READ_MORE_WORDS = 12
# the author's contact line under a story: "Have a tip? <name> may be reached at <email>."
_EMAIL = linear_re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")   # RE2: 'a' x 200k backtracked quadratically
# a line that is only a count of the comments: "12 comments", "(3) Kommentare"
_COUNT_FIRST = re.compile(r"^[(\[]?\d+[)\]]?\s+(?=\S)")
_WHOLE = frozenset({"membership", "newsletter", "newsletter-signup", "share", "social", "app-download"})  # _appeal_tail
_BRACKETED = re.compile(r"^\[\s*([^\[\]\n]+?)\s*\]$")     # a whole line in square brackets (no markdown link)
_CALL_LINK = re.compile(r"\s+(?:https?://|www\.)[^\s<>]+\s*$")   # a call's link after it (``call-link``)
MAX_MEMO = 50_000    # texts whose rule `CallsToAction.rule_for` keeps
MAX_CALL_TAIL_WORDS = 12  # of the purpose after a sign-up or app call: "Download our app to get ... on your phone."

_LANGUAGE_RULES = (   # the same calls in every installed language (cleaners/lang)
    ("comment-prompt", "comment_prompt", "start"),
    ("membership", "membership", "start"),
    ("newsletter", "newsletter", "search"),
)
_ASKED = ("comment_prompt", "tip_call")   # calls that may follow a short question: "O que você achou? Comente abaixo."
MAX_TAIL_WORDS = 8
MAX_SIGNUP_WORDS = 25
MAX_LOGIN_WORDS = 12
MAX_PAYWALL_CHARS = 90
_CLAUSE = re.compile(rf"(?:^|[{stop_class('!?;:,')}]\s+)")


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    """Every line a rule could take: the words the calls start with, the newsletter and
    social-site words, the contact phrases, and the same calls in the words of ``langs``."""
    starts = lang.alternation(lang.words("comment_prompt", langs) + lang.words("membership", langs) + lang.words("tip_call", langs)
                              + lang.words("login", langs) + lang.words("read_more", langs)
                              + lang.words("related", langs) + lang.words("follow", langs)
                              + lang.words("share", langs) + lang.words("comments", langs))
    anywhere = lang.alternation(lang.words("newsletter", langs) + lang.words("share_call", langs) + lang.words("login", langs)
                                + lang.words("author_contact", langs) + screen_words("comment_link", langs)
                                + screen_words("login_link", langs) + screen_words("newsletter_signup", langs, True)
                                + screen_words("paywall", langs, True) + screen_words("app_call", langs, True)
                                + news_words(langs))
    # (a pictograph or an arrow may stand before the opening words: "📲 Køb abonnement ...", rule_for reads it undecorated)
    return screen.compile(rf"^\W*\d|{_SITES}|{_UNSPACED_SITES}|preferred source|(?:^[^\w\n]{{0,4}}|[?;\x{{37e}}\x{{61f}}]\s+)[\x{{bf}}\x{{a1}}]?{starts}(?:$|{lang.NOT_WORD})|"
                          rf"(?:^|{lang.NOT_WORD}){anywhere}(?:$|{lang.NOT_WORD})")


def _call_not_prose(text: str, end: int, langs: tuple[str, ...] | None, most: int = MAX_TAIL_WORDS) -> bool:
    """What follows a call is short (``most`` words) and reports nobody: "What do you think? Tell us below" is a call,
    "What do you think? The plan would cut taxes for half the country" and "Join us, the mayor told the crowd" are prose."""
    tail = text[end:].strip(" ?!.,:;-–—…")
    return not tail or statement_words(tail) <= most and not lang.pattern("reported", langs).search(tail) \
        and not statement_after(text, end, langs)     # "Jetzt testen die Ingenieure die Anlage." (_verb_second)


def _language_call(key: str, where: str, text: str, langs: tuple[str, ...]) -> bool:
    """A phrase of ``key`` opens ``text`` (``where`` "start"; for `_ASKED` keys maybe after a short question) or stands in
    it ("search"), a short tail after it that reports nobody; or a later phrase has such a tail ("Sign up for our
    newsletter and get ... in your inbox"). A membership call naming its price may say more after it
    (`MAX_CALL_TAIL_WORDS`: "Subscribe for $2 a week and read every story on the site without limits.")."""
    pattern = lang.pattern(key, langs, where=where)
    if key in _ASKED and not pattern.match(text) and (q := _QUESTION.match(text)) and \
            word_count(q.group()) <= MAX_QUESTION_WORDS:
        text = text[q.end():]
    found = (list(pattern.finditer(text)) if pattern.search(text) else []) if where == "search" else \
        [m for m in [pattern.match(text)] if m]     # (a search first: RE2's finditer has a slow Python layer)
    if key == "newsletter" and text.rstrip().endswith(FULL_STOPS):   # a statement naming one ("El boletín oficial ...")
        found = [m for m in found if " " in m.group(1).strip() or UNSPACED_LETTER.search(m.group(1))]
    if not found:
        return False
    most = MAX_CALL_TAIL_WORDS if key == "membership" and PRICE.search(text) else MAX_TAIL_WORDS
    return _call_not_prose(text, found[0].end(1), langs, most) or len(found) > 1 and \
        not lang.pattern("reported", langs).search(text) and any(_call_not_prose(text, m.end(1), langs) for m in found[1:])


def _newsletter_signup(text: str, langs: tuple[str, ...]) -> bool:
    """A clause opens with a sign-up template, a short tail after it (module docstring)."""
    if statement_words(text) > MAX_SIGNUP_WORDS or lang.pattern("reported", langs).search(text):
        return False
    signup = templates("newsletter_signup", langs)
    for clause in _CLAUSE.finditer(text):
        m = signup.match(text, clause.end())
        if m and _call_not_prose(text, m.end(), langs, MAX_CALL_TAIL_WORDS):
            return True
    return False


def _app_call(text: str, langs: tuple[str, ...]) -> bool:
    """The line opens with an app call of ``langs`` (``app_call``, ``*`` up to three words such as
    "gratis" or "jetzt kostenlos"), a short tail after it, nobody reported."""
    m = templates("app_call", langs).match(text.lstrip("\u00bf\u00a1"))
    return bool(m) and statement_words(text) <= MAX_SIGNUP_WORDS and _call_not_prose(text.lstrip("\u00bf\u00a1"), m.end(), langs, MAX_CALL_TAIL_WORDS) \
        and not lang.pattern("reported", langs).search(text)


def _paywall(text: str, langs: tuple[str, ...]) -> bool:
    """The line is only a paywall notice of ``langs`` (``paywall``, ``#`` a number): "Dieser Artikel
    ist nur für Abonnenten"; or one that names the product (``*``) and is no sentence, as it does
    not end with a full stop: "Jetzt weiterlesen mit SZ Plus »" ("Weiterlesen mit Kindern macht Spaß." stays)."""
    line = core(text)
    if not line or len(line) > MAX_PAYWALL_CHARS:
        return False
    if templates("paywall", langs, named=False).fullmatch(shaped := shape(line)):
        return True
    return not text.rstrip().endswith(FULL_STOPS) and bool(templates("paywall", langs, named=True).fullmatch(shaped))


def _share_call(text: str, langs: tuple[str, ...]) -> bool:
    """A share call of ``langs`` (``share_call``) opening the line, maybe after a short question
    ("Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Ihren Freunden!"), a short tail after it."""
    q = _QUESTION.match(text)
    if q and word_count(q.group()) <= MAX_QUESTION_WORDS:
        text = text[q.end():]
    m = lang.pattern("share_call", langs, where="start").match(text.lstrip("\u00a1"))
    return bool(m) and _call_not_prose(text.lstrip("\u00a1"), m.end(1), langs)


def _comment_count(text: str, langs: tuple[str, ...]) -> bool:
    """The line is only a count of the comments (``comments`` after a number, or a number after
    it): "12 comments", "(3) Kommentare", "Kommentare (3)"; a bare "Comments" heading is not one,
    nor a count of none, which is an empty thread's line (`empty_thread`)."""
    line = core(text)
    m = _COUNT_FIRST.match(line)
    if m:
        count, words = line[:m.end()], line[m.end():]
    else:
        words = core(text, count=True)
        count = line[len(words):]
    digits = re.sub(r"\D", "", count)
    return bool(digits.strip("0")) and lone("comments", words, langs, count=False)


def _every_sentence_opens_with(key: str, text: str, langs: tuple[str, ...]) -> bool:
    """Each sentence of ``text`` opens with a phrase of ``key``, a short tail after it, a short question maybe before."""
    opening = lang.pattern(key, langs, where="start")
    if (q := _QUESTION.match(text := text.strip())) and word_count(q.group()) <= MAX_QUESTION_WORDS:
        text = text if opening.match(text.lstrip("\u00bf\u00a1")) else text[q.end():]
    for sentence in SENTENCES.split(text):
        sentence = sentence.lstrip("\u00bf\u00a1")
        m = opening.match(sentence)
        if not m or not _call_not_prose(sentence, m.end(1), langs):
            return False
    return True


class CallsToAction(Cleaner):
    """Calls to action: comment prompts and policy, membership, newsletter, login, welcome, social and share lines."""

    name = "calls_to_action"
    order = 350
    max_words = 20

    def clean(self, doc: Document) -> Document:
        cuts, asked = [], SparseEditor(doc, self.name)
        langs = lang.document_languages(doc)
        rule_of = lambda s: self.rule_for(s, langs)   # noqa: E731
        for i in screen.candidates(doc.blocks, _screen(langs)):
            block = doc.blocks[i]
            if block.kind != "code" and (kept := question_kept(block.text, rule_of)):
                asked.cut_tail(i, kept[0], kept[1])     # the article's question stays (_asked_call)
                continue
            rule = self.rule_for(block.text, langs) if block.kind != "code" else None
            if rule:
                cuts.append((i, rule))
        doc = asked.done()
        taken = {i for i, _ in cuts}
        cuts += [(i, "comment-policy") for i in range(max(0, len(doc.blocks) - POLICY_BLOCKS), len(doc.blocks))
                 if i not in taken and doc.blocks[i].kind != "code" and comment_policy(doc.blocks[i].text, langs)]
        cuts += question_leads(doc.blocks, cuts, langs)   # "Lust auf mehr?" over "Jetzt abonnieren." (_asked_call)
        taken |= {i for i, _ in cuts}
        cuts += network_lines(doc.blocks, taken, langs)   # "Liity WhatsApp-kanavallemme" (_network_lines)
        taken |= {i for i, _ in cuts}
        n = len(doc.blocks)
        cuts += [(i, "welcome-visitor") for i in sorted({*range(min(EDGE_BLOCKS, n)), *range(max(0, n - EDGE_BLOCKS), n)})
                 if i not in taken and doc.blocks[i].kind != "code" and _welcome(doc.blocks[i].text, langs)]
        taken |= {i for i, _ in cuts}
        for i in range(n - 1, max(-1, n - 1 - POLICY_BLOCKS), -1):   # the thread's chrome, from the end up
            if i in taken:
                continue
            if doc.blocks[i].kind == "code" or is_quoted(doc.blocks[i].text) or \
                    not empty_thread(doc.blocks[i].text, langs):
                break
            cuts.append((i, "empty-thread"))
        return appeal_tail.cut(doc, self.name, sorted(cuts), screen.candidates(doc.blocks, appeal_tail.call_screen(langs)),
                               lambda sentence: self.rule_for(sentence, langs) is not None, _WHOLE, True, True)   # glued calls

    def rule_for(self, text: str, langs: tuple[str, ...] | None = None) -> str | None:
        """The rule that takes ``text``, in the words of ``langs`` (default: every installed language), once a text."""
        if statement_words(text) > self.max_words or is_quoted(text):
            return None
        memo = self.__dict__.setdefault("_rules", {})   # a line read again: a glued call's sentences, a site's lines
        key = (text, langs, self.max_words)
        if key not in memo:
            if len(memo) >= MAX_MEMO:
                memo.clear()
            memo[key] = self._rule(text, langs)
        return memo[key]

    def _rule(self, text: str, langs: tuple[str, ...] | None) -> str | None:
        """`rule_for` of a text short enough and not quoted."""
        text = undecorated(BUTTON_SIGNS.sub("", _CALL_LINK.sub("", text)))   # "→ Folgen Sie uns", "👉 Share 👈", "... https://x.org/app"
        if m := _BRACKETED.match(text):
            text = undecorated(m.group(1))      # a button as a dump prints it: "[ Share this story ]"
        for rule, key, where in _LANGUAGE_RULES:
            if _language_call(key, where, text, langs):
                return rule
        if newsletter_label(text, langs):
            return "newsletter"       # "Newsletter: Alle Nachrichten ... per E-Mail. Jetzt anmelden"
        if _comment_count(text, langs) or lone("comment_link", text, langs):
            return "comment-prompt"       # a link to the thread standing alone: "Jetzt kommentieren (12)"
        if _paywall(text, langs):
            return "paywall"
        if lone("login_link", text, langs):
            return "login-chrome"
        if _share_call(text, langs) or bool(SOCIAL_SITE.fullmatch(core(text))) or \
                (lone("share", text, langs) and not lone("comments", text, langs)):
            return "share"            # a call, or a share target standing alone ("Email", "Teilen")
        if word_count(text) <= MAX_READ_MORE_WORDS and _read_more(text, langs):
            return "read-more"
        if _newsletter_signup(text, langs):
            return "newsletter-signup"
        if _app_call(text, langs) or store_call(text, langs):
            return "app-download"      # (_app_stores: "... im App Store und bei Google Play")
        if word_count(text) <= MAX_LOGIN_WORDS and _every_sentence_opens_with("login", text, langs):
            return "login-chrome"
        if statement_words(text) <= 14 and SOCIAL_SITE.search(text) and \
                _follow_call(text, langs):
            return "social"
        if lang.pattern("author_contact", langs).search(text) and not lang.pattern("reported", langs).search(text) \
                and (_EMAIL.search(text) or SOCIAL_SITE.search(text)):
            return "author-contact"
        if _language_call("tip_call", "start", text, langs):
            return "tip-line"      # after the author's contact: "Have a tip? Ann Lee may be reached at ..." is one
        if more_news(text, langs):
            return "more-news"
        rule_of = lambda s: self.rule_for(s, langs)   # noqa: E731
        return after_question(text, rule_of) or calls_only(text, rule_of)   # "Want more? Subscribe now." (_asked_call)
