"""A comment's age alone under its author's name, read in dateparser's relative-time patterns for a language
without a file (cleaners/builtin/_relative_stamp.bare_stamp, read by comment_thread's stacked heads)."""
from cleaners.builtin._relative_stamp import bare_stamp
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

CY = ["Mae trigolion pentref bach yng Ngwynedd wedi codi dros dri chan mil o bunnoedd i brynu eu tafarn leol.",
      "Bydd y dafarn yn ailagor yn y gwanwyn, gyda siop fach a chaffi yn yr hen ystafell gefn i'r pentrefwyr."]


def test_a_thread_of_names_over_welsh_ages_is_found():
    thread = ["Gareth", "3 awr yn ôl", "Da iawn chi, mae hyn yn wych i'r pentref.",
              "Siân M.", "2 awr yn ôl", "Mi fydda i yno ar y noson agoriadol.",
              "lleol", "1 awr yn ôl", "Gobeithio y bydd bwyd da yno hefyd."]
    heads = ["\n".join(thread[k:k + 3]) for k in range(0, len(thread), 3)]     # name / age / text, touching
    doc = run_cleaner(CommentThread, "\n\n".join(CY + ["Sylwadau"] + heads), language="cy")
    assert texts(doc) == CY
    assert [(c.author, c.text) for c in doc.comments] == [("Gareth", thread[2]), ("Siân M.", thread[5]),
                                                          ("lleol", thread[8])]


def test_a_sentence_holding_an_age_is_no_stamp():
    assert bare_stamp("3 awr yn ôl", ("cy", "en")) and bare_stamp("2 soat oldin", ("uz", "en"))
    assert not bare_stamp("Digwyddodd y ddamwain 3 awr yn ôl yn y dref.", ("cy", "en"))
    assert not bare_stamp("3 awr yn ôl", None)          # no languages told: nothing is read


def test_a_name_over_a_year_and_a_sentence_stays_in_the_article():
    lines = ["Gareth Jones", "1998", "Enillodd y wobr gyntaf yn yr eisteddfod leol y flwyddyn honno."]
    doc = run_cleaner(CommentThread, "\n\n".join(CY + lines), language="cy")
    assert texts(doc) == CY + lines and doc.comments == ()
