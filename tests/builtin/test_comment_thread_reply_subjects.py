"""Forum posts in a text dump: the poster's name, the date under it, a subject line "Re: <the topic>" (language data
`reply_prefix`: "رد:", "Ответ:", "תגובה:") and the post's text. The subject line is cut from the post (rule
`reply-subject`) and is never read as a reply to someone named by the topic; "Re: Ann" after a comment's text still
is. Dumps written here, in English, Arabic, Russian and Hebrew."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

DUMPS = {
    "en": (["The harbour board agreed on Tuesday to rebuild the northern breakwater before the winter storms, after "
            "two years of surveys that found the old stones loose.",
            "The work will cost about fourteen million and starts in spring, the board said."],
           "Re: Harbour wall", ["seaview_pete", "Lucy", "Tom Brennan"],
           ["12.03.2013 20:41", "12.03.2013 21:15", "13.03.2013 07:02"],
           ["Will the car park by the slip stay open during the works?", "Spring sounds optimistic to me.",
            "Good news for the lifeboat crew at last."]),
    "ar": (["وافق مجلس الميناء يوم الثلاثاء على إعادة بناء حاجز الأمواج الشمالي قبل عواصف الشتاء، بعد عامين من "
            "المسوحات التي وجدت الحجارة القديمة مفككة.",
            "وستبلغ تكلفة الأعمال نحو أربعة عشر مليوناً وتبدأ في الربيع، بحسب بيان المجلس."],
           "رد: سور الميناء", ["أبو خالد", "سارة", "محمد العلي"],
           ["12 مارس 2013 20:41", "12 مارس 2013 21:15", "13 مارس 2013 07:02"],
           ["هل سيبقى موقف السيارات قرب المرسى مفتوحاً أثناء الأعمال؟", "الربيع موعد متفائل جداً في رأيي.",
            "أخبار جيدة لطاقم قارب النجاة أخيراً."]),
    "ru": (["Совет гавани во вторник решил перестроить северный мол до зимних штормов после двух лет обследований.",
            "Работы обойдутся примерно в четырнадцать миллионов и начнутся весной, говорится в заявлении."],
           "Ответ: Мол в гавани", ["Морж", "Ольга", "Сергей П."],
           ["12.03.2013 20:41", "12.03.2013 21:15", "13.03.2013 07:02"],
           ["А стоянку у слипа на время работ закроют?", "Весна, по-моему, слишком оптимистично.",
            "Наконец хорошие новости для спасателей."]),
    "he": (["מועצת הנמל החליטה ביום שלישי לבנות מחדש את שובר הגלים הצפוני לפני סערות החורף, אחרי שנתיים של סקרים.",
            "העבודות יעלו כארבעה עשר מיליון ויתחילו באביב, כך נמסר בהודעת המועצה."],
           "תגובה: חומת הנמל", ["דני", "מיכל", "יוסי כהן"],
           ["12.03.2013 20:41", "12.03.2013 21:15", "13.03.2013 07:02"],
           ["האם החניון ליד המזח יישאר פתוח בזמן העבודות?", "אביב נשמע לי אופטימי מדי.",
            "סוף סוף חדשות טובות לצוות סירת ההצלה."]),
}


def dump(code: str, subject: bool = True) -> str:
    article, line, names, dates, posts = DUMPS[code]
    return "\n\n".join(article + ["\n".join([n, d] + ([line] if subject else []) + [t])
                                  for n, d, t in zip(names, dates, posts)])


def test_the_subject_line_of_each_post_is_cut_and_names_nobody():
    for code, (article, line, names, dates, posts) in DUMPS.items():
        doc = run_cleaner(CommentThread, dump(code), language=code)
        assert [(c.author, c.text) for c in doc.comments] == list(zip(names, posts)), code
        assert texts(doc) == article, code
        assert [r.text for r in doc.removed if r.rule == "reply-subject"] == [line] * 3, code


def test_the_posts_without_subject_lines_are_read_as_before():
    for code, (article, line, names, dates, posts) in DUMPS.items():
        doc = run_cleaner(CommentThread, dump(code, subject=False), language=code)
        assert [(c.author, c.text) for c in doc.comments] == list(zip(names, posts)), code


def test_a_reply_line_after_a_comments_text_is_still_a_reply_head():
    """"Re: Ann" opening a paragraph after another comment's text (no name or date above it) answers Ann."""
    article = DUMPS["en"][0]
    thread = ["Ann Lee wrote on 12 March 2013:", "The slip car park must stay open.",
              "Re: Ann Lee", "It will, the board said so.", "Bo Chen wrote on 13 March 2013:", "Spring is optimistic."]
    doc = run_cleaner(CommentThread, "\n\n".join(article + thread), language="en")
    assert [(c.author, c.depth) for c in doc.comments][:1] == [("Ann Lee", 0)]
    assert not any(r.rule == "reply-subject" for r in doc.removed)
    assert any(c.text == "It will, the board said so." for c in doc.comments)
