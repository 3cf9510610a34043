"""Related-story lists after the article, found by their shape, then by their words.

A *story line* is one headline: a markdown link (``[Floods cut off villages](/a/1)``, maybe after a thumbnail
``![](/t.jpg)`` and before a short tail such as a date), or a plain headline-shaped line (3 words of letters to 20
words, no full stop at the end, no ``Label:`` line), maybe after a bullet or a number, before a bare URL. A list is:

* a *related heading* of the document's language ("Related", "Lesen Sie auch", "À lire aussi"...; cleaners/lang
  ``related``), as its own line (also ``## Related``, ``**Read more:**``) followed by two story lines or more (one is
  enough when it is a link or bulleted: ``» Title``; a list of such ends at a plain line after a blank line, rule
  `list-form`), or with the story on the same line ("Read also: [Title](url)");
* or a heading in words no language file holds (one to four words, no sentence: "Další články",
  "Auch interessant:") over two story lines or more that are all links or all ``»`` headlines;
* or, without a heading, a run of three story lines or more that ends the body (only a few short lines may follow it,
  such as a copyright line) after the article's prose: links, title-case headlines, or unbulleted headlines of four
  words or more, each different (a repeated line ends the run, its copy left out). A run of sentence-case bullets
  keeps its place (an article may end with a list of points), so does any run after a lead-in that ends with a
  colon; a run holding a share control ("ツイート", "复制链接", `share` words) is no list of stories.

Teaser cards, headline runs between paragraphs go too (`_related_bare`); a dash-underlined heading stays. The stories
go to ``metadata.related`` ({title, url, id, image}). Those rules read text; in any input a related heading goes too
(`_related_heading`). The story line's shape: `_story_line`."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re, screen
from ..document import Block, Document
from ..lines import COLON_MARKS, is_prose, word_count
from ..registry import Cleaner
from ._related_bare import bare_runs, row_stories
from ._lone_line import lone
from ._related_heading import closing_cuts, cut_heading_runs
from ._related_rows import link_row
from ._related_shapes import COLONS as _COLONS, MAX_AFTER, any_heading as _any_heading, ends_body as _ends_body, \
    introduces as _introduces, underlined_kept, wrapped_prose as _wrapped_prose, wrapped_sentence, wrapped_under
from ._story_line import BULLET, LINK, Story, story, title_case  # noqa: F401 (title_case: read by the comment fallback)

_DECORATION = re.compile(r"^[#>\s]*|[*_]{1,2}")
MIN_RUN = 3               # story lines of a list without a heading
_ANY_INLINE = re.compile(r"^(?P<label>[^\W\d_][^:\n]{0,40}?)\s*:\s*(?P<story>\[.*)$")   # "Label: [Title](url)"
MAX_LINK_HEADING = 6      # words of such a heading over two story links or more ("Das könnte Sie auch interessieren")
_TITLE_MARKERS = ("", "\u00bb", "\u203a", "\u2192")     # of plain headlines under such a heading
_ARROW = re.compile(r"^[\u00bb\u203a\u2192]\s+")     # "» Title": a bullet of story lists, not of an article's points


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    """(the heading line, a heading before a story on the same line, the screen) in the words of ``langs``."""
    words = lang.alternation(lang.words("related", langs))
    heading = lazy_re.compile(rf"^{words}[\s.{COLON_MARKS}\u2026\u00bb\u203a\u2192-]*$", re.I)
    inline = lazy_re.compile(rf"^{words}\s*[{COLON_MARKS}\u00bb\u203a\u2192\u2013\u2014-]\s*(?P<story>\S.*)$", re.I)
    return heading, inline, screen.compile(rf"^[#>*_\s]*{words}")


MIN_PROSE_CHARS = 24      # of a line of prose, which has twelve words or more


_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")


def _untagged(text: str) -> str:
    """``text`` without its HTML tags: a CMS's block export prints "<p>…</p>" around its paragraphs (markdown, later in
    the chain, takes them off)."""
    return _TAG.sub("", text) if "<" in text else text


def _heading_text(text: str) -> str:
    return _DECORATION.sub("", text).strip()


class RelatedList(Cleaner):
    """Related-story lists after the article (under a 'Related' heading, or a closing headline run) into metadata."""

    name = "related_list"
    order = 180
    inputs = frozenset({"text", "html"})

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        langs = lang.document_languages(doc)
        line_screen = _patterns(langs)[2]
        first_prose = next((i for i in screen.long_lines(blocks, MIN_PROSE_CHARS)
                            if blocks[i].kind != "code" and (is_prose(_untagged(blocks[i].text))
                                                             or _wrapped_prose(blocks, i))),
                           None)
        if first_prose is None:
            return doc
        cuts: dict[int, str] = {}
        candidates = screen.candidates(blocks, line_screen)
        stories = self._text_lists(blocks, candidates, first_prose, langs, cuts) if doc.kind == "text" else []
        lines = cut_heading_runs(blocks, candidates, first_prose, langs, cuts)     # any input (_related_heading)
        stories += [found for k in lines if (found := story(blocks[k].text))]
        # an underlined heading of the article's (_related_shapes)
        cuts, stories = underlined_kept(blocks, cuts, stories)
        if not cuts:
            return doc
        return screen.drop_all(doc, self.name, sorted(cuts.items())).meta_append("related", [s.item() for s in stories])

    def _text_lists(self, blocks, candidates: list[int], first_prose: int, langs, cuts: dict[int, str]) -> list[Story]:
        """The lists of a text input (the module's docstring): their lines into ``cuts``, their stories returned."""
        heading, inline, _ = _patterns(langs)
        unlisted = lang.without_file(langs)
        stories: list[Story] = []
        for i in candidates:
            if i <= first_prose or i in cuts or blocks[i].kind == "code":
                continue
            text = _heading_text(blocks[i].text)
            if heading.match(text):
                run = self._run(blocks, i + 1)
                if len(run) >= 2 or run and (run[0][1].url or run[0][1].bullet):
                    cuts[i] = "related-heading"
                    cuts.update((k, "related-story") for k, _ in run)
                    stories += [s for _, s in run]
            elif (m := inline.match(text)) and (found := link_row(m.group("story"), story)):
                cuts[i] = "related-story"
                stories += found
        stories_at: dict[int, Story | None] = {}

        def in_list(k: int) -> bool:
            """Whether line ``k`` and the one above it are story lines: a line inside a list, not its heading (each
            list is so read once from its top, and a long run of headlines stays linear)."""
            for j in (k - 1, k):
                if j not in stories_at:
                    stories_at[j] = story(blocks[j].text) if blocks[j].kind != "code" else None
            return stories_at[k - 1] is not None and stories_at[k] is not None

        for i in range(first_prose + 1, len(blocks)):
            if i in cuts or blocks[i].kind == "code":
                continue
            text = _heading_text(blocks[i].text)
            if (m := _ANY_INLINE.match(text)) and _any_heading(m.group("label")) \
                    and (found := story(m.group("story"))) and found.url and LINK.match(m.group("story")):
                cuts[i] = "related-inline-shape"     # "Auch interessant: [Title](url)": a label no file holds
                stories.append(found)
            elif i + 1 < len(blocks) and _any_heading(text, MAX_LINK_HEADING) and not in_list(i) \
                    and _heads_list(blocks, i, run := self._run(blocks, i + 1), unlisted):
                cuts[i] = "related-heading"     # a heading in words no file holds, over story links
                cuts.update((k, "related-story") for k, _ in run)
                stories += [s for _, s in run]
        run = self._closing_run(blocks, first_prose, cuts)
        run = [] if any(lone("share", blocks[k].text, langs) for k, _ in run) else run    # ("ツイート": no story)
        cuts.update(closing_cuts(blocks, run, first_prose, cuts))    # (and its heading above)
        plain = (lambda text: None if lone("share", text, langs) else story(text))    # (a share control: no story)
        return stories + [s for _, s in run] + [s for _, s in bare_runs(blocks, first_prose, cuts, plain, _shaped)] \
            + row_stories(blocks, first_prose, cuts, plain, _shaped)

    @staticmethod
    def _run(blocks: tuple[Block, ...], start: int) -> list[tuple[int, Story]]:
        """The story lines from ``start`` on (one blank line between, not two, `list-form`; bulleted ones to a plain
        line, `bullet-end`)."""
        run: list[tuple[int, Story]] = []
        if wrapped_under(blocks, start):
            return run      # a subheading's paragraph wrapped into lines (`_related_shapes.wrapped_under`)
        for k in range(start, len(blocks)):
            found = story(blocks[k].text) if blocks[k].kind != "code" and blocks[k].gap <= 1 + (k == start) \
                and not (blocks[k].gap and not BULLET.match(blocks[k].text) and _wrapped_prose(blocks, k)) \
                else None     # a paragraph after the list (a bulleted list's touching lines are no paragraph)
            if found is None or run and (blocks[k].gap or run[-1][1].bullet) and (run[0][1].bullet or run[0][1].url) \
                    and not (found.bullet or found.url):
                break
            run.append((k, found))
        return run

    @staticmethod
    def _closing_run(blocks: tuple[Block, ...], first_prose: int, cuts: dict[int, str]) -> list[tuple[int, Story]]:
        """A run of headlines without a heading that ends the body (see the module's docstring):
        one bullet style, after a few short lines at most (a copyright, share or comment line)."""
        end = len(blocks)
        while end > first_prose and len(blocks) - end < MAX_AFTER and end - 1 not in cuts and \
                not _shaped(story(blocks[end - 1].text)) and word_count(blocks[end - 1].text) <= 12 \
                and not is_prose(blocks[end - 1].text):
            end -= 1
        run: list[tuple[int, Story]] = []
        seen: set[str] = set()
        k, marker = end - 1, _marker(blocks[end - 1].text)
        while k > first_prose and k not in cuts and blocks[k].kind != "code" and _marker(blocks[k].text) == marker \
                and _shaped(found := story(blocks[k].text)):
            title = found.title.casefold()
            if title in seen:     # a list of stories names each once: a repeated line ends it, with its copy
                run = run[next(n for n, (_, s) in enumerate(run) if s.title.casefold() == title) + 1:]
                break
            run.insert(0, (k, found))
            seen.add(title)
            k -= 1
        if len(run) < MIN_RUN:
            return []
        before = blocks[run[0][0] - 1].text
        if before.rstrip().endswith(_COLONS) or marker and _marker(before) == marker \
                or wrapped_sentence(blocks, [k for k, _ in run]):
            return []      # after a lead-in, the end of a longer list of the article's own, a wrapped paragraph
        if blocks[run[0][0]].gap == 0 and _wrapped_prose(blocks, run[0][0] - 1):
            # rule `wrapped-lead`: the run's first lines end a paragraph wrapped into lines (a Thai one's lines close
            # no sentence, its first is one spaceless run: a heading's shape); the run starts after the paragraph
            while run and blocks[run[0][0]].gap == 0:
                run = run[1:]
            return run if len(run) >= MIN_RUN else []
        return run


def _heads_list(blocks, i: int, run: list, unlisted: bool) -> bool:
    """Whether the heading-like line ``i`` heads the story lines ``run`` under it, in words no file holds."""
    if not run:
        return False
    text = _heading_text(blocks[i].text)
    short = _any_heading(text)
    links = all(s.url or _ARROW.match(blocks[k].text.strip()) for k, s in run)
    if links and len(run) >= 2 and (short or all(s.url for _, s in run)):
        return True     # over two story links or "»" headlines or more
    if links and short and run[0][1].bullet and _introduces(blocks[i].text):
        return True     # one bulleted story link under a heading set apart
    if not (unlisted and short and len(run) >= 2 and _ends_body(blocks, run[-1][0] + 1)):
        return False
    if len(run) >= MIN_RUN and not text.endswith(_COLONS) and len({_marker(blocks[k].text) for k, _ in run}) == 1 \
            and all(s.bullet for _, s in run):
        return True     # three bulleted headlines or more of one marker under a heading without a colon
    return all(_ending_headline(blocks[k].text, text, blocks[i].text) for k, _ in run)


def _ending_headline(line: str, heading: str, heading_line: str) -> bool:
    """Whether ``line`` reads as a headline of a list that ends the body: "»"-marked; numbered, unless the heading
    is a lead-in with a colon ("Key points:" / "1. ..."); or plain under a heading set apart as one."""
    marker = _marker(line)
    if marker in _TITLE_MARKERS[1:]:
        return True
    if marker == "1.":
        return not heading.endswith(_COLONS)
    return not marker and _introduces(heading_line)


def _shaped(found: Story | None) -> bool:
    """A headline that needs no heading to be taken for a story: a link, title case, or a
    line of four words or more without a bullet."""
    return found is not None and (bool(found.url) or title_case(found.title)
                                  or (not found.bullet and word_count(found.title) >= 4))


def _marker(text: str) -> str:
    """The list marker a line starts with: a bullet character, "1." for any number, "" for none."""
    m = BULLET.match(text.strip())
    if not m:
        return ""
    mark = m.group(0).strip()
    return "1." if mark[:1].isdigit() else mark
