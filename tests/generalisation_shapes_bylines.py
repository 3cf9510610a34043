"""Bylines of the generalisation harness (several authors, roles, an agency) and source lines, with
the names and agencies the other shapes sign with. The word data is the harness's own.
"""
from __future__ import annotations

from .generalisation_shapes_dates import add_wordings


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


add_wordings(BY, {"en": ["Story by", "Reporting by"], "de": ["Ein Beitrag von", "Geschrieben von"],
                  "fr": ["Propos recueillis par", "Écrit par"], "es": ["Escrito por", "Texto:"], "it": ["Scritto da"],
                  "pt": ["Escrito por", "Texto:"], "nl": ["Geschreven door"], "ru": ["Авторы:"], "pl": ["Autorka:"]})
