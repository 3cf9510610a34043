"""Comment-like furniture of the fourth blind comment-page harness (`tests/page_threads_blind4.py`): repeated,
signed, dated units that are no reader comments. A maker takes ``(lang, rng)`` and returns ``(html, place, body)``:
``place`` is ``"in"`` (inside the article, after its first paragraph: its ``body`` texts belong to the article and
are expected in the record's body) or ``"after"`` / ``"aside"`` (page furniture beside the article: ``body`` is
empty). A text of ``body`` given as ``OPT + text`` (a live blog's stamps, a vox pop's names) may be kept or cut:
the harness scores the body without it. Nothing of any of them may come out as a comment."""
from __future__ import annotations

from html import escape as e

OPT = "\x00"          # marks a text the body may keep or lose


def _stamp(w, rng):
    return w["date"].format(d=rng.randrange(1, 28), h=f"{rng.randrange(7, 22):02d}", m=f"{rng.randrange(60):02d}")


def related_cards(lang, rng):
    w, cards = lang["w"], []
    for i, s in enumerate(lang["article"] + lang["comments"][:2]):
        head = " ".join(s.split()[:7]).rstrip(",.;:") if " " in s else s[:24]
        cards.append(f'<div class="card"><a href="/story/{i + 40}"><img src="/t/{i}.jpg" alt=""></a><div class="card-body">'
                     f'<h4><a href="/story/{i + 40}">{e(head)}</a></h4><div class="card-meta"><span class="by">{e(w["by"])} {e(rng.choice(lang["names"]))}</span>'
                     f' · <span class="ago">{e(w["ago"].format(n=i + 2))}</span></div><p>{e(s[:90])}</p></div></div>')
    return f'<section class="more-stories"><h3>{e(w["related"])}</h3><div class="cards">{"".join(cards)}</div></section>', "after", []


def author_box(lang, rng):
    w = lang["w"]
    more = "".join(f'<li><a href="/a/{i}">{e(s[:60])}</a> <span>{e(_stamp(w, rng))}</span></li>' for i, s in enumerate(lang["article"]))
    return (f'<div class="author-bio"><img class="avatar" src="/staff/1.jpg" alt=""><h4>{e(w["author_box"])}</h4><p>{e(lang["bio"])}</p>'
            f'<ul class="author-latest">{more}</ul></div>', "after", [])


def qa_article(lang, rng):
    names, out, body = lang["names"], [], []
    for q, a in zip(lang["questions"], lang["comments"][3:6]):
        out.append(f'<p><strong>{e(q)}</strong></p><p>{e(a)}</p>')
        body += [q, a]
    head = f'<h3>{e(names[0])}</h3>'
    return head + "".join(out), "in", [OPT + names[0]] + body


def testimonials(lang, rng):
    w, out = lang["w"], []
    for i, s in enumerate(lang["comments"][:4]):
        out.append(f'<div class="testimonial"><blockquote><p>„{e(s)}“</p></blockquote><div class="testimonial-author">'
                   f'<img class="avatar" src="/q/{i}.jpg"><span class="name">{e(lang["names"][i])}</span>'
                   f'<span class="since">{e(_stamp(w, rng))}</span></div></div>')
    return f'<aside class="testimonials"><h3>{e(w["testimonials"])}</h3>{"".join(out)}</aside>', "aside", []


def review_snippets(lang, rng):
    w, out = lang["w"], []
    for i, s in enumerate(lang["comments"][4:8]):
        out.append(f'<div class="review" itemprop="review" itemscope><div class="stars" title="{4 + i % 2}/5">{"★" * (4 + i % 2)}{"☆" * (1 - i % 2)}</div>'
                   f'<span itemprop="author">{e(lang["names"][-1 - i])}</span> <time datetime="2024-02-{10 + i}">{e(_stamp(w, rng))}</time>'
                   f'<p itemprop="reviewBody">{e(s)}</p><button>{e(w["helpful"])} ({i * 3 + 2})</button></div>')
    return (f'<aside class="shop-widget"><h3>{e(w["reviews"])}</h3><div class="product">Guide 2024 · 19,90 €</div>{"".join(out)}'
            f'<a href="/shop">{e(w["read_more"])}</a></aside>', "aside", [])


