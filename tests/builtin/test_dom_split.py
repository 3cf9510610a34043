from cleaners.builtin.dom_split import DomSplit

from ._html import page, run

P1 = "<p>First part of the story, long enough to be running text of the article body here.</p>" * 2
P2 = "<p>Second part of the story, which carries on after the advertisement row in the page.</p>" * 2
P3 = "<p>Third part of the story closes the article with a final, rather long paragraph.</p>" * 2


def _order(text):
    return [text.find(w) for w in ("First part", "Second part", "Third part")]


def test_chunks_split_by_ad_rows_are_joined_in_order():
    html = page(f"<div class='chunks'><div class='grid'><div class='body'>{P1}</div><div class='rail'></div></div>"
                f"<div class='ad-row'>Advertisement</div>"
                f"<div class='grid'><div class='body'>{P2}</div><div class='rail'></div></div>"
                f"<div class='ad-row'>Advertisement</div>"
                f"<div class='grid'><div class='body'>{P3}</div></div></div>")
    doc, text = run(DomSplit(), html)
    first = doc.dom.css_first("div.body")
    body_text = first.text()
    assert all(i >= 0 for i in _order(body_text)) and _order(body_text) == sorted(_order(body_text))
    # the later chunks now stand, each in its own block, inside the first one
    assert [len(n.css("div.body")) for n in doc.dom.css("div.grid")] == [3] and doc.removed == ()


def test_text_at_the_edges_of_two_chunks_does_not_run_together():
    html = page(f"<div class='body'>{P1}during its rise.</div><div class='ad-row'>Advertisement</div>"
                f"<div class='body'>Apollo landing flags still stand.{P2}</div>")
    doc, text = run(DomSplit(), html)
    assert "rise. Apollo" in text and "rise.Apollo" not in text


def test_story_list_with_same_class_is_not_joined():
    teasers = "".join(f"<p><a href='/s/{i}'>Another story headline number {i} that is a link to elsewhere</a></p>"
                      for i in range(3))
    html = page(f"<div class='box'>{P1}{P2}</div><div class='box'>{teasers}</div>")
    doc, text = run(DomSplit(), html)
    assert len(doc.dom.css("div.box")) == 2


def test_chunks_separated_by_other_text_are_not_joined():
    other = "<div class='widget'>" + "Some other long text of a widget between the two boxes. " * 5 + "</div>"
    html = page(f"<div class='box'>{P1}{P2}</div>{other}<div class='box'>{P3}{P3}</div>")
    doc, text = run(DomSplit(), html)
    assert len(doc.dom.css("div.box")) == 2


def test_text_beside_the_inner_container_of_a_chunk_moves_with_it():
    """Chunks that repeat an inner container and hold a heading beside it (a list of questions
    and answers): the heading of every chunk reaches the joined article, none is dropped."""
    items = "".join(f"<div class='qa'><h3>Question number {n} about the works?</h3><div class='answer'>{p}</div></div>"
                    for n, p in ((1, P1), (2, P2), (3, P3)))
    doc, text = run(DomSplit(), page(f"<div class='faq'>{items}</div>"))
    body = doc.dom.body.text()
    assert all(f"Question number {n}" in body for n in (1, 2, 3))
    assert all(i >= 0 for i in _order(body)) and _order(body) == sorted(_order(body))


def test_a_subheading_between_two_chunks_moves_with_the_chunk_after_it():
    html = page(f"<div class='body'>{P1}</div><h2>What happens next</h2><div class='ad-row'>Advertisement</div>"
                f"<div class='body'>{P2}</div><div class='box'><h3>Second section</h3></div>"
                f"<div class='body'>{P3}</div><h3>Most read</h3>")
    doc, text = run(DomSplit(), html)
    merged = " ".join(doc.dom.css_first("div.body").text(separator=" ").split())
    marks = [merged.find(w) for w in ("First part", "What happens next", "Second part", "Second section", "Third part")]
    assert -1 not in marks and marks == sorted(marks)
    # the ad row stays where it was, and a heading after the last chunk is not the article's
    assert "Advertisement" not in merged and "Most read" not in merged
    assert "Advertisement" in text and "Most read" in text


def test_short_chunk_between_two_chunks_moves_with_them_in_place():
    """An interview printed one paragraph a block: the short questions between the long answers
    keep their places when the answers are joined."""
    blocks = "".join(f"<div class='rt'><p><strong>Interviewer:</strong> Question {n}, what then?</p></div>"
                     f"<div class='rt'>{p}</div>" for n, p in ((1, P1), (2, P2), (3, P3)))
    doc, text = run(DomSplit(), page(f"<section>{blocks}</section>"))
    body = doc.dom.body.text()
    places = [body.find(w) for w in ("Question 1", "First part", "Question 2", "Second part",
                                      "Question 3", "Third part")]
    assert all(i >= 0 for i in places) and places == sorted(places)


def test_short_block_after_the_last_chunk_stays_where_it_is():
    """A short block of the same markup after the last chunk is not pulled into the article."""
    html = page(f"<section><div class='rt'>{P1}</div><div class='rt'>{P2}</div>"
                f"<div class='rt'><p>Short closing note.</p></div><div class='other'>x</div></section>")
    doc, text = run(DomSplit(), html)
    note = next(n for n in doc.dom.css("div.rt") if n.text() == "Short closing note.")
    assert note.parent.tag == "section" and "Second part" in text
