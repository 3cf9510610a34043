"""A comment head whose age is one word or phrase of `relative_days` in brackets, a colon after it ("Sara (yesterday):",
"سارة (منذ ساعتين):"), read as the bracketed ages with a number are (comment_thread/heads.py, `_CLOSE`)."""
from cleaners.builtin.comment_thread import head_of
from cleaners.document import Block

AR = "أطلقت أمانة عمّان الكبرى صباح الأحد خدمة الحافلات السريعة على خط يربط وسط المدينة بالجامعة الأردنية."
EN = "The council approved the new ferry timetable on Monday, and the first crossings will run from March."


def test_a_head_with_a_bracketed_one_word_age_names_the_commenter(pipeline):
    assert head_of(Block(text="سارة (منذ ساعتين):", kind="p"), ("ar",)).author == "سارة"
    assert head_of(Block(text="Ellen Marsh (yesterday):", kind="p"), ("en",)).author == "Ellen Marsh"
    text = (f"{AR}\n\n{AR}\n\nالتعليقات\n\nأبو أحمد (منذ 3 ساعات):\nخطوة ممتازة طال انتظارها.\n\n"
            f"سارة (منذ ساعتين):\nالحافلات مزدحمة جدا في الصباح.\n\nطالب جامعي (منذ ساعة):\nوفرت علي الكثير من الوقت.\n")
    rec = pipeline.process(pipeline.document("t.txt", text.encode(), "text")).record()
    assert [c["author"] for c in rec["comments"]] == ["أبو أحمد", "سارة", "طالب جامعي"]
    assert "مزدحمة" not in rec["body"]


def test_a_bracketed_age_with_more_words_or_in_a_sentence_is_no_head(pipeline):
    assert head_of(Block(text="The ferry (yesterday) sank:", kind="p"), ("en",)) is None
    text = f"{EN}\n\nThe ferry company said the schedule (announced yesterday):\n\n{EN}\n"
    rec = pipeline.process(pipeline.document("t.txt", text.encode(), "text")).record()
    assert rec["comments"] == [] and "announced yesterday" in rec["body"]
