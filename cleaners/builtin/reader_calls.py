"""The site's calls to its reader at the foot of the body, in the words of the document's languages.

Among the last `TAIL_BLOCKS` blocks of the body (where a post's sign-off furniture stands),
lines that are not quoted and report nobody:

* ``liked-this``: a line of `MAX_WORDS` words at most that opens with a condition on the
  reader having liked the text itself (cleaners/lang ``liked_this``: "If you enjoyed this post,
  ...", "Wenn Ihnen dieser Artikel gefallen hat, ...", "Si vous avez aimé cet article, ..."):
  what follows is a call to subscribe, follow, share or give, never the article's matter; such a line also goes
  from the first `HEAD_BLOCKS` blocks, where a donation widget or a banner above the article prints it, and, when
  it is short (`MAX_MIDDLE_WORDS`), from between the article's paragraphs ("If you liked this article, share it.");
* ``follow-alone``: a line of two words or more that is only a call to follow the site (``follow``:
  "Follow us!", "Folgen Sie uns:"), punctuation aside (a one-word button, "Like", is left to the
  rules of lone chrome); a sentence that goes on ("Follow us through the
  valley to the ...") stays;
* ``social-handle``: a line that is only a social network's label and the site's handle or
  address on it ("Twitter: @example", "Facebook: www.facebook.com/example", "YouTube videos:
  youtube.com/user/example"); a label followed by words ("YouTube: the video that ...") stays;
* ``contact-only``: a line that is only contacts, in any language: e-mail addresses, @handles and
  addresses on a social network ("ann.lee@example.com", "twitter.com/annlee", "ann@example.com |
  @annlee"), with nothing but separators between them; a web address of another site ("example.org/
  report") or a word beside them ("Write to ann@example.com") keeps the line.

Anywhere in the body of a text input: an embedded post's signature and link lines (``embed-attribution``, ``embed-link``,
`_embed_post`: "— Jane Doe (@janedoe) March 3, 2024", "pic.twitter.com/AbC123", "A post shared by Jane Doe (@janedoe)");
``closing-call``, a short line that ends with a call of a verb-final language ("... bildirimleri
açmayı unutmayın"), and ``error-report``, a short line that ends with the error-report shortcut ("... нажмите
Ctrl+Enter") (`_closing_call`); on the last line of a wrapped paragraph closing its sentence first ("... has doubled.
👉 Join our channel"), only the call goes, as a tail (``wrapped-end``).

Anywhere in the body, in any language: ``permission-prompt``, a push or notification prompt, a short question and its
two buttons ("Vrei să primești notificări? Permite / Nu acum", `_prompt_shape`).

Anywhere in the body of a language without a file: ``service-call``, a short call naming a social network or a
service the site offers in the name every language writes ("Obserwuj nas na Instagramie i TikToku",
"Scarica la nostra app gratuita"), which no paragraph of the article speaks of (`_service_shape`); a short call told
by the link printed after it or the button sign before it (``call-link-shape``, ``button-sentence-shape``,
`_call_link_shape`).

Anywhere in the body: a poll widget, its question, answers and vote count (``poll``, `_poll`: "Would you use the
new train?" / "( ) Yes — 61%" / "( ) No — 39%" / "4040 votes · Vote now"), and a box of key points restating the
article under its label or AI tag (``key-points``, ``key-points-inline``, `_key_points`: "Das Wichtigste in Kürze:"
and two to six bullets, "✨ Главное (ИИ): ..."); an audio player's line, its label and length, and one glued to a
paragraph's end (``audio-player``, ``audio-player-tail``, `_audio_player`: "▶ Listen to this article (5:13)").
"""
from __future__ import annotations

import re

from .. import lang, screen
from ..document import Document
from ..lines import ends_sentence, is_quoted, stop_class, word_count
from ..registry import Cleaner
from . import _appeal_tail as appeal_tail
from ._audio_player import audio_players, audio_tails
from ._call_link_shape import shape_calls
from ._prompt_shape import permission_prompt
from ._closing_call import closing_call
from ._embed_post import embed_lines
from ._key_points import key_points
from ._lone_line import EDGES, lone
from ._poll import polls
from ._service_shape import carry_gaps, service_calls
from .calls_to_action import SOCIAL_SITE, CallsToAction

