"""agency_credit, rule ``contributed-credit``: a line saying who contributed to the report (cleaners/lang
``contributed``), agencies or person names after a short role, maybe where from, goes to ``metadata.credits``; a
sentence whose subject is no agency or name, or that goes on, stays."""
import pytest

from cleaners.builtin.agency_credit import AgencyCredit

from ..conftest import run_cleaner
from . import cuts, texts

STORY = {"en": ["The water board postponed the new treatment plant by a year, a spokesman said on Monday.",
                "The board blamed higher building costs and delays in the delivery of the filter units."],
         "de": ["Die Stadtwerke haben den Bau des neuen Wasserwerks um ein Jahr verschoben, wie ein Sprecher mitteilte.",
                "Als Grund nannte das Unternehmen gestiegene Baukosten und Lieferschwierigkeiten bei den Filteranlagen."],
         "fr": ["La régie des eaux a repoussé d'un an la nouvelle station de traitement, a indiqué lundi un porte-parole.",
                "Elle invoque la hausse des coûts de construction et des retards de livraison des filtres."]}


@pytest.mark.parametrize("line,code", [
    ("The Associated Press contributed to this report.", "en"),
    ("Staff writer Ann Lee contributed reporting from Lisbon.", "en"),
    ("Ann Lee and Tom Brown contributed to this story.", "en"),
    ("(Reuters and AFP contributed to this report)", "en"),
    ("Anna Lehmann hat zu diesem Bericht beigetragen.", "de"),
    ("Jeanne Martin a contribué à cet article depuis Genève.", "fr"),
])
def test_a_contributor_line_goes_to_the_credits(line, code):
    doc = run_cleaner(AgencyCredit, "\n\n".join(STORY[code] + [line]), language=code)
    assert texts(doc) == STORY[code]
    assert cuts(doc, "agency_credit") == [("contributed-credit", line)]
    assert doc.metadata["credits"] == [line.strip(" ()[]/.–—-")]


@pytest.mark.parametrize("line", [
    "The survey contributed to this report's findings on water use across the region.",
    "Higher building costs contributed to the reporting delays, the board said.",
    "Ann Lee contributed to this report and to the council's review of the plans.",
    "\u201cAnn Lee contributed to this report,\u201d the editor said.",
])
def test_sentences_about_contributions_stay(line):
    doc = run_cleaner(AgencyCredit, "\n\n".join(STORY["en"] + [line]), language="en")
    assert texts(doc) == STORY["en"] + [line] and not cuts(doc, "agency_credit")
