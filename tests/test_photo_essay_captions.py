"""A photo essay's captions carry its story: they reach the body, their photo credits do not
(cleaners/builtin/dom_figures.py, rule figure-caption's photo page)."""
from cleaners.pipeline import Pipeline

CAPTIONS = (
    "At five in the morning the first boats come back to the quay, their holds full of sardines.",
    "The auction starts at six sharp; buyers bid by raising a finger, and a crate changes hands in seconds.",
    "Maria has mended nets on the same bench for thirty years and says the knots have not changed.",
    "By noon the hall is hosed down and the gulls have the harbour to themselves again.",
)
INTRO = ("We spent a week with the fishing families of a small northern port before the season closed. Most of "
         "them have worked the same boats for three generations, and few of their children want to.")
CLOSE = "The season ends next month, when the boats are hauled out for repairs until spring."


def _body(html: str) -> tuple[str, dict]:
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    return record["body"], record["metadata"]


def _figure(n: int, caption: str, inner_p: bool = True) -> str:
    text = f"<p>{caption}</p>" if inner_p else caption
    return (f"<figure class='essay-shot'><img src='/img/{n}.jpg' alt=''><figcaption>{text}"
            f"<span class='credit'>Photo: Lena Moor</span></figcaption></figure>")


def _page(inner: str) -> str:
    return (f"<html><head><title>A week at the harbour</title></head><body><header><nav><a href='/'>Home</a> "
            f"<a href='/news'>News</a></nav></header><main><article><h1>A week at the harbour</h1>"
            f"<div class='story'>{inner}</div></article></main><footer>© 2026 Harbour Post</footer></body></html>")


def test_a_photo_essays_captions_reach_the_body_without_their_credits():
    for inner_p in (True, False):
        figures = "".join(_figure(n, c, inner_p) for n, c in enumerate(CAPTIONS))
        body, meta = _body(_page(f"<p>{INTRO}</p>{figures}<p>{CLOSE}</p>"))
        for caption in CAPTIONS:
            assert caption in body, (inner_p, caption)
        assert INTRO in body and CLOSE in body and "Lena Moor" not in body
        assert body.index(CAPTIONS[0]) < body.index(CAPTIONS[3]) < body.index(CLOSE)


def test_a_news_storys_decorative_captions_stay_out_of_the_body():
    paragraphs = "".join(f"<p>{CLOSE} {INTRO} {c}</p>" for c in CAPTIONS[:3])
    body, meta = _body(_page(f"{_figure(1, 'Boats at the quay on Monday.')}{paragraphs}"))
    assert "Boats at the quay on Monday." not in body and "Lena Moor" not in body
    assert CAPTIONS[2] in body


def test_a_gallerys_slides_and_a_listicles_label_captions_are_no_photo_essay():
    slides = "".join(f"<li>{_figure(n, c)}</li>" for n, c in enumerate(CAPTIONS))
    body, _ = _body(_page(f"<p>{INTRO}</p><ul class='slides'>{slides}</ul><p>{CLOSE}</p>"))
    assert not any(c in body for c in CAPTIONS)
    labels = ("The quay at dawn", "The fish auction", "Mending the nets", "The empty hall")
    items = "".join(f"<h2>{n}. {label}</h2>{_figure(n, label)}<p>{CAPTIONS[n][:60]}.</p>" for n, label in enumerate(labels))
    body, _ = _body(_page(f"<p>{INTRO}</p>{items}<p>{CLOSE}</p>"))
    assert all(body.count(label) == 1 for label in labels) and "Lena Moor" not in body   # (its heading only)
