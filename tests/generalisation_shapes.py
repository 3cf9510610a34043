"""Shapes of the generalisation harness beyond the ones the cleaners were written for: dates
in each language's own formats (weekday and month abbreviations, numeric orders, 24-hour and
12-hour times, labels such as "Publié le"), reading times, bylines with several authors and an
agency, source lines, comment threads (header punctuation, dates, reply words and signs,
indentation by spaces or tabs, list markers of every kind, nested ordered lists) and dumps of
every grammar (``string(N)``, ``array(N)``, print_r, serialize, JSON with ``\\uXXXX`` escapes and
keys in any language). Every generator returns the lines and their gold.

The word data here is the harness's own, written apart from cleaners/lang on purpose: a shape
the language files miss is a finding, not a test to adjust.
"""
from __future__ import annotations

import datetime as dt
import json

from . import generalisation_exports as exports
from .generalisation_chrome import PROSE

MONTHS = {   # months 1, 3, 5, 12: (name as written in a date, abbreviation)
    "en": [("January", "Jan"), ("March", "Mar"), ("May", "May"), ("December", "Dec")],
    "de": [("Januar", "Jan."), ("März", "Mär."), ("Mai", "Mai"), ("Dezember", "Dez.")],
    "fr": [("janvier", "janv."), ("mars", "mars"), ("mai", "mai"), ("décembre", "déc.")],
    "es": [("enero", "ene."), ("marzo", "mar."), ("mayo", "may."), ("diciembre", "dic.")],
    "it": [("gennaio", "gen."), ("marzo", "mar."), ("maggio", "mag."), ("dicembre", "dic.")],
    "pt": [("janeiro", "jan."), ("março", "mar."), ("maio", "mai."), ("dezembro", "dez.")],
    "nl": [("januari", "jan."), ("maart", "mrt."), ("mei", "mei"), ("december", "dec.")],
    "ru": [("января", "янв."), ("марта", "мар."), ("мая", "мая"), ("декабря", "дек.")],
    "pl": [("stycznia", "sty."), ("marca", "mar."), ("maja", "maj."), ("grudnia", "gru.")],
}
MONTH_NUMBERS = (1, 3, 5, 12)
WEEKDAYS = {   # Monday first: (full, abbreviation)
    "en": ["Monday Mon", "Tuesday Tue", "Wednesday Wed", "Thursday Thu", "Friday Fri", "Saturday Sat", "Sunday Sun"],
    "de": ["Montag Mo.", "Dienstag Di.", "Mittwoch Mi.", "Donnerstag Do.", "Freitag Fr.", "Samstag Sa.", "Sonntag So."],
    "fr": ["lundi lun.", "mardi mar.", "mercredi mer.", "jeudi jeu.", "vendredi ven.", "samedi sam.", "dimanche dim."],
    "es": ["lunes lun.", "martes mar.", "miércoles mié.", "jueves jue.", "viernes vie.", "sábado sáb.", "domingo dom."],
    "it": ["lunedì lun", "martedì mar", "mercoledì mer", "giovedì gio", "venerdì ven", "sabato sab", "domenica dom"],
    "pt": ["segunda-feira seg.", "terça-feira ter.", "quarta-feira qua.", "quinta-feira qui.", "sexta-feira sex.",
           "sábado sáb.", "domingo dom."],
    "nl": ["maandag ma", "dinsdag di", "woensdag wo", "donderdag do", "vrijdag vr", "zaterdag za", "zondag zo"],
    "ru": ["понедельник пн", "вторник вт", "среда ср", "четверг чт", "пятница пт", "суббота сб", "воскресенье вс"],
    "pl": ["poniedziałek pon.", "wtorek wt.", "środa śr.", "czwartek czw.", "piątek pt.", "sobota sob.",
           "niedziela niedz."],
}
# {D} day, {DD} two-digit day, {M} month, {Ma} its abbreviation, {MM} month number, {Y} year,
# {W} weekday, {Wa} its abbreviation
DATE_FORMATS = {
    "en": ["{M} {D}, {Y}", "{D} {M} {Y}", "{Wa}, {Ma} {D}, {Y}", "{W}, {D} {M} {Y}", "{MM}/{DD}/{Y}", "{Y}-{MM}-{DD}"],
    "de": ["{D}. {M} {Y}", "{Wa}, {D}. {Ma} {Y}", "{W}, {D}. {M} {Y}", "{DD}.{MM}.{Y}"],
    "fr": ["{D} {M} {Y}", "{W} {D} {M} {Y}", "{Wa} {D} {Ma} {Y}", "{DD}/{MM}/{Y}"],
    "es": ["{D} de {M} de {Y}", "{W}, {D} de {M} de {Y}", "{D} {Ma} {Y}", "{DD}/{MM}/{Y}"],
    "it": ["{D} {M} {Y}", "{W} {D} {M} {Y}", "{D} {Ma} {Y}", "{DD}/{MM}/{Y}"],
    "pt": ["{D} de {M} de {Y}", "{W}, {D} de {M} de {Y}", "{D} {Ma} {Y}", "{DD}/{MM}/{Y}"],
    "nl": ["{D} {M} {Y}", "{W} {D} {M} {Y}", "{Wa} {D} {Ma} {Y}", "{DD}-{MM}-{Y}"],
    "ru": ["{D} {M} {Y}", "{D} {M} {Y} г.", "{Wa}, {D} {M} {Y}", "{DD}.{MM}.{Y}"],
    "pl": ["{D} {M} {Y}", "{D} {M} {Y} r.", "{W}, {D} {M} {Y}", "{DD}.{MM}.{Y}"],
}
TIME_FORMATS = {   # {H} 24-hour, {h} 12-hour, {mm} minutes, {p} am/pm
    "en": ["{H}:{mm}", "{h}:{mm} {p}", "{H}:{mm} GMT", "at {h}:{mm} {p}"],
    "de": ["{H}:{mm} Uhr", "um {H}.{mm} Uhr", "{H}:{mm}"],
    "fr": ["à {H}h{mm}", "{H}:{mm}", "{H} h {mm}"],
    "es": ["a las {H}:{mm}", "{H}:{mm} h", "{H}:{mm}"],
    "it": ["alle {H}:{mm}", "ore {H}.{mm}", "{H}:{mm}"],
    "pt": ["às {H}h{mm}", "{H}:{mm}"],
    "nl": ["om {H}:{mm} uur", "{H}.{mm} uur", "{H}:{mm}"],
    "ru": ["в {H}:{mm}", "{H}:{mm}"],
    "pl": ["o godz. {H}:{mm}", "godz. {H}:{mm}", "{H}:{mm}"],
}
TIME_JOINS = [" ", ", ", " | ", " - ", " \u00b7 ", " \u2013 ", " @ ", " / ", " \u2014 "]
LABELS = {
    "en": ["Published", "Updated", "Published on", "Last updated", "Posted"],
    "de": ["Veröffentlicht am", "Aktualisiert am", "Veröffentlicht", "Stand"],
    "fr": ["Publié le", "Mis à jour le", "Publié"],
    "es": ["Publicado el", "Actualizado el", "Publicado"],
    "it": ["Pubblicato il", "Aggiornato il", "Pubblicato"],
    "pt": ["Publicado em", "Atualizado em", "Publicado"],
    "nl": ["Gepubliceerd op", "Bijgewerkt op", "Gepubliceerd"],
    "ru": ["Опубликовано", "Обновлено"],
    "pl": ["Opublikowano", "Aktualizacja"],
}
READING = {
    "en": ["{n} min read", "{n} minute read", "Reading time: {n} minutes", "{n}-minute read"],
    "de": ["{n} Min. Lesezeit", "Lesezeit: {n} Minuten", "Lesedauer {n} Min.", "Lesezeit: ca. {n} Minuten"],
    "fr": ["{n} min de lecture", "Temps de lecture : {n} min", "Lecture : {n} min"],
    "es": ["{n} min de lectura", "Tiempo de lectura: {n} minutos", "Lectura: {n} min"],
    "it": ["{n} min di lettura", "Tempo di lettura: {n} minuti", "Lettura: {n} minuti"],
    "pt": ["{n} min de leitura", "Tempo de leitura: {n} min"],
    "nl": ["{n} min leestijd", "Leestijd: {n} minuten"],
    "ru": ["{n} мин чтения", "Время чтения: {n} мин."],
    "pl": ["{n} min czytania", "Czas czytania: {n} min"],
}
BY = {"en": ["By", "Written by", "BY"], "de": ["Von", "Text:", "Autor:"], "fr": ["Par", "Auteur :"],
      "es": ["Por", "Autor:"], "it": ["Di", "di", "A cura di"], "pt": ["Por", "Autor:"], "nl": ["Door", "Tekst:"],
      "ru": ["Автор:", "Текст:"], "pl": ["Autor:", "Tekst:"]}
