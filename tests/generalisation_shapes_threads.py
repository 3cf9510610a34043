"""Comment threads of the generalisation harness: header punctuation, dates, reply words and signs,
indentation by spaces or tabs, list markers of every kind, nested ordered lists. The word data
is the harness's own.
"""
from __future__ import annotations

from .generalisation_shapes_bylines import names
from .generalisation_shapes_dates import add_wordings, date


WROTE = {"en": ["wrote", "said", "commented"], "de": ["schrieb", "meinte"], "fr": ["a écrit"], "es": ["escribió", "dijo"],
         "it": ["ha scritto", "scrive"], "pt": ["escreveu", "disse"], "nl": ["schreef", "zei"],
         "ru": ["написал", "пишет"], "pl": ["napisał", "pisze"]}
ON = {"en": "on", "de": "am", "fr": "le", "es": "el", "it": "il", "pt": "em", "nl": "op", "ru": "", "pl": "dnia"}
REPLY_TO = {"en": "Reply to", "de": "Antwort an", "fr": "Réponse à", "es": "Respuesta a", "it": "Risposta a",
            "pt": "Resposta a", "nl": "Antwoord aan", "ru": "Ответ на комментарий", "pl": "Odpowiedź do"}
COMMENTS = {"en": "Comments", "de": "Kommentare", "fr": "Commentaires", "es": "Comentarios", "it": "Commenti",
            "pt": "Comentários", "nl": "Reacties", "ru": "Комментарии", "pl": "Komentarze"}
TEXTS = {
    "en": ["I read the report too and I think the numbers are right.", "This is exactly what I expected.",
           "Thanks for writing this up.", "Not sure I agree with the conclusion here."],
    "de": ["Ich habe den Bericht auch gelesen und finde die Zahlen richtig.", "Genau das habe ich erwartet.",
           "Danke für den guten Artikel.", "Da bin ich mir nicht so sicher."],
    "fr": ["J'ai lu le rapport aussi et les chiffres me semblent justes.", "C'est exactement ce que j'attendais.",
           "Merci pour cet article.", "Je ne suis pas sûr d'être d'accord."],
    "es": ["Yo también leí el informe y creo que las cifras son correctas.", "Es justo lo que esperaba.",
           "Gracias por el artículo.", "No estoy seguro de estar de acuerdo."],
    "it": ["Ho letto anche io il rapporto e i numeri mi sembrano giusti.", "È proprio quello che mi aspettavo.",
           "Grazie per l'articolo.", "Non sono sicuro di essere d'accordo."],
    "pt": ["Também li o relatório e acho que os números estão certos.", "É exatamente o que eu esperava.",
           "Obrigado pelo artigo.", "Não tenho a certeza de que concordo."],
    "nl": ["Ik heb het rapport ook gelezen en de cijfers kloppen.", "Dit is precies wat ik verwachtte.",
           "Bedankt voor het artikel.", "Ik weet niet of ik het daarmee eens ben."],
    "ru": ["Я тоже читал этот отчёт, и цифры кажутся верными.", "Именно этого я и ожидал.",
           "Спасибо за статью.", "Не уверен, что согласен с выводом."],
    "pl": ["Też czytałem ten raport i liczby wydają się poprawne.", "Dokładnie tego się spodziewałem.",
           "Dzięki za artykuł.", "Nie jestem pewien, czy się zgadzam."],
}
BULLETS = ["\u2022", "-", "*", "\u25e6", "\u25aa", "+", "\u203a", "\u2192", "\u25c6"]
INDENTS = ["  ", "    ", "\t", "   ", "\t\t"]


HEADERS = ["wrote-on", "wrote-colon", "dash", "bar", "parens", "comma", "middot", "em-dash", "said-dots", "relative",
           "wrote-date-time", "date-below"]
AGO = {   # a relative time as each language writes it: {n} hours
    "en": "{n} hours ago", "de": "vor {n} Stunden", "fr": "il y a {n} heures", "es": "hace {n} horas",
    "it": "{n} ore fa", "pt": "há {n} horas", "nl": "{n} uur geleden", "ru": "{n} часа назад", "pl": "{n} godziny temu",
}


def _header(rng, language: str, name: str, shape: str) -> tuple[str, str | None]:
    """A comment's header line of one of the shapes (a thread's heads share theirs, as one
    site's template prints them); (line, its ISO date or None)."""
    if shape == "wrote-colon":
        return f"{name} {rng.choice(WROTE[language])}:", None
    if shape == "said-dots":
        return f"{name} {rng.choice(WROTE[language])}...", None
    if shape == "relative":
        separator = rng.choice(["\u00b7", "|", "-"])
        return f"{name} {separator} " + AGO[language].format(n=rng.randint(2, 4)), None
    when, iso = date(rng, language, times=shape == "wrote-date-time" or None)
    if shape == "date-below":      # "Ann says:" with the date on the line below (two lines)
        return f"{name} {rng.choice(WROTE[language])}:\n{when}", iso
    if shape in ("wrote-on", "wrote-date-time"):
        on = f" {ON[language]}" if ON[language] else ""
        return f"{name} {rng.choice(WROTE[language])}{on} {when}:", iso
    return {"dash": f"{name} \u2013 {when}", "bar": f"{name} | {when}", "parens": f"{name} ({when})",
            "comma": f"{name}, {when}:", "middot": f"{name} \u00b7 {when}", "em-dash": f"{name} \u2014 {when}"}[shape], iso


