"""Whole HTML pages composed of real article paragraphs and page furniture, each with its gold.

Article paragraphs come from the ScrapingHub ground truth in
``../shared/benchmarks/article-extraction`` (read at run time through tests/generalisation.py,
never copied here), set in varied article markup (``<article>``/``<main>``, class-less divs, a
table layout, divs with the classes of several CMSs), with optional subheadings, a blockquote
and a list. Around them: furniture of every class of tests/page_furniture.py and comment
threads of several CMS shapes (tests/page_threads.py; out-of-sample: tests/page_boards.py,
tests/page_threads_wild.py), in every language of ``LANGS``. Some
articles talk about comments, replies, sharing and newsletters or quote a reader: that text is
article text and must stay. `compose(rng)` builds one page; `judge(page, record)` says what
leaked, what was lost, which comments were missed.
``python -m tests.page_generalisation [N] [--seed S]`` prints the figures per class and language.
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape

from . import generalisation as gen
from . import page_blog_furniture as blog
from . import page_blog_widgets as widgets
from . import page_boards as boards
from . import page_furniture as furniture
from . import page_localised as localised
from . import page_lookalikes as lookalikes
from . import page_lookalikes_wild as wild_lookalikes
from . import page_markups as markups
from . import page_press as press
from . import page_press_wild as press_wild
from . import page_threads as threads
from . import page_threads_wild as wild
from . import page_wordings as wordings

LANGS = gen.LANGS
GROUND_TRUTH = gen.GROUND_TRUTH
MARKUPS = markups.SEEN + markups.UNSEEN + press.MARKUPS
THREADS = threads.SHAPES + boards.SHAPES + wild.SHAPES
# the shapes the chain was first fixed against, and those added later as an out-of-sample check
SEEN = {"markups": markups.SEEN, "threads": threads.SHAPES, "above": furniture.ABOVE, "inside": furniture.INSIDE,
        "after": {}, "below": furniture.BELOW, "lookalikes": ()}
UNSEEN = {"markups": markups.UNSEEN + press.MARKUPS, "threads": boards.SHAPES + wild.SHAPES,
          "above": {**wordings.ABOVE, **blog.ABOVE, **press.ABOVE},
          "inside": {**wordings.INSIDE, **blog.INSIDE, **localised.INSIDE, **press.INSIDE, **press_wild.INSIDE},
          "after": {**wordings.AFTER, **blog.AFTER, **localised.AFTER, **press.AFTER, **press_wild.AFTER},
          "below": {**wordings.BELOW, **blog.BELOW, **widgets.BELOW, **localised.BELOW, **press.BELOW,
                    **wild_lookalikes.BELOW},
          "lookalikes": lookalikes.KINDS + wild_lookalikes.KINDS}
SUBHEADINGS = {"en": ["What happens next", "A long road back"], "de": ["Wie es weitergeht", "Ein langer Weg zurück"],
               "fr": ["Et maintenant ?", "Un long chemin"], "es": ["Qué pasará ahora", "Un largo camino"],
               "it": ["Cosa succede ora", "Una lunga strada"], "pt": ["O que acontece agora", "Um longo caminho"],
               "nl": ["Hoe het verder gaat", "Een lange weg terug"], "ru": ["Что будет дальше", "Долгий путь назад"],
               "pl": ["Co dalej", "Długa droga powrotna"]}
# article text that talks about comments, replies, sharing and newsletters, or quotes a reader: it stays
TALK = {
    "en": ["More than 400 readers left comments under the first report, and many of the replies asked the council to "
           "publish its figures before the vote.",
           "The newsletter, which the library shares with about 2,000 subscribers, announced the closure on Friday."],
    "de": ["Mehr als 400 Leser hinterließen Kommentare unter dem ersten Bericht, viele Antworten forderten den Rat auf, "
           "seine Zahlen vor der Abstimmung zu veröffentlichen.",
           "Der Newsletter, den die Bibliothek mit rund 2000 Abonnenten teilt, kündigte die Schließung am Freitag an."],
    "fr": ["Plus de 400 lecteurs ont laissé des commentaires sous le premier article, et beaucoup de réponses "
           "demandaient au conseil de publier ses chiffres avant le vote.",
           "La newsletter, que la bibliothèque partage avec environ 2 000 abonnés, a annoncé la fermeture vendredi."],
    "es": ["Más de 400 lectores dejaron comentarios bajo la primera noticia, y muchas respuestas pedían al "
           "ayuntamiento que publicara sus cifras antes de la votación.",
           "El boletín, que la biblioteca comparte con unos 2.000 suscriptores, anunció el cierre el viernes."],
    "it": ["Più di 400 lettori hanno lasciato commenti sotto il primo articolo, e molte risposte chiedevano al "
           "consiglio di pubblicare i dati prima del voto.",
           "La newsletter, che la biblioteca condivide con circa 2.000 iscritti, ha annunciato la chiusura venerdì."],
    "pt": ["Mais de 400 leitores deixaram comentários na primeira notícia, e muitas respostas pediam à câmara que "
           "publicasse os números antes da votação.",
           "A newsletter, que a biblioteca partilha com cerca de 2.000 assinantes, anunciou o encerramento na sexta-feira."],
    "nl": ["Meer dan 400 lezers lieten reacties achter onder het eerste bericht, en veel antwoorden vroegen de raad "
           "om de cijfers voor de stemming te publiceren.",
           "De nieuwsbrief, die de bibliotheek met zo'n 2.000 abonnees deelt, kondigde vrijdag de sluiting aan."],
    "ru": ["Более 400 читателей оставили комментарии под первой статьёй, и во многих ответах совет просили "
           "опубликовать цифры до голосования.",
           "Рассылка, которой библиотека делится примерно с 2000 подписчиков, объявила о закрытии в пятницу."],
    "pl": ["Ponad 400 czytelników zostawiło komentarze pod pierwszym tekstem, a wiele odpowiedzi wzywało radę do "
           "opublikowania danych przed głosowaniem.",
           "Newsletter, którym biblioteka dzieli się z około 2000 subskrybentów, ogłosił zamknięcie w piątek."],
}
READER = {"en": "One reader, {name}, wrote to us:", "de": "Ein Leser, {name}, schrieb uns:",
          "fr": "Une lectrice, {name}, nous a écrit :", "es": "Un lector, {name}, nos escribió:",
          "it": "Un lettore, {name}, ci ha scritto:", "pt": "Um leitor, {name}, escreveu-nos:",
          "nl": "Een lezer, {name}, schreef ons:", "ru": "Читатель {name} написал нам:",
          "pl": "Czytelnik {name} napisał do nas:"}
TITLES = ["Council Approves New Budget After Long Debate", "Floods Cut Off Mountain Villages", "Rail Strike Ends After Talks"]


@dataclass
class Furniture:
    cls: str
    language: str
    lines: list[str]
    caption: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass
class Page:
    html: str
    language: str
    markup: str
    article: list[str]                      # title (or metadata.title), paragraphs, subheadings, quote, list items
    furniture: list[Furniture]
    comments: list[tuple[str, int, str]] = field(default_factory=list)   # (author, depth, text)
    thread: str | None = None               # the thread's shape
    kinds: list[str] = field(default_factory=list)   # of each article text: title, paragraph, subheading, talk,
    #                                                  reader (who a quote is from), quote, item (of a list), or the
    #                                                  kind of a block that looks like a thread (lookalikes.KINDS),
    #                                                  press-prose (news furniture words as prose, page_press),
    #                                                  press_wild.KINDS (prose shaped as news furniture)
    lookalike: str | None = None            # that block's kind


def _article_parts(rng, lang, paragraphs, talk: bool | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """(html parts, (kind, text) that must stay) of the article's own content."""
    parts, kept = [], []
    sub = rng.random() < 0.5
    talk = rng.random() < 0.4 if talk is None else talk
    quoted = rng.random() < 0.4 if talk is None else talk
    for k, p in enumerate(paragraphs):
        if sub and k == 2:
            h = rng.choice(SUBHEADINGS[lang])
            parts.append(f"<h2>{escape(h)}</h2>")
            kept.append(("subheading", h))
        parts.append(f"<p>{escape(p)}</p>")
        kept.append(("paragraph", p))
        if talk and k == 1:
            t = rng.choice(TALK[lang])
            parts.append(f"<p>{escape(t)}</p>")
            kept.append(("talk", t))
    if quoted:     # a reader quoted in the article
        lead = READER[lang].format(name=rng.choice(gen.shapes.names(lang)))
        quote = rng.choice(gen.shapes.TEXTS[lang][:2])
        at = rng.randint(1, len(parts) - 1)
        parts[at:at] = [f"<p>{escape(lead)}</p>", f"<blockquote><p>{escape(quote)}</p></blockquote>"]
        kept += [("reader", lead), ("quote", quote)]
    if rng.random() < 0.4:     # a list of points
        items = [line.lstrip("• ") for line in rng.choice(gen.exports.CLOSING_LISTS)[1:]]
        at = rng.randint(1, len(parts) - 1)
        parts.insert(at, "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
        kept += [("item", i) for i in items]
    return parts, kept


def _furniture(rng, lang, makers, chance, items) -> list[str]:
    out = []
    for cls, make in makers.items():
        if rng.random() < chance:
            html, lines = make(rng, lang)
            items.append(Furniture(cls, lang, lines))
            out.append(html)
    return out


def compose(rng: random.Random, with_thread: bool | None = None, talk: bool | None = None,
            length: int | None = None, unseen: bool | None = None) -> Page:
    """One page in one language. ``with_thread``: a comment thread (True) or none (False);
    ``talk``: the article talks about comments and newsletters and quotes a reader (True) or
    not (False); ``length``: article paragraphs (3 to 7 when None); ``unseen``: the markup,
    thread or look-alike block and extra furniture of the out-of-sample shapes (``UNSEEN``,
    True) or the first ones only (False). None: chosen at random."""
    lang = rng.choice(LANGS)
    pool = gen.paragraphs(lang)
    length = length or rng.randint(3, 7)
    sample = [p for p in rng.sample(pool, min(len(pool), length + 9)) if gen.alone_unchanged(p, lang)]
    paragraphs, spare = sample[:length], sample[length:]
    shapes = UNSEEN if (rng.random() < 0.5 if unseen is None else unseen) else SEEN
    markup = rng.choice(shapes["markups"])
    parts, kept = _article_parts(rng, lang, paragraphs, talk)
    if shapes is UNSEEN:     # prose in the words (press.prose) and the shapes (press_wild) of news furniture
        press_wild.insert(rng, lang, parts, kept)
    thread = with_thread if with_thread is not None else rng.random() < 0.6
    lookalike = rng.choice(shapes["lookalikes"]) if shapes["lookalikes"] and not thread and rng.random() < 0.6 else None
    if lookalike:
        kinds = wild_lookalikes if lookalike in wild_lookalikes.KINDS else lookalikes
        block, block_kept = kinds.block(rng, lang, lookalike, spare)
        parts += block
        kept += block_kept
    items: list[Furniture] = []
    head = ""
    if rng.random() < 0.8:
        html, lines, author, iso = furniture.byline(rng, lang)
        items.append(Furniture("byline", lang, lines, author=author, date=iso))
        head += html
    if rng.random() < 0.6:
        html, lines, caption = furniture.figure(rng, lang)
        items.append(Furniture("figure", lang, lines, caption=caption))
        head += html
    for cls, make in {**furniture.INSIDE, **shapes["inside"]}.items():
        if rng.random() < 0.45:
            html, lines = make(rng, lang)
            items.append(Furniture(cls, lang, lines))
            at = len(parts) if cls in ("tag-list", "related") and rng.random() < 0.6 else rng.randint(1, len(parts))
            parts.insert(at, html)
    parts += _furniture(rng, lang, shapes["after"], 0.5, items)
    title = rng.choice(TITLES)
    page = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Daily Ledger</title>'
            '</head><body>']
    page += _furniture(rng, lang, {**furniture.ABOVE, **shapes["above"]}, 0.7, items)
    html, extra = (press.wrap if markup in press.MARKUPS else markups.wrap)(rng, markup, lang, title, head, parts)
    items += [Furniture(cls, lang, lines) for cls, lines in extra]
    page.append(html)
    comments, shape = [], None
    if thread:
        shape = rng.choice(shapes["threads"])
        maker = threads if shapes is SEEN else wild if shape in wild.SHAPES else boards
        shape, html, comments = maker.thread(rng, lang, shape)
        page.append(html)
    page += _furniture(rng, lang, {**furniture.BELOW, **shapes["below"]}, 0.8, items)
    page.append("</body></html>")
    return Page("".join(page), lang, markup, [title] + [t for _, t in kept], items, comments, shape,
                ["title"] + [k for k, _ in kept], lookalike)


