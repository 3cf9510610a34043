"""Comment shapes found by the sixth blind comment-page harness (`tests/page_threads_blind6.py`): a flat list whose
level is a BEM modifier of the comment's element (rule `depth-class`).

Pages are small and written here (never copied from a benchmark set or from the harness)."""
from __future__ import annotations

from ._html import ARTICLE, after_comments

READERS = [("Ann Lee", "The night bus was the only thing missing in our district."),
           ("Tom Berg", "Two million a year sounds like a lot for four buses."),
           ("Mia Lund", "My son works late shifts at the hospital, this changes everything for him."),
           ("Ola Dahl", "Will the buses stop at the old depot as well?")]


# -- rule depth-class: a BEM modifier "block__element--level-N" after a block naming comments -------------------------
def _bem(cls) -> str:
    depths = [0, 1, 2, 0]
    units = "".join(f'<li data-v-1a2b3c4d class="{cls.format(d=d + 1)}"><div class="x-meta"><span class="x-author">{name}</span>'
                    f'<span class="x-date">{k + 1} March 2024 at 09:1{k}</span></div><div class="x-text"><p>{text}</p></div>'
                    f'<div class="x-actions"><a href="#">Reply</a></div></li>'
                    for k, ((name, text), d) in enumerate(zip(READERS, depths)))
    return f'<article>{ARTICLE}</article><div class="x-wrap"><h2>4 comments</h2><ul class="x-list">{units}</ul></div>'


def test_a_bem_level_modifier_gives_the_tree():
    for cls in ("c-thread__item c-thread__item--level-{d}", "comments__entry--depth-{d}"):
        doc = after_comments(_bem(cls))
        assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (2, 1), (0, None)], cls


def test_a_bem_level_modifier_of_a_member_is_no_depth():
    """A member's rank as a BEM modifier ("c-user__card--level-2") is no reply's depth: the comments stay flat."""
    doc = after_comments(_bem("c-user__card c-user__card--level-{d}"))
    assert len(doc.comments) == 4 and [(c.depth, c.parent) for c in doc.comments] == [(0, None)] * 4


# -- rule replies-wrapper: a thread of an unnamed template holding named replies wrappers is read first -----------------
def _cmt(k, inner="", depth_name="replies"):
    name, text = READERS[k]
    return (f'<div class="cmt"><div class="cmt__who"><strong>{name}</strong> <span>{k + 2} hours ago</span></div>'
            f'<div class="cmt__what"><p>{text}</p></div><div class="cmt__do"><a href="#r">Reply</a> <a href="#l">Like ({k})</a></div>'
            f'<div class="cmt__{depth_name}">{inner}</div></div>')


def test_replies_wrappers_inside_an_unnamed_template_stay_in_its_thread():
    """Replies two deep in wrappers named "replies": the named wrappers are no thread of their own."""
    section = (f'<section id="conversation"><h2>4 comments</h2>'
               f'{_cmt(0, _cmt(1, _cmt(2)))}{_cmt(3)}</section>')
    doc = after_comments(f"<article>{ARTICLE}</article>{section}")
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Ann Lee", 0, None), ("Tom Berg", 1, 0), ("Mia Lund", 2, 1), ("Ola Dahl", 0, None)]


def test_comment_lists_under_posts_of_a_feed_stay_the_thread():
    """Posts of a feed (an unnamed template) each with a list of comments under it: the comments are the thread,
    not the posts (the comment units hold no post)."""
    def post(k, comments):
        inner = "".join(f'<div class="comment"><b>{READERS[j][0]}</b> <span>{j + 1} hours ago</span><p>{READERS[j][1]}</p>'
                        f'<a href="#r">Reply</a></div>' for j in comments)
        return (f'<div class="card"><div class="card__head"><strong>Harbour desk</strong> <span>{k + 3} hours ago</span></div>'
                f'<div class="card__text"><p>Update {k}: the ferry board met again and gave no new date for the timetable.</p></div>'
                f'<div class="card__do"><a href="#r">Reply</a> <a href="#l">Like ({k})</a></div>'
                f'<div class="comments">{inner}</div></div>')
    feed = f'<section class="feed"><h2>Updates</h2>{post(0, [0, 1])}{post(1, [2, 3])}{post(2, [1, 3])}</section>'
    doc = after_comments(f"<article>{ARTICLE}</article>{feed}")
    assert doc.comments and all(not c.text.startswith("Update") for c in doc.comments)


# -- a control's label of one "word" is short: a sentence of a script without spaces is no control ---------------------
ZH_ARTICLE = ("<p>市政府周二宣布，今年起老旧小区加装电梯的财政补贴将从每台十二万元提高到二十万元。</p>"
              "<p>按照新规定，同一单元三分之二以上业主同意即可提交申请，低楼层住户的问题由街道协调。</p>")
ZH_READERS = [("王秀英", "我家住六楼，父母每天爬楼太辛苦了，终于等到这个好消息。"),
              ("李建国", "一楼住户的采光问题确实需要好好解决，不能只听高层的意见。"),
              ("张丽华", "补贴提高了是好事，但审批流程太慢，去年我们等了八个月。")]
