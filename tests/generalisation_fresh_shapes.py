"""The shapes of the fresh text harness's artefacts (tests/generalisation_fresh.py): PHP
var_dump / print_r / var_export and JSON dumps (nested, escaped, pretty-printed, cut short),
comment threads in four layouts, markdown debris and related-story lists. Each returns the
artefact's lines (and, for threads and lists, the gold the judge checks)."""
from __future__ import annotations

import json

from .generalisation_fresh_words import HANDLES, W, YEAR_FIRST, localised


def _stories(rng, titles: list[str]) -> list[dict]:
    return [{"id": rng.randint(1000, 99999), "title": t, "url": f"https://news.example.org/{rng.randint(10, 999)}/story",
             "image": {"src": f"/img/{rng.randint(1, 99)}.jpg", "w": 640}} for t in titles]


def dump(rng, titles: list[str]) -> list[str]:
    """A serialised value a template printed into the text, in one of six shapes."""
    items = _stories(rng, titles)
    shape = rng.randrange(6)
    if shape == 0:      # var_dump of a JSON string
        payload = json.dumps(items, ensure_ascii=False)
        return [f'string({len(payload.encode())}) "{payload}"']
    if shape == 1:      # print_r of a nested array
        lines = ["Array", "("]
        for k, it in enumerate(items):
            lines += [f"    [{k}] => Array", "        (", f"            [id] => {it['id']}",
                      f"            [title] => {it['title']}", f"            [url] => {it['url']}", "        )", ""]
        return lines + [")"]
    if shape == 2:      # var_export
        lines = ["array ("]
        for k, it in enumerate(items):
            title = it["title"].replace("'", "\\'")
            lines += [f"  {k} => ", "  array (", f"    'id' => {it['id']},", f"    'title' => '{title}',", "  ),"]
        return lines + [")"]
    if shape == 3:      # pretty-printed JSON
        return json.dumps({"related": items, "total": len(items)}, ensure_ascii=False, indent=2).split("\n")
    if shape == 4:      # JSON escaped inside a JSON string
        inner = json.dumps(items[:2], ensure_ascii=False)
        return [json.dumps({"widget": "related", "data": inner}, ensure_ascii=False)]
    payload = json.dumps(items, ensure_ascii=False)     # var_dump cut short
    return [f'string({len(payload.encode()) + 200}) "{payload[:rng.randint(60, max(61, len(payload) - 5))]}']


def thread(rng, lang: str) -> tuple[list[str], list[tuple[str, int]]]:
    """A comment section in one of four layouts: lines and gold (author, depth)."""
    w = W[lang]
    texts = [p for p in COMMENT_TEXTS[lang]]
    rng.shuffle(texts)
    authors = rng.sample(HANDLES, 3)
    layout = rng.randrange(4)
    head = rng.choice(w["comments_head"]).format(n=len(authors))
    lines, gold = [head, ""], []
    for k, (author, text) in enumerate(zip(authors, texts)):
        depth = 1 if k == 2 and rng.random() < 0.5 else 0
        when = rng.choice(w["ago"])
        if layout == 0:     # name, relative date, text, reply and vote row
            block = [author, when, text, f"{w['reply']} · {w['like']} ({rng.randint(0, 40)})"]
        elif layout == 1:   # "name says:" with a dated line
            day = YEAR_FIRST[lang][1].format(d=12) if lang in YEAR_FIRST else f"12 {MONTHS_SHORT[lang]} 2026,"
            block = [f"{author} {w['says']}", localised(lang, f"{day} 21:{rng.randint(10, 59)}"), text, w["reply"]]
        elif layout == 2:   # avatar image with alt text, bold name and date, votes
            block = [f"![{author}](https://secure.gravatar.com/avatar/{rng.randint(10**6, 10**7)}?s=48)",
                     f"**{author}** · {when}", text, f"▲ {rng.randint(1, 30)} ▼ | {w['reply']} | {w['report']}"]
        else:               # name and date on one line, a quoted parent in a reply
            block = [f"{author} — {when}", text, f"{w['reply']}"]
            if depth:
                block = [f"{author} — {when}", f"> {texts[0][:40]}", text, w["reply"]]
        if depth:
            block = ["    " + line for line in block]
        lines += block + [""]
        gold.append((author, depth))
    return lines, gold


