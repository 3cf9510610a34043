"""Pages that once made the spider's article signals grow faster than their size (time bombs); the sized case
runs in a child process under a generous time cap: a hang guard, not a timing."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from parsel import Selector

from corpus_spiders import detect


def test_a_paragraph_of_many_links_is_scored_in_linear_time():
    # one paragraph of 100,000 links: ``.//a//text()`` merged a node set per link (160,000 took 180 s)
    code = textwrap.dedent("""
        from parsel import Selector
        from corpus_spiders import detect
        html = "<html><body><p>" + "<a href='#'>x <b>y</b></a> z " * 100_000 + "</p></body></html>"
        print(detect.paragraph_text(Selector(text=html)))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "(599999, 200000)"


def test_linked_text_is_the_text_inside_the_paragraphs_own_links():
    sel = Selector(text="<a href='/x'><p>in <b>a</b> block link</p></a>"
                        "<p>see <a href='/a'>one <b>two</b></a> and <a href='/b'>three</a> here</p>")
    # the first paragraph's text is inside a link around it, not one of its own: not counted as linked
    assert detect.paragraph_text(sel) == (len("in a block link") + len("see one two and three here"), 3 + 3 + 5)


def test_json_ld_nested_past_the_parsers_depth_gives_no_types():
    deep = "[" * 100_000 + "]" * 100_000
    sel = Selector(text=f"<html><head><script type='application/ld+json'>{deep}</script>"
                        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script></head></html>")
    assert detect.jsonld_types(sel) == {"newsarticle"}
