"""A second text harness, written apart from the first (`tests.generalisation`): documents of the
wild harness's own article paragraphs in nine languages (`tests.generalisation_wild_text`) and
artefacts in shapes the first harness does not print (`tests.generalisation_wild_shapes`): PHP
dumps in other layouts, related-story JSON, membership appeals, comment sections of other sites,
credits, agency datelines, calls to action, legal and AI-use notices, markdown debris, titles and
captions printed twice. The first harness's `judge` scores them (gold per artefact).

``python -m tests.generalisation_wild [N] [--seed S]`` prints the figures per class and language.
"""
from __future__ import annotations

import random
import sys

from . import generalisation as gen
from . import generalisation_wild_shapes as shapes
from .generalisation_wild_text import ARTICLE, LOOKALIKES

Artefact = gen.Artefact
LANGS = shapes.LANGS
TITLE = {"en": "Water Restrictions Extended Across The Valley", "de": "Straßenbahn wird bis zum Hauptbahnhof verlängert",
         "fr": "Pollution aux hydrocarbures sur la plage", "es": "Veinte mil árboles para los barrios del sur",
         "it": "Dodici milioni per le scuole", "pt": "Antigo mercado do peixe reabre como espaço cultural",
         "nl": "Oude brug over het kanaal wordt vervangen", "ru": "Главный мост закроют на ремонт",
         "pl": "Nowa linia tramwajowa na północ miasta"}
COMMENTS = {"en": "{n} Comments", "de": "{n} Kommentare", "fr": "{n} commentaires", "es": "{n} comentarios",
            "it": "{n} commenti", "pt": "{n} comentários", "nl": "{n} reacties", "ru": "Комментарии ({n})",
            "pl": "Komentarze ({n})"}
AGO = {"en": "{n} hours ago", "de": "vor {n} Stunden", "fr": "il y a {n} heures", "es": "hace {n} horas",
       "it": "{n} ore fa", "pt": "há {n} horas", "nl": "{n} uur geleden", "ru": "{n} часа назад", "pl": "{n} godz. temu"}
# (like, reply, "replied") per language
CONTROLS = {"en": ("Like", "Reply", "replied"), "de": ("Gefällt mir", "Antworten", "antwortete"),
            "fr": ("J'aime", "Répondre", "a répondu"), "es": ("Me gusta", "Responder", "respondió"),
            "it": ("Mi piace", "Rispondi", "ha risposto"), "pt": ("Gosto", "Responder", "respondeu"),
            "nl": ("Vind ik leuk", "Reageren", "reageerde"), "ru": ("Нравится", "Ответить", "ответил"),
            "pl": ("Lubię to", "Odpowiedz", "odpowiedział")}
SAYS = {"en": "says:", "de": "sagt:", "fr": "dit :", "es": "dice:", "it": "dice:", "pt": "diz:", "nl": "zegt:",
        "ru": "пишет:", "pl": "pisze:"}
REMARKS = {
    "en": ["Finally someone says it. The valley has been short of water for years.", "Who pays for the new pipeline, though?",
           "My garden is already brown, so this changes nothing for me."],
    "de": ["Endlich passiert etwas, die Linie ist seit Jahren überfällig.", "Und wer bezahlt das am Ende?",
           "Ich wohne an der Strecke und freue mich darauf."],
    "fr": ["Encore une fois, ce sont les habitants qui paient.", "Merci aux bénévoles pour leur travail.",
           "Il faut retrouver ce navire et le sanctionner."],
    "es": ["Por fin una buena noticia para el barrio.", "¿Y quién va a regar los árboles en agosto?",
           "Ojalá lo cumplan esta vez."],
    "it": ["Finalmente una buona notizia per i nostri figli.", "Speriamo che i lavori finiscano davvero in tempo.",
           "Ne parlano da anni, vedremo."],
    "pt": ["Finalmente uma boa notícia para a cidade.", "E o estacionamento, onde fica?", "Vou lá no primeiro dia."],
    "nl": ["Eindelijk, die brug was echt niet meer veilig.", "En de winkeliers dan?", "Ik fiets er elke dag overheen."],
    "ru": ["Наконец-то, мост давно разваливается.", "А как теперь ехать на работу?", "Посмотрим, успеют ли к зиме."],
    "pl": ["Wreszcie, czekamy na to od lat.", "A kto za to zapłaci?", "Mieszkam przy tej ulicy i się cieszę."],
}
USERS = ["kestrel_77", "Marta K.", "old_harbour", "J. Novak", "riverside", "Tom B."]