MONTHS_SHORT = {"en": "Mar", "de": "März", "fr": "mars", "es": "mar", "it": "mar", "pt": "mar", "nl": "mrt", "pl": "mar",
                "ru": "мар", "tr": "Mar", "sv": "mars", "uk": "бер", "cs": "bře", "ar": "مارس", "ko": "3월", "el": "Μαρ", "ro": "mar", "hu": "márc.", "da": "mar.",
                "fi": "maalis", "nb": "mar.", "id": "Mar", "vi": "thg 3", "sk": "mar.", "bg": "мар", "ca": "març", "he": "מרץ", "fa": "مارس", "hi": "मार्च"}
COMMENT_TEXTS = {
"hi": ["हमेशा की तरह, यहां रहने वालों से पूछे बिना ही सब कुछ तय कर दिया जाता है।", "आज सुबह वहां से गुजरा था, सड़क अब भी बंद थी।",
           "क्या किसी को पता है कि बस का रूट भी बदलेगा?"],
"fa": ["مثل همیشه همه چیز را بدون پرسیدن از ما که اینجا زندگی می‌کنیم تصمیم می‌گیرند.", "امروز صبح از آنجا رد شدم و جاده هنوز بسته بود.",
           "کسی می‌داند مسیر اتوبوس هم تغییر می‌کند؟"],
"he": ["כרגיל, הכול מחליטים בלי לשאול אותנו, את מי שגר כאן.", "עברתי שם הבוקר והכביש עדיין היה חסום.",
           "מישהו יודע אם גם קו האוטובוס ישתנה?"],
"ca": ["Com sempre, tot es decideix sense preguntar als que vivim aquí.", "Hi he passat aquest matí i la carretera encara estava tallada.",
           "Algú sap si també canviarà el recorregut de l'autobús?"],
"bg": ["Както винаги, всичко се решава, без да питат нас, които живеем тук.", "Минах оттам сутринта и пътят още беше затворен.",
           "Някой знае ли дали ще се промени и маршрутът на автобуса?"],
"sk": ["Ako vždy, všetko sa rozhodne bez toho, aby sa niekto opýtal nás, čo tu bývame.", "Ráno som tadiaľ išiel a cesta bola stále zatvorená.",
           "Nevie niekto, či sa zmení aj trasa autobusu?"],
"vi": ["Lúc nào cũng vậy, quyết định hết mà chẳng hỏi ý kiến người dân sống ở đây.", "Sáng nay tôi đi ngang qua, đường vẫn còn bị chặn.",
           "Có ai biết tuyến xe buýt có thay đổi không?"],
"id": ["Seperti biasa, semuanya diputuskan tanpa bertanya kepada kami yang tinggal di sini.", "Saya lewat sana tadi pagi dan jalannya masih ditutup.",
           "Ada yang tahu apakah rute busnya juga berubah?"],
"nb": ["Som vanlig blir alt bestemt uten å spørre oss som bor her.", "Jeg kjørte forbi i morges, og veien var fortsatt stengt.",
           "Vet noen om bussruta også blir endret?"],
    "fi": ["Kuten aina, kaikki päätetään kysymättä meiltä, jotka täällä asumme.", "Ajoin ohi aamulla ja tie oli edelleen suljettu.",
           "Tietääkö kukaan, muuttuuko myös bussilinja?"],
    "en": ["Typical. They always find money for consultants but never for the libraries.",
           "I drove past there this morning and the road was still closed, so I doubt it'll open on Friday.",
           "Does anyone know if the bus route changes as well?"],
    "de": ["Das war doch abzusehen, seit Jahren passiert da nichts.", "Ich wohne direkt daneben und habe nichts davon mitbekommen.",
           "Weiß jemand, ob die Buslinie auch betroffen ist?"],
    "fr": ["Comme d'habitude, on décide sans demander l'avis des habitants.", "J'y suis passé ce matin, rien n'a changé depuis un mois.",
           "Quelqu'un sait si le marché du samedi est maintenu ?"],
    "es": ["Siempre igual, el dinero nunca llega a los barrios.", "Pasé por allí esta mañana y seguía todo cortado.",
           "¿Alguien sabe si cambia también la línea del autobús?"],
    "it": ["Come al solito, si decide tutto senza ascoltare i cittadini.", "Sono passato stamattina e la strada era ancora chiusa.",
           "Qualcuno sa se cambia anche la linea dell'autobus?"],
    "pt": ["Como sempre, decidem tudo sem ouvir quem cá vive.", "Passei lá hoje de manhã e a estrada continuava fechada.",
           "Alguém sabe se a carreira do autocarro também muda?"],
    "nl": ["Zoals altijd wordt er beslist zonder de bewoners te vragen.", "Ik kwam er vanochtend langs en de weg was nog dicht.",
           "Weet iemand of de buslijn ook verandert?"],
    "pl": ["Jak zwykle decydują bez pytania mieszkańców o zdanie.", "Przejeżdżałem tamtędy rano i droga nadal była zamknięta.",
           "Czy ktoś wie, czy zmieni się też trasa autobusu?"],
    "ru": ["Как всегда, решили всё без жителей.", "Проезжал там утром, дорога по-прежнему перекрыта.",
           "Кто-нибудь знает, изменится ли маршрут автобуса?"],
    "tr": ["Her zamanki gibi halka sormadan karar verdiler.", "Bu sabah oradan geçtim, yol hâlâ kapalıydı.",
           "Otobüs güzergâhı da değişecek mi, bilen var mı?"],
    "da": ["Som sædvanlig bliver alt besluttet uden at spørge os, der bor her.", "Jeg kørte forbi i morges, og vejen var stadig spærret.",
           "Ved nogen, om buslinjen også bliver ændret?"],
    "ar": ["كالعادة قرروا كل شيء دون أن يسألوا السكان.", "مررت من هناك صباح اليوم وكان الطريق لا يزال مغلقاً.",
           "هل يعرف أحد إن كان مسار الحافلة سيتغير أيضاً؟"],
    "hu": ["Mint mindig, most is megkérdezésünk nélkül döntöttek, pedig mi lakunk itt.", "Ma reggel arra jártam, és az út még mindig le volt zárva.",
           "Tudja valaki, hogy a busz útvonala is változik?"],
    "ro": ["Ca de obicei, au hotărât totul fără să ne întrebe pe noi, cei care locuim aici.", "Am trecut pe acolo azi-dimineață și drumul era tot închis.",
           "Știe cineva dacă se schimbă și traseul autobuzului?"],
    "el": ["Όπως πάντα, αποφάσισαν χωρίς να ρωτήσουν εμάς που μένουμε εδώ.", "Πέρασα από εκεί το πρωί και ο δρόμος ήταν ακόμη κλειστός.",
           "Ξέρει κανείς αν θα αλλάξει και η διαδρομή του λεωφορείου;"],
    "ko": ["늘 그렇듯 주민들한테는 한마디 묻지도 않고 결정했네요.", "오늘 아침에 지나가 봤는데 도로가 아직도 막혀 있었어요.",
           "혹시 버스 노선도 바뀌는지 아시는 분 계신가요?"],
    "cs": ["Jako vždy rozhodli bez nás, kteří tu bydlíme.", "Projížděl jsem tam ráno a silnice byla pořád zavřená.",
           "Neví někdo, jestli se změní i trasa autobusu?"],
    "uk": ["Як завжди, вирішили все без громади.", "Я проїжджав там зранку, дорога досі перекрита.",
           "Хтось знає, чи зміниться маршрут автобуса?"],
    "sv": ["Som vanligt bestäms allt utan att fråga oss som bor här.", "Jag åkte förbi i morse och vägen var fortfarande avstängd.",
           "Vet någon om busslinjen också ändras?"],
}