REPLY_CONTROL = {"en": "Reply", "de": "Antworten", "fr": "Répondre", "es": "Responder", "it": "Rispondi",
                 "pt": "Responder", "nl": "Reageren", "ru": "Ответить", "pl": "Odpowiedz"}
MORE = {   # a comment's second paragraph
    "en": "The second point matters more, in my view.", "de": "Der zweite Punkt ist mir wichtiger.",
    "fr": "Le deuxième point me semble plus important.", "es": "El segundo punto me parece más importante.",
    "it": "Il secondo punto mi sembra più importante.", "pt": "O segundo ponto parece-me mais importante.",
    "nl": "Het tweede punt vind ik belangrijker.", "ru": "Второй пункт мне кажется важнее.",
    "pl": "Drugi punkt wydaje mi się ważniejszy."}


def thread(rng, language: str) -> tuple[list[str], list[tuple[str | None, int]], list[str | None]]:
    """(lines, [(author, depth)]) of a thread of three or four comments in one of the shapes,
    maybe under a heading ("Kommentare (3)"), its comments maybe of two paragraphs and
    followed by a reply control."""
    dates: list[str | None] = []
    lines, gold = _thread(rng, language, dates)
    dates += [None] * (len(gold) - len(dates))
    if rng.random() < 0.4:
        heading = COMMENTS[language]
        lines = [rng.choice([heading, f"{heading} ({len(gold)})", f"{len(gold)} {heading}", f"## {heading}"]), ""] + lines
    return lines, gold, dates


def _comment(rng, language: str, head: str, text: str, pad: str = "") -> list[str]:
    out = [pad + line for line in head.split("\n")] + [pad + text]
    if rng.random() < 0.3:
        out += ["", pad + MORE[language]]
    if rng.random() < 0.3:
        out += [pad + REPLY_CONTROL[language]]
    return out + [""]


def _thread(rng, language: str, dates: list) -> tuple[list[str], list[tuple[str | None, int]]]:
    """(lines, gold) of the comments; the date of each comment's header (or None) is added to ``dates``."""
    people = rng.sample(names(language) + ["grumpy_carpenter", "reader42", "nordlicht"], 4)
    texts = TEXTS[language]
    shape = rng.choice(["bullets", "indent", "ordered-dotted", "ordered-nested", "headers", "headers-indent",
                        "reply-word", "reply-sign"])
    step = rng.choice(INDENTS)
    header = rng.choice(HEADERS)
    if shape == "bullets":
        bullet = rng.choice(BULLETS)
        lead = rng.choice(["", "  "])
        depths = [0, 1, 0, 1]
        lines = []
        for person, depth, text in zip(people, depths, texts):
            pad = lead + step * depth
            lines += [f"{pad}{bullet} {person}", f"{pad}{step}{text}"]
        return lines, list(zip(people, depths))
    if shape == "indent":
        depths = [0, 1, 2, 0]
        lines = []
        for person, depth, text in zip(people, depths, texts):
            lines += [step * depth + person, step * (depth + 1) + text]
        return lines, list(zip(people, depths))
    if shape in ("ordered-dotted", "ordered-nested"):
        close = rng.choice([".", ")"])
        numbers = ["1", "1.1", "1.2", "2"] if shape == "ordered-dotted" else ["1", "1", "2", "2"]
        depths = [0, 1, 1, 0]
        lines = []
        for person, number, depth, text in zip(people, numbers, depths, texts):
            pad = "   " * depth if shape == "ordered-nested" else ""
            marker = f"{number}{close}"
            lines += [f"{pad}{marker} {person}", pad + " " * (len(marker) + 1) + text]
        return lines, list(zip(people, depths))
    if shape == "headers-indent":     # header lines, replies indented with their text
        depths = [0, 1, 0]
        lines = []
        for person, depth, text in zip(people, depths, texts):
            head, iso = _header(rng, language, person, header)
            dates.append(iso)
            lines += _comment(rng, language, head, text, step * depth)
        return lines, list(zip(people, depths))
    lines, gold = [], []
    for n, (person, text) in enumerate(zip(people[:3], texts)):
        if n == 2 and shape == "reply-word":
            lines += _comment(rng, language, f"{REPLY_TO[language]} {people[1]}:", text)
            gold.append((None, 1))
            dates.append(None)
        elif n == 2 and shape == "reply-sign":
            lines += _comment(rng, language, rng.choice(["\u21b3", ">"]) + f" {person}", text)
            gold.append((person, 1))
            dates.append(None)
        else:
            head, iso = _header(rng, language, person, header)
            lines += _comment(rng, language, head, text)
            gold.append((person, 0))
            dates.append(iso)
    return lines, gold


add_wordings(WROTE, {"en": ["replied", "posted"], "de": ["antwortete", "kommentierte"], "fr": ["a répondu"],
                     "es": ["respondió", "comentó"], "it": ["ha risposto"], "pt": ["respondeu", "comentou"],
                     "nl": ["reageerde"], "ru": ["ответил"], "pl": ["odpowiedział"]})
