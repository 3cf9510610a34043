"""Editorial notices in ten more languages (cleaners/lang ``editorial_notice`` of af, ms, tl, sw, lt, lv, et, gl,
az, th; legal's editorial-notice): a correction label, an earlier version, an affiliate or AI notice goes; an article
sentence with the same words, the label without its colon or inside a sentence, stays."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

ARTICLE = {
    "af": ("Die munisipaliteit het Maandag begin om die ou brug oor die "
           "rivier te herstel, en die werk sal tot Junie duur."),
    "ms": ("Majlis bandaraya mula membaiki jambatan lama di tepi sungai "
           "pada hari Isnin, dan kerja itu akan siap pada Jun."),
    "tl": "Sinimulan ng lungsod noong Lunes ang pagkukumpuni ng lumang tulay sa ilog, at matatapos ito sa Hunyo.",
    "sw": ("Halmashauri ya jiji ilianza kukarabati daraja la zamani la "
           "mto siku ya Jumatatu, na kazi itaisha mwezi Juni."),
    "lt": "Savivaldybė pirmadienį pradėjo taisyti seną tiltą per upę, o darbai truks iki birželio pabaigos.",
    "lv": "Pašvaldība pirmdien sāka remontēt veco tiltu pār upi, un darbi ilgs līdz jūnija beigām.",
    "et": "Linnavalitsus alustas esmaspäeval vana jõesilla remonti ning tööd kestavad juuni lõpuni.",
    "gl": "O concello comezou o luns a reparar a vella ponte sobre o río, e as obras durarán ata xuño.",
    "az": "Bələdiyyə bazar ertəsi çay üzərindəki köhnə körpünün təmirinə başladı və işlər iyuna qədər davam edəcək.",
    "th": "เทศบาลเริ่มซ่อมสะพานเก่าข้ามแม่น้ำเมื่อวันจันทร์ และคาดว่างานจะแล้วเสร็จในเดือนมิถุนายน",
}


@pytest.mark.parametrize("code,line", [
    ("af", "Regstelling: Die burgemeester se naam is Botha, nie Bosman nie."),
    ("af", "Hierdie artikel bevat geaffilieerde skakels."),
    ("ms", "Pembetulan: Versi terdahulu artikel ini memberikan tarikh yang salah."),
    ("ms", "Artikel ini mengandungi pautan afiliasi, dan kami mungkin menerima komisen."),
    ("tl", "Pagtatama: Mali ang petsang nakasaad sa isang naunang bersyon ng artikulong ito."),
    ("sw", "Marekebisho: Toleo la awali la makala hii lilitaja tarehe isiyo sahihi."),
    ("lt", "Pataisymas: ankstesnėje šio straipsnio versijoje nurodyta klaidinga data."),
    ("lv", "Labojums: raksta iepriekšējā versijā bija norādīts nepareizs datums."),
    ("et", "Parandus: artikli varasemas versioonis oli vale kuupäev."),
    ("gl", "Corrección: unha versión anterior deste artigo indicaba unha data errónea."),
    ("az", "Düzəliş: bu məqalənin əvvəlki versiyasında tarix səhv göstərilmişdi."),
    ("th", "บทความนี้ได้รับการแก้ไขวันที่ให้ถูกต้องแล้ว"),
])
def test_an_editorial_notice_goes(code, line):
    doc = run_cleaner(Legal, f"{ARTICLE[code]}\n\n{line}\n\n{ARTICLE[code]}", language=code)
    assert texts(doc) == [ARTICLE[code], ARTICLE[code]]
    assert [r.rule for r in doc.removed] == ["editorial-notice"]


@pytest.mark.parametrize("code,line", [
    ("af", "Die regstelling van die pad by die skool het Dinsdag begin, het die raad gesê."),
    ("ms", "Pembetulan jalan di hadapan sekolah itu bermula pada hari Selasa, kata majlis."),
    ("lt", "Kelio pataisymas prie mokyklos prasidėjo antradienį, sakė savivaldybė."),
    ("et", "Tee parandus kooli juures algas teisipäeval, ütles linnavalitsus."),
    ("gl", "A corrección da estrada xunto á escola comezou o martes, dixo o concello."),
    ("sw", "Marekebisho ya barabara karibu na shule yalianza Jumanne, halmashauri ilisema."),
])
def test_an_article_sentence_with_the_same_words_stays(code, line):
    doc = run_cleaner(Legal, f"{ARTICLE[code]}\n\n{line}\n\n{ARTICLE[code]}", language=code)
    assert texts(doc) == [ARTICLE[code], line, ARTICLE[code]]
