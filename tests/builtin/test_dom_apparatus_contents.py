"""A page's table of contents, named by its class or id, with its title goes (cleaners/builtin/dom_apparatus.py, rule
contents); a box so named whose links leave the page, and an article's ``entry-contents``, stay."""
from cleaners.builtin.dom_apparatus import DomApparatus
from tests.builtin._html import ARTICLE, page, rules, run


def _toc(links: str, cls: str = "toc") -> str:
    return f"<div id='{cls}' class='{cls}'><div class='toctitle'><h2>Contents</h2></div><ul>{links}</ul></div>"


def test_table_of_contents_goes_with_its_title():
    links = "<li><a href='#s1'><span>1</span> History</a></li><li><a href='#s2'><span>2</span> Route</a></li>"
    for cls in ("toc", "ez-toc-container", "table-of-contents"):
        doc, text = run(DomApparatus(), page(f"<main><article>{ARTICLE}{_toc(links, cls)}<h2 id='s1'>History</h2>"
                                             f"{ARTICLE}</article></main>"))
        assert "Contents" not in text and "1 History" not in text and "contents" in rules(doc)
        assert "night bus service" in text


def test_a_box_so_named_linking_out_of_the_page_stays():
    links = "<li><a href='/guide/1'>Chapter one</a></li><li><a href='/guide/2'>Chapter two</a></li>"
    doc, text = run(DomApparatus(), page(f"<main><article>{ARTICLE}{_toc(links)}</article></main>"))
    assert "Chapter one" in text and "contents" not in rules(doc)


def test_entry_contents_stays():
    html = page(f"<main><div class='entry-contents'>{ARTICLE}<p><a href='#note1'>1</a></p></div></main>")
    doc, text = run(DomApparatus(), html)
    assert "night bus service" in text and "contents" not in rules(doc)
