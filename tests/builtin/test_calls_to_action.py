import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


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


@pytest.mark.parametrize("code,line", [
    ("en", "Comments are moderated, and will not appear until the author has approved them."),
    ("pt", "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão "
           "aprovados pelo moderador."),
    ("de", "Kommentare werden vor der Veröffentlichung von der Redaktion moderiert."),
    ("fr", "Les commentaires sont modérés et ne seront pas publiés s'ils sont injurieux."),
    ("de", "Bleiben Sie fair. Alle Kommentare werden vor der Veröffentlichung geprüft."),
    ("es", "Sé respetuoso: los comentarios se moderan y pueden tardar en aparecer."),
])
def test_a_comment_policy_at_the_end_of_the_body_goes(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("comment-policy", line)]


@pytest.mark.parametrize("line", [
    "Facebook said comments would be moderated more strictly from next year.",      # reported
    "The moderator of the debate asked for comments from the floor and got forty.",  # reported too
])
def test_lines_about_moderation_that_are_no_policy_stay(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("de", "Die Kommentare der Abgeordneten werden geprüft, sagte die Sprecherin des Landtags."),   # reported
    ("es", "Los jueces moderamos el debate, dijo el presidente del tribunal en sus comentarios."),  # reported
    ("de", "Alle Anträge werden vor der Veröffentlichung geprüft."),                              # no comments
])
def test_moderation_words_without_a_policy_stay(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_a_policy_line_far_from_the_end_stays():
    line = "Comments are moderated, and will not appear until the author has approved them."
    body = [BODY, line] + [f"{BODY} Paragraph {k}." for k in range(5)]
    doc = run_cleaner(CallsToAction, "\n\n".join(body), language="en")
    assert texts(doc) == body


@pytest.mark.parametrize("line,language,rule", [
    ("Sign-up to the newsletter and get a free guide", "en", "newsletter-signup"),
    ("Signup for the Harbour Weekly newsletter", "en", "newsletter-signup"),
    ("To get these notes every month, sign up for the Tide-Table Newsletter.", "en", "newsletter-signup"),
    ("Click here to subscribe to The Harbour Weekly Newsletter", "en", "newsletter-signup"),
    ("Jetzt zum Hafen-Newsletter anmelden", "de", "newsletter-signup"),
    ("Pour recevoir ces notes, inscrivez-vous à la newsletter Marées du Nord.", "fr", "newsletter-signup"),
    ("Zapisz się do naszego newslettera", "pl", "newsletter-signup"),
    ("Haftalık bültenimize abone olun", "tr", "newsletter"),
    ("Şifrenizi mi unuttunuz?", "tr", "login-chrome"),
    ("Anmäl dig till vårt nyhetsbrev Hamnposten", "sv", "newsletter"),
    ("Glömt ditt lösenord?", "sv", "login-chrome"),
    ("Підпишіться на нашу щотижневу розсилку «Економіка»", "uk", "newsletter-signup"),
    ("Забули пароль?", "uk", "login-chrome"),
    ("Přihlaste se k odběru našeho newsletteru Ranní přehled", "cs", "newsletter"),
    ("Zapomněli jste heslo?", "cs", "login-chrome"),
    ("뉴스레터를 구독하시면 매일 아침 주요 뉴스를 받아보실 수 있습니다", "ko", "newsletter"),
    ("비밀번호를 잊으셨나요?", "ko", "login-chrome"),
    ("Εγγραφείτε στο newsletter μας «Πρωινή ενημέρωση»", "el", "newsletter"),
    ("Ξεχάσατε τον κωδικό σας;", "el", "login-chrome"),
    ("Abonează-te la newsletterul nostru „Dimineața”", "ro", "newsletter"),
    ("Ai uitat parola?", "ro", "login-chrome"),
    ("Iratkozzon fel hírlevelünkre, a Reggeli összefoglalóra", "hu", "newsletter"),
    ("Elfelejtette jelszavát?", "hu", "login-chrome"),
    ("اشترك في نشرتنا البريدية الأسبوعية", "ar", "newsletter"),
    ("Tilmeld dig vores nyhedsbrev Havnebladet", "da", "newsletter"),
    ("Glemt din adgangskode?", "da", "login-chrome"),
    ("Đăng ký nhận bản tin Sáng nay", "vi", "newsletter"),
    ("Quên mật khẩu?", "vi", "login-chrome"),
    ("הירשמו לניוזלטר שלנו בוקר טוב", "he", "newsletter"),
    ("שכחת את הסיסמה?", "he", "login-chrome"),
    ("در خبرنامه صبحگاهی ما عضو شوید", "fa", "newsletter"),
    ("رمز عبور را فراموش کرده‌اید؟", "fa", "login-chrome"),
    ("हमारा न्यूज़लेटर सब्सक्राइब करें", "hi", "newsletter"),
    ("पासवर्ड भूल गए?", "hi", "login-chrome"),
    ("Subscriu-te al nostre butlletí Bon dia", "ca", "newsletter"),
    ("Has oblidat la contrasenya?", "ca", "login-chrome"),
    ("Абонирайте се за нашия бюлетин Сутрешен преглед", "bg", "newsletter"),
    ("Забравена парола?", "bg", "login-chrome"),
    ("Prihláste sa na odber newslettera Ranný prehľad", "sk", "newsletter"),
    ("Zabudli ste heslo?", "sk", "login-chrome"),
    ("Berlangganan newsletter kami Kabar Pagi", "id", "newsletter"),
    ("Lupa kata sandi?", "id", "login-chrome"),
    ("Meld deg på nyhetsbrevet vårt Morgenpraten", "nb", "newsletter"),
    ("Glemt passordet?", "nb", "login-chrome"),
    ("Tilaa uutiskirjeemme Aamun uutiset", "fi", "newsletter"),
    ("Unohditko salasanasi?", "fi", "login-chrome"),
    ("هل نسيت كلمة المرور؟", "ar", "login-chrome"),
    ("Forgot your password?", "en", "login-chrome"),
    ("No account yet? Registration is free!", "en", "login-chrome"),
    ("Login or register to post comments", "en", "login-chrome"),
    ("Passwort vergessen?", "de", "login-chrome"),
    ("¿No tienes cuenta? Regístrate gratis", "es", "login-chrome"),
    ("Забыли пароль?", "ru", "login-chrome"),
])
def test_newsletter_signups_and_login_chrome_are_removed(line, language, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] * 4 and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "Many parents sign up for the school newsletter every autumn, the head teacher said.",
    "Anna decided to sign up for the parish newsletter last year because she loved writing about gardens.",
    "Forgot your password? The bank said customers would be asked to reset it within a week.",
    "Registration is free for the marathon, which starts at the harbour on Sunday morning and ends in the park.",
])
def test_sentences_with_signup_or_login_words_stay(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Welcome to Tidewater Notes! If you're new here, you may want to subscribe to my RSS feed.", "en"),
    ("If you are new here, you can read about me and this blog first.", "en"),
    ("Willkommen zurück! Wenn du neu hier bist, abonniere meinen Feed.", "de"),
    ("Si vous êtes nouveau ici, abonnez-vous au flux RSS.", "fr"),
])
def test_a_welcome_to_the_visitor_at_either_end_goes(line, language):
    for body in (f"{line}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}", f"{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{line}"):
        doc = run_cleaner(CallsToAction, body, language=language)
        assert texts(doc) == [BODY] * 4 and cuts(doc, "calls_to_action") == [("welcome-visitor", line)]


