import pytest

from cleaners.builtin.dom_hidden import DomHidden

from ._html import ARTICLE, page, rules, run


def test_hidden_attribute_and_aria_hidden_removed():
    doc, text = run(DomHidden(), page(f"<article>{ARTICLE}<div hidden>Secret copy</div>"
                                      f"<span aria-hidden='true'>Icon label</span></article>"))
    assert "Secret copy" not in text and "Icon label" not in text
    assert rules(doc) == ["hidden-attribute", "hidden-attribute"]


def test_display_none_duplicate_removed_but_visible_kept():
    doc, text = run(DomHidden(), page(f"<article>{ARTICLE}</article>"
                                      "<div style='display: none'><p>A hidden copy of a short teaser.</p></div>"))
    assert "hidden copy" not in text and "night bus" in text
    assert rules(doc) == ["display-none"]


def test_hidden_class_removed():
    doc, text = run(DomHidden(), page(f"<article>{ARTICLE}<div class='newsletter-success hidden'>Thanks!</div></article>"))
    assert "Thanks" not in text and rules(doc) == ["hidden-class"]


def test_hidden_article_revealed_by_script_is_kept():
    # the only article text is inside a display:none wrapper: it is the article, not a duplicate
    doc, text = run(DomHidden(), page(f"<div style='display:none'><article>{ARTICLE}</article></div>"))
    assert "night bus" in text and doc.removed == ()


def test_class_words_that_only_contain_hidden_are_kept():
    doc, text = run(DomHidden(), page(f"<article class='hidden-gems-series'>{ARTICLE}</article>"
                                      "<div class='overflow-hidden'>Visible box</div>"))
    assert "Visible box" in text and doc.removed == ()


def test_hover_card_inside_paragraph_removed_link_text_kept():
    html = page("<article><p>The law was backed by Senator <span class='rollover-person'>"
                "<a href='/people/jane-roe'>Jane Roe</a><span class='rollover-block'><img src='x.jpg'>"
                "<a href='/people/jane-roe'>Jane Roe</a><a href='/story/1'>Another headline about her</a></span>"
                "</span> and passed on Tuesday with a large majority in both chambers.</p>" + ARTICLE + "</article>")
    doc, text = run(DomHidden(), html)
    assert "Senator Jane Roe and passed" in text
    assert "Another headline" not in text and rules(doc) == ["hover-card"]


def test_tooltip_without_image_or_links_is_kept():
    doc, text = run(DomHidden(), page(f"<article><p>Term <span class='tooltip'>explained here</span> ok.</p>{ARTICLE}</article>"))
    assert "explained here" in text and doc.removed == ()


def test_the_main_container_is_read_only_on_a_page_with_a_hidden_element(monkeypatch):
    import cleaners.builtin.dom_hidden as dom_hidden
    calls = []
    real = dom_hidden.protected_ids
    monkeypatch.setattr(dom_hidden, "protected_ids", lambda dom: calls.append(1) or real(dom))
    # a class that the selector screens in ("none") but that names no hidden element: nothing read
    doc, text = run(DomHidden(), page(f"<article class='nonesuch'>{ARTICLE}</article>"))
    assert calls == [] and doc.removed == ()
    doc, text = run(DomHidden(), page(f"<article>{ARTICLE}<div hidden>Secret copy</div></article>"))
    assert calls == [1] and rules(doc) == ["hidden-attribute"]


ANSWER = "<p>Yes, in most older houses the radiators already fitted are large enough for it.</p>"


def test_collapsed_accordion_answer_after_its_button_is_kept():
    panels = (f"<div class='acc'><button aria-expanded='false'>Do I need floor heating?</button>"
              f"<div class='panel' hidden>{ANSWER}</div></div>"
              f"<div class='acc'><h3 aria-expanded='false'>What does it cost?</h3>"
              f"<div class='panel' style='display:none'><p>About fifteen thousand euros before the grant is paid.</p></div></div>")
    doc, text = run(DomHidden(), page(f"<article>{ARTICLE}{panels}</article>"))
    assert "radiators already fitted" in text and "fifteen thousand" in text and rules(doc) == []


def test_collapsed_panel_named_by_a_control_elsewhere_is_kept():
    html = page(f"<article>{ARTICLE}<p><a href='#more' aria-controls='more'>Read on</a></p>"
                f"<div id='more' class='is-hidden'>{ANSWER}</div></article>")
    doc, text = run(DomHidden(), html)
    assert "radiators already fitted" in text


MORE = "<p>The second half of the story: the council voted on the plan late on Tuesday evening.</p>"


def _hidden_continuation(control: str):
    """A story's continuation hidden before its text, ``control`` in a paragraph after it; cleaned."""
    return run(DomHidden(), page(f"<article><div id='rest' style='display:none'>{ANSWER}{MORE}</div>{ARTICLE}"
                                 f"<p>{control}</p></article>"))


@pytest.mark.parametrize("control", [
    "<button data-toggle='collapse' data-target='#rest'>Read the whole story</button>",
    "<a data-bs-toggle='collapse' href='#rest'>Read the whole story</a>",
    "<button aria-controls='notes rest'>Read the whole story</button>",
])
def test_a_continuation_opened_by_a_control_that_is_not_next_to_it_is_kept(control):
    doc, text = _hidden_continuation(control)
    assert "radiators already fitted" in text and "council voted" in text and rules(doc) == []


@pytest.mark.parametrize("control", [
    "<button data-toggle='modal' data-target='#rest'>Read the whole story</button>",
    "<a href='#rest'>Read the whole story</a>",
    "<span onclick=\"showLayer('rest')\">Buy the book from these shops</span>",
])
def test_a_hidden_box_a_modal_or_a_plain_link_opens_is_still_removed(control):
    doc, text = _hidden_continuation(control)
    assert "radiators already fitted" not in text and rules(doc) == ["display-none"]


def test_hidden_menu_or_form_behind_a_button_is_still_removed():
    menu = "".join(f"<li><a href='/s/{i}'>Section number {i} of the site</a></li>" for i in range(6))
    html = page(f"<article>{ARTICLE}</article><button aria-expanded='false'>Menu</button><div hidden><ul>{menu}</ul></div>"
                f"<button>Search</button><div hidden><form><p>Search the whole site for any word you like.</p>"
                f"<input name='q'></form></div><div hidden>{ANSWER}</div>")
    doc, text = run(DomHidden(), html)
    assert "Section number" not in text and "Search the whole" not in text and "radiators" not in text
    assert rules(doc) == ["hidden-attribute"] * 3
