"""The heading over a closing run of headlines, in words no language file holds (rule closing-run-heading,
cleaners/builtin/_related_heading.closing_cuts, read by related_list)."""
from cleaners.builtin.related_list import RelatedList

from ..conftest import run_cleaner
from . import texts

MT = ["Il-Kunsill Lokali tal-Belt Valletta ippreżenta pjan ġdid biex inaqqas it-traffiku fit-toroq il-dojoq "
      "taċ-ċentru storiku tal-belt kapitali.",
      "In-negozjanti huma mħassba li l-klijenti se jsibuha aktar diffiċli biex jaslu fil-ħwienet tagħhom."]
HEADLINES = ["Parkeġġ ġdid f'Floriana jiftaħ għada", "Il-lanċa bejn il-Belt u Tas-Sliema terġa' taħdem",
             "Toroq magħluqa għall-festa ta' San Pawl"]


def test_a_short_heading_over_a_closing_run_goes_with_it():
    doc = run_cleaner(RelatedList, "\n\n".join(MT + ["Aħbarijiet relatati"] + HEADLINES), language="mt")
    assert texts(doc) == MT and [r["title"] for r in doc.metadata["related"]] == HEADLINES
    assert "closing-run-heading" in [r.rule for r in doc.removed]


def test_a_sentence_a_lead_in_or_a_repeated_line_over_the_run_stays():
    for above in (["Abbona llum għan-newsletter tagħna."], ["Il-proposti huma:"], ["Abbona issa", "Abbona issa"]):
        doc = run_cleaner(RelatedList, "\n\n".join(MT + above + HEADLINES), language="mt")
        assert texts(doc)[:len(MT) + len(above)] == MT + above


def _table(head: str) -> list[str]:
    rows = [f"| [{h}](https://example.mt/{i}) | 0{i + 1}.12.2025 |" for i, h in enumerate(HEADLINES)]
    return [f"| {head} | |", "|---|---|", *rows]


def test_a_closing_table_of_story_links_loses_its_head_row_and_rule():
    doc = run_cleaner(RelatedList, "\n\n".join(MT + _table("Aħbarijiet relatati")), language="mt")
    assert texts(doc) == MT and [r["title"] for r in doc.metadata["related"]] == HEADLINES
    assert {"closing-run-heading", "related-table-rule"} <= {r.rule for r in doc.removed}


def test_a_table_head_that_is_a_sentence_or_names_its_columns_stays():
    for head, row in (("Dawn huma l-aħbarijiet tal-ġimgħa.", "| Dawn huma l-aħbarijiet tal-ġimgħa. | |"),
                      ("Titlu | Data", "| Titlu | Data | |")):
        doc = run_cleaner(RelatedList, "\n\n".join(MT + _table(head)), language="mt")
        assert row in texts(doc)


def test_a_two_word_headline_in_a_tables_linked_cell_is_a_story_a_plain_cell_is_not():
    from cleaners.builtin.related_list import story
    assert story("| [Rattaringlus laieneb](https://example.ee/2) | 2025 |").title == "Rattaringlus laieneb"
    assert story("| Rattaringlus laieneb | 2025 |") is None
    assert story("[Rattaringlus laieneb](https://example.ee/2)") is None      # outside a table, three words


TE = ["హైదరాబాద్‌లో కొత్త మెట్రో మార్గంపై సోమవారం పరీక్షలు జరిగాయి, అధికారులు ఫలితాలపై సంతృప్తి వ్యక్తం చేశారు.",
      "వచ్చే నెల నుంచి ప్రయాణికులకు ఈ మార్గం అందుబాటులోకి వస్తుందని మెట్రో సంస్థ తెలిపింది."]
TE_HEADLINES = ["మెట్రో టికెట్ ధరలు యథాతథం", "కొత్త బస్సు మార్గాలు ప్రారంభం", "నగరంలో ట్రాఫిక్ మళ్లింపులు"]


def test_a_closing_table_in_a_script_with_vowel_signs_goes_to_related():
    rows = [f"| [{h}](https://example.in/{i}) | 0{i + 1}.12.2025 |" for i, h in enumerate(TE_HEADLINES)]
    doc = run_cleaner(RelatedList, "\n\n".join(TE + ["| సంబంధిత వార్తలు | |", "|---|---|", *rows]), language="te")
    assert texts(doc) == TE and [r["title"] for r in doc.metadata["related"]] == TE_HEADLINES
    assert {"closing-run-heading", "related-table-rule"} <= {r.rule for r in doc.removed}