ROLES = {"en": "Staff Writer", "de": "Korrespondentin", "fr": "envoyé spécial", "es": "Redacción", "it": "inviato",
         "pt": "Redação", "nl": "Correspondent", "ru": "корреспондент", "pl": "Redakcja"}
AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en", "ru": "и", "pl": "i"}
SOURCE = {"en": "Source", "de": "Quelle", "fr": "Source", "es": "Fuente", "it": "Fonte", "pt": "Fonte", "nl": "Bron",
          "ru": "Источник", "pl": "Źródło"}
NAMES = {"ru": ["Иван Петров", "Анна Смирнова", "Ольга Иванова", "Сергей Волков", "Дмитрий Орлов"]}
LATIN_NAMES = ["Anna Schmidt", "Jean Dupont", "María García", "Marco Rossi", "Ana Costa", "Jan de Vries",
               "Piotr Nowak", "Claire Martin", "Tom Baker", "Sofia Lopes", "Lena Vogel"]
AGENCIES = ["Reuters", "AFP", "dpa", "EFE", "ANSA", "Lusa", "ANP", "TASS", "PAP"]


def names(language: str) -> list[str]:
    return NAMES.get(language, LATIN_NAMES)


def date(rng, language: str, formats=None, times: bool | None = None) -> tuple[str, str]:
    """(a date as the language writes it, maybe with a time; its ISO form)."""
    k = rng.randrange(4)
    when = dt.date(rng.randint(2012, 2024), MONTH_NUMBERS[k], rng.randint(1, 28))
    full, abbr = MONTHS[language][k]
    weekday, weekday_abbr = WEEKDAYS[language][when.weekday()].rsplit(" ", 1)
    text = rng.choice(formats or DATE_FORMATS[language]).format(
        D=when.day, DD=f"{when.day:02d}", M=full, Ma=abbr, MM=f"{when.month:02d}", Y=when.year, W=weekday,
        Wa=weekday_abbr)
    if language == "en" and "/" in text and when.day <= 12:
        text = text.replace(f"{when.month:02d}/{when.day:02d}", f"{when.month}/{when.day}")
    iso = when.isoformat()
    if times if times is not None else rng.random() < 0.5:
        hour, minute = rng.randint(0, 23), rng.randint(0, 59)
        clock = rng.choice(TIME_FORMATS[language]).format(H=hour, h=(hour % 12) or 12, mm=f"{minute:02d}",
                                                          p="pm" if hour >= 12 else "am")
        text += rng.choice(TIME_JOINS if clock[:1].isdigit() else [" ", ", "]) + clock
        iso += f"T{hour:02d}:{minute:02d}:00"
    return text, iso


