"""The text cleaners' short-line rules over scripts other than the Latin ones: a Chinese or Japanese line's words
counted by the word, not the character (`_word_size.statement_words`), and the stops of every script
(`lines.SENTENCE_STOPS`: "。", "！", "？", "։", "।") read as sentence ends where a module kept its own list."""
import pytest

from cleaners.builtin._appeal_tail import appeal_tail
from cleaners.builtin._notice_split import notice_tail
from cleaners.builtin._word_size import statement_words
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.donation import Donation
from cleaners.builtin.legal import Legal
from cleaners.builtin.related_list import RelatedList, story
from cleaners.lines import word_count

from ..conftest import run_cleaner
from . import cuts, texts

JA = "駅前の再開発について、市議会は火曜日に新しい計画を承認し、工事は来年の春に始まる見通しとなった。"
JA_APPEAL = "私たちの地域報道は、読者の皆様からの寄付によって支えられています。独立した取材を続けるため、ご支援をお願いします。"
HI = "नगर निगम ने मंगलवार को स्टेशन के पास नई सड़क के निर्माण की योजना को मंजूरी दी और काम अगले साल शुरू होगा।"


def test_a_thai_or_myanmar_run_counts_a_word_per_five_characters():
    bell = "กดกระดิ่งแจ้งเตือนเพื่อไม่พลาดทุกข่าวด่วน"
    assert statement_words(bell) == 9 < word_count(bell)


def test_a_run_of_han_and_kana_counts_a_word_per_two_characters():
    assert word_count(JA_APPEAL) == 53 and statement_words(JA_APPEAL) == 27
    assert statement_words("Our reporting depends on readers.") == word_count("Our reporting depends on readers.") == 5
    assert statement_words("स्टेशन के पास नई सड़क") == word_count("स्टेशन के पास नई सड़क")


def test_a_long_japanese_appeal_over_a_donate_button_goes():
    doc = run_cleaner(Donation, f"{JA}\n\n{JA_APPEAL}\n\n寄付する\n\n{JA}", language="ja")
    assert texts(doc) == [JA, JA] and ("appeal-by-button", JA_APPEAL) in cuts(doc, "donation")


@pytest.mark.parametrize("line", [
    # an article's paragraph over a donate button: the appeal reported ("と呼びかけた")
    "市の担当者は説明会で、住民に対して再建のためのご支援をお願いしますと呼びかけた。",
    # longer than an appeal beside a button (`MAX_STATEMENT_WORDS`, two characters a word)
    "駅前の商店街では、洪水で被害を受けた店の再建が続いており、地元の団体は募金箱を設置して、"
    "ご支援をお願いしますと書いた紙を貼った。集まった寄付は来月、被害の大きかった十二の店に分けて届けられる予定だという。",
])
def test_a_japanese_paragraph_over_a_donate_button_stays(line):
    doc = run_cleaner(Donation, f"{JA}\n\n{line}\n\n寄付する\n\n{JA}", language="ja")
    assert line in texts(doc)


def test_a_japanese_call_glued_after_the_paragraph_without_a_space_goes():
    doc = run_cleaner(CallsToAction, f"{JA}\n\n{JA}この記事をシェアしてください。\n\n{JA}", language="ja")
    assert texts(doc) == [JA, JA, JA] and ("appeal-tail", "この記事をシェアしてください。") in cuts(doc, "calls_to_action")


def test_a_japanese_sentence_after_the_paragraph_stays():
    for text in (f"{JA}工事の期間中は駅前の道路が一部通行止めになる。", f"{JA}市長は「この記事をシェアしてください」と述べた。"):
        doc = run_cleaner(CallsToAction, f"{JA}\n\n{text}\n\n{JA}", language="ja")
        assert text in texts(doc)


def _is_follow(sentence: str) -> bool:
    return sentence.startswith("हमें फॉलो करें")


def test_a_call_glued_after_a_danda_is_a_tail():
    text = f"{HI}हमें फॉलो करें और ताज़ा खबरें पाएं।"
    assert appeal_tail(text, _is_follow) == len(HI)
    assert appeal_tail(f"{HI}नई सड़क के बारे में और खबरें पढ़ें।", _is_follow) is None


def test_a_chinese_or_hindi_line_of_two_sentences_is_no_headline():
    assert story("本报独立报道全靠读者。请支持我们的新闻工作") is None
    assert story("हमारी पत्रकारिता पाठकों पर चलती है। आज ही सहयोग करें") is None
    assert story("国务院发布新规定 保障农民工工资") is not None
    assert story("नगर निगम ने नई सड़क को मंजूरी दी") is not None


