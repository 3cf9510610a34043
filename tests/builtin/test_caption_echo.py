"""A caption printed twice, once under a label or with its bracketed credit (cleaners/builtin/_caption_echo.py)."""
from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner, text_doc
from . import texts


def test_a_caption_printed_twice_once_under_a_label_or_with_its_credit_goes():
    cap = "Siopau gwag ar y stryd fawr ddydd Llun"
    para = "Mae'r cyngor sir wedi cyhoeddi cynllun gwerth deuddeg miliwn o bunnoedd i adfywio canol y dref."
    for pair in (f"Llun: {cap}\n{cap}", f"{cap}\n{cap} (Llun: Ann Jones / PA)"):
        doc = run_cleaner(Captions, f"{para}\n\n{pair}\n\n{para}", language="cy")
        assert texts(doc) == [para, para] and {r.rule for r in doc.removed} == {"caption-repeated"}


def test_a_labelled_line_apart_from_its_caption_or_a_sentence_repeated_with_more_stays():
    cap = "Siopau gwag ar y stryd fawr ddydd Llun"
    para = "Mae'r cyngor sir wedi cyhoeddi cynllun gwerth deuddeg miliwn o bunnoedd i adfywio canol y dref."
    doc = run_cleaner(Captions, f"{para}\n\nLlun: {cap}\n\n{cap}\n\n{para}", language="cy")
    assert cap in texts(doc)                       # a blank line between: no pair
    doc = run_cleaner(Captions, f"{para}\n\n{cap}\n{cap} a'r farchnad dan do\n\n{para}", language="cy")
    assert cap in texts(doc)                       # more words, no label or bracketed credit: no copy


def test_a_stopped_caption_printed_twice_in_a_row_goes_to_captions():
    cap = "Der Fährmann legt am Morgen mit dem ersten Boot am Steg in Laboe an."
    para = "Die Gemeinde will den Anleger bis zum Sommer erneuern und dafür drei Millionen Euro ausgeben."
    doc = run_cleaner(Captions, f"{para}\n\n{cap}\n\n{cap}\n\n{para}", language="de")
    assert texts(doc) == [para, para] and {r.rule for r in doc.removed} == {"stopped-caption-repeated"}
    assert doc.metadata["captions"] == [cap]
    han = "市民在新开通的车站排队等候上车。"
    doc = run_cleaner(Captions, f"{para}\n\n{han}\n\n{han}\n\n{para}", language="zh")
    assert han not in texts(doc)


def test_a_refrain_an_exclamation_or_a_quote_said_twice_stays():
    para = "Die Gemeinde will den Anleger bis zum Sommer erneuern und dafür drei Millionen Euro ausgeben."
    for line in ("Wir bleiben hier.", "Wir bleiben hier, wir gehen nicht weg!",
                 "„Wir bleiben hier, wir gehen nicht weg“, riefen sie.", "Wo bleibt das Geld für den Anleger?"):
        doc = run_cleaner(Captions, f"{para}\n\n{line}\n\n{line}\n\n{para}", language="de")
        assert texts(doc).count(line) == 2, line
    cap = "Der Fährmann legt am Morgen mit dem ersten Boot am Steg in Laboe an."
    doc = run_cleaner(Captions, f"{cap}\n\n{cap}\n\n{para}\n\n{para}", language="de")
    assert texts(doc).count(cap) == 2            # at the body's start, not between paragraphs: no figure


def test_a_sentence_printed_twice_in_a_page_text_stays():
    """On a page, figures are read from the markup: the pair is the text's (a chat quoted in the story)."""
    line = "Die Fenster im Erdgeschoss bekommen dann kaum noch Licht ab."
    para = "Die Gemeinde will den Anleger bis zum Sommer erneuern und dafür drei Millionen Euro ausgeben."
    doc = text_doc(f"{para}\n\n{line}\n\n{line}\n\n{para}", language="de")
    doc = Captions().clean(doc.replace(kind="html"))
    assert texts(doc) == [para, line, line, para]
