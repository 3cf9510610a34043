"""Languages that write an age unit first ("saa 4 zilizopita", "dakika 10 zilizopita": Swahili, "hours 4 ago") read it
as a relative time, the comment's date and never its author (`vocabulary`: the relative-time pattern, rule
`unit-first-age`); a sentence holding such words is none. Pages written here."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments.vocabulary import speaking, vocabulary

from cleaners.builtin.comments import HtmlComments

from ._html import page, run

BOX = "<div class='kd'><p>{text}</p><div class='pr'>{name} {age}</div></div>"    # (the age glued to the name)
ROWS = [("Amina Juma", "saa 4 zilizopita", "Barabara hii imechelewa sana, tunashukuru hatimaye imeanza kujengwa."),
        ("Baraka Otieno", "dakika 10 zilizopita", "Natumaini watamaliza kabla ya msimu wa mvua kuanza mwezi ujao."),
        ("Zawadi Mwangi", "siku 2 zilizopita", "Ujenzi huu utasaidia wafanyabiashara wa soko la Kongowea sana.")]
ARTICLE = ("<h1>Ujenzi wa barabara waanza Mombasa</h1><p>Serikali ya kaunti ya Mombasa imeanza ujenzi wa barabara mpya "
           "inayounganisha soko la Kongowea na bandari, mradi utakaochukua miezi kumi na minane.</p><p>Wakazi wamesema "
           "barabara hiyo itapunguza msongamano wa magari katikati ya mji wakati wa asubuhi.</p>")


@pytest.mark.parametrize("text", ["saa 4 zilizopita", "dakika 10 zilizopita", "siku 2 zilizopita", "Saa nne zilizopita"])
def test_a_unit_first_age_is_a_relative_time(text):
    with speaking(("sw",)):
        assert vocabulary().is_relative_time(text)


@pytest.mark.parametrize("text", ["Rais alisema saa 4 zilizopita", "saa zilizopita", "wiki 2 zijazo"])
def test_a_sentence_or_an_age_without_its_number_is_none(text):
    with speaking(("sw",)):
        assert not vocabulary().is_relative_time(text)


def test_a_unit_first_age_after_the_name_is_no_part_of_the_authors_name():
    boxes = "".join(BOX.format(name=n, age=a, text=t) for n, a, t in ROWS)
    doc, text = run(HtmlComments(), page(f"{ARTICLE}<div class='tlw'><h3>Maoni 3</h3>{boxes}</div>"), language="sw")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in ROWS]
    assert "zilizopita" not in text