class _Block:
    def __init__(self, text: str):
        self.text, self.gap, self.kind = text, 1, "p"


HY = "Քաղաքային խորհուրդը երեքշաբթի հաստատեց կայարանի մոտ նոր ճանապարհի կառուցման ծրագիրը։"


def test_an_armenian_sentence_end_parts_a_glued_notice():
    notice = "Բոլոր իրավունքները պաշտպանված են։"
    block = _Block(f"{HY} {notice}")
    assert notice_tail([block], 0, lambda s: s.startswith("Բոլոր իրավունքները")) == len(HY) + 1
    assert notice_tail([_Block(f"{HY} Աշխատանքները կսկսվեն հաջորդ տարի։")], 0,
                       lambda s: s.startswith("Բոլոր իրավունքները")) is None


def test_a_question_ending_in_a_full_width_mark_before_a_copyright_sign_is_no_notice():
    assert Legal().rule_for("真的吗？ © 1998 年的版本", ("zh",)) is None      # a sentence ends before the sign
    assert Legal().rule_for("本当！ © 1998年の初版", ("ja",)) is None
    assert Legal().rule_for("新华网 © 2024 版权所有", ("zh",)) == "copyright"


ZH = "市议会周二批准了火车站周边的改造计划，工程预计将于明年春天开工，届时附近的道路将部分封闭，市民出行需提前规划路线。"
ZH_HEADLINES = ["- 暴雨导致城区多条道路积水 交警部门发布绕行提示和临时管制措施",
                "- 新建跨江大桥今日正式通车 两岸居民通勤时间缩短约二十分钟左右",
                "- 全市中小学将于下月起推行课后延时服务 家长可自愿报名参加活动"]


def test_chinese_headlines_of_thirty_characters_under_a_related_heading_go():
    doc = run_cleaner(RelatedList, f"{ZH}\n\n{ZH}\n\n相关新闻\n\n" + "\n".join(ZH_HEADLINES), language="zh")
    assert texts(doc) == [ZH, ZH]
    assert [rule for rule, _ in cuts(doc, "related_list")] == ["related-heading"] + ["related-story"] * 3


@pytest.mark.parametrize("heading,points", [
    ("会议决定的主要内容如下：", ["- 火车站周边道路将分三期改造，第一期工程预计明年三月开工建设。",
                                "- 改造期间公交线路将临时调整，具体方案由交通部门另行公布通知。",
                                "- 市政府将设立专项资金，用于补偿受施工影响的沿街商户经营损失。"]),
    ("", ["- 火车站周边道路将分三期改造 第一期工程预计明年三月开工建设",
          "- 改造期间公交线路将临时调整 具体方案由交通部门另行公布通知",
          "- 市政府将设立专项资金 用于补偿受施工影响的沿街商户经营损失"]),
])
def test_a_chinese_list_of_the_articles_points_stays(heading, points):
    top = f"{heading}\n\n" if heading else ""
    for text in (f"{ZH}\n\n{top}" + "\n".join(points) + f"\n\n{ZH}", f"{ZH}\n\n{ZH}\n\n{top}" + "\n".join(points)):
        doc = run_cleaner(RelatedList, text, language="zh")
        assert doc.removed == ()


def test_a_credit_after_an_armenian_sentence_end_is_a_glued_credit():
    from cleaners.builtin._credit_tail import credit_tail
    credit = "Անի Պետրոսյան, Photolure"
    assert credit_tail(f"{HY} Լուսանկարը՝ {credit}", ("hy",)) == (len(HY) + 1, credit)
    # no sentence ends before the label: "Name, Agency" after a comma may be the sentence's own words
    assert credit_tail(f"{HY[:-1]} լուսանկարը՝ Անի Պետրոսյան, Photolure", ("hy",)) is None


AM = "የከተማው ምክር ቤት ማክሰኞ በጣቢያው አቅራቢያ አዲስ መንገድ ለመገንባት የቀረበውን እቅድ አጽድቋል።"
VAR_DUMP = 'array(1) { [0]=> array(2) { ["id"]=> int(4411) ["title"]=> string(10) "Լուր մեկը" } }'


@pytest.mark.parametrize("paragraph", [HY, AM])
def test_a_dump_glued_after_an_armenian_or_ethiopic_full_stop_is_cut(paragraph):
    from cleaners.builtin.php_dump import PhpDump
    doc = run_cleaner(PhpDump, f"{paragraph} {VAR_DUMP}\n\nNext paragraph of the story stays here.")
    assert texts(doc) == [paragraph, "Next paragraph of the story stays here."]
    assert [r.rule for r in doc.removed] == ["dump-tail"]


