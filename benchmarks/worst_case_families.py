"""Families of adversarial but realistic inputs for `benchmarks/worst_case.py`.

Each family is a function of a scale ``k`` (1, 4, 16, ...) that returns the bytes of one
input and its kind (``html`` or ``text``); the work in the input grows linearly with ``k``
(comments, rows, paragraphs, bytes of one line, depth of a dump), so a stage whose time
grows faster than ``k`` is super-linear. The pages are built like real ones: an article
of a few paragraphs, then the shape under test where a site would put it.
"""
from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass
from typing import Callable

PARA = ("The council met on Tuesday to discuss the budget for the coming year, and members agreed to "
        "publish the figures before the next session of the regional assembly in the spring.")
ARTICLE = "".join(f"<p>{PARA} ({i})</p>" for i in range(6))


def page(body: str, head: str = "", title: str = "Budget talks resume") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            f"<main><article><h1>{title}</h1><p class='byline'>By Ann Lee, 9 May 2020</p>{ARTICLE}"
            f"{body}</article></main><footer><p>Copyright 2020 The Daily Example</p></footer></body></html>"
            ).encode("utf-8")


def text(body: str) -> bytes:
    return f"Budget talks resume\n\nBy Ann Lee, 9 May 2020\n\n{PARA}\n\n{PARA}\n\n{body}\n\n{PARA}\n".encode("utf-8")


# -- comment threads ------------------------------------------------------------------------
def _wp_comment(i: int, children: str = "") -> str:
    return (f'<li class="comment depth-1" id="comment-{i}"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {i}</b></div>'
            f'<div class="comment-metadata"><a href="#comment-{i}"><time datetime="2020-05-0{i % 9 + 1}T10:00">'
            f'May {i % 28 + 1}, 2020 at 10:{i % 60:02d} am</time></a></div></footer>'
            f'<div class="comment-content"><p>Reply number {i}: I think the council should publish the '
            f'figures sooner, as it promised last year.</p></div><div class="reply"><a class="comment-reply-link" '
            f'href="?replytocom={i}">Reply</a></div></article>{children}</li>')


def flat_comments(k: int) -> tuple[str, bytes]:
    items = "".join(_wp_comment(i) for i in range(250 * k))
    return "html", page(f'<section id="comments" class="comments-area"><h2>{250 * k} comments</h2>'
                        f'<ol class="comment-list">{items}</ol></section>')


def nested_comments(k: int) -> tuple[str, bytes]:
    """Threads of replies ten deep (``ul.children`` in each comment), 25k threads."""
    threads = []
    for t in range(25 * k):
        inner = ""
        for d in range(10, 0, -1):
            inner = f'<ul class="children">{_wp_comment(t * 10 + d, inner)}</ul>'
        threads.append(_wp_comment(t * 10, inner))
    return "html", page(f'<section id="comments"><ol class="comment-list">{"".join(threads)}</ol></section>')


def deep_thread(k: int) -> tuple[str, bytes]:
    """One reply chain 60 x k deep (each reply nested in the one before)."""
    inner = ""
    for d in range(60 * k, 0, -1):
        inner = f'<ul class="children">{_wp_comment(d, inner)}</ul>'
    return "html", page(f'<section id="comments"><ol class="comment-list">{_wp_comment(0, inner)}</ol></section>')


def div_comments(k: int) -> tuple[str, bytes]:
    """Class-less comment blocks (author line, date line, text) as a forum prints them."""
    one = ('<div><div><strong>user{i}</strong> <span>posted 3 hours ago</span></div>'
           '<div>Thanks for the report, number {i}; the budget figures look wrong to me.</div>'
           '<div><a href="#">Reply</a> <a href="#">Like (3)</a></div></div>')
    return "html", page('<div id="comments"><h3>Comments</h3>' + "".join(one.format(i=i) for i in range(250 * k)) + "</div>")


