"""An appeal or a call to action glued to the end of an article paragraph (`appeal-tail`, read by
donation.py, calls_to_action.py and reader_calls.py).

A dump that lost the break before a widget ends a paragraph with it: "... the new building opens in
the spring.Support local journalism: donate today." or "... in the spring. Subscribe to our newsletter
for more." Cutting the block whole would cut the article; the tail alone is cut inline. The tail starts
at a sentence's start (after a full stop, "!" or "?" and a space, or a dash between spaces), or where
the paragraph break was lost: a full stop between a lower-case letter or digit and a capital that
opens a word ("spring.Support"), or between two letters of a script without capitals. It is `MIN_TAIL_WORDS` to `MAX_TAIL_WORDS` words, every sentence of it is a call
(the caller's predicate, in the words of the document's language), or, at a lost break, any sentence
of it is one (a block the caller's whole-block rule takes: a call of one word or more, as cutting the block would
cut its article sentences); the paragraph before it keeps `MIN_HEAD_WORDS` words at least, its last sentence is no
call and no question (the call would answer it: "What to do with the cake? Share it with friends."). A paragraph that is only calls is the caller's whole-block rule.
A call between square brackets, a button as a dump prints it ("... in the spring. [Sign up for our newsletter]"),
is read without them. The tail may open with a short question that the call after it answers, read as one call with it ("... the year. What
do you think? Let us know in the comments."; `MAX_QUESTION_WORDS`); a lost break may open with "¿" or "¡"."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .. import lang, screen
from ..lines import CAPITAL, HAN_KANA, LOWER, MARKS, QUESTION_MARKS, UNCASED, stop_class, suffix_bound, word_count
from ..screen import SparseEditor
from ._lone_line import screen_words
from ._notice_split import notice_tail
from ._word_size import statement_words

MAX_TAIL_WORDS = 25
MIN_TAIL_WORDS = 3       # a call of a word or two ("Share it.", "Email") is no widget glued on
MIN_HEAD_WORDS = 8
MAX_TAIL_CHARS = 1500   # a call of `MAX_TAIL_WORDS` is shorter: the points before are never tried
HEAD_PEEK = 2000        # characters of the head whose words are counted (a paragraph has eight in fewer)
MAX_QUESTION_WORDS = 10  # of a question before a call in the tail ("What do you think? Tell us below.")
_STOPS = stop_class("!?\u061f")
# after a stop and spaces, or after a stop of Chinese or Japanese ("。", "！", "？") before a Han or kana letter: their
# sentences are written without a space between ("…見通しだ。この記事を友達にシェアしてください。")
_AFTER_STOP = rf"(?<=[{_STOPS}])\s+|(?<=[\u3002\uff01\uff1f])(?=[{HAN_KANA}])"
# "spring.Support"; in a script without capitals, a stop of any script glued between two of its letters
# ("அளித்தது.சுயாதீன", "है।आप")
_LOST_BREAK = (rf"(?<=[{LOWER}\d][.!?])(?=[\u00bf\u00a1]?[{CAPITAL}][{LOWER}])"
               rf"|(?<=[{UNCASED}{MARKS}][{_STOPS}])(?=[{UNCASED}])")
_SPACED = re.compile(rf"{_AFTER_STOP}|\s[\u2013\u2014]\s+")     # where a tail may start
_GLUED = re.compile(_LOST_BREAK)
# the tail's own sentences: a dash parts a call from the paragraph, not a call in two ("Give now — it takes a minute.")
_SENTENCE = re.compile(rf"{_AFTER_STOP}|{_LOST_BREAK}")


@lru_cache(maxsize=32)
def call_screen(langs: tuple[str, ...]):
    """A line a call of ``langs`` could be glued to the end of: a call's opening words anywhere in it (in Hebrew and
    Arabic maybe after a particle glued to their front: "... השנה. והצטרפו לערוץ שלנו")."""
    starts = lang.alternation(lang.words("membership", langs) + lang.words("follow", langs) + lang.words("comment_prompt", langs)
                              + lang.words("share_call", langs) + lang.words("newsletter", langs)
                              + screen_words("newsletter_signup", langs, True) + screen_words("app_call", langs, True)
                              + _phrases("read_more", langs) + _phrases("related", langs), attached=True)
    return screen.compile(rf"(?:^|{lang.NOT_WORD}){starts}(?:$|{lang.NOT_WORD})")


def _phrases(key: str, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases of ``key`` of two words or more ("read more", "lesen sie auch"; "more" alone is in every line)."""
    return tuple(p for p in lang.words(key, langs) if " " in p.strip())