def thread(rng, language: str) -> tuple[list[str], list[tuple[str, int]]]:
    """(lines, [(author, depth)]) of a comment section in one of the wild layouts."""
    like, reply, replied = CONTROLS[language]
    people = rng.sample(USERS, 3)
    texts = REMARKS[language]
    shape = rng.choice(["dot-ago", "says-reply", "votes", "social"])
    lines = [COMMENTS[language].format(n=len(people)), ""] if rng.random() < 0.6 else []
    gold = []
    for k, (person, text) in enumerate(zip(people, texts)):
        depth = 1 if k == 1 and shape in ("social", "votes") else 0
        pad = "    " * depth
        ago = AGO[language].format(n=rng.randint(2, 9))
        if shape == "dot-ago":
            block = [f"{person} • {ago}", text, f"{rng.randint(1, 40)} {like} · {reply}"]
        elif shape == "says-reply":
            block = [f"{person} {SAYS[language]}", text, f"{reply} ↓"]
        elif shape == "votes":
            block = [person, f"• {ago}", text, f"▲ {rng.randint(1, 30)} ▼ • {reply}"]
        else:
            block = [person, text, f"{like} · {reply} · {rng.randint(1, 5)}y"]
        lines += [pad + x for x in block] + [""]
        gold.append((person, depth))
    return lines, gold


def mid_artefact(rng, language: str, title: str) -> Artefact:
    kind = rng.choice(["dump", "donation", "credit", "call", "legal", "debris", "repeat"])
    if kind == "dump":
        lines, titles = shapes.dump(rng, language)
        return Artefact("dump", language, lines, related=titles)
    if kind == "donation":
        return Artefact("donation", language, shapes.donation(rng, language))
    if kind == "credit":
        return Artefact("credit", language, shapes.credit(rng, language))
    if kind == "call":
        return Artefact("call-to-action", language, [rng.choice(shapes.CALLS[language])])
    if kind == "legal":
        return Artefact("legal", language, [rng.choice(shapes.LEGAL[language]).format(y=rng.randint(2019, 2025))])
    if kind == "debris":
        return Artefact("markdown-debris", language, [rng.choice(shapes.DEBRIS)])
    return Artefact("repeat", language, [title])


def compose(rng: random.Random) -> gen.Composed:
    """One wild document: the title (maybe printed twice), maybe a standalone dateline, the article
    (its first paragraph maybe opening with an agency dateline, one paragraph maybe carrying inline
    debris), look-alikes, artefacts between paragraphs and maybe a comment section."""
    lang = rng.choice(LANGS)
    title = TITLE[lang]
    article = rng.sample(ARTICLE[lang], rng.randint(3, 5))
    artefacts: list[Artefact] = []
    parts = [title, ""]
    if rng.random() < 0.3:
        artefacts.append(Artefact("repeat", lang, [title]))
        parts += [title, ""]
    middle: list = list(article)
    if rng.random() < 0.5:     # a wire dateline before the first paragraph, on its line or opening it
        line = shapes.dateline(rng, lang)
        if rng.random() < 0.5:
            artefacts.append(Artefact("dateline", lang, [line]))
            parts += [line, ""]
        else:
            artefacts.append(Artefact("dateline", lang, [f"{line} {article[0]}"]))
            middle[0] = [f"{line} {article[0]}"]
    if rng.random() < 0.3:     # inline debris: the paragraph must stay, without the debris
        k = rng.randrange(1, len(article))
        words = article[k].split(" ")
        cut = rng.randrange(3, len(words) - 3)
        dirty = rng.choice([article[k] + "<br />", " ".join(words[:cut]) + "&nbsp;" + " ".join(words[cut:]),
                            article[k] + "[^1]", article[k] + " <br>"])
        if "&nbsp;" in dirty:
            article[k] = " ".join(words)
        artefacts.append(Artefact("inline-debris", lang, [dirty]))
        middle[k] = [dirty]
    negatives = rng.sample(LOOKALIKES[lang], rng.randint(0, min(2, len(LOOKALIKES[lang]))))
    for n in negatives:
        middle.insert(rng.randint(1, len(middle)), n)
    for _ in range(rng.randint(2, 4)):
        a = mid_artefact(rng, lang, title)
        artefacts.append(a)
        middle.insert(rng.randint(1, len(middle)), a.lines)
    for item in middle:
        parts += ([item] if isinstance(item, str) else item) + [""]
    if rng.random() < 0.6:
        lines, gold = thread(rng, lang)
        artefacts.append(Artefact("comment-thread", lang, lines, comments=gold))
        parts += lines
    return gen.Composed("\n".join(parts) + "\n", lang, article, artefacts, negatives)


def main(argv: list[str]) -> None:
    from .generalisation_figures import main as print_figures, print_class_languages
    print_class_languages(print_figures(argv, compose), LANGS)


if __name__ == "__main__":
    main(sys.argv[1:])