def live_blog(lang, rng):
    w, out, body = lang["w"], [], []
    texts = lang["comments"][:2] + [lang["bio"]] + lang["questions"][:1]
    for i, s in enumerate(texts):
        out.append(f'<div class="live-entry"><time datetime="2024-03-14T{9 + i:02d}:{15 * i:02d}">{9 + i:02d}:{15 * i:02d}</time>'
                   f'<span class="live-author">{e(lang["names"][i])}</span><p>{e(s)}</p></div>')
        body += [OPT + f"{9 + i:02d}:{15 * i:02d}", OPT + lang["names"][i], s]
    return f'<div class="liveblog"><h3>{e(w["live"])}</h3>{"".join(out)}</div>', "in", [OPT + w["live"]] + body


def chat_transcript(lang, rng):
    out, body = [], []
    for i, s in enumerate(lang["comments"][2:7]):
        who = lang["names"][i % 2]
        out.append(f'<p>[{10 + i // 3:02d}:{(7 * i) % 60:02d}] <b>{e(who)}:</b> {e(s)}</p>')
        body.append(f"[{10 + i // 3:02d}:{(7 * i) % 60:02d}] {who}: {s}")
    return f'<div class="transcript">{"".join(out)}</div>', "in", body


def form_only(lang, rng):
    w = lang["w"]
    return (f'<div id="comments" class="comments-area"><h3>{e(w["comments"])}</h3><p class="no-comments">{e(w["none"])}</p>'
            f'<div id="respond"><h3>{e(w["leave"])}</h3><form action="/post-comment"><label>{e(w["name"])}</label><input name="author">'
            f'<textarea name="comment"></textarea><button type="submit">{e(w["send"])}</button></form></div></div>', "after", [])


def vox_pop(lang, rng):
    """Passers-by asked by the reporter, inside the article: a portrait, a name with an age, a quote."""
    out, body = [], []
    for i, s in enumerate(lang["comments"][1:5]):
        who = f"{lang['names'][i]}, {23 + 11 * i}"
        out.append(f'<div class="voxpop-item"><img class="portrait" src="/vp/{i}.jpg" alt=""><strong>{e(who)}</strong><p>{e(s)}</p></div>')
        body += [OPT + who, s]
    return f'<div class="voxpop">{"".join(out)}</div>', "in", body


def recent_comments(lang, rng):
    """The site's widget of the latest comments on other stories: a name, a story, an excerpt, an age."""
    w, out = lang["w"], []
    for i, s in enumerate(lang["comments"][:5]):
        story = " ".join(lang["article"][i % len(lang["article"])].split()[:5]) or lang["article"][0][:20]
        out.append(f'<li class="recentcomments"><span class="comment-author-link">{e(lang["names"][i])}</span> → '
                   f'<a href="/story/{i + 90}#comment-{i + 300}">{e(story)}</a><p>{e(s[:70])}…</p><span>{e(w["ago"].format(n=i + 1))}</span></li>')
    return f'<div class="widget widget_recent_comments"><h3>{e(w["comments"])}</h3><ul id="recentcomments">{"".join(out)}</ul></div>', "aside", []


def timeline(lang, rng):
    """A dated timeline inside the article: a date, a line of what happened, the one who said it."""
    w, out, body = lang["w"], [], []
    for i, s in enumerate(lang["article"][1:] + lang["questions"][:1]):
        when, line = _stamp(w, rng), s.split(". ")[0].split("。")[0]
        out.append(f'<li><time>{e(when)}</time> <b>{e(lang["names"][i])}</b> <span>{e(line)}</span></li>')
        body += [OPT + when, OPT + lang["names"][i], line]
    return f'<ul class="timeline">{"".join(out)}</ul>', "in", body


def events(lang, rng):
    """An events box after the article: a title, a date and clock, an organiser, a line of text."""
    w, out = lang["w"], []
    for i, s in enumerate(lang["comments"][-3:]):
        out.append(f'<div class="event"><div class="event-date">{e(_stamp(w, rng))}</div><div class="event-org">{e(lang["names"][i + 1])}</div>'
                   f'<p>{e(s)}</p><a href="/events/{i}">{e(w["read_more"])}</a></div>')
    return f'<section class="events-box"><h3>{e(w["related"])}</h3>{"".join(out)}</section>', "after", []


NEGATIVES = {"vox_pop": vox_pop, "recent_comments": recent_comments, "timeline": timeline, "events": events, "related_cards": related_cards, "author_box": author_box, "qa_article": qa_article, "testimonials": testimonials,
             "review_snippets": review_snippets, "live_blog": live_blog, "chat_transcript": chat_transcript, "form_only": form_only}
