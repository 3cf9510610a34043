"""Video teasers found by their running time: a card linking to another page's video with a thumbnail and a duration
badge, and a line of a headline link and its bracketed duration (cleaners/builtin/dom_media_teaser.py, read by
dom_promos: rules video-teaser, video-line)."""
from cleaners.builtin.dom_promos import DomPromos
from tests.builtin._html import ARTICLE, page, run


def _cut(block: str) -> tuple[list[str], str]:
    doc, text = run(DomPromos(), page(f"<main><article><div class='body'>{ARTICLE}{block}{ARTICLE}</div></article>"
                                      "</main>"))
    return [r.rule for r in doc.removed], text


def test_a_video_card_with_its_label_goes():
    for block in ("<div class='c1'><h3>Videos aus der Region</h3><a href='/v/123.html'><img src='/t.jpg' alt=''>"
                  "<span class='d'>1:27</span><span>Feuerwehr rettet Katze aus der Baumkrone</span></a></div>",
                  "<section><a href='/video/9'><amp-img src='/t.jpg'></amp-img><b>04:12</b> Flood waters rise on the "
                  "Moselle again</a></section>"):
        rules, text = _cut(block)
        assert rules == ["video-teaser"], block
        assert "Katze" not in text and "Moselle" not in text and "Region" not in text and "4:12" not in text


def test_a_video_line_goes():
    for block in ("<p><strong>Video:</strong> <a href='/v/1'>Hochwasser an der Mosel: Pegel steigt weiter</a> "
                  "(2:09)</p>", "<p><a href='/v/2'>The night bus returns to the northern districts</a> (1:02:33)</p>"):
        rules, text = _cut(block)
        assert rules == ["video-line"], block
        assert "Mosel" not in text and "night bus returns" not in text


def test_a_time_of_day_in_prose_an_anchor_link_and_a_picture_link_without_a_duration_stay():
    for block in ("<p>The last train left at <a href='/timetable'>the central station platform four</a> (7:45)"
                  " and nobody was on it.</p>",
                  "<div><a href='/photo/1'><img src='/p.jpg' alt=''><span>The council chamber before the vote on "
                  "Tuesday, 10:30</span></a></div>",
                  "<div><a href='#player'><img src='/p.jpg'><span>3:10</span><span>Listen to the whole interview "
                  "now</span></a></div>",
                  "<p>Meeting notes: <a href='/minutes'>minutes of the council meeting</a> (pdf)</p>"):
        rules, text = _cut(block)
        assert rules == [], block