UPDATED = {"en": "updated", "de": "aktualisiert am", "fr": "mis à jour le", "es": "actualizado el", "it": "aggiornato il",
           "pt": "atualizado em", "nl": "bijgewerkt op", "ru": "обновлено", "pl": "aktualizacja"}


def date_line(rng, language: str) -> tuple[list[str], str]:
    text, iso = date(rng, language)
    shape = rng.choice(["bare", "label", "label-colon", "reading", "updated"])
    if shape == "updated":       # published, then updated: the first date is the story's
        later, _ = date(rng, language)
        text = f"{LABELS[language][0]} {text}, {UPDATED[language]} {later}"
    elif shape == "label":
        text = f"{rng.choice(LABELS[language])} {text}"
    elif shape == "label-colon":
        text = f"{rng.choice(LABELS[language])}: {text}"
    elif shape == "reading":
        text += rng.choice([" \u00b7 ", " | ", " \u2022 "]) + reading(rng, language)
    return [text], iso


def reading(rng, language: str) -> str:
    return rng.choice(READING[language]).format(n=rng.randint(2, 15))


def byline(rng, language: str) -> tuple[list[str], str]:
    """(the byline, the author as metadata should hold it: names only, never the agency)."""
    by = rng.choice(BY[language])
    first, second = rng.sample(names(language), 2)
    agency = rng.choice(AGENCIES)
    shape = rng.choice(["one", "two", "two-agency", "one-agency", "one-bar", "three", "role"])
    author = f"{first} {AND[language]} {second}" if shape.startswith("two") else first
    if shape == "three":
        third = next(n for n in names(language) if n not in (first, second))
        author = f"{first}, {second} {AND[language]} {third}"
    tail = {"two-agency": f", {agency}", "one-agency": f", {agency}", "one-bar": f" | {agency}",
            "role": rng.choice([", ", " \u2013 ", " | "]) + ROLES[language]}.get(shape, "")
    return [f"{by} {author}{tail}"], author


