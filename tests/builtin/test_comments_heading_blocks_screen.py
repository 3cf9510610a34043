"""`heading_blocks` scans only the pieces whose element holds `MAX_WORDS` words at most: a hit in any other piece
climbs to a block of more words, which is no heading. The blocks found are those a scan of every piece finds (the
reference below reads every piece, as the rule is written), the limits (`MAX_BLOCKS`) counted the same way."""
import bisect

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import heading_blocks as module
from cleaners.builtin.comments.headers import counts_none
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.vocabulary import speaking, vocabulary

LONG = ("The council met on Monday to talk about the comments residents sent about the new bus routes, and the "
        "mayor said every one of them would be read before a vote")


def _every_piece(tree: Tree, voc) -> list[int]:
    joined = "\x00".join(tree.text)
    starts = [0]
    for text in tree.text:
        starts.append(starts[-1] + len(text) + 1)
    seen, out = set(), []
    for match in module._nouns(voc.heading_nouns).finditer(joined):
        e = tree.owner[bisect.bisect_right(starts, match.start()) - 1]
        for _ in range(module.LEVELS):
            if tree.parent[e] <= 0 or tree.words(tree.parent[e]) > module.MAX_WORDS:
                break
            e = tree.parent[e]
        if e in seen or tree.tag[e] in module._NO_BLOCK or tree.skip[e] or tree.form[e] \
                or not 0 < tree.words(e) <= module.MAX_WORDS or 2 * tree.link_chars(e) > tree.chars(e):
            continue
        seen.add(e)
        if voc.is_heading(text := tree.flat(e)[:200]) and not counts_none(text):
            out.append(e)
        if len(seen) >= module.MAX_BLOCKS:
            break
    return sorted(out)


def _both(body: str, langs=("en",)) -> tuple[list[str], list[str]]:
    tree = Tree(LexborHTMLParser(f"<html><body>{body}</body></html>").body)
    with speaking(list(langs)):
        voc = vocabulary()
        return [tree.flat(e) for e in module.heading_blocks(tree, voc)], [tree.flat(e) for e in _every_piece(tree, voc)]


def test_a_heading_block_beside_long_paragraphs_is_found_as_by_a_scan_of_every_piece():
    body = (f"<p>{LONG}.</p><p>{LONG}: comments again.</p><div><p>{{ 12 comments… read them below }}</p></div>"
            f"<div class='x'><span>Comments</span> <b>(3)</b></div><p>{LONG}, <a href='#c'>see the comments</a>.</p>")
    found, reference = _both(body)
    assert found == reference == ["{ 12 comments… read them below }", "Comments (3)"]


def test_words_of_comments_inside_long_blocks_open_nothing():
    body = f"<p>{LONG}.</p><div><span>{LONG}</span> Comments</div><blockquote>{LONG} comments</blockquote>"
    found, reference = _both(body)
    assert found == reference == []


def test_the_block_limit_counts_the_same_blocks():
    rows = "".join(f"<div class='teaser'><p>{LONG} comments.</p><div>{n} comments</div></div>" for n in range(1, 30))
    found, reference = _both(rows + "<div><p>Leave a reply</p></div>")
    assert found == reference and len(found) <= module.MAX_BLOCKS
