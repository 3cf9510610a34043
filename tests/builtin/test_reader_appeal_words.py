"""Words of the language files for lines the seeds' classes hold: appeals written as statements about the reader's
gift (donation, ``appeal``), comment policies that ask for civility (calls_to_action ``comment-policy``:
``moderation``), tip calls, the wire's reuse notice (legal ``rights``), credits naming an agency in full
(agency_credit). Each line is cut; a sentence of a story that shares its words stays."""
import pytest

from cleaners.builtin.agency_credit import AgencyCredit
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.donation import Donation
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

STORY = {
    "en": ["The water board postponed the new treatment plant by a year, a spokesman said on Monday.",
           "The board blamed higher building costs and delays in the delivery of the filter units."],
    "de": ["Die Stadtwerke haben den Bau des neuen Wasserwerks um ein Jahr verschoben, wie ein Sprecher mitteilte.",
           "Als Grund nannte das Unternehmen gestiegene Baukosten und Lieferschwierigkeiten bei den Filteranlagen."],
    "fr": ["La régie des eaux a repoussé d'un an la nouvelle station de traitement, a indiqué lundi un porte-parole.",
           "Elle invoque la hausse des coûts de construction et des retards de livraison des filtres."],
    "es": ["La empresa de aguas aplazó un año la nueva planta depuradora, informó el lunes un portavoz.",
           "La compañía atribuyó el retraso al aumento de los costes y a problemas de suministro de los filtros."],
    "it": ["L'azienda idrica ha rinviato di un anno il nuovo impianto di depurazione, ha detto lunedì un portavoce.",
           "L'azienda ha citato l'aumento dei costi e i ritardi nella consegna dei filtri."],
    "pt": ["A empresa de águas adiou por um ano a nova estação de tratamento, disse na segunda-feira um porta-voz.",
           "A empresa apontou o aumento dos custos e atrasos na entrega dos filtros."],
    "nl": ["Het waterbedrijf heeft de nieuwe zuiveringsinstallatie een jaar uitgesteld, zei een woordvoerder maandag.",
           "Het bedrijf wijst op hogere bouwkosten en vertraging bij de levering van de filters."],
}


def _clean(cleaner, code: str, line: str):
    return run_cleaner(cleaner, "\n\n".join(STORY[code] + [line]), language=code)


@pytest.mark.parametrize("cleaner,line,code", [
    (Donation, "Support local journalism — subscribe for just $1 a week.", "en"),
    (Donation, "Before you go: we have a small favour to ask.", "en"),
    (Donation, "Our journalism is free for everyone, thanks to the generosity of readers.", "en"),
    (Donation, "Donations are tax deductible to the full extent of the law.", "en"),
    (CallsToAction, "Please keep comments civil and on topic.", "en"),
    (CallsToAction, "Bitte bleiben Sie sachlich in den Kommentaren.", "de"),
    (CallsToAction, "Please keep your comments respectful.", "en"),
    (CallsToAction, "Merci de rester courtois dans les commentaires.", "fr"),
    (CallsToAction, "Por favor, mantén los comentarios respetuosos.", "es"),
    (CallsToAction, "Vi chiediamo di lasciare commenti rispettosi.", "it"),
    (CallsToAction, "Por favor, mantenha os comentários respeitosos.", "pt"),
    (CallsToAction, "Blijf respectvol in de reacties.", "nl"),
    (CallsToAction, "Have a story idea? Get in touch with our newsroom.", "en"),
    (Legal, "This material may not be published, broadcast, rewritten or redistributed.", "en"),
    (AgencyCredit, "With files from The Canadian Press", "en"),
])
def test_the_line_leaves_the_body(cleaner, line, code):
    assert texts(_clean(cleaner, code, line)) == STORY[code]


@pytest.mark.parametrize("cleaner,line,code", [
    (Donation, "The senator said her donations are tax deductible, and her opponent disputed it.", "en"),
    (Donation, "Support for local journalism has fallen, the survey of 2,000 readers found.", "en"),
    (CallsToAction, "The minister's comments on civil rights drew criticism from the opposition.", "en"),
    (CallsToAction, "Her comments were civil and respectful, and the debate ended calmly.", "en"),
    (CallsToAction, "Die Kommentare des Ministers zur Reform fielen erstaunlich sachlich aus, sagte ein Sprecher.", "de"),
    (CallsToAction, "Les commentaires du ministre, jugés hors sujet, ont été critiqués par l'opposition.", "fr"),
    (Legal, "The court ruled that the photos may not be published before the trial ends next month.", "en"),
    (AgencyCredit, "The Canadian Press reported that the board met twice in March.", "en"),
])
def test_a_story_sentence_with_the_same_words_stays(cleaner, line, code):
    assert texts(_clean(cleaner, code, line)) == STORY[code] + [line]
