"""Dates of the generalisation harness in each language's own formats (weekday and month
abbreviations, numeric orders, 24-hour and 12-hour times, labels such as "Publié le"), date lines
and reading times. Every generator returns the lines and their gold.

The word data here is the harness's own, written apart from cleaners/lang on purpose: a shape
the language files miss is a finding, not a test to adjust.
"""
from __future__ import annotations

import datetime as dt


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


def add_wordings(table: dict[str, list[str]], extra: dict[str, list[str]]) -> None:
    """Wordings first measured as held out (docs/languages.md), then kept in the harness: each
    language's list of ``table`` gains the words of ``extra`` it does not hold yet."""
    for code, words in extra.items():
        table[code] = table[code] + [w for w in words if w not in table[code]]


add_wordings(LABELS, {"en": ["Last modified", "First published"], "de": ["Zuletzt aktualisiert", "Erstellt am"],
                      "fr": ["Modifié le", "Mis en ligne le"], "es": ["Última actualización", "Publicado:"],
                      "it": ["Ultimo aggiornamento", "Data"], "pt": ["Última atualização"],
                      "nl": ["Laatst bijgewerkt", "Geplaatst op"], "ru": ["Дата публикации", "Изменено"],
                      "pl": ["Data publikacji", "Zaktualizowano"]})
add_wordings(READING, {"en": ["Estimated reading time: {n} min"], "de": ["{n} Minuten Lesezeit"],
                       "fr": ["Lecture {n} min"], "es": ["{n} minutos de lectura"], "it": ["Lettura {n} min"],
                       "pt": ["{n} minutos de leitura"], "nl": ["{n} minuten leestijd"], "ru": ["{n} минут чтения"],
                       "pl": ["Czas czytania {n} minut"]})
