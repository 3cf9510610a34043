"""Artefact shapes of the wild text harness (`tests.generalisation_wild`), written apart from the
first harness and from cleaners/lang: PHP dumps in layouts the first harness does not print
(nested ``object(stdClass)#12 (3)``, var_export, serialized objects, truncated strings, JSON with
``\\u00e9`` escapes and HTML inside), related-story JSON under other keys, membership appeals,
comment sections of other sites' layouts, credits and datelines of other agencies, calls to
action, legal and AI-use notices, and markdown debris. Each function returns lines and gold.
"""
from __future__ import annotations

import json

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl")
HEADLINES = {
    "en": ["Ferry service resumes after storm", "Schools to stay open in July", "Hospital opens new cancer wing"],
    "de": ["Fähre fährt nach dem Sturm wieder", "Neues Hallenbad eröffnet im Mai", "Klinik baut neue Station"],
    "fr": ["Le ferry reprend du service", "Le nouveau collège ouvrira en septembre", "L'hôpital agrandit ses urgences"],
    "es": ["Vuelve el servicio de ferry", "La piscina municipal abrirá en junio", "El hospital estrena nueva planta"],
    "it": ["Riprende il servizio dei traghetti", "Nuova piscina aperta a giugno", "L'ospedale apre un nuovo reparto"],
    "pt": ["O ferry volta a funcionar", "Nova piscina abre em junho", "Hospital inaugura nova ala"],
    "nl": ["Veerdienst vaart weer na storm", "Nieuw zwembad opent in juni", "Ziekenhuis opent nieuwe vleugel"],
    "ru": ["Паром снова ходит после шторма", "Новый бассейн откроют в июне", "В больнице открыли новое отделение"],
    "pl": ["Prom znów kursuje po sztormie", "Nowy basen otwarty w czerwcu", "Szpital otwiera nowy oddział"],
}


def _php_string(text: str) -> str:
    return f'string({len(text.encode())}) "{text}"'


def _var_dump_objects(stories: list[dict], start: int) -> list[str]:
    out = [f"array({len(stories)}) {{"]
    for i, story in enumerate(stories):
        out += [f"  [{i}]=>", f"  object(stdClass)#{start + i} ({len(story)}) {{"]
        for key, value in story.items():
            out += [f'    ["{key}"]=>', "    " + (f"int({value})" if isinstance(value, int) else _php_string(value))]
        out.append("  }")
    return out + ["}"]


def _var_export(stories: list[dict]) -> list[str]:
    out = ["array ("]
    for i, story in enumerate(stories):
        out += [f"  {i} => ", "  array ("]
        out += [f"    '{k}' => " + (f"{v}," if isinstance(v, int) else "'" + v.replace("'", "\\'") + "',")
                for k, v in story.items()]
        out.append("  ),")
    return out + [")"]


def _serialize_objects(stories: list[dict]) -> str:
    def value(v):
        return f"i:{v};" if isinstance(v, int) else f's:{len(v.encode())}:"{v}";'
    body = "".join(f"i:{i};O:8:\"stdClass\":{len(s)}:{{" + "".join(value(k) + value(v) for k, v in s.items()) + "}"
                   for i, s in enumerate(stories))
    return f"a:{len(stories)}:{{{body}}}"


def dump(rng, language: str) -> tuple[list[str], list[str]]:
    """(lines, titles that must reach metadata.related) of a dump in one of the wild layouts."""
    titles = rng.sample(HEADLINES[language], rng.randint(2, 3))
    key = rng.choice(["title", "post_title", "headline", "heading", "name"])
    stories = [{"nid": 4100 + i, key: t, "path": f"/node/{4100 + i}", "thumb": f"/files/{i}_4x3.jpg"}
               for i, t in enumerate(titles)]
    shape = rng.choice(["objects", "var_export", "serialize", "truncated", "unicode", "html", "print_r"])
    if shape == "objects":
        return _var_dump_objects(stories, rng.randint(3, 40)), titles
    if shape == "var_export":
        return _var_export(stories), titles
    if shape == "serialize":
        return [_serialize_objects(stories)], titles
    if shape == "print_r":
        out = ["Array", "("]
        for i, s in enumerate(stories):
            out += [f"    [{i}] => stdClass Object", "        ("]
            out += [f"            [{k}] => {v}" for k, v in s.items()] + ["        )", ""]
        return out + [")"], titles
    if shape == "html":       # a teaser's HTML inside the JSON, the title plain
        for s in stories:
            s["excerpt"] = f"<p>{s[key]} &mdash; <a href=\\\"{s['path']}\\\">more</a></p>"
        text = json.dumps({"related": stories}, ensure_ascii=False).replace("\\\\\\\"", '\\"')
        return [text], titles
    text = json.dumps(stories, ensure_ascii=shape == "unicode")
    if shape == "truncated":      # a dump cut at a length limit: the last story is not whole
        cut = text[:len(text) - rng.randint(15, 30)]
        return [f'string({len(text.encode())}) "{cut}'], titles[:-1]
    return [_php_string(text)], titles


