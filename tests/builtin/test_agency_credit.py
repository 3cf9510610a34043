import pytest

from cleaners.builtin.agency_credit import AgencyCredit

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file


@pytest.mark.parametrize("code,line", [
    ("de", "(dpa/AFP/red)"), ("de", "dpa/jsc"), ("de", "mit Material von Reuters"),
    ("de", "Mit Material der Nachrichtenagenturen dpa und AFP"), ("de", "Quelle: dpa"), ("fr", "(Avec AFP)"),
    ("fr", "AFP, Reuters"), ("it", "(ANSA)"), ("it", "Fonte: ANSA"), ("es", "Con información de EFE y Europa Press"),
    ("pt", "Com Lusa"), ("nl", "Bron: ANP"), ("pl", "Źródło: PAP"), ("ru", "По материалам ТАСС"),
    ("tr", "Kaynak: AA"), ("tr", "(DHA)"), ("sv", "Källa: TT"),
    ("uk", "За матеріалами УНІАН та Reuters"), ("uk", "Джерело: УНІАН"),
    ("cs", "Zdroj: ČTK"), ("ar", "المصدر: واس"), ("ar", "(رويترز)"), ("cs", "S využitím zpráv ČTK a Reuters"),
    ("ko", "출처: 연합뉴스"), ("ko", "(뉴시스)"),
    ("el", "Πηγή: ΑΠΕ-ΜΠΕ"), ("el", "Με πληροφορίες από ΑΠΕ-ΜΠΕ και Reuters"),
    ("ro", "Sursa: Agerpres"), ("ro", "Cu informații de la Agerpres și Reuters"),
    ("hu", "Forrás: MTI"), ("hu", "(MTI)"), ("da", "Kilde: Ritzau"), ("he", "מקור: רויטרס"), ("he", "(רויטרס)"), ("fa", "منبع: ایرنا"), ("fa", "(ایسنا)"), ("hi", "स्रोत: पीटीआई"), ("hi", "(आईएएनएस)"), ("ca", "Font: ACN"), ("ca", "(ACN)"), ("bg", "Източник: БТА"), ("bg", "(БТА)"), ("sk", "Zdroj: TASR"), ("sk", "(TASR)"), ("vi", "Nguồn: TTXVN"), ("vi", "(TTXVN)"), ("id", "Sumber: Antara"), ("id", "(Antara)"), ("nb", "Kilde: NTB"), ("nb", "(NTB)"), ("fi", "Lähde: STT"), ("fi", "(STT)")])
def test_an_agency_credit_line_goes_to_the_credits(code, line):
    doc = run_cleaner(AgencyCredit, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]]
    assert cuts(doc, "agency_credit") == [("agency-credit", line)]
    assert doc.metadata["credits"] == [line.strip("()")]


@pytest.mark.parametrize("code,line", [
    ("de", "Reuters berichtete am Montag, dass die Gespräche über den Haushalt fortgesetzt werden."),
    ("de", "Mit Material von Reuters hat die Redaktion die Zahlen des Ministeriums geprüft."),
    ("de", "Quelle: eigene Recherche"), ("de", "(red)"), ("fr", "Avec le soutien de la région"),
    ("pt", "Com a chegada do inverno, a Lusa abriu uma delegação no Porto."), ("en", "AP style: why it matters"),
    ("tr", "Kaynak suyu köye üç kilometrelik bir boruyla taşınıyor."),
    ("tr", "AA muhabirinin sorularını yanıtlayan bakan, yeni yolun haziranda açılacağını söyledi.")])
def test_a_sentence_naming_an_agency_or_a_credit_without_one_stays(code, line):
    doc = run_cleaner(AgencyCredit, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code], line] and not doc.metadata.get("credits")


@pytest.mark.parametrize("line", ["Burimi: AFP", "(Foto: AFP)", "Grafika: Reuters/AFP", "Foto: Ana Hoxha / AFP"])
def test_a_credit_under_a_label_of_a_language_without_a_file_goes_to_the_credits(line):
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit. " * 2
    doc = run_cleaner(AgencyCredit, f"{body.strip()}\n\n{line}", language="sq")
    assert texts(doc) == [body.strip()] and cuts(doc, "agency_credit") == [("agency-credit", line)]


