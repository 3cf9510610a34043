"""The name or desk line between a text dump's title and its date line ("City approves new bus plan" / "Anna Schmidt" /
"14 May 2024"), read by `title`: it is no title, though it is the headline-like line right above the date (rule
``head-name``)."""
from __future__ import annotations

from ..dates import date_line
from ..document import Block
from ..lines import ends_sentence, is_headline_like, is_prose, word_count
from ._byline import byline_author, is_person_name
from ._reading_time import reading_line

MAX_NAME_WORDS = 3      # words of a name or desk line
MIN_TITLE_WORDS = 5     # words of the title over it (and two more than the line's)


def headline_candidate(block: Block, langs: tuple[str, ...] = ()) -> bool:
    """A line that may be the title: a paragraph or heading shaped like a headline, no date line; with ``langs``, no
    reading time either ("12 min de lectura" right over the byline is no title)."""
    return block.kind in ("p", "heading") and is_headline_like(block.text) and date_line(block.text) is None \
        and not (langs and reading_line(block.text, langs))


def over_a_name(blocks: tuple[Block, ...], above: list[int]) -> int:
    """Of the headline-like lines above the first date line, the last (a kicker stands over the title), unless it is
    a short line under one of five words or more, two more than its own: the author's name or desk between the title
    and the date ("City approves new bus plan" / "Anna Schmidt" / "14 May 2024")."""
    last = above[-1]
    words = word_count(blocks[last].text)
    if words <= MAX_NAME_WORDS and len(above) > 1:
        longer = [i for i in above[:-1] if word_count(blocks[i].text) >= max(words + 2, MIN_TITLE_WORDS)]
        if longer:
            return longer[-1]
    return last


def name_under(blocks: tuple[Block, ...], index: int, langs: tuple[str, ...]) -> tuple[int, str | None] | None:
    """Rule head-name: (its index, the author or None) of the name alone on its line between the title at ``index``
    and a date line, a short line of capitalised words under a longer title (`over_a_name`), the author unless it
    names a desk ("News Desk", "Redazione": `page_author_names.is_name`); or, under the title and its date line, a
    person's name over the article's prose ("Title" / "14 May 2024" / "Anna Schmidt" / prose); or None."""
    from ..page_author_names import is_name
    if index + 2 < len(blocks) and date_line(blocks[index + 2].text, languages=langs) is not None:
        name = _name_line(blocks, index + 1, langs)
        if name and over_a_name(blocks, [index, index + 1]) == index:
            return index + 1, name if is_name(name, langs) else None
    if index + 3 < len(blocks) and date_line(blocks[index + 1].text, languages=langs) is not None \
            and (is_prose(blocks[index + 3].text) or ends_sentence(blocks[index + 3].text)):
        name = _name_line(blocks, index + 2, langs)
        if name and len(name.split()) <= MAX_NAME_WORDS and is_name(name, langs):
            return index + 2, name
    return None


def _name_line(blocks: tuple[Block, ...], k: int, langs: tuple[str, ...]) -> str | None:
    """The name of the headline-like line ``k`` of capitalised words ("Ann Lee, Reuters": the part before the comma),
    no byline with its by-word (dateline's), or None."""
    text = blocks[k].text.strip()
    if not headline_candidate(blocks[k]) or byline_author(text, langs) is not None:
        return None
    name = text.split(",")[0].strip() if text.count(",") == 1 else text     # "Ann Lee, Reuters"
    return name if is_person_name(name, langs) else None