def record(pipeline, page: Page) -> dict:
    return pipeline.record(pipeline.document("page.html", page.html.encode(), "html"))


norm = gen.norm


@dataclass
class Verdict:
    lost: list[str]                          # article texts not in the body
    leaked: list[tuple[str, str]]            # (class, line) of furniture in the body
    silent: list[tuple[str, str]]            # (class, line) of furniture neither in removed, comments nor metadata
    missing_comments: list[tuple[str, int, str]]
    misplaced_replies: list[int]             # indexes of comments not deeper than their parent
    spurious_comments: list[str]             # comments on a page that has no thread
    found_comments: int = 0
    comments_in_body: list[str] = field(default_factory=list)   # comment texts left in the body


def _accounted(record: dict) -> str:
    """All text the record kept outside the body: removed samples, comments and metadata."""
    parts = [r.get("text") or "" for r in record.get("removed") or []]
    parts += [f"{c.get('author') or ''} {c.get('date') or ''} {c.get('text') or ''}" for c in record["comments"]]
    for value in record["metadata"].values():
        if isinstance(value, list):
            parts += [v.get("title", "") if isinstance(v, dict) else str(v) for v in value]
        elif value:
            parts.append(str(value))
    return norm(" \n ".join(parts))


def judge(page: Page, record: dict) -> Verdict:
    body = norm(record["body"])
    paragraphs = {norm(p) for p in record["body"].split("\n")}
    title = norm(record["metadata"].get("title"))
    lost = [t for k, t in enumerate(page.article) if norm(t) not in body and not (k == 0 and norm(t) == title)]
    leaked, silent = [], []
    accounted = _accounted(record)
    article = norm(" ".join(page.article))
    meta = record["metadata"]
    for f in page.furniture:
        for line in f.lines:
            n = norm(line)
            if f.cls == "byline" and ((f.author and norm(f.author) in n and norm(meta.get("author")) == norm(f.author))
                                      or (f.date and (meta.get("date") or "")[:10] == f.date and n not in body)):
                continue            # the byline and the date read into metadata
            if n in article:
                continue            # a word the article happens to use
            if n in paragraphs or (len(n) >= 20 and n in body):
                leaked.append((f.cls, line))
            elif len(n) >= 20 and n[:200] not in accounted and n[:60] not in accounted:
                silent.append((f.cls, line))
    got = record["comments"]
    missing, found, misplaced = [], 0, []
    for author, depth, text in page.comments:
        match = [k for k, c in enumerate(got) if norm(text) in norm(c["text"])
                 and norm(c.get("author")) == norm(author) and c["depth"] == depth]
        if match:
            found += 1
        else:
            missing.append((author, depth, text))
    for k, c in enumerate(got):
        parent = c.get("parent")
        if parent is not None and (parent >= len(got) or got[parent]["depth"] >= c["depth"]):
            misplaced.append(k)
    spurious = [c["text"] for c in got] if not page.comments else []
    in_body = [t for _, _, t in page.comments if norm(t) in body and norm(t) not in article]
    return Verdict(lost, leaked, silent, missing, misplaced, spurious, found, in_body)


def main(argv: list[str]) -> None:
    from .page_figures import main as print_figures
    print_figures(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