def test_armenian_prose_naming_an_array_stays():
    from cleaners.builtin.php_dump import PhpDump
    for text in (f"{HY} array(3) {{ is what the call prints", f"{HY[:-1]} {VAR_DUMP}"):   # left open; no stop before
        assert run_cleaner(PhpDump, f"{text}\n\nNext paragraph of the story stays here.").removed == ()


@pytest.mark.parametrize("code,line", [
    ("ja", "市議会は新しい計画を承認した。詳しくはこちら →"),     # a sentence, then the call: no button alone
    ("ja", "👉 市議会は火曜日に駅前の再開発について新しい計画を承認し工事は来年の春に始まる見通しとなった 👈"),
    ("th", "สภาเมืองอนุมัติแผนพัฒนาพื้นที่รอบสถานีรถไฟเมื่อวันอังคาร และการก่อสร้างจะเริ่มในฤดูใบไม้ผลิปีหน้า →"),
])
def test_a_japanese_or_thai_sentence_wearing_an_arrow_is_no_button(code, line):
    from cleaners.builtin.closing_label import ClosingLabel
    body = JA if code == "ja" else "สภาเมืองอนุมัติแผนพัฒนาพื้นที่รอบสถานีรถไฟเมื่อวันอังคาร การก่อสร้างจะเริ่มในปีหน้า"
    doc = run_cleaner(ClosingLabel, f"{body}\n\n{line}\n\n{body}", language=code)
    assert line in texts(doc)


@pytest.mark.parametrize("code,line", [
    ("ja", "この記事をシェアする →"), ("ja", "👉 公式LINEアカウントを友だち追加 👈"),
    ("th", "ติดตามข่าวสารล่าสุดได้ที่เพจของเรา ›"), ("th", "กดกระดิ่งแจ้งเตือนเพื่อไม่พลาดทุกข่าวด่วน →"),
    ("my", "နေ့စဉ် သတင်းလွှာကို အခမဲ့ ရယူရန် စာရင်းသွင်းပါ →"),
])
def test_a_japanese_or_thai_button_line_goes(code, line):
    from cleaners.builtin.closing_label import ClosingLabel
    body = {"ja": JA, "th": "สภาเมืองอนุมัติแผนพัฒนาพื้นที่รอบสถานีรถไฟเมื่อวันอังคาร การก่อสร้างจะเริ่มในปีหน้า",
            "my": "မြို့တော်ကောင်စီသည် အင်္ဂါနေ့က ဘူတာရုံအနီးရှိ လမ်းသစ်စီမံကိန်းကို အတည်ပြုခဲ့သည်။"}[code]
    doc = run_cleaner(ClosingLabel, f"{body}\n\n{line}\n\n{body}", language=code)
    assert line not in texts(doc) and doc.removed


@pytest.mark.parametrize("code,body,notice", [
    ("zh", ZH, "© 2024 东方日报有限公司"),
    ("zh", ZH, "版权所有，未经授权不得转载。"),
    ("ja", JA, "無断転載を禁じます。"),
])
def test_a_notice_glued_after_a_cjk_stop_without_a_space_is_a_legal_tail(code, body, notice):
    doc = run_cleaner(Legal, f"{body}\n\n{body}{notice}\n\n{body}", language=code)
    assert texts(doc) == [body, body, body] and ("legal-tail", notice) in cuts(doc, "legal")


@pytest.mark.parametrize("sentence", ["该公司的版权所有权问题仍在诉讼中。", "©标志自1998年起就印在每一本书的封底上。"])
def test_a_chinese_sentence_about_copyright_after_a_cjk_stop_stays(sentence):
    doc = run_cleaner(Legal, f"{ZH}\n\n{ZH}{sentence}\n\n{ZH}", language="zh")
    assert doc.removed == ()


@pytest.mark.parametrize("code,body,credit", [("hy", HY, "Խմբագիր՝ Արամ Սարգսյան"), ("am", AM, "ዘጋቢ: አበበ ከበደ")])
def test_a_credit_glued_after_an_armenian_or_ethiopic_full_stop_is_a_credit_tail(code, body, credit):
    from cleaners.builtin.dateline import Dateline
    doc = run_cleaner(Dateline, f"{body}\n\n{body}\n\n{body} {credit}", language=code)
    assert texts(doc) == [body, body, body] and ("credit-tail", credit) in cuts(doc, "dateline")


