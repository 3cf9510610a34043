"""The comment stage's faster paths agree with the direct readings they replace, over composed pages.

* `walk.walk` (bound appends, a count of the pieces): the arrays of a plain recursive reading of the nodes;
* `elements.marks` (the words and the role read in place): the bits read from the element's attributes;
* `Tree.tagged`: the elements of those tags that are no script's, as a test of each element gives them;
* `items._title_date` (an element's title read once a page): the date of the first title holding one;
* `thread.name_candidates` (an author-named element's name kept for the page): the same candidates
  whichever families read the element before, and in another vocabulary a name of its own.
"""
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings, strategies as st
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import thread as thread_module
from cleaners.builtin.comments.elements import AVATAR, ROLE, STAMP, TIME, _stamp, marks
from cleaners.builtin.comments.evidence import AUTHOR, CHROME, REPLY, VOTE, is_avatar, role
from cleaners.builtin.comments.items import _title_date, read_items
from cleaners.builtin.comments.thread import name_candidates
from cleaners.builtin.comments.tree import HEADINGS, Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.builtin.comments.vocabulary import speaking, vocabulary
from cleaners.builtin.comments.walk import BLOCK_TAGS, FORM_TAGS, NONE, PHRASING_HOSTS, SKIP_TAGS, walk
from cleaners.dates import machine_date

TEXTS = ["I agree with the council on this one.", "Ann Lee", "Bob says:", "3 May 2012 at 9:59", "5 hours ago",
         "Reply", "  ", " Great post ", "12 points", "by Cy Dunn \u2022 2 hours ago", "Dana", "Leave a reply"]
PIECES = st.sampled_from([
    "{t}", "<span>{t}</span>", '<span class="author">{t}</span>', '<cite class="fn">{t}</cite>',
    '<span class="author"><a href="/users/7/ann">{t}</a></span>', '<button class="username">{t}</button>',
    '<a href="/u/dana" title="Profile of Dana">{t}</a>', "<p>{t}</p>", "{t}<br>", "<hr>{t}",
    '<abbr title="2012-05-03T09:59:00">{t}</abbr>', '<span title="May 3, 2012 9:59 am"><b>{t}</b></span>',
    '<span title="">{t}</span>', '<img class="avatar" src="/a/{t}.png">{t}', '<img src="/p.png" alt="">',
    '<time datetime="2024-03-05T10:00">{t}</time>', '<span data-timestamp="1709632800"></span>{t}',
    '<a class="reply-link" href="#c3">{t}</a>', '<span class="votes">{t}</span>', "<script>var a = '{t}';</script>",
    "<svg><text>{t}</text> </svg>", "<form><label>{t}</label><textarea></textarea></form>", "<!-- {t} -->",
    "<talk-comment>{t}</talk-comment>", "<p>a <x-emoji>{t}</x-emoji> b</p>", '<div hidden>{t}</div>',
    '<div style="display:none">{t}</div>', '<div class>{t}</div>', "<h3>{t}</h3>"])
PIECE = st.tuples(PIECES, st.sampled_from(TEXTS)).map(lambda p: p[0].format(t=p[1]))
UNIT_TAGS = st.sampled_from(['li class="comment"', "li", 'div class="post"', 'div class="entry" id="c12"', "dd"])


@st.composite
def units(draw, depth: int = 0) -> str:
    tag = draw(UNIT_TAGS)
    body = "".join(draw(st.lists(PIECE, min_size=1, max_size=4)))
    if depth < 1 and draw(st.booleans()):
        body += "<ul> " + " ".join(draw(st.lists(units(depth + 1), min_size=1, max_size=2))) + "</ul>"
    return f"<{tag}>{body}</{tag.split()[0]}>"


@st.composite
def pages(draw) -> str:
    box = draw(st.sampled_from(['<ol class="comments">', "<ul>", '<div id="comments">', "<div>"]))
    heading = draw(st.sampled_from(["", "<h2>3 Comments</h2>", "<h3>Related</h3>"]))
    inner = "\n".join(draw(st.lists(units(), min_size=1, max_size=5)))
    return (f"<html><body><p>The harbour board met on Monday.</p>{heading}{box}{inner}"
            f"</{box[1:].split()[0].rstrip('>')}></body></html>")