def source_line(rng, language: str) -> list[str]:
    label = SOURCE[language]
    first, second = rng.sample(AGENCIES, 2)
    colon = " : " if language == "fr" else ": "
    return [rng.choice([f"{label}{colon}{first}", f"({label}{colon}{first})", f"{label}{colon}{first}/{second}",
                        f"{label}{colon}{first}, {second}"])]


# -- comment threads ----------------------------------------------------------------------------
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


# -- dumps ---------------------------------------------------------------------------------------
TITLE_KEYS = {"en": ["title", "headline", "name"], "de": ["titel", "überschrift"], "fr": ["titre"],
              "es": ["titulo", "título"], "it": ["titolo"], "pt": ["título", "manchete"], "nl": ["titel", "kop"],
              "ru": ["заголовок"], "pl": ["tytuł"]}


def _stories(rng, language: str) -> list[dict]:
    titles = rng.sample(exports.STORIES[language], rng.randint(2, 3))
    key = rng.choice(TITLE_KEYS[language] + ["label_text"])   # a key nobody names: the longest headline field
    return [{"id": i + 1, key: t, "url": f"/{language}/a/{i + 1}", "views": 100 * (i + 1)} for i, t in enumerate(titles)]


def _var_dump(value, pad: str = "", objects: bool = False) -> list[str]:
    if isinstance(value, dict) or isinstance(value, list):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        opener = f"object(stdClass)#{len(pad) + 1} ({len(value)})" if objects and isinstance(value, dict) \
            else f"array({len(value)})"
        out = [f"{pad}{opener} {{"]
        for key, item in items:
            out.append(f'{pad}  ["{key}"]=>' if isinstance(key, str) else f"{pad}  [{key}]=>")
            out += _var_dump(item, pad + "  ", objects)
        return out + [pad + "}"]
    if isinstance(value, int):
        return [f"{pad}int({value})"]
    return [f'{pad}string({len(value.encode())}) "{value}"']


def _print_r(value, pad: str = "", objects: bool = False) -> list[str]:
    out = ["stdClass Object" if objects and isinstance(value, dict) else "Array", pad + "("]
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if isinstance(item, (dict, list)):
            nested = _print_r(item, pad + "        ", objects)
            out.append(f"{pad}    [{key}] => {nested[0]}")
            out += nested[1:] + [""]
        else:
            out.append(f"{pad}    [{key}] => {item}")
    return out + [pad + ")"]


def _serialize(value) -> str:
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        return f"a:{len(value)}:{{" + "".join(_serialize(k) + _serialize(v) for k, v in items) + "}"
    if isinstance(value, int):
        return f"i:{value};"
    return f's:{len(value.encode())}:"{value}";'


