"""Calls to action of any kind, in English and in each language's words, against the prose that opens like them."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,rule", [
    ("Leave a comment", "comment-prompt"), ("12 comments", "comment-prompt"),
    ("Please read our comment policy before posting.", "comment-prompt"),
    ("Become a member", "membership"), ("Already a subscriber?", "membership"),
    ("Get the latest headlines delivered to your inbox", "newsletter"),
    ("Share this article", "share"), ("Email", "share"), ("Print »", "share"), ("Pin It", "share"),
    ("Read more: Floods hit the northern valley", "read-more"), ("Related Articles", "read-more"),
    ("Continue reading »", "read-more"),
    ("Follow us on Twitter", "social"), ("You can also find us on Facebook and Telegram.", "social"),
    ("Join our Telegram channel", "social"), ("\u2013 Follow the Harbour Desk on Twitter: @harbourdesk", "social"),
    ("Free Updates by Email", "login-chrome"), ("Newsletter signup", "login-chrome"),
    ("Like this story? Share it with a friend!", "share"), ("Tell us what YOU think...", "comment-prompt"),
    ("Also on example.org: Floods hit the northern valley", "read-more"),
    ("Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.", "author-contact"),
])
def test_calls_to_action_are_removed(line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "Share prices fell 3% on Monday.",
    "Pin it to the board with a tack before the glue dries.",
    "Related talks were held in Geneva last week.",
    "Recommended doses of vitamin D vary by age.",
    "See also the annual report published in March.",
    "The president will share the plan on Twitter tomorrow.",
    "\u2013 Follow the debate on Twitter, the minister told reporters.",
    "Email updates about the flood were sent to every resident of the valley.",
    "He said he would watch the YouTube stream with his family.",
    "\"Follow us on Twitter,\" the campaign urged its supporters.",
    "She said she would share it with a friend before the vote.",
    "The mayor can be reached at the town hall on Mondays, his office said.",
    "Also on the agenda was the new bridge over the river.",
    "The company said it will print more copies and email them to schools this week, as demand "
    "for the book about the river keeps growing across the region.",
])
def test_article_sentences_are_kept(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_code_blocks_are_kept():
    doc = run_cleaner(CallsToAction, "```\nShare this article\n```")
    assert doc.removed == ()


def test_prose_that_opens_like_a_call_is_kept():
    from cleaners.builtin.calls_to_action import CallsToAction
    for line in ("What do you think? The minister's plan would cut taxes for half of the country's families.",
                 "Join us, the mayor told the crowd gathered outside the town hall."):
        assert CallsToAction().rule_for(line) is None, line
    assert CallsToAction().rule_for("What do you think? Tell us below.") == "comment-prompt"


@pytest.mark.parametrize("code,line,rule", [
    ("de", "(3) Kommentare", "comment-prompt"), ("fr", "12 commentaires", "comment-prompt"),
    ("pl", "5 komentarzy", "comment-prompt"), ("ru", "Комментарии (4)", "comment-prompt"),
    ("de", "Teilen", "share"), ("es", "Compartir", "share"),
    ("de", "Lesen Sie auch: Neue Regeln für Mieter ab Januar", "read-more"),
    ("it", "Leggi anche » Il governo approva la manovra", "read-more"),
    ("tr", "Yorumlar (7)", "comment-prompt"), ("tr", "Paylaş", "share"),
    ("tr", "İLGİLİ HABERLER", "read-more"), ("tr", "Bunu da okuyun: Kirada yeni dönem başlıyor", "read-more"),
    ("sv", "5 kommentarer", "comment-prompt"), ("sv", "Dela", "share"),
    ("sv", "Läs också: Hyrorna höjs i januari", "read-more"),
    ("da", "7 kommentarer", "comment-prompt"), ("da", "Del", "share"),
    ("da", "Læs også: Huslejen stiger i januar", "read-more"),
    ("vi", "12 bình luận", "comment-prompt"), ("vi", "Chia sẻ", "share"), ("vi", "Đọc thêm: Giá thuê nhà tăng từ tháng Giêng", "read-more"),
    ("he", "12 תגובות", "comment-prompt"), ("he", "שתפו", "share"), ("he", "קראו גם: שכר הדירה יעלה בינואר", "read-more"),
    ("fa", "۱۲ نظر", "comment-prompt"), ("fa", "اشتراک‌گذاری", "share"), ("fa", "بیشتر بخوانید: اجاره‌بها از دی ماه بالا می‌رود", "read-more"),
    ("hi", "12 टिप्पणियां", "comment-prompt"), ("hi", "शेयर करें", "share"), ("hi", "ये भी पढ़ें: जनवरी से बढ़ेगा मकान का किराया", "read-more"),
    ("ca", "12 comentaris", "comment-prompt"), ("ca", "Comparteix", "share"), ("ca", "Llegeix també: Els lloguers pujaran al gener", "read-more"),
    ("bg", "12 коментара", "comment-prompt"), ("bg", "Сподели", "share"), ("bg", "Прочетете още: Наемите се вдигат от януари", "read-more"),
    ("sk", "12 komentárov", "comment-prompt"), ("sk", "Zdieľať", "share"), ("sk", "Čítajte aj: Nájomné od januára stúpne", "read-more"),
    ("id", "12 komentar", "comment-prompt"), ("id", "Bagikan", "share"), ("id", "Baca juga: Harga sewa rumah naik mulai Januari", "read-more"),
    ("nb", "12 kommentarer", "comment-prompt"), ("nb", "Del", "share"), ("nb", "Les også: Husleien stiger i januar", "read-more"),
    ("fi", "12 kommenttia", "comment-prompt"), ("fi", "Jaa", "share"), ("fi", "Lue myös: Vuokrat nousevat tammikuussa", "read-more"),
    ("ar", "12 تعليقاً", "comment-prompt"), ("ar", "مشاركة", "share"),
    ("ar", "اقرأ أيضاً: ارتفاع أسعار الخبز في يناير", "read-more"),
    ("ko", "댓글 12", "comment-prompt"), ("ko", "공유하기", "share"),
    ("ko", "관련기사: 전기요금 1월부터 오른다", "read-more"),
    ("el", "12 σχόλια", "comment-prompt"), ("el", "Κοινοποίηση", "share"),
    ("el", "Διαβάστε επίσης: Αυξήσεις στα ενοίκια από τον Ιανουάριο", "read-more"),
    ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Αυξήσεις στα ενοίκια από τον Ιανουάριο", "read-more"),   # capitals without accents
    ("ro", "12 comentarii", "comment-prompt"), ("ro", "Distribuie", "share"),
    ("ro", "Citește și: Chiriile cresc din ianuarie", "read-more"),
    ("ro", "Citeşte şi: Chiriile cresc din ianuarie", "read-more"),   # the cedilla forms of ș and ț
    ("hu", "12 hozzászólás", "comment-prompt"), ("hu", "Megosztás", "share"),
    ("hu", "Kapcsolódó: Januártól emelkednek a lakbérek", "read-more"),
    ("cs", "24 komentářů", "comment-prompt"), ("cs", "Sdílet", "share"),
    ("cs", "Čtěte také: Jízdné v MHD od ledna podraží", "read-more"),
    ("uk", "12 коментарів", "comment-prompt"), ("uk", "Поділитися", "share"),
    ("uk", "Читайте також: Тарифи на воду зростуть із січня", "read-more"),
])
def test_counts_share_targets_and_related_labels_in_each_language(code, line, rule):
    from cleaners import lang
    assert CallsToAction().rule_for(line, lang.languages(code)) == rule


@pytest.mark.parametrize("code,line", [
    ("en", "Comments"), ("de", "Kommentare"),          # a thread's heading: the comment stage reads it
    ("en", "12 comments were filed before the deadline, the agency said."),
    ("de", "Lesen Sie auch, was der Minister dazu gesagt hat"),
    ("en", "Related: the court said the two cases were linked"),
    ("fr", "Partager un repas avec des inconnus est devenu une mode."),
])
def test_the_same_words_as_headings_or_prose_stay(code, line):
    from cleaners import lang
    assert CallsToAction().rule_for(line, lang.languages(code)) is None


def test_calls_in_other_languages():
    from cleaners.builtin.calls_to_action import CallsToAction
    for line, rule in (("Schreiben Sie einen Kommentar", "comment-prompt"), ("Abonnez-vous", "membership"),
                       ("Recibe nuestro boletín", "newsletter"), ("Zapisz się do newslettera", "newsletter")):
        assert CallsToAction().rule_for(line) == rule, line


@pytest.mark.parametrize("code, line", [("de", "→ Teilen Sie diesen Artikel mit Ihren Freunden"),
                                        ("fr", "» Partagez cet article avec vos proches"),
                                        ("ru", "• Поделитесь этой статьёй с друзьями"),
                                        ("en", "➜ Share this article")])
def test_a_call_after_a_button_arrow_goes(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [BODY, BODY]


@pytest.mark.parametrize("code, line", [("de", "→ Teilen Sie diesen Artikel nicht, sagte der Minister am Abend in Berlin"),
                                        ("en", "» Share prices fell by a third in the first week of trading, the bank said."),
                                        ("en", "→ Following the vote, the council adjourned until May.")])
def test_a_sentence_after_an_arrow_stays(code, line):
    assert run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=code).removed == ()
