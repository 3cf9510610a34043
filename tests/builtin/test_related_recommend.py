"""A recommendation label before another story's headline on the same line ("Unsere Empfehlung: ...", "Our pick:
...", "Notre sélection : ..."): cleaners/lang ``related`` holds the labels, related_list takes the line and the
headline goes to metadata.related."""
import pytest

from cleaners.builtin.related_list import RelatedList

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("label,headline,language", [
    ("Our pick", "Why the Valley Is Running Out of Water", "en"),
    ("Editor's pick", "Why the Valley Is Running Out of Water", "en"),
    ("More on this topic", "Why the Valley Is Running Out of Water", "en"),
    ("Unsere Empfehlung", "Wie die Stadt ihre alten Brücken rettet", "de"),
    ("Empfehlung der Redaktion", "Wie die Stadt ihre alten Brücken rettet", "de"),
    ("Lesetipp", "Wie die Stadt ihre alten Brücken rettet", "de"),
    ("Notre sélection", "Comment la ville sauve ses vieux ponts", "fr"),
    ("Te recomendamos", "Cómo la ciudad salva sus viejos puentes", "es"),
    ("Ti consigliamo", "Come la città salva i suoi vecchi ponti", "it"),
    ("A nossa sugestão", "Como a cidade salva as suas velhas pontes", "pt"),
    ("Onze tip", "Hoe de stad haar oude bruggen redt", "nl"),
    ("Nasz wybór", "Jak miasto ratuje swoje stare mosty", "pl"),
    ("Рекомендуем", "Как город спасает старые мосты", "ru"),
    ("Vi rekommenderar", "Så räddar staden sina gamla broar", "sv"),
    ("Doporučujeme", "Jak město zachraňuje staré mosty", "cs"),
    ("Editörün seçimi", "Şehir eski köprülerini nasıl kurtarıyor", "tr"),
])
def test_a_recommendation_label_and_a_headline_go_to_related(label, headline, language):
    line = f"{label}: {headline}"
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, BODY]
    assert cuts(doc, "related_list") == [("related-story", line)]
    assert [r["title"] for r in doc.metadata["related"]] == [headline]


@pytest.mark.parametrize("line,language", [
    ("Our pick of the week's films is bold, strange and very long.", "en"),
    ("Our pick: the council should have built the reservoir ten years ago, and it knows it.", "en"),
    ("Unsere Empfehlung an die Stadt lautet seit Jahren, die Brücke zu sanieren.", "de"),
    ("Notre sélection de vins a surpris les jurés du concours cette année.", "fr"),
    # a how-to's advice after the label: in lower case, or after a verb no file holds as a label
    ("Te recomendamos: llevar agua, protector solar y una gorra", "es"),
    ("We recommend: Bring Warm Clothes and Good Boots", "en"),
])
def test_a_sentence_opening_with_the_label_stays(line, language):
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY]