def dump(rng, language: str) -> tuple[list[str], list[str]]:
    """(lines, story titles) of a dump of the related stories in one grammar."""
    stories = _stories(rng, language)
    titles = [next(v for k, v in s.items() if k not in ("id", "url", "views")) for s in stories]
    grammar = rng.choice(["string-json", "bare-json", "json-object", "json-nested", "json-pretty", "var_dump",
                          "print_r", "serialize"])
    if grammar.startswith(("string-json", "bare-json", "json")):
        payload = {"status": "ok", "items": stories} if grammar == "json-object" else \
            {"data": {"total": len(stories), "results": stories}} if grammar == "json-nested" else stories
        ascii_only = rng.random() < 0.5
        if grammar == "json-pretty":
            return json.dumps(payload, ensure_ascii=ascii_only, indent=rng.choice([2, 4])).split("\n"), titles
        text = json.dumps(payload, ensure_ascii=ascii_only)
        if grammar == "string-json":
            return [f'string({len(text.encode())}) "{text}"'], titles
        return [text], titles
    objects = rng.random() < 0.5     # records printed as stdClass objects
    if grammar == "var_dump":
        return _var_dump(stories, objects=objects), titles
    if grammar == "print_r":
        return _print_r(stories, objects=objects), titles
    return [_serialize(stories)], titles


# -- article text that looks like an artefact, in each language: it must stay --------------------
NNBSP = "\u202f"
NEGATIVES = {
    "en": ["The gallery raised $12,500 for the first lot, $30,000 for the second and $75,000 for the painting.",
           "Join us, the organisers wrote in a letter to every school in the district, and help plant a tree."],
    "de": [f"Bei der Auktion ging das erste Los für 5{NNBSP}000 €, das zweite für 12{NNBSP}500 € und das Gemälde für "
           f"30{NNBSP}000 € an einen Sammler aus Wien.",
           "„Bitte helfen Sie uns, unsere Tochter zu finden“, sagte ihre Mutter am Montag vor Journalisten.",
           "Was meinen Sie, fragte der Bürgermeister die Anwohner, die sich am Sonntag vor dem Rathaus versammelt hatten."],
    "fr": [f"Lors de la vente aux enchères, le premier lot est parti à 5{NNBSP}000 €, le deuxième à 12{NNBSP}500 € et le "
           f"tableau à 30{NNBSP}000 €.",
           "« Aidez-nous à retrouver notre fille », a déclaré sa mère lundi aux journalistes devant la mairie.",
           "Rejoignez-nous, a lancé le maire à la foule rassemblée dimanche devant l'hôtel de ville."],
    "es": ["En la subasta, el primer lote se vendió por 5.000 €, el segundo por 12.500 € y el cuadro por 30.000 €.",
           "«Ayúdennos a encontrar a nuestra hija», dijo su madre el lunes a los periodistas frente al ayuntamiento.",
           "Apoya a tu equipo, gritaba la afición a las puertas del estadio antes del partido del domingo."],
    "it": ["All'asta il primo lotto è stato venduto per 5.000 €, il secondo per 12.500 € e il quadro per 30.000 €.",
           "«Aiutateci a ritrovare nostra figlia», ha detto la madre lunedì ai giornalisti davanti al municipio."],
    "pt": [f"No leilão, o primeiro lote foi vendido por 5{NNBSP}000 €, o segundo por 12{NNBSP}500 € e o quadro por "
           f"30{NNBSP}000 €.",
           "«Ajudem-nos a encontrar a nossa filha», disse a mãe na segunda-feira aos jornalistas."],
    "nl": ["Op de veiling ging het eerste kavel voor € 5.000 weg, het tweede voor € 12.500 en het schilderij voor € 30.000.",
           "„Help ons onze dochter te vinden”, zei haar moeder maandag tegen verslaggevers bij het stadhuis."],
    "ru": [f"На аукционе первый лот ушёл за 5{NNBSP}000 ₽, второй за 12{NNBSP}500 ₽, а картина за 30{NNBSP}000 ₽.",
           "«Помогите нам найти нашу дочь», — сказала её мать журналистам в понедельник.",
           "Поддержите нас, кричали болельщики у ворот стадиона перед воскресным матчем."],
    "pl": [f"Na aukcji pierwszy obraz sprzedano za 5{NNBSP}000 zł, drugi za 12{NNBSP}500 zł, a rzeźbę za 30{NNBSP}000 zł.",
           "„Pomóżcie nam odnaleźć naszą córkę” – powiedziała w poniedziałek jej matka dziennikarzom."],
}
# a story about var_dump with its code samples: a fenced sample and an inline mention stay
CODE_SAMPLE = ["Calling var_dump on the string \"Hello\" prints string(5) \"Hello\": the type, the length in bytes "
               "and the value itself.",
               "```php\nvar_dump($title);\n// string(5) \"Hello\"\nprint_r(array(1, 2));\n```"]


