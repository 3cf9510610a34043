from cleaners.builtin.dom_link_rows import DomLinkRows

from ._html import ARTICLE, page, rules, run

SECTIONS = ("Home", "Video", "World", "Politics", "Tech", "Site map")


def _row(names, sep=" | ") -> str:
    return sep.join(f"<a href='/{n.lower().replace(' ', '-')}'>{n}</a>" for n in names)


def test_a_footer_row_of_section_links_goes():
    html = page(f"<article>{ARTICLE}</article><div class='ftr'><div>{_row(SECTIONS)}</div>"
                f"<div>{_row(('RSS', 'Podcasts', 'Blogs', 'Mobile', 'My profile'), ' · ')}</div></div>")
    doc, text = run(DomLinkRows(), html)
    assert "Politics" not in text and "Podcasts" not in text and "night bus" in text
    assert rules(doc) == ["link-row", "link-row"] and "Home | Video | World" in doc.removed[0].text


def test_a_row_of_links_inside_the_article_stays():
    sources = f"<p>{_row(('The Times', 'Reuters', 'Die Zeit', 'Le Monde', 'El País'))}</p>"
    doc, text = run(DomLinkRows(), page(f"<div class='entry'>{ARTICLE}{sources}</div>"))
    assert "Reuters" in text and doc.removed == ()


def test_a_list_of_links_without_separators_is_left_to_other_rules():
    menu = "<ul>" + "".join(f"<li>{_row((n,))}</li>" for n in SECTIONS) + "</ul>"
    doc, text = run(DomLinkRows(), page(f"<article>{ARTICLE}</article>{menu}"))
    assert "Politics" in text and doc.removed == ()


def test_links_in_a_sentence_stay():
    html = page(f"<article>{ARTICLE}</article><div>Read {_row(SECTIONS[:3], ', ')} and {_row(SECTIONS[3:], ' or ')} "
                f"for more.</div>")
    doc, text = run(DomLinkRows(), html)
    assert "Politics" in text and doc.removed == ()


def test_long_link_texts_or_few_links_are_no_row():
    headlines = _row(("Council approves the new night bus plan", "Budget vote delayed again") * 3)
    doc, text = run(DomLinkRows(), page(f"<article>{ARTICLE}</article><div>{headlines}</div>"
                                        f"<div>{_row(SECTIONS[:4])}</div>"))
    assert "night bus plan" in text and "Politics" in text and doc.removed == ()


def test_a_row_on_a_line_of_its_own_in_a_footer_with_more_lines_goes():
    footer = (f"<div class='ftr'>{_row(SECTIONS)}<br>\n<img src='/logo.png'> Copyright 2012 Harbour Media. "
              f"All rights reserved.</div>")
    doc, text = run(DomLinkRows(), page(f"<article>{ARTICLE}</article>{footer}"))
    assert "Politics" not in text and "Copyright 2012 Harbour Media" in text and "night bus" in text
    assert rules(doc) == ["link-row"] and doc.removed[0].text == " | ".join(SECTIONS)


def test_a_line_of_links_and_words_between_line_breaks_stays():
    names = ("The Times", "Reuters", "Die Zeit", "Le Monde", "El País")
    lines = (f"<div class='ftr'>Sources: {_row(names)}<br>{_row(SECTIONS[:3])} and {_row(SECTIONS[3:])}<br>"
             f"Copyright 2012 Harbour Media.</div>")
    doc, text = run(DomLinkRows(), page(f"<article>{ARTICLE}</article>{lines}"))
    assert "Reuters" in text and "Politics" in text and doc.removed == ()


def test_a_line_of_source_links_inside_the_article_stays():
    sources = f"<p>Read the coverage:<br>{_row(('The Times', 'Reuters', 'Die Zeit', 'Le Monde', 'El País'))}</p>"
    doc, text = run(DomLinkRows(), page(f"<div class='entry'>{ARTICLE}{sources}</div>"))
    assert "Reuters" in text and doc.removed == ()
