"""dom_split weighs lengths by script (`size`): a Chinese, Japanese or Korean live blog's entries are as long as their
English ones, and a Thai entry's sentence ends on a Thai letter (cleaners/builtin/dom_split.py)."""
from cleaners.builtin.dom_split import DomSplit, size
from tests.builtin._html import run


def _entry(n: int, heading: str, inner: str, extra: str = "") -> str:
    return (f"<div class='live-post' id='u{n}'><div class='post-body'><time>1{n}:05</time><h3>{heading}</h3>{inner}"
            f"{extra}</div><div class='update-tools'><button>分享</button></div></div>")


def _page(entries: str) -> str:
    return ("<html><body><main><h1>山区铁路恢复运行</h1><div class='feed'>" + entries + "</div></main></body></html>")


ZH = [("铁路重新开通", "<p>停运多年的山区小铁路今天上午重新开通，首趟列车载着两百多名乘客从县城出发，沿着河谷驶向山里的终点站。</p>"),
      ("车站改成博物馆", "<p>老车站的候车室被改成了一座小博物馆，展出当年的车票、信号灯和站长的制服，吸引了不少当地居民前来参观。</p>"),
      ("票价", "<p>学生乘车享受半价，沿线村民可以免费乘坐。</p>")]


def _feed_text(html: str) -> str:
    doc, _ = run(DomSplit(), html)
    return doc.dom.css_first("div.post-body").text()


def test_size_weighs_han_kana_and_hangul():
    assert size("abc") == 3
    assert size("铁路开通") == 12 and size("プレス") == 9 and size("보도자료") == 8
    assert size("ข่าว") == 4


def test_chinese_entries_are_joined_as_english_ones_are():
    caption = "<figure><img src='a.jpg'><figcaption>首趟列车驶过河谷上的老铁桥，车厢里坐满了前来体验的乘客 摄影：王明</figcaption></figure>"
    html = _page(_entry(1, *ZH[0]) + _entry(2, *ZH[1]) + _entry(3, *ZH[2], extra=caption))
    text = _feed_text(html)
    for heading, _ in ZH:
        assert heading in text


def test_thai_entries_end_without_a_full_stop():
    first = ("<p>เรือโดยสารไฟฟ้าลำแรกเริ่มให้บริการในคลองสายหลักตั้งแต่เช้าวันนี้"
             " ผู้โดยสารหลายคนบอกว่าเรือเงียบและสะอาดกว่าเดิมมาก และหวังว่าจะมีเรือแบบนี้เพิ่มขึ้นอีกในปีหน้า</p>")
    second = ("<p>กรมเจ้าท่าระบุว่าเรือทุกลำจะติดตั้งระบบติดตามตำแหน่ง"
              " เพื่อให้ผู้โดยสารตรวจสอบเวลาเรือได้จากโทรศัพท์มือถือ และจะเปิดให้ใช้ทั้งหมดภายในสิ้นปีนี้</p>")
    html = _page(_entry(1, "เรือลำแรก", first) + _entry(2, "ระบบติดตาม", second)
                 + _entry(3, "ค่าโดยสาร", "<p>ค่าโดยสารยังคงเท่าเดิมอย่างน้อยสองปี</p>"))
    assert "ค่าโดยสารยังคงเท่าเดิม" in _feed_text(html)


def test_chinese_short_note_without_heading_or_time_stays_out():
    note = "<div class='live-post'><div class='post-body'><p>本文由编辑部整理。</p></div></div>"
    html = _page(_entry(1, *ZH[0]) + _entry(2, *ZH[1]) + note)
    text = _feed_text(html)
    assert "车站改成博物馆" in text and "编辑部整理" not in text


def test_a_feed_of_short_chinese_entries_only_is_read_as_it_was():
    short = [("开通", "<p>铁路今天开通。</p>"), ("票价", "<p>学生半价。</p>"), ("班次", "<p>每天六趟。</p>")]
    html = _page("".join(_entry(i, *e) for i, e in enumerate(short)))
    assert "学生半价" not in _feed_text(html)
