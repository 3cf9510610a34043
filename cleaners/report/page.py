"""The report as one self-contained HTML file: inline CSS and SVG, no script, no network."""
from __future__ import annotations

import html
import shlex
from typing import IO

from . import charts
from .data import COMMENT_BINS, LENGTH_BINS, OTHER, ReportData, log_bins_label

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1.5em;color:#222}
h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .4em}
.summary{display:flex;flex-wrap:wrap;gap:.6em;margin:1em 0}
.summary div{background:#f3f5f8;border-radius:6px;padding:.5em .9em}.summary b{display:block;font-size:1.3em}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:1.2em}
figure.chart{margin:0;border:1px solid #e3e6ea;border-radius:6px;padding:.6em}
figure.chart svg{width:100%;height:auto}figcaption{font-weight:600;margin-bottom:.3em}
p.none{color:#777;font-style:italic}
table{border-collapse:collapse;width:100%;margin:.3em 0 1em}td,th{border-bottom:1px solid #eee;padding:.25em .4em;
text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
code{background:#f3f5f8;padding:.1em .3em;border-radius:3px;font-size:.9em;white-space:nowrap}
"""


def _figure(name: str, title: str, svg: str | None, empty: str) -> str:
    if svg is None:
        return f'<figure class="chart-empty" data-chart="{name}"><figcaption>{html.escape(title)}</figcaption>' \
               f'<p class="none">{html.escape(empty)}</p></figure>'
    return f'<figure class="chart" data-chart="{name}"><figcaption>{html.escape(title)}</figcaption>{svg}</figure>'


def _top(counter, n: int) -> tuple[list[str], list[int]]:
    items = [(k, v) for k, v in counter.most_common() if k != OTHER][:n]
    rest = sum(counter.values()) - sum(v for _, v in items)
    if rest:
        items.append((OTHER if len(counter) > n else "(rest)", rest))
    return [k for k, _ in items], [v for _, v in items]


def _charts(data: ReportData) -> list[str]:
    out = []
    labels, values = _top(data.sites, 20)
    out.append(_figure("sites", "Documents per site", charts.hbar(labels, values, "documents") if values else None,
                       "No documents."))
    labels, values = _top(data.languages, 15)
    out.append(_figure("languages", "Documents per language",
                       charts.hbar(labels, values, "documents") if values else None, "No documents."))
    out.append(_figure("lengths", "Body length (characters)",
                       charts.vbar(log_bins_label(LENGTH_BINS), data.lengths, "body characters", "documents", True)
                       if data.documents else None, "No documents."))
    months = sorted(data.months)
    out.append(_figure("dates", f"Documents over time (metadata.date; {data.undated:,} undated)",
                       charts.vbar(months, [data.months[m] for m in months], "month", "documents", True)
                       if months else None, "No document has a date."))
    labels, values = _top(data.removed_cleaner, 20)
    out.append(_figure("removed-cleaner", "Characters removed per cleaner",
                       charts.hbar(labels, values, "characters") if values else None, "Nothing was removed."))
    labels, values = _top(data.removed_rule, 25)
    out.append(_figure("removed-rule", "Characters removed per cleaner/rule",
                       charts.hbar(labels, values, "characters") if values else None, "Nothing was removed."))
    out.append(_figure("comments", "Comments per document",
                       charts.vbar(log_bins_label(COMMENT_BINS), data.comments, "comments", "documents")
                       if data.documents else None, "No documents."))
    out.append(_figure("depth", "Comment thread depth (0 = top level)",
                       charts.vbar([str(d) if d < len(data.depths) - 1 else f"{d}+" for d in range(len(data.depths))],
                                   data.depths, "depth", "comments") if sum(data.depths) else None, "No comments."))
    clusters = data.clusters.most_common(20)
    out.append(_figure("clusters", f"Largest duplicate clusters ({data.duplicates:,} documents marked as duplicates)",
                       charts.hbar([c[:12] for c, _ in clusters], [n + 1 for _, n in clusters], "documents")
                       if clusters else None, "No duplicates marked (run corpus clean with --dedup mark)."))
    labels, values = _top(data.errors, 20)
    out.append(_figure("errors", "Errors by stage and type (errors.jsonl)",
                       charts.hbar(labels, values, "inputs") if values else None,
                       "No errors.jsonl beside the corpus: the run had no errors, or it was not found."))
    return out


def _lines_table(data: ReportData, corpus: str) -> str:
    parts = []
    for site, rows in data.lines_by_site():
        parts.append(f"<h3>{html.escape(site)}</h3><table><tr><th>times</th><th>cleaner/rule</th>"
                     "<th>removed line</th><th>see it in place</th></tr>")
        for (_, cleaner, rule, text), count, example in rows:
            command = f"corpus explain {example[:12]} --corpus {shlex.quote(corpus)}" if example else ""
            parts.append(f'<tr><td class="n">{count:,}</td><td>{html.escape(cleaner)}/{html.escape(rule)}</td>'
                         f"<td>{html.escape(text)}</td><td><code>{html.escape(command)}</code></td></tr>")
        parts.append("</table>")
    return "".join(parts) or '<p class="none">No line was removed more than once.</p>'


def write(data: ReportData, corpus: str, out: IO[str]) -> None:
    numbers = [("documents", data.documents), ("sites", len([s for s in data.sites if s != OTHER])),
               ("languages", len(data.languages)), ("marked duplicates", data.duplicates),
               ("comments", sum(data.depths)), ("chars removed", sum(data.removed_cleaner.values())),
               ("errors", sum(data.errors.values())), ("bytes replaced in decoding", data.encoding_errors)]
    out.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
              f"<title>corpus report: {html.escape(corpus)}</title><style>{STYLE}</style></head><body>")
    out.write(f"<h1>corpus report</h1><p><code>{html.escape(corpus)}</code></p><div class=summary>")
    out.write("".join(f"<div><b>{n:,}</b>{html.escape(label)}</div>" for label, n in numbers))
    out.write('</div><div class="grid">' + "".join(_charts(data)) + "</div>")
    out.write("<h2>Most frequent removed lines per site</h2><p>A line removed on many pages of a site is "
              "boilerplate, or a cleaner being too eager: see one in place with the command beside it.</p>")
    out.write(_lines_table(data, corpus) + "</body></html>\n")