# subheadings that open with the language's word for "by" (sentence case, as these languages write headlines)
BY_HEADLINES = {"en": "By Train To Paris", "de": "Von Berlin bis an die Ostsee", "fr": "Par temps de pluie à Lyon",
                "es": "Por Madrid sin coche", "it": "Di notte sul lago di Como", "pt": "Por Lisboa a pé",
                "nl": "Door Amsterdam op de fiets", "ru": "Автор идеи остался в тени", "pl": "Autor listu pozostał anonimowy"}
for _code, _line in BY_HEADLINES.items():
    NEGATIVES[_code].append(_line)
for _code, _lines in PROSE.items():     # sentences that open with a chrome line's words
    NEGATIVES[_code].extend(_lines)


def negatives(rng, language: str) -> list[str]:
    """One or two article paragraphs of ``language`` that look like artefacts (a price list, a plea, a call)."""
    return rng.sample(NEGATIVES[language], min(len(NEGATIVES[language]), rng.randint(1, 2)))


# -- widgets in other wordings: credits, prompts, appeals, calls ----------------------------------
CREDIT = {"en": ["Photo", "Image", "Photograph", "Picture"], "de": ["Foto", "Bild", "Fotos"],
          "fr": ["Photo", "Crédit photo", "Image"], "es": ["Foto", "Imagen", "Fotografía"],
          "it": ["Foto", "Immagine"], "pt": ["Foto", "Imagem", "Fotografia"], "nl": ["Foto", "Beeld"],
          "ru": ["Фото", "Фотография"], "pl": ["Fot.", "Zdjęcie", "Foto"]}
ENLARGE = {"en": ["Click to enlarge", "Tap to enlarge", "Click image to enlarge"],
           "de": ["Zum Vergrößern klicken", "Bild vergrößern", "Klicken zum Vergrößern"],
           "fr": ["Cliquez pour agrandir", "Agrandir l'image", "Cliquer pour agrandir"],
           "es": ["Haga clic para ampliar", "Ampliar imagen", "Pulse para ampliar"],
           "it": ["Clicca per ingrandire", "Ingrandisci immagine"],
           "pt": ["Clique para ampliar", "Ampliar imagem"],
           "nl": ["Klik om te vergroten", "Afbeelding vergroten"],
           "ru": ["Нажмите, чтобы увеличить", "Увеличить фото"],
           "pl": ["Kliknij, aby powiększyć", "Powiększ zdjęcie"]}
APPEALS = {"en": ["Support our journalism today!", "Please consider supporting our work.", "Donate now",
                  "Your donation keeps us independent."],
           "de": ["Unterstützen Sie unsere Arbeit!", "Jetzt spenden", "Unterstützen Sie unabhängigen Journalismus."],
           "fr": ["Soutenez notre travail : faites un don !", "Faire un don", "Soutenez-nous !"],
           "es": ["Apoya nuestro trabajo con tu donación.", "Dona ahora", "Apóyanos."],
           "it": ["Sostieni il nostro lavoro!", "Dona ora", "Sostienici con una donazione."],
           "pt": ["Apoie o nosso trabalho: faça uma doação.", "Doe agora", "Apoie-nos."],
           "nl": ["Steun onze journalistiek!", "Doneer nu", "Steun ons met een donatie."],
           "ru": ["Поддержите нас!", "Пожертвовать", "Поддержите независимую журналистику."],
           "pl": ["Wesprzyj nas!", "Wesprzyj", "Wesprzyj niezależne dziennikarstwo."]}