def test_welcome_sentences_in_prose_or_mid_body_stay():
    said = "Welcome to the new season, the coach said as the players gathered on the pitch."
    greeting = "Welcome to the harbour festival! The boats sail at noon and the market opens at ten."
    new_here = "If you're new here, the town can be confusing, with its narrow streets and one-way roads."
    for line in (said, greeting):
        doc = run_cleaner(CallsToAction, f"{line}\n\n{BODY}")
        assert texts(doc) == [line, BODY] and doc.removed == ()
    middle = f"{BODY}\n\n{BODY}\n\n{BODY}\n\n{new_here}\n\n{BODY}\n\n{BODY}\n\n{BODY}"
    doc = run_cleaner(CallsToAction, middle)      # a welcome phrase far from both ends is the article's
    assert new_here in texts(doc) and doc.removed == ()


@pytest.mark.parametrize("lines,language", [
    (["No user comments yet. Be the first to express your opinion!"], "en"),
    (["There are no comments yet"], "en"),
    (["READER COMMENTS:"], "en"),
    (["Comments (0)", "Be the first to share your thoughts!"], "en"),
    (["Kommentare", "Noch keine Kommentare."], "de"),
    (["Soyez le premier à commenter !"], "fr"),
    (["Комментариев пока нет"], "ru"),
])
def test_empty_thread_chrome_ending_the_body_goes(lines, language):
    doc = run_cleaner(CallsToAction, "\n\n".join([BODY, BODY] + lines), language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("empty-thread", l) for l in lines]


