"""Georgian (cleaners/lang/ka.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts. Georgian writes no capitals (Python reads its letters
as lower case): names are read as in a script without case, after a label ("ავტორი: ნინო ბერიძე"), before a date or a
comment's age, and a line opening with one continues no sentence."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "მტკვარზე ახალი ხიდი სამწლიანი მშენებლობის შემდეგ გაიხსნა"
ARTICLE = ["რუსთავის მერიამ სამშაბათს მტკვარზე ახალი ხიდი გახსნა, რომელიც ქალაქის ცენტრში მოძრაობას "
           "შეამსუბუქებს.",
           "მშენებლობა სამ წელიწადს გაგრძელდა და თითქმის ორმოცი მილიონი ლარი დაჯდა, თანხის დიდი ნაწილი სახელმწიფო "
           "ბიუჯეტიდან გამოიყო.",
           "მიმდებარე უბნების მაცხოვრებლები კმაყოფილები არიან, თუმცა მისასვლელ გზებზე სამუშაოები წლის ბოლომდე "
           "გაგრძელდება."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Georgian text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "ka", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("ავტორი: ნინო ბერიძე", "byline"),
    ("ავტორები: ნინო ბერიძე და გიორგი კაპანაძე", "byline"),
    ("გამოქვეყნდა: 14 მარტი 2026, 19:05", "date-line"),
    ("ნინო ბერიძე, 14 მარტი 2026, 19:05", "date-line"),      # a name, then the date: no capital tells the name
    ("თბილისი, 14 მარტი 2026", "date-line"),
    ("ფოტო: გიორგი კაპანაძე / Reuters", "photo-credit"),
    ("წყარო: Reuters", "agency-credit"),
    ("ასევე წაიკითხეთ: ქალაქის ბიუჯეტი დამტკიცდა", "related-story"),
    ("მსგავსი სიახლეები|ქალაქის ბიუჯეტი დამტკიცდა|წვიმამ სოფლები დატბორა", "related-story"),
    ("გაზიარება: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 რუსთავის ამბები. ყველა უფლება დაცულია.", "copyright"),
    ("ავტორის აზრი შესაძლოა არ ემთხვეოდეს რედაქციის პოზიციას.", "disclaimer"),
    ("მასალების გამოყენებისას წყაროს მითითება სავალდებულოა. წერილობითი ნებართვის გარეშე კოპირება აკრძალულია.",
     "disclaimer"),
    ("საიტი იყენებს ქუქი-ფაილებს. საიტის გამოყენების გაგრძელებით თქვენ ეთანხმებით მათ გამოყენებას.", "disclaimer"),
    ("გამოიწერეთ ჩვენი სიახლეები და მიიღეთ მთავარი ამბები თქვენს ელფოსტაზე.", "newsletter"),
    ("გამოგვყევით Facebook-სა და Instagram-ზე.", "social"),
    ("ჩამოტვირთეთ ჩვენი აპლიკაცია Android-ისა და iOS-ისთვის.", "app-download"),
    ("დაგვიჭირეთ მხარი: ყოველი შემოწირულობა მნიშვნელოვანია.", "donation-appeal"),
    ("წაკითხვის დრო: 4 წთ", "reading-time"),
    ("სტატიის გაგრძელება რეკლამის შემდეგ", "ad-label"),
    ("თეგები: რუსთავი, მტკვარი, ხიდი", "taxonomy-line"),
    ("კომენტარები დახურულია.", "comment-prompt"),
    ("ეს სტატია მხოლოდ გამომწერებისთვისაა.", "paywall"),
    ("მთავარი » სიახლეები » რეგიონები", "breadcrumb"),
    ("თუ სტატია მოგეწონათ, გაუზიარეთ მეგობრებს.", "liked-this"),
    ("შემდეგი სტატია: ქალაქის ბიუჯეტი დამტკიცდა", "post-link"),    # a title with no capital to open it
    ("ყველაზე კითხვადი|1. ქალაქის ბიუჯეტი დამტკიცდა|2. წვიმამ სოფლები დატბორა", "related-story"),
])
def test_georgian_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "საავტორო უფლებების შესახებ კანონპროექტს პარლამენტი განიხილავს.",
    "წყარო სოფლის განაპირას მდებარეობს და გაზაფხულზე ისევ ამოჩქეფს.",
    "დაუჭირეთ მხარი ადგილობრივ ფერმერებს, განაცხადა მერმა ბაზრის გახსნისას.",
    "მაცხოვრებლების კომენტარები ძალიან კრიტიკული იყო, აღნიშნა ასოციაციის თავმჯდომარემ.",
    "ყველაზე კითხვადი წიგნების სიაში ქუთაისელი პოეტი პირველ ადგილზეა, აცხადებენ გამოკითხვის ავტორები.",
    "ქალაქის სარეკლამო ხარჯებმა სამასი ათასი ლარი შეადგინა.",
    "მუშების ყველა უფლება დაცული იქნება, განაცხადა მინისტრმა.",
    "ხიდის პროექტის ავტორი თბილისელი არქიტექტორი ლევან გელაშვილია.",
    "ფოტო გამოფენა მარტში ქალაქის მუზეუმში გაიხსნება.",
    "ნინო ბერიძე 14 მარტს ხიდის გახსნას დაესწრო და მერს შეხვდა.",      # a sentence opening with a name and a date
    "14 მარტი 2026 ქალაქის ისტორიაში მნიშვნელოვანი დღე იქნება",
    "შემდეგი სტატია ხიდის მშენებლობის ხარჯებს შეეხება, განაცხადა რედაქტორმა.",
])
def test_georgian_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_a_georgian_wire_dateline_leaves_its_paragraph(pipeline):
    record = _cleaned("თბილისი (AFP) — " + ARTICLE[0], pipeline)
    assert record["body"].split("\n\n").count(ARTICLE[0]) == 2
    assert "wire-dateline" in {r["rule"] for r in record["removed"]}


def test_georgian_comment_threads(pipeline):
    thread = ("კომენტარები (2)|გიორგი კაპანაძე - 3 საათის წინ|როგორც იქნა, ათი წელი ველოდით.|პასუხი|"
              "ნინო ბერიძე - 5 საათის წინ|სამწუხაროა, რომ ველობილიკი არ არის.|პასუხი")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["გიორგი კაპანაძე", "ნინო ბერიძე"], ARTICLE)
    said = "ნინო ბერიძე წერს:|როგორც იქნა, ათი წელი ველოდით.|გიორგი კაპანაძე წერს:|სამწუხაროა."
    lang_dump.assert_thread(_cleaned(said, pipeline, last=True), ["ნინო ბერიძე", "გიორგი კაპანაძე"], ARTICLE)
    empty = _cleaned("კომენტარები ჯერ არ არის. იყავით პირველი!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_georgian_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["ავტორი: ნინო ბერიძე", "წაკითხვის დრო: 4 წთ", "ფოტო: გიორგი კაპანაძე / Reuters",
                 "ასევე წაიკითხეთ: ქალაქში ახალი ბაზარი გაიხსნება", "დაგვიჭირეთ მხარი. თქვენი მხარდაჭერა გვჭირდება.",
                 "გამოგვყევით Facebook-ზე.", "გამოიწერეთ ჩვენი სიახლეები.", "ყველა უფლება დაცულია.",
                 "გაზიარება: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["მერის თქმით, ახალ ხიდზე ველოსიპედისტებისა და ფეხით მოსიარულეებისთვის ცალკე ზოლები "
                            "იქნება.",
                            "გათვლებით, ხიდზე ყოველდღიურად ოცი ათასზე მეტი ავტომობილი გაივლის."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "ka", text, paragraphs, TITLE)     # no declared language: detected