ZH_FAQ = [("补贴什么时候发放？", "电梯验收合格后三个月内，补贴将直接拨付到业主委员会的账户。"),
          ("需要多少业主同意？", "同一单元三分之二以上的业主签字同意，并且公示满十个工作日。"),
          ("维护费用由谁承担？", "维护费用原则上由使用电梯的业主按照楼层高低分摊，具体办法另行制定。")]


def _zh_page(label: str = "回复", with_faq: bool = True, stamp: bool = True) -> str:
    faq = with_faq * "".join(f'<details class="faq-item"><summary>{q}</summary><div class="faq-answer"><p>{a}</p></div></details>'
                  for q, a in ZH_FAQ)
    ops = label and f'<div class="ops"><a class="reply-btn" href="#r">{label}</a></div>'
    stamps = [stamp * f'<span class="t">3月{k + 4}日 10:0{k}</span>' for k in range(len(ZH_READERS))]
    units = "".join(f'<div class="item"><span class="nick">{n}</span> {stamps[k]}<p>{t}</p>'
                    f'{ops}</div>' for k, (n, t) in enumerate(ZH_READERS))
    return f'<article>{ZH_ARTICLE}{faq}</article><div class="box">{units}</div>'


def test_a_faq_answer_in_chinese_is_no_reply_control():
    """A class naming answers on a block of Chinese text (one "word" to the whitespace count) marks no reply: the
    FAQ is no thread beside the page's comments."""
    doc = after_comments(_zh_page())
    assert [c.author for c in doc.comments] == [n for n, _ in ZH_READERS]


def test_a_short_chinese_reply_control_still_marks_the_comments():
    """Units without a date: their only mark is the reply control (without one they are no thread)."""
    for label in ("回复", "展开其余3条回复"):
        doc = after_comments(_zh_page(label, with_faq=False, stamp=False))
        assert [(c.author, c.text) for c in doc.comments] == ZH_READERS, label
    assert after_comments(_zh_page("", with_faq=False, stamp=False)).comments == ()


# -- rule article-quotes: "Ann wrote:" quotes among the article's paragraphs are no thread -----------------------------
def _said_quotes() -> str:
    return "".join(f'<blockquote class="forum-quote"><p><b>{name} wrote:</b></p><p>{text}</p></blockquote>'
                   for name, text in READERS[:2])


def test_quotes_among_the_article_paragraphs_are_no_comments():
    p1, p2 = ARTICLE.split("</p>", 1)
    doc = after_comments(f"<article>{p1}</p>{_said_quotes()}{p2}<p>The board meets again in May.</p></article>")
    assert doc.comments == ()


def test_quoted_comments_after_the_article_stay_comments():
    doc = after_comments(f"<article>{ARTICLE}<p>The board meets again in May.</p></article>"
                         f'<div class="discussion-box">{_said_quotes()}</div>')
    assert [(c.author, c.text) for c in doc.comments] == READERS[:2]


# -- rule zero-heading: "0 Comments" before other blocks is no thread's heading ----------------------------------------
KO_ARTICLE = ("<p>구청은 지난 화요일 시장 인근에 새 공영주차장을 짓겠다는 계획을 발표했다. 사업비는 약 백억 원으로 추산된다.</p>"
              "<p>상인회는 주말마다 주차 공간이 부족해 손님들이 발길을 돌린다고 호소해 왔다. 구청은 다음 달 설명회를 연다.</p>")
KO_READERS = [("김하나", "버스 노선을 늘리는 편이 더 빠르지 않을까요?"), ("이준호", "주차 요금이 얼마인지 먼저 알려 주세요."),
              ("박민수", "설명회는 저녁에 열어야 상인들이 갈 수 있습니다.")]


def _ko_record(heading: str, closed: str) -> dict:
    from cleaners.pipeline import Pipeline
    cards = "".join(f'<div class="slide"><blockquote class="said"><p>{t}</p><footer>— {n} ★★★★★</footer></blockquote></div>'
                    for n, t in KO_READERS)
    html = (f'<html lang="ko"><head><meta charset="utf-8"><title>주차장 계획</title></head><body><main><article>{KO_ARTICLE}'
            f'</article><div class="comments-area"><h3>{heading}</h3>{closed}</div><section class="carousel"><div class="track">'
            f'{cards}</div></section></main></body></html>')
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("zero/a.html", html.encode(), "html"))


def test_blocks_after_a_zero_comments_heading_are_no_thread():
    for heading in ("댓글 0개", "댓글 (0)"):
        assert _ko_record(heading, '<p class="nocomments">댓글이 닫혔습니다.</p>')["comments"] == [], heading


def test_comments_under_a_counting_heading_stay():
    for heading in ("댓글 3개", "댓글 (10)"):
        assert [c["author"] for c in _ko_record(heading, "")["comments"]] == [n for n, _ in KO_READERS], heading