def _recursive(root) -> dict:
    """The arrays of `walk.walk` read the plain way: a recursion over the nodes, each array filled in place."""
    a = {"tag": [root.tag], "parent": [-1], "p0": [0], "p1": [0], "end": [0], "prev": [-1], "block": [0],
         "attrs": [NONE], "text": [], "owner": [], "skip": [False], "form": [False], "link": [False], "_forms": []}
    spaced = [True]

    def visit(node, p: int, skip: bool, form: bool, link: bool) -> None:
        last = -1
        child = node.first_child
        while child is not None:
            if child.is_text_node:
                text = child.text_content
                if text and text.isspace():
                    if not spaced[0]:
                        a["text"][-1] += " "
                        spaced[0] = True
                elif text and not skip:
                    a["text"].append(text)
                    a["owner"].append(p)
                    spaced[0] = text[-1].isspace()
            elif child.tag != "-comment":
                i, tag = len(a["tag"]), child.tag
                s = skip or tag in SKIP_TAGS
                f = form or (not s and tag in FORM_TAGS)
                ln = link or (not s and tag == "a")
                for key, value in (("tag", tag), ("parent", p), ("p0", len(a["text"])), ("prev", last), ("end", i),
                                   ("p1", 0), ("skip", s), ("form", f), ("link", ln),
                                   ("attrs", NONE if s else child.attributes)):
                    a[key].append(value)
                a["block"].append(i if tag in BLOCK_TAGS or (tag and "-" in tag and a["block"][p] == p
                                                             and a["tag"][p] not in PHRASING_HOSTS) else a["block"][p])
                if not s and tag == "form":
                    a["_forms"].append(i)
                if not s and tag in ("br", "hr"):
                    a["text"].append("\n")
                    a["owner"].append(i)
                    spaced[0] = True
                visit(child, i, s, f, ln)
                a["end"][i], a["p1"][i] = len(a["tag"]) - 1, len(a["text"])
                last = i
            child = child.next

    visit(root, 0, False, False, False)
    a["end"][0], a["p1"][0] = len(a["tag"]) - 1, len(a["text"])
    return a


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_walk_fills_the_arrays_of_a_recursive_reading(html):
    root, arrays = LexborHTMLParser(html).body, SimpleNamespace()
    walk(arrays, root)
    for key, value in _recursive(root).items():
        assert getattr(arrays, key) == value, key


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_element_marks_and_tagged_elements_as_read_directly(html):
    tree = Tree(LexborHTMLParser(html).body)
    for e in range(len(tree)):
        attrs, tag, bits = tree.attrs[e], tree.tag[e], 0
        if attrs:
            bits = (AVATAR if tag == "img" and is_avatar(attrs) else TIME if tag == "time" else 0) \
                | (STAMP if _stamp(tag, attrs) else 0) \
                | (ROLE if tree.words(e) <= 8 and role(tree, e) & (REPLY | VOTE | CHROME | AUTHOR) else 0)
        assert marks(tree, e) == bits == marks(tree, e)
    for names in (HEADINGS, frozenset({"time", "img"}), frozenset({"script", "p"})):
        assert tree.tagged(names) == [e for e, t in enumerate(tree.tag) if t in names and not tree.skip[e]]


def _title_date_directly(tree: Tree, line, tops: set) -> str | None:
    seen = set()
    for k in line.pieces:
        e, level = tree.owner[k], 0
        while e > 0 and level < 3 and e not in seen:
            seen.add(e)
            title = tree.attrs[e].get("title")
            if title and any(c.isdigit() for c in title) and (iso := machine_date(title)):
                return iso
            if e in tops:
                break
            e, level = tree.parent[e], level + 1
    return None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_title_dates_kept_for_the_page_are_those_read_directly(html):
    tree = Tree(LexborHTMLParser(html).body)
    with speaking(("en",)):
        for family in candidate_families(tree):
            for item in read_items(tree, family, [10 ** 6]) or []:
                tops = set(item.unit.tops)
                for line in item.lines:     # (twice: the second read from what the first kept)
                    assert _title_date(tree, line, tops) == _title_date_directly(tree, line, tops) \
                        == _title_date(tree, line, tops)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_names_kept_for_the_page_are_those_read_afresh(html):
    tree = Tree(LexborHTMLParser(html).body)
    with speaking(("en",)):
        voc = vocabulary()
        read = [items for family in candidate_families(tree) if (items := read_items(tree, family, [10 ** 6]))]
        kept = [[name_candidates(tree, it.lines, voc) for it in items] for items in read]    # (the memo filled)
        for items, names in zip(read, kept):
            for item, found in zip(items, names):
                tree.memo.pop(thread_module._NAMES, None)     # (read afresh, nothing kept)
                assert name_candidates(tree, item.lines, voc) == found
    with speaking(("de",)):     # (another vocabulary reads its own names, not the ones kept in English)
        other = vocabulary()
        if other is not voc:
            for items in read:
                for item in items:
                    found = name_candidates(tree, item.lines, other)
                    tree.memo.pop(thread_module._NAMES, None)
                    assert name_candidates(tree, item.lines, other) == found


def test_an_author_named_element_is_read_once_a_page():
    html = ("<html><body><ol class='comments'>" + "".join(
        f"<li class='comment'><div class='c-body'><span class='author'>Ann Lee {n}</span><p>I agree with the council "
        f"on point {n}, and the bridge is too narrow.</p></div></li>" for n in range(4)) + "</ol></body></html>")
    tree = Tree(LexborHTMLParser(html).body)
    calls = []
    original = thread_module._read_name
    thread_module._read_name = lambda t, e, voc: calls.append(e) or original(t, e, voc)
    try:
        with speaking(("en",)):
            voc = vocabulary()
            families = candidate_families(tree)
            read = [items for family in families if (items := read_items(tree, family, [10 ** 6]))]
            assert len(read) >= 2      # (the boxes and their bodies: two families holding the same authors)
            first = [name_candidates(tree, it.lines, voc) for items in read for it in items]
    finally:
        thread_module._read_name = original
    assert len(calls) == len(set(calls)) == 4
    assert sorted({name for found in first for _, name, _ in found}) == [f"Ann Lee {n}" for n in range(4)]
