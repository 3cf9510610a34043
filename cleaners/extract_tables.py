"""Rule ``layout-table``: a table laid out as page columns (a cell holding paragraphs, a heading or a
quote, or paragraphs written as runs of text between ``<br>``s) is not data. trafilatura reads
each cell as one table cell, which glues the article's paragraphs into one line and drops its
quotes. Before extraction, the cells of such tables become ``<div>``s and the table, row and
section tags go; data tables (cells of words and numbers, at most one paragraph each) are left
alone. The cells beside the article's cell in its row that hold no paragraph of prose and under
`SIDE_SHARE` of its text are the page's side columns (its menu, its dates and addresses, its
ads): they become ``<aside>``s, which the extraction leaves out (``extract not-extracted``). A table inside
more than `MAX_TABLE_NESTING` tables is left as it is and its cells are not read; the others' cells are read once
each: a page of tables nested thousands deep costs its size, not its square or cube.
"""
from __future__ import annotations

from .builtin._dom import edited
from .builtin._dom_runs import MIN_PROSE_RUN

_CELL_BLOCKS = "p, h1, h2, h3, h4, h5, h6, blockquote"


def _prose_runs(cell) -> int:
    """Runs of prose (`MIN_PROSE_RUN` characters or more) between ``<br>``s in the element of
    the cell that holds most of them."""
    most, seen = 0, set()
    for br in cell.css("br"):
        parent = br.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        most = max(most, sum(1 for c in parent.iter(include_text=True, skip_empty=True)
                             if c.tag == "-text" and len((c.text_content or "").strip()) >= MIN_PROSE_RUN))
    return most


def is_layout_cell(cell) -> bool:
    """A cell holding two paragraphs, or a heading or a quote beside a paragraph, or two runs
    of prose between line breaks."""
    tags = [n.tag for n in cell.css(_CELL_BLOCKS)]
    return tags.count("p") >= 2 or (bool(tags) and "p" in tags and any(t != "p" for t in tags)) \
        or _prose_runs(cell) >= 2


SIDE_SHARE = 0.5      # a side column holds less than this share of the article cell's text


def _side_columns(cells: list) -> set[int]:
    """``mem_id`` of the cells beside the article's cell (the layout cell with the most text, holding
    a paragraph of prose) in its row that hold no paragraph of prose and less than `SIDE_SHARE` of
    its text."""
    layout = [c for c in cells if is_layout_cell(c)]
    if not layout:
        return set()
    article = max(layout, key=lambda c: len(c.text()))
    if not _has_prose(article):
        return set()                 # (a data table's cell of two short paragraphs is no article)
    row, size = article.parent, len(article.text())
    return {c.mem_id for c in cells if c.mem_id != article.mem_id and row is not None and c.parent is not None
            and c.parent.mem_id == row.mem_id and len(c.text()) < SIDE_SHARE * size and not _has_prose(c)}


def _has_prose(cell) -> bool:
    return any(len(p.text().strip()) >= MIN_PROSE_RUN for p in cell.css("p")) or _prose_runs(cell) >= 1


def unwrap_layout_tables(dom) -> int:
    """Cells of layout tables as ``<div>``s, their side columns as ``<aside>``s, their table,
    section and row tags unwrapped (innermost first: an outer table copies converted cells).
    Returns the tables unwrapped."""
    tables = _layout_tables(dom)
    for table in reversed(tables):
        cells = [c for c in table.css("td, th") if _table_of(c) == table.mem_id]
        side = _side_columns(cells)
        for cell in cells:
            div = dom.create_node("aside" if cell.mem_id in side else "div")
            div.inner_html = cell.inner_html
            cell.replace_with(div)
        for part in [p for p in table.css("tbody, thead, tfoot, tr, caption") if _table_of(p) == table.mem_id]:
            part.unwrap()
        table.unwrap()
    if tables:
        edited()                    # cells replaced: a main container read before is gone
    return len(tables)


MAX_TABLE_NESTING = 12     # a table inside more tables than this is left a table: no page's layout nests so deep


def _layout_tables(dom) -> list:
    """The tables holding a layout cell at any depth, in document order, but those inside over `MAX_TABLE_NESTING`
    tables, whose cells are not read either. A cell is read once and marks the tables above it up to a marked one."""
    marked: set[int] = set()
    for cell in dom.css("td, th"):
        if _nesting(cell) > MAX_TABLE_NESTING + 1 or not is_layout_cell(cell):
            continue
        node = cell.parent
        while node is not None and node.mem_id not in marked:
            if node.tag == "table":
                marked.add(node.mem_id)
            node = node.parent
    return [t for t in dom.css("table") if t.mem_id in marked and _nesting(t) <= MAX_TABLE_NESTING]


def _nesting(node) -> int:
    count, node = 0, node.parent       # (tables ``node`` is inside, counted up to `MAX_TABLE_NESTING` + 2)
    while node is not None and count <= MAX_TABLE_NESTING + 1:
        count += node.tag == "table"
        node = node.parent
    return count


def _table_of(node) -> int | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent.mem_id if parent is not None else None