def test_empty_thread_words_in_prose_or_above_the_article_stay():
    prose = "There are no comments yet from the ministry on the report."
    heading = "Reader comments"
    for body in (f"{BODY}\n\n{prose}", f"{BODY}\n\n{heading}\n\n{BODY}"):
        doc = run_cleaner(CallsToAction, body)
        assert texts(doc) == body.split("\n\n") and doc.removed == ()


@pytest.mark.parametrize("line,language,rule", [
    ("Teilen Sie diesen Artikel", "de", "share"),
    ("Diesen Artikel teilen:", "de", "share"),
    ("Partagez cet article avec vos amis !", "fr", "share"),
    ("Comparte esta noticia en tus redes", "es", "share"),
    ("Folgen Sie uns auf Facebook und Twitter", "de", "social"),
    ("Suivez-nous sur Facebook et Instagram.", "fr", "social"),
    ("Síguenos en Twitter y en YouTube.", "es", "social"),
])
def test_share_and_follow_calls_in_the_documents_language_are_removed(line, language, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    ("Folgen Sie der Umleitung über die B12.", "de"),
    ("Folgen Sie der Debatte auf Twitter, sagte der Minister.", "de"),
    ("Teilen Sie diesen Artikel der Verfassung? Die Mehrheit der Richter sah das anders als die Regierung im Frühjahr.", "de"),
    ("Suivez la route jusqu'au port, puis tournez sur Facebook Street.", "fr"),
    ("Comparte este artículo la mayoría de los expertos, dijo el ministro.", "es"),
    ("Síguenos, gritaban los manifestantes en Twitter.", "es"),
])
def test_share_and_follow_words_in_prose_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Weiterlesen »", "de"), ("Mehr lesen: Neue Radwege für die Innenstadt", "de"), ("Mehr …", "de"),
    ("Lire la suite", "fr"), ("Lire la suite : le port s'agrandit", "fr"),
    ("Leer más →", "es"), ("Seguir leyendo: el puerto crece", "es"),
    ("Mehr zum Thema", "de"), ("Das könnte Sie auch interessieren", "de"), ("Meistgelesen", "de"),
    ("Mehr aus dem Ressort", "de"),
    ("Lire aussi", "fr"), ("Te puede interesar", "es"),
])
def test_read_more_labels_in_the_documents_language_are_removed(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [("read-more", line)]


@pytest.mark.parametrize("line,language", [
    ("Mehr Geld für die Schulen fordert die Opposition.", "de"),
    ("Mehr lesen: Das sei zu wenig, sagte der Bürgermeister.", "de"),
    ("Mehr: Radwege für die Innenstadt und die Vororte", "de"),
    ("Suite à la décision du tribunal, le chantier est arrêté.", "fr"),
    ("Más de cien vecinos protestaron ante el ayuntamiento.", "es"),
    ("Zum Thema Hochwasser sprach der Bürgermeister am Abend.", "de"),   # a related label opening prose
    ("Meistgelesen war der Bericht über die Brücke.", "de"),
])
def test_read_more_words_opening_prose_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Ihren Freunden!", "de"),
    ("Vous avez aimé cet article ? Partagez-le !", "fr"),
    ("¿Te ha gustado este artículo? ¡Compártelo!", "es"),
])
def test_a_share_call_after_a_short_question_is_removed(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [("share", line)]


@pytest.mark.parametrize("line,language", [
    ("Wie verteilt man den Kuchen? Teilen Sie ihn in acht gleich große Stücke und servieren Sie ihn warm.", "de"),
    ("Warum? Teilen Sie ihn doch durch zwei, sagte der Lehrer.", "de"),
    ("Que faire du gâteau une fois sorti du four et refroidi sur la grille ? Partagez-le.", "fr"),
])
def test_share_words_after_a_question_in_prose_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Haben Sie einen Hinweis? Schreiben Sie uns an hinweis@example.org", "de"),
    ("Die Autorin ist erreichbar unter anna.roth@example.org", "de"),
    ("Vous avez une info ? Écrivez-nous à info@example.org", "fr"),
    ("La autora puede ser contactada en lucia@example.org o en Twitter.", "es"),
])
def test_the_authors_contact_line_in_the_documents_language_is_removed(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [("author-contact", line)]


@pytest.mark.parametrize("line,language", [
    ("Das Bürgerbüro ist erreichbar unter der bekannten Nummer im Rathaus.", "de"),
    ("Der Vermieter ist erreichbar unter mieter@example.org, sagte die Sprecherin.", "de"),
    ("Le maire est joignable à la mairie tous les matins.", "fr"),
])
def test_contact_words_without_an_address_or_reporting_someone_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("code,line,rule", [
    ("en", "Download our free app for iPhone and Android", "app-download"),
    ("de", "Laden Sie sich unsere App herunter!", "app-download"),
    ("fr", "Téléchargez l'application pour ne rien manquer", "app-download"),
    ("es", "Descárgate la app en tu móvil", "app-download"),
    ("it", "Scarica l'app gratis", "app-download"),
    ("pt", "Baixe o nosso aplicativo", "app-download"),
    ("nl", "Download de app", "app-download"),
    ("ru", "Установите наше приложение", "app-download"),
    ("pl", "Ściągnij naszą aplikację", "app-download"),
    ("pl", "Obserwuj nas na Instagramie", "social"),
    ("tr", "Ücretsiz uygulamamızı hemen indirin", "app-download"),
    ("tr", "WhatsApp kanalımıza katılın", "social"),
    ("sv", "Ladda ner vår app för iPhone och Android", "app-download"),
    ("sv", "Följ oss på Instagram", "social"),
    ("uk", "Завантажте наш застосунок для iPhone та Android", "app-download"),
    ("uk", "Стежте за нами в Instagram", "social"),
    ("cs", "Stáhněte si naši aplikaci pro iPhone a Android", "app-download"),
    ("cs", "Sledujte nás na Instagramu", "social"),
    ("da", "Hent vores app til iPhone og Android", "app-download"),
    ("da", "Følg os på Instagram", "social"),
    ("vi", "Tải ứng dụng của chúng tôi cho iPhone và Android", "app-download"),
    ("vi", "Theo dõi chúng tôi trên Instagram", "social"),
    ("he", "הורידו את האפליקציה שלנו לאייפון ולאנדרואיד", "app-download"),
    ("he", "עקבו אחרינו באינסטגרם", "social"),
    ("fa", "دانلود اپلیکیشن ما برای آیفون و اندروید", "app-download"),
    ("fa", "ما را در اینستاگرام دنبال کنید", "social"),
    ("hi", "हमारा ऐप डाउनलोड करें, आईफोन और एंड्रॉयड दोनों पर", "app-download"),
    ("hi", "हमें इंस्टाग्राम पर फॉलो करें", "social"),
    ("ca", "Descarrega't la nostra app per a iPhone i Android", "app-download"),
    ("ca", "Segueix-nos a Instagram", "social"),
    ("bg", "Изтеглете нашето приложение за iPhone и Android", "app-download"),
    ("bg", "Последвайте ни в Instagram", "social"),
    ("sk", "Stiahnite si našu aplikáciu pre iPhone a Android", "app-download"),
    ("sk", "Sledujte nás na Instagrame", "social"),
    ("id", "Unduh aplikasi kami untuk iPhone dan Android", "app-download"),
    ("id", "Ikuti kami di Instagram", "social"),
    ("nb", "Last ned appen vår for iPhone og Android", "app-download"),
    ("nb", "Følg oss på Instagram", "social"),
    ("fi", "Lataa ilmainen sovelluksemme iPhonelle ja Androidille", "app-download"),
    ("fi", "Seuraa meitä Instagramissa", "social"),
    ("ar", "حمّل تطبيقنا على آيفون وأندرويد", "app-download"),
    ("ar", "تابعونا على تلغرام", "social"),
    ("ko", "앱을 설치하고 속보 알림을 받아보세요", "app-download"),
    ("ko", "카카오톡 채널을 추가하세요", "social"),
    ("el", "Κατεβάστε δωρεάν την εφαρμογή μας για iPhone και Android", "app-download"),
    ("el", "Ακολουθήστε μας στο Instagram", "social"),
    ("ro", "Descarcă aplicația noastră pentru iPhone și Android", "app-download"),
    ("ro", "Urmărește-ne pe Instagram", "social"),
    ("hu", "Töltse le ingyenes alkalmazásunkat iPhone-ra és Androidra", "app-download"),
    ("hu", "Kövessen minket az Instagramon", "social"),
    ("ru", "Подписывайтесь на наш канал в Телеграме", "social"),
    ("es", "Únete a nuestro canal de WhatsApp", "social"),
    ("de", "Die wichtigsten Nachrichten direkt in Ihr Postfach", "newsletter"),
    ("nl", "Ontvang elke ochtend het nieuws uit de regio", "newsletter-signup"),
])
def test_app_channel_and_mailbox_calls_in_each_language(code, line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Download speeds doubled in the valley after the new cable was laid last spring, the operator said."),
    ("en", "Get the app ready before the election, the minister told officials, or the count will be late again."),
    ("de", "Laden Sie die App herunter, forderte der Bürgermeister die Bürger auf, dann erfahren Sie alles über die Baustelle."),
    ("pl", "Obserwuj nas uważnie, mówili żołnierze do dzieci przy bramie koszar."),
    ("tr", "Yorum yapmak istemeyen bakan, sorular bitmeden salondan ayrıldı ve arabasına bindi."),
    ("tr", "Tabelaları takip edin, diye bağırdı görevli, ve kalabalığı arka kapıya yönlendirdi."),
    ("sv", "Följ oss noga, sade soldaterna till barnen vid grinden till kasernen."),
    ("da", "Følg os tæt, sagde soldaterne til børnene ved porten til kasernen."),
    ("vi", "Theo dõi chúng tôi thật kỹ, người hướng dẫn nói với bọn trẻ ở cổng doanh trại."),
    ("he", "עקבו אחרינו מקרוב, אמרו החיילים לילדים בשער הבסיס."),
    ("fa", "ما را از نزدیک دنبال کنید، سربازان این را به بچه‌ها در ورودی پادگان گفتند."),
    ("hi", "हमें ध्यान से फॉलो करें, सैनिकों ने छावनी के गेट पर बच्चों से कहा।"),
    ("ca", "Seguiu-nos de prop, van dir els soldats als nens a la porta de la caserna."),
    ("bg", "Последвайте ни отблизо, казаха войниците на децата пред портала на казармата."),
    ("sk", "Sledujte nás pozorne, povedali vojaci deťom pri bráne kasární."),
    ("id", "Ikuti kami dengan hati-hati, kata petugas kepada anak-anak di gerbang barak."),
    ("nb", "Følg oss tett, sa soldatene til barna ved porten til kasernen."),
    ("fi", "Seuraa meitä tarkasti, sotilaat sanoivat lapsille kasarmin portilla."),
    ("ar", "تابعونا جيداً، قال المدرب للأطفال عند بوابة الثكنة."),
    ("ko", "유튜브 채널을 구독하세요, 라고 강사가 막사 입구에서 아이들에게 말했다."),
    ("el", "Ακολουθήστε μας προσεκτικά, είπε ο εκπαιδευτής στα παιδιά στην πύλη του στρατοπέδου."),
    ("ro", "Urmăriți-ne cu atenție, a spus instructorul copiilor de la poarta cazărmii."),
    ("hu", "Kövessenek minket figyelmesen, mondta az oktató a gyerekeknek a laktanya kapujában."),
    ("cs", "Sledujte nás pozorně, řekl instruktor dětem u brány kasáren."),
    ("uk", "Стежте за нами уважно, сказав інструктор дітям біля входу до казарми."),
    ("nl", "Ontvang elke ochtend een gast, zei de burgemeester, dan leer je de stad kennen en weet je wat er speelt."),
])
def test_the_same_openings_in_a_story_stay(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("code,line,rule", [
    ("es", "Descarga gratis nuestra aplicación", "app-download"),
    ("it", "Scarica gratis la nostra app", "app-download"),
    ("de", "Unsere App jetzt kostenlos herunterladen", "app-download"),
    ("nl", "Download gratis onze nieuws-app", "app-download"),
    ("ru", "Скачайте бесплатно наше приложение", "app-download"),
    ("en", "Never miss a story: sign up for our daily email", "newsletter-signup"),
    ("ru", "Наш канал в Telegram — подписывайтесь", "social"),
])
def test_calls_with_words_between_the_verb_and_the_app(code, line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Get the new banking app running by Friday, the bank told its customers."),
    ("it", "Scarica la colpa sul governo il sindaco, che parla di una scelta sbagliata."),
    ("es", "Descarga gratis nuestra aplicación, dijo el ministro, y sabrás cuándo pasa el autobús."),
])
def test_prose_opening_like_an_app_call_stays(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("line,language", [
    ("Inscrivez-vous à notre newsletter pour recevoir chaque soir le résumé des débats du conseil.", "fr"),
    ("Subscreva a nossa newsletter e receba todas as sextas-feiras o melhor da semana.", "pt"),
    ("Curious what happens next? Subscribe to our daily briefing.", "en"),
])
def test_a_newsletter_call_with_what_the_newsletter_brings(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("newsletter", line)]


def test_a_newsletter_phrase_before_a_long_report_stays():
    line = ("Subscribe to our daily updates, the council urged residents on Monday, after the flood warnings "
            "went out too late for the families living near the river.")
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line]