def _asked(sentences: list[str], is_call: Callable[[str], bool]) -> list[str]:
    """``sentences`` with a short question opening them joined to the call after it ("What do you think? Let us know
    in the comments.": the caller reads the call with its question), when the two are one call; a second question is
    the article's own ("Is it a good decision? What do you think?")."""
    if len(sentences) > 1 and sentences[0].rstrip().endswith(tuple(QUESTION_MARKS)) and \
            not sentences[1].rstrip().endswith(tuple(QUESTION_MARKS)) and \
            word_count(sentences[0]) <= MAX_QUESTION_WORDS and is_call(f"{sentences[0]} {sentences[1]}"):
        return [f"{sentences[0]} {sentences[1]}"] + sentences[2:]
    return sentences


_BUTTON = re.compile(r"^\s*\[\s*([^\[\]\n]+?)\s*\]\s*$")     # "[Sign up for our newsletter]": a button as a dump prints it


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``; one that is a button between square brackets, without them."""
    return [m.group(1) if (m := _BUTTON.match(s)) else s for s in _SENTENCE.split(text) if s.strip()]


def appeal_tail(text: str, is_call: Callable[[str], bool], min_tail: int = MIN_TAIL_WORDS, asked: bool = False) -> int | None:
    """Where the glued call of ``text`` starts, or None (module docstring); ``min_tail``: words the call has at
    least; ``asked``: the caller reads a call after its question (`_asked`)."""
    first = max(0, len(text) - MAX_TAIL_CHARS)     # a longer tail holds more words than a call: linear in the block
    # a point before the end of the last word but `MAX_TAIL_WORDS` has a longer tail: not looked for (no point spans a
    # word's letter, so those after it are found as from the start; about a third faster over a thousand news pages)
    first = max(first, suffix_bound(text, MAX_TAIL_WORDS))
    points = sorted([(m.start(), m.end(), False) for m in _SPACED.finditer(text, first)]
                    + [(m.start(), m.end(), True) for m in _GLUED.finditer(text, first)])
    for start, end, glued in points:
        head, tail = text[:start], text[end:]
        if not min_tail <= word_count(tail) or statement_words(tail) > MAX_TAIL_WORDS \
                or word_count(head[-HEAD_PEEK:]) < MIN_HEAD_WORDS \
                or head.rstrip().endswith(tuple(QUESTION_MARKS)):      # "... on the rack? Share it." answers the question
            continue
        sentences = _asked(split_sentences(tail), is_call) if asked else split_sentences(tail)
        if not sentences or not (is_call(sentences[0]) or glued and any(map(is_call, sentences))):
            continue
        if not glued and not all(map(is_call, sentences)):
            continue
        last = split_sentences(head)
        if last and is_call(last[-1]):
            return None           # the paragraph before is a call too: the whole-block rule's
        return end
    return None



def cut(doc, cleaner: str, cuts: list[tuple[int, str]], candidates: list[int], is_call: Callable[[str], bool],
        whole: frozenset[str], asked: bool = False, short: bool = False):
    """``doc`` with the blocks ``cuts`` dropped, except that a block of ``candidates`` that is cut
    by a rule of ``whole`` (or not at all) and ends with a glued call loses that tail alone (``asked``: `appeal_tail`;
    ``short``: after a short paragraph too, `_notice_split`: a donation plea opens with a sentence of the article's shape,
    "Reporting takes time. Chip in what you can.")."""
    rules = dict(cuts)
    tails: dict[int, int] = {}
    for i in sorted({*candidates, *(i for i, rule in rules.items() if rule in whole)}):
        if i >= len(doc.blocks) or (i in rules and rules[i] not in whole) or doc.blocks[i].kind == "code":
            continue
        # a block the whole-block rule would take loses a call of a word or two alone when an article sentence
        # stands before it ("... results of a consultation. Donate today!"): the rest is no call; after a short
        # paragraph too ("Der Verein sieht das anders.  Folgen Sie uns auf Facebook.": `_notice_split`)
        shortest = 1 if i in rules else MIN_TAIL_WORDS
        if (k := appeal_tail(doc.blocks[i].text, is_call, shortest, asked)) is not None or \
                short and i in rules and (k := notice_tail(doc.blocks, i, is_call)) is not None:
            tails[i] = k
            rules.pop(i, None)
    edit = SparseEditor(doc, cleaner)
    for i in sorted({*rules, *tails}):
        if i in tails:
            trim(edit, i, tails[i])
        else:
            edit.drop(i, rules[i])
    return edit.done()


def trim(edit: SparseEditor, i: int, k: int) -> None:
    """Cut the glued call that starts at ``k`` from block ``i`` (`appeal_tail`), logged as ``appeal-tail``."""
    edit.cut_tail(i, k, "appeal-tail", " \u2013\u2014")
