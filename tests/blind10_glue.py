"""Tenth blind harness, artefacts glued into article paragraphs (a call to action or legal line after the last
sentence, an agency dateline before the first, a markdown link around a word, a markdown subheading) and the
layouts a dump tool prints a document in."""
from __future__ import annotations

from tests.blind10_shapes import SITES


def glue_end(rng, d, para: str) -> tuple[str, tuple[str, str]]:
    """A paragraph with a call to action or a legal line appended on the same line."""
    cls, text = rng.choice([("cta", rng.choice(d["w"]["cta"])), ("legal", rng.choice(d["w"]["legal"]))])
    sep = rng.choice([" ", "  ", " — ", " >> "])
    return para + sep + text, (f"{cls}:glued", text)


def glue_dateline(rng, d, para: str) -> tuple[str, tuple[str, str]]:
    """A paragraph opened by an agency dateline in capitals or brackets."""
    ag = d["w"]["agency"]
    pre = rng.choice([f"({ag}) – ", f"{ag.upper()} | ", f"[{ag}] "])
    return pre + para, ("dateline:glued", pre.strip(" –|"))


def link_inside(rng, d, para: str) -> tuple[str, tuple[str, str]] | None:
    """A paragraph with one of its words turned into a markdown link (the word stays, the markup goes)."""
    words = [w for w in para.split(" ") if len(w) > 4 and w.isalpha()]
    if not words:
        return None
    w = rng.choice(words)
    url = f"https://{rng.choice(SITES)}/tag/{rng.randrange(100, 999)}"
    return para.replace(w, f"[{w}]({url})", 1), ("markdown:inline_link", "](https://")


def subheading(rng, sub: str) -> tuple[str, tuple[str, str]]:
    """The article's own subheading in markdown (its text stays, the markup goes)."""
    k = rng.randrange(3)
    if k == 0:
        return f"## **{sub}**", ("markdown:heading", "**")
    if k == 1:
        return f"### {sub}", ("markdown:heading", "###")
    return f"**{sub}**", ("markdown:heading", "**")


LAYOUTS = ("blank", "single", "indent", "crlf", "spaced")


def layout(rng, name: str, blocks: list[str]) -> str:
    """The document as a dump tool prints its blocks."""
    if name == "blank":
        return "\n\n".join(blocks) + "\n"
    if name == "single":
        return "\n".join(blocks) + "\n"
    if name == "indent":
        return "\n\n".join("\u00a0\u00a0" + b if rng.random() < 0.5 else b for b in blocks) + "\n"
    if name == "crlf":
        return "\r\n\r\n".join(b.replace("\n", "\r\n") for b in blocks) + "\r\n"
    return "\n\n\n".join(blocks) + "\n\n"        # spaced: three line breaks, as a copy from a reader view
