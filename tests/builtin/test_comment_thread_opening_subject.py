"""A forum thread in a text dump whose opening post's first line is the topic without a reply prefix ("Allotment
water" over the first post, "Re: Allotment water" over the replies): that line is the post's subject, cut under rule
`reply-subject` (comment_thread/topic.py), as on a page. A first line that only resembles the topic, a post whose only
line it is, and a thread whose replies carry no subject line keep it. Dumps written here: English, German, Polish,
Russian."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

THREADS = {
    "en": ("Re", "Allotment water",
           ["The town council voted on Monday to meter the water taps on the east side allotments from next season, "
            "after a dry summer in which the reservoir fell to a third of its level.",
            "Plot holders will pay a flat fee for the first thousand litres, the council said."],
           [("gardener_meg", "Does anyone know whether the rain butts still count as our own water under the plan?"),
            ("Owen Price", "They do, the letter said only the mains taps get meters."),
            ("bean_row_bill", "A flat fee is fair enough if they fix the leaking stand pipe by plot nine.")]),
    "de": ("AW", "Gießwasser im Kleingarten",
           ["Der Stadtrat hat am Montag beschlossen, die Wasserhähne der Kleingärten im Osten ab der nächsten Saison "
            "mit Zählern zu versehen, nachdem der Speicher im trockenen Sommer auf ein Drittel gefallen war.",
            "Pächter sollen für die ersten tausend Liter eine Pauschale zahlen, teilte die Stadt mit."],
           [("gartenmeg", "Weiß jemand, ob die Regentonnen nach dem Plan noch als unser eigenes Wasser gelten?"),
            ("Uwe Preis", "Ja, im Brief steht, dass nur die Hähne der Leitung Zähler bekommen."),
            ("bohnenbert", "Die Pauschale ist in Ordnung, wenn sie das lecke Standrohr an Parzelle neun reparieren.")]),
    "pl": ("Odp", "Woda na działkach",
           ["Rada miasta zdecydowała w poniedziałek, że od przyszłego sezonu krany na wschodnich ogródkach działkowych "
            "dostaną liczniki, po suchym lecie, w którym zbiornik opadł do jednej trzeciej.",
            "Działkowcy zapłacą stałą opłatę za pierwszy tysiąc litrów, poinformował urząd."],
           [("ogrodniczka_m", "Czy ktoś wie, czy beczki na deszczówkę dalej liczą się jako nasza własna woda?"),
            ("Olek Pruski", "Tak, w piśmie napisano, że liczniki dostaną tylko krany z sieci."),
            ("fasolowy_bil", "Stała opłata jest w porządku, jeśli naprawią cieknącą rurę przy działce dziewiątej.")]),
    "ru": ("Ответ", "Вода на огородах",
           ["Городской совет в понедельник решил со следующего сезона поставить счётчики на краны восточных "
            "огородов после засушливого лета, когда водохранилище опустилось до трети.",
            "Огородники будут платить фиксированную сумму за первую тысячу литров, сообщили в совете."],
           [("ogorodnica", "Кто-нибудь знает, бочки для дождевой воды по-прежнему считаются нашей водой?"),
            ("Олег Петров", "Да, в письме сказано, что счётчики поставят только на краны водопровода."),
            ("fasol_bill", "Фиксированная сумма справедлива, если починят протекающую трубу у девятого участка.")]),
}
DATES = ["14.05.2012 19:20", "14.05.2012 20:02", "15.05.2012 08:47"]


def dump(code: str, first: str | None = None, replies: bool = True, text: bool = True) -> str:
    """The article, then each post: name, date, subject line (the topic over the first post, prefixed over the
    replies), text; ``first``: the opening post's first line instead of the topic."""
    prefix, topic, article, posts = THREADS[code]
    lines = [first or topic] + [f"{prefix}: {topic}" if replies else None] * (len(posts) - 1)
    return "\n\n".join(article + ["\n".join([n, d] + ([s] if s else []) + ([t] if text or k else []))
                                  for k, ((n, t), d, s) in enumerate(zip(posts, DATES, lines))])


def test_the_opening_posts_topic_line_is_cut_as_its_subject():
    for code, (prefix, topic, article, posts) in THREADS.items():
        doc = run_cleaner(CommentThread, dump(code), language=code)
        assert [(c.author, c.text) for c in doc.comments] == posts, code
        assert texts(doc) == article, code
        cut = [r.text for r in doc.removed if r.rule == "reply-subject"]
        assert cut == [topic] + [f"{prefix}: {topic}"] * 2, code      # (logged, not lost)


def test_the_topic_is_matched_casefolded_with_spaces_collapsed():
    prefix, topic, article, posts = THREADS["de"]
    doc = run_cleaner(CommentThread, dump("de", first=topic.lower().replace(" ", "  ")), language="de")
    assert [c.text for c in doc.comments] == [t for _, t in posts]


def test_a_first_line_that_only_resembles_the_topic_stays():
    for code, (prefix, topic, article, posts) in THREADS.items():
        first = topic + " 2012"
        doc = run_cleaner(CommentThread, dump(code, first=first), language=code)
        assert doc.comments[0].text == first + "\n\n" + posts[0][1], code
        assert len([r for r in doc.removed if r.rule == "reply-subject"]) == 2, code


def test_an_opening_post_of_the_topic_line_alone_stays():
    for code, (prefix, topic, article, posts) in THREADS.items():
        doc = run_cleaner(CommentThread, dump(code, text=False), language=code)
        assert doc.comments[0].text == topic, code
        assert [c.text for c in doc.comments[1:]] == [t for _, t in posts[1:]], code


def test_a_thread_without_prefixed_replies_keeps_its_first_lines():
    for code, (prefix, topic, article, posts) in THREADS.items():
        doc = run_cleaner(CommentThread, dump(code, replies=False), language=code)
        assert doc.comments[0].text == topic + "\n\n" + posts[0][1], code
        assert not any(r.rule == "reply-subject" for r in doc.removed), code
