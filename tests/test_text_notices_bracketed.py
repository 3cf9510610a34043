"""Rules the eleventh blind harness (tests/generalisation_blind11.py) asked for, each with a look-alike that stays: a
legal notice in round brackets (`legal._DECORATED`), a copyright sign and a year of any script's digits after the
word for copyright of a language without a file (`legal._SIGN_YEAR`), the title with a site after " « "
(`title.site_suffixed`)."""
from cleaners.builtin.legal import Legal
from cleaners.builtin.title import Title, site_suffixed
from cleaners.lines import key
from tests.conftest import run_cleaner

PARAS = ["The harbour board said on Monday that the new ferry pier would open in spring, two years late.",
         "Fishermen who moor at the old quay have asked the board to keep their berths free of charge."]


def _body(cleaner, block: str, **meta) -> str:
    return "\n".join(b.text for b in run_cleaner(cleaner, "\n\n".join(PARAS[:1] + [block] + PARAS[1:]), **meta).blocks)


def test_notice_in_round_brackets_goes():
    for notice in ("(© 2025 Harbour Gazette. All rights reserved.)", "( Copyright 2025 Harbour Media Ltd )"):
        body = _body(Legal, notice)
        assert "Harbour" not in body.replace("harbour board", "") and all(p in body for p in PARAS), notice


def test_bracketed_sentence_that_is_no_notice_stays():
    for aside in ("(The board declined to say who would pay for the dredging.)",
                  "(Copyright law changed in 2019, the board's lawyer said.)"):
        assert aside in _body(Legal, aside), aside


def test_sign_and_year_after_a_word_for_copyright_go_in_any_digits():
    for notice in ("Autorská © ၂၀၂၅ Harbour Gazette", "Copyrajt © 2025 Harbour Gazette။ Reprints by permission.",
                   "Droits réservés © ២០២៥ Harbour Gazette"):
        assert Legal().rule_for(notice, ("en",)) == "copyright", notice
        body = _body(Legal, notice)
        assert "Gazette" not in body and all(p in body for p in PARAS), notice


def test_sign_and_year_inside_a_sentence_stay():
    for line in ("The old ferry company printed the mark © 1998 on every ticket it sold, the curator said.",
                 "Tickets. © 2025 was printed on each of them."):
        assert Legal().rule_for(line, ("en",)) is None, line
        assert line in _body(Legal, line), line


def test_title_with_a_site_after_a_left_guillemet_goes():
    title = "Harbour board delays the new ferry pier to spring"
    assert site_suffixed(f"{title} « Harbour Gazette", key(title))
    text = "\n\n".join([title, PARAS[0], f"{title} « Harbour Gazette", PARAS[1]])
    body = [b.text for b in run_cleaner(Title, text).blocks]
    assert body == PARAS


def test_title_with_a_sentence_after_a_left_guillemet_stays():
    title = "Harbour board delays the new ferry pier to spring"
    line = f"{title} « said the chairman to the fishermen who had waited since dawn outside the office."
    assert not site_suffixed(line, key(title))
    text = "\n\n".join([title, PARAS[0], line, PARAS[1]])
    assert line in [b.text for b in run_cleaner(Title, text).blocks]
