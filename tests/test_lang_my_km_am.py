"""The language files of Burmese, Khmer and Amharic (cleaners/lang/my.toml, km.toml, am.toml): a text detected in
one of them reads its words (a rights line, a follow call, a related heading go; the article stays), and the legal
tail parts a paragraph's sentences at the Myanmar, Khmer and Ethiopic full stops (`_legal_tail.STOPS`)."""
from cleaners import lang
from cleaners.builtin.legal import Legal
from cleaners.language import detect
from cleaners.pipeline import Pipeline
from tests.conftest import run_cleaner

ARTICLES = {
    "km": ["ក្រសួងអប់រំបានប្រកាសថា សាលារៀនថ្មីចំនួនដប់នឹងបើកនៅខែក្រោយ នៅក្នុងខេត្តសៀមរាប។ "
           "លោករដ្ឋមន្ត្រីបាននិយាយថា គម្រោងនេះនឹងជួយសិស្សរាប់ពាន់នាក់ក្នុងតំបន់ជនបទ។",
           "គ្រូបង្រៀនថ្មីចំនួនមួយរយនាក់នឹងត្រូវបានជ្រើសរើស ដើម្បីបង្រៀននៅសាលាទាំងនេះ ចាប់ពីឆ្នាំសិក្សាខាងមុខ។"],
    "my": ["ပညာရေးဝန်ကြီးဌာနက ကျောင်းသစ် ဆယ်ကျောင်းကို လာမည့်လတွင် ဖွင့်လှစ်မည်ဟု ကြေညာခဲ့သည်။ "
           "ယင်းစီမံကိန်းသည် ကျေးလက်ဒေသရှိ ကျောင်းသားထောင်ပေါင်းများစွာကို အထောက်အကူပြုမည်ဖြစ်သည်။",
           "ဆရာ ဆရာမ အသစ် တစ်ရာကို ရွေးချယ်ခန့်အပ်ပြီး လာမည့် ပညာသင်နှစ်မှစ၍ သင်ကြားစေမည်ဖြစ်သည်။"],
    "am": ["የትምህርት ሚኒስቴር በሚቀጥለው ወር አሥር አዳዲስ ትምህርት ቤቶችን በገጠር አካባቢዎች እንደሚከፍት አስታውቋል። "
           "ፕሮጀክቱ በሺዎች የሚቆጠሩ ተማሪዎችን ይጠቅማል ተብሎ ይጠበቃል።",
           "ለእነዚህ ትምህርት ቤቶች አንድ መቶ አዳዲስ መምህራን ተመርጠው ከሚቀጥለው የትምህርት ዘመን ጀምሮ ያስተምራሉ።"],
}
ARTEFACTS = {
    "km": ["រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ កាសែតថ្មី ២០២៥", "តាមដានយើងនៅលើ Facebook", "ព័ត៌មានពាក់ព័ន្ធ"],
    "my": ["မူပိုင်ခွင့် ရယူထားသည်", "Facebook တွင် ကျွန်ုပ်တို့ကို ဖော်လိုလုပ်ပါ", "ဆက်စပ်သတင်းများ"],
    "am": ["መብቱ በሕግ የተጠበቀ ነው", "በቴሌግራም ይከተሉን", "ተዛማጅ ዜናዎች"],
}


def test_the_three_languages_are_detected_and_read_their_files():
    for code, paras in ARTICLES.items():
        assert detect(" ".join(paras)) == code
        assert lang.languages(code) == (code, "en") and lang.load(code)


def test_their_artefacts_go_and_the_article_stays():
    pipe = Pipeline()
    for code, paras in ARTICLES.items():
        text = "\n\n".join(paras + ARTEFACTS[code])
        body = pipe.process(pipe.document(f"t12/{code}.txt", text.encode(), "text")).record()["body"]
        assert all(p in body for p in paras), code
        assert not any(a in body for a in ARTEFACTS[code]), (code, body)


def test_a_notice_glued_after_a_question_and_a_sentence_takes_the_notice_only():
    for code, stop in (("km", "។"), ("my", "။"), ("am", "።")):
        head = ARTICLES[code][1].rstrip(stop) + "?" + " " + ARTICLES[code][0].split(stop)[0] + stop
        text = "\n\n".join([ARTICLES[code][0], head + " © 2025 Harbour Gazette"])
        body = "\n".join(b.text for b in run_cleaner(Legal, text, language=code).blocks)
        assert head in body and "Gazette" not in body, code


def test_a_paragraph_that_names_the_copyright_sign_stays():
    for code in ARTICLES:
        line = ARTICLES[code][1] + " ©"
        assert line in "\n".join(b.text for b in run_cleaner(Legal, line, language=code).blocks), code
