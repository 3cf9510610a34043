"""Article text of the generalisation harness that looks like an artefact, in each language (a price
list, a plea, a call, a headline opening with "by", code samples): it must stay.
"""
from __future__ import annotations

from .generalisation_chrome import PROSE


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
