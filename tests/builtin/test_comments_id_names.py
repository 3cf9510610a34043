"""Shortcuts of the comment stage that must not change what it finds: numbered ids read through one
cached answer (`MarkupWords.id_names_comments`), and a template's header slot read for names only
while no author slot is found (`slots.meta_slots`)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import slots as thread_module
from cleaners.builtin.comments.items import read_items
from cleaners.builtin.comments.slots import meta_slots as _meta_slots
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.builtin.comments.vocabulary import vocabulary

IDS = ["comment-123", "comment_item_110981934", "li-comment-7", "post-42", "div-comment-0012", "c12345",
       "comment12", "remark42", "remark42-7", "x_remark42", "remark4200", "7comment", "commentary-3",
       "disqus_thread", "dsq-comment-99", "kommentar١٢٣", "comment-١٢٣", "item-٣-comments", "respond",
       "node_2993102_comments_list", "commentAuthor-12", "reply-box-3", "12", "", "feedbacks_2", "a1b2c3"]


def test_an_id_reads_as_its_numbers_left_in():
    voc = vocabulary()
    for value in IDS:
        assert voc.id_names_comments(value) == voc._names_comments(value), value


def test_numbered_ids_share_one_cached_answer():
    voc = vocabulary()
    voc.names_comments.cache_clear()      # (the cache of a long run may be full: counted from empty)
    voc.id_names_comments("comment-item-1")
    before = voc.names_comments.cache_info().currsize
    for n in range(2, 300):
        assert voc.id_names_comments(f"comment-item-{n}")
    assert voc.names_comments.cache_info().currsize == before
    assert not voc.id_names_comments("widget-7") and voc.names_comments.cache_info().currsize == before + 1


PAGE = "<html><body><p>Article text long enough to be the page's own main text here.</p>" + "".join(
    f'<div class="comment"><span class="author">{name}</span><p class="place">{place}</p>'
    f"<p>{text}</p><p>Second thought about the lighthouse plan number {k}.</p></div>"
    for k, (name, place, text) in enumerate([
        ("Ann Lee", "Leeds", "I like the museum idea a lot."),
        ("Bob Ray", "York", "Will it open in winter as well?"),
        ("Cy Dunn", "Leeds", "My uncle kept that light for years."),
        ("Di Hart", "Bath", "The fog horn should stay where it is.")])) + "</body></html>"


def test_header_slots_after_the_author_slot_are_read_without_their_names(monkeypatch):
    tree = Tree(LexborHTMLParser(PAGE).body)
    family = next(f for f in candidate_families(tree) if f.key == "div.comment")
    items = read_items(tree, family, [10 ** 6])
    found = _meta_slots(tree, items)
    for count in (lambda voc, texts: 0, lambda voc, texts: len(texts)):
        monkeypatch.setattr(thread_module, "names_in_slot", count)
        assert _meta_slots(tree, read_items(tree, family, [10 ** 6])) == found
    assert all(any(ln.kind == "author" for ln in it.lines) for it in items)     # (the author slot is found first)
    read: list = []
    monkeypatch.setattr(thread_module, "names_in_slot", lambda voc, texts: read.append(texts) or 0)
    assert _meta_slots(tree, read_items(tree, family, [10 ** 6])) == found and read == []