def markdown_debris(rng, lang: str) -> list[str]:
    """Export debris: image links, reference links, HTML remnants, a layout table, share links."""
    w = W[lang]
    n = rng.randint(1, 999)
    return rng.choice([
        [f"![](https://cdn.example-news.net/uploads/2026/03/img_{n}.jpg)"],
        [f"[1]: https://example-news.net/go/{n}", f"[2]: https://example-news.net/go/{n + 1} \"{w['share']}\""],
        ['<div class="ad-slot" data-slot="mid-article"></div>', "<!-- /ad -->"],
        ["| | |", "|---|---|", f"| [![](/i/{n}.png)](/a/{n}) | [{w['share']}](/share/{n}) |"],
        [f"[{w['share']}](https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample-news.net%2F{n}) "
         f"[Tweet](https://x.com/intent/tweet?url={n})"],
        ["* * *", "&nbsp;"],
    ])


def related_list(rng, lang: str, titles: list[str]) -> list[str]:
    """A heading and the linked titles of other stories, as bullets or as a plain run."""
    head = rng.choice(W[lang]["related"])
    if rng.random() < 0.5:
        return [f"**{head}**"] + [f"- [{t}](https://example-news.net/{rng.randint(10, 9999)})" for t in titles]
    return [f"{head}:"] + [f"» {t}" for t in titles]
