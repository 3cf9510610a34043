import pytest

from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run

LONG = "<p>" + "This is a long paragraph of running text that belongs to the article itself. " * 7 + "</p>"


def test_consent_banner_removed():
    doc, text = run(DomBoilerplate(), page(f"<div id='cookie-consent'>We use cookies. Accept</div><article>{ARTICLE}</article>"))
    assert "cookies" not in text and rules(doc) == ["consent-banner"]


def test_share_bar_removed_but_article_with_share_class_kept():
    html = page(f"<div class='post-share-wrapper'><article>{ARTICLE}</article>"
                "<ul class='share-buttons'><li>Facebook</li><li>Twitter</li></ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "night bus" in text and "Facebook" not in text
    assert rules(doc) == ["share-bar"]


def test_newsletter_widget_with_form_removed():
    html = page(f"<article>{ARTICLE}</article><section class='Newsletter'><h3>Daily briefing</h3>"
                "<form><input type='email'></form><div class='Newsletter-stateSent'>Thanks for signing up!</div></section>")
    doc, text = run(DomBoilerplate(), html)
    assert "Thanks for signing up" not in text and rules(doc) == ["newsletter"]


def test_related_box_goes_to_metadata():
    html = page(f"<article>{ARTICLE}</article><div class='related-stories'><h3>Related</h3>"
                "<a href='/a/1'><img src='/i/1.jpg'>Council approves new tram line</a>"
                "<a href='/a/2'>Night buses return to the city centre</a></div>", )
    doc, text = run(DomBoilerplate(), html, url="https://example.org/news/x")
    assert "tram line" not in text
    assert doc.metadata["related"][0] == {"title": "Council approves new tram line", "url": "https://example.org/a/1",
                                          "id": None, "image": "https://example.org/i/1.jpg"}
    assert rules(doc) == ["related-box"]


def test_related_class_on_long_text_kept():
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div class='related-context'>{LONG}</div>"))
    assert "running text" in text and doc.removed == ()


def test_ad_slot_removed_and_words_containing_ad_kept():
    html = page(f"<article>{ARTICLE}<div class='ad-slot'>Advertisement</div>"
                "<div class='header-shadow'>Section header</div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Advertisement" not in text and "Section header" in text
    assert rules(doc) == ["ad"]


def test_tag_list_goes_to_tags():
    html = page(f"<article>{ARTICLE}<div class='post-tags'><a href='/t/buses'>Buses</a>, <a href='/t/council'>Council</a></div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Buses" not in text and doc.metadata["tags"] == ["Buses", "Council"]


def test_paywall_print_and_author_boxes_removed():
    html = page(f"<article>{ARTICLE}<div class='paywall-prompt'>Subscribe to keep reading</div>"
                "<a class='print-button'>Print</a><div class='author-bio'>Jo is our transport writer. Follow her.</div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert text.endswith("after the vote.")
    assert rules(doc) == ["paywall", "print-link", "author-box"]


def test_nav_and_footer_removed_main_container_kept():
    html = page(f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav><main><article>{ARTICLE}</article></main>"
                "<footer>© Example Media</footer>")
    doc, text = run(DomBoilerplate(), html)
    assert text.startswith("The council") and "Example Media" not in text
    assert rules(doc) == ["navigation", "footer"]


def test_article_inside_footer_like_wrapper_kept():
    doc, text = run(DomBoilerplate(), page(f"<footer><article>{ARTICLE}</article></footer>"))
    assert "night bus" in text and doc.removed == ()


TWEET = ("<blockquote class='twitter-tweet'><p lang='en'>The new bridge opens to traffic on Monday morning.</p>"
         "&mdash; City Roads (@cityroads) <a href='https://twitter.com/cityroads/status/1'>March 4, 2024</a>"
         "</blockquote>")


def test_embedded_post_in_a_social_wrapper_is_kept_as_a_plain_quote():
    html = page(f"<article><div class='entry-content'>{ARTICLE}"
                f"<div class='social-media-embed'>{TWEET}</div>{ARTICLE}</div></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "The new bridge opens to traffic" in text
    quote = doc.dom.css_first("blockquote")
    assert quote is not None and "class" not in quote.attributes and quote.parent.attributes.get("class") == "entry-content"
    assert doc.dom.css_first(".social-media-embed") is None and doc.removed == ()


def test_share_bar_without_an_embedded_post_is_still_removed():
    html = page(f"<article>{ARTICLE}<div class='social-media-share'><a href='https://twitter.com/intent'>Tweet</a> "
                f"<a href='https://facebook.com/share'>Share</a></div><blockquote><p>A quoted line.</p></blockquote></article>")
    doc, text = run(DomBoilerplate(), html)
    assert rules(doc) == ["share-bar"] and "A quoted line." in text


@pytest.mark.parametrize("key", [
    "cookie-banner", "gdpr", "cmp-box", "newsletter-box", "subscribe-form", "opt-in", "sign-up", "share", "sharing",
    "social-links", "addthis_toolbox", "sharethis", "share-tools", "related-posts", "recommended", "more-stories",
    "read-more", "also-read", "you-may-like", "popular", "trending", "most-read", "outbrain", "taboola", "recirc",
    "further-reading", "more-from", "latest-news", "top-stories", "next-article", "up-next", "ad", "ads", "ad-slot",
    "dfp", "gpt-ad", "adsbygoogle", "sponsored", "promo", "tags", "tag-list", "keywords", "topics", "paywall",
    "pay-wall", "piano", "premium-box", "subscriber-only", "metered-wall", "regwall", "print", "reprints",
    "order-reprint", "author-bio", "about-the-author", "contributor-bio", "bio-box", "follow-us", "contact-the-author",
    "author-follow", "about_author", "breadcrumb", "crumbtrail", "crumble", "disclaimer", "header", "main-content", "entry", "post-body", "download", "upload-area", "headline",
])
def test_word_screen_finds_the_same_families_as_the_patterns(key):
    from cleaners.builtin.dom_boilerplate import _FAMILIES, families_of
    for k in (key, f"x {key} y", f"{key}-wrapper"):
        expected = tuple((r, m, n) for r, p, m, n in _FAMILIES if p.search(k))
        assert families_of(k) == expected


def test_related_box_of_headlines_with_summaries_is_removed_into_related():
    items = "".join(f"<li><h3><a href='/story/{i}'>Council story number {i} makes the news</a></h3>"
                    f"<div>A one-line summary of story {i} that explains a bit more about what happened there.</div></li>"
                    for i in range(4))
    html = page(f"<article>{ARTICLE}</article><div class='latest-news-box'><ul>{items}</ul></div>")
    doc, text = run(DomBoilerplate(), html)
    assert rules(doc) == ["related-box"] and "Council story number 2" not in text
    assert len(doc.metadata["related"]) == 4


def test_related_named_box_with_few_links_and_text_is_kept():
    box = ("<div class='related-context'><p>The vote follows a <a href='/a'>year of petitions</a> by shift workers, "
           "who said the last bus left the centre too early for the late shifts at the port and the hospital.</p></div>")
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article>{box}"))
    assert rules(doc) == [] and "year of petitions" in text


def _in(lang_code: str, body: str) -> tuple:
    from selectolax.lexbor import LexborHTMLParser

    from cleaners.document import Document
    html = page(body)
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)).with_metadata(language=lang_code)
    doc = DomBoilerplate().clean_html(doc)
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


def test_classless_box_headed_by_a_newsletter_call_is_removed():
    doc, text = _in("nl", f"<div>{ARTICLE}<div class='box'><h4>Meld je aan voor onze nieuwsbrief</h4>"
                          "<p>Elke ochtend het nieuws in je mailbox.</p><a href='/nl'>Aanmelden</a></div></div>")
    assert "Aanmelden" not in text and "nieuwsbrief" not in text and "night bus" in text
    assert rules(doc) == ["headed-newsletter"]


def test_a_section_about_a_newsletter_without_form_or_short_link_is_kept():
    section = ("<div><h3>Newsletter</h3><p>The library's newsletter went out to two thousand readers on Friday and "
               "announced that the reading room closes in May, after thirty years in the old post office.</p></div>")
    doc, text = _in("pl", f"<div>{ARTICLE}{section}</div>")
    assert "reading room" in text and doc.removed == ()


def test_classless_box_headed_by_related_words_goes_to_related():
    box = ("<div><div>Читайте также</div><a href='/s/1'>Наводнение отрезало горные деревни</a>"
           "<a href='/s/2'>Совет утвердил новый бюджет города</a></div>")
    doc, text = _in("ru", f"<div>{ARTICLE}{box}</div>")
    assert "Читайте" not in text and rules(doc) == ["headed-related"]
    assert [r["title"] for r in doc.metadata["related"]] == ["Наводнение отрезало горные деревни",
                                                              "Совет утвердил новый бюджет города"]


def test_a_related_heading_over_running_text_is_kept():
    section = ("<div><h2>Read more</h2><p>The report runs to 300 pages and <a href='/r'>is online</a>; the council "
               "will discuss its findings at the <a href='/m'>next meeting</a> in the town hall.</p></div>")
    doc, text = _in("en", f"<div>{ARTICLE}{section}</div>")
    assert "findings" in text and doc.removed == ()


@pytest.mark.parametrize("cls", ["most_read", "recent_posts", "more_stories", "you_may_like"])
def test_related_box_names_written_with_underscores(cls):
    items = "".join(f"<li><a href='/n/{i}'>Council approves new budget number {i}</a></li>" for i in range(4))
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div class='{cls}'><ol>{items}</ol></div>"))
    assert "budget number" not in text and rules(doc) == ["related-box"]


def test_an_underscored_class_of_running_text_stays():
    doc, text = run(DomBoilerplate(), page(f"<article><div class='most_read_story'>{LONG}</div>{ARTICLE}</article>"))
    assert "long paragraph" in text and rules(doc) == []


@pytest.mark.parametrize("attrs", ["id='onetrust-banner-sdk'", "class='privacy_notice' id='sp_message_container'",
                                   "class='cc-window cc-banner'"])
def test_consent_platform_banners_removed(attrs):
    doc, text = run(DomBoilerplate(), page(f"<div {attrs}><p>This website uses cookies to personalise ads.</p>"
                                           f"<button>I agree</button></div><article>{ARTICLE}</article>"))
    assert "personalise" not in text and rules(doc) == ["consent-banner"]


def test_a_privacy_paragraph_of_the_article_stays():
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}<div class='privacy-law'>{LONG}</div></article>"))
    assert "long paragraph" in text and rules(doc) == []


def test_an_amp_ad_and_its_placeholder_go_but_an_amp_image_stays():
    html = page(f"<article>{ARTICLE}<amp-ad width='300' height='250' type='doubleclick'><div placeholder>"
                f"Advertisement</div></amp-ad><amp-img src='/a.jpg' width='10' height='10'></amp-img></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Advertisement" not in text and rules(doc) == ["ad"] and doc.dom.css_first("amp-img") is not None


RUNS = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
        "petitions from shift workers who had no way home.<br><br>") * 3


def test_an_article_of_br_runs_is_protected_and_an_author_box_beside_it_goes():
    bio = "<p>" + "Ann Lee is a senior reporter covering transport and city hall for the paper. " * 2 + "</p>"
    html = page(f"<div id='content'><h2>Night buses</h2><div class='text'>{RUNS}<div class='author-bio'>{bio}</div>"
                "</div></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "senior reporter" not in text and "night bus" in text and rules(doc) == ["author-box"]


def test_one_long_text_line_with_a_br_is_no_article_to_protect():
    from cleaners.builtin._dom import prose_runs
    from selectolax.lexbor import LexborHTMLParser
    one = LexborHTMLParser(page(f"<article>{ARTICLE}</article><div class='foot'>{'x ' * 60}<br>© 2012</div>"))
    assert prose_runs(one) == (None, 0)
    two = LexborHTMLParser(page(f"<div class='text'>{RUNS}</div>"))
    assert prose_runs(two)[0].attributes["class"] == "text"


def test_a_tag_link_inside_a_sentence_stays_in_place():
    html = page("<article><p>Prosecutors said the two aides were charged with poisoning <a href='/tag/ann-lee' "
                "class='st_tag internal_tag' rel='tag'>Ann Lee</a>, a family friend, at a dinner in <span class='tags'>"
                "Hefei</span> last year, and that the trial would open in the spring.</p>" + ARTICLE + "</article>")
    doc, text = run(DomBoilerplate(), html)
    assert "poisoning Ann Lee , a family friend, at a dinner in Hefei last year" in text
    assert "tag-list" not in rules(doc)


def test_a_tag_link_in_a_line_of_links_still_goes():
    html = page(f"<article>{ARTICLE}<p>Tags: <a href='/t/1' class='tag'>Buses</a>, <a href='/t/2' class='tag'>"
                "Council</a></p></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Buses" not in text and rules(doc) == ["tag-list", "tag-list"]


# class and id words of other languages (cleaners/lang class_*): the family's shape still decides
SHOP = "<a href='https://shop.example/angebot'>Jetzt Angebote entdecken</a>"
NETWORKS = "<a href='https://facebook.example/s'>Facebook</a> <a href='https://x.example/s'>X</a> <a href='mailto:'>E-Mail</a>"
HEADLINES = "".join(f"<li><a href='/n/{i}'>Consiglio comunale approva il bilancio numero {i}</a></li>" for i in range(3))
TAG_LINKS = "<a href='/t/verkehr'>Verkehr</a>, <a href='/t/rat'>Stadtrat</a>, <a href='/t/bus'>Nachtbus</a>"


@pytest.mark.parametrize("box, rule, gone", [
    (f"<div class='werbung'>{SHOP}</div>", "ad", "Angebote"),
    (f"<div id='anzeige-oben'><span>{SHOP}</span></div>", "ad", "Angebote"),
    (f"<aside class='encart_publicite'>{SHOP}</aside>", "ad", "Angebote"),                 # folded: publicité
    (f"<div class='banner-pubblicita'>{SHOP}</div>", "ad", "Angebote"),                     # folded: pubblicità
    (f"<div class='artikel-teilen'>{NETWORKS}</div>", "share-bar", "Facebook"),
    (f"<div class='barre-partage'>{NETWORKS}</div>", "share-bar", "Facebook"),
    (f"<ul class='udostepnij'><li>{NETWORKS}</li></ul>", "share-bar", "Facebook"),        # folded: udostępnij
    (f"<div class='articoli-correlati'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='lesetipps'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='artikelempfehlungen'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='meistgelesene-artikel'><ol>{HEADLINES}</ol></div>", "related-box", "bilancio"),
    (f"<div id='werbeplatz-2'>{SHOP}</div>", "ad", "Angebote"),
    (f"<section class='powiazane'><ul>{HEADLINES}</ul></section>", "related-box", "bilancio"),  # folded: powiązane
    (f"<div class='articles_lies'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='schlagwoerter'>{TAG_LINKS}</div>", "tag-list", "Nachtbus"),               # folded: schlagwörter
    (f"<div class='etiquetas'>{TAG_LINKS}</div>", "tag-list", "Nachtbus"),
    ("<div class='over-de-auteur'>Jan de Vries schrijft over verkeer. Volg hem.</div>", "author-box", "Vries"),
    ("<div class='exclusivo-assinantes'>Este conteúdo é exclusivo para assinantes. Assine já.</div>", "paywall",
     "exclusivo"),
    ("<div class='nieuwsbrief'><p>Elke ochtend het nieuws.</p><form><input type='email'></form></div>", "newsletter",
     "ochtend"),
    ("<a class='artikel-drucken' href='/print'>Drucken</a>", "print-link", "Drucken"),
    ("<div class='brotkrumen'><a href='/'>Startseite</a> › <a href='/lokales'>Lokales</a></div>", "breadcrumb",
     "Lokales"),
    ("<div class='fil-d-ariane'><a href='/'>Accueil</a> &gt; <a href='/region'>Région</a></div>", "breadcrumb", "Région"),
    ("<ol class='pankuzu'><li><a href='/'>トップ</a></li><li><a href='/news'>ニュース</a></li></ol>", "breadcrumb", "ニュース"),
])
def test_a_box_named_in_another_language_is_cut_and_logged(box, rule, gone):
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{box}</article>"))     # no language declared
    assert gone not in text and "night bus" in text
    assert [(r.cleaner, r.rule) for r in doc.removed] == [("dom_boilerplate", rule)]
    assert gone in doc.removed[0].text and doc.removed[0].chars == len(doc.removed[0].text)


def test_the_tags_and_related_links_of_a_localised_box_go_to_metadata():
    html = page(f"<article>{ARTICLE}<div class='schlagworte'>{TAG_LINKS}</div></article>"
                f"<div class='verwandte-artikel'><ul>{HEADLINES}</ul></div>")
    doc, _ = run(DomBoilerplate(), html)
    assert doc.metadata["tags"] == ["Verkehr", "Stadtrat", "Nachtbus"]
    assert len(doc.metadata["related"]) == 3


GERMAN_LONG = "<p>" + "Der Stadtrat hat am Dienstag beschlossen, den Nachtbus bis in die nördlichen Viertel zu verlängern. " * 5 + "</p>"


@pytest.mark.parametrize("body", [
    f"<div class='artikel-teilen-wrapper'><article>{GERMAN_LONG}{ARTICLE}</article></div>",   # holds the main text
    f"<article>{ARTICLE}<div class='werbung'>{GERMAN_LONG}</div></article>",        # too long for an ad
    f"<article>{ARTICLE}<p class='teilen'>{GERMAN_LONG}</p></article>",             # running text
    f"<article>{ARTICLE}<div class='themen'>Verkehr, Stadtrat und Nachtbus</div></article>",   # tags without links
    f"<article>{ARTICLE}<div class='verwandte-artikel'>{GERMAN_LONG}</div></article>",  # prose, not links
    f"<article>{ARTICLE}<div class='zum-thema'>{GERMAN_LONG}</div></article>",        # prose, not links
    f"<article>{ARTICLE}<div class='beurteilen'>Drei Fragen an den Rat</div></article>",  # "teilen" inside a word
    f"<article>{ARTICLE}<div class='werbungsfrei'>Dieser Artikel ist frei von Werbung.</div></article>",
    f"<article>{ARTICLE}<span class='pub-date'>12.03.2024</span></article>",          # no "pub" word for ads
    f"<article>{ARTICLE}<div class='brotkrumen'><h2>Der Weg ins Rathaus</h2></div></article>",   # holds a headline
    f"<article><p>Der Rat stimmte am Dienstag ab, nachdem <a class='anzeige' href='/a'>eine Anzeige</a> in der "
    f"Zeitung erschienen war, die den Nachtbus forderte.</p>{ARTICLE}</article>",     # a link inside a sentence
])
def test_a_class_word_of_another_language_alone_removes_no_text(body):
    doc, text = run(DomBoilerplate(), page(body))
    assert doc.removed == () and "night bus" in text


@pytest.mark.parametrize("word, forms", [
    ("publicité", {"publicité", "publicite"}),
    ("schlagwörter", {"schlagwörter", "schlagworter", "schlagwoerter"}),
    ("powiązane", {"powiązane", "powiazane"}),
    ("słowa-kluczowe", {"słowa-kluczowe", "slowa-kluczowe"}),
    ("teilen", {"teilen"}),
])
def test_class_words_are_matched_as_written_and_folded_to_ascii(word, forms):
    from cleaners.builtin.dom_boilerplate import folded_forms
    assert folded_forms(word) == forms


def test_every_class_key_of_the_language_data_names_a_family():
    from cleaners import lang
    from cleaners.builtin.dom_boilerplate import CLASS_KEYS, _FAMILIES
    assert set(CLASS_KEYS) <= {rule for rule, *_ in _FAMILIES}
    # every class_* key is read: by a dom_boilerplate family, or (class_gallery) by dom_gallery
    assert {k for k in lang.KEYS if k.startswith("class_")} == set(CLASS_KEYS.values()) | {"class_gallery"}
    for code in lang.available():
        assert not set((lang.load(code) or {}).get("class_ad", ())) & {"ad", "ads", "pub"}   # too short for a class word


def test_a_paragraph_whose_atomic_css_names_include_ad_is_kept():
    """Generated class strings ("pw-post-body-paragraph ad yv 9j oo v2"): "ad" is one name among them."""
    para = ("<p class='pw-post-body-paragraph ad yv 9j oo v2 li c3dk'>The council voted on Tuesday to extend "
            "the night bus service.</p>")
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{para}</article>"))
    assert "extend the night bus service." in text and doc.removed == ()


def test_an_ad_slot_named_by_short_words_still_goes():
    slot = "<div class='ad ad-slot dfp'><span>Advertisement</span></div>"
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{slot}</article>"))
    assert "Advertisement" not in text and rules(doc) == ["ad"]


def test_every_family_of_the_class_vocabulary_has_a_shape_and_its_literals_screen_its_pattern():
    """furniture_classes.toml and the cleaner agree: no family is read without its shape or
    left out, and each family's literals screen every class string its pattern matches."""
    from cleaners.builtin._markup import table
    from cleaners.builtin.dom_boilerplate import _FAMILIES, _SHAPES, families_of
    assert [rule for rule, _, _ in _SHAPES] == list(table("boilerplate"))
    for rule, pattern, _, _ in _FAMILIES:
        literals = table(f"boilerplate.{rule}")["literals"]
        assert literals and all(isinstance(w, str) and w == w.lower() for w in literals)
    examples = {"consent-banner": "cookie-notice", "newsletter": "newsletter-signup", "share-bar": "share-tools",
                "related-box": "related-posts", "ad": "ad-slot", "tag-list": "post-tags", "paywall": "paywall",
                "print-link": "print-button", "author-box": "author-bio", "breadcrumb": "breadcrumbs",
                "disclaimer": "post-disclaimer"}
    for rule, key in examples.items():
        assert rule in [r for r, _, _ in families_of(key)], (rule, key)
    assert families_of("entry-content post") == ()


@pytest.mark.parametrize("box", [
    "<div class='breadcrumb'>You are here: <a href='/'>Home</a> / <a href='/travel'>Travel</a> / A week by the sea</div>",
    "<ul id='crumbtrail'><li><a href='/'>Start</a></li><li><a href='/sport'>Sport</a></li></ul>",
    "<p class='site-breadcrumbs__list'>Accueil › Politique › Le budget voté</p>",
])
def test_a_breadcrumb_trail_goes_whatever_share_of_it_is_linked(box):
    doc, text = run(DomBoilerplate(), page(f"{box}<article>{ARTICLE}</article>"))
    assert text.startswith("The council") and rules(doc) == ["breadcrumb"]


def test_a_breadcrumb_wrapper_holding_the_headline_and_a_crumble_recipe_stay():
    html = page("<div class='breadcrumb-header'><a href='/'>Home</a> / <a href='/food'>Food</a>"
                "<h1>Apple crumble for a cold evening</h1></div>"
                f"<article>{ARTICLE}<p class='crumble-topping'>Rub the butter into the flour.</p></article>")
    doc, text = run(DomBoilerplate(), html)
    assert "Apple crumble for a cold evening" in text and "Rub the butter" in text and doc.removed == ()


def test_a_disclaimer_box_under_a_post_goes_but_a_long_one_of_running_text_stays():
    html = page(f"<article>{ARTICLE}</article><p class='disclaim'>This is a personal website. Opinions expressed "
                "are not necessarily those of my employer.</p>")
    doc, text = run(DomBoilerplate(), html)
    assert "Opinions expressed" not in text and rules(doc) == ["disclaimer"]
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}</article><div class='disclaimer-note'>{LONG}</div>"))
    assert "running text" in text and doc.removed == ()


@pytest.mark.parametrize("cls", ["about_author", "aboutauthor", "wp-about-author-container", "about-the-author"])
def test_an_about_author_box_goes_written_with_or_without_the(cls):
    html = page(f"<article>{ARTICLE}</article><div class='{cls}'><p>Sam Reed is always drawing. When he is not "
                "making comics he paints in his studio.</p></div>")
    doc, text = run(DomBoilerplate(), html)
    assert "always drawing" not in text and rules(doc) == ["author-box"]
