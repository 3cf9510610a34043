"""`lines.is_headline_like`: a sentence closed by a full stop and an agency's tag in brackets is no headline."""
from cleaners.lines import is_headline_like


def test_a_full_stop_before_a_closing_tag_in_brackets_makes_a_sentence_not_a_headline():
    for text in ("Mikor térhetnek vissza a vonatok a hídra? A MÁV szerint erről tavasszal döntenek. (MTI)",
                 "Der Rat hat das Projekt gestoppt. (dpa)", "Kada će most biti gotov? Prema planu, do kraja godine. (Hina)"):
        assert not is_headline_like(text), text


def test_a_headline_with_a_tag_in_brackets_and_no_full_stop_stays_a_headline():
    for text in ("Storm hits the coast (video)", "Gemeinderat stoppt Windpark am Hohen Kamm (dpa)"):
        assert is_headline_like(text), text


def test_a_sentence_closed_by_the_ethiopic_full_stop_is_no_headline():
    assert not is_headline_like("የከተማው ምክር ቤት አዲሱን ቤተ መጻሕፍት ትናንት መርቋል።")
    assert is_headline_like("የከተማው ምክር ቤት አዲሱን ቤተ መጻሕፍት መረቀ")


def test_a_sentence_closed_before_an_agency_tag_of_words_or_a_note_block_id_is_no_headline():
    for text in ("Men räcker det? Företagarna vill också ha lägre frakttaxor för lastbilar. ^aaxbpf",
                 "منصوبے کی کل لاگت ساڑھے چار ارب روپے بتائی گئی ہے۔ (اے پی پی) ^agxxzc"):
        assert not is_headline_like(text), text
    assert is_headline_like("Storm hits the coast ^a1b2c3")


def test_words_written_with_vowel_signs_and_viramas_are_real_words():
    for text in ("కొత్త బస్సు మార్గాలు ప్రారంభం", "ਨਵੀਆਂ ਇਲੈਕਟ੍ਰਿਕ ਬੱਸਾਂ ਜਲਦ", "නව දුම්රිය කාලසටහන"):
        assert is_headline_like(text), text
    assert not is_headline_like("కొత్త బస్సు మార్గాలు ప్రారంభమయ్యాయి.")     # a sentence
    assert not is_headline_like("a I 5")     # no two real words
