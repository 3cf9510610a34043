"""Live badges (cleaners/builtin/dom_live.py, read by dom_service, rule live-badge): "LIVE", "EN DIRECT", "直播",
"مباشر" in an element named live in any naming style go, with the stamp beside them; a live blog's entries, their
times and authors, a headline holding the word and a paragraph named live stay."""
from cleaners.builtin.dom_service import DomService
from cleaners.pipeline import Pipeline
from tests.builtin._html import page, rules, run

STORIES = {
    "en": ("<p>The river rose by almost two metres overnight and the lower town was cleared before dawn, the fire "
           "service said, after the dikes near the old mill began to leak.</p>"),
    "fr": ("<p>La rivière est montée de près de deux mètres pendant la nuit et la ville basse a été évacuée avant "
           "l'aube, selon les pompiers, après des fuites dans les digues.</p>"),
    "es": ("<p>El río subió casi dos metros durante la noche y la parte baja del pueblo fue evacuada antes del "
           "amanecer, según los bomberos, tras filtraciones en los diques.</p>"),
    "pt": ("<p>O rio subiu quase dois metros durante a noite e a parte baixa da cidade foi evacuada antes do "
           "amanhecer, segundo os bombeiros, depois de infiltrações nos diques.</p>"),
    "de": ("<p>Der Fluss stieg über Nacht um fast zwei Meter, die Unterstadt wurde vor dem Morgengrauen geräumt, "
           "teilte die Feuerwehr mit, nachdem die Deiche an der alten Mühle leckten.</p>"),
    "zh": "<p>河水一夜之间上涨近两米，消防部门表示，老磨坊附近的堤坝开始渗漏后，下城区在黎明前已全部疏散。</p>",
    "ar": ("<p>ارتفع منسوب النهر نحو مترين خلال الليل، وأُخليت المدينة السفلى قبل الفجر بعد تسرب المياه من السدود، "
           "بحسب الدفاع المدني.</p>"),
}

# (language, badge markup, badge text): several naming styles and places (above the headline, under it, in the story)
BADGES = (
    ("en", "<div class='story-meta'><span class='badge badge--live'>\u25cf Live</span> <span>World</span></div>",
     "Live"),
    ("en", "<div class='c-label'><span class='c-label__live'>Live updates</span></div>", "Live updates"),
    ("fr", "<div class='tag-live'>EN DIRECT</div>", "EN DIRECT"),
    ("es", "<p class='kicker'><span class='pill isLive'>EN VIVO</span></p>", "EN VIVO"),
    ("pt", "<div class='flags'><span id='live-flag'>AO VIVO</span></div>", "AO VIVO"),
    ("de", "<div><strong class='livetickerBadge'>LIVE-TICKER</strong></div>", "LIVE-TICKER"),
    ("zh", "<div class='labels'><span class='js-live-pill'>直播</span></div>", "直播"),
    ("ar", "<div class='is-live'>مباشر</div>", "مباشر"),
)


def _page(code: str, badge: str, where: str) -> str:
    story = STORIES[code] * 3
    if where == "above":
        return page(f"<main><header>{badge}<h1>Headline</h1></header><article>{story}</article></main>")
    if where == "under":
        return page(f"<main><header><h1>Headline</h1>{badge}</header><article>{story}</article></main>")
    return page(f"<main><article>{badge}{story}</article></main>")


def test_live_badges_go_in_every_naming_style_and_place():
    for code, badge, text in BADGES:
        for where in ("above", "under", "in"):
            doc, body = run(DomService(), _page(code, badge, where))
            assert text not in body and rules(doc) == ["live-badge"], (badge, where)
            assert STORIES[code][3:30] in body and "Headline" in body or where == "in"


def test_the_stamp_beside_a_badge_goes_with_it():
    bar = ("<div class='live-bar'><span class='live-badge'>LIVE</span> "
           "<time datetime='2026-12-06T09:00'>Updated 5 minutes ago</time></div>")
    doc, body = run(DomService(), _page("en", bar, "under"))
    assert "LIVE" not in body and "Updated" not in body and "river rose" in body
    assert [(r.rule, r.text) for r in doc.removed] == [("live-badge", "LIVE Updated 5 minutes ago")]
    dated = "<div class='live-bar'><span class='live-badge'>AO VIVO</span> <time>6 dez. 2026</time></div>"
    doc, body = run(DomService(), _page("pt", dated, "under"))
    assert "AO VIVO" not in body and "6 dez. 2026" in body and rules(doc) == ["live-badge"]
    doc, body = run(DomService(), _page("fr", dated.replace("AO VIVO", "EN DIRECT").replace("<time>6 dez. 2026</time>",
                                        "<span>Mis à jour il y a 4 heures</span>"), "under"), language="fr")
    assert "EN DIRECT" not in body and "Mis à jour" not in body


def test_an_inline_badge_among_blocks_stays():
    # the wrapper's only inline text: without it an extractor may read the story's wrapper otherwise (dom_live)
    html = page(f"<main><h1>Floods</h1><div class='story'><span class='live-badge'>LIVE</span>"
                f"{STORIES['en'].replace('p>', 'div>')}<h3>The dikes</h3>{STORIES['en'].replace('p>', 'div>')}</div>"
                "</main>")
    doc, body = run(DomService(), html)
    assert "LIVE" in body and doc.removed == ()


def test_a_live_blog_keeps_its_entries_times_and_authors():
    entries = "".join(f"<div class='live-post'><span class='live-timestamp'>1{k}:05</span>"
                      f"<span class='live-author'>Jane Roe</span>{STORIES['en']}</div>" for k in range(3))
    doc, body = run(DomService(), page(f"<main><h1>Floods</h1><div class='live-feed'>{entries}</div></main>"))
    assert doc.removed == () and "12:05" in body and "Jane Roe" in body and "river rose" in body


def test_the_word_in_a_headline_and_a_paragraph_named_live_stay():
    html = page("<main><h1>Floods in the valley: <span class='live'>live</span></h1>"
                "<h2>Live music returns to the harbour</h2><p class='live'>Live</p>"
                f"<p class='live-intro'>{STORIES['en'][3:-4]}</p><span class='olive-tag'>Olive</span>"
                f"<span class='delivery'>Free</span><article>{STORIES['en'] * 3}</article></main>")
    doc, body = run(DomService(), html)
    assert "valley: live" in body and "Live music" in body and "Olive" in body and "Free" in body
    assert rules(doc) == ["live-badge"] and doc.removed[0].text == "Live"     # (the bare <p class=live> badge)


def test_a_badge_leaves_the_record_body():
    pipeline = Pipeline()
    html = ("<html lang='fr'><head><title>Crue</title></head><body><main><article><h1>Crue dans la vallée</h1>"
            "<div class='meta'><span class='live-indicator'>EN DIRECT</span></div>" + STORIES["fr"] * 3
            + "</article></main></body></html>")
    record = pipeline.record(pipeline.document("t.html", html.encode(), "html"))
    assert "EN DIRECT" not in record["body"] and "rivière" in record["body"]
    assert any(r["rule"] == "live-badge" for r in record["removed"])
