"""Korean: Hangul is written with spaces but glues particles to words and units to numbers
(cleaners/lang/ko.toml): year-first dates in words and in dotted figures, ages glued to their
number in comment heads, phrases matched as whole words only."""
from __future__ import annotations

import pytest

from cleaners import lang

KO = ("ko", "en")
ARTICLE = ["서울시는 내년부터 심야버스 노선 세 개를 새로 운행하고 배차 간격도 20분으로 줄인다고 발표했다.",
           "시 교통국은 늘어나는 야간 이동 수요에 맞춰 예산 40억 원을 추가로 편성했다고 설명했다.",
           "시민단체들은 이번 결정을 환영하면서도 외곽 지역 노선이 빠진 점을 아쉬운 대목으로 꼽았다."]


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Korean text dump: three article paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    a, b, c = ARTICLE
    parts = [a, b, *line.split("|"), c] if not last else [a, b, c, *line.split("|")]
    text = "\n\n".join(["심야버스 노선 확대", *parts]) + "\n"
    return pipeline.record(pipeline.document("ko.txt", text.encode(), "text").with_metadata(language="ko"))


@pytest.mark.parametrize("text,iso", [
    ("입력 2024년 3월 5일(화) 10:32", "2024-03-05T10:32:00"),
    ("2024년 03월 05일 09:15", "2024-03-05T09:15:00"),
    ("입력 2024.03.05 10:32 | 수정 2024.03.05 11:40", "2024-03-05T10:32:00"),
    ("PyCharm 2020.3.1", None),         # a version: one-digit month and day, no dotted date
    ("2018.04.05 ~ OPEN RUN", None),    # dotted figures without a clock: no date line
    ("2024.13.45", None),               # no month 13
    ("2024년 예산", None),
])
def test_korean_year_first_dates(text, iso):
    from cleaners.dates import find_date
    found = find_date(text, KO)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("key,where,text,hit", [
    ("related", "start", "관련기사: 전기요금 인상", True),
    ("comments", "line", "댓글", True),
    ("comments", "line", "댓글을", False),             # a particle glued to the word: another word
    ("share", "line", "공유하기", True),
])
def test_korean_phrases_match_as_whole_words(key, where, text, hit):
    assert bool(lang.pattern(key, KO, where).search(text) if where == "search"
                else lang.pattern(key, KO, where).match(text)) == hit


@pytest.mark.parametrize("line,rule", [
    ("입력 2024.03.05 10:32", "date-line"),
    ("저작권자 © 2024 한빛일보 무단전재 및 재배포 금지", "copyright"),
    ("무단전재 및 재배포 금지", "copyright"),                         # the rights words alone
    ("<저작권자 ⓒ 한빛일보, 무단 전재-재배포 금지>", "copyright"),
    ("ⓒ 한빛일보(www.hanbit.example), 무단전재 및 재배포 금지", "copyright"),   # the circled c opens it
    ("Copyright ⓒ 한빛일보. All rights reserved.", "copyright"),
    ("뉴스레터를 구독하시면 매일 아침 주요 뉴스를 받아보실 수 있습니다.", "newsletter"),
    ("카카오톡 채널을 추가하고 새 소식을 받아보세요", "social"),
    ("공유하기", "share"),
    ("관련기사: 심야버스 요금 동결", "related-story"),
    ("사진=연합뉴스", "photo-credit"),                               # the equals sign after the label
    ("사진=박준호 한빛일보 기자", "photo-credit"),
    ("글: 김민지", "byline"),                                       # a Hangul name after a label (lines.UNCASED)
])
def test_korean_artefacts_leave(line, rule, pipeline):
    record = _cleaned(line, pipeline)
    assert line not in record["body"]
    assert rule in {r["rule"] for r in record["removed"]}, record["removed"]


@pytest.mark.parametrize("line", [
    "구독자 수가 3년 만에 두 배로 늘었다고 회사 측은 밝혔다.",
    "2024년은 이 도시가 세워진 지 600년이 되는 해다.",
    "카카오톡 채널을 운영하는 업체들은 새 요금제에 반발했다고 업계 관계자가 전했다.",
    "그는 3시간 전에 집을 나섰지만 아직 돌아오지 않았다.",
    "배포된 자료는 시청 누리집에서 내려받을 수 있다고 시 관계자가 전했다.",   # distribution, not a rights line
    "이 지역의 ⓒ 표시 상품은 정품 인증을 거쳤다고 업체 측이 설명했다.",          # the sign inside a sentence
])
def test_korean_look_alikes_stay(line, pipeline):
    record = _cleaned(line, pipeline)
    assert line in record["body"].split("\n\n")


def test_comment_heads_with_ages_glued_to_their_number(pipeline):
    lines = "댓글 2|김민수 · 3시간 전|진작 이렇게 했어야죠.|답글|jiyoung_p · 2일 전|주말에도 운행하면 좋겠네요.|답글"
    record = _cleaned(lines, pipeline, last=True)
    assert [c["author"] for c in record["comments"]] == ["김민수", "jiyoung_p"]
