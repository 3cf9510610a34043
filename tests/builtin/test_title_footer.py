"""A feed's or a newsletter's footer holding the whole title near the body's end (cleaners/builtin/title.py, rule
title-footer), in any language; a sentence that quotes the title's words stays."""
import pytest

from cleaners.builtin.title import Title

from ..conftest import run_cleaner
from . import texts

TITLE = "Harbour Town Votes to Keep Its Last Ferry"
BODY = ["The council voted on Tuesday to keep the last ferry running through the winter, after a long debate.",
        "The ferry carries about two hundred passengers a day in summer and fewer than fifty in winter."]


@pytest.mark.parametrize("footer", [
    f"The post {TITLE} appeared first on Valley Post.",
    f"Der Beitrag {TITLE} erschien zuerst auf Talbote.",
    f"L’article {TITLE} est apparu en premier sur El Valle.",
])
def test_a_footer_holding_the_title_goes(footer):
    doc = run_cleaner(Title, "\n\n".join([TITLE, *BODY, footer]))
    assert texts(doc) == BODY and [r.rule for r in doc.removed] == ["title", "title-footer"]


@pytest.mark.parametrize("line", [
    "The water rose again. Harbour town votes to keep its last ferry.",
    f"Residents had painted a banner: {TITLE} for Ever, the mayor told the crowd at the pier on a cold Sunday morning.",
    f"{TITLE} again next year?",
])
def test_a_sentence_with_the_titles_words_stays(line):
    doc = run_cleaner(Title, "\n\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