TAIL_BLOCKS = 8          # blocks at the end of the body these calls stand in
HEAD_BLOCKS = 8          # blocks at the start of the body a liked-this line stands in (a widget above the article)
MAX_WORDS = 40           # of a liked-this line
MAX_MIDDLE_WORDS = 20    # of a liked-this line between the article's paragraphs (a call, not a paragraph)
MAX_LABEL_WORDS = 3      # of a network's label before its handle
# "<label>: <handle or address>": a @handle, or a web address with no space in it
_HANDLE_LINE = re.compile(r"^\W*(?P<label>[^:]{1,40}?)\s*:\s*(?:@\w[\w.]*|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+"
                          r"(?:/\S*)?)\W*$")


# an e-mail address, a @handle, or a web address (whose site the caller checks)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,}|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")
MAX_CONTACT_CHARS = 200  # of a line of contacts (a longer line is never tried: the address pattern backtracks)
_CALLS = CallsToAction()   # a call its rules take is left to them (`_closing_call`)
_SEPARATORS = re.compile(r"^[\s|,;/\u00b7\u2022-]*$")
_INNER_STOP = re.compile(rf"[{stop_class('!?')}]\s+\S")     # a sentence's stop with more after it
_SEPARATOR_CHARS = frozenset("|,;/\u00b7\u2022-")


def contact_only(text: str) -> bool:
    """The line is only e-mail addresses, @handles and social network addresses, separators between them."""
    # a contact holds "@" or "." and no space: a word with neither is separators or no contact line
    if len(text) > MAX_CONTACT_CHARS or not all("@" in w or "." in w or _SEPARATOR_CHARS.issuperset(w)
                                                for w in text.split()):
        return False
    found = list(_CONTACT.finditer(text))
    return bool(found) and _SEPARATORS.match(_CONTACT.sub(" ", text)) is not None and \
        all("@" in m.group() or SOCIAL_SITE.search(m.group()) for m in found)


def liked_this(text: str, langs: tuple[str, ...]) -> bool:
    """The line opens with a condition on the reader having liked the text (``liked_this``)."""
    return word_count(text) <= MAX_WORDS and bool(lang.pattern("liked_this", langs, where="start").match(
        text.lstrip(EDGES + "\u00bf\u00a1")))


def social_handle(text: str) -> bool:
    """The line is a social network's label (a few words naming it) and a handle or address only."""
    m = _HANDLE_LINE.match(text.strip())
    return bool(m) and word_count(m.group("label")) <= MAX_LABEL_WORDS and bool(SOCIAL_SITE.search(m.group("label")))


def _rule(text: str, langs: tuple[str, ...]) -> str | None:
    """The rule that takes the tail line ``text`` (not quoted, nobody reported), or None."""
    if is_quoted(text) or lang.pattern("reported", langs).search(text):
        return None
    if liked_this(text, langs):
        return "liked-this"
    if word_count(text) > 1 and lone("follow", text, langs, count=False):
        return "follow-alone"
    if social_handle(text):
        return "social-handle"
    return "contact-only" if contact_only(text) else None


def _liked_above(block, langs: tuple[str, ...], head: bool = True) -> bool:
    """A liked-this line among the first blocks (a donation widget or a banner printed above the article), or a
    short one (``head`` False: `MAX_MIDDLE_WORDS`) between the article's paragraphs."""
    text = block.text.strip()
    return block.kind not in ("code", "table") and not is_quoted(text) and liked_this(text, langs) \
        and (head or word_count(text) <= MAX_MIDDLE_WORDS) \
        and not lang.pattern("reported", langs).search(text)


