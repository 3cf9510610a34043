"""Heads set as a name alone, the comment's date or age alone on the line under it and its text under that (signal
``stacked``, "Olga P." / "12.03.2024 14:05" / "I live there ..."), read by comment_thread; and the indentation of a
dump's prose (`prose_indent`): where the article's paragraphs are indented as a rule (lynx prints them three spaces
in), a bare name over text at that indentation is a heading or a label over the article ("Advertisement"), no
commenter over a comment (rule `prose-indent`)."""
from __future__ import annotations

from ...lines import ends_sentence, is_prose, word_count
from ..comments.subjects import reply_subject
from .control_lines import is_date
from .heads import Head, vocabulary

MIN_PROSE_WORDS = 8      # of a block counted as the body's prose
MAX_DATE_WORDS = 12      # of a date line under a stacked head ("5 de marzo de 2025 a las 2:14": 9)


def stacked_heads(blocks, langs: tuple[str, ...], heads: dict, head_at) -> dict[int, Head]:
    """Heads set as a name alone opening a paragraph, the comment's date or age alone on the line under it and
    its text under that ("Olga P." / "12.03.2024 14:05" / "I live there ..."; signal ``stacked``), maybe a forum
    post's subject line between ("Re: <the topic>")."""
    vocab = vocabulary(langs)
    out = {}
    for i in range(len(blocks) - 2):
        block, date, text = blocks[i], blocks[i + 1], blocks[i + 2]
        at = i + 3 if reply_subject(text.text, langs) and i + 3 < len(blocks) and not blocks[i + 3].gap else i + 2
        text = blocks[at]       # ("Re: <the topic>" between the date and the text: rule `reply-subject`)
        if i in heads or i + 1 in heads or date.gap or text.gap or block.kind != "p" or word_count(block.text) > 4 \
                or word_count(date.text) > MAX_DATE_WORDS or not any(c.isdigit() for c in date.text) or date.indent != block.indent:
            continue
        head = head_at(i)
        if head is None or head.signal != "name" or head.tail or not head.author or not is_date(date.text, vocab) \
                or is_date(text.text, vocab) or head_at(at) is not None and not is_prose(text.text):
            continue
        out[i] = Head(head.author, None, None, None, "stacked")
    return out


def prose_indent(blocks) -> int:
    """The indentation holding most words of the body's prose blocks, when more than none (else -1): blocks of
    `MIN_PROSE_WORDS` words or more that end a sentence (a byline, a comment's head with its date or a player's
    line is none, and would weigh for the thread's indentation against the article's)."""
    words: dict[int, int] = {}
    for b in blocks:
        if b.kind == "p" and (n := word_count(b.text)) >= MIN_PROSE_WORDS and ends_sentence(b.text):
            words[b.indent] = words.get(b.indent, 0) + n
    indent = max(words, key=words.get, default=0)
    return indent if indent > 0 else -1
