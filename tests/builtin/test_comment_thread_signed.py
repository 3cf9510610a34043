"""Comments signed under their text in a text dump (cleaners/builtin/comment_thread/signed.py, rule `signed-comment`),
and articles whose lines only look like signatures."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

ART = ["The harbour board voted on Tuesday to close the old ferry pier for repairs, after divers found cracks in two of "
       "its concrete pillars during a routine inspection last month.",
       "Ferries will dock at the cargo quay until the work is finished, which the board expects to take most of the "
       "summer, and a shuttle bus will run from the town centre."]
SAID = ["I use that ferry every day, the cargo quay is a long walk from the bus stop.",
        "Good that they checked the pillars before something happened.",
        "Will the shuttle run on Sundays as well?"]
NAMES = ["Maria Lopez", "Tom Baker", "Jan Nowak"]
DATES = ["March 3, 2024", "March 3, 2024", "March 4, 2024"]


def _dump(signatures: list[str], header: str | None = "Comments", sep: str = "\n") -> str:
    units = [text + sep + sig for text, sig in zip(SAID, signatures)]
    return "\n\n".join(ART + ([header] if header else []) + units)


def test_comments_signed_with_a_dash_a_name_and_a_date_under_a_header_become_comments():
    doc = run_cleaner(CommentThread, _dump([f"\u2014 {n}, {d}" for n, d in zip(NAMES, DATES)], "COMMENTS"))
    assert texts(doc) == ART
    assert [(c.author, c.date, c.depth, c.text) for c in doc.comments] == [
        ("Maria Lopez", "2024-03-03", 0, SAID[0]), ("Tom Baker", "2024-03-03", 0, SAID[1]),
        ("Jan Nowak", "2024-03-04", 0, SAID[2])]
    rules = [(r.rule, r.text) for r in doc.removed]
    assert ("comment-header", "COMMENTS") in rules and rules.count(("comment", SAID[1])) == 1
    assert [t for r, t in rules if r == "comment-author"] == [f"\u2014 {n}, {d}" for n, d in zip(NAMES, DATES)]


def test_every_signature_form_is_read_under_a_header():
    forms = {"-- {n}": None, "\u2013 {n} ({d})": "2024-03-03", "~{n}": None, "Posted by {n} at 10:15 AM": None,
             "{n} | {d}": "2024-03-03", "~{n}, {d}": "2024-03-03"}
    for form, date in forms.items():
        for sep in ("\n", "\n\n") if not form.startswith("{n}") else ("\n",):     # set alike: a head's shape
            doc = run_cleaner(CommentThread, _dump([form.format(n=n, d=d) for n, d in zip(NAMES, DATES)], sep=sep))
            assert texts(doc) == ART, (form, sep)
            assert [c.author for c in doc.comments] == NAMES and doc.comments[0].date == date, (form, sep)
            assert [c.text for c in doc.comments] == SAID


def test_dated_signatures_without_a_header_need_three_comments_set_close_to_their_text():
    sigs = [f"\u2014 {n}, {d}" for n, d in zip(NAMES, DATES)]
    doc = run_cleaner(CommentThread, _dump(sigs, None))
    assert texts(doc) == ART and [c.author for c in doc.comments] == NAMES
    for dump in (_dump(sigs[:2], None), _dump(sigs, None, sep="\n\n"), _dump([f"-- {n}" for n in NAMES], None)):
        doc = run_cleaner(CommentThread, dump)      # two, spaced like paragraphs, or undated: an article's lines
        assert doc.comments == () and doc.removed == ()


def test_indented_signed_replies_keep_their_depth():
    units = ["Comments", SAID[0] + "\n\u2014 Maria Lopez, March 3, 2024",
             "    " + SAID[1] + "\n    \u2014 Tom Baker, March 3, 2024", SAID[2] + "\n\u2014 Jan Nowak, March 4, 2024"]
    doc = run_cleaner(CommentThread, "\n\n".join(ART + units))
    assert texts(doc) == ART
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [("Maria Lopez", 0, None), ("Tom Baker", 1, 0),
                                                                     ("Jan Nowak", 0, None)]


def test_a_first_paragraph_far_wider_than_the_comments_after_it_is_the_article():
    long = " ".join(ART * 2)
    sigs = ["\u2014 Anna Berg, March 1, 2024"] + [f"\u2014 {n}, {d}" for n, d in zip(NAMES, DATES)]
    dump = "\n\n".join(ART + [long + "\n" + sigs[0]] + [t + "\n" + s for t, s in zip(SAID, sigs[1:])])
    doc = run_cleaner(CommentThread, dump)
    assert long in texts(doc)


def test_quotations_attributed_in_an_article_stay_in_the_body():
    quotes = ["\u201cWe cannot wait for the next storm,\u201d\n\u2014 said the minister, in March",
              "\u201cThe pier is older than the town hall.\u201d\n\u2014 Anna Berg, harbour master",
              "\u201cRepairs come first.\u201d\n\u2014 Tom Baker, board member"]
    text = "\n\n".join(ART + quotes)
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and doc.removed == ()


def test_an_interview_and_a_poem_with_its_authors_line_stay_in_the_body():
    interview = ["Maria Lopez: Will the ferries keep their timetable?", "Tom Baker: Yes, from the cargo quay.",
                 "Maria Lopez: And the shuttle?", "Tom Baker: It runs every twenty minutes."]
    poem = ["The pier stands grey against the tide,\nits pillars cracked, its planks worn wide.",
            "The ferry waits, the gulls complain,\nthe harbour sleeps beneath the rain.\n\u2014 Anna Berg"]
    for extra in (interview, poem, poem + ["Comments"]):
        doc = run_cleaner(CommentThread, "\n\n".join(ART + extra))
        assert doc.comments == () and doc.removed == (), extra


def test_names_and_dates_opening_each_comment_under_a_header_stay_heads():
    heads = ["**Maria Lopez** \u00b7 03.03.2024 10:15", "**Tom Baker** \u00b7 03.03.2024 11:02", "**Jan Nowak** \u00b7 04.03.2024 08:40"]
    thread = ["3 Comments"] + [x for h, t in zip(heads, SAID) for x in (h, t, "[Reply](#)")]
    doc = run_cleaner(CommentThread, "\n\n".join(ART + thread))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, SAID))


def test_names_and_ages_set_like_their_text_under_a_header_and_avatars_stay_heads():
    units = [f"![{n}](https://example.net/avatar/{k}.png)\n**{n}** \u00b7 {k + 2} hours ago\n{t}\nReply"
             for k, (n, t) in enumerate(zip(NAMES, SAID))]
    doc = run_cleaner(CommentThread, "\n\n".join(ART + ["3 Comments"] + units))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, SAID))
