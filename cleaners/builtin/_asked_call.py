"""A call to action after a rhetorical question (read by calls_to_action.py).

Sites lead their subscription and sign-up calls with a short question to the reader: "Want more? Start your free
trial today.", "Lust auf mehr? Jetzt abonnieren.", "Envie d'en lire plus ? Abonnez-vous dès 1 €." The question alone
is no call and the call rules read a line that opens with their phrase, so the line stayed. `after_question`: a line
that opens with a question of `MAX_QUESTION_WORDS` words at most, the rest a call one of the `ASKING` rules takes
alone, goes under that rule. `question_leads`: the question alone on its line right over a subscription call cut
(`LEADS`: "Lust auf mehr?" / "Jetzt abonnieren."), `MAX_LEAD_WORDS` words at most, one sentence, not quoted,
reporting nobody, goes with it, unless a blank line sets it apart from a box of calls whose lines touch
(`question-apart`: "Will nature cope?" // "Get our app" / "Follow us"). A longer question (`question_kept`: "What
happens to the cleared land now? Join our WhatsApp channel") is the article's own paragraph with a subscription,
newsletter, app or social call glued after it (`GLUED`): the call goes alone (logged under its rule, inline) and the
question stays; when an article sentence stands between the question and the call, the call alone goes
(`sentence-before-call`: `_appeal_tail` cuts it, as after any paragraph). A question before a sentence no rule
takes ("What should you do first? Start today by checking the valves.", "Want more? The council asked the same
question in March.") stays, and so does a question over anything but a subscription call.
"""
from __future__ import annotations

import re
from typing import Callable

from .. import lang
from ..lines import is_quoted, word_count
from ._appeal_tail import split_sentences

_QUESTION = re.compile(r"[\u00bf\u00a1]?[^?.!;\u037e\u061f]+[?;\u037e\u061f]\s+[\u00a1]?")   # a question opening the line (Greek ";")
MAX_QUESTION_WORDS = 10
MAX_LEAD_WORDS = 6
_LONE_QUESTION = re.compile(r"^[\u00bf\u00a1]?[^?.!;\u037e\u061f]+\s*[?\u037e\u061f]$")
ASKING = frozenset({"membership", "newsletter", "paywall", "newsletter-signup", "app-download", "login-chrome", "share",
                    "social", "more-news", "read-more", "comment-prompt", "tip-line"})
# calls that answer no question of an article: what follows such a question is a widget glued on (`question_kept`)
GLUED = frozenset({"membership", "newsletter", "newsletter-signup", "app-download", "social"})
LEADS = frozenset({"membership", "newsletter", "paywall", "newsletter-signup", "app-download", "login-chrome"})


def question(text: str) -> re.Match | None:
    """A short question (`MAX_QUESTION_WORDS` words at most) opening ``text``, with the space after it."""
    q = _QUESTION.match(text)
    return q if q and word_count(q.group()) <= MAX_QUESTION_WORDS else None


def after_question(text: str, rule_of: Callable[[str], str | None]) -> str | None:
    """The rule of the call after a short question opening ``text`` when it is one of `ASKING`, else None; a question
    of more than `MAX_LEAD_WORDS` words is the article's (`question_kept`)."""
    q = question(text)
    if q is None or not text[q.end():].strip() or word_count(q.group()) > MAX_LEAD_WORDS:
        return None
    rule = rule_of(text[q.end():])
    return rule if rule in ASKING else None


def question_kept(text: str, rule_of: Callable[[str], str | None]) -> tuple[int, str] | None:
    """(where the call starts, its rule) when ``text`` opens with a question of more than `MAX_LEAD_WORDS` words, not
    quoted, and the rest is a call of `GLUED` a rule takes alone: the article's question with a call glued after it
    (module docstring). A call that may answer the question ("... on the rack? Share it.", "... eleven years? Leave a
    comment below.", "Vous voulez suivre ce dossier ? Inscrivez-vous.") is left to the other rules."""
    q = _QUESTION.match(text)
    if q is None or word_count(q.group()) <= MAX_LEAD_WORDS or is_quoted(q.group().strip()) or not text[q.end():].strip():
        return None
    rule = rule_of(text[q.end():])
    if rule not in GLUED or (rule_of(text) or rule) not in GLUED:
        return None     # a rule reads the question with its call ("Vous voulez suivre ce dossier ? Inscrivez-vous.")
    if rule_of(split_sentences(text[q.end():])[0]) is None:
        return None     # guard `sentence-before-call`: an article sentence between them; `_appeal_tail` cuts the call
    return q.end(), rule


def question_leads(blocks, cuts: list[tuple[int, str]], langs: tuple[str, ...]) -> list[tuple[int, str]]:
    """The short questions alone on the line right over a subscription call cut (module docstring)."""
    taken, out = {i for i, _ in cuts}, []
    for i, rule in cuts:
        k = i - 1
        if rule not in LEADS or k < 0 or k in taken or blocks[k].kind in ("code", "table", "heading"):   # (a subheading)
            continue
        if blocks[i].gap and i + 1 < len(blocks) and blocks[i + 1].gap == 0 and i + 1 in taken:
            continue    # rule `question-apart`: set apart from a box of calls whose lines touch: a subheading
        text = blocks[k].text.strip()
        if _LONE_QUESTION.match(text) and word_count(text) <= MAX_LEAD_WORDS and not is_quoted(text) \
                and not lang.pattern("reported", langs).search(text):
            out.append((k, rule))
            taken.add(k)
    return out
