"""The language of a text dump's chrome when it is not its article's (cleaners/lang/chrome.py): its words are read
beside the article's, so an Estonian site's labels around an English story go."""
from cleaners import lang
from cleaners.lang.chrome import chrome_language

EN = ["When the last supermarket in the valley closed in March, three bakers agreed to keep one oven lit through "
      "the night so that the early shift would still find bread at five.",
      "The town council has since offered the bakers a reduced rent, and a farm co-operative now delivers flour "
      "at cost every Monday of the year.",
      "Queues start forming before dawn, and the bakers say they now sell out of rye loaves by seven most days "
      "of the week."]
ET_CHROME = ["Avaldatud: 4. oktoober 2025, 12:30", "Autor: Kadri Tamm", "Lugemisaeg: 2 min"]
ET_FOOT = ["Telli meie uudiskiri ja saa uudised igal hommikul.",
           "Toeta sõltumatut ajakirjandust igakuise annetusega alates 3 eurost.", "Seotud uudised",
           "Tartu bussid muutuvad tasuliseks", "Uus sild üle Emajõe"]


def _record(pipeline, blocks):
    doc = pipeline.document("story.txt", "\n\n".join(blocks).encode(), "text")
    return pipeline.process(doc).record()


def test_the_chrome_of_another_language_is_told_from_the_head_and_foot():
    assert chrome_language(ET_CHROME + EN + ET_FOOT, "en") == "et"


def test_a_dump_in_one_language_has_no_chrome_language():
    foot = ["Sign up for our morning newsletter and get the news at seven.", "Related stories",
            "Council votes to raise harbour fees", "Why the ferry is late again"]
    assert chrome_language(["Published 4 October 2025", "By Kadri Tamm"] + EN + foot, "en") is None
    assert chrome_language(EN, "en") is None            # prose alone: no chrome


def test_the_chrome_languages_words_remove_its_lines_around_an_english_story(pipeline):
    rec = _record(pipeline, ["Bakers keep the night oven burning for their neighbours"] + ET_CHROME + EN + ET_FOOT)
    body = rec["body"]
    assert rec["metadata"]["language"] == "en" and all(p in body for p in EN)
    assert "Telli meie uudiskiri" not in body and "Lugemisaeg" not in body and "Seotud uudised" not in body
    assert rec["metadata"]["author"] == "Kadri Tamm"


def test_an_english_dump_keeps_reading_english_alone(pipeline):
    rec = _record(pipeline, ["Bakers keep the night oven burning"] + EN + ["Tartu bussid muutuvad tasuliseks"])
    assert rec["body"].endswith("Tartu bussid muutuvad tasuliseks")     # one foreign line is no chrome
    assert lang.languages("en") == ("en",)


def test_a_chrome_language_without_a_file_turns_the_shape_rules_on():
    assert lang.without_file(("en", "uz")) and not lang.without_file(("en", "et"))
    assert not lang.without_file(("hr", "bs", "en"))     # Bosnian is read by the Croatian file
