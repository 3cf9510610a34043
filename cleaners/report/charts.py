"""Charts of a corpus as inline SVG (matplotlib, no JavaScript): each function takes labels
and values and returns an ``<svg>`` element whose ids cannot clash with another chart's."""
from __future__ import annotations

import io
import itertools
import re

_COLOUR = "#3b6ea5"
_counter = itertools.count()


def _figure(height: float):
    import matplotlib
    from matplotlib.figure import Figure
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "corpus-report", "font.size": 9,
                                "axes.spines.top": False, "axes.spines.right": False})
    return Figure(figsize=(6.4, height), dpi=100, layout="constrained")


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    prefix = f"c{next(_counter)}-"
    text = re.sub(r'id="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', text)
    text = re.sub(r'url\(#([^)]+)\)', lambda m: f"url(#{prefix}{m.group(1)})", text)
    return re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}{m.group(1)}"', text)


def hbar(labels: list[str], values: list[float], xlabel: str) -> str:
    """Horizontal bars, the first label on top."""
    fig = _figure(max(1.6, 0.28 * len(labels) + 0.8))
    ax = fig.subplots()
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=_COLOUR)
    ax.set_yticks(positions, [_short(label) for label in labels])
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_formatter(_thousands())
    return _svg(fig)


def vbar(labels: list[str], values: list[float], xlabel: str, ylabel: str, rotate: bool = False) -> str:
    fig = _figure(2.8)
    ax = fig.subplots()
    ax.bar(range(len(labels)), values, color=_COLOUR)
    step = max(1, len(labels) // 24)
    ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=60 if rotate else 0,
                  ha="right" if rotate else "center")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_formatter(_thousands())
    return _svg(fig)


def _thousands():
    from matplotlib.ticker import FuncFormatter
    return FuncFormatter(lambda value, _: f"{value:,.0f}")


def _short(label: str, width: int = 48) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"
