"""Widgets of the generalisation harness in other wordings: photo credits, enlarge prompts, donation
appeals and amount ladders.
"""
from __future__ import annotations

from .generalisation_shapes_bylines import AGENCIES, names


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
