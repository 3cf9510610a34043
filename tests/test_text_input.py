from cleaners.document import Block
from cleaners.text_input import blocks_from_text, normalize_text


def test_normalize_text():
    assert normalize_text("Cafe\u0301\r\nA\u00a0B\u200b\u00adC\tD\rE\u2028F") == "Caf\u00e9\nA BC    D\nE\nF"


def test_blocks_keep_indent_and_gap():
    blocks = blocks_from_text("Title\n\n\n  • Ann\n\n    Text here.\nNext line")
    assert blocks == (Block("Title", gap=1, origin=0), Block("• Ann", indent=2, gap=2, origin=1),
                      Block("Text here.", indent=4, gap=1, origin=2), Block("Next line", gap=0, origin=3))


def test_soft_wrapped_lines_are_joined():
    text = "The council voted on the new budget on Tuesday\nevening after a long debate."
    assert blocks_from_text(text) == (Block("The council voted on the new budget on Tuesday evening after a long debate.", origin=0),)


def test_lines_that_are_not_wraps_stay_apart():
    for text in ("A short line\ncontinues here.", "The council voted on the new budget on Tuesday.\nthen it left.",
                 "The council voted on the new budget on Tuesday\nEvening sessions followed.",
                 "The council voted on the new budget on Tuesday\n  evening after a long debate."):
        assert len(blocks_from_text(text)) == 2, text


def test_a_byline_under_a_long_headline_is_no_wrapped_line():
    for byline in ("by Ann Lee", "di Marco Bianchi", "par Claire Dumont", "von Anna Maria Schmidt"):
        headline = "Roma, nuovo piano per i rifiuti: tre impianti entro il 2026"
        text = f"{headline}\n{byline}\nIl Campidoglio ha presentato."
        assert [b.text for b in blocks_from_text(text)][:2] == [headline, byline], byline


def test_a_wrapped_line_that_names_someone_or_ends_a_sentence_is_joined():
    for text, tail in (("The council voted on the new budget on Tuesday after\nthe Mayor of Lyon.", "the Mayor of"),
                       ("Council approves the new bus plan for the whole city\ncentre and the Old Town", "centre and")):
        assert len(blocks_from_text(text)) == 1 and tail in blocks_from_text(text)[0].text, text


def test_fenced_code_is_one_block():
    blocks = blocks_from_text("Intro.\n\n```php\n  $a = 1;\n\n  echo $a;\n```\nAfter.")
    assert blocks[1] == Block("```php\n  $a = 1;\n\n  echo $a;\n```", kind="code", gap=1, origin=1)
    assert blocks[2] == Block("After.", gap=0, origin=2)


def test_unclosed_fence_runs_to_the_end_and_empty_text():
    assert blocks_from_text("```\ncode") == (Block("```\ncode", kind="code", gap=1, origin=0),)
    assert blocks_from_text("") == () and blocks_from_text("\n \n") == ()


def test_a_long_run_of_wrapped_lines_is_one_paragraph():
    line = "the minister said that the talks would resume next week and"
    blocks = blocks_from_text("Intro.\n\n" + "\n".join([line] * 2000) + "\nthe end.")
    assert len(blocks) == 2 and blocks[1].text == " ".join([line] * 2000 + ["the end."])


def test_a_joiner_inside_a_word_is_spelling_and_stays():
    # the Persian half-space ("می‌شود") and the joiner of a Devanagari half form stay; at a word's edge they go
    assert normalize_text("می\u200cشود") == "می\u200cشود"
    assert normalize_text("क\u094d\u200dष") == "क\u094d\u200dष"
    assert normalize_text("\u200cabc\u200c def\u200d") == "abc def"