# -- big blocks -----------------------------------------------------------------------------
def table_rows(k: int) -> tuple[str, bytes]:
    rows = "".join(f"<tr><td>{i}</td><td>District {i}</td><td>{i * 37 % 1000}.{i % 100:02d}</td>"
                   f"<td>2020-05-{i % 28 + 1:02d}</td></tr>" for i in range(625 * k))
    return "html", page(f"<table><thead><tr><th>n</th><th>district</th><th>sum</th><th>date</th></tr></thead>"
                        f"<tbody>{rows}</tbody></table>")


def list_items(k: int) -> tuple[str, bytes]:
    items = "".join(f"<li>Item {i}: the district of number {i} reported its figures</li>" for i in range(625 * k))
    return "html", page(f"<ul>{items}</ul>")


def giant_paragraph(k: int) -> tuple[str, bytes]:
    words = (PARA + " ") * (64 * 1024 * k // (len(PARA) + 1))
    return "html", page(f"<p>{words}</p>")


def giant_text_block(k: int) -> tuple[str, bytes]:
    """1 MB at 16x of text with no markup at all (a page that is one text node)."""
    words = (PARA + " ") * (64 * 1024 * k // (len(PARA) + 1))
    return "html", f"<html><body>{words}</body></html>".encode()


def tiny_paragraphs(k: int) -> tuple[str, bytes]:
    return "html", page("".join(f"<p>Line {i}.</p>" for i in range(1000 * k)))


def inline_elements(k: int) -> tuple[str, bytes]:
    unit = '<b>bold</b> <i>it</i> <a href="/t/{i}">tag{i}</a> <span class="x">w</span> <em>e</em> '
    return "html", page("<p>" + "".join(unit.format(i=i) for i in range(400 * k)) + "</p>")


def mostly_links(k: int) -> tuple[str, bytes]:
    links = "".join(f'<li><a href="/story/{i}">Story number {i} about the budget</a></li>' for i in range(500 * k))
    return "html", page(f'<ul class="related">{links}</ul>')


def deep_nesting(depth: int, opening: str = "<div>", closing: str = "</div>") -> Callable[[int], tuple[str, bytes]]:
    def make(k: int) -> tuple[str, bytes]:      # (the story's two paragraphs inside ``depth * k`` wrappers)
        d = depth * k
        return "html", page(opening * d + f"<p>{PARA}</p>" * 2 + closing * d)
    return make


def giant_attributes(k: int) -> tuple[str, bytes]:
    classes = " ".join(f"c{i}" for i in range(8000 * k))
    value = "x" * (64 * 1024 * k)
    return "html", page(f'<div class="{classes}" data-state="{value}"><p>{PARA}</p></div>')


def many_classes(k: int) -> tuple[str, bytes]:
    """Every element with a long class list (utility-CSS pages)."""
    cls = " ".join(f"md:p-{i} text-{i} comment-{i}" for i in range(20))
    return "html", page("".join(f'<div class="{cls}"><p>{PARA} {i}</p></div>' for i in range(100 * k)))


def scripts(k: int) -> tuple[str, bytes]:
    head = "".join(f"<script>var a{i} = {{x: {i}, s: '<p>no</p>'}};</script><style>.c{i}{{color:red}}</style>"
                   for i in range(500 * k))
    return "html", page("", head=head)


def huge_jsonld(k: int) -> tuple[str, bytes]:
    graph = [{"@type": "NewsArticle", "headline": f"Story {i}", "datePublished": "2020-05-09",
              "author": {"@type": "Person", "name": f"Writer {i}"}, "articleBody": PARA * 3} for i in range(150 * k)]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return "html", page("", head=f'<script type="application/ld+json">{ld}</script>')


def many_jsonld(k: int) -> tuple[str, bytes]:
    one = json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList",
                      "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}]})
    return "html", page("", head=f'<script type="application/ld+json">{one}</script>' * (300 * k))


def long_tokens(kind: str) -> Callable[[int], tuple[str, bytes]]:
    def make(k: int) -> tuple[str, bytes]:
        n = 32 * 1024 * k
        if kind == "base64":
            token = base64.b64encode(random.Random(k).randbytes(n * 3 // 4)).decode()
        elif kind == "url":
            token = "https://example.com/" + "/".join(f"seg{i}?q={i}&r=%20" for i in range(n // 20))
        else:
            token = ("预算会议星期二举行委员会同意公布数字" * (n // 18))
        return "html", page(f"<p>{token}</p>")
    return make


def truncated(k: int) -> tuple[str, bytes]:
    data = flat_comments(k)[1]
    return "html", data[: len(data) * 2 // 3]


# -- text dumps -----------------------------------------------------------------------------
def var_dump(k: int) -> tuple[str, bytes]:
    """A var_dump nest: records holding records, 4 deep, as many as the scale asks."""
    def node(depth: int, i: int) -> list[str]:
        pad = "  " * depth
        if depth == 4:
            return [f'{pad}["title"]=>', f'{pad}string(20) "Story {i:05d} headline"']
        out = [f"{pad}array(3) {{"]
        for j in range(3):
            out += [f"{pad}  [{j}]=>"] + node(depth + 1, i * 3 + j)
        return out + [f"{pad}}}"]
    return "text", text("\n".join(line for i in range(3 * k) for line in node(0, i)))


def print_r(k: int) -> tuple[str, bytes]:
    lines = ["Array", "("]
    for i in range(400 * k):
        lines += [f"    [{i}] => Array", "        (", f"            [title] => Story {i} headline",
                  f"            [url] => https://example.com/{i}", "        )", ""]
    return "text", text("\n".join(lines + [")"]))


def mega_json(k: int) -> tuple[str, bytes]:
    items = [{"id": i, "title": f"Story {i}", "tags": ["a", "b"], "body": PARA} for i in range(400 * k)]
    return "text", text(json.dumps({"data": {"results": items}}))


def repeated_lines(k: int) -> tuple[str, bytes]:
    return "text", text("\n".join(["Share this article on Facebook", "Subscribe to our newsletter"] * 1000 * k))


def same_char(k: int) -> tuple[str, bytes]:
    return "text", text("=" * (64 * 1024 * k) + "\n\n" + "a" * (64 * 1024 * k) + "\n\n" + "." * (32 * 1024 * k))


def nested_brackets(k: int) -> tuple[str, bytes]:
    n = 8 * 1024 * k
    return "text", text("(" * n + "[" * n + "x" + "]" * n + ")" * n + "\n\n" + "{[(<" * n)


def dates_numbers(k: int) -> tuple[str, bytes]:
    line = "Updated 9 May 2020 10:32, 2020-05-09, 05/09/2020, 1,234.56 EUR, +44 20 7946 0958; "
    return "text", text("\n".join(line * 8 for _ in range(80 * k)))


SEPARATED = ("{i},", "{i}.", "{i}:", "a{i}.", "A-", "a/", "#{i} ", "@a", "Ab ", "1 ", "$1, ", "'a' ", "a: ", "(a) ",
             "- ", "a, ", "1/", "+1 ", "A. ", "a!", "-1", "1 - ", "a=1&", "%20", "\\u00e9", "&amp;", "a_", "1e5,")


def separated_runs(k: int) -> tuple[str, bytes]:
    """Lines of one short token repeated with its separator (numbers parted by commas, dotted
    names, slashes...): the shapes where a backtracking pattern retries every start to the end."""
    return "text", text("\n\n".join((unit * (1500 * k))[: 2048 * k].format(i=7) if "{i}" not in unit else
                                        "".join(unit.format(i=i % 97) for i in range(600 * k)) for unit in SEPARATED))


def separated_paragraphs(k: int) -> tuple[str, bytes]:
    body = separated_runs(k)[1].decode().split("\n\n")[4:-1]
    return "html", page("".join(f"<p>{b}</p>" for b in body))


def text_long_token(k: int) -> tuple[str, bytes]:
    return "text", text(base64.b64encode(random.Random(k).randbytes(48 * 1024 * k)).decode())


def text_cjk(k: int) -> tuple[str, bytes]:
    return "text", text("预算会议星期二举行委员会同意公布数字。" * (2000 * k))


def text_comments(k: int) -> tuple[str, bytes]:
    return "text", text("Comments\n\n" + "\n\n".join(
        f"Reader {i} wrote on 9 May 2020:\nI agree, number {i}.\nReply" for i in range(300 * k)))


def wrapped_paragraph(k: int) -> tuple[str, bytes]:
    return "text", text("\n".join(f"the talks would resume next week after a pause in {i}" for i in range(1000 * k)))


@dataclass(frozen=True)
class Family:
    name: str
    make: Callable[[int], tuple[str, bytes]]
    note: str


FAMILIES = {f.name: f for f in [
    Family("flat-comments", flat_comments, "250k WordPress comments"),
    Family("nested-comments", nested_comments, "25k threads of replies 10 deep"),
    Family("deep-thread", deep_thread, "one reply chain 60k deep"),
    Family("div-comments", div_comments, "250k class-less forum comments"),
    Family("table-rows", table_rows, "625k table rows (10k at 16x)"),
    Family("list-items", list_items, "625k list items"),
    Family("giant-paragraph", giant_paragraph, "one <p> of 64 KB x k"),
    Family("bare-text-page", giant_text_block, "a page that is one text node, 64 KB x k"),
    Family("tiny-paragraphs", tiny_paragraphs, "1000k one-word paragraphs"),
    Family("inline-elements", inline_elements, "2000k inline elements in one paragraph"),
    Family("mostly-links", mostly_links, "500k related links"),
    Family("deep-div-300", deep_nesting(300), "<div> nested 300k deep (16x: 4800, under the 5000 limit)"),
    Family("deep-div-1250", deep_nesting(1250), "<div> nested 1250k deep (4x: 5000, 16x: 20000, over it)"),
    Family("nested-tables", deep_nesting(200, "<table><tr><td>", "</td></tr></table>"), "layout tables 200k deep"),
    Family("nested-figures", deep_nesting(300, "<figure><figcaption>Caption</figcaption>", "</figure>"), "figures"),
    Family("giant-attributes", giant_attributes, "a class list of 8000k names, an attribute of 64 KB x k"),
    Family("many-classes", many_classes, "100k blocks, 60 classes each"),
    Family("scripts-styles", scripts, "500k <script> + <style> in the head"),
    Family("huge-json-ld", huge_jsonld, "a JSON-LD @graph of 150k articles"),
    Family("many-json-ld", many_jsonld, "300k JSON-LD blocks"),
    Family("base64-line", long_tokens("base64"), "a 32 KB x k base64 token in a paragraph"),
    Family("url-line", long_tokens("url"), "a 32 KB x k URL"),
    Family("cjk-line", long_tokens("cjk"), "32 KB x k of Chinese without spaces"),
    Family("truncated", truncated, "the flat-comments page cut at 2/3"),
    Family("text-var-dump", var_dump, "a var_dump of 3k nests 4 deep (243 records each)"),
    Family("text-print-r", print_r, "a print_r of 400k records"),
    Family("text-json", mega_json, "a JSON value of 400k stories (64 KB x k)"),
    Family("text-repeated", repeated_lines, "2000k repeated lines"),
    Family("text-same-char", same_char, "runs of '=', 'a', '.' of 64 KB x k"),
    Family("text-brackets", nested_brackets, "8k x k nested brackets, '{[(<' x 8k x k"),
    Family("text-dates", dates_numbers, "lines of dates, numbers, prices, phones"),
    Family("text-separated", separated_runs, "28 lines, each one token and its separator repeated (2 KB x k)"),
    Family("separated-paragraphs", separated_paragraphs, "the same lines as paragraphs of a page"),
    Family("text-base64", text_long_token, "a 64 KB x k base64 line"),
    Family("text-cjk", text_cjk, "Chinese without spaces, 2000k sentences in one line"),
    Family("text-comments", text_comments, "300k 'Name wrote on date:' comments"),
    Family("text-wrapped", wrapped_paragraph, "one paragraph soft-wrapped over 1000k lines"),
]}