class ReaderCalls(Cleaner):
    """Calls to the reader: liked-this lines, follow calls alone, social handles, contacts, calls known by their end; polls, key points."""

    name = "reader_calls"
    order = 345

    def clean(self, doc: Document) -> Document:
        langs = lang.document_languages(doc) if doc.blocks else ()
        n = len(doc.blocks)
        tail = range(max(0, n - TAIL_BLOCKS), n)
        boxes = key_points(doc.blocks, langs) + [(i, "poll") for i in polls(doc.blocks)]
        taken = {i for i, _ in boxes}
        cuts = boxes + [(i, rule) for i in tail if i not in taken and doc.blocks[i].kind not in ("code", "table")
                        and doc.blocks[i].text.strip() and (rule := _rule(doc.blocks[i].text.strip(), langs))]
        cuts += [(i, "liked-this") for i in range(max(0, n - TAIL_BLOCKS))
                 if i not in taken and _liked_above(doc.blocks[i], langs, i < HEAD_BLOCKS)]
        taken = {i for i, _ in cuts}
        closing = bool(lang.words("closing_call", langs))     # else only the error-report shortcut ("Ctrl+Enter")
        called = [(i, rule) for i, block in enumerate(doc.blocks)
                  if i not in taken and block.kind not in ("code", "table") and (closing or "+" in block.text)
                  and (rule := closing_call(block.text, langs, _CALLS.rule_for))]
        wrapped = {i: k for i, _ in called if (k := _wrapped_end(doc.blocks, i)) is not None}    # rule `wrapped-end`
        cuts += [(i, rule) for i, rule in called if i not in wrapped]
        taken = {i for i, _ in cuts}
        if doc.kind == "text":     # an embedded post's furniture in a text dump (_embed_post)
            cuts += [(i, rule) for i, rule in embed_lines(doc.blocks, langs) if i not in taken]
        taken = {i for i, _ in cuts}
        cuts += [(i, rule) for i, rule in service_calls(doc) if i not in taken]
        taken = {i for i, _ in cuts}
        cuts += [(i, rule) for i, rule in shape_calls(doc) if i not in taken]
        taken = {i for i, _ in cuts}
        cuts += [(i, rule) for i, rule in audio_players(doc.blocks, langs) if i not in taken]
        taken = {i for i, _ in cuts}
        cuts = sorted(cuts + [(i, "permission-prompt") for i, block in enumerate(doc.blocks) if i not in taken
                              and block.kind not in ("code", "table", "quote") and permission_prompt(block.text)])
        tails = _closing_tails(doc, {i for i, _ in cuts} | set(wrapped), langs) if closing else []
        tails += sorted(wrapped.items())
        players = audio_tails(doc.blocks, langs, {i for i, _ in cuts} | {i for i, _ in tails})
        if not cuts and not tails and not players:
            return doc
        edit = screen.SparseEditor(doc, self.name)
        for i, rule in cuts:
            edit.drop(i, rule)
        for i, k in tails:
            appeal_tail.trim(edit, i, k)
        for i, k in players:
            edit.cut_tail(i, k, "audio-player-tail")
        carry_gaps(edit, cuts)
        return edit.done()


def _wrapped_end(blocks, i: int) -> int | None:
    """Where the call starts when block ``i`` ends a paragraph a dump wrapped into lines (the line above touches it and
    ends no sentence) and closes the paragraph's sentence before its call ("... has doubled. 👉 Join our channel"):
    the sentence's end stays, the call is cut as a tail; else None."""
    if i == 0 or blocks[i].gap or blocks[i - 1].kind != "p" or ends_sentence(blocks[i - 1].text):
        return None
    found = list(_INNER_STOP.finditer(blocks[i].text))
    return found[-1].end() - 1 if found else None


def _closing_tails(doc: Document, dropped: set[int], langs: tuple[str, ...]) -> list[tuple[int, int]]:
    """The blocks that end with a closing call glued on (`_appeal_tail.appeal_tail`), where it starts."""
    phrase, found = lang.pattern("closing_call", langs), []
    for i, block in enumerate(doc.blocks):
        if i not in dropped and block.kind not in ("code", "table") and phrase.search(block.text) and \
                (k := appeal_tail.appeal_tail(block.text, lambda s: closing_call(s, langs) is not None)) is not None:
            found.append((i, k))
    return found
