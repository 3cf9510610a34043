"""Hebrew and Arabic particles glued to a phrase's front ("ו", "ב", "ל", "ה"; "و", "ب", "ل", "ال") still match the
phrase in `cleaners.lang.pattern` (`lang._attached`), short phrases and other letters before a phrase do not; and a
cleaner reads the glued forms (a call to follow opening with "and" is dropped, the article's own lines stay)."""
from cleaners import lang

HE = ("he", "en")
AR = ("ar", "en")


def test_hebrew_glued_particles_match_the_phrase():
    follow = lang.pattern("follow", HE)
    assert follow.search("ועקבו אחרינו בפייסבוק ובאינסטגרם")            # "and follow us"
    assert lang.pattern("comments", HE).search("ולתגובות הגולשים")        # "and to the readers' comments"
    assert lang.pattern("follow", HE, "start").search("והצטרפו לערוץ הטלגרם שלנו")
    assert follow.search("עקבו אחרינו בפייסבוק")                           # the bare phrase as before


def test_arabic_glued_particles_and_article_match_the_phrase():
    assert lang.pattern("related", AR).search("وللمزيد من الأخبار اضغط هنا")     # "و" + "ل" + "المزيد": "لل"
    assert lang.pattern("comments", AR, "line").search("وبالتعليقات")
    assert lang.pattern("rights", AR).search("وجميع الحقوق محفوظة")


def test_other_letters_and_short_phrases_take_no_particle():
    assert not lang.pattern("follow", HE).search("נעקבו אחרינו")          # "נ" is no particle
    assert not lang.pattern("comments", AR, "line").search("مالتعليقات")
    assert lang._attached("כתב") == lang._phrase("כתב")                   # "מכתב", a letter, is no "כתב", a reporter
    assert lang._attached("رد") == lang._phrase("رد")                     # "برد", cold, is no "رد", reply
    assert lang._attached("newsletter") == lang._phrase("newsletter")
    assert not lang.pattern("follow", ("en",)).search("unfollow us on the site")


def test_alternation_keeps_its_literal_default():
    assert "(?:ו?" not in lang.alternation(["עקבו אחרינו"])                # month names and labels stay literal
    assert "(?:ו?" in lang.alternation(["עקבו אחרינו"], attached=True)


def test_a_call_glued_after_a_paragraph_with_a_particle_is_cut_and_the_article_stays(pipeline):
    he = ["רשות המים אישרה השבוע את הפעלתו של מתקן ההתפלה החדש, שיספק מים לכחצי מיליון תושבים בצפון הארץ.",
          "לדברי מנהלת הפרויקט, המתקן יעסיק כמאה ועשרים עובדים באופן קבוע ויפעל בכל ימות השנה.",
          "ועקבנו אחרי העבודות באתר במשך שלושה חודשים, ושוחחנו עם תושבים שחששו מהשפעת המתקן על החוף."]
    ar = ["أعلنت وزارة المياه والري الأردنية بدء الأعمال الإنشائية لمشروع الناقل الوطني الذي سينقل المياه إلى عمّان.",
          "وقال الناطق باسم الوزارة إن المشروع سيضع حداً لانقطاع المياه المتكرر في فصل الصيف في معظم المحافظات.",
          "وتساهم جهات دولية في التمويل، ومن المتوقع أن يوفر المشروع نحو ألفي فرصة عمل خلال مرحلة البناء."]
    for paras, call in ((he, "ועקבו אחרינו בפייסבוק ובאינסטגרם"), (he, "והצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים"),
                        (ar, "وتابعوا صفحتنا على فيسبوك لمزيد من الأخبار")):
        text = "\n\n".join(paras[:2] + [paras[2] + " " + call]) + "\n"
        body = pipeline.process(pipeline.document("glued.txt", text.encode(), "text")).record()["body"]
        assert call not in body and all(p in body for p in paras), call
