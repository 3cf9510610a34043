"""The language of a forum page whose template labels are in another language than its posts (`language.detect_page`):
the posts' language, judged on the running text of body and posts, not on labels ("Join Date", "Reply With Quote").
Pages written here: French and Russian posts under an English template; an English article with French comments."""
from __future__ import annotations

from cleaners.language import detect_page

TEMPLATE = ["Forum > Transports | User Name Password Remember Me? Log in",
            "Thread Tools Search this Thread Display Modes",
            "All times are GMT +1. The time now is 11:02 AM.",
            "Powered by vBulletin® Version 3.8.4 Copyright ©2000 - 2013, Jelsoft Enterprises Ltd.",
            "Similar Threads", "Thread | Thread Starter | Forum | Replies | Last Post",
            "Posting Rules: You may not post new threads. You may not post replies. You may not post attachments. "
            "You may not edit your posts."]
POSTS = {
    "fr": ["Je suis d'accord avec toi, la ligne devrait circuler plus tard le soir.",
           "Le dernier bus part à 23 heures, c'est beaucoup trop tôt pour ceux qui travaillent.",
           "Quelqu'un sait si la mairie a voté le budget pour l'année prochaine ?",
           "Oui, le conseil municipal l'a adopté mardi dernier, on verra bien ce que ça donne."],
    "ru": ["Согласен, последний автобус должен уходить гораздо позже, чем сейчас.",
           "В одиннадцать вечера уже ничего не ходит, а люди работают до полуночи.",
           "Кто-нибудь знает, утвердила ли мэрия бюджет на следующий год?",
           "Да, городской совет принял его в прошлый вторник, посмотрим, что получится."],
}
ARTICLE = ["The city council approved on Tuesday a plan to run night buses on four more routes from the spring, "
           "after a year of complaints from shift workers who said the last departures left far too early for them.",
           "The extension will cost about two million a year and will be paid from the parking fund, the transport "
           "committee said in a statement published after the vote, adding that the timetable would be reviewed.",
           "Residents of the northern districts, where the last bus now leaves before eleven, welcomed the decision "
           "but asked for more frequent services at weekends."]


def test_posts_under_a_template_in_another_language_tell_the_page_language():
    for code, posts in POSTS.items():
        assert detect_page(TEMPLATE, posts) == code


def test_without_posts_the_body_alone_tells_it():
    assert detect_page(TEMPLATE, []) == "en"


def test_an_article_with_comments_in_another_language_keeps_its_own():
    assert detect_page(ARTICLE, POSTS["fr"] * 3) == "en"


def test_the_pipeline_reads_a_french_forum_page_under_an_english_template_as_french(pipeline):
    posts = "".join(
        f"<table class='tborder' id='post{k}'><tr><td class='thead'>1{k}/03/2013, 20:4{k}</td></tr>"
        f"<tr><td class='alt2'><a class='bigusername' href='member.php?u={k}'>{name}</a>"
        f"<div class='smallfont'><div>Join Date: Mar 2011</div><div>Posts: {120 + k}</div></div></td>"
        f"<td class='alt1'><div id='post_message_{k}'>{text}</div></td></tr>"
        f"<tr><td class='alt2'><a href='report.php?p={k}'>Report Post</a></td>"
        f"<td class='alt1'><a href='newreply.php?p={k}'>Reply With Quote</a></td></tr></table>"
        for k, (name, text) in enumerate(zip(["pierrot75", "Nathalie", "Jean-Marc", "lulu_du_13"], POSTS["fr"])))
    chrome = "".join(f"<div>{t}</div>" for t in TEMPLATE)
    html = f"<html><head><meta charset='utf-8'><title>Les bus de nuit</title></head><body>{chrome}{posts}</body></html>"
    record = pipeline.record(pipeline.document("forum.html", html.encode(), "html"))
    assert len(record["comments"]) == 4 and record["metadata"]["language"] == "fr"
