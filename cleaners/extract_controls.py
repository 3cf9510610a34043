"""The control that opens a disclosure panel read as the panel's heading (rule ``disclosure-heading``).

An accordion or an FAQ prints each question as a ``<button>`` (or an element with
``aria-expanded``) right before the collapsed panel of its answer. dom_hidden keeps such panels
(`DomHidden.is_disclosure_panel`); trafilatura drops buttons with their text, so the answers
reached the body without their questions. Before extraction, such a control, holding
`MIN_CHARS` to `MAX_CHARS` characters of text and no link, becomes an ``<h3>`` of its text. A
menu button (its panel is a menu or a list of links), a "show more" link and a control beside
no panel stay as they are.
"""
from __future__ import annotations

from .builtin._dom import text_of
from .builtin.dom_hidden import DomHidden

MIN_CHARS = 3
MAX_CHARS = 160


def _panel_after(control):
    node = control.next
    while node is not None and node.tag in ("-text", "-comment"):
        node = node.next
    return node


def controls_as_headings(dom) -> int:
    """Controls of disclosure panels turned into ``<h3>``s (module docstring); returns how many."""
    body = dom.body
    if body is None:
        return 0
    controls = [c for c in body.css("button, [aria-expanded]") if c.tag != "a" and c.css_first("a") is None]
    if not controls:
        return 0
    controlled = {c.attributes.get("aria-controls") for c in body.css("[aria-controls]")}
    turned = 0
    for control in controls:
        text = text_of(control)
        panel = _panel_after(control)
        if not MIN_CHARS <= len(text) <= MAX_CHARS or panel is None or \
                not DomHidden.is_disclosure_panel(panel, controlled):
            continue
        heading = dom.create_node("h3")
        heading.inner_html = control.inner_html
        control.replace_with(heading)
        turned += 1
    return turned
