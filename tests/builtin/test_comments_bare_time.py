"""A `<time>` element marks a comment's time by its tag alone, without a ``datetime`` attribute and whatever its words
("<time>10 sigħat ilu</time>", in a language without a word file: rule `bare-time`): units showing one, each with an
avatar whose alternative text names its author, under a heading that counts them, are a thread. A list of stories
with times and pictures under a heading that counts nothing stays. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import page, run

ARTICLE = ("<article><h1>Il-Kunsill Lokali jiftaħ ġnien ġdid għat-tfal</h1><p>Il-Kunsill Lokali fetaħ nhar is-Sibt "
           "ġnien ġdid għat-tfal fil-qalba tar-raħal, b'żoni tal-logħob u siġar indiġeni.</p><p>Is-sindku qal li "
           "l-proġett swa madwar mitejn elf ewro u ġie ffinanzjat minn fondi Ewropej.</p></article>")
POSTS = [("Maria Borg", "10 sigħat ilu", "Il-ġnien sabiħ imma d-dell għadu ftit wisq fis-sajf."),
         ("Joseph Camilleri", "11 sigħat ilu", "Finalment xi ħaġa tajba għat-tfal tar-raħal, grazzi lill-kunsill."),
         ("Rita Vella", "jumejn ilu", "Nittama li jżommuh nadif u jsewwu l-logħob meta jinkiser.")]


def _page(heading: str, items: str) -> str:
    return page(f"<main>{ARTICLE}<div><h3>{heading}</h3><ul>{items}</ul></div></main>")


def test_units_with_a_bare_time_and_an_avatar_under_a_counting_heading_are_comments():
    items = "".join(f"<li><img src='/a/{k}.jpg' alt='{n}' width='40' height='40'><time>{w}</time><p>{t}</p></li>"
                    for k, (n, w, t) in enumerate(POSTS))
    doc, text = run(HtmlComments(), _page("3 kummenti", items))
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in POSTS]
    assert "sigħat ilu" not in text and "mitejn elf" in text


def test_stories_with_bare_times_and_pictures_under_another_heading_stay():
    stories = ["Il-Kunsill japprova l-baġit il-ġdid", "Triq ġdida tiftaħ fix-xahar id-dieħel",
               "Il-festa tar-raħal terġa' lura"]
    items = "".join(f"<li><img src='/s/{k}.jpg' alt='' width='120'><time>{k + 2} sigħat ilu</time>"
                    f"<p><a href='/story/{k}'>{s}</a></p></li>" for k, s in enumerate(stories))
    doc, text = run(HtmlComments(), _page("L-aħħar aħbarijiet", items))
    assert doc.comments == () and all(s in text for s in stories)
