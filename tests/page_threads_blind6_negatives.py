"""Pages of the sixth blind comment-page harness that have no comment and furniture that looks like a thread: an
interview's questions and answers, a FAQ, a live blog's dated entries, letters to the editor written as the
article's prose, a forum's "X wrote:" quotes cited in the article, a chat transcript (inside the article); a
testimonials carousel, an empty "Comments (0)" section with its form, a "comments are closed" section, a reactions
bar (after it). Nothing of them may come out as a comment.

A maker takes the language's texts and a random source and returns (html, place, texts): place "in" (inside the
article: ``texts`` are the body's, an optional one starts with OPT) or "after". Written for this harness."""
from __future__ import annotations

from html import escape as e

OPT = "\x00"


def _who(k, rng, n):
    return rng.sample(k["names"], n)


def qa_interview(k, rng):
    a, b = _who(k, rng, 2)
    qs, ans = k["questions"], k["spare"]
    html = "".join(f'<p><strong>{e(q)}</strong></p><p>{e(x)}</p>' for q, x in zip(qs, ans))
    return (f'<div class="interview"><p class="intro"><em>{e(a)} — {e(b)}</em></p>{html}</div>', "in",
            [OPT + f"{a} — {b}"] + [t for q, x in zip(qs, ans) for t in (q, x)])


def faq(k, rng):
    items = "".join(f'<details class="faq-item"><summary>{e(q)}</summary><div class="faq-answer"><p>{e(x)}</p></div></details>'
                    for q, x in zip(k["questions"], k["spare"]))
    return (f'<section class="faq"><h2>{e(k["w"]["faq"])}</h2>{items}</section>', "in",
            [OPT + k["w"]["faq"]] + [t for q, x in zip(k["questions"], k["spare"]) for t in (q, x)])


def live_blog(k, rng):
    w = k["w"]
    entries = [(w["date"].format(d=3, h=f"{9 + i:02d}", m=f"{10 * i:02d}"), n, x)
               for i, (n, x) in enumerate(zip(_who(k, rng, 3), k["spare"][:3]))]
    html = "".join(f'<div class="live-entry" id="entry-{i}"><div class="live-entry__time"><time>{e(d)}</time></div>'
                   f'<div class="live-entry__author">{e(n)}</div><div class="live-entry__body"><p>{e(x)}</p></div>'
                   f'<div class="live-entry__share"><a href="#entry-{i}">Share</a></div></div>' for i, (d, n, x) in enumerate(entries))
    return (f'<div class="liveblog"><h2>{e(w["live"])}</h2>{html}</div>', "in",
            [OPT + w["live"]] + [x for _, _, x in entries] + [OPT + d for d, _, _ in entries] + [OPT + n for _, n, _ in entries])


def letters_prose(k, rng):
    names = _who(k, rng, 2)
    parts = [(n, x) for n, x in zip(names, k["spare"][:2])]
    html = "".join(f'<p>{e(x)}</p><p class="signature"><em>{e(n)}</em></p>' for n, x in parts)
    return (f'<h2>{e(k["w"]["letters"])}</h2>{html}', "in",
            [OPT + k["w"]["letters"]] + [t for n, x in parts for t in (x, OPT + n)])


def forum_quotes(k, rng):
    names = _who(k, rng, 2)
    out, texts = "", []
    for n, x in zip(names, k["spare"][:2]):
        out += f'<blockquote class="forum-quote"><p><b>{e(k["w"]["wrote"].format(name=n))}</b></p><p>{e(x)}</p></blockquote>'
        texts += [OPT + k["w"]["wrote"].format(name=n), x]
    return out, "in", texts


def chat_transcript(k, rng):
    a, b = _who(k, rng, 2)
    lines = list(zip([a, b, a, b], k["spare"][:4]))
    html = "".join(f'<div class="msg msg--{"me" if n == a else "them"}"><span class="msg__who">{e(n)}</span>'
                   f'<span class="msg__time">{9 + i}:0{i}</span><p class="msg__text">{e(x)}</p></div>' for i, (n, x) in enumerate(lines))
    return (f'<figure class="chat"><div class="chat__log">{html}</div></figure>', "in",
            [x for _, x in lines] + [OPT + n for n, _ in lines] + [OPT + f"{9 + i}:0{i}" for i in range(4)])


def testimonials(k, rng):
    cards = "".join(f'<div class="slide"><blockquote class="testimonial"><p>{e(x)}</p><footer>— {e(n)} ★★★★★</footer></blockquote></div>'
                    for n, x in zip(_who(k, rng, 3), k["spare"][:3]))
    return (f'<section class="carousel testimonials"><div class="carousel__track">{cards}</div>'
            f'<button class="prev">‹</button><button class="next">›</button></section>', "after", [])


def comments_zero(k, rng):
    w = k["w"]
    return (f'<section id="comments" class="comments"><h2>{e(w["zero"])}</h2><div id="respond"><h3>{e(w["leave"])}</h3>'
            f'<form action="/comment" method="post"><textarea name="comment" rows="6"></textarea><input name="author" placeholder="Name">'
            f'<input name="email" type="email" placeholder="E-mail"><button type="submit">{e(w["reply"])}</button></form></div></section>',
            "after", [])


def comments_closed(k, rng):
    w = k["w"]
    return (f'<div class="comments-area"><h3 class="comments-title">{e(w["count"].format(n=0))}</h3>'
            f'<p class="nocomments">{e(w["closed"])}</p></div>', "after", [])


def reactions_bar(k, rng):
    w = k["w"]
    counts = "".join(f'<button class="reaction"><span>{x}</span><span class="n">{rng.randrange(3, 300)}</span></button>' for x in "👍❤😮😢😡")
    return (f'<div class="reactions-bar"><p>{e(w["like"])}</p>{counts}<a class="comments-link" href="#comments">'
            f'{e(w["count"].format(n=0))}</a></div>', "after", [])


NEGATIVES = {
    "qa_interview": qa_interview, "faq": faq, "live_blog": live_blog, "letters_prose": letters_prose,
    "forum_quotes": forum_quotes, "chat_transcript": chat_transcript, "testimonials": testimonials,
    "comments_zero": comments_zero, "comments_closed": comments_closed, "reactions_bar": reactions_bar,
}
