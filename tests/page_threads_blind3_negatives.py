"""Look-alikes of the third blind comment-page harness (`tests/page_threads_blind3.py`): article
bodies made of repeated signed units that are not comments (an editors' product test, a
question-and-answer interview, a timeline, letters to the editor, a chat transcript), whose texts
must stay in the body and never become comments, and comment areas without a comment (a form
only, a closed thread, a widget's "enable JavaScript" line) where no comment may be emitted.
Each maker takes the language data and a `random.Random` and returns ``(html, texts_to_keep)``."""
from __future__ import annotations

from html import escape as e


def _pick(rng, pool, n):
    return rng.sample(pool, min(n, len(pool)))


def product_test(lang, rng):
    names, lines = _pick(rng, lang["names"], 4), _pick(rng, lang["comments"], 4)
    html = "".join(
        f'<div class="product-review" itemscope itemtype="https://schema.org/Review"><h3 class="product-name">Model {chr(65 + i)}-{200 + 50 * i}'
        f'</h3><div class="rating" itemprop="reviewRating">{"★" * (5 - i % 3)}{"☆" * (i % 3)} <span>{5 - i % 3}/5</span></div>'
        f'<div class="review-text" itemprop="reviewBody"><p>{e(t)}</p></div><p class="tested-by">— <span itemprop="author">{e(n)}</span></p>'
        f'<a class="price-button" href="/go/{i}">€{99 + 40 * i}</a></div>' for i, (n, t) in enumerate(zip(names, lines)))
    return f'<div class="product-roundup">{html}</div>', lines


def qa_interview(lang, rng):
    lines = _pick(rng, lang["comments"], 6)
    pairs = list(zip(lines[0::2], lines[1::2]))
    html = "".join(f'<p class="question"><strong>{e(q)}</strong></p><p class="answer">{e(a)}</p>' for q, a in pairs)
    return f'<div class="interview-qa">{html}</div>', lines


def timeline(lang, rng):
    lines = _pick(rng, lang["comments"], 5)
    html = "".join(f'<li class="timeline-item"><time class="timeline-date" datetime="{1998 + 4 * i}-03-01">{1998 + 4 * i}</time>'
                   f'<div class="timeline-content"><p>{e(t)}</p></div></li>' for i, t in enumerate(lines))
    return f'<ol class="timeline">{html}</ol>', lines


def letters(lang, rng):
    names, lines = _pick(rng, lang["names"], 4), _pick(rng, lang["comments"], 4)
    html = "".join(f'<div class="letter"><p>{e(t)}</p><p class="letter-signature"><strong>{e(n)}</strong>, '
                   f'{e(lang["words"]["ago"].format(n=i + 2))}</p></div>' for i, (n, t) in enumerate(zip(names, lines)))
    return f'<div class="letters-to-the-editor">{html}</div>', lines


def chat_transcript(lang, rng):
    names, lines = _pick(rng, lang["names"], 2), _pick(rng, lang["comments"], 6)
    html = "".join(f'<div class="chat-line"><span class="chat-time">[10:{12 + 3 * i}]</span> <span class="chat-nick">{e(names[i % 2])}:</span> '
                   f'<span class="chat-msg">{e(t)}</span></div>' for i, t in enumerate(lines))
    return f'<div class="transcript">{html}</div>', lines


def form_only(lang, rng):
    w = lang["words"]
    kind = rng.randrange(4)
    if kind == 0:
        return (f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
                f'{e(w["form"])}</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
                f'{e(w["form_note"])}</p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author">'
                f'<label for="author">{e(w["name_field"])} *</label><input id="author" name="author"></p><p class="form-submit">'
                f'<input type="submit" value="{e(w["submit"])}"></p></form></div></div>'), []
    if kind == 1:
        return (f'<div class="comments"><h3>{e(w["heading"].format(n=0))}</h3><p class="no-comments">{e(w["first"])}</p>'
                f'<form class="comment-form"><textarea placeholder="{e(w["form"])}"></textarea><button>{e(w["submit"])}</button></form></div>'), []
    if kind == 2:
        return (f'<div id="disqus_thread"></div><noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">'
                f'comments powered by Disqus.</a></noscript><a href="https://disqus.com" class="dsq-brlink">comments powered by <span class="logo-disqus">'
                f'Disqus</span></a>'), []
    return (f'<section class="comments-section"><h2>{e(w["heading"].format(n=0))}</h2><p class="comments-closed">{e(w["policy"])}</p>'
            f'<a class="button" href="/login">{e(w["login"])}</a></section>'), []


NEGATIVES3 = {"product_test": product_test, "qa_interview": qa_interview, "timeline": timeline, "letters": letters,
              "chat_transcript": chat_transcript}