def test_an_armenian_sentence_opening_with_the_word_for_author_stays():
    from cleaners.builtin.dateline import Dateline
    last = f"{HY} Հեղինակը նշել է, որ աշխատանքները կսկսվեն հաջորդ տարի։"
    doc = run_cleaner(Dateline, f"{HY}\n\n{HY}\n\n{last}", language="hy")
    assert last in texts(doc)


@pytest.mark.parametrize("code,body,line", [
    ("ja", JA, "この記事にはアフィリエイトリンクが含まれています。リンク経由で商品を購入すると、当サイトが手数料を受け取ることがあります。"),
    ("zh", ZH, "本文包含推广链接。如果您通过这些链接购买商品，我们可能获得佣金，但这不会影响我们的编辑独立性。"),
])
def test_a_long_cjk_editorial_notice_goes(code, body, line):
    doc = run_cleaner(Legal, f"{body}\n\n{line}\n\n{body}", language=code)
    assert texts(doc) == [body, body] and ("editorial-notice", line) in cuts(doc, "legal")


def test_a_chinese_paragraph_reporting_an_earlier_version_stays():
    line = "市政府发言人表示，本文此前版本所引用的数据来自去年的统计报告，今年的数据尚未公布，相关部门正在核实。"
    assert line in texts(run_cleaner(Legal, f"{ZH}\n\n{line}\n\n{ZH}", language="zh"))


def test_a_long_japanese_cookie_banner_with_its_buttons_goes():
    banner = ("当サイトでは、お客様の利便性の向上とサービスの改善、広告の配信および効果測定のためにクッキーを使用しています。"
              "サイトの閲覧を続けることで、クッキーの使用に同意したものとみなされます。 [同意する] [設定]")
    doc = run_cleaner(Legal, f"{JA}\n\n{banner}\n\n{JA}", language="ja")
    assert texts(doc) == [JA, JA] and ("consent-banner", banner) in cuts(doc, "legal")


def test_a_japanese_paragraph_about_cookies_stays():
    line = ("市の担当者によると、新しい駅ビルのウェブサイトでは利用者の行動を分析するためにクッキーを使用しており、"
            "個人情報の扱いについて市民から多くの問い合わせが寄せられている。 [詳しく見る]")
    assert line in texts(run_cleaner(Legal, f"{JA}\n\n{line}\n\n{JA}", language="ja"))


AR = "وافق المجلس البلدي يوم الثلاثاء على خطة جديدة لتطوير الساحة المحيطة بمحطة القطار، وتبدأ الأعمال في الربيع المقبل."


def test_two_sentences_parted_by_an_arabic_question_mark_before_a_chevron_are_no_sentence_button():
    from cleaners.builtin.closing_label import ClosingLabel
    line = "هل تريد المزيد؟ اقرأ كل الأخبار في تطبيقنا. ›"      # as "Want more? Read all the news in our app. ›"
    assert line in texts(run_cleaner(ClosingLabel, f"{AR}\n\n{line}\n\n{AR}", language="ar"))


def test_one_arabic_sentence_before_a_chevron_is_a_sentence_button():
    from cleaners.builtin.closing_label import ClosingLabel
    line = "اقرأ كل الأخبار في تطبيقنا. ›"
    doc = run_cleaner(ClosingLabel, f"{AR}\n\n{line}\n\n{AR}", language="ar")
    assert texts(doc) == [AR, AR] and ("sentence-button", line) in cuts(doc, "closing_label")


def test_lines_of_a_thai_paragraph_wrapped_at_the_end_are_no_story_list():
    lines = ["ชาวบ้านบางส่วนตั้งคำถามว่าฝายไม้ไผ่จะทนกระแสน้ำหลากในฤดูฝนได้นานเพียงใด",     # no stop in Thai
             "สถานีวิทยุชุมชนระบุว่ามีผู้ฟังโทรเข้ามาแสดงความคิดเห็นเรื่องโครงการนี้จำนวนมาก",
             "ฝายแต่ละแห่งใช้งบประมาณประมาณสี่หมื่นห้าพันบาทจากกองทุนหมู่บ้าน"]
    body = "สภาเมืองอนุมัติแผนพัฒนาพื้นที่รอบสถานีรถไฟเมื่อวันอังคาร การก่อสร้างจะเริ่มในฤดูใบไม้ผลิปีหน้า"
    doc = run_cleaner(RelatedList, f"{body}\n\n{body}\n\n" + "\n".join(lines), language="th")
    assert doc.removed == ()