def test_a_sentence_about_a_newsletter_with_a_long_tail_stays():
    line = "Newsletter, który rada osiedla wysyłała do pięciuset mieszkańców, przestanie się ukazywać w styczniu."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="pl")
    assert texts(doc) == [BODY, line]


def test_a_european_portuguese_comment_prompt_and_a_reported_one():
    prompt = "Deixe o seu comentário"
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{prompt}", language="pt")
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("comment-prompt", prompt)]
    line = "Deixe o seu comentário na reunião de quinta-feira, disse o presidente da junta aos moradores."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="pt")
    assert texts(doc) == [BODY, line]


def test_a_newsletter_phrase_with_a_short_tail_anywhere_in_the_line_makes_the_call():
    from cleaners import lang
    langs = lang.languages("nb")
    # the first phrase ("meld deg på nyhetsbrevet vårt") has nine words after it, the second ("i innboksen") two
    line = "Meld deg på nyhetsbrevet vårt og få de viktigste nyhetene i innboksen hver morgen."
    assert CallsToAction().rule_for(line, langs) == "newsletter"
    prose = "Meld deg på nyhetsbrevet vårt, forteller ordføreren, som leser alle brevene i innboksen hver morgen."
    assert CallsToAction().rule_for(prose, langs) is None      # someone reported: prose


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
