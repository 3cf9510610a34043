"""dom_boilerplate.nav_elements: the elements of the ten-selector list of navigation landmarks, found by one
short selector and a role test, in the same order, each once."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.dom_boilerplate import nav_elements

_LANDMARKS = ('nav, menu, [role="navigation" i], [role="menubar" i], [role="search" i], [role="banner" i], '
              '[role="contentinfo" i], aside, [role="complementary" i], footer')


def _first_each(nodes) -> list[int]:
    seen, out = set(), []
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append(node.mem_id)
    return out


def test_nav_elements_are_the_landmark_selectors_elements_in_order():
    dom = LexborHTMLParser(
        "<body><header role=BANNER><nav role=navigation><a href=/>Home</a></nav></header>"
        "<div role=Search><form></form></div><div role='navigation '>a trailing space: no landmark</div>"
        "<div role='ſearch'>a long s: no ASCII letter</div><div role=main><aside role=complementary>Box</aside>"
        "<p>Text</p><menu><li>One</li></menu></div><svg><footer>x</footer></svg>"
        "<div role=contentinfo>c</div><div role=menubar>m</div><footer>Foot</footer></body>")
    got = [n.mem_id for n in nav_elements(dom)]
    assert got == _first_each(dom.css(_LANDMARKS))
    assert [n.tag for n in nav_elements(dom)] == ["header", "nav", "div", "aside", "menu", "footer", "div", "div",
                                                  "footer"]


def test_elements_with_another_role_or_none_are_no_landmarks():
    dom = LexborHTMLParser("<body><div role=main><p>Text</p></div><div role=dialog>d</div><section>s</section>"
                           "<div class=nav>n</div></body>")
    assert nav_elements(dom) == [] == dom.css(_LANDMARKS)