APPEALS = {
    "en": ["Become a member from £5 a month and help keep our reporting free for everyone.",
           "Buy us a coffee ☕", "Support us on Patreon", "Every contribution, however big or small, makes a difference."],
    "de": ["Werden Sie Mitglied – schon ab 5 Euro im Monat.", "Jetzt Fördermitglied werden",
           "Unterstützen Sie uns mit einem freiwilligen Beitrag."],
    "fr": ["Devenez membre dès 5 € par mois.", "Soutenez une rédaction indépendante : faites un don déductible.",
           "Chaque contribution compte."],
    "es": ["Hazte socio desde 5 euros al mes.", "Colabora con nuestro periodismo independiente.", "Cada aportación cuenta."],
    "it": ["Diventa socio da 5 euro al mese.", "Sostieni il giornalismo indipendente con un contributo.",
           "Ogni contributo conta."],
    "pt": ["Torne-se membro a partir de 5 euros por mês.", "Contribua para o jornalismo independente.",
           "Cada contribuição conta."],
    "nl": ["Word lid vanaf 5 euro per maand.", "Steun onafhankelijke journalistiek met een bijdrage.",
           "Elke bijdrage telt."],
    "ru": ["Станьте участником клуба читателей всего за 300 рублей в месяц.", "Поддержать редакцию",
           "Каждый взнос важен для нас."],
    "pl": ["Zostań patronem już od 10 zł miesięcznie.", "Wesprzyj niezależne media dowolną kwotą.",
           "Każda wpłata się liczy."],
}
AMOUNT = {"en": ["£5", "£10", "£25"], "ru": ["300 ₽", "500 ₽", "1000 ₽"], "pl": ["10 zł", "25 zł", "50 zł"]}
OTHER = {"en": "Other amount", "de": "Anderer Betrag", "fr": "Autre montant", "es": "Otra cantidad",
         "it": "Altro importo", "pt": "Outro valor", "nl": "Ander bedrag", "ru": "Другая сумма", "pl": "Inna kwota"}


def donation(rng, language: str) -> list[str]:
    if rng.random() < 0.6:
        return [rng.choice(APPEALS[language])]
    amounts = AMOUNT.get(language, ["5 €", "10 €", "25 €"])
    return [rng.choice(APPEALS[language])] + amounts + [OTHER[language]]


CREDITS = {
    "en": ["(Photo: {a})", "© {a} / {n}", "Photo by {n} on Unsplash", "Image credit: {n}/{a}", "{n}/Getty Images"],
    "de": ["(Foto: {a})", "Foto: picture alliance / {a} | {n}", "Bild: {n}/{a}", "© {a}"],
    "fr": ["Crédit photo : {n}/{a}", "(Photo {a})", "© {n} / {a}", "Photo d'illustration {a}"],
    "es": ["Imagen: {a}/{n}", "(Foto: {a})", "Fotografía: {n} / {a}"],
    "it": ["Foto {a}", "(Foto: {n}/{a})", "© {a} / {n}"],
    "pt": ["Foto: {n}/{a}", "(Foto: {a})", "Créditos: {n}"],
    "nl": ["Foto: {a}/{n}", "(Foto: {a})", "Beeld: {n}"],
    "ru": ["Фото: {a}", "Фото: {n}/{a}", "© {a}"],
    "pl": ["Fot. {a}/{n}", "(Fot. {a})", "Zdjęcie: {n}/{a}"],
}
AGENCIES = {"en": ["AP", "Reuters", "PA Wire"], "de": ["dpa", "AFP", "epd"], "fr": ["AFP", "Reuters", "MaxPPP"],
            "es": ["EFE", "Europa Press"], "it": ["ANSA", "LaPresse"], "pt": ["Lusa", "Agência Brasil"],
            "nl": ["ANP", "Hollandse Hoogte"], "ru": ["ТАСС", "РИА Новости"], "pl": ["PAP", "East News"]}
PEOPLE = {"ru": ["Сергей Бобылев", "Анна Кузнецова"], "pl": ["Leszek Szymański", "Marcin Obara"]}
LATIN = ["Julia Weber", "Pierre Lambert", "Carmen Ruiz", "Luca Bianchi", "Rui Almeida", "Sanne Visser", "Mark Hill"]


def credit(rng, language: str) -> list[str]:
    return [rng.choice(CREDITS[language]).format(a=rng.choice(AGENCIES[language]),
                                                 n=rng.choice(PEOPLE.get(language, LATIN)))]


CITY = {"en": "LONDON", "de": "Berlin", "fr": "PARIS", "es": "MADRID", "it": "ROMA", "pt": "LISBOA",
        "nl": "DEN HAAG", "ru": "МОСКВА", "pl": "WARSZAWA"}
