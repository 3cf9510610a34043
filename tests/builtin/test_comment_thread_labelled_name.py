"""comment_thread heads: a "Label: value" line (a photo or source credit) and a picture's file name name nobody
(rule `labelled-name`); a name with a colon before its date, or alone with a date line under it, stays a head."""
from cleaners.builtin.comment_thread.heads import head_of
from cleaners.document import Block


def _head(text: str):
    return head_of(Block(text), ("en", "fi"))


def test_a_credit_line_or_a_file_name_is_no_head():
    for line in ("Kuva: Getty Images", "Photo: Ann Lee", "Source: Reuters", "IMG_3076.jpg", "Kuva: Lehtikuva 12.3.2024"):
        head = _head(line)
        assert head is None or head.author is None, line


def test_a_name_with_a_colon_before_its_age_or_a_name_alone_stays():
    assert _head("Ann Lee: 3 hours ago").author == "Ann Lee"
    assert _head("Ann Lee").author == "Ann Lee"
    assert _head("Matti Virtanen 12.3.2024 14:05").author == "Matti Virtanen"


def test_pipeline_keeps_a_credit_over_a_date_out_of_the_comments(pipeline):
    lead = "Lapin matkailuyritykset kertovat ennätyksellisestä talvesta, sillä ulkomaisia kävijöitä saapui enemmän kuin koskaan."
    more = "Kunnat pohtivat nyt, miten luonto kestää kasvavat kävijämäärät tulevina vuosina ilman uusia rajoituksia."
    ask = "Kestääkö luonto kasvavat kävijämäärät?"
    text = "\n".join(["Lapin talvi rikkoi ennätyksen", lead, more, "Kuva: Getty Images", "torstai, 2024-08-22 12:32", ask,
                      more.replace("Kunnat", "Yrittäjät")]) + "\n"
    rec = pipeline.process(pipeline.document("credit.txt", text.encode(), "text")).record()
    assert not any((c.get("author") or "").startswith("Kuva") for c in rec["comments"]) and ask in rec["body"]
