"""A caption printed twice, once under a label or with its bracketed credit (cleaners/builtin/_caption_echo.py)."""
from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
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