DATELINES = {
    "en": ["{C} (Reuters) -", "{C} —", "{C}, March 3 (AP) —"], "de": ["{C} (dpa) -", "{C} (AFP) –", "{C} (epd)."],
    "fr": ["{C} (AFP) -", "{C} —"], "es": ["{C}, 3 mar (EFE).-", "{C} (Europa Press) -"],
    "it": ["{C}, 3 mar (ANSA) -", "(ANSA) - {C}, 3 MAR -"], "pt": ["{C}, 3 mar (Lusa) -", "{C} —"],
    "nl": ["{C} (ANP) -", "{C} -"], "ru": ["{C}, 3 марта. /ТАСС/.", "{C}, 3 мар — РИА Новости."],
    "pl": ["{C} (PAP) -", "{C}, 3 marca (PAP) -"],
}


def dateline(rng, language: str) -> str:
    return rng.choice(DATELINES[language]).format(C=CITY[language])


CALLS = {
    "en": ["Get the latest headlines straight to your inbox every morning.", "Download our free app for iOS and Android",
           "Follow us on Instagram, TikTok and Threads", "Join our WhatsApp channel for breaking news",
           "Add us as a preferred source on Google"],
    "de": ["Laden Sie unsere kostenlose App herunter", "Folgen Sie uns auf Instagram und TikTok",
           "Abonnieren Sie unseren WhatsApp-Kanal", "Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach"],
    "fr": ["Téléchargez notre application gratuite", "Suivez-nous sur Instagram et TikTok",
           "Rejoignez notre chaîne WhatsApp", "Recevez chaque matin l'essentiel de l'actualité"],
    "es": ["Descarga nuestra app gratuita", "Síguenos en Instagram y TikTok", "Únete a nuestro canal de WhatsApp",
           "Recibe cada mañana las noticias más importantes"],
    "it": ["Scarica la nostra app gratuita", "Seguici su Instagram e TikTok", "Iscriviti al nostro canale WhatsApp",
           "Ricevi ogni mattina le notizie più importanti"],
    "pt": ["Descarregue a nossa aplicação gratuita", "Siga-nos no Instagram e no TikTok",
           "Junte-se ao nosso canal de WhatsApp", "Receba todas as manhãs as principais notícias"],
    "nl": ["Download onze gratis app", "Volg ons op Instagram en TikTok", "Volg ons WhatsApp-kanaal",
           "Ontvang elke ochtend het belangrijkste nieuws in je mailbox"],
    "ru": ["Скачайте наше бесплатное приложение", "Подписывайтесь на наш канал в Telegram",
           "Читайте нас в Дзене", "Главные новости каждое утро на вашу почту"],
    "pl": ["Pobierz naszą darmową aplikację", "Obserwuj nas na Instagramie i TikToku",
           "Dołącz do naszego kanału na WhatsAppie", "Najważniejsze wiadomości co rano na Twoją skrzynkę"],
}
LEGAL = {
    "en": ["This article was produced with the help of AI tools and reviewed by an editor.",
           "All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
           "© {y} Example Media Group Ltd. Reproduction without permission is prohibited."],
    "de": ["Dieser Text wurde mit Unterstützung einer KI erstellt und redaktionell geprüft.",
           "© {y} Beispiel Verlag GmbH. Alle Rechte vorbehalten.", "Nutzungsvorbehalt für Text- und Data-Mining nach § 44b UrhG."],
    "fr": ["Cet article a été rédigé avec l'aide d'une intelligence artificielle et relu par la rédaction.",
           "© {y} Exemple Presse. Tous droits de reproduction réservés."],
    "es": ["Este artículo ha sido elaborado con ayuda de inteligencia artificial y revisado por la redacción.",
           "© {y} Ejemplo Medios S.L. Queda prohibida la reproducción total o parcial."],
    "it": ["Questo articolo è stato scritto con l'aiuto dell'intelligenza artificiale e verificato dalla redazione.",
           "© {y} Esempio Editore. Riproduzione riservata."],
    "pt": ["Este artigo foi produzido com recurso a inteligência artificial e revisto pela redação.",
           "© {y} Exemplo Media. Todos os direitos reservados."],
    "nl": ["Dit artikel is gemaakt met behulp van AI en gecontroleerd door de redactie.",
           "© {y} Voorbeeld Media B.V. Alle rechten voorbehouden."],
    "ru": ["Материал подготовлен с использованием искусственного интеллекта и проверен редакцией.",
           "© {y} Пример Медиа. Все права защищены. Перепечатка без разрешения запрещена."],
    "pl": ["Artykuł powstał przy pomocy sztucznej inteligencji i został sprawdzony przez redakcję.",
           "© {y} Przykład Media. Wszelkie prawa zastrzeżone."],
}
DEBRIS = ["* * *", "***", "<br />", "&nbsp;", "| --- | --- |", "[1]: https://news.example/source", "<div class=\"ad-slot\"></div>",
          "</p>", "![](https://img.example/x.jpg)", "[^1]: https://archive.example/doc.pdf", "<!-- ad -->", "---"]
