"""Rule fast-list-kept (`cleaners.extract_fast.lost_fast_list`): a doubted fast text whose list the
full run lost, and nothing else of it, stays."""
from cleaners import extract
from cleaners.extract_fast import lost_fast_list
from cleaners.pipeline import Pipeline

ITEMS = ["The harbour ferry <a href='/a'>timetable changes</a> explained",
         "Why <a href='/b'>the bridge tolls went up</a> (again)", "Night buses and <a href='/c'>the council budget</a>",
         "A <a href='/d'>map of the new cycle lanes</a> across the city centre",
         "Letters: <a href='/e'>the market square debate</a> goes on",
         "The <a href='/f'>library opening hours</a> for the holidays"]
LIST = "<ul>" + "".join(f"<li>{item}.</li>" for item in ITEMS) + "</ul>"
ITEM = "Night buses and the council budget"
LINE = "Plus, our reader Maria sends a photo diary of the storm from the north shore."
META = ("You can follow any responses to this entry through the feed, and you can leave a response "
        "or a trackback from your own site.")


def _page(body: str) -> str:
    return f"<html><head><title>Weekend links</title></head><body>{body}</body></html>"


def _result(html: str):
    return extract.trafilatura.bare_extraction(html, with_metadata=False, include_tables=True)


# what readability gives in recall mode: the headed post, its list dropped as link-heavy, the post meta
FULL = _page(f"<article><h2>Weekend links</h2><p>Written by Ann Lee</p><p>{LINE}</p><p>{META}</p></article>")


def _pipeline_body(monkeypatch, fast_html: str, full_html: str) -> tuple[str, list[bool]]:
    real = extract.trafilatura.bare_extraction
    calls: list[bool] = []

    def stub(source, **kwargs):
        calls.append(bool(kwargs.get("fast")))
        return real(fast_html if kwargs.get("fast") else full_html, **kwargs)

    monkeypatch.setattr(extract.trafilatura, "bare_extraction", stub)
    # the longest paragraph is the post meta's: the fast text, without it, is doubted
    page = _page(f"<div class='entry'>{LIST}<p>{LINE}</p></div><div class='meta'><p>{META}</p></div>")
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("links.html", page.encode(), "html"))
    return record["body"], calls


def test_the_fast_text_stays_when_the_full_run_lost_its_list_only(monkeypatch):
    body, calls = _pipeline_body(monkeypatch, _page(f"<div class='entry'>{LIST}<p>{LINE}</p></div>"), FULL)
    assert calls[:2] == [True, False]           # the full run was made
    assert ITEM in body and LINE in body


def test_a_fast_sidebar_list_gives_way_to_the_full_runs_article(monkeypatch):
    sidebar = _page(f"<div class='entry'>{LIST}<p>About me: I write about the city's transport and its budget.</p></div>")
    body, calls = _pipeline_body(monkeypatch, sidebar, FULL)
    assert calls[:2] == [True, False]
    assert ITEM not in body and LINE in body


def test_lost_fast_list_needs_every_item_lost_the_paragraphs_kept_and_no_much_longer_full_text():
    fast = _result(_page(f"<div class='entry'>{LIST}<p>{LINE}</p></div>"))
    assert lost_fast_list(fast, _result(FULL))
    # an item the full text holds: the list was not lost as a whole
    kept_one = _page(f"<article><h2>Weekend links</h2><p>{ITEM}.</p><p>{LINE}</p></article>")
    assert not lost_fast_list(fast, _result(kept_one))
    # the fast text's paragraph missing from the full text: another part of the page
    other = _page("<article><h2>Council</h2><p>The council voted on Tuesday to extend the night buses.</p>"
                  "<p>Shift workers had campaigned for two years.</p></article>")
    assert not lost_fast_list(fast, _result(other))
    # a full text far longer than the fast one: the full run found more than the list's post
    longer = "".join(f"<p>Paragraph {i}: the storm closed the north shore road for most of the weekend.</p>"
                     for i in range(12))
    assert not lost_fast_list(fast, _result(_page(f"<article><p>{LINE}</p>{longer}</article>")))
    # two items only: too few to tell a list
    short = _page(f"<div class='entry'><ul><li>{ITEMS[0]}.</li><li>{ITEMS[1]}.</li></ul><p>{LINE}</p>"
                  f"<p>{META}</p><p>{META.replace('feed', 'newsletter')}</p></div>")
    assert not lost_fast_list(_result(short), _result(FULL))
    # no paragraph beside the list: nothing ties it to the full run's container
    assert not lost_fast_list(_result(_page(f"<div class='entry'>{LIST}</div>")), _result(FULL))
    assert not lost_fast_list(None, _result(FULL)) and not lost_fast_list(fast, None)