CURRENCIES = {"en": ["$", "£"], "de": ["€"], "fr": ["€"], "es": ["€"], "it": ["€"], "pt": ["€", "R$"], "nl": ["€"],
              "ru": ["₽", "руб."], "pl": ["zł"]}


def credit(rng, language: str) -> list[str]:
    label = rng.choice(CREDIT[language])
    person, agency = rng.choice(names(language)), rng.choice(AGENCIES)
    colon = " : " if language == "fr" else ": "
    return [rng.choice([f"{label}{colon}{person}/{agency}", f"{label}{colon}{agency}", f"{label}{colon}{person}",
                        f"({label}{colon}{agency})"])]


def enlarge(rng, language: str) -> list[str]:
    return [rng.choice(ENLARGE[language])]


def appeal(rng, language: str) -> list[str]:
    return [rng.choice(APPEALS[language])]


def ladder(rng, language: str) -> list[str]:
    """Amounts of a donation widget: one a line, or in one line, with narrow no-break spaces in thousands."""
    sym = rng.choice(CURRENCIES[language])
    amounts = [5, 1000 * rng.randint(1, 9), 2500, 10000][:rng.randint(3, 4)]
    thousands = "," if sym in ("$", "£") else rng.choice(["\u202f", ".", "\u00a0"])
    written = [f"{a:,}".replace(",", thousands) for a in amounts]
    items = [f"{sym}{w}" if sym in ("$", "£") else f"{sym} {w}" if sym == "R$" else f"{w} {sym}" for w in written]
    if rng.random() < 0.3:
        return [rng.choice([" \u00b7 ", " | ", " / "]).join(items)]
    return items


# wordings first measured as held out (docs/languages.md), then kept in the harness
for _table, _extra in (
        (LABELS, {"en": ["Last modified", "First published"], "de": ["Zuletzt aktualisiert", "Erstellt am"],
                  "fr": ["Modifié le", "Mis en ligne le"], "es": ["Última actualización", "Publicado:"],
                  "it": ["Ultimo aggiornamento", "Data"], "pt": ["Última atualização"],
                  "nl": ["Laatst bijgewerkt", "Geplaatst op"], "ru": ["Дата публикации", "Изменено"],
                  "pl": ["Data publikacji", "Zaktualizowano"]}),
        (READING, {"en": ["Estimated reading time: {n} min"], "de": ["{n} Minuten Lesezeit"], "fr": ["Lecture {n} min"],
                   "es": ["{n} minutos de lectura"], "it": ["Lettura {n} min"], "pt": ["{n} minutos de leitura"],
                   "nl": ["{n} minuten leestijd"], "ru": ["{n} минут чтения"], "pl": ["Czas czytania {n} minut"]}),
        (BY, {"en": ["Story by", "Reporting by"], "de": ["Ein Beitrag von", "Geschrieben von"],
              "fr": ["Propos recueillis par", "Écrit par"], "es": ["Escrito por", "Texto:"], "it": ["Scritto da"],
              "pt": ["Escrito por", "Texto:"], "nl": ["Geschreven door"], "ru": ["Авторы:"], "pl": ["Autorka:"]}),
        (WROTE, {"en": ["replied", "posted"], "de": ["antwortete", "kommentierte"], "fr": ["a répondu"],
                 "es": ["respondió", "comentó"], "it": ["ha risposto"], "pt": ["respondeu", "comentou"],
                 "nl": ["reageerde"], "ru": ["ответил"], "pl": ["odpowiedział"]})):
    for _code, _words in _extra.items():
        _table[_code] = _table[_code] + [w for w in _words if w not in _table[_code]]
