"""A paywall notice with its subscription box, or with the offer and login lines under it in the article's flow
(cleaners/builtin/dom_paywall.py, read by dom_service: rule paywall-box)."""
from cleaners.builtin.dom_service import DomService
from tests.builtin._html import ARTICLE, page, run


def _cut(block: str, language: str) -> tuple[list[str], str]:
    doc, text = run(DomService(), page(f"<main><article><div class='body'>{ARTICLE}{block}{ARTICLE}</div></article>"
                                       "</main>"), language=language)
    return [r.rule for r in doc.removed], text


def test_a_notice_goes_with_its_box_or_the_offer_lines_under_it():
    for block, language, gone in (
            ("<section class='mt-4'><p><strong>Dieser Artikel ist nur für Abonnenten</strong></p><ul><li>Alle "
             "Artikel lesen – monatlich kündbar</li></ul><p><a href='/login'>Bereits Abonnent? Anmelden</a></p>"
             "</section>", "de", "monatlich kündbar"),
            ("<p><strong>Dieser Artikel ist nur für Abonnenten</strong></p><p>Jetzt 4 Wochen für 0,99 € testen "
             "<a href='/abo'>Bereits Abonnent? Hier anmelden</a></p>", "de", "0,99"),
            ("<h3>Cet article est réservé aux abonnés</h3><p><a href='/abo'>Abonnez-vous pour 1 € le premier "
             "mois</a></p>", "fr", "premier mois")):
        rules, text = _cut(block, language)
        assert rules and set(rules) == {"paywall-box"}, block
        assert gone not in text and "Abonnenten" not in text and "abonnés" not in text
        assert "night bus" in text


def test_the_article_after_a_notice_and_a_notice_in_a_sentence_stay():
    rules, text = _cut("<p><strong>Dieser Artikel ist nur für Abonnenten</strong></p><p>Der Stadtrat hat am "
                       "Donnerstag mit knapper Mehrheit beschlossen, die Gebühren für Anwohner zu erhöhen, "
                       "sagte die Dezernentin.</p><p>Die Regelung gilt ab April für alle Viertel.</p>", "de")
    assert rules == ["paywall-box"] and "knapper Mehrheit" in text and "ab April" in text
    rules, text = _cut("<p>Der Bericht des Rechnungshofs ist nur für Abonnenten des Amtsblatts gedacht, sagte "
                       "die Sprecherin.</p><p>Jetzt 4 Wochen für 0,99 € testen <a href='/abo'>Abo</a></p>", "de")
    assert rules == [] and "0,99" in text