@pytest.mark.parametrize("line", ["Burimi: hulumtim i vetë redaksisë", "Reuters: çmimet e naftës u rritën të hënën", "Foto: Ana Hoxha"])
def test_a_labelled_line_without_only_a_credit_stays(line):
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit. " * 2
    doc = run_cleaner(AgencyCredit, f"{body.strip()}\n\n{line}", language="sq")
    assert texts(doc) == [body.strip(), line]


def test_a_labelled_credit_under_a_caption_is_left_to_the_captions_cleaner():
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit. " * 2
    doc = run_cleaner(AgencyCredit, f"{body.strip()}\n\nUra e re në muzg\n\nFoto: AFP", language="sq")
    assert texts(doc) == [body.strip(), "Ura e re në muzg", "Foto: AFP"]


@pytest.mark.parametrize("code,para,tag", [
    ("cs", "Krajský úřad v pondělí schválil rozpočet na opravu mostu přes řeku.", "/ČTK/"),
    ("hu", "A városi közgyűlés hétfőn elfogadta a híd felújításának költségvetését.", "(MTI)"),
    ("en", "The state government said work on the new grain market would begin on Monday.", "(NAN)"),
    ("pl", "Gradsko vijeće u ponedjeljak je izglasalo proračun za obnovu tržnice.", "(Hina)"),
    ("da", "Byrådet vedtog mandag aften budgettet for den nye badeanstalt ved havnen.", "/ritzau/"),
    ("de", "Der Gemeinderat hat die Pläne für den Windpark am Montag vorerst gestoppt.", "(lsw/dpa)"),
    ("fa", "شورای شهر روز دوشنبه بودجه بازسازی کتابخانه مرکزی را تصویب کرد.", "(ایرنا)")])
def test_an_agency_tag_glued_to_a_paragraph_end_goes_to_the_credits(code, para, tag):
    doc = run_cleaner(AgencyCredit, f"{SENTENCES[code]}\n\n{para} {tag}", language=code)
    assert texts(doc) == [SENTENCES[code], para]
    assert cuts(doc, "agency_credit") == [("agency-tail", tag)]
    assert doc.metadata["credits"] == [tag.strip("()/")]


@pytest.mark.parametrize("code,para", [
    ("en", "The alliance that the country joined last spring was founded in 1949 (NATO)."),
    ("en", "The council published the full recording of the meeting on its website. (Video)"),
    ("de", "Die Abgeordneten der Regierungspartei (CDU) stimmten am Montag dagegen."),
    ("cs", "Zastupitelé schválili rozpočet, jak uvádí zpráva agentury ČTK /str. 4/"),
    ("hu", "Rövid. (MTI)")])
def test_a_bracket_closing_a_sentence_or_a_word_in_brackets_stays(code, para):
    doc = run_cleaner(AgencyCredit, f"{SENTENCES[code]}\n\n{para}", language=code)
    assert texts(doc) == [SENTENCES[code], para] and not doc.metadata.get("credits")


@pytest.mark.parametrize("code,para,tag,credit", [
    ("cs", "Krajský úřad v pondělí schválil rozpočet na opravu mostu přes řeku Moravu.", "— Autor: ČTK", "Autor: ČTK"),
    ("ro", "Consiliul local a aprobat luni bugetul pentru renovarea pieței centrale.", "– Sursa: AGERPRES/ab",
     "Sursa: AGERPRES/ab")])
def test_a_labelled_agency_tag_after_a_dash_goes_to_the_credits(code, para, tag, credit):
    doc = run_cleaner(AgencyCredit, f"{SENTENCES[code]}\n\n{para} {tag}", language=code)
    assert texts(doc) == [SENTENCES[code], para]
    assert cuts(doc, "agency_credit") == [("labelled-agency-tail", tag)]
    assert doc.metadata["credits"] == [credit]


@pytest.mark.parametrize("code,para", [
    ("en", "The council will vote on the plan next week. — Note: the meeting is open to everyone"),
    ("cs", "Krajský úřad v pondělí schválil rozpočet na opravu mostu. — Foto: Jan Novák"),
    ("ro", "Scurt. — Sursa: AGERPRES")])
def test_a_dash_and_a_label_before_no_agency_or_after_a_short_head_stay(code, para):
    doc = run_cleaner(AgencyCredit, f"{SENTENCES[code]}\n\n{para}", language=code)
    assert texts(doc) == [SENTENCES[code], para] and not doc.metadata.get("credits")
