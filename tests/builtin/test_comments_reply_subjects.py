"""Forum posts under a subject line "Re: <the topic>" (`comments.subjects`, rule `reply-subject`; the reply prefix is
language data `reply_prefix`): the subject line is the post's chrome, and a run of three such posts with their times is
a thread with no heading above it. Pages written here, in English, Arabic, Russian and Chinese."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.subjects import reply_subject
from cleaners.document import Document

PAGES = {
    "en": dict(title="Harbour wall to be rebuilt before winter",
               article=["The harbour board agreed on Tuesday to rebuild the northern breakwater before the winter "
                        "storms, after two years of surveys that found the old stones loose along most of its length.",
                        "The work will cost about fourteen million and starts in spring, the board said in a "
                        "statement published after the meeting."],
               by="by", subject="Re: Harbour wall", names=["seaview_pete", "Lucy", "Tom Brennan", "J. Okafor"],
               dates=["Tue Mar 12, 2013 8:41 pm", "Tue Mar 12, 2013 9:15 pm", "Wed Mar 13, 2013 7:02 am",
                      "Wed Mar 13, 2013 10:30 am"],
               posts=["Will the car park by the slip stay open during the works?",
                      "Spring sounds optimistic to me, personally.",
                      "Good news for the lifeboat crew at last after a long wait.",
                      "Who pays for the extra barges then?"]),
    "ar": dict(title="إعادة بناء سور الميناء قبل الشتاء",
               article=["وافق مجلس الميناء يوم الثلاثاء على إعادة بناء حاجز الأمواج الشمالي قبل عواصف الشتاء، بعد "
                        "عامين من المسوحات التي وجدت الحجارة القديمة مفككة على طول معظم امتداده.",
                        "وستبلغ تكلفة الأعمال نحو أربعة عشر مليوناً وتبدأ في الربيع، بحسب بيان نشره المجلس بعد "
                        "الاجتماع."],
               by="بواسطة", subject="رد: سور الميناء", names=["أبو خالد", "سارة", "محمد العلي", "ناصر"],
               dates=["12 مارس 2013 20:41", "12 مارس 2013 21:15", "13 مارس 2013 07:02", "13 مارس 2013 10:30"],
               posts=["هل سيبقى موقف السيارات قرب المرسى مفتوحاً أثناء الأعمال؟", "الربيع موعد متفائل جداً في "
                   "رأيي الشخصي.",
                      "أخبار جيدة لطاقم قارب النجاة أخيراً بعد طول انتظار.", "ومن سيدفع ثمن الصنادل الإضافية إذن؟"]),
    "ru": dict(title="Мол в гавани перестроят до зимы",
               article=["Совет гавани во вторник решил перестроить северный мол до зимних штормов после двух лет "
                        "обследований, которые показали, что старые камни расшатаны почти по всей длине.",
                        "Работы обойдутся примерно в четырнадцать миллионов и начнутся весной, говорится в "
                        "заявлении совета."],
               by="", subject="Ответ: Мол в гавани", names=["Морж", "Ольга_К", "Сергей П.", "dimon77"],
               dates=["12.03.2013 20:41", "12.03.2013 21:15", "13.03.2013 07:02", "13.03.2013 10:30"],
               posts=["А стоянку у слипа на время работ закроют?", "Весна, по-моему, слишком оптимистично.",
                      "Наконец хорошие новости для спасателей.", "А кто заплатит за дополнительные баржи?"]),
    "zh": dict(title="港口防波堤将在冬季前重建",
               article=["港务委员会周二同意在冬季风暴来临前重建北防波堤，此前两年的勘测发现旧石块几乎全线松动。",
                        "委员会在会后发表的声明中说，工程耗资约一千四百万，将于春季开工。"],
               by="作者", subject="回复: 港口防波堤", names=["海景老王", "小露", "陈建国", "okafor_j"],
               dates=["2013-03-12 20:41", "2013-03-12 21:15", "2013-03-13 07:02", "2013-03-13 10:30"],
               posts=["施工期间码头旁的停车场还开放吗？", "春天开工？我觉得太乐观了。", "救生艇队员终于等到好消息了。",
                      "那额外的驳船费用由谁来出？"]),
}


def run(body: str, code: str) -> Document:
    html = f"<html lang='{code}'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def article(p: dict) -> str:
    return f"<div class='story'><h1>{p['title']}</h1>" + "".join(f"<p>{t}</p>" for t in p["article"]) + "</div>"


def post(k: int, p: dict, subject: str, text: str, box: bool = False) -> str:
    name = p["names"][k]
    profile = f"<dl class='postprofile'><dt><a href='/member/{k}'>{name}</a></dt><dd>Posts: " \
        f"{40 + k}</dd><dd>Joined: Jan 2019</dd></dl>" \
        if box else ""
    return (f"<div id='p{k}' class='post bg{k % 2 + 1}'><div class='inner'><div class='postbody'><h3>{subject}</h3>"
            f"<p class='author'>{p['by']} <strong><a href='/member/{k}'>{name}</a></strong> » {p['dates'][k]}</p>"
            f"<div class='content'>{text}</div></div>{profile}</div></div>")


def topic(p: dict, subjects: list[str] | None = None, box: bool = False) -> str:
    subjects = subjects or [p["subject"]] * 4
    return "<div id='page-body'>" + "".join(post(k, p, subjects[k], p["posts"][k], box) for k in range(4)) + "</div>"


# -- a run of posts under "Re:" lines, no heading above: a thread in any language -------------------------------
def test_a_run_of_posts_under_reply_subject_lines_is_a_thread_without_a_heading():
    for code, p in PAGES.items():
        doc = run(article(p) + topic(p), code)
        assert [(c.author, c.text) for c in doc.comments] == list(zip(p["names"], p["posts"])), code
        cut = " ".join(r.text for r in doc.removed if r.rule == "reply-subject")
        assert p["subject"] in cut and not any(p["subject"] in c.text for c in doc.comments), code


def test_a_list_of_reply_subject_links_with_no_post_text_stays():
    """A forum's "latest topics" box (a "Re:" link, a name and a time, no post's text): no posts, no thread."""
    for code, p in PAGES.items():
        rows = "".join(f"<li><a href='/t/{k}'>{p['subject']}</a><br>{p['by']} {p['names'][k]} » {p['dates'][k]}</li>"
                       for k in range(4))
        doc = run(article(p) + f"<ul class='topics'>{rows}</ul>", code)
        assert doc.comments == () and not any(r.rule == "reply-subject" for r in doc.removed), code


def test_two_posts_under_reply_subjects_are_too_few_without_a_heading():
    p = PAGES["ar"]
    body = "<div id='page-body'>" + "".join(post(k, p, p["subject"], p["posts"][k]) for k in range(2)) + "</div>"
    assert run(article(p) + body, "ar").comments == ()


# -- the subject line is chrome even where it does not come back in every post ---------------------------------
def test_a_subject_line_that_differs_between_posts_is_cut_from_the_post():
    for code, p in PAGES.items():
        prefix = p["subject"].split(":")[0]
        subjects = [p["subject"], f"{prefix}: {p['posts'][0][:12]}", p["subject"], p["subject"]]
        doc = run(article(p) + topic(p, subjects, box=True), code)
        assert [c.text for c in doc.comments] == p["posts"], code
        assert sum(r.text.count(prefix + ":") for r in doc.removed if r.rule == "reply-subject") == 4, code


def test_a_post_that_opens_with_re_and_goes_on_as_a_sentence_keeps_it():
    p = PAGES["en"]
    texts = list(p["posts"])
    texts[1] = "<p>Re: the car park, it stays open.</p><p>The council said so at the meeting.</p>"
    body = "<div id='page-body'>" + "".join(post(k, p, "", texts[k], box=True).replace("<h3></h3>", "")
                                            for k in range(4)) + "</div>"
    doc = run(article(p) + body, "en")
    assert "Re: the car park, it stays open." in doc.comments[1].text
    assert not any(r.rule == "reply-subject" for r in doc.removed)


def test_reply_prefixes_are_language_data():
    assert reply_subject("Re: Harbour wall", ("en",)) and reply_subject("AW: Hafenmauer", ("de", "en"))
    assert reply_subject("Odp: Falochron", ("pl", "en")) and reply_subject("Re[2]: Re: Harbour wall", ("en",))
    assert reply_subject("رد: سور الميناء", ("ar", "en")) and reply_subject("תגובה: חומת הנמל", ("he", "en"))
    assert reply_subject("回复：港口防波堤", ("zh", "en")) and reply_subject("답장: 방파제", ("ko", "en"))
    assert not reply_subject("AW: Hafenmauer", ("en",))                    # another language's prefix
    assert not reply_subject("Re: the wall. It stays.", ("en",))           # a sentence
    assert not reply_subject("Reading: a list of books", ("en",))          # a word that opens with "re"


# -- a post table of vBulletin's shape: the subject stands under the poster's box, above the message ------------
def vb_post(k: int, name: str, when: str, subject: str, text: str) -> str:
    return (f"<table class='tborder' id='post{k}'><tr><td class='thead'>{when} <span>#{k + 1}</span></td></tr>"
            f"<tr><td class='alt2'><a class='bigusername' href='member.php?u={k}'>{name}</a>"
            f"<div class='smallfont'><div>Join Date: Mar 2011</div><div>Posts: {120 + k}</div></div></td>"
            f"<td class='alt1'><div class='smallfont'><strong>{subject}</strong></div><hr>"
            f"<div id='post_message_{k}'>{text}</div></td></tr></table>")


def test_the_subject_line_under_a_poster_box_is_cut_from_a_post_table():
    posts = {"fr": ("Re: Les bus de nuit", ["Je suis d'accord, la ligne devrait circuler plus tard le soir.",
                                            "Le dernier bus part à 23 heures, c'est beaucoup trop tôt.",
                                            "La mairie a voté le budget mardi dernier, on verra bien."]),
             "ko": ("답장: 야간 버스", ["막차 시간을 조금 더 늦춰야 한다고 생각합니다.", "밤 11시 막차는 너무 이릅니다.",
                                    "시의회가 지난 화요일에 예산을 통과시켰다고 합니다."])}
    for code, (subject, texts) in posts.items():
        names, whens = ["pierrot75", "Nathalie", "Jean-Marc"], ["12/03/2013, 20:41", "12/03/2013, "
            "21:15", "13/03/2013, 07:02"]
        body = "".join(vb_post(k, names[k], whens[k], subject, texts[k]) for k in range(3))
        doc = run(article(PAGES["en"]) + f"<div id='posts'>{body}</div>", code)
        assert [c.text for c in doc.comments] == texts, code
        assert [r.text for r in doc.removed if r.rule == "reply-subject"] == [" ".join([subject] * 3)], code
